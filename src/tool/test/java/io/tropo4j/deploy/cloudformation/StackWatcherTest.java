package io.tropo4j.deploy.cloudformation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tropo4j.deploy.ResourceEvent;
import io.tropo4j.testing.FakeClient;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cloudformation.CloudFormationClient;
import software.amazon.awssdk.services.cloudformation.model.DescribeStackEventsRequest;
import software.amazon.awssdk.services.cloudformation.model.DescribeStackEventsResponse;
import software.amazon.awssdk.services.cloudformation.model.StackEvent;

class StackWatcherTest {
  private static ResourceEvent failed(String id, String type, String reason) {
    return new ResourceEvent("e-" + id, Instant.EPOCH, id, null, type, "CREATE_FAILED", reason);
  }

  @Test
  void theFirstFailureOfItsOwnIsTheExplanation() {
    List<ResourceEvent> failures = List.of(
        failed("Queue", "AWS::SQS::Queue", "Resource creation cancelled"),
        failed("Db", "AWS::RDS::DBInstance", "DB instance class db.x1 is not supported"),
        failed("stack", "AWS::CloudFormation::Stack", "The following resource(s) failed to create: [Db]"));
    assertEquals("Db (AWS::RDS::DBInstance) failed: DB instance class db.x1 is not supported",
        StackWatcher.explain(failures, "rolled back"));
    assertEquals("rolled back", StackWatcher.explain(List.of(), "rolled back"));
  }

  /** An interrupted wait unwinds as an Interruption, its thread's flag cleared for the calls that tidy up. */
  @Test
  void anInterruptedWaitIsAnInterruptionThatLetsTheTidyingUpReachAws() {
    Thread.currentThread().interrupt();
    Interruption e = assertThrows(Interruption.class, () -> Polling.sleep(Duration.ofMinutes(1), "waiting for web"));
    assertEquals("waiting for web", e.doing());
    assertFalse(Thread.currentThread().isInterrupted());
  }

  @Test
  void pollingStartsSoonDoublesToItsIntervalAndBacksOffWhenThrottled() {
    assertEquals(Duration.ofSeconds(4), Polling.backOff(Duration.ofSeconds(2)));
    assertEquals(Duration.ofSeconds(30), Polling.backOff(Duration.ofSeconds(20)));
  }

  @Test
  void settledMeansNotInProgress() {
    assertTrue(StackWatcher.settled("CREATE_COMPLETE"));
    assertTrue(StackWatcher.settled("UPDATE_ROLLBACK_COMPLETE"));
    assertTrue(StackWatcher.settled("DELETE_FAILED"));
    assertFalse(StackWatcher.settled("UPDATE_COMPLETE_CLEANUP_IN_PROGRESS"));
    assertFalse(StackWatcher.settled("ROLLBACK_IN_PROGRESS"));
    assertTrue(new StackWatcher.Result("UPDATE_COMPLETE", "", null, null).succeeded());
    assertFalse(new StackWatcher.Result("ROLLBACK_COMPLETE", "", null, null).succeeded());
  }

  /**
   * A busy stack adds more than a page of events between two looks: every page is read until an
   * event already seen, so the first failure, three pages back, is reported, and reported once.
   */
  @Test
  void eventsAreReadPageByPageUntilOneAlreadySeen() {
    List<StackEvent> all = new ArrayList<>(); // newest first, as CloudFormation lists them
    for (int i = 250; i >= 1; i--) {
      all.add(StackEvent.builder().eventId("e" + i).logicalResourceId(i == 3 ? "Db" : "R" + i)
          .resourceType("AWS::SQS::Queue").resourceStatus(i == 3 ? "CREATE_FAILED" : "CREATE_IN_PROGRESS")
          .resourceStatusReason(i == 3 ? "no capacity" : null).timestamp(Instant.ofEpochSecond(i)).build());
    }
    int[] shown = {0};
    FakeClient<CloudFormationClient> cloudFormation = new FakeClient<>(CloudFormationClient.class)
        .on("describeStackEvents", request -> {
          DescribeStackEventsRequest r = (DescribeStackEventsRequest) request;
          int from = r.nextToken() == null ? 0 : Integer.parseInt(r.nextToken());
          List<StackEvent> visible = all.subList(all.size() - shown[0], all.size());
          int to = Math.min(from + 100, visible.size());
          return DescribeStackEventsResponse.builder().stackEvents(visible.subList(from, to))
              .nextToken(to < visible.size() ? String.valueOf(to) : null).build();
        });
    shown[0] = 2; // e1, e2 were there before the operation
    StackEvents events = new StackEvents(cloudFormation.client(), "arn:stack/web/1").skipPast();
    shown[0] = 250;
    List<ResourceEvent> fresh = events.fresh();
    assertEquals(248, fresh.size());
    assertEquals("e3", fresh.get(0).eventId()); // oldest first: the failure leads
    assertEquals("CREATE_FAILED", fresh.get(0).status());
    assertEquals("e250", fresh.get(247).eventId());
    assertEquals(1 + 3, cloudFormation.requests("describeStackEvents").size(), "one page to skip, three to read");
    assertEquals(List.of(), events.fresh());
  }
}
