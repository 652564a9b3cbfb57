#!/bin/bash
# Boot script of the ecs-cluster instances (ECS-optimized Amazon Linux 2023, run once by cloud-init
# as root, before the ECS agent starts). CloudFormation fills in the placeholders in braces (Fn::Sub);
# shell variables are written $name, without braces.
set -euo pipefail

# Join the cluster. Task roles for bridge-mode containers: the agent serves each task its own role's
# credentials at 169.254.170.2; the launch template's hop limit of 1 keeps the instance's from them.
echo 'ECS_CLUSTER=${Cluster}' >> /etc/ecs/ecs.config
echo 'ECS_ENABLE_TASK_IAM_ROLE=true' >> /etc/ecs/ecs.config

# Mount the configuration volume at /mnt/efs, over TLS, now and at every boot. The mount target of
# this zone may still be settling when the first instances boot, so the mount is retried.
dnf install -y -q amazon-efs-utils
mkdir -p /mnt/efs
echo '${FileSystem}:/ /mnt/efs efs _netdev,tls 0 0' >> /etc/fstab
for _ in $(seq 1 30); do
  mount /mnt/efs && break
  sleep 10
done
mountpoint -q /mnt/efs
mkdir -p /mnt/efs/config
