// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.billingconductor;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Creates a pricing rule which can be associated with a pricing plan, or a set of pricing plans.
 *
 * <p>CloudFormation type {@code AWS::BillingConductor::PricingRule}.
 */
public final class PricingRule extends Resource<PricingRule> {
  private static final Schema SCHEMA = Schema.builder("AWS::BillingConductor::PricingRule")
      .required("Name", "Scope", "Type")
      .allowed("BillingEntity", "AWS", "AWS Marketplace", "AISPL")
      .constrain("Description", Constraint.of().minLength(0).maxLength(1024))
      .constrain("ModifierPercentage", Constraint.of().minimum(0))
      .constrain("Name", Constraint.of().pattern("[a-zA-Z0-9_\\+=\\.\\-@]+").minLength(1).maxLength(128))
      .constrain("Operation", Constraint.of().pattern("^\\S+$").minLength(1).maxLength(256))
      .allowed("Scope", "GLOBAL", "SERVICE", "BILLING_ENTITY", "SKU")
      .constrain("Service", Constraint.of().pattern("[a-zA-Z0-9\\.\\-]+").minLength(1).maxLength(128))
      .allowed("Type", "MARKUP", "DISCOUNT", "TIERING")
      .constrain("UsageType", Constraint.of().pattern("^\\S+$").minLength(1).maxLength(256))
      .refYields("Arn")
      .attributes("Arn", "AssociatedPricingPlanCount", "CreationTime", "LastModifiedTime")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public PricingRule(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The seller of services provided by AWS , their affiliates, or third-party providers selling
   * services via AWS Marketplace .
   *
   * <p>Changing it replaces the resource. Allowed values: {@code AWS}, {@code AWS Marketplace},
   * {@code AISPL}. CloudFormation property {@code BillingEntity}.
   */
  public PricingRule billingEntity(String value) {
    return set("BillingEntity", Value.of(value));
  }

  /** Sets {@code BillingEntity} to this value; see {@link #billingEntity(String)}. */
  public PricingRule billingEntity(Value<String> value) {
    return set("BillingEntity", value);
  }

  /**
   * The pricing rule description.
   *
   * <p>Length: 0 to 1024 characters. CloudFormation property {@code Description}.
   */
  public PricingRule description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public PricingRule description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * A percentage modifier applied on the public pricing rates.
   *
   * <p>Range: at least 0. CloudFormation property {@code ModifierPercentage}.
   */
  public PricingRule modifierPercentage(double value) {
    return set("ModifierPercentage", Value.of(value));
  }

  /** Sets {@code ModifierPercentage} to this value; see {@link #modifierPercentage(double)}. */
  public PricingRule modifierPercentage(Value<Double> value) {
    return set("ModifierPercentage", value);
  }

  /**
   * The name of a pricing rule.
   *
   * <p>Required. Length: 1 to 128 characters. Pattern: {@code
   * [a-zA-Z0-9_&#92;+=&#92;.&#92;-&#64;]+}. CloudFormation property {@code Name}.
   */
  public PricingRule name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public PricingRule name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * Operation is the specific AWS action covered by this line item. This describes the specific
   * usage of the line item.
   *
   * <p>If the <code>Scope</code> attribute is set to <code>SKU</code> , this attribute indicates
   * which operation the <code>PricingRule</code> is modifying. For example, a value of
   * <code>RunInstances:0202</code> indicates the operation of running an Amazon EC2 instance.
   *
   * <p>Changing it replaces the resource. Length: 1 to 256 characters. Pattern: {@code ^&#92;S+$}.
   * CloudFormation property {@code Operation}.
   */
  public PricingRule operation(String value) {
    return set("Operation", Value.of(value));
  }

  /** Sets {@code Operation} to this value; see {@link #operation(String)}. */
  public PricingRule operation(Value<String> value) {
    return set("Operation", value);
  }

  /**
   * The scope of pricing rule that indicates if it's globally applicable or service-specific.
   *
   * <p>Required. Changing it replaces the resource. Allowed values: {@code GLOBAL}, {@code
   * SERVICE}, {@code BILLING_ENTITY}, {@code SKU}. CloudFormation property {@code Scope}.
   */
  public PricingRule scope(String value) {
    return set("Scope", Value.of(value));
  }

  /** Sets {@code Scope} to this value; see {@link #scope(String)}. */
  public PricingRule scope(Value<String> value) {
    return set("Scope", value);
  }

  /**
   * If the <code>Scope</code> attribute is <code>SERVICE</code> , this attribute indicates which
   * service the <code>PricingRule</code> is applicable for.
   *
   * <p>Changing it replaces the resource. Length: 1 to 128 characters. Pattern: {@code
   * [a-zA-Z0-9&#92;.&#92;-]+}. CloudFormation property {@code Service}.
   */
  public PricingRule service(String value) {
    return set("Service", Value.of(value));
  }

  /** Sets {@code Service} to this value; see {@link #service(String)}. */
  public PricingRule service(Value<String> value) {
    return set("Service", value);
  }

  /**
   * A map that contains tag keys and tag values that are attached to a pricing rule.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public PricingRule tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public PricingRule tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public PricingRule tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The set of tiering configurations for the pricing rule.
   *
   * <p>CloudFormation property {@code Tiering}.
   */
  public PricingRule tiering(Value<Tiering> value) {
    return set("Tiering", value);
  }

  /**
   * The type of pricing rule.
   *
   * <p>Required. Allowed values: {@code MARKUP}, {@code DISCOUNT}, {@code TIERING}. CloudFormation
   * property {@code Type}.
   */
  public PricingRule typeProperty(String value) {
    return set("Type", Value.of(value));
  }

  /** Sets {@code Type} to this value; see {@link #typeProperty(String)}. */
  public PricingRule typeProperty(Value<String> value) {
    return set("Type", value);
  }

  /**
   * Usage Type is the unit that each service uses to measure the usage of a specific type of
   * resource.
   *
   * <p>Changing it replaces the resource. Length: 1 to 256 characters. Pattern: {@code ^&#92;S+$}.
   * CloudFormation property {@code UsageType}.
   */
  public PricingRule usageType(String value) {
    return set("UsageType", Value.of(value));
  }

  /** Sets {@code UsageType} to this value; see {@link #usageType(String)}. */
  public PricingRule usageType(Value<String> value) {
    return set("UsageType", value);
  }

  /**
   * The Amazon Resource Name (ARN) used to uniquely identify a pricing rule.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * The pricing plans count that this pricing rule is associated with.
   *
   * <p>{@code Fn::GetAtt} attribute {@code AssociatedPricingPlanCount}.
   */
  public Value<Integer> associatedPricingPlanCount() {
    return getAtt("AssociatedPricingPlanCount");
  }

  /**
   * The time the pricing rule was created.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CreationTime}.
   */
  public Value<Integer> creationTime() {
    return getAtt("CreationTime");
  }

  /**
   * The most recent time the pricing rule was modified.
   *
   * <p>{@code Fn::GetAtt} attribute {@code LastModifiedTime}.
   */
  public Value<Integer> lastModifiedTime() {
    return getAtt("LastModifiedTime");
  }

  /**
   * A custom volume tier that defines the rate applied to usage within the given range.
   *
   * <p>Property type {@code AWS::BillingConductor::PricingRule.CustomTier}.
   */
  public static final class CustomTier extends Struct<CustomTier> {
    private static final Schema SCHEMA = Schema.builder("AWS::BillingConductor::PricingRule.CustomTier")
        .required("BeginRangeInclusive", "RateValue")
        .constrain("BeginRangeInclusive", Constraint.of().minimum(0))
        .constrain("EndRangeExclusive", Constraint.of().minimum(0))
        .constrain("RateValue", Constraint.of().minimum(0))
        .build();

    public CustomTier() {
      super(SCHEMA);
    }

    /**
     * The inclusive beginning of the tier's usage range.
     *
     * <p>Required. Range: at least 0. CloudFormation property {@code BeginRangeInclusive}.
     */
    public CustomTier beginRangeInclusive(double value) {
      return set("BeginRangeInclusive", Value.of(value));
    }

    /** Sets {@code BeginRangeInclusive} to this value; see {@link #beginRangeInclusive(double)}. */
    public CustomTier beginRangeInclusive(Value<Double> value) {
      return set("BeginRangeInclusive", value);
    }

    /**
     * The exclusive end of the tier's usage range. Omit for the last tier (infinity).
     *
     * <p>Range: at least 0. CloudFormation property {@code EndRangeExclusive}.
     */
    public CustomTier endRangeExclusive(double value) {
      return set("EndRangeExclusive", Value.of(value));
    }

    /** Sets {@code EndRangeExclusive} to this value; see {@link #endRangeExclusive(double)}. */
    public CustomTier endRangeExclusive(Value<Double> value) {
      return set("EndRangeExclusive", value);
    }

    /**
     * The custom rate applied to usage within the tier's range.
     *
     * <p>Required. Range: at least 0. CloudFormation property {@code RateValue}.
     */
    public CustomTier rateValue(double value) {
      return set("RateValue", Value.of(value));
    }

    /** Sets {@code RateValue} to this value; see {@link #rateValue(double)}. */
    public CustomTier rateValue(Value<Double> value) {
      return set("RateValue", value);
    }
  }

  /**
   * The possible AWS Free Tier configurations.
   *
   * <p>Property type {@code AWS::BillingConductor::PricingRule.FreeTier}.
   */
  public static final class FreeTier extends Struct<FreeTier> {
    private static final Schema SCHEMA = Schema.builder("AWS::BillingConductor::PricingRule.FreeTier")
        .required("Activated")
        .build();

    public FreeTier() {
      super(SCHEMA);
    }

    /**
     * Activate or deactivate AWS Free Tier.
     *
     * <p>Required. CloudFormation property {@code Activated}.
     */
    public FreeTier activated(boolean value) {
      return set("Activated", Value.of(value));
    }

    /** Sets {@code Activated} to this value; see {@link #activated(boolean)}. */
    public FreeTier activated(Value<Boolean> value) {
      return set("Activated", value);
    }
  }

  /**
   * The set of tiering configurations for the pricing rule.
   *
   * <p>Property type {@code AWS::BillingConductor::PricingRule.Tiering}.
   */
  public static final class Tiering extends Struct<Tiering> {
    private static final Schema SCHEMA = Schema.of("AWS::BillingConductor::PricingRule.Tiering");

    public Tiering() {
      super(SCHEMA);
    }

    /**
     * The set of custom volume tiers for a SKU-scoped TIERING pricing rule. Tiers must start at 0,
     * be contiguous, and the last tier must have no end range.
     *
     * <p>CloudFormation property {@code CustomTiers}.
     */
    public Tiering customTiers(List<CustomTier> value) {
      return set("CustomTiers", Value.listOf(value));
    }

    /** Sets {@code CustomTiers} to this value; see {@link #customTiers(List)}. */
    public Tiering customTiers(Value<List<CustomTier>> value) {
      return set("CustomTiers", value);
    }

    /** Sets {@code CustomTiers} to a list of these; see {@link #customTiers(List)}. */
    public Tiering customTiers(CustomTier... values) {
      return set("CustomTiers", Value.list(values));
    }

    /**
     * The possible AWS Free Tier configurations.
     *
     * <p>CloudFormation property {@code FreeTier}.
     */
    public Tiering freeTier(Value<FreeTier> value) {
      return set("FreeTier", value);
    }
  }
}
