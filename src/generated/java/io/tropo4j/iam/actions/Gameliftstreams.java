// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of Amazon GameLift Streams (prefix {@code gameliftstreams}), as the service authorization reference lists them.
 */
public final class Gameliftstreams {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "gameliftstreams";

  /** {@code gameliftstreams:AddStreamGroupLocations}: Write; on stream group. */
  public static final Action ADD_STREAM_GROUP_LOCATIONS = Action.of(PREFIX, "AddStreamGroupLocations");

  /** {@code gameliftstreams:AssociateApplications}: Write; on application, stream group. */
  public static final Action ASSOCIATE_APPLICATIONS = Action.of(PREFIX, "AssociateApplications");

  /** {@code gameliftstreams:CreateApplication}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_APPLICATION = Action.of(PREFIX, "CreateApplication");

  /** {@code gameliftstreams:CreateStreamGroup}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_STREAM_GROUP = Action.of(PREFIX, "CreateStreamGroup");

  /** {@code gameliftstreams:CreateStreamSessionConnection}: Write; on stream group. */
  public static final Action CREATE_STREAM_SESSION_CONNECTION = Action.of(PREFIX, "CreateStreamSessionConnection");

  /** {@code gameliftstreams:DeleteApplication}: Write; on application. */
  public static final Action DELETE_APPLICATION = Action.of(PREFIX, "DeleteApplication");

  /** {@code gameliftstreams:DeleteStreamGroup}: Write; on stream group. */
  public static final Action DELETE_STREAM_GROUP = Action.of(PREFIX, "DeleteStreamGroup");

  /** {@code gameliftstreams:DisassociateApplications}: Write; on application, stream group. */
  public static final Action DISASSOCIATE_APPLICATIONS = Action.of(PREFIX, "DisassociateApplications");

  /** {@code gameliftstreams:ExportStreamSessionFiles}: Write; on stream group. */
  public static final Action EXPORT_STREAM_SESSION_FILES = Action.of(PREFIX, "ExportStreamSessionFiles");

  /** {@code gameliftstreams:GetApplication}: Read; on application. */
  public static final Action GET_APPLICATION = Action.of(PREFIX, "GetApplication");

  /** {@code gameliftstreams:GetStreamGroup}: Read; on stream group. */
  public static final Action GET_STREAM_GROUP = Action.of(PREFIX, "GetStreamGroup");

  /** {@code gameliftstreams:GetStreamSession}: Read; on stream group. */
  public static final Action GET_STREAM_SESSION = Action.of(PREFIX, "GetStreamSession");

  /** {@code gameliftstreams:ListApplications}: List; on no resource type (give {@code *}). */
  public static final Action LIST_APPLICATIONS = Action.of(PREFIX, "ListApplications");

  /** {@code gameliftstreams:ListStreamGroups}: List; on no resource type (give {@code *}). */
  public static final Action LIST_STREAM_GROUPS = Action.of(PREFIX, "ListStreamGroups");

  /** {@code gameliftstreams:ListStreamSessions}: Read; on stream group. */
  public static final Action LIST_STREAM_SESSIONS = Action.of(PREFIX, "ListStreamSessions");

  /** {@code gameliftstreams:ListStreamSessionsByAccount}: Read; on no resource type (give {@code *}). */
  public static final Action LIST_STREAM_SESSIONS_BY_ACCOUNT = Action.of(PREFIX, "ListStreamSessionsByAccount");

  /** {@code gameliftstreams:ListTagsForResource}: Read; on application, stream group. */
  public static final Action LIST_TAGS_FOR_RESOURCE = Action.of(PREFIX, "ListTagsForResource");

  /** {@code gameliftstreams:RemoveStreamGroupLocations}: Write; on stream group. */
  public static final Action REMOVE_STREAM_GROUP_LOCATIONS = Action.of(PREFIX, "RemoveStreamGroupLocations");

  /** {@code gameliftstreams:StartStreamSession}: Write; on stream group. */
  public static final Action START_STREAM_SESSION = Action.of(PREFIX, "StartStreamSession");

  /** {@code gameliftstreams:TagResource}: Tagging; on application, stream group. */
  public static final Action TAG_RESOURCE = Action.of(PREFIX, "TagResource");

  /** {@code gameliftstreams:TerminateStreamSession}: Write; on stream group. */
  public static final Action TERMINATE_STREAM_SESSION = Action.of(PREFIX, "TerminateStreamSession");

  /** {@code gameliftstreams:UntagResource}: Tagging; on application, stream group. */
  public static final Action UNTAG_RESOURCE = Action.of(PREFIX, "UntagResource");

  /** {@code gameliftstreams:UpdateApplication}: Write; on application. */
  public static final Action UPDATE_APPLICATION = Action.of(PREFIX, "UpdateApplication");

  /** {@code gameliftstreams:UpdateStreamGroup}: Write; on stream group. */
  public static final Action UPDATE_STREAM_GROUP = Action.of(PREFIX, "UpdateStreamGroup");

  private Gameliftstreams() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
