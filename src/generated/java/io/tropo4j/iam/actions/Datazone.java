// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of Amazon DataZone (prefix {@code datazone}), as the service authorization reference lists them.
 */
public final class Datazone {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "datazone";

  /** {@code datazone:AcceptPredictions}: Write; on no resource type (give {@code *}). */
  public static final Action ACCEPT_PREDICTIONS = Action.of(PREFIX, "AcceptPredictions");

  /** {@code datazone:AcceptSubscriptionRequest}: Write; on no resource type (give {@code *}). */
  public static final Action ACCEPT_SUBSCRIPTION_REQUEST = Action.of(PREFIX, "AcceptSubscriptionRequest");

  /** {@code datazone:AddEntityOwner}: Write; on no resource type (give {@code *}). */
  public static final Action ADD_ENTITY_OWNER = Action.of(PREFIX, "AddEntityOwner");

  /** {@code datazone:AddPolicyGrant}: Permissions management; on no resource type (give {@code *}). */
  public static final Action ADD_POLICY_GRANT = Action.of(PREFIX, "AddPolicyGrant");

  /** {@code datazone:AssociateEnvironmentRole}: Write; on no resource type (give {@code *}). */
  public static final Action ASSOCIATE_ENVIRONMENT_ROLE = Action.of(PREFIX, "AssociateEnvironmentRole");

  /** {@code datazone:AssociateGovernedTerms}: Write; on no resource type (give {@code *}). */
  public static final Action ASSOCIATE_GOVERNED_TERMS = Action.of(PREFIX, "AssociateGovernedTerms");

  /** {@code datazone:BatchDeleteLinkedTypes}: Write; on domain. */
  public static final Action BATCH_DELETE_LINKED_TYPES = Action.of(PREFIX, "BatchDeleteLinkedTypes");

  /** {@code datazone:BatchGetAttributesMetadata}: Read; on no resource type (give {@code *}). */
  public static final Action BATCH_GET_ATTRIBUTES_METADATA = Action.of(PREFIX, "BatchGetAttributesMetadata");

  /** {@code datazone:BatchGetCell}: Read; on no resource type (give {@code *}). */
  public static final Action BATCH_GET_CELL = Action.of(PREFIX, "BatchGetCell");

  /** {@code datazone:BatchGetCellRun}: Read; on no resource type (give {@code *}). */
  public static final Action BATCH_GET_CELL_RUN = Action.of(PREFIX, "BatchGetCellRun");

  /** {@code datazone:BatchPutAttributesMetadata}: Write; on no resource type (give {@code *}). */
  public static final Action BATCH_PUT_ATTRIBUTES_METADATA = Action.of(PREFIX, "BatchPutAttributesMetadata");

  /** {@code datazone:BatchPutLinkedTypes}: Write; on domain. */
  public static final Action BATCH_PUT_LINKED_TYPES = Action.of(PREFIX, "BatchPutLinkedTypes");

  /** {@code datazone:CancelMetadataGenerationRun}: Write; on no resource type (give {@code *}). */
  public static final Action CANCEL_METADATA_GENERATION_RUN = Action.of(PREFIX, "CancelMetadataGenerationRun");

  /** {@code datazone:CancelSubscription}: Write; on no resource type (give {@code *}). */
  public static final Action CANCEL_SUBSCRIPTION = Action.of(PREFIX, "CancelSubscription");

  /** {@code datazone:CreateAccountPool}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_ACCOUNT_POOL = Action.of(PREFIX, "CreateAccountPool");

  /** {@code datazone:CreateAsset}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_ASSET = Action.of(PREFIX, "CreateAsset");

  /** {@code datazone:CreateAssetFilter}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_ASSET_FILTER = Action.of(PREFIX, "CreateAssetFilter");

  /** {@code datazone:CreateAssetRevision}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_ASSET_REVISION = Action.of(PREFIX, "CreateAssetRevision");

  /** {@code datazone:CreateAssetType}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_ASSET_TYPE = Action.of(PREFIX, "CreateAssetType");

  /** {@code datazone:CreateCell}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_CELL = Action.of(PREFIX, "CreateCell");

  /** {@code datazone:CreateCellRun}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_CELL_RUN = Action.of(PREFIX, "CreateCellRun");

  /** {@code datazone:CreateConnection}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_CONNECTION = Action.of(PREFIX, "CreateConnection");

  /** {@code datazone:CreateDataProduct}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_DATA_PRODUCT = Action.of(PREFIX, "CreateDataProduct");

  /** {@code datazone:CreateDataProductRevision}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_DATA_PRODUCT_REVISION = Action.of(PREFIX, "CreateDataProductRevision");

  /** {@code datazone:CreateDataSource}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_DATA_SOURCE = Action.of(PREFIX, "CreateDataSource");

  /** {@code datazone:CreateDomain}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_DOMAIN = Action.of(PREFIX, "CreateDomain");

  /** {@code datazone:CreateDomainUnit}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_DOMAIN_UNIT = Action.of(PREFIX, "CreateDomainUnit");

  /** {@code datazone:CreateEnvironment}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_ENVIRONMENT = Action.of(PREFIX, "CreateEnvironment");

  /** {@code datazone:CreateEnvironmentAction}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_ENVIRONMENT_ACTION = Action.of(PREFIX, "CreateEnvironmentAction");

  /** {@code datazone:CreateEnvironmentBlueprint}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_ENVIRONMENT_BLUEPRINT = Action.of(PREFIX, "CreateEnvironmentBlueprint");

  /** {@code datazone:CreateEnvironmentProfile}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_ENVIRONMENT_PROFILE = Action.of(PREFIX, "CreateEnvironmentProfile");

  /** {@code datazone:CreateFormType}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_FORM_TYPE = Action.of(PREFIX, "CreateFormType");

  /** {@code datazone:CreateGlossary}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_GLOSSARY = Action.of(PREFIX, "CreateGlossary");

  /** {@code datazone:CreateGlossaryTerm}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_GLOSSARY_TERM = Action.of(PREFIX, "CreateGlossaryTerm");

  /** {@code datazone:CreateGroupProfile}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_GROUP_PROFILE = Action.of(PREFIX, "CreateGroupProfile");

  /** {@code datazone:CreateListingChangeSet}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_LISTING_CHANGE_SET = Action.of(PREFIX, "CreateListingChangeSet");

  /** {@code datazone:CreateNotebook}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_NOTEBOOK = Action.of(PREFIX, "CreateNotebook");

  /** {@code datazone:CreateProject}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_PROJECT = Action.of(PREFIX, "CreateProject");

  /** {@code datazone:CreateProjectMembership}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_PROJECT_MEMBERSHIP = Action.of(PREFIX, "CreateProjectMembership");

  /** {@code datazone:CreateProjectProfile}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_PROJECT_PROFILE = Action.of(PREFIX, "CreateProjectProfile");

  /** {@code datazone:CreateRule}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_RULE = Action.of(PREFIX, "CreateRule");

  /** {@code datazone:CreateSubscriptionGrant}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_SUBSCRIPTION_GRANT = Action.of(PREFIX, "CreateSubscriptionGrant");

  /** {@code datazone:CreateSubscriptionRequest}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_SUBSCRIPTION_REQUEST = Action.of(PREFIX, "CreateSubscriptionRequest");

  /** {@code datazone:CreateSubscriptionTarget}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_SUBSCRIPTION_TARGET = Action.of(PREFIX, "CreateSubscriptionTarget");

  /** {@code datazone:CreateUserProfile}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_USER_PROFILE = Action.of(PREFIX, "CreateUserProfile");

  /** {@code datazone:DeleteAccountPool}: Write; on no resource type (give {@code *}). */
  public static final Action DELETE_ACCOUNT_POOL = Action.of(PREFIX, "DeleteAccountPool");

  /** {@code datazone:DeleteAsset}: Write; on no resource type (give {@code *}). */
  public static final Action DELETE_ASSET = Action.of(PREFIX, "DeleteAsset");

  /** {@code datazone:DeleteAssetFilter}: Write; on no resource type (give {@code *}). */
  public static final Action DELETE_ASSET_FILTER = Action.of(PREFIX, "DeleteAssetFilter");

  /** {@code datazone:DeleteAssetType}: Write; on no resource type (give {@code *}). */
  public static final Action DELETE_ASSET_TYPE = Action.of(PREFIX, "DeleteAssetType");

  /** {@code datazone:DeleteCell}: Write; on no resource type (give {@code *}). */
  public static final Action DELETE_CELL = Action.of(PREFIX, "DeleteCell");

  /** {@code datazone:DeleteCellRun}: Write; on no resource type (give {@code *}). */
  public static final Action DELETE_CELL_RUN = Action.of(PREFIX, "DeleteCellRun");

  /** {@code datazone:DeleteConnection}: Write; on no resource type (give {@code *}). */
  public static final Action DELETE_CONNECTION = Action.of(PREFIX, "DeleteConnection");

  /** {@code datazone:DeleteDataExportConfiguration}: Write; on no resource type (give {@code *}). */
  public static final Action DELETE_DATA_EXPORT_CONFIGURATION = Action.of(PREFIX, "DeleteDataExportConfiguration");

  /** {@code datazone:DeleteDataProduct}: Write; on no resource type (give {@code *}). */
  public static final Action DELETE_DATA_PRODUCT = Action.of(PREFIX, "DeleteDataProduct");

  /** {@code datazone:DeleteDataSource}: Write; on no resource type (give {@code *}). */
  public static final Action DELETE_DATA_SOURCE = Action.of(PREFIX, "DeleteDataSource");

  /** {@code datazone:DeleteDomain}: Write; on domain. */
  public static final Action DELETE_DOMAIN = Action.of(PREFIX, "DeleteDomain");

  /** {@code datazone:DeleteDomainSharingPolicy}: Permissions management; on no resource type (give {@code *}). */
  public static final Action DELETE_DOMAIN_SHARING_POLICY = Action.of(PREFIX, "DeleteDomainSharingPolicy");

  /** {@code datazone:DeleteDomainUnit}: Write; on no resource type (give {@code *}). */
  public static final Action DELETE_DOMAIN_UNIT = Action.of(PREFIX, "DeleteDomainUnit");

  /** {@code datazone:DeleteEnvironment}: Write; on no resource type (give {@code *}). */
  public static final Action DELETE_ENVIRONMENT = Action.of(PREFIX, "DeleteEnvironment");

  /** {@code datazone:DeleteEnvironmentAction}: Write; on no resource type (give {@code *}). */
  public static final Action DELETE_ENVIRONMENT_ACTION = Action.of(PREFIX, "DeleteEnvironmentAction");

  /** {@code datazone:DeleteEnvironmentBlueprint}: Write; on no resource type (give {@code *}). */
  public static final Action DELETE_ENVIRONMENT_BLUEPRINT = Action.of(PREFIX, "DeleteEnvironmentBlueprint");

  /** {@code datazone:DeleteEnvironmentBlueprintConfiguration}: Write; on no resource type (give {@code *}). */
  public static final Action DELETE_ENVIRONMENT_BLUEPRINT_CONFIGURATION = Action.of(PREFIX, "DeleteEnvironmentBlueprintConfiguration");

  /** {@code datazone:DeleteEnvironmentProfile}: Write; on no resource type (give {@code *}). */
  public static final Action DELETE_ENVIRONMENT_PROFILE = Action.of(PREFIX, "DeleteEnvironmentProfile");

  /** {@code datazone:DeleteFormType}: Write; on no resource type (give {@code *}). */
  public static final Action DELETE_FORM_TYPE = Action.of(PREFIX, "DeleteFormType");

  /** {@code datazone:DeleteGlossary}: Write; on no resource type (give {@code *}). */
  public static final Action DELETE_GLOSSARY = Action.of(PREFIX, "DeleteGlossary");

  /** {@code datazone:DeleteGlossaryTerm}: Write; on no resource type (give {@code *}). */
  public static final Action DELETE_GLOSSARY_TERM = Action.of(PREFIX, "DeleteGlossaryTerm");

  /** {@code datazone:DeleteListing}: Write; on no resource type (give {@code *}). */
  public static final Action DELETE_LISTING = Action.of(PREFIX, "DeleteListing");

  /** {@code datazone:DeleteNotebook}: Write; on no resource type (give {@code *}). */
  public static final Action DELETE_NOTEBOOK = Action.of(PREFIX, "DeleteNotebook");

  /** {@code datazone:DeleteProject}: Write; on no resource type (give {@code *}). */
  public static final Action DELETE_PROJECT = Action.of(PREFIX, "DeleteProject");

  /** {@code datazone:DeleteProjectMembership}: Write; on no resource type (give {@code *}). */
  public static final Action DELETE_PROJECT_MEMBERSHIP = Action.of(PREFIX, "DeleteProjectMembership");

  /** {@code datazone:DeleteProjectProfile}: Write; on no resource type (give {@code *}). */
  public static final Action DELETE_PROJECT_PROFILE = Action.of(PREFIX, "DeleteProjectProfile");

  /** {@code datazone:DeleteRule}: Write; on no resource type (give {@code *}). */
  public static final Action DELETE_RULE = Action.of(PREFIX, "DeleteRule");

  /** {@code datazone:DeleteSubscriptionGrant}: Write; on no resource type (give {@code *}). */
  public static final Action DELETE_SUBSCRIPTION_GRANT = Action.of(PREFIX, "DeleteSubscriptionGrant");

  /** {@code datazone:DeleteSubscriptionRequest}: Write; on no resource type (give {@code *}). */
  public static final Action DELETE_SUBSCRIPTION_REQUEST = Action.of(PREFIX, "DeleteSubscriptionRequest");

  /** {@code datazone:DeleteSubscriptionTarget}: Write; on no resource type (give {@code *}). */
  public static final Action DELETE_SUBSCRIPTION_TARGET = Action.of(PREFIX, "DeleteSubscriptionTarget");

  /** {@code datazone:DeleteTimeSeriesDataPoints}: Write; on no resource type (give {@code *}). */
  public static final Action DELETE_TIME_SERIES_DATA_POINTS = Action.of(PREFIX, "DeleteTimeSeriesDataPoints");

  /** {@code datazone:DisassociateEnvironmentRole}: Write; on no resource type (give {@code *}). */
  public static final Action DISASSOCIATE_ENVIRONMENT_ROLE = Action.of(PREFIX, "DisassociateEnvironmentRole");

  /** {@code datazone:DisassociateGovernedTerms}: Write; on no resource type (give {@code *}). */
  public static final Action DISASSOCIATE_GOVERNED_TERMS = Action.of(PREFIX, "DisassociateGovernedTerms");

  /** {@code datazone:GenerateCode}: Write; on no resource type (give {@code *}). */
  public static final Action GENERATE_CODE = Action.of(PREFIX, "GenerateCode");

  /** {@code datazone:GetAccountPool}: Read; on no resource type (give {@code *}). */
  public static final Action GET_ACCOUNT_POOL = Action.of(PREFIX, "GetAccountPool");

  /** {@code datazone:GetAsset}: Read; on no resource type (give {@code *}). */
  public static final Action GET_ASSET = Action.of(PREFIX, "GetAsset");

  /** {@code datazone:GetAssetFilter}: Read; on no resource type (give {@code *}). */
  public static final Action GET_ASSET_FILTER = Action.of(PREFIX, "GetAssetFilter");

  /** {@code datazone:GetAssetType}: Read; on no resource type (give {@code *}). */
  public static final Action GET_ASSET_TYPE = Action.of(PREFIX, "GetAssetType");

  /** {@code datazone:GetCell}: Read; on no resource type (give {@code *}). */
  public static final Action GET_CELL = Action.of(PREFIX, "GetCell");

  /** {@code datazone:GetCellRun}: Read; on no resource type (give {@code *}). */
  public static final Action GET_CELL_RUN = Action.of(PREFIX, "GetCellRun");

  /** {@code datazone:GetCellRunResult}: Read; on no resource type (give {@code *}). */
  public static final Action GET_CELL_RUN_RESULT = Action.of(PREFIX, "GetCellRunResult");

  /** {@code datazone:GetConnection}: Read; on no resource type (give {@code *}). */
  public static final Action GET_CONNECTION = Action.of(PREFIX, "GetConnection");

  /** {@code datazone:GetConversation}: Read; on no resource type (give {@code *}). */
  public static final Action GET_CONVERSATION = Action.of(PREFIX, "GetConversation");

  /** {@code datazone:GetDataExportConfiguration}: Read; on no resource type (give {@code *}). */
  public static final Action GET_DATA_EXPORT_CONFIGURATION = Action.of(PREFIX, "GetDataExportConfiguration");

  /** {@code datazone:GetDataProduct}: Read; on no resource type (give {@code *}). */
  public static final Action GET_DATA_PRODUCT = Action.of(PREFIX, "GetDataProduct");

  /** {@code datazone:GetDataSource}: Read; on no resource type (give {@code *}). */
  public static final Action GET_DATA_SOURCE = Action.of(PREFIX, "GetDataSource");

  /** {@code datazone:GetDataSourceRun}: Read; on no resource type (give {@code *}). */
  public static final Action GET_DATA_SOURCE_RUN = Action.of(PREFIX, "GetDataSourceRun");

  /** {@code datazone:GetDomain}: Read; on domain. */
  public static final Action GET_DOMAIN = Action.of(PREFIX, "GetDomain");

  /** {@code datazone:GetDomainExecutionRoleCredentials}: Read; on no resource type (give {@code *}). */
  public static final Action GET_DOMAIN_EXECUTION_ROLE_CREDENTIALS = Action.of(PREFIX, "GetDomainExecutionRoleCredentials");

  /** {@code datazone:GetDomainSharingPolicy}: Read; on no resource type (give {@code *}). */
  public static final Action GET_DOMAIN_SHARING_POLICY = Action.of(PREFIX, "GetDomainSharingPolicy");

  /** {@code datazone:GetDomainUnit}: Read; on no resource type (give {@code *}). */
  public static final Action GET_DOMAIN_UNIT = Action.of(PREFIX, "GetDomainUnit");

  /** {@code datazone:GetEnvironment}: Read; on no resource type (give {@code *}). */
  public static final Action GET_ENVIRONMENT = Action.of(PREFIX, "GetEnvironment");

  /** {@code datazone:GetEnvironmentAction}: Read; on no resource type (give {@code *}). */
  public static final Action GET_ENVIRONMENT_ACTION = Action.of(PREFIX, "GetEnvironmentAction");

  /** {@code datazone:GetEnvironmentActionLink}: Read; on no resource type (give {@code *}). */
  public static final Action GET_ENVIRONMENT_ACTION_LINK = Action.of(PREFIX, "GetEnvironmentActionLink");

  /** {@code datazone:GetEnvironmentBlueprint}: Read; on no resource type (give {@code *}). */
  public static final Action GET_ENVIRONMENT_BLUEPRINT = Action.of(PREFIX, "GetEnvironmentBlueprint");

  /** {@code datazone:GetEnvironmentBlueprintConfiguration}: Read; on no resource type (give {@code *}). */
  public static final Action GET_ENVIRONMENT_BLUEPRINT_CONFIGURATION = Action.of(PREFIX, "GetEnvironmentBlueprintConfiguration");

  /** {@code datazone:GetEnvironmentCredentials}: Read; on no resource type (give {@code *}). */
  public static final Action GET_ENVIRONMENT_CREDENTIALS = Action.of(PREFIX, "GetEnvironmentCredentials");

  /** {@code datazone:GetEnvironmentProfile}: Read; on no resource type (give {@code *}). */
  public static final Action GET_ENVIRONMENT_PROFILE = Action.of(PREFIX, "GetEnvironmentProfile");

  /** {@code datazone:GetFormType}: Read; on no resource type (give {@code *}). */
  public static final Action GET_FORM_TYPE = Action.of(PREFIX, "GetFormType");

  /** {@code datazone:GetGlossary}: Read; on no resource type (give {@code *}). */
  public static final Action GET_GLOSSARY = Action.of(PREFIX, "GetGlossary");

  /** {@code datazone:GetGlossaryTerm}: Read; on no resource type (give {@code *}). */
  public static final Action GET_GLOSSARY_TERM = Action.of(PREFIX, "GetGlossaryTerm");

  /** {@code datazone:GetGroupProfile}: Read; on no resource type (give {@code *}). */
  public static final Action GET_GROUP_PROFILE = Action.of(PREFIX, "GetGroupProfile");

  /** {@code datazone:GetIamPortalLoginUrl}: Permissions management; on no resource type (give {@code *}). */
  public static final Action GET_IAM_PORTAL_LOGIN_URL = Action.of(PREFIX, "GetIamPortalLoginUrl");

  /** {@code datazone:GetJobRun}: Read; on no resource type (give {@code *}). */
  public static final Action GET_JOB_RUN = Action.of(PREFIX, "GetJobRun");

  /** {@code datazone:GetLineageEvent}: Read; on no resource type (give {@code *}). */
  public static final Action GET_LINEAGE_EVENT = Action.of(PREFIX, "GetLineageEvent");

  /** {@code datazone:GetLineageNode}: Read; on no resource type (give {@code *}). */
  public static final Action GET_LINEAGE_NODE = Action.of(PREFIX, "GetLineageNode");

  /** {@code datazone:GetListing}: Read; on no resource type (give {@code *}). */
  public static final Action GET_LISTING = Action.of(PREFIX, "GetListing");

  /** {@code datazone:GetMetadataGenerationRun}: Read; on no resource type (give {@code *}). */
  public static final Action GET_METADATA_GENERATION_RUN = Action.of(PREFIX, "GetMetadataGenerationRun");

  /** {@code datazone:GetNotebook}: Read; on no resource type (give {@code *}). */
  public static final Action GET_NOTEBOOK = Action.of(PREFIX, "GetNotebook");

  /** {@code datazone:GetNotebookCompute}: Read; on no resource type (give {@code *}). */
  public static final Action GET_NOTEBOOK_COMPUTE = Action.of(PREFIX, "GetNotebookCompute");

  /** {@code datazone:GetNotebookExport}: Read; on no resource type (give {@code *}). */
  public static final Action GET_NOTEBOOK_EXPORT = Action.of(PREFIX, "GetNotebookExport");

  /** {@code datazone:GetProject}: Read; on no resource type (give {@code *}). */
  public static final Action GET_PROJECT = Action.of(PREFIX, "GetProject");

  /** {@code datazone:GetProjectProfile}: Read; on no resource type (give {@code *}). */
  public static final Action GET_PROJECT_PROFILE = Action.of(PREFIX, "GetProjectProfile");

  /** {@code datazone:GetRule}: Read; on no resource type (give {@code *}). */
  public static final Action GET_RULE = Action.of(PREFIX, "GetRule");

  /** {@code datazone:GetSubscription}: Read; on no resource type (give {@code *}). */
  public static final Action GET_SUBSCRIPTION = Action.of(PREFIX, "GetSubscription");

  /** {@code datazone:GetSubscriptionEligibility}: Read; on no resource type (give {@code *}). */
  public static final Action GET_SUBSCRIPTION_ELIGIBILITY = Action.of(PREFIX, "GetSubscriptionEligibility");

  /** {@code datazone:GetSubscriptionGrant}: Read; on no resource type (give {@code *}). */
  public static final Action GET_SUBSCRIPTION_GRANT = Action.of(PREFIX, "GetSubscriptionGrant");

  /** {@code datazone:GetSubscriptionRequestDetails}: Read; on no resource type (give {@code *}). */
  public static final Action GET_SUBSCRIPTION_REQUEST_DETAILS = Action.of(PREFIX, "GetSubscriptionRequestDetails");

  /** {@code datazone:GetSubscriptionTarget}: Read; on no resource type (give {@code *}). */
  public static final Action GET_SUBSCRIPTION_TARGET = Action.of(PREFIX, "GetSubscriptionTarget");

  /** {@code datazone:GetTimeSeriesDataPoint}: Read; on no resource type (give {@code *}). */
  public static final Action GET_TIME_SERIES_DATA_POINT = Action.of(PREFIX, "GetTimeSeriesDataPoint");

  /** {@code datazone:GetUpdateEligibility}: Read; on no resource type (give {@code *}). */
  public static final Action GET_UPDATE_ELIGIBILITY = Action.of(PREFIX, "GetUpdateEligibility");

  /** {@code datazone:GetUserProfile}: Read; on no resource type (give {@code *}). */
  public static final Action GET_USER_PROFILE = Action.of(PREFIX, "GetUserProfile");

  /** {@code datazone:ListAccountEnvironments}: List; on no resource type (give {@code *}). */
  public static final Action LIST_ACCOUNT_ENVIRONMENTS = Action.of(PREFIX, "ListAccountEnvironments");

  /** {@code datazone:ListAccountPools}: List; on no resource type (give {@code *}). */
  public static final Action LIST_ACCOUNT_POOLS = Action.of(PREFIX, "ListAccountPools");

  /** {@code datazone:ListAccountsInAccountPool}: List; on no resource type (give {@code *}). */
  public static final Action LIST_ACCOUNTS_IN_ACCOUNT_POOL = Action.of(PREFIX, "ListAccountsInAccountPool");

  /** {@code datazone:ListAssetFilters}: List; on no resource type (give {@code *}). */
  public static final Action LIST_ASSET_FILTERS = Action.of(PREFIX, "ListAssetFilters");

  /** {@code datazone:ListAssetRevisions}: List; on no resource type (give {@code *}). */
  public static final Action LIST_ASSET_REVISIONS = Action.of(PREFIX, "ListAssetRevisions");

  /** {@code datazone:ListCellRuns}: List; on no resource type (give {@code *}). */
  public static final Action LIST_CELL_RUNS = Action.of(PREFIX, "ListCellRuns");

  /** {@code datazone:ListConnections}: List; on no resource type (give {@code *}). */
  public static final Action LIST_CONNECTIONS = Action.of(PREFIX, "ListConnections");

  /** {@code datazone:ListConversations}: List; on no resource type (give {@code *}). */
  public static final Action LIST_CONVERSATIONS = Action.of(PREFIX, "ListConversations");

  /** {@code datazone:ListDataProductRevisions}: List; on no resource type (give {@code *}). */
  public static final Action LIST_DATA_PRODUCT_REVISIONS = Action.of(PREFIX, "ListDataProductRevisions");

  /** {@code datazone:ListDataSourceRunActivities}: List; on no resource type (give {@code *}). */
  public static final Action LIST_DATA_SOURCE_RUN_ACTIVITIES = Action.of(PREFIX, "ListDataSourceRunActivities");

  /** {@code datazone:ListDataSourceRuns}: List; on no resource type (give {@code *}). */
  public static final Action LIST_DATA_SOURCE_RUNS = Action.of(PREFIX, "ListDataSourceRuns");

  /** {@code datazone:ListDataSources}: List; on no resource type (give {@code *}). */
  public static final Action LIST_DATA_SOURCES = Action.of(PREFIX, "ListDataSources");

  /** {@code datazone:ListDomainUnitsForParent}: List; on no resource type (give {@code *}). */
  public static final Action LIST_DOMAIN_UNITS_FOR_PARENT = Action.of(PREFIX, "ListDomainUnitsForParent");

  /** {@code datazone:ListDomains}: List; on no resource type (give {@code *}). */
  public static final Action LIST_DOMAINS = Action.of(PREFIX, "ListDomains");

  /** {@code datazone:ListEntityOwners}: List; on no resource type (give {@code *}). */
  public static final Action LIST_ENTITY_OWNERS = Action.of(PREFIX, "ListEntityOwners");

  /** {@code datazone:ListEnvironmentActions}: List; on no resource type (give {@code *}). */
  public static final Action LIST_ENVIRONMENT_ACTIONS = Action.of(PREFIX, "ListEnvironmentActions");

  /** {@code datazone:ListEnvironmentBlueprintConfigurationSummaries}: List; on no resource type (give {@code *}). */
  public static final Action LIST_ENVIRONMENT_BLUEPRINT_CONFIGURATION_SUMMARIES = Action.of(PREFIX, "ListEnvironmentBlueprintConfigurationSummaries");

  /** {@code datazone:ListEnvironmentBlueprintConfigurations}: List; on no resource type (give {@code *}). */
  public static final Action LIST_ENVIRONMENT_BLUEPRINT_CONFIGURATIONS = Action.of(PREFIX, "ListEnvironmentBlueprintConfigurations");

  /** {@code datazone:ListEnvironmentBlueprints}: List; on no resource type (give {@code *}). */
  public static final Action LIST_ENVIRONMENT_BLUEPRINTS = Action.of(PREFIX, "ListEnvironmentBlueprints");

  /** {@code datazone:ListEnvironmentProfiles}: List; on no resource type (give {@code *}). */
  public static final Action LIST_ENVIRONMENT_PROFILES = Action.of(PREFIX, "ListEnvironmentProfiles");

  /** {@code datazone:ListEnvironments}: List; on no resource type (give {@code *}). */
  public static final Action LIST_ENVIRONMENTS = Action.of(PREFIX, "ListEnvironments");

  /** {@code datazone:ListGroupsForUser}: List; on no resource type (give {@code *}). */
  public static final Action LIST_GROUPS_FOR_USER = Action.of(PREFIX, "ListGroupsForUser");

  /** {@code datazone:ListJobRuns}: List; on no resource type (give {@code *}). */
  public static final Action LIST_JOB_RUNS = Action.of(PREFIX, "ListJobRuns");

  /** {@code datazone:ListLineageEvents}: List; on no resource type (give {@code *}). */
  public static final Action LIST_LINEAGE_EVENTS = Action.of(PREFIX, "ListLineageEvents");

  /** {@code datazone:ListLineageNodeHistory}: List; on no resource type (give {@code *}). */
  public static final Action LIST_LINEAGE_NODE_HISTORY = Action.of(PREFIX, "ListLineageNodeHistory");

  /** {@code datazone:ListLinkedTypes}: List; on domain. */
  public static final Action LIST_LINKED_TYPES = Action.of(PREFIX, "ListLinkedTypes");

  /** {@code datazone:ListMetadataGenerationRuns}: List; on no resource type (give {@code *}). */
  public static final Action LIST_METADATA_GENERATION_RUNS = Action.of(PREFIX, "ListMetadataGenerationRuns");

  /** {@code datazone:ListNotebooks}: List; on no resource type (give {@code *}). */
  public static final Action LIST_NOTEBOOKS = Action.of(PREFIX, "ListNotebooks");

  /** {@code datazone:ListNotifications}: List; on no resource type (give {@code *}). */
  public static final Action LIST_NOTIFICATIONS = Action.of(PREFIX, "ListNotifications");

  /** {@code datazone:ListPolicyGrants}: List; on no resource type (give {@code *}). */
  public static final Action LIST_POLICY_GRANTS = Action.of(PREFIX, "ListPolicyGrants");

  /** {@code datazone:ListProjectMemberships}: List; on no resource type (give {@code *}). */
  public static final Action LIST_PROJECT_MEMBERSHIPS = Action.of(PREFIX, "ListProjectMemberships");

  /** {@code datazone:ListProjectProfiles}: List; on no resource type (give {@code *}). */
  public static final Action LIST_PROJECT_PROFILES = Action.of(PREFIX, "ListProjectProfiles");

  /** {@code datazone:ListProjects}: List; on no resource type (give {@code *}). */
  public static final Action LIST_PROJECTS = Action.of(PREFIX, "ListProjects");

  /** {@code datazone:ListRules}: List; on no resource type (give {@code *}). */
  public static final Action LIST_RULES = Action.of(PREFIX, "ListRules");

  /** {@code datazone:ListSubscriptionGrants}: List; on no resource type (give {@code *}). */
  public static final Action LIST_SUBSCRIPTION_GRANTS = Action.of(PREFIX, "ListSubscriptionGrants");

  /** {@code datazone:ListSubscriptionRequests}: List; on no resource type (give {@code *}). */
  public static final Action LIST_SUBSCRIPTION_REQUESTS = Action.of(PREFIX, "ListSubscriptionRequests");

  /** {@code datazone:ListSubscriptionTargets}: List; on no resource type (give {@code *}). */
  public static final Action LIST_SUBSCRIPTION_TARGETS = Action.of(PREFIX, "ListSubscriptionTargets");

  /** {@code datazone:ListSubscriptions}: List; on no resource type (give {@code *}). */
  public static final Action LIST_SUBSCRIPTIONS = Action.of(PREFIX, "ListSubscriptions");

  /** {@code datazone:ListTagsForResource}: Read; on domain. */
  public static final Action LIST_TAGS_FOR_RESOURCE = Action.of(PREFIX, "ListTagsForResource");

  /** {@code datazone:ListTimeSeriesDataPoints}: List; on no resource type (give {@code *}). */
  public static final Action LIST_TIME_SERIES_DATA_POINTS = Action.of(PREFIX, "ListTimeSeriesDataPoints");

  /** {@code datazone:ListWarehouseMetadata}: List; on no resource type (give {@code *}). */
  public static final Action LIST_WAREHOUSE_METADATA = Action.of(PREFIX, "ListWarehouseMetadata");

  /** {@code datazone:PostLineageEvent}: Write; on no resource type (give {@code *}). */
  public static final Action POST_LINEAGE_EVENT = Action.of(PREFIX, "PostLineageEvent");

  /** {@code datazone:PostTimeSeriesDataPoints}: Write; on no resource type (give {@code *}). */
  public static final Action POST_TIME_SERIES_DATA_POINTS = Action.of(PREFIX, "PostTimeSeriesDataPoints");

  /** {@code datazone:ProvisionDomain}: Write; on no resource type (give {@code *}). */
  public static final Action PROVISION_DOMAIN = Action.of(PREFIX, "ProvisionDomain");

  /** {@code datazone:PutCellRunResult}: Write; on no resource type (give {@code *}). */
  public static final Action PUT_CELL_RUN_RESULT = Action.of(PREFIX, "PutCellRunResult");

  /** {@code datazone:PutDataExportConfiguration}: Write; on no resource type (give {@code *}). */
  public static final Action PUT_DATA_EXPORT_CONFIGURATION = Action.of(PREFIX, "PutDataExportConfiguration");

  /** {@code datazone:PutDomainSharingPolicy}: Permissions management; on no resource type (give {@code *}). */
  public static final Action PUT_DOMAIN_SHARING_POLICY = Action.of(PREFIX, "PutDomainSharingPolicy");

  /** {@code datazone:PutEnvironmentBlueprintConfiguration}: Write; on no resource type (give {@code *}). */
  public static final Action PUT_ENVIRONMENT_BLUEPRINT_CONFIGURATION = Action.of(PREFIX, "PutEnvironmentBlueprintConfiguration");

  /** {@code datazone:QueryGraph}: List; on no resource type (give {@code *}). */
  public static final Action QUERY_GRAPH = Action.of(PREFIX, "QueryGraph");

  /** {@code datazone:RefreshToken}: Write; on no resource type (give {@code *}). */
  public static final Action REFRESH_TOKEN = Action.of(PREFIX, "RefreshToken");

  /** {@code datazone:RejectPredictions}: Write; on no resource type (give {@code *}). */
  public static final Action REJECT_PREDICTIONS = Action.of(PREFIX, "RejectPredictions");

  /** {@code datazone:RejectSubscriptionRequest}: Write; on no resource type (give {@code *}). */
  public static final Action REJECT_SUBSCRIPTION_REQUEST = Action.of(PREFIX, "RejectSubscriptionRequest");

  /** {@code datazone:RemoveEntityOwner}: Write; on no resource type (give {@code *}). */
  public static final Action REMOVE_ENTITY_OWNER = Action.of(PREFIX, "RemoveEntityOwner");

  /** {@code datazone:RemovePolicyGrant}: Permissions management; on no resource type (give {@code *}). */
  public static final Action REMOVE_POLICY_GRANT = Action.of(PREFIX, "RemovePolicyGrant");

  /** {@code datazone:RevokeSubscription}: Permissions management; on no resource type (give {@code *}). */
  public static final Action REVOKE_SUBSCRIPTION = Action.of(PREFIX, "RevokeSubscription");

  /** {@code datazone:Search}: List; on no resource type (give {@code *}). */
  public static final Action SEARCH = Action.of(PREFIX, "Search");

  /** {@code datazone:SearchGroupProfiles}: List; on no resource type (give {@code *}). */
  public static final Action SEARCH_GROUP_PROFILES = Action.of(PREFIX, "SearchGroupProfiles");

  /** {@code datazone:SearchListings}: List; on no resource type (give {@code *}). */
  public static final Action SEARCH_LISTINGS = Action.of(PREFIX, "SearchListings");

  /** {@code datazone:SearchRules}: List; on no resource type (give {@code *}). */
  public static final Action SEARCH_RULES = Action.of(PREFIX, "SearchRules");

  /** {@code datazone:SearchTypes}: List; on no resource type (give {@code *}). */
  public static final Action SEARCH_TYPES = Action.of(PREFIX, "SearchTypes");

  /** {@code datazone:SearchUserProfiles}: List; on no resource type (give {@code *}). */
  public static final Action SEARCH_USER_PROFILES = Action.of(PREFIX, "SearchUserProfiles");

  /** {@code datazone:SendMessage}: Write; on no resource type (give {@code *}). */
  public static final Action SEND_MESSAGE = Action.of(PREFIX, "SendMessage");

  /** {@code datazone:SsoLogin}: Write; on no resource type (give {@code *}). */
  public static final Action SSO_LOGIN = Action.of(PREFIX, "SsoLogin");

  /** {@code datazone:SsoLogout}: Write; on no resource type (give {@code *}). */
  public static final Action SSO_LOGOUT = Action.of(PREFIX, "SsoLogout");

  /** {@code datazone:StartAccountBootstrapAction}: Write; on no resource type (give {@code *}). */
  public static final Action START_ACCOUNT_BOOTSTRAP_ACTION = Action.of(PREFIX, "StartAccountBootstrapAction");

  /** {@code datazone:StartConversation}: Write; on no resource type (give {@code *}). */
  public static final Action START_CONVERSATION = Action.of(PREFIX, "StartConversation");

  /** {@code datazone:StartDataSourceRun}: Write; on no resource type (give {@code *}). */
  public static final Action START_DATA_SOURCE_RUN = Action.of(PREFIX, "StartDataSourceRun");

  /** {@code datazone:StartMetadataGenerationRun}: Write; on no resource type (give {@code *}). */
  public static final Action START_METADATA_GENERATION_RUN = Action.of(PREFIX, "StartMetadataGenerationRun");

  /** {@code datazone:StartNotebookCompute}: Write; on no resource type (give {@code *}). */
  public static final Action START_NOTEBOOK_COMPUTE = Action.of(PREFIX, "StartNotebookCompute");

  /** {@code datazone:StartNotebookExport}: Write; on no resource type (give {@code *}). */
  public static final Action START_NOTEBOOK_EXPORT = Action.of(PREFIX, "StartNotebookExport");

  /** {@code datazone:StartNotebookImport}: Write; on no resource type (give {@code *}). */
  public static final Action START_NOTEBOOK_IMPORT = Action.of(PREFIX, "StartNotebookImport");

  /** {@code datazone:StopMetadataGenerationRun}: Write; on no resource type (give {@code *}). */
  public static final Action STOP_METADATA_GENERATION_RUN = Action.of(PREFIX, "StopMetadataGenerationRun");

  /** {@code datazone:StopNotebookCompute}: Write; on no resource type (give {@code *}). */
  public static final Action STOP_NOTEBOOK_COMPUTE = Action.of(PREFIX, "StopNotebookCompute");

  /** {@code datazone:TagResource}: Tagging; on domain. */
  public static final Action TAG_RESOURCE = Action.of(PREFIX, "TagResource");

  /** {@code datazone:UntagResource}: Tagging; on domain. */
  public static final Action UNTAG_RESOURCE = Action.of(PREFIX, "UntagResource");

  /** {@code datazone:UpdateAccountPool}: Write; on no resource type (give {@code *}). */
  public static final Action UPDATE_ACCOUNT_POOL = Action.of(PREFIX, "UpdateAccountPool");

  /** {@code datazone:UpdateAssetFilter}: Write; on no resource type (give {@code *}). */
  public static final Action UPDATE_ASSET_FILTER = Action.of(PREFIX, "UpdateAssetFilter");

  /** {@code datazone:UpdateCell}: Write; on no resource type (give {@code *}). */
  public static final Action UPDATE_CELL = Action.of(PREFIX, "UpdateCell");

  /** {@code datazone:UpdateCellRun}: Write; on no resource type (give {@code *}). */
  public static final Action UPDATE_CELL_RUN = Action.of(PREFIX, "UpdateCellRun");

  /** {@code datazone:UpdateConnection}: Write; on no resource type (give {@code *}). */
  public static final Action UPDATE_CONNECTION = Action.of(PREFIX, "UpdateConnection");

  /** {@code datazone:UpdateDataSource}: Write; on no resource type (give {@code *}). */
  public static final Action UPDATE_DATA_SOURCE = Action.of(PREFIX, "UpdateDataSource");

  /** {@code datazone:UpdateDataSourceRunActivities}: Write; on no resource type (give {@code *}). */
  public static final Action UPDATE_DATA_SOURCE_RUN_ACTIVITIES = Action.of(PREFIX, "UpdateDataSourceRunActivities");

  /** {@code datazone:UpdateDomain}: Write; on domain. */
  public static final Action UPDATE_DOMAIN = Action.of(PREFIX, "UpdateDomain");

  /** {@code datazone:UpdateDomainUnit}: Write; on no resource type (give {@code *}). */
  public static final Action UPDATE_DOMAIN_UNIT = Action.of(PREFIX, "UpdateDomainUnit");

  /** {@code datazone:UpdateEnvironment}: Write; on no resource type (give {@code *}). */
  public static final Action UPDATE_ENVIRONMENT = Action.of(PREFIX, "UpdateEnvironment");

  /** {@code datazone:UpdateEnvironmentAction}: Write; on no resource type (give {@code *}). */
  public static final Action UPDATE_ENVIRONMENT_ACTION = Action.of(PREFIX, "UpdateEnvironmentAction");

  /** {@code datazone:UpdateEnvironmentBlueprint}: Write; on no resource type (give {@code *}). */
  public static final Action UPDATE_ENVIRONMENT_BLUEPRINT = Action.of(PREFIX, "UpdateEnvironmentBlueprint");

  /** {@code datazone:UpdateEnvironmentConfiguration}: Write; on no resource type (give {@code *}). */
  public static final Action UPDATE_ENVIRONMENT_CONFIGURATION = Action.of(PREFIX, "UpdateEnvironmentConfiguration");

  /** {@code datazone:UpdateEnvironmentDeploymentStatus}: Write; on no resource type (give {@code *}). */
  public static final Action UPDATE_ENVIRONMENT_DEPLOYMENT_STATUS = Action.of(PREFIX, "UpdateEnvironmentDeploymentStatus");

  /** {@code datazone:UpdateEnvironmentProfile}: Write; on no resource type (give {@code *}). */
  public static final Action UPDATE_ENVIRONMENT_PROFILE = Action.of(PREFIX, "UpdateEnvironmentProfile");

  /** {@code datazone:UpdateGlossary}: Write; on no resource type (give {@code *}). */
  public static final Action UPDATE_GLOSSARY = Action.of(PREFIX, "UpdateGlossary");

  /** {@code datazone:UpdateGlossaryTerm}: Write; on no resource type (give {@code *}). */
  public static final Action UPDATE_GLOSSARY_TERM = Action.of(PREFIX, "UpdateGlossaryTerm");

  /** {@code datazone:UpdateGroupProfile}: Write; on no resource type (give {@code *}). */
  public static final Action UPDATE_GROUP_PROFILE = Action.of(PREFIX, "UpdateGroupProfile");

  /** {@code datazone:UpdateNotebook}: Write; on no resource type (give {@code *}). */
  public static final Action UPDATE_NOTEBOOK = Action.of(PREFIX, "UpdateNotebook");

  /** {@code datazone:UpdateProject}: Write; on no resource type (give {@code *}). */
  public static final Action UPDATE_PROJECT = Action.of(PREFIX, "UpdateProject");

  /** {@code datazone:UpdateProjectProfile}: Write; on no resource type (give {@code *}). */
  public static final Action UPDATE_PROJECT_PROFILE = Action.of(PREFIX, "UpdateProjectProfile");

  /** {@code datazone:UpdateRule}: Write; on no resource type (give {@code *}). */
  public static final Action UPDATE_RULE = Action.of(PREFIX, "UpdateRule");

  /** {@code datazone:UpdateSubscriptionGrantStatus}: Write; on no resource type (give {@code *}). */
  public static final Action UPDATE_SUBSCRIPTION_GRANT_STATUS = Action.of(PREFIX, "UpdateSubscriptionGrantStatus");

  /** {@code datazone:UpdateSubscriptionRequest}: Write; on no resource type (give {@code *}). */
  public static final Action UPDATE_SUBSCRIPTION_REQUEST = Action.of(PREFIX, "UpdateSubscriptionRequest");

  /** {@code datazone:UpdateSubscriptionTarget}: Write; on no resource type (give {@code *}). */
  public static final Action UPDATE_SUBSCRIPTION_TARGET = Action.of(PREFIX, "UpdateSubscriptionTarget");

  /** {@code datazone:UpdateUserProfile}: Write; on no resource type (give {@code *}). */
  public static final Action UPDATE_USER_PROFILE = Action.of(PREFIX, "UpdateUserProfile");

  /** {@code datazone:ValidatePassRole}: Write; on no resource type (give {@code *}). */
  public static final Action VALIDATE_PASS_ROLE = Action.of(PREFIX, "ValidatePassRole");

  private Datazone() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
