// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.directconnect;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Resource Type definition for AWS::DirectConnect::TransitVirtualInterface
 *
 * <p>CloudFormation type {@code AWS::DirectConnect::TransitVirtualInterface}.
 */
public final class TransitVirtualInterface extends Resource<TransitVirtualInterface> {
  private static final Schema SCHEMA = Schema.builder("AWS::DirectConnect::TransitVirtualInterface")
      .required("BgpPeers", "ConnectionId", "DirectConnectGatewayId", "VirtualInterfaceName",
          "Vlan")
      .constrain("AllocateTransitVirtualInterfaceRoleArn", Constraint.of().pattern("^arn:aws[a-z-]*:iam::[0-9]{12}:role/.+$").format("AWS::IAM::Role.Arn"))
      .references("ConnectionId", "AWS::DirectConnect::Connection.ConnectionId",
          "AWS::DirectConnect::Lag.LagId", "AWS::DirectConnect::Lag.Ref")
      .references("DirectConnectGatewayId",
          "AWS::DirectConnect::DirectConnectGateway.DirectConnectGatewayId")
      .constrain("RateLimit", Constraint.of().pattern("^[0-9]+\\.?[0-9]*(Mbps|Gbps|Tbps)$"))
      .constrain("VirtualInterfaceName", Constraint.of().pattern("^[\\w \\-_,\\/]{1,100}$"))
      .constrain("Vlan", Constraint.of().minimum(0).maximum(4095))
      .refYields("VirtualInterfaceArn")
      .attributes("VirtualInterfaceArn", "VirtualInterfaceId")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public TransitVirtualInterface(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The Amazon Resource Name (ARN) of the role to allocate the TransitVifAllocation. Needs
   * directconnect:AllocateTransitVirtualInterface permissions and tag permissions if applicable.
   *
   * <p>Changing it replaces the resource. Pattern: {@code ^arn:aws[a-z-]*:iam::[0-9]{12}:role/.+$}.
   * Format: {@code AWS::IAM::Role.Arn}. CloudFormation property {@code
   * AllocateTransitVirtualInterfaceRoleArn}.
   */
  public TransitVirtualInterface allocateTransitVirtualInterfaceRoleArn(String value) {
    return set("AllocateTransitVirtualInterfaceRoleArn", Value.of(value));
  }

  /**
   * Sets {@code AllocateTransitVirtualInterfaceRoleArn} to this value; see {@link
   * #allocateTransitVirtualInterfaceRoleArn(String)}.
   */
  public TransitVirtualInterface allocateTransitVirtualInterfaceRoleArn(Value<String> value) {
    return set("AllocateTransitVirtualInterfaceRoleArn", value);
  }

  /**
   * The BGP peers configured on this virtual interface..
   *
   * <p>Required. CloudFormation property {@code BgpPeers}.
   */
  public TransitVirtualInterface bgpPeers(List<BgpPeer> value) {
    return set("BgpPeers", Value.listOf(value));
  }

  /** Sets {@code BgpPeers} to this value; see {@link #bgpPeers(List)}. */
  public TransitVirtualInterface bgpPeers(Value<List<BgpPeer>> value) {
    return set("BgpPeers", value);
  }

  /** Sets {@code BgpPeers} to a list of these; see {@link #bgpPeers(List)}. */
  public TransitVirtualInterface bgpPeers(BgpPeer... values) {
    return set("BgpPeers", Value.list(values));
  }

  /** Required. CloudFormation property {@code ConnectionId}. */
  public TransitVirtualInterface connectionId(String value) {
    return set("ConnectionId", Value.of(value));
  }

  /** Sets {@code ConnectionId} to this value; see {@link #connectionId(String)}. */
  public TransitVirtualInterface connectionId(Value<String> value) {
    return set("ConnectionId", value);
  }

  /**
   * Sets {@code ConnectionId} to the ConnectionId of {@code AWS::DirectConnect::Connection}; see
   * {@link #connectionId(String)}.
   */
  public TransitVirtualInterface connectionId(Connection resource) {
    return set("ConnectionId", resource.connectionId());
  }

  /**
   * Sets {@code ConnectionId} to the LagId of {@code AWS::DirectConnect::Lag}; see {@link
   * #connectionId(String)}.
   */
  public TransitVirtualInterface connectionId(Lag resource) {
    return set("ConnectionId", resource.lagId());
  }

  /**
   * Required. Changing it replaces the resource. CloudFormation property {@code
   * DirectConnectGatewayId}.
   */
  public TransitVirtualInterface directConnectGatewayId(String value) {
    return set("DirectConnectGatewayId", Value.of(value));
  }

  /**
   * Sets {@code DirectConnectGatewayId} to this value; see {@link #directConnectGatewayId(String)}.
   */
  public TransitVirtualInterface directConnectGatewayId(Value<String> value) {
    return set("DirectConnectGatewayId", value);
  }

  /**
   * Sets {@code DirectConnectGatewayId} to the DirectConnectGatewayId of {@code
   * AWS::DirectConnect::DirectConnectGateway}; see {@link #directConnectGatewayId(String)}.
   */
  public TransitVirtualInterface directConnectGatewayId(DirectConnectGateway resource) {
    return set("DirectConnectGatewayId", resource.directConnectGatewayId());
  }

  /**
   * Indicates whether to enable or disable SiteLink.
   *
   * <p>CloudFormation property {@code EnableSiteLink}.
   */
  public TransitVirtualInterface enableSiteLink(boolean value) {
    return set("EnableSiteLink", Value.of(value));
  }

  /** Sets {@code EnableSiteLink} to this value; see {@link #enableSiteLink(boolean)}. */
  public TransitVirtualInterface enableSiteLink(Value<Boolean> value) {
    return set("EnableSiteLink", value);
  }

  /**
   * The maximum transmission unit (MTU), in bytes. The supported values are 1500 and 9001. The
   * default value is 1500.
   *
   * <p>CloudFormation property {@code Mtu}.
   */
  public TransitVirtualInterface mtu(int value) {
    return set("Mtu", Value.of(value));
  }

  /** Sets {@code Mtu} to this value; see {@link #mtu(int)}. */
  public TransitVirtualInterface mtu(Value<Integer> value) {
    return set("Mtu", value);
  }

  /**
   * The rate limit (bandwidth allocation) for the virtual interface. The value must be one of the
   * supported bandwidth values (e.g., 50Mbps, 1Gbps, 10Gbps) and cannot exceed the bandwidth of the
   * parent connection or LAG.
   *
   * <p>Pattern: {@code ^[0-9]+&#92;.?[0-9]*(Mbps|Gbps|Tbps)$}. CloudFormation property {@code
   * RateLimit}.
   */
  public TransitVirtualInterface rateLimit(String value) {
    return set("RateLimit", Value.of(value));
  }

  /** Sets {@code RateLimit} to this value; see {@link #rateLimit(String)}. */
  public TransitVirtualInterface rateLimit(Value<String> value) {
    return set("RateLimit", value);
  }

  /**
   * The tags associated with the private virtual interface.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public TransitVirtualInterface tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public TransitVirtualInterface tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public TransitVirtualInterface tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The name of the virtual interface assigned by the customer network. The name has a maximum of
   * 100 characters. The following are valid characters: a-z, 0-9 and a hyphen (-).
   *
   * <p>Required. Pattern: {@code ^[&#92;w &#92;-_,&#92;/]{1,100}$}. CloudFormation property {@code
   * VirtualInterfaceName}.
   */
  public TransitVirtualInterface virtualInterfaceName(String value) {
    return set("VirtualInterfaceName", Value.of(value));
  }

  /** Sets {@code VirtualInterfaceName} to this value; see {@link #virtualInterfaceName(String)}. */
  public TransitVirtualInterface virtualInterfaceName(Value<String> value) {
    return set("VirtualInterfaceName", value);
  }

  /**
   * The ID of the VLAN.
   *
   * <p>Required. Changing it replaces the resource. Range: 0 to 4095. CloudFormation property
   * {@code Vlan}.
   */
  public TransitVirtualInterface vlan(int value) {
    return set("Vlan", Value.of(value));
  }

  /** Sets {@code Vlan} to this value; see {@link #vlan(int)}. */
  public TransitVirtualInterface vlan(Value<Integer> value) {
    return set("Vlan", value);
  }

  /**
   * The ARN of the virtual interface.
   *
   * <p>{@code Fn::GetAtt} attribute {@code VirtualInterfaceArn}.
   */
  public Value<String> virtualInterfaceArn() {
    return getAtt("VirtualInterfaceArn");
  }

  /**
   * The ID of the virtual interface.
   *
   * <p>{@code Fn::GetAtt} attribute {@code VirtualInterfaceId}.
   */
  public Value<String> virtualInterfaceId() {
    return getAtt("VirtualInterfaceId");
  }

  /**
   * A key-value pair to associate with a resource.
   *
   * <p>Property type {@code AWS::DirectConnect::TransitVirtualInterface.BgpPeer}.
   */
  public static final class BgpPeer extends Struct<BgpPeer> {
    private static final Schema SCHEMA = Schema.builder("AWS::DirectConnect::TransitVirtualInterface.BgpPeer")
        .required("AddressFamily", "Asn")
        .constrain("AddressFamily", Constraint.of().pattern("^(ipv4)|(ipv6)$"))
        .constrain("AmazonAddress", Constraint.of().pattern("^[0-9a-fA-F:.]+/[0-9]+$"))
        .constrain("Asn", Constraint.of().pattern("^[1-9][0-9]*$"))
        .constrain("AuthKey", Constraint.of().pattern("^[A-Za-z0-9\\\\!\"#$%&'()*+,\\-./:;<=>?@\\[\\]\\^_`{|}~]{6,80}$"))
        .constrain("BgpPeerId", Constraint.of().pattern("^dxpeer-[a-z0-9]{8}$"))
        .constrain("CustomerAddress", Constraint.of().pattern("^[0-9a-fA-F:.]+/[0-9]+$"))
        .build();

    public BgpPeer() {
      super(SCHEMA);
    }

    /**
     * The address family for the BGP peer.
     *
     * <p>Required. Pattern: {@code ^(ipv4)|(ipv6)$}. CloudFormation property {@code AddressFamily}.
     */
    public BgpPeer addressFamily(String value) {
      return set("AddressFamily", Value.of(value));
    }

    /** Sets {@code AddressFamily} to this value; see {@link #addressFamily(String)}. */
    public BgpPeer addressFamily(Value<String> value) {
      return set("AddressFamily", value);
    }

    /**
     * The IP address assigned to the Amazon interface.
     *
     * <p>Pattern: {@code ^[0-9a-fA-F:.]+/[0-9]+$}. CloudFormation property {@code AmazonAddress}.
     */
    public BgpPeer amazonAddress(String value) {
      return set("AmazonAddress", Value.of(value));
    }

    /** Sets {@code AmazonAddress} to this value; see {@link #amazonAddress(String)}. */
    public BgpPeer amazonAddress(Value<String> value) {
      return set("AmazonAddress", value);
    }

    /**
     * The autonomous system (AS) number for Border Gateway Protocol (BGP) configuration.
     *
     * <p>Required. Pattern: {@code ^[1-9][0-9]*$}. CloudFormation property {@code Asn}.
     */
    public BgpPeer asn(String value) {
      return set("Asn", Value.of(value));
    }

    /** Sets {@code Asn} to this value; see {@link #asn(String)}. */
    public BgpPeer asn(Value<String> value) {
      return set("Asn", value);
    }

    /**
     * The authentication key for BGP configuration. This string has a minimum length of 6
     * characters and and a maximum length of 80 characters.
     *
     * <p>Pattern: {@code
     * ^[A-Za-z0-9&#92;&#92;!"#$%&amp;'()*+,&#92;-./:;&lt;=&gt;?&#64;&#92;[&#92;]&#92;^_`{|}~]{6,80}$}.
     * CloudFormation property {@code AuthKey}.
     */
    public BgpPeer authKey(String value) {
      return set("AuthKey", Value.of(value));
    }

    /** Sets {@code AuthKey} to this value; see {@link #authKey(String)}. */
    public BgpPeer authKey(Value<String> value) {
      return set("AuthKey", value);
    }

    /** Pattern: {@code ^dxpeer-[a-z0-9]{8}$}. CloudFormation property {@code BgpPeerId}. */
    public BgpPeer bgpPeerId(String value) {
      return set("BgpPeerId", Value.of(value));
    }

    /** Sets {@code BgpPeerId} to this value; see {@link #bgpPeerId(String)}. */
    public BgpPeer bgpPeerId(Value<String> value) {
      return set("BgpPeerId", value);
    }

    /**
     * The IP address assigned to the customer interface.
     *
     * <p>Pattern: {@code ^[0-9a-fA-F:.]+/[0-9]+$}. CloudFormation property {@code CustomerAddress}.
     */
    public BgpPeer customerAddress(String value) {
      return set("CustomerAddress", Value.of(value));
    }

    /** Sets {@code CustomerAddress} to this value; see {@link #customerAddress(String)}. */
    public BgpPeer customerAddress(Value<String> value) {
      return set("CustomerAddress", value);
    }
  }
}
