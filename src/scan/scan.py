"""The security and correctness scanners users run on CloudFormation templates, on every emitted
template: checkov, cfn-lint and cloudformation-validate. Any finding of severity warning or higher
fails the run, unless it is exempted where it is reviewed: on the resource itself for checkov and
cfn-lint (the stack code writes Metadata.checkov.skip and Metadata.cfn-lint, each with its reason),
and in exceptions.json, one entry per template, resource and rule with its reason, for
cloudformation-validate, which reads no exemptions from a template. An exception that matches
nothing fails the run too, so the file never outlives what it excuses.

Usage: scan.py EXCEPTIONS_JSON TEMPLATE...
"""

import json
import os
import subprocess
import sys

BIN = os.path.dirname(sys.executable)


def stack_of(path):
    return os.path.splitext(os.path.basename(path))[0]


def checkov(templates):
    command = [os.path.join(BIN, "checkov"), "--framework", "cloudformation", "-o", "json",
               "--compact", "--skip-download"]
    for template in templates:
        command += ["-f", template]
    run = subprocess.run(command, capture_output=True, text=True)
    try:
        reports = json.loads(run.stdout)
    except json.JSONDecodeError:
        sys.exit(f"scan: checkov did not answer in JSON (exit {run.returncode}): {run.stderr.strip()[-500:]}")
    if isinstance(reports, dict):
        reports = [reports]
    findings, skipped = [], 0
    for report in reports:
        results = report.get("results", {})
        skipped += len(results.get("skipped_checks", []))
        for check in results.get("failed_checks", []):
            findings.append(f"{stack_of(check['file_path'])}: {check['resource']}: checkov {check['check_id']} "
                            f"{check['check_name']}")
    return findings, skipped


def cfn_lint(templates):
    run = subprocess.run([os.path.join(BIN, "cfn-lint"), "--format", "json", *templates],
                         capture_output=True, text=True)
    try:
        matches = json.loads(run.stdout or "[]")
    except json.JSONDecodeError:
        sys.exit(f"scan: cfn-lint did not answer in JSON (exit {run.returncode}): {run.stderr.strip()[-500:]}")
    findings = []
    for match in matches:
        if match["Level"] in ("Error", "Warning"):
            path = "/".join(str(p) for p in match["Location"]["Path"])
            findings.append(f"{stack_of(match['Filename'])}: {path}: cfn-lint {match['Rule']['Id']} "
                            f"{match['Message']}")
    return findings


def cloudformation_validate(templates, exceptions):
    from cloudformation_validate import CompositeEngine

    engine = CompositeEngine()
    findings, used = [], set()
    for template in templates:
        for d in engine.validate_template(template).diagnostics:
            if d.severity.name not in ("WARN", "ERROR", "FATAL"):
                continue
            resource = d.entity.logical_id if d.entity is not None else ""
            key = (stack_of(template), resource, d.rule_id)
            if key in exceptions:
                used.add(key)
                continue
            findings.append(f"{key[0]}: {resource or '(template)'}: cloudformation-validate {d.rule_id} "
                            f"{d.severity.name} {d.message}")
    return findings, used


def read_exceptions(path):
    with open(path) as f:
        entries = json.load(f)
    exceptions = {}
    for i, entry in enumerate(entries):
        missing = [k for k in ("template", "resource", "rule", "reason") if not str(entry.get(k, "")).strip()]
        if missing:
            sys.exit(f"scan: {path}, entry {i}: needs {', '.join(missing)}")
        exceptions[(entry["template"], entry["resource"], entry["rule"])] = entry["reason"]
    return exceptions


def main():
    if len(sys.argv) < 3:
        sys.exit(__doc__.strip().splitlines()[-1])
    exceptions_file, templates = sys.argv[1], sorted(sys.argv[2:])
    exceptions = read_exceptions(exceptions_file)
    checkov_findings, skipped = checkov(templates)
    lint_findings = cfn_lint(templates)
    validate_findings, used = cloudformation_validate(templates, exceptions)
    unused = [f"{exceptions_file}: the exception {key} matches no finding; remove it"
              for key in exceptions if key not in used]
    findings = checkov_findings + lint_findings + validate_findings + unused
    print(f"scan: {len(templates)} templates; checkov {len(checkov_findings)} findings ({skipped} exempted on "
          f"their resources), cfn-lint {len(lint_findings)}, cloudformation-validate {len(validate_findings)} "
          f"({len(used)} of {len(exceptions)} reviewed exceptions used)")
    for finding in sorted(set(findings)):
        print("  " + finding)
    sys.exit(1 if findings else 0)


if __name__ == "__main__":
    main()
