// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.ec2;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Creates a new endpoint for a route server in a specified subnet.
 *
 * <p>A route server endpoint is an AWS -managed component inside a subnet that facilitates <a
 * href="https://docs.aws.amazon.com/https://en.wikipedia.org/wiki/Border_Gateway_Protocol">BGP
 * (Border Gateway Protocol)</a> connections between your route server and your BGP peers.
 *
 * <p>For more information see <a
 * href="https://docs.aws.amazon.com/vpc/latest/userguide/dynamic-routing-route-server.html">Dynamic
 * routing in your VPC with VPC Route Server</a> in the <em>Amazon VPC User Guide</em> .
 *
 * <p>CloudFormation type {@code AWS::EC2::RouteServerEndpoint}.
 */
public final class RouteServerEndpoint extends Resource<RouteServerEndpoint> {
  private static final Schema SCHEMA = Schema.builder("AWS::EC2::RouteServerEndpoint")
      .required("RouteServerId", "SubnetId")
      .constrain("SubnetId", Constraint.of().format("AWS::EC2::Subnet.Id"))
      .refYields("Id")
      .attributes("Arn", "EniAddress", "EniId", "Id", "VpcId")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public RouteServerEndpoint(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The ID of the route server associated with this endpoint.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code RouteServerId}.
   */
  public RouteServerEndpoint routeServerId(String value) {
    return set("RouteServerId", Value.of(value));
  }

  /** Sets {@code RouteServerId} to this value; see {@link #routeServerId(String)}. */
  public RouteServerEndpoint routeServerId(Value<String> value) {
    return set("RouteServerId", value);
  }

  /**
   * The ID of the subnet to place the route server endpoint into.
   *
   * <p>Required. Changing it replaces the resource. Format: {@code AWS::EC2::Subnet.Id}.
   * CloudFormation property {@code SubnetId}.
   */
  public RouteServerEndpoint subnetId(String value) {
    return set("SubnetId", Value.of(value));
  }

  /** Sets {@code SubnetId} to this value; see {@link #subnetId(String)}. */
  public RouteServerEndpoint subnetId(Value<String> value) {
    return set("SubnetId", value);
  }

  /**
   * Any tags assigned to the route server endpoint.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public RouteServerEndpoint tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public RouteServerEndpoint tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public RouteServerEndpoint tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The ARN for the endpoint.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * The IP address of the Elastic network interface for the endpoint.
   *
   * <p>{@code Fn::GetAtt} attribute {@code EniAddress}.
   */
  public Value<String> eniAddress() {
    return getAtt("EniAddress");
  }

  /**
   * The ID of the Elastic network interface for the endpoint.
   *
   * <p>{@code Fn::GetAtt} attribute {@code EniId}.
   */
  public Value<String> eniId() {
    return getAtt("EniId");
  }

  /**
   * The unique identifier of the route server endpoint.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Id}.
   */
  public Value<String> id() {
    return getAtt("Id");
  }

  /**
   * The ID of the VPC containing the endpoint.
   *
   * <p>{@code Fn::GetAtt} attribute {@code VpcId}.
   */
  public Value<String> vpcId() {
    return getAtt("VpcId");
  }
}
