package io.tropo4j.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tropo4j.core.DeletionPolicy;
import io.tropo4j.core.Template;
import io.tropo4j.core.UpdateReplacePolicy;
import io.tropo4j.deploy.ChangeSetPreview.DataAtRisk;
import io.tropo4j.deploy.ChangeSetPreview.PlannedChange;
import io.tropo4j.deploy.ChangeSetPreview.Risk;
import io.tropo4j.resources.ec2.SecurityGroup;
import io.tropo4j.resources.s3.Bucket;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cloudformation.model.Change;

class ChangeSetPreviewTest {
  private static Change change(String action, String id, String type, String replacement) {
    return Change.builder().type("Resource").resourceChange(r -> r.action(action).logicalResourceId(id)
        .resourceType(type).replacement(replacement)).build();
  }

  @Test
  void listsEveryChangeAndTheDataThatWouldBeReplacedOrRemoved() {
    Template next = new Template();
    next.add(new Bucket("Kept").retainData());
    next.add(new Bucket("Lost").deletionPolicy(DeletionPolicy.DELETE).updateReplacePolicy(UpdateReplacePolicy.DELETE));
    next.add(new SecurityGroup("Web").groupDescription("web"));
    DeployedTemplate current = new DeployedTemplate(Map.of(
        "Old", new DeployedTemplate.Resource("AWS::S3::Bucket", "Retain", "Retain", null),
        "Gone", new DeployedTemplate.Resource("AWS::RDS::DBInstance", null, null, null)));
    ChangeSetPreview preview = ChangeSetPreview.of("s", List.of(
        change("Modify", "Kept", "AWS::S3::Bucket", "True"),
        change("Modify", "Lost", "AWS::S3::Bucket", "Conditional"),
        change("Modify", "Web", "AWS::EC2::SecurityGroup", "True"),
        change("Remove", "Old", "AWS::S3::Bucket", null),
        change("Remove", "Gone", "AWS::RDS::DBInstance", null),
        change("Add", "New", "AWS::S3::Bucket", null)), next, Optional.of(current));

    assertEquals("s", preview.stackName());
    assertEquals(List.of(
        new PlannedChange("Modify", "Kept", "AWS::S3::Bucket", "True"),
        new PlannedChange("Modify", "Lost", "AWS::S3::Bucket", "Conditional"),
        new PlannedChange("Modify", "Web", "AWS::EC2::SecurityGroup", "True"),
        new PlannedChange("Remove", "Old", "AWS::S3::Bucket", null),
        new PlannedChange("Remove", "Gone", "AWS::RDS::DBInstance", null),
        new PlannedChange("Add", "New", "AWS::S3::Bucket", null)), preview.changes());
    // A security group holds no data, and an added bucket risks none.
    assertEquals(List.of(
        new DataAtRisk("Kept", "AWS::S3::Bucket", Risk.REPLACED, "Retain"),
        new DataAtRisk("Lost", "AWS::S3::Bucket", Risk.MAYBE_REPLACED, null),
        new DataAtRisk("Old", "AWS::S3::Bucket", Risk.REMOVED, "Retain"),
        new DataAtRisk("Gone", "AWS::RDS::DBInstance", Risk.REMOVED, null)), preview.risks());
  }

  @Test
  void withoutTheDeployedTemplateARemovedResourceLosesItsData() {
    ChangeSetPreview preview = ChangeSetPreview.of("s", List.of(change("Remove", "Db", "AWS::RDS::DBInstance", null)),
        new Template(), Optional.empty());
    assertEquals(List.of(new DataAtRisk("Db", "AWS::RDS::DBInstance", Risk.REMOVED, null)), preview.risks());
  }

  @Test
  void knowsWhichTypesHoldData() {
    assertTrue(DataResources.holdsData("AWS::RDS::DBInstance"));
    assertTrue(DataResources.holdsData("AWS::Logs::LogGroup"));
    assertFalse(DataResources.holdsData("AWS::EC2::SecurityGroup"));
    assertFalse(DataResources.holdsData("Custom::Thing"));
  }

  @Test
  void withoutAChangeSetTheTemplatesAreComparedResourceByResource() {
    DeployedTemplate current = DeployedTemplate.parse("""
        {"Resources": {"Same": {"Type": "AWS::SNS::Topic"}, "Changed": {"Type": "AWS::SQS::Queue"},
         "Gone": {"Type": "AWS::DynamoDB::Table", "DeletionPolicy": "Retain"}}}""").orElseThrow();
    DeployedTemplate next = DeployedTemplate.parse("""
        {"Resources": {"Same": {"Type": "AWS::SNS::Topic"},
         "Changed": {"Type": "AWS::SQS::Queue", "Properties": {"DelaySeconds": 5}}, "New": {"Type": "AWS::SNS::Topic"}}}"""
    ).orElseThrow();
    ChangeSetPreview preview = ChangeSetPreview.compare("s", next, current);
    assertEquals(List.of(
        new ChangeSetPreview.PlannedChange("Modify", "Changed", "AWS::SQS::Queue", "Unknown"),
        new ChangeSetPreview.PlannedChange("Add", "New", "AWS::SNS::Topic", null),
        new ChangeSetPreview.PlannedChange("Remove", "Gone", "AWS::DynamoDB::Table", null)), preview.changes());
    assertEquals(List.of(new ChangeSetPreview.DataAtRisk("Gone", "AWS::DynamoDB::Table", ChangeSetPreview.Risk.REMOVED,
        "Retain")), preview.risks());
  }
}
