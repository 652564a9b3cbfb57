package io.tropo4j.stacks;

import static io.tropo4j.testing.TemplateData.expected;
import static io.tropo4j.testing.TemplateData.parse;
import static io.tropo4j.testing.TemplateData.yaml;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.tropo4j.Templates;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Template;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** What matters in the ecs-cluster stack: data kept, the password kept secret, Offline meaning zero, CloudFront only, EFS mounted. */
class EcsClusterStackTest {
  private final Template template = new EcsClusterStack().build();
  private final JsonNode root = parse(Templates.toJson(template));
  private final JsonNode resources = root.path("Resources");

  private JsonNode properties(String logicalId) {
    return resources.path(logicalId).path("Properties");
  }

  @Test
  void holdsEveryPartOfTheSourceDocument() {
    Map<String, String> expectedTypes = new TreeMap<>(Map.ofEntries(
        Map.entry("Cluster", "AWS::ECS::Cluster"),
        Map.entry("ClusterInstances", "AWS::AutoScaling::AutoScalingGroup"),
        Map.entry("LaunchTemplate", "AWS::EC2::LaunchTemplate"),
        Map.entry("InstanceRole", "AWS::IAM::Role"),
        Map.entry("LoadBalancer", "AWS::ElasticLoadBalancingV2::LoadBalancer"),
        Map.entry("Distribution", "AWS::CloudFront::Distribution"),
        Map.entry("DnsRecord", "AWS::Route53::RecordSet"),
        Map.entry("SecurityGroupUpdateFunction", "AWS::Lambda::Function"),
        Map.entry("SecurityGroupUpdatePermission", "AWS::Lambda::Permission"),
        Map.entry("IpRangesSubscription", "AWS::SNS::Subscription"),
        Map.entry("ConfigBucket", "AWS::S3::Bucket"),
        Map.entry("FileSystem", "AWS::EFS::FileSystem"),
        Map.entry("Database", "AWS::RDS::DBInstance"),
        Map.entry("LogGroup", "AWS::Logs::LogGroup"),
        Map.entry("AppTaskDefinition", "AWS::ECS::TaskDefinition"),
        Map.entry("CommandTaskDefinition", "AWS::ECS::TaskDefinition"),
        Map.entry("Service", "AWS::ECS::Service")));
    expectedTypes.forEach((id, type) -> assertEquals(type, resources.path(id).path("Type").asText(), id));
    assertEquals(List.of("SiteURL", "CloudFrontDomainName", "LoadBalancerName", "LoadBalancerDNSName",
        "CommandTaskDefinition", "UpdateFunctionName", "ConfigBucket", "FileSystemId", "DatabaseEndpoint"),
        names(root.path("Outputs")));
    assertEquals("mysql", properties("Database").path("Engine").asText());
    assertEquals("app", properties("Database").path("DBName").asText());
    assertEquals("root", properties("Database").path("MasterUsername").asText());
  }

  @Test
  void everyResourceHoldingDataIsKeptOrSnapshotted() {
    List<String> stateful = new ArrayList<>();
    for (Resource<?> resource : template.resources()) {
      if (resource.schema().isStateful()) {
        stateful.add(resource.logicalId());
        JsonNode r = resources.path(resource.logicalId());
        assertFalse(r.path("DeletionPolicy").isMissingNode(), resource.logicalId());
        assertFalse(r.path("UpdateReplacePolicy").isMissingNode(), resource.logicalId());
      }
    }
    assertEquals(List.of("FileSystem", "ConfigBucket", "DatabaseSecret", "Database", "LogGroup"), stateful);
    assertPolicies("Database", "Snapshot");
    assertPolicies("FileSystem", "Retain");
    assertPolicies("ConfigBucket", "Retain");
    assertTrue(properties("Database").path("StorageEncrypted").asBoolean());
    assertTrue(properties("FileSystem").path("Encrypted").asBoolean());
    assertFalse(properties("Database").path("PubliclyAccessible").asBoolean());
  }

  private void assertPolicies(String id, String policy) {
    assertEquals(policy, resources.path(id).path("DeletionPolicy").asText(), id);
    assertEquals(policy, resources.path(id).path("UpdateReplacePolicy").asText(), id);
  }

  @Test
  void thePasswordIsNoEchoAndReachesOnlyTheSecret() {
    JsonNode password = root.path("Parameters").path("DatabasePassword");
    assertTrue(password.path("NoEcho").asBoolean());
    assertEquals(8, password.path("MinLength").asInt());
    assertEquals(41, password.path("MaxLength").asInt());
    assertFalse(password.path("AllowedPattern").isMissingNode());
    assertFalse(password.has("Default"));
    List<String> users = new ArrayList<>();
    resources.fields().forEachRemaining(e -> {
      if (e.getValue().toString().contains("DatabasePassword")) {
        users.add(e.getKey());
      }
    });
    assertEquals(List.of("DatabaseSecret"), users);
    assertFalse(root.path("Outputs").toString().contains("Password"));
    assertFalse(root.path("Outputs").toString().contains("DatabaseSecret"));
    assertEquals("{{resolve:secretsmanager:${DatabaseSecret}:SecretString:password}}",
        properties("Database").path("MasterUserPassword").path("Fn::Sub").asText());
  }

  @Test
  void offlineMeansNoTasks() {
    JsonNode state = root.path("Parameters").path("ServiceState");
    assertEquals("Offline", state.path("Default").asText());
    assertEquals(expected("['Online', 'Offline']"), state.path("AllowedValues"));
    assertEquals(expected("{'Fn::Equals': [{'Ref': 'ServiceState'}, 'Online']}"), root.path("Conditions").path("ServiceOnline"));
    assertEquals(expected("{'Fn::If': ['ServiceOnline', {'Ref': 'ServiceCount'}, 0]}"), properties("Service").path("DesiredCount"));
  }

  @Test
  void theLoadBalancerAdmitsCloudFrontOnlyThroughTheUpdateFunction() {
    assertTrue(properties("LoadBalancerSecurityGroup").path("SecurityGroupIngress").isMissingNode(),
        "no ingress but what the function writes");
    JsonNode variables = properties("SecurityGroupUpdateFunction").path("Environment").path("Variables");
    assertEquals(expected("{'Fn::GetAtt': ['LoadBalancerSecurityGroup', 'GroupId']}"), variables.path("SECURITY_GROUP_ID"));
    String code = properties("SecurityGroupUpdateFunction").path("Code").path("ZipFile").asText();
    assertTrue(code.contains("CLOUDFRONT_ORIGIN_FACING"), code);
    assertTrue(code.length() <= 4096);
    assertEquals(EcsClusterStack.IP_RANGES_TOPIC, properties("IpRangesSubscription").path("TopicArn").asText());
    assertEquals("us-east-1", properties("IpRangesSubscription").path("Region").asText());
    assertEquals("sns.amazonaws.com", properties("SecurityGroupUpdatePermission").path("Principal").asText());
    JsonNode write = properties("SecurityGroupUpdateRole").path("Policies").path(0).path("PolicyDocument")
        .path("Statement").path(1);
    assertTrue(write.path("Resource").path("Fn::Sub").asText().endsWith("security-group/${LoadBalancerSecurityGroup.GroupId}"));
    // Instances take traffic from the load balancer only, on the dynamic host ports.
    assertEquals(expected("[{'Description': 'Container ports from the load balancer', 'IpProtocol': 'tcp', 'FromPort': 32768,"
            + " 'ToPort': 65535, 'SourceSecurityGroupId': {'Fn::GetAtt': ['LoadBalancerSecurityGroup', 'GroupId']}}]"),
        properties("InstanceSecurityGroup").path("SecurityGroupIngress"));
    assertEquals(0, properties("AppTaskDefinition").path("ContainerDefinitions").path(0).path("PortMappings").path(0)
        .path("HostPort").asInt());
  }

  @Test
  void theFileSystemIsMountedAtMntEfsOnEveryInstance() {
    String script = properties("LaunchTemplate").path("LaunchTemplateData").path("UserData").path("Fn::Base64")
        .path("Fn::Sub").path(0).asText();
    assertTrue(script.contains("${FileSystem}:/ /mnt/efs efs _netdev,tls 0 0"), script);
    assertTrue(script.contains("ECS_CLUSTER=${Cluster}"), script);
    assertEquals(expected("{'Cluster': {'Ref': 'Cluster'}, 'FileSystem': {'Ref': 'FileSystem'}}"),
        properties("LaunchTemplate").path("LaunchTemplateData").path("UserData").path("Fn::Base64").path("Fn::Sub").path(1));
    assertEquals(expected("['MountTargetA', 'MountTargetB']"), resources.path("ClusterInstances").path("DependsOn"));
    assertEquals("/mnt/efs", properties("AppTaskDefinition").path("Volumes").path(0).path("Host").path("SourcePath").asText());
    assertEquals("required", properties("LaunchTemplate").path("LaunchTemplateData").path("MetadataOptions")
        .path("HttpTokens").asText());
  }

  @Test
  void validAndTheSameInJsonAndYaml() {
    assertEquals(List.of(), Templates.validate(template));
    assertEquals(root, yaml(Templates.toYaml(template)));
  }

  private static List<String> names(JsonNode object) {
    List<String> names = new ArrayList<>();
    object.fieldNames().forEachRemaining(names::add);
    return names;
  }
}
