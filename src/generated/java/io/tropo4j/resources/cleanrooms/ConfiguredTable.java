// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.cleanrooms;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Creates a new configured table resource.
 *
 * <p>CloudFormation type {@code AWS::CleanRooms::ConfiguredTable}.
 */
public final class ConfiguredTable extends Resource<ConfiguredTable> {
  private static final Schema SCHEMA = Schema.builder("AWS::CleanRooms::ConfiguredTable")
      .required("AllowedColumns", "AnalysisMethod", "Name", "TableReference")
      .constrain("AllowedColumns", Constraint.of().pattern("^[a-z0-9_](([a-z0-9_ ]+-)*([a-z0-9_ ]+))?$").maxLength(128))
      .allowed("AnalysisMethod", "DIRECT_QUERY", "DIRECT_JOB", "MULTIPLE")
      .constrain("Description", Constraint.of().pattern("^[\\u0020-\\uD7FF\\uE000-\\uFFFD\\uD800\\uDBFF-\\uDC00\\uDFFF\\t\\r\\n]*$").maxLength(255))
      .constrain("Name", Constraint.of().pattern("^(?!\\s*$)[\\u0020-\\uD7FF\\uE000-\\uFFFD\\uD800\\uDBFF-\\uDC00\\uDFFF\\t]*$").minLength(1).maxLength(100))
      .allowed("SelectedAnalysisMethods", "DIRECT_QUERY", "DIRECT_JOB")
      .refYields("ConfiguredTableIdentifier")
      .attributes("Arn", "ConfiguredTableIdentifier")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public ConfiguredTable(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The columns within the underlying AWS Glue table that can be used within collaborations.
   *
   * <p>Required. Changing it replaces the resource. Length: at most 128 characters. Pattern: {@code
   * ^[a-z0-9_](([a-z0-9_ ]+-)*([a-z0-9_ ]+))?$}. CloudFormation property {@code AllowedColumns}.
   */
  public ConfiguredTable allowedColumns(List<String> value) {
    return set("AllowedColumns", Value.listOf(value));
  }

  /** Sets {@code AllowedColumns} to this value; see {@link #allowedColumns(List)}. */
  public ConfiguredTable allowedColumns(Value<List<String>> value) {
    return set("AllowedColumns", value);
  }

  /**
   * The analysis method for the configured table.
   *
   * <p><code>DIRECT_QUERY</code> allows SQL queries to be run directly on this table.
   *
   * <p><code>DIRECT_JOB</code> allows PySpark jobs to be run directly on this table.
   *
   * <p><code>MULTIPLE</code> allows both SQL queries and PySpark jobs to be run directly on this
   * table.
   *
   * <p>Required. Changing it replaces the resource. Allowed values: {@code DIRECT_QUERY}, {@code
   * DIRECT_JOB}, {@code MULTIPLE}. CloudFormation property {@code AnalysisMethod}.
   */
  public ConfiguredTable analysisMethod(String value) {
    return set("AnalysisMethod", Value.of(value));
  }

  /** Sets {@code AnalysisMethod} to this value; see {@link #analysisMethod(String)}. */
  public ConfiguredTable analysisMethod(Value<String> value) {
    return set("AnalysisMethod", value);
  }

  /**
   * The analysis rule that was created for the configured table.
   *
   * <p>CloudFormation property {@code AnalysisRules}.
   */
  public ConfiguredTable analysisRules(List<AnalysisRule> value) {
    return set("AnalysisRules", Value.listOf(value));
  }

  /** Sets {@code AnalysisRules} to this value; see {@link #analysisRules(List)}. */
  public ConfiguredTable analysisRules(Value<List<AnalysisRule>> value) {
    return set("AnalysisRules", value);
  }

  /** Sets {@code AnalysisRules} to a list of these; see {@link #analysisRules(List)}. */
  public ConfiguredTable analysisRules(AnalysisRule... values) {
    return set("AnalysisRules", Value.list(values));
  }

  /**
   * A description for the configured table.
   *
   * <p>Length: at most 255 characters. Pattern: {@code
   * ^[&#92;u0020-&#92;uD7FF&#92;uE000-&#92;uFFFD&#92;uD800&#92;uDBFF-&#92;uDC00&#92;uDFFF&#92;t&#92;r&#92;n]*$}.
   * CloudFormation property {@code Description}.
   */
  public ConfiguredTable description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public ConfiguredTable description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * A name for the configured table.
   *
   * <p>Required. Length: 1 to 100 characters. Pattern: {@code
   * ^(?!&#92;s*$)[&#92;u0020-&#92;uD7FF&#92;uE000-&#92;uFFFD&#92;uD800&#92;uDBFF-&#92;uDC00&#92;uDFFF&#92;t]*$}.
   * CloudFormation property {@code Name}.
   */
  public ConfiguredTable name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public ConfiguredTable name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * The selected analysis methods for the configured table.
   *
   * <p>Allowed values: {@code DIRECT_QUERY}, {@code DIRECT_JOB}. CloudFormation property {@code
   * SelectedAnalysisMethods}.
   */
  public ConfiguredTable selectedAnalysisMethods(List<String> value) {
    return set("SelectedAnalysisMethods", Value.listOf(value));
  }

  /**
   * Sets {@code SelectedAnalysisMethods} to this value; see {@link #selectedAnalysisMethods(List)}.
   */
  public ConfiguredTable selectedAnalysisMethods(Value<List<String>> value) {
    return set("SelectedAnalysisMethods", value);
  }

  /**
   * The table that this configured table represents.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code TableReference}.
   */
  public ConfiguredTable tableReference(Value<TableReference> value) {
    return set("TableReference", value);
  }

  /**
   * An optional label that you can assign to a resource when you create it. Each tag consists of a
   * key and an optional value, both of which you define. When you use tagging, you can also use
   * tag-based access control in IAM policies to control access to this resource.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public ConfiguredTable tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public ConfiguredTable tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public ConfiguredTable tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * Returns the Amazon Resource Name (ARN) of the specified configured table.
   *
   * <p>Example:
   * <code>arn:aws:cleanrooms:us-east-1:111122223333:configuredtable/a1b2c3d4-5678-90ab-cdef-EXAMPLE11111</code>
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * Returns the unique identifier of the specified configured table.
   *
   * <p>Example: <code>a1b2c3d4-5678-90ab-cdef-EXAMPLE33333</code>
   *
   * <p>{@code Fn::GetAtt} attribute {@code ConfiguredTableIdentifier}.
   */
  public Value<String> configuredTableIdentifier() {
    return getAtt("ConfiguredTableIdentifier");
  }

  /**
   * Column in configured table that can be used in aggregate function in query.
   *
   * <p>Property type {@code AWS::CleanRooms::ConfiguredTable.AggregateColumn}.
   */
  public static final class AggregateColumn extends Struct<AggregateColumn> {
    private static final Schema SCHEMA = Schema.builder("AWS::CleanRooms::ConfiguredTable.AggregateColumn")
        .required("ColumnNames", "Function")
        .allowed("Function", "SUM", "SUM_DISTINCT", "COUNT", "COUNT_DISTINCT", "AVG")
        .build();

    public AggregateColumn() {
      super(SCHEMA);
    }

    /**
     * Column names in configured table of aggregate columns.
     *
     * <p>Required. CloudFormation property {@code ColumnNames}.
     */
    public AggregateColumn columnNames(List<String> value) {
      return set("ColumnNames", Value.listOf(value));
    }

    /** Sets {@code ColumnNames} to this value; see {@link #columnNames(List)}. */
    public AggregateColumn columnNames(Value<List<String>> value) {
      return set("ColumnNames", value);
    }

    /**
     * Aggregation function that can be applied to aggregate column in query.
     *
     * <p>Required. Allowed values: {@code SUM}, {@code SUM_DISTINCT}, {@code COUNT}, {@code
     * COUNT_DISTINCT}, {@code AVG}. CloudFormation property {@code Function}.
     */
    public AggregateColumn function(String value) {
      return set("Function", Value.of(value));
    }

    /** Sets {@code Function} to this value; see {@link #function(String)}. */
    public AggregateColumn function(Value<String> value) {
      return set("Function", value);
    }
  }

  /**
   * Constraint on query output removing output rows that do not meet a minimum number of distinct
   * values of a specified column.
   *
   * <p>Property type {@code AWS::CleanRooms::ConfiguredTable.AggregationConstraint}.
   */
  public static final class AggregationConstraint extends Struct<AggregationConstraint> {
    private static final Schema SCHEMA = Schema.builder("AWS::CleanRooms::ConfiguredTable.AggregationConstraint")
        .required("ColumnName", "Minimum", "Type")
        .allowed("Type", "COUNT_DISTINCT")
        .build();

    public AggregationConstraint() {
      super(SCHEMA);
    }

    /**
     * Column in aggregation constraint for which there must be a minimum number of distinct values
     * in an output row for it to be in the query output.
     *
     * <p>Required. CloudFormation property {@code ColumnName}.
     */
    public AggregationConstraint columnName(String value) {
      return set("ColumnName", Value.of(value));
    }

    /** Sets {@code ColumnName} to this value; see {@link #columnName(String)}. */
    public AggregationConstraint columnName(Value<String> value) {
      return set("ColumnName", value);
    }

    /**
     * The minimum number of distinct values that an output row must be an aggregation of. Minimum
     * threshold of distinct values for a specified column that must exist in an output row for it
     * to be in the query output.
     *
     * <p>Required. CloudFormation property {@code Minimum}.
     */
    public AggregationConstraint minimum(double value) {
      return set("Minimum", Value.of(value));
    }

    /** Sets {@code Minimum} to this value; see {@link #minimum(double)}. */
    public AggregationConstraint minimum(Value<Double> value) {
      return set("Minimum", value);
    }

    /**
     * The type of aggregation the constraint allows. The only valid value is currently
     * <code>COUNT_DISTINCT</code>.
     *
     * <p>Required. Allowed values: {@code COUNT_DISTINCT}. CloudFormation property {@code Type}.
     */
    public AggregationConstraint type(String value) {
      return set("Type", Value.of(value));
    }

    /** Sets {@code Type} to this value; see {@link #type(String)}. */
    public AggregationConstraint type(Value<String> value) {
      return set("Type", value);
    }
  }

  /** Property type {@code AWS::CleanRooms::ConfiguredTable.AggregationThreshold}. */
  public static final class AggregationThreshold extends Struct<AggregationThreshold> {
    private static final Schema SCHEMA = Schema.builder("AWS::CleanRooms::ConfiguredTable.AggregationThreshold")
        .required("AllowedAggregateExpressionType", "IdentityColumns", "MinimumIdentityCount",
            "Type")
        .allowed("AllowedAggregateExpressionType", "COLUMNS_ONLY", "ANY_EXPRESSION")
        .allowed("Type", "COUNT_DISTINCT")
        .build();

    public AggregationThreshold() {
      super(SCHEMA);
    }

    /**
     * Required. Allowed values: {@code COLUMNS_ONLY}, {@code ANY_EXPRESSION}. CloudFormation
     * property {@code AllowedAggregateExpressionType}.
     */
    public AggregationThreshold allowedAggregateExpressionType(String value) {
      return set("AllowedAggregateExpressionType", Value.of(value));
    }

    /**
     * Sets {@code AllowedAggregateExpressionType} to this value; see {@link
     * #allowedAggregateExpressionType(String)}.
     */
    public AggregationThreshold allowedAggregateExpressionType(Value<String> value) {
      return set("AllowedAggregateExpressionType", value);
    }

    /** Required. CloudFormation property {@code IdentityColumns}. */
    public AggregationThreshold identityColumns(List<String> value) {
      return set("IdentityColumns", Value.listOf(value));
    }

    /** Sets {@code IdentityColumns} to this value; see {@link #identityColumns(List)}. */
    public AggregationThreshold identityColumns(Value<List<String>> value) {
      return set("IdentityColumns", value);
    }

    /** Required. CloudFormation property {@code MinimumIdentityCount}. */
    public AggregationThreshold minimumIdentityCount(int value) {
      return set("MinimumIdentityCount", Value.of(value));
    }

    /** Sets {@code MinimumIdentityCount} to this value; see {@link #minimumIdentityCount(int)}. */
    public AggregationThreshold minimumIdentityCount(Value<Integer> value) {
      return set("MinimumIdentityCount", value);
    }

    /** CloudFormation property {@code OutputColumnThresholds}. */
    public AggregationThreshold outputColumnThresholds(List<OutputColumnThreshold> value) {
      return set("OutputColumnThresholds", Value.listOf(value));
    }

    /**
     * Sets {@code OutputColumnThresholds} to this value; see {@link #outputColumnThresholds(List)}.
     */
    public AggregationThreshold outputColumnThresholds(Value<List<OutputColumnThreshold>> value) {
      return set("OutputColumnThresholds", value);
    }

    /**
     * Sets {@code OutputColumnThresholds} to a list of these; see {@link
     * #outputColumnThresholds(List)}.
     */
    public AggregationThreshold outputColumnThresholds(OutputColumnThreshold... values) {
      return set("OutputColumnThresholds", Value.list(values));
    }

    /** Required. Allowed values: {@code COUNT_DISTINCT}. CloudFormation property {@code Type}. */
    public AggregationThreshold type(String value) {
      return set("Type", Value.of(value));
    }

    /** Sets {@code Type} to this value; see {@link #type(String)}. */
    public AggregationThreshold type(Value<String> value) {
      return set("Type", value);
    }
  }

  /**
   * A specification about how data from the configured table can be used in a query.
   *
   * <p>Property type {@code AWS::CleanRooms::ConfiguredTable.AnalysisRule}.
   */
  public static final class AnalysisRule extends Struct<AnalysisRule> {
    private static final Schema SCHEMA = Schema.builder("AWS::CleanRooms::ConfiguredTable.AnalysisRule")
        .required("Policy", "Type")
        .allowed("Type", "AGGREGATION", "LIST", "CUSTOM")
        .build();

    public AnalysisRule() {
      super(SCHEMA);
    }

    /**
     * A policy that describes the associated data usage limitations.
     *
     * <p>Required. CloudFormation property {@code Policy}.
     */
    public AnalysisRule policy(Value<ConfiguredTableAnalysisRulePolicy> value) {
      return set("Policy", value);
    }

    /**
     * The type of analysis rule.
     *
     * <p>Required. Allowed values: {@code AGGREGATION}, {@code LIST}, {@code CUSTOM}.
     * CloudFormation property {@code Type}.
     */
    public AnalysisRule type(String value) {
      return set("Type", Value.of(value));
    }

    /** Sets {@code Type} to this value; see {@link #type(String)}. */
    public AnalysisRule type(Value<String> value) {
      return set("Type", value);
    }
  }

  /**
   * A type of analysis rule that enables query structure and specified queries that produce
   * aggregate statistics.
   *
   * <p>Property type {@code AWS::CleanRooms::ConfiguredTable.AnalysisRuleAggregation}.
   */
  public static final class AnalysisRuleAggregation extends Struct<AnalysisRuleAggregation> {
    private static final Schema SCHEMA = Schema.builder("AWS::CleanRooms::ConfiguredTable.AnalysisRuleAggregation")
        .required("AggregateColumns", "DimensionColumns", "JoinColumns", "OutputConstraints",
            "ScalarFunctions")
        .allowed("AdditionalAnalyses", "ALLOWED", "REQUIRED", "NOT_ALLOWED")
        .allowed("JoinRequired", "QUERY_RUNNER")
        .build();

    public AnalysisRuleAggregation() {
      super(SCHEMA);
    }

    /**
     * An indicator as to whether additional analyses (such as AWS Clean Rooms ML) can be applied to
     * the output of the direct query.
     *
     * <p>The <code>additionalAnalyses</code> parameter is currently supported for the list analysis
     * rule ( <code>AnalysisRuleList</code> ) and the custom analysis rule (
     * <code>AnalysisRuleCustom</code> ).
     *
     * <p>Allowed values: {@code ALLOWED}, {@code REQUIRED}, {@code NOT_ALLOWED}. CloudFormation
     * property {@code AdditionalAnalyses}.
     */
    public AnalysisRuleAggregation additionalAnalyses(String value) {
      return set("AdditionalAnalyses", Value.of(value));
    }

    /** Sets {@code AdditionalAnalyses} to this value; see {@link #additionalAnalyses(String)}. */
    public AnalysisRuleAggregation additionalAnalyses(Value<String> value) {
      return set("AdditionalAnalyses", value);
    }

    /**
     * The columns that query runners are allowed to use in aggregation queries.
     *
     * <p>Required. CloudFormation property {@code AggregateColumns}.
     */
    public AnalysisRuleAggregation aggregateColumns(List<AggregateColumn> value) {
      return set("AggregateColumns", Value.listOf(value));
    }

    /** Sets {@code AggregateColumns} to this value; see {@link #aggregateColumns(List)}. */
    public AnalysisRuleAggregation aggregateColumns(Value<List<AggregateColumn>> value) {
      return set("AggregateColumns", value);
    }

    /** Sets {@code AggregateColumns} to a list of these; see {@link #aggregateColumns(List)}. */
    public AnalysisRuleAggregation aggregateColumns(AggregateColumn... values) {
      return set("AggregateColumns", Value.list(values));
    }

    /**
     * Which logical operators (if any) are to be used in an INNER JOIN match condition. Default is
     * <code>AND</code> .
     *
     * <p>CloudFormation property {@code AllowedJoinOperators}.
     */
    public AnalysisRuleAggregation allowedJoinOperators(List<String> value) {
      return set("AllowedJoinOperators", Value.listOf(value));
    }

    /** Sets {@code AllowedJoinOperators} to this value; see {@link #allowedJoinOperators(List)}. */
    public AnalysisRuleAggregation allowedJoinOperators(Value<List<String>> value) {
      return set("AllowedJoinOperators", value);
    }

    /**
     * The columns that query runners are allowed to select, group by, or filter by.
     *
     * <p>Required. CloudFormation property {@code DimensionColumns}.
     */
    public AnalysisRuleAggregation dimensionColumns(List<String> value) {
      return set("DimensionColumns", Value.listOf(value));
    }

    /** Sets {@code DimensionColumns} to this value; see {@link #dimensionColumns(List)}. */
    public AnalysisRuleAggregation dimensionColumns(Value<List<String>> value) {
      return set("DimensionColumns", value);
    }

    /**
     * Columns in configured table that can be used in join statements and/or as aggregate columns.
     * They can never be outputted directly.
     *
     * <p>Required. CloudFormation property {@code JoinColumns}.
     */
    public AnalysisRuleAggregation joinColumns(List<String> value) {
      return set("JoinColumns", Value.listOf(value));
    }

    /** Sets {@code JoinColumns} to this value; see {@link #joinColumns(List)}. */
    public AnalysisRuleAggregation joinColumns(Value<List<String>> value) {
      return set("JoinColumns", value);
    }

    /**
     * Control that requires member who runs query to do a join with their configured table and/or
     * other configured table in query.
     *
     * <p>Allowed values: {@code QUERY_RUNNER}. CloudFormation property {@code JoinRequired}.
     */
    public AnalysisRuleAggregation joinRequired(String value) {
      return set("JoinRequired", Value.of(value));
    }

    /** Sets {@code JoinRequired} to this value; see {@link #joinRequired(String)}. */
    public AnalysisRuleAggregation joinRequired(Value<String> value) {
      return set("JoinRequired", value);
    }

    /**
     * Columns that must meet a specific threshold value (after an aggregation function is applied
     * to it) for each output row to be returned.
     *
     * <p>Required. CloudFormation property {@code OutputConstraints}.
     */
    public AnalysisRuleAggregation outputConstraints(List<AggregationConstraint> value) {
      return set("OutputConstraints", Value.listOf(value));
    }

    /** Sets {@code OutputConstraints} to this value; see {@link #outputConstraints(List)}. */
    public AnalysisRuleAggregation outputConstraints(Value<List<AggregationConstraint>> value) {
      return set("OutputConstraints", value);
    }

    /** Sets {@code OutputConstraints} to a list of these; see {@link #outputConstraints(List)}. */
    public AnalysisRuleAggregation outputConstraints(AggregationConstraint... values) {
      return set("OutputConstraints", Value.list(values));
    }

    /**
     * Set of scalar functions that are allowed to be used on dimension columns and the output of
     * aggregation of metrics.
     *
     * <p>Required. CloudFormation property {@code ScalarFunctions}.
     */
    public AnalysisRuleAggregation scalarFunctions(List<String> value) {
      return set("ScalarFunctions", Value.listOf(value));
    }

    /** Sets {@code ScalarFunctions} to this value; see {@link #scalarFunctions(List)}. */
    public AnalysisRuleAggregation scalarFunctions(Value<List<String>> value) {
      return set("ScalarFunctions", value);
    }
  }

  /**
   * A type of analysis rule that enables the table owner to approve custom SQL queries on their
   * configured tables. It supports differential privacy.
   *
   * <p>Property type {@code AWS::CleanRooms::ConfiguredTable.AnalysisRuleCustom}.
   */
  public static final class AnalysisRuleCustom extends Struct<AnalysisRuleCustom> {
    private static final Schema SCHEMA = Schema.builder("AWS::CleanRooms::ConfiguredTable.AnalysisRuleCustom")
        .required("AllowedAnalyses")
        .allowed("AdditionalAnalyses", "ALLOWED", "REQUIRED", "NOT_ALLOWED")
        .build();

    public AnalysisRuleCustom() {
      super(SCHEMA);
    }

    /**
     * An indicator as to whether additional analyses (such as AWS Clean Rooms ML) can be applied to
     * the output of the direct query.
     *
     * <p>Allowed values: {@code ALLOWED}, {@code REQUIRED}, {@code NOT_ALLOWED}. CloudFormation
     * property {@code AdditionalAnalyses}.
     */
    public AnalysisRuleCustom additionalAnalyses(String value) {
      return set("AdditionalAnalyses", Value.of(value));
    }

    /** Sets {@code AdditionalAnalyses} to this value; see {@link #additionalAnalyses(String)}. */
    public AnalysisRuleCustom additionalAnalyses(Value<String> value) {
      return set("AdditionalAnalyses", value);
    }

    /** CloudFormation property {@code AggregationThresholds}. */
    public AnalysisRuleCustom aggregationThresholds(List<AggregationThreshold> value) {
      return set("AggregationThresholds", Value.listOf(value));
    }

    /**
     * Sets {@code AggregationThresholds} to this value; see {@link #aggregationThresholds(List)}.
     */
    public AnalysisRuleCustom aggregationThresholds(Value<List<AggregationThreshold>> value) {
      return set("AggregationThresholds", value);
    }

    /**
     * Sets {@code AggregationThresholds} to a list of these; see {@link
     * #aggregationThresholds(List)}.
     */
    public AnalysisRuleCustom aggregationThresholds(AggregationThreshold... values) {
      return set("AggregationThresholds", Value.list(values));
    }

    /**
     * The ARN of the analysis templates that are allowed by the custom analysis rule.
     *
     * <p>Required. CloudFormation property {@code AllowedAnalyses}.
     */
    public AnalysisRuleCustom allowedAnalyses(List<String> value) {
      return set("AllowedAnalyses", Value.listOf(value));
    }

    /** Sets {@code AllowedAnalyses} to this value; see {@link #allowedAnalyses(List)}. */
    public AnalysisRuleCustom allowedAnalyses(Value<List<String>> value) {
      return set("AllowedAnalyses", value);
    }

    /**
     * The IDs of the AWS accounts that are allowed to query by the custom analysis rule. Required
     * when <code>allowedAnalyses</code> is <code>ANY_QUERY</code> .
     *
     * <p>CloudFormation property {@code AllowedAnalysisProviders}.
     */
    public AnalysisRuleCustom allowedAnalysisProviders(List<String> value) {
      return set("AllowedAnalysisProviders", Value.listOf(value));
    }

    /**
     * Sets {@code AllowedAnalysisProviders} to this value; see {@link
     * #allowedAnalysisProviders(List)}.
     */
    public AnalysisRuleCustom allowedAnalysisProviders(Value<List<String>> value) {
      return set("AllowedAnalysisProviders", value);
    }

    /** CloudFormation property {@code ComparisonControls}. */
    public AnalysisRuleCustom comparisonControls(Value<ComparisonControls> value) {
      return set("ComparisonControls", value);
    }

    /**
     * The differential privacy configuration.
     *
     * <p>CloudFormation property {@code DifferentialPrivacy}.
     */
    public AnalysisRuleCustom differentialPrivacy(Value<DifferentialPrivacy> value) {
      return set("DifferentialPrivacy", value);
    }

    /**
     * A list of columns that aren't allowed to be shown in the query output.
     *
     * <p>CloudFormation property {@code DisallowedOutputColumns}.
     */
    public AnalysisRuleCustom disallowedOutputColumns(List<String> value) {
      return set("DisallowedOutputColumns", Value.listOf(value));
    }

    /**
     * Sets {@code DisallowedOutputColumns} to this value; see {@link
     * #disallowedOutputColumns(List)}.
     */
    public AnalysisRuleCustom disallowedOutputColumns(Value<List<String>> value) {
      return set("DisallowedOutputColumns", value);
    }
  }

  /**
   * A type of analysis rule that enables row-level analysis.
   *
   * <p>Property type {@code AWS::CleanRooms::ConfiguredTable.AnalysisRuleList}.
   */
  public static final class AnalysisRuleList extends Struct<AnalysisRuleList> {
    private static final Schema SCHEMA = Schema.builder("AWS::CleanRooms::ConfiguredTable.AnalysisRuleList")
        .required("JoinColumns", "ListColumns")
        .allowed("AdditionalAnalyses", "ALLOWED", "REQUIRED", "NOT_ALLOWED")
        .build();

    public AnalysisRuleList() {
      super(SCHEMA);
    }

    /**
     * An indicator as to whether additional analyses (such as AWS Clean Rooms ML) can be applied to
     * the output of the direct query.
     *
     * <p>Allowed values: {@code ALLOWED}, {@code REQUIRED}, {@code NOT_ALLOWED}. CloudFormation
     * property {@code AdditionalAnalyses}.
     */
    public AnalysisRuleList additionalAnalyses(String value) {
      return set("AdditionalAnalyses", Value.of(value));
    }

    /** Sets {@code AdditionalAnalyses} to this value; see {@link #additionalAnalyses(String)}. */
    public AnalysisRuleList additionalAnalyses(Value<String> value) {
      return set("AdditionalAnalyses", value);
    }

    /**
     * The logical operators (if any) that are to be used in an INNER JOIN match condition. Default
     * is <code>AND</code> .
     *
     * <p>CloudFormation property {@code AllowedJoinOperators}.
     */
    public AnalysisRuleList allowedJoinOperators(List<String> value) {
      return set("AllowedJoinOperators", Value.listOf(value));
    }

    /** Sets {@code AllowedJoinOperators} to this value; see {@link #allowedJoinOperators(List)}. */
    public AnalysisRuleList allowedJoinOperators(Value<List<String>> value) {
      return set("AllowedJoinOperators", value);
    }

    /**
     * Columns that can be used to join a configured table with the table of the member who can
     * query and other members' configured tables.
     *
     * <p>Required. CloudFormation property {@code JoinColumns}.
     */
    public AnalysisRuleList joinColumns(List<String> value) {
      return set("JoinColumns", Value.listOf(value));
    }

    /** Sets {@code JoinColumns} to this value; see {@link #joinColumns(List)}. */
    public AnalysisRuleList joinColumns(Value<List<String>> value) {
      return set("JoinColumns", value);
    }

    /**
     * Columns that can be listed in the output.
     *
     * <p>Required. CloudFormation property {@code ListColumns}.
     */
    public AnalysisRuleList listColumns(List<String> value) {
      return set("ListColumns", Value.listOf(value));
    }

    /** Sets {@code ListColumns} to this value; see {@link #listColumns(List)}. */
    public AnalysisRuleList listColumns(Value<List<String>> value) {
      return set("ListColumns", value);
    }
  }

  /**
   * A reference to a table within Athena.
   *
   * <p>Property type {@code AWS::CleanRooms::ConfiguredTable.AthenaTableReference}.
   */
  public static final class AthenaTableReference extends Struct<AthenaTableReference> {
    private static final Schema SCHEMA = Schema.builder("AWS::CleanRooms::ConfiguredTable.AthenaTableReference")
        .required("DatabaseName", "TableName", "WorkGroup")
        .allowed("Region", "us-west-1", "us-west-2", "us-east-1", "us-east-2", "af-south-1",
            "ap-east-1", "ap-south-2", "ap-southeast-1", "ap-southeast-2", "ap-southeast-5",
            "ap-southeast-4", "ap-southeast-7", "ap-south-1", "ap-northeast-3", "ap-northeast-1",
            "ap-northeast-2", "ca-central-1", "ca-west-1", "eu-south-1", "eu-west-3", "eu-south-2",
            "eu-central-2", "eu-central-1", "eu-north-1", "eu-west-1", "eu-west-2", "me-south-1",
            "me-central-1", "il-central-1", "sa-east-1", "mx-central-1", "ap-east-2")
        .build();

    public AthenaTableReference() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code CatalogName}. */
    public AthenaTableReference catalogName(String value) {
      return set("CatalogName", Value.of(value));
    }

    /** Sets {@code CatalogName} to this value; see {@link #catalogName(String)}. */
    public AthenaTableReference catalogName(Value<String> value) {
      return set("CatalogName", value);
    }

    /**
     * The database name.
     *
     * <p>Required. CloudFormation property {@code DatabaseName}.
     */
    public AthenaTableReference databaseName(String value) {
      return set("DatabaseName", Value.of(value));
    }

    /** Sets {@code DatabaseName} to this value; see {@link #databaseName(String)}. */
    public AthenaTableReference databaseName(Value<String> value) {
      return set("DatabaseName", value);
    }

    /**
     * The output location for the Athena table.
     *
     * <p>CloudFormation property {@code OutputLocation}.
     */
    public AthenaTableReference outputLocation(String value) {
      return set("OutputLocation", Value.of(value));
    }

    /** Sets {@code OutputLocation} to this value; see {@link #outputLocation(String)}. */
    public AthenaTableReference outputLocation(Value<String> value) {
      return set("OutputLocation", value);
    }

    /**
     * The AWS Region where the Athena table is located. This parameter is required to uniquely
     * identify and access tables across different Regions.
     *
     * <p>Allowed values: {@code us-west-1}, {@code us-west-2}, {@code us-east-1}, {@code
     * us-east-2}, {@code af-south-1}, {@code ap-east-1}, {@code ap-south-2}, {@code
     * ap-southeast-1}, {@code ap-southeast-2}, {@code ap-southeast-5}, {@code ap-southeast-4},
     * {@code ap-southeast-7}, {@code ap-south-1}, {@code ap-northeast-3}, {@code ap-northeast-1},
     * {@code ap-northeast-2}, {@code ca-central-1}, {@code ca-west-1}, {@code eu-south-1}, {@code
     * eu-west-3}, {@code eu-south-2}, {@code eu-central-2}, {@code eu-central-1}, {@code
     * eu-north-1}, {@code eu-west-1}, {@code eu-west-2}, {@code me-south-1}, {@code me-central-1},
     * {@code il-central-1}, {@code sa-east-1}, {@code mx-central-1}, {@code ap-east-2}.
     * CloudFormation property {@code Region}.
     */
    public AthenaTableReference region(String value) {
      return set("Region", Value.of(value));
    }

    /** Sets {@code Region} to this value; see {@link #region(String)}. */
    public AthenaTableReference region(Value<String> value) {
      return set("Region", value);
    }

    /**
     * The table reference.
     *
     * <p>Required. CloudFormation property {@code TableName}.
     */
    public AthenaTableReference tableName(String value) {
      return set("TableName", Value.of(value));
    }

    /** Sets {@code TableName} to this value; see {@link #tableName(String)}. */
    public AthenaTableReference tableName(Value<String> value) {
      return set("TableName", value);
    }

    /**
     * The workgroup of the Athena table reference.
     *
     * <p>Required. CloudFormation property {@code WorkGroup}.
     */
    public AthenaTableReference workGroup(String value) {
      return set("WorkGroup", Value.of(value));
    }

    /** Sets {@code WorkGroup} to this value; see {@link #workGroup(String)}. */
    public AthenaTableReference workGroup(Value<String> value) {
      return set("WorkGroup", value);
    }
  }

  /** Property type {@code AWS::CleanRooms::ConfiguredTable.ComparisonControls}. */
  public static final class ComparisonControls extends Struct<ComparisonControls> {
    private static final Schema SCHEMA = Schema.builder("AWS::CleanRooms::ConfiguredTable.ComparisonControls")
        .required("AllowedColumnComparisonColumns", "AllowedLiteralComparisonColumns")
        .build();

    public ComparisonControls() {
      super(SCHEMA);
    }

    /** Required. CloudFormation property {@code AllowedColumnComparisonColumns}. */
    public ComparisonControls allowedColumnComparisonColumns(List<String> value) {
      return set("AllowedColumnComparisonColumns", Value.listOf(value));
    }

    /**
     * Sets {@code AllowedColumnComparisonColumns} to this value; see {@link
     * #allowedColumnComparisonColumns(List)}.
     */
    public ComparisonControls allowedColumnComparisonColumns(Value<List<String>> value) {
      return set("AllowedColumnComparisonColumns", value);
    }

    /** Required. CloudFormation property {@code AllowedLiteralComparisonColumns}. */
    public ComparisonControls allowedLiteralComparisonColumns(List<String> value) {
      return set("AllowedLiteralComparisonColumns", Value.listOf(value));
    }

    /**
     * Sets {@code AllowedLiteralComparisonColumns} to this value; see {@link
     * #allowedLiteralComparisonColumns(List)}.
     */
    public ComparisonControls allowedLiteralComparisonColumns(Value<List<String>> value) {
      return set("AllowedLiteralComparisonColumns", value);
    }
  }

  /**
   * Controls on the query specifications that can be run on a configured table.
   *
   * <p>Property type {@code AWS::CleanRooms::ConfiguredTable.ConfiguredTableAnalysisRulePolicy}.
   */
  public static final class ConfiguredTableAnalysisRulePolicy extends Struct<ConfiguredTableAnalysisRulePolicy> {
    private static final Schema SCHEMA = Schema.builder("AWS::CleanRooms::ConfiguredTable.ConfiguredTableAnalysisRulePolicy")
        .required("V1")
        .build();

    public ConfiguredTableAnalysisRulePolicy() {
      super(SCHEMA);
    }

    /**
     * Controls on the query specifications that can be run on a configured table.
     *
     * <p>Required. CloudFormation property {@code V1}.
     */
    public ConfiguredTableAnalysisRulePolicy v1(Value<ConfiguredTableAnalysisRulePolicyV1> value) {
      return set("V1", value);
    }
  }

  /**
   * Controls on the query specifications that can be run on a configured table.
   *
   * <p>Property type {@code AWS::CleanRooms::ConfiguredTable.ConfiguredTableAnalysisRulePolicyV1}.
   */
  public static final class ConfiguredTableAnalysisRulePolicyV1 extends Struct<ConfiguredTableAnalysisRulePolicyV1> {
    private static final Schema SCHEMA = Schema.of("AWS::CleanRooms::ConfiguredTable.ConfiguredTableAnalysisRulePolicyV1");

    public ConfiguredTableAnalysisRulePolicyV1() {
      super(SCHEMA);
    }

    /**
     * Analysis rule type that enables only aggregation queries on a configured table.
     *
     * <p>CloudFormation property {@code Aggregation}.
     */
    public ConfiguredTableAnalysisRulePolicyV1 aggregation(Value<AnalysisRuleAggregation> value) {
      return set("Aggregation", value);
    }

    /**
     * Analysis rule type that enables custom SQL queries on a configured table.
     *
     * <p>CloudFormation property {@code Custom}.
     */
    public ConfiguredTableAnalysisRulePolicyV1 custom(Value<AnalysisRuleCustom> value) {
      return set("Custom", value);
    }

    /**
     * Analysis rule type that enables only list queries on a configured table.
     *
     * <p>CloudFormation property {@code List}.
     */
    public ConfiguredTableAnalysisRulePolicyV1 list(Value<AnalysisRuleList> value) {
      return set("List", value);
    }
  }

  /**
   * The analysis method allowed for the configured tables.
   *
   * <p><code>DIRECT_QUERY</code> allows SQL queries to be run directly on this table.
   *
   * <p><code>DIRECT_JOB</code> allows PySpark jobs to be run directly on this table.
   *
   * <p><code>MULTIPLE</code> allows both SQL queries and PySpark jobs to be run directly on this
   * table.
   *
   * <p>Property type {@code AWS::CleanRooms::ConfiguredTable.DifferentialPrivacy}.
   */
  public static final class DifferentialPrivacy extends Struct<DifferentialPrivacy> {
    private static final Schema SCHEMA = Schema.builder("AWS::CleanRooms::ConfiguredTable.DifferentialPrivacy")
        .required("Columns")
        .build();

    public DifferentialPrivacy() {
      super(SCHEMA);
    }

    /**
     * The name of the column, such as user_id, that contains the unique identifier of your users,
     * whose privacy you want to protect. If you want to turn on differential privacy for two or
     * more tables in a collaboration, you must configure the same column as the user identifier
     * column in both analysis rules.
     *
     * <p>Required. CloudFormation property {@code Columns}.
     */
    public DifferentialPrivacy columns(List<DifferentialPrivacyColumn> value) {
      return set("Columns", Value.listOf(value));
    }

    /** Sets {@code Columns} to this value; see {@link #columns(List)}. */
    public DifferentialPrivacy columns(Value<List<DifferentialPrivacyColumn>> value) {
      return set("Columns", value);
    }

    /** Sets {@code Columns} to a list of these; see {@link #columns(List)}. */
    public DifferentialPrivacy columns(DifferentialPrivacyColumn... values) {
      return set("Columns", Value.list(values));
    }
  }

  /**
   * Specifies the name of the column that contains the unique identifier of your users, whose
   * privacy you want to protect.
   *
   * <p>Property type {@code AWS::CleanRooms::ConfiguredTable.DifferentialPrivacyColumn}.
   */
  public static final class DifferentialPrivacyColumn extends Struct<DifferentialPrivacyColumn> {
    private static final Schema SCHEMA = Schema.builder("AWS::CleanRooms::ConfiguredTable.DifferentialPrivacyColumn")
        .required("Name")
        .build();

    public DifferentialPrivacyColumn() {
      super(SCHEMA);
    }

    /**
     * The name of the column, such as user_id, that contains the unique identifier of your users,
     * whose privacy you want to protect. If you want to turn on differential privacy for two or
     * more tables in a collaboration, you must configure the same column as the user identifier
     * column in both analysis rules.
     *
     * <p>Required. CloudFormation property {@code Name}.
     */
    public DifferentialPrivacyColumn name(String value) {
      return set("Name", Value.of(value));
    }

    /** Sets {@code Name} to this value; see {@link #name(String)}. */
    public DifferentialPrivacyColumn name(Value<String> value) {
      return set("Name", value);
    }
  }

  /**
   * A reference to a table within an AWS Glue data catalog.
   *
   * <p>Property type {@code AWS::CleanRooms::ConfiguredTable.GlueTableReference}.
   */
  public static final class GlueTableReference extends Struct<GlueTableReference> {
    private static final Schema SCHEMA = Schema.builder("AWS::CleanRooms::ConfiguredTable.GlueTableReference")
        .required("DatabaseName", "TableName")
        .allowed("Region", "us-west-1", "us-west-2", "us-east-1", "us-east-2", "af-south-1",
            "ap-east-1", "ap-south-2", "ap-southeast-1", "ap-southeast-2", "ap-southeast-5",
            "ap-southeast-4", "ap-southeast-7", "ap-south-1", "ap-northeast-3", "ap-northeast-1",
            "ap-northeast-2", "ca-central-1", "ca-west-1", "eu-south-1", "eu-west-3", "eu-south-2",
            "eu-central-2", "eu-central-1", "eu-north-1", "eu-west-1", "eu-west-2", "me-south-1",
            "me-central-1", "il-central-1", "sa-east-1", "mx-central-1", "ap-east-2")
        .build();

    public GlueTableReference() {
      super(SCHEMA);
    }

    /**
     * The name of the database the AWS Glue table belongs to.
     *
     * <p>Required. Changing it replaces the resource. CloudFormation property {@code DatabaseName}.
     */
    public GlueTableReference databaseName(String value) {
      return set("DatabaseName", Value.of(value));
    }

    /** Sets {@code DatabaseName} to this value; see {@link #databaseName(String)}. */
    public GlueTableReference databaseName(Value<String> value) {
      return set("DatabaseName", value);
    }

    /**
     * The AWS Region where the AWS Glue table is located. This parameter is required to uniquely
     * identify and access tables across different Regions.
     *
     * <p>Allowed values: {@code us-west-1}, {@code us-west-2}, {@code us-east-1}, {@code
     * us-east-2}, {@code af-south-1}, {@code ap-east-1}, {@code ap-south-2}, {@code
     * ap-southeast-1}, {@code ap-southeast-2}, {@code ap-southeast-5}, {@code ap-southeast-4},
     * {@code ap-southeast-7}, {@code ap-south-1}, {@code ap-northeast-3}, {@code ap-northeast-1},
     * {@code ap-northeast-2}, {@code ca-central-1}, {@code ca-west-1}, {@code eu-south-1}, {@code
     * eu-west-3}, {@code eu-south-2}, {@code eu-central-2}, {@code eu-central-1}, {@code
     * eu-north-1}, {@code eu-west-1}, {@code eu-west-2}, {@code me-south-1}, {@code me-central-1},
     * {@code il-central-1}, {@code sa-east-1}, {@code mx-central-1}, {@code ap-east-2}.
     * CloudFormation property {@code Region}.
     */
    public GlueTableReference region(String value) {
      return set("Region", Value.of(value));
    }

    /** Sets {@code Region} to this value; see {@link #region(String)}. */
    public GlueTableReference region(Value<String> value) {
      return set("Region", value);
    }

    /**
     * The name of the AWS Glue table.
     *
     * <p>Required. Changing it replaces the resource. CloudFormation property {@code TableName}.
     */
    public GlueTableReference tableName(String value) {
      return set("TableName", Value.of(value));
    }

    /** Sets {@code TableName} to this value; see {@link #tableName(String)}. */
    public GlueTableReference tableName(Value<String> value) {
      return set("TableName", value);
    }
  }

  /** Property type {@code AWS::CleanRooms::ConfiguredTable.OutputColumnThreshold}. */
  public static final class OutputColumnThreshold extends Struct<OutputColumnThreshold> {
    private static final Schema SCHEMA = Schema.builder("AWS::CleanRooms::ConfiguredTable.OutputColumnThreshold")
        .required("MinimumIdentityCount", "OutputColumnName")
        .build();

    public OutputColumnThreshold() {
      super(SCHEMA);
    }

    /** Required. CloudFormation property {@code MinimumIdentityCount}. */
    public OutputColumnThreshold minimumIdentityCount(int value) {
      return set("MinimumIdentityCount", Value.of(value));
    }

    /** Sets {@code MinimumIdentityCount} to this value; see {@link #minimumIdentityCount(int)}. */
    public OutputColumnThreshold minimumIdentityCount(Value<Integer> value) {
      return set("MinimumIdentityCount", value);
    }

    /** Required. CloudFormation property {@code OutputColumnName}. */
    public OutputColumnThreshold outputColumnName(String value) {
      return set("OutputColumnName", Value.of(value));
    }

    /** Sets {@code OutputColumnName} to this value; see {@link #outputColumnName(String)}. */
    public OutputColumnThreshold outputColumnName(Value<String> value) {
      return set("OutputColumnName", value);
    }
  }

  /**
   * A reference to a table within Snowflake.
   *
   * <p>Property type {@code AWS::CleanRooms::ConfiguredTable.SnowflakeTableReference}.
   */
  public static final class SnowflakeTableReference extends Struct<SnowflakeTableReference> {
    private static final Schema SCHEMA = Schema.builder("AWS::CleanRooms::ConfiguredTable.SnowflakeTableReference")
        .required("AccountIdentifier", "DatabaseName", "SchemaName", "SecretArn", "TableName",
            "TableSchema")
        .build();

    public SnowflakeTableReference() {
      super(SCHEMA);
    }

    /**
     * The account identifier for the Snowflake table reference.
     *
     * <p>Required. CloudFormation property {@code AccountIdentifier}.
     */
    public SnowflakeTableReference accountIdentifier(String value) {
      return set("AccountIdentifier", Value.of(value));
    }

    /** Sets {@code AccountIdentifier} to this value; see {@link #accountIdentifier(String)}. */
    public SnowflakeTableReference accountIdentifier(Value<String> value) {
      return set("AccountIdentifier", value);
    }

    /**
     * The name of the database the Snowflake table belongs to.
     *
     * <p>Required. CloudFormation property {@code DatabaseName}.
     */
    public SnowflakeTableReference databaseName(String value) {
      return set("DatabaseName", Value.of(value));
    }

    /** Sets {@code DatabaseName} to this value; see {@link #databaseName(String)}. */
    public SnowflakeTableReference databaseName(Value<String> value) {
      return set("DatabaseName", value);
    }

    /**
     * The schema name of the Snowflake table reference.
     *
     * <p>Required. CloudFormation property {@code SchemaName}.
     */
    public SnowflakeTableReference schemaName(String value) {
      return set("SchemaName", Value.of(value));
    }

    /** Sets {@code SchemaName} to this value; see {@link #schemaName(String)}. */
    public SnowflakeTableReference schemaName(Value<String> value) {
      return set("SchemaName", value);
    }

    /**
     * The secret ARN of the Snowflake table reference.
     *
     * <p>Required. CloudFormation property {@code SecretArn}.
     */
    public SnowflakeTableReference secretArn(String value) {
      return set("SecretArn", Value.of(value));
    }

    /** Sets {@code SecretArn} to this value; see {@link #secretArn(String)}. */
    public SnowflakeTableReference secretArn(Value<String> value) {
      return set("SecretArn", value);
    }

    /**
     * The name of the Snowflake table.
     *
     * <p>Required. CloudFormation property {@code TableName}.
     */
    public SnowflakeTableReference tableName(String value) {
      return set("TableName", Value.of(value));
    }

    /** Sets {@code TableName} to this value; see {@link #tableName(String)}. */
    public SnowflakeTableReference tableName(Value<String> value) {
      return set("TableName", value);
    }

    /**
     * The schema of the Snowflake table.
     *
     * <p>Required. CloudFormation property {@code TableSchema}.
     */
    public SnowflakeTableReference tableSchema(Value<SnowflakeTableSchema> value) {
      return set("TableSchema", value);
    }
  }

  /**
   * The schema of a Snowflake table.
   *
   * <p>Property type {@code AWS::CleanRooms::ConfiguredTable.SnowflakeTableSchema}.
   */
  public static final class SnowflakeTableSchema extends Struct<SnowflakeTableSchema> {
    private static final Schema SCHEMA = Schema.builder("AWS::CleanRooms::ConfiguredTable.SnowflakeTableSchema")
        .required("V1")
        .build();

    public SnowflakeTableSchema() {
      super(SCHEMA);
    }

    /**
     * The schema of a Snowflake table.
     *
     * <p>Required. CloudFormation property {@code V1}.
     */
    public SnowflakeTableSchema v1(List<SnowflakeTableSchemaV1> value) {
      return set("V1", Value.listOf(value));
    }

    /** Sets {@code V1} to this value; see {@link #v1(List)}. */
    public SnowflakeTableSchema v1(Value<List<SnowflakeTableSchemaV1>> value) {
      return set("V1", value);
    }

    /** Sets {@code V1} to a list of these; see {@link #v1(List)}. */
    public SnowflakeTableSchema v1(SnowflakeTableSchemaV1... values) {
      return set("V1", Value.list(values));
    }
  }

  /**
   * The Snowflake table schema.
   *
   * <p>Property type {@code AWS::CleanRooms::ConfiguredTable.SnowflakeTableSchemaV1}.
   */
  public static final class SnowflakeTableSchemaV1 extends Struct<SnowflakeTableSchemaV1> {
    private static final Schema SCHEMA = Schema.builder("AWS::CleanRooms::ConfiguredTable.SnowflakeTableSchemaV1")
        .required("ColumnName", "ColumnType")
        .build();

    public SnowflakeTableSchemaV1() {
      super(SCHEMA);
    }

    /**
     * The column name.
     *
     * <p>Required. CloudFormation property {@code ColumnName}.
     */
    public SnowflakeTableSchemaV1 columnName(String value) {
      return set("ColumnName", Value.of(value));
    }

    /** Sets {@code ColumnName} to this value; see {@link #columnName(String)}. */
    public SnowflakeTableSchemaV1 columnName(Value<String> value) {
      return set("ColumnName", value);
    }

    /**
     * The column's data type. Supported data types: <code>ARRAY</code> , <code>BIGINT</code> ,
     * <code>BOOLEAN</code> , <code>CHAR</code> , <code>DATE</code> , <code>DECIMAL</code> ,
     * <code>DOUBLE</code> , <code>DOUBLE PRECISION</code> , <code>FLOAT</code> ,
     * <code>FLOAT4</code> , <code>INT</code> , <code>INTEGER</code> , <code>MAP</code> ,
     * <code>NUMERIC</code> , <code>NUMBER</code> , <code>REAL</code> , <code>SMALLINT</code> ,
     * <code>STRING</code> , <code>TIMESTAMP</code> , <code>TIMESTAMP_LTZ</code> ,
     * <code>TIMESTAMP_NTZ</code> , <code>DATETIME</code> , <code>TINYINT</code> ,
     * <code>VARCHAR</code> , <code>TEXT</code> , <code>CHARACTER</code> .
     *
     * <p>Required. CloudFormation property {@code ColumnType}.
     */
    public SnowflakeTableSchemaV1 columnType(String value) {
      return set("ColumnType", Value.of(value));
    }

    /** Sets {@code ColumnType} to this value; see {@link #columnType(String)}. */
    public SnowflakeTableSchemaV1 columnType(Value<String> value) {
      return set("ColumnType", value);
    }
  }

  /**
   * A pointer to the dataset that underlies this table.
   *
   * <p>Property type {@code AWS::CleanRooms::ConfiguredTable.TableReference}.
   */
  public static final class TableReference extends Struct<TableReference> {
    private static final Schema SCHEMA = Schema.of("AWS::CleanRooms::ConfiguredTable.TableReference");

    public TableReference() {
      super(SCHEMA);
    }

    /**
     * If present, a reference to the Athena table referred to by this table reference.
     *
     * <p>CloudFormation property {@code Athena}.
     */
    public TableReference athena(Value<AthenaTableReference> value) {
      return set("Athena", value);
    }

    /**
     * If present, a reference to the AWS Glue table referred to by this table reference.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code Glue}.
     */
    public TableReference glue(Value<GlueTableReference> value) {
      return set("Glue", value);
    }

    /**
     * If present, a reference to the Snowflake table referred to by this table reference.
     *
     * <p>CloudFormation property {@code Snowflake}.
     */
    public TableReference snowflake(Value<SnowflakeTableReference> value) {
      return set("Snowflake", value);
    }
  }
}
