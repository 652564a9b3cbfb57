// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of AWS MCP Server (prefix {@code aws-mcp}), as the service authorization reference lists them.
 */
public final class AwsMcp {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "aws-mcp";

  /** {@code aws-mcp:CallReadOnlyTool}: Read; on no resource type (give {@code *}). */
  public static final Action CALL_READ_ONLY_TOOL = Action.of(PREFIX, "CallReadOnlyTool");

  /** {@code aws-mcp:CallReadWriteTool}: Write; on no resource type (give {@code *}). */
  public static final Action CALL_READ_WRITE_TOOL = Action.of(PREFIX, "CallReadWriteTool");

  /** {@code aws-mcp:InvokeMcp}: List; on no resource type (give {@code *}). */
  public static final Action INVOKE_MCP = Action.of(PREFIX, "InvokeMcp");

  private AwsMcp() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
