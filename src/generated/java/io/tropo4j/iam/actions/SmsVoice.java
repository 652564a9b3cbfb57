// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of Amazon Pinpoint SMS and Voice Service (prefix {@code sms-voice}), as the service authorization reference lists them.
 */
public final class SmsVoice {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "sms-voice";

  /** {@code sms-voice:AssociateOriginationIdentity}: Write; on PhoneNumber, Pool, SenderId. */
  public static final Action ASSOCIATE_ORIGINATION_IDENTITY = Action.of(PREFIX, "AssociateOriginationIdentity");

  /** {@code sms-voice:AssociateProtectConfiguration}: Write; on ConfigurationSet, ProtectConfiguration. */
  public static final Action ASSOCIATE_PROTECT_CONFIGURATION = Action.of(PREFIX, "AssociateProtectConfiguration");

  /** {@code sms-voice:CreateConfigurationSet}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_CONFIGURATION_SET = Action.of(PREFIX, "CreateConfigurationSet");

  /** {@code sms-voice:CreateConfigurationSetEventDestination}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_CONFIGURATION_SET_EVENT_DESTINATION = Action.of(PREFIX, "CreateConfigurationSetEventDestination");

  /** {@code sms-voice:CreateEventDestination}: Write; on ConfigurationSet. */
  public static final Action CREATE_EVENT_DESTINATION = Action.of(PREFIX, "CreateEventDestination");

  /** {@code sms-voice:CreateOptOutList}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_OPT_OUT_LIST = Action.of(PREFIX, "CreateOptOutList");

  /** {@code sms-voice:CreatePool}: Write; on PhoneNumber, SenderId. */
  public static final Action CREATE_POOL = Action.of(PREFIX, "CreatePool");

  /** {@code sms-voice:CreateProtectConfiguration}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_PROTECT_CONFIGURATION = Action.of(PREFIX, "CreateProtectConfiguration");

  /** {@code sms-voice:CreateRegistration}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_REGISTRATION = Action.of(PREFIX, "CreateRegistration");

  /** {@code sms-voice:CreateRegistrationAssociation}: Write; on PhoneNumber, Registration. */
  public static final Action CREATE_REGISTRATION_ASSOCIATION = Action.of(PREFIX, "CreateRegistrationAssociation");

  /** {@code sms-voice:CreateRegistrationAttachment}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_REGISTRATION_ATTACHMENT = Action.of(PREFIX, "CreateRegistrationAttachment");

  /** {@code sms-voice:CreateRegistrationVersion}: Write; on Registration. */
  public static final Action CREATE_REGISTRATION_VERSION = Action.of(PREFIX, "CreateRegistrationVersion");

  /** {@code sms-voice:CreateVerifiedDestinationNumber}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_VERIFIED_DESTINATION_NUMBER = Action.of(PREFIX, "CreateVerifiedDestinationNumber");

  /** {@code sms-voice:DeleteAccountDefaultProtectConfiguration}: Write; on no resource type (give {@code *}). */
  public static final Action DELETE_ACCOUNT_DEFAULT_PROTECT_CONFIGURATION = Action.of(PREFIX, "DeleteAccountDefaultProtectConfiguration");

  /** {@code sms-voice:DeleteConfigurationSet}: Write; on ConfigurationSet. */
  public static final Action DELETE_CONFIGURATION_SET = Action.of(PREFIX, "DeleteConfigurationSet");

  /** {@code sms-voice:DeleteConfigurationSetEventDestination}: Write; on no resource type (give {@code *}). */
  public static final Action DELETE_CONFIGURATION_SET_EVENT_DESTINATION = Action.of(PREFIX, "DeleteConfigurationSetEventDestination");

  /** {@code sms-voice:DeleteDefaultMessageType}: Write; on ConfigurationSet. */
  public static final Action DELETE_DEFAULT_MESSAGE_TYPE = Action.of(PREFIX, "DeleteDefaultMessageType");

  /** {@code sms-voice:DeleteDefaultSenderId}: Write; on ConfigurationSet. */
  public static final Action DELETE_DEFAULT_SENDER_ID = Action.of(PREFIX, "DeleteDefaultSenderId");

  /** {@code sms-voice:DeleteEventDestination}: Write; on ConfigurationSet. */
  public static final Action DELETE_EVENT_DESTINATION = Action.of(PREFIX, "DeleteEventDestination");

  /** {@code sms-voice:DeleteKeyword}: Write; on PhoneNumber, Pool. */
  public static final Action DELETE_KEYWORD = Action.of(PREFIX, "DeleteKeyword");

  /** {@code sms-voice:DeleteMediaMessageSpendLimitOverride}: Write; on no resource type (give {@code *}). */
  public static final Action DELETE_MEDIA_MESSAGE_SPEND_LIMIT_OVERRIDE = Action.of(PREFIX, "DeleteMediaMessageSpendLimitOverride");

  /** {@code sms-voice:DeleteOptOutList}: Write; on OptOutList. */
  public static final Action DELETE_OPT_OUT_LIST = Action.of(PREFIX, "DeleteOptOutList");

  /** {@code sms-voice:DeleteOptedOutNumber}: Write; on OptOutList. */
  public static final Action DELETE_OPTED_OUT_NUMBER = Action.of(PREFIX, "DeleteOptedOutNumber");

  /** {@code sms-voice:DeletePool}: Write; on Pool. */
  public static final Action DELETE_POOL = Action.of(PREFIX, "DeletePool");

  /** {@code sms-voice:DeleteProtectConfiguration}: Write; on ProtectConfiguration. */
  public static final Action DELETE_PROTECT_CONFIGURATION = Action.of(PREFIX, "DeleteProtectConfiguration");

  /** {@code sms-voice:DeleteProtectConfigurationRuleSetNumberOverride}: Write; on ProtectConfiguration. */
  public static final Action DELETE_PROTECT_CONFIGURATION_RULE_SET_NUMBER_OVERRIDE = Action.of(PREFIX, "DeleteProtectConfigurationRuleSetNumberOverride");

  /** {@code sms-voice:DeleteRegistration}: Write; on Registration. */
  public static final Action DELETE_REGISTRATION = Action.of(PREFIX, "DeleteRegistration");

  /** {@code sms-voice:DeleteRegistrationAttachment}: Write; on RegistrationAttachment. */
  public static final Action DELETE_REGISTRATION_ATTACHMENT = Action.of(PREFIX, "DeleteRegistrationAttachment");

  /** {@code sms-voice:DeleteRegistrationFieldValue}: Write; on Registration. */
  public static final Action DELETE_REGISTRATION_FIELD_VALUE = Action.of(PREFIX, "DeleteRegistrationFieldValue");

  /** {@code sms-voice:DeleteResourcePolicy}: Permissions management; on OptOutList, PhoneNumber, Pool, SenderId. */
  public static final Action DELETE_RESOURCE_POLICY = Action.of(PREFIX, "DeleteResourcePolicy");

  /** {@code sms-voice:DeleteTextMessageSpendLimitOverride}: Write; on no resource type (give {@code *}). */
  public static final Action DELETE_TEXT_MESSAGE_SPEND_LIMIT_OVERRIDE = Action.of(PREFIX, "DeleteTextMessageSpendLimitOverride");

  /** {@code sms-voice:DeleteVerifiedDestinationNumber}: Write; on VerifiedDestinationNumber. */
  public static final Action DELETE_VERIFIED_DESTINATION_NUMBER = Action.of(PREFIX, "DeleteVerifiedDestinationNumber");

  /** {@code sms-voice:DeleteVoiceMessageSpendLimitOverride}: Write; on no resource type (give {@code *}). */
  public static final Action DELETE_VOICE_MESSAGE_SPEND_LIMIT_OVERRIDE = Action.of(PREFIX, "DeleteVoiceMessageSpendLimitOverride");

  /** {@code sms-voice:DescribeAccountAttributes}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_ACCOUNT_ATTRIBUTES = Action.of(PREFIX, "DescribeAccountAttributes");

  /** {@code sms-voice:DescribeAccountLimits}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_ACCOUNT_LIMITS = Action.of(PREFIX, "DescribeAccountLimits");

  /** {@code sms-voice:DescribeConfigurationSets}: Read; on ConfigurationSet. */
  public static final Action DESCRIBE_CONFIGURATION_SETS = Action.of(PREFIX, "DescribeConfigurationSets");

  /** {@code sms-voice:DescribeKeywords}: Read; on PhoneNumber, Pool. */
  public static final Action DESCRIBE_KEYWORDS = Action.of(PREFIX, "DescribeKeywords");

  /** {@code sms-voice:DescribeOptOutLists}: Read; on OptOutList. */
  public static final Action DESCRIBE_OPT_OUT_LISTS = Action.of(PREFIX, "DescribeOptOutLists");

  /** {@code sms-voice:DescribeOptedOutNumbers}: Read; on OptOutList. */
  public static final Action DESCRIBE_OPTED_OUT_NUMBERS = Action.of(PREFIX, "DescribeOptedOutNumbers");

  /** {@code sms-voice:DescribePhoneNumbers}: Read; on PhoneNumber. */
  public static final Action DESCRIBE_PHONE_NUMBERS = Action.of(PREFIX, "DescribePhoneNumbers");

  /** {@code sms-voice:DescribePools}: Read; on Pool. */
  public static final Action DESCRIBE_POOLS = Action.of(PREFIX, "DescribePools");

  /** {@code sms-voice:DescribeProtectConfigurations}: Read; on ProtectConfiguration. */
  public static final Action DESCRIBE_PROTECT_CONFIGURATIONS = Action.of(PREFIX, "DescribeProtectConfigurations");

  /** {@code sms-voice:DescribeRegistrationAttachments}: Read; on RegistrationAttachment. */
  public static final Action DESCRIBE_REGISTRATION_ATTACHMENTS = Action.of(PREFIX, "DescribeRegistrationAttachments");

  /** {@code sms-voice:DescribeRegistrationFieldDefinitions}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_REGISTRATION_FIELD_DEFINITIONS = Action.of(PREFIX, "DescribeRegistrationFieldDefinitions");

  /** {@code sms-voice:DescribeRegistrationFieldValues}: Read; on Registration. */
  public static final Action DESCRIBE_REGISTRATION_FIELD_VALUES = Action.of(PREFIX, "DescribeRegistrationFieldValues");

  /** {@code sms-voice:DescribeRegistrationSectionDefinitions}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_REGISTRATION_SECTION_DEFINITIONS = Action.of(PREFIX, "DescribeRegistrationSectionDefinitions");

  /** {@code sms-voice:DescribeRegistrationTypeDefinitions}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_REGISTRATION_TYPE_DEFINITIONS = Action.of(PREFIX, "DescribeRegistrationTypeDefinitions");

  /** {@code sms-voice:DescribeRegistrationVersions}: Read; on Registration. */
  public static final Action DESCRIBE_REGISTRATION_VERSIONS = Action.of(PREFIX, "DescribeRegistrationVersions");

  /** {@code sms-voice:DescribeRegistrations}: Read; on Registration. */
  public static final Action DESCRIBE_REGISTRATIONS = Action.of(PREFIX, "DescribeRegistrations");

  /** {@code sms-voice:DescribeSenderIds}: Read; on SenderId. */
  public static final Action DESCRIBE_SENDER_IDS = Action.of(PREFIX, "DescribeSenderIds");

  /** {@code sms-voice:DescribeSpendLimits}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_SPEND_LIMITS = Action.of(PREFIX, "DescribeSpendLimits");

  /** {@code sms-voice:DescribeVerifiedDestinationNumbers}: Read; on VerifiedDestinationNumber. */
  public static final Action DESCRIBE_VERIFIED_DESTINATION_NUMBERS = Action.of(PREFIX, "DescribeVerifiedDestinationNumbers");

  /** {@code sms-voice:DisassociateOriginationIdentity}: Write; on PhoneNumber, Pool, SenderId. */
  public static final Action DISASSOCIATE_ORIGINATION_IDENTITY = Action.of(PREFIX, "DisassociateOriginationIdentity");

  /** {@code sms-voice:DisassociateProtectConfiguration}: Write; on ConfigurationSet, ProtectConfiguration. */
  public static final Action DISASSOCIATE_PROTECT_CONFIGURATION = Action.of(PREFIX, "DisassociateProtectConfiguration");

  /** {@code sms-voice:DiscardRegistrationVersion}: Write; on Registration. */
  public static final Action DISCARD_REGISTRATION_VERSION = Action.of(PREFIX, "DiscardRegistrationVersion");

  /** {@code sms-voice:GetConfigurationSetEventDestinations}: Read; on no resource type (give {@code *}). */
  public static final Action GET_CONFIGURATION_SET_EVENT_DESTINATIONS = Action.of(PREFIX, "GetConfigurationSetEventDestinations");

  /** {@code sms-voice:GetProtectConfigurationCountryRuleSet}: Read; on ProtectConfiguration. */
  public static final Action GET_PROTECT_CONFIGURATION_COUNTRY_RULE_SET = Action.of(PREFIX, "GetProtectConfigurationCountryRuleSet");

  /** {@code sms-voice:GetResourcePolicy}: Read; on OptOutList, PhoneNumber, Pool, SenderId. */
  public static final Action GET_RESOURCE_POLICY = Action.of(PREFIX, "GetResourcePolicy");

  /** {@code sms-voice:ListConfigurationSets}: Read; on no resource type (give {@code *}). */
  public static final Action LIST_CONFIGURATION_SETS = Action.of(PREFIX, "ListConfigurationSets");

  /** {@code sms-voice:ListPoolOriginationIdentities}: Read; on Pool. */
  public static final Action LIST_POOL_ORIGINATION_IDENTITIES = Action.of(PREFIX, "ListPoolOriginationIdentities");

  /** {@code sms-voice:ListProtectConfigurationRuleSetNumberOverrides}: Read; on ProtectConfiguration. */
  public static final Action LIST_PROTECT_CONFIGURATION_RULE_SET_NUMBER_OVERRIDES = Action.of(PREFIX, "ListProtectConfigurationRuleSetNumberOverrides");

  /** {@code sms-voice:ListRegistrationAssociations}: Read; on Registration. */
  public static final Action LIST_REGISTRATION_ASSOCIATIONS = Action.of(PREFIX, "ListRegistrationAssociations");

  /** {@code sms-voice:ListTagsForResource}: Read; on ConfigurationSet, OptOutList, PhoneNumber, Pool, ProtectConfiguration, Registration, RegistrationAttachment, SenderId, VerifiedDestinationNumber. */
  public static final Action LIST_TAGS_FOR_RESOURCE = Action.of(PREFIX, "ListTagsForResource");

  /** {@code sms-voice:PutKeyword}: Write; on PhoneNumber, Pool. */
  public static final Action PUT_KEYWORD = Action.of(PREFIX, "PutKeyword");

  /** {@code sms-voice:PutMessageFeedback}: Write; on Message. */
  public static final Action PUT_MESSAGE_FEEDBACK = Action.of(PREFIX, "PutMessageFeedback");

  /** {@code sms-voice:PutOptedOutNumber}: Write; on OptOutList. */
  public static final Action PUT_OPTED_OUT_NUMBER = Action.of(PREFIX, "PutOptedOutNumber");

  /** {@code sms-voice:PutProtectConfigurationRuleSetNumberOverride}: Write; on ProtectConfiguration. */
  public static final Action PUT_PROTECT_CONFIGURATION_RULE_SET_NUMBER_OVERRIDE = Action.of(PREFIX, "PutProtectConfigurationRuleSetNumberOverride");

  /** {@code sms-voice:PutRegistrationFieldValue}: Write; on Registration. */
  public static final Action PUT_REGISTRATION_FIELD_VALUE = Action.of(PREFIX, "PutRegistrationFieldValue");

  /** {@code sms-voice:PutResourcePolicy}: Permissions management; on OptOutList, PhoneNumber, Pool, SenderId. */
  public static final Action PUT_RESOURCE_POLICY = Action.of(PREFIX, "PutResourcePolicy");

  /** {@code sms-voice:ReleasePhoneNumber}: Write; on PhoneNumber. */
  public static final Action RELEASE_PHONE_NUMBER = Action.of(PREFIX, "ReleasePhoneNumber");

  /** {@code sms-voice:ReleaseSenderId}: Write; on SenderId. */
  public static final Action RELEASE_SENDER_ID = Action.of(PREFIX, "ReleaseSenderId");

  /** {@code sms-voice:RequestPhoneNumber}: Write; on Pool. */
  public static final Action REQUEST_PHONE_NUMBER = Action.of(PREFIX, "RequestPhoneNumber");

  /** {@code sms-voice:RequestSenderId}: Write; on no resource type (give {@code *}). */
  public static final Action REQUEST_SENDER_ID = Action.of(PREFIX, "RequestSenderId");

  /** {@code sms-voice:SendDestinationNumberVerificationCode}: Write; on PhoneNumber, Pool, SenderId. */
  public static final Action SEND_DESTINATION_NUMBER_VERIFICATION_CODE = Action.of(PREFIX, "SendDestinationNumberVerificationCode");

  /** {@code sms-voice:SendMediaMessage}: Write; on PhoneNumber, Pool. */
  public static final Action SEND_MEDIA_MESSAGE = Action.of(PREFIX, "SendMediaMessage");

  /** {@code sms-voice:SendTextMessage}: Write; on PhoneNumber, Pool, SenderId. */
  public static final Action SEND_TEXT_MESSAGE = Action.of(PREFIX, "SendTextMessage");

  /** {@code sms-voice:SendVoiceMessage}: Write; on PhoneNumber, Pool. */
  public static final Action SEND_VOICE_MESSAGE = Action.of(PREFIX, "SendVoiceMessage");

  /** {@code sms-voice:SetAccountDefaultProtectConfiguration}: Write; on ProtectConfiguration. */
  public static final Action SET_ACCOUNT_DEFAULT_PROTECT_CONFIGURATION = Action.of(PREFIX, "SetAccountDefaultProtectConfiguration");

  /** {@code sms-voice:SetDefaultMessageFeedbackEnabled}: Write; on ConfigurationSet. */
  public static final Action SET_DEFAULT_MESSAGE_FEEDBACK_ENABLED = Action.of(PREFIX, "SetDefaultMessageFeedbackEnabled");

  /** {@code sms-voice:SetDefaultMessageType}: Write; on ConfigurationSet. */
  public static final Action SET_DEFAULT_MESSAGE_TYPE = Action.of(PREFIX, "SetDefaultMessageType");

  /** {@code sms-voice:SetDefaultSenderId}: Write; on ConfigurationSet. */
  public static final Action SET_DEFAULT_SENDER_ID = Action.of(PREFIX, "SetDefaultSenderId");

  /** {@code sms-voice:SetMediaMessageSpendLimitOverride}: Write; on no resource type (give {@code *}). */
  public static final Action SET_MEDIA_MESSAGE_SPEND_LIMIT_OVERRIDE = Action.of(PREFIX, "SetMediaMessageSpendLimitOverride");

  /** {@code sms-voice:SetTextMessageSpendLimitOverride}: Write; on no resource type (give {@code *}). */
  public static final Action SET_TEXT_MESSAGE_SPEND_LIMIT_OVERRIDE = Action.of(PREFIX, "SetTextMessageSpendLimitOverride");

  /** {@code sms-voice:SetVoiceMessageSpendLimitOverride}: Write; on no resource type (give {@code *}). */
  public static final Action SET_VOICE_MESSAGE_SPEND_LIMIT_OVERRIDE = Action.of(PREFIX, "SetVoiceMessageSpendLimitOverride");

  /** {@code sms-voice:SubmitRegistrationVersion}: Write; on Registration. */
  public static final Action SUBMIT_REGISTRATION_VERSION = Action.of(PREFIX, "SubmitRegistrationVersion");

  /** {@code sms-voice:TagResource}: Tagging; on ConfigurationSet, OptOutList, PhoneNumber, Pool, ProtectConfiguration, Registration, RegistrationAttachment, SenderId, VerifiedDestinationNumber. */
  public static final Action TAG_RESOURCE = Action.of(PREFIX, "TagResource");

  /** {@code sms-voice:UntagResource}: Tagging; on ConfigurationSet, OptOutList, PhoneNumber, Pool, ProtectConfiguration, Registration, RegistrationAttachment, SenderId, VerifiedDestinationNumber. */
  public static final Action UNTAG_RESOURCE = Action.of(PREFIX, "UntagResource");

  /** {@code sms-voice:UpdateConfigurationSetEventDestination}: Write; on no resource type (give {@code *}). */
  public static final Action UPDATE_CONFIGURATION_SET_EVENT_DESTINATION = Action.of(PREFIX, "UpdateConfigurationSetEventDestination");

  /** {@code sms-voice:UpdateEventDestination}: Write; on ConfigurationSet. */
  public static final Action UPDATE_EVENT_DESTINATION = Action.of(PREFIX, "UpdateEventDestination");

  /** {@code sms-voice:UpdatePhoneNumber}: Write; on PhoneNumber. */
  public static final Action UPDATE_PHONE_NUMBER = Action.of(PREFIX, "UpdatePhoneNumber");

  /** {@code sms-voice:UpdatePool}: Write; on Pool. */
  public static final Action UPDATE_POOL = Action.of(PREFIX, "UpdatePool");

  /** {@code sms-voice:UpdateProtectConfiguration}: Write; on ProtectConfiguration. */
  public static final Action UPDATE_PROTECT_CONFIGURATION = Action.of(PREFIX, "UpdateProtectConfiguration");

  /** {@code sms-voice:UpdateProtectConfigurationCountryRuleSet}: Write; on ProtectConfiguration. */
  public static final Action UPDATE_PROTECT_CONFIGURATION_COUNTRY_RULE_SET = Action.of(PREFIX, "UpdateProtectConfigurationCountryRuleSet");

  /** {@code sms-voice:UpdateSenderId}: Write; on SenderId. */
  public static final Action UPDATE_SENDER_ID = Action.of(PREFIX, "UpdateSenderId");

  /** {@code sms-voice:VerifyDestinationNumber}: Write; on VerifiedDestinationNumber. */
  public static final Action VERIFY_DESTINATION_NUMBER = Action.of(PREFIX, "VerifyDestinationNumber");

  private SmsVoice() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
