// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of AWS Application Migration Service (prefix {@code mgn}), as the service authorization reference lists them.
 */
public final class Mgn {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "mgn";

  /** {@code mgn:ArchiveApplication}: Write; on ApplicationResource. */
  public static final Action ARCHIVE_APPLICATION = Action.of(PREFIX, "ArchiveApplication");

  /** {@code mgn:ArchiveWave}: Write; on WaveResource. */
  public static final Action ARCHIVE_WAVE = Action.of(PREFIX, "ArchiveWave");

  /** {@code mgn:AssociateApplications}: Write; on ApplicationResource, WaveResource. */
  public static final Action ASSOCIATE_APPLICATIONS = Action.of(PREFIX, "AssociateApplications");

  /** {@code mgn:AssociateSourceServers}: Write; on ApplicationResource, SourceServerResource. */
  public static final Action ASSOCIATE_SOURCE_SERVERS = Action.of(PREFIX, "AssociateSourceServers");

  /** {@code mgn:BatchCreateVolumeSnapshotGroupForMgn}: Write; on SourceServerResource. */
  public static final Action BATCH_CREATE_VOLUME_SNAPSHOT_GROUP_FOR_MGN = Action.of(PREFIX, "BatchCreateVolumeSnapshotGroupForMgn");

  /** {@code mgn:BatchDeleteSnapshotRequestForMgn}: Write; on no resource type (give {@code *}). */
  public static final Action BATCH_DELETE_SNAPSHOT_REQUEST_FOR_MGN = Action.of(PREFIX, "BatchDeleteSnapshotRequestForMgn");

  /** {@code mgn:ChangeServerLifeCycleState}: Write; on SourceServerResource. */
  public static final Action CHANGE_SERVER_LIFE_CYCLE_STATE = Action.of(PREFIX, "ChangeServerLifeCycleState");

  /** {@code mgn:CreateApplication}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_APPLICATION = Action.of(PREFIX, "CreateApplication");

  /** {@code mgn:CreateConnector}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_CONNECTOR = Action.of(PREFIX, "CreateConnector");

  /** {@code mgn:CreateLaunchConfigurationTemplate}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_LAUNCH_CONFIGURATION_TEMPLATE = Action.of(PREFIX, "CreateLaunchConfigurationTemplate");

  /** {@code mgn:CreateNetworkMigrationDefinition}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_NETWORK_MIGRATION_DEFINITION = Action.of(PREFIX, "CreateNetworkMigrationDefinition");

  /** {@code mgn:CreateReplicationConfigurationTemplate}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_REPLICATION_CONFIGURATION_TEMPLATE = Action.of(PREFIX, "CreateReplicationConfigurationTemplate");

  /** {@code mgn:CreateVcenterClientForMgn}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_VCENTER_CLIENT_FOR_MGN = Action.of(PREFIX, "CreateVcenterClientForMgn");

  /** {@code mgn:CreateWave}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_WAVE = Action.of(PREFIX, "CreateWave");

  /** {@code mgn:DeleteApplication}: Write; on ApplicationResource. */
  public static final Action DELETE_APPLICATION = Action.of(PREFIX, "DeleteApplication");

  /** {@code mgn:DeleteConnector}: Write; on ConnectorResource. */
  public static final Action DELETE_CONNECTOR = Action.of(PREFIX, "DeleteConnector");

  /** {@code mgn:DeleteJob}: Write; on JobResource. */
  public static final Action DELETE_JOB = Action.of(PREFIX, "DeleteJob");

  /** {@code mgn:DeleteLaunchConfigurationTemplate}: Write; on LaunchConfigurationTemplateResource. */
  public static final Action DELETE_LAUNCH_CONFIGURATION_TEMPLATE = Action.of(PREFIX, "DeleteLaunchConfigurationTemplate");

  /** {@code mgn:DeleteNetworkMigrationDefinition}: Write; on NetworkMigrationDefinitionResource. */
  public static final Action DELETE_NETWORK_MIGRATION_DEFINITION = Action.of(PREFIX, "DeleteNetworkMigrationDefinition");

  /** {@code mgn:DeleteReplicationConfigurationTemplate}: Write; on ReplicationConfigurationTemplateResource. */
  public static final Action DELETE_REPLICATION_CONFIGURATION_TEMPLATE = Action.of(PREFIX, "DeleteReplicationConfigurationTemplate");

  /** {@code mgn:DeleteSourceServer}: Write; on SourceServerResource. */
  public static final Action DELETE_SOURCE_SERVER = Action.of(PREFIX, "DeleteSourceServer");

  /** {@code mgn:DeleteVcenterClient}: Write; on VcenterClientResource. */
  public static final Action DELETE_VCENTER_CLIENT = Action.of(PREFIX, "DeleteVcenterClient");

  /** {@code mgn:DeleteWave}: Write; on WaveResource. */
  public static final Action DELETE_WAVE = Action.of(PREFIX, "DeleteWave");

  /** {@code mgn:DescribeJobLogItems}: Read; on JobResource. */
  public static final Action DESCRIBE_JOB_LOG_ITEMS = Action.of(PREFIX, "DescribeJobLogItems");

  /** {@code mgn:DescribeJobs}: List; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_JOBS = Action.of(PREFIX, "DescribeJobs");

  /** {@code mgn:DescribeLaunchConfigurationTemplates}: List; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_LAUNCH_CONFIGURATION_TEMPLATES = Action.of(PREFIX, "DescribeLaunchConfigurationTemplates");

  /** {@code mgn:DescribeReplicationConfigurationTemplates}: List; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_REPLICATION_CONFIGURATION_TEMPLATES = Action.of(PREFIX, "DescribeReplicationConfigurationTemplates");

  /** {@code mgn:DescribeReplicationServerAssociationsForMgn}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_REPLICATION_SERVER_ASSOCIATIONS_FOR_MGN = Action.of(PREFIX, "DescribeReplicationServerAssociationsForMgn");

  /** {@code mgn:DescribeSnapshotRequestsForMgn}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_SNAPSHOT_REQUESTS_FOR_MGN = Action.of(PREFIX, "DescribeSnapshotRequestsForMgn");

  /** {@code mgn:DescribeSourceServers}: List; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_SOURCE_SERVERS = Action.of(PREFIX, "DescribeSourceServers");

  /** {@code mgn:DescribeVcenterClients}: List; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_VCENTER_CLIENTS = Action.of(PREFIX, "DescribeVcenterClients");

  /** {@code mgn:DisassociateApplications}: Write; on ApplicationResource, WaveResource. */
  public static final Action DISASSOCIATE_APPLICATIONS = Action.of(PREFIX, "DisassociateApplications");

  /** {@code mgn:DisassociateSourceServers}: Write; on ApplicationResource, SourceServerResource. */
  public static final Action DISASSOCIATE_SOURCE_SERVERS = Action.of(PREFIX, "DisassociateSourceServers");

  /** {@code mgn:DisconnectFromService}: Write; on SourceServerResource. */
  public static final Action DISCONNECT_FROM_SERVICE = Action.of(PREFIX, "DisconnectFromService");

  /** {@code mgn:FinalizeCutover}: Write; on SourceServerResource. */
  public static final Action FINALIZE_CUTOVER = Action.of(PREFIX, "FinalizeCutover");

  /** {@code mgn:GetAccountSettings}: Read; on no resource type (give {@code *}). */
  public static final Action GET_ACCOUNT_SETTINGS = Action.of(PREFIX, "GetAccountSettings");

  /** {@code mgn:GetAgentCommandForMgn}: Read; on SourceServerResource. */
  public static final Action GET_AGENT_COMMAND_FOR_MGN = Action.of(PREFIX, "GetAgentCommandForMgn");

  /** {@code mgn:GetAgentConfirmedResumeInfoForMgn}: Read; on SourceServerResource. */
  public static final Action GET_AGENT_CONFIRMED_RESUME_INFO_FOR_MGN = Action.of(PREFIX, "GetAgentConfirmedResumeInfoForMgn");

  /** {@code mgn:GetAgentInstallationAssetsForMgn}: Read; on no resource type (give {@code *}). */
  public static final Action GET_AGENT_INSTALLATION_ASSETS_FOR_MGN = Action.of(PREFIX, "GetAgentInstallationAssetsForMgn");

  /** {@code mgn:GetAgentReplicationInfoForMgn}: Read; on SourceServerResource. */
  public static final Action GET_AGENT_REPLICATION_INFO_FOR_MGN = Action.of(PREFIX, "GetAgentReplicationInfoForMgn");

  /** {@code mgn:GetAgentRuntimeConfigurationForMgn}: Read; on SourceServerResource. */
  public static final Action GET_AGENT_RUNTIME_CONFIGURATION_FOR_MGN = Action.of(PREFIX, "GetAgentRuntimeConfigurationForMgn");

  /** {@code mgn:GetAgentSnapshotCreditsForMgn}: Read; on SourceServerResource. */
  public static final Action GET_AGENT_SNAPSHOT_CREDITS_FOR_MGN = Action.of(PREFIX, "GetAgentSnapshotCreditsForMgn");

  /** {@code mgn:GetChannelCommandsForMgn}: Read; on no resource type (give {@code *}). */
  public static final Action GET_CHANNEL_COMMANDS_FOR_MGN = Action.of(PREFIX, "GetChannelCommandsForMgn");

  /** {@code mgn:GetLaunchConfiguration}: Read; on SourceServerResource. */
  public static final Action GET_LAUNCH_CONFIGURATION = Action.of(PREFIX, "GetLaunchConfiguration");

  /** {@code mgn:GetNetworkMigrationDefinition}: Read; on NetworkMigrationDefinitionResource. */
  public static final Action GET_NETWORK_MIGRATION_DEFINITION = Action.of(PREFIX, "GetNetworkMigrationDefinition");

  /** {@code mgn:GetNetworkMigrationMapperSegmentConstruct}: Read; on NetworkMigrationDefinitionResource. */
  public static final Action GET_NETWORK_MIGRATION_MAPPER_SEGMENT_CONSTRUCT = Action.of(PREFIX, "GetNetworkMigrationMapperSegmentConstruct");

  /** {@code mgn:GetReplicationConfiguration}: Read; on SourceServerResource. */
  public static final Action GET_REPLICATION_CONFIGURATION = Action.of(PREFIX, "GetReplicationConfiguration");

  /** {@code mgn:GetVcenterClientCommandsForMgn}: Read; on VcenterClientResource. */
  public static final Action GET_VCENTER_CLIENT_COMMANDS_FOR_MGN = Action.of(PREFIX, "GetVcenterClientCommandsForMgn");

  /** {@code mgn:InitializeService}: Write; on no resource type (give {@code *}). */
  public static final Action INITIALIZE_SERVICE = Action.of(PREFIX, "InitializeService");

  /** {@code mgn:IssueClientCertificateForMgn}: Write; on SourceServerResource. */
  public static final Action ISSUE_CLIENT_CERTIFICATE_FOR_MGN = Action.of(PREFIX, "IssueClientCertificateForMgn");

  /** {@code mgn:ListApplications}: List; on no resource type (give {@code *}). */
  public static final Action LIST_APPLICATIONS = Action.of(PREFIX, "ListApplications");

  /** {@code mgn:ListConnectors}: Read; on no resource type (give {@code *}). */
  public static final Action LIST_CONNECTORS = Action.of(PREFIX, "ListConnectors");

  /** {@code mgn:ListExportErrors}: List; on ExportResource. */
  public static final Action LIST_EXPORT_ERRORS = Action.of(PREFIX, "ListExportErrors");

  /** {@code mgn:ListExports}: List; on no resource type (give {@code *}). */
  public static final Action LIST_EXPORTS = Action.of(PREFIX, "ListExports");

  /** {@code mgn:ListImportErrors}: List; on ImportResource. */
  public static final Action LIST_IMPORT_ERRORS = Action.of(PREFIX, "ListImportErrors");

  /** {@code mgn:ListImportFileEnrichments}: List; on no resource type (give {@code *}). */
  public static final Action LIST_IMPORT_FILE_ENRICHMENTS = Action.of(PREFIX, "ListImportFileEnrichments");

  /** {@code mgn:ListImports}: List; on no resource type (give {@code *}). */
  public static final Action LIST_IMPORTS = Action.of(PREFIX, "ListImports");

  /** {@code mgn:ListManagedAccounts}: List; on no resource type (give {@code *}). */
  public static final Action LIST_MANAGED_ACCOUNTS = Action.of(PREFIX, "ListManagedAccounts");

  /** {@code mgn:ListNetworkMigrationAnalyses}: List; on NetworkMigrationDefinitionResource. */
  public static final Action LIST_NETWORK_MIGRATION_ANALYSES = Action.of(PREFIX, "ListNetworkMigrationAnalyses");

  /** {@code mgn:ListNetworkMigrationAnalysisResults}: List; on NetworkMigrationDefinitionResource. */
  public static final Action LIST_NETWORK_MIGRATION_ANALYSIS_RESULTS = Action.of(PREFIX, "ListNetworkMigrationAnalysisResults");

  /** {@code mgn:ListNetworkMigrationCodeGenerationSegments}: List; on NetworkMigrationDefinitionResource. */
  public static final Action LIST_NETWORK_MIGRATION_CODE_GENERATION_SEGMENTS = Action.of(PREFIX, "ListNetworkMigrationCodeGenerationSegments");

  /** {@code mgn:ListNetworkMigrationCodeGenerations}: List; on NetworkMigrationDefinitionResource. */
  public static final Action LIST_NETWORK_MIGRATION_CODE_GENERATIONS = Action.of(PREFIX, "ListNetworkMigrationCodeGenerations");

  /** {@code mgn:ListNetworkMigrationDefinitions}: List; on no resource type (give {@code *}). */
  public static final Action LIST_NETWORK_MIGRATION_DEFINITIONS = Action.of(PREFIX, "ListNetworkMigrationDefinitions");

  /** {@code mgn:ListNetworkMigrationDeployedStacks}: List; on NetworkMigrationDefinitionResource. */
  public static final Action LIST_NETWORK_MIGRATION_DEPLOYED_STACKS = Action.of(PREFIX, "ListNetworkMigrationDeployedStacks");

  /** {@code mgn:ListNetworkMigrationDeployedStacksDeletions}: List; on NetworkMigrationDefinitionResource. */
  public static final Action LIST_NETWORK_MIGRATION_DEPLOYED_STACKS_DELETIONS = Action.of(PREFIX, "ListNetworkMigrationDeployedStacksDeletions");

  /** {@code mgn:ListNetworkMigrationDeployments}: List; on NetworkMigrationDefinitionResource. */
  public static final Action LIST_NETWORK_MIGRATION_DEPLOYMENTS = Action.of(PREFIX, "ListNetworkMigrationDeployments");

  /** {@code mgn:ListNetworkMigrationExecutions}: List; on NetworkMigrationDefinitionResource. */
  public static final Action LIST_NETWORK_MIGRATION_EXECUTIONS = Action.of(PREFIX, "ListNetworkMigrationExecutions");

  /** {@code mgn:ListNetworkMigrationMapperSegmentConstructs}: List; on NetworkMigrationDefinitionResource. */
  public static final Action LIST_NETWORK_MIGRATION_MAPPER_SEGMENT_CONSTRUCTS = Action.of(PREFIX, "ListNetworkMigrationMapperSegmentConstructs");

  /** {@code mgn:ListNetworkMigrationMapperSegments}: List; on NetworkMigrationDefinitionResource. */
  public static final Action LIST_NETWORK_MIGRATION_MAPPER_SEGMENTS = Action.of(PREFIX, "ListNetworkMigrationMapperSegments");

  /** {@code mgn:ListNetworkMigrationMappingUpdates}: List; on NetworkMigrationDefinitionResource. */
  public static final Action LIST_NETWORK_MIGRATION_MAPPING_UPDATES = Action.of(PREFIX, "ListNetworkMigrationMappingUpdates");

  /** {@code mgn:ListNetworkMigrationMappings}: List; on NetworkMigrationDefinitionResource. */
  public static final Action LIST_NETWORK_MIGRATION_MAPPINGS = Action.of(PREFIX, "ListNetworkMigrationMappings");

  /** {@code mgn:ListSourceServerActions}: List; on SourceServerResource. */
  public static final Action LIST_SOURCE_SERVER_ACTIONS = Action.of(PREFIX, "ListSourceServerActions");

  /** {@code mgn:ListTagsForResource}: Read; on no resource type (give {@code *}). */
  public static final Action LIST_TAGS_FOR_RESOURCE = Action.of(PREFIX, "ListTagsForResource");

  /** {@code mgn:ListTemplateActions}: List; on LaunchConfigurationTemplateResource. */
  public static final Action LIST_TEMPLATE_ACTIONS = Action.of(PREFIX, "ListTemplateActions");

  /** {@code mgn:ListWaves}: List; on no resource type (give {@code *}). */
  public static final Action LIST_WAVES = Action.of(PREFIX, "ListWaves");

  /** {@code mgn:MarkAsArchived}: Write; on SourceServerResource. */
  public static final Action MARK_AS_ARCHIVED = Action.of(PREFIX, "MarkAsArchived");

  /** {@code mgn:NotifyAgentAuthenticationForMgn}: Write; on SourceServerResource. */
  public static final Action NOTIFY_AGENT_AUTHENTICATION_FOR_MGN = Action.of(PREFIX, "NotifyAgentAuthenticationForMgn");

  /** {@code mgn:NotifyAgentConnectedForMgn}: Write; on SourceServerResource. */
  public static final Action NOTIFY_AGENT_CONNECTED_FOR_MGN = Action.of(PREFIX, "NotifyAgentConnectedForMgn");

  /** {@code mgn:NotifyAgentDisconnectedForMgn}: Write; on SourceServerResource. */
  public static final Action NOTIFY_AGENT_DISCONNECTED_FOR_MGN = Action.of(PREFIX, "NotifyAgentDisconnectedForMgn");

  /** {@code mgn:NotifyAgentReplicationProgressForMgn}: Write; on SourceServerResource. */
  public static final Action NOTIFY_AGENT_REPLICATION_PROGRESS_FOR_MGN = Action.of(PREFIX, "NotifyAgentReplicationProgressForMgn");

  /** {@code mgn:NotifyVcenterClientStartedForMgn}: Write; on VcenterClientResource. */
  public static final Action NOTIFY_VCENTER_CLIENT_STARTED_FOR_MGN = Action.of(PREFIX, "NotifyVcenterClientStartedForMgn");

  /** {@code mgn:PauseReplication}: Write; on SourceServerResource. */
  public static final Action PAUSE_REPLICATION = Action.of(PREFIX, "PauseReplication");

  /** {@code mgn:PutSourceServerAction}: Write; on SourceServerResource. */
  public static final Action PUT_SOURCE_SERVER_ACTION = Action.of(PREFIX, "PutSourceServerAction");

  /** {@code mgn:PutTemplateAction}: Write; on LaunchConfigurationTemplateResource. */
  public static final Action PUT_TEMPLATE_ACTION = Action.of(PREFIX, "PutTemplateAction");

  /** {@code mgn:RegisterAgentForMgn}: Write; on no resource type (give {@code *}). */
  public static final Action REGISTER_AGENT_FOR_MGN = Action.of(PREFIX, "RegisterAgentForMgn");

  /** {@code mgn:RemoveSourceServerAction}: Write; on SourceServerResource. */
  public static final Action REMOVE_SOURCE_SERVER_ACTION = Action.of(PREFIX, "RemoveSourceServerAction");

  /** {@code mgn:RemoveTemplateAction}: Write; on LaunchConfigurationTemplateResource. */
  public static final Action REMOVE_TEMPLATE_ACTION = Action.of(PREFIX, "RemoveTemplateAction");

  /** {@code mgn:ResumeReplication}: Write; on SourceServerResource. */
  public static final Action RESUME_REPLICATION = Action.of(PREFIX, "ResumeReplication");

  /** {@code mgn:RetryDataReplication}: Write; on SourceServerResource. */
  public static final Action RETRY_DATA_REPLICATION = Action.of(PREFIX, "RetryDataReplication");

  /** {@code mgn:SendAgentLogsForMgn}: Write; on SourceServerResource. */
  public static final Action SEND_AGENT_LOGS_FOR_MGN = Action.of(PREFIX, "SendAgentLogsForMgn");

  /** {@code mgn:SendAgentMetricsForMgn}: Write; on SourceServerResource. */
  public static final Action SEND_AGENT_METRICS_FOR_MGN = Action.of(PREFIX, "SendAgentMetricsForMgn");

  /** {@code mgn:SendChannelCommandResultForMgn}: Write; on no resource type (give {@code *}). */
  public static final Action SEND_CHANNEL_COMMAND_RESULT_FOR_MGN = Action.of(PREFIX, "SendChannelCommandResultForMgn");

  /** {@code mgn:SendClientLogsForMgn}: Write; on no resource type (give {@code *}). */
  public static final Action SEND_CLIENT_LOGS_FOR_MGN = Action.of(PREFIX, "SendClientLogsForMgn");

  /** {@code mgn:SendClientMetricsForMgn}: Write; on no resource type (give {@code *}). */
  public static final Action SEND_CLIENT_METRICS_FOR_MGN = Action.of(PREFIX, "SendClientMetricsForMgn");

  /** {@code mgn:SendVcenterClientCommandResultForMgn}: Write; on VcenterClientResource. */
  public static final Action SEND_VCENTER_CLIENT_COMMAND_RESULT_FOR_MGN = Action.of(PREFIX, "SendVcenterClientCommandResultForMgn");

  /** {@code mgn:SendVcenterClientLogsForMgn}: Write; on VcenterClientResource. */
  public static final Action SEND_VCENTER_CLIENT_LOGS_FOR_MGN = Action.of(PREFIX, "SendVcenterClientLogsForMgn");

  /** {@code mgn:SendVcenterClientMetricsForMgn}: Write; on VcenterClientResource. */
  public static final Action SEND_VCENTER_CLIENT_METRICS_FOR_MGN = Action.of(PREFIX, "SendVcenterClientMetricsForMgn");

  /** {@code mgn:StartCutover}: Write; on SourceServerResource. */
  public static final Action START_CUTOVER = Action.of(PREFIX, "StartCutover");

  /** {@code mgn:StartExport}: Write; on no resource type (give {@code *}). */
  public static final Action START_EXPORT = Action.of(PREFIX, "StartExport");

  /** {@code mgn:StartImport}: Write; on no resource type (give {@code *}). */
  public static final Action START_IMPORT = Action.of(PREFIX, "StartImport");

  /** {@code mgn:StartImportFileEnrichment}: Write; on no resource type (give {@code *}). */
  public static final Action START_IMPORT_FILE_ENRICHMENT = Action.of(PREFIX, "StartImportFileEnrichment");

  /** {@code mgn:StartNetworkMigrationAnalysis}: Write; on NetworkMigrationDefinitionResource. */
  public static final Action START_NETWORK_MIGRATION_ANALYSIS = Action.of(PREFIX, "StartNetworkMigrationAnalysis");

  /** {@code mgn:StartNetworkMigrationCodeGeneration}: Write; on NetworkMigrationDefinitionResource. */
  public static final Action START_NETWORK_MIGRATION_CODE_GENERATION = Action.of(PREFIX, "StartNetworkMigrationCodeGeneration");

  /** {@code mgn:StartNetworkMigrationDeployedStacksDeletion}: Write; on NetworkMigrationDefinitionResource. */
  public static final Action START_NETWORK_MIGRATION_DEPLOYED_STACKS_DELETION = Action.of(PREFIX, "StartNetworkMigrationDeployedStacksDeletion");

  /** {@code mgn:StartNetworkMigrationDeployment}: Write; on NetworkMigrationDefinitionResource. */
  public static final Action START_NETWORK_MIGRATION_DEPLOYMENT = Action.of(PREFIX, "StartNetworkMigrationDeployment");

  /** {@code mgn:StartNetworkMigrationMapping}: Write; on NetworkMigrationDefinitionResource. */
  public static final Action START_NETWORK_MIGRATION_MAPPING = Action.of(PREFIX, "StartNetworkMigrationMapping");

  /** {@code mgn:StartNetworkMigrationMappingUpdate}: Write; on NetworkMigrationDefinitionResource. */
  public static final Action START_NETWORK_MIGRATION_MAPPING_UPDATE = Action.of(PREFIX, "StartNetworkMigrationMappingUpdate");

  /** {@code mgn:StartReplication}: Write; on SourceServerResource. */
  public static final Action START_REPLICATION = Action.of(PREFIX, "StartReplication");

  /** {@code mgn:StartTest}: Write; on SourceServerResource. */
  public static final Action START_TEST = Action.of(PREFIX, "StartTest");

  /** {@code mgn:StopReplication}: Write; on SourceServerResource. */
  public static final Action STOP_REPLICATION = Action.of(PREFIX, "StopReplication");

  /** {@code mgn:TagResource}: Tagging; on ApplicationResource, ConnectorResource, ExportResource, ImportResource, JobResource, LaunchConfigurationTemplateResource, ReplicationConfigurationTemplateResource, SourceServerResource, VcenterClientResource, WaveResource. */
  public static final Action TAG_RESOURCE = Action.of(PREFIX, "TagResource");

  /** {@code mgn:TerminateTargetInstances}: Write; on SourceServerResource. */
  public static final Action TERMINATE_TARGET_INSTANCES = Action.of(PREFIX, "TerminateTargetInstances");

  /** {@code mgn:UnarchiveApplication}: Write; on ApplicationResource. */
  public static final Action UNARCHIVE_APPLICATION = Action.of(PREFIX, "UnarchiveApplication");

  /** {@code mgn:UnarchiveWave}: Write; on WaveResource. */
  public static final Action UNARCHIVE_WAVE = Action.of(PREFIX, "UnarchiveWave");

  /** {@code mgn:UntagResource}: Tagging; on ApplicationResource, ConnectorResource, JobResource, LaunchConfigurationTemplateResource, ReplicationConfigurationTemplateResource, SourceServerResource, VcenterClientResource, WaveResource. */
  public static final Action UNTAG_RESOURCE = Action.of(PREFIX, "UntagResource");

  /** {@code mgn:UpdateAccountSettings}: Write; on no resource type (give {@code *}). */
  public static final Action UPDATE_ACCOUNT_SETTINGS = Action.of(PREFIX, "UpdateAccountSettings");

  /** {@code mgn:UpdateAgentBacklogForMgn}: Write; on SourceServerResource. */
  public static final Action UPDATE_AGENT_BACKLOG_FOR_MGN = Action.of(PREFIX, "UpdateAgentBacklogForMgn");

  /** {@code mgn:UpdateAgentConversionInfoForMgn}: Write; on SourceServerResource. */
  public static final Action UPDATE_AGENT_CONVERSION_INFO_FOR_MGN = Action.of(PREFIX, "UpdateAgentConversionInfoForMgn");

  /** {@code mgn:UpdateAgentReplicationInfoForMgn}: Write; on SourceServerResource. */
  public static final Action UPDATE_AGENT_REPLICATION_INFO_FOR_MGN = Action.of(PREFIX, "UpdateAgentReplicationInfoForMgn");

  /** {@code mgn:UpdateAgentReplicationProcessStateForMgn}: Write; on SourceServerResource. */
  public static final Action UPDATE_AGENT_REPLICATION_PROCESS_STATE_FOR_MGN = Action.of(PREFIX, "UpdateAgentReplicationProcessStateForMgn");

  /** {@code mgn:UpdateAgentSourcePropertiesForMgn}: Write; on SourceServerResource. */
  public static final Action UPDATE_AGENT_SOURCE_PROPERTIES_FOR_MGN = Action.of(PREFIX, "UpdateAgentSourcePropertiesForMgn");

  /** {@code mgn:UpdateApplication}: Write; on ApplicationResource. */
  public static final Action UPDATE_APPLICATION = Action.of(PREFIX, "UpdateApplication");

  /** {@code mgn:UpdateConnector}: Write; on ConnectorResource. */
  public static final Action UPDATE_CONNECTOR = Action.of(PREFIX, "UpdateConnector");

  /** {@code mgn:UpdateLaunchConfiguration}: Write; on SourceServerResource. */
  public static final Action UPDATE_LAUNCH_CONFIGURATION = Action.of(PREFIX, "UpdateLaunchConfiguration");

  /** {@code mgn:UpdateLaunchConfigurationTemplate}: Write; on LaunchConfigurationTemplateResource. */
  public static final Action UPDATE_LAUNCH_CONFIGURATION_TEMPLATE = Action.of(PREFIX, "UpdateLaunchConfigurationTemplate");

  /** {@code mgn:UpdateNetworkMigrationDefinition}: Write; on NetworkMigrationDefinitionResource. */
  public static final Action UPDATE_NETWORK_MIGRATION_DEFINITION = Action.of(PREFIX, "UpdateNetworkMigrationDefinition");

  /** {@code mgn:UpdateNetworkMigrationMapperSegment}: Write; on NetworkMigrationDefinitionResource. */
  public static final Action UPDATE_NETWORK_MIGRATION_MAPPER_SEGMENT = Action.of(PREFIX, "UpdateNetworkMigrationMapperSegment");

  /** {@code mgn:UpdateNetworkMigrationMapperSegmentConstruct}: Write; on NetworkMigrationDefinitionResource. */
  public static final Action UPDATE_NETWORK_MIGRATION_MAPPER_SEGMENT_CONSTRUCT = Action.of(PREFIX, "UpdateNetworkMigrationMapperSegmentConstruct");

  /** {@code mgn:UpdateReplicationConfiguration}: Write; on SourceServerResource. */
  public static final Action UPDATE_REPLICATION_CONFIGURATION = Action.of(PREFIX, "UpdateReplicationConfiguration");

  /** {@code mgn:UpdateReplicationConfigurationTemplate}: Write; on ReplicationConfigurationTemplateResource. */
  public static final Action UPDATE_REPLICATION_CONFIGURATION_TEMPLATE = Action.of(PREFIX, "UpdateReplicationConfigurationTemplate");

  /** {@code mgn:UpdateSourceServer}: Write; on SourceServerResource. */
  public static final Action UPDATE_SOURCE_SERVER = Action.of(PREFIX, "UpdateSourceServer");

  /** {@code mgn:UpdateSourceServerReplicationType}: Write; on SourceServerResource. */
  public static final Action UPDATE_SOURCE_SERVER_REPLICATION_TYPE = Action.of(PREFIX, "UpdateSourceServerReplicationType");

  /** {@code mgn:UpdateWave}: Write; on WaveResource. */
  public static final Action UPDATE_WAVE = Action.of(PREFIX, "UpdateWave");

  /** {@code mgn:VerifyClientRoleForMgn}: Read; on no resource type (give {@code *}). */
  public static final Action VERIFY_CLIENT_ROLE_FOR_MGN = Action.of(PREFIX, "VerifyClientRoleForMgn");

  private Mgn() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
