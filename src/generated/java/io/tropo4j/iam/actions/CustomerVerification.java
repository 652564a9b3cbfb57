// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of AWS Customer Verification Service (prefix {@code customer-verification}), as the service authorization reference lists them.
 */
public final class CustomerVerification {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "customer-verification";

  /** {@code customer-verification:CreateCustomerVerificationDetails}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_CUSTOMER_VERIFICATION_DETAILS = Action.of(PREFIX, "CreateCustomerVerificationDetails");

  /** {@code customer-verification:CreateUploadUrls}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_UPLOAD_URLS = Action.of(PREFIX, "CreateUploadUrls");

  /** {@code customer-verification:GetCustomerVerificationDetails}: Read; on no resource type (give {@code *}). */
  public static final Action GET_CUSTOMER_VERIFICATION_DETAILS = Action.of(PREFIX, "GetCustomerVerificationDetails");

  /** {@code customer-verification:GetCustomerVerificationEligibility}: Read; on no resource type (give {@code *}). */
  public static final Action GET_CUSTOMER_VERIFICATION_ELIGIBILITY = Action.of(PREFIX, "GetCustomerVerificationEligibility");

  /** {@code customer-verification:UpdateCustomerVerificationDetails}: Write; on no resource type (give {@code *}). */
  public static final Action UPDATE_CUSTOMER_VERIFICATION_DETAILS = Action.of(PREFIX, "UpdateCustomerVerificationDetails");

  private CustomerVerification() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
