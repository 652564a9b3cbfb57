// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.uxc;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Resource schema for managing AWS account-level UX customization settings, including account
 * color, visible services, and visible regions.
 *
 * <p>CloudFormation type {@code AWS::UXC::AccountCustomization}.
 */
public final class AccountCustomization extends Resource<AccountCustomization> {
  private static final Schema SCHEMA = Schema.builder("AWS::UXC::AccountCustomization")
      .allowed("AccountColor", "none", "pink", "purple", "darkBlue", "lightBlue", "teal", "green",
          "yellow", "orange", "red")
      .constrain("VisibleRegions", Constraint.of().pattern("^[a-z]{2}(-[a-z]{1,10}){1,2}-[1-9]$"))
      .constrain("VisibleServices", Constraint.of().minLength(1).maxLength(64))
      .refYields("AccountId")
      .attributes("AccountId")
      .build();

  public AccountCustomization(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The color theme assigned to the account for visual identification in the AWS Console.
   *
   * <p>Allowed values: {@code none}, {@code pink}, {@code purple}, {@code darkBlue}, {@code
   * lightBlue}, {@code teal}, {@code green}, {@code yellow}, {@code orange}, {@code red}.
   * CloudFormation property {@code AccountColor}.
   */
  public AccountCustomization accountColor(String value) {
    return set("AccountColor", Value.of(value));
  }

  /** Sets {@code AccountColor} to this value; see {@link #accountColor(String)}. */
  public AccountCustomization accountColor(Value<String> value) {
    return set("AccountColor", value);
  }

  /**
   * A list of AWS region identifiers visible to the account in the AWS Console.
   *
   * <p>Pattern: {@code ^[a-z]{2}(-[a-z]{1,10}){1,2}-[1-9]$}. CloudFormation property {@code
   * VisibleRegions}.
   */
  public AccountCustomization visibleRegions(List<String> value) {
    return set("VisibleRegions", Value.listOf(value));
  }

  /** Sets {@code VisibleRegions} to this value; see {@link #visibleRegions(List)}. */
  public AccountCustomization visibleRegions(Value<List<String>> value) {
    return set("VisibleRegions", value);
  }

  /**
   * A list of AWS service identifiers visible to the account in the AWS Console.
   *
   * <p>Length: 1 to 64 characters. CloudFormation property {@code VisibleServices}.
   */
  public AccountCustomization visibleServices(List<String> value) {
    return set("VisibleServices", Value.listOf(value));
  }

  /** Sets {@code VisibleServices} to this value; see {@link #visibleServices(List)}. */
  public AccountCustomization visibleServices(Value<List<String>> value) {
    return set("VisibleServices", value);
  }

  /**
   * The AWS account ID that this customization belongs to. This is automatically determined from
   * the caller's identity.
   *
   * <p>{@code Fn::GetAtt} attribute {@code AccountId}.
   */
  public Value<String> accountId() {
    return getAtt("AccountId");
  }
}
