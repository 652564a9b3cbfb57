#!/usr/bin/env python3
"""tropo4j's deployer side by side with the AWS CLI's `aws cloudformation deploy`, run by `make bench`.

On each emulator (moto and MiniStack, started here on a free port as the tests start them), the same
stack (webapp: the template output/webapp.json, with the same parameter values) is created and then
updated by both, in pairs that alternate (tool, CLI, tool, CLI, ...), so that a machine that slows
down or speeds up weighs on both alike:

- create: `java <make's flags> -jar target/tropo4j.jar create webapp --stack-name tool-N`, against
  `aws cloudformation deploy --template-file output/webapp.json --stack-name cli-N` given the values
  the tool passes (the release's bucket and key included);
- update: each updates its own stack with one parameter changed (MinSize), the tool by `update` and
  the CLI by `deploy` again.

Before the pairs, one untimed create through the tool makes the artifact bucket and uploads the
release (both sides then use it; the tool finds it there, as on every deploy after the first), and
an untimed run of each warms the machine's caches. The stacks are deleted after each pair, untimed.
Each row prints both medians and the median of the pairs' ratios (tool / CLI; at most 1 is the
target: the tool no slower than the AWS CLI).

The tool runs on the JVM command line `make java-deploy-command` prints, as `make create_stack` runs it:
a JDK 25 or later with its ahead-of-time cache when the machine has one, else `java` with a class-data
archive (see the Makefile); the first line of the output names it.

Usage: deploy.py [PAIRS] (7 by default).
"""

import json
import os
import shlex
import socket
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
MINISTACK_VENV = ROOT / ".venv-ministack"
AWS_CLI = str(MINISTACK_VENV / "bin" / "aws")
IMAGE = "ImageId=/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-x86_64"


def free_port():
    with socket.socket() as s:
        s.bind(("localhost", 0))
        return s.getsockname()[1]


def start(emulator):
    port = free_port()
    log = open(ROOT / "target" / f"bench-{emulator}.log", "w")
    command = ([str(ROOT / ".venv" / "bin" / "python"), str(ROOT / "src" / "emulators" / "moto_server.py"), "-H", "localhost", "-p", str(port)]
               if emulator == "moto" else
               [str(MINISTACK_VENV / "bin" / "python"), "src/emulators/ministack_server.py", "--port", str(port)])
    process = subprocess.Popen(command, cwd=ROOT, stdout=log, stderr=subprocess.STDOUT)
    for _ in range(300):
        try:
            with socket.create_connection(("localhost", port), timeout=0.2):
                break
        except OSError:
            time.sleep(0.1)
    return process, port


def java_command():
    """The JVM command line the Makefile's deploy targets use, with the deploy archive once it is made."""
    line = subprocess.run(["make", "-s", "--no-print-directory", "java-deploy-command"], cwd=ROOT, check=True,
                          capture_output=True, text=True).stdout
    return shlex.split(line)


def timed(command, env):
    start = time.perf_counter()
    done = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True)
    elapsed = time.perf_counter() - start
    if done.returncode != 0:
        sys.exit(f"{shlex.join(command)} failed ({done.returncode}):\n{done.stdout}\n{done.stderr}")
    return elapsed


def values(text):
    return dict(pair.split("=", 1) for pair in text.split())


def bench(emulator, pairs):
    process, port = start(emulator)
    try:
        env = dict(os.environ, AWS_ENDPOINT_URL=f"http://localhost:{port}", AWS_REGION="us-east-1",
                   AWS_DEFAULT_REGION="us-east-1", AWS_ACCESS_KEY_ID="bench", AWS_SECRET_ACCESS_KEY="bench",
                   TROPO4J_HINTS="make")
        venv = MINISTACK_VENV if emulator == "ministack" else ROOT / ".venv"
        network = subprocess.run([str(venv / "bin" / "python"), "src/demo/network.py"], cwd=ROOT, env=env,
                                 check=True, capture_output=True, text=True).stdout.strip()
        given = values(network + " " + IMAGE)
        tool_env = dict(env, TROPO4J_PARAMS=" ".join(f"{k}={v}" for k, v in given.items()))
        stacks = ["--stacks", "src/stacks/java"]

        # Untimed, as a user's first deploys through make: the artifact bucket and the release's bundle,
        # which both sides then use, and the deploy commands' archive (see the Makefile), learned afresh
        # from this create and then this update (a record an earlier update made that changed nothing
        # lacks what a change set's run loads).
        for record in ("deploy.aotconf", "deploy.classlist"):
            (ROOT / "target" / record).unlink(missing_ok=True)
        warm = dict(tool_env, PARAMS=tool_env["TROPO4J_PARAMS"])
        for target, more in (("create_stack", ""), ("update_stack", " MinSize=3")):
            timed(["make", "-s", "--no-print-directory", target, "STACK=webapp", "STACK_NAME=warm-tool",
                   "PARAMS=" + warm["PARAMS"] + " DomainName=warm-tool.example.com" + more], warm)
        timed(["make", "-s", "--no-print-directory", "deploy-archive"], env)
        tool = java_command() + ["-jar", "target/tropo4j.jar"]
        cf = [AWS_CLI, "cloudformation"]
        described = json.loads(subprocess.run(cf + ["describe-stacks", "--stack-name", "warm-tool"], env=env,
                                              check=True, capture_output=True, text=True).stdout)
        parameters = {p["ParameterKey"]: p["ParameterValue"] for p in described["Stacks"][0]["Parameters"]}
        cli_values = dict(given, SourceBucket=parameters["SourceBucket"], SourceKey=parameters["SourceKey"])

        # Each stack its own DNS name: two stacks cannot hold one record of the zone.
        def cli_deploy(stack, overrides):
            return cf + ["deploy", "--template-file", "output/webapp.json", "--stack-name", stack,
                         "--capabilities", "CAPABILITY_IAM", "--no-fail-on-empty-changeset", "--parameter-overrides"] \
                + [f"{k}={v}" for k, v in dict(cli_values, DomainName=f"{stack}.example.com", **overrides).items()]

        def tool_deploy(command, stack, *more):
            return tool + [command, "webapp", "--stack-name", stack, "--param", f"DomainName={stack}.example.com"] \
                + list(more) + stacks

        timed(cli_deploy("warm-cli", {}), env)
        rows = {"create": ([], []), "update": ([], [])}
        for i in range(pairs):
            rows["create"][0].append(timed(tool_deploy("create", f"tool-{i}"), tool_env))
            rows["create"][1].append(timed(cli_deploy(f"cli-{i}", {}), env))
            time.sleep(1.1)  # the CLI names its change set by the second: a second deploy within it is refused
            size = "3" if i % 2 == 0 else "1"
            rows["update"][0].append(timed(tool_deploy("update", f"tool-{i}", "--param", f"MinSize={size}"), tool_env))
            rows["update"][1].append(timed(cli_deploy(f"cli-{i}", {"MinSize": size}), env))
            for stack in (f"tool-{i}", f"cli-{i}"):
                # The tool protects a stack that holds data from deletion; the CLI's delete needs it off first.
                subprocess.run(cf + ["update-termination-protection", "--no-enable-termination-protection",
                                     "--stack-name", stack], env=env, check=True, capture_output=True)
                subprocess.run(cf + ["delete-stack", "--stack-name", stack], env=env, check=True,
                               capture_output=True)
        for operation, (ours, theirs) in rows.items():
            ratio = statistics.median(a / b for a, b in zip(ours, theirs))
            print(f"{emulator:9} {operation:6}  tool {statistics.median(ours) * 1000:7.0f} ms  "
                  f"aws cloudformation deploy {statistics.median(theirs) * 1000:7.0f} ms  ratio {ratio:4.2f}  "
                  f"({pairs} pairs)")
    finally:
        process.terminate()
        process.wait()


def main(args):
    pairs = int(args[0]) if args else 7
    print("The deployer against the AWS CLI v1 (`aws cloudformation deploy`), same template and values; medians "
          "and the median of the pairs' ratios (tool / CLI). The deployer's JVM: " + java_command()[0])
    for emulator in ("moto", "ministack"):
        bench(emulator, pairs)


if __name__ == "__main__":
    main(sys.argv[1:])
