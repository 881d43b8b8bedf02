#!/usr/bin/env python3
"""The field tables have not drifted from botocore: `awsmodel schema` walked beside botocore's shapes.

  test_botocore_drift.py CLI

For every kind `awsmodel kinds` lists, the kind's schema and botocore's shape are walked together
(structures, list elements, map values). At each structure, every botocore member must be a
property of the same name, no property may be missing from botocore, and a member is `required`
in the schema exactly when botocore lists it under `required`. At each leaf, the JSON type must be
botocore's, and the schema's `enum` must hold botocore's enumeration. Prints every difference;
fails when one is not in ALLOWED.
"""
import json, subprocess, sys

import botocore.loaders

cli = sys.argv[1]
API = {"ecs": "2014-11-13", "ec2": "2016-11-15", "iam": "2010-05-08"}

# Differences the library means, each with its reason: (botocore structure, member, what) -> why;
# `what` is the bracketed word of the difference as printed.
ALLOWED = {
    ("Instance", "InstanceType", "enum"):
        "ec2::instance_type_name keeps any string: AWS adds instance types faster than a release of "
        "this library, and validate() checks the name against its catalog (EC2-RI-004, a warning)",
    ("RunInstancesRequest", "InstanceType", "enum"):
        "ec2::instance_type_name, as for Instance.InstanceType",
    ("Instance", "Platform", "enum"):
        "EC2 sends \"windows\" in DescribeInstances although botocore's PlatformValues spells it "
        "\"Windows\" (ec2/instance.hpp): both are accepted",
    ("Placement", "Affinity", "enum"):
        "a plain string in botocore; the RunInstances documentation lists default and host, "
        "which awsmodel enumerates (EC2-RI-030)",
    ("CreditSpecificationRequest", "CpuCredits", "enum"):
        "a plain string in botocore; the documentation lists standard and unlimited, which awsmodel "
        "enumerates (EC2-RI-031)",
}


def brief(values):
    values = sorted(values)
    return str(values) if len(values) <= 8 else f"{len(values)} values ({', '.join(values[:5])}, ...)"

JSON_TYPE = {"string": "string", "blob": "string", "integer": "integer", "long": "integer",
             "float": "number", "double": "number", "boolean": "boolean",
             "structure": "object", "map": "object", "list": "array", "timestamp": ["number", "string"]}


def run(*args):
    return subprocess.run([cli, *args], capture_output=True, text=True, timeout=60)


class Walk:
    def __init__(self, kind, schema, model):
        self.kind, self.root, self.shapes = kind, schema, model["shapes"]
        self.seen = set()
        self.found = []  # (shape, member, what, pointer, detail)

    def resolve(self, s):
        while "$ref" in s:
            ref = s["$ref"]
            assert ref.startswith("#/$defs/"), ref
            s = self.root["$defs"][ref[len("#/$defs/"):]]
        return s

    def diff(self, owner, member, what, pointer, detail):
        self.found.append((owner, member, what, pointer or "/", detail))

    def walk(self, schema, shape_name, pointer, owner="", member=""):
        """`owner` and `member`: the structure and member that hold the value (through lists and maps)."""
        ref = schema.get("$ref")
        s = self.resolve(schema)
        b = self.shapes[shape_name]
        t = b["type"]
        if ref is not None:
            if (ref, shape_name) in self.seen:
                return
            self.seen.add((ref, shape_name))
        if b.get("document"):
            # A botocore document is any JSON value (core::json_value): its schema sets no type.
            if "type" in s:
                self.diff(owner, member, "type", pointer, f"botocore document (any JSON), schema {json.dumps(s['type'])}")
            return
        if s.get("type") != JSON_TYPE[t]:
            self.diff(owner, member, "type", pointer, f"botocore {t}, schema {json.dumps(s.get('type'))}")
            return
        if t == "structure":
            members = b.get("members", {})
            props = s.get("properties", {})
            required = set(s.get("required", []))
            boto_required = set(b.get("required", []))
            for m, spec in members.items():
                if m not in props:
                    self.diff(shape_name, m, "missing", pointer, f"botocore member {m} is not a property")
                    continue
                if (m in boto_required) != (m in required):
                    self.diff(shape_name, m, "required", pointer,
                              f"{m} is {'required' if m in boto_required else 'optional'} in botocore, "
                              f"{'required' if m in required else 'optional'} in the schema")
                self.walk(props[m], spec["shape"], f"{pointer}/{m}", shape_name, m)
            for p in props:
                if p not in members:
                    self.diff(shape_name, p, "extra", pointer, f"property {p} is not a member in botocore")
        elif t == "list":
            self.walk(s["items"], b["member"]["shape"], pointer + "/0", owner, member)
        elif t == "map":
            self.walk(s["additionalProperties"], b["value"]["shape"], pointer + "/KEY", owner, member)
        elif "enum" in b or "enum" in s:
            want, have = b.get("enum"), s.get("enum")
            if want is None:
                self.diff(owner, member, "enum", pointer, f"the schema enumerates {brief(have)}, botocore's {shape_name} does not")
            elif have is None:
                self.diff(owner, member, "enum", pointer, f"botocore's {shape_name} enumerates {brief(want)}, the schema does not")
            elif sorted(want) != sorted(have):
                self.diff(owner, member, "enum", pointer, f"{shape_name}: botocore only {brief(set(want) - set(have))}, "
                                                          f"schema only {brief(set(have) - set(want))}")


def main():
    loader = botocore.loaders.Loader()
    models = {svc: loader.load_service_model(svc, "service-2", api_version=v) for svc, v in API.items()}
    table = [l.split("\t") for l in run("kinds", "--all").stdout.splitlines()]
    if not table:
        print("awsmodel kinds printed nothing")
        return 1
    found, allowed_seen, walked = {}, set(), 0
    for kind, service, shape in table:
        if service not in models:
            continue  # the ECS agent's documents: no botocore model to drift from
        p = run("schema", kind)
        if p.returncode != 0:
            print(f"awsmodel schema {kind} exited {p.returncode}: {p.stderr}")
            return 1
        if models[service]["shapes"].get(shape, {}).get("type") != "structure":
            continue  # iam-policy: botocore carries a policy as a string (policyDocumentType); its grammar is IAM's
        w = Walk(kind, json.loads(p.stdout), models[service])
        w.walk({"$ref": json.loads(p.stdout)["$ref"]}, shape, "")
        walked += len(w.seen)
        for shape_name, member, what, pointer, detail in w.found:
            # A member reached from several kinds is one difference: reported once, where first seen.
            found.setdefault((shape_name, member, what), (f"{kind}:{pointer}", detail))
    unexpected = []
    for key, (where, detail) in sorted(found.items()):
        shape_name, member, what = key
        line = f"{shape_name}.{member or '-'} [{what}] at {where}: {detail}"
        if key in ALLOWED:
            allowed_seen.add(key)
            print(f"  allowed: {line} ({ALLOWED[key]})")
        else:
            unexpected.append(line)
    stale = sorted(set(ALLOWED) - allowed_seen)
    print(f"botocore drift: {len(table)} kinds, {walked} structures walked, {len(found)} differences, "
          f"{len(found) - len(unexpected)} allowed, {len(unexpected)} not allowed, {len(stale)} stale allow-list entries")
    for line in unexpected:
        print("  " + line)
    for key in stale:
        print(f"  stale allow-list entry (no longer a difference): {key}")
    return 1 if unexpected or stale else 0


if __name__ == "__main__":
    sys.exit(main())
