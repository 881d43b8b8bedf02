#!/usr/bin/env python3
"""Prints a C++ enum and its wire-name table for a botocore enum shape.

  gen_enum.py SERVICE SHAPE CPP_NAME

Enumerator names are the wire strings in snake_case (`in-use` -> in_use, `ml.p3.2xlarge` ->
ml_p3_2xlarge); a C++ keyword gets a trailing underscore. Paste the output into the header
that owns the concept; the table is the one place the wire spellings live.
"""
import gzip, json, keyword, os, re, sys
import botocore

API = {"ecs": "ecs/2014-11-13", "ec2": "ec2/2016-11-15"}
CPP_KEYWORDS = {"default", "private", "public", "delete", "new", "auto", "register", "static", "volatile",
                "protected", "export", "int", "long", "short", "char", "float", "double", "bool", "true",
                "false", "this", "enum", "union", "struct", "class",
                # predefined macros in g++'s default GNU mode
                "linux", "unix"}


def load(service):
    base = os.path.join(os.path.dirname(botocore.__file__), "data", API[service], "service-2.json")
    opener = gzip.open if os.path.exists(base + ".gz") else open
    with opener(base + (".gz" if os.path.exists(base + ".gz") else "")) as f:
        return json.load(f)


def cpp_name(wire):
    n = re.sub(r"([a-z0-9])([A-Z])", r"\1_\2", wire)
    n = re.sub(r"[^A-Za-z0-9]+", "_", n).strip("_").lower()
    if n[0].isdigit():
        n = "_" + n
    if n in CPP_KEYWORDS or keyword.iskeyword(n):
        n += "_"
    return n


def main():
    service, shape, name = sys.argv[1:4]
    values = load(service)["shapes"][shape]["enum"]
    names = [cpp_name(v) for v in values]
    assert len(set(names)) == len(names), "enumerator names collide"
    print(f"/// botocore {service} `{shape}`.")
    print(f"enum class {name} {{ " + ", ".join(names) + " };")
    print(f"constexpr auto wire_names({name}) noexcept {{")
    print("    return std::to_array<std::string_view>({" + ", ".join(json.dumps(v) for v in values) + "});")
    print("}")


if __name__ == "__main__":
    main()
