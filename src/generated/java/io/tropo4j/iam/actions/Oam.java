// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of Amazon CloudWatch Observability Access Manager (prefix {@code oam}), as the service authorization reference lists them.
 */
public final class Oam {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "oam";

  /** {@code oam:CreateLink}: Write; on Sink. */
  public static final Action CREATE_LINK = Action.of(PREFIX, "CreateLink");

  /** {@code oam:CreateSink}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_SINK = Action.of(PREFIX, "CreateSink");

  /** {@code oam:DeleteLink}: Write; on Link. */
  public static final Action DELETE_LINK = Action.of(PREFIX, "DeleteLink");

  /** {@code oam:DeleteSink}: Write; on Sink. */
  public static final Action DELETE_SINK = Action.of(PREFIX, "DeleteSink");

  /** {@code oam:GetLink}: Read; on Link. */
  public static final Action GET_LINK = Action.of(PREFIX, "GetLink");

  /** {@code oam:GetSink}: Read; on Sink. */
  public static final Action GET_SINK = Action.of(PREFIX, "GetSink");

  /** {@code oam:GetSinkPolicy}: Read; on Sink. */
  public static final Action GET_SINK_POLICY = Action.of(PREFIX, "GetSinkPolicy");

  /** {@code oam:ListAttachedLinks}: Read; on Sink. */
  public static final Action LIST_ATTACHED_LINKS = Action.of(PREFIX, "ListAttachedLinks");

  /** {@code oam:ListLinks}: Read; on no resource type (give {@code *}). */
  public static final Action LIST_LINKS = Action.of(PREFIX, "ListLinks");

  /** {@code oam:ListSinks}: Read; on no resource type (give {@code *}). */
  public static final Action LIST_SINKS = Action.of(PREFIX, "ListSinks");

  /** {@code oam:ListTagsForResource}: Read; on Link, Sink. */
  public static final Action LIST_TAGS_FOR_RESOURCE = Action.of(PREFIX, "ListTagsForResource");

  /** {@code oam:PutSinkPolicy}: Write; on Sink. */
  public static final Action PUT_SINK_POLICY = Action.of(PREFIX, "PutSinkPolicy");

  /** {@code oam:TagResource}: Tagging; on Link, Sink. */
  public static final Action TAG_RESOURCE = Action.of(PREFIX, "TagResource");

  /** {@code oam:UntagResource}: Tagging; on Link, Sink. */
  public static final Action UNTAG_RESOURCE = Action.of(PREFIX, "UntagResource");

  /** {@code oam:UpdateLink}: Write; on Link. */
  public static final Action UPDATE_LINK = Action.of(PREFIX, "UpdateLink");

  private Oam() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
