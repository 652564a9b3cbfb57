"""Prepares what the webapp stack expects to find in an account: a VPC, two subnets in two
availability zones, and a hosted zone. Run against a local emulator (AWS_ENDPOINT_URL); prints the
stack parameters, space-separated, as PARAMS takes them. ImageId is left to its default (an SSM
parameter), as most users leave it: an update keeps it. The certificate is requested here and passed
as CertificateArn, because moto's CloudFormation cannot create an ACM certificate (on AWS the stack
requests and DNS-validates one when CertificateArn is empty).

With --exports it prints the same as shell variables (VPC_ID, SUBNETS, ZONE_ID, CERTIFICATE_ARN), as the
docs' examples name an account's own: src/docs/run_blocks.py runs them with these."""

import os
import sys

import boto3


def main():
    endpoint = os.environ.get("AWS_ENDPOINT_URL")
    if not endpoint:
        sys.exit("network.py: AWS_ENDPOINT_URL is not set; this script only prepares a local emulator")
    region = os.environ.get("AWS_REGION", "us-east-1")
    ec2 = boto3.client("ec2", endpoint_url=endpoint, region_name=region)
    route53 = boto3.client("route53", endpoint_url=endpoint, region_name=region)
    acm = boto3.client("acm", endpoint_url=endpoint, region_name=region)

    vpc = ec2.create_vpc(CidrBlock="10.0.0.0/16")["Vpc"]["VpcId"]
    subnets = [
        ec2.create_subnet(VpcId=vpc, CidrBlock=f"10.0.{i}.0/24", AvailabilityZone=f"{region}{zone}")["Subnet"]["SubnetId"]
        for i, zone in enumerate("ab", start=1)
    ]
    zone = route53.create_hosted_zone(Name="example.com", CallerReference=vpc)["HostedZone"]["Id"].split("/")[-1]
    certificate = acm.request_certificate(DomainName="app.example.com", ValidationMethod="DNS")["CertificateArn"]
    if sys.argv[1:] == ["--exports"]:
        print(f"export VPC_ID={vpc} SUBNETS={','.join(subnets)} ZONE_ID={zone} CERTIFICATE_ARN={certificate}")
    else:
        print(f"VpcId={vpc} Subnets={','.join(subnets)} HostedZoneId={zone} DomainName=app.example.com "
              f"CertificateArn={certificate}")


if __name__ == "__main__":
    main()
