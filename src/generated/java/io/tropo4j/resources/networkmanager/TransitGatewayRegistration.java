// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.networkmanager;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.fn.Value;

/**
 * Registers a transit gateway in your global network. Not all Regions support transit gateways for
 * global networks. For a list of the supported Regions, see <a
 * href="https://docs.aws.amazon.com/network-manager/latest/tgwnm/what-are-global-networks.html#nm-available-regions">Region
 * Availability</a> in the <em>AWS Transit Gateways for Global Networks User Guide</em> . The
 * transit gateway can be in any of the supported AWS Regions, but it must be owned by the same AWS
 * account that owns the global network. You cannot register a transit gateway in more than one
 * global network.
 *
 * <p>CloudFormation type {@code AWS::NetworkManager::TransitGatewayRegistration}.
 */
public final class TransitGatewayRegistration extends Resource<TransitGatewayRegistration> {
  private static final Schema SCHEMA = Schema.builder("AWS::NetworkManager::TransitGatewayRegistration")
      .required("GlobalNetworkId", "TransitGatewayArn")
      .constrain("GlobalNetworkId", Constraint.of().pattern("^[\\s\\S]*$").minLength(0).maxLength(50))
      .references("GlobalNetworkId", "AWS::NetworkManager::GlobalNetwork.Ref")
      .constrain("TransitGatewayArn", Constraint.of().pattern("^[\\s\\S]*$").minLength(0).maxLength(500))
      .build();

  public TransitGatewayRegistration(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The ID of the global network.
   *
   * <p>Required. Changing it replaces the resource. Length: 0 to 50 characters. Pattern: {@code
   * ^[&#92;s&#92;S]*$}. CloudFormation property {@code GlobalNetworkId}.
   */
  public TransitGatewayRegistration globalNetworkId(String value) {
    return set("GlobalNetworkId", Value.of(value));
  }

  /** Sets {@code GlobalNetworkId} to this value; see {@link #globalNetworkId(String)}. */
  public TransitGatewayRegistration globalNetworkId(Value<String> value) {
    return set("GlobalNetworkId", value);
  }

  /**
   * Sets {@code GlobalNetworkId} to the Ref of {@code AWS::NetworkManager::GlobalNetwork}; see
   * {@link #globalNetworkId(String)}.
   */
  public TransitGatewayRegistration globalNetworkId(GlobalNetwork resource) {
    return set("GlobalNetworkId", resource.ref());
  }

  /**
   * The Amazon Resource Name (ARN) of the transit gateway.
   *
   * <p>Required. Changing it replaces the resource. Length: 0 to 500 characters. Pattern: {@code
   * ^[&#92;s&#92;S]*$}. CloudFormation property {@code TransitGatewayArn}.
   */
  public TransitGatewayRegistration transitGatewayArn(String value) {
    return set("TransitGatewayArn", Value.of(value));
  }

  /** Sets {@code TransitGatewayArn} to this value; see {@link #transitGatewayArn(String)}. */
  public TransitGatewayRegistration transitGatewayArn(Value<String> value) {
    return set("TransitGatewayArn", value);
  }
}
