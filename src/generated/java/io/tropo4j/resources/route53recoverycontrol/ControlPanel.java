// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.route53recoverycontrol;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Creates a new control panel in Amazon Route 53 Application Recovery Controller. A control panel
 * represents a group of routing controls that can be changed together in a single transaction. You
 * can use a control panel to centrally view the operational status of applications across your
 * organization, and trigger multi-app failovers in a single transaction, for example, to fail over
 * from one AWS Region (cell) to another.
 *
 * <p>CloudFormation type {@code AWS::Route53RecoveryControl::ControlPanel}.
 */
public final class ControlPanel extends Resource<ControlPanel> {
  private static final Schema SCHEMA = Schema.builder("AWS::Route53RecoveryControl::ControlPanel")
      .required("Name")
      .constrain("ClusterArn", Constraint.of().pattern("^[A-Za-z0-9:\\/_-]*$"))
      .references("ClusterArn", "AWS::Route53RecoveryControl::Cluster.Ref")
      .constrain("Name", Constraint.of().minLength(1).maxLength(64))
      .refYields("ControlPanelArn")
      .attributes("ControlPanelArn", "DefaultControlPanel", "RoutingControlCount", "Status")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public ControlPanel(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The Amazon Resource Name (ARN) of the cluster for the control panel.
   *
   * <p>Changing it replaces the resource. Pattern: {@code ^[A-Za-z0-9:&#92;/_-]*$}. CloudFormation
   * property {@code ClusterArn}.
   */
  public ControlPanel clusterArn(String value) {
    return set("ClusterArn", Value.of(value));
  }

  /** Sets {@code ClusterArn} to this value; see {@link #clusterArn(String)}. */
  public ControlPanel clusterArn(Value<String> value) {
    return set("ClusterArn", value);
  }

  /**
   * Sets {@code ClusterArn} to the Ref of {@code AWS::Route53RecoveryControl::Cluster}; see {@link
   * #clusterArn(String)}.
   */
  public ControlPanel clusterArn(Cluster resource) {
    return set("ClusterArn", resource.ref());
  }

  /**
   * The name of the control panel. You can use any non-white space character in the name.
   *
   * <p>Required. Length: 1 to 64 characters. CloudFormation property {@code Name}.
   */
  public ControlPanel name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public ControlPanel name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * The tags associated with the control panel.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code Tags}.
   */
  public ControlPanel tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public ControlPanel tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public ControlPanel tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The Amazon Resource Name (ARN) of the control panel.
   *
   * <p>{@code Fn::GetAtt} attribute {@code ControlPanelArn}.
   */
  public Value<String> controlPanelArn() {
    return getAtt("ControlPanelArn");
  }

  /**
   * The boolean flag that is set to true for the default control panel in the cluster.
   *
   * <p>{@code Fn::GetAtt} attribute {@code DefaultControlPanel}.
   */
  public Value<Boolean> defaultControlPanel() {
    return getAtt("DefaultControlPanel");
  }

  /**
   * The number of routing controls in the control panel.
   *
   * <p>{@code Fn::GetAtt} attribute {@code RoutingControlCount}.
   */
  public Value<Integer> routingControlCount() {
    return getAtt("RoutingControlCount");
  }

  /**
   * The deployment status of control panel. Status can be one of the following: PENDING, DEPLOYED,
   * PENDING_DELETION.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Status}.
   */
  public Value<String> status() {
    return getAtt("Status");
  }
}
