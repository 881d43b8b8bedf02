#!/usr/bin/env python3
"""The extern declarations of separate compilation agree with the list of top-level shapes.

include/awsmodel/shapes.hpp lists each header's shapes as a group, and AWSMODEL_SHAPE_HEADERS
names the header of each group. This checks, from the sources, that
- each group is declared extern (AWSMODEL_EXTERN_CODECS(group)) once, by the header the list names;
- no header declares extern a group the list does not name, or a single shape outside the list
  (a bare AWSMODEL_EXTERN_CODEC(T));
- each shape of a group is defined in its group's header (or a header of its directory that it includes);
- awsmodel/awsmodel.hpp, which src.hpp and for_each_top_level_shape use, includes every header.
The user TU of this directory round-trips every shape of the list, and the `symbols` test checks
with nm that it compiles none of their codecs: together, the list, src.hpp and the headers agree.
"""
import os, re, sys

root = sys.argv[1]
inc = os.path.join(root, "include")
shapes_hpp = open(os.path.join(inc, "awsmodel/shapes.hpp"), encoding="utf-8").read()
failures, passed = [], 0


def check(name, cond):
    global passed
    if cond:
        passed += 1
    else:
        failures.append(name)


def code(text):
    """The text without comments and preprocessor definitions."""
    text = re.sub(r"//[^\n]*|/\*.*?\*/", "", text, flags=re.S)
    return re.sub(r"^\s*#\s*define(?:[^\n]*\\\n)*[^\n]*", "", text, flags=re.M)


groups = {}
for m in re.finditer(r"^#define (AWSMODEL_SHAPES_[A-Z0-9_]+)\(X\)((?:[^\n]*\\\n)*[^\n]*)", shapes_hpp, re.M):
    groups[m.group(1)] = re.findall(r"X\((::awsmodel::[a-z0-9_:]+),", m.group(2))
headers = dict(re.findall(r"H\(X, (AWSMODEL_SHAPES_[A-Z0-9_]+), \"([^\"]+)\"\)", shapes_hpp))

check("shapes.hpp defines groups", bool(groups))
for g in groups:
    check(f"{g} is named in AWSMODEL_SHAPE_HEADERS", g in headers)
    check(f"{g} lists shapes", bool(groups[g]))
for g in headers:
    check(f"{g} of AWSMODEL_SHAPE_HEADERS is defined", g in groups)

declared = {}  # group -> headers that declare it extern
for dirpath, _, files in os.walk(os.path.join(inc, "awsmodel")):
    for f in files:
        if not f.endswith(".hpp"):
            continue
        path = os.path.join(dirpath, f)
        rel = os.path.relpath(path, inc)
        text = code(open(path, encoding="utf-8").read())
        for g in re.findall(r"\bAWSMODEL_EXTERN_CODECS\(\s*(\w+)\s*\)", text):
            declared.setdefault(g, []).append(rel)
        for t in re.findall(r"\bAWSMODEL_EXTERN_CODEC\(\s*([^)]*)\)", text):
            check(f"{rel} declares {t.strip()} extern outside the list: add it to awsmodel/shapes.hpp", False)

for g, where in sorted(declared.items()):
    check(f"{', '.join(where)} declare(s) {g} extern, which awsmodel/shapes.hpp does not list", g in groups)
for g, header in sorted(headers.items()):
    where = declared.get(g, [])
    check(f"{header} ends with AWSMODEL_EXTERN_CODECS({g}); (found in: {where or 'none'})", where == [header])
    path = os.path.join(inc, header)
    if not os.path.exists(path):
        check(f"{header} of {g} exists", False)
        continue
    text = code(open(path, encoding="utf-8").read())
    # The header defines its shapes, or is an aggregate of a model header and its rule headers
    # (ecs/task_definition.hpp includes ecs/task_definition_model.hpp): it or a header of the
    # same directory it includes defines them.
    own = os.path.dirname(header)
    for inner in re.findall(rf"#include <({re.escape(own)}/\w+\.hpp)>", text):
        text += code(open(os.path.join(inc, inner), encoding="utf-8").read())
    for t in groups.get(g, []):
        name = t.rsplit("::", 1)[1]
        # a struct, a class (ecs.config), or an alias of a map or one_of (the agent's /task/stats)
        defined = re.search(rf"\b(?:struct|class) {name}\b[^;]*\{{", text) or re.search(rf"\busing {name} =", text)
        check(f"{t} of {g} is defined in {header}", defined is not None)

umbrella = open(os.path.join(inc, "awsmodel/awsmodel.hpp"), encoding="utf-8").read()
for g, header in sorted(headers.items()):
    check(f"awsmodel/awsmodel.hpp includes <{header}>", f"#include <{header}>" in umbrella)

for f in failures:
    print("FAIL", f)
print(f"{passed} passed, {len(failures)} failed")
sys.exit(1 if failures else 0)
