// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of AWS End User Messaging Social (prefix {@code social-messaging}), as the service authorization reference lists them.
 */
public final class SocialMessaging {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "social-messaging";

  /** {@code social-messaging:AssociateWhatsAppBusinessAccount}: Write; on no resource type (give {@code *}). */
  public static final Action ASSOCIATE_WHATS_APP_BUSINESS_ACCOUNT = Action.of(PREFIX, "AssociateWhatsAppBusinessAccount");

  /** {@code social-messaging:CreateWhatsAppMessageTemplate}: Write; on waba. */
  public static final Action CREATE_WHATS_APP_MESSAGE_TEMPLATE = Action.of(PREFIX, "CreateWhatsAppMessageTemplate");

  /** {@code social-messaging:CreateWhatsAppMessageTemplateFromLibrary}: Write; on waba. */
  public static final Action CREATE_WHATS_APP_MESSAGE_TEMPLATE_FROM_LIBRARY = Action.of(PREFIX, "CreateWhatsAppMessageTemplateFromLibrary");

  /** {@code social-messaging:CreateWhatsAppMessageTemplateMedia}: Write; on waba. */
  public static final Action CREATE_WHATS_APP_MESSAGE_TEMPLATE_MEDIA = Action.of(PREFIX, "CreateWhatsAppMessageTemplateMedia");

  /** {@code social-messaging:DeleteWhatsAppMessageMedia}: Write; on phone-number-id. */
  public static final Action DELETE_WHATS_APP_MESSAGE_MEDIA = Action.of(PREFIX, "DeleteWhatsAppMessageMedia");

  /** {@code social-messaging:DeleteWhatsAppMessageTemplate}: Write; on waba. */
  public static final Action DELETE_WHATS_APP_MESSAGE_TEMPLATE = Action.of(PREFIX, "DeleteWhatsAppMessageTemplate");

  /** {@code social-messaging:DisassociateWhatsAppBusinessAccount}: Write; on waba. */
  public static final Action DISASSOCIATE_WHATS_APP_BUSINESS_ACCOUNT = Action.of(PREFIX, "DisassociateWhatsAppBusinessAccount");

  /** {@code social-messaging:GetLinkedWhatsAppBusinessAccount}: Read; on waba. */
  public static final Action GET_LINKED_WHATS_APP_BUSINESS_ACCOUNT = Action.of(PREFIX, "GetLinkedWhatsAppBusinessAccount");

  /** {@code social-messaging:GetLinkedWhatsAppBusinessAccountPhoneNumber}: Read; on phone-number-id. */
  public static final Action GET_LINKED_WHATS_APP_BUSINESS_ACCOUNT_PHONE_NUMBER = Action.of(PREFIX, "GetLinkedWhatsAppBusinessAccountPhoneNumber");

  /** {@code social-messaging:GetWhatsAppMessageMedia}: Write; on phone-number-id. */
  public static final Action GET_WHATS_APP_MESSAGE_MEDIA = Action.of(PREFIX, "GetWhatsAppMessageMedia");

  /** {@code social-messaging:GetWhatsAppMessageTemplate}: Read; on waba. */
  public static final Action GET_WHATS_APP_MESSAGE_TEMPLATE = Action.of(PREFIX, "GetWhatsAppMessageTemplate");

  /** {@code social-messaging:ListLinkedWhatsAppBusinessAccounts}: List; on no resource type (give {@code *}). */
  public static final Action LIST_LINKED_WHATS_APP_BUSINESS_ACCOUNTS = Action.of(PREFIX, "ListLinkedWhatsAppBusinessAccounts");

  /** {@code social-messaging:ListTagsForResource}: Read; on phone-number-id, waba. */
  public static final Action LIST_TAGS_FOR_RESOURCE = Action.of(PREFIX, "ListTagsForResource");

  /** {@code social-messaging:ListWhatsAppMessageTemplates}: List; on waba. */
  public static final Action LIST_WHATS_APP_MESSAGE_TEMPLATES = Action.of(PREFIX, "ListWhatsAppMessageTemplates");

  /** {@code social-messaging:ListWhatsAppTemplateLibrary}: List; on waba. */
  public static final Action LIST_WHATS_APP_TEMPLATE_LIBRARY = Action.of(PREFIX, "ListWhatsAppTemplateLibrary");

  /** {@code social-messaging:PostWhatsAppMessageMedia}: Write; on phone-number-id. */
  public static final Action POST_WHATS_APP_MESSAGE_MEDIA = Action.of(PREFIX, "PostWhatsAppMessageMedia");

  /** {@code social-messaging:PutWhatsAppBusinessAccountEventDestinations}: Write; on waba. */
  public static final Action PUT_WHATS_APP_BUSINESS_ACCOUNT_EVENT_DESTINATIONS = Action.of(PREFIX, "PutWhatsAppBusinessAccountEventDestinations");

  /** {@code social-messaging:SendWhatsAppMessage}: Write; on phone-number-id. */
  public static final Action SEND_WHATS_APP_MESSAGE = Action.of(PREFIX, "SendWhatsAppMessage");

  /** {@code social-messaging:TagResource}: Tagging; on phone-number-id, waba. */
  public static final Action TAG_RESOURCE = Action.of(PREFIX, "TagResource");

  /** {@code social-messaging:UntagResource}: Tagging; on phone-number-id, waba. */
  public static final Action UNTAG_RESOURCE = Action.of(PREFIX, "UntagResource");

  /** {@code social-messaging:UpdateWhatsAppMessageTemplate}: Write; on waba. */
  public static final Action UPDATE_WHATS_APP_MESSAGE_TEMPLATE = Action.of(PREFIX, "UpdateWhatsAppMessageTemplate");

  private SocialMessaging() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
