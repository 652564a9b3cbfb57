// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of AWS Import Export Disk Service (prefix {@code importexport}), as the service authorization reference lists them.
 */
public final class Importexport {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "importexport";

  /** {@code importexport:CancelJob}: Write; on no resource type (give {@code *}). */
  public static final Action CANCEL_JOB = Action.of(PREFIX, "CancelJob");

  /** {@code importexport:CreateJob}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_JOB = Action.of(PREFIX, "CreateJob");

  /** {@code importexport:GetShippingLabel}: Read; on no resource type (give {@code *}). */
  public static final Action GET_SHIPPING_LABEL = Action.of(PREFIX, "GetShippingLabel");

  /** {@code importexport:GetStatus}: Read; on no resource type (give {@code *}). */
  public static final Action GET_STATUS = Action.of(PREFIX, "GetStatus");

  /** {@code importexport:ListJobs}: List; on no resource type (give {@code *}). */
  public static final Action LIST_JOBS = Action.of(PREFIX, "ListJobs");

  /** {@code importexport:UpdateJob}: Write; on no resource type (give {@code *}). */
  public static final Action UPDATE_JOB = Action.of(PREFIX, "UpdateJob");

  private Importexport() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
