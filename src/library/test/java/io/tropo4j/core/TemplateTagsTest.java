package io.tropo4j.core;

import static io.tropo4j.testing.TemplateData.expected;
import static io.tropo4j.testing.TemplateData.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import io.tropo4j.Templates;
import io.tropo4j.fn.Pseudo;
import io.tropo4j.fn.Value;
import io.tropo4j.resources.autoscaling.AutoScalingGroup;
import io.tropo4j.resources.ec2.SecurityGroup;
import io.tropo4j.resources.s3.Bucket;
import io.tropo4j.resources.s3.BucketPolicy;
import io.tropo4j.resources.ssm.Parameter;
import io.tropo4j.fn.Json;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A template's tags reach every resource whose type carries tags, in that type's form. */
class TemplateTagsTest {
  private static JsonNode emit(Template t) {
    return parse(Templates.toJson(t));
  }

  private static Template tagged() {
    return new Template().tags(Tags.of("Application", "shop").and("Stack", Pseudo.STACK_NAME));
  }

  @Test
  void eachTypeGetsTheTagsInItsOwnForm() {
    Template t = tagged();
    t.add(new Bucket("Logs").retainData());
    t.add(new Parameter("Setting").typeProperty("String").value("x"));
    t.add(new AutoScalingGroup("Group").minSize("1").maxSize("2").launchConfigurationName("web"));
    JsonNode root = emit(t);
    assertEquals(expected("[{'Key': 'Application', 'Value': 'shop'}, {'Key': 'Stack', 'Value': {'Ref': 'AWS::StackName'}}]"),
        root.at("/Resources/Logs/Properties/Tags"));
    assertEquals(expected("{'Application': 'shop', 'Stack': {'Ref': 'AWS::StackName'}}"),
        root.at("/Resources/Setting/Properties/Tags"));
    assertEquals(expected("[{'Key': 'Application', 'Value': 'shop', 'PropagateAtLaunch': true},"
        + " {'Key': 'Stack', 'Value': {'Ref': 'AWS::StackName'}, 'PropagateAtLaunch': true}]"),
        root.at("/Resources/Group/Properties/Tags"));
  }

  @Test
  void aResourcesOwnTagsAreKeptAndWinOverTheTemplates() {
    Template t = tagged();
    t.add(new SecurityGroup("Web").groupDescription("web").tags(Tags.of("Name", "web").and("Application", "web-ui")));
    t.add(new Parameter("Setting").typeProperty("String").value("x").tags(Tags.of("Owner", "ops")));
    JsonNode root = emit(t);
    assertEquals(expected("[{'Key': 'Stack', 'Value': {'Ref': 'AWS::StackName'}}, {'Key': 'Name', 'Value': 'web'},"
        + " {'Key': 'Application', 'Value': 'web-ui'}]"), root.at("/Resources/Web/Properties/Tags"));
    assertEquals(expected("{'Application': 'shop', 'Stack': {'Ref': 'AWS::StackName'}, 'Owner': 'ops'}"),
        root.at("/Resources/Setting/Properties/Tags"));
  }

  @Test
  void aTypeWithoutTagsAndTagsMadeByAnIntrinsicAreLeftAsTheyAre() {
    Template t = tagged();
    Bucket bucket = t.add(new Bucket("Data").retainData().tags(Value.list(Tag.of("Name", "data"))));
    t.add(new BucketPolicy("Policy").bucket(bucket).policyDocument(Json.object("Version", "2012-10-17",
        "Statement", List.of(Json.object("Effect", "Deny", "Principal", "*", "Action", "s3:DeleteBucket",
            "Resource", "*")))));
    JsonNode root = emit(t);
    assertEquals(expected("[{'Key': 'Name', 'Value': 'data'}]"), root.at("/Resources/Data/Properties/Tags"));
    assertEquals(expected("{'Bucket': {'Ref': 'Data'}, 'PolicyDocument': {'Version': '2012-10-17', 'Statement': "
        + "[{'Effect': 'Deny', 'Principal': '*', 'Action': 's3:DeleteBucket', 'Resource': '*'}]}}"),
        root.at("/Resources/Policy/Properties"));
  }

  @Test
  void withoutTemplateTagsNothingIsAdded() {
    Template t = new Template();
    t.add(new Bucket("Logs").retainData());
    assertEquals(expected("{'Type': 'AWS::S3::Bucket', 'DeletionPolicy': 'Retain', 'UpdateReplacePolicy': 'Retain'}"),
        emit(t).at("/Resources/Logs"));
  }

  @Test
  void exemptionsAreWrittenWhereEachScannerReadsThemWithTheirReasons() {
    Template t = new Template();
    t.add(new Bucket("Logs").retainData()
        .exempt(Scanner.CHECKOV, "CKV_AWS_18", "this is the log bucket; logging it would log itself")
        .exempt(Scanner.CHECKOV, "CKV_AWS_21", "logs are written once; versions would only cost")
        .exempt(Scanner.CFN_LINT, "W3045", "access control is by bucket policy"));
    assertEquals(expected("{'checkov': {'skip': ["
            + " {'id': 'CKV_AWS_18', 'comment': 'this is the log bucket; logging it would log itself'},"
            + " {'id': 'CKV_AWS_21', 'comment': 'logs are written once; versions would only cost'}]},"
            + " 'cfn-lint': {'config': {'ignore_checks': ['W3045']},"
            + " 'reasons': {'W3045': 'access control is by bucket policy'}}}"),
        emit(t).at("/Resources/Logs/Metadata"));
    assertEquals("the exemption from CKV_AWS_18 needs a reason", assertThrows(IllegalArgumentException.class,
        () -> new Bucket("B").exempt(Scanner.CHECKOV, "CKV_AWS_18", " ")).getMessage());
  }

  @Test
  void theSchemaSaysWhichTypesCarryTagsAndHow() {
    assertEquals("Tags", new Bucket("b").schema().tagProperty());
    assertEquals(Schema.TagForm.LIST, new Bucket("b").schema().tagForm());
    assertEquals(Schema.TagForm.MAP, new Parameter("p").schema().tagForm());
    assertEquals(null, new BucketPolicy("p").schema().tagProperty());
  }
}
