// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of Amazon SageMaker Unified Studio MCP (prefix {@code sagemaker-unified-studio-mcp}), as the service authorization reference lists them.
 */
public final class SagemakerUnifiedStudioMcp {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "sagemaker-unified-studio-mcp";

  /** {@code sagemaker-unified-studio-mcp:CallPrivilegedTool}: Write; on no resource type (give {@code *}). */
  public static final Action CALL_PRIVILEGED_TOOL = Action.of(PREFIX, "CallPrivilegedTool");

  /** {@code sagemaker-unified-studio-mcp:CallReadOnlyTool}: Read; on no resource type (give {@code *}). */
  public static final Action CALL_READ_ONLY_TOOL = Action.of(PREFIX, "CallReadOnlyTool");

  /** {@code sagemaker-unified-studio-mcp:InvokeMcp}: Read; on no resource type (give {@code *}). */
  public static final Action INVOKE_MCP = Action.of(PREFIX, "InvokeMcp");

  private SagemakerUnifiedStudioMcp() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
