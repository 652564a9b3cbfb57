// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of Amazon OpenSearch (prefix {@code opensearch}), as the service authorization reference lists them.
 */
public final class Opensearch {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "opensearch";

  /** {@code opensearch:ApplicationAccessAll}: Permissions management; on application. */
  public static final Action APPLICATION_ACCESS_ALL = Action.of(PREFIX, "ApplicationAccessAll");

  /** {@code opensearch:CancelAutoOptimizeJob}: Write; on no resource type (give {@code *}). */
  public static final Action CANCEL_AUTO_OPTIMIZE_JOB = Action.of(PREFIX, "CancelAutoOptimizeJob");

  /** {@code opensearch:CancelDirectQuery}: Write; on datasource. */
  public static final Action CANCEL_DIRECT_QUERY = Action.of(PREFIX, "CancelDirectQuery");

  /** {@code opensearch:DeleteAutoOptimizeJob}: Write; on no resource type (give {@code *}). */
  public static final Action DELETE_AUTO_OPTIMIZE_JOB = Action.of(PREFIX, "DeleteAutoOptimizeJob");

  /** {@code opensearch:GetAutoOptimizeJob}: Read; on no resource type (give {@code *}). */
  public static final Action GET_AUTO_OPTIMIZE_JOB = Action.of(PREFIX, "GetAutoOptimizeJob");

  /** {@code opensearch:GetDirectQuery}: Read; on datasource. */
  public static final Action GET_DIRECT_QUERY = Action.of(PREFIX, "GetDirectQuery");

  /** {@code opensearch:GetDirectQueryResult}: Read; on datasource. */
  public static final Action GET_DIRECT_QUERY_RESULT = Action.of(PREFIX, "GetDirectQueryResult");

  /** {@code opensearch:ListAutoOptimizeJobs}: List; on no resource type (give {@code *}). */
  public static final Action LIST_AUTO_OPTIMIZE_JOBS = Action.of(PREFIX, "ListAutoOptimizeJobs");

  /** {@code opensearch:StartDirectQuery}: Write; on datasource. */
  public static final Action START_DIRECT_QUERY = Action.of(PREFIX, "StartDirectQuery");

  /** {@code opensearch:SubmitAutoOptimizeJob}: Write; on no resource type (give {@code *}). */
  public static final Action SUBMIT_AUTO_OPTIMIZE_JOB = Action.of(PREFIX, "SubmitAutoOptimizeJob");

  private Opensearch() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
