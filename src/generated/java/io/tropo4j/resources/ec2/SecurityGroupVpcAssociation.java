// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.ec2;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.fn.Value;

/**
 * A security group association with a VPC.
 *
 * <p>CloudFormation type {@code AWS::EC2::SecurityGroupVpcAssociation}.
 */
public final class SecurityGroupVpcAssociation extends Resource<SecurityGroupVpcAssociation> {
  private static final Schema SCHEMA = Schema.builder("AWS::EC2::SecurityGroupVpcAssociation")
      .required("GroupId", "VpcId")
      .constrain("VpcId", Constraint.of().format("AWS::EC2::VPC.Id"))
      .attributes("State", "StateReason", "VpcOwnerId")
      .build();

  public SecurityGroupVpcAssociation(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The association's security group ID.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code GroupId}.
   */
  public SecurityGroupVpcAssociation groupId(String value) {
    return set("GroupId", Value.of(value));
  }

  /** Sets {@code GroupId} to this value; see {@link #groupId(String)}. */
  public SecurityGroupVpcAssociation groupId(Value<String> value) {
    return set("GroupId", value);
  }

  /**
   * The association's VPC ID.
   *
   * <p>Required. Changing it replaces the resource. Format: {@code AWS::EC2::VPC.Id}.
   * CloudFormation property {@code VpcId}.
   */
  public SecurityGroupVpcAssociation vpcId(String value) {
    return set("VpcId", Value.of(value));
  }

  /** Sets {@code VpcId} to this value; see {@link #vpcId(String)}. */
  public SecurityGroupVpcAssociation vpcId(Value<String> value) {
    return set("VpcId", value);
  }

  /**
   * The association's state.
   *
   * <p>{@code Fn::GetAtt} attribute {@code State}.
   */
  public Value<String> state() {
    return getAtt("State");
  }

  /**
   * The association's state reason.
   *
   * <p>{@code Fn::GetAtt} attribute {@code StateReason}.
   */
  public Value<String> stateReason() {
    return getAtt("StateReason");
  }

  /**
   * The AWS account ID of the owner of the VPC.
   *
   * <p>{@code Fn::GetAtt} attribute {@code VpcOwnerId}.
   */
  public Value<String> vpcOwnerId() {
    return getAtt("VpcOwnerId");
  }
}
