// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.servicecatalog;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.fn.Value;

/**
 * Specifies a <code>RESOURCE_UPDATE</code> constraint.
 *
 * <p>CloudFormation type {@code AWS::ServiceCatalog::ResourceUpdateConstraint}.
 */
public final class ResourceUpdateConstraint extends Resource<ResourceUpdateConstraint> {
  private static final Schema SCHEMA = Schema.builder("AWS::ServiceCatalog::ResourceUpdateConstraint")
      .required("PortfolioId", "ProductId", "TagUpdateOnProvisionedProduct")
      .constrain("AcceptLanguage", Constraint.of().minLength(0).maxLength(100))
      .constrain("Description", Constraint.of().minLength(0).maxLength(2000))
      .constrain("PortfolioId", Constraint.of().pattern("^[a-zA-Z0-9_\\-]*$").minLength(1).maxLength(100))
      .constrain("ProductId", Constraint.of().pattern("^[a-zA-Z0-9_\\-]*$").minLength(1).maxLength(100))
      .refYields("Id")
      .attributes("Id")
      .build();

  public ResourceUpdateConstraint(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The language code.
   *
   * <ul> <li><code>jp</code> - Japanese <li><code>zh</code> - Chinese </ul>
   *
   * <p>Length: 0 to 100 characters. CloudFormation property {@code AcceptLanguage}.
   */
  public ResourceUpdateConstraint acceptLanguage(String value) {
    return set("AcceptLanguage", Value.of(value));
  }

  /** Sets {@code AcceptLanguage} to this value; see {@link #acceptLanguage(String)}. */
  public ResourceUpdateConstraint acceptLanguage(Value<String> value) {
    return set("AcceptLanguage", value);
  }

  /**
   * The description of the constraint.
   *
   * <p>Length: 0 to 2000 characters. CloudFormation property {@code Description}.
   */
  public ResourceUpdateConstraint description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public ResourceUpdateConstraint description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * The portfolio identifier.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 100 characters. Pattern: {@code
   * ^[a-zA-Z0-9_&#92;-]*$}. CloudFormation property {@code PortfolioId}.
   */
  public ResourceUpdateConstraint portfolioId(String value) {
    return set("PortfolioId", Value.of(value));
  }

  /** Sets {@code PortfolioId} to this value; see {@link #portfolioId(String)}. */
  public ResourceUpdateConstraint portfolioId(Value<String> value) {
    return set("PortfolioId", value);
  }

  /**
   * The product identifier.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 100 characters. Pattern: {@code
   * ^[a-zA-Z0-9_&#92;-]*$}. CloudFormation property {@code ProductId}.
   */
  public ResourceUpdateConstraint productId(String value) {
    return set("ProductId", Value.of(value));
  }

  /** Sets {@code ProductId} to this value; see {@link #productId(String)}. */
  public ResourceUpdateConstraint productId(Value<String> value) {
    return set("ProductId", value);
  }

  /**
   * If set to <code>ALLOWED</code> , lets users change tags in a <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-servicecatalog-cloudformationprovisionedproduct.html">CloudFormationProvisionedProduct</a>
   * resource.
   *
   * <p>If set to <code>NOT_ALLOWED</code> , prevents users from changing tags in a <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-servicecatalog-cloudformationprovisionedproduct.html">CloudFormationProvisionedProduct</a>
   * resource.
   *
   * <p>Required. CloudFormation property {@code TagUpdateOnProvisionedProduct}.
   */
  public ResourceUpdateConstraint tagUpdateOnProvisionedProduct(String value) {
    return set("TagUpdateOnProvisionedProduct", Value.of(value));
  }

  /**
   * Sets {@code TagUpdateOnProvisionedProduct} to this value; see {@link
   * #tagUpdateOnProvisionedProduct(String)}.
   */
  public ResourceUpdateConstraint tagUpdateOnProvisionedProduct(Value<String> value) {
    return set("TagUpdateOnProvisionedProduct", value);
  }

  /**
   * Unique identifier for the constraint
   *
   * <p>{@code Fn::GetAtt} attribute {@code Id}.
   */
  public Value<String> id() {
    return getAtt("Id");
  }
}
