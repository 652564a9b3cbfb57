// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.mediatailor;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Json;
import io.tropo4j.fn.Value;
import java.util.List;
import java.util.Map;

/**
 * Adds a new playback configuration to AWS Elemental MediaTailor .
 *
 * <p>CloudFormation type {@code AWS::MediaTailor::PlaybackConfiguration}.
 */
public final class PlaybackConfiguration extends Resource<PlaybackConfiguration> {
  private static final Schema SCHEMA = Schema.builder("AWS::MediaTailor::PlaybackConfiguration")
      .required("AdDecisionServerUrl", "Name", "VideoContentSourceUrl")
      .allowed("InsertionMode", "STITCHED_ONLY", "PLAYER_SELECT")
      .constrain("Name", Constraint.of().pattern("^[a-zA-Z0-9_-]+$").minLength(1).maxLength(64))
      .constrain("PersonalizationThresholdSeconds", Constraint.of().minimum(1))
      .refYields("Name")
      .attributes("DashConfiguration.ManifestEndpointPrefix",
          "HlsConfiguration.ManifestEndpointPrefix", "PlaybackConfigurationArn",
          "PlaybackEndpointPrefix", "SessionInitializationEndpointPrefix")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public PlaybackConfiguration(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The setting that indicates what conditioning MediaTailor will perform on ads that the ad
   * decision server (ADS) returns, and what priority MediaTailor uses when inserting ads.
   *
   * <p>CloudFormation property {@code AdConditioningConfiguration}.
   */
  public PlaybackConfiguration adConditioningConfiguration(Value<AdConditioningConfiguration> value) {
    return set("AdConditioningConfiguration", value);
  }

  /**
   * The configuration for the request to the specified Ad Decision Server URL.
   *
   * <p>CloudFormation property {@code AdDecisionServerConfiguration}.
   */
  public PlaybackConfiguration adDecisionServerConfiguration(Value<AdDecisionServerConfiguration> value) {
    return set("AdDecisionServerConfiguration", value);
  }

  /**
   * The URL for the ad decision server (ADS). This includes the specification of static parameters
   * and placeholders for dynamic parameters. AWS Elemental MediaTailor substitutes player-specific
   * and session-specific parameters as needed when calling the ADS. Alternately, for testing you
   * can provide a static VAST URL. The maximum length is 25,000 characters.
   *
   * <p>Required. CloudFormation property {@code AdDecisionServerUrl}.
   */
  public PlaybackConfiguration adDecisionServerUrl(String value) {
    return set("AdDecisionServerUrl", Value.of(value));
  }

  /** Sets {@code AdDecisionServerUrl} to this value; see {@link #adDecisionServerUrl(String)}. */
  public PlaybackConfiguration adDecisionServerUrl(Value<String> value) {
    return set("AdDecisionServerUrl", value);
  }

  /**
   * The settings that control how many concurrent requests MediaTailor makes to the ad decision
   * server (ADS).
   *
   * <p>CloudFormation property {@code AdsPersonalizationConcurrency}.
   */
  public PlaybackConfiguration adsPersonalizationConcurrency(Value<AdsPersonalizationConcurrency> value) {
    return set("AdsPersonalizationConcurrency", value);
  }

  /**
   * The ad decision server (ADS) request timeouts and personalization time budgets for live, VOD,
   * and prefetch workflows.
   *
   * <p>CloudFormation property {@code AdsPersonalizationTimeouts}.
   */
  public PlaybackConfiguration adsPersonalizationTimeouts(Value<AdsPersonalizationTimeouts> value) {
    return set("AdsPersonalizationTimeouts", value);
  }

  /**
   * The configuration for avail suppression, also known as ad suppression. For more information
   * about ad suppression, see <a
   * href="https://docs.aws.amazon.com/mediatailor/latest/ug/ad-behavior.html">Ad Suppression</a> .
   *
   * <p>CloudFormation property {@code AvailSuppression}.
   */
  public PlaybackConfiguration availSuppression(Value<AvailSuppression> value) {
    return set("AvailSuppression", value);
  }

  /**
   * The configuration for bumpers. Bumpers are short audio or video clips that play at the start or
   * before the end of an ad break. To learn more about bumpers, see <a
   * href="https://docs.aws.amazon.com/mediatailor/latest/ug/bumpers.html">Bumpers</a> .
   *
   * <p>CloudFormation property {@code Bumper}.
   */
  public PlaybackConfiguration bumper(Value<Bumper> value) {
    return set("Bumper", value);
  }

  /**
   * The configuration for using a content delivery network (CDN), like Amazon CloudFront, for
   * content and ad segment management.
   *
   * <p>CloudFormation property {@code CdnConfiguration}.
   */
  public PlaybackConfiguration cdnConfiguration(Value<CdnConfiguration> value) {
    return set("CdnConfiguration", value);
  }

  /**
   * The player parameters and aliases used as dynamic variables during session initialization. For
   * more information, see <a
   * href="https://docs.aws.amazon.com/mediatailor/latest/ug/variables-domain.html">Domain
   * Variables</a> .
   *
   * <p>CloudFormation property {@code ConfigurationAliases}.
   */
  public PlaybackConfiguration configurationAliases(Map<String, Json> value) {
    return set("ConfigurationAliases", Value.mapOf(value));
  }

  /** Sets {@code ConfigurationAliases} to this value; see {@link #configurationAliases(Map)}. */
  public PlaybackConfiguration configurationAliases(Value<Map<String, Json>> value) {
    return set("ConfigurationAliases", value);
  }

  /**
   * The configuration for a DASH source.
   *
   * <p>CloudFormation property {@code DashConfiguration}.
   */
  public PlaybackConfiguration dashConfiguration(Value<DashConfiguration> value) {
    return set("DashConfiguration", value);
  }

  /**
   * A map of event names to function identifiers for custom processing during session lifecycle
   * events.
   *
   * <p>CloudFormation property {@code FunctionMapping}.
   */
  public PlaybackConfiguration functionMapping(Map<String, String> value) {
    return set("FunctionMapping", Value.mapOf(value));
  }

  /** Sets {@code FunctionMapping} to this value; see {@link #functionMapping(Map)}. */
  public PlaybackConfiguration functionMapping(Value<Map<String, String>> value) {
    return set("FunctionMapping", value);
  }

  /**
   * The configuration for HLS content.
   *
   * <p>CloudFormation property {@code HlsConfiguration}.
   */
  public PlaybackConfiguration hlsConfiguration(Value<HlsConfiguration> value) {
    return set("HlsConfiguration", value);
  }

  /**
   * The setting that controls whether players can use stitched or guided ad insertion. The default,
   * <code>STITCHED_ONLY</code> , forces all player sessions to use stitched (server-side) ad
   * insertion. Choosing <code>PLAYER_SELECT</code> allows players to select either stitched or
   * guided ad insertion at session-initialization time. The default for players that do not specify
   * an insertion mode is stitched.
   *
   * <p>Allowed values: {@code STITCHED_ONLY}, {@code PLAYER_SELECT}. CloudFormation property {@code
   * InsertionMode}.
   */
  public PlaybackConfiguration insertionMode(String value) {
    return set("InsertionMode", Value.of(value));
  }

  /** Sets {@code InsertionMode} to this value; see {@link #insertionMode(String)}. */
  public PlaybackConfiguration insertionMode(Value<String> value) {
    return set("InsertionMode", value);
  }

  /**
   * The configuration for pre-roll ad insertion.
   *
   * <p>CloudFormation property {@code LivePreRollConfiguration}.
   */
  public PlaybackConfiguration livePreRollConfiguration(Value<LivePreRollConfiguration> value) {
    return set("LivePreRollConfiguration", value);
  }

  /**
   * Defines where AWS Elemental MediaTailor sends logs for the playback configuration.
   *
   * <p>CloudFormation property {@code LogConfiguration}.
   */
  public PlaybackConfiguration logConfiguration(Value<LogConfiguration> value) {
    return set("LogConfiguration", value);
  }

  /**
   * The configuration for manifest processing rules. Manifest processing rules enable customization
   * of the personalized manifests created by MediaTailor.
   *
   * <p>CloudFormation property {@code ManifestProcessingRules}.
   */
  public PlaybackConfiguration manifestProcessingRules(Value<ManifestProcessingRules> value) {
    return set("ManifestProcessingRules", value);
  }

  /**
   * The identifier for the playback configuration.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 64 characters. Pattern: {@code
   * ^[a-zA-Z0-9_-]+$}. CloudFormation property {@code Name}.
   */
  public PlaybackConfiguration name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public PlaybackConfiguration name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * Defines the maximum duration of underfilled ad time (in seconds) allowed in an ad break. If the
   * duration of underfilled ad time exceeds the personalization threshold, then the personalization
   * of the ad break is abandoned and the underlying content is shown. This feature applies to
   * <em>ad replacement</em> in live and VOD streams, rather than ad insertion, because it relies on
   * an underlying content stream. For more information about ad break behavior, including ad
   * replacement and insertion, see <a
   * href="https://docs.aws.amazon.com/mediatailor/latest/ug/ad-behavior.html">Ad Behavior in AWS
   * Elemental MediaTailor</a> .
   *
   * <p>Range: at least 1. CloudFormation property {@code PersonalizationThresholdSeconds}.
   */
  public PlaybackConfiguration personalizationThresholdSeconds(int value) {
    return set("PersonalizationThresholdSeconds", Value.of(value));
  }

  /**
   * Sets {@code PersonalizationThresholdSeconds} to this value; see {@link
   * #personalizationThresholdSeconds(int)}.
   */
  public PlaybackConfiguration personalizationThresholdSeconds(Value<Integer> value) {
    return set("PersonalizationThresholdSeconds", value);
  }

  /**
   * The URL for a video asset to transcode and use to fill in time that's not used by ads. AWS
   * Elemental MediaTailor shows the slate to fill in gaps in media content. Configuring the slate
   * is optional for non-VPAID playback configurations. For VPAID, the slate is required because
   * MediaTailor provides it in the slots designated for dynamic ad content. The slate must be a
   * high-quality asset that contains both audio and video.
   *
   * <p>CloudFormation property {@code SlateAdUrl}.
   */
  public PlaybackConfiguration slateAdUrl(String value) {
    return set("SlateAdUrl", Value.of(value));
  }

  /** Sets {@code SlateAdUrl} to this value; see {@link #slateAdUrl(String)}. */
  public PlaybackConfiguration slateAdUrl(Value<String> value) {
    return set("SlateAdUrl", value);
  }

  /**
   * The tags to assign to the playback configuration. Tags are key-value pairs that you can
   * associate with Amazon resources to help with organization, access control, and cost tracking.
   * For more information, see <a
   * href="https://docs.aws.amazon.com/mediatailor/latest/ug/tagging.html">Tagging AWS Elemental
   * MediaTailor Resources</a> .
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public PlaybackConfiguration tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public PlaybackConfiguration tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public PlaybackConfiguration tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The name that is used to associate this playback configuration with a custom transcode profile.
   * This overrides the dynamic transcoding defaults of MediaTailor. Use this only if you have
   * already set up custom profiles with the help of AWS Support.
   *
   * <p>CloudFormation property {@code TranscodeProfileName}.
   */
  public PlaybackConfiguration transcodeProfileName(String value) {
    return set("TranscodeProfileName", Value.of(value));
  }

  /** Sets {@code TranscodeProfileName} to this value; see {@link #transcodeProfileName(String)}. */
  public PlaybackConfiguration transcodeProfileName(Value<String> value) {
    return set("TranscodeProfileName", value);
  }

  /**
   * The URL prefix for the parent manifest for the stream, minus the asset ID. The maximum length
   * is 512 characters.
   *
   * <p>Required. CloudFormation property {@code VideoContentSourceUrl}.
   */
  public PlaybackConfiguration videoContentSourceUrl(String value) {
    return set("VideoContentSourceUrl", Value.of(value));
  }

  /**
   * Sets {@code VideoContentSourceUrl} to this value; see {@link #videoContentSourceUrl(String)}.
   */
  public PlaybackConfiguration videoContentSourceUrl(Value<String> value) {
    return set("VideoContentSourceUrl", value);
  }

  /**
   * The URL generated by MediaTailor to initiate a playback session. The session uses server-side
   * reporting. This setting is ignored in PUT operations.
   *
   * <p>{@code Fn::GetAtt} attribute {@code DashConfiguration.ManifestEndpointPrefix}.
   */
  public Value<String> dashConfigurationManifestEndpointPrefix() {
    return getAtt("DashConfiguration.ManifestEndpointPrefix");
  }

  /**
   * The URL that is used to initiate a playback session for devices that support Apple HLS. The
   * session uses server-side reporting.
   *
   * <p>{@code Fn::GetAtt} attribute {@code HlsConfiguration.ManifestEndpointPrefix}.
   */
  public Value<String> hlsConfigurationManifestEndpointPrefix() {
    return getAtt("HlsConfiguration.ManifestEndpointPrefix");
  }

  /**
   * The Amazon Resource Name (ARN) for the playback configuration.
   *
   * <p>{@code Fn::GetAtt} attribute {@code PlaybackConfigurationArn}.
   */
  public Value<String> playbackConfigurationArn() {
    return getAtt("PlaybackConfigurationArn");
  }

  /**
   * The URL that the player accesses to get a manifest from MediaTailor . This session will use
   * server-side reporting.
   *
   * <p>{@code Fn::GetAtt} attribute {@code PlaybackEndpointPrefix}.
   */
  public Value<String> playbackEndpointPrefix() {
    return getAtt("PlaybackEndpointPrefix");
  }

  /**
   * The URL that the player uses to initialize a session that uses client-side reporting.
   *
   * <p>{@code Fn::GetAtt} attribute {@code SessionInitializationEndpointPrefix}.
   */
  public Value<String> sessionInitializationEndpointPrefix() {
    return getAtt("SessionInitializationEndpointPrefix");
  }

  /**
   * The setting that indicates what conditioning MediaTailor will perform on ads that the ad
   * decision server (ADS) returns.
   *
   * <p>Property type {@code AWS::MediaTailor::PlaybackConfiguration.AdConditioningConfiguration}.
   */
  public static final class AdConditioningConfiguration extends Struct<AdConditioningConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::MediaTailor::PlaybackConfiguration.AdConditioningConfiguration")
        .required("StreamingMediaFileConditioning")
        .allowed("StreamingMediaFileConditioning", "TRANSCODE", "NONE")
        .build();

    public AdConditioningConfiguration() {
      super(SCHEMA);
    }

    /**
     * For ads that have media files with streaming delivery and supported file extensions,
     * indicates what transcoding action MediaTailor takes when it first receives these ads from the
     * ADS. <code>TRANSCODE</code> indicates that MediaTailor must transcode the ads.
     * <code>NONE</code> indicates that you have already transcoded the ads outside of MediaTailor
     * and don't need them transcoded as part of the ad insertion workflow. For more information
     * about ad conditioning see <a
     * href="https://docs.aws.amazon.com/mediatailor/latest/ug/precondition-ads.html">Using
     * preconditioned ads</a> in the AWS Elemental MediaTailor user guide.
     *
     * <p>Required. Allowed values: {@code TRANSCODE}, {@code NONE}. CloudFormation property {@code
     * StreamingMediaFileConditioning}.
     */
    public AdConditioningConfiguration streamingMediaFileConditioning(String value) {
      return set("StreamingMediaFileConditioning", Value.of(value));
    }

    /**
     * Sets {@code StreamingMediaFileConditioning} to this value; see {@link
     * #streamingMediaFileConditioning(String)}.
     */
    public AdConditioningConfiguration streamingMediaFileConditioning(Value<String> value) {
      return set("StreamingMediaFileConditioning", value);
    }
  }

  /**
   * The configuration for the request to the specified Ad Decision Server URL.
   *
   * <p>Property type {@code AWS::MediaTailor::PlaybackConfiguration.AdDecisionServerConfiguration}.
   */
  public static final class AdDecisionServerConfiguration extends Struct<AdDecisionServerConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::MediaTailor::PlaybackConfiguration.AdDecisionServerConfiguration")
        .required("HttpRequest")
        .build();

    public AdDecisionServerConfiguration() {
      super(SCHEMA);
    }

    /**
     * The configuration for the request to the Ad Decision Server URL.
     *
     * <p>Required. CloudFormation property {@code HttpRequest}.
     */
    public AdDecisionServerConfiguration httpRequest(Value<HttpRequest> value) {
      return set("HttpRequest", value);
    }

    /**
     * The configuration for how MediaTailor processes the VAST response returned by the Ad Decision
     * Server.
     *
     * <p>CloudFormation property {@code VastResponse}.
     */
    public AdDecisionServerConfiguration vastResponse(Value<VastResponse> value) {
      return set("VastResponse", value);
    }
  }

  /**
   * For HLS, when set to <code>true</code> , MediaTailor passes through <code>EXT-X-CUE-IN</code> ,
   * <code>EXT-X-CUE-OUT</code> , and <code>EXT-X-SPLICEPOINT-SCTE35</code> ad markers from the
   * origin manifest to the MediaTailor personalized manifest.
   *
   * <p>No logic is applied to these ad markers. For example, if <code>EXT-X-CUE-OUT</code> has a
   * value of <code>60</code> , but no ads are filled for that ad break, MediaTailor will not set
   * the value to <code>0</code> .
   *
   * <p>Property type {@code AWS::MediaTailor::PlaybackConfiguration.AdMarkerPassthrough}.
   */
  public static final class AdMarkerPassthrough extends Struct<AdMarkerPassthrough> {
    private static final Schema SCHEMA = Schema.of("AWS::MediaTailor::PlaybackConfiguration.AdMarkerPassthrough");

    public AdMarkerPassthrough() {
      super(SCHEMA);
    }

    /**
     * Enables ad marker passthrough for your configuration.
     *
     * <p>CloudFormation property {@code Enabled}.
     */
    public AdMarkerPassthrough enabled(boolean value) {
      return set("Enabled", Value.of(value));
    }

    /** Sets {@code Enabled} to this value; see {@link #enabled(boolean)}. */
    public AdMarkerPassthrough enabled(Value<Boolean> value) {
      return set("Enabled", value);
    }
  }

  /**
   * Settings for customizing what events are included in logs for interactions with the ad decision
   * server (ADS).
   *
   * <p>For more information about ADS logs, inlcuding descriptions of the event types, see <a
   * href="https://docs.aws.amazon.com/mediatailor/latest/ug/ads-log-format.html">MediaTailor ADS
   * logs description and event types</a> in AWS Elemental MediaTailor User Guide.
   *
   * <p>Property type {@code AWS::MediaTailor::PlaybackConfiguration.AdsInteractionLog}.
   */
  public static final class AdsInteractionLog extends Struct<AdsInteractionLog> {
    private static final Schema SCHEMA = Schema.of("AWS::MediaTailor::PlaybackConfiguration.AdsInteractionLog");

    public AdsInteractionLog() {
      super(SCHEMA);
    }

    /**
     * Indicates that MediaTailor won't emit the selected events in the logs for playback sessions
     * that are initialized with this configuration.
     *
     * <p>CloudFormation property {@code ExcludeEventTypes}.
     */
    public AdsInteractionLog excludeEventTypes(List<String> value) {
      return set("ExcludeEventTypes", Value.listOf(value));
    }

    /** Sets {@code ExcludeEventTypes} to this value; see {@link #excludeEventTypes(List)}. */
    public AdsInteractionLog excludeEventTypes(Value<List<String>> value) {
      return set("ExcludeEventTypes", value);
    }

    /**
     * Indicates that MediaTailor emits <code>RAW_ADS_RESPONSE</code> logs for playback sessions
     * that are initialized with this configuration.
     *
     * <p>CloudFormation property {@code PublishOptInEventTypes}.
     */
    public AdsInteractionLog publishOptInEventTypes(List<String> value) {
      return set("PublishOptInEventTypes", Value.listOf(value));
    }

    /**
     * Sets {@code PublishOptInEventTypes} to this value; see {@link #publishOptInEventTypes(List)}.
     */
    public AdsInteractionLog publishOptInEventTypes(Value<List<String>> value) {
      return set("PublishOptInEventTypes", value);
    }
  }

  /**
   * The settings that control how many concurrent requests MediaTailor makes to the ad decision
   * server (ADS).
   *
   * <p>Property type {@code AWS::MediaTailor::PlaybackConfiguration.AdsPersonalizationConcurrency}.
   */
  public static final class AdsPersonalizationConcurrency extends Struct<AdsPersonalizationConcurrency> {
    private static final Schema SCHEMA = Schema.of("AWS::MediaTailor::PlaybackConfiguration.AdsPersonalizationConcurrency");

    public AdsPersonalizationConcurrency() {
      super(SCHEMA);
    }

    /**
     * Enables parallel processing of ADS requests in VOD workflows when the ADS returns VAST
     * responses. The default is false.
     *
     * <p>CloudFormation property {@code EnableVodVastParallelization}.
     */
    public AdsPersonalizationConcurrency enableVodVastParallelization(boolean value) {
      return set("EnableVodVastParallelization", Value.of(value));
    }

    /**
     * Sets {@code EnableVodVastParallelization} to this value; see {@link
     * #enableVodVastParallelization(boolean)}.
     */
    public AdsPersonalizationConcurrency enableVodVastParallelization(Value<Boolean> value) {
      return set("EnableVodVastParallelization", value);
    }

    /**
     * The maximum number of simultaneous requests that MediaTailor makes to the ADS for each
     * manifest request. The default is 1.
     *
     * <p>CloudFormation property {@code MaxConcurrentAdsRequests}.
     */
    public AdsPersonalizationConcurrency maxConcurrentAdsRequests(int value) {
      return set("MaxConcurrentAdsRequests", Value.of(value));
    }

    /**
     * Sets {@code MaxConcurrentAdsRequests} to this value; see {@link
     * #maxConcurrentAdsRequests(int)}.
     */
    public AdsPersonalizationConcurrency maxConcurrentAdsRequests(Value<Integer> value) {
      return set("MaxConcurrentAdsRequests", value);
    }
  }

  /**
   * The ad decision server (ADS) request timeouts and personalization time budgets for live, VOD,
   * and prefetch workflows.
   *
   * <p>Property type {@code AWS::MediaTailor::PlaybackConfiguration.AdsPersonalizationTimeouts}.
   */
  public static final class AdsPersonalizationTimeouts extends Struct<AdsPersonalizationTimeouts> {
    private static final Schema SCHEMA = Schema.of("AWS::MediaTailor::PlaybackConfiguration.AdsPersonalizationTimeouts");

    public AdsPersonalizationTimeouts() {
      super(SCHEMA);
    }

    /**
     * The maximum time, in milliseconds, that MediaTailor waits for a single ADS response during
     * live or VOD playback. The default is 3000.
     *
     * <p>CloudFormation property {@code AdsRequestTimeoutMilliseconds}.
     */
    public AdsPersonalizationTimeouts adsRequestTimeoutMilliseconds(int value) {
      return set("AdsRequestTimeoutMilliseconds", Value.of(value));
    }

    /**
     * Sets {@code AdsRequestTimeoutMilliseconds} to this value; see {@link
     * #adsRequestTimeoutMilliseconds(int)}.
     */
    public AdsPersonalizationTimeouts adsRequestTimeoutMilliseconds(Value<Integer> value) {
      return set("AdsRequestTimeoutMilliseconds", value);
    }

    /**
     * The maximum total time, in milliseconds, that MediaTailor spends on ADS activity for live
     * manifests. The default is 10000.
     *
     * <p>CloudFormation property {@code LiveMaximumAdsPersonalizationTimeMilliseconds}.
     */
    public AdsPersonalizationTimeouts liveMaximumAdsPersonalizationTimeMilliseconds(int value) {
      return set("LiveMaximumAdsPersonalizationTimeMilliseconds", Value.of(value));
    }

    /**
     * Sets {@code LiveMaximumAdsPersonalizationTimeMilliseconds} to this value; see {@link
     * #liveMaximumAdsPersonalizationTimeMilliseconds(int)}.
     */
    public AdsPersonalizationTimeouts liveMaximumAdsPersonalizationTimeMilliseconds(Value<Integer> value) {
      return set("LiveMaximumAdsPersonalizationTimeMilliseconds", value);
    }

    /**
     * The maximum time, in milliseconds, that MediaTailor waits for a single ADS response during
     * prefetch retrieval. If not set, MediaTailor uses the AdsRequestTimeoutMilliseconds value.
     *
     * <p>CloudFormation property {@code PrefetchAdsRequestTimeoutMilliseconds}.
     */
    public AdsPersonalizationTimeouts prefetchAdsRequestTimeoutMilliseconds(int value) {
      return set("PrefetchAdsRequestTimeoutMilliseconds", Value.of(value));
    }

    /**
     * Sets {@code PrefetchAdsRequestTimeoutMilliseconds} to this value; see {@link
     * #prefetchAdsRequestTimeoutMilliseconds(int)}.
     */
    public AdsPersonalizationTimeouts prefetchAdsRequestTimeoutMilliseconds(Value<Integer> value) {
      return set("PrefetchAdsRequestTimeoutMilliseconds", value);
    }

    /**
     * The maximum total time, in milliseconds, that MediaTailor spends on ADS activity during
     * prefetch retrieval.
     *
     * <p>CloudFormation property {@code PrefetchMaximumAdsPersonalizationTimeMilliseconds}.
     */
    public AdsPersonalizationTimeouts prefetchMaximumAdsPersonalizationTimeMilliseconds(int value) {
      return set("PrefetchMaximumAdsPersonalizationTimeMilliseconds", Value.of(value));
    }

    /**
     * Sets {@code PrefetchMaximumAdsPersonalizationTimeMilliseconds} to this value; see {@link
     * #prefetchMaximumAdsPersonalizationTimeMilliseconds(int)}.
     */
    public AdsPersonalizationTimeouts prefetchMaximumAdsPersonalizationTimeMilliseconds(Value<Integer> value) {
      return set("PrefetchMaximumAdsPersonalizationTimeMilliseconds", value);
    }

    /**
     * The maximum total time, in milliseconds, that MediaTailor spends on ADS activity for VOD
     * manifests. The default is 10000.
     *
     * <p>CloudFormation property {@code VodMaximumAdsPersonalizationTimeMilliseconds}.
     */
    public AdsPersonalizationTimeouts vodMaximumAdsPersonalizationTimeMilliseconds(int value) {
      return set("VodMaximumAdsPersonalizationTimeMilliseconds", Value.of(value));
    }

    /**
     * Sets {@code VodMaximumAdsPersonalizationTimeMilliseconds} to this value; see {@link
     * #vodMaximumAdsPersonalizationTimeMilliseconds(int)}.
     */
    public AdsPersonalizationTimeouts vodMaximumAdsPersonalizationTimeMilliseconds(Value<Integer> value) {
      return set("VodMaximumAdsPersonalizationTimeMilliseconds", value);
    }
  }

  /**
   * The configuration for avail suppression, also known as ad suppression. For more information
   * about ad suppression, see <a
   * href="https://docs.aws.amazon.com/mediatailor/latest/ug/ad-behavior.html">Ad Suppression</a> .
   *
   * <p>Property type {@code AWS::MediaTailor::PlaybackConfiguration.AvailSuppression}.
   */
  public static final class AvailSuppression extends Struct<AvailSuppression> {
    private static final Schema SCHEMA = Schema.builder("AWS::MediaTailor::PlaybackConfiguration.AvailSuppression")
        .allowed("FillPolicy", "PARTIAL_AVAIL", "FULL_AVAIL_ONLY")
        .allowed("Mode", "OFF", "BEHIND_LIVE_EDGE", "AFTER_LIVE_EDGE")
        .build();

    public AvailSuppression() {
      super(SCHEMA);
    }

    /**
     * Defines the policy to apply to the avail suppression mode. <code>BEHIND_LIVE_EDGE</code> will
     * always use the full avail suppression policy. <code>AFTER_LIVE_EDGE</code> mode can be used
     * to invoke partial ad break fills when a session starts mid-break.
     *
     * <p>Allowed values: {@code PARTIAL_AVAIL}, {@code FULL_AVAIL_ONLY}. CloudFormation property
     * {@code FillPolicy}.
     */
    public AvailSuppression fillPolicy(String value) {
      return set("FillPolicy", Value.of(value));
    }

    /** Sets {@code FillPolicy} to this value; see {@link #fillPolicy(String)}. */
    public AvailSuppression fillPolicy(Value<String> value) {
      return set("FillPolicy", value);
    }

    /**
     * Sets the ad suppression mode. By default, ad suppression is off and all ad breaks are filled
     * with ads or slate. When Mode is set to <code>BEHIND_LIVE_EDGE</code> , ad suppression is
     * active and MediaTailor won't fill ad breaks on or behind the ad suppression Value time in the
     * manifest lookback window. When Mode is set to <code>AFTER_LIVE_EDGE</code> , ad suppression
     * is active and MediaTailor won't fill ad breaks that are within the live edge plus the avail
     * suppression value.
     *
     * <p>Allowed values: {@code OFF}, {@code BEHIND_LIVE_EDGE}, {@code AFTER_LIVE_EDGE}.
     * CloudFormation property {@code Mode}.
     */
    public AvailSuppression mode(String value) {
      return set("Mode", Value.of(value));
    }

    /** Sets {@code Mode} to this value; see {@link #mode(String)}. */
    public AvailSuppression mode(Value<String> value) {
      return set("Mode", value);
    }

    /**
     * A live edge offset time in HH:MM:SS. MediaTailor won't fill ad breaks on or behind this time
     * in the manifest lookback window. If Value is set to 00:00:00, it is in sync with the live
     * edge, and MediaTailor won't fill any ad breaks on or behind the live edge. If you set a Value
     * time, MediaTailor won't fill any ad breaks on or behind this time in the manifest lookback
     * window. For example, if you set 00:45:00, then MediaTailor will fill ad breaks that occur
     * within 45 minutes behind the live edge, but won't fill ad breaks on or behind 45 minutes
     * behind the live edge.
     *
     * <p>CloudFormation property {@code Value}.
     */
    public AvailSuppression value(String value) {
      return set("Value", Value.of(value));
    }

    /** Sets {@code Value} to this value; see {@link #value(String)}. */
    public AvailSuppression value(Value<String> value) {
      return set("Value", value);
    }
  }

  /**
   * The configuration for bumpers. Bumpers are short audio or video clips that play at the start or
   * before the end of an ad break. To learn more about bumpers, see <a
   * href="https://docs.aws.amazon.com/mediatailor/latest/ug/bumpers.html">Bumpers</a> .
   *
   * <p>Property type {@code AWS::MediaTailor::PlaybackConfiguration.Bumper}.
   */
  public static final class Bumper extends Struct<Bumper> {
    private static final Schema SCHEMA = Schema.of("AWS::MediaTailor::PlaybackConfiguration.Bumper");

    public Bumper() {
      super(SCHEMA);
    }

    /**
     * The URL for the end bumper asset.
     *
     * <p>CloudFormation property {@code EndUrl}.
     */
    public Bumper endUrl(String value) {
      return set("EndUrl", Value.of(value));
    }

    /** Sets {@code EndUrl} to this value; see {@link #endUrl(String)}. */
    public Bumper endUrl(Value<String> value) {
      return set("EndUrl", value);
    }

    /**
     * The URL for the start bumper asset.
     *
     * <p>CloudFormation property {@code StartUrl}.
     */
    public Bumper startUrl(String value) {
      return set("StartUrl", Value.of(value));
    }

    /** Sets {@code StartUrl} to this value; see {@link #startUrl(String)}. */
    public Bumper startUrl(Value<String> value) {
      return set("StartUrl", value);
    }
  }

  /**
   * The configuration for using a content delivery network (CDN), like Amazon CloudFront, for
   * content and ad segment management.
   *
   * <p>Property type {@code AWS::MediaTailor::PlaybackConfiguration.CdnConfiguration}.
   */
  public static final class CdnConfiguration extends Struct<CdnConfiguration> {
    private static final Schema SCHEMA = Schema.of("AWS::MediaTailor::PlaybackConfiguration.CdnConfiguration");

    public CdnConfiguration() {
      super(SCHEMA);
    }

    /**
     * A non-default content delivery network (CDN) to serve ad segments. By default, AWS Elemental
     * MediaTailor uses Amazon CloudFront with default cache settings as its CDN for ad segments. To
     * set up an alternate CDN, create a rule in your CDN for the origin ads.mediatailor.
     * <em>&lt;region&gt;</em> .amazonaws.com. Then specify the rule's name in this
     * <code>AdSegmentUrlPrefix</code> . When AWS Elemental MediaTailor serves a manifest, it
     * reports your CDN as the source for ad segments.
     *
     * <p>CloudFormation property {@code AdSegmentUrlPrefix}.
     */
    public CdnConfiguration adSegmentUrlPrefix(String value) {
      return set("AdSegmentUrlPrefix", Value.of(value));
    }

    /** Sets {@code AdSegmentUrlPrefix} to this value; see {@link #adSegmentUrlPrefix(String)}. */
    public CdnConfiguration adSegmentUrlPrefix(Value<String> value) {
      return set("AdSegmentUrlPrefix", value);
    }

    /**
     * A content delivery network (CDN) to cache content segments, so that content requests don’t
     * always have to go to the origin server. First, create a rule in your CDN for the content
     * segment origin server. Then specify the rule's name in this
     * <code>ContentSegmentUrlPrefix</code> . When AWS Elemental MediaTailor serves a manifest, it
     * reports your CDN as the source for content segments.
     *
     * <p>CloudFormation property {@code ContentSegmentUrlPrefix}.
     */
    public CdnConfiguration contentSegmentUrlPrefix(String value) {
      return set("ContentSegmentUrlPrefix", Value.of(value));
    }

    /**
     * Sets {@code ContentSegmentUrlPrefix} to this value; see {@link
     * #contentSegmentUrlPrefix(String)}.
     */
    public CdnConfiguration contentSegmentUrlPrefix(Value<String> value) {
      return set("ContentSegmentUrlPrefix", value);
    }
  }

  /**
   * The configuration for DASH content.
   *
   * <p>Property type {@code AWS::MediaTailor::PlaybackConfiguration.DashConfiguration}.
   */
  public static final class DashConfiguration extends Struct<DashConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::MediaTailor::PlaybackConfiguration.DashConfiguration")
        .allowed("OriginManifestType", "SINGLE_PERIOD", "MULTI_PERIOD")
        .build();

    public DashConfiguration() {
      super(SCHEMA);
    }

    /**
     * The URL generated by MediaTailor to initiate a playback session. The session uses server-side
     * reporting. This setting is ignored in PUT operations.
     *
     * <p>CloudFormation property {@code ManifestEndpointPrefix}.
     */
    public DashConfiguration manifestEndpointPrefix(String value) {
      return set("ManifestEndpointPrefix", Value.of(value));
    }

    /**
     * Sets {@code ManifestEndpointPrefix} to this value; see {@link
     * #manifestEndpointPrefix(String)}.
     */
    public DashConfiguration manifestEndpointPrefix(Value<String> value) {
      return set("ManifestEndpointPrefix", value);
    }

    /**
     * The setting that controls whether MediaTailor includes the Location tag in DASH manifests.
     * MediaTailor populates the Location tag with the URL for manifest update requests, to be used
     * by players that don't support sticky redirects. Disable this if you have CDN routing rules
     * set up for accessing MediaTailor manifests, and you are either using client-side reporting or
     * your players support sticky HTTP redirects. Valid values are <code>DISABLED</code> and
     * <code>EMT_DEFAULT</code> . The <code>EMT_DEFAULT</code> setting enables the inclusion of the
     * tag and is the default value.
     *
     * <p>CloudFormation property {@code MpdLocation}.
     */
    public DashConfiguration mpdLocation(String value) {
      return set("MpdLocation", Value.of(value));
    }

    /** Sets {@code MpdLocation} to this value; see {@link #mpdLocation(String)}. */
    public DashConfiguration mpdLocation(Value<String> value) {
      return set("MpdLocation", value);
    }

    /**
     * The setting that controls whether MediaTailor handles manifests from the origin server as
     * multi-period manifests or single-period manifests. If your origin server produces
     * single-period manifests, set this to <code>SINGLE_PERIOD</code> . The default setting is
     * <code>MULTI_PERIOD</code> . For multi-period manifests, omit this setting or set it to
     * <code>MULTI_PERIOD</code> .
     *
     * <p>Allowed values: {@code SINGLE_PERIOD}, {@code MULTI_PERIOD}. CloudFormation property
     * {@code OriginManifestType}.
     */
    public DashConfiguration originManifestType(String value) {
      return set("OriginManifestType", Value.of(value));
    }

    /** Sets {@code OriginManifestType} to this value; see {@link #originManifestType(String)}. */
    public DashConfiguration originManifestType(Value<String> value) {
      return set("OriginManifestType", value);
    }
  }

  /**
   * The configuration for HLS content.
   *
   * <p>Property type {@code AWS::MediaTailor::PlaybackConfiguration.HlsConfiguration}.
   */
  public static final class HlsConfiguration extends Struct<HlsConfiguration> {
    private static final Schema SCHEMA = Schema.of("AWS::MediaTailor::PlaybackConfiguration.HlsConfiguration");

    public HlsConfiguration() {
      super(SCHEMA);
    }

    /**
     * The URL that is used to initiate a playback session for devices that support Apple HLS. The
     * session uses server-side reporting.
     *
     * <p>CloudFormation property {@code ManifestEndpointPrefix}.
     */
    public HlsConfiguration manifestEndpointPrefix(String value) {
      return set("ManifestEndpointPrefix", Value.of(value));
    }

    /**
     * Sets {@code ManifestEndpointPrefix} to this value; see {@link
     * #manifestEndpointPrefix(String)}.
     */
    public HlsConfiguration manifestEndpointPrefix(Value<String> value) {
      return set("ManifestEndpointPrefix", value);
    }
  }

  /**
   * The configuration for the request to the Ad Decision Server URL.
   *
   * <p>Property type {@code AWS::MediaTailor::PlaybackConfiguration.HttpRequest}.
   */
  public static final class HttpRequest extends Struct<HttpRequest> {
    private static final Schema SCHEMA = Schema.builder("AWS::MediaTailor::PlaybackConfiguration.HttpRequest")
        .allowed("CompressRequest", "NONE", "GZIP")
        .allowed("HttpMethod", "GET", "POST")
        .build();

    public HttpRequest() {
      super(SCHEMA);
    }

    /**
     * The body of the request to the Ad Decision Server URL. The maximum length is 100,000
     * characters.
     *
     * <p>CloudFormation property {@code Body}.
     */
    public HttpRequest body(String value) {
      return set("Body", Value.of(value));
    }

    /** Sets {@code Body} to this value; see {@link #body(String)}. */
    public HttpRequest body(Value<String> value) {
      return set("Body", value);
    }

    /**
     * The compression type of the request sent to the Ad Decision Server URL. Only the POST HTTP
     * Method permits compression other than NONE.
     *
     * <p>Allowed values: {@code NONE}, {@code GZIP}. CloudFormation property {@code
     * CompressRequest}.
     */
    public HttpRequest compressRequest(String value) {
      return set("CompressRequest", Value.of(value));
    }

    /** Sets {@code CompressRequest} to this value; see {@link #compressRequest(String)}. */
    public HttpRequest compressRequest(Value<String> value) {
      return set("CompressRequest", value);
    }

    /**
     * The headers in the request sent to the Ad Decision Server URL. The max length is 10,000
     * characters.
     *
     * <p>CloudFormation property {@code Headers}.
     */
    public HttpRequest headers(Map<String, String> value) {
      return set("Headers", Value.mapOf(value));
    }

    /** Sets {@code Headers} to this value; see {@link #headers(Map)}. */
    public HttpRequest headers(Value<Map<String, String>> value) {
      return set("Headers", value);
    }

    /**
     * Supported HTTP Methods for the request to the Ad Decision Server URL.
     *
     * <p>Allowed values: {@code GET}, {@code POST}. CloudFormation property {@code HttpMethod}.
     */
    public HttpRequest httpMethod(String value) {
      return set("HttpMethod", Value.of(value));
    }

    /** Sets {@code HttpMethod} to this value; see {@link #httpMethod(String)}. */
    public HttpRequest httpMethod(Value<String> value) {
      return set("HttpMethod", value);
    }
  }

  /**
   * The configuration for pre-roll ad insertion.
   *
   * <p>Property type {@code AWS::MediaTailor::PlaybackConfiguration.LivePreRollConfiguration}.
   */
  public static final class LivePreRollConfiguration extends Struct<LivePreRollConfiguration> {
    private static final Schema SCHEMA = Schema.of("AWS::MediaTailor::PlaybackConfiguration.LivePreRollConfiguration");

    public LivePreRollConfiguration() {
      super(SCHEMA);
    }

    /**
     * The configuration for the request to the pre-roll Ad Decision Server.
     *
     * <p>CloudFormation property {@code AdDecisionServerConfiguration}.
     */
    public LivePreRollConfiguration adDecisionServerConfiguration(Value<PreRollAdDecisionServerConfiguration> value) {
      return set("AdDecisionServerConfiguration", value);
    }

    /**
     * The URL for the ad decision server (ADS) for pre-roll ads. This includes the specification of
     * static parameters and placeholders for dynamic parameters. AWS Elemental MediaTailor
     * substitutes player-specific and session-specific parameters as needed when calling the ADS.
     * Alternately, for testing, you can provide a static VAST URL. The maximum length is 25,000
     * characters.
     *
     * <p>CloudFormation property {@code AdDecisionServerUrl}.
     */
    public LivePreRollConfiguration adDecisionServerUrl(String value) {
      return set("AdDecisionServerUrl", Value.of(value));
    }

    /** Sets {@code AdDecisionServerUrl} to this value; see {@link #adDecisionServerUrl(String)}. */
    public LivePreRollConfiguration adDecisionServerUrl(Value<String> value) {
      return set("AdDecisionServerUrl", value);
    }

    /**
     * The maximum allowed duration for the pre-roll ad avail. AWS Elemental MediaTailor won't play
     * pre-roll ads to exceed this duration, regardless of the total duration of ads that the ADS
     * returns.
     *
     * <p>CloudFormation property {@code MaxDurationSeconds}.
     */
    public LivePreRollConfiguration maxDurationSeconds(int value) {
      return set("MaxDurationSeconds", Value.of(value));
    }

    /** Sets {@code MaxDurationSeconds} to this value; see {@link #maxDurationSeconds(int)}. */
    public LivePreRollConfiguration maxDurationSeconds(Value<Integer> value) {
      return set("MaxDurationSeconds", value);
    }
  }

  /**
   * Defines where AWS Elemental MediaTailor sends logs for the playback configuration.
   *
   * <p>Property type {@code AWS::MediaTailor::PlaybackConfiguration.LogConfiguration}.
   */
  public static final class LogConfiguration extends Struct<LogConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::MediaTailor::PlaybackConfiguration.LogConfiguration")
        .required("PercentEnabled")
        .constrain("PercentEnabled", Constraint.of().minimum(0).maximum(100))
        .build();

    public LogConfiguration() {
      super(SCHEMA);
    }

    /**
     * Settings for customizing what events are included in logs for interactions with the ad
     * decision server (ADS).
     *
     * <p>CloudFormation property {@code AdsInteractionLog}.
     */
    public LogConfiguration adsInteractionLog(Value<AdsInteractionLog> value) {
      return set("AdsInteractionLog", value);
    }

    /**
     * The method used for collecting logs from AWS Elemental MediaTailor.
     * <code>LEGACY_CLOUDWATCH</code> indicates that MediaTailor is sending logs directly to Amazon
     * CloudWatch Logs. <code>VENDED_LOGS</code> indicates that MediaTailor is sending logs to
     * CloudWatch, which then vends the logs to your destination of choice. Supported destinations
     * are CloudWatch Logs log group, Amazon S3 bucket, and Amazon Data Firehose stream.
     *
     * <p>CloudFormation property {@code EnabledLoggingStrategies}.
     */
    public LogConfiguration enabledLoggingStrategies(List<String> value) {
      return set("EnabledLoggingStrategies", Value.listOf(value));
    }

    /**
     * Sets {@code EnabledLoggingStrategies} to this value; see {@link
     * #enabledLoggingStrategies(List)}.
     */
    public LogConfiguration enabledLoggingStrategies(Value<List<String>> value) {
      return set("EnabledLoggingStrategies", value);
    }

    /**
     * Settings for customizing what events are included in logs for interactions with the origin
     * server.
     *
     * <p>CloudFormation property {@code ManifestServiceInteractionLog}.
     */
    public LogConfiguration manifestServiceInteractionLog(Value<ManifestServiceInteractionLog> value) {
      return set("ManifestServiceInteractionLog", value);
    }

    /**
     * The percentage of session logs that MediaTailor sends to your configured log destination. For
     * example, if your playback configuration has 1000 sessions and <code>percentEnabled</code> is
     * set to <code>60</code> , MediaTailor sends logs for 600 of the sessions to CloudWatch Logs.
     * MediaTailor decides at random which of the playback configuration sessions to send logs for.
     * If you want to view logs for a specific session, you can use the <a
     * href="https://docs.aws.amazon.com/mediatailor/latest/ug/debug-log-mode.html">debug log
     * mode</a> .
     *
     * <p>Valid values: <code>0</code> - <code>100</code>
     *
     * <p>Required. Range: 0 to 100. CloudFormation property {@code PercentEnabled}.
     */
    public LogConfiguration percentEnabled(int value) {
      return set("PercentEnabled", Value.of(value));
    }

    /** Sets {@code PercentEnabled} to this value; see {@link #percentEnabled(int)}. */
    public LogConfiguration percentEnabled(Value<Integer> value) {
      return set("PercentEnabled", value);
    }
  }

  /**
   * The configuration for manifest processing rules. Manifest processing rules enable customization
   * of the personalized manifests created by MediaTailor.
   *
   * <p>Property type {@code AWS::MediaTailor::PlaybackConfiguration.ManifestProcessingRules}.
   */
  public static final class ManifestProcessingRules extends Struct<ManifestProcessingRules> {
    private static final Schema SCHEMA = Schema.of("AWS::MediaTailor::PlaybackConfiguration.ManifestProcessingRules");

    public ManifestProcessingRules() {
      super(SCHEMA);
    }

    /**
     * For HLS, when set to <code>true</code> , MediaTailor passes through <code>EXT-X-CUE-IN</code>
     * , <code>EXT-X-CUE-OUT</code> , and <code>EXT-X-SPLICEPOINT-SCTE35</code> ad markers from the
     * origin manifest to the MediaTailor personalized manifest.
     *
     * <p>No logic is applied to these ad markers. For example, if <code>EXT-X-CUE-OUT</code> has a
     * value of <code>60</code> , but no ads are filled for that ad break, MediaTailor will not set
     * the value to <code>0</code> .
     *
     * <p>CloudFormation property {@code AdMarkerPassthrough}.
     */
    public ManifestProcessingRules adMarkerPassthrough(Value<AdMarkerPassthrough> value) {
      return set("AdMarkerPassthrough", value);
    }
  }

  /**
   * Settings for customizing what events are included in logs for interactions with the origin
   * server.
   *
   * <p>For more information about manifest service logs, including descriptions of the event types,
   * see <a href="https://docs.aws.amazon.com/mediatailor/latest/ug/log-types.html">MediaTailor
   * manifest logs description and event types</a> in AWS Elemental MediaTailor User Guide.
   *
   * <p>Property type {@code AWS::MediaTailor::PlaybackConfiguration.ManifestServiceInteractionLog}.
   */
  public static final class ManifestServiceInteractionLog extends Struct<ManifestServiceInteractionLog> {
    private static final Schema SCHEMA = Schema.of("AWS::MediaTailor::PlaybackConfiguration.ManifestServiceInteractionLog");

    public ManifestServiceInteractionLog() {
      super(SCHEMA);
    }

    /**
     * Indicates that MediaTailor won't emit the selected events in the logs for playback sessions
     * that are initialized with this configuration.
     *
     * <p>CloudFormation property {@code ExcludeEventTypes}.
     */
    public ManifestServiceInteractionLog excludeEventTypes(List<String> value) {
      return set("ExcludeEventTypes", Value.listOf(value));
    }

    /** Sets {@code ExcludeEventTypes} to this value; see {@link #excludeEventTypes(List)}. */
    public ManifestServiceInteractionLog excludeEventTypes(Value<List<String>> value) {
      return set("ExcludeEventTypes", value);
    }
  }

  /**
   * The configuration for the request to the pre-roll Ad Decision Server.
   *
   * <p>Property type {@code
   * AWS::MediaTailor::PlaybackConfiguration.PreRollAdDecisionServerConfiguration}.
   */
  public static final class PreRollAdDecisionServerConfiguration extends Struct<PreRollAdDecisionServerConfiguration> {
    private static final Schema SCHEMA = Schema.of("AWS::MediaTailor::PlaybackConfiguration.PreRollAdDecisionServerConfiguration");

    public PreRollAdDecisionServerConfiguration() {
      super(SCHEMA);
    }

    /**
     * The configuration for how MediaTailor processes the VAST response returned by the pre-roll Ad
     * Decision Server.
     *
     * <p>CloudFormation property {@code VastResponse}.
     */
    public PreRollAdDecisionServerConfiguration vastResponse(Value<PreRollVastResponse> value) {
      return set("VastResponse", value);
    }
  }

  /**
   * The configuration for how MediaTailor processes the VAST response returned by the pre-roll Ad
   * Decision Server.
   *
   * <p>Property type {@code AWS::MediaTailor::PlaybackConfiguration.PreRollVastResponse}.
   */
  public static final class PreRollVastResponse extends Struct<PreRollVastResponse> {
    private static final Schema SCHEMA = Schema.builder("AWS::MediaTailor::PlaybackConfiguration.PreRollVastResponse")
        .allowed("AdSequencingMode", "FOLLOW_AD_SEQUENCE", "IGNORE_AD_SEQUENCE")
        .build();

    public PreRollVastResponse() {
      super(SCHEMA);
    }

    /**
     * Determines how MediaTailor sequences ads returned in the pre-roll VAST response.
     *
     * <p>Allowed values: {@code FOLLOW_AD_SEQUENCE}, {@code IGNORE_AD_SEQUENCE}. CloudFormation
     * property {@code AdSequencingMode}.
     */
    public PreRollVastResponse adSequencingMode(String value) {
      return set("AdSequencingMode", Value.of(value));
    }

    /** Sets {@code AdSequencingMode} to this value; see {@link #adSequencingMode(String)}. */
    public PreRollVastResponse adSequencingMode(Value<String> value) {
      return set("AdSequencingMode", value);
    }
  }

  /**
   * The configuration for how MediaTailor processes the VAST response returned by the Ad Decision
   * Server.
   *
   * <p>Property type {@code AWS::MediaTailor::PlaybackConfiguration.VastResponse}.
   */
  public static final class VastResponse extends Struct<VastResponse> {
    private static final Schema SCHEMA = Schema.builder("AWS::MediaTailor::PlaybackConfiguration.VastResponse")
        .allowed("AdSequencingMode", "FOLLOW_AD_SEQUENCE", "IGNORE_AD_SEQUENCE",
            "FOLLOW_AD_SEQUENCE_ONLY_LIVE", "FOLLOW_AD_SEQUENCE_ONLY_VOD")
        .build();

    public VastResponse() {
      super(SCHEMA);
    }

    /**
     * Determines how MediaTailor sequences ads returned in the VAST response from the Ad Decision
     * Server.
     *
     * <p>Allowed values: {@code FOLLOW_AD_SEQUENCE}, {@code IGNORE_AD_SEQUENCE}, {@code
     * FOLLOW_AD_SEQUENCE_ONLY_LIVE}, {@code FOLLOW_AD_SEQUENCE_ONLY_VOD}. CloudFormation property
     * {@code AdSequencingMode}.
     */
    public VastResponse adSequencingMode(String value) {
      return set("AdSequencingMode", Value.of(value));
    }

    /** Sets {@code AdSequencingMode} to this value; see {@link #adSequencingMode(String)}. */
    public VastResponse adSequencingMode(Value<String> value) {
      return set("AdSequencingMode", value);
    }
  }
}
