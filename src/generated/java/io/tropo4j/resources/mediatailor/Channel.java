// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.mediatailor;

import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * The configuration parameters for a channel. For information about MediaTailor channels, see <a
 * href="https://docs.aws.amazon.com/mediatailor/latest/ug/channel-assembly-channels.html">Working
 * with channels</a> in the <em>MediaTailor User Guide</em> .
 *
 * <p>CloudFormation type {@code AWS::MediaTailor::Channel}.
 */
public final class Channel extends Resource<Channel> {
  private static final Schema SCHEMA = Schema.builder("AWS::MediaTailor::Channel")
      .required("ChannelName", "Outputs", "PlaybackMode")
      .allowed("PlaybackMode", "LOOP", "LINEAR")
      .allowed("Tier", "BASIC", "STANDARD")
      .refYields("ChannelName")
      .attributes("Arn")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public Channel(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The list of audiences defined in channel.
   *
   * <p>CloudFormation property {@code Audiences}.
   */
  public Channel audiences(List<String> value) {
    return set("Audiences", Value.listOf(value));
  }

  /** Sets {@code Audiences} to this value; see {@link #audiences(List)}. */
  public Channel audiences(Value<List<String>> value) {
    return set("Audiences", value);
  }

  /**
   * The name of the channel.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code ChannelName}.
   */
  public Channel channelName(String value) {
    return set("ChannelName", Value.of(value));
  }

  /** Sets {@code ChannelName} to this value; see {@link #channelName(String)}. */
  public Channel channelName(Value<String> value) {
    return set("ChannelName", value);
  }

  /**
   * The slate used to fill gaps between programs in the schedule. You must configure filler slate
   * if your channel uses the <code>LINEAR</code> <code>PlaybackMode</code> . MediaTailor doesn't
   * support filler slate for channels using the <code>LOOP</code> <code>PlaybackMode</code> .
   *
   * <p>CloudFormation property {@code FillerSlate}.
   */
  public Channel fillerSlate(Value<SlateSource> value) {
    return set("FillerSlate", value);
  }

  /**
   * The log configuration.
   *
   * <p>CloudFormation property {@code LogConfiguration}.
   */
  public Channel logConfiguration(Value<LogConfigurationForChannel> value) {
    return set("LogConfiguration", value);
  }

  /**
   * The channel's output properties.
   *
   * <p>Required. CloudFormation property {@code Outputs}.
   */
  public Channel outputs(List<RequestOutputItem> value) {
    return set("Outputs", Value.listOf(value));
  }

  /** Sets {@code Outputs} to this value; see {@link #outputs(List)}. */
  public Channel outputs(Value<List<RequestOutputItem>> value) {
    return set("Outputs", value);
  }

  /** Sets {@code Outputs} to a list of these; see {@link #outputs(List)}. */
  public Channel outputs(RequestOutputItem... values) {
    return set("Outputs", Value.list(values));
  }

  /**
   * The type of playback mode for this channel.
   *
   * <p><code>LINEAR</code> - Programs play back-to-back only once.
   *
   * <p><code>LOOP</code> - Programs play back-to-back in an endless loop. When the last program in
   * the schedule plays, playback loops back to the first program in the schedule.
   *
   * <p>Required. Allowed values: {@code LOOP}, {@code LINEAR}. CloudFormation property {@code
   * PlaybackMode}.
   */
  public Channel playbackMode(String value) {
    return set("PlaybackMode", Value.of(value));
  }

  /** Sets {@code PlaybackMode} to this value; see {@link #playbackMode(String)}. */
  public Channel playbackMode(Value<String> value) {
    return set("PlaybackMode", value);
  }

  /**
   * The tags to assign to the channel. Tags are key-value pairs that you can associate with Amazon
   * resources to help with organization, access control, and cost tracking. For more information,
   * see <a href="https://docs.aws.amazon.com/mediatailor/latest/ug/tagging.html">Tagging AWS
   * Elemental MediaTailor Resources</a> .
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
   * The tier for this channel. STANDARD tier channels can contain live programs.
   *
   * <p>Changing it replaces the resource. Allowed values: {@code BASIC}, {@code STANDARD}.
   * CloudFormation property {@code Tier}.
   */
  public Channel tier(String value) {
    return set("Tier", Value.of(value));
  }

  /** Sets {@code Tier} to this value; see {@link #tier(String)}. */
  public Channel tier(Value<String> value) {
    return set("Tier", value);
  }

  /**
   * The configuration for time-shifted viewing.
   *
   * <p>CloudFormation property {@code TimeShiftConfiguration}.
   */
  public Channel timeShiftConfiguration(Value<TimeShiftConfiguration> value) {
    return set("TimeShiftConfiguration", value);
  }

  /**
   * &lt;p&gt;The ARN of the channel.&lt;/p&gt;
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * Dash manifest configuration parameters.
   *
   * <p>Property type {@code AWS::MediaTailor::Channel.DashPlaylistSettings}.
   */
  public static final class DashPlaylistSettings extends Struct<DashPlaylistSettings> {
    private static final Schema SCHEMA = Schema.of("AWS::MediaTailor::Channel.DashPlaylistSettings");

    public DashPlaylistSettings() {
      super(SCHEMA);
    }

    /**
     * The total duration (in seconds) of each manifest. Minimum value: <code>30</code> seconds.
     * Maximum value: <code>3600</code> seconds.
     *
     * <p>CloudFormation property {@code ManifestWindowSeconds}.
     */
    public DashPlaylistSettings manifestWindowSeconds(double value) {
      return set("ManifestWindowSeconds", Value.of(value));
    }

    /**
     * Sets {@code ManifestWindowSeconds} to this value; see {@link #manifestWindowSeconds(double)}.
     */
    public DashPlaylistSettings manifestWindowSeconds(Value<Double> value) {
      return set("ManifestWindowSeconds", value);
    }

    /**
     * Minimum amount of content (measured in seconds) that a player must keep available in the
     * buffer. Minimum value: <code>2</code> seconds. Maximum value: <code>60</code> seconds.
     *
     * <p>CloudFormation property {@code MinBufferTimeSeconds}.
     */
    public DashPlaylistSettings minBufferTimeSeconds(double value) {
      return set("MinBufferTimeSeconds", Value.of(value));
    }

    /**
     * Sets {@code MinBufferTimeSeconds} to this value; see {@link #minBufferTimeSeconds(double)}.
     */
    public DashPlaylistSettings minBufferTimeSeconds(Value<Double> value) {
      return set("MinBufferTimeSeconds", value);
    }

    /**
     * Minimum amount of time (in seconds) that the player should wait before requesting updates to
     * the manifest. Minimum value: <code>2</code> seconds. Maximum value: <code>60</code> seconds.
     *
     * <p>CloudFormation property {@code MinUpdatePeriodSeconds}.
     */
    public DashPlaylistSettings minUpdatePeriodSeconds(double value) {
      return set("MinUpdatePeriodSeconds", Value.of(value));
    }

    /**
     * Sets {@code MinUpdatePeriodSeconds} to this value; see {@link
     * #minUpdatePeriodSeconds(double)}.
     */
    public DashPlaylistSettings minUpdatePeriodSeconds(Value<Double> value) {
      return set("MinUpdatePeriodSeconds", value);
    }

    /**
     * Amount of time (in seconds) that the player should be from the live point at the end of the
     * manifest. Minimum value: <code>2</code> seconds. Maximum value: <code>60</code> seconds.
     *
     * <p>CloudFormation property {@code SuggestedPresentationDelaySeconds}.
     */
    public DashPlaylistSettings suggestedPresentationDelaySeconds(double value) {
      return set("SuggestedPresentationDelaySeconds", Value.of(value));
    }

    /**
     * Sets {@code SuggestedPresentationDelaySeconds} to this value; see {@link
     * #suggestedPresentationDelaySeconds(double)}.
     */
    public DashPlaylistSettings suggestedPresentationDelaySeconds(Value<Double> value) {
      return set("SuggestedPresentationDelaySeconds", value);
    }
  }

  /**
   * HLS playlist configuration parameters.
   *
   * <p>Property type {@code AWS::MediaTailor::Channel.HlsPlaylistSettings}.
   */
  public static final class HlsPlaylistSettings extends Struct<HlsPlaylistSettings> {
    private static final Schema SCHEMA = Schema.builder("AWS::MediaTailor::Channel.HlsPlaylistSettings")
        .allowed("AdMarkupType", "DATERANGE", "SCTE35_ENHANCED")
        .build();

    public HlsPlaylistSettings() {
      super(SCHEMA);
    }

    /**
     * Determines the type of SCTE 35 tags to use in ad markup. Specify <code>DATERANGE</code> to
     * use <code>DATERANGE</code> tags (for live or VOD content). Specify
     * <code>SCTE35_ENHANCED</code> to use <code>EXT-X-CUE-OUT</code> and <code>EXT-X-CUE-IN</code>
     * tags (for VOD content only).
     *
     * <p>Allowed values: {@code DATERANGE}, {@code SCTE35_ENHANCED}. CloudFormation property {@code
     * AdMarkupType}.
     */
    public HlsPlaylistSettings adMarkupType(List<String> value) {
      return set("AdMarkupType", Value.listOf(value));
    }

    /** Sets {@code AdMarkupType} to this value; see {@link #adMarkupType(List)}. */
    public HlsPlaylistSettings adMarkupType(Value<List<String>> value) {
      return set("AdMarkupType", value);
    }

    /**
     * The total duration (in seconds) of each manifest. Minimum value: <code>30</code> seconds.
     * Maximum value: <code>3600</code> seconds.
     *
     * <p>CloudFormation property {@code ManifestWindowSeconds}.
     */
    public HlsPlaylistSettings manifestWindowSeconds(double value) {
      return set("ManifestWindowSeconds", Value.of(value));
    }

    /**
     * Sets {@code ManifestWindowSeconds} to this value; see {@link #manifestWindowSeconds(double)}.
     */
    public HlsPlaylistSettings manifestWindowSeconds(Value<Double> value) {
      return set("ManifestWindowSeconds", value);
    }
  }

  /**
   * The log configuration for the channel.
   *
   * <p>Property type {@code AWS::MediaTailor::Channel.LogConfigurationForChannel}.
   */
  public static final class LogConfigurationForChannel extends Struct<LogConfigurationForChannel> {
    private static final Schema SCHEMA = Schema.builder("AWS::MediaTailor::Channel.LogConfigurationForChannel")
        .allowed("LogTypes", "AS_RUN")
        .build();

    public LogConfigurationForChannel() {
      super(SCHEMA);
    }

    /**
     * The log types.
     *
     * <p>Allowed values: {@code AS_RUN}. CloudFormation property {@code LogTypes}.
     */
    public LogConfigurationForChannel logTypes(List<String> value) {
      return set("LogTypes", Value.listOf(value));
    }

    /** Sets {@code LogTypes} to this value; see {@link #logTypes(List)}. */
    public LogConfigurationForChannel logTypes(Value<List<String>> value) {
      return set("LogTypes", value);
    }
  }

  /**
   * The output configuration for this channel.
   *
   * <p>Property type {@code AWS::MediaTailor::Channel.RequestOutputItem}.
   */
  public static final class RequestOutputItem extends Struct<RequestOutputItem> {
    private static final Schema SCHEMA = Schema.builder("AWS::MediaTailor::Channel.RequestOutputItem")
        .required("ManifestName", "SourceGroup")
        .build();

    public RequestOutputItem() {
      super(SCHEMA);
    }

    /**
     * DASH manifest configuration parameters.
     *
     * <p>CloudFormation property {@code DashPlaylistSettings}.
     */
    public RequestOutputItem dashPlaylistSettings(Value<DashPlaylistSettings> value) {
      return set("DashPlaylistSettings", value);
    }

    /**
     * HLS playlist configuration parameters.
     *
     * <p>CloudFormation property {@code HlsPlaylistSettings}.
     */
    public RequestOutputItem hlsPlaylistSettings(Value<HlsPlaylistSettings> value) {
      return set("HlsPlaylistSettings", value);
    }

    /**
     * The name of the manifest for the channel. The name appears in the <code>PlaybackUrl</code> .
     *
     * <p>Required. CloudFormation property {@code ManifestName}.
     */
    public RequestOutputItem manifestName(String value) {
      return set("ManifestName", Value.of(value));
    }

    /** Sets {@code ManifestName} to this value; see {@link #manifestName(String)}. */
    public RequestOutputItem manifestName(Value<String> value) {
      return set("ManifestName", value);
    }

    /**
     * A string used to match which <code>HttpPackageConfiguration</code> is used for each
     * <code>VodSource</code> .
     *
     * <p>Required. CloudFormation property {@code SourceGroup}.
     */
    public RequestOutputItem sourceGroup(String value) {
      return set("SourceGroup", Value.of(value));
    }

    /** Sets {@code SourceGroup} to this value; see {@link #sourceGroup(String)}. */
    public RequestOutputItem sourceGroup(Value<String> value) {
      return set("SourceGroup", value);
    }
  }

  /**
   * Slate VOD source configuration.
   *
   * <p>Property type {@code AWS::MediaTailor::Channel.SlateSource}.
   */
  public static final class SlateSource extends Struct<SlateSource> {
    private static final Schema SCHEMA = Schema.of("AWS::MediaTailor::Channel.SlateSource");

    public SlateSource() {
      super(SCHEMA);
    }

    /**
     * The name of the source location where the slate VOD source is stored.
     *
     * <p>CloudFormation property {@code SourceLocationName}.
     */
    public SlateSource sourceLocationName(String value) {
      return set("SourceLocationName", Value.of(value));
    }

    /** Sets {@code SourceLocationName} to this value; see {@link #sourceLocationName(String)}. */
    public SlateSource sourceLocationName(Value<String> value) {
      return set("SourceLocationName", value);
    }

    /**
     * The slate VOD source name. The VOD source must already exist in a source location before it
     * can be used for slate.
     *
     * <p>CloudFormation property {@code VodSourceName}.
     */
    public SlateSource vodSourceName(String value) {
      return set("VodSourceName", Value.of(value));
    }

    /** Sets {@code VodSourceName} to this value; see {@link #vodSourceName(String)}. */
    public SlateSource vodSourceName(Value<String> value) {
      return set("VodSourceName", value);
    }
  }

  /**
   * The configuration for time-shifted viewing.
   *
   * <p>Property type {@code AWS::MediaTailor::Channel.TimeShiftConfiguration}.
   */
  public static final class TimeShiftConfiguration extends Struct<TimeShiftConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::MediaTailor::Channel.TimeShiftConfiguration")
        .required("MaxTimeDelaySeconds")
        .build();

    public TimeShiftConfiguration() {
      super(SCHEMA);
    }

    /**
     * The maximum time delay for time-shifted viewing. The minimum allowed maximum time delay is 0
     * seconds, and the maximum allowed maximum time delay is 21600 seconds (6 hours).
     *
     * <p>Required. CloudFormation property {@code MaxTimeDelaySeconds}.
     */
    public TimeShiftConfiguration maxTimeDelaySeconds(double value) {
      return set("MaxTimeDelaySeconds", Value.of(value));
    }

    /** Sets {@code MaxTimeDelaySeconds} to this value; see {@link #maxTimeDelaySeconds(double)}. */
    public TimeShiftConfiguration maxTimeDelaySeconds(Value<Double> value) {
      return set("MaxTimeDelaySeconds", value);
    }
  }
}
