"""The loop a user of tropo4j lives in, timed as whole processes, the way the user runs it.

  edit      a one-line change to a stack source, then `make templates`, until output/ has it
  no-change `make templates` with nothing changed
  watch     `make watch` running; a one-line change saved; the time until output/ has it

The first two alternate (edit, no-change, edit, ...), so a slow phase of the machine hits both.
The stack source is restored, and output/ rewritten from it, however the run ends.

Run by `make bench` (src/bench/run.sh); `python3 src/bench/edit_loop.py [rounds]` alone works too.
"""

import os
import re
import signal
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
STACK = ROOT / "src/stacks/java/io/tropo4j/stacks/WebappStack.java"
TEMPLATE = ROOT / "output/webapp.json"
# The template's description: the edit appends a marker to it, which output/webapp.json then shows.
DESCRIPTION = '"tropo4j webapp: Flask under Apache httpd and mod_wsgi'
TARGETS = {"edit": 4.0, "no-change": 0.3, "watch": 1.0}


def edit(original: str, marker: str) -> None:
    assert DESCRIPTION in original, "the webapp stack's description moved: update " + __file__
    STACK.write_text(original.replace(DESCRIPTION, DESCRIPTION.replace("webapp:", f"webapp {marker}:"), 1))


def make_templates() -> float:
    start = time.perf_counter()
    subprocess.run(["make", "-s", "--no-print-directory", "templates"], cwd=ROOT, check=True,
                   stdout=subprocess.DEVNULL)
    return time.perf_counter() - start


def shows(marker: str) -> bool:
    try:
        return f"webapp {marker}:" in TEMPLATE.read_text()
    except OSError:
        return False


def edit_and_no_change(original: str, rounds: int) -> dict:
    times = {"edit": [], "no-change": []}
    for i in range(rounds):
        marker = f"(bench edit {i})"
        edit(original, marker)
        times["edit"].append(make_templates())
        if not shows(marker):
            sys.exit(f"edit loop: output/webapp.json does not show {marker} after make templates")
        before = TEMPLATE.read_bytes()
        times["no-change"].append(make_templates())
        if TEMPLATE.read_bytes() != before:
            sys.exit("edit loop: a make templates with nothing changed changed output/webapp.json")
    return times


def watch(original: str, rounds: int) -> list:
    process = subprocess.Popen(["make", "-s", "--no-print-directory", "watch"], cwd=ROOT, text=True,
                               stdout=subprocess.PIPE, stderr=subprocess.STDOUT, start_new_session=True)
    try:
        for line in process.stdout:
            if line.startswith("Watching "):
                break
        else:
            sys.exit("watch: make watch ended before it was watching")
        times = []
        for i in range(rounds):
            marker = f"(bench watch {i})"
            time.sleep(0.5)  # a person types between saves; let the last rebuild settle
            start = time.perf_counter()
            edit(original, marker)
            deadline = start + 30
            while not shows(marker):
                if time.perf_counter() > deadline:
                    sys.exit(f"watch: output/webapp.json did not show {marker} within 30 s")
                time.sleep(0.002)
            times.append(time.perf_counter() - start)
        return times
    finally:
        os.killpg(process.pid, signal.SIGINT)
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)


def report(name: str, seconds: list) -> str:
    median = statistics.median(seconds)
    target = TARGETS[name]
    verdict = "meets" if median <= target else "MISSES"
    return (f"{name:<10} median {median:6.3f} s  (min {min(seconds):.3f}, max {max(seconds):.3f}, "
            f"{len(seconds)} runs)  target <= {target} s: {verdict}")


def main() -> None:
    rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 7
    original = STACK.read_text()
    try:
        make_templates()  # builds the jar and its archive if they are stale; not timed
        times = edit_and_no_change(original, rounds)
        times["watch"] = watch(original, rounds + 2)
    finally:
        STACK.write_text(original)
        make_templates()
    print(f"Edit loop, whole processes as the user runs them ({re.sub(r'^.*/', '', str(STACK))} edited):")
    for name in ("edit", "no-change", "watch"):
        print("  " + report(name, times[name]))


if __name__ == "__main__":
    main()
