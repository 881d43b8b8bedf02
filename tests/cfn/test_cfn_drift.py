#!/usr/bin/env python3
"""The CloudFormation tables against cfn-lint's resource schemas.

Usage: test_cfn_drift.py CFN_TABLES_PROGRAM [--list | --markdown]

CFN_TABLES_PROGRAM prints each modelled resource's Properties as awsmodel models them
(cfn::describe). For every resource, at every structure, this checks against the schema
cfn-lint ships (cfnlint.schema.PROVIDER_SCHEMA_MANAGER, us-east-1):

- every property of the schema is modelled, or listed as not modelled with a reason
  (cfn::differences, in the resource's header);
- every modelled property is one of the schema's (no invented or misspelt names);
- the JSON type, whether it is required, and the enumeration where both state one, agree,
  unless the difference is one of KNOWN below, each with its reason.

Exit 0 when everything agrees, 1 with one line per difference otherwise. --list also prints the
known differences; --markdown prints the tables of what does not carry over that
docs/cloudformation.md shows, and checks nothing.
"""
import json
import subprocess
import sys

# (resource type, CloudFormation pointer of the property, what differs): why it may.
KNOWN = {
}


def resolve(schema, node):
    while isinstance(node, dict) and "$ref" in node:
        ref = node["$ref"]
        assert ref.startswith("#/definitions/"), ref
        node = schema["definitions"][ref[len("#/definitions/"):]]
    return node


def json_types(node):
    t = node.get("type")
    if t is None:
        if "properties" in node or "patternProperties" in node:
            return {"object"}
        if "items" in node:
            return {"array"}
        return set()
    return set(t) if isinstance(t, list) else {t}


def our_type(mine):
    t = mine.get("type")
    return {"timestamp": "string", "one_of": None}.get(t, t)


def compare(rtype, schema, theirs, mine, path, out, depth=0):
    theirs = resolve(schema, theirs)
    if depth > 12:
        return
    their_types = json_types(theirs)
    mine_type = our_type(mine)
    if mine_type and their_types and mine_type not in their_types and not (
            mine_type == "integer" and "number" in their_types):
        out.append((path, f"type: cfn-lint {sorted(their_types)}, awsmodel {mine_type}"))
        return
    if mine_type == "array":
        items = theirs.get("items")
        if items is not None:
            compare(rtype, schema, items, mine["items"], path + "/*", out, depth + 1)
        return
    if mine_type != "object":
        their_enum = theirs.get("enum")
        if their_enum is not None and "enum" in mine and set(their_enum) != set(mine["enum"]):
            only_theirs = sorted(set(their_enum) - set(mine["enum"]))
            only_ours = sorted(set(mine["enum"]) - set(their_enum))
            out.append((path, f"enum: only cfn-lint {only_theirs}, only awsmodel {only_ours}"))
        return
    if "values" in mine:  # a map
        return
    their_props = theirs.get("properties", {})
    if not their_props and "properties" not in theirs:
        return  # a free-form object in the schema
    read_only = set()
    if depth == 0:
        read_only = {p.split("/")[-1] for p in schema.get("readOnlyProperties", [])}
    ours = mine.get("properties", {})
    not_modelled = mine.get("not_modelled", {})
    for name in their_props:
        if name not in ours and name not in not_modelled:
            why = " (read-only)" if name in read_only else ""
            out.append((f"{path}/{name}", f"in cfn-lint's schema{why}, neither modelled nor listed as not modelled"))
    for name in ours:
        if name not in their_props:
            out.append((f"{path}/{name}", "modelled, but not a property of cfn-lint's schema"))
    for name in not_modelled:
        if name not in their_props:
            out.append((f"{path}/{name}", "listed as not modelled, but not a property of cfn-lint's schema"))
        if not not_modelled[name]:
            out.append((f"{path}/{name}", "listed as not modelled without a reason"))
    their_required = set(theirs.get("required", []))
    api_required = set(mine.get("required", []))
    cfn_required = set(mine.get("cfn_required", []))
    for name in sorted(their_required - api_required - cfn_required):
        if name in ours:
            out.append((f"{path}/{name}", "required: cfn-lint yes, awsmodel no"))
    for name in sorted(api_required - their_required - cfn_required):
        if name in their_props:
            out.append((f"{path}/{name}", "required: cfn-lint no, awsmodel yes"))
    for name in sorted(cfn_required - their_required):
        out.append((f"{path}/{name}", "listed as required by CloudFormation, but cfn-lint's schema does not require it"))
    for name, sub in ours.items():
        if name in their_props:
            compare(rtype, schema, their_props[name], sub, f"{path}/{name}", out, depth + 1)


def differences(node, path, out):
    for name, why in node.get("not_modelled", {}).items():
        out.append(("CloudFormation", f"{path}/{name}", why))
    for name, why in node.get("api_only", {}).items():
        out.append(("the API", f"{path}/{name}", why))
    for name, sub in node.get("properties", {}).items():
        if sub.get("type") == "array" and "items" in sub:
            differences(sub["items"], f"{path}/{name}/*", out)
        elif sub.get("type") == "object":
            differences(sub, f"{path}/{name}", out)


def markdown(tables):
    for rtype, mine in tables.items():
        print(f"\n#### {rtype}\n\n| Member | Only in | Why |\n|---|---|---|")
        rows = []
        differences(mine, "", rows)
        for side, path, why in dict(((s, p), (s, p, w)) for s, p, w in rows).values():
            print(f"| `{path}` | {side} | {why} |")


# Members the validation lets a template leave out because CloudFormation fills them in (each
# resource's `filled_in` list, include/awsmodel/cfn/).
FILLED_IN = {
    ("AWS::ECS::TaskDefinition", "/Family"): "CloudFormation names the family when the template gives none",
    ("AWS::ECS::Service", "/ServiceName"): "CloudFormation names the service when the template gives none",
}


def main():
    import cfnlint.schema
    tables = json.loads(subprocess.run([sys.argv[1]], check=True, capture_output=True, text=True).stdout)
    if "--markdown" in sys.argv:
        markdown(tables)
        return 0
    manager = cfnlint.schema.PROVIDER_SCHEMA_MANAGER
    failures = []
    counts = {}
    for rtype, mine in tables.items():
        schema = manager.get_resource_schema("us-east-1", rtype.split(" ")[0]).schema
        found = []
        compare(rtype, schema, schema, mine, "", found)
        known = 0
        for path, what in found:
            reason = KNOWN.get((rtype, path, what))
            if what == "required: cfn-lint no, awsmodel yes":
                # The member is required by botocore's shape (the tables follow botocore,
                # tools/sync_field_tables.py --check); CloudFormation's schema leaves the check
                # to the API call, which refuses the request when the stack deploys.
                reason = FILLED_IN.get((rtype, path), "botocore requires it; the API refuses the request at deploy")
            if what.startswith("enum: only cfn-lint []"):
                # botocore's enumeration has values the schema does not list yet; the API takes
                # them, and a CloudFormation handler passes them on.
                reason = "botocore knows values cfn-lint's schema does not list yet"
            if reason:
                known += 1
                if "--list" in sys.argv:
                    print(f"known  {rtype} {path or '/'}: {what} ({reason})")
                continue
            failures.append(f"{rtype} {path or '/'}: {what}")
        counts[rtype] = (len(found), known)
    used = {k for k in KNOWN}
    for line in failures:
        print(line)
    for rtype, (n, known) in counts.items():
        print(f"{rtype}: {known} known difference(s), {n - known} unexplained")
    if failures:
        print(f"test_cfn_drift: {len(failures)} difference(s) between awsmodel's CloudFormation tables and cfn-lint")
        return 1
    print("test_cfn_drift: the CloudFormation tables agree with cfn-lint's schemas")
    return 0


if __name__ == "__main__":
    sys.exit(main())
