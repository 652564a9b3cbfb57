// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of Amazon Message Delivery Service (prefix {@code ec2messages}), as the service authorization reference lists them.
 */
public final class Ec2messages {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "ec2messages";

  /** {@code ec2messages:AcknowledgeMessage}: Write; on no resource type (give {@code *}). */
  public static final Action ACKNOWLEDGE_MESSAGE = Action.of(PREFIX, "AcknowledgeMessage");

  /** {@code ec2messages:DeleteMessage}: Write; on no resource type (give {@code *}). */
  public static final Action DELETE_MESSAGE = Action.of(PREFIX, "DeleteMessage");

  /** {@code ec2messages:FailMessage}: Write; on no resource type (give {@code *}). */
  public static final Action FAIL_MESSAGE = Action.of(PREFIX, "FailMessage");

  /** {@code ec2messages:GetEndpoint}: Read; on no resource type (give {@code *}). */
  public static final Action GET_ENDPOINT = Action.of(PREFIX, "GetEndpoint");

  /** {@code ec2messages:GetMessages}: Read; on no resource type (give {@code *}). */
  public static final Action GET_MESSAGES = Action.of(PREFIX, "GetMessages");

  /** {@code ec2messages:SendReply}: Write; on no resource type (give {@code *}). */
  public static final Action SEND_REPLY = Action.of(PREFIX, "SendReply");

  private Ec2messages() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
