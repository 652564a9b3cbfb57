// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of Amazon SageMaker data science assistant (prefix {@code sagemaker-data-science-assistant}), as the service authorization reference lists them.
 */
public final class SagemakerDataScienceAssistant {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "sagemaker-data-science-assistant";

  /** {@code sagemaker-data-science-assistant:SendConversation}: Write; on no resource type (give {@code *}). */
  public static final Action SEND_CONVERSATION = Action.of(PREFIX, "SendConversation");

  private SagemakerDataScienceAssistant() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
