// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of AWS Data Exchange (prefix {@code dataexchange}), as the service authorization reference lists them.
 */
public final class Dataexchange {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "dataexchange";

  /** {@code dataexchange:AcceptDataGrant}: Write; on data-grants. */
  public static final Action ACCEPT_DATA_GRANT = Action.of(PREFIX, "AcceptDataGrant");

  /** {@code dataexchange:CancelJob}: Write; on jobs. */
  public static final Action CANCEL_JOB = Action.of(PREFIX, "CancelJob");

  /** {@code dataexchange:CreateAsset}: Write; on revisions. */
  public static final Action CREATE_ASSET = Action.of(PREFIX, "CreateAsset");

  /** {@code dataexchange:CreateDataGrant}: Write; on data-grants. */
  public static final Action CREATE_DATA_GRANT = Action.of(PREFIX, "CreateDataGrant");

  /** {@code dataexchange:CreateDataSet}: Write; on data-sets. */
  public static final Action CREATE_DATA_SET = Action.of(PREFIX, "CreateDataSet");

  /** {@code dataexchange:CreateEventAction}: Write; on event-actions. */
  public static final Action CREATE_EVENT_ACTION = Action.of(PREFIX, "CreateEventAction");

  /** {@code dataexchange:CreateJob}: Write; on jobs. */
  public static final Action CREATE_JOB = Action.of(PREFIX, "CreateJob");

  /** {@code dataexchange:CreateRevision}: Write; on data-sets. */
  public static final Action CREATE_REVISION = Action.of(PREFIX, "CreateRevision");

  /** {@code dataexchange:DeleteAsset}: Write; on assets. */
  public static final Action DELETE_ASSET = Action.of(PREFIX, "DeleteAsset");

  /** {@code dataexchange:DeleteDataGrant}: Write; on data-grants. */
  public static final Action DELETE_DATA_GRANT = Action.of(PREFIX, "DeleteDataGrant");

  /** {@code dataexchange:DeleteDataSet}: Write; on data-sets, entitled-data-sets. */
  public static final Action DELETE_DATA_SET = Action.of(PREFIX, "DeleteDataSet");

  /** {@code dataexchange:DeleteEventAction}: Write; on event-actions. */
  public static final Action DELETE_EVENT_ACTION = Action.of(PREFIX, "DeleteEventAction");

  /** {@code dataexchange:DeleteRevision}: Write; on revisions. */
  public static final Action DELETE_REVISION = Action.of(PREFIX, "DeleteRevision");

  /** {@code dataexchange:GetAsset}: Read; on assets, entitled-assets. */
  public static final Action GET_ASSET = Action.of(PREFIX, "GetAsset");

  /** {@code dataexchange:GetDataGrant}: Read; on data-grants. */
  public static final Action GET_DATA_GRANT = Action.of(PREFIX, "GetDataGrant");

  /** {@code dataexchange:GetDataSet}: Read; on data-sets, entitled-data-sets. */
  public static final Action GET_DATA_SET = Action.of(PREFIX, "GetDataSet");

  /** {@code dataexchange:GetEventAction}: Read; on event-actions. */
  public static final Action GET_EVENT_ACTION = Action.of(PREFIX, "GetEventAction");

  /** {@code dataexchange:GetJob}: Read; on jobs. */
  public static final Action GET_JOB = Action.of(PREFIX, "GetJob");

  /** {@code dataexchange:GetReceivedDataGrant}: Read; on data-grants. */
  public static final Action GET_RECEIVED_DATA_GRANT = Action.of(PREFIX, "GetReceivedDataGrant");

  /** {@code dataexchange:GetRevision}: Read; on entitled-revisions, revisions. */
  public static final Action GET_REVISION = Action.of(PREFIX, "GetRevision");

  /** {@code dataexchange:ListDataGrants}: List; on no resource type (give {@code *}). */
  public static final Action LIST_DATA_GRANTS = Action.of(PREFIX, "ListDataGrants");

  /** {@code dataexchange:ListDataSetRevisions}: List; on data-sets, entitled-data-sets. */
  public static final Action LIST_DATA_SET_REVISIONS = Action.of(PREFIX, "ListDataSetRevisions");

  /** {@code dataexchange:ListDataSets}: List; on no resource type (give {@code *}). */
  public static final Action LIST_DATA_SETS = Action.of(PREFIX, "ListDataSets");

  /** {@code dataexchange:ListEventActions}: List; on no resource type (give {@code *}). */
  public static final Action LIST_EVENT_ACTIONS = Action.of(PREFIX, "ListEventActions");

  /** {@code dataexchange:ListJobs}: List; on no resource type (give {@code *}). */
  public static final Action LIST_JOBS = Action.of(PREFIX, "ListJobs");

  /** {@code dataexchange:ListReceivedDataGrants}: List; on no resource type (give {@code *}). */
  public static final Action LIST_RECEIVED_DATA_GRANTS = Action.of(PREFIX, "ListReceivedDataGrants");

  /** {@code dataexchange:ListRevisionAssets}: List; on entitled-revisions, revisions. */
  public static final Action LIST_REVISION_ASSETS = Action.of(PREFIX, "ListRevisionAssets");

  /** {@code dataexchange:ListTagsForResource}: List; on data-grants, data-sets, event-actions, revisions. */
  public static final Action LIST_TAGS_FOR_RESOURCE = Action.of(PREFIX, "ListTagsForResource");

  /** {@code dataexchange:PublishDataSet}: Write; on data-sets. */
  public static final Action PUBLISH_DATA_SET = Action.of(PREFIX, "PublishDataSet");

  /** {@code dataexchange:PublishToDataGrant}: Write; on data-sets. */
  public static final Action PUBLISH_TO_DATA_GRANT = Action.of(PREFIX, "PublishToDataGrant");

  /** {@code dataexchange:RevokeRevision}: Write; on revisions. */
  public static final Action REVOKE_REVISION = Action.of(PREFIX, "RevokeRevision");

  /** {@code dataexchange:SendApiAsset}: Write; on assets, entitled-assets. */
  public static final Action SEND_API_ASSET = Action.of(PREFIX, "SendApiAsset");

  /** {@code dataexchange:SendDataSetNotification}: Write; on data-sets. */
  public static final Action SEND_DATA_SET_NOTIFICATION = Action.of(PREFIX, "SendDataSetNotification");

  /** {@code dataexchange:StartJob}: Write; on jobs. */
  public static final Action START_JOB = Action.of(PREFIX, "StartJob");

  /** {@code dataexchange:TagResource}: Tagging; on data-grants, data-sets, event-actions, revisions. */
  public static final Action TAG_RESOURCE = Action.of(PREFIX, "TagResource");

  /** {@code dataexchange:UntagResource}: Tagging; on data-grants, data-sets, event-actions, revisions. */
  public static final Action UNTAG_RESOURCE = Action.of(PREFIX, "UntagResource");

  /** {@code dataexchange:UpdateAsset}: Write; on assets. */
  public static final Action UPDATE_ASSET = Action.of(PREFIX, "UpdateAsset");

  /** {@code dataexchange:UpdateDataSet}: Write; on data-sets. */
  public static final Action UPDATE_DATA_SET = Action.of(PREFIX, "UpdateDataSet");

  /** {@code dataexchange:UpdateEventAction}: Write; on event-actions. */
  public static final Action UPDATE_EVENT_ACTION = Action.of(PREFIX, "UpdateEventAction");

  /** {@code dataexchange:UpdateRevision}: Write; on revisions. */
  public static final Action UPDATE_REVISION = Action.of(PREFIX, "UpdateRevision");

  private Dataexchange() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
