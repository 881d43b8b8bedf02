#!/usr/bin/env python3
"""The JSON Schemas of `awsmodel schema --all` agree with botocore and with awsmodel on real documents.

  test_schema.py CLI SHARED

For every document of SHARED/corpus (MANIFEST.tsv) whose shape has a kind, and for the maximal
document of every kind (SHARED/tools/shapes.py: every member set once):

- botocore accepts it and `awsmodel validate` reports no error: it must pass its kind's schema;
- botocore rejects it for a wrong type, a missing required member, an unknown member or a value
  below `min`: it must fail its kind's schema;
- botocore accepts it, awsmodel decodes it (`fmt`) but a rule reports an error (placeholder ARNs,
  cross-member rules; every maximal document): the schema may fail it only on a value outside an
  enumeration, where `validate` reports an error too.

Other documents (botocore rejects them for what a schema does not express, or awsmodel does not
decode what botocore accepts) are counted, not judged. Every schema must be a valid draft 2020-12
schema.
Exits 77 (skipped) when SHARED is missing, unless CI=true, where that is a failure.
"""
import csv, json, os, subprocess, sys, tempfile

cli, shared = sys.argv[1], sys.argv[2]
corpus_dir = os.path.join(shared, "corpus")
tools_dir = os.path.join(shared, "tools")
for need in (os.path.join(corpus_dir, "MANIFEST.tsv"), os.path.join(tools_dir, "shapes.py")):
    if not os.path.exists(need):
        missing = need if os.path.isdir(os.path.dirname(need)) else os.path.dirname(need)
        ci = os.environ.get("CI") == "true"
        print(f"test_schema: {os.path.abspath(missing)} is missing (the project's ../shared, beside the checkout); "
              + ("CI=true, so that is a failure" if ci else "skipped"))
        sys.exit(1 if ci else 77)

sys.path.insert(0, tools_dir)
import shapes  # noqa: E402
import botocore.session  # noqa: E402
from botocore.validate import ParamValidator  # noqa: E402
import jsonschema  # noqa: E402

# Disagreements that are inherent, each with its reason. Keys: (document, "accept" | "reject").
ALLOWED = {}

session = botocore.session.get_session()
models = {}


def botocore_report(doc, service, shape):
    if service not in models:
        models[service] = session.get_service_model(service)
    report = ParamValidator().validate(doc, models[service].shape_for(shape))
    return report.generate_report() if report.has_errors() else ""


# What a schema can say: botocore's report lines that start so.
SCHEMA_REASONS = ("Invalid type for parameter", "Missing required parameter", "Unknown parameter",
                  "Invalid length for parameter", "Invalid range for parameter")


def schema_reasons(report):
    return [l for l in report.splitlines() if l.strip().startswith(SCHEMA_REASONS)]


def run(*args):
    return subprocess.run([cli, *args], capture_output=True, text=True, timeout=300)


def kinds():
    table = {}
    for line in run("kinds", "--all").stdout.splitlines():
        k, service, shape = line.split("\t")
        table[k] = (service, shape)
    return table


def validate_errors(kind, paths):
    """{path: [finding, ...]} of the errors `awsmodel validate --json` reports."""
    out = {p: [] for p in paths}
    for i in range(0, len(paths), 200):
        p = run("validate", "--json", kind, *paths[i:i + 200])
        if p.returncode not in (0, 1):
            sys.exit(f"awsmodel validate {kind} exited {p.returncode}: {p.stderr[:300]}")
        for f in json.loads(p.stdout):
            if f["severity"] == "error":
                out[f["file"]].append(f"{f['pointer'] or '/'}: {f['rule']}")
    return out


def main():
    table = kinds()
    by_shape = {v: k for k, v in table.items()}
    schema_dir = tempfile.mkdtemp(prefix="awsmodel-schema-")
    p = run("schema", "--all", schema_dir)
    if p.returncode != 0:
        print(f"awsmodel schema --all exited {p.returncode}: {p.stderr}")
        return 1
    validators, problems = {}, []
    # botocore's patterns are Java regular expressions; some use Unicode classes (`\p{L}` in ECS
    # tag keys), which ECMA-262 regexes with the `u` flag, as JSON Schema specifies them, also
    # have, but Python's `re` lacks. The `regex` module has them: the schema is checked and
    # applied with it.
    import regex

    def regex_format(instance):
        if not isinstance(instance, str):
            return True
        regex.compile(instance)
        return True

    checker = jsonschema.FormatChecker()
    checker.checks("regex", raises=regex.error)(regex_format)

    def pattern(validator, patrn, instance, schema):
        if validator.is_type(instance, "string") and not regex.search(patrn, instance):
            yield jsonschema.ValidationError(f"{instance!r} does not match {patrn!r}")

    Validator = jsonschema.validators.extend(jsonschema.Draft202012Validator, {"pattern": pattern})
    meta = jsonschema.Draft202012Validator(jsonschema.Draft202012Validator.META_SCHEMA, format_checker=checker)
    for k in table:
        with open(os.path.join(schema_dir, k + ".schema.json")) as f:
            schema = json.load(f)
        errors = list(meta.iter_errors(schema))
        if errors:
            problems.append(f"{k}.schema.json is not a valid draft 2020-12 schema: {errors[0].message}")
            continue
        validators[k] = Validator(schema)

    # (name, kind, path, document): the corpus, then one maximal document per kind.
    docs = []
    with open(os.path.join(corpus_dir, "MANIFEST.tsv")) as f:
        for row in csv.DictReader(f, delimiter="\t"):
            kind = by_shape.get((row["service"], row["shape"]))
            if kind is not None:
                path = os.path.join(corpus_dir, row["file"])
                with open(path, "rb") as g:
                    docs.append((row["file"], kind, path, json.loads(g.read())))
    for kind, (service, shape) in sorted(table.items()):
        if service not in shapes.API:
            # SHARED/tools/shapes.py makes maximal documents of the services it knows; the IAM kinds,
            # whose policy members are documents in strings, are covered by tests/iam and the IAM corpus.
            continue
        path = os.path.join(schema_dir, f"maximal-{kind}.json")
        doc = shapes.maximal(service, shape)
        with open(path, "w") as g:
            json.dump(doc, g)
        docs.append((f"maximal:{kind}", kind, path, doc))

    errors = {}
    for kind in table:
        paths = [d[2] for d in docs if d[1] == kind]
        if paths:
            errors.update(validate_errors(kind, paths))

    counts = dict(accepted=0, accepted_pass=0, rejected=0, rejected_fail=0, decoded=0, decoded_pass=0, not_judged=0)
    disagreements = []

    def pointer(e):
        return "/" + "/".join(str(x) for x in e.absolute_path)

    for name, kind, path, doc in docs:
        if kind not in validators:
            continue
        service, shape = table[kind]
        report = botocore_report(doc, service, shape)
        schema_errors = sorted(validators[kind].iter_errors(doc), key=lambda e: list(e.absolute_path))
        if not report and not errors[path]:
            counts["accepted"] += 1
            if not schema_errors:
                counts["accepted_pass"] += 1
            elif (name, "accept") not in ALLOWED:
                e = schema_errors[0]
                disagreements.append(f"{name} ({kind}): botocore and awsmodel accept it, the schema rejects "
                                     f"{pointer(e)}: {e.message[:200]}")
        elif not report:
            # A rule of awsmodel finds an error (placeholder ARNs and ids, cross-member rules: all
            # maximal documents are here). When the document decodes, what the schema says is still
            # checked: it may only fail on a value outside an enumeration where validate reports an
            # error too.
            if run("fmt", kind, path).returncode != 0:
                counts["not_judged"] += 1
                continue
            counts["decoded"] += 1
            reported = {f.split(": ")[0] for f in errors[path]}
            unexplained = [e for e in schema_errors if not (e.validator == "enum" and pointer(e) in reported)]
            if not unexplained:
                counts["decoded_pass"] += 1
            elif (name, "accept") not in ALLOWED:
                e = unexplained[0]
                disagreements.append(f"{name} ({kind}): botocore accepts it and awsmodel decodes it, the schema "
                                     f"rejects {pointer(e)}: {e.message[:200]}")
        elif schema_reasons(report):
            counts["rejected"] += 1
            if schema_errors:
                counts["rejected_fail"] += 1
            elif (name, "reject") not in ALLOWED:
                disagreements.append(f"{name} ({kind}): botocore rejects it ({schema_reasons(report)[0].strip()[:200]}), "
                                     "the schema accepts it")
        else:
            counts["not_judged"] += 1

    print(f"schema agreement: {counts['accepted_pass']}/{counts['accepted']} accepted pass, "
          f"{counts['rejected_fail']}/{counts['rejected']} rejected fail; "
          f"{counts['decoded_pass']}/{counts['decoded']} that botocore accepts and awsmodel decodes but a rule "
          f"flags pass but for enumerations validate also reports; {counts['not_judged']} not judged")
    for line in problems + disagreements:
        print("  " + line)
    if problems or disagreements:
        print(f"{len(problems) + len(disagreements)} disagreements")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
