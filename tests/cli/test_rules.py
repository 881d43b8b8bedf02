#!/usr/bin/env python3
"""The rule table, the sources and the tests agree:
- docs/rules.md is exactly what `awsmodel rules` prints;
- every rule id the library's sources report is in the table;
- every id in the table is reported somewhere in the sources and named by some test.

No rule-id prefix is written here: an id is PREFIX-NNN for any upper-case, hyphenated PREFIX (the
catalogue's grammar: COMMON-005, EC2-KP-012), or, for the prefixes the table itself uses, any
PREFIX-WORD (AWSMODEL-SYNTAX). A new resource's rules are found by themselves.
"""
import os, re, subprocess, sys

cli, root = sys.argv[1], sys.argv[2]
# The generic grammar of an id: upper-case words joined by hyphens.
ID_GRAMMAR = r"[A-Z][A-Z0-9]*(?:-[A-Z0-9]+)+"
NUMBERED = r"(?:[A-Z][A-Z0-9]*-)+[0-9]{3}"
failures, passed = [], 0


def check(name, cond, detail=""):
    global passed
    if cond:
        passed += 1
    else:
        failures.append(f"{name}: {detail}")


def ids_in(folder, exts, skip=()):
    found = {}
    for dirpath, _, files in os.walk(os.path.join(root, folder)):
        for f in files:
            if f.endswith(exts) and os.path.relpath(os.path.join(dirpath, f), root) not in skip:
                text = open(os.path.join(dirpath, f), encoding="utf-8", errors="replace").read()
                for m in ID.finditer(text):
                    found.setdefault(m.group(1), os.path.relpath(os.path.join(dirpath, f), root))
    return found


out = subprocess.run([cli, "rules"], capture_output=True, text=True, check=True).stdout
rows = re.findall(r"^\| (?!Rule \|)(.+?) \| .* \|$", out, re.M)
table = set(rows)
check("the table lists rules", len(rows) > 0, out[:300])
check("the table lists each rule once", len(rows) == len(table))
for rule in rows:
    check(f"table id {rule!r} follows the id grammar", re.fullmatch(ID_GRAMMAR, rule) is not None)
# Every numbered id, and any id with a prefix of the table's (AWSMODEL-SYNTAX).
prefixes = sorted({rule.rsplit("-", 1)[0] for rule in table}, key=len, reverse=True)
ID = re.compile(r'"(' + NUMBERED + "|(?:" + "|".join(map(re.escape, prefixes)) + r')-[A-Z0-9]+)"')
check("docs/rules.md is generated", open(os.path.join(root, "docs/rules.md")).read() == out,
      "regenerate it: awsmodel rules > docs/rules.md")

# The table itself (include/awsmodel/rules.hpp) names every id: it is no report.
sources = ids_in("include", (".hpp",), skip=("include/awsmodel/rules.hpp",))
tests = ids_in("tests", (".cpp", ".py", ".tsv", ".json"))
tests.update(ids_in("tests/data", (".tsv", ".json", ".txt")))

for rule, where in sorted(sources.items()):
    check(f"{rule} reported by {where} is in the table", rule in table)
for rule in sorted(table):
    if rule == "AWSMODEL-ENUM" or rule.startswith("AWSMODEL-") or rule in ("COMMON-001", "COMMON-002"):
        # reported by the generic decoder through core::rules constants, not literals
        check(f"{rule} is tested", rule in tests, "no test names it")
        continue
    check(f"{rule} is reported by the sources", rule in sources, "listed but never reported")
    check(f"{rule} is tested", rule in tests, "no test names it")

for f in failures:
    print("FAIL", f)
print(f"{passed} passed, {len(failures)} failed")
sys.exit(1 if failures else 0)
