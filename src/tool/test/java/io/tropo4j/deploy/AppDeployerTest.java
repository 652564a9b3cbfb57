package io.tropo4j.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tropo4j.core.App;
import io.tropo4j.core.Output;
import io.tropo4j.core.Stack;
import io.tropo4j.core.StackEnvironment;
import io.tropo4j.core.StackOutput;
import io.tropo4j.core.Template;
import io.tropo4j.resources.sns.Topic;
import io.tropo4j.resources.ssm.Parameter;
import io.tropo4j.testing.FakeClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.core.exception.AbortedException;
import software.amazon.awssdk.services.cloudformation.CloudFormationClient;
import software.amazon.awssdk.services.cloudformation.model.Change;
import software.amazon.awssdk.services.cloudformation.model.CloudFormationException;
import software.amazon.awssdk.services.cloudformation.model.CreateChangeSetRequest;
import software.amazon.awssdk.services.cloudformation.model.CreateChangeSetResponse;
import software.amazon.awssdk.services.cloudformation.model.DescribeChangeSetRequest;
import software.amazon.awssdk.services.cloudformation.model.DescribeChangeSetResponse;
import software.amazon.awssdk.services.cloudformation.model.DescribeStackEventsResponse;
import software.amazon.awssdk.services.cloudformation.model.DescribeStacksRequest;
import software.amazon.awssdk.services.cloudformation.model.DescribeStacksResponse;
import software.amazon.awssdk.services.cloudformation.model.ExecuteChangeSetRequest;
import software.amazon.awssdk.services.cloudformation.model.ExecuteChangeSetResponse;
import software.amazon.awssdk.services.cloudformation.model.ListChangeSetsResponse;
import software.amazon.awssdk.services.cloudformation.model.ResourceChange;

/**
 * An app deployed in its order, against a CloudFormation that records every call: two stacks that read
 * nothing run at the same time (each one's execution waits, at a barrier, for the other's: run one after
 * the other, they would never meet), the stack that reads one of them runs after it, and a failed stack
 * leaves the stack that reads it untouched, named as not attempted.
 */
class AppDeployerTest {
  /** Each stack's status as describeStacks gives it (absent: no stack), and how its create ends. */
  private final Map<String, String> status = new ConcurrentHashMap<>();
  private final Map<String, String> ends = new ConcurrentHashMap<>();
  private final List<String> steps = Collections.synchronizedList(new ArrayList<>());
  private final CyclicBarrier together = new CyclicBarrier(2);
  /** Stacks whose execution never ends by itself: it waits until its thread is interrupted. */
  private final Set<String> stuck = ConcurrentHashMap.newKeySet();
  private final FakeClient<CloudFormationClient> cloudFormation = new FakeClient<>(CloudFormationClient.class);

  private record Topics(String name, StackOutput reads) implements Stack {
    @Override
    public String summary() {
      return name;
    }

    @Override
    public Template build() {
      Template t = new Template();
      Topic topic = t.add(new Topic("Topic"));
      t.add(new Output("TopicArn", topic.ref()));
      if (reads != null) {
        t.add(new Parameter("Read").typeProperty("String").value(reads.value()));
      }
      return t;
    }
  }

  private static String named(String nameOrId) {
    return nameOrId.startsWith("id/") ? nameOrId.substring(3) : nameOrId;
  }

  private void emulate() {
    cloudFormation
        .on("describeStacks", r -> {
          String name = named(((DescribeStacksRequest) r).stackName());
          String now = status.get(name);
          if (now == null) {
            return CloudFormationException.builder().statusCode(400).awsErrorDetails(AwsErrorDetails.builder()
                .errorCode("ValidationError").errorMessage("Stack with id " + name + " does not exist").build())
                .build();
          }
          return DescribeStacksResponse.builder().stacks(software.amazon.awssdk.services.cloudformation.model.Stack
              .builder().stackName(name).stackId("id/" + name).stackStatus(now).build()).build();
        })
        .on("listChangeSets", r -> ListChangeSetsResponse.builder().build())
        .on("createChangeSet", r -> {
          String name = ((CreateChangeSetRequest) r).stackName();
          steps.add("make " + name);
          status.put(name, "REVIEW_IN_PROGRESS");
          return CreateChangeSetResponse.builder().id("cs/" + name).stackId("id/" + name).build();
        })
        .on("describeChangeSet", r -> DescribeChangeSetResponse.builder().status("CREATE_COMPLETE")
            .changes(Change.builder().resourceChange(ResourceChange.builder().action("Add").logicalResourceId("Topic")
                .resourceType("AWS::SNS::Topic").build()).build())
            .stackId("id/" + ((DescribeChangeSetRequest) r).changeSetName().substring(3)).build())
        .on("executeChangeSet", r -> {
          String name = ((ExecuteChangeSetRequest) r).changeSetName().substring(3);
          steps.add("run " + name);
          if (stuck.contains(name)) {
            try {
              new java.util.concurrent.CountDownLatch(1).await();
            } catch (InterruptedException e) {
              steps.add("stopped " + name);
              return AbortedException.builder().message("Thread was interrupted").build();
            }
          }
          if (Set.of("a", "b").contains(name)) {
            try {
              together.await(10, TimeUnit.SECONDS); // a and b: each waits for the other to be running too
            } catch (Exception e) {
              return new IllegalStateException(name + " ran alone: " + e);
            }
          }
          status.put(name, ends.getOrDefault(name, "CREATE_COMPLETE"));
          steps.add("done " + name);
          return ExecuteChangeSetResponse.builder().build();
        })
        .on("describeStackEvents", r -> DescribeStackEventsResponse.builder().build());
  }

  /** a and b read nothing; c reads a. */
  private App.Built app() {
    App app = new App("three");
    App.Member a = app.add(new Topics("a", null), StackEnvironment.DEFAULT);
    app.add(new Topics("b", null), StackEnvironment.DEFAULT);
    app.add(new Topics("c", app.output(a, "TopicArn")), StackEnvironment.DEFAULT);
    return app.build();
  }

  private AppDeployment deploy(int concurrency) {
    emulate();
    return new AppDeployer(env -> AwsClients.of(cloudFormation.client(), null, null, null, null, null),
        stack -> new DeployListener() {}, Duration.ofMillis(1))
        .deploy(app(), stack -> DeployRequest.builder(stack).timeout(Duration.ofMinutes(1)), concurrency);
  }

  @Test
  void independentStacksRunTogetherAndAReaderAfterWhatItReads() {
    AppDeployment done = deploy(2);

    assertEquals(new AppDeployment(done.deployed(), Map.of(), List.of()), done, steps.toString());
    assertEquals(Set.of("a", "b", "c"), Set.copyOf(done.deployed()));
    assertTrue(done.deployed().indexOf("c") > done.deployed().indexOf("a"), "c after a: " + done.deployed());
    assertTrue(steps.indexOf("make c") > steps.indexOf("done a"), "c's change set made after a ran: " + steps);
  }

  @Test
  void aFailedStackLeavesItsReadersUntouchedAndNamed() {
    ends.put("a", "ROLLBACK_COMPLETE");

    AppDeployment done = deploy(2);

    assertEquals(List.of("b"), done.deployed(), steps.toString());
    assertEquals(Set.of("a"), done.failed().keySet());
    assertTrue(done.failed().get("a").startsWith("stack a is ROLLBACK_COMPLETE"), done.failed().toString());
    assertEquals(List.of("c"), done.notAttempted());
    assertTrue(steps.stream().noneMatch(step -> step.endsWith(" c")), "c was touched: " + steps);
    assertEquals(List.of(), cloudFormation.<DescribeStacksRequest>requests("describeStacks").stream()
        .filter(r -> named(r.stackName()).equals("c")).toList(), "not even looked up");
  }

  @Test
  void anInterruptionStopsTheStacksUnderWayWaitsForThemAndNamesWhatWasNotStarted() throws InterruptedException {
    stuck.addAll(Set.of("a", "b"));
    AtomicReference<Throwable> thrown = new AtomicReference<>();
    Thread command = new Thread(() -> {
      try {
        deploy(2);
      } catch (Throwable t) {
        thrown.set(t);
      }
    });
    command.start();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (!(steps.contains("run a") && steps.contains("run b")) && System.nanoTime() < deadline) {
      Thread.sleep(10);
    }
    command.interrupt(); // as Ctrl-C's hook interrupts the command's thread

    command.join(TimeUnit.SECONDS.toMillis(20));
    assertFalse(command.isAlive(), "the command ended");
    assertTrue(thrown.get() instanceof DeployException, String.valueOf(thrown.get()));
    assertEquals("interrupted: no stack was done; each stack under way was stopped, as its lines say; not started: c",
        thrown.get().getMessage());
    // Both had stopped before the command said so: none is left running behind it.
    assertTrue(steps.containsAll(List.of("stopped a", "stopped b")), steps.toString());
    assertTrue(steps.stream().noneMatch(step -> step.endsWith(" c")), "c was touched: " + steps);
  }
}
