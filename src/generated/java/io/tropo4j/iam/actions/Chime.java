// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of Amazon Chime (prefix {@code chime}), as the service authorization reference lists them.
 */
public final class Chime {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "chime";

  /** {@code chime:AcceptDelegate}: Write; on no resource type (give {@code *}). */
  public static final Action ACCEPT_DELEGATE = Action.of(PREFIX, "AcceptDelegate");

  /** {@code chime:ActivateUsers}: Write; on no resource type (give {@code *}). */
  public static final Action ACTIVATE_USERS = Action.of(PREFIX, "ActivateUsers");

  /** {@code chime:AddDomain}: Write; on no resource type (give {@code *}). */
  public static final Action ADD_DOMAIN = Action.of(PREFIX, "AddDomain");

  /** {@code chime:AddOrUpdateGroups}: Write; on no resource type (give {@code *}). */
  public static final Action ADD_OR_UPDATE_GROUPS = Action.of(PREFIX, "AddOrUpdateGroups");

  /** {@code chime:AssociateChannelFlow}: Write; on app-instance-bot, app-instance-user, channel, channel-flow. */
  public static final Action ASSOCIATE_CHANNEL_FLOW = Action.of(PREFIX, "AssociateChannelFlow");

  /** {@code chime:AssociatePhoneNumberWithUser}: Write; on no resource type (give {@code *}). */
  public static final Action ASSOCIATE_PHONE_NUMBER_WITH_USER = Action.of(PREFIX, "AssociatePhoneNumberWithUser");

  /** {@code chime:AssociatePhoneNumbersWithVoiceConnector}: Write; on voice-connector. */
  public static final Action ASSOCIATE_PHONE_NUMBERS_WITH_VOICE_CONNECTOR = Action.of(PREFIX, "AssociatePhoneNumbersWithVoiceConnector");

  /** {@code chime:AssociatePhoneNumbersWithVoiceConnectorGroup}: Write; on no resource type (give {@code *}). */
  public static final Action ASSOCIATE_PHONE_NUMBERS_WITH_VOICE_CONNECTOR_GROUP = Action.of(PREFIX, "AssociatePhoneNumbersWithVoiceConnectorGroup");

  /** {@code chime:AssociateSigninDelegateGroupsWithAccount}: Write; on no resource type (give {@code *}). */
  public static final Action ASSOCIATE_SIGNIN_DELEGATE_GROUPS_WITH_ACCOUNT = Action.of(PREFIX, "AssociateSigninDelegateGroupsWithAccount");

  /** {@code chime:AssociateVoiceConnectorConnect}: Write; on no resource type (give {@code *}). */
  public static final Action ASSOCIATE_VOICE_CONNECTOR_CONNECT = Action.of(PREFIX, "AssociateVoiceConnectorConnect");

  /** {@code chime:AuthorizeDirectory}: Write; on no resource type (give {@code *}). */
  public static final Action AUTHORIZE_DIRECTORY = Action.of(PREFIX, "AuthorizeDirectory");

  /** {@code chime:BatchCreateAttendee}: Write; on meeting. */
  public static final Action BATCH_CREATE_ATTENDEE = Action.of(PREFIX, "BatchCreateAttendee");

  /** {@code chime:BatchCreateChannelMembership}: Write; on app-instance-bot, app-instance-user, channel. */
  public static final Action BATCH_CREATE_CHANNEL_MEMBERSHIP = Action.of(PREFIX, "BatchCreateChannelMembership");

  /** {@code chime:BatchCreateRoomMembership}: Write; on no resource type (give {@code *}). */
  public static final Action BATCH_CREATE_ROOM_MEMBERSHIP = Action.of(PREFIX, "BatchCreateRoomMembership");

  /** {@code chime:BatchDeletePhoneNumber}: Write; on no resource type (give {@code *}). */
  public static final Action BATCH_DELETE_PHONE_NUMBER = Action.of(PREFIX, "BatchDeletePhoneNumber");

  /** {@code chime:BatchSuspendUser}: Write; on no resource type (give {@code *}). */
  public static final Action BATCH_SUSPEND_USER = Action.of(PREFIX, "BatchSuspendUser");

  /** {@code chime:BatchUnsuspendUser}: Write; on no resource type (give {@code *}). */
  public static final Action BATCH_UNSUSPEND_USER = Action.of(PREFIX, "BatchUnsuspendUser");

  /** {@code chime:BatchUpdateAttendeeCapabilitiesExcept}: Write; on meeting. */
  public static final Action BATCH_UPDATE_ATTENDEE_CAPABILITIES_EXCEPT = Action.of(PREFIX, "BatchUpdateAttendeeCapabilitiesExcept");

  /** {@code chime:BatchUpdatePhoneNumber}: Write; on no resource type (give {@code *}). */
  public static final Action BATCH_UPDATE_PHONE_NUMBER = Action.of(PREFIX, "BatchUpdatePhoneNumber");

  /** {@code chime:BatchUpdateUser}: Write; on no resource type (give {@code *}). */
  public static final Action BATCH_UPDATE_USER = Action.of(PREFIX, "BatchUpdateUser");

  /** {@code chime:ChannelFlowCallback}: Write; on channel. */
  public static final Action CHANNEL_FLOW_CALLBACK = Action.of(PREFIX, "ChannelFlowCallback");

  /** {@code chime:Connect}: Write; on app-instance-user. */
  public static final Action CONNECT = Action.of(PREFIX, "Connect");

  /** {@code chime:ConnectDirectory}: Write; on no resource type (give {@code *}). */
  public static final Action CONNECT_DIRECTORY = Action.of(PREFIX, "ConnectDirectory");

  /** {@code chime:CreateAccount}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_ACCOUNT = Action.of(PREFIX, "CreateAccount");

  /** {@code chime:CreateApiKey}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_API_KEY = Action.of(PREFIX, "CreateApiKey");

  /** {@code chime:CreateAppInstance}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_APP_INSTANCE = Action.of(PREFIX, "CreateAppInstance");

  /** {@code chime:CreateAppInstanceAdmin}: Write; on app-instance, app-instance-bot, app-instance-user. */
  public static final Action CREATE_APP_INSTANCE_ADMIN = Action.of(PREFIX, "CreateAppInstanceAdmin");

  /** {@code chime:CreateAppInstanceBot}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_APP_INSTANCE_BOT = Action.of(PREFIX, "CreateAppInstanceBot");

  /** {@code chime:CreateAppInstanceUser}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_APP_INSTANCE_USER = Action.of(PREFIX, "CreateAppInstanceUser");

  /** {@code chime:CreateAttendee}: Write; on meeting. */
  public static final Action CREATE_ATTENDEE = Action.of(PREFIX, "CreateAttendee");

  /** {@code chime:CreateBot}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_BOT = Action.of(PREFIX, "CreateBot");

  /** {@code chime:CreateCDRBucket}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_CDR_BUCKET = Action.of(PREFIX, "CreateCDRBucket");

  /** {@code chime:CreateChannel}: Write; on app-instance-bot, app-instance-user. */
  public static final Action CREATE_CHANNEL = Action.of(PREFIX, "CreateChannel");

  /** {@code chime:CreateChannelBan}: Write; on app-instance-bot, app-instance-user, channel. */
  public static final Action CREATE_CHANNEL_BAN = Action.of(PREFIX, "CreateChannelBan");

  /** {@code chime:CreateChannelFlow}: Write; on app-instance. */
  public static final Action CREATE_CHANNEL_FLOW = Action.of(PREFIX, "CreateChannelFlow");

  /** {@code chime:CreateChannelMembership}: Write; on app-instance-bot, app-instance-user, channel. */
  public static final Action CREATE_CHANNEL_MEMBERSHIP = Action.of(PREFIX, "CreateChannelMembership");

  /** {@code chime:CreateChannelModerator}: Write; on app-instance-bot, app-instance-user, channel. */
  public static final Action CREATE_CHANNEL_MODERATOR = Action.of(PREFIX, "CreateChannelModerator");

  /** {@code chime:CreateConnectAnalyticsConnector}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_CONNECT_ANALYTICS_CONNECTOR = Action.of(PREFIX, "CreateConnectAnalyticsConnector");

  /** {@code chime:CreateConnectCallTransferConnector}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_CONNECT_CALL_TRANSFER_CONNECTOR = Action.of(PREFIX, "CreateConnectCallTransferConnector");

  /** {@code chime:CreateMediaCapturePipeline}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_MEDIA_CAPTURE_PIPELINE = Action.of(PREFIX, "CreateMediaCapturePipeline");

  /** {@code chime:CreateMediaConcatenationPipeline}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_MEDIA_CONCATENATION_PIPELINE = Action.of(PREFIX, "CreateMediaConcatenationPipeline");

  /** {@code chime:CreateMediaInsightsPipeline}: Write; on media-insights-pipeline-configuration. */
  public static final Action CREATE_MEDIA_INSIGHTS_PIPELINE = Action.of(PREFIX, "CreateMediaInsightsPipeline");

  /** {@code chime:CreateMediaInsightsPipelineConfiguration}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_MEDIA_INSIGHTS_PIPELINE_CONFIGURATION = Action.of(PREFIX, "CreateMediaInsightsPipelineConfiguration");

  /** {@code chime:CreateMediaLiveConnectorPipeline}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_MEDIA_LIVE_CONNECTOR_PIPELINE = Action.of(PREFIX, "CreateMediaLiveConnectorPipeline");

  /** {@code chime:CreateMediaPipelineKinesisVideoStreamPool}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_MEDIA_PIPELINE_KINESIS_VIDEO_STREAM_POOL = Action.of(PREFIX, "CreateMediaPipelineKinesisVideoStreamPool");

  /** {@code chime:CreateMediaStreamPipeline}: Write; on media-pipeline-kinesis-video-stream-pool. */
  public static final Action CREATE_MEDIA_STREAM_PIPELINE = Action.of(PREFIX, "CreateMediaStreamPipeline");

  /** {@code chime:CreateMeeting}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_MEETING = Action.of(PREFIX, "CreateMeeting");

  /** {@code chime:CreateMeetingDialOut}: Write; on meeting. */
  public static final Action CREATE_MEETING_DIAL_OUT = Action.of(PREFIX, "CreateMeetingDialOut");

  /** {@code chime:CreateMeetingWithAttendees}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_MEETING_WITH_ATTENDEES = Action.of(PREFIX, "CreateMeetingWithAttendees");

  /** {@code chime:CreatePhoneNumberOrder}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_PHONE_NUMBER_ORDER = Action.of(PREFIX, "CreatePhoneNumberOrder");

  /** {@code chime:CreateProxySession}: Write; on voice-connector. */
  public static final Action CREATE_PROXY_SESSION = Action.of(PREFIX, "CreateProxySession");

  /** {@code chime:CreateRoom}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_ROOM = Action.of(PREFIX, "CreateRoom");

  /** {@code chime:CreateRoomMembership}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_ROOM_MEMBERSHIP = Action.of(PREFIX, "CreateRoomMembership");

  /** {@code chime:CreateSipMediaApplication}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_SIP_MEDIA_APPLICATION = Action.of(PREFIX, "CreateSipMediaApplication");

  /** {@code chime:CreateSipMediaApplicationCall}: Write; on sip-media-application. */
  public static final Action CREATE_SIP_MEDIA_APPLICATION_CALL = Action.of(PREFIX, "CreateSipMediaApplicationCall");

  /** {@code chime:CreateSipRule}: Write; on sip-media-application. */
  public static final Action CREATE_SIP_RULE = Action.of(PREFIX, "CreateSipRule");

  /** {@code chime:CreateUser}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_USER = Action.of(PREFIX, "CreateUser");

  /** {@code chime:CreateVoiceConnector}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_VOICE_CONNECTOR = Action.of(PREFIX, "CreateVoiceConnector");

  /** {@code chime:CreateVoiceConnectorGroup}: Write; on voice-connector. */
  public static final Action CREATE_VOICE_CONNECTOR_GROUP = Action.of(PREFIX, "CreateVoiceConnectorGroup");

  /** {@code chime:CreateVoiceProfile}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_VOICE_PROFILE = Action.of(PREFIX, "CreateVoiceProfile");

  /** {@code chime:CreateVoiceProfileDomain}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_VOICE_PROFILE_DOMAIN = Action.of(PREFIX, "CreateVoiceProfileDomain");

  /** {@code chime:DeleteAccount}: Write; on no resource type (give {@code *}). */
  public static final Action DELETE_ACCOUNT = Action.of(PREFIX, "DeleteAccount");

  /** {@code chime:DeleteAccountOpenIdConfig}: Write; on no resource type (give {@code *}). */
  public static final Action DELETE_ACCOUNT_OPEN_ID_CONFIG = Action.of(PREFIX, "DeleteAccountOpenIdConfig");

  /** {@code chime:DeleteApiKey}: Write; on no resource type (give {@code *}). */
  public static final Action DELETE_API_KEY = Action.of(PREFIX, "DeleteApiKey");

  /** {@code chime:DeleteAppInstance}: Write; on app-instance. */
  public static final Action DELETE_APP_INSTANCE = Action.of(PREFIX, "DeleteAppInstance");

  /** {@code chime:DeleteAppInstanceAdmin}: Write; on app-instance, app-instance-bot, app-instance-user. */
  public static final Action DELETE_APP_INSTANCE_ADMIN = Action.of(PREFIX, "DeleteAppInstanceAdmin");

  /** {@code chime:DeleteAppInstanceBot}: Write; on app-instance-bot. */
  public static final Action DELETE_APP_INSTANCE_BOT = Action.of(PREFIX, "DeleteAppInstanceBot");

  /** {@code chime:DeleteAppInstanceStreamingConfigurations}: Write; on app-instance. */
  public static final Action DELETE_APP_INSTANCE_STREAMING_CONFIGURATIONS = Action.of(PREFIX, "DeleteAppInstanceStreamingConfigurations");

  /** {@code chime:DeleteAppInstanceUser}: Write; on app-instance-user. */
  public static final Action DELETE_APP_INSTANCE_USER = Action.of(PREFIX, "DeleteAppInstanceUser");

  /** {@code chime:DeleteAttendee}: Write; on meeting. */
  public static final Action DELETE_ATTENDEE = Action.of(PREFIX, "DeleteAttendee");

  /** {@code chime:DeleteCDRBucket}: Write; on no resource type (give {@code *}). */
  public static final Action DELETE_CDR_BUCKET = Action.of(PREFIX, "DeleteCDRBucket");

  /** {@code chime:DeleteChannel}: Write; on app-instance-bot, app-instance-user, channel. */
  public static final Action DELETE_CHANNEL = Action.of(PREFIX, "DeleteChannel");

  /** {@code chime:DeleteChannelBan}: Write; on app-instance-bot, app-instance-user, channel. */
  public static final Action DELETE_CHANNEL_BAN = Action.of(PREFIX, "DeleteChannelBan");

  /** {@code chime:DeleteChannelFlow}: Write; on channel. */
  public static final Action DELETE_CHANNEL_FLOW = Action.of(PREFIX, "DeleteChannelFlow");

  /** {@code chime:DeleteChannelMembership}: Write; on app-instance-bot, app-instance-user, channel. */
  public static final Action DELETE_CHANNEL_MEMBERSHIP = Action.of(PREFIX, "DeleteChannelMembership");

  /** {@code chime:DeleteChannelMessage}: Write; on app-instance-bot, app-instance-user, channel. */
  public static final Action DELETE_CHANNEL_MESSAGE = Action.of(PREFIX, "DeleteChannelMessage");

  /** {@code chime:DeleteChannelModerator}: Write; on app-instance-bot, app-instance-user, channel. */
  public static final Action DELETE_CHANNEL_MODERATOR = Action.of(PREFIX, "DeleteChannelModerator");

  /** {@code chime:DeleteDelegate}: Write; on no resource type (give {@code *}). */
  public static final Action DELETE_DELEGATE = Action.of(PREFIX, "DeleteDelegate");

  /** {@code chime:DeleteDomain}: Write; on no resource type (give {@code *}). */
  public static final Action DELETE_DOMAIN = Action.of(PREFIX, "DeleteDomain");

  /** {@code chime:DeleteEventsConfiguration}: Write; on no resource type (give {@code *}). */
  public static final Action DELETE_EVENTS_CONFIGURATION = Action.of(PREFIX, "DeleteEventsConfiguration");

  /** {@code chime:DeleteGroups}: Write; on no resource type (give {@code *}). */
  public static final Action DELETE_GROUPS = Action.of(PREFIX, "DeleteGroups");

  /** {@code chime:DeleteMediaCapturePipeline}: Write; on media-pipeline. */
  public static final Action DELETE_MEDIA_CAPTURE_PIPELINE = Action.of(PREFIX, "DeleteMediaCapturePipeline");

  /** {@code chime:DeleteMediaInsightsPipelineConfiguration}: Write; on media-insights-pipeline-configuration. */
  public static final Action DELETE_MEDIA_INSIGHTS_PIPELINE_CONFIGURATION = Action.of(PREFIX, "DeleteMediaInsightsPipelineConfiguration");

  /** {@code chime:DeleteMediaPipeline}: Write; on media-pipeline. */
  public static final Action DELETE_MEDIA_PIPELINE = Action.of(PREFIX, "DeleteMediaPipeline");

  /** {@code chime:DeleteMediaPipelineKinesisVideoStreamPool}: Write; on media-pipeline-kinesis-video-stream-pool. */
  public static final Action DELETE_MEDIA_PIPELINE_KINESIS_VIDEO_STREAM_POOL = Action.of(PREFIX, "DeleteMediaPipelineKinesisVideoStreamPool");

  /** {@code chime:DeleteMeeting}: Write; on meeting. */
  public static final Action DELETE_MEETING = Action.of(PREFIX, "DeleteMeeting");

  /** {@code chime:DeleteMessagingStreamingConfigurations}: Write; on app-instance. */
  public static final Action DELETE_MESSAGING_STREAMING_CONFIGURATIONS = Action.of(PREFIX, "DeleteMessagingStreamingConfigurations");

  /** {@code chime:DeletePhoneNumber}: Write; on no resource type (give {@code *}). */
  public static final Action DELETE_PHONE_NUMBER = Action.of(PREFIX, "DeletePhoneNumber");

  /** {@code chime:DeleteProxySession}: Write; on voice-connector. */
  public static final Action DELETE_PROXY_SESSION = Action.of(PREFIX, "DeleteProxySession");

  /** {@code chime:DeleteRoom}: Write; on no resource type (give {@code *}). */
  public static final Action DELETE_ROOM = Action.of(PREFIX, "DeleteRoom");

  /** {@code chime:DeleteRoomMembership}: Write; on no resource type (give {@code *}). */
  public static final Action DELETE_ROOM_MEMBERSHIP = Action.of(PREFIX, "DeleteRoomMembership");

  /** {@code chime:DeleteSipMediaApplication}: Write; on sip-media-application. */
  public static final Action DELETE_SIP_MEDIA_APPLICATION = Action.of(PREFIX, "DeleteSipMediaApplication");

  /** {@code chime:DeleteSipRule}: Write; on no resource type (give {@code *}). */
  public static final Action DELETE_SIP_RULE = Action.of(PREFIX, "DeleteSipRule");

  /** {@code chime:DeleteVoiceConnector}: Write; on voice-connector. */
  public static final Action DELETE_VOICE_CONNECTOR = Action.of(PREFIX, "DeleteVoiceConnector");

  /** {@code chime:DeleteVoiceConnectorEmergencyCallingConfiguration}: Write; on voice-connector. */
  public static final Action DELETE_VOICE_CONNECTOR_EMERGENCY_CALLING_CONFIGURATION = Action.of(PREFIX, "DeleteVoiceConnectorEmergencyCallingConfiguration");

  /** {@code chime:DeleteVoiceConnectorExternalSystemsConfiguration}: Write; on voice-connector. */
  public static final Action DELETE_VOICE_CONNECTOR_EXTERNAL_SYSTEMS_CONFIGURATION = Action.of(PREFIX, "DeleteVoiceConnectorExternalSystemsConfiguration");

  /** {@code chime:DeleteVoiceConnectorGroup}: Write; on no resource type (give {@code *}). */
  public static final Action DELETE_VOICE_CONNECTOR_GROUP = Action.of(PREFIX, "DeleteVoiceConnectorGroup");

  /** {@code chime:DeleteVoiceConnectorOrigination}: Write; on voice-connector. */
  public static final Action DELETE_VOICE_CONNECTOR_ORIGINATION = Action.of(PREFIX, "DeleteVoiceConnectorOrigination");

  /** {@code chime:DeleteVoiceConnectorProxy}: Write; on voice-connector. */
  public static final Action DELETE_VOICE_CONNECTOR_PROXY = Action.of(PREFIX, "DeleteVoiceConnectorProxy");

  /** {@code chime:DeleteVoiceConnectorStreamingConfiguration}: Write; on voice-connector. */
  public static final Action DELETE_VOICE_CONNECTOR_STREAMING_CONFIGURATION = Action.of(PREFIX, "DeleteVoiceConnectorStreamingConfiguration");

  /** {@code chime:DeleteVoiceConnectorTermination}: Write; on voice-connector. */
  public static final Action DELETE_VOICE_CONNECTOR_TERMINATION = Action.of(PREFIX, "DeleteVoiceConnectorTermination");

  /** {@code chime:DeleteVoiceConnectorTerminationCredentials}: Permissions management; on voice-connector. */
  public static final Action DELETE_VOICE_CONNECTOR_TERMINATION_CREDENTIALS = Action.of(PREFIX, "DeleteVoiceConnectorTerminationCredentials");

  /** {@code chime:DeleteVoiceProfile}: Write; on voice-profile. */
  public static final Action DELETE_VOICE_PROFILE = Action.of(PREFIX, "DeleteVoiceProfile");

  /** {@code chime:DeleteVoiceProfileDomain}: Write; on voice-profile-domain. */
  public static final Action DELETE_VOICE_PROFILE_DOMAIN = Action.of(PREFIX, "DeleteVoiceProfileDomain");

  /** {@code chime:DeregisterAppInstanceUserEndpoint}: Write; on app-instance-user. */
  public static final Action DEREGISTER_APP_INSTANCE_USER_ENDPOINT = Action.of(PREFIX, "DeregisterAppInstanceUserEndpoint");

  /** {@code chime:DescribeAppInstance}: Read; on app-instance. */
  public static final Action DESCRIBE_APP_INSTANCE = Action.of(PREFIX, "DescribeAppInstance");

  /** {@code chime:DescribeAppInstanceAdmin}: Read; on app-instance, app-instance-bot, app-instance-user. */
  public static final Action DESCRIBE_APP_INSTANCE_ADMIN = Action.of(PREFIX, "DescribeAppInstanceAdmin");

  /** {@code chime:DescribeAppInstanceBot}: Read; on app-instance-bot. */
  public static final Action DESCRIBE_APP_INSTANCE_BOT = Action.of(PREFIX, "DescribeAppInstanceBot");

  /** {@code chime:DescribeAppInstanceUser}: Read; on app-instance-user. */
  public static final Action DESCRIBE_APP_INSTANCE_USER = Action.of(PREFIX, "DescribeAppInstanceUser");

  /** {@code chime:DescribeAppInstanceUserEndpoint}: Read; on app-instance-user. */
  public static final Action DESCRIBE_APP_INSTANCE_USER_ENDPOINT = Action.of(PREFIX, "DescribeAppInstanceUserEndpoint");

  /** {@code chime:DescribeChannel}: Read; on app-instance-bot, app-instance-user, channel. */
  public static final Action DESCRIBE_CHANNEL = Action.of(PREFIX, "DescribeChannel");

  /** {@code chime:DescribeChannelBan}: Read; on app-instance-bot, app-instance-user, channel. */
  public static final Action DESCRIBE_CHANNEL_BAN = Action.of(PREFIX, "DescribeChannelBan");

  /** {@code chime:DescribeChannelFlow}: Read; on channel-flow. */
  public static final Action DESCRIBE_CHANNEL_FLOW = Action.of(PREFIX, "DescribeChannelFlow");

  /** {@code chime:DescribeChannelMembership}: Read; on app-instance-bot, app-instance-user, channel. */
  public static final Action DESCRIBE_CHANNEL_MEMBERSHIP = Action.of(PREFIX, "DescribeChannelMembership");

  /** {@code chime:DescribeChannelMembershipForAppInstanceUser}: Read; on app-instance-bot, app-instance-user, channel. */
  public static final Action DESCRIBE_CHANNEL_MEMBERSHIP_FOR_APP_INSTANCE_USER = Action.of(PREFIX, "DescribeChannelMembershipForAppInstanceUser");

  /** {@code chime:DescribeChannelModeratedByAppInstanceUser}: Read; on app-instance-bot, app-instance-user, channel. */
  public static final Action DESCRIBE_CHANNEL_MODERATED_BY_APP_INSTANCE_USER = Action.of(PREFIX, "DescribeChannelModeratedByAppInstanceUser");

  /** {@code chime:DescribeChannelModerator}: Read; on app-instance-bot, app-instance-user, channel. */
  public static final Action DESCRIBE_CHANNEL_MODERATOR = Action.of(PREFIX, "DescribeChannelModerator");

  /** {@code chime:DisassociateChannelFlow}: Write; on app-instance-bot, app-instance-user, channel, channel-flow. */
  public static final Action DISASSOCIATE_CHANNEL_FLOW = Action.of(PREFIX, "DisassociateChannelFlow");

  /** {@code chime:DisassociatePhoneNumberFromUser}: Write; on no resource type (give {@code *}). */
  public static final Action DISASSOCIATE_PHONE_NUMBER_FROM_USER = Action.of(PREFIX, "DisassociatePhoneNumberFromUser");

  /** {@code chime:DisassociatePhoneNumbersFromVoiceConnector}: Write; on voice-connector. */
  public static final Action DISASSOCIATE_PHONE_NUMBERS_FROM_VOICE_CONNECTOR = Action.of(PREFIX, "DisassociatePhoneNumbersFromVoiceConnector");

  /** {@code chime:DisassociatePhoneNumbersFromVoiceConnectorGroup}: Write; on no resource type (give {@code *}). */
  public static final Action DISASSOCIATE_PHONE_NUMBERS_FROM_VOICE_CONNECTOR_GROUP = Action.of(PREFIX, "DisassociatePhoneNumbersFromVoiceConnectorGroup");

  /** {@code chime:DisassociateSigninDelegateGroupsFromAccount}: Write; on no resource type (give {@code *}). */
  public static final Action DISASSOCIATE_SIGNIN_DELEGATE_GROUPS_FROM_ACCOUNT = Action.of(PREFIX, "DisassociateSigninDelegateGroupsFromAccount");

  /** {@code chime:DisassociateVoiceConnectorConnect}: Write; on no resource type (give {@code *}). */
  public static final Action DISASSOCIATE_VOICE_CONNECTOR_CONNECT = Action.of(PREFIX, "DisassociateVoiceConnectorConnect");

  /** {@code chime:DisconnectDirectory}: Write; on no resource type (give {@code *}). */
  public static final Action DISCONNECT_DIRECTORY = Action.of(PREFIX, "DisconnectDirectory");

  /** {@code chime:GetAccount}: Read; on no resource type (give {@code *}). */
  public static final Action GET_ACCOUNT = Action.of(PREFIX, "GetAccount");

  /** {@code chime:GetAccountResource}: Read; on no resource type (give {@code *}). */
  public static final Action GET_ACCOUNT_RESOURCE = Action.of(PREFIX, "GetAccountResource");

  /** {@code chime:GetAccountSettings}: Read; on no resource type (give {@code *}). */
  public static final Action GET_ACCOUNT_SETTINGS = Action.of(PREFIX, "GetAccountSettings");

  /** {@code chime:GetAccountWithOpenIdConfig}: Read; on no resource type (give {@code *}). */
  public static final Action GET_ACCOUNT_WITH_OPEN_ID_CONFIG = Action.of(PREFIX, "GetAccountWithOpenIdConfig");

  /** {@code chime:GetAppInstanceRetentionSettings}: Read; on app-instance. */
  public static final Action GET_APP_INSTANCE_RETENTION_SETTINGS = Action.of(PREFIX, "GetAppInstanceRetentionSettings");

  /** {@code chime:GetAppInstanceStreamingConfigurations}: Read; on app-instance. */
  public static final Action GET_APP_INSTANCE_STREAMING_CONFIGURATIONS = Action.of(PREFIX, "GetAppInstanceStreamingConfigurations");

  /** {@code chime:GetAttendee}: Read; on meeting. */
  public static final Action GET_ATTENDEE = Action.of(PREFIX, "GetAttendee");

  /** {@code chime:GetBot}: Read; on no resource type (give {@code *}). */
  public static final Action GET_BOT = Action.of(PREFIX, "GetBot");

  /** {@code chime:GetCDRBucket}: Read; on no resource type (give {@code *}). */
  public static final Action GET_CDR_BUCKET = Action.of(PREFIX, "GetCDRBucket");

  /** {@code chime:GetChannelMembershipPreferences}: Read; on app-instance-bot, app-instance-user, channel. */
  public static final Action GET_CHANNEL_MEMBERSHIP_PREFERENCES = Action.of(PREFIX, "GetChannelMembershipPreferences");

  /** {@code chime:GetChannelMessage}: Read; on app-instance-bot, app-instance-user, channel. */
  public static final Action GET_CHANNEL_MESSAGE = Action.of(PREFIX, "GetChannelMessage");

  /** {@code chime:GetChannelMessageStatus}: Read; on app-instance-bot, app-instance-user, channel. */
  public static final Action GET_CHANNEL_MESSAGE_STATUS = Action.of(PREFIX, "GetChannelMessageStatus");

  /** {@code chime:GetDomain}: Read; on no resource type (give {@code *}). */
  public static final Action GET_DOMAIN = Action.of(PREFIX, "GetDomain");

  /** {@code chime:GetEventsConfiguration}: Read; on no resource type (give {@code *}). */
  public static final Action GET_EVENTS_CONFIGURATION = Action.of(PREFIX, "GetEventsConfiguration");

  /** {@code chime:GetGlobalSettings}: Read; on no resource type (give {@code *}). */
  public static final Action GET_GLOBAL_SETTINGS = Action.of(PREFIX, "GetGlobalSettings");

  /** {@code chime:GetMediaCapturePipeline}: Read; on media-pipeline. */
  public static final Action GET_MEDIA_CAPTURE_PIPELINE = Action.of(PREFIX, "GetMediaCapturePipeline");

  /** {@code chime:GetMediaInsightsPipelineConfiguration}: Read; on media-insights-pipeline-configuration. */
  public static final Action GET_MEDIA_INSIGHTS_PIPELINE_CONFIGURATION = Action.of(PREFIX, "GetMediaInsightsPipelineConfiguration");

  /** {@code chime:GetMediaPipeline}: Read; on media-pipeline. */
  public static final Action GET_MEDIA_PIPELINE = Action.of(PREFIX, "GetMediaPipeline");

  /** {@code chime:GetMediaPipelineKinesisVideoStreamPool}: Read; on media-pipeline-kinesis-video-stream-pool. */
  public static final Action GET_MEDIA_PIPELINE_KINESIS_VIDEO_STREAM_POOL = Action.of(PREFIX, "GetMediaPipelineKinesisVideoStreamPool");

  /** {@code chime:GetMeeting}: Read; on meeting. */
  public static final Action GET_MEETING = Action.of(PREFIX, "GetMeeting");

  /** {@code chime:GetMeetingDetail}: Read; on no resource type (give {@code *}). */
  public static final Action GET_MEETING_DETAIL = Action.of(PREFIX, "GetMeetingDetail");

  /** {@code chime:GetMessagingSessionEndpoint}: Read; on no resource type (give {@code *}). */
  public static final Action GET_MESSAGING_SESSION_ENDPOINT = Action.of(PREFIX, "GetMessagingSessionEndpoint");

  /** {@code chime:GetMessagingStreamingConfigurations}: Read; on app-instance. */
  public static final Action GET_MESSAGING_STREAMING_CONFIGURATIONS = Action.of(PREFIX, "GetMessagingStreamingConfigurations");

  /** {@code chime:GetPhoneNumber}: Read; on no resource type (give {@code *}). */
  public static final Action GET_PHONE_NUMBER = Action.of(PREFIX, "GetPhoneNumber");

  /** {@code chime:GetPhoneNumberOrder}: Read; on no resource type (give {@code *}). */
  public static final Action GET_PHONE_NUMBER_ORDER = Action.of(PREFIX, "GetPhoneNumberOrder");

  /** {@code chime:GetPhoneNumberSettings}: Read; on no resource type (give {@code *}). */
  public static final Action GET_PHONE_NUMBER_SETTINGS = Action.of(PREFIX, "GetPhoneNumberSettings");

  /** {@code chime:GetProxySession}: Read; on voice-connector. */
  public static final Action GET_PROXY_SESSION = Action.of(PREFIX, "GetProxySession");

  /** {@code chime:GetRetentionSettings}: Read; on no resource type (give {@code *}). */
  public static final Action GET_RETENTION_SETTINGS = Action.of(PREFIX, "GetRetentionSettings");

  /** {@code chime:GetRoom}: Read; on no resource type (give {@code *}). */
  public static final Action GET_ROOM = Action.of(PREFIX, "GetRoom");

  /** {@code chime:GetSipMediaApplication}: Read; on sip-media-application. */
  public static final Action GET_SIP_MEDIA_APPLICATION = Action.of(PREFIX, "GetSipMediaApplication");

  /** {@code chime:GetSipMediaApplicationAlexaSkillConfiguration}: Read; on sip-media-application. */
  public static final Action GET_SIP_MEDIA_APPLICATION_ALEXA_SKILL_CONFIGURATION = Action.of(PREFIX, "GetSipMediaApplicationAlexaSkillConfiguration");

  /** {@code chime:GetSipMediaApplicationLoggingConfiguration}: Read; on sip-media-application. */
  public static final Action GET_SIP_MEDIA_APPLICATION_LOGGING_CONFIGURATION = Action.of(PREFIX, "GetSipMediaApplicationLoggingConfiguration");

  /** {@code chime:GetSipRule}: Read; on no resource type (give {@code *}). */
  public static final Action GET_SIP_RULE = Action.of(PREFIX, "GetSipRule");

  /** {@code chime:GetSpeakerSearchTask}: Read; on media-pipeline, voice-connector. */
  public static final Action GET_SPEAKER_SEARCH_TASK = Action.of(PREFIX, "GetSpeakerSearchTask");

  /** {@code chime:GetTelephonyLimits}: Read; on no resource type (give {@code *}). */
  public static final Action GET_TELEPHONY_LIMITS = Action.of(PREFIX, "GetTelephonyLimits");

  /** {@code chime:GetUser}: Read; on no resource type (give {@code *}). */
  public static final Action GET_USER = Action.of(PREFIX, "GetUser");

  /** {@code chime:GetUserActivityReportData}: Read; on no resource type (give {@code *}). */
  public static final Action GET_USER_ACTIVITY_REPORT_DATA = Action.of(PREFIX, "GetUserActivityReportData");

  /** {@code chime:GetUserByEmail}: Read; on no resource type (give {@code *}). */
  public static final Action GET_USER_BY_EMAIL = Action.of(PREFIX, "GetUserByEmail");

  /** {@code chime:GetUserSettings}: Read; on no resource type (give {@code *}). */
  public static final Action GET_USER_SETTINGS = Action.of(PREFIX, "GetUserSettings");

  /** {@code chime:GetVoiceConnector}: Read; on voice-connector. */
  public static final Action GET_VOICE_CONNECTOR = Action.of(PREFIX, "GetVoiceConnector");

  /** {@code chime:GetVoiceConnectorEmergencyCallingConfiguration}: Read; on voice-connector. */
  public static final Action GET_VOICE_CONNECTOR_EMERGENCY_CALLING_CONFIGURATION = Action.of(PREFIX, "GetVoiceConnectorEmergencyCallingConfiguration");

  /** {@code chime:GetVoiceConnectorExternalSystemsConfiguration}: Read; on voice-connector. */
  public static final Action GET_VOICE_CONNECTOR_EXTERNAL_SYSTEMS_CONFIGURATION = Action.of(PREFIX, "GetVoiceConnectorExternalSystemsConfiguration");

  /** {@code chime:GetVoiceConnectorGroup}: Read; on no resource type (give {@code *}). */
  public static final Action GET_VOICE_CONNECTOR_GROUP = Action.of(PREFIX, "GetVoiceConnectorGroup");

  /** {@code chime:GetVoiceConnectorLoggingConfiguration}: Read; on voice-connector. */
  public static final Action GET_VOICE_CONNECTOR_LOGGING_CONFIGURATION = Action.of(PREFIX, "GetVoiceConnectorLoggingConfiguration");

  /** {@code chime:GetVoiceConnectorOrigination}: Read; on voice-connector. */
  public static final Action GET_VOICE_CONNECTOR_ORIGINATION = Action.of(PREFIX, "GetVoiceConnectorOrigination");

  /** {@code chime:GetVoiceConnectorProxy}: Read; on voice-connector. */
  public static final Action GET_VOICE_CONNECTOR_PROXY = Action.of(PREFIX, "GetVoiceConnectorProxy");

  /** {@code chime:GetVoiceConnectorStreamingConfiguration}: Read; on voice-connector. */
  public static final Action GET_VOICE_CONNECTOR_STREAMING_CONFIGURATION = Action.of(PREFIX, "GetVoiceConnectorStreamingConfiguration");

  /** {@code chime:GetVoiceConnectorTermination}: Read; on voice-connector. */
  public static final Action GET_VOICE_CONNECTOR_TERMINATION = Action.of(PREFIX, "GetVoiceConnectorTermination");

  /** {@code chime:GetVoiceConnectorTerminationHealth}: Read; on voice-connector. */
  public static final Action GET_VOICE_CONNECTOR_TERMINATION_HEALTH = Action.of(PREFIX, "GetVoiceConnectorTerminationHealth");

  /** {@code chime:GetVoiceProfile}: Read; on voice-profile. */
  public static final Action GET_VOICE_PROFILE = Action.of(PREFIX, "GetVoiceProfile");

  /** {@code chime:GetVoiceProfileDomain}: Read; on voice-profile-domain. */
  public static final Action GET_VOICE_PROFILE_DOMAIN = Action.of(PREFIX, "GetVoiceProfileDomain");

  /** {@code chime:GetVoiceToneAnalysisTask}: Read; on media-pipeline, voice-connector. */
  public static final Action GET_VOICE_TONE_ANALYSIS_TASK = Action.of(PREFIX, "GetVoiceToneAnalysisTask");

  /** {@code chime:InviteDelegate}: Write; on no resource type (give {@code *}). */
  public static final Action INVITE_DELEGATE = Action.of(PREFIX, "InviteDelegate");

  /** {@code chime:InviteUsers}: Write; on no resource type (give {@code *}). */
  public static final Action INVITE_USERS = Action.of(PREFIX, "InviteUsers");

  /** {@code chime:InviteUsersFromProvider}: Write; on no resource type (give {@code *}). */
  public static final Action INVITE_USERS_FROM_PROVIDER = Action.of(PREFIX, "InviteUsersFromProvider");

  /** {@code chime:ListAccountUsageReportData}: List; on no resource type (give {@code *}). */
  public static final Action LIST_ACCOUNT_USAGE_REPORT_DATA = Action.of(PREFIX, "ListAccountUsageReportData");

  /** {@code chime:ListAccounts}: List; on no resource type (give {@code *}). */
  public static final Action LIST_ACCOUNTS = Action.of(PREFIX, "ListAccounts");

  /** {@code chime:ListApiKeys}: List; on no resource type (give {@code *}). */
  public static final Action LIST_API_KEYS = Action.of(PREFIX, "ListApiKeys");

  /** {@code chime:ListAppInstanceAdmins}: List; on app-instance, app-instance-bot, app-instance-user. */
  public static final Action LIST_APP_INSTANCE_ADMINS = Action.of(PREFIX, "ListAppInstanceAdmins");

  /** {@code chime:ListAppInstanceBots}: List; on app-instance-bot. */
  public static final Action LIST_APP_INSTANCE_BOTS = Action.of(PREFIX, "ListAppInstanceBots");

  /** {@code chime:ListAppInstanceUserEndpoints}: List; on app-instance-user. */
  public static final Action LIST_APP_INSTANCE_USER_ENDPOINTS = Action.of(PREFIX, "ListAppInstanceUserEndpoints");

  /** {@code chime:ListAppInstanceUsers}: List; on app-instance-user. */
  public static final Action LIST_APP_INSTANCE_USERS = Action.of(PREFIX, "ListAppInstanceUsers");

  /** {@code chime:ListAppInstances}: List; on app-instance. */
  public static final Action LIST_APP_INSTANCES = Action.of(PREFIX, "ListAppInstances");

  /** {@code chime:ListAttendeeTags}: List; on meeting. */
  public static final Action LIST_ATTENDEE_TAGS = Action.of(PREFIX, "ListAttendeeTags");

  /** {@code chime:ListAttendees}: List; on meeting. */
  public static final Action LIST_ATTENDEES = Action.of(PREFIX, "ListAttendees");

  /** {@code chime:ListAvailableVoiceConnectorRegions}: List; on no resource type (give {@code *}). */
  public static final Action LIST_AVAILABLE_VOICE_CONNECTOR_REGIONS = Action.of(PREFIX, "ListAvailableVoiceConnectorRegions");

  /** {@code chime:ListBots}: List; on no resource type (give {@code *}). */
  public static final Action LIST_BOTS = Action.of(PREFIX, "ListBots");

  /** {@code chime:ListCDRBucket}: List; on no resource type (give {@code *}). */
  public static final Action LIST_CDR_BUCKET = Action.of(PREFIX, "ListCDRBucket");

  /** {@code chime:ListCallingRegions}: List; on no resource type (give {@code *}). */
  public static final Action LIST_CALLING_REGIONS = Action.of(PREFIX, "ListCallingRegions");

  /** {@code chime:ListChannelBans}: List; on app-instance-bot, app-instance-user, channel. */
  public static final Action LIST_CHANNEL_BANS = Action.of(PREFIX, "ListChannelBans");

  /** {@code chime:ListChannelFlows}: List; on channel-flow. */
  public static final Action LIST_CHANNEL_FLOWS = Action.of(PREFIX, "ListChannelFlows");

  /** {@code chime:ListChannelMemberships}: List; on app-instance-bot, app-instance-user, channel. */
  public static final Action LIST_CHANNEL_MEMBERSHIPS = Action.of(PREFIX, "ListChannelMemberships");

  /** {@code chime:ListChannelMembershipsForAppInstanceUser}: List; on app-instance-bot, app-instance-user. */
  public static final Action LIST_CHANNEL_MEMBERSHIPS_FOR_APP_INSTANCE_USER = Action.of(PREFIX, "ListChannelMembershipsForAppInstanceUser");

  /** {@code chime:ListChannelMessages}: Read; on app-instance-bot, app-instance-user, channel. */
  public static final Action LIST_CHANNEL_MESSAGES = Action.of(PREFIX, "ListChannelMessages");

  /** {@code chime:ListChannelModerators}: List; on app-instance-bot, app-instance-user, channel. */
  public static final Action LIST_CHANNEL_MODERATORS = Action.of(PREFIX, "ListChannelModerators");

  /** {@code chime:ListChannels}: List; on app-instance-bot, app-instance-user. */
  public static final Action LIST_CHANNELS = Action.of(PREFIX, "ListChannels");

  /** {@code chime:ListChannelsAssociatedWithChannelFlow}: List; on channel-flow. */
  public static final Action LIST_CHANNELS_ASSOCIATED_WITH_CHANNEL_FLOW = Action.of(PREFIX, "ListChannelsAssociatedWithChannelFlow");

  /** {@code chime:ListChannelsModeratedByAppInstanceUser}: List; on app-instance-bot, app-instance-user. */
  public static final Action LIST_CHANNELS_MODERATED_BY_APP_INSTANCE_USER = Action.of(PREFIX, "ListChannelsModeratedByAppInstanceUser");

  /** {@code chime:ListDelegates}: List; on no resource type (give {@code *}). */
  public static final Action LIST_DELEGATES = Action.of(PREFIX, "ListDelegates");

  /** {@code chime:ListDirectories}: List; on no resource type (give {@code *}). */
  public static final Action LIST_DIRECTORIES = Action.of(PREFIX, "ListDirectories");

  /** {@code chime:ListDomains}: List; on no resource type (give {@code *}). */
  public static final Action LIST_DOMAINS = Action.of(PREFIX, "ListDomains");

  /** {@code chime:ListGroups}: List; on no resource type (give {@code *}). */
  public static final Action LIST_GROUPS = Action.of(PREFIX, "ListGroups");

  /** {@code chime:ListMediaCapturePipelines}: List; on no resource type (give {@code *}). */
  public static final Action LIST_MEDIA_CAPTURE_PIPELINES = Action.of(PREFIX, "ListMediaCapturePipelines");

  /** {@code chime:ListMediaInsightsPipelineConfigurations}: List; on no resource type (give {@code *}). */
  public static final Action LIST_MEDIA_INSIGHTS_PIPELINE_CONFIGURATIONS = Action.of(PREFIX, "ListMediaInsightsPipelineConfigurations");

  /** {@code chime:ListMediaPipelineKinesisVideoStreamPools}: List; on no resource type (give {@code *}). */
  public static final Action LIST_MEDIA_PIPELINE_KINESIS_VIDEO_STREAM_POOLS = Action.of(PREFIX, "ListMediaPipelineKinesisVideoStreamPools");

  /** {@code chime:ListMediaPipelines}: List; on no resource type (give {@code *}). */
  public static final Action LIST_MEDIA_PIPELINES = Action.of(PREFIX, "ListMediaPipelines");

  /** {@code chime:ListMeetingEvents}: List; on no resource type (give {@code *}). */
  public static final Action LIST_MEETING_EVENTS = Action.of(PREFIX, "ListMeetingEvents");

  /** {@code chime:ListMeetingTags}: List; on meeting. */
  public static final Action LIST_MEETING_TAGS = Action.of(PREFIX, "ListMeetingTags");

  /** {@code chime:ListMeetings}: List; on no resource type (give {@code *}). */
  public static final Action LIST_MEETINGS = Action.of(PREFIX, "ListMeetings");

  /** {@code chime:ListMeetingsReportData}: List; on no resource type (give {@code *}). */
  public static final Action LIST_MEETINGS_REPORT_DATA = Action.of(PREFIX, "ListMeetingsReportData");

  /** {@code chime:ListPhoneNumberOrders}: List; on no resource type (give {@code *}). */
  public static final Action LIST_PHONE_NUMBER_ORDERS = Action.of(PREFIX, "ListPhoneNumberOrders");

  /** {@code chime:ListPhoneNumbers}: List; on no resource type (give {@code *}). */
  public static final Action LIST_PHONE_NUMBERS = Action.of(PREFIX, "ListPhoneNumbers");

  /** {@code chime:ListProxySessions}: List; on voice-connector. */
  public static final Action LIST_PROXY_SESSIONS = Action.of(PREFIX, "ListProxySessions");

  /** {@code chime:ListRoomMemberships}: List; on no resource type (give {@code *}). */
  public static final Action LIST_ROOM_MEMBERSHIPS = Action.of(PREFIX, "ListRoomMemberships");

  /** {@code chime:ListRooms}: List; on no resource type (give {@code *}). */
  public static final Action LIST_ROOMS = Action.of(PREFIX, "ListRooms");

  /** {@code chime:ListSipMediaApplications}: List; on no resource type (give {@code *}). */
  public static final Action LIST_SIP_MEDIA_APPLICATIONS = Action.of(PREFIX, "ListSipMediaApplications");

  /** {@code chime:ListSipRules}: List; on sip-media-application. */
  public static final Action LIST_SIP_RULES = Action.of(PREFIX, "ListSipRules");

  /** {@code chime:ListSubChannels}: List; on app-instance-bot, app-instance-user, channel. */
  public static final Action LIST_SUB_CHANNELS = Action.of(PREFIX, "ListSubChannels");

  /** {@code chime:ListSupportedPhoneNumberCountries}: List; on no resource type (give {@code *}). */
  public static final Action LIST_SUPPORTED_PHONE_NUMBER_COUNTRIES = Action.of(PREFIX, "ListSupportedPhoneNumberCountries");

  /** {@code chime:ListTagsForResource}: Read; on app-instance, app-instance-bot, app-instance-user, channel, channel-flow, media-insights-pipeline-configuration, media-pipeline, media-pipeline-kinesis-video-stream-pool, meeting, sip-media-application, voice-connector, voice-profile-domain. */
  public static final Action LIST_TAGS_FOR_RESOURCE = Action.of(PREFIX, "ListTagsForResource");

  /** {@code chime:ListUsers}: List; on no resource type (give {@code *}). */
  public static final Action LIST_USERS = Action.of(PREFIX, "ListUsers");

  /** {@code chime:ListVoiceConnectorGroups}: List; on no resource type (give {@code *}). */
  public static final Action LIST_VOICE_CONNECTOR_GROUPS = Action.of(PREFIX, "ListVoiceConnectorGroups");

  /** {@code chime:ListVoiceConnectorTerminationCredentials}: List; on voice-connector. */
  public static final Action LIST_VOICE_CONNECTOR_TERMINATION_CREDENTIALS = Action.of(PREFIX, "ListVoiceConnectorTerminationCredentials");

  /** {@code chime:ListVoiceConnectors}: List; on no resource type (give {@code *}). */
  public static final Action LIST_VOICE_CONNECTORS = Action.of(PREFIX, "ListVoiceConnectors");

  /** {@code chime:ListVoiceProfileDomains}: List; on no resource type (give {@code *}). */
  public static final Action LIST_VOICE_PROFILE_DOMAINS = Action.of(PREFIX, "ListVoiceProfileDomains");

  /** {@code chime:ListVoiceProfiles}: List; on voice-profile-domain. */
  public static final Action LIST_VOICE_PROFILES = Action.of(PREFIX, "ListVoiceProfiles");

  /** {@code chime:LogoutUser}: Write; on no resource type (give {@code *}). */
  public static final Action LOGOUT_USER = Action.of(PREFIX, "LogoutUser");

  /** {@code chime:PutAppInstanceRetentionSettings}: Write; on app-instance. */
  public static final Action PUT_APP_INSTANCE_RETENTION_SETTINGS = Action.of(PREFIX, "PutAppInstanceRetentionSettings");

  /** {@code chime:PutAppInstanceStreamingConfigurations}: Write; on app-instance. */
  public static final Action PUT_APP_INSTANCE_STREAMING_CONFIGURATIONS = Action.of(PREFIX, "PutAppInstanceStreamingConfigurations");

  /** {@code chime:PutAppInstanceUserExpirationSettings}: Write; on app-instance-user. */
  public static final Action PUT_APP_INSTANCE_USER_EXPIRATION_SETTINGS = Action.of(PREFIX, "PutAppInstanceUserExpirationSettings");

  /** {@code chime:PutChannelExpirationSettings}: Write; on app-instance-user, channel. */
  public static final Action PUT_CHANNEL_EXPIRATION_SETTINGS = Action.of(PREFIX, "PutChannelExpirationSettings");

  /** {@code chime:PutChannelMembershipPreferences}: Write; on app-instance-bot, app-instance-user, channel. */
  public static final Action PUT_CHANNEL_MEMBERSHIP_PREFERENCES = Action.of(PREFIX, "PutChannelMembershipPreferences");

  /** {@code chime:PutEventsConfiguration}: Write; on no resource type (give {@code *}). */
  public static final Action PUT_EVENTS_CONFIGURATION = Action.of(PREFIX, "PutEventsConfiguration");

  /** {@code chime:PutMessagingStreamingConfigurations}: Write; on app-instance. */
  public static final Action PUT_MESSAGING_STREAMING_CONFIGURATIONS = Action.of(PREFIX, "PutMessagingStreamingConfigurations");

  /** {@code chime:PutRetentionSettings}: Write; on no resource type (give {@code *}). */
  public static final Action PUT_RETENTION_SETTINGS = Action.of(PREFIX, "PutRetentionSettings");

  /** {@code chime:PutSipMediaApplicationAlexaSkillConfiguration}: Write; on sip-media-application. */
  public static final Action PUT_SIP_MEDIA_APPLICATION_ALEXA_SKILL_CONFIGURATION = Action.of(PREFIX, "PutSipMediaApplicationAlexaSkillConfiguration");

  /** {@code chime:PutSipMediaApplicationLoggingConfiguration}: Write; on sip-media-application. */
  public static final Action PUT_SIP_MEDIA_APPLICATION_LOGGING_CONFIGURATION = Action.of(PREFIX, "PutSipMediaApplicationLoggingConfiguration");

  /** {@code chime:PutVoiceConnectorEmergencyCallingConfiguration}: Write; on voice-connector. */
  public static final Action PUT_VOICE_CONNECTOR_EMERGENCY_CALLING_CONFIGURATION = Action.of(PREFIX, "PutVoiceConnectorEmergencyCallingConfiguration");

  /** {@code chime:PutVoiceConnectorExternalSystemsConfiguration}: Write; on voice-connector. */
  public static final Action PUT_VOICE_CONNECTOR_EXTERNAL_SYSTEMS_CONFIGURATION = Action.of(PREFIX, "PutVoiceConnectorExternalSystemsConfiguration");

  /** {@code chime:PutVoiceConnectorLoggingConfiguration}: Write; on voice-connector. */
  public static final Action PUT_VOICE_CONNECTOR_LOGGING_CONFIGURATION = Action.of(PREFIX, "PutVoiceConnectorLoggingConfiguration");

  /** {@code chime:PutVoiceConnectorOrigination}: Write; on voice-connector. */
  public static final Action PUT_VOICE_CONNECTOR_ORIGINATION = Action.of(PREFIX, "PutVoiceConnectorOrigination");

  /** {@code chime:PutVoiceConnectorProxy}: Write; on voice-connector. */
  public static final Action PUT_VOICE_CONNECTOR_PROXY = Action.of(PREFIX, "PutVoiceConnectorProxy");

  /** {@code chime:PutVoiceConnectorStreamingConfiguration}: Write; on media-insights-pipeline-configuration, voice-connector. */
  public static final Action PUT_VOICE_CONNECTOR_STREAMING_CONFIGURATION = Action.of(PREFIX, "PutVoiceConnectorStreamingConfiguration");

  /** {@code chime:PutVoiceConnectorTermination}: Write; on voice-connector. */
  public static final Action PUT_VOICE_CONNECTOR_TERMINATION = Action.of(PREFIX, "PutVoiceConnectorTermination");

  /** {@code chime:PutVoiceConnectorTerminationCredentials}: Permissions management; on voice-connector. */
  public static final Action PUT_VOICE_CONNECTOR_TERMINATION_CREDENTIALS = Action.of(PREFIX, "PutVoiceConnectorTerminationCredentials");

  /** {@code chime:RedactChannelMessage}: Write; on app-instance-bot, app-instance-user, channel. */
  public static final Action REDACT_CHANNEL_MESSAGE = Action.of(PREFIX, "RedactChannelMessage");

  /** {@code chime:RedactConversationMessage}: Write; on no resource type (give {@code *}). */
  public static final Action REDACT_CONVERSATION_MESSAGE = Action.of(PREFIX, "RedactConversationMessage");

  /** {@code chime:RedactRoomMessage}: Write; on no resource type (give {@code *}). */
  public static final Action REDACT_ROOM_MESSAGE = Action.of(PREFIX, "RedactRoomMessage");

  /** {@code chime:RegenerateSecurityToken}: Write; on no resource type (give {@code *}). */
  public static final Action REGENERATE_SECURITY_TOKEN = Action.of(PREFIX, "RegenerateSecurityToken");

  /** {@code chime:RegisterAppInstanceUserEndpoint}: Write; on app-instance-user. */
  public static final Action REGISTER_APP_INSTANCE_USER_ENDPOINT = Action.of(PREFIX, "RegisterAppInstanceUserEndpoint");

  /** {@code chime:RenameAccount}: Write; on no resource type (give {@code *}). */
  public static final Action RENAME_ACCOUNT = Action.of(PREFIX, "RenameAccount");

  /** {@code chime:RenewDelegate}: Write; on no resource type (give {@code *}). */
  public static final Action RENEW_DELEGATE = Action.of(PREFIX, "RenewDelegate");

  /** {@code chime:ResetAccountResource}: Write; on no resource type (give {@code *}). */
  public static final Action RESET_ACCOUNT_RESOURCE = Action.of(PREFIX, "ResetAccountResource");

  /** {@code chime:ResetPersonalPIN}: Write; on no resource type (give {@code *}). */
  public static final Action RESET_PERSONAL_PIN = Action.of(PREFIX, "ResetPersonalPIN");

  /** {@code chime:RestorePhoneNumber}: Write; on no resource type (give {@code *}). */
  public static final Action RESTORE_PHONE_NUMBER = Action.of(PREFIX, "RestorePhoneNumber");

  /** {@code chime:RetrieveDataExports}: Read; on no resource type (give {@code *}). */
  public static final Action RETRIEVE_DATA_EXPORTS = Action.of(PREFIX, "RetrieveDataExports");

  /** {@code chime:SearchAvailablePhoneNumbers}: Read; on no resource type (give {@code *}). */
  public static final Action SEARCH_AVAILABLE_PHONE_NUMBERS = Action.of(PREFIX, "SearchAvailablePhoneNumbers");

  /** {@code chime:SearchChannels}: List; on app-instance-bot, app-instance-user. */
  public static final Action SEARCH_CHANNELS = Action.of(PREFIX, "SearchChannels");

  /** {@code chime:SendChannelMessage}: Write; on app-instance-bot, app-instance-user, channel. */
  public static final Action SEND_CHANNEL_MESSAGE = Action.of(PREFIX, "SendChannelMessage");

  /** {@code chime:StartDataExport}: Write; on no resource type (give {@code *}). */
  public static final Action START_DATA_EXPORT = Action.of(PREFIX, "StartDataExport");

  /** {@code chime:StartMeetingTranscription}: Write; on no resource type (give {@code *}). */
  public static final Action START_MEETING_TRANSCRIPTION = Action.of(PREFIX, "StartMeetingTranscription");

  /** {@code chime:StartSpeakerSearchTask}: Write; on media-pipeline, voice-connector. */
  public static final Action START_SPEAKER_SEARCH_TASK = Action.of(PREFIX, "StartSpeakerSearchTask");

  /** {@code chime:StartVoiceToneAnalysisTask}: Write; on media-pipeline, voice-connector. */
  public static final Action START_VOICE_TONE_ANALYSIS_TASK = Action.of(PREFIX, "StartVoiceToneAnalysisTask");

  /** {@code chime:StopMeetingTranscription}: Write; on no resource type (give {@code *}). */
  public static final Action STOP_MEETING_TRANSCRIPTION = Action.of(PREFIX, "StopMeetingTranscription");

  /** {@code chime:StopSpeakerSearchTask}: Write; on media-pipeline, voice-connector. */
  public static final Action STOP_SPEAKER_SEARCH_TASK = Action.of(PREFIX, "StopSpeakerSearchTask");

  /** {@code chime:StopVoiceToneAnalysisTask}: Write; on media-pipeline, voice-connector. */
  public static final Action STOP_VOICE_TONE_ANALYSIS_TASK = Action.of(PREFIX, "StopVoiceToneAnalysisTask");

  /** {@code chime:SubmitSupportRequest}: Write; on no resource type (give {@code *}). */
  public static final Action SUBMIT_SUPPORT_REQUEST = Action.of(PREFIX, "SubmitSupportRequest");

  /** {@code chime:SuspendUsers}: Write; on no resource type (give {@code *}). */
  public static final Action SUSPEND_USERS = Action.of(PREFIX, "SuspendUsers");

  /** {@code chime:TagAttendee}: Tagging; on meeting. */
  public static final Action TAG_ATTENDEE = Action.of(PREFIX, "TagAttendee");

  /** {@code chime:TagMeeting}: Tagging; on meeting. */
  public static final Action TAG_MEETING = Action.of(PREFIX, "TagMeeting");

  /** {@code chime:TagResource}: Tagging; on app-instance, app-instance-bot, app-instance-user, channel, channel-flow, media-insights-pipeline-configuration, media-pipeline, media-pipeline-kinesis-video-stream-pool, meeting, sip-media-application, voice-connector, voice-profile-domain. */
  public static final Action TAG_RESOURCE = Action.of(PREFIX, "TagResource");

  /** {@code chime:UnauthorizeDirectory}: Write; on no resource type (give {@code *}). */
  public static final Action UNAUTHORIZE_DIRECTORY = Action.of(PREFIX, "UnauthorizeDirectory");

  /** {@code chime:UntagAttendee}: Tagging; on meeting. */
  public static final Action UNTAG_ATTENDEE = Action.of(PREFIX, "UntagAttendee");

  /** {@code chime:UntagMeeting}: Tagging; on meeting. */
  public static final Action UNTAG_MEETING = Action.of(PREFIX, "UntagMeeting");

  /** {@code chime:UntagResource}: Tagging; on app-instance, app-instance-bot, app-instance-user, channel, channel-flow, media-insights-pipeline-configuration, media-pipeline, media-pipeline-kinesis-video-stream-pool, meeting, sip-media-application, voice-connector, voice-profile-domain. */
  public static final Action UNTAG_RESOURCE = Action.of(PREFIX, "UntagResource");

  /** {@code chime:UpdateAccount}: Write; on no resource type (give {@code *}). */
  public static final Action UPDATE_ACCOUNT = Action.of(PREFIX, "UpdateAccount");

  /** {@code chime:UpdateAccountOpenIdConfig}: Write; on no resource type (give {@code *}). */
  public static final Action UPDATE_ACCOUNT_OPEN_ID_CONFIG = Action.of(PREFIX, "UpdateAccountOpenIdConfig");

  /** {@code chime:UpdateAccountResource}: Write; on no resource type (give {@code *}). */
  public static final Action UPDATE_ACCOUNT_RESOURCE = Action.of(PREFIX, "UpdateAccountResource");

  /** {@code chime:UpdateAccountSettings}: Write; on no resource type (give {@code *}). */
  public static final Action UPDATE_ACCOUNT_SETTINGS = Action.of(PREFIX, "UpdateAccountSettings");

  /** {@code chime:UpdateAppInstance}: Write; on app-instance. */
  public static final Action UPDATE_APP_INSTANCE = Action.of(PREFIX, "UpdateAppInstance");

  /** {@code chime:UpdateAppInstanceBot}: Write; on app-instance-bot. */
  public static final Action UPDATE_APP_INSTANCE_BOT = Action.of(PREFIX, "UpdateAppInstanceBot");

  /** {@code chime:UpdateAppInstanceUser}: Write; on app-instance-user. */
  public static final Action UPDATE_APP_INSTANCE_USER = Action.of(PREFIX, "UpdateAppInstanceUser");

  /** {@code chime:UpdateAppInstanceUserEndpoint}: Write; on app-instance-user. */
  public static final Action UPDATE_APP_INSTANCE_USER_ENDPOINT = Action.of(PREFIX, "UpdateAppInstanceUserEndpoint");

  /** {@code chime:UpdateAttendeeCapabilities}: Write; on meeting. */
  public static final Action UPDATE_ATTENDEE_CAPABILITIES = Action.of(PREFIX, "UpdateAttendeeCapabilities");

  /** {@code chime:UpdateBot}: Write; on no resource type (give {@code *}). */
  public static final Action UPDATE_BOT = Action.of(PREFIX, "UpdateBot");

  /** {@code chime:UpdateCDRSettings}: Write; on no resource type (give {@code *}). */
  public static final Action UPDATE_CDR_SETTINGS = Action.of(PREFIX, "UpdateCDRSettings");

  /** {@code chime:UpdateChannel}: Write; on app-instance-bot, app-instance-user, channel. */
  public static final Action UPDATE_CHANNEL = Action.of(PREFIX, "UpdateChannel");

  /** {@code chime:UpdateChannelFlow}: Write; on channel-flow. */
  public static final Action UPDATE_CHANNEL_FLOW = Action.of(PREFIX, "UpdateChannelFlow");

  /** {@code chime:UpdateChannelMessage}: Write; on app-instance-bot, app-instance-user, channel. */
  public static final Action UPDATE_CHANNEL_MESSAGE = Action.of(PREFIX, "UpdateChannelMessage");

  /** {@code chime:UpdateChannelReadMarker}: Write; on app-instance-bot, app-instance-user, channel. */
  public static final Action UPDATE_CHANNEL_READ_MARKER = Action.of(PREFIX, "UpdateChannelReadMarker");

  /** {@code chime:UpdateGlobalSettings}: Write; on no resource type (give {@code *}). */
  public static final Action UPDATE_GLOBAL_SETTINGS = Action.of(PREFIX, "UpdateGlobalSettings");

  /** {@code chime:UpdateMediaInsightsPipelineConfiguration}: Write; on media-insights-pipeline-configuration. */
  public static final Action UPDATE_MEDIA_INSIGHTS_PIPELINE_CONFIGURATION = Action.of(PREFIX, "UpdateMediaInsightsPipelineConfiguration");

  /** {@code chime:UpdateMediaInsightsPipelineStatus}: Write; on media-pipeline. */
  public static final Action UPDATE_MEDIA_INSIGHTS_PIPELINE_STATUS = Action.of(PREFIX, "UpdateMediaInsightsPipelineStatus");

  /** {@code chime:UpdateMediaPipelineKinesisVideoStreamPool}: Write; on media-pipeline-kinesis-video-stream-pool. */
  public static final Action UPDATE_MEDIA_PIPELINE_KINESIS_VIDEO_STREAM_POOL = Action.of(PREFIX, "UpdateMediaPipelineKinesisVideoStreamPool");

  /** {@code chime:UpdatePhoneNumber}: Write; on no resource type (give {@code *}). */
  public static final Action UPDATE_PHONE_NUMBER = Action.of(PREFIX, "UpdatePhoneNumber");

  /** {@code chime:UpdatePhoneNumberSettings}: Write; on no resource type (give {@code *}). */
  public static final Action UPDATE_PHONE_NUMBER_SETTINGS = Action.of(PREFIX, "UpdatePhoneNumberSettings");

  /** {@code chime:UpdateProxySession}: Write; on voice-connector. */
  public static final Action UPDATE_PROXY_SESSION = Action.of(PREFIX, "UpdateProxySession");

  /** {@code chime:UpdateRoom}: Write; on no resource type (give {@code *}). */
  public static final Action UPDATE_ROOM = Action.of(PREFIX, "UpdateRoom");

  /** {@code chime:UpdateRoomMembership}: Write; on no resource type (give {@code *}). */
  public static final Action UPDATE_ROOM_MEMBERSHIP = Action.of(PREFIX, "UpdateRoomMembership");

  /** {@code chime:UpdateSipMediaApplication}: Write; on sip-media-application. */
  public static final Action UPDATE_SIP_MEDIA_APPLICATION = Action.of(PREFIX, "UpdateSipMediaApplication");

  /** {@code chime:UpdateSipMediaApplicationCall}: Write; on sip-media-application. */
  public static final Action UPDATE_SIP_MEDIA_APPLICATION_CALL = Action.of(PREFIX, "UpdateSipMediaApplicationCall");

  /** {@code chime:UpdateSipRule}: Write; on sip-media-application. */
  public static final Action UPDATE_SIP_RULE = Action.of(PREFIX, "UpdateSipRule");

  /** {@code chime:UpdateSupportedLicenses}: Write; on no resource type (give {@code *}). */
  public static final Action UPDATE_SUPPORTED_LICENSES = Action.of(PREFIX, "UpdateSupportedLicenses");

  /** {@code chime:UpdateUser}: Write; on no resource type (give {@code *}). */
  public static final Action UPDATE_USER = Action.of(PREFIX, "UpdateUser");

  /** {@code chime:UpdateUserLicenses}: Write; on no resource type (give {@code *}). */
  public static final Action UPDATE_USER_LICENSES = Action.of(PREFIX, "UpdateUserLicenses");

  /** {@code chime:UpdateUserSettings}: Write; on no resource type (give {@code *}). */
  public static final Action UPDATE_USER_SETTINGS = Action.of(PREFIX, "UpdateUserSettings");

  /** {@code chime:UpdateVoiceConnector}: Write; on voice-connector. */
  public static final Action UPDATE_VOICE_CONNECTOR = Action.of(PREFIX, "UpdateVoiceConnector");

  /** {@code chime:UpdateVoiceConnectorGroup}: Write; on voice-connector. */
  public static final Action UPDATE_VOICE_CONNECTOR_GROUP = Action.of(PREFIX, "UpdateVoiceConnectorGroup");

  /** {@code chime:UpdateVoiceProfile}: Write; on voice-profile. */
  public static final Action UPDATE_VOICE_PROFILE = Action.of(PREFIX, "UpdateVoiceProfile");

  /** {@code chime:UpdateVoiceProfileDomain}: Write; on voice-profile-domain. */
  public static final Action UPDATE_VOICE_PROFILE_DOMAIN = Action.of(PREFIX, "UpdateVoiceProfileDomain");

  /** {@code chime:ValidateAccountResource}: Read; on no resource type (give {@code *}). */
  public static final Action VALIDATE_ACCOUNT_RESOURCE = Action.of(PREFIX, "ValidateAccountResource");

  /** {@code chime:ValidateE911Address}: Read; on no resource type (give {@code *}). */
  public static final Action VALIDATE_E911_ADDRESS = Action.of(PREFIX, "ValidateE911Address");

  private Chime() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
