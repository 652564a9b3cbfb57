// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of Amazon Route 53 Recovery Cluster (prefix {@code route53-recovery-cluster}), as the service authorization reference lists them.
 */
public final class Route53RecoveryCluster {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "route53-recovery-cluster";

  /** {@code route53-recovery-cluster:GetRoutingControlState}: Read; on routingcontrol. */
  public static final Action GET_ROUTING_CONTROL_STATE = Action.of(PREFIX, "GetRoutingControlState");

  /** {@code route53-recovery-cluster:ListRoutingControls}: Read; on no resource type (give {@code *}). */
  public static final Action LIST_ROUTING_CONTROLS = Action.of(PREFIX, "ListRoutingControls");

  /** {@code route53-recovery-cluster:UpdateRoutingControlState}: Write; on routingcontrol. */
  public static final Action UPDATE_ROUTING_CONTROL_STATE = Action.of(PREFIX, "UpdateRoutingControlState");

  /** {@code route53-recovery-cluster:UpdateRoutingControlStates}: Write; on routingcontrol. */
  public static final Action UPDATE_ROUTING_CONTROL_STATES = Action.of(PREFIX, "UpdateRoutingControlStates");

  private Route53RecoveryCluster() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
