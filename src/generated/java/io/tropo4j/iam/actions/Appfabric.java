// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of AWS AppFabric (prefix {@code appfabric}), as the service authorization reference lists them.
 */
public final class Appfabric {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "appfabric";

  /** {@code appfabric:BatchGetUserAccessTasks}: Write; on appbundle. */
  public static final Action BATCH_GET_USER_ACCESS_TASKS = Action.of(PREFIX, "BatchGetUserAccessTasks");

  /** {@code appfabric:ConnectAppAuthorization}: Write; on appauthorization, appbundle. */
  public static final Action CONNECT_APP_AUTHORIZATION = Action.of(PREFIX, "ConnectAppAuthorization");

  /** {@code appfabric:CreateAppAuthorization}: Write; on appbundle. */
  public static final Action CREATE_APP_AUTHORIZATION = Action.of(PREFIX, "CreateAppAuthorization");

  /** {@code appfabric:CreateAppBundle}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_APP_BUNDLE = Action.of(PREFIX, "CreateAppBundle");

  /** {@code appfabric:CreateIngestion}: Write; on appbundle. */
  public static final Action CREATE_INGESTION = Action.of(PREFIX, "CreateIngestion");

  /** {@code appfabric:CreateIngestionDestination}: Write; on appbundle, ingestion. */
  public static final Action CREATE_INGESTION_DESTINATION = Action.of(PREFIX, "CreateIngestionDestination");

  /** {@code appfabric:DeleteAppAuthorization}: Write; on appauthorization, appbundle. */
  public static final Action DELETE_APP_AUTHORIZATION = Action.of(PREFIX, "DeleteAppAuthorization");

  /** {@code appfabric:DeleteAppBundle}: Write; on appbundle. */
  public static final Action DELETE_APP_BUNDLE = Action.of(PREFIX, "DeleteAppBundle");

  /** {@code appfabric:DeleteIngestion}: Write; on appbundle, ingestion. */
  public static final Action DELETE_INGESTION = Action.of(PREFIX, "DeleteIngestion");

  /** {@code appfabric:DeleteIngestionDestination}: Write; on appbundle, ingestion, ingestiondestination. */
  public static final Action DELETE_INGESTION_DESTINATION = Action.of(PREFIX, "DeleteIngestionDestination");

  /** {@code appfabric:GetAppAuthorization}: Read; on appauthorization, appbundle. */
  public static final Action GET_APP_AUTHORIZATION = Action.of(PREFIX, "GetAppAuthorization");

  /** {@code appfabric:GetAppBundle}: Read; on appbundle. */
  public static final Action GET_APP_BUNDLE = Action.of(PREFIX, "GetAppBundle");

  /** {@code appfabric:GetIngestion}: Read; on appbundle, ingestion. */
  public static final Action GET_INGESTION = Action.of(PREFIX, "GetIngestion");

  /** {@code appfabric:GetIngestionDestination}: Read; on appbundle, ingestion, ingestiondestination. */
  public static final Action GET_INGESTION_DESTINATION = Action.of(PREFIX, "GetIngestionDestination");

  /** {@code appfabric:ListAppAuthorizations}: List; on appbundle. */
  public static final Action LIST_APP_AUTHORIZATIONS = Action.of(PREFIX, "ListAppAuthorizations");

  /** {@code appfabric:ListAppBundles}: List; on no resource type (give {@code *}). */
  public static final Action LIST_APP_BUNDLES = Action.of(PREFIX, "ListAppBundles");

  /** {@code appfabric:ListIngestionDestinations}: List; on appbundle, ingestion. */
  public static final Action LIST_INGESTION_DESTINATIONS = Action.of(PREFIX, "ListIngestionDestinations");

  /** {@code appfabric:ListIngestions}: List; on appbundle. */
  public static final Action LIST_INGESTIONS = Action.of(PREFIX, "ListIngestions");

  /** {@code appfabric:ListTagsForResource}: Read; on appauthorization, appbundle, ingestion, ingestiondestination. */
  public static final Action LIST_TAGS_FOR_RESOURCE = Action.of(PREFIX, "ListTagsForResource");

  /** {@code appfabric:StartIngestion}: Write; on appbundle, ingestion. */
  public static final Action START_INGESTION = Action.of(PREFIX, "StartIngestion");

  /** {@code appfabric:StartUserAccessTasks}: Write; on appbundle. */
  public static final Action START_USER_ACCESS_TASKS = Action.of(PREFIX, "StartUserAccessTasks");

  /** {@code appfabric:StopIngestion}: Write; on appbundle, ingestion. */
  public static final Action STOP_INGESTION = Action.of(PREFIX, "StopIngestion");

  /** {@code appfabric:TagResource}: Tagging; on appauthorization, appbundle, ingestion, ingestiondestination. */
  public static final Action TAG_RESOURCE = Action.of(PREFIX, "TagResource");

  /** {@code appfabric:UntagResource}: Tagging; on appauthorization, appbundle, ingestion, ingestiondestination. */
  public static final Action UNTAG_RESOURCE = Action.of(PREFIX, "UntagResource");

  /** {@code appfabric:UpdateAppAuthorization}: Write; on appauthorization, appbundle. */
  public static final Action UPDATE_APP_AUTHORIZATION = Action.of(PREFIX, "UpdateAppAuthorization");

  /** {@code appfabric:UpdateIngestionDestination}: Write; on appbundle, ingestion, ingestiondestination. */
  public static final Action UPDATE_INGESTION_DESTINATION = Action.of(PREFIX, "UpdateIngestionDestination");

  private Appfabric() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
