package io.tropo4j.stacks;

import io.tropo4j.core.Condition;
import io.tropo4j.core.ContainerImage;
import io.tropo4j.core.Output;
import io.tropo4j.core.Parameter;
import io.tropo4j.core.ParameterType;
import io.tropo4j.core.Scanner;
import io.tropo4j.core.Stack;
import io.tropo4j.core.Tags;
import io.tropo4j.core.Template;
import io.tropo4j.core.UpdatePolicy;
import io.tropo4j.core.UserData;
import io.tropo4j.fn.Fn;
import io.tropo4j.fn.Json;
import io.tropo4j.fn.Pseudo;
import io.tropo4j.fn.Value;
import io.tropo4j.iam.Policy;
import io.tropo4j.iam.Statement;
import io.tropo4j.iam.actions.Secretsmanager;
import io.tropo4j.resources.autoscaling.AutoScalingGroup;
import io.tropo4j.resources.certificatemanager.Certificate;
import io.tropo4j.resources.cloudfront.Distribution;
import io.tropo4j.resources.ec2.LaunchTemplate;
import io.tropo4j.resources.ec2.SecurityGroup;
import io.tropo4j.resources.ecs.Cluster;
import io.tropo4j.resources.ecs.Service;
import io.tropo4j.resources.ecs.TaskDefinition;
import io.tropo4j.resources.efs.FileSystem;
import io.tropo4j.resources.efs.MountTarget;
import io.tropo4j.resources.elasticloadbalancingv2.Listener;
import io.tropo4j.resources.elasticloadbalancingv2.ListenerRule;
import io.tropo4j.resources.elasticloadbalancingv2.LoadBalancer;
import io.tropo4j.resources.elasticloadbalancingv2.TargetGroup;
import io.tropo4j.resources.iam.Role;
import io.tropo4j.resources.logs.LogGroup;
import io.tropo4j.resources.rds.DBInstance;
import io.tropo4j.resources.rds.DBSubnetGroup;
import io.tropo4j.resources.s3.Bucket;
import io.tropo4j.resources.s3.BucketPolicy;
import io.tropo4j.resources.secretsmanager.Secret;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The application cluster of the source document's {@code cluster.template}: ECS on EC2 instances
 * across two zones behind an Application Load Balancer, CloudFront in front of it (the load balancer
 * takes HTTPS from CloudFront's origin-facing servers only, and serves only requests with CloudFront's
 * secret header), configuration on EFS and S3, MySQL on RDS, the containers' logs in CloudWatch and
 * access logs in S3. Containers get the database password from its secret and a task role without
 * permissions, never the instances' credentials. The service starts Offline, so the operator can write
 * the configuration and migrate the database first.
 */
public final class EcsClusterStack implements Stack {
  /** AWS-managed CloudFront policies: no caching, and every viewer header, cookie and query string to the origin. */
  static final String CACHING_DISABLED = "4135ea2d-6df8-44a3-9df3-4b5a84be39ad";
  static final String ALL_VIEWER = "216adef6-5c7f-47e4-b989-5492eafa07d3";
  static final String CONTAINER = "app";
  static final String LB_LOG_PREFIX = "alb";
  static final String CONFIG_ACCESS_LOG_PREFIX = "s3/config/";

  @Override
  public String name() {
    return "ecs-cluster";
  }

  @Override
  public String summary() {
    return "ECS on EC2 behind an ALB and CloudFront, with EFS and S3 configuration, MySQL on RDS and logs";
  }

  /** A release names the image by tag; the deployer checks it is in ECR before the stack is touched. */
  @Override
  public Optional<ContainerImage> containerImage() {
    return Optional.of(ContainerImage.uri("AppImage"));
  }

  @Override
  public Template build() {
    return new Builder().t;
  }

  private static final class Builder {
    final Template t = new Template().tags(StackTags.of("ecs-cluster")).description(
        "tropo4j ecs-cluster: an ECS cluster on EC2 across two zones behind an Application Load Balancer and "
            + "CloudFront, with EFS and S3 for configuration, MySQL on RDS, and CloudWatch logs");

    final Parameter<String> vpc = t.add(Parameter.of("VpcId", ParameterType.VPC_ID)
        .description("The VPC of the cluster"));
    final Parameter<List<String>> subnets = t.add(Parameter.of("Subnets", ParameterType.SUBNET_IDS)
        .description("Two subnets in two availability zones, with internet access, for the instances, the load "
            + "balancer, the file system's mount targets and the database"));
    final Parameter<String> instanceType = t.add(Parameter.string("InstanceType")
        .description("EC2 instance type of the cluster")
        .allowedValues("t3.small", "t3.medium", "t3.large", "m7i.large", "c7i.large").defaultValue("t3.small"));
    final Parameter<String> imageId = t.add(Parameter.of("ImageId", ParameterType.ssmValue(ParameterType.IMAGE_ID))
        .description("ECS-optimized Amazon Linux 2023 AMI, from the public SSM parameter")
        .defaultValue("/aws/service/ecs/optimized-ami/amazon-linux-2023/recommended/image_id"));
    final Parameter<Integer> clusterSize = t.add(Parameter.number("ClusterSize")
        .description("EC2 instances in the cluster").defaultValue(2).minValue(1).maxValue(10));
    final Parameter<String> appImage = t.add(Parameter.string("AppImage")
        .description("The application's container image, e.g. 123456789012.dkr.ecr.eu-west-1.amazonaws.com/app:1.0"));
    final Parameter<Integer> appPort = t.add(Parameter.number("AppPort")
        .description("The port the application listens on in its container").defaultValue(80).minValue(1).maxValue(65535));
    final Parameter<Integer> appMemory = t.add(Parameter.number("AppMemory")
        .description("Memory of one application container, in MiB").defaultValue(512).minValue(128).maxValue(30720));
    final Parameter<String> serviceState = t.add(Parameter.string("ServiceState")
        .description("Offline runs no application task; switch to Online once configured and migrated")
        .allowedValues("Online", "Offline").defaultValue("Offline"));
    final Parameter<Integer> serviceCount = t.add(Parameter.number("ServiceCount")
        .description("Application tasks while Online").defaultValue(2).minValue(1).maxValue(20));
    final Parameter<String> domainName = t.add(Parameter.string("DomainName")
        .description("The site's DNS name, inside the hosted zone")
        .allowedPattern("^([a-zA-Z0-9]([a-zA-Z0-9-]*[a-zA-Z0-9])?\\.)+[a-zA-Z]{2,}$")
        .constraintDescription("a DNS name such as app.example.com"));
    final Parameter<String> hostedZone = t.add(Parameter.of("HostedZoneId", ParameterType.HOSTED_ZONE_ID)
        .description("The Route53 hosted zone of the domain"));
    final Parameter<String> certificate = t.add(Parameter.string("CertificateArn")
        .description("ACM certificate for the domain, in us-east-1 (where CloudFront takes certificates from)")
        .allowedPattern("^arn:aws[a-z-]*:acm:us-east-1:[0-9]{12}:certificate/[0-9a-f-]+$")
        .constraintDescription("the ARN of an ACM certificate in us-east-1"));
    final Parameter<String> databaseClass = t.add(Parameter.string("DatabaseInstanceClass")
        .description("RDS instance class of the MySQL database")
        .allowedValues("db.t4g.micro", "db.t4g.small", "db.t4g.medium", "db.m7g.large").defaultValue("db.t4g.micro"));
    final Parameter<Integer> databaseStorage = t.add(Parameter.number("DatabaseStorage")
        .description("Database storage, in GiB").defaultValue(20).minValue(20).maxValue(1000));
    final Parameter<String> databasePassword = t.add(Parameter.string("DatabasePassword")
        .description("Password of the database's master user, root")
        .noEcho().minLength(8).maxLength(41).allowedPattern("^[A-Za-z0-9_+=,.-]+$")
        .constraintDescription("8 to 41 letters, digits or _+=,.-"));
    final Parameter<Integer> logRetention = t.add(Parameter.number("LogRetentionDays")
        .description("Days the application's logs are kept")
        .allowedValues("7", "14", "30", "60", "90", "180", "365").defaultValue(30));

    final Condition online = t.add(new Condition("ServiceOnline", Fn.equals(serviceState.ref(), "Online")));
    final Condition cloudFrontLogsV2 = CloudFrontLogs.v2Here(t);
    final List<MountTarget> mountTargets = new ArrayList<>();
    Secret databaseSecret;

    Builder() {
      interfaceMetadata();
      // CloudFront's origin-facing ranges weigh 55 rules of the group's 60: one port only, HTTPS.
      SecurityGroup lbGroup = t.add(new SecurityGroup("LoadBalancerSecurityGroup")
          .groupDescription("HTTPS from the CloudFront origin-facing servers only")
          .vpcId(vpc.ref())
          .securityGroupIngress(new SecurityGroup.Ingress().description("HTTPS from CloudFront")
              .ipProtocol("tcp").fromPort(443).toPort(443).sourcePrefixListId(CloudFrontOrigin.prefixListId(t))));
      SecurityGroup instanceGroup = t.add(new SecurityGroup("InstanceSecurityGroup")
          .groupDescription("Dynamic host ports from the load balancer only")
          .vpcId(vpc.ref())
          .securityGroupIngress(new SecurityGroup.Ingress().description("Container ports from the load balancer")
              .ipProtocol("tcp").fromPort(32768).toPort(65535).sourceSecurityGroupId(lbGroup.groupId())));

      Cluster cluster = t.add(new Cluster("Cluster")
          .clusterSettings(new Cluster.ClusterSettings().name("containerInsights").value("enabled")));
      FileSystem files = configurationStorage(instanceGroup);
      Bucket logsBucket = CloudFrontLogs.bucket(t, "LogsBucket", cloudFrontLogsV2);
      Bucket configBucket = configBucket(logsBucket);
      BucketPolicy logsPolicy = CloudFrontLogs.policy(t, "LogsBucketPolicy", logsBucket, cloudFrontLogsV2,
          LogDelivery.serverAccessLogs(logsBucket, CONFIG_ACCESS_LOG_PREFIX, configBucket));
      DBInstance database = database(instanceGroup);
      instances(cluster, files, instanceGroup);

      Secret originSecret = CloudFrontOrigin.secret(t, "OriginVerifySecret");
      LoadBalancer lb = loadBalancer(lbGroup);
      TargetGroup targets = t.add(new TargetGroup("TargetGroup")
          .vpcId(vpc.ref()).protocol("HTTP").port(80).targetType("instance")
          .healthCheckPath("/").matcher(new TargetGroup.Matcher().httpCode("200-399"))
          .targetGroupAttributes(new TargetGroup.TargetGroupAttribute()
              .key("deregistration_delay.timeout_seconds").value("30")));
      ListenerRule fromCloudFront = listener(lb, targets, originSecret);

      LogGroup logs = t.add(Justified.serviceEncryptedLogs(
          new LogGroup("LogGroup").retentionInDays(logRetention.ref()).retainData()));
      Role executionRole = executionRole();
      // The application calls no AWS API (its configuration is on the host's EFS mount, its password comes
      // from the execution role): each task's role has no permissions, and the instances' are out of reach.
      TaskDefinition app = t.add(new TaskDefinition("AppTaskDefinition")
          .family(Fn.sub("${AWS::StackName}-app"))
          .networkMode("bridge")
          .taskRoleArn(EcsTaskRoles.withoutPermissions(t, "AppTaskRole"))
          .executionRoleArn(executionRole)
          .volumes(configVolume())
          .containerDefinitions(container(logs, database, "app").portMappings(
              new TaskDefinition.PortMapping().containerPort(appPort.ref()).hostPort(0).protocol("tcp"))));
      TaskDefinition command = t.add(new TaskDefinition("CommandTaskDefinition")
          .family(Fn.sub("${AWS::StackName}-command"))
          .networkMode("bridge")
          .taskRoleArn(EcsTaskRoles.withoutPermissions(t, "CommandTaskRole"))
          .executionRoleArn(executionRole)
          .volumes(configVolume())
          .containerDefinitions(container(logs, database, "command")));
      t.add(new Service("Service")
          .cluster(cluster).taskDefinition(app).launchType("EC2")
          .desiredCount(Fn.ifThen(online, serviceCount.ref(), 0))
          .loadBalancers(new Service.LoadBalancer().containerName(CONTAINER).containerPort(appPort.ref())
              .targetGroupArn(targets))
          .healthCheckGracePeriodSeconds(60)
          .deploymentConfiguration(new Service.DeploymentConfiguration().minimumHealthyPercent(50).maximumPercent(200))
          .placementStrategies(new Service.PlacementStrategy().type("spread").field("attribute:ecs.availability-zone"))
          .dependsOn(fromCloudFront)); // the target group must belong to the load balancer first

      Distribution cdn = cloudFront(lb, originSecret, logsBucket);
      CloudFrontLogs.v2(t, cloudFrontLogsV2, cdn, logsBucket, logsPolicy);
      Dns.alias(t, "DnsRecord", hostedZone, domainName.ref(), cdn.domainName(), Dns.CLOUDFRONT_ZONE);

      t.add(new Output("SiteURL", Fn.sub("https://${DomainName}")).description("The site"));
      t.add(new Output("CloudFrontDomainName", cdn.domainName()).description("The distribution's own name"));
      t.add(new Output("LoadBalancerName", lb.loadBalancerName()).description("The load balancer"));
      t.add(new Output("LoadBalancerDNSName", lb.dnsName()).description("The load balancer's DNS name, CloudFront's origin"));
      t.add(new Output("CommandTaskDefinition", command.ref())
          .description("Run it with a command override, e.g. db,upgrade, to run application commands"));
      t.add(new Output("ConfigBucket", configBucket.ref()).description("The configuration bucket"));
      t.add(new Output("FileSystemId", files.ref()).description("The EFS volume mounted at /mnt/efs"));
      t.add(new Output("DatabaseEndpoint", database.endpointAddress()).description("MySQL host; database app, user root"));
    }

    private void interfaceMetadata() {
      t.parameterGroup("Network", vpc, subnets);
      t.parameterGroup("Cluster", instanceType, imageId, clusterSize);
      t.parameterGroup("Application", appImage, appPort, appMemory, serviceState, serviceCount, logRetention);
      t.parameterGroup("Site", domainName, hostedZone, certificate);
      t.parameterGroup("Database", databaseClass, databaseStorage, databasePassword);
    }

    /** The EFS volume, encrypted and kept, reachable on NFS from the instances only, in both zones. */
    private FileSystem configurationStorage(SecurityGroup instanceGroup) {
      SecurityGroup nfs = t.add(new SecurityGroup("FileSystemSecurityGroup")
          .groupDescription("NFS from the cluster instances only").vpcId(vpc.ref())
          .securityGroupIngress(new SecurityGroup.Ingress().description("NFS from the instances")
              .ipProtocol("tcp").fromPort(2049).toPort(2049).sourceSecurityGroupId(instanceGroup.groupId())));
      FileSystem files = t.add(new FileSystem("FileSystem").encrypted(true).performanceMode("generalPurpose")
          .backupPolicy(new FileSystem.BackupPolicy().status("ENABLED"))
          .fileSystemTags(Tags.of("Name", Fn.sub("${AWS::StackName}-config")))
          .retainData());
      for (int zone = 0; zone < 2; zone++) {
        mountTargets.add(t.add(new MountTarget("MountTarget" + (char) ('A' + zone)).fileSystemId(files)
            .subnetId(Fn.select(zone, subnets.ref())).securityGroups(nfs)));
      }
      return files;
    }

    /** Versioned; its server access logs go to the log bucket, and it refuses requests without TLS. */
    private Bucket configBucket(Bucket logsBucket) {
      Bucket bucket = t.add(Buckets.privateBucket("ConfigBucket")
          .versioningConfiguration(new Bucket.VersioningConfiguration().status("Enabled"))
          .loggingConfiguration(new Bucket.LoggingConfiguration().destinationBucketName(logsBucket)
              .logFilePrefix(CONFIG_ACCESS_LOG_PREFIX)));
      t.add(new BucketPolicy("ConfigBucketPolicy").bucket(bucket).policyDocument(Json.object(
          "Version", "2012-10-17", "Statement", List.of(Buckets.tlsOnly(bucket)))));
      return bucket;
    }

    /** MySQL: database app, user root, encrypted, private, reachable from the instances only; snapshot on delete. */
    private DBInstance database(SecurityGroup instanceGroup) {
      SecurityGroup mysql = t.add(new SecurityGroup("DatabaseSecurityGroup")
          .groupDescription("MySQL from the cluster instances only").vpcId(vpc.ref())
          .securityGroupIngress(new SecurityGroup.Ingress().description("MySQL from the instances")
              .ipProtocol("tcp").fromPort(3306).toPort(3306).sourceSecurityGroupId(instanceGroup.groupId())));
      // The password reaches RDS through a secret and a dynamic reference, never as plain template text.
      databaseSecret = t.add(new Secret("DatabaseSecret")
          .description(Fn.sub("${AWS::StackName}: the database's master user"))
          .secretString(Fn.sub("{\"username\":\"root\",\"password\":\"${DatabasePassword}\"}"))
          .retainData()
          .exempt(Scanner.CHECKOV, "CKV_AWS_149", "Encrypted with the AWS-managed aws/secretsmanager key; IAM lets "
              + "only the task execution role read it, and a customer key would not narrow that"));
      // Enhanced monitoring: the OS metrics of the instance, every minute, through RDS's own role.
      Role monitoring = t.add(new Role("DatabaseMonitoringRole")
          .assumeRolePolicyDocument(Roles.assumedBy("monitoring.rds.amazonaws.com"))
          .managedPolicyArns(Value.list(
              Fn.sub("arn:${AWS::Partition}:iam::aws:policy/service-role/AmazonRDSEnhancedMonitoringRole"))));
      DBSubnetGroup subnetGroup = t.add(new DBSubnetGroup("DatabaseSubnetGroup")
          .dbSubnetGroupDescription(Fn.sub("${AWS::StackName} database")).subnetIds(subnets.ref()));
      return t.add(new DBInstance("Database")
          .engine("mysql").dbInstanceClass(databaseClass.ref())
          .allocatedStorage(Fn.asString(databaseStorage.ref())).storageType("gp3").storageEncrypted(true)
          .dbName("app").masterUsername("root")
          .masterUserPassword(Fn.sub(
              "{{resolve:secretsmanager:${" + databaseSecret.logicalId() + "}:SecretString:password}}"))
          .dbSubnetGroupName(subnetGroup).vpcSecurityGroups(mysql).publiclyAccessible(false)
          .backupRetentionPeriod(7)
          .monitoringInterval(60).monitoringRoleArn(monitoring)
          .snapshotData()
          .exempt(Scanner.CHECKOV, "CKV_AWS_157", "Single-AZ is the source document's cost choice: Multi-AZ is "
              + "about availability, not access, and there are 7-day backups and a snapshot on delete")
          .exempt(Scanner.CHECKOV, "CKV_AWS_161", "The application signs in with the password from Secrets "
              + "Manager; IAM database authentication would add a way in that nothing uses"));
    }

    private void instances(Cluster cluster, FileSystem files, SecurityGroup instanceGroup) {
      LaunchTemplate launchTemplate = EcsInstances.launchTemplate(t, imageId.ref(), instanceType.ref(), instanceGroup,
          UserData.fromFile("ecs-instance.sh", Map.of("Cluster", cluster.ref(), "FileSystem", files.ref())));
      t.add(new AutoScalingGroup("ClusterInstances")
          .vpcZoneIdentifier(subnets.ref())
          .launchTemplate(new AutoScalingGroup.LaunchTemplateSpecification()
              .launchTemplateId(launchTemplate).version(launchTemplate.latestVersionNumber()))
          .minSize(Fn.asString(clusterSize.ref())).maxSize(Fn.asString(clusterSize.ref()))
          .desiredCapacity(Fn.asString(clusterSize.ref()))
          .tags(Tags.of("Name", Fn.sub("${AWS::StackName}-ecs")))
          .updatePolicy(new UpdatePolicy().autoScalingRollingUpdate(new UpdatePolicy.RollingUpdate()
              .minInstancesInService(1).maxBatchSize(1).pauseTime("PT5M")))
          .dependsOn(mountTargets.toArray(new MountTarget[0]))); // instances mount the volume at boot
    }

    /** The configuration volume as the containers see it: /mnt/efs of the host, read-only. */
    private static TaskDefinition.Volume configVolume() {
      return new TaskDefinition.Volume().name("efs").host(new TaskDefinition.HostVolumeProperties().sourcePath("/mnt/efs"));
    }

    private TaskDefinition.ContainerDefinition container(LogGroup logs, DBInstance database, String logPrefix) {
      return new TaskDefinition.ContainerDefinition()
          .name(CONTAINER).image(appImage.ref()).memory(appMemory.ref()).essential(true)
          .mountPoints(new TaskDefinition.MountPoint().sourceVolume("efs").containerPath("/mnt/efs").readOnly(true))
          .environment(
              new TaskDefinition.KeyValuePair().name("CONFIG_FILE").value("/mnt/efs/config/settings.json"),
              new TaskDefinition.KeyValuePair().name("DATABASE_HOST").value(database.endpointAddress()),
              new TaskDefinition.KeyValuePair().name("DATABASE_NAME").value("app"),
              new TaskDefinition.KeyValuePair().name("DATABASE_USER").value("root"))
          // The agent reads the password from the secret with the execution role and sets it in the container's
          // environment; it is on no disk and in no task definition.
          .secrets(new TaskDefinition.Secret().name("DATABASE_PASSWORD")
              .valueFrom(Fn.sub("${" + databaseSecret.logicalId() + "}:password::")))
          .logConfiguration(new TaskDefinition.LogConfiguration().logDriver("awslogs").options(Value.strings(Map.of(
              "awslogs-group", logs.ref(),
              "awslogs-region", Pseudo.REGION,
              "awslogs-stream-prefix", logPrefix))));
    }

    /** Internet-facing, but its group admits CloudFront only; access logs in a bucket of the stack. */
    private LoadBalancer loadBalancer(SecurityGroup lbGroup) {
      Bucket accessLogs = t.add(Justified.logBucket(Buckets.logBucket("AccessLogsBucket", 90)));
      BucketPolicy logDelivery = ElbLogDelivery.policy(t, "AccessLogsBucketPolicy", accessLogs, LB_LOG_PREFIX);
      return t.add(new LoadBalancer("LoadBalancer")
          .scheme("internet-facing").typeProperty("application")
          .subnets(subnets.ref()).securityGroups(lbGroup)
          .loadBalancerAttributes(
              LoadBalancing.attribute("access_logs.s3.enabled", "true"),
              LoadBalancing.attribute("access_logs.s3.bucket", accessLogs.ref()),
              LoadBalancing.attribute("access_logs.s3.prefix", LB_LOG_PREFIX),
              LoadBalancing.attribute("routing.http.drop_invalid_header_fields.enabled", "true"))
          .dependsOn(logDelivery)); // the load balancer checks it may write logs when created
    }

    /**
     * HTTPS only, with a certificate for the site's name in this region (CloudFront checks it against the
     * Host header it forwards). A request without CloudFront's secret header gets 403; with it, the app.
     */
    private ListenerRule listener(LoadBalancer lb, TargetGroup targets, Secret originSecret) {
      Certificate certificate = Dns.certificate(t, "LoadBalancerCertificate", hostedZone, domainName.ref());
      Listener https = t.add(new Listener("HttpsListener").loadBalancerArn(lb).protocol("HTTPS").port(443)
          .sslPolicy(LoadBalancing.TLS_POLICY)
          .certificates(new Listener.Certificate().certificateArn(certificate.ref()))
          .defaultActions(new Listener.Action().type("fixed-response").fixedResponseConfig(
              new Listener.FixedResponseConfig().statusCode("403").contentType("text/plain").messageBody("Forbidden"))));
      return t.add(new ListenerRule("CloudFrontOnlyRule").listenerArn(https).priority(1)
          .conditions(new ListenerRule.RuleCondition().field("http-header").httpHeaderConfig(
              new ListenerRule.HttpHeaderConfig().httpHeaderName(CloudFrontOrigin.HEADER)
                  .values(Value.list(CloudFrontOrigin.value(originSecret)))))
          .actions(new ListenerRule.Action().type("forward").targetGroupArn(targets)));
    }

    /**
     * What the ECS agent does for the tasks: pull the image and write logs (the managed policy) and read
     * the database secret, that one only. Containers never get these credentials.
     */
    private Role executionRole() {
      return t.add(new Role("TaskExecutionRole")
          .assumeRolePolicyDocument(EcsTaskRoles.trust())
          .managedPolicyArns(Value.list(
              Fn.sub("arn:${AWS::Partition}:iam::aws:policy/service-role/AmazonECSTaskExecutionRolePolicy")))
          .policies(new Role.Policy().policyName("ReadTheDatabaseCredentials").policyDocument(Policy.document(
              Statement.allow(Secretsmanager.GET_SECRET_VALUE).on(databaseSecret.ref())))));
    }

    /**
     * HTTPS for viewers at the site's name; the load balancer as origin over HTTPS (TLS 1.2) with the
     * secret header, nothing cached; standard logs to the log bucket.
     */
    private Distribution cloudFront(LoadBalancer lb, Secret originSecret, Bucket logsBucket) {
      return t.add(Justified.noWebAcl(new Distribution("Distribution"))
          .exempt(Scanner.CHECKOV, "CKV_AWS_86", "Access logging is on: standard logging v2 (AWS::Logs::Delivery) "
              + "in us-east-1 and the Logging property elsewhere, chosen by Fn::If, which this check cannot read")
          .distributionConfig(new Distribution.DistributionConfig()
          .enabled(true)
          .comment(Fn.sub("${AWS::StackName} site"))
          .aliases(Value.list(domainName.ref()))
          .httpVersion("http2and3")
          .priceClass("PriceClass_100")
          .origins(new Distribution.Origin().id("load-balancer").domainName(lb.dnsName())
              .customOriginConfig(new Distribution.CustomOriginConfig()
                  .originProtocolPolicy("https-only").httpsPort(443).originSSLProtocols(List.of("TLSv1.2")))
              .originCustomHeaders(new Distribution.OriginCustomHeader().headerName(CloudFrontOrigin.HEADER)
                  .headerValue(CloudFrontOrigin.value(originSecret))))
          .defaultCacheBehavior(new Distribution.DefaultCacheBehavior().targetOriginId("load-balancer")
              .viewerProtocolPolicy("redirect-to-https")
              .allowedMethods(List.of("GET", "HEAD", "OPTIONS", "PUT", "PATCH", "POST", "DELETE"))
              .cachePolicyId(CACHING_DISABLED).originRequestPolicyId(ALL_VIEWER).compress(true))
          .logging(CloudFrontLogs.legacy(cloudFrontLogsV2, logsBucket))
          .viewerCertificate(new Distribution.ViewerCertificate().acmCertificateArn(certificate.ref())
              .sslSupportMethod("sni-only").minimumProtocolVersion("TLSv1.2_2021"))));
    }
  }
}
