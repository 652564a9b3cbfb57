package io.tropo4j.stacks;

import io.tropo4j.core.Condition;
import io.tropo4j.core.ContainerImage;
import io.tropo4j.core.Output;
import io.tropo4j.core.Parameter;
import io.tropo4j.core.ParameterType;
import io.tropo4j.core.Stack;
import io.tropo4j.core.Scanner;
import io.tropo4j.core.Tags;
import io.tropo4j.core.Template;
import io.tropo4j.core.UserData;
import io.tropo4j.fn.Fn;
import io.tropo4j.fn.Pseudo;
import io.tropo4j.fn.Value;
import io.tropo4j.resources.applicationautoscaling.ScalableTarget;
import io.tropo4j.resources.applicationautoscaling.ScalingPolicy;
import io.tropo4j.resources.autoscaling.AutoScalingGroup;
import io.tropo4j.resources.ec2.InternetGateway;
import io.tropo4j.resources.ec2.LaunchTemplate;
import io.tropo4j.resources.ec2.NetworkAcl;
import io.tropo4j.resources.ec2.NetworkAclEntry;
import io.tropo4j.resources.ec2.Route;
import io.tropo4j.resources.ec2.RouteTable;
import io.tropo4j.resources.ec2.SecurityGroup;
import io.tropo4j.resources.ec2.Subnet;
import io.tropo4j.resources.ec2.SubnetNetworkAclAssociation;
import io.tropo4j.resources.ec2.SubnetRouteTableAssociation;
import io.tropo4j.resources.ec2.VPC;
import io.tropo4j.resources.ec2.VPCGatewayAttachment;
import io.tropo4j.resources.ecs.CapacityProvider;
import io.tropo4j.resources.ecs.Cluster;
import io.tropo4j.resources.ecs.ClusterCapacityProviderAssociations;
import io.tropo4j.resources.ecs.Service;
import io.tropo4j.resources.ecs.TaskDefinition;
import io.tropo4j.resources.elasticloadbalancingv2.Listener;
import io.tropo4j.resources.elasticloadbalancingv2.LoadBalancer;
import io.tropo4j.resources.elasticloadbalancingv2.TargetGroup;
import io.tropo4j.resources.iam.Role;
import io.tropo4j.resources.logs.LogGroup;
import io.tropo4j.resources.s3.Bucket;
import io.tropo4j.resources.s3.BucketPolicy;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Source document 001 with its "further improvements" done: a VPC across three availability zones
 * (public subnets, an internet gateway, network ACLs), an ECS cluster on an EC2 Auto Scaling group
 * that a capacity provider scales, a container from ECR behind an Application Load Balancer with
 * dynamic host ports, service autoscaling on CPU, logs in CloudWatch, access logs in S3, and HTTPS when a
 * certificate is given (HTTP then redirects to it). Containers get a task role without permissions, never
 * the instances' credentials.
 */
public final class EcsServiceStack implements Stack {
  static final String CONTAINER = "app";
  static final int ZONES = 3;
  static final String LOG_PREFIX = "alb";

  @Override
  public String name() {
    return "ecs-service";
  }

  @Override
  public String summary() {
    return "ECS on EC2 in a three-zone VPC, capacity provider and CPU autoscaling, ALB with optional HTTPS";
  }

  /** A release names the image by tag; the deployer checks it is in ECR before the stack is touched. */
  @Override
  public Optional<ContainerImage> containerImage() {
    return Optional.of(ContainerImage.uri("ContainerImage"));
  }

  @Override
  public Template build() {
    return new Builder().t;
  }

  private static final class Builder {
    final Template t = new Template().tags(StackTags.of("ecs-service")).description(
        "tropo4j ecs-service: a three-zone VPC with network ACLs, an ECS cluster on EC2 scaled by a capacity "
            + "provider, a service from ECR behind an Application Load Balancer, CPU target tracking, CloudWatch "
            + "logs, and HTTPS when a certificate is given");

    final Parameter<String> vpcCidr = t.add(Parameter.string("VpcCidr")
        .description("Address range of the VPC; each zone's subnet takes a /24 of it").defaultValue("10.0.0.0/16")
        .allowedPattern("^(\\d{1,3}\\.){3}\\d{1,3}/(1[6-9]|2[0-1])$").constraintDescription("a CIDR block from /16 to /21"));
    final Parameter<String> instanceType = t.add(Parameter.string("InstanceType")
        .description("EC2 instance type of the cluster")
        .allowedValues("t3.small", "t3.medium", "t3.large", "m7i.large", "c7i.large").defaultValue("t3.small"));
    final Parameter<String> imageId = t.add(Parameter.of("ImageId", ParameterType.ssmValue(ParameterType.IMAGE_ID))
        .description("ECS-optimized Amazon Linux 2023 AMI, from the public SSM parameter")
        .defaultValue("/aws/service/ecs/optimized-ami/amazon-linux-2023/recommended/image_id"));
    final Parameter<Integer> instancesMin = t.add(Parameter.number("ClusterMinSize")
        .description("Fewest EC2 instances").defaultValue(1).minValue(0).maxValue(20));
    final Parameter<Integer> instancesMax = t.add(Parameter.number("ClusterMaxSize")
        .description("Most EC2 instances the capacity provider may run").defaultValue(6).minValue(1).maxValue(50));
    final Parameter<String> image = t.add(Parameter.string("ContainerImage")
        .description("The container image in ECR, e.g. 123456789012.dkr.ecr.eu-west-1.amazonaws.com/site:1.0")
        .allowedPattern("^[0-9]{12}\\.dkr\\.ecr\\.[a-z0-9-]+\\.amazonaws\\.com(\\.cn)?/[a-z0-9._/-]+(:[A-Za-z0-9_.-]+|@sha256:[0-9a-f]{64})$")
        .constraintDescription("an ECR image URI with a tag or digest"));
    final Parameter<Integer> containerPort = t.add(Parameter.number("ContainerPort")
        .description("The port the container listens on").defaultValue(80).minValue(1).maxValue(65535));
    final Parameter<Integer> containerMemory = t.add(Parameter.number("ContainerMemory")
        .description("Memory of one container, in MiB").defaultValue(512).minValue(128).maxValue(30720));
    final Parameter<Integer> tasksMin = t.add(Parameter.number("ServiceMinCount")
        .description("Fewest tasks").defaultValue(2).minValue(1).maxValue(50));
    final Parameter<Integer> tasksMax = t.add(Parameter.number("ServiceMaxCount")
        .description("Most tasks CPU scaling may run").defaultValue(12).minValue(1).maxValue(200));
    final Parameter<Double> cpuTarget = t.add(Parameter.of("CpuTargetPercent", ParameterType.DECIMAL)
        .description("Average service CPU that target tracking keeps").defaultValue(60).minValue(10).maxValue(90));
    final Parameter<String> certificate = t.add(Parameter.string("CertificateArn")
        .description("Optional ACM certificate in this region; with one, the load balancer serves HTTPS and "
            + "redirects HTTP to it")
        .defaultValue("").allowedPattern("^$|^arn:aws[a-z-]*:acm:[a-z0-9-]+:[0-9]{12}:certificate/[0-9a-f-]+$")
        .constraintDescription("empty, or the ARN of an ACM certificate"));
    final Condition https = t.add(new Condition("HasCertificate", Fn.not(Fn.equals(certificate.ref(), ""))));

    final List<Subnet> subnets = new ArrayList<>();

    Builder() {
      t.parameterGroup("Network", vpcCidr, certificate);
      t.parameterGroup("Cluster", instanceType, imageId, instancesMin, instancesMax);
      t.parameterGroup("Service", image, containerPort, containerMemory, tasksMin, tasksMax, cpuTarget);
      VPC vpc = network();
      SecurityGroup lbGroup = t.add(new SecurityGroup("LoadBalancerSecurityGroup")
          .groupDescription("HTTP and HTTPS from anywhere to the load balancer").vpcId(vpc.ref())
          .securityGroupIngress(
              new SecurityGroup.Ingress().description("HTTP").ipProtocol("tcp").fromPort(80).toPort(80).cidrIp("0.0.0.0/0"),
              new SecurityGroup.Ingress().description("HTTPS").ipProtocol("tcp").fromPort(443).toPort(443)
                  .cidrIp("0.0.0.0/0"))
          .exempt(Scanner.CHECKOV, "CKV_AWS_260", "A public website's load balancer: port 80 is open to everyone "
              + "so that it redirects to HTTPS when the stack has a certificate, and serves HTTP only when the "
              + "operator gives none"));
      SecurityGroup instanceGroup = t.add(new SecurityGroup("InstanceSecurityGroup")
          .groupDescription("Dynamic host ports from the load balancer only").vpcId(vpc.ref())
          .securityGroupIngress(new SecurityGroup.Ingress().description("Container ports from the load balancer")
              .ipProtocol("tcp").fromPort(32768).toPort(65535).sourceSecurityGroupId(lbGroup.groupId())));

      Cluster cluster = t.add(new Cluster("Cluster")
          .clusterSettings(new Cluster.ClusterSettings().name("containerInsights").value("enabled")));
      CapacityProvider capacity = capacity(cluster, instanceGroup);
      ClusterCapacityProviderAssociations association = t.add(new ClusterCapacityProviderAssociations("CapacityProviders")
          .cluster(cluster.ref()).capacityProviders(capacity)
          .defaultCapacityProviderStrategy(new ClusterCapacityProviderAssociations.CapacityProviderStrategy()
              .capacityProvider(capacity.ref()).weight(1)));

      Bucket accessLogs = t.add(Justified.logBucket(Buckets.logBucket("AccessLogsBucket", 90)));
      BucketPolicy logDelivery = ElbLogDelivery.policy(t, "AccessLogsBucketPolicy", accessLogs, LOG_PREFIX);
      LoadBalancer lb = t.add(new LoadBalancer("LoadBalancer").scheme("internet-facing").typeProperty("application")
          .subnets(subnets.toArray(new Subnet[0])).securityGroups(lbGroup)
          .loadBalancerAttributes(
              LoadBalancing.attribute("access_logs.s3.enabled", "true"),
              LoadBalancing.attribute("access_logs.s3.bucket", accessLogs.ref()),
              LoadBalancing.attribute("access_logs.s3.prefix", LOG_PREFIX),
              LoadBalancing.attribute("routing.http.drop_invalid_header_fields.enabled", "true"))
          .dependsOn(logDelivery)); // the load balancer checks it may write logs when created
      TargetGroup targets = t.add(new TargetGroup("TargetGroup").vpcId(vpc.ref()).targetType("instance")
          .protocol("HTTP").port(80).healthCheckPath("/").matcher(new TargetGroup.Matcher().httpCode("200-399"))
          .targetGroupAttributes(new TargetGroup.TargetGroupAttribute().key("deregistration_delay.timeout_seconds").value("30")));
      Listener http = t.add(new Listener("HttpListener").loadBalancerArn(lb).protocol("HTTP").port(80)
          .defaultActions(Fn.ifThen(https, Value.list(LoadBalancing.redirectToHttps()),
              Value.list(LoadBalancing.forward(targets)))));
      LoadBalancing.https(t, "HttpsListener", lb, certificate.ref(), targets).condition(https);

      LogGroup logs = t.add(Justified.serviceEncryptedLogs(new LogGroup("LogGroup").retentionInDays(30).retainData()));
      // The site calls no AWS API: its role has no permissions, and the instance's credentials are out of reach.
      Role taskRole = EcsTaskRoles.withoutPermissions(t, "TaskRole");
      TaskDefinition task = t.add(new TaskDefinition("TaskDefinition")
          .family(Fn.sub("${AWS::StackName}-app")).networkMode("bridge").requiresCompatibilities(List.of("EC2"))
          .taskRoleArn(taskRole)
          .containerDefinitions(new TaskDefinition.ContainerDefinition().name(CONTAINER).image(image.ref())
              .memory(containerMemory.ref()).essential(true)
              .portMappings(new TaskDefinition.PortMapping().containerPort(containerPort.ref()).hostPort(0).protocol("tcp"))
              .logConfiguration(new TaskDefinition.LogConfiguration().logDriver("awslogs").options(Value.strings(Map.of(
                  "awslogs-group", logs.ref(), "awslogs-region", Pseudo.REGION,
                  "awslogs-stream-prefix", CONTAINER))))));
      Service service = t.add(new Service("Service")
          .cluster(cluster).taskDefinition(task).desiredCount(tasksMin.ref())
          .capacityProviderStrategy(new Service.CapacityProviderStrategyItem().capacityProvider(capacity.ref()).weight(1))
          .loadBalancers(new Service.LoadBalancer().containerName(CONTAINER).containerPort(containerPort.ref())
              .targetGroupArn(targets))
          .healthCheckGracePeriodSeconds(60)
          .placementStrategies(new Service.PlacementStrategy().type("spread").field("attribute:ecs.availability-zone"))
          .deploymentConfiguration(new Service.DeploymentConfiguration().minimumHealthyPercent(100).maximumPercent(200)
              .deploymentCircuitBreaker(new Service.DeploymentCircuitBreaker().enable(true).rollback(true)))
          .dependsOn(http, association));
      cpuScaling(service);

      t.add(new Output("LoadBalancerURL", Fn.ifThen(https, Fn.sub("https://${LoadBalancer.DNSName}"),
          Fn.sub("http://${LoadBalancer.DNSName}"))).description("The service, at the load balancer's name"));
      t.add(new Output("ClusterName", cluster.ref()).description("The ECS cluster"));
      t.add(new Output("VpcId", vpc.ref()).description("The VPC"));
    }

    /**
     * The VPC and one public subnet per zone, with a route to the internet and a network ACL that
     * admits HTTP, HTTPS and return traffic only.
     */
    private VPC network() {
      VPC vpc = t.add(new VPC("Vpc").cidrBlock(vpcCidr.ref()).enableDnsSupport(true).enableDnsHostnames(true)
          .tags(Tags.of("Name", Fn.sub("${AWS::StackName}"))));
      InternetGateway gateway = t.add(new InternetGateway("InternetGateway"));
      VPCGatewayAttachment attachment = t.add(new VPCGatewayAttachment("InternetGatewayAttachment")
          .vpcId(vpc.ref()).internetGatewayId(gateway.ref()));
      RouteTable routes = t.add(new RouteTable("PublicRouteTable").vpcId(vpc.ref()));
      t.add(new Route("InternetRoute").routeTableId(routes.ref()).destinationCidrBlock("0.0.0.0/0")
          .gatewayId(gateway.ref()).dependsOn(attachment));
      NetworkAcl acl = t.add(new NetworkAcl("PublicNetworkAcl").vpcId(vpc.ref()));
      inbound(acl, "AclInboundHttp", 100, 80, 80);
      inbound(acl, "AclInboundHttps", 110, 443, 443);
      inbound(acl, "AclInboundEphemeral", 120, 1024, 65535); // replies, and the load balancer to host ports
      t.add(new NetworkAclEntry("AclOutboundAll").networkAclId(acl.ref()).ruleNumber(100).egress(true)
          .protocol(-1).ruleAction("allow").cidrBlock("0.0.0.0/0"));
      for (int zone = 0; zone < ZONES; zone++) {
        String suffix = String.valueOf((char) ('A' + zone));
        Subnet subnet = t.add(new Subnet("PublicSubnet" + suffix).vpcId(vpc.ref())
            .availabilityZone(Fn.select(zone, Fn.getAZs()))
            .cidrBlock(Fn.select(zone, Fn.cidr(vpcCidr.ref(), ZONES, 8)))
            .mapPublicIpOnLaunch(true)
            .tags(Tags.of("Name", Fn.sub("${AWS::StackName}-public-" + suffix.toLowerCase()))));
        subnets.add(subnet);
        t.add(new SubnetRouteTableAssociation("PublicSubnet" + suffix + "Routes").subnetId(subnet.ref())
            .routeTableId(routes.ref()));
        t.add(new SubnetNetworkAclAssociation("PublicSubnet" + suffix + "Acl").subnetId(subnet.ref())
            .networkAclId(acl.ref()));
      }
      return vpc;
    }

    /** TCP on the ports, from anywhere. */
    private void inbound(NetworkAcl acl, String logicalId, int rule, int from, int to) {
      t.add(new NetworkAclEntry(logicalId).networkAclId(acl.ref()).ruleNumber(rule).egress(false).protocol(6)
          .ruleAction("allow").cidrBlock("0.0.0.0/0")
          .portRange(new NetworkAclEntry.PortRange().from(from).to(to)));
    }

    /** The instances, and the capacity provider that sizes their group to the tasks placed. */
    private CapacityProvider capacity(Cluster cluster, SecurityGroup instanceGroup) {
      LaunchTemplate launchTemplate = EcsInstances.launchTemplate(t, imageId.ref(), instanceType.ref(), instanceGroup,
          UserData.fromFile("ecs-join.sh", Map.of("Cluster", cluster.ref())));
      AutoScalingGroup group = t.add(new AutoScalingGroup("ClusterInstances")
          .vpcZoneIdentifier(subnets.toArray(new Subnet[0]))
          .launchTemplate(new AutoScalingGroup.LaunchTemplateSpecification()
              .launchTemplateId(launchTemplate).version(launchTemplate.latestVersionNumber()))
          .minSize(Fn.asString(instancesMin.ref())).maxSize(Fn.asString(instancesMax.ref()))
          .tags(Tags.of("Name", Fn.sub("${AWS::StackName}-ecs"))));
      return t.add(new CapacityProvider("CapacityProvider").autoScalingGroupProvider(
          new CapacityProvider.AutoScalingGroupProvider().autoScalingGroupArn(group.ref())
              .managedScaling(new CapacityProvider.ManagedScaling().status("ENABLED").targetCapacity(100))
              .managedTerminationProtection("DISABLED")));
    }

    /** Tasks follow the service's average CPU between the minimum and maximum counts. */
    private void cpuScaling(Service service) {
      ScalableTarget target = t.add(new ScalableTarget("ServiceScalingTarget")
          .serviceNamespace("ecs").scalableDimension("ecs:service:DesiredCount")
          .resourceId(Fn.sub("service/${Cluster}/${" + service.logicalId() + ".Name}"))
          .minCapacity(tasksMin.ref()).maxCapacity(tasksMax.ref()));
      t.add(new ScalingPolicy("ServiceCpuScaling")
          .policyName(Fn.sub("${AWS::StackName}-cpu")).policyType("TargetTrackingScaling")
          .scalingTargetId(target.ref())
          .targetTrackingScalingPolicyConfiguration(new ScalingPolicy.TargetTrackingScalingPolicyConfiguration()
              .predefinedMetricSpecification(new ScalingPolicy.PredefinedMetricSpecification()
                  .predefinedMetricType("ECSServiceAverageCPUUtilization"))
              .targetValue(cpuTarget.ref()).scaleInCooldown(120).scaleOutCooldown(60)));
    }
  }
}
