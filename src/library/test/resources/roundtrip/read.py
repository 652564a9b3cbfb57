"""Reads a YAML file with PyYAML's two implementations, the pure-Python SafeLoader and libyaml's
CSafeLoader (as cfn-lint reads templates), and prints what each read as ASCII JSON, one line each."""
import json
import sys

import yaml

text = open(sys.argv[1], encoding="utf-8").read()
for loader in (yaml.SafeLoader, yaml.CSafeLoader):
    print(json.dumps(yaml.load(text, Loader=loader), ensure_ascii=True))
