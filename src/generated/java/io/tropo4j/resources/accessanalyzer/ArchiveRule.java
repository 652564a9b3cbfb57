// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.accessanalyzer;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.fn.Value;
import java.util.List;
import java.util.Map;

/**
 * Creates an archive rule for the specified analyzer. Archive rules automatically archive new
 * findings that meet the criteria you define when you create the rule.
 *
 * <p>CloudFormation type {@code AWS::AccessAnalyzer::ArchiveRule}.
 */
public final class ArchiveRule extends Resource<ArchiveRule> {
  private static final Schema SCHEMA = Schema.builder("AWS::AccessAnalyzer::ArchiveRule")
      .required("AnalyzerName", "Filter", "RuleName")
      .constrain("AnalyzerName", Constraint.of().pattern("^[A-Za-z][A-Za-z0-9_.-]*$").minLength(1).maxLength(255))
      .constrain("RuleName", Constraint.of().pattern("^[A-Za-z][A-Za-z0-9_.-]*$").minLength(1).maxLength(255))
      .refYields("Arn")
      .attributes("Arn", "CreatedAt", "UpdatedAt")
      .build();

  public ArchiveRule(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The name of the analyzer for the archive rule.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 255 characters. Pattern: {@code
   * ^[A-Za-z][A-Za-z0-9_.-]*$}. CloudFormation property {@code AnalyzerName}.
   */
  public ArchiveRule analyzerName(String value) {
    return set("AnalyzerName", Value.of(value));
  }

  /** Sets {@code AnalyzerName} to this value; see {@link #analyzerName(String)}. */
  public ArchiveRule analyzerName(Value<String> value) {
    return set("AnalyzerName", value);
  }

  /**
   * The criteria for the archive rule. A map of filter criteria property names to their criterion
   * values.
   *
   * <p>Required. CloudFormation property {@code Filter}.
   */
  public ArchiveRule filter(Map<String, FilterItems> value) {
    return set("Filter", Value.mapOf(value));
  }

  /** Sets {@code Filter} to this value; see {@link #filter(Map)}. */
  public ArchiveRule filter(Value<Map<String, FilterItems>> value) {
    return set("Filter", value);
  }

  /**
   * The name of the archive rule.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 255 characters. Pattern: {@code
   * ^[A-Za-z][A-Za-z0-9_.-]*$}. CloudFormation property {@code RuleName}.
   */
  public ArchiveRule ruleName(String value) {
    return set("RuleName", Value.of(value));
  }

  /** Sets {@code RuleName} to this value; see {@link #ruleName(String)}. */
  public ArchiveRule ruleName(Value<String> value) {
    return set("RuleName", value);
  }

  /**
   * The ARN of the archive rule.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * The time at which the archive rule was created.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CreatedAt}.
   */
  public Value<String> createdAt() {
    return getAtt("CreatedAt");
  }

  /**
   * The time at which the archive rule was last updated.
   *
   * <p>{@code Fn::GetAtt} attribute {@code UpdatedAt}.
   */
  public Value<String> updatedAt() {
    return getAtt("UpdatedAt");
  }

  /** Property type {@code AWS::AccessAnalyzer::ArchiveRule.FilterItems}. */
  public static final class FilterItems extends Struct<FilterItems> {
    private static final Schema SCHEMA = Schema.of("AWS::AccessAnalyzer::ArchiveRule.FilterItems");

    public FilterItems() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code Contains}. */
    public FilterItems contains(List<String> value) {
      return set("Contains", Value.listOf(value));
    }

    /** Sets {@code Contains} to this value; see {@link #contains(List)}. */
    public FilterItems contains(Value<List<String>> value) {
      return set("Contains", value);
    }

    /** CloudFormation property {@code Eq}. */
    public FilterItems eq(List<String> value) {
      return set("Eq", Value.listOf(value));
    }

    /** Sets {@code Eq} to this value; see {@link #eq(List)}. */
    public FilterItems eq(Value<List<String>> value) {
      return set("Eq", value);
    }

    /** CloudFormation property {@code Exists}. */
    public FilterItems exists(boolean value) {
      return set("Exists", Value.of(value));
    }

    /** Sets {@code Exists} to this value; see {@link #exists(boolean)}. */
    public FilterItems exists(Value<Boolean> value) {
      return set("Exists", value);
    }

    /** CloudFormation property {@code Neq}. */
    public FilterItems neq(List<String> value) {
      return set("Neq", Value.listOf(value));
    }

    /** Sets {@code Neq} to this value; see {@link #neq(List)}. */
    public FilterItems neq(Value<List<String>> value) {
      return set("Neq", value);
    }
  }
}
