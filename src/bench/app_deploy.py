#!/usr/bin/env python3
"""An app's stacks deployed with one command against the same stacks deployed one by one, run by `make bench`.

On MiniStack (started here on a free port, as the tests start it), the bench app (src/bench/stacks: four
stacks of one SNS topic each, none reading another) is created in pairs that alternate, so that a machine
that slows down or speeds up weighs on both alike:

- all: `tropo4j deploy --all --app bench-app --concurrency 4`, one process deploying the four at once;
- singles: `tropo4j deploy bench-N` four times, one process after another, as a script looping over the
  stacks would.

The stacks are deleted after each run, untimed. One untimed run of each first warms the machine's caches
and compiles the bench stacks. Prints both medians and the median of the pairs' ratios (all / singles).
The tool runs on the JVM command line `make java-deploy-command` prints, as the deploy targets run it.

Usage: app_deploy.py [PAIRS] (7 by default).
"""

import os
import statistics
import subprocess
import sys

from deploy import java_command, start, timed  # this folder is on the path: the script's own

STACKS = ["bench-1", "bench-2", "bench-3", "bench-4"]


def main(args):
    pairs = int(args[0]) if args else 7
    process, port = start("ministack")
    try:
        env = dict(os.environ, AWS_ENDPOINT_URL=f"http://localhost:{port}", AWS_REGION="us-east-1",
                   AWS_DEFAULT_REGION="us-east-1", AWS_ACCESS_KEY_ID="bench", AWS_SECRET_ACCESS_KEY="bench")
        tool = java_command() + ["-jar", "target/tropo4j.jar"]
        sources = ["--stacks", "src/bench/stacks", "--allow-dirty"]  # both sides alike: a bench may run on edits
        everything = tool + ["deploy", "--all", "--app", "bench-app", "--concurrency", str(len(STACKS))] + sources
        singles = [tool + ["deploy", stack] + sources for stack in STACKS]
        cleanup = tool + ["delete", "--all", "--app", "bench-app", "--stacks", "src/bench/stacks"]

        def all_at_once():
            return timed(everything, env)

        def one_by_one():
            return sum(timed(command, env) for command in singles)

        for run in (all_at_once, one_by_one):  # untimed: caches, and the bench stacks compiled once
            run()
            timed(cleanup, env)
        together, apart = [], []
        for _ in range(pairs):
            together.append(all_at_once())
            timed(cleanup, env)
            apart.append(one_by_one())
            timed(cleanup, env)
        ratio = statistics.median(a / b for a, b in zip(together, apart))
        print(f"ministack deploy --all of {len(STACKS)} independent stacks {statistics.median(together) * 1000:7.0f} ms  "
              f"{len(STACKS)} single deploys one after another {statistics.median(apart) * 1000:7.0f} ms  "
              f"ratio {ratio:4.2f}  ({pairs} pairs; {java_command()[0]})")
    finally:
        process.terminate()
        process.wait()


if __name__ == "__main__":
    main(sys.argv[1:])
