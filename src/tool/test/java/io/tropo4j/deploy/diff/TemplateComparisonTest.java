package io.tropo4j.deploy.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.tropo4j.deploy.ChangeSetPreview;
import io.tropo4j.deploy.StackDiff;
import io.tropo4j.deploy.StackDiff.Entry;
import io.tropo4j.deploy.StackDiff.Kind;
import io.tropo4j.deploy.StackDiff.PropertyChange;
import io.tropo4j.read.Node;
import io.tropo4j.read.TemplateDocument;
import io.tropo4j.read.TemplateReader;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Two templates compared: what differs, down to the property path, with both values. */
class TemplateComparisonTest {
  private static final String DEPLOYED = """
      Description: before
      Parameters:
        Env: {Type: String, Default: dev}
        Password: {Type: String, NoEcho: true, Default: old-secret}
      Conditions:
        IsProd: !Equals [!Ref Env, prod]
      Resources:
        Group:
          Type: AWS::EC2::SecurityGroup
          Properties:
            GroupDescription: web
            SecurityGroupIngress:
              - {IpProtocol: tcp, FromPort: 80, ToPort: 80, CidrIp: 0.0.0.0/0}
        Launch:
          Type: AWS::EC2::LaunchTemplate
          Properties:
            LaunchTemplateData:
              UserData: !Base64
                Fn::Sub: |
                  #!/bin/bash
                  echo one
                  echo ${AWS::Region}
        Logs:
          Type: AWS::S3::Bucket
          DeletionPolicy: Retain
        Queue:
          Type: AWS::SQS::Queue
        Role:
          Type: AWS::IAM::Role
          Properties:
            AssumeRolePolicyDocument:
              Statement: [{Effect: Allow, Principal: {Service: ec2.amazonaws.com}, Action: 'sts:AssumeRole'}]
      Outputs:
        Url: {Value: !GetAtt Group.GroupId}
        Gone: {Value: x}
      """;
  private static final String LOCAL = """
      {"Description": "after",
       "Parameters": {"Env": {"Type": "String", "Default": "dev"},
         "Password": {"Type": "String", "NoEcho": true, "Default": "new-secret"}},
       "Conditions": {"IsProd": {"Fn::Equals": [{"Ref": "Env"}, "prod"]}},
       "Resources": {
         "Group": {"Type": "AWS::EC2::SecurityGroup", "Properties": {"GroupDescription": "web",
           "SecurityGroupIngress": [{"IpProtocol": "tcp", "FromPort": "443", "ToPort": 443, "CidrIp": "0.0.0.0/0"}]}},
         "Launch": {"Type": "AWS::EC2::LaunchTemplate", "Properties": {"LaunchTemplateData": {"UserData":
           {"Fn::Base64": {"Fn::Sub": "#!/bin/bash\\necho two\\necho ${AWS::Region}\\n"}}}}},
         "Queue": {"Type": "AWS::SQS::Queue", "Properties": {"DelaySeconds": 5}},
         "Role": {"Type": "AWS::IAM::Role", "Properties": {"AssumeRolePolicyDocument": {"Statement": [
           {"Effect": "Allow", "Principal": {"Service": "ec2.amazonaws.com"}, "Action": "sts:AssumeRole"},
           {"Effect": "Allow", "Principal": {"Service": "ssm.amazonaws.com"}, "Action": "sts:AssumeRole"}]}}},
         "Topic": {"Type": "AWS::SNS::Topic"}},
       "Outputs": {"Url": {"Value": {"Fn::GetAtt": ["Group", "GroupId"]}, "Export": {"Name": "url"}},
         "New": {"Value": "y"}}}
      """;

  private final TemplateDocument deployed = TemplateReader.read(DEPLOYED, "deployed.yaml");
  private final TemplateDocument local = TemplateReader.read(LOCAL, "local.json");

  @Test
  void resourcesAddedRemovedAndChangedDownToTheProperty() {
    assertEquals(List.of(
        new Entry("Group", "AWS::EC2::SecurityGroup", Kind.CHANGED, List.of(
            change("Properties.SecurityGroupIngress[0].FromPort", "80", "\"443\""),
            change("Properties.SecurityGroupIngress[0].ToPort", "80", "443"))),
        new Entry("Launch", "AWS::EC2::LaunchTemplate", Kind.CHANGED, List.of(
            change("Properties.LaunchTemplateData.UserData.Fn::Base64.Fn::Sub",
                "\"#!/bin/bash\\necho one\\necho ${AWS::Region}\\n\"", "\"#!/bin/bash\\necho two\\necho ${AWS::Region}\\n\""))),
        new Entry("Queue", "AWS::SQS::Queue", Kind.CHANGED, List.of(change("Properties", null, "{\"DelaySeconds\": 5}"))),
        new Entry("Role", "AWS::IAM::Role", Kind.CHANGED, List.of(
            change("Properties.AssumeRolePolicyDocument.Statement",
                "[{\"Effect\": \"Allow\", \"Principal\": {\"Service\": \"ec2.amazonaws.com\"}, \"Action\": \"sts:AssumeRole\"}]",
                "[{\"Effect\": \"Allow\", \"Principal\": {\"Service\": \"ec2.amazonaws.com\"}, \"Action\": \"sts:AssumeRole\"}, "
                    + "{\"Effect\": \"Allow\", \"Principal\": {\"Service\": \"ssm.amazonaws.com\"}, \"Action\": \"sts:AssumeRole\"}]"))),
        new Entry("Topic", "AWS::SNS::Topic", Kind.ADDED, List.of()),
        new Entry("Logs", "AWS::S3::Bucket", Kind.REMOVED, List.of())),
        TemplateComparison.resources(deployed, local));
  }

  /** A number and the same number as a string are one value to CloudFormation: no change. */
  @Test
  void valuesAreComparedAsCloudFormationPassesThemOn() {
    TemplateDocument a = TemplateReader.read("Resources: {Q: {Type: X, Properties: {N: 5, B: true, S: '1.0'}}}", "a.yaml");
    TemplateDocument b = TemplateReader.read("{\"Resources\": {\"Q\": {\"Type\": \"X\", \"Properties\": "
        + "{\"N\": \"5\", \"B\": \"true\", \"S\": 1.0}}}}", "b.json");
    assertEquals(List.of(), TemplateComparison.resources(a, b));
    // but 5 and 5.0 are two strings to the resource
    TemplateDocument c = TemplateReader.read("Resources: {Q: {Type: X, Properties: {N: 5.0, B: true, S: '1.0'}}}",
        "c.yaml");
    assertEquals(List.of(new Entry("Q", "X", Kind.CHANGED, List.of(change("Properties.N", "5", "5.0")))),
        TemplateComparison.resources(a, c));
  }

  @Test
  void outputsAddedRemovedAndChanged() {
    assertEquals(List.of(
        new Entry("Url", null, Kind.CHANGED, List.of(change("Export", null, "{\"Name\": \"url\"}"))),
        new Entry("New", null, Kind.ADDED, List.of()),
        new Entry("Gone", null, Kind.REMOVED, List.of())), TemplateComparison.outputs(deployed, local));
  }

  /** A NoEcho parameter's default is compared, and its change reported without either value. */
  @Test
  void otherSectionsWithNoEchoDefaultsHidden() {
    assertEquals(List.of(change("Description", "\"before\"", "\"after\""),
        new PropertyChange("Parameters.Password.Default", null, null, true)),
        TemplateComparison.sections(deployed, local));
  }

  @Test
  void removingAResourceThatHoldsDataIsARiskNamingItsPolicy() {
    assertEquals(List.of(new ChangeSetPreview.DataAtRisk("Logs", "AWS::S3::Bucket", ChangeSetPreview.Risk.REMOVED,
        "Retain")), TemplateComparison.removedData(deployed, local));
  }

  /** The specification's create-only properties say which changes replace a resource, before any change set. */
  @Test
  void aCreateOnlyPropertysChangeIsAReplacementFromTheTemplatesAlone() {
    TemplateDocument before = TemplateReader.read("""
        Resources:
          Named: {Type: AWS::SQS::Queue, Properties: {QueueName: orders, DelaySeconds: 1}}
          Delayed: {Type: AWS::SQS::Queue, Properties: {DelaySeconds: 1}}
          Db: {Type: AWS::RDS::DBInstance, UpdateReplacePolicy: Snapshot, Properties: {DBName: shop, Engine: mysql}}
          Web: {Type: AWS::EC2::Instance, Properties: {ImageId: ami-1, UserData: one}}
        """, "before.yaml");
    TemplateDocument after = TemplateReader.read("""
        Resources:
          Named: {Type: AWS::SQS::Queue, Properties: {QueueName: orders-v2, DelaySeconds: 2}}
          Delayed: {Type: AWS::SQS::Queue, Properties: {DelaySeconds: 2}}
          Db: {Type: AWS::RDS::DBInstance, UpdateReplacePolicy: Snapshot, Properties: {DBName: store, Engine: mysql}}
          Web: {Type: AWS::EC2::Instance, Properties: {ImageId: ami-1, UserData: two}}
        """, "after.yaml");
    List<Entry> resources = TemplateComparison.resources(before, after);
    assertEquals(new StackDiff.Replacement("True", List.of("QueueName")), resources.get(0).replacement());
    assertEquals(null, resources.get(1).replacement(), "DelaySeconds changes in place");
    assertEquals(new StackDiff.Replacement("True", List.of("DBName")), resources.get(2).replacement());
    assertEquals(new StackDiff.Replacement("Conditional", List.of("UserData")), resources.get(3).replacement());
    // A queue's messages and a database's rows go with the old resource, unless its UpdateReplacePolicy keeps it.
    assertEquals(List.of(
        new ChangeSetPreview.DataAtRisk("Named", "AWS::SQS::Queue", ChangeSetPreview.Risk.REPLACED, null),
        new ChangeSetPreview.DataAtRisk("Db", "AWS::RDS::DBInstance", ChangeSetPreview.Risk.REPLACED, "Snapshot")),
        TemplateComparison.replacedData(resources, before));
  }

  @Test
  void aTemplateComparedWithItselfInTheOtherFormatHasNoChange() throws Exception {
    TemplateDocument json = TemplateReader.read(java.nio.file.Path.of("output/webapp.json"));
    TemplateDocument yaml = TemplateReader.read(java.nio.file.Path.of("output/webapp.yaml"));
    assertEquals(List.of(), TemplateComparison.resources(json, yaml));
    assertEquals(List.of(), TemplateComparison.outputs(json, yaml));
    assertEquals(List.of(), TemplateComparison.sections(json, yaml));
  }

  private static PropertyChange change(String path, String before, String after) {
    return new PropertyChange(path, node(before), node(after), false);
  }

  private static Node node(String json) {
    return json == null ? null : TemplateReader.readJson(json, "expected");
  }
}
