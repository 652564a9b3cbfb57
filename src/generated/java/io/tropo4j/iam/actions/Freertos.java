// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of Amazon FreeRTOS (prefix {@code freertos}), as the service authorization reference lists them.
 */
public final class Freertos {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "freertos";

  /** {@code freertos:CreateSoftwareConfiguration}: Write; on configuration. */
  public static final Action CREATE_SOFTWARE_CONFIGURATION = Action.of(PREFIX, "CreateSoftwareConfiguration");

  /** {@code freertos:CreateSubscription}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_SUBSCRIPTION = Action.of(PREFIX, "CreateSubscription");

  /** {@code freertos:DeleteSoftwareConfiguration}: Write; on configuration. */
  public static final Action DELETE_SOFTWARE_CONFIGURATION = Action.of(PREFIX, "DeleteSoftwareConfiguration");

  /** {@code freertos:DescribeHardwarePlatform}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_HARDWARE_PLATFORM = Action.of(PREFIX, "DescribeHardwarePlatform");

  /** {@code freertos:DescribeSoftwareConfiguration}: Read; on configuration. */
  public static final Action DESCRIBE_SOFTWARE_CONFIGURATION = Action.of(PREFIX, "DescribeSoftwareConfiguration");

  /** {@code freertos:DescribeSubscription}: Read; on subscription. */
  public static final Action DESCRIBE_SUBSCRIPTION = Action.of(PREFIX, "DescribeSubscription");

  /** {@code freertos:GetEmpPatchUrl}: Read; on no resource type (give {@code *}). */
  public static final Action GET_EMP_PATCH_URL = Action.of(PREFIX, "GetEmpPatchUrl");

  /** {@code freertos:GetSoftwareURL}: Read; on no resource type (give {@code *}). */
  public static final Action GET_SOFTWARE_URL = Action.of(PREFIX, "GetSoftwareURL");

  /** {@code freertos:GetSoftwareURLForConfiguration}: Read; on no resource type (give {@code *}). */
  public static final Action GET_SOFTWARE_URL_FOR_CONFIGURATION = Action.of(PREFIX, "GetSoftwareURLForConfiguration");

  /** {@code freertos:GetSubscriptionBillingAmount}: Read; on no resource type (give {@code *}). */
  public static final Action GET_SUBSCRIPTION_BILLING_AMOUNT = Action.of(PREFIX, "GetSubscriptionBillingAmount");

  /** {@code freertos:ListFreeRTOSVersions}: List; on no resource type (give {@code *}). */
  public static final Action LIST_FREE_RTOS_VERSIONS = Action.of(PREFIX, "ListFreeRTOSVersions");

  /** {@code freertos:ListHardwarePlatforms}: List; on no resource type (give {@code *}). */
  public static final Action LIST_HARDWARE_PLATFORMS = Action.of(PREFIX, "ListHardwarePlatforms");

  /** {@code freertos:ListHardwareVendors}: List; on no resource type (give {@code *}). */
  public static final Action LIST_HARDWARE_VENDORS = Action.of(PREFIX, "ListHardwareVendors");

  /** {@code freertos:ListSoftwareConfigurations}: List; on no resource type (give {@code *}). */
  public static final Action LIST_SOFTWARE_CONFIGURATIONS = Action.of(PREFIX, "ListSoftwareConfigurations");

  /** {@code freertos:ListSoftwarePatches}: List; on no resource type (give {@code *}). */
  public static final Action LIST_SOFTWARE_PATCHES = Action.of(PREFIX, "ListSoftwarePatches");

  /** {@code freertos:ListSubscriptionEmails}: List; on no resource type (give {@code *}). */
  public static final Action LIST_SUBSCRIPTION_EMAILS = Action.of(PREFIX, "ListSubscriptionEmails");

  /** {@code freertos:ListSubscriptions}: List; on no resource type (give {@code *}). */
  public static final Action LIST_SUBSCRIPTIONS = Action.of(PREFIX, "ListSubscriptions");

  /** {@code freertos:UpdateEmailRecipients}: Write; on no resource type (give {@code *}). */
  public static final Action UPDATE_EMAIL_RECIPIENTS = Action.of(PREFIX, "UpdateEmailRecipients");

  /** {@code freertos:UpdateSoftwareConfiguration}: Write; on configuration. */
  public static final Action UPDATE_SOFTWARE_CONFIGURATION = Action.of(PREFIX, "UpdateSoftwareConfiguration");

  /** {@code freertos:VerifyEmail}: Write; on no resource type (give {@code *}). */
  public static final Action VERIFY_EMAIL = Action.of(PREFIX, "VerifyEmail");

  private Freertos() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
