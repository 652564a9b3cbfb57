// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.medialive;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Json;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * The AWS::MediaLive::Channel resource is a MediaLive resource type that creates a channel.
 *
 * <p>A MediaLive channel ingests and transcodes (decodes and encodes) source content from the
 * inputs that are attached to that channel, and packages the new content into outputs.
 *
 * <p>CloudFormation type {@code AWS::MediaLive::Channel}.
 */
public final class Channel extends Resource<Channel> {
  private static final Schema SCHEMA = Schema.builder("AWS::MediaLive::Channel")
      .constrain("RoleArn", Constraint.of().format("AWS::IAM::Role.Arn"))
      .constrain("Tags", Constraint.of().format("json"))
      .refYields("Id")
      .attributes("Arn", "Id", "Inputs")
      .tags("Tags", Schema.TagForm.MAP)
      .build();

  public Channel(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /** CloudFormation property {@code AnywhereSettings}. */
  public Channel anywhereSettings(Value<AnywhereSettings> value) {
    return set("AnywhereSettings", value);
  }

  /**
   * Specification of CDI inputs for this channel.
   *
   * <p>CloudFormation property {@code CdiInputSpecification}.
   */
  public Channel cdiInputSpecification(Value<CdiInputSpecification> value) {
    return set("CdiInputSpecification", value);
  }

  /**
   * The class for this channel. For a channel with two pipelines, the class is STANDARD. For a
   * channel with one pipeline, the class is SINGLE_PIPELINE.
   *
   * <p>CloudFormation property {@code ChannelClass}.
   */
  public Channel channelClass(String value) {
    return set("ChannelClass", Value.of(value));
  }

  /** Sets {@code ChannelClass} to this value; see {@link #channelClass(String)}. */
  public Channel channelClass(Value<String> value) {
    return set("ChannelClass", value);
  }

  /** CloudFormation property {@code ChannelEngineVersion}. */
  public Channel channelEngineVersion(Value<ChannelEngineVersionRequest> value) {
    return set("ChannelEngineVersion", value);
  }

  /** CloudFormation property {@code ChannelSecurityGroups}. */
  public Channel channelSecurityGroups(List<String> value) {
    return set("ChannelSecurityGroups", Value.listOf(value));
  }

  /** Sets {@code ChannelSecurityGroups} to this value; see {@link #channelSecurityGroups(List)}. */
  public Channel channelSecurityGroups(Value<List<String>> value) {
    return set("ChannelSecurityGroups", value);
  }

  /**
   * The settings that identify the destination for the outputs in this MediaLive output package.
   *
   * <p>CloudFormation property {@code Destinations}.
   */
  public Channel destinations(List<OutputDestination> value) {
    return set("Destinations", Value.listOf(value));
  }

  /** Sets {@code Destinations} to this value; see {@link #destinations(List)}. */
  public Channel destinations(Value<List<OutputDestination>> value) {
    return set("Destinations", value);
  }

  /** Sets {@code Destinations} to a list of these; see {@link #destinations(List)}. */
  public Channel destinations(OutputDestination... values) {
    return set("Destinations", Value.list(values));
  }

  /** CloudFormation property {@code DryRun}. */
  public Channel dryRun(boolean value) {
    return set("DryRun", Value.of(value));
  }

  /** Sets {@code DryRun} to this value; see {@link #dryRun(boolean)}. */
  public Channel dryRun(Value<Boolean> value) {
    return set("DryRun", value);
  }

  /**
   * The encoding configuration for the output content.
   *
   * <p>CloudFormation property {@code EncoderSettings}.
   */
  public Channel encoderSettings(Value<EncoderSettings> value) {
    return set("EncoderSettings", value);
  }

  /** CloudFormation property {@code InferenceSettings}. */
  public Channel inferenceSettings(Value<InferenceSettings> value) {
    return set("InferenceSettings", value);
  }

  /**
   * The list of input attachments for the channel.
   *
   * <p>CloudFormation property {@code InputAttachments}.
   */
  public Channel inputAttachments(List<InputAttachment> value) {
    return set("InputAttachments", Value.listOf(value));
  }

  /** Sets {@code InputAttachments} to this value; see {@link #inputAttachments(List)}. */
  public Channel inputAttachments(Value<List<InputAttachment>> value) {
    return set("InputAttachments", value);
  }

  /** Sets {@code InputAttachments} to a list of these; see {@link #inputAttachments(List)}. */
  public Channel inputAttachments(InputAttachment... values) {
    return set("InputAttachments", Value.list(values));
  }

  /**
   * The input specification for this channel. It specifies the key characteristics of the inputs
   * for this channel: the maximum bitrate, the resolution, and the codec.
   *
   * <p>CloudFormation property {@code InputSpecification}.
   */
  public Channel inputSpecification(Value<InputSpecification> value) {
    return set("InputSpecification", value);
  }

  /** CloudFormation property {@code LinkedChannelSettings}. */
  public Channel linkedChannelSettings(Value<LinkedChannelSettings> value) {
    return set("LinkedChannelSettings", value);
  }

  /**
   * The verbosity for logging activity for this channel. Charges for logging (which are generated
   * through Amazon CloudWatch Logging) are higher for higher verbosities.
   *
   * <p>CloudFormation property {@code LogLevel}.
   */
  public Channel logLevel(String value) {
    return set("LogLevel", Value.of(value));
  }

  /** Sets {@code LogLevel} to this value; see {@link #logLevel(String)}. */
  public Channel logLevel(Value<String> value) {
    return set("LogLevel", value);
  }

  /**
   * Maintenance settings for this channel.
   *
   * <p>CloudFormation property {@code Maintenance}.
   */
  public Channel maintenance(Value<MaintenanceCreateSettings> value) {
    return set("Maintenance", value);
  }

  /**
   * Name of channel.
   *
   * <p>CloudFormation property {@code Name}.
   */
  public Channel name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public Channel name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * The IAM role for MediaLive to assume when running this channel. The role is identified by its
   * ARN.
   *
   * <p>Format: {@code AWS::IAM::Role.Arn}. CloudFormation property {@code RoleArn}.
   */
  public Channel roleArn(String value) {
    return set("RoleArn", Value.of(value));
  }

  /** Sets {@code RoleArn} to this value; see {@link #roleArn(String)}. */
  public Channel roleArn(Value<String> value) {
    return set("RoleArn", value);
  }

  /**
   * A collection of tags for this channel. Each tag is a key-value pair.
   *
   * <p>Format: {@code json}. CloudFormation property {@code Tags}.
   */
  public Channel tags(Value<Json> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a map of key to value; see {@link #tags(Value)}. */
  public Channel tags(Tags tags) {
    return set("Tags", tags.asMap());
  }

  /**
   * Settings to enable VPC mode in the channel, so that the endpoints for all outputs are in your
   * VPC.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code Vpc}.
   */
  public Channel vpc(Value<VpcOutputSettings> value) {
    return set("Vpc", value);
  }

  /**
   * The ARN of the MediaLive channel. For example:
   * arn:aws:medialive:us-west-1:111122223333:medialive:channel:1234567
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * User-specified id. This is used in an output group or an output.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Id}.
   */
  public Value<String> id() {
    return getAtt("Id");
  }

  /**
   * The inputs that are attached to this channel. The inputs are identified by their IDs (not by
   * their names or their ARNs).
   *
   * <p>{@code Fn::GetAtt} attribute {@code Inputs}.
   */
  public Value<List<String>> inputs() {
    return getAtt("Inputs");
  }

  /**
   * The settings for an AAC audio encode in the output.
   *
   * <p>The parent of this entity is AudioCodecSettings.
   *
   * <p>Property type {@code AWS::MediaLive::Channel.AacSettings}.
   */
  public static final class AacSettings extends Struct<AacSettings> {
    private static final Schema SCHEMA = Schema.of("AWS::MediaLive::Channel.AacSettings");

    public AacSettings() {
      super(SCHEMA);
    }

    /**
     * The average bitrate in bits/second. Valid values depend on the rate control mode and profile.
     *
     * <p>CloudFormation property {@code Bitrate}.
     */
    public AacSettings bitrate(double value) {
      return set("Bitrate", Value.of(value));
    }

    /** Sets {@code Bitrate} to this value; see {@link #bitrate(double)}. */
    public AacSettings bitrate(Value<Double> value) {
      return set("Bitrate", value);
    }

    /**
     * Mono, stereo, or 5.1 channel layout. Valid values depend on the rate control mode and
     * profile. The adReceiverMix setting receives a stereo description plus control track, and
     * emits a mono AAC encode of the description track, with control data emitted in the PES header
     * as per ETSI TS 101 154 Annex E.
     *
     * <p>CloudFormation property {@code CodingMode}.
     */
    public AacSettings codingMode(String value) {
      return set("CodingMode", Value.of(value));
    }

    /** Sets {@code CodingMode} to this value; see {@link #codingMode(String)}. */
    public AacSettings codingMode(Value<String> value) {
      return set("CodingMode", value);
    }

    /**
     * Set to broadcasterMixedAd when the input contains pre-mixed main audio + AD (narration) as a
     * stereo pair. The Audio Type field (audioType) will be set to 3, which signals to downstream
     * systems that this stream contains broadcaster mixed AD. Note that the input received by the
     * encoder must contain pre-mixed audio; MediaLive does not perform the mixing. The values in
     * audioTypeControl and audioType (in AudioDescription) are ignored when set to
     * broadcasterMixedAd. Leave this set to normal when the input does not contain pre-mixed audio
     * + AD.
     *
     * <p>CloudFormation property {@code InputType}.
     */
    public AacSettings inputType(String value) {
      return set("InputType", Value.of(value));
    }

    /** Sets {@code InputType} to this value; see {@link #inputType(String)}. */
    public AacSettings inputType(Value<String> value) {
      return set("InputType", value);
    }

    /**
     * The AAC profile.
     *
     * <p>CloudFormation property {@code Profile}.
     */
    public AacSettings profile(String value) {
      return set("Profile", Value.of(value));
    }

    /** Sets {@code Profile} to this value; see {@link #profile(String)}. */
    public AacSettings profile(Value<String> value) {
      return set("Profile", value);
    }

    /**
     * The rate control mode.
     *
     * <p>CloudFormation property {@code RateControlMode}.
     */
    public AacSettings rateControlMode(String value) {
      return set("RateControlMode", Value.of(value));
    }

    /** Sets {@code RateControlMode} to this value; see {@link #rateControlMode(String)}. */
    public AacSettings rateControlMode(Value<String> value) {
      return set("RateControlMode", value);
    }

    /**
     * Sets the LATM/LOAS AAC output for raw containers.
     *
     * <p>CloudFormation property {@code RawFormat}.
     */
    public AacSettings rawFormat(String value) {
      return set("RawFormat", Value.of(value));
    }

    /** Sets {@code RawFormat} to this value; see {@link #rawFormat(String)}. */
    public AacSettings rawFormat(Value<String> value) {
      return set("RawFormat", value);
    }

    /**
     * The sample rate in Hz. Valid values depend on the rate control mode and profile.
     *
     * <p>CloudFormation property {@code SampleRate}.
     */
    public AacSettings sampleRate(double value) {
      return set("SampleRate", Value.of(value));
    }

    /** Sets {@code SampleRate} to this value; see {@link #sampleRate(double)}. */
    public AacSettings sampleRate(Value<Double> value) {
      return set("SampleRate", value);
    }

    /**
     * Uses MPEG-2 AAC audio instead of MPEG-4 AAC audio for raw or MPEG-2 Transport Stream
     * containers.
     *
     * <p>CloudFormation property {@code Spec}.
     */
    public AacSettings spec(String value) {
      return set("Spec", Value.of(value));
    }

    /** Sets {@code Spec} to this value; see {@link #spec(String)}. */
    public AacSettings spec(Value<String> value) {
      return set("Spec", value);
    }

    /**
     * The VBR quality level. This is used only if rateControlMode is VBR.
     *
     * <p>CloudFormation property {@code VbrQuality}.
     */
    public AacSettings vbrQuality(String value) {
      return set("VbrQuality", Value.of(value));
    }

    /** Sets {@code VbrQuality} to this value; see {@link #vbrQuality(String)}. */
    public AacSettings vbrQuality(Value<String> value) {
      return set("VbrQuality", value);
    }
  }

  /** Property type {@code AWS::MediaLive::Channel.AbWatermarkingCustomProfile}. */
  public static final class AbWatermarkingCustomProfile extends Struct<AbWatermarkingCustomProfile> {
    private static final Schema SCHEMA = Schema.of("AWS::MediaLive::Channel.AbWatermarkingCustomProfile");

    public AbWatermarkingCustomProfile() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code EmbeddingFrequency}. */
    public AbWatermarkingCustomProfile embeddingFrequency(double value) {
      return set("EmbeddingFrequency", Value.of(value));
    }

    /** Sets {@code EmbeddingFrequency} to this value; see {@link #embeddingFrequency(double)}. */
    public AbWatermarkingCustomProfile embeddingFrequency(Value<Double> value) {
      return set("EmbeddingFrequency", value);
    }

    /** CloudFormation property {@code SceneCut}. */
    public AbWatermarkingCustomProfile sceneCut(double value) {
      return set("SceneCut", Value.of(value));
    }

    /** Sets {@code SceneCut} to this value; see {@link #sceneCut(double)}. */
    public AbWatermarkingCustomProfile sceneCut(Value<Double> value) {
      return set("SceneCut", value);
    }

    /** CloudFormation property {@code TargetPsnr}. */
    public AbWatermarkingCustomProfile targetPsnr(double value) {
      return set("TargetPsnr", Value.of(value));
    }

    /** Sets {@code TargetPsnr} to this value; see {@link #targetPsnr(double)}. */
    public AbWatermarkingCustomProfile targetPsnr(Value<Double> value) {
      return set("TargetPsnr", value);
    }
  }

  /**
   * The settings for an AC3 audio encode in the output.
   *
   * <p>The parent of this entity is AudioCodecSettings.
   *
   * <p>Property type {@code AWS::MediaLive::Channel.Ac3Settings}.
   */
  public static final class Ac3Settings extends Struct<Ac3Settings> {
    private static final Schema SCHEMA = Schema.of("AWS::MediaLive::Channel.Ac3Settings");

    public Ac3Settings() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code AttenuationControl}. */
    public Ac3Settings attenuationControl(String value) {
      return set("AttenuationControl", Value.of(value));
    }

    /** Sets {@code AttenuationControl} to this value; see {@link #attenuationControl(String)}. */
    public Ac3Settings attenuationControl(Value<String> value) {
      return set("AttenuationControl", value);
    }

    /**
     * The average bitrate in bits/second. Valid bitrates depend on the coding mode.
     *
     * <p>CloudFormation property {@code Bitrate}.
     */
    public Ac3Settings bitrate(double value) {
      return set("Bitrate", Value.of(value));
    }

    /** Sets {@code Bitrate} to this value; see {@link #bitrate(double)}. */
    public Ac3Settings bitrate(Value<Double> value) {
      return set("Bitrate", value);
    }

    /**
     * Specifies the bitstream mode (bsmod) for the emitted AC-3 stream. For more information about
     * these values, see ATSC A/52-2012.
     *
     * <p>CloudFormation property {@code BitstreamMode}.
     */
    public Ac3Settings bitstreamMode(String value) {
      return set("BitstreamMode", Value.of(value));
    }

    /** Sets {@code BitstreamMode} to this value; see {@link #bitstreamMode(String)}. */
    public Ac3Settings bitstreamMode(Value<String> value) {
      return set("BitstreamMode", value);
    }

    /**
     * The Dolby Digital coding mode. This determines the number of channels.
     *
     * <p>CloudFormation property {@code CodingMode}.
     */
    public Ac3Settings codingMode(String value) {
      return set("CodingMode", Value.of(value));
    }

    /** Sets {@code CodingMode} to this value; see {@link #codingMode(String)}. */
    public Ac3Settings codingMode(Value<String> value) {
      return set("CodingMode", value);
    }

    /**
     * Sets the dialnorm for the output. If excluded and the input audio is Dolby Digital, dialnorm
     * is passed through.
     *
     * <p>CloudFormation property {@code Dialnorm}.
     */
    public Ac3Settings dialnorm(int value) {
      return set("Dialnorm", Value.of(value));
    }

    /** Sets {@code Dialnorm} to this value; see {@link #dialnorm(int)}. */
    public Ac3Settings dialnorm(Value<Integer> value) {
      return set("Dialnorm", value);
    }

    /**
     * If set to filmStandard, adds dynamic range compression signaling to the output bitstream as
     * defined in the Dolby Digital specification.
     *
     * <p>CloudFormation property {@code DrcProfile}.
     */
    public Ac3Settings drcProfile(String value) {
      return set("DrcProfile", Value.of(value));
    }

    /** Sets {@code DrcProfile} to this value; see {@link #drcProfile(String)}. */
    public Ac3Settings drcProfile(Value<String> value) {
      return set("DrcProfile", value);
    }

    /**
     * When set to enabled, applies a 120Hz lowpass filter to the LFE channel prior to encoding.
     * This is valid only in codingMode32Lfe mode.
     *
     * <p>CloudFormation property {@code LfeFilter}.
     */
    public Ac3Settings lfeFilter(String value) {
      return set("LfeFilter", Value.of(value));
    }

    /** Sets {@code LfeFilter} to this value; see {@link #lfeFilter(String)}. */
    public Ac3Settings lfeFilter(Value<String> value) {
      return set("LfeFilter", value);
    }

    /**
     * When set to followInput, encoder metadata is sourced from the DD, DD+, or DolbyE decoder that
     * supplies this audio data. If the audio is supplied from one of these streams, the static
     * metadata settings are used.
     *
     * <p>CloudFormation property {@code MetadataControl}.
     */
    public Ac3Settings metadataControl(String value) {
      return set("MetadataControl", Value.of(value));
    }

    /** Sets {@code MetadataControl} to this value; see {@link #metadataControl(String)}. */
    public Ac3Settings metadataControl(Value<String> value) {
      return set("MetadataControl", value);
    }
  }

  /** Property type {@code AWS::MediaLive::Channel.AdditionalDestinations}. */
  public static final class AdditionalDestinations extends Struct<AdditionalDestinations> {
    private static final Schema SCHEMA = Schema.of("AWS::MediaLive::Channel.AdditionalDestinations");

    public AdditionalDestinations() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code Destination}. */
    public AdditionalDestinations destination(Value<OutputLocationRef> value) {
      return set("Destination", value);
    }
  }

  /**
   * Information about the ancillary captions to extract from the input.
   *
   * <p>The parent of this entity is CaptionSelectorSettings.
   *
   * <p>Property type {@code AWS::MediaLive::Channel.AncillarySourceSettings}.
   */
  public static final class AncillarySourceSettings extends Struct<AncillarySourceSettings> {
    private static final Schema SCHEMA = Schema.of("AWS::MediaLive::Channel.AncillarySourceSettings");

    public AncillarySourceSettings() {
      super(SCHEMA);
    }

    /**
     * Specifies the number (1 to 4) of the captions channel you want to extract from the ancillary
     * captions. If you plan to convert the ancillary captions to another format, complete this
     * field. If you plan to choose Embedded as the captions destination in the output (to pass
     * through all the channels in the ancillary captions), leave this field blank because MediaLive
     * ignores the field.
     *
     * <p>CloudFormation property {@code SourceAncillaryChannelNumber}.
     */
    public AncillarySourceSettings sourceAncillaryChannelNumber(int value) {
      return set("SourceAncillaryChannelNumber", Value.of(value));
    }

    /**
     * Sets {@code SourceAncillaryChannelNumber} to this value; see {@link
     * #sourceAncillaryChannelNumber(int)}.
     */
    public AncillarySourceSettings sourceAncillaryChannelNumber(Value<Integer> value) {
      return set("SourceAncillaryChannelNumber", value);
    }
  }

  /** Property type {@code AWS::MediaLive::Channel.AnywhereSettings}. */
  public static final class AnywhereSettings extends Struct<AnywhereSettings> {
    private static final Schema SCHEMA = Schema.of("AWS::MediaLive::Channel.AnywhereSettings");

    public AnywhereSettings() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code ChannelPlacementGroupId}. */
    public AnywhereSettings channelPlacementGroupId(String value) {
      return set("ChannelPlacementGroupId", Value.of(value));
    }

    /**
     * Sets {@code ChannelPlacementGroupId} to this value; see {@link
     * #channelPlacementGroupId(String)}.
     */
    public AnywhereSettings channelPlacementGroupId(Value<String> value) {
      return set("ChannelPlacementGroupId", value);
    }

    /** CloudFormation property {@code ClusterId}. */
    public AnywhereSettings clusterId(String value) {
      return set("ClusterId", Value.of(value));
    }

    /** Sets {@code ClusterId} to this value; see {@link #clusterId(String)}. */
    public AnywhereSettings clusterId(Value<String> value) {
      return set("ClusterId", value);
    }
  }

  /**
   * Settings to configure the destination of an Archive output.
   *
   * <p>The parent of this entity is ArchiveGroupSettings.
   *
   * <p>Property type {@code AWS::MediaLive::Channel.ArchiveCdnSettings}.
   */
  public static final class ArchiveCdnSettings extends Struct<ArchiveCdnSettings> {
    private static final Schema SCHEMA = Schema.of("AWS::MediaLive::Channel.ArchiveCdnSettings");

    public ArchiveCdnSettings() {
      super(SCHEMA);
    }

    /**
     * Sets up Amazon S3 as the destination for this Archive output.
     *
     * <p>CloudFormation property {@code ArchiveS3Settings}.
     */
    public ArchiveCdnSettings archiveS3Settings(Value<ArchiveFrameCaptureHlsS3Settings> value) {
      return set("ArchiveS3Settings", value);
    }
  }

  /**
   * The archive container settings.
   *
   * <p>The parent of this entity is ArchiveOutputSettings.
   *
   * <p>Property type {@code AWS::MediaLive::Channel.ArchiveContainerSettings}.
   */
  public static final class ArchiveContainerSettings extends Struct<ArchiveContainerSettings> {
    private static final Schema SCHEMA = Schema.of("AWS::MediaLive::Channel.ArchiveContainerSettings");

    public ArchiveContainerSettings() {
      super(SCHEMA);
    }

    /**
     * The settings for the M2TS in the archive output.
     *
     * <p>CloudFormation property {@code M2tsSettings}.
     */
    public ArchiveContainerSettings m2tsSettings(Value<M2tsSettings> value) {
      return set("M2tsSettings", value);
    }

    /**
     * The settings for Raw archive output type.
     *
     * <p>CloudFormation property {@code RawSettings}.
     */
    public ArchiveContainerSettings rawSettings(Value<Json> value) {
      return set("RawSettings", value);
    }
  }

  /** Property type {@code AWS::MediaLive::Channel.ArchiveFrameCaptureHlsS3Settings}. */
  public static final class ArchiveFrameCaptureHlsS3Settings extends Struct<ArchiveFrameCaptureHlsS3Settings> {
    private static final Schema SCHEMA = Schema.of("AWS::MediaLive::Channel.ArchiveFrameCaptureHlsS3Settings");

    public ArchiveFrameCaptureHlsS3Settings() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code CannedAcl}. */
    public ArchiveFrameCaptureHlsS3Settings cannedAcl(String value) {
      return set("CannedAcl", Value.of(value));
    }

    /** Sets {@code CannedAcl} to this value; see {@link #cannedAcl(String)}. */
    public ArchiveFrameCaptureHlsS3Settings cannedAcl(Value<String> value) {
      return set("CannedAcl", value);
    }
  }

  /**
   * The settings for an archive output group.
   *
   * <p>The parent of this entity is OutputGroupSettings.
   *
   * <p>Property type {@code AWS::MediaLive::Channel.ArchiveGroupSettings}.
   */
  public static final class ArchiveGroupSettings extends Struct<ArchiveGroupSettings> {
    private static final Schema SCHEMA = Schema.of("AWS::MediaLive::Channel.ArchiveGroupSettings");

    public ArchiveGroupSettings() {
      super(SCHEMA);
    }

    /**
     * Settings to configure the destination of an Archive output.
     *
     * <p>CloudFormation property {@code ArchiveCdnSettings}.
     */
    public ArchiveGroupSettings archiveCdnSettings(Value<ArchiveCdnSettings> value) {
      return set("ArchiveCdnSettings", value);
    }

    /**
     * A directory and base file name where archive files should be written.
     *
     * <p>CloudFormation property {@code Destination}.
     */
    public ArchiveGroupSettings destination(Value<OutputLocationRef> value) {
      return set("Destination", value);
    }

    /**
     * The number of seconds to write to an archive file before closing and starting a new one.
     *
     * <p>CloudFormation property {@code RolloverInterval}.
     */
    public ArchiveGroupSettings rolloverInterval(int value) {
      return set("RolloverInterval", Value.of(value));
    }

    /** Sets {@code RolloverInterval} to this value; see {@link #rolloverInterval(int)}. */
    public ArchiveGroupSettings rolloverInterval(Value<Integer> value) {
      return set("RolloverInterval", value);
    }
  }

  /**
   * The archive output settings.
   *
   * <p>The parent of this entity is OutputSettings.
   *
   * <p>Property type {@code AWS::MediaLive::Channel.ArchiveOutputSettings}.
   */
  public static final class ArchiveOutputSettings extends Struct<ArchiveOutputSettings> {
    private static final Schema SCHEMA = Schema.of("AWS::MediaLive::Channel.ArchiveOutputSettings");

    public ArchiveOutputSettings() {
      super(SCHEMA);
    }

    /**
     * The settings that are specific to the container type of the file.
     *
     * <p>CloudFormation property {@code ContainerSettings}.
     */
    public ArchiveOutputSettings containerSettings(Value<ArchiveContainerSettings> value) {
      return set("ContainerSettings", value);
    }

    /**
     * The output file extension. If excluded, this is auto-selected from the container type.
     *
     * <p>CloudFormation property {@code Extension}.
     */
    public ArchiveOutputSettings extension(String value) {
      return set("Extension", Value.of(value));
    }

    /** Sets {@code Extension} to this value; see {@link #extension(String)}. */
    public ArchiveOutputSettings extension(Value<String> value) {
      return set("Extension", value);
    }

    /**
     * A string that is concatenated to the end of the destination file name. The string is required
     * for multiple outputs of the same type.
     *
     * <p>CloudFormation property {@code NameModifier}.
     */
    public ArchiveOutputSettings nameModifier(String value) {
      return set("NameModifier", Value.of(value));
    }

    /** Sets {@code NameModifier} to this value; see {@link #nameModifier(String)}. */
    public ArchiveOutputSettings nameModifier(Value<String> value) {
      return set("NameModifier", value);
    }
  }

  /**
   * Sets up Amazon S3 as the destination for this Archive output.
   *
   * <p>The parent of this entity is ArchiveCdnSettings.
   *
   * <p>Property type {@code AWS::MediaLive::Channel.ArchiveS3Settings}.
   */
  public static final class ArchiveS3Settings extends Struct<ArchiveS3Settings> {
    private static final Schema SCHEMA = Schema.of("AWS::MediaLive::Channel.ArchiveS3Settings");

    public ArchiveS3Settings() {
      super(SCHEMA);
    }

    /**
     * Specify the canned ACL to apply to each S3 request. Defaults to none.
     *
     * <p>CloudFormation property {@code CannedAcl}.
     */
    public ArchiveS3Settings cannedAcl(String value) {
      return set("CannedAcl", Value.of(value));
    }

    /** Sets {@code CannedAcl} to this value; see {@link #cannedAcl(String)}. */
    public ArchiveS3Settings cannedAcl(Value<String> value) {
      return set("CannedAcl", value);
    }
  }

  /** Property type {@code AWS::MediaLive::Channel.AribDestinationSettings}. */
  public static final class AribDestinationSettings extends Struct<AribDestinationSettings> {
    private static final Schema SCHEMA = Schema.of("AWS::MediaLive::Channel.AribDestinationSettings");

    public AribDestinationSettings() {
      super(SCHEMA);
    }
  }

  /** Property type {@code AWS::MediaLive::Channel.AribSourceSettings}. */
  public static final class AribSourceSettings extends Struct<AribSourceSettings> {
    private static final Schema SCHEMA = Schema.of("AWS::MediaLive::Channel.AribSourceSettings");

    public AribSourceSettings() {
      super(SCHEMA);
    }
  }

  /**
   * The settings for remixing audio.
   *
   * <p>The parent of this entity is RemixSettings.
   *
   * <p>Property type {@code AWS::MediaLive::Channel.AudioChannelMapping}.
   */
  public static final class AudioChannelMapping extends Struct<AudioChannelMapping> {
    private static final Schema SCHEMA = Schema.of("AWS::MediaLive::Channel.AudioChannelMapping");

    public AudioChannelMapping() {
      super(SCHEMA);
    }

    /**
     * The indices and gain values for each input channel that should be remixed into this output
     * channel.
     *
     * <p>CloudFormation property {@code InputChannelLevels}.
     */
    public AudioChannelMapping inputChannelLevels(List<InputChannelLevel> value) {
      return set("InputChannelLevels", Value.listOf(value));
    }

    /** Sets {@code InputChannelLevels} to this value; see {@link #inputChannelLevels(List)}. */
    public AudioChannelMapping inputChannelLevels(Value<List<InputChannelLevel>> value) {
      return set("InputChannelLevels", value);
    }

    /**
     * Sets {@code InputChannelLevels} to a list of these; see {@link #inputChannelLevels(List)}.
     */
    public AudioChannelMapping inputChannelLevels(InputChannelLevel... values) {
      return set("InputChannelLevels", Value.list(values));
    }

    /**
     * The index of the output channel that is being produced.
     *
     * <p>CloudFormation property {@code OutputChannel}.
     */
    public AudioChannelMapping outputChannel(int value) {
      return set("OutputChannel", Value.of(value));
    }

    /** Sets {@code OutputChannel} to this value; see {@link #outputChannel(int)}. */
    public AudioChannelMapping outputChannel(Value<Integer> value) {
      return set("OutputChannel", value);
    }
  }

  /**
   * The configuration of the audio codec in the audio output.
   *
   * <p>The parent of this entity is AudioDescription.
   *
   * <p>Property type {@code AWS::MediaLive::Channel.AudioCodecSettings}.
   */
  public static final class AudioCodecSettings extends Struct<AudioCodecSettings> {
    private static final Schema SCHEMA = Schema.of("AWS::MediaLive::Channel.AudioCodecSettings");

    public AudioCodecSettings() {
      super(SCHEMA);
    }

    /**
     * The setup of the AAC audio codec in the output.
     *
     * <p>CloudFormation property {@code AacSettings}.
     */
    public AudioCodecSettings aacSettings(Value<AacSettings> value) {
      return set("AacSettings", value);
    }

    /**
     * The setup of an AC3 audio codec in the output.
     *
     * <p>CloudFormation property {@code Ac3Settings}.
     */
    public AudioCodecSettings ac3Settings(Value<Ac3Settings> value) {
      return set("Ac3Settings", value);
    }

    /** CloudFormation property {@code Eac3AtmosSettings}. */
    public AudioCodecSettings eac3AtmosSettings(Value<Eac3AtmosSettings> value) {
      return set("Eac3AtmosSettings", value);
    }

    /**
     * The setup of an EAC3 audio codec in the output.
     *
     * <p>CloudFormation property {@code Eac3Settings}.
     */
    public AudioCodecSettings eac3Settings(Value<Eac3Settings> value) {
      return set("Eac3Settings", value);
    }

    /**
     * The setup of an MP2 audio codec in the output.
     *
     * <p>CloudFormation property {@code Mp2Settings}.
     */
    public AudioCodecSettings mp2Settings(Value<Mp2Settings> value) {
      return set("Mp2Settings", value);
    }

    /**
     * The setup to pass through the Dolby audio codec to the output.
     *
     * <p>CloudFormation property {@code PassThroughSettings}.
     */
    public AudioCodecSettings passThroughSettings(Value<Json> value) {
      return set("PassThroughSettings", value);
    }

    /**
     * Settings for audio encoded with the WAV codec.
     *
     * <p>CloudFormation property {@code WavSettings}.
     */
    public AudioCodecSettings wavSettings(Value<WavSettings> value) {
      return set("WavSettings", value);
    }
  }

  /**
   * The encoding information for one output audio.
   *
   * <p>The parent of this entity is EncoderSettings.
   *
   * <p>Property type {@code AWS::MediaLive::Channel.AudioDescription}.
   */
  public static final class AudioDescription extends Struct<AudioDescription> {
    private static final Schema SCHEMA = Schema.of("AWS::MediaLive::Channel.AudioDescription");

    public AudioDescription() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code AudioDashRoles}. */
    public AudioDescription audioDashRoles(List<String> value) {
      return set("AudioDashRoles", Value.listOf(value));
    }

    /** Sets {@code AudioDashRoles} to this value; see {@link #audioDashRoles(List)}. */
    public AudioDescription audioDashRoles(Value<List<String>> value) {
      return set("AudioDashRoles", value);
    }

    /**
     * The advanced audio normalization settings.
     *
     * <p>CloudFormation property {@code AudioNormalizationSettings}.
     */
    public AudioDescription audioNormalizationSettings(Value<AudioNormalizationSettings> value) {
      return set("AudioNormalizationSettings", value);
    }

    /**
     * The name of the AudioSelector that is used as the source for this AudioDescription.
     *
     * <p>CloudFormation property {@code AudioSelectorName}.
     */
    public AudioDescription audioSelectorName(String value) {
      return set("AudioSelectorName", Value.of(value));
    }

    /** Sets {@code AudioSelectorName} to this value; see {@link #audioSelectorName(String)}. */
    public AudioDescription audioSelectorName(Value<String> value) {
      return set("AudioSelectorName", value);
    }

    /**
     * Applies only if audioTypeControl is useConfigured. The values for audioType are defined in
     * ISO-IEC 13818-1.
     *
     * <p>CloudFormation property {@code AudioType}.
     */
    public AudioDescription audioType(String value) {
      return set("AudioType", Value.of(value));
    }

    /** Sets {@code AudioType} to this value; see {@link #audioType(String)}. */
    public AudioDescription audioType(Value<String> value) {
      return set("AudioType", value);
    }

    /**
     * Determines how audio type is determined. followInput: If the input contains an ISO 639
     * audioType, then that value is passed through to the output. If the input contains no ISO 639
     * audioType, the value in Audio Type is included in the output. useConfigured: The value in
     * Audio Type is included in the output. Note that this field and audioType are both ignored if
     * inputType is broadcasterMixedAd.
     *
     * <p>CloudFormation property {@code AudioTypeControl}.
     */
    public AudioDescription audioTypeControl(String value) {
      return set("AudioTypeControl", Value.of(value));
    }

    /** Sets {@code AudioTypeControl} to this value; see {@link #audioTypeControl(String)}. */
    public AudioDescription audioTypeControl(Value<String> value) {
      return set("AudioTypeControl", value);
    }

    /**
     * Settings to configure one or more solutions that insert audio watermarks in the audio encode
     *
     * <p>CloudFormation property {@code AudioWatermarkingSettings}.
     */
    public AudioDescription audioWatermarkingSettings(Value<AudioWatermarkSettings> value) {
      return set("AudioWatermarkingSettings", value);
    }

    /**
     * The audio codec settings.
     *
     * <p>CloudFormation property {@code CodecSettings}.
     */
    public AudioDescription codecSettings(Value<AudioCodecSettings> value) {
      return set("CodecSettings", value);
    }

    /** CloudFormation property {@code DvbDashAccessibility}. */
    public AudioDescription dvbDashAccessibility(String value) {
      return set("DvbDashAccessibility", Value.of(value));
    }

    /**
     * Sets {@code DvbDashAccessibility} to this value; see {@link #dvbDashAccessibility(String)}.
     */
    public AudioDescription dvbDashAccessibility(Value<String> value) {
      return set("DvbDashAccessibility", value);
    }

    /**
     * Indicates the language of the audio output track. Used only if languageControlMode is
     * useConfigured, or there is no ISO 639 language code specified in the input.
     *
     * <p>CloudFormation property {@code LanguageCode}.
     */
    public AudioDescription languageCode(String value) {
      return set("LanguageCode", Value.of(value));
    }

    /** Sets {@code LanguageCode} to this value; see {@link #languageCode(String)}. */
    public AudioDescription languageCode(Value<String> value) {
      return set("LanguageCode", value);
    }

    /**
     * Choosing followInput causes the ISO 639 language code of the output to follow the ISO 639
     * language code of the input. The languageCode setting is used when useConfigured is set, or
     * when followInput is selected but there is no ISO 639 language code specified by the input.
     *
     * <p>CloudFormation property {@code LanguageCodeControl}.
     */
    public AudioDescription languageCodeControl(String value) {
      return set("LanguageCodeControl", Value.of(value));
    }

    /** Sets {@code LanguageCodeControl} to this value; see {@link #languageCodeControl(String)}. */
    public AudioDescription languageCodeControl(Value<String> value) {
      return set("LanguageCodeControl", value);
    }

    /**
     * The name of this AudioDescription. Outputs use this name to uniquely identify this
     * AudioDescription. Description names should be unique within this channel.
     *
     * <p>CloudFormation property {@code Name}.
     */
    public AudioDescription name(String value) {
      return set("Name", Value.of(value));
    }

    /** Sets {@code Name} to this value; see {@link #name(String)}. */
    public AudioDescription name(Value<String> value) {
      return set("Name", value);
    }

    /**
     * The settings that control how input audio channels are remixed into the output audio
     * channels.
     *
     * <p>CloudFormation property {@code RemixSettings}.
     */
    public AudioDescription remixSettings(Value<RemixSettings> value) {
      return set("RemixSettings", value);
    }

    /**
     * Used for Microsoft Smooth and Apple HLS outputs. Indicates the name displayed by the player
     * (for example, English or Director Commentary).
     *
     * <p>CloudFormation property {@code StreamName}.
     */
    public AudioDescription streamName(String value) {
      return set("StreamName", Value.of(value));
    }

    /** Sets {@code StreamName} to this value; see {@link #streamName(String)}. */
    public AudioDescription streamName(Value<String> value) {
      return set("StreamName", value);
    }
  }

  /** Property type {@code AWS::MediaLive::Channel.AudioDolbyEDecode}. */
  public static final class AudioDolbyEDecode extends Struct<AudioDolbyEDecode> {
    private static final Schema SCHEMA = Schema.of("AWS::MediaLive::Channel.AudioDolbyEDecode");

    public AudioDolbyEDecode() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code ProgramSelection}. */
    public AudioDolbyEDecode programSelection(String value) {
      return set("ProgramSelection", Value.of(value));
    }

    /** Sets {@code ProgramSelection} to this value; see {@link #programSelection(String)}. */
    public AudioDolbyEDecode programSelection(Value<String> value) {
      return set("ProgramSelection", value);
    }
  }

  /** Property type {@code AWS::MediaLive::Channel.AudioFeedInput}. */
  public static final class AudioFeedInput extends Struct<AudioFeedInput> {
    private static final Schema SCHEMA = Schema.of("AWS::MediaLive::Channel.AudioFeedInput");

    public AudioFeedInput() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code AudioSelectorName}. */
    public AudioFeedInput audioSelectorName(String value) {
      return set("AudioSelectorName", Value.of(value));
    }

    /** Sets {@code AudioSelectorName} to this value; see {@link #audioSelectorName(String)}. */
    public AudioFeedInput audioSelectorName(Value<String> value) {
      return set("AudioSelectorName", value);
    }

    /** CloudFormation property {@code FeedInput}. */
    public AudioFeedInput feedInput(String value) {
      return set("FeedInput", Value.of(value));
    }

    /** Sets {@code FeedInput} to this value; see {@link #feedInput(String)}. */
    public AudioFeedInput feedInput(Value<String> value) {
      return set("FeedInput", value);
    }
  }

  /**
   * Selector for HLS audio rendition.
   *
   * <p>The parent of this entity is AudioSelectorSettings.
   *
   * <p>Property type {@code AWS::MediaLive::Channel.AudioHlsRenditionSelection}.
   */
  public static final class AudioHlsRenditionSelection extends Struct<AudioHlsRenditionSelection> {
    private static final Schema SCHEMA = Schema.of("AWS::MediaLive::Channel.AudioHlsRenditionSelection");

    public AudioHlsRenditionSelection() {
      super(SCHEMA);
    }

    /**
     * Specifies the GROUP-ID in the #EXT-X-MEDIA tag of the target HLS audio rendition.
     *
     * <p>CloudFormation property {@code GroupId}.
     */
    public AudioHlsRenditionSelection groupId(String value) {
      return set("GroupId", Value.of(value));
    }

    /** Sets {@code GroupId} to this value; see {@link #groupId(String)}. */
    public AudioHlsRenditionSelection groupId(Value<String> value) {
      return set("GroupId", value);
    }

    /**
     * Specifies the NAME in the #EXT-X-MEDIA tag of the target HLS audio rendition.
     *
     * <p>CloudFormation property {@code Name}.
     */
    public AudioHlsRenditionSelection name(String value) {
      return set("Name", Value.of(value));
    }

    /** Sets {@code Name} to this value; see {@link #name(String)}. */
    public AudioHlsRenditionSelection name(Value<String> value) {
      return set("Name", value);
    }
  }

  /**
   * Information about the audio language to extract.
   *
   * <p>The parent of this entity is AudioSelectorSettings.
   *
   * <p>Property type {@code AWS::MediaLive::Channel.AudioLanguageSelection}.
   */
  public static final class AudioLanguageSelection extends Struct<AudioLanguageSelection> {
    private static final Schema SCHEMA = Schema.of("AWS::MediaLive::Channel.AudioLanguageSelection");

    public AudioLanguageSelection() {
      super(SCHEMA);
    }

    /**
     * Selects a specific three-letter language code from within an audio source.
     *
     * <p>CloudFormation property {@code LanguageCode}.
     */
    public AudioLanguageSelection languageCode(String value) {
      return set("LanguageCode", Value.of(value));
    }

    /** Sets {@code LanguageCode} to this value; see {@link #languageCode(String)}. */
    public AudioLanguageSelection languageCode(Value<String> value) {
      return set("LanguageCode", value);
    }

    /**
     * When set to "strict," the transport stream demux strictly identifies audio streams by their
     * language descriptor. If a PMT update occurs such that an audio stream matching the initially
     * selected language is no longer present, then mute is encoded until the language returns. If
     * set to "loose," then on a PMT update the demux chooses another audio stream in the program
     * with the same stream type if it can't find one with the same language.
     *
     * <p>CloudFormation property {@code LanguageSelectionPolicy}.
     */
    public AudioLanguageSelection languageSelectionPolicy(String value) {
      return set("LanguageSelectionPolicy", Value.of(value));
    }

    /**
     * Sets {@code LanguageSelectionPolicy} to this value; see {@link
     * #languageSelectionPolicy(String)}.
     */
    public AudioLanguageSelection languageSelectionPolicy(Value<String> value) {
      return set("LanguageSelectionPolicy", value);
    }
  }

  /**
   * The settings for normalizing video.
   *
   * <p>The parent of this entity is AudioDescription.
   *
   * <p>Property type {@code AWS::MediaLive::Channel.AudioNormalizationSettings}.
   */
  public static final class AudioNormalizationSettings extends Struct<AudioNormalizationSettings> {
    private static final Schema SCHEMA = Schema.of("AWS::MediaLive::Channel.AudioNormalizationSettings");

    public AudioNormalizationSettings() {
      super(SCHEMA);
    }

    /**
     * The audio normalization algorithm to use. itu17701 conforms to the CALM Act specification.
     * itu17702 conforms to the EBU R-128 specification.
     *
     * <p>CloudFormation property {@code Algorithm}.
     */
    public AudioNormalizationSettings algorithm(String value) {
      return set("Algorithm", Value.of(value));
    }

    /** Sets {@code Algorithm} to this value; see {@link #algorithm(String)}. */
    public AudioNormalizationSettings algorithm(Value<String> value) {
      return set("Algorithm", value);
    }

    /**
     * When set to correctAudio, the output audio is corrected using the chosen algorithm. If set to
     * measureOnly, the audio is measured but not adjusted.
     *
     * <p>CloudFormation property {@code AlgorithmControl}.
     */
    public AudioNormalizationSettings algorithmControl(String value) {
      return set("AlgorithmControl", Value.of(value));
    }

    /** Sets {@code AlgorithmControl} to this value; see {@link #algorithmControl(String)}. */
    public AudioNormalizationSettings algorithmControl(Value<String> value) {
      return set("AlgorithmControl", value);
    }

    /** CloudFormation property {@code PeakCalculation}. */
    public AudioNormalizationSettings peakCalculation(String value) {
      return set("PeakCalculation", Value.of(value));
    }

    /** Sets {@code PeakCalculation} to this value; see {@link #peakCalculation(String)}. */
    public AudioNormalizationSettings peakCalculation(Value<String> value) {
      return set("PeakCalculation", value);
    }

    /** CloudFormation property {@code PeakLimiterThreshold}. */
    public AudioNormalizationSettings peakLimiterThreshold(double value) {
      return set("PeakLimiterThreshold", Value.of(value));
    }

    /**
     * Sets {@code PeakLimiterThreshold} to this value; see {@link #peakLimiterThreshold(double)}.
     */
    public AudioNormalizationSettings peakLimiterThreshold(Value<Double> value) {
      return set("PeakLimiterThreshold", value);
    }

    /**
     * The Target LKFS(loudness) to adjust volume to. If no value is entered, a default value is
     * used according to the chosen algorithm. The CALM Act (1770-1) recommends a target of -24
     * LKFS. The EBU R-128 specification (1770-2) recommends a target of -23 LKFS.
     *
     * <p>CloudFormation property {@code TargetLkfs}.
     */
    public AudioNormalizationSettings targetLkfs(double value) {
      return set("TargetLkfs", Value.of(value));
    }

    /** Sets {@code TargetLkfs} to this value; see {@link #targetLkfs(double)}. */
    public AudioNormalizationSettings targetLkfs(Value<Double> value) {
      return set("TargetLkfs", value);
    }
  }

  /**
   * The configuration of an audio-only HLS output.
   *
   * <p>The parent of this entity is HlsSettings.
   *
   * <p>Property type {@code AWS::MediaLive::Channel.AudioOnlyHlsSettings}.
   */
  public static final class AudioOnlyHlsSettings extends Struct<AudioOnlyHlsSettings> {
    private static final Schema SCHEMA = Schema.of("AWS::MediaLive::Channel.AudioOnlyHlsSettings");

    public AudioOnlyHlsSettings() {
      super(SCHEMA);
    }

    /**
     * Specifies the group that the audio rendition belongs to.
     *
     * <p>CloudFormation property {@code AudioGroupId}.
     */
    public AudioOnlyHlsSettings audioGroupId(String value) {
      return set("AudioGroupId", Value.of(value));
    }

    /** Sets {@code AudioGroupId} to this value; see {@link #audioGroupId(String)}. */
    public AudioOnlyHlsSettings audioGroupId(Value<String> value) {
      return set("AudioGroupId", value);
    }

    /**
     * Used with an audio-only stream. It must be a .jpg or .png file. If given, this image is used
     * as the cover art for the audio-only output. Ideally, it should be formatted for an iPhone
     * screen for two reasons. The iPhone does not resize the image; instead, it crops a centered
     * image on the top/bottom and left/right. Additionally, this image file gets saved bit-for-bit
     * into every 10-second segment file, so it increases bandwidth by {image file size} * {segment
     * count} * {user count.}.
     *
     * <p>CloudFormation property {@code AudioOnlyImage}.
     */
    public AudioOnlyHlsSettings audioOnlyImage(Value<InputLocation> value) {
      return set("AudioOnlyImage", value);
    }

    /**
     * Four types of audio-only tracks are supported: Audio-Only Variant Stream The client can play
     * back this audio-only stream instead of video in low-bandwidth scenarios. Represented as an
     * EXT-X-STREAM-INF in the HLS manifest. Alternate Audio, Auto Select, Default Alternate
     * rendition that the client should try to play back by default. Represented as an EXT-X-MEDIA
     * in the HLS manifest with DEFAULT=YES, AUTOSELECT=YES Alternate Audio, Auto Select, Not
     * Default Alternate rendition that the client might try to play back by default. Represented as
     * an EXT-X-MEDIA in the HLS manifest with DEFAULT=NO, AUTOSELECT=YES Alternate Audio, not Auto
     * Select Alternate rendition that the client will not try to play back by default. Represented
     * as an EXT-X-MEDIA in the HLS manifest with DEFAULT=NO, AUTOSELECT=NO.
     *
     * <p>CloudFormation property {@code AudioTrackType}.
     */
    public AudioOnlyHlsSettings audioTrackType(String value) {
      return set("AudioTrackType", Value.of(value));
    }

    /** Sets {@code AudioTrackType} to this value; see {@link #audioTrackType(String)}. */
    public AudioOnlyHlsSettings audioTrackType(Value<String> value) {
      return set("AudioTrackType", value);
    }

    /**
     * Specifies the segment type.
     *
     * <p>CloudFormation property {@code SegmentType}.
     */
    public AudioOnlyHlsSettings segmentType(String value) {
      return set("SegmentType", Value.of(value));
    }

    /** Sets {@code SegmentType} to this value; see {@link #segmentType(String)}. */
    public AudioOnlyHlsSettings segmentType(Value<String> value) {
      return set("SegmentType", value);
    }
  }

  /** Property type {@code AWS::MediaLive::Channel.AudioPid}. */
  public static final class AudioPid extends Struct<AudioPid> {
    private static final Schema SCHEMA = Schema.of("AWS::MediaLive::Channel.AudioPid");

    public AudioPid() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code DolbyEDecode}. */
    public AudioPid dolbyEDecode(Value<AudioDolbyEDecode> value) {
      return set("DolbyEDecode", value);
    }

    /** CloudFormation property {@code Pid}. */
    public AudioPid pid(int value) {
      return set("Pid", Value.of(value));
    }

    /** Sets {@code Pid} to this value; see {@link #pid(int)}. */
    public AudioPid pid(Value<Integer> value) {
      return set("Pid", value);
    }

    /** CloudFormation property {@code PremixSettings}. */
    public AudioPid premixSettings(Value<AudioPreMixerSettings> value) {
      return set("PremixSettings", value);
    }
  }

  /**
   * Used to extract audio by The PID.
   *
   * <p>The parent of this entity is AudioSelectorSettings.
   *
   * <p>Property type {@code AWS::MediaLive::Channel.AudioPidSelection}.
   */
  public static final class AudioPidSelection extends Struct<AudioPidSelection> {
    private static final Schema SCHEMA = Schema.of("AWS::MediaLive::Channel.AudioPidSelection");

    public AudioPidSelection() {
      super(SCHEMA);
    }

    /**
     * Select the audio by this PID.
     *
     * <p>CloudFormation property {@code Pid}.
     */
    public AudioPidSelection pid(int value) {
      return set("Pid", Value.of(value));
    }

    /** Sets {@code Pid} to this value; see {@link #pid(int)}. */
    public AudioPidSelection pid(Value<Integer> value) {
      return set("Pid", value);
    }

    /** CloudFormation property {@code Pids}. */
    public AudioPidSelection pids(List<AudioPid> value) {
      return set("Pids", Value.listOf(value));
    }

    /** Sets {@code Pids} to this value; see {@link #pids(List)}. */
    public AudioPidSelection pids(Value<List<AudioPid>> value) {
      return set("Pids", value);
    }

    /** Sets {@code Pids} to a list of these; see {@link #pids(List)}. */
    public AudioPidSelection pids(AudioPid... values) {
      return set("Pids", Value.list(values));
    }
  }

  /** Property type {@code AWS::MediaLive::Channel.AudioPreMixerSettings}. */
  public static final class AudioPreMixerSettings extends Struct<AudioPreMixerSettings> {
    private static final Schema SCHEMA = Schema.of("AWS::MediaLive::Channel.AudioPreMixerSettings");

    public AudioPreMixerSettings() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code AudioNormalizationSettings}. */
    public AudioPreMixerSettings audioNormalizationSettings(Value<AudioNormalizationSettings> value) {
      return set("AudioNormalizationSettings", value);
    }

    /** CloudFormation property {@code Channels}. */
    public AudioPreMixerSettings channels(int value) {
      return set("Channels", Value.of(value));
    }

    /** Sets {@code Channels} to this value; see {@link #channels(int)}. */
    public AudioPreMixerSettings channels(Value<Integer> value) {
      return set("Channels", value);
    }

    /** CloudFormation property {@code GainDb}. */
    public AudioPreMixerSettings gainDb(double value) {
      return set("GainDb", Value.of(value));
    }

    /** Sets {@code GainDb} to this value; see {@link #gainDb(double)}. */
    public AudioPreMixerSettings gainDb(Value<Double> value) {
      return set("GainDb", value);
    }

    /** CloudFormation property {@code RemixSettings}. */
    public AudioPreMixerSettings remixSettings(Value<RemixSettings> value) {
      return set("RemixSettings", value);
    }
  }

  /**
   * Information about one audio to extract from the input.
   *
   * <p>The parent of this entity is InputSettings.
   *
   * <p>Property type {@code AWS::MediaLive::Channel.AudioSelector}.
   */
  public static final class AudioSelector extends Struct<AudioSelector> {
    private static final Schema SCHEMA = Schema.of("AWS::MediaLive::Channel.AudioSelector");

    public AudioSelector() {
      super(SCHEMA);
    }

    /**
     * A name for this AudioSelector.
     *
     * <p>CloudFormation property {@code Name}.
     */
    public AudioSelector name(String value) {
      return set("Name", Value.of(value));
    }

    /** Sets {@code Name} to this value; see {@link #name(String)}. */
    public AudioSelector name(Value<String> value) {
      return set("Name", value);
    }

    /**
     * Information about the specific audio to extract from the input.
     *
     * <p>CloudFormation property {@code SelectorSettings}.
     */
    public AudioSelector selectorSettings(Value<AudioSelectorSettings> value) {
      return set("SelectorSettings", value);
    }
  }

  /**
   * Information about the audio to extract from the input.
   *
   * <p>The parent of this entity is AudioSelector.
   *
   * <p>Property type {@code AWS::MediaLive::Channel.AudioSelectorSettings}.
   */
  public static final class AudioSelectorSettings extends Struct<AudioSelectorSettings> {
    private static final Schema SCHEMA = Schema.of("AWS::MediaLive::Channel.AudioSelectorSettings");

    public AudioSelectorSettings() {
      super(SCHEMA);
    }

    /**
     * Selector for HLS audio rendition.
     *
     * <p>CloudFormation property {@code AudioHlsRenditionSelection}.
     */
    public AudioSelectorSettings audioHlsRenditionSelection(Value<AudioHlsRenditionSelection> value) {
      return set("AudioHlsRenditionSelection", value);
    }

    /**
     * The language code of the audio to select.
     *
     * <p>CloudFormation property {@code AudioLanguageSelection}.
     */
    public AudioSelectorSettings audioLanguageSelection(Value<AudioLanguageSelection> value) {
      return set("AudioLanguageSelection", value);
    }

    /**
     * The PID of the audio to select.
     *
     * <p>CloudFormation property {@code AudioPidSelection}.
     */
    public AudioSelectorSettings audioPidSelection(Value<AudioPidSelection> value) {
      return set("AudioPidSelection", value);
    }

    /**
     * Information about the audio track to extract.
     *
     * <p>CloudFormation property {@code AudioTrackSelection}.
     */
    public AudioSelectorSettings audioTrackSelection(Value<AudioTrackSelection> value) {
      return set("AudioTrackSelection", value);
    }
  }

  /**
   * MediaLive will perform a failover if audio is not detected in this input for the specified
   * period.
   *
   * <p>The parent of this entity is FailoverConditionSettings.
   *
   * <p>Property type {@code AWS::MediaLive::Channel.AudioSilenceFailoverSettings}.
   */
  public static final class AudioSilenceFailoverSettings extends Struct<AudioSilenceFailoverSettings> {
    private static final Schema SCHEMA = Schema.of("AWS::MediaLive::Channel.AudioSilenceFailoverSettings");

    public AudioSilenceFailoverSettings() {
      super(SCHEMA);
    }

    /**
     * The name of the audio selector in the input that MediaLive should monitor to detect silence.
     * Select your most important rendition. If you didn't create an audio selector in this input,
     * leave blank.
     *
     * <p>CloudFormation property {@code AudioSelectorName}.
     */
    public AudioSilenceFailoverSettings audioSelectorName(String value) {
      return set("AudioSelectorName", Value.of(value));
    }

    /** Sets {@code AudioSelectorName} to this value; see {@link #audioSelectorName(String)}. */
    public AudioSilenceFailoverSettings audioSelectorName(Value<String> value) {
      return set("AudioSelectorName", value);
    }

    /**
     * The amount of time (in milliseconds) that the active input must be silent before automatic
     * input failover occurs. Silence is defined as audio loss or audio quieter than -50 dBFS.
     *
     * <p>CloudFormation property {@code AudioSilenceThresholdMsec}.
     */
    public AudioSilenceFailoverSettings audioSilenceThresholdMsec(int value) {
      return set("AudioSilenceThresholdMsec", Value.of(value));
    }

    /**
     * Sets {@code AudioSilenceThresholdMsec} to this value; see {@link
     * #audioSilenceThresholdMsec(int)}.
     */
    public AudioSilenceFailoverSettings audioSilenceThresholdMsec(Value<Integer> value) {
      return set("AudioSilenceThresholdMsec", value);
    }
  }

  /**
   * Information about one audio track to extract. You can select multiple tracks.
   *
   * <p>The parent of this entity is AudioTrackSelection.
   *
   * <p>Property type {@code AWS::MediaLive::Channel.AudioTrack}.
   */
  public static final class AudioTrack extends Struct<AudioTrack> {
    private static final Schema SCHEMA = Schema.of("AWS::MediaLive::Channel.AudioTrack");

    public AudioTrack() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code PremixSettings}. */
    public AudioTrack premixSettings(Value<AudioPreMixerSettings> value) {
      return set("PremixSettings", value);
    }

    /**
     * 1-based integer value that maps to a specific audio track
     *
     * <p>CloudFormation property {@code Track}.
     */
    public AudioTrack track(int value) {
      return set("Track", Value.of(value));
    }

    /** Sets {@code Track} to this value; see {@link #track(int)}. */
    public AudioTrack track(Value<Integer> value) {
      return set("Track", value);
    }
  }

  /**
   * Information about the audio track to extract.
   *
   * <p>The parent of this entity is AudioSelectorSettings.
   *
   * <p>Property type {@code AWS::MediaLive::Channel.AudioTrackSelection}.
   */
  public static final class AudioTrackSelection extends Struct<AudioTrackSelection> {
    private static final Schema SCHEMA = Schema.of("AWS::MediaLive::Channel.AudioTrackSelection");

    public AudioTrackSelection() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code DolbyEDecode}. */
    public AudioTrackSelection dolbyEDecode(Value<AudioDolbyEDecode> value) {
      return set("DolbyEDecode", value);
    }

    /**
     * Selects one or more unique audio tracks from within a source.
     *
     * <p>CloudFormation property {@code Tracks}.
     */
    public AudioTrackSelection tracks(List<AudioTrack> value) {
      return set("Tracks", Value.listOf(value));
    }

    /** Sets {@code Tracks} to this value; see {@link #tracks(List)}. */
    public AudioTrackSelection tracks(Value<List<AudioTrack>> value) {
      return set("Tracks", value);
    }

    /** Sets {@code Tracks} to a list of these; see {@link #tracks(List)}. */
    public AudioTrackSelection tracks(AudioTrack... values) {
      return set("Tracks", Value.list(values));
    }
  }

  /**
   * Audio Watermark Settings
   *
   * <p>The parent of this entity is AudioDescription.
   *
   * <p>Property type {@code AWS::MediaLive::Channel.AudioWatermarkSettings}.
   */
  public static final class AudioWatermarkSettings extends Struct<AudioWatermarkSettings> {
    private static final Schema SCHEMA = Schema.of("AWS::MediaLive::Channel.AudioWatermarkSettings");

    public AudioWatermarkSettings() {
      super(SCHEMA);
    }

    /**
     * Settings to configure Nielsen Watermarks in the audio encode
     *
     * <p>CloudFormation property {@code NielsenWatermarksSettings}.
     */
    public AudioWatermarkSettings nielsenWatermarksSettings(Value<NielsenWatermarksSettings> value) {
      return set("NielsenWatermarksSettings", value);
    }
  }

  /**
   * Settings to configure the conditions that will define the input as unhealthy and that will make
   * MediaLive fail over to the other input in the input failover pair.
   *
   * <p>The parent of this entity is InputAttachment.
   *
   * <p>Property type {@code AWS::MediaLive::Channel.AutomaticInputFailoverSettings}.
   */
  public static final class AutomaticInputFailoverSettings extends Struct<AutomaticInputFailoverSettings> {
    private static final Schema SCHEMA = Schema.of("AWS::MediaLive::Channel.AutomaticInputFailoverSettings");

    public AutomaticInputFailoverSettings() {
      super(SCHEMA);
    }

    /**
     * This clear time defines the requirement a recovered input must meet to be considered healthy.
     * The input must have no failover conditions for this length of time. Enter a time in
     * milliseconds. This value is particularly important if the input_preference for the failover
     * pair is set to PRIMARY_INPUT_PREFERRED, because after this time, MediaLive will switch back
     * to the primary input.
     *
     * <p>CloudFormation property {@code ErrorClearTimeMsec}.
     */
    public AutomaticInputFailoverSettings errorClearTimeMsec(int value) {
      return set("ErrorClearTimeMsec", Value.of(value));
    }

    /** Sets {@code ErrorClearTimeMsec} to this value; see {@link #errorClearTimeMsec(int)}. */
    public AutomaticInputFailoverSettings errorClearTimeMsec(Value<Integer> value) {
      return set("ErrorClearTimeMsec", value);
    }

    /**
     * A list of failover conditions. If any of these conditions occur, MediaLive will perform a
     * failover to the other input.
     *
     * <p>CloudFormation property {@code FailoverConditions}.
     */
    public AutomaticInputFailoverSettings failoverConditions(List<FailoverCondition> value) {
      return set("FailoverConditions", Value.listOf(value));
    }

    /** Sets {@code FailoverConditions} to this value; see {@link #failoverConditions(List)}. */
    public AutomaticInputFailoverSettings failoverConditions(Value<List<FailoverCondition>> value) {
      return set("FailoverConditions", value);
    }

    /**
     * Sets {@code FailoverConditions} to a list of these; see {@link #failoverConditions(List)}.
     */
    public AutomaticInputFailoverSettings failoverConditions(FailoverCondition... values) {
      return set("FailoverConditions", Value.list(values));
    }

    /**
     * Input preference when deciding which input to make active when a previously failed input has
     * recovered.
     *
     * <p>CloudFormation property {@code InputPreference}.
     */
    public AutomaticInputFailoverSettings inputPreference(String value) {
      return set("InputPreference", Value.of(value));
    }

    /** Sets {@code InputPreference} to this value; see {@link #inputPreference(String)}. */
    public AutomaticInputFailoverSettings inputPreference(Value<String> value) {
      return set("InputPreference", value);
    }

    /**
     * The input ID of the secondary input in the automatic input failover pair.
     *
     * <p>CloudFormation property {@code SecondaryInputId}.
     */
    public AutomaticInputFailoverSettings secondaryInputId(String value) {
      return set("SecondaryInputId", Value.of(value));
    }

    /** Sets {@code SecondaryInputId} to this value; see {@link #secondaryInputId(String)}. */
    public AutomaticInputFailoverSettings secondaryInputId(Value<String> value) {
      return set("SecondaryInputId", value);
    }
  }

  /** Property type {@code AWS::MediaLive::Channel.Av1ColorSpaceSettings}. */
  public static final class Av1ColorSpaceSettings extends Struct<Av1ColorSpaceSettings> {
    private static final Schema SCHEMA = Schema.of("AWS::MediaLive::Channel.Av1ColorSpaceSettings");

    public Av1ColorSpaceSettings() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code ColorSpacePassthroughSettings}. */
    public Av1ColorSpaceSettings colorSpacePassthroughSettings(Value<Json> value) {
      return set("ColorSpacePassthroughSettings", value);
    }

    /** CloudFormation property {@code Hdr10Settings}. */
    public Av1ColorSpaceSettings hdr10Settings(Value<Hdr10Settings> value) {
      return set("Hdr10Settings", value);
    }

    /** CloudFormation property {@code Hlg2020Settings}. */
    public Av1ColorSpaceSettings hlg2020Settings(Value<Json> value) {
      return set("Hlg2020Settings", value);
    }

    /** CloudFormation property {@code Rec601Settings}. */
    public Av1ColorSpaceSettings rec601Settings(Value<Json> value) {
      return set("Rec601Settings", value);
    }

    /** CloudFormation property {@code Rec709Settings}. */
    public Av1ColorSpaceSettings rec709Settings(Value<Json> value) {
      return set("Rec709Settings", value);
    }
  }

  /** Property type {@code AWS::MediaLive::Channel.Av1Settings}. */
  public static final class Av1Settings extends Struct<Av1Settings> {
    private static final Schema SCHEMA = Schema.of("AWS::MediaLive::Channel.Av1Settings");

    public Av1Settings() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code AfdSignaling}. */
    public Av1Settings afdSignaling(String value) {
      return set("AfdSignaling", Value.of(value));
    }

    /** Sets {@code AfdSignaling} to this value; see {@link #afdSignaling(String)}. */
    public Av1Settings afdSignaling(Value<String> value) {
      return set("AfdSignaling", value);
    }

    /** CloudFormation property {@code BitDepth}. */
    public Av1Settings bitDepth(String value) {
      return set("BitDepth", Value.of(value));
    }

    /** Sets {@code BitDepth} to this value; see {@link #bitDepth(String)}. */
    public Av1Settings bitDepth(Value<String> value) {
      return set("BitDepth", value);
    }

    /** CloudFormation property {@code Bitrate}. */
    public Av1Settings bitrate(int value) {
      return set("Bitrate", Value.of(value));
    }

    /** Sets {@code Bitrate} to this value; see {@link #bitrate(int)}. */
    public Av1Settings bitrate(Value<Integer> value) {
      return set("Bitrate", value);
    }

    /** CloudFormation property {@code BufSize}. */
    public Av1Settings bufSize(int value) {
      return set("BufSize", Value.of(value));
    }

    /** Sets {@code BufSize} to this value; see {@link #bufSize(int)}. */
    public Av1Settings bufSize(Value<Integer> value) {
      return set("BufSize", value);
    }

    /** CloudFormation property {@code ColorSpaceSettings}. */
    public Av1Settings colorSpaceSettings(Value<Av1ColorSpaceSettings> value) {
      return set("ColorSpaceSettings", value);
    }

    /** CloudFormation property {@code FixedAfd}. */
    public Av1Settings fixedAfd(String value) {
      return set("FixedAfd", Value.of(value));
    }

    /** Sets {@code FixedAfd} to this value; see {@link #fixedAfd(String)}. */
    public Av1Settings fixedAfd(Value<String> value) {
      return set("FixedAfd", value);
    }

    /** CloudFormation property {@code FramerateDenominator}. */
    public Av1Settings framerateDenominator(int value) {
      return set("FramerateDenominator", Value.of(value));
    }

    /** Sets {@code FramerateDenominator} to this value; see {@link #framerateDenominator(int)}. */
    public Av1Settings framerateDenominator(Value<Integer> value) {
      return set("FramerateDenominator", value);
    }

    /** CloudFormation property {@code FramerateNumerator}. */
    public Av1Settings framerateNumerator(int value) {
      return set("FramerateNumerator", Value.of(value));
    }

    /** Sets {@code FramerateNumerator} to this value; see {@link #framerateNumerator(int)}. */
    public Av1Settings framerateNumerator(Value<Integer> value) {
      return set("FramerateNumerator", value);
    }

    /** CloudFormation property {@code GopSize}. */
    public Av1Settings gopSize(double value) {
      return set("GopSize", Value.of(value));
    }

    /** Sets {@code GopSize} to this value; see {@link #gopSize(double)}. */
    public Av1Settings gopSize(Value<Double> value) {
      return set("GopSize", value);
    }

    /** CloudFormation property {@code GopSizeUnits}. */
    public Av1Settings gopSizeUnits(String value) {
      return set("GopSizeUnits", Value.of(value));
    }

    /** Sets {@code GopSizeUnits} to this value; see {@link #gopSizeUnits(String)}. */
    public Av1Settings gopSizeUnits(Value<String> value) {
      return set("GopSizeUnits", value);
    }

    /** CloudFormation property {@code Level}. */
    public Av1Settings level(String value) {
      return set("Level", Value.of(value));
    }

    /** Sets {@code Level} to this value; see {@link #level(String)}. */
    public Av1Settings level(Value<String> value) {
      return set("Level", value);
    }

    /** CloudFormation property {@code LookAheadRateControl}. */
    public Av1Settings lookAheadRateControl(String value) {
      return set("LookAheadRateControl", Value.of(value));
    }

    /**
     * Sets {@code LookAheadRateControl} to this value; see {@link #lookAheadRateControl(String)}.
     */
    public Av1Settings lookAheadRateControl(Value<String> value) {
      return set("LookAheadRateControl", value);
    }

    /** CloudFormation property {@code MaxBitrate}. */
    public Av1Settings maxBitrate(int value) {
      return set("MaxBitrate", Value.of(value));
    }

    /** Sets {@code MaxBitrate} to this value; see {@link #maxBitrate(int)}. */
    public Av1Settings maxBitrate(Value<Integer> value) {
      return set("MaxBitrate", value);
    }

    /** CloudFormation property {@code MinBitrate}. */
    public Av1Settings minBitrate(int value) {
      return set("MinBitrate", Value.of(value));
    }

    /** Sets {@code MinBitrate} to this value; see {@link #minBitrate(int)}. */
    public Av1Settings minBitrate(Value<Integer> value) {
      return set("MinBitrate", value);
    }

    /** CloudFormation property {@code MinIInterval}. */
    public Av1Settings minIInterval(int value) {
      return set("MinIInterval", Value.of(value));
    }

    /** Sets {@code MinIInterval} to this value; see {@link #minIInterval(int)}. */
    public Av1Settings minIInterval(Value<Integer> value) {
      return set("MinIInterval", value);
    }

    /** CloudFormation property {@code ParDenominator}. */
    public Av1Settings parDenominator(int value) {
      return set("ParDenominator", Value.of(value));
    }

    /** Sets {@code ParDenominator} to this value; see {@link #parDenominator(int)}. */
    public Av1Settings parDenominator(Value<Integer> value) {
      return set("ParDenominator", value);
    }

    /** CloudFormation property {@code ParNumerator}. */
    public Av1Settings parNumerator(int value) {
      return set("ParNumerator", Value.of(value));
    }

    /** Sets {@code ParNumerator} to this value; see {@link #parNumerator(int)}. */
    public Av1Settings parNumerator(Value<Integer> value) {
      return set("ParNumerator", value);
    }

    /** CloudFormation property {@code QvbrQualityLevel}. */
    public Av1Settings qvbrQualityLevel(int value) {
      return set("QvbrQualityLevel", Value.of(value));
    }

    /** Sets {@code QvbrQualityLevel} to this value; see {@link #qvbrQualityLevel(int)}. */
    public Av1Settings qvbrQualityLevel(Value<Integer> value) {
      return set("QvbrQualityLevel", value);
    }

    /** CloudFormation property {@code RateControlMode}. */
    public Av1Settings rateControlMode(String value) {
      return set("RateControlMode", Value.of(value));
    }

    /** Sets {@code RateControlMode} to this value; see {@link #rateControlMode(String)}. */
    public Av1Settings rateControlMode(Value<String> value) {
      return set("RateControlMode", value);
    }

    /** CloudFormation property {@code SceneChangeDetect}. */
    public Av1Settings sceneChangeDetect(String value) {
      return set("SceneChangeDetect", Value.of(value));
    }

    /** Sets {@code SceneChangeDetect} to this value; see {@link #sceneChangeDetect(String)}. */
    public Av1Settings sceneChangeDetect(Value<String> value) {
      return set("SceneChangeDetect", value);
    }

    /** CloudFormation property {@code SpatialAq}. */
    public Av1Settings spatialAq(String value) {
      return set("SpatialAq", Value.of(value));
    }

    /** Sets {@code SpatialAq} to this value; see {@link #spatialAq(String)}. */
    public Av1Settings spatialAq(Value<String> value) {
      return set("SpatialAq", value);
    }

    /** CloudFormation property {@code TemporalAq}. */
    public Av1Settings temporalAq(String value) {
      return set("TemporalAq", Value.of(value));
    }

    /** Sets {@code TemporalAq} to this value; see {@link #temporalAq(String)}. */
    public Av1Settings temporalAq(Value<String> value) {
      return set("TemporalAq", value);
    }

    /** CloudFormation property {@code TimecodeBurninSettings}. */
    public Av1Settings timecodeBurninSettings(Value<TimecodeBurninSettings> value) {
      return set("TimecodeBurninSettings", value);
    }

    /** CloudFormation property {@code TimecodeInsertion}. */
    public Av1Settings timecodeInsertion(String value) {
      return set("TimecodeInsertion", Value.of(value));
    }

    /** Sets {@code TimecodeInsertion} to this value; see {@link #timecodeInsertion(String)}. */
    public Av1Settings timecodeInsertion(Value<String> value) {
      return set("TimecodeInsertion", value);
    }
  }

  /**
   * The configuration of ad avail blanking in the output.
   *
   * <p>The parent of this entity is EncoderSettings.
   *
   * <p>Property type {@code AWS::MediaLive::Channel.AvailBlanking}.
   */
  public static final class AvailBlanking extends Struct<AvailBlanking> {
    private static final Schema SCHEMA = Schema.of("AWS::MediaLive::Channel.AvailBlanking");

    public AvailBlanking() {
      super(SCHEMA);
    }

    /**
     * The blanking image to be used. Keep empty for solid black. Only .bmp and .png images are
     * supported.
     *
     * <p>CloudFormation property {@code AvailBlankingImage}.
     */
    public AvailBlanking availBlankingImage(Value<InputLocation> value) {
      return set("AvailBlankingImage", value);
    }

    /**
     * When set to enabled, the video, audio, and captions are blanked when insertion metadata is
     * added.
     *
     * <p>CloudFormation property {@code State}.
     */
    public AvailBlanking state(String value) {
      return set("State", Value.of(value));
    }

    /** Sets {@code State} to this value; see {@link #state(String)}. */
    public AvailBlanking state(Value<String> value) {
      return set("State", value);
    }
  }

  /**
   * The setup of ad avail handling in the output.
   *
   * <p>The parent of this entity is EncoderSettings.
   *
   * <p>Property type {@code AWS::MediaLive::Channel.AvailConfiguration}.
   */
  public static final class AvailConfiguration extends Struct<AvailConfiguration> {
    private static final Schema SCHEMA = Schema.of("AWS::MediaLive::Channel.AvailConfiguration");

    public AvailConfiguration() {
      super(SCHEMA);
    }

    /**
     * The setup of ad avail handling in the output.
     *
     * <p>CloudFormation property {@code AvailSettings}.
     */
    public AvailConfiguration availSettings(Value<AvailSettings> value) {
      return set("AvailSettings", value);
    }

    /** CloudFormation property {@code Scte35SegmentationScope}. */
    public AvailConfiguration scte35SegmentationScope(String value) {
      return set("Scte35SegmentationScope", Value.of(value));
    }

    /**
     * Sets {@code Scte35SegmentationScope} to this value; see {@link
     * #scte35SegmentationScope(String)}.
     */
    public AvailConfiguration scte35SegmentationScope(Value<String> value) {
      return set("Scte35SegmentationScope", value);
    }
  }

  /**
   * The settings for the ad avail setup in the output.
   *
   * <p>The parent of this entity is AvailConfiguration.
   *
   * <p>Property type {@code AWS::MediaLive::Channel.AvailSettings}.
   */
  public static final class AvailSettings extends Struct<AvailSettings> {
    private static final Schema SCHEMA = Schema.of("AWS::MediaLive::Channel.AvailSettings");

    public AvailSettings() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code Esam}. */
    public AvailSettings esam(Value<Esam> value) {
      return set("Esam", value);
    }

    /**
     * The setup for SCTE-35 splice insert handling.
     *
     * <p>CloudFormation property {@code Scte35SpliceInsert}.
     */
    public AvailSettings scte35SpliceInsert(Value<Scte35SpliceInsertTimeSignalAposSettings> value) {
      return set("Scte35SpliceInsert", value);
    }

    /**
     * The setup for SCTE-35 time signal APOS handling.
     *
     * <p>CloudFormation property {@code Scte35TimeSignalApos}.
     */
    public AvailSettings scte35TimeSignalApos(Value<Scte35SpliceInsertTimeSignalAposSettings> value) {
      return set("Scte35TimeSignalApos", value);
    }
  }

  /** Property type {@code AWS::MediaLive::Channel.BandwidthReductionFilterSettings}. */
  public static final class BandwidthReductionFilterSettings extends Struct<BandwidthReductionFilterSettings> {
    private static final Schema SCHEMA = Schema.of("AWS::MediaLive::Channel.BandwidthReductionFilterSettings");

    public BandwidthReductionFilterSettings() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code PostFilterSharpening}. */
    public BandwidthReductionFilterSettings postFilterSharpening(String value) {
      return set("PostFilterSharpening", Value.of(value));
    }

    /**
     * Sets {@code PostFilterSharpening} to this value; see {@link #postFilterSharpening(String)}.
     */
    public BandwidthReductionFilterSettings postFilterSharpening(Value<String> value) {
      return set("PostFilterSharpening", value);
    }

    /** CloudFormation property {@code Strength}. */
    public BandwidthReductionFilterSettings strength(String value) {
      return set("Strength", Value.of(value));
    }

    /** Sets {@code Strength} to this value; see {@link #strength(String)}. */
    public BandwidthReductionFilterSettings strength(Value<String> value) {
      return set("Strength", value);
    }
  }

  /**
   * The settings for a blackout slate.
   *
   * <p>The parent of this entity is EncoderSettings.
   *
   * <p>Property type {@code AWS::MediaLive::Channel.BlackoutSlate}.
   */
  public static final class BlackoutSlate extends Struct<BlackoutSlate> {
    private static final Schema SCHEMA = Schema.of("AWS::MediaLive::Channel.BlackoutSlate");

    public BlackoutSlate() {
      super(SCHEMA);
    }

    /**
     * The blackout slate image to be used. Keep empty for solid black. Only .bmp and .png images
     * are supported.
     *
     * <p>CloudFormation property {@code BlackoutSlateImage}.
     */
    public BlackoutSlate blackoutSlateImage(Value<InputLocation> value) {
      return set("BlackoutSlateImage", value);
    }

    /**
     * Setting to enabled causes MediaLive to blackout the video, audio, and captions, and raise the
     * "Network Blackout Image" slate when an SCTE104/35 Network End Segmentation Descriptor is
     * encountered. The blackout is lifted when the Network Start Segmentation Descriptor is
     * encountered. The Network End and Network Start descriptors must contain a network ID that
     * matches the value entered in Network ID.
     *
     * <p>CloudFormation property {@code NetworkEndBlackout}.
     */
    public BlackoutSlate networkEndBlackout(String value) {
      return set("NetworkEndBlackout", Value.of(value));
    }

    /** Sets {@code NetworkEndBlackout} to this value; see {@link #networkEndBlackout(String)}. */
    public BlackoutSlate networkEndBlackout(Value<String> value) {
      return set("NetworkEndBlackout", value);
    }

    /**
     * The path to the local file to use as the Network End Blackout image. The image is scaled to
     * fill the entire output raster.
     *
     * <p>CloudFormation property {@code NetworkEndBlackoutImage}.
     */
    public BlackoutSlate networkEndBlackoutImage(Value<InputLocation> value) {
      return set("NetworkEndBlackoutImage", value);
    }

    /**
     * Provides a Network ID that matches EIDR ID format (for example,
     * "10.XXXX/XXXX-XXXX-XXXX-XXXX-XXXX-C").
     *
     * <p>CloudFormation property {@code NetworkId}.
     */
    public BlackoutSlate networkId(String value) {
      return set("NetworkId", Value.of(value));
    }

    /** Sets {@code NetworkId} to this value; see {@link #networkId(String)}. */
    public BlackoutSlate networkId(Value<String> value) {
      return set("NetworkId", value);
    }

    /**
     * When set to enabled, this causes video, audio, and captions to be blanked when indicated by
     * program metadata.
     *
     * <p>CloudFormation property {@code State}.
     */
    public BlackoutSlate state(String value) {
      return set("State", Value.of(value));
    }

    /** Sets {@code State} to this value; see {@link #state(String)}. */
    public BlackoutSlate state(Value<String> value) {
      return set("State", value);
    }
  }

  /**
   * The settings for burn-in captions in the output.
   *
   * <p>The parent of this entity is CaptionDestinationSettings.
   *
   * <p>Property type {@code AWS::MediaLive::Channel.BurnInDestinationSettings}.
   */
  public static final class BurnInDestinationSettings extends Struct<BurnInDestinationSettings> {
    private static final Schema SCHEMA = Schema.of("AWS::MediaLive::Channel.BurnInDestinationSettings");

    public BurnInDestinationSettings() {
      super(SCHEMA);
    }

    /**
     * If no explicit xPosition or yPosition is provided, setting alignment to centered places the
     * captions at the bottom center of the output. Similarly, setting a left alignment aligns
     * captions to the bottom left of the output. If x and y positions are specified in conjunction
     * with the alignment parameter, the font is justified (either left or centered) relative to
     * those coordinates. Selecting "smart" justification left-justifies live subtitles and
     * center-justifies pre-recorded subtitles. All burn-in and DVB-Sub font settings must match.
     *
     * <p>CloudFormation property {@code Alignment}.
     */
    public BurnInDestinationSettings alignment(String value) {
      return set("Alignment", Value.of(value));
    }

    /** Sets {@code Alignment} to this value; see {@link #alignment(String)}. */
    public BurnInDestinationSettings alignment(Value<String> value) {
      return set("Alignment", value);
    }

    /**
     * Specifies the color of the rectangle behind the captions. All burn-in and DVB-Sub font
     * settings must match.
     *
     * <p>CloudFormation property {@code BackgroundColor}.
     */
    public BurnInDestinationSettings backgroundColor(String value) {
      return set("BackgroundColor", Value.of(value));
    }

    /** Sets {@code BackgroundColor} to this value; see {@link #backgroundColor(String)}. */
    public BurnInDestinationSettings backgroundColor(Value<String> value) {
      return set("BackgroundColor", value);
    }

    /**
     * Specifies the opacity of the background rectangle. 255 is opaque; 0 is transparent. Keeping
     * this parameter blank is equivalent to setting it to 0 (transparent). All burn-in and DVB-Sub
     * font settings must match.
     *
     * <p>CloudFormation property {@code BackgroundOpacity}.
     */
    public BurnInDestinationSettings backgroundOpacity(int value) {
      return set("BackgroundOpacity", Value.of(value));
    }

    /** Sets {@code BackgroundOpacity} to this value; see {@link #backgroundOpacity(int)}. */
    public BurnInDestinationSettings backgroundOpacity(Value<Integer> value) {
      return set("BackgroundOpacity", value);
    }

    /**
     * The external font file that is used for captions burn-in. The file extension must be .ttf or
     * .tte. Although you can select output fonts for many different types of input captions,
     * embedded, STL, and Teletext sources use a strict grid system. Using external fonts with these
     * captions sources could cause an unexpected display of proportional fonts. All burn-in and
     * DVB-Sub font settings must match.
     *
     * <p>CloudFormation property {@code Font}.
     */
    public BurnInDestinationSettings font(Value<InputLocation> value) {
      return set("Font", value);
    }

    /**
     * Specifies the color of the burned-in captions. This option is not valid for source captions
     * that are STL, 608/embedded, or Teletext. These source settings are already pre-defined by the
     * captions stream. All burn-in and DVB-Sub font settings must match.
     *
     * <p>CloudFormation property {@code FontColor}.
     */
    public BurnInDestinationSettings fontColor(String value) {
      return set("FontColor", Value.of(value));
    }

    /** Sets {@code FontColor} to this value; see {@link #fontColor(String)}. */
    public BurnInDestinationSettings fontColor(Value<String> value) {
      return set("FontColor", value);
    }

    /**
     * Specifies the opacity of the burned-in captions. 255 is opaque; 0 is transparent. All burn-in
     * and DVB-Sub font settings must match.
     *
     * <p>CloudFormation property {@code FontOpacity}.
     */
    public BurnInDestinationSettings fontOpacity(int value) {
      return set("FontOpacity", Value.of(value));
    }

    /** Sets {@code FontOpacity} to this value; see {@link #fontOpacity(int)}. */
    public BurnInDestinationSettings fontOpacity(Value<Integer> value) {
      return set("FontOpacity", value);
    }

    /**
     * The font resolution in DPI (dots per inch). The default is 96 dpi. All burn-in and DVB-Sub
     * font settings must match.
     *
     * <p>CloudFormation property {@code FontResolution}.
     */
    public BurnInDestinationSettings fontResolution(int value) {
      return set("FontResolution", Value.of(value));
    }

    /** Sets {@code FontResolution} to this value; see {@link #fontResolution(int)}. */
    public BurnInDestinationSettings fontResolution(Value<Integer> value) {
      return set("FontResolution", value);
    }

    /**
     * When set to auto, fontSize scales depending on the size of the output. Providing a positive
     * integer specifies the exact font size in points. All burn-in and DVB-Sub font settings must
     * match.
     *
     * <p>CloudFormation property {@code FontSize}.
     */
    public BurnInDestinationSettings fontSize(String value) {
      return set("FontSize", Value.of(value));
    }

    /** Sets {@code FontSize} to this value; see {@link #fontSize(String)}. */
    public BurnInDestinationSettings fontSize(Value<String> value) {
      return set("FontSize", value);
    }

    /**
     * Specifies the font outline color. This option is not valid for source captions that are
     * either 608/embedded or Teletext. These source settings are already pre-defined by the
     * captions stream. All burn-in and DVB-Sub font settings must match.
     *
     * <p>CloudFormation property {@code OutlineColor}.
     */
    public BurnInDestinationSettings outlineColor(String value) {
      return set("OutlineColor", Value.of(value));
    }

    /** Sets {@code OutlineColor} to this value; see {@link #outlineColor(String)}. */
    public BurnInDestinationSettings outlineColor(Value<String> value) {
      return set("OutlineColor", value);
    }

    /**
     * Specifies font outline size in pixels. This option is not valid for source captions that are
     * either 608/embedded or Teletext. These source settings are already pre-defined by the
     * captions stream. All burn-in and DVB-Sub font settings must match.
     *
     * <p>CloudFormation property {@code OutlineSize}.
     */
    public BurnInDestinationSettings outlineSize(int value) {
      return set("OutlineSize", Value.of(value));
    }

    /** Sets {@code OutlineSize} to this value; see {@link #outlineSize(int)}. */
    public BurnInDestinationSettings outlineSize(Value<Integer> value) {
      return set("OutlineSize", value);
    }

    /**
     * Specifies the color of the shadow cast by the captions. All burn-in and DVB-Sub font settings
     * must match.
     *
     * <p>CloudFormation property {@code ShadowColor}.
     */
    public BurnInDestinationSettings shadowColor(String value) {
      return set("ShadowColor", Value.of(value));
    }

    /** Sets {@code ShadowColor} to this value; see {@link #shadowColor(String)}. */
    public BurnInDestinationSettings shadowColor(Value<String> value) {
      return set("ShadowColor", value);
    }

    /**
     * Specifies the opacity of the shadow. 255 is opaque; 0 is transparent. Keeping this parameter
     * blank is equivalent to setting it to 0 (transparent). All burn-in and DVB-Sub font settings
     * must match.
     *
     * <p>CloudFormation property {@code ShadowOpacity}.
     */
    public BurnInDestinationSettings shadowOpacity(int value) {
      return set("ShadowOpacity", Value.of(value));
    }

    /** Sets {@code ShadowOpacity} to this value; see {@link #shadowOpacity(int)}. */
    public BurnInDestinationSettings shadowOpacity(Value<Integer> value) {
      return set("ShadowOpacity", value);
    }

    /**
     * Specifies the horizontal offset of the shadow that is relative to the captions in pixels. A
     * value of -2 would result in a shadow offset 2 pixels to the left. All burn-in and DVB-Sub
     * font settings must match.
     *
     * <p>CloudFormation property {@code ShadowXOffset}.
     */
    public BurnInDestinationSettings shadowXOffset(int value) {
      return set("ShadowXOffset", Value.of(value));
    }

    /** Sets {@code ShadowXOffset} to this value; see {@link #shadowXOffset(int)}. */
    public BurnInDestinationSettings shadowXOffset(Value<Integer> value) {
      return set("ShadowXOffset", value);
    }

    /**
     * Specifies the vertical offset of the shadow that is relative to the captions in pixels. A
     * value of -2 would result in a shadow offset 2 pixels above the text. All burn-in and DVB-Sub
     * font settings must match.
     *
     * <p>CloudFormation property {@code ShadowYOffset}.
     */
    public BurnInDestinationSettings shadowYOffset(int value) {
      return set("ShadowYOffset", Value.of(value));
    }

    /** Sets {@code ShadowYOffset} to this value; see {@link #shadowYOffset(int)}. */
    public BurnInDestinationSettings shadowYOffset(Value<Integer> value) {
      return set("ShadowYOffset", value);
    }

    /** CloudFormation property {@code SubtitleRows}. */
    public BurnInDestinationSettings subtitleRows(String value) {
      return set("SubtitleRows", Value.of(value));
    }

    /** Sets {@code SubtitleRows} to this value; see {@link #subtitleRows(String)}. */
    public BurnInDestinationSettings subtitleRows(Value<String> value) {
      return set("SubtitleRows", value);
    }

    /**
     * Controls whether a fixed grid size is used to generate the output subtitles bitmap. This
     * applies only to Teletext inputs and DVB-Sub/Burn-in outputs.
     *
     * <p>CloudFormation property {@code TeletextGridControl}.
     */
    public BurnInDestinationSettings teletextGridControl(String value) {
      return set("TeletextGridControl", Value.of(value));
    }

    /** Sets {@code TeletextGridControl} to this value; see {@link #teletextGridControl(String)}. */
    public BurnInDestinationSettings teletextGridControl(Value<String> value) {
      return set("TeletextGridControl", value);
    }

    /**
     * Specifies the horizontal position of the captions relative to the left side of the output in
     * pixels. A value of 10 would result in the captions starting 10 pixels from the left of the
     * output. If no explicit xPosition is provided, the horizontal captions position is determined
     * by the alignment parameter. All burn-in and DVB-Sub font settings must match.
     *
     * <p>CloudFormation property {@code XPosition}.
     */
    public BurnInDestinationSettings xPosition(int value) {
      return set("XPosition", Value.of(value));
    }

    /** Sets {@code XPosition} to this value; see {@link #xPosition(int)}. */
    public BurnInDestinationSettings xPosition(Value<Integer> value) {
      return set("XPosition", value);
    }

    /**
     * Specifies the vertical position of the captions relative to the top of the output in pixels.
     * A value of 10 would result in the captions starting 10 pixels from the top of the output. If
     * no explicit yPosition is provided, the captions are positioned towards the bottom of the
     * output. All burn-in and DVB-Sub font settings must match.
     *
     * <p>CloudFormation property {@code YPosition}.
     */
    public BurnInDestinationSettings yPosition(int value) {
      return set("YPosition", Value.of(value));
    }

    /** Sets {@code YPosition} to this value; see {@link #yPosition(int)}. */
    public BurnInDestinationSettings yPosition(Value<Integer> value) {
      return set("YPosition", value);
    }
  }

  /**
   * The encoding information for output captions.
   *
   * <p>The parent of this entity is EncoderSettings.
   *
   * <p>Property type {@code AWS::MediaLive::Channel.CaptionDescription}.
   */
  public static final class CaptionDescription extends Struct<CaptionDescription> {
    private static final Schema SCHEMA = Schema.of("AWS::MediaLive::Channel.CaptionDescription");

    public CaptionDescription() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code Accessibility}. */
    public CaptionDescription accessibility(String value) {
      return set("Accessibility", Value.of(value));
    }

    /** Sets {@code Accessibility} to this value; see {@link #accessibility(String)}. */
    public CaptionDescription accessibility(Value<String> value) {
      return set("Accessibility", value);
    }

    /** CloudFormation property {@code CaptionDashRoles}. */
    public CaptionDescription captionDashRoles(List<String> value) {
      return set("CaptionDashRoles", Value.listOf(value));
    }

    /** Sets {@code CaptionDashRoles} to this value; see {@link #captionDashRoles(List)}. */
    public CaptionDescription captionDashRoles(Value<List<String>> value) {
      return set("CaptionDashRoles", value);
    }

    /**
     * Specifies which input captions selector to use as a captions source when generating output
     * captions. This field should match a captionSelector name.
     *
     * <p>CloudFormation property {@code CaptionSelectorName}.
     */
    public CaptionDescription captionSelectorName(String value) {
      return set("CaptionSelectorName", Value.of(value));
    }

    /** Sets {@code CaptionSelectorName} to this value; see {@link #captionSelectorName(String)}. */
    public CaptionDescription captionSelectorName(Value<String> value) {
      return set("CaptionSelectorName", value);
    }

    /**
     * Additional settings for a captions destination that depend on the destination type.
     *
     * <p>CloudFormation property {@code DestinationSettings}.
     */
    public CaptionDescription destinationSettings(Value<CaptionDestinationSettings> value) {
      return set("DestinationSettings", value);
    }

    /** CloudFormation property {@code DvbDashAccessibility}. */
    public CaptionDescription dvbDashAccessibility(String value) {
      return set("DvbDashAccessibility", Value.of(value));
    }

    /**
     * Sets {@code DvbDashAccessibility} to this value; see {@link #dvbDashAccessibility(String)}.
     */
    public CaptionDescription dvbDashAccessibility(Value<String> value) {
      return set("DvbDashAccessibility", value);
    }

    /**
     * An ISO 639-2 three-digit code. For more information, see
     * http://www.loc.gov/standards/iso639-2/.
     *
     * <p>CloudFormation property {@code LanguageCode}.
     */
    public CaptionDescription languageCode(String value) {
      return set("LanguageCode", Value.of(value));
    }

    /** Sets {@code LanguageCode} to this value; see {@link #languageCode(String)}. */
    public CaptionDescription languageCode(Value<String> value) {
      return set("LanguageCode", value);
    }

    /**
     * Human-readable information to indicate the captions that are available for players (for
     * example, English or Spanish).
     *
     * <p>CloudFormation property {@code LanguageDescription}.
     */
    public CaptionDescription languageDescription(String value) {
      return set("LanguageDescription", Value.of(value));
    }

    /** Sets {@code LanguageDescription} to this value; see {@link #languageDescription(String)}. */
    public CaptionDescription languageDescription(Value<String> value) {
      return set("LanguageDescription", value);
    }

    /**
     * The name of the captions description. The name is used to associate a captions description
     * with an output. Names must be unique within a channel.
     *
     * <p>CloudFormation property {@code Name}.
     */
    public CaptionDescription name(String value) {
      return set("Name", Value.of(value));
    }

    /** Sets {@code Name} to this value; see {@link #name(String)}. */
    public CaptionDescription name(Value<String> value) {
      return set("Name", value);
    }
  }

  /**
   * The configuration of one captions encode in the output.
   *
   * <p>The parent of this entity is CaptionDescription.
   *
   * <p>Property type {@code AWS::MediaLive::Channel.CaptionDestinationSettings}.
   */
  public static final class CaptionDestinationSettings extends Struct<CaptionDestinationSettings> {
    private static final Schema SCHEMA = Schema.builder("AWS::MediaLive::Channel.CaptionDestinationSettings")
        .constrain("EmbeddedDestinationSettings", Constraint.of().format("json"))
        .build();

    public CaptionDestinationSettings() {
      super(SCHEMA);
    }

    /**
     * The configuration of one ARIB captions encode in the output.
     *
     * <p>CloudFormation property {@code AribDestinationSettings}.
     */
    public CaptionDestinationSettings aribDestinationSettings(Value<Json> value) {
      return set("AribDestinationSettings", value);
    }

    /**
     * The configuration of one burn-in captions encode in the output.
     *
     * <p>CloudFormation property {@code BurnInDestinationSettings}.
     */
    public CaptionDestinationSettings burnInDestinationSettings(Value<BurnInDestinationSettings> value) {
      return set("BurnInDestinationSettings", value);
    }

    /**
     * The configuration of one DVB Sub captions encode in the output.
     *
     * <p>CloudFormation property {@code DvbSubDestinationSettings}.
     */
    public CaptionDestinationSettings dvbSubDestinationSettings(Value<DvbSubDestinationSettings> value) {
      return set("DvbSubDestinationSettings", value);
    }

    /**
     * Settings for EBU-TT captions in the output.
     *
     * <p>CloudFormation property {@code EbuTtDDestinationSettings}.
     */
    public CaptionDestinationSettings ebuTtDDestinationSettings(Value<EbuTtDDestinationSettings> value) {
      return set("EbuTtDDestinationSettings", value);
    }

    /**
     * The configuration of one embedded captions encode in the output.
     *
     * <p>Format: {@code json}. CloudFormation property {@code EmbeddedDestinationSettings}.
     */
    public CaptionDestinationSettings embeddedDestinationSettings(Value<EmbeddedDestinationSettings> value) {
      return set("EmbeddedDestinationSettings", value);
    }

    /**
     * The configuration of one embedded plus SCTE-20 captions encode in the output.
     *
     * <p>CloudFormation property {@code EmbeddedPlusScte20DestinationSettings}.
     */
    public CaptionDestinationSettings embeddedPlusScte20DestinationSettings(Value<Json> value) {
      return set("EmbeddedPlusScte20DestinationSettings", value);
    }

    /**
     * The configuration of one RTMPCaptionInfo captions encode in the output.
     *
     * <p>CloudFormation property {@code RtmpCaptionInfoDestinationSettings}.
     */
    public CaptionDestinationSettings rtmpCaptionInfoDestinationSettings(Value<Json> value) {
      return set("RtmpCaptionInfoDestinationSettings", value);
    }

    /**
     * The configuration of one SCTE20 plus embedded captions encode in the output.
     *
     * <p>CloudFormation property {@code Scte20PlusEmbeddedDestinationSettings}.
     */
    public CaptionDestinationSettings scte20PlusEmbeddedDestinationSettings(Value<Json> value) {
      return set("Scte20PlusEmbeddedDestinationSettings", value);
    }

    /**
     * The configuration of one SCTE-27 captions encode in the output.
     *
     * <p>CloudFormation property {@code Scte27DestinationSettings}.
     */
    public CaptionDestinationSettings scte27DestinationSettings(Value<Json> value) {
      return set("Scte27DestinationSettings", value);
    }

    /**
     * The configuration of one SMPTE-TT captions encode in the output.
     *
     * <p>CloudFormation property {@code SmpteTtDestinationSettings}.
     */
    public CaptionDestinationSettings smpteTtDestinationSettings(Value<Json> value) {
      return set("SmpteTtDestinationSettings", value);
    }

    /**
     * The configuration of one Teletext captions encode in the output.
     *
     * <p>CloudFormation property {@code TeletextDestinationSettings}.
     */
    public CaptionDestinationSettings teletextDestinationSettings(Value<Json> value) {
      return set("TeletextDestinationSettings", value);
    }

    /**
     * The configuration of one TTML captions encode in the output.
     *
     * <p>CloudFormation property {@code TtmlDestinationSettings}.
     */
    public CaptionDestinationSettings ttmlDestinationSettings(Value<TtmlDestinationSettings> value) {
      return set("TtmlDestinationSettings", value);
    }

    /**
     * The configuration of one WebVTT captions encode in the output.
     *
     * <p>CloudFormation property {@code WebvttDestinationSettings}.
     */
    public CaptionDestinationSettings webvttDestinationSettings(Value<WebvttDestinationSettings> value) {
      return set("WebvttDestinationSettings", value);
    }
  }

  /**
   * Maps a captions channel to an ISO 693-2 language code (http://www.loc.gov/standards/iso639-2),
   * with an optional description.
   *
   * <p>The parent of this entity is HlsGroupSettings.
   *
   * <p>Property type {@code AWS::MediaLive::Channel.CaptionLanguageMapping}.
   */
  public static final class CaptionLanguageMapping extends Struct<CaptionLanguageMapping> {
    private static final Schema SCHEMA = Schema.of("AWS::MediaLive::Channel.CaptionLanguageMapping");

    public CaptionLanguageMapping() {
      super(SCHEMA);
    }

    /**
     * The closed caption channel being described by this CaptionLanguageMapping. Each channel
     * mapping must have a unique channel number (maximum of 4).
     *
     * <p>CloudFormation property {@code CaptionChannel}.
     */
    public CaptionLanguageMapping captionChannel(int value) {
      return set("CaptionChannel", Value.of(value));
    }

    /** Sets {@code CaptionChannel} to this value; see {@link #captionChannel(int)}. */
    public CaptionLanguageMapping captionChannel(Value<Integer> value) {
      return set("CaptionChannel", value);
    }

    /**
     * A three-character ISO 639-2 language code (see http://www.loc.gov/standards/iso639-2).
     *
     * <p>CloudFormation property {@code LanguageCode}.
     */
    public CaptionLanguageMapping languageCode(String value) {
      return set("LanguageCode", Value.of(value));
    }

    /** Sets {@code LanguageCode} to this value; see {@link #languageCode(String)}. */
    public CaptionLanguageMapping languageCode(Value<String> value) {
      return set("LanguageCode", value);
    }

    /**
     * The textual description of language.
     *
     * <p>CloudFormation property {@code LanguageDescription}.
     */
    public CaptionLanguageMapping languageDescription(String value) {
      return set("LanguageDescription", Value.of(value));
    }

    /** Sets {@code LanguageDescription} to this value; see {@link #languageDescription(String)}. */
    public CaptionLanguageMapping languageDescription(Value<String> value) {
      return set("LanguageDescription", value);
    }
  }

  /**
   * Settings to configure the caption rectangle for an output captions that will be created using
   * this Teletext source captions.
   *
   * <p>The parent of this entity is TeletextSourceSettings.
   *
   * <p>Property type {@code AWS::MediaLive::Channel.CaptionRectangle}.
   */
  public static final class CaptionRectangle extends Struct<CaptionRectangle> {
    private static final Schema SCHEMA = Schema.of("AWS::MediaLive::Channel.CaptionRectangle");

    public CaptionRectangle() {
      super(SCHEMA);
    }

    /**
     * See the description in leftOffset.
     *
     * <p>For height, specify the entire height of the rectangle as a percentage of the underlying
     * frame height. For example, &#92;"80&#92;" means the rectangle height is 80% of the underlying
     * frame height. The topOffset and rectangleHeight must add up to 100% or less. This field
     * corresponds to tts:extent - Y in the TTML standard.
     *
     * <p>CloudFormation property {@code Height}.
     */
    public CaptionRectangle height(double value) {
      return set("Height", Value.of(value));
    }

    /** Sets {@code Height} to this value; see {@link #height(double)}. */
    public CaptionRectangle height(Value<Double> value) {
      return set("Height", value);
    }

    /**
     * Applies only if you plan to convert these source captions to EBU-TT-D or TTML in an output.
     * (Make sure to leave the default if you don't have either of these formats in the output.) You
     * can define a display rectangle for the captions that is smaller than the underlying video
     * frame. You define the rectangle by specifying the position of the left edge, top edge, bottom
     * edge, and right edge of the rectangle, all within the underlying video frame. The units for
     * the measurements are percentages. If you specify a value for one of these fields, you must
     * specify a value for all of them.
     *
     * <p>For leftOffset, specify the position of the left edge of the rectangle, as a percentage of
     * the underlying frame width, and relative to the left edge of the frame. For example,
     * &#92;"10&#92;" means the measurement is 10% of the underlying frame width. The rectangle left
     * edge starts at that position from the left edge of the frame. This field corresponds to
     * tts:origin - X in the TTML standard.
     *
     * <p>CloudFormation property {@code LeftOffset}.
     */
    public CaptionRectangle leftOffset(double value) {
      return set("LeftOffset", Value.of(value));
    }

    /** Sets {@code LeftOffset} to this value; see {@link #leftOffset(double)}. */
    public CaptionRectangle leftOffset(Value<Double> value) {
      return set("LeftOffset", value);
    }

    /**
     * See the description in leftOffset.
     *
     * <p>For topOffset, specify the position of the top edge of the rectangle, as a percentage of
     * the underlying frame height, and relative to the top edge of the frame. For example,
     * &#92;"10&#92;" means the measurement is 10% of the underlying frame height. The rectangle top
     * edge starts at that position from the top edge of the frame. This field corresponds to
     * tts:origin - Y in the TTML standard.
     *
     * <p>CloudFormation property {@code TopOffset}.
     */
    public CaptionRectangle topOffset(double value) {
      return set("TopOffset", Value.of(value));
    }

    /** Sets {@code TopOffset} to this value; see {@link #topOffset(double)}. */
    public CaptionRectangle topOffset(Value<Double> value) {
      return set("TopOffset", value);
    }

    /**
     * See the description in leftOffset.
     *
     * <p>For width, specify the entire width of the rectangle as a percentage of the underlying
     * frame width. For example, &#92;"80&#92;" means the rectangle width is 80% of the underlying
     * frame width. The leftOffset and rectangleWidth must add up to 100% or less. This field
     * corresponds to tts:extent - X in the TTML standard.
     *
     * <p>CloudFormation property {@code Width}.
     */
    public CaptionRectangle width(double value) {
      return set("Width", Value.of(value));
    }

    /** Sets {@code Width} to this value; see {@link #width(double)}. */
    public CaptionRectangle width(Value<Double> value) {
      return set("Width", value);
    }
  }

  /**
   * Information about one caption to extract from the input.
   *
   * <p>The parent of this entity is InputSettings.
   *
   * <p>Property type {@code AWS::MediaLive::Channel.CaptionSelector}.
   */
  public static final class CaptionSelector extends Struct<CaptionSelector> {
    private static final Schema SCHEMA = Schema.of("AWS::MediaLive::Channel.CaptionSelector");

    public CaptionSelector() {
      super(SCHEMA);
    }

    /**
     * When specified, this field indicates the three-letter language code of the captions track to
     * extract from the source.
     *
     * <p>CloudFormation property {@code LanguageCode}.
     */
    public CaptionSelector languageCode(String value) {
      return set("LanguageCode", Value.of(value));
    }

    /** Sets {@code LanguageCode} to this value; see {@link #languageCode(String)}. */
    public CaptionSelector languageCode(Value<String> value) {
      return set("LanguageCode", value);
    }

    /**
     * The name identifier for a captions selector. This name is used to associate this captions
     * selector with one or more captions descriptions. Names must be unique within a channel.
     *
     * <p>CloudFormation property {@code Name}.
     */
    public CaptionSelector name(String value) {
      return set("Name", Value.of(value));
    }

    /** Sets {@code Name} to this value; see {@link #name(String)}. */
    public CaptionSelector name(Value<String> value) {
      return set("Name", value);
    }

    /**
     * Information about the specific audio to extract from the input.
     *
     * <p>CloudFormation property {@code SelectorSettings}.
     */
    public CaptionSelector selectorSettings(Value<CaptionSelectorSettings> value) {
      return set("SelectorSettings", value);
    }
  }

  /**
   * Captions Selector Settings
   *
   * <p>The parent of this entity is CaptionSelector.
   *
   * <p>Property type {@code AWS::MediaLive::Channel.CaptionSelectorSettings}.
   */
  public static final class CaptionSelectorSettings extends Struct<CaptionSelectorSettings> {
    private static final Schema SCHEMA = Schema.of("AWS::MediaLive::Channel.CaptionSelectorSettings");

    public CaptionSelectorSettings() {
      super(SCHEMA);
    }

    /**
     * Information about the ancillary captions to extract from the input.
     *
     * <p>CloudFormation property {@code AncillarySourceSettings}.
     */
    public CaptionSelectorSettings ancillarySourceSettings(Value<AncillarySourceSettings> value) {
      return set("AncillarySourceSettings", value);
    }

    /**
     * Information about the ARIB captions to extract from the input.
     *
     * <p>CloudFormation property {@code AribSourceSettings}.
     */
    public CaptionSelectorSettings aribSourceSettings(Value<Json> value) {
      return set("AribSourceSettings", value);
    }

    /**
     * Information about the DVB Sub captions to extract from the input.
     *
     * <p>CloudFormation property {@code DvbSubSourceSettings}.
     */
    public CaptionSelectorSettings dvbSubSourceSettings(Value<Scte27DvbSubSourceSettings> value) {
      return set("DvbSubSourceSettings", value);
    }

    /**
     * Information about the embedded captions to extract from the input.
     *
     * <p>CloudFormation property {@code EmbeddedSourceSettings}.
     */
    public CaptionSelectorSettings embeddedSourceSettings(Value<EmbeddedSourceSettings> value) {
      return set("EmbeddedSourceSettings", value);
    }

    /**
     * Information about the SCTE-20 captions to extract from the input.
     *
     * <p>CloudFormation property {@code Scte20SourceSettings}.
     */
    public CaptionSelectorSettings scte20SourceSettings(Value<Scte20SourceSettings> value) {
      return set("Scte20SourceSettings", value);
    }

    /**
     * Information about the SCTE-27 captions to extract from the input.
     *
     * <p>CloudFormation property {@code Scte27SourceSettings}.
     */
    public CaptionSelectorSettings scte27SourceSettings(Value<Scte27DvbSubSourceSettings> value) {
      return set("Scte27SourceSettings", value);
    }

    /** CloudFormation property {@code SmartSubtitleSourceSettings}. */
    public CaptionSelectorSettings smartSubtitleSourceSettings(Value<SmartSubtitleSourceSettings> value) {
      return set("SmartSubtitleSourceSettings", value);
    }

    /**
     * Information about the Teletext captions to extract from the input.
     *
     * <p>CloudFormation property {@code TeletextSourceSettings}.
     */
    public CaptionSelectorSettings teletextSourceSettings(Value<TeletextSourceSettings> value) {
      return set("TeletextSourceSettings", value);
    }
  }

  /**
   * The input specification for this channel. It specifies the key characteristics of CDI inputs
   * for this channel, when those characteristics are different from other inputs.
   *
   * <p>This entity is at the top level in the channel.
   *
   * <p>Property type {@code AWS::MediaLive::Channel.CdiInputSpecification}.
   */
  public static final class CdiInputSpecification extends Struct<CdiInputSpecification> {
    private static final Schema SCHEMA = Schema.of("AWS::MediaLive::Channel.CdiInputSpecification");

    public CdiInputSpecification() {
      super(SCHEMA);
    }

    /**
     * Maximum CDI input resolution
     *
     * <p>CloudFormation property {@code Resolution}.
     */
    public CdiInputSpecification resolution(String value) {
      return set("Resolution", Value.of(value));
    }

    /** Sets {@code Resolution} to this value; see {@link #resolution(String)}. */
    public CdiInputSpecification resolution(Value<String> value) {
      return set("Resolution", value);
    }
  }

  /** Property type {@code AWS::MediaLive::Channel.ChannelEngineVersionRequest}. */
  public static final class ChannelEngineVersionRequest extends Struct<ChannelEngineVersionRequest> {
    private static final Schema SCHEMA = Schema.of("AWS::MediaLive::Channel.ChannelEngineVersionRequest");

    public ChannelEngineVersionRequest() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code Version}. */
    public ChannelEngineVersionRequest version(String value) {
      return set("Version", Value.of(value));
    }

    /** Sets {@code Version} to this value; see {@link #version(String)}. */
    public ChannelEngineVersionRequest version(Value<String> value) {
      return set("Version", value);
    }
  }

  /** Property type {@code AWS::MediaLive::Channel.CmafIngestCaptionLanguageMapping}. */
  public static final class CmafIngestCaptionLanguageMapping extends Struct<CmafIngestCaptionLanguageMapping> {
    private static final Schema SCHEMA = Schema.of("AWS::MediaLive::Channel.CmafIngestCaptionLanguageMapping");

    public CmafIngestCaptionLanguageMapping() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code CaptionChannel}. */
    public CmafIngestCaptionLanguageMapping captionChannel(int value) {
      return set("CaptionChannel", Value.of(value));
    }

    /** Sets {@code CaptionChannel} to this value; see {@link #captionChannel(int)}. */
    public CmafIngestCaptionLanguageMapping captionChannel(Value<Integer> value) {
      return set("CaptionChannel", value);
    }

    /** CloudFormation property {@code LanguageCode}. */
    public CmafIngestCaptionLanguageMapping languageCode(String value) {
      return set("LanguageCode", Value.of(value));
    }

    /** Sets {@code LanguageCode} to this value; see {@link #languageCode(String)}. */
    public CmafIngestCaptionLanguageMapping languageCode(Value<String> value) {
      return set("LanguageCode", value);
    }
  }

  /** Property type {@code AWS::MediaLive::Channel.CmafIngestFrameCaptureOutputSettings}. */
  public static final class CmafIngestFrameCaptureOutputSettings extends Struct<CmafIngestFrameCaptureOutputSettings> {
    private static final Schema SCHEMA = Schema.of("AWS::MediaLive::Channel.CmafIngestFrameCaptureOutputSettings");

    public CmafIngestFrameCaptureOutputSettings() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code NameModifier}. */
    public CmafIngestFrameCaptureOutputSettings nameModifier(String value) {
      return set("NameModifier", Value.of(value));
    }

    /** Sets {@code NameModifier} to this value; see {@link #nameModifier(String)}. */
    public CmafIngestFrameCaptureOutputSettings nameModifier(Value<String> value) {
      return set("NameModifier", value);
    }
  }

  /** Property type {@code AWS::MediaLive::Channel.CmafIngestGroupSettings}. */
  public static final class CmafIngestGroupSettings extends Struct<CmafIngestGroupSettings> {
    private static final Schema SCHEMA = Schema.of("AWS::MediaLive::Channel.CmafIngestGroupSettings");

    public CmafIngestGroupSettings() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code AdditionalDestinations}. */
    public CmafIngestGroupSettings additionalDestinations(List<AdditionalDestinations> value) {
      return set("AdditionalDestinations", Value.listOf(value));
    }

    /**
     * Sets {@code AdditionalDestinations} to this value; see {@link #additionalDestinations(List)}.
     */
    public CmafIngestGroupSettings additionalDestinations(Value<List<AdditionalDestinations>> value) {
      return set("AdditionalDestinations", value);
    }

    /**
     * Sets {@code AdditionalDestinations} to a list of these; see {@link
     * #additionalDestinations(List)}.
     */
    public CmafIngestGroupSettings additionalDestinations(AdditionalDestinations... values) {
      return set("AdditionalDestinations", Value.list(values));
    }

    /** CloudFormation property {@code CaptionLanguageMappings}. */
    public CmafIngestGroupSettings captionLanguageMappings(List<CmafIngestCaptionLanguageMapping> value) {
      return set("CaptionLanguageMappings", Value.listOf(value));
    }

    /**
     * Sets {@code CaptionLanguageMappings} to this value; see {@link
     * #captionLanguageMappings(List)}.
     */
    public CmafIngestGroupSettings captionLanguageMappings(Value<List<CmafIngestCaptionLanguageMapping>> value) {
      return set("CaptionLanguageMappings", value);
    }

    /**
     * Sets {@code CaptionLanguageMappings} to a list of these; see {@link
     * #captionLanguageMappings(List)}.
     */
    public CmafIngestGroupSettings captionLanguageMappings(CmafIngestCaptionLanguageMapping... values) {
      return set("CaptionLanguageMappings", Value.list(values));
    }

    /** CloudFormation property {@code Destination}. */
    public CmafIngestGroupSettings destination(Value<OutputLocationRef> value) {
      return set("Destination", value);
    }

    /** CloudFormation property {@code Id3Behavior}. */
    public CmafIngestGroupSettings id3Behavior(String value) {
      return set("Id3Behavior", Value.of(value));
    }

    /** Sets {@code Id3Behavior} to this value; see {@link #id3Behavior(String)}. */
    public CmafIngestGroupSettings id3Behavior(Value<String> value) {
      return set("Id3Behavior", value);
    }

    /** CloudFormation property {@code Id3NameModifier}. */
    public CmafIngestGroupSettings id3NameModifier(String value) {
      return set("Id3NameModifier", Value.of(value));
    }

    /** Sets {@code Id3NameModifier} to this value; see {@link #id3NameModifier(String)}. */
    public CmafIngestGroupSettings id3NameModifier(Value<String> value) {
      return set("Id3NameModifier", value);
    }

    /** CloudFormation property {@code KlvBehavior}. */
    public CmafIngestGroupSettings klvBehavior(String value) {
      return set("KlvBehavior", Value.of(value));
    }

    /** Sets {@code KlvBehavior} to this value; see {@link #klvBehavior(String)}. */
    public CmafIngestGroupSettings klvBehavior(Value<String> value) {
      return set("KlvBehavior", value);
    }

    /** CloudFormation property {@code KlvNameModifier}. */
    public CmafIngestGroupSettings klvNameModifier(String value) {
      return set("KlvNameModifier", Value.of(value));
    }

    /** Sets {@code KlvNameModifier} to this value; see {@link #klvNameModifier(String)}. */
    public CmafIngestGroupSettings klvNameModifier(Value<String> value) {
      return set("KlvNameModifier", value);
    }

    /** CloudFormation property {@code NielsenId3Behavior}. */
    public CmafIngestGroupSettings nielsenId3Behavior(String value) {
      return set("NielsenId3Behavior", Value.of(value));
    }

    /** Sets {@code NielsenId3Behavior} to this value; see {@link #nielsenId3Behavior(String)}. */
    public CmafIngestGroupSettings nielsenId3Behavior(Value<String> value) {
      return set("NielsenId3Behavior", value);
    }

    /** CloudFormation property {@code NielsenId3NameModifier}. */
    public CmafIngestGroupSettings nielsenId3NameModifier(String value) {
      return set("NielsenId3NameModifier", Value.of(value));
    }

    /**
     * Sets {@code NielsenId3NameModifier} to this value; see {@link
     * #nielsenId3NameModifier(String)}.
     */
    public CmafIngestGroupSettings nielsenId3NameModifier(Value<String> value) {
      return set("NielsenId3NameModifier", value);
    }

    /** CloudFormation property {@code Scte35NameModifier}. */
    public CmafIngestGroupSettings scte35NameModifier(String value) {
      return set("Scte35NameModifier", Value.of(value));
    }

    /** Sets {@code Scte35NameModifier} to this value; see {@link #scte35NameModifier(String)}. */
    public CmafIngestGroupSettings scte35NameModifier(Value<String> value) {
      return set("Scte35NameModifier", value);
    }

    /** CloudFormation property {@code Scte35Type}. */
    public CmafIngestGroupSettings scte35Type(String value) {
      return set("Scte35Type", Value.of(value));
    }

    /** Sets {@code Scte35Type} to this value; see {@link #scte35Type(String)}. */
    public CmafIngestGroupSettings scte35Type(Value<String> value) {
      return set("Scte35Type", value);
    }

    /** CloudFormation property {@code SegmentLength}. */
    public CmafIngestGroupSettings segmentLength(int value) {
      return set("SegmentLength", Value.of(value));
    }

    /** Sets {@code SegmentLength} to this value; see {@link #segmentLength(int)}. */
    public CmafIngestGroupSettings segmentLength(Value<Integer> value) {
      return set("SegmentLength", value);
    }

    /** CloudFormation property {@code SegmentLengthUnits}. */
    public CmafIngestGroupSettings segmentLengthUnits(String value) {
      return set("SegmentLengthUnits", Value.of(value));
    }

    /** Sets {@code SegmentLengthUnits} to this value; see {@link #segmentLengthUnits(String)}. */
    public CmafIngestGroupSettings segmentLengthUnits(Value<String> value) {
      return set("SegmentLengthUnits", value);
    }

    /** CloudFormation property {@code SendDelayMs}. */
    public CmafIngestGroupSettings sendDelayMs(int value) {
      return set("SendDelayMs", Value.of(value));
    }

    /** Sets {@code SendDelayMs} to this value; see {@link #sendDelayMs(int)}. */
    public CmafIngestGroupSettings sendDelayMs(Value<Integer> value) {
      return set("SendDelayMs", value);
    }

    /** CloudFormation property {@code TimedMetadataId3Frame}. */
    public CmafIngestGroupSettings timedMetadataId3Frame(String value) {
      return set("TimedMetadataId3Frame", Value.of(value));
    }

    /**
     * Sets {@code TimedMetadataId3Frame} to this value; see {@link #timedMetadataId3Frame(String)}.
     */
    public CmafIngestGroupSettings timedMetadataId3Frame(Value<String> value) {
      return set("TimedMetadataId3Frame", value);
    }

    /** CloudFormation property {@code TimedMetadataId3Period}. */
    public CmafIngestGroupSettings timedMetadataId3Period(int value) {
      return set("TimedMetadataId3Period", Value.of(value));
    }

    /**
     * Sets {@code TimedMetadataId3Period} to this value; see {@link #timedMetadataId3Period(int)}.
     */
    public CmafIngestGroupSettings timedMetadataId3Period(Value<Integer> value) {
      return set("TimedMetadataId3Period", value);
    }

    /** CloudFormation property {@code TimedMetadataPassthrough}. */
    public CmafIngestGroupSettings timedMetadataPassthrough(String value) {
      return set("TimedMetadataPassthrough", Value.of(value));
    }

    /**
     * Sets {@code TimedMetadataPassthrough} to this value; see {@link
     * #timedMetadataPassthrough(String)}.
     */
    public CmafIngestGroupSettings timedMetadataPassthrough(Value<String> value) {
      return set("TimedMetadataPassthrough", value);
    }

    /** CloudFormation property {@code WatermarkingSettings}. */
    public CmafIngestGroupSettings watermarkingSettings(Value<CmafIngestWatermarkingSettings> value) {
      return set("WatermarkingSettings", value);
    }
  }

  /**
   * Property type {@code
   * AWS::MediaLive::Channel.CmafIngestMediaPackageV2AbWatermarkerIrdetoSettings}.
   */
  public static final class CmafIngestMediaPackageV2AbWatermarkerIrdetoSettings extends Struct<CmafIngestMediaPackageV2AbWatermarkerIrdetoSettings> {
    private static final Schema SCHEMA = Schema.of("AWS::MediaLive::Channel.CmafIngestMediaPackageV2AbWatermarkerIrdetoSettings");

    public CmafIngestMediaPackageV2AbWatermarkerIrdetoSettings() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code AdditionalDestinationsAlternateDestinations}. */
    public CmafIngestMediaPackageV2AbWatermarkerIrdetoSettings additionalDestinationsAlternateDestinations(List<OutputLocationRef> value) {
      return set("AdditionalDestinationsAlternateDestinations", Value.listOf(value));
    }

    /**
     * Sets {@code AdditionalDestinationsAlternateDestinations} to this value; see {@link
     * #additionalDestinationsAlternateDestinations(List)}.
     */
    public CmafIngestMediaPackageV2AbWatermarkerIrdetoSettings additionalDestinationsAlternateDestinations(Value<List<OutputLocationRef>> value) {
      return set("AdditionalDestinationsAlternateDestinations", value);
    }

    /**
     * Sets {@code AdditionalDestinationsAlternateDestinations} to a list of these; see {@link
     * #additionalDestinationsAlternateDestinations(List)}.
     */
    public CmafIngestMediaPackageV2AbWatermarkerIrdetoSettings additionalDestinationsAlternateDestinations(OutputLocationRef... values) {
      return set("AdditionalDestinationsAlternateDestinations", Value.list(values));
    }

    /** CloudFormation property {@code AlternateDestination}. */
    public CmafIngestMediaPackageV2AbWatermarkerIrdetoSettings alternateDestination(Value<OutputLocationRef> value) {
      return set("AlternateDestination", value);
    }

    /** CloudFormation property {@code CustomProfile}. */
    public CmafIngestMediaPackageV2AbWatermarkerIrdetoSettings customProfile(Value<AbWatermarkingCustomProfile> value) {
      return set("CustomProfile", value);
    }

    /** CloudFormation property {@code License}. */
    public CmafIngestMediaPackageV2AbWatermarkerIrdetoSettings license(String value) {
      return set("License", Value.of(value));
    }

    /** Sets {@code License} to this value; see {@link #license(String)}. */
    public CmafIngestMediaPackageV2AbWatermarkerIrdetoSettings license(Value<String> value) {
      return set("License", value);
    }

    /** CloudFormation property {@code OperatorId}. */
    public CmafIngestMediaPackageV2AbWatermarkerIrdetoSettings operatorId(int value) {
      return set("OperatorId", Value.of(value));
    }

    /** Sets {@code OperatorId} to this value; see {@link #operatorId(int)}. */
    public CmafIngestMediaPackageV2AbWatermarkerIrdetoSettings operatorId(Value<Integer> value) {
      return set("OperatorId", value);
    }

    /** CloudFormation property {@code PolyPeriod}. */
    public CmafIngestMediaPackageV2AbWatermarkerIrdetoSettings polyPeriod(int value) {
      return set("PolyPeriod", Value.of(value));
    }

    /** Sets {@code PolyPeriod} to this value; see {@link #polyPeriod(int)}. */
    public CmafIngestMediaPackageV2AbWatermarkerIrdetoSettings polyPeriod(Value<Integer> value) {
      return set("PolyPeriod", value);
    }

    /** CloudFormation property {@code Profile}. */
    public CmafIngestMediaPackageV2AbWatermarkerIrdetoSettings profile(String value) {
      return set("Profile", Value.of(value));
    }

    /** Sets {@code Profile} to this value; see {@link #profile(String)}. */
    public CmafIngestMediaPackageV2AbWatermarkerIrdetoSettings profile(Value<String> value) {
      return set("Profile", value);
    }

    /** CloudFormation property {@code WatermarkIdLength}. */
    public CmafIngestMediaPackageV2AbWatermarkerIrdetoSettings watermarkIdLength(String value) {
      return set("WatermarkIdLength", Value.of(value));
    }

    /** Sets {@code WatermarkIdLength} to this value; see {@link #watermarkIdLength(String)}. */
    public CmafIngestMediaPackageV2AbWatermarkerIrdetoSettings watermarkIdLength(Value<String> value) {
      return set("WatermarkIdLength", value);
    }
  }

  /** Property type {@code AWS::MediaLive::Channel.CmafIngestWatermarkingSettings}. */
  public static final class CmafIngestWatermarkingSettings extends Struct<CmafIngestWatermarkingSettings> {
    private static final Schema SCHEMA = Schema.of("AWS::MediaLive::Channel.CmafIngestWatermarkingSettings");

    public CmafIngestWatermarkingSettings() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code CmafIngestAbWatermarkerIrdetoSettings}. */
    public CmafIngestWatermarkingSettings cmafIngestAbWatermarkerIrdetoSettings(Value<CmafIngestMediaPackageV2AbWatermarkerIrdetoSettings> value) {
      return set("CmafIngestAbWatermarkerIrdetoSettings", value);
    }
  }

  /** Property type {@code AWS::MediaLive::Channel.ColorCorrection}. */
  public static final class ColorCorrection extends Struct<ColorCorrection> {
    private static final Schema SCHEMA = Schema.of("AWS::MediaLive::Channel.ColorCorrection");

    public ColorCorrection() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code InputColorSpace}. */
    public ColorCorrection inputColorSpace(String value) {
      return set("InputColorSpace", Value.of(value));
    }

    /** Sets {@code InputColorSpace} to this value; see {@link #inputColorSpace(String)}. */
    public ColorCorrection inputColorSpace(Value<String> value) {
      return set("InputColorSpace", value);
    }

    /** CloudFormation property {@code OutputColorSpace}. */
    public ColorCorrection outputColorSpace(String value) {
      return set("OutputColorSpace", Value.of(value));
    }

    /** Sets {@code OutputColorSpace} to this value; see {@link #outputColorSpace(String)}. */
    public ColorCorrection outputColorSpace(Value<String> value) {
      return set("OutputColorSpace", value);
    }

    /** CloudFormation property {@code Uri}. */
    public ColorCorrection uri(String value) {
      return set("Uri", Value.of(value));
    }

    /** Sets {@code Uri} to this value; see {@link #uri(String)}. */
    public ColorCorrection uri(Value<String> value) {
      return set("Uri", value);
    }
  }

  /** Property type {@code AWS::MediaLive::Channel.ColorCorrectionSettings}. */
  public static final class ColorCorrectionSettings extends Struct<ColorCorrectionSettings> {
    private static final Schema SCHEMA = Schema.of("AWS::MediaLive::Channel.ColorCorrectionSettings");

    public ColorCorrectionSettings() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code GlobalColorCorrections}. */
    public ColorCorrectionSettings globalColorCorrections(List<ColorCorrection> value) {
      return set("GlobalColorCorrections", Value.listOf(value));
    }

    /**
     * Sets {@code GlobalColorCorrections} to this value; see {@link #globalColorCorrections(List)}.
     */
    public ColorCorrectionSettings globalColorCorrections(Value<List<ColorCorrection>> value) {
      return set("GlobalColorCorrections", value);
    }

    /**
     * Sets {@code GlobalColorCorrections} to a list of these; see {@link
     * #globalColorCorrections(List)}.
     */
    public ColorCorrectionSettings globalColorCorrections(ColorCorrection... values) {
      return set("GlobalColorCorrections", Value.list(values));
    }
  }

  /** Property type {@code AWS::MediaLive::Channel.ColorSpacePassthroughSettings}. */
  public static final class ColorSpacePassthroughSettings extends Struct<ColorSpacePassthroughSettings> {
    private static final Schema SCHEMA = Schema.of("AWS::MediaLive::Channel.ColorSpacePassthroughSettings");

    public ColorSpacePassthroughSettings() {
      super(SCHEMA);
    }
  }

  /** Property type {@code AWS::MediaLive::Channel.DisabledLockingSettings}. */
  public static final class DisabledLockingSettings extends Struct<DisabledLockingSettings> {
    private static final Schema SCHEMA = Schema.of("AWS::MediaLive::Channel.DisabledLockingSettings");

    public DisabledLockingSettings() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code CustomEpoch}. */
    public DisabledLockingSettings customEpoch(String value) {
      return set("CustomEpoch", Value.of(value));
    }

    /** Sets {@code CustomEpoch} to this value; see {@link #customEpoch(String)}. */
    public DisabledLockingSettings customEpoch(Value<String> value) {
      return set("CustomEpoch", value);
    }
  }

  /** Property type {@code AWS::MediaLive::Channel.DolbyVision81Settings}. */
  public static final class DolbyVision81Settings extends Struct<DolbyVision81Settings> {
    private static final Schema SCHEMA = Schema.of("AWS::MediaLive::Channel.DolbyVision81Settings");

    public DolbyVision81Settings() {
      super(SCHEMA);
    }
  }

  /**
   * The configuration of DVB NIT.
   *
   * <p>The parent of this entity is M2tsSettings.
   *
   * <p>Property type {@code AWS::MediaLive::Channel.DvbNitSettings}.
   */
  public static final class DvbNitSettings extends Struct<DvbNitSettings> {
    private static final Schema SCHEMA = Schema.of("AWS::MediaLive::Channel.DvbNitSettings");

    public DvbNitSettings() {
      super(SCHEMA);
    }

    /**
     * The numeric value placed in the Network Information Table (NIT).
     *
     * <p>CloudFormation property {@code NetworkId}.
     */
    public DvbNitSettings networkId(int value) {
      return set("NetworkId", Value.of(value));
    }

    /** Sets {@code NetworkId} to this value; see {@link #networkId(int)}. */
    public DvbNitSettings networkId(Value<Integer> value) {
      return set("NetworkId", value);
    }

    /**
     * The network name text placed in the networkNameDescriptor inside the Network Information
     * Table (NIT). The maximum length is 256 characters.
     *
     * <p>CloudFormation property {@code NetworkName}.
     */
    public DvbNitSettings networkName(String value) {
      return set("NetworkName", Value.of(value));
    }

    /** Sets {@code NetworkName} to this value; see {@link #networkName(String)}. */
    public DvbNitSettings networkName(Value<String> value) {
      return set("NetworkName", value);
    }

    /**
     * The number of milliseconds between instances of this table in the output transport stream.
     *
     * <p>CloudFormation property {@code RepInterval}.
     */
    public DvbNitSettings repInterval(int value) {
      return set("RepInterval", Value.of(value));
    }

    /** Sets {@code RepInterval} to this value; see {@link #repInterval(int)}. */
    public DvbNitSettings repInterval(Value<Integer> value) {
      return set("RepInterval", value);
    }
  }

  /**
   * A DVB Service Description Table (SDT).
   *
   * <p>The parent of this entity is M2tsSettings.
   *
   * <p>Property type {@code AWS::MediaLive::Channel.DvbSdtSettings}.
   */
  public static final class DvbSdtSettings extends Struct<DvbSdtSettings> {
    private static final Schema SCHEMA = Schema.of("AWS::MediaLive::Channel.DvbSdtSettings");

    public DvbSdtSettings() {
      super(SCHEMA);
    }

    /**
     * Selects a method of inserting SDT information into an output stream. The sdtFollow setting
     * copies SDT information from input stream to output stream. The sdtFollowIfPresent setting
     * copies SDT information from input stream to output stream if SDT information is present in
     * the input. Otherwise, it falls back on the user-defined values. The sdtManual setting means
     * that the user will enter the SDT information. The sdtNone setting means that the output
     * stream will not contain SDT information.
     *
     * <p>CloudFormation property {@code OutputSdt}.
     */
    public DvbSdtSettings outputSdt(String value) {
      return set("OutputSdt", Value.of(value));
    }

    /** Sets {@code OutputSdt} to this value; see {@link #outputSdt(String)}. */
    public DvbSdtSettings outputSdt(Value<String> value) {
      return set("OutputSdt", value);
    }

    /**
     * The number of milliseconds between instances of this table in the output transport stream.
     *
     * <p>CloudFormation property {@code RepInterval}.
     */
    public DvbSdtSettings repInterval(int value) {
      return set("RepInterval", Value.of(value));
    }

    /** Sets {@code RepInterval} to this value; see {@link #repInterval(int)}. */
    public DvbSdtSettings repInterval(Value<Integer> value) {
      return set("RepInterval", value);
    }

    /**
     * The service name placed in the serviceDescriptor in the Service Description Table (SDT). The
     * maximum length is 256 characters.
     *
     * <p>CloudFormation property {@code ServiceName}.
     */
    public DvbSdtSettings serviceName(String value) {
      return set("ServiceName", Value.of(value));
    }

    /** Sets {@code ServiceName} to this value; see {@link #serviceName(String)}. */
    public DvbSdtSettings serviceName(Value<String> value) {
      return set("ServiceName", value);
    }

    /**
     * The service provider name placed in the serviceDescriptor in the Service Description Table
     * (SDT). The maximum length is 256 characters.
     *
     * <p>CloudFormation property {@code ServiceProviderName}.
     */
    public DvbSdtSettings serviceProviderName(String value) {
      return set("ServiceProviderName", Value.of(value));
    }

    /** Sets {@code ServiceProviderName} to this value; see {@link #serviceProviderName(String)}. */
    public DvbSdtSettings serviceProviderName(Value<String> value) {
      return set("ServiceProviderName", value);
    }
  }

  /**
   * The settings for DVB Sub captions in the output.
   *
   * <p>The parent of this entity is CaptionDestinationSettings.
   *
   * <p>Property type {@code AWS::MediaLive::Channel.DvbSubDestinationSettings}.
   */
  public static final class DvbSubDestinationSettings extends Struct<DvbSubDestinationSettings> {
    private static final Schema SCHEMA = Schema.of("AWS::MediaLive::Channel.DvbSubDestinationSettings");

    public DvbSubDestinationSettings() {
      super(SCHEMA);
    }

    /**
     * If no explicit xPosition or yPosition is provided, setting the alignment to centered places
     * the captions at the bottom center of the output. Similarly, setting a left alignment aligns
     * captions to the bottom left of the output. If x and y positions are specified in conjunction
     * with the alignment parameter, the font is justified (either left or centered) relative to
     * those coordinates. Selecting "smart" justification left-justifies live subtitles and
     * center-justifies pre-recorded subtitles. This option is not valid for source captions that
     * are STL or 608/embedded. These source settings are already pre-defined by the captions
     * stream. All burn-in and DVB-Sub font settings must match.
     *
     * <p>CloudFormation property {@code Alignment}.
     */
    public DvbSubDestinationSettings alignment(String value) {
      return set("Alignment", Value.of(value));
    }

    /** Sets {@code Alignment} to this value; see {@link #alignment(String)}. */
    public DvbSubDestinationSettings alignment(Value<String> value) {
      return set("Alignment", value);
    }

    /**
     * Specifies the color of the rectangle behind the captions. All burn-in and DVB-Sub font
     * settings must match.
     *
     * <p>CloudFormation property {@code BackgroundColor}.
     */
    public DvbSubDestinationSettings backgroundColor(String value) {
      return set("BackgroundColor", Value.of(value));
    }

    /** Sets {@code BackgroundColor} to this value; see {@link #backgroundColor(String)}. */
    public DvbSubDestinationSettings backgroundColor(Value<String> value) {
      return set("BackgroundColor", value);
    }

    /**
     * Specifies the opacity of the background rectangle. 255 is opaque; 0 is transparent. Keeping
     * this parameter blank is equivalent to setting it to 0 (transparent). All burn-in and DVB-Sub
     * font settings must match.
     *
     * <p>CloudFormation property {@code BackgroundOpacity}.
     */
    public DvbSubDestinationSettings backgroundOpacity(int value) {
      return set("BackgroundOpacity", Value.of(value));
    }

    /** Sets {@code BackgroundOpacity} to this value; see {@link #backgroundOpacity(int)}. */
    public DvbSubDestinationSettings backgroundOpacity(Value<Integer> value) {
      return set("BackgroundOpacity", value);
    }

    /**
     * The external font file that is used for captions burn-in. The file extension must be .ttf or
     * .tte. Although you can select output fonts for many different types of input captions,
     * embedded, STL, and Teletext sources use a strict grid system. Using external fonts with these
     * captions sources could cause an unexpected display of proportional fonts. All burn-in and
     * DVB-Sub font settings must match.
     *
     * <p>CloudFormation property {@code Font}.
     */
    public DvbSubDestinationSettings font(Value<InputLocation> value) {
      return set("Font", value);
    }

    /**
     * Specifies the color of the burned-in captions. This option is not valid for source captions
     * that are STL, 608/embedded, or Teletext. These source settings are already pre-defined by the
     * captions stream. All burn-in and DVB-Sub font settings must match.
     *
     * <p>CloudFormation property {@code FontColor}.
     */
    public DvbSubDestinationSettings fontColor(String value) {
      return set("FontColor", Value.of(value));
    }

    /** Sets {@code FontColor} to this value; see {@link #fontColor(String)}. */
    public DvbSubDestinationSettings fontColor(Value<String> value) {
      return set("FontColor", value);
    }

    /**
     * Specifies the opacity of the burned-in captions. 255 is opaque; 0 is transparent. All burn-in
     * and DVB-Sub font settings must match.
     *
     * <p>CloudFormation property {@code FontOpacity}.
     */
    public DvbSubDestinationSettings fontOpacity(int value) {
      return set("FontOpacity", Value.of(value));
    }

    /** Sets {@code FontOpacity} to this value; see {@link #fontOpacity(int)}. */
    public DvbSubDestinationSettings fontOpacity(Value<Integer> value) {
      return set("FontOpacity", value);
    }

    /**
     * The font resolution in DPI (dots per inch). The default is 96 dpi. All burn-in and DVB-Sub
     * font settings must match.
     *
     * <p>CloudFormation property {@code FontResolution}.
     */
    public DvbSubDestinationSettings fontResolution(int value) {
      return set("FontResolution", Value.of(value));
    }

    /** Sets {@code FontResolution} to this value; see {@link #fontResolution(int)}. */
    public DvbSubDestinationSettings fontResolution(Value<Integer> value) {
      return set("FontResolution", value);
    }

    /**
     * When set to auto, fontSize scales depending on the size of the output. Providing a positive
     * integer specifies the exact font size in points. All burn-in and DVB-Sub font settings must
     * match.
     *
     * <p>CloudFormation property {@code FontSize}.
     */
    public DvbSubDestinationSettings fontSize(String value) {
      return set("FontSize", Value.of(value));
    }

    /** Sets {@code FontSize} to this value; see {@link #fontSize(String)}. */
    public DvbSubDestinationSettings fontSize(Value<String> value) {
      return set("FontSize", value);
    }

    /**
     * Specifies the font outline color. This option is not valid for source captions that are
     * either 608/embedded or Teletext. These source settings are already pre-defined by the
     * captions stream. All burn-in and DVB-Sub font settings must match.
     *
     * <p>CloudFormation property {@code OutlineColor}.
     */
    public DvbSubDestinationSettings outlineColor(String value) {
      return set("OutlineColor", Value.of(value));
    }

    /** Sets {@code OutlineColor} to this value; see {@link #outlineColor(String)}. */
    public DvbSubDestinationSettings outlineColor(Value<String> value) {
      return set("OutlineColor", value);
    }

    /**
     * Specifies the font outline size in pixels. This option is not valid for source captions that
     * are either 608/embedded or Teletext. These source settings are already pre-defined by the
     * captions stream. All burn-in and DVB-Sub font settings must match.
     *
     * <p>CloudFormation property {@code OutlineSize}.
     */
    public DvbSubDestinationSettings outlineSize(int value) {
      return set("OutlineSize", Value.of(value));
    }

    /** Sets {@code OutlineSize} to this value; see {@link #outlineSize(int)}. */
    public DvbSubDestinationSettings outlineSize(Value<Integer> value) {
      return set("OutlineSize", value);
    }

    /**
     * Specifies the color of the shadow that is cast by the captions. All burn-in and DVB-Sub font
     * settings must match.
     *
     * <p>CloudFormation property {@code ShadowColor}.
     */
    public DvbSubDestinationSettings shadowColor(String value) {
      return set("ShadowColor", Value.of(value));
    }

    /** Sets {@code ShadowColor} to this value; see {@link #shadowColor(String)}. */
    public DvbSubDestinationSettings shadowColor(Value<String> value) {
      return set("ShadowColor", value);
    }

    /**
     * Specifies the opacity of the shadow. 255 is opaque; 0 is transparent. Keeping this parameter
     * blank is equivalent to setting it to 0 (transparent). All burn-in and DVB-Sub font settings
     * must match.
     *
     * <p>CloudFormation property {@code ShadowOpacity}.
     */
    public DvbSubDestinationSettings shadowOpacity(int value) {
      return set("ShadowOpacity", Value.of(value));
    }

    /** Sets {@code ShadowOpacity} to this value; see {@link #shadowOpacity(int)}. */
    public DvbSubDestinationSettings shadowOpacity(Value<Integer> value) {
      return set("ShadowOpacity", value);
    }

    /**
     * Specifies the horizontal offset of the shadow relative to the captions in pixels. A value of
     * -2 would result in a shadow offset 2 pixels to the left. All burn-in and DVB-Sub font
     * settings must match.
     *
     * <p>CloudFormation property {@code ShadowXOffset}.
     */
    public DvbSubDestinationSettings shadowXOffset(int value) {
      return set("ShadowXOffset", Value.of(value));
    }

    /** Sets {@code ShadowXOffset} to this value; see {@link #shadowXOffset(int)}. */
    public DvbSubDestinationSettings shadowXOffset(Value<Integer> value) {
      return set("ShadowXOffset", value);
    }

    /**
     * Specifies the vertical offset of the shadow relative to the captions in pixels. A value of -2
     * would result in a shadow offset 2 pixels above the text. All burn-in and DVB-Sub font
     * settings must match.
     *
     * <p>CloudFormation property {@code ShadowYOffset}.
     */
    public DvbSubDestinationSettings shadowYOffset(int value) {
      return set("ShadowYOffset", Value.of(value));
    }

    /** Sets {@code ShadowYOffset} to this value; see {@link #shadowYOffset(int)}. */
    public DvbSubDestinationSettings shadowYOffset(Value<Integer> value) {
      return set("ShadowYOffset", value);
    }

    /** CloudFormation property {@code SubtitleRows}. */
    public DvbSubDestinationSettings subtitleRows(String value) {
      return set("SubtitleRows", Value.of(value));
    }

    /** Sets {@code SubtitleRows} to this value; see {@link #subtitleRows(String)}. */
    public DvbSubDestinationSettings subtitleRows(Value<String> value) {
      return set("SubtitleRows", value);
    }

    /**
     * Controls whether a fixed grid size is used to generate the output subtitles bitmap. This
     * applies to only Teletext inputs and DVB-Sub/Burn-in outputs.
     *
     * <p>CloudFormation property {@code TeletextGridControl}.
     */
    public DvbSubDestinationSettings teletextGridControl(String value) {
      return set("TeletextGridControl", Value.of(value));
    }

    /** Sets {@code TeletextGridControl} to this value; see {@link #teletextGridControl(String)}. */
    public DvbSubDestinationSettings teletextGridControl(Value<String> value) {
      return set("TeletextGridControl", value);
    }

    /**
     * Specifies the horizontal position of the captions relative to the left side of the output in
     * pixels. A value of 10 would result in the captions starting 10 pixels from the left of the
     * output. If no explicit xPosition is provided, the horizontal captions position is determined
     * by the alignment parameter. This option is not valid for source captions that are STL,
     * 608/embedded, or Teletext. These source settings are already pre-defined by the captions
     * stream. All burn-in and DVB-Sub font settings must match.
     *
     * <p>CloudFormation property {@code XPosition}.
     */
    public DvbSubDestinationSettings xPosition(int value) {
      return set("XPosition", Value.of(value));
    }

    /** Sets {@code XPosition} to this value; see {@link #xPosition(int)}. */
    public DvbSubDestinationSettings xPosition(Value<Integer> value) {
      return set("XPosition", value);
    }

    /**
     * Specifies the vertical position of the captions relative to the top of the output in pixels.
     * A value of 10 would result in the captions starting 10 pixels from the top of the output. If
     * no explicit yPosition is provided, the captions are positioned towards the bottom of the
     * output. This option is not valid for source captions that are STL, 608/embedded, or Teletext.
     * These source settings are already pre-defined by the captions stream. All burn-in and DVB-Sub
     * font settings must match.
     *
     * <p>CloudFormation property {@code YPosition}.
     */
    public DvbSubDestinationSettings yPosition(int value) {
      return set("YPosition", Value.of(value));
    }

    /** Sets {@code YPosition} to this value; see {@link #yPosition(int)}. */
    public DvbSubDestinationSettings yPosition(Value<Integer> value) {
      return set("YPosition", value);
    }
  }

  /**
   * Information about the DVB Sub captions to extract from the input.
   *
   * <p>The parent of this entity is CaptionSelectorSettings.
   *
   * <p>Property type {@code AWS::MediaLive::Channel.DvbSubSourceSettings}.
   */
  public static final class DvbSubSourceSettings extends Struct<DvbSubSourceSettings> {
    private static final Schema SCHEMA = Schema.of("AWS::MediaLive::Channel.DvbSubSourceSettings");

    public DvbSubSourceSettings() {
      super(SCHEMA);
    }

    /**
     * If you will configure a WebVTT caption description that references this caption selector, use
     * this field to provide the language to consider when translating the image-based source to
     * text.
     *
     * <p>CloudFormation property {@code OcrLanguage}.
     */
    public DvbSubSourceSettings ocrLanguage(String value) {
      return set("OcrLanguage", Value.of(value));
    }

    /** Sets {@code OcrLanguage} to this value; see {@link #ocrLanguage(String)}. */
    public DvbSubSourceSettings ocrLanguage(Value<String> value) {
      return set("OcrLanguage", value);
    }

    /**
     * When using DVB-Sub with burn-in or SMPTE-TT, use this PID for the source content. It is
     * unused for DVB-Sub passthrough. All DVB-Sub content is passed through, regardless of
     * selectors.
     *
     * <p>CloudFormation property {@code Pid}.
     */
    public DvbSubSourceSettings pid(int value) {
      return set("Pid", Value.of(value));
    }

    /** Sets {@code Pid} to this value; see {@link #pid(int)}. */
    public DvbSubSourceSettings pid(Value<Integer> value) {
      return set("Pid", value);
    }
  }

  /**
   * The DVB Time and Date Table (TDT).
   *
   * <p>The parent of this entity is M2tsSettings.
   *
   * <p>Property type {@code AWS::MediaLive::Channel.DvbTdtSettings}.
   */
  public static final class DvbTdtSettings extends Struct<DvbTdtSettings> {
    private static final Schema SCHEMA = Schema.of("AWS::MediaLive::Channel.DvbTdtSettings");

    public DvbTdtSettings() {
      super(SCHEMA);
    }

    /**
     * The number of milliseconds between instances of this table in the output transport stream.
     *
     * <p>CloudFormation property {@code RepInterval}.
     */
    public DvbTdtSettings repInterval(int value) {
      return set("RepInterval", Value.of(value));
    }

    /** Sets {@code RepInterval} to this value; see {@link #repInterval(int)}. */
    public DvbTdtSettings repInterval(Value<Integer> value) {
      return set("RepInterval", value);
    }
  }

  /** Property type {@code AWS::MediaLive::Channel.Eac3AtmosSettings}. */
  public static final class Eac3AtmosSettings extends Struct<Eac3AtmosSettings> {
    private static final Schema SCHEMA = Schema.of("AWS::MediaLive::Channel.Eac3AtmosSettings");

    public Eac3AtmosSettings() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code Bitrate}. */
    public Eac3AtmosSettings bitrate(double value) {
      return set("Bitrate", Value.of(value));
    }

    /** Sets {@code Bitrate} to this value; see {@link #bitrate(double)}. */
    public Eac3AtmosSettings bitrate(Value<Double> value) {
      return set("Bitrate", value);
    }

    /** CloudFormation property {@code CodingMode}. */
    public Eac3AtmosSettings codingMode(String value) {
      return set("CodingMode", Value.of(value));
    }

    /** Sets {@code CodingMode} to this value; see {@link #codingMode(String)}. */
    public Eac3AtmosSettings codingMode(Value<String> value) {
      return set("CodingMode", value);
    }

    /** CloudFormation property {@code Dialnorm}. */
    public Eac3AtmosSettings dialnorm(int value) {
      return set("Dialnorm", Value.of(value));
    }

    /** Sets {@code Dialnorm} to this value; see {@link #dialnorm(int)}. */
    public Eac3AtmosSettings dialnorm(Value<Integer> value) {
      return set("Dialnorm", value);
    }

    /** CloudFormation property {@code DrcLine}. */
    public Eac3AtmosSettings drcLine(String value) {
      return set("DrcLine", Value.of(value));
    }

    /** Sets {@code DrcLine} to this value; see {@link #drcLine(String)}. */
    public Eac3AtmosSettings drcLine(Value<String> value) {
      return set("DrcLine", value);
    }

    /** CloudFormation property {@code DrcRf}. */
    public Eac3AtmosSettings drcRf(String value) {
      return set("DrcRf", Value.of(value));
    }

    /** Sets {@code DrcRf} to this value; see {@link #drcRf(String)}. */
    public Eac3AtmosSettings drcRf(Value<String> value) {
      return set("DrcRf", value);
    }

    /** CloudFormation property {@code HeightTrim}. */
    public Eac3AtmosSettings heightTrim(double value) {
      return set("HeightTrim", Value.of(value));
    }

    /** Sets {@code HeightTrim} to this value; see {@link #heightTrim(double)}. */
    public Eac3AtmosSettings heightTrim(Value<Double> value) {
      return set("HeightTrim", value);
    }

    /** CloudFormation property {@code SurroundTrim}. */
    public Eac3AtmosSettings surroundTrim(double value) {
      return set("SurroundTrim", Value.of(value));
    }

    /** Sets {@code SurroundTrim} to this value; see {@link #surroundTrim(double)}. */
    public Eac3AtmosSettings surroundTrim(Value<Double> value) {
      return set("SurroundTrim", value);
    }
  }

  /**
   * The settings for an EAC3 audio encode in the output.
   *
   * <p>The parent of this entity is AudioCodecSettings.
   *
   * <p>Property type {@code AWS::MediaLive::Channel.Eac3Settings}.
   */
  public static final class Eac3Settings extends Struct<Eac3Settings> {
    private static final Schema SCHEMA = Schema.of("AWS::MediaLive::Channel.Eac3Settings");

    public Eac3Settings() {
      super(SCHEMA);
    }

    /**
     * When set to attenuate3Db, applies a 3 dB attenuation to the surround channels. Used only for
     * the 3/2 coding mode.
     *
     * <p>CloudFormation property {@code AttenuationControl}.
     */
    public Eac3Settings attenuationControl(String value) {
      return set("AttenuationControl", Value.of(value));
    }

    /** Sets {@code AttenuationControl} to this value; see {@link #attenuationControl(String)}. */
    public Eac3Settings attenuationControl(Value<String> value) {
      return set("AttenuationControl", value);
    }

    /**
     * The average bitrate in bits/second. Valid bitrates depend on the coding mode.
     *
     * <p>CloudFormation property {@code Bitrate}.
     */
    public Eac3Settings bitrate(double value) {
      return set("Bitrate", Value.of(value));
    }

    /** Sets {@code Bitrate} to this value; see {@link #bitrate(double)}. */
    public Eac3Settings bitrate(Value<Double> value) {
      return set("Bitrate", value);
    }

    /**
     * Specifies the bitstream mode (bsmod) for the emitted E-AC-3 stream. For more information, see
     * ATSC A/52-2012 (Annex E).
     *
     * <p>CloudFormation property {@code BitstreamMode}.
     */
    public Eac3Settings bitstreamMode(String value) {
      return set("BitstreamMode", Value.of(value));
    }

    /** Sets {@code BitstreamMode} to this value; see {@link #bitstreamMode(String)}. */
    public Eac3Settings bitstreamMode(Value<String> value) {
      return set("BitstreamMode", value);
    }

    /**
     * The Dolby Digital Plus coding mode. This mode determines the number of channels.
     *
     * <p>CloudFormation property {@code CodingMode}.
     */
    public Eac3Settings codingMode(String value) {
      return set("CodingMode", Value.of(value));
    }

    /** Sets {@code CodingMode} to this value; see {@link #codingMode(String)}. */
    public Eac3Settings codingMode(Value<String> value) {
      return set("CodingMode", value);
    }

    /**
     * When set to enabled, activates a DC highpass filter for all input channels.
     *
     * <p>CloudFormation property {@code DcFilter}.
     */
    public Eac3Settings dcFilter(String value) {
      return set("DcFilter", Value.of(value));
    }

    /** Sets {@code DcFilter} to this value; see {@link #dcFilter(String)}. */
    public Eac3Settings dcFilter(Value<String> value) {
      return set("DcFilter", value);
    }

    /**
     * Sets the dialnorm for the output. If blank and the input audio is Dolby Digital Plus,
     * dialnorm will be passed through.
     *
     * <p>CloudFormation property {@code Dialnorm}.
     */
    public Eac3Settings dialnorm(int value) {
      return set("Dialnorm", Value.of(value));
    }

    /** Sets {@code Dialnorm} to this value; see {@link #dialnorm(int)}. */
    public Eac3Settings dialnorm(Value<Integer> value) {
      return set("Dialnorm", value);
    }

    /**
     * Sets the Dolby dynamic range compression profile.
     *
     * <p>CloudFormation property {@code DrcLine}.
     */
    public Eac3Settings drcLine(String value) {
      return set("DrcLine", Value.of(value));
    }

    /** Sets {@code DrcLine} to this value; see {@link #drcLine(String)}. */
    public Eac3Settings drcLine(Value<String> value) {
      return set("DrcLine", value);
    }

    /**
     * Sets the profile for heavy Dolby dynamic range compression, ensuring that the instantaneous
     * signal peaks do not exceed specified levels.
     *
     * <p>CloudFormation property {@code DrcRf}.
     */
    public Eac3Settings drcRf(String value) {
      return set("DrcRf", Value.of(value));
    }

    /** Sets {@code DrcRf} to this value; see {@link #drcRf(String)}. */
    public Eac3Settings drcRf(Value<String> value) {
      return set("DrcRf", value);
    }

    /**
     * When encoding 3/2 audio, setting to lfe enables the LFE channel.
     *
     * <p>CloudFormation property {@code LfeControl}.
     */
    public Eac3Settings lfeControl(String value) {
      return set("LfeControl", Value.of(value));
    }

    /** Sets {@code LfeControl} to this value; see {@link #lfeControl(String)}. */
    public Eac3Settings lfeControl(Value<String> value) {
      return set("LfeControl", value);
    }

    /**
     * When set to enabled, applies a 120Hz lowpass filter to the LFE channel prior to encoding.
     * Valid only with a codingMode32 coding mode.
     *
     * <p>CloudFormation property {@code LfeFilter}.
     */
    public Eac3Settings lfeFilter(String value) {
      return set("LfeFilter", Value.of(value));
    }

    /** Sets {@code LfeFilter} to this value; see {@link #lfeFilter(String)}. */
    public Eac3Settings lfeFilter(Value<String> value) {
      return set("LfeFilter", value);
    }

    /**
     * The Left only/Right only center mix level. Used only for the 3/2 coding mode.
     *
     * <p>CloudFormation property {@code LoRoCenterMixLevel}.
     */
    public Eac3Settings loRoCenterMixLevel(double value) {
      return set("LoRoCenterMixLevel", Value.of(value));
    }

    /** Sets {@code LoRoCenterMixLevel} to this value; see {@link #loRoCenterMixLevel(double)}. */
    public Eac3Settings loRoCenterMixLevel(Value<Double> value) {
      return set("LoRoCenterMixLevel", value);
    }

    /**
     * The Left only/Right only surround mix level. Used only for a 3/2 coding mode.
     *
     * <p>CloudFormation property {@code LoRoSurroundMixLevel}.
     */
    public Eac3Settings loRoSurroundMixLevel(double value) {
      return set("LoRoSurroundMixLevel", Value.of(value));
    }

    /**
     * Sets {@code LoRoSurroundMixLevel} to this value; see {@link #loRoSurroundMixLevel(double)}.
     */
    public Eac3Settings loRoSurroundMixLevel(Value<Double> value) {
      return set("LoRoSurroundMixLevel", value);
    }

    /**
     * The Left total/Right total center mix level. Used only for a 3/2 coding mode.
     *
     * <p>CloudFormation property {@code LtRtCenterMixLevel}.
     */
    public Eac3Settings ltRtCenterMixLevel(double value) {
      return set("LtRtCenterMixLevel", Value.of(value));
    }

    /** Sets {@code LtRtCenterMixLevel} to this value; see {@link #ltRtCenterMixLevel(double)}. */
    public Eac3Settings ltRtCenterMixLevel(Value<Double> value) {
      return set("LtRtCenterMixLevel", value);
    }

    /**
     * The Left total/Right total surround mix level. Used only for the 3/2 coding mode.
     *
     * <p>CloudFormation property {@code LtRtSurroundMixLevel}.
     */
    public Eac3Settings ltRtSurroundMixLevel(double value) {
      return set("LtRtSurroundMixLevel", Value.of(value));
    }

    /**
     * Sets {@code LtRtSurroundMixLevel} to this value; see {@link #ltRtSurroundMixLevel(double)}.
     */
    public Eac3Settings ltRtSurroundMixLevel(Value<Double> value) {
      return set("LtRtSurroundMixLevel", value);
    }

    /**
     * When set to followInput, encoder metadata is sourced from the DD, DD+, or DolbyE decoder that
     * supplies this audio data. If the audio is not supplied from one of these streams, then the
     * static metadata settings are used.
     *
     * <p>CloudFormation property {@code MetadataControl}.
     */
    public Eac3Settings metadataControl(String value) {
      return set("MetadataControl", Value.of(value));
    }

    /** Sets {@code MetadataControl} to this value; see {@link #metadataControl(String)}. */
    public Eac3Settings metadataControl(Value<String> value) {
      return set("MetadataControl", value);
    }

    /**
     * When set to whenPossible, input DD+ audio will be passed through if it is present on the
     * input. This detection is dynamic over the life of the transcode. Inputs that alternate
     * between DD+ and non-DD+ content will have a consistent DD+ output as the system alternates
     * between passthrough and encoding.
     *
     * <p>CloudFormation property {@code PassthroughControl}.
     */
    public Eac3Settings passthroughControl(String value) {
      return set("PassthroughControl", Value.of(value));
    }

    /** Sets {@code PassthroughControl} to this value; see {@link #passthroughControl(String)}. */
    public Eac3Settings passthroughControl(Value<String> value) {
      return set("PassthroughControl", value);
    }

    /**
     * When set to shift90Degrees, applies a 90-degree phase shift to the surround channels. Used
     * only for a 3/2 coding mode.
     *
     * <p>CloudFormation property {@code PhaseControl}.
     */
    public Eac3Settings phaseControl(String value) {
      return set("PhaseControl", Value.of(value));
    }

    /** Sets {@code PhaseControl} to this value; see {@link #phaseControl(String)}. */
    public Eac3Settings phaseControl(Value<String> value) {
      return set("PhaseControl", value);
    }

    /**
     * A stereo downmix preference. Used only for the 3/2 coding mode.
     *
     * <p>CloudFormation property {@code StereoDownmix}.
     */
    public Eac3Settings stereoDownmix(String value) {
      return set("StereoDownmix", Value.of(value));
    }

    /** Sets {@code StereoDownmix} to this value; see {@link #stereoDownmix(String)}. */
    public Eac3Settings stereoDownmix(Value<String> value) {
      return set("StereoDownmix", value);
    }

    /**
     * When encoding 3/2 audio, sets whether an extra center back surround channel is matrix encoded
     * into the left and right surround channels.
     *
     * <p>CloudFormation property {@code SurroundExMode}.
     */
    public Eac3Settings surroundExMode(String value) {
      return set("SurroundExMode", Value.of(value));
    }

    /** Sets {@code SurroundExMode} to this value; see {@link #surroundExMode(String)}. */
    public Eac3Settings surroundExMode(Value<String> value) {
      return set("SurroundExMode", value);
    }

    /**
     * When encoding 2/0 audio, sets whether Dolby Surround is matrix-encoded into the two channels.
     *
     * <p>CloudFormation property {@code SurroundMode}.
     */
    public Eac3Settings surroundMode(String value) {
      return set("SurroundMode", Value.of(value));
    }

    /** Sets {@code SurroundMode} to this value; see {@link #surroundMode(String)}. */
    public Eac3Settings surroundMode(Value<String> value) {
      return set("SurroundMode", value);
    }
  }

  /**
   * Settings for EBU-TT captions in the output.
   *
   * <p>The parent of this entity is CaptionDestinationSettings.
   *
   * <p>Property type {@code AWS::MediaLive::Channel.EbuTtDDestinationSettings}.
   */
  public static final class EbuTtDDestinationSettings extends Struct<EbuTtDDestinationSettings> {
    private static final Schema SCHEMA = Schema.of("AWS::MediaLive::Channel.EbuTtDDestinationSettings");

    public EbuTtDDestinationSettings() {
      super(SCHEMA);
    }

    /**
     * Applies only if you plan to convert these source captions to EBU-TT-D or TTML in an output.
     * Complete this field if you want to include the name of the copyright holder in the copyright
     * metadata tag in the TTML
     *
     * <p>CloudFormation property {@code CopyrightHolder}.
     */
    public EbuTtDDestinationSettings copyrightHolder(String value) {
      return set("CopyrightHolder", Value.of(value));
    }

    /** Sets {@code CopyrightHolder} to this value; see {@link #copyrightHolder(String)}. */
    public EbuTtDDestinationSettings copyrightHolder(Value<String> value) {
      return set("CopyrightHolder", value);
    }

    /** CloudFormation property {@code DefaultFontSize}. */
    public EbuTtDDestinationSettings defaultFontSize(int value) {
      return set("DefaultFontSize", Value.of(value));
    }

    /** Sets {@code DefaultFontSize} to this value; see {@link #defaultFontSize(int)}. */
    public EbuTtDDestinationSettings defaultFontSize(Value<Integer> value) {
      return set("DefaultFontSize", value);
    }

    /** CloudFormation property {@code DefaultLineHeight}. */
    public EbuTtDDestinationSettings defaultLineHeight(int value) {
      return set("DefaultLineHeight", Value.of(value));
    }

    /** Sets {@code DefaultLineHeight} to this value; see {@link #defaultLineHeight(int)}. */
    public EbuTtDDestinationSettings defaultLineHeight(Value<Integer> value) {
      return set("DefaultLineHeight", value);
    }

    /**
     * Specifies how to handle the gap between the lines (in multi-line captions). - enabled: Fill
     * with the captions background color (as specified in the input captions).
     *
     * <ul> <li>disabled: Leave the gap unfilled. </ul>
     *
     * <p>CloudFormation property {@code FillLineGap}.
     */
    public EbuTtDDestinationSettings fillLineGap(String value) {
      return set("FillLineGap", Value.of(value));
    }

    /** Sets {@code FillLineGap} to this value; see {@link #fillLineGap(String)}. */
    public EbuTtDDestinationSettings fillLineGap(Value<String> value) {
      return set("FillLineGap", value);
    }

    /**
     * Specifies the font family to include in the font data attached to the EBU-TT captions. Valid
     * only if styleControl is set to include. If you leave this field empty, the font family is set
     * to "monospaced". (If styleControl is set to exclude, the font family is always set to
     * "monospaced".) You specify only the font family. All other style information (color, bold,
     * position and so on) is copied from the input captions. The size is always set to 100% to
     * allow the downstream player to choose the size. - Enter a list of font families, as a
     * comma-separated list of font names, in order of preference. The name can be a font family
     * (such as “Arial”), or a generic font family (such as “serif”), or “default” (to let the
     * downstream player choose the font).
     *
     * <ul> <li>Leave blank to set the family to “monospace”. </ul>
     *
     * <p>CloudFormation property {@code FontFamily}.
     */
    public EbuTtDDestinationSettings fontFamily(String value) {
      return set("FontFamily", Value.of(value));
    }

    /** Sets {@code FontFamily} to this value; see {@link #fontFamily(String)}. */
    public EbuTtDDestinationSettings fontFamily(Value<String> value) {
      return set("FontFamily", value);
    }

    /**
     * Specifies the style information (font color, font position, and so on) to include in the font
     * data that is attached to the EBU-TT captions. - include: Take the style information (font
     * color, font position, and so on) from the source captions and include that information in the
     * font data attached to the EBU-TT captions. This option is valid only if the source captions
     * are Embedded or Teletext.
     *
     * <ul> <li>exclude: In the font data attached to the EBU-TT captions, set the font family to
     * "monospaced". Do not include any other style information. </ul>
     *
     * <p>CloudFormation property {@code StyleControl}.
     */
    public EbuTtDDestinationSettings styleControl(String value) {
      return set("StyleControl", Value.of(value));
    }

    /** Sets {@code StyleControl} to this value; see {@link #styleControl(String)}. */
    public EbuTtDDestinationSettings styleControl(Value<String> value) {
      return set("StyleControl", value);
    }
  }

  /** Property type {@code AWS::MediaLive::Channel.EmbeddedCaptionPositionSettings}. */
  public static final class EmbeddedCaptionPositionSettings extends Struct<EmbeddedCaptionPositionSettings> {
    private static final Schema SCHEMA = Schema.of("AWS::MediaLive::Channel.EmbeddedCaptionPositionSettings");

    public EmbeddedCaptionPositionSettings() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code YPositionLine}. */
    public EmbeddedCaptionPositionSettings yPositionLine(int value) {
      return set("YPositionLine", Value.of(value));
    }

    /** Sets {@code YPositionLine} to this value; see {@link #yPositionLine(int)}. */
    public EmbeddedCaptionPositionSettings yPositionLine(Value<Integer> value) {
      return set("YPositionLine", value);
    }
  }

  /** Property type {@code AWS::MediaLive::Channel.EmbeddedDestinationSettings}. */
  public static final class EmbeddedDestinationSettings extends Struct<EmbeddedDestinationSettings> {
    private static final Schema SCHEMA = Schema.of("AWS::MediaLive::Channel.EmbeddedDestinationSettings");

    public EmbeddedDestinationSettings() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code Position}. */
    public EmbeddedDestinationSettings position(Value<EmbeddedCaptionPositionSettings> value) {
      return set("Position", value);
    }

    /** CloudFormation property {@code StyleControl}. */
    public EmbeddedDestinationSettings styleControl(String value) {
      return set("StyleControl", Value.of(value));
    }

    /** Sets {@code StyleControl} to this value; see {@link #styleControl(String)}. */
    public EmbeddedDestinationSettings styleControl(Value<String> value) {
      return set("StyleControl", value);
    }
  }

  /** Property type {@code AWS::MediaLive::Channel.EmbeddedPlusScte20DestinationSettings}. */
  public static final class EmbeddedPlusScte20DestinationSettings extends Struct<EmbeddedPlusScte20DestinationSettings> {
    private static final Schema SCHEMA = Schema.of("AWS::MediaLive::Channel.EmbeddedPlusScte20DestinationSettings");

    public EmbeddedPlusScte20DestinationSettings() {
      super(SCHEMA);
    }
  }

  /**
   * Information about the embedded captions to extract from the input.
   *
   * <p>The parent of this entity is CaptionSelectorSettings.
   *
   * <p>Property type {@code AWS::MediaLive::Channel.EmbeddedSourceSettings}.
   */
  public static final class EmbeddedSourceSettings extends Struct<EmbeddedSourceSettings> {
    private static final Schema SCHEMA = Schema.of("AWS::MediaLive::Channel.EmbeddedSourceSettings");

    public EmbeddedSourceSettings() {
      super(SCHEMA);
    }

    /**
     * If this is upconvert, 608 data is both passed through the "608 compatibility bytes" fields of
     * the 708 wrapper as well as translated into 708. If 708 data is present in the source content,
     * it is discarded.
     *
     * <p>CloudFormation property {@code Convert608To708}.
     */
    public EmbeddedSourceSettings convert608To708(String value) {
      return set("Convert608To708", Value.of(value));
    }

    /** Sets {@code Convert608To708} to this value; see {@link #convert608To708(String)}. */
    public EmbeddedSourceSettings convert608To708(Value<String> value) {
      return set("Convert608To708", value);
    }

    /**
     * Set to "auto" to handle streams with intermittent or non-aligned SCTE-20 and embedded
     * captions.
     *
     * <p>CloudFormation property {@code Scte20Detection}.
     */
    public EmbeddedSourceSettings scte20Detection(String value) {
      return set("Scte20Detection", Value.of(value));
    }

    /** Sets {@code Scte20Detection} to this value; see {@link #scte20Detection(String)}. */
    public EmbeddedSourceSettings scte20Detection(Value<String> value) {
      return set("Scte20Detection", value);
    }

    /**
     * Specifies the 608/708 channel number within the video track from which to extract captions.
     * This is unused for passthrough.
     *
     * <p>CloudFormation property {@code Source608ChannelNumber}.
     */
    public EmbeddedSourceSettings source608ChannelNumber(int value) {
      return set("Source608ChannelNumber", Value.of(value));
    }

    /**
     * Sets {@code Source608ChannelNumber} to this value; see {@link #source608ChannelNumber(int)}.
     */
    public EmbeddedSourceSettings source608ChannelNumber(Value<Integer> value) {
      return set("Source608ChannelNumber", value);
    }

    /**
     * This field is unused and deprecated.
     *
     * <p>CloudFormation property {@code Source608TrackNumber}.
     */
    public EmbeddedSourceSettings source608TrackNumber(int value) {
      return set("Source608TrackNumber", Value.of(value));
    }

    /** Sets {@code Source608TrackNumber} to this value; see {@link #source608TrackNumber(int)}. */
    public EmbeddedSourceSettings source608TrackNumber(Value<Integer> value) {
      return set("Source608TrackNumber", value);
    }
  }

  /**
   * The settings for the encoding of outputs.
   *
   * <p>This entity is at the top level in the channel.
   *
   * <p>Property type {@code AWS::MediaLive::Channel.EncoderSettings}.
   */
  public static final class EncoderSettings extends Struct<EncoderSettings> {
    private static final Schema SCHEMA = Schema.of("AWS::MediaLive::Channel.EncoderSettings");

    public EncoderSettings() {
      super(SCHEMA);
    }

    /**
     * The encoding information for output audio.
     *
     * <p>CloudFormation property {@code AudioDescriptions}.
     */
    public EncoderSettings audioDescriptions(List<AudioDescription> value) {
      return set("AudioDescriptions", Value.listOf(value));
    }

    /** Sets {@code AudioDescriptions} to this value; see {@link #audioDescriptions(List)}. */
    public EncoderSettings audioDescriptions(Value<List<AudioDescription>> value) {
      return set("AudioDescriptions", value);
    }

    /** Sets {@code AudioDescriptions} to a list of these; see {@link #audioDescriptions(List)}. */
    public EncoderSettings audioDescriptions(AudioDescription... values) {
      return set("AudioDescriptions", Value.list(values));
    }

    /**
     * The settings for ad avail blanking.
     *
     * <p>CloudFormation property {@code AvailBlanking}.
     */
    public EncoderSettings availBlanking(Value<AvailBlanking> value) {
      return set("AvailBlanking", value);
    }

    /**
     * The configuration settings for the ad avail handling.
     *
     * <p>CloudFormation property {@code AvailConfiguration}.
     */
    public EncoderSettings availConfiguration(Value<AvailConfiguration> value) {
      return set("AvailConfiguration", value);
    }

    /**
     * The settings for the blackout slate.
     *
     * <p>CloudFormation property {@code BlackoutSlate}.
     */
    public EncoderSettings blackoutSlate(Value<BlackoutSlate> value) {
      return set("BlackoutSlate", value);
    }

    /**
     * The encoding information for output captions.
     *
     * <p>CloudFormation property {@code CaptionDescriptions}.
     */
    public EncoderSettings captionDescriptions(List<CaptionDescription> value) {
      return set("CaptionDescriptions", Value.listOf(value));
    }

    /** Sets {@code CaptionDescriptions} to this value; see {@link #captionDescriptions(List)}. */
    public EncoderSettings captionDescriptions(Value<List<CaptionDescription>> value) {
      return set("CaptionDescriptions", value);
    }

    /**
     * Sets {@code CaptionDescriptions} to a list of these; see {@link #captionDescriptions(List)}.
     */
    public EncoderSettings captionDescriptions(CaptionDescription... values) {
      return set("CaptionDescriptions", Value.list(values));
    }

    /** CloudFormation property {@code ColorCorrectionSettings}. */
    public EncoderSettings colorCorrectionSettings(Value<ColorCorrectionSettings> value) {
      return set("ColorCorrectionSettings", value);
    }

    /**
     * Settings to enable specific features.
     *
     * <p>CloudFormation property {@code FeatureActivations}.
     */
    public EncoderSettings featureActivations(Value<FeatureActivations> value) {
      return set("FeatureActivations", value);
    }

    /**
     * The configuration settings that apply to the entire channel.
     *
     * <p>CloudFormation property {@code GlobalConfiguration}.
     */
    public EncoderSettings globalConfiguration(Value<GlobalConfiguration> value) {
      return set("GlobalConfiguration", value);
    }

    /**
     * Settings to enable and configure the motion graphics overlay feature in the channel.
     *
     * <p>CloudFormation property {@code MotionGraphicsConfiguration}.
     */
    public EncoderSettings motionGraphicsConfiguration(Value<MotionGraphicsConfiguration> value) {
      return set("MotionGraphicsConfiguration", value);
    }

    /**
     * The settings to configure Nielsen watermarks.
     *
     * <p>CloudFormation property {@code NielsenConfiguration}.
     */
    public EncoderSettings nielsenConfiguration(Value<NielsenConfiguration> value) {
      return set("NielsenConfiguration", value);
    }

    /**
     * The settings for the output groups in the channel.
     *
     * <p>CloudFormation property {@code OutputGroups}.
     */
    public EncoderSettings outputGroups(List<OutputGroup> value) {
      return set("OutputGroups", Value.listOf(value));
    }

    /** Sets {@code OutputGroups} to this value; see {@link #outputGroups(List)}. */
    public EncoderSettings outputGroups(Value<List<OutputGroup>> value) {
      return set("OutputGroups", value);
    }

    /** Sets {@code OutputGroups} to a list of these; see {@link #outputGroups(List)}. */
    public EncoderSettings outputGroups(OutputGroup... values) {
      return set("OutputGroups", Value.list(values));
    }

    /** CloudFormation property {@code ThumbnailConfiguration}. */
    public EncoderSettings thumbnailConfiguration(Value<ThumbnailConfiguration> value) {
      return set("ThumbnailConfiguration", value);
    }

    /**
     * Contains settings used to acquire and adjust timecode information from the inputs.
     *
     * <p>CloudFormation property {@code TimecodeConfig}.
     */
    public EncoderSettings timecodeConfig(Value<TimecodeConfig> value) {
      return set("TimecodeConfig", value);
    }

    /**
     * The encoding information for output videos.
     *
     * <p>CloudFormation property {@code VideoDescriptions}.
     */
    public EncoderSettings videoDescriptions(List<VideoDescription> value) {
      return set("VideoDescriptions", Value.listOf(value));
    }

    /** Sets {@code VideoDescriptions} to this value; see {@link #videoDescriptions(List)}. */
    public EncoderSettings videoDescriptions(Value<List<VideoDescription>> value) {
      return set("VideoDescriptions", value);
    }

    /** Sets {@code VideoDescriptions} to a list of these; see {@link #videoDescriptions(List)}. */
    public EncoderSettings videoDescriptions(VideoDescription... values) {
      return set("VideoDescriptions", Value.list(values));
    }
  }

  /** Property type {@code AWS::MediaLive::Channel.EpochLockingSettings}. */
  public static final class EpochLockingSettings extends Struct<EpochLockingSettings> {
    private static final Schema SCHEMA = Schema.of("AWS::MediaLive::Channel.EpochLockingSettings");

    public EpochLockingSettings() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code CustomEpoch}. */
    public EpochLockingSettings customEpoch(String value) {
      return set("CustomEpoch", Value.of(value));
    }

    /** Sets {@code CustomEpoch} to this value; see {@link #customEpoch(String)}. */
    public EpochLockingSettings customEpoch(Value<String> value) {
      return set("CustomEpoch", value);
    }

    /** CloudFormation property {@code JamSyncTime}. */
    public EpochLockingSettings jamSyncTime(String value) {
      return set("JamSyncTime", Value.of(value));
    }

    /** Sets {@code JamSyncTime} to this value; see {@link #jamSyncTime(String)}. */
    public EpochLockingSettings jamSyncTime(Value<String> value) {
      return set("JamSyncTime", value);
    }
  }

  /** Property type {@code AWS::MediaLive::Channel.Esam}. */
  public static final class Esam extends Struct<Esam> {
    private static final Schema SCHEMA = Schema.of("AWS::MediaLive::Channel.Esam");

    public Esam() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code AcquisitionPointId}. */
    public Esam acquisitionPointId(String value) {
      return set("AcquisitionPointId", Value.of(value));
    }

    /** Sets {@code AcquisitionPointId} to this value; see {@link #acquisitionPointId(String)}. */
    public Esam acquisitionPointId(Value<String> value) {
      return set("AcquisitionPointId", value);
    }

    /** CloudFormation property {@code AdAvailOffset}. */
    public Esam adAvailOffset(int value) {
      return set("AdAvailOffset", Value.of(value));
    }

    /** Sets {@code AdAvailOffset} to this value; see {@link #adAvailOffset(int)}. */
    public Esam adAvailOffset(Value<Integer> value) {
      return set("AdAvailOffset", value);
    }

    /** CloudFormation property {@code PasswordParam}. */
    public Esam passwordParam(String value) {
      return set("PasswordParam", Value.of(value));
    }

    /** Sets {@code PasswordParam} to this value; see {@link #passwordParam(String)}. */
    public Esam passwordParam(Value<String> value) {
      return set("PasswordParam", value);
    }

    /** CloudFormation property {@code PoisEndpoint}. */
    public Esam poisEndpoint(String value) {
      return set("PoisEndpoint", Value.of(value));
    }

    /** Sets {@code PoisEndpoint} to this value; see {@link #poisEndpoint(String)}. */
    public Esam poisEndpoint(Value<String> value) {
      return set("PoisEndpoint", value);
    }

    /** CloudFormation property {@code Username}. */
    public Esam username(String value) {
      return set("Username", Value.of(value));
    }

    /** Sets {@code Username} to this value; see {@link #username(String)}. */
    public Esam username(Value<String> value) {
      return set("Username", value);
    }

    /** CloudFormation property {@code ZoneIdentity}. */
    public Esam zoneIdentity(String value) {
      return set("ZoneIdentity", Value.of(value));
    }

    /** Sets {@code ZoneIdentity} to this value; see {@link #zoneIdentity(String)}. */
    public Esam zoneIdentity(Value<String> value) {
      return set("ZoneIdentity", value);
    }
  }

  /**
   * Failover Condition settings. There can be multiple failover conditions inside
   * AutomaticInputFailoverSettings.
   *
   * <p>The parent of this entity is AutomaticInputFailoverSettings.
   *
   * <p>Property type {@code AWS::MediaLive::Channel.FailoverCondition}.
   */
  public static final class FailoverCondition extends Struct<FailoverCondition> {
    private static final Schema SCHEMA = Schema.of("AWS::MediaLive::Channel.FailoverCondition");

    public FailoverCondition() {
      super(SCHEMA);
    }

    /**
     * Settings for a specific failover condition.
     *
     * <p>CloudFormation property {@code FailoverConditionSettings}.
     */
    public FailoverCondition failoverConditionSettings(Value<FailoverConditionSettings> value) {
      return set("FailoverConditionSettings", value);
    }
  }

  /**
   * Settings for one failover condition.
   *
   * <p>The parent of this entity is FailoverCondition.
   *
   * <p>Property type {@code AWS::MediaLive::Channel.FailoverConditionSettings}.
   */
  public static final class FailoverConditionSettings extends Struct<FailoverConditionSettings> {
    private static final Schema SCHEMA = Schema.of("AWS::MediaLive::Channel.FailoverConditionSettings");

    public FailoverConditionSettings() {
      super(SCHEMA);
    }

    /**
     * MediaLive will perform a failover if the specified audio selector is silent for the specified
     * period.
     *
     * <p>CloudFormation property {@code AudioSilenceSettings}.
     */
    public FailoverConditionSettings audioSilenceSettings(Value<AudioSilenceFailoverSettings> value) {
      return set("AudioSilenceSettings", value);
    }

    /**
     * MediaLive will perform a failover if content is not detected in this input for the specified
     * period.
     *
     * <p>CloudFormation property {@code InputLossSettings}.
     */
    public FailoverConditionSettings inputLossSettings(Value<InputLossFailoverSettings> value) {
      return set("InputLossSettings", value);
    }

    /**
     * MediaLive will perform a failover if content is considered black for the specified period.
     *
     * <p>CloudFormation property {@code VideoBlackSettings}.
     */
    public FailoverConditionSettings videoBlackSettings(Value<VideoBlackFailoverSettings> value) {
      return set("VideoBlackSettings", value);
    }
  }

  /**
   * Settings to enable specific features. You can't configure these features until you have enabled
   * them in the channel.
   *
   * <p>The parent of this entity is EncoderSettings.
   *
   * <p>Property type {@code AWS::MediaLive::Channel.FeatureActivations}.
   */
  public static final class FeatureActivations extends Struct<FeatureActivations> {
    private static final Schema SCHEMA = Schema.of("AWS::MediaLive::Channel.FeatureActivations");

    public FeatureActivations() {
      super(SCHEMA);
    }

    /**
     * Enables the Input Prepare feature. You can create Input Prepare actions in the schedule only
     * if this feature is enabled. If you disable the feature on an existing schedule, make sure
     * that you first delete all input prepare actions from the schedule.
     *
     * <p>CloudFormation property {@code InputPrepareScheduleActions}.
     */
    public FeatureActivations inputPrepareScheduleActions(String value) {
      return set("InputPrepareScheduleActions", Value.of(value));
    }

    /**
     * Sets {@code InputPrepareScheduleActions} to this value; see {@link
     * #inputPrepareScheduleActions(String)}.
     */
    public FeatureActivations inputPrepareScheduleActions(Value<String> value) {
      return set("InputPrepareScheduleActions", value);
    }

    /** CloudFormation property {@code OutputStaticImageOverlayScheduleActions}. */
    public FeatureActivations outputStaticImageOverlayScheduleActions(String value) {
      return set("OutputStaticImageOverlayScheduleActions", Value.of(value));
    }

    /**
     * Sets {@code OutputStaticImageOverlayScheduleActions} to this value; see {@link
     * #outputStaticImageOverlayScheduleActions(String)}.
     */
    public FeatureActivations outputStaticImageOverlayScheduleActions(Value<String> value) {
      return set("OutputStaticImageOverlayScheduleActions", value);
    }
  }

  /**
   * The settings for FEC.
   *
   * <p>The parent of this entity is UdpOutputSettings.
   *
   * <p>Property type {@code AWS::MediaLive::Channel.FecOutputSettings}.
   */
  public static final class FecOutputSettings extends Struct<FecOutputSettings> {
    private static final Schema SCHEMA = Schema.of("AWS::MediaLive::Channel.FecOutputSettings");

    public FecOutputSettings() {
      super(SCHEMA);
    }

    /**
     * The parameter D from SMPTE 2022-1. The height of the FEC protection matrix. The number of
     * transport stream packets per column error correction packet. The number must be between 4 and
     * 20, inclusive.
     *
     * <p>CloudFormation property {@code ColumnDepth}.
     */
    public FecOutputSettings columnDepth(int value) {
      return set("ColumnDepth", Value.of(value));
    }

    /** Sets {@code ColumnDepth} to this value; see {@link #columnDepth(int)}. */
    public FecOutputSettings columnDepth(Value<Integer> value) {
      return set("ColumnDepth", value);
    }

    /**
     * Enables column only or column and row-based FEC.
     *
     * <p>CloudFormation property {@code IncludeFec}.
     */
    public FecOutputSettings includeFec(String value) {
      return set("IncludeFec", Value.of(value));
    }

    /** Sets {@code IncludeFec} to this value; see {@link #includeFec(String)}. */
    public FecOutputSettings includeFec(Value<String> value) {
      return set("IncludeFec", value);
    }

    /**
     * The parameter L from SMPTE 2022-1. The width of the FEC protection matrix. Must be between 1
     * and 20, inclusive. If only Column FEC is used, then larger values increase robustness. If Row
     * FEC is used, then this is the number of transport stream packets per row error correction
     * packet, and the value must be between 4 and 20, inclusive, if includeFec is columnAndRow. If
     * includeFec is column, this value must be 1 to 20, inclusive.
     *
     * <p>CloudFormation property {@code RowLength}.
     */
    public FecOutputSettings rowLength(int value) {
      return set("RowLength", Value.of(value));
    }

    /** Sets {@code RowLength} to this value; see {@link #rowLength(int)}. */
    public FecOutputSettings rowLength(Value<Integer> value) {
      return set("RowLength", value);
    }
  }

  /**
   * Settings for the fMP4 containers.
   *
   * <p>The parent of this entity is HlsSettings.
   *
   * <p>Property type {@code AWS::MediaLive::Channel.Fmp4HlsSettings}.
   */
  public static final class Fmp4HlsSettings extends Struct<Fmp4HlsSettings> {
    private static final Schema SCHEMA = Schema.of("AWS::MediaLive::Channel.Fmp4HlsSettings");

    public Fmp4HlsSettings() {
      super(SCHEMA);
    }

    /**
     * List all the audio groups that are used with the video output stream. Input all the audio
     * GROUP-IDs that are associated to the video, separate by ','.
     *
     * <p>CloudFormation property {@code AudioRenditionSets}.
     */
    public Fmp4HlsSettings audioRenditionSets(String value) {
      return set("AudioRenditionSets", Value.of(value));
    }

    /** Sets {@code AudioRenditionSets} to this value; see {@link #audioRenditionSets(String)}. */
    public Fmp4HlsSettings audioRenditionSets(Value<String> value) {
      return set("AudioRenditionSets", value);
    }

    /**
     * If set to passthrough, Nielsen inaudible tones for media tracking will be detected in the
     * input audio and an equivalent ID3 tag will be inserted in the output.
     *
     * <p>CloudFormation property {@code NielsenId3Behavior}.
     */
    public Fmp4HlsSettings nielsenId3Behavior(String value) {
      return set("NielsenId3Behavior", Value.of(value));
    }

    /** Sets {@code NielsenId3Behavior} to this value; see {@link #nielsenId3Behavior(String)}. */
    public Fmp4HlsSettings nielsenId3Behavior(Value<String> value) {
      return set("NielsenId3Behavior", value);
    }

    /**
     * When set to passthrough, timed metadata is passed through from input to output.
     *
     * <p>CloudFormation property {@code TimedMetadataBehavior}.
     */
    public Fmp4HlsSettings timedMetadataBehavior(String value) {
      return set("TimedMetadataBehavior", Value.of(value));
    }

    /**
     * Sets {@code TimedMetadataBehavior} to this value; see {@link #timedMetadataBehavior(String)}.
     */
    public Fmp4HlsSettings timedMetadataBehavior(Value<String> value) {
      return set("TimedMetadataBehavior", value);
    }
  }

  /** Property type {@code AWS::MediaLive::Channel.FollowerChannelSettings}. */
  public static final class FollowerChannelSettings extends Struct<FollowerChannelSettings> {
    private static final Schema SCHEMA = Schema.of("AWS::MediaLive::Channel.FollowerChannelSettings");

    public FollowerChannelSettings() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code LinkedChannelType}. */
    public FollowerChannelSettings linkedChannelType(String value) {
      return set("LinkedChannelType", Value.of(value));
    }

    /** Sets {@code LinkedChannelType} to this value; see {@link #linkedChannelType(String)}. */
    public FollowerChannelSettings linkedChannelType(Value<String> value) {
      return set("LinkedChannelType", value);
    }

    /** CloudFormation property {@code PrimaryChannelArn}. */
    public FollowerChannelSettings primaryChannelArn(String value) {
      return set("PrimaryChannelArn", Value.of(value));
    }

    /** Sets {@code PrimaryChannelArn} to this value; see {@link #primaryChannelArn(String)}. */
    public FollowerChannelSettings primaryChannelArn(Value<String> value) {
      return set("PrimaryChannelArn", value);
    }
  }

  /**
   * Settings to configure the destination of a Frame Capture output.
   *
   * <p>The parent of this entity is FrameCaptureGroupSettings.
   *
   * <p>Property type {@code AWS::MediaLive::Channel.FrameCaptureCdnSettings}.
   */
  public static final class FrameCaptureCdnSettings extends Struct<FrameCaptureCdnSettings> {
    private static final Schema SCHEMA = Schema.of("AWS::MediaLive::Channel.FrameCaptureCdnSettings");

    public FrameCaptureCdnSettings() {
      super(SCHEMA);
    }

    /**
     * Sets up Amazon S3 as the destination for this Frame Capture output.
     *
     * <p>CloudFormation property {@code FrameCaptureS3Settings}.
     */
    public FrameCaptureCdnSettings frameCaptureS3Settings(Value<ArchiveFrameCaptureHlsS3Settings> value) {
      return set("FrameCaptureS3Settings", value);
    }
  }

  /**
   * The settings for a frame capture output group.
   *
   * <p>The parent of this entity is OutputGroupSettings.
   *
   * <p>Property type {@code AWS::MediaLive::Channel.FrameCaptureGroupSettings}.
   */
  public static final class FrameCaptureGroupSettings extends Struct<FrameCaptureGroupSettings> {
    private static final Schema SCHEMA = Schema.of("AWS::MediaLive::Channel.FrameCaptureGroupSettings");

    public FrameCaptureGroupSettings() {
      super(SCHEMA);
    }

    /**
     * The destination for the frame capture files. The destination is either the URI for an Amazon
     * S3 bucket and object, plus a file name prefix (for example,
     * s3ssl://sportsDelivery/highlights/20180820/curling_) or the URI for a MediaStore container,
     * plus a file name prefix (for example, mediastoressl://sportsDelivery/20180820/curling_). The
     * final file names consist of the prefix from the destination field (for example, "curling_") +
     * name modifier + the counter (5 digits, starting from 00001) + extension (which is always
     * .jpg). For example, curlingLow.00001.jpg.
     *
     * <p>CloudFormation property {@code Destination}.
     */
    public FrameCaptureGroupSettings destination(Value<OutputLocationRef> value) {
      return set("Destination", value);
    }

    /**
     * Settings to configure the destination of a Frame Capture output.
     *
     * <p>CloudFormation property {@code FrameCaptureCdnSettings}.
     */
    public FrameCaptureGroupSettings frameCaptureCdnSettings(Value<FrameCaptureCdnSettings> value) {
      return set("FrameCaptureCdnSettings", value);
    }
  }

  /** Property type {@code AWS::MediaLive::Channel.FrameCaptureHlsSettings}. */
  public static final class FrameCaptureHlsSettings extends Struct<FrameCaptureHlsSettings> {
    private static final Schema SCHEMA = Schema.of("AWS::MediaLive::Channel.FrameCaptureHlsSettings");

    public FrameCaptureHlsSettings() {
      super(SCHEMA);
    }
  }

  /**
   * The frame capture output settings.
   *
   * <p>The parent of this entity is OutputSettings.
   *
   * <p>Property type {@code AWS::MediaLive::Channel.FrameCaptureOutputSettings}.
   */
  public static final class FrameCaptureOutputSettings extends Struct<FrameCaptureOutputSettings> {
    private static final Schema SCHEMA = Schema.of("AWS::MediaLive::Channel.FrameCaptureOutputSettings");

    public FrameCaptureOutputSettings() {
      super(SCHEMA);
    }

    /**
     * Required if the output group contains more than one output. This modifier forms part of the
     * output file name.
     *
     * <p>CloudFormation property {@code NameModifier}.
     */
    public FrameCaptureOutputSettings nameModifier(String value) {
      return set("NameModifier", Value.of(value));
    }

    /** Sets {@code NameModifier} to this value; see {@link #nameModifier(String)}. */
    public FrameCaptureOutputSettings nameModifier(Value<String> value) {
      return set("NameModifier", value);
    }
  }

  /**
   * Sets up Amazon S3 as the destination for this Frame Capture output.
   *
   * <p>The parent of this entity is FrameCaptureCdnSettings.
   *
   * <p>Property type {@code AWS::MediaLive::Channel.FrameCaptureS3Settings}.
   */
  public static final class FrameCaptureS3Settings extends Struct<FrameCaptureS3Settings> {
    private static final Schema SCHEMA = Schema.of("AWS::MediaLive::Channel.FrameCaptureS3Settings");

    public FrameCaptureS3Settings() {
      super(SCHEMA);
    }

    /**
     * Specify the canned ACL to apply to each S3 request. Defaults to none.
     *
     * <p>CloudFormation property {@code CannedAcl}.
     */
    public FrameCaptureS3Settings cannedAcl(String value) {
      return set("CannedAcl", Value.of(value));
    }

    /** Sets {@code CannedAcl} to this value; see {@link #cannedAcl(String)}. */
    public FrameCaptureS3Settings cannedAcl(Value<String> value) {
      return set("CannedAcl", value);
    }
  }

  /**
   * The frame capture settings.
   *
   * <p>The parent of this entity is VideoCodecSettings.
   *
   * <p>Property type {@code AWS::MediaLive::Channel.FrameCaptureSettings}.
   */
  public static final class FrameCaptureSettings extends Struct<FrameCaptureSettings> {
    private static final Schema SCHEMA = Schema.of("AWS::MediaLive::Channel.FrameCaptureSettings");

    public FrameCaptureSettings() {
      super(SCHEMA);
    }

    /**
     * The frequency, in seconds, for capturing frames for inclusion in the output. For example,
     * "10" means capture a frame every 10 seconds.
     *
     * <p>CloudFormation property {@code CaptureInterval}.
     */
    public FrameCaptureSettings captureInterval(int value) {
      return set("CaptureInterval", Value.of(value));
    }

    /** Sets {@code CaptureInterval} to this value; see {@link #captureInterval(int)}. */
    public FrameCaptureSettings captureInterval(Value<Integer> value) {
      return set("CaptureInterval", value);
    }

    /**
     * Unit for the frame capture interval.
     *
     * <p>CloudFormation property {@code CaptureIntervalUnits}.
     */
    public FrameCaptureSettings captureIntervalUnits(String value) {
      return set("CaptureIntervalUnits", Value.of(value));
    }

    /**
     * Sets {@code CaptureIntervalUnits} to this value; see {@link #captureIntervalUnits(String)}.
     */
    public FrameCaptureSettings captureIntervalUnits(Value<String> value) {
      return set("CaptureIntervalUnits", value);
    }

    /** CloudFormation property {@code TimecodeBurninSettings}. */
    public FrameCaptureSettings timecodeBurninSettings(Value<TimecodeBurninSettings> value) {
      return set("TimecodeBurninSettings", value);
    }
  }

  /**
   * The configuration settings that apply to the entire channel.
   *
   * <p>The parent of this entity is EncoderSettings.
   *
   * <p>Property type {@code AWS::MediaLive::Channel.GlobalConfiguration}.
   */
  public static final class GlobalConfiguration extends Struct<GlobalConfiguration> {
    private static final Schema SCHEMA = Schema.of("AWS::MediaLive::Channel.GlobalConfiguration");

    public GlobalConfiguration() {
      super(SCHEMA);
    }

    /**
     * The value to set the initial audio gain for the channel.
     *
     * <p>CloudFormation property {@code InitialAudioGain}.
     */
    public GlobalConfiguration initialAudioGain(int value) {
      return set("InitialAudioGain", Value.of(value));
    }

    /** Sets {@code InitialAudioGain} to this value; see {@link #initialAudioGain(int)}. */
    public GlobalConfiguration initialAudioGain(Value<Integer> value) {
      return set("InitialAudioGain", value);
    }

    /**
     * Indicates the action to take when the current input completes (for example, end-of-file).
     * When switchAndLoopInputs is configured, MediaLive restarts at the beginning of the first
     * input. When "none" is configured, MediaLive transcodes either black, a solid color, or a
     * user-specified slate images per the "Input Loss Behavior" configuration until the next input
     * switch occurs (which is controlled through the Channel Schedule API).
     *
     * <p>CloudFormation property {@code InputEndAction}.
     */
    public GlobalConfiguration inputEndAction(String value) {
      return set("InputEndAction", Value.of(value));
    }

    /** Sets {@code InputEndAction} to this value; see {@link #inputEndAction(String)}. */
    public GlobalConfiguration inputEndAction(Value<String> value) {
      return set("InputEndAction", value);
    }

    /**
     * The settings for system actions when the input is lost.
     *
     * <p>CloudFormation property {@code InputLossBehavior}.
     */
    public GlobalConfiguration inputLossBehavior(Value<InputLossBehavior> value) {
      return set("InputLossBehavior", value);
    }

    /**
     * Indicates how MediaLive pipelines are synchronized. PIPELINELOCKING - MediaLive attempts to
     * synchronize the output of each pipeline to the other. EPOCHLOCKING - MediaLive attempts to
     * synchronize the output of each pipeline to the Unix epoch.
     *
     * <p>CloudFormation property {@code OutputLockingMode}.
     */
    public GlobalConfiguration outputLockingMode(String value) {
      return set("OutputLockingMode", Value.of(value));
    }

    /** Sets {@code OutputLockingMode} to this value; see {@link #outputLockingMode(String)}. */
    public GlobalConfiguration outputLockingMode(Value<String> value) {
      return set("OutputLockingMode", value);
    }

    /** CloudFormation property {@code OutputLockingSettings}. */
    public GlobalConfiguration outputLockingSettings(Value<OutputLockingSettings> value) {
      return set("OutputLockingSettings", value);
    }

    /**
     * Indicates whether the rate of frames emitted by the Live encoder should be paced by its
     * system clock (which optionally might be locked to another source through NTP) or should be
     * locked to the clock of the source that is providing the input stream.
     *
     * <p>CloudFormation property {@code OutputTimingSource}.
     */
    public GlobalConfiguration outputTimingSource(String value) {
      return set("OutputTimingSource", Value.of(value));
    }

    /** Sets {@code OutputTimingSource} to this value; see {@link #outputTimingSource(String)}. */
    public GlobalConfiguration outputTimingSource(Value<String> value) {
      return set("OutputTimingSource", value);
    }

    /**
     * Adjusts the video input buffer for streams with very low video frame rates. This is commonly
     * set to enabled for music channels with less than one video frame per second.
     *
     * <p>CloudFormation property {@code SupportLowFramerateInputs}.
     */
    public GlobalConfiguration supportLowFramerateInputs(String value) {
      return set("SupportLowFramerateInputs", Value.of(value));
    }

    /**
     * Sets {@code SupportLowFramerateInputs} to this value; see {@link
     * #supportLowFramerateInputs(String)}.
     */
    public GlobalConfiguration supportLowFramerateInputs(Value<String> value) {
      return set("SupportLowFramerateInputs", value);
    }
  }

  /**
   * Settings for configuring color space in an H264 video encode.
   *
   * <p>The parent of this entity is H264Settings.
   *
   * <p>Property type {@code AWS::MediaLive::Channel.H264ColorSpaceSettings}.
   */
  public static final class H264ColorSpaceSettings extends Struct<H264ColorSpaceSettings> {
    private static final Schema SCHEMA = Schema.of("AWS::MediaLive::Channel.H264ColorSpaceSettings");

    public H264ColorSpaceSettings() {
      super(SCHEMA);
    }

    /**
     * Passthrough applies no color space conversion to the output.
     *
     * <p>CloudFormation property {@code ColorSpacePassthroughSettings}.
     */
    public H264ColorSpaceSettings colorSpacePassthroughSettings(Value<Json> value) {
      return set("ColorSpacePassthroughSettings", value);
    }

    /**
     * Settings to configure the handling of Rec601 color space.
     *
     * <p>CloudFormation property {@code Rec601Settings}.
     */
    public H264ColorSpaceSettings rec601Settings(Value<Json> value) {
      return set("Rec601Settings", value);
    }

    /**
     * Settings to configure the handling of Rec709 color space.
     *
     * <p>CloudFormation property {@code Rec709Settings}.
     */
    public H264ColorSpaceSettings rec709Settings(Value<Json> value) {
      return set("Rec709Settings", value);
    }
  }

  /**
   * Settings to configure video filters that apply to the H264 codec.
   *
   * <p>The parent of this entity is H264Settings.
   *
   * <p>Property type {@code AWS::MediaLive::Channel.H264FilterSettings}.
   */
  public static final class H264FilterSettings extends Struct<H264FilterSettings> {
    private static final Schema SCHEMA = Schema.of("AWS::MediaLive::Channel.H264FilterSettings");

    public H264FilterSettings() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code BandwidthReductionFilterSettings}. */
    public H264FilterSettings bandwidthReductionFilterSettings(Value<BandwidthReductionFilterSettings> value) {
      return set("BandwidthReductionFilterSettings", value);
    }

    /**
     * Settings for applying the temporal filter to the video.
     *
     * <p>CloudFormation property {@code TemporalFilterSettings}.
     */
    public H264FilterSettings temporalFilterSettings(Value<TemporalFilterSettings> value) {
      return set("TemporalFilterSettings", value);
    }
  }

  /**
   * The settings for the H.264 codec in the output.
   *
   * <p>The parent of this entity is VideoCodecSettings.
   *
   * <p>Property type {@code AWS::MediaLive::Channel.H264Settings}.
   */
  public static final class H264Settings extends Struct<H264Settings> {
    private static final Schema SCHEMA = Schema.of("AWS::MediaLive::Channel.H264Settings");

    public H264Settings() {
      super(SCHEMA);
    }

    /**
     * The adaptive quantization. This allows intra-frame quantizers to vary to improve visual
     * quality.
     *
     * <p>CloudFormation property {@code AdaptiveQuantization}.
     */
    public H264Settings adaptiveQuantization(String value) {
      return set("AdaptiveQuantization", Value.of(value));
    }

    /**
     * Sets {@code AdaptiveQuantization} to this value; see {@link #adaptiveQuantization(String)}.
     */
    public H264Settings adaptiveQuantization(Value<String> value) {
      return set("AdaptiveQuantization", value);
    }

    /**
     * Indicates that AFD values will be written into the output stream. If afdSignaling is auto,
     * the system tries to preserve the input AFD value (in cases where multiple AFD values are
     * valid). If set to fixed, the AFD value is the value configured in the fixedAfd parameter.
     *
     * <p>CloudFormation property {@code AfdSignaling}.
     */
    public H264Settings afdSignaling(String value) {
      return set("AfdSignaling", Value.of(value));
    }

    /** Sets {@code AfdSignaling} to this value; see {@link #afdSignaling(String)}. */
    public H264Settings afdSignaling(Value<String> value) {
      return set("AfdSignaling", value);
    }

    /**
     * The average bitrate in bits/second. This is required when the rate control mode is VBR or
     * CBR. It isn't used for QVBR. In a Microsoft Smooth output group, each output must have a
     * unique value when its bitrate is rounded down to the nearest multiple of 1000.
     *
     * <p>CloudFormation property {@code Bitrate}.
     */
    public H264Settings bitrate(int value) {
      return set("Bitrate", Value.of(value));
    }

    /** Sets {@code Bitrate} to this value; see {@link #bitrate(int)}. */
    public H264Settings bitrate(Value<Integer> value) {
      return set("Bitrate", value);
    }

    /**
     * The percentage of the buffer that should initially be filled (HRD buffer model).
     *
     * <p>CloudFormation property {@code BufFillPct}.
     */
    public H264Settings bufFillPct(int value) {
      return set("BufFillPct", Value.of(value));
    }

    /** Sets {@code BufFillPct} to this value; see {@link #bufFillPct(int)}. */
    public H264Settings bufFillPct(Value<Integer> value) {
      return set("BufFillPct", value);
    }

    /**
     * The size of the buffer (HRD buffer model) in bits/second.
     *
     * <p>CloudFormation property {@code BufSize}.
     */
    public H264Settings bufSize(int value) {
      return set("BufSize", Value.of(value));
    }

    /** Sets {@code BufSize} to this value; see {@link #bufSize(int)}. */
    public H264Settings bufSize(Value<Integer> value) {
      return set("BufSize", value);
    }

    /**
     * Includes color space metadata in the output.
     *
     * <p>CloudFormation property {@code ColorMetadata}.
     */
    public H264Settings colorMetadata(String value) {
      return set("ColorMetadata", Value.of(value));
    }

    /** Sets {@code ColorMetadata} to this value; see {@link #colorMetadata(String)}. */
    public H264Settings colorMetadata(Value<String> value) {
      return set("ColorMetadata", value);
    }

    /**
     * Settings to configure the color space handling for the video.
     *
     * <p>CloudFormation property {@code ColorSpaceSettings}.
     */
    public H264Settings colorSpaceSettings(Value<H264ColorSpaceSettings> value) {
      return set("ColorSpaceSettings", value);
    }

    /**
     * The entropy encoding mode. Use cabac (must be in Main or High profile) or cavlc.
     *
     * <p>CloudFormation property {@code EntropyEncoding}.
     */
    public H264Settings entropyEncoding(String value) {
      return set("EntropyEncoding", Value.of(value));
    }

    /** Sets {@code EntropyEncoding} to this value; see {@link #entropyEncoding(String)}. */
    public H264Settings entropyEncoding(Value<String> value) {
      return set("EntropyEncoding", value);
    }

    /**
     * Optional filters that you can apply to an encode.
     *
     * <p>CloudFormation property {@code FilterSettings}.
     */
    public H264Settings filterSettings(Value<H264FilterSettings> value) {
      return set("FilterSettings", value);
    }

    /**
     * A four-bit AFD value to write on all frames of video in the output stream. Valid only when
     * afdSignaling is set to Fixed.
     *
     * <p>CloudFormation property {@code FixedAfd}.
     */
    public H264Settings fixedAfd(String value) {
      return set("FixedAfd", Value.of(value));
    }

    /** Sets {@code FixedAfd} to this value; see {@link #fixedAfd(String)}. */
    public H264Settings fixedAfd(Value<String> value) {
      return set("FixedAfd", value);
    }

    /**
     * If set to enabled, adjusts the quantization within each frame to reduce flicker or pop on
     * I-frames.
     *
     * <p>CloudFormation property {@code FlickerAq}.
     */
    public H264Settings flickerAq(String value) {
      return set("FlickerAq", Value.of(value));
    }

    /** Sets {@code FlickerAq} to this value; see {@link #flickerAq(String)}. */
    public H264Settings flickerAq(Value<String> value) {
      return set("FlickerAq", value);
    }

    /**
     * This setting applies only when scan type is "interlaced." It controls whether coding is
     * performed on a field basis or on a frame basis. (When the video is progressive, the coding is
     * always performed on a frame basis.) enabled: Force MediaLive to code on a field basis, so
     * that odd and even sets of fields are coded separately. disabled: Code the two sets of fields
     * separately (on a field basis) or together (on a frame basis using PAFF), depending on what is
     * most appropriate for the content.
     *
     * <p>CloudFormation property {@code ForceFieldPictures}.
     */
    public H264Settings forceFieldPictures(String value) {
      return set("ForceFieldPictures", Value.of(value));
    }

    /** Sets {@code ForceFieldPictures} to this value; see {@link #forceFieldPictures(String)}. */
    public H264Settings forceFieldPictures(Value<String> value) {
      return set("ForceFieldPictures", value);
    }

    /**
     * Indicates how the output video frame rate is specified. If you select "specified," the output
     * video frame rate is determined by framerateNumerator and framerateDenominator. If you select
     * "initializeFromSource," the output video frame rate is set equal to the input video frame
     * rate of the first input.
     *
     * <p>CloudFormation property {@code FramerateControl}.
     */
    public H264Settings framerateControl(String value) {
      return set("FramerateControl", Value.of(value));
    }

    /** Sets {@code FramerateControl} to this value; see {@link #framerateControl(String)}. */
    public H264Settings framerateControl(Value<String> value) {
      return set("FramerateControl", value);
    }

    /**
     * The frame rate denominator.
     *
     * <p>CloudFormation property {@code FramerateDenominator}.
     */
    public H264Settings framerateDenominator(int value) {
      return set("FramerateDenominator", Value.of(value));
    }

    /** Sets {@code FramerateDenominator} to this value; see {@link #framerateDenominator(int)}. */
    public H264Settings framerateDenominator(Value<Integer> value) {
      return set("FramerateDenominator", value);
    }

    /**
     * The frame rate numerator. The frame rate is a fraction, for example, 24000/1001 = 23.976 fps.
     *
     * <p>CloudFormation property {@code FramerateNumerator}.
     */
    public H264Settings framerateNumerator(int value) {
      return set("FramerateNumerator", Value.of(value));
    }

    /** Sets {@code FramerateNumerator} to this value; see {@link #framerateNumerator(int)}. */
    public H264Settings framerateNumerator(Value<Integer> value) {
      return set("FramerateNumerator", value);
    }

    /**
     * If enabled, uses reference B frames for GOP structures that have B frames &gt; 1.
     *
     * <p>CloudFormation property {@code GopBReference}.
     */
    public H264Settings gopBReference(String value) {
      return set("GopBReference", Value.of(value));
    }

    /** Sets {@code GopBReference} to this value; see {@link #gopBReference(String)}. */
    public H264Settings gopBReference(Value<String> value) {
      return set("GopBReference", value);
    }

    /**
     * The frequency of closed GOPs. In streaming applications, we recommend that you set this to 1
     * so that a decoder joining mid-stream will receive an IDR frame as quickly as possible.
     * Setting this value to 0 will break output segmenting.
     *
     * <p>CloudFormation property {@code GopClosedCadence}.
     */
    public H264Settings gopClosedCadence(int value) {
      return set("GopClosedCadence", Value.of(value));
    }

    /** Sets {@code GopClosedCadence} to this value; see {@link #gopClosedCadence(int)}. */
    public H264Settings gopClosedCadence(Value<Integer> value) {
      return set("GopClosedCadence", value);
    }

    /**
     * The number of B-frames between reference frames.
     *
     * <p>CloudFormation property {@code GopNumBFrames}.
     */
    public H264Settings gopNumBFrames(int value) {
      return set("GopNumBFrames", Value.of(value));
    }

    /** Sets {@code GopNumBFrames} to this value; see {@link #gopNumBFrames(int)}. */
    public H264Settings gopNumBFrames(Value<Integer> value) {
      return set("GopNumBFrames", value);
    }

    /**
     * The GOP size (keyframe interval) in units of either frames or seconds per gopSizeUnits. The
     * value must be greater than zero.
     *
     * <p>CloudFormation property {@code GopSize}.
     */
    public H264Settings gopSize(double value) {
      return set("GopSize", Value.of(value));
    }

    /** Sets {@code GopSize} to this value; see {@link #gopSize(double)}. */
    public H264Settings gopSize(Value<Double> value) {
      return set("GopSize", value);
    }

    /**
     * Indicates if the gopSize is specified in frames or seconds. If seconds, the system converts
     * the gopSize into a frame count at runtime.
     *
     * <p>CloudFormation property {@code GopSizeUnits}.
     */
    public H264Settings gopSizeUnits(String value) {
      return set("GopSizeUnits", Value.of(value));
    }

    /** Sets {@code GopSizeUnits} to this value; see {@link #gopSizeUnits(String)}. */
    public H264Settings gopSizeUnits(Value<String> value) {
      return set("GopSizeUnits", value);
    }

    /**
     * The H.264 level.
     *
     * <p>CloudFormation property {@code Level}.
     */
    public H264Settings level(String value) {
      return set("Level", Value.of(value));
    }

    /** Sets {@code Level} to this value; see {@link #level(String)}. */
    public H264Settings level(Value<String> value) {
      return set("Level", value);
    }

    /**
     * The amount of lookahead. A value of low can decrease latency and memory usage, while high can
     * produce better quality for certain content.
     *
     * <p>CloudFormation property {@code LookAheadRateControl}.
     */
    public H264Settings lookAheadRateControl(String value) {
      return set("LookAheadRateControl", Value.of(value));
    }

    /**
     * Sets {@code LookAheadRateControl} to this value; see {@link #lookAheadRateControl(String)}.
     */
    public H264Settings lookAheadRateControl(Value<String> value) {
      return set("LookAheadRateControl", value);
    }

    /**
     * For QVBR: See the tooltip for Quality level. For VBR: Set the maximum bitrate in order to
     * accommodate expected spikes in the complexity of the video.
     *
     * <p>CloudFormation property {@code MaxBitrate}.
     */
    public H264Settings maxBitrate(int value) {
      return set("MaxBitrate", Value.of(value));
    }

    /** Sets {@code MaxBitrate} to this value; see {@link #maxBitrate(int)}. */
    public H264Settings maxBitrate(Value<Integer> value) {
      return set("MaxBitrate", value);
    }

    /** CloudFormation property {@code MinBitrate}. */
    public H264Settings minBitrate(int value) {
      return set("MinBitrate", Value.of(value));
    }

    /** Sets {@code MinBitrate} to this value; see {@link #minBitrate(int)}. */
    public H264Settings minBitrate(Value<Integer> value) {
      return set("MinBitrate", value);
    }

    /**
     * Meaningful only if sceneChangeDetect is set to enabled. This setting enforces separation
     * between repeated (cadence) I-frames and I-frames inserted by Scene Change Detection. If a
     * scene change I-frame is within I-interval frames of a cadence I-frame, the GOP is shrunk or
     * stretched to the scene change I-frame. GOP stretch requires enabling lookahead as well as
     * setting the I-interval. The normal cadence resumes for the next GOP. Note that the maximum
     * GOP stretch = GOP size + Min-I-interval - 1.
     *
     * <p>CloudFormation property {@code MinIInterval}.
     */
    public H264Settings minIInterval(int value) {
      return set("MinIInterval", Value.of(value));
    }

    /** Sets {@code MinIInterval} to this value; see {@link #minIInterval(int)}. */
    public H264Settings minIInterval(Value<Integer> value) {
      return set("MinIInterval", value);
    }

    /** CloudFormation property {@code MinQp}. */
    public H264Settings minQp(int value) {
      return set("MinQp", Value.of(value));
    }

    /** Sets {@code MinQp} to this value; see {@link #minQp(int)}. */
    public H264Settings minQp(Value<Integer> value) {
      return set("MinQp", value);
    }

    /**
     * The number of reference frames to use. The encoder might use more than requested if you use
     * B-frames or interlaced encoding.
     *
     * <p>CloudFormation property {@code NumRefFrames}.
     */
    public H264Settings numRefFrames(int value) {
      return set("NumRefFrames", Value.of(value));
    }

    /** Sets {@code NumRefFrames} to this value; see {@link #numRefFrames(int)}. */
    public H264Settings numRefFrames(Value<Integer> value) {
      return set("NumRefFrames", value);
    }

    /**
     * Indicates how the output pixel aspect ratio is specified. If "specified" is selected, the
     * output video pixel aspect ratio is determined by parNumerator and parDenominator. If
     * "initializeFromSource" is selected, the output pixels aspect ratio will be set equal to the
     * input video pixel aspect ratio of the first input.
     *
     * <p>CloudFormation property {@code ParControl}.
     */
    public H264Settings parControl(String value) {
      return set("ParControl", Value.of(value));
    }

    /** Sets {@code ParControl} to this value; see {@link #parControl(String)}. */
    public H264Settings parControl(Value<String> value) {
      return set("ParControl", value);
    }

    /**
     * The Pixel Aspect Ratio denominator.
     *
     * <p>CloudFormation property {@code ParDenominator}.
     */
    public H264Settings parDenominator(int value) {
      return set("ParDenominator", Value.of(value));
    }

    /** Sets {@code ParDenominator} to this value; see {@link #parDenominator(int)}. */
    public H264Settings parDenominator(Value<Integer> value) {
      return set("ParDenominator", value);
    }

    /**
     * The Pixel Aspect Ratio numerator.
     *
     * <p>CloudFormation property {@code ParNumerator}.
     */
    public H264Settings parNumerator(int value) {
      return set("ParNumerator", Value.of(value));
    }

    /** Sets {@code ParNumerator} to this value; see {@link #parNumerator(int)}. */
    public H264Settings parNumerator(Value<Integer> value) {
      return set("ParNumerator", value);
    }

    /**
     * An H.264 profile.
     *
     * <p>CloudFormation property {@code Profile}.
     */
    public H264Settings profile(String value) {
      return set("Profile", Value.of(value));
    }

    /** Sets {@code Profile} to this value; see {@link #profile(String)}. */
    public H264Settings profile(Value<String> value) {
      return set("Profile", value);
    }

    /**
     * Leave as STANDARD_QUALITY or choose a different value (which might result in additional costs
     * to run the channel).
     *
     * <ul> <li>ENHANCED_QUALITY: Produces a slightly better video quality without an increase in
     * the bitrate. Has an effect only when the Rate control mode is QVBR or CBR. If this channel is
     * in a MediaLive multiplex, the value must be ENHANCED_QUALITY. <li>STANDARD_QUALITY: Valid for
     * any Rate control mode. </ul>
     *
     * <p>CloudFormation property {@code QualityLevel}.
     */
    public H264Settings qualityLevel(String value) {
      return set("QualityLevel", Value.of(value));
    }

    /** Sets {@code QualityLevel} to this value; see {@link #qualityLevel(String)}. */
    public H264Settings qualityLevel(Value<String> value) {
      return set("QualityLevel", value);
    }

    /**
     * Controls the target quality for the video encode. This applies only when the rate control
     * mode is QVBR. Set values for the QVBR quality level field and Max bitrate field that suit
     * your most important viewing devices. Recommended values are: - Primary screen: Quality level:
     * 8 to 10. Max bitrate: 4M - PC or tablet: Quality level: 7. Max bitrate: 1.5M to 3M -
     * Smartphone: Quality level: 6. Max bitrate: 1M to 1.5M.
     *
     * <p>CloudFormation property {@code QvbrQualityLevel}.
     */
    public H264Settings qvbrQualityLevel(int value) {
      return set("QvbrQualityLevel", Value.of(value));
    }

    /** Sets {@code QvbrQualityLevel} to this value; see {@link #qvbrQualityLevel(int)}. */
    public H264Settings qvbrQualityLevel(Value<Integer> value) {
      return set("QvbrQualityLevel", value);
    }

    /**
     * The rate control mode. QVBR: The quality will match the specified quality level except when
     * it is constrained by the maximum bitrate. We recommend this if you or your viewers pay for
     * bandwidth. VBR: The quality and bitrate vary, depending on the video complexity. We recommend
     * this instead of QVBR if you want to maintain a specific average bitrate over the duration of
     * the channel. CBR: The quality varies, depending on the video complexity. We recommend this
     * only if you distribute your assets to devices that can't handle variable bitrates.
     *
     * <p>CloudFormation property {@code RateControlMode}.
     */
    public H264Settings rateControlMode(String value) {
      return set("RateControlMode", Value.of(value));
    }

    /** Sets {@code RateControlMode} to this value; see {@link #rateControlMode(String)}. */
    public H264Settings rateControlMode(Value<String> value) {
      return set("RateControlMode", value);
    }

    /**
     * Sets the scan type of the output to progressive or top-field-first interlaced.
     *
     * <p>CloudFormation property {@code ScanType}.
     */
    public H264Settings scanType(String value) {
      return set("ScanType", Value.of(value));
    }

    /** Sets {@code ScanType} to this value; see {@link #scanType(String)}. */
    public H264Settings scanType(Value<String> value) {
      return set("ScanType", value);
    }

    /**
     * The scene change detection. On: inserts I-frames when the scene change is detected. Off: does
     * not force an I-frame when the scene change is detected.
     *
     * <p>CloudFormation property {@code SceneChangeDetect}.
     */
    public H264Settings sceneChangeDetect(String value) {
      return set("SceneChangeDetect", Value.of(value));
    }

    /** Sets {@code SceneChangeDetect} to this value; see {@link #sceneChangeDetect(String)}. */
    public H264Settings sceneChangeDetect(Value<String> value) {
      return set("SceneChangeDetect", value);
    }

    /**
     * The number of slices per picture. The number must be less than or equal to the number of
     * macroblock rows for progressive pictures, and less than or equal to half the number of
     * macroblock rows for interlaced pictures. This field is optional. If you don't specify a
     * value, MediaLive chooses the number of slices based on the encode resolution.
     *
     * <p>CloudFormation property {@code Slices}.
     */
    public H264Settings slices(int value) {
      return set("Slices", Value.of(value));
    }

    /** Sets {@code Slices} to this value; see {@link #slices(int)}. */
    public H264Settings slices(Value<Integer> value) {
      return set("Slices", value);
    }

    /**
     * Softness. Selects a quantizer matrix. Larger values reduce high-frequency content in the
     * encoded image.
     *
     * <p>CloudFormation property {@code Softness}.
     */
    public H264Settings softness(int value) {
      return set("Softness", Value.of(value));
    }

    /** Sets {@code Softness} to this value; see {@link #softness(int)}. */
    public H264Settings softness(Value<Integer> value) {
      return set("Softness", value);
    }

    /**
     * If set to enabled, adjusts quantization within each frame based on the spatial variation of
     * content complexity.
     *
     * <p>CloudFormation property {@code SpatialAq}.
     */
    public H264Settings spatialAq(String value) {
      return set("SpatialAq", Value.of(value));
    }

    /** Sets {@code SpatialAq} to this value; see {@link #spatialAq(String)}. */
    public H264Settings spatialAq(Value<String> value) {
      return set("SpatialAq", value);
    }

    /**
     * If set to fixed, uses gopNumBFrames B-frames per sub-GOP. If set to dynamic, optimizes the
     * number of B-frames used for each sub-GOP to improve visual quality.
     *
     * <p>CloudFormation property {@code SubgopLength}.
     */
    public H264Settings subgopLength(String value) {
      return set("SubgopLength", Value.of(value));
    }

    /** Sets {@code SubgopLength} to this value; see {@link #subgopLength(String)}. */
    public H264Settings subgopLength(Value<String> value) {
      return set("SubgopLength", value);
    }

    /**
     * Produces a bitstream that is compliant with SMPTE RP-2027.
     *
     * <p>CloudFormation property {@code Syntax}.
     */
    public H264Settings syntax(String value) {
      return set("Syntax", Value.of(value));
    }

    /** Sets {@code Syntax} to this value; see {@link #syntax(String)}. */
    public H264Settings syntax(Value<String> value) {
      return set("Syntax", value);
    }

    /**
     * If set to enabled, adjusts quantization within each frame based on the temporal variation of
     * content complexity.
     *
     * <p>CloudFormation property {@code TemporalAq}.
     */
    public H264Settings temporalAq(String value) {
      return set("TemporalAq", Value.of(value));
    }

    /** Sets {@code TemporalAq} to this value; see {@link #temporalAq(String)}. */
    public H264Settings temporalAq(Value<String> value) {
      return set("TemporalAq", value);
    }

    /** CloudFormation property {@code TimecodeBurninSettings}. */
    public H264Settings timecodeBurninSettings(Value<TimecodeBurninSettings> value) {
      return set("TimecodeBurninSettings", value);
    }

    /**
     * Determines how timecodes should be inserted into the video elementary stream. disabled: don't
     * include timecodes. picTimingSei: pass through picture timing SEI messages from the source
     * specified in Timecode Config.
     *
     * <p>CloudFormation property {@code TimecodeInsertion}.
     */
    public H264Settings timecodeInsertion(String value) {
      return set("TimecodeInsertion", Value.of(value));
    }

    /** Sets {@code TimecodeInsertion} to this value; see {@link #timecodeInsertion(String)}. */
    public H264Settings timecodeInsertion(Value<String> value) {
      return set("TimecodeInsertion", value);
    }
  }

  /**
   * H265 Color Space Settings
   *
   * <p>The parent of this entity is H265Settings.
   *
   * <p>Property type {@code AWS::MediaLive::Channel.H265ColorSpaceSettings}.
   */
  public static final class H265ColorSpaceSettings extends Struct<H265ColorSpaceSettings> {
    private static final Schema SCHEMA = Schema.of("AWS::MediaLive::Channel.H265ColorSpaceSettings");

    public H265ColorSpaceSettings() {
      super(SCHEMA);
    }

    /**
     * Passthrough applies no color space conversion to the output.
     *
     * <p>CloudFormation property {@code ColorSpacePassthroughSettings}.
     */
    public H265ColorSpaceSettings colorSpacePassthroughSettings(Value<Json> value) {
      return set("ColorSpacePassthroughSettings", value);
    }

    /** CloudFormation property {@code DolbyVision81Settings}. */
    public H265ColorSpaceSettings dolbyVision81Settings(Value<Json> value) {
      return set("DolbyVision81Settings", value);
    }

    /**
     * Settings to configure the handling of HDR10 color space.
     *
     * <p>CloudFormation property {@code Hdr10Settings}.
     */
    public H265ColorSpaceSettings hdr10Settings(Value<Hdr10Settings> value) {
      return set("Hdr10Settings", value);
    }

    /** CloudFormation property {@code Hlg2020Settings}. */
    public H265ColorSpaceSettings hlg2020Settings(Value<Json> value) {
      return set("Hlg2020Settings", value);
    }

    /**
     * Settings to configure the handling of Rec601 color space.
     *
     * <p>CloudFormation property {@code Rec601Settings}.
     */
    public H265ColorSpaceSettings rec601Settings(Value<Json> value) {
      return set("Rec601Settings", value);
    }

    /**
     * Settings to configure the handling of Rec709 color space.
     *
     * <p>CloudFormation property {@code Rec709Settings}.
     */
    public H265ColorSpaceSettings rec709Settings(Value<Json> value) {
      return set("Rec709Settings", value);
    }
  }

  /**
   * Settings to configure video filters that apply to the H265 codec.
   *
   * <p>The parent of this entity is H265Settings.
   *
   * <p>Property type {@code AWS::MediaLive::Channel.H265FilterSettings}.
   */
  public static final class H265FilterSettings extends Struct<H265FilterSettings> {
    private static final Schema SCHEMA = Schema.of("AWS::MediaLive::Channel.H265FilterSettings");

    public H265FilterSettings() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code BandwidthReductionFilterSettings}. */
    public H265FilterSettings bandwidthReductionFilterSettings(Value<BandwidthReductionFilterSettings> value) {
      return set("BandwidthReductionFilterSettings", value);
    }

    /**
     * Settings for applying the temporal filter to the video.
     *
     * <p>CloudFormation property {@code TemporalFilterSettings}.
     */
    public H265FilterSettings temporalFilterSettings(Value<TemporalFilterSettings> value) {
      return set("TemporalFilterSettings", value);
    }
  }

  /**
   * H265 Settings
   *
   * <p>The parent of this entity is VideoCodecSettings.
   *
   * <p>Property type {@code AWS::MediaLive::Channel.H265Settings}.
   */
  public static final class H265Settings extends Struct<H265Settings> {
    private static final Schema SCHEMA = Schema.of("AWS::MediaLive::Channel.H265Settings");

    public H265Settings() {
      super(SCHEMA);
    }

    /**
     * Adaptive quantization. Allows intra-frame quantizers to vary to improve visual quality.
     *
     * <p>CloudFormation property {@code AdaptiveQuantization}.
     */
    public H265Settings adaptiveQuantization(String value) {
      return set("AdaptiveQuantization", Value.of(value));
    }

    /**
     * Sets {@code AdaptiveQuantization} to this value; see {@link #adaptiveQuantization(String)}.
     */
    public H265Settings adaptiveQuantization(Value<String> value) {
      return set("AdaptiveQuantization", value);
    }

    /**
     * Indicates that AFD values will be written into the output stream. If afdSignaling is "auto",
     * the system will try to preserve the input AFD value (in cases where multiple AFD values are
     * valid). If set to "fixed", the AFD value will be the value configured in the fixedAfd
     * parameter.
     *
     * <p>CloudFormation property {@code AfdSignaling}.
     */
    public H265Settings afdSignaling(String value) {
      return set("AfdSignaling", Value.of(value));
    }

    /** Sets {@code AfdSignaling} to this value; see {@link #afdSignaling(String)}. */
    public H265Settings afdSignaling(Value<String> value) {
      return set("AfdSignaling", value);
    }

    /**
     * Whether or not EML should insert an Alternative Transfer Function SEI message to support
     * backwards compatibility with non-HDR decoders and displays.
     *
     * <p>CloudFormation property {@code AlternativeTransferFunction}.
     */
    public H265Settings alternativeTransferFunction(String value) {
      return set("AlternativeTransferFunction", Value.of(value));
    }

    /**
     * Sets {@code AlternativeTransferFunction} to this value; see {@link
     * #alternativeTransferFunction(String)}.
     */
    public H265Settings alternativeTransferFunction(Value<String> value) {
      return set("AlternativeTransferFunction", value);
    }

    /**
     * Average bitrate in bits/second. Required when the rate control mode is VBR or CBR. Not used
     * for QVBR. In an MS Smooth output group, each output must have a unique value when its bitrate
     * is rounded down to the nearest multiple of 1000.
     *
     * <p>CloudFormation property {@code Bitrate}.
     */
    public H265Settings bitrate(int value) {
      return set("Bitrate", Value.of(value));
    }

    /** Sets {@code Bitrate} to this value; see {@link #bitrate(int)}. */
    public H265Settings bitrate(Value<Integer> value) {
      return set("Bitrate", value);
    }

    /**
     * Size of buffer (HRD buffer model) in bits.
     *
     * <p>CloudFormation property {@code BufSize}.
     */
    public H265Settings bufSize(int value) {
      return set("BufSize", Value.of(value));
    }

    /** Sets {@code BufSize} to this value; see {@link #bufSize(int)}. */
    public H265Settings bufSize(Value<Integer> value) {
      return set("BufSize", value);
    }

    /**
     * Includes colorspace metadata in the output.
     *
     * <p>CloudFormation property {@code ColorMetadata}.
     */
    public H265Settings colorMetadata(String value) {
      return set("ColorMetadata", Value.of(value));
    }

    /** Sets {@code ColorMetadata} to this value; see {@link #colorMetadata(String)}. */
    public H265Settings colorMetadata(Value<String> value) {
      return set("ColorMetadata", value);
    }

    /**
     * Color Space settings
     *
     * <p>CloudFormation property {@code ColorSpaceSettings}.
     */
    public H265Settings colorSpaceSettings(Value<H265ColorSpaceSettings> value) {
      return set("ColorSpaceSettings", value);
    }

    /** CloudFormation property {@code Deblocking}. */
    public H265Settings deblocking(String value) {
      return set("Deblocking", Value.of(value));
    }

    /** Sets {@code Deblocking} to this value; see {@link #deblocking(String)}. */
    public H265Settings deblocking(Value<String> value) {
      return set("Deblocking", value);
    }

    /**
     * Optional filters that you can apply to an encode.
     *
     * <p>CloudFormation property {@code FilterSettings}.
     */
    public H265Settings filterSettings(Value<H265FilterSettings> value) {
      return set("FilterSettings", value);
    }

    /**
     * Four bit AFD value to write on all frames of video in the output stream. Only valid when
     * afdSignaling is set to 'Fixed'.
     *
     * <p>CloudFormation property {@code FixedAfd}.
     */
    public H265Settings fixedAfd(String value) {
      return set("FixedAfd", Value.of(value));
    }

    /** Sets {@code FixedAfd} to this value; see {@link #fixedAfd(String)}. */
    public H265Settings fixedAfd(Value<String> value) {
      return set("FixedAfd", value);
    }

    /**
     * If set to enabled, adjust quantization within each frame to reduce flicker or 'pop' on
     * I-frames.
     *
     * <p>CloudFormation property {@code FlickerAq}.
     */
    public H265Settings flickerAq(String value) {
      return set("FlickerAq", Value.of(value));
    }

    /** Sets {@code FlickerAq} to this value; see {@link #flickerAq(String)}. */
    public H265Settings flickerAq(Value<String> value) {
      return set("FlickerAq", value);
    }

    /**
     * Framerate denominator.
     *
     * <p>CloudFormation property {@code FramerateDenominator}.
     */
    public H265Settings framerateDenominator(int value) {
      return set("FramerateDenominator", Value.of(value));
    }

    /** Sets {@code FramerateDenominator} to this value; see {@link #framerateDenominator(int)}. */
    public H265Settings framerateDenominator(Value<Integer> value) {
      return set("FramerateDenominator", value);
    }

    /**
     * Framerate numerator - framerate is a fraction, e.g. 24000 / 1001 = 23.976 fps.
     *
     * <p>CloudFormation property {@code FramerateNumerator}.
     */
    public H265Settings framerateNumerator(int value) {
      return set("FramerateNumerator", Value.of(value));
    }

    /** Sets {@code FramerateNumerator} to this value; see {@link #framerateNumerator(int)}. */
    public H265Settings framerateNumerator(Value<Integer> value) {
      return set("FramerateNumerator", value);
    }

    /** CloudFormation property {@code GopBReference}. */
    public H265Settings gopBReference(String value) {
      return set("GopBReference", Value.of(value));
    }

    /** Sets {@code GopBReference} to this value; see {@link #gopBReference(String)}. */
    public H265Settings gopBReference(Value<String> value) {
      return set("GopBReference", value);
    }

    /**
     * Frequency of closed GOPs. In streaming applications, it is recommended that this be set to 1
     * so a decoder joining mid-stream will receive an IDR frame as quickly as possible. Setting
     * this value to 0 will break output segmenting.
     *
     * <p>CloudFormation property {@code GopClosedCadence}.
     */
    public H265Settings gopClosedCadence(int value) {
      return set("GopClosedCadence", Value.of(value));
    }

    /** Sets {@code GopClosedCadence} to this value; see {@link #gopClosedCadence(int)}. */
    public H265Settings gopClosedCadence(Value<Integer> value) {
      return set("GopClosedCadence", value);
    }

    /** CloudFormation property {@code GopNumBFrames}. */
    public H265Settings gopNumBFrames(int value) {
      return set("GopNumBFrames", Value.of(value));
    }

    /** Sets {@code GopNumBFrames} to this value; see {@link #gopNumBFrames(int)}. */
    public H265Settings gopNumBFrames(Value<Integer> value) {
      return set("GopNumBFrames", value);
    }

    /**
     * GOP size (keyframe interval) in units of either frames or seconds per gopSizeUnits. If
     * gopSizeUnits is frames, gopSize must be an integer and must be greater than or equal to 1. If
     * gopSizeUnits is seconds, gopSize must be greater than 0, but need not be an integer.
     *
     * <p>CloudFormation property {@code GopSize}.
     */
    public H265Settings gopSize(double value) {
      return set("GopSize", Value.of(value));
    }

    /** Sets {@code GopSize} to this value; see {@link #gopSize(double)}. */
    public H265Settings gopSize(Value<Double> value) {
      return set("GopSize", value);
    }

    /**
     * Indicates if the gopSize is specified in frames or seconds. If seconds the system will
     * convert the gopSize into a frame count at run time.
     *
     * <p>CloudFormation property {@code GopSizeUnits}.
     */
    public H265Settings gopSizeUnits(String value) {
      return set("GopSizeUnits", Value.of(value));
    }

    /** Sets {@code GopSizeUnits} to this value; see {@link #gopSizeUnits(String)}. */
    public H265Settings gopSizeUnits(Value<String> value) {
      return set("GopSizeUnits", value);
    }

    /**
     * H.265 Level.
     *
     * <p>CloudFormation property {@code Level}.
     */
    public H265Settings level(String value) {
      return set("Level", Value.of(value));
    }

    /** Sets {@code Level} to this value; see {@link #level(String)}. */
    public H265Settings level(Value<String> value) {
      return set("Level", value);
    }

    /**
     * Amount of lookahead. A value of low can decrease latency and memory usage, while high can
     * produce better quality for certain content.
     *
     * <p>CloudFormation property {@code LookAheadRateControl}.
     */
    public H265Settings lookAheadRateControl(String value) {
      return set("LookAheadRateControl", Value.of(value));
    }

    /**
     * Sets {@code LookAheadRateControl} to this value; see {@link #lookAheadRateControl(String)}.
     */
    public H265Settings lookAheadRateControl(Value<String> value) {
      return set("LookAheadRateControl", value);
    }

    /**
     * For QVBR: See the tooltip for Quality level
     *
     * <p>CloudFormation property {@code MaxBitrate}.
     */
    public H265Settings maxBitrate(int value) {
      return set("MaxBitrate", Value.of(value));
    }

    /** Sets {@code MaxBitrate} to this value; see {@link #maxBitrate(int)}. */
    public H265Settings maxBitrate(Value<Integer> value) {
      return set("MaxBitrate", value);
    }

    /** CloudFormation property {@code MinBitrate}. */
    public H265Settings minBitrate(int value) {
      return set("MinBitrate", Value.of(value));
    }

    /** Sets {@code MinBitrate} to this value; see {@link #minBitrate(int)}. */
    public H265Settings minBitrate(Value<Integer> value) {
      return set("MinBitrate", value);
    }

    /**
     * Only meaningful if sceneChangeDetect is set to enabled. Defaults to 5 if multiplex rate
     * control is used. Enforces separation between repeated (cadence) I-frames and I-frames
     * inserted by Scene Change Detection. If a scene change I-frame is within I-interval frames of
     * a cadence I-frame, the GOP is shrunk and/or stretched to the scene change I-frame. GOP
     * stretch requires enabling lookahead as well as setting I-interval. The normal cadence resumes
     * for the next GOP. Note: Maximum GOP stretch = GOP size + Min-I-interval - 1
     *
     * <p>CloudFormation property {@code MinIInterval}.
     */
    public H265Settings minIInterval(int value) {
      return set("MinIInterval", Value.of(value));
    }

    /** Sets {@code MinIInterval} to this value; see {@link #minIInterval(int)}. */
    public H265Settings minIInterval(Value<Integer> value) {
      return set("MinIInterval", value);
    }

    /** CloudFormation property {@code MinQp}. */
    public H265Settings minQp(int value) {
      return set("MinQp", Value.of(value));
    }

    /** Sets {@code MinQp} to this value; see {@link #minQp(int)}. */
    public H265Settings minQp(Value<Integer> value) {
      return set("MinQp", value);
    }

    /** CloudFormation property {@code MvOverPictureBoundaries}. */
    public H265Settings mvOverPictureBoundaries(String value) {
      return set("MvOverPictureBoundaries", Value.of(value));
    }

    /**
     * Sets {@code MvOverPictureBoundaries} to this value; see {@link
     * #mvOverPictureBoundaries(String)}.
     */
    public H265Settings mvOverPictureBoundaries(Value<String> value) {
      return set("MvOverPictureBoundaries", value);
    }

    /** CloudFormation property {@code MvTemporalPredictor}. */
    public H265Settings mvTemporalPredictor(String value) {
      return set("MvTemporalPredictor", Value.of(value));
    }

    /** Sets {@code MvTemporalPredictor} to this value; see {@link #mvTemporalPredictor(String)}. */
    public H265Settings mvTemporalPredictor(Value<String> value) {
      return set("MvTemporalPredictor", value);
    }

    /**
     * Pixel Aspect Ratio denominator.
     *
     * <p>CloudFormation property {@code ParDenominator}.
     */
    public H265Settings parDenominator(int value) {
      return set("ParDenominator", Value.of(value));
    }

    /** Sets {@code ParDenominator} to this value; see {@link #parDenominator(int)}. */
    public H265Settings parDenominator(Value<Integer> value) {
      return set("ParDenominator", value);
    }

    /**
     * Pixel Aspect Ratio numerator.
     *
     * <p>CloudFormation property {@code ParNumerator}.
     */
    public H265Settings parNumerator(int value) {
      return set("ParNumerator", Value.of(value));
    }

    /** Sets {@code ParNumerator} to this value; see {@link #parNumerator(int)}. */
    public H265Settings parNumerator(Value<Integer> value) {
      return set("ParNumerator", value);
    }

    /**
     * H.265 Profile.
     *
     * <p>CloudFormation property {@code Profile}.
     */
    public H265Settings profile(String value) {
      return set("Profile", Value.of(value));
    }

    /** Sets {@code Profile} to this value; see {@link #profile(String)}. */
    public H265Settings profile(Value<String> value) {
      return set("Profile", value);
    }

    /**
     * Controls the target quality for the video encode. Applies only when the rate control mode is
     * QVBR. Set values for the QVBR quality level field and Max bitrate field that suit your most
     * important viewing devices. Recommended values are:
     *
     * <ul> <li>Primary screen: Quality level: 8 to 10. Max bitrate: 4M <li>PC or tablet: Quality
     * level: 7. Max bitrate: 1.5M to 3M <li>Smartphone: Quality level: 6. Max bitrate: 1M to 1.5M
     * </ul>
     *
     * <p>CloudFormation property {@code QvbrQualityLevel}.
     */
    public H265Settings qvbrQualityLevel(int value) {
      return set("QvbrQualityLevel", Value.of(value));
    }

    /** Sets {@code QvbrQualityLevel} to this value; see {@link #qvbrQualityLevel(int)}. */
    public H265Settings qvbrQualityLevel(Value<Integer> value) {
      return set("QvbrQualityLevel", value);
    }

    /**
     * Rate control mode. QVBR: Quality will match the specified quality level except when it is
     * constrained by the maximum bitrate. Recommended if you or your viewers pay for bandwidth.
     * CBR: Quality varies, depending on the video complexity. Recommended only if you distribute
     * your assets to devices that cannot handle variable bitrates. Multiplex: This rate control
     * mode is only supported (and is required) when the video is being delivered to a MediaLive
     * Multiplex in which case the rate control configuration is controlled by the properties within
     * the Multiplex Program.
     *
     * <p>CloudFormation property {@code RateControlMode}.
     */
    public H265Settings rateControlMode(String value) {
      return set("RateControlMode", Value.of(value));
    }

    /** Sets {@code RateControlMode} to this value; see {@link #rateControlMode(String)}. */
    public H265Settings rateControlMode(Value<String> value) {
      return set("RateControlMode", value);
    }

    /**
     * Sets the scan type of the output to progressive or top-field-first interlaced.
     *
     * <p>CloudFormation property {@code ScanType}.
     */
    public H265Settings scanType(String value) {
      return set("ScanType", Value.of(value));
    }

    /** Sets {@code ScanType} to this value; see {@link #scanType(String)}. */
    public H265Settings scanType(Value<String> value) {
      return set("ScanType", value);
    }

    /**
     * Scene change detection.
     *
     * <p>CloudFormation property {@code SceneChangeDetect}.
     */
    public H265Settings sceneChangeDetect(String value) {
      return set("SceneChangeDetect", Value.of(value));
    }

    /** Sets {@code SceneChangeDetect} to this value; see {@link #sceneChangeDetect(String)}. */
    public H265Settings sceneChangeDetect(Value<String> value) {
      return set("SceneChangeDetect", value);
    }

    /**
     * Number of slices per picture. Must be less than or equal to the number of macroblock rows for
     * progressive pictures, and less than or equal to half the number of macroblock rows for
     * interlaced pictures. This field is optional; when no value is specified the encoder will
     * choose the number of slices based on encode resolution.
     *
     * <p>CloudFormation property {@code Slices}.
     */
    public H265Settings slices(int value) {
      return set("Slices", Value.of(value));
    }

    /** Sets {@code Slices} to this value; see {@link #slices(int)}. */
    public H265Settings slices(Value<Integer> value) {
      return set("Slices", value);
    }

    /** CloudFormation property {@code SubgopLength}. */
    public H265Settings subgopLength(String value) {
      return set("SubgopLength", Value.of(value));
    }

    /** Sets {@code SubgopLength} to this value; see {@link #subgopLength(String)}. */
    public H265Settings subgopLength(Value<String> value) {
      return set("SubgopLength", value);
    }

    /**
     * H.265 Tier.
     *
     * <p>CloudFormation property {@code Tier}.
     */
    public H265Settings tier(String value) {
      return set("Tier", Value.of(value));
    }

    /** Sets {@code Tier} to this value; see {@link #tier(String)}. */
    public H265Settings tier(Value<String> value) {
      return set("Tier", value);
    }

    /** CloudFormation property {@code TileHeight}. */
    public H265Settings tileHeight(int value) {
      return set("TileHeight", Value.of(value));
    }

    /** Sets {@code TileHeight} to this value; see {@link #tileHeight(int)}. */
    public H265Settings tileHeight(Value<Integer> value) {
      return set("TileHeight", value);
    }

    /** CloudFormation property {@code TilePadding}. */
    public H265Settings tilePadding(String value) {
      return set("TilePadding", Value.of(value));
    }

    /** Sets {@code TilePadding} to this value; see {@link #tilePadding(String)}. */
    public H265Settings tilePadding(Value<String> value) {
      return set("TilePadding", value);
    }

    /** CloudFormation property {@code TileWidth}. */
    public H265Settings tileWidth(int value) {
      return set("TileWidth", Value.of(value));
    }

    /** Sets {@code TileWidth} to this value; see {@link #tileWidth(int)}. */
    public H265Settings tileWidth(Value<Integer> value) {
      return set("TileWidth", value);
    }

    /** CloudFormation property {@code TimecodeBurninSettings}. */
    public H265Settings timecodeBurninSettings(Value<TimecodeBurninSettings> value) {
      return set("TimecodeBurninSettings", value);
    }

    /**
     * Determines how timecodes should be inserted into the video elementary stream.
     *
     * <ul> <li>'disabled': Do not include timecodes <li>'picTimingSei': Pass through picture timing
     * SEI messages from the source specified in Timecode Config </ul>
     *
     * <p>CloudFormation property {@code TimecodeInsertion}.
     */
    public H265Settings timecodeInsertion(String value) {
      return set("TimecodeInsertion", Value.of(value));
    }

    /** Sets {@code TimecodeInsertion} to this value; see {@link #timecodeInsertion(String)}. */
    public H265Settings timecodeInsertion(Value<String> value) {
      return set("TimecodeInsertion", value);
    }

    /** CloudFormation property {@code TreeblockSize}. */
    public H265Settings treeblockSize(String value) {
      return set("TreeblockSize", Value.of(value));
    }

    /** Sets {@code TreeblockSize} to this value; see {@link #treeblockSize(String)}. */
    public H265Settings treeblockSize(Value<String> value) {
      return set("TreeblockSize", value);
    }
  }

  /**
   * Hdr10 Settings
   *
   * <p>The parents of this entity are H265ColorSpaceSettings (for color space settings in the
   * output) and VideoSelectorColorSpaceSettings (for color space settings in the input).
   *
   * <p>Property type {@code AWS::MediaLive::Channel.Hdr10Settings}.
   */
  public static final class Hdr10Settings extends Struct<Hdr10Settings> {
    private static final Schema SCHEMA = Schema.of("AWS::MediaLive::Channel.Hdr10Settings");

    public Hdr10Settings() {
      super(SCHEMA);
    }

    /**
     * Maximum Content Light Level An integer metadata value defining the maximum light level, in
     * nits, of any single pixel within an encoded HDR video stream or file.
     *
     * <p>CloudFormation property {@code MaxCll}.
     */
    public Hdr10Settings maxCll(int value) {
      return set("MaxCll", Value.of(value));
    }

    /** Sets {@code MaxCll} to this value; see {@link #maxCll(int)}. */
    public Hdr10Settings maxCll(Value<Integer> value) {
      return set("MaxCll", value);
    }

    /**
     * Maximum Frame Average Light Level An integer metadata value defining the maximum average
     * light level, in nits, for any single frame within an encoded HDR video stream or file.
     *
     * <p>CloudFormation property {@code MaxFall}.
     */
    public Hdr10Settings maxFall(int value) {
      return set("MaxFall", Value.of(value));
    }

    /** Sets {@code MaxFall} to this value; see {@link #maxFall(int)}. */
    public Hdr10Settings maxFall(Value<Integer> value) {
      return set("MaxFall", value);
    }
  }

  /**
   * The Akamai settings in an HLS output.
   *
   * <p>The parent of this entity is HlsCdnSettings.
   *
   * <p>Property type {@code AWS::MediaLive::Channel.HlsAkamaiSettings}.
   */
  public static final class HlsAkamaiSettings extends Struct<HlsAkamaiSettings> {
    private static final Schema SCHEMA = Schema.of("AWS::MediaLive::Channel.HlsAkamaiSettings");

    public HlsAkamaiSettings() {
      super(SCHEMA);
    }

    /**
     * The number of seconds to wait before retrying a connection to the CDN if the connection is
     * lost.
     *
     * <p>CloudFormation property {@code ConnectionRetryInterval}.
     */
    public HlsAkamaiSettings connectionRetryInterval(int value) {
      return set("ConnectionRetryInterval", Value.of(value));
    }

    /**
     * Sets {@code ConnectionRetryInterval} to this value; see {@link
     * #connectionRetryInterval(int)}.
     */
    public HlsAkamaiSettings connectionRetryInterval(Value<Integer> value) {
      return set("ConnectionRetryInterval", value);
    }

    /**
     * The size, in seconds, of the file cache for streaming outputs.
     *
     * <p>CloudFormation property {@code FilecacheDuration}.
     */
    public HlsAkamaiSettings filecacheDuration(int value) {
      return set("FilecacheDuration", Value.of(value));
    }

    /** Sets {@code FilecacheDuration} to this value; see {@link #filecacheDuration(int)}. */
    public HlsAkamaiSettings filecacheDuration(Value<Integer> value) {
      return set("FilecacheDuration", value);
    }

    /**
     * Specifies whether to use chunked transfer encoding to Akamai. To enable this feature, contact
     * Akamai.
     *
     * <p>CloudFormation property {@code HttpTransferMode}.
     */
    public HlsAkamaiSettings httpTransferMode(String value) {
      return set("HttpTransferMode", Value.of(value));
    }

    /** Sets {@code HttpTransferMode} to this value; see {@link #httpTransferMode(String)}. */
    public HlsAkamaiSettings httpTransferMode(Value<String> value) {
      return set("HttpTransferMode", value);
    }

    /**
     * The number of retry attempts that will be made before the channel is put into an error state.
     *
     * <p>CloudFormation property {@code NumRetries}.
     */
    public HlsAkamaiSettings numRetries(int value) {
      return set("NumRetries", Value.of(value));
    }

    /** Sets {@code NumRetries} to this value; see {@link #numRetries(int)}. */
    public HlsAkamaiSettings numRetries(Value<Integer> value) {
      return set("NumRetries", value);
    }

    /**
     * If a streaming output fails, the number of seconds to wait until a restart is initiated. A
     * value of 0 means never restart.
     *
     * <p>CloudFormation property {@code RestartDelay}.
     */
    public HlsAkamaiSettings restartDelay(int value) {
      return set("RestartDelay", Value.of(value));
    }

    /** Sets {@code RestartDelay} to this value; see {@link #restartDelay(int)}. */
    public HlsAkamaiSettings restartDelay(Value<Integer> value) {
      return set("RestartDelay", value);
    }

    /**
     * The salt for authenticated Akamai.
     *
     * <p>CloudFormation property {@code Salt}.
     */
    public HlsAkamaiSettings salt(String value) {
      return set("Salt", Value.of(value));
    }

    /** Sets {@code Salt} to this value; see {@link #salt(String)}. */
    public HlsAkamaiSettings salt(Value<String> value) {
      return set("Salt", value);
    }

    /**
     * The token parameter for authenticated Akamai. If this is not specified, _gda_ is used.
     *
     * <p>CloudFormation property {@code Token}.
     */
    public HlsAkamaiSettings token(String value) {
      return set("Token", Value.of(value));
    }

    /** Sets {@code Token} to this value; see {@link #token(String)}. */
    public HlsAkamaiSettings token(Value<String> value) {
      return set("Token", value);
    }
  }

  /**
   * The configuration of HLS Basic Put Settings.
   *
   * <p>The parent of this entity is HlsCdnSettings.
   *
   * <p>Property type {@code AWS::MediaLive::Channel.HlsBasicPutSettings}.
   */
  public static final class HlsBasicPutSettings extends Struct<HlsBasicPutSettings> {
    private static final Schema SCHEMA = Schema.of("AWS::MediaLive::Channel.HlsBasicPutSettings");

    public HlsBasicPutSettings() {
      super(SCHEMA);
    }

    /**
     * The number of seconds to wait before retrying a connection to the CDN if the connection is
     * lost.
     *
     * <p>CloudFormation property {@code ConnectionRetryInterval}.
     */
    public HlsBasicPutSettings connectionRetryInterval(int value) {
      return set("ConnectionRetryInterval", Value.of(value));
    }

    /**
     * Sets {@code ConnectionRetryInterval} to this value; see {@link
     * #connectionRetryInterval(int)}.
     */
    public HlsBasicPutSettings connectionRetryInterval(Value<Integer> value) {
      return set("ConnectionRetryInterval", value);
    }

    /**
     * The size, in seconds, of the file cache for streaming outputs.
     *
     * <p>CloudFormation property {@code FilecacheDuration}.
     */
    public HlsBasicPutSettings filecacheDuration(int value) {
      return set("FilecacheDuration", Value.of(value));
    }

    /** Sets {@code FilecacheDuration} to this value; see {@link #filecacheDuration(int)}. */
    public HlsBasicPutSettings filecacheDuration(Value<Integer> value) {
      return set("FilecacheDuration", value);
    }

    /**
     * The number of retry attempts that MediaLive makes before the channel is put into an error
     * state.
     *
     * <p>CloudFormation property {@code NumRetries}.
     */
    public HlsBasicPutSettings numRetries(int value) {
      return set("NumRetries", Value.of(value));
    }

    /** Sets {@code NumRetries} to this value; see {@link #numRetries(int)}. */
    public HlsBasicPutSettings numRetries(Value<Integer> value) {
      return set("NumRetries", value);
    }

    /**
     * If a streaming output fails, the number of seconds to wait until a restart is initiated. A
     * value of 0 means never restart.
     *
     * <p>CloudFormation property {@code RestartDelay}.
     */
    public HlsBasicPutSettings restartDelay(int value) {
      return set("RestartDelay", Value.of(value));
    }

    /** Sets {@code RestartDelay} to this value; see {@link #restartDelay(int)}. */
    public HlsBasicPutSettings restartDelay(Value<Integer> value) {
      return set("RestartDelay", value);
    }
  }

  /**
   * The settings for the CDN of an HLS output.
   *
   * <p>The parent of this entity is HlsGroupSettings.
   *
   * <p>Property type {@code AWS::MediaLive::Channel.HlsCdnSettings}.
   */
  public static final class HlsCdnSettings extends Struct<HlsCdnSettings> {
    private static final Schema SCHEMA = Schema.of("AWS::MediaLive::Channel.HlsCdnSettings");

    public HlsCdnSettings() {
      super(SCHEMA);
    }

    /**
     * Sets up Akamai as the downstream system for the HLS output group.
     *
     * <p>CloudFormation property {@code HlsAkamaiSettings}.
     */
    public HlsCdnSettings hlsAkamaiSettings(Value<HlsAkamaiSettings> value) {
      return set("HlsAkamaiSettings", value);
    }

    /**
     * The settings for Basic Put for the HLS output.
     *
     * <p>CloudFormation property {@code HlsBasicPutSettings}.
     */
    public HlsCdnSettings hlsBasicPutSettings(Value<HlsBasicPutSettings> value) {
      return set("HlsBasicPutSettings", value);
    }

    /**
     * Sets up MediaStore as the destination for the HLS output.
     *
     * <p>CloudFormation property {@code HlsMediaStoreSettings}.
     */
    public HlsCdnSettings hlsMediaStoreSettings(Value<HlsMediaStoreSettings> value) {
      return set("HlsMediaStoreSettings", value);
    }

    /**
     * Sets up Amazon S3 as the destination for this HLS output.
     *
     * <p>CloudFormation property {@code HlsS3Settings}.
     */
    public HlsCdnSettings hlsS3Settings(Value<ArchiveFrameCaptureHlsS3Settings> value) {
      return set("HlsS3Settings", value);
    }

    /**
     * The settings for Web VTT captions in the HLS output group.
     *
     * <p>The parent of this entity is HlsGroupSettings.
     *
     * <p>CloudFormation property {@code HlsWebdavSettings}.
     */
    public HlsCdnSettings hlsWebdavSettings(Value<HlsWebdavSettings> value) {
      return set("HlsWebdavSettings", value);
    }
  }

  /**
   * The settings for an HLS output group.
   *
   * <p>The parent of this entity is OutputGroupSettings.
   *
   * <p>Property type {@code AWS::MediaLive::Channel.HlsGroupSettings}.
   */
  public static final class HlsGroupSettings extends Struct<HlsGroupSettings> {
    private static final Schema SCHEMA = Schema.of("AWS::MediaLive::Channel.HlsGroupSettings");

    public HlsGroupSettings() {
      super(SCHEMA);
    }

    /**
     * Chooses one or more ad marker types to pass SCTE35 signals through to this group of Apple HLS
     * outputs.
     *
     * <p>CloudFormation property {@code AdMarkers}.
     */
    public HlsGroupSettings adMarkers(List<String> value) {
      return set("AdMarkers", Value.listOf(value));
    }

    /** Sets {@code AdMarkers} to this value; see {@link #adMarkers(List)}. */
    public HlsGroupSettings adMarkers(Value<List<String>> value) {
      return set("AdMarkers", value);
    }

    /**
     * A partial URI prefix that will be prepended to each output in the media .m3u8 file. The
     * partial URI prefix can be used if the base manifest is delivered from a different URL than
     * the main .m3u8 file.
     *
     * <p>CloudFormation property {@code BaseUrlContent}.
     */
    public HlsGroupSettings baseUrlContent(String value) {
      return set("BaseUrlContent", Value.of(value));
    }

    /** Sets {@code BaseUrlContent} to this value; see {@link #baseUrlContent(String)}. */
    public HlsGroupSettings baseUrlContent(Value<String> value) {
      return set("BaseUrlContent", value);
    }

    /**
     * Optional. One value per output group. This field is required only if you are completing Base
     * URL content A, and the downstream system has notified you that the media files for pipeline 1
     * of all outputs are in a location different from the media files for pipeline 0.
     *
     * <p>CloudFormation property {@code BaseUrlContent1}.
     */
    public HlsGroupSettings baseUrlContent1(String value) {
      return set("BaseUrlContent1", Value.of(value));
    }

    /** Sets {@code BaseUrlContent1} to this value; see {@link #baseUrlContent1(String)}. */
    public HlsGroupSettings baseUrlContent1(Value<String> value) {
      return set("BaseUrlContent1", value);
    }

    /**
     * A partial URI prefix that will be prepended to each output in the media .m3u8 file. The
     * partial URI prefix can be used if the base manifest is delivered from a different URL than
     * the main .m3u8 file.
     *
     * <p>CloudFormation property {@code BaseUrlManifest}.
     */
    public HlsGroupSettings baseUrlManifest(String value) {
      return set("BaseUrlManifest", Value.of(value));
    }

    /** Sets {@code BaseUrlManifest} to this value; see {@link #baseUrlManifest(String)}. */
    public HlsGroupSettings baseUrlManifest(Value<String> value) {
      return set("BaseUrlManifest", value);
    }

    /**
     * Optional. One value per output group. Complete this field only if you are completing Base URL
     * manifest A, and the downstream system has notified you that the child manifest files for
     * pipeline 1 of all outputs are in a location different from the child manifest files for
     * pipeline 0.
     *
     * <p>CloudFormation property {@code BaseUrlManifest1}.
     */
    public HlsGroupSettings baseUrlManifest1(String value) {
      return set("BaseUrlManifest1", Value.of(value));
    }

    /** Sets {@code BaseUrlManifest1} to this value; see {@link #baseUrlManifest1(String)}. */
    public HlsGroupSettings baseUrlManifest1(Value<String> value) {
      return set("BaseUrlManifest1", value);
    }

    /**
     * A mapping of up to 4 captions channels to captions languages. This is meaningful only if
     * captionLanguageSetting is set to "insert."
     *
     * <p>CloudFormation property {@code CaptionLanguageMappings}.
     */
    public HlsGroupSettings captionLanguageMappings(List<CaptionLanguageMapping> value) {
      return set("CaptionLanguageMappings", Value.listOf(value));
    }

    /**
     * Sets {@code CaptionLanguageMappings} to this value; see {@link
     * #captionLanguageMappings(List)}.
     */
    public HlsGroupSettings captionLanguageMappings(Value<List<CaptionLanguageMapping>> value) {
      return set("CaptionLanguageMappings", value);
    }

    /**
     * Sets {@code CaptionLanguageMappings} to a list of these; see {@link
     * #captionLanguageMappings(List)}.
     */
    public HlsGroupSettings captionLanguageMappings(CaptionLanguageMapping... values) {
      return set("CaptionLanguageMappings", Value.list(values));
    }

    /**
     * Applies only to 608 embedded output captions. Insert: Include CLOSED-CAPTIONS lines in the
     * manifest. Specify at least one language in the CC1 Language Code field. One CLOSED-CAPTION
     * line is added for each Language Code that you specify. Make sure to specify the languages in
     * the order in which they appear in the original source (if the source is embedded format) or
     * the order of the captions selectors (if the source is other than embedded). Otherwise,
     * languages in the manifest will not match properly with the output captions. None: Include the
     * CLOSED-CAPTIONS=NONE line in the manifest. Omit: Omit any CLOSED-CAPTIONS line from the
     * manifest.
     *
     * <p>CloudFormation property {@code CaptionLanguageSetting}.
     */
    public HlsGroupSettings captionLanguageSetting(String value) {
      return set("CaptionLanguageSetting", Value.of(value));
    }

    /**
     * Sets {@code CaptionLanguageSetting} to this value; see {@link
     * #captionLanguageSetting(String)}.
     */
    public HlsGroupSettings captionLanguageSetting(Value<String> value) {
      return set("CaptionLanguageSetting", value);
    }

    /**
     * When set to "disabled," sets the #EXT-X-ALLOW-CACHE:no tag in the manifest, which prevents
     * clients from saving media segments for later replay.
     *
     * <p>CloudFormation property {@code ClientCache}.
     */
    public HlsGroupSettings clientCache(String value) {
      return set("ClientCache", Value.of(value));
    }

    /** Sets {@code ClientCache} to this value; see {@link #clientCache(String)}. */
    public HlsGroupSettings clientCache(Value<String> value) {
      return set("ClientCache", value);
    }

    /**
     * The specification to use (RFC-6381 or the default RFC-4281) during m3u8 playlist generation.
     *
     * <p>CloudFormation property {@code CodecSpecification}.
     */
    public HlsGroupSettings codecSpecification(String value) {
      return set("CodecSpecification", Value.of(value));
    }

    /** Sets {@code CodecSpecification} to this value; see {@link #codecSpecification(String)}. */
    public HlsGroupSettings codecSpecification(Value<String> value) {
      return set("CodecSpecification", value);
    }

    /**
     * Used with encryptionType. This is a 128-bit, 16-byte hex value that is represented by a
     * 32-character text string. If ivSource is set to "explicit," this parameter is required and is
     * used as the IV for encryption.
     *
     * <p>CloudFormation property {@code ConstantIv}.
     */
    public HlsGroupSettings constantIv(String value) {
      return set("ConstantIv", Value.of(value));
    }

    /** Sets {@code ConstantIv} to this value; see {@link #constantIv(String)}. */
    public HlsGroupSettings constantIv(Value<String> value) {
      return set("ConstantIv", value);
    }

    /**
     * A directory or HTTP destination for the HLS segments, manifest files, and encryption keys (if
     * enabled).
     *
     * <p>CloudFormation property {@code Destination}.
     */
    public HlsGroupSettings destination(Value<OutputLocationRef> value) {
      return set("Destination", value);
    }

    /**
     * Places segments in subdirectories.
     *
     * <p>CloudFormation property {@code DirectoryStructure}.
     */
    public HlsGroupSettings directoryStructure(String value) {
      return set("DirectoryStructure", Value.of(value));
    }

    /** Sets {@code DirectoryStructure} to this value; see {@link #directoryStructure(String)}. */
    public HlsGroupSettings directoryStructure(Value<String> value) {
      return set("DirectoryStructure", value);
    }

    /**
     * Specifies whether to insert EXT-X-DISCONTINUITY tags in the HLS child manifests for this
     * output group. Typically, choose Insert because these tags are required in the manifest
     * (according to the HLS specification) and serve an important purpose. Choose Never Insert only
     * if the downstream system is doing real-time failover (without using the MediaLive automatic
     * failover feature) and only if that downstream system has advised you to exclude the tags.
     *
     * <p>CloudFormation property {@code DiscontinuityTags}.
     */
    public HlsGroupSettings discontinuityTags(String value) {
      return set("DiscontinuityTags", Value.of(value));
    }

    /** Sets {@code DiscontinuityTags} to this value; see {@link #discontinuityTags(String)}. */
    public HlsGroupSettings discontinuityTags(Value<String> value) {
      return set("DiscontinuityTags", value);
    }

    /**
     * Encrypts the segments with the specified encryption scheme. Exclude this parameter if you
     * don't want encryption.
     *
     * <p>CloudFormation property {@code EncryptionType}.
     */
    public HlsGroupSettings encryptionType(String value) {
      return set("EncryptionType", Value.of(value));
    }

    /** Sets {@code EncryptionType} to this value; see {@link #encryptionType(String)}. */
    public HlsGroupSettings encryptionType(Value<String> value) {
      return set("EncryptionType", value);
    }

    /**
     * The parameters that control interactions with the CDN.
     *
     * <p>CloudFormation property {@code HlsCdnSettings}.
     */
    public HlsGroupSettings hlsCdnSettings(Value<HlsCdnSettings> value) {
      return set("HlsCdnSettings", value);
    }

    /**
     * State of HLS ID3 Segment Tagging
     *
     * <p>CloudFormation property {@code HlsId3SegmentTagging}.
     */
    public HlsGroupSettings hlsId3SegmentTagging(String value) {
      return set("HlsId3SegmentTagging", Value.of(value));
    }

    /**
     * Sets {@code HlsId3SegmentTagging} to this value; see {@link #hlsId3SegmentTagging(String)}.
     */
    public HlsGroupSettings hlsId3SegmentTagging(Value<String> value) {
      return set("HlsId3SegmentTagging", value);
    }

    /**
     * DISABLED: Don't create an I-frame-only manifest, but do create the master and media manifests
     * (according to the Output Selection field). STANDARD: Create an I-frame-only manifest for each
     * output that contains video, as well as the other manifests (according to the Output Selection
     * field). The I-frame manifest contains a #EXT-X-I-FRAMES-ONLY tag to indicate it is I-frame
     * only, and one or more #EXT-X-BYTERANGE entries identifying the I-frame position. For example,
     * #EXT-X-BYTERANGE:160364&#64;1461888".
     *
     * <p>CloudFormation property {@code IFrameOnlyPlaylists}.
     */
    public HlsGroupSettings iFrameOnlyPlaylists(String value) {
      return set("IFrameOnlyPlaylists", Value.of(value));
    }

    /** Sets {@code IFrameOnlyPlaylists} to this value; see {@link #iFrameOnlyPlaylists(String)}. */
    public HlsGroupSettings iFrameOnlyPlaylists(Value<String> value) {
      return set("IFrameOnlyPlaylists", value);
    }

    /**
     * Specifies whether to include the final (incomplete) segment in the media output when the
     * pipeline stops producing output because of a channel stop, a channel pause or a loss of input
     * to the pipeline. Auto means that MediaLive decides whether to include the final segment,
     * depending on the channel class and the types of output groups. Suppress means to never
     * include the incomplete segment. We recommend you choose Auto and let MediaLive control the
     * behavior.
     *
     * <p>CloudFormation property {@code IncompleteSegmentBehavior}.
     */
    public HlsGroupSettings incompleteSegmentBehavior(String value) {
      return set("IncompleteSegmentBehavior", Value.of(value));
    }

    /**
     * Sets {@code IncompleteSegmentBehavior} to this value; see {@link
     * #incompleteSegmentBehavior(String)}.
     */
    public HlsGroupSettings incompleteSegmentBehavior(Value<String> value) {
      return set("IncompleteSegmentBehavior", value);
    }

    /**
     * Applies only if the Mode field is LIVE. Specifies the maximum number of segments in the media
     * manifest file. After this maximum, older segments are removed from the media manifest. This
     * number must be less than or equal to the Keep Segments field.
     *
     * <p>CloudFormation property {@code IndexNSegments}.
     */
    public HlsGroupSettings indexNSegments(int value) {
      return set("IndexNSegments", Value.of(value));
    }

    /** Sets {@code IndexNSegments} to this value; see {@link #indexNSegments(int)}. */
    public HlsGroupSettings indexNSegments(Value<Integer> value) {
      return set("IndexNSegments", value);
    }

    /**
     * A parameter that controls output group behavior on an input loss.
     *
     * <p>CloudFormation property {@code InputLossAction}.
     */
    public HlsGroupSettings inputLossAction(String value) {
      return set("InputLossAction", Value.of(value));
    }

    /** Sets {@code InputLossAction} to this value; see {@link #inputLossAction(String)}. */
    public HlsGroupSettings inputLossAction(Value<String> value) {
      return set("InputLossAction", value);
    }

    /**
     * Used with encryptionType. The IV (initialization vector) is a 128-bit number used in
     * conjunction with the key for encrypting blocks. If set to "include," the IV is listed in the
     * manifest. Otherwise, the IV is not in the manifest.
     *
     * <p>CloudFormation property {@code IvInManifest}.
     */
    public HlsGroupSettings ivInManifest(String value) {
      return set("IvInManifest", Value.of(value));
    }

    /** Sets {@code IvInManifest} to this value; see {@link #ivInManifest(String)}. */
    public HlsGroupSettings ivInManifest(Value<String> value) {
      return set("IvInManifest", value);
    }

    /**
     * Used with encryptionType. The IV (initialization vector) is a 128-bit number used in
     * conjunction with the key for encrypting blocks. If this setting is "followsSegmentNumber," it
     * causes the IV to change every segment (to match the segment number). If this is set to
     * "explicit," you must enter a constantIv value.
     *
     * <p>CloudFormation property {@code IvSource}.
     */
    public HlsGroupSettings ivSource(String value) {
      return set("IvSource", Value.of(value));
    }

    /** Sets {@code IvSource} to this value; see {@link #ivSource(String)}. */
    public HlsGroupSettings ivSource(Value<String> value) {
      return set("IvSource", value);
    }

    /**
     * Applies only if the Mode field is LIVE. Specifies the number of media segments (.ts files) to
     * retain in the destination directory.
     *
     * <p>CloudFormation property {@code KeepSegments}.
     */
    public HlsGroupSettings keepSegments(int value) {
      return set("KeepSegments", Value.of(value));
    }

    /** Sets {@code KeepSegments} to this value; see {@link #keepSegments(int)}. */
    public HlsGroupSettings keepSegments(Value<Integer> value) {
      return set("KeepSegments", value);
    }

    /**
     * Specifies how the key is represented in the resource identified by the URI. If the parameter
     * is absent, an implicit value of "identity" is used. A reverse DNS string can also be
     * specified.
     *
     * <p>CloudFormation property {@code KeyFormat}.
     */
    public HlsGroupSettings keyFormat(String value) {
      return set("KeyFormat", Value.of(value));
    }

    /** Sets {@code KeyFormat} to this value; see {@link #keyFormat(String)}. */
    public HlsGroupSettings keyFormat(Value<String> value) {
      return set("KeyFormat", value);
    }

    /**
     * Either a single positive integer version value or a slash-delimited list of version values
     * (1/2/3).
     *
     * <p>CloudFormation property {@code KeyFormatVersions}.
     */
    public HlsGroupSettings keyFormatVersions(String value) {
      return set("KeyFormatVersions", Value.of(value));
    }

    /** Sets {@code KeyFormatVersions} to this value; see {@link #keyFormatVersions(String)}. */
    public HlsGroupSettings keyFormatVersions(Value<String> value) {
      return set("KeyFormatVersions", value);
    }

    /**
     * The key provider settings.
     *
     * <p>CloudFormation property {@code KeyProviderSettings}.
     */
    public HlsGroupSettings keyProviderSettings(Value<KeyProviderSettings> value) {
      return set("KeyProviderSettings", value);
    }

    /**
     * When set to gzip, compresses HLS playlist.
     *
     * <p>CloudFormation property {@code ManifestCompression}.
     */
    public HlsGroupSettings manifestCompression(String value) {
      return set("ManifestCompression", Value.of(value));
    }

    /** Sets {@code ManifestCompression} to this value; see {@link #manifestCompression(String)}. */
    public HlsGroupSettings manifestCompression(Value<String> value) {
      return set("ManifestCompression", value);
    }

    /**
     * Indicates whether the output manifest should use a floating point or integer values for
     * segment duration.
     *
     * <p>CloudFormation property {@code ManifestDurationFormat}.
     */
    public HlsGroupSettings manifestDurationFormat(String value) {
      return set("ManifestDurationFormat", Value.of(value));
    }

    /**
     * Sets {@code ManifestDurationFormat} to this value; see {@link
     * #manifestDurationFormat(String)}.
     */
    public HlsGroupSettings manifestDurationFormat(Value<String> value) {
      return set("ManifestDurationFormat", value);
    }

    /**
     * When set, minimumSegmentLength is enforced by looking ahead and back within the specified
     * range for a nearby avail and extending the segment size if needed.
     *
     * <p>CloudFormation property {@code MinSegmentLength}.
     */
    public HlsGroupSettings minSegmentLength(int value) {
      return set("MinSegmentLength", Value.of(value));
    }

    /** Sets {@code MinSegmentLength} to this value; see {@link #minSegmentLength(int)}. */
    public HlsGroupSettings minSegmentLength(Value<Integer> value) {
      return set("MinSegmentLength", value);
    }

    /**
     * If "vod," all segments are indexed and kept permanently in the destination and manifest. If
     * "live," only the number segments specified in keepSegments and indexNSegments are kept. Newer
     * segments replace older segments, which might prevent players from rewinding all the way to
     * the beginning of the channel. VOD mode uses HLS EXT-X-PLAYLIST-TYPE of EVENT while the
     * channel is running, converting it to a "VOD" type manifest on completion of the stream.
     *
     * <p>CloudFormation property {@code Mode}.
     */
    public HlsGroupSettings mode(String value) {
      return set("Mode", Value.of(value));
    }

    /** Sets {@code Mode} to this value; see {@link #mode(String)}. */
    public HlsGroupSettings mode(Value<String> value) {
      return set("Mode", value);
    }

    /**
     * MANIFESTSANDSEGMENTS: Generates manifests (the master manifest, if applicable, and media
     * manifests) for this output group. SEGMENTSONLY: Doesn't generate any manifests for this
     * output group.
     *
     * <p>CloudFormation property {@code OutputSelection}.
     */
    public HlsGroupSettings outputSelection(String value) {
      return set("OutputSelection", Value.of(value));
    }

    /** Sets {@code OutputSelection} to this value; see {@link #outputSelection(String)}. */
    public HlsGroupSettings outputSelection(Value<String> value) {
      return set("OutputSelection", value);
    }

    /**
     * Includes or excludes the EXT-X-PROGRAM-DATE-TIME tag in .m3u8 manifest files. The value is
     * calculated as follows: Either the program date and time are initialized using the input
     * timecode source, or the time is initialized using the input timecode source and the date is
     * initialized using the timestampOffset.
     *
     * <p>CloudFormation property {@code ProgramDateTime}.
     */
    public HlsGroupSettings programDateTime(String value) {
      return set("ProgramDateTime", Value.of(value));
    }

    /** Sets {@code ProgramDateTime} to this value; see {@link #programDateTime(String)}. */
    public HlsGroupSettings programDateTime(Value<String> value) {
      return set("ProgramDateTime", value);
    }

    /**
     * Specifies the algorithm used to drive the HLS EXT-X-PROGRAM-DATE-TIME clock. Options include:
     * INITIALIZE_FROM_OUTPUT_TIMECODE: The PDT clock is initialized as a function of the first
     * output timecode, then incremented by the EXTINF duration of each encoded segment.
     * SYSTEM_CLOCK: The PDT clock is initialized as a function of the UTC wall clock, then
     * incremented by the EXTINF duration of each encoded segment. If the PDT clock diverges from
     * the wall clock by more than 500ms, it is resynchronized to the wall clock.
     *
     * <p>CloudFormation property {@code ProgramDateTimeClock}.
     */
    public HlsGroupSettings programDateTimeClock(String value) {
      return set("ProgramDateTimeClock", Value.of(value));
    }

    /**
     * Sets {@code ProgramDateTimeClock} to this value; see {@link #programDateTimeClock(String)}.
     */
    public HlsGroupSettings programDateTimeClock(Value<String> value) {
      return set("ProgramDateTimeClock", value);
    }

    /**
     * The period of insertion of the EXT-X-PROGRAM-DATE-TIME entry, in seconds.
     *
     * <p>CloudFormation property {@code ProgramDateTimePeriod}.
     */
    public HlsGroupSettings programDateTimePeriod(int value) {
      return set("ProgramDateTimePeriod", Value.of(value));
    }

    /**
     * Sets {@code ProgramDateTimePeriod} to this value; see {@link #programDateTimePeriod(int)}.
     */
    public HlsGroupSettings programDateTimePeriod(Value<Integer> value) {
      return set("ProgramDateTimePeriod", value);
    }

    /**
     * ENABLED: The master manifest (.m3u8 file) for each pipeline includes information about both
     * pipelines: first its own media files, then the media files of the other pipeline. This
     * feature allows a playout device that supports stale manifest detection to switch from one
     * manifest to the other, when the current manifest seems to be stale. There are still two
     * destinations and two master manifests, but both master manifests reference the media files
     * from both pipelines. DISABLED: The master manifest (.m3u8 file) for each pipeline includes
     * information about its own pipeline only. For an HLS output group with MediaPackage as the
     * destination, the DISABLED behavior is always followed. MediaPackage regenerates the manifests
     * it serves to players, so a redundant manifest from MediaLive is irrelevant.
     *
     * <p>CloudFormation property {@code RedundantManifest}.
     */
    public HlsGroupSettings redundantManifest(String value) {
      return set("RedundantManifest", Value.of(value));
    }

    /** Sets {@code RedundantManifest} to this value; see {@link #redundantManifest(String)}. */
    public HlsGroupSettings redundantManifest(Value<String> value) {
      return set("RedundantManifest", value);
    }

    /**
     * The length of the MPEG-2 Transport Stream segments to create, in seconds. Note that segments
     * will end on the next keyframe after this number of seconds, so the actual segment length
     * might be longer.
     *
     * <p>CloudFormation property {@code SegmentLength}.
     */
    public HlsGroupSettings segmentLength(int value) {
      return set("SegmentLength", Value.of(value));
    }

    /** Sets {@code SegmentLength} to this value; see {@link #segmentLength(int)}. */
    public HlsGroupSettings segmentLength(Value<Integer> value) {
      return set("SegmentLength", value);
    }

    /**
     * useInputSegmentation has been deprecated. The configured segment size is always used.
     *
     * <p>CloudFormation property {@code SegmentationMode}.
     */
    public HlsGroupSettings segmentationMode(String value) {
      return set("SegmentationMode", Value.of(value));
    }

    /** Sets {@code SegmentationMode} to this value; see {@link #segmentationMode(String)}. */
    public HlsGroupSettings segmentationMode(Value<String> value) {
      return set("SegmentationMode", value);
    }

    /**
     * The number of segments to write to a subdirectory before starting a new one. For this setting
     * to have an effect, directoryStructure must be subdirectoryPerStream.
     *
     * <p>CloudFormation property {@code SegmentsPerSubdirectory}.
     */
    public HlsGroupSettings segmentsPerSubdirectory(int value) {
      return set("SegmentsPerSubdirectory", Value.of(value));
    }

    /**
     * Sets {@code SegmentsPerSubdirectory} to this value; see {@link
     * #segmentsPerSubdirectory(int)}.
     */
    public HlsGroupSettings segmentsPerSubdirectory(Value<Integer> value) {
      return set("SegmentsPerSubdirectory", value);
    }

    /**
     * The include or exclude RESOLUTION attribute for a video in the EXT-X-STREAM-INF tag of a
     * variant manifest.
     *
     * <p>CloudFormation property {@code StreamInfResolution}.
     */
    public HlsGroupSettings streamInfResolution(String value) {
      return set("StreamInfResolution", Value.of(value));
    }

    /** Sets {@code StreamInfResolution} to this value; see {@link #streamInfResolution(String)}. */
    public HlsGroupSettings streamInfResolution(Value<String> value) {
      return set("StreamInfResolution", value);
    }

    /**
     * Indicates the ID3 frame that has the timecode.
     *
     * <p>CloudFormation property {@code TimedMetadataId3Frame}.
     */
    public HlsGroupSettings timedMetadataId3Frame(String value) {
      return set("TimedMetadataId3Frame", Value.of(value));
    }

    /**
     * Sets {@code TimedMetadataId3Frame} to this value; see {@link #timedMetadataId3Frame(String)}.
     */
    public HlsGroupSettings timedMetadataId3Frame(Value<String> value) {
      return set("TimedMetadataId3Frame", value);
    }

    /**
     * The timed metadata interval, in seconds.
     *
     * <p>CloudFormation property {@code TimedMetadataId3Period}.
     */
    public HlsGroupSettings timedMetadataId3Period(int value) {
      return set("TimedMetadataId3Period", Value.of(value));
    }

    /**
     * Sets {@code TimedMetadataId3Period} to this value; see {@link #timedMetadataId3Period(int)}.
     */
    public HlsGroupSettings timedMetadataId3Period(Value<Integer> value) {
      return set("TimedMetadataId3Period", value);
    }

    /**
     * Provides an extra millisecond delta offset to fine tune the timestamps.
     *
     * <p>CloudFormation property {@code TimestampDeltaMilliseconds}.
     */
    public HlsGroupSettings timestampDeltaMilliseconds(int value) {
      return set("TimestampDeltaMilliseconds", Value.of(value));
    }

    /**
     * Sets {@code TimestampDeltaMilliseconds} to this value; see {@link
     * #timestampDeltaMilliseconds(int)}.
     */
    public HlsGroupSettings timestampDeltaMilliseconds(Value<Integer> value) {
      return set("TimestampDeltaMilliseconds", value);
    }

    /**
     * SEGMENTEDFILES: Emits the program as segments -multiple .ts media files. SINGLEFILE: Applies
     * only if the Mode field is VOD. Emits the program as a single .ts media file. The media
     * manifest includes #EXT-X-BYTERANGE tags to index segments for playback. A typical use for
     * this value is when sending the output to AWS Elemental MediaConvert, which can accept only a
     * single media file. Playback while the channel is running is not guaranteed due to HTTP server
     * caching.
     *
     * <p>CloudFormation property {@code TsFileMode}.
     */
    public HlsGroupSettings tsFileMode(String value) {
      return set("TsFileMode", Value.of(value));
    }

    /** Sets {@code TsFileMode} to this value; see {@link #tsFileMode(String)}. */
    public HlsGroupSettings tsFileMode(Value<String> value) {
      return set("TsFileMode", value);
    }
  }

  /**
   * Information about how to connect to the upstream system.
   *
   * <p>The parent of this entity is NetworkInputSettings.
   *
   * <p>Property type {@code AWS::MediaLive::Channel.HlsInputSettings}.
   */
  public static final class HlsInputSettings extends Struct<HlsInputSettings> {
    private static final Schema SCHEMA = Schema.of("AWS::MediaLive::Channel.HlsInputSettings");

    public HlsInputSettings() {
      super(SCHEMA);
    }

    /**
     * When specified, the HLS stream with the m3u8 bandwidth that most closely matches this value
     * is chosen. Otherwise, the highest bandwidth stream in the m3u8 is chosen. The bitrate is
     * specified in bits per second, as in an HLS manifest.
     *
     * <p>CloudFormation property {@code Bandwidth}.
     */
    public HlsInputSettings bandwidth(int value) {
      return set("Bandwidth", Value.of(value));
    }

    /** Sets {@code Bandwidth} to this value; see {@link #bandwidth(int)}. */
    public HlsInputSettings bandwidth(Value<Integer> value) {
      return set("Bandwidth", value);
    }

    /**
     * When specified, reading of the HLS input begins this many buffer segments from the end (most
     * recently written segment). When not specified, the HLS input begins with the first segment
     * specified in the m3u8.
     *
     * <p>CloudFormation property {@code BufferSegments}.
     */
    public HlsInputSettings bufferSegments(int value) {
      return set("BufferSegments", Value.of(value));
    }

    /** Sets {@code BufferSegments} to this value; see {@link #bufferSegments(int)}. */
    public HlsInputSettings bufferSegments(Value<Integer> value) {
      return set("BufferSegments", value);
    }

    /**
     * The number of consecutive times that attempts to read a manifest or segment must fail before
     * the input is considered unavailable.
     *
     * <p>CloudFormation property {@code Retries}.
     */
    public HlsInputSettings retries(int value) {
      return set("Retries", Value.of(value));
    }

    /** Sets {@code Retries} to this value; see {@link #retries(int)}. */
    public HlsInputSettings retries(Value<Integer> value) {
      return set("Retries", value);
    }

    /**
     * The number of seconds between retries when an attempt to read a manifest or segment fails.
     *
     * <p>CloudFormation property {@code RetryInterval}.
     */
    public HlsInputSettings retryInterval(int value) {
      return set("RetryInterval", Value.of(value));
    }

    /** Sets {@code RetryInterval} to this value; see {@link #retryInterval(int)}. */
    public HlsInputSettings retryInterval(Value<Integer> value) {
      return set("RetryInterval", value);
    }

    /**
     * Identifies the source for the SCTE-35 messages that MediaLive will ingest. Messages can be
     * ingested from the content segments (in the stream) or from tags in the playlist (the HLS
     * manifest). MediaLive ignores SCTE-35 information in the source that is not selected.
     *
     * <p>CloudFormation property {@code Scte35Source}.
     */
    public HlsInputSettings scte35Source(String value) {
      return set("Scte35Source", Value.of(value));
    }

    /** Sets {@code Scte35Source} to this value; see {@link #scte35Source(String)}. */
    public HlsInputSettings scte35Source(Value<String> value) {
      return set("Scte35Source", value);
    }
  }

  /**
   * The configuration of a MediaStore container as the destination for an HLS output.
   *
   * <p>The parent of this entity is HlsCdnSettings.
   *
   * <p>Property type {@code AWS::MediaLive::Channel.HlsMediaStoreSettings}.
   */
  public static final class HlsMediaStoreSettings extends Struct<HlsMediaStoreSettings> {
    private static final Schema SCHEMA = Schema.of("AWS::MediaLive::Channel.HlsMediaStoreSettings");

    public HlsMediaStoreSettings() {
      super(SCHEMA);
    }

    /**
     * The number of seconds to wait before retrying a connection to the CDN if the connection is
     * lost.
     *
     * <p>CloudFormation property {@code ConnectionRetryInterval}.
     */
    public HlsMediaStoreSettings connectionRetryInterval(int value) {
      return set("ConnectionRetryInterval", Value.of(value));
    }

    /**
     * Sets {@code ConnectionRetryInterval} to this value; see {@link
     * #connectionRetryInterval(int)}.
     */
    public HlsMediaStoreSettings connectionRetryInterval(Value<Integer> value) {
      return set("ConnectionRetryInterval", value);
    }

    /**
     * The size, in seconds, of the file cache for streaming outputs.
     *
     * <p>CloudFormation property {@code FilecacheDuration}.
     */
    public HlsMediaStoreSettings filecacheDuration(int value) {
      return set("FilecacheDuration", Value.of(value));
    }

    /** Sets {@code FilecacheDuration} to this value; see {@link #filecacheDuration(int)}. */
    public HlsMediaStoreSettings filecacheDuration(Value<Integer> value) {
      return set("FilecacheDuration", value);
    }

    /**
     * When set to temporal, output files are stored in non-persistent memory for faster reading and
     * writing.
     *
     * <p>CloudFormation property {@code MediaStoreStorageClass}.
     */
    public HlsMediaStoreSettings mediaStoreStorageClass(String value) {
      return set("MediaStoreStorageClass", Value.of(value));
    }

    /**
     * Sets {@code MediaStoreStorageClass} to this value; see {@link
     * #mediaStoreStorageClass(String)}.
     */
    public HlsMediaStoreSettings mediaStoreStorageClass(Value<String> value) {
      return set("MediaStoreStorageClass", value);
    }

    /**
     * The number of retry attempts that are made before the channel is put into an error state.
     *
     * <p>CloudFormation property {@code NumRetries}.
     */
    public HlsMediaStoreSettings numRetries(int value) {
      return set("NumRetries", Value.of(value));
    }

    /** Sets {@code NumRetries} to this value; see {@link #numRetries(int)}. */
    public HlsMediaStoreSettings numRetries(Value<Integer> value) {
      return set("NumRetries", value);
    }

    /**
     * If a streaming output fails, the number of seconds to wait until a restart is initiated. A
     * value of 0 means never restart.
     *
     * <p>CloudFormation property {@code RestartDelay}.
     */
    public HlsMediaStoreSettings restartDelay(int value) {
      return set("RestartDelay", Value.of(value));
    }

    /** Sets {@code RestartDelay} to this value; see {@link #restartDelay(int)}. */
    public HlsMediaStoreSettings restartDelay(Value<Integer> value) {
      return set("RestartDelay", value);
    }
  }

  /**
   * The settings for an HLS output.
   *
   * <p>The parent of this entity is OutputSettings.
   *
   * <p>Property type {@code AWS::MediaLive::Channel.HlsOutputSettings}.
   */
  public static final class HlsOutputSettings extends Struct<HlsOutputSettings> {
    private static final Schema SCHEMA = Schema.of("AWS::MediaLive::Channel.HlsOutputSettings");

    public HlsOutputSettings() {
      super(SCHEMA);
    }

    /**
     * Only applicable when this output is referencing an H.265 video description. Specifies whether
     * MP4 segments should be packaged as HEV1 or HVC1.
     *
     * <p>CloudFormation property {@code H265PackagingType}.
     */
    public HlsOutputSettings h265PackagingType(String value) {
      return set("H265PackagingType", Value.of(value));
    }

    /** Sets {@code H265PackagingType} to this value; see {@link #h265PackagingType(String)}. */
    public HlsOutputSettings h265PackagingType(Value<String> value) {
      return set("H265PackagingType", value);
    }

    /**
     * The settings regarding the underlying stream. These settings are different for audio-only
     * outputs.
     *
     * <p>CloudFormation property {@code HlsSettings}.
     */
    public HlsOutputSettings hlsSettings(Value<HlsSettings> value) {
      return set("HlsSettings", value);
    }

    /**
     * A string that is concatenated to the end of the destination file name. Accepts &#92;"Format
     * Identifiers&#92;":#formatIdentifierParameters.
     *
     * <p>CloudFormation property {@code NameModifier}.
     */
    public HlsOutputSettings nameModifier(String value) {
      return set("NameModifier", Value.of(value));
    }

    /** Sets {@code NameModifier} to this value; see {@link #nameModifier(String)}. */
    public HlsOutputSettings nameModifier(Value<String> value) {
      return set("NameModifier", value);
    }

    /**
     * A string that is concatenated to the end of segment file names.
     *
     * <p>CloudFormation property {@code SegmentModifier}.
     */
    public HlsOutputSettings segmentModifier(String value) {
      return set("SegmentModifier", Value.of(value));
    }

    /** Sets {@code SegmentModifier} to this value; see {@link #segmentModifier(String)}. */
    public HlsOutputSettings segmentModifier(Value<String> value) {
      return set("SegmentModifier", value);
    }
  }

  /**
   * Sets up Amazon S3 as the destination for this HLS output.
   *
   * <p>The parent of this entity is HlsCdnSettings.
   *
   * <p>Property type {@code AWS::MediaLive::Channel.HlsS3Settings}.
   */
  public static final class HlsS3Settings extends Struct<HlsS3Settings> {
    private static final Schema SCHEMA = Schema.of("AWS::MediaLive::Channel.HlsS3Settings");

    public HlsS3Settings() {
      super(SCHEMA);
    }

    /**
     * Specify the canned ACL to apply to each S3 request. Defaults to none.
     *
     * <p>CloudFormation property {@code CannedAcl}.
     */
    public HlsS3Settings cannedAcl(String value) {
      return set("CannedAcl", Value.of(value));
    }

    /** Sets {@code CannedAcl} to this value; see {@link #cannedAcl(String)}. */
    public HlsS3Settings cannedAcl(Value<String> value) {
      return set("CannedAcl", value);
    }
  }

  /**
   * The settings for an HLS output.
   *
   * <p>The parent of this entity is HlsOutputSettings.
   *
   * <p>Property type {@code AWS::MediaLive::Channel.HlsSettings}.
   */
  public static final class HlsSettings extends Struct<HlsSettings> {
    private static final Schema SCHEMA = Schema.of("AWS::MediaLive::Channel.HlsSettings");

    public HlsSettings() {
      super(SCHEMA);
    }

    /**
     * The settings for an audio-only output.
     *
     * <p>CloudFormation property {@code AudioOnlyHlsSettings}.
     */
    public HlsSettings audioOnlyHlsSettings(Value<AudioOnlyHlsSettings> value) {
      return set("AudioOnlyHlsSettings", value);
    }

    /**
     * The settings for an fMP4 container.
     *
     * <p>CloudFormation property {@code Fmp4HlsSettings}.
     */
    public HlsSettings fmp4HlsSettings(Value<Fmp4HlsSettings> value) {
      return set("Fmp4HlsSettings", value);
    }

    /**
     * Settings for a frame capture output in an HLS output group.
     *
     * <p>CloudFormation property {@code FrameCaptureHlsSettings}.
     */
    public HlsSettings frameCaptureHlsSettings(Value<Json> value) {
      return set("FrameCaptureHlsSettings", value);
    }

    /**
     * The settings for a standard output (an output that is not audio-only).
     *
     * <p>CloudFormation property {@code StandardHlsSettings}.
     */
    public HlsSettings standardHlsSettings(Value<StandardHlsSettings> value) {
      return set("StandardHlsSettings", value);
    }
  }

  /**
   * The configuration of a WebDav server as the downstream system for an HLS output.
   *
   * <p>The parent of this entity is HlsCdnSettings.
   *
   * <p>Property type {@code AWS::MediaLive::Channel.HlsWebdavSettings}.
   */
  public static final class HlsWebdavSettings extends Struct<HlsWebdavSettings> {
    private static final Schema SCHEMA = Schema.of("AWS::MediaLive::Channel.HlsWebdavSettings");

    public HlsWebdavSettings() {
      super(SCHEMA);
    }

    /**
     * The number of seconds to wait before retrying a connection to the CDN if the connection is
     * lost.
     *
     * <p>CloudFormation property {@code ConnectionRetryInterval}.
     */
    public HlsWebdavSettings connectionRetryInterval(int value) {
      return set("ConnectionRetryInterval", Value.of(value));
    }

    /**
     * Sets {@code ConnectionRetryInterval} to this value; see {@link
     * #connectionRetryInterval(int)}.
     */
    public HlsWebdavSettings connectionRetryInterval(Value<Integer> value) {
      return set("ConnectionRetryInterval", value);
    }

    /**
     * The size, in seconds, of the file cache for streaming outputs.
     *
     * <p>CloudFormation property {@code FilecacheDuration}.
     */
    public HlsWebdavSettings filecacheDuration(int value) {
      return set("FilecacheDuration", Value.of(value));
    }

    /** Sets {@code FilecacheDuration} to this value; see {@link #filecacheDuration(int)}. */
    public HlsWebdavSettings filecacheDuration(Value<Integer> value) {
      return set("FilecacheDuration", value);
    }

    /**
     * Specifies whether to use chunked transfer encoding to WebDAV.
     *
     * <p>CloudFormation property {@code HttpTransferMode}.
     */
    public HlsWebdavSettings httpTransferMode(String value) {
      return set("HttpTransferMode", Value.of(value));
    }

    /** Sets {@code HttpTransferMode} to this value; see {@link #httpTransferMode(String)}. */
    public HlsWebdavSettings httpTransferMode(Value<String> value) {
      return set("HttpTransferMode", value);
    }

    /**
     * The number of retry attempts that are made before the channel is put into an error state.
     *
     * <p>CloudFormation property {@code NumRetries}.
     */
    public HlsWebdavSettings numRetries(int value) {
      return set("NumRetries", Value.of(value));
    }

    /** Sets {@code NumRetries} to this value; see {@link #numRetries(int)}. */
    public HlsWebdavSettings numRetries(Value<Integer> value) {
      return set("NumRetries", value);
    }

    /**
     * If a streaming output fails, the number of seconds to wait until a restart is initiated. A
     * value of 0 means never restart.
     *
     * <p>CloudFormation property {@code RestartDelay}.
     */
    public HlsWebdavSettings restartDelay(int value) {
      return set("RestartDelay", Value.of(value));
    }

    /** Sets {@code RestartDelay} to this value; see {@link #restartDelay(int)}. */
    public HlsWebdavSettings restartDelay(Value<Integer> value) {
      return set("RestartDelay", value);
    }
  }

  /** Property type {@code AWS::MediaLive::Channel.HtmlMotionGraphicsSettings}. */
  public static final class HtmlMotionGraphicsSettings extends Struct<HtmlMotionGraphicsSettings> {
    private static final Schema SCHEMA = Schema.of("AWS::MediaLive::Channel.HtmlMotionGraphicsSettings");

    public HtmlMotionGraphicsSettings() {
      super(SCHEMA);
    }
  }

  /** Property type {@code AWS::MediaLive::Channel.InferenceSettings}. */
  public static final class InferenceSettings extends Struct<InferenceSettings> {
    private static final Schema SCHEMA = Schema.of("AWS::MediaLive::Channel.InferenceSettings");

    public InferenceSettings() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code AudioFeedInputs}. */
    public InferenceSettings audioFeedInputs(List<AudioFeedInput> value) {
      return set("AudioFeedInputs", Value.listOf(value));
    }

    /** Sets {@code AudioFeedInputs} to this value; see {@link #audioFeedInputs(List)}. */
    public InferenceSettings audioFeedInputs(Value<List<AudioFeedInput>> value) {
      return set("AudioFeedInputs", value);
    }

    /** Sets {@code AudioFeedInputs} to a list of these; see {@link #audioFeedInputs(List)}. */
    public InferenceSettings audioFeedInputs(AudioFeedInput... values) {
      return set("AudioFeedInputs", Value.list(values));
    }

    /** CloudFormation property {@code EnrichmentMethods}. */
    public InferenceSettings enrichmentMethods(List<String> value) {
      return set("EnrichmentMethods", Value.listOf(value));
    }

    /** Sets {@code EnrichmentMethods} to this value; see {@link #enrichmentMethods(List)}. */
    public InferenceSettings enrichmentMethods(Value<List<String>> value) {
      return set("EnrichmentMethods", value);
    }

    /** CloudFormation property {@code FeedArn}. */
    public InferenceSettings feedArn(String value) {
      return set("FeedArn", Value.of(value));
    }

    /** Sets {@code FeedArn} to this value; see {@link #feedArn(String)}. */
    public InferenceSettings feedArn(Value<String> value) {
      return set("FeedArn", value);
    }
  }

  /**
   * An input to attach to this channel.
   *
   * <p>This entity is at the top level in the channel.
   *
   * <p>Property type {@code AWS::MediaLive::Channel.InputAttachment}.
   */
  public static final class InputAttachment extends Struct<InputAttachment> {
    private static final Schema SCHEMA = Schema.of("AWS::MediaLive::Channel.InputAttachment");

    public InputAttachment() {
      super(SCHEMA);
    }

    /**
     * Settings to implement automatic input failover in this input.
     *
     * <p>CloudFormation property {@code AutomaticInputFailoverSettings}.
     */
    public InputAttachment automaticInputFailoverSettings(Value<AutomaticInputFailoverSettings> value) {
      return set("AutomaticInputFailoverSettings", value);
    }

    /**
     * A name for the attachment. This is required if you want to use this input in an input switch
     * action.
     *
     * <p>CloudFormation property {@code InputAttachmentName}.
     */
    public InputAttachment inputAttachmentName(String value) {
      return set("InputAttachmentName", Value.of(value));
    }

    /** Sets {@code InputAttachmentName} to this value; see {@link #inputAttachmentName(String)}. */
    public InputAttachment inputAttachmentName(Value<String> value) {
      return set("InputAttachmentName", value);
    }

    /**
     * The ID of the input to attach.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code InputId}.
     */
    public InputAttachment inputId(String value) {
      return set("InputId", Value.of(value));
    }

    /** Sets {@code InputId} to this value; see {@link #inputId(String)}. */
    public InputAttachment inputId(Value<String> value) {
      return set("InputId", value);
    }

    /**
     * Information about the content to extract from the input and about the general handling of the
     * content.
     *
     * <p>CloudFormation property {@code InputSettings}.
     */
    public InputAttachment inputSettings(Value<InputSettings> value) {
      return set("InputSettings", value);
    }

    /** CloudFormation property {@code LogicalInterfaceNames}. */
    public InputAttachment logicalInterfaceNames(List<String> value) {
      return set("LogicalInterfaceNames", Value.listOf(value));
    }

    /**
     * Sets {@code LogicalInterfaceNames} to this value; see {@link #logicalInterfaceNames(List)}.
     */
    public InputAttachment logicalInterfaceNames(Value<List<String>> value) {
      return set("LogicalInterfaceNames", value);
    }
  }

  /**
   * The setting to remix the audio.
   *
   * <p>The parent of this entity is AudioChannelMappings.
   *
   * <p>Property type {@code AWS::MediaLive::Channel.InputChannelLevel}.
   */
  public static final class InputChannelLevel extends Struct<InputChannelLevel> {
    private static final Schema SCHEMA = Schema.of("AWS::MediaLive::Channel.InputChannelLevel");

    public InputChannelLevel() {
      super(SCHEMA);
    }

    /**
     * The remixing value. Units are in dB, and acceptable values are within the range from -60
     * (mute) to 6 dB.
     *
     * <p>CloudFormation property {@code Gain}.
     */
    public InputChannelLevel gain(int value) {
      return set("Gain", Value.of(value));
    }

    /** Sets {@code Gain} to this value; see {@link #gain(int)}. */
    public InputChannelLevel gain(Value<Integer> value) {
      return set("Gain", value);
    }

    /**
     * The index of the input channel that is used as a source.
     *
     * <p>CloudFormation property {@code InputChannel}.
     */
    public InputChannelLevel inputChannel(int value) {
      return set("InputChannel", Value.of(value));
    }

    /** Sets {@code InputChannel} to this value; see {@link #inputChannel(int)}. */
    public InputChannelLevel inputChannel(Value<Integer> value) {
      return set("InputChannel", value);
    }
  }

  /**
   * The input location.
   *
   * <p>The parent of this entity is InputLossBehavior.
   *
   * <p>Property type {@code AWS::MediaLive::Channel.InputLocation}.
   */
  public static final class InputLocation extends Struct<InputLocation> {
    private static final Schema SCHEMA = Schema.of("AWS::MediaLive::Channel.InputLocation");

    public InputLocation() {
      super(SCHEMA);
    }

    /**
     * The password parameter that holds the password for accessing the downstream system. This
     * applies only if the downstream system requires credentials.
     *
     * <p>CloudFormation property {@code PasswordParam}.
     */
    public InputLocation passwordParam(String value) {
      return set("PasswordParam", Value.of(value));
    }

    /** Sets {@code PasswordParam} to this value; see {@link #passwordParam(String)}. */
    public InputLocation passwordParam(Value<String> value) {
      return set("PasswordParam", value);
    }

    /**
     * The URI should be a path to a file that is accessible to the Live system (for example, an
     * http:// URI) depending on the output type. For example, an RTMP destination should have a URI
     * similar to rtmp://fmsserver/live.
     *
     * <p>CloudFormation property {@code Uri}.
     */
    public InputLocation uri(String value) {
      return set("Uri", Value.of(value));
    }

    /** Sets {@code Uri} to this value; see {@link #uri(String)}. */
    public InputLocation uri(Value<String> value) {
      return set("Uri", value);
    }

    /**
     * The user name to connect to the downstream system. This applies only if the downstream system
     * requires credentials.
     *
     * <p>CloudFormation property {@code Username}.
     */
    public InputLocation username(String value) {
      return set("Username", Value.of(value));
    }

    /** Sets {@code Username} to this value; see {@link #username(String)}. */
    public InputLocation username(Value<String> value) {
      return set("Username", value);
    }
  }

  /**
   * The configuration of channel behavior when the input is lost.
   *
   * <p>The parent of this entity is GlobalConfiguration.
   *
   * <p>Property type {@code AWS::MediaLive::Channel.InputLossBehavior}.
   */
  public static final class InputLossBehavior extends Struct<InputLossBehavior> {
    private static final Schema SCHEMA = Schema.of("AWS::MediaLive::Channel.InputLossBehavior");

    public InputLossBehavior() {
      super(SCHEMA);
    }

    /**
     * On input loss, the number of milliseconds to substitute black into the output before
     * switching to the frame specified by inputLossImageType. A value x, where 0 &lt;= x &lt;=
     * 1,000,000 and a value of 1,000,000, is interpreted as infinite.
     *
     * <p>CloudFormation property {@code BlackFrameMsec}.
     */
    public InputLossBehavior blackFrameMsec(int value) {
      return set("BlackFrameMsec", Value.of(value));
    }

    /** Sets {@code BlackFrameMsec} to this value; see {@link #blackFrameMsec(int)}. */
    public InputLossBehavior blackFrameMsec(Value<Integer> value) {
      return set("BlackFrameMsec", value);
    }

    /**
     * When the input loss image type is "color," this field specifies the color to use. Value: 6
     * hex characters that represent the values of RGB.
     *
     * <p>CloudFormation property {@code InputLossImageColor}.
     */
    public InputLossBehavior inputLossImageColor(String value) {
      return set("InputLossImageColor", Value.of(value));
    }

    /** Sets {@code InputLossImageColor} to this value; see {@link #inputLossImageColor(String)}. */
    public InputLossBehavior inputLossImageColor(Value<String> value) {
      return set("InputLossImageColor", value);
    }

    /**
     * When the input loss image type is "slate," these fields specify the parameters for accessing
     * the slate.
     *
     * <p>CloudFormation property {@code InputLossImageSlate}.
     */
    public InputLossBehavior inputLossImageSlate(Value<InputLocation> value) {
      return set("InputLossImageSlate", value);
    }

    /**
     * Indicates whether to substitute a solid color or a slate into the output after the input loss
     * exceeds blackFrameMsec.
     *
     * <p>CloudFormation property {@code InputLossImageType}.
     */
    public InputLossBehavior inputLossImageType(String value) {
      return set("InputLossImageType", Value.of(value));
    }

    /** Sets {@code InputLossImageType} to this value; see {@link #inputLossImageType(String)}. */
    public InputLossBehavior inputLossImageType(Value<String> value) {
      return set("InputLossImageType", value);
    }

    /**
     * On input loss, the number of milliseconds to repeat the previous picture before substituting
     * black into the output. A value x, where 0 &lt;= x &lt;= 1,000,000 and a value of 1,000,000,
     * is interpreted as infinite.
     *
     * <p>CloudFormation property {@code RepeatFrameMsec}.
     */
    public InputLossBehavior repeatFrameMsec(int value) {
      return set("RepeatFrameMsec", Value.of(value));
    }

    /** Sets {@code RepeatFrameMsec} to this value; see {@link #repeatFrameMsec(int)}. */
    public InputLossBehavior repeatFrameMsec(Value<Integer> value) {
      return set("RepeatFrameMsec", value);
    }
  }

  /**
   * MediaLive will perform a failover if content is not detected in this input for the specified
   * period.
   *
   * <p>The parent of this entity is FailoverConditionSettings.
   *
   * <p>Property type {@code AWS::MediaLive::Channel.InputLossFailoverSettings}.
   */
  public static final class InputLossFailoverSettings extends Struct<InputLossFailoverSettings> {
    private static final Schema SCHEMA = Schema.of("AWS::MediaLive::Channel.InputLossFailoverSettings");

    public InputLossFailoverSettings() {
      super(SCHEMA);
    }

    /**
     * The amount of time (in milliseconds) that no input is detected. After that time, an input
     * failover will occur.
     *
     * <p>CloudFormation property {@code InputLossThresholdMsec}.
     */
    public InputLossFailoverSettings inputLossThresholdMsec(int value) {
      return set("InputLossThresholdMsec", Value.of(value));
    }

    /**
     * Sets {@code InputLossThresholdMsec} to this value; see {@link #inputLossThresholdMsec(int)}.
     */
    public InputLossFailoverSettings inputLossThresholdMsec(Value<Integer> value) {
      return set("InputLossThresholdMsec", value);
    }
  }

  /**
   * Information about extracting content from the input and about handling the content.
   *
   * <p>The parent of this entity is InputAttachment.
   *
   * <p>Property type {@code AWS::MediaLive::Channel.InputSettings}.
   */
  public static final class InputSettings extends Struct<InputSettings> {
    private static final Schema SCHEMA = Schema.of("AWS::MediaLive::Channel.InputSettings");

    public InputSettings() {
      super(SCHEMA);
    }

    /**
     * Information about the specific audio to extract from the input.
     *
     * <p>The parent of this entity is InputSettings.
     *
     * <p>CloudFormation property {@code AudioSelectors}.
     */
    public InputSettings audioSelectors(List<AudioSelector> value) {
      return set("AudioSelectors", Value.listOf(value));
    }

    /** Sets {@code AudioSelectors} to this value; see {@link #audioSelectors(List)}. */
    public InputSettings audioSelectors(Value<List<AudioSelector>> value) {
      return set("AudioSelectors", value);
    }

    /** Sets {@code AudioSelectors} to a list of these; see {@link #audioSelectors(List)}. */
    public InputSettings audioSelectors(AudioSelector... values) {
      return set("AudioSelectors", Value.list(values));
    }

    /**
     * Information about the specific captions to extract from the input.
     *
     * <p>CloudFormation property {@code CaptionSelectors}.
     */
    public InputSettings captionSelectors(List<CaptionSelector> value) {
      return set("CaptionSelectors", Value.listOf(value));
    }

    /** Sets {@code CaptionSelectors} to this value; see {@link #captionSelectors(List)}. */
    public InputSettings captionSelectors(Value<List<CaptionSelector>> value) {
      return set("CaptionSelectors", value);
    }

    /** Sets {@code CaptionSelectors} to a list of these; see {@link #captionSelectors(List)}. */
    public InputSettings captionSelectors(CaptionSelector... values) {
      return set("CaptionSelectors", Value.list(values));
    }

    /**
     * Enables or disables the deblock filter when filtering.
     *
     * <p>CloudFormation property {@code DeblockFilter}.
     */
    public InputSettings deblockFilter(String value) {
      return set("DeblockFilter", Value.of(value));
    }

    /** Sets {@code DeblockFilter} to this value; see {@link #deblockFilter(String)}. */
    public InputSettings deblockFilter(Value<String> value) {
      return set("DeblockFilter", value);
    }

    /**
     * Enables or disables the denoise filter when filtering.
     *
     * <p>CloudFormation property {@code DenoiseFilter}.
     */
    public InputSettings denoiseFilter(String value) {
      return set("DenoiseFilter", Value.of(value));
    }

    /** Sets {@code DenoiseFilter} to this value; see {@link #denoiseFilter(String)}. */
    public InputSettings denoiseFilter(Value<String> value) {
      return set("DenoiseFilter", value);
    }

    /**
     * Adjusts the magnitude of filtering from 1 (minimal) to 5 (strongest).
     *
     * <p>CloudFormation property {@code FilterStrength}.
     */
    public InputSettings filterStrength(int value) {
      return set("FilterStrength", Value.of(value));
    }

    /** Sets {@code FilterStrength} to this value; see {@link #filterStrength(int)}. */
    public InputSettings filterStrength(Value<Integer> value) {
      return set("FilterStrength", value);
    }

    /**
     * Turns on the filter for this input. MPEG-2 inputs have the deblocking filter enabled by
     * default. 1) auto - filtering is applied depending on input type/quality 2) disabled - no
     * filtering is applied to the input 3) forced - filtering is applied regardless of the input
     * type.
     *
     * <p>CloudFormation property {@code InputFilter}.
     */
    public InputSettings inputFilter(String value) {
      return set("InputFilter", Value.of(value));
    }

    /** Sets {@code InputFilter} to this value; see {@link #inputFilter(String)}. */
    public InputSettings inputFilter(Value<String> value) {
      return set("InputFilter", value);
    }

    /**
     * Information about how to connect to the upstream system.
     *
     * <p>CloudFormation property {@code NetworkInputSettings}.
     */
    public InputSettings networkInputSettings(Value<NetworkInputSettings> value) {
      return set("NetworkInputSettings", value);
    }

    /** CloudFormation property {@code Scte35Pid}. */
    public InputSettings scte35Pid(int value) {
      return set("Scte35Pid", Value.of(value));
    }

    /** Sets {@code Scte35Pid} to this value; see {@link #scte35Pid(int)}. */
    public InputSettings scte35Pid(Value<Integer> value) {
      return set("Scte35Pid", value);
    }

    /**
     * Specifies whether to extract applicable ancillary data from a SMPTE-2038 source in this
     * input. Applicable data types are captions, timecode, AFD, and SCTE-104 messages.
     *
     * <ul> <li>PREFER: Extract from SMPTE-2038 if present in this input, otherwise extract from
     * another source (if any). <li>IGNORE: Never extract any ancillary data from SMPTE-2038. </ul>
     *
     * <p>CloudFormation property {@code Smpte2038DataPreference}.
     */
    public InputSettings smpte2038DataPreference(String value) {
      return set("Smpte2038DataPreference", Value.of(value));
    }

    /**
     * Sets {@code Smpte2038DataPreference} to this value; see {@link
     * #smpte2038DataPreference(String)}.
     */
    public InputSettings smpte2038DataPreference(Value<String> value) {
      return set("Smpte2038DataPreference", value);
    }

    /**
     * The loop input if it is a file.
     *
     * <p>CloudFormation property {@code SourceEndBehavior}.
     */
    public InputSettings sourceEndBehavior(String value) {
      return set("SourceEndBehavior", Value.of(value));
    }

    /** Sets {@code SourceEndBehavior} to this value; see {@link #sourceEndBehavior(String)}. */
    public InputSettings sourceEndBehavior(Value<String> value) {
      return set("SourceEndBehavior", value);
    }

    /**
     * Information about one video to extract from the input.
     *
     * <p>CloudFormation property {@code VideoSelector}.
     */
    public InputSettings videoSelector(Value<VideoSelector> value) {
      return set("VideoSelector", value);
    }
  }

  /**
   * The input specification for this channel. It specifies the key characteristics of the inputs
   * for this channel: the maximum bitrate, the resolution, and the codec.
   *
   * <p>This entity is at the top level in the channel.
   *
   * <p>Property type {@code AWS::MediaLive::Channel.InputSpecification}.
   */
  public static final class InputSpecification extends Struct<InputSpecification> {
    private static final Schema SCHEMA = Schema.of("AWS::MediaLive::Channel.InputSpecification");

    public InputSpecification() {
      super(SCHEMA);
    }

    /**
     * The codec to include in the input specification for this channel.
     *
     * <p>CloudFormation property {@code Codec}.
     */
    public InputSpecification codec(String value) {
      return set("Codec", Value.of(value));
    }

    /** Sets {@code Codec} to this value; see {@link #codec(String)}. */
    public InputSpecification codec(Value<String> value) {
      return set("Codec", value);
    }

    /**
     * The maximum input bitrate for any input attached to this channel.
     *
     * <p>CloudFormation property {@code MaximumBitrate}.
     */
    public InputSpecification maximumBitrate(String value) {
      return set("MaximumBitrate", Value.of(value));
    }

    /** Sets {@code MaximumBitrate} to this value; see {@link #maximumBitrate(String)}. */
    public InputSpecification maximumBitrate(Value<String> value) {
      return set("MaximumBitrate", value);
    }

    /**
     * The resolution for any input attached to this channel.
     *
     * <p>CloudFormation property {@code Resolution}.
     */
    public InputSpecification resolution(String value) {
      return set("Resolution", Value.of(value));
    }

    /** Sets {@code Resolution} to this value; see {@link #resolution(String)}. */
    public InputSpecification resolution(Value<String> value) {
      return set("Resolution", value);
    }
  }

  /**
   * The configuration of key provider settings.
   *
   * <p>The parent of this entity is HlsGroupSettings.
   *
   * <p>Property type {@code AWS::MediaLive::Channel.KeyProviderSettings}.
   */
  public static final class KeyProviderSettings extends Struct<KeyProviderSettings> {
    private static final Schema SCHEMA = Schema.of("AWS::MediaLive::Channel.KeyProviderSettings");

    public KeyProviderSettings() {
      super(SCHEMA);
    }

    /**
     * The configuration of static key settings.
     *
     * <p>CloudFormation property {@code StaticKeySettings}.
     */
    public KeyProviderSettings staticKeySettings(Value<StaticKeySettings> value) {
      return set("StaticKeySettings", value);
    }
  }

  /** Property type {@code AWS::MediaLive::Channel.LinkedChannelSettings}. */
  public static final class LinkedChannelSettings extends Struct<LinkedChannelSettings> {
    private static final Schema SCHEMA = Schema.of("AWS::MediaLive::Channel.LinkedChannelSettings");

    public LinkedChannelSettings() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code FollowerChannelSettings}. */
    public LinkedChannelSettings followerChannelSettings(Value<FollowerChannelSettings> value) {
      return set("FollowerChannelSettings", value);
    }

    /** CloudFormation property {@code PrimaryChannelSettings}. */
    public LinkedChannelSettings primaryChannelSettings(Value<PrimaryChannelSettings> value) {
      return set("PrimaryChannelSettings", value);
    }
  }

  /**
   * The configuration of the M2TS in the output.
   *
   * <p>The parents of this entity are ArchiveContainerSettings and UdpContainerSettings.
   *
   * <p>Property type {@code AWS::MediaLive::Channel.M2tsSettings}.
   */
  public static final class M2tsSettings extends Struct<M2tsSettings> {
    private static final Schema SCHEMA = Schema.of("AWS::MediaLive::Channel.M2tsSettings");

    public M2tsSettings() {
      super(SCHEMA);
    }

    /**
     * When set to drop, the output audio streams are removed from the program if the selected input
     * audio stream is removed from the input. This allows the output audio configuration to
     * dynamically change based on the input configuration. If this is set to encodeSilence, all
     * output audio streams will output encoded silence when not connected to an active input
     * stream.
     *
     * <p>CloudFormation property {@code AbsentInputAudioBehavior}.
     */
    public M2tsSettings absentInputAudioBehavior(String value) {
      return set("AbsentInputAudioBehavior", Value.of(value));
    }

    /**
     * Sets {@code AbsentInputAudioBehavior} to this value; see {@link
     * #absentInputAudioBehavior(String)}.
     */
    public M2tsSettings absentInputAudioBehavior(Value<String> value) {
      return set("AbsentInputAudioBehavior", value);
    }

    /**
     * When set to enabled, uses ARIB-compliant field muxing and removes video descriptor.
     *
     * <p>CloudFormation property {@code Arib}.
     */
    public M2tsSettings arib(String value) {
      return set("Arib", Value.of(value));
    }

    /** Sets {@code Arib} to this value; see {@link #arib(String)}. */
    public M2tsSettings arib(Value<String> value) {
      return set("Arib", value);
    }

    /**
     * The PID for ARIB Captions in the transport stream. You can enter the value as a decimal or
     * hexadecimal value. Valid values are 32 (or 0x20)..8182 (or 0x1ff6).
     *
     * <p>CloudFormation property {@code AribCaptionsPid}.
     */
    public M2tsSettings aribCaptionsPid(String value) {
      return set("AribCaptionsPid", Value.of(value));
    }

    /** Sets {@code AribCaptionsPid} to this value; see {@link #aribCaptionsPid(String)}. */
    public M2tsSettings aribCaptionsPid(Value<String> value) {
      return set("AribCaptionsPid", value);
    }

    /**
     * If set to auto, The PID number used for ARIB Captions will be auto-selected from unused PIDs.
     * If set to useConfigured, ARIB captions will be on the configured PID number.
     *
     * <p>CloudFormation property {@code AribCaptionsPidControl}.
     */
    public M2tsSettings aribCaptionsPidControl(String value) {
      return set("AribCaptionsPidControl", Value.of(value));
    }

    /**
     * Sets {@code AribCaptionsPidControl} to this value; see {@link
     * #aribCaptionsPidControl(String)}.
     */
    public M2tsSettings aribCaptionsPidControl(Value<String> value) {
      return set("AribCaptionsPidControl", value);
    }

    /**
     * When set to dvb, uses the DVB buffer model for Dolby Digital audio. When set to atsc, the
     * ATSC model is used.
     *
     * <p>CloudFormation property {@code AudioBufferModel}.
     */
    public M2tsSettings audioBufferModel(String value) {
      return set("AudioBufferModel", Value.of(value));
    }

    /** Sets {@code AudioBufferModel} to this value; see {@link #audioBufferModel(String)}. */
    public M2tsSettings audioBufferModel(Value<String> value) {
      return set("AudioBufferModel", value);
    }

    /**
     * The number of audio frames to insert for each PES packet.
     *
     * <p>CloudFormation property {@code AudioFramesPerPes}.
     */
    public M2tsSettings audioFramesPerPes(int value) {
      return set("AudioFramesPerPes", Value.of(value));
    }

    /** Sets {@code AudioFramesPerPes} to this value; see {@link #audioFramesPerPes(int)}. */
    public M2tsSettings audioFramesPerPes(Value<Integer> value) {
      return set("AudioFramesPerPes", value);
    }

    /**
     * The PID of the elementary audio streams in the transport stream. Multiple values are
     * accepted, and can be entered in ranges or by comma separation. You can enter the value as a
     * decimal or hexadecimal value. Each PID specified must be in the range of 32 (or 0x20)..8182
     * (or 0x1ff6).
     *
     * <p>CloudFormation property {@code AudioPids}.
     */
    public M2tsSettings audioPids(String value) {
      return set("AudioPids", Value.of(value));
    }

    /** Sets {@code AudioPids} to this value; see {@link #audioPids(String)}. */
    public M2tsSettings audioPids(Value<String> value) {
      return set("AudioPids", value);
    }

    /**
     * When set to atsc, uses stream type = 0x81 for AC3 and stream type = 0x87 for EAC3. When set
     * to dvb, uses stream type = 0x06.
     *
     * <p>CloudFormation property {@code AudioStreamType}.
     */
    public M2tsSettings audioStreamType(String value) {
      return set("AudioStreamType", Value.of(value));
    }

    /** Sets {@code AudioStreamType} to this value; see {@link #audioStreamType(String)}. */
    public M2tsSettings audioStreamType(Value<String> value) {
      return set("AudioStreamType", value);
    }

    /**
     * The output bitrate of the transport stream in bits per second. Setting to 0 lets the muxer
     * automatically determine the appropriate bitrate.
     *
     * <p>CloudFormation property {@code Bitrate}.
     */
    public M2tsSettings bitrate(int value) {
      return set("Bitrate", Value.of(value));
    }

    /** Sets {@code Bitrate} to this value; see {@link #bitrate(int)}. */
    public M2tsSettings bitrate(Value<Integer> value) {
      return set("Bitrate", value);
    }

    /**
     * If set to multiplex, uses the multiplex buffer model for accurate interleaving. Setting to
     * bufferModel to none can lead to lower latency, but low-memory devices might not be able to
     * play back the stream without interruptions.
     *
     * <p>CloudFormation property {@code BufferModel}.
     */
    public M2tsSettings bufferModel(String value) {
      return set("BufferModel", Value.of(value));
    }

    /** Sets {@code BufferModel} to this value; see {@link #bufferModel(String)}. */
    public M2tsSettings bufferModel(Value<String> value) {
      return set("BufferModel", value);
    }

    /**
     * When set to enabled, generates captionServiceDescriptor in PMT.
     *
     * <p>CloudFormation property {@code CcDescriptor}.
     */
    public M2tsSettings ccDescriptor(String value) {
      return set("CcDescriptor", Value.of(value));
    }

    /** Sets {@code CcDescriptor} to this value; see {@link #ccDescriptor(String)}. */
    public M2tsSettings ccDescriptor(Value<String> value) {
      return set("CcDescriptor", value);
    }

    /**
     * Inserts a DVB Network Information Table (NIT) at the specified table repetition interval.
     *
     * <p>CloudFormation property {@code DvbNitSettings}.
     */
    public M2tsSettings dvbNitSettings(Value<DvbNitSettings> value) {
      return set("DvbNitSettings", value);
    }

    /**
     * Inserts a DVB Service Description Table (SDT) at the specified table repetition interval.
     *
     * <p>CloudFormation property {@code DvbSdtSettings}.
     */
    public M2tsSettings dvbSdtSettings(Value<DvbSdtSettings> value) {
      return set("DvbSdtSettings", value);
    }

    /**
     * The PID for the input source DVB Subtitle data to this output. Multiple values are accepted,
     * and can be entered in ranges and/or by comma separation. You can enter the value as a decimal
     * or hexadecimal value. Each PID specified must be in the range of 32 (or 0x20)..8182 (or
     * 0x1ff6).
     *
     * <p>CloudFormation property {@code DvbSubPids}.
     */
    public M2tsSettings dvbSubPids(String value) {
      return set("DvbSubPids", Value.of(value));
    }

    /** Sets {@code DvbSubPids} to this value; see {@link #dvbSubPids(String)}. */
    public M2tsSettings dvbSubPids(Value<String> value) {
      return set("DvbSubPids", value);
    }

    /**
     * Inserts DVB Time and Date Table (TDT) at the specified table repetition interval.
     *
     * <p>CloudFormation property {@code DvbTdtSettings}.
     */
    public M2tsSettings dvbTdtSettings(Value<DvbTdtSettings> value) {
      return set("DvbTdtSettings", value);
    }

    /**
     * The PID for the input source DVB Teletext data to this output. You can enter the value as a
     * decimal or hexadecimal value. Valid values are 32 (or 0x20)..8182 (or 0x1ff6).
     *
     * <p>CloudFormation property {@code DvbTeletextPid}.
     */
    public M2tsSettings dvbTeletextPid(String value) {
      return set("DvbTeletextPid", Value.of(value));
    }

    /** Sets {@code DvbTeletextPid} to this value; see {@link #dvbTeletextPid(String)}. */
    public M2tsSettings dvbTeletextPid(Value<String> value) {
      return set("DvbTeletextPid", value);
    }

    /**
     * If set to passthrough, passes any EBIF data from the input source to this output.
     *
     * <p>CloudFormation property {@code Ebif}.
     */
    public M2tsSettings ebif(String value) {
      return set("Ebif", Value.of(value));
    }

    /** Sets {@code Ebif} to this value; see {@link #ebif(String)}. */
    public M2tsSettings ebif(Value<String> value) {
      return set("Ebif", value);
    }

    /**
     * When videoAndFixedIntervals is selected, audio EBP markers are added to partitions 3 and 4.
     * The interval between these additional markers is fixed, and is slightly shorter than the
     * video EBP marker interval. This is only available when EBP Cablelabs segmentation markers are
     * selected. Partitions 1 and 2 always follow the video interval.
     *
     * <p>CloudFormation property {@code EbpAudioInterval}.
     */
    public M2tsSettings ebpAudioInterval(String value) {
      return set("EbpAudioInterval", Value.of(value));
    }

    /** Sets {@code EbpAudioInterval} to this value; see {@link #ebpAudioInterval(String)}. */
    public M2tsSettings ebpAudioInterval(Value<String> value) {
      return set("EbpAudioInterval", value);
    }

    /**
     * When set, enforces that Encoder Boundary Points do not come within the specified time
     * interval of each other by looking ahead at input video. If another EBP is going to come in
     * within the specified time interval, the current EBP is not emitted, and the segment is
     * "stretched" to the next marker. The lookahead value does not add latency to the system. The
     * channel must be configured elsewhere to create sufficient latency to make the lookahead
     * accurate.
     *
     * <p>CloudFormation property {@code EbpLookaheadMs}.
     */
    public M2tsSettings ebpLookaheadMs(int value) {
      return set("EbpLookaheadMs", Value.of(value));
    }

    /** Sets {@code EbpLookaheadMs} to this value; see {@link #ebpLookaheadMs(int)}. */
    public M2tsSettings ebpLookaheadMs(Value<Integer> value) {
      return set("EbpLookaheadMs", value);
    }

    /**
     * Controls placement of EBP on audio PIDs. If set to videoAndAudioPids, EBP markers are placed
     * on the video PID and all audio PIDs. If set to videoPid, EBP markers are placed on only the
     * video PID.
     *
     * <p>CloudFormation property {@code EbpPlacement}.
     */
    public M2tsSettings ebpPlacement(String value) {
      return set("EbpPlacement", Value.of(value));
    }

    /** Sets {@code EbpPlacement} to this value; see {@link #ebpPlacement(String)}. */
    public M2tsSettings ebpPlacement(Value<String> value) {
      return set("EbpPlacement", value);
    }

    /**
     * This field is unused and deprecated.
     *
     * <p>CloudFormation property {@code EcmPid}.
     */
    public M2tsSettings ecmPid(String value) {
      return set("EcmPid", Value.of(value));
    }

    /** Sets {@code EcmPid} to this value; see {@link #ecmPid(String)}. */
    public M2tsSettings ecmPid(Value<String> value) {
      return set("EcmPid", value);
    }

    /**
     * Includes or excludes the ES Rate field in the PES header.
     *
     * <p>CloudFormation property {@code EsRateInPes}.
     */
    public M2tsSettings esRateInPes(String value) {
      return set("EsRateInPes", Value.of(value));
    }

    /** Sets {@code EsRateInPes} to this value; see {@link #esRateInPes(String)}. */
    public M2tsSettings esRateInPes(Value<String> value) {
      return set("EsRateInPes", value);
    }

    /**
     * The PID for the input source ETV Platform data to this output. You can enter it as a decimal
     * or hexadecimal value. Valid values are 32 (or 0x20) to 8182 (or 0x1ff6).
     *
     * <p>CloudFormation property {@code EtvPlatformPid}.
     */
    public M2tsSettings etvPlatformPid(String value) {
      return set("EtvPlatformPid", Value.of(value));
    }

    /** Sets {@code EtvPlatformPid} to this value; see {@link #etvPlatformPid(String)}. */
    public M2tsSettings etvPlatformPid(Value<String> value) {
      return set("EtvPlatformPid", value);
    }

    /**
     * The PID for input source ETV Signal data to this output. You can enter the value as a decimal
     * or hexadecimal value. Valid values are 32 (or 0x20)..8182 (or 0x1ff6).
     *
     * <p>CloudFormation property {@code EtvSignalPid}.
     */
    public M2tsSettings etvSignalPid(String value) {
      return set("EtvSignalPid", Value.of(value));
    }

    /** Sets {@code EtvSignalPid} to this value; see {@link #etvSignalPid(String)}. */
    public M2tsSettings etvSignalPid(Value<String> value) {
      return set("EtvSignalPid", value);
    }

    /**
     * The length in seconds of each fragment. This is used only with EBP markers.
     *
     * <p>CloudFormation property {@code FragmentTime}.
     */
    public M2tsSettings fragmentTime(double value) {
      return set("FragmentTime", Value.of(value));
    }

    /** Sets {@code FragmentTime} to this value; see {@link #fragmentTime(double)}. */
    public M2tsSettings fragmentTime(Value<Double> value) {
      return set("FragmentTime", value);
    }

    /**
     * If set to passthrough, passes any KLV data from the input source to this output.
     *
     * <p>CloudFormation property {@code Klv}.
     */
    public M2tsSettings klv(String value) {
      return set("Klv", Value.of(value));
    }

    /** Sets {@code Klv} to this value; see {@link #klv(String)}. */
    public M2tsSettings klv(Value<String> value) {
      return set("Klv", value);
    }

    /**
     * The PID for the input source KLV data to this output. Multiple values are accepted, and can
     * be entered in ranges or by comma separation. You can enter the value as a decimal or
     * hexadecimal value. Each PID specified must be in the range of 32 (or 0x20)..8182 (or 0x1ff6).
     *
     * <p>CloudFormation property {@code KlvDataPids}.
     */
    public M2tsSettings klvDataPids(String value) {
      return set("KlvDataPids", Value.of(value));
    }

    /** Sets {@code KlvDataPids} to this value; see {@link #klvDataPids(String)}. */
    public M2tsSettings klvDataPids(Value<String> value) {
      return set("KlvDataPids", value);
    }

    /**
     * If set to passthrough, Nielsen inaudible tones for media tracking will be detected in the
     * input audio and an equivalent ID3 tag will be inserted in the output.
     *
     * <p>CloudFormation property {@code NielsenId3Behavior}.
     */
    public M2tsSettings nielsenId3Behavior(String value) {
      return set("NielsenId3Behavior", Value.of(value));
    }

    /** Sets {@code NielsenId3Behavior} to this value; see {@link #nielsenId3Behavior(String)}. */
    public M2tsSettings nielsenId3Behavior(Value<String> value) {
      return set("NielsenId3Behavior", value);
    }

    /**
     * The value, in bits per second, of extra null packets to insert into the transport stream.
     * This can be used if a downstream encryption system requires periodic null packets.
     *
     * <p>CloudFormation property {@code NullPacketBitrate}.
     */
    public M2tsSettings nullPacketBitrate(double value) {
      return set("NullPacketBitrate", Value.of(value));
    }

    /** Sets {@code NullPacketBitrate} to this value; see {@link #nullPacketBitrate(double)}. */
    public M2tsSettings nullPacketBitrate(Value<Double> value) {
      return set("NullPacketBitrate", value);
    }

    /**
     * The number of milliseconds between instances of this table in the output transport stream.
     * Valid values are 0, 10..1000.
     *
     * <p>CloudFormation property {@code PatInterval}.
     */
    public M2tsSettings patInterval(int value) {
      return set("PatInterval", Value.of(value));
    }

    /** Sets {@code PatInterval} to this value; see {@link #patInterval(int)}. */
    public M2tsSettings patInterval(Value<Integer> value) {
      return set("PatInterval", value);
    }

    /**
     * When set to pcrEveryPesPacket, a Program Clock Reference value is inserted for every
     * Packetized Elementary Stream (PES) header. This parameter is effective only when the PCR PID
     * is the same as the video or audio elementary stream.
     *
     * <p>CloudFormation property {@code PcrControl}.
     */
    public M2tsSettings pcrControl(String value) {
      return set("PcrControl", Value.of(value));
    }

    /** Sets {@code PcrControl} to this value; see {@link #pcrControl(String)}. */
    public M2tsSettings pcrControl(Value<String> value) {
      return set("PcrControl", value);
    }

    /**
     * The maximum time, in milliseconds, between Program Clock References (PCRs) inserted into the
     * transport stream.
     *
     * <p>CloudFormation property {@code PcrPeriod}.
     */
    public M2tsSettings pcrPeriod(int value) {
      return set("PcrPeriod", Value.of(value));
    }

    /** Sets {@code PcrPeriod} to this value; see {@link #pcrPeriod(int)}. */
    public M2tsSettings pcrPeriod(Value<Integer> value) {
      return set("PcrPeriod", value);
    }

    /**
     * The PID of the Program Clock Reference (PCR) in the transport stream. When no value is given,
     * MediaLive assigns the same value as the video PID. You can enter the value as a decimal or
     * hexadecimal value. Valid values are 32 (or 0x20)..8182 (or 0x1ff6).
     *
     * <p>CloudFormation property {@code PcrPid}.
     */
    public M2tsSettings pcrPid(String value) {
      return set("PcrPid", Value.of(value));
    }

    /** Sets {@code PcrPid} to this value; see {@link #pcrPid(String)}. */
    public M2tsSettings pcrPid(Value<String> value) {
      return set("PcrPid", value);
    }

    /**
     * The number of milliseconds between instances of this table in the output transport stream.
     * Valid values are 0, 10..1000.
     *
     * <p>CloudFormation property {@code PmtInterval}.
     */
    public M2tsSettings pmtInterval(int value) {
      return set("PmtInterval", Value.of(value));
    }

    /** Sets {@code PmtInterval} to this value; see {@link #pmtInterval(int)}. */
    public M2tsSettings pmtInterval(Value<Integer> value) {
      return set("PmtInterval", value);
    }

    /**
     * The PID for the Program Map Table (PMT) in the transport stream. You can enter the value as a
     * decimal or hexadecimal value. Valid values are 32 (or 0x20)..8182 (or 0x1ff6).
     *
     * <p>CloudFormation property {@code PmtPid}.
     */
    public M2tsSettings pmtPid(String value) {
      return set("PmtPid", Value.of(value));
    }

    /** Sets {@code PmtPid} to this value; see {@link #pmtPid(String)}. */
    public M2tsSettings pmtPid(Value<String> value) {
      return set("PmtPid", value);
    }

    /**
     * The value of the program number field in the Program Map Table (PMT).
     *
     * <p>CloudFormation property {@code ProgramNum}.
     */
    public M2tsSettings programNum(int value) {
      return set("ProgramNum", Value.of(value));
    }

    /** Sets {@code ProgramNum} to this value; see {@link #programNum(int)}. */
    public M2tsSettings programNum(Value<Integer> value) {
      return set("ProgramNum", value);
    }

    /**
     * When VBR, does not insert null packets into the transport stream to fill the specified
     * bitrate. The bitrate setting acts as the maximum bitrate when VBR is set.
     *
     * <p>CloudFormation property {@code RateMode}.
     */
    public M2tsSettings rateMode(String value) {
      return set("RateMode", Value.of(value));
    }

    /** Sets {@code RateMode} to this value; see {@link #rateMode(String)}. */
    public M2tsSettings rateMode(Value<String> value) {
      return set("RateMode", value);
    }

    /**
     * The PID for the input source SCTE-27 data to this output. Multiple values are accepted, and
     * can be entered in ranges or by comma separation. You can enter the value as a decimal or
     * hexadecimal value. Each PID specified must be in the range of 32 (or 0x20)..8182 (or 0x1ff6).
     *
     * <p>CloudFormation property {@code Scte27Pids}.
     */
    public M2tsSettings scte27Pids(String value) {
      return set("Scte27Pids", Value.of(value));
    }

    /** Sets {@code Scte27Pids} to this value; see {@link #scte27Pids(String)}. */
    public M2tsSettings scte27Pids(Value<String> value) {
      return set("Scte27Pids", value);
    }

    /**
     * Optionally passes SCTE-35 signals from the input source to this output.
     *
     * <p>CloudFormation property {@code Scte35Control}.
     */
    public M2tsSettings scte35Control(String value) {
      return set("Scte35Control", Value.of(value));
    }

    /** Sets {@code Scte35Control} to this value; see {@link #scte35Control(String)}. */
    public M2tsSettings scte35Control(Value<String> value) {
      return set("Scte35Control", value);
    }

    /**
     * The PID of the SCTE-35 stream in the transport stream. You can enter the value as a decimal
     * or hexadecimal value. Valid values are 32 (or 0x20)..8182 (or 0x1ff6).
     *
     * <p>CloudFormation property {@code Scte35Pid}.
     */
    public M2tsSettings scte35Pid(String value) {
      return set("Scte35Pid", Value.of(value));
    }

    /** Sets {@code Scte35Pid} to this value; see {@link #scte35Pid(String)}. */
    public M2tsSettings scte35Pid(Value<String> value) {
      return set("Scte35Pid", value);
    }

    /** CloudFormation property {@code Scte35PrerollPullupMilliseconds}. */
    public M2tsSettings scte35PrerollPullupMilliseconds(double value) {
      return set("Scte35PrerollPullupMilliseconds", Value.of(value));
    }

    /**
     * Sets {@code Scte35PrerollPullupMilliseconds} to this value; see {@link
     * #scte35PrerollPullupMilliseconds(double)}.
     */
    public M2tsSettings scte35PrerollPullupMilliseconds(Value<Double> value) {
      return set("Scte35PrerollPullupMilliseconds", value);
    }

    /**
     * Inserts segmentation markers at each segmentationTime period. raiSegstart sets the Random
     * Access Indicator bit in the adaptation field. raiAdapt sets the RAI bit and adds the current
     * timecode in the private data bytes. psiSegstart inserts PAT and PMT tables at the start of
     * segments. ebp adds Encoder Boundary Point information to the adaptation field as per
     * OpenCable specification OC-SP-EBP-I01-130118. ebpLegacy adds Encoder Boundary Point
     * information to the adaptation field using a legacy proprietary format.
     *
     * <p>CloudFormation property {@code SegmentationMarkers}.
     */
    public M2tsSettings segmentationMarkers(String value) {
      return set("SegmentationMarkers", Value.of(value));
    }

    /** Sets {@code SegmentationMarkers} to this value; see {@link #segmentationMarkers(String)}. */
    public M2tsSettings segmentationMarkers(Value<String> value) {
      return set("SegmentationMarkers", value);
    }

    /**
     * The segmentation style parameter controls how segmentation markers are inserted into the
     * transport stream. With avails, it is possible that segments might be truncated, which can
     * influence where future segmentation markers are inserted. When a segmentation style of
     * resetCadence is selected and a segment is truncated due to an avail, we will reset the
     * segmentation cadence. This means the subsequent segment will have a duration of
     * $segmentationTime seconds. When a segmentation style of maintainCadence is selected and a
     * segment is truncated due to an avail, we will not reset the segmentation cadence. This means
     * the subsequent segment will likely be truncated as well. However, all segments after that
     * will have a duration of $segmentationTime seconds. Note that EBP lookahead is a slight
     * exception to this rule.
     *
     * <p>CloudFormation property {@code SegmentationStyle}.
     */
    public M2tsSettings segmentationStyle(String value) {
      return set("SegmentationStyle", Value.of(value));
    }

    /** Sets {@code SegmentationStyle} to this value; see {@link #segmentationStyle(String)}. */
    public M2tsSettings segmentationStyle(Value<String> value) {
      return set("SegmentationStyle", value);
    }

    /**
     * The length, in seconds, of each segment. This is required unless markers is set to None_.
     *
     * <p>CloudFormation property {@code SegmentationTime}.
     */
    public M2tsSettings segmentationTime(double value) {
      return set("SegmentationTime", Value.of(value));
    }

    /** Sets {@code SegmentationTime} to this value; see {@link #segmentationTime(double)}. */
    public M2tsSettings segmentationTime(Value<Double> value) {
      return set("SegmentationTime", value);
    }

    /**
     * When set to passthrough, timed metadata is passed through from input to output.
     *
     * <p>CloudFormation property {@code TimedMetadataBehavior}.
     */
    public M2tsSettings timedMetadataBehavior(String value) {
      return set("TimedMetadataBehavior", Value.of(value));
    }

    /**
     * Sets {@code TimedMetadataBehavior} to this value; see {@link #timedMetadataBehavior(String)}.
     */
    public M2tsSettings timedMetadataBehavior(Value<String> value) {
      return set("TimedMetadataBehavior", value);
    }

    /**
     * The PID of the timed metadata stream in the transport stream. You can enter the value as a
     * decimal or hexadecimal value. Valid values are 32 (or 0x20)..8182 (or 0x1ff6).
     *
     * <p>CloudFormation property {@code TimedMetadataPid}.
     */
    public M2tsSettings timedMetadataPid(String value) {
      return set("TimedMetadataPid", Value.of(value));
    }

    /** Sets {@code TimedMetadataPid} to this value; see {@link #timedMetadataPid(String)}. */
    public M2tsSettings timedMetadataPid(Value<String> value) {
      return set("TimedMetadataPid", value);
    }

    /**
     * The value of the transport stream ID field in the Program Map Table (PMT).
     *
     * <p>CloudFormation property {@code TransportStreamId}.
     */
    public M2tsSettings transportStreamId(int value) {
      return set("TransportStreamId", Value.of(value));
    }

    /** Sets {@code TransportStreamId} to this value; see {@link #transportStreamId(int)}. */
    public M2tsSettings transportStreamId(Value<Integer> value) {
      return set("TransportStreamId", value);
    }

    /**
     * The PID of the elementary video stream in the transport stream. You can enter the value as a
     * decimal or hexadecimal value. Valid values are 32 (or 0x20)..8182 (or 0x1ff6).
     *
     * <p>CloudFormation property {@code VideoPid}.
     */
    public M2tsSettings videoPid(String value) {
      return set("VideoPid", Value.of(value));
    }

    /** Sets {@code VideoPid} to this value; see {@link #videoPid(String)}. */
    public M2tsSettings videoPid(Value<String> value) {
      return set("VideoPid", value);
    }
  }

  /**
   * Settings for the M3U8 container.
   *
   * <p>The parent of this entity is StandardHlsSettings.
   *
   * <p>Property type {@code AWS::MediaLive::Channel.M3u8Settings}.
   */
  public static final class M3u8Settings extends Struct<M3u8Settings> {
    private static final Schema SCHEMA = Schema.of("AWS::MediaLive::Channel.M3u8Settings");

    public M3u8Settings() {
      super(SCHEMA);
    }

    /**
     * The number of audio frames to insert for each PES packet.
     *
     * <p>CloudFormation property {@code AudioFramesPerPes}.
     */
    public M3u8Settings audioFramesPerPes(int value) {
      return set("AudioFramesPerPes", Value.of(value));
    }

    /** Sets {@code AudioFramesPerPes} to this value; see {@link #audioFramesPerPes(int)}. */
    public M3u8Settings audioFramesPerPes(Value<Integer> value) {
      return set("AudioFramesPerPes", value);
    }

    /**
     * The PID of the elementary audio streams in the transport stream. Multiple values are
     * accepted, and can be entered in ranges or by comma separation. You can enter the value as a
     * decimal or hexadecimal value.
     *
     * <p>CloudFormation property {@code AudioPids}.
     */
    public M3u8Settings audioPids(String value) {
      return set("AudioPids", Value.of(value));
    }

    /** Sets {@code AudioPids} to this value; see {@link #audioPids(String)}. */
    public M3u8Settings audioPids(Value<String> value) {
      return set("AudioPids", value);
    }

    /**
     * This parameter is unused and deprecated.
     *
     * <p>CloudFormation property {@code EcmPid}.
     */
    public M3u8Settings ecmPid(String value) {
      return set("EcmPid", Value.of(value));
    }

    /** Sets {@code EcmPid} to this value; see {@link #ecmPid(String)}. */
    public M3u8Settings ecmPid(Value<String> value) {
      return set("EcmPid", value);
    }

    /** CloudFormation property {@code KlvBehavior}. */
    public M3u8Settings klvBehavior(String value) {
      return set("KlvBehavior", Value.of(value));
    }

    /** Sets {@code KlvBehavior} to this value; see {@link #klvBehavior(String)}. */
    public M3u8Settings klvBehavior(Value<String> value) {
      return set("KlvBehavior", value);
    }

    /** CloudFormation property {@code KlvDataPids}. */
    public M3u8Settings klvDataPids(String value) {
      return set("KlvDataPids", Value.of(value));
    }

    /** Sets {@code KlvDataPids} to this value; see {@link #klvDataPids(String)}. */
    public M3u8Settings klvDataPids(Value<String> value) {
      return set("KlvDataPids", value);
    }

    /**
     * If set to passthrough, Nielsen inaudible tones for media tracking will be detected in the
     * input audio and an equivalent ID3 tag will be inserted in the output.
     *
     * <p>CloudFormation property {@code NielsenId3Behavior}.
     */
    public M3u8Settings nielsenId3Behavior(String value) {
      return set("NielsenId3Behavior", Value.of(value));
    }

    /** Sets {@code NielsenId3Behavior} to this value; see {@link #nielsenId3Behavior(String)}. */
    public M3u8Settings nielsenId3Behavior(Value<String> value) {
      return set("NielsenId3Behavior", value);
    }

    /**
     * The number of milliseconds between instances of this table in the output transport stream. A
     * value of &#92;"0&#92;" writes out the PMT once per segment file.
     *
     * <p>CloudFormation property {@code PatInterval}.
     */
    public M3u8Settings patInterval(int value) {
      return set("PatInterval", Value.of(value));
    }

    /** Sets {@code PatInterval} to this value; see {@link #patInterval(int)}. */
    public M3u8Settings patInterval(Value<Integer> value) {
      return set("PatInterval", value);
    }

    /**
     * When set to pcrEveryPesPacket, a Program Clock Reference value is inserted for every
     * Packetized Elementary Stream (PES) header. This parameter is effective only when the PCR PID
     * is the same as the video or audio elementary stream.
     *
     * <p>CloudFormation property {@code PcrControl}.
     */
    public M3u8Settings pcrControl(String value) {
      return set("PcrControl", Value.of(value));
    }

    /** Sets {@code PcrControl} to this value; see {@link #pcrControl(String)}. */
    public M3u8Settings pcrControl(Value<String> value) {
      return set("PcrControl", value);
    }

    /**
     * The maximum time, in milliseconds, between Program Clock References (PCRs) inserted into the
     * transport stream.
     *
     * <p>CloudFormation property {@code PcrPeriod}.
     */
    public M3u8Settings pcrPeriod(int value) {
      return set("PcrPeriod", Value.of(value));
    }

    /** Sets {@code PcrPeriod} to this value; see {@link #pcrPeriod(int)}. */
    public M3u8Settings pcrPeriod(Value<Integer> value) {
      return set("PcrPeriod", value);
    }

    /**
     * The PID of the Program Clock Reference (PCR) in the transport stream. When no value is given,
     * MediaLive assigns the same value as the video PID. You can enter the value as a decimal or
     * hexadecimal value.
     *
     * <p>CloudFormation property {@code PcrPid}.
     */
    public M3u8Settings pcrPid(String value) {
      return set("PcrPid", Value.of(value));
    }

    /** Sets {@code PcrPid} to this value; see {@link #pcrPid(String)}. */
    public M3u8Settings pcrPid(Value<String> value) {
      return set("PcrPid", value);
    }

    /**
     * The number of milliseconds between instances of this table in the output transport stream. A
     * value of &#92;"0&#92;" writes out the PMT once per segment file.
     *
     * <p>CloudFormation property {@code PmtInterval}.
     */
    public M3u8Settings pmtInterval(int value) {
      return set("PmtInterval", Value.of(value));
    }

    /** Sets {@code PmtInterval} to this value; see {@link #pmtInterval(int)}. */
    public M3u8Settings pmtInterval(Value<Integer> value) {
      return set("PmtInterval", value);
    }

    /**
     * The PID for the Program Map Table (PMT) in the transport stream. You can enter the value as a
     * decimal or hexadecimal value.
     *
     * <p>CloudFormation property {@code PmtPid}.
     */
    public M3u8Settings pmtPid(String value) {
      return set("PmtPid", Value.of(value));
    }

    /** Sets {@code PmtPid} to this value; see {@link #pmtPid(String)}. */
    public M3u8Settings pmtPid(Value<String> value) {
      return set("PmtPid", value);
    }

    /**
     * The value of the program number field in the Program Map Table (PMT).
     *
     * <p>CloudFormation property {@code ProgramNum}.
     */
    public M3u8Settings programNum(int value) {
      return set("ProgramNum", Value.of(value));
    }

    /** Sets {@code ProgramNum} to this value; see {@link #programNum(int)}. */
    public M3u8Settings programNum(Value<Integer> value) {
      return set("ProgramNum", value);
    }

    /**
     * If set to passthrough, passes any SCTE-35 signals from the input source to this output.
     *
     * <p>CloudFormation property {@code Scte35Behavior}.
     */
    public M3u8Settings scte35Behavior(String value) {
      return set("Scte35Behavior", Value.of(value));
    }

    /** Sets {@code Scte35Behavior} to this value; see {@link #scte35Behavior(String)}. */
    public M3u8Settings scte35Behavior(Value<String> value) {
      return set("Scte35Behavior", value);
    }

    /**
     * The PID of the SCTE-35 stream in the transport stream. You can enter the value as a decimal
     * or hexadecimal value.
     *
     * <p>CloudFormation property {@code Scte35Pid}.
     */
    public M3u8Settings scte35Pid(String value) {
      return set("Scte35Pid", Value.of(value));
    }

    /** Sets {@code Scte35Pid} to this value; see {@link #scte35Pid(String)}. */
    public M3u8Settings scte35Pid(Value<String> value) {
      return set("Scte35Pid", value);
    }

    /**
     * When set to passthrough, timed metadata is passed through from input to output.
     *
     * <p>CloudFormation property {@code TimedMetadataBehavior}.
     */
    public M3u8Settings timedMetadataBehavior(String value) {
      return set("TimedMetadataBehavior", Value.of(value));
    }

    /**
     * Sets {@code TimedMetadataBehavior} to this value; see {@link #timedMetadataBehavior(String)}.
     */
    public M3u8Settings timedMetadataBehavior(Value<String> value) {
      return set("TimedMetadataBehavior", value);
    }

    /**
     * The PID of the timed metadata stream in the transport stream. You can enter the value as a
     * decimal or hexadecimal value. Valid values are 32 (or 0x20)..8182 (or 0x1ff6).
     *
     * <p>CloudFormation property {@code TimedMetadataPid}.
     */
    public M3u8Settings timedMetadataPid(String value) {
      return set("TimedMetadataPid", Value.of(value));
    }

    /** Sets {@code TimedMetadataPid} to this value; see {@link #timedMetadataPid(String)}. */
    public M3u8Settings timedMetadataPid(Value<String> value) {
      return set("TimedMetadataPid", value);
    }

    /**
     * The value of the transport stream ID field in the Program Map Table (PMT).
     *
     * <p>CloudFormation property {@code TransportStreamId}.
     */
    public M3u8Settings transportStreamId(int value) {
      return set("TransportStreamId", Value.of(value));
    }

    /** Sets {@code TransportStreamId} to this value; see {@link #transportStreamId(int)}. */
    public M3u8Settings transportStreamId(Value<Integer> value) {
      return set("TransportStreamId", value);
    }

    /**
     * The PID of the elementary video stream in the transport stream. You can enter the value as a
     * decimal or hexadecimal value.
     *
     * <p>CloudFormation property {@code VideoPid}.
     */
    public M3u8Settings videoPid(String value) {
      return set("VideoPid", Value.of(value));
    }

    /** Sets {@code VideoPid} to this value; see {@link #videoPid(String)}. */
    public M3u8Settings videoPid(Value<String> value) {
      return set("VideoPid", value);
    }
  }

  /** Property type {@code AWS::MediaLive::Channel.MaintenanceCreateSettings}. */
  public static final class MaintenanceCreateSettings extends Struct<MaintenanceCreateSettings> {
    private static final Schema SCHEMA = Schema.of("AWS::MediaLive::Channel.MaintenanceCreateSettings");

    public MaintenanceCreateSettings() {
      super(SCHEMA);
    }

    /**
     * Choose one day of the week for maintenance. The chosen day is used for all future maintenance
     * windows.
     *
     * <p>CloudFormation property {@code MaintenanceDay}.
     */
    public MaintenanceCreateSettings maintenanceDay(String value) {
      return set("MaintenanceDay", Value.of(value));
    }

    /** Sets {@code MaintenanceDay} to this value; see {@link #maintenanceDay(String)}. */
    public MaintenanceCreateSettings maintenanceDay(Value<String> value) {
      return set("MaintenanceDay", value);
    }

    /**
     * Choose the hour that maintenance will start. The chosen time is used for all future
     * maintenance windows.
     *
     * <p>CloudFormation property {@code MaintenanceStartTime}.
     */
    public MaintenanceCreateSettings maintenanceStartTime(String value) {
      return set("MaintenanceStartTime", Value.of(value));
    }

    /**
     * Sets {@code MaintenanceStartTime} to this value; see {@link #maintenanceStartTime(String)}.
     */
    public MaintenanceCreateSettings maintenanceStartTime(Value<String> value) {
      return set("MaintenanceStartTime", value);
    }
  }

  /** Property type {@code AWS::MediaLive::Channel.MaintenanceUpdateSettings}. */
  public static final class MaintenanceUpdateSettings extends Struct<MaintenanceUpdateSettings> {
    private static final Schema SCHEMA = Schema.of("AWS::MediaLive::Channel.MaintenanceUpdateSettings");

    public MaintenanceUpdateSettings() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code MaintenanceDay}. */
    public MaintenanceUpdateSettings maintenanceDay(String value) {
      return set("MaintenanceDay", Value.of(value));
    }

    /** Sets {@code MaintenanceDay} to this value; see {@link #maintenanceDay(String)}. */
    public MaintenanceUpdateSettings maintenanceDay(Value<String> value) {
      return set("MaintenanceDay", value);
    }

    /** CloudFormation property {@code MaintenanceScheduledDate}. */
    public MaintenanceUpdateSettings maintenanceScheduledDate(String value) {
      return set("MaintenanceScheduledDate", Value.of(value));
    }

    /**
     * Sets {@code MaintenanceScheduledDate} to this value; see {@link
     * #maintenanceScheduledDate(String)}.
     */
    public MaintenanceUpdateSettings maintenanceScheduledDate(Value<String> value) {
      return set("MaintenanceScheduledDate", value);
    }

    /** CloudFormation property {@code MaintenanceStartTime}. */
    public MaintenanceUpdateSettings maintenanceStartTime(String value) {
      return set("MaintenanceStartTime", Value.of(value));
    }

    /**
     * Sets {@code MaintenanceStartTime} to this value; see {@link #maintenanceStartTime(String)}.
     */
    public MaintenanceUpdateSettings maintenanceStartTime(Value<String> value) {
      return set("MaintenanceStartTime", value);
    }
  }

  /** Property type {@code AWS::MediaLive::Channel.MediaConnectRouterGroupSettings}. */
  public static final class MediaConnectRouterGroupSettings extends Struct<MediaConnectRouterGroupSettings> {
    private static final Schema SCHEMA = Schema.of("AWS::MediaLive::Channel.MediaConnectRouterGroupSettings");

    public MediaConnectRouterGroupSettings() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code AvailabilityZones}. */
    public MediaConnectRouterGroupSettings availabilityZones(List<String> value) {
      return set("AvailabilityZones", Value.listOf(value));
    }

    /** Sets {@code AvailabilityZones} to this value; see {@link #availabilityZones(List)}. */
    public MediaConnectRouterGroupSettings availabilityZones(Value<List<String>> value) {
      return set("AvailabilityZones", value);
    }
  }

  /** Property type {@code AWS::MediaLive::Channel.MediaConnectRouterOutputConnectionMap}. */
  public static final class MediaConnectRouterOutputConnectionMap extends Struct<MediaConnectRouterOutputConnectionMap> {
    private static final Schema SCHEMA = Schema.of("AWS::MediaLive::Channel.MediaConnectRouterOutputConnectionMap");

    public MediaConnectRouterOutputConnectionMap() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code Pipeline0}. */
    public MediaConnectRouterOutputConnectionMap pipeline0(String value) {
      return set("Pipeline0", Value.of(value));
    }

    /** Sets {@code Pipeline0} to this value; see {@link #pipeline0(String)}. */
    public MediaConnectRouterOutputConnectionMap pipeline0(Value<String> value) {
      return set("Pipeline0", value);
    }

    /** CloudFormation property {@code Pipeline1}. */
    public MediaConnectRouterOutputConnectionMap pipeline1(String value) {
      return set("Pipeline1", Value.of(value));
    }

    /** Sets {@code Pipeline1} to this value; see {@link #pipeline1(String)}. */
    public MediaConnectRouterOutputConnectionMap pipeline1(Value<String> value) {
      return set("Pipeline1", value);
    }
  }

  /** Property type {@code AWS::MediaLive::Channel.MediaConnectRouterOutputDestinationSettings}. */
  public static final class MediaConnectRouterOutputDestinationSettings extends Struct<MediaConnectRouterOutputDestinationSettings> {
    private static final Schema SCHEMA = Schema.of("AWS::MediaLive::Channel.MediaConnectRouterOutputDestinationSettings");

    public MediaConnectRouterOutputDestinationSettings() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code EncryptionType}. */
    public MediaConnectRouterOutputDestinationSettings encryptionType(String value) {
      return set("EncryptionType", Value.of(value));
    }

    /** Sets {@code EncryptionType} to this value; see {@link #encryptionType(String)}. */
    public MediaConnectRouterOutputDestinationSettings encryptionType(Value<String> value) {
      return set("EncryptionType", value);
    }

    /** CloudFormation property {@code SecretArn}. */
    public MediaConnectRouterOutputDestinationSettings secretArn(String value) {
      return set("SecretArn", Value.of(value));
    }

    /** Sets {@code SecretArn} to this value; see {@link #secretArn(String)}. */
    public MediaConnectRouterOutputDestinationSettings secretArn(Value<String> value) {
      return set("SecretArn", value);
    }
  }

  /** Property type {@code AWS::MediaLive::Channel.MediaConnectRouterOutputSettings}. */
  public static final class MediaConnectRouterOutputSettings extends Struct<MediaConnectRouterOutputSettings> {
    private static final Schema SCHEMA = Schema.of("AWS::MediaLive::Channel.MediaConnectRouterOutputSettings");

    public MediaConnectRouterOutputSettings() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code ConnectedRouterInputs}. */
    public MediaConnectRouterOutputSettings connectedRouterInputs(Value<MediaConnectRouterOutputConnectionMap> value) {
      return set("ConnectedRouterInputs", value);
    }

    /** CloudFormation property {@code ContainerSettings}. */
    public MediaConnectRouterOutputSettings containerSettings(Value<UdpMediaConnectRouterContainerSettings> value) {
      return set("ContainerSettings", value);
    }

    /** CloudFormation property {@code Destination}. */
    public MediaConnectRouterOutputSettings destination(Value<OutputLocationRef> value) {
      return set("Destination", value);
    }
  }

  /**
   * The settings for the MediaPackage group.
   *
   * <p>The parent of this entity is OutputGroupSettings.
   *
   * <p>Property type {@code AWS::MediaLive::Channel.MediaPackageGroupSettings}.
   */
  public static final class MediaPackageGroupSettings extends Struct<MediaPackageGroupSettings> {
    private static final Schema SCHEMA = Schema.of("AWS::MediaLive::Channel.MediaPackageGroupSettings");

    public MediaPackageGroupSettings() {
      super(SCHEMA);
    }

    /**
     * The MediaPackage channel destination.
     *
     * <p>CloudFormation property {@code Destination}.
     */
    public MediaPackageGroupSettings destination(Value<OutputLocationRef> value) {
      return set("Destination", value);
    }

    /** CloudFormation property {@code MediapackageV2GroupSettings}. */
    public MediaPackageGroupSettings mediapackageV2GroupSettings(Value<MediaPackageV2GroupSettings> value) {
      return set("MediapackageV2GroupSettings", value);
    }
  }

  /**
   * Destination settings for a MediaPackage output.
   *
   * <p>The parent of this entity is OutputDestination.
   *
   * <p>Property type {@code AWS::MediaLive::Channel.MediaPackageOutputDestinationSettings}.
   */
  public static final class MediaPackageOutputDestinationSettings extends Struct<MediaPackageOutputDestinationSettings> {
    private static final Schema SCHEMA = Schema.of("AWS::MediaLive::Channel.MediaPackageOutputDestinationSettings");

    public MediaPackageOutputDestinationSettings() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code ChannelEndpointId}. */
    public MediaPackageOutputDestinationSettings channelEndpointId(String value) {
      return set("ChannelEndpointId", Value.of(value));
    }

    /** Sets {@code ChannelEndpointId} to this value; see {@link #channelEndpointId(String)}. */
    public MediaPackageOutputDestinationSettings channelEndpointId(Value<String> value) {
      return set("ChannelEndpointId", value);
    }

    /** CloudFormation property {@code ChannelGroup}. */
    public MediaPackageOutputDestinationSettings channelGroup(String value) {
      return set("ChannelGroup", Value.of(value));
    }

    /** Sets {@code ChannelGroup} to this value; see {@link #channelGroup(String)}. */
    public MediaPackageOutputDestinationSettings channelGroup(Value<String> value) {
      return set("ChannelGroup", value);
    }

    /**
     * The ID of the channel in MediaPackage that is the destination for this output group. You
     * don't need to specify the individual inputs in MediaPackage; MediaLive handles the connection
     * of the two MediaLive pipelines to the two MediaPackage inputs. The MediaPackage channel and
     * MediaLive channel must be in the same Region.
     *
     * <p>CloudFormation property {@code ChannelId}.
     */
    public MediaPackageOutputDestinationSettings channelId(String value) {
      return set("ChannelId", Value.of(value));
    }

    /** Sets {@code ChannelId} to this value; see {@link #channelId(String)}. */
    public MediaPackageOutputDestinationSettings channelId(Value<String> value) {
      return set("ChannelId", value);
    }

    /** CloudFormation property {@code ChannelName}. */
    public MediaPackageOutputDestinationSettings channelName(String value) {
      return set("ChannelName", Value.of(value));
    }

    /** Sets {@code ChannelName} to this value; see {@link #channelName(String)}. */
    public MediaPackageOutputDestinationSettings channelName(Value<String> value) {
      return set("ChannelName", value);
    }

    /** CloudFormation property {@code MediaPackageRegionName}. */
    public MediaPackageOutputDestinationSettings mediaPackageRegionName(String value) {
      return set("MediaPackageRegionName", Value.of(value));
    }

    /**
     * Sets {@code MediaPackageRegionName} to this value; see {@link
     * #mediaPackageRegionName(String)}.
     */
    public MediaPackageOutputDestinationSettings mediaPackageRegionName(Value<String> value) {
      return set("MediaPackageRegionName", value);
    }
  }

  /**
   * The settings for a MediaPackage output.
   *
   * <p>The parent of this entity is OutputSettings.
   *
   * <p>Property type {@code AWS::MediaLive::Channel.MediaPackageOutputSettings}.
   */
  public static final class MediaPackageOutputSettings extends Struct<MediaPackageOutputSettings> {
    private static final Schema SCHEMA = Schema.of("AWS::MediaLive::Channel.MediaPackageOutputSettings");

    public MediaPackageOutputSettings() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code MediaPackageV2DestinationSettings}. */
    public MediaPackageOutputSettings mediaPackageV2DestinationSettings(Value<MediaPackageV2DestinationSettings> value) {
      return set("MediaPackageV2DestinationSettings", value);
    }
  }

  /** Property type {@code AWS::MediaLive::Channel.MediaPackageV2DestinationSettings}. */
  public static final class MediaPackageV2DestinationSettings extends Struct<MediaPackageV2DestinationSettings> {
    private static final Schema SCHEMA = Schema.of("AWS::MediaLive::Channel.MediaPackageV2DestinationSettings");

    public MediaPackageV2DestinationSettings() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code AudioGroupId}. */
    public MediaPackageV2DestinationSettings audioGroupId(String value) {
      return set("AudioGroupId", Value.of(value));
    }

    /** Sets {@code AudioGroupId} to this value; see {@link #audioGroupId(String)}. */
    public MediaPackageV2DestinationSettings audioGroupId(Value<String> value) {
      return set("AudioGroupId", value);
    }

    /** CloudFormation property {@code AudioRenditionSets}. */
    public MediaPackageV2DestinationSettings audioRenditionSets(String value) {
      return set("AudioRenditionSets", Value.of(value));
    }

    /** Sets {@code AudioRenditionSets} to this value; see {@link #audioRenditionSets(String)}. */
    public MediaPackageV2DestinationSettings audioRenditionSets(Value<String> value) {
      return set("AudioRenditionSets", value);
    }

    /** CloudFormation property {@code HlsAutoSelect}. */
    public MediaPackageV2DestinationSettings hlsAutoSelect(String value) {
      return set("HlsAutoSelect", Value.of(value));
    }

    /** Sets {@code HlsAutoSelect} to this value; see {@link #hlsAutoSelect(String)}. */
    public MediaPackageV2DestinationSettings hlsAutoSelect(Value<String> value) {
      return set("HlsAutoSelect", value);
    }

    /** CloudFormation property {@code HlsDefault}. */
    public MediaPackageV2DestinationSettings hlsDefault(String value) {
      return set("HlsDefault", Value.of(value));
    }

    /** Sets {@code HlsDefault} to this value; see {@link #hlsDefault(String)}. */
    public MediaPackageV2DestinationSettings hlsDefault(Value<String> value) {
      return set("HlsDefault", value);
    }

    /** CloudFormation property {@code OutputUsage}. */
    public MediaPackageV2DestinationSettings outputUsage(List<String> value) {
      return set("OutputUsage", Value.listOf(value));
    }

    /** Sets {@code OutputUsage} to this value; see {@link #outputUsage(List)}. */
    public MediaPackageV2DestinationSettings outputUsage(Value<List<String>> value) {
      return set("OutputUsage", value);
    }
  }

  /** Property type {@code AWS::MediaLive::Channel.MediaPackageV2GroupSettings}. */
  public static final class MediaPackageV2GroupSettings extends Struct<MediaPackageV2GroupSettings> {
    private static final Schema SCHEMA = Schema.of("AWS::MediaLive::Channel.MediaPackageV2GroupSettings");

    public MediaPackageV2GroupSettings() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code AdditionalDestinations}. */
    public MediaPackageV2GroupSettings additionalDestinations(List<AdditionalDestinations> value) {
      return set("AdditionalDestinations", Value.listOf(value));
    }

    /**
     * Sets {@code AdditionalDestinations} to this value; see {@link #additionalDestinations(List)}.
     */
    public MediaPackageV2GroupSettings additionalDestinations(Value<List<AdditionalDestinations>> value) {
      return set("AdditionalDestinations", value);
    }

    /**
     * Sets {@code AdditionalDestinations} to a list of these; see {@link
     * #additionalDestinations(List)}.
     */
    public MediaPackageV2GroupSettings additionalDestinations(AdditionalDestinations... values) {
      return set("AdditionalDestinations", Value.list(values));
    }

    /** CloudFormation property {@code CaptionLanguageMappings}. */
    public MediaPackageV2GroupSettings captionLanguageMappings(List<CaptionLanguageMapping> value) {
      return set("CaptionLanguageMappings", Value.listOf(value));
    }

    /**
     * Sets {@code CaptionLanguageMappings} to this value; see {@link
     * #captionLanguageMappings(List)}.
     */
    public MediaPackageV2GroupSettings captionLanguageMappings(Value<List<CaptionLanguageMapping>> value) {
      return set("CaptionLanguageMappings", value);
    }

    /**
     * Sets {@code CaptionLanguageMappings} to a list of these; see {@link
     * #captionLanguageMappings(List)}.
     */
    public MediaPackageV2GroupSettings captionLanguageMappings(CaptionLanguageMapping... values) {
      return set("CaptionLanguageMappings", Value.list(values));
    }

    /** CloudFormation property {@code Id3Behavior}. */
    public MediaPackageV2GroupSettings id3Behavior(String value) {
      return set("Id3Behavior", Value.of(value));
    }

    /** Sets {@code Id3Behavior} to this value; see {@link #id3Behavior(String)}. */
    public MediaPackageV2GroupSettings id3Behavior(Value<String> value) {
      return set("Id3Behavior", value);
    }

    /** CloudFormation property {@code KlvBehavior}. */
    public MediaPackageV2GroupSettings klvBehavior(String value) {
      return set("KlvBehavior", Value.of(value));
    }

    /** Sets {@code KlvBehavior} to this value; see {@link #klvBehavior(String)}. */
    public MediaPackageV2GroupSettings klvBehavior(Value<String> value) {
      return set("KlvBehavior", value);
    }

    /** CloudFormation property {@code NielsenId3Behavior}. */
    public MediaPackageV2GroupSettings nielsenId3Behavior(String value) {
      return set("NielsenId3Behavior", Value.of(value));
    }

    /** Sets {@code NielsenId3Behavior} to this value; see {@link #nielsenId3Behavior(String)}. */
    public MediaPackageV2GroupSettings nielsenId3Behavior(Value<String> value) {
      return set("NielsenId3Behavior", value);
    }

    /** CloudFormation property {@code Scte35Type}. */
    public MediaPackageV2GroupSettings scte35Type(String value) {
      return set("Scte35Type", Value.of(value));
    }

    /** Sets {@code Scte35Type} to this value; see {@link #scte35Type(String)}. */
    public MediaPackageV2GroupSettings scte35Type(Value<String> value) {
      return set("Scte35Type", value);
    }

    /** CloudFormation property {@code SegmentLength}. */
    public MediaPackageV2GroupSettings segmentLength(int value) {
      return set("SegmentLength", Value.of(value));
    }

    /** Sets {@code SegmentLength} to this value; see {@link #segmentLength(int)}. */
    public MediaPackageV2GroupSettings segmentLength(Value<Integer> value) {
      return set("SegmentLength", value);
    }

    /** CloudFormation property {@code SegmentLengthUnits}. */
    public MediaPackageV2GroupSettings segmentLengthUnits(String value) {
      return set("SegmentLengthUnits", Value.of(value));
    }

    /** Sets {@code SegmentLengthUnits} to this value; see {@link #segmentLengthUnits(String)}. */
    public MediaPackageV2GroupSettings segmentLengthUnits(Value<String> value) {
      return set("SegmentLengthUnits", value);
    }

    /** CloudFormation property {@code TimedMetadataId3Frame}. */
    public MediaPackageV2GroupSettings timedMetadataId3Frame(String value) {
      return set("TimedMetadataId3Frame", Value.of(value));
    }

    /**
     * Sets {@code TimedMetadataId3Frame} to this value; see {@link #timedMetadataId3Frame(String)}.
     */
    public MediaPackageV2GroupSettings timedMetadataId3Frame(Value<String> value) {
      return set("TimedMetadataId3Frame", value);
    }

    /** CloudFormation property {@code TimedMetadataId3Period}. */
    public MediaPackageV2GroupSettings timedMetadataId3Period(int value) {
      return set("TimedMetadataId3Period", Value.of(value));
    }

    /**
     * Sets {@code TimedMetadataId3Period} to this value; see {@link #timedMetadataId3Period(int)}.
     */
    public MediaPackageV2GroupSettings timedMetadataId3Period(Value<Integer> value) {
      return set("TimedMetadataId3Period", value);
    }

    /** CloudFormation property {@code TimedMetadataPassthrough}. */
    public MediaPackageV2GroupSettings timedMetadataPassthrough(String value) {
      return set("TimedMetadataPassthrough", Value.of(value));
    }

    /**
     * Sets {@code TimedMetadataPassthrough} to this value; see {@link
     * #timedMetadataPassthrough(String)}.
     */
    public MediaPackageV2GroupSettings timedMetadataPassthrough(Value<String> value) {
      return set("TimedMetadataPassthrough", value);
    }

    /** CloudFormation property {@code WatermarkingSettings}. */
    public MediaPackageV2GroupSettings watermarkingSettings(Value<MediaPackageV2WatermarkingSettings> value) {
      return set("WatermarkingSettings", value);
    }
  }

  /** Property type {@code AWS::MediaLive::Channel.MediaPackageV2WatermarkingSettings}. */
  public static final class MediaPackageV2WatermarkingSettings extends Struct<MediaPackageV2WatermarkingSettings> {
    private static final Schema SCHEMA = Schema.of("AWS::MediaLive::Channel.MediaPackageV2WatermarkingSettings");

    public MediaPackageV2WatermarkingSettings() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code MediaPackageV2AbWatermarkerIrdetoSettings}. */
    public MediaPackageV2WatermarkingSettings mediaPackageV2AbWatermarkerIrdetoSettings(Value<CmafIngestMediaPackageV2AbWatermarkerIrdetoSettings> value) {
      return set("MediaPackageV2AbWatermarkerIrdetoSettings", value);
    }
  }

  /**
   * Settings to enable and configure the motion graphics overlay feature in the channel.
   *
   * <p>The parent of this entity is EncoderSettings.
   *
   * <p>Property type {@code AWS::MediaLive::Channel.MotionGraphicsConfiguration}.
   */
  public static final class MotionGraphicsConfiguration extends Struct<MotionGraphicsConfiguration> {
    private static final Schema SCHEMA = Schema.of("AWS::MediaLive::Channel.MotionGraphicsConfiguration");

    public MotionGraphicsConfiguration() {
      super(SCHEMA);
    }

    /**
     * Enables or disables the motion graphics overlay feature in the channel.
     *
     * <p>CloudFormation property {@code MotionGraphicsInsertion}.
     */
    public MotionGraphicsConfiguration motionGraphicsInsertion(String value) {
      return set("MotionGraphicsInsertion", Value.of(value));
    }

    /**
     * Sets {@code MotionGraphicsInsertion} to this value; see {@link
     * #motionGraphicsInsertion(String)}.
     */
    public MotionGraphicsConfiguration motionGraphicsInsertion(Value<String> value) {
      return set("MotionGraphicsInsertion", value);
    }

    /**
     * Settings to enable and configure the motion graphics overlay feature in the channel.
     *
     * <p>CloudFormation property {@code MotionGraphicsSettings}.
     */
    public MotionGraphicsConfiguration motionGraphicsSettings(Value<MotionGraphicsSettings> value) {
      return set("MotionGraphicsSettings", value);
    }
  }

  /**
   * Settings to enable and configure the motion graphics overlay feature in the channel.
   *
   * <p>The parent of this entity is MotionGraphicsConfiguration.
   *
   * <p>Property type {@code AWS::MediaLive::Channel.MotionGraphicsSettings}.
   */
  public static final class MotionGraphicsSettings extends Struct<MotionGraphicsSettings> {
    private static final Schema SCHEMA = Schema.of("AWS::MediaLive::Channel.MotionGraphicsSettings");

    public MotionGraphicsSettings() {
      super(SCHEMA);
    }

    /**
     * Settings to configure the motion graphics overlay to use an HTML asset.
     *
     * <p>CloudFormation property {@code HtmlMotionGraphicsSettings}.
     */
    public MotionGraphicsSettings htmlMotionGraphicsSettings(Value<Json> value) {
      return set("HtmlMotionGraphicsSettings", value);
    }
  }

  /**
   * The configuration for this MP2 audio.
   *
   * <p>The parent of this entity is AudioCodecSettings.
   *
   * <p>Property type {@code AWS::MediaLive::Channel.Mp2Settings}.
   */
  public static final class Mp2Settings extends Struct<Mp2Settings> {
    private static final Schema SCHEMA = Schema.of("AWS::MediaLive::Channel.Mp2Settings");

    public Mp2Settings() {
      super(SCHEMA);
    }

    /**
     * The average bitrate in bits/second.
     *
     * <p>CloudFormation property {@code Bitrate}.
     */
    public Mp2Settings bitrate(double value) {
      return set("Bitrate", Value.of(value));
    }

    /** Sets {@code Bitrate} to this value; see {@link #bitrate(double)}. */
    public Mp2Settings bitrate(Value<Double> value) {
      return set("Bitrate", value);
    }

    /**
     * The MPEG2 Audio coding mode. Valid values are codingMode10 (for mono) or codingMode20 (for
     * stereo).
     *
     * <p>CloudFormation property {@code CodingMode}.
     */
    public Mp2Settings codingMode(String value) {
      return set("CodingMode", Value.of(value));
    }

    /** Sets {@code CodingMode} to this value; see {@link #codingMode(String)}. */
    public Mp2Settings codingMode(Value<String> value) {
      return set("CodingMode", value);
    }

    /**
     * The sample rate in Hz.
     *
     * <p>CloudFormation property {@code SampleRate}.
     */
    public Mp2Settings sampleRate(double value) {
      return set("SampleRate", Value.of(value));
    }

    /** Sets {@code SampleRate} to this value; see {@link #sampleRate(double)}. */
    public Mp2Settings sampleRate(Value<Double> value) {
      return set("SampleRate", value);
    }
  }

  /**
   * Settings to configure video filters that apply to the MPEG-2 codec.
   *
   * <p>The parent of this entity is Mpeg2FilterSettings.
   *
   * <p>Property type {@code AWS::MediaLive::Channel.Mpeg2FilterSettings}.
   */
  public static final class Mpeg2FilterSettings extends Struct<Mpeg2FilterSettings> {
    private static final Schema SCHEMA = Schema.of("AWS::MediaLive::Channel.Mpeg2FilterSettings");

    public Mpeg2FilterSettings() {
      super(SCHEMA);
    }

    /**
     * Settings for applying the temporal filter to the video.
     *
     * <p>CloudFormation property {@code TemporalFilterSettings}.
     */
    public Mpeg2FilterSettings temporalFilterSettings(Value<TemporalFilterSettings> value) {
      return set("TemporalFilterSettings", value);
    }
  }

  /**
   * The settings for the MPEG-2 codec in the output.
   *
   * <p>The parent of this entity is VideoCodecSetting.
   *
   * <p>Property type {@code AWS::MediaLive::Channel.Mpeg2Settings}.
   */
  public static final class Mpeg2Settings extends Struct<Mpeg2Settings> {
    private static final Schema SCHEMA = Schema.of("AWS::MediaLive::Channel.Mpeg2Settings");

    public Mpeg2Settings() {
      super(SCHEMA);
    }

    /**
     * Choose Off to disable adaptive quantization. Or choose another value to enable the quantizer
     * and set its strength. The strengths are: Auto, Off, Low, Medium, High. When you enable this
     * field, MediaLive allows intra-frame quantizers to vary, which might improve visual quality.
     *
     * <p>CloudFormation property {@code AdaptiveQuantization}.
     */
    public Mpeg2Settings adaptiveQuantization(String value) {
      return set("AdaptiveQuantization", Value.of(value));
    }

    /**
     * Sets {@code AdaptiveQuantization} to this value; see {@link #adaptiveQuantization(String)}.
     */
    public Mpeg2Settings adaptiveQuantization(Value<String> value) {
      return set("AdaptiveQuantization", value);
    }

    /**
     * Indicates the AFD values that MediaLive will write into the video encode. If you do not know
     * what AFD signaling is, or if your downstream system has not given you guidance, choose AUTO.
     * AUTO: MediaLive will try to preserve the input AFD value (in cases where multiple AFD values
     * are valid). FIXED: MediaLive will use the value you specify in fixedAFD.
     *
     * <p>CloudFormation property {@code AfdSignaling}.
     */
    public Mpeg2Settings afdSignaling(String value) {
      return set("AfdSignaling", Value.of(value));
    }

    /** Sets {@code AfdSignaling} to this value; see {@link #afdSignaling(String)}. */
    public Mpeg2Settings afdSignaling(Value<String> value) {
      return set("AfdSignaling", value);
    }

    /**
     * Specifies whether to include the color space metadata. The metadata describes the color space
     * that applies to the video (the colorSpace field). We recommend that you insert the metadata.
     *
     * <p>CloudFormation property {@code ColorMetadata}.
     */
    public Mpeg2Settings colorMetadata(String value) {
      return set("ColorMetadata", Value.of(value));
    }

    /** Sets {@code ColorMetadata} to this value; see {@link #colorMetadata(String)}. */
    public Mpeg2Settings colorMetadata(Value<String> value) {
      return set("ColorMetadata", value);
    }

    /**
     * Choose the type of color space conversion to apply to the output. For detailed information on
     * setting up both the input and the output to obtain the desired color space in the output, see
     * the section on &#92;"MediaLive Features - Video - color space&#92;" in the MediaLive User
     * Guide. PASSTHROUGH: Keep the color space of the input content - do not convert it.
     * AUTO:Convert all content that is SD to rec 601, and convert all content that is HD to rec
     * 709.
     *
     * <p>CloudFormation property {@code ColorSpace}.
     */
    public Mpeg2Settings colorSpace(String value) {
      return set("ColorSpace", Value.of(value));
    }

    /** Sets {@code ColorSpace} to this value; see {@link #colorSpace(String)}. */
    public Mpeg2Settings colorSpace(Value<String> value) {
      return set("ColorSpace", value);
    }

    /**
     * Sets the pixel aspect ratio for the encode.
     *
     * <p>CloudFormation property {@code DisplayAspectRatio}.
     */
    public Mpeg2Settings displayAspectRatio(String value) {
      return set("DisplayAspectRatio", Value.of(value));
    }

    /** Sets {@code DisplayAspectRatio} to this value; see {@link #displayAspectRatio(String)}. */
    public Mpeg2Settings displayAspectRatio(Value<String> value) {
      return set("DisplayAspectRatio", value);
    }

    /**
     * Optionally specify a noise reduction filter, which can improve quality of compressed content.
     * If you do not choose a filter, no filter will be applied. TEMPORAL: This filter is useful for
     * both source content that is noisy (when it has excessive digital artifacts) and source
     * content that is clean. When the content is noisy, the filter cleans up the source content
     * before the encoding phase, with these two effects: First, it improves the output video
     * quality because the content has been cleaned up. Secondly, it decreases the bandwidth because
     * MediaLive does not waste bits on encoding noise. When the content is reasonably clean, the
     * filter tends to decrease the bitrate.
     *
     * <p>CloudFormation property {@code FilterSettings}.
     */
    public Mpeg2Settings filterSettings(Value<Mpeg2FilterSettings> value) {
      return set("FilterSettings", value);
    }

    /**
     * Complete this field only when afdSignaling is set to FIXED. Enter the AFD value (4 bits) to
     * write on all frames of the video encode.
     *
     * <p>CloudFormation property {@code FixedAfd}.
     */
    public Mpeg2Settings fixedAfd(String value) {
      return set("FixedAfd", Value.of(value));
    }

    /** Sets {@code FixedAfd} to this value; see {@link #fixedAfd(String)}. */
    public Mpeg2Settings fixedAfd(Value<String> value) {
      return set("FixedAfd", value);
    }

    /**
     * description": "The framerate denominator. For example, 1001. The framerate is the numerator
     * divided by the denominator. For example, 24000 / 1001 = 23.976 FPS.
     *
     * <p>CloudFormation property {@code FramerateDenominator}.
     */
    public Mpeg2Settings framerateDenominator(int value) {
      return set("FramerateDenominator", Value.of(value));
    }

    /** Sets {@code FramerateDenominator} to this value; see {@link #framerateDenominator(int)}. */
    public Mpeg2Settings framerateDenominator(Value<Integer> value) {
      return set("FramerateDenominator", value);
    }

    /**
     * The framerate numerator. For example, 24000. The framerate is the numerator divided by the
     * denominator. For example, 24000 / 1001 = 23.976 FPS.
     *
     * <p>CloudFormation property {@code FramerateNumerator}.
     */
    public Mpeg2Settings framerateNumerator(int value) {
      return set("FramerateNumerator", Value.of(value));
    }

    /** Sets {@code FramerateNumerator} to this value; see {@link #framerateNumerator(int)}. */
    public Mpeg2Settings framerateNumerator(Value<Integer> value) {
      return set("FramerateNumerator", value);
    }

    /**
     * MPEG2: default is open GOP.
     *
     * <p>CloudFormation property {@code GopClosedCadence}.
     */
    public Mpeg2Settings gopClosedCadence(int value) {
      return set("GopClosedCadence", Value.of(value));
    }

    /** Sets {@code GopClosedCadence} to this value; see {@link #gopClosedCadence(int)}. */
    public Mpeg2Settings gopClosedCadence(Value<Integer> value) {
      return set("GopClosedCadence", value);
    }

    /**
     * Relates to the GOP structure. The number of B-frames between reference frames. If you do not
     * know what a B-frame is, use the default.
     *
     * <p>CloudFormation property {@code GopNumBFrames}.
     */
    public Mpeg2Settings gopNumBFrames(int value) {
      return set("GopNumBFrames", Value.of(value));
    }

    /** Sets {@code GopNumBFrames} to this value; see {@link #gopNumBFrames(int)}. */
    public Mpeg2Settings gopNumBFrames(Value<Integer> value) {
      return set("GopNumBFrames", value);
    }

    /**
     * Relates to the GOP structure. The GOP size (keyframe interval) in the units specified in
     * gopSizeUnits. If you do not know what GOP is, use the default. If gopSizeUnits is frames,
     * then the gopSize must be an integer and must be greater than or equal to 1. If gopSizeUnits
     * is seconds, the gopSize must be greater than 0, but does not need to be an integer.
     *
     * <p>CloudFormation property {@code GopSize}.
     */
    public Mpeg2Settings gopSize(double value) {
      return set("GopSize", Value.of(value));
    }

    /** Sets {@code GopSize} to this value; see {@link #gopSize(double)}. */
    public Mpeg2Settings gopSize(Value<Double> value) {
      return set("GopSize", value);
    }

    /**
     * Relates to the GOP structure. Specifies whether the gopSize is specified in frames or
     * seconds. If you do not plan to change the default gopSize, leave the default. If you specify
     * SECONDS, MediaLive will internally convert the gop size to a frame count.
     *
     * <p>CloudFormation property {@code GopSizeUnits}.
     */
    public Mpeg2Settings gopSizeUnits(String value) {
      return set("GopSizeUnits", Value.of(value));
    }

    /** Sets {@code GopSizeUnits} to this value; see {@link #gopSizeUnits(String)}. */
    public Mpeg2Settings gopSizeUnits(Value<String> value) {
      return set("GopSizeUnits", value);
    }

    /**
     * Set the scan type of the output to PROGRESSIVE or INTERLACED (top field first).
     *
     * <p>CloudFormation property {@code ScanType}.
     */
    public Mpeg2Settings scanType(String value) {
      return set("ScanType", Value.of(value));
    }

    /** Sets {@code ScanType} to this value; see {@link #scanType(String)}. */
    public Mpeg2Settings scanType(Value<String> value) {
      return set("ScanType", value);
    }

    /**
     * Relates to the GOP structure. If you do not know what GOP is, use the default. FIXED: Set the
     * number of B-frames in each sub-GOP to the value in gopNumBFrames. DYNAMIC: Let MediaLive
     * optimize the number of B-frames in each sub-GOP, to improve visual quality.
     *
     * <p>CloudFormation property {@code SubgopLength}.
     */
    public Mpeg2Settings subgopLength(String value) {
      return set("SubgopLength", Value.of(value));
    }

    /** Sets {@code SubgopLength} to this value; see {@link #subgopLength(String)}. */
    public Mpeg2Settings subgopLength(Value<String> value) {
      return set("SubgopLength", value);
    }

    /** CloudFormation property {@code TimecodeBurninSettings}. */
    public Mpeg2Settings timecodeBurninSettings(Value<TimecodeBurninSettings> value) {
      return set("TimecodeBurninSettings", value);
    }

    /**
     * Determines how MediaLive inserts timecodes in the output video. For detailed information
     * about setting up the input and the output for a timecode, see the section on &#92;"MediaLive
     * Features - Timecode configuration&#92;" in the MediaLive User Guide. DISABLED: do not include
     * timecodes. GOP_TIMECODE: Include timecode metadata in the GOP header.
     *
     * <p>CloudFormation property {@code TimecodeInsertion}.
     */
    public Mpeg2Settings timecodeInsertion(String value) {
      return set("TimecodeInsertion", Value.of(value));
    }

    /** Sets {@code TimecodeInsertion} to this value; see {@link #timecodeInsertion(String)}. */
    public Mpeg2Settings timecodeInsertion(Value<String> value) {
      return set("TimecodeInsertion", value);
    }
  }

  /**
   * The settings for a Microsoft Smooth output group.
   *
   * <p>The parent of this entity is OutputGroupSettings.
   *
   * <p>Property type {@code AWS::MediaLive::Channel.MsSmoothGroupSettings}.
   */
  public static final class MsSmoothGroupSettings extends Struct<MsSmoothGroupSettings> {
    private static final Schema SCHEMA = Schema.of("AWS::MediaLive::Channel.MsSmoothGroupSettings");

    public MsSmoothGroupSettings() {
      super(SCHEMA);
    }

    /**
     * The value of the Acquisition Point Identity element that is used in each message placed in
     * the sparse track. Enabled only if sparseTrackType is not "none."
     *
     * <p>CloudFormation property {@code AcquisitionPointId}.
     */
    public MsSmoothGroupSettings acquisitionPointId(String value) {
      return set("AcquisitionPointId", Value.of(value));
    }

    /** Sets {@code AcquisitionPointId} to this value; see {@link #acquisitionPointId(String)}. */
    public MsSmoothGroupSettings acquisitionPointId(Value<String> value) {
      return set("AcquisitionPointId", value);
    }

    /**
     * If set to passthrough for an audio-only Microsoft Smooth output, the fragment absolute time
     * is set to the current timecode. This option does not write timecodes to the audio elementary
     * stream.
     *
     * <p>CloudFormation property {@code AudioOnlyTimecodeControl}.
     */
    public MsSmoothGroupSettings audioOnlyTimecodeControl(String value) {
      return set("AudioOnlyTimecodeControl", Value.of(value));
    }

    /**
     * Sets {@code AudioOnlyTimecodeControl} to this value; see {@link
     * #audioOnlyTimecodeControl(String)}.
     */
    public MsSmoothGroupSettings audioOnlyTimecodeControl(Value<String> value) {
      return set("AudioOnlyTimecodeControl", value);
    }

    /**
     * If set to verifyAuthenticity, verifies the HTTPS certificate chain to a trusted certificate
     * authority (CA). This causes HTTPS outputs to self-signed certificates to fail.
     *
     * <p>CloudFormation property {@code CertificateMode}.
     */
    public MsSmoothGroupSettings certificateMode(String value) {
      return set("CertificateMode", Value.of(value));
    }

    /** Sets {@code CertificateMode} to this value; see {@link #certificateMode(String)}. */
    public MsSmoothGroupSettings certificateMode(Value<String> value) {
      return set("CertificateMode", value);
    }

    /**
     * The number of seconds to wait before retrying the connection to the IIS server if the
     * connection is lost. Content is cached during this time, and the cache is delivered to the IIS
     * server after the connection is re-established.
     *
     * <p>CloudFormation property {@code ConnectionRetryInterval}.
     */
    public MsSmoothGroupSettings connectionRetryInterval(int value) {
      return set("ConnectionRetryInterval", Value.of(value));
    }

    /**
     * Sets {@code ConnectionRetryInterval} to this value; see {@link
     * #connectionRetryInterval(int)}.
     */
    public MsSmoothGroupSettings connectionRetryInterval(Value<Integer> value) {
      return set("ConnectionRetryInterval", value);
    }

    /**
     * The Smooth Streaming publish point on an IIS server. MediaLive acts as a "Push" encoder to
     * IIS.
     *
     * <p>CloudFormation property {@code Destination}.
     */
    public MsSmoothGroupSettings destination(Value<OutputLocationRef> value) {
      return set("Destination", value);
    }

    /**
     * The Microsoft Smooth channel ID that is sent to the IIS server. Specify the ID only if
     * eventIdMode is set to useConfigured.
     *
     * <p>CloudFormation property {@code EventId}.
     */
    public MsSmoothGroupSettings eventId(String value) {
      return set("EventId", Value.of(value));
    }

    /** Sets {@code EventId} to this value; see {@link #eventId(String)}. */
    public MsSmoothGroupSettings eventId(Value<String> value) {
      return set("EventId", value);
    }

    /**
     * Specifies whether to send a channel ID to the IIS server. If no channel ID is sent and the
     * same channel is used without changing the publishing point, clients might see cached video
     * from the previous run. Options: - "useConfigured" - use the value provided in eventId -
     * "useTimestamp" - generate and send a channel ID based on the current timestamp - "noEventId"
     * - do not send a channel ID to the IIS server.
     *
     * <p>CloudFormation property {@code EventIdMode}.
     */
    public MsSmoothGroupSettings eventIdMode(String value) {
      return set("EventIdMode", Value.of(value));
    }

    /** Sets {@code EventIdMode} to this value; see {@link #eventIdMode(String)}. */
    public MsSmoothGroupSettings eventIdMode(Value<String> value) {
      return set("EventIdMode", value);
    }

    /**
     * When set to sendEos, sends an EOS signal to an IIS server when stopping the channel.
     *
     * <p>CloudFormation property {@code EventStopBehavior}.
     */
    public MsSmoothGroupSettings eventStopBehavior(String value) {
      return set("EventStopBehavior", Value.of(value));
    }

    /** Sets {@code EventStopBehavior} to this value; see {@link #eventStopBehavior(String)}. */
    public MsSmoothGroupSettings eventStopBehavior(Value<String> value) {
      return set("EventStopBehavior", value);
    }

    /**
     * The size, in seconds, of the file cache for streaming outputs.
     *
     * <p>CloudFormation property {@code FilecacheDuration}.
     */
    public MsSmoothGroupSettings filecacheDuration(int value) {
      return set("FilecacheDuration", Value.of(value));
    }

    /** Sets {@code FilecacheDuration} to this value; see {@link #filecacheDuration(int)}. */
    public MsSmoothGroupSettings filecacheDuration(Value<Integer> value) {
      return set("FilecacheDuration", value);
    }

    /**
     * The length, in seconds, of mp4 fragments to generate. The fragment length must be compatible
     * with GOP size and frame rate.
     *
     * <p>CloudFormation property {@code FragmentLength}.
     */
    public MsSmoothGroupSettings fragmentLength(int value) {
      return set("FragmentLength", Value.of(value));
    }

    /** Sets {@code FragmentLength} to this value; see {@link #fragmentLength(int)}. */
    public MsSmoothGroupSettings fragmentLength(Value<Integer> value) {
      return set("FragmentLength", value);
    }

    /**
     * A parameter that controls output group behavior on an input loss.
     *
     * <p>CloudFormation property {@code InputLossAction}.
     */
    public MsSmoothGroupSettings inputLossAction(String value) {
      return set("InputLossAction", Value.of(value));
    }

    /** Sets {@code InputLossAction} to this value; see {@link #inputLossAction(String)}. */
    public MsSmoothGroupSettings inputLossAction(Value<String> value) {
      return set("InputLossAction", value);
    }

    /**
     * The number of retry attempts.
     *
     * <p>CloudFormation property {@code NumRetries}.
     */
    public MsSmoothGroupSettings numRetries(int value) {
      return set("NumRetries", Value.of(value));
    }

    /** Sets {@code NumRetries} to this value; see {@link #numRetries(int)}. */
    public MsSmoothGroupSettings numRetries(Value<Integer> value) {
      return set("NumRetries", value);
    }

    /**
     * The number of seconds before initiating a restart due to output failure, due to exhausting
     * the numRetries on one segment, or exceeding filecacheDuration.
     *
     * <p>CloudFormation property {@code RestartDelay}.
     */
    public MsSmoothGroupSettings restartDelay(int value) {
      return set("RestartDelay", Value.of(value));
    }

    /** Sets {@code RestartDelay} to this value; see {@link #restartDelay(int)}. */
    public MsSmoothGroupSettings restartDelay(Value<Integer> value) {
      return set("RestartDelay", value);
    }

    /**
     * useInputSegmentation has been deprecated. The configured segment size is always used.
     *
     * <p>CloudFormation property {@code SegmentationMode}.
     */
    public MsSmoothGroupSettings segmentationMode(String value) {
      return set("SegmentationMode", Value.of(value));
    }

    /** Sets {@code SegmentationMode} to this value; see {@link #segmentationMode(String)}. */
    public MsSmoothGroupSettings segmentationMode(Value<String> value) {
      return set("SegmentationMode", value);
    }

    /**
     * The number of milliseconds to delay the output from the second pipeline.
     *
     * <p>CloudFormation property {@code SendDelayMs}.
     */
    public MsSmoothGroupSettings sendDelayMs(int value) {
      return set("SendDelayMs", Value.of(value));
    }

    /** Sets {@code SendDelayMs} to this value; see {@link #sendDelayMs(int)}. */
    public MsSmoothGroupSettings sendDelayMs(Value<Integer> value) {
      return set("SendDelayMs", value);
    }

    /**
     * If set to scte35, uses incoming SCTE-35 messages to generate a sparse track in this group of
     * Microsoft Smooth outputs.
     *
     * <p>CloudFormation property {@code SparseTrackType}.
     */
    public MsSmoothGroupSettings sparseTrackType(String value) {
      return set("SparseTrackType", Value.of(value));
    }

    /** Sets {@code SparseTrackType} to this value; see {@link #sparseTrackType(String)}. */
    public MsSmoothGroupSettings sparseTrackType(Value<String> value) {
      return set("SparseTrackType", value);
    }

    /**
     * When set to send, sends a stream manifest so that the publishing point doesn't start until
     * all streams start.
     *
     * <p>CloudFormation property {@code StreamManifestBehavior}.
     */
    public MsSmoothGroupSettings streamManifestBehavior(String value) {
      return set("StreamManifestBehavior", Value.of(value));
    }

    /**
     * Sets {@code StreamManifestBehavior} to this value; see {@link
     * #streamManifestBehavior(String)}.
     */
    public MsSmoothGroupSettings streamManifestBehavior(Value<String> value) {
      return set("StreamManifestBehavior", value);
    }

    /**
     * The timestamp offset for the channel. Used only if timestampOffsetMode is set to
     * useConfiguredOffset.
     *
     * <p>CloudFormation property {@code TimestampOffset}.
     */
    public MsSmoothGroupSettings timestampOffset(String value) {
      return set("TimestampOffset", Value.of(value));
    }

    /** Sets {@code TimestampOffset} to this value; see {@link #timestampOffset(String)}. */
    public MsSmoothGroupSettings timestampOffset(Value<String> value) {
      return set("TimestampOffset", value);
    }

    /**
     * The type of timestamp date offset to use. - useEventStartDate: Use the date the channel was
     * started as the offset - useConfiguredOffset: Use an explicitly configured date as the offset.
     *
     * <p>CloudFormation property {@code TimestampOffsetMode}.
     */
    public MsSmoothGroupSettings timestampOffsetMode(String value) {
      return set("TimestampOffsetMode", Value.of(value));
    }

    /** Sets {@code TimestampOffsetMode} to this value; see {@link #timestampOffsetMode(String)}. */
    public MsSmoothGroupSettings timestampOffsetMode(Value<String> value) {
      return set("TimestampOffsetMode", value);
    }
  }

  /**
   * Configuration of a Microsoft Smooth output.
   *
   * <p>The parent of this entity is OutputSettings.
   *
   * <p>Property type {@code AWS::MediaLive::Channel.MsSmoothOutputSettings}.
   */
  public static final class MsSmoothOutputSettings extends Struct<MsSmoothOutputSettings> {
    private static final Schema SCHEMA = Schema.of("AWS::MediaLive::Channel.MsSmoothOutputSettings");

    public MsSmoothOutputSettings() {
      super(SCHEMA);
    }

    /**
     * Only applicable when this output is referencing an H.265 video description. Specifies whether
     * MP4 segments should be packaged as HEV1 or HVC1.
     *
     * <p>CloudFormation property {@code H265PackagingType}.
     */
    public MsSmoothOutputSettings h265PackagingType(String value) {
      return set("H265PackagingType", Value.of(value));
    }

    /** Sets {@code H265PackagingType} to this value; see {@link #h265PackagingType(String)}. */
    public MsSmoothOutputSettings h265PackagingType(Value<String> value) {
      return set("H265PackagingType", value);
    }

    /**
     * A string that is concatenated to the end of the destination file name. This is required for
     * multiple outputs of the same type.
     *
     * <p>CloudFormation property {@code NameModifier}.
     */
    public MsSmoothOutputSettings nameModifier(String value) {
      return set("NameModifier", Value.of(value));
    }

    /** Sets {@code NameModifier} to this value; see {@link #nameModifier(String)}. */
    public MsSmoothOutputSettings nameModifier(Value<String> value) {
      return set("NameModifier", value);
    }
  }

  /** Property type {@code AWS::MediaLive::Channel.MulticastInputSettings}. */
  public static final class MulticastInputSettings extends Struct<MulticastInputSettings> {
    private static final Schema SCHEMA = Schema.of("AWS::MediaLive::Channel.MulticastInputSettings");

    public MulticastInputSettings() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code SourceIpAddress}. */
    public MulticastInputSettings sourceIpAddress(String value) {
      return set("SourceIpAddress", Value.of(value));
    }

    /** Sets {@code SourceIpAddress} to this value; see {@link #sourceIpAddress(String)}. */
    public MulticastInputSettings sourceIpAddress(Value<String> value) {
      return set("SourceIpAddress", value);
    }
  }

  /** Property type {@code AWS::MediaLive::Channel.MultiplexContainerSettings}. */
  public static final class MultiplexContainerSettings extends Struct<MultiplexContainerSettings> {
    private static final Schema SCHEMA = Schema.of("AWS::MediaLive::Channel.MultiplexContainerSettings");

    public MultiplexContainerSettings() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code MultiplexM2tsSettings}. */
    public MultiplexContainerSettings multiplexM2tsSettings(Value<MultiplexM2tsSettings> value) {
      return set("MultiplexM2tsSettings", value);
    }
  }

  /** Property type {@code AWS::MediaLive::Channel.MultiplexGroupSettings}. */
  public static final class MultiplexGroupSettings extends Struct<MultiplexGroupSettings> {
    private static final Schema SCHEMA = Schema.of("AWS::MediaLive::Channel.MultiplexGroupSettings");

    public MultiplexGroupSettings() {
      super(SCHEMA);
    }
  }

  /** Property type {@code AWS::MediaLive::Channel.MultiplexM2tsSettings}. */
  public static final class MultiplexM2tsSettings extends Struct<MultiplexM2tsSettings> {
    private static final Schema SCHEMA = Schema.of("AWS::MediaLive::Channel.MultiplexM2tsSettings");

    public MultiplexM2tsSettings() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code AbsentInputAudioBehavior}. */
    public MultiplexM2tsSettings absentInputAudioBehavior(String value) {
      return set("AbsentInputAudioBehavior", Value.of(value));
    }

    /**
     * Sets {@code AbsentInputAudioBehavior} to this value; see {@link
     * #absentInputAudioBehavior(String)}.
     */
    public MultiplexM2tsSettings absentInputAudioBehavior(Value<String> value) {
      return set("AbsentInputAudioBehavior", value);
    }

    /** CloudFormation property {@code Arib}. */
    public MultiplexM2tsSettings arib(String value) {
      return set("Arib", Value.of(value));
    }

    /** Sets {@code Arib} to this value; see {@link #arib(String)}. */
    public MultiplexM2tsSettings arib(Value<String> value) {
      return set("Arib", value);
    }

    /** CloudFormation property {@code AudioBufferModel}. */
    public MultiplexM2tsSettings audioBufferModel(String value) {
      return set("AudioBufferModel", Value.of(value));
    }

    /** Sets {@code AudioBufferModel} to this value; see {@link #audioBufferModel(String)}. */
    public MultiplexM2tsSettings audioBufferModel(Value<String> value) {
      return set("AudioBufferModel", value);
    }

    /** CloudFormation property {@code AudioFramesPerPes}. */
    public MultiplexM2tsSettings audioFramesPerPes(int value) {
      return set("AudioFramesPerPes", Value.of(value));
    }

    /** Sets {@code AudioFramesPerPes} to this value; see {@link #audioFramesPerPes(int)}. */
    public MultiplexM2tsSettings audioFramesPerPes(Value<Integer> value) {
      return set("AudioFramesPerPes", value);
    }

    /** CloudFormation property {@code AudioStreamType}. */
    public MultiplexM2tsSettings audioStreamType(String value) {
      return set("AudioStreamType", Value.of(value));
    }

    /** Sets {@code AudioStreamType} to this value; see {@link #audioStreamType(String)}. */
    public MultiplexM2tsSettings audioStreamType(Value<String> value) {
      return set("AudioStreamType", value);
    }

    /** CloudFormation property {@code CcDescriptor}. */
    public MultiplexM2tsSettings ccDescriptor(String value) {
      return set("CcDescriptor", Value.of(value));
    }

    /** Sets {@code CcDescriptor} to this value; see {@link #ccDescriptor(String)}. */
    public MultiplexM2tsSettings ccDescriptor(Value<String> value) {
      return set("CcDescriptor", value);
    }

    /** CloudFormation property {@code Ebif}. */
    public MultiplexM2tsSettings ebif(String value) {
      return set("Ebif", Value.of(value));
    }

    /** Sets {@code Ebif} to this value; see {@link #ebif(String)}. */
    public MultiplexM2tsSettings ebif(Value<String> value) {
      return set("Ebif", value);
    }

    /** CloudFormation property {@code EsRateInPes}. */
    public MultiplexM2tsSettings esRateInPes(String value) {
      return set("EsRateInPes", Value.of(value));
    }

    /** Sets {@code EsRateInPes} to this value; see {@link #esRateInPes(String)}. */
    public MultiplexM2tsSettings esRateInPes(Value<String> value) {
      return set("EsRateInPes", value);
    }

    /** CloudFormation property {@code Klv}. */
    public MultiplexM2tsSettings klv(String value) {
      return set("Klv", Value.of(value));
    }

    /** Sets {@code Klv} to this value; see {@link #klv(String)}. */
    public MultiplexM2tsSettings klv(Value<String> value) {
      return set("Klv", value);
    }

    /** CloudFormation property {@code NielsenId3Behavior}. */
    public MultiplexM2tsSettings nielsenId3Behavior(String value) {
      return set("NielsenId3Behavior", Value.of(value));
    }

    /** Sets {@code NielsenId3Behavior} to this value; see {@link #nielsenId3Behavior(String)}. */
    public MultiplexM2tsSettings nielsenId3Behavior(Value<String> value) {
      return set("NielsenId3Behavior", value);
    }

    /** CloudFormation property {@code PcrControl}. */
    public MultiplexM2tsSettings pcrControl(String value) {
      return set("PcrControl", Value.of(value));
    }

    /** Sets {@code PcrControl} to this value; see {@link #pcrControl(String)}. */
    public MultiplexM2tsSettings pcrControl(Value<String> value) {
      return set("PcrControl", value);
    }

    /** CloudFormation property {@code PcrPeriod}. */
    public MultiplexM2tsSettings pcrPeriod(int value) {
      return set("PcrPeriod", Value.of(value));
    }

    /** Sets {@code PcrPeriod} to this value; see {@link #pcrPeriod(int)}. */
    public MultiplexM2tsSettings pcrPeriod(Value<Integer> value) {
      return set("PcrPeriod", value);
    }

    /** CloudFormation property {@code Scte35Control}. */
    public MultiplexM2tsSettings scte35Control(String value) {
      return set("Scte35Control", Value.of(value));
    }

    /** Sets {@code Scte35Control} to this value; see {@link #scte35Control(String)}. */
    public MultiplexM2tsSettings scte35Control(Value<String> value) {
      return set("Scte35Control", value);
    }

    /** CloudFormation property {@code Scte35PrerollPullupMilliseconds}. */
    public MultiplexM2tsSettings scte35PrerollPullupMilliseconds(double value) {
      return set("Scte35PrerollPullupMilliseconds", Value.of(value));
    }

    /**
     * Sets {@code Scte35PrerollPullupMilliseconds} to this value; see {@link
     * #scte35PrerollPullupMilliseconds(double)}.
     */
    public MultiplexM2tsSettings scte35PrerollPullupMilliseconds(Value<Double> value) {
      return set("Scte35PrerollPullupMilliseconds", value);
    }
  }

  /**
   * Configuration of a Multiplex output.
   *
   * <p>The parent of this entity is OutputSettings.
   *
   * <p>Property type {@code AWS::MediaLive::Channel.MultiplexOutputSettings}.
   */
  public static final class MultiplexOutputSettings extends Struct<MultiplexOutputSettings> {
    private static final Schema SCHEMA = Schema.of("AWS::MediaLive::Channel.MultiplexOutputSettings");

    public MultiplexOutputSettings() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code ContainerSettings}. */
    public MultiplexOutputSettings containerSettings(Value<MultiplexContainerSettings> value) {
      return set("ContainerSettings", value);
    }

    /**
     * Destination is a Multiplex.
     *
     * <p>CloudFormation property {@code Destination}.
     */
    public MultiplexOutputSettings destination(Value<OutputLocationRef> value) {
      return set("Destination", value);
    }
  }

  /**
   * Destination settings for a Multiplex output.
   *
   * <p>The parent of this entity is OutputDestination.
   *
   * <p>Property type {@code AWS::MediaLive::Channel.MultiplexProgramChannelDestinationSettings}.
   */
  public static final class MultiplexProgramChannelDestinationSettings extends Struct<MultiplexProgramChannelDestinationSettings> {
    private static final Schema SCHEMA = Schema.of("AWS::MediaLive::Channel.MultiplexProgramChannelDestinationSettings");

    public MultiplexProgramChannelDestinationSettings() {
      super(SCHEMA);
    }

    /**
     * The ID of the Multiplex that the encoder is providing output to. You do not need to specify
     * the individual inputs to the Multiplex; MediaLive will handle the connection of the two
     * MediaLive pipelines to the two Multiplex instances. The Multiplex must be in the same region
     * as the Channel.
     *
     * <p>CloudFormation property {@code MultiplexId}.
     */
    public MultiplexProgramChannelDestinationSettings multiplexId(String value) {
      return set("MultiplexId", Value.of(value));
    }

    /** Sets {@code MultiplexId} to this value; see {@link #multiplexId(String)}. */
    public MultiplexProgramChannelDestinationSettings multiplexId(Value<String> value) {
      return set("MultiplexId", value);
    }

    /**
     * The program name of the Multiplex program that the encoder is providing output to.
     *
     * <p>CloudFormation property {@code ProgramName}.
     */
    public MultiplexProgramChannelDestinationSettings programName(String value) {
      return set("ProgramName", Value.of(value));
    }

    /** Sets {@code ProgramName} to this value; see {@link #programName(String)}. */
    public MultiplexProgramChannelDestinationSettings programName(Value<String> value) {
      return set("ProgramName", value);
    }
  }

  /**
   * Information about how to connect to the upstream system.
   *
   * <p>The parent of this entity is InputSettings.
   *
   * <p>Property type {@code AWS::MediaLive::Channel.NetworkInputSettings}.
   */
  public static final class NetworkInputSettings extends Struct<NetworkInputSettings> {
    private static final Schema SCHEMA = Schema.of("AWS::MediaLive::Channel.NetworkInputSettings");

    public NetworkInputSettings() {
      super(SCHEMA);
    }

    /**
     * Information about how to connect to the upstream system.
     *
     * <p>CloudFormation property {@code HlsInputSettings}.
     */
    public NetworkInputSettings hlsInputSettings(Value<HlsInputSettings> value) {
      return set("HlsInputSettings", value);
    }

    /** CloudFormation property {@code MulticastInputSettings}. */
    public NetworkInputSettings multicastInputSettings(Value<MulticastInputSettings> value) {
      return set("MulticastInputSettings", value);
    }

    /**
     * Checks HTTPS server certificates. When set to checkCryptographyOnly, cryptography in the
     * certificate is checked, but not the server's name. Certain subdomains (notably S3 buckets
     * that use dots in the bucket name) don't strictly match the corresponding certificate's
     * wildcard pattern and would otherwise cause the channel to error. This setting is ignored for
     * protocols that do not use HTTPS.
     *
     * <p>CloudFormation property {@code ServerValidation}.
     */
    public NetworkInputSettings serverValidation(String value) {
      return set("ServerValidation", Value.of(value));
    }

    /** Sets {@code ServerValidation} to this value; see {@link #serverValidation(String)}. */
    public NetworkInputSettings serverValidation(Value<String> value) {
      return set("ServerValidation", value);
    }
  }

  /**
   * Complete these fields only if you want to insert watermarks of type Nielsen CBET
   *
   * <p>The parent of this entity is NielsenWatermarksSettings
   *
   * <p>Property type {@code AWS::MediaLive::Channel.NielsenCBET}.
   */
  public static final class NielsenCBET extends Struct<NielsenCBET> {
    private static final Schema SCHEMA = Schema.of("AWS::MediaLive::Channel.NielsenCBET");

    public NielsenCBET() {
      super(SCHEMA);
    }

    /**
     * Enter the CBET check digits to use in the watermark.
     *
     * <p>CloudFormation property {@code CbetCheckDigitString}.
     */
    public NielsenCBET cbetCheckDigitString(String value) {
      return set("CbetCheckDigitString", Value.of(value));
    }

    /**
     * Sets {@code CbetCheckDigitString} to this value; see {@link #cbetCheckDigitString(String)}.
     */
    public NielsenCBET cbetCheckDigitString(Value<String> value) {
      return set("CbetCheckDigitString", value);
    }

    /**
     * Determines the method of CBET insertion mode when prior encoding is detected on the same
     * layer.
     *
     * <p>CloudFormation property {@code CbetStepaside}.
     */
    public NielsenCBET cbetStepaside(String value) {
      return set("CbetStepaside", Value.of(value));
    }

    /** Sets {@code CbetStepaside} to this value; see {@link #cbetStepaside(String)}. */
    public NielsenCBET cbetStepaside(Value<String> value) {
      return set("CbetStepaside", value);
    }

    /**
     * Enter the CBET Source ID (CSID) to use in the watermark
     *
     * <p>CloudFormation property {@code Csid}.
     */
    public NielsenCBET csid(String value) {
      return set("Csid", Value.of(value));
    }

    /** Sets {@code Csid} to this value; see {@link #csid(String)}. */
    public NielsenCBET csid(Value<String> value) {
      return set("Csid", value);
    }
  }

  /**
   * The settings to configure Nielsen watermarks.
   *
   * <p>The parent of this entity is EncoderSettings.
   *
   * <p>Property type {@code AWS::MediaLive::Channel.NielsenConfiguration}.
   */
  public static final class NielsenConfiguration extends Struct<NielsenConfiguration> {
    private static final Schema SCHEMA = Schema.of("AWS::MediaLive::Channel.NielsenConfiguration");

    public NielsenConfiguration() {
      super(SCHEMA);
    }

    /**
     * Enter the Distributor ID assigned to your organization by Nielsen.
     *
     * <p>CloudFormation property {@code DistributorId}.
     */
    public NielsenConfiguration distributorId(String value) {
      return set("DistributorId", Value.of(value));
    }

    /** Sets {@code DistributorId} to this value; see {@link #distributorId(String)}. */
    public NielsenConfiguration distributorId(Value<String> value) {
      return set("DistributorId", value);
    }

    /**
     * Enables Nielsen PCM to ID3 tagging
     *
     * <p>CloudFormation property {@code NielsenPcmToId3Tagging}.
     */
    public NielsenConfiguration nielsenPcmToId3Tagging(String value) {
      return set("NielsenPcmToId3Tagging", Value.of(value));
    }

    /**
     * Sets {@code NielsenPcmToId3Tagging} to this value; see {@link
     * #nielsenPcmToId3Tagging(String)}.
     */
    public NielsenConfiguration nielsenPcmToId3Tagging(Value<String> value) {
      return set("NielsenPcmToId3Tagging", value);
    }
  }

  /**
   * Complete these fields only if you want to insert watermarks of type Nielsen NAES II (N2) and
   * Nielsen NAES VI (NW).
   *
   * <p>The parent of this entity is NielsenWatermarksSettings.
   *
   * <p>Property type {@code AWS::MediaLive::Channel.NielsenNaesIiNw}.
   */
  public static final class NielsenNaesIiNw extends Struct<NielsenNaesIiNw> {
    private static final Schema SCHEMA = Schema.of("AWS::MediaLive::Channel.NielsenNaesIiNw");

    public NielsenNaesIiNw() {
      super(SCHEMA);
    }

    /**
     * Enter the check digit string for the watermark
     *
     * <p>CloudFormation property {@code CheckDigitString}.
     */
    public NielsenNaesIiNw checkDigitString(String value) {
      return set("CheckDigitString", Value.of(value));
    }

    /** Sets {@code CheckDigitString} to this value; see {@link #checkDigitString(String)}. */
    public NielsenNaesIiNw checkDigitString(Value<String> value) {
      return set("CheckDigitString", value);
    }

    /**
     * Enter the Nielsen Source ID (SID) to include in the watermark
     *
     * <p>CloudFormation property {@code Sid}.
     */
    public NielsenNaesIiNw sid(double value) {
      return set("Sid", Value.of(value));
    }

    /** Sets {@code Sid} to this value; see {@link #sid(double)}. */
    public NielsenNaesIiNw sid(Value<Double> value) {
      return set("Sid", value);
    }

    /** CloudFormation property {@code Timezone}. */
    public NielsenNaesIiNw timezone(String value) {
      return set("Timezone", Value.of(value));
    }

    /** Sets {@code Timezone} to this value; see {@link #timezone(String)}. */
    public NielsenNaesIiNw timezone(Value<String> value) {
      return set("Timezone", value);
    }
  }

  /** Property type {@code AWS::MediaLive::Channel.NielsenNaesIiNwOnlySettings}. */
  public static final class NielsenNaesIiNwOnlySettings extends Struct<NielsenNaesIiNwOnlySettings> {
    private static final Schema SCHEMA = Schema.of("AWS::MediaLive::Channel.NielsenNaesIiNwOnlySettings");

    public NielsenNaesIiNwOnlySettings() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code CheckDigitString}. */
    public NielsenNaesIiNwOnlySettings checkDigitString(String value) {
      return set("CheckDigitString", Value.of(value));
    }

    /** Sets {@code CheckDigitString} to this value; see {@link #checkDigitString(String)}. */
    public NielsenNaesIiNwOnlySettings checkDigitString(Value<String> value) {
      return set("CheckDigitString", value);
    }

    /** CloudFormation property {@code Sid}. */
    public NielsenNaesIiNwOnlySettings sid(double value) {
      return set("Sid", Value.of(value));
    }

    /** Sets {@code Sid} to this value; see {@link #sid(double)}. */
    public NielsenNaesIiNwOnlySettings sid(Value<Double> value) {
      return set("Sid", value);
    }

    /** CloudFormation property {@code Timezone}. */
    public NielsenNaesIiNwOnlySettings timezone(String value) {
      return set("Timezone", Value.of(value));
    }

    /** Sets {@code Timezone} to this value; see {@link #timezone(String)}. */
    public NielsenNaesIiNwOnlySettings timezone(Value<String> value) {
      return set("Timezone", value);
    }
  }

  /**
   * Settings to configure Nielsen Watermarks in the audio encode.
   *
   * <p>The parent of this entity is AudioWatermarkSettings.
   *
   * <p>Property type {@code AWS::MediaLive::Channel.NielsenWatermarksSettings}.
   */
  public static final class NielsenWatermarksSettings extends Struct<NielsenWatermarksSettings> {
    private static final Schema SCHEMA = Schema.of("AWS::MediaLive::Channel.NielsenWatermarksSettings");

    public NielsenWatermarksSettings() {
      super(SCHEMA);
    }

    /**
     * Complete these fields only if you want to insert watermarks of type Nielsen CBET
     *
     * <p>CloudFormation property {@code NielsenCbetSettings}.
     */
    public NielsenWatermarksSettings nielsenCbetSettings(Value<NielsenCBET> value) {
      return set("NielsenCbetSettings", value);
    }

    /**
     * Choose the distribution types that you want to assign to the watermarks:
     *
     * <ul> <li>PROGRAM_CONTENT <li>FINAL_DISTRIBUTOR </ul>
     *
     * <p>CloudFormation property {@code NielsenDistributionType}.
     */
    public NielsenWatermarksSettings nielsenDistributionType(String value) {
      return set("NielsenDistributionType", Value.of(value));
    }

    /**
     * Sets {@code NielsenDistributionType} to this value; see {@link
     * #nielsenDistributionType(String)}.
     */
    public NielsenWatermarksSettings nielsenDistributionType(Value<String> value) {
      return set("NielsenDistributionType", value);
    }

    /**
     * Complete these fields only if you want to insert watermarks of type Nielsen NAES II (N2) and
     * Nielsen NAES VI (NW).
     *
     * <p>CloudFormation property {@code NielsenNaesIiNwSettings}.
     */
    public NielsenWatermarksSettings nielsenNaesIiNwSettings(Value<NielsenNaesIiNwOnlySettings> value) {
      return set("NielsenNaesIiNwSettings", value);
    }

    /** CloudFormation property {@code NielsenNwOnlySettings}. */
    public NielsenWatermarksSettings nielsenNwOnlySettings(Value<NielsenNaesIiNwOnlySettings> value) {
      return set("NielsenNwOnlySettings", value);
    }
  }

  /**
   * The output settings.
   *
   * <p>The parent of this entity is OutputGroup.
   *
   * <p>Property type {@code AWS::MediaLive::Channel.Output}.
   */
  public static final class Output extends Struct<Output> {
    private static final Schema SCHEMA = Schema.of("AWS::MediaLive::Channel.Output");

    public Output() {
      super(SCHEMA);
    }

    /**
     * The names of the audio descriptions that are used as audio sources for this output.
     *
     * <p>CloudFormation property {@code AudioDescriptionNames}.
     */
    public Output audioDescriptionNames(List<String> value) {
      return set("AudioDescriptionNames", Value.listOf(value));
    }

    /**
     * Sets {@code AudioDescriptionNames} to this value; see {@link #audioDescriptionNames(List)}.
     */
    public Output audioDescriptionNames(Value<List<String>> value) {
      return set("AudioDescriptionNames", value);
    }

    /**
     * The names of the caption descriptions that are used as captions sources for this output.
     *
     * <p>CloudFormation property {@code CaptionDescriptionNames}.
     */
    public Output captionDescriptionNames(List<String> value) {
      return set("CaptionDescriptionNames", Value.listOf(value));
    }

    /**
     * Sets {@code CaptionDescriptionNames} to this value; see {@link
     * #captionDescriptionNames(List)}.
     */
    public Output captionDescriptionNames(Value<List<String>> value) {
      return set("CaptionDescriptionNames", value);
    }

    /**
     * The name that is used to identify an output.
     *
     * <p>CloudFormation property {@code OutputName}.
     */
    public Output outputName(String value) {
      return set("OutputName", Value.of(value));
    }

    /** Sets {@code OutputName} to this value; see {@link #outputName(String)}. */
    public Output outputName(Value<String> value) {
      return set("OutputName", value);
    }

    /**
     * The output type-specific settings.
     *
     * <p>CloudFormation property {@code OutputSettings}.
     */
    public Output outputSettings(Value<OutputSettings> value) {
      return set("OutputSettings", value);
    }

    /**
     * The name of the VideoDescription that is used as the source for this output.
     *
     * <p>CloudFormation property {@code VideoDescriptionName}.
     */
    public Output videoDescriptionName(String value) {
      return set("VideoDescriptionName", Value.of(value));
    }

    /**
     * Sets {@code VideoDescriptionName} to this value; see {@link #videoDescriptionName(String)}.
     */
    public Output videoDescriptionName(Value<String> value) {
      return set("VideoDescriptionName", value);
    }
  }

  /**
   * Configuration information for an output.
   *
   * <p>This entity is at the top level in the channel.
   *
   * <p>Property type {@code AWS::MediaLive::Channel.OutputDestination}.
   */
  public static final class OutputDestination extends Struct<OutputDestination> {
    private static final Schema SCHEMA = Schema.of("AWS::MediaLive::Channel.OutputDestination");

    public OutputDestination() {
      super(SCHEMA);
    }

    /**
     * The ID for this destination.
     *
     * <p>CloudFormation property {@code Id}.
     */
    public OutputDestination id(String value) {
      return set("Id", Value.of(value));
    }

    /** Sets {@code Id} to this value; see {@link #id(String)}. */
    public OutputDestination id(Value<String> value) {
      return set("Id", value);
    }

    /** CloudFormation property {@code LogicalInterfaceNames}. */
    public OutputDestination logicalInterfaceNames(List<String> value) {
      return set("LogicalInterfaceNames", Value.listOf(value));
    }

    /**
     * Sets {@code LogicalInterfaceNames} to this value; see {@link #logicalInterfaceNames(List)}.
     */
    public OutputDestination logicalInterfaceNames(Value<List<String>> value) {
      return set("LogicalInterfaceNames", value);
    }

    /** CloudFormation property {@code MediaConnectRouterSettings}. */
    public OutputDestination mediaConnectRouterSettings(List<MediaConnectRouterOutputDestinationSettings> value) {
      return set("MediaConnectRouterSettings", Value.listOf(value));
    }

    /**
     * Sets {@code MediaConnectRouterSettings} to this value; see {@link
     * #mediaConnectRouterSettings(List)}.
     */
    public OutputDestination mediaConnectRouterSettings(Value<List<MediaConnectRouterOutputDestinationSettings>> value) {
      return set("MediaConnectRouterSettings", value);
    }

    /**
     * Sets {@code MediaConnectRouterSettings} to a list of these; see {@link
     * #mediaConnectRouterSettings(List)}.
     */
    public OutputDestination mediaConnectRouterSettings(MediaConnectRouterOutputDestinationSettings... values) {
      return set("MediaConnectRouterSettings", Value.list(values));
    }

    /**
     * The destination settings for a MediaPackage output.
     *
     * <p>CloudFormation property {@code MediaPackageSettings}.
     */
    public OutputDestination mediaPackageSettings(List<MediaPackageOutputDestinationSettings> value) {
      return set("MediaPackageSettings", Value.listOf(value));
    }

    /** Sets {@code MediaPackageSettings} to this value; see {@link #mediaPackageSettings(List)}. */
    public OutputDestination mediaPackageSettings(Value<List<MediaPackageOutputDestinationSettings>> value) {
      return set("MediaPackageSettings", value);
    }

    /**
     * Sets {@code MediaPackageSettings} to a list of these; see {@link
     * #mediaPackageSettings(List)}.
     */
    public OutputDestination mediaPackageSettings(MediaPackageOutputDestinationSettings... values) {
      return set("MediaPackageSettings", Value.list(values));
    }

    /**
     * Destination settings for a Multiplex output; one destination for both encoders.
     *
     * <p>CloudFormation property {@code MultiplexSettings}.
     */
    public OutputDestination multiplexSettings(Value<MultiplexProgramChannelDestinationSettings> value) {
      return set("MultiplexSettings", value);
    }

    /**
     * The destination settings for an output.
     *
     * <p>CloudFormation property {@code Settings}.
     */
    public OutputDestination settings(List<OutputDestinationSettings> value) {
      return set("Settings", Value.listOf(value));
    }

    /** Sets {@code Settings} to this value; see {@link #settings(List)}. */
    public OutputDestination settings(Value<List<OutputDestinationSettings>> value) {
      return set("Settings", value);
    }

    /** Sets {@code Settings} to a list of these; see {@link #settings(List)}. */
    public OutputDestination settings(OutputDestinationSettings... values) {
      return set("Settings", Value.list(values));
    }

    /** CloudFormation property {@code SrtSettings}. */
    public OutputDestination srtSettings(List<SrtOutputDestinationSettings> value) {
      return set("SrtSettings", Value.listOf(value));
    }

    /** Sets {@code SrtSettings} to this value; see {@link #srtSettings(List)}. */
    public OutputDestination srtSettings(Value<List<SrtOutputDestinationSettings>> value) {
      return set("SrtSettings", value);
    }

    /** Sets {@code SrtSettings} to a list of these; see {@link #srtSettings(List)}. */
    public OutputDestination srtSettings(SrtOutputDestinationSettings... values) {
      return set("SrtSettings", Value.list(values));
    }
  }

  /**
   * The configuration information for this output.
   *
   * <p>The parent of this entity is OutputDestination.
   *
   * <p>Property type {@code AWS::MediaLive::Channel.OutputDestinationSettings}.
   */
  public static final class OutputDestinationSettings extends Struct<OutputDestinationSettings> {
    private static final Schema SCHEMA = Schema.of("AWS::MediaLive::Channel.OutputDestinationSettings");

    public OutputDestinationSettings() {
      super(SCHEMA);
    }

    /**
     * The password parameter that holds the password for accessing the downstream system. This
     * password parameter applies only if the downstream system requires credentials.
     *
     * <p>CloudFormation property {@code PasswordParam}.
     */
    public OutputDestinationSettings passwordParam(String value) {
      return set("PasswordParam", Value.of(value));
    }

    /** Sets {@code PasswordParam} to this value; see {@link #passwordParam(String)}. */
    public OutputDestinationSettings passwordParam(Value<String> value) {
      return set("PasswordParam", value);
    }

    /**
     * The stream name for the content. This applies only to RTMP outputs.
     *
     * <p>CloudFormation property {@code StreamName}.
     */
    public OutputDestinationSettings streamName(String value) {
      return set("StreamName", Value.of(value));
    }

    /** Sets {@code StreamName} to this value; see {@link #streamName(String)}. */
    public OutputDestinationSettings streamName(Value<String> value) {
      return set("StreamName", value);
    }

    /**
     * The URL for the destination.
     *
     * <p>CloudFormation property {@code Url}.
     */
    public OutputDestinationSettings url(String value) {
      return set("Url", Value.of(value));
    }

    /** Sets {@code Url} to this value; see {@link #url(String)}. */
    public OutputDestinationSettings url(Value<String> value) {
      return set("Url", value);
    }

    /**
     * The user name to connect to the downstream system. This applies only if the downstream system
     * requires credentials.
     *
     * <p>CloudFormation property {@code Username}.
     */
    public OutputDestinationSettings username(String value) {
      return set("Username", Value.of(value));
    }

    /** Sets {@code Username} to this value; see {@link #username(String)}. */
    public OutputDestinationSettings username(Value<String> value) {
      return set("Username", value);
    }

    /** CloudFormation property {@code VirtualSourceAddress}. */
    public OutputDestinationSettings virtualSourceAddress(String value) {
      return set("VirtualSourceAddress", Value.of(value));
    }

    /**
     * Sets {@code VirtualSourceAddress} to this value; see {@link #virtualSourceAddress(String)}.
     */
    public OutputDestinationSettings virtualSourceAddress(Value<String> value) {
      return set("VirtualSourceAddress", value);
    }
  }

  /**
   * The settings for one output group.
   *
   * <p>The parent of this entity is EncoderSettings.
   *
   * <p>Property type {@code AWS::MediaLive::Channel.OutputGroup}.
   */
  public static final class OutputGroup extends Struct<OutputGroup> {
    private static final Schema SCHEMA = Schema.of("AWS::MediaLive::Channel.OutputGroup");

    public OutputGroup() {
      super(SCHEMA);
    }

    /**
     * A custom output group name that you can optionally define. Only letters, numbers, and the
     * underscore character are allowed. The maximum length is 32 characters.
     *
     * <p>CloudFormation property {@code Name}.
     */
    public OutputGroup name(String value) {
      return set("Name", Value.of(value));
    }

    /** Sets {@code Name} to this value; see {@link #name(String)}. */
    public OutputGroup name(Value<String> value) {
      return set("Name", value);
    }

    /**
     * The settings associated with the output group.
     *
     * <p>CloudFormation property {@code OutputGroupSettings}.
     */
    public OutputGroup outputGroupSettings(Value<OutputGroupSettings> value) {
      return set("OutputGroupSettings", value);
    }

    /**
     * The settings for the outputs in the output group.
     *
     * <p>CloudFormation property {@code Outputs}.
     */
    public OutputGroup outputs(List<Output> value) {
      return set("Outputs", Value.listOf(value));
    }

    /** Sets {@code Outputs} to this value; see {@link #outputs(List)}. */
    public OutputGroup outputs(Value<List<Output>> value) {
      return set("Outputs", value);
    }

    /** Sets {@code Outputs} to a list of these; see {@link #outputs(List)}. */
    public OutputGroup outputs(Output... values) {
      return set("Outputs", Value.list(values));
    }
  }

  /**
   * The configuration of the output group.
   *
   * <p>The parent of this entity is OutputGroup.
   *
   * <p>Property type {@code AWS::MediaLive::Channel.OutputGroupSettings}.
   */
  public static final class OutputGroupSettings extends Struct<OutputGroupSettings> {
    private static final Schema SCHEMA = Schema.of("AWS::MediaLive::Channel.OutputGroupSettings");

    public OutputGroupSettings() {
      super(SCHEMA);
    }

    /**
     * The configuration of an archive output group.
     *
     * <p>The parent of this entity is OutputGroupSettings.
     *
     * <p>CloudFormation property {@code ArchiveGroupSettings}.
     */
    public OutputGroupSettings archiveGroupSettings(Value<ArchiveGroupSettings> value) {
      return set("ArchiveGroupSettings", value);
    }

    /** CloudFormation property {@code CmafIngestGroupSettings}. */
    public OutputGroupSettings cmafIngestGroupSettings(Value<CmafIngestGroupSettings> value) {
      return set("CmafIngestGroupSettings", value);
    }

    /**
     * The configuration of a frame capture output group.
     *
     * <p>CloudFormation property {@code FrameCaptureGroupSettings}.
     */
    public OutputGroupSettings frameCaptureGroupSettings(Value<FrameCaptureGroupSettings> value) {
      return set("FrameCaptureGroupSettings", value);
    }

    /**
     * The configuration of an HLS output group.
     *
     * <p>CloudFormation property {@code HlsGroupSettings}.
     */
    public OutputGroupSettings hlsGroupSettings(Value<HlsGroupSettings> value) {
      return set("HlsGroupSettings", value);
    }

    /** CloudFormation property {@code MediaConnectRouterGroupSettings}. */
    public OutputGroupSettings mediaConnectRouterGroupSettings(Value<MediaConnectRouterGroupSettings> value) {
      return set("MediaConnectRouterGroupSettings", value);
    }

    /**
     * The configuration of a MediaPackage output group.
     *
     * <p>CloudFormation property {@code MediaPackageGroupSettings}.
     */
    public OutputGroupSettings mediaPackageGroupSettings(Value<MediaPackageGroupSettings> value) {
      return set("MediaPackageGroupSettings", value);
    }

    /**
     * The configuration of a Microsoft Smooth output group.
     *
     * <p>CloudFormation property {@code MsSmoothGroupSettings}.
     */
    public OutputGroupSettings msSmoothGroupSettings(Value<MsSmoothGroupSettings> value) {
      return set("MsSmoothGroupSettings", value);
    }

    /**
     * The settings for a Multiplex output group.
     *
     * <p>CloudFormation property {@code MultiplexGroupSettings}.
     */
    public OutputGroupSettings multiplexGroupSettings(Value<Json> value) {
      return set("MultiplexGroupSettings", value);
    }

    /**
     * The configuration of an RTMP output group.
     *
     * <p>CloudFormation property {@code RtmpGroupSettings}.
     */
    public OutputGroupSettings rtmpGroupSettings(Value<RtmpGroupSettings> value) {
      return set("RtmpGroupSettings", value);
    }

    /** CloudFormation property {@code SrtGroupSettings}. */
    public OutputGroupSettings srtGroupSettings(Value<SrtGroupSettings> value) {
      return set("SrtGroupSettings", value);
    }

    /**
     * The configuration of a UDP output group.
     *
     * <p>CloudFormation property {@code UdpGroupSettings}.
     */
    public OutputGroupSettings udpGroupSettings(Value<UdpGroupSettings> value) {
      return set("UdpGroupSettings", value);
    }
  }

  /**
   * A reference to an OutputDestination ID that is defined in the channel.
   *
   * <p>This entity is used by ArchiveGroupSettings, FrameCaptureGroupSettings, HlsGroupSettings,
   * MediaPackageGroupSettings, MSSmoothGroupSettings, RtmpOutputSettings, and UdpOutputSettings.
   *
   * <p>Property type {@code AWS::MediaLive::Channel.OutputLocationRef}.
   */
  public static final class OutputLocationRef extends Struct<OutputLocationRef> {
    private static final Schema SCHEMA = Schema.of("AWS::MediaLive::Channel.OutputLocationRef");

    public OutputLocationRef() {
      super(SCHEMA);
    }

    /**
     * A reference ID for this destination.
     *
     * <p>CloudFormation property {@code DestinationRefId}.
     */
    public OutputLocationRef destinationRefId(String value) {
      return set("DestinationRefId", Value.of(value));
    }

    /** Sets {@code DestinationRefId} to this value; see {@link #destinationRefId(String)}. */
    public OutputLocationRef destinationRefId(Value<String> value) {
      return set("DestinationRefId", value);
    }
  }

  /** Property type {@code AWS::MediaLive::Channel.OutputLockingSettings}. */
  public static final class OutputLockingSettings extends Struct<OutputLockingSettings> {
    private static final Schema SCHEMA = Schema.builder("AWS::MediaLive::Channel.OutputLockingSettings")
        .constrain("PipelineLockingSettings", Constraint.of().format("json"))
        .build();

    public OutputLockingSettings() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code DisabledLockingSettings}. */
    public OutputLockingSettings disabledLockingSettings(Value<DisabledLockingSettings> value) {
      return set("DisabledLockingSettings", value);
    }

    /** CloudFormation property {@code EpochLockingSettings}. */
    public OutputLockingSettings epochLockingSettings(Value<EpochLockingSettings> value) {
      return set("EpochLockingSettings", value);
    }

    /** Format: {@code json}. CloudFormation property {@code PipelineLockingSettings}. */
    public OutputLockingSettings pipelineLockingSettings(Value<PipelineLockingSettings> value) {
      return set("PipelineLockingSettings", value);
    }
  }

  /**
   * The output settings.
   *
   * <p>The parent of this entity is Output.
   *
   * <p>Property type {@code AWS::MediaLive::Channel.OutputSettings}.
   */
  public static final class OutputSettings extends Struct<OutputSettings> {
    private static final Schema SCHEMA = Schema.builder("AWS::MediaLive::Channel.OutputSettings")
        .constrain("MediaPackageOutputSettings", Constraint.of().format("json"))
        .build();

    public OutputSettings() {
      super(SCHEMA);
    }

    /**
     * The settings for an archive output.
     *
     * <p>CloudFormation property {@code ArchiveOutputSettings}.
     */
    public OutputSettings archiveOutputSettings(Value<ArchiveOutputSettings> value) {
      return set("ArchiveOutputSettings", value);
    }

    /** CloudFormation property {@code CmafIngestOutputSettings}. */
    public OutputSettings cmafIngestOutputSettings(Value<CmafIngestFrameCaptureOutputSettings> value) {
      return set("CmafIngestOutputSettings", value);
    }

    /**
     * The settings for a frame capture output.
     *
     * <p>The parent of this entity is OutputGroupSettings.
     *
     * <p>CloudFormation property {@code FrameCaptureOutputSettings}.
     */
    public OutputSettings frameCaptureOutputSettings(Value<CmafIngestFrameCaptureOutputSettings> value) {
      return set("FrameCaptureOutputSettings", value);
    }

    /**
     * The settings for an HLS output.
     *
     * <p>The parent of this entity is OutputGroupSettings.
     *
     * <p>CloudFormation property {@code HlsOutputSettings}.
     */
    public OutputSettings hlsOutputSettings(Value<HlsOutputSettings> value) {
      return set("HlsOutputSettings", value);
    }

    /** CloudFormation property {@code MediaConnectRouterOutputSettings}. */
    public OutputSettings mediaConnectRouterOutputSettings(Value<MediaConnectRouterOutputSettings> value) {
      return set("MediaConnectRouterOutputSettings", value);
    }

    /**
     * The settings for a MediaPackage output.
     *
     * <p>The parent of this entity is OutputGroupSettings.
     *
     * <p>Format: {@code json}. CloudFormation property {@code MediaPackageOutputSettings}.
     */
    public OutputSettings mediaPackageOutputSettings(Value<MediaPackageOutputSettings> value) {
      return set("MediaPackageOutputSettings", value);
    }

    /**
     * The settings for a Microsoft Smooth output.
     *
     * <p>CloudFormation property {@code MsSmoothOutputSettings}.
     */
    public OutputSettings msSmoothOutputSettings(Value<MsSmoothOutputSettings> value) {
      return set("MsSmoothOutputSettings", value);
    }

    /**
     * Configuration of a Multiplex output.
     *
     * <p>CloudFormation property {@code MultiplexOutputSettings}.
     */
    public OutputSettings multiplexOutputSettings(Value<MultiplexOutputSettings> value) {
      return set("MultiplexOutputSettings", value);
    }

    /**
     * The settings for an RTMP output.
     *
     * <p>The parent of this entity is OutputGroupSettings.
     *
     * <p>CloudFormation property {@code RtmpOutputSettings}.
     */
    public OutputSettings rtmpOutputSettings(Value<RtmpOutputSettings> value) {
      return set("RtmpOutputSettings", value);
    }

    /** CloudFormation property {@code SrtOutputSettings}. */
    public OutputSettings srtOutputSettings(Value<SrtOutputSettings> value) {
      return set("SrtOutputSettings", value);
    }

    /**
     * The settings for a UDP output.
     *
     * <p>The parent of this entity is OutputGroupSettings.
     *
     * <p>CloudFormation property {@code UdpOutputSettings}.
     */
    public OutputSettings udpOutputSettings(Value<UdpOutputSettings> value) {
      return set("UdpOutputSettings", value);
    }
  }

  /** Property type {@code AWS::MediaLive::Channel.PassThroughSettings}. */
  public static final class PassThroughSettings extends Struct<PassThroughSettings> {
    private static final Schema SCHEMA = Schema.of("AWS::MediaLive::Channel.PassThroughSettings");

    public PassThroughSettings() {
      super(SCHEMA);
    }
  }

  /** Property type {@code AWS::MediaLive::Channel.PipelineLockingSettings}. */
  public static final class PipelineLockingSettings extends Struct<PipelineLockingSettings> {
    private static final Schema SCHEMA = Schema.of("AWS::MediaLive::Channel.PipelineLockingSettings");

    public PipelineLockingSettings() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code CustomEpoch}. */
    public PipelineLockingSettings customEpoch(String value) {
      return set("CustomEpoch", Value.of(value));
    }

    /** Sets {@code CustomEpoch} to this value; see {@link #customEpoch(String)}. */
    public PipelineLockingSettings customEpoch(Value<String> value) {
      return set("CustomEpoch", value);
    }

    /** CloudFormation property {@code PipelineLockingMethod}. */
    public PipelineLockingSettings pipelineLockingMethod(String value) {
      return set("PipelineLockingMethod", Value.of(value));
    }

    /**
     * Sets {@code PipelineLockingMethod} to this value; see {@link #pipelineLockingMethod(String)}.
     */
    public PipelineLockingSettings pipelineLockingMethod(Value<String> value) {
      return set("PipelineLockingMethod", value);
    }
  }

  /** Property type {@code AWS::MediaLive::Channel.PrimaryChannelSettings}. */
  public static final class PrimaryChannelSettings extends Struct<PrimaryChannelSettings> {
    private static final Schema SCHEMA = Schema.of("AWS::MediaLive::Channel.PrimaryChannelSettings");

    public PrimaryChannelSettings() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code LinkedChannelType}. */
    public PrimaryChannelSettings linkedChannelType(String value) {
      return set("LinkedChannelType", Value.of(value));
    }

    /** Sets {@code LinkedChannelType} to this value; see {@link #linkedChannelType(String)}. */
    public PrimaryChannelSettings linkedChannelType(Value<String> value) {
      return set("LinkedChannelType", value);
    }
  }

  /** Property type {@code AWS::MediaLive::Channel.RawSettings}. */
  public static final class RawSettings extends Struct<RawSettings> {
    private static final Schema SCHEMA = Schema.of("AWS::MediaLive::Channel.RawSettings");

    public RawSettings() {
      super(SCHEMA);
    }
  }

  /** Property type {@code AWS::MediaLive::Channel.Rec601Settings}. */
  public static final class Rec601Settings extends Struct<Rec601Settings> {
    private static final Schema SCHEMA = Schema.of("AWS::MediaLive::Channel.Rec601Settings");

    public Rec601Settings() {
      super(SCHEMA);
    }
  }

  /** Property type {@code AWS::MediaLive::Channel.Rec709Settings}. */
  public static final class Rec709Settings extends Struct<Rec709Settings> {
    private static final Schema SCHEMA = Schema.of("AWS::MediaLive::Channel.Rec709Settings");

    public Rec709Settings() {
      super(SCHEMA);
    }
  }

  /**
   * The settings for remixing audio in the output.
   *
   * <p>The parent of this entity is AudioDescription.
   *
   * <p>Property type {@code AWS::MediaLive::Channel.RemixSettings}.
   */
  public static final class RemixSettings extends Struct<RemixSettings> {
    private static final Schema SCHEMA = Schema.of("AWS::MediaLive::Channel.RemixSettings");

    public RemixSettings() {
      super(SCHEMA);
    }

    /**
     * A mapping of input channels to output channels, with appropriate gain adjustments.
     *
     * <p>CloudFormation property {@code ChannelMappings}.
     */
    public RemixSettings channelMappings(List<AudioChannelMapping> value) {
      return set("ChannelMappings", Value.listOf(value));
    }

    /** Sets {@code ChannelMappings} to this value; see {@link #channelMappings(List)}. */
    public RemixSettings channelMappings(Value<List<AudioChannelMapping>> value) {
      return set("ChannelMappings", value);
    }

    /** Sets {@code ChannelMappings} to a list of these; see {@link #channelMappings(List)}. */
    public RemixSettings channelMappings(AudioChannelMapping... values) {
      return set("ChannelMappings", Value.list(values));
    }

    /**
     * The number of input channels to be used.
     *
     * <p>CloudFormation property {@code ChannelsIn}.
     */
    public RemixSettings channelsIn(int value) {
      return set("ChannelsIn", Value.of(value));
    }

    /** Sets {@code ChannelsIn} to this value; see {@link #channelsIn(int)}. */
    public RemixSettings channelsIn(Value<Integer> value) {
      return set("ChannelsIn", value);
    }

    /**
     * The number of output channels to be produced. Valid values: 1, 2, 4, 6, 8.
     *
     * <p>CloudFormation property {@code ChannelsOut}.
     */
    public RemixSettings channelsOut(int value) {
      return set("ChannelsOut", Value.of(value));
    }

    /** Sets {@code ChannelsOut} to this value; see {@link #channelsOut(int)}. */
    public RemixSettings channelsOut(Value<Integer> value) {
      return set("ChannelsOut", value);
    }
  }

  /** Property type {@code AWS::MediaLive::Channel.RtmpCaptionInfoDestinationSettings}. */
  public static final class RtmpCaptionInfoDestinationSettings extends Struct<RtmpCaptionInfoDestinationSettings> {
    private static final Schema SCHEMA = Schema.of("AWS::MediaLive::Channel.RtmpCaptionInfoDestinationSettings");

    public RtmpCaptionInfoDestinationSettings() {
      super(SCHEMA);
    }
  }

  /**
   * The configuration of an RTMP output group.
   *
   * <p>The parent of this entity is OutputGroupSettings.
   *
   * <p>Property type {@code AWS::MediaLive::Channel.RtmpGroupSettings}.
   */
  public static final class RtmpGroupSettings extends Struct<RtmpGroupSettings> {
    private static final Schema SCHEMA = Schema.of("AWS::MediaLive::Channel.RtmpGroupSettings");

    public RtmpGroupSettings() {
      super(SCHEMA);
    }

    /**
     * Choose the ad marker type for this output group. MediaLive will create a message based on the
     * content of each SCTE-35 message, format it for that marker type, and insert it in the
     * datastream.
     *
     * <p>CloudFormation property {@code AdMarkers}.
     */
    public RtmpGroupSettings adMarkers(List<String> value) {
      return set("AdMarkers", Value.listOf(value));
    }

    /** Sets {@code AdMarkers} to this value; see {@link #adMarkers(List)}. */
    public RtmpGroupSettings adMarkers(Value<List<String>> value) {
      return set("AdMarkers", value);
    }

    /**
     * An authentication scheme to use when connecting with a CDN.
     *
     * <p>CloudFormation property {@code AuthenticationScheme}.
     */
    public RtmpGroupSettings authenticationScheme(String value) {
      return set("AuthenticationScheme", Value.of(value));
    }

    /**
     * Sets {@code AuthenticationScheme} to this value; see {@link #authenticationScheme(String)}.
     */
    public RtmpGroupSettings authenticationScheme(Value<String> value) {
      return set("AuthenticationScheme", value);
    }

    /**
     * Controls behavior when the content cache fills up. If a remote origin server stalls the RTMP
     * connection and doesn't accept content fast enough, the media cache fills up. When the cache
     * reaches the duration specified by cacheLength, the cache stops accepting new content. If set
     * to disconnectImmediately, the RTMP output forces a disconnect. Clear the media cache, and
     * reconnect after restartDelay seconds. If set to waitForServer, the RTMP output waits up to 5
     * minutes to allow the origin server to begin accepting data again.
     *
     * <p>CloudFormation property {@code CacheFullBehavior}.
     */
    public RtmpGroupSettings cacheFullBehavior(String value) {
      return set("CacheFullBehavior", Value.of(value));
    }

    /** Sets {@code CacheFullBehavior} to this value; see {@link #cacheFullBehavior(String)}. */
    public RtmpGroupSettings cacheFullBehavior(Value<String> value) {
      return set("CacheFullBehavior", value);
    }

    /**
     * The cache length, in seconds, that is used to calculate buffer size.
     *
     * <p>CloudFormation property {@code CacheLength}.
     */
    public RtmpGroupSettings cacheLength(int value) {
      return set("CacheLength", Value.of(value));
    }

    /** Sets {@code CacheLength} to this value; see {@link #cacheLength(int)}. */
    public RtmpGroupSettings cacheLength(Value<Integer> value) {
      return set("CacheLength", value);
    }

    /**
     * Controls the types of data that pass to onCaptionInfo outputs. If set to all, 608 and 708
     * carried DTVCC data is passed. If set to field1AndField2608, DTVCC data is stripped out, but
     * 608 data from both fields is passed. If set to field1608, only the data carried in 608 from
     * field 1 video is passed.
     *
     * <p>CloudFormation property {@code CaptionData}.
     */
    public RtmpGroupSettings captionData(String value) {
      return set("CaptionData", Value.of(value));
    }

    /** Sets {@code CaptionData} to this value; see {@link #captionData(String)}. */
    public RtmpGroupSettings captionData(Value<String> value) {
      return set("CaptionData", value);
    }

    /** CloudFormation property {@code IncludeFillerNalUnits}. */
    public RtmpGroupSettings includeFillerNalUnits(String value) {
      return set("IncludeFillerNalUnits", Value.of(value));
    }

    /**
     * Sets {@code IncludeFillerNalUnits} to this value; see {@link #includeFillerNalUnits(String)}.
     */
    public RtmpGroupSettings includeFillerNalUnits(Value<String> value) {
      return set("IncludeFillerNalUnits", value);
    }

    /**
     * Controls the behavior of this RTMP group if the input becomes unavailable. emitOutput: Emit a
     * slate until the input returns. pauseOutput: Stop transmitting data until the input returns.
     * This does not close the underlying RTMP connection.
     *
     * <p>CloudFormation property {@code InputLossAction}.
     */
    public RtmpGroupSettings inputLossAction(String value) {
      return set("InputLossAction", Value.of(value));
    }

    /** Sets {@code InputLossAction} to this value; see {@link #inputLossAction(String)}. */
    public RtmpGroupSettings inputLossAction(Value<String> value) {
      return set("InputLossAction", value);
    }

    /**
     * If a streaming output fails, the number of seconds to wait until a restart is initiated. A
     * value of 0 means never restart.
     *
     * <p>CloudFormation property {@code RestartDelay}.
     */
    public RtmpGroupSettings restartDelay(int value) {
      return set("RestartDelay", Value.of(value));
    }

    /** Sets {@code RestartDelay} to this value; see {@link #restartDelay(int)}. */
    public RtmpGroupSettings restartDelay(Value<Integer> value) {
      return set("RestartDelay", value);
    }
  }

  /**
   * The settings for one RTMP output.
   *
   * <p>The parent of this entity is OutputSettings.
   *
   * <p>Property type {@code AWS::MediaLive::Channel.RtmpOutputSettings}.
   */
  public static final class RtmpOutputSettings extends Struct<RtmpOutputSettings> {
    private static final Schema SCHEMA = Schema.of("AWS::MediaLive::Channel.RtmpOutputSettings");

    public RtmpOutputSettings() {
      super(SCHEMA);
    }

    /**
     * If set to verifyAuthenticity, verifies the TLS certificate chain to a trusted certificate
     * authority (CA). This causes RTMPS outputs with self-signed certificates to fail.
     *
     * <p>CloudFormation property {@code CertificateMode}.
     */
    public RtmpOutputSettings certificateMode(String value) {
      return set("CertificateMode", Value.of(value));
    }

    /** Sets {@code CertificateMode} to this value; see {@link #certificateMode(String)}. */
    public RtmpOutputSettings certificateMode(Value<String> value) {
      return set("CertificateMode", value);
    }

    /**
     * The number of seconds to wait before retrying a connection to the Flash Media server if the
     * connection is lost.
     *
     * <p>CloudFormation property {@code ConnectionRetryInterval}.
     */
    public RtmpOutputSettings connectionRetryInterval(int value) {
      return set("ConnectionRetryInterval", Value.of(value));
    }

    /**
     * Sets {@code ConnectionRetryInterval} to this value; see {@link
     * #connectionRetryInterval(int)}.
     */
    public RtmpOutputSettings connectionRetryInterval(Value<Integer> value) {
      return set("ConnectionRetryInterval", value);
    }

    /**
     * The RTMP endpoint excluding the stream name (for example, rtmp://host/appname).
     *
     * <p>CloudFormation property {@code Destination}.
     */
    public RtmpOutputSettings destination(Value<OutputLocationRef> value) {
      return set("Destination", value);
    }

    /**
     * The number of retry attempts.
     *
     * <p>CloudFormation property {@code NumRetries}.
     */
    public RtmpOutputSettings numRetries(int value) {
      return set("NumRetries", Value.of(value));
    }

    /** Sets {@code NumRetries} to this value; see {@link #numRetries(int)}. */
    public RtmpOutputSettings numRetries(Value<Integer> value) {
      return set("NumRetries", value);
    }
  }

  /** Property type {@code AWS::MediaLive::Channel.Scte20PlusEmbeddedDestinationSettings}. */
  public static final class Scte20PlusEmbeddedDestinationSettings extends Struct<Scte20PlusEmbeddedDestinationSettings> {
    private static final Schema SCHEMA = Schema.of("AWS::MediaLive::Channel.Scte20PlusEmbeddedDestinationSettings");

    public Scte20PlusEmbeddedDestinationSettings() {
      super(SCHEMA);
    }
  }

  /**
   * Information about the SCTE-20 captions to extract from the input.
   *
   * <p>The parent of this entity is CaptionSelectorSettings.
   *
   * <p>Property type {@code AWS::MediaLive::Channel.Scte20SourceSettings}.
   */
  public static final class Scte20SourceSettings extends Struct<Scte20SourceSettings> {
    private static final Schema SCHEMA = Schema.of("AWS::MediaLive::Channel.Scte20SourceSettings");

    public Scte20SourceSettings() {
      super(SCHEMA);
    }

    /**
     * If upconvert, 608 data is both passed through the "608 compatibility bytes" fields of the 708
     * wrapper as well as translated into 708. Any 708 data present in the source content is
     * discarded.
     *
     * <p>CloudFormation property {@code Convert608To708}.
     */
    public Scte20SourceSettings convert608To708(String value) {
      return set("Convert608To708", Value.of(value));
    }

    /** Sets {@code Convert608To708} to this value; see {@link #convert608To708(String)}. */
    public Scte20SourceSettings convert608To708(Value<String> value) {
      return set("Convert608To708", value);
    }

    /**
     * Specifies the 608/708 channel number within the video track from which to extract captions.
     *
     * <p>CloudFormation property {@code Source608ChannelNumber}.
     */
    public Scte20SourceSettings source608ChannelNumber(int value) {
      return set("Source608ChannelNumber", Value.of(value));
    }

    /**
     * Sets {@code Source608ChannelNumber} to this value; see {@link #source608ChannelNumber(int)}.
     */
    public Scte20SourceSettings source608ChannelNumber(Value<Integer> value) {
      return set("Source608ChannelNumber", value);
    }
  }

  /** Property type {@code AWS::MediaLive::Channel.Scte27DestinationSettings}. */
  public static final class Scte27DestinationSettings extends Struct<Scte27DestinationSettings> {
    private static final Schema SCHEMA = Schema.of("AWS::MediaLive::Channel.Scte27DestinationSettings");

    public Scte27DestinationSettings() {
      super(SCHEMA);
    }
  }

  /** Property type {@code AWS::MediaLive::Channel.Scte27DvbSubSourceSettings}. */
  public static final class Scte27DvbSubSourceSettings extends Struct<Scte27DvbSubSourceSettings> {
    private static final Schema SCHEMA = Schema.of("AWS::MediaLive::Channel.Scte27DvbSubSourceSettings");

    public Scte27DvbSubSourceSettings() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code OcrLanguage}. */
    public Scte27DvbSubSourceSettings ocrLanguage(String value) {
      return set("OcrLanguage", Value.of(value));
    }

    /** Sets {@code OcrLanguage} to this value; see {@link #ocrLanguage(String)}. */
    public Scte27DvbSubSourceSettings ocrLanguage(Value<String> value) {
      return set("OcrLanguage", value);
    }

    /** CloudFormation property {@code Pid}. */
    public Scte27DvbSubSourceSettings pid(int value) {
      return set("Pid", Value.of(value));
    }

    /** Sets {@code Pid} to this value; see {@link #pid(int)}. */
    public Scte27DvbSubSourceSettings pid(Value<Integer> value) {
      return set("Pid", value);
    }
  }

  /**
   * Information about the SCTE-27 captions to extract from the input.
   *
   * <p>The parent of this entity is CaptionSelectorSettings.
   *
   * <p>Property type {@code AWS::MediaLive::Channel.Scte27SourceSettings}.
   */
  public static final class Scte27SourceSettings extends Struct<Scte27SourceSettings> {
    private static final Schema SCHEMA = Schema.of("AWS::MediaLive::Channel.Scte27SourceSettings");

    public Scte27SourceSettings() {
      super(SCHEMA);
    }

    /**
     * If you will configure a WebVTT caption description that references this caption selector, use
     * this field to provide the language to consider when translating the image-based source to
     * text.
     *
     * <p>CloudFormation property {@code OcrLanguage}.
     */
    public Scte27SourceSettings ocrLanguage(String value) {
      return set("OcrLanguage", Value.of(value));
    }

    /** Sets {@code OcrLanguage} to this value; see {@link #ocrLanguage(String)}. */
    public Scte27SourceSettings ocrLanguage(Value<String> value) {
      return set("OcrLanguage", value);
    }

    /**
     * The PID field is used in conjunction with the captions selector languageCode field as
     * follows: Specify PID and Language: Extracts captions from that PID; the language is
     * "informational." Specify PID and omit Language: Extracts the specified PID. Omit PID and
     * specify Language: Extracts the specified language, whichever PID that happens to be. Omit PID
     * and omit Language: Valid only if source is DVB-Sub that is being passed through; all
     * languages are passed through.
     *
     * <p>CloudFormation property {@code Pid}.
     */
    public Scte27SourceSettings pid(int value) {
      return set("Pid", Value.of(value));
    }

    /** Sets {@code Pid} to this value; see {@link #pid(int)}. */
    public Scte27SourceSettings pid(Value<Integer> value) {
      return set("Pid", value);
    }
  }

  /**
   * The setup of SCTE-35 splice insert handling.
   *
   * <p>The parent of this entity is AvailSettings.
   *
   * <p>Property type {@code AWS::MediaLive::Channel.Scte35SpliceInsert}.
   */
  public static final class Scte35SpliceInsert extends Struct<Scte35SpliceInsert> {
    private static final Schema SCHEMA = Schema.of("AWS::MediaLive::Channel.Scte35SpliceInsert");

    public Scte35SpliceInsert() {
      super(SCHEMA);
    }

    /**
     * When specified, this offset (in milliseconds) is added to the input ad avail PTS time. This
     * applies only to embedded SCTE 104/35 messages. It doesn't apply to OOB messages.
     *
     * <p>CloudFormation property {@code AdAvailOffset}.
     */
    public Scte35SpliceInsert adAvailOffset(int value) {
      return set("AdAvailOffset", Value.of(value));
    }

    /** Sets {@code AdAvailOffset} to this value; see {@link #adAvailOffset(int)}. */
    public Scte35SpliceInsert adAvailOffset(Value<Integer> value) {
      return set("AdAvailOffset", value);
    }

    /**
     * When set to ignore, segment descriptors with noRegionalBlackoutFlag set to 0 no longer
     * trigger blackouts or ad avail slates.
     *
     * <p>CloudFormation property {@code NoRegionalBlackoutFlag}.
     */
    public Scte35SpliceInsert noRegionalBlackoutFlag(String value) {
      return set("NoRegionalBlackoutFlag", Value.of(value));
    }

    /**
     * Sets {@code NoRegionalBlackoutFlag} to this value; see {@link
     * #noRegionalBlackoutFlag(String)}.
     */
    public Scte35SpliceInsert noRegionalBlackoutFlag(Value<String> value) {
      return set("NoRegionalBlackoutFlag", value);
    }

    /**
     * When set to ignore, segment descriptors with webDeliveryAllowedFlag set to 0 no longer
     * trigger blackouts or ad avail slates.
     *
     * <p>CloudFormation property {@code WebDeliveryAllowedFlag}.
     */
    public Scte35SpliceInsert webDeliveryAllowedFlag(String value) {
      return set("WebDeliveryAllowedFlag", Value.of(value));
    }

    /**
     * Sets {@code WebDeliveryAllowedFlag} to this value; see {@link
     * #webDeliveryAllowedFlag(String)}.
     */
    public Scte35SpliceInsert webDeliveryAllowedFlag(Value<String> value) {
      return set("WebDeliveryAllowedFlag", value);
    }
  }

  /** Property type {@code AWS::MediaLive::Channel.Scte35SpliceInsertTimeSignalAposSettings}. */
  public static final class Scte35SpliceInsertTimeSignalAposSettings extends Struct<Scte35SpliceInsertTimeSignalAposSettings> {
    private static final Schema SCHEMA = Schema.of("AWS::MediaLive::Channel.Scte35SpliceInsertTimeSignalAposSettings");

    public Scte35SpliceInsertTimeSignalAposSettings() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code AdAvailOffset}. */
    public Scte35SpliceInsertTimeSignalAposSettings adAvailOffset(int value) {
      return set("AdAvailOffset", Value.of(value));
    }

    /** Sets {@code AdAvailOffset} to this value; see {@link #adAvailOffset(int)}. */
    public Scte35SpliceInsertTimeSignalAposSettings adAvailOffset(Value<Integer> value) {
      return set("AdAvailOffset", value);
    }

    /** CloudFormation property {@code NoRegionalBlackoutFlag}. */
    public Scte35SpliceInsertTimeSignalAposSettings noRegionalBlackoutFlag(String value) {
      return set("NoRegionalBlackoutFlag", Value.of(value));
    }

    /**
     * Sets {@code NoRegionalBlackoutFlag} to this value; see {@link
     * #noRegionalBlackoutFlag(String)}.
     */
    public Scte35SpliceInsertTimeSignalAposSettings noRegionalBlackoutFlag(Value<String> value) {
      return set("NoRegionalBlackoutFlag", value);
    }

    /** CloudFormation property {@code WebDeliveryAllowedFlag}. */
    public Scte35SpliceInsertTimeSignalAposSettings webDeliveryAllowedFlag(String value) {
      return set("WebDeliveryAllowedFlag", Value.of(value));
    }

    /**
     * Sets {@code WebDeliveryAllowedFlag} to this value; see {@link
     * #webDeliveryAllowedFlag(String)}.
     */
    public Scte35SpliceInsertTimeSignalAposSettings webDeliveryAllowedFlag(Value<String> value) {
      return set("WebDeliveryAllowedFlag", value);
    }
  }

  /**
   * The settings for the SCTE-35 time signal APOS mode.
   *
   * <p>The parent of this entity is AvailSettings.
   *
   * <p>Property type {@code AWS::MediaLive::Channel.Scte35TimeSignalApos}.
   */
  public static final class Scte35TimeSignalApos extends Struct<Scte35TimeSignalApos> {
    private static final Schema SCHEMA = Schema.of("AWS::MediaLive::Channel.Scte35TimeSignalApos");

    public Scte35TimeSignalApos() {
      super(SCHEMA);
    }

    /**
     * When specified, this offset (in milliseconds) is added to the input ad avail PTS time. This
     * applies only to embedded SCTE 104/35 messages. It doesn't apply to OOB messages.
     *
     * <p>CloudFormation property {@code AdAvailOffset}.
     */
    public Scte35TimeSignalApos adAvailOffset(int value) {
      return set("AdAvailOffset", Value.of(value));
    }

    /** Sets {@code AdAvailOffset} to this value; see {@link #adAvailOffset(int)}. */
    public Scte35TimeSignalApos adAvailOffset(Value<Integer> value) {
      return set("AdAvailOffset", value);
    }

    /**
     * When set to ignore, segment descriptors with noRegionalBlackoutFlag set to 0 no longer
     * trigger blackouts or ad avail slates.
     *
     * <p>CloudFormation property {@code NoRegionalBlackoutFlag}.
     */
    public Scte35TimeSignalApos noRegionalBlackoutFlag(String value) {
      return set("NoRegionalBlackoutFlag", Value.of(value));
    }

    /**
     * Sets {@code NoRegionalBlackoutFlag} to this value; see {@link
     * #noRegionalBlackoutFlag(String)}.
     */
    public Scte35TimeSignalApos noRegionalBlackoutFlag(Value<String> value) {
      return set("NoRegionalBlackoutFlag", value);
    }

    /**
     * When set to ignore, segment descriptors with webDeliveryAllowedFlag set to 0 no longer
     * trigger blackouts or ad avail slates.
     *
     * <p>CloudFormation property {@code WebDeliveryAllowedFlag}.
     */
    public Scte35TimeSignalApos webDeliveryAllowedFlag(String value) {
      return set("WebDeliveryAllowedFlag", Value.of(value));
    }

    /**
     * Sets {@code WebDeliveryAllowedFlag} to this value; see {@link
     * #webDeliveryAllowedFlag(String)}.
     */
    public Scte35TimeSignalApos webDeliveryAllowedFlag(Value<String> value) {
      return set("WebDeliveryAllowedFlag", value);
    }
  }

  /** Property type {@code AWS::MediaLive::Channel.SmartSubtitleSourceSettings}. */
  public static final class SmartSubtitleSourceSettings extends Struct<SmartSubtitleSourceSettings> {
    private static final Schema SCHEMA = Schema.of("AWS::MediaLive::Channel.SmartSubtitleSourceSettings");

    public SmartSubtitleSourceSettings() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code CaptionSynchronizationMode}. */
    public SmartSubtitleSourceSettings captionSynchronizationMode(String value) {
      return set("CaptionSynchronizationMode", Value.of(value));
    }

    /**
     * Sets {@code CaptionSynchronizationMode} to this value; see {@link
     * #captionSynchronizationMode(String)}.
     */
    public SmartSubtitleSourceSettings captionSynchronizationMode(Value<String> value) {
      return set("CaptionSynchronizationMode", value);
    }

    /** CloudFormation property {@code InferenceFeedOutput}. */
    public SmartSubtitleSourceSettings inferenceFeedOutput(String value) {
      return set("InferenceFeedOutput", Value.of(value));
    }

    /** Sets {@code InferenceFeedOutput} to this value; see {@link #inferenceFeedOutput(String)}. */
    public SmartSubtitleSourceSettings inferenceFeedOutput(Value<String> value) {
      return set("InferenceFeedOutput", value);
    }
  }

  /** Property type {@code AWS::MediaLive::Channel.SmpteTtDestinationSettings}. */
  public static final class SmpteTtDestinationSettings extends Struct<SmpteTtDestinationSettings> {
    private static final Schema SCHEMA = Schema.of("AWS::MediaLive::Channel.SmpteTtDestinationSettings");

    public SmpteTtDestinationSettings() {
      super(SCHEMA);
    }
  }

  /** Property type {@code AWS::MediaLive::Channel.SrtGroupSettings}. */
  public static final class SrtGroupSettings extends Struct<SrtGroupSettings> {
    private static final Schema SCHEMA = Schema.of("AWS::MediaLive::Channel.SrtGroupSettings");

    public SrtGroupSettings() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code InputLossAction}. */
    public SrtGroupSettings inputLossAction(String value) {
      return set("InputLossAction", Value.of(value));
    }

    /** Sets {@code InputLossAction} to this value; see {@link #inputLossAction(String)}. */
    public SrtGroupSettings inputLossAction(Value<String> value) {
      return set("InputLossAction", value);
    }
  }

  /** Property type {@code AWS::MediaLive::Channel.SrtOutputDestinationSettings}. */
  public static final class SrtOutputDestinationSettings extends Struct<SrtOutputDestinationSettings> {
    private static final Schema SCHEMA = Schema.of("AWS::MediaLive::Channel.SrtOutputDestinationSettings");

    public SrtOutputDestinationSettings() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code ConnectionMode}. */
    public SrtOutputDestinationSettings connectionMode(String value) {
      return set("ConnectionMode", Value.of(value));
    }

    /** Sets {@code ConnectionMode} to this value; see {@link #connectionMode(String)}. */
    public SrtOutputDestinationSettings connectionMode(Value<String> value) {
      return set("ConnectionMode", value);
    }

    /** CloudFormation property {@code EncryptionPassphraseSecretArn}. */
    public SrtOutputDestinationSettings encryptionPassphraseSecretArn(String value) {
      return set("EncryptionPassphraseSecretArn", Value.of(value));
    }

    /**
     * Sets {@code EncryptionPassphraseSecretArn} to this value; see {@link
     * #encryptionPassphraseSecretArn(String)}.
     */
    public SrtOutputDestinationSettings encryptionPassphraseSecretArn(Value<String> value) {
      return set("EncryptionPassphraseSecretArn", value);
    }

    /** CloudFormation property {@code ListenerPort}. */
    public SrtOutputDestinationSettings listenerPort(int value) {
      return set("ListenerPort", Value.of(value));
    }

    /** Sets {@code ListenerPort} to this value; see {@link #listenerPort(int)}. */
    public SrtOutputDestinationSettings listenerPort(Value<Integer> value) {
      return set("ListenerPort", value);
    }

    /** CloudFormation property {@code StreamId}. */
    public SrtOutputDestinationSettings streamId(String value) {
      return set("StreamId", Value.of(value));
    }

    /** Sets {@code StreamId} to this value; see {@link #streamId(String)}. */
    public SrtOutputDestinationSettings streamId(Value<String> value) {
      return set("StreamId", value);
    }

    /** CloudFormation property {@code Url}. */
    public SrtOutputDestinationSettings url(String value) {
      return set("Url", Value.of(value));
    }

    /** Sets {@code Url} to this value; see {@link #url(String)}. */
    public SrtOutputDestinationSettings url(Value<String> value) {
      return set("Url", value);
    }
  }

  /** Property type {@code AWS::MediaLive::Channel.SrtOutputSettings}. */
  public static final class SrtOutputSettings extends Struct<SrtOutputSettings> {
    private static final Schema SCHEMA = Schema.of("AWS::MediaLive::Channel.SrtOutputSettings");

    public SrtOutputSettings() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code BufferMsec}. */
    public SrtOutputSettings bufferMsec(int value) {
      return set("BufferMsec", Value.of(value));
    }

    /** Sets {@code BufferMsec} to this value; see {@link #bufferMsec(int)}. */
    public SrtOutputSettings bufferMsec(Value<Integer> value) {
      return set("BufferMsec", value);
    }

    /** CloudFormation property {@code ContainerSettings}. */
    public SrtOutputSettings containerSettings(Value<UdpMediaConnectRouterContainerSettings> value) {
      return set("ContainerSettings", value);
    }

    /** CloudFormation property {@code Destination}. */
    public SrtOutputSettings destination(Value<OutputLocationRef> value) {
      return set("Destination", value);
    }

    /** CloudFormation property {@code EncryptionType}. */
    public SrtOutputSettings encryptionType(String value) {
      return set("EncryptionType", Value.of(value));
    }

    /** Sets {@code EncryptionType} to this value; see {@link #encryptionType(String)}. */
    public SrtOutputSettings encryptionType(Value<String> value) {
      return set("EncryptionType", value);
    }

    /** CloudFormation property {@code Latency}. */
    public SrtOutputSettings latency(int value) {
      return set("Latency", Value.of(value));
    }

    /** Sets {@code Latency} to this value; see {@link #latency(int)}. */
    public SrtOutputSettings latency(Value<Integer> value) {
      return set("Latency", value);
    }
  }

  /**
   * The configuration of an HLS output that is a standard output (not an audio-only output).
   *
   * <p>The parent of this entity is HlsSettings.
   *
   * <p>Property type {@code AWS::MediaLive::Channel.StandardHlsSettings}.
   */
  public static final class StandardHlsSettings extends Struct<StandardHlsSettings> {
    private static final Schema SCHEMA = Schema.of("AWS::MediaLive::Channel.StandardHlsSettings");

    public StandardHlsSettings() {
      super(SCHEMA);
    }

    /**
     * Lists all the audio groups that are used with the video output stream. This inputs all the
     * audio GROUP-IDs that are associated with the video, separated by a comma (,).
     *
     * <p>CloudFormation property {@code AudioRenditionSets}.
     */
    public StandardHlsSettings audioRenditionSets(String value) {
      return set("AudioRenditionSets", Value.of(value));
    }

    /** Sets {@code AudioRenditionSets} to this value; see {@link #audioRenditionSets(String)}. */
    public StandardHlsSettings audioRenditionSets(Value<String> value) {
      return set("AudioRenditionSets", value);
    }

    /**
     * Settings for the M3U8 container.
     *
     * <p>CloudFormation property {@code M3u8Settings}.
     */
    public StandardHlsSettings m3u8Settings(Value<M3u8Settings> value) {
      return set("M3u8Settings", value);
    }
  }

  /**
   * The static key settings.
   *
   * <p>The parent of this entity is KeyProviderSettings.
   *
   * <p>Property type {@code AWS::MediaLive::Channel.StaticKeySettings}.
   */
  public static final class StaticKeySettings extends Struct<StaticKeySettings> {
    private static final Schema SCHEMA = Schema.of("AWS::MediaLive::Channel.StaticKeySettings");

    public StaticKeySettings() {
      super(SCHEMA);
    }

    /**
     * The URL of the license server that is used for protecting content.
     *
     * <p>CloudFormation property {@code KeyProviderServer}.
     */
    public StaticKeySettings keyProviderServer(Value<InputLocation> value) {
      return set("KeyProviderServer", value);
    }

    /**
     * The static key value as a 32 character hexadecimal string.
     *
     * <p>CloudFormation property {@code StaticKeyValue}.
     */
    public StaticKeySettings staticKeyValue(String value) {
      return set("StaticKeyValue", Value.of(value));
    }

    /** Sets {@code StaticKeyValue} to this value; see {@link #staticKeyValue(String)}. */
    public StaticKeySettings staticKeyValue(Value<String> value) {
      return set("StaticKeyValue", value);
    }
  }

  /** Property type {@code AWS::MediaLive::Channel.TeletextDestinationSettings}. */
  public static final class TeletextDestinationSettings extends Struct<TeletextDestinationSettings> {
    private static final Schema SCHEMA = Schema.of("AWS::MediaLive::Channel.TeletextDestinationSettings");

    public TeletextDestinationSettings() {
      super(SCHEMA);
    }
  }

  /**
   * Information about the Teletext captions to extract from the input.
   *
   * <p>The parent of this entity is CaptionSelectorSettings.
   *
   * <p>Property type {@code AWS::MediaLive::Channel.TeletextSourceSettings}.
   */
  public static final class TeletextSourceSettings extends Struct<TeletextSourceSettings> {
    private static final Schema SCHEMA = Schema.of("AWS::MediaLive::Channel.TeletextSourceSettings");

    public TeletextSourceSettings() {
      super(SCHEMA);
    }

    /**
     * Settings to configure the caption rectangle for an output captions that will be created using
     * this Teletext source captions.
     *
     * <p>CloudFormation property {@code OutputRectangle}.
     */
    public TeletextSourceSettings outputRectangle(Value<CaptionRectangle> value) {
      return set("OutputRectangle", value);
    }

    /**
     * Specifies the Teletext page number within the data stream from which to extract captions. The
     * range is 0x100 (256) to 0x8FF (2303). This is unused for passthrough. It should be specified
     * as a hexadecimal string with no "0x" prefix.
     *
     * <p>CloudFormation property {@code PageNumber}.
     */
    public TeletextSourceSettings pageNumber(String value) {
      return set("PageNumber", Value.of(value));
    }

    /** Sets {@code PageNumber} to this value; see {@link #pageNumber(String)}. */
    public TeletextSourceSettings pageNumber(Value<String> value) {
      return set("PageNumber", value);
    }
  }

  /**
   * Settings for the temporal filter to apply to the video.
   *
   * <p>The parents of this entity are H264FilterSettings, H265FilterSettings, and
   * Mpeg2FilterSettings.
   *
   * <p>Property type {@code AWS::MediaLive::Channel.TemporalFilterSettings}.
   */
  public static final class TemporalFilterSettings extends Struct<TemporalFilterSettings> {
    private static final Schema SCHEMA = Schema.of("AWS::MediaLive::Channel.TemporalFilterSettings");

    public TemporalFilterSettings() {
      super(SCHEMA);
    }

    /**
     * If you enable this filter, the results are the following:
     *
     * <ul> <li>If the source content is noisy (it contains excessive digital artifacts), the filter
     * cleans up the source. <li>If the source content is already clean, the filter tends to
     * decrease the bitrate, especially when the rate control mode is QVBR. </ul>
     *
     * <p>CloudFormation property {@code PostFilterSharpening}.
     */
    public TemporalFilterSettings postFilterSharpening(String value) {
      return set("PostFilterSharpening", Value.of(value));
    }

    /**
     * Sets {@code PostFilterSharpening} to this value; see {@link #postFilterSharpening(String)}.
     */
    public TemporalFilterSettings postFilterSharpening(Value<String> value) {
      return set("PostFilterSharpening", value);
    }

    /**
     * Choose a filter strength. We recommend a strength of 1 or 2. A higher strength might take out
     * good information, resulting in an image that is overly soft.
     *
     * <p>CloudFormation property {@code Strength}.
     */
    public TemporalFilterSettings strength(String value) {
      return set("Strength", Value.of(value));
    }

    /** Sets {@code Strength} to this value; see {@link #strength(String)}. */
    public TemporalFilterSettings strength(Value<String> value) {
      return set("Strength", value);
    }
  }

  /** Property type {@code AWS::MediaLive::Channel.TextCaptionPositionSettings}. */
  public static final class TextCaptionPositionSettings extends Struct<TextCaptionPositionSettings> {
    private static final Schema SCHEMA = Schema.of("AWS::MediaLive::Channel.TextCaptionPositionSettings");

    public TextCaptionPositionSettings() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code YPositionPercentage}. */
    public TextCaptionPositionSettings yPositionPercentage(int value) {
      return set("YPositionPercentage", Value.of(value));
    }

    /** Sets {@code YPositionPercentage} to this value; see {@link #yPositionPercentage(int)}. */
    public TextCaptionPositionSettings yPositionPercentage(Value<Integer> value) {
      return set("YPositionPercentage", value);
    }
  }

  /** Property type {@code AWS::MediaLive::Channel.ThumbnailConfiguration}. */
  public static final class ThumbnailConfiguration extends Struct<ThumbnailConfiguration> {
    private static final Schema SCHEMA = Schema.of("AWS::MediaLive::Channel.ThumbnailConfiguration");

    public ThumbnailConfiguration() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code State}. */
    public ThumbnailConfiguration state(String value) {
      return set("State", Value.of(value));
    }

    /** Sets {@code State} to this value; see {@link #state(String)}. */
    public ThumbnailConfiguration state(Value<String> value) {
      return set("State", value);
    }
  }

  /** Property type {@code AWS::MediaLive::Channel.TimecodeBurninSettings}. */
  public static final class TimecodeBurninSettings extends Struct<TimecodeBurninSettings> {
    private static final Schema SCHEMA = Schema.of("AWS::MediaLive::Channel.TimecodeBurninSettings");

    public TimecodeBurninSettings() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code FontSize}. */
    public TimecodeBurninSettings fontSize(String value) {
      return set("FontSize", Value.of(value));
    }

    /** Sets {@code FontSize} to this value; see {@link #fontSize(String)}. */
    public TimecodeBurninSettings fontSize(Value<String> value) {
      return set("FontSize", value);
    }

    /** CloudFormation property {@code Position}. */
    public TimecodeBurninSettings position(String value) {
      return set("Position", Value.of(value));
    }

    /** Sets {@code Position} to this value; see {@link #position(String)}. */
    public TimecodeBurninSettings position(Value<String> value) {
      return set("Position", value);
    }

    /** CloudFormation property {@code Prefix}. */
    public TimecodeBurninSettings prefix(String value) {
      return set("Prefix", Value.of(value));
    }

    /** Sets {@code Prefix} to this value; see {@link #prefix(String)}. */
    public TimecodeBurninSettings prefix(Value<String> value) {
      return set("Prefix", value);
    }
  }

  /**
   * The configuration of the timecode in the output.
   *
   * <p>The parent of this entity is EncoderSettings.
   *
   * <p>Property type {@code AWS::MediaLive::Channel.TimecodeConfig}.
   */
  public static final class TimecodeConfig extends Struct<TimecodeConfig> {
    private static final Schema SCHEMA = Schema.of("AWS::MediaLive::Channel.TimecodeConfig");

    public TimecodeConfig() {
      super(SCHEMA);
    }

    /**
     * Identifies the source for the timecode that will be associated with the channel outputs.
     * Embedded (embedded): Initialize the output timecode with timecode from the source. If no
     * embedded timecode is detected in the source, the system falls back to using "Start at 0"
     * (zerobased). System Clock (systemclock): Use the UTC time. Start at 0 (zerobased): The time
     * of the first frame of the channel will be 00:00:00:00.
     *
     * <p>CloudFormation property {@code Source}.
     */
    public TimecodeConfig source(String value) {
      return set("Source", Value.of(value));
    }

    /** Sets {@code Source} to this value; see {@link #source(String)}. */
    public TimecodeConfig source(Value<String> value) {
      return set("Source", value);
    }

    /**
     * The threshold in frames beyond which output timecode is resynchronized to the input timecode.
     * Discrepancies below this threshold are permitted to avoid unnecessary discontinuities in the
     * output timecode. There is no timecode sync when this is not specified.
     *
     * <p>CloudFormation property {@code SyncThreshold}.
     */
    public TimecodeConfig syncThreshold(int value) {
      return set("SyncThreshold", Value.of(value));
    }

    /** Sets {@code SyncThreshold} to this value; see {@link #syncThreshold(int)}. */
    public TimecodeConfig syncThreshold(Value<Integer> value) {
      return set("SyncThreshold", value);
    }
  }

  /**
   * The setup of TTML captions in the output.
   *
   * <p>The parent of this entity is CaptionDestinationSettings.
   *
   * <p>Property type {@code AWS::MediaLive::Channel.TtmlDestinationSettings}.
   */
  public static final class TtmlDestinationSettings extends Struct<TtmlDestinationSettings> {
    private static final Schema SCHEMA = Schema.of("AWS::MediaLive::Channel.TtmlDestinationSettings");

    public TtmlDestinationSettings() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code Position}. */
    public TtmlDestinationSettings position(Value<TextCaptionPositionSettings> value) {
      return set("Position", value);
    }

    /**
     * When set to passthrough, passes through style and position information from a TTML-like input
     * source (TTML, SMPTE-TT, CFF-TT) to the CFF-TT output or TTML output.
     *
     * <p>CloudFormation property {@code StyleControl}.
     */
    public TtmlDestinationSettings styleControl(String value) {
      return set("StyleControl", Value.of(value));
    }

    /** Sets {@code StyleControl} to this value; see {@link #styleControl(String)}. */
    public TtmlDestinationSettings styleControl(Value<String> value) {
      return set("StyleControl", value);
    }
  }

  /**
   * The configuration of a UDP output.
   *
   * <p>The parent of this entity is UdpOutputSettings.
   *
   * <p>Property type {@code AWS::MediaLive::Channel.UdpContainerSettings}.
   */
  public static final class UdpContainerSettings extends Struct<UdpContainerSettings> {
    private static final Schema SCHEMA = Schema.of("AWS::MediaLive::Channel.UdpContainerSettings");

    public UdpContainerSettings() {
      super(SCHEMA);
    }

    /**
     * The M2TS configuration for this UDP output.
     *
     * <p>CloudFormation property {@code M2tsSettings}.
     */
    public UdpContainerSettings m2tsSettings(Value<M2tsSettings> value) {
      return set("M2tsSettings", value);
    }
  }

  /**
   * The configuration of a UDP output group.
   *
   * <p>The parent of this entity is OutputGroupSettings.
   *
   * <p>Property type {@code AWS::MediaLive::Channel.UdpGroupSettings}.
   */
  public static final class UdpGroupSettings extends Struct<UdpGroupSettings> {
    private static final Schema SCHEMA = Schema.of("AWS::MediaLive::Channel.UdpGroupSettings");

    public UdpGroupSettings() {
      super(SCHEMA);
    }

    /**
     * Specifies the behavior of the last resort when the input video is lost, and no more backup
     * inputs are available. When dropTs is selected, the entire transport stream stops emitting.
     * When dropProgram is selected, the program can be dropped from the transport stream (and
     * replaced with null packets to meet the TS bitrate requirement). Or when emitProgram is
     * selected, the transport stream continues to be produced normally with repeat frames, black
     * frames, or slate frames substituted for the absent input video.
     *
     * <p>CloudFormation property {@code InputLossAction}.
     */
    public UdpGroupSettings inputLossAction(String value) {
      return set("InputLossAction", Value.of(value));
    }

    /** Sets {@code InputLossAction} to this value; see {@link #inputLossAction(String)}. */
    public UdpGroupSettings inputLossAction(Value<String> value) {
      return set("InputLossAction", value);
    }

    /**
     * Indicates the ID3 frame that has the timecode.
     *
     * <p>CloudFormation property {@code TimedMetadataId3Frame}.
     */
    public UdpGroupSettings timedMetadataId3Frame(String value) {
      return set("TimedMetadataId3Frame", Value.of(value));
    }

    /**
     * Sets {@code TimedMetadataId3Frame} to this value; see {@link #timedMetadataId3Frame(String)}.
     */
    public UdpGroupSettings timedMetadataId3Frame(Value<String> value) {
      return set("TimedMetadataId3Frame", value);
    }

    /**
     * The timed metadata interval in seconds.
     *
     * <p>CloudFormation property {@code TimedMetadataId3Period}.
     */
    public UdpGroupSettings timedMetadataId3Period(int value) {
      return set("TimedMetadataId3Period", Value.of(value));
    }

    /**
     * Sets {@code TimedMetadataId3Period} to this value; see {@link #timedMetadataId3Period(int)}.
     */
    public UdpGroupSettings timedMetadataId3Period(Value<Integer> value) {
      return set("TimedMetadataId3Period", value);
    }
  }

  /** Property type {@code AWS::MediaLive::Channel.UdpMediaConnectRouterContainerSettings}. */
  public static final class UdpMediaConnectRouterContainerSettings extends Struct<UdpMediaConnectRouterContainerSettings> {
    private static final Schema SCHEMA = Schema.of("AWS::MediaLive::Channel.UdpMediaConnectRouterContainerSettings");

    public UdpMediaConnectRouterContainerSettings() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code M2tsSettings}. */
    public UdpMediaConnectRouterContainerSettings m2tsSettings(Value<M2tsSettings> value) {
      return set("M2tsSettings", value);
    }
  }

  /**
   * The settings for one UDP output.
   *
   * <p>The parent of this entity is OutputSettings.
   *
   * <p>Property type {@code AWS::MediaLive::Channel.UdpOutputSettings}.
   */
  public static final class UdpOutputSettings extends Struct<UdpOutputSettings> {
    private static final Schema SCHEMA = Schema.of("AWS::MediaLive::Channel.UdpOutputSettings");

    public UdpOutputSettings() {
      super(SCHEMA);
    }

    /**
     * The UDP output buffering in milliseconds. Larger values increase latency through the
     * transcoder but simultaneously assist the transcoder in maintaining a constant, low-jitter
     * UDP/RTP output while accommodating clock recovery, input switching, input disruptions,
     * picture reordering, and so on.
     *
     * <p>CloudFormation property {@code BufferMsec}.
     */
    public UdpOutputSettings bufferMsec(int value) {
      return set("BufferMsec", Value.of(value));
    }

    /** Sets {@code BufferMsec} to this value; see {@link #bufferMsec(int)}. */
    public UdpOutputSettings bufferMsec(Value<Integer> value) {
      return set("BufferMsec", value);
    }

    /**
     * The settings for the UDP output.
     *
     * <p>CloudFormation property {@code ContainerSettings}.
     */
    public UdpOutputSettings containerSettings(Value<UdpMediaConnectRouterContainerSettings> value) {
      return set("ContainerSettings", value);
    }

    /**
     * The destination address and port number for RTP or UDP packets. These can be unicast or
     * multicast RTP or UDP (for example, rtp://239.10.10.10:5001 or udp://10.100.100.100:5002).
     *
     * <p>CloudFormation property {@code Destination}.
     */
    public UdpOutputSettings destination(Value<OutputLocationRef> value) {
      return set("Destination", value);
    }

    /**
     * The settings for enabling and adjusting Forward Error Correction on UDP outputs.
     *
     * <p>CloudFormation property {@code FecOutputSettings}.
     */
    public UdpOutputSettings fecOutputSettings(Value<FecOutputSettings> value) {
      return set("FecOutputSettings", value);
    }
  }

  /**
   * MediaLive will perform a failover if content is considered black for the specified period.
   *
   * <p>The parent of this entity is FailoverConditionSettings.
   *
   * <p>Property type {@code AWS::MediaLive::Channel.VideoBlackFailoverSettings}.
   */
  public static final class VideoBlackFailoverSettings extends Struct<VideoBlackFailoverSettings> {
    private static final Schema SCHEMA = Schema.of("AWS::MediaLive::Channel.VideoBlackFailoverSettings");

    public VideoBlackFailoverSettings() {
      super(SCHEMA);
    }

    /**
     * A value used in calculating the threshold below which MediaLive considers a pixel to be
     * 'black'. For the input to be considered black, every pixel in a frame must be below this
     * threshold. The threshold is calculated as a percentage (expressed as a decimal) of white.
     * Therefore .1 means 10% white (or 90% black). Note how the formula works for any color depth.
     * For example, if you set this field to 0.1 in 10-bit color depth: (1023*0.1=102.3), which
     * means a pixel value of 102 or less is 'black'. If you set this field to .1 in an 8-bit color
     * depth: (255*0.1=25.5), which means a pixel value of 25 or less is 'black'. The range is 0.0
     * to 1.0, with any number of decimal places.
     *
     * <p>CloudFormation property {@code BlackDetectThreshold}.
     */
    public VideoBlackFailoverSettings blackDetectThreshold(double value) {
      return set("BlackDetectThreshold", Value.of(value));
    }

    /**
     * Sets {@code BlackDetectThreshold} to this value; see {@link #blackDetectThreshold(double)}.
     */
    public VideoBlackFailoverSettings blackDetectThreshold(Value<Double> value) {
      return set("BlackDetectThreshold", value);
    }

    /**
     * The amount of time (in milliseconds) that the active input must be black before automatic
     * input failover occurs.
     *
     * <p>CloudFormation property {@code VideoBlackThresholdMsec}.
     */
    public VideoBlackFailoverSettings videoBlackThresholdMsec(int value) {
      return set("VideoBlackThresholdMsec", Value.of(value));
    }

    /**
     * Sets {@code VideoBlackThresholdMsec} to this value; see {@link
     * #videoBlackThresholdMsec(int)}.
     */
    public VideoBlackFailoverSettings videoBlackThresholdMsec(Value<Integer> value) {
      return set("VideoBlackThresholdMsec", value);
    }
  }

  /**
   * The settings for the video codec in the output.
   *
   * <p>The parent of this entity is VideoDescription.
   *
   * <p>Property type {@code AWS::MediaLive::Channel.VideoCodecSettings}.
   */
  public static final class VideoCodecSettings extends Struct<VideoCodecSettings> {
    private static final Schema SCHEMA = Schema.of("AWS::MediaLive::Channel.VideoCodecSettings");

    public VideoCodecSettings() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code Av1Settings}. */
    public VideoCodecSettings av1Settings(Value<Av1Settings> value) {
      return set("Av1Settings", value);
    }

    /**
     * The settings for the video codec in a frame capture output.
     *
     * <p>CloudFormation property {@code FrameCaptureSettings}.
     */
    public VideoCodecSettings frameCaptureSettings(Value<FrameCaptureSettings> value) {
      return set("FrameCaptureSettings", value);
    }

    /**
     * The settings for the H.264 codec in the output.
     *
     * <p>CloudFormation property {@code H264Settings}.
     */
    public VideoCodecSettings h264Settings(Value<H264Settings> value) {
      return set("H264Settings", value);
    }

    /**
     * Settings for video encoded with the H265 codec.
     *
     * <p>CloudFormation property {@code H265Settings}.
     */
    public VideoCodecSettings h265Settings(Value<H265Settings> value) {
      return set("H265Settings", value);
    }

    /**
     * Settings for video encoded with the MPEG-2 codec.
     *
     * <p>CloudFormation property {@code Mpeg2Settings}.
     */
    public VideoCodecSettings mpeg2Settings(Value<Mpeg2Settings> value) {
      return set("Mpeg2Settings", value);
    }
  }

  /**
   * Encoding information for one output video.
   *
   * <p>The parent of this entity is EncoderSettings.
   *
   * <p>Property type {@code AWS::MediaLive::Channel.VideoDescription}.
   */
  public static final class VideoDescription extends Struct<VideoDescription> {
    private static final Schema SCHEMA = Schema.of("AWS::MediaLive::Channel.VideoDescription");

    public VideoDescription() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code Border}. */
    public VideoDescription border(int value) {
      return set("Border", Value.of(value));
    }

    /** Sets {@code Border} to this value; see {@link #border(int)}. */
    public VideoDescription border(Value<Integer> value) {
      return set("Border", value);
    }

    /**
     * The video codec settings.
     *
     * <p>CloudFormation property {@code CodecSettings}.
     */
    public VideoDescription codecSettings(Value<VideoCodecSettings> value) {
      return set("CodecSettings", value);
    }

    /** CloudFormation property {@code CropRectangle}. */
    public VideoDescription cropRectangle(Value<VideoPositionRectangle> value) {
      return set("CropRectangle", value);
    }

    /**
     * The output video height, in pixels. This must be an even number. For most codecs, you can
     * keep this field and width blank in order to use the height and width (resolution) from the
     * source. Note that we don't recommend keeping the field blank. For the Frame Capture codec,
     * height and width are required.
     *
     * <p>CloudFormation property {@code Height}.
     */
    public VideoDescription height(int value) {
      return set("Height", Value.of(value));
    }

    /** Sets {@code Height} to this value; see {@link #height(int)}. */
    public VideoDescription height(Value<Integer> value) {
      return set("Height", value);
    }

    /**
     * The name of this VideoDescription. Outputs use this name to uniquely identify this
     * description. Description names should be unique within this channel.
     *
     * <p>CloudFormation property {@code Name}.
     */
    public VideoDescription name(String value) {
      return set("Name", Value.of(value));
    }

    /** Sets {@code Name} to this value; see {@link #name(String)}. */
    public VideoDescription name(Value<String> value) {
      return set("Name", value);
    }

    /** CloudFormation property {@code OutputPositionRectangle}. */
    public VideoDescription outputPositionRectangle(Value<VideoPositionRectangle> value) {
      return set("OutputPositionRectangle", value);
    }

    /**
     * Indicates how to respond to the AFD values in the input stream. RESPOND causes input video to
     * be clipped, depending on the AFD value, input display aspect ratio, and output display aspect
     * ratio, and (except for the FRAMECAPTURE codec) includes the values in the output. PASSTHROUGH
     * (does not apply to FRAMECAPTURE codec) ignores the AFD values and includes the values in the
     * output, so input video is not clipped. NONE ignores the AFD values and does not include the
     * values through to the output, so input video is not clipped.
     *
     * <p>CloudFormation property {@code RespondToAfd}.
     */
    public VideoDescription respondToAfd(String value) {
      return set("RespondToAfd", Value.of(value));
    }

    /** Sets {@code RespondToAfd} to this value; see {@link #respondToAfd(String)}. */
    public VideoDescription respondToAfd(Value<String> value) {
      return set("RespondToAfd", value);
    }

    /**
     * STRETCHTOOUTPUT configures the output position to stretch the video to the specified output
     * resolution (height and width). This option overrides any position value. DEFAULT might insert
     * black boxes (pillar boxes or letter boxes) around the video to provide the specified output
     * resolution.
     *
     * <p>CloudFormation property {@code ScalingBehavior}.
     */
    public VideoDescription scalingBehavior(String value) {
      return set("ScalingBehavior", Value.of(value));
    }

    /** Sets {@code ScalingBehavior} to this value; see {@link #scalingBehavior(String)}. */
    public VideoDescription scalingBehavior(Value<String> value) {
      return set("ScalingBehavior", value);
    }

    /**
     * Changes the strength of the anti-alias filter used for scaling. 0 is the softest setting, and
     * 100 is the sharpest. We recommend a setting of 50 for most content.
     *
     * <p>CloudFormation property {@code Sharpness}.
     */
    public VideoDescription sharpness(int value) {
      return set("Sharpness", Value.of(value));
    }

    /** Sets {@code Sharpness} to this value; see {@link #sharpness(int)}. */
    public VideoDescription sharpness(Value<Integer> value) {
      return set("Sharpness", value);
    }

    /**
     * The output video width, in pixels. It must be an even number. For most codecs, you can keep
     * this field and height blank in order to use the height and width (resolution) from the
     * source. Note that we don't recommend keeping the field blank. For the Frame Capture codec,
     * height and width are required.
     *
     * <p>CloudFormation property {@code Width}.
     */
    public VideoDescription width(int value) {
      return set("Width", Value.of(value));
    }

    /** Sets {@code Width} to this value; see {@link #width(int)}. */
    public VideoDescription width(Value<Integer> value) {
      return set("Width", value);
    }
  }

  /** Property type {@code AWS::MediaLive::Channel.VideoPositionRectangle}. */
  public static final class VideoPositionRectangle extends Struct<VideoPositionRectangle> {
    private static final Schema SCHEMA = Schema.of("AWS::MediaLive::Channel.VideoPositionRectangle");

    public VideoPositionRectangle() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code Height}. */
    public VideoPositionRectangle height(int value) {
      return set("Height", Value.of(value));
    }

    /** Sets {@code Height} to this value; see {@link #height(int)}. */
    public VideoPositionRectangle height(Value<Integer> value) {
      return set("Height", value);
    }

    /** CloudFormation property {@code Width}. */
    public VideoPositionRectangle width(int value) {
      return set("Width", Value.of(value));
    }

    /** Sets {@code Width} to this value; see {@link #width(int)}. */
    public VideoPositionRectangle width(Value<Integer> value) {
      return set("Width", value);
    }

    /** CloudFormation property {@code X}. */
    public VideoPositionRectangle x(int value) {
      return set("X", Value.of(value));
    }

    /** Sets {@code X} to this value; see {@link #x(int)}. */
    public VideoPositionRectangle x(Value<Integer> value) {
      return set("X", value);
    }

    /** CloudFormation property {@code Y}. */
    public VideoPositionRectangle y(int value) {
      return set("Y", Value.of(value));
    }

    /** Sets {@code Y} to this value; see {@link #y(int)}. */
    public VideoPositionRectangle y(Value<Integer> value) {
      return set("Y", value);
    }
  }

  /**
   * Information about the video to extract from the input. An input can contain only one video
   * selector.
   *
   * <p>The parent of this entity is InputSettings.
   *
   * <p>Property type {@code AWS::MediaLive::Channel.VideoSelector}.
   */
  public static final class VideoSelector extends Struct<VideoSelector> {
    private static final Schema SCHEMA = Schema.of("AWS::MediaLive::Channel.VideoSelector");

    public VideoSelector() {
      super(SCHEMA);
    }

    /**
     * Specifies the color space of an input. This setting works in tandem with colorSpaceConversion
     * to determine if MediaLive will perform any conversion.
     *
     * <p>CloudFormation property {@code ColorSpace}.
     */
    public VideoSelector colorSpace(String value) {
      return set("ColorSpace", Value.of(value));
    }

    /** Sets {@code ColorSpace} to this value; see {@link #colorSpace(String)}. */
    public VideoSelector colorSpace(Value<String> value) {
      return set("ColorSpace", value);
    }

    /**
     * Settings to configure color space settings in the incoming video.
     *
     * <p>CloudFormation property {@code ColorSpaceSettings}.
     */
    public VideoSelector colorSpaceSettings(Value<VideoSelectorColorSpaceSettings> value) {
      return set("ColorSpaceSettings", value);
    }

    /**
     * Applies only if colorSpace is a value other than Follow. This field controls how the value in
     * the colorSpace field is used. Fallback means that when the input does include color space
     * data, that data is used, but when the input has no color space data, the value in colorSpace
     * is used. Choose fallback if your input is sometimes missing color space data, but when it
     * does have color space data, that data is correct. Force means to always use the value in
     * colorSpace. Choose force if your input usually has no color space data or might have
     * unreliable color space data.
     *
     * <p>CloudFormation property {@code ColorSpaceUsage}.
     */
    public VideoSelector colorSpaceUsage(String value) {
      return set("ColorSpaceUsage", Value.of(value));
    }

    /** Sets {@code ColorSpaceUsage} to this value; see {@link #colorSpaceUsage(String)}. */
    public VideoSelector colorSpaceUsage(Value<String> value) {
      return set("ColorSpaceUsage", value);
    }

    /**
     * Information about the video to select from the content.
     *
     * <p>CloudFormation property {@code SelectorSettings}.
     */
    public VideoSelector selectorSettings(Value<VideoSelectorSettings> value) {
      return set("SelectorSettings", value);
    }
  }

  /**
   * Settings to configure color space settings in the incoming video.
   *
   * <p>The parent of this entity is VideoSelector.
   *
   * <p>Property type {@code AWS::MediaLive::Channel.VideoSelectorColorSpaceSettings}.
   */
  public static final class VideoSelectorColorSpaceSettings extends Struct<VideoSelectorColorSpaceSettings> {
    private static final Schema SCHEMA = Schema.of("AWS::MediaLive::Channel.VideoSelectorColorSpaceSettings");

    public VideoSelectorColorSpaceSettings() {
      super(SCHEMA);
    }

    /**
     * Settings to configure color space settings in the incoming video.
     *
     * <p>CloudFormation property {@code Hdr10Settings}.
     */
    public VideoSelectorColorSpaceSettings hdr10Settings(Value<Hdr10Settings> value) {
      return set("Hdr10Settings", value);
    }
  }

  /**
   * Selects a specific PID from within a video source.
   *
   * <p>The parent of this entity is VideoSelectorSettings.
   *
   * <p>Property type {@code AWS::MediaLive::Channel.VideoSelectorPid}.
   */
  public static final class VideoSelectorPid extends Struct<VideoSelectorPid> {
    private static final Schema SCHEMA = Schema.of("AWS::MediaLive::Channel.VideoSelectorPid");

    public VideoSelectorPid() {
      super(SCHEMA);
    }

    /**
     * Selects a specific PID from within a video source.
     *
     * <p>CloudFormation property {@code Pid}.
     */
    public VideoSelectorPid pid(int value) {
      return set("Pid", Value.of(value));
    }

    /** Sets {@code Pid} to this value; see {@link #pid(int)}. */
    public VideoSelectorPid pid(Value<Integer> value) {
      return set("Pid", value);
    }
  }

  /**
   * Used to extract video by the program ID.
   *
   * <p>The parent of this entity is VideoSelectorSettings.
   *
   * <p>Property type {@code AWS::MediaLive::Channel.VideoSelectorProgramId}.
   */
  public static final class VideoSelectorProgramId extends Struct<VideoSelectorProgramId> {
    private static final Schema SCHEMA = Schema.of("AWS::MediaLive::Channel.VideoSelectorProgramId");

    public VideoSelectorProgramId() {
      super(SCHEMA);
    }

    /**
     * Selects a specific program from within a multi-program transport stream. If the program
     * doesn't exist, MediaLive selects the first program within the transport stream by default.
     *
     * <p>CloudFormation property {@code ProgramId}.
     */
    public VideoSelectorProgramId programId(int value) {
      return set("ProgramId", Value.of(value));
    }

    /** Sets {@code ProgramId} to this value; see {@link #programId(int)}. */
    public VideoSelectorProgramId programId(Value<Integer> value) {
      return set("ProgramId", value);
    }
  }

  /**
   * Information about the video to extract from the input.
   *
   * <p>The parent of this entity is VideoSelector.
   *
   * <p>Property type {@code AWS::MediaLive::Channel.VideoSelectorSettings}.
   */
  public static final class VideoSelectorSettings extends Struct<VideoSelectorSettings> {
    private static final Schema SCHEMA = Schema.of("AWS::MediaLive::Channel.VideoSelectorSettings");

    public VideoSelectorSettings() {
      super(SCHEMA);
    }

    /**
     * Used to extract video by PID.
     *
     * <p>CloudFormation property {@code VideoSelectorPid}.
     */
    public VideoSelectorSettings videoSelectorPid(Value<VideoSelectorPid> value) {
      return set("VideoSelectorPid", value);
    }

    /**
     * Used to extract video by program ID.
     *
     * <p>CloudFormation property {@code VideoSelectorProgramId}.
     */
    public VideoSelectorSettings videoSelectorProgramId(Value<VideoSelectorProgramId> value) {
      return set("VideoSelectorProgramId", value);
    }
  }

  /**
   * Settings to enable VPC mode in the channel, so that the endpoints for all outputs are in your
   * VPC.
   *
   * <p>This entity is at the top level in the channel.
   *
   * <p>Property type {@code AWS::MediaLive::Channel.VpcOutputSettings}.
   */
  public static final class VpcOutputSettings extends Struct<VpcOutputSettings> {
    private static final Schema SCHEMA = Schema.builder("AWS::MediaLive::Channel.VpcOutputSettings")
        .constrain("SecurityGroupIds", Constraint.of().format("AWS::EC2::SecurityGroup.Id"))
        .build();

    public VpcOutputSettings() {
      super(SCHEMA);
    }

    /**
     * List of public address allocation IDs to associate with ENIs that will be created in Output
     * VPC. Must specify one for SINGLE_PIPELINE, two for STANDARD channels
     *
     * <p>CloudFormation property {@code PublicAddressAllocationIds}.
     */
    public VpcOutputSettings publicAddressAllocationIds(List<String> value) {
      return set("PublicAddressAllocationIds", Value.listOf(value));
    }

    /**
     * Sets {@code PublicAddressAllocationIds} to this value; see {@link
     * #publicAddressAllocationIds(List)}.
     */
    public VpcOutputSettings publicAddressAllocationIds(Value<List<String>> value) {
      return set("PublicAddressAllocationIds", value);
    }

    /**
     * A list of up to 5 EC2 VPC security group IDs to attach to the Output VPC network interfaces.
     * If none are specified then the VPC default security group will be used
     *
     * <p>Format: {@code AWS::EC2::SecurityGroup.Id}. CloudFormation property {@code
     * SecurityGroupIds}.
     */
    public VpcOutputSettings securityGroupIds(List<String> value) {
      return set("SecurityGroupIds", Value.listOf(value));
    }

    /** Sets {@code SecurityGroupIds} to this value; see {@link #securityGroupIds(List)}. */
    public VpcOutputSettings securityGroupIds(Value<List<String>> value) {
      return set("SecurityGroupIds", value);
    }

    /**
     * A list of VPC subnet IDs from the same VPC. If STANDARD channel, subnet IDs must be mapped to
     * two unique availability zones (AZ).
     *
     * <p>CloudFormation property {@code SubnetIds}.
     */
    public VpcOutputSettings subnetIds(List<String> value) {
      return set("SubnetIds", Value.listOf(value));
    }

    /** Sets {@code SubnetIds} to this value; see {@link #subnetIds(List)}. */
    public VpcOutputSettings subnetIds(Value<List<String>> value) {
      return set("SubnetIds", value);
    }
  }

  /**
   * The setup of WAV audio in the output.
   *
   * <p>The parent of this entity is AudioCodecSettings.
   *
   * <p>Property type {@code AWS::MediaLive::Channel.WavSettings}.
   */
  public static final class WavSettings extends Struct<WavSettings> {
    private static final Schema SCHEMA = Schema.of("AWS::MediaLive::Channel.WavSettings");

    public WavSettings() {
      super(SCHEMA);
    }

    /**
     * Bits per sample.
     *
     * <p>CloudFormation property {@code BitDepth}.
     */
    public WavSettings bitDepth(double value) {
      return set("BitDepth", Value.of(value));
    }

    /** Sets {@code BitDepth} to this value; see {@link #bitDepth(double)}. */
    public WavSettings bitDepth(Value<Double> value) {
      return set("BitDepth", value);
    }

    /**
     * The audio coding mode for the WAV audio. The mode determines the number of channels in the
     * audio.
     *
     * <p>CloudFormation property {@code CodingMode}.
     */
    public WavSettings codingMode(String value) {
      return set("CodingMode", Value.of(value));
    }

    /** Sets {@code CodingMode} to this value; see {@link #codingMode(String)}. */
    public WavSettings codingMode(Value<String> value) {
      return set("CodingMode", value);
    }

    /**
     * Sample rate in Hz.
     *
     * <p>CloudFormation property {@code SampleRate}.
     */
    public WavSettings sampleRate(double value) {
      return set("SampleRate", Value.of(value));
    }

    /** Sets {@code SampleRate} to this value; see {@link #sampleRate(double)}. */
    public WavSettings sampleRate(Value<Double> value) {
      return set("SampleRate", value);
    }
  }

  /**
   * The configuration of Web VTT captions in the output.
   *
   * <p>The parent of this entity is CaptionDestinationSettings.
   *
   * <p>Property type {@code AWS::MediaLive::Channel.WebvttDestinationSettings}.
   */
  public static final class WebvttDestinationSettings extends Struct<WebvttDestinationSettings> {
    private static final Schema SCHEMA = Schema.of("AWS::MediaLive::Channel.WebvttDestinationSettings");

    public WebvttDestinationSettings() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code Position}. */
    public WebvttDestinationSettings position(Value<TextCaptionPositionSettings> value) {
      return set("Position", value);
    }

    /**
     * Controls whether the color and position of the source captions is passed through to the
     * WebVTT output captions. PASSTHROUGH - Valid only if the source captions are EMBEDDED or
     * TELETEXT. NO_STYLE_DATA - Don't pass through the style. The output captions will not contain
     * any font styling information.
     *
     * <p>CloudFormation property {@code StyleControl}.
     */
    public WebvttDestinationSettings styleControl(String value) {
      return set("StyleControl", Value.of(value));
    }

    /** Sets {@code StyleControl} to this value; see {@link #styleControl(String)}. */
    public WebvttDestinationSettings styleControl(Value<String> value) {
      return set("StyleControl", value);
    }
  }
}
