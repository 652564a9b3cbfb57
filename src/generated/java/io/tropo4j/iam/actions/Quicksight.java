// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of Amazon QuickSight (prefix {@code quicksight}), as the service authorization reference lists them.
 */
public final class Quicksight {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "quicksight";

  /** {@code quicksight:AccountConfigurations}: Write; on no resource type (give {@code *}). */
  public static final Action ACCOUNT_CONFIGURATIONS = Action.of(PREFIX, "AccountConfigurations");

  /** {@code quicksight:AllowVendedLogDeliveryForResource}: Permissions management; on no resource type (give {@code *}). */
  public static final Action ALLOW_VENDED_LOG_DELIVERY_FOR_RESOURCE = Action.of(PREFIX, "AllowVendedLogDeliveryForResource");

  /** {@code quicksight:BatchCreateTopicReviewedAnswer}: Write; on topic. */
  public static final Action BATCH_CREATE_TOPIC_REVIEWED_ANSWER = Action.of(PREFIX, "BatchCreateTopicReviewedAnswer");

  /** {@code quicksight:BatchDeleteTopicReviewedAnswer}: Write; on topic. */
  public static final Action BATCH_DELETE_TOPIC_REVIEWED_ANSWER = Action.of(PREFIX, "BatchDeleteTopicReviewedAnswer");

  /** {@code quicksight:BatchGetPreferences}: Read; on no resource type (give {@code *}). */
  public static final Action BATCH_GET_PREFERENCES = Action.of(PREFIX, "BatchGetPreferences");

  /** {@code quicksight:BatchUpdatePreferences}: Write; on no resource type (give {@code *}). */
  public static final Action BATCH_UPDATE_PREFERENCES = Action.of(PREFIX, "BatchUpdatePreferences");

  /** {@code quicksight:CancelIngestion}: Write; on ingestion. */
  public static final Action CANCEL_INGESTION = Action.of(PREFIX, "CancelIngestion");

  /** {@code quicksight:CreateAccountCustomization}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_ACCOUNT_CUSTOMIZATION = Action.of(PREFIX, "CreateAccountCustomization");

  /** {@code quicksight:CreateAccountSubscription}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_ACCOUNT_SUBSCRIPTION = Action.of(PREFIX, "CreateAccountSubscription");

  /** {@code quicksight:CreateActionConnector}: Write; on actionconnector. */
  public static final Action CREATE_ACTION_CONNECTOR = Action.of(PREFIX, "CreateActionConnector");

  /** {@code quicksight:CreateAdmin}: Permissions management; on user. */
  public static final Action CREATE_ADMIN = Action.of(PREFIX, "CreateAdmin");

  /** {@code quicksight:CreateAnalysis}: Write; on analysis. */
  public static final Action CREATE_ANALYSIS = Action.of(PREFIX, "CreateAnalysis");

  /** {@code quicksight:CreateBrand}: Write; on brand. */
  public static final Action CREATE_BRAND = Action.of(PREFIX, "CreateBrand");

  /** {@code quicksight:CreateCustomPermissions}: Write; on custompermissions. */
  public static final Action CREATE_CUSTOM_PERMISSIONS = Action.of(PREFIX, "CreateCustomPermissions");

  /** {@code quicksight:CreateDashboard}: Write; on dashboard. */
  public static final Action CREATE_DASHBOARD = Action.of(PREFIX, "CreateDashboard");

  /** {@code quicksight:CreateDataSet}: Write; on datasource. */
  public static final Action CREATE_DATA_SET = Action.of(PREFIX, "CreateDataSet");

  /** {@code quicksight:CreateDataSource}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_DATA_SOURCE = Action.of(PREFIX, "CreateDataSource");

  /** {@code quicksight:CreateEmailCustomizationTemplate}: Write; on emailCustomizationTemplate. */
  public static final Action CREATE_EMAIL_CUSTOMIZATION_TEMPLATE = Action.of(PREFIX, "CreateEmailCustomizationTemplate");

  /** {@code quicksight:CreateExtensionAccess}: Write; on extensionaccess. */
  public static final Action CREATE_EXTENSION_ACCESS = Action.of(PREFIX, "CreateExtensionAccess");

  /** {@code quicksight:CreateFolder}: Write; on folder. */
  public static final Action CREATE_FOLDER = Action.of(PREFIX, "CreateFolder");

  /** {@code quicksight:CreateFolderMembership}: Write; on analysis, dashboard, dataset, folder. */
  public static final Action CREATE_FOLDER_MEMBERSHIP = Action.of(PREFIX, "CreateFolderMembership");

  /** {@code quicksight:CreateGroup}: Permissions management; on group. */
  public static final Action CREATE_GROUP = Action.of(PREFIX, "CreateGroup");

  /** {@code quicksight:CreateGroupMembership}: Permissions management; on group. */
  public static final Action CREATE_GROUP_MEMBERSHIP = Action.of(PREFIX, "CreateGroupMembership");

  /** {@code quicksight:CreateIAMPolicyAssignment}: Permissions management; on assignment. */
  public static final Action CREATE_IAM_POLICY_ASSIGNMENT = Action.of(PREFIX, "CreateIAMPolicyAssignment");

  /** {@code quicksight:CreateIngestion}: Write; on ingestion. */
  public static final Action CREATE_INGESTION = Action.of(PREFIX, "CreateIngestion");

  /** {@code quicksight:CreateNamespace}: Write; on namespace. */
  public static final Action CREATE_NAMESPACE = Action.of(PREFIX, "CreateNamespace");

  /** {@code quicksight:CreateReader}: Write; on user. */
  public static final Action CREATE_READER = Action.of(PREFIX, "CreateReader");

  /** {@code quicksight:CreateRefreshSchedule}: Write; on refreshschedule. */
  public static final Action CREATE_REFRESH_SCHEDULE = Action.of(PREFIX, "CreateRefreshSchedule");

  /** {@code quicksight:CreateRoleMembership}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_ROLE_MEMBERSHIP = Action.of(PREFIX, "CreateRoleMembership");

  /** {@code quicksight:CreateTemplate}: Write; on template. */
  public static final Action CREATE_TEMPLATE = Action.of(PREFIX, "CreateTemplate");

  /** {@code quicksight:CreateTemplateAlias}: Write; on template. */
  public static final Action CREATE_TEMPLATE_ALIAS = Action.of(PREFIX, "CreateTemplateAlias");

  /** {@code quicksight:CreateTheme}: Write; on theme. */
  public static final Action CREATE_THEME = Action.of(PREFIX, "CreateTheme");

  /** {@code quicksight:CreateThemeAlias}: Write; on theme. */
  public static final Action CREATE_THEME_ALIAS = Action.of(PREFIX, "CreateThemeAlias");

  /** {@code quicksight:CreateTopic}: Write; on dataset. */
  public static final Action CREATE_TOPIC = Action.of(PREFIX, "CreateTopic");

  /** {@code quicksight:CreateTopicRefreshSchedule}: Write; on topic. */
  public static final Action CREATE_TOPIC_REFRESH_SCHEDULE = Action.of(PREFIX, "CreateTopicRefreshSchedule");

  /** {@code quicksight:CreateUser}: Permissions management; on user. */
  public static final Action CREATE_USER = Action.of(PREFIX, "CreateUser");

  /** {@code quicksight:CreateVPCConnection}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_VPC_CONNECTION = Action.of(PREFIX, "CreateVPCConnection");

  /** {@code quicksight:DeleteAccountCustomPermission}: Write; on no resource type (give {@code *}). */
  public static final Action DELETE_ACCOUNT_CUSTOM_PERMISSION = Action.of(PREFIX, "DeleteAccountCustomPermission");

  /** {@code quicksight:DeleteAccountCustomization}: Write; on customization. */
  public static final Action DELETE_ACCOUNT_CUSTOMIZATION = Action.of(PREFIX, "DeleteAccountCustomization");

  /** {@code quicksight:DeleteAccountSubscription}: Write; on account. */
  public static final Action DELETE_ACCOUNT_SUBSCRIPTION = Action.of(PREFIX, "DeleteAccountSubscription");

  /** {@code quicksight:DeleteActionConnector}: Write; on actionconnector. */
  public static final Action DELETE_ACTION_CONNECTOR = Action.of(PREFIX, "DeleteActionConnector");

  /** {@code quicksight:DeleteAnalysis}: Write; on analysis. */
  public static final Action DELETE_ANALYSIS = Action.of(PREFIX, "DeleteAnalysis");

  /** {@code quicksight:DeleteBrand}: Write; on brand. */
  public static final Action DELETE_BRAND = Action.of(PREFIX, "DeleteBrand");

  /** {@code quicksight:DeleteBrandAssignment}: Write; on no resource type (give {@code *}). */
  public static final Action DELETE_BRAND_ASSIGNMENT = Action.of(PREFIX, "DeleteBrandAssignment");

  /** {@code quicksight:DeleteCustomPermissions}: Write; on no resource type (give {@code *}). */
  public static final Action DELETE_CUSTOM_PERMISSIONS = Action.of(PREFIX, "DeleteCustomPermissions");

  /** {@code quicksight:DeleteDashboard}: Write; on dashboard. */
  public static final Action DELETE_DASHBOARD = Action.of(PREFIX, "DeleteDashboard");

  /** {@code quicksight:DeleteDataSet}: Write; on dataset. */
  public static final Action DELETE_DATA_SET = Action.of(PREFIX, "DeleteDataSet");

  /** {@code quicksight:DeleteDataSetRefreshProperties}: Write; on dataset. */
  public static final Action DELETE_DATA_SET_REFRESH_PROPERTIES = Action.of(PREFIX, "DeleteDataSetRefreshProperties");

  /** {@code quicksight:DeleteDataSource}: Write; on datasource. */
  public static final Action DELETE_DATA_SOURCE = Action.of(PREFIX, "DeleteDataSource");

  /** {@code quicksight:DeleteDefaultQBusinessApplication}: Write; on no resource type (give {@code *}). */
  public static final Action DELETE_DEFAULT_Q_BUSINESS_APPLICATION = Action.of(PREFIX, "DeleteDefaultQBusinessApplication");

  /** {@code quicksight:DeleteEmailCustomizationTemplate}: Write; on emailCustomizationTemplate. */
  public static final Action DELETE_EMAIL_CUSTOMIZATION_TEMPLATE = Action.of(PREFIX, "DeleteEmailCustomizationTemplate");

  /** {@code quicksight:DeleteExtensionAccess}: Write; on extensionaccess. */
  public static final Action DELETE_EXTENSION_ACCESS = Action.of(PREFIX, "DeleteExtensionAccess");

  /** {@code quicksight:DeleteFolder}: Write; on folder. */
  public static final Action DELETE_FOLDER = Action.of(PREFIX, "DeleteFolder");

  /** {@code quicksight:DeleteFolderMembership}: Write; on analysis, dashboard, dataset, folder. */
  public static final Action DELETE_FOLDER_MEMBERSHIP = Action.of(PREFIX, "DeleteFolderMembership");

  /** {@code quicksight:DeleteGroup}: Permissions management; on group. */
  public static final Action DELETE_GROUP = Action.of(PREFIX, "DeleteGroup");

  /** {@code quicksight:DeleteGroupMembership}: Permissions management; on group. */
  public static final Action DELETE_GROUP_MEMBERSHIP = Action.of(PREFIX, "DeleteGroupMembership");

  /** {@code quicksight:DeleteIAMPolicyAssignment}: Permissions management; on assignment. */
  public static final Action DELETE_IAM_POLICY_ASSIGNMENT = Action.of(PREFIX, "DeleteIAMPolicyAssignment");

  /** {@code quicksight:DeleteIdentityPropagationConfig}: Write; on no resource type (give {@code *}). */
  public static final Action DELETE_IDENTITY_PROPAGATION_CONFIG = Action.of(PREFIX, "DeleteIdentityPropagationConfig");

  /** {@code quicksight:DeleteNamespace}: Write; on namespace. */
  public static final Action DELETE_NAMESPACE = Action.of(PREFIX, "DeleteNamespace");

  /** {@code quicksight:DeleteRefreshSchedule}: Write; on refreshschedule. */
  public static final Action DELETE_REFRESH_SCHEDULE = Action.of(PREFIX, "DeleteRefreshSchedule");

  /** {@code quicksight:DeleteRoleCustomPermission}: Write; on no resource type (give {@code *}). */
  public static final Action DELETE_ROLE_CUSTOM_PERMISSION = Action.of(PREFIX, "DeleteRoleCustomPermission");

  /** {@code quicksight:DeleteRoleMembership}: Write; on no resource type (give {@code *}). */
  public static final Action DELETE_ROLE_MEMBERSHIP = Action.of(PREFIX, "DeleteRoleMembership");

  /** {@code quicksight:DeleteTemplate}: Write; on template. */
  public static final Action DELETE_TEMPLATE = Action.of(PREFIX, "DeleteTemplate");

  /** {@code quicksight:DeleteTemplateAlias}: Write; on template. */
  public static final Action DELETE_TEMPLATE_ALIAS = Action.of(PREFIX, "DeleteTemplateAlias");

  /** {@code quicksight:DeleteTheme}: Write; on theme. */
  public static final Action DELETE_THEME = Action.of(PREFIX, "DeleteTheme");

  /** {@code quicksight:DeleteThemeAlias}: Write; on theme. */
  public static final Action DELETE_THEME_ALIAS = Action.of(PREFIX, "DeleteThemeAlias");

  /** {@code quicksight:DeleteTopic}: Write; on topic. */
  public static final Action DELETE_TOPIC = Action.of(PREFIX, "DeleteTopic");

  /** {@code quicksight:DeleteTopicRefreshSchedule}: Write; on topic. */
  public static final Action DELETE_TOPIC_REFRESH_SCHEDULE = Action.of(PREFIX, "DeleteTopicRefreshSchedule");

  /** {@code quicksight:DeleteUser}: Permissions management; on user. */
  public static final Action DELETE_USER = Action.of(PREFIX, "DeleteUser");

  /** {@code quicksight:DeleteUserByPrincipalId}: Permissions management; on user. */
  public static final Action DELETE_USER_BY_PRINCIPAL_ID = Action.of(PREFIX, "DeleteUserByPrincipalId");

  /** {@code quicksight:DeleteUserCustomPermission}: Write; on user. */
  public static final Action DELETE_USER_CUSTOM_PERMISSION = Action.of(PREFIX, "DeleteUserCustomPermission");

  /** {@code quicksight:DeleteVPCConnection}: Write; on vpcconnection. */
  public static final Action DELETE_VPC_CONNECTION = Action.of(PREFIX, "DeleteVPCConnection");

  /** {@code quicksight:DescribeAccountCustomPermission}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_ACCOUNT_CUSTOM_PERMISSION = Action.of(PREFIX, "DescribeAccountCustomPermission");

  /** {@code quicksight:DescribeAccountCustomization}: Read; on customization. */
  public static final Action DESCRIBE_ACCOUNT_CUSTOMIZATION = Action.of(PREFIX, "DescribeAccountCustomization");

  /** {@code quicksight:DescribeAccountSettings}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_ACCOUNT_SETTINGS = Action.of(PREFIX, "DescribeAccountSettings");

  /** {@code quicksight:DescribeAccountSubscription}: Read; on account. */
  public static final Action DESCRIBE_ACCOUNT_SUBSCRIPTION = Action.of(PREFIX, "DescribeAccountSubscription");

  /** {@code quicksight:DescribeActionConnector}: Read; on actionconnector. */
  public static final Action DESCRIBE_ACTION_CONNECTOR = Action.of(PREFIX, "DescribeActionConnector");

  /** {@code quicksight:DescribeActionConnectorPermissions}: Read; on actionconnector. */
  public static final Action DESCRIBE_ACTION_CONNECTOR_PERMISSIONS = Action.of(PREFIX, "DescribeActionConnectorPermissions");

  /** {@code quicksight:DescribeAgent}: Read; on agent. */
  public static final Action DESCRIBE_AGENT = Action.of(PREFIX, "DescribeAgent");

  /** {@code quicksight:DescribeAgentPermissions}: Read; on agent. */
  public static final Action DESCRIBE_AGENT_PERMISSIONS = Action.of(PREFIX, "DescribeAgentPermissions");

  /** {@code quicksight:DescribeAnalysis}: Read; on analysis. */
  public static final Action DESCRIBE_ANALYSIS = Action.of(PREFIX, "DescribeAnalysis");

  /** {@code quicksight:DescribeAnalysisPermissions}: Read; on analysis. */
  public static final Action DESCRIBE_ANALYSIS_PERMISSIONS = Action.of(PREFIX, "DescribeAnalysisPermissions");

  /** {@code quicksight:DescribeAssetBundleExportJob}: Read; on assetBundleExportJob. */
  public static final Action DESCRIBE_ASSET_BUNDLE_EXPORT_JOB = Action.of(PREFIX, "DescribeAssetBundleExportJob");

  /** {@code quicksight:DescribeAssetBundleImportJob}: Read; on assetBundleImportJob. */
  public static final Action DESCRIBE_ASSET_BUNDLE_IMPORT_JOB = Action.of(PREFIX, "DescribeAssetBundleImportJob");

  /** {@code quicksight:DescribeAutomationJob}: Read; on automationJob. */
  public static final Action DESCRIBE_AUTOMATION_JOB = Action.of(PREFIX, "DescribeAutomationJob");

  /** {@code quicksight:DescribeBrand}: Read; on brand. */
  public static final Action DESCRIBE_BRAND = Action.of(PREFIX, "DescribeBrand");

  /** {@code quicksight:DescribeBrandAssignment}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_BRAND_ASSIGNMENT = Action.of(PREFIX, "DescribeBrandAssignment");

  /** {@code quicksight:DescribeBrandPublishedVersion}: Read; on brand. */
  public static final Action DESCRIBE_BRAND_PUBLISHED_VERSION = Action.of(PREFIX, "DescribeBrandPublishedVersion");

  /** {@code quicksight:DescribeChatConfiguration}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_CHAT_CONFIGURATION = Action.of(PREFIX, "DescribeChatConfiguration");

  /** {@code quicksight:DescribeCustomPermissions}: Read; on custompermissions. */
  public static final Action DESCRIBE_CUSTOM_PERMISSIONS = Action.of(PREFIX, "DescribeCustomPermissions");

  /** {@code quicksight:DescribeDashboard}: Read; on dashboard. */
  public static final Action DESCRIBE_DASHBOARD = Action.of(PREFIX, "DescribeDashboard");

  /** {@code quicksight:DescribeDashboardPermissions}: Read; on dashboard. */
  public static final Action DESCRIBE_DASHBOARD_PERMISSIONS = Action.of(PREFIX, "DescribeDashboardPermissions");

  /** {@code quicksight:DescribeDashboardSnapshotJob}: Read; on dashboardSnapshotJob. */
  public static final Action DESCRIBE_DASHBOARD_SNAPSHOT_JOB = Action.of(PREFIX, "DescribeDashboardSnapshotJob");

  /** {@code quicksight:DescribeDashboardSnapshotJobResult}: Read; on dashboardSnapshotJob. */
  public static final Action DESCRIBE_DASHBOARD_SNAPSHOT_JOB_RESULT = Action.of(PREFIX, "DescribeDashboardSnapshotJobResult");

  /** {@code quicksight:DescribeDashboardsQAConfiguration}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_DASHBOARDS_QA_CONFIGURATION = Action.of(PREFIX, "DescribeDashboardsQAConfiguration");

  /** {@code quicksight:DescribeDataSet}: Read; on dataset. */
  public static final Action DESCRIBE_DATA_SET = Action.of(PREFIX, "DescribeDataSet");

  /** {@code quicksight:DescribeDataSetPermissions}: Permissions management; on dataset. */
  public static final Action DESCRIBE_DATA_SET_PERMISSIONS = Action.of(PREFIX, "DescribeDataSetPermissions");

  /** {@code quicksight:DescribeDataSetRefreshProperties}: Read; on dataset. */
  public static final Action DESCRIBE_DATA_SET_REFRESH_PROPERTIES = Action.of(PREFIX, "DescribeDataSetRefreshProperties");

  /** {@code quicksight:DescribeDataSource}: Read; on datasource. */
  public static final Action DESCRIBE_DATA_SOURCE = Action.of(PREFIX, "DescribeDataSource");

  /** {@code quicksight:DescribeDataSourcePermissions}: Permissions management; on datasource. */
  public static final Action DESCRIBE_DATA_SOURCE_PERMISSIONS = Action.of(PREFIX, "DescribeDataSourcePermissions");

  /** {@code quicksight:DescribeDefaultQBusinessApplication}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_DEFAULT_Q_BUSINESS_APPLICATION = Action.of(PREFIX, "DescribeDefaultQBusinessApplication");

  /** {@code quicksight:DescribeEmailCustomizationTemplate}: Read; on emailCustomizationTemplate. */
  public static final Action DESCRIBE_EMAIL_CUSTOMIZATION_TEMPLATE = Action.of(PREFIX, "DescribeEmailCustomizationTemplate");

  /** {@code quicksight:DescribeExtensionAccess}: Read; on extensionaccess. */
  public static final Action DESCRIBE_EXTENSION_ACCESS = Action.of(PREFIX, "DescribeExtensionAccess");

  /** {@code quicksight:DescribeFolder}: Read; on folder. */
  public static final Action DESCRIBE_FOLDER = Action.of(PREFIX, "DescribeFolder");

  /** {@code quicksight:DescribeFolderPermissions}: Read; on folder. */
  public static final Action DESCRIBE_FOLDER_PERMISSIONS = Action.of(PREFIX, "DescribeFolderPermissions");

  /** {@code quicksight:DescribeFolderResolvedPermissions}: Read; on folder. */
  public static final Action DESCRIBE_FOLDER_RESOLVED_PERMISSIONS = Action.of(PREFIX, "DescribeFolderResolvedPermissions");

  /** {@code quicksight:DescribeGroup}: Read; on group. */
  public static final Action DESCRIBE_GROUP = Action.of(PREFIX, "DescribeGroup");

  /** {@code quicksight:DescribeGroupMembership}: Read; on group. */
  public static final Action DESCRIBE_GROUP_MEMBERSHIP = Action.of(PREFIX, "DescribeGroupMembership");

  /** {@code quicksight:DescribeIAMPolicyAssignment}: Read; on assignment. */
  public static final Action DESCRIBE_IAM_POLICY_ASSIGNMENT = Action.of(PREFIX, "DescribeIAMPolicyAssignment");

  /** {@code quicksight:DescribeIngestion}: Read; on ingestion. */
  public static final Action DESCRIBE_INGESTION = Action.of(PREFIX, "DescribeIngestion");

  /** {@code quicksight:DescribeIpRestriction}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_IP_RESTRICTION = Action.of(PREFIX, "DescribeIpRestriction");

  /** {@code quicksight:DescribeKeyRegistration}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_KEY_REGISTRATION = Action.of(PREFIX, "DescribeKeyRegistration");

  /** {@code quicksight:DescribeNamespace}: Read; on namespace. */
  public static final Action DESCRIBE_NAMESPACE = Action.of(PREFIX, "DescribeNamespace");

  /** {@code quicksight:DescribeQPersonalizationConfiguration}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_Q_PERSONALIZATION_CONFIGURATION = Action.of(PREFIX, "DescribeQPersonalizationConfiguration");

  /** {@code quicksight:DescribeQuickIndexCapacity}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_QUICK_INDEX_CAPACITY = Action.of(PREFIX, "DescribeQuickIndexCapacity");

  /** {@code quicksight:DescribeQuickSightQSearchConfiguration}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_QUICK_SIGHT_Q_SEARCH_CONFIGURATION = Action.of(PREFIX, "DescribeQuickSightQSearchConfiguration");

  /** {@code quicksight:DescribeRefreshSchedule}: Read; on refreshschedule. */
  public static final Action DESCRIBE_REFRESH_SCHEDULE = Action.of(PREFIX, "DescribeRefreshSchedule");

  /** {@code quicksight:DescribeRoleCustomPermission}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_ROLE_CUSTOM_PERMISSION = Action.of(PREFIX, "DescribeRoleCustomPermission");

  /** {@code quicksight:DescribeSelfUpgradeConfiguration}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_SELF_UPGRADE_CONFIGURATION = Action.of(PREFIX, "DescribeSelfUpgradeConfiguration");

  /** {@code quicksight:DescribeTemplate}: Read; on template. */
  public static final Action DESCRIBE_TEMPLATE = Action.of(PREFIX, "DescribeTemplate");

  /** {@code quicksight:DescribeTemplateAlias}: Read; on template. */
  public static final Action DESCRIBE_TEMPLATE_ALIAS = Action.of(PREFIX, "DescribeTemplateAlias");

  /** {@code quicksight:DescribeTemplatePermissions}: Read; on template. */
  public static final Action DESCRIBE_TEMPLATE_PERMISSIONS = Action.of(PREFIX, "DescribeTemplatePermissions");

  /** {@code quicksight:DescribeTheme}: Read; on theme. */
  public static final Action DESCRIBE_THEME = Action.of(PREFIX, "DescribeTheme");

  /** {@code quicksight:DescribeThemeAlias}: Read; on theme. */
  public static final Action DESCRIBE_THEME_ALIAS = Action.of(PREFIX, "DescribeThemeAlias");

  /** {@code quicksight:DescribeThemePermissions}: Read; on theme. */
  public static final Action DESCRIBE_THEME_PERMISSIONS = Action.of(PREFIX, "DescribeThemePermissions");

  /** {@code quicksight:DescribeTopic}: Read; on topic. */
  public static final Action DESCRIBE_TOPIC = Action.of(PREFIX, "DescribeTopic");

  /** {@code quicksight:DescribeTopicPermissions}: Permissions management; on topic. */
  public static final Action DESCRIBE_TOPIC_PERMISSIONS = Action.of(PREFIX, "DescribeTopicPermissions");

  /** {@code quicksight:DescribeTopicRefresh}: Read; on topic. */
  public static final Action DESCRIBE_TOPIC_REFRESH = Action.of(PREFIX, "DescribeTopicRefresh");

  /** {@code quicksight:DescribeTopicRefreshSchedule}: Read; on topic. */
  public static final Action DESCRIBE_TOPIC_REFRESH_SCHEDULE = Action.of(PREFIX, "DescribeTopicRefreshSchedule");

  /** {@code quicksight:DescribeUser}: Read; on user. */
  public static final Action DESCRIBE_USER = Action.of(PREFIX, "DescribeUser");

  /** {@code quicksight:DescribeVPCConnection}: Read; on vpcconnection. */
  public static final Action DESCRIBE_VPC_CONNECTION = Action.of(PREFIX, "DescribeVPCConnection");

  /** {@code quicksight:GenerateEmbedUrlForAnonymousUser}: Write; on dashboard, namespace, theme, topic. */
  public static final Action GENERATE_EMBED_URL_FOR_ANONYMOUS_USER = Action.of(PREFIX, "GenerateEmbedUrlForAnonymousUser");

  /** {@code quicksight:GenerateEmbedUrlForRegisteredUser}: Write; on user. */
  public static final Action GENERATE_EMBED_URL_FOR_REGISTERED_USER = Action.of(PREFIX, "GenerateEmbedUrlForRegisteredUser");

  /** {@code quicksight:GenerateEmbedUrlForRegisteredUserWithIdentity}: Write; on no resource type (give {@code *}). */
  public static final Action GENERATE_EMBED_URL_FOR_REGISTERED_USER_WITH_IDENTITY = Action.of(PREFIX, "GenerateEmbedUrlForRegisteredUserWithIdentity");

  /** {@code quicksight:GetAnonymousUserEmbedUrl}: Read; on no resource type (give {@code *}). */
  public static final Action GET_ANONYMOUS_USER_EMBED_URL = Action.of(PREFIX, "GetAnonymousUserEmbedUrl");

  /** {@code quicksight:GetAuthCode}: Read; on user. */
  public static final Action GET_AUTH_CODE = Action.of(PREFIX, "GetAuthCode");

  /** {@code quicksight:GetCustomPermissionsSummary}: Read; on no resource type (give {@code *}). */
  public static final Action GET_CUSTOM_PERMISSIONS_SUMMARY = Action.of(PREFIX, "GetCustomPermissionsSummary");

  /** {@code quicksight:GetDashboardEmbedUrl}: Read; on dashboard. */
  public static final Action GET_DASHBOARD_EMBED_URL = Action.of(PREFIX, "GetDashboardEmbedUrl");

  /** {@code quicksight:GetFlowMetadata}: Read; on flow. */
  public static final Action GET_FLOW_METADATA = Action.of(PREFIX, "GetFlowMetadata");

  /** {@code quicksight:GetFlowPermissions}: Read; on flow. */
  public static final Action GET_FLOW_PERMISSIONS = Action.of(PREFIX, "GetFlowPermissions");

  /** {@code quicksight:GetGroupMapping}: Read; on no resource type (give {@code *}). */
  public static final Action GET_GROUP_MAPPING = Action.of(PREFIX, "GetGroupMapping");

  /** {@code quicksight:GetIdentityContext}: Read; on user. */
  public static final Action GET_IDENTITY_CONTEXT = Action.of(PREFIX, "GetIdentityContext");

  /** {@code quicksight:GetSessionEmbedUrl}: Read; on no resource type (give {@code *}). */
  public static final Action GET_SESSION_EMBED_URL = Action.of(PREFIX, "GetSessionEmbedUrl");

  /** {@code quicksight:ListActionConnectors}: List; on no resource type (give {@code *}). */
  public static final Action LIST_ACTION_CONNECTORS = Action.of(PREFIX, "ListActionConnectors");

  /** {@code quicksight:ListAgents}: List; on agent. */
  public static final Action LIST_AGENTS = Action.of(PREFIX, "ListAgents");

  /** {@code quicksight:ListAnalyses}: List; on analysis. */
  public static final Action LIST_ANALYSES = Action.of(PREFIX, "ListAnalyses");

  /** {@code quicksight:ListAssetBundleExportJobs}: List; on assetBundleExportJob. */
  public static final Action LIST_ASSET_BUNDLE_EXPORT_JOBS = Action.of(PREFIX, "ListAssetBundleExportJobs");

  /** {@code quicksight:ListAssetBundleImportJobs}: List; on assetBundleImportJob. */
  public static final Action LIST_ASSET_BUNDLE_IMPORT_JOBS = Action.of(PREFIX, "ListAssetBundleImportJobs");

  /** {@code quicksight:ListBrands}: List; on no resource type (give {@code *}). */
  public static final Action LIST_BRANDS = Action.of(PREFIX, "ListBrands");

  /** {@code quicksight:ListCustomPermissions}: List; on no resource type (give {@code *}). */
  public static final Action LIST_CUSTOM_PERMISSIONS = Action.of(PREFIX, "ListCustomPermissions");

  /** {@code quicksight:ListCustomerManagedKeys}: List; on no resource type (give {@code *}). */
  public static final Action LIST_CUSTOMER_MANAGED_KEYS = Action.of(PREFIX, "ListCustomerManagedKeys");

  /** {@code quicksight:ListDashboardVersions}: List; on dashboard. */
  public static final Action LIST_DASHBOARD_VERSIONS = Action.of(PREFIX, "ListDashboardVersions");

  /** {@code quicksight:ListDashboards}: List; on dashboard. */
  public static final Action LIST_DASHBOARDS = Action.of(PREFIX, "ListDashboards");

  /** {@code quicksight:ListDataSets}: List; on no resource type (give {@code *}). */
  public static final Action LIST_DATA_SETS = Action.of(PREFIX, "ListDataSets");

  /** {@code quicksight:ListDataSources}: List; on no resource type (give {@code *}). */
  public static final Action LIST_DATA_SOURCES = Action.of(PREFIX, "ListDataSources");

  /** {@code quicksight:ListExtensionAccesses}: List; on no resource type (give {@code *}). */
  public static final Action LIST_EXTENSION_ACCESSES = Action.of(PREFIX, "ListExtensionAccesses");

  /** {@code quicksight:ListFlows}: List; on no resource type (give {@code *}). */
  public static final Action LIST_FLOWS = Action.of(PREFIX, "ListFlows");

  /** {@code quicksight:ListFolderMembers}: Read; on folder. */
  public static final Action LIST_FOLDER_MEMBERS = Action.of(PREFIX, "ListFolderMembers");

  /** {@code quicksight:ListFolders}: List; on folder. */
  public static final Action LIST_FOLDERS = Action.of(PREFIX, "ListFolders");

  /** {@code quicksight:ListFoldersForResource}: List; on analysis, dashboard, dataset, datasource, topic. */
  public static final Action LIST_FOLDERS_FOR_RESOURCE = Action.of(PREFIX, "ListFoldersForResource");

  /** {@code quicksight:ListGroupMemberships}: List; on group. */
  public static final Action LIST_GROUP_MEMBERSHIPS = Action.of(PREFIX, "ListGroupMemberships");

  /** {@code quicksight:ListGroups}: List; on group. */
  public static final Action LIST_GROUPS = Action.of(PREFIX, "ListGroups");

  /** {@code quicksight:ListIAMPolicyAssignments}: List; on assignment. */
  public static final Action LIST_IAM_POLICY_ASSIGNMENTS = Action.of(PREFIX, "ListIAMPolicyAssignments");

  /** {@code quicksight:ListIAMPolicyAssignmentsForUser}: List; on assignment. */
  public static final Action LIST_IAM_POLICY_ASSIGNMENTS_FOR_USER = Action.of(PREFIX, "ListIAMPolicyAssignmentsForUser");

  /** {@code quicksight:ListIdentityPropagationConfigs}: List; on no resource type (give {@code *}). */
  public static final Action LIST_IDENTITY_PROPAGATION_CONFIGS = Action.of(PREFIX, "ListIdentityPropagationConfigs");

  /** {@code quicksight:ListIngestions}: List; on no resource type (give {@code *}). */
  public static final Action LIST_INGESTIONS = Action.of(PREFIX, "ListIngestions");

  /** {@code quicksight:ListKMSKeysForUser}: List; on no resource type (give {@code *}). */
  public static final Action LIST_KMS_KEYS_FOR_USER = Action.of(PREFIX, "ListKMSKeysForUser");

  /** {@code quicksight:ListNamespaces}: List; on no resource type (give {@code *}). */
  public static final Action LIST_NAMESPACES = Action.of(PREFIX, "ListNamespaces");

  /** {@code quicksight:ListRefreshSchedules}: List; on no resource type (give {@code *}). */
  public static final Action LIST_REFRESH_SCHEDULES = Action.of(PREFIX, "ListRefreshSchedules");

  /** {@code quicksight:ListRoleMemberships}: List; on no resource type (give {@code *}). */
  public static final Action LIST_ROLE_MEMBERSHIPS = Action.of(PREFIX, "ListRoleMemberships");

  /** {@code quicksight:ListSelfUpgrades}: List; on user. */
  public static final Action LIST_SELF_UPGRADES = Action.of(PREFIX, "ListSelfUpgrades");

  /** {@code quicksight:ListTagsForResource}: Read; on actionconnector, analysis, brand, customization, custompermissions, dashboard, dataset, datasource, emailCustomizationTemplate, flow, folder, template, theme, topic, vpcconnection. */
  public static final Action LIST_TAGS_FOR_RESOURCE = Action.of(PREFIX, "ListTagsForResource");

  /** {@code quicksight:ListTemplateAliases}: List; on template. */
  public static final Action LIST_TEMPLATE_ALIASES = Action.of(PREFIX, "ListTemplateAliases");

  /** {@code quicksight:ListTemplateVersions}: List; on template. */
  public static final Action LIST_TEMPLATE_VERSIONS = Action.of(PREFIX, "ListTemplateVersions");

  /** {@code quicksight:ListTemplates}: List; on template. */
  public static final Action LIST_TEMPLATES = Action.of(PREFIX, "ListTemplates");

  /** {@code quicksight:ListThemeAliases}: List; on theme. */
  public static final Action LIST_THEME_ALIASES = Action.of(PREFIX, "ListThemeAliases");

  /** {@code quicksight:ListThemeVersions}: List; on theme. */
  public static final Action LIST_THEME_VERSIONS = Action.of(PREFIX, "ListThemeVersions");

  /** {@code quicksight:ListThemes}: List; on theme. */
  public static final Action LIST_THEMES = Action.of(PREFIX, "ListThemes");

  /** {@code quicksight:ListTopicRefreshSchedules}: List; on no resource type (give {@code *}). */
  public static final Action LIST_TOPIC_REFRESH_SCHEDULES = Action.of(PREFIX, "ListTopicRefreshSchedules");

  /** {@code quicksight:ListTopicReviewedAnswers}: List; on no resource type (give {@code *}). */
  public static final Action LIST_TOPIC_REVIEWED_ANSWERS = Action.of(PREFIX, "ListTopicReviewedAnswers");

  /** {@code quicksight:ListTopics}: List; on no resource type (give {@code *}). */
  public static final Action LIST_TOPICS = Action.of(PREFIX, "ListTopics");

  /** {@code quicksight:ListUserGroups}: List; on user. */
  public static final Action LIST_USER_GROUPS = Action.of(PREFIX, "ListUserGroups");

  /** {@code quicksight:ListUsers}: List; on user. */
  public static final Action LIST_USERS = Action.of(PREFIX, "ListUsers");

  /** {@code quicksight:ListVPCConnections}: List; on no resource type (give {@code *}). */
  public static final Action LIST_VPC_CONNECTIONS = Action.of(PREFIX, "ListVPCConnections");

  /** {@code quicksight:PassDataSet}: Read; on dataset. */
  public static final Action PASS_DATA_SET = Action.of(PREFIX, "PassDataSet");

  /** {@code quicksight:PassDataSource}: Read; on datasource. */
  public static final Action PASS_DATA_SOURCE = Action.of(PREFIX, "PassDataSource");

  /** {@code quicksight:PredictQAResults}: Read; on dashboard, topic. */
  public static final Action PREDICT_QA_RESULTS = Action.of(PREFIX, "PredictQAResults");

  /** {@code quicksight:PutDataSetRefreshProperties}: Write; on dataset. */
  public static final Action PUT_DATA_SET_REFRESH_PROPERTIES = Action.of(PREFIX, "PutDataSetRefreshProperties");

  /** {@code quicksight:QuickSuiteUsageMetrics}: Read; on no resource type (give {@code *}). */
  public static final Action QUICK_SUITE_USAGE_METRICS = Action.of(PREFIX, "QuickSuiteUsageMetrics");

  /** {@code quicksight:RegisterCustomerManagedKey}: Write; on no resource type (give {@code *}). */
  public static final Action REGISTER_CUSTOMER_MANAGED_KEY = Action.of(PREFIX, "RegisterCustomerManagedKey");

  /** {@code quicksight:RegisterUser}: Permissions management; on user. */
  public static final Action REGISTER_USER = Action.of(PREFIX, "RegisterUser");

  /** {@code quicksight:RemoveCustomerManagedKey}: Write; on no resource type (give {@code *}). */
  public static final Action REMOVE_CUSTOMER_MANAGED_KEY = Action.of(PREFIX, "RemoveCustomerManagedKey");

  /** {@code quicksight:RestoreAnalysis}: Write; on analysis. */
  public static final Action RESTORE_ANALYSIS = Action.of(PREFIX, "RestoreAnalysis");

  /** {@code quicksight:ScopeDownPolicy}: Write; on no resource type (give {@code *}). */
  public static final Action SCOPE_DOWN_POLICY = Action.of(PREFIX, "ScopeDownPolicy");

  /** {@code quicksight:SearchActionConnectors}: List; on actionconnector. */
  public static final Action SEARCH_ACTION_CONNECTORS = Action.of(PREFIX, "SearchActionConnectors");

  /** {@code quicksight:SearchAgents}: List; on agent. */
  public static final Action SEARCH_AGENTS = Action.of(PREFIX, "SearchAgents");

  /** {@code quicksight:SearchAnalyses}: List; on analysis. */
  public static final Action SEARCH_ANALYSES = Action.of(PREFIX, "SearchAnalyses");

  /** {@code quicksight:SearchDashboards}: List; on dashboard. */
  public static final Action SEARCH_DASHBOARDS = Action.of(PREFIX, "SearchDashboards");

  /** {@code quicksight:SearchDataSets}: List; on dataset. */
  public static final Action SEARCH_DATA_SETS = Action.of(PREFIX, "SearchDataSets");

  /** {@code quicksight:SearchDataSources}: List; on datasource. */
  public static final Action SEARCH_DATA_SOURCES = Action.of(PREFIX, "SearchDataSources");

  /** {@code quicksight:SearchDirectoryGroups}: List; on no resource type (give {@code *}). */
  public static final Action SEARCH_DIRECTORY_GROUPS = Action.of(PREFIX, "SearchDirectoryGroups");

  /** {@code quicksight:SearchFlows}: List; on no resource type (give {@code *}). */
  public static final Action SEARCH_FLOWS = Action.of(PREFIX, "SearchFlows");

  /** {@code quicksight:SearchFolders}: Read; on folder. */
  public static final Action SEARCH_FOLDERS = Action.of(PREFIX, "SearchFolders");

  /** {@code quicksight:SearchGroups}: List; on group. */
  public static final Action SEARCH_GROUPS = Action.of(PREFIX, "SearchGroups");

  /** {@code quicksight:SearchTopics}: List; on topic. */
  public static final Action SEARCH_TOPICS = Action.of(PREFIX, "SearchTopics");

  /** {@code quicksight:SearchUsers}: List; on user. */
  public static final Action SEARCH_USERS = Action.of(PREFIX, "SearchUsers");

  /** {@code quicksight:SetGroupMapping}: Write; on no resource type (give {@code *}). */
  public static final Action SET_GROUP_MAPPING = Action.of(PREFIX, "SetGroupMapping");

  /** {@code quicksight:StartAssetBundleExportJob}: Write; on assetBundleExportJob. */
  public static final Action START_ASSET_BUNDLE_EXPORT_JOB = Action.of(PREFIX, "StartAssetBundleExportJob");

  /** {@code quicksight:StartAssetBundleImportJob}: Write; on assetBundleImportJob. */
  public static final Action START_ASSET_BUNDLE_IMPORT_JOB = Action.of(PREFIX, "StartAssetBundleImportJob");

  /** {@code quicksight:StartAutomationJob}: Write; on automation. */
  public static final Action START_AUTOMATION_JOB = Action.of(PREFIX, "StartAutomationJob");

  /** {@code quicksight:StartDashboardSnapshotJob}: Write; on dashboardSnapshotJob. */
  public static final Action START_DASHBOARD_SNAPSHOT_JOB = Action.of(PREFIX, "StartDashboardSnapshotJob");

  /** {@code quicksight:StartDashboardSnapshotJobSchedule}: Write; on no resource type (give {@code *}). */
  public static final Action START_DASHBOARD_SNAPSHOT_JOB_SCHEDULE = Action.of(PREFIX, "StartDashboardSnapshotJobSchedule");

  /** {@code quicksight:Subscribe}: Write; on no resource type (give {@code *}). */
  public static final Action SUBSCRIBE = Action.of(PREFIX, "Subscribe");

  /** {@code quicksight:TagResource}: Tagging; on actionconnector, analysis, brand, customization, custompermissions, dashboard, dataset, datasource, emailCustomizationTemplate, flow, folder, ingestion, template, theme, topic, vpcconnection. */
  public static final Action TAG_RESOURCE = Action.of(PREFIX, "TagResource");

  /** {@code quicksight:UnpublishFlow}: Write; on flow. */
  public static final Action UNPUBLISH_FLOW = Action.of(PREFIX, "UnpublishFlow");

  /** {@code quicksight:Unsubscribe}: Write; on no resource type (give {@code *}). */
  public static final Action UNSUBSCRIBE = Action.of(PREFIX, "Unsubscribe");

  /** {@code quicksight:UntagResource}: Tagging; on actionconnector, analysis, brand, customization, custompermissions, dashboard, dataset, datasource, emailCustomizationTemplate, flow, folder, ingestion, template, theme, topic, vpcconnection. */
  public static final Action UNTAG_RESOURCE = Action.of(PREFIX, "UntagResource");

  /** {@code quicksight:UpdateAccountCustomPermission}: Write; on no resource type (give {@code *}). */
  public static final Action UPDATE_ACCOUNT_CUSTOM_PERMISSION = Action.of(PREFIX, "UpdateAccountCustomPermission");

  /** {@code quicksight:UpdateAccountCustomization}: Write; on customization. */
  public static final Action UPDATE_ACCOUNT_CUSTOMIZATION = Action.of(PREFIX, "UpdateAccountCustomization");

  /** {@code quicksight:UpdateAccountSettings}: Write; on no resource type (give {@code *}). */
  public static final Action UPDATE_ACCOUNT_SETTINGS = Action.of(PREFIX, "UpdateAccountSettings");

  /** {@code quicksight:UpdateActionConnector}: Write; on actionconnector. */
  public static final Action UPDATE_ACTION_CONNECTOR = Action.of(PREFIX, "UpdateActionConnector");

  /** {@code quicksight:UpdateActionConnectorPermissions}: Permissions management; on actionconnector. */
  public static final Action UPDATE_ACTION_CONNECTOR_PERMISSIONS = Action.of(PREFIX, "UpdateActionConnectorPermissions");

  /** {@code quicksight:UpdateAgentPermissions}: Permissions management; on agent. */
  public static final Action UPDATE_AGENT_PERMISSIONS = Action.of(PREFIX, "UpdateAgentPermissions");

  /** {@code quicksight:UpdateAnalysis}: Write; on analysis. */
  public static final Action UPDATE_ANALYSIS = Action.of(PREFIX, "UpdateAnalysis");

  /** {@code quicksight:UpdateAnalysisPermissions}: Permissions management; on analysis. */
  public static final Action UPDATE_ANALYSIS_PERMISSIONS = Action.of(PREFIX, "UpdateAnalysisPermissions");

  /** {@code quicksight:UpdateApplicationWithTokenExchangeGrant}: Write; on no resource type (give {@code *}). */
  public static final Action UPDATE_APPLICATION_WITH_TOKEN_EXCHANGE_GRANT = Action.of(PREFIX, "UpdateApplicationWithTokenExchangeGrant");

  /** {@code quicksight:UpdateBrand}: Write; on brand. */
  public static final Action UPDATE_BRAND = Action.of(PREFIX, "UpdateBrand");

  /** {@code quicksight:UpdateBrandAssignment}: Write; on no resource type (give {@code *}). */
  public static final Action UPDATE_BRAND_ASSIGNMENT = Action.of(PREFIX, "UpdateBrandAssignment");

  /** {@code quicksight:UpdateBrandPublishedVersion}: Write; on brand. */
  public static final Action UPDATE_BRAND_PUBLISHED_VERSION = Action.of(PREFIX, "UpdateBrandPublishedVersion");

  /** {@code quicksight:UpdateChatConfiguration}: Write; on no resource type (give {@code *}). */
  public static final Action UPDATE_CHAT_CONFIGURATION = Action.of(PREFIX, "UpdateChatConfiguration");

  /** {@code quicksight:UpdateCustomPermissions}: Write; on custompermissions. */
  public static final Action UPDATE_CUSTOM_PERMISSIONS = Action.of(PREFIX, "UpdateCustomPermissions");

  /** {@code quicksight:UpdateDashboard}: Write; on dashboard. */
  public static final Action UPDATE_DASHBOARD = Action.of(PREFIX, "UpdateDashboard");

  /** {@code quicksight:UpdateDashboardLinks}: Write; on dashboard. */
  public static final Action UPDATE_DASHBOARD_LINKS = Action.of(PREFIX, "UpdateDashboardLinks");

  /** {@code quicksight:UpdateDashboardPermissions}: Permissions management; on dashboard. */
  public static final Action UPDATE_DASHBOARD_PERMISSIONS = Action.of(PREFIX, "UpdateDashboardPermissions");

  /** {@code quicksight:UpdateDashboardPublishedVersion}: Write; on dashboard. */
  public static final Action UPDATE_DASHBOARD_PUBLISHED_VERSION = Action.of(PREFIX, "UpdateDashboardPublishedVersion");

  /** {@code quicksight:UpdateDashboardsQAConfiguration}: Write; on no resource type (give {@code *}). */
  public static final Action UPDATE_DASHBOARDS_QA_CONFIGURATION = Action.of(PREFIX, "UpdateDashboardsQAConfiguration");

  /** {@code quicksight:UpdateDataSet}: Write; on dataset, datasource. */
  public static final Action UPDATE_DATA_SET = Action.of(PREFIX, "UpdateDataSet");

  /** {@code quicksight:UpdateDataSetPermissions}: Permissions management; on dataset. */
  public static final Action UPDATE_DATA_SET_PERMISSIONS = Action.of(PREFIX, "UpdateDataSetPermissions");

  /** {@code quicksight:UpdateDataSource}: Write; on datasource. */
  public static final Action UPDATE_DATA_SOURCE = Action.of(PREFIX, "UpdateDataSource");

  /** {@code quicksight:UpdateDataSourcePermissions}: Permissions management; on datasource. */
  public static final Action UPDATE_DATA_SOURCE_PERMISSIONS = Action.of(PREFIX, "UpdateDataSourcePermissions");

  /** {@code quicksight:UpdateDefaultQBusinessApplication}: Write; on no resource type (give {@code *}). */
  public static final Action UPDATE_DEFAULT_Q_BUSINESS_APPLICATION = Action.of(PREFIX, "UpdateDefaultQBusinessApplication");

  /** {@code quicksight:UpdateEmailCustomizationTemplate}: Write; on emailCustomizationTemplate. */
  public static final Action UPDATE_EMAIL_CUSTOMIZATION_TEMPLATE = Action.of(PREFIX, "UpdateEmailCustomizationTemplate");

  /** {@code quicksight:UpdateExtensionAccess}: Write; on extensionaccess. */
  public static final Action UPDATE_EXTENSION_ACCESS = Action.of(PREFIX, "UpdateExtensionAccess");

  /** {@code quicksight:UpdateFlowPermissions}: Permissions management; on flow. */
  public static final Action UPDATE_FLOW_PERMISSIONS = Action.of(PREFIX, "UpdateFlowPermissions");

  /** {@code quicksight:UpdateFolder}: Write; on folder. */
  public static final Action UPDATE_FOLDER = Action.of(PREFIX, "UpdateFolder");

  /** {@code quicksight:UpdateFolderPermissions}: Permissions management; on folder. */
  public static final Action UPDATE_FOLDER_PERMISSIONS = Action.of(PREFIX, "UpdateFolderPermissions");

  /** {@code quicksight:UpdateGroup}: Permissions management; on group. */
  public static final Action UPDATE_GROUP = Action.of(PREFIX, "UpdateGroup");

  /** {@code quicksight:UpdateIAMPolicyAssignment}: Permissions management; on assignment. */
  public static final Action UPDATE_IAM_POLICY_ASSIGNMENT = Action.of(PREFIX, "UpdateIAMPolicyAssignment");

  /** {@code quicksight:UpdateIdentityPropagationConfig}: Write; on no resource type (give {@code *}). */
  public static final Action UPDATE_IDENTITY_PROPAGATION_CONFIG = Action.of(PREFIX, "UpdateIdentityPropagationConfig");

  /** {@code quicksight:UpdateIpRestriction}: Write; on no resource type (give {@code *}). */
  public static final Action UPDATE_IP_RESTRICTION = Action.of(PREFIX, "UpdateIpRestriction");

  /** {@code quicksight:UpdateKeyRegistration}: Write; on no resource type (give {@code *}). */
  public static final Action UPDATE_KEY_REGISTRATION = Action.of(PREFIX, "UpdateKeyRegistration");

  /** {@code quicksight:UpdatePublicSharingSettings}: Write; on no resource type (give {@code *}). */
  public static final Action UPDATE_PUBLIC_SHARING_SETTINGS = Action.of(PREFIX, "UpdatePublicSharingSettings");

  /** {@code quicksight:UpdateQPersonalizationConfiguration}: Write; on no resource type (give {@code *}). */
  public static final Action UPDATE_Q_PERSONALIZATION_CONFIGURATION = Action.of(PREFIX, "UpdateQPersonalizationConfiguration");

  /** {@code quicksight:UpdateQuickIndexCapacity}: Write; on no resource type (give {@code *}). */
  public static final Action UPDATE_QUICK_INDEX_CAPACITY = Action.of(PREFIX, "UpdateQuickIndexCapacity");

  /** {@code quicksight:UpdateQuickSightQSearchConfiguration}: Write; on no resource type (give {@code *}). */
  public static final Action UPDATE_QUICK_SIGHT_Q_SEARCH_CONFIGURATION = Action.of(PREFIX, "UpdateQuickSightQSearchConfiguration");

  /** {@code quicksight:UpdateRefreshSchedule}: Write; on refreshschedule. */
  public static final Action UPDATE_REFRESH_SCHEDULE = Action.of(PREFIX, "UpdateRefreshSchedule");

  /** {@code quicksight:UpdateResourcePermissions}: Write; on no resource type (give {@code *}). */
  public static final Action UPDATE_RESOURCE_PERMISSIONS = Action.of(PREFIX, "UpdateResourcePermissions");

  /** {@code quicksight:UpdateRoleCustomPermission}: Write; on no resource type (give {@code *}). */
  public static final Action UPDATE_ROLE_CUSTOM_PERMISSION = Action.of(PREFIX, "UpdateRoleCustomPermission");

  /** {@code quicksight:UpdateSPICECapacityConfiguration}: Write; on no resource type (give {@code *}). */
  public static final Action UPDATE_SPICE_CAPACITY_CONFIGURATION = Action.of(PREFIX, "UpdateSPICECapacityConfiguration");

  /** {@code quicksight:UpdateSelfUpgrade}: Write; on user. */
  public static final Action UPDATE_SELF_UPGRADE = Action.of(PREFIX, "UpdateSelfUpgrade");

  /** {@code quicksight:UpdateSelfUpgradeConfiguration}: Write; on no resource type (give {@code *}). */
  public static final Action UPDATE_SELF_UPGRADE_CONFIGURATION = Action.of(PREFIX, "UpdateSelfUpgradeConfiguration");

  /** {@code quicksight:UpdateTemplate}: Write; on template. */
  public static final Action UPDATE_TEMPLATE = Action.of(PREFIX, "UpdateTemplate");

  /** {@code quicksight:UpdateTemplateAlias}: Write; on template. */
  public static final Action UPDATE_TEMPLATE_ALIAS = Action.of(PREFIX, "UpdateTemplateAlias");

  /** {@code quicksight:UpdateTemplatePermissions}: Permissions management; on template. */
  public static final Action UPDATE_TEMPLATE_PERMISSIONS = Action.of(PREFIX, "UpdateTemplatePermissions");

  /** {@code quicksight:UpdateTheme}: Write; on theme. */
  public static final Action UPDATE_THEME = Action.of(PREFIX, "UpdateTheme");

  /** {@code quicksight:UpdateThemeAlias}: Write; on theme. */
  public static final Action UPDATE_THEME_ALIAS = Action.of(PREFIX, "UpdateThemeAlias");

  /** {@code quicksight:UpdateThemePermissions}: Permissions management; on theme. */
  public static final Action UPDATE_THEME_PERMISSIONS = Action.of(PREFIX, "UpdateThemePermissions");

  /** {@code quicksight:UpdateTopic}: Write; on dataset, topic. */
  public static final Action UPDATE_TOPIC = Action.of(PREFIX, "UpdateTopic");

  /** {@code quicksight:UpdateTopicPermissions}: Permissions management; on topic. */
  public static final Action UPDATE_TOPIC_PERMISSIONS = Action.of(PREFIX, "UpdateTopicPermissions");

  /** {@code quicksight:UpdateTopicRefreshSchedule}: Write; on topic. */
  public static final Action UPDATE_TOPIC_REFRESH_SCHEDULE = Action.of(PREFIX, "UpdateTopicRefreshSchedule");

  /** {@code quicksight:UpdateUser}: Permissions management; on user. */
  public static final Action UPDATE_USER = Action.of(PREFIX, "UpdateUser");

  /** {@code quicksight:UpdateUserCustomPermission}: Write; on user. */
  public static final Action UPDATE_USER_CUSTOM_PERMISSION = Action.of(PREFIX, "UpdateUserCustomPermission");

  /** {@code quicksight:UpdateVPCConnection}: Write; on vpcconnection. */
  public static final Action UPDATE_VPC_CONNECTION = Action.of(PREFIX, "UpdateVPCConnection");

  private Quicksight() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
