// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.ses;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Resource to create a traffic policy for a Mail Manager ingress endpoint which contains policy
 * statements used to evaluate whether incoming emails should be allowed or denied.
 *
 * <p>CloudFormation type {@code AWS::SES::MailManagerTrafficPolicy}.
 */
public final class MailManagerTrafficPolicy extends Resource<MailManagerTrafficPolicy> {
  private static final Schema SCHEMA = Schema.builder("AWS::SES::MailManagerTrafficPolicy")
      .required("DefaultAction", "PolicyStatements")
      .allowed("DefaultAction", "ALLOW", "DENY")
      .constrain("MaxMessageSizeBytes", Constraint.of().minimum(1))
      .constrain("TrafficPolicyName", Constraint.of().pattern("^[A-Za-z0-9_\\-]+$").minLength(3).maxLength(63))
      .refYields("TrafficPolicyId")
      .attributes("TrafficPolicyArn", "TrafficPolicyId")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public MailManagerTrafficPolicy(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * Default action instructs the traﬃc policy to either Allow or Deny (block) messages that fall
   * outside of (or not addressed by) the conditions of your policy statements
   *
   * <p>Required. Allowed values: {@code ALLOW}, {@code DENY}. CloudFormation property {@code
   * DefaultAction}.
   */
  public MailManagerTrafficPolicy defaultAction(String value) {
    return set("DefaultAction", Value.of(value));
  }

  /** Sets {@code DefaultAction} to this value; see {@link #defaultAction(String)}. */
  public MailManagerTrafficPolicy defaultAction(Value<String> value) {
    return set("DefaultAction", value);
  }

  /**
   * The maximum message size in bytes of email which is allowed in by this traffic policy—anything
   * larger will be blocked.
   *
   * <p>Range: at least 1. CloudFormation property {@code MaxMessageSizeBytes}.
   */
  public MailManagerTrafficPolicy maxMessageSizeBytes(double value) {
    return set("MaxMessageSizeBytes", Value.of(value));
  }

  /** Sets {@code MaxMessageSizeBytes} to this value; see {@link #maxMessageSizeBytes(double)}. */
  public MailManagerTrafficPolicy maxMessageSizeBytes(Value<Double> value) {
    return set("MaxMessageSizeBytes", value);
  }

  /**
   * Conditional statements for filtering email traffic.
   *
   * <p>Required. CloudFormation property {@code PolicyStatements}.
   */
  public MailManagerTrafficPolicy policyStatements(List<PolicyStatement> value) {
    return set("PolicyStatements", Value.listOf(value));
  }

  /** Sets {@code PolicyStatements} to this value; see {@link #policyStatements(List)}. */
  public MailManagerTrafficPolicy policyStatements(Value<List<PolicyStatement>> value) {
    return set("PolicyStatements", value);
  }

  /** Sets {@code PolicyStatements} to a list of these; see {@link #policyStatements(List)}. */
  public MailManagerTrafficPolicy policyStatements(PolicyStatement... values) {
    return set("PolicyStatements", Value.list(values));
  }

  /**
   * The tags used to organize, track, or control access for the resource. For example, { "tags":
   * {"key1":"value1", "key2":"value2"} }.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public MailManagerTrafficPolicy tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public MailManagerTrafficPolicy tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public MailManagerTrafficPolicy tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The name of the policy.
   *
   * <p>The policy name cannot exceed 64 characters and can only include alphanumeric characters,
   * dashes, and underscores.
   *
   * <p>Length: 3 to 63 characters. Pattern: {@code ^[A-Za-z0-9_&#92;-]+$}. CloudFormation property
   * {@code TrafficPolicyName}.
   */
  public MailManagerTrafficPolicy trafficPolicyName(String value) {
    return set("TrafficPolicyName", Value.of(value));
  }

  /** Sets {@code TrafficPolicyName} to this value; see {@link #trafficPolicyName(String)}. */
  public MailManagerTrafficPolicy trafficPolicyName(Value<String> value) {
    return set("TrafficPolicyName", value);
  }

  /**
   * The Amazon Resource Name (ARN) of the traffic policy resource.
   *
   * <p>{@code Fn::GetAtt} attribute {@code TrafficPolicyArn}.
   */
  public Value<String> trafficPolicyArn() {
    return getAtt("TrafficPolicyArn");
  }

  /**
   * The identifier of the traffic policy resource.
   *
   * <p>{@code Fn::GetAtt} attribute {@code TrafficPolicyId}.
   */
  public Value<String> trafficPolicyId() {
    return getAtt("TrafficPolicyId");
  }

  /**
   * The Add On ARN and its returned value that is evaluated in a policy statement's conditional
   * expression to either deny or block the incoming email.
   *
   * <p>Property type {@code AWS::SES::MailManagerTrafficPolicy.IngressAnalysis}.
   */
  public static final class IngressAnalysis extends Struct<IngressAnalysis> {
    private static final Schema SCHEMA = Schema.builder("AWS::SES::MailManagerTrafficPolicy.IngressAnalysis")
        .required("Analyzer", "ResultField")
        .build();

    public IngressAnalysis() {
      super(SCHEMA);
    }

    /**
     * The Amazon Resource Name (ARN) of an Add On.
     *
     * <p>Required. CloudFormation property {@code Analyzer}.
     */
    public IngressAnalysis analyzer(String value) {
      return set("Analyzer", Value.of(value));
    }

    /** Sets {@code Analyzer} to this value; see {@link #analyzer(String)}. */
    public IngressAnalysis analyzer(Value<String> value) {
      return set("Analyzer", value);
    }

    /**
     * The returned value from an Add On.
     *
     * <p>Required. CloudFormation property {@code ResultField}.
     */
    public IngressAnalysis resultField(String value) {
      return set("ResultField", Value.of(value));
    }

    /** Sets {@code ResultField} to this value; see {@link #resultField(String)}. */
    public IngressAnalysis resultField(Value<String> value) {
      return set("ResultField", value);
    }
  }

  /**
   * The structure for a boolean condition matching on the incoming mail.
   *
   * <p>Property type {@code AWS::SES::MailManagerTrafficPolicy.IngressBooleanExpression}.
   */
  public static final class IngressBooleanExpression extends Struct<IngressBooleanExpression> {
    private static final Schema SCHEMA = Schema.builder("AWS::SES::MailManagerTrafficPolicy.IngressBooleanExpression")
        .required("Evaluate", "Operator")
        .allowed("Operator", "IS_TRUE", "IS_FALSE")
        .build();

    public IngressBooleanExpression() {
      super(SCHEMA);
    }

    /**
     * The operand on which to perform a boolean condition operation.
     *
     * <p>Required. CloudFormation property {@code Evaluate}.
     */
    public IngressBooleanExpression evaluate(Value<IngressBooleanToEvaluate> value) {
      return set("Evaluate", value);
    }

    /**
     * The matching operator for a boolean condition expression.
     *
     * <p>Required. Allowed values: {@code IS_TRUE}, {@code IS_FALSE}. CloudFormation property
     * {@code Operator}.
     */
    public IngressBooleanExpression operator(String value) {
      return set("Operator", Value.of(value));
    }

    /** Sets {@code Operator} to this value; see {@link #operator(String)}. */
    public IngressBooleanExpression operator(Value<String> value) {
      return set("Operator", value);
    }
  }

  /**
   * The union type representing the allowed types of operands for a boolean condition.
   *
   * <p>Property type {@code AWS::SES::MailManagerTrafficPolicy.IngressBooleanToEvaluate}.
   */
  public static final class IngressBooleanToEvaluate extends Struct<IngressBooleanToEvaluate> {
    private static final Schema SCHEMA = Schema.of("AWS::SES::MailManagerTrafficPolicy.IngressBooleanToEvaluate");

    public IngressBooleanToEvaluate() {
      super(SCHEMA);
    }

    /**
     * The structure type for a boolean condition stating the Add On ARN and its returned value.
     *
     * <p>CloudFormation property {@code Analysis}.
     */
    public IngressBooleanToEvaluate analysis(Value<IngressAnalysis> value) {
      return set("Analysis", value);
    }

    /**
     * The structure type for a boolean condition that provides the address lists to evaluate
     * incoming traffic on.
     *
     * <p>CloudFormation property {@code IsInAddressList}.
     */
    public IngressBooleanToEvaluate isInAddressList(Value<IngressIsInAddressList> value) {
      return set("IsInAddressList", value);
    }
  }

  /**
   * The structure for an IP based condition matching on the incoming mail.
   *
   * <p>Property type {@code AWS::SES::MailManagerTrafficPolicy.IngressIpToEvaluate}.
   */
  public static final class IngressIpToEvaluate extends Struct<IngressIpToEvaluate> {
    private static final Schema SCHEMA = Schema.builder("AWS::SES::MailManagerTrafficPolicy.IngressIpToEvaluate")
        .required("Attribute")
        .allowed("Attribute", "SENDER_IP")
        .build();

    public IngressIpToEvaluate() {
      super(SCHEMA);
    }

    /**
     * An enum type representing the allowed attribute types for an IP condition.
     *
     * <p>Required. Allowed values: {@code SENDER_IP}. CloudFormation property {@code Attribute}.
     */
    public IngressIpToEvaluate attribute(String value) {
      return set("Attribute", Value.of(value));
    }

    /** Sets {@code Attribute} to this value; see {@link #attribute(String)}. */
    public IngressIpToEvaluate attribute(Value<String> value) {
      return set("Attribute", value);
    }
  }

  /**
   * The union type representing the allowed types for the left hand side of an IP condition.
   *
   * <p>Property type {@code AWS::SES::MailManagerTrafficPolicy.IngressIpv4Expression}.
   */
  public static final class IngressIpv4Expression extends Struct<IngressIpv4Expression> {
    private static final Schema SCHEMA = Schema.builder("AWS::SES::MailManagerTrafficPolicy.IngressIpv4Expression")
        .required("Evaluate", "Operator", "Values")
        .allowed("Operator", "CIDR_MATCHES", "NOT_CIDR_MATCHES")
        .build();

    public IngressIpv4Expression() {
      super(SCHEMA);
    }

    /**
     * The left hand side argument of an IP condition expression.
     *
     * <p>Required. CloudFormation property {@code Evaluate}.
     */
    public IngressIpv4Expression evaluate(Value<IngressIpToEvaluate> value) {
      return set("Evaluate", value);
    }

    /**
     * The matching operator for an IP condition expression.
     *
     * <p>Required. Allowed values: {@code CIDR_MATCHES}, {@code NOT_CIDR_MATCHES}. CloudFormation
     * property {@code Operator}.
     */
    public IngressIpv4Expression operator(String value) {
      return set("Operator", Value.of(value));
    }

    /** Sets {@code Operator} to this value; see {@link #operator(String)}. */
    public IngressIpv4Expression operator(Value<String> value) {
      return set("Operator", value);
    }

    /**
     * The right hand side argument of an IP condition expression.
     *
     * <p>Required. CloudFormation property {@code Values}.
     */
    public IngressIpv4Expression values(List<String> value) {
      return set("Values", Value.listOf(value));
    }

    /** Sets {@code Values} to this value; see {@link #values(List)}. */
    public IngressIpv4Expression values(Value<List<String>> value) {
      return set("Values", value);
    }
  }

  /**
   * The union type representing the allowed types for the left hand side of an IPv6 condition.
   *
   * <p>Property type {@code AWS::SES::MailManagerTrafficPolicy.IngressIpv6Expression}.
   */
  public static final class IngressIpv6Expression extends Struct<IngressIpv6Expression> {
    private static final Schema SCHEMA = Schema.builder("AWS::SES::MailManagerTrafficPolicy.IngressIpv6Expression")
        .required("Evaluate", "Operator", "Values")
        .allowed("Operator", "CIDR_MATCHES", "NOT_CIDR_MATCHES")
        .build();

    public IngressIpv6Expression() {
      super(SCHEMA);
    }

    /**
     * The left hand side argument of an IPv6 condition expression.
     *
     * <p>Required. CloudFormation property {@code Evaluate}.
     */
    public IngressIpv6Expression evaluate(Value<IngressIpv6ToEvaluate> value) {
      return set("Evaluate", value);
    }

    /**
     * The matching operator for an IPv6 condition expression.
     *
     * <p>Required. Allowed values: {@code CIDR_MATCHES}, {@code NOT_CIDR_MATCHES}. CloudFormation
     * property {@code Operator}.
     */
    public IngressIpv6Expression operator(String value) {
      return set("Operator", Value.of(value));
    }

    /** Sets {@code Operator} to this value; see {@link #operator(String)}. */
    public IngressIpv6Expression operator(Value<String> value) {
      return set("Operator", value);
    }

    /**
     * The right hand side argument of an IPv6 condition expression.
     *
     * <p>Required. CloudFormation property {@code Values}.
     */
    public IngressIpv6Expression values(List<String> value) {
      return set("Values", Value.listOf(value));
    }

    /** Sets {@code Values} to this value; see {@link #values(List)}. */
    public IngressIpv6Expression values(Value<List<String>> value) {
      return set("Values", value);
    }
  }

  /**
   * The structure for an IPv6 based condition matching on the incoming mail.
   *
   * <p>Property type {@code AWS::SES::MailManagerTrafficPolicy.IngressIpv6ToEvaluate}.
   */
  public static final class IngressIpv6ToEvaluate extends Struct<IngressIpv6ToEvaluate> {
    private static final Schema SCHEMA = Schema.builder("AWS::SES::MailManagerTrafficPolicy.IngressIpv6ToEvaluate")
        .required("Attribute")
        .allowed("Attribute", "SENDER_IPV6")
        .build();

    public IngressIpv6ToEvaluate() {
      super(SCHEMA);
    }

    /**
     * An enum type representing the allowed attribute types for an IPv6 condition.
     *
     * <p>Required. Allowed values: {@code SENDER_IPV6}. CloudFormation property {@code Attribute}.
     */
    public IngressIpv6ToEvaluate attribute(String value) {
      return set("Attribute", Value.of(value));
    }

    /** Sets {@code Attribute} to this value; see {@link #attribute(String)}. */
    public IngressIpv6ToEvaluate attribute(Value<String> value) {
      return set("Attribute", value);
    }
  }

  /**
   * The address lists and the address list attribute value that is evaluated in a policy
   * statement's conditional expression to either deny or block the incoming email.
   *
   * <p>Property type {@code AWS::SES::MailManagerTrafficPolicy.IngressIsInAddressList}.
   */
  public static final class IngressIsInAddressList extends Struct<IngressIsInAddressList> {
    private static final Schema SCHEMA = Schema.builder("AWS::SES::MailManagerTrafficPolicy.IngressIsInAddressList")
        .required("AddressLists", "Attribute")
        .allowed("Attribute", "RECIPIENT")
        .build();

    public IngressIsInAddressList() {
      super(SCHEMA);
    }

    /**
     * The address lists that will be used for evaluation.
     *
     * <p>Required. CloudFormation property {@code AddressLists}.
     */
    public IngressIsInAddressList addressLists(List<String> value) {
      return set("AddressLists", Value.listOf(value));
    }

    /** Sets {@code AddressLists} to this value; see {@link #addressLists(List)}. */
    public IngressIsInAddressList addressLists(Value<List<String>> value) {
      return set("AddressLists", value);
    }

    /**
     * The email attribute that needs to be evaluated against the address list.
     *
     * <p>Required. Allowed values: {@code RECIPIENT}. CloudFormation property {@code Attribute}.
     */
    public IngressIsInAddressList attribute(String value) {
      return set("Attribute", Value.of(value));
    }

    /** Sets {@code Attribute} to this value; see {@link #attribute(String)}. */
    public IngressIsInAddressList attribute(Value<String> value) {
      return set("Attribute", value);
    }
  }

  /**
   * The structure for a string based condition matching on the incoming mail.
   *
   * <p>Property type {@code AWS::SES::MailManagerTrafficPolicy.IngressStringExpression}.
   */
  public static final class IngressStringExpression extends Struct<IngressStringExpression> {
    private static final Schema SCHEMA = Schema.builder("AWS::SES::MailManagerTrafficPolicy.IngressStringExpression")
        .required("Evaluate", "Operator", "Values")
        .allowed("Operator", "EQUALS", "NOT_EQUALS", "STARTS_WITH", "ENDS_WITH", "CONTAINS")
        .build();

    public IngressStringExpression() {
      super(SCHEMA);
    }

    /**
     * The left hand side argument of a string condition expression.
     *
     * <p>Required. CloudFormation property {@code Evaluate}.
     */
    public IngressStringExpression evaluate(Value<IngressStringToEvaluate> value) {
      return set("Evaluate", value);
    }

    /**
     * Required. Allowed values: {@code EQUALS}, {@code NOT_EQUALS}, {@code STARTS_WITH}, {@code
     * ENDS_WITH}, {@code CONTAINS}. CloudFormation property {@code Operator}.
     */
    public IngressStringExpression operator(String value) {
      return set("Operator", Value.of(value));
    }

    /** Sets {@code Operator} to this value; see {@link #operator(String)}. */
    public IngressStringExpression operator(Value<String> value) {
      return set("Operator", value);
    }

    /**
     * The right hand side argument of a string condition expression.
     *
     * <p>Required. CloudFormation property {@code Values}.
     */
    public IngressStringExpression values(List<String> value) {
      return set("Values", Value.listOf(value));
    }

    /** Sets {@code Values} to this value; see {@link #values(List)}. */
    public IngressStringExpression values(Value<List<String>> value) {
      return set("Values", value);
    }
  }

  /**
   * The union type representing the allowed types for the left hand side of a string condition.
   *
   * <p>Property type {@code AWS::SES::MailManagerTrafficPolicy.IngressStringToEvaluate}.
   */
  public static final class IngressStringToEvaluate extends Struct<IngressStringToEvaluate> {
    private static final Schema SCHEMA = Schema.builder("AWS::SES::MailManagerTrafficPolicy.IngressStringToEvaluate")
        .allowed("Attribute", "RECIPIENT")
        .build();

    public IngressStringToEvaluate() {
      super(SCHEMA);
    }

    /**
     * The structure type for a string condition stating the Add On ARN and its returned value.
     *
     * <p>CloudFormation property {@code Analysis}.
     */
    public IngressStringToEvaluate analysis(Value<IngressAnalysis> value) {
      return set("Analysis", value);
    }

    /**
     * The enum type representing the allowed attribute types for a string condition.
     *
     * <p>Allowed values: {@code RECIPIENT}. CloudFormation property {@code Attribute}.
     */
    public IngressStringToEvaluate attribute(String value) {
      return set("Attribute", Value.of(value));
    }

    /** Sets {@code Attribute} to this value; see {@link #attribute(String)}. */
    public IngressStringToEvaluate attribute(Value<String> value) {
      return set("Attribute", value);
    }
  }

  /**
   * The structure for a TLS related condition matching on the incoming mail.
   *
   * <p>Property type {@code AWS::SES::MailManagerTrafficPolicy.IngressTlsProtocolExpression}.
   */
  public static final class IngressTlsProtocolExpression extends Struct<IngressTlsProtocolExpression> {
    private static final Schema SCHEMA = Schema.builder("AWS::SES::MailManagerTrafficPolicy.IngressTlsProtocolExpression")
        .required("Evaluate", "Operator", "Value")
        .allowed("Operator", "MINIMUM_TLS_VERSION", "IS")
        .allowed("Value", "TLS1_2", "TLS1_3")
        .build();

    public IngressTlsProtocolExpression() {
      super(SCHEMA);
    }

    /**
     * The left hand side argument of a TLS condition expression.
     *
     * <p>Required. CloudFormation property {@code Evaluate}.
     */
    public IngressTlsProtocolExpression evaluate(Value<IngressTlsProtocolToEvaluate> value) {
      return set("Evaluate", value);
    }

    /**
     * The matching operator for a TLS condition expression.
     *
     * <p>Required. Allowed values: {@code MINIMUM_TLS_VERSION}, {@code IS}. CloudFormation property
     * {@code Operator}.
     */
    public IngressTlsProtocolExpression operator(String value) {
      return set("Operator", Value.of(value));
    }

    /** Sets {@code Operator} to this value; see {@link #operator(String)}. */
    public IngressTlsProtocolExpression operator(Value<String> value) {
      return set("Operator", value);
    }

    /**
     * The right hand side argument of a TLS condition expression.
     *
     * <p>Required. Allowed values: {@code TLS1_2}, {@code TLS1_3}. CloudFormation property {@code
     * Value}.
     */
    public IngressTlsProtocolExpression value(String value) {
      return set("Value", Value.of(value));
    }

    /** Sets {@code Value} to this value; see {@link #value(String)}. */
    public IngressTlsProtocolExpression value(Value<String> value) {
      return set("Value", value);
    }
  }

  /**
   * The union type representing the allowed types for the left hand side of a TLS condition.
   *
   * <p>Property type {@code AWS::SES::MailManagerTrafficPolicy.IngressTlsProtocolToEvaluate}.
   */
  public static final class IngressTlsProtocolToEvaluate extends Struct<IngressTlsProtocolToEvaluate> {
    private static final Schema SCHEMA = Schema.builder("AWS::SES::MailManagerTrafficPolicy.IngressTlsProtocolToEvaluate")
        .required("Attribute")
        .allowed("Attribute", "TLS_PROTOCOL")
        .build();

    public IngressTlsProtocolToEvaluate() {
      super(SCHEMA);
    }

    /**
     * The enum type representing the allowed attribute types for the TLS condition.
     *
     * <p>Required. Allowed values: {@code TLS_PROTOCOL}. CloudFormation property {@code Attribute}.
     */
    public IngressTlsProtocolToEvaluate attribute(String value) {
      return set("Attribute", Value.of(value));
    }

    /** Sets {@code Attribute} to this value; see {@link #attribute(String)}. */
    public IngressTlsProtocolToEvaluate attribute(Value<String> value) {
      return set("Attribute", value);
    }
  }

  /**
   * The email traffic filtering conditions which are contained in a traffic policy resource.
   *
   * <p>This data type is a UNION, so only one of the following members can be specified when used
   * or returned.
   *
   * <p>Property type {@code AWS::SES::MailManagerTrafficPolicy.PolicyCondition}.
   */
  public static final class PolicyCondition extends Struct<PolicyCondition> {
    private static final Schema SCHEMA = Schema.of("AWS::SES::MailManagerTrafficPolicy.PolicyCondition");

    public PolicyCondition() {
      super(SCHEMA);
    }

    /**
     * This represents a boolean type condition matching on the incoming mail. It performs the
     * boolean operation configured in 'Operator' and evaluates the 'Protocol' object against the
     * 'Value'.
     *
     * <p>CloudFormation property {@code BooleanExpression}.
     */
    public PolicyCondition booleanExpression(Value<IngressBooleanExpression> value) {
      return set("BooleanExpression", value);
    }

    /**
     * This represents an IP based condition matching on the incoming mail. It performs the
     * operation configured in 'Operator' and evaluates the 'Protocol' object against the 'Value'.
     *
     * <p>CloudFormation property {@code IpExpression}.
     */
    public PolicyCondition ipExpression(Value<IngressIpv4Expression> value) {
      return set("IpExpression", value);
    }

    /**
     * This represents an IPv6 based condition matching on the incoming mail. It performs the
     * operation configured in 'Operator' and evaluates the 'Protocol' object against the 'Value'.
     *
     * <p>CloudFormation property {@code Ipv6Expression}.
     */
    public PolicyCondition ipv6Expression(Value<IngressIpv6Expression> value) {
      return set("Ipv6Expression", value);
    }

    /**
     * This represents a string based condition matching on the incoming mail. It performs the
     * string operation configured in 'Operator' and evaluates the 'Protocol' object against the
     * 'Value'.
     *
     * <p>CloudFormation property {@code StringExpression}.
     */
    public PolicyCondition stringExpression(Value<IngressStringExpression> value) {
      return set("StringExpression", value);
    }

    /**
     * This represents a TLS based condition matching on the incoming mail. It performs the
     * operation configured in 'Operator' and evaluates the 'Protocol' object against the 'Value'.
     *
     * <p>CloudFormation property {@code TlsExpression}.
     */
    public PolicyCondition tlsExpression(Value<IngressTlsProtocolExpression> value) {
      return set("TlsExpression", value);
    }
  }

  /**
   * The structure containing traffic policy conditions and actions.
   *
   * <p>Property type {@code AWS::SES::MailManagerTrafficPolicy.PolicyStatement}.
   */
  public static final class PolicyStatement extends Struct<PolicyStatement> {
    private static final Schema SCHEMA = Schema.builder("AWS::SES::MailManagerTrafficPolicy.PolicyStatement")
        .required("Action", "Conditions")
        .allowed("Action", "ALLOW", "DENY")
        .build();

    public PolicyStatement() {
      super(SCHEMA);
    }

    /**
     * The action that informs a traffic policy resource to either allow or block the email if it
     * matches a condition in the policy statement.
     *
     * <p>Required. Allowed values: {@code ALLOW}, {@code DENY}. CloudFormation property {@code
     * Action}.
     */
    public PolicyStatement action(String value) {
      return set("Action", Value.of(value));
    }

    /** Sets {@code Action} to this value; see {@link #action(String)}. */
    public PolicyStatement action(Value<String> value) {
      return set("Action", value);
    }

    /**
     * The list of conditions to apply to incoming messages for filtering email traffic.
     *
     * <p>Required. CloudFormation property {@code Conditions}.
     */
    public PolicyStatement conditions(List<PolicyCondition> value) {
      return set("Conditions", Value.listOf(value));
    }

    /** Sets {@code Conditions} to this value; see {@link #conditions(List)}. */
    public PolicyStatement conditions(Value<List<PolicyCondition>> value) {
      return set("Conditions", value);
    }

    /** Sets {@code Conditions} to a list of these; see {@link #conditions(List)}. */
    public PolicyStatement conditions(PolicyCondition... values) {
      return set("Conditions", Value.list(values));
    }
  }
}
