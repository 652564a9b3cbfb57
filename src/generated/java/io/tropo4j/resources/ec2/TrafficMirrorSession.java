// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.ec2;

import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Creates a Traffic Mirror session.
 *
 * <p>A Traffic Mirror session actively copies packets from a Traffic Mirror source to a Traffic
 * Mirror target. Create a filter, and then assign it to the session to define a subset of the
 * traffic to mirror, for example all TCP traffic.
 *
 * <p>The Traffic Mirror source and the Traffic Mirror target (monitoring appliances) can be in the
 * same VPC, or in a different VPC connected via VPC peering or a transit gateway.
 *
 * <p>By default, no traffic is mirrored. Use <a
 * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-ec2-trafficmirrorfilterrule.html">AWS::EC2::TrafficMirrorFilterRule</a>
 * to specify filter rules that specify the traffic to mirror.
 *
 * <p>CloudFormation type {@code AWS::EC2::TrafficMirrorSession}.
 */
public final class TrafficMirrorSession extends Resource<TrafficMirrorSession> {
  private static final Schema SCHEMA = Schema.builder("AWS::EC2::TrafficMirrorSession")
      .required("NetworkInterfaceId", "SessionNumber", "TrafficMirrorFilterId",
          "TrafficMirrorTargetId")
      .refYields("Id")
      .attributes("Id")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public TrafficMirrorSession(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The description of the Traffic Mirror session.
   *
   * <p>CloudFormation property {@code Description}.
   */
  public TrafficMirrorSession description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public TrafficMirrorSession description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * The ID of the source network interface.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code
   * NetworkInterfaceId}.
   */
  public TrafficMirrorSession networkInterfaceId(String value) {
    return set("NetworkInterfaceId", Value.of(value));
  }

  /** Sets {@code NetworkInterfaceId} to this value; see {@link #networkInterfaceId(String)}. */
  public TrafficMirrorSession networkInterfaceId(Value<String> value) {
    return set("NetworkInterfaceId", value);
  }

  /**
   * The ID of the account that owns the Traffic Mirror session.
   *
   * <p>CloudFormation property {@code OwnerId}.
   */
  public TrafficMirrorSession ownerId(String value) {
    return set("OwnerId", Value.of(value));
  }

  /** Sets {@code OwnerId} to this value; see {@link #ownerId(String)}. */
  public TrafficMirrorSession ownerId(Value<String> value) {
    return set("OwnerId", value);
  }

  /**
   * The number of bytes in each packet to mirror. These are bytes after the VXLAN header. Do not
   * specify this parameter when you want to mirror the entire packet. To mirror a subset of the
   * packet, set this to the length (in bytes) that you want to mirror. For example, if you set this
   * value to 100, then the first 100 bytes that meet the filter criteria are copied to the target.
   *
   * <p>If you do not want to mirror the entire packet, use the <code>PacketLength</code> parameter
   * to specify the number of bytes in each packet to mirror.
   *
   * <p>For sessions with Network Load Balancer (NLB) Traffic Mirror targets the default
   * <code>PacketLength</code> will be set to 8500. Valid values are 1-8500. Setting a
   * <code>PacketLength</code> greater than 8500 will result in an error response.
   *
   * <p>CloudFormation property {@code PacketLength}.
   */
  public TrafficMirrorSession packetLength(int value) {
    return set("PacketLength", Value.of(value));
  }

  /** Sets {@code PacketLength} to this value; see {@link #packetLength(int)}. */
  public TrafficMirrorSession packetLength(Value<Integer> value) {
    return set("PacketLength", value);
  }

  /**
   * The session number determines the order in which sessions are evaluated when an interface is
   * used by multiple sessions. The first session with a matching filter is the one that mirrors the
   * packets.
   *
   * <p>Valid values are 1-32766.
   *
   * <p>Required. CloudFormation property {@code SessionNumber}.
   */
  public TrafficMirrorSession sessionNumber(int value) {
    return set("SessionNumber", Value.of(value));
  }

  /** Sets {@code SessionNumber} to this value; see {@link #sessionNumber(int)}. */
  public TrafficMirrorSession sessionNumber(Value<Integer> value) {
    return set("SessionNumber", value);
  }

  /**
   * The tags to assign to a Traffic Mirror session.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public TrafficMirrorSession tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public TrafficMirrorSession tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public TrafficMirrorSession tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The ID of the Traffic Mirror filter.
   *
   * <p>Required. CloudFormation property {@code TrafficMirrorFilterId}.
   */
  public TrafficMirrorSession trafficMirrorFilterId(String value) {
    return set("TrafficMirrorFilterId", Value.of(value));
  }

  /**
   * Sets {@code TrafficMirrorFilterId} to this value; see {@link #trafficMirrorFilterId(String)}.
   */
  public TrafficMirrorSession trafficMirrorFilterId(Value<String> value) {
    return set("TrafficMirrorFilterId", value);
  }

  /**
   * The ID of the Traffic Mirror target.
   *
   * <p>Required. CloudFormation property {@code TrafficMirrorTargetId}.
   */
  public TrafficMirrorSession trafficMirrorTargetId(String value) {
    return set("TrafficMirrorTargetId", Value.of(value));
  }

  /**
   * Sets {@code TrafficMirrorTargetId} to this value; see {@link #trafficMirrorTargetId(String)}.
   */
  public TrafficMirrorSession trafficMirrorTargetId(Value<String> value) {
    return set("TrafficMirrorTargetId", value);
  }

  /**
   * The VXLAN ID for the Traffic Mirror session. For more information about the VXLAN protocol, see
   * <a href="https://docs.aws.amazon.com/https://datatracker.ietf.org/doc/html/rfc7348">RFC
   * 7348</a> . If you do not specify a <code>VirtualNetworkId</code> , an account-wide unique ID is
   * chosen at random.
   *
   * <p>CloudFormation property {@code VirtualNetworkId}.
   */
  public TrafficMirrorSession virtualNetworkId(int value) {
    return set("VirtualNetworkId", Value.of(value));
  }

  /** Sets {@code VirtualNetworkId} to this value; see {@link #virtualNetworkId(int)}. */
  public TrafficMirrorSession virtualNetworkId(Value<Integer> value) {
    return set("VirtualNetworkId", value);
  }

  /**
   * The ID of a Traffic Mirror session.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Id}.
   */
  public Value<String> id() {
    return getAtt("Id");
  }
}
