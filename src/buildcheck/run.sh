#!/usr/bin/env bash
# `make buildcheck`: the build rebuilds what it must, and leaves no stale class behind. In a scratch
# clone of HEAD, each change is made the way a maintainer makes it, then `make templates` runs:
#   0. the fresh clone: `make -n templates` ends, `make templates` gives the committed output/;
#   1. a core class: a constant the stacks' templates carry changes, and reaches every template;
#      then a method only a stack calls is renamed, and that stack fails to compile, naming the
#      line (its classes compiled against the old library are not used);
#   2. a generated class, edited: its change reaches the templates;
#   3. the specification: a new version without one resource type and with one more required
#      property; `make generate` writes the tree again (undoing step 2's edit), the removed type's
#      class is gone from the library jar, and validation reports the newly required property.
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$PWD
scratch=$(mktemp -d "${TMPDIR:-/tmp}/tropo4j-buildcheck.XXXXXX")
trap 'rm -rf "$scratch"' EXIT
step() { printf '\n== %s\n' "$*"; }
fail() { echo "buildcheck: FAILED: $*" >&2; exit 1; }
expect() { grep -qF -- "$1" "$2" || { cat "$2" >&2; fail "expected '$1' in $2 (above)"; }; }
# Whether the library jar holds the entry (Python's zipfile: a fresh machine need not have unzip).
in_library_jar() {
  python3 -c 'import sys, zipfile; sys.exit(sys.argv[2] not in zipfile.ZipFile(sys.argv[1]).namelist())' \
    target/lib/tropo4j-*.jar "$1"
}

git clone -q --no-hardlinks "$root" "$scratch/repo"
cd "$scratch/repo"

step "0. a fresh clone"
timeout 20 make -n templates > /dev/null || fail "make -n templates did not end"
make -s templates > "$scratch/0.log"
git diff --quiet -- output || { git status --short output; fail "a fresh clone's templates differ from output/"; }
buckets=$(grep -c '"Type": "AWS::S3::Bucket"' output/webapp.json)
[ "$buckets" -gt 0 ] || fail "webapp has no bucket to watch"

step "1. a core class"
sed -i 's/FORMAT_VERSION = "2010-09-09"/FORMAT_VERSION = "2010-09-09-changed"/' src/library/java/io/tropo4j/core/Template.java
make -s templates > "$scratch/1.log"
for json in output/*.json; do
  expect '"AWSTemplateFormatVersion": "2010-09-09-changed"' "$json"
done
sed -i 's/public static Value<String> fromFile(String name, Map/public static Value<String> fromSource(String name, Map/' \
  src/library/java/io/tropo4j/core/UserData.java
if make -s templates > "$scratch/1b.log" 2>&1; then
  fail "the stacks compiled against a library without UserData.fromFile(name, variables)"
fi
expect "EcsClusterStack.java:" "$scratch/1b.log"
expect "error: method fromFile in class UserData cannot be applied to given types" "$scratch/1b.log"
git checkout -q -- src/library/java/io/tropo4j/core/UserData.java

step "2. a generated class"
sed -i 's/"AWS::S3::Bucket"/"AWS::S3::Bucket::Changed"/' src/generated/java/io/tropo4j/resources/s3/Bucket.java
make -s templates > "$scratch/2.log"
[ "$(grep -c '"Type": "AWS::S3::Bucket::Changed"' output/webapp.json)" = "$buckets" ] \
  || fail "webapp.json does not have its $buckets buckets as AWS::S3::Bucket::Changed"
expect '"AWSTemplateFormatVersion": "2010-09-09-changed"' output/webapp.json

step "3. the specification"
spending_limit=io/tropo4j/resources/braket/SpendingLimit.class
in_library_jar "$spending_limit" || fail "the library jar has no SpendingLimit class to remove"
python3 - <<'EOF'
import gzip, json
path = "src/codegen/spec/db.json.gz"
spec = json.load(gzip.open(path))
schema = spec["schema"]
gone = [r["$id"] for r in schema["resource"]["entities"] if r["cloudFormationType"] == "AWS::Braket::SpendingLimit"]
for links in schema["hasResource"]["forward"].values():
    links[:] = [link for link in links if link["$id"] not in gone]
bucket = next(r for r in schema["resource"]["entities"] if r["cloudFormationType"] == "AWS::S3::Bucket")
bucket["properties"]["BucketName"]["required"] = True
with gzip.open(path, "wt") as out:
    json.dump(spec, out)
EOF
echo "0.1.216-changed" > src/codegen/spec/VERSION
make -s generate > "$scratch/3-generate.log"
[ ! -e src/generated/java/io/tropo4j/resources/braket/SpendingLimit.java ] || fail "make generate kept SpendingLimit.java"
if make -s templates > "$scratch/3.log" 2>&1; then fail "templates passed though buckets now require BucketName"; fi
expect "Properties.BucketName: required property is missing (AWS::S3::Bucket)" "$scratch/3.log"
if in_library_jar "$spending_limit"; then fail "the library jar still has the class of the removed type"; fi
if grep -q "AWS::S3::Bucket::Changed" src/generated/java/io/tropo4j/resources/s3/Bucket.java; then
  fail "make generate left the hand edit of Bucket.java"
fi
echo
echo "buildcheck: core, generated and specification changes each rebuilt what they must"
