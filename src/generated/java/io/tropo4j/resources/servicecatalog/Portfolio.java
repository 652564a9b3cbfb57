// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.servicecatalog;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Specifies a portfolio.
 *
 * <p>CloudFormation type {@code AWS::ServiceCatalog::Portfolio}.
 */
public final class Portfolio extends Resource<Portfolio> {
  private static final Schema SCHEMA = Schema.builder("AWS::ServiceCatalog::Portfolio")
      .required("DisplayName", "ProviderName")
      .constrain("AcceptLanguage", Constraint.of().minLength(0).maxLength(100))
      .constrain("Description", Constraint.of().minLength(0).maxLength(2000))
      .constrain("DisplayName", Constraint.of().minLength(1).maxLength(100))
      .constrain("ProviderName", Constraint.of().minLength(1).maxLength(50))
      .refYields("Id")
      .attributes("Id", "PortfolioName")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public Portfolio(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The language code.
   *
   * <ul> <li><code>jp</code> - Japanese <li><code>zh</code> - Chinese </ul>
   *
   * <p>Length: 0 to 100 characters. CloudFormation property {@code AcceptLanguage}.
   */
  public Portfolio acceptLanguage(String value) {
    return set("AcceptLanguage", Value.of(value));
  }

  /** Sets {@code AcceptLanguage} to this value; see {@link #acceptLanguage(String)}. */
  public Portfolio acceptLanguage(Value<String> value) {
    return set("AcceptLanguage", value);
  }

  /**
   * The description of the portfolio.
   *
   * <p>Length: 0 to 2000 characters. CloudFormation property {@code Description}.
   */
  public Portfolio description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public Portfolio description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * The name to use for display purposes.
   *
   * <p>Required. Length: 1 to 100 characters. CloudFormation property {@code DisplayName}.
   */
  public Portfolio displayName(String value) {
    return set("DisplayName", Value.of(value));
  }

  /** Sets {@code DisplayName} to this value; see {@link #displayName(String)}. */
  public Portfolio displayName(Value<String> value) {
    return set("DisplayName", value);
  }

  /**
   * The name of the portfolio provider.
   *
   * <p>Required. Length: 1 to 50 characters. CloudFormation property {@code ProviderName}.
   */
  public Portfolio providerName(String value) {
    return set("ProviderName", Value.of(value));
  }

  /** Sets {@code ProviderName} to this value; see {@link #providerName(String)}. */
  public Portfolio providerName(Value<String> value) {
    return set("ProviderName", value);
  }

  /**
   * One or more tags.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public Portfolio tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public Portfolio tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public Portfolio tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The portfolio identifier.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Id}.
   */
  public Value<String> id() {
    return getAtt("Id");
  }

  /**
   * The name of the portfolio.
   *
   * <p>{@code Fn::GetAtt} attribute {@code PortfolioName}.
   */
  public Value<String> portfolioName() {
    return getAtt("PortfolioName");
  }
}
