// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of AWS Database Migration Service (prefix {@code dms}), as the service authorization reference lists them.
 */
public final class Dms {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "dms";

  /** {@code dms:AddTagsToResource}: Tagging; on Certificate, DataMigration, DataProvider, Endpoint, EventSubscription, InstanceProfile, MigrationProject, ReplicationConfig, ReplicationInstance, ReplicationSubnetGroup, ReplicationTask, ReplicationTaskAssessmentRun, ReplicationTaskIndividualAssessment. */
  public static final Action ADD_TAGS_TO_RESOURCE = Action.of(PREFIX, "AddTagsToResource");

  /** {@code dms:ApplyPendingMaintenanceAction}: Write; on ReplicationInstance. */
  public static final Action APPLY_PENDING_MAINTENANCE_ACTION = Action.of(PREFIX, "ApplyPendingMaintenanceAction");

  /** {@code dms:AssociateExtensionPack}: Write; on MigrationProject. */
  public static final Action ASSOCIATE_EXTENSION_PACK = Action.of(PREFIX, "AssociateExtensionPack");

  /** {@code dms:BatchStartRecommendations}: Write; on no resource type (give {@code *}). */
  public static final Action BATCH_START_RECOMMENDATIONS = Action.of(PREFIX, "BatchStartRecommendations");

  /** {@code dms:CancelMetadataModelConversion}: Write; on MigrationProject. */
  public static final Action CANCEL_METADATA_MODEL_CONVERSION = Action.of(PREFIX, "CancelMetadataModelConversion");

  /** {@code dms:CancelMetadataModelCreation}: Write; on MigrationProject. */
  public static final Action CANCEL_METADATA_MODEL_CREATION = Action.of(PREFIX, "CancelMetadataModelCreation");

  /** {@code dms:CancelReplicationTaskAssessmentRun}: Write; on ReplicationTaskAssessmentRun. */
  public static final Action CANCEL_REPLICATION_TASK_ASSESSMENT_RUN = Action.of(PREFIX, "CancelReplicationTaskAssessmentRun");

  /** {@code dms:CreateDataMigration}: Write; on MigrationProject. */
  public static final Action CREATE_DATA_MIGRATION = Action.of(PREFIX, "CreateDataMigration");

  /** {@code dms:CreateDataProvider}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_DATA_PROVIDER = Action.of(PREFIX, "CreateDataProvider");

  /** {@code dms:CreateEndpoint}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_ENDPOINT = Action.of(PREFIX, "CreateEndpoint");

  /** {@code dms:CreateEventSubscription}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_EVENT_SUBSCRIPTION = Action.of(PREFIX, "CreateEventSubscription");

  /** {@code dms:CreateFleetAdvisorCollector}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_FLEET_ADVISOR_COLLECTOR = Action.of(PREFIX, "CreateFleetAdvisorCollector");

  /** {@code dms:CreateInstanceProfile}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_INSTANCE_PROFILE = Action.of(PREFIX, "CreateInstanceProfile");

  /** {@code dms:CreateMigrationProject}: Write; on DataProvider, InstanceProfile. */
  public static final Action CREATE_MIGRATION_PROJECT = Action.of(PREFIX, "CreateMigrationProject");

  /** {@code dms:CreateOutboundIntegration}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_OUTBOUND_INTEGRATION = Action.of(PREFIX, "CreateOutboundIntegration");

  /** {@code dms:CreateReplicationConfig}: Write; on Endpoint. */
  public static final Action CREATE_REPLICATION_CONFIG = Action.of(PREFIX, "CreateReplicationConfig");

  /** {@code dms:CreateReplicationInstance}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_REPLICATION_INSTANCE = Action.of(PREFIX, "CreateReplicationInstance");

  /** {@code dms:CreateReplicationSubnetGroup}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_REPLICATION_SUBNET_GROUP = Action.of(PREFIX, "CreateReplicationSubnetGroup");

  /** {@code dms:CreateReplicationTask}: Write; on Endpoint, ReplicationInstance. */
  public static final Action CREATE_REPLICATION_TASK = Action.of(PREFIX, "CreateReplicationTask");

  /** {@code dms:DeleteCertificate}: Write; on Certificate. */
  public static final Action DELETE_CERTIFICATE = Action.of(PREFIX, "DeleteCertificate");

  /** {@code dms:DeleteConnection}: Write; on Endpoint, ReplicationInstance. */
  public static final Action DELETE_CONNECTION = Action.of(PREFIX, "DeleteConnection");

  /** {@code dms:DeleteDataMigration}: Write; on DataMigration. */
  public static final Action DELETE_DATA_MIGRATION = Action.of(PREFIX, "DeleteDataMigration");

  /** {@code dms:DeleteDataProvider}: Write; on DataProvider. */
  public static final Action DELETE_DATA_PROVIDER = Action.of(PREFIX, "DeleteDataProvider");

  /** {@code dms:DeleteEndpoint}: Write; on Endpoint. */
  public static final Action DELETE_ENDPOINT = Action.of(PREFIX, "DeleteEndpoint");

  /** {@code dms:DeleteEventSubscription}: Write; on EventSubscription. */
  public static final Action DELETE_EVENT_SUBSCRIPTION = Action.of(PREFIX, "DeleteEventSubscription");

  /** {@code dms:DeleteFleetAdvisorCollector}: Write; on no resource type (give {@code *}). */
  public static final Action DELETE_FLEET_ADVISOR_COLLECTOR = Action.of(PREFIX, "DeleteFleetAdvisorCollector");

  /** {@code dms:DeleteFleetAdvisorDatabases}: Write; on no resource type (give {@code *}). */
  public static final Action DELETE_FLEET_ADVISOR_DATABASES = Action.of(PREFIX, "DeleteFleetAdvisorDatabases");

  /** {@code dms:DeleteInstanceProfile}: Write; on InstanceProfile. */
  public static final Action DELETE_INSTANCE_PROFILE = Action.of(PREFIX, "DeleteInstanceProfile");

  /** {@code dms:DeleteMigrationProject}: Write; on MigrationProject. */
  public static final Action DELETE_MIGRATION_PROJECT = Action.of(PREFIX, "DeleteMigrationProject");

  /** {@code dms:DeleteReplicationConfig}: Write; on ReplicationConfig. */
  public static final Action DELETE_REPLICATION_CONFIG = Action.of(PREFIX, "DeleteReplicationConfig");

  /** {@code dms:DeleteReplicationInstance}: Write; on ReplicationInstance. */
  public static final Action DELETE_REPLICATION_INSTANCE = Action.of(PREFIX, "DeleteReplicationInstance");

  /** {@code dms:DeleteReplicationSubnetGroup}: Write; on ReplicationSubnetGroup. */
  public static final Action DELETE_REPLICATION_SUBNET_GROUP = Action.of(PREFIX, "DeleteReplicationSubnetGroup");

  /** {@code dms:DeleteReplicationTask}: Write; on ReplicationTask. */
  public static final Action DELETE_REPLICATION_TASK = Action.of(PREFIX, "DeleteReplicationTask");

  /** {@code dms:DeleteReplicationTaskAssessmentRun}: Write; on ReplicationTaskAssessmentRun. */
  public static final Action DELETE_REPLICATION_TASK_ASSESSMENT_RUN = Action.of(PREFIX, "DeleteReplicationTaskAssessmentRun");

  /** {@code dms:DescribeAccountAttributes}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_ACCOUNT_ATTRIBUTES = Action.of(PREFIX, "DescribeAccountAttributes");

  /** {@code dms:DescribeApplicableIndividualAssessments}: Read; on ReplicationInstance, ReplicationTask. */
  public static final Action DESCRIBE_APPLICABLE_INDIVIDUAL_ASSESSMENTS = Action.of(PREFIX, "DescribeApplicableIndividualAssessments");

  /** {@code dms:DescribeCertificates}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_CERTIFICATES = Action.of(PREFIX, "DescribeCertificates");

  /** {@code dms:DescribeConnections}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_CONNECTIONS = Action.of(PREFIX, "DescribeConnections");

  /** {@code dms:DescribeConversionConfiguration}: Read; on MigrationProject. */
  public static final Action DESCRIBE_CONVERSION_CONFIGURATION = Action.of(PREFIX, "DescribeConversionConfiguration");

  /** {@code dms:DescribeDataMigrations}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_DATA_MIGRATIONS = Action.of(PREFIX, "DescribeDataMigrations");

  /** {@code dms:DescribeEndpointSettings}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_ENDPOINT_SETTINGS = Action.of(PREFIX, "DescribeEndpointSettings");

  /** {@code dms:DescribeEndpointTypes}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_ENDPOINT_TYPES = Action.of(PREFIX, "DescribeEndpointTypes");

  /** {@code dms:DescribeEndpoints}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_ENDPOINTS = Action.of(PREFIX, "DescribeEndpoints");

  /** {@code dms:DescribeEngineVersions}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_ENGINE_VERSIONS = Action.of(PREFIX, "DescribeEngineVersions");

  /** {@code dms:DescribeEventCategories}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_EVENT_CATEGORIES = Action.of(PREFIX, "DescribeEventCategories");

  /** {@code dms:DescribeEventSubscriptions}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_EVENT_SUBSCRIPTIONS = Action.of(PREFIX, "DescribeEventSubscriptions");

  /** {@code dms:DescribeEvents}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_EVENTS = Action.of(PREFIX, "DescribeEvents");

  /** {@code dms:DescribeFleetAdvisorCollectors}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_FLEET_ADVISOR_COLLECTORS = Action.of(PREFIX, "DescribeFleetAdvisorCollectors");

  /** {@code dms:DescribeFleetAdvisorDatabases}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_FLEET_ADVISOR_DATABASES = Action.of(PREFIX, "DescribeFleetAdvisorDatabases");

  /** {@code dms:DescribeFleetAdvisorLsaAnalysis}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_FLEET_ADVISOR_LSA_ANALYSIS = Action.of(PREFIX, "DescribeFleetAdvisorLsaAnalysis");

  /** {@code dms:DescribeFleetAdvisorSchemaObjectSummary}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_FLEET_ADVISOR_SCHEMA_OBJECT_SUMMARY = Action.of(PREFIX, "DescribeFleetAdvisorSchemaObjectSummary");

  /** {@code dms:DescribeFleetAdvisorSchemas}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_FLEET_ADVISOR_SCHEMAS = Action.of(PREFIX, "DescribeFleetAdvisorSchemas");

  /** {@code dms:DescribeMetadataModel}: Read; on MigrationProject. */
  public static final Action DESCRIBE_METADATA_MODEL = Action.of(PREFIX, "DescribeMetadataModel");

  /** {@code dms:DescribeMetadataModelChildren}: Read; on MigrationProject. */
  public static final Action DESCRIBE_METADATA_MODEL_CHILDREN = Action.of(PREFIX, "DescribeMetadataModelChildren");

  /** {@code dms:DescribeMetadataModelCreations}: Read; on MigrationProject. */
  public static final Action DESCRIBE_METADATA_MODEL_CREATIONS = Action.of(PREFIX, "DescribeMetadataModelCreations");

  /** {@code dms:DescribeMetadataModelImports}: Read; on MigrationProject. */
  public static final Action DESCRIBE_METADATA_MODEL_IMPORTS = Action.of(PREFIX, "DescribeMetadataModelImports");

  /** {@code dms:DescribeOrderableReplicationInstances}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_ORDERABLE_REPLICATION_INSTANCES = Action.of(PREFIX, "DescribeOrderableReplicationInstances");

  /** {@code dms:DescribePendingMaintenanceActions}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_PENDING_MAINTENANCE_ACTIONS = Action.of(PREFIX, "DescribePendingMaintenanceActions");

  /** {@code dms:DescribeRecommendationLimitations}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_RECOMMENDATION_LIMITATIONS = Action.of(PREFIX, "DescribeRecommendationLimitations");

  /** {@code dms:DescribeRecommendations}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_RECOMMENDATIONS = Action.of(PREFIX, "DescribeRecommendations");

  /** {@code dms:DescribeRefreshSchemasStatus}: Read; on Endpoint. */
  public static final Action DESCRIBE_REFRESH_SCHEMAS_STATUS = Action.of(PREFIX, "DescribeRefreshSchemasStatus");

  /** {@code dms:DescribeReplicationConfigs}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_REPLICATION_CONFIGS = Action.of(PREFIX, "DescribeReplicationConfigs");

  /** {@code dms:DescribeReplicationInstanceTaskLogs}: Read; on ReplicationInstance. */
  public static final Action DESCRIBE_REPLICATION_INSTANCE_TASK_LOGS = Action.of(PREFIX, "DescribeReplicationInstanceTaskLogs");

  /** {@code dms:DescribeReplicationInstances}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_REPLICATION_INSTANCES = Action.of(PREFIX, "DescribeReplicationInstances");

  /** {@code dms:DescribeReplicationSubnetGroups}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_REPLICATION_SUBNET_GROUPS = Action.of(PREFIX, "DescribeReplicationSubnetGroups");

  /** {@code dms:DescribeReplicationTableStatistics}: Read; on ReplicationConfig. */
  public static final Action DESCRIBE_REPLICATION_TABLE_STATISTICS = Action.of(PREFIX, "DescribeReplicationTableStatistics");

  /** {@code dms:DescribeReplicationTaskAssessmentResults}: Read; on ReplicationTask. */
  public static final Action DESCRIBE_REPLICATION_TASK_ASSESSMENT_RESULTS = Action.of(PREFIX, "DescribeReplicationTaskAssessmentResults");

  /** {@code dms:DescribeReplicationTaskAssessmentRuns}: Read; on ReplicationInstance, ReplicationTask, ReplicationTaskAssessmentRun. */
  public static final Action DESCRIBE_REPLICATION_TASK_ASSESSMENT_RUNS = Action.of(PREFIX, "DescribeReplicationTaskAssessmentRuns");

  /** {@code dms:DescribeReplicationTaskIndividualAssessments}: Read; on ReplicationTask, ReplicationTaskAssessmentRun. */
  public static final Action DESCRIBE_REPLICATION_TASK_INDIVIDUAL_ASSESSMENTS = Action.of(PREFIX, "DescribeReplicationTaskIndividualAssessments");

  /** {@code dms:DescribeReplicationTasks}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_REPLICATION_TASKS = Action.of(PREFIX, "DescribeReplicationTasks");

  /** {@code dms:DescribeReplications}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_REPLICATIONS = Action.of(PREFIX, "DescribeReplications");

  /** {@code dms:DescribeSchemas}: Read; on Endpoint. */
  public static final Action DESCRIBE_SCHEMAS = Action.of(PREFIX, "DescribeSchemas");

  /** {@code dms:DescribeTableStatistics}: Read; on ReplicationTask. */
  public static final Action DESCRIBE_TABLE_STATISTICS = Action.of(PREFIX, "DescribeTableStatistics");

  /** {@code dms:ExportMetadataModelAssessment}: Write; on MigrationProject. */
  public static final Action EXPORT_METADATA_MODEL_ASSESSMENT = Action.of(PREFIX, "ExportMetadataModelAssessment");

  /** {@code dms:GetTargetSelectionRules}: Read; on MigrationProject. */
  public static final Action GET_TARGET_SELECTION_RULES = Action.of(PREFIX, "GetTargetSelectionRules");

  /** {@code dms:ImportCertificate}: Write; on no resource type (give {@code *}). */
  public static final Action IMPORT_CERTIFICATE = Action.of(PREFIX, "ImportCertificate");

  /** {@code dms:ListDataProviders}: Read; on no resource type (give {@code *}). */
  public static final Action LIST_DATA_PROVIDERS = Action.of(PREFIX, "ListDataProviders");

  /** {@code dms:ListExtensionPacks}: Read; on MigrationProject. */
  public static final Action LIST_EXTENSION_PACKS = Action.of(PREFIX, "ListExtensionPacks");

  /** {@code dms:ListInstanceProfiles}: Read; on InstanceProfile. */
  public static final Action LIST_INSTANCE_PROFILES = Action.of(PREFIX, "ListInstanceProfiles");

  /** {@code dms:ListMetadataModelAssessmentActionItems}: Read; on MigrationProject. */
  public static final Action LIST_METADATA_MODEL_ASSESSMENT_ACTION_ITEMS = Action.of(PREFIX, "ListMetadataModelAssessmentActionItems");

  /** {@code dms:ListMetadataModelAssessments}: Read; on MigrationProject. */
  public static final Action LIST_METADATA_MODEL_ASSESSMENTS = Action.of(PREFIX, "ListMetadataModelAssessments");

  /** {@code dms:ListMetadataModelConversions}: Read; on MigrationProject. */
  public static final Action LIST_METADATA_MODEL_CONVERSIONS = Action.of(PREFIX, "ListMetadataModelConversions");

  /** {@code dms:ListMetadataModelExports}: Read; on MigrationProject. */
  public static final Action LIST_METADATA_MODEL_EXPORTS = Action.of(PREFIX, "ListMetadataModelExports");

  /** {@code dms:ListMigrationProjects}: Read; on DataProvider, InstanceProfile, MigrationProject. */
  public static final Action LIST_MIGRATION_PROJECTS = Action.of(PREFIX, "ListMigrationProjects");

  /** {@code dms:ListTagsForResource}: Read; on Certificate, DataMigration, DataProvider, Endpoint, EventSubscription, InstanceProfile, MigrationProject, ReplicationConfig, ReplicationInstance, ReplicationSubnetGroup, ReplicationTask, ReplicationTaskAssessmentRun, ReplicationTaskIndividualAssessment. */
  public static final Action LIST_TAGS_FOR_RESOURCE = Action.of(PREFIX, "ListTagsForResource");

  /** {@code dms:ModifyDataMigration}: Write; on DataMigration. */
  public static final Action MODIFY_DATA_MIGRATION = Action.of(PREFIX, "ModifyDataMigration");

  /** {@code dms:ModifyEndpoint}: Write; on Certificate, Endpoint. */
  public static final Action MODIFY_ENDPOINT = Action.of(PREFIX, "ModifyEndpoint");

  /** {@code dms:ModifyEventSubscription}: Write; on no resource type (give {@code *}). */
  public static final Action MODIFY_EVENT_SUBSCRIPTION = Action.of(PREFIX, "ModifyEventSubscription");

  /** {@code dms:ModifyFleetAdvisorCollector}: Write; on no resource type (give {@code *}). */
  public static final Action MODIFY_FLEET_ADVISOR_COLLECTOR = Action.of(PREFIX, "ModifyFleetAdvisorCollector");

  /** {@code dms:ModifyFleetAdvisorCollectorStatuses}: Write; on no resource type (give {@code *}). */
  public static final Action MODIFY_FLEET_ADVISOR_COLLECTOR_STATUSES = Action.of(PREFIX, "ModifyFleetAdvisorCollectorStatuses");

  /** {@code dms:ModifyOutboundIntegration}: Write; on no resource type (give {@code *}). */
  public static final Action MODIFY_OUTBOUND_INTEGRATION = Action.of(PREFIX, "ModifyOutboundIntegration");

  /** {@code dms:ModifyReplicationConfig}: Write; on ReplicationConfig. */
  public static final Action MODIFY_REPLICATION_CONFIG = Action.of(PREFIX, "ModifyReplicationConfig");

  /** {@code dms:ModifyReplicationInstance}: Write; on ReplicationInstance. */
  public static final Action MODIFY_REPLICATION_INSTANCE = Action.of(PREFIX, "ModifyReplicationInstance");

  /** {@code dms:ModifyReplicationSubnetGroup}: Write; on no resource type (give {@code *}). */
  public static final Action MODIFY_REPLICATION_SUBNET_GROUP = Action.of(PREFIX, "ModifyReplicationSubnetGroup");

  /** {@code dms:ModifyReplicationTask}: Write; on ReplicationTask. */
  public static final Action MODIFY_REPLICATION_TASK = Action.of(PREFIX, "ModifyReplicationTask");

  /** {@code dms:MoveReplicationTask}: Write; on ReplicationInstance, ReplicationTask. */
  public static final Action MOVE_REPLICATION_TASK = Action.of(PREFIX, "MoveReplicationTask");

  /** {@code dms:RebootReplicationInstance}: Write; on ReplicationInstance. */
  public static final Action REBOOT_REPLICATION_INSTANCE = Action.of(PREFIX, "RebootReplicationInstance");

  /** {@code dms:RefreshSchemas}: Write; on Endpoint, ReplicationInstance. */
  public static final Action REFRESH_SCHEMAS = Action.of(PREFIX, "RefreshSchemas");

  /** {@code dms:ReloadReplicationTables}: Write; on ReplicationConfig. */
  public static final Action RELOAD_REPLICATION_TABLES = Action.of(PREFIX, "ReloadReplicationTables");

  /** {@code dms:ReloadTables}: Write; on ReplicationTask. */
  public static final Action RELOAD_TABLES = Action.of(PREFIX, "ReloadTables");

  /** {@code dms:RemoveTagsFromResource}: Tagging; on Certificate, DataMigration, DataProvider, Endpoint, EventSubscription, InstanceProfile, MigrationProject, ReplicationConfig, ReplicationInstance, ReplicationSubnetGroup, ReplicationTask, ReplicationTaskAssessmentRun, ReplicationTaskIndividualAssessment. */
  public static final Action REMOVE_TAGS_FROM_RESOURCE = Action.of(PREFIX, "RemoveTagsFromResource");

  /** {@code dms:RunFleetAdvisorLsaAnalysis}: Write; on no resource type (give {@code *}). */
  public static final Action RUN_FLEET_ADVISOR_LSA_ANALYSIS = Action.of(PREFIX, "RunFleetAdvisorLsaAnalysis");

  /** {@code dms:StartDataMigration}: Write; on DataMigration. */
  public static final Action START_DATA_MIGRATION = Action.of(PREFIX, "StartDataMigration");

  /** {@code dms:StartMetadataModelAssessment}: Write; on MigrationProject. */
  public static final Action START_METADATA_MODEL_ASSESSMENT = Action.of(PREFIX, "StartMetadataModelAssessment");

  /** {@code dms:StartMetadataModelConversion}: Write; on MigrationProject. */
  public static final Action START_METADATA_MODEL_CONVERSION = Action.of(PREFIX, "StartMetadataModelConversion");

  /** {@code dms:StartMetadataModelCreation}: Write; on MigrationProject. */
  public static final Action START_METADATA_MODEL_CREATION = Action.of(PREFIX, "StartMetadataModelCreation");

  /** {@code dms:StartMetadataModelExportAsScripts}: Write; on MigrationProject. */
  public static final Action START_METADATA_MODEL_EXPORT_AS_SCRIPTS = Action.of(PREFIX, "StartMetadataModelExportAsScripts");

  /** {@code dms:StartMetadataModelExportToTarget}: Write; on MigrationProject. */
  public static final Action START_METADATA_MODEL_EXPORT_TO_TARGET = Action.of(PREFIX, "StartMetadataModelExportToTarget");

  /** {@code dms:StartMetadataModelImport}: Write; on MigrationProject. */
  public static final Action START_METADATA_MODEL_IMPORT = Action.of(PREFIX, "StartMetadataModelImport");

  /** {@code dms:StartRecommendations}: Write; on no resource type (give {@code *}). */
  public static final Action START_RECOMMENDATIONS = Action.of(PREFIX, "StartRecommendations");

  /** {@code dms:StartReplication}: Write; on ReplicationConfig. */
  public static final Action START_REPLICATION = Action.of(PREFIX, "StartReplication");

  /** {@code dms:StartReplicationTask}: Write; on ReplicationTask. */
  public static final Action START_REPLICATION_TASK = Action.of(PREFIX, "StartReplicationTask");

  /** {@code dms:StartReplicationTaskAssessment}: Write; on ReplicationTask. */
  public static final Action START_REPLICATION_TASK_ASSESSMENT = Action.of(PREFIX, "StartReplicationTaskAssessment");

  /** {@code dms:StartReplicationTaskAssessmentRun}: Write; on ReplicationTask. */
  public static final Action START_REPLICATION_TASK_ASSESSMENT_RUN = Action.of(PREFIX, "StartReplicationTaskAssessmentRun");

  /** {@code dms:StopDataMigration}: Write; on DataMigration. */
  public static final Action STOP_DATA_MIGRATION = Action.of(PREFIX, "StopDataMigration");

  /** {@code dms:StopReplication}: Write; on ReplicationConfig. */
  public static final Action STOP_REPLICATION = Action.of(PREFIX, "StopReplication");

  /** {@code dms:StopReplicationTask}: Write; on ReplicationTask. */
  public static final Action STOP_REPLICATION_TASK = Action.of(PREFIX, "StopReplicationTask");

  /** {@code dms:TestConnection}: Read; on Endpoint, ReplicationInstance. */
  public static final Action TEST_CONNECTION = Action.of(PREFIX, "TestConnection");

  /** {@code dms:UpdateConversionConfiguration}: Write; on MigrationProject. */
  public static final Action UPDATE_CONVERSION_CONFIGURATION = Action.of(PREFIX, "UpdateConversionConfiguration");

  /** {@code dms:UpdateDataProvider}: Write; on DataProvider. */
  public static final Action UPDATE_DATA_PROVIDER = Action.of(PREFIX, "UpdateDataProvider");

  /** {@code dms:UpdateInstanceProfile}: Write; on InstanceProfile. */
  public static final Action UPDATE_INSTANCE_PROFILE = Action.of(PREFIX, "UpdateInstanceProfile");

  /** {@code dms:UpdateMigrationProject}: Write; on MigrationProject. */
  public static final Action UPDATE_MIGRATION_PROJECT = Action.of(PREFIX, "UpdateMigrationProject");

  /** {@code dms:UpdateSubscriptionsToEventBridge}: Write; on no resource type (give {@code *}). */
  public static final Action UPDATE_SUBSCRIPTIONS_TO_EVENT_BRIDGE = Action.of(PREFIX, "UpdateSubscriptionsToEventBridge");

  /** {@code dms:UploadFileMetadataList}: Write; on no resource type (give {@code *}). */
  public static final Action UPLOAD_FILE_METADATA_LIST = Action.of(PREFIX, "UploadFileMetadataList");

  private Dms() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
