package io.tropo4j.deploy.cloudformation;

import io.tropo4j.deploy.DeployException;
import io.tropo4j.deploy.NextStep;
import java.util.Optional;
import software.amazon.awssdk.services.cloudformation.model.Stack;

/** What the caller asked for, and what it comes to given the stack CloudFormation has now. Internal. */
public enum Intent {
  CREATE, UPDATE,
  /** Whichever the stack needs: how the artifact bucket's own stack is deployed. */
  CREATE_OR_UPDATE,
  /**
   * Whichever the stack needs, to be shown and not run: for a stack whose first create failed, what
   * creating it again would do (shown, never done).
   */
  PLAN;

  /** What to do with the stack. */
  public enum Action {
    CREATE, UPDATE,
    /** The stack's first create failed, and such a stack cannot be updated: delete it, then create it. */
    REPLACE
  }

  /**
   * @param existing the stack as it rests now (the deployer waits for one in progress first)
   * @throws DeployException when the stack's state does not allow what was asked
   */
  public Action action(String stackName, Optional<Stack> existing) {
    String status = existing.map(Stack::stackStatusAsString).orElse(null);
    if (status == null || "REVIEW_IN_PROGRESS".equals(status) || "DELETE_COMPLETE".equals(status)) {
      // REVIEW_IN_PROGRESS: a stack a change set made and nothing ran; a new change set creates it.
      if (this == UPDATE) {
        throw new DeployException("stack " + stackName + " does not exist", stackName, status, NextStep.CREATE);
      }
      return Action.CREATE;
    }
    if ("ROLLBACK_COMPLETE".equals(status)) {
      if (this == UPDATE) {
        throw new DeployException("stack " + stackName + " is ROLLBACK_COMPLETE: its first create failed and it "
            + "cannot be updated", stackName, status, NextStep.CREATE_AGAIN);
      }
      return Action.REPLACE;
    }
    if (status.endsWith("_IN_PROGRESS")) {
      // The deployer waits for a busy stack before it asks; busy again meanwhile, someone else is at it.
      throw new DeployException("stack " + stackName + " is busy (" + status + ")", stackName, status,
          NextStep.FOLLOW);
    }
    if (status.endsWith("_FAILED") && !status.equals("CREATE_FAILED") && !status.equals("UPDATE_FAILED")) {
      // ROLLBACK_FAILED, UPDATE_ROLLBACK_FAILED, DELETE_FAILED: only a person who looked can say what next.
      // CREATE_FAILED and UPDATE_FAILED rest so only when rollback was off (express mode's default): the
      // resources that worked are kept, and an update goes on from them, as CloudFormation allows.
      throw new DeployException("stack " + stackName + " is " + status + " ("
          + Optional.ofNullable(existing.get().stackStatusReason()).orElse("no reason given") + ")", stackName,
          status, NextStep.LOOK);
    }
    if (this == CREATE) {
      throw new DeployException("stack " + stackName + " already exists (" + status + ")", stackName, status,
          NextStep.UPDATE);
    }
    return Action.UPDATE;
  }
}
