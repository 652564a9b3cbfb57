"""The benchmark's web app in troposphere: the twin of src/bench/java/io/tropo4j/bench/WebappTemplate.java.

Run as a program it prints the template (to_json), as a user's program would; compare.py checks
that both twins emit the same template and times them side by side. build() is the in-process
workload: it builds the template and serializes it.
"""

from troposphere import Base64, GetAtt, Output, Parameter, Ref, Sub, Tags, Template
from troposphere.autoscaling import AutoScalingGroup, LaunchTemplateSpecification, ScalingPolicy
from troposphere.autoscaling import Tags as AutoScalingTags
from troposphere.cloudwatch import Alarm, MetricDimension
from troposphere.ec2 import (IamInstanceProfile, LaunchTemplate, LaunchTemplateData, MetadataOptions,
                             SecurityGroup, SecurityGroupRule)
from troposphere.elasticloadbalancingv2 import Action, Listener, LoadBalancer, TargetGroup
from troposphere.iam import InstanceProfile, Policy, Role
from troposphere.route53 import AliasTarget, RecordSetType
from troposphere.s3 import Bucket, PublicAccessBlockConfiguration, VersioningConfiguration


def cpu_alarm(logical_id, description, comparison, threshold, group, action):
    return Alarm(
        logical_id,
        AlarmDescription=description,
        Namespace="AWS/EC2",
        MetricName="CPUUtilization",
        Dimensions=[MetricDimension(Name="AutoScalingGroupName", Value=Ref(group))],
        Statistic="Average",
        Period=300,
        EvaluationPeriods=2,
        ComparisonOperator=comparison,
        Threshold=threshold,
        AlarmActions=[Ref(action)],
    )


def template():
    t = Template()
    t.set_version()
    t.set_description("Web app: an Auto Scaling group behind an ALB, CPU scaling, a DNS alias")
    vpc = t.add_parameter(Parameter(
        "VpcId", Type="AWS::EC2::VPC::Id", Description="The VPC of the load balancer and the instances"))
    subnets = t.add_parameter(Parameter(
        "Subnets", Type="List<AWS::EC2::Subnet::Id>", Description="Public subnets in two availability zones"))
    image_id = t.add_parameter(Parameter("ImageId", Type="AWS::EC2::Image::Id", Description="The web servers' AMI"))
    instance_type = t.add_parameter(Parameter(
        "InstanceType", Type="String", Description="EC2 instance type of the web servers",
        AllowedValues=["t3.micro", "t3.small", "t3.medium"], Default="t3.micro"))
    hosted_zone = t.add_parameter(Parameter(
        "HostedZoneId", Type="AWS::Route53::HostedZone::Id", Description="The hosted zone of the DNS name"))
    domain_name = t.add_parameter(Parameter("DomainName", Type="String", Description="The application's DNS name"))

    assets = t.add_resource(Bucket(
        "AssetsBucket",
        VersioningConfiguration=VersioningConfiguration(Status="Enabled"),
        PublicAccessBlockConfiguration=PublicAccessBlockConfiguration(
            BlockPublicAcls=True, BlockPublicPolicy=True, IgnorePublicAcls=True, RestrictPublicBuckets=True),
        Tags=Tags(Name="assets"),
        DeletionPolicy="Retain",
        UpdateReplacePolicy="Retain",
    ))
    role = t.add_resource(Role(
        "InstanceRole",
        AssumeRolePolicyDocument={
            "Version": "2012-10-17",
            "Statement": [{
                "Effect": "Allow",
                "Principal": {"Service": "ec2.amazonaws.com"},
                "Action": "sts:AssumeRole",
            }],
        },
        Policies=[Policy(PolicyName="ReadAssets", PolicyDocument={
            "Version": "2012-10-17",
            "Statement": [{
                "Effect": "Allow",
                "Action": "s3:GetObject",
                "Resource": Sub("${AssetsBucket.Arn}/*"),
            }],
        })],
    ))
    profile = t.add_resource(InstanceProfile("InstanceProfile", Roles=[Ref(role)]))

    lb_group = t.add_resource(SecurityGroup(
        "LoadBalancerSecurityGroup",
        GroupDescription="HTTP from anywhere",
        VpcId=Ref(vpc),
        SecurityGroupIngress=[SecurityGroupRule(IpProtocol="tcp", FromPort=80, ToPort=80, CidrIp="0.0.0.0/0")],
    ))
    instance_group = t.add_resource(SecurityGroup(
        "InstanceSecurityGroup",
        GroupDescription="HTTP from the load balancer",
        VpcId=Ref(vpc),
        SecurityGroupIngress=[SecurityGroupRule(
            IpProtocol="tcp", FromPort=80, ToPort=80, SourceSecurityGroupId=GetAtt(lb_group, "GroupId"))],
    ))

    launch_template = t.add_resource(LaunchTemplate(
        "LaunchTemplate",
        LaunchTemplateData=LaunchTemplateData(
            ImageId=Ref(image_id),
            InstanceType=Ref(instance_type),
            IamInstanceProfile=IamInstanceProfile(Arn=GetAtt(profile, "Arn")),
            SecurityGroupIds=[GetAtt(instance_group, "GroupId")],
            MetadataOptions=MetadataOptions(HttpTokens="required"),
            UserData=Base64(Sub("#!/bin/bash\ndnf install -y httpd\n"
                                "aws s3 cp s3://${AssetsBucket}/index.html /var/www/html/\n"
                                "systemctl enable --now httpd\n")),
        ),
    ))

    lb = t.add_resource(LoadBalancer(
        "LoadBalancer",
        Scheme="internet-facing",
        Subnets=Ref(subnets),
        SecurityGroups=[GetAtt(lb_group, "GroupId")],
    ))
    targets = t.add_resource(TargetGroup(
        "TargetGroup", VpcId=Ref(vpc), Protocol="HTTP", Port=80, HealthCheckPath="/health"))
    t.add_resource(Listener(
        "Listener",
        LoadBalancerArn=Ref(lb),
        Protocol="HTTP",
        Port=80,
        DefaultActions=[Action(Type="forward", TargetGroupArn=Ref(targets))],
    ))

    group = t.add_resource(AutoScalingGroup(
        "WebServerGroup",
        VPCZoneIdentifier=Ref(subnets),
        LaunchTemplate=LaunchTemplateSpecification(
            LaunchTemplateId=Ref(launch_template), Version=GetAtt(launch_template, "LatestVersionNumber")),
        MinSize="2",
        MaxSize="4",
        TargetGroupARNs=[Ref(targets)],
        HealthCheckType="ELB",
        HealthCheckGracePeriod=300,
        Tags=AutoScalingTags(Name=Sub("${AWS::StackName}-web")),
    ))
    scale_out = t.add_resource(ScalingPolicy(
        "ScaleOutPolicy", AutoScalingGroupName=Ref(group), AdjustmentType="ChangeInCapacity",
        ScalingAdjustment=1, Cooldown="300"))
    scale_in = t.add_resource(ScalingPolicy(
        "ScaleInPolicy", AutoScalingGroupName=Ref(group), AdjustmentType="ChangeInCapacity",
        ScalingAdjustment=-1, Cooldown="300"))
    t.add_resource(cpu_alarm("CpuHighAlarm", "Scale out above 70% CPU", "GreaterThanThreshold", 70, group, scale_out))
    t.add_resource(cpu_alarm("CpuLowAlarm", "Scale in below 30% CPU", "LessThanThreshold", 30, group, scale_in))

    t.add_resource(RecordSetType(
        "DnsRecord",
        HostedZoneId=Ref(hosted_zone),
        Name=Ref(domain_name),
        Type="A",
        AliasTarget=AliasTarget(
            DNSName=GetAtt(lb, "DNSName"), HostedZoneId=GetAtt(lb, "CanonicalHostedZoneID")),
    ))

    t.add_output(Output("URL", Value=Sub("http://${DomainName}"), Description="The application"))
    t.add_output(Output("AssetsBucketName", Value=Ref(assets), Description="Where the assets are"))
    return t


def build():
    return template().to_json()


if __name__ == "__main__":
    print(build())
