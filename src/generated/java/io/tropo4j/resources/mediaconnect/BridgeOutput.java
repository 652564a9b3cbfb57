// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.mediaconnect;

import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.fn.Value;

/**
 * Adds outputs to an existing bridge.
 *
 * <p>CloudFormation type {@code AWS::MediaConnect::BridgeOutput}.
 */
public final class BridgeOutput extends Resource<BridgeOutput> {
  private static final Schema SCHEMA = Schema.builder("AWS::MediaConnect::BridgeOutput")
      .required("BridgeArn", "Name", "NetworkOutput")
      .build();

  public BridgeOutput(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The Amazon Resource Name (ARN) of the bridge that you want to update.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code BridgeArn}.
   */
  public BridgeOutput bridgeArn(String value) {
    return set("BridgeArn", Value.of(value));
  }

  /** Sets {@code BridgeArn} to this value; see {@link #bridgeArn(String)}. */
  public BridgeOutput bridgeArn(Value<String> value) {
    return set("BridgeArn", value);
  }

  /**
   * The network output name. This name is used to reference the output and must be unique among
   * outputs in this bridge.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code Name}.
   */
  public BridgeOutput name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public BridgeOutput name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * The network output of the bridge. A network output is delivered to your premises.
   *
   * <p>Required. CloudFormation property {@code NetworkOutput}.
   */
  public BridgeOutput networkOutput(Value<BridgeNetworkOutput> value) {
    return set("NetworkOutput", value);
  }

  /**
   * The output of the bridge. A network output is delivered to your premises.
   *
   * <p>Property type {@code AWS::MediaConnect::BridgeOutput.BridgeNetworkOutput}.
   */
  public static final class BridgeNetworkOutput extends Struct<BridgeNetworkOutput> {
    private static final Schema SCHEMA = Schema.builder("AWS::MediaConnect::BridgeOutput.BridgeNetworkOutput")
        .required("IpAddress", "NetworkName", "Port", "Protocol", "Ttl")
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
}
