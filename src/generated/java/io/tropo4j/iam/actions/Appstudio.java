// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of AWS App Studio (prefix {@code appstudio}), as the service authorization reference lists them.
 */
public final class Appstudio {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "appstudio";

  /** {@code appstudio:GetAccountStatus}: Read; on no resource type (give {@code *}). */
  public static final Action GET_ACCOUNT_STATUS = Action.of(PREFIX, "GetAccountStatus");

  /** {@code appstudio:GetEnablementJobStatus}: Read; on no resource type (give {@code *}). */
  public static final Action GET_ENABLEMENT_JOB_STATUS = Action.of(PREFIX, "GetEnablementJobStatus");

  /** {@code appstudio:StartEnablementJob}: Write; on no resource type (give {@code *}). */
  public static final Action START_ENABLEMENT_JOB = Action.of(PREFIX, "StartEnablementJob");

  /** {@code appstudio:StartRollbackEnablementJob}: Write; on no resource type (give {@code *}). */
  public static final Action START_ROLLBACK_ENABLEMENT_JOB = Action.of(PREFIX, "StartRollbackEnablementJob");

  /** {@code appstudio:StartTeamDeployment}: Write; on no resource type (give {@code *}). */
  public static final Action START_TEAM_DEPLOYMENT = Action.of(PREFIX, "StartTeamDeployment");

  private Appstudio() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
