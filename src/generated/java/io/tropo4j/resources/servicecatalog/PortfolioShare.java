// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.servicecatalog;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.fn.Value;

/**
 * Shares the specified portfolio with the specified account.
 *
 * <p>CloudFormation type {@code AWS::ServiceCatalog::PortfolioShare}.
 */
public final class PortfolioShare extends Resource<PortfolioShare> {
  private static final Schema SCHEMA = Schema.builder("AWS::ServiceCatalog::PortfolioShare")
      .required("AccountId", "PortfolioId")
      .constrain("AcceptLanguage", Constraint.of().minLength(0).maxLength(100))
      .constrain("AccountId", Constraint.of().pattern("^[0-9]{12}$"))
      .constrain("PortfolioId", Constraint.of().pattern("^[a-zA-Z0-9_\\-]*$").minLength(1).maxLength(100))
      .build();

  public PortfolioShare(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The language code.
   *
   * <ul> <li><code>jp</code> - Japanese <li><code>zh</code> - Chinese </ul>
   *
   * <p>Changing it replaces the resource. Length: 0 to 100 characters. CloudFormation property
   * {@code AcceptLanguage}.
   */
  public PortfolioShare acceptLanguage(String value) {
    return set("AcceptLanguage", Value.of(value));
  }

  /** Sets {@code AcceptLanguage} to this value; see {@link #acceptLanguage(String)}. */
  public PortfolioShare acceptLanguage(Value<String> value) {
    return set("AcceptLanguage", value);
  }

  /**
   * The AWS account ID. For example, <code>123456789012</code> .
   *
   * <p>Required. Changing it replaces the resource. Pattern: {@code ^[0-9]{12}$}. CloudFormation
   * property {@code AccountId}.
   */
  public PortfolioShare accountId(String value) {
    return set("AccountId", Value.of(value));
  }

  /** Sets {@code AccountId} to this value; see {@link #accountId(String)}. */
  public PortfolioShare accountId(Value<String> value) {
    return set("AccountId", value);
  }

  /**
   * The portfolio identifier.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 100 characters. Pattern: {@code
   * ^[a-zA-Z0-9_&#92;-]*$}. CloudFormation property {@code PortfolioId}.
   */
  public PortfolioShare portfolioId(String value) {
    return set("PortfolioId", Value.of(value));
  }

  /** Sets {@code PortfolioId} to this value; see {@link #portfolioId(String)}. */
  public PortfolioShare portfolioId(Value<String> value) {
    return set("PortfolioId", value);
  }

  /**
   * Indicates whether TagOptions sharing is enabled or disabled for the portfolio share.
   *
   * <p>CloudFormation property {@code ShareTagOptions}.
   */
  public PortfolioShare shareTagOptions(boolean value) {
    return set("ShareTagOptions", Value.of(value));
  }

  /** Sets {@code ShareTagOptions} to this value; see {@link #shareTagOptions(boolean)}. */
  public PortfolioShare shareTagOptions(Value<Boolean> value) {
    return set("ShareTagOptions", value);
  }
}
