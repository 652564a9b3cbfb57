package io.tropo4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.tropo4j.deploy.ChangeSetPreview;
import io.tropo4j.deploy.StackDiff;
import io.tropo4j.deploy.StackDiff.Entry;
import io.tropo4j.deploy.StackDiff.Kind;
import io.tropo4j.deploy.StackDiff.ParameterChange;
import io.tropo4j.deploy.StackDiff.PropertyChange;
import io.tropo4j.read.Node;
import io.tropo4j.read.Scalar;
import io.tropo4j.read.TemplateReader;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A diff in words: short values on one line, scripts and documents as line diffs, NoEcho values never. */
class DiffPrinterTest {
  private static final String POLICY_BEFORE = "{\"Statement\": [{\"Effect\": \"Allow\", \"Action\": \"s3:GetObject\", "
      + "\"Resource\": \"arn:aws:s3:::bucket/webapp/*\"}]}";
  private static final String POLICY_AFTER = "{\"Statement\": [{\"Effect\": \"Allow\", \"Action\": \"s3:GetObject\", "
      + "\"Resource\": \"arn:aws:s3:::bucket/webapp/*\"}, {\"Effect\": \"Allow\", \"Action\": \"s3:ListBucket\", "
      + "\"Resource\": \"arn:aws:s3:::bucket\"}]}";

  private final StackDiff diff = new StackDiff("web",
      List.of(new Entry("Launch", "AWS::EC2::LaunchTemplate", Kind.CHANGED, List.of(
              new PropertyChange("Properties.LaunchTemplateData.UserData.Fn::Base64.Fn::Sub",
                  Scalar.string("#!/bin/bash\nset -e\ndnf install -y httpd\necho one\nsystemctl start httpd\n", null),
                  Scalar.string("#!/bin/bash\nset -e\ndnf install -y httpd\necho two\nsystemctl start httpd\n", null),
                  false),
              new PropertyChange("Properties.LaunchTemplateData.InstanceType", json("\"t3.micro\""),
                  json("\"t3.small\""), false))),
          new Entry("Policy", "AWS::IAM::Policy", Kind.CHANGED, List.of(new PropertyChange("Properties.PolicyDocument",
              json(POLICY_BEFORE), json(POLICY_AFTER), false))),
          new Entry("Topic", "AWS::SNS::Topic", Kind.ADDED, List.of()),
          new Entry("Logs", "AWS::S3::Bucket", Kind.REMOVED, List.of())),
      List.of(new ParameterChange("MinSize", "2", "3", false), new ParameterChange("Password", null, null, true),
          new ParameterChange("Extra", null, "x", false)),
      List.of(new Entry("Url", null, Kind.CHANGED, List.of(new PropertyChange("Value", json("\"a\""), json("\"b\""),
          false)))),
      List.of(new PropertyChange("Parameters.Password.Default", null, null, true)),
      Map.of("Launch", "False"),
      List.of(new ChangeSetPreview.DataAtRisk("Logs", "AWS::S3::Bucket", ChangeSetPreview.Risk.REMOVED, "Retain")),
      StackDiff.ChangeSetOutcome.MADE);

  @Test
  void everyChangeWithItsPathAndValues() {
    assertEquals("""
        Stack web: 9 differences from the local template and parameters.
        Resources:
          ~ Launch (AWS::EC2::LaunchTemplate), replacement: False
              Properties.LaunchTemplateData.UserData.Fn::Base64.Fn::Sub:
                ...
                  set -e
                  dnf install -y httpd
                - echo one
                + echo two
                  systemctl start httpd
              Properties.LaunchTemplateData.InstanceType: "t3.micro" -> "t3.small"
          ~ Policy (AWS::IAM::Policy)
              Properties.PolicyDocument:
                ...
                        "Action": "s3:GetObject",
                        "Resource": "arn:aws:s3:::bucket/webapp/*"
                +     },
                +     {
                +       "Effect": "Allow",
                +       "Action": "s3:ListBucket",
                +       "Resource": "arn:aws:s3:::bucket"
                      }
                    ]
                ...
          + Topic (AWS::SNS::Topic)
          - Logs (AWS::S3::Bucket)
        Parameters:
          ~ MinSize: "2" -> "3"
          ~ Password: (hidden: NoEcho) a value is sent that cannot be compared or shown
          + Extra: "x"
        Outputs:
          ~ Url
              Value: "a" -> "b"
        Other sections:
          Parameters.Password.Default: (hidden: NoEcho)
        WARNING: Logs (AWS::S3::Bucket) holds data and will be removed from the stack; DeletionPolicy Retain keeps its data
        Replacements as CloudFormation's change set for this update gives them; it was removed again.
        """, print(diff));
  }

  /** With no change set's word, the specification's: which changed properties replace the resource. */
  @Test
  void aReplacementForetoldByTheSpecificationNamesItsProperties() {
    StackDiff foretold = new StackDiff("web", List.of(
        new Entry("Queue", "AWS::SQS::Queue", Kind.CHANGED, List.of(new PropertyChange("Properties.QueueName",
            json("\"a\""), json("\"b\""), false)), new StackDiff.Replacement("True", List.of("QueueName"))),
        new Entry("Group", "AWS::ElasticLoadBalancingV2::TargetGroup", Kind.CHANGED, List.of(new PropertyChange(
            "Properties.Port", json("80"), json("8080"), false)), new StackDiff.Replacement("True", List.of("Port")))),
        List.of(), List.of(), List.of(), Map.of("Group", "True"), List.of(), StackDiff.ChangeSetOutcome.MADE);
    assertEquals("""
        Stack web: 2 differences from the local template and parameters.
        Resources:
          ~ Queue (AWS::SQS::Queue), replacement: True (QueueName, as the resource specification says)
              Properties.QueueName: "a" -> "b"
          ~ Group (AWS::ElasticLoadBalancingV2::TargetGroup), replacement: True (Port)
              Properties.Port: 80 -> 8080
        Replacements as CloudFormation's change set for this update gives them; it was removed again.
        """, print(foretold));
  }

  @Test
  void noChangesIsOneLine() {
    StackDiff same = new StackDiff("web", List.of(), List.of(), List.of(), List.of(), Map.of(), List.of(),
        StackDiff.ChangeSetOutcome.NOT_NEEDED);
    assertEquals("No changes: stack web runs what the local template and parameters say.\n", print(same));
  }

  @Test
  void jsonHasEveryValueButNoEchoOnes() {
    String json = DiffJson.write(diff);
    assertEquals("{\n  \"stack\": \"web\",\n  \"changed\": true,\n  \"resources\": [\n"
        + "    {\"logicalId\": \"Launch\", \"type\": \"AWS::EC2::LaunchTemplate\", \"change\": \"changed\", "
        + "\"replacement\": \"False\", \"properties\": [{\"path\": \"Properties.LaunchTemplateData.UserData.Fn::Base64"
        + ".Fn::Sub\", \"before\": \"#!/bin/bash\\nset -e\\ndnf install -y httpd\\necho one\\nsystemctl start httpd\\n\", "
        + "\"after\": \"#!/bin/bash\\nset -e\\ndnf install -y httpd\\necho two\\nsystemctl start httpd\\n\"}, "
        + "{\"path\": \"Properties.LaunchTemplateData.InstanceType\", \"before\": \"t3.micro\", \"after\": \"t3.small\"}]},\n"
        + "    {\"logicalId\": \"Policy\", \"type\": \"AWS::IAM::Policy\", \"change\": \"changed\", \"replacement\": null, "
        + "\"properties\": [{\"path\": \"Properties.PolicyDocument\", \"before\": " + POLICY_BEFORE + ", \"after\": "
        + POLICY_AFTER + "}]},\n"
        + "    {\"logicalId\": \"Topic\", \"type\": \"AWS::SNS::Topic\", \"change\": \"added\", \"replacement\": null, "
        + "\"properties\": []},\n"
        + "    {\"logicalId\": \"Logs\", \"type\": \"AWS::S3::Bucket\", \"change\": \"removed\", \"replacement\": null, "
        + "\"properties\": []}\n  ],\n"
        + "  \"parameters\": [\n    {\"name\": \"MinSize\", \"before\": \"2\", \"after\": \"3\"},\n"
        + "    {\"name\": \"Password\", \"hidden\": true},\n    {\"name\": \"Extra\", \"before\": null, \"after\": \"x\"}\n  ],\n"
        + "  \"outputs\": [\n    {\"logicalId\": \"Url\", \"change\": \"changed\", \"properties\": [{\"path\": \"Value\", "
        + "\"before\": \"a\", \"after\": \"b\"}]}\n  ],\n"
        + "  \"sections\": [\n    {\"path\": \"Parameters.Password.Default\", \"hidden\": true}\n  ],\n"
        + "  \"dataAtRisk\": [\n    {\"logicalId\": \"Logs\", \"type\": \"AWS::S3::Bucket\", \"risk\": \"removed\", "
        + "\"keptBy\": \"Retain\"}\n  ],\n"
        + "  \"changeSet\": \"made\"\n}\n", json);
  }

  /** A JSON document held in a string (a state machine, a policy as text) is indented before it is compared. */
  @Test
  void aJsonDocumentInAStringIsComparedIndented() {
    StackDiff inString = new StackDiff("web", List.of(new Entry("Machine", "AWS::StepFunctions::StateMachine",
        Kind.CHANGED, List.of(new PropertyChange("Properties.DefinitionString",
            Scalar.string("{\"StartAt\": \"A\", \"States\": {\"A\": {\"Type\": \"Pass\", \"End\": true}}, \"Comment\": \"one\"}",
                null),
            Scalar.string("{\"StartAt\": \"A\", \"States\": {\"A\": {\"Type\": \"Wait\", \"End\": true}}, \"Comment\": \"one\"}",
                null), false)))),
        List.of(), List.of(), List.of(), Map.of(), List.of(), StackDiff.ChangeSetOutcome.NO_CHANGES);
    String text = print(inString);
    assertEquals(List.of("      Properties.DefinitionString:", "        ...", "            \"States\": {",
        "              \"A\": {", "        -       \"Type\": \"Pass\",", "        +       \"Type\": \"Wait\",",
        "                \"End\": true", "              }", "        ..."), text.lines().skip(3).limit(9).toList(), text);
    assertFalse(text.contains("(hidden"), text);
  }

  private static String print(StackDiff diff) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    new DiffPrinter(new PrintStream(bytes, true, StandardCharsets.UTF_8)).print(diff);
    return bytes.toString(StandardCharsets.UTF_8);
  }

  private static Node json(String text) {
    return TemplateReader.readJson(text, "test");
  }
}
