package io.tropo4j.stacks;

import io.tropo4j.core.Condition;
import io.tropo4j.core.CreationPolicy;
import io.tropo4j.core.Output;
import io.tropo4j.core.Parameter;
import io.tropo4j.core.ParameterType;
import io.tropo4j.core.SourceDirectory;
import io.tropo4j.core.Stack;
import io.tropo4j.core.Tags;
import io.tropo4j.core.Template;
import io.tropo4j.core.UpdatePolicy;
import io.tropo4j.core.UserData;
import io.tropo4j.fn.Fn;
import io.tropo4j.fn.Value;
import io.tropo4j.iam.Policy;
import io.tropo4j.iam.Statement;
import io.tropo4j.iam.actions.S3;
import io.tropo4j.resources.autoscaling.AutoScalingGroup;
import io.tropo4j.resources.autoscaling.ScalingPolicy;
import io.tropo4j.resources.certificatemanager.Certificate;
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
import io.tropo4j.resources.s3.BucketPolicy;
import java.util.List;
import java.util.Optional;

/**
 * The autoscaled web application: a Flask app under Apache httpd and mod_wsgi on Amazon Linux 2023,
 * in an Auto Scaling group behind an Application Load Balancer, reached at a fixed name in Route53
 * over HTTPS with a DNS-validated certificate; HTTP is redirected there.
 * Instances fetch the release (the source bundle of one git commit) from S3 at boot; a new
 * {@code SourceKey} rolls them one at a time, each confirming its health before the next goes.
 */
public final class WebappStack implements Stack {
  /** Releases live under this prefix of the source bucket; instances may read nothing else. */
  public static final String SOURCE_PREFIX = "webapp/";
  static final String LOG_PREFIX = "alb";

  @Override
  public String name() {
    return "webapp";
  }

  @Override
  public String summary() {
    return "Flask app on an Auto Scaling group behind an ALB with HTTPS (ACM, DNS-validated), Route53, S3 access "
        + "logs and CPU scaling";
  }

  @Override
  public Template build() {
    return new Builder().template;
  }

  @Override
  public Optional<SourceDirectory> source() {
    return Optional.of(new SourceDirectory("src/webapp", SOURCE_PREFIX, "SourceBucket", "SourceKey"));
  }

  /** One build: the parameters first, then the resources in the order traffic meets them. */
  private static final class Builder {
    final Template t = new Template().tags(StackTags.of("webapp")).description(
        "tropo4j webapp: Flask under Apache httpd and mod_wsgi on an Auto Scaling group behind an "
            + "Application Load Balancer with HTTPS and HTTP redirected to it, a fixed DNS name with a DNS-validated "
            + "certificate, S3 access logs and CPU-driven scaling");

    final Parameter<String> vpc = t.add(Parameter.of("VpcId", ParameterType.VPC_ID)
        .description("The VPC of the load balancer and the instances"));
    final Parameter<List<String>> subnets = t.add(Parameter.of("Subnets", ParameterType.SUBNET_IDS)
        .description("Public subnets in at least two availability zones, for the load balancer and the instances"));
    final Parameter<String> instanceType = t.add(Parameter.string("InstanceType")
        .description("EC2 instance type of the web servers")
        .allowedValues("t3.micro", "t3.small", "t3.medium", "t3.large", "m7i.large", "c7i.large")
        .defaultValue("t3.micro"));
    final Parameter<String> keyName = t.add(Parameter.string("KeyName")
        .description("Optional EC2 key pair for SSH; empty for none")
        .defaultValue(""));
    final Parameter<String> imageId = t.add(Parameter.of("ImageId",
            ParameterType.ssmValue(ParameterType.IMAGE_ID))
        .description("Amazon Linux 2023 AMI, from the public SSM parameter")
        .defaultValue("/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-x86_64"));
    final Parameter<String> hostedZone = t.add(Parameter.of("HostedZoneId", ParameterType.HOSTED_ZONE_ID)
        .description("The Route53 hosted zone that holds the DNS name"));
    final Parameter<String> domainName = t.add(Parameter.string("DomainName")
        .description("The fixed DNS name of the application, inside the hosted zone")
        .defaultValue("loremipsum.tv17.co.uk")
        .allowedPattern("^([a-zA-Z0-9]([a-zA-Z0-9-]*[a-zA-Z0-9])?\\.)+[a-zA-Z]{2,}$")
        .constraintDescription("a DNS name such as app.example.com"));
    final Parameter<String> certificateArn = t.add(Parameter.string("CertificateArn")
        .description("Optional ACM certificate for DomainName; empty to have the stack request one, validated "
            + "by DNS in the hosted zone")
        .defaultValue("")
        .allowedPattern("^(arn:aws[a-z-]*:acm:[a-z0-9-]+:[0-9]{12}:certificate/[A-Za-z0-9-]+)?$")
        .constraintDescription("an ACM certificate ARN, or empty"));
    final Parameter<String> sourceBucket = t.add(Parameter.string("SourceBucket")
        .description("The bucket holding the application's source bundles")
        .allowedPattern("^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$")
        .constraintDescription("an S3 bucket name"));
    final Parameter<String> sourceKey = t.add(Parameter.string("SourceKey")
        .description("The source bundle to run, named by its git commit; a new key rolls the instances")
        .allowedPattern("^" + SOURCE_PREFIX + "[A-Za-z0-9._-]+\\.zip$")
        .constraintDescription("a key under " + SOURCE_PREFIX + " ending in .zip"));
    final Parameter<Integer> minSize = t.add(Parameter.number("MinSize")
        .description("Fewest web servers").defaultValue(2).minValue(1).maxValue(10));
    final Parameter<Integer> maxSize = t.add(Parameter.number("MaxSize")
        .description("Most web servers; at least 2, so one can roll while another serves")
        .defaultValue(4).minValue(2).maxValue(20));
    final Parameter<Integer> desiredCapacity = t.add(Parameter.number("DesiredCapacity")
        .description("Web servers to start with, between MinSize and MaxSize").defaultValue(2).minValue(1).maxValue(20));

    final Condition hasKeyName = t.add(new Condition("HasKeyName",
        Fn.not(Fn.equals(keyName.ref(), ""))));
    final Condition requestCertificate = t.add(new Condition("RequestCertificate",
        Fn.equals(certificateArn.ref(), "")));

    final Template template;

    Builder() {
      interfaceMetadata();
      SecurityGroup lbGroup = t.add(LoadBalancing.publicWebGroup("LoadBalancerSecurityGroup", vpc.ref()));
      SecurityGroup instanceGroup = t.add(new SecurityGroup("InstanceSecurityGroup")
          .groupDescription("HTTP from the load balancer only")
          .vpcId(vpc.ref())
          .securityGroupIngress(new SecurityGroup.Ingress().description("HTTP from the load balancer")
              .ipProtocol("tcp").fromPort(80).toPort(80).sourceSecurityGroupId(lbGroup.groupId())));

      Bucket logs = logsBucket();
      BucketPolicy logDelivery = ElbLogDelivery.policy(t, "AccessLogsBucketPolicy", logs, LOG_PREFIX);
      LoadBalancer lb = t.add(new LoadBalancer("LoadBalancer")
          .scheme("internet-facing")
          .typeProperty("application")
          .subnets(subnets.ref())
          .securityGroups(lbGroup)
          .loadBalancerAttributes(ElbLogDelivery.withAccessLogs(logs, LOG_PREFIX, LoadBalancing.dropInvalidHeaders()))
          .dependsOn(logDelivery)); // the load balancer checks it may write logs when created
      TargetGroup targets = t.add(new TargetGroup("TargetGroup")
          .vpcId(vpc.ref())
          .protocol("HTTP").port(80).targetType("instance")
          .healthCheckPath("/health").healthCheckIntervalSeconds(15)
          .healthyThresholdCount(2).unhealthyThresholdCount(3)
          .matcher(new TargetGroup.Matcher().httpCode("200"))
          .targetGroupAttributes(new TargetGroup.TargetGroupAttribute()
              .key("deregistration_delay.timeout_seconds").value("30")));
      Certificate certificate = Dns.certificate(t, "Certificate", hostedZone, domainName.ref())
          .condition(requestCertificate);
      t.add(new Listener("HttpListener").loadBalancerArn(lb).protocol("HTTP").port(80)
          .defaultActions(LoadBalancing.redirectToHttps()));
      LoadBalancing.https(t, "HttpsListener", lb,
          Fn.ifThen(requestCertificate, certificate.ref(), certificateArn.ref()), targets);

      AutoScalingGroup group = webServers(launchTemplate(instanceGroup, instanceRole()), targets);
      cpuScaling(group);

      t.add(new RecordSet("DnsRecord")
          .hostedZoneId(hostedZone.ref())
          .name(domainName.ref())
          .typeProperty("A")
          .aliasTarget(new RecordSet.AliasTarget()
              .dnsName(lb.dnsName()).hostedZoneId(lb.canonicalHostedZoneID()).evaluateTargetHealth(true)));

      t.add(new Output("URL", Fn.sub("https://${DomainName}")).description("The application at its fixed name"));
      t.add(new Output("LoadBalancerDNSName", lb.dnsName()).description("The load balancer's own DNS name"));
      t.add(new Output("SourceKey", sourceKey.ref()).description("The release the instances run"));
      template = t;
    }

    private void interfaceMetadata() {
      t.parameterGroup("Network", vpc, subnets);
      t.parameterGroup("Web servers", instanceType, imageId, keyName, minSize, maxSize, desiredCapacity);
      t.parameterGroup("Release", sourceBucket, sourceKey);
      t.parameterGroup("DNS and TLS", hostedZone, domainName, certificateArn);
    }

    /** Access logs: S3-managed keys (the only kind log delivery supports), never public, kept 90 days. */
    private Bucket logsBucket() {
      return t.add(Justified.logBucket(Buckets.logBucket("AccessLogsBucket", 90)));
    }

    /** The instances may read releases, and nothing else. */
    private InstanceProfile instanceRole() {
      Role role = t.add(new Role("InstanceRole")
          .assumeRolePolicyDocument(Roles.assumedBy("ec2.amazonaws.com"))
          .policies(new Role.Policy().policyName("ReadReleases").policyDocument(Policy.document(
              Statement.allow(S3.GET_OBJECT)
                  .on(Fn.sub("arn:${AWS::Partition}:s3:::${SourceBucket}/" + SOURCE_PREFIX + "*"))))));
      return t.add(new InstanceProfile("InstanceProfile").roles(role));
    }

    private LaunchTemplate launchTemplate(SecurityGroup instanceGroup, InstanceProfile profile) {
      return t.add(new LaunchTemplate("LaunchTemplate").launchTemplateData(new LaunchTemplate.LaunchTemplateData()
          .imageId(imageId.ref())
          .instanceType(instanceType.ref())
          .keyName(Fn.ifThen(hasKeyName, keyName.ref(), Fn.noValue()))
          .iamInstanceProfile(new LaunchTemplate.IamInstanceProfile().arn(profile.arn()))
          .securityGroupIds(instanceGroup)
          .metadataOptions(new LaunchTemplate.MetadataOptions()
              .httpTokens("required").httpEndpoint("enabled").httpPutResponseHopLimit(1))
          .blockDeviceMappings(new LaunchTemplate.BlockDeviceMapping().deviceName("/dev/xvda")
              .ebs(new LaunchTemplate.Ebs().volumeType("gp3").volumeSize(8).encrypted(true).deleteOnTermination(true)))
          .userData(UserData.fromFile("webapp.sh"))));
    }

    /**
     * Creation waits for every instance's signal; an update replaces one instance at a time and
     * waits for its signal, so a release that fails to start rolls back with the old ones serving.
     */
    private AutoScalingGroup webServers(LaunchTemplate launchTemplate, TargetGroup targets) {
      return t.add(new AutoScalingGroup("WebServerGroup")
          .vpcZoneIdentifier(subnets.ref())
          .launchTemplate(new AutoScalingGroup.LaunchTemplateSpecification()
              .launchTemplateId(launchTemplate).version(launchTemplate.latestVersionNumber()))
          .minSize(Fn.asString(minSize.ref()))
          .maxSize(Fn.asString(maxSize.ref()))
          .desiredCapacity(Fn.asString(desiredCapacity.ref()))
          .targetGroupARNs(Value.list(targets.ref()))
          .healthCheckType("ELB").healthCheckGracePeriod(300)
          .tags(Tags.of("Name", Fn.sub("${AWS::StackName}-web")))
          .creationPolicy(new CreationPolicy().resourceSignal(desiredCapacity.ref(), "PT15M"))
          .updatePolicy(new UpdatePolicy().autoScalingRollingUpdate(new UpdatePolicy.RollingUpdate()
              .minInstancesInService(1)
              .maxBatchSize(1)
              .pauseTime("PT15M")
              .waitOnResourceSignals(true)
              .suspendProcesses("HealthCheck", "ReplaceUnhealthy", "AZRebalance", "AlarmNotification",
                  "ScheduledActions"))));
    }

    /** Average CPU above 70% for ten minutes adds a server; below 30% for ten minutes removes one. */
    private void cpuScaling(AutoScalingGroup group) {
      ScalingPolicy scaleOut = t.add(new ScalingPolicy("ScaleOutPolicy")
          .autoScalingGroupName(group).policyType("SimpleScaling")
          .adjustmentType("ChangeInCapacity").scalingAdjustment(1).cooldown("300"));
      ScalingPolicy scaleIn = t.add(new ScalingPolicy("ScaleInPolicy")
          .autoScalingGroupName(group).policyType("SimpleScaling")
          .adjustmentType("ChangeInCapacity").scalingAdjustment(-1).cooldown("300"));
      t.add(cpuAlarm("CpuHighAlarm", "Scale out when average CPU is above 70%", "GreaterThanThreshold", 70,
          group, scaleOut));
      t.add(cpuAlarm("CpuLowAlarm", "Scale in when average CPU is below 30%", "LessThanThreshold", 30,
          group, scaleIn));
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
}
