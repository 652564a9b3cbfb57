// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.ce;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * The <code>AWS::CE::CostCategory</code> resource creates groupings of cost that you can use across
 * products in the Billing and Cost Management console, such as Cost Explorer and AWS Budgets. For
 * more information, see <a
 * href="https://docs.aws.amazon.com/awsaccountbilling/latest/aboutv2/manage-cost-categories.html">Managing
 * Your Costs with Cost Categories</a> in the <em>Billing and Cost Management User Guide</em> .
 *
 * <p>CloudFormation type {@code AWS::CE::CostCategory}.
 */
public final class CostCategory extends Resource<CostCategory> {
  private static final Schema SCHEMA = Schema.builder("AWS::CE::CostCategory")
      .required("Name", "RuleVersion", "Rules")
      .constrain("DefaultValue", Constraint.of().minLength(1).maxLength(50))
      .constrain("Name", Constraint.of().minLength(1).maxLength(50))
      .allowed("RuleVersion", "CostCategoryExpression.v1")
      .refYields("Arn")
      .attributes("Arn", "EffectiveStart")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public CostCategory(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The default value for the cost category.
   *
   * <p>Length: 1 to 50 characters. CloudFormation property {@code DefaultValue}.
   */
  public CostCategory defaultValue(String value) {
    return set("DefaultValue", Value.of(value));
  }

  /** Sets {@code DefaultValue} to this value; see {@link #defaultValue(String)}. */
  public CostCategory defaultValue(Value<String> value) {
    return set("DefaultValue", value);
  }

  /**
   * The unique name of the Cost Category.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 50 characters. CloudFormation
   * property {@code Name}.
   */
  public CostCategory name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public CostCategory name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * The rule schema version in this particular Cost Category.
   *
   * <p>Required. Allowed values: {@code CostCategoryExpression.v1}. CloudFormation property {@code
   * RuleVersion}.
   */
  public CostCategory ruleVersion(String value) {
    return set("RuleVersion", Value.of(value));
  }

  /** Sets {@code RuleVersion} to this value; see {@link #ruleVersion(String)}. */
  public CostCategory ruleVersion(Value<String> value) {
    return set("RuleVersion", value);
  }

  /**
   * The array of CostCategoryRule in JSON array format.
   *
   * <p>Rules are processed in order. If there are multiple rules that match the line item, then the
   * first rule to match is used to determine that Cost Category value.
   *
   * <p>Required. CloudFormation property {@code Rules}.
   */
  public CostCategory rules(String value) {
    return set("Rules", Value.of(value));
  }

  /** Sets {@code Rules} to this value; see {@link #rules(String)}. */
  public CostCategory rules(Value<String> value) {
    return set("Rules", value);
  }

  /**
   * The split charge rules that are used to allocate your charges between your cost category
   * values.
   *
   * <p>CloudFormation property {@code SplitChargeRules}.
   */
  public CostCategory splitChargeRules(String value) {
    return set("SplitChargeRules", Value.of(value));
  }

  /** Sets {@code SplitChargeRules} to this value; see {@link #splitChargeRules(String)}. */
  public CostCategory splitChargeRules(Value<String> value) {
    return set("SplitChargeRules", value);
  }

  /**
   * Tags to assign to the cost category.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public CostCategory tags(List<ResourceTag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public CostCategory tags(Value<List<ResourceTag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to a list of these; see {@link #tags(List)}. */
  public CostCategory tags(ResourceTag... values) {
    return set("Tags", Value.list(values));
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public CostCategory tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The unique identifier for your Cost Category.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * The Cost Category's effective start date.
   *
   * <p>{@code Fn::GetAtt} attribute {@code EffectiveStart}.
   */
  public Value<String> effectiveStart() {
    return getAtt("EffectiveStart");
  }

  /**
   * The tag structure that contains a tag key and value.
   *
   * <p>Tagging is supported only for the following Cost Explorer resource types: <a
   * href="https://docs.aws.amazon.com/aws-cost-management/latest/APIReference/API_AnomalyMonitor.html"><code>AnomalyMonitor</code></a>
   * , <a
   * href="https://docs.aws.amazon.com/aws-cost-management/latest/APIReference/API_AnomalySubscription.html"><code>AnomalySubscription</code></a>
   * , <a
   * href="https://docs.aws.amazon.com/aws-cost-management/latest/APIReference/API_CostCategory.html"><code>CostCategory</code></a>
   * .
   *
   * <p>Property type {@code AWS::CE::CostCategory.ResourceTag}.
   */
  public static final class ResourceTag extends Struct<ResourceTag> {
    private static final Schema SCHEMA = Schema.builder("AWS::CE::CostCategory.ResourceTag")
        .required("Key", "Value")
        .constrain("Key", Constraint.of().pattern("^(?!aws:).*$").minLength(1).maxLength(128))
        .constrain("Value", Constraint.of().minLength(0).maxLength(256))
        .build();

    public ResourceTag() {
      super(SCHEMA);
    }

    /**
     * The key that's associated with the tag.
     *
     * <p>Required. Length: 1 to 128 characters. Pattern: {@code ^(?!aws:).*$}. CloudFormation
     * property {@code Key}.
     */
    public ResourceTag key(String value) {
      return set("Key", Value.of(value));
    }

    /** Sets {@code Key} to this value; see {@link #key(String)}. */
    public ResourceTag key(Value<String> value) {
      return set("Key", value);
    }

    /**
     * The value that's associated with the tag.
     *
     * <p>Required. Length: 0 to 256 characters. CloudFormation property {@code Value}.
     */
    public ResourceTag value(String value) {
      return set("Value", Value.of(value));
    }

    /** Sets {@code Value} to this value; see {@link #value(String)}. */
    public ResourceTag value(Value<String> value) {
      return set("Value", value);
    }
  }
}
