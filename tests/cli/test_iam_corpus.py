#!/usr/bin/env python3
"""The real policies of ../shared/iam-corpus against awsmodel and the two oracles of MANIFEST.tsv.

  test_iam_corpus.py AWSMODEL CORPUS EXPECTATIONS

For every document: `awsmodel fmt iam-policy` must not crash (exit 0, or 1 with findings), and a
document that decodes must re-encode to an equal JSON value; `awsmodel validate --policy-kind
<its kind>` gives awsmodel's verdict. Each disagreement with an oracle (moto's IAM validator,
cfn-lint's Error findings) must be explained by a row of EXPECTATIONS (id, oracle, awsmodel's
rules, why), and every row must still describe a disagreement: an unexplained or a stale row fails.
Every document moto refuses for a grammar reason (anything but its Version check, which is stricter
than AWS: AWS reads an absent Version as 2008-10-17) must get an error from awsmodel.
"""
import csv, json, os, subprocess, sys


def verdict(awsmodel, path, kind):
    p = subprocess.run([awsmodel, "validate", "--json", "--policy-kind", kind, "iam-policy", path],
                       capture_output=True, text=True, timeout=60)
    if p.returncode not in (0, 1):
        return None, p.stderr
    findings = json.loads(p.stdout or "[]")
    return sorted({f["rule"] for f in findings if f["severity"] == "error"}), findings


def main():
    awsmodel, corpus, expectations_path = sys.argv[1:4]
    with open(os.path.join(corpus, "MANIFEST.tsv"), newline="") as f:
        rows = list(csv.DictReader(f, delimiter="\t"))
    expected = {}
    with open(expectations_path, newline="") as f:
        for line in f:
            if not line.strip() or line.startswith("#"):
                continue
            doc, oracle, rules, why = line.rstrip("\n").split("\t", 3)
            expected[(doc, oracle)] = (rules, why)
    failures, seen = [], set()
    counts = {"documents": 0, "round_trips": 0, "refused_by_decoder": 0, "moto_grammar_rejects": 0,
              "moto_version_rejects": 0, "explained": 0}
    for r in rows:
        doc, kind = r["id"], r["kind"]
        path = os.path.join(corpus, doc + ".json")
        if not os.path.exists(path):
            continue
        counts["documents"] += 1
        fmt = subprocess.run([awsmodel, "fmt", "iam-policy", path], capture_output=True, text=True, timeout=60)
        if fmt.returncode not in (0, 1):
            failures.append(f"{doc}: awsmodel fmt crashed (exit {fmt.returncode}): {fmt.stderr[:300]}")
            continue
        if fmt.returncode == 0:
            with open(path, encoding="utf-8") as f:
                original = json.load(f)
            if json.loads(fmt.stdout) != original:
                failures.append(f"{doc}: re-encoded JSON differs from the document")
            else:
                counts["round_trips"] += 1
        else:
            counts["refused_by_decoder"] += 1
        errors, findings = verdict(awsmodel, path, kind)
        if errors is None:
            failures.append(f"{doc}: awsmodel validate crashed: {findings[:300]}")
            continue
        ours = ",".join(errors) or "-"
        moto = r["moto"]
        version_reject = moto.startswith("reject") and "version 2012-10-17" in moto
        if moto.startswith("reject") and not version_reject:
            counts["moto_grammar_rejects"] += 1
            if not errors:
                failures.append(f"{doc}: moto refuses it ({moto}); awsmodel reports no error")
        if version_reject:
            counts["moto_version_rejects"] += 1
        # Disagreements: moto accepts and awsmodel refuses, or moto refuses (its version check
        # included) and awsmodel does not; cfn-lint reports errors and awsmodel none, or the reverse.
        disagreements = []
        if (moto == "ok") == bool(errors):
            disagreements.append("moto")
        cfn = r["cfnlint_errors"]
        if cfn != "skip" and (cfn != "-") != bool(errors):
            disagreements.append("cfn-lint")
        for oracle in disagreements:
            key = (doc, oracle)
            seen.add(key)
            if key not in expected:
                failures.append(f"{doc}: disagrees with {oracle} (moto: {moto}; cfn-lint: {cfn}; awsmodel: {ours}) "
                                f"and {os.path.basename(expectations_path)} does not explain it")
            elif expected[key][0] != ours:
                failures.append(f"{doc}: the explanation for {oracle} is about awsmodel's {expected[key][0]}, "
                                f"awsmodel now reports {ours}")
            else:
                counts["explained"] += 1
    for key in sorted(set(expected) - seen):
        failures.append(f"{key[0]}: {os.path.basename(expectations_path)} explains a disagreement with {key[1]} "
                        "that no longer exists; remove the row")
    print(json.dumps(counts))
    for f in failures:
        print("FAIL:", f)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
