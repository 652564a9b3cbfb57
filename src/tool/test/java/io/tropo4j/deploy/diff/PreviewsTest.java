package io.tropo4j.deploy.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tropo4j.core.DeletionPolicy;
import io.tropo4j.core.Template;
import io.tropo4j.core.UpdateReplacePolicy;
import io.tropo4j.deploy.ChangeSetPreview;
import io.tropo4j.deploy.ChangeSetPreview.DataAtRisk;
import io.tropo4j.deploy.ChangeSetPreview.PlannedChange;
import io.tropo4j.deploy.ChangeSetPreview.Risk;
import io.tropo4j.read.TemplateDocument;
import io.tropo4j.read.TemplateReader;
import io.tropo4j.resources.ec2.SecurityGroup;
import io.tropo4j.resources.s3.Bucket;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cloudformation.model.Change;

class PreviewsTest {
  private static Change change(String action, String id, String type, String replacement) {
    return Change.builder().type("Resource").resourceChange(r -> r.action(action).logicalResourceId(id)
        .resourceType(type).replacement(replacement)).build();
  }

  private static TemplateDocument read(String json) {
    return TemplateReader.read(json, "template.json");
  }

  @Test
  void listsEveryChangeAndTheDataThatWouldBeReplacedOrRemoved() {
    Template next = new Template();
    next.add(new Bucket("Kept").retainData());
    next.add(new Bucket("Lost").deletionPolicy(DeletionPolicy.DELETE).updateReplacePolicy(UpdateReplacePolicy.DELETE));
    next.add(new SecurityGroup("Web").groupDescription("web"));
    TemplateDocument current = read("{\"Resources\": {\"Old\": {\"Type\": \"AWS::S3::Bucket\", \"DeletionPolicy\": "
        + "\"Retain\", \"UpdateReplacePolicy\": \"Retain\"}, \"Gone\": {\"Type\": \"AWS::RDS::DBInstance\"}}}");
    ChangeSetPreview preview = Previews.of("s", List.of(
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
    ChangeSetPreview preview = Previews.of("s", List.of(change("Remove", "Db", "AWS::RDS::DBInstance", null)),
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
    TemplateDocument current = read("{\"Resources\": {\"Same\": {\"Type\": \"AWS::SNS::Topic\"}, \"Changed\": "
        + "{\"Type\": \"AWS::SQS::Queue\"}, \"Gone\": {\"Type\": \"AWS::DynamoDB::Table\", \"DeletionPolicy\": "
        + "\"Retain\"}}}");
    TemplateDocument next = read("{\"Resources\": {\"Same\": {\"Type\": \"AWS::SNS::Topic\"}, \"Changed\": "
        + "{\"Type\": \"AWS::SQS::Queue\", \"Properties\": {\"DelaySeconds\": 5}}, \"New\": {\"Type\": "
        + "\"AWS::SNS::Topic\"}}}");
    ChangeSetPreview preview = Previews.compare("s", next, current);
    assertEquals(List.of(
        new PlannedChange("Modify", "Changed", "AWS::SQS::Queue", "Unknown"),
        new PlannedChange("Add", "New", "AWS::SNS::Topic", null),
        new PlannedChange("Remove", "Gone", "AWS::DynamoDB::Table", null)), preview.changes());
    assertEquals(List.of(new DataAtRisk("Gone", "AWS::DynamoDB::Table", Risk.REMOVED, "Retain")), preview.risks());
  }
}
