#!/usr/bin/env python3
"""Keeps the field tables' botocore constraints equal to botocore's service models.

  sync_field_tables.py            rewrite every table: min, max and pattern from botocore, wire
                                  names only where the convention does not give them, AWS
                                  defaults taken from `@default VALUE` member comments
  sync_field_tables.py --check    change nothing; list every difference and exit 1 if any

A struct is matched to its botocore shape from the top-level shapes down its members
(tools/botocore_model.py). `.aws_default` and `.cfn` are the project's own and are kept.
"""
import os, re, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
try:
    import botocore_model as bm  # noqa: E402
except ImportError as e:  # botocore is on every machine of the project; elsewhere, say so
    print(f"skipped: {e}; install botocore to compare the field tables with it")
    sys.exit(77)

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ORDER = ("name", "min", "max", "pattern", "aws_default", "cfn")
DEFAULT_COMMENT = re.compile(r"(;\s*)?@default (\S+)(\s+\([^)]*\))?\s*$")
PROSE = {"the", "a", "an", "per", "one", "none", "any", "off", "on-demand"}


def literal(v):
    return '"' + v.replace("\\", "\\\\").replace('"', '\\"') + '"'


def render_field(prefix, member, opts):
    bits = [f".{k} = {literal(opts[k]) if isinstance(opts[k], str) else opts[k]}" for k in ORDER if k in opts]
    return f"core::field<&{prefix}::{member}" + (", core::with{" + ", ".join(bits) + "}>" if bits else ">")


def render_table(t, fields, indent):
    conv = t.convention or bm.CONVENTION[t.service]
    head = f"return core::fields<core::{conv},"
    pad = " " * (indent + len("return core::fields<"))
    lines = [render_field(t.prefix, m, o) for m, o in fields]
    return head + "\n" + ",\n".join(pad + l for l in lines) + ">();"


def wanted(t, shape, models):
    svc, shape_name = shape
    spec_of = models[svc]["shapes"][shape_name].get("members", {})
    out, notes = [], []
    for member, opts in t.fields:
        wire = t.wire_name(member, opts)
        new = {k: v for k, v in opts.items() if k in ("aws_default", "cfn")}
        conv = t.convention or bm.CONVENTION[t.service]
        if bm.convert(member, conv) != wire:
            new["name"] = wire
        if wire in spec_of:
            target = models[svc]["shapes"][spec_of[wire]["shape"]]
            for k in ("min", "max", "pattern"):
                if k in target:
                    new[k] = target[k]
        else:
            notes.append(f"{t.header}: {t.name}::{member} ({wire}) is not a member of botocore {svc} {shape_name}")
        out.append((member, new))
    return out, notes


def take_defaults(text, t, fields):
    """Moves `@default VALUE` from member comments into the table."""
    out = []
    for member, opts in fields:
        m = re.search(r"^(\s*[^\n;]*\b" + re.escape(member) + r";\s*///<)([^\n]*)$", t.body, re.M)
        if m and "aws_default" not in opts:
            d = DEFAULT_COMMENT.search(m.group(2))
            value = d.group(2).strip('"') if d else ""
            if d and value and value.lower() not in PROSE and not value.endswith(","):
                opts = {**opts, "aws_default": value}
                rest = m.group(2)[: d.start()] + (d.group(3) or "")
                if not d.group(1) and d.group(3):
                    rest = rest.rstrip()
                line = m.group(1) + rest if rest.strip() else m.group(1)[: m.group(1).rfind("///<")].rstrip()
                text = text.replace(m.group(0), line.rstrip(), 1)
        out.append((member, opts))
    return text, out


def main():
    check = "--check" in sys.argv
    tables = bm.parse_tables(ROOT)
    shapes = bm.shape_map(ROOT, tables)
    models = {s: bm.load(s) for s in bm.API}
    problems = []
    by_header = {}
    for key, t in tables.items():
        t.key = key
        by_header.setdefault(t.header, []).append(t)
    for header, ts in sorted(by_header.items()):
        path = os.path.join(ROOT, header)
        text = original = open(path, encoding="utf-8").read()
        for t in sorted(ts, key=lambda t: t.span[0], reverse=True):
            found = take_defaults(t.body, t, t.fields)[1]
            t.fields = found
            if t.key in bm.NOT_BOTOCORE:
                fields = [(m, o) for m, o in t.fields]
            elif t.key not in shapes:
                fields = [(m, o) for m, o in t.fields]
                problems.append(f"{header}: {t.name} is reached from no top-level shape; its constraints are not checked")
            else:
                fields, notes = wanted(t, shapes[t.key], models)
                problems += notes
                for (m, old), (_, new) in zip(t.fields, fields):
                    for k in ("min", "max", "pattern"):
                        if old.get(k) != new.get(k):
                            problems.append(f"{header}: {t.name}::{m} {k}: table {old.get(k)!r}, botocore {new.get(k)!r}")
            if check:
                continue
            start = text.rfind("\n", 0, t.span[0]) + 1
            indent = t.span[0] - start
            rendered = render_table(t, fields, indent)
            text = text[: t.span[0]] + rendered + text[t.span[1]:]
        if not check:
            # comments precede tables in the file: edit them after the tables, by text
            for t in ts:
                text, _ = take_defaults(text, t, [(m, {k: v for k, v in o.items() if k != "aws_default"}) for m, o in t.fields])
            if text != original:
                open(path, "w", encoding="utf-8").write(text)
    for p in problems:
        print(p)
    if check:
        if not shapes:
            print("sync_field_tables: no top-level shape found (include/awsmodel/shapes.hpp): nothing was compared")
            return 1
        # a table reached from no top-level shape would go unchecked: that is a difference too
        real = [p for p in problems if " table " in p or "not a member" in p or "reached from no" in p]
        print(f"sync_field_tables: {len(real)} difference(s) from botocore")
        return 1 if real else 0
    return 0


if __name__ == "__main__":
    sys.exit(main())
