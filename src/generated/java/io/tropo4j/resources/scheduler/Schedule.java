// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.scheduler;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.fn.Value;
import io.tropo4j.resources.iam.Role;
import io.tropo4j.resources.kms.Key;
import io.tropo4j.resources.lambda.Function;
import io.tropo4j.resources.sqs.Queue;
import io.tropo4j.resources.stepfunctions.StateMachine;
import java.util.List;
import java.util.Map;

/**
 * A <em>schedule</em> is the main resource you create, configure, and manage using Amazon
 * EventBridge Scheduler.
 *
 * <p>Every schedule has a <em>schedule expression</em> that determines when, and with what
 * frequency, the schedule runs. EventBridge Scheduler supports three types of schedules: rate,
 * cron, and one-time schedules. For more information about different schedule types, see <a
 * href="https://docs.aws.amazon.com/scheduler/latest/UserGuide/schedule-types.html">Schedule
 * types</a> in the <em>EventBridge Scheduler User Guide</em> .
 *
 * <p>When you create a schedule, you configure a target for the schedule to invoke. A target is an
 * API operation that EventBridge Scheduler calls on your behalf every time your schedule runs.
 * EventBridge Scheduler supports two types of targets: <em>templated</em> targets invoke common API
 * operations across a core groups of services, and customizeable <em>universal</em> targets that
 * you can use to call more than 6,000 operations across over 270 services. For more information
 * about configuring targets, see <a
 * href="https://docs.aws.amazon.com/scheduler/latest/UserGuide/managing-targets.html">Managing
 * targets</a> in the <em>EventBridge Scheduler User Guide</em> .
 *
 * <p>For more information about managing schedules, changing the schedule state, setting up
 * flexible time windows, and configuring a dead-letter queue for a schedule, see <a
 * href="https://docs.aws.amazon.com/scheduler/latest/UserGuide/managing-schedule.html">Managing a
 * schedule</a> in the <em>EventBridge Scheduler User Guide</em> .
 *
 * <p>CloudFormation type {@code AWS::Scheduler::Schedule}.
 */
public final class Schedule extends Resource<Schedule> {
  private static final Schema SCHEMA = Schema.builder("AWS::Scheduler::Schedule")
      .required("FlexibleTimeWindow", "ScheduleExpression", "Target")
      .constrain("Description", Constraint.of().minLength(0).maxLength(512))
      .constrain("EndDate", Constraint.of().format("date-time"))
      .constrain("GroupName", Constraint.of().pattern("^[0-9a-zA-Z-_.]+$").minLength(1).maxLength(64))
      .constrain("KmsKeyArn", Constraint.of().pattern("^arn:aws[a-z-]*:kms:[a-z0-9\\-]+:\\d{12}:(key|alias)\\/[0-9a-zA-Z-_]*$").minLength(1).maxLength(2048).format("AWS::KMS::Key.Arn"))
      .references("KmsKeyArn", "AWS::KMS::Key.Arn")
      .constrain("Name", Constraint.of().pattern("^[0-9a-zA-Z-_.]+$").minLength(1).maxLength(64))
      .constrain("ScheduleExpression", Constraint.of().minLength(1).maxLength(256))
      .constrain("ScheduleExpressionTimezone", Constraint.of().minLength(1).maxLength(50))
      .constrain("StartDate", Constraint.of().format("date-time"))
      .allowed("State", "ENABLED", "DISABLED")
      .refYields("Name")
      .attributes("Arn")
      .build();

  public Schedule(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The description you specify for the schedule.
   *
   * <p>Length: 0 to 512 characters. CloudFormation property {@code Description}.
   */
  public Schedule description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public Schedule description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * The date, in UTC, before which the schedule can invoke its target. Depending on the schedule's
   * recurrence expression, invocations might stop on, or before, the <code>EndDate</code> you
   * specify. EventBridge Scheduler ignores <code>EndDate</code> for one-time schedules.
   *
   * <p>Format: {@code date-time}. CloudFormation property {@code EndDate}.
   */
  public Schedule endDate(String value) {
    return set("EndDate", Value.of(value));
  }

  /** Sets {@code EndDate} to this value; see {@link #endDate(String)}. */
  public Schedule endDate(Value<String> value) {
    return set("EndDate", value);
  }

  /**
   * Allows you to configure a time window during which EventBridge Scheduler invokes the schedule.
   *
   * <p>Required. CloudFormation property {@code FlexibleTimeWindow}.
   */
  public Schedule flexibleTimeWindow(Value<FlexibleTimeWindow> value) {
    return set("FlexibleTimeWindow", value);
  }

  /**
   * The name of the schedule group associated with this schedule.
   *
   * <p>Length: 1 to 64 characters. Pattern: {@code ^[0-9a-zA-Z-_.]+$}. CloudFormation property
   * {@code GroupName}.
   */
  public Schedule groupName(String value) {
    return set("GroupName", Value.of(value));
  }

  /** Sets {@code GroupName} to this value; see {@link #groupName(String)}. */
  public Schedule groupName(Value<String> value) {
    return set("GroupName", value);
  }

  /**
   * The Amazon Resource Name (ARN) for the customer managed KMS key that EventBridge Scheduler will
   * use to encrypt and decrypt your data.
   *
   * <p>Length: 1 to 2048 characters. Pattern: {@code
   * ^arn:aws[a-z-]*:kms:[a-z0-9&#92;-]+:&#92;d{12}:(key|alias)&#92;/[0-9a-zA-Z-_]*$}. Format:
   * {@code AWS::KMS::Key.Arn}. CloudFormation property {@code KmsKeyArn}.
   */
  public Schedule kmsKeyArn(String value) {
    return set("KmsKeyArn", Value.of(value));
  }

  /** Sets {@code KmsKeyArn} to this value; see {@link #kmsKeyArn(String)}. */
  public Schedule kmsKeyArn(Value<String> value) {
    return set("KmsKeyArn", value);
  }

  /** Sets {@code KmsKeyArn} to the Arn of {@code AWS::KMS::Key}; see {@link #kmsKeyArn(String)}. */
  public Schedule kmsKeyArn(Key resource) {
    return set("KmsKeyArn", resource.arn());
  }

  /**
   * The name of the schedule.
   *
   * <p>Changing it replaces the resource. Length: 1 to 64 characters. Pattern: {@code
   * ^[0-9a-zA-Z-_.]+$}. CloudFormation property {@code Name}.
   */
  public Schedule name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public Schedule name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * The expression that defines when the schedule runs. The following formats are supported.
   *
   * <ul> <li><code>at</code> expression - <code>at(yyyy-mm-ddThh:mm:ss)</code>
   * <li><code>rate</code> expression - <code>rate(value unit)</code> <li><code>cron</code>
   * expression - <code>cron(fields)</code> </ul>
   *
   * <p>You can use <code>at</code> expressions to create one-time schedules that invoke a target
   * once, at the time and in the time zone, that you specify. You can use <code>rate</code> and
   * <code>cron</code> expressions to create recurring schedules. Rate-based schedules are useful
   * when you want to invoke a target at regular intervals, such as every 15 minutes or every five
   * days. Cron-based schedules are useful when you want to invoke a target periodically at a
   * specific time, such as at 8:00 am (UTC+0) every 1st day of the month.
   *
   * <p>A <code>cron</code> expression consists of six fields separated by white spaces:
   * <code>(minutes hours day_of_month month day_of_week year)</code> .
   *
   * <p>A <code>rate</code> expression consists of a <em>value</em> as a positive integer, and a
   * <em>unit</em> with the following options: <code>minute</code> | <code>minutes</code> |
   * <code>hour</code> | <code>hours</code> | <code>day</code> | <code>days</code>
   *
   * <p>For more information and examples, see <a
   * href="https://docs.aws.amazon.com/scheduler/latest/UserGuide/schedule-types.html">Schedule
   * types on EventBridge Scheduler</a> in the <em>EventBridge Scheduler User Guide</em> .
   *
   * <p>Required. Length: 1 to 256 characters. CloudFormation property {@code ScheduleExpression}.
   */
  public Schedule scheduleExpression(String value) {
    return set("ScheduleExpression", Value.of(value));
  }

  /** Sets {@code ScheduleExpression} to this value; see {@link #scheduleExpression(String)}. */
  public Schedule scheduleExpression(Value<String> value) {
    return set("ScheduleExpression", value);
  }

  /**
   * The timezone in which the scheduling expression is evaluated.
   *
   * <p>Length: 1 to 50 characters. CloudFormation property {@code ScheduleExpressionTimezone}.
   */
  public Schedule scheduleExpressionTimezone(String value) {
    return set("ScheduleExpressionTimezone", Value.of(value));
  }

  /**
   * Sets {@code ScheduleExpressionTimezone} to this value; see {@link
   * #scheduleExpressionTimezone(String)}.
   */
  public Schedule scheduleExpressionTimezone(Value<String> value) {
    return set("ScheduleExpressionTimezone", value);
  }

  /**
   * The date, in UTC, after which the schedule can begin invoking its target. Depending on the
   * schedule's recurrence expression, invocations might occur on, or after, the
   * <code>StartDate</code> you specify. EventBridge Scheduler ignores <code>StartDate</code> for
   * one-time schedules.
   *
   * <p>Format: {@code date-time}. CloudFormation property {@code StartDate}.
   */
  public Schedule startDate(String value) {
    return set("StartDate", Value.of(value));
  }

  /** Sets {@code StartDate} to this value; see {@link #startDate(String)}. */
  public Schedule startDate(Value<String> value) {
    return set("StartDate", value);
  }

  /**
   * Specifies whether the schedule is enabled or disabled.
   *
   * <p><em>Allowed Values</em> : <code>ENABLED</code> | <code>DISABLED</code>
   *
   * <p>Allowed values: {@code ENABLED}, {@code DISABLED}. CloudFormation property {@code State}.
   */
  public Schedule state(String value) {
    return set("State", Value.of(value));
  }

  /** Sets {@code State} to this value; see {@link #state(String)}. */
  public Schedule state(Value<String> value) {
    return set("State", value);
  }

  /**
   * The schedule's target details.
   *
   * <p>Required. CloudFormation property {@code Target}.
   */
  public Schedule target(Value<Target> value) {
    return set("Target", value);
  }

  /**
   * The Amazon Resource Name (ARN) for the Amazon EventBridge Scheduler schedule.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * This structure specifies the VPC subnets and security groups for the task, and whether a public
   * IP address is to be used. This structure is relevant only for ECS tasks that use the awsvpc
   * network mode.
   *
   * <p>Property type {@code AWS::Scheduler::Schedule.AwsVpcConfiguration}.
   */
  public static final class AwsVpcConfiguration extends Struct<AwsVpcConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::Scheduler::Schedule.AwsVpcConfiguration")
        .required("Subnets")
        .allowed("AssignPublicIp", "ENABLED", "DISABLED")
        .constrain("SecurityGroups", Constraint.of().minLength(1).maxLength(1000).format("AWS::EC2::SecurityGroup.Id"))
        .constrain("Subnets", Constraint.of().minLength(1).maxLength(1000).format("AWS::EC2::Subnet.Id"))
        .build();

    public AwsVpcConfiguration() {
      super(SCHEMA);
    }

    /**
     * Specifies whether the task's elastic network interface receives a public IP address. You can
     * specify <code>ENABLED</code> only when <code>LaunchType</code> in <code>EcsParameters</code>
     * is set to <code>FARGATE</code> .
     *
     * <p>Allowed values: {@code ENABLED}, {@code DISABLED}. CloudFormation property {@code
     * AssignPublicIp}.
     */
    public AwsVpcConfiguration assignPublicIp(String value) {
      return set("AssignPublicIp", Value.of(value));
    }

    /** Sets {@code AssignPublicIp} to this value; see {@link #assignPublicIp(String)}. */
    public AwsVpcConfiguration assignPublicIp(Value<String> value) {
      return set("AssignPublicIp", value);
    }

    /**
     * Specifies the security groups associated with the task. These security groups must all be in
     * the same VPC. You can specify as many as five security groups. If you do not specify a
     * security group, the default security group for the VPC is used.
     *
     * <p>Length: 1 to 1000 characters. Format: {@code AWS::EC2::SecurityGroup.Id}. CloudFormation
     * property {@code SecurityGroups}.
     */
    public AwsVpcConfiguration securityGroups(List<String> value) {
      return set("SecurityGroups", Value.listOf(value));
    }

    /** Sets {@code SecurityGroups} to this value; see {@link #securityGroups(List)}. */
    public AwsVpcConfiguration securityGroups(Value<List<String>> value) {
      return set("SecurityGroups", value);
    }

    /**
     * Specifies the subnets associated with the task. These subnets must all be in the same VPC.
     * You can specify as many as 16 subnets.
     *
     * <p>Required. Length: 1 to 1000 characters. Format: {@code AWS::EC2::Subnet.Id}.
     * CloudFormation property {@code Subnets}.
     */
    public AwsVpcConfiguration subnets(List<String> value) {
      return set("Subnets", Value.listOf(value));
    }

    /** Sets {@code Subnets} to this value; see {@link #subnets(List)}. */
    public AwsVpcConfiguration subnets(Value<List<String>> value) {
      return set("Subnets", value);
    }
  }

  /**
   * The details of a capacity provider strategy.
   *
   * <p>Property type {@code AWS::Scheduler::Schedule.CapacityProviderStrategyItem}.
   */
  public static final class CapacityProviderStrategyItem extends Struct<CapacityProviderStrategyItem> {
    private static final Schema SCHEMA = Schema.builder("AWS::Scheduler::Schedule.CapacityProviderStrategyItem")
        .required("CapacityProvider")
        .constrain("Base", Constraint.of().minimum(0).maximum(100000))
        .constrain("CapacityProvider", Constraint.of().minLength(1).maxLength(255))
        .constrain("Weight", Constraint.of().minimum(0).maximum(1000))
        .build();

    public CapacityProviderStrategyItem() {
      super(SCHEMA);
    }

    /**
     * The base value designates how many tasks, at a minimum, to run on the specified capacity
     * provider. Only one capacity provider in a capacity provider strategy can have a base defined.
     * If no value is specified, the default value of <code>0</code> is used.
     *
     * <p>Range: 0 to 100000. Default: {@code 0}. CloudFormation property {@code Base}.
     */
    public CapacityProviderStrategyItem base(double value) {
      return set("Base", Value.of(value));
    }

    /** Sets {@code Base} to this value; see {@link #base(double)}. */
    public CapacityProviderStrategyItem base(Value<Double> value) {
      return set("Base", value);
    }

    /**
     * The short name of the capacity provider.
     *
     * <p>Required. Length: 1 to 255 characters. CloudFormation property {@code CapacityProvider}.
     */
    public CapacityProviderStrategyItem capacityProvider(String value) {
      return set("CapacityProvider", Value.of(value));
    }

    /** Sets {@code CapacityProvider} to this value; see {@link #capacityProvider(String)}. */
    public CapacityProviderStrategyItem capacityProvider(Value<String> value) {
      return set("CapacityProvider", value);
    }

    /**
     * The weight value designates the relative percentage of the total number of tasks launched
     * that should use the specified capacity provider. The weight value is taken into consideration
     * after the base value, if defined, is satisfied.
     *
     * <p>Range: 0 to 1000. Default: {@code 0}. CloudFormation property {@code Weight}.
     */
    public CapacityProviderStrategyItem weight(double value) {
      return set("Weight", Value.of(value));
    }

    /** Sets {@code Weight} to this value; see {@link #weight(double)}. */
    public CapacityProviderStrategyItem weight(Value<Double> value) {
      return set("Weight", value);
    }
  }

  /**
   * An object that contains information about an Amazon SQS queue that EventBridge Scheduler uses
   * as a dead-letter queue for your schedule. If specified, EventBridge Scheduler delivers failed
   * events that could not be successfully delivered to a target to the queue.
   *
   * <p>Property type {@code AWS::Scheduler::Schedule.DeadLetterConfig}.
   */
  public static final class DeadLetterConfig extends Struct<DeadLetterConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::Scheduler::Schedule.DeadLetterConfig")
        .constrain("Arn", Constraint.of().pattern("^arn:aws[a-z-]*:sqs:[a-z0-9\\-]+:\\d{12}:[a-zA-Z0-9\\-_]+$").minLength(1).maxLength(1600))
        .references("Arn", "AWS::SQS::Queue.Arn")
        .build();

    public DeadLetterConfig() {
      super(SCHEMA);
    }

    /**
     * The Amazon Resource Name (ARN) of the SQS queue specified as the destination for the
     * dead-letter queue.
     *
     * <p>Length: 1 to 1600 characters. Pattern: {@code
     * ^arn:aws[a-z-]*:sqs:[a-z0-9&#92;-]+:&#92;d{12}:[a-zA-Z0-9&#92;-_]+$}. CloudFormation property
     * {@code Arn}.
     */
    public DeadLetterConfig arn(String value) {
      return set("Arn", Value.of(value));
    }

    /** Sets {@code Arn} to this value; see {@link #arn(String)}. */
    public DeadLetterConfig arn(Value<String> value) {
      return set("Arn", value);
    }

    /** Sets {@code Arn} to the Arn of {@code AWS::SQS::Queue}; see {@link #arn(String)}. */
    public DeadLetterConfig arn(Queue resource) {
      return set("Arn", resource.arn());
    }
  }

  /**
   * The templated target type for the Amazon ECS <a
   * href="https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_RunTask.html"><code>RunTask</code></a>
   * API operation.
   *
   * <p>Property type {@code AWS::Scheduler::Schedule.EcsParameters}.
   */
  public static final class EcsParameters extends Struct<EcsParameters> {
    private static final Schema SCHEMA = Schema.builder("AWS::Scheduler::Schedule.EcsParameters")
        .required("TaskDefinitionArn")
        .constrain("Group", Constraint.of().minLength(1).maxLength(255))
        .allowed("LaunchType", "EC2", "FARGATE", "EXTERNAL")
        .constrain("PlatformVersion", Constraint.of().minLength(1).maxLength(64))
        .allowed("PropagateTags", "TASK_DEFINITION")
        .constrain("ReferenceId", Constraint.of().maxLength(1024))
        .constrain("TaskCount", Constraint.of().minimum(1).maximum(10))
        .constrain("TaskDefinitionArn", Constraint.of().minLength(1).maxLength(1600))
        .build();

    public EcsParameters() {
      super(SCHEMA);
    }

    /**
     * The capacity provider strategy to use for the task.
     *
     * <p>CloudFormation property {@code CapacityProviderStrategy}.
     */
    public EcsParameters capacityProviderStrategy(List<CapacityProviderStrategyItem> value) {
      return set("CapacityProviderStrategy", Value.listOf(value));
    }

    /**
     * Sets {@code CapacityProviderStrategy} to this value; see {@link
     * #capacityProviderStrategy(List)}.
     */
    public EcsParameters capacityProviderStrategy(Value<List<CapacityProviderStrategyItem>> value) {
      return set("CapacityProviderStrategy", value);
    }

    /**
     * Sets {@code CapacityProviderStrategy} to a list of these; see {@link
     * #capacityProviderStrategy(List)}.
     */
    public EcsParameters capacityProviderStrategy(CapacityProviderStrategyItem... values) {
      return set("CapacityProviderStrategy", Value.list(values));
    }

    /**
     * Specifies whether to enable Amazon ECS managed tags for the task. For more information, see
     * <a
     * href="https://docs.aws.amazon.com/AmazonECS/latest/developerguide/ecs-using-tags.html">Tagging
     * Your Amazon ECS Resources</a> in the <em>Amazon ECS Developer Guide</em> .
     *
     * <p>CloudFormation property {@code EnableECSManagedTags}.
     */
    public EcsParameters enableECSManagedTags(boolean value) {
      return set("EnableECSManagedTags", Value.of(value));
    }

    /**
     * Sets {@code EnableECSManagedTags} to this value; see {@link #enableECSManagedTags(boolean)}.
     */
    public EcsParameters enableECSManagedTags(Value<Boolean> value) {
      return set("EnableECSManagedTags", value);
    }

    /**
     * Whether or not to enable the execute command functionality for the containers in this task.
     * If true, this enables execute command functionality on all containers in the task.
     *
     * <p>CloudFormation property {@code EnableExecuteCommand}.
     */
    public EcsParameters enableExecuteCommand(boolean value) {
      return set("EnableExecuteCommand", Value.of(value));
    }

    /**
     * Sets {@code EnableExecuteCommand} to this value; see {@link #enableExecuteCommand(boolean)}.
     */
    public EcsParameters enableExecuteCommand(Value<Boolean> value) {
      return set("EnableExecuteCommand", value);
    }

    /**
     * Specifies an Amazon ECS task group for the task. The maximum length is 255 characters.
     *
     * <p>Length: 1 to 255 characters. CloudFormation property {@code Group}.
     */
    public EcsParameters group(String value) {
      return set("Group", Value.of(value));
    }

    /** Sets {@code Group} to this value; see {@link #group(String)}. */
    public EcsParameters group(Value<String> value) {
      return set("Group", value);
    }

    /**
     * Specifies the launch type on which your task is running. The launch type that you specify
     * here must match one of the launch type (compatibilities) of the target task. The
     * <code>FARGATE</code> value is supported only in the Regions where Fargate with Amazon ECS is
     * supported. For more information, see <a
     * href="https://docs.aws.amazon.com/AmazonECS/latest/developerguide/AWS_Fargate.html">AWS
     * Fargate on Amazon ECS</a> in the <em>Amazon ECS Developer Guide</em> .
     *
     * <p>Allowed values: {@code EC2}, {@code FARGATE}, {@code EXTERNAL}. CloudFormation property
     * {@code LaunchType}.
     */
    public EcsParameters launchType(String value) {
      return set("LaunchType", Value.of(value));
    }

    /** Sets {@code LaunchType} to this value; see {@link #launchType(String)}. */
    public EcsParameters launchType(Value<String> value) {
      return set("LaunchType", value);
    }

    /**
     * This structure specifies the network configuration for an ECS task.
     *
     * <p>CloudFormation property {@code NetworkConfiguration}.
     */
    public EcsParameters networkConfiguration(Value<NetworkConfiguration> value) {
      return set("NetworkConfiguration", value);
    }

    /**
     * An array of placement constraint objects to use for the task. You can specify up to 10
     * constraints per task (including constraints in the task definition and those specified at
     * runtime).
     *
     * <p>CloudFormation property {@code PlacementConstraints}.
     */
    public EcsParameters placementConstraints(List<PlacementConstraint> value) {
      return set("PlacementConstraints", Value.listOf(value));
    }

    /** Sets {@code PlacementConstraints} to this value; see {@link #placementConstraints(List)}. */
    public EcsParameters placementConstraints(Value<List<PlacementConstraint>> value) {
      return set("PlacementConstraints", value);
    }

    /**
     * Sets {@code PlacementConstraints} to a list of these; see {@link
     * #placementConstraints(List)}.
     */
    public EcsParameters placementConstraints(PlacementConstraint... values) {
      return set("PlacementConstraints", Value.list(values));
    }

    /**
     * The task placement strategy for a task or service.
     *
     * <p>CloudFormation property {@code PlacementStrategy}.
     */
    public EcsParameters placementStrategy(List<PlacementStrategy> value) {
      return set("PlacementStrategy", Value.listOf(value));
    }

    /** Sets {@code PlacementStrategy} to this value; see {@link #placementStrategy(List)}. */
    public EcsParameters placementStrategy(Value<List<PlacementStrategy>> value) {
      return set("PlacementStrategy", value);
    }

    /** Sets {@code PlacementStrategy} to a list of these; see {@link #placementStrategy(List)}. */
    public EcsParameters placementStrategy(PlacementStrategy... values) {
      return set("PlacementStrategy", Value.list(values));
    }

    /**
     * Specifies the platform version for the task. Specify only the numeric portion of the platform
     * version, such as <code>1.1.0</code> .
     *
     * <p>Length: 1 to 64 characters. CloudFormation property {@code PlatformVersion}.
     */
    public EcsParameters platformVersion(String value) {
      return set("PlatformVersion", Value.of(value));
    }

    /** Sets {@code PlatformVersion} to this value; see {@link #platformVersion(String)}. */
    public EcsParameters platformVersion(Value<String> value) {
      return set("PlatformVersion", value);
    }

    /**
     * Specifies whether to propagate the tags from the task definition to the task. If no value is
     * specified, the tags are not propagated. Tags can only be propagated to the task during task
     * creation. To add tags to a task after task creation, use the Amazon ECS <a
     * href="https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_TagResource.html"><code>TagResource</code></a>
     * API action.
     *
     * <p>Allowed values: {@code TASK_DEFINITION}. CloudFormation property {@code PropagateTags}.
     */
    public EcsParameters propagateTags(String value) {
      return set("PropagateTags", Value.of(value));
    }

    /** Sets {@code PropagateTags} to this value; see {@link #propagateTags(String)}. */
    public EcsParameters propagateTags(Value<String> value) {
      return set("PropagateTags", value);
    }

    /**
     * The reference ID to use for the task.
     *
     * <p>Length: at most 1024 characters. CloudFormation property {@code ReferenceId}.
     */
    public EcsParameters referenceId(String value) {
      return set("ReferenceId", Value.of(value));
    }

    /** Sets {@code ReferenceId} to this value; see {@link #referenceId(String)}. */
    public EcsParameters referenceId(Value<String> value) {
      return set("ReferenceId", value);
    }

    /**
     * The metadata that you apply to the task to help you categorize and organize them. Each tag
     * consists of a key and an optional value, both of which you define. For more information, see
     * <a
     * href="https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_RunTask.html"><code>RunTask</code></a>
     * in the <em>Amazon ECS API Reference</em> .
     *
     * <p>CloudFormation property {@code Tags}.
     */
    public EcsParameters tags(List<Map<String, String>> value) {
      return set("Tags", Value.listOf(value));
    }

    /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
    public EcsParameters tags(Value<List<Map<String, String>>> value) {
      return set("Tags", value);
    }

    /**
     * The number of tasks to create based on <code>TaskDefinition</code> . The default is
     * <code>1</code> .
     *
     * <p>Range: 1 to 10. CloudFormation property {@code TaskCount}.
     */
    public EcsParameters taskCount(double value) {
      return set("TaskCount", Value.of(value));
    }

    /** Sets {@code TaskCount} to this value; see {@link #taskCount(double)}. */
    public EcsParameters taskCount(Value<Double> value) {
      return set("TaskCount", value);
    }

    /**
     * The Amazon Resource Name (ARN) of the task definition to use if the event target is an Amazon
     * ECS task.
     *
     * <p>Required. Length: 1 to 1600 characters. CloudFormation property {@code TaskDefinitionArn}.
     */
    public EcsParameters taskDefinitionArn(String value) {
      return set("TaskDefinitionArn", Value.of(value));
    }

    /** Sets {@code TaskDefinitionArn} to this value; see {@link #taskDefinitionArn(String)}. */
    public EcsParameters taskDefinitionArn(Value<String> value) {
      return set("TaskDefinitionArn", value);
    }
  }

  /**
   * The templated target type for the EventBridge <a
   * href="https://docs.aws.amazon.com/eventbridge/latest/APIReference/API_PutEvents.html"><code>PutEvents</code></a>
   * API operation.
   *
   * <p>Property type {@code AWS::Scheduler::Schedule.EventBridgeParameters}.
   */
  public static final class EventBridgeParameters extends Struct<EventBridgeParameters> {
    private static final Schema SCHEMA = Schema.builder("AWS::Scheduler::Schedule.EventBridgeParameters")
        .required("DetailType", "Source")
        .constrain("DetailType", Constraint.of().minLength(1).maxLength(128))
        .constrain("Source", Constraint.of().pattern("^(?=[/\\.\\-_A-Za-z0-9]+)((?!aws\\.).*)|(\\$(\\.[\\w_-]+(\\[(\\d+|\\*)\\])*)*)$").minLength(1).maxLength(256))
        .build();

    public EventBridgeParameters() {
      super(SCHEMA);
    }

    /**
     * A free-form string, with a maximum of 128 characters, used to decide what fields to expect in
     * the event detail.
     *
     * <p>Required. Length: 1 to 128 characters. CloudFormation property {@code DetailType}.
     */
    public EventBridgeParameters detailType(String value) {
      return set("DetailType", Value.of(value));
    }

    /** Sets {@code DetailType} to this value; see {@link #detailType(String)}. */
    public EventBridgeParameters detailType(Value<String> value) {
      return set("DetailType", value);
    }

    /**
     * The source of the event.
     *
     * <p>Required. Length: 1 to 256 characters. Pattern: {@code
     * ^(?=[/&#92;.&#92;-_A-Za-z0-9]+)((?!aws&#92;.).*)|(&#92;$(&#92;.[&#92;w_-]+(&#92;[(&#92;d+|&#92;*)&#92;])*)*)$}.
     * CloudFormation property {@code Source}.
     */
    public EventBridgeParameters source(String value) {
      return set("Source", Value.of(value));
    }

    /** Sets {@code Source} to this value; see {@link #source(String)}. */
    public EventBridgeParameters source(Value<String> value) {
      return set("Source", value);
    }
  }

  /**
   * Allows you to configure a time window during which EventBridge Scheduler invokes the schedule.
   *
   * <p>Property type {@code AWS::Scheduler::Schedule.FlexibleTimeWindow}.
   */
  public static final class FlexibleTimeWindow extends Struct<FlexibleTimeWindow> {
    private static final Schema SCHEMA = Schema.builder("AWS::Scheduler::Schedule.FlexibleTimeWindow")
        .required("Mode")
        .constrain("MaximumWindowInMinutes", Constraint.of().minimum(1).maximum(1440))
        .allowed("Mode", "OFF", "FLEXIBLE")
        .build();

    public FlexibleTimeWindow() {
      super(SCHEMA);
    }

    /**
     * The maximum time window during which a schedule can be invoked.
     *
     * <p><em>Minimum</em> : <code>1</code>
     *
     * <p><em>Maximum</em> : <code>1440</code>
     *
     * <p>Range: 1 to 1440. CloudFormation property {@code MaximumWindowInMinutes}.
     */
    public FlexibleTimeWindow maximumWindowInMinutes(double value) {
      return set("MaximumWindowInMinutes", Value.of(value));
    }

    /**
     * Sets {@code MaximumWindowInMinutes} to this value; see {@link
     * #maximumWindowInMinutes(double)}.
     */
    public FlexibleTimeWindow maximumWindowInMinutes(Value<Double> value) {
      return set("MaximumWindowInMinutes", value);
    }

    /**
     * Determines whether the schedule is invoked within a flexible time window. You must use
     * quotation marks when you specify this value in your JSON or YAML template.
     *
     * <p><em>Allowed Values</em> : <code>"OFF"</code> | <code>"FLEXIBLE"</code>
     *
     * <p>Required. Allowed values: {@code OFF}, {@code FLEXIBLE}. CloudFormation property {@code
     * Mode}.
     */
    public FlexibleTimeWindow mode(String value) {
      return set("Mode", Value.of(value));
    }

    /** Sets {@code Mode} to this value; see {@link #mode(String)}. */
    public FlexibleTimeWindow mode(Value<String> value) {
      return set("Mode", value);
    }
  }

  /**
   * The templated target type for the Amazon Kinesis <a
   * href="https://docs.aws.amazon.com/kinesis/latest/APIReference/API_PutRecord.html"><code>PutRecord</code></a>
   * API operation.
   *
   * <p>Property type {@code AWS::Scheduler::Schedule.KinesisParameters}.
   */
  public static final class KinesisParameters extends Struct<KinesisParameters> {
    private static final Schema SCHEMA = Schema.builder("AWS::Scheduler::Schedule.KinesisParameters")
        .required("PartitionKey")
        .constrain("PartitionKey", Constraint.of().minLength(1).maxLength(256))
        .build();

    public KinesisParameters() {
      super(SCHEMA);
    }

    /**
     * Specifies the shard to which EventBridge Scheduler sends the event. For more information, see
     * <a href="https://docs.aws.amazon.com/streams/latest/dev/key-concepts.html">Amazon Kinesis
     * Data Streams terminology and concepts</a> in the <em>Amazon Kinesis Streams Developer
     * Guide</em> .
     *
     * <p>Required. Length: 1 to 256 characters. CloudFormation property {@code PartitionKey}.
     */
    public KinesisParameters partitionKey(String value) {
      return set("PartitionKey", Value.of(value));
    }

    /** Sets {@code PartitionKey} to this value; see {@link #partitionKey(String)}. */
    public KinesisParameters partitionKey(Value<String> value) {
      return set("PartitionKey", value);
    }
  }

  /**
   * Specifies the network configuration for an ECS task.
   *
   * <p>Property type {@code AWS::Scheduler::Schedule.NetworkConfiguration}.
   */
  public static final class NetworkConfiguration extends Struct<NetworkConfiguration> {
    private static final Schema SCHEMA = Schema.of("AWS::Scheduler::Schedule.NetworkConfiguration");

    public NetworkConfiguration() {
      super(SCHEMA);
    }

    /**
     * Specifies the Amazon VPC subnets and security groups for the task, and whether a public IP
     * address is to be used. This structure is relevant only for ECS tasks that use the awsvpc
     * network mode.
     *
     * <p>CloudFormation property {@code AwsvpcConfiguration}.
     */
    public NetworkConfiguration awsvpcConfiguration(Value<AwsVpcConfiguration> value) {
      return set("AwsvpcConfiguration", value);
    }
  }

  /**
   * An object representing a constraint on task placement.
   *
   * <p>Property type {@code AWS::Scheduler::Schedule.PlacementConstraint}.
   */
  public static final class PlacementConstraint extends Struct<PlacementConstraint> {
    private static final Schema SCHEMA = Schema.builder("AWS::Scheduler::Schedule.PlacementConstraint")
        .constrain("Expression", Constraint.of().maxLength(2000))
        .allowed("Type", "distinctInstance", "memberOf")
        .build();

    public PlacementConstraint() {
      super(SCHEMA);
    }

    /**
     * A cluster query language expression to apply to the constraint. You cannot specify an
     * expression if the constraint type is <code>distinctInstance</code> . For more information,
     * see <a
     * href="https://docs.aws.amazon.com/latest/developerguide/cluster-query-language.html">Cluster
     * query language</a> in the <em>Amazon ECS Developer Guide</em> .
     *
     * <p>Length: at most 2000 characters. CloudFormation property {@code Expression}.
     */
    public PlacementConstraint expression(String value) {
      return set("Expression", Value.of(value));
    }

    /** Sets {@code Expression} to this value; see {@link #expression(String)}. */
    public PlacementConstraint expression(Value<String> value) {
      return set("Expression", value);
    }

    /**
     * The type of constraint. Use <code>distinctInstance</code> to ensure that each task in a
     * particular group is running on a different container instance. Use <code>memberOf</code> to
     * restrict the selection to a group of valid candidates.
     *
     * <p>Allowed values: {@code distinctInstance}, {@code memberOf}. CloudFormation property {@code
     * Type}.
     */
    public PlacementConstraint type(String value) {
      return set("Type", Value.of(value));
    }

    /** Sets {@code Type} to this value; see {@link #type(String)}. */
    public PlacementConstraint type(Value<String> value) {
      return set("Type", value);
    }
  }

  /**
   * The task placement strategy for a task or service.
   *
   * <p>Property type {@code AWS::Scheduler::Schedule.PlacementStrategy}.
   */
  public static final class PlacementStrategy extends Struct<PlacementStrategy> {
    private static final Schema SCHEMA = Schema.builder("AWS::Scheduler::Schedule.PlacementStrategy")
        .constrain("Field", Constraint.of().maxLength(255))
        .allowed("Type", "random", "spread", "binpack")
        .build();

    public PlacementStrategy() {
      super(SCHEMA);
    }

    /**
     * The field to apply the placement strategy against. For the spread placement strategy, valid
     * values are <code>instanceId</code> (or <code>instanceId</code> , which has the same effect),
     * or any platform or custom attribute that is applied to a container instance, such as
     * <code>attribute:ecs.availability-zone</code> . For the binpack placement strategy, valid
     * values are <code>cpu</code> and <code>memory</code> . For the random placement strategy, this
     * field is not used.
     *
     * <p>Length: at most 255 characters. CloudFormation property {@code Field}.
     */
    public PlacementStrategy field(String value) {
      return set("Field", Value.of(value));
    }

    /** Sets {@code Field} to this value; see {@link #field(String)}. */
    public PlacementStrategy field(Value<String> value) {
      return set("Field", value);
    }

    /**
     * The type of placement strategy. The random placement strategy randomly places tasks on
     * available candidates. The spread placement strategy spreads placement across available
     * candidates evenly based on the field parameter. The binpack strategy places tasks on
     * available candidates that have the least available amount of the resource that is specified
     * with the field parameter. For example, if you binpack on memory, a task is placed on the
     * instance with the least amount of remaining memory (but still enough to run the task).
     *
     * <p>Allowed values: {@code random}, {@code spread}, {@code binpack}. CloudFormation property
     * {@code Type}.
     */
    public PlacementStrategy type(String value) {
      return set("Type", Value.of(value));
    }

    /** Sets {@code Type} to this value; see {@link #type(String)}. */
    public PlacementStrategy type(Value<String> value) {
      return set("Type", value);
    }
  }

  /**
   * A <code>RetryPolicy</code> object that includes information about the retry policy settings,
   * including the maximum age of an event, and the maximum number of times EventBridge Scheduler
   * will try to deliver the event to a target.
   *
   * <p>Property type {@code AWS::Scheduler::Schedule.RetryPolicy}.
   */
  public static final class RetryPolicy extends Struct<RetryPolicy> {
    private static final Schema SCHEMA = Schema.builder("AWS::Scheduler::Schedule.RetryPolicy")
        .constrain("MaximumEventAgeInSeconds", Constraint.of().minimum(60).maximum(86400))
        .constrain("MaximumRetryAttempts", Constraint.of().minimum(0).maximum(185))
        .build();

    public RetryPolicy() {
      super(SCHEMA);
    }

    /**
     * The maximum amount of time, in seconds, to continue to make retry attempts.
     *
     * <p>Range: 60 to 86400. CloudFormation property {@code MaximumEventAgeInSeconds}.
     */
    public RetryPolicy maximumEventAgeInSeconds(double value) {
      return set("MaximumEventAgeInSeconds", Value.of(value));
    }

    /**
     * Sets {@code MaximumEventAgeInSeconds} to this value; see {@link
     * #maximumEventAgeInSeconds(double)}.
     */
    public RetryPolicy maximumEventAgeInSeconds(Value<Double> value) {
      return set("MaximumEventAgeInSeconds", value);
    }

    /**
     * The maximum number of retry attempts to make before the request fails. Retry attempts with
     * exponential backoff continue until either the maximum number of attempts is made or until the
     * duration of the <code>MaximumEventAgeInSeconds</code> is reached.
     *
     * <p>Range: 0 to 185. CloudFormation property {@code MaximumRetryAttempts}.
     */
    public RetryPolicy maximumRetryAttempts(double value) {
      return set("MaximumRetryAttempts", Value.of(value));
    }

    /**
     * Sets {@code MaximumRetryAttempts} to this value; see {@link #maximumRetryAttempts(double)}.
     */
    public RetryPolicy maximumRetryAttempts(Value<Double> value) {
      return set("MaximumRetryAttempts", value);
    }
  }

  /**
   * The name and value pair of a parameter to use to start execution of a SageMaker Model Building
   * Pipeline.
   *
   * <p>Property type {@code AWS::Scheduler::Schedule.SageMakerPipelineParameter}.
   */
  public static final class SageMakerPipelineParameter extends Struct<SageMakerPipelineParameter> {
    private static final Schema SCHEMA = Schema.builder("AWS::Scheduler::Schedule.SageMakerPipelineParameter")
        .required("Name", "Value")
        .constrain("Name", Constraint.of().pattern("^[A-Za-z0-9\\-_]*$").minLength(1).maxLength(256))
        .constrain("Value", Constraint.of().minLength(1).maxLength(1024))
        .build();

    public SageMakerPipelineParameter() {
      super(SCHEMA);
    }

    /**
     * Name of parameter to start execution of a SageMaker Model Building Pipeline.
     *
     * <p>Required. Length: 1 to 256 characters. Pattern: {@code ^[A-Za-z0-9&#92;-_]*$}.
     * CloudFormation property {@code Name}.
     */
    public SageMakerPipelineParameter name(String value) {
      return set("Name", Value.of(value));
    }

    /** Sets {@code Name} to this value; see {@link #name(String)}. */
    public SageMakerPipelineParameter name(Value<String> value) {
      return set("Name", value);
    }

    /**
     * Value of parameter to start execution of a SageMaker Model Building Pipeline.
     *
     * <p>Required. Length: 1 to 1024 characters. CloudFormation property {@code Value}.
     */
    public SageMakerPipelineParameter value(String value) {
      return set("Value", Value.of(value));
    }

    /** Sets {@code Value} to this value; see {@link #value(String)}. */
    public SageMakerPipelineParameter value(Value<String> value) {
      return set("Value", value);
    }
  }

  /**
   * The templated target type for the Amazon SageMaker <a
   * href="https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_StartPipelineExecution.html"><code>StartPipelineExecution</code></a>
   * API operation.
   *
   * <p>Property type {@code AWS::Scheduler::Schedule.SageMakerPipelineParameters}.
   */
  public static final class SageMakerPipelineParameters extends Struct<SageMakerPipelineParameters> {
    private static final Schema SCHEMA = Schema.of("AWS::Scheduler::Schedule.SageMakerPipelineParameters");

    public SageMakerPipelineParameters() {
      super(SCHEMA);
    }

    /**
     * List of parameter names and values to use when executing the SageMaker Model Building
     * Pipeline.
     *
     * <p>CloudFormation property {@code PipelineParameterList}.
     */
    public SageMakerPipelineParameters pipelineParameterList(List<SageMakerPipelineParameter> value) {
      return set("PipelineParameterList", Value.listOf(value));
    }

    /**
     * Sets {@code PipelineParameterList} to this value; see {@link #pipelineParameterList(List)}.
     */
    public SageMakerPipelineParameters pipelineParameterList(Value<List<SageMakerPipelineParameter>> value) {
      return set("PipelineParameterList", value);
    }

    /**
     * Sets {@code PipelineParameterList} to a list of these; see {@link
     * #pipelineParameterList(List)}.
     */
    public SageMakerPipelineParameters pipelineParameterList(SageMakerPipelineParameter... values) {
      return set("PipelineParameterList", Value.list(values));
    }
  }

  /**
   * The templated target type for the Amazon SQS <a
   * href="https://docs.aws.amazon.com/AWSSimpleQueueService/latest/APIReference/API_SendMessage.html"><code>SendMessage</code></a>
   * API operation. Contains the message group ID to use when the target is a FIFO queue. If you
   * specify an Amazon SQS FIFO queue as a target, the queue must have content-based deduplication
   * enabled. For more information, see <a
   * href="https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/using-messagededuplicationid-property.html">Using
   * the Amazon SQS message deduplication ID</a> in the <em>Amazon SQS Developer Guide</em> .
   *
   * <p>Property type {@code AWS::Scheduler::Schedule.SqsParameters}.
   */
  public static final class SqsParameters extends Struct<SqsParameters> {
    private static final Schema SCHEMA = Schema.builder("AWS::Scheduler::Schedule.SqsParameters")
        .constrain("MessageGroupId", Constraint.of().minLength(1).maxLength(128))
        .build();

    public SqsParameters() {
      super(SCHEMA);
    }

    /**
     * The FIFO message group ID to use as the target.
     *
     * <p>Length: 1 to 128 characters. CloudFormation property {@code MessageGroupId}.
     */
    public SqsParameters messageGroupId(String value) {
      return set("MessageGroupId", Value.of(value));
    }

    /** Sets {@code MessageGroupId} to this value; see {@link #messageGroupId(String)}. */
    public SqsParameters messageGroupId(Value<String> value) {
      return set("MessageGroupId", value);
    }
  }

  /**
   * The schedule's target. EventBridge Scheduler supports templated target that invoke common API
   * operations, as well as universal targets that you can customize to invoke over 6,000 API
   * operations across more than 270 services. You can only specify one templated or universal
   * target for a schedule.
   *
   * <p>Property type {@code AWS::Scheduler::Schedule.Target}.
   */
  public static final class Target extends Struct<Target> {
    private static final Schema SCHEMA = Schema.builder("AWS::Scheduler::Schedule.Target")
        .required("Arn", "RoleArn")
        .constrain("Arn", Constraint.of().minLength(1).maxLength(1600))
        .references("Arn", "AWS::StepFunctions::StateMachine.Ref", "AWS::Lambda::Function.Arn",
            "AWS::SQS::Queue.Arn")
        .constrain("Input", Constraint.of().minLength(1))
        .constrain("RoleArn", Constraint.of().pattern("^arn:aws[a-z-]*:iam::\\d{12}:role\\/[\\w+=,.@\\/-]+$").minLength(1).maxLength(1600).format("AWS::IAM::Role.Arn"))
        .references("RoleArn", "AWS::IAM::Role.Arn")
        .build();

    public Target() {
      super(SCHEMA);
    }

    /**
     * The Amazon Resource Name (ARN) of the target.
     *
     * <p>Required. Length: 1 to 1600 characters. CloudFormation property {@code Arn}.
     */
    public Target arn(String value) {
      return set("Arn", Value.of(value));
    }

    /** Sets {@code Arn} to this value; see {@link #arn(String)}. */
    public Target arn(Value<String> value) {
      return set("Arn", value);
    }

    /**
     * Sets {@code Arn} to the Ref of {@code AWS::StepFunctions::StateMachine}; see {@link
     * #arn(String)}.
     */
    public Target arn(StateMachine resource) {
      return set("Arn", resource.ref());
    }

    /** Sets {@code Arn} to the Arn of {@code AWS::Lambda::Function}; see {@link #arn(String)}. */
    public Target arn(Function resource) {
      return set("Arn", resource.arn());
    }

    /** Sets {@code Arn} to the Arn of {@code AWS::SQS::Queue}; see {@link #arn(String)}. */
    public Target arn(Queue resource) {
      return set("Arn", resource.arn());
    }

    /**
     * An object that contains information about an Amazon SQS queue that EventBridge Scheduler uses
     * as a dead-letter queue for your schedule. If specified, EventBridge Scheduler delivers failed
     * events that could not be successfully delivered to a target to the queue.
     *
     * <p>CloudFormation property {@code DeadLetterConfig}.
     */
    public Target deadLetterConfig(Value<DeadLetterConfig> value) {
      return set("DeadLetterConfig", value);
    }

    /**
     * The templated target type for the Amazon ECS <a
     * href="https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_RunTask.html"><code>RunTask</code></a>
     * API operation.
     *
     * <p>CloudFormation property {@code EcsParameters}.
     */
    public Target ecsParameters(Value<EcsParameters> value) {
      return set("EcsParameters", value);
    }

    /**
     * The templated target type for the EventBridge <a
     * href="https://docs.aws.amazon.com/eventbridge/latest/APIReference/API_PutEvents.html"><code>PutEvents</code></a>
     * API operation.
     *
     * <p>CloudFormation property {@code EventBridgeParameters}.
     */
    public Target eventBridgeParameters(Value<EventBridgeParameters> value) {
      return set("EventBridgeParameters", value);
    }

    /**
     * The text, or well-formed JSON, passed to the target. If you are configuring a templated
     * Lambda , AWS Step Functions , or Amazon EventBridge target, the input must be a well-formed
     * JSON. For all other target types, a JSON is not required. If you do not specify anything for
     * this field, Amazon EventBridge Scheduler delivers a default notification to the target.
     *
     * <p>Length: at least 1 characters. CloudFormation property {@code Input}.
     */
    public Target input(String value) {
      return set("Input", Value.of(value));
    }

    /** Sets {@code Input} to this value; see {@link #input(String)}. */
    public Target input(Value<String> value) {
      return set("Input", value);
    }

    /**
     * The templated target type for the Amazon Kinesis <a
     * href="https://docs.aws.amazon.com/kinesis/latest/APIReference/API_PutRecord.html"><code>PutRecord</code></a>
     * API operation.
     *
     * <p>CloudFormation property {@code KinesisParameters}.
     */
    public Target kinesisParameters(Value<KinesisParameters> value) {
      return set("KinesisParameters", value);
    }

    /**
     * A <code>RetryPolicy</code> object that includes information about the retry policy settings,
     * including the maximum age of an event, and the maximum number of times EventBridge Scheduler
     * will try to deliver the event to a target.
     *
     * <p>CloudFormation property {@code RetryPolicy}.
     */
    public Target retryPolicy(Value<RetryPolicy> value) {
      return set("RetryPolicy", value);
    }

    /**
     * The Amazon Resource Name (ARN) of the IAM role that EventBridge Scheduler will use for this
     * target when the schedule is invoked.
     *
     * <p>Required. Length: 1 to 1600 characters. Pattern: {@code
     * ^arn:aws[a-z-]*:iam::&#92;d{12}:role&#92;/[&#92;w+=,.&#64;&#92;/-]+$}. Format: {@code
     * AWS::IAM::Role.Arn}. CloudFormation property {@code RoleArn}.
     */
    public Target roleArn(String value) {
      return set("RoleArn", Value.of(value));
    }

    /** Sets {@code RoleArn} to this value; see {@link #roleArn(String)}. */
    public Target roleArn(Value<String> value) {
      return set("RoleArn", value);
    }

    /** Sets {@code RoleArn} to the Arn of {@code AWS::IAM::Role}; see {@link #roleArn(String)}. */
    public Target roleArn(Role resource) {
      return set("RoleArn", resource.arn());
    }

    /**
     * The templated target type for the Amazon SageMaker <a
     * href="https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_StartPipelineExecution.html"><code>StartPipelineExecution</code></a>
     * API operation.
     *
     * <p>CloudFormation property {@code SageMakerPipelineParameters}.
     */
    public Target sageMakerPipelineParameters(Value<SageMakerPipelineParameters> value) {
      return set("SageMakerPipelineParameters", value);
    }

    /**
     * The templated target type for the Amazon SQS <a
     * href="https://docs.aws.amazon.com/AWSSimpleQueueService/latest/APIReference/API_SendMessage.html"><code>SendMessage</code></a>
     * API operation. Contains the message group ID to use when the target is a FIFO queue. If you
     * specify an Amazon SQS FIFO queue as a target, the queue must have content-based deduplication
     * enabled. For more information, see <a
     * href="https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/using-messagededuplicationid-property.html">Using
     * the Amazon SQS message deduplication ID</a> in the <em>Amazon SQS Developer Guide</em> .
     *
     * <p>CloudFormation property {@code SqsParameters}.
     */
    public Target sqsParameters(Value<SqsParameters> value) {
      return set("SqsParameters", value);
    }
  }
}
