// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.mediaconnect;

import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * The <code>AWS::MediaConnect::Bridge</code> resource defines a connection between your data
 * center’s gateway instances and the cloud. For each bridge, you specify the type of bridge,
 * transport protocol to use, and details for any outputs and failover.
 *
 * <p>CloudFormation type {@code AWS::MediaConnect::Bridge}.
 */
public final class Bridge extends Resource<Bridge> {
  private static final Schema SCHEMA = Schema.builder("AWS::MediaConnect::Bridge")
      .required("Name", "PlacementArn", "Sources")
      .refYields("BridgeArn")
      .attributes("BridgeArn", "BridgeState")
      .build();

  public Bridge(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * An egress bridge is a cloud-to-ground bridge. The content comes from an existing MediaConnect
   * flow and is delivered to your premises.
   *
   * <p>CloudFormation property {@code EgressGatewayBridge}.
   */
  public Bridge egressGatewayBridge(Value<EgressGatewayBridge> value) {
    return set("EgressGatewayBridge", value);
  }

  /**
   * An ingress bridge is a ground-to-cloud bridge. The content originates at your premises and is
   * delivered to the cloud.
   *
   * <p>CloudFormation property {@code IngressGatewayBridge}.
   */
  public Bridge ingressGatewayBridge(Value<IngressGatewayBridge> value) {
    return set("IngressGatewayBridge", value);
  }

  /**
   * The name of the bridge. This name can not be modified after the bridge is created.
   *
   * <p>Required. CloudFormation property {@code Name}.
   */
  public Bridge name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public Bridge name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * The outputs that you want to add to this bridge.
   *
   * <p>CloudFormation property {@code Outputs}.
   */
  public Bridge outputs(List<BridgeOutput> value) {
    return set("Outputs", Value.listOf(value));
  }

  /** Sets {@code Outputs} to this value; see {@link #outputs(List)}. */
  public Bridge outputs(Value<List<BridgeOutput>> value) {
    return set("Outputs", value);
  }

  /** Sets {@code Outputs} to a list of these; see {@link #outputs(List)}. */
  public Bridge outputs(BridgeOutput... values) {
    return set("Outputs", Value.list(values));
  }

  /**
   * The bridge placement Amazon Resource Number (ARN).
   *
   * <p>Required. CloudFormation property {@code PlacementArn}.
   */
  public Bridge placementArn(String value) {
    return set("PlacementArn", Value.of(value));
  }

  /** Sets {@code PlacementArn} to this value; see {@link #placementArn(String)}. */
  public Bridge placementArn(Value<String> value) {
    return set("PlacementArn", value);
  }

  /**
   * The settings for source failover.
   *
   * <p>CloudFormation property {@code SourceFailoverConfig}.
   */
  public Bridge sourceFailoverConfig(Value<FailoverConfig> value) {
    return set("SourceFailoverConfig", value);
  }

  /**
   * The sources that you want to add to this bridge.
   *
   * <p>Required. CloudFormation property {@code Sources}.
   */
  public Bridge sources(List<BridgeSource> value) {
    return set("Sources", Value.listOf(value));
  }

  /** Sets {@code Sources} to this value; see {@link #sources(List)}. */
  public Bridge sources(Value<List<BridgeSource>> value) {
    return set("Sources", value);
  }

  /** Sets {@code Sources} to a list of these; see {@link #sources(List)}. */
  public Bridge sources(BridgeSource... values) {
    return set("Sources", Value.list(values));
  }

  /**
   * The Amazon Resource Name (ARN) of the bridge.
   *
   * <p>{@code Fn::GetAtt} attribute {@code BridgeArn}.
   */
  public Value<String> bridgeArn() {
    return getAtt("BridgeArn");
  }

  /**
   * The current status of the bridge. Possible values are: ACTIVE or STANDBY.
   *
   * <p>{@code Fn::GetAtt} attribute {@code BridgeState}.
   */
  public Value<String> bridgeState() {
    return getAtt("BridgeState");
  }

  /**
   * The source of the bridge. A flow source originates in MediaConnect as an existing cloud flow.
   *
   * <p>Property type {@code AWS::MediaConnect::Bridge.BridgeFlowSource}.
   */
  public static final class BridgeFlowSource extends Struct<BridgeFlowSource> {
    private static final Schema SCHEMA = Schema.builder("AWS::MediaConnect::Bridge.BridgeFlowSource")
        .required("FlowArn", "Name")
        .build();

    public BridgeFlowSource() {
      super(SCHEMA);
    }

    /**
     * The ARN of the cloud flow used as a source of this bridge.
     *
     * <p>Required. CloudFormation property {@code FlowArn}.
     */
    public BridgeFlowSource flowArn(String value) {
      return set("FlowArn", Value.of(value));
    }

    /** Sets {@code FlowArn} to this value; see {@link #flowArn(String)}. */
    public BridgeFlowSource flowArn(Value<String> value) {
      return set("FlowArn", value);
    }

    /**
     * The name of the VPC interface attachment to use for this source.
     *
     * <p>CloudFormation property {@code FlowVpcInterfaceAttachment}.
     */
    public BridgeFlowSource flowVpcInterfaceAttachment(Value<VpcInterfaceAttachment> value) {
      return set("FlowVpcInterfaceAttachment", value);
    }

    /**
     * The name of the flow source.
     *
     * <p>Required. CloudFormation property {@code Name}.
     */
    public BridgeFlowSource name(String value) {
      return set("Name", Value.of(value));
    }

    /** Sets {@code Name} to this value; see {@link #name(String)}. */
    public BridgeFlowSource name(Value<String> value) {
      return set("Name", value);
    }
  }

  /**
   * The output of the bridge. A network output is delivered to your premises.
   *
   * <p>Property type {@code AWS::MediaConnect::Bridge.BridgeNetworkOutput}.
   */
  public static final class BridgeNetworkOutput extends Struct<BridgeNetworkOutput> {
    private static final Schema SCHEMA = Schema.builder("AWS::MediaConnect::Bridge.BridgeNetworkOutput")
        .required("IpAddress", "Name", "NetworkName", "Port", "Protocol", "Ttl")
        .allowed("Protocol", "rtp-fec", "rtp", "udp")
        .build();

    public BridgeNetworkOutput() {
      super(SCHEMA);
    }

    /**
     * The network output IP address.
     *
     * <p>Required. CloudFormation property {@code IpAddress}.
     */
    public BridgeNetworkOutput ipAddress(String value) {
      return set("IpAddress", Value.of(value));
    }

    /** Sets {@code IpAddress} to this value; see {@link #ipAddress(String)}. */
    public BridgeNetworkOutput ipAddress(Value<String> value) {
      return set("IpAddress", value);
    }

    /**
     * The network output name.
     *
     * <p>Required. CloudFormation property {@code Name}.
     */
    public BridgeNetworkOutput name(String value) {
      return set("Name", Value.of(value));
    }

    /** Sets {@code Name} to this value; see {@link #name(String)}. */
    public BridgeNetworkOutput name(Value<String> value) {
      return set("Name", value);
    }

    /**
     * The network output's gateway network name.
     *
     * <p>Required. CloudFormation property {@code NetworkName}.
     */
    public BridgeNetworkOutput networkName(String value) {
      return set("NetworkName", Value.of(value));
    }

    /** Sets {@code NetworkName} to this value; see {@link #networkName(String)}. */
    public BridgeNetworkOutput networkName(Value<String> value) {
      return set("NetworkName", value);
    }

    /**
     * The network output's port.
     *
     * <p>Required. CloudFormation property {@code Port}.
     */
    public BridgeNetworkOutput port(int value) {
      return set("Port", Value.of(value));
    }

    /** Sets {@code Port} to this value; see {@link #port(int)}. */
    public BridgeNetworkOutput port(Value<Integer> value) {
      return set("Port", value);
    }

    /**
     * The network output protocol.
     *
     * <p>AWS Elemental MediaConnect no longer supports the Fujitsu QoS protocol. This reference is
     * maintained for legacy purposes only.
     *
     * <p>Required. Allowed values: {@code rtp-fec}, {@code rtp}, {@code udp}. CloudFormation
     * property {@code Protocol}.
     */
    public BridgeNetworkOutput protocol(String value) {
      return set("Protocol", Value.of(value));
    }

    /** Sets {@code Protocol} to this value; see {@link #protocol(String)}. */
    public BridgeNetworkOutput protocol(Value<String> value) {
      return set("Protocol", value);
    }

    /**
     * The network output TTL.
     *
     * <p>Required. CloudFormation property {@code Ttl}.
     */
    public BridgeNetworkOutput ttl(int value) {
      return set("Ttl", Value.of(value));
    }

    /** Sets {@code Ttl} to this value; see {@link #ttl(int)}. */
    public BridgeNetworkOutput ttl(Value<Integer> value) {
      return set("Ttl", value);
    }
  }

  /**
   * The source of the bridge. A network source originates at your premises.
   *
   * <p>Property type {@code AWS::MediaConnect::Bridge.BridgeNetworkSource}.
   */
  public static final class BridgeNetworkSource extends Struct<BridgeNetworkSource> {
    private static final Schema SCHEMA = Schema.builder("AWS::MediaConnect::Bridge.BridgeNetworkSource")
        .required("MulticastIp", "Name", "NetworkName", "Port", "Protocol")
        .allowed("Protocol", "rtp-fec", "rtp", "udp")
        .build();

    public BridgeNetworkSource() {
      super(SCHEMA);
    }

    /**
     * The network source multicast IP.
     *
     * <p>Required. CloudFormation property {@code MulticastIp}.
     */
    public BridgeNetworkSource multicastIp(String value) {
      return set("MulticastIp", Value.of(value));
    }

    /** Sets {@code MulticastIp} to this value; see {@link #multicastIp(String)}. */
    public BridgeNetworkSource multicastIp(Value<String> value) {
      return set("MulticastIp", value);
    }

    /**
     * The settings related to the multicast source.
     *
     * <p>CloudFormation property {@code MulticastSourceSettings}.
     */
    public BridgeNetworkSource multicastSourceSettings(Value<MulticastSourceSettings> value) {
      return set("MulticastSourceSettings", value);
    }

    /**
     * The name of the network source.
     *
     * <p>Required. CloudFormation property {@code Name}.
     */
    public BridgeNetworkSource name(String value) {
      return set("Name", Value.of(value));
    }

    /** Sets {@code Name} to this value; see {@link #name(String)}. */
    public BridgeNetworkSource name(Value<String> value) {
      return set("Name", value);
    }

    /**
     * The network source's gateway network name.
     *
     * <p>Required. CloudFormation property {@code NetworkName}.
     */
    public BridgeNetworkSource networkName(String value) {
      return set("NetworkName", Value.of(value));
    }

    /** Sets {@code NetworkName} to this value; see {@link #networkName(String)}. */
    public BridgeNetworkSource networkName(Value<String> value) {
      return set("NetworkName", value);
    }

    /**
     * The network source port.
     *
     * <p>Required. CloudFormation property {@code Port}.
     */
    public BridgeNetworkSource port(int value) {
      return set("Port", Value.of(value));
    }

    /** Sets {@code Port} to this value; see {@link #port(int)}. */
    public BridgeNetworkSource port(Value<Integer> value) {
      return set("Port", value);
    }

    /**
     * The network source protocol.
     *
     * <p>AWS Elemental MediaConnect no longer supports the Fujitsu QoS protocol. This reference is
     * maintained for legacy purposes only.
     *
     * <p>Required. Allowed values: {@code rtp-fec}, {@code rtp}, {@code udp}. CloudFormation
     * property {@code Protocol}.
     */
    public BridgeNetworkSource protocol(String value) {
      return set("Protocol", Value.of(value));
    }

    /** Sets {@code Protocol} to this value; see {@link #protocol(String)}. */
    public BridgeNetworkSource protocol(Value<String> value) {
      return set("Protocol", value);
    }
  }

  /**
   * The output of the bridge.
   *
   * <p>Property type {@code AWS::MediaConnect::Bridge.BridgeOutput}.
   */
  public static final class BridgeOutput extends Struct<BridgeOutput> {
    private static final Schema SCHEMA = Schema.of("AWS::MediaConnect::Bridge.BridgeOutput");

    public BridgeOutput() {
      super(SCHEMA);
    }

    /**
     * The output of the bridge. A network output is delivered to your premises.
     *
     * <p>CloudFormation property {@code NetworkOutput}.
     */
    public BridgeOutput networkOutput(Value<BridgeNetworkOutput> value) {
      return set("NetworkOutput", value);
    }
  }

  /**
   * The bridge's source.
   *
   * <p>Property type {@code AWS::MediaConnect::Bridge.BridgeSource}.
   */
  public static final class BridgeSource extends Struct<BridgeSource> {
    private static final Schema SCHEMA = Schema.of("AWS::MediaConnect::Bridge.BridgeSource");

    public BridgeSource() {
      super(SCHEMA);
    }

    /**
     * The source of the bridge. A flow source originates in MediaConnect as an existing cloud flow.
     *
     * <p>CloudFormation property {@code FlowSource}.
     */
    public BridgeSource flowSource(Value<BridgeFlowSource> value) {
      return set("FlowSource", value);
    }

    /**
     * The source of the bridge. A network source originates at your premises.
     *
     * <p>CloudFormation property {@code NetworkSource}.
     */
    public BridgeSource networkSource(Value<BridgeNetworkSource> value) {
      return set("NetworkSource", value);
    }
  }

  /**
   * Create a bridge with the egress bridge type. An egress bridge is a cloud-to-ground bridge. The
   * content comes from an existing MediaConnect flow and is delivered to your premises.
   *
   * <p>Property type {@code AWS::MediaConnect::Bridge.EgressGatewayBridge}.
   */
  public static final class EgressGatewayBridge extends Struct<EgressGatewayBridge> {
    private static final Schema SCHEMA = Schema.builder("AWS::MediaConnect::Bridge.EgressGatewayBridge")
        .required("MaxBitrate")
        .build();

    public EgressGatewayBridge() {
      super(SCHEMA);
    }

    /**
     * The maximum expected bitrate (in bps) of the egress bridge.
     *
     * <p>Required. CloudFormation property {@code MaxBitrate}.
     */
    public EgressGatewayBridge maxBitrate(int value) {
      return set("MaxBitrate", Value.of(value));
    }

    /** Sets {@code MaxBitrate} to this value; see {@link #maxBitrate(int)}. */
    public EgressGatewayBridge maxBitrate(Value<Integer> value) {
      return set("MaxBitrate", value);
    }
  }

  /**
   * The settings for source failover.
   *
   * <p>Property type {@code AWS::MediaConnect::Bridge.FailoverConfig}.
   */
  public static final class FailoverConfig extends Struct<FailoverConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::MediaConnect::Bridge.FailoverConfig")
        .required("FailoverMode")
        .allowed("FailoverMode", "FAILOVER")
        .allowed("State", "ENABLED", "DISABLED")
        .build();

    public FailoverConfig() {
      super(SCHEMA);
    }

    /**
     * The type of failover you choose for this flow. MERGE combines the source streams into a
     * single stream, allowing graceful recovery from any single-source loss. FAILOVER allows
     * switching between different streams.
     *
     * <p>Required. Allowed values: {@code FAILOVER}. CloudFormation property {@code FailoverMode}.
     */
    public FailoverConfig failoverMode(String value) {
      return set("FailoverMode", Value.of(value));
    }

    /** Sets {@code FailoverMode} to this value; see {@link #failoverMode(String)}. */
    public FailoverConfig failoverMode(Value<String> value) {
      return set("FailoverMode", value);
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
   * Create a bridge with the ingress bridge type. An ingress bridge is a ground-to-cloud bridge.
   * The content originates at your premises and is delivered to the cloud.
   *
   * <p>Property type {@code AWS::MediaConnect::Bridge.IngressGatewayBridge}.
   */
  public static final class IngressGatewayBridge extends Struct<IngressGatewayBridge> {
    private static final Schema SCHEMA = Schema.builder("AWS::MediaConnect::Bridge.IngressGatewayBridge")
        .required("MaxBitrate", "MaxOutputs")
        .build();

    public IngressGatewayBridge() {
      super(SCHEMA);
    }

    /**
     * The maximum expected bitrate (in bps) of the ingress bridge.
     *
     * <p>Required. CloudFormation property {@code MaxBitrate}.
     */
    public IngressGatewayBridge maxBitrate(int value) {
      return set("MaxBitrate", Value.of(value));
    }

    /** Sets {@code MaxBitrate} to this value; see {@link #maxBitrate(int)}. */
    public IngressGatewayBridge maxBitrate(Value<Integer> value) {
      return set("MaxBitrate", value);
    }

    /**
     * The maximum number of outputs on the ingress bridge.
     *
     * <p>Required. CloudFormation property {@code MaxOutputs}.
     */
    public IngressGatewayBridge maxOutputs(int value) {
      return set("MaxOutputs", Value.of(value));
    }

    /** Sets {@code MaxOutputs} to this value; see {@link #maxOutputs(int)}. */
    public IngressGatewayBridge maxOutputs(Value<Integer> value) {
      return set("MaxOutputs", value);
    }
  }

  /**
   * The settings related to the multicast source.
   *
   * <p>Property type {@code AWS::MediaConnect::Bridge.MulticastSourceSettings}.
   */
  public static final class MulticastSourceSettings extends Struct<MulticastSourceSettings> {
    private static final Schema SCHEMA = Schema.of("AWS::MediaConnect::Bridge.MulticastSourceSettings");

    public MulticastSourceSettings() {
      super(SCHEMA);
    }

    /**
     * The IP address of the source for source-specific multicast (SSM).
     *
     * <p>CloudFormation property {@code MulticastSourceIp}.
     */
    public MulticastSourceSettings multicastSourceIp(String value) {
      return set("MulticastSourceIp", Value.of(value));
    }

    /** Sets {@code MulticastSourceIp} to this value; see {@link #multicastSourceIp(String)}. */
    public MulticastSourceSettings multicastSourceIp(Value<String> value) {
      return set("MulticastSourceIp", value);
    }
  }

  /**
   * The priority you want to assign to a source. You can have a primary stream and a backup stream
   * or two equally prioritized streams.
   *
   * <p>Property type {@code AWS::MediaConnect::Bridge.SourcePriority}.
   */
  public static final class SourcePriority extends Struct<SourcePriority> {
    private static final Schema SCHEMA = Schema.of("AWS::MediaConnect::Bridge.SourcePriority");

    public SourcePriority() {
      super(SCHEMA);
    }

    /**
     * The name of the source you choose as the primary source for this flow.
     *
     * <p>CloudFormation property {@code PrimarySource}.
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
   * The settings for attaching a VPC interface to an resource.
   *
   * <p>Property type {@code AWS::MediaConnect::Bridge.VpcInterfaceAttachment}.
   */
  public static final class VpcInterfaceAttachment extends Struct<VpcInterfaceAttachment> {
    private static final Schema SCHEMA = Schema.of("AWS::MediaConnect::Bridge.VpcInterfaceAttachment");

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
