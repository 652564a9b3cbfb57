package io.tropo4j.stacks;

import static io.tropo4j.stacks.TemplateQueries.idsOfType;
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

/** Three zones behind ACLs, capacity that follows the tasks, CPU autoscaling, and HTTPS when there is a certificate. */
class EcsServiceStackTest {
  private final Template template = new EcsServiceStack().build();
  private final JsonNode root = parse(Templates.toJson(template));

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
    assertEquals(expected("[{'Ref': 'InstanceSecurityGroup'}]"), launchTemplateData().path("SecurityGroupIds"));
    // Dynamic host ports: the range the instance group admits.
    assertEquals(expected("[{'ContainerPort': {'Ref': 'ContainerPort'}, 'HostPort': 0, 'Protocol': 'tcp'}]"),
        root.at("/Resources/TaskDefinition/Properties/ContainerDefinitions/0/PortMappings"));
  }

  @Test
  void instancesRequireImdsV2AndHaveAnEncryptedRootVolume() {
    assertEquals(expected("{'HttpTokens': 'required', 'HttpEndpoint': 'enabled', 'HttpPutResponseHopLimit': 2}"),
        launchTemplateData().path("MetadataOptions"));
    assertEquals(expected("[{'DeviceName': '/dev/xvda',"
            + " 'Ebs': {'VolumeType': 'gp3', 'VolumeSize': 30, 'Encrypted': true, 'DeleteOnTermination': true}}]"),
        launchTemplateData().path("BlockDeviceMappings"));
  }

  @Test
  void instancesJoinTheClusterWithTheAgentsAndSessionManagersPolicies() {
    assertEquals(userData(packagedFile("userdata/ecs-join.sh"), expected("{'Cluster': {'Ref': 'Cluster'}}")),
        launchTemplateData().path("UserData"));
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
    assertEquals(expected("{'HasCertificate': {'Fn::Not': [{'Fn::Equals': [{'Ref': 'CertificateArn'}, '']}]}}"),
        root.path("Conditions"));
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
    assertEquals(List.of("LogGroup"), statefulIds(template));
    assertEquals(expected("{'LogGroup': {'DeletionPolicy': 'Retain', 'UpdateReplacePolicy': 'Retain'}}"), retentionPolicies(root));
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
    assertEquals(root, yaml(Templates.toYaml(template)));
  }
}
