// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.mediapackage;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Creates a packaging configuration in a packaging group.
 *
 * <p>The packaging configuration represents a single delivery point for an asset. It determines the
 * format and setting for the egressing content. Specify only one package format per configuration,
 * such as <code>HlsPackage</code> .
 *
 * <p>CloudFormation type {@code AWS::MediaPackage::PackagingConfiguration}.
 */
public final class PackagingConfiguration extends Resource<PackagingConfiguration> {
  private static final Schema SCHEMA = Schema.builder("AWS::MediaPackage::PackagingConfiguration")
      .required("Id", "PackagingGroupId")
      .refYields("Id")
      .attributes("Arn")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public PackagingConfiguration(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * Parameters for CMAF packaging.
   *
   * <p>CloudFormation property {@code CmafPackage}.
   */
  public PackagingConfiguration cmafPackage(Value<CmafPackage> value) {
    return set("CmafPackage", value);
  }

  /**
   * Parameters for DASH-ISO packaging.
   *
   * <p>CloudFormation property {@code DashPackage}.
   */
  public PackagingConfiguration dashPackage(Value<DashPackage> value) {
    return set("DashPackage", value);
  }

  /**
   * Parameters for Apple HLS packaging.
   *
   * <p>CloudFormation property {@code HlsPackage}.
   */
  public PackagingConfiguration hlsPackage(Value<HlsPackage> value) {
    return set("HlsPackage", value);
  }

  /**
   * Unique identifier that you assign to the packaging configuration.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code Id}.
   */
  public PackagingConfiguration id(String value) {
    return set("Id", Value.of(value));
  }

  /** Sets {@code Id} to this value; see {@link #id(String)}. */
  public PackagingConfiguration id(Value<String> value) {
    return set("Id", value);
  }

  /**
   * Parameters for Microsoft Smooth Streaming packaging.
   *
   * <p>CloudFormation property {@code MssPackage}.
   */
  public PackagingConfiguration mssPackage(Value<MssPackage> value) {
    return set("MssPackage", value);
  }

  /**
   * The ID of the packaging group associated with this packaging configuration.
   *
   * <p>Required. CloudFormation property {@code PackagingGroupId}.
   */
  public PackagingConfiguration packagingGroupId(String value) {
    return set("PackagingGroupId", Value.of(value));
  }

  /** Sets {@code PackagingGroupId} to this value; see {@link #packagingGroupId(String)}. */
  public PackagingConfiguration packagingGroupId(Value<String> value) {
    return set("PackagingGroupId", value);
  }

  /**
   * The tags to assign to the packaging configuration.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public PackagingConfiguration tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public PackagingConfiguration tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public PackagingConfiguration tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The Amazon Resource Name (ARN) for the packaging configuration. You can get this from the
   * response to any request to the packaging configuration.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * Holds encryption information so that access to the content can be controlled by a DRM solution.
   *
   * <p>Property type {@code AWS::MediaPackage::PackagingConfiguration.CmafEncryption}.
   */
  public static final class CmafEncryption extends Struct<CmafEncryption> {
    private static final Schema SCHEMA = Schema.builder("AWS::MediaPackage::PackagingConfiguration.CmafEncryption")
        .required("SpekeKeyProvider")
        .build();

    public CmafEncryption() {
      super(SCHEMA);
    }

    /**
     * Parameters for the SPEKE key provider.
     *
     * <p>Required. CloudFormation property {@code SpekeKeyProvider}.
     */
    public CmafEncryption spekeKeyProvider(Value<SpekeKeyProvider> value) {
      return set("SpekeKeyProvider", value);
    }
  }

  /**
   * Parameters for a packaging configuration that uses Common Media Application Format (CMAF)
   * packaging.
   *
   * <p>Property type {@code AWS::MediaPackage::PackagingConfiguration.CmafPackage}.
   */
  public static final class CmafPackage extends Struct<CmafPackage> {
    private static final Schema SCHEMA = Schema.builder("AWS::MediaPackage::PackagingConfiguration.CmafPackage")
        .required("HlsManifests")
        .build();

    public CmafPackage() {
      super(SCHEMA);
    }

    /**
     * Parameters for encrypting content.
     *
     * <p>CloudFormation property {@code Encryption}.
     */
    public CmafPackage encryption(Value<CmafEncryption> value) {
      return set("Encryption", value);
    }

    /**
     * A list of HLS manifest configurations that are available from this endpoint.
     *
     * <p>Required. CloudFormation property {@code HlsManifests}.
     */
    public CmafPackage hlsManifests(List<HlsManifest> value) {
      return set("HlsManifests", Value.listOf(value));
    }

    /** Sets {@code HlsManifests} to this value; see {@link #hlsManifests(List)}. */
    public CmafPackage hlsManifests(Value<List<HlsManifest>> value) {
      return set("HlsManifests", value);
    }

    /** Sets {@code HlsManifests} to a list of these; see {@link #hlsManifests(List)}. */
    public CmafPackage hlsManifests(HlsManifest... values) {
      return set("HlsManifests", Value.list(values));
    }

    /**
     * When includeEncoderConfigurationInSegments is set to true, AWS Elemental MediaPackage places
     * your encoder's Sequence Parameter Set (SPS), Picture Parameter Set (PPS), and Video Parameter
     * Set (VPS) metadata in every video segment instead of in the init fragment. This lets you use
     * different SPS/PPS/VPS settings for your assets during content playback.
     *
     * <p>CloudFormation property {@code IncludeEncoderConfigurationInSegments}.
     */
    public CmafPackage includeEncoderConfigurationInSegments(boolean value) {
      return set("IncludeEncoderConfigurationInSegments", Value.of(value));
    }

    /**
     * Sets {@code IncludeEncoderConfigurationInSegments} to this value; see {@link
     * #includeEncoderConfigurationInSegments(boolean)}.
     */
    public CmafPackage includeEncoderConfigurationInSegments(Value<Boolean> value) {
      return set("IncludeEncoderConfigurationInSegments", value);
    }

    /**
     * Duration (in seconds) of each segment. Actual segments are rounded to the nearest multiple of
     * the source fragment duration.
     *
     * <p>CloudFormation property {@code SegmentDurationSeconds}.
     */
    public CmafPackage segmentDurationSeconds(int value) {
      return set("SegmentDurationSeconds", Value.of(value));
    }

    /**
     * Sets {@code SegmentDurationSeconds} to this value; see {@link #segmentDurationSeconds(int)}.
     */
    public CmafPackage segmentDurationSeconds(Value<Integer> value) {
      return set("SegmentDurationSeconds", value);
    }
  }

  /**
   * Holds encryption information so that access to the content can be controlled by a DRM solution.
   *
   * <p>Property type {@code AWS::MediaPackage::PackagingConfiguration.DashEncryption}.
   */
  public static final class DashEncryption extends Struct<DashEncryption> {
    private static final Schema SCHEMA = Schema.builder("AWS::MediaPackage::PackagingConfiguration.DashEncryption")
        .required("SpekeKeyProvider")
        .build();

    public DashEncryption() {
      super(SCHEMA);
    }

    /**
     * Parameters for the SPEKE key provider.
     *
     * <p>Required. CloudFormation property {@code SpekeKeyProvider}.
     */
    public DashEncryption spekeKeyProvider(Value<SpekeKeyProvider> value) {
      return set("SpekeKeyProvider", value);
    }
  }

  /**
   * Parameters for a DASH manifest.
   *
   * <p>Property type {@code AWS::MediaPackage::PackagingConfiguration.DashManifest}.
   */
  public static final class DashManifest extends Struct<DashManifest> {
    private static final Schema SCHEMA = Schema.builder("AWS::MediaPackage::PackagingConfiguration.DashManifest")
        .allowed("ManifestLayout", "FULL", "COMPACT")
        .allowed("Profile", "NONE", "HBBTV_1_5")
        .allowed("ScteMarkersSource", "SEGMENTS", "MANIFEST")
        .build();

    public DashManifest() {
      super(SCHEMA);
    }

    /**
     * Determines the position of some tags in the Media Presentation Description (MPD). When set to
     * <code>FULL</code> , elements like <code>SegmentTemplate</code> and
     * <code>ContentProtection</code> are included in each <code>Representation</code> . When set to
     * <code>COMPACT</code> , duplicate elements are combined and presented at the AdaptationSet
     * level.
     *
     * <p>Allowed values: {@code FULL}, {@code COMPACT}. CloudFormation property {@code
     * ManifestLayout}.
     */
    public DashManifest manifestLayout(String value) {
      return set("ManifestLayout", Value.of(value));
    }

    /** Sets {@code ManifestLayout} to this value; see {@link #manifestLayout(String)}. */
    public DashManifest manifestLayout(Value<String> value) {
      return set("ManifestLayout", value);
    }

    /**
     * A short string that's appended to the end of the endpoint URL to create a unique path to this
     * packaging configuration.
     *
     * <p>CloudFormation property {@code ManifestName}.
     */
    public DashManifest manifestName(String value) {
      return set("ManifestName", Value.of(value));
    }

    /** Sets {@code ManifestName} to this value; see {@link #manifestName(String)}. */
    public DashManifest manifestName(Value<String> value) {
      return set("ManifestName", value);
    }

    /**
     * Minimum amount of content (measured in seconds) that a player must keep available in the
     * buffer.
     *
     * <p>CloudFormation property {@code MinBufferTimeSeconds}.
     */
    public DashManifest minBufferTimeSeconds(int value) {
      return set("MinBufferTimeSeconds", Value.of(value));
    }

    /** Sets {@code MinBufferTimeSeconds} to this value; see {@link #minBufferTimeSeconds(int)}. */
    public DashManifest minBufferTimeSeconds(Value<Integer> value) {
      return set("MinBufferTimeSeconds", value);
    }

    /**
     * The DASH profile type. When set to <code>HBBTV_1_5</code> , the content is compliant with
     * HbbTV 1.5.
     *
     * <p>Allowed values: {@code NONE}, {@code HBBTV_1_5}. CloudFormation property {@code Profile}.
     */
    public DashManifest profile(String value) {
      return set("Profile", Value.of(value));
    }

    /** Sets {@code Profile} to this value; see {@link #profile(String)}. */
    public DashManifest profile(Value<String> value) {
      return set("Profile", value);
    }

    /**
     * The source of scte markers used.
     *
     * <p>Value description:
     *
     * <ul> <li><code>SEGMENTS</code> - The scte markers are sourced from the segments of the
     * ingested content. <li><code>MANIFEST</code> - the scte markers are sourced from the manifest
     * of the ingested content. The MANIFEST value is compatible with source HLS playlists using the
     * SCTE-35 Enhanced syntax ( <code>EXT-OATCLS-SCTE35</code> tags). SCTE-35 Elemental and SCTE-35
     * Daterange syntaxes are not supported with this option. </ul>
     *
     * <p>Allowed values: {@code SEGMENTS}, {@code MANIFEST}. CloudFormation property {@code
     * ScteMarkersSource}.
     */
    public DashManifest scteMarkersSource(String value) {
      return set("ScteMarkersSource", Value.of(value));
    }

    /** Sets {@code ScteMarkersSource} to this value; see {@link #scteMarkersSource(String)}. */
    public DashManifest scteMarkersSource(Value<String> value) {
      return set("ScteMarkersSource", value);
    }

    /**
     * Limitations for outputs from the endpoint, based on the video bitrate.
     *
     * <p>CloudFormation property {@code StreamSelection}.
     */
    public DashManifest streamSelection(Value<StreamSelection> value) {
      return set("StreamSelection", value);
    }
  }

  /**
   * Parameters for a packaging configuration that uses Dynamic Adaptive Streaming over HTTP (DASH)
   * packaging.
   *
   * <p>Property type {@code AWS::MediaPackage::PackagingConfiguration.DashPackage}.
   */
  public static final class DashPackage extends Struct<DashPackage> {
    private static final Schema SCHEMA = Schema.builder("AWS::MediaPackage::PackagingConfiguration.DashPackage")
        .required("DashManifests")
        .allowed("PeriodTriggers", "ADS")
        .allowed("SegmentTemplateFormat", "NUMBER_WITH_TIMELINE", "TIME_WITH_TIMELINE",
            "NUMBER_WITH_DURATION")
        .build();

    public DashPackage() {
      super(SCHEMA);
    }

    /**
     * A list of DASH manifest configurations that are available from this endpoint.
     *
     * <p>Required. CloudFormation property {@code DashManifests}.
     */
    public DashPackage dashManifests(List<DashManifest> value) {
      return set("DashManifests", Value.listOf(value));
    }

    /** Sets {@code DashManifests} to this value; see {@link #dashManifests(List)}. */
    public DashPackage dashManifests(Value<List<DashManifest>> value) {
      return set("DashManifests", value);
    }

    /** Sets {@code DashManifests} to a list of these; see {@link #dashManifests(List)}. */
    public DashPackage dashManifests(DashManifest... values) {
      return set("DashManifests", Value.list(values));
    }

    /**
     * Parameters for encrypting content.
     *
     * <p>CloudFormation property {@code Encryption}.
     */
    public DashPackage encryption(Value<DashEncryption> value) {
      return set("Encryption", value);
    }

    /**
     * When includeEncoderConfigurationInSegments is set to true, AWS Elemental MediaPackage places
     * your encoder's Sequence Parameter Set (SPS), Picture Parameter Set (PPS), and Video Parameter
     * Set (VPS) metadata in every video segment instead of in the init fragment. This lets you use
     * different SPS/PPS/VPS settings for your assets during content playback.
     *
     * <p>CloudFormation property {@code IncludeEncoderConfigurationInSegments}.
     */
    public DashPackage includeEncoderConfigurationInSegments(boolean value) {
      return set("IncludeEncoderConfigurationInSegments", Value.of(value));
    }

    /**
     * Sets {@code IncludeEncoderConfigurationInSegments} to this value; see {@link
     * #includeEncoderConfigurationInSegments(boolean)}.
     */
    public DashPackage includeEncoderConfigurationInSegments(Value<Boolean> value) {
      return set("IncludeEncoderConfigurationInSegments", value);
    }

    /**
     * This applies only to stream sets with a single video track. When true, the stream set
     * includes an additional I-frame trick-play only stream, along with the other tracks. If false,
     * this extra stream is not included.
     *
     * <p>CloudFormation property {@code IncludeIframeOnlyStream}.
     */
    public DashPackage includeIframeOnlyStream(boolean value) {
      return set("IncludeIframeOnlyStream", Value.of(value));
    }

    /**
     * Sets {@code IncludeIframeOnlyStream} to this value; see {@link
     * #includeIframeOnlyStream(boolean)}.
     */
    public DashPackage includeIframeOnlyStream(Value<Boolean> value) {
      return set("IncludeIframeOnlyStream", value);
    }

    /**
     * Controls whether AWS Elemental MediaPackage produces single-period or multi-period DASH
     * manifests. For more information about periods, see <a
     * href="https://docs.aws.amazon.com/mediapackage/latest/ug/multi-period.html">Multi-period DASH
     * in AWS Elemental MediaPackage</a> .
     *
     * <p>Valid values:
     *
     * <ul> <li><code>ADS</code> - AWS Elemental MediaPackage will produce multi-period DASH
     * manifests. Periods are created based on the SCTE-35 ad markers present in the input manifest.
     * <li><em>No value</em> - AWS Elemental MediaPackage will produce single-period DASH manifests.
     * This is the default setting. </ul>
     *
     * <p>Allowed values: {@code ADS}. CloudFormation property {@code PeriodTriggers}.
     */
    public DashPackage periodTriggers(List<String> value) {
      return set("PeriodTriggers", Value.listOf(value));
    }

    /** Sets {@code PeriodTriggers} to this value; see {@link #periodTriggers(List)}. */
    public DashPackage periodTriggers(Value<List<String>> value) {
      return set("PeriodTriggers", value);
    }

    /**
     * Duration (in seconds) of each fragment. Actual fragments are rounded to the nearest multiple
     * of the source segment duration.
     *
     * <p>CloudFormation property {@code SegmentDurationSeconds}.
     */
    public DashPackage segmentDurationSeconds(int value) {
      return set("SegmentDurationSeconds", Value.of(value));
    }

    /**
     * Sets {@code SegmentDurationSeconds} to this value; see {@link #segmentDurationSeconds(int)}.
     */
    public DashPackage segmentDurationSeconds(Value<Integer> value) {
      return set("SegmentDurationSeconds", value);
    }

    /**
     * Determines the type of SegmentTemplate included in the Media Presentation Description (MPD).
     * When set to <code>NUMBER_WITH_TIMELINE</code> , a full timeline is presented in each
     * SegmentTemplate, with $Number$ media URLs. When set to <code>TIME_WITH_TIMELINE</code> , a
     * full timeline is presented in each SegmentTemplate, with $Time$ media URLs. When set to
     * <code>NUMBER_WITH_DURATION</code> , only a duration is included in each SegmentTemplate, with
     * $Number$ media URLs.
     *
     * <p>Allowed values: {@code NUMBER_WITH_TIMELINE}, {@code TIME_WITH_TIMELINE}, {@code
     * NUMBER_WITH_DURATION}. CloudFormation property {@code SegmentTemplateFormat}.
     */
    public DashPackage segmentTemplateFormat(String value) {
      return set("SegmentTemplateFormat", Value.of(value));
    }

    /**
     * Sets {@code SegmentTemplateFormat} to this value; see {@link #segmentTemplateFormat(String)}.
     */
    public DashPackage segmentTemplateFormat(Value<String> value) {
      return set("SegmentTemplateFormat", value);
    }
  }

  /**
   * Use <code>encryptionContractConfiguration</code> to configure one or more content encryption
   * keys for your endpoints that use SPEKE Version 2.0. The encryption contract defines the content
   * keys used to encrypt the audio and video tracks in your stream. To configure the encryption
   * contract, specify which audio and video encryption presets to use. For more information about
   * these presets, see <a
   * href="https://docs.aws.amazon.com/mediapackage/latest/ug/drm-content-speke-v2-presets.html">SPEKE
   * Version 2.0 Presets</a> .
   *
   * <p>Note the following considerations when using <code>encryptionContractConfiguration</code> :
   *
   * <ul> <li>You can use <code>encryptionContractConfiguration</code> for DASH endpoints that use
   * SPEKE Version 2.0. SPEKE Version 2.0 relies on the CPIX Version 2.3 specification. <li>You
   * cannot combine an <code>UNENCRYPTED</code> preset with <code>UNENCRYPTED</code> or
   * <code>SHARED</code> presets across <code>presetSpeke20Audio</code> and
   * <code>presetSpeke20Video</code> . <li>When you use a <code>SHARED</code> preset, you must use
   * it for both <code>presetSpeke20Audio</code> and <code>presetSpeke20Video</code> . </ul>
   *
   * <p>Property type {@code
   * AWS::MediaPackage::PackagingConfiguration.EncryptionContractConfiguration}.
   */
  public static final class EncryptionContractConfiguration extends Struct<EncryptionContractConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::MediaPackage::PackagingConfiguration.EncryptionContractConfiguration")
        .required("PresetSpeke20Audio", "PresetSpeke20Video")
        .allowed("PresetSpeke20Audio", "PRESET-AUDIO-1", "PRESET-AUDIO-2", "PRESET-AUDIO-3",
            "SHARED", "UNENCRYPTED")
        .allowed("PresetSpeke20Video", "PRESET-VIDEO-1", "PRESET-VIDEO-2", "PRESET-VIDEO-3",
            "PRESET-VIDEO-4", "PRESET-VIDEO-5", "PRESET-VIDEO-6", "PRESET-VIDEO-7",
            "PRESET-VIDEO-8", "SHARED", "UNENCRYPTED")
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
     * <p>Required. Allowed values: {@code PRESET-AUDIO-1}, {@code PRESET-AUDIO-2}, {@code
     * PRESET-AUDIO-3}, {@code SHARED}, {@code UNENCRYPTED}. CloudFormation property {@code
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
     * A collection of video encryption presets.
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
     * <p>Required. Allowed values: {@code PRESET-VIDEO-1}, {@code PRESET-VIDEO-2}, {@code
     * PRESET-VIDEO-3}, {@code PRESET-VIDEO-4}, {@code PRESET-VIDEO-5}, {@code PRESET-VIDEO-6},
     * {@code PRESET-VIDEO-7}, {@code PRESET-VIDEO-8}, {@code SHARED}, {@code UNENCRYPTED}.
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
   * Holds encryption information so that access to the content can be controlled by a DRM solution.
   *
   * <p>Property type {@code AWS::MediaPackage::PackagingConfiguration.HlsEncryption}.
   */
  public static final class HlsEncryption extends Struct<HlsEncryption> {
    private static final Schema SCHEMA = Schema.builder("AWS::MediaPackage::PackagingConfiguration.HlsEncryption")
        .required("SpekeKeyProvider")
        .allowed("EncryptionMethod", "AES_128", "SAMPLE_AES")
        .build();

    public HlsEncryption() {
      super(SCHEMA);
    }

    /**
     * A 128-bit, 16-byte hex value represented by a 32-character string, used with the key for
     * encrypting blocks. If you don't specify a constant initialization vector (IV), AWS Elemental
     * MediaPackage periodically rotates the IV.
     *
     * <p>CloudFormation property {@code ConstantInitializationVector}.
     */
    public HlsEncryption constantInitializationVector(String value) {
      return set("ConstantInitializationVector", Value.of(value));
    }

    /**
     * Sets {@code ConstantInitializationVector} to this value; see {@link
     * #constantInitializationVector(String)}.
     */
    public HlsEncryption constantInitializationVector(Value<String> value) {
      return set("ConstantInitializationVector", value);
    }

    /**
     * HLS encryption type.
     *
     * <p>Allowed values: {@code AES_128}, {@code SAMPLE_AES}. CloudFormation property {@code
     * EncryptionMethod}.
     */
    public HlsEncryption encryptionMethod(String value) {
      return set("EncryptionMethod", Value.of(value));
    }

    /** Sets {@code EncryptionMethod} to this value; see {@link #encryptionMethod(String)}. */
    public HlsEncryption encryptionMethod(Value<String> value) {
      return set("EncryptionMethod", value);
    }

    /**
     * Parameters for the SPEKE key provider.
     *
     * <p>Required. CloudFormation property {@code SpekeKeyProvider}.
     */
    public HlsEncryption spekeKeyProvider(Value<SpekeKeyProvider> value) {
      return set("SpekeKeyProvider", value);
    }
  }

  /**
   * Parameters for an HLS manifest.
   *
   * <p>Property type {@code AWS::MediaPackage::PackagingConfiguration.HlsManifest}.
   */
  public static final class HlsManifest extends Struct<HlsManifest> {
    private static final Schema SCHEMA = Schema.builder("AWS::MediaPackage::PackagingConfiguration.HlsManifest")
        .allowed("AdMarkers", "NONE", "SCTE35_ENHANCED", "PASSTHROUGH")
        .build();

    public HlsManifest() {
      super(SCHEMA);
    }

    /**
     * This setting controls ad markers in the packaged content.
     *
     * <p>Valid values:
     *
     * <ul> <li><code>NONE</code> - Omits all SCTE-35 ad markers from the output.
     * <li><code>PASSTHROUGH</code> - Creates a copy in the output of the SCTE-35 ad markers
     * (comments) taken directly from the input manifest. <li><code>SCTE35_ENHANCED</code> -
     * Generates ad markers and blackout tags in the output based on the SCTE-35 messages from the
     * input manifest. </ul>
     *
     * <p>Allowed values: {@code NONE}, {@code SCTE35_ENHANCED}, {@code PASSTHROUGH}. CloudFormation
     * property {@code AdMarkers}.
     */
    public HlsManifest adMarkers(String value) {
      return set("AdMarkers", Value.of(value));
    }

    /** Sets {@code AdMarkers} to this value; see {@link #adMarkers(String)}. */
    public HlsManifest adMarkers(Value<String> value) {
      return set("AdMarkers", value);
    }

    /**
     * Applies to stream sets with a single video track only. When enabled, the output includes an
     * additional I-frame only stream, along with the other tracks.
     *
     * <p>CloudFormation property {@code IncludeIframeOnlyStream}.
     */
    public HlsManifest includeIframeOnlyStream(boolean value) {
      return set("IncludeIframeOnlyStream", Value.of(value));
    }

    /**
     * Sets {@code IncludeIframeOnlyStream} to this value; see {@link
     * #includeIframeOnlyStream(boolean)}.
     */
    public HlsManifest includeIframeOnlyStream(Value<Boolean> value) {
      return set("IncludeIframeOnlyStream", value);
    }

    /**
     * A short string that's appended to the end of the endpoint URL to create a unique path to this
     * packaging configuration.
     *
     * <p>CloudFormation property {@code ManifestName}.
     */
    public HlsManifest manifestName(String value) {
      return set("ManifestName", Value.of(value));
    }

    /** Sets {@code ManifestName} to this value; see {@link #manifestName(String)}. */
    public HlsManifest manifestName(Value<String> value) {
      return set("ManifestName", value);
    }

    /**
     * Inserts <code>EXT-X-PROGRAM-DATE-TIME</code> tags in the output manifest at the interval that
     * you specify.
     *
     * <p>Irrespective of this parameter, if any ID3Timed metadata is in the HLS input, it is passed
     * through to the HLS output.
     *
     * <p>Omit this attribute or enter <code>0</code> to indicate that the
     * <code>EXT-X-PROGRAM-DATE-TIME</code> tags are not included in the manifest.
     *
     * <p>CloudFormation property {@code ProgramDateTimeIntervalSeconds}.
     */
    public HlsManifest programDateTimeIntervalSeconds(int value) {
      return set("ProgramDateTimeIntervalSeconds", Value.of(value));
    }

    /**
     * Sets {@code ProgramDateTimeIntervalSeconds} to this value; see {@link
     * #programDateTimeIntervalSeconds(int)}.
     */
    public HlsManifest programDateTimeIntervalSeconds(Value<Integer> value) {
      return set("ProgramDateTimeIntervalSeconds", value);
    }

    /**
     * Repeat the <code>EXT-X-KEY</code> directive for every media segment. This might result in an
     * increase in client requests to the DRM server.
     *
     * <p>CloudFormation property {@code RepeatExtXKey}.
     */
    public HlsManifest repeatExtXKey(boolean value) {
      return set("RepeatExtXKey", Value.of(value));
    }

    /** Sets {@code RepeatExtXKey} to this value; see {@link #repeatExtXKey(boolean)}. */
    public HlsManifest repeatExtXKey(Value<Boolean> value) {
      return set("RepeatExtXKey", value);
    }

    /**
     * Video bitrate limitations for outputs from this packaging configuration.
     *
     * <p>CloudFormation property {@code StreamSelection}.
     */
    public HlsManifest streamSelection(Value<StreamSelection> value) {
      return set("StreamSelection", value);
    }
  }

  /**
   * Parameters for a packaging configuration that uses HTTP Live Streaming (HLS) packaging.
   *
   * <p>Property type {@code AWS::MediaPackage::PackagingConfiguration.HlsPackage}.
   */
  public static final class HlsPackage extends Struct<HlsPackage> {
    private static final Schema SCHEMA = Schema.builder("AWS::MediaPackage::PackagingConfiguration.HlsPackage")
        .required("HlsManifests")
        .build();

    public HlsPackage() {
      super(SCHEMA);
    }

    /**
     * Parameters for encrypting content.
     *
     * <p>CloudFormation property {@code Encryption}.
     */
    public HlsPackage encryption(Value<HlsEncryption> value) {
      return set("Encryption", value);
    }

    /**
     * A list of HLS manifest configurations that are available from this endpoint.
     *
     * <p>Required. CloudFormation property {@code HlsManifests}.
     */
    public HlsPackage hlsManifests(List<HlsManifest> value) {
      return set("HlsManifests", Value.listOf(value));
    }

    /** Sets {@code HlsManifests} to this value; see {@link #hlsManifests(List)}. */
    public HlsPackage hlsManifests(Value<List<HlsManifest>> value) {
      return set("HlsManifests", value);
    }

    /** Sets {@code HlsManifests} to a list of these; see {@link #hlsManifests(List)}. */
    public HlsPackage hlsManifests(HlsManifest... values) {
      return set("HlsManifests", Value.list(values));
    }

    /**
     * When enabled, MediaPackage passes through digital video broadcasting (DVB) subtitles into the
     * output.
     *
     * <p>CloudFormation property {@code IncludeDvbSubtitles}.
     */
    public HlsPackage includeDvbSubtitles(boolean value) {
      return set("IncludeDvbSubtitles", Value.of(value));
    }

    /**
     * Sets {@code IncludeDvbSubtitles} to this value; see {@link #includeDvbSubtitles(boolean)}.
     */
    public HlsPackage includeDvbSubtitles(Value<Boolean> value) {
      return set("IncludeDvbSubtitles", value);
    }

    /**
     * Duration (in seconds) of each fragment. Actual fragments are rounded to the nearest multiple
     * of the source fragment duration.
     *
     * <p>CloudFormation property {@code SegmentDurationSeconds}.
     */
    public HlsPackage segmentDurationSeconds(int value) {
      return set("SegmentDurationSeconds", Value.of(value));
    }

    /**
     * Sets {@code SegmentDurationSeconds} to this value; see {@link #segmentDurationSeconds(int)}.
     */
    public HlsPackage segmentDurationSeconds(Value<Integer> value) {
      return set("SegmentDurationSeconds", value);
    }

    /**
     * When true, AWS Elemental MediaPackage bundles all audio tracks in a rendition group. All
     * other tracks in the stream can be used with any audio rendition from the group.
     *
     * <p>CloudFormation property {@code UseAudioRenditionGroup}.
     */
    public HlsPackage useAudioRenditionGroup(boolean value) {
      return set("UseAudioRenditionGroup", Value.of(value));
    }

    /**
     * Sets {@code UseAudioRenditionGroup} to this value; see {@link
     * #useAudioRenditionGroup(boolean)}.
     */
    public HlsPackage useAudioRenditionGroup(Value<Boolean> value) {
      return set("UseAudioRenditionGroup", value);
    }
  }

  /**
   * Holds encryption information so that access to the content can be controlled by a DRM solution.
   *
   * <p>Property type {@code AWS::MediaPackage::PackagingConfiguration.MssEncryption}.
   */
  public static final class MssEncryption extends Struct<MssEncryption> {
    private static final Schema SCHEMA = Schema.builder("AWS::MediaPackage::PackagingConfiguration.MssEncryption")
        .required("SpekeKeyProvider")
        .build();

    public MssEncryption() {
      super(SCHEMA);
    }

    /**
     * Parameters for the SPEKE key provider.
     *
     * <p>Required. CloudFormation property {@code SpekeKeyProvider}.
     */
    public MssEncryption spekeKeyProvider(Value<SpekeKeyProvider> value) {
      return set("SpekeKeyProvider", value);
    }
  }

  /**
   * Parameters for a Microsoft Smooth manifest.
   *
   * <p>Property type {@code AWS::MediaPackage::PackagingConfiguration.MssManifest}.
   */
  public static final class MssManifest extends Struct<MssManifest> {
    private static final Schema SCHEMA = Schema.of("AWS::MediaPackage::PackagingConfiguration.MssManifest");

    public MssManifest() {
      super(SCHEMA);
    }

    /**
     * A short string that's appended to the end of the endpoint URL to create a unique path to this
     * packaging configuration.
     *
     * <p>CloudFormation property {@code ManifestName}.
     */
    public MssManifest manifestName(String value) {
      return set("ManifestName", Value.of(value));
    }

    /** Sets {@code ManifestName} to this value; see {@link #manifestName(String)}. */
    public MssManifest manifestName(Value<String> value) {
      return set("ManifestName", value);
    }

    /**
     * Video bitrate limitations for outputs from this packaging configuration.
     *
     * <p>CloudFormation property {@code StreamSelection}.
     */
    public MssManifest streamSelection(Value<StreamSelection> value) {
      return set("StreamSelection", value);
    }
  }

  /**
   * Parameters for a packaging configuration that uses Microsoft Smooth Streaming (MSS) packaging.
   *
   * <p>Property type {@code AWS::MediaPackage::PackagingConfiguration.MssPackage}.
   */
  public static final class MssPackage extends Struct<MssPackage> {
    private static final Schema SCHEMA = Schema.builder("AWS::MediaPackage::PackagingConfiguration.MssPackage")
        .required("MssManifests")
        .build();

    public MssPackage() {
      super(SCHEMA);
    }

    /**
     * Parameters for encrypting content.
     *
     * <p>CloudFormation property {@code Encryption}.
     */
    public MssPackage encryption(Value<MssEncryption> value) {
      return set("Encryption", value);
    }

    /**
     * A list of Microsoft Smooth manifest configurations that are available from this endpoint.
     *
     * <p>Required. CloudFormation property {@code MssManifests}.
     */
    public MssPackage mssManifests(List<MssManifest> value) {
      return set("MssManifests", Value.listOf(value));
    }

    /** Sets {@code MssManifests} to this value; see {@link #mssManifests(List)}. */
    public MssPackage mssManifests(Value<List<MssManifest>> value) {
      return set("MssManifests", value);
    }

    /** Sets {@code MssManifests} to a list of these; see {@link #mssManifests(List)}. */
    public MssPackage mssManifests(MssManifest... values) {
      return set("MssManifests", Value.list(values));
    }

    /**
     * Duration (in seconds) of each fragment. Actual fragments are rounded to the nearest multiple
     * of the source fragment duration.
     *
     * <p>CloudFormation property {@code SegmentDurationSeconds}.
     */
    public MssPackage segmentDurationSeconds(int value) {
      return set("SegmentDurationSeconds", Value.of(value));
    }

    /**
     * Sets {@code SegmentDurationSeconds} to this value; see {@link #segmentDurationSeconds(int)}.
     */
    public MssPackage segmentDurationSeconds(Value<Integer> value) {
      return set("SegmentDurationSeconds", value);
    }
  }

  /**
   * A configuration for accessing an external Secure Packager and Encoder Key Exchange (SPEKE)
   * service that provides encryption keys.
   *
   * <p>Property type {@code AWS::MediaPackage::PackagingConfiguration.SpekeKeyProvider}.
   */
  public static final class SpekeKeyProvider extends Struct<SpekeKeyProvider> {
    private static final Schema SCHEMA = Schema.builder("AWS::MediaPackage::PackagingConfiguration.SpekeKeyProvider")
        .required("RoleArn", "SystemIds", "Url")
        .constrain("RoleArn", Constraint.of().format("AWS::IAM::Role.Arn"))
        .build();

    public SpekeKeyProvider() {
      super(SCHEMA);
    }

    /**
     * Use <code>encryptionContractConfiguration</code> to configure one or more content encryption
     * keys for your endpoints that use SPEKE Version 2.0. The encryption contract defines which
     * content keys are used to encrypt the audio and video tracks in your stream. To configure the
     * encryption contract, specify which audio and video encryption presets to use.
     *
     * <p>CloudFormation property {@code EncryptionContractConfiguration}.
     */
    public SpekeKeyProvider encryptionContractConfiguration(Value<EncryptionContractConfiguration> value) {
      return set("EncryptionContractConfiguration", value);
    }

    /**
     * The ARN for the IAM role that's granted by the key provider to provide access to the key
     * provider API. Valid format: arn:aws:iam::{accountID}:role/{name}
     *
     * <p>Required. Format: {@code AWS::IAM::Role.Arn}. CloudFormation property {@code RoleArn}.
     */
    public SpekeKeyProvider roleArn(String value) {
      return set("RoleArn", Value.of(value));
    }

    /** Sets {@code RoleArn} to this value; see {@link #roleArn(String)}. */
    public SpekeKeyProvider roleArn(Value<String> value) {
      return set("RoleArn", value);
    }

    /**
     * List of unique identifiers for the DRM systems to use, as defined in the CPIX specification.
     *
     * <p>Required. CloudFormation property {@code SystemIds}.
     */
    public SpekeKeyProvider systemIds(List<String> value) {
      return set("SystemIds", Value.listOf(value));
    }

    /** Sets {@code SystemIds} to this value; see {@link #systemIds(List)}. */
    public SpekeKeyProvider systemIds(Value<List<String>> value) {
      return set("SystemIds", value);
    }

    /**
     * URL for the key provider's key retrieval API endpoint. Must start with https://.
     *
     * <p>Required. CloudFormation property {@code Url}.
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
   * Limitations for outputs from the endpoint, based on the video bitrate.
   *
   * <p>Property type {@code AWS::MediaPackage::PackagingConfiguration.StreamSelection}.
   */
  public static final class StreamSelection extends Struct<StreamSelection> {
    private static final Schema SCHEMA = Schema.builder("AWS::MediaPackage::PackagingConfiguration.StreamSelection")
        .allowed("StreamOrder", "ORIGINAL", "VIDEO_BITRATE_ASCENDING", "VIDEO_BITRATE_DESCENDING")
        .build();

    public StreamSelection() {
      super(SCHEMA);
    }

    /**
     * The upper limit of the bitrates that this endpoint serves. If the video track exceeds this
     * threshold, then AWS Elemental MediaPackage excludes it from output. If you don't specify a
     * value, it defaults to 2147483647 bits per second.
     *
     * <p>CloudFormation property {@code MaxVideoBitsPerSecond}.
     */
    public StreamSelection maxVideoBitsPerSecond(int value) {
      return set("MaxVideoBitsPerSecond", Value.of(value));
    }

    /**
     * Sets {@code MaxVideoBitsPerSecond} to this value; see {@link #maxVideoBitsPerSecond(int)}.
     */
    public StreamSelection maxVideoBitsPerSecond(Value<Integer> value) {
      return set("MaxVideoBitsPerSecond", value);
    }

    /**
     * The lower limit of the bitrates that this endpoint serves. If the video track is below this
     * threshold, then AWS Elemental MediaPackage excludes it from output. If you don't specify a
     * value, it defaults to 0 bits per second.
     *
     * <p>CloudFormation property {@code MinVideoBitsPerSecond}.
     */
    public StreamSelection minVideoBitsPerSecond(int value) {
      return set("MinVideoBitsPerSecond", Value.of(value));
    }

    /**
     * Sets {@code MinVideoBitsPerSecond} to this value; see {@link #minVideoBitsPerSecond(int)}.
     */
    public StreamSelection minVideoBitsPerSecond(Value<Integer> value) {
      return set("MinVideoBitsPerSecond", value);
    }

    /**
     * Order in which the different video bitrates are presented to the player.
     *
     * <p>Valid values: <code>ORIGINAL</code> , <code>VIDEO_BITRATE_ASCENDING</code> ,
     * <code>VIDEO_BITRATE_DESCENDING</code> .
     *
     * <p>Allowed values: {@code ORIGINAL}, {@code VIDEO_BITRATE_ASCENDING}, {@code
     * VIDEO_BITRATE_DESCENDING}. CloudFormation property {@code StreamOrder}.
     */
    public StreamSelection streamOrder(String value) {
      return set("StreamOrder", Value.of(value));
    }

    /** Sets {@code StreamOrder} to this value; see {@link #streamOrder(String)}. */
    public StreamSelection streamOrder(Value<String> value) {
      return set("StreamOrder", value);
    }
  }
}
