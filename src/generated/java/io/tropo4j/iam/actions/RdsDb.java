// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of Amazon RDS IAM Authentication (prefix {@code rds-db}), as the service authorization reference lists them.
 */
public final class RdsDb {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "rds-db";

  /** {@code rds-db:connect}: Permissions management; on db-user. */
  public static final Action CONNECT = Action.of(PREFIX, "connect");

  private RdsDb() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
