// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of Amazon Connect (prefix {@code connect}), as the service authorization reference lists them.
 */
public final class Connect {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "connect";

  /** {@code connect:ActivateEvaluationForm}: Write; on evaluation-form. */
  public static final Action ACTIVATE_EVALUATION_FORM = Action.of(PREFIX, "ActivateEvaluationForm");

  /** {@code connect:AdminGetEmergencyAccessToken}: Write; on instance. */
  public static final Action ADMIN_GET_EMERGENCY_ACCESS_TOKEN = Action.of(PREFIX, "AdminGetEmergencyAccessToken");

  /** {@code connect:AssociateAnalyticsDataSet}: Write; on instance. */
  public static final Action ASSOCIATE_ANALYTICS_DATA_SET = Action.of(PREFIX, "AssociateAnalyticsDataSet");

  /** {@code connect:AssociateApprovedOrigin}: Write; on instance. */
  public static final Action ASSOCIATE_APPROVED_ORIGIN = Action.of(PREFIX, "AssociateApprovedOrigin");

  /** {@code connect:AssociateBot}: Write; on instance. */
  public static final Action ASSOCIATE_BOT = Action.of(PREFIX, "AssociateBot");

  /** {@code connect:AssociateContactWithUser}: Write; on contact, instance, user. */
  public static final Action ASSOCIATE_CONTACT_WITH_USER = Action.of(PREFIX, "AssociateContactWithUser");

  /** {@code connect:AssociateCustomerProfilesDomain}: Write; on instance. */
  public static final Action ASSOCIATE_CUSTOMER_PROFILES_DOMAIN = Action.of(PREFIX, "AssociateCustomerProfilesDomain");

  /** {@code connect:AssociateDefaultVocabulary}: Write; on instance. */
  public static final Action ASSOCIATE_DEFAULT_VOCABULARY = Action.of(PREFIX, "AssociateDefaultVocabulary");

  /** {@code connect:AssociateEmailAddressAlias}: Write; on email-address. */
  public static final Action ASSOCIATE_EMAIL_ADDRESS_ALIAS = Action.of(PREFIX, "AssociateEmailAddressAlias");

  /** {@code connect:AssociateFlow}: Write; on contact-flow, wildcard-phone-number. */
  public static final Action ASSOCIATE_FLOW = Action.of(PREFIX, "AssociateFlow");

  /** {@code connect:AssociateInstanceStorageConfig}: Write; on instance. */
  public static final Action ASSOCIATE_INSTANCE_STORAGE_CONFIG = Action.of(PREFIX, "AssociateInstanceStorageConfig");

  /** {@code connect:AssociateLambdaFunction}: Write; on instance. */
  public static final Action ASSOCIATE_LAMBDA_FUNCTION = Action.of(PREFIX, "AssociateLambdaFunction");

  /** {@code connect:AssociateLexBot}: Write; on instance. */
  public static final Action ASSOCIATE_LEX_BOT = Action.of(PREFIX, "AssociateLexBot");

  /** {@code connect:AssociatePhoneNumberContactFlow}: Write; on contact-flow, phone-number. */
  public static final Action ASSOCIATE_PHONE_NUMBER_CONTACT_FLOW = Action.of(PREFIX, "AssociatePhoneNumberContactFlow");

  /** {@code connect:AssociateQueueEmailAddresses}: Write; on queue. */
  public static final Action ASSOCIATE_QUEUE_EMAIL_ADDRESSES = Action.of(PREFIX, "AssociateQueueEmailAddresses");

  /** {@code connect:AssociateQueueQuickConnects}: Write; on queue, quick-connect. */
  public static final Action ASSOCIATE_QUEUE_QUICK_CONNECTS = Action.of(PREFIX, "AssociateQueueQuickConnects");

  /** {@code connect:AssociateRoutingProfileQueues}: Write; on queue, routing-profile. */
  public static final Action ASSOCIATE_ROUTING_PROFILE_QUEUES = Action.of(PREFIX, "AssociateRoutingProfileQueues");

  /** {@code connect:AssociateSecurityKey}: Write; on instance. */
  public static final Action ASSOCIATE_SECURITY_KEY = Action.of(PREFIX, "AssociateSecurityKey");

  /** {@code connect:AssociateSecurityProfiles}: Write; on ai-agent, instance, security-profile. */
  public static final Action ASSOCIATE_SECURITY_PROFILES = Action.of(PREFIX, "AssociateSecurityProfiles");

  /** {@code connect:AssociateTrafficDistributionGroupUser}: Write; on instance, traffic-distribution-group, user. */
  public static final Action ASSOCIATE_TRAFFIC_DISTRIBUTION_GROUP_USER = Action.of(PREFIX, "AssociateTrafficDistributionGroupUser");

  /** {@code connect:AssociateUserProficiencies}: Write; on instance, user. */
  public static final Action ASSOCIATE_USER_PROFICIENCIES = Action.of(PREFIX, "AssociateUserProficiencies");

  /** {@code connect:AssociateWorkspace}: Write; on routing-profile, user, workspace. */
  public static final Action ASSOCIATE_WORKSPACE = Action.of(PREFIX, "AssociateWorkspace");

  /** {@code connect:BatchAssociateAnalyticsDataSet}: Write; on instance. */
  public static final Action BATCH_ASSOCIATE_ANALYTICS_DATA_SET = Action.of(PREFIX, "BatchAssociateAnalyticsDataSet");

  /** {@code connect:BatchCreateDataTableValue}: Write; on data-table. */
  public static final Action BATCH_CREATE_DATA_TABLE_VALUE = Action.of(PREFIX, "BatchCreateDataTableValue");

  /** {@code connect:BatchDeleteDataTableValue}: Write; on data-table. */
  public static final Action BATCH_DELETE_DATA_TABLE_VALUE = Action.of(PREFIX, "BatchDeleteDataTableValue");

  /** {@code connect:BatchDescribeDataTableValue}: Read; on data-table. */
  public static final Action BATCH_DESCRIBE_DATA_TABLE_VALUE = Action.of(PREFIX, "BatchDescribeDataTableValue");

  /** {@code connect:BatchDisassociateAnalyticsDataSet}: Write; on instance. */
  public static final Action BATCH_DISASSOCIATE_ANALYTICS_DATA_SET = Action.of(PREFIX, "BatchDisassociateAnalyticsDataSet");

  /** {@code connect:BatchGetAttachedFileMetadata}: Read; on attached-file. */
  public static final Action BATCH_GET_ATTACHED_FILE_METADATA = Action.of(PREFIX, "BatchGetAttachedFileMetadata");

  /** {@code connect:BatchGetFlowAssociation}: List; on wildcard-phone-number. */
  public static final Action BATCH_GET_FLOW_ASSOCIATION = Action.of(PREFIX, "BatchGetFlowAssociation");

  /** {@code connect:BatchPutContact}: Write; on instance, queue. */
  public static final Action BATCH_PUT_CONTACT = Action.of(PREFIX, "BatchPutContact");

  /** {@code connect:BatchUpdateDataTableValue}: Write; on data-table. */
  public static final Action BATCH_UPDATE_DATA_TABLE_VALUE = Action.of(PREFIX, "BatchUpdateDataTableValue");

  /** {@code connect:ClaimPhoneNumber}: Write; on instance, traffic-distribution-group, wildcard-phone-number. */
  public static final Action CLAIM_PHONE_NUMBER = Action.of(PREFIX, "ClaimPhoneNumber");

  /** {@code connect:CompleteAttachedFileUpload}: Write; on attached-file. */
  public static final Action COMPLETE_ATTACHED_FILE_UPLOAD = Action.of(PREFIX, "CompleteAttachedFileUpload");

  /** {@code connect:CreateAgentStatus}: Write; on agent-status. */
  public static final Action CREATE_AGENT_STATUS = Action.of(PREFIX, "CreateAgentStatus");

  /** {@code connect:CreateAuthenticationProfile}: Write; on authentication-profile. */
  public static final Action CREATE_AUTHENTICATION_PROFILE = Action.of(PREFIX, "CreateAuthenticationProfile");

  /** {@code connect:CreateContact}: Write; on contact, instance, user. */
  public static final Action CREATE_CONTACT = Action.of(PREFIX, "CreateContact");

  /** {@code connect:CreateContactFlow}: Write; on contact-flow. */
  public static final Action CREATE_CONTACT_FLOW = Action.of(PREFIX, "CreateContactFlow");

  /** {@code connect:CreateContactFlowModule}: Write; on contact-flow-module. */
  public static final Action CREATE_CONTACT_FLOW_MODULE = Action.of(PREFIX, "CreateContactFlowModule");

  /** {@code connect:CreateContactFlowModuleAlias}: Write; on contact-flow-module. */
  public static final Action CREATE_CONTACT_FLOW_MODULE_ALIAS = Action.of(PREFIX, "CreateContactFlowModuleAlias");

  /** {@code connect:CreateContactFlowModuleVersion}: Write; on contact-flow-module. */
  public static final Action CREATE_CONTACT_FLOW_MODULE_VERSION = Action.of(PREFIX, "CreateContactFlowModuleVersion");

  /** {@code connect:CreateContactFlowVersion}: Write; on contact-flow. */
  public static final Action CREATE_CONTACT_FLOW_VERSION = Action.of(PREFIX, "CreateContactFlowVersion");

  /** {@code connect:CreateDataTable}: Write; on data-table. */
  public static final Action CREATE_DATA_TABLE = Action.of(PREFIX, "CreateDataTable");

  /** {@code connect:CreateDataTableAttribute}: Write; on data-table. */
  public static final Action CREATE_DATA_TABLE_ATTRIBUTE = Action.of(PREFIX, "CreateDataTableAttribute");

  /** {@code connect:CreateEmailAddress}: Write; on instance. */
  public static final Action CREATE_EMAIL_ADDRESS = Action.of(PREFIX, "CreateEmailAddress");

  /** {@code connect:CreateEvaluationForm}: Write; on evaluation-form. */
  public static final Action CREATE_EVALUATION_FORM = Action.of(PREFIX, "CreateEvaluationForm");

  /** {@code connect:CreateHoursOfOperation}: Write; on hours-of-operation. */
  public static final Action CREATE_HOURS_OF_OPERATION = Action.of(PREFIX, "CreateHoursOfOperation");

  /** {@code connect:CreateHoursOfOperationOverride}: Write; on hours-of-operation, instance. */
  public static final Action CREATE_HOURS_OF_OPERATION_OVERRIDE = Action.of(PREFIX, "CreateHoursOfOperationOverride");

  /** {@code connect:CreateInstance}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_INSTANCE = Action.of(PREFIX, "CreateInstance");

  /** {@code connect:CreateIntegrationAssociation}: Write; on instance, integration-association. */
  public static final Action CREATE_INTEGRATION_ASSOCIATION = Action.of(PREFIX, "CreateIntegrationAssociation");

  /** {@code connect:CreateNotification}: Write; on instance, user. */
  public static final Action CREATE_NOTIFICATION = Action.of(PREFIX, "CreateNotification");

  /** {@code connect:CreateParticipant}: Write; on contact, instance. */
  public static final Action CREATE_PARTICIPANT = Action.of(PREFIX, "CreateParticipant");

  /** {@code connect:CreatePersistentContactAssociation}: Write; on contact, instance. */
  public static final Action CREATE_PERSISTENT_CONTACT_ASSOCIATION = Action.of(PREFIX, "CreatePersistentContactAssociation");

  /** {@code connect:CreatePredefinedAttribute}: Write; on instance. */
  public static final Action CREATE_PREDEFINED_ATTRIBUTE = Action.of(PREFIX, "CreatePredefinedAttribute");

  /** {@code connect:CreatePrompt}: Write; on prompt. */
  public static final Action CREATE_PROMPT = Action.of(PREFIX, "CreatePrompt");

  /** {@code connect:CreatePushNotificationRegistration}: Write; on instance. */
  public static final Action CREATE_PUSH_NOTIFICATION_REGISTRATION = Action.of(PREFIX, "CreatePushNotificationRegistration");

  /** {@code connect:CreateQueue}: Write; on contact-flow, hours-of-operation, phone-number, queue, quick-connect. */
  public static final Action CREATE_QUEUE = Action.of(PREFIX, "CreateQueue");

  /** {@code connect:CreateQuickConnect}: Write; on contact-flow, queue, quick-connect, user. */
  public static final Action CREATE_QUICK_CONNECT = Action.of(PREFIX, "CreateQuickConnect");

  /** {@code connect:CreateRoutingProfile}: Write; on queue, routing-profile. */
  public static final Action CREATE_ROUTING_PROFILE = Action.of(PREFIX, "CreateRoutingProfile");

  /** {@code connect:CreateRule}: Write; on rule. */
  public static final Action CREATE_RULE = Action.of(PREFIX, "CreateRule");

  /** {@code connect:CreateSecurityProfile}: Write; on security-profile. */
  public static final Action CREATE_SECURITY_PROFILE = Action.of(PREFIX, "CreateSecurityProfile");

  /** {@code connect:CreateTaskTemplate}: Write; on task-template. */
  public static final Action CREATE_TASK_TEMPLATE = Action.of(PREFIX, "CreateTaskTemplate");

  /** {@code connect:CreateTrafficDistributionGroup}: Write; on instance, traffic-distribution-group. */
  public static final Action CREATE_TRAFFIC_DISTRIBUTION_GROUP = Action.of(PREFIX, "CreateTrafficDistributionGroup");

  /** {@code connect:CreateUseCase}: Write; on instance, integration-association, use-case. */
  public static final Action CREATE_USE_CASE = Action.of(PREFIX, "CreateUseCase");

  /** {@code connect:CreateUser}: Write; on hierarchy-group, routing-profile, security-profile, user. */
  public static final Action CREATE_USER = Action.of(PREFIX, "CreateUser");

  /** {@code connect:CreateUserHierarchyGroup}: Write; on hierarchy-group. */
  public static final Action CREATE_USER_HIERARCHY_GROUP = Action.of(PREFIX, "CreateUserHierarchyGroup");

  /** {@code connect:CreateView}: Write; on customer-managed-view. */
  public static final Action CREATE_VIEW = Action.of(PREFIX, "CreateView");

  /** {@code connect:CreateViewVersion}: Write; on customer-managed-view. */
  public static final Action CREATE_VIEW_VERSION = Action.of(PREFIX, "CreateViewVersion");

  /** {@code connect:CreateVocabulary}: Write; on vocabulary. */
  public static final Action CREATE_VOCABULARY = Action.of(PREFIX, "CreateVocabulary");

  /** {@code connect:CreateWorkspace}: Write; on workspace. */
  public static final Action CREATE_WORKSPACE = Action.of(PREFIX, "CreateWorkspace");

  /** {@code connect:CreateWorkspacePage}: Write; on aws-managed-view, customer-managed-view, workspace. */
  public static final Action CREATE_WORKSPACE_PAGE = Action.of(PREFIX, "CreateWorkspacePage");

  /** {@code connect:DeactivateEvaluationForm}: Write; on evaluation-form. */
  public static final Action DEACTIVATE_EVALUATION_FORM = Action.of(PREFIX, "DeactivateEvaluationForm");

  /** {@code connect:DeleteAttachedFile}: Write; on attached-file. */
  public static final Action DELETE_ATTACHED_FILE = Action.of(PREFIX, "DeleteAttachedFile");

  /** {@code connect:DeleteContactEvaluation}: Write; on contact-evaluation. */
  public static final Action DELETE_CONTACT_EVALUATION = Action.of(PREFIX, "DeleteContactEvaluation");

  /** {@code connect:DeleteContactFlow}: Write; on contact-flow. */
  public static final Action DELETE_CONTACT_FLOW = Action.of(PREFIX, "DeleteContactFlow");

  /** {@code connect:DeleteContactFlowModule}: Write; on contact-flow-module. */
  public static final Action DELETE_CONTACT_FLOW_MODULE = Action.of(PREFIX, "DeleteContactFlowModule");

  /** {@code connect:DeleteContactFlowModuleAlias}: Write; on contact-flow-module. */
  public static final Action DELETE_CONTACT_FLOW_MODULE_ALIAS = Action.of(PREFIX, "DeleteContactFlowModuleAlias");

  /** {@code connect:DeleteContactFlowModuleVersion}: Write; on contact-flow-module. */
  public static final Action DELETE_CONTACT_FLOW_MODULE_VERSION = Action.of(PREFIX, "DeleteContactFlowModuleVersion");

  /** {@code connect:DeleteContactFlowVersion}: Write; on contact-flow. */
  public static final Action DELETE_CONTACT_FLOW_VERSION = Action.of(PREFIX, "DeleteContactFlowVersion");

  /** {@code connect:DeleteDataTable}: Write; on data-table. */
  public static final Action DELETE_DATA_TABLE = Action.of(PREFIX, "DeleteDataTable");

  /** {@code connect:DeleteDataTableAttribute}: Write; on data-table. */
  public static final Action DELETE_DATA_TABLE_ATTRIBUTE = Action.of(PREFIX, "DeleteDataTableAttribute");

  /** {@code connect:DeleteEmailAddress}: Write; on email-address. */
  public static final Action DELETE_EMAIL_ADDRESS = Action.of(PREFIX, "DeleteEmailAddress");

  /** {@code connect:DeleteEvaluationForm}: Write; on evaluation-form. */
  public static final Action DELETE_EVALUATION_FORM = Action.of(PREFIX, "DeleteEvaluationForm");

  /** {@code connect:DeleteHoursOfOperation}: Write; on hours-of-operation. */
  public static final Action DELETE_HOURS_OF_OPERATION = Action.of(PREFIX, "DeleteHoursOfOperation");

  /** {@code connect:DeleteHoursOfOperationOverride}: Write; on hours-of-operation, instance. */
  public static final Action DELETE_HOURS_OF_OPERATION_OVERRIDE = Action.of(PREFIX, "DeleteHoursOfOperationOverride");

  /** {@code connect:DeleteInstance}: Write; on instance. */
  public static final Action DELETE_INSTANCE = Action.of(PREFIX, "DeleteInstance");

  /** {@code connect:DeleteIntegrationAssociation}: Write; on instance, integration-association. */
  public static final Action DELETE_INTEGRATION_ASSOCIATION = Action.of(PREFIX, "DeleteIntegrationAssociation");

  /** {@code connect:DeleteNotification}: Write; on notification. */
  public static final Action DELETE_NOTIFICATION = Action.of(PREFIX, "DeleteNotification");

  /** {@code connect:DeletePredefinedAttribute}: Write; on instance. */
  public static final Action DELETE_PREDEFINED_ATTRIBUTE = Action.of(PREFIX, "DeletePredefinedAttribute");

  /** {@code connect:DeletePrompt}: Write; on prompt. */
  public static final Action DELETE_PROMPT = Action.of(PREFIX, "DeletePrompt");

  /** {@code connect:DeletePushNotificationRegistration}: Write; on instance. */
  public static final Action DELETE_PUSH_NOTIFICATION_REGISTRATION = Action.of(PREFIX, "DeletePushNotificationRegistration");

  /** {@code connect:DeleteQueue}: Write; on queue. */
  public static final Action DELETE_QUEUE = Action.of(PREFIX, "DeleteQueue");

  /** {@code connect:DeleteQuickConnect}: Write; on quick-connect. */
  public static final Action DELETE_QUICK_CONNECT = Action.of(PREFIX, "DeleteQuickConnect");

  /** {@code connect:DeleteRoutingProfile}: Write; on routing-profile. */
  public static final Action DELETE_ROUTING_PROFILE = Action.of(PREFIX, "DeleteRoutingProfile");

  /** {@code connect:DeleteRule}: Write; on rule. */
  public static final Action DELETE_RULE = Action.of(PREFIX, "DeleteRule");

  /** {@code connect:DeleteSecurityProfile}: Write; on security-profile. */
  public static final Action DELETE_SECURITY_PROFILE = Action.of(PREFIX, "DeleteSecurityProfile");

  /** {@code connect:DeleteTaskTemplate}: Write; on task-template. */
  public static final Action DELETE_TASK_TEMPLATE = Action.of(PREFIX, "DeleteTaskTemplate");

  /** {@code connect:DeleteTrafficDistributionGroup}: Write; on traffic-distribution-group. */
  public static final Action DELETE_TRAFFIC_DISTRIBUTION_GROUP = Action.of(PREFIX, "DeleteTrafficDistributionGroup");

  /** {@code connect:DeleteUseCase}: Write; on instance, use-case. */
  public static final Action DELETE_USE_CASE = Action.of(PREFIX, "DeleteUseCase");

  /** {@code connect:DeleteUser}: Write; on user. */
  public static final Action DELETE_USER = Action.of(PREFIX, "DeleteUser");

  /** {@code connect:DeleteUserHierarchyGroup}: Write; on hierarchy-group. */
  public static final Action DELETE_USER_HIERARCHY_GROUP = Action.of(PREFIX, "DeleteUserHierarchyGroup");

  /** {@code connect:DeleteView}: Write; on customer-managed-view. */
  public static final Action DELETE_VIEW = Action.of(PREFIX, "DeleteView");

  /** {@code connect:DeleteViewVersion}: Write; on customer-managed-view-version. */
  public static final Action DELETE_VIEW_VERSION = Action.of(PREFIX, "DeleteViewVersion");

  /** {@code connect:DeleteVocabulary}: Write; on vocabulary. */
  public static final Action DELETE_VOCABULARY = Action.of(PREFIX, "DeleteVocabulary");

  /** {@code connect:DeleteWorkspace}: Write; on workspace. */
  public static final Action DELETE_WORKSPACE = Action.of(PREFIX, "DeleteWorkspace");

  /** {@code connect:DeleteWorkspaceMedia}: Write; on workspace. */
  public static final Action DELETE_WORKSPACE_MEDIA = Action.of(PREFIX, "DeleteWorkspaceMedia");

  /** {@code connect:DeleteWorkspacePage}: Write; on workspace. */
  public static final Action DELETE_WORKSPACE_PAGE = Action.of(PREFIX, "DeleteWorkspacePage");

  /** {@code connect:DescribeAgentStatus}: Read; on agent-status. */
  public static final Action DESCRIBE_AGENT_STATUS = Action.of(PREFIX, "DescribeAgentStatus");

  /** {@code connect:DescribeAuthenticationProfile}: Read; on authentication-profile. */
  public static final Action DESCRIBE_AUTHENTICATION_PROFILE = Action.of(PREFIX, "DescribeAuthenticationProfile");

  /** {@code connect:DescribeContact}: Read; on contact. */
  public static final Action DESCRIBE_CONTACT = Action.of(PREFIX, "DescribeContact");

  /** {@code connect:DescribeContactEvaluation}: Read; on contact-evaluation. */
  public static final Action DESCRIBE_CONTACT_EVALUATION = Action.of(PREFIX, "DescribeContactEvaluation");

  /** {@code connect:DescribeContactFlow}: Read; on contact-flow. */
  public static final Action DESCRIBE_CONTACT_FLOW = Action.of(PREFIX, "DescribeContactFlow");

  /** {@code connect:DescribeContactFlowModule}: Read; on contact-flow-module. */
  public static final Action DESCRIBE_CONTACT_FLOW_MODULE = Action.of(PREFIX, "DescribeContactFlowModule");

  /** {@code connect:DescribeContactFlowModuleAlias}: Read; on contact-flow-module. */
  public static final Action DESCRIBE_CONTACT_FLOW_MODULE_ALIAS = Action.of(PREFIX, "DescribeContactFlowModuleAlias");

  /** {@code connect:DescribeDataTable}: Read; on data-table. */
  public static final Action DESCRIBE_DATA_TABLE = Action.of(PREFIX, "DescribeDataTable");

  /** {@code connect:DescribeDataTableAttribute}: Read; on data-table. */
  public static final Action DESCRIBE_DATA_TABLE_ATTRIBUTE = Action.of(PREFIX, "DescribeDataTableAttribute");

  /** {@code connect:DescribeEmailAddress}: Read; on email-address. */
  public static final Action DESCRIBE_EMAIL_ADDRESS = Action.of(PREFIX, "DescribeEmailAddress");

  /** {@code connect:DescribeEvaluationForm}: Read; on evaluation-form. */
  public static final Action DESCRIBE_EVALUATION_FORM = Action.of(PREFIX, "DescribeEvaluationForm");

  /** {@code connect:DescribeForecastingPlanningSchedulingIntegration}: Read; on instance. */
  public static final Action DESCRIBE_FORECASTING_PLANNING_SCHEDULING_INTEGRATION = Action.of(PREFIX, "DescribeForecastingPlanningSchedulingIntegration");

  /** {@code connect:DescribeHoursOfOperation}: Read; on hours-of-operation. */
  public static final Action DESCRIBE_HOURS_OF_OPERATION = Action.of(PREFIX, "DescribeHoursOfOperation");

  /** {@code connect:DescribeHoursOfOperationOverride}: Read; on hours-of-operation, instance. */
  public static final Action DESCRIBE_HOURS_OF_OPERATION_OVERRIDE = Action.of(PREFIX, "DescribeHoursOfOperationOverride");

  /** {@code connect:DescribeInstance}: Read; on instance. */
  public static final Action DESCRIBE_INSTANCE = Action.of(PREFIX, "DescribeInstance");

  /** {@code connect:DescribeInstanceAttribute}: Read; on instance. */
  public static final Action DESCRIBE_INSTANCE_ATTRIBUTE = Action.of(PREFIX, "DescribeInstanceAttribute");

  /** {@code connect:DescribeInstanceStorageConfig}: Read; on instance. */
  public static final Action DESCRIBE_INSTANCE_STORAGE_CONFIG = Action.of(PREFIX, "DescribeInstanceStorageConfig");

  /** {@code connect:DescribeNotification}: Read; on notification. */
  public static final Action DESCRIBE_NOTIFICATION = Action.of(PREFIX, "DescribeNotification");

  /** {@code connect:DescribePhoneNumber}: Read; on phone-number. */
  public static final Action DESCRIBE_PHONE_NUMBER = Action.of(PREFIX, "DescribePhoneNumber");

  /** {@code connect:DescribePredefinedAttribute}: Read; on instance. */
  public static final Action DESCRIBE_PREDEFINED_ATTRIBUTE = Action.of(PREFIX, "DescribePredefinedAttribute");

  /** {@code connect:DescribePrompt}: Read; on prompt. */
  public static final Action DESCRIBE_PROMPT = Action.of(PREFIX, "DescribePrompt");

  /** {@code connect:DescribeQueue}: Read; on queue. */
  public static final Action DESCRIBE_QUEUE = Action.of(PREFIX, "DescribeQueue");

  /** {@code connect:DescribeQuickConnect}: Read; on quick-connect. */
  public static final Action DESCRIBE_QUICK_CONNECT = Action.of(PREFIX, "DescribeQuickConnect");

  /** {@code connect:DescribeRoutingProfile}: Read; on routing-profile. */
  public static final Action DESCRIBE_ROUTING_PROFILE = Action.of(PREFIX, "DescribeRoutingProfile");

  /** {@code connect:DescribeRule}: Read; on rule. */
  public static final Action DESCRIBE_RULE = Action.of(PREFIX, "DescribeRule");

  /** {@code connect:DescribeSecurityProfile}: Read; on security-profile. */
  public static final Action DESCRIBE_SECURITY_PROFILE = Action.of(PREFIX, "DescribeSecurityProfile");

  /** {@code connect:DescribeTrafficDistributionGroup}: Read; on traffic-distribution-group. */
  public static final Action DESCRIBE_TRAFFIC_DISTRIBUTION_GROUP = Action.of(PREFIX, "DescribeTrafficDistributionGroup");

  /** {@code connect:DescribeUser}: Read; on user. */
  public static final Action DESCRIBE_USER = Action.of(PREFIX, "DescribeUser");

  /** {@code connect:DescribeUserHierarchyGroup}: Read; on hierarchy-group. */
  public static final Action DESCRIBE_USER_HIERARCHY_GROUP = Action.of(PREFIX, "DescribeUserHierarchyGroup");

  /** {@code connect:DescribeUserHierarchyStructure}: Read; on instance. */
  public static final Action DESCRIBE_USER_HIERARCHY_STRUCTURE = Action.of(PREFIX, "DescribeUserHierarchyStructure");

  /** {@code connect:DescribeView}: Read; on aws-managed-view, customer-managed-view, qualified-aws-managed-view, qualified-customer-managed-view. */
  public static final Action DESCRIBE_VIEW = Action.of(PREFIX, "DescribeView");

  /** {@code connect:DescribeVocabulary}: Read; on vocabulary. */
  public static final Action DESCRIBE_VOCABULARY = Action.of(PREFIX, "DescribeVocabulary");

  /** {@code connect:DescribeWorkspace}: Read; on workspace. */
  public static final Action DESCRIBE_WORKSPACE = Action.of(PREFIX, "DescribeWorkspace");

  /** {@code connect:DisassociateAnalyticsDataSet}: Write; on instance. */
  public static final Action DISASSOCIATE_ANALYTICS_DATA_SET = Action.of(PREFIX, "DisassociateAnalyticsDataSet");

  /** {@code connect:DisassociateApprovedOrigin}: Write; on instance. */
  public static final Action DISASSOCIATE_APPROVED_ORIGIN = Action.of(PREFIX, "DisassociateApprovedOrigin");

  /** {@code connect:DisassociateBot}: Write; on instance. */
  public static final Action DISASSOCIATE_BOT = Action.of(PREFIX, "DisassociateBot");

  /** {@code connect:DisassociateCustomerProfilesDomain}: Write; on instance. */
  public static final Action DISASSOCIATE_CUSTOMER_PROFILES_DOMAIN = Action.of(PREFIX, "DisassociateCustomerProfilesDomain");

  /** {@code connect:DisassociateEmailAddressAlias}: Write; on email-address. */
  public static final Action DISASSOCIATE_EMAIL_ADDRESS_ALIAS = Action.of(PREFIX, "DisassociateEmailAddressAlias");

  /** {@code connect:DisassociateFlow}: Write; on wildcard-phone-number. */
  public static final Action DISASSOCIATE_FLOW = Action.of(PREFIX, "DisassociateFlow");

  /** {@code connect:DisassociateInstanceStorageConfig}: Write; on instance. */
  public static final Action DISASSOCIATE_INSTANCE_STORAGE_CONFIG = Action.of(PREFIX, "DisassociateInstanceStorageConfig");

  /** {@code connect:DisassociateLambdaFunction}: Write; on instance. */
  public static final Action DISASSOCIATE_LAMBDA_FUNCTION = Action.of(PREFIX, "DisassociateLambdaFunction");

  /** {@code connect:DisassociateLexBot}: Write; on instance. */
  public static final Action DISASSOCIATE_LEX_BOT = Action.of(PREFIX, "DisassociateLexBot");

  /** {@code connect:DisassociatePhoneNumberContactFlow}: Write; on phone-number. */
  public static final Action DISASSOCIATE_PHONE_NUMBER_CONTACT_FLOW = Action.of(PREFIX, "DisassociatePhoneNumberContactFlow");

  /** {@code connect:DisassociateQueueEmailAddresses}: Write; on queue. */
  public static final Action DISASSOCIATE_QUEUE_EMAIL_ADDRESSES = Action.of(PREFIX, "DisassociateQueueEmailAddresses");

  /** {@code connect:DisassociateQueueQuickConnects}: Write; on queue, quick-connect. */
  public static final Action DISASSOCIATE_QUEUE_QUICK_CONNECTS = Action.of(PREFIX, "DisassociateQueueQuickConnects");

  /** {@code connect:DisassociateRoutingProfileQueues}: Write; on routing-profile. */
  public static final Action DISASSOCIATE_ROUTING_PROFILE_QUEUES = Action.of(PREFIX, "DisassociateRoutingProfileQueues");

  /** {@code connect:DisassociateSecurityKey}: Write; on instance. */
  public static final Action DISASSOCIATE_SECURITY_KEY = Action.of(PREFIX, "DisassociateSecurityKey");

  /** {@code connect:DisassociateSecurityProfiles}: Write; on ai-agent, instance, security-profile. */
  public static final Action DISASSOCIATE_SECURITY_PROFILES = Action.of(PREFIX, "DisassociateSecurityProfiles");

  /** {@code connect:DisassociateTrafficDistributionGroupUser}: Write; on instance, traffic-distribution-group, user. */
  public static final Action DISASSOCIATE_TRAFFIC_DISTRIBUTION_GROUP_USER = Action.of(PREFIX, "DisassociateTrafficDistributionGroupUser");

  /** {@code connect:DisassociateUserProficiencies}: Write; on instance, user. */
  public static final Action DISASSOCIATE_USER_PROFICIENCIES = Action.of(PREFIX, "DisassociateUserProficiencies");

  /** {@code connect:DisassociateWorkspace}: Write; on workspace. */
  public static final Action DISASSOCIATE_WORKSPACE = Action.of(PREFIX, "DisassociateWorkspace");

  /** {@code connect:DismissUserContact}: Write; on user. */
  public static final Action DISMISS_USER_CONTACT = Action.of(PREFIX, "DismissUserContact");

  /** {@code connect:EvaluateDataTableValues}: Read; on data-table. */
  public static final Action EVALUATE_DATA_TABLE_VALUES = Action.of(PREFIX, "EvaluateDataTableValues");

  /** {@code connect:GetAttachedFile}: Read; on attached-file. */
  public static final Action GET_ATTACHED_FILE = Action.of(PREFIX, "GetAttachedFile");

  /** {@code connect:GetContactAttributes}: Read; on contact. */
  public static final Action GET_CONTACT_ATTRIBUTES = Action.of(PREFIX, "GetContactAttributes");

  /** {@code connect:GetContactMetrics}: Read; on contact, instance. */
  public static final Action GET_CONTACT_METRICS = Action.of(PREFIX, "GetContactMetrics");

  /** {@code connect:GetCurrentMetricData}: Read; on queue, routing-profile. */
  public static final Action GET_CURRENT_METRIC_DATA = Action.of(PREFIX, "GetCurrentMetricData");

  /** {@code connect:GetCurrentUserData}: Read; on hierarchy-group, queue, routing-profile, user. */
  public static final Action GET_CURRENT_USER_DATA = Action.of(PREFIX, "GetCurrentUserData");

  /** {@code connect:GetEffectiveHoursOfOperations}: Read; on hours-of-operation, instance. */
  public static final Action GET_EFFECTIVE_HOURS_OF_OPERATIONS = Action.of(PREFIX, "GetEffectiveHoursOfOperations");

  /** {@code connect:GetFederationToken}: Read; on instance. */
  public static final Action GET_FEDERATION_TOKEN = Action.of(PREFIX, "GetFederationToken");

  /** {@code connect:GetFlowAssociation}: Read; on wildcard-phone-number. */
  public static final Action GET_FLOW_ASSOCIATION = Action.of(PREFIX, "GetFlowAssociation");

  /** {@code connect:GetMetricData}: Read; on queue. */
  public static final Action GET_METRIC_DATA = Action.of(PREFIX, "GetMetricData");

  /** {@code connect:GetMetricDataV2}: Read; on hierarchy-group, queue, routing-profile, user. */
  public static final Action GET_METRIC_DATA_V2 = Action.of(PREFIX, "GetMetricDataV2");

  /** {@code connect:GetPromptFile}: Read; on prompt. */
  public static final Action GET_PROMPT_FILE = Action.of(PREFIX, "GetPromptFile");

  /** {@code connect:GetTaskTemplate}: Read; on task-template. */
  public static final Action GET_TASK_TEMPLATE = Action.of(PREFIX, "GetTaskTemplate");

  /** {@code connect:GetTrafficDistribution}: List; on traffic-distribution-group. */
  public static final Action GET_TRAFFIC_DISTRIBUTION = Action.of(PREFIX, "GetTrafficDistribution");

  /** {@code connect:ImportPhoneNumber}: Write; on instance, wildcard-phone-number. */
  public static final Action IMPORT_PHONE_NUMBER = Action.of(PREFIX, "ImportPhoneNumber");

  /** {@code connect:ImportWorkspaceMedia}: Write; on workspace. */
  public static final Action IMPORT_WORKSPACE_MEDIA = Action.of(PREFIX, "ImportWorkspaceMedia");

  /** {@code connect:ListAgentStatuses}: List; on wildcard-agent-status. */
  public static final Action LIST_AGENT_STATUSES = Action.of(PREFIX, "ListAgentStatuses");

  /** {@code connect:ListAnalyticsDataAssociations}: List; on instance. */
  public static final Action LIST_ANALYTICS_DATA_ASSOCIATIONS = Action.of(PREFIX, "ListAnalyticsDataAssociations");

  /** {@code connect:ListAnalyticsDataLakeDataSets}: List; on instance. */
  public static final Action LIST_ANALYTICS_DATA_LAKE_DATA_SETS = Action.of(PREFIX, "ListAnalyticsDataLakeDataSets");

  /** {@code connect:ListApprovedOrigins}: List; on instance. */
  public static final Action LIST_APPROVED_ORIGINS = Action.of(PREFIX, "ListApprovedOrigins");

  /** {@code connect:ListAssociatedContacts}: List; on contact. */
  public static final Action LIST_ASSOCIATED_CONTACTS = Action.of(PREFIX, "ListAssociatedContacts");

  /** {@code connect:ListAuthenticationProfiles}: List; on instance. */
  public static final Action LIST_AUTHENTICATION_PROFILES = Action.of(PREFIX, "ListAuthenticationProfiles");

  /** {@code connect:ListBots}: List; on instance. */
  public static final Action LIST_BOTS = Action.of(PREFIX, "ListBots");

  /** {@code connect:ListContactEvaluations}: List; on instance. */
  public static final Action LIST_CONTACT_EVALUATIONS = Action.of(PREFIX, "ListContactEvaluations");

  /** {@code connect:ListContactFlowModuleAliases}: List; on contact-flow-module. */
  public static final Action LIST_CONTACT_FLOW_MODULE_ALIASES = Action.of(PREFIX, "ListContactFlowModuleAliases");

  /** {@code connect:ListContactFlowModuleVersions}: List; on contact-flow-module. */
  public static final Action LIST_CONTACT_FLOW_MODULE_VERSIONS = Action.of(PREFIX, "ListContactFlowModuleVersions");

  /** {@code connect:ListContactFlowModules}: List; on instance. */
  public static final Action LIST_CONTACT_FLOW_MODULES = Action.of(PREFIX, "ListContactFlowModules");

  /** {@code connect:ListContactFlowVersions}: List; on contact-flow. */
  public static final Action LIST_CONTACT_FLOW_VERSIONS = Action.of(PREFIX, "ListContactFlowVersions");

  /** {@code connect:ListContactFlows}: List; on wildcard-contact-flow. */
  public static final Action LIST_CONTACT_FLOWS = Action.of(PREFIX, "ListContactFlows");

  /** {@code connect:ListContactReferences}: List; on contact. */
  public static final Action LIST_CONTACT_REFERENCES = Action.of(PREFIX, "ListContactReferences");

  /** {@code connect:ListDataTableAttributes}: List; on data-table. */
  public static final Action LIST_DATA_TABLE_ATTRIBUTES = Action.of(PREFIX, "ListDataTableAttributes");

  /** {@code connect:ListDataTablePrimaryValues}: List; on data-table. */
  public static final Action LIST_DATA_TABLE_PRIMARY_VALUES = Action.of(PREFIX, "ListDataTablePrimaryValues");

  /** {@code connect:ListDataTableValues}: List; on data-table. */
  public static final Action LIST_DATA_TABLE_VALUES = Action.of(PREFIX, "ListDataTableValues");

  /** {@code connect:ListDataTables}: List; on instance. */
  public static final Action LIST_DATA_TABLES = Action.of(PREFIX, "ListDataTables");

  /** {@code connect:ListDefaultVocabularies}: List; on instance. */
  public static final Action LIST_DEFAULT_VOCABULARIES = Action.of(PREFIX, "ListDefaultVocabularies");

  /** {@code connect:ListEntitySecurityProfiles}: List; on ai-agent, instance. */
  public static final Action LIST_ENTITY_SECURITY_PROFILES = Action.of(PREFIX, "ListEntitySecurityProfiles");

  /** {@code connect:ListEvaluationFormVersions}: List; on evaluation-form. */
  public static final Action LIST_EVALUATION_FORM_VERSIONS = Action.of(PREFIX, "ListEvaluationFormVersions");

  /** {@code connect:ListEvaluationForms}: List; on instance. */
  public static final Action LIST_EVALUATION_FORMS = Action.of(PREFIX, "ListEvaluationForms");

  /** {@code connect:ListFlowAssociations}: List; on instance. */
  public static final Action LIST_FLOW_ASSOCIATIONS = Action.of(PREFIX, "ListFlowAssociations");

  /** {@code connect:ListHoursOfOperationOverrides}: List; on hours-of-operation, instance. */
  public static final Action LIST_HOURS_OF_OPERATION_OVERRIDES = Action.of(PREFIX, "ListHoursOfOperationOverrides");

  /** {@code connect:ListHoursOfOperations}: List; on instance. */
  public static final Action LIST_HOURS_OF_OPERATIONS = Action.of(PREFIX, "ListHoursOfOperations");

  /** {@code connect:ListInstanceAttributes}: List; on instance. */
  public static final Action LIST_INSTANCE_ATTRIBUTES = Action.of(PREFIX, "ListInstanceAttributes");

  /** {@code connect:ListInstanceStorageConfigs}: List; on instance. */
  public static final Action LIST_INSTANCE_STORAGE_CONFIGS = Action.of(PREFIX, "ListInstanceStorageConfigs");

  /** {@code connect:ListInstances}: List; on no resource type (give {@code *}). */
  public static final Action LIST_INSTANCES = Action.of(PREFIX, "ListInstances");

  /** {@code connect:ListIntegrationAssociations}: List; on instance. */
  public static final Action LIST_INTEGRATION_ASSOCIATIONS = Action.of(PREFIX, "ListIntegrationAssociations");

  /** {@code connect:ListLambdaFunctions}: List; on instance. */
  public static final Action LIST_LAMBDA_FUNCTIONS = Action.of(PREFIX, "ListLambdaFunctions");

  /** {@code connect:ListLexBots}: List; on instance. */
  public static final Action LIST_LEX_BOTS = Action.of(PREFIX, "ListLexBots");

  /** {@code connect:ListNotifications}: Read; on instance. */
  public static final Action LIST_NOTIFICATIONS = Action.of(PREFIX, "ListNotifications");

  /** {@code connect:ListPhoneNumbers}: List; on wildcard-legacy-phone-number. */
  public static final Action LIST_PHONE_NUMBERS = Action.of(PREFIX, "ListPhoneNumbers");

  /** {@code connect:ListPhoneNumbersV2}: List; on wildcard-phone-number. */
  public static final Action LIST_PHONE_NUMBERS_V2 = Action.of(PREFIX, "ListPhoneNumbersV2");

  /** {@code connect:ListPredefinedAttributes}: List; on instance. */
  public static final Action LIST_PREDEFINED_ATTRIBUTES = Action.of(PREFIX, "ListPredefinedAttributes");

  /** {@code connect:ListPrompts}: List; on instance. */
  public static final Action LIST_PROMPTS = Action.of(PREFIX, "ListPrompts");

  /** {@code connect:ListQueueEmailAddresses}: List; on queue. */
  public static final Action LIST_QUEUE_EMAIL_ADDRESSES = Action.of(PREFIX, "ListQueueEmailAddresses");

  /** {@code connect:ListQueueQuickConnects}: List; on queue. */
  public static final Action LIST_QUEUE_QUICK_CONNECTS = Action.of(PREFIX, "ListQueueQuickConnects");

  /** {@code connect:ListQueues}: List; on wildcard-queue. */
  public static final Action LIST_QUEUES = Action.of(PREFIX, "ListQueues");

  /** {@code connect:ListQuickConnects}: List; on wildcard-quick-connect. */
  public static final Action LIST_QUICK_CONNECTS = Action.of(PREFIX, "ListQuickConnects");

  /** {@code connect:ListRealtimeContactAnalysisSegments}: Read; on contact. */
  public static final Action LIST_REALTIME_CONTACT_ANALYSIS_SEGMENTS = Action.of(PREFIX, "ListRealtimeContactAnalysisSegments");

  /** {@code connect:ListRealtimeContactAnalysisSegmentsV2}: List; on contact. */
  public static final Action LIST_REALTIME_CONTACT_ANALYSIS_SEGMENTS_V2 = Action.of(PREFIX, "ListRealtimeContactAnalysisSegmentsV2");

  /** {@code connect:ListRoutingProfileManualAssignmentQueues}: List; on routing-profile. */
  public static final Action LIST_ROUTING_PROFILE_MANUAL_ASSIGNMENT_QUEUES = Action.of(PREFIX, "ListRoutingProfileManualAssignmentQueues");

  /** {@code connect:ListRoutingProfileQueues}: List; on routing-profile. */
  public static final Action LIST_ROUTING_PROFILE_QUEUES = Action.of(PREFIX, "ListRoutingProfileQueues");

  /** {@code connect:ListRoutingProfiles}: List; on instance. */
  public static final Action LIST_ROUTING_PROFILES = Action.of(PREFIX, "ListRoutingProfiles");

  /** {@code connect:ListRules}: List; on instance. */
  public static final Action LIST_RULES = Action.of(PREFIX, "ListRules");

  /** {@code connect:ListSecurityKeys}: List; on instance. */
  public static final Action LIST_SECURITY_KEYS = Action.of(PREFIX, "ListSecurityKeys");

  /** {@code connect:ListSecurityProfileApplications}: List; on security-profile. */
  public static final Action LIST_SECURITY_PROFILE_APPLICATIONS = Action.of(PREFIX, "ListSecurityProfileApplications");

  /** {@code connect:ListSecurityProfileFlowModules}: List; on instance, security-profile. */
  public static final Action LIST_SECURITY_PROFILE_FLOW_MODULES = Action.of(PREFIX, "ListSecurityProfileFlowModules");

  /** {@code connect:ListSecurityProfilePermissions}: List; on security-profile. */
  public static final Action LIST_SECURITY_PROFILE_PERMISSIONS = Action.of(PREFIX, "ListSecurityProfilePermissions");

  /** {@code connect:ListSecurityProfiles}: List; on instance. */
  public static final Action LIST_SECURITY_PROFILES = Action.of(PREFIX, "ListSecurityProfiles");

  /** {@code connect:ListTagsForResource}: Read; on agent-status, contact-evaluation, contact-flow, contact-flow-module, evaluation-form, hierarchy-group, hours-of-operation, integration-association, phone-number, prompt, queue, quick-connect, routing-profile, rule, security-profile, traffic-distribution-group, use-case, user, wildcard-phone-number. */
  public static final Action LIST_TAGS_FOR_RESOURCE = Action.of(PREFIX, "ListTagsForResource");

  /** {@code connect:ListTaskTemplates}: List; on instance. */
  public static final Action LIST_TASK_TEMPLATES = Action.of(PREFIX, "ListTaskTemplates");

  /** {@code connect:ListTrafficDistributionGroupUsers}: List; on traffic-distribution-group. */
  public static final Action LIST_TRAFFIC_DISTRIBUTION_GROUP_USERS = Action.of(PREFIX, "ListTrafficDistributionGroupUsers");

  /** {@code connect:ListTrafficDistributionGroups}: List; on traffic-distribution-group. */
  public static final Action LIST_TRAFFIC_DISTRIBUTION_GROUPS = Action.of(PREFIX, "ListTrafficDistributionGroups");

  /** {@code connect:ListUseCases}: List; on instance. */
  public static final Action LIST_USE_CASES = Action.of(PREFIX, "ListUseCases");

  /** {@code connect:ListUserHierarchyGroups}: List; on instance. */
  public static final Action LIST_USER_HIERARCHY_GROUPS = Action.of(PREFIX, "ListUserHierarchyGroups");

  /** {@code connect:ListUserNotifications}: Read; on user. */
  public static final Action LIST_USER_NOTIFICATIONS = Action.of(PREFIX, "ListUserNotifications");

  /** {@code connect:ListUserProficiencies}: List; on instance, user. */
  public static final Action LIST_USER_PROFICIENCIES = Action.of(PREFIX, "ListUserProficiencies");

  /** {@code connect:ListUsers}: List; on instance. */
  public static final Action LIST_USERS = Action.of(PREFIX, "ListUsers");

  /** {@code connect:ListViewVersions}: List; on aws-managed-view, customer-managed-view. */
  public static final Action LIST_VIEW_VERSIONS = Action.of(PREFIX, "ListViewVersions");

  /** {@code connect:ListViews}: List; on instance. */
  public static final Action LIST_VIEWS = Action.of(PREFIX, "ListViews");

  /** {@code connect:ListWorkspaceMedia}: List; on workspace. */
  public static final Action LIST_WORKSPACE_MEDIA = Action.of(PREFIX, "ListWorkspaceMedia");

  /** {@code connect:ListWorkspacePages}: List; on workspace. */
  public static final Action LIST_WORKSPACE_PAGES = Action.of(PREFIX, "ListWorkspacePages");

  /** {@code connect:ListWorkspaces}: List; on instance. */
  public static final Action LIST_WORKSPACES = Action.of(PREFIX, "ListWorkspaces");

  /** {@code connect:MonitorContact}: Write; on contact, instance, user. */
  public static final Action MONITOR_CONTACT = Action.of(PREFIX, "MonitorContact");

  /** {@code connect:PauseContact}: Write; on contact, contact-flow, instance. */
  public static final Action PAUSE_CONTACT = Action.of(PREFIX, "PauseContact");

  /** {@code connect:PutUserStatus}: Write; on agent-status, instance, user. */
  public static final Action PUT_USER_STATUS = Action.of(PREFIX, "PutUserStatus");

  /** {@code connect:ReleasePhoneNumber}: Write; on phone-number. */
  public static final Action RELEASE_PHONE_NUMBER = Action.of(PREFIX, "ReleasePhoneNumber");

  /** {@code connect:ReplicateInstance}: Write; on instance. */
  public static final Action REPLICATE_INSTANCE = Action.of(PREFIX, "ReplicateInstance");

  /** {@code connect:ResumeContact}: Write; on contact, contact-flow, instance. */
  public static final Action RESUME_CONTACT = Action.of(PREFIX, "ResumeContact");

  /** {@code connect:ResumeContactRecording}: Write; on contact. */
  public static final Action RESUME_CONTACT_RECORDING = Action.of(PREFIX, "ResumeContactRecording");

  /** {@code connect:SearchAgentStatuses}: Read; on instance. */
  public static final Action SEARCH_AGENT_STATUSES = Action.of(PREFIX, "SearchAgentStatuses");

  /** {@code connect:SearchAvailablePhoneNumbers}: List; on wildcard-phone-number. */
  public static final Action SEARCH_AVAILABLE_PHONE_NUMBERS = Action.of(PREFIX, "SearchAvailablePhoneNumbers");

  /** {@code connect:SearchContactEvaluations}: Read; on instance. */
  public static final Action SEARCH_CONTACT_EVALUATIONS = Action.of(PREFIX, "SearchContactEvaluations");

  /** {@code connect:SearchContactFlowModules}: Read; on instance. */
  public static final Action SEARCH_CONTACT_FLOW_MODULES = Action.of(PREFIX, "SearchContactFlowModules");

  /** {@code connect:SearchContactFlows}: Read; on instance. */
  public static final Action SEARCH_CONTACT_FLOWS = Action.of(PREFIX, "SearchContactFlows");

  /** {@code connect:SearchContacts}: Read; on instance. */
  public static final Action SEARCH_CONTACTS = Action.of(PREFIX, "SearchContacts");

  /** {@code connect:SearchDataTables}: Read; on instance. */
  public static final Action SEARCH_DATA_TABLES = Action.of(PREFIX, "SearchDataTables");

  /** {@code connect:SearchEmailAddresses}: Read; on instance. */
  public static final Action SEARCH_EMAIL_ADDRESSES = Action.of(PREFIX, "SearchEmailAddresses");

  /** {@code connect:SearchEvaluationForms}: Read; on instance. */
  public static final Action SEARCH_EVALUATION_FORMS = Action.of(PREFIX, "SearchEvaluationForms");

  /** {@code connect:SearchHoursOfOperationOverrides}: Read; on hours-of-operation, instance. */
  public static final Action SEARCH_HOURS_OF_OPERATION_OVERRIDES = Action.of(PREFIX, "SearchHoursOfOperationOverrides");

  /** {@code connect:SearchHoursOfOperations}: Read; on instance. */
  public static final Action SEARCH_HOURS_OF_OPERATIONS = Action.of(PREFIX, "SearchHoursOfOperations");

  /** {@code connect:SearchNotifications}: Read; on instance. */
  public static final Action SEARCH_NOTIFICATIONS = Action.of(PREFIX, "SearchNotifications");

  /** {@code connect:SearchPredefinedAttributes}: Read; on instance. */
  public static final Action SEARCH_PREDEFINED_ATTRIBUTES = Action.of(PREFIX, "SearchPredefinedAttributes");

  /** {@code connect:SearchPrompts}: Read; on instance. */
  public static final Action SEARCH_PROMPTS = Action.of(PREFIX, "SearchPrompts");

  /** {@code connect:SearchQueues}: Read; on instance. */
  public static final Action SEARCH_QUEUES = Action.of(PREFIX, "SearchQueues");

  /** {@code connect:SearchQuickConnects}: Read; on instance. */
  public static final Action SEARCH_QUICK_CONNECTS = Action.of(PREFIX, "SearchQuickConnects");

  /** {@code connect:SearchResourceTags}: List; on instance. */
  public static final Action SEARCH_RESOURCE_TAGS = Action.of(PREFIX, "SearchResourceTags");

  /** {@code connect:SearchRoutingProfiles}: Read; on instance. */
  public static final Action SEARCH_ROUTING_PROFILES = Action.of(PREFIX, "SearchRoutingProfiles");

  /** {@code connect:SearchSecurityProfiles}: Read; on instance. */
  public static final Action SEARCH_SECURITY_PROFILES = Action.of(PREFIX, "SearchSecurityProfiles");

  /** {@code connect:SearchUserHierarchyGroups}: Read; on instance. */
  public static final Action SEARCH_USER_HIERARCHY_GROUPS = Action.of(PREFIX, "SearchUserHierarchyGroups");

  /** {@code connect:SearchUsers}: Read; on instance. */
  public static final Action SEARCH_USERS = Action.of(PREFIX, "SearchUsers");

  /** {@code connect:SearchViews}: Read; on instance. */
  public static final Action SEARCH_VIEWS = Action.of(PREFIX, "SearchViews");

  /** {@code connect:SearchVocabularies}: List; on vocabulary. */
  public static final Action SEARCH_VOCABULARIES = Action.of(PREFIX, "SearchVocabularies");

  /** {@code connect:SearchWorkspaceAssociations}: Read; on workspace. */
  public static final Action SEARCH_WORKSPACE_ASSOCIATIONS = Action.of(PREFIX, "SearchWorkspaceAssociations");

  /** {@code connect:SearchWorkspaces}: Read; on instance. */
  public static final Action SEARCH_WORKSPACES = Action.of(PREFIX, "SearchWorkspaces");

  /** {@code connect:SendChatIntegrationEvent}: Write; on no resource type (give {@code *}). */
  public static final Action SEND_CHAT_INTEGRATION_EVENT = Action.of(PREFIX, "SendChatIntegrationEvent");

  /** {@code connect:SendIntegrationEvent}: Write; on no resource type (give {@code *}). */
  public static final Action SEND_INTEGRATION_EVENT = Action.of(PREFIX, "SendIntegrationEvent");

  /** {@code connect:SendOutboundChatMessage}: Write; on instance, phone-number. */
  public static final Action SEND_OUTBOUND_CHAT_MESSAGE = Action.of(PREFIX, "SendOutboundChatMessage");

  /** {@code connect:SendOutboundEmail}: Write; on instance. */
  public static final Action SEND_OUTBOUND_EMAIL = Action.of(PREFIX, "SendOutboundEmail");

  /** {@code connect:StartAttachedFileUpload}: Write; on attached-file. */
  public static final Action START_ATTACHED_FILE_UPLOAD = Action.of(PREFIX, "StartAttachedFileUpload");

  /** {@code connect:StartChatContact}: Write; on contact, contact-flow. */
  public static final Action START_CHAT_CONTACT = Action.of(PREFIX, "StartChatContact");

  /** {@code connect:StartContactEvaluation}: Write; on contact, contact-evaluation, evaluation-form. */
  public static final Action START_CONTACT_EVALUATION = Action.of(PREFIX, "StartContactEvaluation");

  /** {@code connect:StartContactMediaProcessing}: Write; on contact, instance. */
  public static final Action START_CONTACT_MEDIA_PROCESSING = Action.of(PREFIX, "StartContactMediaProcessing");

  /** {@code connect:StartContactRecording}: Write; on contact. */
  public static final Action START_CONTACT_RECORDING = Action.of(PREFIX, "StartContactRecording");

  /** {@code connect:StartContactStreaming}: Write; on instance. */
  public static final Action START_CONTACT_STREAMING = Action.of(PREFIX, "StartContactStreaming");

  /** {@code connect:StartEmailContact}: Write; on contact-flow. */
  public static final Action START_EMAIL_CONTACT = Action.of(PREFIX, "StartEmailContact");

  /** {@code connect:StartForecastingPlanningSchedulingIntegration}: Write; on instance. */
  public static final Action START_FORECASTING_PLANNING_SCHEDULING_INTEGRATION = Action.of(PREFIX, "StartForecastingPlanningSchedulingIntegration");

  /** {@code connect:StartOutboundChatContact}: Write; on contact, contact-flow, instance, phone-number. */
  public static final Action START_OUTBOUND_CHAT_CONTACT = Action.of(PREFIX, "StartOutboundChatContact");

  /** {@code connect:StartOutboundEmailContact}: Write; on contact-flow. */
  public static final Action START_OUTBOUND_EMAIL_CONTACT = Action.of(PREFIX, "StartOutboundEmailContact");

  /** {@code connect:StartOutboundVoiceContact}: Write; on contact. */
  public static final Action START_OUTBOUND_VOICE_CONTACT = Action.of(PREFIX, "StartOutboundVoiceContact");

  /** {@code connect:StartScreenSharing}: Write; on contact, instance. */
  public static final Action START_SCREEN_SHARING = Action.of(PREFIX, "StartScreenSharing");

  /** {@code connect:StartTaskContact}: Write; on contact, contact-flow, quick-connect, task-template. */
  public static final Action START_TASK_CONTACT = Action.of(PREFIX, "StartTaskContact");

  /** {@code connect:StartWebRTCContact}: Write; on contact-flow. */
  public static final Action START_WEB_RTC_CONTACT = Action.of(PREFIX, "StartWebRTCContact");

  /** {@code connect:StopContact}: Write; on contact. */
  public static final Action STOP_CONTACT = Action.of(PREFIX, "StopContact");

  /** {@code connect:StopContactMediaProcessing}: Write; on contact, instance. */
  public static final Action STOP_CONTACT_MEDIA_PROCESSING = Action.of(PREFIX, "StopContactMediaProcessing");

  /** {@code connect:StopContactRecording}: Write; on contact. */
  public static final Action STOP_CONTACT_RECORDING = Action.of(PREFIX, "StopContactRecording");

  /** {@code connect:StopContactStreaming}: Write; on instance. */
  public static final Action STOP_CONTACT_STREAMING = Action.of(PREFIX, "StopContactStreaming");

  /** {@code connect:StopForecastingPlanningSchedulingIntegration}: Write; on instance. */
  public static final Action STOP_FORECASTING_PLANNING_SCHEDULING_INTEGRATION = Action.of(PREFIX, "StopForecastingPlanningSchedulingIntegration");

  /** {@code connect:SubmitContactEvaluation}: Write; on contact-evaluation. */
  public static final Action SUBMIT_CONTACT_EVALUATION = Action.of(PREFIX, "SubmitContactEvaluation");

  /** {@code connect:SuspendContactRecording}: Write; on contact. */
  public static final Action SUSPEND_CONTACT_RECORDING = Action.of(PREFIX, "SuspendContactRecording");

  /** {@code connect:TagContact}: Write; on contact. */
  public static final Action TAG_CONTACT = Action.of(PREFIX, "TagContact");

  /** {@code connect:TagResource}: Tagging; on agent-status, contact-evaluation, contact-flow, contact-flow-module, customer-managed-view, email-address, evaluation-form, hierarchy-group, hours-of-operation, instance, integration-association, phone-number, prompt, queue, quick-connect, routing-profile, rule, security-profile, task-template, traffic-distribution-group, use-case, user, vocabulary, wildcard-phone-number. */
  public static final Action TAG_RESOURCE = Action.of(PREFIX, "TagResource");

  /** {@code connect:TransferContact}: Write; on contact, contact-flow, instance. */
  public static final Action TRANSFER_CONTACT = Action.of(PREFIX, "TransferContact");

  /** {@code connect:UntagContact}: Write; on contact. */
  public static final Action UNTAG_CONTACT = Action.of(PREFIX, "UntagContact");

  /** {@code connect:UntagResource}: Tagging; on agent-status, contact-evaluation, contact-flow, contact-flow-module, customer-managed-view, email-address, evaluation-form, hierarchy-group, hours-of-operation, instance, integration-association, phone-number, prompt, queue, quick-connect, routing-profile, rule, security-profile, task-template, traffic-distribution-group, use-case, user, vocabulary, wildcard-phone-number. */
  public static final Action UNTAG_RESOURCE = Action.of(PREFIX, "UntagResource");

  /** {@code connect:UpdateAgentStatus}: Write; on agent-status. */
  public static final Action UPDATE_AGENT_STATUS = Action.of(PREFIX, "UpdateAgentStatus");

  /** {@code connect:UpdateAuthenticationProfile}: Write; on authentication-profile. */
  public static final Action UPDATE_AUTHENTICATION_PROFILE = Action.of(PREFIX, "UpdateAuthenticationProfile");

  /** {@code connect:UpdateContact}: Write; on contact. */
  public static final Action UPDATE_CONTACT = Action.of(PREFIX, "UpdateContact");

  /** {@code connect:UpdateContactAttributes}: Write; on contact. */
  public static final Action UPDATE_CONTACT_ATTRIBUTES = Action.of(PREFIX, "UpdateContactAttributes");

  /** {@code connect:UpdateContactEvaluation}: Write; on contact-evaluation. */
  public static final Action UPDATE_CONTACT_EVALUATION = Action.of(PREFIX, "UpdateContactEvaluation");

  /** {@code connect:UpdateContactFlowContent}: Write; on contact-flow. */
  public static final Action UPDATE_CONTACT_FLOW_CONTENT = Action.of(PREFIX, "UpdateContactFlowContent");

  /** {@code connect:UpdateContactFlowMetadata}: Write; on contact-flow. */
  public static final Action UPDATE_CONTACT_FLOW_METADATA = Action.of(PREFIX, "UpdateContactFlowMetadata");

  /** {@code connect:UpdateContactFlowModuleAlias}: Write; on contact-flow-module. */
  public static final Action UPDATE_CONTACT_FLOW_MODULE_ALIAS = Action.of(PREFIX, "UpdateContactFlowModuleAlias");

  /** {@code connect:UpdateContactFlowModuleContent}: Write; on contact-flow-module. */
  public static final Action UPDATE_CONTACT_FLOW_MODULE_CONTENT = Action.of(PREFIX, "UpdateContactFlowModuleContent");

  /** {@code connect:UpdateContactFlowModuleMetadata}: Write; on contact-flow-module. */
  public static final Action UPDATE_CONTACT_FLOW_MODULE_METADATA = Action.of(PREFIX, "UpdateContactFlowModuleMetadata");

  /** {@code connect:UpdateContactFlowName}: Write; on contact-flow. */
  public static final Action UPDATE_CONTACT_FLOW_NAME = Action.of(PREFIX, "UpdateContactFlowName");

  /** {@code connect:UpdateContactRoutingData}: Write; on contact. */
  public static final Action UPDATE_CONTACT_ROUTING_DATA = Action.of(PREFIX, "UpdateContactRoutingData");

  /** {@code connect:UpdateContactSchedule}: Write; on contact. */
  public static final Action UPDATE_CONTACT_SCHEDULE = Action.of(PREFIX, "UpdateContactSchedule");

  /** {@code connect:UpdateDataTableAttribute}: Write; on data-table. */
  public static final Action UPDATE_DATA_TABLE_ATTRIBUTE = Action.of(PREFIX, "UpdateDataTableAttribute");

  /** {@code connect:UpdateDataTableMetadata}: Write; on data-table. */
  public static final Action UPDATE_DATA_TABLE_METADATA = Action.of(PREFIX, "UpdateDataTableMetadata");

  /** {@code connect:UpdateDataTablePrimaryValues}: Write; on data-table. */
  public static final Action UPDATE_DATA_TABLE_PRIMARY_VALUES = Action.of(PREFIX, "UpdateDataTablePrimaryValues");

  /** {@code connect:UpdateEmailAddressMetadata}: Write; on email-address. */
  public static final Action UPDATE_EMAIL_ADDRESS_METADATA = Action.of(PREFIX, "UpdateEmailAddressMetadata");

  /** {@code connect:UpdateEvaluationForm}: Write; on evaluation-form. */
  public static final Action UPDATE_EVALUATION_FORM = Action.of(PREFIX, "UpdateEvaluationForm");

  /** {@code connect:UpdateHoursOfOperation}: Write; on hours-of-operation. */
  public static final Action UPDATE_HOURS_OF_OPERATION = Action.of(PREFIX, "UpdateHoursOfOperation");

  /** {@code connect:UpdateHoursOfOperationOverride}: Write; on hours-of-operation, instance. */
  public static final Action UPDATE_HOURS_OF_OPERATION_OVERRIDE = Action.of(PREFIX, "UpdateHoursOfOperationOverride");

  /** {@code connect:UpdateInstanceAttribute}: Write; on instance. */
  public static final Action UPDATE_INSTANCE_ATTRIBUTE = Action.of(PREFIX, "UpdateInstanceAttribute");

  /** {@code connect:UpdateInstanceStorageConfig}: Write; on instance. */
  public static final Action UPDATE_INSTANCE_STORAGE_CONFIG = Action.of(PREFIX, "UpdateInstanceStorageConfig");

  /** {@code connect:UpdateNotificationContent}: Write; on notification. */
  public static final Action UPDATE_NOTIFICATION_CONTENT = Action.of(PREFIX, "UpdateNotificationContent");

  /** {@code connect:UpdateParticipantAuthentication}: Write; on instance. */
  public static final Action UPDATE_PARTICIPANT_AUTHENTICATION = Action.of(PREFIX, "UpdateParticipantAuthentication");

  /** {@code connect:UpdateParticipantRoleConfig}: Write; on contact, instance. */
  public static final Action UPDATE_PARTICIPANT_ROLE_CONFIG = Action.of(PREFIX, "UpdateParticipantRoleConfig");

  /** {@code connect:UpdatePhoneNumber}: Write; on instance, phone-number, traffic-distribution-group. */
  public static final Action UPDATE_PHONE_NUMBER = Action.of(PREFIX, "UpdatePhoneNumber");

  /** {@code connect:UpdatePhoneNumberMetadata}: Write; on phone-number. */
  public static final Action UPDATE_PHONE_NUMBER_METADATA = Action.of(PREFIX, "UpdatePhoneNumberMetadata");

  /** {@code connect:UpdatePredefinedAttribute}: Write; on instance. */
  public static final Action UPDATE_PREDEFINED_ATTRIBUTE = Action.of(PREFIX, "UpdatePredefinedAttribute");

  /** {@code connect:UpdatePrompt}: Write; on prompt. */
  public static final Action UPDATE_PROMPT = Action.of(PREFIX, "UpdatePrompt");

  /** {@code connect:UpdateQueueHoursOfOperation}: Write; on hours-of-operation, queue. */
  public static final Action UPDATE_QUEUE_HOURS_OF_OPERATION = Action.of(PREFIX, "UpdateQueueHoursOfOperation");

  /** {@code connect:UpdateQueueMaxContacts}: Write; on queue. */
  public static final Action UPDATE_QUEUE_MAX_CONTACTS = Action.of(PREFIX, "UpdateQueueMaxContacts");

  /** {@code connect:UpdateQueueName}: Write; on queue. */
  public static final Action UPDATE_QUEUE_NAME = Action.of(PREFIX, "UpdateQueueName");

  /** {@code connect:UpdateQueueOutboundCallerConfig}: Write; on contact-flow, phone-number, queue. */
  public static final Action UPDATE_QUEUE_OUTBOUND_CALLER_CONFIG = Action.of(PREFIX, "UpdateQueueOutboundCallerConfig");

  /** {@code connect:UpdateQueueOutboundEmailConfig}: Write; on queue. */
  public static final Action UPDATE_QUEUE_OUTBOUND_EMAIL_CONFIG = Action.of(PREFIX, "UpdateQueueOutboundEmailConfig");

  /** {@code connect:UpdateQueueStatus}: Write; on queue. */
  public static final Action UPDATE_QUEUE_STATUS = Action.of(PREFIX, "UpdateQueueStatus");

  /** {@code connect:UpdateQuickConnectConfig}: Write; on contact-flow, queue, quick-connect, user. */
  public static final Action UPDATE_QUICK_CONNECT_CONFIG = Action.of(PREFIX, "UpdateQuickConnectConfig");

  /** {@code connect:UpdateQuickConnectName}: Write; on quick-connect. */
  public static final Action UPDATE_QUICK_CONNECT_NAME = Action.of(PREFIX, "UpdateQuickConnectName");

  /** {@code connect:UpdateRoutingProfileAgentAvailabilityTimer}: Write; on routing-profile. */
  public static final Action UPDATE_ROUTING_PROFILE_AGENT_AVAILABILITY_TIMER = Action.of(PREFIX, "UpdateRoutingProfileAgentAvailabilityTimer");

  /** {@code connect:UpdateRoutingProfileConcurrency}: Write; on routing-profile. */
  public static final Action UPDATE_ROUTING_PROFILE_CONCURRENCY = Action.of(PREFIX, "UpdateRoutingProfileConcurrency");

  /** {@code connect:UpdateRoutingProfileDefaultOutboundQueue}: Write; on queue, routing-profile. */
  public static final Action UPDATE_ROUTING_PROFILE_DEFAULT_OUTBOUND_QUEUE = Action.of(PREFIX, "UpdateRoutingProfileDefaultOutboundQueue");

  /** {@code connect:UpdateRoutingProfileName}: Write; on routing-profile. */
  public static final Action UPDATE_ROUTING_PROFILE_NAME = Action.of(PREFIX, "UpdateRoutingProfileName");

  /** {@code connect:UpdateRoutingProfileQueues}: Write; on routing-profile. */
  public static final Action UPDATE_ROUTING_PROFILE_QUEUES = Action.of(PREFIX, "UpdateRoutingProfileQueues");

  /** {@code connect:UpdateRule}: Write; on rule. */
  public static final Action UPDATE_RULE = Action.of(PREFIX, "UpdateRule");

  /** {@code connect:UpdateSecurityProfile}: Write; on security-profile. */
  public static final Action UPDATE_SECURITY_PROFILE = Action.of(PREFIX, "UpdateSecurityProfile");

  /** {@code connect:UpdateTaskTemplate}: Write; on task-template. */
  public static final Action UPDATE_TASK_TEMPLATE = Action.of(PREFIX, "UpdateTaskTemplate");

  /** {@code connect:UpdateTrafficDistribution}: Write; on traffic-distribution-group. */
  public static final Action UPDATE_TRAFFIC_DISTRIBUTION = Action.of(PREFIX, "UpdateTrafficDistribution");

  /** {@code connect:UpdateUserHierarchy}: Write; on hierarchy-group, user. */
  public static final Action UPDATE_USER_HIERARCHY = Action.of(PREFIX, "UpdateUserHierarchy");

  /** {@code connect:UpdateUserHierarchyGroupName}: Write; on hierarchy-group. */
  public static final Action UPDATE_USER_HIERARCHY_GROUP_NAME = Action.of(PREFIX, "UpdateUserHierarchyGroupName");

  /** {@code connect:UpdateUserHierarchyStructure}: Write; on instance. */
  public static final Action UPDATE_USER_HIERARCHY_STRUCTURE = Action.of(PREFIX, "UpdateUserHierarchyStructure");

  /** {@code connect:UpdateUserIdentityInfo}: Write; on user. */
  public static final Action UPDATE_USER_IDENTITY_INFO = Action.of(PREFIX, "UpdateUserIdentityInfo");

  /** {@code connect:UpdateUserNotificationStatus}: Write; on user. */
  public static final Action UPDATE_USER_NOTIFICATION_STATUS = Action.of(PREFIX, "UpdateUserNotificationStatus");

  /** {@code connect:UpdateUserPhoneConfig}: Write; on user. */
  public static final Action UPDATE_USER_PHONE_CONFIG = Action.of(PREFIX, "UpdateUserPhoneConfig");

  /** {@code connect:UpdateUserProficiencies}: Write; on instance, user. */
  public static final Action UPDATE_USER_PROFICIENCIES = Action.of(PREFIX, "UpdateUserProficiencies");

  /** {@code connect:UpdateUserRoutingProfile}: Write; on routing-profile, user. */
  public static final Action UPDATE_USER_ROUTING_PROFILE = Action.of(PREFIX, "UpdateUserRoutingProfile");

  /** {@code connect:UpdateUserSecurityProfiles}: Write; on security-profile, user. */
  public static final Action UPDATE_USER_SECURITY_PROFILES = Action.of(PREFIX, "UpdateUserSecurityProfiles");

  /** {@code connect:UpdateViewContent}: Write; on customer-managed-view. */
  public static final Action UPDATE_VIEW_CONTENT = Action.of(PREFIX, "UpdateViewContent");

  /** {@code connect:UpdateViewMetadata}: Write; on customer-managed-view. */
  public static final Action UPDATE_VIEW_METADATA = Action.of(PREFIX, "UpdateViewMetadata");

  /** {@code connect:UpdateWorkspaceMetadata}: Write; on workspace. */
  public static final Action UPDATE_WORKSPACE_METADATA = Action.of(PREFIX, "UpdateWorkspaceMetadata");

  /** {@code connect:UpdateWorkspacePage}: Write; on aws-managed-view, customer-managed-view, workspace. */
  public static final Action UPDATE_WORKSPACE_PAGE = Action.of(PREFIX, "UpdateWorkspacePage");

  /** {@code connect:UpdateWorkspaceTheme}: Write; on workspace. */
  public static final Action UPDATE_WORKSPACE_THEME = Action.of(PREFIX, "UpdateWorkspaceTheme");

  /** {@code connect:UpdateWorkspaceVisibility}: Write; on workspace. */
  public static final Action UPDATE_WORKSPACE_VISIBILITY = Action.of(PREFIX, "UpdateWorkspaceVisibility");

  private Connect() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
