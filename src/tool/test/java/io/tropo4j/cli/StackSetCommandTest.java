package io.tropo4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tropo4j.catalog.Catalog;
import io.tropo4j.core.Asset;
import io.tropo4j.core.Output;
import io.tropo4j.core.Parameter;
import io.tropo4j.core.SourceDirectory;
import io.tropo4j.core.Stack;
import io.tropo4j.core.Template;
import io.tropo4j.deploy.AwsClients;
import io.tropo4j.resources.sns.Topic;
import io.tropo4j.testing.FakeClient;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.services.cloudformation.CloudFormationClient;
import software.amazon.awssdk.services.cloudformation.model.CloudFormationException;
import software.amazon.awssdk.services.cloudformation.model.ConcurrencyMode;
import software.amazon.awssdk.services.cloudformation.model.CreateStackInstancesRequest;
import software.amazon.awssdk.services.cloudformation.model.CreateStackInstancesResponse;
import software.amazon.awssdk.services.cloudformation.model.CreateStackSetRequest;
import software.amazon.awssdk.services.cloudformation.model.CreateStackSetResponse;
import software.amazon.awssdk.services.cloudformation.model.DescribeStackSetOperationResponse;
import software.amazon.awssdk.services.cloudformation.model.ListStackInstancesResponse;
import software.amazon.awssdk.services.cloudformation.model.ListStackSetOperationResultsResponse;
import software.amazon.awssdk.services.cloudformation.model.ListStackSetOperationsResponse;
import software.amazon.awssdk.services.cloudformation.model.RegionConcurrencyType;
import software.amazon.awssdk.services.cloudformation.model.StackInstanceSummary;
import software.amazon.awssdk.services.cloudformation.model.StackSetNotFoundException;
import software.amazon.awssdk.services.cloudformation.model.StackSetOperation;
import software.amazon.awssdk.services.cloudformation.model.StackSetOperationPreferences;
import software.amazon.awssdk.services.cloudformation.model.StackSetOperationResultSummary;
import software.amazon.awssdk.services.cloudformation.model.StackSetOperationSummary;
import software.amazon.awssdk.services.cloudformation.model.StopStackSetOperationResponse;

/**
 * The fleet commands against a recording CloudFormation client, for what an emulator does not do:
 * the rollout settings sent exactly, operations that take many polls, a failed instance, a stopped
 * operation, throttling, and a fleet of 200 instances whose progress prints only what changed.
 */
class StackSetCommandTest {
  private static final String[] TWO_BY_ONE = {"--accounts", "111111111111,222222222222", "--regions", "eu-west-1"};

  @TempDir
  Path dir;
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();
  private final FakeClient<CloudFormationClient> cloudFormation = new FakeClient<>(CloudFormationClient.class);

  /** A stack whose template is all it needs. */
  public static final class Alerts implements Stack {
    @Override
    public String name() {
      return "alerts";
    }

    @Override
    public String summary() {
      return "a topic";
    }

    @Override
    public Template build() {
      Template t = new Template().description("alerts");
      t.add(Parameter.string("Email").defaultValue(""));
      Topic topic = t.add(new Topic("Alerts").topicName("alerts"));
      t.add(new Output("TopicArn", topic.ref()));
      return t;
    }
  }

  /** A stack whose function's code is an asset in this account's artifact bucket. */
  public static final class Coded implements Stack {
    @Override
    public String name() {
      return "coded";
    }

    @Override
    public String summary() {
      return "a function from an asset";
    }

    @Override
    public Template build() {
      Template t = new Template();
      t.add(new io.tropo4j.resources.lambda.Function("Handler").handler("handler.main").runtime("python3.12")
          .role("arn:aws:iam::123456789012:role/handler")
          .code(Asset.content("handler", "code".getBytes(StandardCharsets.UTF_8), ".zip")));
      return t;
    }
  }

  /** A stack that releases a source bundle from this account's artifact bucket. */
  public static final class Bundled implements Stack {
    @Override
    public String name() {
      return "bundled";
    }

    @Override
    public String summary() {
      return "releases a bundle";
    }

    @Override
    public Optional<SourceDirectory> source() {
      return Optional.of(new SourceDirectory("src/webapp", "webapp/", "BundleBucket", "BundleKey"));
    }

    @Override
    public Template build() {
      return new Alerts().build();
    }
  }

  @Test
  void theCarefulDefaultsAreSentExplicitly() {
    newStackSet();
    succeedingOperation();
    assertEquals(0, run(args("deploy", "alerts")), err());

    CreateStackSetRequest created = cloudFormation.<CreateStackSetRequest>requests("createStackSet").get(0);
    assertEquals("SELF_MANAGED", created.permissionModelAsString());
    assertTrue(created.templateBody().contains("\"TopicName\": \"alerts\""), created.templateBody());
    CreateStackInstancesRequest instances = cloudFormation.<CreateStackInstancesRequest>requests(
        "createStackInstances").get(0);
    assertEquals(List.of("111111111111", "222222222222"), instances.accounts());
    assertEquals(List.of("eu-west-1"), instances.regions());
    assertEquals(StackSetOperationPreferences.builder().regionConcurrencyType(RegionConcurrencyType.SEQUENTIAL)
        .concurrencyMode(ConcurrencyMode.STRICT_FAILURE_TOLERANCE).regionOrder("eu-west-1").maxConcurrentCount(1)
        .failureToleranceCount(0).build(), instances.operationPreferences());
  }

  @Test
  void theRolloutOptionsAreSentAsGiven() {
    newStackSet();
    succeedingOperation();
    assertEquals(0, run("stackset", "deploy", "alerts", "--accounts", "111111111111", "--regions",
        "us-west-2,us-east-1,eu-west-1", "--parallel-regions", "--max-concurrent", "25%", "--failure-tolerance", "2",
        "--soft-failure-tolerance"), err());

    assertEquals(StackSetOperationPreferences.builder().regionConcurrencyType(RegionConcurrencyType.PARALLEL)
        .concurrencyMode(ConcurrencyMode.SOFT_FAILURE_TOLERANCE).regionOrder("us-west-2", "us-east-1", "eu-west-1")
        .maxConcurrentPercentage(25).failureToleranceCount(2).build(),
        cloudFormation.<CreateStackInstancesRequest>requests("createStackInstances").get(0).operationPreferences());
  }

  @Test
  void organizationalUnitsMakeAServiceManagedStackSetThatDeploysToAccountsJoiningThem() {
    newStackSet();
    succeedingOperation();
    assertEquals(0, run("stackset", "deploy", "alerts", "--ous", "ou-ab12-cdef3456,ou-ab12-99998888", "--regions",
        "eu-west-1,us-east-1", "--delegated-admin", "--param", "us-east-1:Email=us@example.com"), err());

    CreateStackSetRequest created = cloudFormation.<CreateStackSetRequest>requests("createStackSet").get(0);
    assertEquals("SERVICE_MANAGED", created.permissionModelAsString());
    assertEquals("DELEGATED_ADMIN", created.callAsAsString());
    assertEquals(true, created.autoDeployment().enabled());
    assertEquals(false, created.autoDeployment().retainStacksOnAccountRemoval());
    List<CreateStackInstancesRequest> instances = cloudFormation.requests("createStackInstances");
    assertEquals(2, instances.size(), "a region with values of its own goes in a call of its own");
    assertEquals(List.of("ou-ab12-cdef3456", "ou-ab12-99998888"), instances.get(0).deploymentTargets()
        .organizationalUnitIds());
    assertEquals(List.of(), instances.get(0).accounts());
    assertEquals(List.of("eu-west-1"), instances.get(0).regions());
    assertEquals(List.of(), instances.get(0).parameterOverrides());
    assertEquals(List.of("us-east-1"), instances.get(1).regions());
    assertEquals("us@example.com", instances.get(1).parameterOverrides().get(0).parameterValue());
    assertEquals("DELEGATED_ADMIN", instances.get(1).callAsAsString());
  }

  @Test
  void accountsAndUnitsTogetherAreRefused() {
    assertEquals(1, run("stackset", "deploy", "alerts", "--ous", "ou-ab12-cdef3456", "--accounts", "111111111111",
        "--regions", "eu-west-1"));
    assertTrue(err().contains("give accounts or organizational units, not both"), err());
    assertEquals(List.of(), cloudFormation.operations());
  }

  @Test
  void aFailedInstanceIsToldOnceWithItsReasonAndTheCommandSaysWhatTheStackSetHolds() {
    newStackSet();
    cloudFormation.on("createStackInstances", r -> CreateStackInstancesResponse.builder().operationId("op-1").build())
        .on("describeStackSetOperation", operation("RUNNING"), operation("RUNNING"), operation("RUNNING"),
            operation("RUNNING"), operation("FAILED"))
        .on("listStackSetOperationResults",
            results(result("111111111111", "RUNNING", null), result("222222222222", "PENDING", null)),
            results(result("111111111111", "FAILED", "Topic alerts already exists"),
                result("222222222222", "PENDING", null)),
            results(result("111111111111", "FAILED", "Topic alerts already exists"),
                result("222222222222", "PENDING", null)),
            results(result("111111111111", "FAILED", "Topic alerts already exists"),
                result("222222222222", "CANCELLED", "Cancelled since failure tolerance has exceeded")))
        .on("listStackInstances", r -> ListStackInstancesResponse.builder().summaries(
            instance("111111111111", "INOPERABLE", "Topic alerts already exists"),
            instance("222222222222", "OUTDATED", "Cancelled since failure tolerance has exceeded")).build());

    assertEquals(1, run(args("deploy", "alerts")));

    String printed = out();
    assertEquals(1, count(printed, "Topic alerts already exists"), printed);
    assertTrue(printed.contains("111111111111 eu-west-1  RUNNING  [0 succeeded, 1 running, 0 failed, 1 pending]"),
        printed);
    assertTrue(printed.contains("111111111111 eu-west-1  FAILED: Topic alerts already exists  [0 succeeded, "
        + "0 running, 1 failed, 1 pending]"), printed);
    assertTrue(printed.contains("Operation op-1 FAILED in "), printed);
    assertEquals("tropo4j: operation op-1 of StackSet alerts failed; nothing after it was started\n"
        + "StackSet alerts now has 1 INOPERABLE, 1 OUTDATED\n"
        + "  111111111111 eu-west-1  INOPERABLE: Topic alerts already exists\n"
        + "  222222222222 eu-west-1  OUTDATED: Cancelled since failure tolerance has exceeded\n"
        + "See it with: tropo4j stackset status --name alerts\n", err());
  }

  @Test
  void aStoppedOperationIsReportedAsStopped() {
    cloudFormation.on("describeStackSet", r -> software.amazon.awssdk.services.cloudformation.model
            .DescribeStackSetResponse.builder().stackSet(s -> s.stackSetName("alerts").status("ACTIVE")
                .permissionModel("SELF_MANAGED")).build())
        .on("listStackSetOperations", r -> ListStackSetOperationsResponse.builder().summaries(
            StackSetOperationSummary.builder().operationId("op-9").action("CREATE").status("RUNNING").build()).build())
        .on("stopStackSetOperation", r -> StopStackSetOperationResponse.builder().build())
        .on("describeStackSetOperation", operation("STOPPING"), operation("STOPPED"))
        .on("listStackSetOperationResults", results(result("111111111111", "SUCCEEDED", null),
            result("222222222222", "CANCELLED", "Cancelled since the operation was stopped")));

    assertEquals(0, run("stackset", "stop", "--name", "alerts"), err());

    assertTrue(out().contains("Operation op-9 STOPPED in "), out());
    assertTrue(out().endsWith("Operation op-9 of StackSet alerts stopped\n"), out());
    assertEquals(List.of("op-9"), cloudFormation.requests("stopStackSetOperation").stream()
        .map(r -> ((software.amazon.awssdk.services.cloudformation.model.StopStackSetOperationRequest) r).operationId())
        .toList());
  }

  @Test
  void aDeployWhoseOperationIsStoppedSaysSoAndFails() {
    newStackSet();
    cloudFormation.on("createStackInstances", r -> CreateStackInstancesResponse.builder().operationId("op-1").build())
        .on("describeStackSetOperation", operation("STOPPED"))
        .on("listStackSetOperationResults", results(result("111111111111", "SUCCEEDED", null)))
        .on("listStackInstances", r -> ListStackInstancesResponse.builder().summaries(
            instance("111111111111", "CURRENT", null)).build());

    assertEquals(1, run(args("deploy", "alerts")));
    assertTrue(err().startsWith("tropo4j: operation op-1 of StackSet alerts was stopped; nothing after it was "
        + "started\nStackSet alerts now has 1 CURRENT\n"), err());
  }

  @Test
  void ctrlCWhileFollowingLeavesTheOperationAndSaysHowToFollowOrStopIt() throws InterruptedException {
    newStackSet();
    cloudFormation.on("createStackInstances", r -> CreateStackInstancesResponse.builder().operationId("op-1").build())
        .on("describeStackSetOperation", operation("RUNNING"))
        .on("listStackSetOperationResults", results(result("111111111111", "RUNNING", null)))
        .on("listStackInstances", r -> ListStackInstancesResponse.builder().summaries(
            instance("111111111111", "OUTDATED", null)).build());
    int[] status = new int[1];
    Thread command = new Thread(() -> status[0] = run(args("deploy", "alerts")));
    command.start();
    while (cloudFormation.requests("describeStackSetOperation").size() < 3) {
      Thread.sleep(5);
    }
    command.interrupt();
    command.join(10_000);

    assertEquals(130, status[0]);
    assertEquals("tropo4j: interrupted while following operation op-1 of StackSet alerts; it goes on in "
        + "CloudFormation\nStackSet alerts now has 1 OUTDATED\n  111111111111 eu-west-1  OUTDATED\n"
        + "Follow it with: tropo4j stackset status --name alerts; stop it with: tropo4j stackset stop --name alerts\n",
        err());
    assertEquals(List.of(), cloudFormation.requests("stopStackSetOperation"));
  }

  @Test
  void throttledPollsSlowDownAndGoOn() {
    newStackSet();
    CloudFormationException throttled = (CloudFormationException) CloudFormationException.builder().statusCode(400)
        .awsErrorDetails(AwsErrorDetails.builder().errorCode("Throttling").errorMessage("Rate exceeded").build())
        .build();
    cloudFormation.on("createStackInstances", r -> CreateStackInstancesResponse.builder().operationId("op-1").build())
        .on("describeStackSetOperation", r -> throttled, operation("SUCCEEDED"))
        .on("listStackSetOperationResults", results(result("111111111111", "SUCCEEDED", null),
            result("222222222222", "SUCCEEDED", null)));

    assertEquals(0, run(args("deploy", "alerts")), err());
    assertEquals(2, cloudFormation.requests("describeStackSetOperation").size());
    assertTrue(out().contains("Operation op-1 SUCCEEDED"), out());
  }

  /**
   * 50 accounts × 4 regions, each instance running for some polls then succeeding: two lines an
   * instance, however many polls it took, and none for a poll that changed nothing.
   */
  @Test
  void aFleetOfTwoHundredPrintsOnlyWhatChanged() {
    List<String> accounts = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      accounts.add(String.format("%012d", 100000000000L + i));
    }
    List<String> regions = List.of("us-east-1", "us-west-2", "eu-west-1", "ap-southeast-2");
    FleetSimulation fleet = new FleetSimulation(accounts, regions, 5);
    newStackSet();
    cloudFormation.on("createStackInstances", r -> CreateStackInstancesResponse.builder().operationId("op-1").build())
        .on("describeStackSetOperation", r -> fleet.operation())
        .on("listStackSetOperationResults", r -> fleet.results());

    assertEquals(0, run("stackset", "deploy", "alerts", "--accounts", String.join(",", accounts), "--regions",
        String.join(",", regions), "--max-concurrent", "10", "--failure-tolerance", "9"), err());

    List<String> instanceLines = out().lines().filter(l -> l.startsWith("  ")).toList();
    assertEquals(400, instanceLines.size());
    // Ten at a time, five polls each: about a hundred polls, each of which listed all 200 instances.
    assertTrue(fleet.polls >= 100, "polls: " + fleet.polls);
    assertTrue(out().contains("SUCCEEDED in "), out());
    assertTrue(instanceLines.get(399).endsWith("[200 succeeded, 0 running, 0 failed, 0 pending]"),
        instanceLines.get(399));
  }

  @Test
  void aStackThatReleasesFilesIsRefusedBeforeAnyCall() {
    assertEquals(1, run("stackset", "deploy", "bundled", TWO_BY_ONE[0], TWO_BY_ONE[1], TWO_BY_ONE[2], TWO_BY_ONE[3]));
    assertTrue(err().startsWith("tropo4j: stack bundled releases a source bundle (src/webapp) through this account's "
        + "artifact bucket or registry, which the fleet's accounts cannot read"), err());
    assertEquals(List.of(), cloudFormation.operations());
  }

  @Test
  void aStackWithAssetsIsRefusedBeforeAnyCall() {
    assertEquals(1, run("stackset", "deploy", "coded", TWO_BY_ONE[0], TWO_BY_ONE[1], TWO_BY_ONE[2], TWO_BY_ONE[3]));
    assertEquals("tropo4j: stack coded uses assets (handler), which live in this account's artifact bucket, where the "
        + "fleet's accounts cannot read them; a StackSet takes stacks whose template is all they need\n", err());
    assertEquals(List.of(), cloudFormation.operations());
  }

  @Test
  void badTargetsAndSettingsAreEachNamedBeforeAnyCall() {
    assertEquals(1, run("stackset", "plan", "alerts", "--accounts", "1234,111111111111", "--regions", "mars-1",
        "--max-concurrent", "3"));
    assertEquals("tropo4j: nothing was sent: 2 problems with the targets:\n"
        + "  account '1234' is not an AWS account ID (12 digits)\n"
        + "  region 'mars-1' is not an AWS region name (like us-east-1)\n", err());
    err.reset();
    assertEquals(1, run("stackset", "plan", "alerts", "--accounts", "111111111111", "--regions", "us-east-1",
        "--max-concurrent", "3"));
    assertEquals("tropo4j: nothing was sent: a problem with the rollout's settings:\n"
        + "  with 0 failures tolerated, at most 1 accounts at once under strict failure tolerance (not 3): tolerate "
        + "more failures, or use soft failure tolerance\n", err());
    assertEquals(List.of(), cloudFormation.operations());
  }

  @Test
  void anOverrideForAPlaceThatIsNeitherAccountNorRegionIsRefused() {
    assertEquals(1, run("stackset", "plan", "alerts", "--accounts", "111111111111", "--regions", "us-east-1",
        "--param", "prod:Email=a@example.com"));
    assertEquals("tropo4j: parameter 'prod:Email': the part before ':' must be an account ID (12 digits) or a "
        + "region, not 'prod'\n", err());
  }

  /** An operation whose instances each run for some polls, up to ten at once, then succeed. */
  private static final class FleetSimulation {
    private final List<String[]> places = new ArrayList<>();
    private final int pollsEach;
    private final int[] started;
    int polls;

    FleetSimulation(List<String> accounts, List<String> regions, int pollsEach) {
      regions.forEach(r -> accounts.forEach(a -> places.add(new String[] {a, r})));
      this.pollsEach = pollsEach;
      this.started = new int[places.size()];
      java.util.Arrays.fill(started, -1);
    }

    synchronized Object operation() {
      polls++;
      int running = 0;
      for (int i = 0; i < places.size(); i++) {
        if (started[i] >= 0 && polls - started[i] < pollsEach) {
          running++;
        }
      }
      for (int i = 0; i < places.size() && running < 10; i++) {
        if (started[i] < 0) {
          started[i] = polls;
          running++;
        }
      }
      boolean done = true;
      for (int s : started) {
        done &= s >= 0 && polls - s >= pollsEach;
      }
      return DescribeStackSetOperationResponse.builder().stackSetOperation(StackSetOperation.builder()
          .operationId("op-1").action("CREATE").status(done ? "SUCCEEDED" : "RUNNING").build()).build();
    }

    synchronized Object results() {
      List<StackSetOperationResultSummary> results = new ArrayList<>();
      for (int i = 0; i < places.size(); i++) {
        String status = started[i] < 0 ? "PENDING" : polls - started[i] < pollsEach ? "RUNNING" : "SUCCEEDED";
        results.add(StackSetOperationResultSummary.builder().account(places.get(i)[0]).region(places.get(i)[1])
            .status(status).build());
      }
      return ListStackSetOperationResultsResponse.builder().summaries(results).build();
    }
  }

  private String[] args(String action, String stack) {
    List<String> all = new ArrayList<>(List.of("stackset", action, stack));
    all.addAll(List.of(TWO_BY_ONE));
    return all.toArray(String[]::new);
  }

  private void newStackSet() {
    cloudFormation.on("describeStackSet", r -> StackSetNotFoundException.builder().message("StackSet alerts not found")
            .build())
        .on("createStackSet", r -> CreateStackSetResponse.builder().stackSetId("alerts:1").build());
  }

  private void succeedingOperation() {
    cloudFormation.on("createStackInstances", r -> CreateStackInstancesResponse.builder().operationId("op-1").build())
        .on("describeStackSetOperation", operation("SUCCEEDED"))
        .on("listStackSetOperationResults", results(result("111111111111", "SUCCEEDED", null)));
  }

  private static Function<Object, Object> operation(String status) {
    return r -> DescribeStackSetOperationResponse.builder().stackSetOperation(StackSetOperation.builder()
        .operationId("op-1").action("CREATE").status(status).build()).build();
  }

  private static Function<Object, Object> results(StackSetOperationResultSummary... results) {
    return r -> ListStackSetOperationResultsResponse.builder().summaries(results).build();
  }

  private static StackSetOperationResultSummary result(String account, String status, String reason) {
    return StackSetOperationResultSummary.builder().account(account).region("eu-west-1").status(status)
        .statusReason(reason).build();
  }

  private static StackInstanceSummary instance(String account, String status, String reason) {
    return StackInstanceSummary.builder().account(account).region("eu-west-1").status(status).statusReason(reason)
        .build();
  }

  private int run(String... args) {
    Environment environment = new Environment(() -> AwsClients.of(cloudFormation.client(), null, null, null, null,
        null), dir, Duration.ofMillis(1), Map.of());
    return Main.run(args, new Catalog(List.of(new Alerts(), new Bundled(), new Coded())), environment,
        new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  private String out() {
    return out.toString(StandardCharsets.UTF_8);
  }

  private String err() {
    return err.toString(StandardCharsets.UTF_8);
  }

  private static int count(String text, String part) {
    int n = 0;
    for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
      n++;
    }
    return n;
  }
}
