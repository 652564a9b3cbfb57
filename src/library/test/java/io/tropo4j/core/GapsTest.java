package io.tropo4j.core;

import static io.tropo4j.testing.TemplateData.expected;
import static io.tropo4j.testing.TemplateData.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import io.tropo4j.Templates;
import io.tropo4j.fn.Fn;
import io.tropo4j.fn.Value;
import io.tropo4j.resources.ec2.Instance;
import io.tropo4j.resources.ec2.SecurityGroup;
import io.tropo4j.resources.s3.Bucket;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What a troposphere program can write and tropo4j now can too: each gap, closed and emitted whole. */
class GapsTest {
  private final Template t = new Template();

  private JsonNode resource(String logicalId) {
    assertEquals(List.of(), Templates.validate(t));
    return parse(Templates.toJson(t)).at("/Resources/" + logicalId);
  }

  @Test
  void deleteDataIsAStatedChoiceNextToRetainAndSnapshot() {
    t.add(new Bucket("Scratch").deleteData());
    assertEquals(expected("{'Type': 'AWS::S3::Bucket', 'DeletionPolicy': 'Delete', 'UpdateReplacePolicy': 'Delete'}"),
        resource("Scratch"));
  }

  @Test
  void aResourceSignalWithOnlyATimeout() {
    t.add(new Instance("Box").imageId("ami-0123456789abcdef0").creationPolicy(new CreationPolicy().resourceSignal("PT10M")));
    assertEquals(expected("{'ResourceSignal': {'Timeout': 'PT10M'}}"), resource("Box").path("CreationPolicy"));
  }

  @Test
  void cfnInitRunsSystemdAndSysvinitServicesAndFetchesFilesWithCredentials() {
    // Metadata is shown in plain text, so a NoEcho parameter may not go there (validation says so); a
    // dynamic reference is resolved by CloudFormation and never written out.
    Value<String> password = Fn.sub("{{resolve:secretsmanager:repo-password:SecretString:password}}");
    t.add(new Instance("Box").imageId("ami-0123456789abcdef0")
        .authentication("ReleasesRole", Init.Authentication.s3(Value.of("box-role"), "releases-bucket"))
        .authentication("Repo", Init.Authentication.basic("deploy", password, "https://repo.example.com/"))
        .init(Init.of(new Init.Config()
            .file("/opt/app.tar", new Init.File().source(Value.of("https://releases-bucket.s3.amazonaws.com/app.tar"))
                .authentication("ReleasesRole"))
            .systemd("app", new Init.Service().enabled(true).ensureRunning(true).files("/opt/app.tar"))
            .sysvinit("legacy", new Init.Service().enabled(false)))));
    assertEquals(expected("{"
            + " 'AWS::CloudFormation::Authentication': {"
            + "  'ReleasesRole': {'type': 'S3', 'roleName': 'box-role', 'buckets': ['releases-bucket']},"
            + "  'Repo': {'type': 'basic', 'username': 'deploy',"
            + "   'password': {'Fn::Sub': '{{resolve:secretsmanager:repo-password:SecretString:password}}'},"
            + "   'uris': ['https://repo.example.com/']}},"
            + " 'AWS::CloudFormation::Init': {'config': {"
            + "  'files': {'/opt/app.tar': {'source': 'https://releases-bucket.s3.amazonaws.com/app.tar',"
            + "   'authentication': 'ReleasesRole'}},"
            + "  'services': {'systemd': {'app': {'enabled': true, 'ensureRunning': true, 'files': ['/opt/app.tar']}},"
            + "   'sysvinit': {'legacy': {'enabled': false}}}}}}"),
        resource("Box").path("Metadata"));
  }

  @Test
  void aCustomResourceOfAnyTypeWithTypedAttributes() {
    Value<String> token = Fn.sub("arn:${AWS::Partition}:lambda:${AWS::Region}:${AWS::AccountId}:function:provider");
    CustomResource generic = t.add(new CustomResource("Lookup", CustomResource.GENERIC, token)
        .property("Name", Value.of("db")));
    CustomResource named = t.add(new CustomResource("Ports", "Custom::Ports", token));
    Value<Integer> port = named.attribute("Port", Integer.class);
    t.add(new SecurityGroup("Db").groupDescription("db").securityGroupIngress(new SecurityGroup.Ingress()
        .ipProtocol("tcp").fromPort(port).toPort(port).cidrIp(generic.attribute("Cidr"))));
    assertEquals(expected("{'Type': 'AWS::CloudFormation::CustomResource', 'Properties': {'ServiceToken':"
            + " {'Fn::Sub': 'arn:${AWS::Partition}:lambda:${AWS::Region}:${AWS::AccountId}:function:provider'},"
            + " 'Name': 'db'}}"),
        resource("Lookup"));
    assertEquals(expected("[{'IpProtocol': 'tcp', 'FromPort': {'Fn::GetAtt': ['Ports', 'Port']},"
            + " 'ToPort': {'Fn::GetAtt': ['Ports', 'Port']}, 'CidrIp': {'Fn::GetAtt': ['Lookup', 'Cidr']}}]"),
        resource("Db").path("Properties").path("SecurityGroupIngress"));
    assertEquals("custom resource type must be Custom:: and 1 to 60 letters, digits or _@-, or "
            + "AWS::CloudFormation::CustomResource, not AWS::Lambda::Function",
        assertThrows(IllegalArgumentException.class,
            () -> new CustomResource("X", "AWS::Lambda::Function", token)).getMessage());
  }
}
