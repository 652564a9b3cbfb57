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
 * Creates a custom line item that can be used to create a one-time or recurring, fixed or
 * percentage-based charge that you can apply to a single billing group. You can apply custom line
 * items to the current or previous billing period. You can create either a fee or a discount custom
 * line item.
 *
 * <p>CloudFormation type {@code AWS::BillingConductor::CustomLineItem}.
 */
public final class CustomLineItem extends Resource<CustomLineItem> {
  private static final Schema SCHEMA = Schema.builder("AWS::BillingConductor::CustomLineItem")
      .required("BillingGroupArn", "Name")
      .constrain("AccountId", Constraint.of().pattern("[0-9]{12}"))
      .constrain("BillingGroupArn", Constraint.of().pattern("arn:aws(-cn)?:billingconductor::[0-9]{12}:billinggroup/?[a-zA-Z0-9]{10,12}"))
      .allowed("ComputationRule", "CONSOLIDATED", "ITEMIZED")
      .constrain("Description", Constraint.of().minLength(1).maxLength(255))
      .constrain("Name", Constraint.of().pattern("[a-zA-Z0-9_\\+=\\.\\-@]+").minLength(1).maxLength(128))
      .refYields("Arn")
      .attributes("Arn", "AssociationSize", "CreationTime", "CurrencyCode", "LastModifiedTime",
          "ProductCode")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public CustomLineItem(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The AWS account in which this custom line item will be applied to.
   *
   * <p>Changing it replaces the resource. Pattern: {@code [0-9]{12}}. CloudFormation property
   * {@code AccountId}.
   */
  public CustomLineItem accountId(String value) {
    return set("AccountId", Value.of(value));
  }

  /** Sets {@code AccountId} to this value; see {@link #accountId(String)}. */
  public CustomLineItem accountId(Value<String> value) {
    return set("AccountId", value);
  }

  /**
   * The Amazon Resource Name (ARN) that references the billing group where the custom line item
   * applies to.
   *
   * <p>Required. Changing it replaces the resource. Pattern: {@code
   * arn:aws(-cn)?:billingconductor::[0-9]{12}:billinggroup/?[a-zA-Z0-9]{10,12}}. CloudFormation
   * property {@code BillingGroupArn}.
   */
  public CustomLineItem billingGroupArn(String value) {
    return set("BillingGroupArn", Value.of(value));
  }

  /** Sets {@code BillingGroupArn} to this value; see {@link #billingGroupArn(String)}. */
  public CustomLineItem billingGroupArn(Value<String> value) {
    return set("BillingGroupArn", value);
  }

  /**
   * A time range for which the custom line item is effective.
   *
   * <p>CloudFormation property {@code BillingPeriodRange}.
   */
  public CustomLineItem billingPeriodRange(Value<BillingPeriodRange> value) {
    return set("BillingPeriodRange", value);
  }

  /**
   * The computation rule that determines how the custom line item charges are computed and
   * reflected in the bill.
   *
   * <p>Changing it replaces the resource. Allowed values: {@code CONSOLIDATED}, {@code ITEMIZED}.
   * CloudFormation property {@code ComputationRule}.
   */
  public CustomLineItem computationRule(String value) {
    return set("ComputationRule", Value.of(value));
  }

  /** Sets {@code ComputationRule} to this value; see {@link #computationRule(String)}. */
  public CustomLineItem computationRule(Value<String> value) {
    return set("ComputationRule", value);
  }

  /**
   * The charge details of a custom line item. It should contain only one of <code>Flat</code> or
   * <code>Percentage</code> .
   *
   * <p>CloudFormation property {@code CustomLineItemChargeDetails}.
   */
  public CustomLineItem customLineItemChargeDetails(Value<CustomLineItemChargeDetails> value) {
    return set("CustomLineItemChargeDetails", value);
  }

  /**
   * The custom line item's description. This is shown on the Bills page in association with the
   * charge value.
   *
   * <p>Length: 1 to 255 characters. CloudFormation property {@code Description}.
   */
  public CustomLineItem description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public CustomLineItem description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * The custom line item's name.
   *
   * <p>Required. Length: 1 to 128 characters. Pattern: {@code
   * [a-zA-Z0-9_&#92;+=&#92;.&#92;-&#64;]+}. CloudFormation property {@code Name}.
   */
  public CustomLineItem name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public CustomLineItem name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * Configuration details specifying how the custom line item charges are presented, including
   * which service the charges are shown under.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code PresentationDetails}.
   */
  public CustomLineItem presentationDetails(Value<PresentationDetails> value) {
    return set("PresentationDetails", value);
  }

  /**
   * A map that contains tag keys and tag values that are attached to a custom line item.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public CustomLineItem tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public CustomLineItem tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public CustomLineItem tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The Amazon Resource Name (ARN) that references the billing group where the custom line item
   * applies to.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * The number of resources that are associated to the custom line item.
   *
   * <p>{@code Fn::GetAtt} attribute {@code AssociationSize}.
   */
  public Value<Integer> associationSize() {
    return getAtt("AssociationSize");
  }

  /**
   * The time created.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CreationTime}.
   */
  public Value<Integer> creationTime() {
    return getAtt("CreationTime");
  }

  /**
   * The custom line item's charge value currency. Only one of the valid values can be used.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CurrencyCode}.
   */
  public Value<String> currencyCode() {
    return getAtt("CurrencyCode");
  }

  /**
   * The most recent time the custom line item was modified.
   *
   * <p>{@code Fn::GetAtt} attribute {@code LastModifiedTime}.
   */
  public Value<Integer> lastModifiedTime() {
    return getAtt("LastModifiedTime");
  }

  /**
   * The product code associated with the custom line item.
   *
   * <p>{@code Fn::GetAtt} attribute {@code ProductCode}.
   */
  public Value<String> productCode() {
    return getAtt("ProductCode");
  }

  /**
   * The billing period range in which the custom line item request will be applied.
   *
   * <p>Property type {@code AWS::BillingConductor::CustomLineItem.BillingPeriodRange}.
   */
  public static final class BillingPeriodRange extends Struct<BillingPeriodRange> {
    private static final Schema SCHEMA = Schema.builder("AWS::BillingConductor::CustomLineItem.BillingPeriodRange")
        .constrain("ExclusiveEndBillingPeriod", Constraint.of().pattern("\\d{4}-(0?[1-9]|1[012])"))
        .constrain("InclusiveStartBillingPeriod", Constraint.of().pattern("\\d{4}-(0?[1-9]|1[012])"))
        .build();

    public BillingPeriodRange() {
      super(SCHEMA);
    }

    /**
     * The exclusive end billing period that defines a billing period range where a custom line is
     * applied.
     *
     * <p>Changing it replaces the resource. Pattern: {@code &#92;d{4}-(0?[1-9]|1[012])}.
     * CloudFormation property {@code ExclusiveEndBillingPeriod}.
     */
    public BillingPeriodRange exclusiveEndBillingPeriod(String value) {
      return set("ExclusiveEndBillingPeriod", Value.of(value));
    }

    /**
     * Sets {@code ExclusiveEndBillingPeriod} to this value; see {@link
     * #exclusiveEndBillingPeriod(String)}.
     */
    public BillingPeriodRange exclusiveEndBillingPeriod(Value<String> value) {
      return set("ExclusiveEndBillingPeriod", value);
    }

    /**
     * The inclusive start billing period that defines a billing period range where a custom line is
     * applied.
     *
     * <p>Changing it replaces the resource. Pattern: {@code &#92;d{4}-(0?[1-9]|1[012])}.
     * CloudFormation property {@code InclusiveStartBillingPeriod}.
     */
    public BillingPeriodRange inclusiveStartBillingPeriod(String value) {
      return set("InclusiveStartBillingPeriod", Value.of(value));
    }

    /**
     * Sets {@code InclusiveStartBillingPeriod} to this value; see {@link
     * #inclusiveStartBillingPeriod(String)}.
     */
    public BillingPeriodRange inclusiveStartBillingPeriod(Value<String> value) {
      return set("InclusiveStartBillingPeriod", value);
    }
  }

  /**
   * The charge details of a custom line item. It should contain only one of <code>Flat</code> or
   * <code>Percentage</code> .
   *
   * <p>Property type {@code AWS::BillingConductor::CustomLineItem.CustomLineItemChargeDetails}.
   */
  public static final class CustomLineItemChargeDetails extends Struct<CustomLineItemChargeDetails> {
    private static final Schema SCHEMA = Schema.builder("AWS::BillingConductor::CustomLineItem.CustomLineItemChargeDetails")
        .required("Type")
        .allowed("Type", "FEE", "CREDIT")
        .build();

    public CustomLineItemChargeDetails() {
      super(SCHEMA);
    }

    /**
     * A <code>CustomLineItemFlatChargeDetails</code> that describes the charge details of a flat
     * custom line item.
     *
     * <p>CloudFormation property {@code Flat}.
     */
    public CustomLineItemChargeDetails flat(Value<CustomLineItemFlatChargeDetails> value) {
      return set("Flat", value);
    }

    /**
     * A representation of the line item filter.
     *
     * <p>CloudFormation property {@code LineItemFilters}.
     */
    public CustomLineItemChargeDetails lineItemFilters(List<LineItemFilter> value) {
      return set("LineItemFilters", Value.listOf(value));
    }

    /** Sets {@code LineItemFilters} to this value; see {@link #lineItemFilters(List)}. */
    public CustomLineItemChargeDetails lineItemFilters(Value<List<LineItemFilter>> value) {
      return set("LineItemFilters", value);
    }

    /** Sets {@code LineItemFilters} to a list of these; see {@link #lineItemFilters(List)}. */
    public CustomLineItemChargeDetails lineItemFilters(LineItemFilter... values) {
      return set("LineItemFilters", Value.list(values));
    }

    /**
     * A <code>CustomLineItemPercentageChargeDetails</code> that describes the charge details of a
     * percentage custom line item.
     *
     * <p>CloudFormation property {@code Percentage}.
     */
    public CustomLineItemChargeDetails percentage(Value<CustomLineItemPercentageChargeDetails> value) {
      return set("Percentage", value);
    }

    /**
     * The type of the custom line item that indicates whether the charge is a fee or credit.
     *
     * <p>Required. Changing it replaces the resource. Allowed values: {@code FEE}, {@code CREDIT}.
     * CloudFormation property {@code Type}.
     */
    public CustomLineItemChargeDetails type(String value) {
      return set("Type", Value.of(value));
    }

    /** Sets {@code Type} to this value; see {@link #type(String)}. */
    public CustomLineItemChargeDetails type(Value<String> value) {
      return set("Type", value);
    }
  }

  /**
   * The charge details of a custom line item. It should contain only one of <code>Flat</code> or
   * <code>Percentage</code> .
   *
   * <p>Property type {@code AWS::BillingConductor::CustomLineItem.CustomLineItemFlatChargeDetails}.
   */
  public static final class CustomLineItemFlatChargeDetails extends Struct<CustomLineItemFlatChargeDetails> {
    private static final Schema SCHEMA = Schema.builder("AWS::BillingConductor::CustomLineItem.CustomLineItemFlatChargeDetails")
        .required("ChargeValue")
        .constrain("ChargeValue", Constraint.of().minimum(0).maximum(1000000))
        .build();

    public CustomLineItemFlatChargeDetails() {
      super(SCHEMA);
    }

    /**
     * The custom line item's fixed charge value in USD.
     *
     * <p>Required. Range: 0 to 1000000. CloudFormation property {@code ChargeValue}.
     */
    public CustomLineItemFlatChargeDetails chargeValue(double value) {
      return set("ChargeValue", Value.of(value));
    }

    /** Sets {@code ChargeValue} to this value; see {@link #chargeValue(double)}. */
    public CustomLineItemFlatChargeDetails chargeValue(Value<Double> value) {
      return set("ChargeValue", value);
    }
  }

  /**
   * A representation of the charge details associated with a percentage custom line item.
   *
   * <p>Property type {@code
   * AWS::BillingConductor::CustomLineItem.CustomLineItemPercentageChargeDetails}.
   */
  public static final class CustomLineItemPercentageChargeDetails extends Struct<CustomLineItemPercentageChargeDetails> {
    private static final Schema SCHEMA = Schema.builder("AWS::BillingConductor::CustomLineItem.CustomLineItemPercentageChargeDetails")
        .required("PercentageValue")
        .constrain("ChildAssociatedResources", Constraint.of().pattern("(arn:aws(-cn)?:billingconductor::[0-9]{12}:(customlineitem|billinggroup)/)?[a-zA-Z0-9]{10,12}"))
        .constrain("PercentageValue", Constraint.of().minimum(0).maximum(10000))
        .build();

    public CustomLineItemPercentageChargeDetails() {
      super(SCHEMA);
    }

    /**
     * A list of resource ARNs to associate to the percentage custom line item.
     *
     * <p>Pattern: {@code
     * (arn:aws(-cn)?:billingconductor::[0-9]{12}:(customlineitem|billinggroup)/)?[a-zA-Z0-9]{10,12}}.
     * CloudFormation property {@code ChildAssociatedResources}.
     */
    public CustomLineItemPercentageChargeDetails childAssociatedResources(List<String> value) {
      return set("ChildAssociatedResources", Value.listOf(value));
    }

    /**
     * Sets {@code ChildAssociatedResources} to this value; see {@link
     * #childAssociatedResources(List)}.
     */
    public CustomLineItemPercentageChargeDetails childAssociatedResources(Value<List<String>> value) {
      return set("ChildAssociatedResources", value);
    }

    /**
     * The custom line item's percentage value. This will be multiplied against the combined value
     * of its associated resources to determine its charge value.
     *
     * <p>Required. Range: 0 to 10000. CloudFormation property {@code PercentageValue}.
     */
    public CustomLineItemPercentageChargeDetails percentageValue(double value) {
      return set("PercentageValue", Value.of(value));
    }

    /** Sets {@code PercentageValue} to this value; see {@link #percentageValue(double)}. */
    public CustomLineItemPercentageChargeDetails percentageValue(Value<Double> value) {
      return set("PercentageValue", value);
    }
  }

  /**
   * A representation of the line item filter for your custom line item. You can use line item
   * filters to include or exclude specific resource values from the billing group's total cost. For
   * example, if you create a custom line item and you want to filter out a value, such as Savings
   * Plans discounts, you can update <code>LineItemFilter</code> to exclude it.
   *
   * <p>Property type {@code AWS::BillingConductor::CustomLineItem.LineItemFilter}.
   */
  public static final class LineItemFilter extends Struct<LineItemFilter> {
    private static final Schema SCHEMA = Schema.builder("AWS::BillingConductor::CustomLineItem.LineItemFilter")
        .required("Attribute", "MatchOption")
        .allowed("Attribute", "LINE_ITEM_TYPE", "SERVICE")
        .constrain("AttributeValues", Constraint.of().pattern("^[a-zA-Z0-9]+$").minLength(1).maxLength(256))
        .allowed("MatchOption", "NOT_EQUAL", "EQUAL")
        .allowed("Values", "SAVINGS_PLAN_NEGATION")
        .build();

    public LineItemFilter() {
      super(SCHEMA);
    }

    /**
     * The attribute of the line item filter. This specifies what attribute that you can filter on.
     *
     * <p>Required. Allowed values: {@code LINE_ITEM_TYPE}, {@code SERVICE}. CloudFormation property
     * {@code Attribute}.
     */
    public LineItemFilter attribute(String value) {
      return set("Attribute", Value.of(value));
    }

    /** Sets {@code Attribute} to this value; see {@link #attribute(String)}. */
    public LineItemFilter attribute(Value<String> value) {
      return set("Attribute", value);
    }

    /**
     * The values of the line item filter. This specifies the values to filter on.
     *
     * <p>Length: 1 to 256 characters. Pattern: {@code ^[a-zA-Z0-9]+$}. CloudFormation property
     * {@code AttributeValues}.
     */
    public LineItemFilter attributeValues(List<String> value) {
      return set("AttributeValues", Value.listOf(value));
    }

    /** Sets {@code AttributeValues} to this value; see {@link #attributeValues(List)}. */
    public LineItemFilter attributeValues(Value<List<String>> value) {
      return set("AttributeValues", value);
    }

    /**
     * The match criteria of the line item filter. This parameter specifies whether not to include
     * the resource value from the billing group total cost.
     *
     * <p>Required. Allowed values: {@code NOT_EQUAL}, {@code EQUAL}. CloudFormation property {@code
     * MatchOption}.
     */
    public LineItemFilter matchOption(String value) {
      return set("MatchOption", Value.of(value));
    }

    /** Sets {@code MatchOption} to this value; see {@link #matchOption(String)}. */
    public LineItemFilter matchOption(Value<String> value) {
      return set("MatchOption", value);
    }

    /**
     * The values of the line item filter. This specifies the values to filter on. Currently, you
     * can only exclude Savings Plans discounts.
     *
     * <p>Allowed values: {@code SAVINGS_PLAN_NEGATION}. CloudFormation property {@code Values}.
     */
    public LineItemFilter values(List<String> value) {
      return set("Values", Value.listOf(value));
    }

    /** Sets {@code Values} to this value; see {@link #values(List)}. */
    public LineItemFilter values(Value<List<String>> value) {
      return set("Values", value);
    }
  }

  /**
   * An object that defines how custom line item charges are presented in the bill, containing
   * specifications for service presentation.
   *
   * <p>Property type {@code AWS::BillingConductor::CustomLineItem.PresentationDetails}.
   */
  public static final class PresentationDetails extends Struct<PresentationDetails> {
    private static final Schema SCHEMA = Schema.builder("AWS::BillingConductor::CustomLineItem.PresentationDetails")
        .required("Service")
        .constrain("Service", Constraint.of().pattern("^[a-zA-Z0-9]+$").minLength(1).maxLength(128))
        .build();

    public PresentationDetails() {
      super(SCHEMA);
    }

    /**
     * The service under which the custom line item charges will be presented. Must be a string
     * between 1 and 128 characters matching the pattern <code>^[a-zA-Z0-9]+$</code> .
     *
     * <p>Required. Length: 1 to 128 characters. Pattern: {@code ^[a-zA-Z0-9]+$}. CloudFormation
     * property {@code Service}.
     */
    public PresentationDetails service(String value) {
      return set("Service", Value.of(value));
    }

    /** Sets {@code Service} to this value; see {@link #service(String)}. */
    public PresentationDetails service(Value<String> value) {
      return set("Service", value);
    }
  }
}
