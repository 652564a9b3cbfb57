package io.tropo4j.deploy;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.tropo4j.core.Template;
import io.tropo4j.resources.ec2.SecurityGroup;
import io.tropo4j.resources.s3.Bucket;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cloudformation.model.Change;

class ChangePreviewTest {
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ChangePreview preview = new ChangePreview(new Progress(new PrintStream(out, true, StandardCharsets.UTF_8)));

  private static Change change(String action, String id, String type, String replacement) {
    return Change.builder().type("Resource").resourceChange(r -> r.action(action).logicalResourceId(id)
        .resourceType(type).replacement(replacement)).build();
  }

  @Test
  void listsEveryChangeAndWarnsBeforeDataIsReplacedOrDeleted() {
    Template next = new Template();
    next.add(new Bucket("Kept").retainData());
    next.add(new Bucket("Lost").deletionPolicy(io.tropo4j.core.DeletionPolicy.DELETE)
        .updateReplacePolicy(io.tropo4j.core.UpdateReplacePolicy.DELETE));
    next.add(new SecurityGroup("Web").groupDescription("web"));
    DeployedTemplate current = new DeployedTemplate(Map.of(
        "Old", new DeployedTemplate.Resource("AWS::S3::Bucket", "Retain", "Retain"),
        "Gone", new DeployedTemplate.Resource("AWS::RDS::DBInstance", null, null)));
    preview.show("s", List.of(
        change("Modify", "Kept", "AWS::S3::Bucket", "True"),
        change("Modify", "Lost", "AWS::S3::Bucket", "Conditional"),
        change("Modify", "Web", "AWS::EC2::SecurityGroup", "True"),
        change("Remove", "Old", "AWS::S3::Bucket", null),
        change("Remove", "Gone", "AWS::RDS::DBInstance", null),
        change("Add", "New", "AWS::S3::Bucket", null)), next, Optional.of(current));
    String text = out.toString(StandardCharsets.UTF_8);
    assertTrue(text.contains("Change set for stack s (6 changes):"), text);
    assertTrue(text.contains("  Modify  Kept"), text);
    assertTrue(text.contains("replacement: True"), text);
    assertTrue(text.contains("WARNING: Kept (AWS::S3::Bucket) holds data and will be replaced; UpdateReplacePolicy Retain keeps the old one"), text);
    assertTrue(text.contains("WARNING: Lost (AWS::S3::Bucket) holds data and may be replaced; the old one and its data will be DELETED"), text);
    assertTrue(text.contains("WARNING: Old (AWS::S3::Bucket) holds data and will be removed from the stack; DeletionPolicy Retain keeps its data"), text);
    assertTrue(text.contains("WARNING: Gone (AWS::RDS::DBInstance) holds data and will be removed from the stack; its data will be DELETED"), text);
    assertFalse(text.contains("WARNING: Web"), "a security group holds no data: " + text);
    assertFalse(text.contains("WARNING: New"), text);
  }

  @Test
  void knowsWhichTypesHoldData() {
    assertTrue(DataResources.holdsData("AWS::RDS::DBInstance"));
    assertTrue(DataResources.holdsData("AWS::Logs::LogGroup"));
    assertFalse(DataResources.holdsData("AWS::EC2::SecurityGroup"));
    assertFalse(DataResources.holdsData("Custom::Thing"));
  }
}
