// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of Amazon Connect Outbound Campaigns (prefix {@code connect-campaigns}), as the service authorization reference lists them.
 */
public final class ConnectCampaigns {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "connect-campaigns";

  /** {@code connect-campaigns:CreateCampaign}: Write; on campaign. */
  public static final Action CREATE_CAMPAIGN = Action.of(PREFIX, "CreateCampaign");

  /** {@code connect-campaigns:DeleteCampaign}: Write; on campaign. */
  public static final Action DELETE_CAMPAIGN = Action.of(PREFIX, "DeleteCampaign");

  /** {@code connect-campaigns:DeleteCampaignChannelSubtypeConfig}: Write; on campaign. */
  public static final Action DELETE_CAMPAIGN_CHANNEL_SUBTYPE_CONFIG = Action.of(PREFIX, "DeleteCampaignChannelSubtypeConfig");

  /** {@code connect-campaigns:DeleteCampaignCommunicationLimits}: Write; on campaign. */
  public static final Action DELETE_CAMPAIGN_COMMUNICATION_LIMITS = Action.of(PREFIX, "DeleteCampaignCommunicationLimits");

  /** {@code connect-campaigns:DeleteCampaignCommunicationTime}: Write; on campaign. */
  public static final Action DELETE_CAMPAIGN_COMMUNICATION_TIME = Action.of(PREFIX, "DeleteCampaignCommunicationTime");

  /** {@code connect-campaigns:DeleteConnectInstanceConfig}: Write; on no resource type (give {@code *}). */
  public static final Action DELETE_CONNECT_INSTANCE_CONFIG = Action.of(PREFIX, "DeleteConnectInstanceConfig");

  /** {@code connect-campaigns:DeleteConnectInstanceIntegration}: Write; on no resource type (give {@code *}). */
  public static final Action DELETE_CONNECT_INSTANCE_INTEGRATION = Action.of(PREFIX, "DeleteConnectInstanceIntegration");

  /** {@code connect-campaigns:DeleteInstanceOnboardingJob}: Write; on no resource type (give {@code *}). */
  public static final Action DELETE_INSTANCE_ONBOARDING_JOB = Action.of(PREFIX, "DeleteInstanceOnboardingJob");

  /** {@code connect-campaigns:DescribeCampaign}: Read; on campaign. */
  public static final Action DESCRIBE_CAMPAIGN = Action.of(PREFIX, "DescribeCampaign");

  /** {@code connect-campaigns:GetCampaignState}: Read; on campaign. */
  public static final Action GET_CAMPAIGN_STATE = Action.of(PREFIX, "GetCampaignState");

  /** {@code connect-campaigns:GetCampaignStateBatch}: Read; on campaign. */
  public static final Action GET_CAMPAIGN_STATE_BATCH = Action.of(PREFIX, "GetCampaignStateBatch");

  /** {@code connect-campaigns:GetConnectInstanceConfig}: Read; on no resource type (give {@code *}). */
  public static final Action GET_CONNECT_INSTANCE_CONFIG = Action.of(PREFIX, "GetConnectInstanceConfig");

  /** {@code connect-campaigns:GetInstanceCommunicationLimits}: Read; on no resource type (give {@code *}). */
  public static final Action GET_INSTANCE_COMMUNICATION_LIMITS = Action.of(PREFIX, "GetInstanceCommunicationLimits");

  /** {@code connect-campaigns:GetInstanceOnboardingJobStatus}: Read; on no resource type (give {@code *}). */
  public static final Action GET_INSTANCE_ONBOARDING_JOB_STATUS = Action.of(PREFIX, "GetInstanceOnboardingJobStatus");

  /** {@code connect-campaigns:ListCampaigns}: List; on no resource type (give {@code *}). */
  public static final Action LIST_CAMPAIGNS = Action.of(PREFIX, "ListCampaigns");

  /** {@code connect-campaigns:ListConnectInstanceIntegrations}: List; on no resource type (give {@code *}). */
  public static final Action LIST_CONNECT_INSTANCE_INTEGRATIONS = Action.of(PREFIX, "ListConnectInstanceIntegrations");

  /** {@code connect-campaigns:ListTagsForResource}: Read; on campaign. */
  public static final Action LIST_TAGS_FOR_RESOURCE = Action.of(PREFIX, "ListTagsForResource");

  /** {@code connect-campaigns:PauseCampaign}: Write; on campaign. */
  public static final Action PAUSE_CAMPAIGN = Action.of(PREFIX, "PauseCampaign");

  /** {@code connect-campaigns:PutConnectInstanceIntegration}: Write; on no resource type (give {@code *}). */
  public static final Action PUT_CONNECT_INSTANCE_INTEGRATION = Action.of(PREFIX, "PutConnectInstanceIntegration");

  /** {@code connect-campaigns:PutDialRequestBatch}: Write; on campaign. */
  public static final Action PUT_DIAL_REQUEST_BATCH = Action.of(PREFIX, "PutDialRequestBatch");

  /** {@code connect-campaigns:PutInstanceCommunicationLimits}: Write; on no resource type (give {@code *}). */
  public static final Action PUT_INSTANCE_COMMUNICATION_LIMITS = Action.of(PREFIX, "PutInstanceCommunicationLimits");

  /** {@code connect-campaigns:PutOutboundRequestBatch}: Write; on campaign. */
  public static final Action PUT_OUTBOUND_REQUEST_BATCH = Action.of(PREFIX, "PutOutboundRequestBatch");

  /** {@code connect-campaigns:PutProfileOutboundRequestBatch}: Write; on campaign. */
  public static final Action PUT_PROFILE_OUTBOUND_REQUEST_BATCH = Action.of(PREFIX, "PutProfileOutboundRequestBatch");

  /** {@code connect-campaigns:ResumeCampaign}: Write; on campaign. */
  public static final Action RESUME_CAMPAIGN = Action.of(PREFIX, "ResumeCampaign");

  /** {@code connect-campaigns:StartCampaign}: Write; on campaign. */
  public static final Action START_CAMPAIGN = Action.of(PREFIX, "StartCampaign");

  /** {@code connect-campaigns:StartInstanceOnboardingJob}: Write; on no resource type (give {@code *}). */
  public static final Action START_INSTANCE_ONBOARDING_JOB = Action.of(PREFIX, "StartInstanceOnboardingJob");

  /** {@code connect-campaigns:StopCampaign}: Write; on campaign. */
  public static final Action STOP_CAMPAIGN = Action.of(PREFIX, "StopCampaign");

  /** {@code connect-campaigns:TagResource}: Tagging; on campaign. */
  public static final Action TAG_RESOURCE = Action.of(PREFIX, "TagResource");

  /** {@code connect-campaigns:UntagResource}: Tagging; on campaign. */
  public static final Action UNTAG_RESOURCE = Action.of(PREFIX, "UntagResource");

  /** {@code connect-campaigns:UpdateCampaignChannelSubtypeConfig}: Write; on campaign. */
  public static final Action UPDATE_CAMPAIGN_CHANNEL_SUBTYPE_CONFIG = Action.of(PREFIX, "UpdateCampaignChannelSubtypeConfig");

  /** {@code connect-campaigns:UpdateCampaignCommunicationLimits}: Write; on campaign. */
  public static final Action UPDATE_CAMPAIGN_COMMUNICATION_LIMITS = Action.of(PREFIX, "UpdateCampaignCommunicationLimits");

  /** {@code connect-campaigns:UpdateCampaignCommunicationTime}: Write; on campaign. */
  public static final Action UPDATE_CAMPAIGN_COMMUNICATION_TIME = Action.of(PREFIX, "UpdateCampaignCommunicationTime");

  /** {@code connect-campaigns:UpdateCampaignDialerConfig}: Write; on campaign. */
  public static final Action UPDATE_CAMPAIGN_DIALER_CONFIG = Action.of(PREFIX, "UpdateCampaignDialerConfig");

  /** {@code connect-campaigns:UpdateCampaignFlowAssociation}: Write; on campaign. */
  public static final Action UPDATE_CAMPAIGN_FLOW_ASSOCIATION = Action.of(PREFIX, "UpdateCampaignFlowAssociation");

  /** {@code connect-campaigns:UpdateCampaignName}: Write; on campaign. */
  public static final Action UPDATE_CAMPAIGN_NAME = Action.of(PREFIX, "UpdateCampaignName");

  /** {@code connect-campaigns:UpdateCampaignOutboundCallConfig}: Write; on campaign. */
  public static final Action UPDATE_CAMPAIGN_OUTBOUND_CALL_CONFIG = Action.of(PREFIX, "UpdateCampaignOutboundCallConfig");

  /** {@code connect-campaigns:UpdateCampaignSchedule}: Write; on campaign. */
  public static final Action UPDATE_CAMPAIGN_SCHEDULE = Action.of(PREFIX, "UpdateCampaignSchedule");

  /** {@code connect-campaigns:UpdateCampaignSource}: Write; on campaign. */
  public static final Action UPDATE_CAMPAIGN_SOURCE = Action.of(PREFIX, "UpdateCampaignSource");

  private ConnectCampaigns() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
