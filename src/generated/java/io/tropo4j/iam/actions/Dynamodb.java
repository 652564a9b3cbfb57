// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of Amazon DynamoDB (prefix {@code dynamodb}), as the service authorization reference lists them.
 */
public final class Dynamodb {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "dynamodb";

  /** {@code dynamodb:AssociateTableReplica}: Write; on table. */
  public static final Action ASSOCIATE_TABLE_REPLICA = Action.of(PREFIX, "AssociateTableReplica");

  /** {@code dynamodb:BatchGetItem}: Read; on table. */
  public static final Action BATCH_GET_ITEM = Action.of(PREFIX, "BatchGetItem");

  /** {@code dynamodb:BatchWriteItem}: Write; on table. */
  public static final Action BATCH_WRITE_ITEM = Action.of(PREFIX, "BatchWriteItem");

  /** {@code dynamodb:ConditionCheckItem}: Read; on table. */
  public static final Action CONDITION_CHECK_ITEM = Action.of(PREFIX, "ConditionCheckItem");

  /** {@code dynamodb:CreateBackup}: Write; on table. */
  public static final Action CREATE_BACKUP = Action.of(PREFIX, "CreateBackup");

  /** {@code dynamodb:CreateGlobalTable}: Write; on global-table, table. */
  public static final Action CREATE_GLOBAL_TABLE = Action.of(PREFIX, "CreateGlobalTable");

  /** {@code dynamodb:CreateGlobalTableWitness}: Write; on table. */
  public static final Action CREATE_GLOBAL_TABLE_WITNESS = Action.of(PREFIX, "CreateGlobalTableWitness");

  /** {@code dynamodb:CreateTable}: Write; on table. */
  public static final Action CREATE_TABLE = Action.of(PREFIX, "CreateTable");

  /** {@code dynamodb:CreateTableReplica}: Write; on table. */
  public static final Action CREATE_TABLE_REPLICA = Action.of(PREFIX, "CreateTableReplica");

  /** {@code dynamodb:DeleteBackup}: Write; on backup. */
  public static final Action DELETE_BACKUP = Action.of(PREFIX, "DeleteBackup");

  /** {@code dynamodb:DeleteGlobalTableWitness}: Write; on table. */
  public static final Action DELETE_GLOBAL_TABLE_WITNESS = Action.of(PREFIX, "DeleteGlobalTableWitness");

  /** {@code dynamodb:DeleteItem}: Write; on table. */
  public static final Action DELETE_ITEM = Action.of(PREFIX, "DeleteItem");

  /** {@code dynamodb:DeleteResourcePolicy}: Permissions management; on stream, table. */
  public static final Action DELETE_RESOURCE_POLICY = Action.of(PREFIX, "DeleteResourcePolicy");

  /** {@code dynamodb:DeleteTable}: Write; on table. */
  public static final Action DELETE_TABLE = Action.of(PREFIX, "DeleteTable");

  /** {@code dynamodb:DeleteTableReplica}: Write; on table. */
  public static final Action DELETE_TABLE_REPLICA = Action.of(PREFIX, "DeleteTableReplica");

  /** {@code dynamodb:DescribeBackup}: Read; on backup. */
  public static final Action DESCRIBE_BACKUP = Action.of(PREFIX, "DescribeBackup");

  /** {@code dynamodb:DescribeContinuousBackups}: Read; on table. */
  public static final Action DESCRIBE_CONTINUOUS_BACKUPS = Action.of(PREFIX, "DescribeContinuousBackups");

  /** {@code dynamodb:DescribeContributorInsights}: Read; on index, table. */
  public static final Action DESCRIBE_CONTRIBUTOR_INSIGHTS = Action.of(PREFIX, "DescribeContributorInsights");

  /** {@code dynamodb:DescribeEndpoints}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_ENDPOINTS = Action.of(PREFIX, "DescribeEndpoints");

  /** {@code dynamodb:DescribeExport}: Read; on export. */
  public static final Action DESCRIBE_EXPORT = Action.of(PREFIX, "DescribeExport");

  /** {@code dynamodb:DescribeGlobalTable}: Read; on global-table. */
  public static final Action DESCRIBE_GLOBAL_TABLE = Action.of(PREFIX, "DescribeGlobalTable");

  /** {@code dynamodb:DescribeGlobalTableSettings}: Read; on global-table. */
  public static final Action DESCRIBE_GLOBAL_TABLE_SETTINGS = Action.of(PREFIX, "DescribeGlobalTableSettings");

  /** {@code dynamodb:DescribeImport}: Read; on import. */
  public static final Action DESCRIBE_IMPORT = Action.of(PREFIX, "DescribeImport");

  /** {@code dynamodb:DescribeKinesisStreamingDestination}: Read; on table. */
  public static final Action DESCRIBE_KINESIS_STREAMING_DESTINATION = Action.of(PREFIX, "DescribeKinesisStreamingDestination");

  /** {@code dynamodb:DescribeLimits}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_LIMITS = Action.of(PREFIX, "DescribeLimits");

  /** {@code dynamodb:DescribeReservedCapacity}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_RESERVED_CAPACITY = Action.of(PREFIX, "DescribeReservedCapacity");

  /** {@code dynamodb:DescribeReservedCapacityOfferings}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_RESERVED_CAPACITY_OFFERINGS = Action.of(PREFIX, "DescribeReservedCapacityOfferings");

  /** {@code dynamodb:DescribeStream}: Read; on stream. */
  public static final Action DESCRIBE_STREAM = Action.of(PREFIX, "DescribeStream");

  /** {@code dynamodb:DescribeTable}: Read; on table. */
  public static final Action DESCRIBE_TABLE = Action.of(PREFIX, "DescribeTable");

  /** {@code dynamodb:DescribeTableReplicaAutoScaling}: Read; on table. */
  public static final Action DESCRIBE_TABLE_REPLICA_AUTO_SCALING = Action.of(PREFIX, "DescribeTableReplicaAutoScaling");

  /** {@code dynamodb:DescribeTimeToLive}: Read; on table. */
  public static final Action DESCRIBE_TIME_TO_LIVE = Action.of(PREFIX, "DescribeTimeToLive");

  /** {@code dynamodb:DisableKinesisStreamingDestination}: Write; on table. */
  public static final Action DISABLE_KINESIS_STREAMING_DESTINATION = Action.of(PREFIX, "DisableKinesisStreamingDestination");

  /** {@code dynamodb:EnableKinesisStreamingDestination}: Write; on table. */
  public static final Action ENABLE_KINESIS_STREAMING_DESTINATION = Action.of(PREFIX, "EnableKinesisStreamingDestination");

  /** {@code dynamodb:ExportTableToPointInTime}: Write; on table. */
  public static final Action EXPORT_TABLE_TO_POINT_IN_TIME = Action.of(PREFIX, "ExportTableToPointInTime");

  /** {@code dynamodb:GetAbacStatus}: Read; on no resource type (give {@code *}). */
  public static final Action GET_ABAC_STATUS = Action.of(PREFIX, "GetAbacStatus");

  /** {@code dynamodb:GetItem}: Read; on table. */
  public static final Action GET_ITEM = Action.of(PREFIX, "GetItem");

  /** {@code dynamodb:GetRecords}: Read; on stream. */
  public static final Action GET_RECORDS = Action.of(PREFIX, "GetRecords");

  /** {@code dynamodb:GetResourcePolicy}: Read; on stream, table. */
  public static final Action GET_RESOURCE_POLICY = Action.of(PREFIX, "GetResourcePolicy");

  /** {@code dynamodb:GetShardIterator}: Read; on stream. */
  public static final Action GET_SHARD_ITERATOR = Action.of(PREFIX, "GetShardIterator");

  /** {@code dynamodb:ImportTable}: Write; on table. */
  public static final Action IMPORT_TABLE = Action.of(PREFIX, "ImportTable");

  /** {@code dynamodb:InjectError}: Write; on no resource type (give {@code *}). */
  public static final Action INJECT_ERROR = Action.of(PREFIX, "InjectError");

  /** {@code dynamodb:ListBackups}: List; on no resource type (give {@code *}). */
  public static final Action LIST_BACKUPS = Action.of(PREFIX, "ListBackups");

  /** {@code dynamodb:ListContributorInsights}: List; on no resource type (give {@code *}). */
  public static final Action LIST_CONTRIBUTOR_INSIGHTS = Action.of(PREFIX, "ListContributorInsights");

  /** {@code dynamodb:ListExports}: List; on no resource type (give {@code *}). */
  public static final Action LIST_EXPORTS = Action.of(PREFIX, "ListExports");

  /** {@code dynamodb:ListGlobalTables}: List; on no resource type (give {@code *}). */
  public static final Action LIST_GLOBAL_TABLES = Action.of(PREFIX, "ListGlobalTables");

  /** {@code dynamodb:ListImports}: List; on no resource type (give {@code *}). */
  public static final Action LIST_IMPORTS = Action.of(PREFIX, "ListImports");

  /** {@code dynamodb:ListStreams}: Read; on no resource type (give {@code *}). */
  public static final Action LIST_STREAMS = Action.of(PREFIX, "ListStreams");

  /** {@code dynamodb:ListTables}: List; on no resource type (give {@code *}). */
  public static final Action LIST_TABLES = Action.of(PREFIX, "ListTables");

  /** {@code dynamodb:ListTagsOfResource}: Read; on table. */
  public static final Action LIST_TAGS_OF_RESOURCE = Action.of(PREFIX, "ListTagsOfResource");

  /** {@code dynamodb:PartiQLDelete}: Write; on table. */
  public static final Action PARTI_QL_DELETE = Action.of(PREFIX, "PartiQLDelete");

  /** {@code dynamodb:PartiQLInsert}: Write; on table. */
  public static final Action PARTI_QL_INSERT = Action.of(PREFIX, "PartiQLInsert");

  /** {@code dynamodb:PartiQLSelect}: Read; on index, table. */
  public static final Action PARTI_QL_SELECT = Action.of(PREFIX, "PartiQLSelect");

  /** {@code dynamodb:PartiQLUpdate}: Write; on table. */
  public static final Action PARTI_QL_UPDATE = Action.of(PREFIX, "PartiQLUpdate");

  /** {@code dynamodb:PurchaseReservedCapacityOfferings}: Write; on no resource type (give {@code *}). */
  public static final Action PURCHASE_RESERVED_CAPACITY_OFFERINGS = Action.of(PREFIX, "PurchaseReservedCapacityOfferings");

  /** {@code dynamodb:PutItem}: Write; on table. */
  public static final Action PUT_ITEM = Action.of(PREFIX, "PutItem");

  /** {@code dynamodb:PutResourcePolicy}: Permissions management; on stream, table. */
  public static final Action PUT_RESOURCE_POLICY = Action.of(PREFIX, "PutResourcePolicy");

  /** {@code dynamodb:Query}: Read; on index, table. */
  public static final Action QUERY = Action.of(PREFIX, "Query");

  /** {@code dynamodb:ReadDataForReplication}: Read; on table. */
  public static final Action READ_DATA_FOR_REPLICATION = Action.of(PREFIX, "ReadDataForReplication");

  /** {@code dynamodb:ReplicateSettings}: Write; on table. */
  public static final Action REPLICATE_SETTINGS = Action.of(PREFIX, "ReplicateSettings");

  /** {@code dynamodb:RestoreTableFromAwsBackup}: Write; on table. */
  public static final Action RESTORE_TABLE_FROM_AWS_BACKUP = Action.of(PREFIX, "RestoreTableFromAwsBackup");

  /** {@code dynamodb:RestoreTableFromBackup}: Write; on backup, table. */
  public static final Action RESTORE_TABLE_FROM_BACKUP = Action.of(PREFIX, "RestoreTableFromBackup");

  /** {@code dynamodb:RestoreTableToPointInTime}: Write; on table. */
  public static final Action RESTORE_TABLE_TO_POINT_IN_TIME = Action.of(PREFIX, "RestoreTableToPointInTime");

  /** {@code dynamodb:Scan}: Read; on index, table. */
  public static final Action SCAN = Action.of(PREFIX, "Scan");

  /** {@code dynamodb:StartAwsBackupJob}: Write; on table. */
  public static final Action START_AWS_BACKUP_JOB = Action.of(PREFIX, "StartAwsBackupJob");

  /** {@code dynamodb:TagResource}: Tagging; on table. */
  public static final Action TAG_RESOURCE = Action.of(PREFIX, "TagResource");

  /** {@code dynamodb:UntagResource}: Tagging; on table. */
  public static final Action UNTAG_RESOURCE = Action.of(PREFIX, "UntagResource");

  /** {@code dynamodb:UpdateAbacStatus}: Permissions management; on no resource type (give {@code *}). */
  public static final Action UPDATE_ABAC_STATUS = Action.of(PREFIX, "UpdateAbacStatus");

  /** {@code dynamodb:UpdateContinuousBackups}: Write; on table. */
  public static final Action UPDATE_CONTINUOUS_BACKUPS = Action.of(PREFIX, "UpdateContinuousBackups");

  /** {@code dynamodb:UpdateContributorInsights}: Write; on index, table. */
  public static final Action UPDATE_CONTRIBUTOR_INSIGHTS = Action.of(PREFIX, "UpdateContributorInsights");

  /** {@code dynamodb:UpdateGlobalTable}: Write; on global-table, table. */
  public static final Action UPDATE_GLOBAL_TABLE = Action.of(PREFIX, "UpdateGlobalTable");

  /** {@code dynamodb:UpdateGlobalTableSettings}: Write; on global-table, table. */
  public static final Action UPDATE_GLOBAL_TABLE_SETTINGS = Action.of(PREFIX, "UpdateGlobalTableSettings");

  /** {@code dynamodb:UpdateGlobalTableVersion}: Write; on global-table, table. */
  public static final Action UPDATE_GLOBAL_TABLE_VERSION = Action.of(PREFIX, "UpdateGlobalTableVersion");

  /** {@code dynamodb:UpdateItem}: Write; on table. */
  public static final Action UPDATE_ITEM = Action.of(PREFIX, "UpdateItem");

  /** {@code dynamodb:UpdateKinesisStreamingDestination}: Write; on table. */
  public static final Action UPDATE_KINESIS_STREAMING_DESTINATION = Action.of(PREFIX, "UpdateKinesisStreamingDestination");

  /** {@code dynamodb:UpdateTable}: Write; on table. */
  public static final Action UPDATE_TABLE = Action.of(PREFIX, "UpdateTable");

  /** {@code dynamodb:UpdateTableReplicaAutoScaling}: Write; on table. */
  public static final Action UPDATE_TABLE_REPLICA_AUTO_SCALING = Action.of(PREFIX, "UpdateTableReplicaAutoScaling");

  /** {@code dynamodb:UpdateTimeToLive}: Write; on table. */
  public static final Action UPDATE_TIME_TO_LIVE = Action.of(PREFIX, "UpdateTimeToLive");

  /** {@code dynamodb:WriteDataForReplication}: Write; on table. */
  public static final Action WRITE_DATA_FOR_REPLICATION = Action.of(PREFIX, "WriteDataForReplication");

  private Dynamodb() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
