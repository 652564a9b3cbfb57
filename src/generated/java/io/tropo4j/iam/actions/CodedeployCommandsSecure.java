// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of AWS CodeDeploy secure host commands service (prefix {@code codedeploy-commands-secure}), as the service authorization reference lists them.
 */
public final class CodedeployCommandsSecure {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "codedeploy-commands-secure";

  /** {@code codedeploy-commands-secure:GetDeploymentSpecification}: Read; on no resource type (give {@code *}). */
  public static final Action GET_DEPLOYMENT_SPECIFICATION = Action.of(PREFIX, "GetDeploymentSpecification");

  /** {@code codedeploy-commands-secure:PollHostCommand}: Read; on no resource type (give {@code *}). */
  public static final Action POLL_HOST_COMMAND = Action.of(PREFIX, "PollHostCommand");

  /** {@code codedeploy-commands-secure:PutHostCommandAcknowledgement}: Write; on no resource type (give {@code *}). */
  public static final Action PUT_HOST_COMMAND_ACKNOWLEDGEMENT = Action.of(PREFIX, "PutHostCommandAcknowledgement");

  /** {@code codedeploy-commands-secure:PutHostCommandComplete}: Write; on no resource type (give {@code *}). */
  public static final Action PUT_HOST_COMMAND_COMPLETE = Action.of(PREFIX, "PutHostCommandComplete");

  private CodedeployCommandsSecure() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
