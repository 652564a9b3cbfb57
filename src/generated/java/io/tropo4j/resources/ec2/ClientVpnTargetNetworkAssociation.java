// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.ec2;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.fn.Value;

/**
 * Specifies a target network to associate with a Client VPN endpoint. A target network is a subnet
 * in a VPC. You can associate multiple subnets from the same VPC with a Client VPN endpoint. You
 * can associate only one subnet in each Availability Zone. We recommend that you associate at least
 * two subnets to provide Availability Zone redundancy.
 *
 * <p>CloudFormation type {@code AWS::EC2::ClientVpnTargetNetworkAssociation}.
 */
public final class ClientVpnTargetNetworkAssociation extends Resource<ClientVpnTargetNetworkAssociation> {
  private static final Schema SCHEMA = Schema.builder("AWS::EC2::ClientVpnTargetNetworkAssociation")
      .required("ClientVpnEndpointId")
      .constrain("SubnetId", Constraint.of().format("AWS::EC2::Subnet.Id"))
      .refYields("Id")
      .attributes("Id")
      .build();

  public ClientVpnTargetNetworkAssociation(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /** Changing it replaces the resource. CloudFormation property {@code AvailabilityZone}. */
  public ClientVpnTargetNetworkAssociation availabilityZone(String value) {
    return set("AvailabilityZone", Value.of(value));
  }

  /** Sets {@code AvailabilityZone} to this value; see {@link #availabilityZone(String)}. */
  public ClientVpnTargetNetworkAssociation availabilityZone(Value<String> value) {
    return set("AvailabilityZone", value);
  }

  /** Changing it replaces the resource. CloudFormation property {@code AvailabilityZoneId}. */
  public ClientVpnTargetNetworkAssociation availabilityZoneId(String value) {
    return set("AvailabilityZoneId", Value.of(value));
  }

  /** Sets {@code AvailabilityZoneId} to this value; see {@link #availabilityZoneId(String)}. */
  public ClientVpnTargetNetworkAssociation availabilityZoneId(Value<String> value) {
    return set("AvailabilityZoneId", value);
  }

  /**
   * The ID of the Client VPN endpoint.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code
   * ClientVpnEndpointId}.
   */
  public ClientVpnTargetNetworkAssociation clientVpnEndpointId(String value) {
    return set("ClientVpnEndpointId", Value.of(value));
  }

  /** Sets {@code ClientVpnEndpointId} to this value; see {@link #clientVpnEndpointId(String)}. */
  public ClientVpnTargetNetworkAssociation clientVpnEndpointId(Value<String> value) {
    return set("ClientVpnEndpointId", value);
  }

  /**
   * The ID of the subnet to associate with the Client VPN endpoint.
   *
   * <p>Changing it replaces the resource. Format: {@code AWS::EC2::Subnet.Id}. CloudFormation
   * property {@code SubnetId}.
   */
  public ClientVpnTargetNetworkAssociation subnetId(String value) {
    return set("SubnetId", Value.of(value));
  }

  /** Sets {@code SubnetId} to this value; see {@link #subnetId(String)}. */
  public ClientVpnTargetNetworkAssociation subnetId(Value<String> value) {
    return set("SubnetId", value);
  }

  /** {@code Fn::GetAtt} attribute {@code Id}. */
  public Value<String> id() {
    return getAtt("Id");
  }
}
