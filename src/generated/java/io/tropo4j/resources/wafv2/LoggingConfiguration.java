// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.wafv2;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.fn.Json;
import io.tropo4j.fn.Value;
import io.tropo4j.resources.kinesisfirehose.DeliveryStream;
import io.tropo4j.resources.logs.LogGroup;
import io.tropo4j.resources.s3.Bucket;
import java.util.List;

/**
 * Defines an association between logging destinations and a web ACL resource, for logging from AWS
 * WAF . As part of the association, you can specify parts of the standard logging fields to keep
 * out of the logs and you can specify filters so that you log only a subset of the logging records.
 *
 * <p>If you configure data protection for the web ACL, the protection applies to the data that AWS
 * WAF sends to the logs.
 *
 * <p>You can define one logging destination per web ACL.
 *
 * <p>You can access information about the traffic that AWS WAF inspects using the following steps:
 *
 * <ul> <li>Create your logging destination. You can use an Amazon CloudWatch Logs log group, an
 * Amazon Simple Storage Service (Amazon S3) bucket, or an Amazon Kinesis Data Firehose. </ul>
 *
 * <p>The name that you give the destination must start with <code>aws-waf-logs-</code> . Depending
 * on the type of destination, you might need to configure additional settings or permissions.
 *
 * <p>For configuration requirements and pricing information for each destination type, see <a
 * href="https://docs.aws.amazon.com/waf/latest/developerguide/logging.html">Logging web ACL
 * traffic</a> in the <em>AWS WAF Developer Guide</em> .
 *
 * <ul> <li>Associate your logging destination to your web ACL using a
 * <code>PutLoggingConfiguration</code> request. </ul>
 *
 * <p>When you successfully enable logging using a <code>PutLoggingConfiguration</code> request, AWS
 * WAF creates an additional role or policy that is required to write logs to the logging
 * destination. For an Amazon CloudWatch Logs log group, AWS WAF creates a resource policy on the
 * log group. For an Amazon S3 bucket, AWS WAF creates a bucket policy. For an Amazon Kinesis Data
 * Firehose, AWS WAF creates a service-linked role.
 *
 * <p>For additional information about web ACL logging, see <a
 * href="https://docs.aws.amazon.com/waf/latest/developerguide/logging.html">Logging web ACL traffic
 * information</a> in the <em>AWS WAF Developer Guide</em> .
 *
 * <p>CloudFormation type {@code AWS::WAFv2::LoggingConfiguration}.
 */
public final class LoggingConfiguration extends Resource<LoggingConfiguration> {
  private static final Schema SCHEMA = Schema.builder("AWS::WAFv2::LoggingConfiguration")
      .required("LogDestinationConfigs", "ResourceArn")
      .references("LogDestinationConfigs", "AWS::Logs::LogGroup.Arn",
          "AWS::KinesisFirehose::DeliveryStream.Arn", "AWS::Logs::LogGroup.Ref",
          "AWS::S3::Bucket.Arn")
      .references("ResourceArn", "AWS::WAFv2::WebACL.Arn")
      .refYields("ResourceArn")
      .attributes("ManagedByFirewallManager")
      .build();

  public LoggingConfiguration(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The logging destination configuration that you want to associate with the web ACL.
   *
   * <p>You can associate one logging destination to a web ACL.
   *
   * <p>Required. CloudFormation property {@code LogDestinationConfigs}.
   */
  public LoggingConfiguration logDestinationConfigs(List<String> value) {
    return set("LogDestinationConfigs", Value.listOf(value));
  }

  /** Sets {@code LogDestinationConfigs} to this value; see {@link #logDestinationConfigs(List)}. */
  public LoggingConfiguration logDestinationConfigs(Value<List<String>> value) {
    return set("LogDestinationConfigs", value);
  }

  /**
   * Sets {@code LogDestinationConfigs} to the Arn of each {@code AWS::Logs::LogGroup}; see {@link
   * #logDestinationConfigs(List)}.
   */
  public LoggingConfiguration logDestinationConfigs(LogGroup... resources) {
    return set("LogDestinationConfigs", Value.attributes("Arn", resources));
  }

  /**
   * Filtering that specifies which web requests are kept in the logs and which are dropped. You can
   * filter on the rule action and on the web request labels that were applied by matching rules
   * during web ACL evaluation.
   *
   * <p>CloudFormation property {@code LoggingFilter}.
   */
  public LoggingConfiguration loggingFilter(Value<LoggingFilter> value) {
    return set("LoggingFilter", value);
  }

  /**
   * The parts of the request that you want to keep out of the logs.
   *
   * <p>For example, if you redact the <code>SingleHeader</code> field, the <code>HEADER</code>
   * field in the logs will be <code>REDACTED</code> for all rules that use the
   * <code>SingleHeader</code> <code>FieldToMatch</code> setting.
   *
   * <p>If you configure data protection for the web ACL, the protection applies to the data that
   * AWS WAF sends to the logs.
   *
   * <p>Redaction applies only to the component that's specified in the rule's
   * <code>FieldToMatch</code> setting, so the <code>SingleHeader</code> redaction doesn't apply to
   * rules that use the <code>Headers</code> <code>FieldToMatch</code> .
   *
   * <p>You can specify only the following fields for redaction: <code>UriPath</code> ,
   * <code>QueryString</code> , <code>SingleHeader</code> , and <code>Method</code> . &gt; This
   * setting has no impact on request sampling. You can only exclude fields from request sampling by
   * disabling sampling in the web ACL visibility configuration or by configuring data protection
   * for the web ACL.
   *
   * <p>CloudFormation property {@code RedactedFields}.
   */
  public LoggingConfiguration redactedFields(List<FieldToMatch> value) {
    return set("RedactedFields", Value.listOf(value));
  }

  /** Sets {@code RedactedFields} to this value; see {@link #redactedFields(List)}. */
  public LoggingConfiguration redactedFields(Value<List<FieldToMatch>> value) {
    return set("RedactedFields", value);
  }

  /** Sets {@code RedactedFields} to a list of these; see {@link #redactedFields(List)}. */
  public LoggingConfiguration redactedFields(FieldToMatch... values) {
    return set("RedactedFields", Value.list(values));
  }

  /**
   * The Amazon Resource Name (ARN) of the web ACL that you want to associate with
   * <code>LogDestinationConfigs</code> .
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code ResourceArn}.
   */
  public LoggingConfiguration resourceArn(String value) {
    return set("ResourceArn", Value.of(value));
  }

  /** Sets {@code ResourceArn} to this value; see {@link #resourceArn(String)}. */
  public LoggingConfiguration resourceArn(Value<String> value) {
    return set("ResourceArn", value);
  }

  /**
   * Sets {@code ResourceArn} to the Arn of {@code AWS::WAFv2::WebACL}; see {@link
   * #resourceArn(String)}.
   */
  public LoggingConfiguration resourceArn(WebACL resource) {
    return set("ResourceArn", resource.arn());
  }

  /**
   * Indicates whether the logging configuration was created by AWS Firewall Manager , as part of an
   * AWS WAF policy configuration. If true, only Firewall Manager can modify or delete the
   * configuration.
   *
   * <p>{@code Fn::GetAtt} attribute {@code ManagedByFirewallManager}.
   */
  public Value<Boolean> managedByFirewallManager() {
    return getAtt("ManagedByFirewallManager");
  }

  /**
   * A single action condition for a condition in a logging filter.
   *
   * <p>Property type {@code AWS::WAFv2::LoggingConfiguration.ActionCondition}.
   */
  public static final class ActionCondition extends Struct<ActionCondition> {
    private static final Schema SCHEMA = Schema.builder("AWS::WAFv2::LoggingConfiguration.ActionCondition")
        .required("Action")
        .allowed("Action", "ALLOW", "BLOCK", "COUNT", "CAPTCHA", "CHALLENGE", "MONETIZE",
            "EXCLUDED_AS_COUNT")
        .build();

    public ActionCondition() {
      super(SCHEMA);
    }

    /**
     * The action setting that a log record must contain in order to meet the condition. This is the
     * action that AWS WAF applied to the web request.
     *
     * <p>For rule groups, this is either the configured rule action setting, or if you've applied a
     * rule action override to the rule, it's the override action. The value
     * <code>EXCLUDED_AS_COUNT</code> matches on excluded rules and also on rules that have a rule
     * action override of Count.
     *
     * <p>Required. Allowed values: {@code ALLOW}, {@code BLOCK}, {@code COUNT}, {@code CAPTCHA},
     * {@code CHALLENGE}, {@code MONETIZE}, {@code EXCLUDED_AS_COUNT}. CloudFormation property
     * {@code Action}.
     */
    public ActionCondition action(String value) {
      return set("Action", Value.of(value));
    }

    /** Sets {@code Action} to this value; see {@link #action(String)}. */
    public ActionCondition action(Value<String> value) {
      return set("Action", value);
    }
  }

  /**
   * A single match condition for a log filter.
   *
   * <p>Property type {@code AWS::WAFv2::LoggingConfiguration.Condition}.
   */
  public static final class Condition extends Struct<Condition> {
    private static final Schema SCHEMA = Schema.of("AWS::WAFv2::LoggingConfiguration.Condition");

    public Condition() {
      super(SCHEMA);
    }

    /**
     * A single action condition. This is the action setting that a log record must contain in order
     * to meet the condition.
     *
     * <p>CloudFormation property {@code ActionCondition}.
     */
    public Condition actionCondition(Value<ActionCondition> value) {
      return set("ActionCondition", value);
    }

    /**
     * A single label name condition. This is the fully qualified label name that a log record must
     * contain in order to meet the condition. Fully qualified labels have a prefix, optional
     * namespaces, and label name. The prefix identifies the rule group or web ACL context of the
     * rule that added the label.
     *
     * <p>CloudFormation property {@code LabelNameCondition}.
     */
    public Condition labelNameCondition(Value<LabelNameCondition> value) {
      return set("LabelNameCondition", value);
    }
  }

  /**
   * The parts of the request that you want to keep out of the logs. This is used in the logging
   * configuration <code>RedactedFields</code> specification.
   *
   * <p>Example JSON for a <code>QueryString</code> field to match:
   *
   * <p><code>"FieldToMatch": { "QueryString": {} }</code>
   *
   * <p>Example JSON for a <code>Method</code> field to match specification:
   *
   * <p><code>"FieldToMatch": { "Method": { "Name": "DELETE" } }</code>
   *
   * <p>Property type {@code AWS::WAFv2::LoggingConfiguration.FieldToMatch}.
   */
  public static final class FieldToMatch extends Struct<FieldToMatch> {
    private static final Schema SCHEMA = Schema.builder("AWS::WAFv2::LoggingConfiguration.FieldToMatch")
        .constrain("Method", Constraint.of().format("json"))
        .constrain("QueryString", Constraint.of().format("json"))
        .constrain("UriPath", Constraint.of().format("json"))
        .build();

    public FieldToMatch() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code JsonBody}. */
    public FieldToMatch jsonBody(Value<Json> value) {
      return set("JsonBody", value);
    }

    /**
     * Redact the indicated HTTP method. The method indicates the type of operation that the request
     * is asking the origin to perform.
     *
     * <p>Format: {@code json}. CloudFormation property {@code Method}.
     */
    public FieldToMatch method(Value<Json> value) {
      return set("Method", value);
    }

    /**
     * Redact the query string. This is the part of a URL that appears after a <code>?</code>
     * character, if any.
     *
     * <p>Format: {@code json}. CloudFormation property {@code QueryString}.
     */
    public FieldToMatch queryString(Value<Json> value) {
      return set("QueryString", value);
    }

    /**
     * Redact a single header. Provide the name of the header to inspect, for example,
     * <code>User-Agent</code> or <code>Referer</code> . This setting isn't case sensitive.
     *
     * <p>Example JSON: <code>"SingleHeader": { "Name": "haystack" }</code>
     *
     * <p>CloudFormation property {@code SingleHeader}.
     */
    public FieldToMatch singleHeader(Value<SingleHeader> value) {
      return set("SingleHeader", value);
    }

    /**
     * Redact the request URI path. This is the part of the web request that identifies a resource,
     * for example, <code>/images/daily-ad.jpg</code> .
     *
     * <p>Format: {@code json}. CloudFormation property {@code UriPath}.
     */
    public FieldToMatch uriPath(Value<Json> value) {
      return set("UriPath", value);
    }
  }

  /**
   * A single logging filter, used in <code>LoggingFilter</code> .
   *
   * <p>Property type {@code AWS::WAFv2::LoggingConfiguration.Filter}.
   */
  public static final class Filter extends Struct<Filter> {
    private static final Schema SCHEMA = Schema.builder("AWS::WAFv2::LoggingConfiguration.Filter")
        .required("Behavior", "Conditions", "Requirement")
        .allowed("Behavior", "KEEP", "DROP")
        .allowed("Requirement", "MEETS_ALL", "MEETS_ANY")
        .build();

    public Filter() {
      super(SCHEMA);
    }

    /**
     * How to handle logs that satisfy the filter's conditions and requirement.
     *
     * <p>Required. Allowed values: {@code KEEP}, {@code DROP}. CloudFormation property {@code
     * Behavior}.
     */
    public Filter behavior(String value) {
      return set("Behavior", Value.of(value));
    }

    /** Sets {@code Behavior} to this value; see {@link #behavior(String)}. */
    public Filter behavior(Value<String> value) {
      return set("Behavior", value);
    }

    /**
     * Match conditions for the filter.
     *
     * <p>Required. CloudFormation property {@code Conditions}.
     */
    public Filter conditions(List<Condition> value) {
      return set("Conditions", Value.listOf(value));
    }

    /** Sets {@code Conditions} to this value; see {@link #conditions(List)}. */
    public Filter conditions(Value<List<Condition>> value) {
      return set("Conditions", value);
    }

    /** Sets {@code Conditions} to a list of these; see {@link #conditions(List)}. */
    public Filter conditions(Condition... values) {
      return set("Conditions", Value.list(values));
    }

    /**
     * Logic to apply to the filtering conditions. You can specify that, in order to satisfy the
     * filter, a log must match all conditions or must match at least one condition.
     *
     * <p>Required. Allowed values: {@code MEETS_ALL}, {@code MEETS_ANY}. CloudFormation property
     * {@code Requirement}.
     */
    public Filter requirement(String value) {
      return set("Requirement", Value.of(value));
    }

    /** Sets {@code Requirement} to this value; see {@link #requirement(String)}. */
    public Filter requirement(Value<String> value) {
      return set("Requirement", value);
    }
  }

  /** Property type {@code AWS::WAFv2::LoggingConfiguration.JsonBody}. */
  public static final class JsonBody extends Struct<JsonBody> {
    private static final Schema SCHEMA = Schema.builder("AWS::WAFv2::LoggingConfiguration.JsonBody")
        .required("MatchPattern", "MatchScope")
        .build();

    public JsonBody() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code InvalidFallbackBehavior}. */
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

    /** Required. CloudFormation property {@code MatchPattern}. */
    public JsonBody matchPattern(Value<MatchPattern> value) {
      return set("MatchPattern", value);
    }

    /** Required. CloudFormation property {@code MatchScope}. */
    public JsonBody matchScope(String value) {
      return set("MatchScope", Value.of(value));
    }

    /** Sets {@code MatchScope} to this value; see {@link #matchScope(String)}. */
    public JsonBody matchScope(Value<String> value) {
      return set("MatchScope", value);
    }
  }

  /**
   * A single label name condition for a condition in a logging filter.
   *
   * <p>Property type {@code AWS::WAFv2::LoggingConfiguration.LabelNameCondition}.
   */
  public static final class LabelNameCondition extends Struct<LabelNameCondition> {
    private static final Schema SCHEMA = Schema.builder("AWS::WAFv2::LoggingConfiguration.LabelNameCondition")
        .required("LabelName")
        .build();

    public LabelNameCondition() {
      super(SCHEMA);
    }

    /**
     * The label name that a log record must contain in order to meet the condition. This must be a
     * fully qualified label name. Fully qualified labels have a prefix, optional namespaces, and
     * label name. The prefix identifies the rule group or web ACL context of the rule that added
     * the label.
     *
     * <p>Required. CloudFormation property {@code LabelName}.
     */
    public LabelNameCondition labelName(String value) {
      return set("LabelName", Value.of(value));
    }

    /** Sets {@code LabelName} to this value; see {@link #labelName(String)}. */
    public LabelNameCondition labelName(Value<String> value) {
      return set("LabelName", value);
    }
  }

  /**
   * Filtering that specifies which web requests are kept in the logs and which are dropped, defined
   * for a web ACL's <code>LoggingConfiguration</code> .
   *
   * <p>You can filter on the rule action and on the web request labels that were applied by
   * matching rules during web ACL evaluation.
   *
   * <p>Property type {@code AWS::WAFv2::LoggingConfiguration.LoggingFilter}.
   */
  public static final class LoggingFilter extends Struct<LoggingFilter> {
    private static final Schema SCHEMA = Schema.builder("AWS::WAFv2::LoggingConfiguration.LoggingFilter")
        .required("DefaultBehavior", "Filters")
        .allowed("DefaultBehavior", "KEEP", "DROP")
        .build();

    public LoggingFilter() {
      super(SCHEMA);
    }

    /**
     * Default handling for logs that don't match any of the specified filtering conditions.
     *
     * <p>Required. Allowed values: {@code KEEP}, {@code DROP}. CloudFormation property {@code
     * DefaultBehavior}.
     */
    public LoggingFilter defaultBehavior(String value) {
      return set("DefaultBehavior", Value.of(value));
    }

    /** Sets {@code DefaultBehavior} to this value; see {@link #defaultBehavior(String)}. */
    public LoggingFilter defaultBehavior(Value<String> value) {
      return set("DefaultBehavior", value);
    }

    /**
     * The filters that you want to apply to the logs.
     *
     * <p>Required. CloudFormation property {@code Filters}.
     */
    public LoggingFilter filters(List<Filter> value) {
      return set("Filters", Value.listOf(value));
    }

    /** Sets {@code Filters} to this value; see {@link #filters(List)}. */
    public LoggingFilter filters(Value<List<Filter>> value) {
      return set("Filters", value);
    }

    /** Sets {@code Filters} to a list of these; see {@link #filters(List)}. */
    public LoggingFilter filters(Filter... values) {
      return set("Filters", Value.list(values));
    }
  }

  /** Property type {@code AWS::WAFv2::LoggingConfiguration.MatchPattern}. */
  public static final class MatchPattern extends Struct<MatchPattern> {
    private static final Schema SCHEMA = Schema.of("AWS::WAFv2::LoggingConfiguration.MatchPattern");

    public MatchPattern() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code All}. */
    public MatchPattern all(Value<Json> value) {
      return set("All", value);
    }

    /** CloudFormation property {@code IncludedPaths}. */
    public MatchPattern includedPaths(List<String> value) {
      return set("IncludedPaths", Value.listOf(value));
    }

    /** Sets {@code IncludedPaths} to this value; see {@link #includedPaths(List)}. */
    public MatchPattern includedPaths(Value<List<String>> value) {
      return set("IncludedPaths", value);
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
   * <p>Property type {@code AWS::WAFv2::LoggingConfiguration.SingleHeader}.
   */
  public static final class SingleHeader extends Struct<SingleHeader> {
    private static final Schema SCHEMA = Schema.builder("AWS::WAFv2::LoggingConfiguration.SingleHeader")
        .required("Name")
        .build();

    public SingleHeader() {
      super(SCHEMA);
    }

    /**
     * The name of the query header to inspect.
     *
     * <p>Required. CloudFormation property {@code Name}.
     */
    public SingleHeader name(String value) {
      return set("Name", Value.of(value));
    }

    /** Sets {@code Name} to this value; see {@link #name(String)}. */
    public SingleHeader name(Value<String> value) {
      return set("Name", value);
    }
  }
}
