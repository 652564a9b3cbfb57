// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.appstream;

import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.fn.Value;

/**
 * Associates an application to an entitlement.
 *
 * <p>CloudFormation type {@code AWS::AppStream::ApplicationEntitlementAssociation}.
 */
public final class ApplicationEntitlementAssociation extends Resource<ApplicationEntitlementAssociation> {
  private static final Schema SCHEMA = Schema.builder("AWS::AppStream::ApplicationEntitlementAssociation")
      .required("ApplicationIdentifier", "EntitlementName", "StackName")
      .build();

  public ApplicationEntitlementAssociation(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The identifier of the application.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code
   * ApplicationIdentifier}.
   */
  public ApplicationEntitlementAssociation applicationIdentifier(String value) {
    return set("ApplicationIdentifier", Value.of(value));
  }

  /**
   * Sets {@code ApplicationIdentifier} to this value; see {@link #applicationIdentifier(String)}.
   */
  public ApplicationEntitlementAssociation applicationIdentifier(Value<String> value) {
    return set("ApplicationIdentifier", value);
  }

  /**
   * The name of the entitlement.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code
   * EntitlementName}.
   */
  public ApplicationEntitlementAssociation entitlementName(String value) {
    return set("EntitlementName", Value.of(value));
  }

  /** Sets {@code EntitlementName} to this value; see {@link #entitlementName(String)}. */
  public ApplicationEntitlementAssociation entitlementName(Value<String> value) {
    return set("EntitlementName", value);
  }

  /**
   * The name of the stack.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code StackName}.
   */
  public ApplicationEntitlementAssociation stackName(String value) {
    return set("StackName", Value.of(value));
  }

  /** Sets {@code StackName} to this value; see {@link #stackName(String)}. */
  public ApplicationEntitlementAssociation stackName(Value<String> value) {
    return set("StackName", value);
  }
}
