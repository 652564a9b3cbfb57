// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.ec2;

import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Describes a local gateway route table.
 *
 * <p>CloudFormation type {@code AWS::EC2::LocalGatewayRouteTable}.
 */
public final class LocalGatewayRouteTable extends Resource<LocalGatewayRouteTable> {
  private static final Schema SCHEMA = Schema.builder("AWS::EC2::LocalGatewayRouteTable")
      .required("LocalGatewayId")
      .allowed("Mode", "coip", "direct-vpc-routing")
      .refYields("LocalGatewayRouteTableId")
      .attributes("LocalGatewayRouteTableArn", "LocalGatewayRouteTableId", "OutpostArn", "OwnerId",
          "State")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public LocalGatewayRouteTable(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The ID of the local gateway.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code LocalGatewayId}.
   */
  public LocalGatewayRouteTable localGatewayId(String value) {
    return set("LocalGatewayId", Value.of(value));
  }

  /** Sets {@code LocalGatewayId} to this value; see {@link #localGatewayId(String)}. */
  public LocalGatewayRouteTable localGatewayId(Value<String> value) {
    return set("LocalGatewayId", value);
  }

  /**
   * The mode of the local gateway route table.
   *
   * <p>Changing it replaces the resource. Allowed values: {@code coip}, {@code direct-vpc-routing}.
   * CloudFormation property {@code Mode}.
   */
  public LocalGatewayRouteTable mode(String value) {
    return set("Mode", Value.of(value));
  }

  /** Sets {@code Mode} to this value; see {@link #mode(String)}. */
  public LocalGatewayRouteTable mode(Value<String> value) {
    return set("Mode", value);
  }

  /**
   * The tags assigned to the local gateway route table.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public LocalGatewayRouteTable tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public LocalGatewayRouteTable tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public LocalGatewayRouteTable tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The Amazon Resource Name (ARN) of the local gateway route table.
   *
   * <p>{@code Fn::GetAtt} attribute {@code LocalGatewayRouteTableArn}.
   */
  public Value<String> localGatewayRouteTableArn() {
    return getAtt("LocalGatewayRouteTableArn");
  }

  /**
   * The ID of the local gateway route table.
   *
   * <p>{@code Fn::GetAtt} attribute {@code LocalGatewayRouteTableId}.
   */
  public Value<String> localGatewayRouteTableId() {
    return getAtt("LocalGatewayRouteTableId");
  }

  /**
   * The Amazon Resource Name (ARN) of the Outpost.
   *
   * <p>{@code Fn::GetAtt} attribute {@code OutpostArn}.
   */
  public Value<String> outpostArn() {
    return getAtt("OutpostArn");
  }

  /**
   * The ID of the AWS account that owns the local gateway route table.
   *
   * <p>{@code Fn::GetAtt} attribute {@code OwnerId}.
   */
  public Value<String> ownerId() {
    return getAtt("OwnerId");
  }

  /**
   * The state of the local gateway route table.
   *
   * <p>{@code Fn::GetAtt} attribute {@code State}.
   */
  public Value<String> state() {
    return getAtt("State");
  }
}
