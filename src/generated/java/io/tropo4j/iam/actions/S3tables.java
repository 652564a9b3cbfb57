// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of Amazon S3 Tables (prefix {@code s3tables}), as the service authorization reference lists them.
 */
public final class S3tables {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "s3tables";

  /** {@code s3tables:CreateNamespace}: Write; on TableBucket. */
  public static final Action CREATE_NAMESPACE = Action.of(PREFIX, "CreateNamespace");

  /** {@code s3tables:CreateTable}: Write; on TableBucket. */
  public static final Action CREATE_TABLE = Action.of(PREFIX, "CreateTable");

  /** {@code s3tables:CreateTableBucket}: Write; on TableBucket. */
  public static final Action CREATE_TABLE_BUCKET = Action.of(PREFIX, "CreateTableBucket");

  /** {@code s3tables:DeleteNamespace}: Write; on TableBucket. */
  public static final Action DELETE_NAMESPACE = Action.of(PREFIX, "DeleteNamespace");

  /** {@code s3tables:DeleteTable}: Write; on Table. */
  public static final Action DELETE_TABLE = Action.of(PREFIX, "DeleteTable");

  /** {@code s3tables:DeleteTableBucket}: Write; on TableBucket. */
  public static final Action DELETE_TABLE_BUCKET = Action.of(PREFIX, "DeleteTableBucket");

  /** {@code s3tables:DeleteTableBucketEncryption}: Write; on TableBucket. */
  public static final Action DELETE_TABLE_BUCKET_ENCRYPTION = Action.of(PREFIX, "DeleteTableBucketEncryption");

  /** {@code s3tables:DeleteTableBucketMetricsConfiguration}: Write; on TableBucket. */
  public static final Action DELETE_TABLE_BUCKET_METRICS_CONFIGURATION = Action.of(PREFIX, "DeleteTableBucketMetricsConfiguration");

  /** {@code s3tables:DeleteTableBucketPolicy}: Permissions management; on TableBucket. */
  public static final Action DELETE_TABLE_BUCKET_POLICY = Action.of(PREFIX, "DeleteTableBucketPolicy");

  /** {@code s3tables:DeleteTableBucketReplication}: Write; on TableBucket. */
  public static final Action DELETE_TABLE_BUCKET_REPLICATION = Action.of(PREFIX, "DeleteTableBucketReplication");

  /** {@code s3tables:DeleteTablePolicy}: Permissions management; on Table. */
  public static final Action DELETE_TABLE_POLICY = Action.of(PREFIX, "DeleteTablePolicy");

  /** {@code s3tables:DeleteTableReplication}: Write; on Table. */
  public static final Action DELETE_TABLE_REPLICATION = Action.of(PREFIX, "DeleteTableReplication");

  /** {@code s3tables:GetNamespace}: Read; on TableBucket. */
  public static final Action GET_NAMESPACE = Action.of(PREFIX, "GetNamespace");

  /** {@code s3tables:GetTable}: Read; on Table. */
  public static final Action GET_TABLE = Action.of(PREFIX, "GetTable");

  /** {@code s3tables:GetTableBucket}: Read; on TableBucket. */
  public static final Action GET_TABLE_BUCKET = Action.of(PREFIX, "GetTableBucket");

  /** {@code s3tables:GetTableBucketEncryption}: Read; on TableBucket. */
  public static final Action GET_TABLE_BUCKET_ENCRYPTION = Action.of(PREFIX, "GetTableBucketEncryption");

  /** {@code s3tables:GetTableBucketMaintenanceConfiguration}: Read; on TableBucket. */
  public static final Action GET_TABLE_BUCKET_MAINTENANCE_CONFIGURATION = Action.of(PREFIX, "GetTableBucketMaintenanceConfiguration");

  /** {@code s3tables:GetTableBucketMetricsConfiguration}: Read; on TableBucket. */
  public static final Action GET_TABLE_BUCKET_METRICS_CONFIGURATION = Action.of(PREFIX, "GetTableBucketMetricsConfiguration");

  /** {@code s3tables:GetTableBucketPolicy}: Read; on TableBucket. */
  public static final Action GET_TABLE_BUCKET_POLICY = Action.of(PREFIX, "GetTableBucketPolicy");

  /** {@code s3tables:GetTableBucketReplication}: Read; on TableBucket. */
  public static final Action GET_TABLE_BUCKET_REPLICATION = Action.of(PREFIX, "GetTableBucketReplication");

  /** {@code s3tables:GetTableBucketStorageClass}: Read; on TableBucket. */
  public static final Action GET_TABLE_BUCKET_STORAGE_CLASS = Action.of(PREFIX, "GetTableBucketStorageClass");

  /** {@code s3tables:GetTableData}: Read; on Table. */
  public static final Action GET_TABLE_DATA = Action.of(PREFIX, "GetTableData");

  /** {@code s3tables:GetTableEncryption}: Read; on Table. */
  public static final Action GET_TABLE_ENCRYPTION = Action.of(PREFIX, "GetTableEncryption");

  /** {@code s3tables:GetTableMaintenanceConfiguration}: Read; on Table. */
  public static final Action GET_TABLE_MAINTENANCE_CONFIGURATION = Action.of(PREFIX, "GetTableMaintenanceConfiguration");

  /** {@code s3tables:GetTableMaintenanceJobStatus}: Read; on Table. */
  public static final Action GET_TABLE_MAINTENANCE_JOB_STATUS = Action.of(PREFIX, "GetTableMaintenanceJobStatus");

  /** {@code s3tables:GetTableMetadataLocation}: Read; on Table. */
  public static final Action GET_TABLE_METADATA_LOCATION = Action.of(PREFIX, "GetTableMetadataLocation");

  /** {@code s3tables:GetTablePolicy}: Read; on Table. */
  public static final Action GET_TABLE_POLICY = Action.of(PREFIX, "GetTablePolicy");

  /** {@code s3tables:GetTableRecordExpirationConfiguration}: Read; on Table. */
  public static final Action GET_TABLE_RECORD_EXPIRATION_CONFIGURATION = Action.of(PREFIX, "GetTableRecordExpirationConfiguration");

  /** {@code s3tables:GetTableRecordExpirationJobStatus}: Read; on Table. */
  public static final Action GET_TABLE_RECORD_EXPIRATION_JOB_STATUS = Action.of(PREFIX, "GetTableRecordExpirationJobStatus");

  /** {@code s3tables:GetTableReplication}: Read; on Table. */
  public static final Action GET_TABLE_REPLICATION = Action.of(PREFIX, "GetTableReplication");

  /** {@code s3tables:GetTableReplicationStatus}: Read; on Table. */
  public static final Action GET_TABLE_REPLICATION_STATUS = Action.of(PREFIX, "GetTableReplicationStatus");

  /** {@code s3tables:GetTableStorageClass}: Read; on Table. */
  public static final Action GET_TABLE_STORAGE_CLASS = Action.of(PREFIX, "GetTableStorageClass");

  /** {@code s3tables:ListNamespaces}: List; on TableBucket. */
  public static final Action LIST_NAMESPACES = Action.of(PREFIX, "ListNamespaces");

  /** {@code s3tables:ListTableBuckets}: List; on no resource type (give {@code *}). */
  public static final Action LIST_TABLE_BUCKETS = Action.of(PREFIX, "ListTableBuckets");

  /** {@code s3tables:ListTables}: List; on TableBucket. */
  public static final Action LIST_TABLES = Action.of(PREFIX, "ListTables");

  /** {@code s3tables:ListTagsForResource}: List; on Table, TableBucket. */
  public static final Action LIST_TAGS_FOR_RESOURCE = Action.of(PREFIX, "ListTagsForResource");

  /** {@code s3tables:PutTableBucketEncryption}: Write; on TableBucket. */
  public static final Action PUT_TABLE_BUCKET_ENCRYPTION = Action.of(PREFIX, "PutTableBucketEncryption");

  /** {@code s3tables:PutTableBucketMaintenanceConfiguration}: Write; on TableBucket. */
  public static final Action PUT_TABLE_BUCKET_MAINTENANCE_CONFIGURATION = Action.of(PREFIX, "PutTableBucketMaintenanceConfiguration");

  /** {@code s3tables:PutTableBucketMetricsConfiguration}: Write; on TableBucket. */
  public static final Action PUT_TABLE_BUCKET_METRICS_CONFIGURATION = Action.of(PREFIX, "PutTableBucketMetricsConfiguration");

  /** {@code s3tables:PutTableBucketPolicy}: Permissions management; on TableBucket. */
  public static final Action PUT_TABLE_BUCKET_POLICY = Action.of(PREFIX, "PutTableBucketPolicy");

  /** {@code s3tables:PutTableBucketReplication}: Write; on TableBucket. */
  public static final Action PUT_TABLE_BUCKET_REPLICATION = Action.of(PREFIX, "PutTableBucketReplication");

  /** {@code s3tables:PutTableBucketStorageClass}: Write; on TableBucket. */
  public static final Action PUT_TABLE_BUCKET_STORAGE_CLASS = Action.of(PREFIX, "PutTableBucketStorageClass");

  /** {@code s3tables:PutTableData}: Write; on Table. */
  public static final Action PUT_TABLE_DATA = Action.of(PREFIX, "PutTableData");

  /** {@code s3tables:PutTableEncryption}: Write; on Table. */
  public static final Action PUT_TABLE_ENCRYPTION = Action.of(PREFIX, "PutTableEncryption");

  /** {@code s3tables:PutTableMaintenanceConfiguration}: Write; on Table. */
  public static final Action PUT_TABLE_MAINTENANCE_CONFIGURATION = Action.of(PREFIX, "PutTableMaintenanceConfiguration");

  /** {@code s3tables:PutTablePolicy}: Permissions management; on Table. */
  public static final Action PUT_TABLE_POLICY = Action.of(PREFIX, "PutTablePolicy");

  /** {@code s3tables:PutTableRecordExpirationConfiguration}: Write; on Table. */
  public static final Action PUT_TABLE_RECORD_EXPIRATION_CONFIGURATION = Action.of(PREFIX, "PutTableRecordExpirationConfiguration");

  /** {@code s3tables:PutTableReplication}: Write; on Table. */
  public static final Action PUT_TABLE_REPLICATION = Action.of(PREFIX, "PutTableReplication");

  /** {@code s3tables:PutTableStorageClass}: Write; on Table. */
  public static final Action PUT_TABLE_STORAGE_CLASS = Action.of(PREFIX, "PutTableStorageClass");

  /** {@code s3tables:RenameTable}: Write; on Table. */
  public static final Action RENAME_TABLE = Action.of(PREFIX, "RenameTable");

  /** {@code s3tables:TagResource}: Tagging; on Table, TableBucket. */
  public static final Action TAG_RESOURCE = Action.of(PREFIX, "TagResource");

  /** {@code s3tables:UntagResource}: Tagging; on Table, TableBucket. */
  public static final Action UNTAG_RESOURCE = Action.of(PREFIX, "UntagResource");

  /** {@code s3tables:UpdateTableMetadataLocation}: Write; on Table. */
  public static final Action UPDATE_TABLE_METADATA_LOCATION = Action.of(PREFIX, "UpdateTableMetadataLocation");

  private S3tables() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
