// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.ec2;

import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Describes a transit gateway Connect peer.
 *
 * <p>CloudFormation type {@code AWS::EC2::TransitGatewayConnectPeer}.
 */
public final class TransitGatewayConnectPeer extends Resource<TransitGatewayConnectPeer> {
  private static final Schema SCHEMA = Schema.builder("AWS::EC2::TransitGatewayConnectPeer")
      .required("ConnectPeerConfiguration", "TransitGatewayAttachmentId")
      .refYields("TransitGatewayConnectPeerId")
      .attributes("ConnectPeerConfiguration.BgpConfigurations", "ConnectPeerConfiguration.Protocol",
          "CreationTime", "State", "TransitGatewayConnectPeerId")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public TransitGatewayConnectPeer(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The Connect peer details.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code
   * ConnectPeerConfiguration}.
   */
  public TransitGatewayConnectPeer connectPeerConfiguration(Value<TransitGatewayConnectPeerConfiguration> value) {
    return set("ConnectPeerConfiguration", value);
  }

  /**
   * The tags for the Connect peer.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public TransitGatewayConnectPeer tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public TransitGatewayConnectPeer tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public TransitGatewayConnectPeer tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The ID of the Connect attachment.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code
   * TransitGatewayAttachmentId}.
   */
  public TransitGatewayConnectPeer transitGatewayAttachmentId(String value) {
    return set("TransitGatewayAttachmentId", Value.of(value));
  }

  /**
   * Sets {@code TransitGatewayAttachmentId} to this value; see {@link
   * #transitGatewayAttachmentId(String)}.
   */
  public TransitGatewayConnectPeer transitGatewayAttachmentId(Value<String> value) {
    return set("TransitGatewayAttachmentId", value);
  }

  /**
   * The BGP configuration details.
   *
   * <p>{@code Fn::GetAtt} attribute {@code ConnectPeerConfiguration.BgpConfigurations}.
   */
  public Value<List<TransitGatewayAttachmentBgpConfiguration>> connectPeerConfigurationBgpConfigurations() {
    return getAtt("ConnectPeerConfiguration.BgpConfigurations");
  }

  /**
   * The tunnel protocol.
   *
   * <p>{@code Fn::GetAtt} attribute {@code ConnectPeerConfiguration.Protocol}.
   */
  public Value<String> connectPeerConfigurationProtocol() {
    return getAtt("ConnectPeerConfiguration.Protocol");
  }

  /**
   * The creation time.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CreationTime}.
   */
  public Value<String> creationTime() {
    return getAtt("CreationTime");
  }

  /**
   * The state of the Connect peer.
   *
   * <p>{@code Fn::GetAtt} attribute {@code State}.
   */
  public Value<String> state() {
    return getAtt("State");
  }

  /**
   * The ID of the Connect peer.
   *
   * <p>{@code Fn::GetAtt} attribute {@code TransitGatewayConnectPeerId}.
   */
  public Value<String> transitGatewayConnectPeerId() {
    return getAtt("TransitGatewayConnectPeerId");
  }

  /**
   * The BGP configuration information.
   *
   * <p>Property type {@code
   * AWS::EC2::TransitGatewayConnectPeer.TransitGatewayAttachmentBgpConfiguration}.
   */
  public static final class TransitGatewayAttachmentBgpConfiguration extends Struct<TransitGatewayAttachmentBgpConfiguration> {
    private static final Schema SCHEMA = Schema.of("AWS::EC2::TransitGatewayConnectPeer.TransitGatewayAttachmentBgpConfiguration");

    public TransitGatewayAttachmentBgpConfiguration() {
      super(SCHEMA);
    }

    /**
     * The BGP status.
     *
     * <p>CloudFormation property {@code BgpStatus}.
     */
    public TransitGatewayAttachmentBgpConfiguration bgpStatus(String value) {
      return set("BgpStatus", Value.of(value));
    }

    /** Sets {@code BgpStatus} to this value; see {@link #bgpStatus(String)}. */
    public TransitGatewayAttachmentBgpConfiguration bgpStatus(Value<String> value) {
      return set("BgpStatus", value);
    }

    /**
     * The interior BGP peer IP address for the appliance.
     *
     * <p>CloudFormation property {@code PeerAddress}.
     */
    public TransitGatewayAttachmentBgpConfiguration peerAddress(String value) {
      return set("PeerAddress", Value.of(value));
    }

    /** Sets {@code PeerAddress} to this value; see {@link #peerAddress(String)}. */
    public TransitGatewayAttachmentBgpConfiguration peerAddress(Value<String> value) {
      return set("PeerAddress", value);
    }

    /**
     * The peer Autonomous System Number (ASN).
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code PeerAsn}.
     */
    public TransitGatewayAttachmentBgpConfiguration peerAsn(double value) {
      return set("PeerAsn", Value.of(value));
    }

    /** Sets {@code PeerAsn} to this value; see {@link #peerAsn(double)}. */
    public TransitGatewayAttachmentBgpConfiguration peerAsn(Value<Double> value) {
      return set("PeerAsn", value);
    }

    /**
     * The interior BGP peer IP address for the transit gateway.
     *
     * <p>CloudFormation property {@code TransitGatewayAddress}.
     */
    public TransitGatewayAttachmentBgpConfiguration transitGatewayAddress(String value) {
      return set("TransitGatewayAddress", Value.of(value));
    }

    /**
     * Sets {@code TransitGatewayAddress} to this value; see {@link #transitGatewayAddress(String)}.
     */
    public TransitGatewayAttachmentBgpConfiguration transitGatewayAddress(Value<String> value) {
      return set("TransitGatewayAddress", value);
    }

    /**
     * The transit gateway Autonomous System Number (ASN).
     *
     * <p>CloudFormation property {@code TransitGatewayAsn}.
     */
    public TransitGatewayAttachmentBgpConfiguration transitGatewayAsn(double value) {
      return set("TransitGatewayAsn", Value.of(value));
    }

    /** Sets {@code TransitGatewayAsn} to this value; see {@link #transitGatewayAsn(double)}. */
    public TransitGatewayAttachmentBgpConfiguration transitGatewayAsn(Value<Double> value) {
      return set("TransitGatewayAsn", value);
    }
  }

  /**
   * Describes the Connect peer details.
   *
   * <p>Property type {@code
   * AWS::EC2::TransitGatewayConnectPeer.TransitGatewayConnectPeerConfiguration}.
   */
  public static final class TransitGatewayConnectPeerConfiguration extends Struct<TransitGatewayConnectPeerConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::EC2::TransitGatewayConnectPeer.TransitGatewayConnectPeerConfiguration")
        .required("InsideCidrBlocks", "PeerAddress")
        .build();

    public TransitGatewayConnectPeerConfiguration() {
      super(SCHEMA);
    }

    /**
     * The BGP configuration details.
     *
     * <p>CloudFormation property {@code BgpConfigurations}.
     */
    public TransitGatewayConnectPeerConfiguration bgpConfigurations(List<TransitGatewayAttachmentBgpConfiguration> value) {
      return set("BgpConfigurations", Value.listOf(value));
    }

    /** Sets {@code BgpConfigurations} to this value; see {@link #bgpConfigurations(List)}. */
    public TransitGatewayConnectPeerConfiguration bgpConfigurations(Value<List<TransitGatewayAttachmentBgpConfiguration>> value) {
      return set("BgpConfigurations", value);
    }

    /** Sets {@code BgpConfigurations} to a list of these; see {@link #bgpConfigurations(List)}. */
    public TransitGatewayConnectPeerConfiguration bgpConfigurations(TransitGatewayAttachmentBgpConfiguration... values) {
      return set("BgpConfigurations", Value.list(values));
    }

    /**
     * The range of interior BGP peer IP addresses.
     *
     * <p>Required. Changing it replaces the resource. CloudFormation property {@code
     * InsideCidrBlocks}.
     */
    public TransitGatewayConnectPeerConfiguration insideCidrBlocks(List<String> value) {
      return set("InsideCidrBlocks", Value.listOf(value));
    }

    /** Sets {@code InsideCidrBlocks} to this value; see {@link #insideCidrBlocks(List)}. */
    public TransitGatewayConnectPeerConfiguration insideCidrBlocks(Value<List<String>> value) {
      return set("InsideCidrBlocks", value);
    }

    /**
     * The Connect peer IP address on the appliance side of the tunnel.
     *
     * <p>Required. Changing it replaces the resource. CloudFormation property {@code PeerAddress}.
     */
    public TransitGatewayConnectPeerConfiguration peerAddress(String value) {
      return set("PeerAddress", Value.of(value));
    }

    /** Sets {@code PeerAddress} to this value; see {@link #peerAddress(String)}. */
    public TransitGatewayConnectPeerConfiguration peerAddress(Value<String> value) {
      return set("PeerAddress", value);
    }

    /**
     * The tunnel protocol.
     *
     * <p>CloudFormation property {@code Protocol}.
     */
    public TransitGatewayConnectPeerConfiguration protocol(String value) {
      return set("Protocol", Value.of(value));
    }

    /** Sets {@code Protocol} to this value; see {@link #protocol(String)}. */
    public TransitGatewayConnectPeerConfiguration protocol(Value<String> value) {
      return set("Protocol", value);
    }

    /**
     * The Connect peer IP address on the transit gateway side of the tunnel.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code TransitGatewayAddress}.
     */
    public TransitGatewayConnectPeerConfiguration transitGatewayAddress(String value) {
      return set("TransitGatewayAddress", Value.of(value));
    }

    /**
     * Sets {@code TransitGatewayAddress} to this value; see {@link #transitGatewayAddress(String)}.
     */
    public TransitGatewayConnectPeerConfiguration transitGatewayAddress(Value<String> value) {
      return set("TransitGatewayAddress", value);
    }
  }
}
