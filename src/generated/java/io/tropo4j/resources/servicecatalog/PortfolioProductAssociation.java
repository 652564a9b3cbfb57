// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.servicecatalog;

import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.fn.Value;

/**
 * Associates the specified product with the specified portfolio.
 *
 * <p>A delegated admin is authorized to invoke this command.
 *
 * <p>CloudFormation type {@code AWS::ServiceCatalog::PortfolioProductAssociation}.
 */
public final class PortfolioProductAssociation extends Resource<PortfolioProductAssociation> {
  private static final Schema SCHEMA = Schema.of("AWS::ServiceCatalog::PortfolioProductAssociation");

  public PortfolioProductAssociation(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The language code.
   *
   * <ul> <li><code>jp</code> - Japanese <li><code>zh</code> - Chinese </ul>
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code AcceptLanguage}.
   */
  public PortfolioProductAssociation acceptLanguage(String value) {
    return set("AcceptLanguage", Value.of(value));
  }

  /** Sets {@code AcceptLanguage} to this value; see {@link #acceptLanguage(String)}. */
  public PortfolioProductAssociation acceptLanguage(Value<String> value) {
    return set("AcceptLanguage", value);
  }

  /**
   * The portfolio identifier.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code PortfolioId}.
   */
  public PortfolioProductAssociation portfolioId(String value) {
    return set("PortfolioId", Value.of(value));
  }

  /** Sets {@code PortfolioId} to this value; see {@link #portfolioId(String)}. */
  public PortfolioProductAssociation portfolioId(Value<String> value) {
    return set("PortfolioId", value);
  }

  /**
   * The product identifier.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code ProductId}.
   */
  public PortfolioProductAssociation productId(String value) {
    return set("ProductId", Value.of(value));
  }

  /** Sets {@code ProductId} to this value; see {@link #productId(String)}. */
  public PortfolioProductAssociation productId(Value<String> value) {
    return set("ProductId", value);
  }

  /**
   * The identifier of the source portfolio.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code SourcePortfolioId}.
   */
  public PortfolioProductAssociation sourcePortfolioId(String value) {
    return set("SourcePortfolioId", Value.of(value));
  }

  /** Sets {@code SourcePortfolioId} to this value; see {@link #sourcePortfolioId(String)}. */
  public PortfolioProductAssociation sourcePortfolioId(Value<String> value) {
    return set("SourcePortfolioId", value);
  }
}
