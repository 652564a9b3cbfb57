// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of AWS Payments (prefix {@code payments}), as the service authorization reference lists them.
 */
public final class Payments {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "payments";

  /** {@code payments:AcceptFinancingApplicationTerms}: Write; on no resource type (give {@code *}). */
  public static final Action ACCEPT_FINANCING_APPLICATION_TERMS = Action.of(PREFIX, "AcceptFinancingApplicationTerms");

  /** {@code payments:CreateFinancingApplication}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_FINANCING_APPLICATION = Action.of(PREFIX, "CreateFinancingApplication");

  /** {@code payments:CreatePaymentInstrument}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_PAYMENT_INSTRUMENT = Action.of(PREFIX, "CreatePaymentInstrument");

  /** {@code payments:DeletePaymentInstrument}: Write; on no resource type (give {@code *}). */
  public static final Action DELETE_PAYMENT_INSTRUMENT = Action.of(PREFIX, "DeletePaymentInstrument");

  /** {@code payments:GetFinancingApplication}: Read; on no resource type (give {@code *}). */
  public static final Action GET_FINANCING_APPLICATION = Action.of(PREFIX, "GetFinancingApplication");

  /** {@code payments:GetFinancingLine}: Read; on no resource type (give {@code *}). */
  public static final Action GET_FINANCING_LINE = Action.of(PREFIX, "GetFinancingLine");

  /** {@code payments:GetFinancingLineWithdrawal}: Read; on no resource type (give {@code *}). */
  public static final Action GET_FINANCING_LINE_WITHDRAWAL = Action.of(PREFIX, "GetFinancingLineWithdrawal");

  /** {@code payments:GetFinancingOption}: Read; on no resource type (give {@code *}). */
  public static final Action GET_FINANCING_OPTION = Action.of(PREFIX, "GetFinancingOption");

  /** {@code payments:GetPaymentInstrument}: List; on payment-instrument. */
  public static final Action GET_PAYMENT_INSTRUMENT = Action.of(PREFIX, "GetPaymentInstrument");

  /** {@code payments:GetPaymentStatus}: Read; on no resource type (give {@code *}). */
  public static final Action GET_PAYMENT_STATUS = Action.of(PREFIX, "GetPaymentStatus");

  /** {@code payments:ListFinancingApplications}: List; on no resource type (give {@code *}). */
  public static final Action LIST_FINANCING_APPLICATIONS = Action.of(PREFIX, "ListFinancingApplications");

  /** {@code payments:ListFinancingLineWithdrawals}: List; on no resource type (give {@code *}). */
  public static final Action LIST_FINANCING_LINE_WITHDRAWALS = Action.of(PREFIX, "ListFinancingLineWithdrawals");

  /** {@code payments:ListFinancingLines}: List; on no resource type (give {@code *}). */
  public static final Action LIST_FINANCING_LINES = Action.of(PREFIX, "ListFinancingLines");

  /** {@code payments:ListPaymentInstruments}: List; on no resource type (give {@code *}). */
  public static final Action LIST_PAYMENT_INSTRUMENTS = Action.of(PREFIX, "ListPaymentInstruments");

  /** {@code payments:ListPaymentPreferences}: List; on no resource type (give {@code *}). */
  public static final Action LIST_PAYMENT_PREFERENCES = Action.of(PREFIX, "ListPaymentPreferences");

  /** {@code payments:ListPaymentProgramOptions}: List; on no resource type (give {@code *}). */
  public static final Action LIST_PAYMENT_PROGRAM_OPTIONS = Action.of(PREFIX, "ListPaymentProgramOptions");

  /** {@code payments:ListPaymentProgramStatus}: List; on no resource type (give {@code *}). */
  public static final Action LIST_PAYMENT_PROGRAM_STATUS = Action.of(PREFIX, "ListPaymentProgramStatus");

  /** {@code payments:ListTagsForResource}: List; on payment-instrument. */
  public static final Action LIST_TAGS_FOR_RESOURCE = Action.of(PREFIX, "ListTagsForResource");

  /** {@code payments:MakePayment}: Write; on no resource type (give {@code *}). */
  public static final Action MAKE_PAYMENT = Action.of(PREFIX, "MakePayment");

  /** {@code payments:TagResource}: Tagging; on payment-instrument. */
  public static final Action TAG_RESOURCE = Action.of(PREFIX, "TagResource");

  /** {@code payments:UntagResource}: Tagging; on payment-instrument. */
  public static final Action UNTAG_RESOURCE = Action.of(PREFIX, "UntagResource");

  /** {@code payments:UpdateFinancingApplication}: Write; on no resource type (give {@code *}). */
  public static final Action UPDATE_FINANCING_APPLICATION = Action.of(PREFIX, "UpdateFinancingApplication");

  /** {@code payments:UpdatePaymentInstrument}: Write; on no resource type (give {@code *}). */
  public static final Action UPDATE_PAYMENT_INSTRUMENT = Action.of(PREFIX, "UpdatePaymentInstrument");

  /** {@code payments:UpdatePaymentPreferences}: Write; on no resource type (give {@code *}). */
  public static final Action UPDATE_PAYMENT_PREFERENCES = Action.of(PREFIX, "UpdatePaymentPreferences");

  private Payments() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
