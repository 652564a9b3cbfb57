// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.bcmpricingcalculator;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Resource Type definition for AWS::BcmPricingCalculator::BillScenario
 *
 * <p>CloudFormation type {@code AWS::BcmPricingCalculator::BillScenario}.
 */
public final class BillScenario extends Resource<BillScenario> {
  private static final Schema SCHEMA = Schema.builder("AWS::BcmPricingCalculator::BillScenario")
      .constrain("CostCategoryGroupSharingPreferenceArn", Constraint.of().pattern("^arn:aws[a-z-]*:ce::[0-9]{12}:costcategory/[a-f0-9-]{36}$").minLength(20).maxLength(2048))
      .constrain("ExpiresAt", Constraint.of().format("date-time"))
      .allowed("GroupSharingPreference", "OPEN", "PRIORITIZED", "RESTRICTED")
      .constrain("Name", Constraint.of().pattern("^[a-zA-Z0-9-]+$").minLength(1).maxLength(64))
      .refYields("Arn")
      .attributes("Arn", "BillInterval", "CreatedAt", "FailureMessage", "Id", "Status")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public BillScenario(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The ARN of the cost category group sharing preference
   *
   * <p>Length: 20 to 2048 characters. Pattern: {@code
   * ^arn:aws[a-z-]*:ce::[0-9]{12}:costcategory/[a-f0-9-]{36}$}. CloudFormation property {@code
   * CostCategoryGroupSharingPreferenceArn}.
   */
  public BillScenario costCategoryGroupSharingPreferenceArn(String value) {
    return set("CostCategoryGroupSharingPreferenceArn", Value.of(value));
  }

  /**
   * Sets {@code CostCategoryGroupSharingPreferenceArn} to this value; see {@link
   * #costCategoryGroupSharingPreferenceArn(String)}.
   */
  public BillScenario costCategoryGroupSharingPreferenceArn(Value<String> value) {
    return set("CostCategoryGroupSharingPreferenceArn", value);
  }

  /**
   * The timestamp when the bill scenario expires
   *
   * <p>Format: {@code date-time}. CloudFormation property {@code ExpiresAt}.
   */
  public BillScenario expiresAt(String value) {
    return set("ExpiresAt", Value.of(value));
  }

  /** Sets {@code ExpiresAt} to this value; see {@link #expiresAt(String)}. */
  public BillScenario expiresAt(Value<String> value) {
    return set("ExpiresAt", value);
  }

  /**
   * Allowed values: {@code OPEN}, {@code PRIORITIZED}, {@code RESTRICTED}. CloudFormation property
   * {@code GroupSharingPreference}.
   */
  public BillScenario groupSharingPreference(String value) {
    return set("GroupSharingPreference", Value.of(value));
  }

  /**
   * Sets {@code GroupSharingPreference} to this value; see {@link #groupSharingPreference(String)}.
   */
  public BillScenario groupSharingPreference(Value<String> value) {
    return set("GroupSharingPreference", value);
  }

  /**
   * The name of the bill scenario
   *
   * <p>Length: 1 to 64 characters. Pattern: {@code ^[a-zA-Z0-9-]+$}. CloudFormation property {@code
   * Name}.
   */
  public BillScenario name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public BillScenario name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * An array of key-value pairs to apply to this resource
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public BillScenario tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public BillScenario tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public BillScenario tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The Amazon Resource Name (ARN) of the bill scenario.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /** {@code Fn::GetAtt} attribute {@code BillInterval}. */
  public Value<BillInterval> billInterval() {
    return getAtt("BillInterval");
  }

  /**
   * The timestamp when the bill scenario was created
   *
   * <p>{@code Fn::GetAtt} attribute {@code CreatedAt}.
   */
  public Value<String> createdAt() {
    return getAtt("CreatedAt");
  }

  /**
   * The failure message if the bill scenario failed
   *
   * <p>{@code Fn::GetAtt} attribute {@code FailureMessage}.
   */
  public Value<String> failureMessage() {
    return getAtt("FailureMessage");
  }

  /**
   * The unique identifier of the bill scenario
   *
   * <p>{@code Fn::GetAtt} attribute {@code Id}.
   */
  public Value<String> id() {
    return getAtt("Id");
  }

  /** {@code Fn::GetAtt} attribute {@code Status}. */
  public Value<String> status() {
    return getAtt("Status");
  }

  /** Property type {@code AWS::BcmPricingCalculator::BillScenario.BillInterval}. */
  public static final class BillInterval extends Struct<BillInterval> {
    private static final Schema SCHEMA = Schema.of("AWS::BcmPricingCalculator::BillScenario.BillInterval");

    public BillInterval() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code End}. */
    public BillInterval end(String value) {
      return set("End", Value.of(value));
    }

    /** Sets {@code End} to this value; see {@link #end(String)}. */
    public BillInterval end(Value<String> value) {
      return set("End", value);
    }

    /** CloudFormation property {@code Start}. */
    public BillInterval start(String value) {
      return set("Start", Value.of(value));
    }

    /** Sets {@code Start} to this value; see {@link #start(String)}. */
    public BillInterval start(Value<String> value) {
      return set("Start", value);
    }
  }
}
