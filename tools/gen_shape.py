#!/usr/bin/env python3
"""Prints a draft C++ struct and field table for a botocore structure shape.

  gen_shape.py SERVICE SHAPE [cpp_name] [--recursive]

The draft follows the conventions of awsmodel: snake_case members in botocore order, required
members as plain types and the others as std::optional, botocore's `min`, `max` and `pattern` in each
core::field's `core::with{...}`, `core::extra_members extra;` last, and a defaulted operator==. With --recursive, the
structures SHAPE reaches are printed too, each before its first user.

It is a starting point, not a finished header: botocore says `integer` or `string` where AWS
means CPU units, MiB, seconds, ports, ARNs or ids. Choose those strong types by hand (see
include/awsmodel/core/), generate enumerations with gen_enum.py, and write the doc comments.
"""
import os, re, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from botocore_model import CONVENTION, convert, load, snake  # noqa: E402

SCALARS = {"string": "std::string", "integer": "std::int32_t", "long": "std::int64_t", "boolean": "bool",
           "double": "double", "float": "double", "blob": "std::string"}


def cpp_type(shapes, service, name, reached):
    s = shapes[name]
    t = s["type"]
    if "enum" in s:
        return f"core::open_enum<{snake(name)}>"
    if t == "structure":
        reached.append(name)
        return snake(name)
    if t == "list":
        return f"std::vector<{cpp_type(shapes, service, s['member']['shape'], reached)}>"
    if t == "map":
        return f"core::string_map<{cpp_type(shapes, service, s['value']['shape'], reached)}>"
    if t == "timestamp":
        return "timestamp"  # ecs::timestamp (epoch seconds) or ec2::timestamp (ISO 8601)
    return SCALARS[t]


def struct(shapes, service, name, cpp, reached):
    s = shapes[name]
    required = set(s.get("required", []))
    lines, fields = [], []
    for member, spec in s["members"].items():
        t = cpp_type(shapes, service, spec["shape"], reached)
        field = snake(member)
        # A member named like its type must name the type qualified, or g++ says it "changes meaning".
        t = re.sub(r"(?<![:\w])" + re.escape(field) + r"\b", f"{service}::{field}", t)
        lines.append(f"    {t if member in required else f'std::optional<{t}>'} {field};")
        target = shapes[spec["shape"]]
        opts = [] if convert(field, CONVENTION[service]) == member else [f'.name = "{member}"']
        opts += [f".{k} = {target[k]}" for k in ("min", "max") if k in target]
        if "pattern" in target:
            opts.append('.pattern = "' + target["pattern"].replace("\\", "\\\\").replace('"', '\\"') + '"')
        fields.append(f"core::field<&T::{field}" + (", core::with{" + ", ".join(opts) + "}>" if opts else ">"))
    out = [f"/// botocore {service} `{name}`.", f"struct {cpp} : core::model {{", *lines,
           "    core::extra_members extra;", "", "    static constexpr auto fields() {", f"        using T = {cpp};",
           f"        return core::fields<core::{CONVENTION[service]},\n                            " +
           (",\n                            ".join(fields)) + ">();", "    }",
           f"    friend bool operator==(const {cpp}&, const {cpp}&) = default;", "};"]
    return "\n".join(out)


def main():
    args = [a for a in sys.argv[1:] if a != "--recursive"]
    if len(args) < 2:
        print(__doc__)
        return 2
    service, shape = args[0], args[1]
    cpp = args[2] if len(args) > 2 else snake(shape)
    shapes = load(service)["shapes"]
    if shapes[shape]["type"] != "structure":
        print(f"{shape} is a {shapes[shape]['type']}, not a structure", file=sys.stderr)
        return 1
    printed, blocks = set(), []

    def emit(name, cpp_name):
        if name in printed:
            return
        printed.add(name)
        reached = []
        text = struct(shapes, service, name, cpp_name, reached)
        if "--recursive" in sys.argv:
            for r in reached:
                emit(r, snake(r))
        blocks.append(text)

    emit(shape, cpp)
    print("\n\n".join(blocks))
    return 0


if __name__ == "__main__":
    sys.exit(main())
