// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.networkmanager;

import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.fn.Value;

/**
 * Specifies an association between a customer gateway, a device, and optionally, a link. If you
 * specify a link, it must be associated with the specified device. The customer gateway must be
 * connected to a VPN attachment on a transit gateway that's registered in your global network.
 *
 * <p>You cannot associate a customer gateway with more than one device and link.
 *
 * <p>CloudFormation type {@code AWS::NetworkManager::CustomerGatewayAssociation}.
 */
public final class CustomerGatewayAssociation extends Resource<CustomerGatewayAssociation> {
  private static final Schema SCHEMA = Schema.builder("AWS::NetworkManager::CustomerGatewayAssociation")
      .required("CustomerGatewayArn", "DeviceId", "GlobalNetworkId")
      .build();

  public CustomerGatewayAssociation(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The Amazon Resource Name (ARN) of the customer gateway.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code
   * CustomerGatewayArn}.
   */
  public CustomerGatewayAssociation customerGatewayArn(String value) {
    return set("CustomerGatewayArn", Value.of(value));
  }

  /** Sets {@code CustomerGatewayArn} to this value; see {@link #customerGatewayArn(String)}. */
  public CustomerGatewayAssociation customerGatewayArn(Value<String> value) {
    return set("CustomerGatewayArn", value);
  }

  /**
   * The ID of the device.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code DeviceId}.
   */
  public CustomerGatewayAssociation deviceId(String value) {
    return set("DeviceId", Value.of(value));
  }

  /** Sets {@code DeviceId} to this value; see {@link #deviceId(String)}. */
  public CustomerGatewayAssociation deviceId(Value<String> value) {
    return set("DeviceId", value);
  }

  /**
   * The ID of the global network.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code
   * GlobalNetworkId}.
   */
  public CustomerGatewayAssociation globalNetworkId(String value) {
    return set("GlobalNetworkId", Value.of(value));
  }

  /** Sets {@code GlobalNetworkId} to this value; see {@link #globalNetworkId(String)}. */
  public CustomerGatewayAssociation globalNetworkId(Value<String> value) {
    return set("GlobalNetworkId", value);
  }

  /**
   * The ID of the link.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code LinkId}.
   */
  public CustomerGatewayAssociation linkId(String value) {
    return set("LinkId", Value.of(value));
  }

  /** Sets {@code LinkId} to this value; see {@link #linkId(String)}. */
  public CustomerGatewayAssociation linkId(Value<String> value) {
    return set("LinkId", value);
  }
}
