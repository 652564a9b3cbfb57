// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of AWS Migration Acceleration Program Credits (prefix {@code mapcredits}), as the service authorization reference lists them.
 */
public final class Mapcredits {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "mapcredits";

  /** {@code mapcredits:ListAssociatedPrograms}: List; on agreement. */
  public static final Action LIST_ASSOCIATED_PROGRAMS = Action.of(PREFIX, "ListAssociatedPrograms");

  /** {@code mapcredits:ListQuarterCredits}: List; on agreement. */
  public static final Action LIST_QUARTER_CREDITS = Action.of(PREFIX, "ListQuarterCredits");

  /** {@code mapcredits:ListQuarterSpend}: List; on agreement. */
  public static final Action LIST_QUARTER_SPEND = Action.of(PREFIX, "ListQuarterSpend");

  private Mapcredits() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
