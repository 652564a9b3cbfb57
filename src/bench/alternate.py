#!/usr/bin/env python3
"""Times whole commands side by side: A B C A B C ..., so that a machine that slows down or speeds up
during the run weighs on every command alike. Prints each command's median wall time, its fastest
run, and the median of its ratios to the first command in the same round.

Usage: alternate.py ROUNDS 'COMMAND A' 'COMMAND B' ...

Each command runs through the shell (so `cd other/build && java ...` compares two builds, each in
its own folder) with its output discarded; one that fails stops the run. The README's step figures
were made this way, e.g. a build of the commit before a change, copied to another folder with its
class-data archives remade there, against the build of the change.
"""

import statistics
import subprocess
import sys
import time


def main(args):
    if len(args) < 2 or not args[0].isdigit():
        sys.exit(__doc__)
    rounds, commands = int(args[0]), args[1:]
    times = {command: [] for command in commands}
    for _ in range(rounds):
        for command in commands:
            start = time.perf_counter()
            done = subprocess.run(command, shell=True, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
            times[command].append(time.perf_counter() - start)
            if done.returncode != 0:
                sys.exit(f"{command} failed ({done.returncode}):\n{done.stderr.decode()}")
    first = times[commands[0]]
    for command in commands:
        ratio = statistics.median(t / f for t, f in zip(times[command], first))
        print(f"{statistics.median(times[command]) * 1000:8.1f} ms  fastest {min(times[command]) * 1000:7.1f}"
              f"  ratio {ratio:4.2f}  {command}")


if __name__ == "__main__":
    main(sys.argv[1:])
