// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of AWS User Notifications (prefix {@code notifications}), as the service authorization reference lists them.
 */
public final class Notifications {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "notifications";

  /** {@code notifications:AssociateChannel}: Write; on NotificationConfiguration. */
  public static final Action ASSOCIATE_CHANNEL = Action.of(PREFIX, "AssociateChannel");

  /** {@code notifications:AssociateManagedNotificationAccountContact}: Write; on ManagedNotificationConfiguration. */
  public static final Action ASSOCIATE_MANAGED_NOTIFICATION_ACCOUNT_CONTACT = Action.of(PREFIX, "AssociateManagedNotificationAccountContact");

  /** {@code notifications:AssociateManagedNotificationAdditionalChannel}: Write; on ManagedNotificationConfiguration. */
  public static final Action ASSOCIATE_MANAGED_NOTIFICATION_ADDITIONAL_CHANNEL = Action.of(PREFIX, "AssociateManagedNotificationAdditionalChannel");

  /** {@code notifications:AssociateOrganizationalUnit}: Write; on NotificationConfiguration. */
  public static final Action ASSOCIATE_ORGANIZATIONAL_UNIT = Action.of(PREFIX, "AssociateOrganizationalUnit");

  /** {@code notifications:CreateEventRule}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_EVENT_RULE = Action.of(PREFIX, "CreateEventRule");

  /** {@code notifications:CreateNotificationConfiguration}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_NOTIFICATION_CONFIGURATION = Action.of(PREFIX, "CreateNotificationConfiguration");

  /** {@code notifications:DeleteEventRule}: Write; on EventRule. */
  public static final Action DELETE_EVENT_RULE = Action.of(PREFIX, "DeleteEventRule");

  /** {@code notifications:DeleteNotificationConfiguration}: Write; on NotificationConfiguration. */
  public static final Action DELETE_NOTIFICATION_CONFIGURATION = Action.of(PREFIX, "DeleteNotificationConfiguration");

  /** {@code notifications:DeregisterNotificationHub}: Write; on no resource type (give {@code *}). */
  public static final Action DEREGISTER_NOTIFICATION_HUB = Action.of(PREFIX, "DeregisterNotificationHub");

  /** {@code notifications:DisableNotificationsAccessForOrganization}: Permissions management; on no resource type (give {@code *}). */
  public static final Action DISABLE_NOTIFICATIONS_ACCESS_FOR_ORGANIZATION = Action.of(PREFIX, "DisableNotificationsAccessForOrganization");

  /** {@code notifications:DisassociateChannel}: Write; on NotificationConfiguration. */
  public static final Action DISASSOCIATE_CHANNEL = Action.of(PREFIX, "DisassociateChannel");

  /** {@code notifications:DisassociateManagedNotificationAccountContact}: Write; on ManagedNotificationConfiguration. */
  public static final Action DISASSOCIATE_MANAGED_NOTIFICATION_ACCOUNT_CONTACT = Action.of(PREFIX, "DisassociateManagedNotificationAccountContact");

  /** {@code notifications:DisassociateManagedNotificationAdditionalChannel}: Write; on ManagedNotificationConfiguration. */
  public static final Action DISASSOCIATE_MANAGED_NOTIFICATION_ADDITIONAL_CHANNEL = Action.of(PREFIX, "DisassociateManagedNotificationAdditionalChannel");

  /** {@code notifications:DisassociateOrganizationalUnit}: Write; on NotificationConfiguration. */
  public static final Action DISASSOCIATE_ORGANIZATIONAL_UNIT = Action.of(PREFIX, "DisassociateOrganizationalUnit");

  /** {@code notifications:EnableNotificationsAccessForOrganization}: Permissions management; on no resource type (give {@code *}). */
  public static final Action ENABLE_NOTIFICATIONS_ACCESS_FOR_ORGANIZATION = Action.of(PREFIX, "EnableNotificationsAccessForOrganization");

  /** {@code notifications:GetEventRule}: Read; on EventRule. */
  public static final Action GET_EVENT_RULE = Action.of(PREFIX, "GetEventRule");

  /** {@code notifications:GetFeatureOptInStatus}: Read; on no resource type (give {@code *}). */
  public static final Action GET_FEATURE_OPT_IN_STATUS = Action.of(PREFIX, "GetFeatureOptInStatus");

  /** {@code notifications:GetManagedNotificationChildEvent}: Read; on ManagedNotificationChildEvent. */
  public static final Action GET_MANAGED_NOTIFICATION_CHILD_EVENT = Action.of(PREFIX, "GetManagedNotificationChildEvent");

  /** {@code notifications:GetManagedNotificationConfiguration}: Read; on ManagedNotificationConfiguration. */
  public static final Action GET_MANAGED_NOTIFICATION_CONFIGURATION = Action.of(PREFIX, "GetManagedNotificationConfiguration");

  /** {@code notifications:GetManagedNotificationEvent}: Read; on ManagedNotificationEvent. */
  public static final Action GET_MANAGED_NOTIFICATION_EVENT = Action.of(PREFIX, "GetManagedNotificationEvent");

  /** {@code notifications:GetNotificationConfiguration}: Read; on NotificationConfiguration. */
  public static final Action GET_NOTIFICATION_CONFIGURATION = Action.of(PREFIX, "GetNotificationConfiguration");

  /** {@code notifications:GetNotificationEvent}: Read; on NotificationEvent. */
  public static final Action GET_NOTIFICATION_EVENT = Action.of(PREFIX, "GetNotificationEvent");

  /** {@code notifications:GetNotificationsAccessForOrganization}: Read; on no resource type (give {@code *}). */
  public static final Action GET_NOTIFICATIONS_ACCESS_FOR_ORGANIZATION = Action.of(PREFIX, "GetNotificationsAccessForOrganization");

  /** {@code notifications:ListChannels}: List; on NotificationConfiguration. */
  public static final Action LIST_CHANNELS = Action.of(PREFIX, "ListChannels");

  /** {@code notifications:ListEventRules}: List; on no resource type (give {@code *}). */
  public static final Action LIST_EVENT_RULES = Action.of(PREFIX, "ListEventRules");

  /** {@code notifications:ListManagedNotificationChannelAssociations}: List; on ManagedNotificationConfiguration. */
  public static final Action LIST_MANAGED_NOTIFICATION_CHANNEL_ASSOCIATIONS = Action.of(PREFIX, "ListManagedNotificationChannelAssociations");

  /** {@code notifications:ListManagedNotificationChildEvents}: List; on no resource type (give {@code *}). */
  public static final Action LIST_MANAGED_NOTIFICATION_CHILD_EVENTS = Action.of(PREFIX, "ListManagedNotificationChildEvents");

  /** {@code notifications:ListManagedNotificationConfigurations}: List; on no resource type (give {@code *}). */
  public static final Action LIST_MANAGED_NOTIFICATION_CONFIGURATIONS = Action.of(PREFIX, "ListManagedNotificationConfigurations");

  /** {@code notifications:ListManagedNotificationEvents}: List; on no resource type (give {@code *}). */
  public static final Action LIST_MANAGED_NOTIFICATION_EVENTS = Action.of(PREFIX, "ListManagedNotificationEvents");

  /** {@code notifications:ListMemberAccounts}: List; on NotificationConfiguration. */
  public static final Action LIST_MEMBER_ACCOUNTS = Action.of(PREFIX, "ListMemberAccounts");

  /** {@code notifications:ListNotificationConfigurations}: List; on no resource type (give {@code *}). */
  public static final Action LIST_NOTIFICATION_CONFIGURATIONS = Action.of(PREFIX, "ListNotificationConfigurations");

  /** {@code notifications:ListNotificationEvents}: List; on no resource type (give {@code *}). */
  public static final Action LIST_NOTIFICATION_EVENTS = Action.of(PREFIX, "ListNotificationEvents");

  /** {@code notifications:ListNotificationHubs}: List; on no resource type (give {@code *}). */
  public static final Action LIST_NOTIFICATION_HUBS = Action.of(PREFIX, "ListNotificationHubs");

  /** {@code notifications:ListOrganizationalUnits}: List; on NotificationConfiguration. */
  public static final Action LIST_ORGANIZATIONAL_UNITS = Action.of(PREFIX, "ListOrganizationalUnits");

  /** {@code notifications:ListTagsForResource}: List; on no resource type (give {@code *}). */
  public static final Action LIST_TAGS_FOR_RESOURCE = Action.of(PREFIX, "ListTagsForResource");

  /** {@code notifications:PutFeatureOptInStatus}: Write; on no resource type (give {@code *}). */
  public static final Action PUT_FEATURE_OPT_IN_STATUS = Action.of(PREFIX, "PutFeatureOptInStatus");

  /** {@code notifications:RegisterNotificationHub}: Write; on no resource type (give {@code *}). */
  public static final Action REGISTER_NOTIFICATION_HUB = Action.of(PREFIX, "RegisterNotificationHub");

  /** {@code notifications:TagResource}: Tagging; on NotificationConfiguration. */
  public static final Action TAG_RESOURCE = Action.of(PREFIX, "TagResource");

  /** {@code notifications:UntagResource}: Tagging; on NotificationConfiguration. */
  public static final Action UNTAG_RESOURCE = Action.of(PREFIX, "UntagResource");

  /** {@code notifications:UpdateEventRule}: Write; on EventRule. */
  public static final Action UPDATE_EVENT_RULE = Action.of(PREFIX, "UpdateEventRule");

  /** {@code notifications:UpdateNotificationConfiguration}: Write; on NotificationConfiguration. */
  public static final Action UPDATE_NOTIFICATION_CONFIGURATION = Action.of(PREFIX, "UpdateNotificationConfiguration");

  private Notifications() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
