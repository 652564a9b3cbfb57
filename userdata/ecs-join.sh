#!/bin/bash
# Boot script of the ecs-service instances (ECS-optimized Amazon Linux 2023, run by cloud-init before
# the ECS agent starts): join the cluster that CloudFormation names in the placeholder below.
set -euo pipefail
echo 'ECS_CLUSTER=${Cluster}' >> /etc/ecs/ecs.config
