// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of Amazon Elastic Block Store (prefix {@code ebs}), as the service authorization reference lists them.
 */
public final class Ebs {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "ebs";

  /** {@code ebs:CompleteSnapshot}: Write; on snapshot. */
  public static final Action COMPLETE_SNAPSHOT = Action.of(PREFIX, "CompleteSnapshot");

  /** {@code ebs:GetSnapshotBlock}: Read; on snapshot. */
  public static final Action GET_SNAPSHOT_BLOCK = Action.of(PREFIX, "GetSnapshotBlock");

  /** {@code ebs:ListChangedBlocks}: Read; on snapshot. */
  public static final Action LIST_CHANGED_BLOCKS = Action.of(PREFIX, "ListChangedBlocks");

  /** {@code ebs:ListSnapshotBlocks}: Read; on snapshot. */
  public static final Action LIST_SNAPSHOT_BLOCKS = Action.of(PREFIX, "ListSnapshotBlocks");

  /** {@code ebs:PutSnapshotBlock}: Write; on snapshot. */
  public static final Action PUT_SNAPSHOT_BLOCK = Action.of(PREFIX, "PutSnapshotBlock");

  /** {@code ebs:StartSnapshot}: Write; on snapshot. */
  public static final Action START_SNAPSHOT = Action.of(PREFIX, "StartSnapshot");

  private Ebs() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
