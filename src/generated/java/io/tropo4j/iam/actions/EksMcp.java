// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of Amazon EKS MCP Server (prefix {@code eks-mcp}), as the service authorization reference lists them.
 */
public final class EksMcp {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "eks-mcp";

  /** {@code eks-mcp:CallPrivilegedTool}: Write; on no resource type (give {@code *}). */
  public static final Action CALL_PRIVILEGED_TOOL = Action.of(PREFIX, "CallPrivilegedTool");

  /** {@code eks-mcp:CallReadOnlyTool}: Read; on no resource type (give {@code *}). */
  public static final Action CALL_READ_ONLY_TOOL = Action.of(PREFIX, "CallReadOnlyTool");

  /** {@code eks-mcp:InvokeMcp}: Read; on no resource type (give {@code *}). */
  public static final Action INVOKE_MCP = Action.of(PREFIX, "InvokeMcp");

  private EksMcp() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
