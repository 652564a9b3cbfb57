// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of AWS Config (prefix {@code config}), as the service authorization reference lists them.
 */
public final class Config {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "config";

  /** {@code config:AssociateResourceTypes}: Write; on ConfigurationRecorder. */
  public static final Action ASSOCIATE_RESOURCE_TYPES = Action.of(PREFIX, "AssociateResourceTypes");

  /** {@code config:BatchGetAggregateResourceConfig}: Read; on ConfigurationAggregator. */
  public static final Action BATCH_GET_AGGREGATE_RESOURCE_CONFIG = Action.of(PREFIX, "BatchGetAggregateResourceConfig");

  /** {@code config:BatchGetResourceConfig}: Read; on no resource type (give {@code *}). */
  public static final Action BATCH_GET_RESOURCE_CONFIG = Action.of(PREFIX, "BatchGetResourceConfig");

  /** {@code config:DeleteAggregationAuthorization}: Write; on AggregationAuthorization. */
  public static final Action DELETE_AGGREGATION_AUTHORIZATION = Action.of(PREFIX, "DeleteAggregationAuthorization");

  /** {@code config:DeleteConfigRule}: Write; on ConfigRule. */
  public static final Action DELETE_CONFIG_RULE = Action.of(PREFIX, "DeleteConfigRule");

  /** {@code config:DeleteConfigurationAggregator}: Write; on ConfigurationAggregator. */
  public static final Action DELETE_CONFIGURATION_AGGREGATOR = Action.of(PREFIX, "DeleteConfigurationAggregator");

  /** {@code config:DeleteConfigurationRecorder}: Write; on ConfigurationRecorder. */
  public static final Action DELETE_CONFIGURATION_RECORDER = Action.of(PREFIX, "DeleteConfigurationRecorder");

  /** {@code config:DeleteConformancePack}: Write; on ConformancePack. */
  public static final Action DELETE_CONFORMANCE_PACK = Action.of(PREFIX, "DeleteConformancePack");

  /** {@code config:DeleteDeliveryChannel}: Write; on no resource type (give {@code *}). */
  public static final Action DELETE_DELIVERY_CHANNEL = Action.of(PREFIX, "DeleteDeliveryChannel");

  /** {@code config:DeleteEvaluationResults}: Write; on ConfigRule. */
  public static final Action DELETE_EVALUATION_RESULTS = Action.of(PREFIX, "DeleteEvaluationResults");

  /** {@code config:DeleteOrganizationConfigRule}: Write; on OrganizationConfigRule. */
  public static final Action DELETE_ORGANIZATION_CONFIG_RULE = Action.of(PREFIX, "DeleteOrganizationConfigRule");

  /** {@code config:DeleteOrganizationConformancePack}: Write; on OrganizationConformancePack. */
  public static final Action DELETE_ORGANIZATION_CONFORMANCE_PACK = Action.of(PREFIX, "DeleteOrganizationConformancePack");

  /** {@code config:DeletePendingAggregationRequest}: Write; on no resource type (give {@code *}). */
  public static final Action DELETE_PENDING_AGGREGATION_REQUEST = Action.of(PREFIX, "DeletePendingAggregationRequest");

  /** {@code config:DeleteRemediationConfiguration}: Write; on RemediationConfiguration. */
  public static final Action DELETE_REMEDIATION_CONFIGURATION = Action.of(PREFIX, "DeleteRemediationConfiguration");

  /** {@code config:DeleteRemediationExceptions}: Write; on no resource type (give {@code *}). */
  public static final Action DELETE_REMEDIATION_EXCEPTIONS = Action.of(PREFIX, "DeleteRemediationExceptions");

  /** {@code config:DeleteResourceConfig}: Write; on no resource type (give {@code *}). */
  public static final Action DELETE_RESOURCE_CONFIG = Action.of(PREFIX, "DeleteResourceConfig");

  /** {@code config:DeleteRetentionConfiguration}: Write; on no resource type (give {@code *}). */
  public static final Action DELETE_RETENTION_CONFIGURATION = Action.of(PREFIX, "DeleteRetentionConfiguration");

  /** {@code config:DeleteServiceLinkedConfigurationRecorder}: Write; on ConfigurationRecorder. */
  public static final Action DELETE_SERVICE_LINKED_CONFIGURATION_RECORDER = Action.of(PREFIX, "DeleteServiceLinkedConfigurationRecorder");

  /** {@code config:DeleteStoredQuery}: Write; on StoredQuery. */
  public static final Action DELETE_STORED_QUERY = Action.of(PREFIX, "DeleteStoredQuery");

  /** {@code config:DeliverConfigSnapshot}: Read; on no resource type (give {@code *}). */
  public static final Action DELIVER_CONFIG_SNAPSHOT = Action.of(PREFIX, "DeliverConfigSnapshot");

  /** {@code config:DescribeAggregateComplianceByConfigRules}: Read; on ConfigurationAggregator. */
  public static final Action DESCRIBE_AGGREGATE_COMPLIANCE_BY_CONFIG_RULES = Action.of(PREFIX, "DescribeAggregateComplianceByConfigRules");

  /** {@code config:DescribeAggregateComplianceByConformancePacks}: Read; on ConfigurationAggregator. */
  public static final Action DESCRIBE_AGGREGATE_COMPLIANCE_BY_CONFORMANCE_PACKS = Action.of(PREFIX, "DescribeAggregateComplianceByConformancePacks");

  /** {@code config:DescribeAggregationAuthorizations}: List; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_AGGREGATION_AUTHORIZATIONS = Action.of(PREFIX, "DescribeAggregationAuthorizations");

  /** {@code config:DescribeComplianceByConfigRule}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_COMPLIANCE_BY_CONFIG_RULE = Action.of(PREFIX, "DescribeComplianceByConfigRule");

  /** {@code config:DescribeComplianceByResource}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_COMPLIANCE_BY_RESOURCE = Action.of(PREFIX, "DescribeComplianceByResource");

  /** {@code config:DescribeConfigRuleEvaluationStatus}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_CONFIG_RULE_EVALUATION_STATUS = Action.of(PREFIX, "DescribeConfigRuleEvaluationStatus");

  /** {@code config:DescribeConfigRules}: List; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_CONFIG_RULES = Action.of(PREFIX, "DescribeConfigRules");

  /** {@code config:DescribeConfigurationAggregatorSourcesStatus}: Read; on ConfigurationAggregator. */
  public static final Action DESCRIBE_CONFIGURATION_AGGREGATOR_SOURCES_STATUS = Action.of(PREFIX, "DescribeConfigurationAggregatorSourcesStatus");

  /** {@code config:DescribeConfigurationAggregators}: List; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_CONFIGURATION_AGGREGATORS = Action.of(PREFIX, "DescribeConfigurationAggregators");

  /** {@code config:DescribeConfigurationRecorderStatus}: Read; on ConfigurationRecorder. */
  public static final Action DESCRIBE_CONFIGURATION_RECORDER_STATUS = Action.of(PREFIX, "DescribeConfigurationRecorderStatus");

  /** {@code config:DescribeConfigurationRecorders}: Read; on ConfigurationRecorder. */
  public static final Action DESCRIBE_CONFIGURATION_RECORDERS = Action.of(PREFIX, "DescribeConfigurationRecorders");

  /** {@code config:DescribeConformancePackCompliance}: Read; on ConformancePack. */
  public static final Action DESCRIBE_CONFORMANCE_PACK_COMPLIANCE = Action.of(PREFIX, "DescribeConformancePackCompliance");

  /** {@code config:DescribeConformancePackStatus}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_CONFORMANCE_PACK_STATUS = Action.of(PREFIX, "DescribeConformancePackStatus");

  /** {@code config:DescribeConformancePacks}: List; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_CONFORMANCE_PACKS = Action.of(PREFIX, "DescribeConformancePacks");

  /** {@code config:DescribeDeliveryChannelStatus}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_DELIVERY_CHANNEL_STATUS = Action.of(PREFIX, "DescribeDeliveryChannelStatus");

  /** {@code config:DescribeDeliveryChannels}: List; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_DELIVERY_CHANNELS = Action.of(PREFIX, "DescribeDeliveryChannels");

  /** {@code config:DescribeOrganizationConfigRuleStatuses}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_ORGANIZATION_CONFIG_RULE_STATUSES = Action.of(PREFIX, "DescribeOrganizationConfigRuleStatuses");

  /** {@code config:DescribeOrganizationConfigRules}: List; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_ORGANIZATION_CONFIG_RULES = Action.of(PREFIX, "DescribeOrganizationConfigRules");

  /** {@code config:DescribeOrganizationConformancePackStatuses}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_ORGANIZATION_CONFORMANCE_PACK_STATUSES = Action.of(PREFIX, "DescribeOrganizationConformancePackStatuses");

  /** {@code config:DescribeOrganizationConformancePacks}: List; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_ORGANIZATION_CONFORMANCE_PACKS = Action.of(PREFIX, "DescribeOrganizationConformancePacks");

  /** {@code config:DescribePendingAggregationRequests}: List; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_PENDING_AGGREGATION_REQUESTS = Action.of(PREFIX, "DescribePendingAggregationRequests");

  /** {@code config:DescribeRemediationConfigurations}: List; on RemediationConfiguration. */
  public static final Action DESCRIBE_REMEDIATION_CONFIGURATIONS = Action.of(PREFIX, "DescribeRemediationConfigurations");

  /** {@code config:DescribeRemediationExceptions}: List; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_REMEDIATION_EXCEPTIONS = Action.of(PREFIX, "DescribeRemediationExceptions");

  /** {@code config:DescribeRemediationExecutionStatus}: Read; on RemediationConfiguration. */
  public static final Action DESCRIBE_REMEDIATION_EXECUTION_STATUS = Action.of(PREFIX, "DescribeRemediationExecutionStatus");

  /** {@code config:DescribeRetentionConfigurations}: List; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_RETENTION_CONFIGURATIONS = Action.of(PREFIX, "DescribeRetentionConfigurations");

  /** {@code config:DisassociateResourceTypes}: Write; on ConfigurationRecorder. */
  public static final Action DISASSOCIATE_RESOURCE_TYPES = Action.of(PREFIX, "DisassociateResourceTypes");

  /** {@code config:GetAggregateComplianceDetailsByConfigRule}: Read; on ConfigurationAggregator. */
  public static final Action GET_AGGREGATE_COMPLIANCE_DETAILS_BY_CONFIG_RULE = Action.of(PREFIX, "GetAggregateComplianceDetailsByConfigRule");

  /** {@code config:GetAggregateConfigRuleComplianceSummary}: Read; on ConfigurationAggregator. */
  public static final Action GET_AGGREGATE_CONFIG_RULE_COMPLIANCE_SUMMARY = Action.of(PREFIX, "GetAggregateConfigRuleComplianceSummary");

  /** {@code config:GetAggregateConformancePackComplianceSummary}: Read; on ConfigurationAggregator. */
  public static final Action GET_AGGREGATE_CONFORMANCE_PACK_COMPLIANCE_SUMMARY = Action.of(PREFIX, "GetAggregateConformancePackComplianceSummary");

  /** {@code config:GetAggregateDiscoveredResourceCounts}: Read; on ConfigurationAggregator. */
  public static final Action GET_AGGREGATE_DISCOVERED_RESOURCE_COUNTS = Action.of(PREFIX, "GetAggregateDiscoveredResourceCounts");

  /** {@code config:GetAggregateResourceConfig}: Read; on ConfigurationAggregator. */
  public static final Action GET_AGGREGATE_RESOURCE_CONFIG = Action.of(PREFIX, "GetAggregateResourceConfig");

  /** {@code config:GetComplianceDetailsByConfigRule}: Read; on ConfigRule. */
  public static final Action GET_COMPLIANCE_DETAILS_BY_CONFIG_RULE = Action.of(PREFIX, "GetComplianceDetailsByConfigRule");

  /** {@code config:GetComplianceDetailsByResource}: Read; on no resource type (give {@code *}). */
  public static final Action GET_COMPLIANCE_DETAILS_BY_RESOURCE = Action.of(PREFIX, "GetComplianceDetailsByResource");

  /** {@code config:GetComplianceSummaryByConfigRule}: Read; on no resource type (give {@code *}). */
  public static final Action GET_COMPLIANCE_SUMMARY_BY_CONFIG_RULE = Action.of(PREFIX, "GetComplianceSummaryByConfigRule");

  /** {@code config:GetComplianceSummaryByResourceType}: Read; on no resource type (give {@code *}). */
  public static final Action GET_COMPLIANCE_SUMMARY_BY_RESOURCE_TYPE = Action.of(PREFIX, "GetComplianceSummaryByResourceType");

  /** {@code config:GetConformancePackComplianceDetails}: Read; on ConformancePack. */
  public static final Action GET_CONFORMANCE_PACK_COMPLIANCE_DETAILS = Action.of(PREFIX, "GetConformancePackComplianceDetails");

  /** {@code config:GetConformancePackComplianceSummary}: Read; on ConformancePack. */
  public static final Action GET_CONFORMANCE_PACK_COMPLIANCE_SUMMARY = Action.of(PREFIX, "GetConformancePackComplianceSummary");

  /** {@code config:GetCustomRulePolicy}: Read; on ConfigRule. */
  public static final Action GET_CUSTOM_RULE_POLICY = Action.of(PREFIX, "GetCustomRulePolicy");

  /** {@code config:GetDiscoveredResourceCounts}: Read; on no resource type (give {@code *}). */
  public static final Action GET_DISCOVERED_RESOURCE_COUNTS = Action.of(PREFIX, "GetDiscoveredResourceCounts");

  /** {@code config:GetOrganizationConfigRuleDetailedStatus}: Read; on OrganizationConfigRule. */
  public static final Action GET_ORGANIZATION_CONFIG_RULE_DETAILED_STATUS = Action.of(PREFIX, "GetOrganizationConfigRuleDetailedStatus");

  /** {@code config:GetOrganizationConformancePackDetailedStatus}: Read; on OrganizationConformancePack. */
  public static final Action GET_ORGANIZATION_CONFORMANCE_PACK_DETAILED_STATUS = Action.of(PREFIX, "GetOrganizationConformancePackDetailedStatus");

  /** {@code config:GetOrganizationCustomRulePolicy}: Read; on OrganizationConfigRule. */
  public static final Action GET_ORGANIZATION_CUSTOM_RULE_POLICY = Action.of(PREFIX, "GetOrganizationCustomRulePolicy");

  /** {@code config:GetResourceConfigHistory}: Read; on no resource type (give {@code *}). */
  public static final Action GET_RESOURCE_CONFIG_HISTORY = Action.of(PREFIX, "GetResourceConfigHistory");

  /** {@code config:GetResourceEvaluationSummary}: Read; on no resource type (give {@code *}). */
  public static final Action GET_RESOURCE_EVALUATION_SUMMARY = Action.of(PREFIX, "GetResourceEvaluationSummary");

  /** {@code config:GetStoredQuery}: Read; on StoredQuery. */
  public static final Action GET_STORED_QUERY = Action.of(PREFIX, "GetStoredQuery");

  /** {@code config:ListAggregateDiscoveredResources}: List; on ConfigurationAggregator. */
  public static final Action LIST_AGGREGATE_DISCOVERED_RESOURCES = Action.of(PREFIX, "ListAggregateDiscoveredResources");

  /** {@code config:ListConfigurationRecorders}: List; on no resource type (give {@code *}). */
  public static final Action LIST_CONFIGURATION_RECORDERS = Action.of(PREFIX, "ListConfigurationRecorders");

  /** {@code config:ListConformancePackComplianceScores}: List; on no resource type (give {@code *}). */
  public static final Action LIST_CONFORMANCE_PACK_COMPLIANCE_SCORES = Action.of(PREFIX, "ListConformancePackComplianceScores");

  /** {@code config:ListDiscoveredResources}: List; on no resource type (give {@code *}). */
  public static final Action LIST_DISCOVERED_RESOURCES = Action.of(PREFIX, "ListDiscoveredResources");

  /** {@code config:ListResourceEvaluations}: List; on no resource type (give {@code *}). */
  public static final Action LIST_RESOURCE_EVALUATIONS = Action.of(PREFIX, "ListResourceEvaluations");

  /** {@code config:ListStoredQueries}: List; on no resource type (give {@code *}). */
  public static final Action LIST_STORED_QUERIES = Action.of(PREFIX, "ListStoredQueries");

  /** {@code config:ListTagsForResource}: Read; on AggregationAuthorization, ConfigRule, ConfigurationAggregator, ConfigurationRecorder, ConformancePack, OrganizationConfigRule, OrganizationConformancePack, StoredQuery. */
  public static final Action LIST_TAGS_FOR_RESOURCE = Action.of(PREFIX, "ListTagsForResource");

  /** {@code config:PutAggregationAuthorization}: Write; on AggregationAuthorization. */
  public static final Action PUT_AGGREGATION_AUTHORIZATION = Action.of(PREFIX, "PutAggregationAuthorization");

  /** {@code config:PutConfigRule}: Write; on ConfigRule. */
  public static final Action PUT_CONFIG_RULE = Action.of(PREFIX, "PutConfigRule");

  /** {@code config:PutConfigurationAggregator}: Write; on ConfigurationAggregator. */
  public static final Action PUT_CONFIGURATION_AGGREGATOR = Action.of(PREFIX, "PutConfigurationAggregator");

  /** {@code config:PutConfigurationRecorder}: Write; on ConfigurationRecorder. */
  public static final Action PUT_CONFIGURATION_RECORDER = Action.of(PREFIX, "PutConfigurationRecorder");

  /** {@code config:PutConformancePack}: Write; on ConformancePack. */
  public static final Action PUT_CONFORMANCE_PACK = Action.of(PREFIX, "PutConformancePack");

  /** {@code config:PutDeliveryChannel}: Write; on no resource type (give {@code *}). */
  public static final Action PUT_DELIVERY_CHANNEL = Action.of(PREFIX, "PutDeliveryChannel");

  /** {@code config:PutEvaluations}: Write; on no resource type (give {@code *}). */
  public static final Action PUT_EVALUATIONS = Action.of(PREFIX, "PutEvaluations");

  /** {@code config:PutExternalEvaluation}: Write; on ConfigRule. */
  public static final Action PUT_EXTERNAL_EVALUATION = Action.of(PREFIX, "PutExternalEvaluation");

  /** {@code config:PutOrganizationConfigRule}: Write; on OrganizationConfigRule. */
  public static final Action PUT_ORGANIZATION_CONFIG_RULE = Action.of(PREFIX, "PutOrganizationConfigRule");

  /** {@code config:PutOrganizationConformancePack}: Write; on OrganizationConformancePack. */
  public static final Action PUT_ORGANIZATION_CONFORMANCE_PACK = Action.of(PREFIX, "PutOrganizationConformancePack");

  /** {@code config:PutRemediationConfigurations}: Write; on RemediationConfiguration. */
  public static final Action PUT_REMEDIATION_CONFIGURATIONS = Action.of(PREFIX, "PutRemediationConfigurations");

  /** {@code config:PutRemediationExceptions}: Write; on no resource type (give {@code *}). */
  public static final Action PUT_REMEDIATION_EXCEPTIONS = Action.of(PREFIX, "PutRemediationExceptions");

  /** {@code config:PutResourceConfig}: Write; on no resource type (give {@code *}). */
  public static final Action PUT_RESOURCE_CONFIG = Action.of(PREFIX, "PutResourceConfig");

  /** {@code config:PutRetentionConfiguration}: Write; on no resource type (give {@code *}). */
  public static final Action PUT_RETENTION_CONFIGURATION = Action.of(PREFIX, "PutRetentionConfiguration");

  /** {@code config:PutServiceLinkedConfigurationRecorder}: Write; on no resource type (give {@code *}). */
  public static final Action PUT_SERVICE_LINKED_CONFIGURATION_RECORDER = Action.of(PREFIX, "PutServiceLinkedConfigurationRecorder");

  /** {@code config:PutStoredQuery}: Write; on StoredQuery. */
  public static final Action PUT_STORED_QUERY = Action.of(PREFIX, "PutStoredQuery");

  /** {@code config:SelectAggregateResourceConfig}: Read; on ConfigurationAggregator. */
  public static final Action SELECT_AGGREGATE_RESOURCE_CONFIG = Action.of(PREFIX, "SelectAggregateResourceConfig");

  /** {@code config:SelectResourceConfig}: Read; on no resource type (give {@code *}). */
  public static final Action SELECT_RESOURCE_CONFIG = Action.of(PREFIX, "SelectResourceConfig");

  /** {@code config:StartConfigRulesEvaluation}: Write; on ConfigRule. */
  public static final Action START_CONFIG_RULES_EVALUATION = Action.of(PREFIX, "StartConfigRulesEvaluation");

  /** {@code config:StartConfigurationRecorder}: Write; on ConfigurationRecorder. */
  public static final Action START_CONFIGURATION_RECORDER = Action.of(PREFIX, "StartConfigurationRecorder");

  /** {@code config:StartRemediationExecution}: Write; on no resource type (give {@code *}). */
  public static final Action START_REMEDIATION_EXECUTION = Action.of(PREFIX, "StartRemediationExecution");

  /** {@code config:StartResourceEvaluation}: Write; on no resource type (give {@code *}). */
  public static final Action START_RESOURCE_EVALUATION = Action.of(PREFIX, "StartResourceEvaluation");

  /** {@code config:StopConfigurationRecorder}: Write; on ConfigurationRecorder. */
  public static final Action STOP_CONFIGURATION_RECORDER = Action.of(PREFIX, "StopConfigurationRecorder");

  /** {@code config:TagResource}: Tagging; on AggregationAuthorization, ConfigRule, ConfigurationAggregator, ConfigurationRecorder, ConformancePack, OrganizationConfigRule, OrganizationConformancePack, StoredQuery. */
  public static final Action TAG_RESOURCE = Action.of(PREFIX, "TagResource");

  /** {@code config:UntagResource}: Tagging; on AggregationAuthorization, ConfigRule, ConfigurationAggregator, ConfigurationRecorder, ConformancePack, OrganizationConfigRule, OrganizationConformancePack, StoredQuery. */
  public static final Action UNTAG_RESOURCE = Action.of(PREFIX, "UntagResource");

  private Config() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
