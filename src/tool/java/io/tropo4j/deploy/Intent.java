package io.tropo4j.deploy;

import java.util.Optional;
import software.amazon.awssdk.services.cloudformation.model.Stack;

/** What the caller asked for, and what it comes to given the stack CloudFormation has now. */
enum Intent {
  CREATE, UPDATE,
  /** Whichever the stack needs: how the artifact bucket's own stack is deployed. */
  CREATE_OR_UPDATE,
  /**
   * Whichever the stack needs, to be shown and not run: for a stack whose first create failed, what
   * creating it again would do (shown, never done).
   */
  PLAN;

  /** What to do with the stack. */
  enum Action {
    CREATE, UPDATE,
    /** The stack's first create failed, and such a stack cannot be updated: delete it, then create it. */
    REPLACE
  }

  /** @throws DeployException when the stack's state does not allow what was asked */
  Action action(String stackName, Optional<Stack> existing) {
    String status = existing.map(Stack::stackStatusAsString).orElse(null);
    if (status == null || "REVIEW_IN_PROGRESS".equals(status)) {
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
      throw new DeployException("stack " + stackName + " is busy (" + status + ")", stackName, status,
          NextStep.WAIT);
    }
    if (this == CREATE) {
      throw new DeployException("stack " + stackName + " already exists (" + status + ")", stackName, status,
          NextStep.UPDATE);
    }
    return Action.UPDATE;
  }
}
