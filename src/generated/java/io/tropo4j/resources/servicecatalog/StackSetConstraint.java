// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.servicecatalog;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Specifies a StackSet constraint.
 *
 * <p>CloudFormation type {@code AWS::ServiceCatalog::StackSetConstraint}.
 */
public final class StackSetConstraint extends Resource<StackSetConstraint> {
  private static final Schema SCHEMA = Schema.builder("AWS::ServiceCatalog::StackSetConstraint")
      .required("AccountList", "AdminRole", "Description", "ExecutionRole", "PortfolioId",
          "ProductId", "RegionList", "StackInstanceControl")
      .constrain("AcceptLanguage", Constraint.of().minLength(0).maxLength(100))
      .constrain("Description", Constraint.of().minLength(0).maxLength(2000))
      .constrain("PortfolioId", Constraint.of().pattern("^[a-zA-Z0-9_\\-]*$").minLength(1).maxLength(100))
      .constrain("ProductId", Constraint.of().pattern("^[a-zA-Z0-9_\\-]*$").minLength(1).maxLength(100))
      .refYields("Id")
      .attributes("Id")
      .build();

  public StackSetConstraint(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The language code.
   *
   * <ul> <li><code>jp</code> - Japanese <li><code>zh</code> - Chinese </ul>
   *
   * <p>Length: 0 to 100 characters. CloudFormation property {@code AcceptLanguage}.
   */
  public StackSetConstraint acceptLanguage(String value) {
    return set("AcceptLanguage", Value.of(value));
  }

  /** Sets {@code AcceptLanguage} to this value; see {@link #acceptLanguage(String)}. */
  public StackSetConstraint acceptLanguage(Value<String> value) {
    return set("AcceptLanguage", value);
  }

  /**
   * One or more AWS accounts that will have access to the provisioned product.
   *
   * <p>Required. CloudFormation property {@code AccountList}.
   */
  public StackSetConstraint accountList(List<String> value) {
    return set("AccountList", Value.listOf(value));
  }

  /** Sets {@code AccountList} to this value; see {@link #accountList(List)}. */
  public StackSetConstraint accountList(Value<List<String>> value) {
    return set("AccountList", value);
  }

  /**
   * AdminRole ARN
   *
   * <p>Required. CloudFormation property {@code AdminRole}.
   */
  public StackSetConstraint adminRole(String value) {
    return set("AdminRole", Value.of(value));
  }

  /** Sets {@code AdminRole} to this value; see {@link #adminRole(String)}. */
  public StackSetConstraint adminRole(Value<String> value) {
    return set("AdminRole", value);
  }

  /**
   * The description of the constraint.
   *
   * <p>Required. Length: 0 to 2000 characters. CloudFormation property {@code Description}.
   */
  public StackSetConstraint description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public StackSetConstraint description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * ExecutionRole name
   *
   * <p>Required. CloudFormation property {@code ExecutionRole}.
   */
  public StackSetConstraint executionRole(String value) {
    return set("ExecutionRole", Value.of(value));
  }

  /** Sets {@code ExecutionRole} to this value; see {@link #executionRole(String)}. */
  public StackSetConstraint executionRole(Value<String> value) {
    return set("ExecutionRole", value);
  }

  /**
   * The portfolio identifier.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 100 characters. Pattern: {@code
   * ^[a-zA-Z0-9_&#92;-]*$}. CloudFormation property {@code PortfolioId}.
   */
  public StackSetConstraint portfolioId(String value) {
    return set("PortfolioId", Value.of(value));
  }

  /** Sets {@code PortfolioId} to this value; see {@link #portfolioId(String)}. */
  public StackSetConstraint portfolioId(Value<String> value) {
    return set("PortfolioId", value);
  }

  /**
   * The product identifier.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 100 characters. Pattern: {@code
   * ^[a-zA-Z0-9_&#92;-]*$}. CloudFormation property {@code ProductId}.
   */
  public StackSetConstraint productId(String value) {
    return set("ProductId", Value.of(value));
  }

  /** Sets {@code ProductId} to this value; see {@link #productId(String)}. */
  public StackSetConstraint productId(Value<String> value) {
    return set("ProductId", value);
  }

  /**
   * One or more AWS Regions where the provisioned product will be available.
   *
   * <p>Applicable only to a <code>CFN_STACKSET</code> provisioned product type.
   *
   * <p>The specified Regions should be within the list of Regions from the <code>STACKSET</code>
   * constraint. To get the list of Regions in the <code>STACKSET</code> constraint, use the
   * <code>DescribeProvisioningParameters</code> operation.
   *
   * <p>If no values are specified, the default value is all Regions from the <code>STACKSET</code>
   * constraint.
   *
   * <p>Required. CloudFormation property {@code RegionList}.
   */
  public StackSetConstraint regionList(List<String> value) {
    return set("RegionList", Value.listOf(value));
  }

  /** Sets {@code RegionList} to this value; see {@link #regionList(List)}. */
  public StackSetConstraint regionList(Value<List<String>> value) {
    return set("RegionList", value);
  }

  /**
   * Permission to create, update, and delete stack instances. Choose from ALLOWED and NOT_ALLOWED.
   *
   * <p>Required. CloudFormation property {@code StackInstanceControl}.
   */
  public StackSetConstraint stackInstanceControl(String value) {
    return set("StackInstanceControl", Value.of(value));
  }

  /** Sets {@code StackInstanceControl} to this value; see {@link #stackInstanceControl(String)}. */
  public StackSetConstraint stackInstanceControl(Value<String> value) {
    return set("StackInstanceControl", value);
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
