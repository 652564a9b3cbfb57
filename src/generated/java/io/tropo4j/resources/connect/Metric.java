// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.connect;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Resource Type definition for AWS::Connect::Metric, a custom metric configured for an Amazon
 * Connect instance
 *
 * <p>CloudFormation type {@code AWS::Connect::Metric}.
 */
public final class Metric extends Resource<Metric> {
  private static final Schema SCHEMA = Schema.builder("AWS::Connect::Metric")
      .required("InstanceArn", "MetricCalculation", "Name", "Status", "Unit")
      .constrain("Description", Constraint.of().minLength(0).maxLength(500))
      .constrain("InstanceArn", Constraint.of().pattern("^arn:aws[-a-z0-9]*:connect:[-a-z0-9]*:[0-9]{12}:instance/[-a-zA-Z0-9]*$"))
      .constrain("Name", Constraint.of().minLength(1).maxLength(128))
      .allowed("PositiveTrendIndicator", "POSITIVE", "NEGATIVE", "NEUTRAL")
      .allowed("Status", "SAVED", "PUBLISHED")
      .allowed("Unit", "INTEGER", "DOUBLE", "PERCENT", "SECONDS")
      .refYields("MetricArn")
      .attributes("Category", "CreatedTime", "CreatedUser", "CreationMethod", "EffectiveTime",
          "Filters", "Groupings", "LastModifiedRegion", "LastModifiedTime", "LastModifiedUser",
          "MetricArn", "PrimaryEventSource", "PrimaryEventSourceEffectiveTimestampType",
          "RefreshRate", "SupportedStats", "SupportsCustomCalculation",
          "SupportsPreaggregateCalculation", "Type")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public Metric(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The description of the custom metric
   *
   * <p>Length: 0 to 500 characters. CloudFormation property {@code Description}.
   */
  public Metric description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public Metric description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * The identifier of the Amazon Connect instance.
   *
   * <p>Required. Changing it replaces the resource. Pattern: {@code
   * ^arn:aws[-a-z0-9]*:connect:[-a-z0-9]*:[0-9]{12}:instance/[-a-zA-Z0-9]*$}. CloudFormation
   * property {@code InstanceArn}.
   */
  public Metric instanceArn(String value) {
    return set("InstanceArn", Value.of(value));
  }

  /** Sets {@code InstanceArn} to this value; see {@link #instanceArn(String)}. */
  public Metric instanceArn(Value<String> value) {
    return set("InstanceArn", value);
  }

  /**
   * The calculation configuration for the metric
   *
   * <p>Required. CloudFormation property {@code MetricCalculation}.
   */
  public Metric metricCalculation(Value<MetricCalculation> value) {
    return set("MetricCalculation", value);
  }

  /**
   * The name of the custom metric
   *
   * <p>Required. Length: 1 to 128 characters. CloudFormation property {@code Name}.
   */
  public Metric name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public Metric name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * Indicates how to classify a positive trend in metric data on the UI
   *
   * <p>Allowed values: {@code POSITIVE}, {@code NEGATIVE}, {@code NEUTRAL}. CloudFormation property
   * {@code PositiveTrendIndicator}.
   */
  public Metric positiveTrendIndicator(String value) {
    return set("PositiveTrendIndicator", Value.of(value));
  }

  /**
   * Sets {@code PositiveTrendIndicator} to this value; see {@link #positiveTrendIndicator(String)}.
   */
  public Metric positiveTrendIndicator(Value<String> value) {
    return set("PositiveTrendIndicator", value);
  }

  /**
   * The status of the custom metric
   *
   * <p>Required. Changing it replaces the resource. Allowed values: {@code SAVED}, {@code
   * PUBLISHED}. CloudFormation property {@code Status}.
   */
  public Metric status(String value) {
    return set("Status", Value.of(value));
  }

  /** Sets {@code Status} to this value; see {@link #status(String)}. */
  public Metric status(Value<String> value) {
    return set("Status", value);
  }

  /**
   * One or more tags.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public Metric tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public Metric tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public Metric tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * Display unit for the metric data
   *
   * <p>Required. Allowed values: {@code INTEGER}, {@code DOUBLE}, {@code PERCENT}, {@code SECONDS}.
   * CloudFormation property {@code Unit}.
   */
  public Metric unit(String value) {
    return set("Unit", Value.of(value));
  }

  /** Sets {@code Unit} to this value; see {@link #unit(String)}. */
  public Metric unit(Value<String> value) {
    return set("Unit", value);
  }

  /**
   * The category of the custom metric
   *
   * <p>{@code Fn::GetAtt} attribute {@code Category}.
   */
  public Value<String> category() {
    return getAtt("Category");
  }

  /**
   * The timestamp where the metric was created
   *
   * <p>{@code Fn::GetAtt} attribute {@code CreatedTime}.
   */
  public Value<Double> createdTime() {
    return getAtt("CreatedTime");
  }

  /** {@code Fn::GetAtt} attribute {@code CreatedUser}. */
  public Value<CreatedByInfo> createdUser() {
    return getAtt("CreatedUser");
  }

  /**
   * Whether the metric was built with the guided Service Level (SL) experience, or with the
   * free-form metric builder
   *
   * <p>{@code Fn::GetAtt} attribute {@code CreationMethod}.
   */
  public Value<String> creationMethod() {
    return getAtt("CreationMethod");
  }

  /**
   * Earliest time that can be queried for this metric
   *
   * <p>{@code Fn::GetAtt} attribute {@code EffectiveTime}.
   */
  public Value<Double> effectiveTime() {
    return getAtt("EffectiveTime");
  }

  /**
   * List of filter types that may be used with this metric
   *
   * <p>{@code Fn::GetAtt} attribute {@code Filters}.
   */
  public Value<List<AvailableFilter>> filters() {
    return getAtt("Filters");
  }

  /**
   * List of groupings that may be used with this metric
   *
   * <p>{@code Fn::GetAtt} attribute {@code Groupings}.
   */
  public Value<List<String>> groupings() {
    return getAtt("Groupings");
  }

  /**
   * The AWS region where the metric was last modified
   *
   * <p>{@code Fn::GetAtt} attribute {@code LastModifiedRegion}.
   */
  public Value<String> lastModifiedRegion() {
    return getAtt("LastModifiedRegion");
  }

  /**
   * The timestamp where the metric was last modified
   *
   * <p>{@code Fn::GetAtt} attribute {@code LastModifiedTime}.
   */
  public Value<Double> lastModifiedTime() {
    return getAtt("LastModifiedTime");
  }

  /** {@code Fn::GetAtt} attribute {@code LastModifiedUser}. */
  public Value<CreatedByInfo> lastModifiedUser() {
    return getAtt("LastModifiedUser");
  }

  /**
   * The Amazon Resource Name (ARN) for the custom metric.
   *
   * <p>{@code Fn::GetAtt} attribute {@code MetricArn}.
   */
  public Value<String> metricArn() {
    return getAtt("MetricArn");
  }

  /**
   * Main provider of the document/row-level data for the metric; should match Data Lake table names
   *
   * <p>{@code Fn::GetAtt} attribute {@code PrimaryEventSource}.
   */
  public Value<String> primaryEventSource() {
    return getAtt("PrimaryEventSource");
  }

  /**
   * Identifies the timestamp used to place the metrics on a time-series; should match public
   * attribute name
   *
   * <p>{@code Fn::GetAtt} attribute {@code PrimaryEventSourceEffectiveTimestampType}.
   */
  public Value<String> primaryEventSourceEffectiveTimestampType() {
    return getAtt("PrimaryEventSourceEffectiveTimestampType");
  }

  /**
   * Recommended time to wait between each refresh of data for the metric
   *
   * <p>{@code Fn::GetAtt} attribute {@code RefreshRate}.
   */
  public Value<Integer> refreshRate() {
    return getAtt("RefreshRate");
  }

  /**
   * List of stat aggregations available for the metric
   *
   * <p>{@code Fn::GetAtt} attribute {@code SupportedStats}.
   */
  public Value<List<String>> supportedStats() {
    return getAtt("SupportedStats");
  }

  /**
   * The metric may be used to compose other (custom) metrics
   *
   * <p>{@code Fn::GetAtt} attribute {@code SupportsCustomCalculation}.
   */
  public Value<Boolean> supportsCustomCalculation() {
    return getAtt("SupportsCustomCalculation");
  }

  /**
   * The metric may be used to compose other (custom) metrics, meaning it can be used inside of
   * aggregate stat functions
   *
   * <p>{@code Fn::GetAtt} attribute {@code SupportsPreaggregateCalculation}.
   */
  public Value<Boolean> supportsPreaggregateCalculation() {
    return getAtt("SupportsPreaggregateCalculation");
  }

  /**
   * Whether the metric is provided out-of-the-box or created by each customer
   *
   * <p>{@code Fn::GetAtt} attribute {@code Type}.
   */
  public Value<String> typeAttribute() {
    return getAtt("Type");
  }

  /** Property type {@code AWS::Connect::Metric.AvailableFilter}. */
  public static final class AvailableFilter extends Struct<AvailableFilter> {
    private static final Schema SCHEMA = Schema.builder("AWS::Connect::Metric.AvailableFilter")
        .required("Id", "Type")
        .allowed("Type", "METRIC_LEVEL", "RESOURCE_LEVEL")
        .build();

    public AvailableFilter() {
      super(SCHEMA);
    }

    /** Required. CloudFormation property {@code Id}. */
    public AvailableFilter id(String value) {
      return set("Id", Value.of(value));
    }

    /** Sets {@code Id} to this value; see {@link #id(String)}. */
    public AvailableFilter id(Value<String> value) {
      return set("Id", value);
    }

    /**
     * Required. Allowed values: {@code METRIC_LEVEL}, {@code RESOURCE_LEVEL}. CloudFormation
     * property {@code Type}.
     */
    public AvailableFilter type(String value) {
      return set("Type", Value.of(value));
    }

    /** Sets {@code Type} to this value; see {@link #type(String)}. */
    public AvailableFilter type(Value<String> value) {
      return set("Type", value);
    }
  }

  /** Property type {@code AWS::Connect::Metric.CalculationComponent}. */
  public static final class CalculationComponent extends Struct<CalculationComponent> {
    private static final Schema SCHEMA = Schema.builder("AWS::Connect::Metric.CalculationComponent")
        .required("Alias")
        .constrain("Alias", Constraint.of().pattern("[a-zA-Z_][a-zA-Z0-9_]*").minLength(1).maxLength(128))
        .constrain("MetricId", Constraint.of().minLength(1).maxLength(150))
        .constrain("MetricName", Constraint.of().minLength(1).maxLength(128))
        .build();

    public CalculationComponent() {
      super(SCHEMA);
    }

    /**
     * Metric calculation component alias for use within a calculation
     *
     * <p>Required. Length: 1 to 128 characters. Pattern: {@code [a-zA-Z_][a-zA-Z0-9_]*}.
     * CloudFormation property {@code Alias}.
     */
    public CalculationComponent alias(String value) {
      return set("Alias", Value.of(value));
    }

    /** Sets {@code Alias} to this value; see {@link #alias(String)}. */
    public CalculationComponent alias(Value<String> value) {
      return set("Alias", value);
    }

    /** CloudFormation property {@code MetricFilters}. */
    public CalculationComponent metricFilters(List<MetricFilter> value) {
      return set("MetricFilters", Value.listOf(value));
    }

    /** Sets {@code MetricFilters} to this value; see {@link #metricFilters(List)}. */
    public CalculationComponent metricFilters(Value<List<MetricFilter>> value) {
      return set("MetricFilters", value);
    }

    /** Sets {@code MetricFilters} to a list of these; see {@link #metricFilters(List)}. */
    public CalculationComponent metricFilters(MetricFilter... values) {
      return set("MetricFilters", Value.list(values));
    }

    /** Length: 1 to 150 characters. CloudFormation property {@code MetricId}. */
    public CalculationComponent metricId(String value) {
      return set("MetricId", Value.of(value));
    }

    /** Sets {@code MetricId} to this value; see {@link #metricId(String)}. */
    public CalculationComponent metricId(Value<String> value) {
      return set("MetricId", value);
    }

    /** Length: 1 to 128 characters. CloudFormation property {@code MetricName}. */
    public CalculationComponent metricName(String value) {
      return set("MetricName", Value.of(value));
    }

    /** Sets {@code MetricName} to this value; see {@link #metricName(String)}. */
    public CalculationComponent metricName(Value<String> value) {
      return set("MetricName", value);
    }
  }

  /** Property type {@code AWS::Connect::Metric.CreatedByInfo}. */
  public static final class CreatedByInfo extends Struct<CreatedByInfo> {
    private static final Schema SCHEMA = Schema.of("AWS::Connect::Metric.CreatedByInfo");

    public CreatedByInfo() {
      super(SCHEMA);
    }

    /**
     * STS or IAM ARN representing the identity of API Caller. SDK users cannot populate this and
     * this value is calculated automatically if ConnectUserArn is not provided.
     *
     * <p>CloudFormation property {@code AWSIdentityArn}.
     */
    public CreatedByInfo awsIdentityArn(String value) {
      return set("AWSIdentityArn", Value.of(value));
    }

    /** Sets {@code AWSIdentityArn} to this value; see {@link #awsIdentityArn(String)}. */
    public CreatedByInfo awsIdentityArn(Value<String> value) {
      return set("AWSIdentityArn", value);
    }

    /**
     * An agent ARN representing a connect user.
     *
     * <p>CloudFormation property {@code ConnectUserArn}.
     */
    public CreatedByInfo connectUserArn(String value) {
      return set("ConnectUserArn", Value.of(value));
    }

    /** Sets {@code ConnectUserArn} to this value; see {@link #connectUserArn(String)}. */
    public CreatedByInfo connectUserArn(Value<String> value) {
      return set("ConnectUserArn", value);
    }
  }

  /**
   * The calculation configuration for the metric
   *
   * <p>Property type {@code AWS::Connect::Metric.MetricCalculation}.
   */
  public static final class MetricCalculation extends Struct<MetricCalculation> {
    private static final Schema SCHEMA = Schema.builder("AWS::Connect::Metric.MetricCalculation")
        .required("Calculation", "CalculationComponents")
        .constrain("Calculation", Constraint.of().minLength(1).maxLength(1024))
        .build();

    public MetricCalculation() {
      super(SCHEMA);
    }

    /**
     * The calculation formula
     *
     * <p>Required. Length: 1 to 1024 characters. CloudFormation property {@code Calculation}.
     */
    public MetricCalculation calculation(String value) {
      return set("Calculation", Value.of(value));
    }

    /** Sets {@code Calculation} to this value; see {@link #calculation(String)}. */
    public MetricCalculation calculation(Value<String> value) {
      return set("Calculation", value);
    }

    /**
     * The calculation components for the metric
     *
     * <p>Required. CloudFormation property {@code CalculationComponents}.
     */
    public MetricCalculation calculationComponents(List<CalculationComponent> value) {
      return set("CalculationComponents", Value.listOf(value));
    }

    /**
     * Sets {@code CalculationComponents} to this value; see {@link #calculationComponents(List)}.
     */
    public MetricCalculation calculationComponents(Value<List<CalculationComponent>> value) {
      return set("CalculationComponents", value);
    }

    /**
     * Sets {@code CalculationComponents} to a list of these; see {@link
     * #calculationComponents(List)}.
     */
    public MetricCalculation calculationComponents(CalculationComponent... values) {
      return set("CalculationComponents", Value.list(values));
    }
  }

  /** Property type {@code AWS::Connect::Metric.MetricFilter}. */
  public static final class MetricFilter extends Struct<MetricFilter> {
    private static final Schema SCHEMA = Schema.builder("AWS::Connect::Metric.MetricFilter")
        .required("MetricFilterKey")
        .constrain("MetricFilterKey", Constraint.of().minLength(1).maxLength(100))
        .build();

    public MetricFilter() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code BooleanCondition}. */
    public MetricFilter booleanCondition(Value<MetricFilterBooleanCondition> value) {
      return set("BooleanCondition", value);
    }

    /** Required. Length: 1 to 100 characters. CloudFormation property {@code MetricFilterKey}. */
    public MetricFilter metricFilterKey(String value) {
      return set("MetricFilterKey", Value.of(value));
    }

    /** Sets {@code MetricFilterKey} to this value; see {@link #metricFilterKey(String)}. */
    public MetricFilter metricFilterKey(Value<String> value) {
      return set("MetricFilterKey", value);
    }

    /** CloudFormation property {@code Negate}. */
    public MetricFilter negate(boolean value) {
      return set("Negate", Value.of(value));
    }

    /** Sets {@code Negate} to this value; see {@link #negate(boolean)}. */
    public MetricFilter negate(Value<Boolean> value) {
      return set("Negate", value);
    }

    /** CloudFormation property {@code NumberCondition}. */
    public MetricFilter numberCondition(Value<MetricFilterNumberCondition> value) {
      return set("NumberCondition", value);
    }

    /** CloudFormation property {@code StringCondition}. */
    public MetricFilter stringCondition(Value<MetricFilterStringCondition> value) {
      return set("StringCondition", value);
    }
  }

  /** Property type {@code AWS::Connect::Metric.MetricFilterBooleanCondition}. */
  public static final class MetricFilterBooleanCondition extends Struct<MetricFilterBooleanCondition> {
    private static final Schema SCHEMA = Schema.builder("AWS::Connect::Metric.MetricFilterBooleanCondition")
        .required("Comparison")
        .allowed("Comparison", "IS_TRUE", "IS_FALSE")
        .build();

    public MetricFilterBooleanCondition() {
      super(SCHEMA);
    }

    /**
     * Required. Allowed values: {@code IS_TRUE}, {@code IS_FALSE}. CloudFormation property {@code
     * Comparison}.
     */
    public MetricFilterBooleanCondition comparison(String value) {
      return set("Comparison", Value.of(value));
    }

    /** Sets {@code Comparison} to this value; see {@link #comparison(String)}. */
    public MetricFilterBooleanCondition comparison(Value<String> value) {
      return set("Comparison", value);
    }
  }

  /** Property type {@code AWS::Connect::Metric.MetricFilterNumberCondition}. */
  public static final class MetricFilterNumberCondition extends Struct<MetricFilterNumberCondition> {
    private static final Schema SCHEMA = Schema.builder("AWS::Connect::Metric.MetricFilterNumberCondition")
        .required("Comparison", "Values")
        .allowed("Comparison", "LESSER", "LESSER_OR_EQUAL", "GREATER", "GREATER_OR_EQUAL")
        .build();

    public MetricFilterNumberCondition() {
      super(SCHEMA);
    }

    /**
     * Required. Allowed values: {@code LESSER}, {@code LESSER_OR_EQUAL}, {@code GREATER}, {@code
     * GREATER_OR_EQUAL}. CloudFormation property {@code Comparison}.
     */
    public MetricFilterNumberCondition comparison(String value) {
      return set("Comparison", Value.of(value));
    }

    /** Sets {@code Comparison} to this value; see {@link #comparison(String)}. */
    public MetricFilterNumberCondition comparison(Value<String> value) {
      return set("Comparison", value);
    }

    /** Required. CloudFormation property {@code Values}. */
    public MetricFilterNumberCondition values(List<Double> value) {
      return set("Values", Value.listOf(value));
    }

    /** Sets {@code Values} to this value; see {@link #values(List)}. */
    public MetricFilterNumberCondition values(Value<List<Double>> value) {
      return set("Values", value);
    }
  }

  /** Property type {@code AWS::Connect::Metric.MetricFilterStringCondition}. */
  public static final class MetricFilterStringCondition extends Struct<MetricFilterStringCondition> {
    private static final Schema SCHEMA = Schema.builder("AWS::Connect::Metric.MetricFilterStringCondition")
        .required("Comparison", "Values")
        .allowed("Comparison", "MATCHES_ANY", "MATCHES_NONE")
        .build();

    public MetricFilterStringCondition() {
      super(SCHEMA);
    }

    /**
     * Required. Allowed values: {@code MATCHES_ANY}, {@code MATCHES_NONE}. CloudFormation property
     * {@code Comparison}.
     */
    public MetricFilterStringCondition comparison(String value) {
      return set("Comparison", Value.of(value));
    }

    /** Sets {@code Comparison} to this value; see {@link #comparison(String)}. */
    public MetricFilterStringCondition comparison(Value<String> value) {
      return set("Comparison", value);
    }

    /** Required. CloudFormation property {@code Values}. */
    public MetricFilterStringCondition values(List<String> value) {
      return set("Values", Value.listOf(value));
    }

    /** Sets {@code Values} to this value; see {@link #values(List)}. */
    public MetricFilterStringCondition values(Value<List<String>> value) {
      return set("Values", value);
    }
  }
}
