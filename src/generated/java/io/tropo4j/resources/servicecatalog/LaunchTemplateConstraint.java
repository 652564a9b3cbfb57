// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.servicecatalog;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.fn.Value;

/**
 * Specifies a template constraint.
 *
 * <p>CloudFormation type {@code AWS::ServiceCatalog::LaunchTemplateConstraint}.
 */
public final class LaunchTemplateConstraint extends Resource<LaunchTemplateConstraint> {
  private static final Schema SCHEMA = Schema.builder("AWS::ServiceCatalog::LaunchTemplateConstraint")
      .required("PortfolioId", "ProductId", "Rules")
      .constrain("AcceptLanguage", Constraint.of().minLength(0).maxLength(100))
      .constrain("Description", Constraint.of().minLength(0).maxLength(2000))
      .constrain("PortfolioId", Constraint.of().pattern("^[a-zA-Z0-9_\\-]*$").minLength(1).maxLength(100))
      .constrain("ProductId", Constraint.of().pattern("^[a-zA-Z0-9_\\-]*$").minLength(1).maxLength(100))
      .refYields("Id")
      .attributes("Id")
      .build();

  public LaunchTemplateConstraint(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The language code.
   *
   * <ul> <li><code>jp</code> - Japanese <li><code>zh</code> - Chinese </ul>
   *
   * <p>Length: 0 to 100 characters. CloudFormation property {@code AcceptLanguage}.
   */
  public LaunchTemplateConstraint acceptLanguage(String value) {
    return set("AcceptLanguage", Value.of(value));
  }

  /** Sets {@code AcceptLanguage} to this value; see {@link #acceptLanguage(String)}. */
  public LaunchTemplateConstraint acceptLanguage(Value<String> value) {
    return set("AcceptLanguage", value);
  }

  /**
   * The description of the constraint.
   *
   * <p>Length: 0 to 2000 characters. CloudFormation property {@code Description}.
   */
  public LaunchTemplateConstraint description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public LaunchTemplateConstraint description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * The portfolio identifier.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 100 characters. Pattern: {@code
   * ^[a-zA-Z0-9_&#92;-]*$}. CloudFormation property {@code PortfolioId}.
   */
  public LaunchTemplateConstraint portfolioId(String value) {
    return set("PortfolioId", Value.of(value));
  }

  /** Sets {@code PortfolioId} to this value; see {@link #portfolioId(String)}. */
  public LaunchTemplateConstraint portfolioId(Value<String> value) {
    return set("PortfolioId", value);
  }

  /**
   * The product identifier.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 100 characters. Pattern: {@code
   * ^[a-zA-Z0-9_&#92;-]*$}. CloudFormation property {@code ProductId}.
   */
  public LaunchTemplateConstraint productId(String value) {
    return set("ProductId", Value.of(value));
  }

  /** Sets {@code ProductId} to this value; see {@link #productId(String)}. */
  public LaunchTemplateConstraint productId(Value<String> value) {
    return set("ProductId", value);
  }

  /**
   * The constraint rules.
   *
   * <p>Required. CloudFormation property {@code Rules}.
   */
  public LaunchTemplateConstraint rules(String value) {
    return set("Rules", Value.of(value));
  }

  /** Sets {@code Rules} to this value; see {@link #rules(String)}. */
  public LaunchTemplateConstraint rules(Value<String> value) {
    return set("Rules", value);
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
