#!/usr/bin/env python3
"""Draws the decode and encode ratios of one benchmark run as an SVG bar chart.

  chart.py SUMMARY.json OUT.svg [--instructions instructions.txt]

SUMMARY.json is what `awsmodel-bench --summary_out=` writes (run_benchmarks.py keeps it in
build/bench/benchmark-results/). Every decoder of a set (an operation whose name ends in
`_decode`) is drawn as its speed relative to `boost::json::parse` of the same bytes, every encoder
(`_encode`) relative to `boost::json::serialize`, so that a decoder added to the benchmark appears
with no change here. The goal (2x) is a dashed line. With --instructions, callgrind's counts of the
same operations are drawn beside the times as hatched bars: they do not depend on the load of the
shared machine that times are measured on.

SVG is written by hand so that a rerun needs nothing beyond Python.
"""
import argparse
import json
import sys
from xml.sax.saxutils import escape

GOAL = 2.0
PALETTE = ["#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2", "#7f7f7f", "#bcbd22",
           "#17becf"]


def ratios(summary, suffix, reference):
    """{set: {operation: reference time / operation time}} for the operations ending in suffix."""
    out = {}
    for s in summary["sets"]:
        ops = s["ops"]
        ref = ops.get(reference)
        if not ref or not ref["cpu_s"]:
            continue
        row = {name: ref["cpu_s"] / o["cpu_s"] for name, o in ops.items()
               if name.endswith(suffix) and name != reference and o["cpu_s"]}
        if row:
            out[s["name"]] = row
    return out


def instruction_ratios(path, suffix, reference):
    counts = {}
    with open(path) as f:
        for line in f:
            parts = line.split()
            if len(parts) == 3 and parts[2].replace(",", "").isdigit():
                counts.setdefault(parts[0], {})[parts[1]] = int(parts[2].replace(",", ""))
    out = {}
    for s, ops in counts.items():
        if reference in ops:
            row = {n: ops[reference] / c for n, c in ops.items() if n.endswith(suffix) and n != reference and c}
            if row:
                out[s] = row
    return out


def panel(title, timed, counted, y0, width, ops, colour, hatch):
    """One chart: a group of bars per set, a bar per operation; returns (svg parts, height)."""
    sets = list(timed)
    height, top, bottom, left = 300, 40, 70, 60
    plot_w, plot_h = width - left - 20, height - top - bottom
    peak = max([GOAL] + [v for row in timed.values() for v in row.values()] +
               [v for row in counted.values() for v in row.values()])
    peak = (int(peak * 2) + 1) / 2  # a half-unit above the tallest bar
    scale = plot_h / peak
    base = y0 + top + plot_h
    svg = [f'<text x="{left}" y="{y0 + 22}" font-size="15" font-weight="bold">{escape(title)}</text>']
    step = 0.5 if peak <= 4 else 1.0
    t = 0.0
    while t <= peak + 1e-9:  # grid and axis labels
        y = base - t * scale
        svg.append(f'<line x1="{left}" y1="{y:.1f}" x2="{left + plot_w}" y2="{y:.1f}" stroke="#ddd"/>')
        svg.append(f'<text x="{left - 6}" y="{y + 4:.1f}" font-size="11" text-anchor="end">{t:g}x</text>')
        t += step
    group_w = plot_w / max(1, len(sets))
    per_bar = 2 if counted else 1
    bar_w = min(28.0, (group_w * 0.8) / max(1, len(ops) * per_bar))
    for i, s in enumerate(sets):
        gx = left + i * group_w + (group_w - bar_w * len(ops) * per_bar) / 2
        for j, op in enumerate(ops):
            for k, source in enumerate([timed] + ([counted] if counted else [])):
                v = source.get(s, {}).get(op)
                if v is None:
                    continue
                x = gx + (j * per_bar + k) * bar_w
                h = v * scale
                fill = colour[op] if k == 0 else f"url(#hatch-{hatch[op]})"
                what = "CPU time" if k == 0 else "instructions"
                svg.append(f'<rect x="{x:.1f}" y="{base - h:.1f}" width="{bar_w - 1:.1f}" height="{h:.1f}" '
                           f'fill="{fill}" stroke="{colour[op]}"><title>{escape(s)} {escape(op)} ({what}): '
                           f'{v:.2f}x</title></rect>')
                svg.append(f'<text x="{x + bar_w / 2:.1f}" y="{base - h - 3:.1f}" font-size="9" '
                           f'text-anchor="middle">{v:.1f}</text>')
        label = s.replace("corpus_", "corpus ").replace("_", " ")
        svg.append(f'<text x="{left + (i + 0.5) * group_w:.1f}" y="{base + 16}" font-size="11" '
                   f'text-anchor="middle">{escape(label)}</text>')
    gy = base - GOAL * scale
    svg.append(f'<line x1="{left}" y1="{gy:.1f}" x2="{left + plot_w}" y2="{gy:.1f}" stroke="#c00" '
               f'stroke-dasharray="6 4" stroke-width="1.5"/>')
    svg.append(f'<text x="{left + plot_w}" y="{gy - 4:.1f}" font-size="11" fill="#c00" text-anchor="end">'
               f'goal {GOAL:g}x</text>')
    svg.append(f'<line x1="{left}" y1="{base}" x2="{left + plot_w}" y2="{base}" stroke="#000"/>')
    lx = left
    for op in ops:  # legend
        svg.append(f'<rect x="{lx}" y="{base + 32}" width="12" height="12" fill="{colour[op]}"/>')
        svg.append(f'<text x="{lx + 16}" y="{base + 42}" font-size="11">{escape(op)}</text>')
        lx += 24 + 7 * len(op)
    if counted:
        svg.append(f'<text x="{lx}" y="{base + 42}" font-size="11">(plain: CPU time; hatched: instructions)</text>')
    return svg, height


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("summary")
    ap.add_argument("output")
    ap.add_argument("--instructions")
    a = ap.parse_args()
    summary = json.load(open(a.summary))
    width = 960
    parts, y = [], 0
    all_ops = []
    panels = [("Decode: speed relative to boost::json::parse (higher is better)", "_decode", "boost_parse"),
              ("Encode: speed relative to boost::json::serialize (higher is better)", "_encode", "boost_serialize")]
    prepared = []
    for title, suffix, ref in panels:
        timed = ratios(summary, suffix, ref)
        counted = instruction_ratios(a.instructions, suffix, ref) if a.instructions else {}
        ops = sorted({op for row in timed.values() for op in row}, key=lambda o: (not o.startswith("awsmodel"), o))
        all_ops += [o for o in ops if o not in all_ops]
        prepared.append((title, timed, counted, ops))
    colour = {op: PALETTE[i % len(PALETTE)] for i, op in enumerate(all_ops)}
    hatches = [f'<pattern id="hatch-{i}" patternUnits="userSpaceOnUse" width="5" height="5" '
               f'patternTransform="rotate(45)"><rect width="5" height="5" fill="#fff"/>'
               f'<line x1="0" y1="0" x2="0" y2="5" stroke="{PALETTE[i % len(PALETTE)]}" stroke-width="3"/></pattern>'
               for i in range(len(all_ops))]
    for title, timed, counted, ops in prepared:
        if not timed:
            continue
        svg, h = panel(title, timed, counted, y, width, ops, colour, {op: all_ops.index(op) for op in all_ops})
        parts += svg
        y += h + 10
    out = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{y}" viewBox="0 0 {width} {y}" '
           f'font-family="sans-serif">', '<rect width="100%" height="100%" fill="#fff"/>',
           "<defs>" + "".join(hatches) + "</defs>"] + parts + ["</svg>"]
    with open(a.output, "w") as f:
        f.write("\n".join(out) + "\n")
    print(f"wrote {a.output}", file=sys.stderr)


if __name__ == "__main__":
    main()
