#!/usr/bin/env bash
# `make demo`: the webapp stack's life against moto, the local AWS emulator, with the deployer's
# own progress output: moto starts on a free port, a VPC, subnets and a hosted zone are made, then
# create, update (nothing to change) and delete run, and moto stops.
set -euo pipefail
cd "$(dirname "$0")/../.."

port=$(.venv/bin/python -c 'import socket; s = socket.socket(); s.bind(("localhost", 0)); print(s.getsockname()[1])')
.venv/bin/moto_server -H localhost -p "$port" > target/demo-moto.log 2>&1 &
moto=$!
trap 'kill $moto 2> /dev/null || true' EXIT
for _ in $(seq 100); do
  (echo > "/dev/tcp/localhost/$port") 2> /dev/null && break
  sleep 0.1
done

export AWS_ENDPOINT_URL="http://localhost:$port" AWS_REGION=us-east-1
export AWS_ACCESS_KEY_ID=demo AWS_SECRET_ACCESS_KEY=demo
params=$(.venv/bin/python src/demo/network.py)
echo "== moto on localhost:$port; network: $params"

echo "== make create_stack STACK=webapp"
make --no-print-directory create_stack STACK=webapp PARAMS="$params" ALLOW_DIRTY=1
echo "== make update_stack STACK=webapp (same commit: nothing to change)"
make --no-print-directory update_stack STACK=webapp ALLOW_DIRTY=1
echo "== make delete_stack STACK=webapp"
make --no-print-directory delete_stack STACK=webapp
