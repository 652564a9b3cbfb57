"""Reads a YAML file with PyYAML's two implementations, the pure-Python SafeLoader and libyaml's
CSafeLoader (as cfn-lint reads templates), and prints what each read as ASCII JSON, one line each.
Given a JSON file too, reads it as cfn-lint reads any template (its YAML loader first, then its JSON
decoder when YAML gives up) and prints that as a third line, or what cfn-lint said, and exits 1."""
import json
import sys

import yaml
from cfnlint.decode.decode import decode_str

text = open(sys.argv[1], encoding="utf-8").read()
for loader in (yaml.SafeLoader, yaml.CSafeLoader):
    print(json.dumps(yaml.load(text, Loader=loader), ensure_ascii=True))
if len(sys.argv) > 2:
    template, matches = decode_str(open(sys.argv[2], encoding="utf-8").read())
    if matches:
        sys.exit("cfn-lint could not read the JSON: " + "; ".join(str(m) for m in matches))
    print(json.dumps(template, ensure_ascii=True))
