// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of Amazon RDS Data API (prefix {@code rds-data}), as the service authorization reference lists them.
 */
public final class RdsData {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "rds-data";

  /** {@code rds-data:BatchExecuteStatement}: Write; on cluster. */
  public static final Action BATCH_EXECUTE_STATEMENT = Action.of(PREFIX, "BatchExecuteStatement");

  /** {@code rds-data:BeginTransaction}: Write; on cluster. */
  public static final Action BEGIN_TRANSACTION = Action.of(PREFIX, "BeginTransaction");

  /** {@code rds-data:CommitTransaction}: Write; on cluster. */
  public static final Action COMMIT_TRANSACTION = Action.of(PREFIX, "CommitTransaction");

  /** {@code rds-data:ExecuteSql}: Write; on cluster. */
  public static final Action EXECUTE_SQL = Action.of(PREFIX, "ExecuteSql");

  /** {@code rds-data:ExecuteStatement}: Write; on cluster. */
  public static final Action EXECUTE_STATEMENT = Action.of(PREFIX, "ExecuteStatement");

  /** {@code rds-data:RollbackTransaction}: Write; on cluster. */
  public static final Action ROLLBACK_TRANSACTION = Action.of(PREFIX, "RollbackTransaction");

  private RdsData() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
