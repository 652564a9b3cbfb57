package io.tropo4j.stacks;

import static io.tropo4j.testing.TemplateData.expected;
import static io.tropo4j.testing.TemplateData.parse;
import static io.tropo4j.testing.TemplateData.yaml;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import io.tropo4j.Templates;
import io.tropo4j.core.Template;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The security group chain, HTTP sent to HTTPS, the repository kept, and the service the document asks for. */
class FargateServiceStackTest {
  private final Template template = new FargateServiceStack().build();
  private final JsonNode root = parse(Templates.toJson(template));
  private final JsonNode resources = root.path("Resources");

  private JsonNode properties(String logicalId) {
    return resources.path(logicalId).path("Properties");
  }

  @Test
  void theLoadBalancerIsOpenOn80And443AndTheTasksOnlyToIt() {
    assertEquals(expected("[{'Description': 'HTTP, redirected to HTTPS', 'IpProtocol': 'tcp', 'FromPort': 80, 'ToPort': 80,"
            + " 'CidrIp': '0.0.0.0/0'}, {'Description': 'HTTPS', 'IpProtocol': 'tcp', 'FromPort': 443, 'ToPort': 443,"
            + " 'CidrIp': '0.0.0.0/0'}]"),
        properties("LoadBalancerSecurityGroup").path("SecurityGroupIngress"));
    assertEquals(expected("[{'Description': 'From the load balancer', 'IpProtocol': 'tcp',"
            + " 'FromPort': {'Ref': 'ContainerPort'}, 'ToPort': {'Ref': 'ContainerPort'},"
            + " 'SourceSecurityGroupId': {'Fn::GetAtt': ['LoadBalancerSecurityGroup', 'GroupId']}}]"),
        properties("TaskSecurityGroup").path("SecurityGroupIngress"));
    assertEquals(expected("[{'Ref': 'TaskSecurityGroup'}]"),
        properties("Service").path("NetworkConfiguration").path("AwsvpcConfiguration").path("SecurityGroups"));
  }

  @Test
  void httpIsRedirectedToHttpsWhichForwardsWithACurrentPolicy() {
    assertEquals(expected("[{'Type': 'redirect', 'RedirectConfig': {'Protocol': 'HTTPS', 'Port': '443', 'StatusCode': 'HTTP_301'}}]"),
        properties("HttpListener").path("DefaultActions"));
    JsonNode https = properties("HttpsListener");
    assertEquals(443, https.path("Port").asInt());
    assertEquals(LoadBalancing.TLS_POLICY, https.path("SslPolicy").asText());
    assertEquals(expected("[{'CertificateArn': {'Ref': 'Certificate'}}]"), https.path("Certificates"));
    assertEquals(expected("[{'Type': 'forward', 'TargetGroupArn': {'Ref': 'TargetGroup'}}]"), https.path("DefaultActions"));
    assertEquals("DNS", properties("Certificate").path("ValidationMethod").asText());
    assertEquals(expected("['HttpsListener']"), resources.path("Service").path("DependsOn"));
  }

  @Test
  void theServiceIsTheDocumentsOne() {
    JsonNode parameters = root.path("Parameters");
    assertEquals("1024", parameters.path("Cpu").path("Default").asText());
    assertEquals("3072", parameters.path("Memory").path("Default").asText());
    assertEquals("3", parameters.path("DesiredCount").path("Default").asText());
    assertEquals(expected("{'Fn::If': ['ImageGiven', {'Ref': 'DesiredCount'}, 0]}"), properties("Service").path("DesiredCount"));
    assertEquals(30, properties("Service").path("HealthCheckGracePeriodSeconds").asInt());
    assertEquals("/", properties("TargetGroup").path("HealthCheckPath").asText());
    assertEquals("ip", properties("TargetGroup").path("TargetType").asText());
    assertEquals(expected("['FARGATE']"), properties("TaskDefinition").path("RequiresCompatibilities"));
    assertEquals("awslogs", properties("TaskDefinition").path("ContainerDefinitions").path(0).path("LogConfiguration")
        .path("LogDriver").asText());
    for (String record : List.of("ApexRecord", "WwwRecord")) {
      assertEquals(expected("{'Fn::GetAtt': ['LoadBalancer', 'CanonicalHostedZoneID']}"),
          properties(record).path("AliasTarget").path("HostedZoneId"));
    }
  }

  @Test
  void theRepositoryAndTheLogsAreKept() {
    for (String id : List.of("Repository", "LogGroup")) {
      assertEquals("Retain", resources.path(id).path("DeletionPolicy").asText(), id);
      assertEquals("Retain", resources.path(id).path("UpdateReplacePolicy").asText(), id);
    }
    assertEquals(30, parse(properties("Repository").path("LifecyclePolicy").path("LifecyclePolicyText").asText())
        .path("rules").path(0).path("selection").path("countNumber").asInt());
  }

  @Test
  void validAndTheSameInJsonAndYaml() {
    assertEquals(List.of(), Templates.validate(template));
    assertEquals(root, yaml(Templates.toYaml(template)));
  }
}
