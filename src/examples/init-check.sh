#!/usr/bin/env bash
# `make example-test`, second part: a new user's first minutes with the installed launcher. From an empty
# folder, `tropo4j --version` works and writes nothing there; `tropo4j init demo` writes a project whose
# `mvn verify` (offline, against what `make install` put in the local Maven repository) builds it, runs its
# test, and writes its template through the Maven plugin. And make: `make help`, and no JVM flags shown.
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
# make speaks in words: its help lists the targets, and templates shows no JVM command line (V=1 does).
make --no-print-directory help | grep -q "^  templates  " || fail "make help lists no templates target"
words=$(make --no-print-directory -o target/tropo4j.jar -o target/tropo4j.jsa templates)
grep -q -- "-XX:" <<< "$words" && fail "make templates printed a JVM command line: $words"
grep -q "^webapp: output/webapp.json output/webapp.yaml$" <<< "$words" || fail "make templates said: $words"
make --no-print-directory -o target/tropo4j.jar -o target/tropo4j.jsa templates V=1 | grep -q -- "-XX:" \
  || fail "make templates V=1 did not show its command"

echo "init-check: make help and a quiet make; tropo4j --version from an empty folder, init, and the new project's mvn verify wrote its template"
