// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.ec2;

import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Specifies a target for your Traffic Mirror session.
 *
 * <p>A Traffic Mirror target is the destination for mirrored traffic. The Traffic Mirror source and
 * the Traffic Mirror target (monitoring appliances) can be in the same VPC, or in different VPCs
 * connected via VPC peering or a transit gateway.
 *
 * <p>A Traffic Mirror target can be a network interface, a Network Load Balancer, or a Gateway Load
 * Balancer endpoint.
 *
 * <p>To use the target in a Traffic Mirror session, use <a
 * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-ec2-trafficmirrorsession.html">AWS::EC2::TrafficMirrorSession</a>
 * .
 *
 * <p>CloudFormation type {@code AWS::EC2::TrafficMirrorTarget}.
 */
public final class TrafficMirrorTarget extends Resource<TrafficMirrorTarget> {
  private static final Schema SCHEMA = Schema.builder("AWS::EC2::TrafficMirrorTarget")
      .refYields("Id")
      .attributes("Id")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public TrafficMirrorTarget(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The description of the Traffic Mirror target.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code Description}.
   */
  public TrafficMirrorTarget description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public TrafficMirrorTarget description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * The ID of the Gateway Load Balancer endpoint.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code
   * GatewayLoadBalancerEndpointId}.
   */
  public TrafficMirrorTarget gatewayLoadBalancerEndpointId(String value) {
    return set("GatewayLoadBalancerEndpointId", Value.of(value));
  }

  /**
   * Sets {@code GatewayLoadBalancerEndpointId} to this value; see {@link
   * #gatewayLoadBalancerEndpointId(String)}.
   */
  public TrafficMirrorTarget gatewayLoadBalancerEndpointId(Value<String> value) {
    return set("GatewayLoadBalancerEndpointId", value);
  }

  /**
   * The network interface ID that is associated with the target.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code NetworkInterfaceId}.
   */
  public TrafficMirrorTarget networkInterfaceId(String value) {
    return set("NetworkInterfaceId", Value.of(value));
  }

  /** Sets {@code NetworkInterfaceId} to this value; see {@link #networkInterfaceId(String)}. */
  public TrafficMirrorTarget networkInterfaceId(Value<String> value) {
    return set("NetworkInterfaceId", value);
  }

  /**
   * The Amazon Resource Name (ARN) of the Network Load Balancer that is associated with the target.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code NetworkLoadBalancerArn}.
   */
  public TrafficMirrorTarget networkLoadBalancerArn(String value) {
    return set("NetworkLoadBalancerArn", Value.of(value));
  }

  /**
   * Sets {@code NetworkLoadBalancerArn} to this value; see {@link #networkLoadBalancerArn(String)}.
   */
  public TrafficMirrorTarget networkLoadBalancerArn(Value<String> value) {
    return set("NetworkLoadBalancerArn", value);
  }

  /**
   * The tags to assign to the Traffic Mirror target.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public TrafficMirrorTarget tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public TrafficMirrorTarget tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public TrafficMirrorTarget tags(Tags tags) {
    return set("Tags", tags);
  }

  /** {@code Fn::GetAtt} attribute {@code Id}. */
  public Value<String> id() {
    return getAtt("Id");
  }
}
