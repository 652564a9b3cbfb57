package io.tropo4j.stacks;

import static io.tropo4j.testing.TemplateData.expected;
import static io.tropo4j.testing.TemplateData.parse;
import static io.tropo4j.testing.TemplateData.yaml;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.tropo4j.Templates;
import io.tropo4j.core.Template;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Three zones behind ACLs, capacity that follows the tasks, CPU autoscaling, and HTTPS when there is a certificate. */
class EcsServiceStackTest {
  private final Template template = new EcsServiceStack().build();
  private final JsonNode root = parse(Templates.toJson(template));
  private final JsonNode resources = root.path("Resources");

  private JsonNode properties(String logicalId) {
    return resources.path(logicalId).path("Properties");
  }

  @Test
  void threePublicSubnetsInThreeZonesBehindTheNetworkAcl() {
    for (int zone = 0; zone < 3; zone++) {
      String id = "PublicSubnet" + (char) ('A' + zone);
      assertEquals(expected("{'Fn::Select': [" + zone + ", {'Fn::GetAZs': ''}]}"), properties(id).path("AvailabilityZone"));
      assertEquals(expected("{'Ref': 'PublicRouteTable'}"), properties(id + "Routes").path("RouteTableId"));
      assertEquals(expected("{'Ref': 'PublicNetworkAcl'}"), properties(id + "Acl").path("NetworkAclId"));
    }
    assertEquals(expected("{'RuleNumber': 110, 'Egress': false, 'Protocol': 6, 'RuleAction': 'allow', 'CidrBlock': '0.0.0.0/0',"
            + " 'NetworkAclId': {'Ref': 'PublicNetworkAcl'}, 'PortRange': {'From': 443, 'To': 443}}"),
        properties("AclInboundHttps"));
    assertEquals(expected("['InternetGatewayAttachment']"), resources.path("InternetRoute").path("DependsOn"));
    assertEquals(3, properties("LoadBalancer").path("Subnets").size());
  }

  @Test
  void theInstancesTakeTrafficFromTheLoadBalancerOnly() {
    assertEquals(expected("[{'Description': 'Container ports from the load balancer', 'IpProtocol': 'tcp', 'FromPort': 32768,"
            + " 'ToPort': 65535, 'SourceSecurityGroupId': {'Fn::GetAtt': ['LoadBalancerSecurityGroup', 'GroupId']}}]"),
        properties("InstanceSecurityGroup").path("SecurityGroupIngress"));
    assertEquals(0, properties("TaskDefinition").path("ContainerDefinitions").path(0).path("PortMappings").path(0)
        .path("HostPort").asInt(), "dynamic host ports");
  }

  @Test
  void theCapacityProviderScalesTheGroupAndTheServiceTracksCpu() {
    JsonNode provider = properties("CapacityProvider").path("AutoScalingGroupProvider");
    assertEquals(expected("{'Ref': 'ClusterInstances'}"), provider.path("AutoScalingGroupArn"));
    assertEquals("ENABLED", provider.path("ManagedScaling").path("Status").asText());
    assertEquals(expected("[{'CapacityProvider': {'Ref': 'CapacityProvider'}, 'Weight': 1}]"),
        properties("Service").path("CapacityProviderStrategy"));
    JsonNode target = properties("ServiceScalingTarget");
    assertEquals("ecs:service:DesiredCount", target.path("ScalableDimension").asText());
    assertEquals("service/${Cluster}/${Service.Name}", target.path("ResourceId").path("Fn::Sub").asText());
    assertEquals(expected("{'Ref': 'ServiceMinCount'}"), target.path("MinCapacity"));
    assertEquals(expected("{'Ref': 'ServiceMaxCount'}"), target.path("MaxCapacity"));
    JsonNode tracking = properties("ServiceCpuScaling").path("TargetTrackingScalingPolicyConfiguration");
    assertEquals("ECSServiceAverageCPUUtilization",
        tracking.path("PredefinedMetricSpecification").path("PredefinedMetricType").asText());
    assertEquals(expected("{'Ref': 'CpuTargetPercent'}"), tracking.path("TargetValue"));
    assertEquals(expected("{'Ref': 'ServiceScalingTarget'}"), properties("ServiceCpuScaling").path("ScalingTargetId"));
  }

  @Test
  void withACertificateHttpRedirectsToHttps() {
    assertEquals(expected("{'Fn::Not': [{'Fn::Equals': [{'Ref': 'CertificateArn'}, '']}]}"),
        root.path("Conditions").path("HasCertificate"));
    assertEquals(expected("{'Fn::If': ['HasCertificate',"
            + " [{'Type': 'redirect', 'RedirectConfig': {'Protocol': 'HTTPS', 'Port': '443', 'StatusCode': 'HTTP_301'}}],"
            + " [{'Type': 'forward', 'TargetGroupArn': {'Ref': 'TargetGroup'}}]]}"),
        properties("HttpListener").path("DefaultActions"));
    assertEquals("HasCertificate", resources.path("HttpsListener").path("Condition").asText());
    assertEquals(LoadBalancing.TLS_POLICY, properties("HttpsListener").path("SslPolicy").asText());
  }

  @Test
  void logsAreKeptInCloudWatch() {
    assertEquals("Retain", resources.path("LogGroup").path("DeletionPolicy").asText());
    assertEquals("awslogs", properties("TaskDefinition").path("ContainerDefinitions").path(0).path("LogConfiguration")
        .path("LogDriver").asText());
    assertTrue(root.path("Outputs").has("LoadBalancerURL"));
  }

  @Test
  void validAndTheSameInJsonAndYaml() {
    assertEquals(List.of(), Templates.validate(template));
    assertEquals(root, yaml(Templates.toYaml(template)));
  }
}
