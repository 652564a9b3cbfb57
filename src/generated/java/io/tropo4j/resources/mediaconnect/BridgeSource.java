// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.mediaconnect;

import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.fn.Value;

/**
 * Adds sources to an existing bridge.
 *
 * <p>CloudFormation type {@code AWS::MediaConnect::BridgeSource}.
 */
public final class BridgeSource extends Resource<BridgeSource> {
  private static final Schema SCHEMA = Schema.builder("AWS::MediaConnect::BridgeSource")
      .required("BridgeArn", "Name")
      .build();

  public BridgeSource(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The ARN of the bridge feeding this flow.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code BridgeArn}.
   */
  public BridgeSource bridgeArn(String value) {
    return set("BridgeArn", Value.of(value));
  }

  /** Sets {@code BridgeArn} to this value; see {@link #bridgeArn(String)}. */
  public BridgeSource bridgeArn(Value<String> value) {
    return set("BridgeArn", value);
  }

  /**
   * The source of the flow.
   *
   * <p>CloudFormation property {@code FlowSource}.
   */
  public BridgeSource flowSource(Value<BridgeFlowSource> value) {
    return set("FlowSource", value);
  }

  /**
   * The name of the flow source. This name is used to reference the source and must be unique among
   * sources in this bridge.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code Name}.
   */
  public BridgeSource name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public BridgeSource name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * The source of the network.
   *
   * <p>CloudFormation property {@code NetworkSource}.
   */
  public BridgeSource networkSource(Value<BridgeNetworkSource> value) {
    return set("NetworkSource", value);
  }

  /**
   * The source of the bridge. A flow source originates in MediaConnect as an existing cloud flow.
   *
   * <p>Property type {@code AWS::MediaConnect::BridgeSource.BridgeFlowSource}.
   */
  public static final class BridgeFlowSource extends Struct<BridgeFlowSource> {
    private static final Schema SCHEMA = Schema.builder("AWS::MediaConnect::BridgeSource.BridgeFlowSource")
        .required("FlowArn")
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
  }

  /**
   * The source of the bridge. A network source originates at your premises.
   *
   * <p>Property type {@code AWS::MediaConnect::BridgeSource.BridgeNetworkSource}.
   */
  public static final class BridgeNetworkSource extends Struct<BridgeNetworkSource> {
    private static final Schema SCHEMA = Schema.builder("AWS::MediaConnect::BridgeSource.BridgeNetworkSource")
        .required("MulticastIp", "NetworkName", "Port", "Protocol")
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
   * The settings related to the multicast source.
   *
   * <p>Property type {@code AWS::MediaConnect::BridgeSource.MulticastSourceSettings}.
   */
  public static final class MulticastSourceSettings extends Struct<MulticastSourceSettings> {
    private static final Schema SCHEMA = Schema.of("AWS::MediaConnect::BridgeSource.MulticastSourceSettings");

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
   * The settings for attaching a VPC interface to an resource.
   *
   * <p>Property type {@code AWS::MediaConnect::BridgeSource.VpcInterfaceAttachment}.
   */
  public static final class VpcInterfaceAttachment extends Struct<VpcInterfaceAttachment> {
    private static final Schema SCHEMA = Schema.of("AWS::MediaConnect::BridgeSource.VpcInterfaceAttachment");

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
