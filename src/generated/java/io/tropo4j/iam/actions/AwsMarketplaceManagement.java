// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of AWS Marketplace Management Portal (prefix {@code aws-marketplace-management}), as the service authorization reference lists them.
 */
public final class AwsMarketplaceManagement {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "aws-marketplace-management";

  /** {@code aws-marketplace-management:GetAdditionalSellerNotificationRecipients}: Read; on no resource type (give {@code *}). */
  public static final Action GET_ADDITIONAL_SELLER_NOTIFICATION_RECIPIENTS = Action.of(PREFIX, "GetAdditionalSellerNotificationRecipients");

  /** {@code aws-marketplace-management:GetBankAccountVerificationDetails}: Read; on no resource type (give {@code *}). */
  public static final Action GET_BANK_ACCOUNT_VERIFICATION_DETAILS = Action.of(PREFIX, "GetBankAccountVerificationDetails");

  /** {@code aws-marketplace-management:GetSecondaryUserVerificationDetails}: Read; on no resource type (give {@code *}). */
  public static final Action GET_SECONDARY_USER_VERIFICATION_DETAILS = Action.of(PREFIX, "GetSecondaryUserVerificationDetails");

  /** {@code aws-marketplace-management:GetSellerVerificationDetails}: Read; on no resource type (give {@code *}). */
  public static final Action GET_SELLER_VERIFICATION_DETAILS = Action.of(PREFIX, "GetSellerVerificationDetails");

  /** {@code aws-marketplace-management:PutAdditionalSellerNotificationRecipients}: Write; on no resource type (give {@code *}). */
  public static final Action PUT_ADDITIONAL_SELLER_NOTIFICATION_RECIPIENTS = Action.of(PREFIX, "PutAdditionalSellerNotificationRecipients");

  /** {@code aws-marketplace-management:PutBankAccountVerificationDetails}: Write; on no resource type (give {@code *}). */
  public static final Action PUT_BANK_ACCOUNT_VERIFICATION_DETAILS = Action.of(PREFIX, "PutBankAccountVerificationDetails");

  /** {@code aws-marketplace-management:PutSecondaryUserVerificationDetails}: Write; on no resource type (give {@code *}). */
  public static final Action PUT_SECONDARY_USER_VERIFICATION_DETAILS = Action.of(PREFIX, "PutSecondaryUserVerificationDetails");

  /** {@code aws-marketplace-management:PutSellerVerificationDetails}: Write; on no resource type (give {@code *}). */
  public static final Action PUT_SELLER_VERIFICATION_DETAILS = Action.of(PREFIX, "PutSellerVerificationDetails");

  /** {@code aws-marketplace-management:uploadFiles}: Write; on no resource type (give {@code *}). */
  public static final Action UPLOAD_FILES = Action.of(PREFIX, "uploadFiles");

  /** {@code aws-marketplace-management:viewMarketing}: List; on no resource type (give {@code *}). */
  public static final Action VIEW_MARKETING = Action.of(PREFIX, "viewMarketing");

  /** {@code aws-marketplace-management:viewReports}: List; on no resource type (give {@code *}). */
  public static final Action VIEW_REPORTS = Action.of(PREFIX, "viewReports");

  /** {@code aws-marketplace-management:viewSettings}: List; on no resource type (give {@code *}). */
  public static final Action VIEW_SETTINGS = Action.of(PREFIX, "viewSettings");

  /** {@code aws-marketplace-management:viewSupport}: List; on no resource type (give {@code *}). */
  public static final Action VIEW_SUPPORT = Action.of(PREFIX, "viewSupport");

  private AwsMarketplaceManagement() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
