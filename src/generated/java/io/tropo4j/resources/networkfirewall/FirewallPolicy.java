// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.networkfirewall;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;
import java.util.Map;

/**
 * Use the firewall policy to define the stateless and stateful network traffic filtering behavior
 * for your firewall. You can use one firewall policy for multiple firewalls.
 *
 * <p>CloudFormation type {@code AWS::NetworkFirewall::FirewallPolicy}.
 */
public final class FirewallPolicy extends Resource<FirewallPolicy> {
  private static final Schema SCHEMA = Schema.builder("AWS::NetworkFirewall::FirewallPolicy")
      .required("FirewallPolicy", "FirewallPolicyName")
      .constrain("Description", Constraint.of().pattern("^.*$").minLength(1).maxLength(512))
      .constrain("FirewallPolicyName", Constraint.of().pattern("^[a-zA-Z0-9-]+$").minLength(1).maxLength(128))
      .refYields("FirewallPolicyArn")
      .attributes("FirewallPolicyArn", "FirewallPolicyId")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public FirewallPolicy(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * A description of the firewall policy.
   *
   * <p>Length: 1 to 512 characters. Pattern: {@code ^.*$}. CloudFormation property {@code
   * Description}.
   */
  public FirewallPolicy description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public FirewallPolicy description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * The traffic filtering behavior of a firewall policy, defined in a collection of stateless and
   * stateful rule groups and other settings.
   *
   * <p>Required. CloudFormation property {@code FirewallPolicy}.
   */
  public FirewallPolicy firewallPolicy(Value<FirewallPolicyProperty> value) {
    return set("FirewallPolicy", value);
  }

  /**
   * The descriptive name of the firewall policy. You can't change the name of a firewall policy
   * after you create it.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 128 characters. Pattern: {@code
   * ^[a-zA-Z0-9-]+$}. CloudFormation property {@code FirewallPolicyName}.
   */
  public FirewallPolicy firewallPolicyName(String value) {
    return set("FirewallPolicyName", Value.of(value));
  }

  /** Sets {@code FirewallPolicyName} to this value; see {@link #firewallPolicyName(String)}. */
  public FirewallPolicy firewallPolicyName(Value<String> value) {
    return set("FirewallPolicyName", value);
  }

  /**
   * An array of key-value pairs to apply to this resource.
   *
   * <p>For more information, see <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-resource-tags.html">Tag</a>
   * .
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public FirewallPolicy tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public FirewallPolicy tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public FirewallPolicy tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The Amazon Resource Name (ARN) of the firewall policy.
   *
   * <p>{@code Fn::GetAtt} attribute {@code FirewallPolicyArn}.
   */
  public Value<String> firewallPolicyArn() {
    return getAtt("FirewallPolicyArn");
  }

  /**
   * The unique ID of the firewall policy resource.
   *
   * <p>{@code Fn::GetAtt} attribute {@code FirewallPolicyId}.
   */
  public Value<String> firewallPolicyId() {
    return getAtt("FirewallPolicyId");
  }

  /**
   * A custom action to use in stateless rule actions settings.
   *
   * <p>Property type {@code AWS::NetworkFirewall::FirewallPolicy.ActionDefinition}.
   */
  public static final class ActionDefinition extends Struct<ActionDefinition> {
    private static final Schema SCHEMA = Schema.of("AWS::NetworkFirewall::FirewallPolicy.ActionDefinition");

    public ActionDefinition() {
      super(SCHEMA);
    }

    /**
     * Stateless inspection criteria that publishes the specified metrics to Amazon CloudWatch for
     * the matching packet. This setting defines a CloudWatch dimension value to be published.
     *
     * <p>You can pair this custom action with any of the standard stateless rule actions. For
     * example, you could pair this in a rule action with the standard action that forwards the
     * packet for stateful inspection. Then, when a packet matches the rule, Network Firewall
     * publishes metrics for the packet and forwards it.
     *
     * <p>CloudFormation property {@code PublishMetricAction}.
     */
    public ActionDefinition publishMetricAction(Value<PublishMetricAction> value) {
      return set("PublishMetricAction", value);
    }
  }

  /**
   * An optional, non-standard action to use for stateless packet handling. You can define this in
   * addition to the standard action that you must specify.
   *
   * <p>You define and name the custom actions that you want to be able to use, and then you
   * reference them by name in your actions settings.
   *
   * <p>You can use custom actions in the following places:
   *
   * <ul> <li>In an <code>StatelessRulesAndCustomActions</code> . The custom actions are available
   * for use by name inside the <code>StatelessRulesAndCustomActions</code> where you define them.
   * You can use them for your stateless rule actions to specify what to do with a packet that
   * matches the rule's match attributes. <li>In an firewall policy specification, in
   * <code>StatelessCustomActions</code> . The custom actions are available for use inside the
   * policy where you define them. You can use them for the policy's default stateless actions
   * settings to specify what to do with packets that don't match any of the policy's stateless
   * rules. </ul>
   *
   * <p>Property type {@code AWS::NetworkFirewall::FirewallPolicy.CustomAction}.
   */
  public static final class CustomAction extends Struct<CustomAction> {
    private static final Schema SCHEMA = Schema.builder("AWS::NetworkFirewall::FirewallPolicy.CustomAction")
        .required("ActionDefinition", "ActionName")
        .constrain("ActionName", Constraint.of().pattern("^[a-zA-Z0-9]+$").minLength(1).maxLength(128))
        .build();

    public CustomAction() {
      super(SCHEMA);
    }

    /**
     * The custom action associated with the action name.
     *
     * <p>Required. CloudFormation property {@code ActionDefinition}.
     */
    public CustomAction actionDefinition(Value<ActionDefinition> value) {
      return set("ActionDefinition", value);
    }

    /**
     * The descriptive name of the custom action. You can't change the name of a custom action after
     * you create it.
     *
     * <p>Required. Length: 1 to 128 characters. Pattern: {@code ^[a-zA-Z0-9]+$}. CloudFormation
     * property {@code ActionName}.
     */
    public CustomAction actionName(String value) {
      return set("ActionName", Value.of(value));
    }

    /** Sets {@code ActionName} to this value; see {@link #actionName(String)}. */
    public CustomAction actionName(Value<String> value) {
      return set("ActionName", value);
    }
  }

  /**
   * The value to use in an Amazon CloudWatch custom metric dimension. This is used in the
   * <code>PublishMetrics</code> custom action. A CloudWatch custom metric dimension is a name/value
   * pair that's part of the identity of a metric.
   *
   * <p>AWS Network Firewall sets the dimension name to <code>CustomAction</code> and you provide
   * the dimension value.
   *
   * <p>For more information about CloudWatch custom metric dimensions, see <a
   * href="https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/publishingMetrics.html#usingDimensions">Publishing
   * Custom Metrics</a> in the <a
   * href="https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/WhatIsCloudWatch.html">Amazon
   * CloudWatch User Guide</a> .
   *
   * <p>Property type {@code AWS::NetworkFirewall::FirewallPolicy.Dimension}.
   */
  public static final class Dimension extends Struct<Dimension> {
    private static final Schema SCHEMA = Schema.builder("AWS::NetworkFirewall::FirewallPolicy.Dimension")
        .required("Value")
        .constrain("Value", Constraint.of().pattern("^[a-zA-Z0-9-_ ]+$").minLength(1).maxLength(128))
        .build();

    public Dimension() {
      super(SCHEMA);
    }

    /**
     * The value to use in the custom metric dimension.
     *
     * <p>Required. Length: 1 to 128 characters. Pattern: {@code ^[a-zA-Z0-9-_ ]+$}. CloudFormation
     * property {@code Value}.
     */
    public Dimension value(String value) {
      return set("Value", Value.of(value));
    }

    /** Sets {@code Value} to this value; see {@link #value(String)}. */
    public Dimension value(Value<String> value) {
      return set("Value", value);
    }
  }

  /**
   * The traffic filtering behavior of a firewall policy, defined in a collection of stateless and
   * stateful rule groups and other settings.
   *
   * <p>Property type {@code AWS::NetworkFirewall::FirewallPolicy.FirewallPolicy}.
   */
  public static final class FirewallPolicyProperty extends Struct<FirewallPolicyProperty> {
    private static final Schema SCHEMA = Schema.builder("AWS::NetworkFirewall::FirewallPolicy.FirewallPolicy")
        .required("StatelessDefaultActions", "StatelessFragmentDefaultActions")
        .constrain("TLSInspectionConfigurationArn", Constraint.of().pattern("^(arn:aws.*)$").minLength(1).maxLength(256))
        .build();

    public FirewallPolicyProperty() {
      super(SCHEMA);
    }

    /**
     * When true, prevents TCP and TLS packets from reaching destination servers until TLS
     * Inspection has evaluated Server Name Indication (SNI) rules. Requires an associated TLS
     * Inspection configuration.
     *
     * <p>CloudFormation property {@code EnableTLSSessionHolding}.
     */
    public FirewallPolicyProperty enableTLSSessionHolding(boolean value) {
      return set("EnableTLSSessionHolding", Value.of(value));
    }

    /**
     * Sets {@code EnableTLSSessionHolding} to this value; see {@link
     * #enableTLSSessionHolding(boolean)}.
     */
    public FirewallPolicyProperty enableTLSSessionHolding(Value<Boolean> value) {
      return set("EnableTLSSessionHolding", value);
    }

    /**
     * Contains variables that you can use to override default Suricata settings in your firewall
     * policy.
     *
     * <p>CloudFormation property {@code PolicyVariables}.
     */
    public FirewallPolicyProperty policyVariables(Value<PolicyVariables> value) {
      return set("PolicyVariables", value);
    }

    /**
     * The default actions to take on a packet that doesn't match any stateful rules. The stateful
     * default action is optional, and is only valid when using the strict rule order.
     *
     * <p>Valid values of the stateful default action:
     *
     * <ul> <li>aws:drop_strict <li>aws:drop_established <li>aws:alert_strict
     * <li>aws:alert_established </ul>
     *
     * <p>For more information, see <a
     * href="https://docs.aws.amazon.com/network-firewall/latest/developerguide/suricata-rule-evaluation-order.html#suricata-strict-rule-evaluation-order.html">Strict
     * evaluation order</a> in the <em>AWS Network Firewall Developer Guide</em> .
     *
     * <p>CloudFormation property {@code StatefulDefaultActions}.
     */
    public FirewallPolicyProperty statefulDefaultActions(List<String> value) {
      return set("StatefulDefaultActions", Value.listOf(value));
    }

    /**
     * Sets {@code StatefulDefaultActions} to this value; see {@link #statefulDefaultActions(List)}.
     */
    public FirewallPolicyProperty statefulDefaultActions(Value<List<String>> value) {
      return set("StatefulDefaultActions", value);
    }

    /**
     * Additional options governing how Network Firewall handles stateful rules. The stateful rule
     * groups that you use in your policy must have stateful rule options settings that are
     * compatible with these settings.
     *
     * <p>CloudFormation property {@code StatefulEngineOptions}.
     */
    public FirewallPolicyProperty statefulEngineOptions(Value<StatefulEngineOptions> value) {
      return set("StatefulEngineOptions", value);
    }

    /**
     * References to the stateful rule groups that are used in the policy. These define the
     * inspection criteria in stateful rules.
     *
     * <p>CloudFormation property {@code StatefulRuleGroupReferences}.
     */
    public FirewallPolicyProperty statefulRuleGroupReferences(List<StatefulRuleGroupReference> value) {
      return set("StatefulRuleGroupReferences", Value.listOf(value));
    }

    /**
     * Sets {@code StatefulRuleGroupReferences} to this value; see {@link
     * #statefulRuleGroupReferences(List)}.
     */
    public FirewallPolicyProperty statefulRuleGroupReferences(Value<List<StatefulRuleGroupReference>> value) {
      return set("StatefulRuleGroupReferences", value);
    }

    /**
     * Sets {@code StatefulRuleGroupReferences} to a list of these; see {@link
     * #statefulRuleGroupReferences(List)}.
     */
    public FirewallPolicyProperty statefulRuleGroupReferences(StatefulRuleGroupReference... values) {
      return set("StatefulRuleGroupReferences", Value.list(values));
    }

    /**
     * The custom action definitions that are available for use in the firewall policy's
     * <code>StatelessDefaultActions</code> setting. You name each custom action that you define,
     * and then you can use it by name in your default actions specifications.
     *
     * <p>CloudFormation property {@code StatelessCustomActions}.
     */
    public FirewallPolicyProperty statelessCustomActions(List<CustomAction> value) {
      return set("StatelessCustomActions", Value.listOf(value));
    }

    /**
     * Sets {@code StatelessCustomActions} to this value; see {@link #statelessCustomActions(List)}.
     */
    public FirewallPolicyProperty statelessCustomActions(Value<List<CustomAction>> value) {
      return set("StatelessCustomActions", value);
    }

    /**
     * Sets {@code StatelessCustomActions} to a list of these; see {@link
     * #statelessCustomActions(List)}.
     */
    public FirewallPolicyProperty statelessCustomActions(CustomAction... values) {
      return set("StatelessCustomActions", Value.list(values));
    }

    /**
     * The actions to take on a packet if it doesn't match any of the stateless rules in the policy.
     * If you want non-matching packets to be forwarded for stateful inspection, specify
     * <code>aws:forward_to_sfe</code> .
     *
     * <p>You must specify one of the standard actions: <code>aws:pass</code> ,
     * <code>aws:drop</code> , or <code>aws:forward_to_sfe</code> . In addition, you can specify
     * custom actions that are compatible with your standard section choice.
     *
     * <p>For example, you could specify <code>["aws:pass"]</code> or you could specify
     * <code>["aws:pass", “customActionName”]</code> . For information about compatibility, see the
     * custom action descriptions.
     *
     * <p>Required. CloudFormation property {@code StatelessDefaultActions}.
     */
    public FirewallPolicyProperty statelessDefaultActions(List<String> value) {
      return set("StatelessDefaultActions", Value.listOf(value));
    }

    /**
     * Sets {@code StatelessDefaultActions} to this value; see {@link
     * #statelessDefaultActions(List)}.
     */
    public FirewallPolicyProperty statelessDefaultActions(Value<List<String>> value) {
      return set("StatelessDefaultActions", value);
    }

    /**
     * The actions to take on a fragmented packet if it doesn't match any of the stateless rules in
     * the policy. If you want non-matching fragmented packets to be forwarded for stateful
     * inspection, specify <code>aws:forward_to_sfe</code> .
     *
     * <p>You must specify one of the standard actions: <code>aws:pass</code> ,
     * <code>aws:drop</code> , or <code>aws:forward_to_sfe</code> . In addition, you can specify
     * custom actions that are compatible with your standard section choice.
     *
     * <p>For example, you could specify <code>["aws:pass"]</code> or you could specify
     * <code>["aws:pass", “customActionName”]</code> . For information about compatibility, see the
     * custom action descriptions.
     *
     * <p>Required. CloudFormation property {@code StatelessFragmentDefaultActions}.
     */
    public FirewallPolicyProperty statelessFragmentDefaultActions(List<String> value) {
      return set("StatelessFragmentDefaultActions", Value.listOf(value));
    }

    /**
     * Sets {@code StatelessFragmentDefaultActions} to this value; see {@link
     * #statelessFragmentDefaultActions(List)}.
     */
    public FirewallPolicyProperty statelessFragmentDefaultActions(Value<List<String>> value) {
      return set("StatelessFragmentDefaultActions", value);
    }

    /**
     * References to the stateless rule groups that are used in the policy. These define the
     * matching criteria in stateless rules.
     *
     * <p>CloudFormation property {@code StatelessRuleGroupReferences}.
     */
    public FirewallPolicyProperty statelessRuleGroupReferences(List<StatelessRuleGroupReference> value) {
      return set("StatelessRuleGroupReferences", Value.listOf(value));
    }

    /**
     * Sets {@code StatelessRuleGroupReferences} to this value; see {@link
     * #statelessRuleGroupReferences(List)}.
     */
    public FirewallPolicyProperty statelessRuleGroupReferences(Value<List<StatelessRuleGroupReference>> value) {
      return set("StatelessRuleGroupReferences", value);
    }

    /**
     * Sets {@code StatelessRuleGroupReferences} to a list of these; see {@link
     * #statelessRuleGroupReferences(List)}.
     */
    public FirewallPolicyProperty statelessRuleGroupReferences(StatelessRuleGroupReference... values) {
      return set("StatelessRuleGroupReferences", Value.list(values));
    }

    /**
     * The Amazon Resource Name (ARN) of the TLS inspection configuration.
     *
     * <p>Length: 1 to 256 characters. Pattern: {@code ^(arn:aws.*)$}. CloudFormation property
     * {@code TLSInspectionConfigurationArn}.
     */
    public FirewallPolicyProperty tlsInspectionConfigurationArn(String value) {
      return set("TLSInspectionConfigurationArn", Value.of(value));
    }

    /**
     * Sets {@code TLSInspectionConfigurationArn} to this value; see {@link
     * #tlsInspectionConfigurationArn(String)}.
     */
    public FirewallPolicyProperty tlsInspectionConfigurationArn(Value<String> value) {
      return set("TLSInspectionConfigurationArn", value);
    }
  }

  /**
   * Describes the amount of time that can pass without any traffic sent through the firewall before
   * the firewall determines that the connection is idle and Network Firewall removes the flow entry
   * from its flow table. Existing connections and flows are not impacted when you update this
   * value. Only new connections after you update this value are impacted.
   *
   * <p>Property type {@code AWS::NetworkFirewall::FirewallPolicy.FlowTimeouts}.
   */
  public static final class FlowTimeouts extends Struct<FlowTimeouts> {
    private static final Schema SCHEMA = Schema.builder("AWS::NetworkFirewall::FirewallPolicy.FlowTimeouts")
        .constrain("TcpIdleTimeoutSeconds", Constraint.of().minimum(60).maximum(6000))
        .build();

    public FlowTimeouts() {
      super(SCHEMA);
    }

    /**
     * The number of seconds that can pass without any TCP traffic sent through the firewall before
     * the firewall determines that the connection is idle. After the idle timeout passes, data
     * packets are dropped, however, the next TCP SYN packet is considered a new flow and is
     * processed by the firewall. Clients or targets can use TCP keepalive packets to reset the idle
     * timeout.
     *
     * <p>You can define the <code>TcpIdleTimeoutSeconds</code> value to be between 60 and 6000
     * seconds. If no value is provided, it defaults to 350 seconds.
     *
     * <p>Range: 60 to 6000. CloudFormation property {@code TcpIdleTimeoutSeconds}.
     */
    public FlowTimeouts tcpIdleTimeoutSeconds(int value) {
      return set("TcpIdleTimeoutSeconds", Value.of(value));
    }

    /**
     * Sets {@code TcpIdleTimeoutSeconds} to this value; see {@link #tcpIdleTimeoutSeconds(int)}.
     */
    public FlowTimeouts tcpIdleTimeoutSeconds(Value<Integer> value) {
      return set("TcpIdleTimeoutSeconds", value);
    }
  }

  /**
   * A list of IP addresses and address ranges, in CIDR notation. This is part of a rule variable.
   *
   * <p>Property type {@code AWS::NetworkFirewall::FirewallPolicy.IPSet}.
   */
  public static final class IPSet extends Struct<IPSet> {
    private static final Schema SCHEMA = Schema.of("AWS::NetworkFirewall::FirewallPolicy.IPSet");

    public IPSet() {
      super(SCHEMA);
    }

    /**
     * The list of IP addresses and address ranges, in CIDR notation.
     *
     * <p>CloudFormation property {@code Definition}.
     */
    public IPSet definition(List<String> value) {
      return set("Definition", Value.listOf(value));
    }

    /** Sets {@code Definition} to this value; see {@link #definition(List)}. */
    public IPSet definition(Value<List<String>> value) {
      return set("Definition", value);
    }
  }

  /**
   * Contains variables that you can use to override default Suricata settings in your firewall
   * policy.
   *
   * <p>Property type {@code AWS::NetworkFirewall::FirewallPolicy.PolicyVariables}.
   */
  public static final class PolicyVariables extends Struct<PolicyVariables> {
    private static final Schema SCHEMA = Schema.of("AWS::NetworkFirewall::FirewallPolicy.PolicyVariables");

    public PolicyVariables() {
      super(SCHEMA);
    }

    /**
     * The IPv4 or IPv6 addresses in CIDR notation to use for the Suricata <code>HOME_NET</code>
     * variable. If your firewall uses an inspection VPC, you might want to override the
     * <code>HOME_NET</code> variable with the CIDRs of your home networks. If you don't override
     * <code>HOME_NET</code> with your own CIDRs, Network Firewall by default uses the CIDR of your
     * inspection VPC.
     *
     * <p>CloudFormation property {@code RuleVariables}.
     */
    public PolicyVariables ruleVariables(Map<String, IPSet> value) {
      return set("RuleVariables", Value.mapOf(value));
    }

    /** Sets {@code RuleVariables} to this value; see {@link #ruleVariables(Map)}. */
    public PolicyVariables ruleVariables(Value<Map<String, IPSet>> value) {
      return set("RuleVariables", value);
    }
  }

  /**
   * Stateless inspection criteria that publishes the specified metrics to Amazon CloudWatch for the
   * matching packet. This setting defines a CloudWatch dimension value to be published.
   *
   * <p>Property type {@code AWS::NetworkFirewall::FirewallPolicy.PublishMetricAction}.
   */
  public static final class PublishMetricAction extends Struct<PublishMetricAction> {
    private static final Schema SCHEMA = Schema.builder("AWS::NetworkFirewall::FirewallPolicy.PublishMetricAction")
        .required("Dimensions")
        .build();

    public PublishMetricAction() {
      super(SCHEMA);
    }

    /** Required. CloudFormation property {@code Dimensions}. */
    public PublishMetricAction dimensions(List<Dimension> value) {
      return set("Dimensions", Value.listOf(value));
    }

    /** Sets {@code Dimensions} to this value; see {@link #dimensions(List)}. */
    public PublishMetricAction dimensions(Value<List<Dimension>> value) {
      return set("Dimensions", value);
    }

    /** Sets {@code Dimensions} to a list of these; see {@link #dimensions(List)}. */
    public PublishMetricAction dimensions(Dimension... values) {
      return set("Dimensions", Value.list(values));
    }
  }

  /**
   * Configuration settings for the handling of the stateful rule groups in a firewall policy.
   *
   * <p>Property type {@code AWS::NetworkFirewall::FirewallPolicy.StatefulEngineOptions}.
   */
  public static final class StatefulEngineOptions extends Struct<StatefulEngineOptions> {
    private static final Schema SCHEMA = Schema.builder("AWS::NetworkFirewall::FirewallPolicy.StatefulEngineOptions")
        .allowed("RuleOrder", "DEFAULT_ACTION_ORDER", "STRICT_ORDER")
        .allowed("StreamExceptionPolicy", "DROP", "CONTINUE", "REJECT")
        .build();

    public StatefulEngineOptions() {
      super(SCHEMA);
    }

    /**
     * Configures the amount of time that can pass without any traffic sent through the firewall
     * before the firewall determines that the connection is idle.
     *
     * <p>CloudFormation property {@code FlowTimeouts}.
     */
    public StatefulEngineOptions flowTimeouts(Value<FlowTimeouts> value) {
      return set("FlowTimeouts", value);
    }

    /**
     * Indicates how to manage the order of stateful rule evaluation for the policy.
     * <code>DEFAULT_ACTION_ORDER</code> is the default behavior. Stateful rules are provided to the
     * rule engine as Suricata compatible strings, and Suricata evaluates them based on certain
     * settings. For more information, see <a
     * href="https://docs.aws.amazon.com/network-firewall/latest/developerguide/suricata-rule-evaluation-order.html">Evaluation
     * order for stateful rules</a> in the <em>AWS Network Firewall Developer Guide</em> .
     *
     * <p>Allowed values: {@code DEFAULT_ACTION_ORDER}, {@code STRICT_ORDER}. CloudFormation
     * property {@code RuleOrder}.
     */
    public StatefulEngineOptions ruleOrder(String value) {
      return set("RuleOrder", Value.of(value));
    }

    /** Sets {@code RuleOrder} to this value; see {@link #ruleOrder(String)}. */
    public StatefulEngineOptions ruleOrder(Value<String> value) {
      return set("RuleOrder", value);
    }

    /**
     * Configures how Network Firewall processes traffic when a network connection breaks midstream.
     * Network connections can break due to disruptions in external networks or within the firewall
     * itself.
     *
     * <ul> <li><code>DROP</code> - Network Firewall fails closed and drops all subsequent traffic
     * going to the firewall. This is the default behavior. <li><code>CONTINUE</code> - Network
     * Firewall continues to apply rules to the subsequent traffic without context from traffic
     * before the break. This impacts the behavior of rules that depend on this context. For
     * example, if you have a stateful rule to <code>drop http</code> traffic, Network Firewall
     * won't match the traffic for this rule because the service won't have the context from session
     * initialization defining the application layer protocol as HTTP. However, this behavior is
     * rule dependent—a TCP-layer rule using a <code>flow:stateless</code> rule would still match,
     * as would the <code>aws:drop_strict</code> default action. <li><code>REJECT</code> - Network
     * Firewall fails closed and drops all subsequent traffic going to the firewall. Network
     * Firewall also sends a TCP reject packet back to your client so that the client can
     * immediately establish a new session. Network Firewall will have context about the new session
     * and will apply rules to the subsequent traffic. </ul>
     *
     * <p>Allowed values: {@code DROP}, {@code CONTINUE}, {@code REJECT}. CloudFormation property
     * {@code StreamExceptionPolicy}.
     */
    public StatefulEngineOptions streamExceptionPolicy(String value) {
      return set("StreamExceptionPolicy", Value.of(value));
    }

    /**
     * Sets {@code StreamExceptionPolicy} to this value; see {@link #streamExceptionPolicy(String)}.
     */
    public StatefulEngineOptions streamExceptionPolicy(Value<String> value) {
      return set("StreamExceptionPolicy", value);
    }
  }

  /**
   * The setting that allows the policy owner to change the behavior of the rule group within a
   * policy.
   *
   * <p>Property type {@code AWS::NetworkFirewall::FirewallPolicy.StatefulRuleGroupOverride}.
   */
  public static final class StatefulRuleGroupOverride extends Struct<StatefulRuleGroupOverride> {
    private static final Schema SCHEMA = Schema.builder("AWS::NetworkFirewall::FirewallPolicy.StatefulRuleGroupOverride")
        .allowed("Action", "DROP_TO_ALERT")
        .build();

    public StatefulRuleGroupOverride() {
      super(SCHEMA);
    }

    /**
     * The action that changes the rule group from <code>DROP</code> to <code>ALERT</code> . This
     * only applies to managed rule groups.
     *
     * <p>Allowed values: {@code DROP_TO_ALERT}. CloudFormation property {@code Action}.
     */
    public StatefulRuleGroupOverride action(String value) {
      return set("Action", Value.of(value));
    }

    /** Sets {@code Action} to this value; see {@link #action(String)}. */
    public StatefulRuleGroupOverride action(Value<String> value) {
      return set("Action", value);
    }
  }

  /**
   * Identifier for a single stateful rule group, used in a firewall policy to refer to a rule
   * group.
   *
   * <p>Property type {@code AWS::NetworkFirewall::FirewallPolicy.StatefulRuleGroupReference}.
   */
  public static final class StatefulRuleGroupReference extends Struct<StatefulRuleGroupReference> {
    private static final Schema SCHEMA = Schema.builder("AWS::NetworkFirewall::FirewallPolicy.StatefulRuleGroupReference")
        .required("ResourceArn")
        .constrain("Priority", Constraint.of().minimum(1).maximum(65535))
        .constrain("ResourceArn", Constraint.of().pattern("^(arn:aws.*)$").minLength(1).maxLength(256))
        .references("ResourceArn", "AWS::NetworkFirewall::RuleGroup.Ref")
        .build();

    public StatefulRuleGroupReference() {
      super(SCHEMA);
    }

    /**
     * AWS Network Firewall plans to augment the active threat defense managed rule group with an
     * additional deep threat inspection capability. When this capability is released, AWS will
     * analyze service logs of network traffic processed by these rule groups to identify threat
     * indicators across customers. AWS will use these threat indicators to improve the active
     * threat defense managed rule groups and protect the security of AWS customers and services.
     *
     * <p>Customers can opt-out of deep threat inspection at any time through the AWS Network
     * Firewall console or API. When customers opt out, AWS Network Firewall will not use the
     * network traffic processed by those customers' active threat defense rule groups for rule
     * group improvement.
     *
     * <p>CloudFormation property {@code DeepThreatInspection}.
     */
    public StatefulRuleGroupReference deepThreatInspection(boolean value) {
      return set("DeepThreatInspection", Value.of(value));
    }

    /**
     * Sets {@code DeepThreatInspection} to this value; see {@link #deepThreatInspection(boolean)}.
     */
    public StatefulRuleGroupReference deepThreatInspection(Value<Boolean> value) {
      return set("DeepThreatInspection", value);
    }

    /**
     * The action that allows the policy owner to override the behavior of the rule group within a
     * policy.
     *
     * <p>CloudFormation property {@code Override}.
     */
    public StatefulRuleGroupReference override(Value<StatefulRuleGroupOverride> value) {
      return set("Override", value);
    }

    /**
     * An integer setting that indicates the order in which to run the stateful rule groups in a
     * single firewall policy. This setting only applies to firewall policies that specify the
     * <code>STRICT_ORDER</code> rule order in the stateful engine options settings.
     *
     * <p>Network Firewall evalutes each stateful rule group against a packet starting with the
     * group that has the lowest priority setting. You must ensure that the priority settings are
     * unique within each policy.
     *
     * <p>You can change the priority settings of your rule groups at any time. To make it easier to
     * insert rule groups later, number them so there's a wide range in between, for example use
     * 100, 200, and so on.
     *
     * <p>Range: 1 to 65535. CloudFormation property {@code Priority}.
     */
    public StatefulRuleGroupReference priority(int value) {
      return set("Priority", Value.of(value));
    }

    /** Sets {@code Priority} to this value; see {@link #priority(int)}. */
    public StatefulRuleGroupReference priority(Value<Integer> value) {
      return set("Priority", value);
    }

    /**
     * The Amazon Resource Name (ARN) of the stateful rule group.
     *
     * <p>Required. Length: 1 to 256 characters. Pattern: {@code ^(arn:aws.*)$}. CloudFormation
     * property {@code ResourceArn}.
     */
    public StatefulRuleGroupReference resourceArn(String value) {
      return set("ResourceArn", Value.of(value));
    }

    /** Sets {@code ResourceArn} to this value; see {@link #resourceArn(String)}. */
    public StatefulRuleGroupReference resourceArn(Value<String> value) {
      return set("ResourceArn", value);
    }

    /**
     * Sets {@code ResourceArn} to the Ref of {@code AWS::NetworkFirewall::RuleGroup}; see {@link
     * #resourceArn(String)}.
     */
    public StatefulRuleGroupReference resourceArn(RuleGroup resource) {
      return set("ResourceArn", resource.ref());
    }
  }

  /**
   * Identifier for a single stateless rule group, used in a firewall policy to refer to the rule
   * group.
   *
   * <p>Property type {@code AWS::NetworkFirewall::FirewallPolicy.StatelessRuleGroupReference}.
   */
  public static final class StatelessRuleGroupReference extends Struct<StatelessRuleGroupReference> {
    private static final Schema SCHEMA = Schema.builder("AWS::NetworkFirewall::FirewallPolicy.StatelessRuleGroupReference")
        .required("Priority", "ResourceArn")
        .constrain("Priority", Constraint.of().minimum(1).maximum(65535))
        .constrain("ResourceArn", Constraint.of().pattern("^(arn:aws.*)$").minLength(1).maxLength(256))
        .references("ResourceArn", "AWS::NetworkFirewall::RuleGroup.Ref")
        .build();

    public StatelessRuleGroupReference() {
      super(SCHEMA);
    }

    /**
     * An integer setting that indicates the order in which to run the stateless rule groups in a
     * single firewall policy. Network Firewall applies each stateless rule group to a packet
     * starting with the group that has the lowest priority setting. You must ensure that the
     * priority settings are unique within each policy.
     *
     * <p>Required. Range: 1 to 65535. CloudFormation property {@code Priority}.
     */
    public StatelessRuleGroupReference priority(int value) {
      return set("Priority", Value.of(value));
    }

    /** Sets {@code Priority} to this value; see {@link #priority(int)}. */
    public StatelessRuleGroupReference priority(Value<Integer> value) {
      return set("Priority", value);
    }

    /**
     * The Amazon Resource Name (ARN) of the stateless rule group.
     *
     * <p>Required. Length: 1 to 256 characters. Pattern: {@code ^(arn:aws.*)$}. CloudFormation
     * property {@code ResourceArn}.
     */
    public StatelessRuleGroupReference resourceArn(String value) {
      return set("ResourceArn", Value.of(value));
    }

    /** Sets {@code ResourceArn} to this value; see {@link #resourceArn(String)}. */
    public StatelessRuleGroupReference resourceArn(Value<String> value) {
      return set("ResourceArn", value);
    }

    /**
     * Sets {@code ResourceArn} to the Ref of {@code AWS::NetworkFirewall::RuleGroup}; see {@link
     * #resourceArn(String)}.
     */
    public StatelessRuleGroupReference resourceArn(RuleGroup resource) {
      return set("ResourceArn", resource.ref());
    }
  }
}
