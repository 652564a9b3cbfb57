// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of Amazon ECS MCP Service (prefix {@code ecs-mcp}), as the service authorization reference lists them.
 */
public final class EcsMcp {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "ecs-mcp";

  /** {@code ecs-mcp:InvokeReadOnlyTools}: Read; on no resource type (give {@code *}). */
  public static final Action INVOKE_READ_ONLY_TOOLS = Action.of(PREFIX, "InvokeReadOnlyTools");

  /** {@code ecs-mcp:UseMcp}: Read; on no resource type (give {@code *}). */
  public static final Action USE_MCP = Action.of(PREFIX, "UseMcp");

  private EcsMcp() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
