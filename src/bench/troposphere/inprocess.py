"""In-process timing for compare.py: `inprocess.py webapp|security-groups WARMUP_SECONDS RUNS` builds
and serializes the workload's template for WARMUP_SECONDS, then RUNS times more, each timed, and
prints the median of those in seconds, as src/bench/java/io/tropo4j/bench/InProcess.java does for
tropo4j.
"""

import statistics
import sys
import time

import security_groups
import webapp

WORKLOADS = {"webapp": webapp.build, "security-groups": security_groups.build}


def main():
    build = WORKLOADS[sys.argv[1]]
    warmup, runs = float(sys.argv[2]), int(sys.argv[3])
    start = time.perf_counter()
    while time.perf_counter() - start < warmup:
        build()
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        build()
        times.append(time.perf_counter() - start)
    print(statistics.median(times))


if __name__ == "__main__":
    main()
