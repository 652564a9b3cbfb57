// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.mediaconnect;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * The <code>AWS::MediaConnect::FlowSource</code> resource is usedt to add additional sources to an
 * existing flow. Adding an additional source requires Failover to be enabled. When you enable
 * Failover, the additional source must use the same protocol as the existing source. A source is
 * the external video content that includes configuration information (encryption and source type)
 * and a network address. Each flow has at least one source. A standard source comes from a source
 * other than another AWS Elemental MediaConnect flow, such as an on-premises encoder.
 *
 * <p>CloudFormation type {@code AWS::MediaConnect::FlowSource}.
 */
public final class FlowSource extends Resource<FlowSource> {
  private static final Schema SCHEMA = Schema.builder("AWS::MediaConnect::FlowSource")
      .required("Description", "FlowArn", "Name")
      .constrain("EntitlementArn", Constraint.of().pattern("^arn:(aws[a-zA-Z-]*):mediaconnect:[a-z0-9-]+:[0-9]{12}:entitlement:[a-zA-Z0-9-]+:[a-zA-Z0-9_-]+$"))
      .constrain("FlowArn", Constraint.of().pattern("^arn:(aws[a-zA-Z-]*):mediaconnect:[a-z0-9-]+:[0-9]{12}:flow:[a-zA-Z0-9-]+:[a-zA-Z0-9_-]+$"))
      .allowed("Protocol", "zixi-push", "rtp-fec", "rtp", "rist", "srt-listener", "srt-caller")
      .refYields("SourceArn")
      .attributes("IngestIp", "SourceArn", "SourceIngestPort")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public FlowSource(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The type of encryption that is used on the content ingested from this source. Allowable
   * encryption types: static-key.
   *
   * <p>CloudFormation property {@code Decryption}.
   */
  public FlowSource decryption(Value<Encryption> value) {
    return set("Decryption", value);
  }

  /**
   * A description for the source. This value is not used or seen outside of the current
   * MediaConnect account.
   *
   * <p>Required. CloudFormation property {@code Description}.
   */
  public FlowSource description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public FlowSource description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * The ARN of the entitlement that allows you to subscribe to this flow. The entitlement is set by
   * the flow originator, and the ARN is generated as part of the originator's flow.
   *
   * <p>Pattern: {@code
   * ^arn:(aws[a-zA-Z-]*):mediaconnect:[a-z0-9-]+:[0-9]{12}:entitlement:[a-zA-Z0-9-]+:[a-zA-Z0-9_-]+$}.
   * CloudFormation property {@code EntitlementArn}.
   *
   * @deprecated The specification marks {@code EntitlementArn} deprecated.
   */
  @Deprecated
  public FlowSource entitlementArn(String value) {
    return set("EntitlementArn", Value.of(value));
  }

  /**
   * Sets {@code EntitlementArn} to this value; see {@link #entitlementArn(String)}.
   *
   * @deprecated The specification marks {@code EntitlementArn} deprecated.
   */
  @Deprecated
  public FlowSource entitlementArn(Value<String> value) {
    return set("EntitlementArn", value);
  }

  /**
   * The Amazon Resource Name (ARN) of the flow this source is connected to. The flow must have
   * Failover enabled to add an additional source.
   *
   * <p>Required. Changing it replaces the resource. Pattern: {@code
   * ^arn:(aws[a-zA-Z-]*):mediaconnect:[a-z0-9-]+:[0-9]{12}:flow:[a-zA-Z0-9-]+:[a-zA-Z0-9_-]+$}.
   * CloudFormation property {@code FlowArn}.
   */
  public FlowSource flowArn(String value) {
    return set("FlowArn", Value.of(value));
  }

  /** Sets {@code FlowArn} to this value; see {@link #flowArn(String)}. */
  public FlowSource flowArn(Value<String> value) {
    return set("FlowArn", value);
  }

  /**
   * The bridge's source.
   *
   * <p>CloudFormation property {@code GatewayBridgeSource}.
   */
  public FlowSource gatewayBridgeSource(Value<GatewayBridgeSource> value) {
    return set("GatewayBridgeSource", value);
  }

  /**
   * The port that the flow listens on for incoming content. If the protocol of the source is Zixi,
   * the port must be set to 2088.
   *
   * <p>CloudFormation property {@code IngestPort}.
   */
  public FlowSource ingestPort(int value) {
    return set("IngestPort", Value.of(value));
  }

  /** Sets {@code IngestPort} to this value; see {@link #ingestPort(int)}. */
  public FlowSource ingestPort(Value<Integer> value) {
    return set("IngestPort", value);
  }

  /**
   * The smoothing max bitrate (in bps) for RIST, RTP, and RTP-FEC streams.
   *
   * <p>CloudFormation property {@code MaxBitrate}.
   */
  public FlowSource maxBitrate(int value) {
    return set("MaxBitrate", Value.of(value));
  }

  /** Sets {@code MaxBitrate} to this value; see {@link #maxBitrate(int)}. */
  public FlowSource maxBitrate(Value<Integer> value) {
    return set("MaxBitrate", value);
  }

  /**
   * The maximum latency in milliseconds. This parameter applies only to RIST-based and Zixi-based
   * streams.
   *
   * <p>CloudFormation property {@code MaxLatency}.
   */
  public FlowSource maxLatency(int value) {
    return set("MaxLatency", Value.of(value));
  }

  /** Sets {@code MaxLatency} to this value; see {@link #maxLatency(int)}. */
  public FlowSource maxLatency(Value<Integer> value) {
    return set("MaxLatency", value);
  }

  /**
   * The minimum latency in milliseconds for SRT-based streams. In streams that use the SRT
   * protocol, this value that you set on your MediaConnect source or output represents the minimal
   * potential latency of that connection. The latency of the stream is set to the highest number
   * between the sender’s minimum latency and the receiver’s minimum latency.
   *
   * <p>CloudFormation property {@code MinLatency}.
   */
  public FlowSource minLatency(int value) {
    return set("MinLatency", Value.of(value));
  }

  /** Sets {@code MinLatency} to this value; see {@link #minLatency(int)}. */
  public FlowSource minLatency(Value<Integer> value) {
    return set("MinLatency", value);
  }

  /**
   * The name of the source.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code Name}.
   */
  public FlowSource name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public FlowSource name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * The protocol that the source uses to deliver the content to MediaConnect. Adding additional
   * sources to an existing flow requires Failover to be enabled. When you enable Failover, the
   * additional source must use the same protocol as the existing source. Only the following
   * protocols support failover: Zixi-push, RTP-FEC, RTP, RIST and SRT protocols.
   *
   * <p>If you use failover with SRT caller or listener, the <code>FailoverMode</code> property must
   * be set to <code>FAILOVER</code> . The <code>FailoverMode</code> property is found in the
   * <code>FailoverConfig</code> resource of the same flow ARN you used for the source's
   * <code>FlowArn</code> property. SRT caller/listener does not support merge mode failover.
   *
   * <p>Changing it replaces the resource. Allowed values: {@code zixi-push}, {@code rtp-fec},
   * {@code rtp}, {@code rist}, {@code srt-listener}, {@code srt-caller}. CloudFormation property
   * {@code Protocol}.
   */
  public FlowSource protocol(String value) {
    return set("Protocol", Value.of(value));
  }

  /** Sets {@code Protocol} to this value; see {@link #protocol(String)}. */
  public FlowSource protocol(Value<String> value) {
    return set("Protocol", value);
  }

  /**
   * The port that the flow uses to send outbound requests to initiate connection with the sender.
   *
   * <p>CloudFormation property {@code SenderControlPort}.
   *
   * @deprecated The specification marks {@code SenderControlPort} deprecated.
   */
  @Deprecated
  public FlowSource senderControlPort(int value) {
    return set("SenderControlPort", Value.of(value));
  }

  /**
   * Sets {@code SenderControlPort} to this value; see {@link #senderControlPort(int)}.
   *
   * @deprecated The specification marks {@code SenderControlPort} deprecated.
   */
  @Deprecated
  public FlowSource senderControlPort(Value<Integer> value) {
    return set("SenderControlPort", value);
  }

  /**
   * The IP address that the flow communicates with to initiate connection with the sender.
   *
   * <p>CloudFormation property {@code SenderIpAddress}.
   *
   * @deprecated The specification marks {@code SenderIpAddress} deprecated.
   */
  @Deprecated
  public FlowSource senderIpAddress(String value) {
    return set("SenderIpAddress", Value.of(value));
  }

  /**
   * Sets {@code SenderIpAddress} to this value; see {@link #senderIpAddress(String)}.
   *
   * @deprecated The specification marks {@code SenderIpAddress} deprecated.
   */
  @Deprecated
  public FlowSource senderIpAddress(Value<String> value) {
    return set("SenderIpAddress", value);
  }

  /**
   * Source IP or domain name for SRT-caller protocol.
   *
   * <p>CloudFormation property {@code SourceListenerAddress}.
   */
  public FlowSource sourceListenerAddress(String value) {
    return set("SourceListenerAddress", Value.of(value));
  }

  /**
   * Sets {@code SourceListenerAddress} to this value; see {@link #sourceListenerAddress(String)}.
   */
  public FlowSource sourceListenerAddress(Value<String> value) {
    return set("SourceListenerAddress", value);
  }

  /**
   * Source port for SRT-caller protocol.
   *
   * <p>CloudFormation property {@code SourceListenerPort}.
   */
  public FlowSource sourceListenerPort(int value) {
    return set("SourceListenerPort", Value.of(value));
  }

  /** Sets {@code SourceListenerPort} to this value; see {@link #sourceListenerPort(int)}. */
  public FlowSource sourceListenerPort(Value<Integer> value) {
    return set("SourceListenerPort", value);
  }

  /**
   * The stream ID that you want to use for this transport. This parameter applies only to Zixi and
   * SRT caller-based streams.
   *
   * <p>CloudFormation property {@code StreamId}.
   */
  public FlowSource streamId(String value) {
    return set("StreamId", Value.of(value));
  }

  /** Sets {@code StreamId} to this value; see {@link #streamId(String)}. */
  public FlowSource streamId(Value<String> value) {
    return set("StreamId", value);
  }

  /**
   * Key-value pairs that can be used to tag and organize this flow source.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public FlowSource tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public FlowSource tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public FlowSource tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The name of the VPC interface to use for this source.
   *
   * <p>CloudFormation property {@code VpcInterfaceName}.
   */
  public FlowSource vpcInterfaceName(String value) {
    return set("VpcInterfaceName", Value.of(value));
  }

  /** Sets {@code VpcInterfaceName} to this value; see {@link #vpcInterfaceName(String)}. */
  public FlowSource vpcInterfaceName(Value<String> value) {
    return set("VpcInterfaceName", value);
  }

  /**
   * The range of IP addresses that should be allowed to contribute content to your source. These IP
   * addresses should be in the form of a Classless Inter-Domain Routing (CIDR) block; for example,
   * 10.0.0.0/16.
   *
   * <p>CloudFormation property {@code WhitelistCidr}.
   */
  public FlowSource whitelistCidr(String value) {
    return set("WhitelistCidr", Value.of(value));
  }

  /** Sets {@code WhitelistCidr} to this value; see {@link #whitelistCidr(String)}. */
  public FlowSource whitelistCidr(Value<String> value) {
    return set("WhitelistCidr", value);
  }

  /**
   * The IP address that the flow listens on for incoming content.
   *
   * <p>{@code Fn::GetAtt} attribute {@code IngestIp}.
   */
  public Value<String> ingestIp() {
    return getAtt("IngestIp");
  }

  /**
   * The ARN of the source.
   *
   * <p>{@code Fn::GetAtt} attribute {@code SourceArn}.
   */
  public Value<String> sourceArn() {
    return getAtt("SourceArn");
  }

  /**
   * The port that the flow listens on for incoming content. If the protocol of the source is Zixi,
   * the port must be set to 2088.
   *
   * <p>{@code Fn::GetAtt} attribute {@code SourceIngestPort}.
   */
  public Value<String> sourceIngestPort() {
    return getAtt("SourceIngestPort");
  }

  /**
   * Encryption information.
   *
   * <p>Property type {@code AWS::MediaConnect::FlowSource.Encryption}.
   */
  public static final class Encryption extends Struct<Encryption> {
    private static final Schema SCHEMA = Schema.builder("AWS::MediaConnect::FlowSource.Encryption")
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
   * The source configuration for cloud flows receiving a stream from a bridge.
   *
   * <p>Property type {@code AWS::MediaConnect::FlowSource.GatewayBridgeSource}.
   */
  public static final class GatewayBridgeSource extends Struct<GatewayBridgeSource> {
    private static final Schema SCHEMA = Schema.builder("AWS::MediaConnect::FlowSource.GatewayBridgeSource")
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
   * The settings for attaching a VPC interface to an resource.
   *
   * <p>Property type {@code AWS::MediaConnect::FlowSource.VpcInterfaceAttachment}.
   */
  public static final class VpcInterfaceAttachment extends Struct<VpcInterfaceAttachment> {
    private static final Schema SCHEMA = Schema.of("AWS::MediaConnect::FlowSource.VpcInterfaceAttachment");

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
