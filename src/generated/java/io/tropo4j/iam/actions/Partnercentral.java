// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of AWS Partner Central (prefix {@code partnercentral}), as the service authorization reference lists them.
 */
public final class Partnercentral {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "partnercentral";

  /** {@code partnercentral:AcceptChannelHandshake}: Write; on ChannelHandshake. */
  public static final Action ACCEPT_CHANNEL_HANDSHAKE = Action.of(PREFIX, "AcceptChannelHandshake");

  /** {@code partnercentral:AcceptConnectionInvitation}: Write; on ConnectionInvitation. */
  public static final Action ACCEPT_CONNECTION_INVITATION = Action.of(PREFIX, "AcceptConnectionInvitation");

  /** {@code partnercentral:AcceptEngagementInvitation}: Write; on engagement-invitation. */
  public static final Action ACCEPT_ENGAGEMENT_INVITATION = Action.of(PREFIX, "AcceptEngagementInvitation");

  /** {@code partnercentral:AmendBenefitApplication}: Write; on BenefitApplication. */
  public static final Action AMEND_BENEFIT_APPLICATION = Action.of(PREFIX, "AmendBenefitApplication");

  /** {@code partnercentral:AssignOpportunity}: Write; on Opportunity. */
  public static final Action ASSIGN_OPPORTUNITY = Action.of(PREFIX, "AssignOpportunity");

  /** {@code partnercentral:AssociateAwsTrainingCertificationEmailDomain}: Write; on Partner. */
  public static final Action ASSOCIATE_AWS_TRAINING_CERTIFICATION_EMAIL_DOMAIN = Action.of(PREFIX, "AssociateAwsTrainingCertificationEmailDomain");

  /** {@code partnercentral:AssociateBenefitApplicationResource}: Write; on BenefitAllocation, BenefitApplication, Opportunity. */
  public static final Action ASSOCIATE_BENEFIT_APPLICATION_RESOURCE = Action.of(PREFIX, "AssociateBenefitApplicationResource");

  /** {@code partnercentral:AssociateOpportunity}: Write; on Opportunity. */
  public static final Action ASSOCIATE_OPPORTUNITY = Action.of(PREFIX, "AssociateOpportunity");

  /** {@code partnercentral:CancelBenefitApplication}: Write; on BenefitApplication. */
  public static final Action CANCEL_BENEFIT_APPLICATION = Action.of(PREFIX, "CancelBenefitApplication");

  /** {@code partnercentral:CancelChannelHandshake}: Write; on ChannelHandshake. */
  public static final Action CANCEL_CHANNEL_HANDSHAKE = Action.of(PREFIX, "CancelChannelHandshake");

  /** {@code partnercentral:CancelConnection}: Write; on Connection. */
  public static final Action CANCEL_CONNECTION = Action.of(PREFIX, "CancelConnection");

  /** {@code partnercentral:CancelConnectionInvitation}: Write; on ConnectionInvitation. */
  public static final Action CANCEL_CONNECTION_INVITATION = Action.of(PREFIX, "CancelConnectionInvitation");

  /** {@code partnercentral:CancelProfileUpdateTask}: Write; on Partner. */
  public static final Action CANCEL_PROFILE_UPDATE_TASK = Action.of(PREFIX, "CancelProfileUpdateTask");

  /** {@code partnercentral:CreateBenefitApplication}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_BENEFIT_APPLICATION = Action.of(PREFIX, "CreateBenefitApplication");

  /** {@code partnercentral:CreateBusinessPlan}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_BUSINESS_PLAN = Action.of(PREFIX, "CreateBusinessPlan");

  /** {@code partnercentral:CreateChannelHandshake}: Write; on ProgramManagementAccount, Relationship. */
  public static final Action CREATE_CHANNEL_HANDSHAKE = Action.of(PREFIX, "CreateChannelHandshake");

  /** {@code partnercentral:CreateCollaborationChannelMembers}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_COLLABORATION_CHANNEL_MEMBERS = Action.of(PREFIX, "CreateCollaborationChannelMembers");

  /** {@code partnercentral:CreateCollaborationChannelRequest}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_COLLABORATION_CHANNEL_REQUEST = Action.of(PREFIX, "CreateCollaborationChannelRequest");

  /** {@code partnercentral:CreateConnectionInvitation}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_CONNECTION_INVITATION = Action.of(PREFIX, "CreateConnectionInvitation");

  /** {@code partnercentral:CreateEngagement}: Write; on Engagement. */
  public static final Action CREATE_ENGAGEMENT = Action.of(PREFIX, "CreateEngagement");

  /** {@code partnercentral:CreateEngagementContext}: Write; on Engagement. */
  public static final Action CREATE_ENGAGEMENT_CONTEXT = Action.of(PREFIX, "CreateEngagementContext");

  /** {@code partnercentral:CreateEngagementInvitation}: Write; on engagement-invitation. */
  public static final Action CREATE_ENGAGEMENT_INVITATION = Action.of(PREFIX, "CreateEngagementInvitation");

  /** {@code partnercentral:CreateOpportunity}: Write; on Opportunity. */
  public static final Action CREATE_OPPORTUNITY = Action.of(PREFIX, "CreateOpportunity");

  /** {@code partnercentral:CreatePartner}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_PARTNER = Action.of(PREFIX, "CreatePartner");

  /** {@code partnercentral:CreateProgramManagementAccount}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_PROGRAM_MANAGEMENT_ACCOUNT = Action.of(PREFIX, "CreateProgramManagementAccount");

  /** {@code partnercentral:CreateRelationship}: Write; on ProgramManagementAccount. */
  public static final Action CREATE_RELATIONSHIP = Action.of(PREFIX, "CreateRelationship");

  /** {@code partnercentral:CreateResourceSnapshot}: Write; on ResourceSnapshot. */
  public static final Action CREATE_RESOURCE_SNAPSHOT = Action.of(PREFIX, "CreateResourceSnapshot");

  /** {@code partnercentral:CreateResourceSnapshotJob}: Write; on resource-snapshot-job. */
  public static final Action CREATE_RESOURCE_SNAPSHOT_JOB = Action.of(PREFIX, "CreateResourceSnapshotJob");

  /** {@code partnercentral:DeleteProgramManagementAccount}: Write; on ProgramManagementAccount. */
  public static final Action DELETE_PROGRAM_MANAGEMENT_ACCOUNT = Action.of(PREFIX, "DeleteProgramManagementAccount");

  /** {@code partnercentral:DeleteRelationship}: Write; on Relationship. */
  public static final Action DELETE_RELATIONSHIP = Action.of(PREFIX, "DeleteRelationship");

  /** {@code partnercentral:DeleteResourceSnapshotJob}: Write; on resource-snapshot-job. */
  public static final Action DELETE_RESOURCE_SNAPSHOT_JOB = Action.of(PREFIX, "DeleteResourceSnapshotJob");

  /** {@code partnercentral:DisassociateAwsTrainingCertificationEmailDomain}: Write; on Partner. */
  public static final Action DISASSOCIATE_AWS_TRAINING_CERTIFICATION_EMAIL_DOMAIN = Action.of(PREFIX, "DisassociateAwsTrainingCertificationEmailDomain");

  /** {@code partnercentral:DisassociateBenefitApplicationResource}: Write; on BenefitAllocation, BenefitApplication, Opportunity. */
  public static final Action DISASSOCIATE_BENEFIT_APPLICATION_RESOURCE = Action.of(PREFIX, "DisassociateBenefitApplicationResource");

  /** {@code partnercentral:DisassociateOpportunity}: Write; on Opportunity. */
  public static final Action DISASSOCIATE_OPPORTUNITY = Action.of(PREFIX, "DisassociateOpportunity");

  /** {@code partnercentral:EnrollInPartnerPath}: Write; on no resource type (give {@code *}). */
  public static final Action ENROLL_IN_PARTNER_PATH = Action.of(PREFIX, "EnrollInPartnerPath");

  /** {@code partnercentral:GetAllianceLeadContact}: Read; on Partner. */
  public static final Action GET_ALLIANCE_LEAD_CONTACT = Action.of(PREFIX, "GetAllianceLeadContact");

  /** {@code partnercentral:GetAwsOpportunitySummary}: Read; on Opportunity. */
  public static final Action GET_AWS_OPPORTUNITY_SUMMARY = Action.of(PREFIX, "GetAwsOpportunitySummary");

  /** {@code partnercentral:GetBenefit}: Read; on Benefit. */
  public static final Action GET_BENEFIT = Action.of(PREFIX, "GetBenefit");

  /** {@code partnercentral:GetBenefitAllocation}: Read; on BenefitAllocation. */
  public static final Action GET_BENEFIT_ALLOCATION = Action.of(PREFIX, "GetBenefitAllocation");

  /** {@code partnercentral:GetBenefitApplication}: Read; on BenefitApplication. */
  public static final Action GET_BENEFIT_APPLICATION = Action.of(PREFIX, "GetBenefitApplication");

  /** {@code partnercentral:GetBusinessPlan}: Read; on no resource type (give {@code *}). */
  public static final Action GET_BUSINESS_PLAN = Action.of(PREFIX, "GetBusinessPlan");

  /** {@code partnercentral:GetCollaborationChannel}: Read; on no resource type (give {@code *}). */
  public static final Action GET_COLLABORATION_CHANNEL = Action.of(PREFIX, "GetCollaborationChannel");

  /** {@code partnercentral:GetConnection}: Read; on Connection. */
  public static final Action GET_CONNECTION = Action.of(PREFIX, "GetConnection");

  /** {@code partnercentral:GetConnectionInvitation}: Read; on ConnectionInvitation. */
  public static final Action GET_CONNECTION_INVITATION = Action.of(PREFIX, "GetConnectionInvitation");

  /** {@code partnercentral:GetConnectionPreferences}: Read; on no resource type (give {@code *}). */
  public static final Action GET_CONNECTION_PREFERENCES = Action.of(PREFIX, "GetConnectionPreferences");

  /** {@code partnercentral:GetEngagement}: Read; on Engagement. */
  public static final Action GET_ENGAGEMENT = Action.of(PREFIX, "GetEngagement");

  /** {@code partnercentral:GetEngagementInvitation}: Read; on engagement-invitation. */
  public static final Action GET_ENGAGEMENT_INVITATION = Action.of(PREFIX, "GetEngagementInvitation");

  /** {@code partnercentral:GetOpportunity}: Read; on Opportunity. */
  public static final Action GET_OPPORTUNITY = Action.of(PREFIX, "GetOpportunity");

  /** {@code partnercentral:GetPartner}: Read; on Partner. */
  public static final Action GET_PARTNER = Action.of(PREFIX, "GetPartner");

  /** {@code partnercentral:GetPartnerDashboard}: Read; on Dashboard. */
  public static final Action GET_PARTNER_DASHBOARD = Action.of(PREFIX, "GetPartnerDashboard");

  /** {@code partnercentral:GetPartnerProfile}: Read; on no resource type (give {@code *}). */
  public static final Action GET_PARTNER_PROFILE = Action.of(PREFIX, "GetPartnerProfile");

  /** {@code partnercentral:GetProfileUpdateTask}: Read; on Partner. */
  public static final Action GET_PROFILE_UPDATE_TASK = Action.of(PREFIX, "GetProfileUpdateTask");

  /** {@code partnercentral:GetProfileVisibility}: Read; on Partner. */
  public static final Action GET_PROFILE_VISIBILITY = Action.of(PREFIX, "GetProfileVisibility");

  /** {@code partnercentral:GetProgramManagementAccount}: Read; on no resource type (give {@code *}). */
  public static final Action GET_PROGRAM_MANAGEMENT_ACCOUNT = Action.of(PREFIX, "GetProgramManagementAccount");

  /** {@code partnercentral:GetRelationship}: Read; on Relationship. */
  public static final Action GET_RELATIONSHIP = Action.of(PREFIX, "GetRelationship");

  /** {@code partnercentral:GetResourceSnapshot}: Read; on ResourceSnapshot. */
  public static final Action GET_RESOURCE_SNAPSHOT = Action.of(PREFIX, "GetResourceSnapshot");

  /** {@code partnercentral:GetResourceSnapshotJob}: Read; on resource-snapshot-job. */
  public static final Action GET_RESOURCE_SNAPSHOT_JOB = Action.of(PREFIX, "GetResourceSnapshotJob");

  /** {@code partnercentral:GetSellingSystemSettings}: Read; on no resource type (give {@code *}). */
  public static final Action GET_SELLING_SYSTEM_SETTINGS = Action.of(PREFIX, "GetSellingSystemSettings");

  /** {@code partnercentral:GetVerification}: Read; on no resource type (give {@code *}). */
  public static final Action GET_VERIFICATION = Action.of(PREFIX, "GetVerification");

  /** {@code partnercentral:ListBenefitAllocations}: List; on BenefitAllocation. */
  public static final Action LIST_BENEFIT_ALLOCATIONS = Action.of(PREFIX, "ListBenefitAllocations");

  /** {@code partnercentral:ListBenefitApplications}: List; on BenefitApplication. */
  public static final Action LIST_BENEFIT_APPLICATIONS = Action.of(PREFIX, "ListBenefitApplications");

  /** {@code partnercentral:ListBenefits}: List; on Benefit. */
  public static final Action LIST_BENEFITS = Action.of(PREFIX, "ListBenefits");

  /** {@code partnercentral:ListBusinessPlans}: List; on no resource type (give {@code *}). */
  public static final Action LIST_BUSINESS_PLANS = Action.of(PREFIX, "ListBusinessPlans");

  /** {@code partnercentral:ListChannelHandshakes}: List; on ChannelHandshake. */
  public static final Action LIST_CHANNEL_HANDSHAKES = Action.of(PREFIX, "ListChannelHandshakes");

  /** {@code partnercentral:ListCollaborationChannels}: List; on no resource type (give {@code *}). */
  public static final Action LIST_COLLABORATION_CHANNELS = Action.of(PREFIX, "ListCollaborationChannels");

  /** {@code partnercentral:ListConnectionInvitations}: List; on no resource type (give {@code *}). */
  public static final Action LIST_CONNECTION_INVITATIONS = Action.of(PREFIX, "ListConnectionInvitations");

  /** {@code partnercentral:ListConnections}: List; on no resource type (give {@code *}). */
  public static final Action LIST_CONNECTIONS = Action.of(PREFIX, "ListConnections");

  /** {@code partnercentral:ListEngagementByAcceptingInvitationTasks}: List; on no resource type (give {@code *}). */
  public static final Action LIST_ENGAGEMENT_BY_ACCEPTING_INVITATION_TASKS = Action.of(PREFIX, "ListEngagementByAcceptingInvitationTasks");

  /** {@code partnercentral:ListEngagementFromOpportunityTasks}: List; on no resource type (give {@code *}). */
  public static final Action LIST_ENGAGEMENT_FROM_OPPORTUNITY_TASKS = Action.of(PREFIX, "ListEngagementFromOpportunityTasks");

  /** {@code partnercentral:ListEngagementInvitations}: List; on no resource type (give {@code *}). */
  public static final Action LIST_ENGAGEMENT_INVITATIONS = Action.of(PREFIX, "ListEngagementInvitations");

  /** {@code partnercentral:ListEngagementMembers}: Read; on Engagement. */
  public static final Action LIST_ENGAGEMENT_MEMBERS = Action.of(PREFIX, "ListEngagementMembers");

  /** {@code partnercentral:ListEngagementResourceAssociations}: Read; on ResourceSnapshot. */
  public static final Action LIST_ENGAGEMENT_RESOURCE_ASSOCIATIONS = Action.of(PREFIX, "ListEngagementResourceAssociations");

  /** {@code partnercentral:ListEngagements}: List; on no resource type (give {@code *}). */
  public static final Action LIST_ENGAGEMENTS = Action.of(PREFIX, "ListEngagements");

  /** {@code partnercentral:ListOpportunities}: List; on no resource type (give {@code *}). */
  public static final Action LIST_OPPORTUNITIES = Action.of(PREFIX, "ListOpportunities");

  /** {@code partnercentral:ListOpportunityFromEngagementTasks}: List; on no resource type (give {@code *}). */
  public static final Action LIST_OPPORTUNITY_FROM_ENGAGEMENT_TASKS = Action.of(PREFIX, "ListOpportunityFromEngagementTasks");

  /** {@code partnercentral:ListPartnerPaths}: List; on no resource type (give {@code *}). */
  public static final Action LIST_PARTNER_PATHS = Action.of(PREFIX, "ListPartnerPaths");

  /** {@code partnercentral:ListPartners}: List; on no resource type (give {@code *}). */
  public static final Action LIST_PARTNERS = Action.of(PREFIX, "ListPartners");

  /** {@code partnercentral:ListProgramManagementAccounts}: List; on ProgramManagementAccount. */
  public static final Action LIST_PROGRAM_MANAGEMENT_ACCOUNTS = Action.of(PREFIX, "ListProgramManagementAccounts");

  /** {@code partnercentral:ListRelationships}: List; on Relationship. */
  public static final Action LIST_RELATIONSHIPS = Action.of(PREFIX, "ListRelationships");

  /** {@code partnercentral:ListResourceSnapshotJobs}: List; on no resource type (give {@code *}). */
  public static final Action LIST_RESOURCE_SNAPSHOT_JOBS = Action.of(PREFIX, "ListResourceSnapshotJobs");

  /** {@code partnercentral:ListResourceSnapshots}: List; on ResourceSnapshot. */
  public static final Action LIST_RESOURCE_SNAPSHOTS = Action.of(PREFIX, "ListResourceSnapshots");

  /** {@code partnercentral:ListSolutions}: List; on no resource type (give {@code *}). */
  public static final Action LIST_SOLUTIONS = Action.of(PREFIX, "ListSolutions");

  /** {@code partnercentral:ListTagsForResource}: Read; on no resource type (give {@code *}). */
  public static final Action LIST_TAGS_FOR_RESOURCE = Action.of(PREFIX, "ListTagsForResource");

  /** {@code partnercentral:PutAllianceLeadContact}: Write; on Partner. */
  public static final Action PUT_ALLIANCE_LEAD_CONTACT = Action.of(PREFIX, "PutAllianceLeadContact");

  /** {@code partnercentral:PutBusinessPlan}: Write; on no resource type (give {@code *}). */
  public static final Action PUT_BUSINESS_PLAN = Action.of(PREFIX, "PutBusinessPlan");

  /** {@code partnercentral:PutProfileVisibility}: Write; on Partner. */
  public static final Action PUT_PROFILE_VISIBILITY = Action.of(PREFIX, "PutProfileVisibility");

  /** {@code partnercentral:PutSellingSystemSettings}: Write; on no resource type (give {@code *}). */
  public static final Action PUT_SELLING_SYSTEM_SETTINGS = Action.of(PREFIX, "PutSellingSystemSettings");

  /** {@code partnercentral:RecallBenefitApplication}: Write; on BenefitApplication. */
  public static final Action RECALL_BENEFIT_APPLICATION = Action.of(PREFIX, "RecallBenefitApplication");

  /** {@code partnercentral:RejectChannelHandshake}: Write; on ChannelHandshake. */
  public static final Action REJECT_CHANNEL_HANDSHAKE = Action.of(PREFIX, "RejectChannelHandshake");

  /** {@code partnercentral:RejectConnectionInvitation}: Write; on ConnectionInvitation. */
  public static final Action REJECT_CONNECTION_INVITATION = Action.of(PREFIX, "RejectConnectionInvitation");

  /** {@code partnercentral:RejectEngagementInvitation}: Write; on engagement-invitation. */
  public static final Action REJECT_ENGAGEMENT_INVITATION = Action.of(PREFIX, "RejectEngagementInvitation");

  /** {@code partnercentral:SearchPartnerProfiles}: List; on no resource type (give {@code *}). */
  public static final Action SEARCH_PARTNER_PROFILES = Action.of(PREFIX, "SearchPartnerProfiles");

  /** {@code partnercentral:SendEmailVerificationCode}: Write; on no resource type (give {@code *}). */
  public static final Action SEND_EMAIL_VERIFICATION_CODE = Action.of(PREFIX, "SendEmailVerificationCode");

  /** {@code partnercentral:StartEngagementByAcceptingInvitationTask}: Write; on engagement-by-accepting-invitation-task. */
  public static final Action START_ENGAGEMENT_BY_ACCEPTING_INVITATION_TASK = Action.of(PREFIX, "StartEngagementByAcceptingInvitationTask");

  /** {@code partnercentral:StartEngagementFromOpportunityTask}: Write; on engagement-from-opportunity-task. */
  public static final Action START_ENGAGEMENT_FROM_OPPORTUNITY_TASK = Action.of(PREFIX, "StartEngagementFromOpportunityTask");

  /** {@code partnercentral:StartOpportunityFromEngagementTask}: Write; on OpportunityFromEngagementTask. */
  public static final Action START_OPPORTUNITY_FROM_ENGAGEMENT_TASK = Action.of(PREFIX, "StartOpportunityFromEngagementTask");

  /** {@code partnercentral:StartProfileUpdateTask}: Write; on Partner. */
  public static final Action START_PROFILE_UPDATE_TASK = Action.of(PREFIX, "StartProfileUpdateTask");

  /** {@code partnercentral:StartResourceSnapshotJob}: Write; on resource-snapshot-job. */
  public static final Action START_RESOURCE_SNAPSHOT_JOB = Action.of(PREFIX, "StartResourceSnapshotJob");

  /** {@code partnercentral:StartVerification}: Write; on no resource type (give {@code *}). */
  public static final Action START_VERIFICATION = Action.of(PREFIX, "StartVerification");

  /** {@code partnercentral:StopResourceSnapshotJob}: Write; on resource-snapshot-job. */
  public static final Action STOP_RESOURCE_SNAPSHOT_JOB = Action.of(PREFIX, "StopResourceSnapshotJob");

  /** {@code partnercentral:SubmitBenefitApplication}: Write; on BenefitApplication. */
  public static final Action SUBMIT_BENEFIT_APPLICATION = Action.of(PREFIX, "SubmitBenefitApplication");

  /** {@code partnercentral:SubmitOpportunity}: Write; on Opportunity. */
  public static final Action SUBMIT_OPPORTUNITY = Action.of(PREFIX, "SubmitOpportunity");

  /** {@code partnercentral:TagResource}: Tagging; on BenefitApplication, ChannelHandshake, Opportunity, Partner, ProgramManagementAccount, Relationship, resource-snapshot-job. */
  public static final Action TAG_RESOURCE = Action.of(PREFIX, "TagResource");

  /** {@code partnercentral:UntagResource}: Tagging; on BenefitApplication, ChannelHandshake, Opportunity, Partner, ProgramManagementAccount, Relationship, resource-snapshot-job. */
  public static final Action UNTAG_RESOURCE = Action.of(PREFIX, "UntagResource");

  /** {@code partnercentral:UpdateBenefitApplication}: Write; on BenefitApplication. */
  public static final Action UPDATE_BENEFIT_APPLICATION = Action.of(PREFIX, "UpdateBenefitApplication");

  /** {@code partnercentral:UpdateConnectionPreferences}: Write; on no resource type (give {@code *}). */
  public static final Action UPDATE_CONNECTION_PREFERENCES = Action.of(PREFIX, "UpdateConnectionPreferences");

  /** {@code partnercentral:UpdateEngagementContext}: Write; on Engagement. */
  public static final Action UPDATE_ENGAGEMENT_CONTEXT = Action.of(PREFIX, "UpdateEngagementContext");

  /** {@code partnercentral:UpdateOpportunity}: Write; on Opportunity. */
  public static final Action UPDATE_OPPORTUNITY = Action.of(PREFIX, "UpdateOpportunity");

  /** {@code partnercentral:UpdateProgramManagementAccount}: Write; on ProgramManagementAccount. */
  public static final Action UPDATE_PROGRAM_MANAGEMENT_ACCOUNT = Action.of(PREFIX, "UpdateProgramManagementAccount");

  /** {@code partnercentral:UpdateRelationship}: Write; on Relationship. */
  public static final Action UPDATE_RELATIONSHIP = Action.of(PREFIX, "UpdateRelationship");

  /** {@code partnercentral:UseSession}: Write; on no resource type (give {@code *}). */
  public static final Action USE_SESSION = Action.of(PREFIX, "UseSession");

  private Partnercentral() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
