package io.tropo4j.deploy;

import java.time.Duration;

/** What a fleet command reports while it works; the command line words it. */
public interface FleetListener {
  /**
   * The results of an operation so far.
   *
   * @param pending the instances not yet started, as listed, and those the operation has not listed yet
   */
  record Counts(int succeeded, int running, int failed, int pending, int cancelled) {}

  /** Created, with no instances yet. */
  default void stackSetCreated(String name) {}

  /** Its template and parameters are those given: the StackSet itself is not updated. */
  default void stackSetUnchanged(String name) {}

  /**
   * An operation started.
   *
   * @param what what it does, e.g. "update StackSet order-events", "create 6 instances"
   * @param instances how many instances it works on, or -1 when CloudFormation decides (organizational units)
   */
  default void operationStarted(String operationId, String what, int instances, FleetPreferences preferences) {}

  /**
   * An instance's status in the operation changed: told once per change, whatever the polls.
   *
   * @param reason why it failed, the first time it is FAILED; else null
   */
  default void instanceChanged(String account, String region, String status, String reason, Counts counts) {}

  /** The operation ended: SUCCEEDED, FAILED or STOPPED. */
  default void operationEnded(String operationId, String status, String reason, Counts counts, Duration took) {}

  /** Following an operation of the StackSet that some other command started. */
  default void following(String operationId, String action, String status) {}
}
