// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of AmazonMediaImport (prefix {@code mediaimport}), as the service authorization reference lists them.
 */
public final class Mediaimport {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "mediaimport";

  /** {@code mediaimport:CreateDatabaseBinarySnapshot}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_DATABASE_BINARY_SNAPSHOT = Action.of(PREFIX, "CreateDatabaseBinarySnapshot");

  private Mediaimport() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
