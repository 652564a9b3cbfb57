"""Writes src/codegen/spec/schemas.json.gz: the CloudFormation resource provider schemas, one per
resource type, as the pinned cfn-lint wheel carries them for us-east-1 (cfnlint/data/schemas, from
aws-cloudformation/resource-provider-enhanced-schemas, MIT-0), kept to what the generator reads: the
properties and definitions with their constraints, the create-only, read-only and write-only
properties, the primary identifier and the relationships. `make update-spec` runs it.

    .venv/bin/python src/codegen/spec/schemas.py
"""
import gzip
import json
import pathlib
from importlib.metadata import version

import cfnlint

DROP = {"description", "handlers", "tagging", "examples", "propertyTransform", "sourceUrl", "documentationUrl",
        "replacementStrategy", "taggable", "resourceLink", "insertionOrder", "arrayType", "markdownDescription",
        "deprecatedProperties", "conditionalCreateOnlyProperties", "nonPublicProperties",
        "nonPublicDefinitions", "propertyTransform"}


def stripped(node):
    if isinstance(node, dict):
        return {k: stripped(v) for k, v in node.items() if k not in DROP}
    if isinstance(node, list):
        return [stripped(v) for v in node]
    return node


def main():
    data = pathlib.Path(cfnlint.__file__).parent / "data" / "schemas"
    providers = json.loads((data / "providers" / "us-east-1.json").read_text())
    schemas = {}
    for type_name, digest in sorted(providers.items()):
        schemas[type_name] = stripped(json.loads((data / "resources" / f"{digest}.json").read_text()))
    date = json.loads((data / "version.json").read_text())["schema_date"]
    out = pathlib.Path(__file__).parent
    body = json.dumps(schemas, sort_keys=True, separators=(",", ":")).encode()
    # mtime 0: the same schemas give the same bytes
    (out / "schemas.json.gz").write_bytes(gzip.compress(body, 9, mtime=0))
    (out / "SCHEMAS_VERSION").write_text(f"cfn-lint {version('cfn-lint')}, schemas of {date}, us-east-1\n")
    print(f"{len(schemas)} resource provider schemas ({date}) from cfn-lint {version('cfn-lint')}")


if __name__ == "__main__":
    main()
