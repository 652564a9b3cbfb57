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
  /** The stack is in a state no command of ours resolves by itself: look at its status and events. */
  LOOK,
  /** CloudFormation goes on with the stack: follow it through its status. */
  FOLLOW,
  /** The release's files have uncommitted changes: commit them, or allow deploying HEAD anyway. */
  COMMIT_OR_ALLOW_DIRTY,
  /** Parameters have no value: give them ({@link DeployException#parameters()} names them). */
  GIVE_VALUES,
  /** The image is not in ECR: build and push it ({@link ImageMissingException} says which). */
  PUSH_IMAGE,
  /** A resource kept by an earlier stack holds the name: delete or adopt it ({@link NameTakenException}). */
  DELETE_OR_ADOPT,
  /**
   * Deleting the stack needs to be asked for explicitly: the artifact bucket holds releases, or the
   * stack has termination protection (turned off by the forced delete).
   */
  FORCE_DELETE,
  /**
   * The update replaces resources holding data, which their stack policy refuses: allow them for one
   * update ({@link ReplacementRefusedException} names them).
   */
  ALLOW_REPLACE
}
