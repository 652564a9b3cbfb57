// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.gamelift;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * <em>This operation is used with the Amazon GameLift FleetIQ solution and game server groups.</em>
 *
 * <p>Creates a GameLift FleetIQ game server group for managing game hosting on a collection of
 * Amazon EC2 instances for game hosting. This operation creates the game server group, creates an
 * Auto Scaling group in your AWS account , and establishes a link between the two groups. You can
 * view the status of your game server groups in the GameLift console. Game server group metrics and
 * events are emitted to Amazon CloudWatch.
 *
 * <p>Before creating a new game server group, you must have the following:
 *
 * <ul> <li>An Amazon EC2 launch template that specifies how to launch Amazon EC2 instances with
 * your game server build. For more information, see <a
 * href="https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/ec2-launch-templates.html">Launching an
 * Instance from a Launch Template</a> in the <em>Amazon EC2 User Guide</em> . <li>An IAM role that
 * extends limited access to your AWS account to allow GameLift FleetIQ to create and interact with
 * the Auto Scaling group. For more information, see <a
 * href="https://docs.aws.amazon.com/gamelift/latest/fleetiqguide/gsg-iam-permissions-roles.html">Create
 * IAM roles for cross-service interaction</a> in the <em>GameLift FleetIQ Developer Guide</em> .
 * </ul>
 *
 * <p>To create a new game server group, specify a unique group name, IAM role and Amazon EC2 launch
 * template, and provide a list of instance types that can be used in the group. You must also set
 * initial maximum and minimum limits on the group's instance count. You can optionally set an Auto
 * Scaling policy with target tracking based on a GameLift FleetIQ metric.
 *
 * <p>Once the game server group and corresponding Auto Scaling group are created, you have full
 * access to change the Auto Scaling group's configuration as needed. Several properties that are
 * set when creating a game server group, including maximum/minimum size and auto-scaling policy
 * settings, must be updated directly in the Auto Scaling group. Keep in mind that some Auto Scaling
 * group properties are periodically updated by GameLift FleetIQ as part of its balancing activities
 * to optimize for availability and cost.
 *
 * <p><em>Learn more</em>
 *
 * <p><a href="https://docs.aws.amazon.com/gamelift/latest/fleetiqguide/gsg-intro.html">GameLift
 * FleetIQ Guide</a>
 *
 * <p>CloudFormation type {@code AWS::GameLift::GameServerGroup}.
 */
public final class GameServerGroup extends Resource<GameServerGroup> {
  private static final Schema SCHEMA = Schema.builder("AWS::GameLift::GameServerGroup")
      .required("GameServerGroupName", "InstanceDefinitions", "RoleArn")
      .allowed("BalancingStrategy", "SPOT_ONLY", "SPOT_PREFERRED", "ON_DEMAND_ONLY")
      .allowed("DeleteOption", "SAFE_DELETE", "FORCE_DELETE", "RETAIN")
      .constrain("GameServerGroupName", Constraint.of().pattern("[a-zA-Z0-9-\\.]+").minLength(1).maxLength(128))
      .allowed("GameServerProtectionPolicy", "NO_PROTECTION", "FULL_PROTECTION")
      .constrain("MaxSize", Constraint.of().minimum(1))
      .constrain("MinSize", Constraint.of().minimum(0))
      .constrain("RoleArn", Constraint.of().pattern("^arn:.*:role\\/[\\w+=,.@-]+").minLength(1).maxLength(256).format("AWS::IAM::Role.Arn"))
      .constrain("VpcSubnets", Constraint.of().pattern("^subnet-[0-9a-z]+$").minLength(15).maxLength(24))
      .refYields("GameServerGroupArn")
      .attributes("AutoScalingGroupArn", "GameServerGroupArn")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public GameServerGroup(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * Configuration settings to define a scaling policy for the Auto Scaling group that is optimized
   * for game hosting. The scaling policy uses the metric <code>"PercentUtilizedGameServers"</code>
   * to maintain a buffer of idle game servers that can immediately accommodate new games and
   * players. After the Auto Scaling group is created, update this value directly in the Auto
   * Scaling group using the AWS console or APIs.
   *
   * <p>CloudFormation property {@code AutoScalingPolicy}.
   */
  public GameServerGroup autoScalingPolicy(Value<AutoScalingPolicy> value) {
    return set("AutoScalingPolicy", value);
  }

  /**
   * Indicates how Amazon GameLift Servers FleetIQ balances the use of Spot Instances and On-Demand
   * Instances in the game server group. Method options include the following:
   *
   * <ul> <li><code>SPOT_ONLY</code> - Only Spot Instances are used in the game server group. If
   * Spot Instances are unavailable or not viable for game hosting, the game server group provides
   * no hosting capacity until Spot Instances can again be used. Until then, no new instances are
   * started, and the existing nonviable Spot Instances are terminated (after current gameplay ends)
   * and are not replaced. <li><code>SPOT_PREFERRED</code> - (default value) Spot Instances are used
   * whenever available in the game server group. If Spot Instances are unavailable, the game server
   * group continues to provide hosting capacity by falling back to On-Demand Instances. Existing
   * nonviable Spot Instances are terminated (after current gameplay ends) and are replaced with new
   * On-Demand Instances. <li><code>ON_DEMAND_ONLY</code> - Only On-Demand Instances are used in the
   * game server group. No Spot Instances are used, even when available, while this balancing
   * strategy is in force. </ul>
   *
   * <p>Allowed values: {@code SPOT_ONLY}, {@code SPOT_PREFERRED}, {@code ON_DEMAND_ONLY}.
   * CloudFormation property {@code BalancingStrategy}.
   */
  public GameServerGroup balancingStrategy(String value) {
    return set("BalancingStrategy", Value.of(value));
  }

  /** Sets {@code BalancingStrategy} to this value; see {@link #balancingStrategy(String)}. */
  public GameServerGroup balancingStrategy(Value<String> value) {
    return set("BalancingStrategy", value);
  }

  /**
   * The type of delete to perform. To delete a game server group, specify the
   * <code>DeleteOption</code> . Options include the following:
   *
   * <ul> <li><code>SAFE_DELETE</code> – (default) Terminates the game server group and Amazon EC2
   * Auto Scaling group only when it has no game servers that are in <code>UTILIZED</code> status.
   * <li><code>FORCE_DELETE</code> – Terminates the game server group, including all active game
   * servers regardless of their utilization status, and the Amazon EC2 Auto Scaling group.
   * <li><code>RETAIN</code> – Does a safe delete of the game server group but retains the Amazon
   * EC2 Auto Scaling group as is. </ul>
   *
   * <p>Allowed values: {@code SAFE_DELETE}, {@code FORCE_DELETE}, {@code RETAIN}. CloudFormation
   * property {@code DeleteOption}.
   */
  public GameServerGroup deleteOption(String value) {
    return set("DeleteOption", Value.of(value));
  }

  /** Sets {@code DeleteOption} to this value; see {@link #deleteOption(String)}. */
  public GameServerGroup deleteOption(Value<String> value) {
    return set("DeleteOption", value);
  }

  /**
   * A developer-defined identifier for the game server group. The name is unique for each Region in
   * each AWS account.
   *
   * <p>Required. Length: 1 to 128 characters. Pattern: {@code [a-zA-Z0-9-&#92;.]+}. CloudFormation
   * property {@code GameServerGroupName}.
   */
  public GameServerGroup gameServerGroupName(String value) {
    return set("GameServerGroupName", Value.of(value));
  }

  /** Sets {@code GameServerGroupName} to this value; see {@link #gameServerGroupName(String)}. */
  public GameServerGroup gameServerGroupName(Value<String> value) {
    return set("GameServerGroupName", value);
  }

  /**
   * A flag that indicates whether instances in the game server group are protected from early
   * termination. Unprotected instances that have active game servers running might be terminated
   * during a scale-down event, causing players to be dropped from the game. Protected instances
   * cannot be terminated while there are active game servers running except in the event of a
   * forced game server group deletion (see ). An exception to this is with Spot Instances, which
   * can be terminated by AWS regardless of protection status.
   *
   * <p>Allowed values: {@code NO_PROTECTION}, {@code FULL_PROTECTION}. CloudFormation property
   * {@code GameServerProtectionPolicy}.
   */
  public GameServerGroup gameServerProtectionPolicy(String value) {
    return set("GameServerProtectionPolicy", Value.of(value));
  }

  /**
   * Sets {@code GameServerProtectionPolicy} to this value; see {@link
   * #gameServerProtectionPolicy(String)}.
   */
  public GameServerGroup gameServerProtectionPolicy(Value<String> value) {
    return set("GameServerProtectionPolicy", value);
  }

  /**
   * The set of Amazon EC2 instance types that Amazon GameLift Servers FleetIQ can use when
   * balancing and automatically scaling instances in the corresponding Auto Scaling group.
   *
   * <p>Required. CloudFormation property {@code InstanceDefinitions}.
   */
  public GameServerGroup instanceDefinitions(List<InstanceDefinition> value) {
    return set("InstanceDefinitions", Value.listOf(value));
  }

  /** Sets {@code InstanceDefinitions} to this value; see {@link #instanceDefinitions(List)}. */
  public GameServerGroup instanceDefinitions(Value<List<InstanceDefinition>> value) {
    return set("InstanceDefinitions", value);
  }

  /**
   * Sets {@code InstanceDefinitions} to a list of these; see {@link #instanceDefinitions(List)}.
   */
  public GameServerGroup instanceDefinitions(InstanceDefinition... values) {
    return set("InstanceDefinitions", Value.list(values));
  }

  /**
   * The Amazon EC2 launch template that contains configuration settings and game server code to be
   * deployed to all instances in the game server group. You can specify the template using either
   * the template name or ID. For help with creating a launch template, see <a
   * href="https://docs.aws.amazon.com/autoscaling/ec2/userguide/create-launch-template.html">Creating
   * a Launch Template for an Auto Scaling Group</a> in the <em>Amazon Elastic Compute Cloud Auto
   * Scaling User Guide</em> . After the Auto Scaling group is created, update this value directly
   * in the Auto Scaling group using the AWS console or APIs.
   *
   * <p>If you specify network interfaces in your launch template, you must explicitly set the
   * property <code>AssociatePublicIpAddress</code> to "true". If no network interface is specified
   * in the launch template, Amazon GameLift Servers FleetIQ uses your account's default VPC.
   *
   * <p>CloudFormation property {@code LaunchTemplate}.
   */
  public GameServerGroup launchTemplate(Value<LaunchTemplate> value) {
    return set("LaunchTemplate", value);
  }

  /**
   * The maximum number of instances allowed in the Amazon EC2 Auto Scaling group. During automatic
   * scaling events, Amazon GameLift Servers FleetIQ and EC2 do not scale up the group above this
   * maximum. After the Auto Scaling group is created, update this value directly in the Auto
   * Scaling group using the AWS console or APIs.
   *
   * <p>Range: at least 1. CloudFormation property {@code MaxSize}.
   */
  public GameServerGroup maxSize(double value) {
    return set("MaxSize", Value.of(value));
  }

  /** Sets {@code MaxSize} to this value; see {@link #maxSize(double)}. */
  public GameServerGroup maxSize(Value<Double> value) {
    return set("MaxSize", value);
  }

  /**
   * The minimum number of instances allowed in the Amazon EC2 Auto Scaling group. During automatic
   * scaling events, Amazon GameLift Servers FleetIQ and Amazon EC2 do not scale down the group
   * below this minimum. In production, this value should be set to at least 1. After the Auto
   * Scaling group is created, update this value directly in the Auto Scaling group using the AWS
   * console or APIs.
   *
   * <p>Range: at least 0. CloudFormation property {@code MinSize}.
   */
  public GameServerGroup minSize(double value) {
    return set("MinSize", Value.of(value));
  }

  /** Sets {@code MinSize} to this value; see {@link #minSize(double)}. */
  public GameServerGroup minSize(Value<Double> value) {
    return set("MinSize", value);
  }

  /**
   * The Amazon Resource Name ( <a
   * href="https://docs.aws.amazon.com/AmazonS3/latest/dev/s3-arn-format.html">ARN</a> ) for an IAM
   * role that allows Amazon GameLift Servers to access your Amazon EC2 Auto Scaling groups.
   *
   * <p>Required. Length: 1 to 256 characters. Pattern: {@code
   * ^arn:.*:role&#92;/[&#92;w+=,.&#64;-]+}. Format: {@code AWS::IAM::Role.Arn}. CloudFormation
   * property {@code RoleArn}.
   */
  public GameServerGroup roleArn(String value) {
    return set("RoleArn", Value.of(value));
  }

  /** Sets {@code RoleArn} to this value; see {@link #roleArn(String)}. */
  public GameServerGroup roleArn(Value<String> value) {
    return set("RoleArn", value);
  }

  /**
   * A list of labels to assign to the new game server group resource. Tags are developer-defined
   * key-value pairs. Tagging AWS resources is useful for resource management, access management,
   * and cost allocation. For more information, see <a
   * href="https://docs.aws.amazon.com/general/latest/gr/aws_tagging.html">Tagging AWS Resources</a>
   * in the <em>AWS General Reference</em> . Once the resource is created, you can use TagResource,
   * UntagResource, and ListTagsForResource to add, remove, and view tags, respectively. The maximum
   * tag limit may be lower than stated. See the AWS General Reference for actual tagging limits.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public GameServerGroup tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public GameServerGroup tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public GameServerGroup tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * A list of virtual private cloud (VPC) subnets to use with instances in the game server group.
   * By default, all Amazon GameLift Servers FleetIQ-supported Availability Zones are used. You can
   * use this parameter to specify VPCs that you've set up. This property cannot be updated after
   * the game server group is created, and the corresponding Auto Scaling group will always use the
   * property value that is set with this request, even if the Auto Scaling group is updated
   * directly.
   *
   * <p>Length: 15 to 24 characters. Pattern: {@code ^subnet-[0-9a-z]+$}. CloudFormation property
   * {@code VpcSubnets}.
   */
  public GameServerGroup vpcSubnets(List<String> value) {
    return set("VpcSubnets", Value.listOf(value));
  }

  /** Sets {@code VpcSubnets} to this value; see {@link #vpcSubnets(List)}. */
  public GameServerGroup vpcSubnets(Value<List<String>> value) {
    return set("VpcSubnets", value);
  }

  /**
   * A unique identifier for the auto scaling group.
   *
   * <p>{@code Fn::GetAtt} attribute {@code AutoScalingGroupArn}.
   */
  public Value<String> autoScalingGroupArn() {
    return getAtt("AutoScalingGroupArn");
  }

  /**
   * A unique identifier for the game server group.
   *
   * <p>{@code Fn::GetAtt} attribute {@code GameServerGroupArn}.
   */
  public Value<String> gameServerGroupArn() {
    return getAtt("GameServerGroupArn");
  }

  /**
   * <em>This data type is used with the GameLift FleetIQ and game server groups.</em>
   *
   * <p>Configuration settings for intelligent automatic scaling that uses target tracking. After
   * the Auto Scaling group is created, all updates to Auto Scaling policies, including changing
   * this policy and adding or removing other policies, is done directly on the Auto Scaling group.
   *
   * <p>Property type {@code AWS::GameLift::GameServerGroup.AutoScalingPolicy}.
   */
  public static final class AutoScalingPolicy extends Struct<AutoScalingPolicy> {
    private static final Schema SCHEMA = Schema.builder("AWS::GameLift::GameServerGroup.AutoScalingPolicy")
        .required("TargetTrackingConfiguration")
        .constrain("EstimatedInstanceWarmup", Constraint.of().minimum(1))
        .build();

    public AutoScalingPolicy() {
      super(SCHEMA);
    }

    /**
     * Length of time, in seconds, it takes for a new instance to start new game server processes
     * and register with Amazon GameLift Servers FleetIQ. Specifying a warm-up time can be useful,
     * particularly with game servers that take a long time to start up, because it avoids
     * prematurely starting new instances.
     *
     * <p>Range: at least 1. CloudFormation property {@code EstimatedInstanceWarmup}.
     */
    public AutoScalingPolicy estimatedInstanceWarmup(double value) {
      return set("EstimatedInstanceWarmup", Value.of(value));
    }

    /**
     * Sets {@code EstimatedInstanceWarmup} to this value; see {@link
     * #estimatedInstanceWarmup(double)}.
     */
    public AutoScalingPolicy estimatedInstanceWarmup(Value<Double> value) {
      return set("EstimatedInstanceWarmup", value);
    }

    /**
     * Settings for a target-based scaling policy applied to Auto Scaling group. These settings are
     * used to create a target-based policy that tracks the GameLift FleetIQ metric
     * <code>PercentUtilizedGameServers</code> and specifies a target value for the metric. As
     * player usage changes, the policy triggers to adjust the game server group capacity so that
     * the metric returns to the target value.
     *
     * <p>Required. CloudFormation property {@code TargetTrackingConfiguration}.
     */
    public AutoScalingPolicy targetTrackingConfiguration(Value<TargetTrackingConfiguration> value) {
      return set("TargetTrackingConfiguration", value);
    }
  }

  /**
   * <em>This data type is used with the Amazon GameLift FleetIQ and game server groups.</em>
   *
   * <p>An allowed instance type for a <code>GameServerGroup</code> . All game server groups must
   * have at least two instance types defined for it. GameLift FleetIQ periodically evaluates each
   * defined instance type for viability. It then updates the Auto Scaling group with the list of
   * viable instance types.
   *
   * <p>Property type {@code AWS::GameLift::GameServerGroup.InstanceDefinition}.
   */
  public static final class InstanceDefinition extends Struct<InstanceDefinition> {
    private static final Schema SCHEMA = Schema.builder("AWS::GameLift::GameServerGroup.InstanceDefinition")
        .required("InstanceType")
        .constrain("WeightedCapacity", Constraint.of().pattern("^[\\u0031-\\u0039][\\u0030-\\u0039]{0,2}$"))
        .build();

    public InstanceDefinition() {
      super(SCHEMA);
    }

    /**
     * An Amazon EC2 instance type designation.
     *
     * <p>Required. CloudFormation property {@code InstanceType}.
     */
    public InstanceDefinition instanceType(String value) {
      return set("InstanceType", Value.of(value));
    }

    /** Sets {@code InstanceType} to this value; see {@link #instanceType(String)}. */
    public InstanceDefinition instanceType(Value<String> value) {
      return set("InstanceType", value);
    }

    /**
     * Instance weighting that indicates how much this instance type contributes to the total
     * capacity of a game server group. Instance weights are used by Amazon GameLift Servers FleetIQ
     * to calculate the instance type's cost per unit hour and better identify the most
     * cost-effective options. For detailed information on weighting instance capacity, see <a
     * href="https://docs.aws.amazon.com/autoscaling/ec2/userguide/asg-instance-weighting.html">Instance
     * Weighting</a> in the <em>Amazon Elastic Compute Cloud Auto Scaling User Guide</em> . Default
     * value is "1".
     *
     * <p>Pattern: {@code ^[&#92;u0031-&#92;u0039][&#92;u0030-&#92;u0039]{0,2}$}. CloudFormation
     * property {@code WeightedCapacity}.
     */
    public InstanceDefinition weightedCapacity(String value) {
      return set("WeightedCapacity", Value.of(value));
    }

    /** Sets {@code WeightedCapacity} to this value; see {@link #weightedCapacity(String)}. */
    public InstanceDefinition weightedCapacity(Value<String> value) {
      return set("WeightedCapacity", value);
    }
  }

  /**
   * <em>This data type is used with the GameLift FleetIQ and game server groups.</em>
   *
   * <p>An Amazon EC2 launch template that contains configuration settings and game server code to
   * be deployed to all instances in a game server group. The launch template is specified when
   * creating a new game server group with <code>GameServerGroup</code> .
   *
   * <p>Property type {@code AWS::GameLift::GameServerGroup.LaunchTemplate}.
   */
  public static final class LaunchTemplate extends Struct<LaunchTemplate> {
    private static final Schema SCHEMA = Schema.builder("AWS::GameLift::GameServerGroup.LaunchTemplate")
        .constrain("LaunchTemplateId", Constraint.of().minLength(1).maxLength(255))
        .constrain("LaunchTemplateName", Constraint.of().pattern("^[a-zA-Z0-9\\(\\)\\.\\-/_]+$").minLength(3).maxLength(128))
        .constrain("Version", Constraint.of().minLength(1).maxLength(128))
        .build();

    public LaunchTemplate() {
      super(SCHEMA);
    }

    /**
     * A unique identifier for an existing Amazon EC2 launch template.
     *
     * <p>Length: 1 to 255 characters. CloudFormation property {@code LaunchTemplateId}.
     */
    public LaunchTemplate launchTemplateId(String value) {
      return set("LaunchTemplateId", Value.of(value));
    }

    /** Sets {@code LaunchTemplateId} to this value; see {@link #launchTemplateId(String)}. */
    public LaunchTemplate launchTemplateId(Value<String> value) {
      return set("LaunchTemplateId", value);
    }

    /**
     * A readable identifier for an existing Amazon EC2 launch template.
     *
     * <p>Length: 3 to 128 characters. Pattern: {@code ^[a-zA-Z0-9&#92;(&#92;)&#92;.&#92;-/_]+$}.
     * CloudFormation property {@code LaunchTemplateName}.
     */
    public LaunchTemplate launchTemplateName(String value) {
      return set("LaunchTemplateName", Value.of(value));
    }

    /** Sets {@code LaunchTemplateName} to this value; see {@link #launchTemplateName(String)}. */
    public LaunchTemplate launchTemplateName(Value<String> value) {
      return set("LaunchTemplateName", value);
    }

    /**
     * The version of the Amazon EC2 launch template to use. If no version is specified, the default
     * version will be used. With Amazon EC2, you can specify a default version for a launch
     * template. If none is set, the default is the first version created.
     *
     * <p>Length: 1 to 128 characters. CloudFormation property {@code Version}.
     */
    public LaunchTemplate version(String value) {
      return set("Version", Value.of(value));
    }

    /** Sets {@code Version} to this value; see {@link #version(String)}. */
    public LaunchTemplate version(Value<String> value) {
      return set("Version", value);
    }
  }

  /**
   * <em>This data type is used with the Amazon GameLift FleetIQ and game server groups.</em>
   *
   * <p>Settings for a target-based scaling policy as part of a
   * <code>GameServerGroupAutoScalingPolicy</code> . These settings are used to create a
   * target-based policy that tracks the GameLift FleetIQ metric
   * <code>"PercentUtilizedGameServers"</code> and specifies a target value for the metric. As
   * player usage changes, the policy triggers to adjust the game server group capacity so that the
   * metric returns to the target value.
   *
   * <p>Property type {@code AWS::GameLift::GameServerGroup.TargetTrackingConfiguration}.
   */
  public static final class TargetTrackingConfiguration extends Struct<TargetTrackingConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::GameLift::GameServerGroup.TargetTrackingConfiguration")
        .required("TargetValue")
        .constrain("TargetValue", Constraint.of().minimum(0))
        .build();

    public TargetTrackingConfiguration() {
      super(SCHEMA);
    }

    /**
     * Desired value to use with a game server group target-based scaling policy.
     *
     * <p>Required. Range: at least 0. CloudFormation property {@code TargetValue}.
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
