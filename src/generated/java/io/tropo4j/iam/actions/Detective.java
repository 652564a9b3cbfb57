// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of Amazon Detective (prefix {@code detective}), as the service authorization reference lists them.
 */
public final class Detective {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "detective";

  /** {@code detective:AcceptInvitation}: Write; on Graph. */
  public static final Action ACCEPT_INVITATION = Action.of(PREFIX, "AcceptInvitation");

  /** {@code detective:BatchGetGraphMemberDatasources}: Read; on Graph. */
  public static final Action BATCH_GET_GRAPH_MEMBER_DATASOURCES = Action.of(PREFIX, "BatchGetGraphMemberDatasources");

  /** {@code detective:BatchGetMembershipDatasources}: Read; on no resource type (give {@code *}). */
  public static final Action BATCH_GET_MEMBERSHIP_DATASOURCES = Action.of(PREFIX, "BatchGetMembershipDatasources");

  /** {@code detective:CreateGraph}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_GRAPH = Action.of(PREFIX, "CreateGraph");

  /** {@code detective:CreateMembers}: Write; on Graph. */
  public static final Action CREATE_MEMBERS = Action.of(PREFIX, "CreateMembers");

  /** {@code detective:DeleteGraph}: Write; on Graph. */
  public static final Action DELETE_GRAPH = Action.of(PREFIX, "DeleteGraph");

  /** {@code detective:DeleteMembers}: Write; on Graph. */
  public static final Action DELETE_MEMBERS = Action.of(PREFIX, "DeleteMembers");

  /** {@code detective:DescribeOrganizationConfiguration}: Read; on Graph. */
  public static final Action DESCRIBE_ORGANIZATION_CONFIGURATION = Action.of(PREFIX, "DescribeOrganizationConfiguration");

  /** {@code detective:DisableOrganizationAdminAccount}: Write; on no resource type (give {@code *}). */
  public static final Action DISABLE_ORGANIZATION_ADMIN_ACCOUNT = Action.of(PREFIX, "DisableOrganizationAdminAccount");

  /** {@code detective:DisassociateMembership}: Write; on Graph. */
  public static final Action DISASSOCIATE_MEMBERSHIP = Action.of(PREFIX, "DisassociateMembership");

  /** {@code detective:EnableOrganizationAdminAccount}: Write; on no resource type (give {@code *}). */
  public static final Action ENABLE_ORGANIZATION_ADMIN_ACCOUNT = Action.of(PREFIX, "EnableOrganizationAdminAccount");

  /** {@code detective:GetFreeTrialEligibility}: Read; on Graph. */
  public static final Action GET_FREE_TRIAL_ELIGIBILITY = Action.of(PREFIX, "GetFreeTrialEligibility");

  /** {@code detective:GetGraphIngestState}: Read; on Graph. */
  public static final Action GET_GRAPH_INGEST_STATE = Action.of(PREFIX, "GetGraphIngestState");

  /** {@code detective:GetInvestigation}: Read; on Graph. */
  public static final Action GET_INVESTIGATION = Action.of(PREFIX, "GetInvestigation");

  /** {@code detective:GetMembers}: Read; on Graph. */
  public static final Action GET_MEMBERS = Action.of(PREFIX, "GetMembers");

  /** {@code detective:GetPricingInformation}: Read; on no resource type (give {@code *}). */
  public static final Action GET_PRICING_INFORMATION = Action.of(PREFIX, "GetPricingInformation");

  /** {@code detective:GetUsageInformation}: Read; on Graph. */
  public static final Action GET_USAGE_INFORMATION = Action.of(PREFIX, "GetUsageInformation");

  /** {@code detective:InvokeAssistant}: Read; on Graph. */
  public static final Action INVOKE_ASSISTANT = Action.of(PREFIX, "InvokeAssistant");

  /** {@code detective:ListDatasourcePackages}: List; on Graph. */
  public static final Action LIST_DATASOURCE_PACKAGES = Action.of(PREFIX, "ListDatasourcePackages");

  /** {@code detective:ListGraphs}: List; on no resource type (give {@code *}). */
  public static final Action LIST_GRAPHS = Action.of(PREFIX, "ListGraphs");

  /** {@code detective:ListHighDegreeEntities}: List; on Graph. */
  public static final Action LIST_HIGH_DEGREE_ENTITIES = Action.of(PREFIX, "ListHighDegreeEntities");

  /** {@code detective:ListIndicators}: List; on Graph. */
  public static final Action LIST_INDICATORS = Action.of(PREFIX, "ListIndicators");

  /** {@code detective:ListInvestigations}: List; on Graph. */
  public static final Action LIST_INVESTIGATIONS = Action.of(PREFIX, "ListInvestigations");

  /** {@code detective:ListInvitations}: List; on no resource type (give {@code *}). */
  public static final Action LIST_INVITATIONS = Action.of(PREFIX, "ListInvitations");

  /** {@code detective:ListMembers}: List; on Graph. */
  public static final Action LIST_MEMBERS = Action.of(PREFIX, "ListMembers");

  /** {@code detective:ListOrganizationAdminAccount}: List; on no resource type (give {@code *}). */
  public static final Action LIST_ORGANIZATION_ADMIN_ACCOUNT = Action.of(PREFIX, "ListOrganizationAdminAccount");

  /** {@code detective:ListTagsForResource}: List; on Graph. */
  public static final Action LIST_TAGS_FOR_RESOURCE = Action.of(PREFIX, "ListTagsForResource");

  /** {@code detective:RejectInvitation}: Write; on Graph. */
  public static final Action REJECT_INVITATION = Action.of(PREFIX, "RejectInvitation");

  /** {@code detective:SearchGraph}: Read; on Graph. */
  public static final Action SEARCH_GRAPH = Action.of(PREFIX, "SearchGraph");

  /** {@code detective:StartInvestigation}: Write; on Graph. */
  public static final Action START_INVESTIGATION = Action.of(PREFIX, "StartInvestigation");

  /** {@code detective:StartMonitoringMember}: Write; on Graph. */
  public static final Action START_MONITORING_MEMBER = Action.of(PREFIX, "StartMonitoringMember");

  /** {@code detective:TagResource}: Tagging; on Graph. */
  public static final Action TAG_RESOURCE = Action.of(PREFIX, "TagResource");

  /** {@code detective:UntagResource}: Tagging; on Graph. */
  public static final Action UNTAG_RESOURCE = Action.of(PREFIX, "UntagResource");

  /** {@code detective:UpdateDatasourcePackages}: Write; on Graph. */
  public static final Action UPDATE_DATASOURCE_PACKAGES = Action.of(PREFIX, "UpdateDatasourcePackages");

  /** {@code detective:UpdateInvestigationState}: Write; on Graph. */
  public static final Action UPDATE_INVESTIGATION_STATE = Action.of(PREFIX, "UpdateInvestigationState");

  /** {@code detective:UpdateOrganizationConfiguration}: Write; on Graph. */
  public static final Action UPDATE_ORGANIZATION_CONFIGURATION = Action.of(PREFIX, "UpdateOrganizationConfiguration");

  private Detective() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
