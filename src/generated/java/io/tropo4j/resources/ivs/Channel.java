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
 * The <code>AWS::IVS::Channel</code> resource specifies an channel. A channel stores configuration
 * information related to your live stream. For more information, see <a
 * href="https://docs.aws.amazon.com/ivs/latest/LowLatencyAPIReference/API_CreateChannel.html">CreateChannel</a>
 * in the <em>Amazon IVS Low-Latency Streaming API Reference</em> .
 *
 * <p>By default, the IVS API CreateChannel endpoint creates a stream key in addition to a channel.
 * The Channel resource <em>does not</em> create a stream key; to create a stream key, use the
 * StreamKey resource instead.
 *
 * <p>CloudFormation type {@code AWS::IVS::Channel}.
 */
public final class Channel extends Resource<Channel> {
  private static final Schema SCHEMA = Schema.builder("AWS::IVS::Channel")
      .allowed("ContainerFormat", "TS", "FRAGMENTED_MP4")
      .allowed("LatencyMode", "NORMAL", "LOW")
      .constrain("Name", Constraint.of().pattern("^[a-zA-Z0-9-_]*$").minLength(0).maxLength(128))
      .allowed("Preset", "", "HIGHER_BANDWIDTH_DELIVERY", "CONSTRAINED_BANDWIDTH_DELIVERY")
      .constrain("RecordingConfigurationArn", Constraint.of().pattern("^$|arn:aws:ivs:[a-z0-9-]+:[0-9]+:recording-configuration/[a-zA-Z0-9-]+$").minLength(0).maxLength(128))
      .references("RecordingConfigurationArn", "AWS::IVS::RecordingConfiguration.Ref")
      .allowed("Type", "STANDARD", "BASIC", "ADVANCED_SD", "ADVANCED_HD")
      .refYields("Arn")
      .attributes("Arn", "IngestEndpoint", "PlaybackUrl")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public Channel(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * Whether the channel is authorized.
   *
   * <p><em>Default</em> : <code>false</code>
   *
   * <p>Default: {@code false}. CloudFormation property {@code Authorized}.
   */
  public Channel authorized(boolean value) {
    return set("Authorized", Value.of(value));
  }

  /** Sets {@code Authorized} to this value; see {@link #authorized(boolean)}. */
  public Channel authorized(Value<Boolean> value) {
    return set("Authorized", value);
  }

  /**
   * Indicates which content-packaging format is used (MPEG-TS or fMP4). If
   * <code>multitrackInputConfiguration</code> is specified and <code>enabled</code> is
   * <code>true</code> , then <code>containerFormat</code> is required and must be set to
   * <code>FRAGMENTED_MP4</code> . Otherwise, <code>containerFormat</code> may be set to
   * <code>TS</code> or <code>FRAGMENTED_MP4</code> . Default: <code>TS</code> .
   *
   * <p>Allowed values: {@code TS}, {@code FRAGMENTED_MP4}. Default: {@code "TS"}. CloudFormation
   * property {@code ContainerFormat}.
   */
  public Channel containerFormat(String value) {
    return set("ContainerFormat", Value.of(value));
  }

  /** Sets {@code ContainerFormat} to this value; see {@link #containerFormat(String)}. */
  public Channel containerFormat(Value<String> value) {
    return set("ContainerFormat", value);
  }

  /**
   * Whether the channel allows insecure RTMP ingest.
   *
   * <p><em>Default</em> : <code>false</code>
   *
   * <p>Default: {@code false}. CloudFormation property {@code InsecureIngest}.
   */
  public Channel insecureIngest(boolean value) {
    return set("InsecureIngest", Value.of(value));
  }

  /** Sets {@code InsecureIngest} to this value; see {@link #insecureIngest(boolean)}. */
  public Channel insecureIngest(Value<Boolean> value) {
    return set("InsecureIngest", value);
  }

  /**
   * Channel latency mode. Valid values:
   *
   * <ul> <li><code>NORMAL</code> : Use NORMAL to broadcast and deliver live video up to Full HD.
   * <li><code>LOW</code> : Use LOW for near real-time interactions with viewers. </ul>
   *
   * <p>In the console, <code>LOW</code> and <code>NORMAL</code> correspond to
   * <code>Ultra-low</code> and <code>Standard</code> , respectively.
   *
   * <p><em>Default</em> : <code>LOW</code>
   *
   * <p>Allowed values: {@code NORMAL}, {@code LOW}. Default: {@code "LOW"}. CloudFormation property
   * {@code LatencyMode}.
   */
  public Channel latencyMode(String value) {
    return set("LatencyMode", Value.of(value));
  }

  /** Sets {@code LatencyMode} to this value; see {@link #latencyMode(String)}. */
  public Channel latencyMode(Value<String> value) {
    return set("LatencyMode", value);
  }

  /**
   * Object specifying multitrack input configuration. Default: no multitrack input configuration is
   * specified.
   *
   * <p>CloudFormation property {@code MultitrackInputConfiguration}.
   */
  public Channel multitrackInputConfiguration(Value<MultitrackInputConfiguration> value) {
    return set("MultitrackInputConfiguration", value);
  }

  /**
   * Channel name.
   *
   * <p>Length: 0 to 128 characters. Pattern: {@code ^[a-zA-Z0-9-_]*$}. Default: {@code "-"}.
   * CloudFormation property {@code Name}.
   */
  public Channel name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public Channel name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * An optional transcode preset for the channel. This is selectable only for
   * <code>ADVANCED_HD</code> and <code>ADVANCED_SD</code> channel types. For those channel types,
   * the default preset is <code>HIGHER_BANDWIDTH_DELIVERY</code> . For other channel types (
   * <code>BASIC</code> and <code>STANDARD</code> ), <code>preset</code> is the empty string ("").
   *
   * <p>Allowed values: {@code }, {@code HIGHER_BANDWIDTH_DELIVERY}, {@code
   * CONSTRAINED_BANDWIDTH_DELIVERY}. CloudFormation property {@code Preset}.
   */
  public Channel preset(String value) {
    return set("Preset", Value.of(value));
  }

  /** Sets {@code Preset} to this value; see {@link #preset(String)}. */
  public Channel preset(Value<String> value) {
    return set("Preset", value);
  }

  /**
   * The ARN of a RecordingConfiguration resource. An empty string indicates that recording is
   * disabled for the channel. A RecordingConfiguration ARN indicates that recording is enabled
   * using the specified recording configuration. See the <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-ivs-recordingconfiguration.html">RecordingConfiguration</a>
   * resource for more information and an example.
   *
   * <p><em>Default</em> : "" (empty string, recording is disabled)
   *
   * <p>Length: 0 to 128 characters. Pattern: {@code
   * ^$|arn:aws:ivs:[a-z0-9-]+:[0-9]+:recording-configuration/[a-zA-Z0-9-]+$}. Default: {@code ""}.
   * CloudFormation property {@code RecordingConfigurationArn}.
   */
  public Channel recordingConfigurationArn(String value) {
    return set("RecordingConfigurationArn", Value.of(value));
  }

  /**
   * Sets {@code RecordingConfigurationArn} to this value; see {@link
   * #recordingConfigurationArn(String)}.
   */
  public Channel recordingConfigurationArn(Value<String> value) {
    return set("RecordingConfigurationArn", value);
  }

  /**
   * Sets {@code RecordingConfigurationArn} to the Ref of {@code AWS::IVS::RecordingConfiguration};
   * see {@link #recordingConfigurationArn(String)}.
   */
  public Channel recordingConfigurationArn(RecordingConfiguration resource) {
    return set("RecordingConfigurationArn", resource.ref());
  }

  /**
   * An array of key-value pairs to apply to this resource.
   *
   * <p>For more information, see <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-ivs-channel-tag.html">Tag</a>
   * .
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public Channel tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public Channel tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public Channel tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The channel type, which determines the allowable resolution and bitrate. <em>If you exceed the
   * allowable resolution or bitrate, the stream probably will disconnect immediately.</em> For
   * details, see <a
   * href="https://docs.aws.amazon.com/ivs/latest/LowLatencyAPIReference/channel-types.html">Channel
   * Types</a> .
   *
   * <p><em>Default</em> : <code>STANDARD</code>
   *
   * <p>Allowed values: {@code STANDARD}, {@code BASIC}, {@code ADVANCED_SD}, {@code ADVANCED_HD}.
   * Default: {@code "STANDARD"}. CloudFormation property {@code Type}.
   */
  public Channel typeProperty(String value) {
    return set("Type", Value.of(value));
  }

  /** Sets {@code Type} to this value; see {@link #typeProperty(String)}. */
  public Channel typeProperty(Value<String> value) {
    return set("Type", value);
  }

  /**
   * The channel ARN. For example:
   * <code>arn:aws:ivs:us-west-2:123456789012:channel/abcdABCDefgh</code>
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * Channel ingest endpoint, part of the definition of an ingest server, used when you set up
   * streaming software.
   *
   * <p>For example: <code>a1b2c3d4e5f6.global-contribute.live-video.net</code>
   *
   * <p>{@code Fn::GetAtt} attribute {@code IngestEndpoint}.
   */
  public Value<String> ingestEndpoint() {
    return getAtt("IngestEndpoint");
  }

  /**
   * Channel playback URL. For example:
   * <code>https://a1b2c3d4e5f6.us-west-2.playback.live-video.net/api/video/v1/us-west-2.123456789012.channel.abcdEFGH.m3u8</code>
   *
   * <p>{@code Fn::GetAtt} attribute {@code PlaybackUrl}.
   */
  public Value<String> playbackUrl() {
    return getAtt("PlaybackUrl");
  }

  /**
   * A complex type that specifies multitrack input configuration.
   *
   * <p>Property type {@code AWS::IVS::Channel.MultitrackInputConfiguration}.
   */
  public static final class MultitrackInputConfiguration extends Struct<MultitrackInputConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::IVS::Channel.MultitrackInputConfiguration")
        .allowed("MaximumResolution", "SD", "HD", "FULL_HD")
        .allowed("Policy", "ALLOW", "REQUIRE")
        .build();

    public MultitrackInputConfiguration() {
      super(SCHEMA);
    }

    /**
     * Indicates whether multitrack input is enabled. Can be set to <code>true</code> only if
     * channel type is <code>STANDARD</code> . Setting <code>enabled</code> to <code>true</code>
     * with any other channel type will cause an exception. If <code>true</code> , then
     * <code>policy</code> , <code>maximumResolution</code> , and <code>containerFormat</code> are
     * required, and <code>containerFormat</code> must be set to <code>FRAGMENTED_MP4</code> .
     * Default: <code>false</code> .
     *
     * <p>Default: {@code false}. CloudFormation property {@code Enabled}.
     */
    public MultitrackInputConfiguration enabled(boolean value) {
      return set("Enabled", Value.of(value));
    }

    /** Sets {@code Enabled} to this value; see {@link #enabled(boolean)}. */
    public MultitrackInputConfiguration enabled(Value<Boolean> value) {
      return set("Enabled", value);
    }

    /**
     * Maximum resolution for multitrack input. Required if <code>enabled</code> is
     * <code>true</code> .
     *
     * <p>Allowed values: {@code SD}, {@code HD}, {@code FULL_HD}. CloudFormation property {@code
     * MaximumResolution}.
     */
    public MultitrackInputConfiguration maximumResolution(String value) {
      return set("MaximumResolution", Value.of(value));
    }

    /** Sets {@code MaximumResolution} to this value; see {@link #maximumResolution(String)}. */
    public MultitrackInputConfiguration maximumResolution(Value<String> value) {
      return set("MaximumResolution", value);
    }

    /**
     * Indicates whether multitrack input is allowed or required. Required if <code>enabled</code>
     * is <code>true</code> .
     *
     * <p>Allowed values: {@code ALLOW}, {@code REQUIRE}. CloudFormation property {@code Policy}.
     */
    public MultitrackInputConfiguration policy(String value) {
      return set("Policy", Value.of(value));
    }

    /** Sets {@code Policy} to this value; see {@link #policy(String)}. */
    public MultitrackInputConfiguration policy(Value<String> value) {
      return set("Policy", value);
    }
  }
}
