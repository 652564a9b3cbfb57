// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.mediapackagev2;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Specifies the configuration parameters for a MediaPackage V2 origin endpoint.
 *
 * <p>CloudFormation type {@code AWS::MediaPackageV2::OriginEndpoint}.
 */
public final class OriginEndpoint extends Resource<OriginEndpoint> {
  private static final Schema SCHEMA = Schema.builder("AWS::MediaPackageV2::OriginEndpoint")
      .required("ChannelGroupName", "ChannelName", "ContainerType", "OriginEndpointName")
      .constrain("ChannelGroupName", Constraint.of().pattern("^[a-zA-Z0-9_-]+$").minLength(1).maxLength(256))
      .constrain("ChannelName", Constraint.of().pattern("^[a-zA-Z0-9_-]+$").minLength(1).maxLength(256))
      .allowed("ContainerType", "TS", "CMAF", "ISM")
      .constrain("Description", Constraint.of().minLength(0).maxLength(1024))
      .constrain("OriginEndpointName", Constraint.of().pattern("^[a-zA-Z0-9_-]+$").minLength(1).maxLength(256))
      .constrain("StartoverWindowSeconds", Constraint.of().minimum(0).maximum(1209600))
      .allowed("StreamNameOutputMode", "INDEX", "PASSTHROUGH_NAME")
      .allowed("UriSeparator", "UNDERSCORE", "HYPHEN")
      .refYields("Arn")
      .attributes("Arn", "CreatedAt", "DashManifestUrls", "HlsManifestUrls",
          "LowLatencyHlsManifestUrls", "ModifiedAt", "MssManifestUrls")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public OriginEndpoint(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The name of the channel group associated with the origin endpoint configuration.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 256 characters. Pattern: {@code
   * ^[a-zA-Z0-9_-]+$}. CloudFormation property {@code ChannelGroupName}.
   */
  public OriginEndpoint channelGroupName(String value) {
    return set("ChannelGroupName", Value.of(value));
  }

  /** Sets {@code ChannelGroupName} to this value; see {@link #channelGroupName(String)}. */
  public OriginEndpoint channelGroupName(Value<String> value) {
    return set("ChannelGroupName", value);
  }

  /**
   * The channel name associated with the origin endpoint.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 256 characters. Pattern: {@code
   * ^[a-zA-Z0-9_-]+$}. CloudFormation property {@code ChannelName}.
   */
  public OriginEndpoint channelName(String value) {
    return set("ChannelName", Value.of(value));
  }

  /** Sets {@code ChannelName} to this value; see {@link #channelName(String)}. */
  public OriginEndpoint channelName(Value<String> value) {
    return set("ChannelName", value);
  }

  /**
   * The container type associated with the origin endpoint configuration.
   *
   * <p>Required. Allowed values: {@code TS}, {@code CMAF}, {@code ISM}. CloudFormation property
   * {@code ContainerType}.
   */
  public OriginEndpoint containerType(String value) {
    return set("ContainerType", Value.of(value));
  }

  /** Sets {@code ContainerType} to this value; see {@link #containerType(String)}. */
  public OriginEndpoint containerType(Value<String> value) {
    return set("ContainerType", value);
  }

  /**
   * A DASH manifest configuration.
   *
   * <p>CloudFormation property {@code DashManifests}.
   */
  public OriginEndpoint dashManifests(List<DashManifestConfiguration> value) {
    return set("DashManifests", Value.listOf(value));
  }

  /** Sets {@code DashManifests} to this value; see {@link #dashManifests(List)}. */
  public OriginEndpoint dashManifests(Value<List<DashManifestConfiguration>> value) {
    return set("DashManifests", value);
  }

  /** Sets {@code DashManifests} to a list of these; see {@link #dashManifests(List)}. */
  public OriginEndpoint dashManifests(DashManifestConfiguration... values) {
    return set("DashManifests", Value.list(values));
  }

  /**
   * The description associated with the origin endpoint.
   *
   * <p>Length: 0 to 1024 characters. CloudFormation property {@code Description}.
   */
  public OriginEndpoint description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public OriginEndpoint description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * The failover settings for the endpoint.
   *
   * <p>CloudFormation property {@code ForceEndpointErrorConfiguration}.
   */
  public OriginEndpoint forceEndpointErrorConfiguration(Value<ForceEndpointErrorConfiguration> value) {
    return set("ForceEndpointErrorConfiguration", value);
  }

  /**
   * The HLS manifests associated with the origin endpoint configuration.
   *
   * <p>CloudFormation property {@code HlsManifests}.
   */
  public OriginEndpoint hlsManifests(List<HlsManifestConfiguration> value) {
    return set("HlsManifests", Value.listOf(value));
  }

  /** Sets {@code HlsManifests} to this value; see {@link #hlsManifests(List)}. */
  public OriginEndpoint hlsManifests(Value<List<HlsManifestConfiguration>> value) {
    return set("HlsManifests", value);
  }

  /** Sets {@code HlsManifests} to a list of these; see {@link #hlsManifests(List)}. */
  public OriginEndpoint hlsManifests(HlsManifestConfiguration... values) {
    return set("HlsManifests", Value.list(values));
  }

  /**
   * The low-latency HLS (LL-HLS) manifests associated with the origin endpoint.
   *
   * <p>CloudFormation property {@code LowLatencyHlsManifests}.
   */
  public OriginEndpoint lowLatencyHlsManifests(List<LowLatencyHlsManifestConfiguration> value) {
    return set("LowLatencyHlsManifests", Value.listOf(value));
  }

  /**
   * Sets {@code LowLatencyHlsManifests} to this value; see {@link #lowLatencyHlsManifests(List)}.
   */
  public OriginEndpoint lowLatencyHlsManifests(Value<List<LowLatencyHlsManifestConfiguration>> value) {
    return set("LowLatencyHlsManifests", value);
  }

  /**
   * Sets {@code LowLatencyHlsManifests} to a list of these; see {@link
   * #lowLatencyHlsManifests(List)}.
   */
  public OriginEndpoint lowLatencyHlsManifests(LowLatencyHlsManifestConfiguration... values) {
    return set("LowLatencyHlsManifests", Value.list(values));
  }

  /**
   * A list of Microsoft Smooth Streaming (MSS) manifest configurations associated with the origin
   * endpoint. Each configuration represents a different MSS streaming option available from this
   * endpoint.
   *
   * <p>CloudFormation property {@code MssManifests}.
   */
  public OriginEndpoint mssManifests(List<MssManifestConfiguration> value) {
    return set("MssManifests", Value.listOf(value));
  }

  /** Sets {@code MssManifests} to this value; see {@link #mssManifests(List)}. */
  public OriginEndpoint mssManifests(Value<List<MssManifestConfiguration>> value) {
    return set("MssManifests", value);
  }

  /** Sets {@code MssManifests} to a list of these; see {@link #mssManifests(List)}. */
  public OriginEndpoint mssManifests(MssManifestConfiguration... values) {
    return set("MssManifests", Value.list(values));
  }

  /**
   * The name of the origin endpoint associated with the origin endpoint configuration.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 256 characters. Pattern: {@code
   * ^[a-zA-Z0-9_-]+$}. CloudFormation property {@code OriginEndpointName}.
   */
  public OriginEndpoint originEndpointName(String value) {
    return set("OriginEndpointName", Value.of(value));
  }

  /** Sets {@code OriginEndpointName} to this value; see {@link #originEndpointName(String)}. */
  public OriginEndpoint originEndpointName(Value<String> value) {
    return set("OriginEndpointName", value);
  }

  /**
   * The segment associated with the origin endpoint.
   *
   * <p>CloudFormation property {@code Segment}.
   */
  public OriginEndpoint segment(Value<Segment> value) {
    return set("Segment", value);
  }

  /**
   * The size of the window (in seconds) to specify a window of the live stream that's available for
   * on-demand viewing. Viewers can start-over or catch-up on content that falls within the window.
   *
   * <p>Range: 0 to 1209600. CloudFormation property {@code StartoverWindowSeconds}.
   */
  public OriginEndpoint startoverWindowSeconds(int value) {
    return set("StartoverWindowSeconds", Value.of(value));
  }

  /**
   * Sets {@code StartoverWindowSeconds} to this value; see {@link #startoverWindowSeconds(int)}.
   */
  public OriginEndpoint startoverWindowSeconds(Value<Integer> value) {
    return set("StartoverWindowSeconds", value);
  }

  /**
   * Allowed values: {@code INDEX}, {@code PASSTHROUGH_NAME}. CloudFormation property {@code
   * StreamNameOutputMode}.
   */
  public OriginEndpoint streamNameOutputMode(String value) {
    return set("StreamNameOutputMode", Value.of(value));
  }

  /** Sets {@code StreamNameOutputMode} to this value; see {@link #streamNameOutputMode(String)}. */
  public OriginEndpoint streamNameOutputMode(Value<String> value) {
    return set("StreamNameOutputMode", value);
  }

  /**
   * The tags associated with the origin endpoint.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public OriginEndpoint tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public OriginEndpoint tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public OriginEndpoint tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * Allowed values: {@code UNDERSCORE}, {@code HYPHEN}. CloudFormation property {@code
   * UriSeparator}.
   */
  public OriginEndpoint uriSeparator(String value) {
    return set("UriSeparator", Value.of(value));
  }

  /** Sets {@code UriSeparator} to this value; see {@link #uriSeparator(String)}. */
  public OriginEndpoint uriSeparator(Value<String> value) {
    return set("UriSeparator", value);
  }

  /**
   * The Amazon Resource Name (ARN) of the origin endpoint.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * The timestamp of the creation of the origin endpoint.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CreatedAt}.
   */
  public Value<String> createdAt() {
    return getAtt("CreatedAt");
  }

  /**
   * The egress domain URL for stream delivery from MediaPackage.
   *
   * <p>{@code Fn::GetAtt} attribute {@code DashManifestUrls}.
   */
  public Value<List<String>> dashManifestUrls() {
    return getAtt("DashManifestUrls");
  }

  /**
   * The egress domain URL for stream delivery from MediaPackage.
   *
   * <p>{@code Fn::GetAtt} attribute {@code HlsManifestUrls}.
   */
  public Value<List<String>> hlsManifestUrls() {
    return getAtt("HlsManifestUrls");
  }

  /**
   * The egress domain URL for stream delivery from MediaPackage.
   *
   * <p>{@code Fn::GetAtt} attribute {@code LowLatencyHlsManifestUrls}.
   */
  public Value<List<String>> lowLatencyHlsManifestUrls() {
    return getAtt("LowLatencyHlsManifestUrls");
  }

  /**
   * The timestamp of the modification of the origin endpoint.
   *
   * <p>{@code Fn::GetAtt} attribute {@code ModifiedAt}.
   */
  public Value<String> modifiedAt() {
    return getAtt("ModifiedAt");
  }

  /** {@code Fn::GetAtt} attribute {@code MssManifestUrls}. */
  public Value<List<String>> mssManifestUrls() {
    return getAtt("MssManifestUrls");
  }

  /**
   * &lt;p&gt;The configuration for the DASH &lt;code&gt;availabilityStartTime&lt;/code&gt;
   * attribute of the Media Presentation Description (MPD). Use this configuration to set a custom
   * availability start time for your DASH manifest.&lt;/p&gt;
   *
   * <p>Property type {@code
   * AWS::MediaPackageV2::OriginEndpoint.DashAvailabilityStartTimeConfiguration}.
   */
  public static final class DashAvailabilityStartTimeConfiguration extends Struct<DashAvailabilityStartTimeConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::MediaPackageV2::OriginEndpoint.DashAvailabilityStartTimeConfiguration")
        .required("FixedAvailabilityStartTime")
        .build();

    public DashAvailabilityStartTimeConfiguration() {
      super(SCHEMA);
    }

    /**
     * &lt;p&gt;The fixed availability start time for the DASH manifest, in ISO 8601 date-time
     * format. The value must have hourly granularity, meaning that the minutes, seconds, and
     * fractional seconds must be zero. The value must be on or after
     * &lt;code&gt;2024-01-01T00:00:00Z&lt;/code&gt; and must be at least 14 days before the current
     * time.&lt;/p&gt;
     *
     * <p>Required. CloudFormation property {@code FixedAvailabilityStartTime}.
     */
    public DashAvailabilityStartTimeConfiguration fixedAvailabilityStartTime(String value) {
      return set("FixedAvailabilityStartTime", Value.of(value));
    }

    /**
     * Sets {@code FixedAvailabilityStartTime} to this value; see {@link
     * #fixedAvailabilityStartTime(String)}.
     */
    public DashAvailabilityStartTimeConfiguration fixedAvailabilityStartTime(Value<String> value) {
      return set("FixedAvailabilityStartTime", value);
    }
  }

  /**
   * The base URLs to use for retrieving segments. You can specify multiple locations and indicate
   * the priority and weight for when each should be used, for use in mutli-CDN workflows.
   *
   * <p>Property type {@code AWS::MediaPackageV2::OriginEndpoint.DashBaseUrl}.
   */
  public static final class DashBaseUrl extends Struct<DashBaseUrl> {
    private static final Schema SCHEMA = Schema.builder("AWS::MediaPackageV2::OriginEndpoint.DashBaseUrl")
        .required("Url")
        .constrain("DvbPriority", Constraint.of().minimum(1).maximum(15000))
        .constrain("DvbWeight", Constraint.of().minimum(1).maximum(15000))
        .constrain("ServiceLocation", Constraint.of().minLength(1).maxLength(2048))
        .constrain("Url", Constraint.of().minLength(1).maxLength(2048))
        .build();

    public DashBaseUrl() {
      super(SCHEMA);
    }

    /**
     * For use with DVB-DASH profiles only. The priority of this location for servings segments. The
     * lower the number, the higher the priority.
     *
     * <p>Range: 1 to 15000. CloudFormation property {@code DvbPriority}.
     */
    public DashBaseUrl dvbPriority(int value) {
      return set("DvbPriority", Value.of(value));
    }

    /** Sets {@code DvbPriority} to this value; see {@link #dvbPriority(int)}. */
    public DashBaseUrl dvbPriority(Value<Integer> value) {
      return set("DvbPriority", value);
    }

    /**
     * For use with DVB-DASH profiles only. The weighting for source locations that have the same
     * priority.
     *
     * <p>Range: 1 to 15000. CloudFormation property {@code DvbWeight}.
     */
    public DashBaseUrl dvbWeight(int value) {
      return set("DvbWeight", Value.of(value));
    }

    /** Sets {@code DvbWeight} to this value; see {@link #dvbWeight(int)}. */
    public DashBaseUrl dvbWeight(Value<Integer> value) {
      return set("DvbWeight", value);
    }

    /**
     * The name of the source location.
     *
     * <p>Length: 1 to 2048 characters. CloudFormation property {@code ServiceLocation}.
     */
    public DashBaseUrl serviceLocation(String value) {
      return set("ServiceLocation", Value.of(value));
    }

    /** Sets {@code ServiceLocation} to this value; see {@link #serviceLocation(String)}. */
    public DashBaseUrl serviceLocation(Value<String> value) {
      return set("ServiceLocation", value);
    }

    /**
     * A source location for segments.
     *
     * <p>Required. Length: 1 to 2048 characters. CloudFormation property {@code Url}.
     */
    public DashBaseUrl url(String value) {
      return set("Url", Value.of(value));
    }

    /** Sets {@code Url} to this value; see {@link #url(String)}. */
    public DashBaseUrl url(Value<String> value) {
      return set("Url", value);
    }
  }

  /**
   * For use with DVB-DASH profiles only. The settings for font downloads that you want AWS
   * Elemental MediaPackage to pass through to the manifest.
   *
   * <p>Property type {@code AWS::MediaPackageV2::OriginEndpoint.DashDvbFontDownload}.
   */
  public static final class DashDvbFontDownload extends Struct<DashDvbFontDownload> {
    private static final Schema SCHEMA = Schema.builder("AWS::MediaPackageV2::OriginEndpoint.DashDvbFontDownload")
        .constrain("FontFamily", Constraint.of().minLength(1).maxLength(256))
        .constrain("MimeType", Constraint.of().pattern("^[a-zA-Z0-9][a-zA-Z0-9_/-]*[a-zA-Z0-9]$").minLength(1).maxLength(256))
        .constrain("Url", Constraint.of().minLength(1).maxLength(2048))
        .build();

    public DashDvbFontDownload() {
      super(SCHEMA);
    }

    /**
     * The <code>fontFamily</code> name for subtitles, as described in <a
     * href="https://docs.aws.amazon.com/https://tech.ebu.ch/publications/tech3380">EBU-TT-D
     * Subtitling Distribution Format</a> .
     *
     * <p>Length: 1 to 256 characters. CloudFormation property {@code FontFamily}.
     */
    public DashDvbFontDownload fontFamily(String value) {
      return set("FontFamily", Value.of(value));
    }

    /** Sets {@code FontFamily} to this value; see {@link #fontFamily(String)}. */
    public DashDvbFontDownload fontFamily(Value<String> value) {
      return set("FontFamily", value);
    }

    /**
     * The <code>mimeType</code> of the resource that's at the font download URL.
     *
     * <p>For information about font MIME types, see the <a
     * href="https://docs.aws.amazon.com/https://dvb.org/wp-content/uploads/2021/06/A168r4_MPEG-DASH-Profile-for-Transport-of-ISO-BMFF-Based-DVB-Services_Draft-ts_103-285-v140_November_2021.pdf">MPEG-DASH
     * Profile for Transport of ISO BMFF Based DVB Services over IP Based Networks</a> document.
     *
     * <p>Length: 1 to 256 characters. Pattern: {@code ^[a-zA-Z0-9][a-zA-Z0-9_/-]*[a-zA-Z0-9]$}.
     * CloudFormation property {@code MimeType}.
     */
    public DashDvbFontDownload mimeType(String value) {
      return set("MimeType", Value.of(value));
    }

    /** Sets {@code MimeType} to this value; see {@link #mimeType(String)}. */
    public DashDvbFontDownload mimeType(Value<String> value) {
      return set("MimeType", value);
    }

    /**
     * The URL for downloading fonts for subtitles.
     *
     * <p>Length: 1 to 2048 characters. CloudFormation property {@code Url}.
     */
    public DashDvbFontDownload url(String value) {
      return set("Url", Value.of(value));
    }

    /** Sets {@code Url} to this value; see {@link #url(String)}. */
    public DashDvbFontDownload url(Value<String> value) {
      return set("Url", value);
    }
  }

  /**
   * For use with DVB-DASH profiles only. The settings for error reporting from the playback device
   * that you want AWS Elemental MediaPackage to pass through to the manifest.
   *
   * <p>Property type {@code AWS::MediaPackageV2::OriginEndpoint.DashDvbMetricsReporting}.
   */
  public static final class DashDvbMetricsReporting extends Struct<DashDvbMetricsReporting> {
    private static final Schema SCHEMA = Schema.builder("AWS::MediaPackageV2::OriginEndpoint.DashDvbMetricsReporting")
        .required("ReportingUrl")
        .constrain("Probability", Constraint.of().minimum(1).maximum(1000))
        .constrain("ReportingUrl", Constraint.of().minLength(1).maxLength(2048))
        .build();

    public DashDvbMetricsReporting() {
      super(SCHEMA);
    }

    /**
     * The number of playback devices per 1000 that will send error reports to the reporting URL.
     * This represents the probability that a playback device will be a reporting player for this
     * session.
     *
     * <p>Range: 1 to 1000. CloudFormation property {@code Probability}.
     */
    public DashDvbMetricsReporting probability(int value) {
      return set("Probability", Value.of(value));
    }

    /** Sets {@code Probability} to this value; see {@link #probability(int)}. */
    public DashDvbMetricsReporting probability(Value<Integer> value) {
      return set("Probability", value);
    }

    /**
     * The URL where playback devices send error reports.
     *
     * <p>Required. Length: 1 to 2048 characters. CloudFormation property {@code ReportingUrl}.
     */
    public DashDvbMetricsReporting reportingUrl(String value) {
      return set("ReportingUrl", Value.of(value));
    }

    /** Sets {@code ReportingUrl} to this value; see {@link #reportingUrl(String)}. */
    public DashDvbMetricsReporting reportingUrl(Value<String> value) {
      return set("ReportingUrl", value);
    }
  }

  /**
   * For endpoints that use the DVB-DASH profile only. The font download and error reporting
   * information that you want MediaPackage to pass through to the manifest.
   *
   * <p>Property type {@code AWS::MediaPackageV2::OriginEndpoint.DashDvbSettings}.
   */
  public static final class DashDvbSettings extends Struct<DashDvbSettings> {
    private static final Schema SCHEMA = Schema.of("AWS::MediaPackageV2::OriginEndpoint.DashDvbSettings");

    public DashDvbSettings() {
      super(SCHEMA);
    }

    /**
     * Playback device error reporting settings.
     *
     * <p>CloudFormation property {@code ErrorMetrics}.
     */
    public DashDvbSettings errorMetrics(List<DashDvbMetricsReporting> value) {
      return set("ErrorMetrics", Value.listOf(value));
    }

    /** Sets {@code ErrorMetrics} to this value; see {@link #errorMetrics(List)}. */
    public DashDvbSettings errorMetrics(Value<List<DashDvbMetricsReporting>> value) {
      return set("ErrorMetrics", value);
    }

    /** Sets {@code ErrorMetrics} to a list of these; see {@link #errorMetrics(List)}. */
    public DashDvbSettings errorMetrics(DashDvbMetricsReporting... values) {
      return set("ErrorMetrics", Value.list(values));
    }

    /**
     * Subtitle font settings.
     *
     * <p>CloudFormation property {@code FontDownload}.
     */
    public DashDvbSettings fontDownload(Value<DashDvbFontDownload> value) {
      return set("FontDownload", value);
    }
  }

  /**
   * The DASH manifest configuration associated with the origin endpoint.
   *
   * <p>Property type {@code AWS::MediaPackageV2::OriginEndpoint.DashManifestConfiguration}.
   */
  public static final class DashManifestConfiguration extends Struct<DashManifestConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::MediaPackageV2::OriginEndpoint.DashManifestConfiguration")
        .required("ManifestName")
        .allowed("AudioTimelinePattern", "NONE", "PATTERNED")
        .allowed("Compactness", "STANDARD", "NONE")
        .allowed("DrmSignaling", "INDIVIDUAL", "REFERENCED")
        .constrain("ManifestName", Constraint.of().pattern("^[a-zA-Z0-9_-]+$").minLength(1).maxLength(256))
        .allowed("PeriodTriggers", "AVAILS", "DRM_KEY_ROTATION", "SOURCE_CHANGES",
            "SOURCE_DISRUPTIONS", "NONE")
        .allowed("Profiles", "DVB_DASH")
        .allowed("SegmentTemplateFormat", "NUMBER_WITH_TIMELINE")
        .allowed("UriPathType", "LEAF", "ROOT")
        .build();

    public DashManifestConfiguration() {
      super(SCHEMA);
    }

    /**
     * Allowed values: {@code NONE}, {@code PATTERNED}. CloudFormation property {@code
     * AudioTimelinePattern}.
     */
    public DashManifestConfiguration audioTimelinePattern(String value) {
      return set("AudioTimelinePattern", Value.of(value));
    }

    /**
     * Sets {@code AudioTimelinePattern} to this value; see {@link #audioTimelinePattern(String)}.
     */
    public DashManifestConfiguration audioTimelinePattern(Value<String> value) {
      return set("AudioTimelinePattern", value);
    }

    /**
     * &lt;p&gt;The configuration for the DASH &lt;code&gt;availabilityStartTime&lt;/code&gt;
     * attribute of the Media Presentation Description (MPD). Use this configuration to set a custom
     * availability start time for your DASH manifest.&lt;/p&gt;
     *
     * <p>CloudFormation property {@code AvailabilityStartTimeConfiguration}.
     */
    public DashManifestConfiguration availabilityStartTimeConfiguration(Value<DashAvailabilityStartTimeConfiguration> value) {
      return set("AvailabilityStartTimeConfiguration", value);
    }

    /**
     * The base URLs to use for retrieving segments.
     *
     * <p>CloudFormation property {@code BaseUrls}.
     */
    public DashManifestConfiguration baseUrls(List<DashBaseUrl> value) {
      return set("BaseUrls", Value.listOf(value));
    }

    /** Sets {@code BaseUrls} to this value; see {@link #baseUrls(List)}. */
    public DashManifestConfiguration baseUrls(Value<List<DashBaseUrl>> value) {
      return set("BaseUrls", value);
    }

    /** Sets {@code BaseUrls} to a list of these; see {@link #baseUrls(List)}. */
    public DashManifestConfiguration baseUrls(DashBaseUrl... values) {
      return set("BaseUrls", Value.list(values));
    }

    /**
     * The layout of the DASH manifest that MediaPackage produces. <code>STANDARD</code> indicates a
     * default manifest, which is compacted. <code>NONE</code> indicates a full manifest.
     *
     * <p>For information about compactness, see <a
     * href="https://docs.aws.amazon.com/mediapackage/latest/userguide/compacted.html">DASH manifest
     * compactness</a> in the <em>AWS Elemental MediaPackage v2 User Guide</em> .
     *
     * <p>Allowed values: {@code STANDARD}, {@code NONE}. CloudFormation property {@code
     * Compactness}.
     */
    public DashManifestConfiguration compactness(String value) {
      return set("Compactness", Value.of(value));
    }

    /** Sets {@code Compactness} to this value; see {@link #compactness(String)}. */
    public DashManifestConfiguration compactness(Value<String> value) {
      return set("Compactness", value);
    }

    /**
     * Determines how the DASH manifest signals the DRM content.
     *
     * <p>Allowed values: {@code INDIVIDUAL}, {@code REFERENCED}. CloudFormation property {@code
     * DrmSignaling}.
     */
    public DashManifestConfiguration drmSignaling(String value) {
      return set("DrmSignaling", Value.of(value));
    }

    /** Sets {@code DrmSignaling} to this value; see {@link #drmSignaling(String)}. */
    public DashManifestConfiguration drmSignaling(Value<String> value) {
      return set("DrmSignaling", value);
    }

    /**
     * For endpoints that use the DVB-DASH profile only. The font download and error reporting
     * information that you want MediaPackage to pass through to the manifest.
     *
     * <p>CloudFormation property {@code DvbSettings}.
     */
    public DashManifestConfiguration dvbSettings(Value<DashDvbSettings> value) {
      return set("DvbSettings", value);
    }

    /**
     * Filter configuration includes settings for manifest filtering, start and end times, and time
     * delay that apply to all of your egress requests for this manifest.
     *
     * <p>CloudFormation property {@code FilterConfiguration}.
     */
    public DashManifestConfiguration filterConfiguration(Value<FilterConfiguration> value) {
      return set("FilterConfiguration", value);
    }

    /**
     * A short string that's appended to the endpoint URL. The child manifest name creates a unique
     * path to this endpoint.
     *
     * <p>Required. Length: 1 to 256 characters. Pattern: {@code ^[a-zA-Z0-9_-]+$}. CloudFormation
     * property {@code ManifestName}.
     */
    public DashManifestConfiguration manifestName(String value) {
      return set("ManifestName", Value.of(value));
    }

    /** Sets {@code ManifestName} to this value; see {@link #manifestName(String)}. */
    public DashManifestConfiguration manifestName(Value<String> value) {
      return set("ManifestName", value);
    }

    /**
     * The total duration (in seconds) of the manifest's content.
     *
     * <p>CloudFormation property {@code ManifestWindowSeconds}.
     */
    public DashManifestConfiguration manifestWindowSeconds(int value) {
      return set("ManifestWindowSeconds", Value.of(value));
    }

    /**
     * Sets {@code ManifestWindowSeconds} to this value; see {@link #manifestWindowSeconds(int)}.
     */
    public DashManifestConfiguration manifestWindowSeconds(Value<Integer> value) {
      return set("ManifestWindowSeconds", value);
    }

    /**
     * Minimum amount of content (in seconds) that a player must keep available in the buffer.
     *
     * <p>CloudFormation property {@code MinBufferTimeSeconds}.
     */
    public DashManifestConfiguration minBufferTimeSeconds(int value) {
      return set("MinBufferTimeSeconds", Value.of(value));
    }

    /** Sets {@code MinBufferTimeSeconds} to this value; see {@link #minBufferTimeSeconds(int)}. */
    public DashManifestConfiguration minBufferTimeSeconds(Value<Integer> value) {
      return set("MinBufferTimeSeconds", value);
    }

    /**
     * Minimum amount of time (in seconds) that the player should wait before requesting updates to
     * the manifest.
     *
     * <p>CloudFormation property {@code MinUpdatePeriodSeconds}.
     */
    public DashManifestConfiguration minUpdatePeriodSeconds(int value) {
      return set("MinUpdatePeriodSeconds", Value.of(value));
    }

    /**
     * Sets {@code MinUpdatePeriodSeconds} to this value; see {@link #minUpdatePeriodSeconds(int)}.
     */
    public DashManifestConfiguration minUpdatePeriodSeconds(Value<Integer> value) {
      return set("MinUpdatePeriodSeconds", value);
    }

    /**
     * A list of triggers that controls when AWS Elemental MediaPackage separates the MPEG-DASH
     * manifest into multiple periods. Type <code>ADS</code> to indicate that AWS Elemental
     * MediaPackage must create periods in the output manifest that correspond to SCTE-35 ad markers
     * in the input source. Leave this value empty to indicate that the manifest is contained all in
     * one period. For more information about periods in the DASH manifest, see <a
     * href="https://docs.aws.amazon.com/mediapackage/latest/userguide/multi-period.html">Multi-period
     * DASH in AWS Elemental MediaPackage</a> .
     *
     * <p>Allowed values: {@code AVAILS}, {@code DRM_KEY_ROTATION}, {@code SOURCE_CHANGES}, {@code
     * SOURCE_DISRUPTIONS}, {@code NONE}. CloudFormation property {@code PeriodTriggers}.
     */
    public DashManifestConfiguration periodTriggers(List<String> value) {
      return set("PeriodTriggers", Value.listOf(value));
    }

    /** Sets {@code PeriodTriggers} to this value; see {@link #periodTriggers(List)}. */
    public DashManifestConfiguration periodTriggers(Value<List<String>> value) {
      return set("PeriodTriggers", value);
    }

    /**
     * The profile that the output is compliant with.
     *
     * <p>Allowed values: {@code DVB_DASH}. CloudFormation property {@code Profiles}.
     */
    public DashManifestConfiguration profiles(List<String> value) {
      return set("Profiles", Value.listOf(value));
    }

    /** Sets {@code Profiles} to this value; see {@link #profiles(List)}. */
    public DashManifestConfiguration profiles(Value<List<String>> value) {
      return set("Profiles", value);
    }

    /**
     * Details about the content that you want MediaPackage to pass through in the manifest to the
     * playback device.
     *
     * <p>CloudFormation property {@code ProgramInformation}.
     */
    public DashManifestConfiguration programInformation(Value<DashProgramInformation> value) {
      return set("ProgramInformation", value);
    }

    /**
     * The SCTE configuration.
     *
     * <p>CloudFormation property {@code ScteDash}.
     */
    public DashManifestConfiguration scteDash(Value<ScteDash> value) {
      return set("ScteDash", value);
    }

    /**
     * Determines the type of variable used in the <code>media</code> URL of the
     * <code>SegmentTemplate</code> tag in the manifest. Also specifies if segment timeline
     * information is included in <code>SegmentTimeline</code> or <code>SegmentTemplate</code> .
     *
     * <p>Value description:
     *
     * <ul> <li><code>NUMBER_WITH_TIMELINE</code> - The <code>$Number$</code> variable is used in
     * the <code>media</code> URL. The value of this variable is the sequential number of the
     * segment. A full <code>SegmentTimeline</code> object is presented in each
     * <code>SegmentTemplate</code> . </ul>
     *
     * <p>Allowed values: {@code NUMBER_WITH_TIMELINE}. CloudFormation property {@code
     * SegmentTemplateFormat}.
     */
    public DashManifestConfiguration segmentTemplateFormat(String value) {
      return set("SegmentTemplateFormat", Value.of(value));
    }

    /**
     * Sets {@code SegmentTemplateFormat} to this value; see {@link #segmentTemplateFormat(String)}.
     */
    public DashManifestConfiguration segmentTemplateFormat(Value<String> value) {
      return set("SegmentTemplateFormat", value);
    }

    /**
     * The configuration for DASH subtitles.
     *
     * <p>CloudFormation property {@code SubtitleConfiguration}.
     */
    public DashManifestConfiguration subtitleConfiguration(Value<DashSubtitleConfiguration> value) {
      return set("SubtitleConfiguration", value);
    }

    /**
     * The amount of time (in seconds) that the player should be from the end of the manifest.
     *
     * <p>CloudFormation property {@code SuggestedPresentationDelaySeconds}.
     */
    public DashManifestConfiguration suggestedPresentationDelaySeconds(int value) {
      return set("SuggestedPresentationDelaySeconds", Value.of(value));
    }

    /**
     * Sets {@code SuggestedPresentationDelaySeconds} to this value; see {@link
     * #suggestedPresentationDelaySeconds(int)}.
     */
    public DashManifestConfiguration suggestedPresentationDelaySeconds(Value<Integer> value) {
      return set("SuggestedPresentationDelaySeconds", value);
    }

    /** Allowed values: {@code LEAF}, {@code ROOT}. CloudFormation property {@code UriPathType}. */
    public DashManifestConfiguration uriPathType(String value) {
      return set("UriPathType", Value.of(value));
    }

    /** Sets {@code UriPathType} to this value; see {@link #uriPathType(String)}. */
    public DashManifestConfiguration uriPathType(Value<String> value) {
      return set("UriPathType", value);
    }

    /**
     * Determines the type of UTC timing included in the DASH Media Presentation Description (MPD).
     *
     * <p>CloudFormation property {@code UtcTiming}.
     */
    public DashManifestConfiguration utcTiming(Value<DashUtcTiming> value) {
      return set("UtcTiming", value);
    }
  }

  /**
   * Details about the content that you want MediaPackage to pass through in the manifest to the
   * playback device.
   *
   * <p>Property type {@code AWS::MediaPackageV2::OriginEndpoint.DashProgramInformation}.
   */
  public static final class DashProgramInformation extends Struct<DashProgramInformation> {
    private static final Schema SCHEMA = Schema.builder("AWS::MediaPackageV2::OriginEndpoint.DashProgramInformation")
        .constrain("Copyright", Constraint.of().minLength(1).maxLength(2048))
        .constrain("LanguageCode", Constraint.of().pattern("^[a-zA-Z0-9][a-zA-Z0-9_-]*[a-zA-Z0-9]$").minLength(2).maxLength(5))
        .constrain("MoreInformationUrl", Constraint.of().minLength(1).maxLength(2048))
        .constrain("Source", Constraint.of().minLength(1).maxLength(2048))
        .constrain("Title", Constraint.of().minLength(1).maxLength(2048))
        .build();

    public DashProgramInformation() {
      super(SCHEMA);
    }

    /**
     * A copyright statement about the content.
     *
     * <p>Length: 1 to 2048 characters. CloudFormation property {@code Copyright}.
     */
    public DashProgramInformation copyright(String value) {
      return set("Copyright", Value.of(value));
    }

    /** Sets {@code Copyright} to this value; see {@link #copyright(String)}. */
    public DashProgramInformation copyright(Value<String> value) {
      return set("Copyright", value);
    }

    /**
     * The language code for this manifest.
     *
     * <p>Length: 2 to 5 characters. Pattern: {@code ^[a-zA-Z0-9][a-zA-Z0-9_-]*[a-zA-Z0-9]$}.
     * CloudFormation property {@code LanguageCode}.
     */
    public DashProgramInformation languageCode(String value) {
      return set("LanguageCode", Value.of(value));
    }

    /** Sets {@code LanguageCode} to this value; see {@link #languageCode(String)}. */
    public DashProgramInformation languageCode(Value<String> value) {
      return set("LanguageCode", value);
    }

    /**
     * An absolute URL that contains more information about this content.
     *
     * <p>Length: 1 to 2048 characters. CloudFormation property {@code MoreInformationUrl}.
     */
    public DashProgramInformation moreInformationUrl(String value) {
      return set("MoreInformationUrl", Value.of(value));
    }

    /** Sets {@code MoreInformationUrl} to this value; see {@link #moreInformationUrl(String)}. */
    public DashProgramInformation moreInformationUrl(Value<String> value) {
      return set("MoreInformationUrl", value);
    }

    /**
     * Information about the content provider.
     *
     * <p>Length: 1 to 2048 characters. CloudFormation property {@code Source}.
     */
    public DashProgramInformation source(String value) {
      return set("Source", Value.of(value));
    }

    /** Sets {@code Source} to this value; see {@link #source(String)}. */
    public DashProgramInformation source(Value<String> value) {
      return set("Source", value);
    }

    /**
     * The title for the manifest.
     *
     * <p>Length: 1 to 2048 characters. CloudFormation property {@code Title}.
     */
    public DashProgramInformation title(String value) {
      return set("Title", Value.of(value));
    }

    /** Sets {@code Title} to this value; see {@link #title(String)}. */
    public DashProgramInformation title(Value<String> value) {
      return set("Title", value);
    }
  }

  /**
   * The configuration for DASH subtitles.
   *
   * <p>Property type {@code AWS::MediaPackageV2::OriginEndpoint.DashSubtitleConfiguration}.
   */
  public static final class DashSubtitleConfiguration extends Struct<DashSubtitleConfiguration> {
    private static final Schema SCHEMA = Schema.of("AWS::MediaPackageV2::OriginEndpoint.DashSubtitleConfiguration");

    public DashSubtitleConfiguration() {
      super(SCHEMA);
    }

    /**
     * Settings for TTML subtitles.
     *
     * <p>CloudFormation property {@code TtmlConfiguration}.
     */
    public DashSubtitleConfiguration ttmlConfiguration(Value<DashTtmlConfiguration> value) {
      return set("TtmlConfiguration", value);
    }
  }

  /**
   * The settings for TTML subtitles.
   *
   * <p>Property type {@code AWS::MediaPackageV2::OriginEndpoint.DashTtmlConfiguration}.
   */
  public static final class DashTtmlConfiguration extends Struct<DashTtmlConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::MediaPackageV2::OriginEndpoint.DashTtmlConfiguration")
        .required("TtmlProfile")
        .allowed("TtmlProfile", "IMSC_1", "EBU_TT_D_101")
        .build();

    public DashTtmlConfiguration() {
      super(SCHEMA);
    }

    /**
     * The profile that MediaPackage uses when signaling subtitles in the manifest.
     * <code>IMSC</code> is the default profile. <code>EBU-TT-D</code> produces subtitles that are
     * compliant with the EBU-TT-D TTML profile. MediaPackage passes through subtitle styles to the
     * manifest. For more information about EBU-TT-D subtitles, see <a
     * href="https://docs.aws.amazon.com/https://tech.ebu.ch/publications/tech3380">EBU-TT-D
     * Subtitling Distribution Format</a> .
     *
     * <p>Required. Allowed values: {@code IMSC_1}, {@code EBU_TT_D_101}. CloudFormation property
     * {@code TtmlProfile}.
     */
    public DashTtmlConfiguration ttmlProfile(String value) {
      return set("TtmlProfile", Value.of(value));
    }

    /** Sets {@code TtmlProfile} to this value; see {@link #ttmlProfile(String)}. */
    public DashTtmlConfiguration ttmlProfile(Value<String> value) {
      return set("TtmlProfile", value);
    }
  }

  /**
   * Determines the type of UTC timing included in the DASH Media Presentation Description (MPD).
   *
   * <p>Property type {@code AWS::MediaPackageV2::OriginEndpoint.DashUtcTiming}.
   */
  public static final class DashUtcTiming extends Struct<DashUtcTiming> {
    private static final Schema SCHEMA = Schema.builder("AWS::MediaPackageV2::OriginEndpoint.DashUtcTiming")
        .allowed("TimingMode", "HTTP_HEAD", "HTTP_ISO", "HTTP_XSDATE", "UTC_DIRECT")
        .constrain("TimingSource", Constraint.of().minLength(1).maxLength(1024))
        .build();

    public DashUtcTiming() {
      super(SCHEMA);
    }

    /**
     * The UTC timing mode.
     *
     * <p>Allowed values: {@code HTTP_HEAD}, {@code HTTP_ISO}, {@code HTTP_XSDATE}, {@code
     * UTC_DIRECT}. CloudFormation property {@code TimingMode}.
     */
    public DashUtcTiming timingMode(String value) {
      return set("TimingMode", Value.of(value));
    }

    /** Sets {@code TimingMode} to this value; see {@link #timingMode(String)}. */
    public DashUtcTiming timingMode(Value<String> value) {
      return set("TimingMode", value);
    }

    /**
     * The the method that the player uses to synchronize to coordinated universal time (UTC) wall
     * clock time.
     *
     * <p>Length: 1 to 1024 characters. CloudFormation property {@code TimingSource}.
     */
    public DashUtcTiming timingSource(String value) {
      return set("TimingSource", Value.of(value));
    }

    /** Sets {@code TimingSource} to this value; see {@link #timingSource(String)}. */
    public DashUtcTiming timingSource(Value<String> value) {
      return set("TimingSource", value);
    }
  }

  /**
   * The parameters for encrypting content.
   *
   * <p>Property type {@code AWS::MediaPackageV2::OriginEndpoint.Encryption}.
   */
  public static final class Encryption extends Struct<Encryption> {
    private static final Schema SCHEMA = Schema.builder("AWS::MediaPackageV2::OriginEndpoint.Encryption")
        .required("EncryptionMethod", "SpekeKeyProvider")
        .constrain("ConstantInitializationVector", Constraint.of().pattern("^[0-9a-fA-F]+$").minLength(32).maxLength(32))
        .constrain("KeyRotationIntervalSeconds", Constraint.of().minimum(300).maximum(31536000))
        .build();

    public Encryption() {
      super(SCHEMA);
    }

    /**
     * Excludes SEIG and SGPD boxes from segment metadata in CMAF containers.
     *
     * <p>When set to <code>true</code> , MediaPackage omits these DRM metadata boxes from CMAF
     * segments, which can improve compatibility with certain devices and players that don't support
     * these boxes.
     *
     * <p>Important considerations:
     *
     * <ul> <li>This setting only affects CMAF container formats <li>Key rotation can still be
     * handled through media playlist signaling <li>PSSH and TENC boxes remain unaffected
     * <li>Default behavior is preserved when this setting is disabled </ul>
     *
     * <p>Valid values: <code>true</code> | <code>false</code>
     *
     * <p>Default: <code>false</code>
     *
     * <p>CloudFormation property {@code CmafExcludeSegmentDrmMetadata}.
     */
    public Encryption cmafExcludeSegmentDrmMetadata(boolean value) {
      return set("CmafExcludeSegmentDrmMetadata", Value.of(value));
    }

    /**
     * Sets {@code CmafExcludeSegmentDrmMetadata} to this value; see {@link
     * #cmafExcludeSegmentDrmMetadata(boolean)}.
     */
    public Encryption cmafExcludeSegmentDrmMetadata(Value<Boolean> value) {
      return set("CmafExcludeSegmentDrmMetadata", value);
    }

    /**
     * A 128-bit, 16-byte hex value represented by a 32-character string, used in conjunction with
     * the key for encrypting content. If you don't specify a value, then MediaPackage creates the
     * constant initialization vector (IV).
     *
     * <p>Length: 32 to 32 characters. Pattern: {@code ^[0-9a-fA-F]+$}. CloudFormation property
     * {@code ConstantInitializationVector}.
     */
    public Encryption constantInitializationVector(String value) {
      return set("ConstantInitializationVector", Value.of(value));
    }

    /**
     * Sets {@code ConstantInitializationVector} to this value; see {@link
     * #constantInitializationVector(String)}.
     */
    public Encryption constantInitializationVector(Value<String> value) {
      return set("ConstantInitializationVector", value);
    }

    /**
     * The encryption method to use.
     *
     * <p>Required. CloudFormation property {@code EncryptionMethod}.
     */
    public Encryption encryptionMethod(Value<EncryptionMethod> value) {
      return set("EncryptionMethod", value);
    }

    /**
     * The interval, in seconds, to rotate encryption keys for the origin endpoint.
     *
     * <p>Range: 300 to 31536000. CloudFormation property {@code KeyRotationIntervalSeconds}.
     */
    public Encryption keyRotationIntervalSeconds(int value) {
      return set("KeyRotationIntervalSeconds", Value.of(value));
    }

    /**
     * Sets {@code KeyRotationIntervalSeconds} to this value; see {@link
     * #keyRotationIntervalSeconds(int)}.
     */
    public Encryption keyRotationIntervalSeconds(Value<Integer> value) {
      return set("KeyRotationIntervalSeconds", value);
    }

    /**
     * The SPEKE key provider to use for encryption.
     *
     * <p>Required. CloudFormation property {@code SpekeKeyProvider}.
     */
    public Encryption spekeKeyProvider(Value<SpekeKeyProvider> value) {
      return set("SpekeKeyProvider", value);
    }
  }

  /**
   * Use <code>encryptionContractConfiguration</code> to configure one or more content encryption
   * keys for your endpoints that use SPEKE Version 2.0. The encryption contract defines which
   * content keys are used to encrypt the audio and video tracks in your stream. To configure the
   * encryption contract, specify which audio and video encryption presets to use.
   *
   * <p>Property type {@code AWS::MediaPackageV2::OriginEndpoint.EncryptionContractConfiguration}.
   */
  public static final class EncryptionContractConfiguration extends Struct<EncryptionContractConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::MediaPackageV2::OriginEndpoint.EncryptionContractConfiguration")
        .required("PresetSpeke20Audio", "PresetSpeke20Video")
        .allowed("PresetSpeke20Audio", "PRESET_AUDIO_1", "PRESET_AUDIO_2", "PRESET_AUDIO_3",
            "SHARED", "UNENCRYPTED")
        .allowed("PresetSpeke20Video", "PRESET_VIDEO_1", "PRESET_VIDEO_2", "PRESET_VIDEO_3",
            "PRESET_VIDEO_4", "PRESET_VIDEO_5", "PRESET_VIDEO_6", "PRESET_VIDEO_7",
            "PRESET_VIDEO_8", "SHARED", "UNENCRYPTED")
        .build();

    public EncryptionContractConfiguration() {
      super(SCHEMA);
    }

    /**
     * A collection of audio encryption presets.
     *
     * <p>Value description:
     *
     * <ul> <li><code>PRESET-AUDIO-1</code> - Use one content key to encrypt all of the audio tracks
     * in your stream. <li><code>PRESET-AUDIO-2</code> - Use one content key to encrypt all of the
     * stereo audio tracks and one content key to encrypt all of the multichannel audio tracks.
     * <li><code>PRESET-AUDIO-3</code> - Use one content key to encrypt all of the stereo audio
     * tracks, one content key to encrypt all of the multichannel audio tracks with 3 to 6 channels,
     * and one content key to encrypt all of the multichannel audio tracks with more than 6
     * channels. <li><code>SHARED</code> - Use the same content key for all of the audio and video
     * tracks in your stream. <li><code>UNENCRYPTED</code> - Don't encrypt any of the audio tracks
     * in your stream. </ul>
     *
     * <p>Required. Allowed values: {@code PRESET_AUDIO_1}, {@code PRESET_AUDIO_2}, {@code
     * PRESET_AUDIO_3}, {@code SHARED}, {@code UNENCRYPTED}. CloudFormation property {@code
     * PresetSpeke20Audio}.
     */
    public EncryptionContractConfiguration presetSpeke20Audio(String value) {
      return set("PresetSpeke20Audio", Value.of(value));
    }

    /** Sets {@code PresetSpeke20Audio} to this value; see {@link #presetSpeke20Audio(String)}. */
    public EncryptionContractConfiguration presetSpeke20Audio(Value<String> value) {
      return set("PresetSpeke20Audio", value);
    }

    /**
     * The SPEKE Version 2.0 preset video associated with the encryption contract configuration of
     * the origin endpoint.
     *
     * <p>A collection of video encryption presets.
     *
     * <p>Value description:
     *
     * <ul> <li><code>PRESET-VIDEO-1</code> - Use one content key to encrypt all of the video tracks
     * in your stream. <li><code>PRESET-VIDEO-2</code> - Use one content key to encrypt all of the
     * SD video tracks and one content key for all HD and higher resolutions video tracks.
     * <li><code>PRESET-VIDEO-3</code> - Use one content key to encrypt all of the SD video tracks,
     * one content key for HD video tracks and one content key for all UHD video tracks.
     * <li><code>PRESET-VIDEO-4</code> - Use one content key to encrypt all of the SD video tracks,
     * one content key for HD video tracks, one content key for all UHD1 video tracks and one
     * content key for all UHD2 video tracks. <li><code>PRESET-VIDEO-5</code> - Use one content key
     * to encrypt all of the SD video tracks, one content key for HD1 video tracks, one content key
     * for HD2 video tracks, one content key for all UHD1 video tracks and one content key for all
     * UHD2 video tracks. <li><code>PRESET-VIDEO-6</code> - Use one content key to encrypt all of
     * the SD video tracks, one content key for HD1 video tracks, one content key for HD2 video
     * tracks and one content key for all UHD video tracks. <li><code>PRESET-VIDEO-7</code> - Use
     * one content key to encrypt all of the SD+HD1 video tracks, one content key for HD2 video
     * tracks and one content key for all UHD video tracks. <li><code>PRESET-VIDEO-8</code> - Use
     * one content key to encrypt all of the SD+HD1 video tracks, one content key for HD2 video
     * tracks, one content key for all UHD1 video tracks and one content key for all UHD2 video
     * tracks. <li><code>SHARED</code> - Use the same content key for all of the video and audio
     * tracks in your stream. <li><code>UNENCRYPTED</code> - Don't encrypt any of the video tracks
     * in your stream. </ul>
     *
     * <p>Required. Allowed values: {@code PRESET_VIDEO_1}, {@code PRESET_VIDEO_2}, {@code
     * PRESET_VIDEO_3}, {@code PRESET_VIDEO_4}, {@code PRESET_VIDEO_5}, {@code PRESET_VIDEO_6},
     * {@code PRESET_VIDEO_7}, {@code PRESET_VIDEO_8}, {@code SHARED}, {@code UNENCRYPTED}.
     * CloudFormation property {@code PresetSpeke20Video}.
     */
    public EncryptionContractConfiguration presetSpeke20Video(String value) {
      return set("PresetSpeke20Video", Value.of(value));
    }

    /** Sets {@code PresetSpeke20Video} to this value; see {@link #presetSpeke20Video(String)}. */
    public EncryptionContractConfiguration presetSpeke20Video(Value<String> value) {
      return set("PresetSpeke20Video", value);
    }
  }

  /**
   * The encryption method associated with the origin endpoint.
   *
   * <p>Property type {@code AWS::MediaPackageV2::OriginEndpoint.EncryptionMethod}.
   */
  public static final class EncryptionMethod extends Struct<EncryptionMethod> {
    private static final Schema SCHEMA = Schema.builder("AWS::MediaPackageV2::OriginEndpoint.EncryptionMethod")
        .allowed("CmafEncryptionMethod", "CENC", "CBCS")
        .allowed("IsmEncryptionMethod", "CENC")
        .allowed("TsEncryptionMethod", "AES_128", "SAMPLE_AES")
        .build();

    public EncryptionMethod() {
      super(SCHEMA);
    }

    /**
     * The encryption method to use.
     *
     * <p>Allowed values: {@code CENC}, {@code CBCS}. CloudFormation property {@code
     * CmafEncryptionMethod}.
     */
    public EncryptionMethod cmafEncryptionMethod(String value) {
      return set("CmafEncryptionMethod", Value.of(value));
    }

    /**
     * Sets {@code CmafEncryptionMethod} to this value; see {@link #cmafEncryptionMethod(String)}.
     */
    public EncryptionMethod cmafEncryptionMethod(Value<String> value) {
      return set("CmafEncryptionMethod", value);
    }

    /**
     * The encryption method used for Microsoft Smooth Streaming (MSS) content. This specifies how
     * the MSS segments are encrypted to protect the content during delivery to client players.
     *
     * <p>Allowed values: {@code CENC}. CloudFormation property {@code IsmEncryptionMethod}.
     */
    public EncryptionMethod ismEncryptionMethod(String value) {
      return set("IsmEncryptionMethod", Value.of(value));
    }

    /** Sets {@code IsmEncryptionMethod} to this value; see {@link #ismEncryptionMethod(String)}. */
    public EncryptionMethod ismEncryptionMethod(Value<String> value) {
      return set("IsmEncryptionMethod", value);
    }

    /**
     * The encryption method to use.
     *
     * <p>Allowed values: {@code AES_128}, {@code SAMPLE_AES}. CloudFormation property {@code
     * TsEncryptionMethod}.
     */
    public EncryptionMethod tsEncryptionMethod(String value) {
      return set("TsEncryptionMethod", Value.of(value));
    }

    /** Sets {@code TsEncryptionMethod} to this value; see {@link #tsEncryptionMethod(String)}. */
    public EncryptionMethod tsEncryptionMethod(Value<String> value) {
      return set("TsEncryptionMethod", value);
    }
  }

  /**
   * Filter configuration includes settings for manifest filtering, start and end times, and time
   * delay that apply to all of your egress requests for this manifest.
   *
   * <p>Property type {@code AWS::MediaPackageV2::OriginEndpoint.FilterConfiguration}.
   */
  public static final class FilterConfiguration extends Struct<FilterConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::MediaPackageV2::OriginEndpoint.FilterConfiguration")
        .constrain("ClipStartTime", Constraint.of().format("date-time"))
        .constrain("DrmSettings", Constraint.of().minLength(1).maxLength(1024))
        .constrain("End", Constraint.of().format("date-time"))
        .constrain("ManifestFilter", Constraint.of().minLength(1).maxLength(1024))
        .constrain("Start", Constraint.of().format("date-time"))
        .constrain("TimeDelaySeconds", Constraint.of().minimum(0).maximum(1209600))
        .build();

    public FilterConfiguration() {
      super(SCHEMA);
    }

    /**
     * Optionally specify the clip start time for all of your manifest egress requests. When you
     * include clip start time, note that you cannot use clip start time query parameters for this
     * manifest's endpoint URL.
     *
     * <p>Format: {@code date-time}. CloudFormation property {@code ClipStartTime}.
     */
    public FilterConfiguration clipStartTime(String value) {
      return set("ClipStartTime", Value.of(value));
    }

    /** Sets {@code ClipStartTime} to this value; see {@link #clipStartTime(String)}. */
    public FilterConfiguration clipStartTime(Value<String> value) {
      return set("ClipStartTime", value);
    }

    /**
     * &lt;p&gt;Optionally specify one or more DRM settings for all of your manifest egress
     * requests. When you include a DRM setting, note that you cannot use an identical DRM setting
     * query parameter for this manifest's endpoint URL.&lt;/p&gt;
     *
     * <p>Length: 1 to 1024 characters. CloudFormation property {@code DrmSettings}.
     */
    public FilterConfiguration drmSettings(String value) {
      return set("DrmSettings", Value.of(value));
    }

    /** Sets {@code DrmSettings} to this value; see {@link #drmSettings(String)}. */
    public FilterConfiguration drmSettings(Value<String> value) {
      return set("DrmSettings", value);
    }

    /**
     * Optionally specify the end time for all of your manifest egress requests. When you include
     * end time, note that you cannot use end time query parameters for this manifest's endpoint
     * URL.
     *
     * <p>Format: {@code date-time}. CloudFormation property {@code End}.
     */
    public FilterConfiguration end(String value) {
      return set("End", Value.of(value));
    }

    /** Sets {@code End} to this value; see {@link #end(String)}. */
    public FilterConfiguration end(Value<String> value) {
      return set("End", value);
    }

    /**
     * Optionally specify one or more manifest filters for all of your manifest egress requests.
     * When you include a manifest filter, note that you cannot use an identical manifest filter
     * query parameter for this manifest's endpoint URL.
     *
     * <p>Length: 1 to 1024 characters. CloudFormation property {@code ManifestFilter}.
     */
    public FilterConfiguration manifestFilter(String value) {
      return set("ManifestFilter", Value.of(value));
    }

    /** Sets {@code ManifestFilter} to this value; see {@link #manifestFilter(String)}. */
    public FilterConfiguration manifestFilter(Value<String> value) {
      return set("ManifestFilter", value);
    }

    /**
     * Optionally specify the start time for all of your manifest egress requests. When you include
     * start time, note that you cannot use start time query parameters for this manifest's endpoint
     * URL.
     *
     * <p>Format: {@code date-time}. CloudFormation property {@code Start}.
     */
    public FilterConfiguration start(String value) {
      return set("Start", Value.of(value));
    }

    /** Sets {@code Start} to this value; see {@link #start(String)}. */
    public FilterConfiguration start(Value<String> value) {
      return set("Start", value);
    }

    /**
     * Optionally specify the time delay for all of your manifest egress requests. Enter a value
     * that is smaller than your endpoint's startover window. When you include time delay, note that
     * you cannot use time delay query parameters for this manifest's endpoint URL.
     *
     * <p>Range: 0 to 1209600. CloudFormation property {@code TimeDelaySeconds}.
     */
    public FilterConfiguration timeDelaySeconds(int value) {
      return set("TimeDelaySeconds", Value.of(value));
    }

    /** Sets {@code TimeDelaySeconds} to this value; see {@link #timeDelaySeconds(int)}. */
    public FilterConfiguration timeDelaySeconds(Value<Integer> value) {
      return set("TimeDelaySeconds", value);
    }
  }

  /**
   * The failover settings for the endpoint.
   *
   * <p>Property type {@code AWS::MediaPackageV2::OriginEndpoint.ForceEndpointErrorConfiguration}.
   */
  public static final class ForceEndpointErrorConfiguration extends Struct<ForceEndpointErrorConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::MediaPackageV2::OriginEndpoint.ForceEndpointErrorConfiguration")
        .allowed("EndpointErrorConditions", "STALE_MANIFEST", "INCOMPLETE_MANIFEST",
            "MISSING_DRM_KEY", "SLATE_INPUT")
        .build();

    public ForceEndpointErrorConfiguration() {
      super(SCHEMA);
    }

    /**
     * The failover conditions for the endpoint. The options are:
     *
     * <ul> <li><code>STALE_MANIFEST</code> - The manifest stalled and there are no new segments or
     * parts. <li><code>INCOMPLETE_MANIFEST</code> - There is a gap in the manifest.
     * <li><code>MISSING_DRM_KEY</code> - Key rotation is enabled but we're unable to fetch the key
     * for the current key period. <li><code>SLATE_INPUT</code> - The segments which contain slate
     * content are considered to be missing content. </ul>
     *
     * <p>Allowed values: {@code STALE_MANIFEST}, {@code INCOMPLETE_MANIFEST}, {@code
     * MISSING_DRM_KEY}, {@code SLATE_INPUT}. CloudFormation property {@code
     * EndpointErrorConditions}.
     */
    public ForceEndpointErrorConfiguration endpointErrorConditions(List<String> value) {
      return set("EndpointErrorConditions", Value.listOf(value));
    }

    /**
     * Sets {@code EndpointErrorConditions} to this value; see {@link
     * #endpointErrorConditions(List)}.
     */
    public ForceEndpointErrorConfiguration endpointErrorConditions(Value<List<String>> value) {
      return set("EndpointErrorConditions", value);
    }
  }

  /**
   * The HLS manifest configuration associated with the origin endpoint.
   *
   * <p>Property type {@code AWS::MediaPackageV2::OriginEndpoint.HlsManifestConfiguration}.
   */
  public static final class HlsManifestConfiguration extends Struct<HlsManifestConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::MediaPackageV2::OriginEndpoint.HlsManifestConfiguration")
        .required("ManifestName")
        .constrain("ChildManifestName", Constraint.of().pattern("^[a-zA-Z0-9_-]+$").minLength(1).maxLength(256))
        .constrain("ManifestName", Constraint.of().pattern("^[a-zA-Z0-9_-]+$").minLength(1).maxLength(256))
        .allowed("UriPathType", "LEAF", "ROOT")
        .build();

    public HlsManifestConfiguration() {
      super(SCHEMA);
    }

    /**
     * The name of the child manifest associated with the HLS manifest configuration.
     *
     * <p>Length: 1 to 256 characters. Pattern: {@code ^[a-zA-Z0-9_-]+$}. CloudFormation property
     * {@code ChildManifestName}.
     */
    public HlsManifestConfiguration childManifestName(String value) {
      return set("ChildManifestName", Value.of(value));
    }

    /** Sets {@code ChildManifestName} to this value; see {@link #childManifestName(String)}. */
    public HlsManifestConfiguration childManifestName(Value<String> value) {
      return set("ChildManifestName", value);
    }

    /**
     * Filter configuration includes settings for manifest filtering, start and end times, and time
     * delay that apply to all of your egress requests for this manifest.
     *
     * <p>CloudFormation property {@code FilterConfiguration}.
     */
    public HlsManifestConfiguration filterConfiguration(Value<FilterConfiguration> value) {
      return set("FilterConfiguration", value);
    }

    /**
     * The name of the manifest associated with the HLS manifest configuration.
     *
     * <p>Required. Length: 1 to 256 characters. Pattern: {@code ^[a-zA-Z0-9_-]+$}. CloudFormation
     * property {@code ManifestName}.
     */
    public HlsManifestConfiguration manifestName(String value) {
      return set("ManifestName", Value.of(value));
    }

    /** Sets {@code ManifestName} to this value; see {@link #manifestName(String)}. */
    public HlsManifestConfiguration manifestName(Value<String> value) {
      return set("ManifestName", value);
    }

    /**
     * The duration of the manifest window, in seconds, for the HLS manifest configuration.
     *
     * <p>CloudFormation property {@code ManifestWindowSeconds}.
     */
    public HlsManifestConfiguration manifestWindowSeconds(int value) {
      return set("ManifestWindowSeconds", Value.of(value));
    }

    /**
     * Sets {@code ManifestWindowSeconds} to this value; see {@link #manifestWindowSeconds(int)}.
     */
    public HlsManifestConfiguration manifestWindowSeconds(Value<Integer> value) {
      return set("ManifestWindowSeconds", value);
    }

    /**
     * The <code>EXT-X-PROGRAM-DATE-TIME</code> interval, in seconds, associated with the HLS
     * manifest configuration.
     *
     * <p>CloudFormation property {@code ProgramDateTimeIntervalSeconds}.
     */
    public HlsManifestConfiguration programDateTimeIntervalSeconds(int value) {
      return set("ProgramDateTimeIntervalSeconds", Value.of(value));
    }

    /**
     * Sets {@code ProgramDateTimeIntervalSeconds} to this value; see {@link
     * #programDateTimeIntervalSeconds(int)}.
     */
    public HlsManifestConfiguration programDateTimeIntervalSeconds(Value<Integer> value) {
      return set("ProgramDateTimeIntervalSeconds", value);
    }

    /**
     * THE SCTE-35 HLS configuration associated with the HLS manifest configuration.
     *
     * <p>CloudFormation property {@code ScteHls}.
     */
    public HlsManifestConfiguration scteHls(Value<ScteHls> value) {
      return set("ScteHls", value);
    }

    /**
     * To insert an EXT-X-START tag in your HLS playlist, specify a StartTag configuration object
     * with a valid TimeOffset. When you do, you can also optionally specify whether to include a
     * PRECISE value in the EXT-X-START tag.
     *
     * <p>CloudFormation property {@code StartTag}.
     */
    public HlsManifestConfiguration startTag(Value<StartTag> value) {
      return set("StartTag", value);
    }

    /** Allowed values: {@code LEAF}, {@code ROOT}. CloudFormation property {@code UriPathType}. */
    public HlsManifestConfiguration uriPathType(String value) {
      return set("UriPathType", Value.of(value));
    }

    /** Sets {@code UriPathType} to this value; see {@link #uriPathType(String)}. */
    public HlsManifestConfiguration uriPathType(Value<String> value) {
      return set("UriPathType", value);
    }

    /**
     * The URL of the HLS manifest configuration.
     *
     * <p>CloudFormation property {@code Url}.
     */
    public HlsManifestConfiguration url(String value) {
      return set("Url", Value.of(value));
    }

    /** Sets {@code Url} to this value; see {@link #url(String)}. */
    public HlsManifestConfiguration url(Value<String> value) {
      return set("Url", value);
    }

    /**
     * When enabled, MediaPackage URL-encodes the query string for API requests for HLS child
     * manifests to comply with AWS Signature Version 4 (SigV4) signature signing protocol. For more
     * information, see <a
     * href="https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_sigv.html">AWS Signature
     * Version 4 for API requests</a> in <em>AWS Identity and Access Management User Guide</em> .
     *
     * <p>CloudFormation property {@code UrlEncodeChildManifest}.
     */
    public HlsManifestConfiguration urlEncodeChildManifest(boolean value) {
      return set("UrlEncodeChildManifest", Value.of(value));
    }

    /**
     * Sets {@code UrlEncodeChildManifest} to this value; see {@link
     * #urlEncodeChildManifest(boolean)}.
     */
    public HlsManifestConfiguration urlEncodeChildManifest(Value<Boolean> value) {
      return set("UrlEncodeChildManifest", value);
    }
  }

  /**
   * Specify a low-latency HTTP live streaming (LL-HLS) manifest configuration.
   *
   * <p>Property type {@code
   * AWS::MediaPackageV2::OriginEndpoint.LowLatencyHlsManifestConfiguration}.
   */
  public static final class LowLatencyHlsManifestConfiguration extends Struct<LowLatencyHlsManifestConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::MediaPackageV2::OriginEndpoint.LowLatencyHlsManifestConfiguration")
        .required("ManifestName")
        .constrain("ChildManifestName", Constraint.of().pattern("^[a-zA-Z0-9_-]+$").minLength(1).maxLength(256))
        .constrain("ManifestName", Constraint.of().pattern("^[a-zA-Z0-9_-]+$").minLength(1).maxLength(256))
        .allowed("UriPathType", "LEAF", "ROOT")
        .build();

    public LowLatencyHlsManifestConfiguration() {
      super(SCHEMA);
    }

    /**
     * The name of the child manifest associated with the low-latency HLS (LL-HLS) manifest
     * configuration of the origin endpoint.
     *
     * <p>Length: 1 to 256 characters. Pattern: {@code ^[a-zA-Z0-9_-]+$}. CloudFormation property
     * {@code ChildManifestName}.
     */
    public LowLatencyHlsManifestConfiguration childManifestName(String value) {
      return set("ChildManifestName", Value.of(value));
    }

    /** Sets {@code ChildManifestName} to this value; see {@link #childManifestName(String)}. */
    public LowLatencyHlsManifestConfiguration childManifestName(Value<String> value) {
      return set("ChildManifestName", value);
    }

    /**
     * Filter configuration includes settings for manifest filtering, start and end times, and time
     * delay that apply to all of your egress requests for this manifest.
     *
     * <p>CloudFormation property {@code FilterConfiguration}.
     */
    public LowLatencyHlsManifestConfiguration filterConfiguration(Value<FilterConfiguration> value) {
      return set("FilterConfiguration", value);
    }

    /**
     * A short string that's appended to the endpoint URL. The manifest name creates a unique path
     * to this endpoint. If you don't enter a value, MediaPackage uses the default manifest name,
     * <code>index</code> . MediaPackage automatically inserts the format extension, such as
     * <code>.m3u8</code> . You can't use the same manifest name if you use HLS manifest and
     * low-latency HLS manifest. The <code>manifestName</code> on the <code>HLSManifest</code>
     * object overrides the <code>manifestName</code> you provided on the
     * <code>originEndpoint</code> object.
     *
     * <p>Required. Length: 1 to 256 characters. Pattern: {@code ^[a-zA-Z0-9_-]+$}. CloudFormation
     * property {@code ManifestName}.
     */
    public LowLatencyHlsManifestConfiguration manifestName(String value) {
      return set("ManifestName", Value.of(value));
    }

    /** Sets {@code ManifestName} to this value; see {@link #manifestName(String)}. */
    public LowLatencyHlsManifestConfiguration manifestName(Value<String> value) {
      return set("ManifestName", value);
    }

    /**
     * The total duration (in seconds) of the manifest's content.
     *
     * <p>CloudFormation property {@code ManifestWindowSeconds}.
     */
    public LowLatencyHlsManifestConfiguration manifestWindowSeconds(int value) {
      return set("ManifestWindowSeconds", Value.of(value));
    }

    /**
     * Sets {@code ManifestWindowSeconds} to this value; see {@link #manifestWindowSeconds(int)}.
     */
    public LowLatencyHlsManifestConfiguration manifestWindowSeconds(Value<Integer> value) {
      return set("ManifestWindowSeconds", value);
    }

    /**
     * Inserts <code>EXT-X-PROGRAM-DATE-TIME</code> tags in the output manifest at the interval that
     * you specify. If you don't enter an interval, <code>EXT-X-PROGRAM-DATE-TIME</code> tags aren't
     * included in the manifest. The tags sync the stream to the wall clock so that viewers can seek
     * to a specific time in the playback timeline on the player.
     *
     * <p>Irrespective of this parameter, if any <code>ID3Timed</code> metadata is in the HLS input,
     * MediaPackage passes through that metadata to the HLS output.
     *
     * <p>CloudFormation property {@code ProgramDateTimeIntervalSeconds}.
     */
    public LowLatencyHlsManifestConfiguration programDateTimeIntervalSeconds(int value) {
      return set("ProgramDateTimeIntervalSeconds", Value.of(value));
    }

    /**
     * Sets {@code ProgramDateTimeIntervalSeconds} to this value; see {@link
     * #programDateTimeIntervalSeconds(int)}.
     */
    public LowLatencyHlsManifestConfiguration programDateTimeIntervalSeconds(Value<Integer> value) {
      return set("ProgramDateTimeIntervalSeconds", value);
    }

    /**
     * The SCTE-35 HLS configuration associated with the low-latency HLS (LL-HLS) manifest
     * configuration of the origin endpoint.
     *
     * <p>CloudFormation property {@code ScteHls}.
     */
    public LowLatencyHlsManifestConfiguration scteHls(Value<ScteHls> value) {
      return set("ScteHls", value);
    }

    /**
     * To insert an EXT-X-START tag in your HLS playlist, specify a StartTag configuration object
     * with a valid TimeOffset. When you do, you can also optionally specify whether to include a
     * PRECISE value in the EXT-X-START tag.
     *
     * <p>CloudFormation property {@code StartTag}.
     */
    public LowLatencyHlsManifestConfiguration startTag(Value<StartTag> value) {
      return set("StartTag", value);
    }

    /** Allowed values: {@code LEAF}, {@code ROOT}. CloudFormation property {@code UriPathType}. */
    public LowLatencyHlsManifestConfiguration uriPathType(String value) {
      return set("UriPathType", Value.of(value));
    }

    /** Sets {@code UriPathType} to this value; see {@link #uriPathType(String)}. */
    public LowLatencyHlsManifestConfiguration uriPathType(Value<String> value) {
      return set("UriPathType", value);
    }

    /**
     * The URL of the low-latency HLS (LL-HLS) manifest configuration of the origin endpoint.
     *
     * <p>CloudFormation property {@code Url}.
     */
    public LowLatencyHlsManifestConfiguration url(String value) {
      return set("Url", Value.of(value));
    }

    /** Sets {@code Url} to this value; see {@link #url(String)}. */
    public LowLatencyHlsManifestConfiguration url(Value<String> value) {
      return set("Url", value);
    }

    /**
     * When enabled, MediaPackage URL-encodes the query string for API requests for LL-HLS child
     * manifests to comply with AWS Signature Version 4 (SigV4) signature signing protocol. For more
     * information, see <a
     * href="https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_sigv.html">AWS Signature
     * Version 4 for API requests</a> in <em>AWS Identity and Access Management User Guide</em> .
     *
     * <p>CloudFormation property {@code UrlEncodeChildManifest}.
     */
    public LowLatencyHlsManifestConfiguration urlEncodeChildManifest(boolean value) {
      return set("UrlEncodeChildManifest", Value.of(value));
    }

    /**
     * Sets {@code UrlEncodeChildManifest} to this value; see {@link
     * #urlEncodeChildManifest(boolean)}.
     */
    public LowLatencyHlsManifestConfiguration urlEncodeChildManifest(Value<Boolean> value) {
      return set("UrlEncodeChildManifest", value);
    }
  }

  /**
   * &lt;p&gt;Configuration details for a Microsoft Smooth Streaming (MSS) manifest associated with
   * an origin endpoint. This includes all the settings and properties that define how the MSS
   * content is packaged and delivered.&lt;/p&gt;
   *
   * <p>Property type {@code AWS::MediaPackageV2::OriginEndpoint.MssManifestConfiguration}.
   */
  public static final class MssManifestConfiguration extends Struct<MssManifestConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::MediaPackageV2::OriginEndpoint.MssManifestConfiguration")
        .required("ManifestName")
        .allowed("ManifestLayout", "FULL", "COMPACT")
        .constrain("ManifestName", Constraint.of().pattern("^[a-zA-Z0-9-]+$").minLength(1).maxLength(256))
        .build();

    public MssManifestConfiguration() {
      super(SCHEMA);
    }

    /**
     * &lt;p&gt;Filter configuration includes settings for manifest filtering, start and end times,
     * and time delay that apply to all of your egress requests for this manifest. &lt;/p&gt;
     *
     * <p>CloudFormation property {@code FilterConfiguration}.
     */
    public MssManifestConfiguration filterConfiguration(Value<FilterConfiguration> value) {
      return set("FilterConfiguration", value);
    }

    /**
     * Allowed values: {@code FULL}, {@code COMPACT}. CloudFormation property {@code
     * ManifestLayout}.
     */
    public MssManifestConfiguration manifestLayout(String value) {
      return set("ManifestLayout", Value.of(value));
    }

    /** Sets {@code ManifestLayout} to this value; see {@link #manifestLayout(String)}. */
    public MssManifestConfiguration manifestLayout(Value<String> value) {
      return set("ManifestLayout", value);
    }

    /**
     * &lt;p&gt;The name of the MSS manifest. This name is appended to the origin endpoint URL to
     * create the unique path for accessing this specific MSS manifest.&lt;/p&gt;
     *
     * <p>Required. Length: 1 to 256 characters. Pattern: {@code ^[a-zA-Z0-9-]+$}. CloudFormation
     * property {@code ManifestName}.
     */
    public MssManifestConfiguration manifestName(String value) {
      return set("ManifestName", Value.of(value));
    }

    /** Sets {@code ManifestName} to this value; see {@link #manifestName(String)}. */
    public MssManifestConfiguration manifestName(Value<String> value) {
      return set("ManifestName", value);
    }

    /**
     * &lt;p&gt;The duration (in seconds) of the manifest window. This represents the total amount
     * of content available in the manifest at any given time.&lt;/p&gt;
     *
     * <p>CloudFormation property {@code ManifestWindowSeconds}.
     */
    public MssManifestConfiguration manifestWindowSeconds(int value) {
      return set("ManifestWindowSeconds", Value.of(value));
    }

    /**
     * Sets {@code ManifestWindowSeconds} to this value; see {@link #manifestWindowSeconds(int)}.
     */
    public MssManifestConfiguration manifestWindowSeconds(Value<Integer> value) {
      return set("ManifestWindowSeconds", value);
    }
  }

  /**
   * The SCTE-35 configuration associated with the origin endpoint.
   *
   * <p>Property type {@code AWS::MediaPackageV2::OriginEndpoint.Scte}.
   */
  public static final class Scte extends Struct<Scte> {
    private static final Schema SCHEMA = Schema.builder("AWS::MediaPackageV2::OriginEndpoint.Scte")
        .allowed("CustomAdTypes", "PROGRAM", "CHAPTER", "UNSCHEDULED_EVENT",
            "ALTERNATE_CONTENT_OPPORTUNITY", "NETWORK")
        .allowed("ScteFilter", "SPLICE_INSERT", "BREAK", "PROVIDER_ADVERTISEMENT",
            "DISTRIBUTOR_ADVERTISEMENT", "PROVIDER_PLACEMENT_OPPORTUNITY",
            "DISTRIBUTOR_PLACEMENT_OPPORTUNITY", "PROVIDER_OVERLAY_PLACEMENT_OPPORTUNITY",
            "DISTRIBUTOR_OVERLAY_PLACEMENT_OPPORTUNITY", "PROGRAM", "CHAPTER", "UNSCHEDULED_EVENT",
            "ALTERNATE_CONTENT_OPPORTUNITY", "NETWORK", "PROVIDER_PROMO", "DISTRIBUTOR_PROMO",
            "PROVIDER_AD_BLOCK", "DISTRIBUTOR_AD_BLOCK", "CONTENT_IDENTIFICATION", "CALL_AD_SERVER")
        .allowed("ScteInSegments", "NONE", "ALL", "MATCHES_FILTER")
        .build();

    public Scte() {
      super(SCHEMA);
    }

    /**
     * &lt;p&gt;A list of additional non-Ad SCTE-35 event types to treat as advertisements. When
     * configured, events matching these types produce ad markers (such as
     * &lt;code&gt;SCTE35-OUT&lt;/code&gt; and &lt;code&gt;SCTE35-IN&lt;/code&gt; in HLS DATERANGE
     * tags) in manifests.&lt;/p&gt; &lt;p&gt;Valid values: &lt;code&gt;PROGRAM&lt;/code&gt; |
     * &lt;code&gt;CHAPTER&lt;/code&gt; | &lt;code&gt;UNSCHEDULED_EVENT&lt;/code&gt; |
     * &lt;code&gt;ALTERNATE_CONTENT_OPPORTUNITY&lt;/code&gt; | &lt;code&gt;NETWORK&lt;/code&gt;
     * &lt;/p&gt; &lt;p&gt;If you don't specify any values, the default is empty (only default ad
     * types are used).&lt;/p&gt;
     *
     * <p>Allowed values: {@code PROGRAM}, {@code CHAPTER}, {@code UNSCHEDULED_EVENT}, {@code
     * ALTERNATE_CONTENT_OPPORTUNITY}, {@code NETWORK}. CloudFormation property {@code
     * CustomAdTypes}.
     */
    public Scte customAdTypes(List<String> value) {
      return set("CustomAdTypes", Value.listOf(value));
    }

    /** Sets {@code CustomAdTypes} to this value; see {@link #customAdTypes(List)}. */
    public Scte customAdTypes(Value<List<String>> value) {
      return set("CustomAdTypes", value);
    }

    /**
     * The filter associated with the SCTE-35 configuration.
     *
     * <p>Allowed values: {@code SPLICE_INSERT}, {@code BREAK}, {@code PROVIDER_ADVERTISEMENT},
     * {@code DISTRIBUTOR_ADVERTISEMENT}, {@code PROVIDER_PLACEMENT_OPPORTUNITY}, {@code
     * DISTRIBUTOR_PLACEMENT_OPPORTUNITY}, {@code PROVIDER_OVERLAY_PLACEMENT_OPPORTUNITY}, {@code
     * DISTRIBUTOR_OVERLAY_PLACEMENT_OPPORTUNITY}, {@code PROGRAM}, {@code CHAPTER}, {@code
     * UNSCHEDULED_EVENT}, {@code ALTERNATE_CONTENT_OPPORTUNITY}, {@code NETWORK}, {@code
     * PROVIDER_PROMO}, {@code DISTRIBUTOR_PROMO}, {@code PROVIDER_AD_BLOCK}, {@code
     * DISTRIBUTOR_AD_BLOCK}, {@code CONTENT_IDENTIFICATION}, {@code CALL_AD_SERVER}. CloudFormation
     * property {@code ScteFilter}.
     */
    public Scte scteFilter(List<String> value) {
      return set("ScteFilter", Value.listOf(value));
    }

    /** Sets {@code ScteFilter} to this value; see {@link #scteFilter(List)}. */
    public Scte scteFilter(Value<List<String>> value) {
      return set("ScteFilter", value);
    }

    /**
     * Controls whether SCTE-35 messages are included in segment files.
     *
     * <ul> <li>None – SCTE-35 messages are not included in segments (default) <li>All – SCTE-35
     * messages are embedded in segment data </ul>
     *
     * <p>For DASH manifests, when set to <code>All</code> , an <code>InbandEventStream</code> tag
     * signals that SCTE messages are present in segments. This setting works independently of
     * manifest ad markers.
     *
     * <p>Allowed values: {@code NONE}, {@code ALL}, {@code MATCHES_FILTER}. CloudFormation property
     * {@code ScteInSegments}.
     */
    public Scte scteInSegments(String value) {
      return set("ScteInSegments", Value.of(value));
    }

    /** Sets {@code ScteInSegments} to this value; see {@link #scteInSegments(String)}. */
    public Scte scteInSegments(Value<String> value) {
      return set("ScteInSegments", value);
    }
  }

  /**
   * The SCTE configuration.
   *
   * <p>Property type {@code AWS::MediaPackageV2::OriginEndpoint.ScteDash}.
   */
  public static final class ScteDash extends Struct<ScteDash> {
    private static final Schema SCHEMA = Schema.builder("AWS::MediaPackageV2::OriginEndpoint.ScteDash")
        .allowed("AdMarkerDash", "BINARY", "XML")
        .allowed("ScteInManifests", "ALL", "MATCHES_FILTER")
        .build();

    public ScteDash() {
      super(SCHEMA);
    }

    /**
     * Choose how ad markers are included in the packaged content. If you include ad markers in the
     * content stream in your upstream encoders, then you need to inform MediaPackage what to do
     * with the ad markers in the output.
     *
     * <p>Value description:
     *
     * <ul> <li><code>Binary</code> - The SCTE-35 marker is expressed as a hex-string (Base64
     * string) rather than full XML. <li><code>XML</code> - The SCTE marker is expressed fully in
     * XML. </ul>
     *
     * <p>Allowed values: {@code BINARY}, {@code XML}. CloudFormation property {@code AdMarkerDash}.
     */
    public ScteDash adMarkerDash(String value) {
      return set("AdMarkerDash", Value.of(value));
    }

    /** Sets {@code AdMarkerDash} to this value; see {@link #adMarkerDash(String)}. */
    public ScteDash adMarkerDash(Value<String> value) {
      return set("AdMarkerDash", value);
    }

    /**
     * Allowed values: {@code ALL}, {@code MATCHES_FILTER}. CloudFormation property {@code
     * ScteInManifests}.
     */
    public ScteDash scteInManifests(String value) {
      return set("ScteInManifests", Value.of(value));
    }

    /** Sets {@code ScteInManifests} to this value; see {@link #scteInManifests(String)}. */
    public ScteDash scteInManifests(Value<String> value) {
      return set("ScteInManifests", value);
    }
  }

  /**
   * The SCTE-35 HLS configuration associated with the origin endpoint.
   *
   * <p>Property type {@code AWS::MediaPackageV2::OriginEndpoint.ScteHls}.
   */
  public static final class ScteHls extends Struct<ScteHls> {
    private static final Schema SCHEMA = Schema.builder("AWS::MediaPackageV2::OriginEndpoint.ScteHls")
        .allowed("AdMarkerHls", "DATERANGE", "SCTE35_ENHANCED")
        .allowed("ScteInManifests", "ALL", "MATCHES_FILTER")
        .build();

    public ScteHls() {
      super(SCHEMA);
    }

    /**
     * The SCTE-35 HLS ad-marker configuration.
     *
     * <p>Allowed values: {@code DATERANGE}, {@code SCTE35_ENHANCED}. CloudFormation property {@code
     * AdMarkerHls}.
     */
    public ScteHls adMarkerHls(String value) {
      return set("AdMarkerHls", Value.of(value));
    }

    /** Sets {@code AdMarkerHls} to this value; see {@link #adMarkerHls(String)}. */
    public ScteHls adMarkerHls(Value<String> value) {
      return set("AdMarkerHls", value);
    }

    /**
     * Allowed values: {@code ALL}, {@code MATCHES_FILTER}. CloudFormation property {@code
     * ScteInManifests}.
     */
    public ScteHls scteInManifests(String value) {
      return set("ScteInManifests", Value.of(value));
    }

    /** Sets {@code ScteInManifests} to this value; see {@link #scteInManifests(String)}. */
    public ScteHls scteInManifests(Value<String> value) {
      return set("ScteInManifests", value);
    }
  }

  /**
   * The segment configuration, including the segment name, duration, and other configuration
   * values.
   *
   * <p>Property type {@code AWS::MediaPackageV2::OriginEndpoint.Segment}.
   */
  public static final class Segment extends Struct<Segment> {
    private static final Schema SCHEMA = Schema.builder("AWS::MediaPackageV2::OriginEndpoint.Segment")
        .allowed("OutputTimestampMode", "PASSTHROUGH", "REBASED_TO_CHANNEL_START")
        .constrain("SegmentDurationSeconds", Constraint.of().minimum(1).maximum(30))
        .constrain("SegmentName", Constraint.of().pattern("^[a-zA-Z0-9_-]+$").minLength(1).maxLength(256))
        .build();

    public Segment() {
      super(SCHEMA);
    }

    /**
     * Whether to use encryption for the segment.
     *
     * <p>CloudFormation property {@code Encryption}.
     */
    public Segment encryption(Value<Encryption> value) {
      return set("Encryption", value);
    }

    /**
     * Whether the segment includes I-frame-only streams.
     *
     * <p>CloudFormation property {@code IncludeIframeOnlyStreams}.
     */
    public Segment includeIframeOnlyStreams(boolean value) {
      return set("IncludeIframeOnlyStreams", Value.of(value));
    }

    /**
     * Sets {@code IncludeIframeOnlyStreams} to this value; see {@link
     * #includeIframeOnlyStreams(boolean)}.
     */
    public Segment includeIframeOnlyStreams(Value<Boolean> value) {
      return set("IncludeIframeOnlyStreams", value);
    }

    /**
     * Allowed values: {@code PASSTHROUGH}, {@code REBASED_TO_CHANNEL_START}. CloudFormation
     * property {@code OutputTimestampMode}.
     */
    public Segment outputTimestampMode(String value) {
      return set("OutputTimestampMode", Value.of(value));
    }

    /** Sets {@code OutputTimestampMode} to this value; see {@link #outputTimestampMode(String)}. */
    public Segment outputTimestampMode(Value<String> value) {
      return set("OutputTimestampMode", value);
    }

    /**
     * The SCTE-35 configuration associated with the segment.
     *
     * <p>CloudFormation property {@code Scte}.
     */
    public Segment scte(Value<Scte> value) {
      return set("Scte", value);
    }

    /**
     * The duration of the segment, in seconds.
     *
     * <p>Range: 1 to 30. CloudFormation property {@code SegmentDurationSeconds}.
     */
    public Segment segmentDurationSeconds(int value) {
      return set("SegmentDurationSeconds", Value.of(value));
    }

    /**
     * Sets {@code SegmentDurationSeconds} to this value; see {@link #segmentDurationSeconds(int)}.
     */
    public Segment segmentDurationSeconds(Value<Integer> value) {
      return set("SegmentDurationSeconds", value);
    }

    /**
     * The name of the segment associated with the origin endpoint.
     *
     * <p>Length: 1 to 256 characters. Pattern: {@code ^[a-zA-Z0-9_-]+$}. CloudFormation property
     * {@code SegmentName}.
     */
    public Segment segmentName(String value) {
      return set("SegmentName", Value.of(value));
    }

    /** Sets {@code SegmentName} to this value; see {@link #segmentName(String)}. */
    public Segment segmentName(Value<String> value) {
      return set("SegmentName", value);
    }

    /**
     * Whether the segment includes DVB subtitles.
     *
     * <p>CloudFormation property {@code TsIncludeDvbSubtitles}.
     */
    public Segment tsIncludeDvbSubtitles(boolean value) {
      return set("TsIncludeDvbSubtitles", Value.of(value));
    }

    /**
     * Sets {@code TsIncludeDvbSubtitles} to this value; see {@link
     * #tsIncludeDvbSubtitles(boolean)}.
     */
    public Segment tsIncludeDvbSubtitles(Value<Boolean> value) {
      return set("TsIncludeDvbSubtitles", value);
    }

    /**
     * Whether the segment is an audio rendition group.
     *
     * <p>CloudFormation property {@code TsUseAudioRenditionGroup}.
     */
    public Segment tsUseAudioRenditionGroup(boolean value) {
      return set("TsUseAudioRenditionGroup", Value.of(value));
    }

    /**
     * Sets {@code TsUseAudioRenditionGroup} to this value; see {@link
     * #tsUseAudioRenditionGroup(boolean)}.
     */
    public Segment tsUseAudioRenditionGroup(Value<Boolean> value) {
      return set("TsUseAudioRenditionGroup", value);
    }
  }

  /**
   * The parameters for the SPEKE key provider.
   *
   * <p>Property type {@code AWS::MediaPackageV2::OriginEndpoint.SpekeKeyProvider}.
   */
  public static final class SpekeKeyProvider extends Struct<SpekeKeyProvider> {
    private static final Schema SCHEMA = Schema.builder("AWS::MediaPackageV2::OriginEndpoint.SpekeKeyProvider")
        .required("DrmSystems", "EncryptionContractConfiguration", "ResourceId", "RoleArn", "Url")
        .constrain("CertificateArn", Constraint.of().pattern("^arn:([^:\\n]+):acm:([^:\\n]+):([0-9]+):certificate/[a-zA-Z0-9-_]+$").minLength(20).maxLength(2048))
        .allowed("DrmSystems", "CLEAR_KEY_AES_128", "FAIRPLAY", "PLAYREADY", "WIDEVINE", "IRDETO")
        .constrain("ResourceId", Constraint.of().pattern("^[0-9a-zA-Z_-]+$").minLength(1).maxLength(256))
        .constrain("RoleArn", Constraint.of().minLength(1).maxLength(2048).format("AWS::IAM::Role.Arn"))
        .constrain("Url", Constraint.of().minLength(1).maxLength(1024))
        .build();

    public SpekeKeyProvider() {
      super(SCHEMA);
    }

    /**
     * &lt;p&gt;The ARN for the certificate that you imported to Amazon Web Services Certificate
     * Manager to add content key encryption to this endpoint. For this feature to work, your DRM
     * key provider must support content key encryption.&lt;/p&gt;
     *
     * <p>Length: 20 to 2048 characters. Pattern: {@code
     * ^arn:([^:&#92;n]+):acm:([^:&#92;n]+):([0-9]+):certificate/[a-zA-Z0-9-_]+$}. CloudFormation
     * property {@code CertificateArn}.
     */
    public SpekeKeyProvider certificateArn(String value) {
      return set("CertificateArn", Value.of(value));
    }

    /** Sets {@code CertificateArn} to this value; see {@link #certificateArn(String)}. */
    public SpekeKeyProvider certificateArn(Value<String> value) {
      return set("CertificateArn", value);
    }

    /**
     * The DRM solution provider you're using to protect your content during distribution.
     *
     * <p>Required. Allowed values: {@code CLEAR_KEY_AES_128}, {@code FAIRPLAY}, {@code PLAYREADY},
     * {@code WIDEVINE}, {@code IRDETO}. CloudFormation property {@code DrmSystems}.
     */
    public SpekeKeyProvider drmSystems(List<String> value) {
      return set("DrmSystems", Value.listOf(value));
    }

    /** Sets {@code DrmSystems} to this value; see {@link #drmSystems(List)}. */
    public SpekeKeyProvider drmSystems(Value<List<String>> value) {
      return set("DrmSystems", value);
    }

    /**
     * The encryption contract configuration associated with the SPEKE key provider.
     *
     * <p>Required. CloudFormation property {@code EncryptionContractConfiguration}.
     */
    public SpekeKeyProvider encryptionContractConfiguration(Value<EncryptionContractConfiguration> value) {
      return set("EncryptionContractConfiguration", value);
    }

    /**
     * The unique identifier for the content. The service sends this identifier to the key server to
     * identify the current endpoint. How unique you make this identifier depends on how
     * fine-grained you want access controls to be. The service does not permit you to use the same
     * ID for two simultaneous encryption processes. The resource ID is also known as the content
     * ID.
     *
     * <p>The following example shows a resource ID: <code>MovieNight20171126093045</code>
     *
     * <p>Required. Length: 1 to 256 characters. Pattern: {@code ^[0-9a-zA-Z_-]+$}. CloudFormation
     * property {@code ResourceId}.
     */
    public SpekeKeyProvider resourceId(String value) {
      return set("ResourceId", Value.of(value));
    }

    /** Sets {@code ResourceId} to this value; see {@link #resourceId(String)}. */
    public SpekeKeyProvider resourceId(Value<String> value) {
      return set("ResourceId", value);
    }

    /**
     * The ARN for the IAM role granted by the key provider that provides access to the key provider
     * API. This role must have a trust policy that allows MediaPackage to assume the role, and it
     * must have a sufficient permissions policy to allow access to the specific key retrieval URL.
     * Get this from your DRM solution provider.
     *
     * <p>Valid format: <code>arn:aws:iam::{accountID}:role/{name}</code> . The following example
     * shows a role ARN: <code>arn:aws:iam::444455556666:role/SpekeAccess</code>
     *
     * <p>Required. Length: 1 to 2048 characters. Format: {@code AWS::IAM::Role.Arn}. CloudFormation
     * property {@code RoleArn}.
     */
    public SpekeKeyProvider roleArn(String value) {
      return set("RoleArn", Value.of(value));
    }

    /** Sets {@code RoleArn} to this value; see {@link #roleArn(String)}. */
    public SpekeKeyProvider roleArn(Value<String> value) {
      return set("RoleArn", value);
    }

    /**
     * The URL of the SPEKE key provider.
     *
     * <p>Required. Length: 1 to 1024 characters. CloudFormation property {@code Url}.
     */
    public SpekeKeyProvider url(String value) {
      return set("Url", Value.of(value));
    }

    /** Sets {@code Url} to this value; see {@link #url(String)}. */
    public SpekeKeyProvider url(Value<String> value) {
      return set("Url", value);
    }
  }

  /**
   * To insert an EXT-X-START tag in your HLS playlist, specify a StartTag configuration object with
   * a valid TimeOffset. When you do, you can also optionally specify whether to include a PRECISE
   * value in the EXT-X-START tag.
   *
   * <p>Property type {@code AWS::MediaPackageV2::OriginEndpoint.StartTag}.
   */
  public static final class StartTag extends Struct<StartTag> {
    private static final Schema SCHEMA = Schema.builder("AWS::MediaPackageV2::OriginEndpoint.StartTag")
        .required("TimeOffset")
        .build();

    public StartTag() {
      super(SCHEMA);
    }

    /**
     * Specify the value for PRECISE within your EXT-X-START tag. Leave blank, or choose false, to
     * use the default value NO. Choose yes to use the value YES.
     *
     * <p>CloudFormation property {@code Precise}.
     */
    public StartTag precise(boolean value) {
      return set("Precise", Value.of(value));
    }

    /** Sets {@code Precise} to this value; see {@link #precise(boolean)}. */
    public StartTag precise(Value<Boolean> value) {
      return set("Precise", value);
    }

    /**
     * Specify the value for TIME-OFFSET within your EXT-X-START tag. Enter a signed floating point
     * value which, if positive, must be less than the configured manifest duration minus three
     * times the configured segment target duration. If negative, the absolute value must be larger
     * than three times the configured segment target duration, and the absolute value must be
     * smaller than the configured manifest duration.
     *
     * <p>Required. CloudFormation property {@code TimeOffset}.
     */
    public StartTag timeOffset(double value) {
      return set("TimeOffset", Value.of(value));
    }

    /** Sets {@code TimeOffset} to this value; see {@link #timeOffset(double)}. */
    public StartTag timeOffset(Value<Double> value) {
      return set("TimeOffset", value);
    }
  }
}
