package io.tropo4j.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tropo4j.testing.Emulator;
import io.tropo4j.testing.ScratchClone;
import io.tropo4j.testing.ScratchClone.Run;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cloudformation.model.Parameter;
import software.amazon.awssdk.services.cloudformation.model.StackInstanceSummary;
import software.amazon.awssdk.services.cloudformation.model.StackSet;
import software.amazon.awssdk.services.cloudformation.model.StackSetNotFoundException;

/**
 * A fleet through its life on moto's StackSets, one make target a step as a user runs them in a scratch
 * clone: the example folder of sources src/examples/account-alerts to two accounts in three regions, with
 * a value for one account's instances; planned, diffed, updated, one account's instances deleted keeping
 * their stacks, then the rest and the StackSet. Each step is checked by make's status, its lines, and what
 * moto then holds, read with the SDK.
 *
 * <p>What moto cannot show (the recording fakes of StackSetCommandTest do): its operations end at once,
 * so progress has no RUNNING step; it honours no operation preferences and cannot stop an operation; an
 * update of the StackSet changes its template and values but not the instances' stacks.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class StackSetLifecycleIT {
  private static final String NAME = "account-alerts";
  private static final String[] FLEET = {"STACKS_SRC=src/examples/account-alerts", "STACK=" + NAME,
      "ACCOUNTS=111111111111 222222222222", "REGIONS=us-east-1 us-west-2 eu-west-1"};

  private Emulator moto;
  private AwsClients aws;
  private ScratchClone clone;

  @BeforeAll
  void start() {
    moto = Emulator.moto();
    aws = AwsClients.of(moto.endpoint(), Region.US_EAST_1,
        StaticCredentialsProvider.create(AwsBasicCredentials.create("testing", "testing")));
    clone = new ScratchClone("stackset-lifecycle", moto);
  }

  @AfterAll
  void stop() {
    if (aws != null) {
      aws.close();
    }
    if (moto != null) {
      moto.close();
    }
  }

  private Run make(String params, String target, String... more) {
    List<String> variables = new java.util.ArrayList<>(List.of(FLEET));
    variables.addAll(List.of(more));
    return clone.make(params, target, variables.toArray(String[]::new));
  }

  @Test
  @Order(1)
  void bootstrapMakesTheRolesOfSelfManagedStackSets() {
    Run run = make(null, "stackset_bootstrap");
    assertEquals(0, run.status(), run.toString());
    assertTrue(run.out().contains("Stack tropo4j-stackset-administration is CREATE_COMPLETE."), run.out());
    assertTrue(run.out().contains("Stack tropo4j-stackset-execution is CREATE_COMPLETE."), run.out());
    List<String> roles = aws.cloudFormation().describeStackResources(r -> r.stackName("tropo4j-stackset-execution"))
        .stackResources().stream().map(r -> r.physicalResourceId()).toList();
    assertEquals(List.of("AWSCloudFormationStackSetExecutionRole"), roles);
  }

  @Test
  @Order(2)
  void aPlanBeforeTheFirstDeployListsEveryInstanceItWouldCreate() {
    Run run = make(null, "stackset_plan");
    assertEquals(0, run.status(), run.toString());
    assertTrue(run.out().startsWith("StackSet account-alerts does not exist: a deploy creates it (4 resources in each "
        + "instance)\nA deploy creates 6 instances:\n"), run.out());
    assertTrue(run.out().contains("  + 222222222222 eu-west-1\n"), run.out());
    assertTrue(stackSet().isEmpty(), "a plan creates nothing");
  }

  @Test
  @Order(3)
  void deployCreatesTheStackSetAndSixInstancesOneAccountWithItsOwnValue() {
    Run run = make("AlertEmail=team@example.com 222222222222:AlertEmail=other@example.com", "stackset_deploy");
    assertEquals(0, run.status(), run.toString());
    assertTrue(run.out().startsWith("StackSet account-alerts created\n"), run.out());
    assertTrue(run.out().contains("create 3 instances (222222222222 in us-east-1, us-west-2, eu-west-1, with "
        + "AlertEmail)"), run.out());
    assertTrue(run.out().contains("  222222222222 eu-west-1  SUCCEEDED  [3 succeeded, 0 running, 0 failed, "
        + "0 pending]\n"), run.out());
    assertTrue(run.out().endsWith("StackSet account-alerts deployed\n"), run.out());

    assertEquals(Map.of("111111111111", List.of("eu-west-1", "us-east-1", "us-west-2"),
        "222222222222", List.of("eu-west-1", "us-east-1", "us-west-2")), instances());
    assertEquals(Map.of("AlertEmail", "team@example.com"), parameters(stackSet().orElseThrow().parameters()));
    assertEquals(Map.of("AlertEmail", "other@example.com"), overrides("222222222222", "us-west-2"));
    assertEquals(Map.of(), overrides("111111111111", "us-west-2"));
  }

  @Test
  @Order(4)
  void diffShowsAChangedValueAndChangesNothing() {
    Run run = make("AlertEmail=oncall@example.com", "stackset_diff", "DETAILED_EXITCODE=1");
    assertEquals(2, run.status(), run.toString());
    assertTrue(run.out().contains("StackSet account-alerts: 1 difference from the local template and parameters.\n"
        + "Parameters:\n  ~ AlertEmail: \"team@example.com\" -> \"oncall@example.com\"\n"), run.out());
    assertEquals(Map.of("AlertEmail", "team@example.com"), parameters(stackSet().orElseThrow().parameters()));
  }

  @Test
  @Order(5)
  void deployAgainUpdatesTheStackSetAndThenPlansNothing() {
    Run run = make("AlertEmail=oncall@example.com 222222222222:AlertEmail=other@example.com", "stackset_deploy");
    assertEquals(0, run.status(), run.toString());
    assertTrue(run.out().contains(": update StackSet account-alerts and its 6 instances; regions one at a time, "
        + "1 account at a time, the first failure stops it\n"), run.out());
    assertEquals(Map.of("AlertEmail", "oncall@example.com"), parameters(stackSet().orElseThrow().parameters()));

    Run plan = make("AlertEmail=oncall@example.com 222222222222:AlertEmail=other@example.com", "stackset_plan");
    assertEquals(0, plan.status(), plan.toString());
    assertTrue(plan.out().endsWith("Nothing to deploy: the StackSet and its instances are as the local template and "
        + "values say.\n"), plan.out());
  }

  @Test
  @Order(6)
  void deletingOneAccountKeepsTheStackSetWithTheOthers() {
    Run run = clone.make(null, "stackset_delete", "STACK_NAME=" + NAME, "ACCOUNTS=222222222222", "RETAIN_STACKS=1");
    assertEquals(0, run.status(), run.toString());
    assertTrue(run.out().contains("3 instances of StackSet account-alerts deleted; their stacks were kept, out of the "
        + "StackSet\nStackSet account-alerts kept: 3 instances left\n"), run.out());
    assertEquals(List.of("111111111111"), List.copyOf(instances().keySet()));

    Run status = clone.make(null, "stackset_status", "STACK_NAME=" + NAME);
    assertEquals(0, status.status(), status.toString());
    assertTrue(status.out().startsWith("StackSet account-alerts (SELF_MANAGED): 3 instances\n"), status.out());
  }

  @Test
  @Order(7)
  void deletingTheRestDeletesTheStackSet() {
    Run run = clone.make(null, "stackset_delete", "STACK_NAME=" + NAME);
    assertEquals(0, run.status(), run.toString());
    assertTrue(run.out().endsWith("3 instances of StackSet account-alerts deleted, their stacks too\n"
        + "StackSet account-alerts deleted: it had no instance left\n"), run.out());
    assertTrue(stackSet().isEmpty(), "the StackSet is gone");

    Run again = clone.make(null, "stackset_delete", "STACK_NAME=" + NAME);
    assertEquals(0, again.status(), again.toString());
    assertEquals("There is no StackSet account-alerts in this account and region; nothing to delete\n", again.out());
  }

  private java.util.Optional<StackSet> stackSet() {
    try {
      StackSet set = aws.cloudFormation().describeStackSet(r -> r.stackSetName(NAME)).stackSet();
      return "DELETED".equals(set.statusAsString()) ? java.util.Optional.empty() : java.util.Optional.of(set);
    } catch (StackSetNotFoundException e) {
      return java.util.Optional.empty();
    }
  }

  /** The instances' regions by account, sorted. */
  private Map<String, List<String>> instances() {
    return aws.cloudFormation().listStackInstances(r -> r.stackSetName(NAME)).summaries().stream()
        .collect(Collectors.groupingBy(StackInstanceSummary::account, TreeMap::new,
            Collectors.mapping(StackInstanceSummary::region, Collectors.collectingAndThen(Collectors.toList(),
                l -> l.stream().sorted().toList()))));
  }

  private Map<String, String> overrides(String account, String region) {
    return parameters(aws.cloudFormation().describeStackInstance(r -> r.stackSetName(NAME).stackInstanceAccount(account)
        .stackInstanceRegion(region)).stackInstance().parameterOverrides());
  }

  private static Map<String, String> parameters(List<Parameter> parameters) {
    return parameters.stream().collect(Collectors.toMap(Parameter::parameterKey, Parameter::parameterValue));
  }
}
