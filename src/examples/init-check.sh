#!/usr/bin/env bash
# `make example-test`, second part: a new user's first minutes with the installed launcher. From an empty
# folder, `tropo4j --version` works and writes nothing there; `tropo4j init demo` writes a project whose
# `mvn verify` (offline, against what `make install` put in the local Maven repository) builds it, runs its
# test, and writes its template through the Maven plugin, whose deploy and diff goals then run on MiniStack.
# And make: `make help`, and no JVM flags shown.
set -euo pipefail
cd "$(dirname "$0")/../.."
launcher=$(realpath "$1")
fail() { echo "init-check: FAILED: $*" >&2; exit 1; }
home=target/init-check && rm -rf "$home" && mkdir -p "$home/empty"

version=$(cd "$home/empty" && "$launcher" --version)
[[ "$version" == "tropo4j "* ]] || fail "tropo4j --version said '$version'"
[ -z "$(ls -A "$home/empty")" ] || fail "tropo4j --version wrote into the folder it ran in: $(ls -A "$home/empty")"

(cd "$home" && "$launcher" init demo) > "$home/init.log" || { cat "$home/init.log"; fail "tropo4j init exited non-zero"; }
(cd "$home/demo" && mvn -B -q -o verify) || fail "mvn verify of the new project failed"
for written in demo.json demo.yaml; do
  [ -s "$home/demo/target/cloudformation/$written" ] || fail "the plugin did not write $written"
done
grep -qF '"AWS::S3::Bucket"' "$home/demo/target/cloudformation/demo.json" || fail "demo.json holds no bucket"

# The plugin's deploy and diff goals, on MiniStack: the new project's stack created, then found unchanged.
port=$(.venv/bin/python -c 'import socket; s = socket.socket(); s.bind(("localhost", 0)); print(s.getsockname()[1])')
.venv-ministack/bin/python src/emulators/ministack_server.py --port "$port" > "$home/ministack.log" 2>&1 &
server=$!
trap 'kill $server 2> /dev/null || true' EXIT
for _ in $(seq 300); do (echo > "/dev/tcp/localhost/$port") 2> /dev/null && break; sleep 0.1; done
export AWS_ENDPOINT_URL="http://localhost:$port" AWS_REGION=us-east-1 AWS_ACCESS_KEY_ID=demo AWS_SECRET_ACCESS_KEY=demo
(cd "$home/demo" && git init -q && git add -A && git -c user.email=demo@example.com -c user.name=demo commit -qm demo)
(cd "$home/demo" && mvn -B -o tropo4j:deploy -Dtropo4j.stack=demo -Dtropo4j.action=create) > "$home/deploy.log" 2>&1 \
  || { cat "$home/deploy.log"; fail "mvn tropo4j:deploy failed"; }
grep -qF "Stack demo is CREATE_COMPLETE." "$home/deploy.log" || { cat "$home/deploy.log"; fail "no create in the log"; }
(cd "$home/demo" && mvn -B -o tropo4j:diff -Dtropo4j.stack=demo -Dtropo4j.failOnDifference=true) > "$home/diff.log" 2>&1 \
  || { cat "$home/diff.log"; fail "mvn tropo4j:diff failed"; }
grep -qF "No changes: stack demo runs what the local template and parameters say." "$home/diff.log" \
  || { cat "$home/diff.log"; fail "the diff found changes"; }
"$launcher" delete --stack-name demo --force > "$home/delete.log" 2>&1 || { cat "$home/delete.log"; fail "delete failed"; }
kill $server 2> /dev/null || true
# make speaks in words: its help lists the targets, and templates shows no JVM command line (V=1 does).
# (each output is read whole first: grep -q leaves a pipe early, and make would fail on the broken pipe)
help=$(make --no-print-directory help)
grep -q "^  templates  " <<< "$help" || fail "make help lists no templates target"
words=$(make --no-print-directory -o target/tropo4j.jar -o target/tropo4j.jsa templates)
grep -q -- "-XX:" <<< "$words" && fail "make templates printed a JVM command line: $words"
grep -q "^webapp: output/webapp.json output/webapp.yaml$" <<< "$words" || fail "make templates said: $words"
shown=$(make --no-print-directory -o target/tropo4j.jar -o target/tropo4j.jsa templates V=1)
grep -q -- "-XX:" <<< "$shown" || fail "make templates V=1 did not show its command"

echo "init-check: make help and a quiet make; tropo4j --version from an empty folder; init; the new project's mvn verify wrote its template, and its plugin deployed and diffed it on MiniStack"
