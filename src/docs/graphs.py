#!/usr/bin/env python3
"""The stacks' diagrams in a Markdown page, drawn by `tropo4j graph` from the stacks themselves.

    graphs.py [--check] PAGE -- COMMAND...

Between each pair of lines `<!-- graph NAME -->` and `<!-- end graph -->` of PAGE goes a ```mermaid
block: the output of COMMAND NAME (make passes the tool's `graph` command with the catalog's sources).
With --check nothing is written: the page must already hold what the stacks draw now, or this says which
diagram is stale and exits 1, as `make check-output` does for output/.
"""
import re
import subprocess
import sys

# A block ends at the first end marker, and never runs into the next graph's start (an end marker missing).
MARKER = re.compile(r"(<!-- graph ([a-z0-9-]+) -->\n)((?:(?!<!-- graph )[\s\S])*?)(<!-- end graph -->)")


def main(argv):
    check = argv[:1] == ["--check"]
    if check:
        argv = argv[1:]
    if len(argv) < 3 or argv[1] != "--":
        print(__doc__.strip().splitlines()[2].strip(), file=sys.stderr)
        return 2
    page, command = argv[0], argv[2:]
    with open(page, encoding="utf-8") as f:
        text = f.read()
    stale = []

    def draw(match):
        name = match.group(2)
        run = subprocess.run(command + [name], capture_output=True, text=True)
        if run.returncode != 0:
            raise SystemExit(f"graphs: {' '.join(command + [name])} failed:\n{run.stderr}")
        block = "```mermaid\n" + run.stdout + "```\n"
        if match.group(3) != block:
            stale.append(name)
        return match.group(1) + block + match.group(4)

    starts = len(re.findall(r"<!-- graph [a-z0-9-]+ -->", text))
    drawn, count = MARKER.subn(draw, text)
    if count != starts:
        print(f"graphs: {page}: {starts - count} <!-- graph NAME --> markers without their <!-- end graph -->",
              file=sys.stderr)
        return 1
    if count == 0:
        print(f"graphs: no <!-- graph NAME --> markers in {page}", file=sys.stderr)
        return 1
    if check:
        if stale:
            print(f"graphs: {page}: the diagrams of {', '.join(stale)} are not what the stacks draw now: "
                  "run 'make graphs' and commit it", file=sys.stderr)
            return 1
        return 0
    if drawn != text:
        with open(page, "w", encoding="utf-8") as f:
            f.write(drawn)
    print(f"graphs: {count} diagrams in {page}" + (f", {len(stale)} redrawn" if stale else ", all current"))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
