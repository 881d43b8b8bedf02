#!/usr/bin/env python3
"""The shared corpus through CloudFormation, checked by cfn-lint.

Usage: test_cfn_peers.py AWSMODEL_CLI CORPUS_DIR [--keep DIR]

For every accepted document of CORPUS_DIR/MANIFEST.tsv whose shape creates a resource awsmodel
models in CloudFormation:

1. `awsmodel cfn KIND FILE` writes the template of that one resource;
2. cfn-lint (one invocation for all templates: it is slow to start) reports no E-level finding
   of a rule that judges the template's shape (SHAPE_RULES: unknown properties, types, the
   template's structure), which would be the conversion's fault. Its findings on the
   documents' own values (placeholder ARNs such as "arn:aws:iam::ACCOUNT_ID:role/x", ".25 vcpu",
   an empty PlacementConstraints on a Fargate task) are counted per rule, with one example each:
   the API took those documents, CloudFormation's checks are stricter, and no conversion can
   change a value;
3. `awsmodel cfn --to-api KIND TEMPLATE` gives back the document: equal to the original as
   `awsmodel fmt` writes it, apart from the members step 1 noted as not carried over (each note
   names its pointer; docs/cloudformation.md lists them).

Prints the counts per kind and every failure; exits 1 on any failure.
"""
import collections
import json
import os
import shutil
import subprocess
import sys
import tempfile

# cfn-lint's rules about the template's structure and the properties' names and JSON types.
SHAPE_RULES = {"E0000", "E0001", "E0002", "E1001", "E3001", "E3002", "E3011", "E3012", "E3017", "E3018"}

KINDS = {
    "RegisterTaskDefinitionRequest": "task-definition",
    "CreateClusterRequest": "cluster",
    "CreateServiceRequest": "create-service",
    "RunInstancesRequest": "run-instances",
    "CreateVolumeRequest": "create-volume",
    "CreateKeyPairRequest": "create-key-pair",
    "ImportKeyPairRequest": "import-key-pair",
}


def unescape(token):
    return token.replace("~1", "/").replace("~0", "~")


def remove_pointer(doc, pointer):
    """Removes the member at an RFC 6901 pointer, if it is there."""
    tokens = [unescape(t) for t in pointer.split("/")[1:]]
    node = doc
    for t in tokens[:-1]:
        if isinstance(node, list):
            node = node[int(t)] if t.isdigit() and int(t) < len(node) else None
        elif isinstance(node, dict):
            node = node.get(t)
        if node is None:
            return
    last = tokens[-1] if tokens else None
    if isinstance(node, dict) and last in node:
        del node[last]
    elif isinstance(node, list) and last is not None and last.isdigit() and int(last) < len(node):
        del node[int(last)]


def notes_of(stderr):
    """The pointers `awsmodel cfn` noted as not carried over ("FILE:POINTER: note: TEXT")."""
    out = []
    for line in stderr.splitlines():
        if ": note: " not in line:
            continue
        head, text = line.split(": note: ", 1)
        pointer = head[head.find(":/") + 1:] if ":/" in head else ""
        out.append((pointer, text))
    return out


def main():
    cli, corpus = sys.argv[1], sys.argv[2]
    keep = sys.argv[sys.argv.index("--keep") + 1] if "--keep" in sys.argv else None
    if shutil.which("cfn-lint") is None:
        print("skipped: cfn-lint is not installed")
        return 77
    rows = []
    with open(os.path.join(corpus, "MANIFEST.tsv")) as f:
        header = f.readline().rstrip("\n").split("\t")
        for line in f:
            row = dict(zip(header, line.rstrip("\n").split("\t")))
            if row.get("expect") == "accept" and row.get("shape") in KINDS:
                rows.append(row)
    work = keep or tempfile.mkdtemp(prefix="awsmodel-cfn-")
    os.makedirs(work, exist_ok=True)
    failures = []
    counts = collections.Counter()
    note_counts = collections.Counter()
    templates = {}
    for i, row in enumerate(rows):
        kind = KINDS[row["shape"]]
        source = os.path.join(corpus, row["file"])
        r = subprocess.run([cli, "cfn", kind, source], capture_output=True, text=True)
        counts[kind, "documents"] += 1
        if r.returncode != 0:
            failures.append(f"{row['file']}: awsmodel cfn {kind} failed: {r.stderr.strip()}")
            continue
        path = os.path.join(work, f"{i:04d}-{kind}.json")
        with open(path, "w") as out:
            out.write(r.stdout)
        templates[path] = (row, kind, notes_of(r.stderr))
    # cfn-lint: one run for all templates
    lint = subprocess.run(["cfn-lint", "--format", "json", "--non-zero-exit-code", "none", "--regions", "us-east-1",
                           "--"] + sorted(templates), capture_output=True, text=True)
    try:
        findings = json.loads(lint.stdout or "[]")
    except json.JSONDecodeError:
        print(f"cfn-lint gave no JSON: {lint.stderr[-2000:]}")
        return 1
    errors = collections.defaultdict(list)
    value_findings = collections.Counter()
    value_example = {}
    by_path = {p: row for p, (row, _, _) in templates.items()}
    for f in findings:
        if f.get("Level") != "Error":
            continue
        rule = f["Rule"]["Id"]
        path = os.path.abspath(f["Filename"])
        errors[path].append(rule)
        if rule in SHAPE_RULES:
            failures.append(f"{by_path.get(path, {}).get('file', path)}: cfn-lint {rule}: {f.get('Message', '')}")
        else:
            value_findings[rule] += 1
            value_example.setdefault(rule, f"{by_path.get(path, {}).get('file', path)}: {f.get('Message', '')[:160]}")
    for path, (row, kind, notes) in sorted(templates.items()):
        if not errors.get(os.path.abspath(path)):
            counts[kind, "cfn-lint clean"] += 1
        elif not any(r in SHAPE_RULES for r in errors[os.path.abspath(path)]):
            counts[kind, "value findings only"] += 1
        source = os.path.join(corpus, row["file"])
        original = subprocess.run([cli, "fmt", kind, source], capture_output=True, text=True)
        back = subprocess.run([cli, "cfn", "--to-api", kind, path], capture_output=True, text=True)
        if back.returncode != 0:
            failures.append(f"{row['file']}: awsmodel cfn --to-api {kind} failed: {back.stderr.strip()}")
            continue
        expected = json.loads(original.stdout)
        for pointer, text in notes:
            remove_pointer(expected, pointer)
            note_counts[kind, text.split(":")[0]] += 1
        got = json.loads(back.stdout)
        if got != expected:
            failures.append(f"{row['file']}: back from the template it differs:\n  expected {json.dumps(expected)[:600]}\n"
                            f"  got      {json.dumps(got)[:600]}")
        else:
            counts[kind, "round trip"] += 1
    for kind in sorted({k for k, _ in counts}):
        print(f"{kind}: {counts[kind, 'documents']} documents, {counts[kind, 'cfn-lint clean']} without an E finding "
              f"of cfn-lint, {counts[kind, 'value findings only']} with E findings on the document's values only, "
              f"{counts[kind, 'round trip']} equal after the round trip")
    for rule, n in sorted(value_findings.items()):
        print(f"  cfn-lint {rule} on a document's value: {n} x, e.g. {value_example[rule]}")
    for (kind, what), n in sorted(note_counts.items()):
        print(f"  {kind}: {n} x not carried over: {what}")
    for line in failures:
        print("FAIL", line)
    if not keep:
        shutil.rmtree(work, ignore_errors=True)
    print(f"test_cfn_peers: {len(templates)} templates, {len(failures)} failure(s)")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
