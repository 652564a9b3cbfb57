#!/usr/bin/env python3
"""A stand-in for the container a one-off ECS task runs, for the docs' blocks on MiniStack (run_blocks.py
starts it in the background with the emulator): MiniStack without Docker runs nothing, so a task started
by RunTask would stay RUNNING for good. Each such task (a service's tasks, in group `service:...` or
started by `ecs-svc/...`, are left alone) is stopped a second after it shows, its containers' exit code 0, as a command that succeeded."""
import time

import boto3


def main():
    ecs = boto3.client("ecs")
    seen = {}
    while True:
        for cluster in ecs.list_clusters()["clusterArns"]:
            running = ecs.list_tasks(cluster=cluster, desiredStatus="RUNNING")["taskArns"]
            if not running:
                continue
            for task in ecs.describe_tasks(cluster=cluster, tasks=running)["tasks"]:
                if task.get("group", "").startswith("service:") or task.get("startedBy", "").startswith("ecs-svc"):
                    continue
                first = seen.setdefault(task["taskArn"], time.monotonic())
                if time.monotonic() - first > 1:
                    ecs.stop_task(cluster=cluster, task=task["taskArn"], reason="Essential container in task exited")
        time.sleep(0.5)


if __name__ == "__main__":
    main()
