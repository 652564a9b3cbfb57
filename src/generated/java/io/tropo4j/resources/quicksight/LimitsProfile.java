// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.quicksight;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.fn.Value;
import java.util.Map;

/**
 * Definition of AWS::QuickSight::LimitsProfile Resource Type
 *
 * <p>CloudFormation type {@code AWS::QuickSight::LimitsProfile}.
 */
public final class LimitsProfile extends Resource<LimitsProfile> {
  private static final Schema SCHEMA = Schema.builder("AWS::QuickSight::LimitsProfile")
      .required("AccountId", "ProfileName", "ResourceLimits")
      .constrain("AccountId", Constraint.of().pattern("^[0-9]{12}$").minLength(12).maxLength(12))
      .constrain("Description", Constraint.of().minLength(0).maxLength(1024))
      .constrain("ProfileName", Constraint.of().minLength(1).maxLength(256))
      .attributes("Arn", "CreatedAt", "ProfileId", "UpdatedAt")
      .build();

  public LimitsProfile(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * Required. Changing it replaces the resource. Length: 12 to 12 characters. Pattern: {@code
   * ^[0-9]{12}$}. CloudFormation property {@code AccountId}.
   */
  public LimitsProfile accountId(String value) {
    return set("AccountId", Value.of(value));
  }

  /** Sets {@code AccountId} to this value; see {@link #accountId(String)}. */
  public LimitsProfile accountId(Value<String> value) {
    return set("AccountId", value);
  }

  /** Length: 0 to 1024 characters. CloudFormation property {@code Description}. */
  public LimitsProfile description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public LimitsProfile description(Value<String> value) {
    return set("Description", value);
  }

  /** Required. Length: 1 to 256 characters. CloudFormation property {@code ProfileName}. */
  public LimitsProfile profileName(String value) {
    return set("ProfileName", Value.of(value));
  }

  /** Sets {@code ProfileName} to this value; see {@link #profileName(String)}. */
  public LimitsProfile profileName(Value<String> value) {
    return set("ProfileName", value);
  }

  /** Required. CloudFormation property {@code ResourceLimits}. */
  public LimitsProfile resourceLimits(Map<String, ProfileLimitValue> value) {
    return set("ResourceLimits", Value.mapOf(value));
  }

  /** Sets {@code ResourceLimits} to this value; see {@link #resourceLimits(Map)}. */
  public LimitsProfile resourceLimits(Value<Map<String, ProfileLimitValue>> value) {
    return set("ResourceLimits", value);
  }

  /** {@code Fn::GetAtt} attribute {@code Arn}. */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /** {@code Fn::GetAtt} attribute {@code CreatedAt}. */
  public Value<String> createdAt() {
    return getAtt("CreatedAt");
  }

  /** {@code Fn::GetAtt} attribute {@code ProfileId}. */
  public Value<String> profileId() {
    return getAtt("ProfileId");
  }

  /** {@code Fn::GetAtt} attribute {@code UpdatedAt}. */
  public Value<String> updatedAt() {
    return getAtt("UpdatedAt");
  }

  /** Property type {@code AWS::QuickSight::LimitsProfile.ProfileLimitValue}. */
  public static final class ProfileLimitValue extends Struct<ProfileLimitValue> {
    private static final Schema SCHEMA = Schema.builder("AWS::QuickSight::LimitsProfile.ProfileLimitValue")
        .required("MaxValue", "Unit")
        .allowed("Unit", "MB", "GB", "HOURS", "DAYS")
        .build();

    public ProfileLimitValue() {
      super(SCHEMA);
    }

    /** Required. CloudFormation property {@code MaxValue}. */
    public ProfileLimitValue maxValue(double value) {
      return set("MaxValue", Value.of(value));
    }

    /** Sets {@code MaxValue} to this value; see {@link #maxValue(double)}. */
    public ProfileLimitValue maxValue(Value<Double> value) {
      return set("MaxValue", value);
    }

    /**
     * Required. Allowed values: {@code MB}, {@code GB}, {@code HOURS}, {@code DAYS}. CloudFormation
     * property {@code Unit}.
     */
    public ProfileLimitValue unit(String value) {
      return set("Unit", Value.of(value));
    }

    /** Sets {@code Unit} to this value; see {@link #unit(String)}. */
    public ProfileLimitValue unit(Value<String> value) {
      return set("Unit", value);
    }
  }
}
