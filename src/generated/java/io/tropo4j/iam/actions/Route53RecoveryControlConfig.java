// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of Amazon Route 53 Recovery Controls (prefix {@code route53-recovery-control-config}), as the service authorization reference lists them.
 */
public final class Route53RecoveryControlConfig {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "route53-recovery-control-config";

  /** {@code route53-recovery-control-config:CreateCluster}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_CLUSTER = Action.of(PREFIX, "CreateCluster");

  /** {@code route53-recovery-control-config:CreateControlPanel}: Write; on cluster. */
  public static final Action CREATE_CONTROL_PANEL = Action.of(PREFIX, "CreateControlPanel");

  /** {@code route53-recovery-control-config:CreateRoutingControl}: Write; on cluster. */
  public static final Action CREATE_ROUTING_CONTROL = Action.of(PREFIX, "CreateRoutingControl");

  /** {@code route53-recovery-control-config:CreateSafetyRule}: Write; on cluster. */
  public static final Action CREATE_SAFETY_RULE = Action.of(PREFIX, "CreateSafetyRule");

  /** {@code route53-recovery-control-config:DeleteCluster}: Write; on cluster. */
  public static final Action DELETE_CLUSTER = Action.of(PREFIX, "DeleteCluster");

  /** {@code route53-recovery-control-config:DeleteControlPanel}: Write; on controlpanel. */
  public static final Action DELETE_CONTROL_PANEL = Action.of(PREFIX, "DeleteControlPanel");

  /** {@code route53-recovery-control-config:DeleteResourcePolicy}: Permissions management; on cluster. */
  public static final Action DELETE_RESOURCE_POLICY = Action.of(PREFIX, "DeleteResourcePolicy");

  /** {@code route53-recovery-control-config:DeleteRoutingControl}: Write; on routingcontrol. */
  public static final Action DELETE_ROUTING_CONTROL = Action.of(PREFIX, "DeleteRoutingControl");

  /** {@code route53-recovery-control-config:DeleteSafetyRule}: Write; on safetyrule. */
  public static final Action DELETE_SAFETY_RULE = Action.of(PREFIX, "DeleteSafetyRule");

  /** {@code route53-recovery-control-config:DescribeCluster}: Read; on cluster. */
  public static final Action DESCRIBE_CLUSTER = Action.of(PREFIX, "DescribeCluster");

  /** {@code route53-recovery-control-config:DescribeControlPanel}: Read; on controlpanel. */
  public static final Action DESCRIBE_CONTROL_PANEL = Action.of(PREFIX, "DescribeControlPanel");

  /** {@code route53-recovery-control-config:DescribeRoutingControl}: Read; on routingcontrol. */
  public static final Action DESCRIBE_ROUTING_CONTROL = Action.of(PREFIX, "DescribeRoutingControl");

  /** {@code route53-recovery-control-config:DescribeSafetyRule}: Read; on safetyrule. */
  public static final Action DESCRIBE_SAFETY_RULE = Action.of(PREFIX, "DescribeSafetyRule");

  /** {@code route53-recovery-control-config:GetResourcePolicy}: Read; on cluster. */
  public static final Action GET_RESOURCE_POLICY = Action.of(PREFIX, "GetResourcePolicy");

  /** {@code route53-recovery-control-config:ListAssociatedRoute53HealthChecks}: List; on routingcontrol. */
  public static final Action LIST_ASSOCIATED_ROUTE53_HEALTH_CHECKS = Action.of(PREFIX, "ListAssociatedRoute53HealthChecks");

  /** {@code route53-recovery-control-config:ListClusters}: Read; on no resource type (give {@code *}). */
  public static final Action LIST_CLUSTERS = Action.of(PREFIX, "ListClusters");

  /** {@code route53-recovery-control-config:ListControlPanels}: Read; on no resource type (give {@code *}). */
  public static final Action LIST_CONTROL_PANELS = Action.of(PREFIX, "ListControlPanels");

  /** {@code route53-recovery-control-config:ListRoutingControls}: Read; on controlpanel. */
  public static final Action LIST_ROUTING_CONTROLS = Action.of(PREFIX, "ListRoutingControls");

  /** {@code route53-recovery-control-config:ListSafetyRules}: Read; on controlpanel. */
  public static final Action LIST_SAFETY_RULES = Action.of(PREFIX, "ListSafetyRules");

  /** {@code route53-recovery-control-config:ListTagsForResource}: Read; on cluster, controlpanel, safetyrule. */
  public static final Action LIST_TAGS_FOR_RESOURCE = Action.of(PREFIX, "ListTagsForResource");

  /** {@code route53-recovery-control-config:PutResourcePolicy}: Permissions management; on cluster. */
  public static final Action PUT_RESOURCE_POLICY = Action.of(PREFIX, "PutResourcePolicy");

  /** {@code route53-recovery-control-config:TagResource}: Tagging; on cluster, controlpanel, safetyrule. */
  public static final Action TAG_RESOURCE = Action.of(PREFIX, "TagResource");

  /** {@code route53-recovery-control-config:UntagResource}: Tagging; on cluster, controlpanel, safetyrule. */
  public static final Action UNTAG_RESOURCE = Action.of(PREFIX, "UntagResource");

  /** {@code route53-recovery-control-config:UpdateCluster}: Write; on cluster. */
  public static final Action UPDATE_CLUSTER = Action.of(PREFIX, "UpdateCluster");

  /** {@code route53-recovery-control-config:UpdateControlPanel}: Write; on controlpanel. */
  public static final Action UPDATE_CONTROL_PANEL = Action.of(PREFIX, "UpdateControlPanel");

  /** {@code route53-recovery-control-config:UpdateRoutingControl}: Write; on routingcontrol. */
  public static final Action UPDATE_ROUTING_CONTROL = Action.of(PREFIX, "UpdateRoutingControl");

  /** {@code route53-recovery-control-config:UpdateSafetyRule}: Write; on safetyrule. */
  public static final Action UPDATE_SAFETY_RULE = Action.of(PREFIX, "UpdateSafetyRule");

  private Route53RecoveryControlConfig() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
