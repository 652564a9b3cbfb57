package io.tropo4j.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cloudformation.model.StackEvent;

class StackWatcherTest {
  private static StackEvent failed(String id, String type, String reason) {
    return StackEvent.builder().logicalResourceId(id).resourceType(type).resourceStatus("CREATE_FAILED")
        .resourceStatusReason(reason).build();
  }

  @Test
  void theFirstFailureOfItsOwnIsTheExplanation() {
    List<StackEvent> failures = List.of(
        failed("Queue", "AWS::SQS::Queue", "Resource creation cancelled"),
        failed("Db", "AWS::RDS::DBInstance", "DB instance class db.x1 is not supported"),
        failed("stack", "AWS::CloudFormation::Stack", "The following resource(s) failed to create: [Db]"));
    assertEquals("Db (AWS::RDS::DBInstance) failed: DB instance class db.x1 is not supported",
        StackWatcher.explain(failures, "rolled back"));
    assertEquals("rolled back", StackWatcher.explain(List.of(), "rolled back"));
  }

  @Test
  void anInterruptedWaitSaysCloudFormationGoesOn() {
    Thread.currentThread().interrupt();
    DeployException e = assertThrows(DeployException.class, () -> StackWatcher.sleep(Duration.ofMinutes(1), "stack web"));
    assertEquals("interrupted while waiting for stack web; CloudFormation goes on", e.getMessage());
    assertTrue(Thread.interrupted(), "the interrupt is kept for the caller");
  }

  @Test
  void throttlingDoublesTheIntervalUpToHalfAMinute() {
    assertEquals(Duration.ofSeconds(4), StackWatcher.backOff(Duration.ofSeconds(2)));
    assertEquals(Duration.ofSeconds(30), StackWatcher.backOff(Duration.ofSeconds(20)));
  }

  @Test
  void settledMeansNotInProgress() {
    assertTrue(StackWatcher.settled("CREATE_COMPLETE"));
    assertTrue(StackWatcher.settled("UPDATE_ROLLBACK_COMPLETE"));
    assertTrue(StackWatcher.settled("DELETE_FAILED"));
    assertFalse(StackWatcher.settled("UPDATE_COMPLETE_CLEANUP_IN_PROGRESS"));
    assertFalse(StackWatcher.settled("ROLLBACK_IN_PROGRESS"));
    assertTrue(new StackWatcher.Result("UPDATE_COMPLETE", "").succeeded());
    assertFalse(new StackWatcher.Result("ROLLBACK_COMPLETE", "").succeeded());
  }
}
