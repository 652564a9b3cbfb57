// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of AWS Shield network security director (prefix {@code network-security-director}), as the service authorization reference lists them.
 */
public final class NetworkSecurityDirector {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "network-security-director";

  /** {@code network-security-director:GetFinding}: Read; on no resource type (give {@code *}). */
  public static final Action GET_FINDING = Action.of(PREFIX, "GetFinding");

  /** {@code network-security-director:GetResource}: Read; on no resource type (give {@code *}). */
  public static final Action GET_RESOURCE = Action.of(PREFIX, "GetResource");

  /** {@code network-security-director:ListAccountSummaries}: List; on no resource type (give {@code *}). */
  public static final Action LIST_ACCOUNT_SUMMARIES = Action.of(PREFIX, "ListAccountSummaries");

  /** {@code network-security-director:ListFindings}: List; on no resource type (give {@code *}). */
  public static final Action LIST_FINDINGS = Action.of(PREFIX, "ListFindings");

  /** {@code network-security-director:ListInsights}: List; on no resource type (give {@code *}). */
  public static final Action LIST_INSIGHTS = Action.of(PREFIX, "ListInsights");

  /** {@code network-security-director:ListRemediations}: List; on no resource type (give {@code *}). */
  public static final Action LIST_REMEDIATIONS = Action.of(PREFIX, "ListRemediations");

  /** {@code network-security-director:ListResources}: List; on no resource type (give {@code *}). */
  public static final Action LIST_RESOURCES = Action.of(PREFIX, "ListResources");

  /** {@code network-security-director:UpdateFinding}: Write; on no resource type (give {@code *}). */
  public static final Action UPDATE_FINDING = Action.of(PREFIX, "UpdateFinding");

  private NetworkSecurityDirector() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
