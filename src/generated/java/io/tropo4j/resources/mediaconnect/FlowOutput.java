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
 * The <code>AWS::MediaConnect::FlowOutput</code> resource defines the destination address,
 * protocol, and port that AWS Elemental MediaConnect sends the ingested video to. Each flow can
 * have up to 50 outputs. An output can have the same protocol or a different protocol from the
 * source. The following protocols are supported: RIST, RTP, RTP-FEC, SRT-listener, SRT-caller, Zixi
 * pull, and Zixi push. CDI and ST 2110 JPEG XS protocols are not currently supported by AWS
 * CloudFormation.
 *
 * <p>CloudFormation type {@code AWS::MediaConnect::FlowOutput}.
 */
public final class FlowOutput extends Resource<FlowOutput> {
  private static final Schema SCHEMA = Schema.builder("AWS::MediaConnect::FlowOutput")
      .required("FlowArn")
      .constrain("CidrAllowList", Constraint.of().format("ipv4-network"))
      .constrain("FlowArn", Constraint.of().pattern("^arn:(aws[a-zA-Z-]*):mediaconnect:[a-z0-9-]+:[0-9]{12}:flow:[a-zA-Z0-9-]+:[a-zA-Z0-9_-]+$"))
      .allowed("NdiOutputTimecodeSource", "EMBEDDED_TIMECODE", "UTC_SYSTEM_TIME")
      .allowed("OutputStatus", "ENABLED", "DISABLED")
      .allowed("Protocol", "zixi-push", "rtp-fec", "rtp", "zixi-pull", "rist", "srt-listener",
          "srt-caller", "st2110-jpegxs", "cdi", "ndi-speed-hq")
      .allowed("RouterIntegrationState", "ENABLED", "DISABLED")
      .refYields("OutputArn")
      .attributes("OutputArn")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public FlowOutput(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The range of IP addresses that should be allowed to initiate output requests to this flow.
   * These IP addresses should be in the form of a Classless Inter-Domain Routing (CIDR) block; for
   * example, 10.0.0.0/16.
   *
   * <p>Format: {@code ipv4-network}. CloudFormation property {@code CidrAllowList}.
   */
  public FlowOutput cidrAllowList(List<String> value) {
    return set("CidrAllowList", Value.listOf(value));
  }

  /** Sets {@code CidrAllowList} to this value; see {@link #cidrAllowList(List)}. */
  public FlowOutput cidrAllowList(Value<List<String>> value) {
    return set("CidrAllowList", value);
  }

  /**
   * A description of the output. This description appears only on the MediaConnect console and will
   * not be seen by the end user.
   *
   * <p>CloudFormation property {@code Description}.
   */
  public FlowOutput description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public FlowOutput description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * The IP address where you want to send the output.
   *
   * <p>CloudFormation property {@code Destination}.
   */
  public FlowOutput destination(String value) {
    return set("Destination", Value.of(value));
  }

  /** Sets {@code Destination} to this value; see {@link #destination(String)}. */
  public FlowOutput destination(Value<String> value) {
    return set("Destination", value);
  }

  /**
   * The type of key used for the encryption. If no <code>keyType</code> is provided, the service
   * will use the default setting (static-key). Allowable encryption types: static-key.
   *
   * <p>CloudFormation property {@code Encryption}.
   */
  public FlowOutput encryption(Value<Encryption> value) {
    return set("Encryption", value);
  }

  /**
   * The Amazon Resource Name (ARN) of the flow this output is attached to.
   *
   * <p>Required. Changing it replaces the resource. Pattern: {@code
   * ^arn:(aws[a-zA-Z-]*):mediaconnect:[a-z0-9-]+:[0-9]{12}:flow:[a-zA-Z0-9-]+:[a-zA-Z0-9_-]+$}.
   * CloudFormation property {@code FlowArn}.
   */
  public FlowOutput flowArn(String value) {
    return set("FlowArn", Value.of(value));
  }

  /** Sets {@code FlowArn} to this value; see {@link #flowArn(String)}. */
  public FlowOutput flowArn(Value<String> value) {
    return set("FlowArn", value);
  }

  /**
   * The maximum latency in milliseconds. This parameter applies only to RIST-based and Zixi-based
   * streams.
   *
   * <p>CloudFormation property {@code MaxLatency}.
   */
  public FlowOutput maxLatency(int value) {
    return set("MaxLatency", Value.of(value));
  }

  /** Sets {@code MaxLatency} to this value; see {@link #maxLatency(int)}. */
  public FlowOutput maxLatency(Value<Integer> value) {
    return set("MaxLatency", value);
  }

  /**
   * The media streams that are associated with the output, and the parameters for those
   * associations.
   *
   * <p>CloudFormation property {@code MediaStreamOutputConfigurations}.
   */
  public FlowOutput mediaStreamOutputConfigurations(List<MediaStreamOutputConfiguration> value) {
    return set("MediaStreamOutputConfigurations", Value.listOf(value));
  }

  /**
   * Sets {@code MediaStreamOutputConfigurations} to this value; see {@link
   * #mediaStreamOutputConfigurations(List)}.
   */
  public FlowOutput mediaStreamOutputConfigurations(Value<List<MediaStreamOutputConfiguration>> value) {
    return set("MediaStreamOutputConfigurations", value);
  }

  /**
   * Sets {@code MediaStreamOutputConfigurations} to a list of these; see {@link
   * #mediaStreamOutputConfigurations(List)}.
   */
  public FlowOutput mediaStreamOutputConfigurations(MediaStreamOutputConfiguration... values) {
    return set("MediaStreamOutputConfigurations", Value.list(values));
  }

  /**
   * The minimum latency in milliseconds for SRT-based streams. In streams that use the SRT
   * protocol, this value that you set on your MediaConnect source or output represents the minimal
   * potential latency of that connection. The latency of the stream is set to the highest number
   * between the sender’s minimum latency and the receiver’s minimum latency.
   *
   * <p>CloudFormation property {@code MinLatency}.
   */
  public FlowOutput minLatency(int value) {
    return set("MinLatency", Value.of(value));
  }

  /** Sets {@code MinLatency} to this value; see {@link #minLatency(int)}. */
  public FlowOutput minLatency(Value<Integer> value) {
    return set("MinLatency", value);
  }

  /**
   * The name of the bridge's output.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code Name}.
   */
  public FlowOutput name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public FlowOutput name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * The timecode source for the NDI output.
   *
   * <p>Allowed values: {@code EMBEDDED_TIMECODE}, {@code UTC_SYSTEM_TIME}. CloudFormation property
   * {@code NdiOutputTimecodeSource}.
   */
  public FlowOutput ndiOutputTimecodeSource(String value) {
    return set("NdiOutputTimecodeSource", Value.of(value));
  }

  /**
   * Sets {@code NdiOutputTimecodeSource} to this value; see {@link
   * #ndiOutputTimecodeSource(String)}.
   */
  public FlowOutput ndiOutputTimecodeSource(Value<String> value) {
    return set("NdiOutputTimecodeSource", value);
  }

  /**
   * A suffix for the names of the NDI sources that the flow creates. If a custom name isn't
   * specified, MediaConnect uses the output name.
   *
   * <p>CloudFormation property {@code NdiProgramName}.
   */
  public FlowOutput ndiProgramName(String value) {
    return set("NdiProgramName", Value.of(value));
  }

  /** Sets {@code NdiProgramName} to this value; see {@link #ndiProgramName(String)}. */
  public FlowOutput ndiProgramName(Value<String> value) {
    return set("NdiProgramName", value);
  }

  /**
   * A quality setting for the NDI Speed HQ encoder.
   *
   * <p>CloudFormation property {@code NdiSpeedHqQuality}.
   */
  public FlowOutput ndiSpeedHqQuality(int value) {
    return set("NdiSpeedHqQuality", Value.of(value));
  }

  /** Sets {@code NdiSpeedHqQuality} to this value; see {@link #ndiSpeedHqQuality(int)}. */
  public FlowOutput ndiSpeedHqQuality(Value<Integer> value) {
    return set("NdiSpeedHqQuality", value);
  }

  /**
   * An indication of whether the output should transmit data or not.
   *
   * <p>Allowed values: {@code ENABLED}, {@code DISABLED}. CloudFormation property {@code
   * OutputStatus}.
   */
  public FlowOutput outputStatus(String value) {
    return set("OutputStatus", Value.of(value));
  }

  /** Sets {@code OutputStatus} to this value; see {@link #outputStatus(String)}. */
  public FlowOutput outputStatus(Value<String> value) {
    return set("OutputStatus", value);
  }

  /**
   * The port to use when content is distributed to this output.
   *
   * <p>CloudFormation property {@code Port}.
   */
  public FlowOutput port(int value) {
    return set("Port", Value.of(value));
  }

  /** Sets {@code Port} to this value; see {@link #port(int)}. */
  public FlowOutput port(Value<Integer> value) {
    return set("Port", value);
  }

  /**
   * The protocol to use for the output.
   *
   * <p>AWS Elemental MediaConnect no longer supports the Fujitsu QoS protocol. This reference is
   * maintained for legacy purposes only.
   *
   * <p>Allowed values: {@code zixi-push}, {@code rtp-fec}, {@code rtp}, {@code zixi-pull}, {@code
   * rist}, {@code srt-listener}, {@code srt-caller}, {@code st2110-jpegxs}, {@code cdi}, {@code
   * ndi-speed-hq}. CloudFormation property {@code Protocol}.
   */
  public FlowOutput protocol(String value) {
    return set("Protocol", Value.of(value));
  }

  /** Sets {@code Protocol} to this value; see {@link #protocol(String)}. */
  public FlowOutput protocol(Value<String> value) {
    return set("Protocol", value);
  }

  /**
   * The remote ID for the Zixi-pull stream.
   *
   * <p>CloudFormation property {@code RemoteId}.
   */
  public FlowOutput remoteId(String value) {
    return set("RemoteId", Value.of(value));
  }

  /** Sets {@code RemoteId} to this value; see {@link #remoteId(String)}. */
  public FlowOutput remoteId(Value<String> value) {
    return set("RemoteId", value);
  }

  /**
   * Allowed values: {@code ENABLED}, {@code DISABLED}. CloudFormation property {@code
   * RouterIntegrationState}.
   */
  public FlowOutput routerIntegrationState(String value) {
    return set("RouterIntegrationState", Value.of(value));
  }

  /**
   * Sets {@code RouterIntegrationState} to this value; see {@link #routerIntegrationState(String)}.
   */
  public FlowOutput routerIntegrationState(Value<String> value) {
    return set("RouterIntegrationState", value);
  }

  /**
   * Encryption information.
   *
   * <p>CloudFormation property {@code RouterIntegrationTransitEncryption}.
   */
  public FlowOutput routerIntegrationTransitEncryption(Value<FlowTransitEncryption> value) {
    return set("RouterIntegrationTransitEncryption", value);
  }

  /**
   * The smoothing latency in milliseconds for RIST, RTP, and RTP-FEC streams.
   *
   * <p>CloudFormation property {@code SmoothingLatency}.
   */
  public FlowOutput smoothingLatency(int value) {
    return set("SmoothingLatency", Value.of(value));
  }

  /** Sets {@code SmoothingLatency} to this value; see {@link #smoothingLatency(int)}. */
  public FlowOutput smoothingLatency(Value<Integer> value) {
    return set("SmoothingLatency", value);
  }

  /**
   * The stream ID that you want to use for this transport. This parameter applies only to Zixi and
   * SRT caller-based streams.
   *
   * <p>CloudFormation property {@code StreamId}.
   */
  public FlowOutput streamId(String value) {
    return set("StreamId", Value.of(value));
  }

  /** Sets {@code StreamId} to this value; see {@link #streamId(String)}. */
  public FlowOutput streamId(Value<String> value) {
    return set("StreamId", value);
  }

  /**
   * Key-value pairs that can be used to tag and organize this flow output.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public FlowOutput tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public FlowOutput tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public FlowOutput tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The name of the VPC interface attachment to use for this output.
   *
   * <p>CloudFormation property {@code VpcInterfaceAttachment}.
   */
  public FlowOutput vpcInterfaceAttachment(Value<VpcInterfaceAttachment> value) {
    return set("VpcInterfaceAttachment", value);
  }

  /**
   * The ARN of the output.
   *
   * <p>{@code Fn::GetAtt} attribute {@code OutputArn}.
   */
  public Value<String> outputArn() {
    return getAtt("OutputArn");
  }

  /**
   * The transport parameters that you want to associate with an outbound media stream.
   *
   * <p>Property type {@code AWS::MediaConnect::FlowOutput.DestinationConfiguration}.
   */
  public static final class DestinationConfiguration extends Struct<DestinationConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::MediaConnect::FlowOutput.DestinationConfiguration")
        .required("DestinationIp", "DestinationPort", "Interface")
        .build();

    public DestinationConfiguration() {
      super(SCHEMA);
    }

    /**
     * The IP address where you want MediaConnect to send contents of the media stream.
     *
     * <p>Required. CloudFormation property {@code DestinationIp}.
     */
    public DestinationConfiguration destinationIp(String value) {
      return set("DestinationIp", Value.of(value));
    }

    /** Sets {@code DestinationIp} to this value; see {@link #destinationIp(String)}. */
    public DestinationConfiguration destinationIp(Value<String> value) {
      return set("DestinationIp", value);
    }

    /**
     * The port that you want MediaConnect to use when it distributes the media stream to the
     * output.
     *
     * <p>Required. CloudFormation property {@code DestinationPort}.
     */
    public DestinationConfiguration destinationPort(int value) {
      return set("DestinationPort", Value.of(value));
    }

    /** Sets {@code DestinationPort} to this value; see {@link #destinationPort(int)}. */
    public DestinationConfiguration destinationPort(Value<Integer> value) {
      return set("DestinationPort", value);
    }

    /**
     * The VPC interface that you want to use for the media stream associated with the output.
     *
     * <p>Required. CloudFormation property {@code Interface}.
     */
    public DestinationConfiguration interfaceProperty(Value<Interface> value) {
      return set("Interface", value);
    }
  }

  /**
   * A collection of parameters that determine how MediaConnect will convert the content. These
   * fields only apply to outputs on flows that have a CDI source.
   *
   * <p>Property type {@code AWS::MediaConnect::FlowOutput.EncodingParameters}.
   */
  public static final class EncodingParameters extends Struct<EncodingParameters> {
    private static final Schema SCHEMA = Schema.builder("AWS::MediaConnect::FlowOutput.EncodingParameters")
        .required("CompressionFactor")
        .allowed("EncoderProfile", "main", "high")
        .build();

    public EncodingParameters() {
      super(SCHEMA);
    }

    /**
     * A value that is used to calculate compression for an output. The bitrate of the output is
     * calculated as follows: Output bitrate = (1 / compressionFactor) * (source bitrate) This
     * property only applies to outputs that use the ST 2110 JPEG XS protocol, with a flow source
     * that uses the CDI protocol. Valid values are floating point numbers in the range of 3.0 to
     * 10.0, inclusive.
     *
     * <p>Required. CloudFormation property {@code CompressionFactor}.
     */
    public EncodingParameters compressionFactor(double value) {
      return set("CompressionFactor", Value.of(value));
    }

    /** Sets {@code CompressionFactor} to this value; see {@link #compressionFactor(double)}. */
    public EncodingParameters compressionFactor(Value<Double> value) {
      return set("CompressionFactor", value);
    }

    /**
     * A setting on the encoder that drives compression settings. This property only applies to
     * video media streams associated with outputs that use the ST 2110 JPEG XS protocol, with a
     * flow source that uses the CDI protocol.
     *
     * <p>Allowed values: {@code main}, {@code high}. CloudFormation property {@code
     * EncoderProfile}.
     */
    public EncodingParameters encoderProfile(String value) {
      return set("EncoderProfile", Value.of(value));
    }

    /** Sets {@code EncoderProfile} to this value; see {@link #encoderProfile(String)}. */
    public EncodingParameters encoderProfile(Value<String> value) {
      return set("EncoderProfile", value);
    }
  }

  /**
   * Encryption information.
   *
   * <p>Property type {@code AWS::MediaConnect::FlowOutput.Encryption}.
   */
  public static final class Encryption extends Struct<Encryption> {
    private static final Schema SCHEMA = Schema.builder("AWS::MediaConnect::FlowOutput.Encryption")
        .required("RoleArn", "SecretArn")
        .allowed("Algorithm", "aes128", "aes192", "aes256")
        .allowed("KeyType", "static-key", "srt-password")
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
     * The type of key that is used for the encryption. If you don't specify a <code>keyType</code>
     * value, the service uses the default setting ( <code>static-key</code> ). Valid key types are:
     * <code>static-key</code> , <code>speke</code> , and <code>srt-password</code> .
     *
     * <p>Allowed values: {@code static-key}, {@code srt-password}. Default: {@code "static-key"}.
     * CloudFormation property {@code KeyType}.
     */
    public Encryption keyType(String value) {
      return set("KeyType", Value.of(value));
    }

    /** Sets {@code KeyType} to this value; see {@link #keyType(String)}. */
    public Encryption keyType(Value<String> value) {
      return set("KeyType", value);
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
     * <p>Required. Pattern: {@code
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
  }

  /**
   * The configuration that defines how content is encrypted during transit between the MediaConnect
   * router and a MediaConnect flow.
   *
   * <p>Property type {@code AWS::MediaConnect::FlowOutput.FlowTransitEncryption}.
   */
  public static final class FlowTransitEncryption extends Struct<FlowTransitEncryption> {
    private static final Schema SCHEMA = Schema.builder("AWS::MediaConnect::FlowOutput.FlowTransitEncryption")
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

  /** Property type {@code AWS::MediaConnect::FlowOutput.FlowTransitEncryptionKeyConfiguration}. */
  public static final class FlowTransitEncryptionKeyConfiguration extends Struct<FlowTransitEncryptionKeyConfiguration> {
    private static final Schema SCHEMA = Schema.of("AWS::MediaConnect::FlowOutput.FlowTransitEncryptionKeyConfiguration");

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
     * The configuration settings for transit encryption of a flow output using AWS Secrets Manager,
     * including the secret ARN and role ARN.
     *
     * <p>CloudFormation property {@code SecretsManager}.
     */
    public FlowTransitEncryptionKeyConfiguration secretsManager(Value<SecretsManagerEncryptionKeyConfiguration> value) {
      return set("SecretsManager", value);
    }
  }

  /**
   * The VPC interface that is used for the media stream associated with the source or output.
   *
   * <p>Property type {@code AWS::MediaConnect::FlowOutput.Interface}.
   */
  public static final class Interface extends Struct<Interface> {
    private static final Schema SCHEMA = Schema.builder("AWS::MediaConnect::FlowOutput.Interface")
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
   * The media stream that is associated with the output, and the parameters for that association.
   *
   * <p>Property type {@code AWS::MediaConnect::FlowOutput.MediaStreamOutputConfiguration}.
   */
  public static final class MediaStreamOutputConfiguration extends Struct<MediaStreamOutputConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::MediaConnect::FlowOutput.MediaStreamOutputConfiguration")
        .required("EncodingName", "MediaStreamName")
        .allowed("EncodingName", "jxsv", "raw", "smpte291", "pcm")
        .build();

    public MediaStreamOutputConfiguration() {
      super(SCHEMA);
    }

    /**
     * The transport parameters that are associated with each outbound media stream.
     *
     * <p>CloudFormation property {@code DestinationConfigurations}.
     */
    public MediaStreamOutputConfiguration destinationConfigurations(List<DestinationConfiguration> value) {
      return set("DestinationConfigurations", Value.listOf(value));
    }

    /**
     * Sets {@code DestinationConfigurations} to this value; see {@link
     * #destinationConfigurations(List)}.
     */
    public MediaStreamOutputConfiguration destinationConfigurations(Value<List<DestinationConfiguration>> value) {
      return set("DestinationConfigurations", value);
    }

    /**
     * Sets {@code DestinationConfigurations} to a list of these; see {@link
     * #destinationConfigurations(List)}.
     */
    public MediaStreamOutputConfiguration destinationConfigurations(DestinationConfiguration... values) {
      return set("DestinationConfigurations", Value.list(values));
    }

    /**
     * The format that was used to encode the data. For ancillary data streams, set the encoding
     * name to smpte291. For audio streams, set the encoding name to pcm. For video, 2110 streams,
     * set the encoding name to raw. For video, JPEG XS streams, set the encoding name to jxsv.
     *
     * <p>Required. Allowed values: {@code jxsv}, {@code raw}, {@code smpte291}, {@code pcm}.
     * CloudFormation property {@code EncodingName}.
     */
    public MediaStreamOutputConfiguration encodingName(String value) {
      return set("EncodingName", Value.of(value));
    }

    /** Sets {@code EncodingName} to this value; see {@link #encodingName(String)}. */
    public MediaStreamOutputConfiguration encodingName(Value<String> value) {
      return set("EncodingName", value);
    }

    /**
     * A collection of parameters that determine how MediaConnect will convert the content. These
     * fields only apply to outputs on flows that have a CDI source.
     *
     * <p>CloudFormation property {@code EncodingParameters}.
     */
    public MediaStreamOutputConfiguration encodingParameters(Value<EncodingParameters> value) {
      return set("EncodingParameters", value);
    }

    /**
     * The name of the media stream.
     *
     * <p>Required. CloudFormation property {@code MediaStreamName}.
     */
    public MediaStreamOutputConfiguration mediaStreamName(String value) {
      return set("MediaStreamName", Value.of(value));
    }

    /** Sets {@code MediaStreamName} to this value; see {@link #mediaStreamName(String)}. */
    public MediaStreamOutputConfiguration mediaStreamName(Value<String> value) {
      return set("MediaStreamName", value);
    }
  }

  /**
   * The configuration settings for transit encryption of a flow output using AWS Secrets Manager,
   * including the secret ARN and role ARN.
   *
   * <p>Property type {@code
   * AWS::MediaConnect::FlowOutput.SecretsManagerEncryptionKeyConfiguration}.
   */
  public static final class SecretsManagerEncryptionKeyConfiguration extends Struct<SecretsManagerEncryptionKeyConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::MediaConnect::FlowOutput.SecretsManagerEncryptionKeyConfiguration")
        .required("RoleArn", "SecretArn")
        .build();

    public SecretsManagerEncryptionKeyConfiguration() {
      super(SCHEMA);
    }

    /**
     * The ARN of the IAM role used for transit encryption to the router input using AWS Secrets
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
     * The ARN of the AWS Secrets Manager secret used for transit encryption to the router input.
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
   * The settings for attaching a VPC interface to an resource.
   *
   * <p>Property type {@code AWS::MediaConnect::FlowOutput.VpcInterfaceAttachment}.
   */
  public static final class VpcInterfaceAttachment extends Struct<VpcInterfaceAttachment> {
    private static final Schema SCHEMA = Schema.of("AWS::MediaConnect::FlowOutput.VpcInterfaceAttachment");

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
