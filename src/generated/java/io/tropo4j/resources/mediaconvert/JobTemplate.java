// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.mediaconvert;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Json;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * The AWS::MediaConvert::JobTemplate resource is an AWS Elemental MediaConvert resource type that
 * you can use to generate transcoding jobs.
 *
 * <p>When you declare this entity in your CloudFormation template, you pass in your transcoding job
 * settings in JSON or YAML format. This settings specification must be formed in a particular way
 * that conforms to AWS Elemental MediaConvert job validation. For more information about creating a
 * job template model for the <code>SettingsJson</code> property, see the Remarks section later in
 * this topic.
 *
 * <p>For information about job templates, see <a
 * href="https://docs.aws.amazon.com/mediaconvert/latest/ug/working-with-job-templates.html">Working
 * with AWS Elemental MediaConvert Job Templates</a> in the ** .
 *
 * <p>CloudFormation type {@code AWS::MediaConvert::JobTemplate}.
 */
public final class JobTemplate extends Resource<JobTemplate> {
  private static final Schema SCHEMA = Schema.builder("AWS::MediaConvert::JobTemplate")
      .required("SettingsJson")
      .constrain("Priority", Constraint.of().minimum(-50).maximum(50))
      .constrain("SettingsJson", Constraint.of().format("json"))
      .allowed("StatusUpdateInterval", "SECONDS_10", "SECONDS_12", "SECONDS_120", "SECONDS_15",
          "SECONDS_180", "SECONDS_20", "SECONDS_240", "SECONDS_30", "SECONDS_300", "SECONDS_360",
          "SECONDS_420", "SECONDS_480", "SECONDS_540", "SECONDS_60", "SECONDS_600")
      .constrain("Tags", Constraint.of().format("json"))
      .refYields("Name")
      .attributes("Arn", "Name")
      .tags("Tags", Schema.TagForm.MAP)
      .build();

  public JobTemplate(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * Accelerated transcoding can significantly speed up jobs with long, visually complex content.
   * Outputs that use this feature incur pro-tier pricing. For information about feature
   * limitations, For more information, see <a
   * href="https://docs.aws.amazon.com/mediaconvert/latest/ug/job-requirements.html">Job Limitations
   * for Accelerated Transcoding in AWS Elemental MediaConvert</a> in the <em>AWS Elemental
   * MediaConvert User Guide</em> .
   *
   * <p>CloudFormation property {@code AccelerationSettings}.
   */
  public JobTemplate accelerationSettings(Value<AccelerationSettings> value) {
    return set("AccelerationSettings", value);
  }

  /**
   * Optional. A category for the job template you are creating
   *
   * <p>CloudFormation property {@code Category}.
   */
  public JobTemplate category(String value) {
    return set("Category", Value.of(value));
  }

  /** Sets {@code Category} to this value; see {@link #category(String)}. */
  public JobTemplate category(Value<String> value) {
    return set("Category", value);
  }

  /**
   * Optional. A description of the job template you are creating.
   *
   * <p>CloudFormation property {@code Description}.
   */
  public JobTemplate description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public JobTemplate description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * Optional. Configuration for a destination queue to which the job can hop once a
   * customer-defined minimum wait time has passed. For more information, see <a
   * href="https://docs.aws.amazon.com/mediaconvert/latest/ug/setting-up-queue-hopping-to-avoid-long-waits.html">Setting
   * Up Queue Hopping to Avoid Long Waits</a> in the <em>AWS Elemental MediaConvert User Guide</em>
   * .
   *
   * <p>CloudFormation property {@code HopDestinations}.
   */
  public JobTemplate hopDestinations(List<HopDestination> value) {
    return set("HopDestinations", Value.listOf(value));
  }

  /** Sets {@code HopDestinations} to this value; see {@link #hopDestinations(List)}. */
  public JobTemplate hopDestinations(Value<List<HopDestination>> value) {
    return set("HopDestinations", value);
  }

  /** Sets {@code HopDestinations} to a list of these; see {@link #hopDestinations(List)}. */
  public JobTemplate hopDestinations(HopDestination... values) {
    return set("HopDestinations", Value.list(values));
  }

  /**
   * Name of the output group
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code Name}.
   */
  public JobTemplate name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public JobTemplate name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * Specify the relative priority for this job. In any given queue, the service begins processing
   * the job with the highest value first. When more than one job has the same priority, the service
   * begins processing the job that you submitted first. If you don't specify a priority, the
   * service uses the default value 0. Minimum: -50 Maximum: 50
   *
   * <p>Range: -50 to 50. CloudFormation property {@code Priority}.
   */
  public JobTemplate priority(int value) {
    return set("Priority", Value.of(value));
  }

  /** Sets {@code Priority} to this value; see {@link #priority(int)}. */
  public JobTemplate priority(Value<Integer> value) {
    return set("Priority", value);
  }

  /**
   * Optional. The queue that jobs created from this template are assigned to. Specify the Amazon
   * Resource Name (ARN) of the queue. For example,
   * arn:aws:mediaconvert:us-west-2:505474453218:queues/Default. If you don't specify this, jobs
   * will go to the default queue.
   *
   * <p>CloudFormation property {@code Queue}.
   */
  public JobTemplate queue(String value) {
    return set("Queue", Value.of(value));
  }

  /** Sets {@code Queue} to this value; see {@link #queue(String)}. */
  public JobTemplate queue(Value<String> value) {
    return set("Queue", value);
  }

  /**
   * Specify, in JSON format, the transcoding job settings for this job template. This specification
   * must conform to the AWS Elemental MediaConvert job validation. For information about forming
   * this specification, see the Remarks section later in this topic.
   *
   * <p>For more information about MediaConvert job templates, see <a
   * href="https://docs.aws.amazon.com/mediaconvert/latest/ug/working-with-job-templates.html">Working
   * with AWS Elemental MediaConvert Job Templates</a> in the ** .
   *
   * <p>Required. Format: {@code json}. CloudFormation property {@code SettingsJson}.
   */
  public JobTemplate settingsJson(Value<Json> value) {
    return set("SettingsJson", value);
  }

  /**
   * Specify how often MediaConvert sends STATUS_UPDATE events to Amazon CloudWatch Events. Set the
   * interval, in seconds, between status updates. MediaConvert sends an update at this interval
   * from the time the service begins processing your job to the time it completes the transcode or
   * encounters an error.
   *
   * <p>Specify one of the following enums:
   *
   * <p>SECONDS_10
   *
   * <p>SECONDS_12
   *
   * <p>SECONDS_15
   *
   * <p>SECONDS_20
   *
   * <p>SECONDS_30
   *
   * <p>SECONDS_60
   *
   * <p>SECONDS_120
   *
   * <p>SECONDS_180
   *
   * <p>SECONDS_240
   *
   * <p>SECONDS_300
   *
   * <p>SECONDS_360
   *
   * <p>SECONDS_420
   *
   * <p>SECONDS_480
   *
   * <p>SECONDS_540
   *
   * <p>SECONDS_600
   *
   * <p>Allowed values: {@code SECONDS_10}, {@code SECONDS_12}, {@code SECONDS_120}, {@code
   * SECONDS_15}, {@code SECONDS_180}, {@code SECONDS_20}, {@code SECONDS_240}, {@code SECONDS_30},
   * {@code SECONDS_300}, {@code SECONDS_360}, {@code SECONDS_420}, {@code SECONDS_480}, {@code
   * SECONDS_540}, {@code SECONDS_60}, {@code SECONDS_600}. CloudFormation property {@code
   * StatusUpdateInterval}.
   */
  public JobTemplate statusUpdateInterval(String value) {
    return set("StatusUpdateInterval", Value.of(value));
  }

  /** Sets {@code StatusUpdateInterval} to this value; see {@link #statusUpdateInterval(String)}. */
  public JobTemplate statusUpdateInterval(Value<String> value) {
    return set("StatusUpdateInterval", value);
  }

  /**
   * An array of key-value pairs to apply to this resource.
   *
   * <p>For more information, see <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-resource-tags.html">Tag</a>
   * .
   *
   * <p>Format: {@code json}. CloudFormation property {@code Tags}.
   */
  public JobTemplate tags(Value<Json> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a map of key to value; see {@link #tags(Value)}. */
  public JobTemplate tags(Tags tags) {
    return set("Tags", tags.asMap());
  }

  /**
   * The Amazon Resource Name (ARN) of the job template, such as
   * <code>arn:aws:mediaconvert:us-west-2:123456789012</code> .
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * The name of the job template, such as <code>Streaming stack DASH</code> .
   *
   * <p>{@code Fn::GetAtt} attribute {@code Name}.
   */
  public Value<String> name() {
    return getAtt("Name");
  }

  /**
   * Accelerated transcoding can significantly speed up jobs with long, visually complex content.
   * Outputs that use this feature incur pro-tier pricing. For information about feature
   * limitations, For more information, see <a
   * href="https://docs.aws.amazon.com/mediaconvert/latest/ug/job-requirements.html">Job Limitations
   * for Accelerated Transcoding in AWS Elemental MediaConvert</a> in the <em>AWS Elemental
   * MediaConvert User Guide</em> .
   *
   * <p>Property type {@code AWS::MediaConvert::JobTemplate.AccelerationSettings}.
   */
  public static final class AccelerationSettings extends Struct<AccelerationSettings> {
    private static final Schema SCHEMA = Schema.builder("AWS::MediaConvert::JobTemplate.AccelerationSettings")
        .required("Mode")
        .allowed("Mode", "DISABLED", "ENABLED", "PREFERRED")
        .build();

    public AccelerationSettings() {
      super(SCHEMA);
    }

    /**
     * Specify the conditions when the service will run your job with accelerated transcoding.
     *
     * <p>Required. Allowed values: {@code DISABLED}, {@code ENABLED}, {@code PREFERRED}.
     * CloudFormation property {@code Mode}.
     */
    public AccelerationSettings mode(String value) {
      return set("Mode", Value.of(value));
    }

    /** Sets {@code Mode} to this value; see {@link #mode(String)}. */
    public AccelerationSettings mode(Value<String> value) {
      return set("Mode", value);
    }
  }

  /**
   * Optional. Configuration for a destination queue to which the job can hop once a
   * customer-defined minimum wait time has passed. For more information, see <a
   * href="https://docs.aws.amazon.com/mediaconvert/latest/ug/setting-up-queue-hopping-to-avoid-long-waits.html">Setting
   * Up Queue Hopping to Avoid Long Waits</a> in the <em>AWS Elemental MediaConvert User Guide</em>
   * .
   *
   * <p>Property type {@code AWS::MediaConvert::JobTemplate.HopDestination}.
   */
  public static final class HopDestination extends Struct<HopDestination> {
    private static final Schema SCHEMA = Schema.builder("AWS::MediaConvert::JobTemplate.HopDestination")
        .constrain("Priority", Constraint.of().minimum(-50).maximum(50))
        .constrain("WaitMinutes", Constraint.of().minimum(1).maximum(4320))
        .build();

    public HopDestination() {
      super(SCHEMA);
    }

    /**
     * Optional. When you set up a job to use queue hopping, you can specify a different relative
     * priority for the job in the destination queue. If you don't specify, the relative priority
     * will remain the same as in the previous queue.
     *
     * <p>Range: -50 to 50. CloudFormation property {@code Priority}.
     */
    public HopDestination priority(int value) {
      return set("Priority", Value.of(value));
    }

    /** Sets {@code Priority} to this value; see {@link #priority(int)}. */
    public HopDestination priority(Value<Integer> value) {
      return set("Priority", value);
    }

    /**
     * Optional unless the job is submitted on the default queue. When you set up a job to use queue
     * hopping, you can specify a destination queue. This queue cannot be the original queue to
     * which the job is submitted. If the original queue isn't the default queue and you don't
     * specify the destination queue, the job will move to the default queue.
     *
     * <p>CloudFormation property {@code Queue}.
     */
    public HopDestination queue(String value) {
      return set("Queue", Value.of(value));
    }

    /** Sets {@code Queue} to this value; see {@link #queue(String)}. */
    public HopDestination queue(Value<String> value) {
      return set("Queue", value);
    }

    /**
     * Required for setting up a job to use queue hopping. Minimum wait time in minutes until the
     * job can hop to the destination queue. Valid range is 1 to 4320 minutes, inclusive.
     *
     * <p>Range: 1 to 4320. CloudFormation property {@code WaitMinutes}.
     */
    public HopDestination waitMinutes(int value) {
      return set("WaitMinutes", Value.of(value));
    }

    /** Sets {@code WaitMinutes} to this value; see {@link #waitMinutes(int)}. */
    public HopDestination waitMinutes(Value<Integer> value) {
      return set("WaitMinutes", value);
    }
  }
}
