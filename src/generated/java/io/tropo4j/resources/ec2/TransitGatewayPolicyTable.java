// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.ec2;

import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * AWS::EC2::TransitGatewayPolicyTable Resource Definition
 *
 * <p>CloudFormation type {@code AWS::EC2::TransitGatewayPolicyTable}.
 */
public final class TransitGatewayPolicyTable extends Resource<TransitGatewayPolicyTable> {
  private static final Schema SCHEMA = Schema.builder("AWS::EC2::TransitGatewayPolicyTable")
      .required("TransitGatewayId")
      .refYields("TransitGatewayPolicyTableId")
      .attributes("CreationTime", "State", "TransitGatewayPolicyTableId")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public TransitGatewayPolicyTable(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /** CloudFormation property {@code Tags}. */
  public TransitGatewayPolicyTable tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public TransitGatewayPolicyTable tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public TransitGatewayPolicyTable tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The Id of transit gateway
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code
   * TransitGatewayId}.
   */
  public TransitGatewayPolicyTable transitGatewayId(String value) {
    return set("TransitGatewayId", Value.of(value));
  }

  /** Sets {@code TransitGatewayId} to this value; see {@link #transitGatewayId(String)}. */
  public TransitGatewayPolicyTable transitGatewayId(Value<String> value) {
    return set("TransitGatewayId", value);
  }

  /**
   * Creation time of the transit gateway policy table
   *
   * <p>{@code Fn::GetAtt} attribute {@code CreationTime}.
   */
  public Value<String> creationTime() {
    return getAtt("CreationTime");
  }

  /**
   * State of the transit gateway policy table
   *
   * <p>{@code Fn::GetAtt} attribute {@code State}.
   */
  public Value<String> state() {
    return getAtt("State");
  }

  /**
   * The Id of transit gateway policy table.
   *
   * <p>{@code Fn::GetAtt} attribute {@code TransitGatewayPolicyTableId}.
   */
  public Value<String> transitGatewayPolicyTableId() {
    return getAtt("TransitGatewayPolicyTableId");
  }
}
