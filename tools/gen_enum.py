#!/usr/bin/env python3
"""Prints a C++ enum and its wire-name table for a botocore enum shape.

  gen_enum.py SERVICE SHAPE CPP_NAME

Enumerator names are the wire strings in snake_case (`in-use` -> in_use, `ml.p3.2xlarge` ->
ml_p3_2xlarge); a C++ keyword gets a trailing underscore. Paste the output into the header
that owns the concept; the table is the one place the wire spellings live.
"""
import json, keyword, os, re, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from botocore_model import CPP_KEYWORDS, load  # noqa: E402


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
