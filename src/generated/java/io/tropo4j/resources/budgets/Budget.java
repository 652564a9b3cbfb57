// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.budgets;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.fn.Json;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * The <code>AWS::Budgets::Budget</code> resource allows customers to take pre-defined actions that
 * will trigger once a budget threshold has been exceeded. creates, replaces, or deletes budgets for
 * Billing and Cost Management. For more information, see <a
 * href="https://docs.aws.amazon.com/awsaccountbilling/latest/aboutv2/budgets-managing-costs.html">Managing
 * Your Costs with Budgets</a> in the <em>Billing and Cost Management User Guide</em> .
 *
 * <p>CloudFormation type {@code AWS::Budgets::Budget}.
 */
public final class Budget extends Resource<Budget> {
  private static final Schema SCHEMA = Schema.builder("AWS::Budgets::Budget")
      .required("Budget")
      .refYields("Id")
      .attributes("Id")
      .build();

  public Budget(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The budget object that you want to create.
   *
   * <p>Required. CloudFormation property {@code Budget}.
   */
  public Budget budget(Value<BudgetData> value) {
    return set("Budget", value);
  }

  /**
   * A notification that you want to associate with a budget. A budget can have up to five
   * notifications, and each notification can have one SNS subscriber and up to 10 email
   * subscribers. If you include notifications and subscribers in your <code>CreateBudget</code>
   * call, AWS creates the notifications and subscribers for you.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code
   * NotificationsWithSubscribers}.
   */
  public Budget notificationsWithSubscribers(List<NotificationWithSubscribers> value) {
    return set("NotificationsWithSubscribers", Value.listOf(value));
  }

  /**
   * Sets {@code NotificationsWithSubscribers} to this value; see {@link
   * #notificationsWithSubscribers(List)}.
   */
  public Budget notificationsWithSubscribers(Value<List<NotificationWithSubscribers>> value) {
    return set("NotificationsWithSubscribers", value);
  }

  /**
   * Sets {@code NotificationsWithSubscribers} to a list of these; see {@link
   * #notificationsWithSubscribers(List)}.
   */
  public Budget notificationsWithSubscribers(NotificationWithSubscribers... values) {
    return set("NotificationsWithSubscribers", Value.list(values));
  }

  /**
   * An optional list of tags to associate with the specified budget. Each tag consists of a key and
   * a value, and each key must be unique for the resource.
   *
   * <p>CloudFormation property {@code ResourceTags}.
   */
  public Budget resourceTags(List<ResourceTag> value) {
    return set("ResourceTags", Value.listOf(value));
  }

  /** Sets {@code ResourceTags} to this value; see {@link #resourceTags(List)}. */
  public Budget resourceTags(Value<List<ResourceTag>> value) {
    return set("ResourceTags", value);
  }

  /** Sets {@code ResourceTags} to a list of these; see {@link #resourceTags(List)}. */
  public Budget resourceTags(ResourceTag... values) {
    return set("ResourceTags", Value.list(values));
  }

  /** {@code Fn::GetAtt} attribute {@code Id}. */
  public Value<String> id() {
    return getAtt("Id");
  }

  /**
   * Determine the budget amount for an auto-adjusting budget.
   *
   * <p>Property type {@code AWS::Budgets::Budget.AutoAdjustData}.
   */
  public static final class AutoAdjustData extends Struct<AutoAdjustData> {
    private static final Schema SCHEMA = Schema.builder("AWS::Budgets::Budget.AutoAdjustData")
        .required("AutoAdjustType")
        .build();

    public AutoAdjustData() {
      super(SCHEMA);
    }

    /**
     * The string that defines whether your budget auto-adjusts based on historical or forecasted
     * data.
     *
     * <p>Required. CloudFormation property {@code AutoAdjustType}.
     */
    public AutoAdjustData autoAdjustType(String value) {
      return set("AutoAdjustType", Value.of(value));
    }

    /** Sets {@code AutoAdjustType} to this value; see {@link #autoAdjustType(String)}. */
    public AutoAdjustData autoAdjustType(Value<String> value) {
      return set("AutoAdjustType", value);
    }

    /**
     * The parameters that define or describe the historical data that your auto-adjusting budget is
     * based on.
     *
     * <p>CloudFormation property {@code HistoricalOptions}.
     */
    public AutoAdjustData historicalOptions(Value<HistoricalOptions> value) {
      return set("HistoricalOptions", value);
    }
  }

  /**
   * Represents the output of the <code>CreateBudget</code> operation. The content consists of the
   * detailed metadata and data file information, and the current status of the <code>budget</code>
   * object.
   *
   * <p>This is the Amazon Resource Name (ARN) pattern for a budget:
   *
   * <p><code>arn:aws:budgets::AccountId:budget/budgetName</code>
   *
   * <p>Property type {@code AWS::Budgets::Budget.BudgetData}.
   */
  public static final class BudgetData extends Struct<BudgetData> {
    private static final Schema SCHEMA = Schema.builder("AWS::Budgets::Budget.BudgetData")
        .required("BudgetType", "TimeUnit")
        .constrain("CostFilters", Constraint.of().format("json"))
        .constrain("PlannedBudgetLimits", Constraint.of().format("json"))
        .build();

    public BudgetData() {
      super(SCHEMA);
    }

    /**
     * Determine the budget amount for an auto-adjusting budget.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code AutoAdjustData}.
     */
    public BudgetData autoAdjustData(Value<AutoAdjustData> value) {
      return set("AutoAdjustData", value);
    }

    /** CloudFormation property {@code BillingViewArn}. */
    public BudgetData billingViewArn(String value) {
      return set("BillingViewArn", Value.of(value));
    }

    /** Sets {@code BillingViewArn} to this value; see {@link #billingViewArn(String)}. */
    public BudgetData billingViewArn(Value<String> value) {
      return set("BillingViewArn", value);
    }

    /**
     * The total amount of cost, usage, RI utilization, RI coverage, Savings Plans utilization, or
     * Savings Plans coverage that you want to track with your budget.
     *
     * <p><code>BudgetLimit</code> is required for cost or usage budgets, but optional for RI or
     * Savings Plans utilization or coverage budgets. RI and Savings Plans utilization or coverage
     * budgets default to <code>100</code> . This is the only valid value for RI or Savings Plans
     * utilization or coverage budgets. You can't use <code>BudgetLimit</code> with
     * <code>PlannedBudgetLimits</code> for <code>CreateBudget</code> and <code>UpdateBudget</code>
     * actions.
     *
     * <p>CloudFormation property {@code BudgetLimit}.
     */
    public BudgetData budgetLimit(Value<Spend> value) {
      return set("BudgetLimit", value);
    }

    /**
     * The name of a budget. The value must be unique within an account. <code>BudgetName</code>
     * can't include <code>:</code> and <code>&#92;</code> characters. If you don't include value
     * for <code>BudgetName</code> in the template, Billing and Cost Management assigns your budget
     * a randomly generated name.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code BudgetName}.
     */
    public BudgetData budgetName(String value) {
      return set("BudgetName", Value.of(value));
    }

    /** Sets {@code BudgetName} to this value; see {@link #budgetName(String)}. */
    public BudgetData budgetName(Value<String> value) {
      return set("BudgetName", value);
    }

    /**
     * Specifies whether this budget tracks costs, usage, RI utilization, RI coverage, Savings Plans
     * utilization, or Savings Plans coverage.
     *
     * <p>Required. CloudFormation property {@code BudgetType}.
     */
    public BudgetData budgetType(String value) {
      return set("BudgetType", Value.of(value));
    }

    /** Sets {@code BudgetType} to this value; see {@link #budgetType(String)}. */
    public BudgetData budgetType(Value<String> value) {
      return set("BudgetType", value);
    }

    /**
     * The cost filters, such as <code>Region</code> , <code>Service</code> ,
     * <code>LinkedAccount</code> , <code>Tag</code> , or <code>CostCategory</code> , that are
     * applied to a budget.
     *
     * <p>AWS Budgets supports the following services as a <code>Service</code> filter for RI
     * budgets:
     *
     * <ul> <li>Amazon EC2 <li>Amazon Redshift <li>Amazon Relational Database Service <li>Amazon
     * ElastiCache <li>Amazon OpenSearch Service </ul>
     *
     * <p>Format: {@code json}. CloudFormation property {@code CostFilters}.
     */
    public BudgetData costFilters(Value<Json> value) {
      return set("CostFilters", value);
    }

    /**
     * The types of costs that are included in this <code>COST</code> budget.
     *
     * <p><code>USAGE</code> , <code>RI_UTILIZATION</code> , <code>RI_COVERAGE</code> ,
     * <code>SAVINGS_PLANS_UTILIZATION</code> , and <code>SAVINGS_PLANS_COVERAGE</code> budgets do
     * not have <code>CostTypes</code> .
     *
     * <p>CloudFormation property {@code CostTypes}.
     */
    public BudgetData costTypes(Value<CostTypes> value) {
      return set("CostTypes", value);
    }

    /** CloudFormation property {@code FilterExpression}. */
    public BudgetData filterExpression(Value<Expression> value) {
      return set("FilterExpression", value);
    }

    /** CloudFormation property {@code Metrics}. */
    public BudgetData metrics(List<String> value) {
      return set("Metrics", Value.listOf(value));
    }

    /** Sets {@code Metrics} to this value; see {@link #metrics(List)}. */
    public BudgetData metrics(Value<List<String>> value) {
      return set("Metrics", value);
    }

    /**
     * A map containing multiple <code>BudgetLimit</code> , including current or future limits.
     *
     * <p><code>PlannedBudgetLimits</code> is available for cost or usage budget and supports both
     * monthly and quarterly <code>TimeUnit</code> .
     *
     * <p>For monthly budgets, provide 12 months of <code>PlannedBudgetLimits</code> values. This
     * must start from the current month and include the next 11 months. The <code>key</code> is the
     * start of the month, <code>UTC</code> in epoch seconds.
     *
     * <p>For quarterly budgets, provide four quarters of <code>PlannedBudgetLimits</code> value
     * entries in standard calendar quarter increments. This must start from the current quarter and
     * include the next three quarters. The <code>key</code> is the start of the quarter,
     * <code>UTC</code> in epoch seconds.
     *
     * <p>If the planned budget expires before 12 months for monthly or four quarters for quarterly,
     * provide the <code>PlannedBudgetLimits</code> values only for the remaining periods.
     *
     * <p>If the budget begins at a date in the future, provide <code>PlannedBudgetLimits</code>
     * values from the start date of the budget.
     *
     * <p>After all of the <code>BudgetLimit</code> values in <code>PlannedBudgetLimits</code> are
     * used, the budget continues to use the last limit as the <code>BudgetLimit</code> . At that
     * point, the planned budget provides the same experience as a fixed budget.
     *
     * <p><code>DescribeBudget</code> and <code>DescribeBudgets</code> response along with
     * <code>PlannedBudgetLimits</code> also contain <code>BudgetLimit</code> representing the
     * current month or quarter limit present in <code>PlannedBudgetLimits</code> . This only
     * applies to budgets that are created with <code>PlannedBudgetLimits</code> . Budgets that are
     * created without <code>PlannedBudgetLimits</code> only contain <code>BudgetLimit</code> . They
     * don't contain <code>PlannedBudgetLimits</code> .
     *
     * <p>Changing it replaces the resource. Format: {@code json}. CloudFormation property {@code
     * PlannedBudgetLimits}.
     */
    public BudgetData plannedBudgetLimits(Value<Json> value) {
      return set("PlannedBudgetLimits", value);
    }

    /**
     * The period of time that is covered by a budget. The period has a start date and an end date.
     * The start date must come before the end date. There are no restrictions on the end date.
     *
     * <p>The start date for a budget. If you created your budget and didn't specify a start date,
     * the start date defaults to the start of the chosen time period (MONTHLY, QUARTERLY, or
     * ANNUALLY). For example, if you create your budget on January 24, 2019, choose
     * <code>MONTHLY</code> , and don't set a start date, the start date defaults to <code>01/01/19
     * 00:00 UTC</code> . The defaults are the same for the Billing and Cost Management console and
     * the API.
     *
     * <p>You can change your start date with the <code>UpdateBudget</code> operation.
     *
     * <p>After the end date, AWS deletes the budget and all associated notifications and
     * subscribers.
     *
     * <p>CloudFormation property {@code TimePeriod}.
     */
    public BudgetData timePeriod(Value<TimePeriod> value) {
      return set("TimePeriod", value);
    }

    /**
     * The length of time until a budget resets the actual and forecasted spend. <code>DAILY</code>
     * is available only for <code>RI_UTILIZATION</code> and <code>RI_COVERAGE</code> budgets.
     *
     * <p>Required. CloudFormation property {@code TimeUnit}.
     */
    public BudgetData timeUnit(String value) {
      return set("TimeUnit", Value.of(value));
    }

    /** Sets {@code TimeUnit} to this value; see {@link #timeUnit(String)}. */
    public BudgetData timeUnit(Value<String> value) {
      return set("TimeUnit", value);
    }
  }

  /**
   * The cost category values used for filtering the costs.
   *
   * <p>Property type {@code AWS::Budgets::Budget.CostCategoryValues}.
   */
  public static final class CostCategoryValues extends Struct<CostCategoryValues> {
    private static final Schema SCHEMA = Schema.of("AWS::Budgets::Budget.CostCategoryValues");

    public CostCategoryValues() {
      super(SCHEMA);
    }

    /**
     * The unique name of the cost category.
     *
     * <p>CloudFormation property {@code Key}.
     */
    public CostCategoryValues key(String value) {
      return set("Key", Value.of(value));
    }

    /** Sets {@code Key} to this value; see {@link #key(String)}. */
    public CostCategoryValues key(Value<String> value) {
      return set("Key", value);
    }

    /**
     * The match options that you can use to filter your results.
     *
     * <p>CloudFormation property {@code MatchOptions}.
     */
    public CostCategoryValues matchOptions(List<String> value) {
      return set("MatchOptions", Value.listOf(value));
    }

    /** Sets {@code MatchOptions} to this value; see {@link #matchOptions(List)}. */
    public CostCategoryValues matchOptions(Value<List<String>> value) {
      return set("MatchOptions", value);
    }

    /**
     * The specific value of the cost category.
     *
     * <p>CloudFormation property {@code Values}.
     */
    public CostCategoryValues values(List<String> value) {
      return set("Values", Value.listOf(value));
    }

    /** Sets {@code Values} to this value; see {@link #values(List)}. */
    public CostCategoryValues values(Value<List<String>> value) {
      return set("Values", value);
    }
  }

  /**
   * The types of cost that are included in a <code>COST</code> budget, such as tax and
   * subscriptions.
   *
   * <p><code>USAGE</code> , <code>RI_UTILIZATION</code> , <code>RI_COVERAGE</code> ,
   * <code>SAVINGS_PLANS_UTILIZATION</code> , and <code>SAVINGS_PLANS_COVERAGE</code> budgets don't
   * have <code>CostTypes</code> .
   *
   * <p>Property type {@code AWS::Budgets::Budget.CostTypes}.
   */
  public static final class CostTypes extends Struct<CostTypes> {
    private static final Schema SCHEMA = Schema.of("AWS::Budgets::Budget.CostTypes");

    public CostTypes() {
      super(SCHEMA);
    }

    /**
     * Specifies whether a budget includes credits.
     *
     * <p>The default value is <code>true</code> .
     *
     * <p>CloudFormation property {@code IncludeCredit}.
     */
    public CostTypes includeCredit(boolean value) {
      return set("IncludeCredit", Value.of(value));
    }

    /** Sets {@code IncludeCredit} to this value; see {@link #includeCredit(boolean)}. */
    public CostTypes includeCredit(Value<Boolean> value) {
      return set("IncludeCredit", value);
    }

    /**
     * Specifies whether a budget includes discounts.
     *
     * <p>The default value is <code>true</code> .
     *
     * <p>CloudFormation property {@code IncludeDiscount}.
     */
    public CostTypes includeDiscount(boolean value) {
      return set("IncludeDiscount", Value.of(value));
    }

    /** Sets {@code IncludeDiscount} to this value; see {@link #includeDiscount(boolean)}. */
    public CostTypes includeDiscount(Value<Boolean> value) {
      return set("IncludeDiscount", value);
    }

    /**
     * Specifies whether a budget includes non-RI subscription costs.
     *
     * <p>The default value is <code>true</code> .
     *
     * <p>CloudFormation property {@code IncludeOtherSubscription}.
     */
    public CostTypes includeOtherSubscription(boolean value) {
      return set("IncludeOtherSubscription", Value.of(value));
    }

    /**
     * Sets {@code IncludeOtherSubscription} to this value; see {@link
     * #includeOtherSubscription(boolean)}.
     */
    public CostTypes includeOtherSubscription(Value<Boolean> value) {
      return set("IncludeOtherSubscription", value);
    }

    /**
     * Specifies whether a budget includes recurring fees such as monthly RI fees.
     *
     * <p>The default value is <code>true</code> .
     *
     * <p>CloudFormation property {@code IncludeRecurring}.
     */
    public CostTypes includeRecurring(boolean value) {
      return set("IncludeRecurring", Value.of(value));
    }

    /** Sets {@code IncludeRecurring} to this value; see {@link #includeRecurring(boolean)}. */
    public CostTypes includeRecurring(Value<Boolean> value) {
      return set("IncludeRecurring", value);
    }

    /**
     * Specifies whether a budget includes refunds.
     *
     * <p>The default value is <code>true</code> .
     *
     * <p>CloudFormation property {@code IncludeRefund}.
     */
    public CostTypes includeRefund(boolean value) {
      return set("IncludeRefund", Value.of(value));
    }

    /** Sets {@code IncludeRefund} to this value; see {@link #includeRefund(boolean)}. */
    public CostTypes includeRefund(Value<Boolean> value) {
      return set("IncludeRefund", value);
    }

    /**
     * Specifies whether a budget includes subscriptions.
     *
     * <p>The default value is <code>true</code> .
     *
     * <p>CloudFormation property {@code IncludeSubscription}.
     */
    public CostTypes includeSubscription(boolean value) {
      return set("IncludeSubscription", Value.of(value));
    }

    /**
     * Sets {@code IncludeSubscription} to this value; see {@link #includeSubscription(boolean)}.
     */
    public CostTypes includeSubscription(Value<Boolean> value) {
      return set("IncludeSubscription", value);
    }

    /**
     * Specifies whether a budget includes support subscription fees.
     *
     * <p>The default value is <code>true</code> .
     *
     * <p>CloudFormation property {@code IncludeSupport}.
     */
    public CostTypes includeSupport(boolean value) {
      return set("IncludeSupport", Value.of(value));
    }

    /** Sets {@code IncludeSupport} to this value; see {@link #includeSupport(boolean)}. */
    public CostTypes includeSupport(Value<Boolean> value) {
      return set("IncludeSupport", value);
    }

    /**
     * Specifies whether a budget includes taxes.
     *
     * <p>The default value is <code>true</code> .
     *
     * <p>CloudFormation property {@code IncludeTax}.
     */
    public CostTypes includeTax(boolean value) {
      return set("IncludeTax", Value.of(value));
    }

    /** Sets {@code IncludeTax} to this value; see {@link #includeTax(boolean)}. */
    public CostTypes includeTax(Value<Boolean> value) {
      return set("IncludeTax", value);
    }

    /**
     * Specifies whether a budget includes upfront RI costs.
     *
     * <p>The default value is <code>true</code> .
     *
     * <p>CloudFormation property {@code IncludeUpfront}.
     */
    public CostTypes includeUpfront(boolean value) {
      return set("IncludeUpfront", Value.of(value));
    }

    /** Sets {@code IncludeUpfront} to this value; see {@link #includeUpfront(boolean)}. */
    public CostTypes includeUpfront(Value<Boolean> value) {
      return set("IncludeUpfront", value);
    }

    /**
     * Specifies whether a budget uses the amortized rate.
     *
     * <p>The default value is <code>false</code> .
     *
     * <p>CloudFormation property {@code UseAmortized}.
     */
    public CostTypes useAmortized(boolean value) {
      return set("UseAmortized", Value.of(value));
    }

    /** Sets {@code UseAmortized} to this value; see {@link #useAmortized(boolean)}. */
    public CostTypes useAmortized(Value<Boolean> value) {
      return set("UseAmortized", value);
    }

    /**
     * Specifies whether a budget uses a blended rate.
     *
     * <p>The default value is <code>false</code> .
     *
     * <p>CloudFormation property {@code UseBlended}.
     */
    public CostTypes useBlended(boolean value) {
      return set("UseBlended", Value.of(value));
    }

    /** Sets {@code UseBlended} to this value; see {@link #useBlended(boolean)}. */
    public CostTypes useBlended(Value<Boolean> value) {
      return set("UseBlended", value);
    }
  }

  /**
   * Use Expression to filter in various Budgets APIs.
   *
   * <p>Property type {@code AWS::Budgets::Budget.Expression}.
   */
  public static final class Expression extends Struct<Expression> {
    private static final Schema SCHEMA = Schema.of("AWS::Budgets::Budget.Expression");

    public Expression() {
      super(SCHEMA);
    }

    /**
     * Return results that match both Dimension objects.
     *
     * <p>CloudFormation property {@code And}.
     */
    public Expression and(List<Expression> value) {
      return set("And", Value.listOf(value));
    }

    /** Sets {@code And} to this value; see {@link #and(List)}. */
    public Expression and(Value<List<Expression>> value) {
      return set("And", value);
    }

    /** Sets {@code And} to a list of these; see {@link #and(List)}. */
    public Expression and(Expression... values) {
      return set("And", Value.list(values));
    }

    /**
     * The filter that's based on CostCategoryValues.
     *
     * <p>CloudFormation property {@code CostCategories}.
     */
    public Expression costCategories(Value<CostCategoryValues> value) {
      return set("CostCategories", value);
    }

    /**
     * The specific Dimension to use for Expression.
     *
     * <p>CloudFormation property {@code Dimensions}.
     */
    public Expression dimensions(Value<ExpressionDimensionValues> value) {
      return set("Dimensions", value);
    }

    /**
     * Return results that don't match a Dimension object.
     *
     * <p>CloudFormation property {@code Not}.
     */
    public Expression not(Value<Expression> value) {
      return set("Not", value);
    }

    /**
     * Return results that match either Dimension object.
     *
     * <p>CloudFormation property {@code Or}.
     */
    public Expression or(List<Expression> value) {
      return set("Or", Value.listOf(value));
    }

    /** Sets {@code Or} to this value; see {@link #or(List)}. */
    public Expression or(Value<List<Expression>> value) {
      return set("Or", value);
    }

    /** Sets {@code Or} to a list of these; see {@link #or(List)}. */
    public Expression or(Expression... values) {
      return set("Or", Value.list(values));
    }

    /**
     * The specific Tag to use for Expression.
     *
     * <p>CloudFormation property {@code Tags}.
     */
    public Expression tags(Value<TagValues> value) {
      return set("Tags", value);
    }
  }

  /**
   * Contains the specifications for the filters to use for your request.
   *
   * <p>Property type {@code AWS::Budgets::Budget.ExpressionDimensionValues}.
   */
  public static final class ExpressionDimensionValues extends Struct<ExpressionDimensionValues> {
    private static final Schema SCHEMA = Schema.of("AWS::Budgets::Budget.ExpressionDimensionValues");

    public ExpressionDimensionValues() {
      super(SCHEMA);
    }

    /**
     * The name of the dimension that you want to filter on.
     *
     * <p>CloudFormation property {@code Key}.
     */
    public ExpressionDimensionValues key(String value) {
      return set("Key", Value.of(value));
    }

    /** Sets {@code Key} to this value; see {@link #key(String)}. */
    public ExpressionDimensionValues key(Value<String> value) {
      return set("Key", value);
    }

    /**
     * The match options that you can use to filter your results. You can specify only one of these
     * values in the array.
     *
     * <p>CloudFormation property {@code MatchOptions}.
     */
    public ExpressionDimensionValues matchOptions(List<String> value) {
      return set("MatchOptions", Value.listOf(value));
    }

    /** Sets {@code MatchOptions} to this value; see {@link #matchOptions(List)}. */
    public ExpressionDimensionValues matchOptions(Value<List<String>> value) {
      return set("MatchOptions", value);
    }

    /**
     * The metadata values you can specify to filter upon, so that the results all match at least
     * one of the specified values.
     *
     * <p>CloudFormation property {@code Values}.
     */
    public ExpressionDimensionValues values(List<String> value) {
      return set("Values", Value.listOf(value));
    }

    /** Sets {@code Values} to this value; see {@link #values(List)}. */
    public ExpressionDimensionValues values(Value<List<String>> value) {
      return set("Values", value);
    }
  }

  /**
   * The parameters that define or describe the historical data that your auto-adjusting budget is
   * based on.
   *
   * <p>Property type {@code AWS::Budgets::Budget.HistoricalOptions}.
   */
  public static final class HistoricalOptions extends Struct<HistoricalOptions> {
    private static final Schema SCHEMA = Schema.builder("AWS::Budgets::Budget.HistoricalOptions")
        .required("BudgetAdjustmentPeriod")
        .build();

    public HistoricalOptions() {
      super(SCHEMA);
    }

    /**
     * The number of budget periods included in the moving-average calculation that determines your
     * auto-adjusted budget amount. The maximum value depends on the <code>TimeUnit</code>
     * granularity of the budget:
     *
     * <ul> <li>For the <code>DAILY</code> granularity, the maximum value is <code>60</code> .
     * <li>For the <code>MONTHLY</code> granularity, the maximum value is <code>12</code> . <li>For
     * the <code>QUARTERLY</code> granularity, the maximum value is <code>4</code> . <li>For the
     * <code>ANNUALLY</code> granularity, the maximum value is <code>1</code> . </ul>
     *
     * <p>Required. CloudFormation property {@code BudgetAdjustmentPeriod}.
     */
    public HistoricalOptions budgetAdjustmentPeriod(int value) {
      return set("BudgetAdjustmentPeriod", Value.of(value));
    }

    /**
     * Sets {@code BudgetAdjustmentPeriod} to this value; see {@link #budgetAdjustmentPeriod(int)}.
     */
    public HistoricalOptions budgetAdjustmentPeriod(Value<Integer> value) {
      return set("BudgetAdjustmentPeriod", value);
    }
  }

  /**
   * A notification that's associated with a budget. A budget can have up to ten notifications.
   *
   * <p>Each notification must have at least one subscriber. A notification can have one SNS
   * subscriber and up to 10 email subscribers, for a total of 11 subscribers.
   *
   * <p>For example, if you have a budget for 200 dollars and you want to be notified when you go
   * over 160 dollars, create a notification with the following parameters:
   *
   * <ul> <li>A notificationType of <code>ACTUAL</code> <li>A <code>thresholdType</code> of
   * <code>PERCENTAGE</code> <li>A <code>comparisonOperator</code> of <code>GREATER_THAN</code>
   * <li>A notification <code>threshold</code> of <code>80</code> </ul>
   *
   * <p>Property type {@code AWS::Budgets::Budget.Notification}.
   */
  public static final class Notification extends Struct<Notification> {
    private static final Schema SCHEMA = Schema.builder("AWS::Budgets::Budget.Notification")
        .required("ComparisonOperator", "NotificationType", "Threshold")
        .constrain("Threshold", Constraint.of().minimum(0.1).maximum(1000000000))
        .build();

    public Notification() {
      super(SCHEMA);
    }

    /**
     * The comparison that's used for this notification.
     *
     * <p>Required. CloudFormation property {@code ComparisonOperator}.
     */
    public Notification comparisonOperator(String value) {
      return set("ComparisonOperator", Value.of(value));
    }

    /** Sets {@code ComparisonOperator} to this value; see {@link #comparisonOperator(String)}. */
    public Notification comparisonOperator(Value<String> value) {
      return set("ComparisonOperator", value);
    }

    /**
     * Specifies whether the notification is for how much you have spent ( <code>ACTUAL</code> ) or
     * for how much that you're forecasted to spend ( <code>FORECASTED</code> ).
     *
     * <p>Required. CloudFormation property {@code NotificationType}.
     */
    public Notification notificationType(String value) {
      return set("NotificationType", Value.of(value));
    }

    /** Sets {@code NotificationType} to this value; see {@link #notificationType(String)}. */
    public Notification notificationType(Value<String> value) {
      return set("NotificationType", value);
    }

    /**
     * The threshold that's associated with a notification. Thresholds are always a percentage, and
     * many customers find value being alerted between 50% - 200% of the budgeted amount. The
     * maximum limit for your threshold is 1,000,000% above the budgeted amount.
     *
     * <p>Required. Range: 0.1 to 1000000000. CloudFormation property {@code Threshold}.
     */
    public Notification threshold(double value) {
      return set("Threshold", Value.of(value));
    }

    /** Sets {@code Threshold} to this value; see {@link #threshold(double)}. */
    public Notification threshold(Value<Double> value) {
      return set("Threshold", value);
    }

    /**
     * The type of threshold for a notification. For <code>ABSOLUTE_VALUE</code> thresholds, AWS
     * notifies you when you go over or are forecasted to go over your total cost threshold. For
     * <code>PERCENTAGE</code> thresholds, AWS notifies you when you go over or are forecasted to go
     * over a certain percentage of your forecasted spend. For example, if you have a budget for 200
     * dollars and you have a <code>PERCENTAGE</code> threshold of 80%, AWS notifies you when you go
     * over 160 dollars.
     *
     * <p>CloudFormation property {@code ThresholdType}.
     */
    public Notification thresholdType(String value) {
      return set("ThresholdType", Value.of(value));
    }

    /** Sets {@code ThresholdType} to this value; see {@link #thresholdType(String)}. */
    public Notification thresholdType(Value<String> value) {
      return set("ThresholdType", value);
    }
  }

  /**
   * A notification with subscribers. A notification can have one SNS subscriber and up to 10 email
   * subscribers, for a total of 11 subscribers.
   *
   * <p>Property type {@code AWS::Budgets::Budget.NotificationWithSubscribers}.
   */
  public static final class NotificationWithSubscribers extends Struct<NotificationWithSubscribers> {
    private static final Schema SCHEMA = Schema.builder("AWS::Budgets::Budget.NotificationWithSubscribers")
        .required("Notification", "Subscribers")
        .build();

    public NotificationWithSubscribers() {
      super(SCHEMA);
    }

    /**
     * The notification that's associated with a budget.
     *
     * <p>Required. CloudFormation property {@code Notification}.
     */
    public NotificationWithSubscribers notification(Value<Notification> value) {
      return set("Notification", value);
    }

    /**
     * A list of subscribers who are subscribed to this notification.
     *
     * <p>Required. CloudFormation property {@code Subscribers}.
     */
    public NotificationWithSubscribers subscribers(List<Subscriber> value) {
      return set("Subscribers", Value.listOf(value));
    }

    /** Sets {@code Subscribers} to this value; see {@link #subscribers(List)}. */
    public NotificationWithSubscribers subscribers(Value<List<Subscriber>> value) {
      return set("Subscribers", value);
    }

    /** Sets {@code Subscribers} to a list of these; see {@link #subscribers(List)}. */
    public NotificationWithSubscribers subscribers(Subscriber... values) {
      return set("Subscribers", Value.list(values));
    }
  }

  /**
   * The tag structure that contains a tag key and value.
   *
   * <p>Property type {@code AWS::Budgets::Budget.ResourceTag}.
   */
  public static final class ResourceTag extends Struct<ResourceTag> {
    private static final Schema SCHEMA = Schema.builder("AWS::Budgets::Budget.ResourceTag")
        .required("Key")
        .build();

    public ResourceTag() {
      super(SCHEMA);
    }

    /**
     * The key that's associated with the tag.
     *
     * <p>Required. CloudFormation property {@code Key}.
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
     * <p>CloudFormation property {@code Value}.
     */
    public ResourceTag value(String value) {
      return set("Value", Value.of(value));
    }

    /** Sets {@code Value} to this value; see {@link #value(String)}. */
    public ResourceTag value(Value<String> value) {
      return set("Value", value);
    }
  }

  /**
   * The amount of cost or usage that's measured for a budget.
   *
   * <p><em>Cost example:</em> A <code>Spend</code> for <code>3 USD</code> of costs has the
   * following parameters:
   *
   * <ul> <li>An <code>Amount</code> of <code>3</code> <li>A <code>Unit</code> of <code>USD</code>
   * </ul>
   *
   * <p><em>Usage example:</em> A <code>Spend</code> for <code>3 GB</code> of S3 usage has the
   * following parameters:
   *
   * <ul> <li>An <code>Amount</code> of <code>3</code> <li>A <code>Unit</code> of <code>GB</code>
   * </ul>
   *
   * <p>Property type {@code AWS::Budgets::Budget.Spend}.
   */
  public static final class Spend extends Struct<Spend> {
    private static final Schema SCHEMA = Schema.builder("AWS::Budgets::Budget.Spend")
        .required("Amount", "Unit")
        .build();

    public Spend() {
      super(SCHEMA);
    }

    /**
     * The cost or usage amount that's associated with a budget forecast, actual spend, or budget
     * threshold.
     *
     * <p>Required. CloudFormation property {@code Amount}.
     */
    public Spend amount(double value) {
      return set("Amount", Value.of(value));
    }

    /** Sets {@code Amount} to this value; see {@link #amount(double)}. */
    public Spend amount(Value<Double> value) {
      return set("Amount", value);
    }

    /**
     * The unit of measurement that's used for the budget forecast, actual spend, or budget
     * threshold.
     *
     * <p>Required. CloudFormation property {@code Unit}.
     */
    public Spend unit(String value) {
      return set("Unit", Value.of(value));
    }

    /** Sets {@code Unit} to this value; see {@link #unit(String)}. */
    public Spend unit(Value<String> value) {
      return set("Unit", value);
    }
  }

  /**
   * The <code>Subscriber</code> property type specifies who to notify for a Billing and Cost
   * Management budget notification. The subscriber consists of a subscription type, and either an
   * Amazon SNS topic or an email address.
   *
   * <p>For example, an email subscriber would have the following parameters:
   *
   * <ul> <li>A <code>subscriptionType</code> of <code>EMAIL</code> <li>An <code>address</code> of
   * <code>example&#64;example.com</code> </ul>
   *
   * <p>Property type {@code AWS::Budgets::Budget.Subscriber}.
   */
  public static final class Subscriber extends Struct<Subscriber> {
    private static final Schema SCHEMA = Schema.builder("AWS::Budgets::Budget.Subscriber")
        .required("Address", "SubscriptionType")
        .build();

    public Subscriber() {
      super(SCHEMA);
    }

    /**
     * The address that AWS sends budget notifications to, either an SNS topic or an email.
     *
     * <p>When you create a subscriber, the value of <code>Address</code> can't contain line breaks.
     *
     * <p>Required. CloudFormation property {@code Address}.
     */
    public Subscriber address(String value) {
      return set("Address", Value.of(value));
    }

    /** Sets {@code Address} to this value; see {@link #address(String)}. */
    public Subscriber address(Value<String> value) {
      return set("Address", value);
    }

    /**
     * The type of notification that AWS sends to a subscriber.
     *
     * <p>Required. CloudFormation property {@code SubscriptionType}.
     */
    public Subscriber subscriptionType(String value) {
      return set("SubscriptionType", Value.of(value));
    }

    /** Sets {@code SubscriptionType} to this value; see {@link #subscriptionType(String)}. */
    public Subscriber subscriptionType(Value<String> value) {
      return set("SubscriptionType", value);
    }
  }

  /**
   * The values that are available for a tag.
   *
   * <p>Property type {@code AWS::Budgets::Budget.TagValues}.
   */
  public static final class TagValues extends Struct<TagValues> {
    private static final Schema SCHEMA = Schema.of("AWS::Budgets::Budget.TagValues");

    public TagValues() {
      super(SCHEMA);
    }

    /**
     * The key for the tag.
     *
     * <p>CloudFormation property {@code Key}.
     */
    public TagValues key(String value) {
      return set("Key", Value.of(value));
    }

    /** Sets {@code Key} to this value; see {@link #key(String)}. */
    public TagValues key(Value<String> value) {
      return set("Key", value);
    }

    /**
     * The match options that you can use to filter your results.
     *
     * <p>CloudFormation property {@code MatchOptions}.
     */
    public TagValues matchOptions(List<String> value) {
      return set("MatchOptions", Value.listOf(value));
    }

    /** Sets {@code MatchOptions} to this value; see {@link #matchOptions(List)}. */
    public TagValues matchOptions(Value<List<String>> value) {
      return set("MatchOptions", value);
    }

    /**
     * The specific value of the tag.
     *
     * <p>CloudFormation property {@code Values}.
     */
    public TagValues values(List<String> value) {
      return set("Values", Value.listOf(value));
    }

    /** Sets {@code Values} to this value; see {@link #values(List)}. */
    public TagValues values(Value<List<String>> value) {
      return set("Values", value);
    }
  }

  /**
   * The period of time that is covered by a budget. The period has a start date and an end date.
   * The start date must come before the end date. There are no restrictions on the end date.
   *
   * <p>Property type {@code AWS::Budgets::Budget.TimePeriod}.
   */
  public static final class TimePeriod extends Struct<TimePeriod> {
    private static final Schema SCHEMA = Schema.of("AWS::Budgets::Budget.TimePeriod");

    public TimePeriod() {
      super(SCHEMA);
    }

    /**
     * The end date for a budget. If you didn't specify an end date, AWS set your end date to
     * <code>06/15/87 00:00 UTC</code> . The defaults are the same for the Billing and Cost
     * Management console and the API.
     *
     * <p>After the end date, AWS deletes the budget and all the associated notifications and
     * subscribers. You can change your end date with the <code>UpdateBudget</code> operation.
     *
     * <p>CloudFormation property {@code End}.
     */
    public TimePeriod end(String value) {
      return set("End", Value.of(value));
    }

    /** Sets {@code End} to this value; see {@link #end(String)}. */
    public TimePeriod end(Value<String> value) {
      return set("End", value);
    }

    /**
     * The start date for a budget. If you created your budget and didn't specify a start date, the
     * start date defaults to the start of the chosen time period (MONTHLY, QUARTERLY, or ANNUALLY).
     * For example, if you create your budget on January 24, 2019, choose <code>MONTHLY</code> , and
     * don't set a start date, the start date defaults to <code>01/01/19 00:00 UTC</code> . The
     * defaults are the same for the Billing and Cost Management console and the API.
     *
     * <p>You can change your start date with the <code>UpdateBudget</code> operation.
     *
     * <p>Valid values depend on the value of <code>BudgetType</code> :
     *
     * <ul> <li>If <code>BudgetType</code> is <code>COST</code> or <code>USAGE</code> : Valid values
     * are <code>MONTHLY</code> , <code>QUARTERLY</code> , and <code>ANNUALLY</code> . <li>If
     * <code>BudgetType</code> is <code>RI_UTILIZATION</code> or <code>RI_COVERAGE</code> : Valid
     * values are <code>DAILY</code> , <code>MONTHLY</code> , <code>QUARTERLY</code> , and
     * <code>ANNUALLY</code> . </ul>
     *
     * <p>CloudFormation property {@code Start}.
     */
    public TimePeriod start(String value) {
      return set("Start", Value.of(value));
    }

    /** Sets {@code Start} to this value; see {@link #start(String)}. */
    public TimePeriod start(Value<String> value) {
      return set("Start", value);
    }
  }
}
