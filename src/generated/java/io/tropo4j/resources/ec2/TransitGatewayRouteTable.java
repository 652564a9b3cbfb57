// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.ec2;

import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Specifies a route table for a transit gateway.
 *
 * <p>CloudFormation type {@code AWS::EC2::TransitGatewayRouteTable}.
 */
public final class TransitGatewayRouteTable extends Resource<TransitGatewayRouteTable> {
  private static final Schema SCHEMA = Schema.builder("AWS::EC2::TransitGatewayRouteTable")
      .required("TransitGatewayId")
      .references("TransitGatewayId", "AWS::EC2::TransitGateway.Ref")
      .refYields("TransitGatewayRouteTableId")
      .attributes("TransitGatewayRouteTableId")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public TransitGatewayRouteTable(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * Any tags assigned to the route table.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code Tags}.
   */
  public TransitGatewayRouteTable tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public TransitGatewayRouteTable tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public TransitGatewayRouteTable tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The ID of the transit gateway.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code
   * TransitGatewayId}.
   */
  public TransitGatewayRouteTable transitGatewayId(String value) {
    return set("TransitGatewayId", Value.of(value));
  }

  /** Sets {@code TransitGatewayId} to this value; see {@link #transitGatewayId(String)}. */
  public TransitGatewayRouteTable transitGatewayId(Value<String> value) {
    return set("TransitGatewayId", value);
  }

  /**
   * Sets {@code TransitGatewayId} to the Ref of {@code AWS::EC2::TransitGateway}; see {@link
   * #transitGatewayId(String)}.
   */
  public TransitGatewayRouteTable transitGatewayId(TransitGateway resource) {
    return set("TransitGatewayId", resource.ref());
  }

  /**
   * The ID of the transit gateway route table.
   *
   * <p>{@code Fn::GetAtt} attribute {@code TransitGatewayRouteTableId}.
   */
  public Value<String> transitGatewayRouteTableId() {
    return getAtt("TransitGatewayRouteTableId");
  }
}
