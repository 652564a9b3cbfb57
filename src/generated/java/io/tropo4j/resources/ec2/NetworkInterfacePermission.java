// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.ec2;

import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.fn.Value;

/**
 * Specifies a permission for the network interface, For example, you can grant an AWS -authorized
 * account permission to attach the network interface to an instance in their account.
 *
 * <p>CloudFormation type {@code AWS::EC2::NetworkInterfacePermission}.
 */
public final class NetworkInterfacePermission extends Resource<NetworkInterfacePermission> {
  private static final Schema SCHEMA = Schema.builder("AWS::EC2::NetworkInterfacePermission")
      .required("AwsAccountId", "NetworkInterfaceId", "Permission")
      .refYields("Id")
      .attributes("Id")
      .build();

  public NetworkInterfacePermission(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The AWS account ID.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code AwsAccountId}.
   */
  public NetworkInterfacePermission awsAccountId(String value) {
    return set("AwsAccountId", Value.of(value));
  }

  /** Sets {@code AwsAccountId} to this value; see {@link #awsAccountId(String)}. */
  public NetworkInterfacePermission awsAccountId(Value<String> value) {
    return set("AwsAccountId", value);
  }

  /**
   * The ID of the network interface.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code
   * NetworkInterfaceId}.
   */
  public NetworkInterfacePermission networkInterfaceId(String value) {
    return set("NetworkInterfaceId", Value.of(value));
  }

  /** Sets {@code NetworkInterfaceId} to this value; see {@link #networkInterfaceId(String)}. */
  public NetworkInterfacePermission networkInterfaceId(Value<String> value) {
    return set("NetworkInterfaceId", value);
  }

  /**
   * The type of permission to grant: <code>INSTANCE-ATTACH</code> or <code>EIP-ASSOCIATE</code> .
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code Permission}.
   */
  public NetworkInterfacePermission permission(String value) {
    return set("Permission", Value.of(value));
  }

  /** Sets {@code Permission} to this value; see {@link #permission(String)}. */
  public NetworkInterfacePermission permission(Value<String> value) {
    return set("Permission", value);
  }

  /** {@code Fn::GetAtt} attribute {@code Id}. */
  public Value<String> id() {
    return getAtt("Id");
  }
}
