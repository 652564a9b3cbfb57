// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of Amazon CloudWatch Logs (prefix {@code logs}), as the service authorization reference lists them.
 */
public final class Logs {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "logs";

  /** {@code logs:AssociateKmsKey}: Write; on log-group. */
  public static final Action ASSOCIATE_KMS_KEY = Action.of(PREFIX, "AssociateKmsKey");

  /** {@code logs:AssociateSourceToS3TableIntegration}: Write; on no resource type (give {@code *}). */
  public static final Action ASSOCIATE_SOURCE_TO_S3_TABLE_INTEGRATION = Action.of(PREFIX, "AssociateSourceToS3TableIntegration");

  /** {@code logs:CallWithBearerToken}: Write; on no resource type (give {@code *}). */
  public static final Action CALL_WITH_BEARER_TOKEN = Action.of(PREFIX, "CallWithBearerToken");

  /** {@code logs:CancelExportTask}: Write; on no resource type (give {@code *}). */
  public static final Action CANCEL_EXPORT_TASK = Action.of(PREFIX, "CancelExportTask");

  /** {@code logs:CancelImportTask}: Write; on no resource type (give {@code *}). */
  public static final Action CANCEL_IMPORT_TASK = Action.of(PREFIX, "CancelImportTask");

  /** {@code logs:CreateDelivery}: Write; on delivery, delivery-destination, delivery-source. */
  public static final Action CREATE_DELIVERY = Action.of(PREFIX, "CreateDelivery");

  /** {@code logs:CreateExportTask}: Write; on log-group. */
  public static final Action CREATE_EXPORT_TASK = Action.of(PREFIX, "CreateExportTask");

  /** {@code logs:CreateImportTask}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_IMPORT_TASK = Action.of(PREFIX, "CreateImportTask");

  /** {@code logs:CreateLogAnomalyDetector}: Write; on log-group. */
  public static final Action CREATE_LOG_ANOMALY_DETECTOR = Action.of(PREFIX, "CreateLogAnomalyDetector");

  /** {@code logs:CreateLogDelivery}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_LOG_DELIVERY = Action.of(PREFIX, "CreateLogDelivery");

  /** {@code logs:CreateLogGroup}: Write; on log-group. */
  public static final Action CREATE_LOG_GROUP = Action.of(PREFIX, "CreateLogGroup");

  /** {@code logs:CreateLogStream}: Write; on log-stream. */
  public static final Action CREATE_LOG_STREAM = Action.of(PREFIX, "CreateLogStream");

  /** {@code logs:CreateLookupTable}: Write; on lookup-table. */
  public static final Action CREATE_LOOKUP_TABLE = Action.of(PREFIX, "CreateLookupTable");

  /** {@code logs:CreateScheduledQuery}: Write; on scheduled-query. */
  public static final Action CREATE_SCHEDULED_QUERY = Action.of(PREFIX, "CreateScheduledQuery");

  /** {@code logs:DeleteAccountPolicy}: Write; on no resource type (give {@code *}). */
  public static final Action DELETE_ACCOUNT_POLICY = Action.of(PREFIX, "DeleteAccountPolicy");

  /** {@code logs:DeleteDataProtectionPolicy}: Write; on log-group. */
  public static final Action DELETE_DATA_PROTECTION_POLICY = Action.of(PREFIX, "DeleteDataProtectionPolicy");

  /** {@code logs:DeleteDelivery}: Write; on delivery. */
  public static final Action DELETE_DELIVERY = Action.of(PREFIX, "DeleteDelivery");

  /** {@code logs:DeleteDeliveryDestination}: Write; on delivery-destination. */
  public static final Action DELETE_DELIVERY_DESTINATION = Action.of(PREFIX, "DeleteDeliveryDestination");

  /** {@code logs:DeleteDeliveryDestinationPolicy}: Write; on delivery-destination. */
  public static final Action DELETE_DELIVERY_DESTINATION_POLICY = Action.of(PREFIX, "DeleteDeliveryDestinationPolicy");

  /** {@code logs:DeleteDeliverySource}: Write; on delivery-destination. */
  public static final Action DELETE_DELIVERY_SOURCE = Action.of(PREFIX, "DeleteDeliverySource");

  /** {@code logs:DeleteDestination}: Write; on destination. */
  public static final Action DELETE_DESTINATION = Action.of(PREFIX, "DeleteDestination");

  /** {@code logs:DeleteIndexPolicy}: Write; on no resource type (give {@code *}). */
  public static final Action DELETE_INDEX_POLICY = Action.of(PREFIX, "DeleteIndexPolicy");

  /** {@code logs:DeleteIntegration}: Write; on no resource type (give {@code *}). */
  public static final Action DELETE_INTEGRATION = Action.of(PREFIX, "DeleteIntegration");

  /** {@code logs:DeleteLogAnomalyDetector}: Write; on anomaly-detector. */
  public static final Action DELETE_LOG_ANOMALY_DETECTOR = Action.of(PREFIX, "DeleteLogAnomalyDetector");

  /** {@code logs:DeleteLogDelivery}: Write; on no resource type (give {@code *}). */
  public static final Action DELETE_LOG_DELIVERY = Action.of(PREFIX, "DeleteLogDelivery");

  /** {@code logs:DeleteLogGroup}: Write; on log-group. */
  public static final Action DELETE_LOG_GROUP = Action.of(PREFIX, "DeleteLogGroup");

  /** {@code logs:DeleteLogStream}: Write; on log-stream. */
  public static final Action DELETE_LOG_STREAM = Action.of(PREFIX, "DeleteLogStream");

  /** {@code logs:DeleteLookupTable}: Write; on lookup-table. */
  public static final Action DELETE_LOOKUP_TABLE = Action.of(PREFIX, "DeleteLookupTable");

  /** {@code logs:DeleteMetricFilter}: Write; on log-group. */
  public static final Action DELETE_METRIC_FILTER = Action.of(PREFIX, "DeleteMetricFilter");

  /** {@code logs:DeletePipelineRule}: Write; on no resource type (give {@code *}). */
  public static final Action DELETE_PIPELINE_RULE = Action.of(PREFIX, "DeletePipelineRule");

  /** {@code logs:DeleteQueryDefinition}: Write; on no resource type (give {@code *}). */
  public static final Action DELETE_QUERY_DEFINITION = Action.of(PREFIX, "DeleteQueryDefinition");

  /** {@code logs:DeleteResourcePolicy}: Permissions management; on no resource type (give {@code *}). */
  public static final Action DELETE_RESOURCE_POLICY = Action.of(PREFIX, "DeleteResourcePolicy");

  /** {@code logs:DeleteRetentionPolicy}: Write; on log-group. */
  public static final Action DELETE_RETENTION_POLICY = Action.of(PREFIX, "DeleteRetentionPolicy");

  /** {@code logs:DeleteScheduledQuery}: Write; on scheduled-query. */
  public static final Action DELETE_SCHEDULED_QUERY = Action.of(PREFIX, "DeleteScheduledQuery");

  /** {@code logs:DeleteSubscriptionFilter}: Write; on log-group. */
  public static final Action DELETE_SUBSCRIPTION_FILTER = Action.of(PREFIX, "DeleteSubscriptionFilter");

  /** {@code logs:DeleteTransformer}: Write; on log-group. */
  public static final Action DELETE_TRANSFORMER = Action.of(PREFIX, "DeleteTransformer");

  /** {@code logs:DescribeAccountPolicies}: List; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_ACCOUNT_POLICIES = Action.of(PREFIX, "DescribeAccountPolicies");

  /** {@code logs:DescribeConfigurationTemplates}: List; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_CONFIGURATION_TEMPLATES = Action.of(PREFIX, "DescribeConfigurationTemplates");

  /** {@code logs:DescribeDeliveries}: List; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_DELIVERIES = Action.of(PREFIX, "DescribeDeliveries");

  /** {@code logs:DescribeDeliveryDestinations}: List; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_DELIVERY_DESTINATIONS = Action.of(PREFIX, "DescribeDeliveryDestinations");

  /** {@code logs:DescribeDeliverySources}: List; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_DELIVERY_SOURCES = Action.of(PREFIX, "DescribeDeliverySources");

  /** {@code logs:DescribeDestinations}: List; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_DESTINATIONS = Action.of(PREFIX, "DescribeDestinations");

  /** {@code logs:DescribeExportTasks}: List; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_EXPORT_TASKS = Action.of(PREFIX, "DescribeExportTasks");

  /** {@code logs:DescribeFieldIndexes}: List; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_FIELD_INDEXES = Action.of(PREFIX, "DescribeFieldIndexes");

  /** {@code logs:DescribeImportTaskBatches}: List; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_IMPORT_TASK_BATCHES = Action.of(PREFIX, "DescribeImportTaskBatches");

  /** {@code logs:DescribeImportTasks}: List; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_IMPORT_TASKS = Action.of(PREFIX, "DescribeImportTasks");

  /** {@code logs:DescribeIndexPolicies}: List; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_INDEX_POLICIES = Action.of(PREFIX, "DescribeIndexPolicies");

  /** {@code logs:DescribeLogGroups}: List; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_LOG_GROUPS = Action.of(PREFIX, "DescribeLogGroups");

  /** {@code logs:DescribeLogStreams}: List; on log-group. */
  public static final Action DESCRIBE_LOG_STREAMS = Action.of(PREFIX, "DescribeLogStreams");

  /** {@code logs:DescribeLookupTables}: List; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_LOOKUP_TABLES = Action.of(PREFIX, "DescribeLookupTables");

  /** {@code logs:DescribeMetricFilters}: List; on log-group. */
  public static final Action DESCRIBE_METRIC_FILTERS = Action.of(PREFIX, "DescribeMetricFilters");

  /** {@code logs:DescribeQueries}: List; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_QUERIES = Action.of(PREFIX, "DescribeQueries");

  /** {@code logs:DescribeQueryDefinitions}: List; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_QUERY_DEFINITIONS = Action.of(PREFIX, "DescribeQueryDefinitions");

  /** {@code logs:DescribeResourcePolicies}: List; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_RESOURCE_POLICIES = Action.of(PREFIX, "DescribeResourcePolicies");

  /** {@code logs:DescribeSubscriptionFilters}: List; on log-group. */
  public static final Action DESCRIBE_SUBSCRIPTION_FILTERS = Action.of(PREFIX, "DescribeSubscriptionFilters");

  /** {@code logs:DisassociateKmsKey}: Write; on log-group. */
  public static final Action DISASSOCIATE_KMS_KEY = Action.of(PREFIX, "DisassociateKmsKey");

  /** {@code logs:DisassociateSourceFromS3TableIntegration}: Write; on no resource type (give {@code *}). */
  public static final Action DISASSOCIATE_SOURCE_FROM_S3_TABLE_INTEGRATION = Action.of(PREFIX, "DisassociateSourceFromS3TableIntegration");

  /** {@code logs:FilterLogEvents}: Read; on log-group. */
  public static final Action FILTER_LOG_EVENTS = Action.of(PREFIX, "FilterLogEvents");

  /** {@code logs:GetDataProtectionPolicy}: Read; on log-group. */
  public static final Action GET_DATA_PROTECTION_POLICY = Action.of(PREFIX, "GetDataProtectionPolicy");

  /** {@code logs:GetDelivery}: Read; on delivery. */
  public static final Action GET_DELIVERY = Action.of(PREFIX, "GetDelivery");

  /** {@code logs:GetDeliveryDestination}: Read; on delivery-destination. */
  public static final Action GET_DELIVERY_DESTINATION = Action.of(PREFIX, "GetDeliveryDestination");

  /** {@code logs:GetDeliveryDestinationPolicy}: Read; on delivery-destination. */
  public static final Action GET_DELIVERY_DESTINATION_POLICY = Action.of(PREFIX, "GetDeliveryDestinationPolicy");

  /** {@code logs:GetDeliverySource}: Read; on delivery-source. */
  public static final Action GET_DELIVERY_SOURCE = Action.of(PREFIX, "GetDeliverySource");

  /** {@code logs:GetIntegration}: Read; on no resource type (give {@code *}). */
  public static final Action GET_INTEGRATION = Action.of(PREFIX, "GetIntegration");

  /** {@code logs:GetLogAnomalyDetector}: Read; on anomaly-detector. */
  public static final Action GET_LOG_ANOMALY_DETECTOR = Action.of(PREFIX, "GetLogAnomalyDetector");

  /** {@code logs:GetLogDelivery}: Read; on no resource type (give {@code *}). */
  public static final Action GET_LOG_DELIVERY = Action.of(PREFIX, "GetLogDelivery");

  /** {@code logs:GetLogEvents}: Read; on log-stream. */
  public static final Action GET_LOG_EVENTS = Action.of(PREFIX, "GetLogEvents");

  /** {@code logs:GetLogFields}: Read; on no resource type (give {@code *}). */
  public static final Action GET_LOG_FIELDS = Action.of(PREFIX, "GetLogFields");

  /** {@code logs:GetLogGroupFields}: Read; on log-group. */
  public static final Action GET_LOG_GROUP_FIELDS = Action.of(PREFIX, "GetLogGroupFields");

  /** {@code logs:GetLogRecord}: Read; on log-group. */
  public static final Action GET_LOG_RECORD = Action.of(PREFIX, "GetLogRecord");

  /** {@code logs:GetLookupTable}: Read; on lookup-table. */
  public static final Action GET_LOOKUP_TABLE = Action.of(PREFIX, "GetLookupTable");

  /** {@code logs:GetQueryResults}: Read; on log-group. */
  public static final Action GET_QUERY_RESULTS = Action.of(PREFIX, "GetQueryResults");

  /** {@code logs:GetScheduledQuery}: Read; on scheduled-query. */
  public static final Action GET_SCHEDULED_QUERY = Action.of(PREFIX, "GetScheduledQuery");

  /** {@code logs:GetScheduledQueryHistory}: Read; on scheduled-query. */
  public static final Action GET_SCHEDULED_QUERY_HISTORY = Action.of(PREFIX, "GetScheduledQueryHistory");

  /** {@code logs:GetTransformer}: Read; on log-group. */
  public static final Action GET_TRANSFORMER = Action.of(PREFIX, "GetTransformer");

  /** {@code logs:IntegrateWithS3Table}: Write; on log-group. */
  public static final Action INTEGRATE_WITH_S3_TABLE = Action.of(PREFIX, "IntegrateWithS3Table");

  /** {@code logs:Link}: Write; on no resource type (give {@code *}). */
  public static final Action LINK = Action.of(PREFIX, "Link");

  /** {@code logs:ListAggregateLogGroupSummaries}: List; on no resource type (give {@code *}). */
  public static final Action LIST_AGGREGATE_LOG_GROUP_SUMMARIES = Action.of(PREFIX, "ListAggregateLogGroupSummaries");

  /** {@code logs:ListAnomalies}: List; on anomaly-detector. */
  public static final Action LIST_ANOMALIES = Action.of(PREFIX, "ListAnomalies");

  /** {@code logs:ListEntitiesForLogGroup}: List; on no resource type (give {@code *}). */
  public static final Action LIST_ENTITIES_FOR_LOG_GROUP = Action.of(PREFIX, "ListEntitiesForLogGroup");

  /** {@code logs:ListIntegrations}: List; on no resource type (give {@code *}). */
  public static final Action LIST_INTEGRATIONS = Action.of(PREFIX, "ListIntegrations");

  /** {@code logs:ListLogAnomalyDetectors}: List; on anomaly-detector. */
  public static final Action LIST_LOG_ANOMALY_DETECTORS = Action.of(PREFIX, "ListLogAnomalyDetectors");

  /** {@code logs:ListLogDeliveries}: List; on no resource type (give {@code *}). */
  public static final Action LIST_LOG_DELIVERIES = Action.of(PREFIX, "ListLogDeliveries");

  /** {@code logs:ListLogGroups}: List; on no resource type (give {@code *}). */
  public static final Action LIST_LOG_GROUPS = Action.of(PREFIX, "ListLogGroups");

  /** {@code logs:ListLogGroupsForEntity}: List; on no resource type (give {@code *}). */
  public static final Action LIST_LOG_GROUPS_FOR_ENTITY = Action.of(PREFIX, "ListLogGroupsForEntity");

  /** {@code logs:ListLogGroupsForQuery}: List; on no resource type (give {@code *}). */
  public static final Action LIST_LOG_GROUPS_FOR_QUERY = Action.of(PREFIX, "ListLogGroupsForQuery");

  /** {@code logs:ListScheduledQueries}: List; on no resource type (give {@code *}). */
  public static final Action LIST_SCHEDULED_QUERIES = Action.of(PREFIX, "ListScheduledQueries");

  /** {@code logs:ListSourcesForS3TableIntegration}: List; on no resource type (give {@code *}). */
  public static final Action LIST_SOURCES_FOR_S3_TABLE_INTEGRATION = Action.of(PREFIX, "ListSourcesForS3TableIntegration");

  /** {@code logs:ListTagsForResource}: List; on anomaly-detector, delivery, delivery-destination, delivery-source, destination, log-group, lookup-table. */
  public static final Action LIST_TAGS_FOR_RESOURCE = Action.of(PREFIX, "ListTagsForResource");

  /** {@code logs:ListTagsLogGroup}: List; on log-group. */
  public static final Action LIST_TAGS_LOG_GROUP = Action.of(PREFIX, "ListTagsLogGroup");

  /** {@code logs:ProcessWithPipeline}: Write; on log-group. */
  public static final Action PROCESS_WITH_PIPELINE = Action.of(PREFIX, "ProcessWithPipeline");

  /** {@code logs:PutAccountPolicy}: Write; on no resource type (give {@code *}). */
  public static final Action PUT_ACCOUNT_POLICY = Action.of(PREFIX, "PutAccountPolicy");

  /** {@code logs:PutBearerTokenAuthentication}: Write; on log-group. */
  public static final Action PUT_BEARER_TOKEN_AUTHENTICATION = Action.of(PREFIX, "PutBearerTokenAuthentication");

  /** {@code logs:PutDataProtectionPolicy}: Write; on log-group. */
  public static final Action PUT_DATA_PROTECTION_POLICY = Action.of(PREFIX, "PutDataProtectionPolicy");

  /** {@code logs:PutDeliveryDestination}: Write; on delivery-destination. */
  public static final Action PUT_DELIVERY_DESTINATION = Action.of(PREFIX, "PutDeliveryDestination");

  /** {@code logs:PutDeliveryDestinationPolicy}: Write; on delivery-destination. */
  public static final Action PUT_DELIVERY_DESTINATION_POLICY = Action.of(PREFIX, "PutDeliveryDestinationPolicy");

  /** {@code logs:PutDeliverySource}: Write; on delivery-source. */
  public static final Action PUT_DELIVERY_SOURCE = Action.of(PREFIX, "PutDeliverySource");

  /** {@code logs:PutDestination}: Write; on destination. */
  public static final Action PUT_DESTINATION = Action.of(PREFIX, "PutDestination");

  /** {@code logs:PutDestinationPolicy}: Write; on destination. */
  public static final Action PUT_DESTINATION_POLICY = Action.of(PREFIX, "PutDestinationPolicy");

  /** {@code logs:PutIndexPolicy}: Write; on no resource type (give {@code *}). */
  public static final Action PUT_INDEX_POLICY = Action.of(PREFIX, "PutIndexPolicy");

  /** {@code logs:PutIntegration}: Write; on no resource type (give {@code *}). */
  public static final Action PUT_INTEGRATION = Action.of(PREFIX, "PutIntegration");

  /** {@code logs:PutLogEvents}: Write; on log-stream. */
  public static final Action PUT_LOG_EVENTS = Action.of(PREFIX, "PutLogEvents");

  /** {@code logs:PutLogGroupDeletionProtection}: Write; on log-group. */
  public static final Action PUT_LOG_GROUP_DELETION_PROTECTION = Action.of(PREFIX, "PutLogGroupDeletionProtection");

  /** {@code logs:PutMetricFilter}: Write; on log-group. */
  public static final Action PUT_METRIC_FILTER = Action.of(PREFIX, "PutMetricFilter");

  /** {@code logs:PutPipelineRule}: Write; on no resource type (give {@code *}). */
  public static final Action PUT_PIPELINE_RULE = Action.of(PREFIX, "PutPipelineRule");

  /** {@code logs:PutQueryDefinition}: Write; on no resource type (give {@code *}). */
  public static final Action PUT_QUERY_DEFINITION = Action.of(PREFIX, "PutQueryDefinition");

  /** {@code logs:PutResourcePolicy}: Permissions management; on no resource type (give {@code *}). */
  public static final Action PUT_RESOURCE_POLICY = Action.of(PREFIX, "PutResourcePolicy");

  /** {@code logs:PutRetentionPolicy}: Write; on log-group. */
  public static final Action PUT_RETENTION_POLICY = Action.of(PREFIX, "PutRetentionPolicy");

  /** {@code logs:PutSubscriptionFilter}: Write; on destination, log-group. */
  public static final Action PUT_SUBSCRIPTION_FILTER = Action.of(PREFIX, "PutSubscriptionFilter");

  /** {@code logs:PutTransformer}: Write; on log-group. */
  public static final Action PUT_TRANSFORMER = Action.of(PREFIX, "PutTransformer");

  /** {@code logs:StartLiveTail}: Read; on log-group. */
  public static final Action START_LIVE_TAIL = Action.of(PREFIX, "StartLiveTail");

  /** {@code logs:StartQuery}: Read; on log-group. */
  public static final Action START_QUERY = Action.of(PREFIX, "StartQuery");

  /** {@code logs:StopLiveTail}: Read; on no resource type (give {@code *}). */
  public static final Action STOP_LIVE_TAIL = Action.of(PREFIX, "StopLiveTail");

  /** {@code logs:StopQuery}: Read; on no resource type (give {@code *}). */
  public static final Action STOP_QUERY = Action.of(PREFIX, "StopQuery");

  /** {@code logs:TagLogGroup}: Tagging; on log-group. */
  public static final Action TAG_LOG_GROUP = Action.of(PREFIX, "TagLogGroup");

  /** {@code logs:TagResource}: Tagging; on anomaly-detector, delivery, delivery-destination, delivery-source, destination, log-group, lookup-table, scheduled-query. */
  public static final Action TAG_RESOURCE = Action.of(PREFIX, "TagResource");

  /** {@code logs:TestMetricFilter}: Read; on no resource type (give {@code *}). */
  public static final Action TEST_METRIC_FILTER = Action.of(PREFIX, "TestMetricFilter");

  /** {@code logs:TestTransformer}: Read; on no resource type (give {@code *}). */
  public static final Action TEST_TRANSFORMER = Action.of(PREFIX, "TestTransformer");

  /** {@code logs:Unmask}: Read; on log-group. */
  public static final Action UNMASK = Action.of(PREFIX, "Unmask");

  /** {@code logs:UntagLogGroup}: Tagging; on log-group. */
  public static final Action UNTAG_LOG_GROUP = Action.of(PREFIX, "UntagLogGroup");

  /** {@code logs:UntagResource}: Tagging; on anomaly-detector, delivery, delivery-destination, delivery-source, destination, log-group, lookup-table, scheduled-query. */
  public static final Action UNTAG_RESOURCE = Action.of(PREFIX, "UntagResource");

  /** {@code logs:UpdateAnomaly}: Write; on anomaly-detector. */
  public static final Action UPDATE_ANOMALY = Action.of(PREFIX, "UpdateAnomaly");

  /** {@code logs:UpdateDeliveryConfiguration}: Write; on delivery, delivery-destination, delivery-source. */
  public static final Action UPDATE_DELIVERY_CONFIGURATION = Action.of(PREFIX, "UpdateDeliveryConfiguration");

  /** {@code logs:UpdateLogAnomalyDetector}: Write; on anomaly-detector. */
  public static final Action UPDATE_LOG_ANOMALY_DETECTOR = Action.of(PREFIX, "UpdateLogAnomalyDetector");

  /** {@code logs:UpdateLogDelivery}: Write; on no resource type (give {@code *}). */
  public static final Action UPDATE_LOG_DELIVERY = Action.of(PREFIX, "UpdateLogDelivery");

  /** {@code logs:UpdateLookupTable}: Write; on lookup-table. */
  public static final Action UPDATE_LOOKUP_TABLE = Action.of(PREFIX, "UpdateLookupTable");

  /** {@code logs:UpdateScheduledQuery}: Write; on scheduled-query. */
  public static final Action UPDATE_SCHEDULED_QUERY = Action.of(PREFIX, "UpdateScheduledQuery");

  private Logs() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
