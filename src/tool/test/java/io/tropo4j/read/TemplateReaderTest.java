package io.tropo4j.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Good templates: both formats, every short tag, block scalars, every section and attribute. */
class TemplateReaderTest {
  /** Every section, every short tag, the attributes and block scalars, in short-form YAML. */
  private static final String YAML = """
      AWSTemplateFormatVersion: '2010-09-09'
      Description: Every section and every short tag
      Transform: [AWS::LanguageExtensions, AWS::Serverless-2016-10-31]
      Metadata:
        Owner: team
      Parameters:
        Env:
          Type: String
          AllowedValues: [dev, prod]
          Default: dev
        Subnets:
          Type: List<AWS::EC2::Subnet::Id>
        Secret:
          Type: String
          NoEcho: true
      Rules:
        ProdOnly:
          RuleCondition: !Equals [!Ref Env, prod]
          Assertions:
            - Assert: !Contains [[a, b], !Ref Env]
              AssertDescription: allowed
            - Assert: !EachMemberEquals [!RefAll 'AWS::EC2::Subnet::Id', x]
            - Assert: !EachMemberIn [!ValueOfAll ['AWS::EC2::Subnet::Id', Tag], [y]]
            - Assert: !Equals [!ValueOf [Env, Tag], z]
      Mappings:
        Regions:
          us-east-1: {Ami: ami-1}
      Conditions:
        IsProd: !Equals [!Ref Env, prod]
        NotProd: !Not [!Condition IsProd]
        Either: !Or [!Condition IsProd, !Condition NotProd]
        Both: !And [!Condition IsProd, !Condition NotProd]
      Resources:
        Bucket:
          Type: AWS::S3::Bucket
          Condition: IsProd
          DependsOn: Queue
          DeletionPolicy: Retain
          UpdateReplacePolicy: Snapshot
          Metadata: {cfn-lint: {config: {ignore_checks: [W1]}}}
          Properties:
            BucketName: !Sub '${AWS::StackName}-logs'
            Port: 80
            Ratio: 1.50
            Enabled: yes
            Off: false
            Nothing: ~
            Quoted: '80'
            Secret: '{{resolve:ssm:/app/secret:1}}'
            Arn: !GetAtt Queue.Arn
            Nested: !GetAtt Db.Endpoint.Address
            Listed: !GetAtt [Queue, QueueName]
            Azs: !GetAZs ''
            First: !Select [0, !GetAZs '']
            Cidrs: !Cidr [10.0.0.0/16, 4, 8]
            Image: !FindInMap [Regions, !Ref 'AWS::Region', Ami]
            Imported: !ImportValue shared-vpc
            Joined: !Join ['', [a, !Ref Env]]
            Parts: !Split [',', 'a,b']
            Chosen: !If [IsProd, !Ref Env, !Ref 'AWS::NoValue']
            Encoded: !Base64 {Fn::Sub: 'echo ${Env}'}
            Count: !Length [a, b]
            Json: !ToJsonString {a: 1}
            Macro: !Transform {Name: AWS::Include, Parameters: {Location: s3://b/k}}
            Literal: |
              #!/bin/bash
              echo one
            Kept: |+
              kept

            Stripped: |-
              stripped
            Folded: >
              one
              two
            FoldedStripped: >-
              three
              four
        Queue:
          Type: Custom::Unknown
          DependsOn: [Bucket]
          CreationPolicy: {ResourceSignal: {Count: 1, Timeout: PT15M}}
          UpdatePolicy: {AutoScalingRollingUpdate: {MinInstancesInService: 1}}
          Version: '1.0'
          Properties: {ServiceToken: !ImportValue token}
      Outputs:
        Url:
          Value: !GetAtt Bucket.WebsiteURL
          Export: {Name: !Sub '${AWS::StackName}-url'}
          Condition: IsProd
      """;

  /** The same template in JSON, every function in its long form. */
  private static final String JSON = """
      {"AWSTemplateFormatVersion": "2010-09-09", "Description": "Every section and every short tag",
       "Transform": ["AWS::LanguageExtensions", "AWS::Serverless-2016-10-31"],
       "Metadata": {"Owner": "team"},
       "Parameters": {"Env": {"Type": "String", "AllowedValues": ["dev", "prod"], "Default": "dev"},
         "Subnets": {"Type": "List<AWS::EC2::Subnet::Id>"}, "Secret": {"Type": "String", "NoEcho": true}},
       "Rules": {"ProdOnly": {"RuleCondition": {"Fn::Equals": [{"Ref": "Env"}, "prod"]}, "Assertions": [
         {"Assert": {"Fn::Contains": [["a", "b"], {"Ref": "Env"}]}, "AssertDescription": "allowed"},
         {"Assert": {"Fn::EachMemberEquals": [{"Fn::RefAll": "AWS::EC2::Subnet::Id"}, "x"]}},
         {"Assert": {"Fn::EachMemberIn": [{"Fn::ValueOfAll": ["AWS::EC2::Subnet::Id", "Tag"]}, ["y"]]}},
         {"Assert": {"Fn::Equals": [{"Fn::ValueOf": ["Env", "Tag"]}, "z"]}}]}},
       "Mappings": {"Regions": {"us-east-1": {"Ami": "ami-1"}}},
       "Conditions": {"IsProd": {"Fn::Equals": [{"Ref": "Env"}, "prod"]},
         "NotProd": {"Fn::Not": [{"Condition": "IsProd"}]},
         "Either": {"Fn::Or": [{"Condition": "IsProd"}, {"Condition": "NotProd"}]},
         "Both": {"Fn::And": [{"Condition": "IsProd"}, {"Condition": "NotProd"}]}},
       "Resources": {
         "Bucket": {"Type": "AWS::S3::Bucket", "Condition": "IsProd", "DependsOn": "Queue",
           "DeletionPolicy": "Retain", "UpdateReplacePolicy": "Snapshot",
           "Metadata": {"cfn-lint": {"config": {"ignore_checks": ["W1"]}}},
           "Properties": {"BucketName": {"Fn::Sub": "${AWS::StackName}-logs"}, "Port": 80, "Ratio": 1.50,
             "Enabled": true, "Off": false, "Nothing": null, "Quoted": "80",
             "Secret": "{{resolve:ssm:/app/secret:1}}",
             "Arn": {"Fn::GetAtt": ["Queue", "Arn"]}, "Nested": {"Fn::GetAtt": "Db.Endpoint.Address"},
             "Listed": {"Fn::GetAtt": ["Queue", "QueueName"]},
             "Azs": {"Fn::GetAZs": ""}, "First": {"Fn::Select": [0, {"Fn::GetAZs": ""}]},
             "Cidrs": {"Fn::Cidr": ["10.0.0.0/16", 4, 8]},
             "Image": {"Fn::FindInMap": ["Regions", {"Ref": "AWS::Region"}, "Ami"]},
             "Imported": {"Fn::ImportValue": "shared-vpc"}, "Joined": {"Fn::Join": ["", ["a", {"Ref": "Env"}]]},
             "Parts": {"Fn::Split": [",", "a,b"]},
             "Chosen": {"Fn::If": ["IsProd", {"Ref": "Env"}, {"Ref": "AWS::NoValue"}]},
             "Encoded": {"Fn::Base64": {"Fn::Sub": "echo ${Env}"}}, "Count": {"Fn::Length": ["a", "b"]},
             "Json": {"Fn::ToJsonString": {"a": 1}},
             "Macro": {"Fn::Transform": {"Name": "AWS::Include", "Parameters": {"Location": "s3://b/k"}}},
             "Literal": "#!/bin/bash\\necho one\\n", "Kept": "kept\\n\\n", "Stripped": "stripped",
             "Folded": "one two\\n", "FoldedStripped": "three four"}},
         "Queue": {"Type": "Custom::Unknown", "DependsOn": ["Bucket"],
           "CreationPolicy": {"ResourceSignal": {"Count": 1, "Timeout": "PT15M"}},
           "UpdatePolicy": {"AutoScalingRollingUpdate": {"MinInstancesInService": 1}}, "Version": "1.0",
           "Properties": {"ServiceToken": {"Fn::ImportValue": "token"}}}},
       "Outputs": {"Url": {"Value": {"Fn::GetAtt": ["Bucket", "WebsiteURL"]},
         "Export": {"Name": {"Fn::Sub": "${AWS::StackName}-url"}}, "Condition": "IsProd"}}}
      """;

  @Test
  void shortFormYamlAndLongFormJsonGiveTheSameModel() {
    TemplateDocument yaml = TemplateReader.read(YAML, "all.yaml");
    TemplateDocument json = TemplateReader.read(JSON, "all.json");
    assertEquals(TemplateDocument.Format.YAML, yaml.format());
    assertEquals(TemplateDocument.Format.JSON, json.format());
    assertEquals(json, yaml);
    assertEquals(json.root().toPrettyJson(), yaml.root().toPrettyJson());
    // equal values, each with the spelling of its file
    Scalar enabled = (Scalar) yaml.resources().get("Bucket").properties().get("Enabled");
    assertEquals("yes", enabled.text());
    assertTrue(enabled.booleanValue());
    assertEquals("true", enabled.string());
    assertEquals("true", ((Scalar) json.resources().get("Bucket").properties().get("Enabled")).text());
  }

  @Test
  void longFormYamlIsTheSameAsShortForm() {
    String longForm = """
        Resources:
          Topic:
            Type: AWS::SNS::Topic
            Properties:
              TopicName:
                Fn::Sub: '${AWS::StackName}-topic'
              Arn:
                Fn::GetAtt: [Queue, Arn]
              Other:
                Ref: Env
        """;
    String shortForm = """
        Resources:
          Topic:
            Type: AWS::SNS::Topic
            Properties:
              TopicName: !Sub '${AWS::StackName}-topic'
              Arn: !GetAtt Queue.Arn
              Other: !Ref Env
        """;
    assertEquals(TemplateReader.read(longForm, "long.yaml"), TemplateReader.read(shortForm, "short.yaml"));
  }

  @Test
  void everySectionIsKeptInTheFilesOrder() {
    TemplateDocument template = TemplateReader.read(YAML, "all.yaml");
    assertEquals(List.of("AWSTemplateFormatVersion", "Description", "Transform", "Metadata", "Parameters", "Rules",
        "Mappings", "Conditions", "Resources", "Outputs"), List.copyOf(template.root().keys()));
    assertEquals("2010-09-09", template.formatVersion().orElseThrow());
    assertEquals("Every section and every short tag", template.description().orElseThrow());
    assertEquals(List.of(Scalar.string("AWS::LanguageExtensions", null), Scalar.string("AWS::Serverless-2016-10-31",
        null)), template.transforms());
    assertEquals(Map.of("Owner", Scalar.string("team", null)), template.metadata().entries());
    assertEquals(List.of("Env", "Subnets", "Secret"), List.copyOf(template.parameters().keySet()));
    assertEquals(List.of("ProdOnly"), List.copyOf(template.rules().keys()));
    assertEquals("{\"Regions\": {\"us-east-1\": {\"Ami\": \"ami-1\"}}}", template.mappings().toJson());
    assertEquals(List.of("IsProd", "NotProd", "Either", "Both"), List.copyOf(template.conditions().keys()));
    assertEquals(List.of("Bucket", "Queue"), List.copyOf(template.resources().keySet()));
    assertEquals(List.of("Url"), List.copyOf(template.outputs().keySet()));
  }

  @Test
  void everyShortTagIsAFunctionWithItsLongName() {
    MapNode p = TemplateReader.read(YAML, "all.yaml").resources().get("Bucket").properties();
    assertEquals("{\"Fn::Sub\": \"${AWS::StackName}-logs\"}", p.get("BucketName").toJson());
    assertEquals("{\"Fn::GetAtt\": [\"Queue\", \"Arn\"]}", p.get("Arn").toJson());
    assertEquals("{\"Fn::GetAtt\": [\"Db\", \"Endpoint.Address\"]}", p.get("Nested").toJson());
    assertEquals("{\"Fn::GetAtt\": [\"Queue\", \"QueueName\"]}", p.get("Listed").toJson());
    assertEquals("{\"Fn::GetAZs\": \"\"}", p.get("Azs").toJson());
    assertEquals("{\"Fn::Select\": [0, {\"Fn::GetAZs\": \"\"}]}", p.get("First").toJson());
    assertEquals("{\"Fn::Cidr\": [\"10.0.0.0/16\", 4, 8]}", p.get("Cidrs").toJson());
    assertEquals("{\"Fn::FindInMap\": [\"Regions\", {\"Ref\": \"AWS::Region\"}, \"Ami\"]}", p.get("Image").toJson());
    assertEquals("{\"Fn::ImportValue\": \"shared-vpc\"}", p.get("Imported").toJson());
    assertEquals("{\"Fn::Join\": [\"\", [\"a\", {\"Ref\": \"Env\"}]]}", p.get("Joined").toJson());
    assertEquals("{\"Fn::Split\": [\",\", \"a,b\"]}", p.get("Parts").toJson());
    assertEquals("{\"Fn::If\": [\"IsProd\", {\"Ref\": \"Env\"}, {\"Ref\": \"AWS::NoValue\"}]}", p.get("Chosen").toJson());
    assertEquals("{\"Fn::Base64\": {\"Fn::Sub\": \"echo ${Env}\"}}", p.get("Encoded").toJson());
    assertEquals("{\"Fn::Length\": [\"a\", \"b\"]}", p.get("Count").toJson());
    assertEquals("{\"Fn::ToJsonString\": {\"a\": 1}}", p.get("Json").toJson());
    assertEquals("{\"Fn::Transform\": {\"Name\": \"AWS::Include\", \"Parameters\": {\"Location\": \"s3://b/k\"}}}",
        p.get("Macro").toJson());
    Intrinsic chosen = (Intrinsic) p.get("Chosen");
    assertEquals("Fn::If", chosen.name());
    assertEquals("!If", chosen.shortTag());
    assertEquals(3, chosen.arguments().size());
    assertEquals(new Position(60, 15), chosen.position());

    MapNode conditions = TemplateReader.read(YAML, "all.yaml").conditions();
    assertEquals("{\"Fn::Or\": [{\"Condition\": \"IsProd\"}, {\"Condition\": \"NotProd\"}]}",
        conditions.get("Either").toJson());
    assertEquals("{\"Fn::And\": [{\"Condition\": \"IsProd\"}, {\"Condition\": \"NotProd\"}]}",
        conditions.get("Both").toJson());
    assertEquals("{\"Fn::Not\": [{\"Condition\": \"IsProd\"}]}", conditions.get("NotProd").toJson());
    assertEquals("{\"RuleCondition\": {\"Fn::Equals\": [{\"Ref\": \"Env\"}, \"prod\"]}, \"Assertions\": ["
        + "{\"Assert\": {\"Fn::Contains\": [[\"a\", \"b\"], {\"Ref\": \"Env\"}]}, \"AssertDescription\": \"allowed\"}, "
        + "{\"Assert\": {\"Fn::EachMemberEquals\": [{\"Fn::RefAll\": \"AWS::EC2::Subnet::Id\"}, \"x\"]}}, "
        + "{\"Assert\": {\"Fn::EachMemberIn\": [{\"Fn::ValueOfAll\": [\"AWS::EC2::Subnet::Id\", \"Tag\"]}, [\"y\"]]}}, "
        + "{\"Assert\": {\"Fn::Equals\": [{\"Fn::ValueOf\": [\"Env\", \"Tag\"]}, \"z\"]}}]}",
        TemplateReader.read(YAML, "all.yaml").rules().get("ProdOnly").toJson());
  }

  @Test
  void scalarsKeepTheirTypeAndText() {
    MapNode p = TemplateReader.read(YAML, "all.yaml").resources().get("Bucket").properties();
    assertEquals(new Scalar(Scalar.Kind.NUMBER, "80", null), p.get("Port"));
    assertEquals(new Scalar(Scalar.Kind.NUMBER, "1.50", null), p.get("Ratio"));
    assertEquals("1.50", ((Scalar) p.get("Ratio")).string());
    assertEquals(new java.math.BigDecimal("1.50"), ((Scalar) p.get("Ratio")).decimalValue());
    assertEquals(new Scalar(Scalar.Kind.BOOLEAN, "false", null), p.get("Off"));
    assertEquals(new Scalar(Scalar.Kind.NULL, "~", null), p.get("Nothing"));
    assertEquals(Scalar.string("80", null), p.get("Quoted"));
    MapNode json = TemplateReader.read(JSON, "all.json").resources().get("Bucket").properties();
    assertEquals(new Scalar(Scalar.Kind.NUMBER, "1.50", null), json.get("Ratio"));
    assertEquals(new Scalar(Scalar.Kind.NULL, "null", null), json.get("Nothing"));
  }

  @Test
  void dynamicReferencesStayStrings() {
    MapNode p = TemplateReader.read(YAML, "all.yaml").resources().get("Bucket").properties();
    assertEquals(Scalar.string("{{resolve:ssm:/app/secret:1}}", null), p.get("Secret"));
  }

  @Test
  void blockScalarsKeepTheirLinesAsChompingSays() {
    MapNode p = TemplateReader.read(YAML, "all.yaml").resources().get("Bucket").properties();
    assertEquals(Scalar.string("#!/bin/bash\necho one\n", null), p.get("Literal"));
    assertEquals(Scalar.string("kept\n\n", null), p.get("Kept"));
    assertEquals(Scalar.string("stripped", null), p.get("Stripped"));
    assertEquals(Scalar.string("one two\n", null), p.get("Folded"));
    assertEquals(Scalar.string("three four", null), p.get("FoldedStripped"));
  }

  @Test
  void resourceAttributesAndUnknownTypesAreKept() {
    TemplateDocument template = TemplateReader.read(YAML, "all.yaml");
    TemplateDocument.Resource bucket = template.resources().get("Bucket");
    assertEquals("AWS::S3::Bucket", bucket.type());
    assertEquals("IsProd", bucket.condition().orElseThrow());
    assertEquals(List.of("Queue"), bucket.dependsOn());
    assertEquals(Scalar.string("Retain", null), bucket.deletionPolicy().orElseThrow());
    assertEquals(Scalar.string("Snapshot", null), bucket.updateReplacePolicy().orElseThrow());
    assertEquals("{\"cfn-lint\": {\"config\": {\"ignore_checks\": [\"W1\"]}}}", bucket.metadata().orElseThrow().toJson());
    assertEquals(new Position(35, 5), bucket.position());

    TemplateDocument.Resource queue = template.resources().get("Queue");
    assertEquals("Custom::Unknown", queue.type());
    assertEquals(List.of("Bucket"), queue.dependsOn());
    assertEquals("{\"ResourceSignal\": {\"Count\": 1, \"Timeout\": \"PT15M\"}}", queue.creationPolicy().orElseThrow().toJson());
    assertEquals("{\"AutoScalingRollingUpdate\": {\"MinInstancesInService\": 1}}",
        queue.updatePolicy().orElseThrow().toJson());
    assertEquals(Scalar.string("1.0", null), queue.attribute("Version").orElseThrow());
    assertFalse(queue.condition().isPresent());
  }

  @Test
  void parametersAndOutputsHaveTheirViews() {
    TemplateDocument template = TemplateReader.read(JSON, "all.json");
    TemplateDocument.Parameter subnets = template.parameters().get("Subnets");
    assertEquals("List<AWS::EC2::Subnet::Id>", subnets.type());
    assertTrue(subnets.isList());
    assertFalse(subnets.noEcho());
    assertTrue(template.parameters().get("Secret").noEcho());
    assertEquals(Scalar.string("dev", null), template.parameters().get("Env").defaultValue().orElseThrow());
    TemplateDocument.Output url = template.outputs().get("Url");
    assertEquals("{\"Fn::GetAtt\": [\"Bucket\", \"WebsiteURL\"]}", url.value().toJson());
    assertEquals("{\"Fn::Sub\": \"${AWS::StackName}-url\"}", url.exportName().orElseThrow().toJson());
    assertEquals("IsProd", url.condition().orElseThrow());
  }

  @Test
  void aConditionKeyIsAFunctionOnlyWithANameAsItsArgument() {
    TemplateDocument template = TemplateReader.read("""
        {"Resources": {"Role": {"Type": "AWS::IAM::Role", "Properties": {"Statement": {"Condition": {"Bool": {"aws:SecureTransport": "false"}}}}}}}
        """, "policy.json");
    Node statement = template.resources().get("Role").properties().get("Statement");
    assertTrue(statement instanceof MapNode, statement.toString());
  }

  @Test
  void languageExtensionLoopsStayInTheSectionAndOutOfTheResourceView() {
    TemplateDocument template = TemplateReader.read("""
        Transform: AWS::LanguageExtensions
        Resources:
          Fn::ForEach::Topics:
            - Name
            - [A, B]
            - Topic${Name}: {Type: AWS::SNS::Topic}
          Queue: {Type: AWS::SQS::Queue}
        """, "loops.yaml");
    assertEquals(List.of("Queue"), List.copyOf(template.resources().keySet()));
    assertTrue(template.mapSection("Resources").has("Fn::ForEach::Topics"));
  }

  @Test
  void prettyJsonPutsOneMemberOnALine() {
    Node policy = TemplateReader.read("""
        Resources:
          P: {Type: X, Properties: {Doc: {Statement: [{Effect: Allow, Action: 's3:*'}]}}}
        """, "p.yaml").resources().get("P").properties().get("Doc");
    assertEquals("""
        {
          "Statement": [
            {
              "Effect": "Allow",
              "Action": "s3:*"
            }
          ]
        }""", policy.toPrettyJson());
  }

  @Test
  void theFormatFollowsTheExtensionElseTheFirstCharacter() {
    assertEquals(TemplateDocument.Format.JSON, TemplateReader.format("{}", "t.template"));
    assertEquals(TemplateDocument.Format.YAML, TemplateReader.format("Resources: {}", "t.template"));
    assertEquals(TemplateDocument.Format.YAML, TemplateReader.format("{\"a\": 1}", "t.yml"));
    assertEquals(TemplateDocument.Format.JSON, TemplateReader.format("  \n{}", "deployed template"));
  }
}
