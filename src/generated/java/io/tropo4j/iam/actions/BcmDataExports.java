// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of AWS Billing And Cost Management Data Exports (prefix {@code bcm-data-exports}), as the service authorization reference lists them.
 */
public final class BcmDataExports {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "bcm-data-exports";

  /** {@code bcm-data-exports:CreateExport}: Write; on billingview, table. */
  public static final Action CREATE_EXPORT = Action.of(PREFIX, "CreateExport");

  /** {@code bcm-data-exports:DeleteExport}: Write; on export. */
  public static final Action DELETE_EXPORT = Action.of(PREFIX, "DeleteExport");

  /** {@code bcm-data-exports:GetExecution}: Read; on export. */
  public static final Action GET_EXECUTION = Action.of(PREFIX, "GetExecution");

  /** {@code bcm-data-exports:GetExport}: Read; on export. */
  public static final Action GET_EXPORT = Action.of(PREFIX, "GetExport");

  /** {@code bcm-data-exports:GetTable}: Read; on table. */
  public static final Action GET_TABLE = Action.of(PREFIX, "GetTable");

  /** {@code bcm-data-exports:ListExecutions}: List; on export. */
  public static final Action LIST_EXECUTIONS = Action.of(PREFIX, "ListExecutions");

  /** {@code bcm-data-exports:ListExports}: List; on no resource type (give {@code *}). */
  public static final Action LIST_EXPORTS = Action.of(PREFIX, "ListExports");

  /** {@code bcm-data-exports:ListTables}: List; on no resource type (give {@code *}). */
  public static final Action LIST_TABLES = Action.of(PREFIX, "ListTables");

  /** {@code bcm-data-exports:ListTagsForResource}: Read; on export. */
  public static final Action LIST_TAGS_FOR_RESOURCE = Action.of(PREFIX, "ListTagsForResource");

  /** {@code bcm-data-exports:TagResource}: Tagging; on export. */
  public static final Action TAG_RESOURCE = Action.of(PREFIX, "TagResource");

  /** {@code bcm-data-exports:UntagResource}: Tagging; on export. */
  public static final Action UNTAG_RESOURCE = Action.of(PREFIX, "UntagResource");

  /** {@code bcm-data-exports:UpdateExport}: Write; on billingview, export, table. */
  public static final Action UPDATE_EXPORT = Action.of(PREFIX, "UpdateExport");

  private BcmDataExports() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
