// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.autoscalingplans;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * The <code>AWS::AutoScalingPlans::ScalingPlan</code> resource defines an AWS Auto Scaling scaling
 * plan. A scaling plan is used to scale application resources to size them appropriately to ensure
 * that enough resource is available in the application at peak times and to reduce allocated
 * resource during periods of low utilization. The following resources can be added to a scaling
 * plan:
 *
 * <ul> <li>Amazon EC2 Auto Scaling groups <li>Amazon EC2 Spot Fleet requests <li>Amazon ECS
 * services <li>Amazon DynamoDB tables and global secondary indexes <li>Amazon Aurora Replicas </ul>
 *
 * <p>For more information, see the <a
 * href="https://docs.aws.amazon.com/autoscaling/plans/userguide/what-is-a-scaling-plan.html">Scaling
 * Plans User Guide</a>
 *
 * <p>CloudFormation type {@code AWS::AutoScalingPlans::ScalingPlan}.
 */
public final class ScalingPlan extends Resource<ScalingPlan> {
  private static final Schema SCHEMA = Schema.builder("AWS::AutoScalingPlans::ScalingPlan")
      .required("ApplicationSource", "ScalingInstructions")
      .refYields("Id")
      .attributes("Id", "ScalingPlanName", "ScalingPlanVersion")
      .build();

  public ScalingPlan(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * A CloudFormation stack or a set of tags. You can create one scaling plan per application
   * source. The <code>ApplicationSource</code> property must be present to ensure interoperability
   * with the AWS Auto Scaling console.
   *
   * <p>Required. CloudFormation property {@code ApplicationSource}.
   */
  public ScalingPlan applicationSource(Value<ApplicationSource> value) {
    return set("ApplicationSource", value);
  }

  /**
   * The scaling instructions.
   *
   * <p>Required. CloudFormation property {@code ScalingInstructions}.
   */
  public ScalingPlan scalingInstructions(List<ScalingInstruction> value) {
    return set("ScalingInstructions", Value.listOf(value));
  }

  /** Sets {@code ScalingInstructions} to this value; see {@link #scalingInstructions(List)}. */
  public ScalingPlan scalingInstructions(Value<List<ScalingInstruction>> value) {
    return set("ScalingInstructions", value);
  }

  /**
   * Sets {@code ScalingInstructions} to a list of these; see {@link #scalingInstructions(List)}.
   */
  public ScalingPlan scalingInstructions(ScalingInstruction... values) {
    return set("ScalingInstructions", Value.list(values));
  }

  /** {@code Fn::GetAtt} attribute {@code Id}. */
  public Value<String> id() {
    return getAtt("Id");
  }

  /** {@code Fn::GetAtt} attribute {@code ScalingPlanName}. */
  public Value<String> scalingPlanName() {
    return getAtt("ScalingPlanName");
  }

  /** {@code Fn::GetAtt} attribute {@code ScalingPlanVersion}. */
  public Value<String> scalingPlanVersion() {
    return getAtt("ScalingPlanVersion");
  }

  /**
   * <code>ApplicationSource</code> is a property of <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-autoscalingplans-scalingplan.html">ScalingPlan</a>
   * that specifies the application source to use with a scaling plan. You can create one scaling
   * plan per application source.
   *
   * <p>Property type {@code AWS::AutoScalingPlans::ScalingPlan.ApplicationSource}.
   */
  public static final class ApplicationSource extends Struct<ApplicationSource> {
    private static final Schema SCHEMA = Schema.of("AWS::AutoScalingPlans::ScalingPlan.ApplicationSource");

    public ApplicationSource() {
      super(SCHEMA);
    }

    /**
     * The Amazon Resource Name (ARN) of a CloudFormation stack.
     *
     * <p>You must specify either a <code>CloudFormationStackARN</code> or <code>TagFilters</code> .
     *
     * <p>CloudFormation property {@code CloudFormationStackARN}.
     */
    public ApplicationSource cloudFormationStackARN(String value) {
      return set("CloudFormationStackARN", Value.of(value));
    }

    /**
     * Sets {@code CloudFormationStackARN} to this value; see {@link
     * #cloudFormationStackARN(String)}.
     */
    public ApplicationSource cloudFormationStackARN(Value<String> value) {
      return set("CloudFormationStackARN", value);
    }

    /**
     * A set of tag filters (keys and values). Each tag filter specified must contain a key with
     * values as optional. Each scaling plan can include up to 50 keys, and each key can include up
     * to 20 values.
     *
     * <p>Tags are part of the syntax that you use to specify the resources you want returned when
     * configuring a scaling plan from the AWS Auto Scaling console. You do not need to specify
     * valid tag filter values when you create a scaling plan with CloudFormation. The
     * <code>Key</code> and <code>Values</code> properties can accept any value as long as the
     * combination of values is unique across scaling plans. However, if you also want to use the
     * AWS Auto Scaling console to edit the scaling plan, then you must specify valid values.
     *
     * <p>You must specify either a <code>CloudFormationStackARN</code> or <code>TagFilters</code> .
     *
     * <p>CloudFormation property {@code TagFilters}.
     */
    public ApplicationSource tagFilters(List<TagFilter> value) {
      return set("TagFilters", Value.listOf(value));
    }

    /** Sets {@code TagFilters} to this value; see {@link #tagFilters(List)}. */
    public ApplicationSource tagFilters(Value<List<TagFilter>> value) {
      return set("TagFilters", value);
    }

    /** Sets {@code TagFilters} to a list of these; see {@link #tagFilters(List)}. */
    public ApplicationSource tagFilters(TagFilter... values) {
      return set("TagFilters", Value.list(values));
    }
  }

  /**
   * <code>CustomizedLoadMetricSpecification</code> is a subproperty of <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-autoscalingplans-scalingplan-scalinginstruction.html">ScalingInstruction</a>
   * that specifies a customized load metric for predictive scaling to use with a scaling plan.
   *
   * <p>For predictive scaling to work with a customized load metric specification, AWS Auto Scaling
   * needs access to the <code>Sum</code> and <code>Average</code> statistics that CloudWatch
   * computes from metric data.
   *
   * <p>When you choose a load metric, make sure that the required <code>Sum</code> and
   * <code>Average</code> statistics for your metric are available in CloudWatch and that they
   * provide relevant data for predictive scaling. The <code>Sum</code> statistic must represent the
   * total load on the resource, and the <code>Average</code> statistic must represent the average
   * load per capacity unit of the resource. For example, there is a metric that counts the number
   * of requests processed by your Auto Scaling group. If the <code>Sum</code> statistic represents
   * the total request count processed by the group, then the <code>Average</code> statistic for the
   * specified metric must represent the average request count processed by each instance of the
   * group.
   *
   * <p>If you publish your own metrics, you can aggregate the data points at a given interval and
   * then publish the aggregated data points to CloudWatch. Before AWS Auto Scaling generates the
   * forecast, it sums up all the metric data points that occurred within each hour to match the
   * granularity period that is used in the forecast (60 minutes).
   *
   * <p>For information about terminology, available metrics, or how to publish new metrics, see <a
   * href="https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/cloudwatch_concepts.html">Amazon
   * CloudWatch Concepts</a> in the <em>Amazon CloudWatch User Guide</em> .
   *
   * <p>After creating your scaling plan, you can use the AWS Auto Scaling console to visualize
   * forecasts for the specified metric. For more information, see <a
   * href="https://docs.aws.amazon.com/autoscaling/plans/userguide/gs-create-scaling-plan.html#gs-view-resource">View
   * scaling information for a resource</a> in the <em>Scaling Plans User Guide</em> .
   *
   * <p>Property type {@code AWS::AutoScalingPlans::ScalingPlan.CustomizedLoadMetricSpecification}.
   */
  public static final class CustomizedLoadMetricSpecification extends Struct<CustomizedLoadMetricSpecification> {
    private static final Schema SCHEMA = Schema.builder("AWS::AutoScalingPlans::ScalingPlan.CustomizedLoadMetricSpecification")
        .required("MetricName", "Namespace", "Statistic")
        .allowed("Statistic", "Average", "Maximum", "Minimum", "SampleCount", "Sum")
        .build();

    public CustomizedLoadMetricSpecification() {
      super(SCHEMA);
    }

    /**
     * The dimensions of the metric.
     *
     * <p>Conditional: If you published your metric with dimensions, you must specify the same
     * dimensions in your customized load metric specification.
     *
     * <p>CloudFormation property {@code Dimensions}.
     */
    public CustomizedLoadMetricSpecification dimensions(List<MetricDimension> value) {
      return set("Dimensions", Value.listOf(value));
    }

    /** Sets {@code Dimensions} to this value; see {@link #dimensions(List)}. */
    public CustomizedLoadMetricSpecification dimensions(Value<List<MetricDimension>> value) {
      return set("Dimensions", value);
    }

    /** Sets {@code Dimensions} to a list of these; see {@link #dimensions(List)}. */
    public CustomizedLoadMetricSpecification dimensions(MetricDimension... values) {
      return set("Dimensions", Value.list(values));
    }

    /**
     * The name of the metric.
     *
     * <p>Required. CloudFormation property {@code MetricName}.
     */
    public CustomizedLoadMetricSpecification metricName(String value) {
      return set("MetricName", Value.of(value));
    }

    /** Sets {@code MetricName} to this value; see {@link #metricName(String)}. */
    public CustomizedLoadMetricSpecification metricName(Value<String> value) {
      return set("MetricName", value);
    }

    /**
     * The namespace of the metric.
     *
     * <p>Required. CloudFormation property {@code Namespace}.
     */
    public CustomizedLoadMetricSpecification namespace(String value) {
      return set("Namespace", Value.of(value));
    }

    /** Sets {@code Namespace} to this value; see {@link #namespace(String)}. */
    public CustomizedLoadMetricSpecification namespace(Value<String> value) {
      return set("Namespace", value);
    }

    /**
     * The statistic of the metric.
     *
     * <p><em>Allowed Values</em> : <code>Sum</code>
     *
     * <p>Required. Allowed values: {@code Average}, {@code Maximum}, {@code Minimum}, {@code
     * SampleCount}, {@code Sum}. CloudFormation property {@code Statistic}.
     */
    public CustomizedLoadMetricSpecification statistic(String value) {
      return set("Statistic", Value.of(value));
    }

    /** Sets {@code Statistic} to this value; see {@link #statistic(String)}. */
    public CustomizedLoadMetricSpecification statistic(Value<String> value) {
      return set("Statistic", value);
    }

    /**
     * The unit of the metric.
     *
     * <p>CloudFormation property {@code Unit}.
     */
    public CustomizedLoadMetricSpecification unit(String value) {
      return set("Unit", Value.of(value));
    }

    /** Sets {@code Unit} to this value; see {@link #unit(String)}. */
    public CustomizedLoadMetricSpecification unit(Value<String> value) {
      return set("Unit", value);
    }
  }

  /**
   * <code>CustomizedScalingMetricSpecification</code> is a subproperty of <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-autoscalingplans-scalingplan-targettrackingconfiguration.html">TargetTrackingConfiguration</a>
   * that specifies a customized scaling metric for a target tracking configuration to use with a
   * scaling plan.
   *
   * <p>To create your customized scaling metric specification:
   *
   * <ul> <li>Add values for each required property from CloudWatch. You can use an existing metric,
   * or a new metric that you create. To use your own metric, you must first publish the metric to
   * CloudWatch. For more information, see <a
   * href="https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/publishingMetrics.html">Publish
   * Custom Metrics</a> in the <em>Amazon CloudWatch User Guide</em> . <li>Choose a metric that
   * changes proportionally with capacity. The value of the metric should increase or decrease in
   * inverse proportion to the number of capacity units. That is, the value of the metric should
   * decrease when capacity increases. </ul>
   *
   * <p>For information about terminology, available metrics, or how to publish new metrics, see <a
   * href="https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/cloudwatch_concepts.html">Amazon
   * CloudWatch Concepts</a> in the <em>Amazon CloudWatch User Guide</em> .
   *
   * <p>Property type {@code
   * AWS::AutoScalingPlans::ScalingPlan.CustomizedScalingMetricSpecification}.
   */
  public static final class CustomizedScalingMetricSpecification extends Struct<CustomizedScalingMetricSpecification> {
    private static final Schema SCHEMA = Schema.builder("AWS::AutoScalingPlans::ScalingPlan.CustomizedScalingMetricSpecification")
        .required("MetricName", "Namespace", "Statistic")
        .allowed("Statistic", "Average", "Maximum", "Minimum", "SampleCount", "Sum")
        .build();

    public CustomizedScalingMetricSpecification() {
      super(SCHEMA);
    }

    /**
     * The dimensions of the metric.
     *
     * <p>Conditional: If you published your metric with dimensions, you must specify the same
     * dimensions in your scaling policy.
     *
     * <p>CloudFormation property {@code Dimensions}.
     */
    public CustomizedScalingMetricSpecification dimensions(List<MetricDimension> value) {
      return set("Dimensions", Value.listOf(value));
    }

    /** Sets {@code Dimensions} to this value; see {@link #dimensions(List)}. */
    public CustomizedScalingMetricSpecification dimensions(Value<List<MetricDimension>> value) {
      return set("Dimensions", value);
    }

    /** Sets {@code Dimensions} to a list of these; see {@link #dimensions(List)}. */
    public CustomizedScalingMetricSpecification dimensions(MetricDimension... values) {
      return set("Dimensions", Value.list(values));
    }

    /**
     * The name of the metric. To get the exact metric name, namespace, and dimensions, inspect the
     * <a
     * href="https://docs.aws.amazon.com/AmazonCloudWatch/latest/APIReference/API_Metric.html">Metrics</a>
     * object that is returned by a call to <a
     * href="https://docs.aws.amazon.com/AmazonCloudWatch/latest/APIReference/API_ListMetrics.html">ListMetrics</a>
     * .
     *
     * <p>Required. CloudFormation property {@code MetricName}.
     */
    public CustomizedScalingMetricSpecification metricName(String value) {
      return set("MetricName", Value.of(value));
    }

    /** Sets {@code MetricName} to this value; see {@link #metricName(String)}. */
    public CustomizedScalingMetricSpecification metricName(Value<String> value) {
      return set("MetricName", value);
    }

    /**
     * The namespace of the metric.
     *
     * <p>Required. CloudFormation property {@code Namespace}.
     */
    public CustomizedScalingMetricSpecification namespace(String value) {
      return set("Namespace", Value.of(value));
    }

    /** Sets {@code Namespace} to this value; see {@link #namespace(String)}. */
    public CustomizedScalingMetricSpecification namespace(Value<String> value) {
      return set("Namespace", value);
    }

    /**
     * The statistic of the metric.
     *
     * <p>Required. Allowed values: {@code Average}, {@code Maximum}, {@code Minimum}, {@code
     * SampleCount}, {@code Sum}. CloudFormation property {@code Statistic}.
     */
    public CustomizedScalingMetricSpecification statistic(String value) {
      return set("Statistic", Value.of(value));
    }

    /** Sets {@code Statistic} to this value; see {@link #statistic(String)}. */
    public CustomizedScalingMetricSpecification statistic(Value<String> value) {
      return set("Statistic", value);
    }

    /**
     * The unit of the metric. For a complete list of the units that CloudWatch supports, see the <a
     * href="https://docs.aws.amazon.com/AmazonCloudWatch/latest/APIReference/API_MetricDatum.html">MetricDatum</a>
     * data type in the <em>Amazon CloudWatch API Reference</em> .
     *
     * <p>CloudFormation property {@code Unit}.
     */
    public CustomizedScalingMetricSpecification unit(String value) {
      return set("Unit", Value.of(value));
    }

    /** Sets {@code Unit} to this value; see {@link #unit(String)}. */
    public CustomizedScalingMetricSpecification unit(Value<String> value) {
      return set("Unit", value);
    }
  }

  /**
   * <code>MetricDimension</code> is a subproperty of <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-autoscalingplans-scalingplan-customizedscalingmetricspecification.html">CustomizedScalingMetricSpecification</a>
   * that specifies a dimension for a customized metric to use with a scaling plan. Dimensions are
   * arbitrary name/value pairs that can be associated with a CloudWatch metric. Duplicate
   * dimensions are not allowed.
   *
   * <p>Property type {@code AWS::AutoScalingPlans::ScalingPlan.MetricDimension}.
   */
  public static final class MetricDimension extends Struct<MetricDimension> {
    private static final Schema SCHEMA = Schema.builder("AWS::AutoScalingPlans::ScalingPlan.MetricDimension")
        .required("Name", "Value")
        .build();

    public MetricDimension() {
      super(SCHEMA);
    }

    /**
     * The name of the dimension.
     *
     * <p>Required. CloudFormation property {@code Name}.
     */
    public MetricDimension name(String value) {
      return set("Name", Value.of(value));
    }

    /** Sets {@code Name} to this value; see {@link #name(String)}. */
    public MetricDimension name(Value<String> value) {
      return set("Name", value);
    }

    /**
     * The value of the dimension.
     *
     * <p>Required. CloudFormation property {@code Value}.
     */
    public MetricDimension value(String value) {
      return set("Value", Value.of(value));
    }

    /** Sets {@code Value} to this value; see {@link #value(String)}. */
    public MetricDimension value(Value<String> value) {
      return set("Value", value);
    }
  }

  /**
   * <code>PredefinedLoadMetricSpecification</code> is a subproperty of <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-autoscalingplans-scalingplan-scalinginstruction.html">ScalingInstruction</a>
   * that specifies a predefined load metric for predictive scaling to use with a scaling plan.
   *
   * <p>After creating your scaling plan, you can use the AWS Auto Scaling console to visualize
   * forecasts for the specified metric. For more information, see <a
   * href="https://docs.aws.amazon.com/autoscaling/plans/userguide/gs-create-scaling-plan.html#gs-view-resource">View
   * scaling information for a resource</a> in the <em>Scaling Plans User Guide</em> .
   *
   * <p>Property type {@code AWS::AutoScalingPlans::ScalingPlan.PredefinedLoadMetricSpecification}.
   */
  public static final class PredefinedLoadMetricSpecification extends Struct<PredefinedLoadMetricSpecification> {
    private static final Schema SCHEMA = Schema.builder("AWS::AutoScalingPlans::ScalingPlan.PredefinedLoadMetricSpecification")
        .required("PredefinedLoadMetricType")
        .allowed("PredefinedLoadMetricType", "ALBTargetGroupRequestCount", "ASGTotalCPUUtilization",
            "ASGTotalNetworkIn", "ASGTotalNetworkOut")
        .constrain("ResourceLabel", Constraint.of().minLength(1).maxLength(1023))
        .build();

    public PredefinedLoadMetricSpecification() {
      super(SCHEMA);
    }

    /**
     * The metric type.
     *
     * <p>Required. Allowed values: {@code ALBTargetGroupRequestCount}, {@code
     * ASGTotalCPUUtilization}, {@code ASGTotalNetworkIn}, {@code ASGTotalNetworkOut}.
     * CloudFormation property {@code PredefinedLoadMetricType}.
     */
    public PredefinedLoadMetricSpecification predefinedLoadMetricType(String value) {
      return set("PredefinedLoadMetricType", Value.of(value));
    }

    /**
     * Sets {@code PredefinedLoadMetricType} to this value; see {@link
     * #predefinedLoadMetricType(String)}.
     */
    public PredefinedLoadMetricSpecification predefinedLoadMetricType(Value<String> value) {
      return set("PredefinedLoadMetricType", value);
    }

    /**
     * Identifies the resource associated with the metric type. You can't specify a resource label
     * unless the metric type is <code>ALBTargetGroupRequestCount</code> and there is a target group
     * for an Application Load Balancer attached to the Auto Scaling group.
     *
     * <p>You create the resource label by appending the final portion of the load balancer ARN and
     * the final portion of the target group ARN into a single value, separated by a forward slash
     * (/). The format is
     * app/&lt;load-balancer-name&gt;/&lt;load-balancer-id&gt;/targetgroup/&lt;target-group-name&gt;/&lt;target-group-id&gt;,
     * where:
     *
     * <ul> <li>app/&lt;load-balancer-name&gt;/&lt;load-balancer-id&gt; is the final portion of the
     * load balancer ARN <li>targetgroup/&lt;target-group-name&gt;/&lt;target-group-id&gt; is the
     * final portion of the target group ARN. </ul>
     *
     * <p>This is an example:
     * app/EC2Co-EcsEl-1TKLTMITMM0EO/f37c06a68c1748aa/targetgroup/EC2Co-Defau-LDNM7Q3ZH1ZN/6d4ea56ca2d6a18d.
     *
     * <p>To find the ARN for an Application Load Balancer, use the <a
     * href="https://docs.aws.amazon.com/elasticloadbalancing/latest/APIReference/API_DescribeLoadBalancers.html">DescribeLoadBalancers</a>
     * API operation. To find the ARN for the target group, use the <a
     * href="https://docs.aws.amazon.com/elasticloadbalancing/latest/APIReference/API_DescribeTargetGroups.html">DescribeTargetGroups</a>
     * API operation.
     *
     * <p>Length: 1 to 1023 characters. CloudFormation property {@code ResourceLabel}.
     */
    public PredefinedLoadMetricSpecification resourceLabel(String value) {
      return set("ResourceLabel", Value.of(value));
    }

    /** Sets {@code ResourceLabel} to this value; see {@link #resourceLabel(String)}. */
    public PredefinedLoadMetricSpecification resourceLabel(Value<String> value) {
      return set("ResourceLabel", value);
    }
  }

  /**
   * <code>PredefinedScalingMetricSpecification</code> is a subproperty of <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-autoscalingplans-scalingplan-targettrackingconfiguration.html">TargetTrackingConfiguration</a>
   * that specifies a customized scaling metric for a target tracking configuration to use with a
   * scaling plan.
   *
   * <p>Property type {@code
   * AWS::AutoScalingPlans::ScalingPlan.PredefinedScalingMetricSpecification}.
   */
  public static final class PredefinedScalingMetricSpecification extends Struct<PredefinedScalingMetricSpecification> {
    private static final Schema SCHEMA = Schema.builder("AWS::AutoScalingPlans::ScalingPlan.PredefinedScalingMetricSpecification")
        .required("PredefinedScalingMetricType")
        .allowed("PredefinedScalingMetricType", "ALBRequestCountPerTarget",
            "ASGAverageCPUUtilization", "ASGAverageNetworkIn", "ASGAverageNetworkOut",
            "DynamoDBReadCapacityUtilization", "DynamoDBWriteCapacityUtilization",
            "EC2SpotFleetRequestAverageCPUUtilization", "EC2SpotFleetRequestAverageNetworkIn",
            "EC2SpotFleetRequestAverageNetworkOut", "ECSServiceAverageCPUUtilization",
            "ECSServiceAverageMemoryUtilization", "RDSReaderAverageCPUUtilization",
            "RDSReaderAverageDatabaseConnections")
        .constrain("ResourceLabel", Constraint.of().minLength(1).maxLength(1023))
        .build();

    public PredefinedScalingMetricSpecification() {
      super(SCHEMA);
    }

    /**
     * The metric type. The <code>ALBRequestCountPerTarget</code> metric type applies only to Auto
     * Scaling groups, Spot Fleet requests, and ECS services.
     *
     * <p>Required. Allowed values: {@code ALBRequestCountPerTarget}, {@code
     * ASGAverageCPUUtilization}, {@code ASGAverageNetworkIn}, {@code ASGAverageNetworkOut}, {@code
     * DynamoDBReadCapacityUtilization}, {@code DynamoDBWriteCapacityUtilization}, {@code
     * EC2SpotFleetRequestAverageCPUUtilization}, {@code EC2SpotFleetRequestAverageNetworkIn},
     * {@code EC2SpotFleetRequestAverageNetworkOut}, {@code ECSServiceAverageCPUUtilization}, {@code
     * ECSServiceAverageMemoryUtilization}, {@code RDSReaderAverageCPUUtilization}, {@code
     * RDSReaderAverageDatabaseConnections}. CloudFormation property {@code
     * PredefinedScalingMetricType}.
     */
    public PredefinedScalingMetricSpecification predefinedScalingMetricType(String value) {
      return set("PredefinedScalingMetricType", Value.of(value));
    }

    /**
     * Sets {@code PredefinedScalingMetricType} to this value; see {@link
     * #predefinedScalingMetricType(String)}.
     */
    public PredefinedScalingMetricSpecification predefinedScalingMetricType(Value<String> value) {
      return set("PredefinedScalingMetricType", value);
    }

    /**
     * Identifies the resource associated with the metric type. You can't specify a resource label
     * unless the metric type is <code>ALBRequestCountPerTarget</code> and there is a target group
     * for an Application Load Balancer attached to the Auto Scaling group, Spot Fleet request, or
     * ECS service.
     *
     * <p>You create the resource label by appending the final portion of the load balancer ARN and
     * the final portion of the target group ARN into a single value, separated by a forward slash
     * (/). The format is
     * app/&lt;load-balancer-name&gt;/&lt;load-balancer-id&gt;/targetgroup/&lt;target-group-name&gt;/&lt;target-group-id&gt;,
     * where:
     *
     * <ul> <li>app/&lt;load-balancer-name&gt;/&lt;load-balancer-id&gt; is the final portion of the
     * load balancer ARN <li>targetgroup/&lt;target-group-name&gt;/&lt;target-group-id&gt; is the
     * final portion of the target group ARN. </ul>
     *
     * <p>This is an example:
     * app/EC2Co-EcsEl-1TKLTMITMM0EO/f37c06a68c1748aa/targetgroup/EC2Co-Defau-LDNM7Q3ZH1ZN/6d4ea56ca2d6a18d.
     *
     * <p>To find the ARN for an Application Load Balancer, use the <a
     * href="https://docs.aws.amazon.com/elasticloadbalancing/latest/APIReference/API_DescribeLoadBalancers.html">DescribeLoadBalancers</a>
     * API operation. To find the ARN for the target group, use the <a
     * href="https://docs.aws.amazon.com/elasticloadbalancing/latest/APIReference/API_DescribeTargetGroups.html">DescribeTargetGroups</a>
     * API operation.
     *
     * <p>Length: 1 to 1023 characters. CloudFormation property {@code ResourceLabel}.
     */
    public PredefinedScalingMetricSpecification resourceLabel(String value) {
      return set("ResourceLabel", Value.of(value));
    }

    /** Sets {@code ResourceLabel} to this value; see {@link #resourceLabel(String)}. */
    public PredefinedScalingMetricSpecification resourceLabel(Value<String> value) {
      return set("ResourceLabel", value);
    }
  }

  /**
   * <code>ScalingInstruction</code> is a property of <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-autoscalingplans-scalingplan.html">ScalingPlan</a>
   * that specifies the scaling instruction for a scalable resource in a scaling plan. Each scaling
   * instruction applies to one resource.
   *
   * <p>AWS Auto Scaling creates target tracking scaling policies based on the scaling instructions.
   * Target tracking scaling policies adjust the capacity of your scalable resource as required to
   * maintain resource utilization at the target value that you specified.
   *
   * <p>AWS Auto Scaling also configures predictive scaling for your Amazon EC2 Auto Scaling groups
   * using a subset of properties, including the load metric, the scaling metric, the target value
   * for the scaling metric, the predictive scaling mode (forecast and scale or forecast only), and
   * the desired behavior when the forecast capacity exceeds the maximum capacity of the resource.
   * With predictive scaling, AWS Auto Scaling generates forecasts with traffic predictions for the
   * two days ahead and schedules scaling actions that proactively add and remove resource capacity
   * to match the forecast.
   *
   * <p>We recommend waiting a minimum of 24 hours after creating an Auto Scaling group to configure
   * predictive scaling. At minimum, there must be 24 hours of historical data to generate a
   * forecast. For more information, see <a
   * href="https://docs.aws.amazon.com/autoscaling/plans/userguide/gs-best-practices.html">Best
   * practices for scaling plans</a> in the <em>Scaling Plans User Guide</em> .
   *
   * <p>Property type {@code AWS::AutoScalingPlans::ScalingPlan.ScalingInstruction}.
   */
  public static final class ScalingInstruction extends Struct<ScalingInstruction> {
    private static final Schema SCHEMA = Schema.builder("AWS::AutoScalingPlans::ScalingPlan.ScalingInstruction")
        .required("MaxCapacity", "MinCapacity", "ResourceId", "ScalableDimension",
            "ServiceNamespace", "TargetTrackingConfigurations")
        .allowed("PredictiveScalingMaxCapacityBehavior", "SetForecastCapacityToMaxCapacity",
            "SetMaxCapacityAboveForecastCapacity", "SetMaxCapacityToForecastCapacity")
        .allowed("PredictiveScalingMode", "ForecastAndScale", "ForecastOnly")
        .constrain("ResourceId", Constraint.of().minLength(1).maxLength(1600))
        .allowed("ScalableDimension", "autoscaling:autoScalingGroup:DesiredCapacity",
            "dynamodb:index:ReadCapacityUnits", "dynamodb:index:WriteCapacityUnits",
            "dynamodb:table:ReadCapacityUnits", "dynamodb:table:WriteCapacityUnits",
            "ec2:spot-fleet-request:TargetCapacity", "ecs:service:DesiredCount",
            "rds:cluster:ReadReplicaCount")
        .allowed("ScalingPolicyUpdateBehavior", "KeepExternalPolicies", "ReplaceExternalPolicies")
        .constrain("ScheduledActionBufferTime", Constraint.of().minimum(0))
        .allowed("ServiceNamespace", "autoscaling", "dynamodb", "ec2", "ecs", "rds")
        .build();

    public ScalingInstruction() {
      super(SCHEMA);
    }

    /**
     * The customized load metric to use for predictive scaling. This property or a
     * <em>PredefinedLoadMetricSpecification</em> is required when configuring predictive scaling,
     * and cannot be used otherwise.
     *
     * <p>CloudFormation property {@code CustomizedLoadMetricSpecification}.
     */
    public ScalingInstruction customizedLoadMetricSpecification(Value<CustomizedLoadMetricSpecification> value) {
      return set("CustomizedLoadMetricSpecification", value);
    }

    /**
     * Controls whether dynamic scaling is disabled. When dynamic scaling is enabled, AWS Auto
     * Scaling creates target tracking scaling policies based on the specified target tracking
     * configurations.
     *
     * <p>The default is enabled ( <code>false</code> ).
     *
     * <p>CloudFormation property {@code DisableDynamicScaling}.
     */
    public ScalingInstruction disableDynamicScaling(boolean value) {
      return set("DisableDynamicScaling", Value.of(value));
    }

    /**
     * Sets {@code DisableDynamicScaling} to this value; see {@link
     * #disableDynamicScaling(boolean)}.
     */
    public ScalingInstruction disableDynamicScaling(Value<Boolean> value) {
      return set("DisableDynamicScaling", value);
    }

    /**
     * The maximum capacity of the resource. The exception to this upper limit is if you specify a
     * non-default setting for <em>PredictiveScalingMaxCapacityBehavior</em> .
     *
     * <p>Required. CloudFormation property {@code MaxCapacity}.
     */
    public ScalingInstruction maxCapacity(int value) {
      return set("MaxCapacity", Value.of(value));
    }

    /** Sets {@code MaxCapacity} to this value; see {@link #maxCapacity(int)}. */
    public ScalingInstruction maxCapacity(Value<Integer> value) {
      return set("MaxCapacity", value);
    }

    /**
     * The minimum capacity of the resource.
     *
     * <p>Required. CloudFormation property {@code MinCapacity}.
     */
    public ScalingInstruction minCapacity(int value) {
      return set("MinCapacity", Value.of(value));
    }

    /** Sets {@code MinCapacity} to this value; see {@link #minCapacity(int)}. */
    public ScalingInstruction minCapacity(Value<Integer> value) {
      return set("MinCapacity", value);
    }

    /**
     * The predefined load metric to use for predictive scaling. This property or a
     * <em>CustomizedLoadMetricSpecification</em> is required when configuring predictive scaling,
     * and cannot be used otherwise.
     *
     * <p>CloudFormation property {@code PredefinedLoadMetricSpecification}.
     */
    public ScalingInstruction predefinedLoadMetricSpecification(Value<PredefinedLoadMetricSpecification> value) {
      return set("PredefinedLoadMetricSpecification", value);
    }

    /**
     * Defines the behavior that should be applied if the forecast capacity approaches or exceeds
     * the maximum capacity specified for the resource. The default value is
     * <code>SetForecastCapacityToMaxCapacity</code> .
     *
     * <p>The following are possible values:
     *
     * <ul> <li><code>SetForecastCapacityToMaxCapacity</code> - AWS Auto Scaling cannot scale
     * resource capacity higher than the maximum capacity. The maximum capacity is enforced as a
     * hard limit. <li><code>SetMaxCapacityToForecastCapacity</code> - AWS Auto Scaling can scale
     * resource capacity higher than the maximum capacity to equal but not exceed forecast capacity.
     * <li><code>SetMaxCapacityAboveForecastCapacity</code> - AWS Auto Scaling can scale resource
     * capacity higher than the maximum capacity by a specified buffer value. The intention is to
     * give the target tracking scaling policy extra capacity if unexpected traffic occurs. </ul>
     *
     * <p>Valid only when configuring predictive scaling.
     *
     * <p>Allowed values: {@code SetForecastCapacityToMaxCapacity}, {@code
     * SetMaxCapacityAboveForecastCapacity}, {@code SetMaxCapacityToForecastCapacity}.
     * CloudFormation property {@code PredictiveScalingMaxCapacityBehavior}.
     */
    public ScalingInstruction predictiveScalingMaxCapacityBehavior(String value) {
      return set("PredictiveScalingMaxCapacityBehavior", Value.of(value));
    }

    /**
     * Sets {@code PredictiveScalingMaxCapacityBehavior} to this value; see {@link
     * #predictiveScalingMaxCapacityBehavior(String)}.
     */
    public ScalingInstruction predictiveScalingMaxCapacityBehavior(Value<String> value) {
      return set("PredictiveScalingMaxCapacityBehavior", value);
    }

    /**
     * The size of the capacity buffer to use when the forecast capacity is close to or exceeds the
     * maximum capacity. The value is specified as a percentage relative to the forecast capacity.
     * For example, if the buffer is 10, this means a 10 percent buffer. With a 10 percent buffer,
     * if the forecast capacity is 50, and the maximum capacity is 40, then the effective maximum
     * capacity is 55.
     *
     * <p>Valid only when configuring predictive scaling. Required if
     * <em>PredictiveScalingMaxCapacityBehavior</em> is set to
     * <code>SetMaxCapacityAboveForecastCapacity</code> , and cannot be used otherwise.
     *
     * <p>The range is 1-100.
     *
     * <p>CloudFormation property {@code PredictiveScalingMaxCapacityBuffer}.
     */
    public ScalingInstruction predictiveScalingMaxCapacityBuffer(int value) {
      return set("PredictiveScalingMaxCapacityBuffer", Value.of(value));
    }

    /**
     * Sets {@code PredictiveScalingMaxCapacityBuffer} to this value; see {@link
     * #predictiveScalingMaxCapacityBuffer(int)}.
     */
    public ScalingInstruction predictiveScalingMaxCapacityBuffer(Value<Integer> value) {
      return set("PredictiveScalingMaxCapacityBuffer", value);
    }

    /**
     * The predictive scaling mode. The default value is <code>ForecastAndScale</code> . Otherwise,
     * AWS Auto Scaling forecasts capacity but does not apply any scheduled scaling actions based on
     * the capacity forecast.
     *
     * <p>Allowed values: {@code ForecastAndScale}, {@code ForecastOnly}. CloudFormation property
     * {@code PredictiveScalingMode}.
     */
    public ScalingInstruction predictiveScalingMode(String value) {
      return set("PredictiveScalingMode", Value.of(value));
    }

    /**
     * Sets {@code PredictiveScalingMode} to this value; see {@link #predictiveScalingMode(String)}.
     */
    public ScalingInstruction predictiveScalingMode(Value<String> value) {
      return set("PredictiveScalingMode", value);
    }

    /**
     * The ID of the resource. This string consists of the resource type and unique identifier.
     *
     * <ul> <li>Auto Scaling group - The resource type is <code>autoScalingGroup</code> and the
     * unique identifier is the name of the Auto Scaling group. Example:
     * <code>autoScalingGroup/my-asg</code> . <li>ECS service - The resource type is
     * <code>service</code> and the unique identifier is the cluster name and service name. Example:
     * <code>service/default/sample-webapp</code> . <li>Spot Fleet request - The resource type is
     * <code>spot-fleet-request</code> and the unique identifier is the Spot Fleet request ID.
     * Example: <code>spot-fleet-request/sfr-73fbd2ce-aa30-494c-8788-1cee4EXAMPLE</code> .
     * <li>DynamoDB table - The resource type is <code>table</code> and the unique identifier is the
     * resource ID. Example: <code>table/my-table</code> . <li>DynamoDB global secondary index - The
     * resource type is <code>index</code> and the unique identifier is the resource ID. Example:
     * <code>table/my-table/index/my-table-index</code> . <li>Aurora DB cluster - The resource type
     * is <code>cluster</code> and the unique identifier is the cluster name. Example:
     * <code>cluster:my-db-cluster</code> . </ul>
     *
     * <p>Required. Length: 1 to 1600 characters. CloudFormation property {@code ResourceId}.
     */
    public ScalingInstruction resourceId(String value) {
      return set("ResourceId", Value.of(value));
    }

    /** Sets {@code ResourceId} to this value; see {@link #resourceId(String)}. */
    public ScalingInstruction resourceId(Value<String> value) {
      return set("ResourceId", value);
    }

    /**
     * The scalable dimension associated with the resource.
     *
     * <ul> <li><code>autoscaling:autoScalingGroup:DesiredCapacity</code> - The desired capacity of
     * an Auto Scaling group. <li><code>ecs:service:DesiredCount</code> - The desired task count of
     * an ECS service. <li><code>ec2:spot-fleet-request:TargetCapacity</code> - The target capacity
     * of a Spot Fleet request. <li><code>dynamodb:table:ReadCapacityUnits</code> - The provisioned
     * read capacity for a DynamoDB table. <li><code>dynamodb:table:WriteCapacityUnits</code> - The
     * provisioned write capacity for a DynamoDB table.
     * <li><code>dynamodb:index:ReadCapacityUnits</code> - The provisioned read capacity for a
     * DynamoDB global secondary index. <li><code>dynamodb:index:WriteCapacityUnits</code> - The
     * provisioned write capacity for a DynamoDB global secondary index.
     * <li><code>rds:cluster:ReadReplicaCount</code> - The count of Aurora Replicas in an Aurora DB
     * cluster. Available for Aurora MySQL-compatible edition and Aurora PostgreSQL-compatible
     * edition. </ul>
     *
     * <p>Required. Allowed values: {@code autoscaling:autoScalingGroup:DesiredCapacity}, {@code
     * dynamodb:index:ReadCapacityUnits}, {@code dynamodb:index:WriteCapacityUnits}, {@code
     * dynamodb:table:ReadCapacityUnits}, {@code dynamodb:table:WriteCapacityUnits}, {@code
     * ec2:spot-fleet-request:TargetCapacity}, {@code ecs:service:DesiredCount}, {@code
     * rds:cluster:ReadReplicaCount}. CloudFormation property {@code ScalableDimension}.
     */
    public ScalingInstruction scalableDimension(String value) {
      return set("ScalableDimension", Value.of(value));
    }

    /** Sets {@code ScalableDimension} to this value; see {@link #scalableDimension(String)}. */
    public ScalingInstruction scalableDimension(Value<String> value) {
      return set("ScalableDimension", value);
    }

    /**
     * Controls whether a resource's externally created scaling policies are deleted and new target
     * tracking scaling policies created. The default value is <code>KeepExternalPolicies</code> .
     *
     * <p>Valid only when configuring dynamic scaling.
     *
     * <p>Allowed values: {@code KeepExternalPolicies}, {@code ReplaceExternalPolicies}.
     * CloudFormation property {@code ScalingPolicyUpdateBehavior}.
     */
    public ScalingInstruction scalingPolicyUpdateBehavior(String value) {
      return set("ScalingPolicyUpdateBehavior", Value.of(value));
    }

    /**
     * Sets {@code ScalingPolicyUpdateBehavior} to this value; see {@link
     * #scalingPolicyUpdateBehavior(String)}.
     */
    public ScalingInstruction scalingPolicyUpdateBehavior(Value<String> value) {
      return set("ScalingPolicyUpdateBehavior", value);
    }

    /**
     * The amount of time, in seconds, to buffer the run time of scheduled scaling actions when
     * scaling out. For example, if the forecast says to add capacity at 10:00 AM, and the buffer
     * time is 5 minutes, then the run time of the corresponding scheduled scaling action will be
     * 9:55 AM. The intention is to give resources time to be provisioned. For example, it can take
     * a few minutes to launch an EC2 instance. The actual amount of time required depends on
     * several factors, such as the size of the instance and whether there are startup scripts to
     * complete.
     *
     * <p>The value must be less than the forecast interval duration of 3600 seconds (60 minutes).
     * The default is 300 seconds.
     *
     * <p>Valid only when configuring predictive scaling.
     *
     * <p>Range: at least 0. CloudFormation property {@code ScheduledActionBufferTime}.
     */
    public ScalingInstruction scheduledActionBufferTime(int value) {
      return set("ScheduledActionBufferTime", Value.of(value));
    }

    /**
     * Sets {@code ScheduledActionBufferTime} to this value; see {@link
     * #scheduledActionBufferTime(int)}.
     */
    public ScalingInstruction scheduledActionBufferTime(Value<Integer> value) {
      return set("ScheduledActionBufferTime", value);
    }

    /**
     * The namespace of the AWS service.
     *
     * <p>Required. Allowed values: {@code autoscaling}, {@code dynamodb}, {@code ec2}, {@code ecs},
     * {@code rds}. CloudFormation property {@code ServiceNamespace}.
     */
    public ScalingInstruction serviceNamespace(String value) {
      return set("ServiceNamespace", Value.of(value));
    }

    /** Sets {@code ServiceNamespace} to this value; see {@link #serviceNamespace(String)}. */
    public ScalingInstruction serviceNamespace(Value<String> value) {
      return set("ServiceNamespace", value);
    }

    /**
     * The target tracking configurations (up to 10). Each of these structures must specify a unique
     * scaling metric and a target value for the metric.
     *
     * <p>Required. CloudFormation property {@code TargetTrackingConfigurations}.
     */
    public ScalingInstruction targetTrackingConfigurations(List<TargetTrackingConfiguration> value) {
      return set("TargetTrackingConfigurations", Value.listOf(value));
    }

    /**
     * Sets {@code TargetTrackingConfigurations} to this value; see {@link
     * #targetTrackingConfigurations(List)}.
     */
    public ScalingInstruction targetTrackingConfigurations(Value<List<TargetTrackingConfiguration>> value) {
      return set("TargetTrackingConfigurations", value);
    }

    /**
     * Sets {@code TargetTrackingConfigurations} to a list of these; see {@link
     * #targetTrackingConfigurations(List)}.
     */
    public ScalingInstruction targetTrackingConfigurations(TargetTrackingConfiguration... values) {
      return set("TargetTrackingConfigurations", Value.list(values));
    }
  }

  /**
   * <code>TagFilter</code> is a subproperty of <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-autoscalingplans-scalingplan-applicationsource.html">ApplicationSource</a>
   * that specifies a tag for an application source to use with a scaling plan.
   *
   * <p>Property type {@code AWS::AutoScalingPlans::ScalingPlan.TagFilter}.
   */
  public static final class TagFilter extends Struct<TagFilter> {
    private static final Schema SCHEMA = Schema.builder("AWS::AutoScalingPlans::ScalingPlan.TagFilter")
        .required("Key")
        .constrain("Key", Constraint.of().minLength(1).maxLength(128))
        .constrain("Values", Constraint.of().minLength(1).maxLength(256))
        .build();

    public TagFilter() {
      super(SCHEMA);
    }

    /**
     * The tag key.
     *
     * <p>Required. Length: 1 to 128 characters. CloudFormation property {@code Key}.
     */
    public TagFilter key(String value) {
      return set("Key", Value.of(value));
    }

    /** Sets {@code Key} to this value; see {@link #key(String)}. */
    public TagFilter key(Value<String> value) {
      return set("Key", value);
    }

    /**
     * The tag values (0 to 20).
     *
     * <p>Length: 1 to 256 characters. CloudFormation property {@code Values}.
     */
    public TagFilter values(List<String> value) {
      return set("Values", Value.listOf(value));
    }

    /** Sets {@code Values} to this value; see {@link #values(List)}. */
    public TagFilter values(Value<List<String>> value) {
      return set("Values", value);
    }
  }

  /**
   * <code>TargetTrackingConfiguration</code> is a subproperty of <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-autoscalingplans-scalingplan-scalinginstruction.html">ScalingInstruction</a>
   * that specifies a target tracking configuration for a scalable resource.
   *
   * <p>Property type {@code AWS::AutoScalingPlans::ScalingPlan.TargetTrackingConfiguration}.
   */
  public static final class TargetTrackingConfiguration extends Struct<TargetTrackingConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::AutoScalingPlans::ScalingPlan.TargetTrackingConfiguration")
        .required("TargetValue")
        .build();

    public TargetTrackingConfiguration() {
      super(SCHEMA);
    }

    /**
     * A customized metric. You can specify either a predefined metric or a customized metric.
     *
     * <p>CloudFormation property {@code CustomizedScalingMetricSpecification}.
     */
    public TargetTrackingConfiguration customizedScalingMetricSpecification(Value<CustomizedScalingMetricSpecification> value) {
      return set("CustomizedScalingMetricSpecification", value);
    }

    /**
     * Indicates whether scale in by the target tracking scaling policy is disabled. If the value is
     * <code>true</code> , scale in is disabled and the target tracking scaling policy doesn't
     * remove capacity from the scalable resource. Otherwise, scale in is enabled and the target
     * tracking scaling policy can remove capacity from the scalable resource.
     *
     * <p>The default value is <code>false</code> .
     *
     * <p>CloudFormation property {@code DisableScaleIn}.
     */
    public TargetTrackingConfiguration disableScaleIn(boolean value) {
      return set("DisableScaleIn", Value.of(value));
    }

    /** Sets {@code DisableScaleIn} to this value; see {@link #disableScaleIn(boolean)}. */
    public TargetTrackingConfiguration disableScaleIn(Value<Boolean> value) {
      return set("DisableScaleIn", value);
    }

    /**
     * The estimated time, in seconds, until a newly launched instance can contribute to the
     * CloudWatch metrics. This value is used only if the resource is an Auto Scaling group.
     *
     * <p>CloudFormation property {@code EstimatedInstanceWarmup}.
     */
    public TargetTrackingConfiguration estimatedInstanceWarmup(int value) {
      return set("EstimatedInstanceWarmup", Value.of(value));
    }

    /**
     * Sets {@code EstimatedInstanceWarmup} to this value; see {@link
     * #estimatedInstanceWarmup(int)}.
     */
    public TargetTrackingConfiguration estimatedInstanceWarmup(Value<Integer> value) {
      return set("EstimatedInstanceWarmup", value);
    }

    /**
     * A predefined metric. You can specify either a predefined metric or a customized metric.
     *
     * <p>CloudFormation property {@code PredefinedScalingMetricSpecification}.
     */
    public TargetTrackingConfiguration predefinedScalingMetricSpecification(Value<PredefinedScalingMetricSpecification> value) {
      return set("PredefinedScalingMetricSpecification", value);
    }

    /**
     * The amount of time, in seconds, after a scale-in activity completes before another scale in
     * activity can start. This value is not used if the scalable resource is an Auto Scaling group.
     *
     * <p>CloudFormation property {@code ScaleInCooldown}.
     */
    public TargetTrackingConfiguration scaleInCooldown(int value) {
      return set("ScaleInCooldown", Value.of(value));
    }

    /** Sets {@code ScaleInCooldown} to this value; see {@link #scaleInCooldown(int)}. */
    public TargetTrackingConfiguration scaleInCooldown(Value<Integer> value) {
      return set("ScaleInCooldown", value);
    }

    /**
     * The amount of time, in seconds, after a scale-out activity completes before another scale-out
     * activity can start. This value is not used if the scalable resource is an Auto Scaling group.
     *
     * <p>CloudFormation property {@code ScaleOutCooldown}.
     */
    public TargetTrackingConfiguration scaleOutCooldown(int value) {
      return set("ScaleOutCooldown", Value.of(value));
    }

    /** Sets {@code ScaleOutCooldown} to this value; see {@link #scaleOutCooldown(int)}. */
    public TargetTrackingConfiguration scaleOutCooldown(Value<Integer> value) {
      return set("ScaleOutCooldown", value);
    }

    /**
     * The target value for the metric. Although this property accepts numbers of type Double, it
     * won't accept values that are either too small or too large. Values must be in the range of
     * -2^360 to 2^360.
     *
     * <p>Required. CloudFormation property {@code TargetValue}.
     */
    public TargetTrackingConfiguration targetValue(double value) {
      return set("TargetValue", Value.of(value));
    }

    /** Sets {@code TargetValue} to this value; see {@link #targetValue(double)}. */
    public TargetTrackingConfiguration targetValue(Value<Double> value) {
      return set("TargetValue", value);
    }
  }
}
