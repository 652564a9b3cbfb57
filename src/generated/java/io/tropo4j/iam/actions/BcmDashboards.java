// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of AWS Billing and Cost Management Dashboards (prefix {@code bcm-dashboards}), as the service authorization reference lists them.
 */
public final class BcmDashboards {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "bcm-dashboards";

  /** {@code bcm-dashboards:CreateDashboard}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_DASHBOARD = Action.of(PREFIX, "CreateDashboard");

  /** {@code bcm-dashboards:DeleteDashboard}: Write; on no resource type (give {@code *}). */
  public static final Action DELETE_DASHBOARD = Action.of(PREFIX, "DeleteDashboard");

  /** {@code bcm-dashboards:GetDashboard}: Read; on no resource type (give {@code *}). */
  public static final Action GET_DASHBOARD = Action.of(PREFIX, "GetDashboard");

  /** {@code bcm-dashboards:GetResourcePolicy}: Read; on no resource type (give {@code *}). */
  public static final Action GET_RESOURCE_POLICY = Action.of(PREFIX, "GetResourcePolicy");

  /** {@code bcm-dashboards:ListDashboards}: Read; on no resource type (give {@code *}). */
  public static final Action LIST_DASHBOARDS = Action.of(PREFIX, "ListDashboards");

  /** {@code bcm-dashboards:ListTagsForResource}: Read; on no resource type (give {@code *}). */
  public static final Action LIST_TAGS_FOR_RESOURCE = Action.of(PREFIX, "ListTagsForResource");

  /** {@code bcm-dashboards:TagResource}: Tagging; on no resource type (give {@code *}). */
  public static final Action TAG_RESOURCE = Action.of(PREFIX, "TagResource");

  /** {@code bcm-dashboards:UntagResource}: Tagging; on no resource type (give {@code *}). */
  public static final Action UNTAG_RESOURCE = Action.of(PREFIX, "UntagResource");

  /** {@code bcm-dashboards:UpdateDashboard}: Write; on no resource type (give {@code *}). */
  public static final Action UPDATE_DASHBOARD = Action.of(PREFIX, "UpdateDashboard");

  private BcmDashboards() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
