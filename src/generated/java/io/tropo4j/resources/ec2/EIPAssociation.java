// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.ec2;

import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.fn.Value;

/**
 * Associates an Elastic IP address with an instance or a network interface. Before you can use an
 * Elastic IP address, you must allocate it to your account. For more information about working with
 * Elastic IP addresses, see <a
 * href="https://docs.aws.amazon.com/vpc/latest/userguide/vpc-eips.html#vpc-eip-overview">Elastic IP
 * address concepts and rules</a> .
 *
 * <p>You must specify <code>AllocationId</code> and either <code>InstanceId</code> ,
 * <code>NetworkInterfaceId</code> , or <code>PrivateIpAddress</code> .
 *
 * <p>CloudFormation type {@code AWS::EC2::EIPAssociation}.
 */
public final class EIPAssociation extends Resource<EIPAssociation> {
  private static final Schema SCHEMA = Schema.builder("AWS::EC2::EIPAssociation")
      .references("EIP", "AWS::EC2::EIP.Ref", "AWS::EC2::EIP.AllocationId")
      .references("InstanceId", "AWS::EC2::Instance.Ref")
      .references("NetworkInterfaceId", "AWS::EC2::NetworkInterface.Ref")
      .refYields("Id")
      .attributes("Id")
      .build();

  public EIPAssociation(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The allocation ID. This is required.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code AllocationId}.
   */
  public EIPAssociation allocationId(String value) {
    return set("AllocationId", Value.of(value));
  }

  /** Sets {@code AllocationId} to this value; see {@link #allocationId(String)}. */
  public EIPAssociation allocationId(Value<String> value) {
    return set("AllocationId", value);
  }

  /**
   * Changing it replaces the resource. CloudFormation property {@code EIP}.
   *
   * @deprecated The specification marks {@code EIP} deprecated.
   */
  @Deprecated
  public EIPAssociation eip(String value) {
    return set("EIP", Value.of(value));
  }

  /**
   * Sets {@code EIP} to this value; see {@link #eip(String)}.
   *
   * @deprecated The specification marks {@code EIP} deprecated.
   */
  @Deprecated
  public EIPAssociation eip(Value<String> value) {
    return set("EIP", value);
  }

  /**
   * Sets {@code EIP} to the Ref of {@code AWS::EC2::EIP}; see {@link #eip(String)}.
   *
   * @deprecated The specification marks {@code EIP} deprecated.
   */
  @Deprecated
  public EIPAssociation eip(EIP resource) {
    return set("EIP", resource.ref());
  }

  /**
   * The ID of the instance. The instance must have exactly one attached network interface. You can
   * specify either the instance ID or the network interface ID, but not both.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code InstanceId}.
   */
  public EIPAssociation instanceId(String value) {
    return set("InstanceId", Value.of(value));
  }

  /** Sets {@code InstanceId} to this value; see {@link #instanceId(String)}. */
  public EIPAssociation instanceId(Value<String> value) {
    return set("InstanceId", value);
  }

  /**
   * Sets {@code InstanceId} to the Ref of {@code AWS::EC2::Instance}; see {@link
   * #instanceId(String)}.
   */
  public EIPAssociation instanceId(Instance resource) {
    return set("InstanceId", resource.ref());
  }

  /**
   * The ID of the network interface. If the instance has more than one network interface, you must
   * specify a network interface ID.
   *
   * <p>You can specify either the instance ID or the network interface ID, but not both.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code NetworkInterfaceId}.
   */
  public EIPAssociation networkInterfaceId(String value) {
    return set("NetworkInterfaceId", Value.of(value));
  }

  /** Sets {@code NetworkInterfaceId} to this value; see {@link #networkInterfaceId(String)}. */
  public EIPAssociation networkInterfaceId(Value<String> value) {
    return set("NetworkInterfaceId", value);
  }

  /**
   * Sets {@code NetworkInterfaceId} to the Ref of {@code AWS::EC2::NetworkInterface}; see {@link
   * #networkInterfaceId(String)}.
   */
  public EIPAssociation networkInterfaceId(NetworkInterface resource) {
    return set("NetworkInterfaceId", resource.ref());
  }

  /**
   * The primary or secondary private IP address to associate with the Elastic IP address. If no
   * private IP address is specified, the Elastic IP address is associated with the primary private
   * IP address.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code PrivateIpAddress}.
   */
  public EIPAssociation privateIpAddress(String value) {
    return set("PrivateIpAddress", Value.of(value));
  }

  /** Sets {@code PrivateIpAddress} to this value; see {@link #privateIpAddress(String)}. */
  public EIPAssociation privateIpAddress(Value<String> value) {
    return set("PrivateIpAddress", value);
  }

  /**
   * The ID of the association.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Id}.
   */
  public Value<String> id() {
    return getAtt("Id");
  }
}
