// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of AWS Recycle Bin (prefix {@code rbin}), as the service authorization reference lists them.
 */
public final class Rbin {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "rbin";

  /** {@code rbin:CreateRule}: Write; on rule. */
  public static final Action CREATE_RULE = Action.of(PREFIX, "CreateRule");

  /** {@code rbin:DeleteRule}: Write; on rule. */
  public static final Action DELETE_RULE = Action.of(PREFIX, "DeleteRule");

  /** {@code rbin:GetRule}: Read; on rule. */
  public static final Action GET_RULE = Action.of(PREFIX, "GetRule");

  /** {@code rbin:ListRules}: Read; on no resource type (give {@code *}). */
  public static final Action LIST_RULES = Action.of(PREFIX, "ListRules");

  /** {@code rbin:ListTagsForResource}: Read; on rule. */
  public static final Action LIST_TAGS_FOR_RESOURCE = Action.of(PREFIX, "ListTagsForResource");

  /** {@code rbin:LockRule}: Write; on rule. */
  public static final Action LOCK_RULE = Action.of(PREFIX, "LockRule");

  /** {@code rbin:TagResource}: Tagging; on rule. */
  public static final Action TAG_RESOURCE = Action.of(PREFIX, "TagResource");

  /** {@code rbin:UnlockRule}: Write; on rule. */
  public static final Action UNLOCK_RULE = Action.of(PREFIX, "UnlockRule");

  /** {@code rbin:UntagResource}: Tagging; on rule. */
  public static final Action UNTAG_RESOURCE = Action.of(PREFIX, "UntagResource");

  /** {@code rbin:UpdateRule}: Write; on rule. */
  public static final Action UPDATE_RULE = Action.of(PREFIX, "UpdateRule");

  private Rbin() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
