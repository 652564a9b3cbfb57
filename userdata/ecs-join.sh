#!/bin/bash
# Boot script of the ecs-service instances (ECS-optimized Amazon Linux 2023, run by cloud-init before
# the ECS agent starts): join the cluster that CloudFormation names in the placeholder below, and serve
# bridge-mode containers their task role's credentials at 169.254.170.2 (the launch template's hop
# limit of 1 keeps the instance's credentials from them).
set -euo pipefail
echo 'ECS_CLUSTER=${Cluster}' >> /etc/ecs/ecs.config
echo 'ECS_ENABLE_TASK_IAM_ROLE=true' >> /etc/ecs/ecs.config
