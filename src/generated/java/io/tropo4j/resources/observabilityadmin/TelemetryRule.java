// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.observabilityadmin;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Creates a telemetry rule that defines how telemetry should be configured for AWS resources in
 * your account. The rule specifies which resources should have telemetry enabled and how that
 * telemetry data should be collected based on resource type, telemetry type, and selection
 * criteria.
 *
 * <p>CloudFormation type {@code AWS::ObservabilityAdmin::TelemetryRule}.
 */
public final class TelemetryRule extends Resource<TelemetryRule> {
  private static final Schema SCHEMA = Schema.builder("AWS::ObservabilityAdmin::TelemetryRule")
      .required("Rule", "RuleName")
      .constrain("RuleName", Constraint.of().pattern("^[0-9A-Za-z-]+$").minLength(1).maxLength(100))
      .refYields("RuleArn")
      .attributes("RegionStatuses", "RuleArn")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public TelemetryRule(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * Retrieves the details of a specific telemetry rule in your account.
   *
   * <p>Required. CloudFormation property {@code Rule}.
   */
  public TelemetryRule rule(Value<TelemetryRuleProperty> value) {
    return set("Rule", value);
  }

  /**
   * The name of the telemetry rule.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 100 characters. Pattern: {@code
   * ^[0-9A-Za-z-]+$}. CloudFormation property {@code RuleName}.
   */
  public TelemetryRule ruleName(String value) {
    return set("RuleName", Value.of(value));
  }

  /** Sets {@code RuleName} to this value; see {@link #ruleName(String)}. */
  public TelemetryRule ruleName(Value<String> value) {
    return set("RuleName", value);
  }

  /**
   * Lists all tags attached to the specified resource. Supports telemetry rule resources and
   * telemetry pipeline resources.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public TelemetryRule tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public TelemetryRule tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public TelemetryRule tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * Per-region replication status of the rule
   *
   * <p>{@code Fn::GetAtt} attribute {@code RegionStatuses}.
   */
  public Value<List<RegionStatus>> regionStatuses() {
    return getAtt("RegionStatuses");
  }

  /**
   * The Amazon Resource Name (ARN) of the telemetry rule.
   *
   * <p>{@code Fn::GetAtt} attribute {@code RuleArn}.
   */
  public Value<String> ruleArn() {
    return getAtt("RuleArn");
  }

  /**
   * Condition that matches based on the specific WAF action taken on the request.
   *
   * <p>Property type {@code AWS::ObservabilityAdmin::TelemetryRule.ActionCondition}.
   */
  public static final class ActionCondition extends Struct<ActionCondition> {
    private static final Schema SCHEMA = Schema.builder("AWS::ObservabilityAdmin::TelemetryRule.ActionCondition")
        .allowed("Action", "ALLOW", "BLOCK", "COUNT", "CAPTCHA", "CHALLENGE", "EXCLUDED_AS_COUNT")
        .build();

    public ActionCondition() {
      super(SCHEMA);
    }

    /**
     * The WAF action to match against (ALLOW, BLOCK, COUNT, CAPTCHA, CHALLENGE, EXCLUDED_AS_COUNT).
     *
     * <p>Allowed values: {@code ALLOW}, {@code BLOCK}, {@code COUNT}, {@code CAPTCHA}, {@code
     * CHALLENGE}, {@code EXCLUDED_AS_COUNT}. CloudFormation property {@code Action}.
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
   * Advanced event selectors let you create fine-grained selectors for management, data, and
   * network activity events.
   *
   * <p>Property type {@code AWS::ObservabilityAdmin::TelemetryRule.AdvancedEventSelector}.
   */
  public static final class AdvancedEventSelector extends Struct<AdvancedEventSelector> {
    private static final Schema SCHEMA = Schema.builder("AWS::ObservabilityAdmin::TelemetryRule.AdvancedEventSelector")
        .required("FieldSelectors")
        .build();

    public AdvancedEventSelector() {
      super(SCHEMA);
    }

    /**
     * Contains all selector statements in an advanced event selector.
     *
     * <p>Required. CloudFormation property {@code FieldSelectors}.
     */
    public AdvancedEventSelector fieldSelectors(List<AdvancedFieldSelector> value) {
      return set("FieldSelectors", Value.listOf(value));
    }

    /** Sets {@code FieldSelectors} to this value; see {@link #fieldSelectors(List)}. */
    public AdvancedEventSelector fieldSelectors(Value<List<AdvancedFieldSelector>> value) {
      return set("FieldSelectors", value);
    }

    /** Sets {@code FieldSelectors} to a list of these; see {@link #fieldSelectors(List)}. */
    public AdvancedEventSelector fieldSelectors(AdvancedFieldSelector... values) {
      return set("FieldSelectors", Value.list(values));
    }

    /**
     * An optional, descriptive name for an advanced event selector, such as "Log data events for
     * only two S3 buckets".
     *
     * <p>CloudFormation property {@code Name}.
     */
    public AdvancedEventSelector name(String value) {
      return set("Name", Value.of(value));
    }

    /** Sets {@code Name} to this value; see {@link #name(String)}. */
    public AdvancedEventSelector name(Value<String> value) {
      return set("Name", value);
    }
  }

  /**
   * Defines criteria for selecting resources based on field values.
   *
   * <p>Property type {@code AWS::ObservabilityAdmin::TelemetryRule.AdvancedFieldSelector}.
   */
  public static final class AdvancedFieldSelector extends Struct<AdvancedFieldSelector> {
    private static final Schema SCHEMA = Schema.builder("AWS::ObservabilityAdmin::TelemetryRule.AdvancedFieldSelector")
        .constrain("Field", Constraint.of().minLength(1).maxLength(1000))
        .build();

    public AdvancedFieldSelector() {
      super(SCHEMA);
    }

    /**
     * Matches if the field value ends with the specified value.
     *
     * <p>CloudFormation property {@code EndsWith}.
     */
    public AdvancedFieldSelector endsWith(List<String> value) {
      return set("EndsWith", Value.listOf(value));
    }

    /** Sets {@code EndsWith} to this value; see {@link #endsWith(List)}. */
    public AdvancedFieldSelector endsWith(Value<List<String>> value) {
      return set("EndsWith", value);
    }

    /**
     * Matches if the field value equals the specified value.
     *
     * <p>CloudFormation property {@code Equals}.
     */
    public AdvancedFieldSelector equalsProperty(List<String> value) {
      return set("Equals", Value.listOf(value));
    }

    /** Sets {@code Equals} to this value; see {@link #equalsProperty(List)}. */
    public AdvancedFieldSelector equalsProperty(Value<List<String>> value) {
      return set("Equals", value);
    }

    /**
     * The name of the field to use for selection.
     *
     * <p>Length: 1 to 1000 characters. CloudFormation property {@code Field}.
     */
    public AdvancedFieldSelector field(String value) {
      return set("Field", Value.of(value));
    }

    /** Sets {@code Field} to this value; see {@link #field(String)}. */
    public AdvancedFieldSelector field(Value<String> value) {
      return set("Field", value);
    }

    /**
     * Matches if the field value does not end with the specified value.
     *
     * <p>CloudFormation property {@code NotEndsWith}.
     */
    public AdvancedFieldSelector notEndsWith(List<String> value) {
      return set("NotEndsWith", Value.listOf(value));
    }

    /** Sets {@code NotEndsWith} to this value; see {@link #notEndsWith(List)}. */
    public AdvancedFieldSelector notEndsWith(Value<List<String>> value) {
      return set("NotEndsWith", value);
    }

    /**
     * Matches if the field value does not equal the specified value.
     *
     * <p>CloudFormation property {@code NotEquals}.
     */
    public AdvancedFieldSelector notEquals(List<String> value) {
      return set("NotEquals", Value.listOf(value));
    }

    /** Sets {@code NotEquals} to this value; see {@link #notEquals(List)}. */
    public AdvancedFieldSelector notEquals(Value<List<String>> value) {
      return set("NotEquals", value);
    }

    /**
     * Matches if the field value does not start with the specified value.
     *
     * <p>CloudFormation property {@code NotStartsWith}.
     */
    public AdvancedFieldSelector notStartsWith(List<String> value) {
      return set("NotStartsWith", Value.listOf(value));
    }

    /** Sets {@code NotStartsWith} to this value; see {@link #notStartsWith(List)}. */
    public AdvancedFieldSelector notStartsWith(Value<List<String>> value) {
      return set("NotStartsWith", value);
    }

    /**
     * Matches if the field value starts with the specified value.
     *
     * <p>CloudFormation property {@code StartsWith}.
     */
    public AdvancedFieldSelector startsWith(List<String> value) {
      return set("StartsWith", Value.listOf(value));
    }

    /** Sets {@code StartsWith} to this value; see {@link #startsWith(List)}. */
    public AdvancedFieldSelector startsWith(Value<List<String>> value) {
      return set("StartsWith", value);
    }
  }

  /**
   * Parameters specific to AWS CloudTrail telemetry configuration.
   *
   * <p>Property type {@code AWS::ObservabilityAdmin::TelemetryRule.CloudtrailParameters}.
   */
  public static final class CloudtrailParameters extends Struct<CloudtrailParameters> {
    private static final Schema SCHEMA = Schema.builder("AWS::ObservabilityAdmin::TelemetryRule.CloudtrailParameters")
        .required("AdvancedEventSelectors")
        .build();

    public CloudtrailParameters() {
      super(SCHEMA);
    }

    /**
     * The advanced event selectors to use for filtering AWS CloudTrail events.
     *
     * <p>Required. CloudFormation property {@code AdvancedEventSelectors}.
     */
    public CloudtrailParameters advancedEventSelectors(List<AdvancedEventSelector> value) {
      return set("AdvancedEventSelectors", Value.listOf(value));
    }

    /**
     * Sets {@code AdvancedEventSelectors} to this value; see {@link #advancedEventSelectors(List)}.
     */
    public CloudtrailParameters advancedEventSelectors(Value<List<AdvancedEventSelector>> value) {
      return set("AdvancedEventSelectors", value);
    }

    /**
     * Sets {@code AdvancedEventSelectors} to a list of these; see {@link
     * #advancedEventSelectors(List)}.
     */
    public CloudtrailParameters advancedEventSelectors(AdvancedEventSelector... values) {
      return set("AdvancedEventSelectors", Value.list(values));
    }
  }

  /**
   * A single condition that can match based on WAF rule action or label name.
   *
   * <p>Property type {@code AWS::ObservabilityAdmin::TelemetryRule.Condition}.
   */
  public static final class Condition extends Struct<Condition> {
    private static final Schema SCHEMA = Schema.of("AWS::ObservabilityAdmin::TelemetryRule.Condition");

    public Condition() {
      super(SCHEMA);
    }

    /**
     * Matches log records based on the WAF rule action taken (ALLOW, BLOCK, COUNT, etc.).
     *
     * <p>CloudFormation property {@code ActionCondition}.
     */
    public Condition actionCondition(Value<ActionCondition> value) {
      return set("ActionCondition", value);
    }

    /**
     * Matches log records based on WAF rule labels applied to the request.
     *
     * <p>CloudFormation property {@code LabelNameCondition}.
     */
    public Condition labelNameCondition(Value<LabelNameCondition> value) {
      return set("LabelNameCondition", value);
    }
  }

  /**
   * Configuration parameters for ELB load balancer logging, including output format and field
   * delimiter settings.
   *
   * <p>Property type {@code
   * AWS::ObservabilityAdmin::TelemetryRule.ELBLoadBalancerLoggingParameters}.
   */
  public static final class ELBLoadBalancerLoggingParameters extends Struct<ELBLoadBalancerLoggingParameters> {
    private static final Schema SCHEMA = Schema.builder("AWS::ObservabilityAdmin::TelemetryRule.ELBLoadBalancerLoggingParameters")
        .allowed("OutputFormat", "plain", "json")
        .build();

    public ELBLoadBalancerLoggingParameters() {
      super(SCHEMA);
    }

    /**
     * The delimiter character used to separate fields in ELB access log entries when using plain
     * text format.
     *
     * <p>CloudFormation property {@code FieldDelimiter}.
     */
    public ELBLoadBalancerLoggingParameters fieldDelimiter(String value) {
      return set("FieldDelimiter", Value.of(value));
    }

    /** Sets {@code FieldDelimiter} to this value; see {@link #fieldDelimiter(String)}. */
    public ELBLoadBalancerLoggingParameters fieldDelimiter(Value<String> value) {
      return set("FieldDelimiter", value);
    }

    /**
     * The format for ELB access log entries (plain text or JSON format).
     *
     * <p>Allowed values: {@code plain}, {@code json}. CloudFormation property {@code OutputFormat}.
     */
    public ELBLoadBalancerLoggingParameters outputFormat(String value) {
      return set("OutputFormat", Value.of(value));
    }

    /** Sets {@code OutputFormat} to this value; see {@link #outputFormat(String)}. */
    public ELBLoadBalancerLoggingParameters outputFormat(Value<String> value) {
      return set("OutputFormat", value);
    }
  }

  /**
   * Specifies a field in the request to redact from WAF logs, such as headers, query parameters, or
   * body content.
   *
   * <p>Property type {@code AWS::ObservabilityAdmin::TelemetryRule.FieldToMatch}.
   */
  public static final class FieldToMatch extends Struct<FieldToMatch> {
    private static final Schema SCHEMA = Schema.of("AWS::ObservabilityAdmin::TelemetryRule.FieldToMatch");

    public FieldToMatch() {
      super(SCHEMA);
    }

    /**
     * Redacts the HTTP method from WAF logs.
     *
     * <p>CloudFormation property {@code Method}.
     */
    public FieldToMatch method(String value) {
      return set("Method", Value.of(value));
    }

    /** Sets {@code Method} to this value; see {@link #method(String)}. */
    public FieldToMatch method(Value<String> value) {
      return set("Method", value);
    }

    /**
     * Redacts the entire query string from WAF logs.
     *
     * <p>CloudFormation property {@code QueryString}.
     */
    public FieldToMatch queryString(String value) {
      return set("QueryString", Value.of(value));
    }

    /** Sets {@code QueryString} to this value; see {@link #queryString(String)}. */
    public FieldToMatch queryString(Value<String> value) {
      return set("QueryString", value);
    }

    /**
     * Redacts a specific header field by name from WAF logs.
     *
     * <p>CloudFormation property {@code SingleHeader}.
     */
    public FieldToMatch singleHeader(Value<SingleHeader> value) {
      return set("SingleHeader", value);
    }

    /**
     * Redacts the URI path from WAF logs.
     *
     * <p>CloudFormation property {@code UriPath}.
     */
    public FieldToMatch uriPath(String value) {
      return set("UriPath", Value.of(value));
    }

    /** Sets {@code UriPath} to this value; see {@link #uriPath(String)}. */
    public FieldToMatch uriPath(Value<String> value) {
      return set("UriPath", value);
    }
  }

  /**
   * A single filter condition that specifies behavior, requirement, and matching conditions for WAF
   * log records.
   *
   * <p>Property type {@code AWS::ObservabilityAdmin::TelemetryRule.Filter}.
   */
  public static final class Filter extends Struct<Filter> {
    private static final Schema SCHEMA = Schema.builder("AWS::ObservabilityAdmin::TelemetryRule.Filter")
        .allowed("Behavior", "KEEP", "DROP")
        .allowed("Requirement", "MEETS_ALL", "MEETS_ANY")
        .build();

    public Filter() {
      super(SCHEMA);
    }

    /**
     * The action to take for log records matching this filter (KEEP or DROP).
     *
     * <p>Allowed values: {@code KEEP}, {@code DROP}. CloudFormation property {@code Behavior}.
     */
    public Filter behavior(String value) {
      return set("Behavior", Value.of(value));
    }

    /** Sets {@code Behavior} to this value; see {@link #behavior(String)}. */
    public Filter behavior(Value<String> value) {
      return set("Behavior", value);
    }

    /**
     * The list of conditions that determine if a log record matches this filter.
     *
     * <p>CloudFormation property {@code Conditions}.
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
     * Whether the log record must meet all conditions (MEETS_ALL) or any condition (MEETS_ANY) to
     * match this filter.
     *
     * <p>Allowed values: {@code MEETS_ALL}, {@code MEETS_ANY}. CloudFormation property {@code
     * Requirement}.
     */
    public Filter requirement(String value) {
      return set("Requirement", Value.of(value));
    }

    /** Sets {@code Requirement} to this value; see {@link #requirement(String)}. */
    public Filter requirement(Value<String> value) {
      return set("Requirement", value);
    }
  }

  /**
   * Condition that matches based on WAF rule labels, with label names limited to 1024 characters.
   *
   * <p>Property type {@code AWS::ObservabilityAdmin::TelemetryRule.LabelNameCondition}.
   */
  public static final class LabelNameCondition extends Struct<LabelNameCondition> {
    private static final Schema SCHEMA = Schema.builder("AWS::ObservabilityAdmin::TelemetryRule.LabelNameCondition")
        .constrain("LabelName", Constraint.of().pattern("^[0-9A-Za-z_\\-:]+$").minLength(1).maxLength(1024))
        .build();

    public LabelNameCondition() {
      super(SCHEMA);
    }

    /**
     * The label name to match, supporting alphanumeric characters, underscores, hyphens, and
     * colons.
     *
     * <p>Length: 1 to 1024 characters. Pattern: {@code ^[0-9A-Za-z_&#92;-:]+$}. CloudFormation
     * property {@code LabelName}.
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
   * Configuration parameters for Amazon Bedrock AgentCore logging, including <code>logType</code>
   * settings.
   *
   * <p>Property type {@code AWS::ObservabilityAdmin::TelemetryRule.LogDeliveryParameters}.
   */
  public static final class LogDeliveryParameters extends Struct<LogDeliveryParameters> {
    private static final Schema SCHEMA = Schema.builder("AWS::ObservabilityAdmin::TelemetryRule.LogDeliveryParameters")
        .allowed("LogTypes", "APPLICATION_LOGS", "USAGE_LOGS", "SECURITY_FINDING_LOGS",
            "S3_SERVER_ACCESS_LOGS", "ACCESS_LOGS", "CONNECTION_LOGS", "ALB_ACCESS_LOGS",
            "ALB_CONNECTION_LOGS", "ALB_HEALTH_CHECK_LOGS")
        .build();

    public LogDeliveryParameters() {
      super(SCHEMA);
    }

    /**
     * The type of log that the source is sending.
     *
     * <p>Allowed values: {@code APPLICATION_LOGS}, {@code USAGE_LOGS}, {@code
     * SECURITY_FINDING_LOGS}, {@code S3_SERVER_ACCESS_LOGS}, {@code ACCESS_LOGS}, {@code
     * CONNECTION_LOGS}, {@code ALB_ACCESS_LOGS}, {@code ALB_CONNECTION_LOGS}, {@code
     * ALB_HEALTH_CHECK_LOGS}. CloudFormation property {@code LogTypes}.
     */
    public LogDeliveryParameters logTypes(List<String> value) {
      return set("LogTypes", Value.listOf(value));
    }

    /** Sets {@code LogTypes} to this value; see {@link #logTypes(List)}. */
    public LogDeliveryParameters logTypes(Value<List<String>> value) {
      return set("LogTypes", value);
    }
  }

  /**
   * Configuration that determines which WAF log records to keep or drop based on specified
   * conditions.
   *
   * <p>Property type {@code AWS::ObservabilityAdmin::TelemetryRule.LoggingFilter}.
   */
  public static final class LoggingFilter extends Struct<LoggingFilter> {
    private static final Schema SCHEMA = Schema.builder("AWS::ObservabilityAdmin::TelemetryRule.LoggingFilter")
        .allowed("DefaultBehavior", "KEEP", "DROP")
        .build();

    public LoggingFilter() {
      super(SCHEMA);
    }

    /**
     * The default action (KEEP or DROP) for log records that don't match any filter conditions.
     *
     * <p>Allowed values: {@code KEEP}, {@code DROP}. CloudFormation property {@code
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
     * A list of filter conditions that determine log record handling behavior.
     *
     * <p>CloudFormation property {@code Filters}.
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

  /**
   * Configuration parameters for Amazon MSK cluster monitoring.
   *
   * <p>Property type {@code AWS::ObservabilityAdmin::TelemetryRule.MskMonitoringParameters}.
   */
  public static final class MskMonitoringParameters extends Struct<MskMonitoringParameters> {
    private static final Schema SCHEMA = Schema.builder("AWS::ObservabilityAdmin::TelemetryRule.MskMonitoringParameters")
        .allowed("EnhancedMonitoring", "DEFAULT", "PER_BROKER", "PER_TOPIC_PER_BROKER",
            "PER_TOPIC_PER_PARTITION")
        .build();

    public MskMonitoringParameters() {
      super(SCHEMA);
    }

    /**
     * The level of enhanced monitoring for the MSK cluster.
     *
     * <p>Allowed values: {@code DEFAULT}, {@code PER_BROKER}, {@code PER_TOPIC_PER_BROKER}, {@code
     * PER_TOPIC_PER_PARTITION}. CloudFormation property {@code EnhancedMonitoring}.
     */
    public MskMonitoringParameters enhancedMonitoring(String value) {
      return set("EnhancedMonitoring", Value.of(value));
    }

    /** Sets {@code EnhancedMonitoring} to this value; see {@link #enhancedMonitoring(String)}. */
    public MskMonitoringParameters enhancedMonitoring(Value<String> value) {
      return set("EnhancedMonitoring", value);
    }
  }

  /**
   * Status of a telemetry rule in a specific region
   *
   * <p>Property type {@code AWS::ObservabilityAdmin::TelemetryRule.RegionStatus}.
   */
  public static final class RegionStatus extends Struct<RegionStatus> {
    private static final Schema SCHEMA = Schema.of("AWS::ObservabilityAdmin::TelemetryRule.RegionStatus");

    public RegionStatus() {
      super(SCHEMA);
    }

    /**
     * The AWS region code
     *
     * <p>CloudFormation property {@code Region}.
     */
    public RegionStatus region(String value) {
      return set("Region", Value.of(value));
    }

    /** Sets {@code Region} to this value; see {@link #region(String)}. */
    public RegionStatus region(Value<String> value) {
      return set("Region", value);
    }

    /**
     * The ARN of the rule in this region
     *
     * <p>CloudFormation property {@code RuleArn}.
     */
    public RegionStatus ruleArn(String value) {
      return set("RuleArn", Value.of(value));
    }

    /** Sets {@code RuleArn} to this value; see {@link #ruleArn(String)}. */
    public RegionStatus ruleArn(Value<String> value) {
      return set("RuleArn", value);
    }

    /**
     * The replication status of the rule in this region
     *
     * <p>CloudFormation property {@code Status}.
     */
    public RegionStatus status(String value) {
      return set("Status", Value.of(value));
    }

    /** Sets {@code Status} to this value; see {@link #status(String)}. */
    public RegionStatus status(Value<String> value) {
      return set("Status", value);
    }
  }

  /**
   * Structure containing a name field limited to 64 characters for header or query parameter
   * identification.
   *
   * <p>Property type {@code AWS::ObservabilityAdmin::TelemetryRule.SingleHeader}.
   */
  public static final class SingleHeader extends Struct<SingleHeader> {
    private static final Schema SCHEMA = Schema.builder("AWS::ObservabilityAdmin::TelemetryRule.SingleHeader")
        .required("Name")
        .constrain("Name", Constraint.of().minLength(1).maxLength(64))
        .build();

    public SingleHeader() {
      super(SCHEMA);
    }

    /**
     * The name value, limited to 64 characters.
     *
     * <p>Required. Length: 1 to 64 characters. CloudFormation property {@code Name}.
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
   * Configuration specifying where and how telemetry data should be delivered for AWS resources.
   *
   * <p>Property type {@code
   * AWS::ObservabilityAdmin::TelemetryRule.TelemetryDestinationConfiguration}.
   */
  public static final class TelemetryDestinationConfiguration extends Struct<TelemetryDestinationConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::ObservabilityAdmin::TelemetryRule.TelemetryDestinationConfiguration")
        .allowed("DestinationType", "cloud-watch-logs")
        .constrain("KmsKeyArn", Constraint.of().pattern("^arn:aws[a-zA-Z-]*:kms:[a-z0-9-]+:\\d{12}:key/(mrk-)?[a-f0-9-]+$").minLength(1).maxLength(2048).format("AWS::KMS::Key.Arn"))
        .constrain("RetentionInDays", Constraint.of().minimum(1).maximum(3653))
        .build();

    public TelemetryDestinationConfiguration() {
      super(SCHEMA);
    }

    /**
     * Configuration parameters specific to AWS CloudTrail when CloudTrail is the source type.
     *
     * <p>CloudFormation property {@code CloudtrailParameters}.
     */
    public TelemetryDestinationConfiguration cloudtrailParameters(Value<CloudtrailParameters> value) {
      return set("CloudtrailParameters", value);
    }

    /**
     * The pattern used to generate the destination path or name, supporting macros like
     * &lt;resourceId&gt; and &lt;accountId&gt;.
     *
     * <p>CloudFormation property {@code DestinationPattern}.
     */
    public TelemetryDestinationConfiguration destinationPattern(String value) {
      return set("DestinationPattern", Value.of(value));
    }

    /** Sets {@code DestinationPattern} to this value; see {@link #destinationPattern(String)}. */
    public TelemetryDestinationConfiguration destinationPattern(Value<String> value) {
      return set("DestinationPattern", value);
    }

    /**
     * The type of destination for the telemetry data (e.g., "Amazon CloudWatch Logs", "S3").
     *
     * <p>Allowed values: {@code cloud-watch-logs}. CloudFormation property {@code DestinationType}.
     */
    public TelemetryDestinationConfiguration destinationType(String value) {
      return set("DestinationType", Value.of(value));
    }

    /** Sets {@code DestinationType} to this value; see {@link #destinationType(String)}. */
    public TelemetryDestinationConfiguration destinationType(Value<String> value) {
      return set("DestinationType", value);
    }

    /**
     * Configuration parameters specific to ELB load balancer logging when ELB is the resource type.
     *
     * <p>CloudFormation property {@code ELBLoadBalancerLoggingParameters}.
     */
    public TelemetryDestinationConfiguration elbLoadBalancerLoggingParameters(Value<ELBLoadBalancerLoggingParameters> value) {
      return set("ELBLoadBalancerLoggingParameters", value);
    }

    /**
     * The Amazon Resource Name (ARN) of the customer-managed AWS KMS key used to encrypt the
     * destination log groups specified in the Telemetry Rule.
     *
     * <p>Length: 1 to 2048 characters. Pattern: {@code
     * ^arn:aws[a-zA-Z-]*:kms:[a-z0-9-]+:&#92;d{12}:key/(mrk-)?[a-f0-9-]+$}. Format: {@code
     * AWS::KMS::Key.Arn}. CloudFormation property {@code KmsKeyArn}.
     */
    public TelemetryDestinationConfiguration kmsKeyArn(String value) {
      return set("KmsKeyArn", Value.of(value));
    }

    /** Sets {@code KmsKeyArn} to this value; see {@link #kmsKeyArn(String)}. */
    public TelemetryDestinationConfiguration kmsKeyArn(Value<String> value) {
      return set("KmsKeyArn", value);
    }

    /**
     * Configuration parameters specific to Amazon Bedrock AgentCore logging when Amazon Bedrock
     * AgentCore is the resource type.
     *
     * <p>CloudFormation property {@code LogDeliveryParameters}.
     */
    public TelemetryDestinationConfiguration logDeliveryParameters(Value<LogDeliveryParameters> value) {
      return set("LogDeliveryParameters", value);
    }

    /**
     * Configuration parameters for Amazon MSK cluster monitoring.
     *
     * <p>CloudFormation property {@code MskMonitoringParameters}.
     */
    public TelemetryDestinationConfiguration mskMonitoringParameters(Value<MskMonitoringParameters> value) {
      return set("MskMonitoringParameters", value);
    }

    /**
     * The number of days to retain the telemetry data in the destination.
     *
     * <p>Range: 1 to 3653. CloudFormation property {@code RetentionInDays}.
     */
    public TelemetryDestinationConfiguration retentionInDays(int value) {
      return set("RetentionInDays", Value.of(value));
    }

    /** Sets {@code RetentionInDays} to this value; see {@link #retentionInDays(int)}. */
    public TelemetryDestinationConfiguration retentionInDays(Value<Integer> value) {
      return set("RetentionInDays", value);
    }

    /**
     * Configuration parameters specific to VPC Flow Logs when VPC is the resource type.
     *
     * <p>CloudFormation property {@code VPCFlowLogParameters}.
     */
    public TelemetryDestinationConfiguration vpcFlowLogParameters(Value<VPCFlowLogParameters> value) {
      return set("VPCFlowLogParameters", value);
    }

    /**
     * Configuration parameters specific to WAF logging when WAF is the resource type.
     *
     * <p>CloudFormation property {@code WAFLoggingParameters}.
     */
    public TelemetryDestinationConfiguration wafLoggingParameters(Value<WAFLoggingParameters> value) {
      return set("WAFLoggingParameters", value);
    }
  }

  /**
   * Defines how telemetry should be configured for specific AWS resources.
   *
   * <p>Property type {@code AWS::ObservabilityAdmin::TelemetryRule.TelemetryRule}.
   */
  public static final class TelemetryRuleProperty extends Struct<TelemetryRuleProperty> {
    private static final Schema SCHEMA = Schema.builder("AWS::ObservabilityAdmin::TelemetryRule.TelemetryRule")
        .required("ResourceType", "TelemetryType")
        .constrain("Regions", Constraint.of().minLength(1))
        .allowed("ResourceType", "AWS::EC2::VPC", "AWS::WAFv2::WebACL", "AWS::CloudTrail",
            "AWS::EKS::Cluster", "AWS::ElasticLoadBalancingV2::LoadBalancer", "AWS::EC2::Instance",
            "AWS::BedrockAgentCore::Runtime", "AWS::BedrockAgentCore::Browser",
            "AWS::BedrockAgentCore::CodeInterpreter", "AWS::SecurityHub::Hub",
            "AWS::SecurityHub::HubV2", "AWS::S3::Bucket", "AWS::MSK::Cluster",
            "AWS::CloudFront::Distribution", "AWS::CloudWatch::OTelEnrichment",
            "AWS::Bedrock::KnowledgeBase", "AWS::BedrockAgentCore::Memory",
            "AWS::BedrockAgentCore::Gateway", "AWS::BedrockAgentCore::WorkloadIdentity")
        .allowed("TelemetrySourceTypes", "VPC_FLOW_LOGS", "ROUTE53_RESOLVER_QUERY_LOGS",
            "EKS_AUDIT_LOGS", "EKS_AUTHENTICATOR_LOGS", "EKS_CONTROLLER_MANAGER_LOGS",
            "EKS_SCHEDULER_LOGS", "EKS_API_LOGS")
        .allowed("TelemetryType", "Logs", "Traces", "Metrics")
        .build();

    public TelemetryRuleProperty() {
      super(SCHEMA);
    }

    /**
     * When true, the rule is replicated to all supported regions
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code AllRegions}.
     */
    public TelemetryRuleProperty allRegions(boolean value) {
      return set("AllRegions", Value.of(value));
    }

    /** Sets {@code AllRegions} to this value; see {@link #allRegions(boolean)}. */
    public TelemetryRuleProperty allRegions(Value<Boolean> value) {
      return set("AllRegions", value);
    }

    /**
     * When true, configuration drift in managed telemetry resources will be detected and remediated
     * for resource-level fields.
     *
     * <p>Default: {@code false}. CloudFormation property {@code AllowFieldUpdates}.
     */
    public TelemetryRuleProperty allowFieldUpdates(boolean value) {
      return set("AllowFieldUpdates", Value.of(value));
    }

    /** Sets {@code AllowFieldUpdates} to this value; see {@link #allowFieldUpdates(boolean)}. */
    public TelemetryRuleProperty allowFieldUpdates(Value<Boolean> value) {
      return set("AllowFieldUpdates", value);
    }

    /**
     * Configuration specifying where and how the telemetry data should be delivered.
     *
     * <p>CloudFormation property {@code DestinationConfiguration}.
     */
    public TelemetryRuleProperty destinationConfiguration(Value<TelemetryDestinationConfiguration> value) {
      return set("DestinationConfiguration", value);
    }

    /**
     * List of AWS region codes where the rule should be replicated
     *
     * <p>Length: at least 1 characters. CloudFormation property {@code Regions}.
     */
    public TelemetryRuleProperty regions(List<String> value) {
      return set("Regions", Value.listOf(value));
    }

    /** Sets {@code Regions} to this value; see {@link #regions(List)}. */
    public TelemetryRuleProperty regions(Value<List<String>> value) {
      return set("Regions", value);
    }

    /**
     * The type of AWS resource to configure telemetry for (e.g., "AWS::EC2::VPC",
     * "AWS::EKS::Cluster", "AWS::WAFv2::WebACL").
     *
     * <p>Required. Allowed values: {@code AWS::EC2::VPC}, {@code AWS::WAFv2::WebACL}, {@code
     * AWS::CloudTrail}, {@code AWS::EKS::Cluster}, {@code
     * AWS::ElasticLoadBalancingV2::LoadBalancer}, {@code AWS::EC2::Instance}, {@code
     * AWS::BedrockAgentCore::Runtime}, {@code AWS::BedrockAgentCore::Browser}, {@code
     * AWS::BedrockAgentCore::CodeInterpreter}, {@code AWS::SecurityHub::Hub}, {@code
     * AWS::SecurityHub::HubV2}, {@code AWS::S3::Bucket}, {@code AWS::MSK::Cluster}, {@code
     * AWS::CloudFront::Distribution}, {@code AWS::CloudWatch::OTelEnrichment}, {@code
     * AWS::Bedrock::KnowledgeBase}, {@code AWS::BedrockAgentCore::Memory}, {@code
     * AWS::BedrockAgentCore::Gateway}, {@code AWS::BedrockAgentCore::WorkloadIdentity}.
     * CloudFormation property {@code ResourceType}.
     */
    public TelemetryRuleProperty resourceType(String value) {
      return set("ResourceType", Value.of(value));
    }

    /** Sets {@code ResourceType} to this value; see {@link #resourceType(String)}. */
    public TelemetryRuleProperty resourceType(Value<String> value) {
      return set("ResourceType", value);
    }

    /**
     * Criteria for selecting which resources the rule applies to, such as resource tags.
     *
     * <p>CloudFormation property {@code SelectionCriteria}.
     */
    public TelemetryRuleProperty selectionCriteria(String value) {
      return set("SelectionCriteria", Value.of(value));
    }

    /** Sets {@code SelectionCriteria} to this value; see {@link #selectionCriteria(String)}. */
    public TelemetryRuleProperty selectionCriteria(Value<String> value) {
      return set("SelectionCriteria", value);
    }

    /**
     * The specific telemetry source types to configure for the resource, such as VPC_FLOW_LOGS or
     * EKS_AUDIT_LOGS. TelemetrySourceTypes must be correlated with the specific resource type.
     *
     * <p>Allowed values: {@code VPC_FLOW_LOGS}, {@code ROUTE53_RESOLVER_QUERY_LOGS}, {@code
     * EKS_AUDIT_LOGS}, {@code EKS_AUTHENTICATOR_LOGS}, {@code EKS_CONTROLLER_MANAGER_LOGS}, {@code
     * EKS_SCHEDULER_LOGS}, {@code EKS_API_LOGS}. CloudFormation property {@code
     * TelemetrySourceTypes}.
     */
    public TelemetryRuleProperty telemetrySourceTypes(List<String> value) {
      return set("TelemetrySourceTypes", Value.listOf(value));
    }

    /** Sets {@code TelemetrySourceTypes} to this value; see {@link #telemetrySourceTypes(List)}. */
    public TelemetryRuleProperty telemetrySourceTypes(Value<List<String>> value) {
      return set("TelemetrySourceTypes", value);
    }

    /**
     * The type of telemetry to collect (Logs, Metrics, or Traces).
     *
     * <p>Required. Allowed values: {@code Logs}, {@code Traces}, {@code Metrics}. CloudFormation
     * property {@code TelemetryType}.
     */
    public TelemetryRuleProperty telemetryType(String value) {
      return set("TelemetryType", Value.of(value));
    }

    /** Sets {@code TelemetryType} to this value; see {@link #telemetryType(String)}. */
    public TelemetryRuleProperty telemetryType(Value<String> value) {
      return set("TelemetryType", value);
    }
  }

  /**
   * Configuration parameters specific to VPC Flow Logs.
   *
   * <p>Property type {@code AWS::ObservabilityAdmin::TelemetryRule.VPCFlowLogParameters}.
   */
  public static final class VPCFlowLogParameters extends Struct<VPCFlowLogParameters> {
    private static final Schema SCHEMA = Schema.of("AWS::ObservabilityAdmin::TelemetryRule.VPCFlowLogParameters");

    public VPCFlowLogParameters() {
      super(SCHEMA);
    }

    /**
     * The format in which VPC Flow Log entries should be logged.
     *
     * <p>CloudFormation property {@code LogFormat}.
     */
    public VPCFlowLogParameters logFormat(String value) {
      return set("LogFormat", Value.of(value));
    }

    /** Sets {@code LogFormat} to this value; see {@link #logFormat(String)}. */
    public VPCFlowLogParameters logFormat(Value<String> value) {
      return set("LogFormat", value);
    }

    /**
     * The maximum interval in seconds between the capture of flow log records.
     *
     * <p>CloudFormation property {@code MaxAggregationInterval}.
     */
    public VPCFlowLogParameters maxAggregationInterval(int value) {
      return set("MaxAggregationInterval", Value.of(value));
    }

    /**
     * Sets {@code MaxAggregationInterval} to this value; see {@link #maxAggregationInterval(int)}.
     */
    public VPCFlowLogParameters maxAggregationInterval(Value<Integer> value) {
      return set("MaxAggregationInterval", value);
    }

    /**
     * The type of traffic to log (ACCEPT, REJECT, or ALL).
     *
     * <p>CloudFormation property {@code TrafficType}.
     */
    public VPCFlowLogParameters trafficType(String value) {
      return set("TrafficType", Value.of(value));
    }

    /** Sets {@code TrafficType} to this value; see {@link #trafficType(String)}. */
    public VPCFlowLogParameters trafficType(Value<String> value) {
      return set("TrafficType", value);
    }
  }

  /**
   * Configuration parameters for WAF logging, including redacted fields and logging filters.
   *
   * <p>Property type {@code AWS::ObservabilityAdmin::TelemetryRule.WAFLoggingParameters}.
   */
  public static final class WAFLoggingParameters extends Struct<WAFLoggingParameters> {
    private static final Schema SCHEMA = Schema.builder("AWS::ObservabilityAdmin::TelemetryRule.WAFLoggingParameters")
        .allowed("LogType", "WAF_LOGS")
        .build();

    public WAFLoggingParameters() {
      super(SCHEMA);
    }

    /**
     * The type of WAF logs to collect (currently supports WAF_LOGS).
     *
     * <p>Allowed values: {@code WAF_LOGS}. CloudFormation property {@code LogType}.
     */
    public WAFLoggingParameters logType(String value) {
      return set("LogType", Value.of(value));
    }

    /** Sets {@code LogType} to this value; see {@link #logType(String)}. */
    public WAFLoggingParameters logType(Value<String> value) {
      return set("LogType", value);
    }

    /**
     * A filter configuration that determines which WAF log records to include or exclude.
     *
     * <p>CloudFormation property {@code LoggingFilter}.
     */
    public WAFLoggingParameters loggingFilter(Value<LoggingFilter> value) {
      return set("LoggingFilter", value);
    }

    /**
     * The fields to redact from WAF logs to protect sensitive information.
     *
     * <p>CloudFormation property {@code RedactedFields}.
     */
    public WAFLoggingParameters redactedFields(List<FieldToMatch> value) {
      return set("RedactedFields", Value.listOf(value));
    }

    /** Sets {@code RedactedFields} to this value; see {@link #redactedFields(List)}. */
    public WAFLoggingParameters redactedFields(Value<List<FieldToMatch>> value) {
      return set("RedactedFields", value);
    }

    /** Sets {@code RedactedFields} to a list of these; see {@link #redactedFields(List)}. */
    public WAFLoggingParameters redactedFields(FieldToMatch... values) {
      return set("RedactedFields", Value.list(values));
    }
  }
}
