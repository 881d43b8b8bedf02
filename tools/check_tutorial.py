#!/usr/bin/env python3
"""Checks that every code snippet docs/tutorial.md quotes from an example is, character for
character, the region of that example it names, so the tutorial never shows code that does not
compile.

A quoted snippet is a fenced code block right after a marker line:

    <!-- snippet: examples/fargate_web_service.cpp [fargate-size] -->
    ```cpp
    ...the lines between the two `// [fargate-size]` lines, with their common indentation removed...
    ```

Usage: check_tutorial.py docs/tutorial.md          exit 0 when every snippet matches, 1 otherwise
       check_tutorial.py --update docs/tutorial.md  rewrites the snippets from the examples
"""
import pathlib
import re
import sys

MARKER = re.compile(r"^<!-- snippet: (?P<file>\S+) \[(?P<region>[A-Za-z0-9_-]+)\] -->$")
FENCE = re.compile(r"^```")


def region(path: pathlib.Path, name: str):
    """The lines between the two `// [name]` lines of `path`, dedented; an error string otherwise."""
    if not path.is_file():
        return None, f"{path} does not exist"
    lines = path.read_text(encoding="utf-8").splitlines()
    tag = f"// [{name}]"
    marks = [i for i, line in enumerate(lines) if line.strip() == tag]
    if len(marks) != 2:
        return None, f"{path} has {len(marks)} '{tag}' lines; a region is between exactly two"
    body = lines[marks[0] + 1 : marks[1]]
    indents = [len(line) - len(line.lstrip(" ")) for line in body if line.strip()]
    cut = min(indents, default=0)
    return [line[cut:] if line.strip() else "" for line in body], None


def main(argv):
    update = "--update" in argv
    args = [a for a in argv if a != "--update"]
    if len(args) != 1:
        print(__doc__.strip().splitlines()[-2].strip(), file=sys.stderr)
        return 2
    doc = pathlib.Path(args[0])
    root = doc.resolve().parent.parent
    lines = doc.read_text(encoding="utf-8").splitlines()
    out, problems, checked = [], [], 0
    i = 0
    while i < len(lines):
        m = MARKER.match(lines[i])
        out.append(lines[i])
        i += 1
        if not m:
            continue
        where = f"{doc}:{i}"
        if i >= len(lines) or not FENCE.match(lines[i]):
            problems.append(f"{where}: the snippet marker is not followed by a ``` code block")
            continue
        out.append(lines[i])
        start = i + 1
        end = start
        while end < len(lines) and not FENCE.match(lines[end]):
            end += 1
        if end == len(lines):
            problems.append(f"{where}: the code block is not closed")
            break
        quoted = lines[start:end]
        expected, error = region(root / m["file"], m["region"])
        checked += 1
        if error:
            problems.append(f"{where}: {error}")
            out.extend(quoted)
        elif quoted != expected:
            if update:
                out.extend(expected)
            else:
                first = next((k for k, (a, b) in enumerate(zip(quoted, expected)) if a != b),
                             min(len(quoted), len(expected)))
                problems.append(f"{where}: the snippet differs from {m['file']} [{m['region']}] at its line {first + 1}:"
                                f"\n  tutorial: {quoted[first] if first < len(quoted) else '(ends)'}"
                                f"\n  example:  {expected[first] if first < len(expected) else '(ends)'}")
                out.extend(quoted)
        else:
            out.extend(quoted)
        out.append(lines[end])
        i = end + 1
    if checked == 0:
        problems.append(f"{doc}: quotes no snippet (expected '<!-- snippet: FILE [REGION] -->' lines)")
    if update and not any("differs" in p for p in problems):
        doc.write_text("\n".join(out) + "\n", encoding="utf-8")
    for p in problems:
        print(p)
    if problems:
        return 1
    print(f"{checked} snippets of {doc} match their examples")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
