// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.route53recoverycontrol;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.fn.Value;

/**
 * Creates a routing control in Amazon Route 53 Application Recovery Controller. Routing control
 * states are maintained on the highly reliable cluster data plane.
 *
 * <p>To get or update the state of the routing control, you must specify a cluster endpoint, which
 * is an endpoint URL and an AWS Region. For more information, see <a
 * href="https://docs.aws.amazon.com/r53recovery/latest/dg/service_code_examples.html">Code
 * examples</a> in the Amazon Route 53 Application Recovery Controller Developer Guide.
 *
 * <p>CloudFormation type {@code AWS::Route53RecoveryControl::RoutingControl}.
 */
public final class RoutingControl extends Resource<RoutingControl> {
  private static final Schema SCHEMA = Schema.builder("AWS::Route53RecoveryControl::RoutingControl")
      .required("Name")
      .constrain("ClusterArn", Constraint.of().pattern("^[A-Za-z0-9:\\/_-]*$"))
      .references("ClusterArn", "AWS::Route53RecoveryControl::Cluster.Ref")
      .constrain("ControlPanelArn", Constraint.of().pattern("^[A-Za-z0-9:\\/_-]*$"))
      .references("ControlPanelArn", "AWS::Route53RecoveryControl::ControlPanel.Ref")
      .constrain("Name", Constraint.of().minLength(1).maxLength(64))
      .refYields("RoutingControlArn")
      .attributes("RoutingControlArn", "Status")
      .build();

  public RoutingControl(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The Amazon Resource Name (ARN) of the cluster that hosts the routing control.
   *
   * <p>Changing it replaces the resource. Pattern: {@code ^[A-Za-z0-9:&#92;/_-]*$}. CloudFormation
   * property {@code ClusterArn}.
   */
  public RoutingControl clusterArn(String value) {
    return set("ClusterArn", Value.of(value));
  }

  /** Sets {@code ClusterArn} to this value; see {@link #clusterArn(String)}. */
  public RoutingControl clusterArn(Value<String> value) {
    return set("ClusterArn", value);
  }

  /**
   * Sets {@code ClusterArn} to the Ref of {@code AWS::Route53RecoveryControl::Cluster}; see {@link
   * #clusterArn(String)}.
   */
  public RoutingControl clusterArn(Cluster resource) {
    return set("ClusterArn", resource.ref());
  }

  /**
   * The Amazon Resource Name (ARN) of the control panel that includes the routing control.
   *
   * <p>Changing it replaces the resource. Pattern: {@code ^[A-Za-z0-9:&#92;/_-]*$}. CloudFormation
   * property {@code ControlPanelArn}.
   */
  public RoutingControl controlPanelArn(String value) {
    return set("ControlPanelArn", Value.of(value));
  }

  /** Sets {@code ControlPanelArn} to this value; see {@link #controlPanelArn(String)}. */
  public RoutingControl controlPanelArn(Value<String> value) {
    return set("ControlPanelArn", value);
  }

  /**
   * Sets {@code ControlPanelArn} to the Ref of {@code AWS::Route53RecoveryControl::ControlPanel};
   * see {@link #controlPanelArn(String)}.
   */
  public RoutingControl controlPanelArn(ControlPanel resource) {
    return set("ControlPanelArn", resource.ref());
  }

  /**
   * The name of the routing control. You can use any non-white space character in the name.
   *
   * <p>Required. Length: 1 to 64 characters. CloudFormation property {@code Name}.
   */
  public RoutingControl name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public RoutingControl name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * The Amazon Resource Name (ARN) of the routing control.
   *
   * <p>{@code Fn::GetAtt} attribute {@code RoutingControlArn}.
   */
  public Value<String> routingControlArn() {
    return getAtt("RoutingControlArn");
  }

  /**
   * The deployment status of the routing control. Status can be one of the following: PENDING,
   * DEPLOYED, PENDING_DELETION.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Status}.
   */
  public Value<String> status() {
    return getAtt("Status");
  }
}
