// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.applicationsignals;

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
 * Creates or updates a service level objective (SLO), which can help you ensure that your critical
 * business operations are meeting customer expectations. Use SLOs to set and track specific target
 * levels for the reliability and availability of your applications and services. SLOs use service
 * level indicators (SLIs) to calculate whether the application is performing at the level that you
 * want.
 *
 * <p>Create an SLO to set a target for a service operation, or service dependency's availability or
 * latency. CloudWatch measures this target frequently you can find whether it has been breached.
 *
 * <p>The target performance quality that is defined for an SLO is the <em>attainment goal</em> . An
 * attainment goal is the percentage of time or requests that the SLI is expected to meet the
 * threshold over each time interval. For example, an attainment goal of 99.9% means that within
 * your interval, you are targeting 99.9% of the periods to be in healthy state.
 *
 * <p>When you create an SLO, you specify whether it is a <em>period-based SLO</em> or a
 * <em>request-based SLO</em> . Each type of SLO has a different way of evaluating your
 * application's performance against its attainment goal.
 *
 * <ul> <li>A <em>period-based SLO</em> uses defined <em>periods</em> of time within a specified
 * total time interval. For each period of time, Application Signals determines whether the
 * application met its goal. The attainment rate is calculated as the <code>number of good
 * periods/number of total periods</code> . </ul>
 *
 * <p>For example, for a period-based SLO, meeting an attainment goal of 99.9% means that within
 * your interval, your application must meet its performance goal during at least 99.9% of the time
 * periods.
 *
 * <ul> <li>A <em>request-based SLO</em> doesn't use pre-defined periods of time. Instead, the SLO
 * measures <code>number of good requests/number of total requests</code> during the interval. At
 * any time, you can find the ratio of good requests to total requests for the interval up to the
 * time stamp that you specify, and measure that ratio against the goal set in your SLO. </ul>
 *
 * <p>After you have created an SLO, you can retrieve error budget reports for it. An <em>error
 * budget</em> is the amount of time or amount of requests that your application can be
 * non-compliant with the SLO's goal, and still have your application meet the goal.
 *
 * <ul> <li>For a period-based SLO, the error budget starts at a number defined by the highest
 * number of periods that can fail to meet the threshold, while still meeting the overall goal. The
 * <em>remaining error budget</em> decreases with every failed period that is recorded. The error
 * budget within one interval can never increase. </ul>
 *
 * <p>For example, an SLO with a threshold that 99.95% of requests must be completed under 2000ms
 * every month translates to an error budget of 21.9 minutes of downtime per month.
 *
 * <ul> <li>For a request-based SLO, the remaining error budget is dynamic and can increase or
 * decrease, depending on the ratio of good requests to total requests. </ul>
 *
 * <p>When you call this operation, Application Signals creates the
 * <em>AWSServiceRoleForCloudWatchApplicationSignals</em> service-linked role, if it doesn't already
 * exist in your account. This service- linked role has the following permissions:
 *
 * <ul> <li><code>xray:GetServiceGraph</code> <li><code>logs:StartQuery</code>
 * <li><code>logs:GetQueryResults</code> <li><code>cloudwatch:GetMetricData</code>
 * <li><code>cloudwatch:ListMetrics</code> <li><code>tag:GetResources</code>
 * <li><code>autoscaling:DescribeAutoScalingGroups</code> </ul>
 *
 * <p>You can easily set SLO targets for your applications, and their dependencies, that are
 * discovered by Application Signals, using critical metrics such as latency and availability. You
 * can also set SLOs against any CloudWatch metric or math expression that produces a time series.
 *
 * <p>You can't create an SLO for a service operation that was discovered by Application Signals
 * until after that operation has reported standard metrics to Application Signals.
 *
 * <p>You cannot change from a period-based SLO to a request-based SLO, or change from a
 * request-based SLO to a period-based SLO.
 *
 * <p>For more information about SLOs, see <a
 * href="https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/CloudWatch-ServiceLevelObjectives.html">Service
 * level objectives (SLOs)</a> .
 *
 * <p>CloudFormation type {@code AWS::ApplicationSignals::ServiceLevelObjective}.
 */
public final class ServiceLevelObjective extends Resource<ServiceLevelObjective> {
  private static final Schema SCHEMA = Schema.builder("AWS::ApplicationSignals::ServiceLevelObjective")
      .required("Name")
      .constrain("Description", Constraint.of().minLength(1).maxLength(1024))
      .constrain("Name", Constraint.of().pattern("^[0-9A-Za-z][-._0-9A-Za-z ]{0,126}[0-9A-Za-z]$"))
      .refYields("Arn")
      .attributes("Arn", "CreatedTime", "EvaluationType", "LastUpdatedTime")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public ServiceLevelObjective(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * Each object in this array defines the length of the look-back window used to calculate one burn
   * rate metric for this SLO. The burn rate measures how fast the service is consuming the error
   * budget, relative to the attainment goal of the SLO.
   *
   * <p>CloudFormation property {@code BurnRateConfigurations}.
   */
  public ServiceLevelObjective burnRateConfigurations(List<BurnRateConfiguration> value) {
    return set("BurnRateConfigurations", Value.listOf(value));
  }

  /**
   * Sets {@code BurnRateConfigurations} to this value; see {@link #burnRateConfigurations(List)}.
   */
  public ServiceLevelObjective burnRateConfigurations(Value<List<BurnRateConfiguration>> value) {
    return set("BurnRateConfigurations", value);
  }

  /**
   * Sets {@code BurnRateConfigurations} to a list of these; see {@link
   * #burnRateConfigurations(List)}.
   */
  public ServiceLevelObjective burnRateConfigurations(BurnRateConfiguration... values) {
    return set("BurnRateConfigurations", Value.list(values));
  }

  /**
   * An optional description for this SLO.
   *
   * <p>Length: 1 to 1024 characters. Default: {@code "No description"}. CloudFormation property
   * {@code Description}.
   */
  public ServiceLevelObjective description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public ServiceLevelObjective description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * The time window to be excluded from the SLO performance metrics.
   *
   * <p>CloudFormation property {@code ExclusionWindows}.
   */
  public ServiceLevelObjective exclusionWindows(List<ExclusionWindow> value) {
    return set("ExclusionWindows", Value.listOf(value));
  }

  /** Sets {@code ExclusionWindows} to this value; see {@link #exclusionWindows(List)}. */
  public ServiceLevelObjective exclusionWindows(Value<List<ExclusionWindow>> value) {
    return set("ExclusionWindows", value);
  }

  /** Sets {@code ExclusionWindows} to a list of these; see {@link #exclusionWindows(List)}. */
  public ServiceLevelObjective exclusionWindows(ExclusionWindow... values) {
    return set("ExclusionWindows", Value.list(values));
  }

  /**
   * This structure contains the attributes that determine the goal of an SLO. This includes the
   * time period for evaluation and the attainment threshold.
   *
   * <p>CloudFormation property {@code Goal}.
   */
  public ServiceLevelObjective goal(Value<Goal> value) {
    return set("Goal", value);
  }

  /**
   * A name for this SLO.
   *
   * <p>Required. Changing it replaces the resource. Pattern: {@code ^[0-9A-Za-z][-._0-9A-Za-z
   * ]{0,126}[0-9A-Za-z]$}. CloudFormation property {@code Name}.
   */
  public ServiceLevelObjective name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public ServiceLevelObjective name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * A structure containing information about the performance metric that this SLO monitors, if this
   * is a request-based SLO.
   *
   * <p>CloudFormation property {@code RequestBasedSli}.
   */
  public ServiceLevelObjective requestBasedSli(Value<RequestBasedSli> value) {
    return set("RequestBasedSli", value);
  }

  /**
   * A structure containing information about the performance metric that this SLO monitors, if this
   * is a period-based SLO.
   *
   * <p>CloudFormation property {@code Sli}.
   */
  public ServiceLevelObjective sli(Value<Sli> value) {
    return set("Sli", value);
  }

  /**
   * A list of key-value pairs to associate with the SLO. You can associate as many as 50 tags with
   * an SLO. To be able to associate tags with the SLO when you create the SLO, you must have the
   * cloudwatch:TagResource permission.
   *
   * <p>Tags can help you organize and categorize your resources. You can also use them to scope
   * user permissions by granting a user permission to access or change only resources with certain
   * tag values.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public ServiceLevelObjective tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public ServiceLevelObjective tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public ServiceLevelObjective tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The ARN of this SLO.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * The date and time that this SLO was created.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CreatedTime}.
   */
  public Value<Integer> createdTime() {
    return getAtt("CreatedTime");
  }

  /**
   * Displays whether this is a period-based SLO or a request-based SLO.
   *
   * <p>{@code Fn::GetAtt} attribute {@code EvaluationType}.
   */
  public Value<String> evaluationType() {
    return getAtt("EvaluationType");
  }

  /**
   * The time that this SLO was most recently updated.
   *
   * <p>{@code Fn::GetAtt} attribute {@code LastUpdatedTime}.
   */
  public Value<Integer> lastUpdatedTime() {
    return getAtt("LastUpdatedTime");
  }

  /**
   * This object defines the length of the look-back window used to calculate one burn rate metric
   * for this SLO. The burn rate measures how fast the service is consuming the error budget,
   * relative to the attainment goal of the SLO. A burn rate of exactly 1 indicates that the SLO
   * goal will be met exactly.
   *
   * <p>For example, if you specify 60 as the number of minutes in the look-back window, the burn
   * rate is calculated as the following:
   *
   * <p><em>burn rate = error rate over the look-back window / (100% - attainment goal
   * percentage)</em>
   *
   * <p>For more information about burn rates, see <a
   * href="https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/CloudWatch-ServiceLevelObjectives.html#CloudWatch-ServiceLevelObjectives-burn">Calculate
   * burn rates</a> .
   *
   * <p>Property type {@code AWS::ApplicationSignals::ServiceLevelObjective.BurnRateConfiguration}.
   */
  public static final class BurnRateConfiguration extends Struct<BurnRateConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::ApplicationSignals::ServiceLevelObjective.BurnRateConfiguration")
        .required("LookBackWindowMinutes")
        .constrain("LookBackWindowMinutes", Constraint.of().minimum(1).maximum(10080))
        .build();

    public BurnRateConfiguration() {
      super(SCHEMA);
    }

    /**
     * The number of minutes to use as the look-back window.
     *
     * <p>Required. Range: 1 to 10080. CloudFormation property {@code LookBackWindowMinutes}.
     */
    public BurnRateConfiguration lookBackWindowMinutes(int value) {
      return set("LookBackWindowMinutes", Value.of(value));
    }

    /**
     * Sets {@code LookBackWindowMinutes} to this value; see {@link #lookBackWindowMinutes(int)}.
     */
    public BurnRateConfiguration lookBackWindowMinutes(Value<Integer> value) {
      return set("LookBackWindowMinutes", value);
    }
  }

  /**
   * If the interval for this service level objective is a calendar interval, this structure
   * contains the interval specifications.
   *
   * <p>Property type {@code AWS::ApplicationSignals::ServiceLevelObjective.CalendarInterval}.
   */
  public static final class CalendarInterval extends Struct<CalendarInterval> {
    private static final Schema SCHEMA = Schema.builder("AWS::ApplicationSignals::ServiceLevelObjective.CalendarInterval")
        .required("Duration", "DurationUnit", "StartTime")
        .constrain("Duration", Constraint.of().minimum(1))
        .allowed("DurationUnit", "MINUTE", "HOUR", "DAY", "MONTH")
        .constrain("StartTime", Constraint.of().minimum(946684800))
        .build();

    public CalendarInterval() {
      super(SCHEMA);
    }

    /**
     * Specifies the duration of each calendar interval. For example, if <code>Duration</code> is
     * <code>1</code> and <code>DurationUnit</code> is <code>MONTH</code> , each interval is one
     * month, aligned with the calendar.
     *
     * <p>Required. Range: at least 1. CloudFormation property {@code Duration}.
     */
    public CalendarInterval duration(int value) {
      return set("Duration", Value.of(value));
    }

    /** Sets {@code Duration} to this value; see {@link #duration(int)}. */
    public CalendarInterval duration(Value<Integer> value) {
      return set("Duration", value);
    }

    /**
     * Specifies the calendar interval unit.
     *
     * <p>Required. Allowed values: {@code MINUTE}, {@code HOUR}, {@code DAY}, {@code MONTH}.
     * CloudFormation property {@code DurationUnit}.
     */
    public CalendarInterval durationUnit(String value) {
      return set("DurationUnit", Value.of(value));
    }

    /** Sets {@code DurationUnit} to this value; see {@link #durationUnit(String)}. */
    public CalendarInterval durationUnit(Value<String> value) {
      return set("DurationUnit", value);
    }

    /**
     * The date and time when you want the first interval to start. Be sure to choose a time that
     * configures the intervals the way that you want. For example, if you want weekly intervals
     * starting on Mondays at 6 a.m., be sure to specify a start time that is a Monday at 6 a.m.
     *
     * <p>When used in a raw HTTP Query API, it is formatted as be epoch time in seconds. For
     * example: <code>1698778057</code>
     *
     * <p>As soon as one calendar interval ends, another automatically begins.
     *
     * <p>Required. Range: at least 946684800. CloudFormation property {@code StartTime}.
     */
    public CalendarInterval startTime(int value) {
      return set("StartTime", Value.of(value));
    }

    /** Sets {@code StartTime} to this value; see {@link #startTime(int)}. */
    public CalendarInterval startTime(Value<Integer> value) {
      return set("StartTime", value);
    }
  }

  /** Property type {@code AWS::ApplicationSignals::ServiceLevelObjective.CompositeSliComponent}. */
  public static final class CompositeSliComponent extends Struct<CompositeSliComponent> {
    private static final Schema SCHEMA = Schema.builder("AWS::ApplicationSignals::ServiceLevelObjective.CompositeSliComponent")
        .required("OperationName")
        .build();

    public CompositeSliComponent() {
      super(SCHEMA);
    }

    /** Required. CloudFormation property {@code OperationName}. */
    public CompositeSliComponent operationName(String value) {
      return set("OperationName", Value.of(value));
    }

    /** Sets {@code OperationName} to this value; see {@link #operationName(String)}. */
    public CompositeSliComponent operationName(Value<String> value) {
      return set("OperationName", value);
    }
  }

  /** Property type {@code AWS::ApplicationSignals::ServiceLevelObjective.CompositeSliConfig}. */
  public static final class CompositeSliConfig extends Struct<CompositeSliConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::ApplicationSignals::ServiceLevelObjective.CompositeSliConfig")
        .required("SelectionConfig")
        .build();

    public CompositeSliConfig() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code CompositeSliComponents}. */
    public CompositeSliConfig compositeSliComponents(List<CompositeSliComponent> value) {
      return set("CompositeSliComponents", Value.listOf(value));
    }

    /**
     * Sets {@code CompositeSliComponents} to this value; see {@link #compositeSliComponents(List)}.
     */
    public CompositeSliConfig compositeSliComponents(Value<List<CompositeSliComponent>> value) {
      return set("CompositeSliComponents", value);
    }

    /**
     * Sets {@code CompositeSliComponents} to a list of these; see {@link
     * #compositeSliComponents(List)}.
     */
    public CompositeSliConfig compositeSliComponents(CompositeSliComponent... values) {
      return set("CompositeSliComponents", Value.list(values));
    }

    /** Required. CloudFormation property {@code SelectionConfig}. */
    public CompositeSliConfig selectionConfig(Value<SelectionConfig> value) {
      return set("SelectionConfig", value);
    }
  }

  /**
   * Identifies the dependency using the <code>DependencyKeyAttributes</code> and
   * <code>DependencyOperationName</code> .
   *
   * <p>Property type {@code AWS::ApplicationSignals::ServiceLevelObjective.DependencyConfig}.
   */
  public static final class DependencyConfig extends Struct<DependencyConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::ApplicationSignals::ServiceLevelObjective.DependencyConfig")
        .required("DependencyKeyAttributes", "DependencyOperationName")
        .constrain("DependencyOperationName", Constraint.of().minLength(1).maxLength(255))
        .build();

    public DependencyConfig() {
      super(SCHEMA);
    }

    /**
     * If this SLO is related to a metric collected by Application Signals, you must use this field
     * to specify which dependency the SLO metric is related to.
     *
     * <ul> <li><code>Type</code> designates the type of object this is.
     * <li><code>ResourceType</code> specifies the type of the resource. This field is used only
     * when the value of the <code>Type</code> field is <code>Resource</code> or
     * <code>AWS::Resource</code> . <li><code>Name</code> specifies the name of the object. This is
     * used only if the value of the <code>Type</code> field is <code>Service</code> ,
     * <code>RemoteService</code> , or <code>AWS::Service</code> . <li><code>Identifier</code>
     * identifies the resource objects of this resource. This is used only if the value of the
     * <code>Type</code> field is <code>Resource</code> or <code>AWS::Resource</code> .
     * <li><code>Environment</code> specifies the location where this object is hosted, or what it
     * belongs to. </ul>
     *
     * <p>Required. CloudFormation property {@code DependencyKeyAttributes}.
     */
    public DependencyConfig dependencyKeyAttributes(Map<String, String> value) {
      return set("DependencyKeyAttributes", Value.mapOf(value));
    }

    /**
     * Sets {@code DependencyKeyAttributes} to this value; see {@link
     * #dependencyKeyAttributes(Map)}.
     */
    public DependencyConfig dependencyKeyAttributes(Value<Map<String, String>> value) {
      return set("DependencyKeyAttributes", value);
    }

    /**
     * When the SLO monitors a specific operation of the dependency, this field specifies the name
     * of that operation in the dependency.
     *
     * <p>Required. Length: 1 to 255 characters. CloudFormation property {@code
     * DependencyOperationName}.
     */
    public DependencyConfig dependencyOperationName(String value) {
      return set("DependencyOperationName", Value.of(value));
    }

    /**
     * Sets {@code DependencyOperationName} to this value; see {@link
     * #dependencyOperationName(String)}.
     */
    public DependencyConfig dependencyOperationName(Value<String> value) {
      return set("DependencyOperationName", value);
    }
  }

  /**
   * A dimension is a name/value pair that is part of the identity of a metric. Because dimensions
   * are part of the unique identifier for a metric, whenever you add a unique name/value pair to
   * one of your metrics, you are creating a new variation of that metric. For example, many Amazon
   * EC2 metrics publish <code>InstanceId</code> as a dimension name, and the actual instance ID as
   * the value for that dimension.
   *
   * <p>You can assign up to 30 dimensions to a metric.
   *
   * <p>Property type {@code AWS::ApplicationSignals::ServiceLevelObjective.Dimension}.
   */
  public static final class Dimension extends Struct<Dimension> {
    private static final Schema SCHEMA = Schema.builder("AWS::ApplicationSignals::ServiceLevelObjective.Dimension")
        .required("Name", "Value")
        .build();

    public Dimension() {
      super(SCHEMA);
    }

    /**
     * The name of the dimension. Dimension names must contain only ASCII characters, must include
     * at least one non-whitespace character, and cannot start with a colon ( <code>:</code> ).
     * ASCII control characters are not supported as part of dimension names.
     *
     * <p>Required. CloudFormation property {@code Name}.
     */
    public Dimension name(String value) {
      return set("Name", Value.of(value));
    }

    /** Sets {@code Name} to this value; see {@link #name(String)}. */
    public Dimension name(Value<String> value) {
      return set("Name", value);
    }

    /**
     * The value of the dimension. Dimension values must contain only ASCII characters and must
     * include at least one non-whitespace character. ASCII control characters are not supported as
     * part of dimension values.
     *
     * <p>Required. CloudFormation property {@code Value}.
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
   * The time window to be excluded from the SLO performance metrics.
   *
   * <p>Property type {@code AWS::ApplicationSignals::ServiceLevelObjective.ExclusionWindow}.
   */
  public static final class ExclusionWindow extends Struct<ExclusionWindow> {
    private static final Schema SCHEMA = Schema.builder("AWS::ApplicationSignals::ServiceLevelObjective.ExclusionWindow")
        .required("Window")
        .constrain("Reason", Constraint.of().minLength(1).maxLength(1024))
        .build();

    public ExclusionWindow() {
      super(SCHEMA);
    }

    /**
     * The reason for the time exclusion windows. For example, maintenance.
     *
     * <p>Length: 1 to 1024 characters. Default: {@code "No reason"}. CloudFormation property {@code
     * Reason}.
     */
    public ExclusionWindow reason(String value) {
      return set("Reason", Value.of(value));
    }

    /** Sets {@code Reason} to this value; see {@link #reason(String)}. */
    public ExclusionWindow reason(Value<String> value) {
      return set("Reason", value);
    }

    /**
     * The recurrence rule for the time exclusion window.
     *
     * <p>CloudFormation property {@code RecurrenceRule}.
     */
    public ExclusionWindow recurrenceRule(Value<RecurrenceRule> value) {
      return set("RecurrenceRule", value);
    }

    /**
     * The start time of the time exclusion window.
     *
     * <p>CloudFormation property {@code StartTime}.
     */
    public ExclusionWindow startTime(String value) {
      return set("StartTime", Value.of(value));
    }

    /** Sets {@code StartTime} to this value; see {@link #startTime(String)}. */
    public ExclusionWindow startTime(Value<String> value) {
      return set("StartTime", value);
    }

    /**
     * The time exclusion window.
     *
     * <p>Required. CloudFormation property {@code Window}.
     */
    public ExclusionWindow window(Value<Window> value) {
      return set("Window", value);
    }
  }

  /**
   * This structure contains the attributes that determine the goal of an SLO. This includes the
   * time period for evaluation and the attainment threshold.
   *
   * <p>Property type {@code AWS::ApplicationSignals::ServiceLevelObjective.Goal}.
   */
  public static final class Goal extends Struct<Goal> {
    private static final Schema SCHEMA = Schema.of("AWS::ApplicationSignals::ServiceLevelObjective.Goal");

    public Goal() {
      super(SCHEMA);
    }

    /**
     * The threshold that determines if the goal is being met.
     *
     * <p>If this is a period-based SLO, the attainment goal is the percentage of good periods that
     * meet the threshold requirements to the total periods within the interval. For example, an
     * attainment goal of 99.9% means that within your interval, you are targeting 99.9% of the
     * periods to be in healthy state.
     *
     * <p>If this is a request-based SLO, the attainment goal is the percentage of requests that
     * must be successful to meet the attainment goal.
     *
     * <p>If you omit this parameter, 99 is used to represent 99% as the attainment goal.
     *
     * <p>CloudFormation property {@code AttainmentGoal}.
     */
    public Goal attainmentGoal(double value) {
      return set("AttainmentGoal", Value.of(value));
    }

    /** Sets {@code AttainmentGoal} to this value; see {@link #attainmentGoal(double)}. */
    public Goal attainmentGoal(Value<Double> value) {
      return set("AttainmentGoal", value);
    }

    /**
     * The time period used to evaluate the SLO. It can be either a calendar interval or rolling
     * interval.
     *
     * <p>If you omit this parameter, a rolling interval of 7 days is used.
     *
     * <p>CloudFormation property {@code Interval}.
     */
    public Goal interval(Value<Interval> value) {
      return set("Interval", value);
    }

    /**
     * The percentage of remaining budget over total budget that you want to get warnings for. If
     * you omit this parameter, the default of 50.0 is used.
     *
     * <p>CloudFormation property {@code WarningThreshold}.
     */
    public Goal warningThreshold(double value) {
      return set("WarningThreshold", Value.of(value));
    }

    /** Sets {@code WarningThreshold} to this value; see {@link #warningThreshold(double)}. */
    public Goal warningThreshold(Value<Double> value) {
      return set("WarningThreshold", value);
    }
  }

  /**
   * The time period used to evaluate the SLO. It can be either a calendar interval or rolling
   * interval.
   *
   * <p>Property type {@code AWS::ApplicationSignals::ServiceLevelObjective.Interval}.
   */
  public static final class Interval extends Struct<Interval> {
    private static final Schema SCHEMA = Schema.of("AWS::ApplicationSignals::ServiceLevelObjective.Interval");

    public Interval() {
      super(SCHEMA);
    }

    /**
     * If the interval is a calendar interval, this structure contains the interval specifications.
     *
     * <p>CloudFormation property {@code CalendarInterval}.
     */
    public Interval calendarInterval(Value<CalendarInterval> value) {
      return set("CalendarInterval", value);
    }

    /**
     * If the interval is a rolling interval, this structure contains the interval specifications.
     *
     * <p>CloudFormation property {@code RollingInterval}.
     */
    public Interval rollingInterval(Value<RollingInterval> value) {
      return set("RollingInterval", value);
    }
  }

  /**
   * This structure defines the metric used for a service level indicator, including the metric
   * name, namespace, and dimensions
   *
   * <p>Property type {@code AWS::ApplicationSignals::ServiceLevelObjective.Metric}.
   */
  public static final class Metric extends Struct<Metric> {
    private static final Schema SCHEMA = Schema.of("AWS::ApplicationSignals::ServiceLevelObjective.Metric");

    public Metric() {
      super(SCHEMA);
    }

    /**
     * An array of one or more dimensions to use to define the metric that you want to use. For more
     * information, see <a
     * href="https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/cloudwatch_concepts.html#Dimension">Dimensions</a>
     * .
     *
     * <p>CloudFormation property {@code Dimensions}.
     */
    public Metric dimensions(List<Dimension> value) {
      return set("Dimensions", Value.listOf(value));
    }

    /** Sets {@code Dimensions} to this value; see {@link #dimensions(List)}. */
    public Metric dimensions(Value<List<Dimension>> value) {
      return set("Dimensions", value);
    }

    /** Sets {@code Dimensions} to a list of these; see {@link #dimensions(List)}. */
    public Metric dimensions(Dimension... values) {
      return set("Dimensions", Value.list(values));
    }

    /**
     * The name of the metric to use.
     *
     * <p>CloudFormation property {@code MetricName}.
     */
    public Metric metricName(String value) {
      return set("MetricName", Value.of(value));
    }

    /** Sets {@code MetricName} to this value; see {@link #metricName(String)}. */
    public Metric metricName(Value<String> value) {
      return set("MetricName", value);
    }

    /**
     * The namespace of the metric. For more information, see <a
     * href="https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/cloudwatch_concepts.html#Namespace">Namespaces</a>
     * .
     *
     * <p>CloudFormation property {@code Namespace}.
     */
    public Metric namespace(String value) {
      return set("Namespace", Value.of(value));
    }

    /** Sets {@code Namespace} to this value; see {@link #namespace(String)}. */
    public Metric namespace(Value<String> value) {
      return set("Namespace", value);
    }
  }

  /**
   * Use this structure to define a metric or metric math expression that you want to use as for a
   * service level objective.
   *
   * <p>Each <code>MetricDataQuery</code> in the <code>MetricDataQueries</code> array specifies
   * either a metric to retrieve, or a metric math expression to be performed on retrieved metrics.
   * A single <code>MetricDataQueries</code> array can include as many as 20
   * <code>MetricDataQuery</code> structures in the array. The 20 structures can include as many as
   * 10 structures that contain a <code>MetricStat</code> parameter to retrieve a metric, and as
   * many as 10 structures that contain the <code>Expression</code> parameter to perform a math
   * expression. Of those <code>Expression</code> structures, exactly one must have true as the
   * value for <code>ReturnData</code> . The result of this expression used for the SLO.
   *
   * <p>For more information about metric math expressions, see <a
   * href="https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/using-metric-math.html">Use
   * metric math</a> .
   *
   * <p>Within each <code>MetricDataQuery</code> object, you must specify either
   * <code>Expression</code> or <code>MetricStat</code> but not both.
   *
   * <p>Property type {@code AWS::ApplicationSignals::ServiceLevelObjective.MetricDataQuery}.
   */
  public static final class MetricDataQuery extends Struct<MetricDataQuery> {
    private static final Schema SCHEMA = Schema.builder("AWS::ApplicationSignals::ServiceLevelObjective.MetricDataQuery")
        .required("Id")
        .build();

    public MetricDataQuery() {
      super(SCHEMA);
    }

    /**
     * The ID of the account where this metric is located. If you are performing this operation in a
     * monitoring account, use this to specify which source account to retrieve this metric from.
     *
     * <p>CloudFormation property {@code AccountId}.
     */
    public MetricDataQuery accountId(String value) {
      return set("AccountId", Value.of(value));
    }

    /** Sets {@code AccountId} to this value; see {@link #accountId(String)}. */
    public MetricDataQuery accountId(Value<String> value) {
      return set("AccountId", value);
    }

    /**
     * This field can contain a metric math expression to be performed on the other metrics that you
     * are retrieving within this <code>MetricDataQueries</code> structure.
     *
     * <p>A math expression can use the <code>Id</code> of the other metrics or queries to refer to
     * those metrics, and can also use the <code>Id</code> of other expressions to use the result of
     * those expressions. For more information about metric math expressions, see <a
     * href="https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/using-metric-math.html#metric-math-syntax">Metric
     * Math Syntax and Functions</a> in the <em>Amazon CloudWatch User Guide</em> .
     *
     * <p>Within each <code>MetricDataQuery</code> object, you must specify either
     * <code>Expression</code> or <code>MetricStat</code> but not both.
     *
     * <p>CloudFormation property {@code Expression}.
     */
    public MetricDataQuery expression(String value) {
      return set("Expression", Value.of(value));
    }

    /** Sets {@code Expression} to this value; see {@link #expression(String)}. */
    public MetricDataQuery expression(Value<String> value) {
      return set("Expression", value);
    }

    /**
     * A short name used to tie this object to the results in the response. This <code>Id</code>
     * must be unique within a <code>MetricDataQueries</code> array. If you are performing math
     * expressions on this set of data, this name represents that data and can serve as a variable
     * in the metric math expression. The valid characters are letters, numbers, and underscore. The
     * first character must be a lowercase letter.
     *
     * <p>Required. CloudFormation property {@code Id}.
     */
    public MetricDataQuery id(String value) {
      return set("Id", Value.of(value));
    }

    /** Sets {@code Id} to this value; see {@link #id(String)}. */
    public MetricDataQuery id(Value<String> value) {
      return set("Id", value);
    }

    /**
     * A metric to be used directly for the SLO, or to be used in the math expression that will be
     * used for the SLO.
     *
     * <p>Within one <code>MetricDataQuery</code> object, you must specify either
     * <code>Expression</code> or <code>MetricStat</code> but not both.
     *
     * <p>CloudFormation property {@code MetricStat}.
     */
    public MetricDataQuery metricStat(Value<MetricStat> value) {
      return set("MetricStat", value);
    }

    /**
     * Use this only if you are using a metric math expression for the SLO. Specify
     * <code>true</code> for <code>ReturnData</code> for only the one expression result to use as
     * the alarm. For all other metrics and expressions in the same
     * <code>CreateServiceLevelObjective</code> operation, specify <code>ReturnData</code> as
     * <code>false</code> .
     *
     * <p>CloudFormation property {@code ReturnData}.
     */
    public MetricDataQuery returnData(boolean value) {
      return set("ReturnData", Value.of(value));
    }

    /** Sets {@code ReturnData} to this value; see {@link #returnData(boolean)}. */
    public MetricDataQuery returnData(Value<Boolean> value) {
      return set("ReturnData", value);
    }
  }

  /**
   * Configuration for identifying the source of metrics for non-Application Signals services
   *
   * <p>Property type {@code AWS::ApplicationSignals::ServiceLevelObjective.MetricSource}.
   */
  public static final class MetricSource extends Struct<MetricSource> {
    private static final Schema SCHEMA = Schema.builder("AWS::ApplicationSignals::ServiceLevelObjective.MetricSource")
        .required("MetricSourceKeyAttributes")
        .build();

    public MetricSource() {
      super(SCHEMA);
    }

    /**
     * Optional additional attributes for the metric source
     *
     * <p>CloudFormation property {@code MetricSourceAttributes}.
     */
    public MetricSource metricSourceAttributes(Map<String, String> value) {
      return set("MetricSourceAttributes", Value.mapOf(value));
    }

    /**
     * Sets {@code MetricSourceAttributes} to this value; see {@link #metricSourceAttributes(Map)}.
     */
    public MetricSource metricSourceAttributes(Value<Map<String, String>> value) {
      return set("MetricSourceAttributes", value);
    }

    /**
     * Required attributes that identify the metric source
     *
     * <p>Required. CloudFormation property {@code MetricSourceKeyAttributes}.
     */
    public MetricSource metricSourceKeyAttributes(Map<String, String> value) {
      return set("MetricSourceKeyAttributes", Value.mapOf(value));
    }

    /**
     * Sets {@code MetricSourceKeyAttributes} to this value; see {@link
     * #metricSourceKeyAttributes(Map)}.
     */
    public MetricSource metricSourceKeyAttributes(Value<Map<String, String>> value) {
      return set("MetricSourceKeyAttributes", value);
    }
  }

  /**
   * This structure defines the metric to be used as the service level indicator, along with the
   * statistics, period, and unit.
   *
   * <p>Property type {@code AWS::ApplicationSignals::ServiceLevelObjective.MetricStat}.
   */
  public static final class MetricStat extends Struct<MetricStat> {
    private static final Schema SCHEMA = Schema.builder("AWS::ApplicationSignals::ServiceLevelObjective.MetricStat")
        .required("Metric", "Period", "Stat")
        .build();

    public MetricStat() {
      super(SCHEMA);
    }

    /**
     * The metric to use as the service level indicator, including the metric name, namespace, and
     * dimensions.
     *
     * <p>Required. CloudFormation property {@code Metric}.
     */
    public MetricStat metric(Value<Metric> value) {
      return set("Metric", value);
    }

    /**
     * The granularity, in seconds, to be used for the metric. For metrics with regular resolution,
     * a period can be as short as one minute (60 seconds) and must be a multiple of 60. For
     * high-resolution metrics that are collected at intervals of less than one minute, the period
     * can be 1, 5, 10, 30, 60, or any multiple of 60. High-resolution metrics are those metrics
     * stored by a <code>PutMetricData</code> call that includes a <code>StorageResolution</code> of
     * 1 second.
     *
     * <p>Required. CloudFormation property {@code Period}.
     */
    public MetricStat period(int value) {
      return set("Period", Value.of(value));
    }

    /** Sets {@code Period} to this value; see {@link #period(int)}. */
    public MetricStat period(Value<Integer> value) {
      return set("Period", value);
    }

    /**
     * The statistic to use for comparison to the threshold. It can be any CloudWatch statistic or
     * extended statistic. For more information about statistics, see <a
     * href="https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/Statistics-definitions.html">CloudWatch
     * statistics definitions</a> .
     *
     * <p>Required. CloudFormation property {@code Stat}.
     */
    public MetricStat stat(String value) {
      return set("Stat", Value.of(value));
    }

    /** Sets {@code Stat} to this value; see {@link #stat(String)}. */
    public MetricStat stat(Value<String> value) {
      return set("Stat", value);
    }

    /**
     * If you omit <code>Unit</code> then all data that was collected with any unit is returned,
     * along with the corresponding units that were specified when the data was reported to
     * CloudWatch. If you specify a unit, the operation returns only data that was collected with
     * that unit specified. If you specify a unit that does not match the data collected, the
     * results of the operation are null. CloudWatch does not perform unit conversions.
     *
     * <p>CloudFormation property {@code Unit}.
     */
    public MetricStat unit(String value) {
      return set("Unit", Value.of(value));
    }

    /** Sets {@code Unit} to this value; see {@link #unit(String)}. */
    public MetricStat unit(Value<String> value) {
      return set("Unit", value);
    }
  }

  /**
   * This structure defines the metric that is used as the "good request" or "bad request" value for
   * a request-based SLO. This value observed for the metric defined in
   * <code>TotalRequestCountMetric</code> is divided by the number found for
   * <code>MonitoredRequestCountMetric</code> to determine the percentage of successful requests
   * that this SLO tracks.
   *
   * <p>Property type {@code
   * AWS::ApplicationSignals::ServiceLevelObjective.MonitoredRequestCountMetric}.
   */
  public static final class MonitoredRequestCountMetric extends Struct<MonitoredRequestCountMetric> {
    private static final Schema SCHEMA = Schema.of("AWS::ApplicationSignals::ServiceLevelObjective.MonitoredRequestCountMetric");

    public MonitoredRequestCountMetric() {
      super(SCHEMA);
    }

    /**
     * If you want to count "bad requests" to determine the percentage of successful requests for
     * this request-based SLO, specify the metric to use as "bad requests" in this structure.
     *
     * <p>CloudFormation property {@code BadCountMetric}.
     */
    public MonitoredRequestCountMetric badCountMetric(List<MetricDataQuery> value) {
      return set("BadCountMetric", Value.listOf(value));
    }

    /** Sets {@code BadCountMetric} to this value; see {@link #badCountMetric(List)}. */
    public MonitoredRequestCountMetric badCountMetric(Value<List<MetricDataQuery>> value) {
      return set("BadCountMetric", value);
    }

    /** Sets {@code BadCountMetric} to a list of these; see {@link #badCountMetric(List)}. */
    public MonitoredRequestCountMetric badCountMetric(MetricDataQuery... values) {
      return set("BadCountMetric", Value.list(values));
    }

    /**
     * If you want to count "good requests" to determine the percentage of successful requests for
     * this request-based SLO, specify the metric to use as "good requests" in this structure.
     *
     * <p>CloudFormation property {@code GoodCountMetric}.
     */
    public MonitoredRequestCountMetric goodCountMetric(List<MetricDataQuery> value) {
      return set("GoodCountMetric", Value.listOf(value));
    }

    /** Sets {@code GoodCountMetric} to this value; see {@link #goodCountMetric(List)}. */
    public MonitoredRequestCountMetric goodCountMetric(Value<List<MetricDataQuery>> value) {
      return set("GoodCountMetric", value);
    }

    /** Sets {@code GoodCountMetric} to a list of these; see {@link #goodCountMetric(List)}. */
    public MonitoredRequestCountMetric goodCountMetric(MetricDataQuery... values) {
      return set("GoodCountMetric", Value.list(values));
    }
  }

  /**
   * The recurrence rule for the time exclusion window.
   *
   * <p>Property type {@code AWS::ApplicationSignals::ServiceLevelObjective.RecurrenceRule}.
   */
  public static final class RecurrenceRule extends Struct<RecurrenceRule> {
    private static final Schema SCHEMA = Schema.builder("AWS::ApplicationSignals::ServiceLevelObjective.RecurrenceRule")
        .required("Expression")
        .constrain("Expression", Constraint.of().minLength(1).maxLength(1024))
        .build();

    public RecurrenceRule() {
      super(SCHEMA);
    }

    /**
     * The following two rules are supported:
     *
     * <ul> <li>rate(value unit) - The value must be a positive integer and the unit can be
     * hour|day|month. <li>cron - An expression which consists of six fields separated by white
     * spaces: (minutes hours day_of_month month day_of_week year). </ul>
     *
     * <p>Required. Length: 1 to 1024 characters. CloudFormation property {@code Expression}.
     */
    public RecurrenceRule expression(String value) {
      return set("Expression", Value.of(value));
    }

    /** Sets {@code Expression} to this value; see {@link #expression(String)}. */
    public RecurrenceRule expression(Value<String> value) {
      return set("Expression", value);
    }
  }

  /**
   * This structure contains information about the performance metric that a request-based SLO
   * monitors.
   *
   * <p>Property type {@code AWS::ApplicationSignals::ServiceLevelObjective.RequestBasedSli}.
   */
  public static final class RequestBasedSli extends Struct<RequestBasedSli> {
    private static final Schema SCHEMA = Schema.builder("AWS::ApplicationSignals::ServiceLevelObjective.RequestBasedSli")
        .required("RequestBasedSliMetric")
        .allowed("ComparisonOperator", "GreaterThanOrEqualTo", "LessThanOrEqualTo", "LessThan",
            "GreaterThan")
        .build();

    public RequestBasedSli() {
      super(SCHEMA);
    }

    /**
     * The arithmetic operation used when comparing the specified metric to the threshold.
     *
     * <p>Allowed values: {@code GreaterThanOrEqualTo}, {@code LessThanOrEqualTo}, {@code LessThan},
     * {@code GreaterThan}. CloudFormation property {@code ComparisonOperator}.
     */
    public RequestBasedSli comparisonOperator(String value) {
      return set("ComparisonOperator", Value.of(value));
    }

    /** Sets {@code ComparisonOperator} to this value; see {@link #comparisonOperator(String)}. */
    public RequestBasedSli comparisonOperator(Value<String> value) {
      return set("ComparisonOperator", value);
    }

    /**
     * This value is the threshold that the observed metric values of the SLI metric are compared
     * to.
     *
     * <p>CloudFormation property {@code MetricThreshold}.
     */
    public RequestBasedSli metricThreshold(double value) {
      return set("MetricThreshold", Value.of(value));
    }

    /** Sets {@code MetricThreshold} to this value; see {@link #metricThreshold(double)}. */
    public RequestBasedSli metricThreshold(Value<Double> value) {
      return set("MetricThreshold", value);
    }

    /**
     * A structure that contains information about the metric that the SLO monitors.
     *
     * <p>Required. CloudFormation property {@code RequestBasedSliMetric}.
     */
    public RequestBasedSli requestBasedSliMetric(Value<RequestBasedSliMetric> value) {
      return set("RequestBasedSliMetric", value);
    }
  }

  /**
   * This structure contains the information about the metric that is used for a request-based SLO.
   *
   * <p>Property type {@code AWS::ApplicationSignals::ServiceLevelObjective.RequestBasedSliMetric}.
   */
  public static final class RequestBasedSliMetric extends Struct<RequestBasedSliMetric> {
    private static final Schema SCHEMA = Schema.builder("AWS::ApplicationSignals::ServiceLevelObjective.RequestBasedSliMetric")
        .constrain("MetricName", Constraint.of().minLength(1).maxLength(255))
        .allowed("MetricType", "LATENCY", "AVAILABILITY")
        .constrain("OperationName", Constraint.of().minLength(1).maxLength(255))
        .build();

    public RequestBasedSliMetric() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code CompositeSliConfig}. */
    public RequestBasedSliMetric compositeSliConfig(Value<CompositeSliConfig> value) {
      return set("CompositeSliConfig", value);
    }

    /**
     * Identifies the dependency using the <code>DependencyKeyAttributes</code> and
     * <code>DependencyOperationName</code> .
     *
     * <p>CloudFormation property {@code DependencyConfig}.
     */
    public RequestBasedSliMetric dependencyConfig(Value<DependencyConfig> value) {
      return set("DependencyConfig", value);
    }

    /**
     * This is a string-to-string map that contains information about the type of object that this
     * SLO is related to. It can include the following fields.
     *
     * <ul> <li><code>Type</code> designates the type of object that this SLO is related to.
     * <li><code>ResourceType</code> specifies the type of the resource. This field is used only
     * when the value of the <code>Type</code> field is <code>Resource</code> or
     * <code>AWS::Resource</code> . <li><code>Name</code> specifies the name of the object. This is
     * used only if the value of the <code>Type</code> field is <code>Service</code> ,
     * <code>RemoteService</code> , or <code>AWS::Service</code> . <li><code>Identifier</code>
     * identifies the resource objects of this resource. This is used only if the value of the
     * <code>Type</code> field is <code>Resource</code> or <code>AWS::Resource</code> .
     * <li><code>Environment</code> specifies the location where this object is hosted, or what it
     * belongs to. <li><code>AwsAccountId</code> allows you to create an SLO for an object that
     * exists in another account. </ul>
     *
     * <p>CloudFormation property {@code KeyAttributes}.
     */
    public RequestBasedSliMetric keyAttributes(Map<String, String> value) {
      return set("KeyAttributes", Value.mapOf(value));
    }

    /** Sets {@code KeyAttributes} to this value; see {@link #keyAttributes(Map)}. */
    public RequestBasedSliMetric keyAttributes(Value<Map<String, String>> value) {
      return set("KeyAttributes", value);
    }

    /**
     * The name of the metric for non-Application Signals services
     *
     * <p>Length: 1 to 255 characters. CloudFormation property {@code MetricName}.
     */
    public RequestBasedSliMetric metricName(String value) {
      return set("MetricName", Value.of(value));
    }

    /** Sets {@code MetricName} to this value; see {@link #metricName(String)}. */
    public RequestBasedSliMetric metricName(Value<String> value) {
      return set("MetricName", value);
    }

    /**
     * Configuration for identifying the source of metrics for non-Application Signals services
     *
     * <p>CloudFormation property {@code MetricSource}.
     */
    public RequestBasedSliMetric metricSource(Value<MetricSource> value) {
      return set("MetricSource", value);
    }

    /**
     * If the SLO monitors either the <code>LATENCY</code> or <code>AVAILABILITY</code> metric that
     * Application Signals collects, this field displays which of those metrics is used.
     *
     * <p>Allowed values: {@code LATENCY}, {@code AVAILABILITY}. CloudFormation property {@code
     * MetricType}.
     */
    public RequestBasedSliMetric metricType(String value) {
      return set("MetricType", Value.of(value));
    }

    /** Sets {@code MetricType} to this value; see {@link #metricType(String)}. */
    public RequestBasedSliMetric metricType(Value<String> value) {
      return set("MetricType", value);
    }

    /**
     * Use this structure to define the metric that you want to use as the "good request" or "bad
     * request" value for a request-based SLO. This value observed for the metric defined in
     * <code>TotalRequestCountMetric</code> will be divided by the number found for
     * <code>MonitoredRequestCountMetric</code> to determine the percentage of successful requests
     * that this SLO tracks.
     *
     * <p>CloudFormation property {@code MonitoredRequestCountMetric}.
     */
    public RequestBasedSliMetric monitoredRequestCountMetric(Value<MonitoredRequestCountMetric> value) {
      return set("MonitoredRequestCountMetric", value);
    }

    /**
     * If the SLO monitors a specific operation of the service, this field displays that operation
     * name.
     *
     * <p>Length: 1 to 255 characters. CloudFormation property {@code OperationName}.
     */
    public RequestBasedSliMetric operationName(String value) {
      return set("OperationName", Value.of(value));
    }

    /** Sets {@code OperationName} to this value; see {@link #operationName(String)}. */
    public RequestBasedSliMetric operationName(Value<String> value) {
      return set("OperationName", value);
    }

    /**
     * This structure defines the metric that is used as the "total requests" number for a
     * request-based SLO. The number observed for this metric is divided by the number of "good
     * requests" or "bad requests" that is observed for the metric defined in
     * <code>MonitoredRequestCountMetric</code> .
     *
     * <p>CloudFormation property {@code TotalRequestCountMetric}.
     */
    public RequestBasedSliMetric totalRequestCountMetric(List<MetricDataQuery> value) {
      return set("TotalRequestCountMetric", Value.listOf(value));
    }

    /**
     * Sets {@code TotalRequestCountMetric} to this value; see {@link
     * #totalRequestCountMetric(List)}.
     */
    public RequestBasedSliMetric totalRequestCountMetric(Value<List<MetricDataQuery>> value) {
      return set("TotalRequestCountMetric", value);
    }

    /**
     * Sets {@code TotalRequestCountMetric} to a list of these; see {@link
     * #totalRequestCountMetric(List)}.
     */
    public RequestBasedSliMetric totalRequestCountMetric(MetricDataQuery... values) {
      return set("TotalRequestCountMetric", Value.list(values));
    }
  }

  /**
   * If the interval for this SLO is a rolling interval, this structure contains the interval
   * specifications.
   *
   * <p>Property type {@code AWS::ApplicationSignals::ServiceLevelObjective.RollingInterval}.
   */
  public static final class RollingInterval extends Struct<RollingInterval> {
    private static final Schema SCHEMA = Schema.builder("AWS::ApplicationSignals::ServiceLevelObjective.RollingInterval")
        .required("Duration", "DurationUnit")
        .constrain("Duration", Constraint.of().minimum(1))
        .allowed("DurationUnit", "MINUTE", "HOUR", "DAY", "MONTH")
        .build();

    public RollingInterval() {
      super(SCHEMA);
    }

    /**
     * Specifies the duration of each rolling interval. For example, if <code>Duration</code> is
     * <code>7</code> and <code>DurationUnit</code> is <code>DAY</code> , each rolling interval is
     * seven days.
     *
     * <p>Required. Range: at least 1. CloudFormation property {@code Duration}.
     */
    public RollingInterval duration(int value) {
      return set("Duration", Value.of(value));
    }

    /** Sets {@code Duration} to this value; see {@link #duration(int)}. */
    public RollingInterval duration(Value<Integer> value) {
      return set("Duration", value);
    }

    /**
     * Specifies the rolling interval unit.
     *
     * <p>Required. Allowed values: {@code MINUTE}, {@code HOUR}, {@code DAY}, {@code MONTH}.
     * CloudFormation property {@code DurationUnit}.
     */
    public RollingInterval durationUnit(String value) {
      return set("DurationUnit", Value.of(value));
    }

    /** Sets {@code DurationUnit} to this value; see {@link #durationUnit(String)}. */
    public RollingInterval durationUnit(Value<String> value) {
      return set("DurationUnit", value);
    }
  }

  /** Property type {@code AWS::ApplicationSignals::ServiceLevelObjective.SelectionConfig}. */
  public static final class SelectionConfig extends Struct<SelectionConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::ApplicationSignals::ServiceLevelObjective.SelectionConfig")
        .required("Type")
        .constrain("Pattern", Constraint.of().pattern("^.+$"))
        .allowed("Type", "EXPLICIT", "PREFIX", "REGEX")
        .build();

    public SelectionConfig() {
      super(SCHEMA);
    }

    /** Pattern: {@code ^.+$}. CloudFormation property {@code Pattern}. */
    public SelectionConfig pattern(String value) {
      return set("Pattern", Value.of(value));
    }

    /** Sets {@code Pattern} to this value; see {@link #pattern(String)}. */
    public SelectionConfig pattern(Value<String> value) {
      return set("Pattern", value);
    }

    /**
     * Required. Allowed values: {@code EXPLICIT}, {@code PREFIX}, {@code REGEX}. CloudFormation
     * property {@code Type}.
     */
    public SelectionConfig type(String value) {
      return set("Type", Value.of(value));
    }

    /** Sets {@code Type} to this value; see {@link #type(String)}. */
    public SelectionConfig type(Value<String> value) {
      return set("Type", value);
    }
  }

  /**
   * This structure specifies the information about the service and the performance metric that an
   * SLO is to monitor.
   *
   * <p>Property type {@code AWS::ApplicationSignals::ServiceLevelObjective.Sli}.
   */
  public static final class Sli extends Struct<Sli> {
    private static final Schema SCHEMA = Schema.builder("AWS::ApplicationSignals::ServiceLevelObjective.Sli")
        .required("ComparisonOperator", "MetricThreshold", "SliMetric")
        .allowed("ComparisonOperator", "GreaterThanOrEqualTo", "LessThanOrEqualTo", "LessThan",
            "GreaterThan")
        .build();

    public Sli() {
      super(SCHEMA);
    }

    /**
     * The arithmetic operation to use when comparing the specified metric to the threshold.
     *
     * <p>Required. Allowed values: {@code GreaterThanOrEqualTo}, {@code LessThanOrEqualTo}, {@code
     * LessThan}, {@code GreaterThan}. CloudFormation property {@code ComparisonOperator}.
     */
    public Sli comparisonOperator(String value) {
      return set("ComparisonOperator", Value.of(value));
    }

    /** Sets {@code ComparisonOperator} to this value; see {@link #comparisonOperator(String)}. */
    public Sli comparisonOperator(Value<String> value) {
      return set("ComparisonOperator", value);
    }

    /**
     * The value that the SLI metric is compared to.
     *
     * <p>Required. CloudFormation property {@code MetricThreshold}.
     */
    public Sli metricThreshold(double value) {
      return set("MetricThreshold", Value.of(value));
    }

    /** Sets {@code MetricThreshold} to this value; see {@link #metricThreshold(double)}. */
    public Sli metricThreshold(Value<Double> value) {
      return set("MetricThreshold", value);
    }

    /**
     * Use this structure to specify the metric to be used for the SLO.
     *
     * <p>Required. CloudFormation property {@code SliMetric}.
     */
    public Sli sliMetric(Value<SliMetric> value) {
      return set("SliMetric", value);
    }
  }

  /**
   * Use this structure to specify the metric to be used for the SLO.
   *
   * <p>Property type {@code AWS::ApplicationSignals::ServiceLevelObjective.SliMetric}.
   */
  public static final class SliMetric extends Struct<SliMetric> {
    private static final Schema SCHEMA = Schema.builder("AWS::ApplicationSignals::ServiceLevelObjective.SliMetric")
        .constrain("MetricName", Constraint.of().minLength(1).maxLength(255))
        .allowed("MetricType", "LATENCY", "AVAILABILITY")
        .constrain("OperationName", Constraint.of().minLength(1).maxLength(255))
        .constrain("PeriodSeconds", Constraint.of().minimum(60).maximum(900))
        .constrain("Statistic", Constraint.of().minLength(1).maxLength(20))
        .build();

    public SliMetric() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code CompositeSliConfig}. */
    public SliMetric compositeSliConfig(Value<CompositeSliConfig> value) {
      return set("CompositeSliConfig", value);
    }

    /**
     * Identifies the dependency using the <code>DependencyKeyAttributes</code> and
     * <code>DependencyOperationName</code> .
     *
     * <p>CloudFormation property {@code DependencyConfig}.
     */
    public SliMetric dependencyConfig(Value<DependencyConfig> value) {
      return set("DependencyConfig", value);
    }

    /**
     * If this SLO is related to a metric collected by Application Signals, you must use this field
     * to specify which service the SLO metric is related to. To do so, you must specify at least
     * the <code>Type</code> , <code>Name</code> , and <code>Environment</code> attributes.
     *
     * <p>This is a string-to-string map. It can include the following fields.
     *
     * <ul> <li><code>Type</code> designates the type of object this is.
     * <li><code>ResourceType</code> specifies the type of the resource. This field is used only
     * when the value of the <code>Type</code> field is <code>Resource</code> or
     * <code>AWS::Resource</code> . <li><code>Name</code> specifies the name of the object. This is
     * used only if the value of the <code>Type</code> field is <code>Service</code> ,
     * <code>RemoteService</code> , or <code>AWS::Service</code> . <li><code>Identifier</code>
     * identifies the resource objects of this resource. This is used only if the value of the
     * <code>Type</code> field is <code>Resource</code> or <code>AWS::Resource</code> .
     * <li><code>Environment</code> specifies the location where this object is hosted, or what it
     * belongs to. </ul>
     *
     * <p>CloudFormation property {@code KeyAttributes}.
     */
    public SliMetric keyAttributes(Map<String, String> value) {
      return set("KeyAttributes", Value.mapOf(value));
    }

    /** Sets {@code KeyAttributes} to this value; see {@link #keyAttributes(Map)}. */
    public SliMetric keyAttributes(Value<Map<String, String>> value) {
      return set("KeyAttributes", value);
    }

    /**
     * If this SLO monitors a CloudWatch metric or the result of a CloudWatch metric math
     * expression, use this structure to specify that metric or expression.
     *
     * <p>CloudFormation property {@code MetricDataQueries}.
     */
    public SliMetric metricDataQueries(List<MetricDataQuery> value) {
      return set("MetricDataQueries", Value.listOf(value));
    }

    /** Sets {@code MetricDataQueries} to this value; see {@link #metricDataQueries(List)}. */
    public SliMetric metricDataQueries(Value<List<MetricDataQuery>> value) {
      return set("MetricDataQueries", value);
    }

    /** Sets {@code MetricDataQueries} to a list of these; see {@link #metricDataQueries(List)}. */
    public SliMetric metricDataQueries(MetricDataQuery... values) {
      return set("MetricDataQueries", Value.list(values));
    }

    /**
     * The name of the metric for non-Application Signals services
     *
     * <p>Length: 1 to 255 characters. CloudFormation property {@code MetricName}.
     */
    public SliMetric metricName(String value) {
      return set("MetricName", Value.of(value));
    }

    /** Sets {@code MetricName} to this value; see {@link #metricName(String)}. */
    public SliMetric metricName(Value<String> value) {
      return set("MetricName", value);
    }

    /**
     * Configuration for identifying the source of metrics for non-Application Signals services
     *
     * <p>CloudFormation property {@code MetricSource}.
     */
    public SliMetric metricSource(Value<MetricSource> value) {
      return set("MetricSource", value);
    }

    /**
     * If the SLO is to monitor either the <code>LATENCY</code> or <code>AVAILABILITY</code> metric
     * that Application Signals collects, use this field to specify which of those metrics is used.
     *
     * <p>Allowed values: {@code LATENCY}, {@code AVAILABILITY}. CloudFormation property {@code
     * MetricType}.
     */
    public SliMetric metricType(String value) {
      return set("MetricType", Value.of(value));
    }

    /** Sets {@code MetricType} to this value; see {@link #metricType(String)}. */
    public SliMetric metricType(Value<String> value) {
      return set("MetricType", value);
    }

    /**
     * If the SLO is to monitor a specific operation of the service, use this field to specify the
     * name of that operation.
     *
     * <p>Length: 1 to 255 characters. CloudFormation property {@code OperationName}.
     */
    public SliMetric operationName(String value) {
      return set("OperationName", Value.of(value));
    }

    /** Sets {@code OperationName} to this value; see {@link #operationName(String)}. */
    public SliMetric operationName(Value<String> value) {
      return set("OperationName", value);
    }

    /**
     * The number of seconds to use as the period for SLO evaluation. Your application's performance
     * is compared to the SLI during each period. For each period, the application is determined to
     * have either achieved or not achieved the necessary performance.
     *
     * <p>Range: 60 to 900. CloudFormation property {@code PeriodSeconds}.
     */
    public SliMetric periodSeconds(int value) {
      return set("PeriodSeconds", Value.of(value));
    }

    /** Sets {@code PeriodSeconds} to this value; see {@link #periodSeconds(int)}. */
    public SliMetric periodSeconds(Value<Integer> value) {
      return set("PeriodSeconds", value);
    }

    /**
     * The statistic to use for comparison to the threshold. It can be any CloudWatch statistic or
     * extended statistic. For more information about statistics, see <a
     * href="https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/Statistics-definitions.html">CloudWatch
     * statistics definitions</a> .
     *
     * <p>Length: 1 to 20 characters. CloudFormation property {@code Statistic}.
     */
    public SliMetric statistic(String value) {
      return set("Statistic", Value.of(value));
    }

    /** Sets {@code Statistic} to this value; see {@link #statistic(String)}. */
    public SliMetric statistic(Value<String> value) {
      return set("Statistic", value);
    }
  }

  /**
   * The start and end time of the time exclusion window.
   *
   * <p>Property type {@code AWS::ApplicationSignals::ServiceLevelObjective.Window}.
   */
  public static final class Window extends Struct<Window> {
    private static final Schema SCHEMA = Schema.builder("AWS::ApplicationSignals::ServiceLevelObjective.Window")
        .required("Duration", "DurationUnit")
        .constrain("Duration", Constraint.of().minimum(1))
        .allowed("DurationUnit", "MINUTE", "HOUR", "DAY", "MONTH")
        .build();

    public Window() {
      super(SCHEMA);
    }

    /**
     * The start and end time of the time exclusion window.
     *
     * <p>Required. Range: at least 1. CloudFormation property {@code Duration}.
     */
    public Window duration(int value) {
      return set("Duration", Value.of(value));
    }

    /** Sets {@code Duration} to this value; see {@link #duration(int)}. */
    public Window duration(Value<Integer> value) {
      return set("Duration", value);
    }

    /**
     * The unit of measurement to use during the time window exclusion.
     *
     * <p>Required. Allowed values: {@code MINUTE}, {@code HOUR}, {@code DAY}, {@code MONTH}.
     * CloudFormation property {@code DurationUnit}.
     */
    public Window durationUnit(String value) {
      return set("DurationUnit", Value.of(value));
    }

    /** Sets {@code DurationUnit} to this value; see {@link #durationUnit(String)}. */
    public Window durationUnit(Value<String> value) {
      return set("DurationUnit", value);
    }
  }
}
