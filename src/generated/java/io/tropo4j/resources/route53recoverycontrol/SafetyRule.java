// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.route53recoverycontrol;

import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Creates a safety rule in a control panel in Amazon Route 53 Application Recovery Controller.
 * Safety rules in Amazon Route 53 Application Recovery Controller let you add safeguards around
 * changing routing control states, and enabling and disabling routing controls, to help prevent
 * unwanted outcomes. Note that the name of a safety rule must be unique within a control panel.
 *
 * <p>There are two types of safety rules in Route 53 ARC: assertion rules and gating rules.
 *
 * <p>Assertion rule: An assertion rule enforces that, when you change a routing control state,
 * certain criteria are met. For example, the criteria might be that at least one routing control
 * state is <code>On</code> after the transaction completes so that traffic continues to be directed
 * to at least one cell for the application. This prevents a fail-open scenario.
 *
 * <p>Gating rule: A gating rule lets you configure a gating routing control as an overall on-off
 * switch for a group of routing controls. Or, you can configure more complex gating scenarios, for
 * example, by configuring multiple gating routing controls.
 *
 * <p>For more information, see <a
 * href="https://docs.aws.amazon.com/r53recovery/latest/dg/routing-control.safety-rules.html">Safety
 * rules</a> in the Amazon Route 53 Application Recovery Controller Developer Guide.
 *
 * <p>CloudFormation type {@code AWS::Route53RecoveryControl::SafetyRule}.
 */
public final class SafetyRule extends Resource<SafetyRule> {
  private static final Schema SCHEMA = Schema.builder("AWS::Route53RecoveryControl::SafetyRule")
      .required("ControlPanelArn", "Name", "RuleConfig")
      .references("ControlPanelArn", "AWS::Route53RecoveryControl::ControlPanel.Ref")
      .refYields("SafetyRuleArn")
      .attributes("SafetyRuleArn", "Status")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public SafetyRule(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * An assertion rule enforces that, when you change a routing control state, that the criteria
   * that you set in the rule configuration is met. Otherwise, the change to the routing control is
   * not accepted. For example, the criteria might be that at least one routing control state is
   * <code>On</code> after the transaction so that traffic continues to flow to at least one cell
   * for the application. This ensures that you avoid a fail-open scenario.
   *
   * <p>CloudFormation property {@code AssertionRule}.
   */
  public SafetyRule assertionRule(Value<AssertionRule> value) {
    return set("AssertionRule", value);
  }

  /**
   * The Amazon Resource Name (ARN) of the control panel.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code
   * ControlPanelArn}.
   */
  public SafetyRule controlPanelArn(String value) {
    return set("ControlPanelArn", Value.of(value));
  }

  /** Sets {@code ControlPanelArn} to this value; see {@link #controlPanelArn(String)}. */
  public SafetyRule controlPanelArn(Value<String> value) {
    return set("ControlPanelArn", value);
  }

  /**
   * Sets {@code ControlPanelArn} to the Ref of {@code AWS::Route53RecoveryControl::ControlPanel};
   * see {@link #controlPanelArn(String)}.
   */
  public SafetyRule controlPanelArn(ControlPanel resource) {
    return set("ControlPanelArn", resource.ref());
  }

  /**
   * A gating rule verifies that a gating routing control or set of gating routing controls,
   * evaluates as true, based on a rule configuration that you specify, which allows a set of
   * routing control state changes to complete.
   *
   * <p>For example, if you specify one gating routing control and you set the <code>Type</code> in
   * the rule configuration to <code>OR</code> , that indicates that you must set the gating routing
   * control to <code>On</code> for the rule to evaluate as true; that is, for the gating control
   * switch to be On. When you do that, then you can update the routing control states for the
   * target routing controls that you specify in the gating rule.
   *
   * <p>CloudFormation property {@code GatingRule}.
   */
  public SafetyRule gatingRule(Value<GatingRule> value) {
    return set("GatingRule", value);
  }

  /**
   * The name of the assertion rule. The name must be unique within a control panel. You can use any
   * non-white space character in the name except the following: &amp; &gt; &lt; ' (single quote) "
   * (double quote) ; (semicolon)
   *
   * <p>Required. CloudFormation property {@code Name}.
   */
  public SafetyRule name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public SafetyRule name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * The criteria that you set for specific assertion controls (routing controls) that designate how
   * many control states must be <code>ON</code> as the result of a transaction. For example, if you
   * have three assertion controls, you might specify <code>ATLEAST 2</code> for your rule
   * configuration. This means that at least two assertion controls must be <code>ON</code> , so
   * that at least two AWS Regions have traffic flowing to them.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code RuleConfig}.
   */
  public SafetyRule ruleConfig(Value<RuleConfig> value) {
    return set("RuleConfig", value);
  }

  /**
   * The tags associated with the safety rule.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code Tags}.
   */
  public SafetyRule tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public SafetyRule tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public SafetyRule tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The Amazon Resource Name (ARN) of the safety rule.
   *
   * <p>{@code Fn::GetAtt} attribute {@code SafetyRuleArn}.
   */
  public Value<String> safetyRuleArn() {
    return getAtt("SafetyRuleArn");
  }

  /**
   * The deployment status of the safety rule. Status can be one of the following: PENDING,
   * DEPLOYED, PENDING_DELETION.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Status}.
   */
  public Value<String> status() {
    return getAtt("Status");
  }

  /**
   * An assertion rule enforces that, when you change a routing control state, that the criteria
   * that you set in the rule configuration is met. Otherwise, the change to the routing control is
   * not accepted. For example, the criteria might be that at least one routing control state is
   * <code>On</code> after the transaction so that traffic continues to flow to at least one cell
   * for the application. This ensures that you avoid a fail-open scenario.
   *
   * <p>Property type {@code AWS::Route53RecoveryControl::SafetyRule.AssertionRule}.
   */
  public static final class AssertionRule extends Struct<AssertionRule> {
    private static final Schema SCHEMA = Schema.builder("AWS::Route53RecoveryControl::SafetyRule.AssertionRule")
        .required("AssertedControls", "WaitPeriodMs")
        .references("AssertedControls", "AWS::Route53RecoveryControl::RoutingControl.Ref")
        .build();

    public AssertionRule() {
      super(SCHEMA);
    }

    /**
     * The routing controls that are part of transactions that are evaluated to determine if a
     * request to change a routing control state is allowed. For example, you might include three
     * routing controls, one for each of three AWS Regions.
     *
     * <p>Required. CloudFormation property {@code AssertedControls}.
     */
    public AssertionRule assertedControls(List<String> value) {
      return set("AssertedControls", Value.listOf(value));
    }

    /** Sets {@code AssertedControls} to this value; see {@link #assertedControls(List)}. */
    public AssertionRule assertedControls(Value<List<String>> value) {
      return set("AssertedControls", value);
    }

    /**
     * Sets {@code AssertedControls} to the Ref of each {@code
     * AWS::Route53RecoveryControl::RoutingControl}; see {@link #assertedControls(List)}.
     */
    public AssertionRule assertedControls(RoutingControl... resources) {
      return set("AssertedControls", Value.refs(resources));
    }

    /**
     * An evaluation period, in milliseconds (ms), during which any request against the target
     * routing controls will fail. This helps prevent flapping of state. The wait period is 5000 ms
     * by default, but you can choose a custom value.
     *
     * <p>Required. CloudFormation property {@code WaitPeriodMs}.
     */
    public AssertionRule waitPeriodMs(int value) {
      return set("WaitPeriodMs", Value.of(value));
    }

    /** Sets {@code WaitPeriodMs} to this value; see {@link #waitPeriodMs(int)}. */
    public AssertionRule waitPeriodMs(Value<Integer> value) {
      return set("WaitPeriodMs", value);
    }
  }

  /**
   * A gating rule verifies that a gating routing control or set of gating routing controls,
   * evaluates as true, based on a rule configuration that you specify, which allows a set of
   * routing control state changes to complete.
   *
   * <p>For example, if you specify one gating routing control and you set the <code>Type</code> in
   * the rule configuration to <code>OR</code> , that indicates that you must set the gating routing
   * control to <code>On</code> for the rule to evaluate as true; that is, for the gating control
   * switch to be On. When you do that, then you can update the routing control states for the
   * target routing controls that you specify in the gating rule.
   *
   * <p>Property type {@code AWS::Route53RecoveryControl::SafetyRule.GatingRule}.
   */
  public static final class GatingRule extends Struct<GatingRule> {
    private static final Schema SCHEMA = Schema.builder("AWS::Route53RecoveryControl::SafetyRule.GatingRule")
        .required("GatingControls", "TargetControls", "WaitPeriodMs")
        .build();

    public GatingRule() {
      super(SCHEMA);
    }

    /**
     * An array of gating routing control Amazon Resource Names (ARNs). For a simple on-off switch,
     * specify the ARN for one routing control. The gating routing controls are evaluated by the
     * rule configuration that you specify to determine if the target routing control states can be
     * changed.
     *
     * <p>Required. CloudFormation property {@code GatingControls}.
     */
    public GatingRule gatingControls(List<String> value) {
      return set("GatingControls", Value.listOf(value));
    }

    /** Sets {@code GatingControls} to this value; see {@link #gatingControls(List)}. */
    public GatingRule gatingControls(Value<List<String>> value) {
      return set("GatingControls", value);
    }

    /**
     * An array of target routing control Amazon Resource Names (ARNs) for which the states can only
     * be updated if the rule configuration that you specify evaluates to true for the gating
     * routing control. As a simple example, if you have a single gating control, it acts as an
     * overall on-off switch for a set of target routing controls. You can use this to manually
     * override automated failover, for example.
     *
     * <p>Required. CloudFormation property {@code TargetControls}.
     */
    public GatingRule targetControls(List<String> value) {
      return set("TargetControls", Value.listOf(value));
    }

    /** Sets {@code TargetControls} to this value; see {@link #targetControls(List)}. */
    public GatingRule targetControls(Value<List<String>> value) {
      return set("TargetControls", value);
    }

    /**
     * An evaluation period, in milliseconds (ms), during which any request against the target
     * routing controls will fail. This helps prevent flapping of state. The wait period is 5000 ms
     * by default, but you can choose a custom value.
     *
     * <p>Required. CloudFormation property {@code WaitPeriodMs}.
     */
    public GatingRule waitPeriodMs(int value) {
      return set("WaitPeriodMs", Value.of(value));
    }

    /** Sets {@code WaitPeriodMs} to this value; see {@link #waitPeriodMs(int)}. */
    public GatingRule waitPeriodMs(Value<Integer> value) {
      return set("WaitPeriodMs", value);
    }
  }

  /**
   * The rule configuration for an assertion rule. That is, the criteria that you set for specific
   * assertion controls (routing controls) that specify how many controls must be enabled after a
   * transaction completes.
   *
   * <p>Property type {@code AWS::Route53RecoveryControl::SafetyRule.RuleConfig}.
   */
  public static final class RuleConfig extends Struct<RuleConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::Route53RecoveryControl::SafetyRule.RuleConfig")
        .required("Inverted", "Threshold", "Type")
        .allowed("Type", "AND", "OR", "ATLEAST")
        .build();

    public RuleConfig() {
      super(SCHEMA);
    }

    /**
     * Logical negation of the rule. If the rule would usually evaluate true, it's evaluated as
     * false, and vice versa.
     *
     * <p>Required. Changing it replaces the resource. CloudFormation property {@code Inverted}.
     */
    public RuleConfig inverted(boolean value) {
      return set("Inverted", Value.of(value));
    }

    /** Sets {@code Inverted} to this value; see {@link #inverted(boolean)}. */
    public RuleConfig inverted(Value<Boolean> value) {
      return set("Inverted", value);
    }

    /**
     * The value of N, when you specify an <code>ATLEAST</code> rule type. That is,
     * <code>Threshold</code> is the number of controls that must be set when you specify an
     * <code>ATLEAST</code> type.
     *
     * <p>Required. Changing it replaces the resource. CloudFormation property {@code Threshold}.
     */
    public RuleConfig threshold(int value) {
      return set("Threshold", Value.of(value));
    }

    /** Sets {@code Threshold} to this value; see {@link #threshold(int)}. */
    public RuleConfig threshold(Value<Integer> value) {
      return set("Threshold", value);
    }

    /**
     * A rule can be one of the following: <code>ATLEAST</code> , <code>AND</code> , or
     * <code>OR</code> .
     *
     * <p>Required. Changing it replaces the resource. Allowed values: {@code AND}, {@code OR},
     * {@code ATLEAST}. CloudFormation property {@code Type}.
     */
    public RuleConfig type(String value) {
      return set("Type", Value.of(value));
    }

    /** Sets {@code Type} to this value; see {@link #type(String)}. */
    public RuleConfig type(Value<String> value) {
      return set("Type", value);
    }
  }
}
