// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of AWS Application Discovery Service (prefix {@code discovery}), as the service authorization reference lists them.
 */
public final class Discovery {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "discovery";

  /** {@code discovery:AssociateConfigurationItemsToApplication}: Write; on no resource type (give {@code *}). */
  public static final Action ASSOCIATE_CONFIGURATION_ITEMS_TO_APPLICATION = Action.of(PREFIX, "AssociateConfigurationItemsToApplication");

  /** {@code discovery:BatchDeleteAgents}: Write; on no resource type (give {@code *}). */
  public static final Action BATCH_DELETE_AGENTS = Action.of(PREFIX, "BatchDeleteAgents");

  /** {@code discovery:BatchDeleteImportData}: Write; on no resource type (give {@code *}). */
  public static final Action BATCH_DELETE_IMPORT_DATA = Action.of(PREFIX, "BatchDeleteImportData");

  /** {@code discovery:CreateApplication}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_APPLICATION = Action.of(PREFIX, "CreateApplication");

  /** {@code discovery:CreateTags}: Tagging; on no resource type (give {@code *}). */
  public static final Action CREATE_TAGS = Action.of(PREFIX, "CreateTags");

  /** {@code discovery:DeleteApplications}: Write; on no resource type (give {@code *}). */
  public static final Action DELETE_APPLICATIONS = Action.of(PREFIX, "DeleteApplications");

  /** {@code discovery:DeleteTags}: Tagging; on no resource type (give {@code *}). */
  public static final Action DELETE_TAGS = Action.of(PREFIX, "DeleteTags");

  /** {@code discovery:DescribeAgents}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_AGENTS = Action.of(PREFIX, "DescribeAgents");

  /** {@code discovery:DescribeBatchDeleteConfigurationTask}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_BATCH_DELETE_CONFIGURATION_TASK = Action.of(PREFIX, "DescribeBatchDeleteConfigurationTask");

  /** {@code discovery:DescribeConfigurations}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_CONFIGURATIONS = Action.of(PREFIX, "DescribeConfigurations");

  /** {@code discovery:DescribeContinuousExports}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_CONTINUOUS_EXPORTS = Action.of(PREFIX, "DescribeContinuousExports");

  /** {@code discovery:DescribeExportConfigurations}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_EXPORT_CONFIGURATIONS = Action.of(PREFIX, "DescribeExportConfigurations");

  /** {@code discovery:DescribeExportTasks}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_EXPORT_TASKS = Action.of(PREFIX, "DescribeExportTasks");

  /** {@code discovery:DescribeImportTasks}: List; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_IMPORT_TASKS = Action.of(PREFIX, "DescribeImportTasks");

  /** {@code discovery:DescribeTags}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_TAGS = Action.of(PREFIX, "DescribeTags");

  /** {@code discovery:DisassociateConfigurationItemsFromApplication}: Write; on no resource type (give {@code *}). */
  public static final Action DISASSOCIATE_CONFIGURATION_ITEMS_FROM_APPLICATION = Action.of(PREFIX, "DisassociateConfigurationItemsFromApplication");

  /** {@code discovery:ExportConfigurations}: Write; on no resource type (give {@code *}). */
  public static final Action EXPORT_CONFIGURATIONS = Action.of(PREFIX, "ExportConfigurations");

  /** {@code discovery:GetDiscoverySummary}: Read; on no resource type (give {@code *}). */
  public static final Action GET_DISCOVERY_SUMMARY = Action.of(PREFIX, "GetDiscoverySummary");

  /** {@code discovery:GetNetworkConnectionGraph}: Read; on no resource type (give {@code *}). */
  public static final Action GET_NETWORK_CONNECTION_GRAPH = Action.of(PREFIX, "GetNetworkConnectionGraph");

  /** {@code discovery:ListConfigurations}: List; on no resource type (give {@code *}). */
  public static final Action LIST_CONFIGURATIONS = Action.of(PREFIX, "ListConfigurations");

  /** {@code discovery:ListServerNeighbors}: List; on no resource type (give {@code *}). */
  public static final Action LIST_SERVER_NEIGHBORS = Action.of(PREFIX, "ListServerNeighbors");

  /** {@code discovery:StartBatchDeleteConfigurationTask}: Write; on no resource type (give {@code *}). */
  public static final Action START_BATCH_DELETE_CONFIGURATION_TASK = Action.of(PREFIX, "StartBatchDeleteConfigurationTask");

  /** {@code discovery:StartContinuousExport}: Write; on no resource type (give {@code *}). */
  public static final Action START_CONTINUOUS_EXPORT = Action.of(PREFIX, "StartContinuousExport");

  /** {@code discovery:StartDataCollectionByAgentIds}: Write; on no resource type (give {@code *}). */
  public static final Action START_DATA_COLLECTION_BY_AGENT_IDS = Action.of(PREFIX, "StartDataCollectionByAgentIds");

  /** {@code discovery:StartExportTask}: Write; on no resource type (give {@code *}). */
  public static final Action START_EXPORT_TASK = Action.of(PREFIX, "StartExportTask");

  /** {@code discovery:StartImportTask}: Write; on no resource type (give {@code *}). */
  public static final Action START_IMPORT_TASK = Action.of(PREFIX, "StartImportTask");

  /** {@code discovery:StopContinuousExport}: Write; on no resource type (give {@code *}). */
  public static final Action STOP_CONTINUOUS_EXPORT = Action.of(PREFIX, "StopContinuousExport");

  /** {@code discovery:StopDataCollectionByAgentIds}: Write; on no resource type (give {@code *}). */
  public static final Action STOP_DATA_COLLECTION_BY_AGENT_IDS = Action.of(PREFIX, "StopDataCollectionByAgentIds");

  /** {@code discovery:UpdateApplication}: Write; on no resource type (give {@code *}). */
  public static final Action UPDATE_APPLICATION = Action.of(PREFIX, "UpdateApplication");

  private Discovery() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
