// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of AWS Glue (prefix {@code glue}), as the service authorization reference lists them.
 */
public final class Glue {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "glue";

  /** {@code glue:AuthorizeInboundIntegration}: Write; on integration. */
  public static final Action AUTHORIZE_INBOUND_INTEGRATION = Action.of(PREFIX, "AuthorizeInboundIntegration");

  /** {@code glue:BatchCreatePartition}: Write; on catalog, database, rootcatalog, table. */
  public static final Action BATCH_CREATE_PARTITION = Action.of(PREFIX, "BatchCreatePartition");

  /** {@code glue:BatchDeleteConnection}: Write; on connection, rootcatalog. */
  public static final Action BATCH_DELETE_CONNECTION = Action.of(PREFIX, "BatchDeleteConnection");

  /** {@code glue:BatchDeletePartition}: Write; on catalog, database, rootcatalog, table. */
  public static final Action BATCH_DELETE_PARTITION = Action.of(PREFIX, "BatchDeletePartition");

  /** {@code glue:BatchDeleteTable}: Write; on catalog, database, rootcatalog, table. */
  public static final Action BATCH_DELETE_TABLE = Action.of(PREFIX, "BatchDeleteTable");

  /** {@code glue:BatchDeleteTableVersion}: Write; on catalog, database, rootcatalog, table. */
  public static final Action BATCH_DELETE_TABLE_VERSION = Action.of(PREFIX, "BatchDeleteTableVersion");

  /** {@code glue:BatchGetBlueprints}: Read; on blueprint. */
  public static final Action BATCH_GET_BLUEPRINTS = Action.of(PREFIX, "BatchGetBlueprints");

  /** {@code glue:BatchGetCrawlers}: Read; on crawler. */
  public static final Action BATCH_GET_CRAWLERS = Action.of(PREFIX, "BatchGetCrawlers");

  /** {@code glue:BatchGetCustomEntityTypes}: Read; on no resource type (give {@code *}). */
  public static final Action BATCH_GET_CUSTOM_ENTITY_TYPES = Action.of(PREFIX, "BatchGetCustomEntityTypes");

  /** {@code glue:BatchGetDevEndpoints}: Read; on devendpoint. */
  public static final Action BATCH_GET_DEV_ENDPOINTS = Action.of(PREFIX, "BatchGetDevEndpoints");

  /** {@code glue:BatchGetJobs}: Read; on job. */
  public static final Action BATCH_GET_JOBS = Action.of(PREFIX, "BatchGetJobs");

  /** {@code glue:BatchGetPartition}: Read; on catalog, database, rootcatalog, table. */
  public static final Action BATCH_GET_PARTITION = Action.of(PREFIX, "BatchGetPartition");

  /** {@code glue:BatchGetStageFiles}: Permissions management; on no resource type (give {@code *}). */
  public static final Action BATCH_GET_STAGE_FILES = Action.of(PREFIX, "BatchGetStageFiles");

  /** {@code glue:BatchGetTableOptimizer}: Read; on database, rootcatalog, table. */
  public static final Action BATCH_GET_TABLE_OPTIMIZER = Action.of(PREFIX, "BatchGetTableOptimizer");

  /** {@code glue:BatchGetTriggers}: Read; on trigger. */
  public static final Action BATCH_GET_TRIGGERS = Action.of(PREFIX, "BatchGetTriggers");

  /** {@code glue:BatchGetWorkflows}: Read; on workflow. */
  public static final Action BATCH_GET_WORKFLOWS = Action.of(PREFIX, "BatchGetWorkflows");

  /** {@code glue:BatchStopJobRun}: Write; on job. */
  public static final Action BATCH_STOP_JOB_RUN = Action.of(PREFIX, "BatchStopJobRun");

  /** {@code glue:BatchUpdatePartition}: Write; on catalog, database, rootcatalog, table. */
  public static final Action BATCH_UPDATE_PARTITION = Action.of(PREFIX, "BatchUpdatePartition");

  /** {@code glue:CancelDataQualityRuleRecommendationRun}: Write; on dataQualityRuleset. */
  public static final Action CANCEL_DATA_QUALITY_RULE_RECOMMENDATION_RUN = Action.of(PREFIX, "CancelDataQualityRuleRecommendationRun");

  /** {@code glue:CancelDataQualityRulesetEvaluationRun}: Write; on dataQualityRuleset. */
  public static final Action CANCEL_DATA_QUALITY_RULESET_EVALUATION_RUN = Action.of(PREFIX, "CancelDataQualityRulesetEvaluationRun");

  /** {@code glue:CancelMLTaskRun}: Write; on mlTransform. */
  public static final Action CANCEL_ML_TASK_RUN = Action.of(PREFIX, "CancelMLTaskRun");

  /** {@code glue:CancelStatement}: Write; on session. */
  public static final Action CANCEL_STATEMENT = Action.of(PREFIX, "CancelStatement");

  /** {@code glue:CheckSchemaVersionValidity}: Read; on no resource type (give {@code *}). */
  public static final Action CHECK_SCHEMA_VERSION_VALIDITY = Action.of(PREFIX, "CheckSchemaVersionValidity");

  /** {@code glue:CreateBlueprint}: Write; on blueprint. */
  public static final Action CREATE_BLUEPRINT = Action.of(PREFIX, "CreateBlueprint");

  /** {@code glue:CreateCatalog}: Write; on catalog, rootcatalog. */
  public static final Action CREATE_CATALOG = Action.of(PREFIX, "CreateCatalog");

  /** {@code glue:CreateClassifier}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_CLASSIFIER = Action.of(PREFIX, "CreateClassifier");

  /** {@code glue:CreateColumnStatisticsTaskSettings}: Write; on database, rootcatalog, table. */
  public static final Action CREATE_COLUMN_STATISTICS_TASK_SETTINGS = Action.of(PREFIX, "CreateColumnStatisticsTaskSettings");

  /** {@code glue:CreateConnection}: Write; on connectionType, rootcatalog. */
  public static final Action CREATE_CONNECTION = Action.of(PREFIX, "CreateConnection");

  /** {@code glue:CreateCrawler}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_CRAWLER = Action.of(PREFIX, "CreateCrawler");

  /** {@code glue:CreateCustomEntityType}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_CUSTOM_ENTITY_TYPE = Action.of(PREFIX, "CreateCustomEntityType");

  /** {@code glue:CreateDataQualityRuleset}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_DATA_QUALITY_RULESET = Action.of(PREFIX, "CreateDataQualityRuleset");

  /** {@code glue:CreateDatabase}: Write; on catalog, database, rootcatalog. */
  public static final Action CREATE_DATABASE = Action.of(PREFIX, "CreateDatabase");

  /** {@code glue:CreateDevEndpoint}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_DEV_ENDPOINT = Action.of(PREFIX, "CreateDevEndpoint");

  /** {@code glue:CreateGlueIdentityCenterConfiguration}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_GLUE_IDENTITY_CENTER_CONFIGURATION = Action.of(PREFIX, "CreateGlueIdentityCenterConfiguration");

  /** {@code glue:CreateInboundIntegration}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_INBOUND_INTEGRATION = Action.of(PREFIX, "CreateInboundIntegration");

  /** {@code glue:CreateIntegration}: Write; on catalog, connection, database, integration. */
  public static final Action CREATE_INTEGRATION = Action.of(PREFIX, "CreateIntegration");

  /** {@code glue:CreateIntegrationResourceProperty}: Write; on catalog, connection, database, integrationResourceProperty. */
  public static final Action CREATE_INTEGRATION_RESOURCE_PROPERTY = Action.of(PREFIX, "CreateIntegrationResourceProperty");

  /** {@code glue:CreateIntegrationTableProperties}: Write; on catalog, connection, database. */
  public static final Action CREATE_INTEGRATION_TABLE_PROPERTIES = Action.of(PREFIX, "CreateIntegrationTableProperties");

  /** {@code glue:CreateJob}: Write; on job. */
  public static final Action CREATE_JOB = Action.of(PREFIX, "CreateJob");

  /** {@code glue:CreateMLTransform}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_ML_TRANSFORM = Action.of(PREFIX, "CreateMLTransform");

  /** {@code glue:CreatePartition}: Write; on catalog, database, rootcatalog, table. */
  public static final Action CREATE_PARTITION = Action.of(PREFIX, "CreatePartition");

  /** {@code glue:CreatePartitionIndex}: Write; on catalog, database, rootcatalog, table. */
  public static final Action CREATE_PARTITION_INDEX = Action.of(PREFIX, "CreatePartitionIndex");

  /** {@code glue:CreateRegistry}: Write; on registry. */
  public static final Action CREATE_REGISTRY = Action.of(PREFIX, "CreateRegistry");

  /** {@code glue:CreateSchema}: Write; on registry, schema. */
  public static final Action CREATE_SCHEMA = Action.of(PREFIX, "CreateSchema");

  /** {@code glue:CreateScript}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_SCRIPT = Action.of(PREFIX, "CreateScript");

  /** {@code glue:CreateSecurityConfiguration}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_SECURITY_CONFIGURATION = Action.of(PREFIX, "CreateSecurityConfiguration");

  /** {@code glue:CreateSession}: Write; on session. */
  public static final Action CREATE_SESSION = Action.of(PREFIX, "CreateSession");

  /** {@code glue:CreateTable}: Write; on catalog, database, rootcatalog, table. */
  public static final Action CREATE_TABLE = Action.of(PREFIX, "CreateTable");

  /** {@code glue:CreateTableOptimizer}: Write; on database, rootcatalog, table. */
  public static final Action CREATE_TABLE_OPTIMIZER = Action.of(PREFIX, "CreateTableOptimizer");

  /** {@code glue:CreateTrigger}: Write; on trigger. */
  public static final Action CREATE_TRIGGER = Action.of(PREFIX, "CreateTrigger");

  /** {@code glue:CreateUsageProfile}: Write; on usageProfile. */
  public static final Action CREATE_USAGE_PROFILE = Action.of(PREFIX, "CreateUsageProfile");

  /** {@code glue:CreateUserDefinedFunction}: Write; on catalog, database, rootcatalog. */
  public static final Action CREATE_USER_DEFINED_FUNCTION = Action.of(PREFIX, "CreateUserDefinedFunction");

  /** {@code glue:CreateWorkflow}: Write; on workflow. */
  public static final Action CREATE_WORKFLOW = Action.of(PREFIX, "CreateWorkflow");

  /** {@code glue:DeleteBlueprint}: Write; on blueprint. */
  public static final Action DELETE_BLUEPRINT = Action.of(PREFIX, "DeleteBlueprint");

  /** {@code glue:DeleteCatalog}: Write; on catalog, rootcatalog. */
  public static final Action DELETE_CATALOG = Action.of(PREFIX, "DeleteCatalog");

  /** {@code glue:DeleteClassifier}: Write; on no resource type (give {@code *}). */
  public static final Action DELETE_CLASSIFIER = Action.of(PREFIX, "DeleteClassifier");

  /** {@code glue:DeleteColumnStatisticsForPartition}: Write; on catalog, database, rootcatalog, table. */
  public static final Action DELETE_COLUMN_STATISTICS_FOR_PARTITION = Action.of(PREFIX, "DeleteColumnStatisticsForPartition");

  /** {@code glue:DeleteColumnStatisticsForTable}: Write; on catalog, database, rootcatalog, table. */
  public static final Action DELETE_COLUMN_STATISTICS_FOR_TABLE = Action.of(PREFIX, "DeleteColumnStatisticsForTable");

  /** {@code glue:DeleteColumnStatisticsTaskSettings}: Write; on database, rootcatalog, table. */
  public static final Action DELETE_COLUMN_STATISTICS_TASK_SETTINGS = Action.of(PREFIX, "DeleteColumnStatisticsTaskSettings");

  /** {@code glue:DeleteConnection}: Write; on connection, rootcatalog. */
  public static final Action DELETE_CONNECTION = Action.of(PREFIX, "DeleteConnection");

  /** {@code glue:DeleteConnectionType}: Write; on connectionType. */
  public static final Action DELETE_CONNECTION_TYPE = Action.of(PREFIX, "DeleteConnectionType");

  /** {@code glue:DeleteCrawler}: Write; on crawler. */
  public static final Action DELETE_CRAWLER = Action.of(PREFIX, "DeleteCrawler");

  /** {@code glue:DeleteCustomEntityType}: Write; on no resource type (give {@code *}). */
  public static final Action DELETE_CUSTOM_ENTITY_TYPE = Action.of(PREFIX, "DeleteCustomEntityType");

  /** {@code glue:DeleteDataQualityRuleset}: Write; on dataQualityRuleset. */
  public static final Action DELETE_DATA_QUALITY_RULESET = Action.of(PREFIX, "DeleteDataQualityRuleset");

  /** {@code glue:DeleteDatabase}: Write; on catalog, database, rootcatalog, table, userdefinedfunction. */
  public static final Action DELETE_DATABASE = Action.of(PREFIX, "DeleteDatabase");

  /** {@code glue:DeleteDevEndpoint}: Write; on devendpoint. */
  public static final Action DELETE_DEV_ENDPOINT = Action.of(PREFIX, "DeleteDevEndpoint");

  /** {@code glue:DeleteGlueIdentityCenterConfiguration}: Write; on no resource type (give {@code *}). */
  public static final Action DELETE_GLUE_IDENTITY_CENTER_CONFIGURATION = Action.of(PREFIX, "DeleteGlueIdentityCenterConfiguration");

  /** {@code glue:DeleteIntegration}: Write; on integration. */
  public static final Action DELETE_INTEGRATION = Action.of(PREFIX, "DeleteIntegration");

  /** {@code glue:DeleteIntegrationResourceProperty}: Write; on catalog, connection, database, integrationResourceProperty. */
  public static final Action DELETE_INTEGRATION_RESOURCE_PROPERTY = Action.of(PREFIX, "DeleteIntegrationResourceProperty");

  /** {@code glue:DeleteIntegrationTableProperties}: Write; on catalog, connection, database. */
  public static final Action DELETE_INTEGRATION_TABLE_PROPERTIES = Action.of(PREFIX, "DeleteIntegrationTableProperties");

  /** {@code glue:DeleteJob}: Write; on job. */
  public static final Action DELETE_JOB = Action.of(PREFIX, "DeleteJob");

  /** {@code glue:DeleteMLTransform}: Write; on mlTransform. */
  public static final Action DELETE_ML_TRANSFORM = Action.of(PREFIX, "DeleteMLTransform");

  /** {@code glue:DeletePartition}: Write; on catalog, database, rootcatalog, table. */
  public static final Action DELETE_PARTITION = Action.of(PREFIX, "DeletePartition");

  /** {@code glue:DeletePartitionIndex}: Write; on catalog, database, rootcatalog, table. */
  public static final Action DELETE_PARTITION_INDEX = Action.of(PREFIX, "DeletePartitionIndex");

  /** {@code glue:DeleteRegistry}: Write; on registry. */
  public static final Action DELETE_REGISTRY = Action.of(PREFIX, "DeleteRegistry");

  /** {@code glue:DeleteResourcePolicy}: Permissions management; on rootcatalog. */
  public static final Action DELETE_RESOURCE_POLICY = Action.of(PREFIX, "DeleteResourcePolicy");

  /** {@code glue:DeleteSchema}: Write; on registry, schema. */
  public static final Action DELETE_SCHEMA = Action.of(PREFIX, "DeleteSchema");

  /** {@code glue:DeleteSchemaVersions}: Write; on registry, schema. */
  public static final Action DELETE_SCHEMA_VERSIONS = Action.of(PREFIX, "DeleteSchemaVersions");

  /** {@code glue:DeleteSecurityConfiguration}: Write; on no resource type (give {@code *}). */
  public static final Action DELETE_SECURITY_CONFIGURATION = Action.of(PREFIX, "DeleteSecurityConfiguration");

  /** {@code glue:DeleteSession}: Write; on session. */
  public static final Action DELETE_SESSION = Action.of(PREFIX, "DeleteSession");

  /** {@code glue:DeleteTable}: Write; on catalog, database, rootcatalog, table. */
  public static final Action DELETE_TABLE = Action.of(PREFIX, "DeleteTable");

  /** {@code glue:DeleteTableOptimizer}: Write; on database, rootcatalog, table. */
  public static final Action DELETE_TABLE_OPTIMIZER = Action.of(PREFIX, "DeleteTableOptimizer");

  /** {@code glue:DeleteTableVersion}: Write; on catalog, database, rootcatalog, table. */
  public static final Action DELETE_TABLE_VERSION = Action.of(PREFIX, "DeleteTableVersion");

  /** {@code glue:DeleteTrigger}: Write; on trigger. */
  public static final Action DELETE_TRIGGER = Action.of(PREFIX, "DeleteTrigger");

  /** {@code glue:DeleteUsageProfile}: Write; on usageProfile. */
  public static final Action DELETE_USAGE_PROFILE = Action.of(PREFIX, "DeleteUsageProfile");

  /** {@code glue:DeleteUserDefinedFunction}: Write; on catalog, database, rootcatalog, userdefinedfunction. */
  public static final Action DELETE_USER_DEFINED_FUNCTION = Action.of(PREFIX, "DeleteUserDefinedFunction");

  /** {@code glue:DeleteWorkflow}: Write; on workflow. */
  public static final Action DELETE_WORKFLOW = Action.of(PREFIX, "DeleteWorkflow");

  /** {@code glue:DeregisterDataPreview}: Permissions management; on no resource type (give {@code *}). */
  public static final Action DEREGISTER_DATA_PREVIEW = Action.of(PREFIX, "DeregisterDataPreview");

  /** {@code glue:DescribeConnectionType}: Permissions management; on connectionType. */
  public static final Action DESCRIBE_CONNECTION_TYPE = Action.of(PREFIX, "DescribeConnectionType");

  /** {@code glue:DescribeEntity}: Permissions management; on connection, connectionType, rootcatalog. */
  public static final Action DESCRIBE_ENTITY = Action.of(PREFIX, "DescribeEntity");

  /** {@code glue:DescribeInboundIntegrations}: List; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_INBOUND_INTEGRATIONS = Action.of(PREFIX, "DescribeInboundIntegrations");

  /** {@code glue:DescribeIntegrations}: List; on integration. */
  public static final Action DESCRIBE_INTEGRATIONS = Action.of(PREFIX, "DescribeIntegrations");

  /** {@code glue:FederateAuthorization}: Write; on catalog, rootcatalog. */
  public static final Action FEDERATE_AUTHORIZATION = Action.of(PREFIX, "FederateAuthorization");

  /** {@code glue:GetBlueprint}: Read; on blueprint. */
  public static final Action GET_BLUEPRINT = Action.of(PREFIX, "GetBlueprint");

  /** {@code glue:GetBlueprintRun}: Read; on blueprint. */
  public static final Action GET_BLUEPRINT_RUN = Action.of(PREFIX, "GetBlueprintRun");

  /** {@code glue:GetBlueprintRuns}: Read; on blueprint. */
  public static final Action GET_BLUEPRINT_RUNS = Action.of(PREFIX, "GetBlueprintRuns");

  /** {@code glue:GetCatalog}: Read; on catalog, rootcatalog. */
  public static final Action GET_CATALOG = Action.of(PREFIX, "GetCatalog");

  /** {@code glue:GetCatalogImportStatus}: Read; on rootcatalog. */
  public static final Action GET_CATALOG_IMPORT_STATUS = Action.of(PREFIX, "GetCatalogImportStatus");

  /** {@code glue:GetCatalogs}: Read; on catalog, rootcatalog. */
  public static final Action GET_CATALOGS = Action.of(PREFIX, "GetCatalogs");

  /** {@code glue:GetClassifier}: Read; on no resource type (give {@code *}). */
  public static final Action GET_CLASSIFIER = Action.of(PREFIX, "GetClassifier");

  /** {@code glue:GetClassifiers}: Read; on no resource type (give {@code *}). */
  public static final Action GET_CLASSIFIERS = Action.of(PREFIX, "GetClassifiers");

  /** {@code glue:GetColumnStatisticsForPartition}: Read; on catalog, database, rootcatalog, table. */
  public static final Action GET_COLUMN_STATISTICS_FOR_PARTITION = Action.of(PREFIX, "GetColumnStatisticsForPartition");

  /** {@code glue:GetColumnStatisticsForTable}: Read; on catalog, database, rootcatalog, table. */
  public static final Action GET_COLUMN_STATISTICS_FOR_TABLE = Action.of(PREFIX, "GetColumnStatisticsForTable");

  /** {@code glue:GetColumnStatisticsTaskRun}: Read; on no resource type (give {@code *}). */
  public static final Action GET_COLUMN_STATISTICS_TASK_RUN = Action.of(PREFIX, "GetColumnStatisticsTaskRun");

  /** {@code glue:GetColumnStatisticsTaskRuns}: Read; on no resource type (give {@code *}). */
  public static final Action GET_COLUMN_STATISTICS_TASK_RUNS = Action.of(PREFIX, "GetColumnStatisticsTaskRuns");

  /** {@code glue:GetColumnStatisticsTaskSettings}: Read; on no resource type (give {@code *}). */
  public static final Action GET_COLUMN_STATISTICS_TASK_SETTINGS = Action.of(PREFIX, "GetColumnStatisticsTaskSettings");

  /** {@code glue:GetCompletion}: Read; on completion. */
  public static final Action GET_COMPLETION = Action.of(PREFIX, "GetCompletion");

  /** {@code glue:GetConnection}: Read; on connection, rootcatalog. */
  public static final Action GET_CONNECTION = Action.of(PREFIX, "GetConnection");

  /** {@code glue:GetConnections}: Read; on connection, rootcatalog. */
  public static final Action GET_CONNECTIONS = Action.of(PREFIX, "GetConnections");

  /** {@code glue:GetCrawler}: Read; on crawler. */
  public static final Action GET_CRAWLER = Action.of(PREFIX, "GetCrawler");

  /** {@code glue:GetCrawlerMetrics}: Read; on no resource type (give {@code *}). */
  public static final Action GET_CRAWLER_METRICS = Action.of(PREFIX, "GetCrawlerMetrics");

  /** {@code glue:GetCrawlers}: Read; on no resource type (give {@code *}). */
  public static final Action GET_CRAWLERS = Action.of(PREFIX, "GetCrawlers");

  /** {@code glue:GetCustomEntityType}: Read; on no resource type (give {@code *}). */
  public static final Action GET_CUSTOM_ENTITY_TYPE = Action.of(PREFIX, "GetCustomEntityType");

  /** {@code glue:GetDashboardUrl}: Read; on session. */
  public static final Action GET_DASHBOARD_URL = Action.of(PREFIX, "GetDashboardUrl");

  /** {@code glue:GetDataCatalogEncryptionSettings}: Read; on rootcatalog. */
  public static final Action GET_DATA_CATALOG_ENCRYPTION_SETTINGS = Action.of(PREFIX, "GetDataCatalogEncryptionSettings");

  /** {@code glue:GetDataPreviewStatement}: Permissions management; on no resource type (give {@code *}). */
  public static final Action GET_DATA_PREVIEW_STATEMENT = Action.of(PREFIX, "GetDataPreviewStatement");

  /** {@code glue:GetDataQualityModel}: Read; on dataQualityRuleset, job. */
  public static final Action GET_DATA_QUALITY_MODEL = Action.of(PREFIX, "GetDataQualityModel");

  /** {@code glue:GetDataQualityModelResult}: Read; on dataQualityRuleset, job. */
  public static final Action GET_DATA_QUALITY_MODEL_RESULT = Action.of(PREFIX, "GetDataQualityModelResult");

  /** {@code glue:GetDataQualityResult}: Read; on dataQualityRuleset. */
  public static final Action GET_DATA_QUALITY_RESULT = Action.of(PREFIX, "GetDataQualityResult");

  /** {@code glue:GetDataQualityRuleRecommendationRun}: Read; on dataQualityRuleset. */
  public static final Action GET_DATA_QUALITY_RULE_RECOMMENDATION_RUN = Action.of(PREFIX, "GetDataQualityRuleRecommendationRun");

  /** {@code glue:GetDataQualityRuleset}: Read; on dataQualityRuleset. */
  public static final Action GET_DATA_QUALITY_RULESET = Action.of(PREFIX, "GetDataQualityRuleset");

  /** {@code glue:GetDataQualityRulesetEvaluationRun}: Read; on dataQualityRuleset. */
  public static final Action GET_DATA_QUALITY_RULESET_EVALUATION_RUN = Action.of(PREFIX, "GetDataQualityRulesetEvaluationRun");

  /** {@code glue:GetDatabase}: Read; on catalog, database, rootcatalog. */
  public static final Action GET_DATABASE = Action.of(PREFIX, "GetDatabase");

  /** {@code glue:GetDatabases}: Read; on catalog, database, rootcatalog. */
  public static final Action GET_DATABASES = Action.of(PREFIX, "GetDatabases");

  /** {@code glue:GetDataflowGraph}: Read; on no resource type (give {@code *}). */
  public static final Action GET_DATAFLOW_GRAPH = Action.of(PREFIX, "GetDataflowGraph");

  /** {@code glue:GetDevEndpoint}: Read; on devendpoint. */
  public static final Action GET_DEV_ENDPOINT = Action.of(PREFIX, "GetDevEndpoint");

  /** {@code glue:GetDevEndpoints}: Read; on no resource type (give {@code *}). */
  public static final Action GET_DEV_ENDPOINTS = Action.of(PREFIX, "GetDevEndpoints");

  /** {@code glue:GetEntityRecords}: Read; on catalog, connection, connectionType. */
  public static final Action GET_ENTITY_RECORDS = Action.of(PREFIX, "GetEntityRecords");

  /** {@code glue:GetEnvironment}: Permissions management; on no resource type (give {@code *}). */
  public static final Action GET_ENVIRONMENT = Action.of(PREFIX, "GetEnvironment");

  /** {@code glue:GetExecutors}: Permissions management; on no resource type (give {@code *}). */
  public static final Action GET_EXECUTORS = Action.of(PREFIX, "GetExecutors");

  /** {@code glue:GetExecutorsThreads}: Permissions management; on no resource type (give {@code *}). */
  public static final Action GET_EXECUTORS_THREADS = Action.of(PREFIX, "GetExecutorsThreads");

  /** {@code glue:GetGeneratedCode}: Read; on no resource type (give {@code *}). */
  public static final Action GET_GENERATED_CODE = Action.of(PREFIX, "GetGeneratedCode");

  /** {@code glue:GetGlueIdentityCenterConfiguration}: Read; on no resource type (give {@code *}). */
  public static final Action GET_GLUE_IDENTITY_CENTER_CONFIGURATION = Action.of(PREFIX, "GetGlueIdentityCenterConfiguration");

  /** {@code glue:GetIntegrationResourceProperty}: Read; on catalog, connection, database, integrationResourceProperty. */
  public static final Action GET_INTEGRATION_RESOURCE_PROPERTY = Action.of(PREFIX, "GetIntegrationResourceProperty");

  /** {@code glue:GetIntegrationTableProperties}: Read; on catalog, connection, database. */
  public static final Action GET_INTEGRATION_TABLE_PROPERTIES = Action.of(PREFIX, "GetIntegrationTableProperties");

  /** {@code glue:GetJob}: Read; on job. */
  public static final Action GET_JOB = Action.of(PREFIX, "GetJob");

  /** {@code glue:GetJobBookmark}: Read; on no resource type (give {@code *}). */
  public static final Action GET_JOB_BOOKMARK = Action.of(PREFIX, "GetJobBookmark");

  /** {@code glue:GetJobRun}: Read; on job. */
  public static final Action GET_JOB_RUN = Action.of(PREFIX, "GetJobRun");

  /** {@code glue:GetJobRuns}: Read; on job. */
  public static final Action GET_JOB_RUNS = Action.of(PREFIX, "GetJobRuns");

  /** {@code glue:GetJobUpgradeAnalysis}: Read; on job. */
  public static final Action GET_JOB_UPGRADE_ANALYSIS = Action.of(PREFIX, "GetJobUpgradeAnalysis");

  /** {@code glue:GetJobs}: Read; on no resource type (give {@code *}). */
  public static final Action GET_JOBS = Action.of(PREFIX, "GetJobs");

  /** {@code glue:GetLogParsingStatus}: Permissions management; on no resource type (give {@code *}). */
  public static final Action GET_LOG_PARSING_STATUS = Action.of(PREFIX, "GetLogParsingStatus");

  /** {@code glue:GetMLTaskRun}: Read; on mlTransform. */
  public static final Action GET_ML_TASK_RUN = Action.of(PREFIX, "GetMLTaskRun");

  /** {@code glue:GetMLTaskRuns}: List; on mlTransform. */
  public static final Action GET_ML_TASK_RUNS = Action.of(PREFIX, "GetMLTaskRuns");

  /** {@code glue:GetMLTransform}: Read; on mlTransform. */
  public static final Action GET_ML_TRANSFORM = Action.of(PREFIX, "GetMLTransform");

  /** {@code glue:GetMLTransforms}: List; on mlTransform. */
  public static final Action GET_ML_TRANSFORMS = Action.of(PREFIX, "GetMLTransforms");

  /** {@code glue:GetMapping}: Read; on no resource type (give {@code *}). */
  public static final Action GET_MAPPING = Action.of(PREFIX, "GetMapping");

  /** {@code glue:GetNotebookInstanceStatus}: Permissions management; on no resource type (give {@code *}). */
  public static final Action GET_NOTEBOOK_INSTANCE_STATUS = Action.of(PREFIX, "GetNotebookInstanceStatus");

  /** {@code glue:GetPartition}: Read; on catalog, database, rootcatalog, table. */
  public static final Action GET_PARTITION = Action.of(PREFIX, "GetPartition");

  /** {@code glue:GetPartitionIndexes}: Read; on catalog, database, rootcatalog, table. */
  public static final Action GET_PARTITION_INDEXES = Action.of(PREFIX, "GetPartitionIndexes");

  /** {@code glue:GetPartitions}: Read; on catalog, database, rootcatalog, table. */
  public static final Action GET_PARTITIONS = Action.of(PREFIX, "GetPartitions");

  /** {@code glue:GetPlan}: Read; on no resource type (give {@code *}). */
  public static final Action GET_PLAN = Action.of(PREFIX, "GetPlan");

  /** {@code glue:GetQueries}: Permissions management; on no resource type (give {@code *}). */
  public static final Action GET_QUERIES = Action.of(PREFIX, "GetQueries");

  /** {@code glue:GetQuery}: Permissions management; on no resource type (give {@code *}). */
  public static final Action GET_QUERY = Action.of(PREFIX, "GetQuery");

  /** {@code glue:GetRecipeAction}: Permissions management; on no resource type (give {@code *}). */
  public static final Action GET_RECIPE_ACTION = Action.of(PREFIX, "GetRecipeAction");

  /** {@code glue:GetRegistry}: Read; on registry. */
  public static final Action GET_REGISTRY = Action.of(PREFIX, "GetRegistry");

  /** {@code glue:GetResourcePolicies}: Read; on rootcatalog. */
  public static final Action GET_RESOURCE_POLICIES = Action.of(PREFIX, "GetResourcePolicies");

  /** {@code glue:GetResourcePolicy}: Read; on rootcatalog. */
  public static final Action GET_RESOURCE_POLICY = Action.of(PREFIX, "GetResourcePolicy");

  /** {@code glue:GetSchema}: Read; on registry, schema. */
  public static final Action GET_SCHEMA = Action.of(PREFIX, "GetSchema");

  /** {@code glue:GetSchemaByDefinition}: Read; on registry, schema. */
  public static final Action GET_SCHEMA_BY_DEFINITION = Action.of(PREFIX, "GetSchemaByDefinition");

  /** {@code glue:GetSchemaVersion}: Read; on registry, schema. */
  public static final Action GET_SCHEMA_VERSION = Action.of(PREFIX, "GetSchemaVersion");

  /** {@code glue:GetSchemaVersionsDiff}: Read; on registry, schema. */
  public static final Action GET_SCHEMA_VERSIONS_DIFF = Action.of(PREFIX, "GetSchemaVersionsDiff");

  /** {@code glue:GetSecurityConfiguration}: Read; on no resource type (give {@code *}). */
  public static final Action GET_SECURITY_CONFIGURATION = Action.of(PREFIX, "GetSecurityConfiguration");

  /** {@code glue:GetSecurityConfigurations}: Read; on no resource type (give {@code *}). */
  public static final Action GET_SECURITY_CONFIGURATIONS = Action.of(PREFIX, "GetSecurityConfigurations");

  /** {@code glue:GetSession}: Read; on session. */
  public static final Action GET_SESSION = Action.of(PREFIX, "GetSession");

  /** {@code glue:GetStage}: Permissions management; on no resource type (give {@code *}). */
  public static final Action GET_STAGE = Action.of(PREFIX, "GetStage");

  /** {@code glue:GetStageAttempt}: Permissions management; on no resource type (give {@code *}). */
  public static final Action GET_STAGE_ATTEMPT = Action.of(PREFIX, "GetStageAttempt");

  /** {@code glue:GetStageAttemptTaskList}: Permissions management; on no resource type (give {@code *}). */
  public static final Action GET_STAGE_ATTEMPT_TASK_LIST = Action.of(PREFIX, "GetStageAttemptTaskList");

  /** {@code glue:GetStageAttemptTaskSummary}: Permissions management; on no resource type (give {@code *}). */
  public static final Action GET_STAGE_ATTEMPT_TASK_SUMMARY = Action.of(PREFIX, "GetStageAttemptTaskSummary");

  /** {@code glue:GetStageFiles}: Permissions management; on no resource type (give {@code *}). */
  public static final Action GET_STAGE_FILES = Action.of(PREFIX, "GetStageFiles");

  /** {@code glue:GetStages}: Permissions management; on no resource type (give {@code *}). */
  public static final Action GET_STAGES = Action.of(PREFIX, "GetStages");

  /** {@code glue:GetStatement}: Read; on session. */
  public static final Action GET_STATEMENT = Action.of(PREFIX, "GetStatement");

  /** {@code glue:GetStorage}: Permissions management; on no resource type (give {@code *}). */
  public static final Action GET_STORAGE = Action.of(PREFIX, "GetStorage");

  /** {@code glue:GetStorageUnit}: Permissions management; on no resource type (give {@code *}). */
  public static final Action GET_STORAGE_UNIT = Action.of(PREFIX, "GetStorageUnit");

  /** {@code glue:GetTable}: Read; on catalog, database, rootcatalog, table. */
  public static final Action GET_TABLE = Action.of(PREFIX, "GetTable");

  /** {@code glue:GetTableOptimizer}: Read; on database, rootcatalog, table. */
  public static final Action GET_TABLE_OPTIMIZER = Action.of(PREFIX, "GetTableOptimizer");

  /** {@code glue:GetTableVersion}: Read; on catalog, database, rootcatalog, table. */
  public static final Action GET_TABLE_VERSION = Action.of(PREFIX, "GetTableVersion");

  /** {@code glue:GetTableVersions}: Read; on catalog, database, rootcatalog, table. */
  public static final Action GET_TABLE_VERSIONS = Action.of(PREFIX, "GetTableVersions");

  /** {@code glue:GetTables}: Read; on catalog, database, rootcatalog, table. */
  public static final Action GET_TABLES = Action.of(PREFIX, "GetTables");

  /** {@code glue:GetTags}: Read; on blueprint, catalog, connection, connectionType, crawler, customEntityType, database, devendpoint, job, trigger, usageProfile, workflow. */
  public static final Action GET_TAGS = Action.of(PREFIX, "GetTags");

  /** {@code glue:GetTrigger}: Read; on trigger. */
  public static final Action GET_TRIGGER = Action.of(PREFIX, "GetTrigger");

  /** {@code glue:GetTriggers}: Read; on no resource type (give {@code *}). */
  public static final Action GET_TRIGGERS = Action.of(PREFIX, "GetTriggers");

  /** {@code glue:GetUsageProfile}: Read; on usageProfile. */
  public static final Action GET_USAGE_PROFILE = Action.of(PREFIX, "GetUsageProfile");

  /** {@code glue:GetUserDefinedFunction}: Read; on catalog, database, rootcatalog, userdefinedfunction. */
  public static final Action GET_USER_DEFINED_FUNCTION = Action.of(PREFIX, "GetUserDefinedFunction");

  /** {@code glue:GetUserDefinedFunctions}: Read; on catalog, database, rootcatalog, userdefinedfunction. */
  public static final Action GET_USER_DEFINED_FUNCTIONS = Action.of(PREFIX, "GetUserDefinedFunctions");

  /** {@code glue:GetWorkflow}: Read; on workflow. */
  public static final Action GET_WORKFLOW = Action.of(PREFIX, "GetWorkflow");

  /** {@code glue:GetWorkflowRun}: Read; on workflow. */
  public static final Action GET_WORKFLOW_RUN = Action.of(PREFIX, "GetWorkflowRun");

  /** {@code glue:GetWorkflowRunProperties}: Read; on workflow. */
  public static final Action GET_WORKFLOW_RUN_PROPERTIES = Action.of(PREFIX, "GetWorkflowRunProperties");

  /** {@code glue:GetWorkflowRuns}: Read; on workflow. */
  public static final Action GET_WORKFLOW_RUNS = Action.of(PREFIX, "GetWorkflowRuns");

  /** {@code glue:GlueNotebookAuthorize}: Permissions management; on no resource type (give {@code *}). */
  public static final Action GLUE_NOTEBOOK_AUTHORIZE = Action.of(PREFIX, "GlueNotebookAuthorize");

  /** {@code glue:GlueNotebookRefreshCredentials}: Permissions management; on no resource type (give {@code *}). */
  public static final Action GLUE_NOTEBOOK_REFRESH_CREDENTIALS = Action.of(PREFIX, "GlueNotebookRefreshCredentials");

  /** {@code glue:ImportCatalogToGlue}: Write; on rootcatalog. */
  public static final Action IMPORT_CATALOG_TO_GLUE = Action.of(PREFIX, "ImportCatalogToGlue");

  /** {@code glue:ListBlueprints}: List; on no resource type (give {@code *}). */
  public static final Action LIST_BLUEPRINTS = Action.of(PREFIX, "ListBlueprints");

  /** {@code glue:ListColumnStatisticsTaskRuns}: Read; on no resource type (give {@code *}). */
  public static final Action LIST_COLUMN_STATISTICS_TASK_RUNS = Action.of(PREFIX, "ListColumnStatisticsTaskRuns");

  /** {@code glue:ListConnectionTypes}: Permissions management; on no resource type (give {@code *}). */
  public static final Action LIST_CONNECTION_TYPES = Action.of(PREFIX, "ListConnectionTypes");

  /** {@code glue:ListCrawlers}: List; on no resource type (give {@code *}). */
  public static final Action LIST_CRAWLERS = Action.of(PREFIX, "ListCrawlers");

  /** {@code glue:ListCrawls}: List; on crawler. */
  public static final Action LIST_CRAWLS = Action.of(PREFIX, "ListCrawls");

  /** {@code glue:ListCustomEntityTypes}: List; on no resource type (give {@code *}). */
  public static final Action LIST_CUSTOM_ENTITY_TYPES = Action.of(PREFIX, "ListCustomEntityTypes");

  /** {@code glue:ListDataQualityResults}: List; on dataQualityRuleset. */
  public static final Action LIST_DATA_QUALITY_RESULTS = Action.of(PREFIX, "ListDataQualityResults");

  /** {@code glue:ListDataQualityRuleRecommendationRuns}: List; on dataQualityRuleset. */
  public static final Action LIST_DATA_QUALITY_RULE_RECOMMENDATION_RUNS = Action.of(PREFIX, "ListDataQualityRuleRecommendationRuns");

  /** {@code glue:ListDataQualityRulesetEvaluationRuns}: List; on dataQualityRuleset. */
  public static final Action LIST_DATA_QUALITY_RULESET_EVALUATION_RUNS = Action.of(PREFIX, "ListDataQualityRulesetEvaluationRuns");

  /** {@code glue:ListDataQualityRulesets}: List; on dataQualityRuleset. */
  public static final Action LIST_DATA_QUALITY_RULESETS = Action.of(PREFIX, "ListDataQualityRulesets");

  /** {@code glue:ListDevEndpoints}: List; on no resource type (give {@code *}). */
  public static final Action LIST_DEV_ENDPOINTS = Action.of(PREFIX, "ListDevEndpoints");

  /** {@code glue:ListEntities}: Permissions management; on connection, connectionType, rootcatalog. */
  public static final Action LIST_ENTITIES = Action.of(PREFIX, "ListEntities");

  /** {@code glue:ListIntegrationResourceProperties}: List; on catalog, connection, database, integrationResourceProperty. */
  public static final Action LIST_INTEGRATION_RESOURCE_PROPERTIES = Action.of(PREFIX, "ListIntegrationResourceProperties");

  /** {@code glue:ListJobUpgradeAnalyses}: List; on job. */
  public static final Action LIST_JOB_UPGRADE_ANALYSES = Action.of(PREFIX, "ListJobUpgradeAnalyses");

  /** {@code glue:ListJobs}: List; on no resource type (give {@code *}). */
  public static final Action LIST_JOBS = Action.of(PREFIX, "ListJobs");

  /** {@code glue:ListMLTransforms}: List; on mlTransform. */
  public static final Action LIST_ML_TRANSFORMS = Action.of(PREFIX, "ListMLTransforms");

  /** {@code glue:ListRegistries}: List; on no resource type (give {@code *}). */
  public static final Action LIST_REGISTRIES = Action.of(PREFIX, "ListRegistries");

  /** {@code glue:ListSchemaVersions}: List; on registry, schema. */
  public static final Action LIST_SCHEMA_VERSIONS = Action.of(PREFIX, "ListSchemaVersions");

  /** {@code glue:ListSchemas}: List; on registry. */
  public static final Action LIST_SCHEMAS = Action.of(PREFIX, "ListSchemas");

  /** {@code glue:ListSessions}: List; on no resource type (give {@code *}). */
  public static final Action LIST_SESSIONS = Action.of(PREFIX, "ListSessions");

  /** {@code glue:ListStatements}: List; on session. */
  public static final Action LIST_STATEMENTS = Action.of(PREFIX, "ListStatements");

  /** {@code glue:ListTableOptimizerRuns}: List; on database, rootcatalog, table. */
  public static final Action LIST_TABLE_OPTIMIZER_RUNS = Action.of(PREFIX, "ListTableOptimizerRuns");

  /** {@code glue:ListTriggers}: List; on no resource type (give {@code *}). */
  public static final Action LIST_TRIGGERS = Action.of(PREFIX, "ListTriggers");

  /** {@code glue:ListUsageProfiles}: List; on no resource type (give {@code *}). */
  public static final Action LIST_USAGE_PROFILES = Action.of(PREFIX, "ListUsageProfiles");

  /** {@code glue:ListWorkflows}: List; on no resource type (give {@code *}). */
  public static final Action LIST_WORKFLOWS = Action.of(PREFIX, "ListWorkflows");

  /** {@code glue:ModifyIntegration}: Write; on integration. */
  public static final Action MODIFY_INTEGRATION = Action.of(PREFIX, "ModifyIntegration");

  /** {@code glue:NotifyEvent}: Write; on workflow. */
  public static final Action NOTIFY_EVENT = Action.of(PREFIX, "NotifyEvent");

  /** {@code glue:PassConnection}: Write; on connection. */
  public static final Action PASS_CONNECTION = Action.of(PREFIX, "PassConnection");

  /** {@code glue:PublishDataQuality}: Write; on dataQualityRuleset. */
  public static final Action PUBLISH_DATA_QUALITY = Action.of(PREFIX, "PublishDataQuality");

  /** {@code glue:PutDataCatalogEncryptionSettings}: Write; on rootcatalog. */
  public static final Action PUT_DATA_CATALOG_ENCRYPTION_SETTINGS = Action.of(PREFIX, "PutDataCatalogEncryptionSettings");

  /** {@code glue:PutDataQualityProfileAnnotation}: Write; on dataQualityRuleset, job. */
  public static final Action PUT_DATA_QUALITY_PROFILE_ANNOTATION = Action.of(PREFIX, "PutDataQualityProfileAnnotation");

  /** {@code glue:PutDataQualityStatisticAnnotation}: Write; on dataQualityRuleset, job. */
  public static final Action PUT_DATA_QUALITY_STATISTIC_ANNOTATION = Action.of(PREFIX, "PutDataQualityStatisticAnnotation");

  /** {@code glue:PutResourcePolicy}: Permissions management; on rootcatalog. */
  public static final Action PUT_RESOURCE_POLICY = Action.of(PREFIX, "PutResourcePolicy");

  /** {@code glue:PutSchemaVersionMetadata}: Write; on registry, schema. */
  public static final Action PUT_SCHEMA_VERSION_METADATA = Action.of(PREFIX, "PutSchemaVersionMetadata");

  /** {@code glue:PutWorkflowRunProperties}: Write; on workflow. */
  public static final Action PUT_WORKFLOW_RUN_PROPERTIES = Action.of(PREFIX, "PutWorkflowRunProperties");

  /** {@code glue:QuerySchemaVersionMetadata}: List; on registry, schema. */
  public static final Action QUERY_SCHEMA_VERSION_METADATA = Action.of(PREFIX, "QuerySchemaVersionMetadata");

  /** {@code glue:RefreshOAuth2Tokens}: Permissions management; on connection, connectionType, rootcatalog. */
  public static final Action REFRESH_O_AUTH2_TOKENS = Action.of(PREFIX, "RefreshOAuth2Tokens");

  /** {@code glue:RegisterConnectionType}: Write; on connectionType. */
  public static final Action REGISTER_CONNECTION_TYPE = Action.of(PREFIX, "RegisterConnectionType");

  /** {@code glue:RegisterSchemaVersion}: Write; on registry, schema. */
  public static final Action REGISTER_SCHEMA_VERSION = Action.of(PREFIX, "RegisterSchemaVersion");

  /** {@code glue:RemoveSchemaVersionMetadata}: Write; on registry, schema. */
  public static final Action REMOVE_SCHEMA_VERSION_METADATA = Action.of(PREFIX, "RemoveSchemaVersionMetadata");

  /** {@code glue:RenameTable}: Write; on catalog, database, rootcatalog, table. */
  public static final Action RENAME_TABLE = Action.of(PREFIX, "RenameTable");

  /** {@code glue:RequestLogParsing}: Permissions management; on no resource type (give {@code *}). */
  public static final Action REQUEST_LOG_PARSING = Action.of(PREFIX, "RequestLogParsing");

  /** {@code glue:ResetJobBookmark}: Write; on no resource type (give {@code *}). */
  public static final Action RESET_JOB_BOOKMARK = Action.of(PREFIX, "ResetJobBookmark");

  /** {@code glue:ResumeWorkflowRun}: Write; on workflow. */
  public static final Action RESUME_WORKFLOW_RUN = Action.of(PREFIX, "ResumeWorkflowRun");

  /** {@code glue:RunDataPreviewStatement}: Permissions management; on no resource type (give {@code *}). */
  public static final Action RUN_DATA_PREVIEW_STATEMENT = Action.of(PREFIX, "RunDataPreviewStatement");

  /** {@code glue:RunStatement}: Write; on session. */
  public static final Action RUN_STATEMENT = Action.of(PREFIX, "RunStatement");

  /** {@code glue:SearchTables}: Read; on catalog, database, rootcatalog, table. */
  public static final Action SEARCH_TABLES = Action.of(PREFIX, "SearchTables");

  /** {@code glue:SendFeedback}: Write; on no resource type (give {@code *}). */
  public static final Action SEND_FEEDBACK = Action.of(PREFIX, "SendFeedback");

  /** {@code glue:SendRecipeAction}: Permissions management; on no resource type (give {@code *}). */
  public static final Action SEND_RECIPE_ACTION = Action.of(PREFIX, "SendRecipeAction");

  /** {@code glue:StartBlueprintRun}: Write; on blueprint. */
  public static final Action START_BLUEPRINT_RUN = Action.of(PREFIX, "StartBlueprintRun");

  /** {@code glue:StartColumnStatisticsTaskRun}: Write; on database, rootcatalog, table. */
  public static final Action START_COLUMN_STATISTICS_TASK_RUN = Action.of(PREFIX, "StartColumnStatisticsTaskRun");

  /** {@code glue:StartColumnStatisticsTaskRunSchedule}: Write; on database, rootcatalog, table. */
  public static final Action START_COLUMN_STATISTICS_TASK_RUN_SCHEDULE = Action.of(PREFIX, "StartColumnStatisticsTaskRunSchedule");

  /** {@code glue:StartCompletion}: Write; on no resource type (give {@code *}). */
  public static final Action START_COMPLETION = Action.of(PREFIX, "StartCompletion");

  /** {@code glue:StartCrawler}: Write; on crawler. */
  public static final Action START_CRAWLER = Action.of(PREFIX, "StartCrawler");

  /** {@code glue:StartCrawlerSchedule}: Write; on no resource type (give {@code *}). */
  public static final Action START_CRAWLER_SCHEDULE = Action.of(PREFIX, "StartCrawlerSchedule");

  /** {@code glue:StartDataQualityRuleRecommendationRun}: Write; on dataQualityRuleset. */
  public static final Action START_DATA_QUALITY_RULE_RECOMMENDATION_RUN = Action.of(PREFIX, "StartDataQualityRuleRecommendationRun");

  /** {@code glue:StartDataQualityRulesetEvaluationRun}: Write; on dataQualityRuleset. */
  public static final Action START_DATA_QUALITY_RULESET_EVALUATION_RUN = Action.of(PREFIX, "StartDataQualityRulesetEvaluationRun");

  /** {@code glue:StartExportLabelsTaskRun}: Write; on mlTransform. */
  public static final Action START_EXPORT_LABELS_TASK_RUN = Action.of(PREFIX, "StartExportLabelsTaskRun");

  /** {@code glue:StartImportLabelsTaskRun}: Write; on mlTransform. */
  public static final Action START_IMPORT_LABELS_TASK_RUN = Action.of(PREFIX, "StartImportLabelsTaskRun");

  /** {@code glue:StartJobRun}: Write; on job. */
  public static final Action START_JOB_RUN = Action.of(PREFIX, "StartJobRun");

  /** {@code glue:StartJobUpgradeAnalysis}: Write; on job. */
  public static final Action START_JOB_UPGRADE_ANALYSIS = Action.of(PREFIX, "StartJobUpgradeAnalysis");

  /** {@code glue:StartMLEvaluationTaskRun}: Write; on mlTransform. */
  public static final Action START_ML_EVALUATION_TASK_RUN = Action.of(PREFIX, "StartMLEvaluationTaskRun");

  /** {@code glue:StartMLLabelingSetGenerationTaskRun}: Write; on mlTransform. */
  public static final Action START_ML_LABELING_SET_GENERATION_TASK_RUN = Action.of(PREFIX, "StartMLLabelingSetGenerationTaskRun");

  /** {@code glue:StartNotebook}: Permissions management; on no resource type (give {@code *}). */
  public static final Action START_NOTEBOOK = Action.of(PREFIX, "StartNotebook");

  /** {@code glue:StartTrigger}: Write; on trigger. */
  public static final Action START_TRIGGER = Action.of(PREFIX, "StartTrigger");

  /** {@code glue:StartWorkflowRun}: Write; on workflow. */
  public static final Action START_WORKFLOW_RUN = Action.of(PREFIX, "StartWorkflowRun");

  /** {@code glue:StopColumnStatisticsTaskRun}: Write; on database, rootcatalog, table. */
  public static final Action STOP_COLUMN_STATISTICS_TASK_RUN = Action.of(PREFIX, "StopColumnStatisticsTaskRun");

  /** {@code glue:StopColumnStatisticsTaskRunSchedule}: Write; on database, rootcatalog, table. */
  public static final Action STOP_COLUMN_STATISTICS_TASK_RUN_SCHEDULE = Action.of(PREFIX, "StopColumnStatisticsTaskRunSchedule");

  /** {@code glue:StopCrawler}: Write; on crawler. */
  public static final Action STOP_CRAWLER = Action.of(PREFIX, "StopCrawler");

  /** {@code glue:StopCrawlerSchedule}: Write; on no resource type (give {@code *}). */
  public static final Action STOP_CRAWLER_SCHEDULE = Action.of(PREFIX, "StopCrawlerSchedule");

  /** {@code glue:StopJobUpgradeAnalysis}: Write; on job. */
  public static final Action STOP_JOB_UPGRADE_ANALYSIS = Action.of(PREFIX, "StopJobUpgradeAnalysis");

  /** {@code glue:StopSession}: Write; on session. */
  public static final Action STOP_SESSION = Action.of(PREFIX, "StopSession");

  /** {@code glue:StopTrigger}: Write; on trigger. */
  public static final Action STOP_TRIGGER = Action.of(PREFIX, "StopTrigger");

  /** {@code glue:StopWorkflowRun}: Write; on workflow. */
  public static final Action STOP_WORKFLOW_RUN = Action.of(PREFIX, "StopWorkflowRun");

  /** {@code glue:TagResource}: Tagging; on blueprint, catalog, connection, connectionType, crawler, customEntityType, dataQualityRuleset, database, devendpoint, integration, integrationResourceProperty, job, mlTransform, registry, schema, session, trigger, usageProfile, workflow. */
  public static final Action TAG_RESOURCE = Action.of(PREFIX, "TagResource");

  /** {@code glue:TerminateNotebook}: Permissions management; on no resource type (give {@code *}). */
  public static final Action TERMINATE_NOTEBOOK = Action.of(PREFIX, "TerminateNotebook");

  /** {@code glue:TestConnection}: Permissions management; on connection, connectionType. */
  public static final Action TEST_CONNECTION = Action.of(PREFIX, "TestConnection");

  /** {@code glue:UntagResource}: Tagging; on blueprint, catalog, connection, connectionType, crawler, customEntityType, dataQualityRuleset, database, devendpoint, integration, integrationResourceProperty, job, mlTransform, registry, schema, session, trigger, usageProfile, workflow. */
  public static final Action UNTAG_RESOURCE = Action.of(PREFIX, "UntagResource");

  /** {@code glue:UpdateBlueprint}: Write; on blueprint. */
  public static final Action UPDATE_BLUEPRINT = Action.of(PREFIX, "UpdateBlueprint");

  /** {@code glue:UpdateCatalog}: Write; on catalog, rootcatalog. */
  public static final Action UPDATE_CATALOG = Action.of(PREFIX, "UpdateCatalog");

  /** {@code glue:UpdateClassifier}: Write; on no resource type (give {@code *}). */
  public static final Action UPDATE_CLASSIFIER = Action.of(PREFIX, "UpdateClassifier");

  /** {@code glue:UpdateColumnStatisticsForPartition}: Write; on catalog, database, rootcatalog, table. */
  public static final Action UPDATE_COLUMN_STATISTICS_FOR_PARTITION = Action.of(PREFIX, "UpdateColumnStatisticsForPartition");

  /** {@code glue:UpdateColumnStatisticsForTable}: Write; on catalog, database, rootcatalog, table. */
  public static final Action UPDATE_COLUMN_STATISTICS_FOR_TABLE = Action.of(PREFIX, "UpdateColumnStatisticsForTable");

  /** {@code glue:UpdateColumnStatisticsTaskSettings}: Write; on database, rootcatalog, table. */
  public static final Action UPDATE_COLUMN_STATISTICS_TASK_SETTINGS = Action.of(PREFIX, "UpdateColumnStatisticsTaskSettings");

  /** {@code glue:UpdateConnection}: Write; on connection, connectionType, rootcatalog. */
  public static final Action UPDATE_CONNECTION = Action.of(PREFIX, "UpdateConnection");

  /** {@code glue:UpdateCrawler}: Write; on crawler. */
  public static final Action UPDATE_CRAWLER = Action.of(PREFIX, "UpdateCrawler");

  /** {@code glue:UpdateCrawlerSchedule}: Write; on no resource type (give {@code *}). */
  public static final Action UPDATE_CRAWLER_SCHEDULE = Action.of(PREFIX, "UpdateCrawlerSchedule");

  /** {@code glue:UpdateDataQualityRuleset}: Write; on dataQualityRuleset. */
  public static final Action UPDATE_DATA_QUALITY_RULESET = Action.of(PREFIX, "UpdateDataQualityRuleset");

  /** {@code glue:UpdateDatabase}: Write; on catalog, database, rootcatalog. */
  public static final Action UPDATE_DATABASE = Action.of(PREFIX, "UpdateDatabase");

  /** {@code glue:UpdateDevEndpoint}: Write; on devendpoint. */
  public static final Action UPDATE_DEV_ENDPOINT = Action.of(PREFIX, "UpdateDevEndpoint");

  /** {@code glue:UpdateGlueIdentityCenterConfiguration}: Write; on no resource type (give {@code *}). */
  public static final Action UPDATE_GLUE_IDENTITY_CENTER_CONFIGURATION = Action.of(PREFIX, "UpdateGlueIdentityCenterConfiguration");

  /** {@code glue:UpdateIntegrationResourceProperty}: Write; on catalog, connection, database, integrationResourceProperty. */
  public static final Action UPDATE_INTEGRATION_RESOURCE_PROPERTY = Action.of(PREFIX, "UpdateIntegrationResourceProperty");

  /** {@code glue:UpdateIntegrationTableProperties}: Write; on catalog, connection, database. */
  public static final Action UPDATE_INTEGRATION_TABLE_PROPERTIES = Action.of(PREFIX, "UpdateIntegrationTableProperties");

  /** {@code glue:UpdateJob}: Write; on job. */
  public static final Action UPDATE_JOB = Action.of(PREFIX, "UpdateJob");

  /** {@code glue:UpdateJobFromSourceControl}: Write; on job. */
  public static final Action UPDATE_JOB_FROM_SOURCE_CONTROL = Action.of(PREFIX, "UpdateJobFromSourceControl");

  /** {@code glue:UpdateMLTransform}: Write; on mlTransform. */
  public static final Action UPDATE_ML_TRANSFORM = Action.of(PREFIX, "UpdateMLTransform");

  /** {@code glue:UpdatePartition}: Write; on catalog, database, rootcatalog, table. */
  public static final Action UPDATE_PARTITION = Action.of(PREFIX, "UpdatePartition");

  /** {@code glue:UpdateRegistry}: Write; on registry. */
  public static final Action UPDATE_REGISTRY = Action.of(PREFIX, "UpdateRegistry");

  /** {@code glue:UpdateSchema}: Write; on registry, schema. */
  public static final Action UPDATE_SCHEMA = Action.of(PREFIX, "UpdateSchema");

  /** {@code glue:UpdateSourceControlFromJob}: Write; on job. */
  public static final Action UPDATE_SOURCE_CONTROL_FROM_JOB = Action.of(PREFIX, "UpdateSourceControlFromJob");

  /** {@code glue:UpdateTable}: Write; on catalog, database, rootcatalog, table. */
  public static final Action UPDATE_TABLE = Action.of(PREFIX, "UpdateTable");

  /** {@code glue:UpdateTableOptimizer}: Write; on database, rootcatalog, table. */
  public static final Action UPDATE_TABLE_OPTIMIZER = Action.of(PREFIX, "UpdateTableOptimizer");

  /** {@code glue:UpdateTrigger}: Write; on trigger. */
  public static final Action UPDATE_TRIGGER = Action.of(PREFIX, "UpdateTrigger");

  /** {@code glue:UpdateUsageProfile}: Write; on usageProfile. */
  public static final Action UPDATE_USAGE_PROFILE = Action.of(PREFIX, "UpdateUsageProfile");

  /** {@code glue:UpdateUserDefinedFunction}: Write; on catalog, database, rootcatalog, userdefinedfunction. */
  public static final Action UPDATE_USER_DEFINED_FUNCTION = Action.of(PREFIX, "UpdateUserDefinedFunction");

  /** {@code glue:UpdateWorkflow}: Write; on workflow. */
  public static final Action UPDATE_WORKFLOW = Action.of(PREFIX, "UpdateWorkflow");

  /** {@code glue:UpgradeJob}: Write; on job. */
  public static final Action UPGRADE_JOB = Action.of(PREFIX, "UpgradeJob");

  /** {@code glue:UseGlueStudio}: Permissions management; on no resource type (give {@code *}). */
  public static final Action USE_GLUE_STUDIO = Action.of(PREFIX, "UseGlueStudio");

  /** {@code glue:UseMLTransforms}: Write; on mlTransform. */
  public static final Action USE_ML_TRANSFORMS = Action.of(PREFIX, "UseMLTransforms");

  private Glue() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
