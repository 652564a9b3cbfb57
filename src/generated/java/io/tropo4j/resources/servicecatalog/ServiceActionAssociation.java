// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.servicecatalog;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.fn.Value;

/**
 * A self-service action association consisting of the Action ID, the Product ID, and the
 * Provisioning Artifact ID.
 *
 * <p>CloudFormation type {@code AWS::ServiceCatalog::ServiceActionAssociation}.
 */
public final class ServiceActionAssociation extends Resource<ServiceActionAssociation> {
  private static final Schema SCHEMA = Schema.builder("AWS::ServiceCatalog::ServiceActionAssociation")
      .required("ProductId", "ProvisioningArtifactId", "ServiceActionId")
      .constrain("ProductId", Constraint.of().pattern("^[a-zA-Z0-9][a-zA-Z0-9_-]{1,99}\\Z").minLength(1).maxLength(100))
      .constrain("ProvisioningArtifactId", Constraint.of().pattern("^[a-zA-Z0-9][a-zA-Z0-9_-]{1,99}\\Z").minLength(1).maxLength(100))
      .constrain("ServiceActionId", Constraint.of().pattern("^[a-zA-Z0-9][a-zA-Z0-9_-]{1,99}\\Z").minLength(1).maxLength(100))
      .references("ServiceActionId", "AWS::ServiceCatalog::ServiceAction.Ref")
      .build();

  public ServiceActionAssociation(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The product identifier. For example, <code>prod-abcdzk7xy33qa</code> .
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 100 characters. Pattern: {@code
   * ^[a-zA-Z0-9][a-zA-Z0-9_-]{1,99}&#92;Z}. CloudFormation property {@code ProductId}.
   */
  public ServiceActionAssociation productId(String value) {
    return set("ProductId", Value.of(value));
  }

  /** Sets {@code ProductId} to this value; see {@link #productId(String)}. */
  public ServiceActionAssociation productId(Value<String> value) {
    return set("ProductId", value);
  }

  /**
   * The identifier of the provisioning artifact. For example, <code>pa-4abcdjnxjj6ne</code> .
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 100 characters. Pattern: {@code
   * ^[a-zA-Z0-9][a-zA-Z0-9_-]{1,99}&#92;Z}. CloudFormation property {@code ProvisioningArtifactId}.
   */
  public ServiceActionAssociation provisioningArtifactId(String value) {
    return set("ProvisioningArtifactId", Value.of(value));
  }

  /**
   * Sets {@code ProvisioningArtifactId} to this value; see {@link #provisioningArtifactId(String)}.
   */
  public ServiceActionAssociation provisioningArtifactId(Value<String> value) {
    return set("ProvisioningArtifactId", value);
  }

  /**
   * The self-service action identifier. For example, <code>act-fs7abcd89wxyz</code> .
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 100 characters. Pattern: {@code
   * ^[a-zA-Z0-9][a-zA-Z0-9_-]{1,99}&#92;Z}. CloudFormation property {@code ServiceActionId}.
   */
  public ServiceActionAssociation serviceActionId(String value) {
    return set("ServiceActionId", Value.of(value));
  }

  /** Sets {@code ServiceActionId} to this value; see {@link #serviceActionId(String)}. */
  public ServiceActionAssociation serviceActionId(Value<String> value) {
    return set("ServiceActionId", value);
  }

  /**
   * Sets {@code ServiceActionId} to the Ref of {@code AWS::ServiceCatalog::ServiceAction}; see
   * {@link #serviceActionId(String)}.
   */
  public ServiceActionAssociation serviceActionId(ServiceAction resource) {
    return set("ServiceActionId", resource.ref());
  }
}
