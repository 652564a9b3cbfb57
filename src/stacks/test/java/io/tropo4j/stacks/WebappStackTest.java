package io.tropo4j.stacks;

import static io.tropo4j.testing.TemplateData.expected;
import static io.tropo4j.testing.TemplateData.parse;
import static io.tropo4j.testing.TemplateData.yaml;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.tropo4j.Templates;
import io.tropo4j.core.Template;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The parts of the webapp stack that matter: how it rolls, who may reach it, how it scales, what it may read. */
class WebappStackTest {
  private final Template template = new WebappStack().build();
  private final JsonNode root = parse(Templates.toJson(template));
  private final JsonNode resources = root.path("Resources");

  private JsonNode properties(String logicalId) {
    return resources.path(logicalId).path("Properties");
  }

  @Test
  void holdsEveryResourceTheStackPromises() {
    Map<String, String> types = new TreeMap<>();
    resources.fields().forEachRemaining(e -> types.put(e.getKey(), e.getValue().path("Type").asText()));
    assertEquals(new TreeMap<>(Map.ofEntries(
        Map.entry("LaunchTemplate", "AWS::EC2::LaunchTemplate"),
        Map.entry("WebServerGroup", "AWS::AutoScaling::AutoScalingGroup"),
        Map.entry("LoadBalancer", "AWS::ElasticLoadBalancingV2::LoadBalancer"),
        Map.entry("HttpListener", "AWS::ElasticLoadBalancingV2::Listener"),
        Map.entry("TargetGroup", "AWS::ElasticLoadBalancingV2::TargetGroup"),
        Map.entry("LoadBalancerSecurityGroup", "AWS::EC2::SecurityGroup"),
        Map.entry("InstanceSecurityGroup", "AWS::EC2::SecurityGroup"),
        Map.entry("InstanceRole", "AWS::IAM::Role"),
        Map.entry("InstanceProfile", "AWS::IAM::InstanceProfile"),
        Map.entry("DnsRecord", "AWS::Route53::RecordSet"),
        Map.entry("AccessLogsBucket", "AWS::S3::Bucket"),
        Map.entry("AccessLogsBucketPolicy", "AWS::S3::BucketPolicy"),
        Map.entry("ScaleOutPolicy", "AWS::AutoScaling::ScalingPolicy"),
        Map.entry("ScaleInPolicy", "AWS::AutoScaling::ScalingPolicy"),
        Map.entry("CpuHighAlarm", "AWS::CloudWatch::Alarm"),
        Map.entry("CpuLowAlarm", "AWS::CloudWatch::Alarm"))), types);
    assertEquals(List.of("URL", "LoadBalancerDNSName", "SourceKey"), names(root.path("Outputs")));
  }

  @Test
  void aNewSourceKeyRollsTheInstancesOneAtATime() {
    assertEquals("String", root.path("Parameters").path("SourceKey").path("Type").asText());
    // The key reaches the boot script, so a new key is a new launch template version...
    String script = properties("LaunchTemplate").path("LaunchTemplateData").path("UserData")
        .path("Fn::Base64").path("Fn::Sub").asText();
    assertTrue(script.contains("s3://${SourceBucket}/${SourceKey}"), script);
    assertTrue(script.contains("cfn-signal"), script);
    // ...which the group follows...
    assertEquals(expected("{'LaunchTemplateId': {'Ref': 'LaunchTemplate'},"
            + " 'Version': {'Fn::GetAtt': ['LaunchTemplate', 'LatestVersionNumber']}}"),
        properties("WebServerGroup").path("LaunchTemplate"));
    // ...by replacing one instance at a time, each confirming it started, keeping one in service.
    JsonNode group = resources.path("WebServerGroup");
    JsonNode rolling = group.path("UpdatePolicy").path("AutoScalingRollingUpdate");
    assertEquals(1, rolling.path("MaxBatchSize").asInt());
    assertEquals(1, rolling.path("MinInstancesInService").asInt());
    assertTrue(rolling.path("WaitOnResourceSignals").asBoolean());
    assertEquals("PT15M", rolling.path("PauseTime").asText());
    assertEquals(expected("{'ResourceSignal': {'Count': {'Ref': 'DesiredCapacity'}, 'Timeout': 'PT15M'}}"),
        group.path("CreationPolicy"));
  }

  @Test
  void theLoadBalancerIsOpenOnPort80AndTheInstancesOnlyToIt() {
    assertEquals(expected("[{'Description': 'HTTP from the internet', 'IpProtocol': 'tcp',"
            + " 'FromPort': 80, 'ToPort': 80, 'CidrIp': '0.0.0.0/0'}]"),
        properties("LoadBalancerSecurityGroup").path("SecurityGroupIngress"));
    assertEquals(expected("[{'Description': 'HTTP from the load balancer', 'IpProtocol': 'tcp',"
            + " 'FromPort': 80, 'ToPort': 80,"
            + " 'SourceSecurityGroupId': {'Fn::GetAtt': ['LoadBalancerSecurityGroup', 'GroupId']}}]"),
        properties("InstanceSecurityGroup").path("SecurityGroupIngress"));
    assertEquals(expected("[{'Ref': 'InstanceSecurityGroup'}]"),
        properties("LaunchTemplate").path("LaunchTemplateData").path("SecurityGroupIds"));
    assertEquals("required",
        properties("LaunchTemplate").path("LaunchTemplateData").path("MetadataOptions").path("HttpTokens").asText());
    assertEquals("/health", properties("TargetGroup").path("HealthCheckPath").asText());
  }

  @Test
  void cpuAlarmsDriveTheScalingPolicies() {
    assertAlarm("CpuHighAlarm", "GreaterThanThreshold", 70, "ScaleOutPolicy");
    assertAlarm("CpuLowAlarm", "LessThanThreshold", 30, "ScaleInPolicy");
    assertEquals(1, properties("ScaleOutPolicy").path("ScalingAdjustment").asInt());
    assertEquals(-1, properties("ScaleInPolicy").path("ScalingAdjustment").asInt());
    for (String policy : List.of("ScaleOutPolicy", "ScaleInPolicy")) {
      assertEquals(expected("{'Ref': 'WebServerGroup'}"), properties(policy).path("AutoScalingGroupName"));
    }
  }

  private void assertAlarm(String alarm, String comparison, int threshold, String policy) {
    JsonNode p = properties(alarm);
    assertEquals("CPUUtilization", p.path("MetricName").asText());
    assertEquals(comparison, p.path("ComparisonOperator").asText());
    assertEquals(threshold, p.path("Threshold").asInt());
    assertEquals(expected("[{'Name': 'AutoScalingGroupName', 'Value': {'Ref': 'WebServerGroup'}}]"), p.path("Dimensions"));
    assertEquals(expected("[{'Ref': '" + policy + "'}]"), p.path("AlarmActions"));
  }

  @Test
  void instancesMayReadTheReleasePrefixAndNothingElse() {
    JsonNode policies = properties("InstanceRole").path("Policies");
    assertEquals(1, policies.size());
    JsonNode statements = policies.path(0).path("PolicyDocument").path("Statement");
    assertEquals(expected("[{'Effect': 'Allow', 'Action': 's3:GetObject',"
        + " 'Resource': {'Fn::Sub': 'arn:${AWS::Partition}:s3:::${SourceBucket}/webapp/*'}}]"), statements);
    assertTrue(properties("InstanceRole").path("ManagedPolicyArns").isMissingNode());
    assertEquals("^webapp/[A-Za-z0-9._-]+\\.zip$",
        root.path("Parameters").path("SourceKey").path("AllowedPattern").asText(), "keys stay under the readable prefix");
  }

  @Test
  void accessLogsAreEncryptedPrivateKeptAndWritableByLogDelivery() {
    JsonNode bucket = resources.path("AccessLogsBucket");
    assertEquals("Retain", bucket.path("DeletionPolicy").asText());
    assertEquals("Retain", bucket.path("UpdateReplacePolicy").asText());
    assertEquals("AES256", bucket.path("Properties").path("BucketEncryption")
        .path("ServerSideEncryptionConfiguration").path(0).path("ServerSideEncryptionByDefault").path("SSEAlgorithm").asText());
    bucket.path("Properties").path("PublicAccessBlockConfiguration").forEach(flag -> assertTrue(flag.asBoolean()));
    JsonNode write = properties("AccessLogsBucketPolicy").path("PolicyDocument").path("Statement").path(0);
    assertEquals("s3:PutObject", write.path("Action").asText());
    assertEquals("${AccessLogsBucket.Arn}/alb/AWSLogs/${AWS::AccountId}/*", write.path("Resource").path("Fn::Sub").asText());
    assertEquals(expected("['AccessLogsBucketPolicy']"), resources.path("LoadBalancer").path("DependsOn"));
  }

  @Test
  void everyRegionGetsALogDeliveryPrincipal() {
    JsonNode principal = properties("AccessLogsBucketPolicy").path("PolicyDocument").path("Statement").path(0)
        .path("Principal").path("Fn::If");
    assertEquals("ElbLogDeliveryFromAccount", principal.path(0).asText());
    assertEquals("logdelivery.elasticloadbalancing.amazonaws.com", principal.path(2).path("Service").asText());
    List<String> regions = new ArrayList<>();
    root.path("Conditions").path("ElbLogDeliveryFromAccount").path("Fn::Or")
        .forEach(group -> group.path("Fn::Or").forEach(eq -> regions.add(eq.path("Fn::Equals").path(1).asText())));
    assertEquals(new ArrayList<>(ElbLogDelivery.LEGACY_ACCOUNTS.keySet()), regions);
    assertEquals(names(root.path("Mappings").path("ElbLogDeliveryAccounts")), regions);
  }

  @Test
  void theFixedNameAliasesTheLoadBalancer() {
    assertEquals(expected("{'DNSName': {'Fn::GetAtt': ['LoadBalancer', 'DNSName']},"
            + " 'HostedZoneId': {'Fn::GetAtt': ['LoadBalancer', 'CanonicalHostedZoneID']},"
            + " 'EvaluateTargetHealth': true}"),
        properties("DnsRecord").path("AliasTarget"));
    assertEquals(expected("{'Ref': 'DomainName'}"), properties("DnsRecord").path("Name"));
  }

  @Test
  void validAndTheSameInJsonAndYaml() {
    assertEquals(List.of(), Templates.validate(template));
    assertEquals(root, yaml(Templates.toYaml(template)));
    assertFalse(Templates.toJson(template).contains("Password"));
  }

  private static List<String> names(JsonNode object) {
    List<String> names = new ArrayList<>();
    object.fieldNames().forEachRemaining(names::add);
    return names;
  }
}
