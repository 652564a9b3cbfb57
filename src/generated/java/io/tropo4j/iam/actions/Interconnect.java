// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of AWS Interconnect (prefix {@code interconnect}), as the service authorization reference lists them.
 */
public final class Interconnect {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "interconnect";

  /** {@code interconnect:AcceptConnectionProposal}: Write; on no resource type (give {@code *}). */
  public static final Action ACCEPT_CONNECTION_PROPOSAL = Action.of(PREFIX, "AcceptConnectionProposal");

  /** {@code interconnect:CreateConnection}: Write; on connection. */
  public static final Action CREATE_CONNECTION = Action.of(PREFIX, "CreateConnection");

  /** {@code interconnect:DeleteConnection}: Write; on connection. */
  public static final Action DELETE_CONNECTION = Action.of(PREFIX, "DeleteConnection");

  /** {@code interconnect:DescribeConnectionProposal}: Read; on no resource type (give {@code *}). */
  public static final Action DESCRIBE_CONNECTION_PROPOSAL = Action.of(PREFIX, "DescribeConnectionProposal");

  /** {@code interconnect:GetConnection}: Read; on connection. */
  public static final Action GET_CONNECTION = Action.of(PREFIX, "GetConnection");

  /** {@code interconnect:GetEnvironment}: Read; on environment. */
  public static final Action GET_ENVIRONMENT = Action.of(PREFIX, "GetEnvironment");

  /** {@code interconnect:ListAttachPoints}: Read; on no resource type (give {@code *}). */
  public static final Action LIST_ATTACH_POINTS = Action.of(PREFIX, "ListAttachPoints");

  /** {@code interconnect:ListConnections}: List; on no resource type (give {@code *}). */
  public static final Action LIST_CONNECTIONS = Action.of(PREFIX, "ListConnections");

  /** {@code interconnect:ListEnvironments}: List; on no resource type (give {@code *}). */
  public static final Action LIST_ENVIRONMENTS = Action.of(PREFIX, "ListEnvironments");

  /** {@code interconnect:ListTagsForResource}: Read; on no resource type (give {@code *}). */
  public static final Action LIST_TAGS_FOR_RESOURCE = Action.of(PREFIX, "ListTagsForResource");

  /** {@code interconnect:TagResource}: Tagging; on connection. */
  public static final Action TAG_RESOURCE = Action.of(PREFIX, "TagResource");

  /** {@code interconnect:UntagResource}: Tagging; on connection. */
  public static final Action UNTAG_RESOURCE = Action.of(PREFIX, "UntagResource");

  /** {@code interconnect:UpdateConnection}: Write; on connection. */
  public static final Action UPDATE_CONNECTION = Action.of(PREFIX, "UpdateConnection");

  private Interconnect() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
