#!/usr/bin/env python3
"""Checks the structure of awsmodel's headers, which nothing else would catch until a user's
include order broke:

- each header begins with its own include guard (AWSMODEL_<PATH>_HPP) and ends with its #endif,
  so no header includes another before its guard (the trick that made rules depend on include
  order);
- headers under detail/ are machinery: they open no service namespace (domain data lives under
  ecs/, ec2/, ...);
- rules name pointers through the field tables (core::member<&T::m>, core::pointer(...)), not
  string literals: a literal "/Member" in a call that reports a finding, or in a rule's pointer
  helper, is listed.

Prints every problem and exits 1 when there is one.
"""
import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
INCLUDE = os.path.join(ROOT, "include")

DIRECTIVE = re.compile(r"^\s*#\s*(\w+)\s*(.*)$")
# A pointer literal: a string that starts with "/" and a letter ("/Iops", "/containerDefinitions/").
POINTER_LITERAL = re.compile(r'"/[A-Za-z][^"]*"')
# Where a pointer literal would be a finding's pointer: the checker's calls and the rules' path helpers.
REPORTING = re.compile(r"\b(?:c\.(?:error|warning|add)|k|at|path|pointer|cat)\s*\(")


def guard_of(relative):
    return "AWSMODEL_" + re.sub(r"[^A-Za-z0-9]", "_", relative[len("awsmodel/"):]).upper()


def strip_comment(line):
    # Good enough for this code base: no string holds "//" outside URLs in comments.
    in_string = False
    for i, ch in enumerate(line):
        if ch == '"' and (i == 0 or line[i - 1] != "\\"):
            in_string = not in_string
        elif not in_string and line.startswith("//", i):
            return line[:i]
    return line


def check(path, relative, problems, pointer_exempt):
    with open(path, encoding="utf-8") as f:
        lines = f.read().split("\n")
    directives = [(n, m.group(1), m.group(2).strip()) for n, line in enumerate(lines, 1)
                  if (m := DIRECTIVE.match(line))]
    guard = guard_of(relative)
    if len(directives) < 3 or directives[0][1:] != ("ifndef", guard) or directives[1][1:] != ("define", guard):
        first = directives[0] if directives else (0, "nothing", "")
        problems.append(f"{relative}:{first[0]}: the header must begin with '#ifndef {guard}' and '#define {guard}', "
                        f"found '#{first[1]} {first[2]}'")
    elif directives[-1][1] != "endif":
        problems.append(f"{relative}: the header must end with the #endif of its guard")
    if relative.startswith("awsmodel/detail/"):
        for n, line in enumerate(lines, 1):
            if re.match(r"\s*namespace\s+awsmodel::(?!core|detail)\w+", line):
                problems.append(f"{relative}:{n}: detail/ holds machinery only; this service namespace belongs "
                                f"under include/awsmodel/<service>/")
    if relative in pointer_exempt:
        return
    for n, line in enumerate(lines, 1):
        code = strip_comment(line)
        if REPORTING.search(code) and (m := POINTER_LITERAL.search(code)):
            problems.append(f"{relative}:{n}: pointer literal {m.group(0)}: name the member through its field "
                            f"table (core::member<&T::m>, core::pointer(...))")


def main():
    # Files whose "/..." literals are not pointers (SSM parameter names of the ECS-optimized AMIs).
    pointer_exempt = {"awsmodel/ec2/ami.hpp"}
    only_structure = "--structure-only" in sys.argv
    problems = []
    count = 0
    for directory, _, files in os.walk(os.path.join(INCLUDE, "awsmodel")):
        for name in sorted(files):
            if not name.endswith(".hpp"):
                continue
            path = os.path.join(directory, name)
            relative = os.path.relpath(path, INCLUDE).replace(os.sep, "/")
            count += 1
            check(path, relative, problems, pointer_exempt if not only_structure else {relative})
    for p in problems:
        print(p)
    print(f"check_headers: {count} headers, {len(problems)} problem(s)", file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
