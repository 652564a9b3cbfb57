"""Keeps the load balancer's security group open to CloudFront's origin-facing address ranges and
nothing else. Runs on AWS's AmazonIpSpaceChanged notifications, and once by hand after the stack is
created. Embedded in the ecs-cluster template (ZipFile), so it stays under 4,096 characters."""

import json
import os
import urllib.request

import boto3

IP_RANGES_URL = "https://ip-ranges.amazonaws.com/ip-ranges.json"
SERVICE = "CLOUDFRONT_ORIGIN_FACING"


def cloudfront_ranges(ip_ranges):
    """The IPv4 prefixes CloudFront reaches origins from, sorted."""
    return sorted({p["ip_prefix"] for p in ip_ranges["prefixes"] if p["service"] == SERVICE})


def changes(current, wanted):
    """The ranges to add and to remove so that the group admits exactly the wanted ones."""
    return sorted(set(wanted) - set(current)), sorted(set(current) - set(wanted))


def source_url(event):
    """The notification names the file; anything but AWS's own address is ignored."""
    try:
        url = json.loads(event["Records"][0]["Sns"]["Message"])["url"]
    except (KeyError, IndexError, TypeError, ValueError):
        return IP_RANGES_URL
    return url if url == IP_RANGES_URL else IP_RANGES_URL


def permissions(port, cidrs):
    ranges = [{"CidrIp": cidr, "Description": "CloudFront"} for cidr in cidrs]
    return [{"IpProtocol": "tcp", "FromPort": port, "ToPort": port, "IpRanges": ranges}]


def handler(event, context, ec2=None):
    with urllib.request.urlopen(source_url(event), timeout=30) as response:
        wanted = cloudfront_ranges(json.load(response))
    group_id = os.environ["SECURITY_GROUP_ID"]
    port = int(os.environ["PORT"])
    ec2 = ec2 or boto3.client("ec2")
    group = ec2.describe_security_groups(GroupIds=[group_id])["SecurityGroups"][0]
    current = [r["CidrIp"] for p in group["IpPermissions"] if p.get("FromPort") == port
               for r in p.get("IpRanges", [])]
    add, remove = changes(current, wanted)
    if remove:
        ec2.revoke_security_group_ingress(GroupId=group_id, IpPermissions=permissions(port, remove))
    if add:
        ec2.authorize_security_group_ingress(GroupId=group_id, IpPermissions=permissions(port, add))
    print(f"{group_id}: {len(add)} ranges added, {len(remove)} removed, {len(wanted)} in all")
    return {"added": len(add), "removed": len(remove), "total": len(wanted)}
