// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of Amazon Data Lifecycle Manager (prefix {@code dlm}), as the service authorization reference lists them.
 */
public final class Dlm {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "dlm";

  /** {@code dlm:CreateLifecyclePolicy}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_LIFECYCLE_POLICY = Action.of(PREFIX, "CreateLifecyclePolicy");

  /** {@code dlm:DeleteLifecyclePolicy}: Write; on policy. */
  public static final Action DELETE_LIFECYCLE_POLICY = Action.of(PREFIX, "DeleteLifecyclePolicy");

  /** {@code dlm:GetLifecyclePolicies}: List; on no resource type (give {@code *}). */
  public static final Action GET_LIFECYCLE_POLICIES = Action.of(PREFIX, "GetLifecyclePolicies");

  /** {@code dlm:GetLifecyclePolicy}: Read; on policy. */
  public static final Action GET_LIFECYCLE_POLICY = Action.of(PREFIX, "GetLifecyclePolicy");

  /** {@code dlm:ListTagsForResource}: Read; on policy. */
  public static final Action LIST_TAGS_FOR_RESOURCE = Action.of(PREFIX, "ListTagsForResource");

  /** {@code dlm:TagResource}: Tagging; on policy. */
  public static final Action TAG_RESOURCE = Action.of(PREFIX, "TagResource");

  /** {@code dlm:UntagResource}: Tagging; on policy. */
  public static final Action UNTAG_RESOURCE = Action.of(PREFIX, "UntagResource");

  /** {@code dlm:UpdateLifecyclePolicy}: Write; on policy. */
  public static final Action UPDATE_LIFECYCLE_POLICY = Action.of(PREFIX, "UpdateLifecyclePolicy");

  private Dlm() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
