#!/usr/bin/env python3
"""tropo4j side by side with troposphere, run by `make bench` (src/bench/run.sh).

Two workloads, each written twice: a 15-resource web app (src/bench/java/.../WebappTemplate.java and
src/bench/troposphere/webapp.py) and 500 security groups with two rules and two tags each
(SecurityGroupsTemplate.java and security_groups.py). First each pair must emit the same template
(both outputs parsed as JSON and compared as data); then every row is timed in pairs, the tropo4j
side and the troposphere side alternately (A B A B ...), so that a machine that slows down or speeds
up during the run weighs on both alike. Each row prints both medians and the median of the pairs'
ratios (tropo4j / troposphere; below 1 is tropo4j faster):

- each workload as a whole process: a program that builds the template and prints it, as a user's
  program would; the Java one runs with the Makefile's JVM flags and a class-data-sharing archive
  of its own, made here as the Makefile makes the tool's;
- each workload in process: the median of one build (build, validate, serialize) after a warm-up, in
  a JVM with default flags and in CPython;
- the tool's commands, exactly as `make` runs them (`make java-command`), against the troposphere
  web app program: `templates webapp`, `templates` (every stack), `validate` and `list`.

Peak RSS of each process comes from wait4. The targets are issue 17's.

Usage: compare.py [PAIRS] (whole-process pairs, 21 by default; in process 5 pairs).
"""

import json
import os
import shlex
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PYTHON = str(ROOT / ".venv" / "bin" / "python")  # the fastest Python 3 of the machine replaces it in main()
TROPOSPHERE_PIN = "troposphere==4.11.1"  # as requirements-dev.txt pins it
TROPOSPHERE = ROOT / "src" / "bench" / "troposphere"
BENCH_CLASSES = ROOT / "target" / "bench-classes"
BENCH_JAR = ROOT / "target" / "bench-twins.jar"  # class-data sharing takes jars only
LIBRARY = next((ROOT / "target" / "lib").glob("tropo4j-*.jar"), None)
STACKS = ["--stacks", "src/stacks/java"]
IN_PROCESS_PAIRS = 5


def java_command():
    line = subprocess.run(["make", "-s", "--no-print-directory", "java-command"], cwd=ROOT, check=True,
                          capture_output=True, text=True).stdout
    return shlex.split(line)


def compile_twins():
    """The tropo4j twins, compiled against the library jar the tool was built with."""
    sources = [str(p) for p in (ROOT / "src" / "bench" / "java" / "io" / "tropo4j" / "bench").glob("*.java")
               if p.name != "TemplateBenchmark.java"]
    subprocess.run(["javac", "-nowarn", "-d", str(BENCH_CLASSES), "-cp", str(LIBRARY)] + sources, check=True)
    subprocess.run(["jar", "cf", str(BENCH_JAR), "-C", str(BENCH_CLASSES), "."], check=True)


def run(command):
    """Runs a command to its end: (wall seconds, peak RSS in MiB). Output goes nowhere; a failure stops the run."""
    with tempfile.TemporaryFile() as err:
        start = time.perf_counter()
        process = subprocess.Popen(command, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=err)
        _, status, usage = os.wait4(process.pid, 0)
        elapsed = time.perf_counter() - start
        process.returncode = os.waitstatus_to_exitcode(status)
        if process.returncode != 0:
            err.seek(0)
            sys.exit(f"{shlex.join(command)} failed ({process.returncode}):\n{err.read().decode()}")
    return elapsed, usage.ru_maxrss / 1024


def printed(command):
    return subprocess.run(command, cwd=ROOT, check=True, capture_output=True, text=True).stdout


def first_difference(a, b, path="$"):
    """Where two parsed templates differ, or None. Numbers compare by value (70 == 70.0)."""
    if isinstance(a, dict) and isinstance(b, dict):
        for key in sorted(set(a) | set(b)):
            if key not in a or key not in b:
                return f"{path}.{key}: only in {'troposphere' if key not in a else 'tropo4j'}"
            found = first_difference(a[key], b[key], f"{path}.{key}")
            if found:
                return found
        return None
    if isinstance(a, list) and isinstance(b, list):
        if len(a) != len(b):
            return f"{path}: {len(a)} items against {len(b)}"
        for i, (x, y) in enumerate(zip(a, b)):
            found = first_difference(x, y, f"{path}[{i}]")
            if found:
                return found
        return None
    same_number = (isinstance(a, (int, float)) and isinstance(b, (int, float))
                   and not isinstance(a, bool) and not isinstance(b, bool))
    if (a == b and type(a) is type(b)) or (same_number and a == b):
        return None
    return f"{path}: {a!r} against {b!r}"


def paired(a, b, pairs):
    """Runs a and b alternately; their medians, the median of the pairs' ratios, and median peak RSS."""
    a_times, b_times, a_rss, b_rss = [], [], [], []
    for _ in range(pairs):
        seconds, rss = a()
        a_times.append(seconds)
        a_rss.append(rss)
        seconds, rss = b()
        b_times.append(seconds)
        b_rss.append(rss)
    ratio = statistics.median(x / y for x, y in zip(a_times, b_times))
    return (statistics.median(a_times), statistics.median(b_times), ratio,
            statistics.median(a_rss), statistics.median(b_rss))


def in_process(command):
    return lambda: (float(printed(command).split()[0]), 0.0)


def whole(command):
    return lambda: run(command)


def pythons():
    """Every distinct Python 3 on this machine: on PATH (each of its entries) and the usual places."""
    found, seen = [], set()
    candidates = [Path(d) / "python3" for d in os.environ.get("PATH", "").split(os.pathsep) if d]
    candidates += [Path("/usr/bin/python3"), Path("/usr/local/bin/python3")]
    for candidate in candidates:
        if not candidate.exists():
            continue
        try:
            real = subprocess.run([str(candidate), "-c", "import sys; print(sys.executable, sys.version.split()[0])"],
                                  capture_output=True, text=True, check=True).stdout.split()
        except (OSError, subprocess.CalledProcessError):
            continue
        key = str(Path(real[0]).resolve())
        if key not in seen:
            seen.add(key)
            found.append((candidate, real[1]))
    return found


def fastest_python(rounds=5):
    """The Python 3 of this machine that runs the troposphere web app program fastest, each in a virtual
    environment of its own with troposphere as requirements-dev.txt pins it (made once, in
    target/bench-pythons); the baseline is held against the fastest Python there is, and says which."""
    timings = []
    for number, (interpreter, version) in enumerate(pythons()):
        venv = ROOT / "target" / "bench-pythons" / f"{number}-{version}"
        python = venv / "bin" / "python"
        if not (venv / ".installed").exists():
            made = subprocess.run([str(interpreter), "-m", "venv", str(venv)], capture_output=True)
            if made.returncode != 0:
                continue  # no venv module for this one (Debian without python3-venv, say)
            subprocess.run([str(python), "-m", "pip", "install", "-q", "--disable-pip-version-check",
                            TROPOSPHERE_PIN], check=True)
            (venv / ".installed").touch()
        program = [str(python), str(TROPOSPHERE / "webapp.py")]
        run(program)  # warm
        timings.append((statistics.median(run(program)[0] for _ in range(rounds)), str(python), interpreter,
                        version))
    timings.sort()
    for seconds, _, interpreter, version in timings:
        print(f"  Python {version} ({interpreter}): the troposphere web app program in {seconds:.3f} s")
    return timings[0]


def main():
    global PYTHON
    pairs = int(sys.argv[1]) if len(sys.argv) > 1 else 21
    print("The Python 3 interpreters of this machine, each with troposphere:")
    seconds, PYTHON, interpreter, version = fastest_python()
    print(f"The troposphere side runs on the fastest, Python {version} ({interpreter}).\n")
    if LIBRARY is None or not (ROOT / "target" / "tropo4j.jsa").exists():
        sys.exit("compare.py: build first (make target/tropo4j.jsa)")
    java = java_command()
    compile_twins()
    classpath = f"{BENCH_JAR}{os.pathsep}{LIBRARY}"
    # A user's program gets the same flags as the tool, with a class-data archive of its own.
    flags = [f for f in java[1:] if not f.startswith("-XX:SharedArchiveFile=")]
    workloads = {"webapp": ("WebappTemplate", "webapp.py"), "security-groups": ("SecurityGroupsTemplate",
                                                                               "security_groups.py")}
    programs = {}
    for name, (main_class, script) in workloads.items():
        # The archive is made as the Makefile makes the tool's: a training run lists the classes,
        # then a static archive of them (with the JDK's heap objects, under the same collector).
        archive = ROOT / "target" / f"bench-{name}.jsa"
        classlist = ROOT / "target" / f"bench-{name}.classlist"
        base = [java[0]] + [f for f in flags if not f.startswith(("-Xshare", "-Xlog"))]
        subprocess.run(base + [f"-XX:DumpLoadedClassList={classlist}", "-cp", classpath,
                               f"io.tropo4j.bench.{main_class}"], cwd=ROOT, check=True, stdout=subprocess.DEVNULL)
        subprocess.run(base + ["-Xshare:dump", f"-XX:SharedClassListFile={classlist}",
                               f"-XX:SharedArchiveFile={archive}", "-cp", classpath],
                       cwd=ROOT, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        java_program = [java[0]] + flags + [f"-XX:SharedArchiveFile={archive}", "-cp", classpath,
                                            f"io.tropo4j.bench.{main_class}"]
        python_program = [PYTHON, str(TROPOSPHERE / script)]
        difference = first_difference(json.loads(printed(java_program)), json.loads(printed(python_program)))
        if difference:
            sys.exit(f"compare.py: the {name} twins emit different templates: {difference}")
        programs[name] = (java_program, python_program)
    print(f"Both twins of each workload emit the same template (webapp: "
          f"{len(json.loads(printed(programs['webapp'][1]))['Resources'])} resources).")

    tool = java + ["-jar", "target/tropo4j.jar"]
    out = ["--out", "target/bench-output"]
    troposphere_webapp = whole(programs["webapp"][1])
    rows = [
        ("web app, whole process", whole(programs["webapp"][0]), troposphere_webapp, None, pairs),
        ("500 security groups, whole process", whole(programs["security-groups"][0]),
         whole(programs["security-groups"][1]), None, pairs),
        ("web app, in process (one build)",
         in_process(["java", "-cp", classpath, "io.tropo4j.bench.InProcess", "webapp", "2", "300"]),
         in_process([PYTHON, str(TROPOSPHERE / "inprocess.py"), "webapp", "0.5", "100"]), 0.5, IN_PROCESS_PAIRS),
        ("500 security groups, in process (one build)",
         in_process(["java", "-cp", classpath, "io.tropo4j.bench.InProcess", "security-groups", "3", "100"]),
         in_process([PYTHON, str(TROPOSPHERE / "inprocess.py"), "security-groups", "0.5", "20"]), 0.1,
         IN_PROCESS_PAIRS),
        ("`templates webapp` vs troposphere web app", whole(tool + ["templates"] + STACKS + out + ["webapp"]),
         troposphere_webapp, 1.0, pairs),
        ("`templates` (5 stacks) vs troposphere web app", whole(tool + ["templates"] + STACKS + out),
         troposphere_webapp, 1.5, pairs),
        ("`validate` vs troposphere web app", whole(tool + ["validate"] + STACKS), troposphere_webapp, 1.0, pairs),
        ("`list` vs troposphere web app", whole(tool + ["list"] + STACKS), troposphere_webapp, 1.0, pairs),
    ]
    # One untimed run of each: the stack cache is filled, files are in the page cache.
    for _, a, b, _, _ in rows[4:]:
        a()
        b()
    print(f"Medians of {pairs} paired runs (whole process) and of {IN_PROCESS_PAIRS} paired runs (in process), "
          f"tropo4j and troposphere alternating; ratio = median of the pairs' tropo4j/troposphere.\n")
    print("| what | tropo4j | troposphere | ratio | target | peak RSS tropo4j / troposphere |")
    print("| --- | --- | --- | --- | --- | --- |")
    missed = []
    for name, a, b, target, count in rows:
        a_time, b_time, ratio, a_rss, b_rss = paired(a, b, count)
        unit, scale = ("ms", 1e3) if "in process" in name else ("s", 1)
        held = "" if target is None else (f"≤ {target} " + ("holds" if ratio <= target else "**missed**"))
        if target is not None and ratio > target:
            missed.append(name)
        rss = "" if "in process" in name else f"{a_rss:.0f} / {b_rss:.0f} MiB"
        if name.startswith("`templates` ("):
            rss += " (target ≤ 64 MiB: " + ("holds)" if a_rss <= 64 else "**missed**)")
            if a_rss > 64:
                missed.append("peak RSS of `templates`")
        print(f"| {name} | {a_time * scale:.3f} {unit} | {b_time * scale:.3f} {unit} | {ratio:.2f} | {held} | {rss} |",
              flush=True)
    print()
    print("Targets: " + ("all hold." if not missed else "missed: " + "; ".join(missed) + "."))


if __name__ == "__main__":
    main()
