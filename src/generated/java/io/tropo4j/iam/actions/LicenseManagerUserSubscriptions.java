// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of AWS License Manager User Subscriptions (prefix {@code license-manager-user-subscriptions}), as the service authorization reference lists them.
 */
public final class LicenseManagerUserSubscriptions {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "license-manager-user-subscriptions";

  /** {@code license-manager-user-subscriptions:AssociateUser}: Write; on identity-provider. */
  public static final Action ASSOCIATE_USER = Action.of(PREFIX, "AssociateUser");

  /** {@code license-manager-user-subscriptions:CreateLicenseServerEndpoint}: Write; on identity-provider. */
  public static final Action CREATE_LICENSE_SERVER_ENDPOINT = Action.of(PREFIX, "CreateLicenseServerEndpoint");

  /** {@code license-manager-user-subscriptions:DeleteLicenseServerEndpoint}: Write; on identity-provider, license-server-endpoint. */
  public static final Action DELETE_LICENSE_SERVER_ENDPOINT = Action.of(PREFIX, "DeleteLicenseServerEndpoint");

  /** {@code license-manager-user-subscriptions:DeregisterIdentityProvider}: Write; on identity-provider. */
  public static final Action DEREGISTER_IDENTITY_PROVIDER = Action.of(PREFIX, "DeregisterIdentityProvider");

  /** {@code license-manager-user-subscriptions:DisassociateUser}: Write; on identity-provider, instance-user. */
  public static final Action DISASSOCIATE_USER = Action.of(PREFIX, "DisassociateUser");

  /** {@code license-manager-user-subscriptions:ListIdentityProviders}: List; on no resource type (give {@code *}). */
  public static final Action LIST_IDENTITY_PROVIDERS = Action.of(PREFIX, "ListIdentityProviders");

  /** {@code license-manager-user-subscriptions:ListInstances}: List; on no resource type (give {@code *}). */
  public static final Action LIST_INSTANCES = Action.of(PREFIX, "ListInstances");

  /** {@code license-manager-user-subscriptions:ListLicenseServerEndpoints}: List; on no resource type (give {@code *}). */
  public static final Action LIST_LICENSE_SERVER_ENDPOINTS = Action.of(PREFIX, "ListLicenseServerEndpoints");

  /** {@code license-manager-user-subscriptions:ListProductSubscriptions}: List; on identity-provider. */
  public static final Action LIST_PRODUCT_SUBSCRIPTIONS = Action.of(PREFIX, "ListProductSubscriptions");

  /** {@code license-manager-user-subscriptions:ListTagsForResource}: Read; on identity-provider, instance-user, license-server-endpoint, product-subscription. */
  public static final Action LIST_TAGS_FOR_RESOURCE = Action.of(PREFIX, "ListTagsForResource");

  /** {@code license-manager-user-subscriptions:ListUserAssociations}: List; on identity-provider. */
  public static final Action LIST_USER_ASSOCIATIONS = Action.of(PREFIX, "ListUserAssociations");

  /** {@code license-manager-user-subscriptions:RegisterIdentityProvider}: Write; on no resource type (give {@code *}). */
  public static final Action REGISTER_IDENTITY_PROVIDER = Action.of(PREFIX, "RegisterIdentityProvider");

  /** {@code license-manager-user-subscriptions:StartProductSubscription}: Write; on identity-provider. */
  public static final Action START_PRODUCT_SUBSCRIPTION = Action.of(PREFIX, "StartProductSubscription");

  /** {@code license-manager-user-subscriptions:StopProductSubscription}: Write; on identity-provider, product-subscription. */
  public static final Action STOP_PRODUCT_SUBSCRIPTION = Action.of(PREFIX, "StopProductSubscription");

  /** {@code license-manager-user-subscriptions:TagResource}: Tagging; on identity-provider, instance-user, license-server-endpoint, product-subscription. */
  public static final Action TAG_RESOURCE = Action.of(PREFIX, "TagResource");

  /** {@code license-manager-user-subscriptions:UntagResource}: Tagging; on identity-provider, instance-user, license-server-endpoint, product-subscription. */
  public static final Action UNTAG_RESOURCE = Action.of(PREFIX, "UntagResource");

  /** {@code license-manager-user-subscriptions:UpdateIdentityProviderSettings}: Write; on identity-provider. */
  public static final Action UPDATE_IDENTITY_PROVIDER_SETTINGS = Action.of(PREFIX, "UpdateIdentityProviderSettings");

  private LicenseManagerUserSubscriptions() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
