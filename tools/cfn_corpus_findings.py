#!/usr/bin/env python3
"""Records cfn-lint's Error findings inside modelled resources of ../shared/cfn-corpus.

  cfn_corpus_findings.py CORPUS_DIR OUT.tsv [CFNLINT_JSON]

Runs `cfn-lint --format json` over every template of CORPUS_DIR/MANIFEST.tsv (about a minute), or
reads a saved run from CFNLINT_JSON, and writes one row per Error-level finding whose path lies in a
resource of a type awsmodel models: id, rule, JSON Pointer, line, column, message. The corpus test
(tests/cloudformation/cfn_corpus.py) compares awsmodel's findings with these rows, so that it needs
neither cfn-lint's minute nor its version at test time; the header row records the version.
"""
import csv, json, os, subprocess, sys

MODELLED = {"AWS::ECS::TaskDefinition", "AWS::ECS::Service", "AWS::ECS::Cluster", "AWS::EC2::Instance",
            "AWS::EC2::Volume", "AWS::EC2::KeyPair", "AWS::EC2::LaunchTemplate"}


def pointer(path):
    return "".join("/" + str(p).replace("~", "~0").replace("/", "~1") for p in path)


def types_of(text):
    """The resource types by logical id, from cfn-lint's own reading of the template."""
    from cfnlint.decode import decode_str
    template, _ = decode_str(text)
    resources = (template or {}).get("Resources", {})
    return {k: v.get("Type") for k, v in resources.items() if isinstance(v, dict)} if isinstance(resources, dict) else {}


def main():
    corpus, out = sys.argv[1], sys.argv[2]
    rows = list(csv.DictReader(open(os.path.join(corpus, "MANIFEST.tsv")), delimiter="\t"))
    files = [f"{r['id']}.{r['format']}" for r in rows]
    if len(sys.argv) > 3:
        findings = json.load(open(sys.argv[3]))
    else:
        run = subprocess.run(["cfn-lint", "--format", "json", "--", *files], cwd=corpus, capture_output=True, text=True)
        findings = json.loads(run.stdout or "[]")
    version = subprocess.run(["cfn-lint", "--version"], capture_output=True, text=True).stdout.strip()
    types = {}
    kept = []
    for f in findings:
        if f["Level"] != "Error":
            continue
        name = os.path.basename(f["Filename"])
        path = f["Location"]["Path"] or []
        if len(path) < 2 or path[0] != "Resources":
            continue
        if name not in types:
            types[name] = types_of(open(os.path.join(corpus, name), encoding="utf-8").read())
        if types[name].get(path[1]) not in MODELLED:
            continue
        start = f["Location"]["Start"]
        message = " ".join(f["Message"].split())[:300]
        kept.append((name.split(".")[0], f["Rule"]["Id"], pointer(path), start["LineNumber"], start["ColumnNumber"], message))
    kept.sort()
    with open(out, "w", newline="") as o:
        o.write(f"# {version}: Error findings inside resources of modelled types; tools/cfn_corpus_findings.py writes this file\n")
        o.write("id\trule\tpointer\tline\tcolumn\tmessage\n")
        for row in kept:
            o.write("\t".join(map(str, row)) + "\n")
    print(f"{len(kept)} findings written to {out}")


if __name__ == "__main__":
    main()
