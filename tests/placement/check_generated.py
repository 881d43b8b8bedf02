#!/usr/bin/env python3
"""tests/data/placement holds exactly what make_scenarios.py writes (run it after editing a scenario)."""
import filecmp
import os
import subprocess
import sys
import tempfile

root = sys.argv[1]
data = os.path.join(root, "tests", "data", "placement")
with tempfile.TemporaryDirectory() as tmp:
    subprocess.run([sys.executable, os.path.join(root, "tests", "placement", "make_scenarios.py"), tmp],
                   check=True, capture_output=True)
    want, have = sorted(os.listdir(tmp)), sorted(os.listdir(data))
    problems = [f"{f}: written by make_scenarios.py, absent from tests/data/placement" for f in set(want) - set(have)]
    problems += [f"{f}: in tests/data/placement, not written by make_scenarios.py" for f in set(have) - set(want)]
    problems += [f"{f}: differs from what make_scenarios.py writes" for f in sorted(set(want) & set(have))
                 if not filecmp.cmp(os.path.join(tmp, f), os.path.join(data, f), shallow=False)]
for p in problems:
    print("FAIL", p)
print(f"{len(want)} files, {len(problems)} problem(s)")
sys.exit(1 if problems else 0)
