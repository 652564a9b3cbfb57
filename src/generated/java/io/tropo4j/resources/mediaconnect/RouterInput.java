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
 * Represents a router input in AWS Elemental MediaConnect that is used to ingest content to be
 * transmitted to router outputs
 *
 * <p>CloudFormation type {@code AWS::MediaConnect::RouterInput}.
 */
public final class RouterInput extends Resource<RouterInput> {
  private static final Schema SCHEMA = Schema.builder("AWS::MediaConnect::RouterInput")
      .required("Configuration", "MaximumBitrate", "Name", "RoutingScope", "Tier")
      .constrain("Name", Constraint.of().minLength(1).maxLength(128))
      .allowed("RoutingScope", "REGIONAL", "GLOBAL")
      .allowed("Tier", "INPUT_100", "INPUT_50", "INPUT_20")
      .refYields("Arn")
      .attributes("Arn", "ContentQualityAnalysisType", "CreatedAt", "Id", "InputType", "IpAddress",
          "MaintenanceType", "RoutedOutputs", "State", "UpdatedAt")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public RouterInput(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The Availability Zone of the router input.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code AvailabilityZone}.
   */
  public RouterInput availabilityZone(String value) {
    return set("AvailabilityZone", Value.of(value));
  }

  /** Sets {@code AvailabilityZone} to this value; see {@link #availabilityZone(String)}. */
  public RouterInput availabilityZone(Value<String> value) {
    return set("AvailabilityZone", value);
  }

  /**
   * The configuration settings for a router input.
   *
   * <p>Required. CloudFormation property {@code Configuration}.
   */
  public RouterInput configuration(Value<RouterInputConfiguration> value) {
    return set("Configuration", value);
  }

  /**
   * The content quality analysis configuration for the router input. The content quality analysis
   * feature only monitors the first video stream and the first audio stream it encounters within
   * the router input source.
   *
   * <p>CloudFormation property {@code ContentQualityAnalysisConfiguration}.
   */
  public RouterInput contentQualityAnalysisConfiguration(Value<RouterContentQualityAnalysisConfiguration> value) {
    return set("ContentQualityAnalysisConfiguration", value);
  }

  /**
   * The maintenance configuration settings applied to this router input.
   *
   * <p>CloudFormation property {@code MaintenanceConfiguration}.
   */
  public RouterInput maintenanceConfiguration(Value<MaintenanceConfiguration> value) {
    return set("MaintenanceConfiguration", value);
  }

  /**
   * The maximum bitrate for the router input.
   *
   * <p>Required. CloudFormation property {@code MaximumBitrate}.
   */
  public RouterInput maximumBitrate(int value) {
    return set("MaximumBitrate", Value.of(value));
  }

  /** Sets {@code MaximumBitrate} to this value; see {@link #maximumBitrate(int)}. */
  public RouterInput maximumBitrate(Value<Integer> value) {
    return set("MaximumBitrate", value);
  }

  /**
   * The name of the router input.
   *
   * <p>Required. Length: 1 to 128 characters. CloudFormation property {@code Name}.
   */
  public RouterInput name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public RouterInput name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * The AWS Region where the router input is located.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code RegionName}.
   */
  public RouterInput regionName(String value) {
    return set("RegionName", Value.of(value));
  }

  /** Sets {@code RegionName} to this value; see {@link #regionName(String)}. */
  public RouterInput regionName(Value<String> value) {
    return set("RegionName", value);
  }

  /**
   * Indicates whether the router input is configured for Regional or global routing.
   *
   * <p>Required. Allowed values: {@code REGIONAL}, {@code GLOBAL}. CloudFormation property {@code
   * RoutingScope}.
   */
  public RouterInput routingScope(String value) {
    return set("RoutingScope", Value.of(value));
  }

  /** Sets {@code RoutingScope} to this value; see {@link #routingScope(String)}. */
  public RouterInput routingScope(Value<String> value) {
    return set("RoutingScope", value);
  }

  /**
   * Key-value pairs that can be used to tag and organize this router input.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public RouterInput tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public RouterInput tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public RouterInput tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The tier level of the router input.
   *
   * <p>Required. Allowed values: {@code INPUT_100}, {@code INPUT_50}, {@code INPUT_20}.
   * CloudFormation property {@code Tier}.
   */
  public RouterInput tier(String value) {
    return set("Tier", Value.of(value));
  }

  /** Sets {@code Tier} to this value; see {@link #tier(String)}. */
  public RouterInput tier(Value<String> value) {
    return set("Tier", value);
  }

  /**
   * Encryption information.
   *
   * <p>CloudFormation property {@code TransitEncryption}.
   */
  public RouterInput transitEncryption(Value<RouterInputTransitEncryption> value) {
    return set("TransitEncryption", value);
  }

  /**
   * The Amazon Resource Name (ARN) of the router input.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /** {@code Fn::GetAtt} attribute {@code ContentQualityAnalysisType}. */
  public Value<String> contentQualityAnalysisType() {
    return getAtt("ContentQualityAnalysisType");
  }

  /**
   * The timestamp when the router input was created.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CreatedAt}.
   */
  public Value<String> createdAt() {
    return getAtt("CreatedAt");
  }

  /**
   * The unique identifier of the router input.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Id}.
   */
  public Value<String> id() {
    return getAtt("Id");
  }

  /**
   * The type of the router input.
   *
   * <p>{@code Fn::GetAtt} attribute {@code InputType}.
   */
  public Value<String> inputType() {
    return getAtt("InputType");
  }

  /**
   * The IP address of the router input.
   *
   * <p>{@code Fn::GetAtt} attribute {@code IpAddress}.
   */
  public Value<String> ipAddress() {
    return getAtt("IpAddress");
  }

  /**
   * The type of maintenance configuration applied to this router input.
   *
   * <p>{@code Fn::GetAtt} attribute {@code MaintenanceType}.
   */
  public Value<String> maintenanceType() {
    return getAtt("MaintenanceType");
  }

  /**
   * The number of router outputs associated with the router input.
   *
   * <p>{@code Fn::GetAtt} attribute {@code RoutedOutputs}.
   */
  public Value<Integer> routedOutputs() {
    return getAtt("RoutedOutputs");
  }

  /**
   * The current state of the router input.
   *
   * <p>{@code Fn::GetAtt} attribute {@code State}.
   */
  public Value<String> state() {
    return getAtt("State");
  }

  /**
   * The timestamp when the router input was last updated.
   *
   * <p>{@code Fn::GetAtt} attribute {@code UpdatedAt}.
   */
  public Value<String> updatedAt() {
    return getAtt("UpdatedAt");
  }

  /**
   * Detects black frames in the router input's source content and reports them through a CloudWatch
   * metric, an EventBridge event, and a router input message.
   *
   * <p>Property type {@code AWS::MediaConnect::RouterInput.BlackFramesConfiguration}.
   */
  public static final class BlackFramesConfiguration extends Struct<BlackFramesConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::MediaConnect::RouterInput.BlackFramesConfiguration")
        .required("State", "ThresholdSeconds")
        .allowed("State", "ENABLED", "DISABLED")
        .build();

    public BlackFramesConfiguration() {
      super(SCHEMA);
    }

    /**
     * Required. Allowed values: {@code ENABLED}, {@code DISABLED}. CloudFormation property {@code
     * State}.
     */
    public BlackFramesConfiguration state(String value) {
      return set("State", Value.of(value));
    }

    /** Sets {@code State} to this value; see {@link #state(String)}. */
    public BlackFramesConfiguration state(Value<String> value) {
      return set("State", value);
    }

    /**
     * The number of consecutive seconds of black frames that MediaConnect must detect before it
     * reports an issue.
     *
     * <p>Required. CloudFormation property {@code ThresholdSeconds}.
     */
    public BlackFramesConfiguration thresholdSeconds(int value) {
      return set("ThresholdSeconds", Value.of(value));
    }

    /** Sets {@code ThresholdSeconds} to this value; see {@link #thresholdSeconds(int)}. */
    public BlackFramesConfiguration thresholdSeconds(Value<Integer> value) {
      return set("ThresholdSeconds", value);
    }
  }

  /**
   * Configures the content quality analysis features for the router input.
   *
   * <p>Property type {@code
   * AWS::MediaConnect::RouterInput.ContentQualityAnalysisFeatureConfiguration}.
   */
  public static final class ContentQualityAnalysisFeatureConfiguration extends Struct<ContentQualityAnalysisFeatureConfiguration> {
    private static final Schema SCHEMA = Schema.of("AWS::MediaConnect::RouterInput.ContentQualityAnalysisFeatureConfiguration");

    public ContentQualityAnalysisFeatureConfiguration() {
      super(SCHEMA);
    }

    /**
     * Detects black frames in the router input's source content and reports them through a
     * CloudWatch metric, an EventBridge event, and a router input message.
     *
     * <p>CloudFormation property {@code BlackFrames}.
     */
    public ContentQualityAnalysisFeatureConfiguration blackFrames(Value<BlackFramesConfiguration> value) {
      return set("BlackFrames", value);
    }

    /**
     * Detects frozen video frames in the router input's source content and reports them through a
     * CloudWatch metric, an EventBridge event, and a router input message.
     *
     * <p>CloudFormation property {@code FrozenFrames}.
     */
    public ContentQualityAnalysisFeatureConfiguration frozenFrames(Value<FrozenFramesConfiguration> value) {
      return set("FrozenFrames", value);
    }

    /**
     * Detects silent audio in the router input's source content and reports it through a CloudWatch
     * metric, an EventBridge event, and a router input message.
     *
     * <p>CloudFormation property {@code SilentAudio}.
     */
    public ContentQualityAnalysisFeatureConfiguration silentAudio(Value<SilentAudioConfiguration> value) {
      return set("SilentAudio", value);
    }
  }

  /**
   * Configuration settings for a failover router input that allows switching between two input
   * sources.
   *
   * <p>Property type {@code AWS::MediaConnect::RouterInput.FailoverRouterInputConfiguration}.
   */
  public static final class FailoverRouterInputConfiguration extends Struct<FailoverRouterInputConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::MediaConnect::RouterInput.FailoverRouterInputConfiguration")
        .required("NetworkInterfaceArn", "ProtocolConfigurations", "SourcePriorityMode")
        .allowed("SourcePriorityMode", "NO_PRIORITY", "PRIMARY_SECONDARY")
        .build();

    public FailoverRouterInputConfiguration() {
      super(SCHEMA);
    }

    /**
     * The ARN of the network interface to use for this failover router input.
     *
     * <p>Required. Changing it replaces the resource. CloudFormation property {@code
     * NetworkInterfaceArn}.
     */
    public FailoverRouterInputConfiguration networkInterfaceArn(String value) {
      return set("NetworkInterfaceArn", Value.of(value));
    }

    /** Sets {@code NetworkInterfaceArn} to this value; see {@link #networkInterfaceArn(String)}. */
    public FailoverRouterInputConfiguration networkInterfaceArn(Value<String> value) {
      return set("NetworkInterfaceArn", value);
    }

    /**
     * The index (0 or 1) that specifies which source in the protocol configurations list is
     * currently active. Used to control which of the two failover sources is currently selected.
     * This field is ignored when sourcePriorityMode is set to NO_PRIORITY
     *
     * <p>CloudFormation property {@code PrimarySourceIndex}.
     */
    public FailoverRouterInputConfiguration primarySourceIndex(int value) {
      return set("PrimarySourceIndex", Value.of(value));
    }

    /** Sets {@code PrimarySourceIndex} to this value; see {@link #primarySourceIndex(int)}. */
    public FailoverRouterInputConfiguration primarySourceIndex(Value<Integer> value) {
      return set("PrimarySourceIndex", value);
    }

    /**
     * A list of exactly two protocol configurations for the failover input sources. Both must use
     * the same protocol type.
     *
     * <p>Required. CloudFormation property {@code ProtocolConfigurations}.
     */
    public FailoverRouterInputConfiguration protocolConfigurations(List<FailoverRouterInputProtocolConfiguration> value) {
      return set("ProtocolConfigurations", Value.listOf(value));
    }

    /**
     * Sets {@code ProtocolConfigurations} to this value; see {@link #protocolConfigurations(List)}.
     */
    public FailoverRouterInputConfiguration protocolConfigurations(Value<List<FailoverRouterInputProtocolConfiguration>> value) {
      return set("ProtocolConfigurations", value);
    }

    /**
     * Sets {@code ProtocolConfigurations} to a list of these; see {@link
     * #protocolConfigurations(List)}.
     */
    public FailoverRouterInputConfiguration protocolConfigurations(FailoverRouterInputProtocolConfiguration... values) {
      return set("ProtocolConfigurations", Value.list(values));
    }

    /**
     * Required. Allowed values: {@code NO_PRIORITY}, {@code PRIMARY_SECONDARY}. CloudFormation
     * property {@code SourcePriorityMode}.
     */
    public FailoverRouterInputConfiguration sourcePriorityMode(String value) {
      return set("SourcePriorityMode", Value.of(value));
    }

    /** Sets {@code SourcePriorityMode} to this value; see {@link #sourcePriorityMode(String)}. */
    public FailoverRouterInputConfiguration sourcePriorityMode(Value<String> value) {
      return set("SourcePriorityMode", value);
    }
  }

  /**
   * Property type {@code AWS::MediaConnect::RouterInput.FailoverRouterInputProtocolConfiguration}.
   */
  public static final class FailoverRouterInputProtocolConfiguration extends Struct<FailoverRouterInputProtocolConfiguration> {
    private static final Schema SCHEMA = Schema.of("AWS::MediaConnect::RouterInput.FailoverRouterInputProtocolConfiguration");

    public FailoverRouterInputProtocolConfiguration() {
      super(SCHEMA);
    }

    /**
     * The configuration settings for a router input using the RIST (Reliable Internet Stream
     * Transport) protocol, including the port and recovery latency.
     *
     * <p>CloudFormation property {@code Rist}.
     */
    public FailoverRouterInputProtocolConfiguration rist(Value<RistRouterInputConfiguration> value) {
      return set("Rist", value);
    }

    /**
     * The configuration settings for a Router Input using the RTP (Real-Time Transport Protocol)
     * protocol, including the port and forward error correction state.
     *
     * <p>CloudFormation property {@code Rtp}.
     */
    public FailoverRouterInputProtocolConfiguration rtp(Value<RtpRouterInputConfiguration> value) {
      return set("Rtp", value);
    }

    /**
     * The configuration settings for a router input using the SRT (Secure Reliable Transport)
     * protocol in caller mode, including the source address and port, minimum latency, stream ID,
     * and decryption key configuration.
     *
     * <p>CloudFormation property {@code SrtCaller}.
     */
    public FailoverRouterInputProtocolConfiguration srtCaller(Value<SrtCallerRouterInputConfiguration> value) {
      return set("SrtCaller", value);
    }

    /**
     * The configuration settings for a router input using the SRT (Secure Reliable Transport)
     * protocol in listener mode, including the port, minimum latency, and decryption key
     * configuration.
     *
     * <p>CloudFormation property {@code SrtListener}.
     */
    public FailoverRouterInputProtocolConfiguration srtListener(Value<SrtListenerRouterInputConfiguration> value) {
      return set("SrtListener", value);
    }
  }

  /**
   * The configuration that defines how content is encrypted during transit between the MediaConnect
   * router and a MediaConnect flow.
   *
   * <p>Property type {@code AWS::MediaConnect::RouterInput.FlowTransitEncryption}.
   */
  public static final class FlowTransitEncryption extends Struct<FlowTransitEncryption> {
    private static final Schema SCHEMA = Schema.builder("AWS::MediaConnect::RouterInput.FlowTransitEncryption")
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

  /** Property type {@code AWS::MediaConnect::RouterInput.FlowTransitEncryptionKeyConfiguration}. */
  public static final class FlowTransitEncryptionKeyConfiguration extends Struct<FlowTransitEncryptionKeyConfiguration> {
    private static final Schema SCHEMA = Schema.of("AWS::MediaConnect::RouterInput.FlowTransitEncryptionKeyConfiguration");

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

  /**
   * Detects frozen video frames in the router input's source content and reports them through a
   * CloudWatch metric, an EventBridge event, and a router input message.
   *
   * <p>Property type {@code AWS::MediaConnect::RouterInput.FrozenFramesConfiguration}.
   */
  public static final class FrozenFramesConfiguration extends Struct<FrozenFramesConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::MediaConnect::RouterInput.FrozenFramesConfiguration")
        .required("State", "ThresholdSeconds")
        .allowed("State", "ENABLED", "DISABLED")
        .build();

    public FrozenFramesConfiguration() {
      super(SCHEMA);
    }

    /**
     * Required. Allowed values: {@code ENABLED}, {@code DISABLED}. CloudFormation property {@code
     * State}.
     */
    public FrozenFramesConfiguration state(String value) {
      return set("State", Value.of(value));
    }

    /** Sets {@code State} to this value; see {@link #state(String)}. */
    public FrozenFramesConfiguration state(Value<String> value) {
      return set("State", value);
    }

    /**
     * The number of consecutive seconds of a frozen frame that MediaConnect must detect before it
     * reports an issue.
     *
     * <p>Required. CloudFormation property {@code ThresholdSeconds}.
     */
    public FrozenFramesConfiguration thresholdSeconds(int value) {
      return set("ThresholdSeconds", Value.of(value));
    }

    /** Sets {@code ThresholdSeconds} to this value; see {@link #thresholdSeconds(int)}. */
    public FrozenFramesConfiguration thresholdSeconds(Value<Integer> value) {
      return set("ThresholdSeconds", value);
    }
  }

  /** Property type {@code AWS::MediaConnect::RouterInput.MaintenanceConfiguration}. */
  public static final class MaintenanceConfiguration extends Struct<MaintenanceConfiguration> {
    private static final Schema SCHEMA = Schema.of("AWS::MediaConnect::RouterInput.MaintenanceConfiguration");

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
   * Configuration settings for connecting a router input to a flow output.
   *
   * <p>Property type {@code
   * AWS::MediaConnect::RouterInput.MediaConnectFlowRouterInputConfiguration}.
   */
  public static final class MediaConnectFlowRouterInputConfiguration extends Struct<MediaConnectFlowRouterInputConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::MediaConnect::RouterInput.MediaConnectFlowRouterInputConfiguration")
        .required("SourceTransitDecryption")
        .build();

    public MediaConnectFlowRouterInputConfiguration() {
      super(SCHEMA);
    }

    /**
     * The ARN of the flow to connect to.
     *
     * <p>CloudFormation property {@code FlowArn}.
     */
    public MediaConnectFlowRouterInputConfiguration flowArn(String value) {
      return set("FlowArn", Value.of(value));
    }

    /** Sets {@code FlowArn} to this value; see {@link #flowArn(String)}. */
    public MediaConnectFlowRouterInputConfiguration flowArn(Value<String> value) {
      return set("FlowArn", value);
    }

    /**
     * The ARN of the flow output to connect to this router input.
     *
     * <p>CloudFormation property {@code FlowOutputArn}.
     */
    public MediaConnectFlowRouterInputConfiguration flowOutputArn(String value) {
      return set("FlowOutputArn", Value.of(value));
    }

    /** Sets {@code FlowOutputArn} to this value; see {@link #flowOutputArn(String)}. */
    public MediaConnectFlowRouterInputConfiguration flowOutputArn(Value<String> value) {
      return set("FlowOutputArn", value);
    }

    /**
     * The configuration that defines how content is encrypted during transit between the
     * MediaConnect router and a MediaConnect flow.
     *
     * <p>Required. CloudFormation property {@code SourceTransitDecryption}.
     */
    public MediaConnectFlowRouterInputConfiguration sourceTransitDecryption(Value<FlowTransitEncryption> value) {
      return set("SourceTransitDecryption", value);
    }
  }

  /**
   * Configuration settings for connecting a router input to a MediaLive channel output.
   *
   * <p>Property type {@code
   * AWS::MediaConnect::RouterInput.MediaLiveChannelRouterInputConfiguration}.
   */
  public static final class MediaLiveChannelRouterInputConfiguration extends Struct<MediaLiveChannelRouterInputConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::MediaConnect::RouterInput.MediaLiveChannelRouterInputConfiguration")
        .required("SourceTransitDecryption")
        .allowed("MediaLivePipelineId", "PIPELINE_0", "PIPELINE_1")
        .build();

    public MediaLiveChannelRouterInputConfiguration() {
      super(SCHEMA);
    }

    /**
     * The ARN of the MediaLive channel to connect to this router input.
     *
     * <p>CloudFormation property {@code MediaLiveChannelArn}.
     */
    public MediaLiveChannelRouterInputConfiguration mediaLiveChannelArn(String value) {
      return set("MediaLiveChannelArn", Value.of(value));
    }

    /** Sets {@code MediaLiveChannelArn} to this value; see {@link #mediaLiveChannelArn(String)}. */
    public MediaLiveChannelRouterInputConfiguration mediaLiveChannelArn(Value<String> value) {
      return set("MediaLiveChannelArn", value);
    }

    /**
     * The name of the MediaLive channel output to connect to this router input.
     *
     * <p>CloudFormation property {@code MediaLiveChannelOutputName}.
     */
    public MediaLiveChannelRouterInputConfiguration mediaLiveChannelOutputName(String value) {
      return set("MediaLiveChannelOutputName", Value.of(value));
    }

    /**
     * Sets {@code MediaLiveChannelOutputName} to this value; see {@link
     * #mediaLiveChannelOutputName(String)}.
     */
    public MediaLiveChannelRouterInputConfiguration mediaLiveChannelOutputName(Value<String> value) {
      return set("MediaLiveChannelOutputName", value);
    }

    /**
     * Allowed values: {@code PIPELINE_0}, {@code PIPELINE_1}. CloudFormation property {@code
     * MediaLivePipelineId}.
     */
    public MediaLiveChannelRouterInputConfiguration mediaLivePipelineId(String value) {
      return set("MediaLivePipelineId", Value.of(value));
    }

    /** Sets {@code MediaLivePipelineId} to this value; see {@link #mediaLivePipelineId(String)}. */
    public MediaLiveChannelRouterInputConfiguration mediaLivePipelineId(Value<String> value) {
      return set("MediaLivePipelineId", value);
    }

    /**
     * The encryption configuration that defines how content is encrypted during transit between
     * MediaConnect Router and MediaLive. This configuration determines whether encryption keys are
     * automatically managed by the service or manually managed through Secrets Manager.
     *
     * <p>Required. CloudFormation property {@code SourceTransitDecryption}.
     */
    public MediaLiveChannelRouterInputConfiguration sourceTransitDecryption(Value<MediaLiveTransitEncryption> value) {
      return set("SourceTransitDecryption", value);
    }
  }

  /**
   * The encryption configuration that defines how content is encrypted during transit between
   * MediaConnect Router and MediaLive. This configuration determines whether encryption keys are
   * automatically managed by the service or manually managed through Secrets Manager.
   *
   * <p>Property type {@code AWS::MediaConnect::RouterInput.MediaLiveTransitEncryption}.
   */
  public static final class MediaLiveTransitEncryption extends Struct<MediaLiveTransitEncryption> {
    private static final Schema SCHEMA = Schema.builder("AWS::MediaConnect::RouterInput.MediaLiveTransitEncryption")
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
   * AWS::MediaConnect::RouterInput.MediaLiveTransitEncryptionKeyConfiguration}.
   */
  public static final class MediaLiveTransitEncryptionKeyConfiguration extends Struct<MediaLiveTransitEncryptionKeyConfiguration> {
    private static final Schema SCHEMA = Schema.of("AWS::MediaConnect::RouterInput.MediaLiveTransitEncryptionKeyConfiguration");

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
   * Configuration settings for a merge router input that combines two input sources.
   *
   * <p>Property type {@code AWS::MediaConnect::RouterInput.MergeRouterInputConfiguration}.
   */
  public static final class MergeRouterInputConfiguration extends Struct<MergeRouterInputConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::MediaConnect::RouterInput.MergeRouterInputConfiguration")
        .required("MergeRecoveryWindowMilliseconds", "NetworkInterfaceArn",
            "ProtocolConfigurations")
        .build();

    public MergeRouterInputConfiguration() {
      super(SCHEMA);
    }

    /**
     * The time window in milliseconds for merging the two input sources.
     *
     * <p>Required. CloudFormation property {@code MergeRecoveryWindowMilliseconds}.
     */
    public MergeRouterInputConfiguration mergeRecoveryWindowMilliseconds(int value) {
      return set("MergeRecoveryWindowMilliseconds", Value.of(value));
    }

    /**
     * Sets {@code MergeRecoveryWindowMilliseconds} to this value; see {@link
     * #mergeRecoveryWindowMilliseconds(int)}.
     */
    public MergeRouterInputConfiguration mergeRecoveryWindowMilliseconds(Value<Integer> value) {
      return set("MergeRecoveryWindowMilliseconds", value);
    }

    /**
     * The ARN of the network interface to use for this merge router input.
     *
     * <p>Required. Changing it replaces the resource. CloudFormation property {@code
     * NetworkInterfaceArn}.
     */
    public MergeRouterInputConfiguration networkInterfaceArn(String value) {
      return set("NetworkInterfaceArn", Value.of(value));
    }

    /** Sets {@code NetworkInterfaceArn} to this value; see {@link #networkInterfaceArn(String)}. */
    public MergeRouterInputConfiguration networkInterfaceArn(Value<String> value) {
      return set("NetworkInterfaceArn", value);
    }

    /**
     * A list of exactly two protocol configurations for the merge input sources. Both must use the
     * same protocol type.
     *
     * <p>Required. CloudFormation property {@code ProtocolConfigurations}.
     */
    public MergeRouterInputConfiguration protocolConfigurations(List<MergeRouterInputProtocolConfiguration> value) {
      return set("ProtocolConfigurations", Value.listOf(value));
    }

    /**
     * Sets {@code ProtocolConfigurations} to this value; see {@link #protocolConfigurations(List)}.
     */
    public MergeRouterInputConfiguration protocolConfigurations(Value<List<MergeRouterInputProtocolConfiguration>> value) {
      return set("ProtocolConfigurations", value);
    }

    /**
     * Sets {@code ProtocolConfigurations} to a list of these; see {@link
     * #protocolConfigurations(List)}.
     */
    public MergeRouterInputConfiguration protocolConfigurations(MergeRouterInputProtocolConfiguration... values) {
      return set("ProtocolConfigurations", Value.list(values));
    }
  }

  /** Property type {@code AWS::MediaConnect::RouterInput.MergeRouterInputProtocolConfiguration}. */
  public static final class MergeRouterInputProtocolConfiguration extends Struct<MergeRouterInputProtocolConfiguration> {
    private static final Schema SCHEMA = Schema.of("AWS::MediaConnect::RouterInput.MergeRouterInputProtocolConfiguration");

    public MergeRouterInputProtocolConfiguration() {
      super(SCHEMA);
    }

    /**
     * The configuration settings for a router input using the RIST (Reliable Internet Stream
     * Transport) protocol, including the port and recovery latency.
     *
     * <p>CloudFormation property {@code Rist}.
     */
    public MergeRouterInputProtocolConfiguration rist(Value<RistRouterInputConfiguration> value) {
      return set("Rist", value);
    }

    /**
     * The configuration settings for a Router Input using the RTP (Real-Time Transport Protocol)
     * protocol, including the port and forward error correction state.
     *
     * <p>CloudFormation property {@code Rtp}.
     */
    public MergeRouterInputProtocolConfiguration rtp(Value<RtpRouterInputConfiguration> value) {
      return set("Rtp", value);
    }
  }

  /**
   * Configuration for preferred day and time maintenance settings.
   *
   * <p>Property type {@code
   * AWS::MediaConnect::RouterInput.PreferredDayTimeMaintenanceConfiguration}.
   */
  public static final class PreferredDayTimeMaintenanceConfiguration extends Struct<PreferredDayTimeMaintenanceConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::MediaConnect::RouterInput.PreferredDayTimeMaintenanceConfiguration")
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
   * The configuration settings for a router input using the RIST (Reliable Internet Stream
   * Transport) protocol, including the port and recovery latency.
   *
   * <p>Property type {@code AWS::MediaConnect::RouterInput.RistRouterInputConfiguration}.
   */
  public static final class RistRouterInputConfiguration extends Struct<RistRouterInputConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::MediaConnect::RouterInput.RistRouterInputConfiguration")
        .required("Port", "RecoveryLatencyMilliseconds")
        .build();

    public RistRouterInputConfiguration() {
      super(SCHEMA);
    }

    /**
     * The port number used for the RIST protocol in the router input configuration.
     *
     * <p>Required. CloudFormation property {@code Port}.
     */
    public RistRouterInputConfiguration port(int value) {
      return set("Port", Value.of(value));
    }

    /** Sets {@code Port} to this value; see {@link #port(int)}. */
    public RistRouterInputConfiguration port(Value<Integer> value) {
      return set("Port", value);
    }

    /**
     * The recovery latency in milliseconds for the RIST protocol in the router input configuration.
     *
     * <p>Required. CloudFormation property {@code RecoveryLatencyMilliseconds}.
     */
    public RistRouterInputConfiguration recoveryLatencyMilliseconds(int value) {
      return set("RecoveryLatencyMilliseconds", Value.of(value));
    }

    /**
     * Sets {@code RecoveryLatencyMilliseconds} to this value; see {@link
     * #recoveryLatencyMilliseconds(int)}.
     */
    public RistRouterInputConfiguration recoveryLatencyMilliseconds(Value<Integer> value) {
      return set("RecoveryLatencyMilliseconds", value);
    }
  }

  /**
   * The content quality analysis configuration for the router input. The content quality analysis
   * feature only monitors the first video stream and the first audio stream it encounters within
   * the router input source.
   *
   * <p>Property type {@code
   * AWS::MediaConnect::RouterInput.RouterContentQualityAnalysisConfiguration}.
   */
  public static final class RouterContentQualityAnalysisConfiguration extends Struct<RouterContentQualityAnalysisConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::MediaConnect::RouterInput.RouterContentQualityAnalysisConfiguration")
        .required("ContentLevel")
        .build();

    public RouterContentQualityAnalysisConfiguration() {
      super(SCHEMA);
    }

    /**
     * Configures the content quality analysis features for the router input.
     *
     * <p>Required. CloudFormation property {@code ContentLevel}.
     */
    public RouterContentQualityAnalysisConfiguration contentLevel(Value<ContentQualityAnalysisFeatureConfiguration> value) {
      return set("ContentLevel", value);
    }
  }

  /** Property type {@code AWS::MediaConnect::RouterInput.RouterInputConfiguration}. */
  public static final class RouterInputConfiguration extends Struct<RouterInputConfiguration> {
    private static final Schema SCHEMA = Schema.of("AWS::MediaConnect::RouterInput.RouterInputConfiguration");

    public RouterInputConfiguration() {
      super(SCHEMA);
    }

    /**
     * Configuration settings for a failover router input that allows switching between two input
     * sources.
     *
     * <p>CloudFormation property {@code Failover}.
     */
    public RouterInputConfiguration failover(Value<FailoverRouterInputConfiguration> value) {
      return set("Failover", value);
    }

    /**
     * Configuration settings for connecting a router input to a flow output.
     *
     * <p>CloudFormation property {@code MediaConnectFlow}.
     */
    public RouterInputConfiguration mediaConnectFlow(Value<MediaConnectFlowRouterInputConfiguration> value) {
      return set("MediaConnectFlow", value);
    }

    /**
     * Configuration settings for connecting a router input to a MediaLive channel output.
     *
     * <p>CloudFormation property {@code MediaLiveChannel}.
     */
    public RouterInputConfiguration mediaLiveChannel(Value<MediaLiveChannelRouterInputConfiguration> value) {
      return set("MediaLiveChannel", value);
    }

    /**
     * Configuration settings for a merge router input that combines two input sources.
     *
     * <p>CloudFormation property {@code Merge}.
     */
    public RouterInputConfiguration merge(Value<MergeRouterInputConfiguration> value) {
      return set("Merge", value);
    }

    /**
     * The configuration settings for a standard router input, including the protocol,
     * protocol-specific configuration, network interface, and availability zone.
     *
     * <p>CloudFormation property {@code Standard}.
     */
    public RouterInputConfiguration standard(Value<StandardRouterInputConfiguration> value) {
      return set("Standard", value);
    }
  }

  /** Property type {@code AWS::MediaConnect::RouterInput.RouterInputProtocolConfiguration}. */
  public static final class RouterInputProtocolConfiguration extends Struct<RouterInputProtocolConfiguration> {
    private static final Schema SCHEMA = Schema.of("AWS::MediaConnect::RouterInput.RouterInputProtocolConfiguration");

    public RouterInputProtocolConfiguration() {
      super(SCHEMA);
    }

    /**
     * The configuration settings for a router input using the RIST (Reliable Internet Stream
     * Transport) protocol, including the port and recovery latency.
     *
     * <p>CloudFormation property {@code Rist}.
     */
    public RouterInputProtocolConfiguration rist(Value<RistRouterInputConfiguration> value) {
      return set("Rist", value);
    }

    /**
     * The configuration settings for a Router Input using the RTP (Real-Time Transport Protocol)
     * protocol, including the port and forward error correction state.
     *
     * <p>CloudFormation property {@code Rtp}.
     */
    public RouterInputProtocolConfiguration rtp(Value<RtpRouterInputConfiguration> value) {
      return set("Rtp", value);
    }

    /**
     * The configuration settings for a router input using the SRT (Secure Reliable Transport)
     * protocol in caller mode, including the source address and port, minimum latency, stream ID,
     * and decryption key configuration.
     *
     * <p>CloudFormation property {@code SrtCaller}.
     */
    public RouterInputProtocolConfiguration srtCaller(Value<SrtCallerRouterInputConfiguration> value) {
      return set("SrtCaller", value);
    }

    /**
     * The configuration settings for a router input using the SRT (Secure Reliable Transport)
     * protocol in listener mode, including the port, minimum latency, and decryption key
     * configuration.
     *
     * <p>CloudFormation property {@code SrtListener}.
     */
    public RouterInputProtocolConfiguration srtListener(Value<SrtListenerRouterInputConfiguration> value) {
      return set("SrtListener", value);
    }
  }

  /**
   * The transit encryption settings for a router input.
   *
   * <p>Property type {@code AWS::MediaConnect::RouterInput.RouterInputTransitEncryption}.
   */
  public static final class RouterInputTransitEncryption extends Struct<RouterInputTransitEncryption> {
    private static final Schema SCHEMA = Schema.builder("AWS::MediaConnect::RouterInput.RouterInputTransitEncryption")
        .required("EncryptionKeyConfiguration")
        .allowed("EncryptionKeyType", "SECRETS_MANAGER", "AUTOMATIC")
        .build();

    public RouterInputTransitEncryption() {
      super(SCHEMA);
    }

    /**
     * Defines the configuration settings for transit encryption keys.
     *
     * <p>Required. CloudFormation property {@code EncryptionKeyConfiguration}.
     */
    public RouterInputTransitEncryption encryptionKeyConfiguration(Value<RouterInputTransitEncryptionKeyConfiguration> value) {
      return set("EncryptionKeyConfiguration", value);
    }

    /**
     * Allowed values: {@code SECRETS_MANAGER}, {@code AUTOMATIC}. CloudFormation property {@code
     * EncryptionKeyType}.
     */
    public RouterInputTransitEncryption encryptionKeyType(String value) {
      return set("EncryptionKeyType", Value.of(value));
    }

    /** Sets {@code EncryptionKeyType} to this value; see {@link #encryptionKeyType(String)}. */
    public RouterInputTransitEncryption encryptionKeyType(Value<String> value) {
      return set("EncryptionKeyType", value);
    }
  }

  /**
   * Property type {@code
   * AWS::MediaConnect::RouterInput.RouterInputTransitEncryptionKeyConfiguration}.
   */
  public static final class RouterInputTransitEncryptionKeyConfiguration extends Struct<RouterInputTransitEncryptionKeyConfiguration> {
    private static final Schema SCHEMA = Schema.of("AWS::MediaConnect::RouterInput.RouterInputTransitEncryptionKeyConfiguration");

    public RouterInputTransitEncryptionKeyConfiguration() {
      super(SCHEMA);
    }

    /**
     * Configuration settings for automatic encryption key management, where MediaConnect handles
     * key creation and rotation.
     *
     * <p>CloudFormation property {@code Automatic}.
     */
    public RouterInputTransitEncryptionKeyConfiguration automatic(Value<Json> value) {
      return set("Automatic", value);
    }

    /**
     * The configuration settings for transit encryption using Secrets Manager, including the secret
     * ARN and role ARN.
     *
     * <p>CloudFormation property {@code SecretsManager}.
     */
    public RouterInputTransitEncryptionKeyConfiguration secretsManager(Value<SecretsManagerEncryptionKeyConfiguration> value) {
      return set("SecretsManager", value);
    }
  }

  /**
   * The configuration settings for a Router Input using the RTP (Real-Time Transport Protocol)
   * protocol, including the port and forward error correction state.
   *
   * <p>Property type {@code AWS::MediaConnect::RouterInput.RtpRouterInputConfiguration}.
   */
  public static final class RtpRouterInputConfiguration extends Struct<RtpRouterInputConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::MediaConnect::RouterInput.RtpRouterInputConfiguration")
        .required("Port")
        .allowed("ForwardErrorCorrection", "ENABLED", "DISABLED")
        .build();

    public RtpRouterInputConfiguration() {
      super(SCHEMA);
    }

    /**
     * Allowed values: {@code ENABLED}, {@code DISABLED}. CloudFormation property {@code
     * ForwardErrorCorrection}.
     */
    public RtpRouterInputConfiguration forwardErrorCorrection(String value) {
      return set("ForwardErrorCorrection", Value.of(value));
    }

    /**
     * Sets {@code ForwardErrorCorrection} to this value; see {@link
     * #forwardErrorCorrection(String)}.
     */
    public RtpRouterInputConfiguration forwardErrorCorrection(Value<String> value) {
      return set("ForwardErrorCorrection", value);
    }

    /**
     * The port number used for the RTP protocol in the router input configuration.
     *
     * <p>Required. CloudFormation property {@code Port}.
     */
    public RtpRouterInputConfiguration port(int value) {
      return set("Port", Value.of(value));
    }

    /** Sets {@code Port} to this value; see {@link #port(int)}. */
    public RtpRouterInputConfiguration port(Value<Integer> value) {
      return set("Port", value);
    }
  }

  /**
   * The configuration settings for transit encryption using Secrets Manager, including the secret
   * ARN and role ARN.
   *
   * <p>Property type {@code
   * AWS::MediaConnect::RouterInput.SecretsManagerEncryptionKeyConfiguration}.
   */
  public static final class SecretsManagerEncryptionKeyConfiguration extends Struct<SecretsManagerEncryptionKeyConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::MediaConnect::RouterInput.SecretsManagerEncryptionKeyConfiguration")
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
   * Detects silent audio in the router input's source content and reports it through a CloudWatch
   * metric, an EventBridge event, and a router input message.
   *
   * <p>Property type {@code AWS::MediaConnect::RouterInput.SilentAudioConfiguration}.
   */
  public static final class SilentAudioConfiguration extends Struct<SilentAudioConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::MediaConnect::RouterInput.SilentAudioConfiguration")
        .required("State", "ThresholdSeconds")
        .allowed("State", "ENABLED", "DISABLED")
        .build();

    public SilentAudioConfiguration() {
      super(SCHEMA);
    }

    /**
     * Required. Allowed values: {@code ENABLED}, {@code DISABLED}. CloudFormation property {@code
     * State}.
     */
    public SilentAudioConfiguration state(String value) {
      return set("State", Value.of(value));
    }

    /** Sets {@code State} to this value; see {@link #state(String)}. */
    public SilentAudioConfiguration state(Value<String> value) {
      return set("State", value);
    }

    /**
     * The number of consecutive seconds of silence that MediaConnect must detect before it reports
     * an issue.
     *
     * <p>Required. CloudFormation property {@code ThresholdSeconds}.
     */
    public SilentAudioConfiguration thresholdSeconds(int value) {
      return set("ThresholdSeconds", Value.of(value));
    }

    /** Sets {@code ThresholdSeconds} to this value; see {@link #thresholdSeconds(int)}. */
    public SilentAudioConfiguration thresholdSeconds(Value<Integer> value) {
      return set("ThresholdSeconds", value);
    }
  }

  /**
   * The configuration settings for a router input using the SRT (Secure Reliable Transport)
   * protocol in caller mode, including the source address and port, minimum latency, stream ID, and
   * decryption key configuration.
   *
   * <p>Property type {@code AWS::MediaConnect::RouterInput.SrtCallerRouterInputConfiguration}.
   */
  public static final class SrtCallerRouterInputConfiguration extends Struct<SrtCallerRouterInputConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::MediaConnect::RouterInput.SrtCallerRouterInputConfiguration")
        .required("MinimumLatencyMilliseconds", "SourceAddress", "SourcePort")
        .build();

    public SrtCallerRouterInputConfiguration() {
      super(SCHEMA);
    }

    /**
     * Contains the configuration settings for decrypting SRT streams, including the encryption key
     * details and decryption parameters.
     *
     * <p>CloudFormation property {@code DecryptionConfiguration}.
     */
    public SrtCallerRouterInputConfiguration decryptionConfiguration(Value<SrtDecryptionConfiguration> value) {
      return set("DecryptionConfiguration", value);
    }

    /**
     * The minimum latency in milliseconds for the SRT protocol in caller mode.
     *
     * <p>Required. CloudFormation property {@code MinimumLatencyMilliseconds}.
     */
    public SrtCallerRouterInputConfiguration minimumLatencyMilliseconds(int value) {
      return set("MinimumLatencyMilliseconds", Value.of(value));
    }

    /**
     * Sets {@code MinimumLatencyMilliseconds} to this value; see {@link
     * #minimumLatencyMilliseconds(int)}.
     */
    public SrtCallerRouterInputConfiguration minimumLatencyMilliseconds(Value<Integer> value) {
      return set("MinimumLatencyMilliseconds", value);
    }

    /**
     * The source IP address for the SRT protocol in caller mode.
     *
     * <p>Required. CloudFormation property {@code SourceAddress}.
     */
    public SrtCallerRouterInputConfiguration sourceAddress(String value) {
      return set("SourceAddress", Value.of(value));
    }

    /** Sets {@code SourceAddress} to this value; see {@link #sourceAddress(String)}. */
    public SrtCallerRouterInputConfiguration sourceAddress(Value<String> value) {
      return set("SourceAddress", value);
    }

    /**
     * The source port number for the SRT protocol in caller mode.
     *
     * <p>Required. CloudFormation property {@code SourcePort}.
     */
    public SrtCallerRouterInputConfiguration sourcePort(int value) {
      return set("SourcePort", Value.of(value));
    }

    /** Sets {@code SourcePort} to this value; see {@link #sourcePort(int)}. */
    public SrtCallerRouterInputConfiguration sourcePort(Value<Integer> value) {
      return set("SourcePort", value);
    }

    /**
     * The stream ID for the SRT protocol in caller mode.
     *
     * <p>CloudFormation property {@code StreamId}.
     */
    public SrtCallerRouterInputConfiguration streamId(String value) {
      return set("StreamId", Value.of(value));
    }

    /** Sets {@code StreamId} to this value; see {@link #streamId(String)}. */
    public SrtCallerRouterInputConfiguration streamId(Value<String> value) {
      return set("StreamId", value);
    }
  }

  /**
   * Contains the configuration settings for decrypting SRT streams, including the encryption key
   * details and decryption parameters.
   *
   * <p>Property type {@code AWS::MediaConnect::RouterInput.SrtDecryptionConfiguration}.
   */
  public static final class SrtDecryptionConfiguration extends Struct<SrtDecryptionConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::MediaConnect::RouterInput.SrtDecryptionConfiguration")
        .required("EncryptionKey")
        .build();

    public SrtDecryptionConfiguration() {
      super(SCHEMA);
    }

    /**
     * The configuration settings for transit encryption using Secrets Manager, including the secret
     * ARN and role ARN.
     *
     * <p>Required. CloudFormation property {@code EncryptionKey}.
     */
    public SrtDecryptionConfiguration encryptionKey(Value<SecretsManagerEncryptionKeyConfiguration> value) {
      return set("EncryptionKey", value);
    }
  }

  /**
   * The configuration settings for a router input using the SRT (Secure Reliable Transport)
   * protocol in listener mode, including the port, minimum latency, and decryption key
   * configuration.
   *
   * <p>Property type {@code AWS::MediaConnect::RouterInput.SrtListenerRouterInputConfiguration}.
   */
  public static final class SrtListenerRouterInputConfiguration extends Struct<SrtListenerRouterInputConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::MediaConnect::RouterInput.SrtListenerRouterInputConfiguration")
        .required("MinimumLatencyMilliseconds", "Port")
        .build();

    public SrtListenerRouterInputConfiguration() {
      super(SCHEMA);
    }

    /**
     * Contains the configuration settings for decrypting SRT streams, including the encryption key
     * details and decryption parameters.
     *
     * <p>CloudFormation property {@code DecryptionConfiguration}.
     */
    public SrtListenerRouterInputConfiguration decryptionConfiguration(Value<SrtDecryptionConfiguration> value) {
      return set("DecryptionConfiguration", value);
    }

    /**
     * The minimum latency in milliseconds for the SRT protocol in listener mode.
     *
     * <p>Required. CloudFormation property {@code MinimumLatencyMilliseconds}.
     */
    public SrtListenerRouterInputConfiguration minimumLatencyMilliseconds(int value) {
      return set("MinimumLatencyMilliseconds", Value.of(value));
    }

    /**
     * Sets {@code MinimumLatencyMilliseconds} to this value; see {@link
     * #minimumLatencyMilliseconds(int)}.
     */
    public SrtListenerRouterInputConfiguration minimumLatencyMilliseconds(Value<Integer> value) {
      return set("MinimumLatencyMilliseconds", value);
    }

    /**
     * The port number for the SRT protocol in listener mode.
     *
     * <p>Required. CloudFormation property {@code Port}.
     */
    public SrtListenerRouterInputConfiguration port(int value) {
      return set("Port", Value.of(value));
    }

    /** Sets {@code Port} to this value; see {@link #port(int)}. */
    public SrtListenerRouterInputConfiguration port(Value<Integer> value) {
      return set("Port", value);
    }
  }

  /**
   * The configuration settings for a standard router input, including the protocol,
   * protocol-specific configuration, network interface, and availability zone.
   *
   * <p>Property type {@code AWS::MediaConnect::RouterInput.StandardRouterInputConfiguration}.
   */
  public static final class StandardRouterInputConfiguration extends Struct<StandardRouterInputConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::MediaConnect::RouterInput.StandardRouterInputConfiguration")
        .required("NetworkInterfaceArn", "ProtocolConfiguration")
        .allowed("Protocol", "RTP", "RIST", "SRT_CALLER", "SRT_LISTENER")
        .build();

    public StandardRouterInputConfiguration() {
      super(SCHEMA);
    }

    /**
     * The Amazon Resource Name (ARN) of the network interface associated with the standard router
     * input.
     *
     * <p>Required. Changing it replaces the resource. CloudFormation property {@code
     * NetworkInterfaceArn}.
     */
    public StandardRouterInputConfiguration networkInterfaceArn(String value) {
      return set("NetworkInterfaceArn", Value.of(value));
    }

    /** Sets {@code NetworkInterfaceArn} to this value; see {@link #networkInterfaceArn(String)}. */
    public StandardRouterInputConfiguration networkInterfaceArn(Value<String> value) {
      return set("NetworkInterfaceArn", value);
    }

    /**
     * Allowed values: {@code RTP}, {@code RIST}, {@code SRT_CALLER}, {@code SRT_LISTENER}.
     * CloudFormation property {@code Protocol}.
     */
    public StandardRouterInputConfiguration protocol(String value) {
      return set("Protocol", Value.of(value));
    }

    /** Sets {@code Protocol} to this value; see {@link #protocol(String)}. */
    public StandardRouterInputConfiguration protocol(Value<String> value) {
      return set("Protocol", value);
    }

    /**
     * The protocol configuration settings for a router input.
     *
     * <p>Required. CloudFormation property {@code ProtocolConfiguration}.
     */
    public StandardRouterInputConfiguration protocolConfiguration(Value<RouterInputProtocolConfiguration> value) {
      return set("ProtocolConfiguration", value);
    }
  }
}
