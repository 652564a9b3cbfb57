package io.tropo4j.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tropo4j.catalog.Catalog;
import io.tropo4j.cli.Environment;
import io.tropo4j.cli.Main;
import io.tropo4j.core.CustomResource;
import io.tropo4j.core.Parameter;
import io.tropo4j.core.Stack;
import io.tropo4j.core.Template;
import io.tropo4j.resources.rds.DBInstance;
import io.tropo4j.resources.s3.Bucket;
import io.tropo4j.resources.sns.Topic;
import io.tropo4j.testing.FakeClient;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.services.cloudformation.CloudFormationClient;
import software.amazon.awssdk.services.cloudformation.model.Change;
import software.amazon.awssdk.services.cloudformation.model.CloudFormationException;
import software.amazon.awssdk.services.cloudformation.model.CreateChangeSetRequest;
import software.amazon.awssdk.services.cloudformation.model.CreateChangeSetResponse;
import software.amazon.awssdk.services.cloudformation.model.DeleteChangeSetRequest;
import software.amazon.awssdk.services.cloudformation.model.DeleteChangeSetResponse;
import software.amazon.awssdk.services.cloudformation.model.DeleteStackResponse;
import software.amazon.awssdk.services.cloudformation.model.DeploymentConfigMode;
import software.amazon.awssdk.services.cloudformation.model.DeploymentMode;
import software.amazon.awssdk.services.cloudformation.model.DescribeChangeSetRequest;
import software.amazon.awssdk.services.cloudformation.model.DescribeChangeSetResponse;
import software.amazon.awssdk.services.cloudformation.model.DescribeStackDriftDetectionStatusResponse;
import software.amazon.awssdk.services.cloudformation.model.DescribeStackEventsResponse;
import software.amazon.awssdk.services.cloudformation.model.DescribeStackResourceDriftsRequest;
import software.amazon.awssdk.services.cloudformation.model.DescribeStackResourceDriftsResponse;
import software.amazon.awssdk.services.cloudformation.model.DescribeStacksRequest;
import software.amazon.awssdk.services.cloudformation.model.DescribeStacksResponse;
import software.amazon.awssdk.services.cloudformation.model.DetectStackDriftResponse;
import software.amazon.awssdk.services.cloudformation.model.ExecuteChangeSetResponse;
import software.amazon.awssdk.services.cloudformation.model.GetStackPolicyResponse;
import software.amazon.awssdk.services.cloudformation.model.GetTemplateResponse;
import software.amazon.awssdk.services.cloudformation.model.ListChangeSetsResponse;
import software.amazon.awssdk.services.cloudformation.model.ListStackResourcesResponse;
import software.amazon.awssdk.services.cloudformation.model.PropertyDifference;
import software.amazon.awssdk.services.cloudformation.model.ResourceChange;
import software.amazon.awssdk.services.cloudformation.model.ResourceChangeDetail;
import software.amazon.awssdk.services.cloudformation.model.ResourceTargetDefinition;
import software.amazon.awssdk.services.cloudformation.model.SetStackPolicyRequest;
import software.amazon.awssdk.services.cloudformation.model.SetStackPolicyResponse;
import software.amazon.awssdk.services.cloudformation.model.StackResourceDrift;
import software.amazon.awssdk.services.cloudformation.model.UpdateTerminationProtectionRequest;
import software.amazon.awssdk.services.cloudformation.model.UpdateTerminationProtectionResponse;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * What keeps a stack as written, against a CloudFormation client that records every call: the
 * stack policy (a replacement of data refused before its change set runs, allowed for one update),
 * termination protection, the drift-aware and express modes' requests, the change set's property
 * values, and drift detection. The emulators cannot show these (none enforces a stack policy, or
 * resolves REVERT_DRIFT or express mode; see src/emulators/README.md), so the requests AWS documents
 * are what is checked here.
 */
class StackSafeguardsTest {
  private static final String STACK_ID = "arn:aws:cloudformation:eu-west-1:123456789012:stack/db/1";
  private static final String CHANGE_SET = "arn:aws:cloudformation:eu-west-1:123456789012:changeSet/tropo4j-1/1";
  /** The template the stack runs: the password comes from a NoEcho parameter. */
  private static final String DEPLOYED = "{\"Parameters\":{\"DatabasePassword\":{\"Type\":\"String\",\"NoEcho\":true}},"
      + "\"Resources\":{\"Bucket\":{\"Type\":\"AWS::S3::Bucket\"},\"Database\":{\"Type\":\"AWS::RDS::DBInstance\","
      + "\"Properties\":{\"MasterUserPassword\":{\"Ref\":\"DatabasePassword\"},\"AllocatedStorage\":\"20\","
      + "\"DBName\":{\"Ref\":\"DatabasePassword\"}}},\"Topic\":{\"Type\":\"AWS::SNS::Topic\"}}}";

  @TempDir
  Path repo;

  private final FakeClient<CloudFormationClient> cloudFormation = new FakeClient<>(CloudFormationClient.class);
  /** The stack's status as describeStacks answers it: null before it exists; a change set's run settles it. */
  private volatile String status = "UPDATE_COMPLETE";
  private volatile boolean protectedNow;
  /** A change set without changes is one CloudFormation failed for that (else: an empty one, as on a create). */
  private volatile boolean nothingToChange;
  /** How an update's run ends. */
  private volatile String updateEnds = "UPDATE_COMPLETE";

  private void stack(Change... changes) {
    cloudFormation
        .on("describeStacks", r -> {
          String name = ((DescribeStacksRequest) r).stackName();
          if (name.equals("tropo4j-bootstrap") || status == null) {
            return CloudFormationException.builder().statusCode(400).awsErrorDetails(AwsErrorDetails.builder()
                .errorCode("ValidationError").errorMessage("Stack with id " + name + " does not exist").build())
                .build();
          }
          return DescribeStacksResponse.builder().stacks(software.amazon.awssdk.services.cloudformation.model.Stack
              .builder().stackName("db").stackId(STACK_ID).stackStatus(status)
              .enableTerminationProtection(protectedNow).parameters(
                  software.amazon.awssdk.services.cloudformation.model.Parameter.builder()
                      .parameterKey("DatabasePassword").parameterValue("****").build()).build()).build();
        })
        .on("listChangeSets", r -> ListChangeSetsResponse.builder().build())
        .on("createChangeSet", r -> CreateChangeSetResponse.builder().stackId(STACK_ID).id(CHANGE_SET).build())
        .on("describeChangeSet", r -> changes.length == 0 && nothingToChange
            ? DescribeChangeSetResponse.builder().status("FAILED").statusReason("The submitted information didn't "
                + "contain changes. Submit different information to create a change set.").build()
            : DescribeChangeSetResponse.builder().status("CREATE_COMPLETE").changes(changes).build())
        .on("deleteChangeSet", r -> DeleteChangeSetResponse.builder().build())
        .on("describeStackEvents", r -> DescribeStackEventsResponse.builder().build())
        .on("listStackResources", r -> ListStackResourcesResponse.builder().build())
        .on("getTemplate", r -> GetTemplateResponse.builder().templateBody(DEPLOYED).build())
        .on("getStackPolicy", r -> GetStackPolicyResponse.builder().build())
        .on("setStackPolicy", r -> SetStackPolicyResponse.builder().build())
        .on("updateTerminationProtection", r -> {
          protectedNow = ((UpdateTerminationProtectionRequest) r).enableTerminationProtection();
          return UpdateTerminationProtectionResponse.builder().stackId(STACK_ID).build();
        })
        .on("executeChangeSet", r -> {
          status = status == null || status.equals("REVIEW_IN_PROGRESS") ? "CREATE_COMPLETE" : updateEnds;
          return ExecuteChangeSetResponse.builder().build();
        })
        .on("deleteStack", r -> {
          status = "DELETE_COMPLETE";
          return DeleteStackResponse.builder().build();
        });
  }

  private static Change modify(String logicalId, String type, String replacement, ResourceChangeDetail... details) {
    return Change.builder().resourceChange(ResourceChange.builder().action("Modify").logicalResourceId(logicalId)
        .resourceType(type).replacement(replacement).details(details).build()).build();
  }

  @Test
  void aReplacementOfDataIsRefusedBeforeItsChangeSetRunsAndTheChangeSetIsRemoved() {
    stack(modify("Database", "AWS::RDS::DBInstance", "True"), modify("Topic", "AWS::SNS::Topic", "True"));

    Run run = run("update", "db");

    assertEquals(1, run.status, run.toString());
    assertEquals("tropo4j: the update of stack db replaces or removes Database (AWS::RDS::DBInstance), which holds "
        + "data; the stack policy refuses it, so nothing was changed; to let this update do it anyway (the resource's "
        + "UpdateReplacePolicy or DeletionPolicy decides whether its data is kept), run the same command with "
        + "--allow-replace Database\n", run.err);
    assertFalse(cloudFormation.operations().contains("executeChangeSet"), cloudFormation.operations().toString());
    assertFalse(cloudFormation.operations().contains("setStackPolicy"), cloudFormation.operations().toString());
    assertEquals(List.of(CHANGE_SET), cloudFormation.<DeleteChangeSetRequest>requests("deleteChangeSet").stream()
        .map(DeleteChangeSetRequest::changeSetName).toList());
  }

  @Test
  void aReplacementAllowedRunsUnderAPolicyWithoutItThenTheWholePolicyIsSetAgain() {
    stack(modify("Database", "AWS::RDS::DBInstance", "Conditional"));

    Run run = run("update", "db", "--allow-replace", "Database");

    assertEquals(0, run.status, run.toString());
    List<String> order = cloudFormation.operations().stream().filter(o -> o.equals("setStackPolicy")
        || o.equals("executeChangeSet") || o.equals("updateTerminationProtection")).toList();
    assertEquals(List.of("setStackPolicy", "executeChangeSet", "setStackPolicy", "updateTerminationProtection"), order);
    List<SetStackPolicyRequest> policies = cloudFormation.requests("setStackPolicy");
    assertEquals(policy("Bucket"), policies.get(0).stackPolicyBody());
    assertEquals(policy("Bucket", "Database"), policies.get(1).stackPolicyBody());
    assertTrue(protectedNow, "a stack holding data is protected from deletion once updated");
    assertTrue(run.out.contains("WARNING: stack db's policy lets this update replace Database, which holds data; it "
        + "is set whole again once the update is over, succeeded or not\n"), run.out);
  }

  @Test
  void aCreateSetsThePolicyAndTerminationProtectionOnceTheStackIsThere() {
    status = null;
    stack();

    Run run = run("create", "db", "--param", "DatabasePassword=pw-1");

    assertEquals(0, run.status, run.toString());
    List<String> order = cloudFormation.operations().stream().filter(o -> o.equals("setStackPolicy")
        || o.equals("executeChangeSet") || o.equals("updateTerminationProtection")).toList();
    assertEquals(List.of("executeChangeSet", "setStackPolicy", "updateTerminationProtection"), order);
    assertEquals(policy("Bucket", "Database"),
        cloudFormation.<SetStackPolicyRequest>requests("setStackPolicy").get(0).stackPolicyBody());
    assertTrue(run.out.contains("Stack policy of db: no update replaces or removes Bucket, Database\n"
        + "Termination protection of db is on: deleting it takes tropo4j delete --stack-name db --force\n"), run.out);
  }

  @Test
  void aStackThatSaysNoProtectionGetsNone() {
    status = null;
    stack();

    Run run = run("create", "scratch", "--param", "DatabasePassword=pw-1");

    assertEquals(0, run.status, run.toString());
    assertFalse(cloudFormation.operations().contains("updateTerminationProtection"));
    assertTrue(cloudFormation.operations().contains("setStackPolicy"), "its data is still kept from replacement");
  }

  @Test
  void anUpdateThatRevertsDriftSendsTheDriftAwareModeAndACreateCannot() {
    stack(modify("Topic", "AWS::SNS::Topic", "False"));

    Run update = run("update", "db", "--revert-drift");

    assertEquals(0, update.status, update.toString());
    CreateChangeSetRequest sent = cloudFormation.<CreateChangeSetRequest>requests("createChangeSet").get(0);
    assertEquals(DeploymentMode.REVERT_DRIFT, sent.deploymentMode());
    assertEquals(null, sent.deploymentConfig());

    status = null;
    Run create = run("create", "db", "--revert-drift", "--param", "DatabasePassword=pw-1");
    assertEquals(1, create.status, create.toString());
    assertEquals("tropo4j: reverting drift is for an update; stack db is not there, and a create has no drift to "
        + "revert\n", create.err);
    assertEquals(1, cloudFormation.requests("createChangeSet").size(), "the create sent nothing");
  }

  @Test
  void expressModeIsAskedOfTheChangeSetAndRefusedUpFrontForCustomResources() {
    stack(modify("Topic", "AWS::SNS::Topic", "False"));

    Run express = run("update", "db", "--express");

    assertEquals(0, express.status, express.toString());
    CreateChangeSetRequest sent = cloudFormation.<CreateChangeSetRequest>requests("createChangeSet").get(0);
    assertEquals(DeploymentConfigMode.EXPRESS, sent.deploymentConfig().mode());
    assertEquals(Boolean.TRUE, sent.deploymentConfig().disableRollback());
    assertEquals(null, sent.deploymentMode());

    Run hook = run("update", "hook", "--express");
    assertEquals(1, hook.status, hook.toString());
    assertEquals("tropo4j: stack hook has custom resources (Seed (Custom::Seed)), which tropo4j deploys in the "
        + "standard mode only: a custom resource is done when its provider answers, whatever the mode; deploy it "
        + "without express mode\n", hook.err);
    assertEquals(1, cloudFormation.requests("createChangeSet").size(), "the refused one sent nothing");
  }

  @Test
  void anExpressUpdateThatFailsSaysWhatRollbackOffLeftAndTheNextUpdateGoesOnFromIt() {
    stack(modify("Topic", "AWS::SNS::Topic", "False"));
    updateEnds = "UPDATE_FAILED";

    Run failed = run("update", "db", "--express");

    assertEquals(1, failed.status, failed.toString());
    assertTrue(failed.err.startsWith("tropo4j: stack db is UPDATE_FAILED: "), failed.err);
    assertTrue(failed.err.endsWith("; rollback was off, so the resources that worked are kept as they are: fix the "
        + "cause and update the stack again, which goes on from them, or roll it back (aws cloudformation "
        + "rollback-stack)\n"), failed.err);
    assertFalse(cloudFormation.operations().contains("updateTerminationProtection"), "no safeguard after a failure");

    updateEnds = "UPDATE_COMPLETE";
    Run again = run("update", "db");
    assertEquals(0, again.status, again.toString());
    assertTrue(again.out.contains("Stack db is UPDATE_COMPLETE."), again.out);
  }

  @Test
  void aPlanSaysAnUpdateWouldBeRefusedAndChangesNothing() {
    stack(modify("Database", "AWS::RDS::DBInstance", "True"));

    Run run = run("plan", "db");

    assertEquals(0, run.status, run.toString());
    assertTrue(run.out.contains("WARNING: an update would be refused before it runs: it replaces Database, which "
        + "the stack policy protects; --allow-replace Database lets it\n"), run.out);
    assertFalse(cloudFormation.operations().stream().anyMatch(o -> o.startsWith("set") || o.startsWith("execute")
        || o.startsWith("update")), cloudFormation.operations().toString());
    Run allowed = run("plan", "db", "--allow-replace", "Database");
    assertFalse(allowed.out.contains("would be refused"), allowed.out);
  }

  @Test
  void aDiffShowsDriftBesideTheTemplatesAndTheValuesTheChangeSetResolved() {
    stack(modify("Database", "AWS::RDS::DBInstance", "False",
        detail("/Properties/AllocatedStorage", "\"20\"", "\"40\"", "Never")));
    driftFound("DRIFTED", StackResourceDrift.builder().logicalResourceId("Bucket").physicalResourceId("b-1")
        .resourceType("AWS::S3::Bucket").stackResourceDriftStatus("DELETED").build());

    Run run = run("diff", "db", "--drift");

    assertEquals(2, run.status, run.toString());
    assertTrue(run.out.contains("      Properties.AllocatedStorage: \"20\" -> \"40\"\n"), run.out);
    assertTrue(run.out.contains("Values as CloudFormation's change set resolved them:\n"
        + "  Database.Properties.AllocatedStorage: \"20\" -> \"40\"\n"), run.out);
    assertTrue(run.out.contains("  DELETED  Bucket                               AWS::S3::Bucket  b-1\n"), run.out);
    assertTrue(run.out.contains("Stack db has drifted: 1 of the 1 resources checked differs from the template (2 "
        + "more that drift detection did not check)."), run.out);
    assertEquals(List.of(), cloudFormation.operations().stream().filter(o -> o.startsWith("execute")
        || o.startsWith("set") || o.startsWith("update")).toList(), "a diff changes nothing");

    Run json = run("diff", "db", "--drift", "--json");
    assertEquals(2, json.status, json.toString());
    assertTrue(json.out.contains("\"drift\": \"DRIFTED\""), json.out);
    assertTrue(json.out.contains("\"drifted\": ["), json.out);
    assertTrue(json.out.contains("\"changeSetValues\": ["), json.out);
  }

  /**
   * Removing a resource that holds data from the template is Update:Delete, which the policy refuses: refused
   * before it runs, and allowed by the resource's name, though the local template no longer has it.
   */
  @Test
  void removingAResourceThatHoldsDataIsRefusedAndAllowedByItsName() {
    stack(Change.builder().resourceChange(ResourceChange.builder().action("Remove").logicalResourceId("Archive")
        .resourceType("AWS::S3::Bucket").build()).build());

    Run refused = run("update", "db");

    assertEquals(1, refused.status, refused.toString());
    assertTrue(refused.err.startsWith("tropo4j: the update of stack db replaces or removes Archive (AWS::S3::Bucket, "
        + "removed), which holds data;"), refused.err);
    assertFalse(cloudFormation.operations().contains("executeChangeSet"));

    cloudFormation.on("getTemplate", r -> GetTemplateResponse.builder().templateBody(DEPLOYED.replace(
        "\"Topic\":{", "\"Archive\":{\"Type\":\"AWS::S3::Bucket\"},\"Topic\":{")).build());
    Run allowed = run("update", "db", "--allow-replace", "Archive");

    assertEquals(0, allowed.status, allowed.toString());
    List<SetStackPolicyRequest> policies = cloudFormation.requests("setStackPolicy");
    assertEquals(policy("Bucket", "Database"), policies.get(0).stackPolicyBody(), "Archive is not in the policy");
    assertEquals(1, policies.size(), "nothing was lowered of what stays: " + policies);
  }

  /** An update allowed to replace that then fails: the policy is set whole again all the same, and said to be. */
  @Test
  void aFailedUpdateThatWasAllowedToReplaceSetsTheWholePolicyAgain() {
    stack(modify("Database", "AWS::RDS::DBInstance", "True"));
    updateEnds = "UPDATE_ROLLBACK_COMPLETE";

    Run run = run("update", "db", "--allow-replace", "Database");

    assertEquals(1, run.status, run.toString());
    List<SetStackPolicyRequest> policies = cloudFormation.requests("setStackPolicy");
    assertEquals(List.of(policy("Bucket"), policy("Bucket", "Database")), policies.stream()
        .map(SetStackPolicyRequest::stackPolicyBody).toList());
    assertFalse(run.err.contains("still lets"), run.err);

    cloudFormation.on("setStackPolicy", r -> SetStackPolicyResponse.builder().build(),
        r -> CloudFormationException.builder().statusCode(400).awsErrorDetails(AwsErrorDetails.builder()
            .errorCode("ValidationError").errorMessage("Throttled, say").build()).build());
    Run unrestored = run("update", "db", "--allow-replace", "Database");
    assertEquals(1, unrestored.status, unrestored.toString());
    assertTrue(unrestored.err.contains("; its stack policy still lets Database be replaced or removed (setting the "
        + "stack policy of stack db: "), unrestored.err);
  }

  /** A stack deployed before it had a policy, or whose policy someone changed: an update with nothing to do sets it. */
  @Test
  void anUpdateWithNothingToChangeStillSetsAPolicyThatIsNotWhole() {
    nothingToChange = true;
    stack();

    Run run = run("update", "db");

    assertEquals(0, run.status, run.toString());
    assertEquals(List.of(policy("Bucket", "Database")), cloudFormation.<SetStackPolicyRequest>requests(
        "setStackPolicy").stream().map(SetStackPolicyRequest::stackPolicyBody).toList());
    assertTrue(protectedNow);

    cloudFormation.on("getStackPolicy", r -> GetStackPolicyResponse.builder().stackPolicyBody(policy("Bucket",
        "Database")).build());
    Run again = run("update", "db");
    assertEquals(0, again.status, again.toString());
    assertEquals(1, cloudFormation.requests("setStackPolicy").size(), "a whole policy is left as it is");
    assertEquals(1, cloudFormation.requests("updateTerminationProtection").size(), "and protection too");
  }

  @Test
  void anAllowanceForAResourceTheChangeSetDoesNotReplaceLowersNothing() {
    stack(modify("Topic", "AWS::SNS::Topic", "True"));

    Run run = run("update", "db", "--allow-replace", "Database");

    assertEquals(0, run.status, run.toString());
    assertEquals(policy("Bucket", "Database"),
        cloudFormation.<SetStackPolicyRequest>requests("setStackPolicy").get(0).stackPolicyBody());
    assertFalse(run.out.contains("WARNING"), run.out);
  }

  @Test
  void aReplacementAllowedForAResourceTheTemplateDoesNotHaveIsAMistakeBeforeAnyCall() {
    stack();

    Run run = run("update", "db", "--allow-replace", "Databse");

    assertEquals(1, run.status, run.toString());
    assertEquals("tropo4j: the replacement allowed for Databse names no resource of stack db's template, nor of "
        + "the template it runs; it may name Bucket, Database, Topic\n", run.err);
    assertFalse(cloudFormation.operations().contains("createChangeSet"));
  }

  @Test
  void aPlanShowsEachChangedPropertyBeforeAndAfterWithSecretsMasked() {
    stack(modify("Database", "AWS::RDS::DBInstance", "False",
        detail("/Properties/AllocatedStorage", "\"20\"", "\"40\"", "Never"),
        detail("/Properties/AllocatedStorage", "\"20\"", "\"40\"", "Never"), // once per cause: shown once
        detail("/Properties/MasterUserPassword", "old-secret", "new-secret", "Never"),
        detail("/Properties/DBName", "dbname-from-noecho", "other", "Always")));

    Run run = run("plan", "db", "--param", "DatabasePassword=new-secret");

    assertEquals(0, run.status, run.toString());
    assertTrue(run.out.contains("  Modify  Database                             AWS::RDS::DBInstance  replacement: False\n"
        + "            AllocatedStorage: \"20\" -> \"40\"\n"
        + "            MasterUserPassword: **** -> ****\n"
        + "            DBName: **** -> ****  (replaces)\n"), run.out);
    assertFalse(run.out.contains("secret") || run.out.contains("dbname-from-noecho"), run.out);
    assertTrue(cloudFormation.<DescribeChangeSetRequest>requests("describeChangeSet").stream()
        .allMatch(r -> Boolean.TRUE.equals(r.includePropertyValues())));
  }

  private static ResourceChangeDetail detail(String path, String before, String after, String recreation) {
    return ResourceChangeDetail.builder().changeSource("DirectModification").target(ResourceTargetDefinition.builder()
        .attribute("Properties").name(path.substring(path.lastIndexOf('/') + 1)).path(path).beforeValue(before)
        .afterValue(after).requiresRecreation(recreation).build()).build();
  }

  @Test
  void aProtectedStackIsDeletedOnlyWhenForcedWhichTurnsProtectionOffFirst() {
    protectedNow = true;
    stack();

    Run refused = run("delete", "--stack-name", "db");

    assertEquals(1, refused.status, refused.toString());
    assertEquals("tropo4j: stack db has termination protection (it holds data: Bucket, Database), so it was not "
        + "deleted; a forced delete turns protection off and deletes it, keeping what its template retains; to delete "
        + "it anyway: tropo4j delete --stack-name db --force\n", refused.err);
    assertFalse(cloudFormation.operations().contains("deleteStack"));
    assertFalse(cloudFormation.operations().contains("updateTerminationProtection"));

    Run forced = run("delete", "--stack-name", "db", "--force");

    assertEquals(0, forced.status, forced.toString());
    List<String> order = cloudFormation.operations().stream().filter(o -> o.equals("deleteStack")
        || o.equals("updateTerminationProtection")).toList();
    assertEquals(List.of("updateTerminationProtection", "deleteStack"), order);
    assertFalse(protectedNow);
  }

  @Test
  void driftShowsEachPropertyWithBothValuesMaskingSecretsAndExitsTwo() {
    stack();
    driftFound("DRIFTED", StackResourceDrift.builder().logicalResourceId("Database").physicalResourceId("db-1")
        .resourceType("AWS::RDS::DBInstance").stackResourceDriftStatus("MODIFIED").propertyDifferences(
            PropertyDifference.builder().propertyPath("/AllocatedStorage").expectedValue("20").actualValue("50")
                .differenceType("NOT_EQUAL").build(),
            PropertyDifference.builder().propertyPath("/MasterUserPassword").expectedValue("hunter2")
                .actualValue("hunter3").differenceType("NOT_EQUAL").build()).build(),
        StackResourceDrift.builder().logicalResourceId("Bucket").resourceType("AWS::S3::Bucket")
            .stackResourceDriftStatus("IN_SYNC").build(),
        StackResourceDrift.builder().logicalResourceId("Topic").resourceType("AWS::SNS::Topic")
            .stackResourceDriftStatus("NOT_CHECKED").build());

    Run run = run("drift", "--stack-name", "db");

    assertEquals(2, run.status, run.toString());
    assertEquals("Detecting drift of stack db...\n"
        + "  MODIFIED Database                             AWS::RDS::DBInstance  db-1\n"
        + "           /AllocatedStorage: expected 20, actual 50\n"
        + "           /MasterUserPassword: expected ****, actual ****\n"
        + "Stack db has drifted: 1 of the 2 resources checked differs from the template (1 more that drift detection "
        + "did not check). An update puts them back only where it changes them; tropo4j update --stack-name db "
        + "--revert-drift puts them all back.\n", run.out);
    assertEquals(List.of("null", "page-2"), cloudFormation.<DescribeStackResourceDriftsRequest>requests(
        "describeStackResourceDrifts").stream().map(r -> String.valueOf(r.nextToken())).toList(), "every page read");
    assertFalse(cloudFormation.operations().stream().anyMatch(o -> o.startsWith("create") || o.startsWith("update")
        || o.startsWith("delete") || o.startsWith("execute") || o.startsWith("set")), "drift only looks");
  }

  @Test
  void driftInSyncExitsZeroAndAFailedDetectionIsAnError() {
    stack();
    driftFound("IN_SYNC", StackResourceDrift.builder().logicalResourceId("Bucket").resourceType("AWS::S3::Bucket")
        .stackResourceDriftStatus("IN_SYNC").build());
    Run inSync = run("drift", "--stack-name", "db");
    assertEquals(0, inSync.status, inSync.toString());
    // AWS lists only the resources it checked: the two others of the template were not.
    assertTrue(inSync.out.endsWith("Stack db is in sync with its template: 1 resource checked (2 more that drift "
        + "detection did not check).\n"), inSync.out);

    cloudFormation.on("describeStackDriftDetectionStatus", r -> DescribeStackDriftDetectionStatusResponse.builder()
        .stackDriftDetectionId("d-1").detectionStatus("DETECTION_FAILED").stackDriftStatus("IN_SYNC")
        .detectionStatusReason("Failed to detect drift on resource [Database]").build());
    Run partly = run("drift", "--stack-name", "db");
    assertEquals(1, partly.status, "in sync is not said of a detection that failed for some: " + partly);
    assertTrue(partly.out.contains("WARNING: drift detection could not check every resource: Failed to detect drift "
        + "on resource [Database]\nNo drift found in stack db, but not every resource was checked: 1 resource "
        + "checked (2 more that drift detection did not check).\n"), partly.out);

    cloudFormation.on("describeStackDriftDetectionStatus", r -> DescribeStackDriftDetectionStatusResponse.builder()
        .stackDriftDetectionId("d-1").detectionStatus("DETECTION_FAILED").stackDriftStatus("UNKNOWN")
        .detectionStatusReason("Failed to detect drift on resource [Database]").build());
    Run failed = run("drift", "--stack-name", "db");
    assertEquals(1, failed.status, failed.toString());
    assertEquals("tropo4j: drift detection of stack db failed: Failed to detect drift on resource [Database]\n",
        failed.err);
  }

  private void driftFound(String stackStatus, StackResourceDrift... drifts) {
    cloudFormation
        .on("detectStackDrift", r -> DetectStackDriftResponse.builder().stackDriftDetectionId("d-1").build())
        .on("describeStackDriftDetectionStatus",
            r -> DescribeStackDriftDetectionStatusResponse.builder().stackDriftDetectionId("d-1")
                .detectionStatus("DETECTION_IN_PROGRESS").build(),
            r -> DescribeStackDriftDetectionStatusResponse.builder().stackDriftDetectionId("d-1")
                .detectionStatus("DETECTION_COMPLETE").stackDriftStatus(stackStatus).build())
        // two pages: the last resource on a page of its own
        .on("describeStackResourceDrifts", r -> DescribeStackResourceDriftsResponse.builder()
            .stackResourceDrifts(java.util.Arrays.copyOf(drifts, drifts.length - 1)).nextToken("page-2").build(),
            r -> DescribeStackResourceDriftsResponse.builder().stackResourceDrifts(drifts[drifts.length - 1]).build());
  }

  private static String policy(String... protectedIds) {
    List<String> resources = new ArrayList<>();
    for (String id : protectedIds) {
      resources.add("\"LogicalResourceId/" + id + "\"");
    }
    return "{\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"Update:*\",\"Principal\":\"*\",\"Resource\":\"*\"},"
        + "{\"Effect\":\"Deny\",\"Action\":[\"Update:Replace\",\"Update:Delete\"],\"Principal\":\"*\",\"Resource\":["
        + String.join(",", resources) + "]}]}";
  }

  private Run run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    Environment environment = new Environment(() -> AwsClients.of(cloudFormation.client(),
        new FakeClient<>(S3Client.class).client(), null, null, null, null), repo, Duration.ofMillis(1));
    int exit = Main.run(args, new Catalog(List.of(new DatabaseStack("db"), new DatabaseStack("scratch"),
        new HookStack())), environment, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  private record Run(int status, String out, String err) {}

  /** A database and a bucket, which hold data, and a topic; "scratch" says it wants no termination protection. */
  private record DatabaseStack(String name) implements Stack {
    @Override
    public String summary() {
      return "a database";
    }

    @Override
    public io.tropo4j.core.TerminationProtection terminationProtection() {
      return name.equals("scratch") ? io.tropo4j.core.TerminationProtection.OFF
          : io.tropo4j.core.TerminationProtection.WHEN_IT_HOLDS_DATA;
    }

    @Override
    public Template build() {
      Template t = new Template();
      Parameter<String> password = t.add(Parameter.string("DatabasePassword").noEcho());
      t.add(new Bucket("Bucket").retainData());
      t.add(new DBInstance("Database").allocatedStorage("40").masterUserPassword(password.ref()).snapshotData());
      t.add(new Topic("Topic"));
      return t;
    }
  }

  /** A stack with a custom resource. */
  private static final class HookStack implements Stack {
    @Override
    public String name() {
      return "hook";
    }

    @Override
    public String summary() {
      return "a custom resource";
    }

    @Override
    public Template build() {
      Template t = new Template();
      Topic topic = t.add(new Topic("Topic"));
      t.add(new CustomResource("Seed", "Custom::Seed", topic.ref()));
      return t;
    }
  }
}
