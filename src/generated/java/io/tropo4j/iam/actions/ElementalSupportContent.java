// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of AWS Elemental Support Content (prefix {@code elemental-support-content}), as the service authorization reference lists them.
 */
public final class ElementalSupportContent {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "elemental-support-content";

  /** {@code elemental-support-content:Query}: Read; on no resource type (give {@code *}). */
  public static final Action QUERY = Action.of(PREFIX, "Query");

  private ElementalSupportContent() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
