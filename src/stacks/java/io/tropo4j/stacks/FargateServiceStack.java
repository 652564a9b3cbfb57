package io.tropo4j.stacks;

import io.tropo4j.core.Condition;
import io.tropo4j.core.ContainerImage;
import io.tropo4j.core.Output;
import io.tropo4j.core.Parameter;
import io.tropo4j.core.ParameterType;
import io.tropo4j.core.Stack;
import io.tropo4j.core.Scanner;
import io.tropo4j.core.Template;
import io.tropo4j.fn.Fn;
import io.tropo4j.fn.Pseudo;
import io.tropo4j.fn.Value;
import io.tropo4j.resources.certificatemanager.Certificate;
import io.tropo4j.resources.ec2.SecurityGroup;
import io.tropo4j.resources.ecr.Repository;
import io.tropo4j.resources.ecs.Cluster;
import io.tropo4j.resources.ecs.Service;
import io.tropo4j.resources.ecs.TaskDefinition;
import io.tropo4j.resources.elasticloadbalancingv2.Listener;
import io.tropo4j.resources.elasticloadbalancingv2.LoadBalancer;
import io.tropo4j.resources.elasticloadbalancingv2.TargetGroup;
import io.tropo4j.resources.iam.Role;
import io.tropo4j.resources.logs.LogGroup;
import io.tropo4j.resources.s3.Bucket;
import io.tropo4j.resources.s3.BucketPolicy;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Source document 002, and the backend of 004: a container from the stack's own ECR repository on
 * Fargate, three tasks behind an Application Load Balancer that serves HTTPS with a DNS-validated
 * certificate and sends HTTP there, at the apex and www names, writing its access logs to a bucket of the stack.
 * Image tags are immutable: a tag names one image for good, so a rollback to it runs what ran before.
 *
 * <p>The repository is empty when the stack is first created, so the service runs no task until an
 * image tag is given: create, push, then update with {@code ImageTag}.
 */
public final class FargateServiceStack implements Stack {
  static final String CONTAINER = "app";
  static final String LOG_PREFIX = "alb";
  /** ECR's lifecycle policy language: expire all but the 30 newest images. */
  static final String KEEP_30_IMAGES = "{\"rules\":[{\"rulePriority\":1,\"description\":\"Keep the 30 newest images\","
      + "\"selection\":{\"tagStatus\":\"any\",\"countType\":\"imageCountMoreThan\",\"countNumber\":30},"
      + "\"action\":{\"type\":\"expire\"}}]}";

  @Override
  public String name() {
    return "fargate-service";
  }

  @Override
  public String summary() {
    return "A container from ECR on Fargate behind an ALB with HTTPS (ACM, DNS-validated), S3 access logs and Route53 "
        + "aliases";
  }

  /** A release names the image by tag; the deployer checks it is in ECR before the stack is touched. */
  @Override
  public Optional<ContainerImage> containerImage() {
    return Optional.of(ContainerImage.tagIn("ImageTag", "Repository"));
  }

  @Override
  public Template build() {
    Template t = new Template().tags(StackTags.of("fargate-service")).description(
        "tropo4j fargate-service: an ECR repository and a Fargate service behind an Application Load Balancer "
            + "with HTTPS, a DNS-validated certificate, HTTP redirected to HTTPS, S3 access logs, and apex and www "
            + "aliases");
    Parameter<String> vpc = t.add(Parameter.of("VpcId", ParameterType.VPC_ID).description("The VPC of the service"));
    Parameter<List<String>> subnets = t.add(Parameter.of("Subnets", ParameterType.SUBNET_IDS)
        .description("Public subnets in at least two availability zones, for the load balancer and the tasks"));
    Parameter<String> domain = t.add(Parameter.string("DomainName")
        .description("The apex name, e.g. example.com; www.<name> is served too")
        .allowedPattern("^([a-z0-9]([a-z0-9-]*[a-z0-9])?\\.)+[a-z]{2,}$")
        .constraintDescription("a lower-case DNS name such as example.com"));
    Parameter<String> zone = t.add(Parameter.of("HostedZoneId", ParameterType.HOSTED_ZONE_ID)
        .description("The Route53 hosted zone of the domain"));
    Parameter<String> imageTag = t.add(Parameter.string("ImageTag")
        .description("The image tag to run from the stack's repository; empty runs no task (push an image first)")
        .defaultValue("").allowedPattern("^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$|^$")
        .constraintDescription("an image tag, or empty"));
    Parameter<Integer> containerPort = t.add(Parameter.number("ContainerPort")
        .description("The port the container listens on").defaultValue(80).minValue(1).maxValue(65535));
    Parameter<String> cpu = t.add(Parameter.string("Cpu")
        .description("CPU units of a task (1024 is one vCPU)").allowedValues("256", "512", "1024", "2048", "4096")
        .defaultValue("1024"));
    Parameter<String> memory = t.add(Parameter.string("Memory")
        .description("Memory of a task in MiB; it must suit the CPU (1 vCPU takes 2048 to 8192)")
        .allowedValues("512", "1024", "2048", "3072", "4096", "5120", "6144", "7168", "8192", "16384")
        .defaultValue("3072"));
    Parameter<Integer> desiredCount = t.add(Parameter.number("DesiredCount")
        .description("Tasks to run once an image tag is given").defaultValue(3).minValue(1).maxValue(50));
    t.parameterGroup("Network", vpc, subnets);
    t.parameterGroup("Site", domain, zone);
    t.parameterGroup("Container", imageTag, containerPort, cpu, memory, desiredCount);
    Condition imagePushed = t.add(new Condition("ImageGiven", Fn.not(Fn.equals(imageTag.ref(), ""))));

    Repository repository = t.add(new Repository("Repository").imageTagMutability("IMMUTABLE")
        .exempt(Scanner.CHECKOV, "CKV_AWS_136", "ECR encrypts images at rest with AES-256 already; a KMS key would "
            + "replace the repository and its pushed images, while IAM still decides who pulls")
        .imageScanningConfiguration(new Repository.ImageScanningConfiguration().scanOnPush(true))
        .lifecyclePolicy(new Repository.LifecyclePolicy().lifecyclePolicyText(KEEP_30_IMAGES))
        .retainData());
    SecurityGroup lbGroup = t.add(LoadBalancing.publicWebGroup("LoadBalancerSecurityGroup", vpc.ref()));
    SecurityGroup taskGroup = t.add(new SecurityGroup("TaskSecurityGroup")
        .groupDescription("The container port from the load balancer only").vpcId(vpc.ref())
        .securityGroupIngress(new SecurityGroup.Ingress().description("From the load balancer").ipProtocol("tcp")
            .fromPort(containerPort.ref()).toPort(containerPort.ref()).sourceSecurityGroupId(lbGroup.groupId())));

    Cluster cluster = t.add(new Cluster("Cluster").capacityProviders(List.of("FARGATE"))
        .clusterSettings(new Cluster.ClusterSettings().name("containerInsights").value("enabled")));
    LogGroup logs = t.add(Justified.serviceEncryptedLogs(new LogGroup("LogGroup").retentionInDays(30).retainData()));
    Role executionRole = t.add(new Role("TaskExecutionRole")
        .assumeRolePolicyDocument(Roles.assumedBy("ecs-tasks.amazonaws.com"))
        .managedPolicyArns(Value.list(
            Fn.sub("arn:${AWS::Partition}:iam::aws:policy/service-role/AmazonECSTaskExecutionRolePolicy"))));
    TaskDefinition task = t.add(new TaskDefinition("TaskDefinition")
        .family(Fn.sub("${AWS::StackName}-app"))
        .requiresCompatibilities(List.of("FARGATE")).networkMode("awsvpc")
        .cpu(cpu.ref()).memory(memory.ref())
        .runtimePlatform(new TaskDefinition.RuntimePlatform().operatingSystemFamily("LINUX").cpuArchitecture("X86_64"))
        .executionRoleArn(executionRole)
        .containerDefinitions(new TaskDefinition.ContainerDefinition().name(CONTAINER).essential(true)
            // Until a tag is given the service runs nothing, so the placeholder tag is never pulled.
            .image(Fn.ifThen(imagePushed, Fn.sub("${Repository.RepositoryUri}:${ImageTag}"),
                Fn.sub("${Repository.RepositoryUri}:latest")))
            .portMappings(new TaskDefinition.PortMapping().containerPort(containerPort.ref()).protocol("tcp"))
            .logConfiguration(new TaskDefinition.LogConfiguration().logDriver("awslogs").options(Value.strings(Map.of(
                "awslogs-group", logs.ref(), "awslogs-region", Pseudo.REGION,
                "awslogs-stream-prefix", CONTAINER))))));

    // Access logs: S3-managed keys (the only kind log delivery supports), never public, kept 90 days.
    Bucket accessLogs = t.add(Justified.logBucket(Buckets.logBucket("AccessLogsBucket", 90)));
    BucketPolicy logDelivery = ElbLogDelivery.policy(t, "AccessLogsBucketPolicy", accessLogs, LOG_PREFIX);
    LoadBalancer lb = t.add(new LoadBalancer("LoadBalancer").scheme("internet-facing").typeProperty("application")
        .subnets(subnets.ref()).securityGroups(lbGroup)
        .loadBalancerAttributes(
            ElbLogDelivery.withAccessLogs(accessLogs, LOG_PREFIX, LoadBalancing.dropInvalidHeaders()))
        .dependsOn(logDelivery)); // the load balancer checks it may write logs when created
    TargetGroup targets = t.add(new TargetGroup("TargetGroup").vpcId(vpc.ref()).targetType("ip")
        .protocol("HTTP").port(containerPort.ref()).healthCheckPath("/")
        .matcher(new TargetGroup.Matcher().httpCode("200-399"))
        .targetGroupAttributes(new TargetGroup.TargetGroupAttribute().key("deregistration_delay.timeout_seconds").value("30")));
    Certificate certificate = Dns.certificate(t, "Certificate", zone, domain.ref(), Fn.sub("www.${DomainName}"));
    t.add(new Listener("HttpListener").loadBalancerArn(lb).protocol("HTTP").port(80)
        .defaultActions(LoadBalancing.redirectToHttps()));
    Listener https = LoadBalancing.https(t, "HttpsListener", lb, certificate.ref(), targets);

    Service service = t.add(new Service("Service")
        .cluster(cluster).taskDefinition(task).launchType("FARGATE")
        .desiredCount(Fn.ifThen(imagePushed, desiredCount.ref(), 0))
        .networkConfiguration(new Service.NetworkConfiguration().awsvpcConfiguration(new Service.AwsVpcConfiguration()
            .assignPublicIp("ENABLED").subnets(subnets.ref()).securityGroups(taskGroup)))
        .loadBalancers(new Service.LoadBalancer().containerName(CONTAINER).containerPort(containerPort.ref())
            .targetGroupArn(targets))
        .healthCheckGracePeriodSeconds(30)
        .deploymentConfiguration(new Service.DeploymentConfiguration().minimumHealthyPercent(100).maximumPercent(200)
            .deploymentCircuitBreaker(new Service.DeploymentCircuitBreaker().enable(true).rollback(true)))
        .dependsOn(https));

    Dns.alias(t, "ApexRecord", zone, domain.ref(), lb.dnsName(), lb.canonicalHostedZoneID());
    Dns.alias(t, "WwwRecord", zone, Fn.sub("www.${DomainName}"), lb.dnsName(), lb.canonicalHostedZoneID());

    t.add(new Output("URL", Fn.sub("https://${DomainName}")).description("The service"));
    t.add(new Output("ServiceDomainName", domain.ref()).description("The service's DNS name, for a client or a "
        + "CloudFront origin"));
    t.add(new Output("RepositoryUri", repository.repositoryUri()).description("Push images here, then update ImageTag"));
    t.add(new Output("LoadBalancerDNSName", lb.dnsName()).description("The load balancer's own name"));
    t.add(new Output("ClusterName", cluster.ref()).description("The ECS cluster"));
    t.add(new Output("ServiceName", service.name()).description("The ECS service"));
    return t;
  }
}
