#!/usr/bin/env bash
# `make demo`: the README's deploy steps against a local AWS emulator (EMULATOR=moto or ministack), run exactly as the
# README gives them, in a scratch clone of this repository (its commits stay there): create webapp
# at HEAD, commit, update (a new release), release the first commit again, list the releases, plan,
# status with an outputs file, delete. Then a stack with a NoEcho password, given through the
# environment, which must appear in no output, error or process list. Each step's output is checked;
# `make test` runs it.
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$PWD
log=$root/target/demo
rm -rf "$log" && mkdir -p "$log"

# EMULATOR=moto (the default) or ministack: each started as src/emulators/README.md says.
emulator=${EMULATOR:-moto}
port=$(.venv/bin/python -c 'import socket; s = socket.socket(); s.bind(("localhost", 0)); print(s.getsockname()[1])')
case "$emulator" in
  moto) .venv/bin/python src/emulators/moto_server.py -H localhost -p "$port" > "$log/emulator.log" 2>&1 & ;;
  ministack) .venv-ministack/bin/python src/emulators/ministack_server.py --port "$port" > "$log/emulator.log" 2>&1 & ;;
  *) echo "demo: EMULATOR must be moto or ministack, not $emulator" >&2; exit 2 ;;
esac
server=$!
trap 'kill $server 2> /dev/null || true' EXIT
for _ in $(seq 300); do
  (echo > "/dev/tcp/localhost/$port") 2> /dev/null && break
  sleep 0.1
done
export AWS_ENDPOINT_URL="http://localhost:$port" AWS_REGION=us-east-1
export AWS_ACCESS_KEY_ID=demo AWS_SECRET_ACCESS_KEY=demo

# The clone uses this checkout's build (target/) and .venv; -o keeps make from rebuilding them.
clone=$root/target/demo-clone
rm -rf "$clone"
git clone -q "$root" "$clone"
ln -s "$root/.venv" "$clone/.venv"
ln -s "$root/.venv-ministack" "$clone/.venv-ministack"
ln -s "$root/target" "$clone/target"
cd "$clone"
git config user.email demo@example.com && git config user.name demo

step=0
# Runs one make command as the README gives it, shows its output, keeps it for the checks.
run() {
  step=$((step + 1))
  echo "== make $*"
  make --no-print-directory -o target/tropo4j.jar -o target/tropo4j.jsa -o target/tropo4j-deploy.jsa -o target/tropo4j-deploy.aot "$@" 2>&1 | tee "$log/$step.out"
}
expect() {
  grep -qF -- "$1" "$log/$step.out" || { echo "demo: step $step lacks: $1" >&2; exit 1; }
}

# moto keeps neither a List nor an SSM-typed parameter by reference (AWS's UsePreviousValue): every update
# gives the network again, and the image's SSM name, as AWS would keep them.
venv=$([ "$emulator" = ministack ] && echo .venv-ministack || echo .venv)
params="$($venv/bin/python src/demo/network.py) ImageId=/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-x86_64"
echo "== $emulator on localhost:$port; network: $params"
first=$(git rev-parse HEAD)

run create_stack STACK=webapp PARAMS="$params"
expect "webapp/$first.zip (uploaded"
expect "Stack webapp is CREATE_COMPLETE."

echo "# a second release" >> src/webapp/requirements.txt
git commit -qam "demo: second release"
second=$(git rev-parse HEAD)
run update_stack STACK=webapp PARAMS="$params"
expect "webapp/$second.zip (uploaded"
expect "Stack webapp is UPDATE_COMPLETE."

run update_stack STACK=webapp PARAMS="$params" COMMIT=HEAD~1
expect "webapp/$first.zip (already there)"

run releases STACK=webapp
expect "* ${first:0:12}"
expect "  ${second:0:12}"

run plan_stack STACK=webapp
expect "would go to webapp/$second.zip (already there)"
expect "Plan only: nothing was executed."

run status_stack STACK=webapp OUTPUTS_FILE="$log/outputs.json"
expect "Stack webapp: UPDATE_COMPLETE"
grep -qF '"webapp": {' "$log/outputs.json" || { echo "demo: no outputs file" >&2; exit 1; }

# webapp holds data (its buckets): termination protection refuses a plain delete, and FORCE=1 turns it off.
step=$((step + 1)); echo "== make delete_stack STACK=webapp (protected: refused)"
make --no-print-directory -o target/tropo4j.jar -o target/tropo4j.jsa -o target/tropo4j-deploy.jsa -o target/tropo4j-deploy.aot \
  delete_stack STACK=webapp > "$log/$step.out" 2>&1 && { echo "demo: a protected stack was deleted" >&2; exit 1; }
cat "$log/$step.out"
expect "to delete it anyway: make delete_stack STACK_NAME=webapp FORCE=1"
run delete_stack STACK=webapp FORCE=1
expect "Stack webapp is deleted."

# A secret through the environment, never a command line; `ps` is sampled while the deploy runs.
secret="demo-$(.venv/bin/python -c 'import secrets; print(secrets.token_hex(12))')"
( while true; do ps -eo args >> "$log/ps.txt"; sleep 0.05; done ) &
sampler=$!
export PARAMS="OperatorPassword=$secret$secret$secret"
step=$((step + 1)); echo "== PARAMS=OperatorPassword=... make create_stack STACK=operator (too long: refused)"
make --no-print-directory -o target/tropo4j.jar -o target/tropo4j.jsa -o target/tropo4j-deploy.jsa -o target/tropo4j-deploy.aot create_stack STACK=operator \
  STACKS_SRC=src/demo/stacks > "$log/$step.out" 2>&1 && { echo "demo: a bad password was taken" >&2; exit 1; }
cat "$log/$step.out"
expect "parameter OperatorPassword (NoEcho, value not shown) is not valid"
export PARAMS="OperatorPassword=$secret"
run create_stack STACK=operator STACKS_SRC=src/demo/stacks
expect "Stack operator is CREATE_COMPLETE."
run status_stack STACK=operator STACKS_SRC=src/demo/stacks
run delete_stack STACK=operator STACKS_SRC=src/demo/stacks
unset PARAMS
kill $sampler
# The sampler must have seen the deploy itself, or it proves nothing.
grep -qF "tropo4j.jar create operator" "$log/ps.txt" || { echo "demo: ps never caught the deploy" >&2; exit 1; }
if grep -rlF -- "$secret" "$log"/*.out "$log/ps.txt"; then
  echo "demo: the password appeared in the files above" >&2
  exit 1
fi
echo "== the password appeared in no output and in none of $(grep -c . "$log/ps.txt") process-list lines"
echo "== demo passed"
