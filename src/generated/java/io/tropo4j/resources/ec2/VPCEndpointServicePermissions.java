// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.ec2;

import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Grant or revoke permissions for service consumers (users, IAM roles, and AWS accounts) to connect
 * to a VPC endpoint service.
 *
 * <p>If you grant permissions to all principals, the service is public. Any users who know the name
 * of a public service can send a request to attach an endpoint. If the service does not require
 * manual approval, attachments are automatically approved.
 *
 * <p>CloudFormation type {@code AWS::EC2::VPCEndpointServicePermissions}.
 */
public final class VPCEndpointServicePermissions extends Resource<VPCEndpointServicePermissions> {
  private static final Schema SCHEMA = Schema.builder("AWS::EC2::VPCEndpointServicePermissions")
      .required("ServiceId")
      .references("ServiceId", "AWS::EC2::VPCEndpointService.Ref")
      .refYields("ServiceId")
      .build();

  public VPCEndpointServicePermissions(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The Amazon Resource Names (ARN) of one or more principals (for example, users, IAM roles, and
   * AWS accounts ). Permissions are granted to the principals in this list. To grant permissions to
   * all principals, specify an asterisk (*). Permissions are revoked for principals not in this
   * list. If the list is empty, then all permissions are revoked.
   *
   * <p>CloudFormation property {@code AllowedPrincipals}.
   */
  public VPCEndpointServicePermissions allowedPrincipals(List<String> value) {
    return set("AllowedPrincipals", Value.listOf(value));
  }

  /** Sets {@code AllowedPrincipals} to this value; see {@link #allowedPrincipals(List)}. */
  public VPCEndpointServicePermissions allowedPrincipals(Value<List<String>> value) {
    return set("AllowedPrincipals", value);
  }

  /**
   * The ID of the service.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code ServiceId}.
   */
  public VPCEndpointServicePermissions serviceId(String value) {
    return set("ServiceId", Value.of(value));
  }

  /** Sets {@code ServiceId} to this value; see {@link #serviceId(String)}. */
  public VPCEndpointServicePermissions serviceId(Value<String> value) {
    return set("ServiceId", value);
  }

  /**
   * Sets {@code ServiceId} to the Ref of {@code AWS::EC2::VPCEndpointService}; see {@link
   * #serviceId(String)}.
   */
  public VPCEndpointServicePermissions serviceId(VPCEndpointService resource) {
    return set("ServiceId", resource.ref());
  }
}
