package io.tropo4j.bench;

import io.tropo4j.Templates;
import io.tropo4j.core.Output;
import io.tropo4j.core.Parameter;
import io.tropo4j.core.ParameterType;
import io.tropo4j.core.Tags;
import io.tropo4j.core.Template;
import io.tropo4j.fn.Fn;
import io.tropo4j.fn.Json;
import io.tropo4j.fn.Value;
import io.tropo4j.resources.autoscaling.AutoScalingGroup;
import io.tropo4j.resources.autoscaling.ScalingPolicy;
import io.tropo4j.resources.cloudwatch.Alarm;
import io.tropo4j.resources.ec2.LaunchTemplate;
import io.tropo4j.resources.ec2.SecurityGroup;
import io.tropo4j.resources.elasticloadbalancingv2.Listener;
import io.tropo4j.resources.elasticloadbalancingv2.LoadBalancer;
import io.tropo4j.resources.elasticloadbalancingv2.TargetGroup;
import io.tropo4j.resources.iam.InstanceProfile;
import io.tropo4j.resources.iam.Role;
import io.tropo4j.resources.route53.RecordSet;
import io.tropo4j.resources.s3.Bucket;
import java.util.List;

/**
 * The benchmark's web app, 15 resources: a bucket, a role and its instance profile, two security
 * groups, a launch template, an ALB with a target group and a listener, an Auto Scaling group with
 * two scaling policies and two CPU alarms, and a Route53 alias. Its twin is
 * {@code src/bench/troposphere/webapp.py}; {@code compare.py} checks that both emit the same template.
 * As a program it prints the template, as a user's program would.
 */
public final class WebappTemplate {
  private WebappTemplate() {}

  public static void main(String[] args) {
    System.out.println(Templates.toJson(build()));
  }

  static Template build() {
    Template t = new Template().description("Web app: an Auto Scaling group behind an ALB, CPU scaling, a DNS alias");
    Parameter<String> vpc = t.add(Parameter.of("VpcId", ParameterType.VPC_ID)
        .description("The VPC of the load balancer and the instances"));
    Parameter<List<String>> subnets = t.add(Parameter.of("Subnets", ParameterType.SUBNET_IDS)
        .description("Public subnets in two availability zones"));
    Parameter<String> imageId = t.add(Parameter.of("ImageId", ParameterType.IMAGE_ID)
        .description("The web servers' AMI"));
    Parameter<String> instanceType = t.add(Parameter.string("InstanceType")
        .description("EC2 instance type of the web servers")
        .allowedValues("t3.micro", "t3.small", "t3.medium")
        .defaultValue("t3.micro"));
    Parameter<String> hostedZone = t.add(Parameter.of("HostedZoneId", ParameterType.HOSTED_ZONE_ID)
        .description("The hosted zone of the DNS name"));
    Parameter<String> domainName = t.add(Parameter.string("DomainName")
        .description("The application's DNS name"));

    Bucket assets = t.add(new Bucket("AssetsBucket")
        .versioningConfiguration(new Bucket.VersioningConfiguration().status("Enabled"))
        .publicAccessBlockConfiguration(new Bucket.PublicAccessBlockConfiguration()
            .blockPublicAcls(true).blockPublicPolicy(true).ignorePublicAcls(true).restrictPublicBuckets(true))
        .tags(Tags.of("Name", "assets"))
        .retainData());
    Role role = t.add(new Role("InstanceRole")
        .assumeRolePolicyDocument(Json.object(
            "Version", "2012-10-17",
            "Statement", List.of(Json.object(
                "Effect", "Allow",
                "Principal", Json.object("Service", "ec2.amazonaws.com"),
                "Action", "sts:AssumeRole"))))
        .policies(new Role.Policy().policyName("ReadAssets").policyDocument(Json.object(
            "Version", "2012-10-17",
            "Statement", List.of(Json.object(
                "Effect", "Allow",
                "Action", "s3:GetObject",
                "Resource", Fn.sub("${AssetsBucket.Arn}/*")))))));
    InstanceProfile profile = t.add(new InstanceProfile("InstanceProfile").roles(role));

    SecurityGroup lbGroup = t.add(new SecurityGroup("LoadBalancerSecurityGroup")
        .groupDescription("HTTP from anywhere")
        .vpcId(vpc.ref())
        .securityGroupIngress(new SecurityGroup.Ingress()
            .ipProtocol("tcp").fromPort(80).toPort(80).cidrIp("0.0.0.0/0")));
    SecurityGroup instanceGroup = t.add(new SecurityGroup("InstanceSecurityGroup")
        .groupDescription("HTTP from the load balancer")
        .vpcId(vpc.ref())
        .securityGroupIngress(new SecurityGroup.Ingress()
            .ipProtocol("tcp").fromPort(80).toPort(80).sourceSecurityGroupId(lbGroup.groupId())));

    LaunchTemplate launchTemplate = t.add(new LaunchTemplate("LaunchTemplate")
        .launchTemplateData(new LaunchTemplate.LaunchTemplateData()
            .imageId(imageId.ref())
            .instanceType(instanceType.ref())
            .iamInstanceProfile(new LaunchTemplate.IamInstanceProfile().arn(profile.arn()))
            .securityGroupIds(instanceGroup)
            .metadataOptions(new LaunchTemplate.MetadataOptions().httpTokens("required"))
            .userData(Fn.base64(Fn.sub("#!/bin/bash\ndnf install -y httpd\n"
                + "aws s3 cp s3://${AssetsBucket}/index.html /var/www/html/\nsystemctl enable --now httpd\n")))));

    LoadBalancer lb = t.add(new LoadBalancer("LoadBalancer")
        .scheme("internet-facing")
        .subnets(subnets.ref())
        .securityGroups(lbGroup));
    TargetGroup targets = t.add(new TargetGroup("TargetGroup")
        .vpcId(vpc.ref())
        .protocol("HTTP").port(80)
        .healthCheckPath("/health"));
    t.add(new Listener("Listener")
        .loadBalancerArn(lb)
        .protocol("HTTP").port(80)
        .defaultActions(new Listener.Action().type("forward").targetGroupArn(targets.ref())));

    AutoScalingGroup group = t.add(new AutoScalingGroup("WebServerGroup")
        .vpcZoneIdentifier(subnets.ref())
        .launchTemplate(new AutoScalingGroup.LaunchTemplateSpecification()
            .launchTemplateId(launchTemplate).version(launchTemplate.latestVersionNumber()))
        .minSize("2").maxSize("4")
        .targetGroupARNs(Value.list(targets.ref()))
        .healthCheckType("ELB").healthCheckGracePeriod(300)
        .tags(Tags.of("Name", Fn.sub("${AWS::StackName}-web"))));
    ScalingPolicy scaleOut = t.add(new ScalingPolicy("ScaleOutPolicy")
        .autoScalingGroupName(group).adjustmentType("ChangeInCapacity").scalingAdjustment(1).cooldown("300"));
    ScalingPolicy scaleIn = t.add(new ScalingPolicy("ScaleInPolicy")
        .autoScalingGroupName(group).adjustmentType("ChangeInCapacity").scalingAdjustment(-1).cooldown("300"));
    t.add(cpuAlarm("CpuHighAlarm", "Scale out above 70% CPU", "GreaterThanThreshold", 70, group, scaleOut));
    t.add(cpuAlarm("CpuLowAlarm", "Scale in below 30% CPU", "LessThanThreshold", 30, group, scaleIn));

    t.add(new RecordSet("DnsRecord")
        .hostedZoneId(hostedZone.ref())
        .name(domainName.ref())
        .typeProperty("A")
        .aliasTarget(new RecordSet.AliasTarget()
            .dnsName(lb.dnsName()).hostedZoneId(lb.canonicalHostedZoneID())));

    t.add(new Output("URL", Fn.sub("http://${DomainName}")).description("The application"));
    t.add(new Output("AssetsBucketName", assets.ref()).description("Where the assets are"));
    return t;
  }

  private static Alarm cpuAlarm(String logicalId, String description, String comparison, double threshold,
      AutoScalingGroup group, ScalingPolicy action) {
    return new Alarm(logicalId)
        .alarmDescription(description)
        .namespace("AWS/EC2").metricName("CPUUtilization")
        .dimensions(new Alarm.Dimension().name("AutoScalingGroupName").value(group.ref()))
        .statistic("Average").period(300).evaluationPeriods(2)
        .comparisonOperator(comparison).threshold(threshold)
        .alarmActions(Value.list(action.ref()));
  }
}
