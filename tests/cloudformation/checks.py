"""The counting of checks that tests/cloudformation's scripts share: `check(name, cond, detail)`
records a failure or a pass, `finish()` prints the failures and the closing line CTest reads
("N passed, N failed") and returns the exit status."""

failures, passed = [], 0


def check(name, cond, detail=""):
    global passed
    if cond:
        passed += 1
    else:
        failures.append(f"{name}: {detail}")


def finish(limit=None):
    for f in failures[:limit]:
        print("FAIL", f)
    print(f"{passed} passed, {len(failures)} failed")
    return 1 if failures else 0
