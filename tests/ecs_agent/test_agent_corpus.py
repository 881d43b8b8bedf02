#!/usr/bin/env python3
"""Every document of ../shared/agent-corpus through the command line.

  test_agent_corpus.py CLI CORPUS_DIR

CORPUS_DIR/MANIFEST.tsv names each file's kind (an `awsmodel kinds --all` kind) and its notes.
A document whose notes list a defect it was published with must be refused: `awsmodel validate
--strict` exits 1 with a finding that names the defect. Every other document must round-trip:
`awsmodel fmt` writes back every member and value in the order they came, and, since fmt writes
compact JSON, the output equals the file with the white space between tokens removed, byte for
byte (an ecs.config is compared whole, as it is not JSON). Also: the file decodes with --strict
(no member or enumeration value the model lacks) and re-encoding the output changes nothing.
Prints one line per failure and a summary; exits 0 only when all pass.
"""
import csv, os, subprocess, sys

# MANIFEST note -> (rule id, word the finding's message must hold)
DEFECTS = {
    "git-merge-conflict-markers-published-in-doc": ("AWSMODEL-SYNTAX", "merge-conflict marker"),
    "curly-quotes-in-JSON-value(invalid)": ("ECS-AG-011", "typographic quotes"),
    "single-quoted-value(quotes-are-not-stripped-by-ecs-init)": ("ECS-AG-013", "quotes"),
    "shell-variable-expanded-at-boot": (None, "shell variable"),
    "doc-build-entity-left-in-ARN": ("ECS-AG-018", "documentation entity"),
}


def minify(text):
    """JSON text without the white space between tokens (strings untouched)."""
    out, i, n, in_string = [], 0, len(text), False
    while i < n:
        c = text[i]
        if in_string:
            out.append(c)
            if c == "\\":
                out.append(text[i + 1])
                i += 2
                continue
            if c == '"':
                in_string = False
        elif c not in " \t\r\n":
            if c == '"':
                in_string = True
            out.append(c)
        i += 1
    return "".join(out)


def run(cli, *args, stdin=None):
    return subprocess.run([cli, *args], capture_output=True, input=stdin, timeout=60)


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    cli, corpus = sys.argv[1], sys.argv[2]
    kinds = {l.split("\t")[0] for l in run(cli, "kinds", "--all").stdout.decode().splitlines()}
    failures, counts = [], {"round-trip": 0, "byte-identical": 0, "defect-refused": 0}
    with open(os.path.join(corpus, "MANIFEST.tsv"), encoding="utf-8") as f:
        rows = list(csv.DictReader(f, delimiter="\t"))
    for row in rows:
        path, kind = os.path.join(corpus, row["file"]), row["kind"]
        if kind not in kinds:
            failures.append(f"{row['file']}: kind {kind} is not one of `awsmodel kinds --all`")
            continue
        defects = [d for d in DEFECTS if d in row["notes"].split(";")]
        if defects:
            p = run(cli, "validate", "--strict", kind, path)
            said = p.stderr.decode("utf-8", "replace")
            for d in defects:
                rule, word = DEFECTS[d]
                hit = [l for l in said.splitlines() if word in l and (rule is None or f": {rule}: " in l)]
                if p.returncode != 1 or not hit:
                    failures.append(f"{row['file']}: published with {d}, expected a finding "
                                    f"{rule or ''} naming '{word}' (exit {p.returncode}): {said.strip()[:300]}")
                else:
                    counts["defect-refused"] += 1
            continue
        raw = open(path, "rb").read()
        p = run(cli, "fmt", "--strict", kind, path)
        if p.returncode != 0:
            failures.append(f"{row['file']}: fmt --strict {kind} failed: {p.stderr.decode()[:300]}")
            continue
        out = p.stdout
        if kind == "ecs-config":
            want = raw
        else:
            want = minify(raw.decode("utf-8")).encode("utf-8")
            out = out.rstrip(b"\n")
        if out != want:
            at = next((i for i in range(min(len(out), len(want))) if out[i] != want[i]), min(len(out), len(want)))
            failures.append(f"{row['file']}: re-encoded differs at byte {at}: wrote "
                            f"{out[max(0, at - 40):at + 40]!r}, the file has {want[max(0, at - 40):at + 40]!r}")
            continue
        again = run(cli, "fmt", "--strict", kind, "-", stdin=p.stdout)
        if again.returncode != 0 or again.stdout != p.stdout:
            failures.append(f"{row['file']}: re-encoding the output changes it")
            continue
        counts["round-trip"] += 1
        if raw == out or (kind != "ecs-config" and raw.rstrip(b"\n") == out):
            counts["byte-identical"] += 1
    for line in failures:
        print("FAIL", line)
    print(f"{len(rows)} documents: {counts['round-trip']} round-tripped ({counts['byte-identical']} compact or text "
          f"files byte for byte), {counts['defect-refused']} published defects refused; {len(failures)} failed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
