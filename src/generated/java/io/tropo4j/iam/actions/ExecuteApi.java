// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of Amazon API Gateway (prefix {@code execute-api}), as the service authorization reference lists them.
 */
public final class ExecuteApi {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "execute-api";

  /** {@code execute-api:InvalidateCache}: Write; on execute-api-general. */
  public static final Action INVALIDATE_CACHE = Action.of(PREFIX, "InvalidateCache");

  /** {@code execute-api:Invoke}: Write; on execute-api-domain, execute-api-general. */
  public static final Action INVOKE = Action.of(PREFIX, "Invoke");

  /** {@code execute-api:ManageConnections}: Write; on execute-api-general. */
  public static final Action MANAGE_CONNECTIONS = Action.of(PREFIX, "ManageConnections");

  private ExecuteApi() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
