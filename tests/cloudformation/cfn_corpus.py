#!/usr/bin/env python3
"""awsmodel on real CloudFormation templates (../shared/cfn-corpus), against cfn-lint.

  cfn_corpus.py CLI CORPUS_DIR CFNLINT_TSV EXPECTATIONS_TSV [--report FILE]

1. No crash: `awsmodel validate --json cloudformation-template` ends with status 0 or 1 and prints
   JSON on every template, and every finding has a rule, a message and a JSON Pointer.
2. Decoding: where cfn-lint's own reader (cfnlint.decode) is importable, `awsmodel fmt
   cloudformation-template` reads every template to the same JSON as cfn-lint does (YAML 1.1
   timestamps, which awsmodel keeps as their text, compare by that text).
3. Recall: every Error finding of cfn-lint (CFNLINT_TSV, written by tools/cfn_corpus_findings.py)
   inside the Properties of a modelled resource is found by awsmodel at the same pointer, unless
   EXPECTATIONS_TSV lists it: `unmodelled` rows leave it out of the count (awsmodel does not model
   what it is about), `miss` rows count it as missed, with the reason. A listed finding that
   awsmodel now finds, or that cfn-lint no longer reports, fails the test until its row goes. The
   recall reached must be at least the `# recall >= R` line of EXPECTATIONS_TSV.
4. The other findings of awsmodel are counted per rule id, with one example each, on standard
   output and in FILE, for a person to read.
5. Re-encoding: `awsmodel cfn --reencode` reads each modelled resource's Properties as typed
   Properties and writes them again. Every resource whose validation found no error is read, and
   what is written equals what was read (intrinsic functions and all), scalars apart, which are
   written in the type the property takes (8 for "8", "true" for true).
"""
import collections, csv, fnmatch, json, os, re, subprocess, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from checks import check, finish  # noqa: E402

args = sys.argv[1:]
report_path = None
if "--report" in args:
    i = args.index("--report")
    report_path = args[i + 1]
    del args[i:i + 2]
cli, corpus, cfnlint_tsv, expectations_tsv = args


def rows(path):
    lines = [l for l in open(path, encoding="utf-8") if not l.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))


manifest = rows(os.path.join(corpus, "MANIFEST.tsv"))
files = {r["id"]: os.path.join(corpus, f"{r['id']}.{r['format']}") for r in manifest}

# 1. No crash, one process per template so that one crash names its template.
ours = {}
for tid, path in files.items():
    run = subprocess.run([cli, "validate", "--json", "cloudformation-template", path], capture_output=True, text=True)
    ok = run.returncode in (0, 1)
    check(f"{tid}: awsmodel ends normally", ok, f"status {run.returncode}: {run.stderr[-500:]}")
    try:
        found = json.loads(run.stdout)
    except ValueError:
        check(f"{tid}: awsmodel prints JSON", False, run.stdout[-300:])
        continue
    for f in found:
        check(f"{tid}: a finding has a rule, a message and a pointer",
              f.get("rule") and f.get("message") and (f["pointer"] == "" or f["pointer"].startswith("/")), str(f))
    ours[tid] = found

# 2. The JSON each template reads as, against cfn-lint's reader.
try:
    import datetime
    from cfnlint.decode import decode_str
except ImportError:
    decode_str = None
    print("cfn-lint is not importable: the comparison of decoded templates is left out")


def plain(v):
    if isinstance(v, dict):
        return {str(k) if not isinstance(k, bool) else str(k).lower(): plain(x) for k, x in v.items()}
    if isinstance(v, list):
        return [plain(x) for x in v]
    if isinstance(v, (datetime.date, datetime.datetime)):
        return ("timestamp",)
    if isinstance(v, float) and (v != v or v in (float("inf"), float("-inf"))):
        return ("special float",)
    if isinstance(v, str):
        return str(v)
    return v


def first_difference(a, b, where=""):
    if isinstance(b, tuple):  # a timestamp or infinity: awsmodel keeps the text
        return None if isinstance(a, str) else where or "/"
    if type(a) != type(b) and not (isinstance(a, (int, float)) and isinstance(b, (int, float)) and
                                   not isinstance(a, bool) and not isinstance(b, bool)):
        return where or "/"
    if isinstance(a, dict):
        if list(a) != list(b):
            return f"{where}/ (keys {sorted(set(a) ^ set(b))[:5]})"
        for k in a:
            d = first_difference(a[k], b[k], f"{where}/{k}")
            if d:
                return d
        return None
    if isinstance(a, list):
        if len(a) != len(b):
            return f"{where}/ (length)"
        for i, (x, y) in enumerate(zip(a, b)):
            d = first_difference(x, y, f"{where}/{i}")
            if d:
                return d
        return None
    if isinstance(a, float) or isinstance(b, float):
        return None if abs(a - b) <= 1e-9 * max(1.0, abs(b)) else where
    return None if a == b else where


decoded_same = 0
if decode_str:
    for tid, path in files.items():
        text = open(path, encoding="utf-8").read()
        theirs, matches = decode_str(text)
        run = subprocess.run([cli, "fmt", "cloudformation-template", path], capture_output=True, text=True)
        if theirs is None:
            check(f"{tid}: cfn-lint cannot read it, nor can awsmodel", run.returncode == 1,
                  f"cfn-lint: {[m.message for m in matches][:1]}")
            continue
        check(f"{tid}: awsmodel reads what cfn-lint reads", run.returncode == 0, run.stderr[-300:])
        if run.returncode != 0:
            continue
        d = first_difference(json.loads(run.stdout), plain(theirs))
        check(f"{tid}: reads as cfn-lint reads it", d is None, f"first difference at {d}")
        decoded_same += d is None

# 3. Recall against cfn-lint's Error findings in modelled resources' Properties.
lint = [r for r in rows(cfnlint_tsv) if re.match(r"^/Resources/[^/]+/Properties(/|$)", r["pointer"])]
expected = rows(expectations_tsv)
recall_floor = 0.0
for line in open(expectations_tsv, encoding="utf-8"):
    m = re.match(r"#\s*recall\s*>=\s*([0-9.]+)", line)
    if m:
        recall_floor = float(m.group(1))


def named(message):
    """The property a cfn-lint message names: 'Cpu' is a required property."""
    m = re.match(r"^'([^']+)' is a required property", message)
    return m.group(1) if m else None


def matches(ours_pointer, finding):
    q = finding["pointer"]
    if ours_pointer == q or ours_pointer.startswith(q + "/") and named(finding["message"]) is None and \
            ours_pointer[len(q) + 1:].split("/")[0].lower() in finding["message"].lower():
        return True
    name = named(finding["message"])
    return name is not None and ours_pointer == f"{q}/{name}"


def expectation(finding):
    for e in expected:
        if e["id"] in ("*", finding["id"]) and e["rule"] in ("*", finding["rule"]) and \
                fnmatch.fnmatchcase(finding["pointer"], e["pointer"]):
            return e
    return None


used = set()
notes = []
found, missed, unmodelled = [], [], []
matched_ours = set()
for f in lint:
    hits = [i for i, o in enumerate(ours.get(f["id"], [])) if matches(o["pointer"], f)]
    e = expectation(f)
    if e:
        used.add(id(e))
    if hits:
        matched_ours.update((f["id"], i) for i in hits)
        found.append(f)
        if e is not None and e["id"] != "*":
            notes.append(f"{f['id']} {f['rule']} {f['pointer']} is found now: remove its row ({e['kind']}: {e['reason']})")
    elif e and e["kind"] == "unmodelled":
        unmodelled.append(f)
    else:
        missed.append((f, e))
        check(f"{f['id']} {f['rule']} {f['pointer']}: found by awsmodel, or listed with a reason", e is not None,
              f["message"][:200])
notes += [f"expectation {e['id']} {e['rule']} {e['pointer']} matches no cfn-lint finding: remove the row"
          for e in expected if id(e) not in used]
in_scope = len(found) + len(missed)
recall = len(found) / in_scope if in_scope else 1.0
check(f"recall {recall:.3f} is at least {recall_floor}", recall >= recall_floor - 1e-9)

# 5. Re-encoding through typed Properties.
def scalar_text(v):
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, (int, float)):
        return repr(v)
    return v


def same_modulo_scalars(a, b):
    """Whether written value `b` is read value `a`, a scalar possibly in the other JSON type."""
    if isinstance(a, dict) or isinstance(b, dict):
        return isinstance(a, dict) and isinstance(b, dict) and set(a) == set(b) and \
            all(same_modulo_scalars(a[k], b[k]) for k in a)
    if isinstance(a, list) or isinstance(b, list):
        return isinstance(a, list) and isinstance(b, list) and len(a) == len(b) and \
            all(same_modulo_scalars(x, y) for x, y in zip(a, b))
    if type(a) == type(b) and a == b:
        return True
    ta, tb = scalar_text(a), scalar_text(b)
    if ta == tb:
        return True
    try:  # 1.50 written as 1.5, 10.0 as 10
        return float(ta) == float(tb)
    except (TypeError, ValueError):
        return False


# The modelled types, as their descriptors in include/awsmodel/cfn/ state them.
cfn_headers = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "include", "awsmodel", "cfn")
modelled = {m for h in os.listdir(cfn_headers) if h.endswith(".hpp")
            for m in re.findall(r'std::string_view type = "(AWS::[A-Za-z0-9:]+)"', open(os.path.join(cfn_headers, h)).read())}
check("the modelled CloudFormation types are found", len(modelled) >= 7, str(modelled))
reencoded = reencode_failed = 0
for tid, path in files.items():
    fmt = subprocess.run([cli, "fmt", "cloudformation-template", path], capture_output=True, text=True)
    if fmt.returncode != 0:
        continue
    before = json.loads(fmt.stdout)
    run = subprocess.run([cli, "cfn", "--reencode", path], capture_output=True, text=True)
    check(f"{tid}: cfn --reencode ends normally", run.returncode in (0, 1), f"status {run.returncode}: {run.stderr[-300:]}")
    if run.returncode not in (0, 1):
        continue
    after = json.loads(run.stdout)
    resources = before.get("Resources") if isinstance(before, dict) else None
    if not isinstance(resources, dict):
        continue
    errors_in = {o["pointer"].split("/")[2] for o in ours.get(tid, [])
                 if o.get("severity") == "error" and o["pointer"].startswith("/Resources/")}
    failed_in = set(re.findall(r"/Resources/([^/:]+)/Properties[^:]*: (?!note)", run.stderr))
    for rid, res in resources.items():
        if not isinstance(res, dict) or not isinstance(res.get("Properties"), dict):
            continue
        if rid in failed_in:
            reencode_failed += 1
            check(f"{tid} {rid}: typed Properties are read when validation finds no error", rid in errors_in,
                  run.stderr[-300:])
            continue
        written = after["Resources"][rid].get("Properties")
        ok = same_modulo_scalars(res["Properties"], written)
        check(f"{tid} {rid}: Properties are written again as they were read", ok,
              f"{json.dumps(res['Properties'])[:300]} -> {json.dumps(written)[:300]}")
        reencoded += ok and res.get("Type") in modelled

# 4. What awsmodel finds that cfn-lint does not.
others = collections.defaultdict(list)
for tid, found_here in ours.items():
    for i, o in enumerate(found_here):
        if (tid, i) not in matched_ours:
            others[o["rule"]].append((tid, o))
out = [f"templates: {len(files)}, read and validated without a crash: {len(ours)}",
       f"decoded as cfn-lint decodes them: {decoded_same}" if decode_str else "decoding not compared (no cfn-lint)",
       f"cfn-lint Error findings in modelled resources' Properties: {len(lint)}; about what awsmodel does not model: "
       f"{len(unmodelled)}; in scope: {in_scope}; found by awsmodel at the same pointer: {len(found)}; "
       f"recall {recall:.3f}",
       f"modelled resources written again through typed Properties as they were read: {reencoded}; "
       f"not read (their Properties have errors): {reencode_failed}",
       "missed (listed in the expectations):"]
out += [f"  {f['id']} {f['rule']} {f['pointer']}: {e['reason'] if e else 'NOT LISTED'}" for f, e in missed]
out.append("awsmodel's other findings, per rule id (count, one example):")
for rule, items in sorted(others.items(), key=lambda kv: (-len(kv[1]), kv[0])):
    tid, o = items[0]
    where = f":{o['line']}:{o['column']}" if "line" in o else ""
    out.append(f"  {rule}\t{len(items)}\t{tid}{where} {o['pointer']}: {o['message'][:220]}")
out += [f"note: {n}" for n in notes]
text = "\n".join(out) + "\n"
print(text)
if report_path:
    open(report_path, "w").write(text)
sys.exit(finish(200))
