#!/usr/bin/env bash
# `make example-test`: src/examples/order-events as its user builds and ships it. The project is
# built offline against the library `make install` put in the local Maven repository; then the
# tool's jar takes its stack from the class path through templates, validate, create, status and
# delete against each local AWS emulator, moto and MiniStack. What AWS holds is checked with boto3,
# not only what the tool says.
set -euo pipefail
cd "$(dirname "$0")/../.."
fail() { echo "example-test: FAILED: $*" >&2; exit 1; }
expect() { # expect TEXT FILE: the output has the line
  grep -qF -- "$1" "$2" || { cat "$2" >&2; fail "expected '$1' in the output above"; }
}

echo "== the user's project, built offline against the installed library and Maven plugin"
rm -rf src/examples/order-events/target/cloudformation
mvn -B -q -o -f src/examples/order-events/pom.xml verify
jar=src/examples/order-events/target/order-events-1.0.0.jar
for written in order-events.json order-events.yaml; do
  [ -s "src/examples/order-events/target/cloudformation/$written" ] || fail "the plugin did not write $written"
done
read -r -a java_command <<< "$(make -s --no-print-directory java-command)"
tool() { "${java_command[@]}" -jar target/tropo4j.jar "$@" --classpath "$jar"; }
out=target/example-test && rm -rf "$out" && mkdir -p "$out"

echo "== templates, validate"
tool templates --out "$out/templates" > "$out/templates.log"
expect "order-events: $out/templates/order-events.json $out/templates/order-events.yaml" "$out/templates.log"
.venv/bin/cfn-lint "$out"/templates/order-events.* || fail "cfn-lint found problems in the example's templates"
tool validate > "$out/validate.log"
expect "order-events: ok" "$out/validate.log"

for emulator in moto ministack; do
echo "== create, status, delete against $emulator"
port=$(.venv/bin/python -c 'import socket; s = socket.socket(); s.bind(("localhost", 0)); print(s.getsockname()[1])')
if [ "$emulator" = moto ]; then
  venv=.venv; .venv/bin/python src/emulators/moto_server.py -H localhost -p "$port" > "$out/$emulator.log" 2>&1 &
else
  venv=.venv-ministack; .venv-ministack/bin/python src/emulators/ministack_server.py --port "$port" > "$out/$emulator.log" 2>&1 &
fi
server=$!
trap 'kill $server 2> /dev/null || true' EXIT
for _ in $(seq 300); do (echo > "/dev/tcp/localhost/$port") 2> /dev/null && break; sleep 0.1; done
export AWS_ENDPOINT_URL="http://localhost:$port" AWS_REGION=us-east-1 AWS_DEFAULT_REGION=us-east-1 AWS_ACCESS_KEY_ID=example AWS_SECRET_ACCESS_KEY=example
aws() { $venv/bin/python -c "import boto3, json, sys; print(json.dumps($1, default=str))"; }

tool create order-events --param VisibilityTimeoutSeconds=90 > "$out/create.log" 2>&1 || { cat "$out/create.log"; fail "create exited non-zero"; }
expect "CREATE_COMPLETE" "$out/create.log"
status=$(aws 'boto3.client("cloudformation").describe_stacks(StackName="order-events")["Stacks"][0]["StackStatus"]')
[ "$status" = '"CREATE_COMPLETE"' ] || fail "the stack is $status in $emulator, not CREATE_COMPLETE"
timeout=$(aws '[q for q in [boto3.client("sqs").get_queue_attributes(QueueUrl=u, AttributeNames=["VisibilityTimeout"])["Attributes"]["VisibilityTimeout"] for u in boto3.client("sqs").list_queues().get("QueueUrls", [])]]')
[[ "$timeout" == *'"90"'* ]] || fail "no queue with the given visibility timeout of 90 in $emulator: $timeout"
tool status --stack-name order-events > "$out/status.log"
expect "CREATE_COMPLETE" "$out/status.log"

protection=$(aws 'boto3.client("cloudformation").describe_stacks(StackName="order-events")["Stacks"][0]["EnableTerminationProtection"]')
[ "$protection" = true ] || fail "order-events holds a queue, yet has no termination protection in $emulator"
policy=$(aws 'boto3.client("cloudformation").get_stack_policy(StackName="order-events")["StackPolicyBody"]')
[[ "$policy" == *'LogicalResourceId/WorkQueue'* ]] || fail "no stack policy protects the queue in $emulator: $policy"

if [ "$emulator" = ministack ]; then
  # The queue changed by hand is drift: make drift_stack names its property with both values (the tool's exit 2
  # with DETAILED_EXITCODE=1); make diff_stack DRIFT=1 shows it beside a template that did not change.
  aws 'boto3.client("sqs").set_queue_attributes(QueueUrl=boto3.client("cloudformation").describe_stack_resource(StackName="order-events", LogicalResourceId="WorkQueue")["StackResourceDetail"]["PhysicalResourceId"], Attributes={"VisibilityTimeout": "45"})' > /dev/null
  status=0
  make --no-print-directory -o target/tropo4j.jar -o target/tropo4j.jsa -o target/tropo4j-deploy.jsa \
    -o target/tropo4j-deploy.aot drift_stack STACK=order-events STACKS_SRC= STACKS_CP="$jar" DETAILED_EXITCODE=1 \
    > "$out/drift.log" 2>&1 || status=$?
  cat "$out/drift.log"
  [ "$status" = 2 ] || fail "make drift_stack DETAILED_EXITCODE=1 exited $status, not 2, for a drifted queue"
  expect "  MODIFIED WorkQueue" "$out/drift.log"
  expect "           /VisibilityTimeout: expected 90, actual 45" "$out/drift.log"
  expect "Stack order-events has drifted: 1 of " "$out/drift.log"
  expect "make update_stack STACK=order-events REVERT_DRIFT=1 puts them all back." "$out/drift.log"
  status=0
  make --no-print-directory -o target/tropo4j.jar -o target/tropo4j.jsa -o target/tropo4j-deploy.jsa \
    -o target/tropo4j-deploy.aot diff_stack DRIFT=1 STACK=order-events STACKS_SRC= STACKS_CP="$jar" \
    > "$out/diff.log" 2>&1 || status=$?
  cat "$out/diff.log"
  # Drift is what the diff reports, not a failure of make's.
  [ "$status" = 0 ] || fail "make diff_stack DRIFT=1 exited $status, not 0, for a drifted queue"
  grep -qF "Error" "$out/diff.log" && fail "make said Error for a diff that worked"
  expect "No changes: stack order-events runs what the local template and parameters say." "$out/diff.log"
  expect "           /VisibilityTimeout: expected 90, actual 45" "$out/diff.log"
fi

tool delete order-events > "$out/refused.log" 2>&1 && fail "a protected stack was deleted without --force"
expect "tropo4j: stack order-events has termination protection (it holds data: " "$out/refused.log"
tool delete order-events --force > "$out/delete.log" 2>&1 || { cat "$out/delete.log"; fail "delete exited non-zero"; }
stacks=$(aws '[s["StackName"] for s in boto3.client("cloudformation").list_stacks(StackStatusFilter=["CREATE_COMPLETE", "UPDATE_COMPLETE"])["StackSummaries"]]')
[[ "$stacks" != *order-events* ]] || fail "order-events is still there after delete: $stacks"
kill $server 2> /dev/null || true
wait $server 2> /dev/null || true
done
echo "example-test: the user's stack compiled, validated, created, protected, drifted (MiniStack) and deleted"
