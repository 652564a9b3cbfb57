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
 * Represents an intermediate table that stores cached query results within a collaboration
 *
 * <p>CloudFormation type {@code AWS::CleanRooms::IntermediateTable}.
 */
public final class IntermediateTable extends Resource<IntermediateTable> {
  private static final Schema SCHEMA = Schema.builder("AWS::CleanRooms::IntermediateTable")
      .required("MembershipIdentifier", "Name", "PopulationAnalysisConfiguration")
      .constrain("Description", Constraint.of().pattern("^[\\u0020-\\uD7FF\\uE000-\\uFFFD\\uD800\\uDBFF-\\uDC00\\uDFFF\\t\\r\\n]*$").maxLength(255))
      .constrain("KmsKeyArn", Constraint.of().pattern("^arn:aws:kms:[\\w]{2}-[\\w]{4,9}-[\\d]:[\\d]{12}:key/[a-zA-Z0-9-]+$").minLength(4).maxLength(2048).format("AWS::KMS::Key.Arn"))
      .constrain("MembershipIdentifier", Constraint.of().pattern("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$").minLength(36).maxLength(36))
      .constrain("Name", Constraint.of().pattern("^(?!\\s*$)[\\u0020-\\uD7FF\\uE000-\\uFFFD\\uD800\\uDBFF-\\uDC00\\uDFFF\\t]*$").minLength(1).maxLength(100))
      .attributes("Arn", "CollaborationArn", "CollaborationIdentifier",
          "IntermediateTableIdentifier", "MembershipArn", "Status")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public IntermediateTable(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /** CloudFormation property {@code AnalysisRules}. */
  public IntermediateTable analysisRules(List<IntermediateTableAnalysisRule> value) {
    return set("AnalysisRules", Value.listOf(value));
  }

  /** Sets {@code AnalysisRules} to this value; see {@link #analysisRules(List)}. */
  public IntermediateTable analysisRules(Value<List<IntermediateTableAnalysisRule>> value) {
    return set("AnalysisRules", value);
  }

  /** Sets {@code AnalysisRules} to a list of these; see {@link #analysisRules(List)}. */
  public IntermediateTable analysisRules(IntermediateTableAnalysisRule... values) {
    return set("AnalysisRules", Value.list(values));
  }

  /**
   * Length: at most 255 characters. Pattern: {@code
   * ^[&#92;u0020-&#92;uD7FF&#92;uE000-&#92;uFFFD&#92;uD800&#92;uDBFF-&#92;uDC00&#92;uDFFF&#92;t&#92;r&#92;n]*$}.
   * CloudFormation property {@code Description}.
   */
  public IntermediateTable description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public IntermediateTable description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * Length: 4 to 2048 characters. Pattern: {@code
   * ^arn:aws:kms:[&#92;w]{2}-[&#92;w]{4,9}-[&#92;d]:[&#92;d]{12}:key/[a-zA-Z0-9-]+$}. Format:
   * {@code AWS::KMS::Key.Arn}. CloudFormation property {@code KmsKeyArn}.
   */
  public IntermediateTable kmsKeyArn(String value) {
    return set("KmsKeyArn", Value.of(value));
  }

  /** Sets {@code KmsKeyArn} to this value; see {@link #kmsKeyArn(String)}. */
  public IntermediateTable kmsKeyArn(Value<String> value) {
    return set("KmsKeyArn", value);
  }

  /**
   * Required. Changing it replaces the resource. Length: 36 to 36 characters. Pattern: {@code
   * ^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$}. CloudFormation property {@code
   * MembershipIdentifier}.
   */
  public IntermediateTable membershipIdentifier(String value) {
    return set("MembershipIdentifier", Value.of(value));
  }

  /** Sets {@code MembershipIdentifier} to this value; see {@link #membershipIdentifier(String)}. */
  public IntermediateTable membershipIdentifier(Value<String> value) {
    return set("MembershipIdentifier", value);
  }

  /**
   * Required. Changing it replaces the resource. Length: 1 to 100 characters. Pattern: {@code
   * ^(?!&#92;s*$)[&#92;u0020-&#92;uD7FF&#92;uE000-&#92;uFFFD&#92;uD800&#92;uDBFF-&#92;uDC00&#92;uDFFF&#92;t]*$}.
   * CloudFormation property {@code Name}.
   */
  public IntermediateTable name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public IntermediateTable name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * Required. Changing it replaces the resource. CloudFormation property {@code
   * PopulationAnalysisConfiguration}.
   */
  public IntermediateTable populationAnalysisConfiguration(Value<PopulationAnalysisConfiguration> value) {
    return set("PopulationAnalysisConfiguration", value);
  }

  /** CloudFormation property {@code Tags}. */
  public IntermediateTable tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public IntermediateTable tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public IntermediateTable tags(Tags tags) {
    return set("Tags", tags);
  }

  /** {@code Fn::GetAtt} attribute {@code Arn}. */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /** {@code Fn::GetAtt} attribute {@code CollaborationArn}. */
  public Value<String> collaborationArn() {
    return getAtt("CollaborationArn");
  }

  /** {@code Fn::GetAtt} attribute {@code CollaborationIdentifier}. */
  public Value<String> collaborationIdentifier() {
    return getAtt("CollaborationIdentifier");
  }

  /** {@code Fn::GetAtt} attribute {@code IntermediateTableIdentifier}. */
  public Value<String> intermediateTableIdentifier() {
    return getAtt("IntermediateTableIdentifier");
  }

  /** {@code Fn::GetAtt} attribute {@code MembershipArn}. */
  public Value<String> membershipArn() {
    return getAtt("MembershipArn");
  }

  /** {@code Fn::GetAtt} attribute {@code Status}. */
  public Value<String> status() {
    return getAtt("Status");
  }

  /** Property type {@code AWS::CleanRooms::IntermediateTable.AggregationThreshold}. */
  public static final class AggregationThreshold extends Struct<AggregationThreshold> {
    private static final Schema SCHEMA = Schema.builder("AWS::CleanRooms::IntermediateTable.AggregationThreshold")
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

  /** Property type {@code AWS::CleanRooms::IntermediateTable.ComparisonControls}. */
  public static final class ComparisonControls extends Struct<ComparisonControls> {
    private static final Schema SCHEMA = Schema.builder("AWS::CleanRooms::IntermediateTable.ComparisonControls")
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

  /** Property type {@code AWS::CleanRooms::IntermediateTable.DifferentialPrivacy}. */
  public static final class DifferentialPrivacy extends Struct<DifferentialPrivacy> {
    private static final Schema SCHEMA = Schema.builder("AWS::CleanRooms::IntermediateTable.DifferentialPrivacy")
        .required("Columns")
        .build();

    public DifferentialPrivacy() {
      super(SCHEMA);
    }

    /** Required. CloudFormation property {@code Columns}. */
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

  /** Property type {@code AWS::CleanRooms::IntermediateTable.DifferentialPrivacyColumn}. */
  public static final class DifferentialPrivacyColumn extends Struct<DifferentialPrivacyColumn> {
    private static final Schema SCHEMA = Schema.builder("AWS::CleanRooms::IntermediateTable.DifferentialPrivacyColumn")
        .required("Name")
        .build();

    public DifferentialPrivacyColumn() {
      super(SCHEMA);
    }

    /** Required. CloudFormation property {@code Name}. */
    public DifferentialPrivacyColumn name(String value) {
      return set("Name", Value.of(value));
    }

    /** Sets {@code Name} to this value; see {@link #name(String)}. */
    public DifferentialPrivacyColumn name(Value<String> value) {
      return set("Name", value);
    }
  }

  /** Property type {@code AWS::CleanRooms::IntermediateTable.IntermediateTableAnalysisRule}. */
  public static final class IntermediateTableAnalysisRule extends Struct<IntermediateTableAnalysisRule> {
    private static final Schema SCHEMA = Schema.builder("AWS::CleanRooms::IntermediateTable.IntermediateTableAnalysisRule")
        .required("Policy", "Type")
        .allowed("Type", "CUSTOM")
        .build();

    public IntermediateTableAnalysisRule() {
      super(SCHEMA);
    }

    /** Required. CloudFormation property {@code Policy}. */
    public IntermediateTableAnalysisRule policy(Value<IntermediateTableAnalysisRulePolicy> value) {
      return set("Policy", value);
    }

    /** Required. Allowed values: {@code CUSTOM}. CloudFormation property {@code Type}. */
    public IntermediateTableAnalysisRule type(String value) {
      return set("Type", Value.of(value));
    }

    /** Sets {@code Type} to this value; see {@link #type(String)}. */
    public IntermediateTableAnalysisRule type(Value<String> value) {
      return set("Type", value);
    }
  }

  /**
   * Property type {@code AWS::CleanRooms::IntermediateTable.IntermediateTableAnalysisRuleCustom}.
   */
  public static final class IntermediateTableAnalysisRuleCustom extends Struct<IntermediateTableAnalysisRuleCustom> {
    private static final Schema SCHEMA = Schema.builder("AWS::CleanRooms::IntermediateTable.IntermediateTableAnalysisRuleCustom")
        .required("AllowedAnalyses")
        .allowed("AdditionalAnalyses", "ALLOWED", "REQUIRED", "NOT_ALLOWED")
        .build();

    public IntermediateTableAnalysisRuleCustom() {
      super(SCHEMA);
    }

    /**
     * Allowed values: {@code ALLOWED}, {@code REQUIRED}, {@code NOT_ALLOWED}. CloudFormation
     * property {@code AdditionalAnalyses}.
     */
    public IntermediateTableAnalysisRuleCustom additionalAnalyses(String value) {
      return set("AdditionalAnalyses", Value.of(value));
    }

    /** Sets {@code AdditionalAnalyses} to this value; see {@link #additionalAnalyses(String)}. */
    public IntermediateTableAnalysisRuleCustom additionalAnalyses(Value<String> value) {
      return set("AdditionalAnalyses", value);
    }

    /** CloudFormation property {@code AggregationThresholds}. */
    public IntermediateTableAnalysisRuleCustom aggregationThresholds(List<AggregationThreshold> value) {
      return set("AggregationThresholds", Value.listOf(value));
    }

    /**
     * Sets {@code AggregationThresholds} to this value; see {@link #aggregationThresholds(List)}.
     */
    public IntermediateTableAnalysisRuleCustom aggregationThresholds(Value<List<AggregationThreshold>> value) {
      return set("AggregationThresholds", value);
    }

    /**
     * Sets {@code AggregationThresholds} to a list of these; see {@link
     * #aggregationThresholds(List)}.
     */
    public IntermediateTableAnalysisRuleCustom aggregationThresholds(AggregationThreshold... values) {
      return set("AggregationThresholds", Value.list(values));
    }

    /** Required. CloudFormation property {@code AllowedAnalyses}. */
    public IntermediateTableAnalysisRuleCustom allowedAnalyses(List<String> value) {
      return set("AllowedAnalyses", Value.listOf(value));
    }

    /** Sets {@code AllowedAnalyses} to this value; see {@link #allowedAnalyses(List)}. */
    public IntermediateTableAnalysisRuleCustom allowedAnalyses(Value<List<String>> value) {
      return set("AllowedAnalyses", value);
    }

    /** CloudFormation property {@code AllowedAnalysisProviders}. */
    public IntermediateTableAnalysisRuleCustom allowedAnalysisProviders(List<String> value) {
      return set("AllowedAnalysisProviders", Value.listOf(value));
    }

    /**
     * Sets {@code AllowedAnalysisProviders} to this value; see {@link
     * #allowedAnalysisProviders(List)}.
     */
    public IntermediateTableAnalysisRuleCustom allowedAnalysisProviders(Value<List<String>> value) {
      return set("AllowedAnalysisProviders", value);
    }

    /** CloudFormation property {@code AllowedResultReceivers}. */
    public IntermediateTableAnalysisRuleCustom allowedResultReceivers(List<String> value) {
      return set("AllowedResultReceivers", Value.listOf(value));
    }

    /**
     * Sets {@code AllowedResultReceivers} to this value; see {@link #allowedResultReceivers(List)}.
     */
    public IntermediateTableAnalysisRuleCustom allowedResultReceivers(Value<List<String>> value) {
      return set("AllowedResultReceivers", value);
    }

    /** CloudFormation property {@code ComparisonControls}. */
    public IntermediateTableAnalysisRuleCustom comparisonControls(Value<ComparisonControls> value) {
      return set("ComparisonControls", value);
    }

    /** CloudFormation property {@code DifferentialPrivacy}. */
    public IntermediateTableAnalysisRuleCustom differentialPrivacy(Value<DifferentialPrivacy> value) {
      return set("DifferentialPrivacy", value);
    }

    /** CloudFormation property {@code DisallowedOutputColumns}. */
    public IntermediateTableAnalysisRuleCustom disallowedOutputColumns(List<String> value) {
      return set("DisallowedOutputColumns", Value.listOf(value));
    }

    /**
     * Sets {@code DisallowedOutputColumns} to this value; see {@link
     * #disallowedOutputColumns(List)}.
     */
    public IntermediateTableAnalysisRuleCustom disallowedOutputColumns(Value<List<String>> value) {
      return set("DisallowedOutputColumns", value);
    }
  }

  /**
   * Property type {@code AWS::CleanRooms::IntermediateTable.IntermediateTableAnalysisRulePolicy}.
   */
  public static final class IntermediateTableAnalysisRulePolicy extends Struct<IntermediateTableAnalysisRulePolicy> {
    private static final Schema SCHEMA = Schema.builder("AWS::CleanRooms::IntermediateTable.IntermediateTableAnalysisRulePolicy")
        .required("V1")
        .build();

    public IntermediateTableAnalysisRulePolicy() {
      super(SCHEMA);
    }

    /** Required. CloudFormation property {@code V1}. */
    public IntermediateTableAnalysisRulePolicy v1(Value<IntermediateTableAnalysisRulePolicyV1> value) {
      return set("V1", value);
    }
  }

  /**
   * Property type {@code AWS::CleanRooms::IntermediateTable.IntermediateTableAnalysisRulePolicyV1}.
   */
  public static final class IntermediateTableAnalysisRulePolicyV1 extends Struct<IntermediateTableAnalysisRulePolicyV1> {
    private static final Schema SCHEMA = Schema.builder("AWS::CleanRooms::IntermediateTable.IntermediateTableAnalysisRulePolicyV1")
        .required("Custom")
        .build();

    public IntermediateTableAnalysisRulePolicyV1() {
      super(SCHEMA);
    }

    /** Required. CloudFormation property {@code Custom}. */
    public IntermediateTableAnalysisRulePolicyV1 custom(Value<IntermediateTableAnalysisRuleCustom> value) {
      return set("Custom", value);
    }
  }

  /** Property type {@code AWS::CleanRooms::IntermediateTable.OutputColumnThreshold}. */
  public static final class OutputColumnThreshold extends Struct<OutputColumnThreshold> {
    private static final Schema SCHEMA = Schema.builder("AWS::CleanRooms::IntermediateTable.OutputColumnThreshold")
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

  /** Property type {@code AWS::CleanRooms::IntermediateTable.PopulationAnalysisConfiguration}. */
  public static final class PopulationAnalysisConfiguration extends Struct<PopulationAnalysisConfiguration> {
    private static final Schema SCHEMA = Schema.of("AWS::CleanRooms::IntermediateTable.PopulationAnalysisConfiguration");

    public PopulationAnalysisConfiguration() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code SqlParameters}. */
    public PopulationAnalysisConfiguration sqlParameters(Value<PopulationAnalysisSqlParameters> value) {
      return set("SqlParameters", value);
    }
  }

  /** Property type {@code AWS::CleanRooms::IntermediateTable.PopulationAnalysisSqlParameters}. */
  public static final class PopulationAnalysisSqlParameters extends Struct<PopulationAnalysisSqlParameters> {
    private static final Schema SCHEMA = Schema.builder("AWS::CleanRooms::IntermediateTable.PopulationAnalysisSqlParameters")
        .constrain("AnalysisTemplateArn", Constraint.of().maxLength(256))
        .constrain("QueryString", Constraint.of().maxLength(500000))
        .build();

    public PopulationAnalysisSqlParameters() {
      super(SCHEMA);
    }

    /** Length: at most 256 characters. CloudFormation property {@code AnalysisTemplateArn}. */
    public PopulationAnalysisSqlParameters analysisTemplateArn(String value) {
      return set("AnalysisTemplateArn", Value.of(value));
    }

    /** Sets {@code AnalysisTemplateArn} to this value; see {@link #analysisTemplateArn(String)}. */
    public PopulationAnalysisSqlParameters analysisTemplateArn(Value<String> value) {
      return set("AnalysisTemplateArn", value);
    }

    /** Length: at most 500000 characters. CloudFormation property {@code QueryString}. */
    public PopulationAnalysisSqlParameters queryString(String value) {
      return set("QueryString", Value.of(value));
    }

    /** Sets {@code QueryString} to this value; see {@link #queryString(String)}. */
    public PopulationAnalysisSqlParameters queryString(Value<String> value) {
      return set("QueryString", value);
    }
  }
}
