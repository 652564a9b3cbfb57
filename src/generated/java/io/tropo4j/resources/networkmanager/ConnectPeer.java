// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.networkmanager;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Creates a core network Connect peer for a specified core network connect attachment between a
 * core network and an appliance. The peer address and transit gateway address must be the same IP
 * address family (IPv4 or IPv6).
 *
 * <p>CloudFormation type {@code AWS::NetworkManager::ConnectPeer}.
 */
public final class ConnectPeer extends Resource<ConnectPeer> {
  private static final Schema SCHEMA = Schema.builder("AWS::NetworkManager::ConnectPeer")
      .required("ConnectAttachmentId", "PeerAddress")
      .constrain("ConnectAttachmentId", Constraint.of().pattern("^attachment-([0-9a-f]{8,17})$").minLength(0).maxLength(50))
      .constrain("CoreNetworkAddress", Constraint.of().pattern("^[\\s\\S]*$").minLength(1).maxLength(50))
      .constrain("InsideCidrBlocks", Constraint.of().pattern("^[\\s\\S]*$").minLength(0).maxLength(256))
      .constrain("PeerAddress", Constraint.of().pattern("^[\\s\\S]*$").minLength(1).maxLength(50))
      .constrain("SubnetArn", Constraint.of().pattern("^arn:[^:]{1,63}:ec2:[^:]{0,63}:[^:]{0,63}:subnet\\/subnet-[0-9a-f]{8,17}$|^$").minLength(0).maxLength(500))
      .refYields("ConnectPeerId")
      .attributes("Configuration", "Configuration.BgpConfigurations",
          "Configuration.CoreNetworkAddress", "Configuration.InsideCidrBlocks",
          "Configuration.PeerAddress", "Configuration.Protocol", "ConnectPeerId", "CoreNetworkId",
          "CreatedAt", "EdgeLocation", "LastModificationErrors", "State")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public ConnectPeer(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * Describes the BGP options.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code BgpOptions}.
   */
  public ConnectPeer bgpOptions(Value<BgpOptions> value) {
    return set("BgpOptions", value);
  }

  /**
   * The ID of the attachment to connect.
   *
   * <p>Required. Changing it replaces the resource. Length: 0 to 50 characters. Pattern: {@code
   * ^attachment-([0-9a-f]{8,17})$}. CloudFormation property {@code ConnectAttachmentId}.
   */
  public ConnectPeer connectAttachmentId(String value) {
    return set("ConnectAttachmentId", Value.of(value));
  }

  /** Sets {@code ConnectAttachmentId} to this value; see {@link #connectAttachmentId(String)}. */
  public ConnectPeer connectAttachmentId(Value<String> value) {
    return set("ConnectAttachmentId", value);
  }

  /**
   * The IP address of a core network.
   *
   * <p>Changing it replaces the resource. Length: 1 to 50 characters. Pattern: {@code
   * ^[&#92;s&#92;S]*$}. CloudFormation property {@code CoreNetworkAddress}.
   */
  public ConnectPeer coreNetworkAddress(String value) {
    return set("CoreNetworkAddress", Value.of(value));
  }

  /** Sets {@code CoreNetworkAddress} to this value; see {@link #coreNetworkAddress(String)}. */
  public ConnectPeer coreNetworkAddress(Value<String> value) {
    return set("CoreNetworkAddress", value);
  }

  /**
   * The inside IP addresses used for a Connect peer configuration.
   *
   * <p>Changing it replaces the resource. Length: 0 to 256 characters. Pattern: {@code
   * ^[&#92;s&#92;S]*$}. CloudFormation property {@code InsideCidrBlocks}.
   */
  public ConnectPeer insideCidrBlocks(List<String> value) {
    return set("InsideCidrBlocks", Value.listOf(value));
  }

  /** Sets {@code InsideCidrBlocks} to this value; see {@link #insideCidrBlocks(List)}. */
  public ConnectPeer insideCidrBlocks(Value<List<String>> value) {
    return set("InsideCidrBlocks", value);
  }

  /**
   * The IP address of the Connect peer.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 50 characters. Pattern: {@code
   * ^[&#92;s&#92;S]*$}. CloudFormation property {@code PeerAddress}.
   */
  public ConnectPeer peerAddress(String value) {
    return set("PeerAddress", Value.of(value));
  }

  /** Sets {@code PeerAddress} to this value; see {@link #peerAddress(String)}. */
  public ConnectPeer peerAddress(Value<String> value) {
    return set("PeerAddress", value);
  }

  /**
   * The subnet ARN of the Connect peer.
   *
   * <p>Changing it replaces the resource. Length: 0 to 500 characters. Pattern: {@code
   * ^arn:[^:]{1,63}:ec2:[^:]{0,63}:[^:]{0,63}:subnet&#92;/subnet-[0-9a-f]{8,17}$|^$}.
   * CloudFormation property {@code SubnetArn}.
   */
  public ConnectPeer subnetArn(String value) {
    return set("SubnetArn", Value.of(value));
  }

  /** Sets {@code SubnetArn} to this value; see {@link #subnetArn(String)}. */
  public ConnectPeer subnetArn(Value<String> value) {
    return set("SubnetArn", value);
  }

  /**
   * The list of key-value tags associated with the Connect peer.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public ConnectPeer tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public ConnectPeer tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public ConnectPeer tags(Tags tags) {
    return set("Tags", tags);
  }

  /** {@code Fn::GetAtt} attribute {@code Configuration}. */
  public Value<ConnectPeerConfiguration> configuration() {
    return getAtt("Configuration");
  }

  /** {@code Fn::GetAtt} attribute {@code Configuration.BgpConfigurations}. */
  public Value<List<ConnectPeerBgpConfiguration>> configurationBgpConfigurations() {
    return getAtt("Configuration.BgpConfigurations");
  }

  /** {@code Fn::GetAtt} attribute {@code Configuration.CoreNetworkAddress}. */
  public Value<String> configurationCoreNetworkAddress() {
    return getAtt("Configuration.CoreNetworkAddress");
  }

  /** {@code Fn::GetAtt} attribute {@code Configuration.InsideCidrBlocks}. */
  public Value<List<String>> configurationInsideCidrBlocks() {
    return getAtt("Configuration.InsideCidrBlocks");
  }

  /** {@code Fn::GetAtt} attribute {@code Configuration.PeerAddress}. */
  public Value<String> configurationPeerAddress() {
    return getAtt("Configuration.PeerAddress");
  }

  /** {@code Fn::GetAtt} attribute {@code Configuration.Protocol}. */
  public Value<String> configurationProtocol() {
    return getAtt("Configuration.Protocol");
  }

  /**
   * The ID of the Connect peer.
   *
   * <p>{@code Fn::GetAtt} attribute {@code ConnectPeerId}.
   */
  public Value<String> connectPeerId() {
    return getAtt("ConnectPeerId");
  }

  /**
   * The core network ID.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CoreNetworkId}.
   */
  public Value<String> coreNetworkId() {
    return getAtt("CoreNetworkId");
  }

  /**
   * The timestamp when the Connect peer was created.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CreatedAt}.
   */
  public Value<String> createdAt() {
    return getAtt("CreatedAt");
  }

  /**
   * The Connect peer Regions where edges are located.
   *
   * <p>{@code Fn::GetAtt} attribute {@code EdgeLocation}.
   */
  public Value<String> edgeLocation() {
    return getAtt("EdgeLocation");
  }

  /**
   * Describes the error associated with the attachment request.
   *
   * <p>{@code Fn::GetAtt} attribute {@code LastModificationErrors}.
   */
  public Value<List<String>> lastModificationErrors() {
    return getAtt("LastModificationErrors");
  }

  /**
   * The state of the Connect peer. This will be: <code>REJECTED</code> |
   * <code>PENDING_ATTACHMENT_ACCEPTANCE</code> | <code>CREATING</code> | <code>FAILED</code> |
   * <code>AVAILABLE</code> | <code>UPDATING</code> | <code>PENDING_NETWORK_UPDATE</code> |
   * <code>PENDING_TAG_ACCEPTANCE</code> | <code>DELETING</code> .
   *
   * <p>{@code Fn::GetAtt} attribute {@code State}.
   */
  public Value<String> state() {
    return getAtt("State");
  }

  /**
   * Describes the BGP options.
   *
   * <p>Property type {@code AWS::NetworkManager::ConnectPeer.BgpOptions}.
   */
  public static final class BgpOptions extends Struct<BgpOptions> {
    private static final Schema SCHEMA = Schema.of("AWS::NetworkManager::ConnectPeer.BgpOptions");

    public BgpOptions() {
      super(SCHEMA);
    }

    /**
     * The Peer ASN of the BGP.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code PeerAsn}.
     */
    public BgpOptions peerAsn(double value) {
      return set("PeerAsn", Value.of(value));
    }

    /** Sets {@code PeerAsn} to this value; see {@link #peerAsn(double)}. */
    public BgpOptions peerAsn(Value<Double> value) {
      return set("PeerAsn", value);
    }
  }

  /**
   * Describes a core network BGP configuration.
   *
   * <p>Property type {@code AWS::NetworkManager::ConnectPeer.ConnectPeerBgpConfiguration}.
   */
  public static final class ConnectPeerBgpConfiguration extends Struct<ConnectPeerBgpConfiguration> {
    private static final Schema SCHEMA = Schema.of("AWS::NetworkManager::ConnectPeer.ConnectPeerBgpConfiguration");

    public ConnectPeerBgpConfiguration() {
      super(SCHEMA);
    }

    /**
     * The address of a core network.
     *
     * <p>CloudFormation property {@code CoreNetworkAddress}.
     */
    public ConnectPeerBgpConfiguration coreNetworkAddress(String value) {
      return set("CoreNetworkAddress", Value.of(value));
    }

    /** Sets {@code CoreNetworkAddress} to this value; see {@link #coreNetworkAddress(String)}. */
    public ConnectPeerBgpConfiguration coreNetworkAddress(Value<String> value) {
      return set("CoreNetworkAddress", value);
    }

    /**
     * The ASN of the Coret Network.
     *
     * <p>CloudFormation property {@code CoreNetworkAsn}.
     */
    public ConnectPeerBgpConfiguration coreNetworkAsn(double value) {
      return set("CoreNetworkAsn", Value.of(value));
    }

    /** Sets {@code CoreNetworkAsn} to this value; see {@link #coreNetworkAsn(double)}. */
    public ConnectPeerBgpConfiguration coreNetworkAsn(Value<Double> value) {
      return set("CoreNetworkAsn", value);
    }

    /**
     * The address of a core network Connect peer.
     *
     * <p>CloudFormation property {@code PeerAddress}.
     */
    public ConnectPeerBgpConfiguration peerAddress(String value) {
      return set("PeerAddress", Value.of(value));
    }

    /** Sets {@code PeerAddress} to this value; see {@link #peerAddress(String)}. */
    public ConnectPeerBgpConfiguration peerAddress(Value<String> value) {
      return set("PeerAddress", value);
    }

    /**
     * The ASN of the Connect peer.
     *
     * <p>CloudFormation property {@code PeerAsn}.
     */
    public ConnectPeerBgpConfiguration peerAsn(double value) {
      return set("PeerAsn", Value.of(value));
    }

    /** Sets {@code PeerAsn} to this value; see {@link #peerAsn(double)}. */
    public ConnectPeerBgpConfiguration peerAsn(Value<Double> value) {
      return set("PeerAsn", value);
    }
  }

  /**
   * Describes a core network Connect peer configuration.
   *
   * <p>Property type {@code AWS::NetworkManager::ConnectPeer.ConnectPeerConfiguration}.
   */
  public static final class ConnectPeerConfiguration extends Struct<ConnectPeerConfiguration> {
    private static final Schema SCHEMA = Schema.of("AWS::NetworkManager::ConnectPeer.ConnectPeerConfiguration");

    public ConnectPeerConfiguration() {
      super(SCHEMA);
    }

    /**
     * The Connect peer BGP configurations.
     *
     * <p>CloudFormation property {@code BgpConfigurations}.
     */
    public ConnectPeerConfiguration bgpConfigurations(List<ConnectPeerBgpConfiguration> value) {
      return set("BgpConfigurations", Value.listOf(value));
    }

    /** Sets {@code BgpConfigurations} to this value; see {@link #bgpConfigurations(List)}. */
    public ConnectPeerConfiguration bgpConfigurations(Value<List<ConnectPeerBgpConfiguration>> value) {
      return set("BgpConfigurations", value);
    }

    /** Sets {@code BgpConfigurations} to a list of these; see {@link #bgpConfigurations(List)}. */
    public ConnectPeerConfiguration bgpConfigurations(ConnectPeerBgpConfiguration... values) {
      return set("BgpConfigurations", Value.list(values));
    }

    /**
     * The IP address of a core network.
     *
     * <p>CloudFormation property {@code CoreNetworkAddress}.
     */
    public ConnectPeerConfiguration coreNetworkAddress(String value) {
      return set("CoreNetworkAddress", Value.of(value));
    }

    /** Sets {@code CoreNetworkAddress} to this value; see {@link #coreNetworkAddress(String)}. */
    public ConnectPeerConfiguration coreNetworkAddress(Value<String> value) {
      return set("CoreNetworkAddress", value);
    }

    /**
     * The inside IP addresses used for a Connect peer configuration.
     *
     * <p>CloudFormation property {@code InsideCidrBlocks}.
     */
    public ConnectPeerConfiguration insideCidrBlocks(List<String> value) {
      return set("InsideCidrBlocks", Value.listOf(value));
    }

    /** Sets {@code InsideCidrBlocks} to this value; see {@link #insideCidrBlocks(List)}. */
    public ConnectPeerConfiguration insideCidrBlocks(Value<List<String>> value) {
      return set("InsideCidrBlocks", value);
    }

    /**
     * The IP address of the Connect peer.
     *
     * <p>CloudFormation property {@code PeerAddress}.
     */
    public ConnectPeerConfiguration peerAddress(String value) {
      return set("PeerAddress", Value.of(value));
    }

    /** Sets {@code PeerAddress} to this value; see {@link #peerAddress(String)}. */
    public ConnectPeerConfiguration peerAddress(Value<String> value) {
      return set("PeerAddress", value);
    }

    /**
     * The protocol used for a Connect peer configuration.
     *
     * <p>CloudFormation property {@code Protocol}.
     */
    public ConnectPeerConfiguration protocol(String value) {
      return set("Protocol", Value.of(value));
    }

    /** Sets {@code Protocol} to this value; see {@link #protocol(String)}. */
    public ConnectPeerConfiguration protocol(Value<String> value) {
      return set("Protocol", value);
    }
  }
}
