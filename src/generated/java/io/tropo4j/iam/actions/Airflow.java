// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of Amazon Managed Workflows for Apache Airflow (prefix {@code airflow}), as the service authorization reference lists them.
 */
public final class Airflow {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "airflow";

  /** {@code airflow:CreateCliToken}: Write; on environment. */
  public static final Action CREATE_CLI_TOKEN = Action.of(PREFIX, "CreateCliToken");

  /** {@code airflow:CreateEnvironment}: Write; on environment. */
  public static final Action CREATE_ENVIRONMENT = Action.of(PREFIX, "CreateEnvironment");

  /** {@code airflow:CreateWebLoginToken}: Write; on rbac-role. */
  public static final Action CREATE_WEB_LOGIN_TOKEN = Action.of(PREFIX, "CreateWebLoginToken");

  /** {@code airflow:DeleteEnvironment}: Write; on environment. */
  public static final Action DELETE_ENVIRONMENT = Action.of(PREFIX, "DeleteEnvironment");

  /** {@code airflow:GetEnvironment}: Read; on environment. */
  public static final Action GET_ENVIRONMENT = Action.of(PREFIX, "GetEnvironment");

  /** {@code airflow:InvokeRestApi}: Write; on rbac-role. */
  public static final Action INVOKE_REST_API = Action.of(PREFIX, "InvokeRestApi");

  /** {@code airflow:ListEnvironments}: List; on no resource type (give {@code *}). */
  public static final Action LIST_ENVIRONMENTS = Action.of(PREFIX, "ListEnvironments");

  /** {@code airflow:ListTagsForResource}: Read; on environment. */
  public static final Action LIST_TAGS_FOR_RESOURCE = Action.of(PREFIX, "ListTagsForResource");

  /** {@code airflow:PublishMetrics}: Write; on environment. */
  public static final Action PUBLISH_METRICS = Action.of(PREFIX, "PublishMetrics");

  /** {@code airflow:TagResource}: Tagging; on environment. */
  public static final Action TAG_RESOURCE = Action.of(PREFIX, "TagResource");

  /** {@code airflow:UntagResource}: Tagging; on environment. */
  public static final Action UNTAG_RESOURCE = Action.of(PREFIX, "UntagResource");

  /** {@code airflow:UpdateEnvironment}: Write; on environment. */
  public static final Action UPDATE_ENVIRONMENT = Action.of(PREFIX, "UpdateEnvironment");

  private Airflow() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
