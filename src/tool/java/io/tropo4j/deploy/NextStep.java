package io.tropo4j.deploy;

/**
 * What the user could do about a failed deploy, as a kind: the deployer knows which step helps, the
 * caller knows how to put it to its user (a command to type, a button to press).
 */
public enum NextStep {
  /** Nothing in particular beyond what the message says. */
  NONE,
  /** The stack does not exist: create it. */
  CREATE,
  /** The stack's first create failed and it cannot be updated: create it again, which replaces it. */
  CREATE_AGAIN,
  /** The stack exists: update it. */
  UPDATE,
  /** The stack is busy: wait until it settles, looking at its status. */
  WAIT,
  /** CloudFormation goes on with the stack: follow it through its status. */
  FOLLOW,
  /** The work tree has uncommitted changes: commit them, or allow deploying HEAD anyway. */
  COMMIT_OR_ALLOW_DIRTY,
  /** Parameters have no value: give them ({@link DeployException#parameters()} names them). */
  GIVE_VALUES
}
