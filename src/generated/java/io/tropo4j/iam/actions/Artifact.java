// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of AWS Artifact (prefix {@code artifact}), as the service authorization reference lists them.
 */
public final class Artifact {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "artifact";

  /** {@code artifact:AcceptAgreement}: Write; on agreement. */
  public static final Action ACCEPT_AGREEMENT = Action.of(PREFIX, "AcceptAgreement");

  /** {@code artifact:AcceptNdaForAgreement}: Write; on agreement. */
  public static final Action ACCEPT_NDA_FOR_AGREEMENT = Action.of(PREFIX, "AcceptNdaForAgreement");

  /** {@code artifact:GetAccountSettings}: Read; on no resource type (give {@code *}). */
  public static final Action GET_ACCOUNT_SETTINGS = Action.of(PREFIX, "GetAccountSettings");

  /** {@code artifact:GetAgreement}: Read; on agreement. */
  public static final Action GET_AGREEMENT = Action.of(PREFIX, "GetAgreement");

  /** {@code artifact:GetCustomerAgreement}: Read; on customer-agreement. */
  public static final Action GET_CUSTOMER_AGREEMENT = Action.of(PREFIX, "GetCustomerAgreement");

  /** {@code artifact:GetNdaForAgreement}: Read; on agreement. */
  public static final Action GET_NDA_FOR_AGREEMENT = Action.of(PREFIX, "GetNdaForAgreement");

  /** {@code artifact:GetReport}: Read; on report. */
  public static final Action GET_REPORT = Action.of(PREFIX, "GetReport");

  /** {@code artifact:GetReportMetadata}: Read; on report. */
  public static final Action GET_REPORT_METADATA = Action.of(PREFIX, "GetReportMetadata");

  /** {@code artifact:GetTermForReport}: Read; on report. */
  public static final Action GET_TERM_FOR_REPORT = Action.of(PREFIX, "GetTermForReport");

  /** {@code artifact:ListAgreements}: List; on no resource type (give {@code *}). */
  public static final Action LIST_AGREEMENTS = Action.of(PREFIX, "ListAgreements");

  /** {@code artifact:ListCustomerAgreements}: List; on no resource type (give {@code *}). */
  public static final Action LIST_CUSTOMER_AGREEMENTS = Action.of(PREFIX, "ListCustomerAgreements");

  /** {@code artifact:ListReportVersions}: List; on no resource type (give {@code *}). */
  public static final Action LIST_REPORT_VERSIONS = Action.of(PREFIX, "ListReportVersions");

  /** {@code artifact:ListReports}: List; on no resource type (give {@code *}). */
  public static final Action LIST_REPORTS = Action.of(PREFIX, "ListReports");

  /** {@code artifact:PutAccountSettings}: Write; on no resource type (give {@code *}). */
  public static final Action PUT_ACCOUNT_SETTINGS = Action.of(PREFIX, "PutAccountSettings");

  /** {@code artifact:TerminateAgreement}: Write; on customer-agreement. */
  public static final Action TERMINATE_AGREEMENT = Action.of(PREFIX, "TerminateAgreement");

  private Artifact() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
