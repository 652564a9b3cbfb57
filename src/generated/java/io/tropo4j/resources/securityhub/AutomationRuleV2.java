// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.securityhub;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;
import java.util.Map;

/**
 * Creates a V2 automation rule.
 *
 * <p>CloudFormation type {@code AWS::SecurityHub::AutomationRuleV2}.
 */
public final class AutomationRuleV2 extends Resource<AutomationRuleV2> {
  private static final Schema SCHEMA = Schema.builder("AWS::SecurityHub::AutomationRuleV2")
      .required("Actions", "Criteria", "Description", "RuleName", "RuleOrder")
      .constrain("Description", Constraint.of().pattern(".*\\S.*").minLength(1).maxLength(256))
      .constrain("RuleName", Constraint.of().pattern(".*\\S.*").minLength(1).maxLength(256))
      .constrain("RuleOrder", Constraint.of().minimum(1).maximum(1000))
      .allowed("RuleStatus", "ENABLED", "DISABLED")
      .refYields("RuleArn")
      .attributes("CreatedAt", "RuleArn", "RuleId", "UpdatedAt")
      .tags("Tags", Schema.TagForm.MAP)
      .build();

  public AutomationRuleV2(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * A list of actions to be performed when the rule criteria is met.
   *
   * <p>Required. CloudFormation property {@code Actions}.
   */
  public AutomationRuleV2 actions(List<AutomationRulesActionV2> value) {
    return set("Actions", Value.listOf(value));
  }

  /** Sets {@code Actions} to this value; see {@link #actions(List)}. */
  public AutomationRuleV2 actions(Value<List<AutomationRulesActionV2>> value) {
    return set("Actions", value);
  }

  /** Sets {@code Actions} to a list of these; see {@link #actions(List)}. */
  public AutomationRuleV2 actions(AutomationRulesActionV2... values) {
    return set("Actions", Value.list(values));
  }

  /**
   * The filtering type and configuration of the automation rule.
   *
   * <p>Required. CloudFormation property {@code Criteria}.
   */
  public AutomationRuleV2 criteria(Value<Criteria> value) {
    return set("Criteria", value);
  }

  /**
   * A description of the V2 automation rule.
   *
   * <p>Required. Length: 1 to 256 characters. Pattern: {@code .*&#92;S.*}. CloudFormation property
   * {@code Description}.
   */
  public AutomationRuleV2 description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public AutomationRuleV2 description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * The name of the V2 automation rule.
   *
   * <p>Required. Length: 1 to 256 characters. Pattern: {@code .*&#92;S.*}. CloudFormation property
   * {@code RuleName}.
   */
  public AutomationRuleV2 ruleName(String value) {
    return set("RuleName", Value.of(value));
  }

  /** Sets {@code RuleName} to this value; see {@link #ruleName(String)}. */
  public AutomationRuleV2 ruleName(Value<String> value) {
    return set("RuleName", value);
  }

  /**
   * The value for the rule priority.
   *
   * <p>Required. Range: 1 to 1000. CloudFormation property {@code RuleOrder}.
   */
  public AutomationRuleV2 ruleOrder(double value) {
    return set("RuleOrder", Value.of(value));
  }

  /** Sets {@code RuleOrder} to this value; see {@link #ruleOrder(double)}. */
  public AutomationRuleV2 ruleOrder(Value<Double> value) {
    return set("RuleOrder", value);
  }

  /**
   * The status of the V2 automation rule.
   *
   * <p>Allowed values: {@code ENABLED}, {@code DISABLED}. CloudFormation property {@code
   * RuleStatus}.
   */
  public AutomationRuleV2 ruleStatus(String value) {
    return set("RuleStatus", Value.of(value));
  }

  /** Sets {@code RuleStatus} to this value; see {@link #ruleStatus(String)}. */
  public AutomationRuleV2 ruleStatus(Value<String> value) {
    return set("RuleStatus", value);
  }

  /**
   * A list of key-value pairs associated with the V2 automation rule.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public AutomationRuleV2 tags(Map<String, String> value) {
    return set("Tags", Value.mapOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(Map)}. */
  public AutomationRuleV2 tags(Value<Map<String, String>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a map of key to value; see {@link #tags(Map)}. */
  public AutomationRuleV2 tags(Tags tags) {
    return set("Tags", tags.asMap());
  }

  /**
   * The timestamp when the V2 automation rule was created.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CreatedAt}.
   */
  public Value<String> createdAt() {
    return getAtt("CreatedAt");
  }

  /**
   * The ARN of the V2 automation rule.
   *
   * <p>{@code Fn::GetAtt} attribute {@code RuleArn}.
   */
  public Value<String> ruleArn() {
    return getAtt("RuleArn");
  }

  /**
   * The ID of the V2 automation rule.
   *
   * <p>{@code Fn::GetAtt} attribute {@code RuleId}.
   */
  public Value<String> ruleId() {
    return getAtt("RuleId");
  }

  /**
   * The timestamp when the V2 automation rule was updated.
   *
   * <p>{@code Fn::GetAtt} attribute {@code UpdatedAt}.
   */
  public Value<String> updatedAt() {
    return getAtt("UpdatedAt");
  }

  /**
   * Allows you to configure automated responses.
   *
   * <p>Property type {@code AWS::SecurityHub::AutomationRuleV2.AutomationRulesActionV2}.
   */
  public static final class AutomationRulesActionV2 extends Struct<AutomationRulesActionV2> {
    private static final Schema SCHEMA = Schema.builder("AWS::SecurityHub::AutomationRuleV2.AutomationRulesActionV2")
        .required("Type")
        .allowed("Type", "FINDING_FIELDS_UPDATE", "EXTERNAL_INTEGRATION")
        .build();

    public AutomationRulesActionV2() {
      super(SCHEMA);
    }

    /**
     * The settings for integrating automation rule actions with external systems or service.
     *
     * <p>CloudFormation property {@code ExternalIntegrationConfiguration}.
     */
    public AutomationRulesActionV2 externalIntegrationConfiguration(Value<ExternalIntegrationConfiguration> value) {
      return set("ExternalIntegrationConfiguration", value);
    }

    /**
     * Specifies that the automation rule action is an update to a finding field.
     *
     * <p>CloudFormation property {@code FindingFieldsUpdate}.
     */
    public AutomationRulesActionV2 findingFieldsUpdate(Value<AutomationRulesFindingFieldsUpdateV2> value) {
      return set("FindingFieldsUpdate", value);
    }

    /**
     * Specifies the type of action that Security Hub CSPM takes when a finding matches the defined
     * criteria of a rule.
     *
     * <p>Required. Allowed values: {@code FINDING_FIELDS_UPDATE}, {@code EXTERNAL_INTEGRATION}.
     * CloudFormation property {@code Type}.
     */
    public AutomationRulesActionV2 type(String value) {
      return set("Type", Value.of(value));
    }

    /** Sets {@code Type} to this value; see {@link #type(String)}. */
    public AutomationRulesActionV2 type(Value<String> value) {
      return set("Type", value);
    }
  }

  /**
   * Allows you to define the structure for modifying specific fields in security findings.
   *
   * <p>Property type {@code
   * AWS::SecurityHub::AutomationRuleV2.AutomationRulesFindingFieldsUpdateV2}.
   */
  public static final class AutomationRulesFindingFieldsUpdateV2 extends Struct<AutomationRulesFindingFieldsUpdateV2> {
    private static final Schema SCHEMA = Schema.builder("AWS::SecurityHub::AutomationRuleV2.AutomationRulesFindingFieldsUpdateV2")
        .constrain("Comment", Constraint.of().pattern(".*\\S.*"))
        .build();

    public AutomationRulesFindingFieldsUpdateV2() {
      super(SCHEMA);
    }

    /**
     * Notes or contextual information for findings that are modified by the automation rule.
     *
     * <p>Pattern: {@code .*&#92;S.*}. CloudFormation property {@code Comment}.
     */
    public AutomationRulesFindingFieldsUpdateV2 comment(String value) {
      return set("Comment", Value.of(value));
    }

    /** Sets {@code Comment} to this value; see {@link #comment(String)}. */
    public AutomationRulesFindingFieldsUpdateV2 comment(Value<String> value) {
      return set("Comment", value);
    }

    /**
     * The severity level to be assigned to findings that match the automation rule criteria.
     *
     * <p>CloudFormation property {@code SeverityId}.
     */
    public AutomationRulesFindingFieldsUpdateV2 severityId(int value) {
      return set("SeverityId", Value.of(value));
    }

    /** Sets {@code SeverityId} to this value; see {@link #severityId(int)}. */
    public AutomationRulesFindingFieldsUpdateV2 severityId(Value<Integer> value) {
      return set("SeverityId", value);
    }

    /**
     * The status to be applied to findings that match automation rule criteria.
     *
     * <p>CloudFormation property {@code StatusId}.
     */
    public AutomationRulesFindingFieldsUpdateV2 statusId(int value) {
      return set("StatusId", Value.of(value));
    }

    /** Sets {@code StatusId} to this value; see {@link #statusId(int)}. */
    public AutomationRulesFindingFieldsUpdateV2 statusId(Value<Integer> value) {
      return set("StatusId", value);
    }
  }

  /**
   * Boolean filter for querying findings.
   *
   * <p>Property type {@code AWS::SecurityHub::AutomationRuleV2.BooleanFilter}.
   */
  public static final class BooleanFilter extends Struct<BooleanFilter> {
    private static final Schema SCHEMA = Schema.builder("AWS::SecurityHub::AutomationRuleV2.BooleanFilter")
        .required("Value")
        .build();

    public BooleanFilter() {
      super(SCHEMA);
    }

    /**
     * The value of the boolean.
     *
     * <p>Required. CloudFormation property {@code Value}.
     */
    public BooleanFilter value(boolean value) {
      return set("Value", Value.of(value));
    }

    /** Sets {@code Value} to this value; see {@link #value(boolean)}. */
    public BooleanFilter value(Value<Boolean> value) {
      return set("Value", value);
    }
  }

  /**
   * Enables the creation of filtering criteria for security findings.
   *
   * <p>Property type {@code AWS::SecurityHub::AutomationRuleV2.CompositeFilter}.
   */
  public static final class CompositeFilter extends Struct<CompositeFilter> {
    private static final Schema SCHEMA = Schema.builder("AWS::SecurityHub::AutomationRuleV2.CompositeFilter")
        .allowed("Operator", "AND", "OR")
        .build();

    public CompositeFilter() {
      super(SCHEMA);
    }

    /**
     * Enables filtering based on boolean field values.
     *
     * <p>CloudFormation property {@code BooleanFilters}.
     */
    public CompositeFilter booleanFilters(List<OcsfBooleanFilter> value) {
      return set("BooleanFilters", Value.listOf(value));
    }

    /** Sets {@code BooleanFilters} to this value; see {@link #booleanFilters(List)}. */
    public CompositeFilter booleanFilters(Value<List<OcsfBooleanFilter>> value) {
      return set("BooleanFilters", value);
    }

    /** Sets {@code BooleanFilters} to a list of these; see {@link #booleanFilters(List)}. */
    public CompositeFilter booleanFilters(OcsfBooleanFilter... values) {
      return set("BooleanFilters", Value.list(values));
    }

    /**
     * Enables filtering based on date and timestamp fields.
     *
     * <p>CloudFormation property {@code DateFilters}.
     */
    public CompositeFilter dateFilters(List<OcsfDateFilter> value) {
      return set("DateFilters", Value.listOf(value));
    }

    /** Sets {@code DateFilters} to this value; see {@link #dateFilters(List)}. */
    public CompositeFilter dateFilters(Value<List<OcsfDateFilter>> value) {
      return set("DateFilters", value);
    }

    /** Sets {@code DateFilters} to a list of these; see {@link #dateFilters(List)}. */
    public CompositeFilter dateFilters(OcsfDateFilter... values) {
      return set("DateFilters", Value.list(values));
    }

    /**
     * Enables the creation of filtering criteria for security findings.
     *
     * <p>CloudFormation property {@code MapFilters}.
     */
    public CompositeFilter mapFilters(List<OcsfMapFilter> value) {
      return set("MapFilters", Value.listOf(value));
    }

    /** Sets {@code MapFilters} to this value; see {@link #mapFilters(List)}. */
    public CompositeFilter mapFilters(Value<List<OcsfMapFilter>> value) {
      return set("MapFilters", value);
    }

    /** Sets {@code MapFilters} to a list of these; see {@link #mapFilters(List)}. */
    public CompositeFilter mapFilters(OcsfMapFilter... values) {
      return set("MapFilters", Value.list(values));
    }

    /**
     * Enables filtering based on numerical field values.
     *
     * <p>CloudFormation property {@code NumberFilters}.
     */
    public CompositeFilter numberFilters(List<OcsfNumberFilter> value) {
      return set("NumberFilters", Value.listOf(value));
    }

    /** Sets {@code NumberFilters} to this value; see {@link #numberFilters(List)}. */
    public CompositeFilter numberFilters(Value<List<OcsfNumberFilter>> value) {
      return set("NumberFilters", value);
    }

    /** Sets {@code NumberFilters} to a list of these; see {@link #numberFilters(List)}. */
    public CompositeFilter numberFilters(OcsfNumberFilter... values) {
      return set("NumberFilters", Value.list(values));
    }

    /**
     * The logical operator used to combine multiple filter conditions.
     *
     * <p>Allowed values: {@code AND}, {@code OR}. CloudFormation property {@code Operator}.
     */
    public CompositeFilter operator(String value) {
      return set("Operator", Value.of(value));
    }

    /** Sets {@code Operator} to this value; see {@link #operator(String)}. */
    public CompositeFilter operator(Value<String> value) {
      return set("Operator", value);
    }

    /**
     * Enables filtering based on string field values.
     *
     * <p>CloudFormation property {@code StringFilters}.
     */
    public CompositeFilter stringFilters(List<OcsfStringFilter> value) {
      return set("StringFilters", Value.listOf(value));
    }

    /** Sets {@code StringFilters} to this value; see {@link #stringFilters(List)}. */
    public CompositeFilter stringFilters(Value<List<OcsfStringFilter>> value) {
      return set("StringFilters", value);
    }

    /** Sets {@code StringFilters} to a list of these; see {@link #stringFilters(List)}. */
    public CompositeFilter stringFilters(OcsfStringFilter... values) {
      return set("StringFilters", Value.list(values));
    }
  }

  /**
   * The filtering type and configuration of the automation rule.
   *
   * <p>Property type {@code AWS::SecurityHub::AutomationRuleV2.Criteria}.
   */
  public static final class Criteria extends Struct<Criteria> {
    private static final Schema SCHEMA = Schema.of("AWS::SecurityHub::AutomationRuleV2.Criteria");

    public Criteria() {
      super(SCHEMA);
    }

    /**
     * The filtering conditions that align with OCSF standards.
     *
     * <p>CloudFormation property {@code OcsfFindingCriteria}.
     */
    public Criteria ocsfFindingCriteria(Value<OcsfFindingFilters> value) {
      return set("OcsfFindingCriteria", value);
    }
  }

  /**
   * A date filter for querying findings.
   *
   * <p>Property type {@code AWS::SecurityHub::AutomationRuleV2.DateFilter}.
   */
  public static final class DateFilter extends Struct<DateFilter> {
    private static final Schema SCHEMA = Schema.builder("AWS::SecurityHub::AutomationRuleV2.DateFilter")
        .constrain("End", Constraint.of().pattern("^(\\d\\d\\d\\d)-([0][1-9]|[1][0-2])-([0][1-9]|[1-2](\\d)|[3][0-1])[T](?:([0-1](\\d)|[2][0-3]):[0-5](\\d):[0-5](\\d)|23:59:60)(?:\\.(\\d)+)?([Z]|[+-](\\d\\d)(:?(\\d\\d))?)$"))
        .constrain("Start", Constraint.of().pattern("^(\\d\\d\\d\\d)-([0][1-9]|[1][0-2])-([0][1-9]|[1-2](\\d)|[3][0-1])[T](?:([0-1](\\d)|[2][0-3]):[0-5](\\d):[0-5](\\d)|23:59:60)(?:\\.(\\d)+)?([Z]|[+-](\\d\\d)(:?(\\d\\d))?)$"))
        .build();

    public DateFilter() {
      super(SCHEMA);
    }

    /**
     * A date range for the date filter.
     *
     * <p>CloudFormation property {@code DateRange}.
     */
    public DateFilter dateRange(Value<DateRange> value) {
      return set("DateRange", value);
    }

    /**
     * A timestamp that provides the end date for the date filter.
     *
     * <p>For more information about the validation and formatting of timestamp fields in AWS
     * Security Hub CSPM , see <a
     * href="https://docs.aws.amazon.com/securityhub/1.0/APIReference/Welcome.html#timestamps">Timestamps</a>
     * .
     *
     * <p>Pattern: {@code
     * ^(&#92;d&#92;d&#92;d&#92;d)-([0][1-9]|[1][0-2])-([0][1-9]|[1-2](&#92;d)|[3][0-1])[T](?:([0-1](&#92;d)|[2][0-3]):[0-5](&#92;d):[0-5](&#92;d)|23:59:60)(?:&#92;.(&#92;d)+)?([Z]|[+-](&#92;d&#92;d)(:?(&#92;d&#92;d))?)$}.
     * CloudFormation property {@code End}.
     */
    public DateFilter end(String value) {
      return set("End", Value.of(value));
    }

    /** Sets {@code End} to this value; see {@link #end(String)}. */
    public DateFilter end(Value<String> value) {
      return set("End", value);
    }

    /**
     * A timestamp that provides the start date for the date filter.
     *
     * <p>For more information about the validation and formatting of timestamp fields in AWS
     * Security Hub CSPM , see <a
     * href="https://docs.aws.amazon.com/securityhub/1.0/APIReference/Welcome.html#timestamps">Timestamps</a>
     * .
     *
     * <p>Pattern: {@code
     * ^(&#92;d&#92;d&#92;d&#92;d)-([0][1-9]|[1][0-2])-([0][1-9]|[1-2](&#92;d)|[3][0-1])[T](?:([0-1](&#92;d)|[2][0-3]):[0-5](&#92;d):[0-5](&#92;d)|23:59:60)(?:&#92;.(&#92;d)+)?([Z]|[+-](&#92;d&#92;d)(:?(&#92;d&#92;d))?)$}.
     * CloudFormation property {@code Start}.
     */
    public DateFilter start(String value) {
      return set("Start", Value.of(value));
    }

    /** Sets {@code Start} to this value; see {@link #start(String)}. */
    public DateFilter start(Value<String> value) {
      return set("Start", value);
    }
  }

  /**
   * A date range for the date filter.
   *
   * <p>Property type {@code AWS::SecurityHub::AutomationRuleV2.DateRange}.
   */
  public static final class DateRange extends Struct<DateRange> {
    private static final Schema SCHEMA = Schema.builder("AWS::SecurityHub::AutomationRuleV2.DateRange")
        .required("Unit", "Value")
        .allowed("Unit", "DAYS")
        .build();

    public DateRange() {
      super(SCHEMA);
    }

    /**
     * A date range unit for the date filter.
     *
     * <p>Required. Allowed values: {@code DAYS}. CloudFormation property {@code Unit}.
     */
    public DateRange unit(String value) {
      return set("Unit", Value.of(value));
    }

    /** Sets {@code Unit} to this value; see {@link #unit(String)}. */
    public DateRange unit(Value<String> value) {
      return set("Unit", value);
    }

    /**
     * A date range value for the date filter.
     *
     * <p>Required. CloudFormation property {@code Value}.
     */
    public DateRange value(double value) {
      return set("Value", Value.of(value));
    }

    /** Sets {@code Value} to this value; see {@link #value(double)}. */
    public DateRange value(Value<Double> value) {
      return set("Value", value);
    }
  }

  /**
   * The settings for integrating automation rule actions with external systems or service.
   *
   * <p>Property type {@code AWS::SecurityHub::AutomationRuleV2.ExternalIntegrationConfiguration}.
   */
  public static final class ExternalIntegrationConfiguration extends Struct<ExternalIntegrationConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::SecurityHub::AutomationRuleV2.ExternalIntegrationConfiguration")
        .constrain("ConnectorArn", Constraint.of().pattern(".*\\S.*"))
        .build();

    public ExternalIntegrationConfiguration() {
      super(SCHEMA);
    }

    /**
     * The ARN of the connector that establishes the integration.
     *
     * <p>Pattern: {@code .*&#92;S.*}. CloudFormation property {@code ConnectorArn}.
     */
    public ExternalIntegrationConfiguration connectorArn(String value) {
      return set("ConnectorArn", Value.of(value));
    }

    /** Sets {@code ConnectorArn} to this value; see {@link #connectorArn(String)}. */
    public ExternalIntegrationConfiguration connectorArn(Value<String> value) {
      return set("ConnectorArn", value);
    }
  }

  /**
   * A map filter for filtering AWS Security Hub CSPM findings. Each map filter provides the field
   * to check for, the value to check for, and the comparison operator.
   *
   * <p>Property type {@code AWS::SecurityHub::AutomationRuleV2.MapFilter}.
   */
  public static final class MapFilter extends Struct<MapFilter> {
    private static final Schema SCHEMA = Schema.builder("AWS::SecurityHub::AutomationRuleV2.MapFilter")
        .required("Comparison", "Key", "Value")
        .allowed("Comparison", "EQUALS", "NOT_EQUALS")
        .constrain("Key", Constraint.of().minLength(1).maxLength(4096))
        .constrain("Value", Constraint.of().minLength(1).maxLength(4096))
        .build();

    public MapFilter() {
      super(SCHEMA);
    }

    /**
     * The condition to apply to the key value when filtering Security Hub CSPM findings with a map
     * filter.
     *
     * <p>To search for values that have the filter value, use one of the following comparison
     * operators:
     *
     * <ul> <li>To search for values that include the filter value, use <code>CONTAINS</code> . For
     * example, for the <code>ResourceTags</code> field, the filter <code>Department CONTAINS
     * Security</code> matches findings that include the value <code>Security</code> for the
     * <code>Department</code> tag. In the same example, a finding with a value of <code>Security
     * team</code> for the <code>Department</code> tag is a match. <li>To search for values that
     * exactly match the filter value, use <code>EQUALS</code> . For example, for the
     * <code>ResourceTags</code> field, the filter <code>Department EQUALS Security</code> matches
     * findings that have the value <code>Security</code> for the <code>Department</code> tag. </ul>
     *
     * <p><code>CONTAINS</code> and <code>EQUALS</code> filters on the same field are joined by
     * <code>OR</code> . A finding matches if it matches any one of those filters. For example, the
     * filters <code>Department CONTAINS Security OR Department CONTAINS Finance</code> match a
     * finding that includes either <code>Security</code> , <code>Finance</code> , or both values.
     *
     * <p>To search for values that don't have the filter value, use one of the following comparison
     * operators:
     *
     * <ul> <li>To search for values that exclude the filter value, use <code>NOT_CONTAINS</code> .
     * For example, for the <code>ResourceTags</code> field, the filter <code>Department
     * NOT_CONTAINS Finance</code> matches findings that exclude the value <code>Finance</code> for
     * the <code>Department</code> tag. <li>To search for values other than the filter value, use
     * <code>NOT_EQUALS</code> . For example, for the <code>ResourceTags</code> field, the filter
     * <code>Department NOT_EQUALS Finance</code> matches findings that don’t have the value
     * <code>Finance</code> for the <code>Department</code> tag. </ul>
     *
     * <p><code>NOT_CONTAINS</code> and <code>NOT_EQUALS</code> filters on the same field are joined
     * by <code>AND</code> . A finding matches only if it matches all of those filters. For example,
     * the filters <code>Department NOT_CONTAINS Security AND Department NOT_CONTAINS Finance</code>
     * match a finding that excludes both the <code>Security</code> and <code>Finance</code> values.
     *
     * <p><code>CONTAINS</code> filters can only be used with other <code>CONTAINS</code> filters.
     * <code>NOT_CONTAINS</code> filters can only be used with other <code>NOT_CONTAINS</code>
     * filters.
     *
     * <p>You can’t have both a <code>CONTAINS</code> filter and a <code>NOT_CONTAINS</code> filter
     * on the same field. Similarly, you can’t have both an <code>EQUALS</code> filter and a
     * <code>NOT_EQUALS</code> filter on the same field. Combining filters in this way returns an
     * error.
     *
     * <p><code>CONTAINS</code> and <code>NOT_CONTAINS</code> operators can be used only with
     * automation rules. For more information, see <a
     * href="https://docs.aws.amazon.com/securityhub/latest/userguide/automation-rules.html">Automation
     * rules</a> in the <em>AWS Security Hub CSPM User Guide</em> .
     *
     * <p>Required. Allowed values: {@code EQUALS}, {@code NOT_EQUALS}. CloudFormation property
     * {@code Comparison}.
     */
    public MapFilter comparison(String value) {
      return set("Comparison", Value.of(value));
    }

    /** Sets {@code Comparison} to this value; see {@link #comparison(String)}. */
    public MapFilter comparison(Value<String> value) {
      return set("Comparison", value);
    }

    /**
     * The key of the map filter. For example, for <code>ResourceTags</code> , <code>Key</code>
     * identifies the name of the tag. For <code>UserDefinedFields</code> , <code>Key</code> is the
     * name of the field.
     *
     * <p>Required. Length: 1 to 4096 characters. CloudFormation property {@code Key}.
     */
    public MapFilter key(String value) {
      return set("Key", Value.of(value));
    }

    /** Sets {@code Key} to this value; see {@link #key(String)}. */
    public MapFilter key(Value<String> value) {
      return set("Key", value);
    }

    /**
     * The value for the key in the map filter. Filter values are case sensitive. For example, one
     * of the values for a tag called <code>Department</code> might be <code>Security</code> . If
     * you provide <code>security</code> as the filter value, then there's no match.
     *
     * <p>Required. Length: 1 to 4096 characters. CloudFormation property {@code Value}.
     */
    public MapFilter value(String value) {
      return set("Value", Value.of(value));
    }

    /** Sets {@code Value} to this value; see {@link #value(String)}. */
    public MapFilter value(Value<String> value) {
      return set("Value", value);
    }
  }

  /**
   * A number filter for querying findings.
   *
   * <p>Property type {@code AWS::SecurityHub::AutomationRuleV2.NumberFilter}.
   */
  public static final class NumberFilter extends Struct<NumberFilter> {
    private static final Schema SCHEMA = Schema.of("AWS::SecurityHub::AutomationRuleV2.NumberFilter");

    public NumberFilter() {
      super(SCHEMA);
    }

    /**
     * The equal-to condition to be applied to a single field when querying for findings.
     *
     * <p>CloudFormation property {@code Eq}.
     */
    public NumberFilter eq(double value) {
      return set("Eq", Value.of(value));
    }

    /** Sets {@code Eq} to this value; see {@link #eq(double)}. */
    public NumberFilter eq(Value<Double> value) {
      return set("Eq", value);
    }

    /**
     * The greater-than-equal condition to be applied to a single field when querying for findings.
     *
     * <p>CloudFormation property {@code Gte}.
     */
    public NumberFilter gte(double value) {
      return set("Gte", Value.of(value));
    }

    /** Sets {@code Gte} to this value; see {@link #gte(double)}. */
    public NumberFilter gte(Value<Double> value) {
      return set("Gte", value);
    }

    /**
     * The less-than-equal condition to be applied to a single field when querying for findings.
     *
     * <p>CloudFormation property {@code Lte}.
     */
    public NumberFilter lte(double value) {
      return set("Lte", Value.of(value));
    }

    /** Sets {@code Lte} to this value; see {@link #lte(double)}. */
    public NumberFilter lte(Value<Double> value) {
      return set("Lte", value);
    }
  }

  /**
   * Enables filtering of security findings based on boolean field values in OCSF.
   *
   * <p>Property type {@code AWS::SecurityHub::AutomationRuleV2.OcsfBooleanFilter}.
   */
  public static final class OcsfBooleanFilter extends Struct<OcsfBooleanFilter> {
    private static final Schema SCHEMA = Schema.builder("AWS::SecurityHub::AutomationRuleV2.OcsfBooleanFilter")
        .required("FieldName", "Filter")
        .allowed("FieldName", "compliance.assessments.meets_criteria",
            "vulnerabilities.is_exploit_available", "vulnerabilities.is_fix_available")
        .build();

    public OcsfBooleanFilter() {
      super(SCHEMA);
    }

    /**
     * The name of the field.
     *
     * <p>Required. Allowed values: {@code compliance.assessments.meets_criteria}, {@code
     * vulnerabilities.is_exploit_available}, {@code vulnerabilities.is_fix_available}.
     * CloudFormation property {@code FieldName}.
     */
    public OcsfBooleanFilter fieldName(String value) {
      return set("FieldName", Value.of(value));
    }

    /** Sets {@code FieldName} to this value; see {@link #fieldName(String)}. */
    public OcsfBooleanFilter fieldName(Value<String> value) {
      return set("FieldName", value);
    }

    /**
     * Enables filtering of security findings based on boolean field values in OCSF.
     *
     * <p>Required. CloudFormation property {@code Filter}.
     */
    public OcsfBooleanFilter filter(Value<BooleanFilter> value) {
      return set("Filter", value);
    }
  }

  /**
   * Enables filtering of security findings based on date and timestamp fields in OCSF.
   *
   * <p>Property type {@code AWS::SecurityHub::AutomationRuleV2.OcsfDateFilter}.
   */
  public static final class OcsfDateFilter extends Struct<OcsfDateFilter> {
    private static final Schema SCHEMA = Schema.builder("AWS::SecurityHub::AutomationRuleV2.OcsfDateFilter")
        .required("FieldName", "Filter")
        .allowed("FieldName", "finding_info.created_time_dt", "finding_info.first_seen_time_dt",
            "finding_info.last_seen_time_dt", "finding_info.modified_time_dt")
        .build();

    public OcsfDateFilter() {
      super(SCHEMA);
    }

    /**
     * The name of the field.
     *
     * <p>Required. Allowed values: {@code finding_info.created_time_dt}, {@code
     * finding_info.first_seen_time_dt}, {@code finding_info.last_seen_time_dt}, {@code
     * finding_info.modified_time_dt}. CloudFormation property {@code FieldName}.
     */
    public OcsfDateFilter fieldName(String value) {
      return set("FieldName", Value.of(value));
    }

    /** Sets {@code FieldName} to this value; see {@link #fieldName(String)}. */
    public OcsfDateFilter fieldName(Value<String> value) {
      return set("FieldName", value);
    }

    /**
     * Enables filtering of security findings based on date and timestamp fields in OCSF.
     *
     * <p>Required. CloudFormation property {@code Filter}.
     */
    public OcsfDateFilter filter(Value<DateFilter> value) {
      return set("Filter", value);
    }
  }

  /**
   * Specifies the filtering criteria for security findings using OCSF.
   *
   * <p>Property type {@code AWS::SecurityHub::AutomationRuleV2.OcsfFindingFilters}.
   */
  public static final class OcsfFindingFilters extends Struct<OcsfFindingFilters> {
    private static final Schema SCHEMA = Schema.builder("AWS::SecurityHub::AutomationRuleV2.OcsfFindingFilters")
        .allowed("CompositeOperator", "AND", "OR")
        .build();

    public OcsfFindingFilters() {
      super(SCHEMA);
    }

    /**
     * Enables the creation of complex filtering conditions by combining filter criteria.
     *
     * <p>CloudFormation property {@code CompositeFilters}.
     */
    public OcsfFindingFilters compositeFilters(List<CompositeFilter> value) {
      return set("CompositeFilters", Value.listOf(value));
    }

    /** Sets {@code CompositeFilters} to this value; see {@link #compositeFilters(List)}. */
    public OcsfFindingFilters compositeFilters(Value<List<CompositeFilter>> value) {
      return set("CompositeFilters", value);
    }

    /** Sets {@code CompositeFilters} to a list of these; see {@link #compositeFilters(List)}. */
    public OcsfFindingFilters compositeFilters(CompositeFilter... values) {
      return set("CompositeFilters", Value.list(values));
    }

    /**
     * The logical operators used to combine the filtering on multiple <code>CompositeFilters</code>
     * .
     *
     * <p>Allowed values: {@code AND}, {@code OR}. CloudFormation property {@code
     * CompositeOperator}.
     */
    public OcsfFindingFilters compositeOperator(String value) {
      return set("CompositeOperator", Value.of(value));
    }

    /** Sets {@code CompositeOperator} to this value; see {@link #compositeOperator(String)}. */
    public OcsfFindingFilters compositeOperator(Value<String> value) {
      return set("CompositeOperator", value);
    }
  }

  /**
   * Enables filtering of security findings based on map field values in OCSF.
   *
   * <p>Property type {@code AWS::SecurityHub::AutomationRuleV2.OcsfMapFilter}.
   */
  public static final class OcsfMapFilter extends Struct<OcsfMapFilter> {
    private static final Schema SCHEMA = Schema.builder("AWS::SecurityHub::AutomationRuleV2.OcsfMapFilter")
        .required("FieldName", "Filter")
        .allowed("FieldName", "resources.tags")
        .build();

    public OcsfMapFilter() {
      super(SCHEMA);
    }

    /**
     * The name of the field.
     *
     * <p>Required. Allowed values: {@code resources.tags}. CloudFormation property {@code
     * FieldName}.
     */
    public OcsfMapFilter fieldName(String value) {
      return set("FieldName", Value.of(value));
    }

    /** Sets {@code FieldName} to this value; see {@link #fieldName(String)}. */
    public OcsfMapFilter fieldName(Value<String> value) {
      return set("FieldName", value);
    }

    /**
     * Enables filtering of security findings based on map field values in OCSF.
     *
     * <p>Required. CloudFormation property {@code Filter}.
     */
    public OcsfMapFilter filter(Value<MapFilter> value) {
      return set("Filter", value);
    }
  }

  /**
   * Enables filtering of security findings based on numerical field values in OCSF.
   *
   * <p>Property type {@code AWS::SecurityHub::AutomationRuleV2.OcsfNumberFilter}.
   */
  public static final class OcsfNumberFilter extends Struct<OcsfNumberFilter> {
    private static final Schema SCHEMA = Schema.builder("AWS::SecurityHub::AutomationRuleV2.OcsfNumberFilter")
        .required("FieldName", "Filter")
        .allowed("FieldName", "activity_id", "compliance.status_id", "confidence_score",
            "finding_info.related_events_count", "vendor_attributes.severity_id")
        .build();

    public OcsfNumberFilter() {
      super(SCHEMA);
    }

    /**
     * The name of the field.
     *
     * <p>Required. Allowed values: {@code activity_id}, {@code compliance.status_id}, {@code
     * confidence_score}, {@code finding_info.related_events_count}, {@code
     * vendor_attributes.severity_id}. CloudFormation property {@code FieldName}.
     */
    public OcsfNumberFilter fieldName(String value) {
      return set("FieldName", Value.of(value));
    }

    /** Sets {@code FieldName} to this value; see {@link #fieldName(String)}. */
    public OcsfNumberFilter fieldName(Value<String> value) {
      return set("FieldName", value);
    }

    /**
     * Enables filtering of security findings based on numerical field values in OCSF.
     *
     * <p>Required. CloudFormation property {@code Filter}.
     */
    public OcsfNumberFilter filter(Value<NumberFilter> value) {
      return set("Filter", value);
    }
  }

  /**
   * Enables filtering of security findings based on string field values in OCSF.
   *
   * <p>Property type {@code AWS::SecurityHub::AutomationRuleV2.OcsfStringFilter}.
   */
  public static final class OcsfStringFilter extends Struct<OcsfStringFilter> {
    private static final Schema SCHEMA = Schema.builder("AWS::SecurityHub::AutomationRuleV2.OcsfStringFilter")
        .required("FieldName", "Filter")
        .allowed("FieldName", "activity_name", "cloud.account.name", "cloud.account.uid",
            "cloud.provider", "cloud.region", "compliance.assessments.category",
            "compliance.assessments.name", "compliance.control", "compliance.status",
            "compliance.standards", "finding_info.desc", "finding_info.src_url",
            "finding_info.title", "finding_info.types", "finding_info.uid",
            "finding_info.related_events.uid", "finding_info.related_events.product.uid",
            "finding_info.related_events.title", "metadata.product.feature.uid",
            "metadata.product.name", "metadata.product.uid", "metadata.product.vendor_name",
            "remediation.desc", "remediation.references", "resources.cloud_partition",
            "resources.name", "resources.region", "resources.type", "resources.uid",
            "vulnerabilities.fix_coverage", "class_name", "vendor_attributes.severity")
        .build();

    public OcsfStringFilter() {
      super(SCHEMA);
    }

    /**
     * The name of the field.
     *
     * <p>Required. Allowed values: {@code activity_name}, {@code cloud.account.name}, {@code
     * cloud.account.uid}, {@code cloud.provider}, {@code cloud.region}, {@code
     * compliance.assessments.category}, {@code compliance.assessments.name}, {@code
     * compliance.control}, {@code compliance.status}, {@code compliance.standards}, {@code
     * finding_info.desc}, {@code finding_info.src_url}, {@code finding_info.title}, {@code
     * finding_info.types}, {@code finding_info.uid}, {@code finding_info.related_events.uid},
     * {@code finding_info.related_events.product.uid}, {@code finding_info.related_events.title},
     * {@code metadata.product.feature.uid}, {@code metadata.product.name}, {@code
     * metadata.product.uid}, {@code metadata.product.vendor_name}, {@code remediation.desc}, {@code
     * remediation.references}, {@code resources.cloud_partition}, {@code resources.name}, {@code
     * resources.region}, {@code resources.type}, {@code resources.uid}, {@code
     * vulnerabilities.fix_coverage}, {@code class_name}, {@code vendor_attributes.severity}.
     * CloudFormation property {@code FieldName}.
     */
    public OcsfStringFilter fieldName(String value) {
      return set("FieldName", Value.of(value));
    }

    /** Sets {@code FieldName} to this value; see {@link #fieldName(String)}. */
    public OcsfStringFilter fieldName(Value<String> value) {
      return set("FieldName", value);
    }

    /**
     * Enables filtering of security findings based on string field values in OCSF.
     *
     * <p>Required. CloudFormation property {@code Filter}.
     */
    public OcsfStringFilter filter(Value<StringFilter> value) {
      return set("Filter", value);
    }
  }

  /**
   * A string filter for filtering AWS Security Hub CSPM findings.
   *
   * <p>Property type {@code AWS::SecurityHub::AutomationRuleV2.StringFilter}.
   */
  public static final class StringFilter extends Struct<StringFilter> {
    private static final Schema SCHEMA = Schema.builder("AWS::SecurityHub::AutomationRuleV2.StringFilter")
        .required("Comparison", "Value")
        .allowed("Comparison", "EQUALS", "PREFIX", "NOT_EQUALS", "PREFIX_NOT_EQUALS", "CONTAINS")
        .constrain("Value", Constraint.of().minLength(1).maxLength(4096))
        .build();

    public StringFilter() {
      super(SCHEMA);
    }

    /**
     * The condition to apply to a string value when filtering Security Hub CSPM findings.
     *
     * <p>To search for values that have the filter value, use one of the following comparison
     * operators:
     *
     * <ul> <li>To search for values that include the filter value, use <code>CONTAINS</code> . For
     * example, the filter <code>Title CONTAINS CloudFront</code> matches findings that have a
     * <code>Title</code> that includes the string CloudFront. <li>To search for values that exactly
     * match the filter value, use <code>EQUALS</code> . For example, the filter <code>AwsAccountId
     * EQUALS 123456789012</code> only matches findings that have an account ID of
     * <code>123456789012</code> . <li>To search for values that start with the filter value, use
     * <code>PREFIX</code> . For example, the filter <code>ResourceRegion PREFIX us</code> matches
     * findings that have a <code>ResourceRegion</code> that starts with <code>us</code> . A
     * <code>ResourceRegion</code> that starts with a different value, such as <code>af</code> ,
     * <code>ap</code> , or <code>ca</code> , doesn't match. </ul>
     *
     * <p><code>CONTAINS</code> , <code>EQUALS</code> , and <code>PREFIX</code> filters on the same
     * field are joined by <code>OR</code> . A finding matches if it matches any one of those
     * filters. For example, the filters <code>Title CONTAINS CloudFront OR Title CONTAINS
     * CloudWatch</code> match a finding that includes either <code>CloudFront</code> ,
     * <code>CloudWatch</code> , or both strings in the title.
     *
     * <p>To search for values that don’t have the filter value, use one of the following comparison
     * operators:
     *
     * <ul> <li>To search for values that exclude the filter value, use <code>NOT_CONTAINS</code> .
     * For example, the filter <code>Title NOT_CONTAINS CloudFront</code> matches findings that have
     * a <code>Title</code> that excludes the string CloudFront. <li>To search for values other than
     * the filter value, use <code>NOT_EQUALS</code> . For example, the filter <code>AwsAccountId
     * NOT_EQUALS 123456789012</code> only matches findings that have an account ID other than
     * <code>123456789012</code> . <li>To search for values that don't start with the filter value,
     * use <code>PREFIX_NOT_EQUALS</code> . For example, the filter <code>ResourceRegion
     * PREFIX_NOT_EQUALS us</code> matches findings with a <code>ResourceRegion</code> that starts
     * with a value other than <code>us</code> . </ul>
     *
     * <p><code>NOT_CONTAINS</code> , <code>NOT_EQUALS</code> , and <code>PREFIX_NOT_EQUALS</code>
     * filters on the same field are joined by <code>AND</code> . A finding matches only if it
     * matches all of those filters. For example, the filters <code>Title NOT_CONTAINS CloudFront
     * AND Title NOT_CONTAINS CloudWatch</code> match a finding that excludes both
     * <code>CloudFront</code> and <code>CloudWatch</code> in the title.
     *
     * <p>You can’t have both a <code>CONTAINS</code> filter and a <code>NOT_CONTAINS</code> filter
     * on the same field. Similarly, you can't provide both an <code>EQUALS</code> filter and a
     * <code>NOT_EQUALS</code> or <code>PREFIX_NOT_EQUALS</code> filter on the same field. Combining
     * filters in this way returns an error. <code>CONTAINS</code> filters can only be used with
     * other <code>CONTAINS</code> filters. <code>NOT_CONTAINS</code> filters can only be used with
     * other <code>NOT_CONTAINS</code> filters.
     *
     * <p>You can combine <code>PREFIX</code> filters with <code>NOT_EQUALS</code> or
     * <code>PREFIX_NOT_EQUALS</code> filters for the same field. Security Hub CSPM first processes
     * the <code>PREFIX</code> filters, and then the <code>NOT_EQUALS</code> or
     * <code>PREFIX_NOT_EQUALS</code> filters.
     *
     * <p>For example, for the following filters, Security Hub CSPM first identifies findings that
     * have resource types that start with either <code>AwsIam</code> or <code>AwsEc2</code> . It
     * then excludes findings that have a resource type of <code>AwsIamPolicy</code> and findings
     * that have a resource type of <code>AwsEc2NetworkInterface</code> .
     *
     * <ul> <li><code>ResourceType PREFIX AwsIam</code> <li><code>ResourceType PREFIX AwsEc2</code>
     * <li><code>ResourceType NOT_EQUALS AwsIamPolicy</code> <li><code>ResourceType NOT_EQUALS
     * AwsEc2NetworkInterface</code> </ul>
     *
     * <p><code>CONTAINS</code> and <code>NOT_CONTAINS</code> operators can be used only with
     * automation rules V1. <code>CONTAINS_WORD</code> operator is only supported in
     * <code>GetFindingsV2</code> , <code>GetFindingStatisticsV2</code> ,
     * <code>GetResourcesV2</code> , and <code>GetResourceStatisticsV2</code> APIs. For more
     * information, see <a
     * href="https://docs.aws.amazon.com/securityhub/latest/userguide/automation-rules.html">Automation
     * rules</a> in the <em>AWS Security Hub CSPM User Guide</em> .
     *
     * <p>Required. Allowed values: {@code EQUALS}, {@code PREFIX}, {@code NOT_EQUALS}, {@code
     * PREFIX_NOT_EQUALS}, {@code CONTAINS}. CloudFormation property {@code Comparison}.
     */
    public StringFilter comparison(String value) {
      return set("Comparison", Value.of(value));
    }

    /** Sets {@code Comparison} to this value; see {@link #comparison(String)}. */
    public StringFilter comparison(Value<String> value) {
      return set("Comparison", value);
    }

    /**
     * The string filter value. Filter values are case sensitive. For example, the product name for
     * control-based findings is <code>Security Hub CSPM</code> . If you provide <code>security
     * hub</code> as the filter value, there's no match.
     *
     * <p>Required. Length: 1 to 4096 characters. CloudFormation property {@code Value}.
     */
    public StringFilter value(String value) {
      return set("Value", Value.of(value));
    }

    /** Sets {@code Value} to this value; see {@link #value(String)}. */
    public StringFilter value(Value<String> value) {
      return set("Value", value);
    }
  }
}
