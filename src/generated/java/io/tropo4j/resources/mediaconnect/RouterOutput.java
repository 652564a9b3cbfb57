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
 * Represents a router input in AWS Elemental MediaConnect that can be used to egress content
 * transmitted from router inputs
 *
 * <p>CloudFormation type {@code AWS::MediaConnect::RouterOutput}.
 */
public final class RouterOutput extends Resource<RouterOutput> {
  private static final Schema SCHEMA = Schema.builder("AWS::MediaConnect::RouterOutput")
      .required("Configuration", "MaximumBitrate", "Name", "RoutingScope", "Tier")
      .constrain("Name", Constraint.of().minLength(1).maxLength(128))
      .allowed("RoutingScope", "REGIONAL", "GLOBAL")
      .allowed("Tier", "OUTPUT_100", "OUTPUT_50", "OUTPUT_20")
      .refYields("Arn")
      .attributes("Arn", "CreatedAt", "Id", "IpAddress", "MaintenanceType", "OutputType",
          "RoutedState", "State", "UpdatedAt")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public RouterOutput(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The Availability Zone of the router output.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code AvailabilityZone}.
   */
  public RouterOutput availabilityZone(String value) {
    return set("AvailabilityZone", Value.of(value));
  }

  /** Sets {@code AvailabilityZone} to this value; see {@link #availabilityZone(String)}. */
  public RouterOutput availabilityZone(Value<String> value) {
    return set("AvailabilityZone", value);
  }

  /**
   * The configuration settings for a router output.
   *
   * <p>Required. CloudFormation property {@code Configuration}.
   */
  public RouterOutput configuration(Value<RouterOutputConfiguration> value) {
    return set("Configuration", value);
  }

  /**
   * The fabric configuration settings for the router output.
   *
   * <p>CloudFormation property {@code FabricConfiguration}.
   */
  public RouterOutput fabricConfiguration(Value<FabricConfiguration> value) {
    return set("FabricConfiguration", value);
  }

  /**
   * The maintenance configuration settings applied to this router output.
   *
   * <p>CloudFormation property {@code MaintenanceConfiguration}.
   */
  public RouterOutput maintenanceConfiguration(Value<MaintenanceConfiguration> value) {
    return set("MaintenanceConfiguration", value);
  }

  /**
   * The maximum bitrate for the router output.
   *
   * <p>Required. CloudFormation property {@code MaximumBitrate}.
   */
  public RouterOutput maximumBitrate(int value) {
    return set("MaximumBitrate", Value.of(value));
  }

  /** Sets {@code MaximumBitrate} to this value; see {@link #maximumBitrate(int)}. */
  public RouterOutput maximumBitrate(Value<Integer> value) {
    return set("MaximumBitrate", value);
  }

  /**
   * The name of the router output.
   *
   * <p>Required. Length: 1 to 128 characters. CloudFormation property {@code Name}.
   */
  public RouterOutput name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public RouterOutput name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * The AWS Region where the router output is located.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code RegionName}.
   */
  public RouterOutput regionName(String value) {
    return set("RegionName", Value.of(value));
  }

  /** Sets {@code RegionName} to this value; see {@link #regionName(String)}. */
  public RouterOutput regionName(Value<String> value) {
    return set("RegionName", value);
  }

  /**
   * Indicates whether the router output is configured for Regional or global routing.
   *
   * <p>Required. Allowed values: {@code REGIONAL}, {@code GLOBAL}. CloudFormation property {@code
   * RoutingScope}.
   */
  public RouterOutput routingScope(String value) {
    return set("RoutingScope", Value.of(value));
  }

  /** Sets {@code RoutingScope} to this value; see {@link #routingScope(String)}. */
  public RouterOutput routingScope(Value<String> value) {
    return set("RoutingScope", value);
  }

  /**
   * Key-value pairs that can be used to tag and organize this router output.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public RouterOutput tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public RouterOutput tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public RouterOutput tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The tier level of the router output.
   *
   * <p>Required. Allowed values: {@code OUTPUT_100}, {@code OUTPUT_50}, {@code OUTPUT_20}.
   * CloudFormation property {@code Tier}.
   */
  public RouterOutput tier(String value) {
    return set("Tier", Value.of(value));
  }

  /** Sets {@code Tier} to this value; see {@link #tier(String)}. */
  public RouterOutput tier(Value<String> value) {
    return set("Tier", value);
  }

  /**
   * The Amazon Resource Name (ARN) of the router output.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * The timestamp when the router output was created.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CreatedAt}.
   */
  public Value<String> createdAt() {
    return getAtt("CreatedAt");
  }

  /**
   * The unique identifier of the router output.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Id}.
   */
  public Value<String> id() {
    return getAtt("Id");
  }

  /**
   * The IP address of the router output.
   *
   * <p>{@code Fn::GetAtt} attribute {@code IpAddress}.
   */
  public Value<String> ipAddress() {
    return getAtt("IpAddress");
  }

  /**
   * The type of maintenance configuration applied to this router output.
   *
   * <p>{@code Fn::GetAtt} attribute {@code MaintenanceType}.
   */
  public Value<String> maintenanceType() {
    return getAtt("MaintenanceType");
  }

  /**
   * The type of the router output.
   *
   * <p>{@code Fn::GetAtt} attribute {@code OutputType}.
   */
  public Value<String> outputType() {
    return getAtt("OutputType");
  }

  /**
   * The current state of the association between the router output and its input.
   *
   * <p>{@code Fn::GetAtt} attribute {@code RoutedState}.
   */
  public Value<String> routedState() {
    return getAtt("RoutedState");
  }

  /**
   * The overall state of the router output.
   *
   * <p>{@code Fn::GetAtt} attribute {@code State}.
   */
  public Value<String> state() {
    return getAtt("State");
  }

  /**
   * The timestamp when the router output was last updated.
   *
   * <p>{@code Fn::GetAtt} attribute {@code UpdatedAt}.
   */
  public Value<String> updatedAt() {
    return getAtt("UpdatedAt");
  }

  /**
   * The fabric configuration settings for the router output.
   *
   * <p>Property type {@code AWS::MediaConnect::RouterOutput.FabricConfiguration}.
   */
  public static final class FabricConfiguration extends Struct<FabricConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::MediaConnect::RouterOutput.FabricConfiguration")
        .required("RecoveryLatencyMode")
        .allowed("RecoveryLatencyMode", "BALANCED", "LOW_LATENCY")
        .build();

    public FabricConfiguration() {
      super(SCHEMA);
    }

    /**
     * Required. Allowed values: {@code BALANCED}, {@code LOW_LATENCY}. CloudFormation property
     * {@code RecoveryLatencyMode}.
     */
    public FabricConfiguration recoveryLatencyMode(String value) {
      return set("RecoveryLatencyMode", Value.of(value));
    }

    /** Sets {@code RecoveryLatencyMode} to this value; see {@link #recoveryLatencyMode(String)}. */
    public FabricConfiguration recoveryLatencyMode(Value<String> value) {
      return set("RecoveryLatencyMode", value);
    }
  }

  /**
   * The configuration that defines how content is encrypted during transit between the MediaConnect
   * router and a MediaConnect flow.
   *
   * <p>Property type {@code AWS::MediaConnect::RouterOutput.FlowTransitEncryption}.
   */
  public static final class FlowTransitEncryption extends Struct<FlowTransitEncryption> {
    private static final Schema SCHEMA = Schema.builder("AWS::MediaConnect::RouterOutput.FlowTransitEncryption")
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

  /**
   * Property type {@code AWS::MediaConnect::RouterOutput.FlowTransitEncryptionKeyConfiguration}.
   */
  public static final class FlowTransitEncryptionKeyConfiguration extends Struct<FlowTransitEncryptionKeyConfiguration> {
    private static final Schema SCHEMA = Schema.of("AWS::MediaConnect::RouterOutput.FlowTransitEncryptionKeyConfiguration");

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
     * The configuration settings for transit encryption using Secrets Manager, including the secret
     * ARN and role ARN.
     *
     * <p>CloudFormation property {@code SecretsManager}.
     */
    public FlowTransitEncryptionKeyConfiguration secretsManager(Value<SecretsManagerEncryptionKeyConfiguration> value) {
      return set("SecretsManager", value);
    }
  }

  /** Property type {@code AWS::MediaConnect::RouterOutput.MaintenanceConfiguration}. */
  public static final class MaintenanceConfiguration extends Struct<MaintenanceConfiguration> {
    private static final Schema SCHEMA = Schema.of("AWS::MediaConnect::RouterOutput.MaintenanceConfiguration");

    public MaintenanceConfiguration() {
      super(SCHEMA);
    }

    /**
     * Configuration settings for default maintenance scheduling.
     *
     * <p>CloudFormation property {@code Default}.
     */
    public MaintenanceConfiguration defaultProperty(Value<Json> value) {
      return set("Default", value);
    }

    /**
     * Configuration for preferred day and time maintenance settings.
     *
     * <p>CloudFormation property {@code PreferredDayTime}.
     */
    public MaintenanceConfiguration preferredDayTime(Value<PreferredDayTimeMaintenanceConfiguration> value) {
      return set("PreferredDayTime", value);
    }
  }

  /**
   * Configuration settings for connecting a router output to a MediaConnect flow source.
   *
   * <p>Property type {@code
   * AWS::MediaConnect::RouterOutput.MediaConnectFlowRouterOutputConfiguration}.
   */
  public static final class MediaConnectFlowRouterOutputConfiguration extends Struct<MediaConnectFlowRouterOutputConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::MediaConnect::RouterOutput.MediaConnectFlowRouterOutputConfiguration")
        .required("DestinationTransitEncryption")
        .build();

    public MediaConnectFlowRouterOutputConfiguration() {
      super(SCHEMA);
    }

    /**
     * The configuration that defines how content is encrypted during transit between the
     * MediaConnect router and a MediaConnect flow.
     *
     * <p>Required. CloudFormation property {@code DestinationTransitEncryption}.
     */
    public MediaConnectFlowRouterOutputConfiguration destinationTransitEncryption(Value<FlowTransitEncryption> value) {
      return set("DestinationTransitEncryption", value);
    }

    /**
     * The ARN of the flow to connect to this router output.
     *
     * <p>CloudFormation property {@code FlowArn}.
     */
    public MediaConnectFlowRouterOutputConfiguration flowArn(String value) {
      return set("FlowArn", Value.of(value));
    }

    /** Sets {@code FlowArn} to this value; see {@link #flowArn(String)}. */
    public MediaConnectFlowRouterOutputConfiguration flowArn(Value<String> value) {
      return set("FlowArn", value);
    }

    /**
     * The ARN of the flow source to connect to this router output.
     *
     * <p>CloudFormation property {@code FlowSourceArn}.
     */
    public MediaConnectFlowRouterOutputConfiguration flowSourceArn(String value) {
      return set("FlowSourceArn", Value.of(value));
    }

    /** Sets {@code FlowSourceArn} to this value; see {@link #flowSourceArn(String)}. */
    public MediaConnectFlowRouterOutputConfiguration flowSourceArn(Value<String> value) {
      return set("FlowSourceArn", value);
    }
  }

  /**
   * Configuration settings for connecting a router output to a MediaLive input.
   *
   * <p>Property type {@code
   * AWS::MediaConnect::RouterOutput.MediaLiveInputRouterOutputConfiguration}.
   */
  public static final class MediaLiveInputRouterOutputConfiguration extends Struct<MediaLiveInputRouterOutputConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::MediaConnect::RouterOutput.MediaLiveInputRouterOutputConfiguration")
        .required("DestinationTransitEncryption")
        .allowed("MediaLivePipelineId", "PIPELINE_0", "PIPELINE_1")
        .build();

    public MediaLiveInputRouterOutputConfiguration() {
      super(SCHEMA);
    }

    /**
     * The encryption configuration that defines how content is encrypted during transit between
     * MediaConnect Router and MediaLive. This configuration determines whether encryption keys are
     * automatically managed by the service or manually managed through Secrets Manager.
     *
     * <p>Required. CloudFormation property {@code DestinationTransitEncryption}.
     */
    public MediaLiveInputRouterOutputConfiguration destinationTransitEncryption(Value<MediaLiveTransitEncryption> value) {
      return set("DestinationTransitEncryption", value);
    }

    /**
     * The ARN of the MediaLive input to connect to this router output.
     *
     * <p>CloudFormation property {@code MediaLiveInputArn}.
     */
    public MediaLiveInputRouterOutputConfiguration mediaLiveInputArn(String value) {
      return set("MediaLiveInputArn", Value.of(value));
    }

    /** Sets {@code MediaLiveInputArn} to this value; see {@link #mediaLiveInputArn(String)}. */
    public MediaLiveInputRouterOutputConfiguration mediaLiveInputArn(Value<String> value) {
      return set("MediaLiveInputArn", value);
    }

    /**
     * Allowed values: {@code PIPELINE_0}, {@code PIPELINE_1}. CloudFormation property {@code
     * MediaLivePipelineId}.
     */
    public MediaLiveInputRouterOutputConfiguration mediaLivePipelineId(String value) {
      return set("MediaLivePipelineId", Value.of(value));
    }

    /** Sets {@code MediaLivePipelineId} to this value; see {@link #mediaLivePipelineId(String)}. */
    public MediaLiveInputRouterOutputConfiguration mediaLivePipelineId(Value<String> value) {
      return set("MediaLivePipelineId", value);
    }
  }

  /**
   * The encryption configuration that defines how content is encrypted during transit between
   * MediaConnect Router and MediaLive. This configuration determines whether encryption keys are
   * automatically managed by the service or manually managed through Secrets Manager.
   *
   * <p>Property type {@code AWS::MediaConnect::RouterOutput.MediaLiveTransitEncryption}.
   */
  public static final class MediaLiveTransitEncryption extends Struct<MediaLiveTransitEncryption> {
    private static final Schema SCHEMA = Schema.builder("AWS::MediaConnect::RouterOutput.MediaLiveTransitEncryption")
        .required("EncryptionKeyConfiguration")
        .allowed("EncryptionKeyType", "SECRETS_MANAGER", "AUTOMATIC")
        .build();

    public MediaLiveTransitEncryption() {
      super(SCHEMA);
    }

    /**
     * Configuration settings for the MediaLive transit encryption key.
     *
     * <p>Required. CloudFormation property {@code EncryptionKeyConfiguration}.
     */
    public MediaLiveTransitEncryption encryptionKeyConfiguration(Value<MediaLiveTransitEncryptionKeyConfiguration> value) {
      return set("EncryptionKeyConfiguration", value);
    }

    /**
     * Allowed values: {@code SECRETS_MANAGER}, {@code AUTOMATIC}. CloudFormation property {@code
     * EncryptionKeyType}.
     */
    public MediaLiveTransitEncryption encryptionKeyType(String value) {
      return set("EncryptionKeyType", Value.of(value));
    }

    /** Sets {@code EncryptionKeyType} to this value; see {@link #encryptionKeyType(String)}. */
    public MediaLiveTransitEncryption encryptionKeyType(Value<String> value) {
      return set("EncryptionKeyType", value);
    }
  }

  /**
   * Property type {@code
   * AWS::MediaConnect::RouterOutput.MediaLiveTransitEncryptionKeyConfiguration}.
   */
  public static final class MediaLiveTransitEncryptionKeyConfiguration extends Struct<MediaLiveTransitEncryptionKeyConfiguration> {
    private static final Schema SCHEMA = Schema.of("AWS::MediaConnect::RouterOutput.MediaLiveTransitEncryptionKeyConfiguration");

    public MediaLiveTransitEncryptionKeyConfiguration() {
      super(SCHEMA);
    }

    /**
     * Configuration settings for automatic encryption key management, where MediaConnect handles
     * key creation and rotation.
     *
     * <p>CloudFormation property {@code Automatic}.
     */
    public MediaLiveTransitEncryptionKeyConfiguration automatic(Value<Json> value) {
      return set("Automatic", value);
    }

    /**
     * The configuration settings for transit encryption using Secrets Manager, including the secret
     * ARN and role ARN.
     *
     * <p>CloudFormation property {@code SecretsManager}.
     */
    public MediaLiveTransitEncryptionKeyConfiguration secretsManager(Value<SecretsManagerEncryptionKeyConfiguration> value) {
      return set("SecretsManager", value);
    }
  }

  /**
   * Configuration for preferred day and time maintenance settings.
   *
   * <p>Property type {@code
   * AWS::MediaConnect::RouterOutput.PreferredDayTimeMaintenanceConfiguration}.
   */
  public static final class PreferredDayTimeMaintenanceConfiguration extends Struct<PreferredDayTimeMaintenanceConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::MediaConnect::RouterOutput.PreferredDayTimeMaintenanceConfiguration")
        .required("Day", "Time")
        .allowed("Day", "MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY",
            "SUNDAY")
        .build();

    public PreferredDayTimeMaintenanceConfiguration() {
      super(SCHEMA);
    }

    /**
     * Required. Allowed values: {@code MONDAY}, {@code TUESDAY}, {@code WEDNESDAY}, {@code
     * THURSDAY}, {@code FRIDAY}, {@code SATURDAY}, {@code SUNDAY}. CloudFormation property {@code
     * Day}.
     */
    public PreferredDayTimeMaintenanceConfiguration day(String value) {
      return set("Day", Value.of(value));
    }

    /** Sets {@code Day} to this value; see {@link #day(String)}. */
    public PreferredDayTimeMaintenanceConfiguration day(Value<String> value) {
      return set("Day", value);
    }

    /**
     * The preferred time for maintenance operations.
     *
     * <p>Required. CloudFormation property {@code Time}.
     */
    public PreferredDayTimeMaintenanceConfiguration time(String value) {
      return set("Time", Value.of(value));
    }

    /** Sets {@code Time} to this value; see {@link #time(String)}. */
    public PreferredDayTimeMaintenanceConfiguration time(Value<String> value) {
      return set("Time", value);
    }
  }

  /**
   * The configuration settings for a router output using the RIST (Reliable Internet Stream
   * Transport) protocol, including the destination address and port.
   *
   * <p>Property type {@code AWS::MediaConnect::RouterOutput.RistRouterOutputConfiguration}.
   */
  public static final class RistRouterOutputConfiguration extends Struct<RistRouterOutputConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::MediaConnect::RouterOutput.RistRouterOutputConfiguration")
        .required("DestinationAddress", "DestinationPort")
        .build();

    public RistRouterOutputConfiguration() {
      super(SCHEMA);
    }

    /**
     * The destination IP address for the RIST protocol in the router output configuration.
     *
     * <p>Required. CloudFormation property {@code DestinationAddress}.
     */
    public RistRouterOutputConfiguration destinationAddress(String value) {
      return set("DestinationAddress", Value.of(value));
    }

    /** Sets {@code DestinationAddress} to this value; see {@link #destinationAddress(String)}. */
    public RistRouterOutputConfiguration destinationAddress(Value<String> value) {
      return set("DestinationAddress", value);
    }

    /**
     * The destination port number for the RIST protocol in the router output configuration.
     *
     * <p>Required. CloudFormation property {@code DestinationPort}.
     */
    public RistRouterOutputConfiguration destinationPort(int value) {
      return set("DestinationPort", Value.of(value));
    }

    /** Sets {@code DestinationPort} to this value; see {@link #destinationPort(int)}. */
    public RistRouterOutputConfiguration destinationPort(Value<Integer> value) {
      return set("DestinationPort", value);
    }
  }

  /** Property type {@code AWS::MediaConnect::RouterOutput.RouterOutputConfiguration}. */
  public static final class RouterOutputConfiguration extends Struct<RouterOutputConfiguration> {
    private static final Schema SCHEMA = Schema.of("AWS::MediaConnect::RouterOutput.RouterOutputConfiguration");

    public RouterOutputConfiguration() {
      super(SCHEMA);
    }

    /**
     * Configuration settings for connecting a router output to a MediaConnect flow source.
     *
     * <p>CloudFormation property {@code MediaConnectFlow}.
     */
    public RouterOutputConfiguration mediaConnectFlow(Value<MediaConnectFlowRouterOutputConfiguration> value) {
      return set("MediaConnectFlow", value);
    }

    /**
     * Configuration settings for connecting a router output to a MediaLive input.
     *
     * <p>CloudFormation property {@code MediaLiveInput}.
     */
    public RouterOutputConfiguration mediaLiveInput(Value<MediaLiveInputRouterOutputConfiguration> value) {
      return set("MediaLiveInput", value);
    }

    /**
     * The configuration settings for a standard router output, including the protocol,
     * protocol-specific configuration, network interface, and availability zone.
     *
     * <p>CloudFormation property {@code Standard}.
     */
    public RouterOutputConfiguration standard(Value<StandardRouterOutputConfiguration> value) {
      return set("Standard", value);
    }
  }

  /** Property type {@code AWS::MediaConnect::RouterOutput.RouterOutputProtocolConfiguration}. */
  public static final class RouterOutputProtocolConfiguration extends Struct<RouterOutputProtocolConfiguration> {
    private static final Schema SCHEMA = Schema.of("AWS::MediaConnect::RouterOutput.RouterOutputProtocolConfiguration");

    public RouterOutputProtocolConfiguration() {
      super(SCHEMA);
    }

    /**
     * The configuration settings for a router output using the RIST (Reliable Internet Stream
     * Transport) protocol, including the destination address and port.
     *
     * <p>CloudFormation property {@code Rist}.
     */
    public RouterOutputProtocolConfiguration rist(Value<RistRouterOutputConfiguration> value) {
      return set("Rist", value);
    }

    /**
     * The configuration settings for a router output that pushes a stream to a destination using
     * the RTMP (Real-Time Messaging Protocol) protocol, or RTMPS (RTMP over TLS) when TLS
     * encryption is specified. These settings include the destination address and port, the
     * application and stream names, and optional TLS encryption configuration.
     *
     * <p>CloudFormation property {@code RtmpPush}.
     */
    public RouterOutputProtocolConfiguration rtmpPush(Value<RtmpPushRouterOutputConfiguration> value) {
      return set("RtmpPush", value);
    }

    /**
     * The configuration settings for a router output using the RTP (Real-Time Transport Protocol)
     * protocol, including the destination address and port, and forward error correction state.
     *
     * <p>CloudFormation property {@code Rtp}.
     */
    public RouterOutputProtocolConfiguration rtp(Value<RtpRouterOutputConfiguration> value) {
      return set("Rtp", value);
    }

    /**
     * The configuration settings for a router output using the SRT (Secure Reliable Transport)
     * protocol in caller mode, including the destination address and port, minimum latency, stream
     * ID, and encryption key configuration.
     *
     * <p>CloudFormation property {@code SrtCaller}.
     */
    public RouterOutputProtocolConfiguration srtCaller(Value<SrtCallerRouterOutputConfiguration> value) {
      return set("SrtCaller", value);
    }

    /**
     * The configuration settings for a router output using the SRT (Secure Reliable Transport)
     * protocol in listener mode, including the port, minimum latency, and encryption key
     * configuration.
     *
     * <p>CloudFormation property {@code SrtListener}.
     */
    public RouterOutputProtocolConfiguration srtListener(Value<SrtListenerRouterOutputConfiguration> value) {
      return set("SrtListener", value);
    }
  }

  /**
   * The configuration settings for a router output that pushes a stream to a destination using the
   * RTMP (Real-Time Messaging Protocol) protocol, or RTMPS (RTMP over TLS) when TLS encryption is
   * specified. These settings include the destination address and port, the application and stream
   * names, and optional TLS encryption configuration.
   *
   * <p>Property type {@code AWS::MediaConnect::RouterOutput.RtmpPushRouterOutputConfiguration}.
   */
  public static final class RtmpPushRouterOutputConfiguration extends Struct<RtmpPushRouterOutputConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::MediaConnect::RouterOutput.RtmpPushRouterOutputConfiguration")
        .required("ApplicationName", "DestinationAddress", "DestinationPort", "StreamName")
        .build();

    public RtmpPushRouterOutputConfiguration() {
      super(SCHEMA);
    }

    /**
     * The name of the RTMP application on the destination server. Together with the stream name,
     * the application name forms the RTMP URL path, in the pattern
     * rtmp://destinationAddress/applicationName/streamName.
     *
     * <p>Required. CloudFormation property {@code ApplicationName}.
     */
    public RtmpPushRouterOutputConfiguration applicationName(String value) {
      return set("ApplicationName", Value.of(value));
    }

    /** Sets {@code ApplicationName} to this value; see {@link #applicationName(String)}. */
    public RtmpPushRouterOutputConfiguration applicationName(Value<String> value) {
      return set("ApplicationName", value);
    }

    /**
     * The IP address or hostname of the destination RTMP server that the router output pushes the
     * stream to. Provide only the server address; specify the application and stream names
     * separately.
     *
     * <p>Required. CloudFormation property {@code DestinationAddress}.
     */
    public RtmpPushRouterOutputConfiguration destinationAddress(String value) {
      return set("DestinationAddress", Value.of(value));
    }

    /** Sets {@code DestinationAddress} to this value; see {@link #destinationAddress(String)}. */
    public RtmpPushRouterOutputConfiguration destinationAddress(Value<String> value) {
      return set("DestinationAddress", value);
    }

    /**
     * The TCP port on the destination RTMP server. For RTMP, valid values range from 1024 to 65535.
     * For RTMPS (RTMP over TLS), valid values are 443 or 1024 to 65535. RTMP typically uses port
     * 1935, and RTMPS typically uses port 443.
     *
     * <p>Required. CloudFormation property {@code DestinationPort}.
     */
    public RtmpPushRouterOutputConfiguration destinationPort(int value) {
      return set("DestinationPort", Value.of(value));
    }

    /** Sets {@code DestinationPort} to this value; see {@link #destinationPort(int)}. */
    public RtmpPushRouterOutputConfiguration destinationPort(Value<Integer> value) {
      return set("DestinationPort", value);
    }

    /**
     * The name of the RTMP stream that the output publishes to the destination application. The
     * stream name forms the final segment of the RTMP URL path.
     *
     * <p>Required. CloudFormation property {@code StreamName}.
     */
    public RtmpPushRouterOutputConfiguration streamName(String value) {
      return set("StreamName", Value.of(value));
    }

    /** Sets {@code StreamName} to this value; see {@link #streamName(String)}. */
    public RtmpPushRouterOutputConfiguration streamName(Value<String> value) {
      return set("StreamName", value);
    }

    /**
     * The Transport Layer Security (TLS) encryption settings used to establish a secure connection
     * to a destination.
     *
     * <p>CloudFormation property {@code TlsEncryption}.
     */
    public RtmpPushRouterOutputConfiguration tlsEncryption(Value<TlsEncryption> value) {
      return set("TlsEncryption", value);
    }
  }

  /**
   * The configuration settings for a router output using the RTP (Real-Time Transport Protocol)
   * protocol, including the destination address and port, and forward error correction state.
   *
   * <p>Property type {@code AWS::MediaConnect::RouterOutput.RtpRouterOutputConfiguration}.
   */
  public static final class RtpRouterOutputConfiguration extends Struct<RtpRouterOutputConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::MediaConnect::RouterOutput.RtpRouterOutputConfiguration")
        .required("DestinationAddress", "DestinationPort")
        .allowed("ForwardErrorCorrection", "ENABLED", "DISABLED")
        .build();

    public RtpRouterOutputConfiguration() {
      super(SCHEMA);
    }

    /**
     * The destination IP address for the RTP protocol in the router output configuration.
     *
     * <p>Required. CloudFormation property {@code DestinationAddress}.
     */
    public RtpRouterOutputConfiguration destinationAddress(String value) {
      return set("DestinationAddress", Value.of(value));
    }

    /** Sets {@code DestinationAddress} to this value; see {@link #destinationAddress(String)}. */
    public RtpRouterOutputConfiguration destinationAddress(Value<String> value) {
      return set("DestinationAddress", value);
    }

    /**
     * The destination port number for the RTP protocol in the router output configuration.
     *
     * <p>Required. CloudFormation property {@code DestinationPort}.
     */
    public RtpRouterOutputConfiguration destinationPort(int value) {
      return set("DestinationPort", Value.of(value));
    }

    /** Sets {@code DestinationPort} to this value; see {@link #destinationPort(int)}. */
    public RtpRouterOutputConfiguration destinationPort(Value<Integer> value) {
      return set("DestinationPort", value);
    }

    /**
     * Allowed values: {@code ENABLED}, {@code DISABLED}. CloudFormation property {@code
     * ForwardErrorCorrection}.
     */
    public RtpRouterOutputConfiguration forwardErrorCorrection(String value) {
      return set("ForwardErrorCorrection", Value.of(value));
    }

    /**
     * Sets {@code ForwardErrorCorrection} to this value; see {@link
     * #forwardErrorCorrection(String)}.
     */
    public RtpRouterOutputConfiguration forwardErrorCorrection(Value<String> value) {
      return set("ForwardErrorCorrection", value);
    }
  }

  /**
   * The configuration settings for transit encryption using Secrets Manager, including the secret
   * ARN and role ARN.
   *
   * <p>Property type {@code
   * AWS::MediaConnect::RouterOutput.SecretsManagerEncryptionKeyConfiguration}.
   */
  public static final class SecretsManagerEncryptionKeyConfiguration extends Struct<SecretsManagerEncryptionKeyConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::MediaConnect::RouterOutput.SecretsManagerEncryptionKeyConfiguration")
        .required("RoleArn", "SecretArn")
        .build();

    public SecretsManagerEncryptionKeyConfiguration() {
      super(SCHEMA);
    }

    /**
     * The ARN of the IAM role assumed by MediaConnect to access the Secrets Manager secret.
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
     * The ARN of the Secrets Manager secret used for transit encryption.
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
   * The configuration settings for a router output using the SRT (Secure Reliable Transport)
   * protocol in caller mode, including the destination address and port, minimum latency, stream
   * ID, and encryption key configuration.
   *
   * <p>Property type {@code AWS::MediaConnect::RouterOutput.SrtCallerRouterOutputConfiguration}.
   */
  public static final class SrtCallerRouterOutputConfiguration extends Struct<SrtCallerRouterOutputConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::MediaConnect::RouterOutput.SrtCallerRouterOutputConfiguration")
        .required("DestinationAddress", "DestinationPort", "MinimumLatencyMilliseconds")
        .build();

    public SrtCallerRouterOutputConfiguration() {
      super(SCHEMA);
    }

    /**
     * The destination IP address for the SRT protocol in caller mode.
     *
     * <p>Required. CloudFormation property {@code DestinationAddress}.
     */
    public SrtCallerRouterOutputConfiguration destinationAddress(String value) {
      return set("DestinationAddress", Value.of(value));
    }

    /** Sets {@code DestinationAddress} to this value; see {@link #destinationAddress(String)}. */
    public SrtCallerRouterOutputConfiguration destinationAddress(Value<String> value) {
      return set("DestinationAddress", value);
    }

    /**
     * The destination port number for the SRT protocol in caller mode.
     *
     * <p>Required. CloudFormation property {@code DestinationPort}.
     */
    public SrtCallerRouterOutputConfiguration destinationPort(int value) {
      return set("DestinationPort", Value.of(value));
    }

    /** Sets {@code DestinationPort} to this value; see {@link #destinationPort(int)}. */
    public SrtCallerRouterOutputConfiguration destinationPort(Value<Integer> value) {
      return set("DestinationPort", value);
    }

    /**
     * Contains the configuration settings for encrypting SRT streams, including the encryption key
     * details and encryption parameters.
     *
     * <p>CloudFormation property {@code EncryptionConfiguration}.
     */
    public SrtCallerRouterOutputConfiguration encryptionConfiguration(Value<SrtEncryptionConfiguration> value) {
      return set("EncryptionConfiguration", value);
    }

    /**
     * The minimum latency in milliseconds for the SRT protocol in caller mode.
     *
     * <p>Required. CloudFormation property {@code MinimumLatencyMilliseconds}.
     */
    public SrtCallerRouterOutputConfiguration minimumLatencyMilliseconds(int value) {
      return set("MinimumLatencyMilliseconds", Value.of(value));
    }

    /**
     * Sets {@code MinimumLatencyMilliseconds} to this value; see {@link
     * #minimumLatencyMilliseconds(int)}.
     */
    public SrtCallerRouterOutputConfiguration minimumLatencyMilliseconds(Value<Integer> value) {
      return set("MinimumLatencyMilliseconds", value);
    }

    /**
     * The stream ID for the SRT protocol in caller mode.
     *
     * <p>CloudFormation property {@code StreamId}.
     */
    public SrtCallerRouterOutputConfiguration streamId(String value) {
      return set("StreamId", Value.of(value));
    }

    /** Sets {@code StreamId} to this value; see {@link #streamId(String)}. */
    public SrtCallerRouterOutputConfiguration streamId(Value<String> value) {
      return set("StreamId", value);
    }
  }

  /**
   * Contains the configuration settings for encrypting SRT streams, including the encryption key
   * details and encryption parameters.
   *
   * <p>Property type {@code AWS::MediaConnect::RouterOutput.SrtEncryptionConfiguration}.
   */
  public static final class SrtEncryptionConfiguration extends Struct<SrtEncryptionConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::MediaConnect::RouterOutput.SrtEncryptionConfiguration")
        .required("EncryptionKey")
        .build();

    public SrtEncryptionConfiguration() {
      super(SCHEMA);
    }

    /**
     * The configuration settings for transit encryption using Secrets Manager, including the secret
     * ARN and role ARN.
     *
     * <p>Required. CloudFormation property {@code EncryptionKey}.
     */
    public SrtEncryptionConfiguration encryptionKey(Value<SecretsManagerEncryptionKeyConfiguration> value) {
      return set("EncryptionKey", value);
    }
  }

  /**
   * The configuration settings for a router output using the SRT (Secure Reliable Transport)
   * protocol in listener mode, including the port, minimum latency, and encryption key
   * configuration.
   *
   * <p>Property type {@code AWS::MediaConnect::RouterOutput.SrtListenerRouterOutputConfiguration}.
   */
  public static final class SrtListenerRouterOutputConfiguration extends Struct<SrtListenerRouterOutputConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::MediaConnect::RouterOutput.SrtListenerRouterOutputConfiguration")
        .required("MinimumLatencyMilliseconds", "Port")
        .build();

    public SrtListenerRouterOutputConfiguration() {
      super(SCHEMA);
    }

    /**
     * Contains the configuration settings for encrypting SRT streams, including the encryption key
     * details and encryption parameters.
     *
     * <p>CloudFormation property {@code EncryptionConfiguration}.
     */
    public SrtListenerRouterOutputConfiguration encryptionConfiguration(Value<SrtEncryptionConfiguration> value) {
      return set("EncryptionConfiguration", value);
    }

    /**
     * The minimum latency in milliseconds for the SRT protocol in listener mode.
     *
     * <p>Required. CloudFormation property {@code MinimumLatencyMilliseconds}.
     */
    public SrtListenerRouterOutputConfiguration minimumLatencyMilliseconds(int value) {
      return set("MinimumLatencyMilliseconds", Value.of(value));
    }

    /**
     * Sets {@code MinimumLatencyMilliseconds} to this value; see {@link
     * #minimumLatencyMilliseconds(int)}.
     */
    public SrtListenerRouterOutputConfiguration minimumLatencyMilliseconds(Value<Integer> value) {
      return set("MinimumLatencyMilliseconds", value);
    }

    /**
     * The port number for the SRT protocol in listener mode.
     *
     * <p>Required. CloudFormation property {@code Port}.
     */
    public SrtListenerRouterOutputConfiguration port(int value) {
      return set("Port", Value.of(value));
    }

    /** Sets {@code Port} to this value; see {@link #port(int)}. */
    public SrtListenerRouterOutputConfiguration port(Value<Integer> value) {
      return set("Port", value);
    }
  }

  /**
   * The configuration settings for a standard router output, including the protocol,
   * protocol-specific configuration, network interface, and availability zone.
   *
   * <p>Property type {@code AWS::MediaConnect::RouterOutput.StandardRouterOutputConfiguration}.
   */
  public static final class StandardRouterOutputConfiguration extends Struct<StandardRouterOutputConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::MediaConnect::RouterOutput.StandardRouterOutputConfiguration")
        .required("NetworkInterfaceArn", "ProtocolConfiguration")
        .allowed("Protocol", "RTP", "RIST", "SRT_CALLER", "SRT_LISTENER", "RTMP_PUSH")
        .build();

    public StandardRouterOutputConfiguration() {
      super(SCHEMA);
    }

    /**
     * The Amazon Resource Name (ARN) of the network interface associated with the standard router
     * output.
     *
     * <p>Required. Changing it replaces the resource. CloudFormation property {@code
     * NetworkInterfaceArn}.
     */
    public StandardRouterOutputConfiguration networkInterfaceArn(String value) {
      return set("NetworkInterfaceArn", Value.of(value));
    }

    /** Sets {@code NetworkInterfaceArn} to this value; see {@link #networkInterfaceArn(String)}. */
    public StandardRouterOutputConfiguration networkInterfaceArn(Value<String> value) {
      return set("NetworkInterfaceArn", value);
    }

    /**
     * Allowed values: {@code RTP}, {@code RIST}, {@code SRT_CALLER}, {@code SRT_LISTENER}, {@code
     * RTMP_PUSH}. CloudFormation property {@code Protocol}.
     */
    public StandardRouterOutputConfiguration protocol(String value) {
      return set("Protocol", Value.of(value));
    }

    /** Sets {@code Protocol} to this value; see {@link #protocol(String)}. */
    public StandardRouterOutputConfiguration protocol(Value<String> value) {
      return set("Protocol", value);
    }

    /**
     * The protocol configuration settings for a router output.
     *
     * <p>Required. CloudFormation property {@code ProtocolConfiguration}.
     */
    public StandardRouterOutputConfiguration protocolConfiguration(Value<RouterOutputProtocolConfiguration> value) {
      return set("ProtocolConfiguration", value);
    }
  }

  /**
   * The Transport Layer Security (TLS) encryption settings used to establish a secure connection to
   * a destination.
   *
   * <p>Property type {@code AWS::MediaConnect::RouterOutput.TlsEncryption}.
   */
  public static final class TlsEncryption extends Struct<TlsEncryption> {
    private static final Schema SCHEMA = Schema.builder("AWS::MediaConnect::RouterOutput.TlsEncryption")
        .required("EncryptionConfiguration")
        .allowed("EncryptionType", "PUBLIC")
        .build();

    public TlsEncryption() {
      super(SCHEMA);
    }

    /**
     * The configuration settings for TLS encryption.
     *
     * <p>Required. CloudFormation property {@code EncryptionConfiguration}.
     */
    public TlsEncryption encryptionConfiguration(Value<TlsEncryptionConfiguration> value) {
      return set("EncryptionConfiguration", value);
    }

    /** Allowed values: {@code PUBLIC}. CloudFormation property {@code EncryptionType}. */
    public TlsEncryption encryptionType(String value) {
      return set("EncryptionType", Value.of(value));
    }

    /** Sets {@code EncryptionType} to this value; see {@link #encryptionType(String)}. */
    public TlsEncryption encryptionType(Value<String> value) {
      return set("EncryptionType", value);
    }
  }

  /**
   * The configuration settings for TLS encryption.
   *
   * <p>Property type {@code AWS::MediaConnect::RouterOutput.TlsEncryptionConfiguration}.
   */
  public static final class TlsEncryptionConfiguration extends Struct<TlsEncryptionConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::MediaConnect::RouterOutput.TlsEncryptionConfiguration")
        .required("Public")
        .build();

    public TlsEncryptionConfiguration() {
      super(SCHEMA);
    }

    /**
     * The TLS encryption configuration for destinations that present a certificate from a publicly
     * trusted certificate authority. This type does not require any additional settings.
     *
     * <p>Required. CloudFormation property {@code Public}.
     */
    public TlsEncryptionConfiguration publicProperty(Value<Json> value) {
      return set("Public", value);
    }
  }
}
