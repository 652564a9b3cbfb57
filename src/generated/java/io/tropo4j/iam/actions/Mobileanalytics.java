// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of Amazon Mobile Analytics (prefix {@code mobileanalytics}), as the service authorization reference lists them.
 */
public final class Mobileanalytics {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "mobileanalytics";

  /** {@code mobileanalytics:GetFinancialReports}: Read; on no resource type (give {@code *}). */
  public static final Action GET_FINANCIAL_REPORTS = Action.of(PREFIX, "GetFinancialReports");

  /** {@code mobileanalytics:GetReports}: Read; on no resource type (give {@code *}). */
  public static final Action GET_REPORTS = Action.of(PREFIX, "GetReports");

  /** {@code mobileanalytics:PutEvents}: Write; on no resource type (give {@code *}). */
  public static final Action PUT_EVENTS = Action.of(PREFIX, "PutEvents");

  private Mobileanalytics() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
