#!/usr/bin/env python3
"""A stand-in for `docker`, for the docs' image steps run against a local emulator (run_blocks.py puts it
first on PATH in those blocks only): the test machine has no Docker. `login` takes the password on stdin
and checks nothing; `build -t IMAGE ...` builds nothing; `push REGISTRY/REPOSITORY:TAG` puts into the
emulator's ECR what a push leaves there, a manifest under that tag (with no layers: nothing runs it)."""
import hashlib
import json
import sys

import boto3


def main(argv):
    command = argv[0] if argv else ""
    if command == "login":
        sys.stdin.read()
        print("Login Succeeded (stand-in)")
    elif command == "build":
        print(f"built (stand-in, nothing built): {argv[argv.index('-t') + 1]}")
    elif command == "push":
        repository, tag = argv[1].split("/", 1)[1].rsplit(":", 1)
        config = hashlib.sha256(argv[1].encode()).hexdigest()
        boto3.client("ecr").put_image(repositoryName=repository, imageTag=tag, imageManifest=json.dumps({
            "schemaVersion": 2, "mediaType": "application/vnd.docker.distribution.manifest.v2+json",
            "config": {"mediaType": "application/vnd.docker.container.image.v1+json", "size": 2,
                       "digest": "sha256:" + config}, "layers": []}))
        print(f"pushed (stand-in): {argv[1]}")
    else:
        sys.exit(f"docker stand-in: '{command}' is not one of the docs' steps (login, build, push)")


if __name__ == "__main__":
    main(sys.argv[1:])
