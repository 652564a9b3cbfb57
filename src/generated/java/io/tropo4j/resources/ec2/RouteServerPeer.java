// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.ec2;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Specifies a BGP peer configuration for a route server endpoint.
 *
 * <p>A route server peer is a session between a route server endpoint and the device deployed in
 * AWS (such as a firewall appliance or other network security function running on an EC2 instance).
 *
 * <p>CloudFormation type {@code AWS::EC2::RouteServerPeer}.
 */
public final class RouteServerPeer extends Resource<RouteServerPeer> {
  private static final Schema SCHEMA = Schema.builder("AWS::EC2::RouteServerPeer")
      .required("BgpOptions", "PeerAddress", "RouteServerEndpointId")
      .refYields("Id")
      .attributes("Arn", "EndpointEniAddress", "EndpointEniId", "Id", "RouteServerId", "SubnetId",
          "VpcId")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public RouteServerPeer(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The BGP configuration options for this peer, including ASN (Autonomous System Number) and BFD
   * (Bidrectional Forwarding Detection) settings.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code BgpOptions}.
   */
  public RouteServerPeer bgpOptions(Value<BgpOptions> value) {
    return set("BgpOptions", value);
  }

  /**
   * The IPv4 address of the peer device.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code PeerAddress}.
   */
  public RouteServerPeer peerAddress(String value) {
    return set("PeerAddress", Value.of(value));
  }

  /** Sets {@code PeerAddress} to this value; see {@link #peerAddress(String)}. */
  public RouteServerPeer peerAddress(Value<String> value) {
    return set("PeerAddress", value);
  }

  /**
   * The ID of the route server endpoint associated with this peer.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code
   * RouteServerEndpointId}.
   */
  public RouteServerPeer routeServerEndpointId(String value) {
    return set("RouteServerEndpointId", Value.of(value));
  }

  /**
   * Sets {@code RouteServerEndpointId} to this value; see {@link #routeServerEndpointId(String)}.
   */
  public RouteServerPeer routeServerEndpointId(Value<String> value) {
    return set("RouteServerEndpointId", value);
  }

  /**
   * Any tags assigned to the route server peer.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public RouteServerPeer tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public RouteServerPeer tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public RouteServerPeer tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The ARN of the route server peer.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * The IP address of the Elastic network interface for the route server endpoint.
   *
   * <p>{@code Fn::GetAtt} attribute {@code EndpointEniAddress}.
   */
  public Value<String> endpointEniAddress() {
    return getAtt("EndpointEniAddress");
  }

  /**
   * The ID of the Elastic network interface for the route server endpoint.
   *
   * <p>{@code Fn::GetAtt} attribute {@code EndpointEniId}.
   */
  public Value<String> endpointEniId() {
    return getAtt("EndpointEniId");
  }

  /**
   * The ID of the route server peer.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Id}.
   */
  public Value<String> id() {
    return getAtt("Id");
  }

  /**
   * The ID of the route server associated with this peer.
   *
   * <p>{@code Fn::GetAtt} attribute {@code RouteServerId}.
   */
  public Value<String> routeServerId() {
    return getAtt("RouteServerId");
  }

  /**
   * The ID of the subnet containing the route server peer.
   *
   * <p>{@code Fn::GetAtt} attribute {@code SubnetId}.
   */
  public Value<String> subnetId() {
    return getAtt("SubnetId");
  }

  /**
   * The ID of the VPC containing the route server peer.
   *
   * <p>{@code Fn::GetAtt} attribute {@code VpcId}.
   */
  public Value<String> vpcId() {
    return getAtt("VpcId");
  }

  /**
   * The BGP configuration options for this peer, including ASN (Autonomous System Number) and BFD
   * (Bidrectional Forwarding Detection) settings.
   *
   * <p>Property type {@code AWS::EC2::RouteServerPeer.BgpOptions}.
   */
  public static final class BgpOptions extends Struct<BgpOptions> {
    private static final Schema SCHEMA = Schema.builder("AWS::EC2::RouteServerPeer.BgpOptions")
        .constrain("PeerAsn", Constraint.of().minimum(1).maximum(4294967294L).format("int64"))
        .allowed("PeerLivenessDetection", "bfd", "bgp-keepalive")
        .build();

    public BgpOptions() {
      super(SCHEMA);
    }

    /**
     * The Border Gateway Protocol (BGP) Autonomous System Number (ASN) for the appliance. Valid
     * values are from 1 to 4294967295. We recommend using a private ASN in the 64512–65534 (16-bit
     * ASN) or 4200000000–4294967294 (32-bit ASN) range.
     *
     * <p>Range: 1 to 4294967294L. Format: {@code int64}. CloudFormation property {@code PeerAsn}.
     */
    public BgpOptions peerAsn(int value) {
      return set("PeerAsn", Value.of(value));
    }

    /** Sets {@code PeerAsn} to this value; see {@link #peerAsn(int)}. */
    public BgpOptions peerAsn(Value<Integer> value) {
      return set("PeerAsn", value);
    }

    /**
     * The liveness detection protocol used for the BGP peer.
     *
     * <p>The requested liveness detection protocol for the BGP peer.
     *
     * <ul> <li><code>bgp-keepalive</code> : The standard BGP keep alive mechanism ( <a
     * href="https://docs.aws.amazon.com/https://www.rfc-editor.org/rfc/rfc4271#page-21">RFC4271</a>
     * ) that is stable but may take longer to fail-over in cases of network impact or router
     * failure. <li><code>bfd</code> : An additional Bidirectional Forwarding Detection (BFD)
     * protocol ( <a
     * href="https://docs.aws.amazon.com/https://www.rfc-editor.org/rfc/rfc5880">RFC5880</a> ) that
     * enables fast failover by using more sensitive liveness detection. </ul>
     *
     * <p>Defaults to <code>bgp-keepalive</code> .
     *
     * <p>Allowed values: {@code bfd}, {@code bgp-keepalive}. CloudFormation property {@code
     * PeerLivenessDetection}.
     */
    public BgpOptions peerLivenessDetection(String value) {
      return set("PeerLivenessDetection", Value.of(value));
    }

    /**
     * Sets {@code PeerLivenessDetection} to this value; see {@link #peerLivenessDetection(String)}.
     */
    public BgpOptions peerLivenessDetection(Value<String> value) {
      return set("PeerLivenessDetection", value);
    }
  }
}
