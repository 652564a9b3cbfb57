// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.ivs;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * The <code>AWS::IVS::Stage</code> resource specifies an stage. A stage is a virtual space where
 * participants can exchange video in real time. For more information, see <a
 * href="https://docs.aws.amazon.com/ivs/latest/RealTimeAPIReference/API_CreateStage.html">CreateStage</a>
 * in the <em>Amazon IVS Real-Time Streaming API Reference</em> .
 *
 * <p>CloudFormation type {@code AWS::IVS::Stage}.
 */
public final class Stage extends Resource<Stage> {
  private static final Schema SCHEMA = Schema.builder("AWS::IVS::Stage")
      .constrain("Name", Constraint.of().pattern("^[a-zA-Z0-9-_]*$").minLength(0).maxLength(128))
      .refYields("Arn")
      .attributes("ActiveSessionId", "Arn")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public Stage(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * Configuration object for individual participant recording.
   *
   * <p>CloudFormation property {@code AutoParticipantRecordingConfiguration}.
   */
  public Stage autoParticipantRecordingConfiguration(Value<AutoParticipantRecordingConfiguration> value) {
    return set("AutoParticipantRecordingConfiguration", value);
  }

  /**
   * Stage name.
   *
   * <p>Length: 0 to 128 characters. Pattern: {@code ^[a-zA-Z0-9-_]*$}. CloudFormation property
   * {@code Name}.
   */
  public Stage name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public Stage name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * An array of key-value pairs to apply to this resource.
   *
   * <p>For more information, see <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-ivs-stage-tag.html">Tag</a>
   * .
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public Stage tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public Stage tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public Stage tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * ID of the active session within the stage. For example: <code>st-a1b2c3d4e5f6g</code>
   *
   * <p>{@code Fn::GetAtt} attribute {@code ActiveSessionId}.
   */
  public Value<String> activeSessionId() {
    return getAtt("ActiveSessionId");
  }

  /**
   * The stage ARN. For example: <code>arn:aws:ivs:us-west-2:123456789012:stage/abcdABCDefgh</code>
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * The <code>AWS::IVS::AutoParticipantRecordingConfiguration</code> property type describes a
   * configuration for individual participant recording.
   *
   * <p>Property type {@code AWS::IVS::Stage.AutoParticipantRecordingConfiguration}.
   */
  public static final class AutoParticipantRecordingConfiguration extends Struct<AutoParticipantRecordingConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::IVS::Stage.AutoParticipantRecordingConfiguration")
        .required("StorageConfigurationArn")
        .allowed("MediaTypes", "AUDIO_VIDEO", "AUDIO_ONLY")
        .constrain("RecordingReconnectWindowSeconds", Constraint.of().minimum(0).maximum(300))
        .constrain("StorageConfigurationArn", Constraint.of().pattern("^$|^arn:aws:ivs:[a-z0-9-]+:[0-9]+:storage-configuration/[a-zA-Z0-9-]+$").minLength(0).maxLength(128))
        .build();

    public AutoParticipantRecordingConfiguration() {
      super(SCHEMA);
    }

    /**
     * HLS configuration object for individual participant recording.
     *
     * <p>CloudFormation property {@code HlsConfiguration}.
     */
    public AutoParticipantRecordingConfiguration hlsConfiguration(Value<HlsConfiguration> value) {
      return set("HlsConfiguration", value);
    }

    /**
     * Types of media to be recorded. Default: <code>AUDIO_VIDEO</code> .
     *
     * <p>Allowed values: {@code AUDIO_VIDEO}, {@code AUDIO_ONLY}. CloudFormation property {@code
     * MediaTypes}.
     */
    public AutoParticipantRecordingConfiguration mediaTypes(List<String> value) {
      return set("MediaTypes", Value.listOf(value));
    }

    /** Sets {@code MediaTypes} to this value; see {@link #mediaTypes(List)}. */
    public AutoParticipantRecordingConfiguration mediaTypes(Value<List<String>> value) {
      return set("MediaTypes", value);
    }

    /**
     * If a stage publisher disconnects and then reconnects within the specified interval, the
     * multiple recordings will be considered a single recording and merged together.
     *
     * <p>The default value is 0, which disables merging.
     *
     * <p>Range: 0 to 300. Default: {@code 0}. CloudFormation property {@code
     * RecordingReconnectWindowSeconds}.
     */
    public AutoParticipantRecordingConfiguration recordingReconnectWindowSeconds(int value) {
      return set("RecordingReconnectWindowSeconds", Value.of(value));
    }

    /**
     * Sets {@code RecordingReconnectWindowSeconds} to this value; see {@link
     * #recordingReconnectWindowSeconds(int)}.
     */
    public AutoParticipantRecordingConfiguration recordingReconnectWindowSeconds(Value<Integer> value) {
      return set("RecordingReconnectWindowSeconds", value);
    }

    /**
     * ARN of the StorageConfiguration resource to use for individual participant recording.
     * Default: "" (empty string, no storage configuration is specified). Individual participant
     * recording cannot be started unless a storage configuration is specified, when a Stage is
     * created or updated.
     *
     * <p>Required. Length: 0 to 128 characters. Pattern: {@code
     * ^$|^arn:aws:ivs:[a-z0-9-]+:[0-9]+:storage-configuration/[a-zA-Z0-9-]+$}. CloudFormation
     * property {@code StorageConfigurationArn}.
     */
    public AutoParticipantRecordingConfiguration storageConfigurationArn(String value) {
      return set("StorageConfigurationArn", Value.of(value));
    }

    /**
     * Sets {@code StorageConfigurationArn} to this value; see {@link
     * #storageConfigurationArn(String)}.
     */
    public AutoParticipantRecordingConfiguration storageConfigurationArn(Value<String> value) {
      return set("StorageConfigurationArn", value);
    }

    /**
     * A complex type that allows you to enable/disable the recording of thumbnails for individual
     * participant recording and modify the interval at which thumbnails are generated for the live
     * session.
     *
     * <p>CloudFormation property {@code ThumbnailConfiguration}.
     */
    public AutoParticipantRecordingConfiguration thumbnailConfiguration(Value<ThumbnailConfiguration> value) {
      return set("ThumbnailConfiguration", value);
    }
  }

  /**
   * Object specifying an HLS configuration for individual participant recording.
   *
   * <p>Property type {@code AWS::IVS::Stage.HlsConfiguration}.
   */
  public static final class HlsConfiguration extends Struct<HlsConfiguration> {
    private static final Schema SCHEMA = Schema.of("AWS::IVS::Stage.HlsConfiguration");

    public HlsConfiguration() {
      super(SCHEMA);
    }

    /**
     * Object specifying a configuration of participant HLS recordings for individual participant
     * recording.
     *
     * <p>CloudFormation property {@code ParticipantRecordingHlsConfiguration}.
     */
    public HlsConfiguration participantRecordingHlsConfiguration(Value<ParticipantRecordingHlsConfiguration> value) {
      return set("ParticipantRecordingHlsConfiguration", value);
    }
  }

  /**
   * Object specifying a configuration of participant HLS recordings for individual participant
   * recording.
   *
   * <p>Property type {@code AWS::IVS::Stage.ParticipantRecordingHlsConfiguration}.
   */
  public static final class ParticipantRecordingHlsConfiguration extends Struct<ParticipantRecordingHlsConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::IVS::Stage.ParticipantRecordingHlsConfiguration")
        .constrain("TargetSegmentDurationSeconds", Constraint.of().minimum(2).maximum(10))
        .build();

    public ParticipantRecordingHlsConfiguration() {
      super(SCHEMA);
    }

    /**
     * Defines the target duration for recorded segments generated when recording a stage
     * participant. Segments may have durations longer than the specified value when needed to
     * ensure each segment begins with a keyframe. Default: 6.
     *
     * <p>Range: 2 to 10. Default: {@code 6}. CloudFormation property {@code
     * TargetSegmentDurationSeconds}.
     */
    public ParticipantRecordingHlsConfiguration targetSegmentDurationSeconds(int value) {
      return set("TargetSegmentDurationSeconds", Value.of(value));
    }

    /**
     * Sets {@code TargetSegmentDurationSeconds} to this value; see {@link
     * #targetSegmentDurationSeconds(int)}.
     */
    public ParticipantRecordingHlsConfiguration targetSegmentDurationSeconds(Value<Integer> value) {
      return set("TargetSegmentDurationSeconds", value);
    }
  }

  /**
   * Object specifying a configuration of thumbnails for recorded video from an individual
   * participant.
   *
   * <p>Property type {@code AWS::IVS::Stage.ParticipantThumbnailConfiguration}.
   */
  public static final class ParticipantThumbnailConfiguration extends Struct<ParticipantThumbnailConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::IVS::Stage.ParticipantThumbnailConfiguration")
        .allowed("RecordingMode", "INTERVAL", "DISABLED")
        .allowed("Storage", "SEQUENTIAL", "LATEST")
        .constrain("TargetIntervalSeconds", Constraint.of().minimum(1).maximum(86400))
        .build();

    public ParticipantThumbnailConfiguration() {
      super(SCHEMA);
    }

    /**
     * Thumbnail recording mode. Default: <code>DISABLED</code> .
     *
     * <p>Allowed values: {@code INTERVAL}, {@code DISABLED}. Default: {@code "DISABLED"}.
     * CloudFormation property {@code RecordingMode}.
     */
    public ParticipantThumbnailConfiguration recordingMode(String value) {
      return set("RecordingMode", Value.of(value));
    }

    /** Sets {@code RecordingMode} to this value; see {@link #recordingMode(String)}. */
    public ParticipantThumbnailConfiguration recordingMode(Value<String> value) {
      return set("RecordingMode", value);
    }

    /**
     * Indicates the format in which thumbnails are recorded. <code>SEQUENTIAL</code> records all
     * generated thumbnails in a serial manner, to the media/thumbnails/high directory.
     * <code>LATEST</code> saves the latest thumbnail in media/latest_thumbnail/high/thumb.jpg and
     * overwrites it at the interval specified by <code>targetIntervalSeconds</code> . You can
     * enable both <code>SEQUENTIAL</code> and <code>LATEST</code> . Default:
     * <code>SEQUENTIAL</code> .
     *
     * <p>Allowed values: {@code SEQUENTIAL}, {@code LATEST}. CloudFormation property {@code
     * Storage}.
     */
    public ParticipantThumbnailConfiguration storage(List<String> value) {
      return set("Storage", Value.listOf(value));
    }

    /** Sets {@code Storage} to this value; see {@link #storage(List)}. */
    public ParticipantThumbnailConfiguration storage(Value<List<String>> value) {
      return set("Storage", value);
    }

    /**
     * The targeted thumbnail-generation interval in seconds. This is configurable only if
     * <code>recordingMode</code> is <code>INTERVAL</code> . Default: 60.
     *
     * <p>Range: 1 to 86400. Default: {@code 60}. CloudFormation property {@code
     * TargetIntervalSeconds}.
     */
    public ParticipantThumbnailConfiguration targetIntervalSeconds(int value) {
      return set("TargetIntervalSeconds", Value.of(value));
    }

    /**
     * Sets {@code TargetIntervalSeconds} to this value; see {@link #targetIntervalSeconds(int)}.
     */
    public ParticipantThumbnailConfiguration targetIntervalSeconds(Value<Integer> value) {
      return set("TargetIntervalSeconds", value);
    }
  }

  /**
   * An object representing a configuration of thumbnails for recorded video.
   *
   * <p>Property type {@code AWS::IVS::Stage.ThumbnailConfiguration}.
   */
  public static final class ThumbnailConfiguration extends Struct<ThumbnailConfiguration> {
    private static final Schema SCHEMA = Schema.of("AWS::IVS::Stage.ThumbnailConfiguration");

    public ThumbnailConfiguration() {
      super(SCHEMA);
    }

    /**
     * Object specifying a configuration of thumbnails for recorded video from an individual
     * participant.
     *
     * <p>CloudFormation property {@code ParticipantThumbnailConfiguration}.
     */
    public ThumbnailConfiguration participantThumbnailConfiguration(Value<ParticipantThumbnailConfiguration> value) {
      return set("ParticipantThumbnailConfiguration", value);
    }
  }
}
