#!/usr/bin/env python3
"""Runs a test command that needs ../shared beside the checkout.

  needs_shared.py PATH... -- COMMAND [ARG...]

When every PATH exists, runs COMMAND and exits with its status. When one is absent, exits 77,
which CTest reports as skipped (SKIP_RETURN_CODE 77), saying which one; with CI=true the absence
is a failure instead (exit 1), since CI must never skip these tests.
"""
import os, subprocess, sys

SKIPPED = 77


def main():
    if "--" not in sys.argv[1:]:
        sys.exit(__doc__)
    split = sys.argv.index("--")
    paths, command = sys.argv[1:split], sys.argv[split + 1:]
    root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    for path in paths:
        if os.path.exists(path):
            continue
        where = os.path.normpath(os.path.abspath(path))
        name = os.path.relpath(where, root)
        if os.environ.get("CI") == "true":
            print(f"FAIL: {name} ({where}) is absent and CI=true: CI must run this test; "
                  "clone the repository beside shared/")
            return 1
        print(f"skipped: {name} ({where}) is absent; this test needs it (CI=true makes its absence a failure)")
        return SKIPPED
    sys.stdout.flush()
    return subprocess.run(command).returncode


if __name__ == "__main__":
    sys.exit(main())
