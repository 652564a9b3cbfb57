// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.servicecatalog;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Specifies a notification constraint.
 *
 * <p>CloudFormation type {@code AWS::ServiceCatalog::LaunchNotificationConstraint}.
 */
public final class LaunchNotificationConstraint extends Resource<LaunchNotificationConstraint> {
  private static final Schema SCHEMA = Schema.builder("AWS::ServiceCatalog::LaunchNotificationConstraint")
      .required("NotificationArns", "PortfolioId", "ProductId")
      .constrain("AcceptLanguage", Constraint.of().minLength(0).maxLength(100))
      .constrain("Description", Constraint.of().minLength(0).maxLength(2000))
      .constrain("PortfolioId", Constraint.of().pattern("^[a-zA-Z0-9_\\-]*$").minLength(1).maxLength(100))
      .constrain("ProductId", Constraint.of().pattern("^[a-zA-Z0-9_\\-]*$").minLength(1).maxLength(100))
      .refYields("Id")
      .attributes("Id")
      .build();

  public LaunchNotificationConstraint(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The language code.
   *
   * <ul> <li><code>jp</code> - Japanese <li><code>zh</code> - Chinese </ul>
   *
   * <p>Length: 0 to 100 characters. CloudFormation property {@code AcceptLanguage}.
   */
  public LaunchNotificationConstraint acceptLanguage(String value) {
    return set("AcceptLanguage", Value.of(value));
  }

  /** Sets {@code AcceptLanguage} to this value; see {@link #acceptLanguage(String)}. */
  public LaunchNotificationConstraint acceptLanguage(Value<String> value) {
    return set("AcceptLanguage", value);
  }

  /**
   * The description of the constraint.
   *
   * <p>Length: 0 to 2000 characters. CloudFormation property {@code Description}.
   */
  public LaunchNotificationConstraint description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public LaunchNotificationConstraint description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * The notification ARNs.
   *
   * <p>Required. CloudFormation property {@code NotificationArns}.
   */
  public LaunchNotificationConstraint notificationArns(List<String> value) {
    return set("NotificationArns", Value.listOf(value));
  }

  /** Sets {@code NotificationArns} to this value; see {@link #notificationArns(List)}. */
  public LaunchNotificationConstraint notificationArns(Value<List<String>> value) {
    return set("NotificationArns", value);
  }

  /**
   * The portfolio identifier.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 100 characters. Pattern: {@code
   * ^[a-zA-Z0-9_&#92;-]*$}. CloudFormation property {@code PortfolioId}.
   */
  public LaunchNotificationConstraint portfolioId(String value) {
    return set("PortfolioId", Value.of(value));
  }

  /** Sets {@code PortfolioId} to this value; see {@link #portfolioId(String)}. */
  public LaunchNotificationConstraint portfolioId(Value<String> value) {
    return set("PortfolioId", value);
  }

  /**
   * The product identifier.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 100 characters. Pattern: {@code
   * ^[a-zA-Z0-9_&#92;-]*$}. CloudFormation property {@code ProductId}.
   */
  public LaunchNotificationConstraint productId(String value) {
    return set("ProductId", Value.of(value));
  }

  /** Sets {@code ProductId} to this value; see {@link #productId(String)}. */
  public LaunchNotificationConstraint productId(Value<String> value) {
    return set("ProductId", value);
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
