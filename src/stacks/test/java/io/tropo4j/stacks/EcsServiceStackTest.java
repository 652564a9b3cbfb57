package io.tropo4j.stacks;

import static io.tropo4j.stacks.TemplateQueries.idsOfType;
import static io.tropo4j.stacks.TemplateQueries.lines;
import static io.tropo4j.stacks.TemplateQueries.names;
import static io.tropo4j.stacks.TemplateQueries.packagedFile;
import static io.tropo4j.stacks.TemplateQueries.retentionPolicies;
import static io.tropo4j.stacks.TemplateQueries.statefulIds;
import static io.tropo4j.stacks.TemplateQueries.userData;
import static io.tropo4j.testing.TemplateData.expected;
import static io.tropo4j.testing.TemplateData.parse;
import static io.tropo4j.testing.TemplateData.yaml;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import io.tropo4j.Templates;
import io.tropo4j.core.Template;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Three zones behind ACLs, capacity that follows the tasks, CPU autoscaling, HTTPS when there is a certificate,
 * access logs, and containers kept from the instances' credentials.
 */
class EcsServiceStackTest {
  private final Template template = new EcsServiceStack().build();
  private final JsonNode root = TemplateQueries.resourcesAsBuilt(template);

  private JsonNode resource(String logicalId) {
    return root.at("/Resources/" + logicalId);
  }

  private JsonNode properties(String logicalId) {
    return root.at("/Resources/" + logicalId + "/Properties");
  }

  private JsonNode launchTemplateData() {
    return root.at("/Resources/LaunchTemplate/Properties/LaunchTemplateData");
  }

  @Test
  void threePublicSubnetsInThreeZonesBehindTheNetworkAcl() {
    assertEquals(List.of("PublicSubnetA", "PublicSubnetB", "PublicSubnetC"), idsOfType(root, "AWS::EC2::Subnet"));
    for (int zone = 0; zone < 3; zone++) {
      String letter = String.valueOf((char) ('a' + zone));
      String id = "PublicSubnet" + letter.toUpperCase();
      assertEquals(expected("{'VpcId': {'Ref': 'Vpc'}, 'AvailabilityZone': {'Fn::Select': [" + zone + ", {'Fn::GetAZs': ''}]},"
              + " 'CidrBlock': {'Fn::Select': [" + zone + ", {'Fn::Cidr': [{'Ref': 'VpcCidr'}, 3, 8]}]}, 'MapPublicIpOnLaunch': true,"
              + " 'Tags': [{'Key': 'Name', 'Value': {'Fn::Sub': '${AWS::StackName}-public-" + letter + "'}}]}"),
          properties(id), id);
      assertEquals(expected("{'SubnetId': {'Ref': '" + id + "'}, 'RouteTableId': {'Ref': 'PublicRouteTable'}}"),
          properties(id + "Routes"), id);
      assertEquals(expected("{'SubnetId': {'Ref': '" + id + "'}, 'NetworkAclId': {'Ref': 'PublicNetworkAcl'}}"),
          properties(id + "Acl"), id);
    }
    assertEquals(expected("{'Type': 'AWS::EC2::Route', 'DependsOn': ['InternetGatewayAttachment'],"
            + " 'Properties': {'RouteTableId': {'Ref': 'PublicRouteTable'}, 'DestinationCidrBlock': '0.0.0.0/0',"
            + " 'GatewayId': {'Ref': 'InternetGateway'}}}"),
        resource("InternetRoute"));
    assertEquals(expected("[{'Ref': 'PublicSubnetA'}, {'Ref': 'PublicSubnetB'}, {'Ref': 'PublicSubnetC'}]"),
        properties("LoadBalancer").path("Subnets"));
    assertEquals(expected("[{'Ref': 'PublicSubnetA'}, {'Ref': 'PublicSubnetB'}, {'Ref': 'PublicSubnetC'}]"),
        properties("ClusterInstances").path("VPCZoneIdentifier"));
  }

  @Test
  void theNetworkAclAdmitsHttpHttpsAndReturnTrafficOnly() {
    assertEquals(List.of("AclInboundHttp", "AclInboundHttps", "AclInboundEphemeral", "AclOutboundAll"),
        idsOfType(root, "AWS::EC2::NetworkAclEntry"));
    assertEquals(expected("{'NetworkAclId': {'Ref': 'PublicNetworkAcl'}, 'RuleNumber': 100, 'Egress': false, 'Protocol': 6,"
            + " 'RuleAction': 'allow', 'CidrBlock': '0.0.0.0/0', 'PortRange': {'From': 80, 'To': 80}}"),
        properties("AclInboundHttp"));
    assertEquals(expected("{'NetworkAclId': {'Ref': 'PublicNetworkAcl'}, 'RuleNumber': 110, 'Egress': false, 'Protocol': 6,"
            + " 'RuleAction': 'allow', 'CidrBlock': '0.0.0.0/0', 'PortRange': {'From': 443, 'To': 443}}"),
        properties("AclInboundHttps"));
    assertEquals(expected("{'NetworkAclId': {'Ref': 'PublicNetworkAcl'}, 'RuleNumber': 120, 'Egress': false, 'Protocol': 6,"
            + " 'RuleAction': 'allow', 'CidrBlock': '0.0.0.0/0', 'PortRange': {'From': 1024, 'To': 65535}}"),
        properties("AclInboundEphemeral"));
    assertEquals(expected("{'NetworkAclId': {'Ref': 'PublicNetworkAcl'}, 'RuleNumber': 100, 'Egress': true, 'Protocol': -1,"
            + " 'RuleAction': 'allow', 'CidrBlock': '0.0.0.0/0'}"),
        properties("AclOutboundAll"));
  }

  @Test
  void theInstancesTakeTrafficFromTheLoadBalancerOnly() {
    assertEquals(List.of("LoadBalancerSecurityGroup", "InstanceSecurityGroup"), idsOfType(root, "AWS::EC2::SecurityGroup"));
    assertEquals(expected("{'GroupDescription': 'HTTP and HTTPS from anywhere to the load balancer', 'VpcId': {'Ref': 'Vpc'},"
            + " 'SecurityGroupIngress': ["
            + " {'Description': 'HTTP', 'IpProtocol': 'tcp', 'FromPort': 80, 'ToPort': 80, 'CidrIp': '0.0.0.0/0'},"
            + " {'Description': 'HTTPS', 'IpProtocol': 'tcp', 'FromPort': 443, 'ToPort': 443, 'CidrIp': '0.0.0.0/0'}]}"),
        properties("LoadBalancerSecurityGroup"));
    assertEquals(expected("{'GroupDescription': 'Dynamic host ports from the load balancer only', 'VpcId': {'Ref': 'Vpc'},"
            + " 'SecurityGroupIngress': [{'Description': 'Container ports from the load balancer', 'IpProtocol': 'tcp',"
            + " 'FromPort': 32768, 'ToPort': 65535,"
            + " 'SourceSecurityGroupId': {'Fn::GetAtt': ['LoadBalancerSecurityGroup', 'GroupId']}}]}"),
        properties("InstanceSecurityGroup"));
    assertEquals(expected("[{'Fn::GetAtt': ['InstanceSecurityGroup', 'GroupId']}]"), launchTemplateData().path("SecurityGroupIds"));
    // Dynamic host ports: the range the instance group admits.
    assertEquals(expected("[{'ContainerPort': {'Ref': 'ContainerPort'}, 'HostPort': 0, 'Protocol': 'tcp'}]"),
        root.at("/Resources/TaskDefinition/Properties/ContainerDefinitions/0/PortMappings"));
  }

  @Test
  void instancesRequireImdsV2WithOneHopAndHaveAnEncryptedRootVolume() {
    // One hop: a bridge-mode container cannot get a metadata token, so not the instance role's credentials.
    assertEquals(expected(EcsExpectations.ONE_HOP_IMDS_V2), launchTemplateData().path("MetadataOptions"));
    assertEquals(expected("[{'DeviceName': '/dev/xvda',"
            + " 'Ebs': {'VolumeType': 'gp3', 'VolumeSize': 30, 'Encrypted': true, 'DeleteOnTermination': true}}]"),
        launchTemplateData().path("BlockDeviceMappings"));
  }

  @Test
  void instancesJoinTheClusterWithTheAgentsAndSessionManagersPolicies() {
    String script = packagedFile("userdata/ecs-join.sh");
    assertEquals(userData(script, expected("{'Cluster': {'Ref': 'Cluster'}}")), launchTemplateData().path("UserData"));
    assertEquals(List.of("set -euo pipefail", "echo 'ECS_CLUSTER=${Cluster}' >> /etc/ecs/ecs.config",
        "echo 'ECS_ENABLE_TASK_IAM_ROLE=true' >> /etc/ecs/ecs.config"),
        lines(script).stream().filter(line -> !line.startsWith("#")).toList());
    assertEquals(expected("{'AssumeRolePolicyDocument': {'Version': '2012-10-17', 'Statement': [{'Effect': 'Allow',"
            + " 'Principal': {'Service': 'ec2.amazonaws.com'}, 'Action': 'sts:AssumeRole'}]},"
            + " 'ManagedPolicyArns': ["
            + " {'Fn::Sub': 'arn:${AWS::Partition}:iam::aws:policy/service-role/AmazonEC2ContainerServiceforEC2Role'},"
            + " {'Fn::Sub': 'arn:${AWS::Partition}:iam::aws:policy/AmazonSSMManagedInstanceCore'}]}"),
        properties("InstanceRole"));
  }

  @Test
  void theCapacityProviderScalesTheGroupAndTheServiceTracksCpu() {
    assertEquals(expected("{'AutoScalingGroupProvider': {'AutoScalingGroupArn': {'Ref': 'ClusterInstances'},"
            + " 'ManagedScaling': {'Status': 'ENABLED', 'TargetCapacity': 100}, 'ManagedTerminationProtection': 'DISABLED'}}"),
        properties("CapacityProvider"));
    assertEquals(expected("{'Cluster': {'Ref': 'Cluster'}, 'CapacityProviders': [{'Ref': 'CapacityProvider'}],"
            + " 'DefaultCapacityProviderStrategy': [{'CapacityProvider': {'Ref': 'CapacityProvider'}, 'Weight': 1}]}"),
        properties("CapacityProviders"));
    assertEquals(expected("[{'CapacityProvider': {'Ref': 'CapacityProvider'}, 'Weight': 1}]"),
        properties("Service").path("CapacityProviderStrategy"));
    assertEquals(expected("{'ServiceNamespace': 'ecs', 'ScalableDimension': 'ecs:service:DesiredCount',"
            + " 'ResourceId': {'Fn::Sub': 'service/${Cluster}/${Service.Name}'},"
            + " 'MinCapacity': {'Ref': 'ServiceMinCount'}, 'MaxCapacity': {'Ref': 'ServiceMaxCount'}}"),
        properties("ServiceScalingTarget"));
    assertEquals(expected("{'PolicyName': {'Fn::Sub': '${AWS::StackName}-cpu'}, 'PolicyType': 'TargetTrackingScaling',"
            + " 'ScalingTargetId': {'Ref': 'ServiceScalingTarget'},"
            + " 'TargetTrackingScalingPolicyConfiguration': {"
            + " 'PredefinedMetricSpecification': {'PredefinedMetricType': 'ECSServiceAverageCPUUtilization'},"
            + " 'TargetValue': {'Ref': 'CpuTargetPercent'}, 'ScaleInCooldown': 120, 'ScaleOutCooldown': 60}}"),
        properties("ServiceCpuScaling"));
  }

  @Test
  void withACertificateHttpRedirectsToHttps() {
    assertEquals(List.of("HttpListener", "HttpsListener"), idsOfType(root, "AWS::ElasticLoadBalancingV2::Listener"));
    assertEquals(expected("{'Fn::Not': [{'Fn::Equals': [{'Ref': 'CertificateArn'}, '']}]}"),
        root.at("/Conditions/HasCertificate"));
    assertEquals(List.of("HasCertificate", "ElbLogDeliveryFromAccount"), names(root.path("Conditions")));
    assertEquals(expected("{'LoadBalancerArn': {'Ref': 'LoadBalancer'}, 'Protocol': 'HTTP', 'Port': 80,"
            + " 'DefaultActions': {'Fn::If': ['HasCertificate',"
            + " [{'Type': 'redirect', 'RedirectConfig': {'Protocol': 'HTTPS', 'Port': '443', 'StatusCode': 'HTTP_301'}}],"
            + " [{'Type': 'forward', 'TargetGroupArn': {'Ref': 'TargetGroup'}}]]}}"),
        properties("HttpListener"));
    assertEquals(expected("{'Type': 'AWS::ElasticLoadBalancingV2::Listener', 'Condition': 'HasCertificate',"
            + " 'Properties': {'LoadBalancerArn': {'Ref': 'LoadBalancer'}, 'Protocol': 'HTTPS', 'Port': 443,"
            + " 'SslPolicy': 'ELBSecurityPolicy-TLS13-1-2-2021-06', 'Certificates': [{'CertificateArn': {'Ref': 'CertificateArn'}}],"
            + " 'DefaultActions': [{'Type': 'forward', 'TargetGroupArn': {'Ref': 'TargetGroup'}}]}}"),
        resource("HttpsListener"));
    assertEquals(expected("{'Fn::If': ['HasCertificate', {'Fn::Sub': 'https://${LoadBalancer.DNSName}'},"
            + " {'Fn::Sub': 'http://${LoadBalancer.DNSName}'}]}"),
        root.at("/Outputs/LoadBalancerURL/Value"));
  }

  @Test
  void everyResourceHoldingDataIsKept() {
    assertEquals(List.of("AccessLogsBucket", "LogGroup"), statefulIds(template));
    assertEquals(expected("{'AccessLogsBucket': {'DeletionPolicy': 'Retain', 'UpdateReplacePolicy': 'Retain'},"
            + " 'LogGroup': {'DeletionPolicy': 'Retain', 'UpdateReplacePolicy': 'Retain'}}"),
        retentionPolicies(root));
  }

  @Test
  void theContainerHasATaskRoleWithoutPermissionsAndNeverTheInstances() {
    assertEquals(List.of("InstanceRole", "TaskRole"), idsOfType(root, "AWS::IAM::Role"));
    assertEquals(expected(EcsExpectations.EMPTY_TASK_ROLE), resource("TaskRole"));
    assertEquals(expected("{'Fn::GetAtt': ['TaskRole', 'Arn']}"), properties("TaskDefinition").path("TaskRoleArn"));
    // The agent pulls from ECR and writes logs with the instance role: no execution role is needed.
    assertEquals(List.of("Family", "NetworkMode", "RequiresCompatibilities", "TaskRoleArn", "ContainerDefinitions"),
        names(properties("TaskDefinition")));
  }

  @Test
  void theLoadBalancerWritesAccessLogsToAPrivateExpiringBucketOnceItMay() {
    assertEquals(List.of("AccessLogsBucket"), idsOfType(root, "AWS::S3::Bucket"));
    assertEquals(expected(EcsExpectations.ACCESS_LOGS_BUCKET), resource("AccessLogsBucket"));
    assertEquals(expected(EcsExpectations.ACCESS_LOGS_POLICY), properties("AccessLogsBucketPolicy"));
    assertEquals(expected("{'Type': 'AWS::ElasticLoadBalancingV2::LoadBalancer', 'DependsOn': ['AccessLogsBucketPolicy'],"
            + " 'Properties': {'Scheme': 'internet-facing', 'Type': 'application',"
            + " 'Subnets': [{'Ref': 'PublicSubnetA'}, {'Ref': 'PublicSubnetB'}, {'Ref': 'PublicSubnetC'}],"
            + " 'SecurityGroups': [{'Fn::GetAtt': ['LoadBalancerSecurityGroup', 'GroupId']}],"
            + " 'LoadBalancerAttributes': " + EcsExpectations.LOAD_BALANCER_ATTRIBUTES + "}}"),
        resource("LoadBalancer"));
  }

  @Test
  void theStackHasNoImageRepositoryOfItsOwn() {
    // The image comes from ECR by URI (ContainerImage); there is no repository here to make immutable.
    assertEquals(List.of(), idsOfType(root, "AWS::ECR::Repository"));
  }

  @Test
  void logsAreKeptThirtyDaysInCloudWatch() {
    assertEquals(expected("{'Type': 'AWS::Logs::LogGroup', 'Properties': {'RetentionInDays': 30},"
            + " 'DeletionPolicy': 'Retain', 'UpdateReplacePolicy': 'Retain'}"),
        resource("LogGroup"));
    assertEquals(expected("{'LogDriver': 'awslogs', 'Options': {'awslogs-group': {'Ref': 'LogGroup'},"
            + " 'awslogs-region': {'Ref': 'AWS::Region'}, 'awslogs-stream-prefix': 'app'}}"),
        root.at("/Resources/TaskDefinition/Properties/ContainerDefinitions/0/LogConfiguration"));
  }

  @Test
  void validAndTheSameInJsonAndYaml() {
    assertEquals(List.of(), Templates.validate(template));
    assertEquals(parse(Templates.toJson(template)), yaml(Templates.toYaml(template)));
  }

  @Test
  void everyResourceThatCanCarryTagsCarriesTheApplicationAndTheStack() {
    TemplateQueries.assertStackTags(template, "ecs-service");
  }

  /** The scanner findings this stack's design answers; each carries its reason on the resource (see Justified). */
  @Test
  void theScannerExemptionsAreExactlyTheReviewedOnes() {
    assertEquals(List.of(
        "LoadBalancerSecurityGroup CHECKOV CKV_AWS_260",
        "AccessLogsBucket CHECKOV CKV_AWS_18",
        "LogGroup CHECKOV CKV_AWS_158"), TemplateQueries.exemptions(template));
  }
}
