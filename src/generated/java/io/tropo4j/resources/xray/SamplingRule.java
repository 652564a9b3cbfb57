// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.xray;

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
 * Use the <code>AWS::XRay::SamplingRule</code> resource to specify a sampling rule, which controls
 * sampling behavior for instrumented applications. Include a <code>SamplingRule</code> entity to
 * create or update a sampling rule.
 *
 * <p><code>SamplingRule.Version</code> can only be set when creating a sampling rule. Updating the
 * version will cause the update to fail.
 *
 * <p>Services retrieve rules with <a
 * href="https://docs.aws.amazon.com//xray/latest/api/API_GetSamplingRules.html">GetSamplingRules</a>
 * , and evaluate each rule in ascending order of <em>priority</em> for each request. If a rule
 * matches, the service records a trace, borrowing it from the reservoir size. After 10 seconds, the
 * service reports back to X-Ray with <a
 * href="https://docs.aws.amazon.com//xray/latest/api/API_GetSamplingTargets.html">GetSamplingTargets</a>
 * to get updated versions of each in-use rule. The updated rule contains a trace quota that the
 * service can use instead of borrowing from the reservoir.
 *
 * <p>CloudFormation type {@code AWS::XRay::SamplingRule}.
 */
public final class SamplingRule extends Resource<SamplingRule> {
  private static final Schema SCHEMA = Schema.builder("AWS::XRay::SamplingRule")
      .constrain("RuleName", Constraint.of().minLength(1).maxLength(32))
      .refYields("RuleARN")
      .attributes("RuleARN")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public SamplingRule(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The ARN of the sampling rule. Specify a rule by either name or ARN, but not both.
   *
   * <p>Length: 1 to 32 characters. CloudFormation property {@code RuleName}.
   *
   * @deprecated The specification marks {@code RuleName} deprecated.
   */
  @Deprecated
  public SamplingRule ruleName(String value) {
    return set("RuleName", Value.of(value));
  }

  /**
   * Sets {@code RuleName} to this value; see {@link #ruleName(String)}.
   *
   * @deprecated The specification marks {@code RuleName} deprecated.
   */
  @Deprecated
  public SamplingRule ruleName(Value<String> value) {
    return set("RuleName", value);
  }

  /**
   * The sampling rule to be created or updated.
   *
   * <p>CloudFormation property {@code SamplingRule}.
   */
  public SamplingRule samplingRule(Value<SamplingRuleProperty> value) {
    return set("SamplingRule", value);
  }

  /**
   * CloudFormation property {@code SamplingRuleRecord}.
   *
   * @deprecated The specification marks {@code SamplingRuleRecord} deprecated.
   */
  @Deprecated
  public SamplingRule samplingRuleRecord(Value<SamplingRuleRecord> value) {
    return set("SamplingRuleRecord", value);
  }

  /**
   * CloudFormation property {@code SamplingRuleUpdate}.
   *
   * @deprecated The specification marks {@code SamplingRuleUpdate} deprecated.
   */
  @Deprecated
  public SamplingRule samplingRuleUpdate(Value<SamplingRuleUpdate> value) {
    return set("SamplingRuleUpdate", value);
  }

  /**
   * An array of key-value pairs to apply to this resource.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public SamplingRule tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public SamplingRule tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public SamplingRule tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The sampling rule ARN that was created or updated.
   *
   * <p>{@code Fn::GetAtt} attribute {@code RuleARN}.
   */
  public Value<String> ruleARN() {
    return getAtt("RuleARN");
  }

  /** Property type {@code AWS::XRay::SamplingRule.SamplingRateBoost}. */
  public static final class SamplingRateBoost extends Struct<SamplingRateBoost> {
    private static final Schema SCHEMA = Schema.builder("AWS::XRay::SamplingRule.SamplingRateBoost")
        .required("CooldownWindowMinutes", "MaxRate")
        .constrain("CooldownWindowMinutes", Constraint.of().minimum(1))
        .constrain("MaxRate", Constraint.of().minimum(0).maximum(1))
        .build();

    public SamplingRateBoost() {
      super(SCHEMA);
    }

    /**
     * Time window (in minutes) in which only one sampling rate boost can be triggered. After a
     * boost occurs, no further boosts are allowed until the next window.
     *
     * <p>Required. Range: at least 1. CloudFormation property {@code CooldownWindowMinutes}.
     */
    public SamplingRateBoost cooldownWindowMinutes(int value) {
      return set("CooldownWindowMinutes", Value.of(value));
    }

    /**
     * Sets {@code CooldownWindowMinutes} to this value; see {@link #cooldownWindowMinutes(int)}.
     */
    public SamplingRateBoost cooldownWindowMinutes(Value<Integer> value) {
      return set("CooldownWindowMinutes", value);
    }

    /**
     * The maximum sampling rate X-Ray will apply when it detects anomalies. X-Ray determines the
     * appropriate rate between your baseline and the maximum, depending on anomaly activity.
     *
     * <p>Required. Range: 0 to 1. CloudFormation property {@code MaxRate}.
     */
    public SamplingRateBoost maxRate(double value) {
      return set("MaxRate", Value.of(value));
    }

    /** Sets {@code MaxRate} to this value; see {@link #maxRate(double)}. */
    public SamplingRateBoost maxRate(Value<Double> value) {
      return set("MaxRate", value);
    }
  }

  /**
   * A sampling rule that services use to decide whether to instrument a request. Rule fields can
   * match properties of the service, or properties of a request. The service can ignore rules that
   * don't match its properties.
   *
   * <p>Property type {@code AWS::XRay::SamplingRule.SamplingRule}.
   */
  public static final class SamplingRuleProperty extends Struct<SamplingRuleProperty> {
    private static final Schema SCHEMA = Schema.builder("AWS::XRay::SamplingRule.SamplingRule")
        .required("FixedRate", "HTTPMethod", "Host", "Priority", "ReservoirSize", "ResourceARN",
            "ServiceName", "ServiceType", "URLPath")
        .constrain("FixedRate", Constraint.of().minimum(0).maximum(1))
        .constrain("HTTPMethod", Constraint.of().minLength(0).maxLength(10))
        .constrain("Host", Constraint.of().minLength(0).maxLength(64))
        .constrain("Priority", Constraint.of().minimum(1).maximum(9999))
        .constrain("ReservoirSize", Constraint.of().minimum(0))
        .constrain("ResourceARN", Constraint.of().minLength(0).maxLength(500))
        .constrain("RuleName", Constraint.of().minLength(1).maxLength(32))
        .constrain("ServiceName", Constraint.of().minLength(0).maxLength(64))
        .constrain("ServiceType", Constraint.of().minLength(0).maxLength(64))
        .constrain("URLPath", Constraint.of().minLength(0).maxLength(128))
        .constrain("Version", Constraint.of().minimum(1))
        .build();

    public SamplingRuleProperty() {
      super(SCHEMA);
    }

    /**
     * Matches attributes derived from the request.
     *
     * <p><em>Map Entries:</em> Maximum number of 5 items.
     *
     * <p><em>Key Length Constraints:</em> Minimum length of 1. Maximum length of 32.
     *
     * <p><em>Value Length Constraints:</em> Minimum length of 1. Maximum length of 32.
     *
     * <p>CloudFormation property {@code Attributes}.
     */
    public SamplingRuleProperty attributes(Map<String, String> value) {
      return set("Attributes", Value.mapOf(value));
    }

    /** Sets {@code Attributes} to this value; see {@link #attributes(Map)}. */
    public SamplingRuleProperty attributes(Value<Map<String, String>> value) {
      return set("Attributes", value);
    }

    /**
     * The percentage of matching requests to instrument, after the reservoir is exhausted.
     *
     * <p>Required. Range: 0 to 1. CloudFormation property {@code FixedRate}.
     */
    public SamplingRuleProperty fixedRate(double value) {
      return set("FixedRate", Value.of(value));
    }

    /** Sets {@code FixedRate} to this value; see {@link #fixedRate(double)}. */
    public SamplingRuleProperty fixedRate(Value<Double> value) {
      return set("FixedRate", value);
    }

    /**
     * Matches the HTTP method of a request.
     *
     * <p>Required. Length: 0 to 10 characters. CloudFormation property {@code HTTPMethod}.
     */
    public SamplingRuleProperty httpMethod(String value) {
      return set("HTTPMethod", Value.of(value));
    }

    /** Sets {@code HTTPMethod} to this value; see {@link #httpMethod(String)}. */
    public SamplingRuleProperty httpMethod(Value<String> value) {
      return set("HTTPMethod", value);
    }

    /**
     * Matches the hostname from a request URL.
     *
     * <p>Required. Length: 0 to 64 characters. CloudFormation property {@code Host}.
     */
    public SamplingRuleProperty host(String value) {
      return set("Host", Value.of(value));
    }

    /** Sets {@code Host} to this value; see {@link #host(String)}. */
    public SamplingRuleProperty host(Value<String> value) {
      return set("Host", value);
    }

    /**
     * The priority of the sampling rule.
     *
     * <p>Required. Range: 1 to 9999. CloudFormation property {@code Priority}.
     */
    public SamplingRuleProperty priority(int value) {
      return set("Priority", Value.of(value));
    }

    /** Sets {@code Priority} to this value; see {@link #priority(int)}. */
    public SamplingRuleProperty priority(Value<Integer> value) {
      return set("Priority", value);
    }

    /**
     * A fixed number of matching requests to instrument per second, prior to applying the fixed
     * rate. The reservoir is not used directly by services, but applies to all services using the
     * rule collectively.
     *
     * <p>Required. Range: at least 0. CloudFormation property {@code ReservoirSize}.
     */
    public SamplingRuleProperty reservoirSize(int value) {
      return set("ReservoirSize", Value.of(value));
    }

    /** Sets {@code ReservoirSize} to this value; see {@link #reservoirSize(int)}. */
    public SamplingRuleProperty reservoirSize(Value<Integer> value) {
      return set("ReservoirSize", value);
    }

    /**
     * Matches the ARN of the AWS resource on which the service runs.
     *
     * <p>Required. Length: 0 to 500 characters. CloudFormation property {@code ResourceARN}.
     */
    public SamplingRuleProperty resourceARN(String value) {
      return set("ResourceARN", Value.of(value));
    }

    /** Sets {@code ResourceARN} to this value; see {@link #resourceARN(String)}. */
    public SamplingRuleProperty resourceARN(Value<String> value) {
      return set("ResourceARN", value);
    }

    /**
     * The ARN of the sampling rule. Specify a rule by either name or ARN, but not both.
     *
     * <p>Specifying a sampling rule by name is recommended, as specifying by ARN will be deprecated
     * in future.
     *
     * <p>CloudFormation property {@code RuleARN}.
     */
    public SamplingRuleProperty ruleARN(String value) {
      return set("RuleARN", Value.of(value));
    }

    /** Sets {@code RuleARN} to this value; see {@link #ruleARN(String)}. */
    public SamplingRuleProperty ruleARN(Value<String> value) {
      return set("RuleARN", value);
    }

    /**
     * The name of the sampling rule. Specify a rule by either name or ARN, but not both.
     *
     * <p>Length: 1 to 32 characters. CloudFormation property {@code RuleName}.
     */
    public SamplingRuleProperty ruleName(String value) {
      return set("RuleName", Value.of(value));
    }

    /** Sets {@code RuleName} to this value; see {@link #ruleName(String)}. */
    public SamplingRuleProperty ruleName(Value<String> value) {
      return set("RuleName", value);
    }

    /** CloudFormation property {@code SamplingRateBoost}. */
    public SamplingRuleProperty samplingRateBoost(Value<SamplingRateBoost> value) {
      return set("SamplingRateBoost", value);
    }

    /**
     * Matches the <code>name</code> that the service uses to identify itself in segments.
     *
     * <p>Required. Length: 0 to 64 characters. CloudFormation property {@code ServiceName}.
     */
    public SamplingRuleProperty serviceName(String value) {
      return set("ServiceName", Value.of(value));
    }

    /** Sets {@code ServiceName} to this value; see {@link #serviceName(String)}. */
    public SamplingRuleProperty serviceName(Value<String> value) {
      return set("ServiceName", value);
    }

    /**
     * Matches the <code>origin</code> that the service uses to identify its type in segments.
     *
     * <p>Required. Length: 0 to 64 characters. CloudFormation property {@code ServiceType}.
     */
    public SamplingRuleProperty serviceType(String value) {
      return set("ServiceType", Value.of(value));
    }

    /** Sets {@code ServiceType} to this value; see {@link #serviceType(String)}. */
    public SamplingRuleProperty serviceType(Value<String> value) {
      return set("ServiceType", value);
    }

    /**
     * Matches the path from a request URL.
     *
     * <p>Required. Length: 0 to 128 characters. CloudFormation property {@code URLPath}.
     */
    public SamplingRuleProperty urlPath(String value) {
      return set("URLPath", Value.of(value));
    }

    /** Sets {@code URLPath} to this value; see {@link #urlPath(String)}. */
    public SamplingRuleProperty urlPath(Value<String> value) {
      return set("URLPath", value);
    }

    /**
     * The version of the sampling rule. <code>Version</code> can only be set when creating a new
     * sampling rule.
     *
     * <p>Changing it replaces the resource. Range: at least 1. CloudFormation property {@code
     * Version}.
     */
    public SamplingRuleProperty version(int value) {
      return set("Version", Value.of(value));
    }

    /** Sets {@code Version} to this value; see {@link #version(int)}. */
    public SamplingRuleProperty version(Value<Integer> value) {
      return set("Version", value);
    }
  }

  /** Property type {@code AWS::XRay::SamplingRule.SamplingRuleRecord}. */
  public static final class SamplingRuleRecord extends Struct<SamplingRuleRecord> {
    private static final Schema SCHEMA = Schema.of("AWS::XRay::SamplingRule.SamplingRuleRecord");

    public SamplingRuleRecord() {
      super(SCHEMA);
    }

    /**
     * When the rule was created, in Unix time seconds.
     *
     * <p>CloudFormation property {@code CreatedAt}.
     */
    public SamplingRuleRecord createdAt(String value) {
      return set("CreatedAt", Value.of(value));
    }

    /** Sets {@code CreatedAt} to this value; see {@link #createdAt(String)}. */
    public SamplingRuleRecord createdAt(Value<String> value) {
      return set("CreatedAt", value);
    }

    /**
     * When the rule was modified, in Unix time seconds.
     *
     * <p>CloudFormation property {@code ModifiedAt}.
     */
    public SamplingRuleRecord modifiedAt(String value) {
      return set("ModifiedAt", Value.of(value));
    }

    /** Sets {@code ModifiedAt} to this value; see {@link #modifiedAt(String)}. */
    public SamplingRuleRecord modifiedAt(Value<String> value) {
      return set("ModifiedAt", value);
    }

    /** CloudFormation property {@code SamplingRule}. */
    public SamplingRuleRecord samplingRule(Value<SamplingRuleProperty> value) {
      return set("SamplingRule", value);
    }
  }

  /** Property type {@code AWS::XRay::SamplingRule.SamplingRuleUpdate}. */
  public static final class SamplingRuleUpdate extends Struct<SamplingRuleUpdate> {
    private static final Schema SCHEMA = Schema.builder("AWS::XRay::SamplingRule.SamplingRuleUpdate")
        .constrain("FixedRate", Constraint.of().minimum(0).maximum(1))
        .constrain("HTTPMethod", Constraint.of().maxLength(10))
        .constrain("Host", Constraint.of().maxLength(64))
        .constrain("Priority", Constraint.of().minimum(1).maximum(9999))
        .constrain("ReservoirSize", Constraint.of().minimum(0))
        .constrain("ResourceARN", Constraint.of().maxLength(500))
        .constrain("RuleName", Constraint.of().minLength(1).maxLength(32))
        .constrain("ServiceName", Constraint.of().maxLength(64))
        .constrain("ServiceType", Constraint.of().maxLength(64))
        .constrain("URLPath", Constraint.of().maxLength(128))
        .build();

    public SamplingRuleUpdate() {
      super(SCHEMA);
    }

    /**
     * Matches attributes derived from the request.
     *
     * <p>CloudFormation property {@code Attributes}.
     */
    public SamplingRuleUpdate attributes(Map<String, String> value) {
      return set("Attributes", Value.mapOf(value));
    }

    /** Sets {@code Attributes} to this value; see {@link #attributes(Map)}. */
    public SamplingRuleUpdate attributes(Value<Map<String, String>> value) {
      return set("Attributes", value);
    }

    /**
     * The percentage of matching requests to instrument, after the reservoir is exhausted.
     *
     * <p>Range: 0 to 1. CloudFormation property {@code FixedRate}.
     */
    public SamplingRuleUpdate fixedRate(double value) {
      return set("FixedRate", Value.of(value));
    }

    /** Sets {@code FixedRate} to this value; see {@link #fixedRate(double)}. */
    public SamplingRuleUpdate fixedRate(Value<Double> value) {
      return set("FixedRate", value);
    }

    /**
     * Matches the HTTP method from a request URL.
     *
     * <p>Length: at most 10 characters. CloudFormation property {@code HTTPMethod}.
     */
    public SamplingRuleUpdate httpMethod(String value) {
      return set("HTTPMethod", Value.of(value));
    }

    /** Sets {@code HTTPMethod} to this value; see {@link #httpMethod(String)}. */
    public SamplingRuleUpdate httpMethod(Value<String> value) {
      return set("HTTPMethod", value);
    }

    /**
     * Matches the hostname from a request URL.
     *
     * <p>Length: at most 64 characters. CloudFormation property {@code Host}.
     */
    public SamplingRuleUpdate host(String value) {
      return set("Host", Value.of(value));
    }

    /** Sets {@code Host} to this value; see {@link #host(String)}. */
    public SamplingRuleUpdate host(Value<String> value) {
      return set("Host", value);
    }

    /**
     * The priority of the sampling rule.
     *
     * <p>Range: 1 to 9999. CloudFormation property {@code Priority}.
     */
    public SamplingRuleUpdate priority(int value) {
      return set("Priority", Value.of(value));
    }

    /** Sets {@code Priority} to this value; see {@link #priority(int)}. */
    public SamplingRuleUpdate priority(Value<Integer> value) {
      return set("Priority", value);
    }

    /**
     * A fixed number of matching requests to instrument per second, prior to applying the fixed
     * rate. The reservoir is not used directly by services, but applies to all services using the
     * rule collectively.
     *
     * <p>Range: at least 0. CloudFormation property {@code ReservoirSize}.
     */
    public SamplingRuleUpdate reservoirSize(int value) {
      return set("ReservoirSize", Value.of(value));
    }

    /** Sets {@code ReservoirSize} to this value; see {@link #reservoirSize(int)}. */
    public SamplingRuleUpdate reservoirSize(Value<Integer> value) {
      return set("ReservoirSize", value);
    }

    /**
     * Matches the ARN of the AWS resource on which the service runs.
     *
     * <p>Length: at most 500 characters. CloudFormation property {@code ResourceARN}.
     */
    public SamplingRuleUpdate resourceARN(String value) {
      return set("ResourceARN", Value.of(value));
    }

    /** Sets {@code ResourceARN} to this value; see {@link #resourceARN(String)}. */
    public SamplingRuleUpdate resourceARN(Value<String> value) {
      return set("ResourceARN", value);
    }

    /**
     * The ARN of the sampling rule. Specify a rule by either name or ARN, but not both.
     *
     * <p>CloudFormation property {@code RuleARN}.
     */
    public SamplingRuleUpdate ruleARN(String value) {
      return set("RuleARN", Value.of(value));
    }

    /** Sets {@code RuleARN} to this value; see {@link #ruleARN(String)}. */
    public SamplingRuleUpdate ruleARN(Value<String> value) {
      return set("RuleARN", value);
    }

    /**
     * The ARN of the sampling rule. Specify a rule by either name or ARN, but not both.
     *
     * <p>Length: 1 to 32 characters. CloudFormation property {@code RuleName}.
     */
    public SamplingRuleUpdate ruleName(String value) {
      return set("RuleName", Value.of(value));
    }

    /** Sets {@code RuleName} to this value; see {@link #ruleName(String)}. */
    public SamplingRuleUpdate ruleName(Value<String> value) {
      return set("RuleName", value);
    }

    /** CloudFormation property {@code SamplingRateBoost}. */
    public SamplingRuleUpdate samplingRateBoost(Value<SamplingRateBoost> value) {
      return set("SamplingRateBoost", value);
    }

    /**
     * Matches the name that the service uses to identify itself in segments.
     *
     * <p>Length: at most 64 characters. CloudFormation property {@code ServiceName}.
     */
    public SamplingRuleUpdate serviceName(String value) {
      return set("ServiceName", Value.of(value));
    }

    /** Sets {@code ServiceName} to this value; see {@link #serviceName(String)}. */
    public SamplingRuleUpdate serviceName(Value<String> value) {
      return set("ServiceName", value);
    }

    /**
     * Matches the origin that the service uses to identify its type in segments.
     *
     * <p>Length: at most 64 characters. CloudFormation property {@code ServiceType}.
     */
    public SamplingRuleUpdate serviceType(String value) {
      return set("ServiceType", Value.of(value));
    }

    /** Sets {@code ServiceType} to this value; see {@link #serviceType(String)}. */
    public SamplingRuleUpdate serviceType(Value<String> value) {
      return set("ServiceType", value);
    }

    /**
     * Matches the path from a request URL.
     *
     * <p>Length: at most 128 characters. CloudFormation property {@code URLPath}.
     */
    public SamplingRuleUpdate urlPath(String value) {
      return set("URLPath", Value.of(value));
    }

    /** Sets {@code URLPath} to this value; see {@link #urlPath(String)}. */
    public SamplingRuleUpdate urlPath(Value<String> value) {
      return set("URLPath", value);
    }
  }
}
