// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of AWS Control Catalog (prefix {@code controlcatalog}), as the service authorization reference lists them.
 */
public final class Controlcatalog {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "controlcatalog";

  /** {@code controlcatalog:GetControl}: Read; on control. */
  public static final Action GET_CONTROL = Action.of(PREFIX, "GetControl");

  /** {@code controlcatalog:ListCommonControls}: List; on no resource type (give {@code *}). */
  public static final Action LIST_COMMON_CONTROLS = Action.of(PREFIX, "ListCommonControls");

  /** {@code controlcatalog:ListControlMappings}: List; on no resource type (give {@code *}). */
  public static final Action LIST_CONTROL_MAPPINGS = Action.of(PREFIX, "ListControlMappings");

  /** {@code controlcatalog:ListControls}: List; on control. */
  public static final Action LIST_CONTROLS = Action.of(PREFIX, "ListControls");

  /** {@code controlcatalog:ListDomains}: List; on no resource type (give {@code *}). */
  public static final Action LIST_DOMAINS = Action.of(PREFIX, "ListDomains");

  /** {@code controlcatalog:ListObjectives}: List; on no resource type (give {@code *}). */
  public static final Action LIST_OBJECTIVES = Action.of(PREFIX, "ListObjectives");

  private Controlcatalog() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
