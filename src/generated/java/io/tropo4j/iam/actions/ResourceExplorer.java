// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of Tag Editor (prefix {@code resource-explorer}), as the service authorization reference lists them.
 */
public final class ResourceExplorer {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "resource-explorer";

  /** {@code resource-explorer:ListResourceTypes}: List; on no resource type (give {@code *}). */
  public static final Action LIST_RESOURCE_TYPES = Action.of(PREFIX, "ListResourceTypes");

  /** {@code resource-explorer:ListResources}: List; on no resource type (give {@code *}). */
  public static final Action LIST_RESOURCES = Action.of(PREFIX, "ListResources");

  /** {@code resource-explorer:ListTags}: Read; on no resource type (give {@code *}). */
  public static final Action LIST_TAGS = Action.of(PREFIX, "ListTags");

  private ResourceExplorer() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
