// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of AWS License Manager Linux Subscriptions Manager (prefix {@code license-manager-linux-subscriptions}), as the service authorization reference lists them.
 */
public final class LicenseManagerLinuxSubscriptions {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "license-manager-linux-subscriptions";

  /** {@code license-manager-linux-subscriptions:DeregisterSubscriptionProvider}: Write; on subscription-provider. */
  public static final Action DEREGISTER_SUBSCRIPTION_PROVIDER = Action.of(PREFIX, "DeregisterSubscriptionProvider");

  /** {@code license-manager-linux-subscriptions:GetRegisteredSubscriptionProvider}: Read; on subscription-provider. */
  public static final Action GET_REGISTERED_SUBSCRIPTION_PROVIDER = Action.of(PREFIX, "GetRegisteredSubscriptionProvider");

  /** {@code license-manager-linux-subscriptions:GetServiceSettings}: Read; on no resource type (give {@code *}). */
  public static final Action GET_SERVICE_SETTINGS = Action.of(PREFIX, "GetServiceSettings");

  /** {@code license-manager-linux-subscriptions:ListLinuxSubscriptionInstances}: Read; on no resource type (give {@code *}). */
  public static final Action LIST_LINUX_SUBSCRIPTION_INSTANCES = Action.of(PREFIX, "ListLinuxSubscriptionInstances");

  /** {@code license-manager-linux-subscriptions:ListLinuxSubscriptions}: Read; on no resource type (give {@code *}). */
  public static final Action LIST_LINUX_SUBSCRIPTIONS = Action.of(PREFIX, "ListLinuxSubscriptions");

  /** {@code license-manager-linux-subscriptions:ListRegisteredSubscriptionProviders}: Read; on no resource type (give {@code *}). */
  public static final Action LIST_REGISTERED_SUBSCRIPTION_PROVIDERS = Action.of(PREFIX, "ListRegisteredSubscriptionProviders");

  /** {@code license-manager-linux-subscriptions:ListTagsForResource}: Read; on subscription-provider. */
  public static final Action LIST_TAGS_FOR_RESOURCE = Action.of(PREFIX, "ListTagsForResource");

  /** {@code license-manager-linux-subscriptions:RegisterSubscriptionProvider}: Write; on no resource type (give {@code *}). */
  public static final Action REGISTER_SUBSCRIPTION_PROVIDER = Action.of(PREFIX, "RegisterSubscriptionProvider");

  /** {@code license-manager-linux-subscriptions:TagResource}: Tagging; on subscription-provider. */
  public static final Action TAG_RESOURCE = Action.of(PREFIX, "TagResource");

  /** {@code license-manager-linux-subscriptions:UntagResource}: Tagging; on subscription-provider. */
  public static final Action UNTAG_RESOURCE = Action.of(PREFIX, "UntagResource");

  /** {@code license-manager-linux-subscriptions:UpdateServiceSettings}: Write; on no resource type (give {@code *}). */
  public static final Action UPDATE_SERVICE_SETTINGS = Action.of(PREFIX, "UpdateServiceSettings");

  private LicenseManagerLinuxSubscriptions() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
