// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of AWS PricingPlanManager Service (prefix {@code pricingplanmanager}), as the service authorization reference lists them.
 */
public final class Pricingplanmanager {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "pricingplanmanager";

  /** {@code pricingplanmanager:AssociateResourcesToSubscription}: Write; on no resource type (give {@code *}). */
  public static final Action ASSOCIATE_RESOURCES_TO_SUBSCRIPTION = Action.of(PREFIX, "AssociateResourcesToSubscription");

  /** {@code pricingplanmanager:CancelSubscription}: Write; on no resource type (give {@code *}). */
  public static final Action CANCEL_SUBSCRIPTION = Action.of(PREFIX, "CancelSubscription");

  /** {@code pricingplanmanager:CancelSubscriptionChange}: Write; on no resource type (give {@code *}). */
  public static final Action CANCEL_SUBSCRIPTION_CHANGE = Action.of(PREFIX, "CancelSubscriptionChange");

  /** {@code pricingplanmanager:CreateSubscription}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_SUBSCRIPTION = Action.of(PREFIX, "CreateSubscription");

  /** {@code pricingplanmanager:DisassociateResourcesFromSubscription}: Write; on no resource type (give {@code *}). */
  public static final Action DISASSOCIATE_RESOURCES_FROM_SUBSCRIPTION = Action.of(PREFIX, "DisassociateResourcesFromSubscription");

  /** {@code pricingplanmanager:GetSubscription}: Read; on no resource type (give {@code *}). */
  public static final Action GET_SUBSCRIPTION = Action.of(PREFIX, "GetSubscription");

  /** {@code pricingplanmanager:ListSubscriptions}: Read; on no resource type (give {@code *}). */
  public static final Action LIST_SUBSCRIPTIONS = Action.of(PREFIX, "ListSubscriptions");

  /** {@code pricingplanmanager:UpdateSubscription}: Write; on no resource type (give {@code *}). */
  public static final Action UPDATE_SUBSCRIPTION = Action.of(PREFIX, "UpdateSubscription");

  private Pricingplanmanager() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
