// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of Amazon Pinpoint (prefix {@code mobiletargeting}), as the service authorization reference lists them.
 */
public final class Mobiletargeting {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "mobiletargeting";

  /** {@code mobiletargeting:CreateApp}: Write; on apps. */
  public static final Action CREATE_APP = Action.of(PREFIX, "CreateApp");

  /** {@code mobiletargeting:CreateCampaign}: Write; on app. */
  public static final Action CREATE_CAMPAIGN = Action.of(PREFIX, "CreateCampaign");

  /** {@code mobiletargeting:CreateEmailTemplate}: Write; on template. */
  public static final Action CREATE_EMAIL_TEMPLATE = Action.of(PREFIX, "CreateEmailTemplate");

  /** {@code mobiletargeting:CreateExportJob}: Write; on app. */
  public static final Action CREATE_EXPORT_JOB = Action.of(PREFIX, "CreateExportJob");

  /** {@code mobiletargeting:CreateImportJob}: Write; on app. */
  public static final Action CREATE_IMPORT_JOB = Action.of(PREFIX, "CreateImportJob");

  /** {@code mobiletargeting:CreateInAppTemplate}: Write; on template. */
  public static final Action CREATE_IN_APP_TEMPLATE = Action.of(PREFIX, "CreateInAppTemplate");

  /** {@code mobiletargeting:CreateJourney}: Write; on journeys. */
  public static final Action CREATE_JOURNEY = Action.of(PREFIX, "CreateJourney");

  /** {@code mobiletargeting:CreatePushTemplate}: Write; on template. */
  public static final Action CREATE_PUSH_TEMPLATE = Action.of(PREFIX, "CreatePushTemplate");

  /** {@code mobiletargeting:CreateRecommenderConfiguration}: Write; on recommenders. */
  public static final Action CREATE_RECOMMENDER_CONFIGURATION = Action.of(PREFIX, "CreateRecommenderConfiguration");

  /** {@code mobiletargeting:CreateSegment}: Write; on app. */
  public static final Action CREATE_SEGMENT = Action.of(PREFIX, "CreateSegment");

  /** {@code mobiletargeting:CreateSmsTemplate}: Write; on template. */
  public static final Action CREATE_SMS_TEMPLATE = Action.of(PREFIX, "CreateSmsTemplate");

  /** {@code mobiletargeting:CreateVoiceTemplate}: Write; on template. */
  public static final Action CREATE_VOICE_TEMPLATE = Action.of(PREFIX, "CreateVoiceTemplate");

  /** {@code mobiletargeting:DeleteAdmChannel}: Write; on channel. */
  public static final Action DELETE_ADM_CHANNEL = Action.of(PREFIX, "DeleteAdmChannel");

  /** {@code mobiletargeting:DeleteApnsChannel}: Write; on channel. */
  public static final Action DELETE_APNS_CHANNEL = Action.of(PREFIX, "DeleteApnsChannel");

  /** {@code mobiletargeting:DeleteApnsSandboxChannel}: Write; on channel. */
  public static final Action DELETE_APNS_SANDBOX_CHANNEL = Action.of(PREFIX, "DeleteApnsSandboxChannel");

  /** {@code mobiletargeting:DeleteApnsVoipChannel}: Write; on channel. */
  public static final Action DELETE_APNS_VOIP_CHANNEL = Action.of(PREFIX, "DeleteApnsVoipChannel");

  /** {@code mobiletargeting:DeleteApnsVoipSandboxChannel}: Write; on channel. */
  public static final Action DELETE_APNS_VOIP_SANDBOX_CHANNEL = Action.of(PREFIX, "DeleteApnsVoipSandboxChannel");

  /** {@code mobiletargeting:DeleteApp}: Write; on app. */
  public static final Action DELETE_APP = Action.of(PREFIX, "DeleteApp");

  /** {@code mobiletargeting:DeleteBaiduChannel}: Write; on channel. */
  public static final Action DELETE_BAIDU_CHANNEL = Action.of(PREFIX, "DeleteBaiduChannel");

  /** {@code mobiletargeting:DeleteCampaign}: Write; on campaign. */
  public static final Action DELETE_CAMPAIGN = Action.of(PREFIX, "DeleteCampaign");

  /** {@code mobiletargeting:DeleteEmailChannel}: Write; on channel. */
  public static final Action DELETE_EMAIL_CHANNEL = Action.of(PREFIX, "DeleteEmailChannel");

  /** {@code mobiletargeting:DeleteEmailTemplate}: Write; on template. */
  public static final Action DELETE_EMAIL_TEMPLATE = Action.of(PREFIX, "DeleteEmailTemplate");

  /** {@code mobiletargeting:DeleteEndpoint}: Write; on endpoint. */
  public static final Action DELETE_ENDPOINT = Action.of(PREFIX, "DeleteEndpoint");

  /** {@code mobiletargeting:DeleteEventStream}: Write; on event-stream. */
  public static final Action DELETE_EVENT_STREAM = Action.of(PREFIX, "DeleteEventStream");

  /** {@code mobiletargeting:DeleteGcmChannel}: Write; on channel. */
  public static final Action DELETE_GCM_CHANNEL = Action.of(PREFIX, "DeleteGcmChannel");

  /** {@code mobiletargeting:DeleteInAppTemplate}: Write; on template. */
  public static final Action DELETE_IN_APP_TEMPLATE = Action.of(PREFIX, "DeleteInAppTemplate");

  /** {@code mobiletargeting:DeleteJourney}: Write; on journey. */
  public static final Action DELETE_JOURNEY = Action.of(PREFIX, "DeleteJourney");

  /** {@code mobiletargeting:DeletePushTemplate}: Write; on template. */
  public static final Action DELETE_PUSH_TEMPLATE = Action.of(PREFIX, "DeletePushTemplate");

  /** {@code mobiletargeting:DeleteRecommenderConfiguration}: Write; on recommender. */
  public static final Action DELETE_RECOMMENDER_CONFIGURATION = Action.of(PREFIX, "DeleteRecommenderConfiguration");

  /** {@code mobiletargeting:DeleteSegment}: Write; on segment. */
  public static final Action DELETE_SEGMENT = Action.of(PREFIX, "DeleteSegment");

  /** {@code mobiletargeting:DeleteSmsChannel}: Write; on channel. */
  public static final Action DELETE_SMS_CHANNEL = Action.of(PREFIX, "DeleteSmsChannel");

  /** {@code mobiletargeting:DeleteSmsTemplate}: Write; on template. */
  public static final Action DELETE_SMS_TEMPLATE = Action.of(PREFIX, "DeleteSmsTemplate");

  /** {@code mobiletargeting:DeleteUserEndpoints}: Write; on user. */
  public static final Action DELETE_USER_ENDPOINTS = Action.of(PREFIX, "DeleteUserEndpoints");

  /** {@code mobiletargeting:DeleteVoiceChannel}: Write; on channel. */
  public static final Action DELETE_VOICE_CHANNEL = Action.of(PREFIX, "DeleteVoiceChannel");

  /** {@code mobiletargeting:DeleteVoiceTemplate}: Write; on template. */
  public static final Action DELETE_VOICE_TEMPLATE = Action.of(PREFIX, "DeleteVoiceTemplate");

  /** {@code mobiletargeting:GetAdmChannel}: Read; on channel. */
  public static final Action GET_ADM_CHANNEL = Action.of(PREFIX, "GetAdmChannel");

  /** {@code mobiletargeting:GetApnsChannel}: Read; on channel. */
  public static final Action GET_APNS_CHANNEL = Action.of(PREFIX, "GetApnsChannel");

  /** {@code mobiletargeting:GetApnsSandboxChannel}: Read; on channel. */
  public static final Action GET_APNS_SANDBOX_CHANNEL = Action.of(PREFIX, "GetApnsSandboxChannel");

  /** {@code mobiletargeting:GetApnsVoipChannel}: Read; on channel. */
  public static final Action GET_APNS_VOIP_CHANNEL = Action.of(PREFIX, "GetApnsVoipChannel");

  /** {@code mobiletargeting:GetApnsVoipSandboxChannel}: Read; on channel. */
  public static final Action GET_APNS_VOIP_SANDBOX_CHANNEL = Action.of(PREFIX, "GetApnsVoipSandboxChannel");

  /** {@code mobiletargeting:GetApp}: Read; on app. */
  public static final Action GET_APP = Action.of(PREFIX, "GetApp");

  /** {@code mobiletargeting:GetApplicationDateRangeKpi}: Read; on application-metrics. */
  public static final Action GET_APPLICATION_DATE_RANGE_KPI = Action.of(PREFIX, "GetApplicationDateRangeKpi");

  /** {@code mobiletargeting:GetApplicationSettings}: List; on app. */
  public static final Action GET_APPLICATION_SETTINGS = Action.of(PREFIX, "GetApplicationSettings");

  /** {@code mobiletargeting:GetApps}: Read; on apps. */
  public static final Action GET_APPS = Action.of(PREFIX, "GetApps");

  /** {@code mobiletargeting:GetBaiduChannel}: Read; on channel. */
  public static final Action GET_BAIDU_CHANNEL = Action.of(PREFIX, "GetBaiduChannel");

  /** {@code mobiletargeting:GetCampaign}: Read; on campaign. */
  public static final Action GET_CAMPAIGN = Action.of(PREFIX, "GetCampaign");

  /** {@code mobiletargeting:GetCampaignActivities}: List; on campaign. */
  public static final Action GET_CAMPAIGN_ACTIVITIES = Action.of(PREFIX, "GetCampaignActivities");

  /** {@code mobiletargeting:GetCampaignDateRangeKpi}: Read; on campaign-metrics. */
  public static final Action GET_CAMPAIGN_DATE_RANGE_KPI = Action.of(PREFIX, "GetCampaignDateRangeKpi");

  /** {@code mobiletargeting:GetCampaignVersion}: Read; on campaign. */
  public static final Action GET_CAMPAIGN_VERSION = Action.of(PREFIX, "GetCampaignVersion");

  /** {@code mobiletargeting:GetCampaignVersions}: List; on campaign. */
  public static final Action GET_CAMPAIGN_VERSIONS = Action.of(PREFIX, "GetCampaignVersions");

  /** {@code mobiletargeting:GetCampaigns}: List; on app. */
  public static final Action GET_CAMPAIGNS = Action.of(PREFIX, "GetCampaigns");

  /** {@code mobiletargeting:GetChannels}: List; on channels. */
  public static final Action GET_CHANNELS = Action.of(PREFIX, "GetChannels");

  /** {@code mobiletargeting:GetEmailChannel}: Read; on channel. */
  public static final Action GET_EMAIL_CHANNEL = Action.of(PREFIX, "GetEmailChannel");

  /** {@code mobiletargeting:GetEmailTemplate}: Read; on template. */
  public static final Action GET_EMAIL_TEMPLATE = Action.of(PREFIX, "GetEmailTemplate");

  /** {@code mobiletargeting:GetEndpoint}: Read; on endpoint. */
  public static final Action GET_ENDPOINT = Action.of(PREFIX, "GetEndpoint");

  /** {@code mobiletargeting:GetEventStream}: Read; on event-stream. */
  public static final Action GET_EVENT_STREAM = Action.of(PREFIX, "GetEventStream");

  /** {@code mobiletargeting:GetExportJob}: Read; on export-job. */
  public static final Action GET_EXPORT_JOB = Action.of(PREFIX, "GetExportJob");

  /** {@code mobiletargeting:GetExportJobs}: List; on app. */
  public static final Action GET_EXPORT_JOBS = Action.of(PREFIX, "GetExportJobs");

  /** {@code mobiletargeting:GetGcmChannel}: Read; on channel. */
  public static final Action GET_GCM_CHANNEL = Action.of(PREFIX, "GetGcmChannel");

  /** {@code mobiletargeting:GetImportJob}: Read; on import-job. */
  public static final Action GET_IMPORT_JOB = Action.of(PREFIX, "GetImportJob");

  /** {@code mobiletargeting:GetImportJobs}: List; on app. */
  public static final Action GET_IMPORT_JOBS = Action.of(PREFIX, "GetImportJobs");

  /** {@code mobiletargeting:GetInAppMessages}: Read; on app. */
  public static final Action GET_IN_APP_MESSAGES = Action.of(PREFIX, "GetInAppMessages");

  /** {@code mobiletargeting:GetInAppTemplate}: Read; on template. */
  public static final Action GET_IN_APP_TEMPLATE = Action.of(PREFIX, "GetInAppTemplate");

  /** {@code mobiletargeting:GetJourney}: Read; on journey. */
  public static final Action GET_JOURNEY = Action.of(PREFIX, "GetJourney");

  /** {@code mobiletargeting:GetJourneyDateRangeKpi}: Read; on journey-metrics. */
  public static final Action GET_JOURNEY_DATE_RANGE_KPI = Action.of(PREFIX, "GetJourneyDateRangeKpi");

  /** {@code mobiletargeting:GetJourneyExecutionActivityMetrics}: Read; on journey-execution-activity-metrics. */
  public static final Action GET_JOURNEY_EXECUTION_ACTIVITY_METRICS = Action.of(PREFIX, "GetJourneyExecutionActivityMetrics");

  /** {@code mobiletargeting:GetJourneyExecutionMetrics}: Read; on journey-execution-metrics. */
  public static final Action GET_JOURNEY_EXECUTION_METRICS = Action.of(PREFIX, "GetJourneyExecutionMetrics");

  /** {@code mobiletargeting:GetJourneyRunExecutionActivityMetrics}: Read; on journey. */
  public static final Action GET_JOURNEY_RUN_EXECUTION_ACTIVITY_METRICS = Action.of(PREFIX, "GetJourneyRunExecutionActivityMetrics");

  /** {@code mobiletargeting:GetJourneyRunExecutionMetrics}: Read; on journey. */
  public static final Action GET_JOURNEY_RUN_EXECUTION_METRICS = Action.of(PREFIX, "GetJourneyRunExecutionMetrics");

  /** {@code mobiletargeting:GetJourneyRuns}: List; on journey. */
  public static final Action GET_JOURNEY_RUNS = Action.of(PREFIX, "GetJourneyRuns");

  /** {@code mobiletargeting:GetPushTemplate}: Read; on template. */
  public static final Action GET_PUSH_TEMPLATE = Action.of(PREFIX, "GetPushTemplate");

  /** {@code mobiletargeting:GetRecommenderConfiguration}: Read; on recommender. */
  public static final Action GET_RECOMMENDER_CONFIGURATION = Action.of(PREFIX, "GetRecommenderConfiguration");

  /** {@code mobiletargeting:GetRecommenderConfigurations}: List; on recommenders. */
  public static final Action GET_RECOMMENDER_CONFIGURATIONS = Action.of(PREFIX, "GetRecommenderConfigurations");

  /** {@code mobiletargeting:GetReports}: Read; on reports. */
  public static final Action GET_REPORTS = Action.of(PREFIX, "GetReports");

  /** {@code mobiletargeting:GetSegment}: Read; on segment. */
  public static final Action GET_SEGMENT = Action.of(PREFIX, "GetSegment");

  /** {@code mobiletargeting:GetSegmentExportJobs}: List; on segment. */
  public static final Action GET_SEGMENT_EXPORT_JOBS = Action.of(PREFIX, "GetSegmentExportJobs");

  /** {@code mobiletargeting:GetSegmentImportJobs}: List; on segment. */
  public static final Action GET_SEGMENT_IMPORT_JOBS = Action.of(PREFIX, "GetSegmentImportJobs");

  /** {@code mobiletargeting:GetSegmentVersion}: Read; on segment. */
  public static final Action GET_SEGMENT_VERSION = Action.of(PREFIX, "GetSegmentVersion");

  /** {@code mobiletargeting:GetSegmentVersions}: List; on segment. */
  public static final Action GET_SEGMENT_VERSIONS = Action.of(PREFIX, "GetSegmentVersions");

  /** {@code mobiletargeting:GetSegments}: List; on app. */
  public static final Action GET_SEGMENTS = Action.of(PREFIX, "GetSegments");

  /** {@code mobiletargeting:GetSmsChannel}: Read; on channel. */
  public static final Action GET_SMS_CHANNEL = Action.of(PREFIX, "GetSmsChannel");

  /** {@code mobiletargeting:GetSmsTemplate}: Read; on template. */
  public static final Action GET_SMS_TEMPLATE = Action.of(PREFIX, "GetSmsTemplate");

  /** {@code mobiletargeting:GetUserEndpoints}: Read; on user. */
  public static final Action GET_USER_ENDPOINTS = Action.of(PREFIX, "GetUserEndpoints");

  /** {@code mobiletargeting:GetVoiceChannel}: Read; on channel. */
  public static final Action GET_VOICE_CHANNEL = Action.of(PREFIX, "GetVoiceChannel");

  /** {@code mobiletargeting:GetVoiceTemplate}: Read; on template. */
  public static final Action GET_VOICE_TEMPLATE = Action.of(PREFIX, "GetVoiceTemplate");

  /** {@code mobiletargeting:ListJourneys}: List; on app. */
  public static final Action LIST_JOURNEYS = Action.of(PREFIX, "ListJourneys");

  /** {@code mobiletargeting:ListTagsForResource}: Read; on app, campaign, journey, segment, template. */
  public static final Action LIST_TAGS_FOR_RESOURCE = Action.of(PREFIX, "ListTagsForResource");

  /** {@code mobiletargeting:ListTemplateVersions}: List; on template. */
  public static final Action LIST_TEMPLATE_VERSIONS = Action.of(PREFIX, "ListTemplateVersions");

  /** {@code mobiletargeting:ListTemplates}: List; on templates. */
  public static final Action LIST_TEMPLATES = Action.of(PREFIX, "ListTemplates");

  /** {@code mobiletargeting:PhoneNumberValidate}: Read; on phone-number-validate. */
  public static final Action PHONE_NUMBER_VALIDATE = Action.of(PREFIX, "PhoneNumberValidate");

  /** {@code mobiletargeting:PutEventStream}: Write; on event-stream. */
  public static final Action PUT_EVENT_STREAM = Action.of(PREFIX, "PutEventStream");

  /** {@code mobiletargeting:PutEvents}: Write; on events. */
  public static final Action PUT_EVENTS = Action.of(PREFIX, "PutEvents");

  /** {@code mobiletargeting:RemoveAttributes}: Write; on attribute. */
  public static final Action REMOVE_ATTRIBUTES = Action.of(PREFIX, "RemoveAttributes");

  /** {@code mobiletargeting:SendMessages}: Write; on messages. */
  public static final Action SEND_MESSAGES = Action.of(PREFIX, "SendMessages");

  /** {@code mobiletargeting:SendOTPMessage}: Write; on otp. */
  public static final Action SEND_OTP_MESSAGE = Action.of(PREFIX, "SendOTPMessage");

  /** {@code mobiletargeting:SendUsersMessages}: Write; on messages. */
  public static final Action SEND_USERS_MESSAGES = Action.of(PREFIX, "SendUsersMessages");

  /** {@code mobiletargeting:TagResource}: Tagging; on app, campaign, journey, segment, template. */
  public static final Action TAG_RESOURCE = Action.of(PREFIX, "TagResource");

  /** {@code mobiletargeting:UntagResource}: Tagging; on app, campaign, journey, segment, template. */
  public static final Action UNTAG_RESOURCE = Action.of(PREFIX, "UntagResource");

  /** {@code mobiletargeting:UpdateAdmChannel}: Write; on channel. */
  public static final Action UPDATE_ADM_CHANNEL = Action.of(PREFIX, "UpdateAdmChannel");

  /** {@code mobiletargeting:UpdateApnsChannel}: Write; on channel. */
  public static final Action UPDATE_APNS_CHANNEL = Action.of(PREFIX, "UpdateApnsChannel");

  /** {@code mobiletargeting:UpdateApnsSandboxChannel}: Write; on channel. */
  public static final Action UPDATE_APNS_SANDBOX_CHANNEL = Action.of(PREFIX, "UpdateApnsSandboxChannel");

  /** {@code mobiletargeting:UpdateApnsVoipChannel}: Write; on channel. */
  public static final Action UPDATE_APNS_VOIP_CHANNEL = Action.of(PREFIX, "UpdateApnsVoipChannel");

  /** {@code mobiletargeting:UpdateApnsVoipSandboxChannel}: Write; on channel. */
  public static final Action UPDATE_APNS_VOIP_SANDBOX_CHANNEL = Action.of(PREFIX, "UpdateApnsVoipSandboxChannel");

  /** {@code mobiletargeting:UpdateApplicationSettings}: Write; on app. */
  public static final Action UPDATE_APPLICATION_SETTINGS = Action.of(PREFIX, "UpdateApplicationSettings");

  /** {@code mobiletargeting:UpdateBaiduChannel}: Write; on channel. */
  public static final Action UPDATE_BAIDU_CHANNEL = Action.of(PREFIX, "UpdateBaiduChannel");

  /** {@code mobiletargeting:UpdateCampaign}: Write; on campaign. */
  public static final Action UPDATE_CAMPAIGN = Action.of(PREFIX, "UpdateCampaign");

  /** {@code mobiletargeting:UpdateEmailChannel}: Write; on channel. */
  public static final Action UPDATE_EMAIL_CHANNEL = Action.of(PREFIX, "UpdateEmailChannel");

  /** {@code mobiletargeting:UpdateEmailTemplate}: Write; on template. */
  public static final Action UPDATE_EMAIL_TEMPLATE = Action.of(PREFIX, "UpdateEmailTemplate");

  /** {@code mobiletargeting:UpdateEndpoint}: Write; on endpoint. */
  public static final Action UPDATE_ENDPOINT = Action.of(PREFIX, "UpdateEndpoint");

  /** {@code mobiletargeting:UpdateEndpointsBatch}: Write; on app. */
  public static final Action UPDATE_ENDPOINTS_BATCH = Action.of(PREFIX, "UpdateEndpointsBatch");

  /** {@code mobiletargeting:UpdateGcmChannel}: Write; on channel. */
  public static final Action UPDATE_GCM_CHANNEL = Action.of(PREFIX, "UpdateGcmChannel");

  /** {@code mobiletargeting:UpdateInAppTemplate}: Write; on template. */
  public static final Action UPDATE_IN_APP_TEMPLATE = Action.of(PREFIX, "UpdateInAppTemplate");

  /** {@code mobiletargeting:UpdateJourney}: Write; on journey. */
  public static final Action UPDATE_JOURNEY = Action.of(PREFIX, "UpdateJourney");

  /** {@code mobiletargeting:UpdateJourneyState}: Write; on journey. */
  public static final Action UPDATE_JOURNEY_STATE = Action.of(PREFIX, "UpdateJourneyState");

  /** {@code mobiletargeting:UpdatePushTemplate}: Write; on template. */
  public static final Action UPDATE_PUSH_TEMPLATE = Action.of(PREFIX, "UpdatePushTemplate");

  /** {@code mobiletargeting:UpdateRecommenderConfiguration}: Write; on recommender. */
  public static final Action UPDATE_RECOMMENDER_CONFIGURATION = Action.of(PREFIX, "UpdateRecommenderConfiguration");

  /** {@code mobiletargeting:UpdateSegment}: Write; on segment. */
  public static final Action UPDATE_SEGMENT = Action.of(PREFIX, "UpdateSegment");

  /** {@code mobiletargeting:UpdateSmsChannel}: Write; on channel. */
  public static final Action UPDATE_SMS_CHANNEL = Action.of(PREFIX, "UpdateSmsChannel");

  /** {@code mobiletargeting:UpdateSmsTemplate}: Write; on template. */
  public static final Action UPDATE_SMS_TEMPLATE = Action.of(PREFIX, "UpdateSmsTemplate");

  /** {@code mobiletargeting:UpdateTemplateActiveVersion}: Write; on template. */
  public static final Action UPDATE_TEMPLATE_ACTIVE_VERSION = Action.of(PREFIX, "UpdateTemplateActiveVersion");

  /** {@code mobiletargeting:UpdateVoiceChannel}: Write; on channel. */
  public static final Action UPDATE_VOICE_CHANNEL = Action.of(PREFIX, "UpdateVoiceChannel");

  /** {@code mobiletargeting:UpdateVoiceTemplate}: Write; on template. */
  public static final Action UPDATE_VOICE_TEMPLATE = Action.of(PREFIX, "UpdateVoiceTemplate");

  /** {@code mobiletargeting:VerifyOTPMessage}: Write; on verify-otp. */
  public static final Action VERIFY_OTP_MESSAGE = Action.of(PREFIX, "VerifyOTPMessage");

  private Mobiletargeting() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
