// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of Amazon Security Lake (prefix {@code securitylake}), as the service authorization reference lists them.
 */
public final class Securitylake {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "securitylake";

  /** {@code securitylake:CreateAwsLogSource}: Write; on data-lake. */
  public static final Action CREATE_AWS_LOG_SOURCE = Action.of(PREFIX, "CreateAwsLogSource");

  /** {@code securitylake:CreateCustomLogSource}: Write; on data-lake. */
  public static final Action CREATE_CUSTOM_LOG_SOURCE = Action.of(PREFIX, "CreateCustomLogSource");

  /** {@code securitylake:CreateDataLake}: Write; on data-lake. */
  public static final Action CREATE_DATA_LAKE = Action.of(PREFIX, "CreateDataLake");

  /** {@code securitylake:CreateDataLakeExceptionSubscription}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_DATA_LAKE_EXCEPTION_SUBSCRIPTION = Action.of(PREFIX, "CreateDataLakeExceptionSubscription");

  /** {@code securitylake:CreateDataLakeOrganizationConfiguration}: Write; on data-lake. */
  public static final Action CREATE_DATA_LAKE_ORGANIZATION_CONFIGURATION = Action.of(PREFIX, "CreateDataLakeOrganizationConfiguration");

  /** {@code securitylake:CreateSubscriber}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_SUBSCRIBER = Action.of(PREFIX, "CreateSubscriber");

  /** {@code securitylake:CreateSubscriberNotification}: Write; on subscriber. */
  public static final Action CREATE_SUBSCRIBER_NOTIFICATION = Action.of(PREFIX, "CreateSubscriberNotification");

  /** {@code securitylake:DeleteAwsLogSource}: Write; on data-lake. */
  public static final Action DELETE_AWS_LOG_SOURCE = Action.of(PREFIX, "DeleteAwsLogSource");

  /** {@code securitylake:DeleteCustomLogSource}: Write; on data-lake. */
  public static final Action DELETE_CUSTOM_LOG_SOURCE = Action.of(PREFIX, "DeleteCustomLogSource");

  /** {@code securitylake:DeleteDataLake}: Write; on data-lake. */
  public static final Action DELETE_DATA_LAKE = Action.of(PREFIX, "DeleteDataLake");

  /** {@code securitylake:DeleteDataLakeExceptionSubscription}: Write; on no resource type (give {@code *}). */
  public static final Action DELETE_DATA_LAKE_EXCEPTION_SUBSCRIPTION = Action.of(PREFIX, "DeleteDataLakeExceptionSubscription");

  /** {@code securitylake:DeleteDataLakeOrganizationConfiguration}: Write; on data-lake. */
  public static final Action DELETE_DATA_LAKE_ORGANIZATION_CONFIGURATION = Action.of(PREFIX, "DeleteDataLakeOrganizationConfiguration");

  /** {@code securitylake:DeleteSubscriber}: Write; on subscriber. */
  public static final Action DELETE_SUBSCRIBER = Action.of(PREFIX, "DeleteSubscriber");

  /** {@code securitylake:DeleteSubscriberNotification}: Write; on subscriber. */
  public static final Action DELETE_SUBSCRIBER_NOTIFICATION = Action.of(PREFIX, "DeleteSubscriberNotification");

  /** {@code securitylake:DeregisterDataLakeDelegatedAdministrator}: Write; on no resource type (give {@code *}). */
  public static final Action DEREGISTER_DATA_LAKE_DELEGATED_ADMINISTRATOR = Action.of(PREFIX, "DeregisterDataLakeDelegatedAdministrator");

  /** {@code securitylake:GetDataLakeExceptionSubscription}: Read; on no resource type (give {@code *}). */
  public static final Action GET_DATA_LAKE_EXCEPTION_SUBSCRIPTION = Action.of(PREFIX, "GetDataLakeExceptionSubscription");

  /** {@code securitylake:GetDataLakeOrganizationConfiguration}: Read; on data-lake. */
  public static final Action GET_DATA_LAKE_ORGANIZATION_CONFIGURATION = Action.of(PREFIX, "GetDataLakeOrganizationConfiguration");

  /** {@code securitylake:GetDataLakeSources}: Read; on data-lake. */
  public static final Action GET_DATA_LAKE_SOURCES = Action.of(PREFIX, "GetDataLakeSources");

  /** {@code securitylake:GetSubscriber}: Read; on subscriber. */
  public static final Action GET_SUBSCRIBER = Action.of(PREFIX, "GetSubscriber");

  /** {@code securitylake:ListDataLakeExceptions}: List; on no resource type (give {@code *}). */
  public static final Action LIST_DATA_LAKE_EXCEPTIONS = Action.of(PREFIX, "ListDataLakeExceptions");

  /** {@code securitylake:ListDataLakes}: List; on no resource type (give {@code *}). */
  public static final Action LIST_DATA_LAKES = Action.of(PREFIX, "ListDataLakes");

  /** {@code securitylake:ListLogSources}: List; on no resource type (give {@code *}). */
  public static final Action LIST_LOG_SOURCES = Action.of(PREFIX, "ListLogSources");

  /** {@code securitylake:ListSubscribers}: List; on no resource type (give {@code *}). */
  public static final Action LIST_SUBSCRIBERS = Action.of(PREFIX, "ListSubscribers");

  /** {@code securitylake:ListTagsForResource}: List; on data-lake, subscriber. */
  public static final Action LIST_TAGS_FOR_RESOURCE = Action.of(PREFIX, "ListTagsForResource");

  /** {@code securitylake:RegisterDataLakeDelegatedAdministrator}: Write; on no resource type (give {@code *}). */
  public static final Action REGISTER_DATA_LAKE_DELEGATED_ADMINISTRATOR = Action.of(PREFIX, "RegisterDataLakeDelegatedAdministrator");

  /** {@code securitylake:TagResource}: Tagging; on data-lake, subscriber. */
  public static final Action TAG_RESOURCE = Action.of(PREFIX, "TagResource");

  /** {@code securitylake:UntagResource}: Tagging; on data-lake, subscriber. */
  public static final Action UNTAG_RESOURCE = Action.of(PREFIX, "UntagResource");

  /** {@code securitylake:UpdateDataLake}: Write; on data-lake. */
  public static final Action UPDATE_DATA_LAKE = Action.of(PREFIX, "UpdateDataLake");

  /** {@code securitylake:UpdateDataLakeExceptionSubscription}: Write; on no resource type (give {@code *}). */
  public static final Action UPDATE_DATA_LAKE_EXCEPTION_SUBSCRIPTION = Action.of(PREFIX, "UpdateDataLakeExceptionSubscription");

  /** {@code securitylake:UpdateSubscriber}: Write; on subscriber. */
  public static final Action UPDATE_SUBSCRIBER = Action.of(PREFIX, "UpdateSubscriber");

  /** {@code securitylake:UpdateSubscriberNotification}: Write; on subscriber. */
  public static final Action UPDATE_SUBSCRIBER_NOTIFICATION = Action.of(PREFIX, "UpdateSubscriberNotification");

  private Securitylake() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
