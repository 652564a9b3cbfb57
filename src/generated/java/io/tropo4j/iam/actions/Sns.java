// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of Amazon SNS (prefix {@code sns}), as the service authorization reference lists them.
 */
public final class Sns {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "sns";

  /** {@code sns:AddPermission}: Permissions management; on topic. */
  public static final Action ADD_PERMISSION = Action.of(PREFIX, "AddPermission");

  /** {@code sns:CheckIfPhoneNumberIsOptedOut}: Read; on no resource type (give {@code *}). */
  public static final Action CHECK_IF_PHONE_NUMBER_IS_OPTED_OUT = Action.of(PREFIX, "CheckIfPhoneNumberIsOptedOut");

  /** {@code sns:ConfirmSubscription}: Write; on topic. */
  public static final Action CONFIRM_SUBSCRIPTION = Action.of(PREFIX, "ConfirmSubscription");

  /** {@code sns:CreatePlatformApplication}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_PLATFORM_APPLICATION = Action.of(PREFIX, "CreatePlatformApplication");

  /** {@code sns:CreatePlatformEndpoint}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_PLATFORM_ENDPOINT = Action.of(PREFIX, "CreatePlatformEndpoint");

  /** {@code sns:CreateSMSSandboxPhoneNumber}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_SMS_SANDBOX_PHONE_NUMBER = Action.of(PREFIX, "CreateSMSSandboxPhoneNumber");

  /** {@code sns:CreateTopic}: Permissions management; on topic. */
  public static final Action CREATE_TOPIC = Action.of(PREFIX, "CreateTopic");

  /** {@code sns:DeleteEndpoint}: Write; on no resource type (give {@code *}). */
  public static final Action DELETE_ENDPOINT = Action.of(PREFIX, "DeleteEndpoint");

  /** {@code sns:DeletePlatformApplication}: Write; on no resource type (give {@code *}). */
  public static final Action DELETE_PLATFORM_APPLICATION = Action.of(PREFIX, "DeletePlatformApplication");

  /** {@code sns:DeleteSMSSandboxPhoneNumber}: Write; on no resource type (give {@code *}). */
  public static final Action DELETE_SMS_SANDBOX_PHONE_NUMBER = Action.of(PREFIX, "DeleteSMSSandboxPhoneNumber");

  /** {@code sns:DeleteTopic}: Write; on topic. */
  public static final Action DELETE_TOPIC = Action.of(PREFIX, "DeleteTopic");

  /** {@code sns:GetDataProtectionPolicy}: Read; on topic. */
  public static final Action GET_DATA_PROTECTION_POLICY = Action.of(PREFIX, "GetDataProtectionPolicy");

  /** {@code sns:GetEndpointAttributes}: Read; on no resource type (give {@code *}). */
  public static final Action GET_ENDPOINT_ATTRIBUTES = Action.of(PREFIX, "GetEndpointAttributes");

  /** {@code sns:GetPlatformApplicationAttributes}: Read; on no resource type (give {@code *}). */
  public static final Action GET_PLATFORM_APPLICATION_ATTRIBUTES = Action.of(PREFIX, "GetPlatformApplicationAttributes");

  /** {@code sns:GetSMSAttributes}: Read; on no resource type (give {@code *}). */
  public static final Action GET_SMS_ATTRIBUTES = Action.of(PREFIX, "GetSMSAttributes");

  /** {@code sns:GetSMSSandboxAccountStatus}: Read; on no resource type (give {@code *}). */
  public static final Action GET_SMS_SANDBOX_ACCOUNT_STATUS = Action.of(PREFIX, "GetSMSSandboxAccountStatus");

  /** {@code sns:GetSubscriptionAttributes}: Read; on no resource type (give {@code *}). */
  public static final Action GET_SUBSCRIPTION_ATTRIBUTES = Action.of(PREFIX, "GetSubscriptionAttributes");

  /** {@code sns:GetTopicAttributes}: Read; on topic. */
  public static final Action GET_TOPIC_ATTRIBUTES = Action.of(PREFIX, "GetTopicAttributes");

  /** {@code sns:ListEndpointsByPlatformApplication}: List; on no resource type (give {@code *}). */
  public static final Action LIST_ENDPOINTS_BY_PLATFORM_APPLICATION = Action.of(PREFIX, "ListEndpointsByPlatformApplication");

  /** {@code sns:ListOriginationNumbers}: List; on no resource type (give {@code *}). */
  public static final Action LIST_ORIGINATION_NUMBERS = Action.of(PREFIX, "ListOriginationNumbers");

  /** {@code sns:ListPhoneNumbersOptedOut}: Read; on no resource type (give {@code *}). */
  public static final Action LIST_PHONE_NUMBERS_OPTED_OUT = Action.of(PREFIX, "ListPhoneNumbersOptedOut");

  /** {@code sns:ListPlatformApplications}: List; on no resource type (give {@code *}). */
  public static final Action LIST_PLATFORM_APPLICATIONS = Action.of(PREFIX, "ListPlatformApplications");

  /** {@code sns:ListSMSSandboxPhoneNumbers}: List; on no resource type (give {@code *}). */
  public static final Action LIST_SMS_SANDBOX_PHONE_NUMBERS = Action.of(PREFIX, "ListSMSSandboxPhoneNumbers");

  /** {@code sns:ListSubscriptions}: List; on no resource type (give {@code *}). */
  public static final Action LIST_SUBSCRIPTIONS = Action.of(PREFIX, "ListSubscriptions");

  /** {@code sns:ListSubscriptionsByTopic}: List; on topic. */
  public static final Action LIST_SUBSCRIPTIONS_BY_TOPIC = Action.of(PREFIX, "ListSubscriptionsByTopic");

  /** {@code sns:ListTagsForResource}: Read; on topic. */
  public static final Action LIST_TAGS_FOR_RESOURCE = Action.of(PREFIX, "ListTagsForResource");

  /** {@code sns:ListTopics}: List; on no resource type (give {@code *}). */
  public static final Action LIST_TOPICS = Action.of(PREFIX, "ListTopics");

  /** {@code sns:OptInPhoneNumber}: Write; on no resource type (give {@code *}). */
  public static final Action OPT_IN_PHONE_NUMBER = Action.of(PREFIX, "OptInPhoneNumber");

  /** {@code sns:Publish}: Write; on topic. */
  public static final Action PUBLISH = Action.of(PREFIX, "Publish");

  /** {@code sns:PutDataProtectionPolicy}: Write; on topic. */
  public static final Action PUT_DATA_PROTECTION_POLICY = Action.of(PREFIX, "PutDataProtectionPolicy");

  /** {@code sns:RemovePermission}: Permissions management; on topic. */
  public static final Action REMOVE_PERMISSION = Action.of(PREFIX, "RemovePermission");

  /** {@code sns:SetEndpointAttributes}: Write; on no resource type (give {@code *}). */
  public static final Action SET_ENDPOINT_ATTRIBUTES = Action.of(PREFIX, "SetEndpointAttributes");

  /** {@code sns:SetPlatformApplicationAttributes}: Write; on no resource type (give {@code *}). */
  public static final Action SET_PLATFORM_APPLICATION_ATTRIBUTES = Action.of(PREFIX, "SetPlatformApplicationAttributes");

  /** {@code sns:SetSMSAttributes}: Write; on no resource type (give {@code *}). */
  public static final Action SET_SMS_ATTRIBUTES = Action.of(PREFIX, "SetSMSAttributes");

  /** {@code sns:SetSubscriptionAttributes}: Write; on no resource type (give {@code *}). */
  public static final Action SET_SUBSCRIPTION_ATTRIBUTES = Action.of(PREFIX, "SetSubscriptionAttributes");

  /** {@code sns:SetTopicAttributes}: Permissions management; on topic. */
  public static final Action SET_TOPIC_ATTRIBUTES = Action.of(PREFIX, "SetTopicAttributes");

  /** {@code sns:Subscribe}: Write; on topic. */
  public static final Action SUBSCRIBE = Action.of(PREFIX, "Subscribe");

  /** {@code sns:TagResource}: Tagging; on topic. */
  public static final Action TAG_RESOURCE = Action.of(PREFIX, "TagResource");

  /** {@code sns:Unsubscribe}: Write; on no resource type (give {@code *}). */
  public static final Action UNSUBSCRIBE = Action.of(PREFIX, "Unsubscribe");

  /** {@code sns:UntagResource}: Tagging; on topic. */
  public static final Action UNTAG_RESOURCE = Action.of(PREFIX, "UntagResource");

  /** {@code sns:VerifySMSSandboxPhoneNumber}: Write; on no resource type (give {@code *}). */
  public static final Action VERIFY_SMS_SANDBOX_PHONE_NUMBER = Action.of(PREFIX, "VerifySMSSandboxPhoneNumber");

  private Sns() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
