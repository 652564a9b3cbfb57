// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of AWS Action Recommendations (prefix {@code action-recommendations}), as the service authorization reference lists them.
 */
public final class ActionRecommendations {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "action-recommendations";

  /** {@code action-recommendations:ListRecommendedActions}: List; on no resource type (give {@code *}). */
  public static final Action LIST_RECOMMENDED_ACTIONS = Action.of(PREFIX, "ListRecommendedActions");

  private ActionRecommendations() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
