package io.tropo4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.tropo4j.deploy.Artifact;
import io.tropo4j.deploy.ChangeSetPreview;
import io.tropo4j.deploy.ChangeSetPreview.DataAtRisk;
import io.tropo4j.deploy.ChangeSetPreview.PlannedChange;
import io.tropo4j.deploy.ChangeSetPreview.Risk;
import io.tropo4j.deploy.Deployment;
import io.tropo4j.deploy.KeptResource;
import io.tropo4j.deploy.StackStatus;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import io.tropo4j.deploy.ResourceEvent;

class DeployPrinterTest {
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();

  private DeployPrinter printer(String hints) {
    return new DeployPrinter(new PrintStream(out, true, StandardCharsets.UTF_8), Hints.from(hints));
  }

  private String text() {
    return out.toString(StandardCharsets.UTF_8);
  }

  private static final ResourceEvent EVENT = new ResourceEvent("e1", Instant.parse("2026-01-02T03:04:05Z"), "Orphan",
      null, "AWS::EC2::Subnet", "CREATE_FAILED", "The vpc ID 'vpc-0' does not exist");

  @Test
  void aCreateReadsStepByStep() {
    DeployPrinter printer = printer(null);
    printer.bootstrapping("tropo4j-bootstrap");
    printer.sourceUploaded("src/webapp", "0123456789abcdef", new Artifact("b", "webapp/abc.zip", 1234, true));
    printer.sourceUploaded("src/webapp", "0123456789abcdef", new Artifact("b", "webapp/abc.zip", 1234, false));
    printer.templateUploaded(new Artifact("b", "templates/big/f00.json", 60000, true));
    printer.replacingFailedStack("web", null);
    printer.creatingChangeSet("web", "tropo4j-1", true);
    printer.creatingChangeSet("web", "tropo4j-2", false);
    printer.upToDate("web");
    printer.changeSetLeftBehind("tropo4j-2", "throttled");
    printer.executing("web", "tropo4j-1");
    printer.stackEvent(EVENT);
    printer.settled("web", "CREATE_COMPLETE");
    Map<String, String> outputs = new LinkedHashMap<>();
    outputs.put("Url", "https://example.com");
    outputs.put("Bucket", "logs");
    printer.deployed(new Deployment("web", "CREATE_COMPLETE", true, outputs));
    printer.planned("web");
    printer.deleting("web");
    printer.deleted("web", List.of(new KeptResource("Logs", "AWS::S3::Bucket", "web-logs-1")));
    assertEquals("""
        No artifact bucket in this account and region yet: creating stack tropo4j-bootstrap
        Source src/webapp at commit 0123456789ab: s3://b/webapp/abc.zip (uploaded, 1234 bytes)
        Source src/webapp at commit 0123456789ab: s3://b/webapp/abc.zip (already there)
        Template is 60000 bytes, over the 51200 CloudFormation takes inline: passing it as s3://b/templates/big/f00.json
        WARNING: stack web is ROLLBACK_COMPLETE: its first create failed (no reason given) and it cannot be updated; \
        deleting it to create it again
        Creating change set tropo4j-1 (create) for stack web...
        Creating change set tropo4j-2 (update) for stack web...
        No changes: stack web is up to date.
        WARNING: could not remove the empty change set tropo4j-2: throttled
        Executing change set tropo4j-1 on stack web...
          03:04:05  CREATE_FAILED                Orphan                               AWS::EC2::Subnet  \
        The vpc ID 'vpc-0' does not exist
        Stack web is CREATE_COMPLETE.
        Outputs of stack web:
          Url = https://example.com
          Bucket = logs
        Plan only: nothing was executed.
        Deleting stack web...
        Stack web is deleted.
          kept (DeletionPolicy Retain): Logs AWS::S3::Bucket web-logs-1
        """, text());
  }

  @Test
  void theChangeSetIsATableAndEveryDataRiskAWarning() {
    printer(null).changeSet(new ChangeSetPreview("s", List.of(
        new PlannedChange("Modify", "Kept", "AWS::S3::Bucket", "True"),
        new PlannedChange("Remove", "Gone", "AWS::RDS::DBInstance", null),
        new PlannedChange("Add", "New", "AWS::S3::Bucket", null)), List.of(
        new DataAtRisk("Kept", "AWS::S3::Bucket", Risk.REPLACED, "Retain"),
        new DataAtRisk("Lost", "AWS::S3::Bucket", Risk.MAYBE_REPLACED, null),
        new DataAtRisk("Old", "AWS::S3::Bucket", Risk.REMOVED, "Retain"),
        new DataAtRisk("Gone", "AWS::RDS::DBInstance", Risk.REMOVED, null))));
    assertEquals("""
        Change set for stack s (3 changes):
          Modify  Kept                                 AWS::S3::Bucket  replacement: True
          Remove  Gone                                 AWS::RDS::DBInstance
          Add     New                                  AWS::S3::Bucket
        WARNING: Kept (AWS::S3::Bucket) holds data and will be replaced; UpdateReplacePolicy Retain keeps the old one
        WARNING: Lost (AWS::S3::Bucket) holds data and may be replaced; the old one and its data will be DELETED
        WARNING: Old (AWS::S3::Bucket) holds data and will be removed from the stack; DeletionPolicy Retain keeps its data
        WARNING: Gone (AWS::RDS::DBInstance) holds data and will be removed from the stack; its data will be DELETED
        """, text());
  }

  @Test
  void anEmptyChangeSetSaysSo() {
    printer(null).changeSet(new ChangeSetPreview("s", List.of(), List.of()));
    assertEquals("Change set for stack s: no resource changes listed\n", text());
  }

  @Test
  void statusShowsWhenTheStackLastChangedItsEventsAndOutputs() {
    DeployPrinter printer = printer(null);
    printer.status(new StackStatus("web", "UPDATE_ROLLBACK_COMPLETE", "Orphan failed",
        Instant.parse("2026-01-01T10:00:00Z"), Instant.parse("2026-01-02T11:30:00Z"), List.of(EVENT),
        Map.of("Url", "https://example.com")));
    printer.status(new StackStatus("new", "CREATE_COMPLETE", null, Instant.parse("2026-01-01T10:00:00Z"), null,
        List.of(), Map.of()));
    assertEquals("""
        Stack web: UPDATE_ROLLBACK_COMPLETE (Orphan failed), last updated 11:30:00 UTC
          03:04:05  CREATE_FAILED                Orphan                               AWS::EC2::Subnet  \
        The vpc ID 'vpc-0' does not exist
        Outputs of stack web:
          Url = https://example.com
        Stack new: CREATE_COMPLETE, created 10:00:00 UTC
        """, text());
  }

  /** The notice when a command did not say what AWS holds within the grace period after Ctrl-C. */
  @Test
  void ctrlCWhileCloudFormationWorksSaysHowToFollowItUnderMake() {
    DeployPrinter printer = printer("make");
    printer.executing("web", "tropo4j-1");
    printer.interrupted();
    assertEquals("""
        Executing change set tropo4j-1 on stack web...
        Interrupted. CloudFormation may go on with stack web; follow it with: make status_stack STACK_NAME=web
        """, text());
  }

  @Test
  void ctrlCWhileCloudFormationWorksSaysHowToFollowItWithTheTool() {
    DeployPrinter printer = printer(null);
    printer.deleting("web");
    printer.interrupted();
    assertEquals("""
        Deleting stack web...
        Interrupted. CloudFormation may go on with stack web; follow it with: tropo4j status --stack-name web
        """, text());
  }

  @Test
  void ctrlCBeforeOrAfterAStackOperationSaysOnlyThatItWasInterrupted() {
    DeployPrinter printer = printer("make");
    printer.interrupted();
    printer.executing("tropo4j-bootstrap", "tropo4j-1");
    printer.settled("tropo4j-bootstrap", "CREATE_COMPLETE");
    printer.interrupted();
    assertEquals("Interrupted.\nExecuting change set tropo4j-1 on stack tropo4j-bootstrap...\nInterrupted.\n", text());
  }

  @Test
  void recoveryStepsSayWhatTheyFoundAndDo() {
    DeployPrinter printer = printer(null);
    printer.waitingFor("tropo4j-bootstrap", "CREATE_IN_PROGRESS");
    printer.changeSetRemoved("web", "tropo4j-look-1");
    printer.earlierCreateFinished("web", "CREATE_COMPLETE");
    printer.dirtyRelease("0123456789abcdef0123-dirty", List.of("src/stacks/java", "src/webapp"));
    printer.stackFromCommit("webapp", "0123456789abcdef0123");
    printer.notThere("web");
    assertEquals("""
        Stack tropo4j-bootstrap is CREATE_IN_PROGRESS: waiting for it to settle first...
        Removed change set tropo4j-look-1 of stack web, left unrun by an earlier command.
        Stack web is CREATE_COMPLETE, made by an earlier create of this same template: going on as an update.
        WARNING: src/stacks/java, src/webapp have uncommitted changes; the release is HEAD's commit with them, named \
        0123456789ab-dirty
        Stack webapp as commit 0123456789ab has it (its sources compiled from git)
        Stack web does not exist: nothing to delete.
        """, text());
  }

  @Test
  void aLargeAssetsUploadIsToldAtEachQuarterOnceAndASmallOnesNot() {
    DeployPrinter printer = printer(null);
    long bytes = 8L * 1024 * 1024;
    printer.assetUploading("functions/big", "assets/abc.zip", bytes);
    for (long sent = 0; sent <= bytes; sent += 64 * 1024) {
      printer.assetProgress("functions/big", sent, bytes);
    }
    printer.assetUploading("functions/small", "assets/def.zip", 4096);
    printer.assetProgress("functions/small", 4096, 4096);
    printer.assetUploaded("functions/big", new io.tropo4j.deploy.Artifact("b", "assets/abc.zip", (int) bytes, true));
    assertEquals("""
        Asset functions/big: uploading 8.0 MB to assets/abc.zip...
        Asset functions/big: 25% sent (2.0 MB of 8.0 MB)
        Asset functions/big: 50% sent (4.0 MB of 8.0 MB)
        Asset functions/big: 75% sent (6.0 MB of 8.0 MB)
        Asset functions/big: s3://b/assets/abc.zip (uploaded)
        """, text());
  }
}
