// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.mediaconnect;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Json;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * The <code>AWS::MediaConnect::Flow</code> resource defines a connection between one or more video
 * sources and one or more outputs. For each flow, you specify the transport protocol to use,
 * encryption information, and details for any outputs or entitlements that you want. AWS Elemental
 * MediaConnect returns an ingest endpoint where you can send your live video as a single unicast
 * stream. The service replicates and distributes the video to every output that you specify,
 * whether inside or outside the AWS Cloud. You can also set up entitlements on a flow to allow
 * other AWS accounts to access your content.
 *
 * <p>CloudFormation type {@code AWS::MediaConnect::Flow}.
 */
public final class Flow extends Resource<Flow> {
  private static final Schema SCHEMA = Schema.builder("AWS::MediaConnect::Flow")
      .required("Name", "Source")
      .allowed("FlowSize", "MEDIUM", "LARGE", "LARGE_4X")
      .refYields("FlowArn")
      .attributes("EgressIp", "FlowArn", "FlowAvailabilityZone", "FlowNdiMachineName",
          "Source.IngestIp", "Source.SourceArn", "Source.SourceIngestPort")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public Flow(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The Availability Zone that you want to create the flow in. These options are limited to the
   * Availability Zones within the current AWS Region.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code AvailabilityZone}.
   */
  public Flow availabilityZone(String value) {
    return set("AvailabilityZone", Value.of(value));
  }

  /** Sets {@code AvailabilityZone} to this value; see {@link #availabilityZone(String)}. */
  public Flow availabilityZone(Value<String> value) {
    return set("AvailabilityZone", value);
  }

  /** CloudFormation property {@code EncodingConfig}. */
  public Flow encodingConfig(Value<EncodingConfig> value) {
    return set("EncodingConfig", value);
  }

  /**
   * Determines the processing capacity and feature set of the flow. Set this optional parameter to
   * LARGE if you want to enable NDI outputs on the flow.
   *
   * <p>Allowed values: {@code MEDIUM}, {@code LARGE}, {@code LARGE_4X}. CloudFormation property
   * {@code FlowSize}.
   */
  public Flow flowSize(String value) {
    return set("FlowSize", Value.of(value));
  }

  /** Sets {@code FlowSize} to this value; see {@link #flowSize(String)}. */
  public Flow flowSize(Value<String> value) {
    return set("FlowSize", value);
  }

  /**
   * The maintenance settings you want to use for the flow.
   *
   * <p>CloudFormation property {@code Maintenance}.
   */
  public Flow maintenance(Value<Maintenance> value) {
    return set("Maintenance", value);
  }

  /**
   * The media streams that are associated with the flow. After you associate a media stream with a
   * source, you can also associate it with outputs on the flow.
   *
   * <p>CloudFormation property {@code MediaStreams}.
   */
  public Flow mediaStreams(List<MediaStream> value) {
    return set("MediaStreams", Value.listOf(value));
  }

  /** Sets {@code MediaStreams} to this value; see {@link #mediaStreams(List)}. */
  public Flow mediaStreams(Value<List<MediaStream>> value) {
    return set("MediaStreams", value);
  }

  /** Sets {@code MediaStreams} to a list of these; see {@link #mediaStreams(List)}. */
  public Flow mediaStreams(MediaStream... values) {
    return set("MediaStreams", Value.list(values));
  }

  /**
   * The name of the flow.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code Name}.
   */
  public Flow name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public Flow name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * Specifies the configuration settings for NDI outputs. Required when the flow includes NDI
   * outputs.
   *
   * <p>CloudFormation property {@code NdiConfig}.
   */
  public Flow ndiConfig(Value<NdiConfig> value) {
    return set("NdiConfig", value);
  }

  /**
   * The settings for the source that you want to use for the new flow.
   *
   * <p>Required. CloudFormation property {@code Source}.
   */
  public Flow source(Value<Source> value) {
    return set("Source", value);
  }

  /**
   * The settings for source failover.
   *
   * <p>CloudFormation property {@code SourceFailoverConfig}.
   */
  public Flow sourceFailoverConfig(Value<FailoverConfig> value) {
    return set("SourceFailoverConfig", value);
  }

  /**
   * The settings for source monitoring.
   *
   * <p>CloudFormation property {@code SourceMonitoringConfig}.
   */
  public Flow sourceMonitoringConfig(Value<SourceMonitoringConfig> value) {
    return set("SourceMonitoringConfig", value);
  }

  /**
   * Key-value pairs that can be used to tag this flow.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public Flow tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public Flow tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public Flow tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The VPC Interfaces for this flow.
   *
   * <p>CloudFormation property {@code VpcInterfaces}.
   */
  public Flow vpcInterfaces(List<VpcInterface> value) {
    return set("VpcInterfaces", Value.listOf(value));
  }

  /** Sets {@code VpcInterfaces} to this value; see {@link #vpcInterfaces(List)}. */
  public Flow vpcInterfaces(Value<List<VpcInterface>> value) {
    return set("VpcInterfaces", value);
  }

  /** Sets {@code VpcInterfaces} to a list of these; see {@link #vpcInterfaces(List)}. */
  public Flow vpcInterfaces(VpcInterface... values) {
    return set("VpcInterfaces", Value.list(values));
  }

  /**
   * The IP address from which video will be sent to output destinations.
   *
   * <p>{@code Fn::GetAtt} attribute {@code EgressIp}.
   */
  public Value<String> egressIp() {
    return getAtt("EgressIp");
  }

  /**
   * The Amazon Resource Name (ARN) of the flow.
   *
   * <p>{@code Fn::GetAtt} attribute {@code FlowArn}.
   */
  public Value<String> flowArn() {
    return getAtt("FlowArn");
  }

  /**
   * The Availability Zone that the flow was created in. These options are limited to the
   * Availability Zones within the current AWS Region.
   *
   * <p>{@code Fn::GetAtt} attribute {@code FlowAvailabilityZone}.
   */
  public Value<String> flowAvailabilityZone() {
    return getAtt("FlowAvailabilityZone");
  }

  /**
   * This read-only value represents the automatically-generated NDI machine name that MediaConnect
   * generated for this flow. These NDI machine names are only generated when you don't specify your
   * own custom name.
   *
   * <p>{@code Fn::GetAtt} attribute {@code FlowNdiMachineName}.
   */
  public Value<String> flowNdiMachineName() {
    return getAtt("FlowNdiMachineName");
  }

  /**
   * The IP address that the flow listens on for incoming content.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Source.IngestIp}.
   */
  public Value<String> sourceIngestIp() {
    return getAtt("Source.IngestIp");
  }

  /**
   * The ARN of the source.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Source.SourceArn}.
   */
  public Value<String> sourceSourceArn() {
    return getAtt("Source.SourceArn");
  }

  /**
   * The port that the flow listens on for incoming content. If the protocol of the source is Zixi,
   * the port must be set to 2088.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Source.SourceIngestPort}.
   */
  public Value<String> sourceSourceIngestPort() {
    return getAtt("Source.SourceIngestPort");
  }

  /**
   * Specifies the configuration for audio stream metrics monitoring.
   *
   * <p>Property type {@code AWS::MediaConnect::Flow.AudioMonitoringSetting}.
   */
  public static final class AudioMonitoringSetting extends Struct<AudioMonitoringSetting> {
    private static final Schema SCHEMA = Schema.of("AWS::MediaConnect::Flow.AudioMonitoringSetting");

    public AudioMonitoringSetting() {
      super(SCHEMA);
    }

    /**
     * Detects periods of silence.
     *
     * <p>CloudFormation property {@code SilentAudio}.
     */
    public AudioMonitoringSetting silentAudio(Value<SilentAudio> value) {
      return set("SilentAudio", value);
    }
  }

  /**
   * Configures settings for the <code>BlackFrames</code> metric.
   *
   * <p>Property type {@code AWS::MediaConnect::Flow.BlackFrames}.
   */
  public static final class BlackFrames extends Struct<BlackFrames> {
    private static final Schema SCHEMA = Schema.builder("AWS::MediaConnect::Flow.BlackFrames")
        .allowed("State", "ENABLED", "DISABLED")
        .build();

    public BlackFrames() {
      super(SCHEMA);
    }

    /**
     * Indicates whether the <code>BlackFrames</code> metric is enabled or disabled..
     *
     * <p>Allowed values: {@code ENABLED}, {@code DISABLED}. CloudFormation property {@code State}.
     */
    public BlackFrames state(String value) {
      return set("State", Value.of(value));
    }

    /** Sets {@code State} to this value; see {@link #state(String)}. */
    public BlackFrames state(Value<String> value) {
      return set("State", value);
    }

    /**
     * Specifies the number of consecutive seconds of black frames that triggers an event or alert.
     *
     * <p>CloudFormation property {@code ThresholdSeconds}.
     */
    public BlackFrames thresholdSeconds(int value) {
      return set("ThresholdSeconds", Value.of(value));
    }

    /** Sets {@code ThresholdSeconds} to this value; see {@link #thresholdSeconds(int)}. */
    public BlackFrames thresholdSeconds(Value<Integer> value) {
      return set("ThresholdSeconds", value);
    }
  }

  /** Property type {@code AWS::MediaConnect::Flow.EncodingConfig}. */
  public static final class EncodingConfig extends Struct<EncodingConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::MediaConnect::Flow.EncodingConfig")
        .allowed("EncodingProfile", "DISTRIBUTION_H264_DEFAULT", "CONTRIBUTION_H264_DEFAULT")
        .build();

    public EncodingConfig() {
      super(SCHEMA);
    }

    /**
     * The encoding profile to use when transcoding the NDI source to a Transport Stream. You can
     * change this value while a flow is running.
     *
     * <p>Allowed values: {@code DISTRIBUTION_H264_DEFAULT}, {@code CONTRIBUTION_H264_DEFAULT}.
     * CloudFormation property {@code EncodingProfile}.
     */
    public EncodingConfig encodingProfile(String value) {
      return set("EncodingProfile", Value.of(value));
    }

    /** Sets {@code EncodingProfile} to this value; see {@link #encodingProfile(String)}. */
    public EncodingConfig encodingProfile(Value<String> value) {
      return set("EncodingProfile", value);
    }

    /**
     * The maximum video bitrate to use when transcoding the NDI source to a Transport Stream. This
     * parameter enables you to override the default video bitrate within the encoding profile's
     * supported range. The supported range is 10,000,000 - 50,000,000 bits per second (bps). If you
     * do not specify a value, MediaConnect uses the default value of 20,000,000 bps.
     *
     * <p>CloudFormation property {@code VideoMaxBitrate}.
     */
    public EncodingConfig videoMaxBitrate(int value) {
      return set("VideoMaxBitrate", Value.of(value));
    }

    /** Sets {@code VideoMaxBitrate} to this value; see {@link #videoMaxBitrate(int)}. */
    public EncodingConfig videoMaxBitrate(Value<Integer> value) {
      return set("VideoMaxBitrate", value);
    }
  }

  /**
   * Encryption information.
   *
   * <p>Property type {@code AWS::MediaConnect::Flow.Encryption}.
   */
  public static final class Encryption extends Struct<Encryption> {
    private static final Schema SCHEMA = Schema.builder("AWS::MediaConnect::Flow.Encryption")
        .required("RoleArn")
        .allowed("Algorithm", "aes128", "aes192", "aes256")
        .allowed("KeyType", "speke", "static-key", "srt-password")
        .constrain("RoleArn", Constraint.of().pattern("^arn:(aws[a-zA-Z-]*):iam::[0-9]{12}:role/[a-zA-Z0-9_+=,.@-]+$").format("AWS::IAM::Role.Arn"))
        .constrain("SecretArn", Constraint.of().pattern("^arn:(aws[a-zA-Z-]*):secretsmanager:[a-z0-9-]+:[0-9]{12}:secret:[a-zA-Z0-9/_+=.@-]+$"))
        .build();

    public Encryption() {
      super(SCHEMA);
    }

    /**
     * The type of algorithm that is used for static key encryption (such as aes128, aes192, or
     * aes256). If you are using SPEKE or SRT-password encryption, this property must be left blank.
     *
     * <p>Allowed values: {@code aes128}, {@code aes192}, {@code aes256}. CloudFormation property
     * {@code Algorithm}.
     */
    public Encryption algorithm(String value) {
      return set("Algorithm", Value.of(value));
    }

    /** Sets {@code Algorithm} to this value; see {@link #algorithm(String)}. */
    public Encryption algorithm(Value<String> value) {
      return set("Algorithm", value);
    }

    /**
     * A 128-bit, 16-byte hex value represented by a 32-character string, to be used with the key
     * for encrypting content. This parameter is not valid for static key encryption.
     *
     * <p>CloudFormation property {@code ConstantInitializationVector}.
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
     * The value of one of the devices that you configured with your digital rights management (DRM)
     * platform key provider. This parameter is required for SPEKE encryption and is not valid for
     * static key encryption.
     *
     * <p>CloudFormation property {@code DeviceId}.
     */
    public Encryption deviceId(String value) {
      return set("DeviceId", Value.of(value));
    }

    /** Sets {@code DeviceId} to this value; see {@link #deviceId(String)}. */
    public Encryption deviceId(Value<String> value) {
      return set("DeviceId", value);
    }

    /**
     * The type of key that is used for the encryption. If you don't specify a <code>keyType</code>
     * value, the service uses the default setting ( <code>static-key</code> ). Valid key types are:
     * <code>static-key</code> , <code>speke</code> , and <code>srt-password</code> .
     *
     * <p>Allowed values: {@code speke}, {@code static-key}, {@code srt-password}. Default: {@code
     * "static-key"}. CloudFormation property {@code KeyType}.
     */
    public Encryption keyType(String value) {
      return set("KeyType", Value.of(value));
    }

    /** Sets {@code KeyType} to this value; see {@link #keyType(String)}. */
    public Encryption keyType(Value<String> value) {
      return set("KeyType", value);
    }

    /**
     * The AWS Region that the API Gateway proxy endpoint was created in. This parameter is required
     * for SPEKE encryption and is not valid for static key encryption.
     *
     * <p>CloudFormation property {@code Region}.
     */
    public Encryption region(String value) {
      return set("Region", Value.of(value));
    }

    /** Sets {@code Region} to this value; see {@link #region(String)}. */
    public Encryption region(Value<String> value) {
      return set("Region", value);
    }

    /**
     * An identifier for the content. The service sends this value to the key server to identify the
     * current endpoint. The resource ID is also known as the content ID. This parameter is required
     * for SPEKE encryption and is not valid for static key encryption.
     *
     * <p>CloudFormation property {@code ResourceId}.
     */
    public Encryption resourceId(String value) {
      return set("ResourceId", Value.of(value));
    }

    /** Sets {@code ResourceId} to this value; see {@link #resourceId(String)}. */
    public Encryption resourceId(Value<String> value) {
      return set("ResourceId", value);
    }

    /**
     * The ARN of the role that you created during setup (when you set up MediaConnect as a trusted
     * entity).
     *
     * <p>Required. Pattern: {@code
     * ^arn:(aws[a-zA-Z-]*):iam::[0-9]{12}:role/[a-zA-Z0-9_+=,.&#64;-]+$}. Format: {@code
     * AWS::IAM::Role.Arn}. CloudFormation property {@code RoleArn}.
     */
    public Encryption roleArn(String value) {
      return set("RoleArn", Value.of(value));
    }

    /** Sets {@code RoleArn} to this value; see {@link #roleArn(String)}. */
    public Encryption roleArn(Value<String> value) {
      return set("RoleArn", value);
    }

    /**
     * The ARN of the secret that you created in AWS Secrets Manager to store the encryption key.
     * This parameter is required for static key encryption and is not valid for SPEKE encryption.
     *
     * <p>Pattern: {@code
     * ^arn:(aws[a-zA-Z-]*):secretsmanager:[a-z0-9-]+:[0-9]{12}:secret:[a-zA-Z0-9/_+=.&#64;-]+$}.
     * CloudFormation property {@code SecretArn}.
     */
    public Encryption secretArn(String value) {
      return set("SecretArn", Value.of(value));
    }

    /** Sets {@code SecretArn} to this value; see {@link #secretArn(String)}. */
    public Encryption secretArn(Value<String> value) {
      return set("SecretArn", value);
    }

    /**
     * The URL from the API Gateway proxy that you set up to talk to your key server. This parameter
     * is required for SPEKE encryption and is not valid for static key encryption.
     *
     * <p>CloudFormation property {@code Url}.
     */
    public Encryption url(String value) {
      return set("Url", Value.of(value));
    }

    /** Sets {@code Url} to this value; see {@link #url(String)}. */
    public Encryption url(Value<String> value) {
      return set("Url", value);
    }
  }

  /**
   * The settings for source failover.
   *
   * <p>Property type {@code AWS::MediaConnect::Flow.FailoverConfig}.
   */
  public static final class FailoverConfig extends Struct<FailoverConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::MediaConnect::Flow.FailoverConfig")
        .allowed("FailoverMode", "MERGE", "FAILOVER")
        .allowed("State", "ENABLED", "DISABLED")
        .build();

    public FailoverConfig() {
      super(SCHEMA);
    }

    /**
     * The type of failover you choose for this flow. MERGE combines the source streams into a
     * single stream, allowing graceful recovery from any single-source loss. FAILOVER allows
     * switching between different streams. The string for this property must be entered as MERGE or
     * FAILOVER. No other string entry is valid.
     *
     * <p>Allowed values: {@code MERGE}, {@code FAILOVER}. CloudFormation property {@code
     * FailoverMode}.
     */
    public FailoverConfig failoverMode(String value) {
      return set("FailoverMode", Value.of(value));
    }

    /** Sets {@code FailoverMode} to this value; see {@link #failoverMode(String)}. */
    public FailoverConfig failoverMode(Value<String> value) {
      return set("FailoverMode", value);
    }

    /**
     * Search window time to look for dash-7 packets.
     *
     * <p>CloudFormation property {@code RecoveryWindow}.
     */
    public FailoverConfig recoveryWindow(int value) {
      return set("RecoveryWindow", Value.of(value));
    }

    /** Sets {@code RecoveryWindow} to this value; see {@link #recoveryWindow(int)}. */
    public FailoverConfig recoveryWindow(Value<Integer> value) {
      return set("RecoveryWindow", value);
    }

    /**
     * The priority you want to assign to a source. You can have a primary stream and a backup
     * stream or two equally prioritized streams.
     *
     * <p>CloudFormation property {@code SourcePriority}.
     */
    public FailoverConfig sourcePriority(Value<SourcePriority> value) {
      return set("SourcePriority", value);
    }

    /**
     * The state of source failover on the flow. If the state is inactive, the flow can have only
     * one source. If the state is active, the flow can have one or two sources.
     *
     * <p>Allowed values: {@code ENABLED}, {@code DISABLED}. CloudFormation property {@code State}.
     */
    public FailoverConfig state(String value) {
      return set("State", Value.of(value));
    }

    /** Sets {@code State} to this value; see {@link #state(String)}. */
    public FailoverConfig state(Value<String> value) {
      return set("State", value);
    }
  }

  /**
   * The configuration that defines how content is encrypted during transit between the MediaConnect
   * router and a MediaConnect flow.
   *
   * <p>Property type {@code AWS::MediaConnect::Flow.FlowTransitEncryption}.
   */
  public static final class FlowTransitEncryption extends Struct<FlowTransitEncryption> {
    private static final Schema SCHEMA = Schema.builder("AWS::MediaConnect::Flow.FlowTransitEncryption")
        .required("EncryptionKeyConfiguration")
        .allowed("EncryptionKeyType", "SECRETS_MANAGER", "AUTOMATIC")
        .build();

    public FlowTransitEncryption() {
      super(SCHEMA);
    }

    /**
     * Configuration settings for flow transit encryption keys.
     *
     * <p>Required. CloudFormation property {@code EncryptionKeyConfiguration}.
     */
    public FlowTransitEncryption encryptionKeyConfiguration(Value<FlowTransitEncryptionKeyConfiguration> value) {
      return set("EncryptionKeyConfiguration", value);
    }

    /**
     * Allowed values: {@code SECRETS_MANAGER}, {@code AUTOMATIC}. CloudFormation property {@code
     * EncryptionKeyType}.
     */
    public FlowTransitEncryption encryptionKeyType(String value) {
      return set("EncryptionKeyType", Value.of(value));
    }

    /** Sets {@code EncryptionKeyType} to this value; see {@link #encryptionKeyType(String)}. */
    public FlowTransitEncryption encryptionKeyType(Value<String> value) {
      return set("EncryptionKeyType", value);
    }
  }

  /** Property type {@code AWS::MediaConnect::Flow.FlowTransitEncryptionKeyConfiguration}. */
  public static final class FlowTransitEncryptionKeyConfiguration extends Struct<FlowTransitEncryptionKeyConfiguration> {
    private static final Schema SCHEMA = Schema.of("AWS::MediaConnect::Flow.FlowTransitEncryptionKeyConfiguration");

    public FlowTransitEncryptionKeyConfiguration() {
      super(SCHEMA);
    }

    /**
     * Configuration settings for automatic encryption key management, where MediaConnect handles
     * key creation and rotation.
     *
     * <p>CloudFormation property {@code Automatic}.
     */
    public FlowTransitEncryptionKeyConfiguration automatic(Value<Json> value) {
      return set("Automatic", value);
    }

    /**
     * The configuration settings for transit encryption of a flow source using AWS Secrets Manager,
     * including the secret ARN and role ARN.
     *
     * <p>CloudFormation property {@code SecretsManager}.
     */
    public FlowTransitEncryptionKeyConfiguration secretsManager(Value<SecretsManagerEncryptionKeyConfiguration> value) {
      return set("SecretsManager", value);
    }
  }

  /**
   * A set of parameters that define the media stream.
   *
   * <p>Property type {@code AWS::MediaConnect::Flow.Fmtp}.
   */
  public static final class Fmtp extends Struct<Fmtp> {
    private static final Schema SCHEMA = Schema.builder("AWS::MediaConnect::Flow.Fmtp")
        .allowed("Colorimetry", "BT601", "BT709", "BT2020", "BT2100", "ST2065-1", "ST2065-3", "XYZ")
        .allowed("Range", "NARROW", "FULL", "FULLPROTECT")
        .allowed("ScanMode", "progressive", "interlace", "progressive-segmented-frame")
        .allowed("Tcs", "SDR", "PQ", "HLG", "LINEAR", "BT2100LINPQ", "BT2100LINHLG", "ST2065-1",
            "ST428-1", "DENSITY")
        .build();

    public Fmtp() {
      super(SCHEMA);
    }

    /**
     * The format of the audio channel.
     *
     * <p>CloudFormation property {@code ChannelOrder}.
     */
    public Fmtp channelOrder(String value) {
      return set("ChannelOrder", Value.of(value));
    }

    /** Sets {@code ChannelOrder} to this value; see {@link #channelOrder(String)}. */
    public Fmtp channelOrder(Value<String> value) {
      return set("ChannelOrder", value);
    }

    /**
     * The format used for the representation of color.
     *
     * <p>Allowed values: {@code BT601}, {@code BT709}, {@code BT2020}, {@code BT2100}, {@code
     * ST2065-1}, {@code ST2065-3}, {@code XYZ}. CloudFormation property {@code Colorimetry}.
     */
    public Fmtp colorimetry(String value) {
      return set("Colorimetry", Value.of(value));
    }

    /** Sets {@code Colorimetry} to this value; see {@link #colorimetry(String)}. */
    public Fmtp colorimetry(Value<String> value) {
      return set("Colorimetry", value);
    }

    /**
     * The frame rate for the video stream, in frames/second. For example: 60000/1001.
     *
     * <p>CloudFormation property {@code ExactFramerate}.
     */
    public Fmtp exactFramerate(String value) {
      return set("ExactFramerate", Value.of(value));
    }

    /** Sets {@code ExactFramerate} to this value; see {@link #exactFramerate(String)}. */
    public Fmtp exactFramerate(Value<String> value) {
      return set("ExactFramerate", value);
    }

    /**
     * The pixel aspect ratio (PAR) of the video.
     *
     * <p>CloudFormation property {@code Par}.
     */
    public Fmtp par(String value) {
      return set("Par", Value.of(value));
    }

    /** Sets {@code Par} to this value; see {@link #par(String)}. */
    public Fmtp par(Value<String> value) {
      return set("Par", value);
    }

    /**
     * The encoding range of the video.
     *
     * <p>Allowed values: {@code NARROW}, {@code FULL}, {@code FULLPROTECT}. CloudFormation property
     * {@code Range}.
     */
    public Fmtp range(String value) {
      return set("Range", Value.of(value));
    }

    /** Sets {@code Range} to this value; see {@link #range(String)}. */
    public Fmtp range(Value<String> value) {
      return set("Range", value);
    }

    /**
     * The type of compression that was used to smooth the video’s appearance.
     *
     * <p>Allowed values: {@code progressive}, {@code interlace}, {@code
     * progressive-segmented-frame}. CloudFormation property {@code ScanMode}.
     */
    public Fmtp scanMode(String value) {
      return set("ScanMode", Value.of(value));
    }

    /** Sets {@code ScanMode} to this value; see {@link #scanMode(String)}. */
    public Fmtp scanMode(Value<String> value) {
      return set("ScanMode", value);
    }

    /**
     * The transfer characteristic system (TCS) that is used in the video.
     *
     * <p>Allowed values: {@code SDR}, {@code PQ}, {@code HLG}, {@code LINEAR}, {@code BT2100LINPQ},
     * {@code BT2100LINHLG}, {@code ST2065-1}, {@code ST428-1}, {@code DENSITY}. CloudFormation
     * property {@code Tcs}.
     */
    public Fmtp tcs(String value) {
      return set("Tcs", Value.of(value));
    }

    /** Sets {@code Tcs} to this value; see {@link #tcs(String)}. */
    public Fmtp tcs(Value<String> value) {
      return set("Tcs", value);
    }
  }

  /**
   * Configures settings for the <code>FrozenFrames</code> metric.
   *
   * <p>Property type {@code AWS::MediaConnect::Flow.FrozenFrames}.
   */
  public static final class FrozenFrames extends Struct<FrozenFrames> {
    private static final Schema SCHEMA = Schema.builder("AWS::MediaConnect::Flow.FrozenFrames")
        .allowed("State", "ENABLED", "DISABLED")
        .build();

    public FrozenFrames() {
      super(SCHEMA);
    }

    /**
     * Indicates whether the <code>FrozenFrames</code> metric is enabled or disabled.
     *
     * <p>Allowed values: {@code ENABLED}, {@code DISABLED}. CloudFormation property {@code State}.
     */
    public FrozenFrames state(String value) {
      return set("State", Value.of(value));
    }

    /** Sets {@code State} to this value; see {@link #state(String)}. */
    public FrozenFrames state(Value<String> value) {
      return set("State", value);
    }

    /**
     * Specifies the number of consecutive seconds of a static image that triggers an event or
     * alert.
     *
     * <p>CloudFormation property {@code ThresholdSeconds}.
     */
    public FrozenFrames thresholdSeconds(int value) {
      return set("ThresholdSeconds", Value.of(value));
    }

    /** Sets {@code ThresholdSeconds} to this value; see {@link #thresholdSeconds(int)}. */
    public FrozenFrames thresholdSeconds(Value<Integer> value) {
      return set("ThresholdSeconds", value);
    }
  }

  /**
   * The source configuration for cloud flows receiving a stream from a bridge.
   *
   * <p>Property type {@code AWS::MediaConnect::Flow.GatewayBridgeSource}.
   */
  public static final class GatewayBridgeSource extends Struct<GatewayBridgeSource> {
    private static final Schema SCHEMA = Schema.builder("AWS::MediaConnect::Flow.GatewayBridgeSource")
        .required("BridgeArn")
        .constrain("BridgeArn", Constraint.of().pattern("^arn:(aws[a-zA-Z-]*):mediaconnect:[a-z0-9-]+:[0-9]{12}:bridge:[a-zA-Z0-9-]+:[a-zA-Z0-9_-]+$"))
        .build();

    public GatewayBridgeSource() {
      super(SCHEMA);
    }

    /**
     * The ARN of the bridge feeding this flow.
     *
     * <p>Required. Pattern: {@code
     * ^arn:(aws[a-zA-Z-]*):mediaconnect:[a-z0-9-]+:[0-9]{12}:bridge:[a-zA-Z0-9-]+:[a-zA-Z0-9_-]+$}.
     * CloudFormation property {@code BridgeArn}.
     */
    public GatewayBridgeSource bridgeArn(String value) {
      return set("BridgeArn", Value.of(value));
    }

    /** Sets {@code BridgeArn} to this value; see {@link #bridgeArn(String)}. */
    public GatewayBridgeSource bridgeArn(Value<String> value) {
      return set("BridgeArn", value);
    }

    /**
     * The name of the VPC interface attachment to use for this bridge source.
     *
     * <p>CloudFormation property {@code VpcInterfaceAttachment}.
     */
    public GatewayBridgeSource vpcInterfaceAttachment(Value<VpcInterfaceAttachment> value) {
      return set("VpcInterfaceAttachment", value);
    }
  }

  /**
   * The transport parameters that are associated with an incoming media stream.
   *
   * <p>Property type {@code AWS::MediaConnect::Flow.InputConfiguration}.
   */
  public static final class InputConfiguration extends Struct<InputConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::MediaConnect::Flow.InputConfiguration")
        .required("InputPort", "Interface")
        .build();

    public InputConfiguration() {
      super(SCHEMA);
    }

    /**
     * The port that the flow listens on for an incoming media stream.
     *
     * <p>Required. CloudFormation property {@code InputPort}.
     */
    public InputConfiguration inputPort(int value) {
      return set("InputPort", Value.of(value));
    }

    /** Sets {@code InputPort} to this value; see {@link #inputPort(int)}. */
    public InputConfiguration inputPort(Value<Integer> value) {
      return set("InputPort", value);
    }

    /**
     * The VPC interface where the media stream comes in from.
     *
     * <p>Required. CloudFormation property {@code Interface}.
     */
    public InputConfiguration interfaceProperty(Value<Interface> value) {
      return set("Interface", value);
    }
  }

  /**
   * The VPC interface that is used for the media stream associated with the source or output.
   *
   * <p>Property type {@code AWS::MediaConnect::Flow.Interface}.
   */
  public static final class Interface extends Struct<Interface> {
    private static final Schema SCHEMA = Schema.builder("AWS::MediaConnect::Flow.Interface")
        .required("Name")
        .build();

    public Interface() {
      super(SCHEMA);
    }

    /**
     * The name of the VPC interface.
     *
     * <p>Required. CloudFormation property {@code Name}.
     */
    public Interface name(String value) {
      return set("Name", Value.of(value));
    }

    /** Sets {@code Name} to this value; see {@link #name(String)}. */
    public Interface name(Value<String> value) {
      return set("Name", value);
    }
  }

  /**
   * The maintenance setting of a flow.
   *
   * <p>Property type {@code AWS::MediaConnect::Flow.Maintenance}.
   */
  public static final class Maintenance extends Struct<Maintenance> {
    private static final Schema SCHEMA = Schema.builder("AWS::MediaConnect::Flow.Maintenance")
        .required("MaintenanceDay", "MaintenanceStartHour")
        .allowed("MaintenanceDay", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
            "Saturday", "Sunday")
        .build();

    public Maintenance() {
      super(SCHEMA);
    }

    /**
     * A day of a week when the maintenance will happen. Use
     * Monday/Tuesday/Wednesday/Thursday/Friday/Saturday/Sunday.
     *
     * <p>Required. Allowed values: {@code Monday}, {@code Tuesday}, {@code Wednesday}, {@code
     * Thursday}, {@code Friday}, {@code Saturday}, {@code Sunday}. CloudFormation property {@code
     * MaintenanceDay}.
     */
    public Maintenance maintenanceDay(String value) {
      return set("MaintenanceDay", Value.of(value));
    }

    /** Sets {@code MaintenanceDay} to this value; see {@link #maintenanceDay(String)}. */
    public Maintenance maintenanceDay(Value<String> value) {
      return set("MaintenanceDay", value);
    }

    /**
     * UTC time when the maintenance will happen. Use 24-hour HH:MM format. Minutes must be 00.
     * Example: 13:00. The default value is 02:00.
     *
     * <p>Required. CloudFormation property {@code MaintenanceStartHour}.
     */
    public Maintenance maintenanceStartHour(String value) {
      return set("MaintenanceStartHour", Value.of(value));
    }

    /**
     * Sets {@code MaintenanceStartHour} to this value; see {@link #maintenanceStartHour(String)}.
     */
    public Maintenance maintenanceStartHour(Value<String> value) {
      return set("MaintenanceStartHour", value);
    }
  }

  /**
   * A media stream represents one component of your content, such as video, audio, or ancillary
   * data. After you add a media stream to your flow, you can associate it with sources and outputs
   * that use the ST 2110 JPEG XS or CDI protocol.
   *
   * <p>Property type {@code AWS::MediaConnect::Flow.MediaStream}.
   */
  public static final class MediaStream extends Struct<MediaStream> {
    private static final Schema SCHEMA = Schema.builder("AWS::MediaConnect::Flow.MediaStream")
        .required("MediaStreamId", "MediaStreamName", "MediaStreamType")
        .allowed("MediaStreamType", "video", "audio", "ancillary-data")
        .allowed("VideoFormat", "2160p", "1080p", "1080i", "720p", "480p")
        .build();

    public MediaStream() {
      super(SCHEMA);
    }

    /**
     * Attributes that are related to the media stream.
     *
     * <p>CloudFormation property {@code Attributes}.
     */
    public MediaStream attributes(Value<MediaStreamAttributes> value) {
      return set("Attributes", value);
    }

    /**
     * The sample rate for the stream. This value is measured in Hz.
     *
     * <p>CloudFormation property {@code ClockRate}.
     */
    public MediaStream clockRate(int value) {
      return set("ClockRate", Value.of(value));
    }

    /** Sets {@code ClockRate} to this value; see {@link #clockRate(int)}. */
    public MediaStream clockRate(Value<Integer> value) {
      return set("ClockRate", value);
    }

    /**
     * A description that can help you quickly identify what your media stream is used for.
     *
     * <p>CloudFormation property {@code Description}.
     */
    public MediaStream description(String value) {
      return set("Description", Value.of(value));
    }

    /** Sets {@code Description} to this value; see {@link #description(String)}. */
    public MediaStream description(Value<String> value) {
      return set("Description", value);
    }

    /**
     * The format type number (sometimes referred to as RTP payload type) of the media stream.
     * MediaConnect assigns this value to the media stream. For ST 2110 JPEG XS outputs, you need to
     * provide this value to the receiver.
     *
     * <p>CloudFormation property {@code Fmt}.
     */
    public MediaStream fmt(int value) {
      return set("Fmt", Value.of(value));
    }

    /** Sets {@code Fmt} to this value; see {@link #fmt(int)}. */
    public MediaStream fmt(Value<Integer> value) {
      return set("Fmt", value);
    }

    /**
     * A unique identifier for the media stream.
     *
     * <p>Required. CloudFormation property {@code MediaStreamId}.
     */
    public MediaStream mediaStreamId(int value) {
      return set("MediaStreamId", Value.of(value));
    }

    /** Sets {@code MediaStreamId} to this value; see {@link #mediaStreamId(int)}. */
    public MediaStream mediaStreamId(Value<Integer> value) {
      return set("MediaStreamId", value);
    }

    /**
     * A name that helps you distinguish one media stream from another.
     *
     * <p>Required. CloudFormation property {@code MediaStreamName}.
     */
    public MediaStream mediaStreamName(String value) {
      return set("MediaStreamName", Value.of(value));
    }

    /** Sets {@code MediaStreamName} to this value; see {@link #mediaStreamName(String)}. */
    public MediaStream mediaStreamName(Value<String> value) {
      return set("MediaStreamName", value);
    }

    /**
     * The type of media stream.
     *
     * <p>Required. Allowed values: {@code video}, {@code audio}, {@code ancillary-data}.
     * CloudFormation property {@code MediaStreamType}.
     */
    public MediaStream mediaStreamType(String value) {
      return set("MediaStreamType", Value.of(value));
    }

    /** Sets {@code MediaStreamType} to this value; see {@link #mediaStreamType(String)}. */
    public MediaStream mediaStreamType(Value<String> value) {
      return set("MediaStreamType", value);
    }

    /**
     * Key-value pairs that can be used to tag this media stream.
     *
     * <p>CloudFormation property {@code Tags}.
     */
    public MediaStream tags(List<Tag> value) {
      return set("Tags", Value.listOf(value));
    }

    /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
    public MediaStream tags(Value<List<Tag>> value) {
      return set("Tags", value);
    }

    /**
     * The resolution of the video.
     *
     * <p>Allowed values: {@code 2160p}, {@code 1080p}, {@code 1080i}, {@code 720p}, {@code 480p}.
     * CloudFormation property {@code VideoFormat}.
     */
    public MediaStream videoFormat(String value) {
      return set("VideoFormat", Value.of(value));
    }

    /** Sets {@code VideoFormat} to this value; see {@link #videoFormat(String)}. */
    public MediaStream videoFormat(Value<String> value) {
      return set("VideoFormat", value);
    }
  }

  /**
   * Attributes that are related to the media stream.
   *
   * <p>Property type {@code AWS::MediaConnect::Flow.MediaStreamAttributes}.
   */
  public static final class MediaStreamAttributes extends Struct<MediaStreamAttributes> {
    private static final Schema SCHEMA = Schema.of("AWS::MediaConnect::Flow.MediaStreamAttributes");

    public MediaStreamAttributes() {
      super(SCHEMA);
    }

    /**
     * The settings that you want to use to define the media stream.
     *
     * <p>CloudFormation property {@code Fmtp}.
     */
    public MediaStreamAttributes fmtp(Value<Fmtp> value) {
      return set("Fmtp", value);
    }

    /**
     * The audio language, in a format that is recognized by the receiver.
     *
     * <p>CloudFormation property {@code Lang}.
     */
    public MediaStreamAttributes lang(String value) {
      return set("Lang", Value.of(value));
    }

    /** Sets {@code Lang} to this value; see {@link #lang(String)}. */
    public MediaStreamAttributes lang(Value<String> value) {
      return set("Lang", value);
    }
  }

  /**
   * The media stream that is associated with the source, and the parameters for that association.
   *
   * <p>Property type {@code AWS::MediaConnect::Flow.MediaStreamSourceConfiguration}.
   */
  public static final class MediaStreamSourceConfiguration extends Struct<MediaStreamSourceConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::MediaConnect::Flow.MediaStreamSourceConfiguration")
        .required("EncodingName", "MediaStreamName")
        .allowed("EncodingName", "jxsv", "raw", "smpte291", "pcm")
        .build();

    public MediaStreamSourceConfiguration() {
      super(SCHEMA);
    }

    /**
     * The format that was used to encode the data. For ancillary data streams, set the encoding
     * name to smpte291. For audio streams, set the encoding name to pcm. For video, 2110 streams,
     * set the encoding name to raw. For video, JPEG XS streams, set the encoding name to jxsv.
     *
     * <p>Required. Allowed values: {@code jxsv}, {@code raw}, {@code smpte291}, {@code pcm}.
     * CloudFormation property {@code EncodingName}.
     */
    public MediaStreamSourceConfiguration encodingName(String value) {
      return set("EncodingName", Value.of(value));
    }

    /** Sets {@code EncodingName} to this value; see {@link #encodingName(String)}. */
    public MediaStreamSourceConfiguration encodingName(Value<String> value) {
      return set("EncodingName", value);
    }

    /**
     * The media streams that you want to associate with the source.
     *
     * <p>CloudFormation property {@code InputConfigurations}.
     */
    public MediaStreamSourceConfiguration inputConfigurations(List<InputConfiguration> value) {
      return set("InputConfigurations", Value.listOf(value));
    }

    /** Sets {@code InputConfigurations} to this value; see {@link #inputConfigurations(List)}. */
    public MediaStreamSourceConfiguration inputConfigurations(Value<List<InputConfiguration>> value) {
      return set("InputConfigurations", value);
    }

    /**
     * Sets {@code InputConfigurations} to a list of these; see {@link #inputConfigurations(List)}.
     */
    public MediaStreamSourceConfiguration inputConfigurations(InputConfiguration... values) {
      return set("InputConfigurations", Value.list(values));
    }

    /**
     * A name that helps you distinguish one media stream from another.
     *
     * <p>Required. CloudFormation property {@code MediaStreamName}.
     */
    public MediaStreamSourceConfiguration mediaStreamName(String value) {
      return set("MediaStreamName", Value.of(value));
    }

    /** Sets {@code MediaStreamName} to this value; see {@link #mediaStreamName(String)}. */
    public MediaStreamSourceConfiguration mediaStreamName(Value<String> value) {
      return set("MediaStreamName", value);
    }
  }

  /**
   * Specifies the configuration settings for NDI outputs. Required when the flow includes NDI
   * outputs.
   *
   * <p>Property type {@code AWS::MediaConnect::Flow.NdiConfig}.
   */
  public static final class NdiConfig extends Struct<NdiConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::MediaConnect::Flow.NdiConfig")
        .allowed("NdiState", "ENABLED", "DISABLED")
        .build();

    public NdiConfig() {
      super(SCHEMA);
    }

    /**
     * A prefix for the names of the NDI sources that the flow creates. If a custom name isn't
     * specified, MediaConnect generates a unique 12-character ID as the prefix.
     *
     * <p>CloudFormation property {@code MachineName}.
     */
    public NdiConfig machineName(String value) {
      return set("MachineName", Value.of(value));
    }

    /** Sets {@code MachineName} to this value; see {@link #machineName(String)}. */
    public NdiConfig machineName(Value<String> value) {
      return set("MachineName", value);
    }

    /**
     * A list of up to three NDI discovery server configurations. While not required by the API,
     * this configuration is necessary for NDI functionality to work properly.
     *
     * <p>CloudFormation property {@code NdiDiscoveryServers}.
     */
    public NdiConfig ndiDiscoveryServers(List<NdiDiscoveryServerConfig> value) {
      return set("NdiDiscoveryServers", Value.listOf(value));
    }

    /** Sets {@code NdiDiscoveryServers} to this value; see {@link #ndiDiscoveryServers(List)}. */
    public NdiConfig ndiDiscoveryServers(Value<List<NdiDiscoveryServerConfig>> value) {
      return set("NdiDiscoveryServers", value);
    }

    /**
     * Sets {@code NdiDiscoveryServers} to a list of these; see {@link #ndiDiscoveryServers(List)}.
     */
    public NdiConfig ndiDiscoveryServers(NdiDiscoveryServerConfig... values) {
      return set("NdiDiscoveryServers", Value.list(values));
    }

    /**
     * A setting that controls whether NDI outputs can be used in the flow. Must be ENABLED to add
     * NDI outputs. Default is DISABLED.
     *
     * <p>Allowed values: {@code ENABLED}, {@code DISABLED}. CloudFormation property {@code
     * NdiState}.
     */
    public NdiConfig ndiState(String value) {
      return set("NdiState", Value.of(value));
    }

    /** Sets {@code NdiState} to this value; see {@link #ndiState(String)}. */
    public NdiConfig ndiState(Value<String> value) {
      return set("NdiState", value);
    }
  }

  /**
   * Specifies the configuration settings for individual NDI discovery servers. A maximum of 3
   * servers is allowed.
   *
   * <p>Property type {@code AWS::MediaConnect::Flow.NdiDiscoveryServerConfig}.
   */
  public static final class NdiDiscoveryServerConfig extends Struct<NdiDiscoveryServerConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::MediaConnect::Flow.NdiDiscoveryServerConfig")
        .required("DiscoveryServerAddress", "VpcInterfaceAdapter")
        .build();

    public NdiDiscoveryServerConfig() {
      super(SCHEMA);
    }

    /**
     * The unique network address of the NDI discovery server.
     *
     * <p>Required. CloudFormation property {@code DiscoveryServerAddress}.
     */
    public NdiDiscoveryServerConfig discoveryServerAddress(String value) {
      return set("DiscoveryServerAddress", Value.of(value));
    }

    /**
     * Sets {@code DiscoveryServerAddress} to this value; see {@link
     * #discoveryServerAddress(String)}.
     */
    public NdiDiscoveryServerConfig discoveryServerAddress(Value<String> value) {
      return set("DiscoveryServerAddress", value);
    }

    /**
     * The port for the NDI discovery server. Defaults to 5959 if a custom port isn't specified.
     *
     * <p>CloudFormation property {@code DiscoveryServerPort}.
     */
    public NdiDiscoveryServerConfig discoveryServerPort(int value) {
      return set("DiscoveryServerPort", Value.of(value));
    }

    /** Sets {@code DiscoveryServerPort} to this value; see {@link #discoveryServerPort(int)}. */
    public NdiDiscoveryServerConfig discoveryServerPort(Value<Integer> value) {
      return set("DiscoveryServerPort", value);
    }

    /**
     * The identifier for the Virtual Private Cloud (VPC) network interface used by the flow.
     *
     * <p>Required. CloudFormation property {@code VpcInterfaceAdapter}.
     */
    public NdiDiscoveryServerConfig vpcInterfaceAdapter(String value) {
      return set("VpcInterfaceAdapter", Value.of(value));
    }

    /** Sets {@code VpcInterfaceAdapter} to this value; see {@link #vpcInterfaceAdapter(String)}. */
    public NdiDiscoveryServerConfig vpcInterfaceAdapter(Value<String> value) {
      return set("VpcInterfaceAdapter", value);
    }
  }

  /** Property type {@code AWS::MediaConnect::Flow.NdiSourceSettings}. */
  public static final class NdiSourceSettings extends Struct<NdiSourceSettings> {
    private static final Schema SCHEMA = Schema.of("AWS::MediaConnect::Flow.NdiSourceSettings");

    public NdiSourceSettings() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code SourceName}. */
    public NdiSourceSettings sourceName(String value) {
      return set("SourceName", Value.of(value));
    }

    /** Sets {@code SourceName} to this value; see {@link #sourceName(String)}. */
    public NdiSourceSettings sourceName(Value<String> value) {
      return set("SourceName", value);
    }
  }

  /**
   * The configuration settings for transit encryption of a flow source using AWS Secrets Manager,
   * including the secret ARN and role ARN.
   *
   * <p>Property type {@code AWS::MediaConnect::Flow.SecretsManagerEncryptionKeyConfiguration}.
   */
  public static final class SecretsManagerEncryptionKeyConfiguration extends Struct<SecretsManagerEncryptionKeyConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::MediaConnect::Flow.SecretsManagerEncryptionKeyConfiguration")
        .required("RoleArn", "SecretArn")
        .build();

    public SecretsManagerEncryptionKeyConfiguration() {
      super(SCHEMA);
    }

    /**
     * The ARN of the IAM role used for transit encryption from the router output using AWS Secrets
     * Manager.
     *
     * <p>Required. CloudFormation property {@code RoleArn}.
     */
    public SecretsManagerEncryptionKeyConfiguration roleArn(String value) {
      return set("RoleArn", Value.of(value));
    }

    /** Sets {@code RoleArn} to this value; see {@link #roleArn(String)}. */
    public SecretsManagerEncryptionKeyConfiguration roleArn(Value<String> value) {
      return set("RoleArn", value);
    }

    /**
     * The ARN of the AWS Secrets Manager secret used for transit encryption from the router output.
     *
     * <p>Required. CloudFormation property {@code SecretArn}.
     */
    public SecretsManagerEncryptionKeyConfiguration secretArn(String value) {
      return set("SecretArn", Value.of(value));
    }

    /** Sets {@code SecretArn} to this value; see {@link #secretArn(String)}. */
    public SecretsManagerEncryptionKeyConfiguration secretArn(Value<String> value) {
      return set("SecretArn", value);
    }
  }

  /**
   * Configures settings for the <code>SilentAudio</code> metric.
   *
   * <p>Property type {@code AWS::MediaConnect::Flow.SilentAudio}.
   */
  public static final class SilentAudio extends Struct<SilentAudio> {
    private static final Schema SCHEMA = Schema.builder("AWS::MediaConnect::Flow.SilentAudio")
        .allowed("State", "ENABLED", "DISABLED")
        .build();

    public SilentAudio() {
      super(SCHEMA);
    }

    /**
     * Indicates whether the <code>SilentAudio</code> metric is enabled or disabled.
     *
     * <p>Allowed values: {@code ENABLED}, {@code DISABLED}. CloudFormation property {@code State}.
     */
    public SilentAudio state(String value) {
      return set("State", Value.of(value));
    }

    /** Sets {@code State} to this value; see {@link #state(String)}. */
    public SilentAudio state(Value<String> value) {
      return set("State", value);
    }

    /**
     * Specifies the number of consecutive seconds of silence that triggers an event or alert.
     *
     * <p>CloudFormation property {@code ThresholdSeconds}.
     */
    public SilentAudio thresholdSeconds(int value) {
      return set("ThresholdSeconds", Value.of(value));
    }

    /** Sets {@code ThresholdSeconds} to this value; see {@link #thresholdSeconds(int)}. */
    public SilentAudio thresholdSeconds(Value<Integer> value) {
      return set("ThresholdSeconds", value);
    }
  }

  /**
   * The details of the sources of the flow.
   *
   * <p>If you are creating a flow with a VPC source, you must first create the flow with a
   * temporary standard source by doing the following:
   *
   * <ul> <li>Use CloudFormation to create a flow with a standard source that uses the flow’s public
   * IP address. <li>Use CloudFormation to create the VPC interface to add to this flow. This can
   * also be done as part of the previous step. <li>After CloudFormation has created the flow and
   * the VPC interface, update the source to point to the VPC interface that you created. </ul>
   *
   * <p>Property type {@code AWS::MediaConnect::Flow.Source}.
   */
  public static final class Source extends Struct<Source> {
    private static final Schema SCHEMA = Schema.builder("AWS::MediaConnect::Flow.Source")
        .constrain("EntitlementArn", Constraint.of().pattern("^arn:(aws[a-zA-Z-]*):mediaconnect:[a-z0-9-]+:[0-9]{12}:entitlement:[a-zA-Z0-9-]+:[a-zA-Z0-9_-]+$"))
        .allowed("Protocol", "zixi-push", "rtp-fec", "rtp", "rist", "srt-listener", "srt-caller",
            "st2110-jpegxs", "cdi", "ndi-speed-hq")
        .allowed("RouterIntegrationState", "ENABLED", "DISABLED")
        .constrain("SourceArn", Constraint.of().pattern("^arn:(aws[a-zA-Z-]*):mediaconnect:[a-z0-9-]+:[0-9]{12}:source:[a-zA-Z0-9-]+:[a-zA-Z0-9_-]+$"))
        .build();

    public Source() {
      super(SCHEMA);
    }

    /**
     * The type of encryption that is used on the content ingested from this source.
     *
     * <p>CloudFormation property {@code Decryption}.
     */
    public Source decryption(Value<Encryption> value) {
      return set("Decryption", value);
    }

    /**
     * A description for the source. This value is not used or seen outside of the current
     * MediaConnect account.
     *
     * <p>CloudFormation property {@code Description}.
     */
    public Source description(String value) {
      return set("Description", Value.of(value));
    }

    /** Sets {@code Description} to this value; see {@link #description(String)}. */
    public Source description(Value<String> value) {
      return set("Description", value);
    }

    /**
     * The ARN of the entitlement that allows you to subscribe to content that comes from another
     * AWS account. The entitlement is set by the content originator and the ARN is generated as
     * part of the originator's flow.
     *
     * <p>Pattern: {@code
     * ^arn:(aws[a-zA-Z-]*):mediaconnect:[a-z0-9-]+:[0-9]{12}:entitlement:[a-zA-Z0-9-]+:[a-zA-Z0-9_-]+$}.
     * CloudFormation property {@code EntitlementArn}.
     */
    public Source entitlementArn(String value) {
      return set("EntitlementArn", Value.of(value));
    }

    /** Sets {@code EntitlementArn} to this value; see {@link #entitlementArn(String)}. */
    public Source entitlementArn(Value<String> value) {
      return set("EntitlementArn", value);
    }

    /**
     * The source configuration for cloud flows receiving a stream from a bridge.
     *
     * <p>CloudFormation property {@code GatewayBridgeSource}.
     */
    public Source gatewayBridgeSource(Value<GatewayBridgeSource> value) {
      return set("GatewayBridgeSource", value);
    }

    /**
     * The IP address that the flow will be listening on for incoming content.
     *
     * <p>CloudFormation property {@code IngestIp}.
     */
    public Source ingestIp(String value) {
      return set("IngestIp", Value.of(value));
    }

    /** Sets {@code IngestIp} to this value; see {@link #ingestIp(String)}. */
    public Source ingestIp(Value<String> value) {
      return set("IngestIp", value);
    }

    /**
     * The port that the flow will be listening on for incoming content.
     *
     * <p>CloudFormation property {@code IngestPort}.
     */
    public Source ingestPort(int value) {
      return set("IngestPort", Value.of(value));
    }

    /** Sets {@code IngestPort} to this value; see {@link #ingestPort(int)}. */
    public Source ingestPort(Value<Integer> value) {
      return set("IngestPort", value);
    }

    /**
     * The maximum bitrate for RIST, RTP, and RTP-FEC streams.
     *
     * <p>CloudFormation property {@code MaxBitrate}.
     */
    public Source maxBitrate(int value) {
      return set("MaxBitrate", Value.of(value));
    }

    /** Sets {@code MaxBitrate} to this value; see {@link #maxBitrate(int)}. */
    public Source maxBitrate(Value<Integer> value) {
      return set("MaxBitrate", value);
    }

    /**
     * The maximum latency in milliseconds for a RIST or Zixi-based source.
     *
     * <p>CloudFormation property {@code MaxLatency}.
     */
    public Source maxLatency(int value) {
      return set("MaxLatency", Value.of(value));
    }

    /** Sets {@code MaxLatency} to this value; see {@link #maxLatency(int)}. */
    public Source maxLatency(Value<Integer> value) {
      return set("MaxLatency", value);
    }

    /**
     * The size of the buffer (in milliseconds) to use to sync incoming source data.
     *
     * <p>CloudFormation property {@code MaxSyncBuffer}.
     */
    public Source maxSyncBuffer(int value) {
      return set("MaxSyncBuffer", Value.of(value));
    }

    /** Sets {@code MaxSyncBuffer} to this value; see {@link #maxSyncBuffer(int)}. */
    public Source maxSyncBuffer(Value<Integer> value) {
      return set("MaxSyncBuffer", value);
    }

    /**
     * The media streams that are associated with the source, and the parameters for those
     * associations.
     *
     * <p>CloudFormation property {@code MediaStreamSourceConfigurations}.
     */
    public Source mediaStreamSourceConfigurations(List<MediaStreamSourceConfiguration> value) {
      return set("MediaStreamSourceConfigurations", Value.listOf(value));
    }

    /**
     * Sets {@code MediaStreamSourceConfigurations} to this value; see {@link
     * #mediaStreamSourceConfigurations(List)}.
     */
    public Source mediaStreamSourceConfigurations(Value<List<MediaStreamSourceConfiguration>> value) {
      return set("MediaStreamSourceConfigurations", value);
    }

    /**
     * Sets {@code MediaStreamSourceConfigurations} to a list of these; see {@link
     * #mediaStreamSourceConfigurations(List)}.
     */
    public Source mediaStreamSourceConfigurations(MediaStreamSourceConfiguration... values) {
      return set("MediaStreamSourceConfigurations", Value.list(values));
    }

    /**
     * The minimum latency in milliseconds for SRT-based streams. In streams that use the SRT
     * protocol, this value that you set on your MediaConnect source or output represents the
     * minimal potential latency of that connection. The latency of the stream is set to the highest
     * number between the sender’s minimum latency and the receiver’s minimum latency.
     *
     * <p>CloudFormation property {@code MinLatency}.
     */
    public Source minLatency(int value) {
      return set("MinLatency", Value.of(value));
    }

    /** Sets {@code MinLatency} to this value; see {@link #minLatency(int)}. */
    public Source minLatency(Value<Integer> value) {
      return set("MinLatency", value);
    }

    /**
     * The name of the source.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code Name}.
     */
    public Source name(String value) {
      return set("Name", Value.of(value));
    }

    /** Sets {@code Name} to this value; see {@link #name(String)}. */
    public Source name(Value<String> value) {
      return set("Name", value);
    }

    /** CloudFormation property {@code NdiSourceSettings}. */
    public Source ndiSourceSettings(Value<NdiSourceSettings> value) {
      return set("NdiSourceSettings", value);
    }

    /**
     * The protocol that is used by the source. AWS CloudFormation does not currently support CDI or
     * ST 2110 JPEG XS source protocols.
     *
     * <p>AWS Elemental MediaConnect no longer supports the Fujitsu QoS protocol. This reference is
     * maintained for legacy purposes only.
     *
     * <p>Allowed values: {@code zixi-push}, {@code rtp-fec}, {@code rtp}, {@code rist}, {@code
     * srt-listener}, {@code srt-caller}, {@code st2110-jpegxs}, {@code cdi}, {@code ndi-speed-hq}.
     * CloudFormation property {@code Protocol}.
     */
    public Source protocol(String value) {
      return set("Protocol", Value.of(value));
    }

    /** Sets {@code Protocol} to this value; see {@link #protocol(String)}. */
    public Source protocol(Value<String> value) {
      return set("Protocol", value);
    }

    /**
     * Indicates if router integration is enabled or disabled on the flow source.
     *
     * <p>Allowed values: {@code ENABLED}, {@code DISABLED}. CloudFormation property {@code
     * RouterIntegrationState}.
     */
    public Source routerIntegrationState(String value) {
      return set("RouterIntegrationState", Value.of(value));
    }

    /**
     * Sets {@code RouterIntegrationState} to this value; see {@link
     * #routerIntegrationState(String)}.
     */
    public Source routerIntegrationState(Value<String> value) {
      return set("RouterIntegrationState", value);
    }

    /**
     * The decryption configuration for the flow source when router integration is enabled.
     *
     * <p>CloudFormation property {@code RouterIntegrationTransitDecryption}.
     */
    public Source routerIntegrationTransitDecryption(Value<FlowTransitEncryption> value) {
      return set("RouterIntegrationTransitDecryption", value);
    }

    /**
     * The port that the flow uses to send outbound requests to initiate connection with the sender.
     *
     * <p>CloudFormation property {@code SenderControlPort}.
     */
    public Source senderControlPort(int value) {
      return set("SenderControlPort", Value.of(value));
    }

    /** Sets {@code SenderControlPort} to this value; see {@link #senderControlPort(int)}. */
    public Source senderControlPort(Value<Integer> value) {
      return set("SenderControlPort", value);
    }

    /**
     * The IP address that the flow communicates with to initiate connection with the sender.
     *
     * <p>CloudFormation property {@code SenderIpAddress}.
     */
    public Source senderIpAddress(String value) {
      return set("SenderIpAddress", Value.of(value));
    }

    /** Sets {@code SenderIpAddress} to this value; see {@link #senderIpAddress(String)}. */
    public Source senderIpAddress(Value<String> value) {
      return set("SenderIpAddress", value);
    }

    /**
     * The ARN of the source.
     *
     * <p>Pattern: {@code
     * ^arn:(aws[a-zA-Z-]*):mediaconnect:[a-z0-9-]+:[0-9]{12}:source:[a-zA-Z0-9-]+:[a-zA-Z0-9_-]+$}.
     * CloudFormation property {@code SourceArn}.
     */
    public Source sourceArn(String value) {
      return set("SourceArn", Value.of(value));
    }

    /** Sets {@code SourceArn} to this value; see {@link #sourceArn(String)}. */
    public Source sourceArn(Value<String> value) {
      return set("SourceArn", value);
    }

    /**
     * The port that the flow listens on for incoming content. If the protocol of the source is
     * Zixi, the port must be set to 2088.
     *
     * <p>CloudFormation property {@code SourceIngestPort}.
     */
    public Source sourceIngestPort(String value) {
      return set("SourceIngestPort", Value.of(value));
    }

    /** Sets {@code SourceIngestPort} to this value; see {@link #sourceIngestPort(String)}. */
    public Source sourceIngestPort(Value<String> value) {
      return set("SourceIngestPort", value);
    }

    /**
     * Source IP or domain name for SRT-caller protocol.
     *
     * <p>CloudFormation property {@code SourceListenerAddress}.
     */
    public Source sourceListenerAddress(String value) {
      return set("SourceListenerAddress", Value.of(value));
    }

    /**
     * Sets {@code SourceListenerAddress} to this value; see {@link #sourceListenerAddress(String)}.
     */
    public Source sourceListenerAddress(Value<String> value) {
      return set("SourceListenerAddress", value);
    }

    /**
     * Source port for SRT-caller protocol.
     *
     * <p>CloudFormation property {@code SourceListenerPort}.
     */
    public Source sourceListenerPort(int value) {
      return set("SourceListenerPort", Value.of(value));
    }

    /** Sets {@code SourceListenerPort} to this value; see {@link #sourceListenerPort(int)}. */
    public Source sourceListenerPort(Value<Integer> value) {
      return set("SourceListenerPort", value);
    }

    /**
     * The stream ID that you want to use for the transport. This parameter applies only to
     * Zixi-based streams.
     *
     * <p>CloudFormation property {@code StreamId}.
     */
    public Source streamId(String value) {
      return set("StreamId", Value.of(value));
    }

    /** Sets {@code StreamId} to this value; see {@link #streamId(String)}. */
    public Source streamId(Value<String> value) {
      return set("StreamId", value);
    }

    /**
     * Key-value pairs that can be used to tag this source.
     *
     * <p>CloudFormation property {@code Tags}.
     */
    public Source tags(List<Tag> value) {
      return set("Tags", Value.listOf(value));
    }

    /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
    public Source tags(Value<List<Tag>> value) {
      return set("Tags", value);
    }

    /**
     * The name of the VPC interface that is used for this source.
     *
     * <p>CloudFormation property {@code VpcInterfaceName}.
     */
    public Source vpcInterfaceName(String value) {
      return set("VpcInterfaceName", Value.of(value));
    }

    /** Sets {@code VpcInterfaceName} to this value; see {@link #vpcInterfaceName(String)}. */
    public Source vpcInterfaceName(Value<String> value) {
      return set("VpcInterfaceName", value);
    }

    /**
     * The range of IP addresses that should be allowed to contribute content to your source. These
     * IP addresses should be in the form of a Classless Inter-Domain Routing (CIDR) block; for
     * example, 10.0.0.0/16.
     *
     * <p>CloudFormation property {@code WhitelistCidr}.
     */
    public Source whitelistCidr(String value) {
      return set("WhitelistCidr", Value.of(value));
    }

    /** Sets {@code WhitelistCidr} to this value; see {@link #whitelistCidr(String)}. */
    public Source whitelistCidr(Value<String> value) {
      return set("WhitelistCidr", value);
    }
  }

  /**
   * The <code>SourceMonitoringConfig</code> property type specifies the source monitoring settings
   * for an <code>AWS::MediaConnect::Flow</code> .
   *
   * <p>Property type {@code AWS::MediaConnect::Flow.SourceMonitoringConfig}.
   */
  public static final class SourceMonitoringConfig extends Struct<SourceMonitoringConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::MediaConnect::Flow.SourceMonitoringConfig")
        .allowed("ContentQualityAnalysisState", "ENABLED", "DISABLED")
        .allowed("ThumbnailState", "ENABLED", "DISABLED")
        .build();

    public SourceMonitoringConfig() {
      super(SCHEMA);
    }

    /**
     * Contains the settings for audio stream metrics monitoring.
     *
     * <p>CloudFormation property {@code AudioMonitoringSettings}.
     */
    public SourceMonitoringConfig audioMonitoringSettings(List<AudioMonitoringSetting> value) {
      return set("AudioMonitoringSettings", Value.listOf(value));
    }

    /**
     * Sets {@code AudioMonitoringSettings} to this value; see {@link
     * #audioMonitoringSettings(List)}.
     */
    public SourceMonitoringConfig audioMonitoringSettings(Value<List<AudioMonitoringSetting>> value) {
      return set("AudioMonitoringSettings", value);
    }

    /**
     * Sets {@code AudioMonitoringSettings} to a list of these; see {@link
     * #audioMonitoringSettings(List)}.
     */
    public SourceMonitoringConfig audioMonitoringSettings(AudioMonitoringSetting... values) {
      return set("AudioMonitoringSettings", Value.list(values));
    }

    /**
     * Indicates whether content quality analysis is enabled or disabled.
     *
     * <p>Allowed values: {@code ENABLED}, {@code DISABLED}. CloudFormation property {@code
     * ContentQualityAnalysisState}.
     */
    public SourceMonitoringConfig contentQualityAnalysisState(String value) {
      return set("ContentQualityAnalysisState", Value.of(value));
    }

    /**
     * Sets {@code ContentQualityAnalysisState} to this value; see {@link
     * #contentQualityAnalysisState(String)}.
     */
    public SourceMonitoringConfig contentQualityAnalysisState(Value<String> value) {
      return set("ContentQualityAnalysisState", value);
    }

    /**
     * The current state of the thumbnail monitoring.
     *
     * <ul> <li>If you don't explicitly specify a value when creating a flow, no thumbnail state
     * will be set. <li>If you update an existing flow and remove a previously set thumbnail state,
     * the value will change to <code>DISABLED</code> . </ul>
     *
     * <p>Allowed values: {@code ENABLED}, {@code DISABLED}. CloudFormation property {@code
     * ThumbnailState}.
     */
    public SourceMonitoringConfig thumbnailState(String value) {
      return set("ThumbnailState", Value.of(value));
    }

    /** Sets {@code ThumbnailState} to this value; see {@link #thumbnailState(String)}. */
    public SourceMonitoringConfig thumbnailState(Value<String> value) {
      return set("ThumbnailState", value);
    }

    /**
     * Contains the settings for video stream metrics monitoring.
     *
     * <p>CloudFormation property {@code VideoMonitoringSettings}.
     */
    public SourceMonitoringConfig videoMonitoringSettings(List<VideoMonitoringSetting> value) {
      return set("VideoMonitoringSettings", Value.listOf(value));
    }

    /**
     * Sets {@code VideoMonitoringSettings} to this value; see {@link
     * #videoMonitoringSettings(List)}.
     */
    public SourceMonitoringConfig videoMonitoringSettings(Value<List<VideoMonitoringSetting>> value) {
      return set("VideoMonitoringSettings", value);
    }

    /**
     * Sets {@code VideoMonitoringSettings} to a list of these; see {@link
     * #videoMonitoringSettings(List)}.
     */
    public SourceMonitoringConfig videoMonitoringSettings(VideoMonitoringSetting... values) {
      return set("VideoMonitoringSettings", Value.list(values));
    }
  }

  /**
   * The priority you want to assign to a source. You can have a primary stream and a backup stream
   * or two equally prioritized streams.
   *
   * <p>Property type {@code AWS::MediaConnect::Flow.SourcePriority}.
   */
  public static final class SourcePriority extends Struct<SourcePriority> {
    private static final Schema SCHEMA = Schema.builder("AWS::MediaConnect::Flow.SourcePriority")
        .required("PrimarySource")
        .build();

    public SourcePriority() {
      super(SCHEMA);
    }

    /**
     * The name of the source you choose as the primary source for this flow.
     *
     * <p>Required. CloudFormation property {@code PrimarySource}.
     */
    public SourcePriority primarySource(String value) {
      return set("PrimarySource", Value.of(value));
    }

    /** Sets {@code PrimarySource} to this value; see {@link #primarySource(String)}. */
    public SourcePriority primarySource(Value<String> value) {
      return set("PrimarySource", value);
    }
  }

  /**
   * Specifies the configuration for video stream metrics monitoring.
   *
   * <p>Property type {@code AWS::MediaConnect::Flow.VideoMonitoringSetting}.
   */
  public static final class VideoMonitoringSetting extends Struct<VideoMonitoringSetting> {
    private static final Schema SCHEMA = Schema.of("AWS::MediaConnect::Flow.VideoMonitoringSetting");

    public VideoMonitoringSetting() {
      super(SCHEMA);
    }

    /**
     * Detects video frames that are black.
     *
     * <p>CloudFormation property {@code BlackFrames}.
     */
    public VideoMonitoringSetting blackFrames(Value<BlackFrames> value) {
      return set("BlackFrames", value);
    }

    /**
     * Detects video frames that have not changed.
     *
     * <p>CloudFormation property {@code FrozenFrames}.
     */
    public VideoMonitoringSetting frozenFrames(Value<FrozenFrames> value) {
      return set("FrozenFrames", value);
    }
  }

  /**
   * The details of a VPC interface.
   *
   * <p>When configuring VPC interfaces for NDI outputs, keep in mind the following: - VPC
   * interfaces must be defined as nested attributes within the <code>AWS::MediaConnect::Flow</code>
   * resource, and not within the top-level <code>AWS::MediaConnect::FlowVpcInterface</code>
   * resource. - There's a maximum limit of three VPC interfaces for each flow. If you've already
   * reached this limit, you can't update the flow to use a different VPC interface without first
   * removing an existing one. To update your VPC interfaces in this scenario, you must first remove
   * the VPC interface that’s not being used. Next, add the new VPC interfaces. Lastly, update the
   * <code>VpcInterfaceAdapter</code> in the <code>NDIConfig</code> property. These changes must be
   * performed as separate manual operations and cannot be done through a single template update.
   *
   * <p>Property type {@code AWS::MediaConnect::Flow.VpcInterface}.
   */
  public static final class VpcInterface extends Struct<VpcInterface> {
    private static final Schema SCHEMA = Schema.builder("AWS::MediaConnect::Flow.VpcInterface")
        .required("Name", "RoleArn", "SecurityGroupIds", "SubnetId")
        .allowed("NetworkInterfaceType", "ena", "efa")
        .constrain("RoleArn", Constraint.of().pattern("^arn:(aws[a-zA-Z-]*):iam::[0-9]{12}:role/[a-zA-Z0-9_+=,.@-]+$").format("AWS::IAM::Role.Arn"))
        .constrain("SecurityGroupIds", Constraint.of().format("AWS::EC2::SecurityGroup.Id"))
        .constrain("SubnetId", Constraint.of().format("AWS::EC2::Subnet.Id"))
        .build();

    public VpcInterface() {
      super(SCHEMA);
    }

    /**
     * Immutable and has to be a unique against other VpcInterfaces in this Flow.
     *
     * <p>Required. CloudFormation property {@code Name}.
     */
    public VpcInterface name(String value) {
      return set("Name", Value.of(value));
    }

    /** Sets {@code Name} to this value; see {@link #name(String)}. */
    public VpcInterface name(Value<String> value) {
      return set("Name", value);
    }

    /**
     * IDs of the network interfaces created in customer's account by MediaConnect .
     *
     * <p>CloudFormation property {@code NetworkInterfaceIds}.
     */
    public VpcInterface networkInterfaceIds(List<String> value) {
      return set("NetworkInterfaceIds", Value.listOf(value));
    }

    /** Sets {@code NetworkInterfaceIds} to this value; see {@link #networkInterfaceIds(List)}. */
    public VpcInterface networkInterfaceIds(Value<List<String>> value) {
      return set("NetworkInterfaceIds", value);
    }

    /**
     * The type of network interface.
     *
     * <p>Allowed values: {@code ena}, {@code efa}. CloudFormation property {@code
     * NetworkInterfaceType}.
     */
    public VpcInterface networkInterfaceType(String value) {
      return set("NetworkInterfaceType", Value.of(value));
    }

    /**
     * Sets {@code NetworkInterfaceType} to this value; see {@link #networkInterfaceType(String)}.
     */
    public VpcInterface networkInterfaceType(Value<String> value) {
      return set("NetworkInterfaceType", value);
    }

    /**
     * A role Arn MediaConnect can assume to create ENIs in your account.
     *
     * <p>Required. Pattern: {@code
     * ^arn:(aws[a-zA-Z-]*):iam::[0-9]{12}:role/[a-zA-Z0-9_+=,.&#64;-]+$}. Format: {@code
     * AWS::IAM::Role.Arn}. CloudFormation property {@code RoleArn}.
     */
    public VpcInterface roleArn(String value) {
      return set("RoleArn", Value.of(value));
    }

    /** Sets {@code RoleArn} to this value; see {@link #roleArn(String)}. */
    public VpcInterface roleArn(Value<String> value) {
      return set("RoleArn", value);
    }

    /**
     * Security Group IDs to be used on ENI.
     *
     * <p>Required. Format: {@code AWS::EC2::SecurityGroup.Id}. CloudFormation property {@code
     * SecurityGroupIds}.
     */
    public VpcInterface securityGroupIds(List<String> value) {
      return set("SecurityGroupIds", Value.listOf(value));
    }

    /** Sets {@code SecurityGroupIds} to this value; see {@link #securityGroupIds(List)}. */
    public VpcInterface securityGroupIds(Value<List<String>> value) {
      return set("SecurityGroupIds", value);
    }

    /**
     * Subnet must be in the AZ of the Flow.
     *
     * <p>Required. Format: {@code AWS::EC2::Subnet.Id}. CloudFormation property {@code SubnetId}.
     */
    public VpcInterface subnetId(String value) {
      return set("SubnetId", Value.of(value));
    }

    /** Sets {@code SubnetId} to this value; see {@link #subnetId(String)}. */
    public VpcInterface subnetId(Value<String> value) {
      return set("SubnetId", value);
    }

    /**
     * Key-value pairs that can be used to tag this VPC interface.
     *
     * <p>CloudFormation property {@code Tags}.
     */
    public VpcInterface tags(List<Tag> value) {
      return set("Tags", Value.listOf(value));
    }

    /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
    public VpcInterface tags(Value<List<Tag>> value) {
      return set("Tags", value);
    }
  }

  /**
   * The settings for attaching a VPC interface to an resource.
   *
   * <p>Property type {@code AWS::MediaConnect::Flow.VpcInterfaceAttachment}.
   */
  public static final class VpcInterfaceAttachment extends Struct<VpcInterfaceAttachment> {
    private static final Schema SCHEMA = Schema.of("AWS::MediaConnect::Flow.VpcInterfaceAttachment");

    public VpcInterfaceAttachment() {
      super(SCHEMA);
    }

    /**
     * The name of the VPC interface to use for this resource.
     *
     * <p>CloudFormation property {@code VpcInterfaceName}.
     */
    public VpcInterfaceAttachment vpcInterfaceName(String value) {
      return set("VpcInterfaceName", Value.of(value));
    }

    /** Sets {@code VpcInterfaceName} to this value; see {@link #vpcInterfaceName(String)}. */
    public VpcInterfaceAttachment vpcInterfaceName(Value<String> value) {
      return set("VpcInterfaceName", value);
    }
  }
}
