#!/usr/bin/env bash
# Benchmarks, run by `make bench`:
#  1. Side by side with troposphere (src/bench/compare.py): two workloads written with both, checked
#     to emit equal templates, timed alternately as whole processes and in process; and the tool's
#     templates, validate and list commands against the troposphere web app program. PAIRS=21.
#  2. The edit loop, as whole processes: a one-line stack edit to fresh output/ by `make templates`,
#     `make templates` with nothing changed (the two alternate), and `make watch` from save to
#     written template (src/bench/edit_loop.py).
#  3. JMH: build + validate + serialize a 500-security-group template in a warm JVM; a fleet rollout's
#     progress, 200 StackSet instances followed by `stackset deploy` in process.
#  4. The deployer against the AWS CLI's `aws cloudformation deploy`: a create and an update of the same
#     template, side by side on moto and on MiniStack (src/bench/deploy.py). DEPLOY_PAIRS=7.
#  5. An app: `deploy --all` of four independent stacks against four single deploys one after another, on
#     MiniStack (src/bench/app_deploy.py). APP_PAIRS=7.
set -euo pipefail
cd "$(dirname "$0")/../.."

.venv/bin/python src/bench/compare.py "${PAIRS:-21}"
.venv/bin/python src/bench/edit_loop.py "${EDIT_ROUNDS:-7}"

mvn -B -q -Pbench -pl src/bench -am -DskipTests package dependency:build-classpath \
  -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=runtime
java -cp "src/bench/target/classes:$(cat src/bench/target/bench.classpath)" org.openjdk.jmh.Main \
  -rf json -rff target/jmh.json ${JMH_ARGS:-TemplateBenchmark FleetProgressBenchmark}  # split on purpose: extra JMH flags
.venv/bin/python src/bench/deploy.py "${DEPLOY_PAIRS:-7}"
.venv/bin/python src/bench/app_deploy.py "${APP_PAIRS:-7}"
