// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of Amazon Timestream (prefix {@code timestream}), as the service authorization reference lists them.
 */
public final class Timestream {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "timestream";

  /** {@code timestream:CancelQuery}: Write; on no resource type (give {@code *}). */
  public static final Action CANCEL_QUERY = Action.of(PREFIX, "CancelQuery");

  /** {@code timestream:CreateBatchLoadTask}: Write; on table. */
  public static final Action CREATE_BATCH_LOAD_TASK = Action.of(PREFIX, "CreateBatchLoadTask");

  /** {@code timestream:CreateDatabase}: Write; on database. */
  public static final Action CREATE_DATABASE = Action.of(PREFIX, "CreateDatabase");

  /** {@code timestream:CreateScheduledQuery}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_SCHEDULED_QUERY = Action.of(PREFIX, "CreateScheduledQuery");

  /** {@code timestream:CreateTable}: Write; on table. */
  public static final Action CREATE_TABLE = Action.of(PREFIX, "CreateTable");

  /** {@code timestream:DeleteDatabase}: Write; on database. */
  public static final Action DELETE_DATABASE = Action.of(PREFIX, "DeleteDatabase");

  /** {@code timestream:DeleteScheduledQuery}: Write; on scheduled-query. */
  public static final Action DELETE_SCHEDULED_QUERY = Action.of(PREFIX, "DeleteScheduledQuery");

  /** {@code timestream:DeleteTable}: Write; on table. */
  public static final Action DELETE_TABLE = Action.of(PREFIX, "DeleteTable");

  /** {@code timestream:DescribeAccountSettings}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_ACCOUNT_SETTINGS = Action.of(PREFIX, "DescribeAccountSettings");

  /** {@code timestream:DescribeBatchLoadTask}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_BATCH_LOAD_TASK = Action.of(PREFIX, "DescribeBatchLoadTask");

  /** {@code timestream:DescribeDatabase}: Read; on database. */
  public static final Action DESCRIBE_DATABASE = Action.of(PREFIX, "DescribeDatabase");

  /** {@code timestream:DescribeEndpoints}: List; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_ENDPOINTS = Action.of(PREFIX, "DescribeEndpoints");

  /** {@code timestream:DescribeScheduledQuery}: Read; on scheduled-query. */
  public static final Action DESCRIBE_SCHEDULED_QUERY = Action.of(PREFIX, "DescribeScheduledQuery");

  /** {@code timestream:DescribeTable}: Read; on table. */
  public static final Action DESCRIBE_TABLE = Action.of(PREFIX, "DescribeTable");

  /** {@code timestream:ExecuteScheduledQuery}: Write; on scheduled-query. */
  public static final Action EXECUTE_SCHEDULED_QUERY = Action.of(PREFIX, "ExecuteScheduledQuery");

  /** {@code timestream:GetAwsBackupStatus}: Read; on no resource type (give {@code *}). */
  public static final Action GET_AWS_BACKUP_STATUS = Action.of(PREFIX, "GetAwsBackupStatus");

  /** {@code timestream:GetAwsRestoreStatus}: Read; on no resource type (give {@code *}). */
  public static final Action GET_AWS_RESTORE_STATUS = Action.of(PREFIX, "GetAwsRestoreStatus");

  /** {@code timestream:ListBatchLoadTasks}: List; on no resource type (give {@code *}). */
  public static final Action LIST_BATCH_LOAD_TASKS = Action.of(PREFIX, "ListBatchLoadTasks");

  /** {@code timestream:ListDatabases}: List; on no resource type (give {@code *}). */
  public static final Action LIST_DATABASES = Action.of(PREFIX, "ListDatabases");

  /** {@code timestream:ListMeasures}: List; on table. */
  public static final Action LIST_MEASURES = Action.of(PREFIX, "ListMeasures");

  /** {@code timestream:ListScheduledQueries}: List; on no resource type (give {@code *}). */
  public static final Action LIST_SCHEDULED_QUERIES = Action.of(PREFIX, "ListScheduledQueries");

  /** {@code timestream:ListTables}: List; on database. */
  public static final Action LIST_TABLES = Action.of(PREFIX, "ListTables");

  /** {@code timestream:ListTagsForResource}: Read; on database, scheduled-query, table. */
  public static final Action LIST_TAGS_FOR_RESOURCE = Action.of(PREFIX, "ListTagsForResource");

  /** {@code timestream:PrepareQuery}: Read; on table. */
  public static final Action PREPARE_QUERY = Action.of(PREFIX, "PrepareQuery");

  /** {@code timestream:ResumeBatchLoadTask}: Write; on no resource type (give {@code *}). */
  public static final Action RESUME_BATCH_LOAD_TASK = Action.of(PREFIX, "ResumeBatchLoadTask");

  /** {@code timestream:Select}: Read; on table. */
  public static final Action SELECT = Action.of(PREFIX, "Select");

  /** {@code timestream:SelectValues}: Read; on no resource type (give {@code *}). */
  public static final Action SELECT_VALUES = Action.of(PREFIX, "SelectValues");

  /** {@code timestream:StartAwsBackupJob}: Write; on table. */
  public static final Action START_AWS_BACKUP_JOB = Action.of(PREFIX, "StartAwsBackupJob");

  /** {@code timestream:StartAwsRestoreJob}: Write; on table. */
  public static final Action START_AWS_RESTORE_JOB = Action.of(PREFIX, "StartAwsRestoreJob");

  /** {@code timestream:TagResource}: Tagging; on database, scheduled-query, table. */
  public static final Action TAG_RESOURCE = Action.of(PREFIX, "TagResource");

  /** {@code timestream:Unload}: Write; on table. */
  public static final Action UNLOAD = Action.of(PREFIX, "Unload");

  /** {@code timestream:UntagResource}: Tagging; on database, scheduled-query, table. */
  public static final Action UNTAG_RESOURCE = Action.of(PREFIX, "UntagResource");

  /** {@code timestream:UpdateAccountSettings}: Write; on no resource type (give {@code *}). */
  public static final Action UPDATE_ACCOUNT_SETTINGS = Action.of(PREFIX, "UpdateAccountSettings");

  /** {@code timestream:UpdateDatabase}: Write; on database. */
  public static final Action UPDATE_DATABASE = Action.of(PREFIX, "UpdateDatabase");

  /** {@code timestream:UpdateScheduledQuery}: Write; on scheduled-query. */
  public static final Action UPDATE_SCHEDULED_QUERY = Action.of(PREFIX, "UpdateScheduledQuery");

  /** {@code timestream:UpdateTable}: Write; on table. */
  public static final Action UPDATE_TABLE = Action.of(PREFIX, "UpdateTable");

  /** {@code timestream:WriteRecords}: Write; on table. */
  public static final Action WRITE_RECORDS = Action.of(PREFIX, "WriteRecords");

  private Timestream() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
