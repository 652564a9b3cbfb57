// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of AWS User Notifications Contacts (prefix {@code notifications-contacts}), as the service authorization reference lists them.
 */
public final class NotificationsContacts {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "notifications-contacts";

  /** {@code notifications-contacts:ActivateEmailContact}: Write; on EmailContactResource. */
  public static final Action ACTIVATE_EMAIL_CONTACT = Action.of(PREFIX, "ActivateEmailContact");

  /** {@code notifications-contacts:CreateEmailContact}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_EMAIL_CONTACT = Action.of(PREFIX, "CreateEmailContact");

  /** {@code notifications-contacts:DeleteEmailContact}: Write; on EmailContactResource. */
  public static final Action DELETE_EMAIL_CONTACT = Action.of(PREFIX, "DeleteEmailContact");

  /** {@code notifications-contacts:GetEmailContact}: Read; on EmailContactResource. */
  public static final Action GET_EMAIL_CONTACT = Action.of(PREFIX, "GetEmailContact");

  /** {@code notifications-contacts:ListEmailContacts}: List; on no resource type (give {@code *}). */
  public static final Action LIST_EMAIL_CONTACTS = Action.of(PREFIX, "ListEmailContacts");

  /** {@code notifications-contacts:ListTagsForResource}: Read; on no resource type (give {@code *}). */
  public static final Action LIST_TAGS_FOR_RESOURCE = Action.of(PREFIX, "ListTagsForResource");

  /** {@code notifications-contacts:SendActivationCode}: Write; on EmailContactResource. */
  public static final Action SEND_ACTIVATION_CODE = Action.of(PREFIX, "SendActivationCode");

  /** {@code notifications-contacts:TagResource}: Tagging; on EmailContactResource. */
  public static final Action TAG_RESOURCE = Action.of(PREFIX, "TagResource");

  /** {@code notifications-contacts:UntagResource}: Tagging; on EmailContactResource. */
  public static final Action UNTAG_RESOURCE = Action.of(PREFIX, "UntagResource");

  private NotificationsContacts() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
