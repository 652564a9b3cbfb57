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
 * Creates a carrier gateway. For more information about carrier gateways, see <a
 * href="https://docs.aws.amazon.com/wavelength/latest/developerguide/how-wavelengths-work.html#wavelength-carrier-gateway">Carrier
 * gateways</a> in the <em>AWS Wavelength Developer Guide</em> .
 *
 * <p>CloudFormation type {@code AWS::EC2::CarrierGateway}.
 */
public final class CarrierGateway extends Resource<CarrierGateway> {
  private static final Schema SCHEMA = Schema.builder("AWS::EC2::CarrierGateway")
      .required("VpcId")
      .constrain("VpcId", Constraint.of().format("AWS::EC2::VPC.Id"))
      .references("VpcId", "AWS::EC2::VPC.Ref")
      .refYields("CarrierGatewayId")
      .attributes("CarrierGatewayId", "OwnerId", "State")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public CarrierGateway(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The tags assigned to the carrier gateway.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public CarrierGateway tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public CarrierGateway tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public CarrierGateway tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The ID of the VPC associated with the carrier gateway.
   *
   * <p>Required. Changing it replaces the resource. Format: {@code AWS::EC2::VPC.Id}.
   * CloudFormation property {@code VpcId}.
   */
  public CarrierGateway vpcId(String value) {
    return set("VpcId", Value.of(value));
  }

  /** Sets {@code VpcId} to this value; see {@link #vpcId(String)}. */
  public CarrierGateway vpcId(Value<String> value) {
    return set("VpcId", value);
  }

  /** Sets {@code VpcId} to the Ref of {@code AWS::EC2::VPC}; see {@link #vpcId(String)}. */
  public CarrierGateway vpcId(VPC resource) {
    return set("VpcId", resource.ref());
  }

  /**
   * The ID of the carrier gateway.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CarrierGatewayId}.
   */
  public Value<String> carrierGatewayId() {
    return getAtt("CarrierGatewayId");
  }

  /**
   * The AWS account ID of the owner of the carrier gateway.
   *
   * <p>{@code Fn::GetAtt} attribute {@code OwnerId}.
   */
  public Value<String> ownerId() {
    return getAtt("OwnerId");
  }

  /**
   * The state of the carrier gateway.
   *
   * <p>{@code Fn::GetAtt} attribute {@code State}.
   */
  public Value<String> state() {
    return getAtt("State");
  }
}
