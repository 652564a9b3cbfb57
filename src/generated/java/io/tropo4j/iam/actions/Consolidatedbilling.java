// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of AWS Consolidated Billing (prefix {@code consolidatedbilling}), as the service authorization reference lists them.
 */
public final class Consolidatedbilling {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "consolidatedbilling";

  /** {@code consolidatedbilling:GetAccountBillingRole}: Read; on no resource type (give {@code *}). */
  public static final Action GET_ACCOUNT_BILLING_ROLE = Action.of(PREFIX, "GetAccountBillingRole");

  /** {@code consolidatedbilling:ListLinkedAccounts}: List; on no resource type (give {@code *}). */
  public static final Action LIST_LINKED_ACCOUNTS = Action.of(PREFIX, "ListLinkedAccounts");

  private Consolidatedbilling() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
