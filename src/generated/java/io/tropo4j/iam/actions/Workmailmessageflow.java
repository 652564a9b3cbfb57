// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of Amazon WorkMail Message Flow (prefix {@code workmailmessageflow}), as the service authorization reference lists them.
 */
public final class Workmailmessageflow {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "workmailmessageflow";

  /** {@code workmailmessageflow:GetRawMessageContent}: Read; on RawMessage. */
  public static final Action GET_RAW_MESSAGE_CONTENT = Action.of(PREFIX, "GetRawMessageContent");

  /** {@code workmailmessageflow:PutRawMessageContent}: Write; on RawMessage. */
  public static final Action PUT_RAW_MESSAGE_CONTENT = Action.of(PREFIX, "PutRawMessageContent");

  private Workmailmessageflow() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
