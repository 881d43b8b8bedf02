#!/usr/bin/env python3
"""Every public header compiles on its own: a TU that includes only it, checked for syntax.

  headers_self_contained.py --jobs N --include-root DIR -- COMPILER FLAGS... -- HEADER...

Each HEADER (a path under --include-root) is included by a TU of one line, `#include <that
path>`, given to `COMPILER FLAGS... -fsyntax-only -x c++ -`. Syntax only, because what a missing
#include breaks is found there: CMake's VERIFY_INTERFACE_HEADER_SETS, which this replaces, also
optimised and wrote an object file per header, a sixth more of CI's time for nothing checked.
Prints each header that fails with the compiler's messages, and exits 1 if any did.
"""
import argparse
import concurrent.futures
import os
import subprocess
import sys


def main():
    argv = sys.argv[1:]
    if argv.count("--") != 2:
        sys.exit("usage: headers_self_contained.py [--jobs N] --include-root DIR -- COMPILER FLAGS... -- HEADER...")
    first = argv.index("--")
    second = argv.index("--", first + 1)
    ap = argparse.ArgumentParser()
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    ap.add_argument("--include-root", required=True)
    a = ap.parse_args(argv[:first])
    command = argv[first + 1:second] + ["-fsyntax-only", "-x", "c++", "-"]
    root = os.path.abspath(a.include_root)
    headers = sorted({os.path.relpath(os.path.abspath(h), root) for h in argv[second + 1:]})
    if not headers:
        sys.exit("no headers given")

    def check(header):
        r = subprocess.run(command, input=f"#include <{header}>\n", text=True, capture_output=True)
        return header, r.returncode, r.stderr

    failed = 0
    with concurrent.futures.ThreadPoolExecutor(max_workers=max(1, a.jobs)) as pool:
        for header, rc, err in pool.map(check, headers):
            if rc != 0:
                failed += 1
                print(f"{header} does not compile on its own:\n{err}")
    print(f"{len(headers)} headers, {failed} not self-contained")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
