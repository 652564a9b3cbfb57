// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of AWS Elastic Disaster Recovery (prefix {@code drs}), as the service authorization reference lists them.
 */
public final class Drs {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "drs";

  /** {@code drs:AssociateFailbackClientToRecoveryInstanceForDrs}: Write; on RecoveryInstanceResource. */
  public static final Action ASSOCIATE_FAILBACK_CLIENT_TO_RECOVERY_INSTANCE_FOR_DRS = Action.of(PREFIX, "AssociateFailbackClientToRecoveryInstanceForDrs");

  /** {@code drs:AssociateSourceNetworkStack}: Write; on SourceNetworkResource. */
  public static final Action ASSOCIATE_SOURCE_NETWORK_STACK = Action.of(PREFIX, "AssociateSourceNetworkStack");

  /** {@code drs:BatchCreateVolumeSnapshotGroupForDrs}: Write; on RecoveryInstanceResource, SourceServerResource. */
  public static final Action BATCH_CREATE_VOLUME_SNAPSHOT_GROUP_FOR_DRS = Action.of(PREFIX, "BatchCreateVolumeSnapshotGroupForDrs");

  /** {@code drs:BatchDeleteSnapshotRequestForDrs}: Write; on no resource type (give {@code *}). */
  public static final Action BATCH_DELETE_SNAPSHOT_REQUEST_FOR_DRS = Action.of(PREFIX, "BatchDeleteSnapshotRequestForDrs");

  /** {@code drs:CreateConvertedSnapshotForDrs}: Write; on SourceServerResource. */
  public static final Action CREATE_CONVERTED_SNAPSHOT_FOR_DRS = Action.of(PREFIX, "CreateConvertedSnapshotForDrs");

  /** {@code drs:CreateExtendedSourceServer}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_EXTENDED_SOURCE_SERVER = Action.of(PREFIX, "CreateExtendedSourceServer");

  /** {@code drs:CreateLaunchConfigurationTemplate}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_LAUNCH_CONFIGURATION_TEMPLATE = Action.of(PREFIX, "CreateLaunchConfigurationTemplate");

  /** {@code drs:CreateRecoveryInstanceForDrs}: Write; on SourceServerResource. */
  public static final Action CREATE_RECOVERY_INSTANCE_FOR_DRS = Action.of(PREFIX, "CreateRecoveryInstanceForDrs");

  /** {@code drs:CreateReplicationConfigurationTemplate}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_REPLICATION_CONFIGURATION_TEMPLATE = Action.of(PREFIX, "CreateReplicationConfigurationTemplate");

  /** {@code drs:CreateSourceNetwork}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_SOURCE_NETWORK = Action.of(PREFIX, "CreateSourceNetwork");

  /** {@code drs:CreateSourceServerForDrs}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_SOURCE_SERVER_FOR_DRS = Action.of(PREFIX, "CreateSourceServerForDrs");

  /** {@code drs:DeleteJob}: Write; on JobResource. */
  public static final Action DELETE_JOB = Action.of(PREFIX, "DeleteJob");

  /** {@code drs:DeleteLaunchAction}: Write; on LaunchConfigurationTemplateResource, SourceServerResource. */
  public static final Action DELETE_LAUNCH_ACTION = Action.of(PREFIX, "DeleteLaunchAction");

  /** {@code drs:DeleteLaunchConfigurationTemplate}: Write; on LaunchConfigurationTemplateResource. */
  public static final Action DELETE_LAUNCH_CONFIGURATION_TEMPLATE = Action.of(PREFIX, "DeleteLaunchConfigurationTemplate");

  /** {@code drs:DeleteRecoveryInstance}: Write; on RecoveryInstanceResource. */
  public static final Action DELETE_RECOVERY_INSTANCE = Action.of(PREFIX, "DeleteRecoveryInstance");

  /** {@code drs:DeleteReplicationConfigurationTemplate}: Write; on ReplicationConfigurationTemplateResource. */
  public static final Action DELETE_REPLICATION_CONFIGURATION_TEMPLATE = Action.of(PREFIX, "DeleteReplicationConfigurationTemplate");

  /** {@code drs:DeleteSourceNetwork}: Write; on SourceNetworkResource. */
  public static final Action DELETE_SOURCE_NETWORK = Action.of(PREFIX, "DeleteSourceNetwork");

  /** {@code drs:DeleteSourceServer}: Write; on SourceServerResource. */
  public static final Action DELETE_SOURCE_SERVER = Action.of(PREFIX, "DeleteSourceServer");

  /** {@code drs:DescribeJobLogItems}: Read; on JobResource. */
  public static final Action DESCRIBE_JOB_LOG_ITEMS = Action.of(PREFIX, "DescribeJobLogItems");

  /** {@code drs:DescribeJobs}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_JOBS = Action.of(PREFIX, "DescribeJobs");

  /** {@code drs:DescribeLaunchConfigurationTemplates}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_LAUNCH_CONFIGURATION_TEMPLATES = Action.of(PREFIX, "DescribeLaunchConfigurationTemplates");

  /** {@code drs:DescribeRecoveryInstances}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_RECOVERY_INSTANCES = Action.of(PREFIX, "DescribeRecoveryInstances");

  /** {@code drs:DescribeRecoverySnapshots}: Read; on SourceServerResource. */
  public static final Action DESCRIBE_RECOVERY_SNAPSHOTS = Action.of(PREFIX, "DescribeRecoverySnapshots");

  /** {@code drs:DescribeReplicationConfigurationTemplates}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_REPLICATION_CONFIGURATION_TEMPLATES = Action.of(PREFIX, "DescribeReplicationConfigurationTemplates");

  /** {@code drs:DescribeReplicationServerAssociationsForDrs}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_REPLICATION_SERVER_ASSOCIATIONS_FOR_DRS = Action.of(PREFIX, "DescribeReplicationServerAssociationsForDrs");

  /** {@code drs:DescribeSnapshotRequestsForDrs}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_SNAPSHOT_REQUESTS_FOR_DRS = Action.of(PREFIX, "DescribeSnapshotRequestsForDrs");

  /** {@code drs:DescribeSourceNetworks}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_SOURCE_NETWORKS = Action.of(PREFIX, "DescribeSourceNetworks");

  /** {@code drs:DescribeSourceServers}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_SOURCE_SERVERS = Action.of(PREFIX, "DescribeSourceServers");

  /** {@code drs:DisconnectRecoveryInstance}: Write; on RecoveryInstanceResource. */
  public static final Action DISCONNECT_RECOVERY_INSTANCE = Action.of(PREFIX, "DisconnectRecoveryInstance");

  /** {@code drs:DisconnectSourceServer}: Write; on SourceServerResource. */
  public static final Action DISCONNECT_SOURCE_SERVER = Action.of(PREFIX, "DisconnectSourceServer");

  /** {@code drs:ExportSourceNetworkCfnTemplate}: Write; on SourceNetworkResource. */
  public static final Action EXPORT_SOURCE_NETWORK_CFN_TEMPLATE = Action.of(PREFIX, "ExportSourceNetworkCfnTemplate");

  /** {@code drs:GetAgentCommandForDrs}: Read; on RecoveryInstanceResource, SourceServerResource. */
  public static final Action GET_AGENT_COMMAND_FOR_DRS = Action.of(PREFIX, "GetAgentCommandForDrs");

  /** {@code drs:GetAgentConfirmedResumeInfoForDrs}: Read; on RecoveryInstanceResource, SourceServerResource. */
  public static final Action GET_AGENT_CONFIRMED_RESUME_INFO_FOR_DRS = Action.of(PREFIX, "GetAgentConfirmedResumeInfoForDrs");

  /** {@code drs:GetAgentInstallationAssetsForDrs}: Read; on no resource type (give {@code *}). */
  public static final Action GET_AGENT_INSTALLATION_ASSETS_FOR_DRS = Action.of(PREFIX, "GetAgentInstallationAssetsForDrs");

  /** {@code drs:GetAgentReplicationInfoForDrs}: Read; on RecoveryInstanceResource, SourceServerResource. */
  public static final Action GET_AGENT_REPLICATION_INFO_FOR_DRS = Action.of(PREFIX, "GetAgentReplicationInfoForDrs");

  /** {@code drs:GetAgentRuntimeConfigurationForDrs}: Read; on RecoveryInstanceResource, SourceServerResource. */
  public static final Action GET_AGENT_RUNTIME_CONFIGURATION_FOR_DRS = Action.of(PREFIX, "GetAgentRuntimeConfigurationForDrs");

  /** {@code drs:GetAgentSnapshotCreditsForDrs}: Read; on RecoveryInstanceResource, SourceServerResource. */
  public static final Action GET_AGENT_SNAPSHOT_CREDITS_FOR_DRS = Action.of(PREFIX, "GetAgentSnapshotCreditsForDrs");

  /** {@code drs:GetChannelCommandsForDrs}: Read; on no resource type (give {@code *}). */
  public static final Action GET_CHANNEL_COMMANDS_FOR_DRS = Action.of(PREFIX, "GetChannelCommandsForDrs");

  /** {@code drs:GetFailbackCommandForDrs}: Read; on RecoveryInstanceResource. */
  public static final Action GET_FAILBACK_COMMAND_FOR_DRS = Action.of(PREFIX, "GetFailbackCommandForDrs");

  /** {@code drs:GetFailbackLaunchRequestedForDrs}: Read; on RecoveryInstanceResource. */
  public static final Action GET_FAILBACK_LAUNCH_REQUESTED_FOR_DRS = Action.of(PREFIX, "GetFailbackLaunchRequestedForDrs");

  /** {@code drs:GetFailbackReplicationConfiguration}: Read; on RecoveryInstanceResource. */
  public static final Action GET_FAILBACK_REPLICATION_CONFIGURATION = Action.of(PREFIX, "GetFailbackReplicationConfiguration");

  /** {@code drs:GetLaunchConfiguration}: Read; on SourceServerResource. */
  public static final Action GET_LAUNCH_CONFIGURATION = Action.of(PREFIX, "GetLaunchConfiguration");

  /** {@code drs:GetReplicationConfiguration}: Read; on SourceServerResource. */
  public static final Action GET_REPLICATION_CONFIGURATION = Action.of(PREFIX, "GetReplicationConfiguration");

  /** {@code drs:GetSuggestedFailbackClientDeviceMappingForDrs}: Read; on RecoveryInstanceResource. */
  public static final Action GET_SUGGESTED_FAILBACK_CLIENT_DEVICE_MAPPING_FOR_DRS = Action.of(PREFIX, "GetSuggestedFailbackClientDeviceMappingForDrs");

  /** {@code drs:InitializeService}: Write; on no resource type (give {@code *}). */
  public static final Action INITIALIZE_SERVICE = Action.of(PREFIX, "InitializeService");

  /** {@code drs:IssueAgentCertificateForDrs}: Write; on RecoveryInstanceResource, SourceServerResource. */
  public static final Action ISSUE_AGENT_CERTIFICATE_FOR_DRS = Action.of(PREFIX, "IssueAgentCertificateForDrs");

  /** {@code drs:ListExtensibleSourceServers}: Read; on no resource type (give {@code *}). */
  public static final Action LIST_EXTENSIBLE_SOURCE_SERVERS = Action.of(PREFIX, "ListExtensibleSourceServers");

  /** {@code drs:ListLaunchActions}: Read; on LaunchConfigurationTemplateResource, SourceServerResource. */
  public static final Action LIST_LAUNCH_ACTIONS = Action.of(PREFIX, "ListLaunchActions");

  /** {@code drs:ListStagingAccounts}: Read; on no resource type (give {@code *}). */
  public static final Action LIST_STAGING_ACCOUNTS = Action.of(PREFIX, "ListStagingAccounts");

  /** {@code drs:ListTagsForResource}: Read; on no resource type (give {@code *}). */
  public static final Action LIST_TAGS_FOR_RESOURCE = Action.of(PREFIX, "ListTagsForResource");

  /** {@code drs:NotifyAgentAuthenticationForDrs}: Write; on RecoveryInstanceResource, SourceServerResource. */
  public static final Action NOTIFY_AGENT_AUTHENTICATION_FOR_DRS = Action.of(PREFIX, "NotifyAgentAuthenticationForDrs");

  /** {@code drs:NotifyAgentConnectedForDrs}: Write; on RecoveryInstanceResource, SourceServerResource. */
  public static final Action NOTIFY_AGENT_CONNECTED_FOR_DRS = Action.of(PREFIX, "NotifyAgentConnectedForDrs");

  /** {@code drs:NotifyAgentDisconnectedForDrs}: Write; on RecoveryInstanceResource, SourceServerResource. */
  public static final Action NOTIFY_AGENT_DISCONNECTED_FOR_DRS = Action.of(PREFIX, "NotifyAgentDisconnectedForDrs");

  /** {@code drs:NotifyAgentReplicationProgressForDrs}: Write; on RecoveryInstanceResource, SourceServerResource. */
  public static final Action NOTIFY_AGENT_REPLICATION_PROGRESS_FOR_DRS = Action.of(PREFIX, "NotifyAgentReplicationProgressForDrs");

  /** {@code drs:NotifyConsistencyAttainedForDrs}: Write; on RecoveryInstanceResource. */
  public static final Action NOTIFY_CONSISTENCY_ATTAINED_FOR_DRS = Action.of(PREFIX, "NotifyConsistencyAttainedForDrs");

  /** {@code drs:NotifyReplicationServerAuthenticationForDrs}: Write; on RecoveryInstanceResource. */
  public static final Action NOTIFY_REPLICATION_SERVER_AUTHENTICATION_FOR_DRS = Action.of(PREFIX, "NotifyReplicationServerAuthenticationForDrs");

  /** {@code drs:NotifyVolumeEventForDrs}: Write; on SourceServerResource. */
  public static final Action NOTIFY_VOLUME_EVENT_FOR_DRS = Action.of(PREFIX, "NotifyVolumeEventForDrs");

  /** {@code drs:PutLaunchAction}: Write; on LaunchConfigurationTemplateResource, SourceServerResource. */
  public static final Action PUT_LAUNCH_ACTION = Action.of(PREFIX, "PutLaunchAction");

  /** {@code drs:RetryDataReplication}: Write; on SourceServerResource. */
  public static final Action RETRY_DATA_REPLICATION = Action.of(PREFIX, "RetryDataReplication");

  /** {@code drs:ReverseReplication}: Write; on RecoveryInstanceResource. */
  public static final Action REVERSE_REPLICATION = Action.of(PREFIX, "ReverseReplication");

  /** {@code drs:SendAgentLogsForDrs}: Write; on RecoveryInstanceResource, SourceServerResource. */
  public static final Action SEND_AGENT_LOGS_FOR_DRS = Action.of(PREFIX, "SendAgentLogsForDrs");

  /** {@code drs:SendAgentMetricsForDrs}: Write; on RecoveryInstanceResource, SourceServerResource. */
  public static final Action SEND_AGENT_METRICS_FOR_DRS = Action.of(PREFIX, "SendAgentMetricsForDrs");

  /** {@code drs:SendChannelCommandResultForDrs}: Write; on no resource type (give {@code *}). */
  public static final Action SEND_CHANNEL_COMMAND_RESULT_FOR_DRS = Action.of(PREFIX, "SendChannelCommandResultForDrs");

  /** {@code drs:SendClientLogsForDrs}: Write; on no resource type (give {@code *}). */
  public static final Action SEND_CLIENT_LOGS_FOR_DRS = Action.of(PREFIX, "SendClientLogsForDrs");

  /** {@code drs:SendClientMetricsForDrs}: Write; on no resource type (give {@code *}). */
  public static final Action SEND_CLIENT_METRICS_FOR_DRS = Action.of(PREFIX, "SendClientMetricsForDrs");

  /** {@code drs:SendVolumeStatsForDrs}: Write; on SourceServerResource. */
  public static final Action SEND_VOLUME_STATS_FOR_DRS = Action.of(PREFIX, "SendVolumeStatsForDrs");

  /** {@code drs:StartFailbackLaunch}: Write; on RecoveryInstanceResource. */
  public static final Action START_FAILBACK_LAUNCH = Action.of(PREFIX, "StartFailbackLaunch");

  /** {@code drs:StartRecovery}: Write; on SourceServerResource. */
  public static final Action START_RECOVERY = Action.of(PREFIX, "StartRecovery");

  /** {@code drs:StartReplication}: Write; on SourceServerResource. */
  public static final Action START_REPLICATION = Action.of(PREFIX, "StartReplication");

  /** {@code drs:StartSourceNetworkRecovery}: Write; on SourceNetworkResource. */
  public static final Action START_SOURCE_NETWORK_RECOVERY = Action.of(PREFIX, "StartSourceNetworkRecovery");

  /** {@code drs:StartSourceNetworkReplication}: Write; on SourceNetworkResource. */
  public static final Action START_SOURCE_NETWORK_REPLICATION = Action.of(PREFIX, "StartSourceNetworkReplication");

  /** {@code drs:StopFailback}: Write; on RecoveryInstanceResource. */
  public static final Action STOP_FAILBACK = Action.of(PREFIX, "StopFailback");

  /** {@code drs:StopReplication}: Write; on SourceServerResource. */
  public static final Action STOP_REPLICATION = Action.of(PREFIX, "StopReplication");

  /** {@code drs:StopSourceNetworkReplication}: Write; on SourceNetworkResource. */
  public static final Action STOP_SOURCE_NETWORK_REPLICATION = Action.of(PREFIX, "StopSourceNetworkReplication");

  /** {@code drs:TagResource}: Tagging; on JobResource, LaunchConfigurationTemplateResource, RecoveryInstanceResource, ReplicationConfigurationTemplateResource, SourceNetworkResource, SourceServerResource. */
  public static final Action TAG_RESOURCE = Action.of(PREFIX, "TagResource");

  /** {@code drs:TerminateRecoveryInstances}: Write; on RecoveryInstanceResource. */
  public static final Action TERMINATE_RECOVERY_INSTANCES = Action.of(PREFIX, "TerminateRecoveryInstances");

  /** {@code drs:UntagResource}: Tagging; on JobResource, LaunchConfigurationTemplateResource, RecoveryInstanceResource, ReplicationConfigurationTemplateResource, SourceNetworkResource, SourceServerResource. */
  public static final Action UNTAG_RESOURCE = Action.of(PREFIX, "UntagResource");

  /** {@code drs:UpdateAgentBacklogForDrs}: Write; on RecoveryInstanceResource, SourceServerResource. */
  public static final Action UPDATE_AGENT_BACKLOG_FOR_DRS = Action.of(PREFIX, "UpdateAgentBacklogForDrs");

  /** {@code drs:UpdateAgentConversionInfoForDrs}: Write; on RecoveryInstanceResource, SourceServerResource. */
  public static final Action UPDATE_AGENT_CONVERSION_INFO_FOR_DRS = Action.of(PREFIX, "UpdateAgentConversionInfoForDrs");

  /** {@code drs:UpdateAgentReplicationInfoForDrs}: Write; on RecoveryInstanceResource, SourceServerResource. */
  public static final Action UPDATE_AGENT_REPLICATION_INFO_FOR_DRS = Action.of(PREFIX, "UpdateAgentReplicationInfoForDrs");

  /** {@code drs:UpdateAgentReplicationProcessStateForDrs}: Write; on RecoveryInstanceResource, SourceServerResource. */
  public static final Action UPDATE_AGENT_REPLICATION_PROCESS_STATE_FOR_DRS = Action.of(PREFIX, "UpdateAgentReplicationProcessStateForDrs");

  /** {@code drs:UpdateAgentSourcePropertiesForDrs}: Write; on RecoveryInstanceResource, SourceServerResource. */
  public static final Action UPDATE_AGENT_SOURCE_PROPERTIES_FOR_DRS = Action.of(PREFIX, "UpdateAgentSourcePropertiesForDrs");

  /** {@code drs:UpdateFailbackClientDeviceMappingForDrs}: Write; on RecoveryInstanceResource. */
  public static final Action UPDATE_FAILBACK_CLIENT_DEVICE_MAPPING_FOR_DRS = Action.of(PREFIX, "UpdateFailbackClientDeviceMappingForDrs");

  /** {@code drs:UpdateFailbackClientLastSeenForDrs}: Write; on RecoveryInstanceResource. */
  public static final Action UPDATE_FAILBACK_CLIENT_LAST_SEEN_FOR_DRS = Action.of(PREFIX, "UpdateFailbackClientLastSeenForDrs");

  /** {@code drs:UpdateFailbackReplicationConfiguration}: Write; on RecoveryInstanceResource. */
  public static final Action UPDATE_FAILBACK_REPLICATION_CONFIGURATION = Action.of(PREFIX, "UpdateFailbackReplicationConfiguration");

  /** {@code drs:UpdateLaunchConfiguration}: Write; on SourceServerResource. */
  public static final Action UPDATE_LAUNCH_CONFIGURATION = Action.of(PREFIX, "UpdateLaunchConfiguration");

  /** {@code drs:UpdateLaunchConfigurationTemplate}: Write; on LaunchConfigurationTemplateResource. */
  public static final Action UPDATE_LAUNCH_CONFIGURATION_TEMPLATE = Action.of(PREFIX, "UpdateLaunchConfigurationTemplate");

  /** {@code drs:UpdateReplicationCertificateForDrs}: Write; on RecoveryInstanceResource. */
  public static final Action UPDATE_REPLICATION_CERTIFICATE_FOR_DRS = Action.of(PREFIX, "UpdateReplicationCertificateForDrs");

  /** {@code drs:UpdateReplicationConfiguration}: Write; on SourceServerResource. */
  public static final Action UPDATE_REPLICATION_CONFIGURATION = Action.of(PREFIX, "UpdateReplicationConfiguration");

  /** {@code drs:UpdateReplicationConfigurationTemplate}: Write; on ReplicationConfigurationTemplateResource. */
  public static final Action UPDATE_REPLICATION_CONFIGURATION_TEMPLATE = Action.of(PREFIX, "UpdateReplicationConfigurationTemplate");

  private Drs() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
