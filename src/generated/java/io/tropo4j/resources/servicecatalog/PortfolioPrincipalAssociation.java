// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.servicecatalog;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.fn.Value;

/**
 * Associates the specified principal ARN with the specified portfolio.
 *
 * <p>CloudFormation type {@code AWS::ServiceCatalog::PortfolioPrincipalAssociation}.
 */
public final class PortfolioPrincipalAssociation extends Resource<PortfolioPrincipalAssociation> {
  private static final Schema SCHEMA = Schema.builder("AWS::ServiceCatalog::PortfolioPrincipalAssociation")
      .required("PrincipalType")
      .constrain("PrincipalARN", Constraint.of().pattern("arn:(aws|aws-cn|aws-us-gov):iam::[0-9]*:(role|user|group)\\/.*"))
      .build();

  public PortfolioPrincipalAssociation(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The language code.
   *
   * <ul> <li><code>jp</code> - Japanese <li><code>zh</code> - Chinese </ul>
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code AcceptLanguage}.
   */
  public PortfolioPrincipalAssociation acceptLanguage(String value) {
    return set("AcceptLanguage", Value.of(value));
  }

  /** Sets {@code AcceptLanguage} to this value; see {@link #acceptLanguage(String)}. */
  public PortfolioPrincipalAssociation acceptLanguage(Value<String> value) {
    return set("AcceptLanguage", value);
  }

  /**
   * The portfolio identifier.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code PortfolioId}.
   */
  public PortfolioPrincipalAssociation portfolioId(String value) {
    return set("PortfolioId", Value.of(value));
  }

  /** Sets {@code PortfolioId} to this value; see {@link #portfolioId(String)}. */
  public PortfolioPrincipalAssociation portfolioId(Value<String> value) {
    return set("PortfolioId", value);
  }

  /**
   * The ARN of the principal ( IAM user, role, or group).
   *
   * <p>Changing it replaces the resource. Pattern: {@code
   * arn:(aws|aws-cn|aws-us-gov):iam::[0-9]*:(role|user|group)&#92;/.*}. CloudFormation property
   * {@code PrincipalARN}.
   */
  public PortfolioPrincipalAssociation principalARN(String value) {
    return set("PrincipalARN", Value.of(value));
  }

  /** Sets {@code PrincipalARN} to this value; see {@link #principalARN(String)}. */
  public PortfolioPrincipalAssociation principalARN(Value<String> value) {
    return set("PrincipalARN", value);
  }

  /**
   * The principal type. The supported values are <code>IAM</code> and <code>IAM_PATTERN</code> .
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code PrincipalType}.
   */
  public PortfolioPrincipalAssociation principalType(String value) {
    return set("PrincipalType", Value.of(value));
  }

  /** Sets {@code PrincipalType} to this value; see {@link #principalType(String)}. */
  public PortfolioPrincipalAssociation principalType(Value<String> value) {
    return set("PrincipalType", value);
  }
}
