package io.tropo4j.deploy.cloudformation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.tropo4j.deploy.DeployException;
import io.tropo4j.deploy.NextStep;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cloudformation.model.Stack;

class IntentTest {
  private static Optional<Stack> stack(String status) {
    return Optional.of(Stack.builder().stackName("web").stackStatus(status).build());
  }

  private static DeployException refused(Intent intent, Optional<Stack> existing) {
    return assertThrows(DeployException.class, () -> intent.action("web", existing));
  }

  @Test
  void createMakesANewStackOrReplacesOneWhoseFirstCreateFailed() {
    assertEquals(Intent.Action.CREATE, Intent.CREATE.action("web", Optional.empty()));
    assertEquals(Intent.Action.CREATE, Intent.CREATE.action("web", stack("REVIEW_IN_PROGRESS")));
    assertEquals(Intent.Action.REPLACE, Intent.CREATE.action("web", stack("ROLLBACK_COMPLETE")));
    DeployException exists = refused(Intent.CREATE, stack("UPDATE_COMPLETE"));
    assertEquals("stack web already exists (UPDATE_COMPLETE)", exists.getMessage());
    assertEquals(NextStep.UPDATE, exists.next());
    assertEquals(Optional.of("web"), exists.stackName());
    assertEquals(Optional.of("UPDATE_COMPLETE"), exists.status());
  }

  @Test
  void updateNeedsAStackThatCanBeUpdatedAndIsNotBusy() {
    assertEquals(Intent.Action.UPDATE, Intent.UPDATE.action("web", stack("UPDATE_ROLLBACK_COMPLETE")));
    DeployException missing = refused(Intent.UPDATE, Optional.empty());
    assertEquals("stack web does not exist", missing.getMessage());
    assertEquals(NextStep.CREATE, missing.next());
    DeployException failed = refused(Intent.UPDATE, stack("ROLLBACK_COMPLETE"));
    assertEquals("stack web is ROLLBACK_COMPLETE: its first create failed and it cannot be updated",
        failed.getMessage());
    assertEquals(NextStep.CREATE_AGAIN, failed.next());
    DeployException busy = refused(Intent.UPDATE, stack("UPDATE_IN_PROGRESS"));
    assertEquals("stack web is busy (UPDATE_IN_PROGRESS)", busy.getMessage());
    assertEquals(NextStep.FOLLOW, busy.next());
  }

  /** Express mode leaves a failed operation without rollback: the stack is updated on from what worked. */
  @Test
  void aStackLeftFailedWithoutRollbackIsUpdatedOnFromWhatWorked() {
    assertEquals(Intent.Action.UPDATE, Intent.UPDATE.action("web", stack("UPDATE_FAILED")));
    assertEquals(Intent.Action.UPDATE, Intent.UPDATE.action("web", stack("CREATE_FAILED")));
    assertEquals(NextStep.UPDATE, refused(Intent.CREATE, stack("CREATE_FAILED")).next());
  }

  @Test
  void createOnAStackStillBeingCreatedSaysItIsBusyNotThatItExists() {
    DeployException busy = refused(Intent.CREATE, stack("CREATE_IN_PROGRESS"));
    assertEquals("stack web is busy (CREATE_IN_PROGRESS)", busy.getMessage());
    assertEquals(NextStep.FOLLOW, busy.next());
  }

  /** A stack whose last operation failed to roll back is left to a person who looked at it. */
  @Test
  void aStackThatFailedToRollBackIsForAPersonToLookAt() {
    DeployException stuck = refused(Intent.UPDATE, Optional.of(Stack.builder().stackName("web")
        .stackStatus("UPDATE_ROLLBACK_FAILED").stackStatusReason("Bucket not empty").build()));
    assertEquals("stack web is UPDATE_ROLLBACK_FAILED (Bucket not empty)", stuck.getMessage());
    assertEquals(NextStep.LOOK, stuck.next());
  }

  /** A plan shows what a create would do for a stack whose first create failed; the plan itself never runs it. */
  @Test
  void aPlanOnAFailedCreateShowsTheCreateAndTheBootstrapDoesWhateverIsNeeded() {
    assertEquals(Intent.Action.CREATE, Intent.PLAN.action("web", Optional.empty()));
    assertEquals(Intent.Action.UPDATE, Intent.PLAN.action("web", stack("CREATE_COMPLETE")));
    assertEquals(Intent.Action.REPLACE, Intent.PLAN.action("web", stack("ROLLBACK_COMPLETE")));
    assertEquals(Intent.Action.CREATE, Intent.CREATE_OR_UPDATE.action("web", Optional.empty()));
    assertEquals(Intent.Action.UPDATE, Intent.CREATE_OR_UPDATE.action("web", stack("UPDATE_COMPLETE")));
    assertEquals(Intent.Action.REPLACE, Intent.CREATE_OR_UPDATE.action("web", stack("ROLLBACK_COMPLETE")));
  }
}
