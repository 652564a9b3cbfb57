#!/usr/bin/env bash
# Benchmarks, run by `make bench`:
#  1. The edit loop, as whole processes: a one-line stack edit to fresh output/ by `make templates`,
#     `make templates` with nothing changed (the two alternate), and `make watch` from save to
#     written template (src/bench/edit_loop.py).
#  2. Whole process: `templates` for every stack, as `make templates` runs it, 20 runs.
#  3. JMH: build + validate + serialize a 500-security-group template in a warm JVM.
set -euo pipefail
cd "$(dirname "$0")/../.."

.venv/bin/python src/bench/edit_loop.py "${EDIT_ROUNDS:-7}"

read -r -a java_command <<< "$(make -s --no-print-directory java-command)"
runs=20
times=()
for _ in $(seq $runs); do
  start=$(date +%s%N)
  "${java_command[@]}" -jar target/tropo4j.jar templates --stacks src/stacks/java --out target/bench-output > /dev/null
  times+=($(( ($(date +%s%N) - start) / 1000000 )))
done
sorted=($(printf '%s\n' "${times[@]}" | sort -n))
echo "templates, whole process, $runs runs: min ${sorted[0]} ms, median ${sorted[$((runs / 2))]} ms, max ${sorted[$((runs - 1))]} ms"

mvn -B -q -Pbench -pl src/bench -am -DskipTests package dependency:build-classpath \
  -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=runtime
java -cp "src/bench/target/classes:$(cat src/bench/target/bench.classpath)" org.openjdk.jmh.Main \
  -rf json -rff target/jmh.json ${JMH_ARGS:-TemplateBenchmark}  # split on purpose: extra JMH flags
