// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.ec2;

import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.fn.Value;

/**
 * Specifies an ingress authorization rule to add to a Client VPN endpoint. Ingress authorization
 * rules act as firewall rules that grant access to networks. You must configure ingress
 * authorization rules to enable clients to access resources in AWS or on-premises networks.
 *
 * <p>CloudFormation type {@code AWS::EC2::ClientVpnAuthorizationRule}.
 */
public final class ClientVpnAuthorizationRule extends Resource<ClientVpnAuthorizationRule> {
  private static final Schema SCHEMA = Schema.builder("AWS::EC2::ClientVpnAuthorizationRule")
      .required("ClientVpnEndpointId", "TargetNetworkCidr")
      .refYields("Id")
      .attributes("Id")
      .build();

  public ClientVpnAuthorizationRule(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The ID of the group to grant access to, for example, the Active Directory group or identity
   * provider (IdP) group. Required if <code>AuthorizeAllGroups</code> is <code>false</code> or not
   * specified.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code AccessGroupId}.
   */
  public ClientVpnAuthorizationRule accessGroupId(String value) {
    return set("AccessGroupId", Value.of(value));
  }

  /** Sets {@code AccessGroupId} to this value; see {@link #accessGroupId(String)}. */
  public ClientVpnAuthorizationRule accessGroupId(Value<String> value) {
    return set("AccessGroupId", value);
  }

  /**
   * Indicates whether to grant access to all clients. Specify <code>true</code> to grant all
   * clients who successfully establish a VPN connection access to the network. Must be set to
   * <code>true</code> if <code>AccessGroupId</code> is not specified.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code AuthorizeAllGroups}.
   */
  public ClientVpnAuthorizationRule authorizeAllGroups(boolean value) {
    return set("AuthorizeAllGroups", Value.of(value));
  }

  /** Sets {@code AuthorizeAllGroups} to this value; see {@link #authorizeAllGroups(boolean)}. */
  public ClientVpnAuthorizationRule authorizeAllGroups(Value<Boolean> value) {
    return set("AuthorizeAllGroups", value);
  }

  /**
   * The ID of the Client VPN endpoint.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code
   * ClientVpnEndpointId}.
   */
  public ClientVpnAuthorizationRule clientVpnEndpointId(String value) {
    return set("ClientVpnEndpointId", Value.of(value));
  }

  /** Sets {@code ClientVpnEndpointId} to this value; see {@link #clientVpnEndpointId(String)}. */
  public ClientVpnAuthorizationRule clientVpnEndpointId(Value<String> value) {
    return set("ClientVpnEndpointId", value);
  }

  /**
   * A brief description of the authorization rule.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code Description}.
   */
  public ClientVpnAuthorizationRule description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public ClientVpnAuthorizationRule description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * The IPv4 address range, in CIDR notation, of the network for which access is being authorized.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code
   * TargetNetworkCidr}.
   */
  public ClientVpnAuthorizationRule targetNetworkCidr(String value) {
    return set("TargetNetworkCidr", Value.of(value));
  }

  /** Sets {@code TargetNetworkCidr} to this value; see {@link #targetNetworkCidr(String)}. */
  public ClientVpnAuthorizationRule targetNetworkCidr(Value<String> value) {
    return set("TargetNetworkCidr", value);
  }

  /** {@code Fn::GetAtt} attribute {@code Id}. */
  public Value<String> id() {
    return getAtt("Id");
  }
}
