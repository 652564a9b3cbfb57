// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of Amazon FinSpace API (prefix {@code finspace-api}), as the service authorization reference lists them.
 */
public final class FinspaceApi {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "finspace-api";

  /** {@code finspace-api:GetProgrammaticAccessCredentials}: Read; on credential. */
  public static final Action GET_PROGRAMMATIC_ACCESS_CREDENTIALS = Action.of(PREFIX, "GetProgrammaticAccessCredentials");

  private FinspaceApi() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
