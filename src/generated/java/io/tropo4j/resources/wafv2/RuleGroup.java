// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.wafv2;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Json;
import io.tropo4j.fn.Value;
import java.util.List;
import java.util.Map;

/**
 * This is the latest version of <em>AWS WAF</em> , named AWS WAF V2, released in November, 2019.
 * For information, including how to migrate your AWS WAF resources from the prior release, see the
 * <a href="https://docs.aws.amazon.com/waf/latest/developerguide/waf-chapter.html">AWS WAF
 * developer guide</a> .
 *
 * <p>Use an <code>RuleGroup</code> to define a collection of rules for inspecting and controlling
 * web requests. You use a rule group in an <code>WebACL</code> by providing its Amazon Resource
 * Name (ARN) to the rule statement <code>RuleGroupReferenceStatement</code> , when you add rules to
 * the web ACL.
 *
 * <p>When you create a rule group, you define an immutable capacity limit. If you update a rule
 * group, you must stay within the capacity. This allows others to reuse the rule group with
 * confidence in its capacity requirements.
 *
 * <p>CloudFormation type {@code AWS::WAFv2::RuleGroup}.
 */
public final class RuleGroup extends Resource<RuleGroup> {
  private static final Schema SCHEMA = Schema.builder("AWS::WAFv2::RuleGroup")
      .required("Capacity", "Scope", "VisibilityConfig")
      .constrain("Capacity", Constraint.of().minimum(0))
      .constrain("Description", Constraint.of().pattern("^[a-zA-Z0-9=:#@/\\-,.][a-zA-Z0-9+=:#@/\\-,.\\s]+[a-zA-Z0-9+=:#@/\\-,.]{1,256}$"))
      .constrain("Name", Constraint.of().pattern("^[0-9A-Za-z_-]{1,128}$"))
      .allowed("Scope", "CLOUDFRONT", "REGIONAL")
      .attributes("Arn", "Id", "LabelNamespace")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public RuleGroup(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The labels that one or more rules in this rule group add to matching web requests. These labels
   * are defined in the <code>RuleLabels</code> for a <code>Rule</code> .
   *
   * <p>CloudFormation property {@code AvailableLabels}.
   */
  public RuleGroup availableLabels(List<LabelSummary> value) {
    return set("AvailableLabels", Value.listOf(value));
  }

  /** Sets {@code AvailableLabels} to this value; see {@link #availableLabels(List)}. */
  public RuleGroup availableLabels(Value<List<LabelSummary>> value) {
    return set("AvailableLabels", value);
  }

  /** Sets {@code AvailableLabels} to a list of these; see {@link #availableLabels(List)}. */
  public RuleGroup availableLabels(LabelSummary... values) {
    return set("AvailableLabels", Value.list(values));
  }

  /**
   * The web ACL capacity units (WCUs) required for this rule group.
   *
   * <p>When you create your own rule group, you define this, and you cannot change it after
   * creation. When you add or modify the rules in a rule group, AWS WAF enforces this limit.
   *
   * <p>AWS WAF uses WCUs to calculate and control the operating resources that are used to run your
   * rules, rule groups, and web ACLs. AWS WAF calculates capacity differently for each rule type,
   * to reflect the relative cost of each rule. Simple rules that cost little to run use fewer WCUs
   * than more complex rules that use more processing power. Rule group capacity is fixed at
   * creation, which helps users plan their web ACL WCU usage when they use a rule group. The WCU
   * limit for web ACLs is 1,500.
   *
   * <p>Required. Range: at least 0. CloudFormation property {@code Capacity}.
   */
  public RuleGroup capacity(int value) {
    return set("Capacity", Value.of(value));
  }

  /** Sets {@code Capacity} to this value; see {@link #capacity(int)}. */
  public RuleGroup capacity(Value<Integer> value) {
    return set("Capacity", value);
  }

  /**
   * The labels that one or more rules in this rule group match against in label match statements.
   * These labels are defined in a <code>LabelMatchStatement</code> specification, in the
   * <code>Statement</code> definition of a rule.
   *
   * <p>CloudFormation property {@code ConsumedLabels}.
   */
  public RuleGroup consumedLabels(List<LabelSummary> value) {
    return set("ConsumedLabels", Value.listOf(value));
  }

  /** Sets {@code ConsumedLabels} to this value; see {@link #consumedLabels(List)}. */
  public RuleGroup consumedLabels(Value<List<LabelSummary>> value) {
    return set("ConsumedLabels", value);
  }

  /** Sets {@code ConsumedLabels} to a list of these; see {@link #consumedLabels(List)}. */
  public RuleGroup consumedLabels(LabelSummary... values) {
    return set("ConsumedLabels", Value.list(values));
  }

  /**
   * A map of custom response keys and content bodies. When you create a rule with a block action,
   * you can send a custom response to the web request. You define these for the rule group, and
   * then use them in the rules that you define in the rule group.
   *
   * <p>For information about customizing web requests and responses, see <a
   * href="https://docs.aws.amazon.com/waf/latest/developerguide/waf-custom-request-response.html">Customizing
   * web requests and responses in AWS WAF</a> in the <em>AWS WAF Developer Guide</em> .
   *
   * <p>For information about the limits on count and size for custom request and response settings,
   * see <a href="https://docs.aws.amazon.com/waf/latest/developerguide/limits.html">AWS WAF
   * quotas</a> in the <em>AWS WAF Developer Guide</em> .
   *
   * <p>CloudFormation property {@code CustomResponseBodies}.
   */
  public RuleGroup customResponseBodies(Map<String, CustomResponseBody> value) {
    return set("CustomResponseBodies", Value.mapOf(value));
  }

  /** Sets {@code CustomResponseBodies} to this value; see {@link #customResponseBodies(Map)}. */
  public RuleGroup customResponseBodies(Value<Map<String, CustomResponseBody>> value) {
    return set("CustomResponseBodies", value);
  }

  /**
   * A description of the rule group that helps with identification.
   *
   * <p>Pattern: {@code
   * ^[a-zA-Z0-9=:#&#64;/&#92;-,.][a-zA-Z0-9+=:#&#64;/&#92;-,.&#92;s]+[a-zA-Z0-9+=:#&#64;/&#92;-,.]{1,256}$}.
   * CloudFormation property {@code Description}.
   */
  public RuleGroup description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public RuleGroup description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * Configures monetization for the web ACL or rule group.
   *
   * <p>CloudFormation property {@code MonetizationConfig}.
   */
  public RuleGroup monetizationConfig(Value<MonetizationConfig> value) {
    return set("MonetizationConfig", value);
  }

  /**
   * The name of the rule group. You cannot change the name of a rule group after you create it.
   *
   * <p>Changing it replaces the resource. Pattern: {@code ^[0-9A-Za-z_-]{1,128}$}. CloudFormation
   * property {@code Name}.
   */
  public RuleGroup name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public RuleGroup name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * The rule statements used to identify the web requests that you want to allow, block, or count.
   * Each rule includes one top-level statement that AWS WAF uses to identify matching web requests,
   * and parameters that govern how AWS WAF handles them.
   *
   * <p>CloudFormation property {@code Rules}.
   */
  public RuleGroup rules(List<Rule> value) {
    return set("Rules", Value.listOf(value));
  }

  /** Sets {@code Rules} to this value; see {@link #rules(List)}. */
  public RuleGroup rules(Value<List<Rule>> value) {
    return set("Rules", value);
  }

  /** Sets {@code Rules} to a list of these; see {@link #rules(List)}. */
  public RuleGroup rules(Rule... values) {
    return set("Rules", Value.list(values));
  }

  /**
   * Specifies whether this is for an Amazon CloudFront distribution or for a regional application.
   * For an AWS Amplify application, use <code>CLOUDFRONT</code> . A regional application can be an
   * Application Load Balancer (ALB), an REST API, an AWS AppSync GraphQL API, an Amazon Cognito
   * user pool, an AWS App Runner service, or an AWS Verified Access instance. Valid Values are
   * <code>CLOUDFRONT</code> and <code>REGIONAL</code> .
   *
   * <p>For <code>CLOUDFRONT</code> , you must create your WAFv2 resources in the US East (N.
   * Virginia) Region, <code>us-east-1</code> .
   *
   * <p>Required. Changing it replaces the resource. Allowed values: {@code CLOUDFRONT}, {@code
   * REGIONAL}. CloudFormation property {@code Scope}.
   */
  public RuleGroup scope(String value) {
    return set("Scope", Value.of(value));
  }

  /** Sets {@code Scope} to this value; see {@link #scope(String)}. */
  public RuleGroup scope(Value<String> value) {
    return set("Scope", value);
  }

  /**
   * Key:value pairs associated with an AWS resource. The key:value pair can be anything you define.
   * Typically, the tag key represents a category (such as "environment") and the tag value
   * represents a specific value within that category (such as "test," "development," or
   * "production"). You can add up to 50 tags to each AWS resource.
   *
   * <p>To modify tags on existing resources, use the AWS WAF APIs or command line interface. With
   * AWS CloudFormation , you can only add tags to AWS WAF resources during resource creation.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public RuleGroup tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public RuleGroup tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public RuleGroup tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * Defines and enables Amazon CloudWatch metrics and web request sample collection.
   *
   * <p>Required. CloudFormation property {@code VisibilityConfig}.
   */
  public RuleGroup visibilityConfig(Value<VisibilityConfig> value) {
    return set("VisibilityConfig", value);
  }

  /**
   * The Amazon Resource Name (ARN) of the rule group.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * The ID of the rule group.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Id}.
   */
  public Value<String> id() {
    return getAtt("Id");
  }

  /**
   * The label namespace prefix for this rule group. All labels added by rules in this rule group
   * have this prefix.
   *
   * <p>The syntax for the label namespace prefix for a rule group is the following:
   * <code>awswaf:&lt;account ID&gt;:rule group:&lt;rule group name&gt;:</code>
   *
   * <p>When a rule with a label matches a web request, AWS WAF adds the fully qualified label to
   * the request. A fully qualified label is made up of the label namespace from the rule group or
   * web ACL where the rule is defined and the label from the rule, separated by a colon.
   *
   * <p>{@code Fn::GetAtt} attribute {@code LabelNamespace}.
   */
  public Value<String> labelNamespace() {
    return getAtt("LabelNamespace");
  }

  /**
   * Allow traffic towards application.
   *
   * <p>Property type {@code AWS::WAFv2::RuleGroup.Allow}.
   */
  public static final class Allow extends Struct<Allow> {
    private static final Schema SCHEMA = Schema.of("AWS::WAFv2::RuleGroup.Allow");

    public Allow() {
      super(SCHEMA);
    }

    /**
     * Custom request handling.
     *
     * <p>CloudFormation property {@code CustomRequestHandling}.
     */
    public Allow customRequestHandling(Value<CustomRequestHandling> value) {
      return set("CustomRequestHandling", value);
    }
  }

  /**
   * A logical rule statement used to combine other rule statements with AND logic. You provide more
   * than one <code>Statement</code> within the <code>AndStatement</code> .
   *
   * <p>Property type {@code AWS::WAFv2::RuleGroup.AndStatement}.
   */
  public static final class AndStatement extends Struct<AndStatement> {
    private static final Schema SCHEMA = Schema.builder("AWS::WAFv2::RuleGroup.AndStatement")
        .required("Statements")
        .build();

    public AndStatement() {
      super(SCHEMA);
    }

    /**
     * The statements to combine with AND logic. You can use any statements that can be nested.
     *
     * <p>Required. CloudFormation property {@code Statements}.
     */
    public AndStatement statements(List<Statement> value) {
      return set("Statements", Value.listOf(value));
    }

    /** Sets {@code Statements} to this value; see {@link #statements(List)}. */
    public AndStatement statements(Value<List<Statement>> value) {
      return set("Statements", value);
    }

    /** Sets {@code Statements} to a list of these; see {@link #statements(List)}. */
    public AndStatement statements(Statement... values) {
      return set("Statements", Value.list(values));
    }
  }

  /**
   * A rule statement that inspects web traffic based on the Autonomous System Number (ASN)
   * associated with the request's IP address.
   *
   * <p>For additional details, see <a
   * href="https://docs.aws.amazon.com/waf/latest/developerguide/waf-rule-statement-type-asn-match.html">ASN
   * match rule statement</a> in the <a
   * href="https://docs.aws.amazon.com/waf/latest/developerguide/waf-chapter.html">AWS WAF Developer
   * Guide</a> .
   *
   * <p>Property type {@code AWS::WAFv2::RuleGroup.AsnMatchStatement}.
   */
  public static final class AsnMatchStatement extends Struct<AsnMatchStatement> {
    private static final Schema SCHEMA = Schema.builder("AWS::WAFv2::RuleGroup.AsnMatchStatement")
        .constrain("AsnList", Constraint.of().minimum(0).maximum(4294967295L))
        .build();

    public AsnMatchStatement() {
      super(SCHEMA);
    }

    /**
     * Contains one or more Autonomous System Numbers (ASNs). ASNs are unique identifiers assigned
     * to large internet networks managed by organizations such as internet service providers,
     * enterprises, universities, or government agencies.
     *
     * <p>Range: 0 to 4294967295L. CloudFormation property {@code AsnList}.
     */
    public AsnMatchStatement asnList(List<Integer> value) {
      return set("AsnList", Value.listOf(value));
    }

    /** Sets {@code AsnList} to this value; see {@link #asnList(List)}. */
    public AsnMatchStatement asnList(Value<List<Integer>> value) {
      return set("AsnList", value);
    }

    /**
     * The configuration for inspecting IP addresses to match against an ASN in an HTTP header that
     * you specify, instead of using the IP address that's reported by the web request origin.
     * Commonly, this is the X-Forwarded-For (XFF) header, but you can specify any header name.
     *
     * <p>CloudFormation property {@code ForwardedIPConfig}.
     */
    public AsnMatchStatement forwardedIPConfig(Value<ForwardedIPConfiguration> value) {
      return set("ForwardedIPConfig", value);
    }
  }

  /**
   * Block traffic towards application.
   *
   * <p>Property type {@code AWS::WAFv2::RuleGroup.Block}.
   */
  public static final class Block extends Struct<Block> {
    private static final Schema SCHEMA = Schema.of("AWS::WAFv2::RuleGroup.Block");

    public Block() {
      super(SCHEMA);
    }

    /**
     * Custom response.
     *
     * <p>CloudFormation property {@code CustomResponse}.
     */
    public Block customResponse(Value<CustomResponse> value) {
      return set("CustomResponse", value);
    }
  }

  /**
   * Inspect the body of the web request. The body immediately follows the request headers.
   *
   * <p>This is used to indicate the web request component to inspect, in the
   * <code>FieldToMatch</code> specification.
   *
   * <p>Property type {@code AWS::WAFv2::RuleGroup.Body}.
   */
  public static final class Body extends Struct<Body> {
    private static final Schema SCHEMA = Schema.builder("AWS::WAFv2::RuleGroup.Body")
        .allowed("OversizeHandling", "CONTINUE", "MATCH", "NO_MATCH")
        .build();

    public Body() {
      super(SCHEMA);
    }

    /**
     * What AWS WAF should do if the body is larger than AWS WAF can inspect.
     *
     * <p>AWS WAF does not support inspecting the entire contents of the web request body if the
     * body exceeds the limit for the resource type. When a web request body is larger than the
     * limit, the underlying host service only forwards the contents that are within the limit to
     * AWS WAF for inspection.
     *
     * <ul> <li>For Application Load Balancer and AWS AppSync , the limit is fixed at 8 KB (8,192
     * bytes). <li>For CloudFront, API Gateway, Amazon Cognito, App Runner, and Verified Access, the
     * default limit is 16 KB (16,384 bytes), and you can increase the limit for each resource type
     * in the web ACL <code>AssociationConfig</code> , for additional processing fees. <li>For AWS
     * Amplify , use the CloudFront limit. </ul>
     *
     * <p>The options for oversize handling are the following:
     *
     * <ul> <li><code>CONTINUE</code> - Inspect the available body contents normally, according to
     * the rule inspection criteria. <li><code>MATCH</code> - Treat the web request as matching the
     * rule statement. AWS WAF applies the rule action to the request. <li><code>NO_MATCH</code> -
     * Treat the web request as not matching the rule statement. </ul>
     *
     * <p>You can combine the <code>MATCH</code> or <code>NO_MATCH</code> settings for oversize
     * handling with your rule and web ACL action settings, so that you block any request whose body
     * is over the limit.
     *
     * <p>Default: <code>CONTINUE</code>
     *
     * <p>Allowed values: {@code CONTINUE}, {@code MATCH}, {@code NO_MATCH}. CloudFormation property
     * {@code OversizeHandling}.
     */
    public Body oversizeHandling(String value) {
      return set("OversizeHandling", Value.of(value));
    }

    /** Sets {@code OversizeHandling} to this value; see {@link #oversizeHandling(String)}. */
    public Body oversizeHandling(Value<String> value) {
      return set("OversizeHandling", value);
    }
  }

  /**
   * A rule statement that defines a string match search for AWS WAF to apply to web requests. The
   * byte match statement provides the bytes to search for, the location in requests that you want
   * AWS WAF to search, and other settings. The bytes to search for are typically a string that
   * corresponds with ASCII characters. In the AWS WAF console and the developer guide, this is
   * called a string match statement.
   *
   * <p>Property type {@code AWS::WAFv2::RuleGroup.ByteMatchStatement}.
   */
  public static final class ByteMatchStatement extends Struct<ByteMatchStatement> {
    private static final Schema SCHEMA = Schema.builder("AWS::WAFv2::RuleGroup.ByteMatchStatement")
        .required("FieldToMatch", "PositionalConstraint", "TextTransformations")
        .allowed("PositionalConstraint", "EXACTLY", "STARTS_WITH", "ENDS_WITH", "CONTAINS",
            "CONTAINS_WORD")
        .build();

    public ByteMatchStatement() {
      super(SCHEMA);
    }

    /**
     * The part of the web request that you want AWS WAF to inspect.
     *
     * <p>Required. CloudFormation property {@code FieldToMatch}.
     */
    public ByteMatchStatement fieldToMatch(Value<FieldToMatch> value) {
      return set("FieldToMatch", value);
    }

    /**
     * The area within the portion of the web request that you want AWS WAF to search for
     * <code>SearchString</code> . Valid values include the following:
     *
     * <p><em>CONTAINS</em>
     *
     * <p>The specified part of the web request must include the value of <code>SearchString</code>
     * , but the location doesn't matter.
     *
     * <p><em>CONTAINS_WORD</em>
     *
     * <p>The specified part of the web request must include the value of <code>SearchString</code>
     * , and <code>SearchString</code> must contain only alphanumeric characters or underscore (A-Z,
     * a-z, 0-9, or _). In addition, <code>SearchString</code> must be a word, which means that both
     * of the following are true:
     *
     * <ul> <li><code>SearchString</code> is at the beginning of the specified part of the web
     * request or is preceded by a character other than an alphanumeric character or underscore (_).
     * Examples include the value of a header and <code>;BadBot</code> .
     * <li><code>SearchString</code> is at the end of the specified part of the web request or is
     * followed by a character other than an alphanumeric character or underscore (_), for example,
     * <code>BadBot;</code> and <code>-BadBot;</code> . </ul>
     *
     * <p><em>EXACTLY</em>
     *
     * <p>The value of the specified part of the web request must exactly match the value of
     * <code>SearchString</code> .
     *
     * <p><em>STARTS_WITH</em>
     *
     * <p>The value of <code>SearchString</code> must appear at the beginning of the specified part
     * of the web request.
     *
     * <p><em>ENDS_WITH</em>
     *
     * <p>The value of <code>SearchString</code> must appear at the end of the specified part of the
     * web request.
     *
     * <p>Required. Allowed values: {@code EXACTLY}, {@code STARTS_WITH}, {@code ENDS_WITH}, {@code
     * CONTAINS}, {@code CONTAINS_WORD}. CloudFormation property {@code PositionalConstraint}.
     */
    public ByteMatchStatement positionalConstraint(String value) {
      return set("PositionalConstraint", Value.of(value));
    }

    /**
     * Sets {@code PositionalConstraint} to this value; see {@link #positionalConstraint(String)}.
     */
    public ByteMatchStatement positionalConstraint(Value<String> value) {
      return set("PositionalConstraint", value);
    }

    /** CloudFormation property {@code PreParseTextTransformations}. */
    public ByteMatchStatement preParseTextTransformations(List<PreParseTextTransformation> value) {
      return set("PreParseTextTransformations", Value.listOf(value));
    }

    /**
     * Sets {@code PreParseTextTransformations} to this value; see {@link
     * #preParseTextTransformations(List)}.
     */
    public ByteMatchStatement preParseTextTransformations(Value<List<PreParseTextTransformation>> value) {
      return set("PreParseTextTransformations", value);
    }

    /**
     * Sets {@code PreParseTextTransformations} to a list of these; see {@link
     * #preParseTextTransformations(List)}.
     */
    public ByteMatchStatement preParseTextTransformations(PreParseTextTransformation... values) {
      return set("PreParseTextTransformations", Value.list(values));
    }

    /**
     * A string value that you want AWS WAF to search for. AWS WAF searches only in the part of web
     * requests that you designate for inspection in <code>FieldToMatch</code> . The maximum length
     * of the value is 200 bytes. For alphabetic characters A-Z and a-z, the value is case
     * sensitive.
     *
     * <p>Don't encode this string. Provide the value that you want AWS WAF to search for. AWS
     * CloudFormation automatically base64 encodes the value for you.
     *
     * <p>For example, suppose the value of <code>Type</code> is <code>HEADER</code> and the value
     * of <code>Data</code> is <code>User-Agent</code> . If you want to search the
     * <code>User-Agent</code> header for the value <code>BadBot</code> , you provide the string
     * <code>BadBot</code> in the value of <code>SearchString</code> .
     *
     * <p>You must specify either <code>SearchString</code> or <code>SearchStringBase64</code> in a
     * <code>ByteMatchStatement</code> .
     *
     * <p>CloudFormation property {@code SearchString}.
     */
    public ByteMatchStatement searchString(String value) {
      return set("SearchString", Value.of(value));
    }

    /** Sets {@code SearchString} to this value; see {@link #searchString(String)}. */
    public ByteMatchStatement searchString(Value<String> value) {
      return set("SearchString", value);
    }

    /**
     * String to search for in a web request component, base64-encoded. If you don't want to encode
     * the string, specify the unencoded value in <code>SearchString</code> instead.
     *
     * <p>You must specify either <code>SearchString</code> or <code>SearchStringBase64</code> in a
     * <code>ByteMatchStatement</code> .
     *
     * <p>CloudFormation property {@code SearchStringBase64}.
     */
    public ByteMatchStatement searchStringBase64(String value) {
      return set("SearchStringBase64", Value.of(value));
    }

    /** Sets {@code SearchStringBase64} to this value; see {@link #searchStringBase64(String)}. */
    public ByteMatchStatement searchStringBase64(Value<String> value) {
      return set("SearchStringBase64", value);
    }

    /**
     * Text transformations eliminate some of the unusual formatting that attackers use in web
     * requests in an effort to bypass detection. If you specify one or more transformations in a
     * rule statement, AWS WAF performs all transformations on the content of the request component
     * identified by <code>FieldToMatch</code> , starting from the lowest priority setting, before
     * inspecting the content for a match.
     *
     * <p>Required. CloudFormation property {@code TextTransformations}.
     */
    public ByteMatchStatement textTransformations(List<TextTransformation> value) {
      return set("TextTransformations", Value.listOf(value));
    }

    /** Sets {@code TextTransformations} to this value; see {@link #textTransformations(List)}. */
    public ByteMatchStatement textTransformations(Value<List<TextTransformation>> value) {
      return set("TextTransformations", value);
    }

    /**
     * Sets {@code TextTransformations} to a list of these; see {@link #textTransformations(List)}.
     */
    public ByteMatchStatement textTransformations(TextTransformation... values) {
      return set("TextTransformations", Value.list(values));
    }
  }

  /**
   * Checks valid token exists with request.
   *
   * <p>Property type {@code AWS::WAFv2::RuleGroup.Captcha}.
   */
  public static final class Captcha extends Struct<Captcha> {
    private static final Schema SCHEMA = Schema.of("AWS::WAFv2::RuleGroup.Captcha");

    public Captcha() {
      super(SCHEMA);
    }

    /**
     * Custom request handling.
     *
     * <p>CloudFormation property {@code CustomRequestHandling}.
     */
    public Captcha customRequestHandling(Value<CustomRequestHandling> value) {
      return set("CustomRequestHandling", value);
    }
  }

  /**
   * Specifies how AWS WAF should handle <code>CAPTCHA</code> evaluations. This is available at the
   * web ACL level and in each rule.
   *
   * <p>Property type {@code AWS::WAFv2::RuleGroup.CaptchaConfig}.
   */
  public static final class CaptchaConfig extends Struct<CaptchaConfig> {
    private static final Schema SCHEMA = Schema.of("AWS::WAFv2::RuleGroup.CaptchaConfig");

    public CaptchaConfig() {
      super(SCHEMA);
    }

    /**
     * Determines how long a <code>CAPTCHA</code> timestamp in the token remains valid after the
     * client successfully solves a <code>CAPTCHA</code> puzzle.
     *
     * <p>CloudFormation property {@code ImmunityTimeProperty}.
     */
    public CaptchaConfig immunityTimeProperty(Value<ImmunityTimeProperty> value) {
      return set("ImmunityTimeProperty", value);
    }
  }

  /**
   * Checks that the request has a valid token with an unexpired challenge timestamp and, if not,
   * returns a browser challenge to the client.
   *
   * <p>Property type {@code AWS::WAFv2::RuleGroup.Challenge}.
   */
  public static final class Challenge extends Struct<Challenge> {
    private static final Schema SCHEMA = Schema.of("AWS::WAFv2::RuleGroup.Challenge");

    public Challenge() {
      super(SCHEMA);
    }

    /**
     * Custom request handling.
     *
     * <p>CloudFormation property {@code CustomRequestHandling}.
     */
    public Challenge customRequestHandling(Value<CustomRequestHandling> value) {
      return set("CustomRequestHandling", value);
    }
  }

  /**
   * Specifies how AWS WAF should handle <code>Challenge</code> evaluations. This is available at
   * the web ACL level and in each rule.
   *
   * <p>Property type {@code AWS::WAFv2::RuleGroup.ChallengeConfig}.
   */
  public static final class ChallengeConfig extends Struct<ChallengeConfig> {
    private static final Schema SCHEMA = Schema.of("AWS::WAFv2::RuleGroup.ChallengeConfig");

    public ChallengeConfig() {
      super(SCHEMA);
    }

    /**
     * Determines how long a challenge timestamp in the token remains valid after the client
     * successfully responds to a challenge.
     *
     * <p>CloudFormation property {@code ImmunityTimeProperty}.
     */
    public ChallengeConfig immunityTimeProperty(Value<ImmunityTimeProperty> value) {
      return set("ImmunityTimeProperty", value);
    }
  }

  /**
   * The filter to use to identify the subset of cookies to inspect in a web request.
   *
   * <p>You must specify exactly one setting: either <code>All</code> , <code>IncludedCookies</code>
   * , or <code>ExcludedCookies</code> .
   *
   * <p>Example JSON: <code>"MatchPattern": { "IncludedCookies": [ "session-id-time", "session-id" ]
   * }</code>
   *
   * <p>Property type {@code AWS::WAFv2::RuleGroup.CookieMatchPattern}.
   */
  public static final class CookieMatchPattern extends Struct<CookieMatchPattern> {
    private static final Schema SCHEMA = Schema.builder("AWS::WAFv2::RuleGroup.CookieMatchPattern")
        .constrain("All", Constraint.of().format("json"))
        .constrain("ExcludedCookies", Constraint.of().pattern(".*\\S.*").minLength(1).maxLength(60))
        .constrain("IncludedCookies", Constraint.of().pattern(".*\\S.*").minLength(1).maxLength(60))
        .build();

    public CookieMatchPattern() {
      super(SCHEMA);
    }

    /**
     * Inspect all cookies.
     *
     * <p>Format: {@code json}. CloudFormation property {@code All}.
     */
    public CookieMatchPattern all(Value<Json> value) {
      return set("All", value);
    }

    /**
     * Inspect only the cookies whose keys don't match any of the strings specified here.
     *
     * <p>Length: 1 to 60 characters. Pattern: {@code .*&#92;S.*}. CloudFormation property {@code
     * ExcludedCookies}.
     */
    public CookieMatchPattern excludedCookies(List<String> value) {
      return set("ExcludedCookies", Value.listOf(value));
    }

    /** Sets {@code ExcludedCookies} to this value; see {@link #excludedCookies(List)}. */
    public CookieMatchPattern excludedCookies(Value<List<String>> value) {
      return set("ExcludedCookies", value);
    }

    /**
     * Inspect only the cookies that have a key that matches one of the strings specified here.
     *
     * <p>Length: 1 to 60 characters. Pattern: {@code .*&#92;S.*}. CloudFormation property {@code
     * IncludedCookies}.
     */
    public CookieMatchPattern includedCookies(List<String> value) {
      return set("IncludedCookies", Value.listOf(value));
    }

    /** Sets {@code IncludedCookies} to this value; see {@link #includedCookies(List)}. */
    public CookieMatchPattern includedCookies(Value<List<String>> value) {
      return set("IncludedCookies", value);
    }
  }

  /**
   * Inspect the cookies in the web request. You can specify the parts of the cookies to inspect and
   * you can narrow the set of cookies to inspect by including or excluding specific keys.
   *
   * <p>This is used to indicate the web request component to inspect, in the
   * <code>FieldToMatch</code> specification.
   *
   * <p>Example JSON: <code>"Cookies": { "MatchPattern": { "All": {} }, "MatchScope": "KEY",
   * "OversizeHandling": "MATCH" }</code>
   *
   * <p>Property type {@code AWS::WAFv2::RuleGroup.Cookies}.
   */
  public static final class Cookies extends Struct<Cookies> {
    private static final Schema SCHEMA = Schema.builder("AWS::WAFv2::RuleGroup.Cookies")
        .required("MatchPattern", "MatchScope", "OversizeHandling")
        .allowed("MatchScope", "ALL", "KEY", "VALUE")
        .allowed("OversizeHandling", "CONTINUE", "MATCH", "NO_MATCH")
        .build();

    public Cookies() {
      super(SCHEMA);
    }

    /**
     * The filter to use to identify the subset of cookies to inspect in a web request.
     *
     * <p>You must specify exactly one setting: either <code>All</code> ,
     * <code>IncludedCookies</code> , or <code>ExcludedCookies</code> .
     *
     * <p>Example JSON: <code>"MatchPattern": { "IncludedCookies": [ "session-id-time", "session-id"
     * ] }</code>
     *
     * <p>Required. CloudFormation property {@code MatchPattern}.
     */
    public Cookies matchPattern(Value<CookieMatchPattern> value) {
      return set("MatchPattern", value);
    }

    /**
     * The parts of the cookies to inspect with the rule inspection criteria. If you specify
     * <code>ALL</code> , AWS WAF inspects both keys and values.
     *
     * <p><code>All</code> does not require a match to be found in the keys and a match to be found
     * in the values. It requires a match to be found in the keys or the values or both. To require
     * a match in the keys and in the values, use a logical <code>AND</code> statement to combine
     * two match rules, one that inspects the keys and another that inspects the values.
     *
     * <p>Required. Allowed values: {@code ALL}, {@code KEY}, {@code VALUE}. CloudFormation property
     * {@code MatchScope}.
     */
    public Cookies matchScope(String value) {
      return set("MatchScope", Value.of(value));
    }

    /** Sets {@code MatchScope} to this value; see {@link #matchScope(String)}. */
    public Cookies matchScope(Value<String> value) {
      return set("MatchScope", value);
    }

    /**
     * What AWS WAF should do if the cookies of the request are more numerous or larger than AWS WAF
     * can inspect. AWS WAF does not support inspecting the entire contents of request cookies when
     * they exceed 8 KB (8192 bytes) or 200 total cookies. The underlying host service forwards a
     * maximum of 200 cookies and at most 8 KB of cookie contents to AWS WAF .
     *
     * <p>The options for oversize handling are the following:
     *
     * <ul> <li><code>CONTINUE</code> - Inspect the available cookies normally, according to the
     * rule inspection criteria. <li><code>MATCH</code> - Treat the web request as matching the rule
     * statement. AWS WAF applies the rule action to the request. <li><code>NO_MATCH</code> - Treat
     * the web request as not matching the rule statement. </ul>
     *
     * <p>Required. Allowed values: {@code CONTINUE}, {@code MATCH}, {@code NO_MATCH}.
     * CloudFormation property {@code OversizeHandling}.
     */
    public Cookies oversizeHandling(String value) {
      return set("OversizeHandling", Value.of(value));
    }

    /** Sets {@code OversizeHandling} to this value; see {@link #oversizeHandling(String)}. */
    public Cookies oversizeHandling(Value<String> value) {
      return set("OversizeHandling", value);
    }
  }

  /**
   * Count traffic towards application.
   *
   * <p>Property type {@code AWS::WAFv2::RuleGroup.Count}.
   */
  public static final class Count extends Struct<Count> {
    private static final Schema SCHEMA = Schema.of("AWS::WAFv2::RuleGroup.Count");

    public Count() {
      super(SCHEMA);
    }

    /**
     * Custom request handling.
     *
     * <p>CloudFormation property {@code CustomRequestHandling}.
     */
    public Count customRequestHandling(Value<CustomRequestHandling> value) {
      return set("CustomRequestHandling", value);
    }
  }

  /**
   * Configures cryptocurrency payment settings.
   *
   * <p>Property type {@code AWS::WAFv2::RuleGroup.CryptoConfig}.
   */
  public static final class CryptoConfig extends Struct<CryptoConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::WAFv2::RuleGroup.CryptoConfig")
        .required("PaymentNetworks")
        .build();

    public CryptoConfig() {
      super(SCHEMA);
    }

    /**
     * List of payment network configurations.
     *
     * <p>Required. CloudFormation property {@code PaymentNetworks}.
     */
    public CryptoConfig paymentNetworks(List<PaymentNetwork> value) {
      return set("PaymentNetworks", Value.listOf(value));
    }

    /** Sets {@code PaymentNetworks} to this value; see {@link #paymentNetworks(List)}. */
    public CryptoConfig paymentNetworks(Value<List<PaymentNetwork>> value) {
      return set("PaymentNetworks", value);
    }

    /** Sets {@code PaymentNetworks} to a list of these; see {@link #paymentNetworks(List)}. */
    public CryptoConfig paymentNetworks(PaymentNetwork... values) {
      return set("PaymentNetworks", Value.list(values));
    }
  }

  /**
   * A custom header for custom request and response handling. This is used in
   * <code>CustomResponse</code> and <code>CustomRequestHandling</code>
   *
   * <p>Property type {@code AWS::WAFv2::RuleGroup.CustomHTTPHeader}.
   */
  public static final class CustomHTTPHeader extends Struct<CustomHTTPHeader> {
    private static final Schema SCHEMA = Schema.builder("AWS::WAFv2::RuleGroup.CustomHTTPHeader")
        .required("Name", "Value")
        .constrain("Name", Constraint.of().pattern("^[a-zA-Z0-9._$-]+$").minLength(1).maxLength(64))
        .constrain("Value", Constraint.of().minLength(1).maxLength(255))
        .build();

    public CustomHTTPHeader() {
      super(SCHEMA);
    }

    /**
     * The name of the custom header.
     *
     * <p>For custom request header insertion, when AWS WAF inserts the header into the request, it
     * prefixes this name <code>x-amzn-waf-</code> , to avoid confusion with the headers that are
     * already in the request. For example, for the header name <code>sample</code> , AWS WAF
     * inserts the header <code>x-amzn-waf-sample</code> .
     *
     * <p>Required. Length: 1 to 64 characters. Pattern: {@code ^[a-zA-Z0-9._$-]+$}. CloudFormation
     * property {@code Name}.
     */
    public CustomHTTPHeader name(String value) {
      return set("Name", Value.of(value));
    }

    /** Sets {@code Name} to this value; see {@link #name(String)}. */
    public CustomHTTPHeader name(Value<String> value) {
      return set("Name", value);
    }

    /**
     * The value of the custom header.
     *
     * <p>Required. Length: 1 to 255 characters. CloudFormation property {@code Value}.
     */
    public CustomHTTPHeader value(String value) {
      return set("Value", Value.of(value));
    }

    /** Sets {@code Value} to this value; see {@link #value(String)}. */
    public CustomHTTPHeader value(Value<String> value) {
      return set("Value", value);
    }
  }

  /**
   * Custom request handling behavior that inserts custom headers into a web request. You can add
   * custom request handling for AWS WAF to use when the rule action doesn't block the request. For
   * example, <code>CaptchaAction</code> for requests with valid t okens, and
   * <code>AllowAction</code> .
   *
   * <p>For information about customizing web requests and responses, see <a
   * href="https://docs.aws.amazon.com/waf/latest/developerguide/waf-custom-request-response.html">Customizing
   * web requests and responses in AWS WAF</a> in the <em>AWS WAF Developer Guide</em> .
   *
   * <p>Property type {@code AWS::WAFv2::RuleGroup.CustomRequestHandling}.
   */
  public static final class CustomRequestHandling extends Struct<CustomRequestHandling> {
    private static final Schema SCHEMA = Schema.builder("AWS::WAFv2::RuleGroup.CustomRequestHandling")
        .required("InsertHeaders")
        .build();

    public CustomRequestHandling() {
      super(SCHEMA);
    }

    /**
     * The HTTP headers to insert into the request. Duplicate header names are not allowed.
     *
     * <p>For information about the limits on count and size for custom request and response
     * settings, see <a href="https://docs.aws.amazon.com/waf/latest/developerguide/limits.html">AWS
     * WAF quotas</a> in the <em>AWS WAF Developer Guide</em> .
     *
     * <p>Required. CloudFormation property {@code InsertHeaders}.
     */
    public CustomRequestHandling insertHeaders(List<CustomHTTPHeader> value) {
      return set("InsertHeaders", Value.listOf(value));
    }

    /** Sets {@code InsertHeaders} to this value; see {@link #insertHeaders(List)}. */
    public CustomRequestHandling insertHeaders(Value<List<CustomHTTPHeader>> value) {
      return set("InsertHeaders", value);
    }

    /** Sets {@code InsertHeaders} to a list of these; see {@link #insertHeaders(List)}. */
    public CustomRequestHandling insertHeaders(CustomHTTPHeader... values) {
      return set("InsertHeaders", Value.list(values));
    }
  }

  /**
   * A custom response to send to the client. You can define a custom response for rule actions and
   * default web ACL actions that are set to <code>Block</code> .
   *
   * <p>For information about customizing web requests and responses, see <a
   * href="https://docs.aws.amazon.com/waf/latest/developerguide/waf-custom-request-response.html">Customizing
   * web requests and responses in AWS WAF</a> in the <a
   * href="https://docs.aws.amazon.com/waf/latest/developerguide/waf-chapter.html">AWS WAF developer
   * guide</a> .
   *
   * <p>Property type {@code AWS::WAFv2::RuleGroup.CustomResponse}.
   */
  public static final class CustomResponse extends Struct<CustomResponse> {
    private static final Schema SCHEMA = Schema.builder("AWS::WAFv2::RuleGroup.CustomResponse")
        .required("ResponseCode")
        .constrain("CustomResponseBodyKey", Constraint.of().pattern("^[\\w\\-]+$").minLength(1).maxLength(128))
        .constrain("ResponseCode", Constraint.of().minimum(200).maximum(599))
        .build();

    public CustomResponse() {
      super(SCHEMA);
    }

    /**
     * References the response body that you want AWS WAF to return to the web request client. You
     * can define a custom response for a rule action or a default web ACL action that is set to
     * block. To do this, you first define the response body key and value in the
     * <code>CustomResponseBodies</code> setting for the <code>WebACL</code> or
     * <code>RuleGroup</code> where you want to use it. Then, in the rule action or web ACL default
     * action <code>BlockAction</code> setting, you reference the response body using this key.
     *
     * <p>Length: 1 to 128 characters. Pattern: {@code ^[&#92;w&#92;-]+$}. CloudFormation property
     * {@code CustomResponseBodyKey}.
     */
    public CustomResponse customResponseBodyKey(String value) {
      return set("CustomResponseBodyKey", Value.of(value));
    }

    /**
     * Sets {@code CustomResponseBodyKey} to this value; see {@link #customResponseBodyKey(String)}.
     */
    public CustomResponse customResponseBodyKey(Value<String> value) {
      return set("CustomResponseBodyKey", value);
    }

    /**
     * The HTTP status code to return to the client.
     *
     * <p>For a list of status codes that you can use in your custom responses, see <a
     * href="https://docs.aws.amazon.com/waf/latest/developerguide/customizing-the-response-status-codes.html">Supported
     * status codes for custom response</a> in the <em>AWS WAF Developer Guide</em> .
     *
     * <p>Required. Range: 200 to 599. CloudFormation property {@code ResponseCode}.
     */
    public CustomResponse responseCode(int value) {
      return set("ResponseCode", Value.of(value));
    }

    /** Sets {@code ResponseCode} to this value; see {@link #responseCode(int)}. */
    public CustomResponse responseCode(Value<Integer> value) {
      return set("ResponseCode", value);
    }

    /**
     * The HTTP headers to use in the response. You can specify any header name except for
     * <code>content-type</code> . Duplicate header names are not allowed.
     *
     * <p>For information about the limits on count and size for custom request and response
     * settings, see <a href="https://docs.aws.amazon.com/waf/latest/developerguide/limits.html">AWS
     * WAF quotas</a> in the <em>AWS WAF Developer Guide</em> .
     *
     * <p>CloudFormation property {@code ResponseHeaders}.
     */
    public CustomResponse responseHeaders(List<CustomHTTPHeader> value) {
      return set("ResponseHeaders", Value.listOf(value));
    }

    /** Sets {@code ResponseHeaders} to this value; see {@link #responseHeaders(List)}. */
    public CustomResponse responseHeaders(Value<List<CustomHTTPHeader>> value) {
      return set("ResponseHeaders", value);
    }

    /** Sets {@code ResponseHeaders} to a list of these; see {@link #responseHeaders(List)}. */
    public CustomResponse responseHeaders(CustomHTTPHeader... values) {
      return set("ResponseHeaders", Value.list(values));
    }
  }

  /**
   * The response body to use in a custom response to a web request. This is referenced by key from
   * <code>CustomResponse</code> <code>CustomResponseBodyKey</code> .
   *
   * <p>Property type {@code AWS::WAFv2::RuleGroup.CustomResponseBody}.
   */
  public static final class CustomResponseBody extends Struct<CustomResponseBody> {
    private static final Schema SCHEMA = Schema.builder("AWS::WAFv2::RuleGroup.CustomResponseBody")
        .required("Content", "ContentType")
        .allowed("ContentType", "TEXT_PLAIN", "TEXT_HTML", "APPLICATION_JSON")
        .build();

    public CustomResponseBody() {
      super(SCHEMA);
    }

    /**
     * The payload of the custom response.
     *
     * <p>You can use JSON escape strings in JSON content. To do this, you must specify JSON content
     * in the <code>ContentType</code> setting.
     *
     * <p>For information about the limits on count and size for custom request and response
     * settings, see <a href="https://docs.aws.amazon.com/waf/latest/developerguide/limits.html">AWS
     * WAF quotas</a> in the <em>AWS WAF Developer Guide</em> .
     *
     * <p>Required. CloudFormation property {@code Content}.
     */
    public CustomResponseBody content(String value) {
      return set("Content", Value.of(value));
    }

    /** Sets {@code Content} to this value; see {@link #content(String)}. */
    public CustomResponseBody content(Value<String> value) {
      return set("Content", value);
    }

    /**
     * The type of content in the payload that you are defining in the <code>Content</code> string.
     *
     * <p>Required. Allowed values: {@code TEXT_PLAIN}, {@code TEXT_HTML}, {@code APPLICATION_JSON}.
     * CloudFormation property {@code ContentType}.
     */
    public CustomResponseBody contentType(String value) {
      return set("ContentType", Value.of(value));
    }

    /** Sets {@code ContentType} to this value; see {@link #contentType(String)}. */
    public CustomResponseBody contentType(Value<String> value) {
      return set("ContentType", value);
    }
  }

  /**
   * Specifies a web request component to be used in a rule match statement or in a logging
   * configuration.
   *
   * <ul> <li>In a rule statement, this is the part of the web request that you want AWS WAF to
   * inspect. Include the single <code>FieldToMatch</code> type that you want to inspect, with
   * additional specifications as needed, according to the type. You specify a single request
   * component in <code>FieldToMatch</code> for each rule statement that requires it. To inspect
   * more than one component of the web request, create a separate rule statement for each
   * component. </ul>
   *
   * <p>Example JSON for a <code>QueryString</code> field to match:
   *
   * <p><code>"FieldToMatch": { "QueryString": {} }</code>
   *
   * <p>Example JSON for a <code>Method</code> field to match specification:
   *
   * <p><code>"FieldToMatch": { "Method": { "Name": "DELETE" } }</code>
   *
   * <ul> <li>In a logging configuration, this is used in the <code>RedactedFields</code> property
   * to specify a field to redact from the logging records. For this use case, note the following:
   * </ul>
   *
   * <ul> <li>Even though all <code>FieldToMatch</code> settings are available, the only valid
   * settings for field redaction are <code>UriPath</code> , <code>QueryString</code> ,
   * <code>SingleHeader</code> , and <code>Method</code> . <li>In this documentation, the
   * descriptions of the individual fields talk about specifying the web request component to
   * inspect, but for field redaction, you are specifying the component type to redact from the
   * logs. <li>If you have request sampling enabled, the redacted fields configuration for logging
   * has no impact on sampling. You can only exclude fields from request sampling by disabling
   * sampling in the web ACL visibility configuration or by configuring data protection for the web
   * ACL. </ul>
   *
   * <p>Property type {@code AWS::WAFv2::RuleGroup.FieldToMatch}.
   */
  public static final class FieldToMatch extends Struct<FieldToMatch> {
    private static final Schema SCHEMA = Schema.builder("AWS::WAFv2::RuleGroup.FieldToMatch")
        .constrain("AllQueryArguments", Constraint.of().format("json"))
        .constrain("Method", Constraint.of().format("json"))
        .constrain("QueryString", Constraint.of().format("json"))
        .constrain("UriPath", Constraint.of().format("json"))
        .build();

    public FieldToMatch() {
      super(SCHEMA);
    }

    /**
     * Inspect all query arguments.
     *
     * <p>Format: {@code json}. CloudFormation property {@code AllQueryArguments}.
     */
    public FieldToMatch allQueryArguments(Value<Json> value) {
      return set("AllQueryArguments", value);
    }

    /**
     * Inspect the request body as plain text. The request body immediately follows the request
     * headers. This is the part of a request that contains any additional data that you want to
     * send to your web server as the HTTP request body, such as data from a form.
     *
     * <p>AWS WAF does not support inspecting the entire contents of the web request body if the
     * body exceeds the limit for the resource type. When a web request body is larger than the
     * limit, the underlying host service only forwards the contents that are within the limit to
     * AWS WAF for inspection.
     *
     * <ul> <li>For Application Load Balancer and AWS AppSync , the limit is fixed at 8 KB (8,192
     * bytes). <li>For CloudFront, API Gateway, Amazon Cognito, App Runner, and Verified Access, the
     * default limit is 16 KB (16,384 bytes), and you can increase the limit for each resource type
     * in the web ACL <code>AssociationConfig</code> , for additional processing fees. <li>For AWS
     * Amplify , use the CloudFront limit. </ul>
     *
     * <p>For information about how to handle oversized request bodies, see the <code>Body</code>
     * object configuration.
     *
     * <p>CloudFormation property {@code Body}.
     */
    public FieldToMatch body(Value<Body> value) {
      return set("Body", value);
    }

    /**
     * Inspect the request cookies. You must configure scope and pattern matching filters in the
     * <code>Cookies</code> object, to define the set of cookies and the parts of the cookies that
     * AWS WAF inspects.
     *
     * <p>Only the first 8 KB (8192 bytes) of a request's cookies and only the first 200 cookies are
     * forwarded to AWS WAF for inspection by the underlying host service. You must configure how to
     * handle any oversize cookie content in the <code>Cookies</code> object. AWS WAF applies the
     * pattern matching filters to the cookies that it receives from the underlying host service.
     *
     * <p>CloudFormation property {@code Cookies}.
     */
    public FieldToMatch cookies(Value<Cookies> value) {
      return set("Cookies", value);
    }

    /**
     * The string containing the list of a web request's header names, ordered as they appear in the
     * web request, separated by colons.
     *
     * <p>CloudFormation property {@code HeaderOrder}.
     */
    public FieldToMatch headerOrder(Value<HeaderOrder> value) {
      return set("HeaderOrder", value);
    }

    /**
     * Inspect the request headers. You must configure scope and pattern matching filters in the
     * <code>Headers</code> object, to define the set of headers to and the parts of the headers
     * that AWS WAF inspects.
     *
     * <p>Only the first 8 KB (8192 bytes) of a request's headers and only the first 200 headers are
     * forwarded to AWS WAF for inspection by the underlying host service. You must configure how to
     * handle any oversize header content in the <code>Headers</code> object. AWS WAF applies the
     * pattern matching filters to the headers that it receives from the underlying host service.
     *
     * <p>CloudFormation property {@code Headers}.
     */
    public FieldToMatch headers(Value<Headers> value) {
      return set("Headers", value);
    }

    /**
     * Available for use with Amazon CloudFront distributions and Application Load Balancers. Match
     * against the request's JA3 fingerprint. The JA3 fingerprint is a 32-character hash derived
     * from the TLS Client Hello of an incoming request. This fingerprint serves as a unique
     * identifier for the client's TLS configuration. AWS WAF calculates and logs this fingerprint
     * for each request that has enough TLS Client Hello information for the calculation. Almost all
     * web requests include this information.
     *
     * <p>You can use this choice only with a string match <code>ByteMatchStatement</code> with the
     * <code>PositionalConstraint</code> set to <code>EXACTLY</code> .
     *
     * <p>You can obtain the JA3 fingerprint for client requests from the web ACL logs. If AWS WAF
     * is able to calculate the fingerprint, it includes it in the logs. For information about the
     * logging fields, see <a
     * href="https://docs.aws.amazon.com/waf/latest/developerguide/logging-fields.html">Log
     * fields</a> in the <em>AWS WAF Developer Guide</em> .
     *
     * <p>Provide the JA3 fingerprint string from the logs in your string match statement
     * specification, to match with any future requests that have the same TLS configuration.
     *
     * <p>CloudFormation property {@code JA3Fingerprint}.
     */
    public FieldToMatch ja3Fingerprint(Value<JA3Fingerprint> value) {
      return set("JA3Fingerprint", value);
    }

    /**
     * Available for use with Amazon CloudFront distributions and Application Load Balancers. Match
     * against the request's JA4 fingerprint. The JA4 fingerprint is a 36-character hash derived
     * from the TLS Client Hello of an incoming request. This fingerprint serves as a unique
     * identifier for the client's TLS configuration. AWS WAF calculates and logs this fingerprint
     * for each request that has enough TLS Client Hello information for the calculation. Almost all
     * web requests include this information.
     *
     * <p>You can use this choice only with a string match <code>ByteMatchStatement</code> with the
     * <code>PositionalConstraint</code> set to <code>EXACTLY</code> .
     *
     * <p>You can obtain the JA4 fingerprint for client requests from the web ACL logs. If AWS WAF
     * is able to calculate the fingerprint, it includes it in the logs. For information about the
     * logging fields, see <a
     * href="https://docs.aws.amazon.com/waf/latest/developerguide/logging-fields.html">Log
     * fields</a> in the <em>AWS WAF Developer Guide</em> .
     *
     * <p>Provide the JA4 fingerprint string from the logs in your string match statement
     * specification, to match with any future requests that have the same TLS configuration.
     *
     * <p>CloudFormation property {@code JA4Fingerprint}.
     */
    public FieldToMatch ja4Fingerprint(Value<JA4Fingerprint> value) {
      return set("JA4Fingerprint", value);
    }

    /**
     * Inspect the request body as JSON. The request body immediately follows the request headers.
     * This is the part of a request that contains any additional data that you want to send to your
     * web server as the HTTP request body, such as data from a form.
     *
     * <p>AWS WAF does not support inspecting the entire contents of the web request body if the
     * body exceeds the limit for the resource type. When a web request body is larger than the
     * limit, the underlying host service only forwards the contents that are within the limit to
     * AWS WAF for inspection.
     *
     * <ul> <li>For Application Load Balancer and AWS AppSync , the limit is fixed at 8 KB (8,192
     * bytes). <li>For CloudFront, API Gateway, Amazon Cognito, App Runner, and Verified Access, the
     * default limit is 16 KB (16,384 bytes), and you can increase the limit for each resource type
     * in the web ACL <code>AssociationConfig</code> , for additional processing fees. <li>For AWS
     * Amplify , use the CloudFront limit. </ul>
     *
     * <p>For information about how to handle oversized request bodies, see the
     * <code>JsonBody</code> object configuration.
     *
     * <p>CloudFormation property {@code JsonBody}.
     */
    public FieldToMatch jsonBody(Value<JsonBody> value) {
      return set("JsonBody", value);
    }

    /**
     * Inspect the HTTP method. The method indicates the type of operation that the request is
     * asking the origin to perform.
     *
     * <p>Format: {@code json}. CloudFormation property {@code Method}.
     */
    public FieldToMatch method(Value<Json> value) {
      return set("Method", value);
    }

    /**
     * Inspect the query string. This is the part of a URL that appears after a <code>?</code>
     * character, if any.
     *
     * <p>Format: {@code json}. CloudFormation property {@code QueryString}.
     */
    public FieldToMatch queryString(Value<Json> value) {
      return set("QueryString", value);
    }

    /**
     * Inspect a single header. Provide the name of the header to inspect, for example,
     * <code>User-Agent</code> or <code>Referer</code> . This setting isn't case sensitive.
     *
     * <p>Example JSON: <code>"SingleHeader": { "Name": "haystack" }</code>
     *
     * <p>Alternately, you can filter and inspect all headers with the <code>Headers</code>
     * <code>FieldToMatch</code> setting.
     *
     * <p>CloudFormation property {@code SingleHeader}.
     */
    public FieldToMatch singleHeader(Value<SingleHeader> value) {
      return set("SingleHeader", value);
    }

    /**
     * Inspect a single query argument. Provide the name of the query argument to inspect, such as
     * <em>UserName</em> or <em>SalesRegion</em> . The name can be up to 30 characters long and
     * isn't case sensitive.
     *
     * <p>Example JSON: <code>"SingleQueryArgument": { "Name": "myArgument" }</code>
     *
     * <p>CloudFormation property {@code SingleQueryArgument}.
     */
    public FieldToMatch singleQueryArgument(Value<SingleQueryArgument> value) {
      return set("SingleQueryArgument", value);
    }

    /**
     * Inspect fragments of the request URI. You must configure scope and pattern matching filters
     * in the <code>UriFragment</code> object, to define the fragment of a URI that AWS WAF
     * inspects.
     *
     * <p>Only the first 8 KB (8192 bytes) of a request's URI fragments and only the first 200 URI
     * fragments are forwarded to AWS WAF for inspection by the underlying host service. You must
     * configure how to handle any oversize URI fragment content in the <code>UriFragment</code>
     * object. AWS WAF applies the pattern matching filters to the cookies that it receives from the
     * underlying host service.
     *
     * <p>CloudFormation property {@code UriFragment}.
     */
    public FieldToMatch uriFragment(Value<UriFragment> value) {
      return set("UriFragment", value);
    }

    /**
     * Inspect the request URI path. This is the part of the web request that identifies a resource,
     * for example, <code>/images/daily-ad.jpg</code> .
     *
     * <p>Format: {@code json}. CloudFormation property {@code UriPath}.
     */
    public FieldToMatch uriPath(Value<Json> value) {
      return set("UriPath", value);
    }
  }

  /**
   * The configuration for inspecting IP addresses in an HTTP header that you specify, instead of
   * using the IP address that's reported by the web request origin. Commonly, this is the
   * X-Forwarded-For (XFF) header, but you can specify any header name.
   *
   * <p>If the specified header isn't present in the request, AWS WAF doesn't apply the rule to the
   * web request at all.
   *
   * <p>This configuration is used for <code>GeoMatchStatement</code> ,
   * <code>AsnMatchStatement</code> , and <code>RateBasedStatement</code> . For
   * <code>IPSetReferenceStatement</code> , use <code>IPSetForwardedIPConfig</code> instead.
   *
   * <p>AWS WAF only evaluates the first IP address found in the specified HTTP header.
   *
   * <p>Property type {@code AWS::WAFv2::RuleGroup.ForwardedIPConfiguration}.
   */
  public static final class ForwardedIPConfiguration extends Struct<ForwardedIPConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::WAFv2::RuleGroup.ForwardedIPConfiguration")
        .required("FallbackBehavior", "HeaderName")
        .allowed("FallbackBehavior", "MATCH", "NO_MATCH")
        .constrain("HeaderName", Constraint.of().pattern("^[a-zA-Z0-9-]{1,255}$"))
        .build();

    public ForwardedIPConfiguration() {
      super(SCHEMA);
    }

    /**
     * The match status to assign to the web request if the request doesn't have a valid IP address
     * in the specified position.
     *
     * <p>If the specified header isn't present in the request, AWS WAF doesn't apply the rule to
     * the web request at all.
     *
     * <p>You can specify the following fallback behaviors:
     *
     * <ul> <li><code>MATCH</code> - Treat the web request as matching the rule statement. AWS WAF
     * applies the rule action to the request. <li><code>NO_MATCH</code> - Treat the web request as
     * not matching the rule statement. </ul>
     *
     * <p>Required. Allowed values: {@code MATCH}, {@code NO_MATCH}. CloudFormation property {@code
     * FallbackBehavior}.
     */
    public ForwardedIPConfiguration fallbackBehavior(String value) {
      return set("FallbackBehavior", Value.of(value));
    }

    /** Sets {@code FallbackBehavior} to this value; see {@link #fallbackBehavior(String)}. */
    public ForwardedIPConfiguration fallbackBehavior(Value<String> value) {
      return set("FallbackBehavior", value);
    }

    /**
     * The name of the HTTP header to use for the IP address. For example, to use the
     * X-Forwarded-For (XFF) header, set this to <code>X-Forwarded-For</code> .
     *
     * <p>If the specified header isn't present in the request, AWS WAF doesn't apply the rule to
     * the web request at all.
     *
     * <p>Required. Pattern: {@code ^[a-zA-Z0-9-]{1,255}$}. CloudFormation property {@code
     * HeaderName}.
     */
    public ForwardedIPConfiguration headerName(String value) {
      return set("HeaderName", Value.of(value));
    }

    /** Sets {@code HeaderName} to this value; see {@link #headerName(String)}. */
    public ForwardedIPConfiguration headerName(Value<String> value) {
      return set("HeaderName", value);
    }
  }

  /**
   * A rule statement that labels web requests by country and region and that matches against web
   * requests based on country code. A geo match rule labels every request that it inspects
   * regardless of whether it finds a match.
   *
   * <ul> <li>To manage requests only by country, you can use this statement by itself and specify
   * the countries that you want to match against in the <code>CountryCodes</code> array.
   * <li>Otherwise, configure your geo match rule with Count action so that it only labels requests.
   * Then, add one or more label match rules to run after the geo match rule and configure them to
   * match against the geographic labels and handle the requests as needed. </ul>
   *
   * <p>AWS WAF labels requests using the alpha-2 country and region codes from the International
   * Organization for Standardization (ISO) 3166 standard. AWS WAF determines the codes using either
   * the IP address in the web request origin or, if you specify it, the address in the geo match
   * <code>ForwardedIPConfig</code> .
   *
   * <p>If you use the web request origin, the label formats are
   * <code>awswaf:clientip:geo:region:&lt;ISO country code&gt;-&lt;ISO region code&gt;</code> and
   * <code>awswaf:clientip:geo:country:&lt;ISO country code&gt;</code> .
   *
   * <p>If you use a forwarded IP address, the label formats are
   * <code>awswaf:forwardedip:geo:region:&lt;ISO country code&gt;-&lt;ISO region code&gt;</code> and
   * <code>awswaf:forwardedip:geo:country:&lt;ISO country code&gt;</code> .
   *
   * <p>For additional details, see <a
   * href="https://docs.aws.amazon.com/waf/latest/developerguide/waf-rule-statement-type-geo-match.html">Geographic
   * match rule statement</a> in the <a
   * href="https://docs.aws.amazon.com/waf/latest/developerguide/waf-chapter.html">AWS WAF Developer
   * Guide</a> .
   *
   * <p>Property type {@code AWS::WAFv2::RuleGroup.GeoMatchStatement}.
   */
  public static final class GeoMatchStatement extends Struct<GeoMatchStatement> {
    private static final Schema SCHEMA = Schema.builder("AWS::WAFv2::RuleGroup.GeoMatchStatement")
        .allowed("CountryCodes", "AD", "AE", "AF", "AG", "AI", "AL", "AM", "AO", "AQ", "AR", "AS",
            "AT", "AU", "AW", "AX", "AZ", "BA", "BB", "BD", "BE", "BF", "BG", "BH", "BI", "BJ",
            "BL", "BM", "BN", "BO", "BQ", "BR", "BS", "BT", "BV", "BW", "BY", "BZ", "CA", "CC",
            "CD", "CF", "CG", "CH", "CI", "CK", "CL", "CM", "CN", "CO", "CR", "CU", "CV", "CW",
            "CX", "CY", "CZ", "DE", "DJ", "DK", "DM", "DO", "DZ", "EC", "EE", "EG", "EH", "ER",
            "ES", "ET", "FI", "FJ", "FK", "FM", "FO", "FR", "GA", "GB", "GD", "GE", "GF", "GG",
            "GH", "GI", "GL", "GM", "GN", "GP", "GQ", "GR", "GS", "GT", "GU", "GW", "GY", "HK",
            "HM", "HN", "HR", "HT", "HU", "ID", "IE", "IL", "IM", "IN", "IO", "IQ", "IR", "IS",
            "IT", "JE", "JM", "JO", "JP", "KE", "KG", "KH", "KI", "KM", "KN", "KP", "KR", "KW",
            "KY", "KZ", "LA", "LB", "LC", "LI", "LK", "LR", "LS", "LT", "LU", "LV", "LY", "MA",
            "MC", "MD", "ME", "MF", "MG", "MH", "MK", "ML", "MM", "MN", "MO", "MP", "MQ", "MR",
            "MS", "MT", "MU", "MV", "MW", "MX", "MY", "MZ", "NA", "NC", "NE", "NF", "NG", "NI",
            "NL", "NO", "NP", "NR", "NU", "NZ", "OM", "PA", "PE", "PF", "PG", "PH", "PK", "PL",
            "PM", "PN", "PR", "PS", "PT", "PW", "PY", "QA", "RE", "RO", "RS", "RU", "RW", "SA",
            "SB", "SC", "SD", "SE", "SG", "SH", "SI", "SJ", "SK", "SL", "SM", "SN", "SO", "SR",
            "SS", "ST", "SV", "SX", "SY", "SZ", "TC", "TD", "TF", "TG", "TH", "TJ", "TK", "TL",
            "TM", "TN", "TO", "TR", "TT", "TV", "TW", "TZ", "UA", "UG", "UM", "US", "UY", "UZ",
            "VA", "VC", "VE", "VG", "VI", "VN", "VU", "WF", "WS", "XK", "YE", "YT", "ZA", "ZM",
            "ZW")
        .constrain("CountryCodes", Constraint.of().minLength(1).maxLength(2))
        .build();

    public GeoMatchStatement() {
      super(SCHEMA);
    }

    /**
     * An array of two-character country codes that you want to match against, for example, <code>[
     * "US", "CN" ]</code> , from the alpha-2 country ISO codes of the ISO 3166 international
     * standard.
     *
     * <p>When you use a geo match statement just for the region and country labels that it adds to
     * requests, you still have to supply a country code for the rule to evaluate. In this case, you
     * configure the rule to only count matching requests, but it will still generate logging and
     * count metrics for any matches. You can reduce the logging and metrics that the rule produces
     * by specifying a country that's unlikely to be a source of traffic to your site.
     *
     * <p>Allowed values: {@code AD}, {@code AE}, {@code AF}, {@code AG}, {@code AI}, {@code AL},
     * {@code AM}, {@code AO}, {@code AQ}, {@code AR}, {@code AS}, {@code AT}, {@code AU}, {@code
     * AW}, {@code AX}, {@code AZ}, {@code BA}, {@code BB}, {@code BD}, {@code BE}, {@code BF},
     * {@code BG}, {@code BH}, {@code BI}, {@code BJ}, {@code BL}, {@code BM}, {@code BN}, {@code
     * BO}, {@code BQ}, {@code BR}, {@code BS}, {@code BT}, {@code BV}, {@code BW}, {@code BY},
     * {@code BZ}, {@code CA}, {@code CC}, {@code CD}, {@code CF}, {@code CG}, {@code CH}, {@code
     * CI}, {@code CK}, {@code CL}, {@code CM}, {@code CN}, {@code CO}, {@code CR}, {@code CU},
     * {@code CV}, {@code CW}, {@code CX}, {@code CY}, {@code CZ}, {@code DE}, {@code DJ}, {@code
     * DK}, {@code DM}, {@code DO}, {@code DZ}, {@code EC}, {@code EE}, {@code EG}, {@code EH},
     * {@code ER}, {@code ES}, {@code ET}, {@code FI}, {@code FJ}, {@code FK}, {@code FM}, {@code
     * FO}, {@code FR}, {@code GA}, {@code GB}, {@code GD}, {@code GE}, {@code GF}, {@code GG},
     * {@code GH}, {@code GI}, {@code GL}, {@code GM}, {@code GN}, {@code GP}, {@code GQ}, {@code
     * GR}, {@code GS}, {@code GT}, {@code GU}, {@code GW}, {@code GY}, {@code HK}, {@code HM},
     * {@code HN}, {@code HR}, {@code HT}, {@code HU}, {@code ID}, {@code IE}, {@code IL}, {@code
     * IM}, {@code IN}, {@code IO}, {@code IQ}, {@code IR}, {@code IS}, {@code IT}, {@code JE},
     * {@code JM}, {@code JO}, {@code JP}, {@code KE}, {@code KG}, {@code KH}, {@code KI}, {@code
     * KM}, {@code KN}, {@code KP}, {@code KR}, {@code KW}, {@code KY}, {@code KZ}, {@code LA},
     * {@code LB}, {@code LC}, {@code LI}, {@code LK}, {@code LR}, {@code LS}, {@code LT}, {@code
     * LU}, {@code LV}, {@code LY}, {@code MA}, {@code MC}, {@code MD}, {@code ME}, {@code MF},
     * {@code MG}, {@code MH}, {@code MK}, {@code ML}, {@code MM}, {@code MN}, {@code MO}, {@code
     * MP}, {@code MQ}, {@code MR}, {@code MS}, {@code MT}, {@code MU}, {@code MV}, {@code MW},
     * {@code MX}, {@code MY}, {@code MZ}, {@code NA}, {@code NC}, {@code NE}, {@code NF}, {@code
     * NG}, {@code NI}, {@code NL}, {@code NO}, {@code NP}, {@code NR}, {@code NU}, {@code NZ},
     * {@code OM}, {@code PA}, {@code PE}, {@code PF}, {@code PG}, {@code PH}, {@code PK}, {@code
     * PL}, {@code PM}, {@code PN}, {@code PR}, {@code PS}, {@code PT}, {@code PW}, {@code PY},
     * {@code QA}, {@code RE}, {@code RO}, {@code RS}, {@code RU}, {@code RW}, {@code SA}, {@code
     * SB}, {@code SC}, {@code SD}, {@code SE}, {@code SG}, {@code SH}, {@code SI}, {@code SJ},
     * {@code SK}, {@code SL}, {@code SM}, {@code SN}, {@code SO}, {@code SR}, {@code SS}, {@code
     * ST}, {@code SV}, {@code SX}, {@code SY}, {@code SZ}, {@code TC}, {@code TD}, {@code TF},
     * {@code TG}, {@code TH}, {@code TJ}, {@code TK}, {@code TL}, {@code TM}, {@code TN}, {@code
     * TO}, {@code TR}, {@code TT}, {@code TV}, {@code TW}, {@code TZ}, {@code UA}, {@code UG},
     * {@code UM}, {@code US}, {@code UY}, {@code UZ}, {@code VA}, {@code VC}, {@code VE}, {@code
     * VG}, {@code VI}, {@code VN}, {@code VU}, {@code WF}, {@code WS}, {@code XK}, {@code YE},
     * {@code YT}, {@code ZA}, {@code ZM}, {@code ZW}. Length: 1 to 2 characters. CloudFormation
     * property {@code CountryCodes}.
     */
    public GeoMatchStatement countryCodes(List<String> value) {
      return set("CountryCodes", Value.listOf(value));
    }

    /** Sets {@code CountryCodes} to this value; see {@link #countryCodes(List)}. */
    public GeoMatchStatement countryCodes(Value<List<String>> value) {
      return set("CountryCodes", value);
    }

    /**
     * The configuration for inspecting IP addresses in an HTTP header that you specify, instead of
     * using the IP address that's reported by the web request origin. Commonly, this is the
     * X-Forwarded-For (XFF) header, but you can specify any header name.
     *
     * <p>If the specified header isn't present in the request, AWS WAF doesn't apply the rule to
     * the web request at all.
     *
     * <p>CloudFormation property {@code ForwardedIPConfig}.
     */
    public GeoMatchStatement forwardedIPConfig(Value<ForwardedIPConfiguration> value) {
      return set("ForwardedIPConfig", value);
    }
  }

  /**
   * The filter to use to identify the subset of headers to inspect in a web request.
   *
   * <p>You must specify exactly one setting: either <code>All</code> , <code>IncludedHeaders</code>
   * , or <code>ExcludedHeaders</code> .
   *
   * <p>Example JSON: <code>"MatchPattern": { "ExcludedHeaders": [ "KeyToExclude1", "KeyToExclude2"
   * ] }</code>
   *
   * <p>Property type {@code AWS::WAFv2::RuleGroup.HeaderMatchPattern}.
   */
  public static final class HeaderMatchPattern extends Struct<HeaderMatchPattern> {
    private static final Schema SCHEMA = Schema.builder("AWS::WAFv2::RuleGroup.HeaderMatchPattern")
        .constrain("All", Constraint.of().format("json"))
        .constrain("ExcludedHeaders", Constraint.of().pattern(".*\\S.*").minLength(1).maxLength(64))
        .constrain("IncludedHeaders", Constraint.of().pattern(".*\\S.*").minLength(1).maxLength(64))
        .build();

    public HeaderMatchPattern() {
      super(SCHEMA);
    }

    /**
     * Inspect all headers.
     *
     * <p>Format: {@code json}. CloudFormation property {@code All}.
     */
    public HeaderMatchPattern all(Value<Json> value) {
      return set("All", value);
    }

    /**
     * Inspect only the headers whose keys don't match any of the strings specified here.
     *
     * <p>Length: 1 to 64 characters. Pattern: {@code .*&#92;S.*}. CloudFormation property {@code
     * ExcludedHeaders}.
     */
    public HeaderMatchPattern excludedHeaders(List<String> value) {
      return set("ExcludedHeaders", Value.listOf(value));
    }

    /** Sets {@code ExcludedHeaders} to this value; see {@link #excludedHeaders(List)}. */
    public HeaderMatchPattern excludedHeaders(Value<List<String>> value) {
      return set("ExcludedHeaders", value);
    }

    /**
     * Inspect only the headers that have a key that matches one of the strings specified here.
     *
     * <p>Length: 1 to 64 characters. Pattern: {@code .*&#92;S.*}. CloudFormation property {@code
     * IncludedHeaders}.
     */
    public HeaderMatchPattern includedHeaders(List<String> value) {
      return set("IncludedHeaders", Value.listOf(value));
    }

    /** Sets {@code IncludedHeaders} to this value; see {@link #includedHeaders(List)}. */
    public HeaderMatchPattern includedHeaders(Value<List<String>> value) {
      return set("IncludedHeaders", value);
    }
  }

  /**
   * The string containing the list of a web request's header names, ordered as they appear in the
   * web request, separated by colons.
   *
   * <p>Property type {@code AWS::WAFv2::RuleGroup.HeaderOrder}.
   */
  public static final class HeaderOrder extends Struct<HeaderOrder> {
    private static final Schema SCHEMA = Schema.builder("AWS::WAFv2::RuleGroup.HeaderOrder")
        .required("OversizeHandling")
        .allowed("OversizeHandling", "CONTINUE", "MATCH", "NO_MATCH")
        .build();

    public HeaderOrder() {
      super(SCHEMA);
    }

    /**
     * Handling of requests containing oversize fields
     *
     * <p>Required. Allowed values: {@code CONTINUE}, {@code MATCH}, {@code NO_MATCH}.
     * CloudFormation property {@code OversizeHandling}.
     */
    public HeaderOrder oversizeHandling(String value) {
      return set("OversizeHandling", Value.of(value));
    }

    /** Sets {@code OversizeHandling} to this value; see {@link #oversizeHandling(String)}. */
    public HeaderOrder oversizeHandling(Value<String> value) {
      return set("OversizeHandling", value);
    }
  }

  /**
   * Inspect all headers in the web request. You can specify the parts of the headers to inspect and
   * you can narrow the set of headers to inspect by including or excluding specific keys.
   *
   * <p>This is used to indicate the web request component to inspect, in the
   * <code>FieldToMatch</code> specification.
   *
   * <p>If you want to inspect just the value of a single header, use the <code>SingleHeader</code>
   * <code>FieldToMatch</code> setting instead.
   *
   * <p>Example JSON: <code>"Headers": { "MatchPattern": { "All": {} }, "MatchScope": "KEY",
   * "OversizeHandling": "MATCH" }</code>
   *
   * <p>Property type {@code AWS::WAFv2::RuleGroup.Headers}.
   */
  public static final class Headers extends Struct<Headers> {
    private static final Schema SCHEMA = Schema.builder("AWS::WAFv2::RuleGroup.Headers")
        .required("MatchPattern", "MatchScope", "OversizeHandling")
        .allowed("MatchScope", "ALL", "KEY", "VALUE")
        .allowed("OversizeHandling", "CONTINUE", "MATCH", "NO_MATCH")
        .build();

    public Headers() {
      super(SCHEMA);
    }

    /**
     * The filter to use to identify the subset of headers to inspect in a web request.
     *
     * <p>You must specify exactly one setting: either <code>All</code> ,
     * <code>IncludedHeaders</code> , or <code>ExcludedHeaders</code> .
     *
     * <p>Example JSON: <code>"MatchPattern": { "ExcludedHeaders": [ "KeyToExclude1",
     * "KeyToExclude2" ] }</code>
     *
     * <p>Required. CloudFormation property {@code MatchPattern}.
     */
    public Headers matchPattern(Value<HeaderMatchPattern> value) {
      return set("MatchPattern", value);
    }

    /**
     * The parts of the headers to match with the rule inspection criteria. If you specify
     * <code>ALL</code> , AWS WAF inspects both keys and values.
     *
     * <p><code>All</code> does not require a match to be found in the keys and a match to be found
     * in the values. It requires a match to be found in the keys or the values or both. To require
     * a match in the keys and in the values, use a logical <code>AND</code> statement to combine
     * two match rules, one that inspects the keys and another that inspects the values.
     *
     * <p>Required. Allowed values: {@code ALL}, {@code KEY}, {@code VALUE}. CloudFormation property
     * {@code MatchScope}.
     */
    public Headers matchScope(String value) {
      return set("MatchScope", Value.of(value));
    }

    /** Sets {@code MatchScope} to this value; see {@link #matchScope(String)}. */
    public Headers matchScope(Value<String> value) {
      return set("MatchScope", value);
    }

    /**
     * What AWS WAF should do if the headers determined by your match scope are more numerous or
     * larger than AWS WAF can inspect. AWS WAF does not support inspecting the entire contents of
     * request headers when they exceed 8 KB (8192 bytes) or 200 total headers. The underlying host
     * service forwards a maximum of 200 headers and at most 8 KB of header contents to AWS WAF .
     *
     * <p>The options for oversize handling are the following:
     *
     * <ul> <li><code>CONTINUE</code> - Inspect the available headers normally, according to the
     * rule inspection criteria. <li><code>MATCH</code> - Treat the web request as matching the rule
     * statement. AWS WAF applies the rule action to the request. <li><code>NO_MATCH</code> - Treat
     * the web request as not matching the rule statement. </ul>
     *
     * <p>Required. Allowed values: {@code CONTINUE}, {@code MATCH}, {@code NO_MATCH}.
     * CloudFormation property {@code OversizeHandling}.
     */
    public Headers oversizeHandling(String value) {
      return set("OversizeHandling", Value.of(value));
    }

    /** Sets {@code OversizeHandling} to this value; see {@link #oversizeHandling(String)}. */
    public Headers oversizeHandling(Value<String> value) {
      return set("OversizeHandling", value);
    }
  }

  /**
   * The configuration for inspecting IP addresses in an HTTP header that you specify, instead of
   * using the IP address that's reported by the web request origin. Commonly, this is the
   * X-Forwarded-For (XFF) header, but you can specify any header name.
   *
   * <p>If the specified header isn't present in the request, AWS WAF doesn't apply the rule to the
   * web request at all.
   *
   * <p>This configuration is used only for <code>IPSetReferenceStatement</code> . For
   * <code>GeoMatchStatement</code> and <code>RateBasedStatement</code> , use
   * <code>ForwardedIPConfig</code> instead.
   *
   * <p>Property type {@code AWS::WAFv2::RuleGroup.IPSetForwardedIPConfiguration}.
   */
  public static final class IPSetForwardedIPConfiguration extends Struct<IPSetForwardedIPConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::WAFv2::RuleGroup.IPSetForwardedIPConfiguration")
        .required("FallbackBehavior", "HeaderName", "Position")
        .allowed("FallbackBehavior", "MATCH", "NO_MATCH")
        .constrain("HeaderName", Constraint.of().pattern("^[a-zA-Z0-9-]{1,255}$"))
        .allowed("Position", "FIRST", "LAST", "ANY")
        .build();

    public IPSetForwardedIPConfiguration() {
      super(SCHEMA);
    }

    /**
     * The match status to assign to the web request if the request doesn't have a valid IP address
     * in the specified position.
     *
     * <p>If the specified header isn't present in the request, AWS WAF doesn't apply the rule to
     * the web request at all.
     *
     * <p>You can specify the following fallback behaviors:
     *
     * <ul> <li><code>MATCH</code> - Treat the web request as matching the rule statement. AWS WAF
     * applies the rule action to the request. <li><code>NO_MATCH</code> - Treat the web request as
     * not matching the rule statement. </ul>
     *
     * <p>Required. Allowed values: {@code MATCH}, {@code NO_MATCH}. CloudFormation property {@code
     * FallbackBehavior}.
     */
    public IPSetForwardedIPConfiguration fallbackBehavior(String value) {
      return set("FallbackBehavior", Value.of(value));
    }

    /** Sets {@code FallbackBehavior} to this value; see {@link #fallbackBehavior(String)}. */
    public IPSetForwardedIPConfiguration fallbackBehavior(Value<String> value) {
      return set("FallbackBehavior", value);
    }

    /**
     * The name of the HTTP header to use for the IP address. For example, to use the
     * X-Forwarded-For (XFF) header, set this to <code>X-Forwarded-For</code> .
     *
     * <p>If the specified header isn't present in the request, AWS WAF doesn't apply the rule to
     * the web request at all.
     *
     * <p>Required. Pattern: {@code ^[a-zA-Z0-9-]{1,255}$}. CloudFormation property {@code
     * HeaderName}.
     */
    public IPSetForwardedIPConfiguration headerName(String value) {
      return set("HeaderName", Value.of(value));
    }

    /** Sets {@code HeaderName} to this value; see {@link #headerName(String)}. */
    public IPSetForwardedIPConfiguration headerName(Value<String> value) {
      return set("HeaderName", value);
    }

    /**
     * The position in the header to search for the IP address. The header can contain IP addresses
     * of the original client and also of proxies. For example, the header value could be
     * <code>10.1.1.1, 127.0.0.0, 10.10.10.10</code> where the first IP address identifies the
     * original client and the rest identify proxies that the request went through.
     *
     * <p>The options for this setting are the following:
     *
     * <ul> <li>FIRST - Inspect the first IP address in the list of IP addresses in the header. This
     * is usually the client's original IP. <li>LAST - Inspect the last IP address in the list of IP
     * addresses in the header. <li>ANY - Inspect all IP addresses in the header for a match. If the
     * header contains more than 10 IP addresses, AWS WAF inspects the last 10. </ul>
     *
     * <p>Required. Allowed values: {@code FIRST}, {@code LAST}, {@code ANY}. CloudFormation
     * property {@code Position}.
     */
    public IPSetForwardedIPConfiguration position(String value) {
      return set("Position", Value.of(value));
    }

    /** Sets {@code Position} to this value; see {@link #position(String)}. */
    public IPSetForwardedIPConfiguration position(Value<String> value) {
      return set("Position", value);
    }
  }

  /**
   * A rule statement used to detect web requests coming from particular IP addresses or address
   * ranges. To use this, create an <code>IPSet</code> that specifies the addresses you want to
   * detect, then use the ARN of that set in this statement.
   *
   * <p>Each IP set rule statement references an IP set. You create and maintain the set independent
   * of your rules. This allows you to use the single set in multiple rules. When you update the
   * referenced set, AWS WAF automatically updates all rules that reference it.
   *
   * <p>Property type {@code AWS::WAFv2::RuleGroup.IPSetReferenceStatement}.
   */
  public static final class IPSetReferenceStatement extends Struct<IPSetReferenceStatement> {
    private static final Schema SCHEMA = Schema.builder("AWS::WAFv2::RuleGroup.IPSetReferenceStatement")
        .required("Arn")
        .constrain("Arn", Constraint.of().pattern("\\S").minLength(20).maxLength(2048))
        .build();

    public IPSetReferenceStatement() {
      super(SCHEMA);
    }

    /**
     * The Amazon Resource Name (ARN) of the <code>IPSet</code> that this statement references.
     *
     * <p>Required. Length: 20 to 2048 characters. Pattern: {@code &#92;S}. CloudFormation property
     * {@code Arn}.
     */
    public IPSetReferenceStatement arn(String value) {
      return set("Arn", Value.of(value));
    }

    /** Sets {@code Arn} to this value; see {@link #arn(String)}. */
    public IPSetReferenceStatement arn(Value<String> value) {
      return set("Arn", value);
    }

    /**
     * The configuration for inspecting IP addresses in an HTTP header that you specify, instead of
     * using the IP address that's reported by the web request origin. Commonly, this is the
     * X-Forwarded-For (XFF) header, but you can specify any header name.
     *
     * <p>If the specified header isn't present in the request, AWS WAF doesn't apply the rule to
     * the web request at all.
     *
     * <p>CloudFormation property {@code IPSetForwardedIPConfig}.
     */
    public IPSetReferenceStatement ipSetForwardedIPConfig(Value<IPSetForwardedIPConfiguration> value) {
      return set("IPSetForwardedIPConfig", value);
    }
  }

  /**
   * Used for CAPTCHA and challenge token settings. Determines how long a <code>CAPTCHA</code> or
   * challenge timestamp remains valid after AWS WAF updates it for a successful
   * <code>CAPTCHA</code> or challenge response.
   *
   * <p>Property type {@code AWS::WAFv2::RuleGroup.ImmunityTimeProperty}.
   */
  public static final class ImmunityTimeProperty extends Struct<ImmunityTimeProperty> {
    private static final Schema SCHEMA = Schema.builder("AWS::WAFv2::RuleGroup.ImmunityTimeProperty")
        .required("ImmunityTime")
        .constrain("ImmunityTime", Constraint.of().minimum(60).maximum(259200))
        .build();

    public ImmunityTimeProperty() {
      super(SCHEMA);
    }

    /**
     * The amount of time, in seconds, that a <code>CAPTCHA</code> or challenge timestamp is
     * considered valid by AWS WAF . The default setting is 300.
     *
     * <p>For the Challenge action, the minimum setting is 300.
     *
     * <p>Required. Range: 60 to 259200. CloudFormation property {@code ImmunityTime}.
     */
    public ImmunityTimeProperty immunityTime(int value) {
      return set("ImmunityTime", Value.of(value));
    }

    /** Sets {@code ImmunityTime} to this value; see {@link #immunityTime(int)}. */
    public ImmunityTimeProperty immunityTime(Value<Integer> value) {
      return set("ImmunityTime", value);
    }
  }

  /**
   * Available for use with Amazon CloudFront distributions and Application Load Balancers. Match
   * against the request's JA3 fingerprint. The JA3 fingerprint is a 32-character hash derived from
   * the TLS Client Hello of an incoming request. This fingerprint serves as a unique identifier for
   * the client's TLS configuration. AWS WAF calculates and logs this fingerprint for each request
   * that has enough TLS Client Hello information for the calculation. Almost all web requests
   * include this information.
   *
   * <p>You can use this choice only with a string match <code>ByteMatchStatement</code> with the
   * <code>PositionalConstraint</code> set to <code>EXACTLY</code> .
   *
   * <p>You can obtain the JA3 fingerprint for client requests from the web ACL logs. If AWS WAF is
   * able to calculate the fingerprint, it includes it in the logs. For information about the
   * logging fields, see <a
   * href="https://docs.aws.amazon.com/waf/latest/developerguide/logging-fields.html">Log fields</a>
   * in the <em>AWS WAF Developer Guide</em> .
   *
   * <p>Provide the JA3 fingerprint string from the logs in your string match statement
   * specification, to match with any future requests that have the same TLS configuration.
   *
   * <p>Property type {@code AWS::WAFv2::RuleGroup.JA3Fingerprint}.
   */
  public static final class JA3Fingerprint extends Struct<JA3Fingerprint> {
    private static final Schema SCHEMA = Schema.builder("AWS::WAFv2::RuleGroup.JA3Fingerprint")
        .required("FallbackBehavior")
        .allowed("FallbackBehavior", "MATCH", "NO_MATCH")
        .build();

    public JA3Fingerprint() {
      super(SCHEMA);
    }

    /**
     * The match status to assign to the web request if the request doesn't have a JA3 fingerprint.
     *
     * <p>You can specify the following fallback behaviors:
     *
     * <ul> <li><code>MATCH</code> - Treat the web request as matching the rule statement. AWS WAF
     * applies the rule action to the request. <li><code>NO_MATCH</code> - Treat the web request as
     * not matching the rule statement. </ul>
     *
     * <p>Required. Allowed values: {@code MATCH}, {@code NO_MATCH}. CloudFormation property {@code
     * FallbackBehavior}.
     */
    public JA3Fingerprint fallbackBehavior(String value) {
      return set("FallbackBehavior", Value.of(value));
    }

    /** Sets {@code FallbackBehavior} to this value; see {@link #fallbackBehavior(String)}. */
    public JA3Fingerprint fallbackBehavior(Value<String> value) {
      return set("FallbackBehavior", value);
    }
  }

  /**
   * Available for use with Amazon CloudFront distributions and Application Load Balancers. Match
   * against the request's JA4 fingerprint. The JA4 fingerprint is a 36-character hash derived from
   * the TLS Client Hello of an incoming request. This fingerprint serves as a unique identifier for
   * the client's TLS configuration. AWS WAF calculates and logs this fingerprint for each request
   * that has enough TLS Client Hello information for the calculation. Almost all web requests
   * include this information.
   *
   * <p>You can use this choice only with a string match <code>ByteMatchStatement</code> with the
   * <code>PositionalConstraint</code> set to <code>EXACTLY</code> .
   *
   * <p>You can obtain the JA4 fingerprint for client requests from the web ACL logs. If AWS WAF is
   * able to calculate the fingerprint, it includes it in the logs. For information about the
   * logging fields, see <a
   * href="https://docs.aws.amazon.com/waf/latest/developerguide/logging-fields.html">Log fields</a>
   * in the <em>AWS WAF Developer Guide</em> .
   *
   * <p>Provide the JA4 fingerprint string from the logs in your string match statement
   * specification, to match with any future requests that have the same TLS configuration.
   *
   * <p>Property type {@code AWS::WAFv2::RuleGroup.JA4Fingerprint}.
   */
  public static final class JA4Fingerprint extends Struct<JA4Fingerprint> {
    private static final Schema SCHEMA = Schema.builder("AWS::WAFv2::RuleGroup.JA4Fingerprint")
        .required("FallbackBehavior")
        .allowed("FallbackBehavior", "MATCH", "NO_MATCH")
        .build();

    public JA4Fingerprint() {
      super(SCHEMA);
    }

    /**
     * The match status to assign to the web request if the request doesn't have a JA4 fingerprint.
     *
     * <p>You can specify the following fallback behaviors:
     *
     * <ul> <li><code>MATCH</code> - Treat the web request as matching the rule statement. AWS WAF
     * applies the rule action to the request. <li><code>NO_MATCH</code> - Treat the web request as
     * not matching the rule statement. </ul>
     *
     * <p>Required. Allowed values: {@code MATCH}, {@code NO_MATCH}. CloudFormation property {@code
     * FallbackBehavior}.
     */
    public JA4Fingerprint fallbackBehavior(String value) {
      return set("FallbackBehavior", Value.of(value));
    }

    /** Sets {@code FallbackBehavior} to this value; see {@link #fallbackBehavior(String)}. */
    public JA4Fingerprint fallbackBehavior(Value<String> value) {
      return set("FallbackBehavior", value);
    }
  }

  /**
   * Inspect the body of the web request as JSON. The body immediately follows the request headers.
   *
   * <p>This is used to indicate the web request component to inspect, in the
   * <code>FieldToMatch</code> specification.
   *
   * <p>Use the specifications in this object to indicate which parts of the JSON body to inspect
   * using the rule's inspection criteria. AWS WAF inspects only the parts of the JSON that result
   * from the matches that you indicate.
   *
   * <p>Example JSON: <code>"JsonBody": { "MatchPattern": { "All": {} }, "MatchScope": "ALL"
   * }</code>
   *
   * <p>For additional information about this request component option, see <a
   * href="https://docs.aws.amazon.com/waf/latest/developerguide/waf-rule-statement-fields-list.html#waf-rule-statement-request-component-json-body">JSON
   * body</a> in the <em>AWS WAF Developer Guide</em> .
   *
   * <p>Property type {@code AWS::WAFv2::RuleGroup.JsonBody}.
   */
  public static final class JsonBody extends Struct<JsonBody> {
    private static final Schema SCHEMA = Schema.builder("AWS::WAFv2::RuleGroup.JsonBody")
        .required("MatchPattern", "MatchScope")
        .allowed("InvalidFallbackBehavior", "MATCH", "NO_MATCH", "EVALUATE_AS_STRING")
        .allowed("MatchScope", "ALL", "KEY", "VALUE")
        .allowed("OversizeHandling", "CONTINUE", "MATCH", "NO_MATCH")
        .build();

    public JsonBody() {
      super(SCHEMA);
    }

    /**
     * What AWS WAF should do if it fails to completely parse the JSON body. The options are the
     * following:
     *
     * <ul> <li><code>EVALUATE_AS_STRING</code> - Inspect the body as plain text. AWS WAF applies
     * the text transformations and inspection criteria that you defined for the JSON inspection to
     * the body text string. <li><code>MATCH</code> - Treat the web request as matching the rule
     * statement. AWS WAF applies the rule action to the request. <li><code>NO_MATCH</code> - Treat
     * the web request as not matching the rule statement. </ul>
     *
     * <p>If you don't provide this setting, AWS WAF parses and evaluates the content only up to the
     * first parsing failure that it encounters.
     *
     * <p>AWS WAF parsing doesn't fully validate the input JSON string, so parsing can succeed even
     * for invalid JSON. When parsing succeeds, AWS WAF doesn't apply the fallback behavior. For
     * more information, see <a
     * href="https://docs.aws.amazon.com/waf/latest/developerguide/waf-rule-statement-fields-list.html#waf-rule-statement-request-component-json-body">JSON
     * body</a> in the <em>AWS WAF Developer Guide</em> .
     *
     * <p>Allowed values: {@code MATCH}, {@code NO_MATCH}, {@code EVALUATE_AS_STRING}.
     * CloudFormation property {@code InvalidFallbackBehavior}.
     */
    public JsonBody invalidFallbackBehavior(String value) {
      return set("InvalidFallbackBehavior", Value.of(value));
    }

    /**
     * Sets {@code InvalidFallbackBehavior} to this value; see {@link
     * #invalidFallbackBehavior(String)}.
     */
    public JsonBody invalidFallbackBehavior(Value<String> value) {
      return set("InvalidFallbackBehavior", value);
    }

    /**
     * The patterns to look for in the JSON body. AWS WAF inspects the results of these pattern
     * matches against the rule inspection criteria.
     *
     * <p>Required. CloudFormation property {@code MatchPattern}.
     */
    public JsonBody matchPattern(Value<JsonMatchPattern> value) {
      return set("MatchPattern", value);
    }

    /**
     * The parts of the JSON to match against using the <code>MatchPattern</code> . If you specify
     * <code>ALL</code> , AWS WAF matches against keys and values.
     *
     * <p><code>All</code> does not require a match to be found in the keys and a match to be found
     * in the values. It requires a match to be found in the keys or the values or both. To require
     * a match in the keys and in the values, use a logical <code>AND</code> statement to combine
     * two match rules, one that inspects the keys and another that inspects the values.
     *
     * <p>Required. Allowed values: {@code ALL}, {@code KEY}, {@code VALUE}. CloudFormation property
     * {@code MatchScope}.
     */
    public JsonBody matchScope(String value) {
      return set("MatchScope", Value.of(value));
    }

    /** Sets {@code MatchScope} to this value; see {@link #matchScope(String)}. */
    public JsonBody matchScope(Value<String> value) {
      return set("MatchScope", value);
    }

    /**
     * What AWS WAF should do if the body is larger than AWS WAF can inspect.
     *
     * <p>AWS WAF does not support inspecting the entire contents of the web request body if the
     * body exceeds the limit for the resource type. When a web request body is larger than the
     * limit, the underlying host service only forwards the contents that are within the limit to
     * AWS WAF for inspection.
     *
     * <ul> <li>For Application Load Balancer and AWS AppSync , the limit is fixed at 8 KB (8,192
     * bytes). <li>For CloudFront, API Gateway, Amazon Cognito, App Runner, and Verified Access, the
     * default limit is 16 KB (16,384 bytes), and you can increase the limit for each resource type
     * in the web ACL <code>AssociationConfig</code> , for additional processing fees. <li>For AWS
     * Amplify , use the CloudFront limit. </ul>
     *
     * <p>The options for oversize handling are the following:
     *
     * <ul> <li><code>CONTINUE</code> - Inspect the available body contents normally, according to
     * the rule inspection criteria. <li><code>MATCH</code> - Treat the web request as matching the
     * rule statement. AWS WAF applies the rule action to the request. <li><code>NO_MATCH</code> -
     * Treat the web request as not matching the rule statement. </ul>
     *
     * <p>You can combine the <code>MATCH</code> or <code>NO_MATCH</code> settings for oversize
     * handling with your rule and web ACL action settings, so that you block any request whose body
     * is over the limit.
     *
     * <p>Default: <code>CONTINUE</code>
     *
     * <p>Allowed values: {@code CONTINUE}, {@code MATCH}, {@code NO_MATCH}. CloudFormation property
     * {@code OversizeHandling}.
     */
    public JsonBody oversizeHandling(String value) {
      return set("OversizeHandling", Value.of(value));
    }

    /** Sets {@code OversizeHandling} to this value; see {@link #oversizeHandling(String)}. */
    public JsonBody oversizeHandling(Value<String> value) {
      return set("OversizeHandling", value);
    }
  }

  /**
   * The patterns to look for in the JSON body. AWS WAF inspects the results of these pattern
   * matches against the rule inspection criteria. This is used with the <code>FieldToMatch</code>
   * option <code>JsonBody</code> .
   *
   * <p>Property type {@code AWS::WAFv2::RuleGroup.JsonMatchPattern}.
   */
  public static final class JsonMatchPattern extends Struct<JsonMatchPattern> {
    private static final Schema SCHEMA = Schema.builder("AWS::WAFv2::RuleGroup.JsonMatchPattern")
        .constrain("All", Constraint.of().format("json"))
        .constrain("IncludedPaths", Constraint.of().pattern("^[\\/]+([^~]*(~[01])*){1,512}$"))
        .build();

    public JsonMatchPattern() {
      super(SCHEMA);
    }

    /**
     * Match all of the elements. See also <code>MatchScope</code> in the <code>JsonBody</code>
     * <code>FieldToMatch</code> specification.
     *
     * <p>You must specify either this setting or the <code>IncludedPaths</code> setting, but not
     * both.
     *
     * <p>Format: {@code json}. CloudFormation property {@code All}.
     */
    public JsonMatchPattern all(Value<Json> value) {
      return set("All", value);
    }

    /**
     * Match only the specified include paths. See also <code>MatchScope</code> in the
     * <code>JsonBody</code> <code>FieldToMatch</code> specification.
     *
     * <p>Provide the include paths using JSON Pointer syntax. For example, <code>"IncludedPaths":
     * ["/dogs/0/name", "/dogs/1/name"]</code> . For information about this syntax, see the Internet
     * Engineering Task Force (IETF) documentation <a
     * href="https://docs.aws.amazon.com/https://tools.ietf.org/html/rfc6901">JavaScript Object
     * Notation (JSON) Pointer</a> .
     *
     * <p>You must specify either this setting or the <code>All</code> setting, but not both.
     *
     * <p>Don't use this option to include all paths. Instead, use the <code>All</code> setting.
     *
     * <p>Pattern: {@code ^[&#92;/]+([^~]*(~[01])*){1,512}$}. CloudFormation property {@code
     * IncludedPaths}.
     */
    public JsonMatchPattern includedPaths(List<String> value) {
      return set("IncludedPaths", Value.listOf(value));
    }

    /** Sets {@code IncludedPaths} to this value; see {@link #includedPaths(List)}. */
    public JsonMatchPattern includedPaths(Value<List<String>> value) {
      return set("IncludedPaths", value);
    }
  }

  /**
   * A single label container. This is used as an element of a label array in
   * <code>RuleLabels</code> inside a rule.
   *
   * <p>Property type {@code AWS::WAFv2::RuleGroup.Label}.
   */
  public static final class Label extends Struct<Label> {
    private static final Schema SCHEMA = Schema.builder("AWS::WAFv2::RuleGroup.Label")
        .required("Name")
        .constrain("Name", Constraint.of().pattern("^[0-9A-Za-z_:-]{1,1024}$"))
        .build();

    public Label() {
      super(SCHEMA);
    }

    /**
     * The label string.
     *
     * <p>Required. Pattern: {@code ^[0-9A-Za-z_:-]{1,1024}$}. CloudFormation property {@code Name}.
     */
    public Label name(String value) {
      return set("Name", Value.of(value));
    }

    /** Sets {@code Name} to this value; see {@link #name(String)}. */
    public Label name(Value<String> value) {
      return set("Name", value);
    }
  }

  /**
   * A rule statement to match against labels that have been added to the web request by rules that
   * have already run in the web ACL.
   *
   * <p>The label match statement provides the label or namespace string to search for. The label
   * string can represent a part or all of the fully qualified label name that had been added to the
   * web request. Fully qualified labels have a prefix, optional namespaces, and label name. The
   * prefix identifies the rule group or web ACL context of the rule that added the label. If you do
   * not provide the fully qualified name in your label match string, AWS WAF performs the search
   * for labels that were added in the same context as the label match statement.
   *
   * <p>Property type {@code AWS::WAFv2::RuleGroup.LabelMatchStatement}.
   */
  public static final class LabelMatchStatement extends Struct<LabelMatchStatement> {
    private static final Schema SCHEMA = Schema.builder("AWS::WAFv2::RuleGroup.LabelMatchStatement")
        .required("Key", "Scope")
        .constrain("Key", Constraint.of().pattern("^[0-9A-Za-z_:-]{1,1024}$"))
        .allowed("Scope", "LABEL", "NAMESPACE")
        .build();

    public LabelMatchStatement() {
      super(SCHEMA);
    }

    /**
     * The string to match against. The setting you provide for this depends on the match
     * statement's <code>Scope</code> setting:
     *
     * <ul> <li>If the <code>Scope</code> indicates <code>LABEL</code> , then this specification
     * must include the name and can include any number of preceding namespace specifications and
     * prefix up to providing the fully qualified label name. <li>If the <code>Scope</code>
     * indicates <code>NAMESPACE</code> , then this specification can include any number of
     * contiguous namespace strings, and can include the entire label namespace prefix from the rule
     * group or web ACL where the label originates. </ul>
     *
     * <p>Labels are case sensitive and components of a label must be separated by colon, for
     * example <code>NS1:NS2:name</code> .
     *
     * <p>Required. Pattern: {@code ^[0-9A-Za-z_:-]{1,1024}$}. CloudFormation property {@code Key}.
     */
    public LabelMatchStatement key(String value) {
      return set("Key", Value.of(value));
    }

    /** Sets {@code Key} to this value; see {@link #key(String)}. */
    public LabelMatchStatement key(Value<String> value) {
      return set("Key", value);
    }

    /**
     * Specify whether you want to match using the label name or just the namespace.
     *
     * <p>Required. Allowed values: {@code LABEL}, {@code NAMESPACE}. CloudFormation property {@code
     * Scope}.
     */
    public LabelMatchStatement scope(String value) {
      return set("Scope", Value.of(value));
    }

    /** Sets {@code Scope} to this value; see {@link #scope(String)}. */
    public LabelMatchStatement scope(Value<String> value) {
      return set("Scope", value);
    }
  }

  /**
   * List of labels used by one or more of the rules of a <code>RuleGroup</code> . This summary
   * object is used for the following rule group lists:
   *
   * <ul> <li><code>AvailableLabels</code> - Labels that rules add to matching requests. These
   * labels are defined in the <code>RuleLabels</code> for a rule. <li><code>ConsumedLabels</code> -
   * Labels that rules match against. These labels are defined in a <code>LabelMatchStatement</code>
   * specification, in the <code>Statement</code> definition of a rule. </ul>
   *
   * <p>Property type {@code AWS::WAFv2::RuleGroup.LabelSummary}.
   */
  public static final class LabelSummary extends Struct<LabelSummary> {
    private static final Schema SCHEMA = Schema.builder("AWS::WAFv2::RuleGroup.LabelSummary")
        .constrain("Name", Constraint.of().pattern("^[0-9A-Za-z_:-]{1,1024}$"))
        .build();

    public LabelSummary() {
      super(SCHEMA);
    }

    /**
     * An individual label specification.
     *
     * <p>Pattern: {@code ^[0-9A-Za-z_:-]{1,1024}$}. CloudFormation property {@code Name}.
     */
    public LabelSummary name(String value) {
      return set("Name", Value.of(value));
    }

    /** Sets {@code Name} to this value; see {@link #name(String)}. */
    public LabelSummary name(Value<String> value) {
      return set("Name", value);
    }
  }

  /**
   * Configures monetization for the web ACL or rule group.
   *
   * <p>Property type {@code AWS::WAFv2::RuleGroup.MonetizationConfig}.
   */
  public static final class MonetizationConfig extends Struct<MonetizationConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::WAFv2::RuleGroup.MonetizationConfig")
        .allowed("CurrencyMode", "REAL", "TEST")
        .build();

    public MonetizationConfig() {
      super(SCHEMA);
    }

    /**
     * Configures cryptocurrency payment settings.
     *
     * <p>CloudFormation property {@code CryptoConfig}.
     */
    public MonetizationConfig cryptoConfig(Value<CryptoConfig> value) {
      return set("CryptoConfig", value);
    }

    /**
     * The currency mode for monetization. Use REAL for production payments and TEST for testing
     * with testnet currencies.
     *
     * <p>Allowed values: {@code REAL}, {@code TEST}. CloudFormation property {@code CurrencyMode}.
     */
    public MonetizationConfig currencyMode(String value) {
      return set("CurrencyMode", Value.of(value));
    }

    /** Sets {@code CurrencyMode} to this value; see {@link #currencyMode(String)}. */
    public MonetizationConfig currencyMode(Value<String> value) {
      return set("CurrencyMode", value);
    }
  }

  /**
   * Monetize action for rules.
   *
   * <p>Property type {@code AWS::WAFv2::RuleGroup.MonetizeAction}.
   */
  public static final class MonetizeAction extends Struct<MonetizeAction> {
    private static final Schema SCHEMA = Schema.builder("AWS::WAFv2::RuleGroup.MonetizeAction")
        .constrain("PriceMultiplier", Constraint.of().pattern("^([1-9][0-9]?|100)$").minLength(1).maxLength(3))
        .build();

    public MonetizeAction() {
      super(SCHEMA);
    }

    /**
     * The price multiplier for the monetize action.
     *
     * <p>Length: 1 to 3 characters. Pattern: {@code ^([1-9][0-9]?|100)$}. CloudFormation property
     * {@code PriceMultiplier}.
     */
    public MonetizeAction priceMultiplier(String value) {
      return set("PriceMultiplier", Value.of(value));
    }

    /** Sets {@code PriceMultiplier} to this value; see {@link #priceMultiplier(String)}. */
    public MonetizeAction priceMultiplier(Value<String> value) {
      return set("PriceMultiplier", value);
    }
  }

  /**
   * A logical rule statement used to negate the results of another rule statement. You provide one
   * <code>Statement</code> within the <code>NotStatement</code> .
   *
   * <p>Property type {@code AWS::WAFv2::RuleGroup.NotStatement}.
   */
  public static final class NotStatement extends Struct<NotStatement> {
    private static final Schema SCHEMA = Schema.builder("AWS::WAFv2::RuleGroup.NotStatement")
        .required("Statement")
        .build();

    public NotStatement() {
      super(SCHEMA);
    }

    /**
     * The statement to negate. You can use any statement that can be nested.
     *
     * <p>Required. CloudFormation property {@code Statement}.
     */
    public NotStatement statement(Value<Statement> value) {
      return set("Statement", value);
    }
  }

  /**
   * A logical rule statement used to combine other rule statements with OR logic. You provide more
   * than one <code>Statement</code> within the <code>OrStatement</code> .
   *
   * <p>Property type {@code AWS::WAFv2::RuleGroup.OrStatement}.
   */
  public static final class OrStatement extends Struct<OrStatement> {
    private static final Schema SCHEMA = Schema.builder("AWS::WAFv2::RuleGroup.OrStatement")
        .required("Statements")
        .build();

    public OrStatement() {
      super(SCHEMA);
    }

    /**
     * The statements to combine with OR logic. You can use any statements that can be nested.
     *
     * <p>Required. CloudFormation property {@code Statements}.
     */
    public OrStatement statements(List<Statement> value) {
      return set("Statements", Value.listOf(value));
    }

    /** Sets {@code Statements} to this value; see {@link #statements(List)}. */
    public OrStatement statements(Value<List<Statement>> value) {
      return set("Statements", value);
    }

    /** Sets {@code Statements} to a list of these; see {@link #statements(List)}. */
    public OrStatement statements(Statement... values) {
      return set("Statements", Value.list(values));
    }
  }

  /**
   * Configuration for a single payment network.
   *
   * <p>Property type {@code AWS::WAFv2::RuleGroup.PaymentNetwork}.
   */
  public static final class PaymentNetwork extends Struct<PaymentNetwork> {
    private static final Schema SCHEMA = Schema.builder("AWS::WAFv2::RuleGroup.PaymentNetwork")
        .required("Chain", "Prices", "WalletAddress")
        .allowed("Chain", "BASE", "SOLANA", "BASE_SEPOLIA", "SOLANA_DEVNET")
        .constrain("WalletAddress", Constraint.of().pattern(".*\\S.*").minLength(26).maxLength(44))
        .build();

    public PaymentNetwork() {
      super(SCHEMA);
    }

    /**
     * The blockchain chain to use.
     *
     * <p>Required. Allowed values: {@code BASE}, {@code SOLANA}, {@code BASE_SEPOLIA}, {@code
     * SOLANA_DEVNET}. CloudFormation property {@code Chain}.
     */
    public PaymentNetwork chain(String value) {
      return set("Chain", Value.of(value));
    }

    /** Sets {@code Chain} to this value; see {@link #chain(String)}. */
    public PaymentNetwork chain(Value<String> value) {
      return set("Chain", value);
    }

    /**
     * List of price configurations.
     *
     * <p>Required. CloudFormation property {@code Prices}.
     */
    public PaymentNetwork prices(List<Price> value) {
      return set("Prices", Value.listOf(value));
    }

    /** Sets {@code Prices} to this value; see {@link #prices(List)}. */
    public PaymentNetwork prices(Value<List<Price>> value) {
      return set("Prices", value);
    }

    /** Sets {@code Prices} to a list of these; see {@link #prices(List)}. */
    public PaymentNetwork prices(Price... values) {
      return set("Prices", Value.list(values));
    }

    /**
     * The wallet address for receiving payments.
     *
     * <p>Required. Length: 26 to 44 characters. Pattern: {@code .*&#92;S.*}. CloudFormation
     * property {@code WalletAddress}.
     */
    public PaymentNetwork walletAddress(String value) {
      return set("WalletAddress", Value.of(value));
    }

    /** Sets {@code WalletAddress} to this value; see {@link #walletAddress(String)}. */
    public PaymentNetwork walletAddress(Value<String> value) {
      return set("WalletAddress", value);
    }
  }

  /**
   * Text Transformation applied before parsing the query string.
   *
   * <p>Property type {@code AWS::WAFv2::RuleGroup.PreParseTextTransformation}.
   */
  public static final class PreParseTextTransformation extends Struct<PreParseTextTransformation> {
    private static final Schema SCHEMA = Schema.builder("AWS::WAFv2::RuleGroup.PreParseTextTransformation")
        .required("Priority", "Type")
        .constrain("Priority", Constraint.of().minimum(0))
        .allowed("Type", "NONE", "URL_DECODE", "URL_DECODE_UNI",
            "COMBINE_DUPLICATE_QUERY_ARGS_BY_COMMA", "REPLACE_SEMICOLONS_WITH_AMPERSANDS")
        .build();

    public PreParseTextTransformation() {
      super(SCHEMA);
    }

    /**
     * Priority of PreParseTextTransformation being applied.
     *
     * <p>Required. Range: at least 0. CloudFormation property {@code Priority}.
     */
    public PreParseTextTransformation priority(int value) {
      return set("Priority", Value.of(value));
    }

    /** Sets {@code Priority} to this value; see {@link #priority(int)}. */
    public PreParseTextTransformation priority(Value<Integer> value) {
      return set("Priority", value);
    }

    /**
     * Type of pre-parse text transformation.
     *
     * <p>Required. Allowed values: {@code NONE}, {@code URL_DECODE}, {@code URL_DECODE_UNI}, {@code
     * COMBINE_DUPLICATE_QUERY_ARGS_BY_COMMA}, {@code REPLACE_SEMICOLONS_WITH_AMPERSANDS}.
     * CloudFormation property {@code Type}.
     */
    public PreParseTextTransformation type(String value) {
      return set("Type", Value.of(value));
    }

    /** Sets {@code Type} to this value; see {@link #type(String)}. */
    public PreParseTextTransformation type(Value<String> value) {
      return set("Type", value);
    }
  }

  /**
   * A price configuration.
   *
   * <p>Property type {@code AWS::WAFv2::RuleGroup.Price}.
   */
  public static final class Price extends Struct<Price> {
    private static final Schema SCHEMA = Schema.builder("AWS::WAFv2::RuleGroup.Price")
        .required("Amount", "Currency")
        .constrain("Amount", Constraint.of().pattern("^([1-9][0-9]*(\\.[0-9]{1,3})?|0\\.([1-9][0-9]{0,2}|0[1-9][0-9]?|00[1-9]))$").minLength(1).maxLength(13))
        .allowed("Currency", "USDC")
        .build();

    public Price() {
      super(SCHEMA);
    }

    /**
     * The price amount.
     *
     * <p>Required. Length: 1 to 13 characters. Pattern: {@code
     * ^([1-9][0-9]*(&#92;.[0-9]{1,3})?|0&#92;.([1-9][0-9]{0,2}|0[1-9][0-9]?|00[1-9]))$}.
     * CloudFormation property {@code Amount}.
     */
    public Price amount(String value) {
      return set("Amount", Value.of(value));
    }

    /** Sets {@code Amount} to this value; see {@link #amount(String)}. */
    public Price amount(Value<String> value) {
      return set("Amount", value);
    }

    /**
     * The cryptocurrency to use for payment.
     *
     * <p>Required. Allowed values: {@code USDC}. CloudFormation property {@code Currency}.
     */
    public Price currency(String value) {
      return set("Currency", Value.of(value));
    }

    /** Sets {@code Currency} to this value; see {@link #currency(String)}. */
    public Price currency(Value<String> value) {
      return set("Currency", value);
    }
  }

  /**
   * A rate-based rule counts incoming requests and rate limits requests when they are coming at too
   * fast a rate. The rule categorizes requests according to your aggregation criteria, collects
   * them into aggregation instances, and counts and rate limits the requests for each instance.
   *
   * <p>If you change any of these settings in a rule that's currently in use, the change resets the
   * rule's rate limiting counts. This can pause the rule's rate limiting activities for up to a
   * minute.
   *
   * <p>You can specify individual aggregation keys, like IP address or HTTP method. You can also
   * specify aggregation key combinations, like IP address and HTTP method, or HTTP method, query
   * argument, and cookie.
   *
   * <p>Each unique set of values for the aggregation keys that you specify is a separate
   * aggregation instance, with the value from each key contributing to the aggregation instance
   * definition.
   *
   * <p>For example, assume the rule evaluates web requests with the following IP address and HTTP
   * method values:
   *
   * <ul> <li>IP address 10.1.1.1, HTTP method POST <li>IP address 10.1.1.1, HTTP method GET <li>IP
   * address 127.0.0.0, HTTP method POST <li>IP address 10.1.1.1, HTTP method GET </ul>
   *
   * <p>The rule would create different aggregation instances according to your aggregation
   * criteria, for example:
   *
   * <ul> <li>If the aggregation criteria is just the IP address, then each individual address is an
   * aggregation instance, and AWS WAF counts requests separately for each. The aggregation
   * instances and request counts for our example would be the following: </ul>
   *
   * <ul> <li>IP address 10.1.1.1: count 3 <li>IP address 127.0.0.0: count 1 <li>If the aggregation
   * criteria is HTTP method, then each individual HTTP method is an aggregation instance. The
   * aggregation instances and request counts for our example would be the following: </ul>
   *
   * <ul> <li>HTTP method POST: count 2 <li>HTTP method GET: count 2 <li>If the aggregation criteria
   * is IP address and HTTP method, then each IP address and each HTTP method would contribute to
   * the combined aggregation instance. The aggregation instances and request counts for our example
   * would be the following: </ul>
   *
   * <ul> <li>IP address 10.1.1.1, HTTP method POST: count 1 <li>IP address 10.1.1.1, HTTP method
   * GET: count 2 <li>IP address 127.0.0.0, HTTP method POST: count 1 </ul>
   *
   * <p>For any n-tuple of aggregation keys, each unique combination of values for the keys defines
   * a separate aggregation instance, which AWS WAF counts and rate-limits individually.
   *
   * <p>You can optionally nest another statement inside the rate-based statement, to narrow the
   * scope of the rule so that it only counts and rate limits requests that match the nested
   * statement. You can use this nested scope-down statement in conjunction with your aggregation
   * key specifications or you can just count and rate limit all requests that match the scope-down
   * statement, without additional aggregation. When you choose to just manage all requests that
   * match a scope-down statement, the aggregation instance is singular for the rule.
   *
   * <p>You cannot nest a <code>RateBasedStatement</code> inside another statement, for example
   * inside a <code>NotStatement</code> or <code>OrStatement</code> . You can define a
   * <code>RateBasedStatement</code> inside a web ACL and inside a rule group.
   *
   * <p>For additional information about the options, see <a
   * href="https://docs.aws.amazon.com/waf/latest/developerguide/waf-rate-based-rules.html">Rate
   * limiting web requests using rate-based rules</a> in the <em>AWS WAF Developer Guide</em> .
   *
   * <p>If you only aggregate on the individual IP address or forwarded IP address, you can retrieve
   * the list of IP addresses that AWS WAF is currently rate limiting for a rule through the API
   * call <code>GetRateBasedStatementManagedKeys</code> . This option is not available for other
   * aggregation configurations.
   *
   * <p>AWS WAF tracks and manages web requests separately for each instance of a rate-based rule
   * that you use. For example, if you provide the same rate-based rule settings in two web ACLs,
   * each of the two rule statements represents a separate instance of the rate-based rule and gets
   * its own tracking and management by AWS WAF . If you define a rate-based rule inside a rule
   * group, and then use that rule group in multiple places, each use creates a separate instance of
   * the rate-based rule that gets its own tracking and management by AWS WAF .
   *
   * <p>Property type {@code AWS::WAFv2::RuleGroup.RateBasedStatement}.
   */
  public static final class RateBasedStatement extends Struct<RateBasedStatement> {
    private static final Schema SCHEMA = Schema.builder("AWS::WAFv2::RuleGroup.RateBasedStatement")
        .required("AggregateKeyType", "Limit")
        .allowed("AggregateKeyType", "IP", "FORWARDED_IP", "CONSTANT", "CUSTOM_KEYS")
        .allowed("EvaluationWindowSec", "60", "120", "300", "600")
        .constrain("Limit", Constraint.of().minimum(10).maximum(2000000000))
        .build();

    public RateBasedStatement() {
      super(SCHEMA);
    }

    /**
     * Setting that indicates how to aggregate the request counts.
     *
     * <p>Web requests that are missing any of the components specified in the aggregation keys are
     * omitted from the rate-based rule evaluation and handling.
     *
     * <ul> <li><code>CONSTANT</code> - Count and limit the requests that match the rate-based
     * rule's scope-down statement. With this option, the counted requests aren't further
     * aggregated. The scope-down statement is the only specification used. When the count of all
     * requests that satisfy the scope-down statement goes over the limit, AWS WAF applies the rule
     * action to all requests that satisfy the scope-down statement. </ul>
     *
     * <p>With this option, you must configure the <code>ScopeDownStatement</code> property.
     *
     * <ul> <li><code>CUSTOM_KEYS</code> - Aggregate the request counts using one or more web
     * request components as the aggregate keys. </ul>
     *
     * <p>With this option, you must specify the aggregate keys in the <code>CustomKeys</code>
     * property.
     *
     * <p>To aggregate on only the IP address or only the forwarded IP address, don't use custom
     * keys. Instead, set the aggregate key type to <code>IP</code> or <code>FORWARDED_IP</code> .
     *
     * <ul> <li><code>FORWARDED_IP</code> - Aggregate the request counts on the first IP address in
     * an HTTP header. </ul>
     *
     * <p>With this option, you must specify the header to use in the <code>ForwardedIPConfig</code>
     * property.
     *
     * <p>To aggregate on a combination of the forwarded IP address with other aggregate keys, use
     * <code>CUSTOM_KEYS</code> .
     *
     * <ul> <li><code>IP</code> - Aggregate the request counts on the IP address from the web
     * request origin. </ul>
     *
     * <p>To aggregate on a combination of the IP address with other aggregate keys, use
     * <code>CUSTOM_KEYS</code> .
     *
     * <p>Required. Allowed values: {@code IP}, {@code FORWARDED_IP}, {@code CONSTANT}, {@code
     * CUSTOM_KEYS}. CloudFormation property {@code AggregateKeyType}.
     */
    public RateBasedStatement aggregateKeyType(String value) {
      return set("AggregateKeyType", Value.of(value));
    }

    /** Sets {@code AggregateKeyType} to this value; see {@link #aggregateKeyType(String)}. */
    public RateBasedStatement aggregateKeyType(Value<String> value) {
      return set("AggregateKeyType", value);
    }

    /**
     * Specifies the aggregate keys to use in a rate-base rule.
     *
     * <p>CloudFormation property {@code CustomKeys}.
     */
    public RateBasedStatement customKeys(List<RateBasedStatementCustomKey> value) {
      return set("CustomKeys", Value.listOf(value));
    }

    /** Sets {@code CustomKeys} to this value; see {@link #customKeys(List)}. */
    public RateBasedStatement customKeys(Value<List<RateBasedStatementCustomKey>> value) {
      return set("CustomKeys", value);
    }

    /** Sets {@code CustomKeys} to a list of these; see {@link #customKeys(List)}. */
    public RateBasedStatement customKeys(RateBasedStatementCustomKey... values) {
      return set("CustomKeys", Value.list(values));
    }

    /**
     * The amount of time, in seconds, that AWS WAF should include in its request counts, looking
     * back from the current time. For example, for a setting of 120, when AWS WAF checks the rate,
     * it counts the requests for the 2 minutes immediately preceding the current time. Valid
     * settings are 60, 120, 300, and 600.
     *
     * <p>This setting doesn't determine how often AWS WAF checks the rate, but how far back it
     * looks each time it checks. AWS WAF checks the rate about every 10 seconds.
     *
     * <p>Default: <code>300</code> (5 minutes)
     *
     * <p>Allowed values: {@code 60}, {@code 120}, {@code 300}, {@code 600}. CloudFormation property
     * {@code EvaluationWindowSec}.
     */
    public RateBasedStatement evaluationWindowSec(int value) {
      return set("EvaluationWindowSec", Value.of(value));
    }

    /** Sets {@code EvaluationWindowSec} to this value; see {@link #evaluationWindowSec(int)}. */
    public RateBasedStatement evaluationWindowSec(Value<Integer> value) {
      return set("EvaluationWindowSec", value);
    }

    /**
     * The configuration for inspecting IP addresses in an HTTP header that you specify, instead of
     * using the IP address that's reported by the web request origin. Commonly, this is the
     * X-Forwarded-For (XFF) header, but you can specify any header name.
     *
     * <p>If the specified header isn't present in the request, AWS WAF doesn't apply the rule to
     * the web request at all.
     *
     * <p>This is required if you specify a forwarded IP in the rule's aggregate key settings.
     *
     * <p>CloudFormation property {@code ForwardedIPConfig}.
     */
    public RateBasedStatement forwardedIPConfig(Value<ForwardedIPConfiguration> value) {
      return set("ForwardedIPConfig", value);
    }

    /**
     * The limit on requests during the specified evaluation window for a single aggregation
     * instance for the rate-based rule. If the rate-based statement includes a
     * <code>ScopeDownStatement</code> , this limit is applied only to the requests that match the
     * statement.
     *
     * <p>Examples:
     *
     * <ul> <li>If you aggregate on just the IP address, this is the limit on requests from any
     * single IP address. <li>If you aggregate on the HTTP method and the query argument name
     * "city", then this is the limit on requests for any single method, city pair. </ul>
     *
     * <p>Required. Range: 10 to 2000000000. CloudFormation property {@code Limit}.
     */
    public RateBasedStatement limit(int value) {
      return set("Limit", Value.of(value));
    }

    /** Sets {@code Limit} to this value; see {@link #limit(int)}. */
    public RateBasedStatement limit(Value<Integer> value) {
      return set("Limit", value);
    }

    /**
     * An optional nested statement that narrows the scope of the web requests that are evaluated
     * and managed by the rate-based statement. When you use a scope-down statement, the rate-based
     * rule only tracks and rate limits requests that match the scope-down statement. You can use
     * any nestable <code>Statement</code> in the scope-down statement, and you can nest statements
     * at any level, the same as you can for a rule statement.
     *
     * <p>CloudFormation property {@code ScopeDownStatement}.
     */
    public RateBasedStatement scopeDownStatement(Value<Statement> value) {
      return set("ScopeDownStatement", value);
    }
  }

  /**
   * Specifies a single custom aggregate key for a rate-base rule.
   *
   * <p>Web requests that are missing any of the components specified in the aggregation keys are
   * omitted from the rate-based rule evaluation and handling.
   *
   * <p>Property type {@code AWS::WAFv2::RuleGroup.RateBasedStatementCustomKey}.
   */
  public static final class RateBasedStatementCustomKey extends Struct<RateBasedStatementCustomKey> {
    private static final Schema SCHEMA = Schema.builder("AWS::WAFv2::RuleGroup.RateBasedStatementCustomKey")
        .constrain("ForwardedIP", Constraint.of().format("json"))
        .constrain("HTTPMethod", Constraint.of().format("json"))
        .constrain("IP", Constraint.of().format("json"))
        .build();

    public RateBasedStatementCustomKey() {
      super(SCHEMA);
    }

    /**
     * Use an Autonomous System Number (ASN) derived from the request's originating or forwarded IP
     * address as an aggregate key. Each distinct ASN contributes to the aggregation instance.
     *
     * <p>CloudFormation property {@code ASN}.
     */
    public RateBasedStatementCustomKey asn(Value<Json> value) {
      return set("ASN", value);
    }

    /**
     * Use the value of a cookie in the request as an aggregate key. Each distinct value in the
     * cookie contributes to the aggregation instance. If you use a single cookie as your custom
     * key, then each value fully defines an aggregation instance.
     *
     * <p>CloudFormation property {@code Cookie}.
     */
    public RateBasedStatementCustomKey cookie(Value<RateLimitCookie> value) {
      return set("Cookie", value);
    }

    /**
     * Use the first IP address in an HTTP header as an aggregate key. Each distinct forwarded IP
     * address contributes to the aggregation instance.
     *
     * <p>When you specify an IP or forwarded IP in the custom key settings, you must also specify
     * at least one other key to use. You can aggregate on only the forwarded IP address by
     * specifying <code>FORWARDED_IP</code> in your rate-based statement's
     * <code>AggregateKeyType</code> .
     *
     * <p>With this option, you must specify the header to use in the rate-based rule's
     * <code>ForwardedIPConfig</code> property.
     *
     * <p>Format: {@code json}. CloudFormation property {@code ForwardedIP}.
     */
    public RateBasedStatementCustomKey forwardedIP(Value<Json> value) {
      return set("ForwardedIP", value);
    }

    /**
     * Use the request's HTTP method as an aggregate key. Each distinct HTTP method contributes to
     * the aggregation instance. If you use just the HTTP method as your custom key, then each
     * method fully defines an aggregation instance.
     *
     * <p>Format: {@code json}. CloudFormation property {@code HTTPMethod}.
     */
    public RateBasedStatementCustomKey httpMethod(Value<Json> value) {
      return set("HTTPMethod", value);
    }

    /**
     * Use the value of a header in the request as an aggregate key. Each distinct value in the
     * header contributes to the aggregation instance. If you use a single header as your custom
     * key, then each value fully defines an aggregation instance.
     *
     * <p>CloudFormation property {@code Header}.
     */
    public RateBasedStatementCustomKey header(Value<RateLimitHeader> value) {
      return set("Header", value);
    }

    /**
     * Use the request's originating IP address as an aggregate key. Each distinct IP address
     * contributes to the aggregation instance.
     *
     * <p>When you specify an IP or forwarded IP in the custom key settings, you must also specify
     * at least one other key to use. You can aggregate on only the IP address by specifying
     * <code>IP</code> in your rate-based statement's <code>AggregateKeyType</code> .
     *
     * <p>Format: {@code json}. CloudFormation property {@code IP}.
     */
    public RateBasedStatementCustomKey ip(Value<Json> value) {
      return set("IP", value);
    }

    /**
     * Use the request's JA3 fingerprint as an aggregate key. If you use a single JA3 fingerprint as
     * your custom key, then each value fully defines an aggregation instance.
     *
     * <p>CloudFormation property {@code JA3Fingerprint}.
     */
    public RateBasedStatementCustomKey ja3Fingerprint(Value<RateLimitJA3Fingerprint> value) {
      return set("JA3Fingerprint", value);
    }

    /**
     * Use the request's JA4 fingerprint as an aggregate key. If you use a single JA4 fingerprint as
     * your custom key, then each value fully defines an aggregation instance.
     *
     * <p>CloudFormation property {@code JA4Fingerprint}.
     */
    public RateBasedStatementCustomKey ja4Fingerprint(Value<RateLimitJA4Fingerprint> value) {
      return set("JA4Fingerprint", value);
    }

    /**
     * Use the specified label namespace as an aggregate key. Each distinct fully qualified label
     * name that has the specified label namespace contributes to the aggregation instance. If you
     * use just one label namespace as your custom key, then each label name fully defines an
     * aggregation instance.
     *
     * <p>This uses only labels that have been added to the request by rules that are evaluated
     * before this rate-based rule in the web ACL.
     *
     * <p>For information about label namespaces and names, see <a
     * href="https://docs.aws.amazon.com/waf/latest/developerguide/waf-rule-label-requirements.html">Label
     * syntax and naming requirements</a> in the <em>AWS WAF Developer Guide</em> .
     *
     * <p>CloudFormation property {@code LabelNamespace}.
     */
    public RateBasedStatementCustomKey labelNamespace(Value<RateLimitLabelNamespace> value) {
      return set("LabelNamespace", value);
    }

    /**
     * Use the specified query argument as an aggregate key. Each distinct value for the named query
     * argument contributes to the aggregation instance. If you use a single query argument as your
     * custom key, then each value fully defines an aggregation instance.
     *
     * <p>CloudFormation property {@code QueryArgument}.
     */
    public RateBasedStatementCustomKey queryArgument(Value<RateLimitQueryArgument> value) {
      return set("QueryArgument", value);
    }

    /**
     * Use the request's query string as an aggregate key. Each distinct string contributes to the
     * aggregation instance. If you use just the query string as your custom key, then each string
     * fully defines an aggregation instance.
     *
     * <p>CloudFormation property {@code QueryString}.
     */
    public RateBasedStatementCustomKey queryString(Value<RateLimitQueryString> value) {
      return set("QueryString", value);
    }

    /**
     * Use the request's URI path as an aggregate key. Each distinct URI path contributes to the
     * aggregation instance. If you use just the URI path as your custom key, then each URI path
     * fully defines an aggregation instance.
     *
     * <p>CloudFormation property {@code UriPath}.
     */
    public RateBasedStatementCustomKey uriPath(Value<RateLimitUriPath> value) {
      return set("UriPath", value);
    }
  }

  /**
   * Specifies a cookie as an aggregate key for a rate-based rule. Each distinct value in the cookie
   * contributes to the aggregation instance. If you use a single cookie as your custom key, then
   * each value fully defines an aggregation instance.
   *
   * <p>Property type {@code AWS::WAFv2::RuleGroup.RateLimitCookie}.
   */
  public static final class RateLimitCookie extends Struct<RateLimitCookie> {
    private static final Schema SCHEMA = Schema.builder("AWS::WAFv2::RuleGroup.RateLimitCookie")
        .required("Name", "TextTransformations")
        .constrain("Name", Constraint.of().pattern(".*\\S.*").minLength(1).maxLength(64))
        .build();

    public RateLimitCookie() {
      super(SCHEMA);
    }

    /**
     * The name of the cookie to use.
     *
     * <p>Required. Length: 1 to 64 characters. Pattern: {@code .*&#92;S.*}. CloudFormation property
     * {@code Name}.
     */
    public RateLimitCookie name(String value) {
      return set("Name", Value.of(value));
    }

    /** Sets {@code Name} to this value; see {@link #name(String)}. */
    public RateLimitCookie name(Value<String> value) {
      return set("Name", value);
    }

    /**
     * Text transformations eliminate some of the unusual formatting that attackers use in web
     * requests in an effort to bypass detection. Text transformations are used in rule match
     * statements, to transform the <code>FieldToMatch</code> request component before inspecting
     * it, and they're used in rate-based rule statements, to transform request components before
     * using them as custom aggregation keys. If you specify one or more transformations to apply,
     * AWS WAF performs all transformations on the specified content, starting from the lowest
     * priority setting, and then uses the transformed component contents.
     *
     * <p>Required. CloudFormation property {@code TextTransformations}.
     */
    public RateLimitCookie textTransformations(List<TextTransformation> value) {
      return set("TextTransformations", Value.listOf(value));
    }

    /** Sets {@code TextTransformations} to this value; see {@link #textTransformations(List)}. */
    public RateLimitCookie textTransformations(Value<List<TextTransformation>> value) {
      return set("TextTransformations", value);
    }

    /**
     * Sets {@code TextTransformations} to a list of these; see {@link #textTransformations(List)}.
     */
    public RateLimitCookie textTransformations(TextTransformation... values) {
      return set("TextTransformations", Value.list(values));
    }
  }

  /**
   * Specifies a header as an aggregate key for a rate-based rule. Each distinct value in the header
   * contributes to the aggregation instance. If you use a single header as your custom key, then
   * each value fully defines an aggregation instance.
   *
   * <p>Property type {@code AWS::WAFv2::RuleGroup.RateLimitHeader}.
   */
  public static final class RateLimitHeader extends Struct<RateLimitHeader> {
    private static final Schema SCHEMA = Schema.builder("AWS::WAFv2::RuleGroup.RateLimitHeader")
        .required("Name", "TextTransformations")
        .constrain("Name", Constraint.of().pattern(".*\\S.*").minLength(1).maxLength(64))
        .build();

    public RateLimitHeader() {
      super(SCHEMA);
    }

    /**
     * The name of the header to use.
     *
     * <p>Required. Length: 1 to 64 characters. Pattern: {@code .*&#92;S.*}. CloudFormation property
     * {@code Name}.
     */
    public RateLimitHeader name(String value) {
      return set("Name", Value.of(value));
    }

    /** Sets {@code Name} to this value; see {@link #name(String)}. */
    public RateLimitHeader name(Value<String> value) {
      return set("Name", value);
    }

    /**
     * Text transformations eliminate some of the unusual formatting that attackers use in web
     * requests in an effort to bypass detection. Text transformations are used in rule match
     * statements, to transform the <code>FieldToMatch</code> request component before inspecting
     * it, and they're used in rate-based rule statements, to transform request components before
     * using them as custom aggregation keys. If you specify one or more transformations to apply,
     * AWS WAF performs all transformations on the specified content, starting from the lowest
     * priority setting, and then uses the transformed component contents.
     *
     * <p>Required. CloudFormation property {@code TextTransformations}.
     */
    public RateLimitHeader textTransformations(List<TextTransformation> value) {
      return set("TextTransformations", Value.listOf(value));
    }

    /** Sets {@code TextTransformations} to this value; see {@link #textTransformations(List)}. */
    public RateLimitHeader textTransformations(Value<List<TextTransformation>> value) {
      return set("TextTransformations", value);
    }

    /**
     * Sets {@code TextTransformations} to a list of these; see {@link #textTransformations(List)}.
     */
    public RateLimitHeader textTransformations(TextTransformation... values) {
      return set("TextTransformations", Value.list(values));
    }
  }

  /**
   * Use the request's JA3 fingerprint derived from the TLS Client Hello of an incoming request as
   * an aggregate key. If you use a single JA3 fingerprint as your custom key, then each value fully
   * defines an aggregation instance.
   *
   * <p>Property type {@code AWS::WAFv2::RuleGroup.RateLimitJA3Fingerprint}.
   */
  public static final class RateLimitJA3Fingerprint extends Struct<RateLimitJA3Fingerprint> {
    private static final Schema SCHEMA = Schema.builder("AWS::WAFv2::RuleGroup.RateLimitJA3Fingerprint")
        .required("FallbackBehavior")
        .allowed("FallbackBehavior", "MATCH", "NO_MATCH")
        .build();

    public RateLimitJA3Fingerprint() {
      super(SCHEMA);
    }

    /**
     * The match status to assign to the web request if there is insufficient TSL Client Hello
     * information to compute the JA3 fingerprint.
     *
     * <p>You can specify the following fallback behaviors:
     *
     * <ul> <li><code>MATCH</code> - Treat the web request as matching the rule statement. AWS WAF
     * applies the rule action to the request. <li><code>NO_MATCH</code> - Treat the web request as
     * not matching the rule statement. </ul>
     *
     * <p>Required. Allowed values: {@code MATCH}, {@code NO_MATCH}. CloudFormation property {@code
     * FallbackBehavior}.
     */
    public RateLimitJA3Fingerprint fallbackBehavior(String value) {
      return set("FallbackBehavior", Value.of(value));
    }

    /** Sets {@code FallbackBehavior} to this value; see {@link #fallbackBehavior(String)}. */
    public RateLimitJA3Fingerprint fallbackBehavior(Value<String> value) {
      return set("FallbackBehavior", value);
    }
  }

  /**
   * Use the request's JA4 fingerprint derived from the TLS Client Hello of an incoming request as
   * an aggregate key. If you use a single JA4 fingerprint as your custom key, then each value fully
   * defines an aggregation instance.
   *
   * <p>Property type {@code AWS::WAFv2::RuleGroup.RateLimitJA4Fingerprint}.
   */
  public static final class RateLimitJA4Fingerprint extends Struct<RateLimitJA4Fingerprint> {
    private static final Schema SCHEMA = Schema.builder("AWS::WAFv2::RuleGroup.RateLimitJA4Fingerprint")
        .required("FallbackBehavior")
        .allowed("FallbackBehavior", "MATCH", "NO_MATCH")
        .build();

    public RateLimitJA4Fingerprint() {
      super(SCHEMA);
    }

    /**
     * The match status to assign to the web request if there is insufficient TSL Client Hello
     * information to compute the JA4 fingerprint.
     *
     * <p>You can specify the following fallback behaviors:
     *
     * <ul> <li><code>MATCH</code> - Treat the web request as matching the rule statement. AWS WAF
     * applies the rule action to the request. <li><code>NO_MATCH</code> - Treat the web request as
     * not matching the rule statement. </ul>
     *
     * <p>Required. Allowed values: {@code MATCH}, {@code NO_MATCH}. CloudFormation property {@code
     * FallbackBehavior}.
     */
    public RateLimitJA4Fingerprint fallbackBehavior(String value) {
      return set("FallbackBehavior", Value.of(value));
    }

    /** Sets {@code FallbackBehavior} to this value; see {@link #fallbackBehavior(String)}. */
    public RateLimitJA4Fingerprint fallbackBehavior(Value<String> value) {
      return set("FallbackBehavior", value);
    }
  }

  /**
   * Specifies a label namespace to use as an aggregate key for a rate-based rule. Each distinct
   * fully qualified label name that has the specified label namespace contributes to the
   * aggregation instance. If you use just one label namespace as your custom key, then each label
   * name fully defines an aggregation instance.
   *
   * <p>This uses only labels that have been added to the request by rules that are evaluated before
   * this rate-based rule in the web ACL.
   *
   * <p>For information about label namespaces and names, see <a
   * href="https://docs.aws.amazon.com/waf/latest/developerguide/waf-rule-label-requirements.html">Label
   * syntax and naming requirements</a> in the <em>AWS WAF Developer Guide</em> .
   *
   * <p>Property type {@code AWS::WAFv2::RuleGroup.RateLimitLabelNamespace}.
   */
  public static final class RateLimitLabelNamespace extends Struct<RateLimitLabelNamespace> {
    private static final Schema SCHEMA = Schema.builder("AWS::WAFv2::RuleGroup.RateLimitLabelNamespace")
        .required("Namespace")
        .constrain("Namespace", Constraint.of().pattern("^[0-9A-Za-z_:-]{1,1024}$"))
        .build();

    public RateLimitLabelNamespace() {
      super(SCHEMA);
    }

    /**
     * The namespace to use for aggregation.
     *
     * <p>Required. Pattern: {@code ^[0-9A-Za-z_:-]{1,1024}$}. CloudFormation property {@code
     * Namespace}.
     */
    public RateLimitLabelNamespace namespace(String value) {
      return set("Namespace", Value.of(value));
    }

    /** Sets {@code Namespace} to this value; see {@link #namespace(String)}. */
    public RateLimitLabelNamespace namespace(Value<String> value) {
      return set("Namespace", value);
    }
  }

  /**
   * Specifies a query argument in the request as an aggregate key for a rate-based rule. Each
   * distinct value for the named query argument contributes to the aggregation instance. If you use
   * a single query argument as your custom key, then each value fully defines an aggregation
   * instance.
   *
   * <p>Property type {@code AWS::WAFv2::RuleGroup.RateLimitQueryArgument}.
   */
  public static final class RateLimitQueryArgument extends Struct<RateLimitQueryArgument> {
    private static final Schema SCHEMA = Schema.builder("AWS::WAFv2::RuleGroup.RateLimitQueryArgument")
        .required("Name", "TextTransformations")
        .constrain("Name", Constraint.of().pattern(".*\\S.*").minLength(1).maxLength(64))
        .build();

    public RateLimitQueryArgument() {
      super(SCHEMA);
    }

    /**
     * The name of the query argument to use.
     *
     * <p>Required. Length: 1 to 64 characters. Pattern: {@code .*&#92;S.*}. CloudFormation property
     * {@code Name}.
     */
    public RateLimitQueryArgument name(String value) {
      return set("Name", Value.of(value));
    }

    /** Sets {@code Name} to this value; see {@link #name(String)}. */
    public RateLimitQueryArgument name(Value<String> value) {
      return set("Name", value);
    }

    /**
     * Text transformations eliminate some of the unusual formatting that attackers use in web
     * requests in an effort to bypass detection. Text transformations are used in rule match
     * statements, to transform the <code>FieldToMatch</code> request component before inspecting
     * it, and they're used in rate-based rule statements, to transform request components before
     * using them as custom aggregation keys. If you specify one or more transformations to apply,
     * AWS WAF performs all transformations on the specified content, starting from the lowest
     * priority setting, and then uses the transformed component contents.
     *
     * <p>Required. CloudFormation property {@code TextTransformations}.
     */
    public RateLimitQueryArgument textTransformations(List<TextTransformation> value) {
      return set("TextTransformations", Value.listOf(value));
    }

    /** Sets {@code TextTransformations} to this value; see {@link #textTransformations(List)}. */
    public RateLimitQueryArgument textTransformations(Value<List<TextTransformation>> value) {
      return set("TextTransformations", value);
    }

    /**
     * Sets {@code TextTransformations} to a list of these; see {@link #textTransformations(List)}.
     */
    public RateLimitQueryArgument textTransformations(TextTransformation... values) {
      return set("TextTransformations", Value.list(values));
    }
  }

  /**
   * Specifies the request's query string as an aggregate key for a rate-based rule. Each distinct
   * string contributes to the aggregation instance. If you use just the query string as your custom
   * key, then each string fully defines an aggregation instance.
   *
   * <p>Property type {@code AWS::WAFv2::RuleGroup.RateLimitQueryString}.
   */
  public static final class RateLimitQueryString extends Struct<RateLimitQueryString> {
    private static final Schema SCHEMA = Schema.builder("AWS::WAFv2::RuleGroup.RateLimitQueryString")
        .required("TextTransformations")
        .build();

    public RateLimitQueryString() {
      super(SCHEMA);
    }

    /**
     * Text transformations eliminate some of the unusual formatting that attackers use in web
     * requests in an effort to bypass detection. Text transformations are used in rule match
     * statements, to transform the <code>FieldToMatch</code> request component before inspecting
     * it, and they're used in rate-based rule statements, to transform request components before
     * using them as custom aggregation keys. If you specify one or more transformations to apply,
     * AWS WAF performs all transformations on the specified content, starting from the lowest
     * priority setting, and then uses the transformed component contents.
     *
     * <p>Required. CloudFormation property {@code TextTransformations}.
     */
    public RateLimitQueryString textTransformations(List<TextTransformation> value) {
      return set("TextTransformations", Value.listOf(value));
    }

    /** Sets {@code TextTransformations} to this value; see {@link #textTransformations(List)}. */
    public RateLimitQueryString textTransformations(Value<List<TextTransformation>> value) {
      return set("TextTransformations", value);
    }

    /**
     * Sets {@code TextTransformations} to a list of these; see {@link #textTransformations(List)}.
     */
    public RateLimitQueryString textTransformations(TextTransformation... values) {
      return set("TextTransformations", Value.list(values));
    }
  }

  /**
   * Specifies the request's URI path as an aggregate key for a rate-based rule. Each distinct URI
   * path contributes to the aggregation instance. If you use just the URI path as your custom key,
   * then each URI path fully defines an aggregation instance.
   *
   * <p>Property type {@code AWS::WAFv2::RuleGroup.RateLimitUriPath}.
   */
  public static final class RateLimitUriPath extends Struct<RateLimitUriPath> {
    private static final Schema SCHEMA = Schema.builder("AWS::WAFv2::RuleGroup.RateLimitUriPath")
        .required("TextTransformations")
        .build();

    public RateLimitUriPath() {
      super(SCHEMA);
    }

    /**
     * Text transformations eliminate some of the unusual formatting that attackers use in web
     * requests in an effort to bypass detection. Text transformations are used in rule match
     * statements, to transform the <code>FieldToMatch</code> request component before inspecting
     * it, and they're used in rate-based rule statements, to transform request components before
     * using them as custom aggregation keys. If you specify one or more transformations to apply,
     * AWS WAF performs all transformations on the specified content, starting from the lowest
     * priority setting, and then uses the transformed component contents.
     *
     * <p>Required. CloudFormation property {@code TextTransformations}.
     */
    public RateLimitUriPath textTransformations(List<TextTransformation> value) {
      return set("TextTransformations", Value.listOf(value));
    }

    /** Sets {@code TextTransformations} to this value; see {@link #textTransformations(List)}. */
    public RateLimitUriPath textTransformations(Value<List<TextTransformation>> value) {
      return set("TextTransformations", value);
    }

    /**
     * Sets {@code TextTransformations} to a list of these; see {@link #textTransformations(List)}.
     */
    public RateLimitUriPath textTransformations(TextTransformation... values) {
      return set("TextTransformations", Value.list(values));
    }
  }

  /**
   * A rule statement used to search web request components for a match against a single regular
   * expression.
   *
   * <p>Property type {@code AWS::WAFv2::RuleGroup.RegexMatchStatement}.
   */
  public static final class RegexMatchStatement extends Struct<RegexMatchStatement> {
    private static final Schema SCHEMA = Schema.builder("AWS::WAFv2::RuleGroup.RegexMatchStatement")
        .required("FieldToMatch", "RegexString", "TextTransformations")
        .constrain("RegexString", Constraint.of().minLength(1).maxLength(512))
        .build();

    public RegexMatchStatement() {
      super(SCHEMA);
    }

    /**
     * The part of the web request that you want AWS WAF to inspect.
     *
     * <p>Required. CloudFormation property {@code FieldToMatch}.
     */
    public RegexMatchStatement fieldToMatch(Value<FieldToMatch> value) {
      return set("FieldToMatch", value);
    }

    /** CloudFormation property {@code PreParseTextTransformations}. */
    public RegexMatchStatement preParseTextTransformations(List<PreParseTextTransformation> value) {
      return set("PreParseTextTransformations", Value.listOf(value));
    }

    /**
     * Sets {@code PreParseTextTransformations} to this value; see {@link
     * #preParseTextTransformations(List)}.
     */
    public RegexMatchStatement preParseTextTransformations(Value<List<PreParseTextTransformation>> value) {
      return set("PreParseTextTransformations", value);
    }

    /**
     * Sets {@code PreParseTextTransformations} to a list of these; see {@link
     * #preParseTextTransformations(List)}.
     */
    public RegexMatchStatement preParseTextTransformations(PreParseTextTransformation... values) {
      return set("PreParseTextTransformations", Value.list(values));
    }

    /**
     * The string representing the regular expression.
     *
     * <p>Required. Length: 1 to 512 characters. CloudFormation property {@code RegexString}.
     */
    public RegexMatchStatement regexString(String value) {
      return set("RegexString", Value.of(value));
    }

    /** Sets {@code RegexString} to this value; see {@link #regexString(String)}. */
    public RegexMatchStatement regexString(Value<String> value) {
      return set("RegexString", value);
    }

    /**
     * Text transformations eliminate some of the unusual formatting that attackers use in web
     * requests in an effort to bypass detection. If you specify one or more transformations in a
     * rule statement, AWS WAF performs all transformations on the content of the request component
     * identified by <code>FieldToMatch</code> , starting from the lowest priority setting, before
     * inspecting the content for a match.
     *
     * <p>Required. CloudFormation property {@code TextTransformations}.
     */
    public RegexMatchStatement textTransformations(List<TextTransformation> value) {
      return set("TextTransformations", Value.listOf(value));
    }

    /** Sets {@code TextTransformations} to this value; see {@link #textTransformations(List)}. */
    public RegexMatchStatement textTransformations(Value<List<TextTransformation>> value) {
      return set("TextTransformations", value);
    }

    /**
     * Sets {@code TextTransformations} to a list of these; see {@link #textTransformations(List)}.
     */
    public RegexMatchStatement textTransformations(TextTransformation... values) {
      return set("TextTransformations", Value.list(values));
    }
  }

  /**
   * A rule statement used to search web request components for matches with regular expressions. To
   * use this, create a <code>RegexPatternSet</code> that specifies the expressions that you want to
   * detect, then use the ARN of that set in this statement. A web request matches the pattern set
   * rule statement if the request component matches any of the patterns in the set.
   *
   * <p>Each regex pattern set rule statement references a regex pattern set. You create and
   * maintain the set independent of your rules. This allows you to use the single set in multiple
   * rules. When you update the referenced set, AWS WAF automatically updates all rules that
   * reference it.
   *
   * <p>Property type {@code AWS::WAFv2::RuleGroup.RegexPatternSetReferenceStatement}.
   */
  public static final class RegexPatternSetReferenceStatement extends Struct<RegexPatternSetReferenceStatement> {
    private static final Schema SCHEMA = Schema.builder("AWS::WAFv2::RuleGroup.RegexPatternSetReferenceStatement")
        .required("Arn", "FieldToMatch", "TextTransformations")
        .constrain("Arn", Constraint.of().pattern("\\S").minLength(20).maxLength(2048))
        .build();

    public RegexPatternSetReferenceStatement() {
      super(SCHEMA);
    }

    /**
     * The Amazon Resource Name (ARN) of the <code>RegexPatternSet</code> that this statement
     * references.
     *
     * <p>Required. Length: 20 to 2048 characters. Pattern: {@code &#92;S}. CloudFormation property
     * {@code Arn}.
     */
    public RegexPatternSetReferenceStatement arn(String value) {
      return set("Arn", Value.of(value));
    }

    /** Sets {@code Arn} to this value; see {@link #arn(String)}. */
    public RegexPatternSetReferenceStatement arn(Value<String> value) {
      return set("Arn", value);
    }

    /**
     * The part of the web request that you want AWS WAF to inspect.
     *
     * <p>Required. CloudFormation property {@code FieldToMatch}.
     */
    public RegexPatternSetReferenceStatement fieldToMatch(Value<FieldToMatch> value) {
      return set("FieldToMatch", value);
    }

    /** CloudFormation property {@code PreParseTextTransformations}. */
    public RegexPatternSetReferenceStatement preParseTextTransformations(List<PreParseTextTransformation> value) {
      return set("PreParseTextTransformations", Value.listOf(value));
    }

    /**
     * Sets {@code PreParseTextTransformations} to this value; see {@link
     * #preParseTextTransformations(List)}.
     */
    public RegexPatternSetReferenceStatement preParseTextTransformations(Value<List<PreParseTextTransformation>> value) {
      return set("PreParseTextTransformations", value);
    }

    /**
     * Sets {@code PreParseTextTransformations} to a list of these; see {@link
     * #preParseTextTransformations(List)}.
     */
    public RegexPatternSetReferenceStatement preParseTextTransformations(PreParseTextTransformation... values) {
      return set("PreParseTextTransformations", Value.list(values));
    }

    /**
     * Text transformations eliminate some of the unusual formatting that attackers use in web
     * requests in an effort to bypass detection. If you specify one or more transformations in a
     * rule statement, AWS WAF performs all transformations on the content of the request component
     * identified by <code>FieldToMatch</code> , starting from the lowest priority setting, before
     * inspecting the content for a match.
     *
     * <p>Required. CloudFormation property {@code TextTransformations}.
     */
    public RegexPatternSetReferenceStatement textTransformations(List<TextTransformation> value) {
      return set("TextTransformations", Value.listOf(value));
    }

    /** Sets {@code TextTransformations} to this value; see {@link #textTransformations(List)}. */
    public RegexPatternSetReferenceStatement textTransformations(Value<List<TextTransformation>> value) {
      return set("TextTransformations", value);
    }

    /**
     * Sets {@code TextTransformations} to a list of these; see {@link #textTransformations(List)}.
     */
    public RegexPatternSetReferenceStatement textTransformations(TextTransformation... values) {
      return set("TextTransformations", Value.list(values));
    }
  }

  /**
   * A single rule, which you can use in a <code>WebACL</code> or <code>RuleGroup</code> to identify
   * web requests that you want to manage in some way. Each rule includes one top-level
   * <code>Statement</code> that AWS WAF uses to identify matching web requests, and parameters that
   * govern how AWS WAF handles them.
   *
   * <p>Property type {@code AWS::WAFv2::RuleGroup.Rule}.
   */
  public static final class Rule extends Struct<Rule> {
    private static final Schema SCHEMA = Schema.builder("AWS::WAFv2::RuleGroup.Rule")
        .required("Name", "Priority", "Statement", "VisibilityConfig")
        .constrain("Name", Constraint.of().pattern("^[0-9A-Za-z_-]{1,128}$"))
        .constrain("Priority", Constraint.of().minimum(0))
        .build();

    public Rule() {
      super(SCHEMA);
    }

    /**
     * The action that AWS WAF should take on a web request when it matches the rule statement.
     * Settings at the web ACL level can override the rule action setting.
     *
     * <p>CloudFormation property {@code Action}.
     */
    public Rule action(Value<RuleAction> value) {
      return set("Action", value);
    }

    /**
     * Specifies how AWS WAF should handle <code>CAPTCHA</code> evaluations. If you don't specify
     * this, AWS WAF uses the <code>CAPTCHA</code> configuration that's defined for the web ACL.
     *
     * <p>CloudFormation property {@code CaptchaConfig}.
     */
    public Rule captchaConfig(Value<CaptchaConfig> value) {
      return set("CaptchaConfig", value);
    }

    /**
     * Specifies how AWS WAF should handle <code>Challenge</code> evaluations. If you don't specify
     * this, AWS WAF uses the challenge configuration that's defined for the web ACL.
     *
     * <p>CloudFormation property {@code ChallengeConfig}.
     */
    public Rule challengeConfig(Value<ChallengeConfig> value) {
      return set("ChallengeConfig", value);
    }

    /**
     * The name of the rule.
     *
     * <p>If you change the name of a <code>Rule</code> after you create it and you want the rule's
     * metric name to reflect the change, update the metric name in the rule's
     * <code>VisibilityConfig</code> settings. AWS WAF doesn't automatically update the metric name
     * when you update the rule name.
     *
     * <p>Required. Pattern: {@code ^[0-9A-Za-z_-]{1,128}$}. CloudFormation property {@code Name}.
     */
    public Rule name(String value) {
      return set("Name", Value.of(value));
    }

    /** Sets {@code Name} to this value; see {@link #name(String)}. */
    public Rule name(Value<String> value) {
      return set("Name", value);
    }

    /**
     * If you define more than one <code>Rule</code> in a <code>WebACL</code> , AWS WAF evaluates
     * each request against the <code>Rules</code> in order based on the value of
     * <code>Priority</code> . AWS WAF processes rules with lower priority first. The priorities
     * don't need to be consecutive, but they must all be different.
     *
     * <p>Required. Range: at least 0. CloudFormation property {@code Priority}.
     */
    public Rule priority(int value) {
      return set("Priority", Value.of(value));
    }

    /** Sets {@code Priority} to this value; see {@link #priority(int)}. */
    public Rule priority(Value<Integer> value) {
      return set("Priority", value);
    }

    /**
     * Labels to apply to web requests that match the rule match statement. AWS WAF applies fully
     * qualified labels to matching web requests. A fully qualified label is the concatenation of a
     * label namespace and a rule label. The rule's rule group or web ACL defines the label
     * namespace.
     *
     * <p>Any rule that isn't a rule group reference statement or managed rule group statement can
     * add labels to matching web requests.
     *
     * <p>Rules that run after this rule in the web ACL can match against these labels using a
     * <code>LabelMatchStatement</code> .
     *
     * <p>For each label, provide a case-sensitive string containing optional namespaces and a label
     * name, according to the following guidelines:
     *
     * <ul> <li>Separate each component of the label with a colon. <li>Each namespace or name can
     * have up to 128 characters. <li>You can specify up to 5 namespaces in a label. <li>Don't use
     * the following reserved words in your label specification: <code>aws</code> , <code>waf</code>
     * , <code>managed</code> , <code>rulegroup</code> , <code>webacl</code> ,
     * <code>regexpatternset</code> , or <code>ipset</code> . </ul>
     *
     * <p>For example, <code>myLabelName</code> or <code>nameSpace1:nameSpace2:myLabelName</code> .
     *
     * <p>CloudFormation property {@code RuleLabels}.
     */
    public Rule ruleLabels(List<Label> value) {
      return set("RuleLabels", Value.listOf(value));
    }

    /** Sets {@code RuleLabels} to this value; see {@link #ruleLabels(List)}. */
    public Rule ruleLabels(Value<List<Label>> value) {
      return set("RuleLabels", value);
    }

    /** Sets {@code RuleLabels} to a list of these; see {@link #ruleLabels(List)}. */
    public Rule ruleLabels(Label... values) {
      return set("RuleLabels", Value.list(values));
    }

    /**
     * The AWS WAF processing statement for the rule, for example <code>ByteMatchStatement</code> or
     * <code>SizeConstraintStatement</code> .
     *
     * <p>Required. CloudFormation property {@code Statement}.
     */
    public Rule statement(Value<Statement> value) {
      return set("Statement", value);
    }

    /**
     * Defines and enables Amazon CloudWatch metrics and web request sample collection.
     *
     * <p>If you change the name of a <code>Rule</code> after you create it and you want the rule's
     * metric name to reflect the change, update the metric name as well. AWS WAF doesn't
     * automatically update the metric name.
     *
     * <p>Required. CloudFormation property {@code VisibilityConfig}.
     */
    public Rule visibilityConfig(Value<VisibilityConfig> value) {
      return set("VisibilityConfig", value);
    }
  }

  /**
   * The action that AWS WAF should take on a web request when it matches a rule's statement.
   * Settings at the web ACL level can override the rule action setting.
   *
   * <p>Property type {@code AWS::WAFv2::RuleGroup.RuleAction}.
   */
  public static final class RuleAction extends Struct<RuleAction> {
    private static final Schema SCHEMA = Schema.of("AWS::WAFv2::RuleGroup.RuleAction");

    public RuleAction() {
      super(SCHEMA);
    }

    /**
     * Instructs AWS WAF to allow the web request.
     *
     * <p>CloudFormation property {@code Allow}.
     */
    public RuleAction allow(Value<Allow> value) {
      return set("Allow", value);
    }

    /**
     * Instructs AWS WAF to block the web request.
     *
     * <p>CloudFormation property {@code Block}.
     */
    public RuleAction block(Value<Block> value) {
      return set("Block", value);
    }

    /**
     * Specifies that AWS WAF should run a <code>CAPTCHA</code> check against the request:
     *
     * <ul> <li>If the request includes a valid, unexpired <code>CAPTCHA</code> token, AWS WAF
     * allows the web request inspection to proceed to the next rule, similar to a
     * <code>CountAction</code> . <li>If the request doesn't include a valid, unexpired
     * <code>CAPTCHA</code> token, AWS WAF discontinues the web ACL evaluation of the request and
     * blocks it from going to its intended destination. </ul>
     *
     * <p>AWS WAF generates a response that it sends back to the client, which includes the
     * following:
     *
     * <ul> <li>The header <code>x-amzn-waf-action</code> with a value of <code>captcha</code> .
     * <li>The HTTP status code <code>405 Method Not Allowed</code> . <li>If the request contains an
     * <code>Accept</code> header with a value of <code>text/html</code> , the response includes a
     * <code>CAPTCHA</code> challenge. </ul>
     *
     * <p>You can configure the expiration time in the <code>CaptchaConfig</code>
     * <code>ImmunityTimeProperty</code> setting at the rule and web ACL level. The rule setting
     * overrides the web ACL setting.
     *
     * <p>This action option is available for rules. It isn't available for web ACL default actions.
     *
     * <p>CloudFormation property {@code Captcha}.
     */
    public RuleAction captcha(Value<Captcha> value) {
      return set("Captcha", value);
    }

    /**
     * Instructs AWS WAF to run a <code>Challenge</code> check against the web request.
     *
     * <p>CloudFormation property {@code Challenge}.
     */
    public RuleAction challenge(Value<Challenge> value) {
      return set("Challenge", value);
    }

    /**
     * Instructs AWS WAF to count the web request and then continue evaluating the request using the
     * remaining rules in the web ACL.
     *
     * <p>CloudFormation property {@code Count}.
     */
    public RuleAction count(Value<Count> value) {
      return set("Count", value);
    }

    /**
     * Monetize action for rules.
     *
     * <p>CloudFormation property {@code Monetize}.
     */
    public RuleAction monetize(Value<MonetizeAction> value) {
      return set("Monetize", value);
    }
  }

  /**
   * Inspect one of the headers in the web request, identified by name, for example,
   * <code>User-Agent</code> or <code>Referer</code> . The name isn't case sensitive.
   *
   * <p>You can filter and inspect all headers with the <code>FieldToMatch</code> setting
   * <code>Headers</code> .
   *
   * <p>This is used to indicate the web request component to inspect, in the
   * <code>FieldToMatch</code> specification.
   *
   * <p>Example JSON: <code>"SingleHeader": { "Name": "haystack" }</code>
   *
   * <p>Property type {@code AWS::WAFv2::RuleGroup.SingleHeader}.
   */
  public static final class SingleHeader extends Struct<SingleHeader> {
    private static final Schema SCHEMA = Schema.builder("AWS::WAFv2::RuleGroup.SingleHeader")
        .required("Name")
        .constrain("Name", Constraint.of().pattern("\\S").minLength(1).maxLength(64))
        .build();

    public SingleHeader() {
      super(SCHEMA);
    }

    /**
     * The name of the query header to inspect.
     *
     * <p>Required. Length: 1 to 64 characters. Pattern: {@code &#92;S}. CloudFormation property
     * {@code Name}.
     */
    public SingleHeader name(String value) {
      return set("Name", Value.of(value));
    }

    /** Sets {@code Name} to this value; see {@link #name(String)}. */
    public SingleHeader name(Value<String> value) {
      return set("Name", value);
    }
  }

  /**
   * Inspect one query argument in the web request, identified by name, for example
   * <em>UserName</em> or <em>SalesRegion</em> . The name isn't case sensitive.
   *
   * <p>This is used to indicate the web request component to inspect, in the
   * <code>FieldToMatch</code> specification.
   *
   * <p>Example JSON: <code>"SingleQueryArgument": { "Name": "myArgument" }</code>
   *
   * <p>Property type {@code AWS::WAFv2::RuleGroup.SingleQueryArgument}.
   */
  public static final class SingleQueryArgument extends Struct<SingleQueryArgument> {
    private static final Schema SCHEMA = Schema.builder("AWS::WAFv2::RuleGroup.SingleQueryArgument")
        .required("Name")
        .constrain("Name", Constraint.of().pattern("\\S").minLength(1).maxLength(64))
        .build();

    public SingleQueryArgument() {
      super(SCHEMA);
    }

    /**
     * The name of the query argument to inspect.
     *
     * <p>Required. Length: 1 to 64 characters. Pattern: {@code &#92;S}. CloudFormation property
     * {@code Name}.
     */
    public SingleQueryArgument name(String value) {
      return set("Name", Value.of(value));
    }

    /** Sets {@code Name} to this value; see {@link #name(String)}. */
    public SingleQueryArgument name(Value<String> value) {
      return set("Name", value);
    }
  }

  /**
   * A rule statement that compares a number of bytes against the size of a request component, using
   * a comparison operator, such as greater than (&gt;) or less than (&lt;). For example, you can
   * use a size constraint statement to look for query strings that are longer than 100 bytes.
   *
   * <p>If you configure AWS WAF to inspect the request body, AWS WAF inspects only the number of
   * bytes in the body up to the limit for the web ACL and protected resource type. If you know that
   * the request body for your web requests should never exceed the inspection limit, you can use a
   * size constraint statement to block requests that have a larger request body size. For more
   * information about the inspection limits, see <code>Body</code> and <code>JsonBody</code>
   * settings for the <code>FieldToMatch</code> data type.
   *
   * <p>If you choose URI for the value of Part of the request to filter on, the slash (/) in the
   * URI counts as one character. For example, the URI <code>/logo.jpg</code> is nine characters
   * long.
   *
   * <p>Property type {@code AWS::WAFv2::RuleGroup.SizeConstraintStatement}.
   */
  public static final class SizeConstraintStatement extends Struct<SizeConstraintStatement> {
    private static final Schema SCHEMA = Schema.builder("AWS::WAFv2::RuleGroup.SizeConstraintStatement")
        .required("ComparisonOperator", "FieldToMatch", "Size", "TextTransformations")
        .allowed("ComparisonOperator", "EQ", "NE", "LE", "LT", "GE", "GT")
        .constrain("Size", Constraint.of().minimum(0).maximum(21474836480L))
        .build();

    public SizeConstraintStatement() {
      super(SCHEMA);
    }

    /**
     * The operator to use to compare the request part to the size setting.
     *
     * <p>Required. Allowed values: {@code EQ}, {@code NE}, {@code LE}, {@code LT}, {@code GE},
     * {@code GT}. CloudFormation property {@code ComparisonOperator}.
     */
    public SizeConstraintStatement comparisonOperator(String value) {
      return set("ComparisonOperator", Value.of(value));
    }

    /** Sets {@code ComparisonOperator} to this value; see {@link #comparisonOperator(String)}. */
    public SizeConstraintStatement comparisonOperator(Value<String> value) {
      return set("ComparisonOperator", value);
    }

    /**
     * The part of the web request that you want AWS WAF to inspect.
     *
     * <p>Required. CloudFormation property {@code FieldToMatch}.
     */
    public SizeConstraintStatement fieldToMatch(Value<FieldToMatch> value) {
      return set("FieldToMatch", value);
    }

    /** CloudFormation property {@code PreParseTextTransformations}. */
    public SizeConstraintStatement preParseTextTransformations(List<PreParseTextTransformation> value) {
      return set("PreParseTextTransformations", Value.listOf(value));
    }

    /**
     * Sets {@code PreParseTextTransformations} to this value; see {@link
     * #preParseTextTransformations(List)}.
     */
    public SizeConstraintStatement preParseTextTransformations(Value<List<PreParseTextTransformation>> value) {
      return set("PreParseTextTransformations", value);
    }

    /**
     * Sets {@code PreParseTextTransformations} to a list of these; see {@link
     * #preParseTextTransformations(List)}.
     */
    public SizeConstraintStatement preParseTextTransformations(PreParseTextTransformation... values) {
      return set("PreParseTextTransformations", Value.list(values));
    }

    /**
     * The size, in byte, to compare to the request part, after any transformations.
     *
     * <p>Required. Range: 0 to 21474836480L. CloudFormation property {@code Size}.
     */
    public SizeConstraintStatement size(double value) {
      return set("Size", Value.of(value));
    }

    /** Sets {@code Size} to this value; see {@link #size(double)}. */
    public SizeConstraintStatement size(Value<Double> value) {
      return set("Size", value);
    }

    /**
     * Text transformations eliminate some of the unusual formatting that attackers use in web
     * requests in an effort to bypass detection. If you specify one or more transformations in a
     * rule statement, AWS WAF performs all transformations on the content of the request component
     * identified by <code>FieldToMatch</code> , starting from the lowest priority setting, before
     * inspecting the content for a match.
     *
     * <p>Required. CloudFormation property {@code TextTransformations}.
     */
    public SizeConstraintStatement textTransformations(List<TextTransformation> value) {
      return set("TextTransformations", Value.listOf(value));
    }

    /** Sets {@code TextTransformations} to this value; see {@link #textTransformations(List)}. */
    public SizeConstraintStatement textTransformations(Value<List<TextTransformation>> value) {
      return set("TextTransformations", value);
    }

    /**
     * Sets {@code TextTransformations} to a list of these; see {@link #textTransformations(List)}.
     */
    public SizeConstraintStatement textTransformations(TextTransformation... values) {
      return set("TextTransformations", Value.list(values));
    }
  }

  /**
   * A rule statement that inspects for malicious SQL code. Attackers insert malicious SQL code into
   * web requests to do things like modify your database or extract data from it.
   *
   * <p>Property type {@code AWS::WAFv2::RuleGroup.SqliMatchStatement}.
   */
  public static final class SqliMatchStatement extends Struct<SqliMatchStatement> {
    private static final Schema SCHEMA = Schema.builder("AWS::WAFv2::RuleGroup.SqliMatchStatement")
        .required("FieldToMatch", "TextTransformations")
        .allowed("SensitivityLevel", "LOW", "HIGH")
        .build();

    public SqliMatchStatement() {
      super(SCHEMA);
    }

    /**
     * The part of the web request that you want AWS WAF to inspect.
     *
     * <p>Required. CloudFormation property {@code FieldToMatch}.
     */
    public SqliMatchStatement fieldToMatch(Value<FieldToMatch> value) {
      return set("FieldToMatch", value);
    }

    /** CloudFormation property {@code PreParseTextTransformations}. */
    public SqliMatchStatement preParseTextTransformations(List<PreParseTextTransformation> value) {
      return set("PreParseTextTransformations", Value.listOf(value));
    }

    /**
     * Sets {@code PreParseTextTransformations} to this value; see {@link
     * #preParseTextTransformations(List)}.
     */
    public SqliMatchStatement preParseTextTransformations(Value<List<PreParseTextTransformation>> value) {
      return set("PreParseTextTransformations", value);
    }

    /**
     * Sets {@code PreParseTextTransformations} to a list of these; see {@link
     * #preParseTextTransformations(List)}.
     */
    public SqliMatchStatement preParseTextTransformations(PreParseTextTransformation... values) {
      return set("PreParseTextTransformations", Value.list(values));
    }

    /**
     * The sensitivity that you want AWS WAF to use to inspect for SQL injection attacks.
     *
     * <p><code>HIGH</code> detects more attacks, but might generate more false positives,
     * especially if your web requests frequently contain unusual strings. For information about
     * identifying and mitigating false positives, see <a
     * href="https://docs.aws.amazon.com/waf/latest/developerguide/web-acl-testing.html">Testing and
     * tuning</a> in the <em>AWS WAF Developer Guide</em> .
     *
     * <p><code>LOW</code> is generally a better choice for resources that already have other
     * protections against SQL injection attacks or that have a low tolerance for false positives.
     *
     * <p>Default: <code>LOW</code>
     *
     * <p>Allowed values: {@code LOW}, {@code HIGH}. CloudFormation property {@code
     * SensitivityLevel}.
     */
    public SqliMatchStatement sensitivityLevel(String value) {
      return set("SensitivityLevel", Value.of(value));
    }

    /** Sets {@code SensitivityLevel} to this value; see {@link #sensitivityLevel(String)}. */
    public SqliMatchStatement sensitivityLevel(Value<String> value) {
      return set("SensitivityLevel", value);
    }

    /**
     * Text transformations eliminate some of the unusual formatting that attackers use in web
     * requests in an effort to bypass detection. If you specify one or more transformations in a
     * rule statement, AWS WAF performs all transformations on the content of the request component
     * identified by <code>FieldToMatch</code> , starting from the lowest priority setting, before
     * inspecting the content for a match.
     *
     * <p>Required. CloudFormation property {@code TextTransformations}.
     */
    public SqliMatchStatement textTransformations(List<TextTransformation> value) {
      return set("TextTransformations", Value.listOf(value));
    }

    /** Sets {@code TextTransformations} to this value; see {@link #textTransformations(List)}. */
    public SqliMatchStatement textTransformations(Value<List<TextTransformation>> value) {
      return set("TextTransformations", value);
    }

    /**
     * Sets {@code TextTransformations} to a list of these; see {@link #textTransformations(List)}.
     */
    public SqliMatchStatement textTransformations(TextTransformation... values) {
      return set("TextTransformations", Value.list(values));
    }
  }

  /**
   * The processing guidance for a rule, used by AWS WAF to determine whether a web request matches
   * the rule.
   *
   * <p>Property type {@code AWS::WAFv2::RuleGroup.Statement}.
   */
  public static final class Statement extends Struct<Statement> {
    private static final Schema SCHEMA = Schema.of("AWS::WAFv2::RuleGroup.Statement");

    public Statement() {
      super(SCHEMA);
    }

    /**
     * A logical rule statement used to combine other rule statements with AND logic. You provide
     * more than one <code>Statement</code> within the <code>AndStatement</code> .
     *
     * <p>CloudFormation property {@code AndStatement}.
     */
    public Statement andStatement(Value<AndStatement> value) {
      return set("AndStatement", value);
    }

    /**
     * A rule statement that inspects web traffic based on the Autonomous System Number (ASN)
     * associated with the request's IP address.
     *
     * <p>For additional details, see <a
     * href="https://docs.aws.amazon.com/waf/latest/developerguide/waf-rule-statement-type-asn-match.html">ASN
     * match rule statement</a> in the <a
     * href="https://docs.aws.amazon.com/waf/latest/developerguide/waf-chapter.html">AWS WAF
     * Developer Guide</a> .
     *
     * <p>CloudFormation property {@code AsnMatchStatement}.
     */
    public Statement asnMatchStatement(Value<AsnMatchStatement> value) {
      return set("AsnMatchStatement", value);
    }

    /**
     * A rule statement that defines a string match search for AWS WAF to apply to web requests. The
     * byte match statement provides the bytes to search for, the location in requests that you want
     * AWS WAF to search, and other settings. The bytes to search for are typically a string that
     * corresponds with ASCII characters. In the AWS WAF console and the developer guide, this is
     * called a string match statement.
     *
     * <p>CloudFormation property {@code ByteMatchStatement}.
     */
    public Statement byteMatchStatement(Value<ByteMatchStatement> value) {
      return set("ByteMatchStatement", value);
    }

    /**
     * A rule statement that labels web requests by country and region and that matches against web
     * requests based on country code. A geo match rule labels every request that it inspects
     * regardless of whether it finds a match.
     *
     * <ul> <li>To manage requests only by country, you can use this statement by itself and specify
     * the countries that you want to match against in the <code>CountryCodes</code> array.
     * <li>Otherwise, configure your geo match rule with Count action so that it only labels
     * requests. Then, add one or more label match rules to run after the geo match rule and
     * configure them to match against the geographic labels and handle the requests as needed.
     * </ul>
     *
     * <p>AWS WAF labels requests using the alpha-2 country and region codes from the International
     * Organization for Standardization (ISO) 3166 standard. AWS WAF determines the codes using
     * either the IP address in the web request origin or, if you specify it, the address in the geo
     * match <code>ForwardedIPConfig</code> .
     *
     * <p>If you use the web request origin, the label formats are
     * <code>awswaf:clientip:geo:region:&lt;ISO country code&gt;-&lt;ISO region code&gt;</code> and
     * <code>awswaf:clientip:geo:country:&lt;ISO country code&gt;</code> .
     *
     * <p>If you use a forwarded IP address, the label formats are
     * <code>awswaf:forwardedip:geo:region:&lt;ISO country code&gt;-&lt;ISO region code&gt;</code>
     * and <code>awswaf:forwardedip:geo:country:&lt;ISO country code&gt;</code> .
     *
     * <p>For additional details, see <a
     * href="https://docs.aws.amazon.com/waf/latest/developerguide/waf-rule-statement-type-geo-match.html">Geographic
     * match rule statement</a> in the <a
     * href="https://docs.aws.amazon.com/waf/latest/developerguide/waf-chapter.html">AWS WAF
     * Developer Guide</a> .
     *
     * <p>CloudFormation property {@code GeoMatchStatement}.
     */
    public Statement geoMatchStatement(Value<GeoMatchStatement> value) {
      return set("GeoMatchStatement", value);
    }

    /**
     * A rule statement used to detect web requests coming from particular IP addresses or address
     * ranges. To use this, create an <code>IPSet</code> that specifies the addresses you want to
     * detect, then use the ARN of that set in this statement.
     *
     * <p>Each IP set rule statement references an IP set. You create and maintain the set
     * independent of your rules. This allows you to use the single set in multiple rules. When you
     * update the referenced set, AWS WAF automatically updates all rules that reference it.
     *
     * <p>CloudFormation property {@code IPSetReferenceStatement}.
     */
    public Statement ipSetReferenceStatement(Value<IPSetReferenceStatement> value) {
      return set("IPSetReferenceStatement", value);
    }

    /**
     * A rule statement to match against labels that have been added to the web request by rules
     * that have already run in the web ACL.
     *
     * <p>The label match statement provides the label or namespace string to search for. The label
     * string can represent a part or all of the fully qualified label name that had been added to
     * the web request. Fully qualified labels have a prefix, optional namespaces, and label name.
     * The prefix identifies the rule group or web ACL context of the rule that added the label. If
     * you do not provide the fully qualified name in your label match string, AWS WAF performs the
     * search for labels that were added in the same context as the label match statement.
     *
     * <p>CloudFormation property {@code LabelMatchStatement}.
     */
    public Statement labelMatchStatement(Value<LabelMatchStatement> value) {
      return set("LabelMatchStatement", value);
    }

    /**
     * A logical rule statement used to negate the results of another rule statement. You provide
     * one <code>Statement</code> within the <code>NotStatement</code> .
     *
     * <p>CloudFormation property {@code NotStatement}.
     */
    public Statement notStatement(Value<NotStatement> value) {
      return set("NotStatement", value);
    }

    /**
     * A logical rule statement used to combine other rule statements with OR logic. You provide
     * more than one <code>Statement</code> within the <code>OrStatement</code> .
     *
     * <p>CloudFormation property {@code OrStatement}.
     */
    public Statement orStatement(Value<OrStatement> value) {
      return set("OrStatement", value);
    }

    /**
     * A rate-based rule counts incoming requests and rate limits requests when they are coming at
     * too fast a rate. The rule categorizes requests according to your aggregation criteria,
     * collects them into aggregation instances, and counts and rate limits the requests for each
     * instance.
     *
     * <p>If you change any of these settings in a rule that's currently in use, the change resets
     * the rule's rate limiting counts. This can pause the rule's rate limiting activities for up to
     * a minute.
     *
     * <p>You can specify individual aggregation keys, like IP address or HTTP method. You can also
     * specify aggregation key combinations, like IP address and HTTP method, or HTTP method, query
     * argument, and cookie.
     *
     * <p>Each unique set of values for the aggregation keys that you specify is a separate
     * aggregation instance, with the value from each key contributing to the aggregation instance
     * definition.
     *
     * <p>For example, assume the rule evaluates web requests with the following IP address and HTTP
     * method values:
     *
     * <ul> <li>IP address 10.1.1.1, HTTP method POST <li>IP address 10.1.1.1, HTTP method GET
     * <li>IP address 127.0.0.0, HTTP method POST <li>IP address 10.1.1.1, HTTP method GET </ul>
     *
     * <p>The rule would create different aggregation instances according to your aggregation
     * criteria, for example:
     *
     * <ul> <li>If the aggregation criteria is just the IP address, then each individual address is
     * an aggregation instance, and AWS WAF counts requests separately for each. The aggregation
     * instances and request counts for our example would be the following: </ul>
     *
     * <ul> <li>IP address 10.1.1.1: count 3 <li>IP address 127.0.0.0: count 1 <li>If the
     * aggregation criteria is HTTP method, then each individual HTTP method is an aggregation
     * instance. The aggregation instances and request counts for our example would be the
     * following: </ul>
     *
     * <ul> <li>HTTP method POST: count 2 <li>HTTP method GET: count 2 <li>If the aggregation
     * criteria is IP address and HTTP method, then each IP address and each HTTP method would
     * contribute to the combined aggregation instance. The aggregation instances and request counts
     * for our example would be the following: </ul>
     *
     * <ul> <li>IP address 10.1.1.1, HTTP method POST: count 1 <li>IP address 10.1.1.1, HTTP method
     * GET: count 2 <li>IP address 127.0.0.0, HTTP method POST: count 1 </ul>
     *
     * <p>For any n-tuple of aggregation keys, each unique combination of values for the keys
     * defines a separate aggregation instance, which AWS WAF counts and rate-limits individually.
     *
     * <p>You can optionally nest another statement inside the rate-based statement, to narrow the
     * scope of the rule so that it only counts and rate limits requests that match the nested
     * statement. You can use this nested scope-down statement in conjunction with your aggregation
     * key specifications or you can just count and rate limit all requests that match the
     * scope-down statement, without additional aggregation. When you choose to just manage all
     * requests that match a scope-down statement, the aggregation instance is singular for the
     * rule.
     *
     * <p>You cannot nest a <code>RateBasedStatement</code> inside another statement, for example
     * inside a <code>NotStatement</code> or <code>OrStatement</code> . You can define a
     * <code>RateBasedStatement</code> inside a web ACL and inside a rule group.
     *
     * <p>For additional information about the options, see <a
     * href="https://docs.aws.amazon.com/waf/latest/developerguide/waf-rate-based-rules.html">Rate
     * limiting web requests using rate-based rules</a> in the <em>AWS WAF Developer Guide</em> .
     *
     * <p>If you only aggregate on the individual IP address or forwarded IP address, you can
     * retrieve the list of IP addresses that AWS WAF is currently rate limiting for a rule through
     * the API call <code>GetRateBasedStatementManagedKeys</code> . This option is not available for
     * other aggregation configurations.
     *
     * <p>AWS WAF tracks and manages web requests separately for each instance of a rate-based rule
     * that you use. For example, if you provide the same rate-based rule settings in two web ACLs,
     * each of the two rule statements represents a separate instance of the rate-based rule and
     * gets its own tracking and management by AWS WAF . If you define a rate-based rule inside a
     * rule group, and then use that rule group in multiple places, each use creates a separate
     * instance of the rate-based rule that gets its own tracking and management by AWS WAF .
     *
     * <p>CloudFormation property {@code RateBasedStatement}.
     */
    public Statement rateBasedStatement(Value<RateBasedStatement> value) {
      return set("RateBasedStatement", value);
    }

    /**
     * A rule statement used to search web request components for a match against a single regular
     * expression.
     *
     * <p>CloudFormation property {@code RegexMatchStatement}.
     */
    public Statement regexMatchStatement(Value<RegexMatchStatement> value) {
      return set("RegexMatchStatement", value);
    }

    /**
     * A rule statement used to search web request components for matches with regular expressions.
     * To use this, create a <code>RegexPatternSet</code> that specifies the expressions that you
     * want to detect, then use the ARN of that set in this statement. A web request matches the
     * pattern set rule statement if the request component matches any of the patterns in the set.
     *
     * <p>Each regex pattern set rule statement references a regex pattern set. You create and
     * maintain the set independent of your rules. This allows you to use the single set in multiple
     * rules. When you update the referenced set, AWS WAF automatically updates all rules that
     * reference it.
     *
     * <p>CloudFormation property {@code RegexPatternSetReferenceStatement}.
     */
    public Statement regexPatternSetReferenceStatement(Value<RegexPatternSetReferenceStatement> value) {
      return set("RegexPatternSetReferenceStatement", value);
    }

    /**
     * A rule statement that compares a number of bytes against the size of a request component,
     * using a comparison operator, such as greater than (&gt;) or less than (&lt;). For example,
     * you can use a size constraint statement to look for query strings that are longer than 100
     * bytes.
     *
     * <p>If you configure AWS WAF to inspect the request body, AWS WAF inspects only the number of
     * bytes in the body up to the limit for the web ACL and protected resource type. If you know
     * that the request body for your web requests should never exceed the inspection limit, you can
     * use a size constraint statement to block requests that have a larger request body size. For
     * more information about the inspection limits, see <code>Body</code> and <code>JsonBody</code>
     * settings for the <code>FieldToMatch</code> data type.
     *
     * <p>If you choose URI for the value of Part of the request to filter on, the slash (/) in the
     * URI counts as one character. For example, the URI <code>/logo.jpg</code> is nine characters
     * long.
     *
     * <p>CloudFormation property {@code SizeConstraintStatement}.
     */
    public Statement sizeConstraintStatement(Value<SizeConstraintStatement> value) {
      return set("SizeConstraintStatement", value);
    }

    /**
     * A rule statement that inspects for malicious SQL code. Attackers insert malicious SQL code
     * into web requests to do things like modify your database or extract data from it.
     *
     * <p>CloudFormation property {@code SqliMatchStatement}.
     */
    public Statement sqliMatchStatement(Value<SqliMatchStatement> value) {
      return set("SqliMatchStatement", value);
    }

    /**
     * A rule statement that inspects for cross-site scripting (XSS) attacks. In XSS attacks, the
     * attacker uses vulnerabilities in a benign website as a vehicle to inject malicious
     * client-site scripts into other legitimate web browsers.
     *
     * <p>CloudFormation property {@code XssMatchStatement}.
     */
    public Statement xssMatchStatement(Value<XssMatchStatement> value) {
      return set("XssMatchStatement", value);
    }
  }

  /**
   * Text transformations eliminate some of the unusual formatting that attackers use in web
   * requests in an effort to bypass detection.
   *
   * <p>Property type {@code AWS::WAFv2::RuleGroup.TextTransformation}.
   */
  public static final class TextTransformation extends Struct<TextTransformation> {
    private static final Schema SCHEMA = Schema.builder("AWS::WAFv2::RuleGroup.TextTransformation")
        .required("Priority", "Type")
        .constrain("Priority", Constraint.of().minimum(0))
        .allowed("Type", "NONE", "COMPRESS_WHITE_SPACE", "HTML_ENTITY_DECODE", "LOWERCASE",
            "CMD_LINE", "URL_DECODE", "BASE64_DECODE", "HEX_DECODE", "MD5", "REPLACE_COMMENTS",
            "ESCAPE_SEQ_DECODE", "SQL_HEX_DECODE", "CSS_DECODE", "JS_DECODE", "NORMALIZE_PATH",
            "NORMALIZE_PATH_WIN", "REMOVE_NULLS", "REPLACE_NULLS", "BASE64_DECODE_EXT",
            "URL_DECODE_UNI", "UTF8_TO_UNICODE", "REMOVE_WHITESPACE", "TRIM", "TRIM_LEFT",
            "TRIM_RIGHT", "REMOVE_COMMENTS_CHAR", "UPPERCASE", "CMD_LINE_WIN", "CMD_LINE_UNIX",
            "JS_DECODE_EXT", "SHA256")
        .build();

    public TextTransformation() {
      super(SCHEMA);
    }

    /**
     * Sets the relative processing order for multiple transformations. AWS WAF processes all
     * transformations, from lowest priority to highest, before inspecting the transformed content.
     * The priorities don't need to be consecutive, but they must all be different.
     *
     * <p>Required. Range: at least 0. CloudFormation property {@code Priority}.
     */
    public TextTransformation priority(int value) {
      return set("Priority", Value.of(value));
    }

    /** Sets {@code Priority} to this value; see {@link #priority(int)}. */
    public TextTransformation priority(Value<Integer> value) {
      return set("Priority", value);
    }

    /**
     * For detailed descriptions of each of the transformation types, see <a
     * href="https://docs.aws.amazon.com/waf/latest/developerguide/waf-rule-statement-transformation.html">Text
     * transformations</a> in the <em>AWS WAF Developer Guide</em> .
     *
     * <p>Required. Allowed values: {@code NONE}, {@code COMPRESS_WHITE_SPACE}, {@code
     * HTML_ENTITY_DECODE}, {@code LOWERCASE}, {@code CMD_LINE}, {@code URL_DECODE}, {@code
     * BASE64_DECODE}, {@code HEX_DECODE}, {@code MD5}, {@code REPLACE_COMMENTS}, {@code
     * ESCAPE_SEQ_DECODE}, {@code SQL_HEX_DECODE}, {@code CSS_DECODE}, {@code JS_DECODE}, {@code
     * NORMALIZE_PATH}, {@code NORMALIZE_PATH_WIN}, {@code REMOVE_NULLS}, {@code REPLACE_NULLS},
     * {@code BASE64_DECODE_EXT}, {@code URL_DECODE_UNI}, {@code UTF8_TO_UNICODE}, {@code
     * REMOVE_WHITESPACE}, {@code TRIM}, {@code TRIM_LEFT}, {@code TRIM_RIGHT}, {@code
     * REMOVE_COMMENTS_CHAR}, {@code UPPERCASE}, {@code CMD_LINE_WIN}, {@code CMD_LINE_UNIX}, {@code
     * JS_DECODE_EXT}, {@code SHA256}. CloudFormation property {@code Type}.
     */
    public TextTransformation type(String value) {
      return set("Type", Value.of(value));
    }

    /** Sets {@code Type} to this value; see {@link #type(String)}. */
    public TextTransformation type(Value<String> value) {
      return set("Type", value);
    }
  }

  /**
   * Inspect fragments of the request URI. You can specify the parts of the URI fragment to inspect
   * and you can narrow the set of URI fragments to inspect by including or excluding specific keys.
   *
   * <p>This is used to indicate the web request component to inspect, in the
   * <code>FieldToMatch</code> specification.
   *
   * <p>Example JSON: <code>"UriFragment": { "MatchPattern": { "All": {} }, "MatchScope": "KEY",
   * "OversizeHandling": "MATCH" }</code>
   *
   * <p>Property type {@code AWS::WAFv2::RuleGroup.UriFragment}.
   */
  public static final class UriFragment extends Struct<UriFragment> {
    private static final Schema SCHEMA = Schema.builder("AWS::WAFv2::RuleGroup.UriFragment")
        .allowed("FallbackBehavior", "MATCH", "NO_MATCH")
        .build();

    public UriFragment() {
      super(SCHEMA);
    }

    /**
     * What AWS WAF should do if it fails to completely parse the JSON body. The options are the
     * following:
     *
     * <ul> <li><code>EVALUATE_AS_STRING</code> - Inspect the body as plain text. AWS WAF applies
     * the text transformations and inspection criteria that you defined for the JSON inspection to
     * the body text string. <li><code>MATCH</code> - Treat the web request as matching the rule
     * statement. AWS WAF applies the rule action to the request. <li><code>NO_MATCH</code> - Treat
     * the web request as not matching the rule statement. </ul>
     *
     * <p>If you don't provide this setting, AWS WAF parses and evaluates the content only up to the
     * first parsing failure that it encounters.
     *
     * <p>Example JSON: <code>{ "UriFragment": { "FallbackBehavior": "MATCH"} }</code>
     *
     * <p>AWS WAF parsing doesn't fully validate the input JSON string, so parsing can succeed even
     * for invalid JSON. When parsing succeeds, AWS WAF doesn't apply the fallback behavior. For
     * more information, see <a
     * href="https://docs.aws.amazon.com/waf/latest/developerguide/waf-rule-statement-fields-list.html#waf-rule-statement-request-component-json-body">JSON
     * body</a> in the <em>AWS WAF Developer Guide</em> .
     *
     * <p>Allowed values: {@code MATCH}, {@code NO_MATCH}. CloudFormation property {@code
     * FallbackBehavior}.
     */
    public UriFragment fallbackBehavior(String value) {
      return set("FallbackBehavior", Value.of(value));
    }

    /** Sets {@code FallbackBehavior} to this value; see {@link #fallbackBehavior(String)}. */
    public UriFragment fallbackBehavior(Value<String> value) {
      return set("FallbackBehavior", value);
    }
  }

  /**
   * Defines and enables Amazon CloudWatch metrics and web request sample collection.
   *
   * <p>Property type {@code AWS::WAFv2::RuleGroup.VisibilityConfig}.
   */
  public static final class VisibilityConfig extends Struct<VisibilityConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::WAFv2::RuleGroup.VisibilityConfig")
        .required("CloudWatchMetricsEnabled", "MetricName", "SampledRequestsEnabled")
        .constrain("MetricName", Constraint.of().pattern("^[\\w#:\\.\\-/]+$").minLength(1).maxLength(128))
        .build();

    public VisibilityConfig() {
      super(SCHEMA);
    }

    /**
     * Indicates whether the associated resource sends metrics to Amazon CloudWatch. For the list of
     * available metrics, see <a
     * href="https://docs.aws.amazon.com/waf/latest/developerguide/monitoring-cloudwatch.html#waf-metrics">AWS
     * WAF Metrics</a> in the <em>AWS WAF Developer Guide</em> .
     *
     * <p>For web ACLs, the metrics are for web requests that have the web ACL default action
     * applied. AWS WAF applies the default action to web requests that pass the inspection of all
     * rules in the web ACL without being either allowed or blocked. For more information, see <a
     * href="https://docs.aws.amazon.com/waf/latest/developerguide/web-acl-default-action.html">The
     * web ACL default action</a> in the <em>AWS WAF Developer Guide</em> .
     *
     * <p>Required. CloudFormation property {@code CloudWatchMetricsEnabled}.
     */
    public VisibilityConfig cloudWatchMetricsEnabled(boolean value) {
      return set("CloudWatchMetricsEnabled", Value.of(value));
    }

    /**
     * Sets {@code CloudWatchMetricsEnabled} to this value; see {@link
     * #cloudWatchMetricsEnabled(boolean)}.
     */
    public VisibilityConfig cloudWatchMetricsEnabled(Value<Boolean> value) {
      return set("CloudWatchMetricsEnabled", value);
    }

    /**
     * A name of the Amazon CloudWatch metric dimension. The name can contain only the characters:
     * A-Z, a-z, 0-9, - (hyphen), and _ (underscore). The name can be from one to 128 characters
     * long. It can't contain whitespace or metric names that are reserved for AWS WAF , for example
     * <code>All</code> and <code>Default_Action</code> .
     *
     * <p>Required. Length: 1 to 128 characters. Pattern: {@code ^[&#92;w#:&#92;.&#92;-/]+$}.
     * CloudFormation property {@code MetricName}.
     */
    public VisibilityConfig metricName(String value) {
      return set("MetricName", Value.of(value));
    }

    /** Sets {@code MetricName} to this value; see {@link #metricName(String)}. */
    public VisibilityConfig metricName(Value<String> value) {
      return set("MetricName", value);
    }

    /**
     * Indicates whether AWS WAF should store a sampling of the web requests that match the rules.
     * You can view the sampled requests through the AWS WAF console.
     *
     * <p>If you configure data protection for the web ACL, the protection applies to the web ACL's
     * sampled web request data.
     *
     * <p>Request sampling doesn't provide a field redaction option, and any field redaction that
     * you specify in your logging configuration doesn't affect sampling. You can only exclude
     * fields from request sampling by disabling sampling in the web ACL visibility configuration or
     * by configuring data protection for the web ACL.
     *
     * <p>Required. CloudFormation property {@code SampledRequestsEnabled}.
     */
    public VisibilityConfig sampledRequestsEnabled(boolean value) {
      return set("SampledRequestsEnabled", Value.of(value));
    }

    /**
     * Sets {@code SampledRequestsEnabled} to this value; see {@link
     * #sampledRequestsEnabled(boolean)}.
     */
    public VisibilityConfig sampledRequestsEnabled(Value<Boolean> value) {
      return set("SampledRequestsEnabled", value);
    }
  }

  /**
   * A rule statement that inspects for cross-site scripting (XSS) attacks. In XSS attacks, the
   * attacker uses vulnerabilities in a benign website as a vehicle to inject malicious client-site
   * scripts into other legitimate web browsers.
   *
   * <p>Property type {@code AWS::WAFv2::RuleGroup.XssMatchStatement}.
   */
  public static final class XssMatchStatement extends Struct<XssMatchStatement> {
    private static final Schema SCHEMA = Schema.builder("AWS::WAFv2::RuleGroup.XssMatchStatement")
        .required("FieldToMatch", "TextTransformations")
        .build();

    public XssMatchStatement() {
      super(SCHEMA);
    }

    /**
     * The part of the web request that you want AWS WAF to inspect.
     *
     * <p>Required. CloudFormation property {@code FieldToMatch}.
     */
    public XssMatchStatement fieldToMatch(Value<FieldToMatch> value) {
      return set("FieldToMatch", value);
    }

    /** CloudFormation property {@code PreParseTextTransformations}. */
    public XssMatchStatement preParseTextTransformations(List<PreParseTextTransformation> value) {
      return set("PreParseTextTransformations", Value.listOf(value));
    }

    /**
     * Sets {@code PreParseTextTransformations} to this value; see {@link
     * #preParseTextTransformations(List)}.
     */
    public XssMatchStatement preParseTextTransformations(Value<List<PreParseTextTransformation>> value) {
      return set("PreParseTextTransformations", value);
    }

    /**
     * Sets {@code PreParseTextTransformations} to a list of these; see {@link
     * #preParseTextTransformations(List)}.
     */
    public XssMatchStatement preParseTextTransformations(PreParseTextTransformation... values) {
      return set("PreParseTextTransformations", Value.list(values));
    }

    /**
     * Text transformations eliminate some of the unusual formatting that attackers use in web
     * requests in an effort to bypass detection. If you specify one or more transformations in a
     * rule statement, AWS WAF performs all transformations on the content of the request component
     * identified by <code>FieldToMatch</code> , starting from the lowest priority setting, before
     * inspecting the content for a match.
     *
     * <p>Required. CloudFormation property {@code TextTransformations}.
     */
    public XssMatchStatement textTransformations(List<TextTransformation> value) {
      return set("TextTransformations", Value.listOf(value));
    }

    /** Sets {@code TextTransformations} to this value; see {@link #textTransformations(List)}. */
    public XssMatchStatement textTransformations(Value<List<TextTransformation>> value) {
      return set("TextTransformations", value);
    }

    /**
     * Sets {@code TextTransformations} to a list of these; see {@link #textTransformations(List)}.
     */
    public XssMatchStatement textTransformations(TextTransformation... values) {
      return set("TextTransformations", Value.list(values));
    }
  }
}
