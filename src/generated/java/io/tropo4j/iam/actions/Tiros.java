// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of AWS Tiros (prefix {@code tiros}), as the service authorization reference lists them.
 */
public final class Tiros {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "tiros";

  /** {@code tiros:CreateQuery}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_QUERY = Action.of(PREFIX, "CreateQuery");

  /** {@code tiros:ExtendQuery}: Write; on no resource type (give {@code *}). */
  public static final Action EXTEND_QUERY = Action.of(PREFIX, "ExtendQuery");

  /** {@code tiros:GetQueryAnswer}: Read; on no resource type (give {@code *}). */
  public static final Action GET_QUERY_ANSWER = Action.of(PREFIX, "GetQueryAnswer");

  /** {@code tiros:GetQueryExplanation}: Read; on no resource type (give {@code *}). */
  public static final Action GET_QUERY_EXPLANATION = Action.of(PREFIX, "GetQueryExplanation");

  /** {@code tiros:GetQueryExtensionAccounts}: Read; on no resource type (give {@code *}). */
  public static final Action GET_QUERY_EXTENSION_ACCOUNTS = Action.of(PREFIX, "GetQueryExtensionAccounts");

  private Tiros() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
