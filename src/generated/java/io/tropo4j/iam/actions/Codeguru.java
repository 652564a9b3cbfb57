// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of Amazon CodeGuru (prefix {@code codeguru}), as the service authorization reference lists them.
 */
public final class Codeguru {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "codeguru";

  /** {@code codeguru:GetCodeGuruFreeTrialSummary}: Read; on no resource type (give {@code *}). */
  public static final Action GET_CODE_GURU_FREE_TRIAL_SUMMARY = Action.of(PREFIX, "GetCodeGuruFreeTrialSummary");

  private Codeguru() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
