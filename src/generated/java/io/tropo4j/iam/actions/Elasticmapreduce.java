// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of Amazon Elastic MapReduce (prefix {@code elasticmapreduce}), as the service authorization reference lists them.
 */
public final class Elasticmapreduce {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "elasticmapreduce";

  /** {@code elasticmapreduce:AccessAllEventLogs}: Write; on cluster. */
  public static final Action ACCESS_ALL_EVENT_LOGS = Action.of(PREFIX, "AccessAllEventLogs");

  /** {@code elasticmapreduce:AddInstanceFleet}: Write; on cluster. */
  public static final Action ADD_INSTANCE_FLEET = Action.of(PREFIX, "AddInstanceFleet");

  /** {@code elasticmapreduce:AddInstanceGroups}: Write; on cluster. */
  public static final Action ADD_INSTANCE_GROUPS = Action.of(PREFIX, "AddInstanceGroups");

  /** {@code elasticmapreduce:AddJobFlowSteps}: Write; on cluster. */
  public static final Action ADD_JOB_FLOW_STEPS = Action.of(PREFIX, "AddJobFlowSteps");

  /** {@code elasticmapreduce:AddTags}: Tagging; on cluster, editor, notebook-execution, studio. */
  public static final Action ADD_TAGS = Action.of(PREFIX, "AddTags");

  /** {@code elasticmapreduce:AttachEditor}: Write; on editor. */
  public static final Action ATTACH_EDITOR = Action.of(PREFIX, "AttachEditor");

  /** {@code elasticmapreduce:CancelSteps}: Write; on cluster. */
  public static final Action CANCEL_STEPS = Action.of(PREFIX, "CancelSteps");

  /** {@code elasticmapreduce:CreateEditor}: Write; on cluster. */
  public static final Action CREATE_EDITOR = Action.of(PREFIX, "CreateEditor");

  /** {@code elasticmapreduce:CreatePersistentAppUI}: Write; on cluster. */
  public static final Action CREATE_PERSISTENT_APP_UI = Action.of(PREFIX, "CreatePersistentAppUI");

  /** {@code elasticmapreduce:CreateRepository}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_REPOSITORY = Action.of(PREFIX, "CreateRepository");

  /** {@code elasticmapreduce:CreateSecurityConfiguration}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_SECURITY_CONFIGURATION = Action.of(PREFIX, "CreateSecurityConfiguration");

  /** {@code elasticmapreduce:CreateStudio}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_STUDIO = Action.of(PREFIX, "CreateStudio");

  /** {@code elasticmapreduce:CreateStudioPresignedUrl}: Write; on studio. */
  public static final Action CREATE_STUDIO_PRESIGNED_URL = Action.of(PREFIX, "CreateStudioPresignedUrl");

  /** {@code elasticmapreduce:CreateStudioSessionMapping}: Write; on studio. */
  public static final Action CREATE_STUDIO_SESSION_MAPPING = Action.of(PREFIX, "CreateStudioSessionMapping");

  /** {@code elasticmapreduce:DeleteEditor}: Write; on editor. */
  public static final Action DELETE_EDITOR = Action.of(PREFIX, "DeleteEditor");

  /** {@code elasticmapreduce:DeleteRepository}: Write; on no resource type (give {@code *}). */
  public static final Action DELETE_REPOSITORY = Action.of(PREFIX, "DeleteRepository");

  /** {@code elasticmapreduce:DeleteSecurityConfiguration}: Write; on no resource type (give {@code *}). */
  public static final Action DELETE_SECURITY_CONFIGURATION = Action.of(PREFIX, "DeleteSecurityConfiguration");

  /** {@code elasticmapreduce:DeleteStudio}: Write; on studio. */
  public static final Action DELETE_STUDIO = Action.of(PREFIX, "DeleteStudio");

  /** {@code elasticmapreduce:DeleteStudioSessionMapping}: Write; on studio. */
  public static final Action DELETE_STUDIO_SESSION_MAPPING = Action.of(PREFIX, "DeleteStudioSessionMapping");

  /** {@code elasticmapreduce:DeleteWorkspaceAccess}: Permissions management; on editor. */
  public static final Action DELETE_WORKSPACE_ACCESS = Action.of(PREFIX, "DeleteWorkspaceAccess");

  /** {@code elasticmapreduce:DescribeCluster}: Read; on cluster. */
  public static final Action DESCRIBE_CLUSTER = Action.of(PREFIX, "DescribeCluster");

  /** {@code elasticmapreduce:DescribeEditor}: Read; on editor. */
  public static final Action DESCRIBE_EDITOR = Action.of(PREFIX, "DescribeEditor");

  /** {@code elasticmapreduce:DescribeJobFlows}: Read; on cluster. */
  public static final Action DESCRIBE_JOB_FLOWS = Action.of(PREFIX, "DescribeJobFlows");

  /** {@code elasticmapreduce:DescribeNotebookExecution}: Read; on notebook-execution. */
  public static final Action DESCRIBE_NOTEBOOK_EXECUTION = Action.of(PREFIX, "DescribeNotebookExecution");

  /** {@code elasticmapreduce:DescribePersistentAppUI}: Read; on cluster. */
  public static final Action DESCRIBE_PERSISTENT_APP_UI = Action.of(PREFIX, "DescribePersistentAppUI");

  /** {@code elasticmapreduce:DescribeReleaseLabel}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_RELEASE_LABEL = Action.of(PREFIX, "DescribeReleaseLabel");

  /** {@code elasticmapreduce:DescribeRepository}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_REPOSITORY = Action.of(PREFIX, "DescribeRepository");

  /** {@code elasticmapreduce:DescribeSecurityConfiguration}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_SECURITY_CONFIGURATION = Action.of(PREFIX, "DescribeSecurityConfiguration");

  /** {@code elasticmapreduce:DescribeStep}: Read; on cluster. */
  public static final Action DESCRIBE_STEP = Action.of(PREFIX, "DescribeStep");

  /** {@code elasticmapreduce:DescribeStudio}: Read; on studio. */
  public static final Action DESCRIBE_STUDIO = Action.of(PREFIX, "DescribeStudio");

  /** {@code elasticmapreduce:DetachEditor}: Write; on editor. */
  public static final Action DETACH_EDITOR = Action.of(PREFIX, "DetachEditor");

  /** {@code elasticmapreduce:GetAutoTerminationPolicy}: Read; on cluster. */
  public static final Action GET_AUTO_TERMINATION_POLICY = Action.of(PREFIX, "GetAutoTerminationPolicy");

  /** {@code elasticmapreduce:GetBlockPublicAccessConfiguration}: Read; on no resource type (give {@code *}). */
  public static final Action GET_BLOCK_PUBLIC_ACCESS_CONFIGURATION = Action.of(PREFIX, "GetBlockPublicAccessConfiguration");

  /** {@code elasticmapreduce:GetClusterSessionCredentials}: Write; on cluster. */
  public static final Action GET_CLUSTER_SESSION_CREDENTIALS = Action.of(PREFIX, "GetClusterSessionCredentials");

  /** {@code elasticmapreduce:GetManagedScalingPolicy}: Read; on cluster. */
  public static final Action GET_MANAGED_SCALING_POLICY = Action.of(PREFIX, "GetManagedScalingPolicy");

  /** {@code elasticmapreduce:GetOnClusterAppUIPresignedURL}: Write; on cluster. */
  public static final Action GET_ON_CLUSTER_APP_UI_PRESIGNED_URL = Action.of(PREFIX, "GetOnClusterAppUIPresignedURL");

  /** {@code elasticmapreduce:GetPersistentAppUIPresignedURL}: Write; on cluster. */
  public static final Action GET_PERSISTENT_APP_UI_PRESIGNED_URL = Action.of(PREFIX, "GetPersistentAppUIPresignedURL");

  /** {@code elasticmapreduce:GetStudioSessionMapping}: Read; on studio. */
  public static final Action GET_STUDIO_SESSION_MAPPING = Action.of(PREFIX, "GetStudioSessionMapping");

  /** {@code elasticmapreduce:LinkRepository}: Write; on no resource type (give {@code *}). */
  public static final Action LINK_REPOSITORY = Action.of(PREFIX, "LinkRepository");

  /** {@code elasticmapreduce:ListBootstrapActions}: Read; on cluster. */
  public static final Action LIST_BOOTSTRAP_ACTIONS = Action.of(PREFIX, "ListBootstrapActions");

  /** {@code elasticmapreduce:ListClusters}: List; on no resource type (give {@code *}). */
  public static final Action LIST_CLUSTERS = Action.of(PREFIX, "ListClusters");

  /** {@code elasticmapreduce:ListEditors}: List; on no resource type (give {@code *}). */
  public static final Action LIST_EDITORS = Action.of(PREFIX, "ListEditors");

  /** {@code elasticmapreduce:ListInstanceFleets}: Read; on cluster. */
  public static final Action LIST_INSTANCE_FLEETS = Action.of(PREFIX, "ListInstanceFleets");

  /** {@code elasticmapreduce:ListInstanceGroups}: Read; on cluster. */
  public static final Action LIST_INSTANCE_GROUPS = Action.of(PREFIX, "ListInstanceGroups");

  /** {@code elasticmapreduce:ListInstances}: Read; on cluster. */
  public static final Action LIST_INSTANCES = Action.of(PREFIX, "ListInstances");

  /** {@code elasticmapreduce:ListNotebookExecutions}: List; on no resource type (give {@code *}). */
  public static final Action LIST_NOTEBOOK_EXECUTIONS = Action.of(PREFIX, "ListNotebookExecutions");

  /** {@code elasticmapreduce:ListReleaseLabels}: List; on no resource type (give {@code *}). */
  public static final Action LIST_RELEASE_LABELS = Action.of(PREFIX, "ListReleaseLabels");

  /** {@code elasticmapreduce:ListRepositories}: List; on no resource type (give {@code *}). */
  public static final Action LIST_REPOSITORIES = Action.of(PREFIX, "ListRepositories");

  /** {@code elasticmapreduce:ListSecurityConfigurations}: List; on no resource type (give {@code *}). */
  public static final Action LIST_SECURITY_CONFIGURATIONS = Action.of(PREFIX, "ListSecurityConfigurations");

  /** {@code elasticmapreduce:ListSteps}: Read; on cluster. */
  public static final Action LIST_STEPS = Action.of(PREFIX, "ListSteps");

  /** {@code elasticmapreduce:ListStudioSessionMappings}: List; on no resource type (give {@code *}). */
  public static final Action LIST_STUDIO_SESSION_MAPPINGS = Action.of(PREFIX, "ListStudioSessionMappings");

  /** {@code elasticmapreduce:ListStudios}: List; on no resource type (give {@code *}). */
  public static final Action LIST_STUDIOS = Action.of(PREFIX, "ListStudios");

  /** {@code elasticmapreduce:ListSupportedInstanceTypes}: List; on no resource type (give {@code *}). */
  public static final Action LIST_SUPPORTED_INSTANCE_TYPES = Action.of(PREFIX, "ListSupportedInstanceTypes");

  /** {@code elasticmapreduce:ListWorkspaceAccessIdentities}: List; on editor. */
  public static final Action LIST_WORKSPACE_ACCESS_IDENTITIES = Action.of(PREFIX, "ListWorkspaceAccessIdentities");

  /** {@code elasticmapreduce:ModifyCluster}: Write; on cluster. */
  public static final Action MODIFY_CLUSTER = Action.of(PREFIX, "ModifyCluster");

  /** {@code elasticmapreduce:ModifyInstanceFleet}: Write; on cluster. */
  public static final Action MODIFY_INSTANCE_FLEET = Action.of(PREFIX, "ModifyInstanceFleet");

  /** {@code elasticmapreduce:ModifyInstanceGroups}: Write; on cluster. */
  public static final Action MODIFY_INSTANCE_GROUPS = Action.of(PREFIX, "ModifyInstanceGroups");

  /** {@code elasticmapreduce:OpenEditorInConsole}: Write; on cluster, editor. */
  public static final Action OPEN_EDITOR_IN_CONSOLE = Action.of(PREFIX, "OpenEditorInConsole");

  /** {@code elasticmapreduce:PutAutoScalingPolicy}: Write; on cluster. */
  public static final Action PUT_AUTO_SCALING_POLICY = Action.of(PREFIX, "PutAutoScalingPolicy");

  /** {@code elasticmapreduce:PutAutoTerminationPolicy}: Write; on cluster. */
  public static final Action PUT_AUTO_TERMINATION_POLICY = Action.of(PREFIX, "PutAutoTerminationPolicy");

  /** {@code elasticmapreduce:PutBlockPublicAccessConfiguration}: Permissions management; on no resource type (give {@code *}). */
  public static final Action PUT_BLOCK_PUBLIC_ACCESS_CONFIGURATION = Action.of(PREFIX, "PutBlockPublicAccessConfiguration");

  /** {@code elasticmapreduce:PutManagedScalingPolicy}: Write; on cluster. */
  public static final Action PUT_MANAGED_SCALING_POLICY = Action.of(PREFIX, "PutManagedScalingPolicy");

  /** {@code elasticmapreduce:PutWorkspaceAccess}: Permissions management; on editor. */
  public static final Action PUT_WORKSPACE_ACCESS = Action.of(PREFIX, "PutWorkspaceAccess");

  /** {@code elasticmapreduce:RemoveAutoScalingPolicy}: Write; on cluster. */
  public static final Action REMOVE_AUTO_SCALING_POLICY = Action.of(PREFIX, "RemoveAutoScalingPolicy");

  /** {@code elasticmapreduce:RemoveAutoTerminationPolicy}: Write; on cluster. */
  public static final Action REMOVE_AUTO_TERMINATION_POLICY = Action.of(PREFIX, "RemoveAutoTerminationPolicy");

  /** {@code elasticmapreduce:RemoveManagedScalingPolicy}: Write; on cluster. */
  public static final Action REMOVE_MANAGED_SCALING_POLICY = Action.of(PREFIX, "RemoveManagedScalingPolicy");

  /** {@code elasticmapreduce:RemoveTags}: Tagging; on cluster, editor, notebook-execution, studio. */
  public static final Action REMOVE_TAGS = Action.of(PREFIX, "RemoveTags");

  /** {@code elasticmapreduce:RunJobFlow}: Write; on no resource type (give {@code *}). */
  public static final Action RUN_JOB_FLOW = Action.of(PREFIX, "RunJobFlow");

  /** {@code elasticmapreduce:SetKeepJobFlowAliveWhenNoSteps}: Write; on cluster. */
  public static final Action SET_KEEP_JOB_FLOW_ALIVE_WHEN_NO_STEPS = Action.of(PREFIX, "SetKeepJobFlowAliveWhenNoSteps");

  /** {@code elasticmapreduce:SetTerminationProtection}: Write; on cluster. */
  public static final Action SET_TERMINATION_PROTECTION = Action.of(PREFIX, "SetTerminationProtection");

  /** {@code elasticmapreduce:SetUnhealthyNodeReplacement}: Write; on cluster. */
  public static final Action SET_UNHEALTHY_NODE_REPLACEMENT = Action.of(PREFIX, "SetUnhealthyNodeReplacement");

  /** {@code elasticmapreduce:SetVisibleToAllUsers}: Write; on cluster. */
  public static final Action SET_VISIBLE_TO_ALL_USERS = Action.of(PREFIX, "SetVisibleToAllUsers");

  /** {@code elasticmapreduce:StartEditor}: Write; on cluster, editor. */
  public static final Action START_EDITOR = Action.of(PREFIX, "StartEditor");

  /** {@code elasticmapreduce:StartNotebookExecution}: Write; on cluster, editor. */
  public static final Action START_NOTEBOOK_EXECUTION = Action.of(PREFIX, "StartNotebookExecution");

  /** {@code elasticmapreduce:StopEditor}: Write; on editor. */
  public static final Action STOP_EDITOR = Action.of(PREFIX, "StopEditor");

  /** {@code elasticmapreduce:StopNotebookExecution}: Write; on notebook-execution. */
  public static final Action STOP_NOTEBOOK_EXECUTION = Action.of(PREFIX, "StopNotebookExecution");

  /** {@code elasticmapreduce:TerminateJobFlows}: Write; on cluster. */
  public static final Action TERMINATE_JOB_FLOWS = Action.of(PREFIX, "TerminateJobFlows");

  /** {@code elasticmapreduce:UnlinkRepository}: Write; on no resource type (give {@code *}). */
  public static final Action UNLINK_REPOSITORY = Action.of(PREFIX, "UnlinkRepository");

  /** {@code elasticmapreduce:UpdateEditor}: Write; on editor. */
  public static final Action UPDATE_EDITOR = Action.of(PREFIX, "UpdateEditor");

  /** {@code elasticmapreduce:UpdateRepository}: Write; on no resource type (give {@code *}). */
  public static final Action UPDATE_REPOSITORY = Action.of(PREFIX, "UpdateRepository");

  /** {@code elasticmapreduce:UpdateStudio}: Write; on studio. */
  public static final Action UPDATE_STUDIO = Action.of(PREFIX, "UpdateStudio");

  /** {@code elasticmapreduce:UpdateStudioSessionMapping}: Write; on studio. */
  public static final Action UPDATE_STUDIO_SESSION_MAPPING = Action.of(PREFIX, "UpdateStudioSessionMapping");

  /** {@code elasticmapreduce:ViewEventsFromAllClustersInConsole}: List; on no resource type (give {@code *}). */
  public static final Action VIEW_EVENTS_FROM_ALL_CLUSTERS_IN_CONSOLE = Action.of(PREFIX, "ViewEventsFromAllClustersInConsole");

  private Elasticmapreduce() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
