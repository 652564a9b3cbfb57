// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.servicecatalog;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.fn.Value;

/**
 * Accepts an offer to share the specified portfolio.
 *
 * <p>CloudFormation type {@code AWS::ServiceCatalog::AcceptedPortfolioShare}.
 */
public final class AcceptedPortfolioShare extends Resource<AcceptedPortfolioShare> {
  private static final Schema SCHEMA = Schema.builder("AWS::ServiceCatalog::AcceptedPortfolioShare")
      .required("PortfolioId")
      .constrain("AcceptLanguage", Constraint.of().pattern("^(en|jp|zh)$"))
      .constrain("PortfolioId", Constraint.of().minLength(1).maxLength(100))
      .refYields("PortfolioId")
      .attributes("Id")
      .build();

  public AcceptedPortfolioShare(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The language code.
   *
   * <ul> <li><code>jp</code> - Japanese <li><code>zh</code> - Chinese </ul>
   *
   * <p>Changing it replaces the resource. Pattern: {@code ^(en|jp|zh)$}. CloudFormation property
   * {@code AcceptLanguage}.
   */
  public AcceptedPortfolioShare acceptLanguage(String value) {
    return set("AcceptLanguage", Value.of(value));
  }

  /** Sets {@code AcceptLanguage} to this value; see {@link #acceptLanguage(String)}. */
  public AcceptedPortfolioShare acceptLanguage(Value<String> value) {
    return set("AcceptLanguage", value);
  }

  /**
   * The portfolio identifier.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 100 characters. CloudFormation
   * property {@code PortfolioId}.
   */
  public AcceptedPortfolioShare portfolioId(String value) {
    return set("PortfolioId", Value.of(value));
  }

  /** Sets {@code PortfolioId} to this value; see {@link #portfolioId(String)}. */
  public AcceptedPortfolioShare portfolioId(Value<String> value) {
    return set("PortfolioId", value);
  }

  /** {@code Fn::GetAtt} attribute {@code Id}. */
  public Value<String> id() {
    return getAtt("Id");
  }
}
