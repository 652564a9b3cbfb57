#!/usr/bin/env bash
# Benchmarks, run by `make bench`:
#  1. JMH: build + validate + serialize a 500-security-group template in a warm JVM.
#  2. Whole process: `templates` for every stack, as `make templates` runs it, timed over 20 runs.
set -euo pipefail
cd "$(dirname "$0")/../.."

mvn -B -q -Pbench -DskipTests test-compile dependency:build-classpath \
  -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test
java -cp "target/classes:target/test-classes:$(cat target/bench.classpath)" org.openjdk.jmh.Main \
  -rf json -rff target/jmh.json ${JMH_ARGS:-TemplateBenchmark}  # split on purpose: extra JMH flags

make --no-print-directory target/tropo4j.jar > /dev/null
read -r -a java_command <<< "$(make -s --no-print-directory java-command)"
runs=20
times=()
for _ in $(seq $runs); do
  start=$(date +%s%N)
  "${java_command[@]}" -jar target/tropo4j.jar templates --out target/bench-output > /dev/null
  times+=($(( ($(date +%s%N) - start) / 1000000 )))
done
sorted=($(printf '%s\n' "${times[@]}" | sort -n))
echo "templates, whole process, $runs runs: min ${sorted[0]} ms, median ${sorted[$((runs / 2))]} ms, max ${sorted[$((runs - 1))]} ms"
