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
 * Creates or updates an Evidently <em>experiment</em> . Before you create an experiment, you must
 * create the feature to use for the experiment.
 *
 * <p>An experiment helps you make feature design decisions based on evidence and data. An
 * experiment can test as many as five variations at once. Evidently collects experiment data and
 * analyzes it by statistical methods, and provides clear recommendations about which variations
 * perform better.
 *
 * <p>CloudFormation type {@code AWS::Evidently::Experiment}.
 */
public final class Experiment extends Resource<Experiment> {
  private static final Schema SCHEMA = Schema.builder("AWS::Evidently::Experiment")
      .required("MetricGoals", "Name", "OnlineAbConfig", "Project", "Treatments")
      .constrain("Description", Constraint.of().minLength(0).maxLength(160))
      .constrain("Name", Constraint.of().pattern("[-a-zA-Z0-9._]*").minLength(1).maxLength(127))
      .constrain("Project", Constraint.of().pattern("([-a-zA-Z0-9._]*)|(arn:[^:]*:[^:]*:[^:]*:[^:]*:project/[-a-zA-Z0-9._]*)").minLength(0).maxLength(2048))
      .constrain("RandomizationSalt", Constraint.of().pattern(".*").minLength(0).maxLength(127))
      .constrain("SamplingRate", Constraint.of().minimum(0).maximum(100000))
      .constrain("Segment", Constraint.of().pattern("([-a-zA-Z0-9._]*)|(arn:[^:]*:[^:]*:[^:]*:[^:]*:segment/[-a-zA-Z0-9._]*)").minLength(0).maxLength(2048))
      .refYields("Arn")
      .attributes("Arn")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public Experiment(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * An optional description of the experiment.
   *
   * <p>Length: 0 to 160 characters. CloudFormation property {@code Description}.
   */
  public Experiment description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public Experiment description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * An array of structures that defines the metrics used for the experiment, and whether a higher
   * or lower value for each metric is the goal. You can use up to three metrics in an experiment.
   *
   * <p>Required. CloudFormation property {@code MetricGoals}.
   */
  public Experiment metricGoals(List<MetricGoalObject> value) {
    return set("MetricGoals", Value.listOf(value));
  }

  /** Sets {@code MetricGoals} to this value; see {@link #metricGoals(List)}. */
  public Experiment metricGoals(Value<List<MetricGoalObject>> value) {
    return set("MetricGoals", value);
  }

  /** Sets {@code MetricGoals} to a list of these; see {@link #metricGoals(List)}. */
  public Experiment metricGoals(MetricGoalObject... values) {
    return set("MetricGoals", Value.list(values));
  }

  /**
   * A name for the new experiment.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 127 characters. Pattern: {@code
   * [-a-zA-Z0-9._]*}. CloudFormation property {@code Name}.
   */
  public Experiment name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public Experiment name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * A structure that contains the configuration of which variation to use as the "control" version.
   * The "control" version is used for comparison with other variations. This structure also
   * specifies how much experiment traffic is allocated to each variation.
   *
   * <p>Required. CloudFormation property {@code OnlineAbConfig}.
   */
  public Experiment onlineAbConfig(Value<OnlineAbConfigObject> value) {
    return set("OnlineAbConfig", value);
  }

  /**
   * The name or the ARN of the project where this experiment is to be created.
   *
   * <p>Required. Changing it replaces the resource. Length: 0 to 2048 characters. Pattern: {@code
   * ([-a-zA-Z0-9._]*)|(arn:[^:]*:[^:]*:[^:]*:[^:]*:project/[-a-zA-Z0-9._]*)}. CloudFormation
   * property {@code Project}.
   */
  public Experiment project(String value) {
    return set("Project", Value.of(value));
  }

  /** Sets {@code Project} to this value; see {@link #project(String)}. */
  public Experiment project(Value<String> value) {
    return set("Project", value);
  }

  /**
   * When Evidently assigns a particular user session to an experiment, it must use a randomization
   * ID to determine which variation the user session is served. This randomization ID is a
   * combination of the entity ID and <code>randomizationSalt</code> . If you omit
   * <code>randomizationSalt</code> , Evidently uses the experiment name as the
   * <code>randomizationSalt</code> .
   *
   * <p>Length: 0 to 127 characters. Pattern: {@code .*}. CloudFormation property {@code
   * RandomizationSalt}.
   */
  public Experiment randomizationSalt(String value) {
    return set("RandomizationSalt", Value.of(value));
  }

  /** Sets {@code RandomizationSalt} to this value; see {@link #randomizationSalt(String)}. */
  public Experiment randomizationSalt(Value<String> value) {
    return set("RandomizationSalt", value);
  }

  /**
   * Set this to <code>true</code> to remove the segment that is associated with this experiment.
   * You can't use this parameter if the experiment is currently running.
   *
   * <p>CloudFormation property {@code RemoveSegment}.
   */
  public Experiment removeSegment(boolean value) {
    return set("RemoveSegment", Value.of(value));
  }

  /** Sets {@code RemoveSegment} to this value; see {@link #removeSegment(boolean)}. */
  public Experiment removeSegment(Value<Boolean> value) {
    return set("RemoveSegment", value);
  }

  /**
   * A structure that you can use to start and stop the experiment.
   *
   * <p>CloudFormation property {@code RunningStatus}.
   */
  public Experiment runningStatus(Value<RunningStatusObject> value) {
    return set("RunningStatus", value);
  }

  /**
   * The portion of the available audience that you want to allocate to this experiment, in
   * thousandths of a percent. The available audience is the total audience minus the audience that
   * you have allocated to overrides or current launches of this feature.
   *
   * <p>This is represented in thousandths of a percent. For example, specify 10,000 to allocate 10%
   * of the available audience.
   *
   * <p>Range: 0 to 100000. CloudFormation property {@code SamplingRate}.
   */
  public Experiment samplingRate(int value) {
    return set("SamplingRate", Value.of(value));
  }

  /** Sets {@code SamplingRate} to this value; see {@link #samplingRate(int)}. */
  public Experiment samplingRate(Value<Integer> value) {
    return set("SamplingRate", value);
  }

  /**
   * Specifies an audience <em>segment</em> to use in the experiment. When a segment is used in an
   * experiment, only user sessions that match the segment pattern are used in the experiment.
   *
   * <p>For more information, see <a
   * href="https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/CloudWatch-Evidently-segments.html#CloudWatch-Evidently-segments-syntax">Segment
   * rule pattern syntax</a> .
   *
   * <p>Length: 0 to 2048 characters. Pattern: {@code
   * ([-a-zA-Z0-9._]*)|(arn:[^:]*:[^:]*:[^:]*:[^:]*:segment/[-a-zA-Z0-9._]*)}. CloudFormation
   * property {@code Segment}.
   */
  public Experiment segment(String value) {
    return set("Segment", Value.of(value));
  }

  /** Sets {@code Segment} to this value; see {@link #segment(String)}. */
  public Experiment segment(Value<String> value) {
    return set("Segment", value);
  }

  /**
   * Assigns one or more tags (key-value pairs) to the experiment.
   *
   * <p>Tags can help you organize and categorize your resources. You can also use them to scope
   * user permissions by granting a user permission to access or change only resources with certain
   * tag values.
   *
   * <p>Tags don't have any semantic meaning to AWS and are interpreted strictly as strings of
   * characters.
   *
   * <p>You can associate as many as 50 tags with an experiment.
   *
   * <p>For more information, see <a
   * href="https://docs.aws.amazon.com/general/latest/gr/aws_tagging.html">Tagging AWS resources</a>
   * .
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public Experiment tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public Experiment tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public Experiment tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * An array of structures that describe the configuration of each feature variation used in the
   * experiment.
   *
   * <p>Required. CloudFormation property {@code Treatments}.
   */
  public Experiment treatments(List<TreatmentObject> value) {
    return set("Treatments", Value.listOf(value));
  }

  /** Sets {@code Treatments} to this value; see {@link #treatments(List)}. */
  public Experiment treatments(Value<List<TreatmentObject>> value) {
    return set("Treatments", value);
  }

  /** Sets {@code Treatments} to a list of these; see {@link #treatments(List)}. */
  public Experiment treatments(TreatmentObject... values) {
    return set("Treatments", Value.list(values));
  }

  /**
   * The ARN of the experiment. For example,
   * <code>arn:aws:evidently:us-west-2:0123455678912:project/myProject/experiment/myExperiment</code>
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * Use this structure to tell Evidently whether higher or lower values are desired for a metric
   * that is used in an experiment.
   *
   * <p>Property type {@code AWS::Evidently::Experiment.MetricGoalObject}.
   */
  public static final class MetricGoalObject extends Struct<MetricGoalObject> {
    private static final Schema SCHEMA = Schema.builder("AWS::Evidently::Experiment.MetricGoalObject")
        .required("DesiredChange", "EntityIdKey", "MetricName", "ValueKey")
        .allowed("DesiredChange", "INCREASE", "DECREASE")
        .constrain("MetricName", Constraint.of().pattern("^[\\S]+$").minLength(1).maxLength(255))
        .constrain("UnitLabel", Constraint.of().pattern(".*").minLength(1).maxLength(256))
        .build();

    public MetricGoalObject() {
      super(SCHEMA);
    }

    /**
     * <code>INCREASE</code> means that a variation with a higher number for this metric is
     * performing better.
     *
     * <p><code>DECREASE</code> means that a variation with a lower number for this metric is
     * performing better.
     *
     * <p>Required. Allowed values: {@code INCREASE}, {@code DECREASE}. CloudFormation property
     * {@code DesiredChange}.
     */
    public MetricGoalObject desiredChange(String value) {
      return set("DesiredChange", Value.of(value));
    }

    /** Sets {@code DesiredChange} to this value; see {@link #desiredChange(String)}. */
    public MetricGoalObject desiredChange(Value<String> value) {
      return set("DesiredChange", value);
    }

    /**
     * The entity, such as a user or session, that does an action that causes a metric value to be
     * recorded. An example is <code>userDetails.userID</code> .
     *
     * <p>Required. CloudFormation property {@code EntityIdKey}.
     */
    public MetricGoalObject entityIdKey(String value) {
      return set("EntityIdKey", Value.of(value));
    }

    /** Sets {@code EntityIdKey} to this value; see {@link #entityIdKey(String)}. */
    public MetricGoalObject entityIdKey(Value<String> value) {
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
    public MetricGoalObject eventPattern(String value) {
      return set("EventPattern", Value.of(value));
    }

    /** Sets {@code EventPattern} to this value; see {@link #eventPattern(String)}. */
    public MetricGoalObject eventPattern(Value<String> value) {
      return set("EventPattern", value);
    }

    /**
     * A name for the metric. It can include up to 255 characters.
     *
     * <p>Required. Length: 1 to 255 characters. Pattern: {@code ^[&#92;S]+$}. CloudFormation
     * property {@code MetricName}.
     */
    public MetricGoalObject metricName(String value) {
      return set("MetricName", Value.of(value));
    }

    /** Sets {@code MetricName} to this value; see {@link #metricName(String)}. */
    public MetricGoalObject metricName(Value<String> value) {
      return set("MetricName", value);
    }

    /**
     * A label for the units that the metric is measuring.
     *
     * <p>Length: 1 to 256 characters. Pattern: {@code .*}. CloudFormation property {@code
     * UnitLabel}.
     */
    public MetricGoalObject unitLabel(String value) {
      return set("UnitLabel", Value.of(value));
    }

    /** Sets {@code UnitLabel} to this value; see {@link #unitLabel(String)}. */
    public MetricGoalObject unitLabel(Value<String> value) {
      return set("UnitLabel", value);
    }

    /**
     * The JSON path to reference the numerical metric value in the event.
     *
     * <p>Required. CloudFormation property {@code ValueKey}.
     */
    public MetricGoalObject valueKey(String value) {
      return set("ValueKey", Value.of(value));
    }

    /** Sets {@code ValueKey} to this value; see {@link #valueKey(String)}. */
    public MetricGoalObject valueKey(Value<String> value) {
      return set("ValueKey", value);
    }
  }

  /**
   * A structure that contains the configuration of which variation to use as the "control" version.
   * The "control" version is used for comparison with other variations. This structure also
   * specifies how much experiment traffic is allocated to each variation.
   *
   * <p>Property type {@code AWS::Evidently::Experiment.OnlineAbConfigObject}.
   */
  public static final class OnlineAbConfigObject extends Struct<OnlineAbConfigObject> {
    private static final Schema SCHEMA = Schema.builder("AWS::Evidently::Experiment.OnlineAbConfigObject")
        .constrain("ControlTreatmentName", Constraint.of().pattern("[-a-zA-Z0-9._]*").minLength(1).maxLength(127))
        .build();

    public OnlineAbConfigObject() {
      super(SCHEMA);
    }

    /**
     * The name of the variation that is to be the default variation that the other variations are
     * compared to.
     *
     * <p>Length: 1 to 127 characters. Pattern: {@code [-a-zA-Z0-9._]*}. CloudFormation property
     * {@code ControlTreatmentName}.
     */
    public OnlineAbConfigObject controlTreatmentName(String value) {
      return set("ControlTreatmentName", Value.of(value));
    }

    /**
     * Sets {@code ControlTreatmentName} to this value; see {@link #controlTreatmentName(String)}.
     */
    public OnlineAbConfigObject controlTreatmentName(Value<String> value) {
      return set("ControlTreatmentName", value);
    }

    /**
     * A set of key-value pairs. The keys are treatment names, and the values are the portion of
     * experiment traffic to be assigned to that treatment. Specify the traffic portion in
     * thousandths of a percent, so 20,000 for a variation would allocate 20% of the experiment
     * traffic to that variation.
     *
     * <p>CloudFormation property {@code TreatmentWeights}.
     */
    public OnlineAbConfigObject treatmentWeights(List<TreatmentToWeight> value) {
      return set("TreatmentWeights", Value.listOf(value));
    }

    /** Sets {@code TreatmentWeights} to this value; see {@link #treatmentWeights(List)}. */
    public OnlineAbConfigObject treatmentWeights(Value<List<TreatmentToWeight>> value) {
      return set("TreatmentWeights", value);
    }

    /** Sets {@code TreatmentWeights} to a list of these; see {@link #treatmentWeights(List)}. */
    public OnlineAbConfigObject treatmentWeights(TreatmentToWeight... values) {
      return set("TreatmentWeights", Value.list(values));
    }
  }

  /**
   * Use this structure to start and stop the experiment.
   *
   * <p>Property type {@code AWS::Evidently::Experiment.RunningStatusObject}.
   */
  public static final class RunningStatusObject extends Struct<RunningStatusObject> {
    private static final Schema SCHEMA = Schema.builder("AWS::Evidently::Experiment.RunningStatusObject")
        .required("Status")
        .constrain("DesiredState", Constraint.of().pattern("^(CANCELLED|COMPLETED)"))
        .build();

    public RunningStatusObject() {
      super(SCHEMA);
    }

    /**
     * If you are using CloudFormation to start the experiment, use this field to specify when the
     * experiment is to end. The format is as a UNIX timestamp. For more information about this
     * format, see <a href="https://docs.aws.amazon.com/https://www.unixtimestamp.com/index.php">The
     * Current Epoch Unix Timestamp</a> .
     *
     * <p>CloudFormation property {@code AnalysisCompleteTime}.
     */
    public RunningStatusObject analysisCompleteTime(String value) {
      return set("AnalysisCompleteTime", Value.of(value));
    }

    /**
     * Sets {@code AnalysisCompleteTime} to this value; see {@link #analysisCompleteTime(String)}.
     */
    public RunningStatusObject analysisCompleteTime(Value<String> value) {
      return set("AnalysisCompleteTime", value);
    }

    /**
     * If you are using CloudFormation to stop this experiment, specify either
     * <code>COMPLETED</code> or <code>CANCELLED</code> here to indicate how to classify this
     * experiment.
     *
     * <p>Pattern: {@code ^(CANCELLED|COMPLETED)}. CloudFormation property {@code DesiredState}.
     */
    public RunningStatusObject desiredState(String value) {
      return set("DesiredState", Value.of(value));
    }

    /** Sets {@code DesiredState} to this value; see {@link #desiredState(String)}. */
    public RunningStatusObject desiredState(Value<String> value) {
      return set("DesiredState", value);
    }

    /**
     * If you are using CloudFormation to stop this experiment, this is an optional field that you
     * can use to record why the experiment is being stopped or cancelled.
     *
     * <p>CloudFormation property {@code Reason}.
     */
    public RunningStatusObject reason(String value) {
      return set("Reason", Value.of(value));
    }

    /** Sets {@code Reason} to this value; see {@link #reason(String)}. */
    public RunningStatusObject reason(Value<String> value) {
      return set("Reason", value);
    }

    /**
     * To start the experiment now, specify <code>START</code> for this parameter. If this
     * experiment is currently running and you want to stop it now, specify <code>STOP</code> .
     *
     * <p>Required. CloudFormation property {@code Status}.
     */
    public RunningStatusObject status(String value) {
      return set("Status", Value.of(value));
    }

    /** Sets {@code Status} to this value; see {@link #status(String)}. */
    public RunningStatusObject status(Value<String> value) {
      return set("Status", value);
    }
  }

  /**
   * A structure that defines one treatment in an experiment. A treatment is a variation of the
   * feature that you are including in the experiment.
   *
   * <p>Property type {@code AWS::Evidently::Experiment.TreatmentObject}.
   */
  public static final class TreatmentObject extends Struct<TreatmentObject> {
    private static final Schema SCHEMA = Schema.builder("AWS::Evidently::Experiment.TreatmentObject")
        .required("Feature", "TreatmentName", "Variation")
        .constrain("Feature", Constraint.of().pattern("([-a-zA-Z0-9._]*)|(arn:[^:]*:[^:]*:[^:]*:[^:]*:.*)"))
        .constrain("TreatmentName", Constraint.of().pattern("[-a-zA-Z0-9._]*").minLength(1).maxLength(127))
        .constrain("Variation", Constraint.of().pattern("[-a-zA-Z0-9._]*").minLength(1).maxLength(255))
        .build();

    public TreatmentObject() {
      super(SCHEMA);
    }

    /**
     * The description of the treatment.
     *
     * <p>CloudFormation property {@code Description}.
     */
    public TreatmentObject description(String value) {
      return set("Description", Value.of(value));
    }

    /** Sets {@code Description} to this value; see {@link #description(String)}. */
    public TreatmentObject description(Value<String> value) {
      return set("Description", value);
    }

    /**
     * The name of the feature for this experiment.
     *
     * <p>Required. Pattern: {@code ([-a-zA-Z0-9._]*)|(arn:[^:]*:[^:]*:[^:]*:[^:]*:.*)}.
     * CloudFormation property {@code Feature}.
     */
    public TreatmentObject feature(String value) {
      return set("Feature", Value.of(value));
    }

    /** Sets {@code Feature} to this value; see {@link #feature(String)}. */
    public TreatmentObject feature(Value<String> value) {
      return set("Feature", value);
    }

    /**
     * A name for this treatment. It can include up to 127 characters.
     *
     * <p>Required. Length: 1 to 127 characters. Pattern: {@code [-a-zA-Z0-9._]*}. CloudFormation
     * property {@code TreatmentName}.
     */
    public TreatmentObject treatmentName(String value) {
      return set("TreatmentName", Value.of(value));
    }

    /** Sets {@code TreatmentName} to this value; see {@link #treatmentName(String)}. */
    public TreatmentObject treatmentName(Value<String> value) {
      return set("TreatmentName", value);
    }

    /**
     * The name of the variation to use for this treatment.
     *
     * <p>Required. Length: 1 to 255 characters. Pattern: {@code [-a-zA-Z0-9._]*}. CloudFormation
     * property {@code Variation}.
     */
    public TreatmentObject variation(String value) {
      return set("Variation", Value.of(value));
    }

    /** Sets {@code Variation} to this value; see {@link #variation(String)}. */
    public TreatmentObject variation(Value<String> value) {
      return set("Variation", value);
    }
  }

  /**
   * This structure defines how much experiment traffic to allocate to one treatment used in the
   * experiment.
   *
   * <p>Property type {@code AWS::Evidently::Experiment.TreatmentToWeight}.
   */
  public static final class TreatmentToWeight extends Struct<TreatmentToWeight> {
    private static final Schema SCHEMA = Schema.builder("AWS::Evidently::Experiment.TreatmentToWeight")
        .required("SplitWeight", "Treatment")
        .constrain("SplitWeight", Constraint.of().minimum(0).maximum(100000))
        .constrain("Treatment", Constraint.of().pattern("[-a-zA-Z0-9._]*").minLength(1).maxLength(127))
        .build();

    public TreatmentToWeight() {
      super(SCHEMA);
    }

    /**
     * The portion of experiment traffic to allocate to this treatment. Specify the traffic portion
     * in thousandths of a percent, so 20,000 allocated to a treatment would allocate 20% of the
     * experiment traffic to that treatment.
     *
     * <p>Required. Range: 0 to 100000. CloudFormation property {@code SplitWeight}.
     */
    public TreatmentToWeight splitWeight(int value) {
      return set("SplitWeight", Value.of(value));
    }

    /** Sets {@code SplitWeight} to this value; see {@link #splitWeight(int)}. */
    public TreatmentToWeight splitWeight(Value<Integer> value) {
      return set("SplitWeight", value);
    }

    /**
     * The name of the treatment.
     *
     * <p>Required. Length: 1 to 127 characters. Pattern: {@code [-a-zA-Z0-9._]*}. CloudFormation
     * property {@code Treatment}.
     */
    public TreatmentToWeight treatment(String value) {
      return set("Treatment", Value.of(value));
    }

    /** Sets {@code Treatment} to this value; see {@link #treatment(String)}. */
    public TreatmentToWeight treatment(Value<String> value) {
      return set("Treatment", value);
    }
  }
}
