#!/usr/bin/env python3
"""Runs every benchmark of issue 5 and writes the results table into docs/performance.md.

  run_benchmarks.py [--build DIR] [--repetitions N] [--min-time S] [--no-build] [--callgrind]
                    [--quick] [--output docs/performance.md]

Builds the benchmark targets (preset `bench`, Release, -O2 for the benchmark code), then runs
  awsmodel-bench         timed decode/encode/validate, medians of interleaved repetitions
  awsmodel-bench-memory  bytes held by decoded values, peak RSS
  compile_time.sh        compile CPU time of the two TUs of the goal, binary sizes
  callgrind.sh           (--callgrind) instruction counts: the load-independent ratios
  chart.py               docs/performance-ratios.svg, the decode and encode ratios drawn
and replaces the part of the Markdown file between the markers
<!-- results:begin --> and <!-- results:end --> (the analysis around it is kept).
"""
import argparse
import datetime
import json
import os
import platform
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", ".."))
BEGIN, END = "<!-- results:begin -->", "<!-- results:end -->"


def run(cmd, **kw):
    print("+", " ".join(cmd), file=sys.stderr, flush=True)
    return subprocess.run(cmd, check=True, text=True, **kw)


def load_average():
    with open("/proc/loadavg") as f:
        return " ".join(f.read().split()[:3])


def machine():
    model = "unknown CPU"
    with open("/proc/cpuinfo") as f:
        for line in f:
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    mem = ""
    with open("/proc/meminfo") as f:
        for line in f:
            if line.startswith("MemTotal"):
                mem = f"{int(line.split()[1]) // 1024 // 1024} GiB RAM"
    cxx = subprocess.run(["g++", "--version"], capture_output=True, text=True).stdout.splitlines()[0]
    return f"{model}, {os.cpu_count()} cores, {mem}, Linux {platform.release()}", cxx


def package_version(name):
    out = subprocess.run(["dpkg-query", "-W", "-f", "${Version}", name], capture_output=True, text=True)
    return out.stdout.strip() or "?"


def fmt_ratio(g):
    mark = "met" if g["met"] else "**not met**"
    op = ">=" if g["at_least"] else "<="
    return f"{g['ratio']:.2f} ({op} {g['bound']:g}: {mark})"


def timed_table(summary):
    rows = ["| set | documents | MB | operation | median ms (CPU) | MB/s | x Boost.JSON |",
            "|---|---:|---:|---|---:|---:|---:|"]
    for s in summary["sets"]:
        ops = s["ops"]
        for name, o in ops.items():
            ref = ops.get("boost_serialize" if name.endswith(("serialize", "encode")) else "boost_parse")
            ratio = ref["cpu_s"] / o["cpu_s"] if ref and o["cpu_s"] else 0
            rows.append(f"| {s['name']} | {s['documents']} | {s['bytes'] / 1e6:.2f} | {name} | {o['cpu_s'] * 1e3:.3f} | "
                        f"{s['bytes'] / o['cpu_s'] / 1e6:.0f} | {ratio:.2f} |")
    return "\n".join(rows)


def goals_table(summary, callgrind):
    names = [g["goal"] for g in summary["sets"][0]["goals"]]
    rows = ["| set | " + " | ".join(names) + " |", "|---|" + "---|" * len(names)]
    for s in summary["sets"]:
        by = {g["goal"]: g for g in s["goals"]}
        rows.append(f"| {s['name']} (time) | " + " | ".join(fmt_ratio(by[n]) if n in by else "" for n in names) + " |")
        if s["name"] in callgrind:
            c = callgrind[s["name"]]
            rows.append(f"| {s['name']} (instructions) | " + " | ".join(c.get(n, "") for n in names) + " |")
    return "\n".join(rows)


def parse_callgrind(path):
    """instructions.txt lines "SET OP IR" -> {set: {goal name: text}}"""
    ir = {}
    with open(path) as f:
        for line in f:
            parts = line.split()
            if len(parts) == 3 and parts[2].replace(",", "").isdigit():
                ir.setdefault(parts[0], {})[parts[1]] = int(parts[2].replace(",", ""))
    out = {}
    for s, v in ir.items():
        if "awsmodel_decode_validate" in v and "awsmodel_decode" in v:
            x = (v["awsmodel_decode_validate"] - v["awsmodel_decode"]) / v["awsmodel_decode"]
            v_share = f"{x:.2f} ({'met' if x <= 0.25 else '**not met**'})"
        else:
            v_share = ""
        def r(a, b, bound, at_least):
            if a not in v or b not in v:
                return ""
            x = v[b] / v[a] if at_least else v[a] / v[b]
            ok = x >= bound if at_least else x <= bound
            return f"{x:.2f} ({'met' if ok else '**not met**'})"
        out[s] = {
            "decode vs boost::json::parse": r("awsmodel_decode", "boost_parse", 2, True),
            "encode vs boost::json::serialize": r("awsmodel_encode", "boost_serialize", 2, True),
            "validate / decode, per document": v_share,
            "validate / decode, whole set": r("awsmodel_validate", "awsmodel_decode", 0.25, False),
            "decode vs nlohmann hand mapping": r("awsmodel_decode", "nlohmann_decode", 6, True),
            "encode vs nlohmann hand mapping": r("awsmodel_encode", "nlohmann_encode", 6, True),
        }
    return out, ir


def memory_table(text):
    rows = ["| set | decoder | JSON bytes | bytes held | heap blocks | x JSON bytes | peak RSS KiB | RSS at start KiB |",
            "|---|---|---:|---:|---:|---:|---:|---:|"]
    for line in text.splitlines()[1:]:
        p = line.split()
        if len(p) >= 8:
            x = float(p[5])
            mark = "" if p[1] != "awsmodel_decode" else (" (met)" if x <= 2 else " (**not met**)")
            rows.append(f"| {p[0]} | {p[1]} | {p[2]} | {p[3]} | {p[4]} | {x:.2f}{mark} | {p[7]} | {p[6]} |")
    return "\n".join(rows)


def compile_table(ct):
    t = ct["tus"]
    rows = ["| TU | compile CPU s (g++ -O2) | executable bytes | stripped bytes | goal |", "|---|---:|---:|---:|---|"]
    sep = ct.get("ratio_separate")

    def ratio_goal(r):
        return f"<= 3x reference: {r:.2f}x ({'met' if r <= 3 else '**not met**'})"
    goal = {"boost_parse_only": "reference",
            "task_definition_roundtrip": "header-only: " + ratio_goal(ct["ratio"]),
            "task_definition_roundtrip_separate": "AWSMODEL_SEPARATE_COMPILATION: " + ratio_goal(sep) if sep else "",
            "value_types_only": f"< 1 s ({'met' if t['value_types_only']['cpu_s'] < 1 else '**not met**'})",
            "separate_codec_src": "once per program: `#include <awsmodel/src.hpp>`, all 20 top-level shapes (object file)"}
    for name, v in t.items():
        stripped = v["stripped_bytes"] if v["stripped_bytes"] is not None else "-"
        source = "task_definition_roundtrip.cpp -DAWSMODEL_SEPARATE_COMPILATION" \
            if name == "task_definition_roundtrip_separate" else f"{name}.cpp"
        rows.append(f"| {source} | {v['cpu_s']:.2f} | {v['binary_bytes']} | {stripped} | {goal[name]} |")
    return "\n".join(rows)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--build", default=os.path.join(ROOT, "build", "bench"))
    ap.add_argument("--repetitions", type=int, default=7)
    ap.add_argument("--min-time", default="0.5")
    ap.add_argument("--no-build", action="store_true")
    ap.add_argument("--callgrind", action="store_true")
    ap.add_argument("--quick", action="store_true", help="3 repetitions, 0.1 s, smaller sets: to try the scripts")
    ap.add_argument("--output", default=os.path.join(ROOT, "docs", "performance.md"))
    a = ap.parse_args()
    if a.quick:
        a.repetitions, a.min_time = 3, "0.1"

    if not a.no_build:
        run(["cmake", "-S", ROOT, "-B", a.build, "-DCMAKE_BUILD_TYPE=Release", "-DAWSMODEL_BUILD_BENCHMARKS=ON",
             "-DAWSMODEL_BUILD_TESTS=OFF", "-DAWSMODEL_BUILD_EXAMPLES=OFF", "-DAWSMODEL_INSTALL=OFF"],
            stdout=subprocess.DEVNULL)
        run(["cmake", "--build", a.build, "-j2", "--target", "awsmodel-bench", "awsmodel-bench-memory",
             "awsmodel-bench-ops"])
    bindir = os.path.join(a.build, "benchmarks")
    results = os.path.join(a.build, "benchmark-results")
    os.makedirs(results, exist_ok=True)
    load_before = load_average()
    started = datetime.datetime.now(datetime.timezone.utc)

    sizes = ["--task_definitions=400", "--volume_pages=100", "--instance_pages=60"] if a.quick else []
    summary_path = os.path.join(results, "summary.json")
    run([os.path.join(bindir, "awsmodel-bench"), f"--benchmark_repetitions={a.repetitions}",
         "--benchmark_enable_random_interleaving=true", f"--benchmark_min_time={a.min_time}",
         "--benchmark_report_aggregates_only=false", f"--summary_out={summary_path}",
         f"--benchmark_out={os.path.join(results, 'google-benchmark.json')}", "--benchmark_out_format=json", *sizes],
        stdout=open(os.path.join(results, "bench.txt"), "w"))
    load_after = load_average()
    summary = json.load(open(summary_path))

    mem = run([os.path.join(bindir, "awsmodel-bench-memory")] + (["400", "100", "60"] if a.quick else []),
              capture_output=True).stdout
    ct_path = os.path.join(results, "compile_time.json")
    run([os.path.join(ROOT, "benchmarks", "compile_time.sh"), "--json", ct_path, "--runs", "1" if a.quick else "5"],
        stdout=subprocess.DEVNULL)
    ct = json.load(open(ct_path))

    callgrind, ir = {}, {}
    if a.callgrind:
        cg = os.path.join(results, "callgrind")
        run([os.path.join(ROOT, "benchmarks", "scripts", "callgrind.sh"), a.build, cg,
             "task_definitions", "corpus_task_definitions", "volume_pages", "instance_pages"], stdout=subprocess.DEVNULL)
        callgrind, ir = parse_callgrind(os.path.join(cg, "instructions.txt"))

    # The chart beside the tables, drawn from this run's figures so that a rerun redraws it.
    chart = os.path.join(os.path.dirname(os.path.abspath(a.output)), "performance-ratios.svg")
    run([sys.executable, os.path.join(HERE, "chart.py"), summary_path, chart] +
        (["--instructions", os.path.join(results, "callgrind", "instructions.txt")] if a.callgrind else []))

    mach, cxx = machine()
    md = [BEGIN, "",
          f"Run of {started:%Y-%m-%d %H:%M} UTC by `benchmarks/scripts/run_benchmarks.py`"
          f"{' --quick' if a.quick else ''}{' --callgrind' if a.callgrind else ''}.",
          "",
          f"- Machine: {mach}; load average {load_before} before the timed run, {load_after} after "
          "(the machine is shared: other sessions were compiling).",
          f"- Compiler: {cxx}; benchmark code `-O2 -g` on CMake's Release (`-O3 -DNDEBUG`, the later `-O2` wins); "
          "`-std=c++20`.",
          f"- Libraries: Boost {package_version('libboost-json1.81-dev')} (Boost.JSON compiled library, default "
          f"allocator), nlohmann-json {package_version('nlohmann-json3-dev')}, Google Benchmark "
          f"{package_version('libbenchmark-dev')}.",
          f"- Timing: {a.repetitions} repetitions per benchmark, `--benchmark_enable_random_interleaving`, "
          f"min time {a.min_time} s each; medians of CPU time per pass over the whole set; MB/s are bytes of "
          "input JSON (for encoders: of the documents that were decoded) per CPU second.",
          "", "### Goals", "",
          "Ratios are reference time / awsmodel time (higher is better), except validate, which is "
          "validate time / decode time (lower is better): *per document* validates each document right after "
          "decoding it (decode+validate minus decode), *whole set* walks all the values of the set decoded "
          "beforehand (out of cache for the large sets). `(time)` rows are medians of this run; "
          "`(instructions)` rows are callgrind instruction counts (`scripts/callgrind.sh`, smaller generated sets), "
          "which do not depend on the load.", "",
          goals_table(summary, callgrind), "",
          f"![Decode and encode speed of each decoder and encoder relative to Boost.JSON, per set]"
          f"({os.path.basename(chart)})", "",
          "### Throughput", "", timed_table(summary), "",
          f"Peak RSS of the benchmark process (all sets loaded, generated and decoded): "
          f"{summary['peak_rss_kib'] / 1024:.0f} MiB.", "",
          "### Memory of decoded values", "",
          "Every heap block counted at its usable size while all documents of a set are decoded and held "
          "(`awsmodel-bench-memory`); goal: awsmodel's values take at most 2x the JSON bytes. Each measurement "
          "runs in a child process: its peak RSS includes what it inherited from the parent at the start "
          "(every set generated and loaded), so only the growth above that start is the decoder's.", "",
          memory_table(mem), "",
          "### Compile time and binary size", "",
          f"`benchmarks/compile_time.sh`: {ct['compiler']}, `{ct['flags'].replace(ROOT, '.')}`, "
          f"{ct['runs']} interleaved rounds, medians of user + system CPU seconds of `g++ -c`; ratios are "
          "medians of each round's ratio.", "",
          compile_table(ct), "", END]
    if ir:
        md[-1:-1] = ["### Instruction counts", "", "| set | operation | instructions |", "|---|---|---:|"] + [
            f"| {s} | {op} | {n:,} |" for s, v in ir.items() for op, n in v.items()] + [""]
    block = "\n".join(md)

    text = open(a.output).read() if os.path.exists(a.output) else f"# Performance\n\n{BEGIN}\n{END}\n"
    if BEGIN in text and END in text:
        text = text[:text.index(BEGIN)] + block + text[text.index(END) + len(END):]
    else:
        text += "\n" + block + "\n"
    with open(a.output, "w") as f:
        f.write(text)
    print(f"wrote {a.output}", file=sys.stderr)


if __name__ == "__main__":
    main()
