// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of Amazon Redshift Data API (prefix {@code redshift-data}), as the service authorization reference lists them.
 */
public final class RedshiftData {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "redshift-data";

  /** {@code redshift-data:BatchExecuteStatement}: Write; on cluster, workgroup. */
  public static final Action BATCH_EXECUTE_STATEMENT = Action.of(PREFIX, "BatchExecuteStatement");

  /** {@code redshift-data:CancelStatement}: Write; on no resource type (give {@code *}). */
  public static final Action CANCEL_STATEMENT = Action.of(PREFIX, "CancelStatement");

  /** {@code redshift-data:DescribeStatement}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_STATEMENT = Action.of(PREFIX, "DescribeStatement");

  /** {@code redshift-data:DescribeTable}: Read; on cluster, workgroup. */
  public static final Action DESCRIBE_TABLE = Action.of(PREFIX, "DescribeTable");

  /** {@code redshift-data:ExecuteStatement}: Write; on cluster, workgroup. */
  public static final Action EXECUTE_STATEMENT = Action.of(PREFIX, "ExecuteStatement");

  /** {@code redshift-data:GetStagingBucketLocation}: Read; on managed-workgroup. */
  public static final Action GET_STAGING_BUCKET_LOCATION = Action.of(PREFIX, "GetStagingBucketLocation");

  /** {@code redshift-data:GetStatementResult}: Read; on no resource type (give {@code *}). */
  public static final Action GET_STATEMENT_RESULT = Action.of(PREFIX, "GetStatementResult");

  /** {@code redshift-data:ListDatabases}: Read; on cluster, workgroup. */
  public static final Action LIST_DATABASES = Action.of(PREFIX, "ListDatabases");

  /** {@code redshift-data:ListSchemas}: Read; on cluster, workgroup. */
  public static final Action LIST_SCHEMAS = Action.of(PREFIX, "ListSchemas");

  /** {@code redshift-data:ListStatements}: List; on no resource type (give {@code *}). */
  public static final Action LIST_STATEMENTS = Action.of(PREFIX, "ListStatements");

  /** {@code redshift-data:ListTables}: List; on cluster, workgroup. */
  public static final Action LIST_TABLES = Action.of(PREFIX, "ListTables");

  private RedshiftData() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
