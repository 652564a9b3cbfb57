// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.computeoptimizer;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Creates an AWS Compute Optimizer automation rule that automatically implements recommended
 * actions based on your defined criteria and schedule. Automation rules are global resources that
 * manage automated actions across all AWS Regions where Compute Optimizer Automation is available.
 * Organization-level rules can only be created by the management account or delegated
 * administrator.
 *
 * <p>CloudFormation type {@code AWS::ComputeOptimizer::AutomationRule}.
 */
public final class AutomationRule extends Resource<AutomationRule> {
  private static final Schema SCHEMA = Schema.builder("AWS::ComputeOptimizer::AutomationRule")
      .required("Name", "RecommendedActionTypes", "RuleType", "Schedule", "Status")
      .constrain("Description", Constraint.of().pattern("^[a-zA-Z0-9_\\-\\s@\\.]*$").minLength(0).maxLength(1024))
      .constrain("Name", Constraint.of().pattern("^[a-zA-Z0-9_-]*$").minLength(0).maxLength(128))
      .allowed("RecommendedActionTypes", "SnapshotAndDeleteUnattachedEbsVolume",
          "UpgradeEbsVolumeType")
      .allowed("RuleType", "AccountRule", "OrganizationRule")
      .allowed("Status", "Active", "Inactive")
      .refYields("RuleArn")
      .attributes("AccountId", "CreatedTimestamp", "LastUpdatedTimestamp", "RuleArn", "RuleId",
          "RuleRevision")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public AutomationRule(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /** CloudFormation property {@code Criteria}. */
  public AutomationRule criteria(Value<Criteria> value) {
    return set("Criteria", value);
  }

  /**
   * The description of the automation rule.
   *
   * <p>Length: 0 to 1024 characters. Pattern: {@code ^[a-zA-Z0-9_&#92;-&#92;s&#64;&#92;.]*$}.
   * CloudFormation property {@code Description}.
   */
  public AutomationRule description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public AutomationRule description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * The name of the automation rule.
   *
   * <p>Required. Length: 0 to 128 characters. Pattern: {@code ^[a-zA-Z0-9_-]*$}. CloudFormation
   * property {@code Name}.
   */
  public AutomationRule name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public AutomationRule name(Value<String> value) {
    return set("Name", value);
  }

  /** CloudFormation property {@code OrganizationConfiguration}. */
  public AutomationRule organizationConfiguration(Value<OrganizationConfiguration> value) {
    return set("OrganizationConfiguration", value);
  }

  /**
   * Rule priority within its group
   *
   * <p>CloudFormation property {@code Priority}.
   */
  public AutomationRule priority(String value) {
    return set("Priority", Value.of(value));
  }

  /** Sets {@code Priority} to this value; see {@link #priority(String)}. */
  public AutomationRule priority(Value<String> value) {
    return set("Priority", value);
  }

  /**
   * The types of recommended actions this rule will implement.
   *
   * <p>Required. Allowed values: {@code SnapshotAndDeleteUnattachedEbsVolume}, {@code
   * UpgradeEbsVolumeType}. CloudFormation property {@code RecommendedActionTypes}.
   */
  public AutomationRule recommendedActionTypes(List<String> value) {
    return set("RecommendedActionTypes", Value.listOf(value));
  }

  /**
   * Sets {@code RecommendedActionTypes} to this value; see {@link #recommendedActionTypes(List)}.
   */
  public AutomationRule recommendedActionTypes(Value<List<String>> value) {
    return set("RecommendedActionTypes", value);
  }

  /**
   * The type of automation rule.
   *
   * <p>Required. Allowed values: {@code AccountRule}, {@code OrganizationRule}. CloudFormation
   * property {@code RuleType}.
   */
  public AutomationRule ruleType(String value) {
    return set("RuleType", Value.of(value));
  }

  /** Sets {@code RuleType} to this value; see {@link #ruleType(String)}. */
  public AutomationRule ruleType(Value<String> value) {
    return set("RuleType", value);
  }

  /** Required. CloudFormation property {@code Schedule}. */
  public AutomationRule schedule(Value<Schedule> value) {
    return set("Schedule", value);
  }

  /**
   * The status of the automation rule.
   *
   * <p>Required. Allowed values: {@code Active}, {@code Inactive}. CloudFormation property {@code
   * Status}.
   */
  public AutomationRule status(String value) {
    return set("Status", Value.of(value));
  }

  /** Sets {@code Status} to this value; see {@link #status(String)}. */
  public AutomationRule status(Value<String> value) {
    return set("Status", value);
  }

  /**
   * Tags associated with the automation rule.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public AutomationRule tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public AutomationRule tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public AutomationRule tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The AWS account ID that owns the automation rule.
   *
   * <p>{@code Fn::GetAtt} attribute {@code AccountId}.
   */
  public Value<String> accountId() {
    return getAtt("AccountId");
  }

  /**
   * The timestamp when the automation rule was created.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CreatedTimestamp}.
   */
  public Value<String> createdTimestamp() {
    return getAtt("CreatedTimestamp");
  }

  /**
   * The timestamp when the automation rule was last updated.
   *
   * <p>{@code Fn::GetAtt} attribute {@code LastUpdatedTimestamp}.
   */
  public Value<String> lastUpdatedTimestamp() {
    return getAtt("LastUpdatedTimestamp");
  }

  /**
   * The Amazon Resource Name (ARN) of the automation rule.
   *
   * <p>{@code Fn::GetAtt} attribute {@code RuleArn}.
   */
  public Value<String> ruleArn() {
    return getAtt("RuleArn");
  }

  /**
   * The unique identifier of the automation rule.
   *
   * <p>{@code Fn::GetAtt} attribute {@code RuleId}.
   */
  public Value<String> ruleId() {
    return getAtt("RuleId");
  }

  /**
   * The revision number of the automation rule.
   *
   * <p>{@code Fn::GetAtt} attribute {@code RuleRevision}.
   */
  public Value<String> ruleRevision() {
    return getAtt("RuleRevision");
  }

  /** Property type {@code AWS::ComputeOptimizer::AutomationRule.Criteria}. */
  public static final class Criteria extends Struct<Criteria> {
    private static final Schema SCHEMA = Schema.of("AWS::ComputeOptimizer::AutomationRule.Criteria");

    public Criteria() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code EbsVolumeSizeInGib}. */
    public Criteria ebsVolumeSizeInGib(List<IntegerCriteriaCondition> value) {
      return set("EbsVolumeSizeInGib", Value.listOf(value));
    }

    /** Sets {@code EbsVolumeSizeInGib} to this value; see {@link #ebsVolumeSizeInGib(List)}. */
    public Criteria ebsVolumeSizeInGib(Value<List<IntegerCriteriaCondition>> value) {
      return set("EbsVolumeSizeInGib", value);
    }

    /**
     * Sets {@code EbsVolumeSizeInGib} to a list of these; see {@link #ebsVolumeSizeInGib(List)}.
     */
    public Criteria ebsVolumeSizeInGib(IntegerCriteriaCondition... values) {
      return set("EbsVolumeSizeInGib", Value.list(values));
    }

    /** CloudFormation property {@code EbsVolumeType}. */
    public Criteria ebsVolumeType(List<StringCriteriaCondition> value) {
      return set("EbsVolumeType", Value.listOf(value));
    }

    /** Sets {@code EbsVolumeType} to this value; see {@link #ebsVolumeType(List)}. */
    public Criteria ebsVolumeType(Value<List<StringCriteriaCondition>> value) {
      return set("EbsVolumeType", value);
    }

    /** Sets {@code EbsVolumeType} to a list of these; see {@link #ebsVolumeType(List)}. */
    public Criteria ebsVolumeType(StringCriteriaCondition... values) {
      return set("EbsVolumeType", Value.list(values));
    }

    /** CloudFormation property {@code EstimatedMonthlySavings}. */
    public Criteria estimatedMonthlySavings(List<DoubleCriteriaCondition> value) {
      return set("EstimatedMonthlySavings", Value.listOf(value));
    }

    /**
     * Sets {@code EstimatedMonthlySavings} to this value; see {@link
     * #estimatedMonthlySavings(List)}.
     */
    public Criteria estimatedMonthlySavings(Value<List<DoubleCriteriaCondition>> value) {
      return set("EstimatedMonthlySavings", value);
    }

    /**
     * Sets {@code EstimatedMonthlySavings} to a list of these; see {@link
     * #estimatedMonthlySavings(List)}.
     */
    public Criteria estimatedMonthlySavings(DoubleCriteriaCondition... values) {
      return set("EstimatedMonthlySavings", Value.list(values));
    }

    /** CloudFormation property {@code LookBackPeriodInDays}. */
    public Criteria lookBackPeriodInDays(List<IntegerCriteriaCondition> value) {
      return set("LookBackPeriodInDays", Value.listOf(value));
    }

    /** Sets {@code LookBackPeriodInDays} to this value; see {@link #lookBackPeriodInDays(List)}. */
    public Criteria lookBackPeriodInDays(Value<List<IntegerCriteriaCondition>> value) {
      return set("LookBackPeriodInDays", value);
    }

    /**
     * Sets {@code LookBackPeriodInDays} to a list of these; see {@link
     * #lookBackPeriodInDays(List)}.
     */
    public Criteria lookBackPeriodInDays(IntegerCriteriaCondition... values) {
      return set("LookBackPeriodInDays", Value.list(values));
    }

    /** CloudFormation property {@code Region}. */
    public Criteria region(List<StringCriteriaCondition> value) {
      return set("Region", Value.listOf(value));
    }

    /** Sets {@code Region} to this value; see {@link #region(List)}. */
    public Criteria region(Value<List<StringCriteriaCondition>> value) {
      return set("Region", value);
    }

    /** Sets {@code Region} to a list of these; see {@link #region(List)}. */
    public Criteria region(StringCriteriaCondition... values) {
      return set("Region", Value.list(values));
    }

    /** CloudFormation property {@code ResourceArn}. */
    public Criteria resourceArn(List<StringCriteriaCondition> value) {
      return set("ResourceArn", Value.listOf(value));
    }

    /** Sets {@code ResourceArn} to this value; see {@link #resourceArn(List)}. */
    public Criteria resourceArn(Value<List<StringCriteriaCondition>> value) {
      return set("ResourceArn", value);
    }

    /** Sets {@code ResourceArn} to a list of these; see {@link #resourceArn(List)}. */
    public Criteria resourceArn(StringCriteriaCondition... values) {
      return set("ResourceArn", Value.list(values));
    }

    /** CloudFormation property {@code ResourceTag}. */
    public Criteria resourceTag(List<ResourceTagsCriteriaCondition> value) {
      return set("ResourceTag", Value.listOf(value));
    }

    /** Sets {@code ResourceTag} to this value; see {@link #resourceTag(List)}. */
    public Criteria resourceTag(Value<List<ResourceTagsCriteriaCondition>> value) {
      return set("ResourceTag", value);
    }

    /** Sets {@code ResourceTag} to a list of these; see {@link #resourceTag(List)}. */
    public Criteria resourceTag(ResourceTagsCriteriaCondition... values) {
      return set("ResourceTag", Value.list(values));
    }

    /** CloudFormation property {@code RestartNeeded}. */
    public Criteria restartNeeded(List<StringCriteriaCondition> value) {
      return set("RestartNeeded", Value.listOf(value));
    }

    /** Sets {@code RestartNeeded} to this value; see {@link #restartNeeded(List)}. */
    public Criteria restartNeeded(Value<List<StringCriteriaCondition>> value) {
      return set("RestartNeeded", value);
    }

    /** Sets {@code RestartNeeded} to a list of these; see {@link #restartNeeded(List)}. */
    public Criteria restartNeeded(StringCriteriaCondition... values) {
      return set("RestartNeeded", Value.list(values));
    }
  }

  /** Property type {@code AWS::ComputeOptimizer::AutomationRule.DoubleCriteriaCondition}. */
  public static final class DoubleCriteriaCondition extends Struct<DoubleCriteriaCondition> {
    private static final Schema SCHEMA = Schema.builder("AWS::ComputeOptimizer::AutomationRule.DoubleCriteriaCondition")
        .allowed("Comparison", "StringEquals", "StringNotEquals", "StringEqualsIgnoreCase",
            "StringNotEqualsIgnoreCase", "StringLike", "StringNotLike", "NumericEquals",
            "NumericNotEquals", "NumericLessThan", "NumericLessThanEquals", "NumericGreaterThan",
            "NumericGreaterThanEquals")
        .build();

    public DoubleCriteriaCondition() {
      super(SCHEMA);
    }

    /**
     * Allowed values: {@code StringEquals}, {@code StringNotEquals}, {@code
     * StringEqualsIgnoreCase}, {@code StringNotEqualsIgnoreCase}, {@code StringLike}, {@code
     * StringNotLike}, {@code NumericEquals}, {@code NumericNotEquals}, {@code NumericLessThan},
     * {@code NumericLessThanEquals}, {@code NumericGreaterThan}, {@code NumericGreaterThanEquals}.
     * CloudFormation property {@code Comparison}.
     */
    public DoubleCriteriaCondition comparison(String value) {
      return set("Comparison", Value.of(value));
    }

    /** Sets {@code Comparison} to this value; see {@link #comparison(String)}. */
    public DoubleCriteriaCondition comparison(Value<String> value) {
      return set("Comparison", value);
    }

    /** CloudFormation property {@code Values}. */
    public DoubleCriteriaCondition values(List<Double> value) {
      return set("Values", Value.listOf(value));
    }

    /** Sets {@code Values} to this value; see {@link #values(List)}. */
    public DoubleCriteriaCondition values(Value<List<Double>> value) {
      return set("Values", value);
    }
  }

  /** Property type {@code AWS::ComputeOptimizer::AutomationRule.IntegerCriteriaCondition}. */
  public static final class IntegerCriteriaCondition extends Struct<IntegerCriteriaCondition> {
    private static final Schema SCHEMA = Schema.builder("AWS::ComputeOptimizer::AutomationRule.IntegerCriteriaCondition")
        .allowed("Comparison", "StringEquals", "StringNotEquals", "StringEqualsIgnoreCase",
            "StringNotEqualsIgnoreCase", "StringLike", "StringNotLike", "NumericEquals",
            "NumericNotEquals", "NumericLessThan", "NumericLessThanEquals", "NumericGreaterThan",
            "NumericGreaterThanEquals")
        .build();

    public IntegerCriteriaCondition() {
      super(SCHEMA);
    }

    /**
     * Allowed values: {@code StringEquals}, {@code StringNotEquals}, {@code
     * StringEqualsIgnoreCase}, {@code StringNotEqualsIgnoreCase}, {@code StringLike}, {@code
     * StringNotLike}, {@code NumericEquals}, {@code NumericNotEquals}, {@code NumericLessThan},
     * {@code NumericLessThanEquals}, {@code NumericGreaterThan}, {@code NumericGreaterThanEquals}.
     * CloudFormation property {@code Comparison}.
     */
    public IntegerCriteriaCondition comparison(String value) {
      return set("Comparison", Value.of(value));
    }

    /** Sets {@code Comparison} to this value; see {@link #comparison(String)}. */
    public IntegerCriteriaCondition comparison(Value<String> value) {
      return set("Comparison", value);
    }

    /** CloudFormation property {@code Values}. */
    public IntegerCriteriaCondition values(List<Integer> value) {
      return set("Values", Value.listOf(value));
    }

    /** Sets {@code Values} to this value; see {@link #values(List)}. */
    public IntegerCriteriaCondition values(Value<List<Integer>> value) {
      return set("Values", value);
    }
  }

  /** Property type {@code AWS::ComputeOptimizer::AutomationRule.OrganizationConfiguration}. */
  public static final class OrganizationConfiguration extends Struct<OrganizationConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::ComputeOptimizer::AutomationRule.OrganizationConfiguration")
        .constrain("AccountIds", Constraint.of().pattern("^[0-9]{12}$"))
        .allowed("RuleApplyOrder", "BeforeAccountRules", "AfterAccountRules")
        .build();

    public OrganizationConfiguration() {
      super(SCHEMA);
    }

    /**
     * List of account IDs where the organization rule applies
     *
     * <p>Pattern: {@code ^[0-9]{12}$}. CloudFormation property {@code AccountIds}.
     */
    public OrganizationConfiguration accountIds(List<String> value) {
      return set("AccountIds", Value.listOf(value));
    }

    /** Sets {@code AccountIds} to this value; see {@link #accountIds(List)}. */
    public OrganizationConfiguration accountIds(Value<List<String>> value) {
      return set("AccountIds", value);
    }

    /**
     * When the rule should be applied relative to account rules
     *
     * <p>Allowed values: {@code BeforeAccountRules}, {@code AfterAccountRules}. CloudFormation
     * property {@code RuleApplyOrder}.
     */
    public OrganizationConfiguration ruleApplyOrder(String value) {
      return set("RuleApplyOrder", Value.of(value));
    }

    /** Sets {@code RuleApplyOrder} to this value; see {@link #ruleApplyOrder(String)}. */
    public OrganizationConfiguration ruleApplyOrder(Value<String> value) {
      return set("RuleApplyOrder", value);
    }
  }

  /** Property type {@code AWS::ComputeOptimizer::AutomationRule.ResourceTagsCriteriaCondition}. */
  public static final class ResourceTagsCriteriaCondition extends Struct<ResourceTagsCriteriaCondition> {
    private static final Schema SCHEMA = Schema.builder("AWS::ComputeOptimizer::AutomationRule.ResourceTagsCriteriaCondition")
        .allowed("Comparison", "StringEquals", "StringNotEquals", "StringEqualsIgnoreCase",
            "StringNotEqualsIgnoreCase", "StringLike", "StringNotLike", "NumericEquals",
            "NumericNotEquals", "NumericLessThan", "NumericLessThanEquals", "NumericGreaterThan",
            "NumericGreaterThanEquals")
        .constrain("Key", Constraint.of().pattern("^[\\w\\s\\.\\-\\:\\/\\=\\+\\@\\*\\?]+$").minLength(1).maxLength(512))
        .constrain("Values", Constraint.of().pattern("^[\\w\\s\\.\\-\\:\\/\\=\\+\\@\\*\\?]+$").minLength(1).maxLength(512))
        .build();

    public ResourceTagsCriteriaCondition() {
      super(SCHEMA);
    }

    /**
     * Allowed values: {@code StringEquals}, {@code StringNotEquals}, {@code
     * StringEqualsIgnoreCase}, {@code StringNotEqualsIgnoreCase}, {@code StringLike}, {@code
     * StringNotLike}, {@code NumericEquals}, {@code NumericNotEquals}, {@code NumericLessThan},
     * {@code NumericLessThanEquals}, {@code NumericGreaterThan}, {@code NumericGreaterThanEquals}.
     * CloudFormation property {@code Comparison}.
     */
    public ResourceTagsCriteriaCondition comparison(String value) {
      return set("Comparison", Value.of(value));
    }

    /** Sets {@code Comparison} to this value; see {@link #comparison(String)}. */
    public ResourceTagsCriteriaCondition comparison(Value<String> value) {
      return set("Comparison", value);
    }

    /**
     * Length: 1 to 512 characters. Pattern: {@code
     * ^[&#92;w&#92;s&#92;.&#92;-&#92;:&#92;/&#92;=&#92;+&#92;&#64;&#92;*&#92;?]+$}. CloudFormation
     * property {@code Key}.
     */
    public ResourceTagsCriteriaCondition key(String value) {
      return set("Key", Value.of(value));
    }

    /** Sets {@code Key} to this value; see {@link #key(String)}. */
    public ResourceTagsCriteriaCondition key(Value<String> value) {
      return set("Key", value);
    }

    /**
     * Length: 1 to 512 characters. Pattern: {@code
     * ^[&#92;w&#92;s&#92;.&#92;-&#92;:&#92;/&#92;=&#92;+&#92;&#64;&#92;*&#92;?]+$}. CloudFormation
     * property {@code Values}.
     */
    public ResourceTagsCriteriaCondition values(List<String> value) {
      return set("Values", Value.listOf(value));
    }

    /** Sets {@code Values} to this value; see {@link #values(List)}. */
    public ResourceTagsCriteriaCondition values(Value<List<String>> value) {
      return set("Values", value);
    }
  }

  /** Property type {@code AWS::ComputeOptimizer::AutomationRule.Schedule}. */
  public static final class Schedule extends Struct<Schedule> {
    private static final Schema SCHEMA = Schema.builder("AWS::ComputeOptimizer::AutomationRule.Schedule")
        .constrain("ExecutionWindowInMinutes", Constraint.of().minimum(60).maximum(1440))
        .build();

    public Schedule() {
      super(SCHEMA);
    }

    /**
     * Execution window duration in minutes
     *
     * <p>Range: 60 to 1440. CloudFormation property {@code ExecutionWindowInMinutes}.
     */
    public Schedule executionWindowInMinutes(int value) {
      return set("ExecutionWindowInMinutes", Value.of(value));
    }

    /**
     * Sets {@code ExecutionWindowInMinutes} to this value; see {@link
     * #executionWindowInMinutes(int)}.
     */
    public Schedule executionWindowInMinutes(Value<Integer> value) {
      return set("ExecutionWindowInMinutes", value);
    }

    /**
     * Schedule expression (e.g., cron or rate expression)
     *
     * <p>CloudFormation property {@code ScheduleExpression}.
     */
    public Schedule scheduleExpression(String value) {
      return set("ScheduleExpression", Value.of(value));
    }

    /** Sets {@code ScheduleExpression} to this value; see {@link #scheduleExpression(String)}. */
    public Schedule scheduleExpression(Value<String> value) {
      return set("ScheduleExpression", value);
    }

    /**
     * IANA timezone identifier
     *
     * <p>CloudFormation property {@code ScheduleExpressionTimezone}.
     */
    public Schedule scheduleExpressionTimezone(String value) {
      return set("ScheduleExpressionTimezone", Value.of(value));
    }

    /**
     * Sets {@code ScheduleExpressionTimezone} to this value; see {@link
     * #scheduleExpressionTimezone(String)}.
     */
    public Schedule scheduleExpressionTimezone(Value<String> value) {
      return set("ScheduleExpressionTimezone", value);
    }
  }

  /** Property type {@code AWS::ComputeOptimizer::AutomationRule.StringCriteriaCondition}. */
  public static final class StringCriteriaCondition extends Struct<StringCriteriaCondition> {
    private static final Schema SCHEMA = Schema.builder("AWS::ComputeOptimizer::AutomationRule.StringCriteriaCondition")
        .allowed("Comparison", "StringEquals", "StringNotEquals", "StringEqualsIgnoreCase",
            "StringNotEqualsIgnoreCase", "StringLike", "StringNotLike", "NumericEquals",
            "NumericNotEquals", "NumericLessThan", "NumericLessThanEquals", "NumericGreaterThan",
            "NumericGreaterThanEquals")
        .constrain("Values", Constraint.of().pattern("^[\\w\\s\\.\\-\\:\\/\\=\\+\\@\\*\\?]+$").minLength(1).maxLength(512))
        .build();

    public StringCriteriaCondition() {
      super(SCHEMA);
    }

    /**
     * Allowed values: {@code StringEquals}, {@code StringNotEquals}, {@code
     * StringEqualsIgnoreCase}, {@code StringNotEqualsIgnoreCase}, {@code StringLike}, {@code
     * StringNotLike}, {@code NumericEquals}, {@code NumericNotEquals}, {@code NumericLessThan},
     * {@code NumericLessThanEquals}, {@code NumericGreaterThan}, {@code NumericGreaterThanEquals}.
     * CloudFormation property {@code Comparison}.
     */
    public StringCriteriaCondition comparison(String value) {
      return set("Comparison", Value.of(value));
    }

    /** Sets {@code Comparison} to this value; see {@link #comparison(String)}. */
    public StringCriteriaCondition comparison(Value<String> value) {
      return set("Comparison", value);
    }

    /**
     * Length: 1 to 512 characters. Pattern: {@code
     * ^[&#92;w&#92;s&#92;.&#92;-&#92;:&#92;/&#92;=&#92;+&#92;&#64;&#92;*&#92;?]+$}. CloudFormation
     * property {@code Values}.
     */
    public StringCriteriaCondition values(List<String> value) {
      return set("Values", Value.listOf(value));
    }

    /** Sets {@code Values} to this value; see {@link #values(List)}. */
    public StringCriteriaCondition values(Value<List<String>> value) {
      return set("Values", value);
    }
  }
}
