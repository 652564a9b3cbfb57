// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.evidently;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Creates or updates a <em>launch</em> of a given feature. Before you create a launch, you must
 * create the feature to use for the launch.
 *
 * <p>You can use a launch to safely validate new features by serving them to a specified percentage
 * of your users while you roll out the feature. You can monitor the performance of the new feature
 * to help you decide when to ramp up traffic to more users. This helps you reduce risk and identify
 * unintended consequences before you fully launch the feature.
 *
 * <p>CloudFormation type {@code AWS::Evidently::Launch}.
 */
public final class Launch extends Resource<Launch> {
  private static final Schema SCHEMA = Schema.builder("AWS::Evidently::Launch")
      .required("Groups", "Name", "Project", "ScheduledSplitsConfig")
      .constrain("Description", Constraint.of().minLength(0).maxLength(160))
      .constrain("Name", Constraint.of().pattern("[-a-zA-Z0-9._]*").minLength(1).maxLength(127))
      .constrain("Project", Constraint.of().pattern("([-a-zA-Z0-9._]*)|(arn:[^:]*:[^:]*:[^:]*:[^:]*:project/[-a-zA-Z0-9._]*)").minLength(0).maxLength(2048))
      .references("Project", "AWS::Evidently::Project.Ref")
      .constrain("RandomizationSalt", Constraint.of().pattern(".*").minLength(0).maxLength(127))
      .refYields("Arn")
      .attributes("Arn")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public Launch(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * An optional description for the launch.
   *
   * <p>Length: 0 to 160 characters. CloudFormation property {@code Description}.
   */
  public Launch description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public Launch description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * A structure that you can use to start and stop the launch.
   *
   * <p>CloudFormation property {@code ExecutionStatus}.
   */
  public Launch executionStatus(Value<ExecutionStatusObject> value) {
    return set("ExecutionStatus", value);
  }

  /**
   * An array of structures that contains the feature and variations that are to be used for the
   * launch. You can up to five launch groups in a launch.
   *
   * <p>Required. CloudFormation property {@code Groups}.
   */
  public Launch groups(List<LaunchGroupObject> value) {
    return set("Groups", Value.listOf(value));
  }

  /** Sets {@code Groups} to this value; see {@link #groups(List)}. */
  public Launch groups(Value<List<LaunchGroupObject>> value) {
    return set("Groups", value);
  }

  /** Sets {@code Groups} to a list of these; see {@link #groups(List)}. */
  public Launch groups(LaunchGroupObject... values) {
    return set("Groups", Value.list(values));
  }

  /**
   * An array of structures that define the metrics that will be used to monitor the launch
   * performance. You can have up to three metric monitors in the array.
   *
   * <p>CloudFormation property {@code MetricMonitors}.
   */
  public Launch metricMonitors(List<MetricDefinitionObject> value) {
    return set("MetricMonitors", Value.listOf(value));
  }

  /** Sets {@code MetricMonitors} to this value; see {@link #metricMonitors(List)}. */
  public Launch metricMonitors(Value<List<MetricDefinitionObject>> value) {
    return set("MetricMonitors", value);
  }

  /** Sets {@code MetricMonitors} to a list of these; see {@link #metricMonitors(List)}. */
  public Launch metricMonitors(MetricDefinitionObject... values) {
    return set("MetricMonitors", Value.list(values));
  }

  /**
   * The name for the launch. It can include up to 127 characters.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 127 characters. Pattern: {@code
   * [-a-zA-Z0-9._]*}. CloudFormation property {@code Name}.
   */
  public Launch name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public Launch name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * The name or ARN of the project that you want to create the launch in.
   *
   * <p>Required. Changing it replaces the resource. Length: 0 to 2048 characters. Pattern: {@code
   * ([-a-zA-Z0-9._]*)|(arn:[^:]*:[^:]*:[^:]*:[^:]*:project/[-a-zA-Z0-9._]*)}. CloudFormation
   * property {@code Project}.
   */
  public Launch project(String value) {
    return set("Project", Value.of(value));
  }

  /** Sets {@code Project} to this value; see {@link #project(String)}. */
  public Launch project(Value<String> value) {
    return set("Project", value);
  }

  /**
   * Sets {@code Project} to the Ref of {@code AWS::Evidently::Project}; see {@link
   * #project(String)}.
   */
  public Launch project(Project resource) {
    return set("Project", resource.ref());
  }

  /**
   * When Evidently assigns a particular user session to a launch, it must use a randomization ID to
   * determine which variation the user session is served. This randomization ID is a combination of
   * the entity ID and <code>randomizationSalt</code> . If you omit <code>randomizationSalt</code> ,
   * Evidently uses the launch name as the <code>randomizationsSalt</code> .
   *
   * <p>Length: 0 to 127 characters. Pattern: {@code .*}. CloudFormation property {@code
   * RandomizationSalt}.
   */
  public Launch randomizationSalt(String value) {
    return set("RandomizationSalt", Value.of(value));
  }

  /** Sets {@code RandomizationSalt} to this value; see {@link #randomizationSalt(String)}. */
  public Launch randomizationSalt(Value<String> value) {
    return set("RandomizationSalt", value);
  }

  /**
   * An array of structures that define the traffic allocation percentages among the feature
   * variations during each step of the launch.
   *
   * <p>Required. CloudFormation property {@code ScheduledSplitsConfig}.
   */
  public Launch scheduledSplitsConfig(List<StepConfig> value) {
    return set("ScheduledSplitsConfig", Value.listOf(value));
  }

  /** Sets {@code ScheduledSplitsConfig} to this value; see {@link #scheduledSplitsConfig(List)}. */
  public Launch scheduledSplitsConfig(Value<List<StepConfig>> value) {
    return set("ScheduledSplitsConfig", value);
  }

  /**
   * Sets {@code ScheduledSplitsConfig} to a list of these; see {@link
   * #scheduledSplitsConfig(List)}.
   */
  public Launch scheduledSplitsConfig(StepConfig... values) {
    return set("ScheduledSplitsConfig", Value.list(values));
  }

  /**
   * Assigns one or more tags (key-value pairs) to the launch.
   *
   * <p>Tags can help you organize and categorize your resources. You can also use them to scope
   * user permissions by granting a user permission to access or change only resources with certain
   * tag values.
   *
   * <p>Tags don't have any semantic meaning to AWS and are interpreted strictly as strings of
   * characters.
   *
   * <p>You can associate as many as 50 tags with a launch.
   *
   * <p>For more information, see <a
   * href="https://docs.aws.amazon.com/general/latest/gr/aws_tagging.html">Tagging AWS resources</a>
   * .
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public Launch tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public Launch tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public Launch tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The ARN of the launch. For example,
   * <code>arn:aws:evidently:us-west-2:0123455678912:project/myProject/launch/myLaunch</code>
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * Use this structure to start and stop the launch.
   *
   * <p>Property type {@code AWS::Evidently::Launch.ExecutionStatusObject}.
   */
  public static final class ExecutionStatusObject extends Struct<ExecutionStatusObject> {
    private static final Schema SCHEMA = Schema.builder("AWS::Evidently::Launch.ExecutionStatusObject")
        .required("Status")
        .build();

    public ExecutionStatusObject() {
      super(SCHEMA);
    }

    /**
     * If you are using CloudFormation to stop this launch, specify either <code>COMPLETED</code> or
     * <code>CANCELLED</code> here to indicate how to classify this experiment. If you omit this
     * parameter, the default of <code>COMPLETED</code> is used.
     *
     * <p>CloudFormation property {@code DesiredState}.
     */
    public ExecutionStatusObject desiredState(String value) {
      return set("DesiredState", Value.of(value));
    }

    /** Sets {@code DesiredState} to this value; see {@link #desiredState(String)}. */
    public ExecutionStatusObject desiredState(Value<String> value) {
      return set("DesiredState", value);
    }

    /**
     * If you are using CloudFormation to stop this launch, this is an optional field that you can
     * use to record why the launch is being stopped or cancelled.
     *
     * <p>CloudFormation property {@code Reason}.
     */
    public ExecutionStatusObject reason(String value) {
      return set("Reason", Value.of(value));
    }

    /** Sets {@code Reason} to this value; see {@link #reason(String)}. */
    public ExecutionStatusObject reason(Value<String> value) {
      return set("Reason", value);
    }

    /**
     * To start the launch now, specify <code>START</code> for this parameter. If this launch is
     * currently running and you want to stop it now, specify <code>STOP</code> .
     *
     * <p>Required. CloudFormation property {@code Status}.
     */
    public ExecutionStatusObject status(String value) {
      return set("Status", Value.of(value));
    }

    /** Sets {@code Status} to this value; see {@link #status(String)}. */
    public ExecutionStatusObject status(Value<String> value) {
      return set("Status", value);
    }
  }

  /**
   * A structure containing the percentage of launch traffic to allocate to one launch group.
   *
   * <p>Property type {@code AWS::Evidently::Launch.GroupToWeight}.
   */
  public static final class GroupToWeight extends Struct<GroupToWeight> {
    private static final Schema SCHEMA = Schema.builder("AWS::Evidently::Launch.GroupToWeight")
        .required("GroupName", "SplitWeight")
        .constrain("GroupName", Constraint.of().pattern("[-a-zA-Z0-9._]*").minLength(1).maxLength(127))
        .build();

    public GroupToWeight() {
      super(SCHEMA);
    }

    /**
     * The name of the launch group. It can include up to 127 characters.
     *
     * <p>Required. Length: 1 to 127 characters. Pattern: {@code [-a-zA-Z0-9._]*}. CloudFormation
     * property {@code GroupName}.
     */
    public GroupToWeight groupName(String value) {
      return set("GroupName", Value.of(value));
    }

    /** Sets {@code GroupName} to this value; see {@link #groupName(String)}. */
    public GroupToWeight groupName(Value<String> value) {
      return set("GroupName", value);
    }

    /**
     * The portion of launch traffic to allocate to this launch group.
     *
     * <p>This is represented in thousandths of a percent. For example, specify 20,000 to allocate
     * 20% of the launch audience to this launch group.
     *
     * <p>Required. CloudFormation property {@code SplitWeight}.
     */
    public GroupToWeight splitWeight(int value) {
      return set("SplitWeight", Value.of(value));
    }

    /** Sets {@code SplitWeight} to this value; see {@link #splitWeight(int)}. */
    public GroupToWeight splitWeight(Value<Integer> value) {
      return set("SplitWeight", value);
    }
  }

  /**
   * A structure that defines one launch group in a launch. A launch group is a variation of the
   * feature that you are including in the launch.
   *
   * <p>Property type {@code AWS::Evidently::Launch.LaunchGroupObject}.
   */
  public static final class LaunchGroupObject extends Struct<LaunchGroupObject> {
    private static final Schema SCHEMA = Schema.builder("AWS::Evidently::Launch.LaunchGroupObject")
        .required("Feature", "GroupName", "Variation")
        .constrain("Description", Constraint.of().minLength(0).maxLength(160))
        .constrain("GroupName", Constraint.of().pattern("[-a-zA-Z0-9._]*").minLength(1).maxLength(127))
        .build();

    public LaunchGroupObject() {
      super(SCHEMA);
    }

    /**
     * A description of the launch group.
     *
     * <p>Length: 0 to 160 characters. CloudFormation property {@code Description}.
     */
    public LaunchGroupObject description(String value) {
      return set("Description", Value.of(value));
    }

    /** Sets {@code Description} to this value; see {@link #description(String)}. */
    public LaunchGroupObject description(Value<String> value) {
      return set("Description", value);
    }

    /**
     * The feature that this launch is using.
     *
     * <p>Required. CloudFormation property {@code Feature}.
     */
    public LaunchGroupObject feature(String value) {
      return set("Feature", Value.of(value));
    }

    /** Sets {@code Feature} to this value; see {@link #feature(String)}. */
    public LaunchGroupObject feature(Value<String> value) {
      return set("Feature", value);
    }

    /**
     * A name for this launch group. It can include up to 127 characters.
     *
     * <p>Required. Length: 1 to 127 characters. Pattern: {@code [-a-zA-Z0-9._]*}. CloudFormation
     * property {@code GroupName}.
     */
    public LaunchGroupObject groupName(String value) {
      return set("GroupName", Value.of(value));
    }

    /** Sets {@code GroupName} to this value; see {@link #groupName(String)}. */
    public LaunchGroupObject groupName(Value<String> value) {
      return set("GroupName", value);
    }

    /**
     * The feature variation to use for this launch group.
     *
     * <p>Required. CloudFormation property {@code Variation}.
     */
    public LaunchGroupObject variation(String value) {
      return set("Variation", Value.of(value));
    }

    /** Sets {@code Variation} to this value; see {@link #variation(String)}. */
    public LaunchGroupObject variation(Value<String> value) {
      return set("Variation", value);
    }
  }

  /**
   * This structure defines a metric that you want to use to evaluate the variations during a launch
   * or experiment.
   *
   * <p>Property type {@code AWS::Evidently::Launch.MetricDefinitionObject}.
   */
  public static final class MetricDefinitionObject extends Struct<MetricDefinitionObject> {
    private static final Schema SCHEMA = Schema.builder("AWS::Evidently::Launch.MetricDefinitionObject")
        .required("EntityIdKey", "MetricName", "ValueKey")
        .constrain("MetricName", Constraint.of().pattern("^[\\S]+$").minLength(1).maxLength(255))
        .constrain("UnitLabel", Constraint.of().pattern(".*").minLength(1).maxLength(256))
        .build();

    public MetricDefinitionObject() {
      super(SCHEMA);
    }

    /**
     * The entity, such as a user or session, that does an action that causes a metric value to be
     * recorded. An example is <code>userDetails.userID</code> .
     *
     * <p>Required. CloudFormation property {@code EntityIdKey}.
     */
    public MetricDefinitionObject entityIdKey(String value) {
      return set("EntityIdKey", Value.of(value));
    }

    /** Sets {@code EntityIdKey} to this value; see {@link #entityIdKey(String)}. */
    public MetricDefinitionObject entityIdKey(Value<String> value) {
      return set("EntityIdKey", value);
    }

    /**
     * The EventBridge event pattern that defines how the metric is recorded.
     *
     * <p>For more information about EventBridge event patterns, see <a
     * href="https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-event-patterns.html">Amazon
     * EventBridge event patterns</a> .
     *
     * <p>CloudFormation property {@code EventPattern}.
     */
    public MetricDefinitionObject eventPattern(String value) {
      return set("EventPattern", Value.of(value));
    }

    /** Sets {@code EventPattern} to this value; see {@link #eventPattern(String)}. */
    public MetricDefinitionObject eventPattern(Value<String> value) {
      return set("EventPattern", value);
    }

    /**
     * A name for the metric. It can include up to 255 characters.
     *
     * <p>Required. Length: 1 to 255 characters. Pattern: {@code ^[&#92;S]+$}. CloudFormation
     * property {@code MetricName}.
     */
    public MetricDefinitionObject metricName(String value) {
      return set("MetricName", Value.of(value));
    }

    /** Sets {@code MetricName} to this value; see {@link #metricName(String)}. */
    public MetricDefinitionObject metricName(Value<String> value) {
      return set("MetricName", value);
    }

    /**
     * A label for the units that the metric is measuring.
     *
     * <p>Length: 1 to 256 characters. Pattern: {@code .*}. CloudFormation property {@code
     * UnitLabel}.
     */
    public MetricDefinitionObject unitLabel(String value) {
      return set("UnitLabel", Value.of(value));
    }

    /** Sets {@code UnitLabel} to this value; see {@link #unitLabel(String)}. */
    public MetricDefinitionObject unitLabel(Value<String> value) {
      return set("UnitLabel", value);
    }

    /**
     * The value that is tracked to produce the metric.
     *
     * <p>Required. CloudFormation property {@code ValueKey}.
     */
    public MetricDefinitionObject valueKey(String value) {
      return set("ValueKey", Value.of(value));
    }

    /** Sets {@code ValueKey} to this value; see {@link #valueKey(String)}. */
    public MetricDefinitionObject valueKey(Value<String> value) {
      return set("ValueKey", value);
    }
  }

  /**
   * Use this structure to specify different traffic splits for one or more audience
   * <em>segments</em> . A segment is a portion of your audience that share one or more
   * characteristics. Examples could be Chrome browser users, users in Europe, or Firefox browser
   * users in Europe who also fit other criteria that your application collects, such as age.
   *
   * <p>For more information, see <a
   * href="https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/CloudWatch-Evidently-segments.html">Use
   * segments to focus your audience</a> .
   *
   * <p>This sructure is an array of up to six segment override objects. Each of these objects
   * specifies a segment that you have already created, and defines the traffic split for that
   * segment.
   *
   * <p>Property type {@code AWS::Evidently::Launch.SegmentOverride}.
   */
  public static final class SegmentOverride extends Struct<SegmentOverride> {
    private static final Schema SCHEMA = Schema.builder("AWS::Evidently::Launch.SegmentOverride")
        .required("EvaluationOrder", "Segment", "Weights")
        .constrain("Segment", Constraint.of().pattern("([-a-zA-Z0-9._]*)|(arn:[^:]*:[^:]*:[^:]*:[^:]*:segment/[-a-zA-Z0-9._]*)").minLength(1).maxLength(2048))
        .build();

    public SegmentOverride() {
      super(SCHEMA);
    }

    /**
     * A number indicating the order to use to evaluate segment overrides, if there are more than
     * one. Segment overrides with lower numbers are evaluated first.
     *
     * <p>Required. CloudFormation property {@code EvaluationOrder}.
     */
    public SegmentOverride evaluationOrder(int value) {
      return set("EvaluationOrder", Value.of(value));
    }

    /** Sets {@code EvaluationOrder} to this value; see {@link #evaluationOrder(int)}. */
    public SegmentOverride evaluationOrder(Value<Integer> value) {
      return set("EvaluationOrder", value);
    }

    /**
     * The ARN of the segment to use for this override.
     *
     * <p>Required. Length: 1 to 2048 characters. Pattern: {@code
     * ([-a-zA-Z0-9._]*)|(arn:[^:]*:[^:]*:[^:]*:[^:]*:segment/[-a-zA-Z0-9._]*)}. CloudFormation
     * property {@code Segment}.
     */
    public SegmentOverride segment(String value) {
      return set("Segment", Value.of(value));
    }

    /** Sets {@code Segment} to this value; see {@link #segment(String)}. */
    public SegmentOverride segment(Value<String> value) {
      return set("Segment", value);
    }

    /**
     * The traffic allocation percentages among the feature variations to assign to this segment.
     * This is a set of key-value pairs. The keys are variation names. The values represent the
     * amount of traffic to allocate to that variation for this segment. This is expressed in
     * thousandths of a percent, so a weight of 50000 represents 50% of traffic.
     *
     * <p>Required. CloudFormation property {@code Weights}.
     */
    public SegmentOverride weights(List<GroupToWeight> value) {
      return set("Weights", Value.listOf(value));
    }

    /** Sets {@code Weights} to this value; see {@link #weights(List)}. */
    public SegmentOverride weights(Value<List<GroupToWeight>> value) {
      return set("Weights", value);
    }

    /** Sets {@code Weights} to a list of these; see {@link #weights(List)}. */
    public SegmentOverride weights(GroupToWeight... values) {
      return set("Weights", Value.list(values));
    }
  }

  /**
   * A structure that defines when each step of the launch is to start, and how much launch traffic
   * is to be allocated to each variation during each step.
   *
   * <p>Property type {@code AWS::Evidently::Launch.StepConfig}.
   */
  public static final class StepConfig extends Struct<StepConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::Evidently::Launch.StepConfig")
        .required("GroupWeights", "StartTime")
        .build();

    public StepConfig() {
      super(SCHEMA);
    }

    /**
     * An array of structures that define how much launch traffic to allocate to each launch group
     * during this step of the launch.
     *
     * <p>Required. CloudFormation property {@code GroupWeights}.
     */
    public StepConfig groupWeights(List<GroupToWeight> value) {
      return set("GroupWeights", Value.listOf(value));
    }

    /** Sets {@code GroupWeights} to this value; see {@link #groupWeights(List)}. */
    public StepConfig groupWeights(Value<List<GroupToWeight>> value) {
      return set("GroupWeights", value);
    }

    /** Sets {@code GroupWeights} to a list of these; see {@link #groupWeights(List)}. */
    public StepConfig groupWeights(GroupToWeight... values) {
      return set("GroupWeights", Value.list(values));
    }

    /**
     * An array of structures that you can use to specify different traffic splits for one or more
     * audience <em>segments</em> . A segment is a portion of your audience that share one or more
     * characteristics. Examples could be Chrome browser users, users in Europe, or Firefox browser
     * users in Europe who also fit other criteria that your application collects, such as age.
     *
     * <p>For more information, see <a
     * href="https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/CloudWatch-Evidently-segments.html">Use
     * segments to focus your audience</a> .
     *
     * <p>CloudFormation property {@code SegmentOverrides}.
     */
    public StepConfig segmentOverrides(List<SegmentOverride> value) {
      return set("SegmentOverrides", Value.listOf(value));
    }

    /** Sets {@code SegmentOverrides} to this value; see {@link #segmentOverrides(List)}. */
    public StepConfig segmentOverrides(Value<List<SegmentOverride>> value) {
      return set("SegmentOverrides", value);
    }

    /** Sets {@code SegmentOverrides} to a list of these; see {@link #segmentOverrides(List)}. */
    public StepConfig segmentOverrides(SegmentOverride... values) {
      return set("SegmentOverrides", Value.list(values));
    }

    /**
     * The date and time to start this step of the launch. Use UTC format,
     * <code>yyyy-MM-ddTHH:mm:ssZ</code> . For example, <code>2025-11-25T23:59:59Z</code>
     *
     * <p>Required. CloudFormation property {@code StartTime}.
     */
    public StepConfig startTime(String value) {
      return set("StartTime", Value.of(value));
    }

    /** Sets {@code StartTime} to this value; see {@link #startTime(String)}. */
    public StepConfig startTime(Value<String> value) {
      return set("StartTime", value);
    }
  }
}
