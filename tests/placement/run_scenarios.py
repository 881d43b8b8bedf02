#!/usr/bin/env python3
"""Runs every placement scenario of a directory through the command line and checks its outcome.

    run_scenarios.py AWSMODEL_CLI DIR

For each NAME.json with a NAME.expected.json (tests/placement/make_scenarios.py writes both; the
expectations are written by hand there): `awsmodel place NAME.json` must exit as expected; an
exit 0 must print a RunTaskResponse whose tasks went where expected (the instance's short name, or
one of several when the documentation leaves a tie open), every task PROVISIONING with the group and
task definition, and exactly the expected failures; an exit 2 must name the expected rule ids on
standard error. Every scenario also runs twice (the output must be the same: the seed fixes it) and
with --explain (standard error holds one explanation entry per instance). `capacity` expectations
run `awsmodel capacity`.
"""
import collections
import json
import os
import subprocess
import sys

cli, folder = sys.argv[1], sys.argv[2]
failures = []
checked = 0


def fail(name, why):
    failures.append(f"{name}: {why}")


def short(arn):
    return arn.rsplit("/", 1)[-1] if arn else None


def run(*args):
    return subprocess.run([cli, *args], capture_output=True, text=True)


def check_place(name, path, scenario, want):
    r = run("place", path)
    if r.returncode != want["exit"]:
        fail(name, f"exit {r.returncode}, expected {want['exit']}; stderr: {r.stderr[:500]}")
        return
    if want["exit"] == 2:
        for rule in want.get("rules", []):
            if rule not in r.stderr:
                fail(name, f"stderr does not name {rule}: {r.stderr[:500]}")
        if r.stdout.strip():
            fail(name, "an invalid scenario printed a response")
        return
    again = run("place", path)
    if again.stdout != r.stdout:
        fail(name, "two runs gave different responses")
    out = json.loads(r.stdout)
    tasks, got_failures = out.get("tasks", []), out.get("failures", [])
    placed = [short(t.get("containerInstanceArn")) for t in tasks]
    expected = want["placements"]
    if len(placed) != len(expected):
        fail(name, f"placed {placed}, expected {expected}")
    for i, (p, e) in enumerate(zip(placed, expected)):
        if p not in (e if isinstance(e, list) else [e]):
            fail(name, f"task {i} went to {p}, expected {e} (all: {placed})")
    group = want.get("group")
    for t in tasks:
        if t.get("lastStatus") != "PROVISIONING":
            fail(name, f"lastStatus {t.get('lastStatus')}")
        if group and t.get("group") != group:
            fail(name, f"group {t.get('group')}, expected {group}")
        if "taskDefinitionArn" in want and not t.get("taskDefinitionArn", "").endswith(want["taskDefinitionArn"]):
            fail(name, f"taskDefinitionArn {t.get('taskDefinitionArn')}")
    if "gpuIds" in want:
        got = [sorted(g for c in t.get("containers", []) for g in c.get("gpuIds", [])) for t in tasks]
        if got != want["gpuIds"]:
            fail(name, f"gpuIds {got}, expected {want['gpuIds']}")
    n = want.get("distinct_first")
    if n and len(set(placed[:n])) != n:
        fail(name, f"the first {n} tasks are not on {n} different instances: {placed}")
    if "distinct_buckets" in want:
        attr = want["distinct_buckets"]
        value = {short(ci["containerInstanceArn"]): next((a.get("value") for a in ci.get("attributes", [])
                                                         if a["name"] == attr), None)
                 for ci in scenario["containerInstances"]}
        if len({value[p] for p in placed}) != len(placed):
            fail(name, f"tasks share a bucket of {attr}: {placed}")
    if "per_zone" in want:
        zone = {short(ci["containerInstanceArn"]): next(a.get("value") for a in ci["attributes"]
                                                       if a["name"] == "ecs.availability-zone")
                for ci in scenario["containerInstances"]}
        counts = collections.Counter(zone[p] for p in placed)
        if dict(counts) != want["per_zone"]:
            fail(name, f"tasks per zone {dict(counts)}, expected {want['per_zone']}")
    got = collections.Counter((short(f.get("arn")), f.get("reason")) for f in got_failures)
    exp = collections.Counter((a, b) for a, b in want["failures"])
    if got != exp:
        fail(name, f"failures {sorted(got.items(), key=str)}, expected {sorted(exp.items(), key=str)}")
    for f in got_failures:
        if f.get("reason") == "MISSING" and f.get("detail") != "No Container Instances were found in your cluster.":
            fail(name, f"MISSING detail {f.get('detail')!r}")
    x = run("place", path, "--explain")
    if x.returncode != 0 or x.stdout != r.stdout:
        fail(name, "--explain changed the response or the exit status")
    else:
        try:
            explanation = json.loads(x.stderr.strip().splitlines()[-1])
            if len(explanation["instances"]) != len(scenario["containerInstances"]):
                fail(name, "the explanation does not list every instance")
            if sum(i["tasksPlaced"] for i in explanation["instances"]) != len(tasks):
                fail(name, "the explanation's tasksPlaced do not add up to the tasks")
        except (ValueError, KeyError, IndexError) as e:
            fail(name, f"--explain printed no explanation ({e}): {x.stderr[:300]}")


def check_capacity(name, path, want):
    r = run("capacity", path)
    if r.returncode != 0:
        fail(name, f"capacity exit {r.returncode}: {r.stderr[:300]}")
        return
    out = json.loads(r.stdout)
    if out.get("total") != want["total"]:
        fail(name, f"capacity total {out.get('total')}, expected {want['total']}")
    fits = {short(i["containerInstanceArn"]): i.get("fits") for i in out["instances"]}
    if fits != want["fits"]:
        fail(name, f"capacity per instance {fits}, expected {want['fits']}")
    limits = {short(i["containerInstanceArn"]): i.get("limitedBy") for i in out["instances"]}
    if limits != want["limitedBy"]:
        fail(name, f"capacity limits {limits}, expected {want['limitedBy']}")


names = sorted(f[:-len(".expected.json")] for f in os.listdir(folder) if f.endswith(".expected.json"))
for name in names:
    path = os.path.join(folder, name + ".json")
    with open(path, encoding="utf-8") as f:
        scenario = json.load(f)
    with open(os.path.join(folder, name + ".expected.json"), encoding="utf-8") as f:
        want = json.load(f)
    check_place(name, path, scenario, want)
    if "capacity" in want:
        check_capacity(name, path, want["capacity"])
    checked += 1

# The command line's contract beyond the scenarios: unreadable, undecodable or misused input exits 2
# with a message on standard error and nothing on standard output.
import tempfile
with tempfile.TemporaryDirectory() as tmp:
    broken = os.path.join(tmp, "broken.json")
    with open(broken, "w") as f:
        f.write('{"containerInstances": [], "taskDefinitions": [], "runTask": {"taskDefinition": "web"}, "bogus": 1}')
    truncated = os.path.join(tmp, "truncated.json")
    with open(truncated, "w") as f:
        f.write("{")
    for label, args, says in [
        ("an unknown member", ("place", broken), "COMMON-001"),
        ("a truncated file", ("capacity", truncated), "AWSMODEL-SYNTAX"),
        ("a missing file", ("place", os.path.join(tmp, "absent.json")), "cannot read"),
        ("no file", ("place",), "usage"),
        ("an unknown option", ("place", broken, "--explian"), "unknown option"),
    ]:
        r = run(*args)
        if r.returncode != 2 or r.stdout or says not in r.stderr:
            fail(label, f"exit {r.returncode}, stdout {r.stdout[:80]!r}, stderr {r.stderr[:200]!r}")
        checked += 1

for f in failures:
    print("FAIL", f)
print(f"{checked} scenarios and command-line cases, {len(failures)} failure(s)")
sys.exit(1 if failures or not checked else 0)
