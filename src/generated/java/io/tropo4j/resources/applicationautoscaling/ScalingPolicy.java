// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.applicationautoscaling;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * The <code>AWS::ApplicationAutoScaling::ScalingPolicy</code> resource defines a scaling policy
 * that Application Auto Scaling uses to adjust the capacity of a scalable target.
 *
 * <p>For more information, see <a
 * href="https://docs.aws.amazon.com/autoscaling/application/userguide/application-auto-scaling-target-tracking.html">Target
 * tracking scaling policies</a> and <a
 * href="https://docs.aws.amazon.com/autoscaling/application/userguide/application-auto-scaling-step-scaling-policies.html">Step
 * scaling policies</a> in the <em>Application Auto Scaling User Guide</em> .
 *
 * <p>CloudFormation type {@code AWS::ApplicationAutoScaling::ScalingPolicy}.
 */
public final class ScalingPolicy extends Resource<ScalingPolicy> {
  private static final Schema SCHEMA = Schema.builder("AWS::ApplicationAutoScaling::ScalingPolicy")
      .required("PolicyName", "PolicyType")
      .constrain("PolicyName", Constraint.of().pattern("^\\p{Print}+$").minLength(1).maxLength(256))
      .allowed("PolicyType", "PredictiveScaling", "StepScaling", "TargetTrackingScaling")
      .constrain("ResourceId", Constraint.of().minLength(1).maxLength(1600))
      .allowed("ScalableDimension", "appstream:fleet:DesiredCapacity",
          "cassandra:table:ReadCapacityUnits", "cassandra:table:WriteCapacityUnits",
          "comprehend:document-classifier-endpoint:DesiredInferenceUnits",
          "comprehend:entity-recognizer-endpoint:DesiredInferenceUnits",
          "custom-resource:ResourceType:Property", "dynamodb:index:ReadCapacityUnits",
          "dynamodb:index:WriteCapacityUnits", "dynamodb:table:ReadCapacityUnits",
          "dynamodb:table:WriteCapacityUnits", "ec2:spot-fleet-request:TargetCapacity",
          "ecs:service:DesiredCount", "elasticache:cache-cluster:Nodes",
          "elasticache:replication-group:NodeGroups", "elasticache:replication-group:Replicas",
          "elasticmapreduce:instancegroup:InstanceCount", "kafka:broker-storage:VolumeSize",
          "lambda:function:ProvisionedConcurrency", "neptune:cluster:ReadReplicaCount",
          "rds:cluster:ReadReplicaCount", "sagemaker:inference-component:DesiredCopyCount",
          "sagemaker:variant:DesiredInstanceCount",
          "sagemaker:variant:DesiredProvisionedConcurrency",
          "workspaces:workspacespool:DesiredUserSessions")
      .allowed("ServiceNamespace", "appstream", "cassandra", "comprehend", "custom-resource",
          "dynamodb", "ec2", "ecs", "elasticache", "elasticmapreduce", "kafka", "lambda", "neptune",
          "rds", "sagemaker", "workspaces")
      .attributes("Arn")
      .build();

  public ScalingPolicy(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The name of the scaling policy.
   *
   * <p>Updates to the name of a target tracking scaling policy are not supported, unless you also
   * update the metric used for scaling. To change only a target tracking scaling policy's name,
   * first delete the policy by removing the existing
   * <code>AWS::ApplicationAutoScaling::ScalingPolicy</code> resource from the template and updating
   * the stack. Then, recreate the resource with the same settings and a different name.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 256 characters. Pattern: {@code
   * ^&#92;p{Print}+$}. CloudFormation property {@code PolicyName}.
   */
  public ScalingPolicy policyName(String value) {
    return set("PolicyName", Value.of(value));
  }

  /** Sets {@code PolicyName} to this value; see {@link #policyName(String)}. */
  public ScalingPolicy policyName(Value<String> value) {
    return set("PolicyName", value);
  }

  /**
   * The scaling policy type.
   *
   * <p>The following policy types are supported:
   *
   * <p><code>TargetTrackingScaling</code> —Not supported for Amazon EMR
   *
   * <p><code>StepScaling</code> —Not supported for DynamoDB, Amazon Comprehend, Lambda, Amazon
   * Keyspaces, Amazon MSK, Amazon ElastiCache, or Neptune.
   *
   * <p><code>PredictiveScaling</code> —Only supported for Amazon ECS
   *
   * <p>Required. Allowed values: {@code PredictiveScaling}, {@code StepScaling}, {@code
   * TargetTrackingScaling}. CloudFormation property {@code PolicyType}.
   */
  public ScalingPolicy policyType(String value) {
    return set("PolicyType", Value.of(value));
  }

  /** Sets {@code PolicyType} to this value; see {@link #policyType(String)}. */
  public ScalingPolicy policyType(Value<String> value) {
    return set("PolicyType", value);
  }

  /**
   * The predictive scaling policy configuration.
   *
   * <p>CloudFormation property {@code PredictiveScalingPolicyConfiguration}.
   */
  public ScalingPolicy predictiveScalingPolicyConfiguration(Value<PredictiveScalingPolicyConfiguration> value) {
    return set("PredictiveScalingPolicyConfiguration", value);
  }

  /**
   * The identifier of the resource associated with the scaling policy. This string consists of the
   * resource type and unique identifier.
   *
   * <ul> <li>ECS service - The resource type is <code>service</code> and the unique identifier is
   * the cluster name and service name. Example: <code>service/my-cluster/my-service</code> .
   * <li>Spot Fleet - The resource type is <code>spot-fleet-request</code> and the unique identifier
   * is the Spot Fleet request ID. Example:
   * <code>spot-fleet-request/sfr-73fbd2ce-aa30-494c-8788-1cee4EXAMPLE</code> . <li>EMR cluster -
   * The resource type is <code>instancegroup</code> and the unique identifier is the cluster ID and
   * instance group ID. Example: <code>instancegroup/j-2EEZNYKUA1NTV/ig-1791Y4E1L8YI0</code> .
   * <li>AppStream 2.0 fleet - The resource type is <code>fleet</code> and the unique identifier is
   * the fleet name. Example: <code>fleet/sample-fleet</code> . <li>DynamoDB table - The resource
   * type is <code>table</code> and the unique identifier is the table name. Example:
   * <code>table/my-table</code> . <li>DynamoDB global secondary index - The resource type is
   * <code>index</code> and the unique identifier is the index name. Example:
   * <code>table/my-table/index/my-table-index</code> . <li>Aurora DB cluster - The resource type is
   * <code>cluster</code> and the unique identifier is the cluster name. Example:
   * <code>cluster:my-db-cluster</code> . <li>SageMaker endpoint variant - The resource type is
   * <code>variant</code> and the unique identifier is the resource ID. Example:
   * <code>endpoint/my-end-point/variant/KMeansClustering</code> . <li>Custom resources are not
   * supported with a resource type. This parameter must specify the <code>OutputValue</code> from
   * the CloudFormation template stack used to access the resources. The unique identifier is
   * defined by the service provider. More information is available in our <a
   * href="https://docs.aws.amazon.com/https://github.com/aws/aws-auto-scaling-custom-resource">GitHub
   * repository</a> . <li>Amazon Comprehend document classification endpoint - The resource type and
   * unique identifier are specified using the endpoint ARN. Example:
   * <code>arn:aws:comprehend:us-west-2:123456789012:document-classifier-endpoint/EXAMPLE</code> .
   * <li>Amazon Comprehend entity recognizer endpoint - The resource type and unique identifier are
   * specified using the endpoint ARN. Example:
   * <code>arn:aws:comprehend:us-west-2:123456789012:entity-recognizer-endpoint/EXAMPLE</code> .
   * <li>Lambda provisioned concurrency - The resource type is <code>function</code> and the unique
   * identifier is the function name with a function version or alias name suffix that is not
   * <code>$LATEST</code> . Example: <code>function:my-function:prod</code> or
   * <code>function:my-function:1</code> . <li>Amazon Keyspaces table - The resource type is
   * <code>table</code> and the unique identifier is the table name. Example:
   * <code>keyspace/mykeyspace/table/mytable</code> . <li>Amazon MSK cluster - The resource type and
   * unique identifier are specified using the cluster ARN. Example:
   * <code>arn:aws:kafka:us-east-1:123456789012:cluster/demo-cluster-1/6357e0b2-0e6a-4b86-a0b4-70df934c2e31-5</code>
   * . <li>Amazon ElastiCache replication group - The resource type is
   * <code>replication-group</code> and the unique identifier is the replication group name.
   * Example: <code>replication-group/mycluster</code> . <li>Amazon ElastiCache cache cluster - The
   * resource type is <code>cache-cluster</code> and the unique identifier is the cache cluster
   * name. Example: <code>cache-cluster/mycluster</code> . <li>Neptune cluster - The resource type
   * is <code>cluster</code> and the unique identifier is the cluster name. Example:
   * <code>cluster:mycluster</code> . <li>SageMaker serverless endpoint - The resource type is
   * <code>variant</code> and the unique identifier is the resource ID. Example:
   * <code>endpoint/my-end-point/variant/KMeansClustering</code> . <li>SageMaker inference component
   * - The resource type is <code>inference-component</code> and the unique identifier is the
   * resource ID. Example: <code>inference-component/my-inference-component</code> . <li>Pool of
   * WorkSpaces - The resource type is <code>workspacespool</code> and the unique identifier is the
   * pool ID. Example: <code>workspacespool/wspool-123456</code> . </ul>
   *
   * <p>Changing it replaces the resource. Length: 1 to 1600 characters. CloudFormation property
   * {@code ResourceId}.
   */
  public ScalingPolicy resourceId(String value) {
    return set("ResourceId", Value.of(value));
  }

  /** Sets {@code ResourceId} to this value; see {@link #resourceId(String)}. */
  public ScalingPolicy resourceId(Value<String> value) {
    return set("ResourceId", value);
  }

  /**
   * The scalable dimension. This string consists of the service namespace, resource type, and
   * scaling property.
   *
   * <ul> <li><code>ecs:service:DesiredCount</code> - The task count of an ECS service.
   * <li><code>elasticmapreduce:instancegroup:InstanceCount</code> - The instance count of an EMR
   * Instance Group. <li><code>ec2:spot-fleet-request:TargetCapacity</code> - The target capacity of
   * a Spot Fleet. <li><code>appstream:fleet:DesiredCapacity</code> - The capacity of an AppStream
   * 2.0 fleet. <li><code>dynamodb:table:ReadCapacityUnits</code> - The provisioned read capacity
   * for a DynamoDB table. <li><code>dynamodb:table:WriteCapacityUnits</code> - The provisioned
   * write capacity for a DynamoDB table. <li><code>dynamodb:index:ReadCapacityUnits</code> - The
   * provisioned read capacity for a DynamoDB global secondary index.
   * <li><code>dynamodb:index:WriteCapacityUnits</code> - The provisioned write capacity for a
   * DynamoDB global secondary index. <li><code>rds:cluster:ReadReplicaCount</code> - The count of
   * Aurora Replicas in an Aurora DB cluster. Available for Aurora MySQL-compatible edition and
   * Aurora PostgreSQL-compatible edition. <li><code>sagemaker:variant:DesiredInstanceCount</code> -
   * The number of EC2 instances for a SageMaker model endpoint variant.
   * <li><code>custom-resource:ResourceType:Property</code> - The scalable dimension for a custom
   * resource provided by your own application or service.
   * <li><code>comprehend:document-classifier-endpoint:DesiredInferenceUnits</code> - The number of
   * inference units for an Amazon Comprehend document classification endpoint.
   * <li><code>comprehend:entity-recognizer-endpoint:DesiredInferenceUnits</code> - The number of
   * inference units for an Amazon Comprehend entity recognizer endpoint.
   * <li><code>lambda:function:ProvisionedConcurrency</code> - The provisioned concurrency for a
   * Lambda function. <li><code>cassandra:table:ReadCapacityUnits</code> - The provisioned read
   * capacity for an Amazon Keyspaces table. <li><code>cassandra:table:WriteCapacityUnits</code> -
   * The provisioned write capacity for an Amazon Keyspaces table.
   * <li><code>kafka:broker-storage:VolumeSize</code> - The provisioned volume size (in GiB) for
   * brokers in an Amazon MSK cluster. <li><code>elasticache:cache-cluster:Nodes</code> - The number
   * of nodes for an Amazon ElastiCache cache cluster.
   * <li><code>elasticache:replication-group:NodeGroups</code> - The number of node groups for an
   * Amazon ElastiCache replication group. <li><code>elasticache:replication-group:Replicas</code> -
   * The number of replicas per node group for an Amazon ElastiCache replication group.
   * <li><code>neptune:cluster:ReadReplicaCount</code> - The count of read replicas in an Amazon
   * Neptune DB cluster. <li><code>sagemaker:variant:DesiredProvisionedConcurrency</code> - The
   * provisioned concurrency for a SageMaker serverless endpoint.
   * <li><code>sagemaker:inference-component:DesiredCopyCount</code> - The number of copies across
   * an endpoint for a SageMaker inference component.
   * <li><code>workspaces:workspacespool:DesiredUserSessions</code> - The number of user sessions
   * for the WorkSpaces in the pool. </ul>
   *
   * <p>Changing it replaces the resource. Allowed values: {@code appstream:fleet:DesiredCapacity},
   * {@code cassandra:table:ReadCapacityUnits}, {@code cassandra:table:WriteCapacityUnits}, {@code
   * comprehend:document-classifier-endpoint:DesiredInferenceUnits}, {@code
   * comprehend:entity-recognizer-endpoint:DesiredInferenceUnits}, {@code
   * custom-resource:ResourceType:Property}, {@code dynamodb:index:ReadCapacityUnits}, {@code
   * dynamodb:index:WriteCapacityUnits}, {@code dynamodb:table:ReadCapacityUnits}, {@code
   * dynamodb:table:WriteCapacityUnits}, {@code ec2:spot-fleet-request:TargetCapacity}, {@code
   * ecs:service:DesiredCount}, {@code elasticache:cache-cluster:Nodes}, {@code
   * elasticache:replication-group:NodeGroups}, {@code elasticache:replication-group:Replicas},
   * {@code elasticmapreduce:instancegroup:InstanceCount}, {@code kafka:broker-storage:VolumeSize},
   * {@code lambda:function:ProvisionedConcurrency}, {@code neptune:cluster:ReadReplicaCount},
   * {@code rds:cluster:ReadReplicaCount}, {@code sagemaker:inference-component:DesiredCopyCount},
   * {@code sagemaker:variant:DesiredInstanceCount}, {@code
   * sagemaker:variant:DesiredProvisionedConcurrency}, {@code
   * workspaces:workspacespool:DesiredUserSessions}. CloudFormation property {@code
   * ScalableDimension}.
   */
  public ScalingPolicy scalableDimension(String value) {
    return set("ScalableDimension", Value.of(value));
  }

  /** Sets {@code ScalableDimension} to this value; see {@link #scalableDimension(String)}. */
  public ScalingPolicy scalableDimension(Value<String> value) {
    return set("ScalableDimension", value);
  }

  /**
   * The CloudFormation-generated ID of an Application Auto Scaling scalable target. For more
   * information about the ID, see the Return Value section of the
   * <code>AWS::ApplicationAutoScaling::ScalableTarget</code> resource.
   *
   * <p>You must specify either the <code>ScalingTargetId</code> property, or the
   * <code>ResourceId</code> , <code>ScalableDimension</code> , and <code>ServiceNamespace</code>
   * properties, but not both.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code ScalingTargetId}.
   */
  public ScalingPolicy scalingTargetId(String value) {
    return set("ScalingTargetId", Value.of(value));
  }

  /** Sets {@code ScalingTargetId} to this value; see {@link #scalingTargetId(String)}. */
  public ScalingPolicy scalingTargetId(Value<String> value) {
    return set("ScalingTargetId", value);
  }

  /**
   * The namespace of the AWS service that provides the resource, or a <code>custom-resource</code>
   * .
   *
   * <p>Changing it replaces the resource. Allowed values: {@code appstream}, {@code cassandra},
   * {@code comprehend}, {@code custom-resource}, {@code dynamodb}, {@code ec2}, {@code ecs}, {@code
   * elasticache}, {@code elasticmapreduce}, {@code kafka}, {@code lambda}, {@code neptune}, {@code
   * rds}, {@code sagemaker}, {@code workspaces}. CloudFormation property {@code ServiceNamespace}.
   */
  public ScalingPolicy serviceNamespace(String value) {
    return set("ServiceNamespace", Value.of(value));
  }

  /** Sets {@code ServiceNamespace} to this value; see {@link #serviceNamespace(String)}. */
  public ScalingPolicy serviceNamespace(Value<String> value) {
    return set("ServiceNamespace", value);
  }

  /**
   * A step scaling policy.
   *
   * <p>CloudFormation property {@code StepScalingPolicyConfiguration}.
   */
  public ScalingPolicy stepScalingPolicyConfiguration(Value<StepScalingPolicyConfiguration> value) {
    return set("StepScalingPolicyConfiguration", value);
  }

  /**
   * A target tracking scaling policy.
   *
   * <p>CloudFormation property {@code TargetTrackingScalingPolicyConfiguration}.
   */
  public ScalingPolicy targetTrackingScalingPolicyConfiguration(Value<TargetTrackingScalingPolicyConfiguration> value) {
    return set("TargetTrackingScalingPolicyConfiguration", value);
  }

  /**
   * Returns the ARN of a scaling policy.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * Contains customized metric specification information for a target tracking scaling policy for
   * Application Auto Scaling.
   *
   * <p>For information about the available metrics for a service, see <a
   * href="https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/aws-services-cloudwatch-metrics.html">AWS
   * services that publish CloudWatch metrics</a> in the <em>Amazon CloudWatch User Guide</em> .
   *
   * <p>To create your customized metric specification:
   *
   * <ul> <li>Add values for each required parameter from CloudWatch. You can use an existing
   * metric, or a new metric that you create. To use your own metric, you must first publish the
   * metric to CloudWatch. For more information, see <a
   * href="https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/publishingMetrics.html">Publish
   * custom metrics</a> in the <em>Amazon CloudWatch User Guide</em> . <li>Choose a metric that
   * changes proportionally with capacity. The value of the metric should increase or decrease in
   * inverse proportion to the number of capacity units. That is, the value of the metric should
   * decrease when capacity increases, and increase when capacity decreases. </ul>
   *
   * <p>For an example of how creating new metrics can be useful, see <a
   * href="https://docs.aws.amazon.com/autoscaling/ec2/userguide/as-using-sqs-queue.html">Scaling
   * based on Amazon SQS</a> in the <em>Amazon EC2 Auto Scaling User Guide</em> . This topic
   * mentions Auto Scaling groups, but the same scenario for Amazon SQS can apply to the target
   * tracking scaling policies that you create for a Spot Fleet by using Application Auto Scaling.
   *
   * <p>For more information about the CloudWatch terminology below, see <a
   * href="https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/cloudwatch_concepts.html">Amazon
   * CloudWatch concepts</a> .
   *
   * <p><code>CustomizedMetricSpecification</code> is a property of the <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-applicationautoscaling-scalingpolicy-targettrackingscalingpolicyconfiguration.html">AWS::ApplicationAutoScaling::ScalingPolicy
   * TargetTrackingScalingPolicyConfiguration</a> property type.
   *
   * <p>Property type {@code
   * AWS::ApplicationAutoScaling::ScalingPolicy.CustomizedMetricSpecification}.
   */
  public static final class CustomizedMetricSpecification extends Struct<CustomizedMetricSpecification> {
    private static final Schema SCHEMA = Schema.builder("AWS::ApplicationAutoScaling::ScalingPolicy.CustomizedMetricSpecification")
        .allowed("Statistic", "Average", "Maximum", "Minimum", "SampleCount", "Sum")
        .build();

    public CustomizedMetricSpecification() {
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
    public CustomizedMetricSpecification dimensions(List<MetricDimension> value) {
      return set("Dimensions", Value.listOf(value));
    }

    /** Sets {@code Dimensions} to this value; see {@link #dimensions(List)}. */
    public CustomizedMetricSpecification dimensions(Value<List<MetricDimension>> value) {
      return set("Dimensions", value);
    }

    /** Sets {@code Dimensions} to a list of these; see {@link #dimensions(List)}. */
    public CustomizedMetricSpecification dimensions(MetricDimension... values) {
      return set("Dimensions", Value.list(values));
    }

    /**
     * The name of the metric. To get the exact metric name, namespace, and dimensions, inspect the
     * <a
     * href="https://docs.aws.amazon.com/AmazonCloudWatch/latest/APIReference/API_Metric.html">Metric</a>
     * object that's returned by a call to <a
     * href="https://docs.aws.amazon.com/AmazonCloudWatch/latest/APIReference/API_ListMetrics.html">ListMetrics</a>
     * .
     *
     * <p>CloudFormation property {@code MetricName}.
     */
    public CustomizedMetricSpecification metricName(String value) {
      return set("MetricName", Value.of(value));
    }

    /** Sets {@code MetricName} to this value; see {@link #metricName(String)}. */
    public CustomizedMetricSpecification metricName(Value<String> value) {
      return set("MetricName", value);
    }

    /**
     * The metrics to include in the target tracking scaling policy, as a metric data query. This
     * can include both raw metric and metric math expressions.
     *
     * <p>CloudFormation property {@code Metrics}.
     */
    public CustomizedMetricSpecification metrics(List<TargetTrackingMetricDataQuery> value) {
      return set("Metrics", Value.listOf(value));
    }

    /** Sets {@code Metrics} to this value; see {@link #metrics(List)}. */
    public CustomizedMetricSpecification metrics(Value<List<TargetTrackingMetricDataQuery>> value) {
      return set("Metrics", value);
    }

    /** Sets {@code Metrics} to a list of these; see {@link #metrics(List)}. */
    public CustomizedMetricSpecification metrics(TargetTrackingMetricDataQuery... values) {
      return set("Metrics", Value.list(values));
    }

    /**
     * The namespace of the metric.
     *
     * <p>CloudFormation property {@code Namespace}.
     */
    public CustomizedMetricSpecification namespace(String value) {
      return set("Namespace", Value.of(value));
    }

    /** Sets {@code Namespace} to this value; see {@link #namespace(String)}. */
    public CustomizedMetricSpecification namespace(Value<String> value) {
      return set("Namespace", value);
    }

    /**
     * The statistic of the metric.
     *
     * <p>Allowed values: {@code Average}, {@code Maximum}, {@code Minimum}, {@code SampleCount},
     * {@code Sum}. CloudFormation property {@code Statistic}.
     */
    public CustomizedMetricSpecification statistic(String value) {
      return set("Statistic", Value.of(value));
    }

    /** Sets {@code Statistic} to this value; see {@link #statistic(String)}. */
    public CustomizedMetricSpecification statistic(Value<String> value) {
      return set("Statistic", value);
    }

    /**
     * The unit of the metric. For a complete list of the units that CloudWatch supports, see the <a
     * href="https://docs.aws.amazon.com/AmazonCloudWatch/latest/APIReference/API_MetricDatum.html">MetricDatum</a>
     * data type in the <em>Amazon CloudWatch API Reference</em> .
     *
     * <p>CloudFormation property {@code Unit}.
     */
    public CustomizedMetricSpecification unit(String value) {
      return set("Unit", Value.of(value));
    }

    /** Sets {@code Unit} to this value; see {@link #unit(String)}. */
    public CustomizedMetricSpecification unit(Value<String> value) {
      return set("Unit", value);
    }
  }

  /**
   * <code>MetricDimension</code> specifies a name/value pair that is part of the identity of a
   * CloudWatch metric for the <code>Dimensions</code> property of the <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-applicationautoscaling-scalingpolicy-customizedmetricspecification.html">AWS::ApplicationAutoScaling::ScalingPolicy
   * CustomizedMetricSpecification</a> property type. Duplicate dimensions are not allowed.
   *
   * <p>Property type {@code AWS::ApplicationAutoScaling::ScalingPolicy.MetricDimension}.
   */
  public static final class MetricDimension extends Struct<MetricDimension> {
    private static final Schema SCHEMA = Schema.builder("AWS::ApplicationAutoScaling::ScalingPolicy.MetricDimension")
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
   * Contains predefined metric specification information for a target tracking scaling policy for
   * Application Auto Scaling.
   *
   * <p><code>PredefinedMetricSpecification</code> is a property of the <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-applicationautoscaling-scalingpolicy-targettrackingscalingpolicyconfiguration.html">AWS::ApplicationAutoScaling::ScalingPolicy
   * TargetTrackingScalingPolicyConfiguration</a> property type.
   *
   * <p>Property type {@code
   * AWS::ApplicationAutoScaling::ScalingPolicy.PredefinedMetricSpecification}.
   */
  public static final class PredefinedMetricSpecification extends Struct<PredefinedMetricSpecification> {
    private static final Schema SCHEMA = Schema.builder("AWS::ApplicationAutoScaling::ScalingPolicy.PredefinedMetricSpecification")
        .required("PredefinedMetricType")
        .allowed("PredefinedMetricType", "ALBRequestCountPerTarget",
            "AppStreamAverageCapacityUtilization", "CassandraReadCapacityUtilization",
            "CassandraWriteCapacityUtilization", "ComprehendInferenceUtilization",
            "DynamoDBReadCapacityUtilization", "DynamoDBWriteCapacityUtilization",
            "EC2SpotFleetRequestAverageCPUUtilization", "EC2SpotFleetRequestAverageNetworkIn",
            "EC2SpotFleetRequestAverageNetworkOut", "ECSServiceAverageCPUUtilization",
            "ECSServiceAverageCPUUtilizationHighResolution", "ECSServiceAverageMemoryUtilization",
            "ECSServiceAverageMemoryUtilizationHighResolution",
            "ElastiCacheDatabaseCapacityUsageCountedForEvictPercentage",
            "ElastiCacheDatabaseMemoryUsageCountedForEvictPercentage",
            "ElastiCacheDatabaseMemoryUsagePercentage", "ElastiCacheEngineCPUUtilization",
            "ElastiCachePrimaryEngineCPUUtilization", "ElastiCacheReplicaEngineCPUUtilization",
            "KafkaBrokerStorageUtilization", "LambdaProvisionedConcurrencyUtilization",
            "NeptuneReaderAverageCPUUtilization", "RDSReaderAverageCPUUtilization",
            "RDSReaderAverageDatabaseConnections",
            "SageMakerInferenceComponentConcurrentRequestsPerCopyHighResolution",
            "SageMakerInferenceComponentInvocationsPerCopy",
            "SageMakerVariantConcurrentRequestsPerModelHighResolution",
            "SageMakerVariantInvocationsPerInstance",
            "SageMakerVariantProvisionedConcurrencyUtilization",
            "WorkSpacesAverageUserSessionsCapacityUtilization")
        .constrain("ResourceLabel", Constraint.of().minLength(1).maxLength(1023))
        .build();

    public PredefinedMetricSpecification() {
      super(SCHEMA);
    }

    /**
     * The metric type. The <code>ALBRequestCountPerTarget</code> metric type applies only to Spot
     * fleet requests and ECS services.
     *
     * <p>Required. Allowed values: {@code ALBRequestCountPerTarget}, {@code
     * AppStreamAverageCapacityUtilization}, {@code CassandraReadCapacityUtilization}, {@code
     * CassandraWriteCapacityUtilization}, {@code ComprehendInferenceUtilization}, {@code
     * DynamoDBReadCapacityUtilization}, {@code DynamoDBWriteCapacityUtilization}, {@code
     * EC2SpotFleetRequestAverageCPUUtilization}, {@code EC2SpotFleetRequestAverageNetworkIn},
     * {@code EC2SpotFleetRequestAverageNetworkOut}, {@code ECSServiceAverageCPUUtilization}, {@code
     * ECSServiceAverageCPUUtilizationHighResolution}, {@code ECSServiceAverageMemoryUtilization},
     * {@code ECSServiceAverageMemoryUtilizationHighResolution}, {@code
     * ElastiCacheDatabaseCapacityUsageCountedForEvictPercentage}, {@code
     * ElastiCacheDatabaseMemoryUsageCountedForEvictPercentage}, {@code
     * ElastiCacheDatabaseMemoryUsagePercentage}, {@code ElastiCacheEngineCPUUtilization}, {@code
     * ElastiCachePrimaryEngineCPUUtilization}, {@code ElastiCacheReplicaEngineCPUUtilization},
     * {@code KafkaBrokerStorageUtilization}, {@code LambdaProvisionedConcurrencyUtilization},
     * {@code NeptuneReaderAverageCPUUtilization}, {@code RDSReaderAverageCPUUtilization}, {@code
     * RDSReaderAverageDatabaseConnections}, {@code
     * SageMakerInferenceComponentConcurrentRequestsPerCopyHighResolution}, {@code
     * SageMakerInferenceComponentInvocationsPerCopy}, {@code
     * SageMakerVariantConcurrentRequestsPerModelHighResolution}, {@code
     * SageMakerVariantInvocationsPerInstance}, {@code
     * SageMakerVariantProvisionedConcurrencyUtilization}, {@code
     * WorkSpacesAverageUserSessionsCapacityUtilization}. CloudFormation property {@code
     * PredefinedMetricType}.
     */
    public PredefinedMetricSpecification predefinedMetricType(String value) {
      return set("PredefinedMetricType", Value.of(value));
    }

    /**
     * Sets {@code PredefinedMetricType} to this value; see {@link #predefinedMetricType(String)}.
     */
    public PredefinedMetricSpecification predefinedMetricType(Value<String> value) {
      return set("PredefinedMetricType", value);
    }

    /**
     * Identifies the resource associated with the metric type. You can't specify a resource label
     * unless the metric type is <code>ALBRequestCountPerTarget</code> and there is a target group
     * attached to the Spot Fleet or ECS service.
     *
     * <p>You create the resource label by appending the final portion of the load balancer ARN and
     * the final portion of the target group ARN into a single value, separated by a forward slash
     * (/). The format of the resource label is:
     *
     * <p><code>app/my-alb/778d41231b141a0f/targetgroup/my-alb-target-group/943f017f100becff</code>
     * .
     *
     * <p>Where:
     *
     * <ul> <li>app/&lt;load-balancer-name&gt;/&lt;load-balancer-id&gt; is the final portion of the
     * load balancer ARN <li>targetgroup/&lt;target-group-name&gt;/&lt;target-group-id&gt; is the
     * final portion of the target group ARN. </ul>
     *
     * <p>To find the ARN for an Application Load Balancer, use the <a
     * href="https://docs.aws.amazon.com/elasticloadbalancing/latest/APIReference/API_DescribeLoadBalancers.html">DescribeLoadBalancers</a>
     * API operation. To find the ARN for the target group, use the <a
     * href="https://docs.aws.amazon.com/elasticloadbalancing/latest/APIReference/API_DescribeTargetGroups.html">DescribeTargetGroups</a>
     * API operation.
     *
     * <p>Length: 1 to 1023 characters. CloudFormation property {@code ResourceLabel}.
     */
    public PredefinedMetricSpecification resourceLabel(String value) {
      return set("ResourceLabel", Value.of(value));
    }

    /** Sets {@code ResourceLabel} to this value; see {@link #resourceLabel(String)}. */
    public PredefinedMetricSpecification resourceLabel(Value<String> value) {
      return set("ResourceLabel", value);
    }
  }

  /**
   * Represents a CloudWatch metric of your choosing for a predictive scaling policy.
   *
   * <p>Property type {@code
   * AWS::ApplicationAutoScaling::ScalingPolicy.PredictiveScalingCustomizedCapacityMetric}.
   */
  public static final class PredictiveScalingCustomizedCapacityMetric extends Struct<PredictiveScalingCustomizedCapacityMetric> {
    private static final Schema SCHEMA = Schema.builder("AWS::ApplicationAutoScaling::ScalingPolicy.PredictiveScalingCustomizedCapacityMetric")
        .required("MetricDataQueries")
        .build();

    public PredictiveScalingCustomizedCapacityMetric() {
      super(SCHEMA);
    }

    /**
     * One or more metric data queries to provide data points for a metric specification.
     *
     * <p>Required. CloudFormation property {@code MetricDataQueries}.
     */
    public PredictiveScalingCustomizedCapacityMetric metricDataQueries(List<PredictiveScalingMetricDataQuery> value) {
      return set("MetricDataQueries", Value.listOf(value));
    }

    /** Sets {@code MetricDataQueries} to this value; see {@link #metricDataQueries(List)}. */
    public PredictiveScalingCustomizedCapacityMetric metricDataQueries(Value<List<PredictiveScalingMetricDataQuery>> value) {
      return set("MetricDataQueries", value);
    }

    /** Sets {@code MetricDataQueries} to a list of these; see {@link #metricDataQueries(List)}. */
    public PredictiveScalingCustomizedCapacityMetric metricDataQueries(PredictiveScalingMetricDataQuery... values) {
      return set("MetricDataQueries", Value.list(values));
    }
  }

  /**
   * The customized load metric specification.
   *
   * <p>Property type {@code
   * AWS::ApplicationAutoScaling::ScalingPolicy.PredictiveScalingCustomizedLoadMetric}.
   */
  public static final class PredictiveScalingCustomizedLoadMetric extends Struct<PredictiveScalingCustomizedLoadMetric> {
    private static final Schema SCHEMA = Schema.builder("AWS::ApplicationAutoScaling::ScalingPolicy.PredictiveScalingCustomizedLoadMetric")
        .required("MetricDataQueries")
        .build();

    public PredictiveScalingCustomizedLoadMetric() {
      super(SCHEMA);
    }

    /** Required. CloudFormation property {@code MetricDataQueries}. */
    public PredictiveScalingCustomizedLoadMetric metricDataQueries(List<PredictiveScalingMetricDataQuery> value) {
      return set("MetricDataQueries", Value.listOf(value));
    }

    /** Sets {@code MetricDataQueries} to this value; see {@link #metricDataQueries(List)}. */
    public PredictiveScalingCustomizedLoadMetric metricDataQueries(Value<List<PredictiveScalingMetricDataQuery>> value) {
      return set("MetricDataQueries", value);
    }

    /** Sets {@code MetricDataQueries} to a list of these; see {@link #metricDataQueries(List)}. */
    public PredictiveScalingCustomizedLoadMetric metricDataQueries(PredictiveScalingMetricDataQuery... values) {
      return set("MetricDataQueries", Value.list(values));
    }
  }

  /**
   * One or more metric data queries to provide data points for a metric specification.
   *
   * <p>Property type {@code
   * AWS::ApplicationAutoScaling::ScalingPolicy.PredictiveScalingCustomizedScalingMetric}.
   */
  public static final class PredictiveScalingCustomizedScalingMetric extends Struct<PredictiveScalingCustomizedScalingMetric> {
    private static final Schema SCHEMA = Schema.builder("AWS::ApplicationAutoScaling::ScalingPolicy.PredictiveScalingCustomizedScalingMetric")
        .required("MetricDataQueries")
        .build();

    public PredictiveScalingCustomizedScalingMetric() {
      super(SCHEMA);
    }

    /**
     * One or more metric data queries to provide data points for a metric specification.
     *
     * <p>Required. CloudFormation property {@code MetricDataQueries}.
     */
    public PredictiveScalingCustomizedScalingMetric metricDataQueries(List<PredictiveScalingMetricDataQuery> value) {
      return set("MetricDataQueries", Value.listOf(value));
    }

    /** Sets {@code MetricDataQueries} to this value; see {@link #metricDataQueries(List)}. */
    public PredictiveScalingCustomizedScalingMetric metricDataQueries(Value<List<PredictiveScalingMetricDataQuery>> value) {
      return set("MetricDataQueries", value);
    }

    /** Sets {@code MetricDataQueries} to a list of these; see {@link #metricDataQueries(List)}. */
    public PredictiveScalingCustomizedScalingMetric metricDataQueries(PredictiveScalingMetricDataQuery... values) {
      return set("MetricDataQueries", Value.list(values));
    }
  }

  /**
   * Describes the scaling metric.
   *
   * <p>Property type {@code AWS::ApplicationAutoScaling::ScalingPolicy.PredictiveScalingMetric}.
   */
  public static final class PredictiveScalingMetric extends Struct<PredictiveScalingMetric> {
    private static final Schema SCHEMA = Schema.builder("AWS::ApplicationAutoScaling::ScalingPolicy.PredictiveScalingMetric")
        .constrain("MetricName", Constraint.of().minLength(1).maxLength(255))
        .constrain("Namespace", Constraint.of().minLength(1).maxLength(255))
        .build();

    public PredictiveScalingMetric() {
      super(SCHEMA);
    }

    /**
     * Describes the dimensions of the metric.
     *
     * <p>CloudFormation property {@code Dimensions}.
     */
    public PredictiveScalingMetric dimensions(List<PredictiveScalingMetricDimension> value) {
      return set("Dimensions", Value.listOf(value));
    }

    /** Sets {@code Dimensions} to this value; see {@link #dimensions(List)}. */
    public PredictiveScalingMetric dimensions(Value<List<PredictiveScalingMetricDimension>> value) {
      return set("Dimensions", value);
    }

    /** Sets {@code Dimensions} to a list of these; see {@link #dimensions(List)}. */
    public PredictiveScalingMetric dimensions(PredictiveScalingMetricDimension... values) {
      return set("Dimensions", Value.list(values));
    }

    /**
     * The name of the metric.
     *
     * <p>Length: 1 to 255 characters. CloudFormation property {@code MetricName}.
     */
    public PredictiveScalingMetric metricName(String value) {
      return set("MetricName", Value.of(value));
    }

    /** Sets {@code MetricName} to this value; see {@link #metricName(String)}. */
    public PredictiveScalingMetric metricName(Value<String> value) {
      return set("MetricName", value);
    }

    /**
     * The namespace of the metric.
     *
     * <p>Length: 1 to 255 characters. CloudFormation property {@code Namespace}.
     */
    public PredictiveScalingMetric namespace(String value) {
      return set("Namespace", Value.of(value));
    }

    /** Sets {@code Namespace} to this value; see {@link #namespace(String)}. */
    public PredictiveScalingMetric namespace(Value<String> value) {
      return set("Namespace", value);
    }
  }

  /**
   * The metric data to return. Also defines whether this call is returning data for one metric
   * only, or whether it is performing a math expression on the values of returned metric statistics
   * to create a new time series. A time series is a series of data points, each of which is
   * associated with a timestamp.
   *
   * <p>Property type {@code
   * AWS::ApplicationAutoScaling::ScalingPolicy.PredictiveScalingMetricDataQuery}.
   */
  public static final class PredictiveScalingMetricDataQuery extends Struct<PredictiveScalingMetricDataQuery> {
    private static final Schema SCHEMA = Schema.builder("AWS::ApplicationAutoScaling::ScalingPolicy.PredictiveScalingMetricDataQuery")
        .constrain("Expression", Constraint.of().minLength(1).maxLength(2048))
        .constrain("Id", Constraint.of().minLength(1).maxLength(255))
        .build();

    public PredictiveScalingMetricDataQuery() {
      super(SCHEMA);
    }

    /**
     * The math expression to perform on the returned data, if this object is performing a math
     * expression. This expression can use the <code>Id</code> of the other metrics to refer to
     * those metrics, and can also use the <code>Id</code> of other expressions to use the result of
     * those expressions.
     *
     * <p>Conditional: Within each <code>MetricDataQuery</code> object, you must specify either
     * <code>Expression</code> or <code>MetricStat</code> , but not both.
     *
     * <p>Length: 1 to 2048 characters. CloudFormation property {@code Expression}.
     */
    public PredictiveScalingMetricDataQuery expression(String value) {
      return set("Expression", Value.of(value));
    }

    /** Sets {@code Expression} to this value; see {@link #expression(String)}. */
    public PredictiveScalingMetricDataQuery expression(Value<String> value) {
      return set("Expression", value);
    }

    /**
     * A short name that identifies the object's results in the response. This name must be unique
     * among all <code>MetricDataQuery</code> objects specified for a single scaling policy. If you
     * are performing math expressions on this set of data, this name represents that data and can
     * serve as a variable in the mathematical expression. The valid characters are letters,
     * numbers, and underscores. The first character must be a lowercase letter.
     *
     * <p>Length: 1 to 255 characters. CloudFormation property {@code Id}.
     */
    public PredictiveScalingMetricDataQuery id(String value) {
      return set("Id", Value.of(value));
    }

    /** Sets {@code Id} to this value; see {@link #id(String)}. */
    public PredictiveScalingMetricDataQuery id(Value<String> value) {
      return set("Id", value);
    }

    /**
     * A human-readable label for this metric or expression. This is especially useful if this is a
     * math expression, so that you know what the value represents.
     *
     * <p>CloudFormation property {@code Label}.
     */
    public PredictiveScalingMetricDataQuery label(String value) {
      return set("Label", Value.of(value));
    }

    /** Sets {@code Label} to this value; see {@link #label(String)}. */
    public PredictiveScalingMetricDataQuery label(Value<String> value) {
      return set("Label", value);
    }

    /**
     * Information about the metric data to return.
     *
     * <p>Conditional: Within each <code>MetricDataQuery</code> object, you must specify either
     * <code>Expression</code> or <code>MetricStat</code> , but not both.
     *
     * <p>CloudFormation property {@code MetricStat}.
     */
    public PredictiveScalingMetricDataQuery metricStat(Value<PredictiveScalingMetricStat> value) {
      return set("MetricStat", value);
    }

    /**
     * Indicates whether to return the timestamps and raw data values of this metric.
     *
     * <p>If you use any math expressions, specify <code>true</code> for this value for only the
     * final math expression that the metric specification is based on. You must specify
     * <code>false</code> for <code>ReturnData</code> for all the other metrics and expressions used
     * in the metric specification.
     *
     * <p>If you are only retrieving metrics and not performing any math expressions, do not specify
     * anything for <code>ReturnData</code> . This sets it to its default ( <code>true</code> ).
     *
     * <p>CloudFormation property {@code ReturnData}.
     */
    public PredictiveScalingMetricDataQuery returnData(boolean value) {
      return set("ReturnData", Value.of(value));
    }

    /** Sets {@code ReturnData} to this value; see {@link #returnData(boolean)}. */
    public PredictiveScalingMetricDataQuery returnData(Value<Boolean> value) {
      return set("ReturnData", value);
    }
  }

  /**
   * Describes the dimension of a metric.
   *
   * <p>Property type {@code
   * AWS::ApplicationAutoScaling::ScalingPolicy.PredictiveScalingMetricDimension}.
   */
  public static final class PredictiveScalingMetricDimension extends Struct<PredictiveScalingMetricDimension> {
    private static final Schema SCHEMA = Schema.builder("AWS::ApplicationAutoScaling::ScalingPolicy.PredictiveScalingMetricDimension")
        .constrain("Name", Constraint.of().minLength(1).maxLength(255))
        .constrain("Value", Constraint.of().minLength(1).maxLength(1024))
        .build();

    public PredictiveScalingMetricDimension() {
      super(SCHEMA);
    }

    /**
     * The name of the dimension.
     *
     * <p>Length: 1 to 255 characters. CloudFormation property {@code Name}.
     */
    public PredictiveScalingMetricDimension name(String value) {
      return set("Name", Value.of(value));
    }

    /** Sets {@code Name} to this value; see {@link #name(String)}. */
    public PredictiveScalingMetricDimension name(Value<String> value) {
      return set("Name", value);
    }

    /**
     * The value of the dimension.
     *
     * <p>Length: 1 to 1024 characters. CloudFormation property {@code Value}.
     */
    public PredictiveScalingMetricDimension value(String value) {
      return set("Value", Value.of(value));
    }

    /** Sets {@code Value} to this value; see {@link #value(String)}. */
    public PredictiveScalingMetricDimension value(Value<String> value) {
      return set("Value", value);
    }
  }

  /**
   * This structure specifies the metrics and target utilization settings for a predictive scaling
   * policy.
   *
   * <p>You must specify either a metric pair, or a load metric and a scaling metric individually.
   * Specifying a metric pair instead of individual metrics provides a simpler way to configure
   * metrics for a scaling policy. You choose the metric pair, and the policy automatically knows
   * the correct sum and average statistics to use for the load metric and the scaling metric.
   *
   * <p>Property type {@code
   * AWS::ApplicationAutoScaling::ScalingPolicy.PredictiveScalingMetricSpecification}.
   */
  public static final class PredictiveScalingMetricSpecification extends Struct<PredictiveScalingMetricSpecification> {
    private static final Schema SCHEMA = Schema.builder("AWS::ApplicationAutoScaling::ScalingPolicy.PredictiveScalingMetricSpecification")
        .required("TargetValue")
        .build();

    public PredictiveScalingMetricSpecification() {
      super(SCHEMA);
    }

    /**
     * The customized capacity metric specification.
     *
     * <p>CloudFormation property {@code CustomizedCapacityMetricSpecification}.
     */
    public PredictiveScalingMetricSpecification customizedCapacityMetricSpecification(Value<PredictiveScalingCustomizedCapacityMetric> value) {
      return set("CustomizedCapacityMetricSpecification", value);
    }

    /**
     * The customized load metric specification.
     *
     * <p>CloudFormation property {@code CustomizedLoadMetricSpecification}.
     */
    public PredictiveScalingMetricSpecification customizedLoadMetricSpecification(Value<PredictiveScalingCustomizedLoadMetric> value) {
      return set("CustomizedLoadMetricSpecification", value);
    }

    /**
     * The customized scaling metric specification.
     *
     * <p>CloudFormation property {@code CustomizedScalingMetricSpecification}.
     */
    public PredictiveScalingMetricSpecification customizedScalingMetricSpecification(Value<PredictiveScalingCustomizedScalingMetric> value) {
      return set("CustomizedScalingMetricSpecification", value);
    }

    /**
     * The predefined load metric specification.
     *
     * <p>CloudFormation property {@code PredefinedLoadMetricSpecification}.
     */
    public PredictiveScalingMetricSpecification predefinedLoadMetricSpecification(Value<PredictiveScalingPredefinedLoadMetric> value) {
      return set("PredefinedLoadMetricSpecification", value);
    }

    /**
     * The predefined metric pair specification that determines the appropriate scaling metric and
     * load metric to use.
     *
     * <p>CloudFormation property {@code PredefinedMetricPairSpecification}.
     */
    public PredictiveScalingMetricSpecification predefinedMetricPairSpecification(Value<PredictiveScalingPredefinedMetricPair> value) {
      return set("PredefinedMetricPairSpecification", value);
    }

    /**
     * The predefined scaling metric specification.
     *
     * <p>CloudFormation property {@code PredefinedScalingMetricSpecification}.
     */
    public PredictiveScalingMetricSpecification predefinedScalingMetricSpecification(Value<PredictiveScalingPredefinedScalingMetric> value) {
      return set("PredefinedScalingMetricSpecification", value);
    }

    /**
     * Specifies the target utilization.
     *
     * <p>Required. CloudFormation property {@code TargetValue}.
     */
    public PredictiveScalingMetricSpecification targetValue(double value) {
      return set("TargetValue", Value.of(value));
    }

    /** Sets {@code TargetValue} to this value; see {@link #targetValue(double)}. */
    public PredictiveScalingMetricSpecification targetValue(Value<Double> value) {
      return set("TargetValue", value);
    }
  }

  /**
   * This structure defines the CloudWatch metric to return, along with the statistic and unit.
   *
   * <p>Property type {@code
   * AWS::ApplicationAutoScaling::ScalingPolicy.PredictiveScalingMetricStat}.
   */
  public static final class PredictiveScalingMetricStat extends Struct<PredictiveScalingMetricStat> {
    private static final Schema SCHEMA = Schema.builder("AWS::ApplicationAutoScaling::ScalingPolicy.PredictiveScalingMetricStat")
        .constrain("Unit", Constraint.of().minLength(1).maxLength(1023))
        .build();

    public PredictiveScalingMetricStat() {
      super(SCHEMA);
    }

    /**
     * The CloudWatch metric to return, including the metric name, namespace, and dimensions. To get
     * the exact metric name, namespace, and dimensions, inspect the <a
     * href="https://docs.aws.amazon.com/AmazonCloudWatch/latest/APIReference/API_Metric.html">Metric</a>
     * object that is returned by a call to <a
     * href="https://docs.aws.amazon.com/AmazonCloudWatch/latest/APIReference/API_ListMetrics.html">ListMetrics</a>
     * .
     *
     * <p>CloudFormation property {@code Metric}.
     */
    public PredictiveScalingMetricStat metric(Value<PredictiveScalingMetric> value) {
      return set("Metric", value);
    }

    /**
     * The statistic to return. It can include any CloudWatch statistic or extended statistic. For a
     * list of valid values, see the table in <a
     * href="https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/cloudwatch_concepts.html#Statistic">Statistics</a>
     * in the <em>Amazon CloudWatch User Guide</em> .
     *
     * <p>The most commonly used metrics for predictive scaling are <code>Average</code> and
     * <code>Sum</code> .
     *
     * <p>CloudFormation property {@code Stat}.
     */
    public PredictiveScalingMetricStat stat(String value) {
      return set("Stat", Value.of(value));
    }

    /** Sets {@code Stat} to this value; see {@link #stat(String)}. */
    public PredictiveScalingMetricStat stat(Value<String> value) {
      return set("Stat", value);
    }

    /**
     * The unit to use for the returned data points. For a complete list of the units that
     * CloudWatch supports, see the <a
     * href="https://docs.aws.amazon.com/AmazonCloudWatch/latest/APIReference/API_MetricDatum.html">MetricDatum</a>
     * data type in the <em>Amazon CloudWatch API Reference</em> .
     *
     * <p>Length: 1 to 1023 characters. CloudFormation property {@code Unit}.
     */
    public PredictiveScalingMetricStat unit(String value) {
      return set("Unit", Value.of(value));
    }

    /** Sets {@code Unit} to this value; see {@link #unit(String)}. */
    public PredictiveScalingMetricStat unit(Value<String> value) {
      return set("Unit", value);
    }
  }

  /**
   * Represents a predictive scaling policy configuration. Predictive scaling is supported on Amazon
   * ECS services.
   *
   * <p>Property type {@code
   * AWS::ApplicationAutoScaling::ScalingPolicy.PredictiveScalingPolicyConfiguration}.
   */
  public static final class PredictiveScalingPolicyConfiguration extends Struct<PredictiveScalingPolicyConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::ApplicationAutoScaling::ScalingPolicy.PredictiveScalingPolicyConfiguration")
        .required("MetricSpecifications")
        .allowed("MaxCapacityBreachBehavior", "HonorMaxCapacity", "IncreaseMaxCapacity")
        .constrain("MaxCapacityBuffer", Constraint.of().minimum(0).maximum(100))
        .allowed("Mode", "ForecastAndScale", "ForecastOnly")
        .constrain("SchedulingBufferTime", Constraint.of().minimum(0).maximum(3600))
        .build();

    public PredictiveScalingPolicyConfiguration() {
      super(SCHEMA);
    }

    /**
     * Defines the behavior that should be applied if the forecast capacity approaches or exceeds
     * the maximum capacity. Defaults to <code>HonorMaxCapacity</code> if not specified.
     *
     * <p>Allowed values: {@code HonorMaxCapacity}, {@code IncreaseMaxCapacity}. CloudFormation
     * property {@code MaxCapacityBreachBehavior}.
     */
    public PredictiveScalingPolicyConfiguration maxCapacityBreachBehavior(String value) {
      return set("MaxCapacityBreachBehavior", Value.of(value));
    }

    /**
     * Sets {@code MaxCapacityBreachBehavior} to this value; see {@link
     * #maxCapacityBreachBehavior(String)}.
     */
    public PredictiveScalingPolicyConfiguration maxCapacityBreachBehavior(Value<String> value) {
      return set("MaxCapacityBreachBehavior", value);
    }

    /**
     * The size of the capacity buffer to use when the forecast capacity is close to or exceeds the
     * maximum capacity. The value is specified as a percentage relative to the forecast capacity.
     * For example, if the buffer is 10, this means a 10 percent buffer, such that if the forecast
     * capacity is 50, and the maximum capacity is 40, then the effective maximum capacity is 55.
     *
     * <p>Required if the <code>MaxCapacityBreachBehavior</code> property is set to
     * <code>IncreaseMaxCapacity</code> , and cannot be used otherwise.
     *
     * <p>Range: 0 to 100. CloudFormation property {@code MaxCapacityBuffer}.
     */
    public PredictiveScalingPolicyConfiguration maxCapacityBuffer(int value) {
      return set("MaxCapacityBuffer", Value.of(value));
    }

    /** Sets {@code MaxCapacityBuffer} to this value; see {@link #maxCapacityBuffer(int)}. */
    public PredictiveScalingPolicyConfiguration maxCapacityBuffer(Value<Integer> value) {
      return set("MaxCapacityBuffer", value);
    }

    /**
     * This structure includes the metrics and target utilization to use for predictive scaling.
     *
     * <p>This is an array, but we currently only support a single metric specification. That is,
     * you can specify a target value and a single metric pair, or a target value and one scaling
     * metric and one load metric.
     *
     * <p>Required. CloudFormation property {@code MetricSpecifications}.
     */
    public PredictiveScalingPolicyConfiguration metricSpecifications(List<PredictiveScalingMetricSpecification> value) {
      return set("MetricSpecifications", Value.listOf(value));
    }

    /** Sets {@code MetricSpecifications} to this value; see {@link #metricSpecifications(List)}. */
    public PredictiveScalingPolicyConfiguration metricSpecifications(Value<List<PredictiveScalingMetricSpecification>> value) {
      return set("MetricSpecifications", value);
    }

    /**
     * Sets {@code MetricSpecifications} to a list of these; see {@link
     * #metricSpecifications(List)}.
     */
    public PredictiveScalingPolicyConfiguration metricSpecifications(PredictiveScalingMetricSpecification... values) {
      return set("MetricSpecifications", Value.list(values));
    }

    /**
     * The predictive scaling mode. Defaults to <code>ForecastOnly</code> if not specified.
     *
     * <p>Allowed values: {@code ForecastAndScale}, {@code ForecastOnly}. CloudFormation property
     * {@code Mode}.
     */
    public PredictiveScalingPolicyConfiguration mode(String value) {
      return set("Mode", Value.of(value));
    }

    /** Sets {@code Mode} to this value; see {@link #mode(String)}. */
    public PredictiveScalingPolicyConfiguration mode(Value<String> value) {
      return set("Mode", value);
    }

    /**
     * The amount of time, in seconds, that the start time can be advanced.
     *
     * <p>The value must be less than the forecast interval duration of 3600 seconds (60 minutes).
     * Defaults to 300 seconds if not specified.
     *
     * <p>Range: 0 to 3600. CloudFormation property {@code SchedulingBufferTime}.
     */
    public PredictiveScalingPolicyConfiguration schedulingBufferTime(int value) {
      return set("SchedulingBufferTime", Value.of(value));
    }

    /** Sets {@code SchedulingBufferTime} to this value; see {@link #schedulingBufferTime(int)}. */
    public PredictiveScalingPolicyConfiguration schedulingBufferTime(Value<Integer> value) {
      return set("SchedulingBufferTime", value);
    }
  }

  /**
   * Describes a load metric for a predictive scaling policy.
   *
   * <p>When returned in the output of <code>DescribePolicies</code> , it indicates that a
   * predictive scaling policy uses individually specified load and scaling metrics instead of a
   * metric pair.
   *
   * <p>The following predefined metrics are available for predictive scaling:
   *
   * <ul> <li><code>ECSServiceAverageCPUUtilization</code>
   * <li><code>ECSServiceAverageMemoryUtilization</code> <li><code>ECSServiceCPUUtilization</code>
   * <li><code>ECSServiceMemoryUtilization</code> <li><code>ECSServiceTotalCPUUtilization</code>
   * <li><code>ECSServiceTotalMemoryUtilization</code> <li><code>ALBRequestCount</code>
   * <li><code>ALBRequestCountPerTarget</code> <li><code>TotalALBRequestCount</code> </ul>
   *
   * <p>Property type {@code
   * AWS::ApplicationAutoScaling::ScalingPolicy.PredictiveScalingPredefinedLoadMetric}.
   */
  public static final class PredictiveScalingPredefinedLoadMetric extends Struct<PredictiveScalingPredefinedLoadMetric> {
    private static final Schema SCHEMA = Schema.builder("AWS::ApplicationAutoScaling::ScalingPolicy.PredictiveScalingPredefinedLoadMetric")
        .required("PredefinedMetricType")
        .allowed("PredefinedMetricType", "ALBRequestCount", "ALBRequestCountPerTarget",
            "ECSServiceAverageCPUUtilization", "ECSServiceAverageMemoryUtilization",
            "ECSServiceCPUUtilization", "ECSServiceMemoryUtilization",
            "ECSServiceTotalCPUUtilization", "ECSServiceTotalMemoryUtilization",
            "TotalALBRequestCount")
        .constrain("PredefinedMetricType", Constraint.of().minLength(1).maxLength(128))
        .constrain("ResourceLabel", Constraint.of().minLength(1).maxLength(1023))
        .build();

    public PredictiveScalingPredefinedLoadMetric() {
      super(SCHEMA);
    }

    /**
     * The metric type.
     *
     * <p>Required. Allowed values: {@code ALBRequestCount}, {@code ALBRequestCountPerTarget},
     * {@code ECSServiceAverageCPUUtilization}, {@code ECSServiceAverageMemoryUtilization}, {@code
     * ECSServiceCPUUtilization}, {@code ECSServiceMemoryUtilization}, {@code
     * ECSServiceTotalCPUUtilization}, {@code ECSServiceTotalMemoryUtilization}, {@code
     * TotalALBRequestCount}. Length: 1 to 128 characters. CloudFormation property {@code
     * PredefinedMetricType}.
     */
    public PredictiveScalingPredefinedLoadMetric predefinedMetricType(String value) {
      return set("PredefinedMetricType", Value.of(value));
    }

    /**
     * Sets {@code PredefinedMetricType} to this value; see {@link #predefinedMetricType(String)}.
     */
    public PredictiveScalingPredefinedLoadMetric predefinedMetricType(Value<String> value) {
      return set("PredefinedMetricType", value);
    }

    /**
     * A label that uniquely identifies a target group.
     *
     * <p>Length: 1 to 1023 characters. CloudFormation property {@code ResourceLabel}.
     */
    public PredictiveScalingPredefinedLoadMetric resourceLabel(String value) {
      return set("ResourceLabel", Value.of(value));
    }

    /** Sets {@code ResourceLabel} to this value; see {@link #resourceLabel(String)}. */
    public PredictiveScalingPredefinedLoadMetric resourceLabel(Value<String> value) {
      return set("ResourceLabel", value);
    }
  }

  /**
   * Represents a metric pair for a predictive scaling policy.
   *
   * <p>The following predefined metrics are available for predictive scaling:
   *
   * <ul> <li><code>ECSServiceAverageCPUUtilization</code>
   * <li><code>ECSServiceAverageMemoryUtilization</code> <li><code>ECSServiceCPUUtilization</code>
   * <li><code>ECSServiceMemoryUtilization</code> <li><code>ECSServiceTotalCPUUtilization</code>
   * <li><code>ECSServiceTotalMemoryUtilization</code> <li><code>ALBRequestCount</code>
   * <li><code>ALBRequestCountPerTarget</code> <li><code>TotalALBRequestCount</code> </ul>
   *
   * <p>Property type {@code
   * AWS::ApplicationAutoScaling::ScalingPolicy.PredictiveScalingPredefinedMetricPair}.
   */
  public static final class PredictiveScalingPredefinedMetricPair extends Struct<PredictiveScalingPredefinedMetricPair> {
    private static final Schema SCHEMA = Schema.builder("AWS::ApplicationAutoScaling::ScalingPolicy.PredictiveScalingPredefinedMetricPair")
        .required("PredefinedMetricType")
        .allowed("PredefinedMetricType", "ALBRequestCount", "ALBRequestCountPerTarget",
            "ECSServiceAverageCPUUtilization", "ECSServiceAverageMemoryUtilization",
            "ECSServiceCPUUtilization", "ECSServiceMemoryUtilization",
            "ECSServiceTotalCPUUtilization", "ECSServiceTotalMemoryUtilization",
            "TotalALBRequestCount")
        .constrain("PredefinedMetricType", Constraint.of().minLength(1).maxLength(128))
        .constrain("ResourceLabel", Constraint.of().minLength(1).maxLength(1023))
        .build();

    public PredictiveScalingPredefinedMetricPair() {
      super(SCHEMA);
    }

    /**
     * Indicates which metrics to use. There are two different types of metrics for each metric
     * type: one is a load metric and one is a scaling metric.
     *
     * <p>Required. Allowed values: {@code ALBRequestCount}, {@code ALBRequestCountPerTarget},
     * {@code ECSServiceAverageCPUUtilization}, {@code ECSServiceAverageMemoryUtilization}, {@code
     * ECSServiceCPUUtilization}, {@code ECSServiceMemoryUtilization}, {@code
     * ECSServiceTotalCPUUtilization}, {@code ECSServiceTotalMemoryUtilization}, {@code
     * TotalALBRequestCount}. Length: 1 to 128 characters. CloudFormation property {@code
     * PredefinedMetricType}.
     */
    public PredictiveScalingPredefinedMetricPair predefinedMetricType(String value) {
      return set("PredefinedMetricType", Value.of(value));
    }

    /**
     * Sets {@code PredefinedMetricType} to this value; see {@link #predefinedMetricType(String)}.
     */
    public PredictiveScalingPredefinedMetricPair predefinedMetricType(Value<String> value) {
      return set("PredefinedMetricType", value);
    }

    /**
     * A label that uniquely identifies a specific target group from which to determine the total
     * and average request count.
     *
     * <p>Length: 1 to 1023 characters. CloudFormation property {@code ResourceLabel}.
     */
    public PredictiveScalingPredefinedMetricPair resourceLabel(String value) {
      return set("ResourceLabel", Value.of(value));
    }

    /** Sets {@code ResourceLabel} to this value; see {@link #resourceLabel(String)}. */
    public PredictiveScalingPredefinedMetricPair resourceLabel(Value<String> value) {
      return set("ResourceLabel", value);
    }
  }

  /**
   * Describes a scaling metric for a predictive scaling policy.
   *
   * <p>When returned in the output of <code>DescribePolicies</code> , it indicates that a
   * predictive scaling policy uses individually specified load and scaling metrics instead of a
   * metric pair.
   *
   * <p>The following predefined metrics are available for predictive scaling:
   *
   * <ul> <li><code>ECSServiceAverageCPUUtilization</code>
   * <li><code>ECSServiceAverageMemoryUtilization</code> <li><code>ECSServiceCPUUtilization</code>
   * <li><code>ECSServiceMemoryUtilization</code> <li><code>ECSServiceTotalCPUUtilization</code>
   * <li><code>ECSServiceTotalMemoryUtilization</code> <li><code>ALBRequestCount</code>
   * <li><code>ALBRequestCountPerTarget</code> <li><code>TotalALBRequestCount</code> </ul>
   *
   * <p>Property type {@code
   * AWS::ApplicationAutoScaling::ScalingPolicy.PredictiveScalingPredefinedScalingMetric}.
   */
  public static final class PredictiveScalingPredefinedScalingMetric extends Struct<PredictiveScalingPredefinedScalingMetric> {
    private static final Schema SCHEMA = Schema.builder("AWS::ApplicationAutoScaling::ScalingPolicy.PredictiveScalingPredefinedScalingMetric")
        .required("PredefinedMetricType")
        .allowed("PredefinedMetricType", "ALBRequestCount", "ALBRequestCountPerTarget",
            "ECSServiceAverageCPUUtilization", "ECSServiceAverageMemoryUtilization",
            "ECSServiceCPUUtilization", "ECSServiceMemoryUtilization",
            "ECSServiceTotalCPUUtilization", "ECSServiceTotalMemoryUtilization",
            "TotalALBRequestCount")
        .constrain("PredefinedMetricType", Constraint.of().minLength(1).maxLength(128))
        .constrain("ResourceLabel", Constraint.of().minLength(1).maxLength(1023))
        .build();

    public PredictiveScalingPredefinedScalingMetric() {
      super(SCHEMA);
    }

    /**
     * The metric type.
     *
     * <p>Required. Allowed values: {@code ALBRequestCount}, {@code ALBRequestCountPerTarget},
     * {@code ECSServiceAverageCPUUtilization}, {@code ECSServiceAverageMemoryUtilization}, {@code
     * ECSServiceCPUUtilization}, {@code ECSServiceMemoryUtilization}, {@code
     * ECSServiceTotalCPUUtilization}, {@code ECSServiceTotalMemoryUtilization}, {@code
     * TotalALBRequestCount}. Length: 1 to 128 characters. CloudFormation property {@code
     * PredefinedMetricType}.
     */
    public PredictiveScalingPredefinedScalingMetric predefinedMetricType(String value) {
      return set("PredefinedMetricType", Value.of(value));
    }

    /**
     * Sets {@code PredefinedMetricType} to this value; see {@link #predefinedMetricType(String)}.
     */
    public PredictiveScalingPredefinedScalingMetric predefinedMetricType(Value<String> value) {
      return set("PredefinedMetricType", value);
    }

    /**
     * A label that uniquely identifies a specific target group from which to determine the average
     * request count.
     *
     * <p>Length: 1 to 1023 characters. CloudFormation property {@code ResourceLabel}.
     */
    public PredictiveScalingPredefinedScalingMetric resourceLabel(String value) {
      return set("ResourceLabel", Value.of(value));
    }

    /** Sets {@code ResourceLabel} to this value; see {@link #resourceLabel(String)}. */
    public PredictiveScalingPredefinedScalingMetric resourceLabel(Value<String> value) {
      return set("ResourceLabel", value);
    }
  }

  /**
   * <code>StepAdjustment</code> specifies a step adjustment for the <code>StepAdjustments</code>
   * property of the <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-applicationautoscaling-scalingpolicy-stepscalingpolicyconfiguration.html">AWS::ApplicationAutoScaling::ScalingPolicy
   * StepScalingPolicyConfiguration</a> property type.
   *
   * <p>For the following examples, suppose that you have an alarm with a breach threshold of 50:
   *
   * <ul> <li>To trigger a step adjustment when the metric is greater than or equal to 50 and less
   * than 60, specify a lower bound of 0 and an upper bound of 10. <li>To trigger a step adjustment
   * when the metric is greater than 40 and less than or equal to 50, specify a lower bound of -10
   * and an upper bound of 0. </ul>
   *
   * <p>For more information, see <a
   * href="https://docs.aws.amazon.com/autoscaling/application/userguide/application-auto-scaling-step-scaling-policies.html#as-scaling-steps">Step
   * adjustments</a> in the <em>Application Auto Scaling User Guide</em> .
   *
   * <p>You can find a sample template snippet in the <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-applicationautoscaling-scalingpolicy.html#aws-resource-applicationautoscaling-scalingpolicy--examples">Examples</a>
   * section of the <code>AWS::ApplicationAutoScaling::ScalingPolicy</code> documentation.
   *
   * <p>Property type {@code AWS::ApplicationAutoScaling::ScalingPolicy.StepAdjustment}.
   */
  public static final class StepAdjustment extends Struct<StepAdjustment> {
    private static final Schema SCHEMA = Schema.builder("AWS::ApplicationAutoScaling::ScalingPolicy.StepAdjustment")
        .required("ScalingAdjustment")
        .build();

    public StepAdjustment() {
      super(SCHEMA);
    }

    /**
     * The lower bound for the difference between the alarm threshold and the CloudWatch metric. If
     * the metric value is above the breach threshold, the lower bound is inclusive (the metric must
     * be greater than or equal to the threshold plus the lower bound). Otherwise, it is exclusive
     * (the metric must be greater than the threshold plus the lower bound). A null value indicates
     * negative infinity.
     *
     * <p>You must specify at least one upper or lower bound.
     *
     * <p>CloudFormation property {@code MetricIntervalLowerBound}.
     */
    public StepAdjustment metricIntervalLowerBound(double value) {
      return set("MetricIntervalLowerBound", Value.of(value));
    }

    /**
     * Sets {@code MetricIntervalLowerBound} to this value; see {@link
     * #metricIntervalLowerBound(double)}.
     */
    public StepAdjustment metricIntervalLowerBound(Value<Double> value) {
      return set("MetricIntervalLowerBound", value);
    }

    /**
     * The upper bound for the difference between the alarm threshold and the CloudWatch metric. If
     * the metric value is above the breach threshold, the upper bound is exclusive (the metric must
     * be less than the threshold plus the upper bound). Otherwise, it is inclusive (the metric must
     * be less than or equal to the threshold plus the upper bound). A null value indicates positive
     * infinity.
     *
     * <p>You must specify at least one upper or lower bound.
     *
     * <p>CloudFormation property {@code MetricIntervalUpperBound}.
     */
    public StepAdjustment metricIntervalUpperBound(double value) {
      return set("MetricIntervalUpperBound", Value.of(value));
    }

    /**
     * Sets {@code MetricIntervalUpperBound} to this value; see {@link
     * #metricIntervalUpperBound(double)}.
     */
    public StepAdjustment metricIntervalUpperBound(Value<Double> value) {
      return set("MetricIntervalUpperBound", value);
    }

    /**
     * The amount by which to scale. The adjustment is based on the value that you specified in the
     * <code>AdjustmentType</code> property (either an absolute number or a percentage). A positive
     * value adds to the current capacity and a negative number subtracts from the current capacity.
     *
     * <p>Required. CloudFormation property {@code ScalingAdjustment}.
     */
    public StepAdjustment scalingAdjustment(int value) {
      return set("ScalingAdjustment", Value.of(value));
    }

    /** Sets {@code ScalingAdjustment} to this value; see {@link #scalingAdjustment(int)}. */
    public StepAdjustment scalingAdjustment(Value<Integer> value) {
      return set("ScalingAdjustment", value);
    }
  }

  /**
   * <code>StepScalingPolicyConfiguration</code> is a property of the <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-applicationautoscaling-scalingpolicy.html">AWS::ApplicationAutoScaling::ScalingPolicy</a>
   * resource that specifies a step scaling policy configuration for Application Auto Scaling.
   *
   * <p>For more information, see <a
   * href="https://docs.aws.amazon.com/autoscaling/application/userguide/application-auto-scaling-step-scaling-policies.html">Step
   * scaling policies</a> in the <em>Application Auto Scaling User Guide</em> .
   *
   * <p>Property type {@code
   * AWS::ApplicationAutoScaling::ScalingPolicy.StepScalingPolicyConfiguration}.
   */
  public static final class StepScalingPolicyConfiguration extends Struct<StepScalingPolicyConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::ApplicationAutoScaling::ScalingPolicy.StepScalingPolicyConfiguration")
        .allowed("AdjustmentType", "ChangeInCapacity", "ExactCapacity", "PercentChangeInCapacity")
        .allowed("MetricAggregationType", "Average", "Maximum", "Minimum")
        .build();

    public StepScalingPolicyConfiguration() {
      super(SCHEMA);
    }

    /**
     * Specifies whether the <code>ScalingAdjustment</code> value in the <code>StepAdjustment</code>
     * property is an absolute number or a percentage of the current capacity.
     *
     * <p>Allowed values: {@code ChangeInCapacity}, {@code ExactCapacity}, {@code
     * PercentChangeInCapacity}. CloudFormation property {@code AdjustmentType}.
     */
    public StepScalingPolicyConfiguration adjustmentType(String value) {
      return set("AdjustmentType", Value.of(value));
    }

    /** Sets {@code AdjustmentType} to this value; see {@link #adjustmentType(String)}. */
    public StepScalingPolicyConfiguration adjustmentType(Value<String> value) {
      return set("AdjustmentType", value);
    }

    /**
     * The amount of time, in seconds, to wait for a previous scaling activity to take effect. If
     * not specified, the default value is 300. For more information, see <a
     * href="https://docs.aws.amazon.com/autoscaling/application/userguide/step-scaling-policy-overview.html#step-scaling-cooldown">Cooldown
     * period</a> in the <em>Application Auto Scaling User Guide</em> .
     *
     * <p>CloudFormation property {@code Cooldown}.
     */
    public StepScalingPolicyConfiguration cooldown(int value) {
      return set("Cooldown", Value.of(value));
    }

    /** Sets {@code Cooldown} to this value; see {@link #cooldown(int)}. */
    public StepScalingPolicyConfiguration cooldown(Value<Integer> value) {
      return set("Cooldown", value);
    }

    /**
     * The aggregation type for the CloudWatch metrics. Valid values are <code>Minimum</code> ,
     * <code>Maximum</code> , and <code>Average</code> . If the aggregation type is null, the value
     * is treated as <code>Average</code> .
     *
     * <p>Allowed values: {@code Average}, {@code Maximum}, {@code Minimum}. CloudFormation property
     * {@code MetricAggregationType}.
     */
    public StepScalingPolicyConfiguration metricAggregationType(String value) {
      return set("MetricAggregationType", Value.of(value));
    }

    /**
     * Sets {@code MetricAggregationType} to this value; see {@link #metricAggregationType(String)}.
     */
    public StepScalingPolicyConfiguration metricAggregationType(Value<String> value) {
      return set("MetricAggregationType", value);
    }

    /**
     * The minimum value to scale by when the adjustment type is
     * <code>PercentChangeInCapacity</code> . For example, suppose that you create a step scaling
     * policy to scale out an Amazon ECS service by 25 percent and you specify a
     * <code>MinAdjustmentMagnitude</code> of 2. If the service has 4 tasks and the scaling policy
     * is performed, 25 percent of 4 is 1. However, because you specified a
     * <code>MinAdjustmentMagnitude</code> of 2, Application Auto Scaling scales out the service by
     * 2 tasks.
     *
     * <p>CloudFormation property {@code MinAdjustmentMagnitude}.
     */
    public StepScalingPolicyConfiguration minAdjustmentMagnitude(int value) {
      return set("MinAdjustmentMagnitude", Value.of(value));
    }

    /**
     * Sets {@code MinAdjustmentMagnitude} to this value; see {@link #minAdjustmentMagnitude(int)}.
     */
    public StepScalingPolicyConfiguration minAdjustmentMagnitude(Value<Integer> value) {
      return set("MinAdjustmentMagnitude", value);
    }

    /**
     * A set of adjustments that enable you to scale based on the size of the alarm breach.
     *
     * <p>At least one step adjustment is required if you are adding a new step scaling policy
     * configuration.
     *
     * <p>CloudFormation property {@code StepAdjustments}.
     */
    public StepScalingPolicyConfiguration stepAdjustments(List<StepAdjustment> value) {
      return set("StepAdjustments", Value.listOf(value));
    }

    /** Sets {@code StepAdjustments} to this value; see {@link #stepAdjustments(List)}. */
    public StepScalingPolicyConfiguration stepAdjustments(Value<List<StepAdjustment>> value) {
      return set("StepAdjustments", value);
    }

    /** Sets {@code StepAdjustments} to a list of these; see {@link #stepAdjustments(List)}. */
    public StepScalingPolicyConfiguration stepAdjustments(StepAdjustment... values) {
      return set("StepAdjustments", Value.list(values));
    }
  }

  /**
   * Represents a specific metric for a target tracking scaling policy for Application Auto Scaling.
   *
   * <p>Metric is a property of the <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-applicationautoscaling-scalingpolicy-targettrackingmetricstat.html">AWS::ApplicationAutoScaling::ScalingPolicy
   * TargetTrackingMetricStat</a> property type.
   *
   * <p>Property type {@code AWS::ApplicationAutoScaling::ScalingPolicy.TargetTrackingMetric}.
   */
  public static final class TargetTrackingMetric extends Struct<TargetTrackingMetric> {
    private static final Schema SCHEMA = Schema.builder("AWS::ApplicationAutoScaling::ScalingPolicy.TargetTrackingMetric")
        .constrain("MetricName", Constraint.of().minLength(1).maxLength(255))
        .constrain("Namespace", Constraint.of().minLength(1).maxLength(255))
        .build();

    public TargetTrackingMetric() {
      super(SCHEMA);
    }

    /**
     * The dimensions for the metric. For the list of available dimensions, see the AWS
     * documentation available from the table in <a
     * href="https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/aws-services-cloudwatch-metrics.html">AWS
     * services that publish CloudWatch metrics</a> in the <em>Amazon CloudWatch User Guide</em> .
     *
     * <p>Conditional: If you published your metric with dimensions, you must specify the same
     * dimensions in your scaling policy.
     *
     * <p>CloudFormation property {@code Dimensions}.
     */
    public TargetTrackingMetric dimensions(List<TargetTrackingMetricDimension> value) {
      return set("Dimensions", Value.listOf(value));
    }

    /** Sets {@code Dimensions} to this value; see {@link #dimensions(List)}. */
    public TargetTrackingMetric dimensions(Value<List<TargetTrackingMetricDimension>> value) {
      return set("Dimensions", value);
    }

    /** Sets {@code Dimensions} to a list of these; see {@link #dimensions(List)}. */
    public TargetTrackingMetric dimensions(TargetTrackingMetricDimension... values) {
      return set("Dimensions", Value.list(values));
    }

    /**
     * The name of the metric.
     *
     * <p>Length: 1 to 255 characters. CloudFormation property {@code MetricName}.
     */
    public TargetTrackingMetric metricName(String value) {
      return set("MetricName", Value.of(value));
    }

    /** Sets {@code MetricName} to this value; see {@link #metricName(String)}. */
    public TargetTrackingMetric metricName(Value<String> value) {
      return set("MetricName", value);
    }

    /**
     * The namespace of the metric. For more information, see the table in <a
     * href="https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/aws-services-cloudwatch-metrics.html">AWS
     * services that publish CloudWatch metrics</a> in the <em>Amazon CloudWatch User Guide</em> .
     *
     * <p>Length: 1 to 255 characters. CloudFormation property {@code Namespace}.
     */
    public TargetTrackingMetric namespace(String value) {
      return set("Namespace", Value.of(value));
    }

    /** Sets {@code Namespace} to this value; see {@link #namespace(String)}. */
    public TargetTrackingMetric namespace(Value<String> value) {
      return set("Namespace", value);
    }
  }

  /**
   * The metric data to return. Also defines whether this call is returning data for one metric
   * only, or whether it is performing a math expression on the values of returned metric statistics
   * to create a new time series. A time series is a series of data points, each of which is
   * associated with a timestamp.
   *
   * <p>You can call for a single metric or perform math expressions on multiple metrics. Any
   * expressions used in a metric specification must eventually return a single time series.
   *
   * <p>For more information and examples, see <a
   * href="https://docs.aws.amazon.com/autoscaling/application/userguide/application-auto-scaling-target-tracking-metric-math.html">Create
   * a target tracking scaling policy for Application Auto Scaling using metric math</a> in the
   * <em>Application Auto Scaling User Guide</em> .
   *
   * <p><code>TargetTrackingMetricDataQuery</code> is a property of the <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-applicationautoscaling-scalingpolicy-customizedmetricspecification.html">AWS::ApplicationAutoScaling::ScalingPolicy
   * CustomizedMetricSpecification</a> property type.
   *
   * <p>Property type {@code
   * AWS::ApplicationAutoScaling::ScalingPolicy.TargetTrackingMetricDataQuery}.
   */
  public static final class TargetTrackingMetricDataQuery extends Struct<TargetTrackingMetricDataQuery> {
    private static final Schema SCHEMA = Schema.builder("AWS::ApplicationAutoScaling::ScalingPolicy.TargetTrackingMetricDataQuery")
        .constrain("Expression", Constraint.of().minLength(1).maxLength(2048))
        .constrain("Id", Constraint.of().minLength(1).maxLength(255))
        .build();

    public TargetTrackingMetricDataQuery() {
      super(SCHEMA);
    }

    /**
     * The math expression to perform on the returned data, if this object is performing a math
     * expression. This expression can use the <code>Id</code> of the other metrics to refer to
     * those metrics, and can also use the <code>Id</code> of other expressions to use the result of
     * those expressions.
     *
     * <p>Conditional: Within each <code>TargetTrackingMetricDataQuery</code> object, you must
     * specify either <code>Expression</code> or <code>MetricStat</code> , but not both.
     *
     * <p>Length: 1 to 2048 characters. CloudFormation property {@code Expression}.
     */
    public TargetTrackingMetricDataQuery expression(String value) {
      return set("Expression", Value.of(value));
    }

    /** Sets {@code Expression} to this value; see {@link #expression(String)}. */
    public TargetTrackingMetricDataQuery expression(Value<String> value) {
      return set("Expression", value);
    }

    /**
     * A short name that identifies the object's results in the response. This name must be unique
     * among all <code>MetricDataQuery</code> objects specified for a single scaling policy. If you
     * are performing math expressions on this set of data, this name represents that data and can
     * serve as a variable in the mathematical expression. The valid characters are letters,
     * numbers, and underscores. The first character must be a lowercase letter.
     *
     * <p>Length: 1 to 255 characters. CloudFormation property {@code Id}.
     */
    public TargetTrackingMetricDataQuery id(String value) {
      return set("Id", Value.of(value));
    }

    /** Sets {@code Id} to this value; see {@link #id(String)}. */
    public TargetTrackingMetricDataQuery id(Value<String> value) {
      return set("Id", value);
    }

    /**
     * A human-readable label for this metric or expression. This is especially useful if this is a
     * math expression, so that you know what the value represents.
     *
     * <p>CloudFormation property {@code Label}.
     */
    public TargetTrackingMetricDataQuery label(String value) {
      return set("Label", Value.of(value));
    }

    /** Sets {@code Label} to this value; see {@link #label(String)}. */
    public TargetTrackingMetricDataQuery label(Value<String> value) {
      return set("Label", value);
    }

    /**
     * Information about the metric data to return.
     *
     * <p>Conditional: Within each <code>MetricDataQuery</code> object, you must specify either
     * <code>Expression</code> or <code>MetricStat</code> , but not both.
     *
     * <p>CloudFormation property {@code MetricStat}.
     */
    public TargetTrackingMetricDataQuery metricStat(Value<TargetTrackingMetricStat> value) {
      return set("MetricStat", value);
    }

    /**
     * Indicates whether to return the timestamps and raw data values of this metric.
     *
     * <p>If you use any math expressions, specify <code>true</code> for this value for only the
     * final math expression that the metric specification is based on. You must specify
     * <code>false</code> for <code>ReturnData</code> for all the other metrics and expressions used
     * in the metric specification.
     *
     * <p>If you are only retrieving metrics and not performing any math expressions, do not specify
     * anything for <code>ReturnData</code> . This sets it to its default ( <code>true</code> ).
     *
     * <p>CloudFormation property {@code ReturnData}.
     */
    public TargetTrackingMetricDataQuery returnData(boolean value) {
      return set("ReturnData", Value.of(value));
    }

    /** Sets {@code ReturnData} to this value; see {@link #returnData(boolean)}. */
    public TargetTrackingMetricDataQuery returnData(Value<Boolean> value) {
      return set("ReturnData", value);
    }
  }

  /**
   * <code>TargetTrackingMetricDimension</code> specifies a name/value pair that is part of the
   * identity of a CloudWatch metric for the <code>Dimensions</code> property of the <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-applicationautoscaling-scalingpolicy-targettrackingmetric.html">AWS::ApplicationAutoScaling::ScalingPolicy
   * TargetTrackingMetric</a> property type. Duplicate dimensions are not allowed.
   *
   * <p>Property type {@code
   * AWS::ApplicationAutoScaling::ScalingPolicy.TargetTrackingMetricDimension}.
   */
  public static final class TargetTrackingMetricDimension extends Struct<TargetTrackingMetricDimension> {
    private static final Schema SCHEMA = Schema.builder("AWS::ApplicationAutoScaling::ScalingPolicy.TargetTrackingMetricDimension")
        .constrain("Name", Constraint.of().minLength(1).maxLength(255))
        .constrain("Value", Constraint.of().minLength(1).maxLength(1024))
        .build();

    public TargetTrackingMetricDimension() {
      super(SCHEMA);
    }

    /**
     * The name of the dimension.
     *
     * <p>Length: 1 to 255 characters. CloudFormation property {@code Name}.
     */
    public TargetTrackingMetricDimension name(String value) {
      return set("Name", Value.of(value));
    }

    /** Sets {@code Name} to this value; see {@link #name(String)}. */
    public TargetTrackingMetricDimension name(Value<String> value) {
      return set("Name", value);
    }

    /**
     * The value of the dimension.
     *
     * <p>Length: 1 to 1024 characters. CloudFormation property {@code Value}.
     */
    public TargetTrackingMetricDimension value(String value) {
      return set("Value", Value.of(value));
    }

    /** Sets {@code Value} to this value; see {@link #value(String)}. */
    public TargetTrackingMetricDimension value(Value<String> value) {
      return set("Value", value);
    }
  }

  /**
   * This structure defines the CloudWatch metric to return, along with the statistic and unit.
   *
   * <p><code>TargetTrackingMetricStat</code> is a property of the <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-applicationautoscaling-scalingpolicy-targettrackingmetricdataquery.html">AWS::ApplicationAutoScaling::ScalingPolicy
   * TargetTrackingMetricDataQuery</a> property type.
   *
   * <p>For more information about the CloudWatch terminology below, see <a
   * href="https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/cloudwatch_concepts.html">Amazon
   * CloudWatch concepts</a> in the <em>Amazon CloudWatch User Guide</em> .
   *
   * <p>Property type {@code AWS::ApplicationAutoScaling::ScalingPolicy.TargetTrackingMetricStat}.
   */
  public static final class TargetTrackingMetricStat extends Struct<TargetTrackingMetricStat> {
    private static final Schema SCHEMA = Schema.builder("AWS::ApplicationAutoScaling::ScalingPolicy.TargetTrackingMetricStat")
        .constrain("Unit", Constraint.of().minLength(1).maxLength(1023))
        .build();

    public TargetTrackingMetricStat() {
      super(SCHEMA);
    }

    /**
     * The CloudWatch metric to return, including the metric name, namespace, and dimensions. To get
     * the exact metric name, namespace, and dimensions, inspect the <a
     * href="https://docs.aws.amazon.com/AmazonCloudWatch/latest/APIReference/API_Metric.html">Metric</a>
     * object that is returned by a call to <a
     * href="https://docs.aws.amazon.com/AmazonCloudWatch/latest/APIReference/API_ListMetrics.html">ListMetrics</a>
     * .
     *
     * <p>CloudFormation property {@code Metric}.
     */
    public TargetTrackingMetricStat metric(Value<TargetTrackingMetric> value) {
      return set("Metric", value);
    }

    /**
     * The statistic to return. It can include any CloudWatch statistic or extended statistic. For a
     * list of valid values, see the table in <a
     * href="https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/cloudwatch_concepts.html#Statistic">Statistics</a>
     * in the <em>Amazon CloudWatch User Guide</em> .
     *
     * <p>The most commonly used metric for scaling is <code>Average</code> .
     *
     * <p>CloudFormation property {@code Stat}.
     */
    public TargetTrackingMetricStat stat(String value) {
      return set("Stat", Value.of(value));
    }

    /** Sets {@code Stat} to this value; see {@link #stat(String)}. */
    public TargetTrackingMetricStat stat(Value<String> value) {
      return set("Stat", value);
    }

    /**
     * The unit to use for the returned data points. For a complete list of the units that
     * CloudWatch supports, see the <a
     * href="https://docs.aws.amazon.com/AmazonCloudWatch/latest/APIReference/API_MetricDatum.html">MetricDatum</a>
     * data type in the <em>Amazon CloudWatch API Reference</em> .
     *
     * <p>Length: 1 to 1023 characters. CloudFormation property {@code Unit}.
     */
    public TargetTrackingMetricStat unit(String value) {
      return set("Unit", Value.of(value));
    }

    /** Sets {@code Unit} to this value; see {@link #unit(String)}. */
    public TargetTrackingMetricStat unit(Value<String> value) {
      return set("Unit", value);
    }
  }

  /**
   * <code>TargetTrackingScalingPolicyConfiguration</code> is a property of the <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-applicationautoscaling-scalingpolicy.html">AWS::ApplicationAutoScaling::ScalingPolicy</a>
   * resource that specifies a target tracking scaling policy configuration for Application Auto
   * Scaling. Use a target tracking scaling policy to adjust the capacity of the specified scalable
   * target in response to actual workloads, so that resource utilization remains at or near the
   * target utilization value.
   *
   * <p>For more information, see <a
   * href="https://docs.aws.amazon.com/autoscaling/application/userguide/application-auto-scaling-target-tracking.html">Target
   * tracking scaling policies</a> in the <em>Application Auto Scaling User Guide</em> .
   *
   * <p>Property type {@code
   * AWS::ApplicationAutoScaling::ScalingPolicy.TargetTrackingScalingPolicyConfiguration}.
   */
  public static final class TargetTrackingScalingPolicyConfiguration extends Struct<TargetTrackingScalingPolicyConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::ApplicationAutoScaling::ScalingPolicy.TargetTrackingScalingPolicyConfiguration")
        .required("TargetValue")
        .build();

    public TargetTrackingScalingPolicyConfiguration() {
      super(SCHEMA);
    }

    /**
     * A customized metric. You can specify either a predefined metric or a customized metric.
     *
     * <p>CloudFormation property {@code CustomizedMetricSpecification}.
     */
    public TargetTrackingScalingPolicyConfiguration customizedMetricSpecification(Value<CustomizedMetricSpecification> value) {
      return set("CustomizedMetricSpecification", value);
    }

    /**
     * Indicates whether scale in by the target tracking scaling policy is disabled. If the value is
     * <code>true</code> , scale in is disabled and the target tracking scaling policy won't remove
     * capacity from the scalable target. Otherwise, scale in is enabled and the target tracking
     * scaling policy can remove capacity from the scalable target. The default value is
     * <code>false</code> .
     *
     * <p>CloudFormation property {@code DisableScaleIn}.
     */
    public TargetTrackingScalingPolicyConfiguration disableScaleIn(boolean value) {
      return set("DisableScaleIn", Value.of(value));
    }

    /** Sets {@code DisableScaleIn} to this value; see {@link #disableScaleIn(boolean)}. */
    public TargetTrackingScalingPolicyConfiguration disableScaleIn(Value<Boolean> value) {
      return set("DisableScaleIn", value);
    }

    /**
     * A predefined metric. You can specify either a predefined metric or a customized metric.
     *
     * <p>CloudFormation property {@code PredefinedMetricSpecification}.
     */
    public TargetTrackingScalingPolicyConfiguration predefinedMetricSpecification(Value<PredefinedMetricSpecification> value) {
      return set("PredefinedMetricSpecification", value);
    }

    /**
     * The amount of time, in seconds, after a scale-in activity completes before another scale-in
     * activity can start. For more information and for default values, see <a
     * href="https://docs.aws.amazon.com/autoscaling/application/userguide/target-tracking-scaling-policy-overview.html#target-tracking-cooldown">Define
     * cooldown periods</a> in the <em>Application Auto Scaling User Guide</em> .
     *
     * <p>CloudFormation property {@code ScaleInCooldown}.
     */
    public TargetTrackingScalingPolicyConfiguration scaleInCooldown(int value) {
      return set("ScaleInCooldown", Value.of(value));
    }

    /** Sets {@code ScaleInCooldown} to this value; see {@link #scaleInCooldown(int)}. */
    public TargetTrackingScalingPolicyConfiguration scaleInCooldown(Value<Integer> value) {
      return set("ScaleInCooldown", value);
    }

    /**
     * The amount of time, in seconds, to wait for a previous scale-out activity to take effect. For
     * more information and for default values, see <a
     * href="https://docs.aws.amazon.com/autoscaling/application/userguide/target-tracking-scaling-policy-overview.html#target-tracking-cooldown">Define
     * cooldown periods</a> in the <em>Application Auto Scaling User Guide</em> .
     *
     * <p>CloudFormation property {@code ScaleOutCooldown}.
     */
    public TargetTrackingScalingPolicyConfiguration scaleOutCooldown(int value) {
      return set("ScaleOutCooldown", Value.of(value));
    }

    /** Sets {@code ScaleOutCooldown} to this value; see {@link #scaleOutCooldown(int)}. */
    public TargetTrackingScalingPolicyConfiguration scaleOutCooldown(Value<Integer> value) {
      return set("ScaleOutCooldown", value);
    }

    /**
     * The target value for the metric. Although this property accepts numbers of type Double, it
     * won't accept values that are either too small or too large. Values must be in the range of
     * -2^360 to 2^360. The value must be a valid number based on the choice of metric. For example,
     * if the metric is CPU utilization, then the target value is a percent value that represents
     * how much of the CPU can be used before scaling out.
     *
     * <p>Required. CloudFormation property {@code TargetValue}.
     */
    public TargetTrackingScalingPolicyConfiguration targetValue(double value) {
      return set("TargetValue", Value.of(value));
    }

    /** Sets {@code TargetValue} to this value; see {@link #targetValue(double)}. */
    public TargetTrackingScalingPolicyConfiguration targetValue(Value<Double> value) {
      return set("TargetValue", value);
    }
  }
}
