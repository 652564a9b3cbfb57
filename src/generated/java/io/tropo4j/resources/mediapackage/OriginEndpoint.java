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
 * Create an endpoint on an AWS Elemental MediaPackage channel.
 *
 * <p>An endpoint represents a single delivery point of a channel, and defines content output
 * handling through various components, such as packaging protocols, DRM and encryption integration,
 * and more.
 *
 * <p>After it's created, an endpoint provides a fixed public URL. This URL remains the same
 * throughout the lifetime of the endpoint, regardless of any failures or upgrades that might occur.
 * Integrate the URL with a downstream CDN (such as Amazon CloudFront) or playback device.
 *
 * <p>CloudFormation type {@code AWS::MediaPackage::OriginEndpoint}.
 */
public final class OriginEndpoint extends Resource<OriginEndpoint> {
  private static final Schema SCHEMA = Schema.builder("AWS::MediaPackage::OriginEndpoint")
      .required("ChannelId", "Id")
      .constrain("Id", Constraint.of().pattern("\\A[0-9a-zA-Z-_]+\\Z").minLength(1).maxLength(256))
      .allowed("Origination", "ALLOW", "DENY")
      .refYields("Id")
      .attributes("Arn", "Url")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public OriginEndpoint(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * Parameters for CDN authorization.
   *
   * <p>CloudFormation property {@code Authorization}.
   */
  public OriginEndpoint authorization(Value<Authorization> value) {
    return set("Authorization", value);
  }

  /**
   * The ID of the channel associated with this endpoint.
   *
   * <p>Required. CloudFormation property {@code ChannelId}.
   */
  public OriginEndpoint channelId(String value) {
    return set("ChannelId", Value.of(value));
  }

  /** Sets {@code ChannelId} to this value; see {@link #channelId(String)}. */
  public OriginEndpoint channelId(Value<String> value) {
    return set("ChannelId", value);
  }

  /**
   * Parameters for Common Media Application Format (CMAF) packaging.
   *
   * <p>CloudFormation property {@code CmafPackage}.
   */
  public OriginEndpoint cmafPackage(Value<CmafPackage> value) {
    return set("CmafPackage", value);
  }

  /**
   * Parameters for DASH packaging.
   *
   * <p>CloudFormation property {@code DashPackage}.
   */
  public OriginEndpoint dashPackage(Value<DashPackage> value) {
    return set("DashPackage", value);
  }

  /**
   * Any descriptive information that you want to add to the endpoint for future identification
   * purposes.
   *
   * <p>CloudFormation property {@code Description}.
   */
  public OriginEndpoint description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public OriginEndpoint description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * Parameters for Apple HLS packaging.
   *
   * <p>CloudFormation property {@code HlsPackage}.
   */
  public OriginEndpoint hlsPackage(Value<HlsPackage> value) {
    return set("HlsPackage", value);
  }

  /**
   * The manifest ID is required and must be unique within the OriginEndpoint. The ID can't be
   * changed after the endpoint is created.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 256 characters. Pattern: {@code
   * &#92;A[0-9a-zA-Z-_]+&#92;Z}. CloudFormation property {@code Id}.
   */
  public OriginEndpoint id(String value) {
    return set("Id", Value.of(value));
  }

  /** Sets {@code Id} to this value; see {@link #id(String)}. */
  public OriginEndpoint id(Value<String> value) {
    return set("Id", value);
  }

  /**
   * A short string that's appended to the end of the endpoint URL to create a unique path to this
   * endpoint.
   *
   * <p>CloudFormation property {@code ManifestName}.
   */
  public OriginEndpoint manifestName(String value) {
    return set("ManifestName", Value.of(value));
  }

  /** Sets {@code ManifestName} to this value; see {@link #manifestName(String)}. */
  public OriginEndpoint manifestName(Value<String> value) {
    return set("ManifestName", value);
  }

  /**
   * Parameters for Microsoft Smooth Streaming packaging.
   *
   * <p>CloudFormation property {@code MssPackage}.
   */
  public OriginEndpoint mssPackage(Value<MssPackage> value) {
    return set("MssPackage", value);
  }

  /**
   * Controls video origination from this endpoint.
   *
   * <p>Valid values:
   *
   * <ul> <li><code>ALLOW</code> - enables this endpoint to serve content to requesting devices.
   * <li><code>DENY</code> - prevents this endpoint from serving content. Denying origination is
   * helpful for harvesting live-to-VOD assets. For more information about harvesting and
   * origination, see <a
   * href="https://docs.aws.amazon.com/mediapackage/latest/ug/ltov-reqmts.html">Live-to-VOD
   * Requirements</a> . </ul>
   *
   * <p>Allowed values: {@code ALLOW}, {@code DENY}. CloudFormation property {@code Origination}.
   */
  public OriginEndpoint origination(String value) {
    return set("Origination", Value.of(value));
  }

  /** Sets {@code Origination} to this value; see {@link #origination(String)}. */
  public OriginEndpoint origination(Value<String> value) {
    return set("Origination", value);
  }

  /**
   * Maximum duration (seconds) of content to retain for startover playback. Omit this attribute or
   * enter <code>0</code> to indicate that startover playback is disabled for this endpoint.
   *
   * <p>CloudFormation property {@code StartoverWindowSeconds}.
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
   * The tags to assign to the endpoint.
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
   * Minimum duration (seconds) of delay to enforce on the playback of live content. Omit this
   * attribute or enter <code>0</code> to indicate that there is no time delay in effect for this
   * endpoint.
   *
   * <p>CloudFormation property {@code TimeDelaySeconds}.
   */
  public OriginEndpoint timeDelaySeconds(int value) {
    return set("TimeDelaySeconds", Value.of(value));
  }

  /** Sets {@code TimeDelaySeconds} to this value; see {@link #timeDelaySeconds(int)}. */
  public OriginEndpoint timeDelaySeconds(Value<Integer> value) {
    return set("TimeDelaySeconds", value);
  }

  /**
   * The IP addresses that can access this endpoint.
   *
   * <p>CloudFormation property {@code Whitelist}.
   */
  public OriginEndpoint whitelist(List<String> value) {
    return set("Whitelist", Value.listOf(value));
  }

  /** Sets {@code Whitelist} to this value; see {@link #whitelist(List)}. */
  public OriginEndpoint whitelist(Value<List<String>> value) {
    return set("Whitelist", value);
  }

  /**
   * The endpoint's unique system-generated resource name, based on the AWS record.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * URL for the key provider’s key retrieval API endpoint. Must start with https://.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Url}.
   */
  public Value<String> url() {
    return getAtt("Url");
  }

  /**
   * Parameters for enabling CDN authorization on the endpoint.
   *
   * <p>Property type {@code AWS::MediaPackage::OriginEndpoint.Authorization}.
   */
  public static final class Authorization extends Struct<Authorization> {
    private static final Schema SCHEMA = Schema.builder("AWS::MediaPackage::OriginEndpoint.Authorization")
        .required("CdnIdentifierSecret", "SecretsRoleArn")
        .constrain("SecretsRoleArn", Constraint.of().format("AWS::IAM::Role.Arn"))
        .build();

    public Authorization() {
      super(SCHEMA);
    }

    /**
     * The Amazon Resource Name (ARN) for the secret in AWS Secrets Manager that your Content
     * Delivery Network (CDN) uses for authorization to access your endpoint.
     *
     * <p>Required. CloudFormation property {@code CdnIdentifierSecret}.
     */
    public Authorization cdnIdentifierSecret(String value) {
      return set("CdnIdentifierSecret", Value.of(value));
    }

    /** Sets {@code CdnIdentifierSecret} to this value; see {@link #cdnIdentifierSecret(String)}. */
    public Authorization cdnIdentifierSecret(Value<String> value) {
      return set("CdnIdentifierSecret", value);
    }

    /**
     * The Amazon Resource Name (ARN) for the IAM role that allows AWS Elemental MediaPackage to
     * communicate with AWS Secrets Manager .
     *
     * <p>Required. Format: {@code AWS::IAM::Role.Arn}. CloudFormation property {@code
     * SecretsRoleArn}.
     */
    public Authorization secretsRoleArn(String value) {
      return set("SecretsRoleArn", Value.of(value));
    }

    /** Sets {@code SecretsRoleArn} to this value; see {@link #secretsRoleArn(String)}. */
    public Authorization secretsRoleArn(Value<String> value) {
      return set("SecretsRoleArn", value);
    }
  }

  /**
   * Holds encryption information so that access to the content can be controlled by a DRM solution.
   *
   * <p>Property type {@code AWS::MediaPackage::OriginEndpoint.CmafEncryption}.
   */
  public static final class CmafEncryption extends Struct<CmafEncryption> {
    private static final Schema SCHEMA = Schema.builder("AWS::MediaPackage::OriginEndpoint.CmafEncryption")
        .required("SpekeKeyProvider")
        .constrain("ConstantInitializationVector", Constraint.of().pattern("\\A[0-9a-fA-F]+\\Z").minLength(32).maxLength(32))
        .allowed("EncryptionMethod", "SAMPLE_AES", "AES_CTR")
        .build();

    public CmafEncryption() {
      super(SCHEMA);
    }

    /**
     * An optional 128-bit, 16-byte hex value represented by a 32-character string, used in
     * conjunction with the key for encrypting blocks. If you don't specify a value, then AWS
     * Elemental MediaPackage creates the constant initialization vector (IV).
     *
     * <p>Length: 32 to 32 characters. Pattern: {@code &#92;A[0-9a-fA-F]+&#92;Z}. CloudFormation
     * property {@code ConstantInitializationVector}.
     */
    public CmafEncryption constantInitializationVector(String value) {
      return set("ConstantInitializationVector", Value.of(value));
    }

    /**
     * Sets {@code ConstantInitializationVector} to this value; see {@link
     * #constantInitializationVector(String)}.
     */
    public CmafEncryption constantInitializationVector(Value<String> value) {
      return set("ConstantInitializationVector", value);
    }

    /**
     * The encryption method to use.
     *
     * <p>Allowed values: {@code SAMPLE_AES}, {@code AES_CTR}. CloudFormation property {@code
     * EncryptionMethod}.
     */
    public CmafEncryption encryptionMethod(String value) {
      return set("EncryptionMethod", Value.of(value));
    }

    /** Sets {@code EncryptionMethod} to this value; see {@link #encryptionMethod(String)}. */
    public CmafEncryption encryptionMethod(Value<String> value) {
      return set("EncryptionMethod", value);
    }

    /**
     * Number of seconds before AWS Elemental MediaPackage rotates to a new key. By default,
     * rotation is set to 60 seconds. Set to <code>0</code> to disable key rotation.
     *
     * <p>CloudFormation property {@code KeyRotationIntervalSeconds}.
     */
    public CmafEncryption keyRotationIntervalSeconds(int value) {
      return set("KeyRotationIntervalSeconds", Value.of(value));
    }

    /**
     * Sets {@code KeyRotationIntervalSeconds} to this value; see {@link
     * #keyRotationIntervalSeconds(int)}.
     */
    public CmafEncryption keyRotationIntervalSeconds(Value<Integer> value) {
      return set("KeyRotationIntervalSeconds", value);
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
   * Parameters for Common Media Application Format (CMAF) packaging.
   *
   * <p>Property type {@code AWS::MediaPackage::OriginEndpoint.CmafPackage}.
   */
  public static final class CmafPackage extends Struct<CmafPackage> {
    private static final Schema SCHEMA = Schema.of("AWS::MediaPackage::OriginEndpoint.CmafPackage");

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
     * <p>CloudFormation property {@code HlsManifests}.
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
     * Duration (in seconds) of each segment. Actual segments are rounded to the nearest multiple of
     * the source segment duration.
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

    /**
     * An optional custom string that is prepended to the name of each segment. If not specified,
     * the segment prefix defaults to the ChannelId.
     *
     * <p>CloudFormation property {@code SegmentPrefix}.
     */
    public CmafPackage segmentPrefix(String value) {
      return set("SegmentPrefix", Value.of(value));
    }

    /** Sets {@code SegmentPrefix} to this value; see {@link #segmentPrefix(String)}. */
    public CmafPackage segmentPrefix(Value<String> value) {
      return set("SegmentPrefix", value);
    }

    /**
     * Limitations for outputs from the endpoint, based on the video bitrate.
     *
     * <p>CloudFormation property {@code StreamSelection}.
     */
    public CmafPackage streamSelection(Value<StreamSelection> value) {
      return set("StreamSelection", value);
    }
  }

  /**
   * Holds encryption information so that access to the content can be controlled by a DRM solution.
   *
   * <p>Property type {@code AWS::MediaPackage::OriginEndpoint.DashEncryption}.
   */
  public static final class DashEncryption extends Struct<DashEncryption> {
    private static final Schema SCHEMA = Schema.builder("AWS::MediaPackage::OriginEndpoint.DashEncryption")
        .required("SpekeKeyProvider")
        .build();

    public DashEncryption() {
      super(SCHEMA);
    }

    /**
     * Number of seconds before AWS Elemental MediaPackage rotates to a new key. By default,
     * rotation is set to 60 seconds. Set to <code>0</code> to disable key rotation.
     *
     * <p>CloudFormation property {@code KeyRotationIntervalSeconds}.
     */
    public DashEncryption keyRotationIntervalSeconds(int value) {
      return set("KeyRotationIntervalSeconds", Value.of(value));
    }

    /**
     * Sets {@code KeyRotationIntervalSeconds} to this value; see {@link
     * #keyRotationIntervalSeconds(int)}.
     */
    public DashEncryption keyRotationIntervalSeconds(Value<Integer> value) {
      return set("KeyRotationIntervalSeconds", value);
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
   * Parameters for DASH packaging.
   *
   * <p>Property type {@code AWS::MediaPackage::OriginEndpoint.DashPackage}.
   */
  public static final class DashPackage extends Struct<DashPackage> {
    private static final Schema SCHEMA = Schema.builder("AWS::MediaPackage::OriginEndpoint.DashPackage")
        .allowed("AdTriggers", "SPLICE_INSERT", "BREAK", "PROVIDER_ADVERTISEMENT",
            "DISTRIBUTOR_ADVERTISEMENT", "PROVIDER_PLACEMENT_OPPORTUNITY",
            "DISTRIBUTOR_PLACEMENT_OPPORTUNITY", "PROVIDER_OVERLAY_PLACEMENT_OPPORTUNITY",
            "DISTRIBUTOR_OVERLAY_PLACEMENT_OPPORTUNITY")
        .allowed("AdsOnDeliveryRestrictions", "NONE", "RESTRICTED", "UNRESTRICTED", "BOTH")
        .allowed("ManifestLayout", "FULL", "COMPACT", "DRM_TOP_LEVEL_COMPACT")
        .allowed("PeriodTriggers", "ADS")
        .allowed("Profile", "NONE", "HBBTV_1_5", "HYBRIDCAST", "DVB_DASH_2014")
        .allowed("SegmentTemplateFormat", "NUMBER_WITH_TIMELINE", "TIME_WITH_TIMELINE",
            "NUMBER_WITH_DURATION")
        .allowed("UtcTiming", "HTTP-XSDATE", "HTTP-ISO", "HTTP-HEAD", "NONE")
        .build();

    public DashPackage() {
      super(SCHEMA);
    }

    /**
     * Specifies the SCTE-35 message types that AWS Elemental MediaPackage treats as ad markers in
     * the output manifest.
     *
     * <p>Valid values:
     *
     * <ul> <li><code>BREAK</code> <li><code>DISTRIBUTOR_ADVERTISEMENT</code>
     * <li><code>DISTRIBUTOR_OVERLAY_PLACEMENT_OPPORTUNITY</code> .
     * <li><code>DISTRIBUTOR_PLACEMENT_OPPORTUNITY</code> . <li><code>PROVIDER_ADVERTISEMENT</code>
     * . <li><code>PROVIDER_OVERLAY_PLACEMENT_OPPORTUNITY</code> .
     * <li><code>PROVIDER_PLACEMENT_OPPORTUNITY</code> . <li><code>SPLICE_INSERT</code> . </ul>
     *
     * <p>Allowed values: {@code SPLICE_INSERT}, {@code BREAK}, {@code PROVIDER_ADVERTISEMENT},
     * {@code DISTRIBUTOR_ADVERTISEMENT}, {@code PROVIDER_PLACEMENT_OPPORTUNITY}, {@code
     * DISTRIBUTOR_PLACEMENT_OPPORTUNITY}, {@code PROVIDER_OVERLAY_PLACEMENT_OPPORTUNITY}, {@code
     * DISTRIBUTOR_OVERLAY_PLACEMENT_OPPORTUNITY}. CloudFormation property {@code AdTriggers}.
     */
    public DashPackage adTriggers(List<String> value) {
      return set("AdTriggers", Value.listOf(value));
    }

    /** Sets {@code AdTriggers} to this value; see {@link #adTriggers(List)}. */
    public DashPackage adTriggers(Value<List<String>> value) {
      return set("AdTriggers", value);
    }

    /**
     * The flags on SCTE-35 segmentation descriptors that have to be present for AWS Elemental
     * MediaPackage to insert ad markers in the output manifest. For information about SCTE-35 in
     * AWS Elemental MediaPackage , see <a
     * href="https://docs.aws.amazon.com/mediapackage/latest/ug/scte.html">SCTE-35 Message Options
     * in AWS Elemental MediaPackage</a> .
     *
     * <p>Allowed values: {@code NONE}, {@code RESTRICTED}, {@code UNRESTRICTED}, {@code BOTH}.
     * CloudFormation property {@code AdsOnDeliveryRestrictions}.
     */
    public DashPackage adsOnDeliveryRestrictions(String value) {
      return set("AdsOnDeliveryRestrictions", Value.of(value));
    }

    /**
     * Sets {@code AdsOnDeliveryRestrictions} to this value; see {@link
     * #adsOnDeliveryRestrictions(String)}.
     */
    public DashPackage adsOnDeliveryRestrictions(Value<String> value) {
      return set("AdsOnDeliveryRestrictions", value);
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
     * Determines the position of some tags in the manifest.
     *
     * <p>Valid values:
     *
     * <ul> <li><code>FULL</code> - Elements like <code>SegmentTemplate</code> and
     * <code>ContentProtection</code> are included in each <code>Representation</code> .
     * <li><code>COMPACT</code> - Duplicate elements are combined and presented at the
     * <code>AdaptationSet</code> level. </ul>
     *
     * <p>Allowed values: {@code FULL}, {@code COMPACT}, {@code DRM_TOP_LEVEL_COMPACT}.
     * CloudFormation property {@code ManifestLayout}.
     */
    public DashPackage manifestLayout(String value) {
      return set("ManifestLayout", Value.of(value));
    }

    /** Sets {@code ManifestLayout} to this value; see {@link #manifestLayout(String)}. */
    public DashPackage manifestLayout(Value<String> value) {
      return set("ManifestLayout", value);
    }

    /**
     * Time window (in seconds) contained in each manifest.
     *
     * <p>CloudFormation property {@code ManifestWindowSeconds}.
     */
    public DashPackage manifestWindowSeconds(int value) {
      return set("ManifestWindowSeconds", Value.of(value));
    }

    /**
     * Sets {@code ManifestWindowSeconds} to this value; see {@link #manifestWindowSeconds(int)}.
     */
    public DashPackage manifestWindowSeconds(Value<Integer> value) {
      return set("ManifestWindowSeconds", value);
    }

    /**
     * Minimum amount of content (measured in seconds) that a player must keep available in the
     * buffer.
     *
     * <p>CloudFormation property {@code MinBufferTimeSeconds}.
     */
    public DashPackage minBufferTimeSeconds(int value) {
      return set("MinBufferTimeSeconds", Value.of(value));
    }

    /** Sets {@code MinBufferTimeSeconds} to this value; see {@link #minBufferTimeSeconds(int)}. */
    public DashPackage minBufferTimeSeconds(Value<Integer> value) {
      return set("MinBufferTimeSeconds", value);
    }

    /**
     * Minimum amount of time (in seconds) that the player should wait before requesting updates to
     * the manifest.
     *
     * <p>CloudFormation property {@code MinUpdatePeriodSeconds}.
     */
    public DashPackage minUpdatePeriodSeconds(int value) {
      return set("MinUpdatePeriodSeconds", Value.of(value));
    }

    /**
     * Sets {@code MinUpdatePeriodSeconds} to this value; see {@link #minUpdatePeriodSeconds(int)}.
     */
    public DashPackage minUpdatePeriodSeconds(Value<Integer> value) {
      return set("MinUpdatePeriodSeconds", value);
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
     * The DASH profile for the output.
     *
     * <p>Valid values:
     *
     * <ul> <li><code>NONE</code> - The output doesn't use a DASH profile.
     * <li><code>HBBTV_1_5</code> - The output is compliant with HbbTV v1.5.
     * <li><code>DVB_DASH_2014</code> - The output is compliant with DVB-DASH 2014. </ul>
     *
     * <p>Allowed values: {@code NONE}, {@code HBBTV_1_5}, {@code HYBRIDCAST}, {@code
     * DVB_DASH_2014}. CloudFormation property {@code Profile}.
     */
    public DashPackage profile(String value) {
      return set("Profile", Value.of(value));
    }

    /** Sets {@code Profile} to this value; see {@link #profile(String)}. */
    public DashPackage profile(Value<String> value) {
      return set("Profile", value);
    }

    /**
     * Duration (in seconds) of each fragment. Actual fragments are rounded to the nearest multiple
     * of the source fragment duration.
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
     * Determines the type of variable used in the <code>media</code> URL of the
     * <code>SegmentTemplate</code> tag in the manifest. Also specifies if segment timeline
     * information is included in <code>SegmentTimeline</code> or <code>SegmentTemplate</code> .
     *
     * <p>Valid values:
     *
     * <ul> <li><code>NUMBER_WITH_TIMELINE</code> - The <code>$Number$</code> variable is used in
     * the <code>media</code> URL. The value of this variable is the sequential number of the
     * segment. A full <code>SegmentTimeline</code> object is presented in each
     * <code>SegmentTemplate</code> . <li><code>NUMBER_WITH_DURATION</code> - The
     * <code>$Number$</code> variable is used in the <code>media</code> URL and a
     * <code>duration</code> attribute is added to the segment template. The
     * <code>SegmentTimeline</code> object is removed from the representation.
     * <li><code>TIME_WITH_TIMELINE</code> - The <code>$Time$</code> variable is used in the
     * <code>media</code> URL. The value of this variable is the timestamp of when the segment
     * starts. A full <code>SegmentTimeline</code> object is presented in each
     * <code>SegmentTemplate</code> . </ul>
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

    /**
     * Limitations for outputs from the endpoint, based on the video bitrate.
     *
     * <p>CloudFormation property {@code StreamSelection}.
     */
    public DashPackage streamSelection(Value<StreamSelection> value) {
      return set("StreamSelection", value);
    }

    /**
     * Amount of time (in seconds) that the player should be from the live point at the end of the
     * manifest.
     *
     * <p>CloudFormation property {@code SuggestedPresentationDelaySeconds}.
     */
    public DashPackage suggestedPresentationDelaySeconds(int value) {
      return set("SuggestedPresentationDelaySeconds", Value.of(value));
    }

    /**
     * Sets {@code SuggestedPresentationDelaySeconds} to this value; see {@link
     * #suggestedPresentationDelaySeconds(int)}.
     */
    public DashPackage suggestedPresentationDelaySeconds(Value<Integer> value) {
      return set("SuggestedPresentationDelaySeconds", value);
    }

    /**
     * Determines the type of UTC timing included in the DASH Media Presentation Description (MPD).
     *
     * <p>Allowed values: {@code HTTP-XSDATE}, {@code HTTP-ISO}, {@code HTTP-HEAD}, {@code NONE}.
     * CloudFormation property {@code UtcTiming}.
     */
    public DashPackage utcTiming(String value) {
      return set("UtcTiming", Value.of(value));
    }

    /** Sets {@code UtcTiming} to this value; see {@link #utcTiming(String)}. */
    public DashPackage utcTiming(Value<String> value) {
      return set("UtcTiming", value);
    }

    /**
     * Specifies the value attribute of the UTC timing field when utcTiming is set to HTTP-ISO or
     * HTTP-HEAD.
     *
     * <p>CloudFormation property {@code UtcTimingUri}.
     */
    public DashPackage utcTimingUri(String value) {
      return set("UtcTimingUri", Value.of(value));
    }

    /** Sets {@code UtcTimingUri} to this value; see {@link #utcTimingUri(String)}. */
    public DashPackage utcTimingUri(Value<String> value) {
      return set("UtcTimingUri", value);
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
   * <p>Property type {@code AWS::MediaPackage::OriginEndpoint.EncryptionContractConfiguration}.
   */
  public static final class EncryptionContractConfiguration extends Struct<EncryptionContractConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::MediaPackage::OriginEndpoint.EncryptionContractConfiguration")
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
   * <p>Property type {@code AWS::MediaPackage::OriginEndpoint.HlsEncryption}.
   */
  public static final class HlsEncryption extends Struct<HlsEncryption> {
    private static final Schema SCHEMA = Schema.builder("AWS::MediaPackage::OriginEndpoint.HlsEncryption")
        .required("SpekeKeyProvider")
        .allowed("EncryptionMethod", "AES_128", "SAMPLE_AES")
        .build();

    public HlsEncryption() {
      super(SCHEMA);
    }

    /**
     * A 128-bit, 16-byte hex value represented by a 32-character string, used with the key for
     * encrypting blocks.
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
     * Number of seconds before AWS Elemental MediaPackage rotates to a new key. By default,
     * rotation is set to 60 seconds. Set to <code>0</code> to disable key rotation.
     *
     * <p>CloudFormation property {@code KeyRotationIntervalSeconds}.
     */
    public HlsEncryption keyRotationIntervalSeconds(int value) {
      return set("KeyRotationIntervalSeconds", Value.of(value));
    }

    /**
     * Sets {@code KeyRotationIntervalSeconds} to this value; see {@link
     * #keyRotationIntervalSeconds(int)}.
     */
    public HlsEncryption keyRotationIntervalSeconds(Value<Integer> value) {
      return set("KeyRotationIntervalSeconds", value);
    }

    /**
     * Repeat the <code>EXT-X-KEY</code> directive for every media segment. This might result in an
     * increase in client requests to the DRM server.
     *
     * <p>CloudFormation property {@code RepeatExtXKey}.
     */
    public HlsEncryption repeatExtXKey(boolean value) {
      return set("RepeatExtXKey", Value.of(value));
    }

    /** Sets {@code RepeatExtXKey} to this value; see {@link #repeatExtXKey(boolean)}. */
    public HlsEncryption repeatExtXKey(Value<Boolean> value) {
      return set("RepeatExtXKey", value);
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
   * An HTTP Live Streaming (HLS) manifest configuration on a CMAF endpoint.
   *
   * <p>Property type {@code AWS::MediaPackage::OriginEndpoint.HlsManifest}.
   */
  public static final class HlsManifest extends Struct<HlsManifest> {
    private static final Schema SCHEMA = Schema.builder("AWS::MediaPackage::OriginEndpoint.HlsManifest")
        .required("Id")
        .allowed("AdMarkers", "NONE", "SCTE35_ENHANCED", "PASSTHROUGH", "DATERANGE")
        .allowed("AdTriggers", "SPLICE_INSERT", "BREAK", "PROVIDER_ADVERTISEMENT",
            "DISTRIBUTOR_ADVERTISEMENT", "PROVIDER_PLACEMENT_OPPORTUNITY",
            "DISTRIBUTOR_PLACEMENT_OPPORTUNITY", "PROVIDER_OVERLAY_PLACEMENT_OPPORTUNITY",
            "DISTRIBUTOR_OVERLAY_PLACEMENT_OPPORTUNITY")
        .allowed("AdsOnDeliveryRestrictions", "NONE", "RESTRICTED", "UNRESTRICTED", "BOTH")
        .allowed("PlaylistType", "NONE", "EVENT", "VOD")
        .build();

    public HlsManifest() {
      super(SCHEMA);
    }

    /**
     * Controls how ad markers are included in the packaged endpoint.
     *
     * <p>Valid values:
     *
     * <ul> <li><code>NONE</code> - Omits all SCTE-35 ad markers from the output.
     * <li><code>PASSTHROUGH</code> - Creates a copy in the output of the SCTE-35 ad markers
     * (comments) taken directly from the input manifest. <li><code>SCTE35_ENHANCED</code> -
     * Generates ad markers and blackout tags in the output based on the SCTE-35 messages from the
     * input manifest. </ul>
     *
     * <p>Allowed values: {@code NONE}, {@code SCTE35_ENHANCED}, {@code PASSTHROUGH}, {@code
     * DATERANGE}. CloudFormation property {@code AdMarkers}.
     */
    public HlsManifest adMarkers(String value) {
      return set("AdMarkers", Value.of(value));
    }

    /** Sets {@code AdMarkers} to this value; see {@link #adMarkers(String)}. */
    public HlsManifest adMarkers(Value<String> value) {
      return set("AdMarkers", value);
    }

    /**
     * Specifies the SCTE-35 message types that AWS Elemental MediaPackage treats as ad markers in
     * the output manifest.
     *
     * <p>Valid values:
     *
     * <ul> <li><code>BREAK</code> <li><code>DISTRIBUTOR_ADVERTISEMENT</code>
     * <li><code>DISTRIBUTOR_OVERLAY_PLACEMENT_OPPORTUNITY</code>
     * <li><code>DISTRIBUTOR_PLACEMENT_OPPORTUNITY</code> <li><code>PROVIDER_ADVERTISEMENT</code>
     * <li><code>PROVIDER_OVERLAY_PLACEMENT_OPPORTUNITY</code>
     * <li><code>PROVIDER_PLACEMENT_OPPORTUNITY</code> <li><code>SPLICE_INSERT</code> </ul>
     *
     * <p>Allowed values: {@code SPLICE_INSERT}, {@code BREAK}, {@code PROVIDER_ADVERTISEMENT},
     * {@code DISTRIBUTOR_ADVERTISEMENT}, {@code PROVIDER_PLACEMENT_OPPORTUNITY}, {@code
     * DISTRIBUTOR_PLACEMENT_OPPORTUNITY}, {@code PROVIDER_OVERLAY_PLACEMENT_OPPORTUNITY}, {@code
     * DISTRIBUTOR_OVERLAY_PLACEMENT_OPPORTUNITY}. CloudFormation property {@code AdTriggers}.
     */
    public HlsManifest adTriggers(List<String> value) {
      return set("AdTriggers", Value.listOf(value));
    }

    /** Sets {@code AdTriggers} to this value; see {@link #adTriggers(List)}. */
    public HlsManifest adTriggers(Value<List<String>> value) {
      return set("AdTriggers", value);
    }

    /**
     * The flags on SCTE-35 segmentation descriptors that have to be present for AWS Elemental
     * MediaPackage to insert ad markers in the output manifest. For information about SCTE-35 in
     * AWS Elemental MediaPackage , see <a
     * href="https://docs.aws.amazon.com/mediapackage/latest/ug/scte.html">SCTE-35 Message Options
     * in AWS Elemental MediaPackage</a> .
     *
     * <p>Allowed values: {@code NONE}, {@code RESTRICTED}, {@code UNRESTRICTED}, {@code BOTH}.
     * CloudFormation property {@code AdsOnDeliveryRestrictions}.
     */
    public HlsManifest adsOnDeliveryRestrictions(String value) {
      return set("AdsOnDeliveryRestrictions", Value.of(value));
    }

    /**
     * Sets {@code AdsOnDeliveryRestrictions} to this value; see {@link
     * #adsOnDeliveryRestrictions(String)}.
     */
    public HlsManifest adsOnDeliveryRestrictions(Value<String> value) {
      return set("AdsOnDeliveryRestrictions", value);
    }

    /**
     * The manifest ID is required and must be unique within the OriginEndpoint. The ID can't be
     * changed after the endpoint is created.
     *
     * <p>Required. CloudFormation property {@code Id}.
     */
    public HlsManifest id(String value) {
      return set("Id", Value.of(value));
    }

    /** Sets {@code Id} to this value; see {@link #id(String)}. */
    public HlsManifest id(Value<String> value) {
      return set("Id", value);
    }

    /**
     * Applies to stream sets with a single video track only. When true, the stream set includes an
     * additional I-frame only stream, along with the other tracks. If false, this extra stream is
     * not included.
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
     * endpoint. The manifestName on the HLSManifest object overrides the manifestName that you
     * provided on the originEndpoint object.
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
     * When specified as either <code>event</code> or <code>vod</code> , a corresponding
     * <code>EXT-X-PLAYLIST-TYPE</code> entry is included in the media playlist. Indicates if the
     * playlist is live-to-VOD content.
     *
     * <p>Allowed values: {@code NONE}, {@code EVENT}, {@code VOD}. CloudFormation property {@code
     * PlaylistType}.
     */
    public HlsManifest playlistType(String value) {
      return set("PlaylistType", Value.of(value));
    }

    /** Sets {@code PlaylistType} to this value; see {@link #playlistType(String)}. */
    public HlsManifest playlistType(Value<String> value) {
      return set("PlaylistType", value);
    }

    /**
     * Time window (in seconds) contained in each parent manifest.
     *
     * <p>CloudFormation property {@code PlaylistWindowSeconds}.
     */
    public HlsManifest playlistWindowSeconds(int value) {
      return set("PlaylistWindowSeconds", Value.of(value));
    }

    /**
     * Sets {@code PlaylistWindowSeconds} to this value; see {@link #playlistWindowSeconds(int)}.
     */
    public HlsManifest playlistWindowSeconds(Value<Integer> value) {
      return set("PlaylistWindowSeconds", value);
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
     * The URL that's used to request this manifest from this endpoint.
     *
     * <p>CloudFormation property {@code Url}.
     */
    public HlsManifest url(String value) {
      return set("Url", Value.of(value));
    }

    /** Sets {@code Url} to this value; see {@link #url(String)}. */
    public HlsManifest url(Value<String> value) {
      return set("Url", value);
    }
  }

  /**
   * Parameters for Apple HLS packaging.
   *
   * <p>Property type {@code AWS::MediaPackage::OriginEndpoint.HlsPackage}.
   */
  public static final class HlsPackage extends Struct<HlsPackage> {
    private static final Schema SCHEMA = Schema.builder("AWS::MediaPackage::OriginEndpoint.HlsPackage")
        .allowed("AdMarkers", "NONE", "SCTE35_ENHANCED", "PASSTHROUGH", "DATERANGE")
        .allowed("AdTriggers", "SPLICE_INSERT", "BREAK", "PROVIDER_ADVERTISEMENT",
            "DISTRIBUTOR_ADVERTISEMENT", "PROVIDER_PLACEMENT_OPPORTUNITY",
            "DISTRIBUTOR_PLACEMENT_OPPORTUNITY", "PROVIDER_OVERLAY_PLACEMENT_OPPORTUNITY",
            "DISTRIBUTOR_OVERLAY_PLACEMENT_OPPORTUNITY")
        .allowed("AdsOnDeliveryRestrictions", "NONE", "RESTRICTED", "UNRESTRICTED", "BOTH")
        .allowed("PlaylistType", "NONE", "EVENT", "VOD")
        .build();

    public HlsPackage() {
      super(SCHEMA);
    }

    /**
     * Controls how ad markers are included in the packaged endpoint.
     *
     * <p>Valid values:
     *
     * <ul> <li><code>NONE</code> - Omits all SCTE-35 ad markers from the output.
     * <li><code>PASSTHROUGH</code> - Creates a copy in the output of the SCTE-35 ad markers
     * (comments) taken directly from the input manifest. <li><code>SCTE35_ENHANCED</code> -
     * Generates ad markers and blackout tags in the output based on the SCTE-35 messages from the
     * input manifest. </ul>
     *
     * <p>Allowed values: {@code NONE}, {@code SCTE35_ENHANCED}, {@code PASSTHROUGH}, {@code
     * DATERANGE}. CloudFormation property {@code AdMarkers}.
     */
    public HlsPackage adMarkers(String value) {
      return set("AdMarkers", Value.of(value));
    }

    /** Sets {@code AdMarkers} to this value; see {@link #adMarkers(String)}. */
    public HlsPackage adMarkers(Value<String> value) {
      return set("AdMarkers", value);
    }

    /**
     * Specifies the SCTE-35 message types that AWS Elemental MediaPackage treats as ad markers in
     * the output manifest.
     *
     * <p>Valid values:
     *
     * <ul> <li><code>BREAK</code> <li><code>DISTRIBUTOR_ADVERTISEMENT</code>
     * <li><code>DISTRIBUTOR_OVERLAY_PLACEMENT_OPPORTUNITY</code>
     * <li><code>DISTRIBUTOR_PLACEMENT_OPPORTUNITY</code> <li><code>PROVIDER_ADVERTISEMENT</code>
     * <li><code>PROVIDER_OVERLAY_PLACEMENT_OPPORTUNITY</code>
     * <li><code>PROVIDER_PLACEMENT_OPPORTUNITY</code> <li><code>SPLICE_INSERT</code> </ul>
     *
     * <p>Allowed values: {@code SPLICE_INSERT}, {@code BREAK}, {@code PROVIDER_ADVERTISEMENT},
     * {@code DISTRIBUTOR_ADVERTISEMENT}, {@code PROVIDER_PLACEMENT_OPPORTUNITY}, {@code
     * DISTRIBUTOR_PLACEMENT_OPPORTUNITY}, {@code PROVIDER_OVERLAY_PLACEMENT_OPPORTUNITY}, {@code
     * DISTRIBUTOR_OVERLAY_PLACEMENT_OPPORTUNITY}. CloudFormation property {@code AdTriggers}.
     */
    public HlsPackage adTriggers(List<String> value) {
      return set("AdTriggers", Value.listOf(value));
    }

    /** Sets {@code AdTriggers} to this value; see {@link #adTriggers(List)}. */
    public HlsPackage adTriggers(Value<List<String>> value) {
      return set("AdTriggers", value);
    }

    /**
     * The flags on SCTE-35 segmentation descriptors that have to be present for AWS Elemental
     * MediaPackage to insert ad markers in the output manifest. For information about SCTE-35 in
     * AWS Elemental MediaPackage , see <a
     * href="https://docs.aws.amazon.com/mediapackage/latest/ug/scte.html">SCTE-35 Message Options
     * in AWS Elemental MediaPackage</a> .
     *
     * <p>Allowed values: {@code NONE}, {@code RESTRICTED}, {@code UNRESTRICTED}, {@code BOTH}.
     * CloudFormation property {@code AdsOnDeliveryRestrictions}.
     */
    public HlsPackage adsOnDeliveryRestrictions(String value) {
      return set("AdsOnDeliveryRestrictions", Value.of(value));
    }

    /**
     * Sets {@code AdsOnDeliveryRestrictions} to this value; see {@link
     * #adsOnDeliveryRestrictions(String)}.
     */
    public HlsPackage adsOnDeliveryRestrictions(Value<String> value) {
      return set("AdsOnDeliveryRestrictions", value);
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
     * Only applies to stream sets with a single video track. When true, the stream set includes an
     * additional I-frame only stream, along with the other tracks. If false, this extra stream is
     * not included.
     *
     * <p>CloudFormation property {@code IncludeIframeOnlyStream}.
     */
    public HlsPackage includeIframeOnlyStream(boolean value) {
      return set("IncludeIframeOnlyStream", Value.of(value));
    }

    /**
     * Sets {@code IncludeIframeOnlyStream} to this value; see {@link
     * #includeIframeOnlyStream(boolean)}.
     */
    public HlsPackage includeIframeOnlyStream(Value<Boolean> value) {
      return set("IncludeIframeOnlyStream", value);
    }

    /**
     * When specified as either <code>event</code> or <code>vod</code> , a corresponding
     * <code>EXT-X-PLAYLIST-TYPE</code> entry is included in the media playlist. Indicates if the
     * playlist is live-to-VOD content.
     *
     * <p>Allowed values: {@code NONE}, {@code EVENT}, {@code VOD}. CloudFormation property {@code
     * PlaylistType}.
     */
    public HlsPackage playlistType(String value) {
      return set("PlaylistType", Value.of(value));
    }

    /** Sets {@code PlaylistType} to this value; see {@link #playlistType(String)}. */
    public HlsPackage playlistType(Value<String> value) {
      return set("PlaylistType", value);
    }

    /**
     * Time window (in seconds) contained in each parent manifest.
     *
     * <p>CloudFormation property {@code PlaylistWindowSeconds}.
     */
    public HlsPackage playlistWindowSeconds(int value) {
      return set("PlaylistWindowSeconds", Value.of(value));
    }

    /**
     * Sets {@code PlaylistWindowSeconds} to this value; see {@link #playlistWindowSeconds(int)}.
     */
    public HlsPackage playlistWindowSeconds(Value<Integer> value) {
      return set("PlaylistWindowSeconds", value);
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
    public HlsPackage programDateTimeIntervalSeconds(int value) {
      return set("ProgramDateTimeIntervalSeconds", Value.of(value));
    }

    /**
     * Sets {@code ProgramDateTimeIntervalSeconds} to this value; see {@link
     * #programDateTimeIntervalSeconds(int)}.
     */
    public HlsPackage programDateTimeIntervalSeconds(Value<Integer> value) {
      return set("ProgramDateTimeIntervalSeconds", value);
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
     * Limitations for outputs from the endpoint, based on the video bitrate.
     *
     * <p>CloudFormation property {@code StreamSelection}.
     */
    public HlsPackage streamSelection(Value<StreamSelection> value) {
      return set("StreamSelection", value);
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
   * <p>Property type {@code AWS::MediaPackage::OriginEndpoint.MssEncryption}.
   */
  public static final class MssEncryption extends Struct<MssEncryption> {
    private static final Schema SCHEMA = Schema.builder("AWS::MediaPackage::OriginEndpoint.MssEncryption")
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
   * Parameters for Microsoft Smooth Streaming packaging.
   *
   * <p>Property type {@code AWS::MediaPackage::OriginEndpoint.MssPackage}.
   */
  public static final class MssPackage extends Struct<MssPackage> {
    private static final Schema SCHEMA = Schema.of("AWS::MediaPackage::OriginEndpoint.MssPackage");

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
     * Time window (in seconds) contained in each manifest.
     *
     * <p>CloudFormation property {@code ManifestWindowSeconds}.
     */
    public MssPackage manifestWindowSeconds(int value) {
      return set("ManifestWindowSeconds", Value.of(value));
    }

    /**
     * Sets {@code ManifestWindowSeconds} to this value; see {@link #manifestWindowSeconds(int)}.
     */
    public MssPackage manifestWindowSeconds(Value<Integer> value) {
      return set("ManifestWindowSeconds", value);
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

    /**
     * Limitations for outputs from the endpoint, based on the video bitrate.
     *
     * <p>CloudFormation property {@code StreamSelection}.
     */
    public MssPackage streamSelection(Value<StreamSelection> value) {
      return set("StreamSelection", value);
    }
  }

  /**
   * Key provider settings for DRM.
   *
   * <p>Property type {@code AWS::MediaPackage::OriginEndpoint.SpekeKeyProvider}.
   */
  public static final class SpekeKeyProvider extends Struct<SpekeKeyProvider> {
    private static final Schema SCHEMA = Schema.builder("AWS::MediaPackage::OriginEndpoint.SpekeKeyProvider")
        .required("ResourceId", "RoleArn", "SystemIds", "Url")
        .constrain("RoleArn", Constraint.of().format("AWS::IAM::Role.Arn"))
        .build();

    public SpekeKeyProvider() {
      super(SCHEMA);
    }

    /**
     * The Amazon Resource Name (ARN) for the certificate that you imported to Certificate Manager
     * to add content key encryption to this endpoint. For this feature to work, your DRM key
     * provider must support content key encryption.
     *
     * <p>CloudFormation property {@code CertificateArn}.
     */
    public SpekeKeyProvider certificateArn(String value) {
      return set("CertificateArn", Value.of(value));
    }

    /** Sets {@code CertificateArn} to this value; see {@link #certificateArn(String)}. */
    public SpekeKeyProvider certificateArn(Value<String> value) {
      return set("CertificateArn", value);
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
     * Unique identifier for this endpoint, as it is configured in the key provider service.
     *
     * <p>Required. CloudFormation property {@code ResourceId}.
     */
    public SpekeKeyProvider resourceId(String value) {
      return set("ResourceId", Value.of(value));
    }

    /** Sets {@code ResourceId} to this value; see {@link #resourceId(String)}. */
    public SpekeKeyProvider resourceId(Value<String> value) {
      return set("ResourceId", value);
    }

    /**
     * The ARN for the IAM role that's granted by the key provider to provide access to the key
     * provider API. This role must have a trust policy that allows AWS Elemental MediaPackage to
     * assume the role, and it must have a sufficient permissions policy to allow access to the
     * specific key retrieval URL. Valid format: arn:aws:iam::{accountID}:role/{name}
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
     * URL for the key provider’s key retrieval API endpoint. Must start with https://.
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
   * <p>Property type {@code AWS::MediaPackage::OriginEndpoint.StreamSelection}.
   */
  public static final class StreamSelection extends Struct<StreamSelection> {
    private static final Schema SCHEMA = Schema.builder("AWS::MediaPackage::OriginEndpoint.StreamSelection")
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
