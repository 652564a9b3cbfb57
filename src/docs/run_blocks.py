#!/usr/bin/env python3
"""Runs the shell blocks of the README and the docs pages, as a reader would type them.

    run_blocks.py [PAGE...]

Each page is one shell session (bash, stopping at the first command that fails), its blocks run in the
order they come, in a scratch clone of this repository whose build (target/) and Python environments are
this checkout's, with HOME a scratch folder of its own: what a block writes to ~ or commits goes there,
never into this checkout or the user's home. (The build folders are this checkout's, linked: the clone's
sources are the same, so a block that builds, such as `make install`, makes what is there again.) `mvn` runs offline, against the local Maven repository
`make install` wrote. Background processes a block starts (an emulator) are stopped with the session.

Changes this checkout has not committed are committed in the clone first.

A comment on the line before a block's fence says how to take it:

    <!-- run: save ~/hello/Hello.java -->   a block of any language, written to that file, not run
    <!-- run: on moto -->                   before the block, a moto server is started (once a page) and
    <!-- run: on ministack -->              the AWS settings point at it, with an account's network in
                                            VPC_ID, SUBNETS, ZONE_ID and CERTIFICATE_ARN (and in
                                            us-west-2 WEST_VPC_ID, WEST_SUBNETS), as a reader's account
                                            has them; `aws` is the environment's AWS CLI, and
                                            `docker` and the container a one-off ECS task runs are
                                            stand-ins (docker_stand_in.py, ecs_agent_stand_in.py): the
                                            test machine has no Docker
    <!-- run: skip because REASON -->       not run (DocsTest still checks its make targets and command lines)

Exits 1 naming the page and block whose command failed, with the session's output.
"""
import os
import re
import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
BLOCK = re.compile(r"(?m)^(?:<!-- run: (.+?) -->\n)?```(\w*)\n(.*?)^```[ \t]*$", re.DOTALL)
SHELL = {"sh", "bash", "shell"}
WORK = ROOT / "target" / "docs-run"

PRELUDE = r"""
set -eo pipefail
trap 'echo "run_blocks: this command failed: $BASH_COMMAND" >&2' ERR
emulators=()
trap 'for p in "${emulators[@]}"; do kill "$p" 2> /dev/null || true; done; kill $(jobs -p) 2> /dev/null || true' EXIT
free_port() { .venv/bin/python -c 'import socket; s = socket.socket(); s.bind(("localhost", 0)); print(s.getsockname()[1])'; }
await_port() { for _ in $(seq 300); do (echo > "/dev/tcp/localhost/$1") 2> /dev/null && return 0; sleep 0.1; done; echo "no server on port $1" >&2; return 1; }
# An emulator for the blocks that follow, and in it what a reader's account holds: a network and a zone.
on_emulator() {
  local name=$1 port venv
  eval "port=\${port_$name:-}"
  if [ -z "$port" ]; then
    port=$(free_port)
    case "$name" in
      moto) venv=.venv; .venv/bin/python src/emulators/moto_server.py -H localhost -p "$port" > "$DOCS_LOG/$name.log" 2>&1 & ;;
      ministack) venv=.venv-ministack; .venv-ministack/bin/python src/emulators/ministack_server.py --port "$port" > "$DOCS_LOG/$name.log" 2>&1 & ;;
    esac
    emulators+=($!)
    await_port "$port"
    eval "port_$name=$port"
    export AWS_ENDPOINT_URL=http://localhost:$port AWS_REGION=us-east-1 AWS_DEFAULT_REGION=us-east-1
    export AWS_ACCESS_KEY_ID=docs AWS_SECRET_ACCESS_KEY=docs
    $venv/bin/python src/demo/network.py --exports > "$DOCS_LOG/$name.env"
    # And a network in us-west-2, where the catalog's app runs its service: WEST_VPC_ID, WEST_SUBNETS.
    AWS_REGION=us-west-2 AWS_DEFAULT_REGION=us-west-2 $venv/bin/python src/demo/network.py --exports \
      | awk '{ print "export WEST_" $2, "WEST_" $3 }' >> "$DOCS_LOG/$name.env"
    # The image steps' tools: the environment's AWS CLI, and a stand-in for docker that pushes to this ECR.
    mkdir -p "$DOCS_LOG/$name-bin"
    printf '#!/bin/sh\nexec "%s" "%s" "$@"\n' "$PWD/$venv/bin/python" "$PWD/src/docs/docker_stand_in.py" > "$DOCS_LOG/$name-bin/docker"
    [ -x "$venv/bin/aws" ] && printf '#!/bin/sh\nexec "%s" "$@"\n' "$PWD/$venv/bin/aws" > "$DOCS_LOG/$name-bin/aws"
    chmod 755 "$DOCS_LOG/$name-bin"/*
    if [ "$name" = ministack ]; then
      $venv/bin/python src/docs/ecs_agent_stand_in.py > "$DOCS_LOG/ecs-agent.log" 2>&1 &
      emulators+=($!)
    fi
  fi
  PATH="$DOCS_LOG/$name-bin:$PATH"
  export AWS_ENDPOINT_URL=http://localhost:$port AWS_REGION=us-east-1 AWS_DEFAULT_REGION=us-east-1
  export AWS_ACCESS_KEY_ID=docs AWS_SECRET_ACCESS_KEY=docs
  . "$DOCS_LOG/$name.env"
}
"""


def blocks(page):
    text = page.read_text(encoding="utf-8")
    for match in BLOCK.finditer(text):
        yield text[: match.start(2)].count("\n") + 1, match.group(1), match.group(2), match.group(3)


def script(page, skipped):
    lines = [PRELUDE]
    for line, directive, language, body in blocks(page):
        where = f"{page.relative_to(ROOT)}:{line}"
        if directive and directive.startswith("save "):
            path = directive[len("save "):].strip()
            lines.append(f"cd \"$DOCS_CLONE\" && mkdir -p \"$(dirname {path})\" && cat > {path} <<'DOCS_BLOCK_EOF'\n{body}DOCS_BLOCK_EOF")
            continue
        if language not in SHELL:
            continue
        if directive and directive.startswith("skip because "):
            skipped.append(f"{where}: {directive[len('skip because '):]}")
            continue
        lines.append(f"echo '### {where}'")
        if directive:
            emulator = re.fullmatch(r"on (moto|ministack)", directive)
            if not emulator:
                raise SystemExit(f"run_blocks: {where}: unknown directive '{directive}'")
            lines.append(f"on_emulator {emulator.group(1)}")
        # Each block starts where the reader stands: the clone (a block may cd away, as a reader does).
        lines.append("cd \"$DOCS_CLONE\"")
        # The block is shown as written, not traced: a trace would show a secret a block reads into PARAMS.
        lines.append(f"cat <<'DOCS_SHOW_EOF'\n{body}DOCS_SHOW_EOF")
        lines.append(body.rstrip("\n"))
    return "\n".join(lines) + "\n"


def clone(name):
    """A scratch clone whose files are older than this checkout's build, which it shares: make rebuilds nothing."""
    clone = WORK / name / "clone"
    subprocess.run(["git", "clone", "-q", str(ROOT), str(clone)], check=True)
    for link in ["target"] + [str(t.relative_to(ROOT)) for t in ROOT.glob("src/*/target")]:
        (clone / link).symlink_to(ROOT / link)
    # The environments are the checkout's, linked file by file (a block may make one again, as a reader
    # does, which writes its configuration and scripts: those are the clone's own copies).
    for venv in (".venv", ".venv-ministack"):
        subprocess.run(["cp", "-al", str(ROOT / venv), str(clone / venv)], check=True)
        for own in [clone / venv / "pyvenv.cfg"] + list((clone / venv / "bin").iterdir()):
            if own.is_file() and not own.is_symlink():
                shutil.copy2(own, str(own) + ".own")
                os.replace(str(own) + ".own", own)
    subprocess.run(["git", "config", "user.email", "docs@example.com"], cwd=clone, check=True)
    subprocess.run(["git", "config", "user.name", "docs"], cwd=clone, check=True)
    # What this checkout has not committed yet is committed there, so the docs run against the tree as it is.
    changed = subprocess.run(["git", "ls-files", "-z", "-m", "-o", "--exclude-standard"], cwd=ROOT, check=True,
                             capture_output=True, text=True).stdout.split("\0")
    for path in filter(None, changed):
        (clone / path).parent.mkdir(parents=True, exist_ok=True)
        if (ROOT / path).exists():
            shutil.copy2(ROOT / path, clone / path)
    if any(changed):
        subprocess.run(["git", "add", "-A"], cwd=clone, check=True)
        subprocess.run(["git", "commit", "-q", "-m", "the checkout's uncommitted changes"], cwd=clone, check=True)
    old = time.time() - 30 * 24 * 3600
    for dirpath, dirnames, filenames in os.walk(clone):
        dirnames[:] = [d for d in dirnames if d not in (".git", "target", ".venv", ".venv-ministack")]
        for f in filenames:
            p = os.path.join(dirpath, f)
            if not os.path.islink(p):
                os.utime(p, (old, old))
    return clone


def home(name, clone):
    """HOME for the session, as after the README's install: the `tropo4j` launcher in ~/.local/bin, an
    `mvn` that runs offline, first on PATH, and a git identity; nothing else."""
    home = WORK / name / "home"
    bin_dir = home / ".docs-bin"
    bin_dir.mkdir(parents=True)
    mvn = shutil.which("mvn")
    (bin_dir / "mvn").write_text(f"#!/bin/sh\nexec {mvn} -o \"$@\"\n")
    (bin_dir / "mvn").chmod(0o755)
    (home / ".gitconfig").write_text("[user]\n\tname = docs\n\temail = docs@example.com\n")
    subprocess.run(["make", "--no-print-directory", "-s", "install-launcher", f"PREFIX={home / '.local/bin'}"],
                   cwd=clone, check=True, stdout=subprocess.DEVNULL)
    return home


def run(page):
    name = page.stem.lower()
    shutil.rmtree(WORK / name, ignore_errors=True)
    skipped = []
    body = script(page, skipped)
    log_dir = WORK / name / "log"
    log_dir.mkdir(parents=True)
    the_clone = clone(name)
    the_home = home(name, the_clone)
    (WORK / name / "session.sh").write_text(body)
    env = dict(os.environ)
    for key in [k for k in env if k.startswith("AWS_") or k in ("MAKEFLAGS", "MAKELEVEL", "MFLAGS")]:
        del env[key]
    env.update(HOME=str(the_home), DOCS_CLONE=str(the_clone), DOCS_LOG=str(log_dir),
               PATH=f"{the_home / '.docs-bin'}:{the_home / '.local/bin'}:{env['PATH']}")
    started = time.monotonic()
    with open(log_dir / "session.log", "w") as log:
        result = subprocess.run(["bash", str(WORK / name / "session.sh")], cwd=the_clone, env=env,
                                stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
    output = (log_dir / "session.log").read_text()
    ran = output.count("### ")
    if result.returncode != 0:
        last = output.rsplit("### ", 1)[-1].split("\n", 1)[0] if ran else "its start"
        print(output[-6000:])
        print(f"run_blocks: {page.relative_to(ROOT)}: the block at {last} failed (exit {result.returncode});"
              f" the whole session: {log_dir / 'session.log'}", file=sys.stderr)
        return False
    print(f"{page.relative_to(ROOT)}: {ran} blocks ran in {time.monotonic() - started:.0f} s"
          + "".join(f"\n  not run: {s}" for s in skipped))
    return True


def main(argv):
    pages = [ROOT / p for p in argv] if argv else [ROOT / "README.md"] + sorted((ROOT / "docs").glob("*.md"))
    ok = all([run(page) for page in pages])
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
