// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of AWS SimSpace Weaver (prefix {@code simspaceweaver}), as the service authorization reference lists them.
 */
public final class Simspaceweaver {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "simspaceweaver";

  /** {@code simspaceweaver:CreateSnapshot}: Write; on Simulation. */
  public static final Action CREATE_SNAPSHOT = Action.of(PREFIX, "CreateSnapshot");

  /** {@code simspaceweaver:DeleteApp}: Write; on Simulation. */
  public static final Action DELETE_APP = Action.of(PREFIX, "DeleteApp");

  /** {@code simspaceweaver:DeleteSimulation}: Write; on Simulation. */
  public static final Action DELETE_SIMULATION = Action.of(PREFIX, "DeleteSimulation");

  /** {@code simspaceweaver:DescribeApp}: Read; on Simulation. */
  public static final Action DESCRIBE_APP = Action.of(PREFIX, "DescribeApp");

  /** {@code simspaceweaver:DescribeSimulation}: Read; on Simulation. */
  public static final Action DESCRIBE_SIMULATION = Action.of(PREFIX, "DescribeSimulation");

  /** {@code simspaceweaver:ListApps}: Read; on Simulation. */
  public static final Action LIST_APPS = Action.of(PREFIX, "ListApps");

  /** {@code simspaceweaver:ListSimulations}: List; on no resource type (give {@code *}). */
  public static final Action LIST_SIMULATIONS = Action.of(PREFIX, "ListSimulations");

  /** {@code simspaceweaver:ListTagsForResource}: Read; on no resource type (give {@code *}). */
  public static final Action LIST_TAGS_FOR_RESOURCE = Action.of(PREFIX, "ListTagsForResource");

  /** {@code simspaceweaver:StartApp}: Write; on Simulation. */
  public static final Action START_APP = Action.of(PREFIX, "StartApp");

  /** {@code simspaceweaver:StartClock}: Write; on Simulation. */
  public static final Action START_CLOCK = Action.of(PREFIX, "StartClock");

  /** {@code simspaceweaver:StartSimulation}: Write; on no resource type (give {@code *}). */
  public static final Action START_SIMULATION = Action.of(PREFIX, "StartSimulation");

  /** {@code simspaceweaver:StopApp}: Write; on Simulation. */
  public static final Action STOP_APP = Action.of(PREFIX, "StopApp");

  /** {@code simspaceweaver:StopClock}: Write; on Simulation. */
  public static final Action STOP_CLOCK = Action.of(PREFIX, "StopClock");

  /** {@code simspaceweaver:StopSimulation}: Write; on Simulation. */
  public static final Action STOP_SIMULATION = Action.of(PREFIX, "StopSimulation");

  /** {@code simspaceweaver:TagResource}: Tagging; on Simulation. */
  public static final Action TAG_RESOURCE = Action.of(PREFIX, "TagResource");

  /** {@code simspaceweaver:UntagResource}: Tagging; on Simulation. */
  public static final Action UNTAG_RESOURCE = Action.of(PREFIX, "UntagResource");

  private Simspaceweaver() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
