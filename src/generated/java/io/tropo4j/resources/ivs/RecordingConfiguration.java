// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.ivs;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import io.tropo4j.resources.s3.Bucket;
import java.util.List;

/**
 * The <code>AWS::IVS::RecordingConfiguration</code> resource specifies an recording configuration.
 * A recording configuration enables the recording of a channel’s live streams to a data store.
 * Multiple channels can reference the same recording configuration. For more information, see <a
 * href="https://docs.aws.amazon.com/ivs/latest/LowLatencyAPIReference/API_RecordingConfiguration.html">RecordingConfiguration</a>
 * in the <em>Amazon IVS Low-Latency Streaming API Reference</em> .
 *
 * <p>CloudFormation type {@code AWS::IVS::RecordingConfiguration}.
 */
public final class RecordingConfiguration extends Resource<RecordingConfiguration> {
  private static final Schema SCHEMA = Schema.builder("AWS::IVS::RecordingConfiguration")
      .required("DestinationConfiguration")
      .constrain("Name", Constraint.of().pattern("^[a-zA-Z0-9-_]*$").minLength(0).maxLength(128))
      .constrain("RecordingReconnectWindowSeconds", Constraint.of().minimum(0).maximum(300))
      .refYields("Arn")
      .attributes("Arn", "State")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public RecordingConfiguration(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * A destination configuration describes an S3 bucket where recorded video will be stored. See the
   * DestinationConfiguration property type for more information.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code
   * DestinationConfiguration}.
   */
  public RecordingConfiguration destinationConfiguration(Value<DestinationConfiguration> value) {
    return set("DestinationConfiguration", value);
  }

  /**
   * Recording-configuration name. The value does not need to be unique.
   *
   * <p>Changing it replaces the resource. Length: 0 to 128 characters. Pattern: {@code
   * ^[a-zA-Z0-9-_]*$}. CloudFormation property {@code Name}.
   */
  public RecordingConfiguration name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public RecordingConfiguration name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * If a broadcast disconnects and then reconnects within the specified interval, the multiple
   * streams will be considered a single broadcast and merged together.
   *
   * <p><em>Default</em> : <code>0</code>
   *
   * <p>Changing it replaces the resource. Range: 0 to 300. Default: {@code 0}. CloudFormation
   * property {@code RecordingReconnectWindowSeconds}.
   */
  public RecordingConfiguration recordingReconnectWindowSeconds(int value) {
    return set("RecordingReconnectWindowSeconds", Value.of(value));
  }

  /**
   * Sets {@code RecordingReconnectWindowSeconds} to this value; see {@link
   * #recordingReconnectWindowSeconds(int)}.
   */
  public RecordingConfiguration recordingReconnectWindowSeconds(Value<Integer> value) {
    return set("RecordingReconnectWindowSeconds", value);
  }

  /**
   * A rendition configuration describes which renditions should be recorded for a stream. See the
   * RenditionConfiguration property type for more information.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code RenditionConfiguration}.
   */
  public RecordingConfiguration renditionConfiguration(Value<RenditionConfiguration> value) {
    return set("RenditionConfiguration", value);
  }

  /**
   * An array of key-value pairs to apply to this resource.
   *
   * <p>For more information, see <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-ivs-recordingconfiguration-tag.html">Tag</a>
   * .
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public RecordingConfiguration tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public RecordingConfiguration tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public RecordingConfiguration tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * A thumbnail configuration enables/disables the recording of thumbnails for a live session and
   * controls the interval at which thumbnails are generated for the live session. See the
   * ThumbnailConfiguration property type for more information.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code ThumbnailConfiguration}.
   */
  public RecordingConfiguration thumbnailConfiguration(Value<ThumbnailConfiguration> value) {
    return set("ThumbnailConfiguration", value);
  }

  /**
   * The recording configuration ARN. For example:
   * <code>arn:aws:ivs:us-west-2:123456789012:recording-configuration/abcdABCDefgh</code>
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * Indicates the current state of the recording configuration. When the state is
   * <code>ACTIVE</code> , the configuration is ready to record a channel stream. Valid values:
   * <code>CREATING</code> | <code>CREATE_FAILED</code> | <code>ACTIVE</code> .
   *
   * <p>{@code Fn::GetAtt} attribute {@code State}.
   */
  public Value<String> state() {
    return getAtt("State");
  }

  /**
   * The DestinationConfiguration property type describes the location where recorded videos will be
   * stored. Each member represents a type of destination configuration. For recording, you define
   * one and only one type of destination configuration.
   *
   * <p>Property type {@code AWS::IVS::RecordingConfiguration.DestinationConfiguration}.
   */
  public static final class DestinationConfiguration extends Struct<DestinationConfiguration> {
    private static final Schema SCHEMA = Schema.of("AWS::IVS::RecordingConfiguration.DestinationConfiguration");

    public DestinationConfiguration() {
      super(SCHEMA);
    }

    /**
     * An S3 destination configuration where recorded videos will be stored. See the <a
     * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-ivs-recordingconfiguration-s3destinationconfiguration.html">S3DestinationConfiguration</a>
     * property type for more information.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code S3}.
     */
    public DestinationConfiguration s3(Value<S3DestinationConfiguration> value) {
      return set("S3", value);
    }
  }

  /**
   * The RenditionConfiguration property type describes which renditions should be recorded for a
   * stream.
   *
   * <p>Property type {@code AWS::IVS::RecordingConfiguration.RenditionConfiguration}.
   */
  public static final class RenditionConfiguration extends Struct<RenditionConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::IVS::RecordingConfiguration.RenditionConfiguration")
        .allowed("RenditionSelection", "ALL", "NONE", "CUSTOM")
        .allowed("Renditions", "FULL_HD", "HD", "SD", "LOWEST_RESOLUTION")
        .build();

    public RenditionConfiguration() {
      super(SCHEMA);
    }

    /**
     * The set of renditions are recorded for a stream. For <code>BASIC</code> channels, the
     * <code>CUSTOM</code> value has no effect. If <code>CUSTOM</code> is specified, a set of
     * renditions can be specified in the <code>renditions</code> field. Default: <code>ALL</code> .
     *
     * <p>Changing it replaces the resource. Allowed values: {@code ALL}, {@code NONE}, {@code
     * CUSTOM}. Default: {@code "ALL"}. CloudFormation property {@code RenditionSelection}.
     */
    public RenditionConfiguration renditionSelection(String value) {
      return set("RenditionSelection", Value.of(value));
    }

    /** Sets {@code RenditionSelection} to this value; see {@link #renditionSelection(String)}. */
    public RenditionConfiguration renditionSelection(Value<String> value) {
      return set("RenditionSelection", value);
    }

    /**
     * A list of which renditions are recorded for a stream, if <code>renditionSelection</code> is
     * <code>CUSTOM</code> ; otherwise, this field is irrelevant. The selected renditions are
     * recorded if they are available during the stream. If a selected rendition is unavailable, the
     * best available rendition is recorded. For details on the resolution dimensions of each
     * rendition, see <a
     * href="https://docs.aws.amazon.com//ivs/latest/LowLatencyUserGuide/record-to-s3.html">Auto-Record
     * to Amazon S3</a> .
     *
     * <p>Changing it replaces the resource. Allowed values: {@code FULL_HD}, {@code HD}, {@code
     * SD}, {@code LOWEST_RESOLUTION}. CloudFormation property {@code Renditions}.
     */
    public RenditionConfiguration renditions(List<String> value) {
      return set("Renditions", Value.listOf(value));
    }

    /** Sets {@code Renditions} to this value; see {@link #renditions(List)}. */
    public RenditionConfiguration renditions(Value<List<String>> value) {
      return set("Renditions", value);
    }
  }

  /**
   * The S3DestinationConfiguration property type describes an S3 location where recorded videos
   * will be stored.
   *
   * <p>Property type {@code AWS::IVS::RecordingConfiguration.S3DestinationConfiguration}.
   */
  public static final class S3DestinationConfiguration extends Struct<S3DestinationConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::IVS::RecordingConfiguration.S3DestinationConfiguration")
        .required("BucketName")
        .constrain("BucketName", Constraint.of().pattern("^[a-z0-9-.]+$").minLength(3).maxLength(63).format("AWS::S3::Bucket.Name"))
        .references("BucketName", "AWS::S3::Bucket.Ref")
        .build();

    public S3DestinationConfiguration() {
      super(SCHEMA);
    }

    /**
     * Location (S3 bucket name) where recorded videos will be stored.
     *
     * <p>Required. Changing it replaces the resource. Length: 3 to 63 characters. Pattern: {@code
     * ^[a-z0-9-.]+$}. Format: {@code AWS::S3::Bucket.Name}. CloudFormation property {@code
     * BucketName}.
     */
    public S3DestinationConfiguration bucketName(String value) {
      return set("BucketName", Value.of(value));
    }

    /** Sets {@code BucketName} to this value; see {@link #bucketName(String)}. */
    public S3DestinationConfiguration bucketName(Value<String> value) {
      return set("BucketName", value);
    }

    /**
     * Sets {@code BucketName} to the Ref of {@code AWS::S3::Bucket}; see {@link
     * #bucketName(String)}.
     */
    public S3DestinationConfiguration bucketName(Bucket resource) {
      return set("BucketName", resource.ref());
    }
  }

  /**
   * The ThumbnailConfiguration property type describes a configuration of thumbnails for recorded
   * video.
   *
   * <p>Property type {@code AWS::IVS::RecordingConfiguration.ThumbnailConfiguration}.
   */
  public static final class ThumbnailConfiguration extends Struct<ThumbnailConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::IVS::RecordingConfiguration.ThumbnailConfiguration")
        .allowed("RecordingMode", "INTERVAL", "DISABLED")
        .allowed("Resolution", "FULL_HD", "HD", "SD", "LOWEST_RESOLUTION")
        .allowed("Storage", "SEQUENTIAL", "LATEST")
        .constrain("TargetIntervalSeconds", Constraint.of().minimum(1).maximum(60))
        .build();

    public ThumbnailConfiguration() {
      super(SCHEMA);
    }

    /**
     * Thumbnail recording mode. Valid values:
     *
     * <ul> <li><code>DISABLED</code> : Use DISABLED to disable the generation of thumbnails for
     * recorded video. <li><code>INTERVAL</code> : Use INTERVAL to enable the generation of
     * thumbnails for recorded video at a time interval controlled by the <a
     * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-ivs-recordingconfiguration-thumbnailconfiguration.html#cfn-ivs-recordingconfiguration-thumbnailconfiguration-targetintervalseconds">TargetIntervalSeconds</a>
     * property. </ul>
     *
     * <p><em>Default</em> : <code>INTERVAL</code>
     *
     * <p>Changing it replaces the resource. Allowed values: {@code INTERVAL}, {@code DISABLED}.
     * Default: {@code "INTERVAL"}. CloudFormation property {@code RecordingMode}.
     */
    public ThumbnailConfiguration recordingMode(String value) {
      return set("RecordingMode", Value.of(value));
    }

    /** Sets {@code RecordingMode} to this value; see {@link #recordingMode(String)}. */
    public ThumbnailConfiguration recordingMode(Value<String> value) {
      return set("RecordingMode", value);
    }

    /**
     * The desired resolution of recorded thumbnails for a stream. Thumbnails are recorded at the
     * selected resolution if the corresponding rendition is available during the stream; otherwise,
     * they are recorded at source resolution. For more information about resolution values and
     * their corresponding height and width dimensions, see <a
     * href="https://docs.aws.amazon.com//ivs/latest/LowLatencyUserGuide/record-to-s3.html">Auto-Record
     * to Amazon S3</a> .
     *
     * <p>Changing it replaces the resource. Allowed values: {@code FULL_HD}, {@code HD}, {@code
     * SD}, {@code LOWEST_RESOLUTION}. CloudFormation property {@code Resolution}.
     */
    public ThumbnailConfiguration resolution(String value) {
      return set("Resolution", Value.of(value));
    }

    /** Sets {@code Resolution} to this value; see {@link #resolution(String)}. */
    public ThumbnailConfiguration resolution(Value<String> value) {
      return set("Resolution", value);
    }

    /**
     * The format in which thumbnails are recorded for a stream. <code>SEQUENTIAL</code> records all
     * generated thumbnails in a serial manner, to the media/thumbnails directory.
     * <code>LATEST</code> saves the latest thumbnail in media/thumbnails/latest/thumb.jpg and
     * overwrites it at the interval specified by <code>targetIntervalSeconds</code> . You can
     * enable both <code>SEQUENTIAL</code> and <code>LATEST</code> . Default:
     * <code>SEQUENTIAL</code> .
     *
     * <p>Changing it replaces the resource. Allowed values: {@code SEQUENTIAL}, {@code LATEST}.
     * CloudFormation property {@code Storage}.
     */
    public ThumbnailConfiguration storage(List<String> value) {
      return set("Storage", Value.listOf(value));
    }

    /** Sets {@code Storage} to this value; see {@link #storage(List)}. */
    public ThumbnailConfiguration storage(Value<List<String>> value) {
      return set("Storage", value);
    }

    /**
     * The targeted thumbnail-generation interval in seconds. This is configurable (and required)
     * only if <a
     * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-ivs-recordingconfiguration-thumbnailconfiguration.html#cfn-ivs-recordingconfiguration-thumbnailconfiguration-recordingmode">RecordingMode</a>
     * is <code>INTERVAL</code> .
     *
     * <p>Setting a value for <code>TargetIntervalSeconds</code> does not guarantee that thumbnails
     * are generated at the specified interval. For thumbnails to be generated at the
     * <code>TargetIntervalSeconds</code> interval, the <code>IDR/Keyframe</code> value for the
     * input video must be less than the <code>TargetIntervalSeconds</code> value. See <a
     * href="https://docs.aws.amazon.com/ivs/latest/LowLatencyUserGuide/streaming-config.html">Amazon
     * IVS Streaming Configuration</a> for information on setting <code>IDR/Keyframe</code> to the
     * recommended value in video-encoder settings.
     *
     * <p><em>Default</em> : 60
     *
     * <p>Changing it replaces the resource. Range: 1 to 60. Default: {@code 60}. CloudFormation
     * property {@code TargetIntervalSeconds}.
     */
    public ThumbnailConfiguration targetIntervalSeconds(int value) {
      return set("TargetIntervalSeconds", Value.of(value));
    }

    /**
     * Sets {@code TargetIntervalSeconds} to this value; see {@link #targetIntervalSeconds(int)}.
     */
    public ThumbnailConfiguration targetIntervalSeconds(Value<Integer> value) {
      return set("TargetIntervalSeconds", value);
    }
  }
}
