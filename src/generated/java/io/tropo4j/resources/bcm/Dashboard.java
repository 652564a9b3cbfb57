// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.bcm;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Json;
import io.tropo4j.fn.Value;
import java.util.List;
import java.util.Map;

/**
 * Definition of AWS::BCM::Dashboard Resource Type
 *
 * <p>CloudFormation type {@code AWS::BCM::Dashboard}.
 */
public final class Dashboard extends Resource<Dashboard> {
  private static final Schema SCHEMA = Schema.builder("AWS::BCM::Dashboard")
      .required("Name", "Widgets")
      .constrain("Description", Constraint.of().pattern("^(?!.* {2})[ a-zA-Z0-9.,!?;:@#$%&\\-_/\\\\]*$").minLength(1).maxLength(200))
      .constrain("Name", Constraint.of().pattern("^(?!.* {2})[a-zA-Z][a-zA-Z0-9 _-]{0,48}[a-zA-Z0-9_-]$").minLength(2).maxLength(50))
      .refYields("Arn")
      .attributes("Arn", "CreatedAt", "Type", "UpdatedAt")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public Dashboard(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * Length: 1 to 200 characters. Pattern: {@code ^(?!.* {2})[
   * a-zA-Z0-9.,!?;:&#64;#$%&amp;&#92;-_/&#92;&#92;]*$}. CloudFormation property {@code
   * Description}.
   */
  public Dashboard description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public Dashboard description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * Required. Length: 2 to 50 characters. Pattern: {@code ^(?!.* {2})[a-zA-Z][a-zA-Z0-9
   * _-]{0,48}[a-zA-Z0-9_-]$}. CloudFormation property {@code Name}.
   */
  public Dashboard name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public Dashboard name(Value<String> value) {
    return set("Name", value);
  }

  /** CloudFormation property {@code Tags}. */
  public Dashboard tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public Dashboard tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public Dashboard tags(Tags tags) {
    return set("Tags", tags);
  }

  /** Required. CloudFormation property {@code Widgets}. */
  public Dashboard widgets(List<Widget> value) {
    return set("Widgets", Value.listOf(value));
  }

  /** Sets {@code Widgets} to this value; see {@link #widgets(List)}. */
  public Dashboard widgets(Value<List<Widget>> value) {
    return set("Widgets", value);
  }

  /** Sets {@code Widgets} to a list of these; see {@link #widgets(List)}. */
  public Dashboard widgets(Widget... values) {
    return set("Widgets", Value.list(values));
  }

  /** {@code Fn::GetAtt} attribute {@code Arn}. */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /** {@code Fn::GetAtt} attribute {@code CreatedAt}. */
  public Value<String> createdAt() {
    return getAtt("CreatedAt");
  }

  /** {@code Fn::GetAtt} attribute {@code Type}. */
  public Value<String> typeAttribute() {
    return getAtt("Type");
  }

  /** {@code Fn::GetAtt} attribute {@code UpdatedAt}. */
  public Value<String> updatedAt() {
    return getAtt("UpdatedAt");
  }

  /** Property type {@code AWS::BCM::Dashboard.CostAndUsageExpression}. */
  public static final class CostAndUsageExpression extends Struct<CostAndUsageExpression> {
    private static final Schema SCHEMA = Schema.of("AWS::BCM::Dashboard.CostAndUsageExpression");

    public CostAndUsageExpression() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code And}. */
    public CostAndUsageExpression and(List<CostAndUsageExpression> value) {
      return set("And", Value.listOf(value));
    }

    /** Sets {@code And} to this value; see {@link #and(List)}. */
    public CostAndUsageExpression and(Value<List<CostAndUsageExpression>> value) {
      return set("And", value);
    }

    /** Sets {@code And} to a list of these; see {@link #and(List)}. */
    public CostAndUsageExpression and(CostAndUsageExpression... values) {
      return set("And", Value.list(values));
    }

    /** CloudFormation property {@code CostCategories}. */
    public CostAndUsageExpression costCategories(Value<CostCategoryValues> value) {
      return set("CostCategories", value);
    }

    /** CloudFormation property {@code Dimensions}. */
    public CostAndUsageExpression dimensions(Value<DimensionValues> value) {
      return set("Dimensions", value);
    }

    /** CloudFormation property {@code Not}. */
    public CostAndUsageExpression not(Value<CostAndUsageExpression> value) {
      return set("Not", value);
    }

    /** CloudFormation property {@code Or}. */
    public CostAndUsageExpression or(List<CostAndUsageExpression> value) {
      return set("Or", Value.listOf(value));
    }

    /** Sets {@code Or} to this value; see {@link #or(List)}. */
    public CostAndUsageExpression or(Value<List<CostAndUsageExpression>> value) {
      return set("Or", value);
    }

    /** Sets {@code Or} to a list of these; see {@link #or(List)}. */
    public CostAndUsageExpression or(CostAndUsageExpression... values) {
      return set("Or", Value.list(values));
    }

    /** CloudFormation property {@code Tags}. */
    public CostAndUsageExpression tags(Value<TagValues> value) {
      return set("Tags", value);
    }
  }

  /** Property type {@code AWS::BCM::Dashboard.CostAndUsageQuery}. */
  public static final class CostAndUsageQuery extends Struct<CostAndUsageQuery> {
    private static final Schema SCHEMA = Schema.builder("AWS::BCM::Dashboard.CostAndUsageQuery")
        .required("Granularity", "Metrics", "TimeRange")
        .allowed("Granularity", "HOURLY", "DAILY", "MONTHLY")
        .allowed("Metrics", "AmortizedCost", "BlendedCost", "NetAmortizedCost", "NetUnblendedCost",
            "NormalizedUsageAmount", "UnblendedCost", "UsageQuantity", "SpendCoveredBySavingsPlans",
            "Hour", "Unit", "Cost")
        .build();

    public CostAndUsageQuery() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code Filter}. */
    public CostAndUsageQuery filter(Value<CostAndUsageExpression> value) {
      return set("Filter", value);
    }

    /**
     * Required. Allowed values: {@code HOURLY}, {@code DAILY}, {@code MONTHLY}. CloudFormation
     * property {@code Granularity}.
     */
    public CostAndUsageQuery granularity(String value) {
      return set("Granularity", Value.of(value));
    }

    /** Sets {@code Granularity} to this value; see {@link #granularity(String)}. */
    public CostAndUsageQuery granularity(Value<String> value) {
      return set("Granularity", value);
    }

    /** CloudFormation property {@code GroupBy}. */
    public CostAndUsageQuery groupBy(List<GroupDefinition> value) {
      return set("GroupBy", Value.listOf(value));
    }

    /** Sets {@code GroupBy} to this value; see {@link #groupBy(List)}. */
    public CostAndUsageQuery groupBy(Value<List<GroupDefinition>> value) {
      return set("GroupBy", value);
    }

    /** Sets {@code GroupBy} to a list of these; see {@link #groupBy(List)}. */
    public CostAndUsageQuery groupBy(GroupDefinition... values) {
      return set("GroupBy", Value.list(values));
    }

    /**
     * Required. Allowed values: {@code AmortizedCost}, {@code BlendedCost}, {@code
     * NetAmortizedCost}, {@code NetUnblendedCost}, {@code NormalizedUsageAmount}, {@code
     * UnblendedCost}, {@code UsageQuantity}, {@code SpendCoveredBySavingsPlans}, {@code Hour},
     * {@code Unit}, {@code Cost}. CloudFormation property {@code Metrics}.
     */
    public CostAndUsageQuery metrics(List<String> value) {
      return set("Metrics", Value.listOf(value));
    }

    /** Sets {@code Metrics} to this value; see {@link #metrics(List)}. */
    public CostAndUsageQuery metrics(Value<List<String>> value) {
      return set("Metrics", value);
    }

    /** Required. CloudFormation property {@code TimeRange}. */
    public CostAndUsageQuery timeRange(Value<DateTimeRange> value) {
      return set("TimeRange", value);
    }
  }

  /** Property type {@code AWS::BCM::Dashboard.CostCategoryValues}. */
  public static final class CostCategoryValues extends Struct<CostCategoryValues> {
    private static final Schema SCHEMA = Schema.builder("AWS::BCM::Dashboard.CostCategoryValues")
        .required("Key", "Values")
        .allowed("MatchOptions", "EQUALS", "ABSENT", "STARTS_WITH", "ENDS_WITH", "CONTAINS",
            "GREATER_THAN_OR_EQUAL", "CASE_SENSITIVE", "CASE_INSENSITIVE")
        .build();

    public CostCategoryValues() {
      super(SCHEMA);
    }

    /** Required. CloudFormation property {@code Key}. */
    public CostCategoryValues key(String value) {
      return set("Key", Value.of(value));
    }

    /** Sets {@code Key} to this value; see {@link #key(String)}. */
    public CostCategoryValues key(Value<String> value) {
      return set("Key", value);
    }

    /**
     * Allowed values: {@code EQUALS}, {@code ABSENT}, {@code STARTS_WITH}, {@code ENDS_WITH},
     * {@code CONTAINS}, {@code GREATER_THAN_OR_EQUAL}, {@code CASE_SENSITIVE}, {@code
     * CASE_INSENSITIVE}. CloudFormation property {@code MatchOptions}.
     */
    public CostCategoryValues matchOptions(List<String> value) {
      return set("MatchOptions", Value.listOf(value));
    }

    /** Sets {@code MatchOptions} to this value; see {@link #matchOptions(List)}. */
    public CostCategoryValues matchOptions(Value<List<String>> value) {
      return set("MatchOptions", value);
    }

    /** Required. CloudFormation property {@code Values}. */
    public CostCategoryValues values(List<String> value) {
      return set("Values", Value.listOf(value));
    }

    /** Sets {@code Values} to this value; see {@link #values(List)}. */
    public CostCategoryValues values(Value<List<String>> value) {
      return set("Values", value);
    }
  }

  /** Property type {@code AWS::BCM::Dashboard.DateTimeRange}. */
  public static final class DateTimeRange extends Struct<DateTimeRange> {
    private static final Schema SCHEMA = Schema.builder("AWS::BCM::Dashboard.DateTimeRange")
        .required("EndTime", "StartTime")
        .build();

    public DateTimeRange() {
      super(SCHEMA);
    }

    /** Required. CloudFormation property {@code EndTime}. */
    public DateTimeRange endTime(Value<DateTimeValue> value) {
      return set("EndTime", value);
    }

    /** Required. CloudFormation property {@code StartTime}. */
    public DateTimeRange startTime(Value<DateTimeValue> value) {
      return set("StartTime", value);
    }
  }

  /** Property type {@code AWS::BCM::Dashboard.DateTimeValue}. */
  public static final class DateTimeValue extends Struct<DateTimeValue> {
    private static final Schema SCHEMA = Schema.builder("AWS::BCM::Dashboard.DateTimeValue")
        .required("Type", "Value")
        .allowed("Type", "ABSOLUTE", "RELATIVE")
        .build();

    public DateTimeValue() {
      super(SCHEMA);
    }

    /**
     * Required. Allowed values: {@code ABSOLUTE}, {@code RELATIVE}. CloudFormation property {@code
     * Type}.
     */
    public DateTimeValue type(String value) {
      return set("Type", Value.of(value));
    }

    /** Sets {@code Type} to this value; see {@link #type(String)}. */
    public DateTimeValue type(Value<String> value) {
      return set("Type", value);
    }

    /** Required. CloudFormation property {@code Value}. */
    public DateTimeValue value(String value) {
      return set("Value", Value.of(value));
    }

    /** Sets {@code Value} to this value; see {@link #value(String)}. */
    public DateTimeValue value(Value<String> value) {
      return set("Value", value);
    }
  }

  /** Property type {@code AWS::BCM::Dashboard.DimensionValues}. */
  public static final class DimensionValues extends Struct<DimensionValues> {
    private static final Schema SCHEMA = Schema.builder("AWS::BCM::Dashboard.DimensionValues")
        .required("Key", "Values")
        .allowed("Key", "AZ", "INSTANCE_TYPE", "LINKED_ACCOUNT", "OPERATION", "PURCHASE_TYPE",
            "REGION", "SERVICE", "USAGE_TYPE", "USAGE_TYPE_GROUP", "RECORD_TYPE",
            "OPERATING_SYSTEM", "TENANCY", "SCOPE", "PLATFORM", "SUBSCRIPTION_ID",
            "LEGAL_ENTITY_NAME", "DEPLOYMENT_OPTION", "DATABASE_ENGINE", "CACHE_ENGINE",
            "INSTANCE_TYPE_FAMILY", "BILLING_ENTITY", "RESERVATION_ID", "RESOURCE_ID",
            "SAVINGS_PLANS_TYPE", "TAG_KEY", "COST_CATEGORY_NAME")
        .allowed("MatchOptions", "EQUALS", "ABSENT", "STARTS_WITH", "ENDS_WITH", "CONTAINS",
            "GREATER_THAN_OR_EQUAL", "CASE_SENSITIVE", "CASE_INSENSITIVE")
        .build();

    public DimensionValues() {
      super(SCHEMA);
    }

    /**
     * Required. Allowed values: {@code AZ}, {@code INSTANCE_TYPE}, {@code LINKED_ACCOUNT}, {@code
     * OPERATION}, {@code PURCHASE_TYPE}, {@code REGION}, {@code SERVICE}, {@code USAGE_TYPE},
     * {@code USAGE_TYPE_GROUP}, {@code RECORD_TYPE}, {@code OPERATING_SYSTEM}, {@code TENANCY},
     * {@code SCOPE}, {@code PLATFORM}, {@code SUBSCRIPTION_ID}, {@code LEGAL_ENTITY_NAME}, {@code
     * DEPLOYMENT_OPTION}, {@code DATABASE_ENGINE}, {@code CACHE_ENGINE}, {@code
     * INSTANCE_TYPE_FAMILY}, {@code BILLING_ENTITY}, {@code RESERVATION_ID}, {@code RESOURCE_ID},
     * {@code SAVINGS_PLANS_TYPE}, {@code TAG_KEY}, {@code COST_CATEGORY_NAME}. CloudFormation
     * property {@code Key}.
     */
    public DimensionValues key(String value) {
      return set("Key", Value.of(value));
    }

    /** Sets {@code Key} to this value; see {@link #key(String)}. */
    public DimensionValues key(Value<String> value) {
      return set("Key", value);
    }

    /**
     * Allowed values: {@code EQUALS}, {@code ABSENT}, {@code STARTS_WITH}, {@code ENDS_WITH},
     * {@code CONTAINS}, {@code GREATER_THAN_OR_EQUAL}, {@code CASE_SENSITIVE}, {@code
     * CASE_INSENSITIVE}. CloudFormation property {@code MatchOptions}.
     */
    public DimensionValues matchOptions(List<String> value) {
      return set("MatchOptions", Value.listOf(value));
    }

    /** Sets {@code MatchOptions} to this value; see {@link #matchOptions(List)}. */
    public DimensionValues matchOptions(Value<List<String>> value) {
      return set("MatchOptions", value);
    }

    /** Required. CloudFormation property {@code Values}. */
    public DimensionValues values(List<String> value) {
      return set("Values", Value.listOf(value));
    }

    /** Sets {@code Values} to this value; see {@link #values(List)}. */
    public DimensionValues values(Value<List<String>> value) {
      return set("Values", value);
    }
  }

  /** Property type {@code AWS::BCM::Dashboard.DisplayConfig}. */
  public static final class DisplayConfig extends Struct<DisplayConfig> {
    private static final Schema SCHEMA = Schema.of("AWS::BCM::Dashboard.DisplayConfig");

    public DisplayConfig() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code Graph}. */
    public DisplayConfig graph(Map<String, GraphDisplayConfig> value) {
      return set("Graph", Value.mapOf(value));
    }

    /** Sets {@code Graph} to this value; see {@link #graph(Map)}. */
    public DisplayConfig graph(Value<Map<String, GraphDisplayConfig>> value) {
      return set("Graph", value);
    }

    /** CloudFormation property {@code Table}. */
    public DisplayConfig table(Value<Json> value) {
      return set("Table", value);
    }
  }

  /** Property type {@code AWS::BCM::Dashboard.Expression}. */
  public static final class Expression extends Struct<Expression> {
    private static final Schema SCHEMA = Schema.of("AWS::BCM::Dashboard.Expression");

    public Expression() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code And}. */
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

    /** CloudFormation property {@code CostCategories}. */
    public Expression costCategories(Value<CostCategoryValues> value) {
      return set("CostCategories", value);
    }

    /** CloudFormation property {@code Dimensions}. */
    public Expression dimensions(Value<DimensionValues> value) {
      return set("Dimensions", value);
    }

    /** CloudFormation property {@code Not}. */
    public Expression not(Value<Expression> value) {
      return set("Not", value);
    }

    /** CloudFormation property {@code Tags}. */
    public Expression tags(Value<TagValues> value) {
      return set("Tags", value);
    }
  }

  /** Property type {@code AWS::BCM::Dashboard.GraphDisplayConfig}. */
  public static final class GraphDisplayConfig extends Struct<GraphDisplayConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::BCM::Dashboard.GraphDisplayConfig")
        .required("VisualType")
        .allowed("VisualType", "LINE", "BAR", "STACK")
        .build();

    public GraphDisplayConfig() {
      super(SCHEMA);
    }

    /**
     * Required. Allowed values: {@code LINE}, {@code BAR}, {@code STACK}. CloudFormation property
     * {@code VisualType}.
     */
    public GraphDisplayConfig visualType(String value) {
      return set("VisualType", Value.of(value));
    }

    /** Sets {@code VisualType} to this value; see {@link #visualType(String)}. */
    public GraphDisplayConfig visualType(Value<String> value) {
      return set("VisualType", value);
    }
  }

  /** Property type {@code AWS::BCM::Dashboard.GroupDefinition}. */
  public static final class GroupDefinition extends Struct<GroupDefinition> {
    private static final Schema SCHEMA = Schema.builder("AWS::BCM::Dashboard.GroupDefinition")
        .required("Key")
        .constrain("Key", Constraint.of().pattern("^[\\S\\s]*$").minLength(1).maxLength(1024))
        .allowed("Type", "DIMENSION", "TAG", "COST_CATEGORY")
        .build();

    public GroupDefinition() {
      super(SCHEMA);
    }

    /**
     * Required. Length: 1 to 1024 characters. Pattern: {@code ^[&#92;S&#92;s]*$}. CloudFormation
     * property {@code Key}.
     */
    public GroupDefinition key(String value) {
      return set("Key", Value.of(value));
    }

    /** Sets {@code Key} to this value; see {@link #key(String)}. */
    public GroupDefinition key(Value<String> value) {
      return set("Key", value);
    }

    /**
     * Allowed values: {@code DIMENSION}, {@code TAG}, {@code COST_CATEGORY}. CloudFormation
     * property {@code Type}.
     */
    public GroupDefinition type(String value) {
      return set("Type", Value.of(value));
    }

    /** Sets {@code Type} to this value; see {@link #type(String)}. */
    public GroupDefinition type(Value<String> value) {
      return set("Type", value);
    }
  }

  /** Property type {@code AWS::BCM::Dashboard.QueryParameters}. */
  public static final class QueryParameters extends Struct<QueryParameters> {
    private static final Schema SCHEMA = Schema.of("AWS::BCM::Dashboard.QueryParameters");

    public QueryParameters() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code CostAndUsage}. */
    public QueryParameters costAndUsage(Value<CostAndUsageQuery> value) {
      return set("CostAndUsage", value);
    }

    /** CloudFormation property {@code ReservationCoverage}. */
    public QueryParameters reservationCoverage(Value<ReservationCoverageQuery> value) {
      return set("ReservationCoverage", value);
    }

    /** CloudFormation property {@code ReservationUtilization}. */
    public QueryParameters reservationUtilization(Value<ReservationUtilizationQuery> value) {
      return set("ReservationUtilization", value);
    }

    /** CloudFormation property {@code SavingsPlansCoverage}. */
    public QueryParameters savingsPlansCoverage(Value<SavingsPlansCoverageQuery> value) {
      return set("SavingsPlansCoverage", value);
    }

    /** CloudFormation property {@code SavingsPlansUtilization}. */
    public QueryParameters savingsPlansUtilization(Value<SavingsPlansUtilizationQuery> value) {
      return set("SavingsPlansUtilization", value);
    }
  }

  /** Property type {@code AWS::BCM::Dashboard.ReservationCoverageQuery}. */
  public static final class ReservationCoverageQuery extends Struct<ReservationCoverageQuery> {
    private static final Schema SCHEMA = Schema.builder("AWS::BCM::Dashboard.ReservationCoverageQuery")
        .required("TimeRange")
        .allowed("Granularity", "HOURLY", "DAILY", "MONTHLY")
        .allowed("Metrics", "AmortizedCost", "BlendedCost", "NetAmortizedCost", "NetUnblendedCost",
            "NormalizedUsageAmount", "UnblendedCost", "UsageQuantity", "SpendCoveredBySavingsPlans",
            "Hour", "Unit", "Cost")
        .build();

    public ReservationCoverageQuery() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code Filter}. */
    public ReservationCoverageQuery filter(Value<Expression> value) {
      return set("Filter", value);
    }

    /**
     * Allowed values: {@code HOURLY}, {@code DAILY}, {@code MONTHLY}. CloudFormation property
     * {@code Granularity}.
     */
    public ReservationCoverageQuery granularity(String value) {
      return set("Granularity", Value.of(value));
    }

    /** Sets {@code Granularity} to this value; see {@link #granularity(String)}. */
    public ReservationCoverageQuery granularity(Value<String> value) {
      return set("Granularity", value);
    }

    /** CloudFormation property {@code GroupBy}. */
    public ReservationCoverageQuery groupBy(List<GroupDefinition> value) {
      return set("GroupBy", Value.listOf(value));
    }

    /** Sets {@code GroupBy} to this value; see {@link #groupBy(List)}. */
    public ReservationCoverageQuery groupBy(Value<List<GroupDefinition>> value) {
      return set("GroupBy", value);
    }

    /** Sets {@code GroupBy} to a list of these; see {@link #groupBy(List)}. */
    public ReservationCoverageQuery groupBy(GroupDefinition... values) {
      return set("GroupBy", Value.list(values));
    }

    /**
     * Allowed values: {@code AmortizedCost}, {@code BlendedCost}, {@code NetAmortizedCost}, {@code
     * NetUnblendedCost}, {@code NormalizedUsageAmount}, {@code UnblendedCost}, {@code
     * UsageQuantity}, {@code SpendCoveredBySavingsPlans}, {@code Hour}, {@code Unit}, {@code Cost}.
     * CloudFormation property {@code Metrics}.
     */
    public ReservationCoverageQuery metrics(List<String> value) {
      return set("Metrics", Value.listOf(value));
    }

    /** Sets {@code Metrics} to this value; see {@link #metrics(List)}. */
    public ReservationCoverageQuery metrics(Value<List<String>> value) {
      return set("Metrics", value);
    }

    /** Required. CloudFormation property {@code TimeRange}. */
    public ReservationCoverageQuery timeRange(Value<DateTimeRange> value) {
      return set("TimeRange", value);
    }
  }

  /** Property type {@code AWS::BCM::Dashboard.ReservationUtilizationQuery}. */
  public static final class ReservationUtilizationQuery extends Struct<ReservationUtilizationQuery> {
    private static final Schema SCHEMA = Schema.builder("AWS::BCM::Dashboard.ReservationUtilizationQuery")
        .required("TimeRange")
        .allowed("Granularity", "HOURLY", "DAILY", "MONTHLY")
        .build();

    public ReservationUtilizationQuery() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code Filter}. */
    public ReservationUtilizationQuery filter(Value<Expression> value) {
      return set("Filter", value);
    }

    /**
     * Allowed values: {@code HOURLY}, {@code DAILY}, {@code MONTHLY}. CloudFormation property
     * {@code Granularity}.
     */
    public ReservationUtilizationQuery granularity(String value) {
      return set("Granularity", Value.of(value));
    }

    /** Sets {@code Granularity} to this value; see {@link #granularity(String)}. */
    public ReservationUtilizationQuery granularity(Value<String> value) {
      return set("Granularity", value);
    }

    /** CloudFormation property {@code GroupBy}. */
    public ReservationUtilizationQuery groupBy(List<GroupDefinition> value) {
      return set("GroupBy", Value.listOf(value));
    }

    /** Sets {@code GroupBy} to this value; see {@link #groupBy(List)}. */
    public ReservationUtilizationQuery groupBy(Value<List<GroupDefinition>> value) {
      return set("GroupBy", value);
    }

    /** Sets {@code GroupBy} to a list of these; see {@link #groupBy(List)}. */
    public ReservationUtilizationQuery groupBy(GroupDefinition... values) {
      return set("GroupBy", Value.list(values));
    }

    /** Required. CloudFormation property {@code TimeRange}. */
    public ReservationUtilizationQuery timeRange(Value<DateTimeRange> value) {
      return set("TimeRange", value);
    }
  }

  /** Property type {@code AWS::BCM::Dashboard.SavingsPlansCoverageQuery}. */
  public static final class SavingsPlansCoverageQuery extends Struct<SavingsPlansCoverageQuery> {
    private static final Schema SCHEMA = Schema.builder("AWS::BCM::Dashboard.SavingsPlansCoverageQuery")
        .required("TimeRange")
        .allowed("Granularity", "HOURLY", "DAILY", "MONTHLY")
        .allowed("Metrics", "AmortizedCost", "BlendedCost", "NetAmortizedCost", "NetUnblendedCost",
            "NormalizedUsageAmount", "UnblendedCost", "UsageQuantity", "SpendCoveredBySavingsPlans",
            "Hour", "Unit", "Cost")
        .build();

    public SavingsPlansCoverageQuery() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code Filter}. */
    public SavingsPlansCoverageQuery filter(Value<Expression> value) {
      return set("Filter", value);
    }

    /**
     * Allowed values: {@code HOURLY}, {@code DAILY}, {@code MONTHLY}. CloudFormation property
     * {@code Granularity}.
     */
    public SavingsPlansCoverageQuery granularity(String value) {
      return set("Granularity", Value.of(value));
    }

    /** Sets {@code Granularity} to this value; see {@link #granularity(String)}. */
    public SavingsPlansCoverageQuery granularity(Value<String> value) {
      return set("Granularity", value);
    }

    /** CloudFormation property {@code GroupBy}. */
    public SavingsPlansCoverageQuery groupBy(List<GroupDefinition> value) {
      return set("GroupBy", Value.listOf(value));
    }

    /** Sets {@code GroupBy} to this value; see {@link #groupBy(List)}. */
    public SavingsPlansCoverageQuery groupBy(Value<List<GroupDefinition>> value) {
      return set("GroupBy", value);
    }

    /** Sets {@code GroupBy} to a list of these; see {@link #groupBy(List)}. */
    public SavingsPlansCoverageQuery groupBy(GroupDefinition... values) {
      return set("GroupBy", Value.list(values));
    }

    /**
     * Allowed values: {@code AmortizedCost}, {@code BlendedCost}, {@code NetAmortizedCost}, {@code
     * NetUnblendedCost}, {@code NormalizedUsageAmount}, {@code UnblendedCost}, {@code
     * UsageQuantity}, {@code SpendCoveredBySavingsPlans}, {@code Hour}, {@code Unit}, {@code Cost}.
     * CloudFormation property {@code Metrics}.
     */
    public SavingsPlansCoverageQuery metrics(List<String> value) {
      return set("Metrics", Value.listOf(value));
    }

    /** Sets {@code Metrics} to this value; see {@link #metrics(List)}. */
    public SavingsPlansCoverageQuery metrics(Value<List<String>> value) {
      return set("Metrics", value);
    }

    /** Required. CloudFormation property {@code TimeRange}. */
    public SavingsPlansCoverageQuery timeRange(Value<DateTimeRange> value) {
      return set("TimeRange", value);
    }
  }

  /** Property type {@code AWS::BCM::Dashboard.SavingsPlansUtilizationQuery}. */
  public static final class SavingsPlansUtilizationQuery extends Struct<SavingsPlansUtilizationQuery> {
    private static final Schema SCHEMA = Schema.builder("AWS::BCM::Dashboard.SavingsPlansUtilizationQuery")
        .required("TimeRange")
        .allowed("Granularity", "HOURLY", "DAILY", "MONTHLY")
        .build();

    public SavingsPlansUtilizationQuery() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code Filter}. */
    public SavingsPlansUtilizationQuery filter(Value<Expression> value) {
      return set("Filter", value);
    }

    /**
     * Allowed values: {@code HOURLY}, {@code DAILY}, {@code MONTHLY}. CloudFormation property
     * {@code Granularity}.
     */
    public SavingsPlansUtilizationQuery granularity(String value) {
      return set("Granularity", Value.of(value));
    }

    /** Sets {@code Granularity} to this value; see {@link #granularity(String)}. */
    public SavingsPlansUtilizationQuery granularity(Value<String> value) {
      return set("Granularity", value);
    }

    /** Required. CloudFormation property {@code TimeRange}. */
    public SavingsPlansUtilizationQuery timeRange(Value<DateTimeRange> value) {
      return set("TimeRange", value);
    }
  }

  /** Property type {@code AWS::BCM::Dashboard.TagValues}. */
  public static final class TagValues extends Struct<TagValues> {
    private static final Schema SCHEMA = Schema.builder("AWS::BCM::Dashboard.TagValues")
        .required("Key", "Values")
        .allowed("MatchOptions", "EQUALS", "ABSENT", "STARTS_WITH", "ENDS_WITH", "CONTAINS",
            "GREATER_THAN_OR_EQUAL", "CASE_SENSITIVE", "CASE_INSENSITIVE")
        .build();

    public TagValues() {
      super(SCHEMA);
    }

    /** Required. CloudFormation property {@code Key}. */
    public TagValues key(String value) {
      return set("Key", Value.of(value));
    }

    /** Sets {@code Key} to this value; see {@link #key(String)}. */
    public TagValues key(Value<String> value) {
      return set("Key", value);
    }

    /**
     * Allowed values: {@code EQUALS}, {@code ABSENT}, {@code STARTS_WITH}, {@code ENDS_WITH},
     * {@code CONTAINS}, {@code GREATER_THAN_OR_EQUAL}, {@code CASE_SENSITIVE}, {@code
     * CASE_INSENSITIVE}. CloudFormation property {@code MatchOptions}.
     */
    public TagValues matchOptions(List<String> value) {
      return set("MatchOptions", Value.listOf(value));
    }

    /** Sets {@code MatchOptions} to this value; see {@link #matchOptions(List)}. */
    public TagValues matchOptions(Value<List<String>> value) {
      return set("MatchOptions", value);
    }

    /** Required. CloudFormation property {@code Values}. */
    public TagValues values(List<String> value) {
      return set("Values", Value.listOf(value));
    }

    /** Sets {@code Values} to this value; see {@link #values(List)}. */
    public TagValues values(Value<List<String>> value) {
      return set("Values", value);
    }
  }

  /** Property type {@code AWS::BCM::Dashboard.Widget}. */
  public static final class Widget extends Struct<Widget> {
    private static final Schema SCHEMA = Schema.builder("AWS::BCM::Dashboard.Widget")
        .required("Configs", "Title")
        .constrain("Description", Constraint.of().pattern("^(?!.* {2})[ a-zA-Z0-9.,!?;:@#$%&\\-_/\\\\]*$").minLength(1).maxLength(200))
        .constrain("Height", Constraint.of().minimum(4).maximum(10))
        .constrain("Title", Constraint.of().pattern("^(?!.* {2})[a-zA-Z0-9_-][ a-zA-Z0-9_-]*[a-zA-Z0-9_-]$").minLength(2).maxLength(50))
        .constrain("Width", Constraint.of().minimum(2).maximum(6))
        .build();

    public Widget() {
      super(SCHEMA);
    }

    /** Required. CloudFormation property {@code Configs}. */
    public Widget configs(List<WidgetConfig> value) {
      return set("Configs", Value.listOf(value));
    }

    /** Sets {@code Configs} to this value; see {@link #configs(List)}. */
    public Widget configs(Value<List<WidgetConfig>> value) {
      return set("Configs", value);
    }

    /** Sets {@code Configs} to a list of these; see {@link #configs(List)}. */
    public Widget configs(WidgetConfig... values) {
      return set("Configs", Value.list(values));
    }

    /**
     * Length: 1 to 200 characters. Pattern: {@code ^(?!.* {2})[
     * a-zA-Z0-9.,!?;:&#64;#$%&amp;&#92;-_/&#92;&#92;]*$}. CloudFormation property {@code
     * Description}.
     */
    public Widget description(String value) {
      return set("Description", Value.of(value));
    }

    /** Sets {@code Description} to this value; see {@link #description(String)}. */
    public Widget description(Value<String> value) {
      return set("Description", value);
    }

    /** Range: 4 to 10. CloudFormation property {@code Height}. */
    public Widget height(int value) {
      return set("Height", Value.of(value));
    }

    /** Sets {@code Height} to this value; see {@link #height(int)}. */
    public Widget height(Value<Integer> value) {
      return set("Height", value);
    }

    /** CloudFormation property {@code HorizontalOffset}. */
    public Widget horizontalOffset(int value) {
      return set("HorizontalOffset", Value.of(value));
    }

    /** Sets {@code HorizontalOffset} to this value; see {@link #horizontalOffset(int)}. */
    public Widget horizontalOffset(Value<Integer> value) {
      return set("HorizontalOffset", value);
    }

    /**
     * Required. Length: 2 to 50 characters. Pattern: {@code ^(?!.* {2})[a-zA-Z0-9_-][
     * a-zA-Z0-9_-]*[a-zA-Z0-9_-]$}. CloudFormation property {@code Title}.
     */
    public Widget title(String value) {
      return set("Title", Value.of(value));
    }

    /** Sets {@code Title} to this value; see {@link #title(String)}. */
    public Widget title(Value<String> value) {
      return set("Title", value);
    }

    /** Range: 2 to 6. CloudFormation property {@code Width}. */
    public Widget width(int value) {
      return set("Width", Value.of(value));
    }

    /** Sets {@code Width} to this value; see {@link #width(int)}. */
    public Widget width(Value<Integer> value) {
      return set("Width", value);
    }
  }

  /** Property type {@code AWS::BCM::Dashboard.WidgetConfig}. */
  public static final class WidgetConfig extends Struct<WidgetConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::BCM::Dashboard.WidgetConfig")
        .required("DisplayConfig", "QueryParameters")
        .build();

    public WidgetConfig() {
      super(SCHEMA);
    }

    /** Required. CloudFormation property {@code DisplayConfig}. */
    public WidgetConfig displayConfig(Value<DisplayConfig> value) {
      return set("DisplayConfig", value);
    }

    /** Required. CloudFormation property {@code QueryParameters}. */
    public WidgetConfig queryParameters(Value<QueryParameters> value) {
      return set("QueryParameters", value);
    }
  }
}
