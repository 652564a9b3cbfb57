// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.applicationautoscaling;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import io.tropo4j.resources.iam.Role;
import io.tropo4j.resources.msk.Cluster;
import java.util.List;

/**
 * The <code>AWS::ApplicationAutoScaling::ScalableTarget</code> resource specifies a resource that
 * Application Auto Scaling can scale, such as an AWS::DynamoDB::Table or AWS::ECS::Service
 * resource.
 *
 * <p>For more information, see <a
 * href="https://docs.aws.amazon.com/autoscaling/application/userguide/getting-started.html">Getting
 * started</a> in the <em>Application Auto Scaling User Guide</em> .
 *
 * <p>If the resource that you want Application Auto Scaling to scale is not yet created in your
 * account, add a dependency on the resource when registering it as a scalable target using the <a
 * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-attribute-dependson.html">DependsOn</a>
 * attribute.
 *
 * <p>CloudFormation type {@code AWS::ApplicationAutoScaling::ScalableTarget}.
 */
public final class ScalableTarget extends Resource<ScalableTarget> {
  private static final Schema SCHEMA = Schema.builder("AWS::ApplicationAutoScaling::ScalableTarget")
      .required("MaxCapacity", "MinCapacity", "ResourceId", "ScalableDimension", "ServiceNamespace")
      .constrain("ResourceId", Constraint.of().minLength(1).maxLength(1600))
      .references("ResourceId", "AWS::MSK::Cluster.Ref")
      .constrain("RoleARN", Constraint.of().minLength(1).maxLength(1600).format("AWS::IAM::Role.Arn"))
      .references("RoleARN", "AWS::IAM::Role.Arn")
      .allowed("ScalableDimension", "appstream:fleet:DesiredCapacity",
          "cassandra:table:ReadCapacityUnits", "cassandra:table:WriteCapacityUnits",
          "comprehend:document-classifier-endpoint:DesiredInferenceUnits",
          "comprehend:entity-recognizer-endpoint:DesiredInferenceUnits",
          "custom-resource:ResourceType:Property", "dynamodb:index:ReadCapacityUnits",
          "dynamodb:index:WriteCapacityUnits", "dynamodb:table:ReadCapacityUnits",
          "dynamodb:table:WriteCapacityUnits", "ec2:capacity-reservation:AvailableInstances",
          "ec2:spot-fleet-request:TargetCapacity", "ecs:service:DesiredCount",
          "elasticache:cache-cluster:Nodes", "elasticache:replication-group:NodeGroups",
          "elasticache:replication-group:Replicas", "elasticmapreduce:instancegroup:InstanceCount",
          "kafka:broker-storage:VolumeSize", "lambda:function:ProvisionedConcurrency",
          "neptune:cluster:ReadReplicaCount", "rds:cluster:ReadReplicaCount",
          "sagemaker:inference-component:DesiredCopyCount",
          "sagemaker:variant:DesiredInstanceCount",
          "sagemaker:variant:DesiredProvisionedConcurrency",
          "workspaces:workspacespool:DesiredUserSessions")
      .allowed("ServiceNamespace", "appstream", "cassandra", "comprehend", "custom-resource",
          "dynamodb", "ec2", "ecs", "elasticache", "elasticmapreduce", "kafka", "lambda", "neptune",
          "rds", "sagemaker", "workspaces")
      .attributes("Id")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public ScalableTarget(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The maximum value that you plan to scale out to. When a scaling policy is in effect,
   * Application Auto Scaling can scale out (expand) as needed to the maximum capacity limit in
   * response to changing demand.
   *
   * <p>Required. CloudFormation property {@code MaxCapacity}.
   */
  public ScalableTarget maxCapacity(int value) {
    return set("MaxCapacity", Value.of(value));
  }

  /** Sets {@code MaxCapacity} to this value; see {@link #maxCapacity(int)}. */
  public ScalableTarget maxCapacity(Value<Integer> value) {
    return set("MaxCapacity", value);
  }

  /**
   * The minimum value that you plan to scale in to. When a scaling policy is in effect, Application
   * Auto Scaling can scale in (contract) as needed to the minimum capacity limit in response to
   * changing demand.
   *
   * <p>Required. CloudFormation property {@code MinCapacity}.
   */
  public ScalableTarget minCapacity(int value) {
    return set("MinCapacity", Value.of(value));
  }

  /** Sets {@code MinCapacity} to this value; see {@link #minCapacity(int)}. */
  public ScalableTarget minCapacity(Value<Integer> value) {
    return set("MinCapacity", value);
  }

  /**
   * The identifier of the resource associated with the scalable target. This string consists of the
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
   * <p>Required. Changing it replaces the resource. Length: 1 to 1600 characters. CloudFormation
   * property {@code ResourceId}.
   */
  public ScalableTarget resourceId(String value) {
    return set("ResourceId", Value.of(value));
  }

  /** Sets {@code ResourceId} to this value; see {@link #resourceId(String)}. */
  public ScalableTarget resourceId(Value<String> value) {
    return set("ResourceId", value);
  }

  /**
   * Sets {@code ResourceId} to the Ref of {@code AWS::MSK::Cluster}; see {@link
   * #resourceId(String)}.
   */
  public ScalableTarget resourceId(Cluster resource) {
    return set("ResourceId", resource.ref());
  }

  /**
   * Specify the Amazon Resource Name (ARN) of an Identity and Access Management (IAM) role that
   * allows Application Auto Scaling to modify the scalable target on your behalf. This can be
   * either an IAM service role that Application Auto Scaling can assume to make calls to other AWS
   * resources on your behalf, or a service-linked role for the specified service. For more
   * information, see <a
   * href="https://docs.aws.amazon.com/autoscaling/application/userguide/security_iam_service-with-iam.html">How
   * Application Auto Scaling works with IAM</a> in the <em>Application Auto Scaling User Guide</em>
   * .
   *
   * <p>To automatically create a service-linked role (recommended), specify the full ARN of the
   * service-linked role in your stack template. To find the exact ARN of the service-linked role
   * for your AWS or custom resource, see the <a
   * href="https://docs.aws.amazon.com/autoscaling/application/userguide/application-auto-scaling-service-linked-roles.html">Service-linked
   * roles</a> topic in the <em>Application Auto Scaling User Guide</em> . Look for the ARN in the
   * table at the bottom of the page.
   *
   * <p>Length: 1 to 1600 characters. Format: {@code AWS::IAM::Role.Arn}. CloudFormation property
   * {@code RoleARN}.
   */
  public ScalableTarget roleARN(String value) {
    return set("RoleARN", Value.of(value));
  }

  /** Sets {@code RoleARN} to this value; see {@link #roleARN(String)}. */
  public ScalableTarget roleARN(Value<String> value) {
    return set("RoleARN", value);
  }

  /** Sets {@code RoleARN} to the Arn of {@code AWS::IAM::Role}; see {@link #roleARN(String)}. */
  public ScalableTarget roleARN(Role resource) {
    return set("RoleARN", resource.arn());
  }

  /**
   * The scalable dimension associated with the scalable target. This string consists of the service
   * namespace, resource type, and scaling property.
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
   * <p>Required. Changing it replaces the resource. Allowed values: {@code
   * appstream:fleet:DesiredCapacity}, {@code cassandra:table:ReadCapacityUnits}, {@code
   * cassandra:table:WriteCapacityUnits}, {@code
   * comprehend:document-classifier-endpoint:DesiredInferenceUnits}, {@code
   * comprehend:entity-recognizer-endpoint:DesiredInferenceUnits}, {@code
   * custom-resource:ResourceType:Property}, {@code dynamodb:index:ReadCapacityUnits}, {@code
   * dynamodb:index:WriteCapacityUnits}, {@code dynamodb:table:ReadCapacityUnits}, {@code
   * dynamodb:table:WriteCapacityUnits}, {@code ec2:capacity-reservation:AvailableInstances}, {@code
   * ec2:spot-fleet-request:TargetCapacity}, {@code ecs:service:DesiredCount}, {@code
   * elasticache:cache-cluster:Nodes}, {@code elasticache:replication-group:NodeGroups}, {@code
   * elasticache:replication-group:Replicas}, {@code elasticmapreduce:instancegroup:InstanceCount},
   * {@code kafka:broker-storage:VolumeSize}, {@code lambda:function:ProvisionedConcurrency}, {@code
   * neptune:cluster:ReadReplicaCount}, {@code rds:cluster:ReadReplicaCount}, {@code
   * sagemaker:inference-component:DesiredCopyCount}, {@code
   * sagemaker:variant:DesiredInstanceCount}, {@code
   * sagemaker:variant:DesiredProvisionedConcurrency}, {@code
   * workspaces:workspacespool:DesiredUserSessions}. CloudFormation property {@code
   * ScalableDimension}.
   */
  public ScalableTarget scalableDimension(String value) {
    return set("ScalableDimension", Value.of(value));
  }

  /** Sets {@code ScalableDimension} to this value; see {@link #scalableDimension(String)}. */
  public ScalableTarget scalableDimension(Value<String> value) {
    return set("ScalableDimension", value);
  }

  /**
   * The scheduled actions for the scalable target. Duplicates aren't allowed.
   *
   * <p>CloudFormation property {@code ScheduledActions}.
   */
  public ScalableTarget scheduledActions(List<ScheduledAction> value) {
    return set("ScheduledActions", Value.listOf(value));
  }

  /** Sets {@code ScheduledActions} to this value; see {@link #scheduledActions(List)}. */
  public ScalableTarget scheduledActions(Value<List<ScheduledAction>> value) {
    return set("ScheduledActions", value);
  }

  /** Sets {@code ScheduledActions} to a list of these; see {@link #scheduledActions(List)}. */
  public ScalableTarget scheduledActions(ScheduledAction... values) {
    return set("ScheduledActions", Value.list(values));
  }

  /**
   * The namespace of the AWS service that provides the resource, or a <code>custom-resource</code>
   * .
   *
   * <p>Required. Changing it replaces the resource. Allowed values: {@code appstream}, {@code
   * cassandra}, {@code comprehend}, {@code custom-resource}, {@code dynamodb}, {@code ec2}, {@code
   * ecs}, {@code elasticache}, {@code elasticmapreduce}, {@code kafka}, {@code lambda}, {@code
   * neptune}, {@code rds}, {@code sagemaker}, {@code workspaces}. CloudFormation property {@code
   * ServiceNamespace}.
   */
  public ScalableTarget serviceNamespace(String value) {
    return set("ServiceNamespace", Value.of(value));
  }

  /** Sets {@code ServiceNamespace} to this value; see {@link #serviceNamespace(String)}. */
  public ScalableTarget serviceNamespace(Value<String> value) {
    return set("ServiceNamespace", value);
  }

  /**
   * An embedded object that contains attributes and attribute values that are used to suspend and
   * resume automatic scaling. Setting the value of an attribute to <code>true</code> suspends the
   * specified scaling activities. Setting it to <code>false</code> (default) resumes the specified
   * scaling activities.
   *
   * <p><em>Suspension Outcomes</em>
   *
   * <ul> <li>For <code>DynamicScalingInSuspended</code> , while a suspension is in effect, all
   * scale-in activities that are triggered by a scaling policy are suspended. <li>For
   * <code>DynamicScalingOutSuspended</code> , while a suspension is in effect, all scale-out
   * activities that are triggered by a scaling policy are suspended. <li>For
   * <code>ScheduledScalingSuspended</code> , while a suspension is in effect, all scaling
   * activities that involve scheduled actions are suspended. </ul>
   *
   * <p>CloudFormation property {@code SuspendedState}.
   */
  public ScalableTarget suspendedState(Value<SuspendedState> value) {
    return set("SuspendedState", value);
  }

  /** CloudFormation property {@code Tags}. */
  public ScalableTarget tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public ScalableTarget tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public ScalableTarget tags(Tags tags) {
    return set("Tags", tags);
  }

  /** {@code Fn::GetAtt} attribute {@code Id}. */
  public Value<String> id() {
    return getAtt("Id");
  }

  /**
   * <code>ScalableTargetAction</code> specifies the minimum and maximum capacity for the
   * <code>ScalableTargetAction</code> property of the <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-applicationautoscaling-scalabletarget-scheduledaction.html">AWS::ApplicationAutoScaling::ScalableTarget
   * ScheduledAction</a> property type.
   *
   * <p>Property type {@code AWS::ApplicationAutoScaling::ScalableTarget.ScalableTargetAction}.
   */
  public static final class ScalableTargetAction extends Struct<ScalableTargetAction> {
    private static final Schema SCHEMA = Schema.of("AWS::ApplicationAutoScaling::ScalableTarget.ScalableTargetAction");

    public ScalableTargetAction() {
      super(SCHEMA);
    }

    /**
     * The maximum capacity.
     *
     * <p>CloudFormation property {@code MaxCapacity}.
     */
    public ScalableTargetAction maxCapacity(int value) {
      return set("MaxCapacity", Value.of(value));
    }

    /** Sets {@code MaxCapacity} to this value; see {@link #maxCapacity(int)}. */
    public ScalableTargetAction maxCapacity(Value<Integer> value) {
      return set("MaxCapacity", value);
    }

    /**
     * The minimum capacity.
     *
     * <p>CloudFormation property {@code MinCapacity}.
     */
    public ScalableTargetAction minCapacity(int value) {
      return set("MinCapacity", Value.of(value));
    }

    /** Sets {@code MinCapacity} to this value; see {@link #minCapacity(int)}. */
    public ScalableTargetAction minCapacity(Value<Integer> value) {
      return set("MinCapacity", value);
    }
  }

  /**
   * <code>ScheduledAction</code> is a property of the <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-applicationautoscaling-scalabletarget.html">AWS::ApplicationAutoScaling::ScalableTarget</a>
   * resource that specifies a scheduled action for a scalable target.
   *
   * <p>For more information, see <a
   * href="https://docs.aws.amazon.com/autoscaling/application/userguide/application-auto-scaling-scheduled-scaling.html">Scheduled
   * scaling</a> in the <em>Application Auto Scaling User Guide</em> .
   *
   * <p>Property type {@code AWS::ApplicationAutoScaling::ScalableTarget.ScheduledAction}.
   */
  public static final class ScheduledAction extends Struct<ScheduledAction> {
    private static final Schema SCHEMA = Schema.builder("AWS::ApplicationAutoScaling::ScalableTarget.ScheduledAction")
        .required("Schedule", "ScheduledActionName")
        .build();

    public ScheduledAction() {
      super(SCHEMA);
    }

    /**
     * The date and time that the action is scheduled to end, in UTC.
     *
     * <p>CloudFormation property {@code EndTime}.
     */
    public ScheduledAction endTime(String value) {
      return set("EndTime", Value.of(value));
    }

    /** Sets {@code EndTime} to this value; see {@link #endTime(String)}. */
    public ScheduledAction endTime(Value<String> value) {
      return set("EndTime", value);
    }

    /**
     * The new minimum and maximum capacity. You can set both values or just one. At the scheduled
     * time, if the current capacity is below the minimum capacity, Application Auto Scaling scales
     * out to the minimum capacity. If the current capacity is above the maximum capacity,
     * Application Auto Scaling scales in to the maximum capacity.
     *
     * <p>CloudFormation property {@code ScalableTargetAction}.
     */
    public ScheduledAction scalableTargetAction(Value<ScalableTargetAction> value) {
      return set("ScalableTargetAction", value);
    }

    /**
     * The schedule for this action. The following formats are supported:
     *
     * <ul> <li>At expressions - " <code>at( <em>yyyy</em> - <em>mm</em> - <em>dd</em> T <em>hh</em>
     * : <em>mm</em> : <em>ss</em> )</code> " <li>Rate expressions - " <code>rate( <em>value</em>
     * <em>unit</em> )</code> " <li>Cron expressions - " <code>cron( <em>fields</em> )</code> "
     * </ul>
     *
     * <p>At expressions are useful for one-time schedules. Cron expressions are useful for
     * scheduled actions that run periodically at a specified date and time, and rate expressions
     * are useful for scheduled actions that run at a regular interval.
     *
     * <p>At and cron expressions use Universal Coordinated Time (UTC) by default.
     *
     * <p>The cron format consists of six fields separated by white spaces: [Minutes] [Hours]
     * [Day_of_Month] [Month] [Day_of_Week] [Year].
     *
     * <p>For rate expressions, <em>value</em> is a positive integer and <em>unit</em> is
     * <code>minute</code> | <code>minutes</code> | <code>hour</code> | <code>hours</code> |
     * <code>day</code> | <code>days</code> .
     *
     * <p>Required. CloudFormation property {@code Schedule}.
     */
    public ScheduledAction schedule(String value) {
      return set("Schedule", Value.of(value));
    }

    /** Sets {@code Schedule} to this value; see {@link #schedule(String)}. */
    public ScheduledAction schedule(Value<String> value) {
      return set("Schedule", value);
    }

    /**
     * The name of the scheduled action. This name must be unique among all other scheduled actions
     * on the specified scalable target.
     *
     * <p>Required. CloudFormation property {@code ScheduledActionName}.
     */
    public ScheduledAction scheduledActionName(String value) {
      return set("ScheduledActionName", Value.of(value));
    }

    /** Sets {@code ScheduledActionName} to this value; see {@link #scheduledActionName(String)}. */
    public ScheduledAction scheduledActionName(Value<String> value) {
      return set("ScheduledActionName", value);
    }

    /**
     * The date and time that the action is scheduled to begin, in UTC.
     *
     * <p>CloudFormation property {@code StartTime}.
     */
    public ScheduledAction startTime(String value) {
      return set("StartTime", Value.of(value));
    }

    /** Sets {@code StartTime} to this value; see {@link #startTime(String)}. */
    public ScheduledAction startTime(Value<String> value) {
      return set("StartTime", value);
    }

    /**
     * The time zone used when referring to the date and time of a scheduled action, when the
     * scheduled action uses an at or cron expression.
     *
     * <p>CloudFormation property {@code Timezone}.
     */
    public ScheduledAction timezone(String value) {
      return set("Timezone", Value.of(value));
    }

    /** Sets {@code Timezone} to this value; see {@link #timezone(String)}. */
    public ScheduledAction timezone(Value<String> value) {
      return set("Timezone", value);
    }
  }

  /**
   * <code>SuspendedState</code> is a property of the <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-applicationautoscaling-scalabletarget.html">AWS::ApplicationAutoScaling::ScalableTarget</a>
   * resource that specifies whether the scaling activities for a scalable target are in a suspended
   * state.
   *
   * <p>For more information, see <a
   * href="https://docs.aws.amazon.com/autoscaling/application/userguide/application-auto-scaling-suspend-resume-scaling.html">Suspending
   * and resuming scaling</a> in the <em>Application Auto Scaling User Guide</em> .
   *
   * <p>Property type {@code AWS::ApplicationAutoScaling::ScalableTarget.SuspendedState}.
   */
  public static final class SuspendedState extends Struct<SuspendedState> {
    private static final Schema SCHEMA = Schema.of("AWS::ApplicationAutoScaling::ScalableTarget.SuspendedState");

    public SuspendedState() {
      super(SCHEMA);
    }

    /**
     * Whether scale in by a target tracking scaling policy or a step scaling policy is suspended.
     * Set the value to <code>true</code> if you don't want Application Auto Scaling to remove
     * capacity when a scaling policy is triggered. The default is <code>false</code> .
     *
     * <p>CloudFormation property {@code DynamicScalingInSuspended}.
     */
    public SuspendedState dynamicScalingInSuspended(boolean value) {
      return set("DynamicScalingInSuspended", Value.of(value));
    }

    /**
     * Sets {@code DynamicScalingInSuspended} to this value; see {@link
     * #dynamicScalingInSuspended(boolean)}.
     */
    public SuspendedState dynamicScalingInSuspended(Value<Boolean> value) {
      return set("DynamicScalingInSuspended", value);
    }

    /**
     * Whether scale out by a target tracking scaling policy or a step scaling policy is suspended.
     * Set the value to <code>true</code> if you don't want Application Auto Scaling to add capacity
     * when a scaling policy is triggered. The default is <code>false</code> .
     *
     * <p>CloudFormation property {@code DynamicScalingOutSuspended}.
     */
    public SuspendedState dynamicScalingOutSuspended(boolean value) {
      return set("DynamicScalingOutSuspended", Value.of(value));
    }

    /**
     * Sets {@code DynamicScalingOutSuspended} to this value; see {@link
     * #dynamicScalingOutSuspended(boolean)}.
     */
    public SuspendedState dynamicScalingOutSuspended(Value<Boolean> value) {
      return set("DynamicScalingOutSuspended", value);
    }

    /**
     * Whether scheduled scaling is suspended. Set the value to <code>true</code> if you don't want
     * Application Auto Scaling to add or remove capacity by initiating scheduled actions. The
     * default is <code>false</code> .
     *
     * <p>CloudFormation property {@code ScheduledScalingSuspended}.
     */
    public SuspendedState scheduledScalingSuspended(boolean value) {
      return set("ScheduledScalingSuspended", Value.of(value));
    }

    /**
     * Sets {@code ScheduledScalingSuspended} to this value; see {@link
     * #scheduledScalingSuspended(boolean)}.
     */
    public SuspendedState scheduledScalingSuspended(Value<Boolean> value) {
      return set("ScheduledScalingSuspended", value);
    }
  }
}
