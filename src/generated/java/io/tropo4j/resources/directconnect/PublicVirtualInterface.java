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
 * Resource Type definition for AWS::DirectConnect::PublicVirtualInterface
 *
 * <p>CloudFormation type {@code AWS::DirectConnect::PublicVirtualInterface}.
 */
public final class PublicVirtualInterface extends Resource<PublicVirtualInterface> {
  private static final Schema SCHEMA = Schema.builder("AWS::DirectConnect::PublicVirtualInterface")
      .required("BgpPeers", "ConnectionId", "VirtualInterfaceName", "Vlan")
      .constrain("AllocatePublicVirtualInterfaceRoleArn", Constraint.of().pattern("^arn:aws[a-z-]*:iam::[0-9]{12}:role/.+$").format("AWS::IAM::Role.Arn"))
      .references("ConnectionId", "AWS::DirectConnect::Connection.ConnectionId",
          "AWS::DirectConnect::Lag.LagId", "AWS::DirectConnect::Lag.Ref")
      .constrain("RateLimit", Constraint.of().pattern("^[0-9]+\\.?[0-9]*(Mbps|Gbps|Tbps)$"))
      .constrain("RouteFilterPrefixes", Constraint.of().pattern("^[0-9a-fA-F:.]+/[0-9]+$"))
      .constrain("VirtualInterfaceName", Constraint.of().pattern("^[\\w \\-_,\\/]{1,100}$"))
      .constrain("Vlan", Constraint.of().minimum(0).maximum(4095))
      .refYields("VirtualInterfaceArn")
      .attributes("VirtualInterfaceArn", "VirtualInterfaceId")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public PublicVirtualInterface(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The Amazon Resource Name (ARN) of the role to allocate the public virtual interface. Needs
   * directconnect:AllocatePublicVirtualInterface permissions and tag permissions if applicable.
   *
   * <p>Changing it replaces the resource. Pattern: {@code ^arn:aws[a-z-]*:iam::[0-9]{12}:role/.+$}.
   * Format: {@code AWS::IAM::Role.Arn}. CloudFormation property {@code
   * AllocatePublicVirtualInterfaceRoleArn}.
   */
  public PublicVirtualInterface allocatePublicVirtualInterfaceRoleArn(String value) {
    return set("AllocatePublicVirtualInterfaceRoleArn", Value.of(value));
  }

  /**
   * Sets {@code AllocatePublicVirtualInterfaceRoleArn} to this value; see {@link
   * #allocatePublicVirtualInterfaceRoleArn(String)}.
   */
  public PublicVirtualInterface allocatePublicVirtualInterfaceRoleArn(Value<String> value) {
    return set("AllocatePublicVirtualInterfaceRoleArn", value);
  }

  /**
   * The BGP peers configured on this virtual interface.
   *
   * <p>Required. CloudFormation property {@code BgpPeers}.
   */
  public PublicVirtualInterface bgpPeers(List<BgpPeer> value) {
    return set("BgpPeers", Value.listOf(value));
  }

  /** Sets {@code BgpPeers} to this value; see {@link #bgpPeers(List)}. */
  public PublicVirtualInterface bgpPeers(Value<List<BgpPeer>> value) {
    return set("BgpPeers", value);
  }

  /** Sets {@code BgpPeers} to a list of these; see {@link #bgpPeers(List)}. */
  public PublicVirtualInterface bgpPeers(BgpPeer... values) {
    return set("BgpPeers", Value.list(values));
  }

  /** Required. CloudFormation property {@code ConnectionId}. */
  public PublicVirtualInterface connectionId(String value) {
    return set("ConnectionId", Value.of(value));
  }

  /** Sets {@code ConnectionId} to this value; see {@link #connectionId(String)}. */
  public PublicVirtualInterface connectionId(Value<String> value) {
    return set("ConnectionId", value);
  }

  /**
   * Sets {@code ConnectionId} to the ConnectionId of {@code AWS::DirectConnect::Connection}; see
   * {@link #connectionId(String)}.
   */
  public PublicVirtualInterface connectionId(Connection resource) {
    return set("ConnectionId", resource.connectionId());
  }

  /**
   * Sets {@code ConnectionId} to the LagId of {@code AWS::DirectConnect::Lag}; see {@link
   * #connectionId(String)}.
   */
  public PublicVirtualInterface connectionId(Lag resource) {
    return set("ConnectionId", resource.lagId());
  }

  /**
   * The rate limit (bandwidth allocation) for the virtual interface. The value must be one of the
   * supported bandwidth values (e.g., 50Mbps, 1Gbps, 10Gbps) and cannot exceed the bandwidth of the
   * parent connection or LAG.
   *
   * <p>Pattern: {@code ^[0-9]+&#92;.?[0-9]*(Mbps|Gbps|Tbps)$}. CloudFormation property {@code
   * RateLimit}.
   */
  public PublicVirtualInterface rateLimit(String value) {
    return set("RateLimit", Value.of(value));
  }

  /** Sets {@code RateLimit} to this value; see {@link #rateLimit(String)}. */
  public PublicVirtualInterface rateLimit(Value<String> value) {
    return set("RateLimit", value);
  }

  /**
   * The routes to be advertised to the AWS network in this region.
   *
   * <p>Changing it replaces the resource. Pattern: {@code ^[0-9a-fA-F:.]+/[0-9]+$}. CloudFormation
   * property {@code RouteFilterPrefixes}.
   */
  public PublicVirtualInterface routeFilterPrefixes(List<String> value) {
    return set("RouteFilterPrefixes", Value.listOf(value));
  }

  /** Sets {@code RouteFilterPrefixes} to this value; see {@link #routeFilterPrefixes(List)}. */
  public PublicVirtualInterface routeFilterPrefixes(Value<List<String>> value) {
    return set("RouteFilterPrefixes", value);
  }

  /**
   * The tags associated with the public virtual interface.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public PublicVirtualInterface tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public PublicVirtualInterface tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public PublicVirtualInterface tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The name of the virtual interface assigned by the customer network. The name has a maximum of
   * 100 characters. The following are valid characters: a-z, 0-9 and a hyphen (-).
   *
   * <p>Required. Pattern: {@code ^[&#92;w &#92;-_,&#92;/]{1,100}$}. CloudFormation property {@code
   * VirtualInterfaceName}.
   */
  public PublicVirtualInterface virtualInterfaceName(String value) {
    return set("VirtualInterfaceName", Value.of(value));
  }

  /** Sets {@code VirtualInterfaceName} to this value; see {@link #virtualInterfaceName(String)}. */
  public PublicVirtualInterface virtualInterfaceName(Value<String> value) {
    return set("VirtualInterfaceName", value);
  }

  /**
   * The ID of the VLAN.
   *
   * <p>Required. Changing it replaces the resource. Range: 0 to 4095. CloudFormation property
   * {@code Vlan}.
   */
  public PublicVirtualInterface vlan(int value) {
    return set("Vlan", Value.of(value));
  }

  /** Sets {@code Vlan} to this value; see {@link #vlan(int)}. */
  public PublicVirtualInterface vlan(Value<Integer> value) {
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
   * Information about a BGP peer.
   *
   * <p>Property type {@code AWS::DirectConnect::PublicVirtualInterface.BgpPeer}.
   */
  public static final class BgpPeer extends Struct<BgpPeer> {
    private static final Schema SCHEMA = Schema.builder("AWS::DirectConnect::PublicVirtualInterface.BgpPeer")
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
