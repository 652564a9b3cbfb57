package io.tropo4j.core;

import static io.tropo4j.testing.TemplateData.expected;
import static io.tropo4j.testing.TemplateData.parse;
import static io.tropo4j.testing.TemplateData.yaml;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.tropo4j.Templates;
import io.tropo4j.fn.Fn;
import io.tropo4j.fn.Json;
import io.tropo4j.fn.Pseudo;
import io.tropo4j.fn.Value;
import io.tropo4j.resources.autoscaling.AutoScalingGroup;
import io.tropo4j.resources.ec2.SecurityGroup;
import io.tropo4j.resources.s3.Bucket;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A template that uses every section and resource attribute, checked in JSON and in YAML. */
class TemplateTest {
  static Template everything() {
    Template t = new Template().description("Every section");
    t.metadata("Owner", Json.object("Team", "infra"));
    Parameter<String> env = t.add(Parameter.string("Env").allowedValues("dev", "prod").defaultValue("dev")
        .description("Stage").constraintDescription("dev or prod"));
    Parameter<Integer> count = t.add(Parameter.number("Count").minValue(1).maxValue(4).defaultValue(2));
    Parameter<List<String>> subnets = t.add(Parameter.of("Subnets", ParameterType.SUBNET_IDS));
    Parameter<String> ami = t.add(Parameter.of("Ami",
        ParameterType.ssmValue(ParameterType.IMAGE_ID)).defaultValue("/aws/service/ami"));
    Parameter<String> password = t.add(Parameter.string("Password").noEcho().minLength(8).maxLength(41)
        .allowedPattern("[a-zA-Z0-9]+"));
    t.parameterGroup("Network", subnets).parameterLabel(env, "Stage name");
    Mapping sizes = t.add(new Mapping("Sizes").put("dev", "Type", "t3.micro").put("prod", "Zones", List.of("a", "b")));
    Condition isProd = t.add(new Condition("IsProd", Fn.equals(env.ref(), Value.of("prod"))));
    t.add(new Rule("ProdInUsEast1").when(isProd)
        .require(Fn.equals(Pseudo.REGION, Value.of("us-east-1")), "prod runs in us-east-1"));
    t.transform("AWS::LanguageExtensions");
    Bucket logs = t.add(new Bucket("Logs").bucketName(Fn.sub("${AWS::StackName}-logs"))
        .versioningConfiguration(new Bucket.VersioningConfiguration().status("Enabled"))
        .tags(Tags.of("Env", env.ref()).and("Team", "infra"))
        .retainData());
    // An Auto Scaling group: the type that takes every resource attribute, both policies included.
    AutoScalingGroup web = t.add(new AutoScalingGroup("Web")
        .minSize(sizes.find(env.ref(), "Type"))
        .maxSize(Fn.select(0, subnets.ref()))
        .launchConfigurationName("web")
        .condition(isProd)
        .dependsOn(logs)
        .metadata("Comment", Value.of(password.logicalId() + " stays out of here"))
        .init(Init.of(new Init.Config().pkg("yum", "httpd")
            .file("/etc/motd", new Init.File().content(Fn.sub("hello ${Env}")).mode("000644"))
            .command("10-start", Init.Command.of("systemctl start httpd").ignoreErrors(false))
            .service("systemd", "httpd", new Init.Service().enabled(true).ensureRunning(true).files("/etc/motd"))))
        .creationPolicy(new CreationPolicy().resourceSignal(count.ref(), "PT15M").autoScalingCreationPolicy(50))
        .updatePolicy(new UpdatePolicy().autoScalingRollingUpdate(new UpdatePolicy.RollingUpdate()
            .minInstancesInService(1).maxBatchSize(1).pauseTime("PT10M").waitOnResourceSignals(true))
            .autoScalingScheduledAction(true))
        .deletionPolicy(DeletionPolicy.DELETE)
        .updateReplacePolicy(UpdateReplacePolicy.DELETE));
    t.add(new Output("BucketArn", logs.arn()).description("logs").exportName(Fn.sub("${AWS::StackName}-logs")));
    t.add(new Output("WebGroup", web.ref()).condition(isProd));
    t.add(Output.number("Instances", count.ref()));
    t.add(new Output("Image", ami.ref()));
    return t;
  }

  @Test
  void sectionsComeInCloudFormationsOrder() {
    JsonNode json = parse(Templates.toJson(everything()));
    List<String> sections = new ArrayList<>();
    json.fieldNames().forEachRemaining(sections::add);
    assertEquals(List.of("AWSTemplateFormatVersion", "Description", "Metadata", "Parameters", "Mappings",
        "Conditions", "Rules", "Transform", "Resources", "Outputs"), sections);
  }

  @Test
  void everySectionIsWritten() {
    JsonNode json = parse(Templates.toJson(everything()));
    assertEquals("2010-09-09", json.get("AWSTemplateFormatVersion").asText());
    assertEquals(expected("{'ParameterGroups': [{'Label': {'default': 'Network'}, 'Parameters': ['Subnets']}],"
        + "'ParameterLabels': {'Env': {'default': 'Stage name'}}}"), json.at("/Metadata/AWS::CloudFormation::Interface"));
    assertEquals(expected("{'Type': 'String', 'Description': 'Stage', 'Default': 'dev', 'AllowedValues': ['dev', 'prod'],"
        + "'ConstraintDescription': 'dev or prod'}"), json.at("/Parameters/Env"));
    assertEquals(expected("{'Type': 'Number', 'Default': '2', 'MinValue': 1, 'MaxValue': 4}"), json.at("/Parameters/Count"));
    assertEquals("List<AWS::EC2::Subnet::Id>", json.at("/Parameters/Subnets/Type").asText());
    assertEquals("AWS::SSM::Parameter::Value<AWS::EC2::Image::Id>", json.at("/Parameters/Ami/Type").asText());
    assertEquals(expected("{'Type': 'String', 'AllowedPattern': '[a-zA-Z0-9]+', 'MinLength': 8, 'MaxLength': 41, 'NoEcho': true}"),
        json.at("/Parameters/Password"));
    assertEquals(expected("{'dev': {'Type': 't3.micro'}, 'prod': {'Zones': ['a', 'b']}}"), json.at("/Mappings/Sizes"));
    assertEquals(expected("{'RuleCondition': {'Condition': 'IsProd'}, 'Assertions': [{'Assert': "
        + "{'Fn::Equals': [{'Ref': 'AWS::Region'}, 'us-east-1']}, 'AssertDescription': 'prod runs in us-east-1'}]}"),
        json.at("/Rules/ProdInUsEast1"));
    assertEquals("AWS::LanguageExtensions", json.at("/Transform").asText());
    assertEquals(expected("{'Description': 'logs', 'Value': {'Fn::GetAtt': ['Logs', 'Arn']},"
        + "'Export': {'Name': {'Fn::Sub': '${AWS::StackName}-logs'}}}"), json.at("/Outputs/BucketArn"));
    assertEquals("IsProd", json.at("/Outputs/WebGroup/Condition").asText());
  }

  @Test
  void everyResourceAttributeIsWritten() {
    JsonNode web = parse(Templates.toJson(everything())).at("/Resources/Web");
    List<String> keys = new ArrayList<>();
    web.fieldNames().forEachRemaining(keys::add);
    assertEquals(List.of("Type", "Condition", "DependsOn", "Metadata", "Properties", "CreationPolicy",
        "UpdatePolicy", "DeletionPolicy", "UpdateReplacePolicy"), keys);
    assertEquals(expected("['Logs']"), web.get("DependsOn"));
    assertEquals(expected("{'ResourceSignal': {'Count': {'Ref': 'Count'}, 'Timeout': 'PT15M'},"
        + "'AutoScalingCreationPolicy': {'MinSuccessfulInstancesPercent': 50}}"), web.get("CreationPolicy"));
    assertEquals(expected("{'AutoScalingRollingUpdate': {'MinInstancesInService': 1, 'MaxBatchSize': 1,"
        + "'PauseTime': 'PT10M', 'WaitOnResourceSignals': true},"
        + "'AutoScalingScheduledAction': {'IgnoreUnmodifiedGroupSizeProperties': true}}"), web.get("UpdatePolicy"));
    assertEquals(expected("{'config': {'packages': {'yum': {'httpd': []}},"
        + "'files': {'/etc/motd': {'content': {'Fn::Sub': 'hello ${Env}'}, 'mode': '000644'}},"
        + "'commands': {'10-start': {'command': 'systemctl start httpd', 'ignoreErrors': false}},"
        + "'services': {'systemd': {'httpd': {'enabled': true, 'ensureRunning': true, 'files': ['/etc/motd']}}}}}"),
        web.at("/Metadata/AWS::CloudFormation::Init"));
    JsonNode logs = parse(Templates.toJson(everything())).at("/Resources/Logs");
    assertEquals("Retain", logs.get("DeletionPolicy").asText());
    assertEquals("Retain", logs.get("UpdateReplacePolicy").asText());
    assertEquals(expected("[{'Key': 'Env', 'Value': {'Ref': 'Env'}}, {'Key': 'Team', 'Value': 'infra'}]"),
        logs.at("/Properties/Tags"));
  }

  @Test
  void otherUpdatePoliciesAndConfigSets() {
    UpdatePolicy policy = new UpdatePolicy().autoScalingReplacingUpdate(true)
        .codeDeployLambdaAliasUpdate(new UpdatePolicy.CodeDeployLambdaAliasUpdate()
            .applicationName(Value.of("app")).deploymentGroupName(Value.of("group")))
        .enableVersionUpgrade(true).useOnlineResharding(true);
    assertEquals(expected("{'AutoScalingReplacingUpdate': {'WillReplace': true},"
        + "'CodeDeployLambdaAliasUpdate': {'ApplicationName': 'app', 'DeploymentGroupName': 'group'},"
        + "'EnableVersionUpgrade': true, 'UseOnlineResharding': true}"), io.tropo4j.testing.TemplateData.json(policy));
    Init init = Init.withConfigSets().configSet("default", "install", "run")
        .config("install", new Init.Config().source("/opt/app", Value.of("https://example.com/app.zip")))
        .config("run", new Init.Config().command("a", new Init.Command().argv("echo", "hi").cwd("/tmp")));
    assertEquals(expected("{'configSets': {'default': ['install', 'run']},"
        + "'install': {'sources': {'/opt/app': 'https://example.com/app.zip'}},"
        + "'run': {'commands': {'a': {'command': ['echo', 'hi'], 'cwd': '/tmp'}}}}"),
        io.tropo4j.testing.TemplateData.json(init));
  }

  @Test
  void yamlReadsBackToTheSameStructureAsJson() {
    Template t = everything();
    assertEquals(parse(Templates.toJson(t)), yaml(Templates.toYaml(t)));
  }

  @Test
  void sameInputSameBytes() {
    assertEquals(Templates.toJson(everything()), Templates.toJson(everything()));
    assertEquals(Templates.toYaml(everything()), Templates.toYaml(everything()));
  }

  @Test
  void emissionRefusesAnInvalidTemplateListingEveryProblem() {
    Template t = new Template();
    t.add(new SecurityGroup("Web"));
    t.add(new SecurityGroup("bad-id").groupDescription("x"));
    InvalidTemplateException e = assertThrows(InvalidTemplateException.class, () -> Templates.toJson(t));
    assertEquals(2, e.problems().size());
    assertTrue(e.getMessage().startsWith("2 problems"), e.getMessage());
    assertThrows(InvalidTemplateException.class, () -> Templates.toYaml(t));
  }
}
