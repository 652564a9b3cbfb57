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
 * The <code>AWS::SecurityHub::AutomationRule</code> resource specifies an automation rule based on
 * input parameters. For more information, see <a
 * href="https://docs.aws.amazon.com/securityhub/latest/userguide/automation-rules.html">Automation
 * rules</a> in the <em>AWS Security Hub CSPM User Guide</em> .
 *
 * <p>CloudFormation type {@code AWS::SecurityHub::AutomationRule}.
 */
public final class AutomationRule extends Resource<AutomationRule> {
  private static final Schema SCHEMA = Schema.builder("AWS::SecurityHub::AutomationRule")
      .required("Actions", "Criteria", "Description", "RuleName", "RuleOrder")
      .constrain("Description", Constraint.of().pattern("\\S").minLength(1).maxLength(1024))
      .constrain("RuleName", Constraint.of().pattern("\\S").minLength(1).maxLength(256))
      .constrain("RuleOrder", Constraint.of().minimum(1).maximum(1000))
      .allowed("RuleStatus", "ENABLED", "DISABLED")
      .refYields("RuleArn")
      .attributes("CreatedAt", "CreatedBy", "RuleArn", "UpdatedAt")
      .tags("Tags", Schema.TagForm.MAP)
      .build();

  public AutomationRule(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * One or more actions to update finding fields if a finding matches the conditions specified in
   * <code>Criteria</code> .
   *
   * <p>Required. CloudFormation property {@code Actions}.
   */
  public AutomationRule actions(List<AutomationRulesAction> value) {
    return set("Actions", Value.listOf(value));
  }

  /** Sets {@code Actions} to this value; see {@link #actions(List)}. */
  public AutomationRule actions(Value<List<AutomationRulesAction>> value) {
    return set("Actions", value);
  }

  /** Sets {@code Actions} to a list of these; see {@link #actions(List)}. */
  public AutomationRule actions(AutomationRulesAction... values) {
    return set("Actions", Value.list(values));
  }

  /**
   * A set of <a
   * href="https://docs.aws.amazon.com/securityhub/latest/userguide/securityhub-findings-format.html">AWS
   * Security Finding Format (ASFF)</a> finding field attributes and corresponding expected values
   * that Security Hub CSPM uses to filter findings. If a rule is enabled and a finding matches the
   * criteria specified in this parameter, Security Hub CSPM applies the rule action to the finding.
   *
   * <p>Required. CloudFormation property {@code Criteria}.
   */
  public AutomationRule criteria(Value<AutomationRulesFindingFilters> value) {
    return set("Criteria", value);
  }

  /**
   * A description of the rule.
   *
   * <p>Required. Length: 1 to 1024 characters. Pattern: {@code &#92;S}. CloudFormation property
   * {@code Description}.
   */
  public AutomationRule description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public AutomationRule description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * Specifies whether a rule is the last to be applied with respect to a finding that matches the
   * rule criteria. This is useful when a finding matches the criteria for multiple rules, and each
   * rule has different actions. If a rule is terminal, Security Hub CSPM applies the rule action to
   * a finding that matches the rule criteria and doesn't evaluate other rules for the finding. By
   * default, a rule isn't terminal.
   *
   * <p>CloudFormation property {@code IsTerminal}.
   */
  public AutomationRule isTerminal(boolean value) {
    return set("IsTerminal", Value.of(value));
  }

  /** Sets {@code IsTerminal} to this value; see {@link #isTerminal(boolean)}. */
  public AutomationRule isTerminal(Value<Boolean> value) {
    return set("IsTerminal", value);
  }

  /**
   * The name of the rule.
   *
   * <p>Required. Length: 1 to 256 characters. Pattern: {@code &#92;S}. CloudFormation property
   * {@code RuleName}.
   */
  public AutomationRule ruleName(String value) {
    return set("RuleName", Value.of(value));
  }

  /** Sets {@code RuleName} to this value; see {@link #ruleName(String)}. */
  public AutomationRule ruleName(Value<String> value) {
    return set("RuleName", value);
  }

  /**
   * An integer ranging from 1 to 1000 that represents the order in which the rule action is applied
   * to findings. Security Hub CSPM applies rules with lower values for this parameter first.
   *
   * <p>Required. Range: 1 to 1000. CloudFormation property {@code RuleOrder}.
   */
  public AutomationRule ruleOrder(int value) {
    return set("RuleOrder", Value.of(value));
  }

  /** Sets {@code RuleOrder} to this value; see {@link #ruleOrder(int)}. */
  public AutomationRule ruleOrder(Value<Integer> value) {
    return set("RuleOrder", value);
  }

  /**
   * Whether the rule is active after it is created. If this parameter is equal to
   * <code>ENABLED</code> , Security Hub CSPM applies the rule to findings and finding updates after
   * the rule is created.
   *
   * <p>Allowed values: {@code ENABLED}, {@code DISABLED}. CloudFormation property {@code
   * RuleStatus}.
   */
  public AutomationRule ruleStatus(String value) {
    return set("RuleStatus", Value.of(value));
  }

  /** Sets {@code RuleStatus} to this value; see {@link #ruleStatus(String)}. */
  public AutomationRule ruleStatus(Value<String> value) {
    return set("RuleStatus", value);
  }

  /**
   * User-defined tags associated with an automation rule.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public AutomationRule tags(Map<String, String> value) {
    return set("Tags", Value.mapOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(Map)}. */
  public AutomationRule tags(Value<Map<String, String>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a map of key to value; see {@link #tags(Map)}. */
  public AutomationRule tags(Tags tags) {
    return set("Tags", tags.asMap());
  }

  /**
   * A timestamp that indicates when the rule was created.
   *
   * <p>Uses the <code>date-time</code> format specified in <a
   * href="https://docs.aws.amazon.com/https://tools.ietf.org/html/rfc3339#section-5.6">RFC 3339
   * section 5.6, Internet Date/Time Format</a> . The value cannot contain spaces. For example,
   * <code>2020-03-22T13:22:13.933Z</code> .
   *
   * <p>{@code Fn::GetAtt} attribute {@code CreatedAt}.
   */
  public Value<String> createdAt() {
    return getAtt("CreatedAt");
  }

  /**
   * The principal that created the rule. For example,
   * <code>arn:aws:sts::123456789012:assumed-role/Developer-Role/JaneDoe</code> .
   *
   * <p>{@code Fn::GetAtt} attribute {@code CreatedBy}.
   */
  public Value<String> createdBy() {
    return getAtt("CreatedBy");
  }

  /**
   * The Amazon Resource Name (ARN) of the automation rule that you create. For example,
   * <code>arn:aws:securityhub:us-east-1:123456789012:automation-rule/a1b2c3d4-5678-90ab-cdef-EXAMPLE11111</code>
   * .
   *
   * <p>{@code Fn::GetAtt} attribute {@code RuleArn}.
   */
  public Value<String> ruleArn() {
    return getAtt("RuleArn");
  }

  /**
   * A timestamp that indicates when the rule was most recently updated.
   *
   * <p>Uses the <code>date-time</code> format specified in <a
   * href="https://docs.aws.amazon.com/https://tools.ietf.org/html/rfc3339#section-5.6">RFC 3339
   * section 5.6, Internet Date/Time Format</a> . The value cannot contain spaces. For example,
   * <code>2020-03-22T13:22:13.933Z</code> .
   *
   * <p>{@code Fn::GetAtt} attribute {@code UpdatedAt}.
   */
  public Value<String> updatedAt() {
    return getAtt("UpdatedAt");
  }

  /**
   * One or more actions that AWS Security Hub CSPM takes when a finding matches the defined
   * criteria of a rule.
   *
   * <p>Property type {@code AWS::SecurityHub::AutomationRule.AutomationRulesAction}.
   */
  public static final class AutomationRulesAction extends Struct<AutomationRulesAction> {
    private static final Schema SCHEMA = Schema.builder("AWS::SecurityHub::AutomationRule.AutomationRulesAction")
        .required("FindingFieldsUpdate", "Type")
        .allowed("Type", "FINDING_FIELDS_UPDATE")
        .build();

    public AutomationRulesAction() {
      super(SCHEMA);
    }

    /**
     * Specifies that the automation rule action is an update to a finding field.
     *
     * <p>Required. CloudFormation property {@code FindingFieldsUpdate}.
     */
    public AutomationRulesAction findingFieldsUpdate(Value<AutomationRulesFindingFieldsUpdate> value) {
      return set("FindingFieldsUpdate", value);
    }

    /**
     * Specifies the type of action that Security Hub CSPM takes when a finding matches the defined
     * criteria of a rule.
     *
     * <p>Required. Allowed values: {@code FINDING_FIELDS_UPDATE}. CloudFormation property {@code
     * Type}.
     */
    public AutomationRulesAction type(String value) {
      return set("Type", Value.of(value));
    }

    /** Sets {@code Type} to this value; see {@link #type(String)}. */
    public AutomationRulesAction type(Value<String> value) {
      return set("Type", value);
    }
  }

  /**
   * Identifies the finding fields that the automation rule action updates when a finding matches
   * the defined criteria.
   *
   * <p>Property type {@code AWS::SecurityHub::AutomationRule.AutomationRulesFindingFieldsUpdate}.
   */
  public static final class AutomationRulesFindingFieldsUpdate extends Struct<AutomationRulesFindingFieldsUpdate> {
    private static final Schema SCHEMA = Schema.builder("AWS::SecurityHub::AutomationRule.AutomationRulesFindingFieldsUpdate")
        .constrain("Confidence", Constraint.of().minimum(0).maximum(100))
        .constrain("Criticality", Constraint.of().minimum(0).maximum(100))
        .constrain("Types", Constraint.of().pattern("^([^/]+)(/[^/]+){0,2}$"))
        .allowed("VerificationState", "UNKNOWN", "TRUE_POSITIVE", "FALSE_POSITIVE",
            "BENIGN_POSITIVE")
        .build();

    public AutomationRulesFindingFieldsUpdate() {
      super(SCHEMA);
    }

    /**
     * The rule action updates the <code>Confidence</code> field of a finding.
     *
     * <p>Range: 0 to 100. CloudFormation property {@code Confidence}.
     */
    public AutomationRulesFindingFieldsUpdate confidence(int value) {
      return set("Confidence", Value.of(value));
    }

    /** Sets {@code Confidence} to this value; see {@link #confidence(int)}. */
    public AutomationRulesFindingFieldsUpdate confidence(Value<Integer> value) {
      return set("Confidence", value);
    }

    /**
     * The rule action updates the <code>Criticality</code> field of a finding.
     *
     * <p>Range: 0 to 100. CloudFormation property {@code Criticality}.
     */
    public AutomationRulesFindingFieldsUpdate criticality(int value) {
      return set("Criticality", Value.of(value));
    }

    /** Sets {@code Criticality} to this value; see {@link #criticality(int)}. */
    public AutomationRulesFindingFieldsUpdate criticality(Value<Integer> value) {
      return set("Criticality", value);
    }

    /**
     * The rule action will update the <code>Note</code> field of a finding.
     *
     * <p>CloudFormation property {@code Note}.
     */
    public AutomationRulesFindingFieldsUpdate note(Value<NoteUpdate> value) {
      return set("Note", value);
    }

    /**
     * The rule action will update the <code>RelatedFindings</code> field of a finding.
     *
     * <p>CloudFormation property {@code RelatedFindings}.
     */
    public AutomationRulesFindingFieldsUpdate relatedFindings(List<RelatedFinding> value) {
      return set("RelatedFindings", Value.listOf(value));
    }

    /** Sets {@code RelatedFindings} to this value; see {@link #relatedFindings(List)}. */
    public AutomationRulesFindingFieldsUpdate relatedFindings(Value<List<RelatedFinding>> value) {
      return set("RelatedFindings", value);
    }

    /** Sets {@code RelatedFindings} to a list of these; see {@link #relatedFindings(List)}. */
    public AutomationRulesFindingFieldsUpdate relatedFindings(RelatedFinding... values) {
      return set("RelatedFindings", Value.list(values));
    }

    /**
     * The rule action will update the <code>Severity</code> field of a finding.
     *
     * <p>CloudFormation property {@code Severity}.
     */
    public AutomationRulesFindingFieldsUpdate severity(Value<SeverityUpdate> value) {
      return set("Severity", value);
    }

    /**
     * The rule action updates the <code>Types</code> field of a finding.
     *
     * <p>Pattern: {@code ^([^/]+)(/[^/]+){0,2}$}. CloudFormation property {@code Types}.
     */
    public AutomationRulesFindingFieldsUpdate types(List<String> value) {
      return set("Types", Value.listOf(value));
    }

    /** Sets {@code Types} to this value; see {@link #types(List)}. */
    public AutomationRulesFindingFieldsUpdate types(Value<List<String>> value) {
      return set("Types", value);
    }

    /**
     * The rule action updates the <code>UserDefinedFields</code> field of a finding.
     *
     * <p>CloudFormation property {@code UserDefinedFields}.
     */
    public AutomationRulesFindingFieldsUpdate userDefinedFields(Map<String, String> value) {
      return set("UserDefinedFields", Value.mapOf(value));
    }

    /** Sets {@code UserDefinedFields} to this value; see {@link #userDefinedFields(Map)}. */
    public AutomationRulesFindingFieldsUpdate userDefinedFields(Value<Map<String, String>> value) {
      return set("UserDefinedFields", value);
    }

    /**
     * The rule action updates the <code>VerificationState</code> field of a finding.
     *
     * <p>Allowed values: {@code UNKNOWN}, {@code TRUE_POSITIVE}, {@code FALSE_POSITIVE}, {@code
     * BENIGN_POSITIVE}. CloudFormation property {@code VerificationState}.
     */
    public AutomationRulesFindingFieldsUpdate verificationState(String value) {
      return set("VerificationState", Value.of(value));
    }

    /** Sets {@code VerificationState} to this value; see {@link #verificationState(String)}. */
    public AutomationRulesFindingFieldsUpdate verificationState(Value<String> value) {
      return set("VerificationState", value);
    }

    /**
     * The rule action will update the <code>Workflow</code> field of a finding.
     *
     * <p>CloudFormation property {@code Workflow}.
     */
    public AutomationRulesFindingFieldsUpdate workflow(Value<WorkflowUpdate> value) {
      return set("Workflow", value);
    }
  }

  /**
   * The criteria that determine which findings a rule applies to.
   *
   * <p>Property type {@code AWS::SecurityHub::AutomationRule.AutomationRulesFindingFilters}.
   */
  public static final class AutomationRulesFindingFilters extends Struct<AutomationRulesFindingFilters> {
    private static final Schema SCHEMA = Schema.of("AWS::SecurityHub::AutomationRule.AutomationRulesFindingFilters");

    public AutomationRulesFindingFilters() {
      super(SCHEMA);
    }

    /**
     * The AWS account ID in which a finding was generated.
     *
     * <p>Array Members: Minimum number of 1 item. Maximum number of 100 items.
     *
     * <p>CloudFormation property {@code AwsAccountId}.
     */
    public AutomationRulesFindingFilters awsAccountId(List<StringFilter> value) {
      return set("AwsAccountId", Value.listOf(value));
    }

    /** Sets {@code AwsAccountId} to this value; see {@link #awsAccountId(List)}. */
    public AutomationRulesFindingFilters awsAccountId(Value<List<StringFilter>> value) {
      return set("AwsAccountId", value);
    }

    /** Sets {@code AwsAccountId} to a list of these; see {@link #awsAccountId(List)}. */
    public AutomationRulesFindingFilters awsAccountId(StringFilter... values) {
      return set("AwsAccountId", Value.list(values));
    }

    /**
     * The name of the company for the product that generated the finding. For control-based
     * findings, the company is AWS .
     *
     * <p>Array Members: Minimum number of 1 item. Maximum number of 20 items.
     *
     * <p>CloudFormation property {@code CompanyName}.
     */
    public AutomationRulesFindingFilters companyName(List<StringFilter> value) {
      return set("CompanyName", Value.listOf(value));
    }

    /** Sets {@code CompanyName} to this value; see {@link #companyName(List)}. */
    public AutomationRulesFindingFilters companyName(Value<List<StringFilter>> value) {
      return set("CompanyName", value);
    }

    /** Sets {@code CompanyName} to a list of these; see {@link #companyName(List)}. */
    public AutomationRulesFindingFilters companyName(StringFilter... values) {
      return set("CompanyName", Value.list(values));
    }

    /**
     * The unique identifier of a standard in which a control is enabled. This field consists of the
     * resource portion of the Amazon Resource Name (ARN) returned for a standard in the <a
     * href="https://docs.aws.amazon.com/securityhub/1.0/APIReference/API_DescribeStandards.html">DescribeStandards</a>
     * API response.
     *
     * <p>Array Members: Minimum number of 1 item. Maximum number of 20 items.
     *
     * <p>CloudFormation property {@code ComplianceAssociatedStandardsId}.
     */
    public AutomationRulesFindingFilters complianceAssociatedStandardsId(List<StringFilter> value) {
      return set("ComplianceAssociatedStandardsId", Value.listOf(value));
    }

    /**
     * Sets {@code ComplianceAssociatedStandardsId} to this value; see {@link
     * #complianceAssociatedStandardsId(List)}.
     */
    public AutomationRulesFindingFilters complianceAssociatedStandardsId(Value<List<StringFilter>> value) {
      return set("ComplianceAssociatedStandardsId", value);
    }

    /**
     * Sets {@code ComplianceAssociatedStandardsId} to a list of these; see {@link
     * #complianceAssociatedStandardsId(List)}.
     */
    public AutomationRulesFindingFilters complianceAssociatedStandardsId(StringFilter... values) {
      return set("ComplianceAssociatedStandardsId", Value.list(values));
    }

    /**
     * The security control ID for which a finding was generated. Security control IDs are the same
     * across standards.
     *
     * <p>Array Members: Minimum number of 1 item. Maximum number of 20 items.
     *
     * <p>CloudFormation property {@code ComplianceSecurityControlId}.
     */
    public AutomationRulesFindingFilters complianceSecurityControlId(List<StringFilter> value) {
      return set("ComplianceSecurityControlId", Value.listOf(value));
    }

    /**
     * Sets {@code ComplianceSecurityControlId} to this value; see {@link
     * #complianceSecurityControlId(List)}.
     */
    public AutomationRulesFindingFilters complianceSecurityControlId(Value<List<StringFilter>> value) {
      return set("ComplianceSecurityControlId", value);
    }

    /**
     * Sets {@code ComplianceSecurityControlId} to a list of these; see {@link
     * #complianceSecurityControlId(List)}.
     */
    public AutomationRulesFindingFilters complianceSecurityControlId(StringFilter... values) {
      return set("ComplianceSecurityControlId", Value.list(values));
    }

    /**
     * The result of a security check. This field is only used for findings generated from controls.
     *
     * <p>Array Members: Minimum number of 1 item. Maximum number of 20 items.
     *
     * <p>CloudFormation property {@code ComplianceStatus}.
     */
    public AutomationRulesFindingFilters complianceStatus(List<StringFilter> value) {
      return set("ComplianceStatus", Value.listOf(value));
    }

    /** Sets {@code ComplianceStatus} to this value; see {@link #complianceStatus(List)}. */
    public AutomationRulesFindingFilters complianceStatus(Value<List<StringFilter>> value) {
      return set("ComplianceStatus", value);
    }

    /** Sets {@code ComplianceStatus} to a list of these; see {@link #complianceStatus(List)}. */
    public AutomationRulesFindingFilters complianceStatus(StringFilter... values) {
      return set("ComplianceStatus", Value.list(values));
    }

    /**
     * The likelihood that a finding accurately identifies the behavior or issue that it was
     * intended to identify. <code>Confidence</code> is scored on a 0–100 basis using a ratio scale.
     * A value of <code>0</code> means 0 percent confidence, and a value of <code>100</code> means
     * 100 percent confidence. For example, a data exfiltration detection based on a statistical
     * deviation of network traffic has low confidence because an actual exfiltration hasn't been
     * verified. For more information, see <a
     * href="https://docs.aws.amazon.com/securityhub/latest/userguide/asff-top-level-attributes.html#asff-confidence">Confidence</a>
     * in the <em>AWS Security Hub CSPM User Guide</em> .
     *
     * <p>Array Members: Minimum number of 1 item. Maximum number of 20 items.
     *
     * <p>CloudFormation property {@code Confidence}.
     */
    public AutomationRulesFindingFilters confidence(List<NumberFilter> value) {
      return set("Confidence", Value.listOf(value));
    }

    /** Sets {@code Confidence} to this value; see {@link #confidence(List)}. */
    public AutomationRulesFindingFilters confidence(Value<List<NumberFilter>> value) {
      return set("Confidence", value);
    }

    /** Sets {@code Confidence} to a list of these; see {@link #confidence(List)}. */
    public AutomationRulesFindingFilters confidence(NumberFilter... values) {
      return set("Confidence", Value.list(values));
    }

    /**
     * A timestamp that indicates when this finding record was created.
     *
     * <p>For more information about the validation and formatting of timestamp fields in AWS
     * Security Hub CSPM , see <a
     * href="https://docs.aws.amazon.com/securityhub/1.0/APIReference/Welcome.html#timestamps">Timestamps</a>
     * .
     *
     * <p>Array Members: Minimum number of 1 item. Maximum number of 20 items.
     *
     * <p>CloudFormation property {@code CreatedAt}.
     */
    public AutomationRulesFindingFilters createdAt(List<DateFilter> value) {
      return set("CreatedAt", Value.listOf(value));
    }

    /** Sets {@code CreatedAt} to this value; see {@link #createdAt(List)}. */
    public AutomationRulesFindingFilters createdAt(Value<List<DateFilter>> value) {
      return set("CreatedAt", value);
    }

    /** Sets {@code CreatedAt} to a list of these; see {@link #createdAt(List)}. */
    public AutomationRulesFindingFilters createdAt(DateFilter... values) {
      return set("CreatedAt", Value.list(values));
    }

    /**
     * The level of importance that is assigned to the resources that are associated with a finding.
     * <code>Criticality</code> is scored on a 0–100 basis, using a ratio scale that supports only
     * full integers. A score of <code>0</code> means that the underlying resources have no
     * criticality, and a score of <code>100</code> is reserved for the most critical resources. For
     * more information, see <a
     * href="https://docs.aws.amazon.com/securityhub/latest/userguide/asff-top-level-attributes.html#asff-criticality">Criticality</a>
     * in the <em>AWS Security Hub CSPM User Guide</em> .
     *
     * <p>Array Members: Minimum number of 1 item. Maximum number of 20 items.
     *
     * <p>CloudFormation property {@code Criticality}.
     */
    public AutomationRulesFindingFilters criticality(List<NumberFilter> value) {
      return set("Criticality", Value.listOf(value));
    }

    /** Sets {@code Criticality} to this value; see {@link #criticality(List)}. */
    public AutomationRulesFindingFilters criticality(Value<List<NumberFilter>> value) {
      return set("Criticality", value);
    }

    /** Sets {@code Criticality} to a list of these; see {@link #criticality(List)}. */
    public AutomationRulesFindingFilters criticality(NumberFilter... values) {
      return set("Criticality", Value.list(values));
    }

    /**
     * A finding's description.
     *
     * <p>Array Members: Minimum number of 1 item. Maximum number of 20 items.
     *
     * <p>CloudFormation property {@code Description}.
     */
    public AutomationRulesFindingFilters description(List<StringFilter> value) {
      return set("Description", Value.listOf(value));
    }

    /** Sets {@code Description} to this value; see {@link #description(List)}. */
    public AutomationRulesFindingFilters description(Value<List<StringFilter>> value) {
      return set("Description", value);
    }

    /** Sets {@code Description} to a list of these; see {@link #description(List)}. */
    public AutomationRulesFindingFilters description(StringFilter... values) {
      return set("Description", Value.list(values));
    }

    /**
     * A timestamp that indicates when the potential security issue captured by a finding was first
     * observed by the security findings product.
     *
     * <p>For more information about the validation and formatting of timestamp fields in AWS
     * Security Hub CSPM , see <a
     * href="https://docs.aws.amazon.com/securityhub/1.0/APIReference/Welcome.html#timestamps">Timestamps</a>
     * .
     *
     * <p>Array Members: Minimum number of 1 item. Maximum number of 20 items.
     *
     * <p>CloudFormation property {@code FirstObservedAt}.
     */
    public AutomationRulesFindingFilters firstObservedAt(List<DateFilter> value) {
      return set("FirstObservedAt", Value.listOf(value));
    }

    /** Sets {@code FirstObservedAt} to this value; see {@link #firstObservedAt(List)}. */
    public AutomationRulesFindingFilters firstObservedAt(Value<List<DateFilter>> value) {
      return set("FirstObservedAt", value);
    }

    /** Sets {@code FirstObservedAt} to a list of these; see {@link #firstObservedAt(List)}. */
    public AutomationRulesFindingFilters firstObservedAt(DateFilter... values) {
      return set("FirstObservedAt", Value.list(values));
    }

    /**
     * The identifier for the solution-specific component that generated a finding.
     *
     * <p>Array Members: Minimum number of 1 item. Maximum number of 100 items.
     *
     * <p>CloudFormation property {@code GeneratorId}.
     */
    public AutomationRulesFindingFilters generatorId(List<StringFilter> value) {
      return set("GeneratorId", Value.listOf(value));
    }

    /** Sets {@code GeneratorId} to this value; see {@link #generatorId(List)}. */
    public AutomationRulesFindingFilters generatorId(Value<List<StringFilter>> value) {
      return set("GeneratorId", value);
    }

    /** Sets {@code GeneratorId} to a list of these; see {@link #generatorId(List)}. */
    public AutomationRulesFindingFilters generatorId(StringFilter... values) {
      return set("GeneratorId", Value.list(values));
    }

    /**
     * The product-specific identifier for a finding.
     *
     * <p>Array Members: Minimum number of 1 item. Maximum number of 20 items.
     *
     * <p>CloudFormation property {@code Id}.
     */
    public AutomationRulesFindingFilters id(List<StringFilter> value) {
      return set("Id", Value.listOf(value));
    }

    /** Sets {@code Id} to this value; see {@link #id(List)}. */
    public AutomationRulesFindingFilters id(Value<List<StringFilter>> value) {
      return set("Id", value);
    }

    /** Sets {@code Id} to a list of these; see {@link #id(List)}. */
    public AutomationRulesFindingFilters id(StringFilter... values) {
      return set("Id", Value.list(values));
    }

    /**
     * A timestamp that indicates when the security findings provider most recently observed a
     * change in the resource that is involved in the finding.
     *
     * <p>For more information about the validation and formatting of timestamp fields in AWS
     * Security Hub CSPM , see <a
     * href="https://docs.aws.amazon.com/securityhub/1.0/APIReference/Welcome.html#timestamps">Timestamps</a>
     * .
     *
     * <p>Array Members: Minimum number of 1 item. Maximum number of 20 items.
     *
     * <p>CloudFormation property {@code LastObservedAt}.
     */
    public AutomationRulesFindingFilters lastObservedAt(List<DateFilter> value) {
      return set("LastObservedAt", Value.listOf(value));
    }

    /** Sets {@code LastObservedAt} to this value; see {@link #lastObservedAt(List)}. */
    public AutomationRulesFindingFilters lastObservedAt(Value<List<DateFilter>> value) {
      return set("LastObservedAt", value);
    }

    /** Sets {@code LastObservedAt} to a list of these; see {@link #lastObservedAt(List)}. */
    public AutomationRulesFindingFilters lastObservedAt(DateFilter... values) {
      return set("LastObservedAt", Value.list(values));
    }

    /**
     * The text of a user-defined note that's added to a finding.
     *
     * <p>Array Members: Minimum number of 1 item. Maximum number of 20 items.
     *
     * <p>CloudFormation property {@code NoteText}.
     */
    public AutomationRulesFindingFilters noteText(List<StringFilter> value) {
      return set("NoteText", Value.listOf(value));
    }

    /** Sets {@code NoteText} to this value; see {@link #noteText(List)}. */
    public AutomationRulesFindingFilters noteText(Value<List<StringFilter>> value) {
      return set("NoteText", value);
    }

    /** Sets {@code NoteText} to a list of these; see {@link #noteText(List)}. */
    public AutomationRulesFindingFilters noteText(StringFilter... values) {
      return set("NoteText", Value.list(values));
    }

    /**
     * The timestamp of when the note was updated.
     *
     * <p>For more information about the validation and formatting of timestamp fields in AWS
     * Security Hub CSPM , see <a
     * href="https://docs.aws.amazon.com/securityhub/1.0/APIReference/Welcome.html#timestamps">Timestamps</a>
     * .
     *
     * <p>Array Members: Minimum number of 1 item. Maximum number of 20 items.
     *
     * <p>CloudFormation property {@code NoteUpdatedAt}.
     */
    public AutomationRulesFindingFilters noteUpdatedAt(List<DateFilter> value) {
      return set("NoteUpdatedAt", Value.listOf(value));
    }

    /** Sets {@code NoteUpdatedAt} to this value; see {@link #noteUpdatedAt(List)}. */
    public AutomationRulesFindingFilters noteUpdatedAt(Value<List<DateFilter>> value) {
      return set("NoteUpdatedAt", value);
    }

    /** Sets {@code NoteUpdatedAt} to a list of these; see {@link #noteUpdatedAt(List)}. */
    public AutomationRulesFindingFilters noteUpdatedAt(DateFilter... values) {
      return set("NoteUpdatedAt", Value.list(values));
    }

    /**
     * The principal that created a note.
     *
     * <p>Array Members: Minimum number of 1 item. Maximum number of 20 items.
     *
     * <p>CloudFormation property {@code NoteUpdatedBy}.
     */
    public AutomationRulesFindingFilters noteUpdatedBy(List<StringFilter> value) {
      return set("NoteUpdatedBy", Value.listOf(value));
    }

    /** Sets {@code NoteUpdatedBy} to this value; see {@link #noteUpdatedBy(List)}. */
    public AutomationRulesFindingFilters noteUpdatedBy(Value<List<StringFilter>> value) {
      return set("NoteUpdatedBy", value);
    }

    /** Sets {@code NoteUpdatedBy} to a list of these; see {@link #noteUpdatedBy(List)}. */
    public AutomationRulesFindingFilters noteUpdatedBy(StringFilter... values) {
      return set("NoteUpdatedBy", Value.list(values));
    }

    /**
     * The Amazon Resource Name (ARN) for a third-party product that generated a finding in Security
     * Hub CSPM.
     *
     * <p>Array Members: Minimum number of 1 item. Maximum number of 20 items.
     *
     * <p>CloudFormation property {@code ProductArn}.
     */
    public AutomationRulesFindingFilters productArn(List<StringFilter> value) {
      return set("ProductArn", Value.listOf(value));
    }

    /** Sets {@code ProductArn} to this value; see {@link #productArn(List)}. */
    public AutomationRulesFindingFilters productArn(Value<List<StringFilter>> value) {
      return set("ProductArn", value);
    }

    /** Sets {@code ProductArn} to a list of these; see {@link #productArn(List)}. */
    public AutomationRulesFindingFilters productArn(StringFilter... values) {
      return set("ProductArn", Value.list(values));
    }

    /**
     * Provides the name of the product that generated the finding. For control-based findings, the
     * product name is Security Hub CSPM.
     *
     * <p>Array Members: Minimum number of 1 item. Maximum number of 20 items.
     *
     * <p>CloudFormation property {@code ProductName}.
     */
    public AutomationRulesFindingFilters productName(List<StringFilter> value) {
      return set("ProductName", Value.listOf(value));
    }

    /** Sets {@code ProductName} to this value; see {@link #productName(List)}. */
    public AutomationRulesFindingFilters productName(Value<List<StringFilter>> value) {
      return set("ProductName", value);
    }

    /** Sets {@code ProductName} to a list of these; see {@link #productName(List)}. */
    public AutomationRulesFindingFilters productName(StringFilter... values) {
      return set("ProductName", Value.list(values));
    }

    /**
     * Provides the current state of a finding.
     *
     * <p>Array Members: Minimum number of 1 item. Maximum number of 20 items.
     *
     * <p>CloudFormation property {@code RecordState}.
     */
    public AutomationRulesFindingFilters recordState(List<StringFilter> value) {
      return set("RecordState", Value.listOf(value));
    }

    /** Sets {@code RecordState} to this value; see {@link #recordState(List)}. */
    public AutomationRulesFindingFilters recordState(Value<List<StringFilter>> value) {
      return set("RecordState", value);
    }

    /** Sets {@code RecordState} to a list of these; see {@link #recordState(List)}. */
    public AutomationRulesFindingFilters recordState(StringFilter... values) {
      return set("RecordState", Value.list(values));
    }

    /**
     * The product-generated identifier for a related finding.
     *
     * <p>Array Members: Minimum number of 1 item. Maximum number of 20 items.
     *
     * <p>CloudFormation property {@code RelatedFindingsId}.
     */
    public AutomationRulesFindingFilters relatedFindingsId(List<StringFilter> value) {
      return set("RelatedFindingsId", Value.listOf(value));
    }

    /** Sets {@code RelatedFindingsId} to this value; see {@link #relatedFindingsId(List)}. */
    public AutomationRulesFindingFilters relatedFindingsId(Value<List<StringFilter>> value) {
      return set("RelatedFindingsId", value);
    }

    /** Sets {@code RelatedFindingsId} to a list of these; see {@link #relatedFindingsId(List)}. */
    public AutomationRulesFindingFilters relatedFindingsId(StringFilter... values) {
      return set("RelatedFindingsId", Value.list(values));
    }

    /**
     * The ARN for the product that generated a related finding.
     *
     * <p>Array Members: Minimum number of 1 item. Maximum number of 20 items.
     *
     * <p>CloudFormation property {@code RelatedFindingsProductArn}.
     */
    public AutomationRulesFindingFilters relatedFindingsProductArn(List<StringFilter> value) {
      return set("RelatedFindingsProductArn", Value.listOf(value));
    }

    /**
     * Sets {@code RelatedFindingsProductArn} to this value; see {@link
     * #relatedFindingsProductArn(List)}.
     */
    public AutomationRulesFindingFilters relatedFindingsProductArn(Value<List<StringFilter>> value) {
      return set("RelatedFindingsProductArn", value);
    }

    /**
     * Sets {@code RelatedFindingsProductArn} to a list of these; see {@link
     * #relatedFindingsProductArn(List)}.
     */
    public AutomationRulesFindingFilters relatedFindingsProductArn(StringFilter... values) {
      return set("RelatedFindingsProductArn", Value.list(values));
    }

    /**
     * Custom fields and values about the resource that a finding pertains to.
     *
     * <p>Array Members: Minimum number of 1 item. Maximum number of 20 items.
     *
     * <p>CloudFormation property {@code ResourceDetailsOther}.
     */
    public AutomationRulesFindingFilters resourceDetailsOther(List<MapFilter> value) {
      return set("ResourceDetailsOther", Value.listOf(value));
    }

    /** Sets {@code ResourceDetailsOther} to this value; see {@link #resourceDetailsOther(List)}. */
    public AutomationRulesFindingFilters resourceDetailsOther(Value<List<MapFilter>> value) {
      return set("ResourceDetailsOther", value);
    }

    /**
     * Sets {@code ResourceDetailsOther} to a list of these; see {@link
     * #resourceDetailsOther(List)}.
     */
    public AutomationRulesFindingFilters resourceDetailsOther(MapFilter... values) {
      return set("ResourceDetailsOther", Value.list(values));
    }

    /**
     * The identifier for the given resource type. For AWS resources that are identified by Amazon
     * Resource Names (ARNs), this is the ARN. For AWS resources that lack ARNs, this is the
     * identifier as defined by the AWS service that created the resource. For non- AWS resources,
     * this is a unique identifier that is associated with the resource.
     *
     * <p>Array Members: Minimum number of 1 item. Maximum number of 100 items.
     *
     * <p>CloudFormation property {@code ResourceId}.
     */
    public AutomationRulesFindingFilters resourceId(List<StringFilter> value) {
      return set("ResourceId", Value.listOf(value));
    }

    /** Sets {@code ResourceId} to this value; see {@link #resourceId(List)}. */
    public AutomationRulesFindingFilters resourceId(Value<List<StringFilter>> value) {
      return set("ResourceId", value);
    }

    /** Sets {@code ResourceId} to a list of these; see {@link #resourceId(List)}. */
    public AutomationRulesFindingFilters resourceId(StringFilter... values) {
      return set("ResourceId", Value.list(values));
    }

    /**
     * The partition in which the resource that the finding pertains to is located. A partition is a
     * group of AWS Regions . Each AWS account is scoped to one partition.
     *
     * <p>Array Members: Minimum number of 1 item. Maximum number of 20 items.
     *
     * <p>CloudFormation property {@code ResourcePartition}.
     */
    public AutomationRulesFindingFilters resourcePartition(List<StringFilter> value) {
      return set("ResourcePartition", Value.listOf(value));
    }

    /** Sets {@code ResourcePartition} to this value; see {@link #resourcePartition(List)}. */
    public AutomationRulesFindingFilters resourcePartition(Value<List<StringFilter>> value) {
      return set("ResourcePartition", value);
    }

    /** Sets {@code ResourcePartition} to a list of these; see {@link #resourcePartition(List)}. */
    public AutomationRulesFindingFilters resourcePartition(StringFilter... values) {
      return set("ResourcePartition", Value.list(values));
    }

    /**
     * The AWS Region where the resource that a finding pertains to is located.
     *
     * <p>Array Members: Minimum number of 1 item. Maximum number of 20 items.
     *
     * <p>CloudFormation property {@code ResourceRegion}.
     */
    public AutomationRulesFindingFilters resourceRegion(List<StringFilter> value) {
      return set("ResourceRegion", Value.listOf(value));
    }

    /** Sets {@code ResourceRegion} to this value; see {@link #resourceRegion(List)}. */
    public AutomationRulesFindingFilters resourceRegion(Value<List<StringFilter>> value) {
      return set("ResourceRegion", value);
    }

    /** Sets {@code ResourceRegion} to a list of these; see {@link #resourceRegion(List)}. */
    public AutomationRulesFindingFilters resourceRegion(StringFilter... values) {
      return set("ResourceRegion", Value.list(values));
    }

    /**
     * A list of AWS tags associated with a resource at the time the finding was processed.
     *
     * <p>Array Members: Minimum number of 1 item. Maximum number of 20 items.
     *
     * <p>CloudFormation property {@code ResourceTags}.
     */
    public AutomationRulesFindingFilters resourceTags(List<MapFilter> value) {
      return set("ResourceTags", Value.listOf(value));
    }

    /** Sets {@code ResourceTags} to this value; see {@link #resourceTags(List)}. */
    public AutomationRulesFindingFilters resourceTags(Value<List<MapFilter>> value) {
      return set("ResourceTags", value);
    }

    /** Sets {@code ResourceTags} to a list of these; see {@link #resourceTags(List)}. */
    public AutomationRulesFindingFilters resourceTags(MapFilter... values) {
      return set("ResourceTags", Value.list(values));
    }

    /**
     * A finding's title.
     *
     * <p>Array Members: Minimum number of 1 item. Maximum number of 100 items.
     *
     * <p>CloudFormation property {@code ResourceType}.
     */
    public AutomationRulesFindingFilters resourceType(List<StringFilter> value) {
      return set("ResourceType", Value.listOf(value));
    }

    /** Sets {@code ResourceType} to this value; see {@link #resourceType(List)}. */
    public AutomationRulesFindingFilters resourceType(Value<List<StringFilter>> value) {
      return set("ResourceType", value);
    }

    /** Sets {@code ResourceType} to a list of these; see {@link #resourceType(List)}. */
    public AutomationRulesFindingFilters resourceType(StringFilter... values) {
      return set("ResourceType", Value.list(values));
    }

    /**
     * The severity value of the finding.
     *
     * <p>Array Members: Minimum number of 1 item. Maximum number of 20 items.
     *
     * <p>CloudFormation property {@code SeverityLabel}.
     */
    public AutomationRulesFindingFilters severityLabel(List<StringFilter> value) {
      return set("SeverityLabel", Value.listOf(value));
    }

    /** Sets {@code SeverityLabel} to this value; see {@link #severityLabel(List)}. */
    public AutomationRulesFindingFilters severityLabel(Value<List<StringFilter>> value) {
      return set("SeverityLabel", value);
    }

    /** Sets {@code SeverityLabel} to a list of these; see {@link #severityLabel(List)}. */
    public AutomationRulesFindingFilters severityLabel(StringFilter... values) {
      return set("SeverityLabel", Value.list(values));
    }

    /**
     * Provides a URL that links to a page about the current finding in the finding product.
     *
     * <p>Array Members: Minimum number of 1 item. Maximum number of 20 items.
     *
     * <p>CloudFormation property {@code SourceUrl}.
     */
    public AutomationRulesFindingFilters sourceUrl(List<StringFilter> value) {
      return set("SourceUrl", Value.listOf(value));
    }

    /** Sets {@code SourceUrl} to this value; see {@link #sourceUrl(List)}. */
    public AutomationRulesFindingFilters sourceUrl(Value<List<StringFilter>> value) {
      return set("SourceUrl", value);
    }

    /** Sets {@code SourceUrl} to a list of these; see {@link #sourceUrl(List)}. */
    public AutomationRulesFindingFilters sourceUrl(StringFilter... values) {
      return set("SourceUrl", Value.list(values));
    }

    /**
     * A finding's title.
     *
     * <p>Array Members: Minimum number of 1 item. Maximum number of 100 items.
     *
     * <p>CloudFormation property {@code Title}.
     */
    public AutomationRulesFindingFilters title(List<StringFilter> value) {
      return set("Title", Value.listOf(value));
    }

    /** Sets {@code Title} to this value; see {@link #title(List)}. */
    public AutomationRulesFindingFilters title(Value<List<StringFilter>> value) {
      return set("Title", value);
    }

    /** Sets {@code Title} to a list of these; see {@link #title(List)}. */
    public AutomationRulesFindingFilters title(StringFilter... values) {
      return set("Title", Value.list(values));
    }

    /**
     * One or more finding types in the format of namespace/category/classifier that classify a
     * finding. For a list of namespaces, classifiers, and categories, see <a
     * href="https://docs.aws.amazon.com/securityhub/latest/userguide/securityhub-findings-format-type-taxonomy.html">Types
     * taxonomy for ASFF</a> in the <em>AWS Security Hub CSPM User Guide</em> .
     *
     * <p>Array Members: Minimum number of 1 item. Maximum number of 20 items.
     *
     * <p>CloudFormation property {@code Type}.
     */
    public AutomationRulesFindingFilters type(List<StringFilter> value) {
      return set("Type", Value.listOf(value));
    }

    /** Sets {@code Type} to this value; see {@link #type(List)}. */
    public AutomationRulesFindingFilters type(Value<List<StringFilter>> value) {
      return set("Type", value);
    }

    /** Sets {@code Type} to a list of these; see {@link #type(List)}. */
    public AutomationRulesFindingFilters type(StringFilter... values) {
      return set("Type", Value.list(values));
    }

    /**
     * A timestamp that indicates when the finding record was most recently updated.
     *
     * <p>For more information about the validation and formatting of timestamp fields in AWS
     * Security Hub CSPM , see <a
     * href="https://docs.aws.amazon.com/securityhub/1.0/APIReference/Welcome.html#timestamps">Timestamps</a>
     * .
     *
     * <p>Array Members: Minimum number of 1 item. Maximum number of 20 items.
     *
     * <p>CloudFormation property {@code UpdatedAt}.
     */
    public AutomationRulesFindingFilters updatedAt(List<DateFilter> value) {
      return set("UpdatedAt", Value.listOf(value));
    }

    /** Sets {@code UpdatedAt} to this value; see {@link #updatedAt(List)}. */
    public AutomationRulesFindingFilters updatedAt(Value<List<DateFilter>> value) {
      return set("UpdatedAt", value);
    }

    /** Sets {@code UpdatedAt} to a list of these; see {@link #updatedAt(List)}. */
    public AutomationRulesFindingFilters updatedAt(DateFilter... values) {
      return set("UpdatedAt", Value.list(values));
    }

    /**
     * A list of user-defined name and value string pairs added to a finding.
     *
     * <p>Array Members: Minimum number of 1 item. Maximum number of 20 items.
     *
     * <p>CloudFormation property {@code UserDefinedFields}.
     */
    public AutomationRulesFindingFilters userDefinedFields(List<MapFilter> value) {
      return set("UserDefinedFields", Value.listOf(value));
    }

    /** Sets {@code UserDefinedFields} to this value; see {@link #userDefinedFields(List)}. */
    public AutomationRulesFindingFilters userDefinedFields(Value<List<MapFilter>> value) {
      return set("UserDefinedFields", value);
    }

    /** Sets {@code UserDefinedFields} to a list of these; see {@link #userDefinedFields(List)}. */
    public AutomationRulesFindingFilters userDefinedFields(MapFilter... values) {
      return set("UserDefinedFields", Value.list(values));
    }

    /**
     * Provides the veracity of a finding.
     *
     * <p>Array Members: Minimum number of 1 item. Maximum number of 20 items.
     *
     * <p>CloudFormation property {@code VerificationState}.
     */
    public AutomationRulesFindingFilters verificationState(List<StringFilter> value) {
      return set("VerificationState", Value.listOf(value));
    }

    /** Sets {@code VerificationState} to this value; see {@link #verificationState(List)}. */
    public AutomationRulesFindingFilters verificationState(Value<List<StringFilter>> value) {
      return set("VerificationState", value);
    }

    /** Sets {@code VerificationState} to a list of these; see {@link #verificationState(List)}. */
    public AutomationRulesFindingFilters verificationState(StringFilter... values) {
      return set("VerificationState", Value.list(values));
    }

    /**
     * Provides information about the status of the investigation into a finding.
     *
     * <p>Array Members: Minimum number of 1 item. Maximum number of 20 items.
     *
     * <p>CloudFormation property {@code WorkflowStatus}.
     */
    public AutomationRulesFindingFilters workflowStatus(List<StringFilter> value) {
      return set("WorkflowStatus", Value.listOf(value));
    }

    /** Sets {@code WorkflowStatus} to this value; see {@link #workflowStatus(List)}. */
    public AutomationRulesFindingFilters workflowStatus(Value<List<StringFilter>> value) {
      return set("WorkflowStatus", value);
    }

    /** Sets {@code WorkflowStatus} to a list of these; see {@link #workflowStatus(List)}. */
    public AutomationRulesFindingFilters workflowStatus(StringFilter... values) {
      return set("WorkflowStatus", Value.list(values));
    }
  }

  /**
   * A date filter for querying findings.
   *
   * <p>Property type {@code AWS::SecurityHub::AutomationRule.DateFilter}.
   */
  public static final class DateFilter extends Struct<DateFilter> {
    private static final Schema SCHEMA = Schema.builder("AWS::SecurityHub::AutomationRule.DateFilter")
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
   * <p>Property type {@code AWS::SecurityHub::AutomationRule.DateRange}.
   */
  public static final class DateRange extends Struct<DateRange> {
    private static final Schema SCHEMA = Schema.builder("AWS::SecurityHub::AutomationRule.DateRange")
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
   * A map filter for filtering AWS Security Hub CSPM findings. Each map filter provides the field
   * to check for, the value to check for, and the comparison operator.
   *
   * <p>Property type {@code AWS::SecurityHub::AutomationRule.MapFilter}.
   */
  public static final class MapFilter extends Struct<MapFilter> {
    private static final Schema SCHEMA = Schema.builder("AWS::SecurityHub::AutomationRule.MapFilter")
        .required("Comparison", "Key", "Value")
        .allowed("Comparison", "EQUALS", "NOT_EQUALS", "CONTAINS", "NOT_CONTAINS")
        .constrain("Key", Constraint.of().pattern("\\S"))
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
     * <p>Required. Allowed values: {@code EQUALS}, {@code NOT_EQUALS}, {@code CONTAINS}, {@code
     * NOT_CONTAINS}. CloudFormation property {@code Comparison}.
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
     * <p>Required. Pattern: {@code &#92;S}. CloudFormation property {@code Key}.
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
     * <p>Required. CloudFormation property {@code Value}.
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
   * The updated note.
   *
   * <p>Property type {@code AWS::SecurityHub::AutomationRule.NoteUpdate}.
   */
  public static final class NoteUpdate extends Struct<NoteUpdate> {
    private static final Schema SCHEMA = Schema.builder("AWS::SecurityHub::AutomationRule.NoteUpdate")
        .required("Text", "UpdatedBy")
        .constrain("Text", Constraint.of().pattern("\\S").minLength(1).maxLength(512))
        .build();

    public NoteUpdate() {
      super(SCHEMA);
    }

    /**
     * The updated note text.
     *
     * <p>Required. Length: 1 to 512 characters. Pattern: {@code &#92;S}. CloudFormation property
     * {@code Text}.
     */
    public NoteUpdate text(String value) {
      return set("Text", Value.of(value));
    }

    /** Sets {@code Text} to this value; see {@link #text(String)}. */
    public NoteUpdate text(Value<String> value) {
      return set("Text", value);
    }

    /**
     * The principal that updated the note.
     *
     * <p>Required. CloudFormation property {@code UpdatedBy}.
     */
    public NoteUpdate updatedBy(String value) {
      return set("UpdatedBy", Value.of(value));
    }

    /** Sets {@code UpdatedBy} to this value; see {@link #updatedBy(String)}. */
    public NoteUpdate updatedBy(Value<String> value) {
      return set("UpdatedBy", value);
    }
  }

  /**
   * A number filter for querying findings.
   *
   * <p>Property type {@code AWS::SecurityHub::AutomationRule.NumberFilter}.
   */
  public static final class NumberFilter extends Struct<NumberFilter> {
    private static final Schema SCHEMA = Schema.of("AWS::SecurityHub::AutomationRule.NumberFilter");

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
   * Provides details about a list of findings that the current finding relates to.
   *
   * <p>Property type {@code AWS::SecurityHub::AutomationRule.RelatedFinding}.
   */
  public static final class RelatedFinding extends Struct<RelatedFinding> {
    private static final Schema SCHEMA = Schema.builder("AWS::SecurityHub::AutomationRule.RelatedFinding")
        .required("Id", "ProductArn")
        .constrain("ProductArn", Constraint.of().pattern("^arn:(aws|aws-cn|aws-us-gov|aws-iso-?[a-z]{0,2}):[A-Za-z0-9]{1,63}:[a-z]+-([a-z]{1,10}-)?[a-z]+-[0-9]+:([0-9]{12})?:.+$").minLength(12).maxLength(2048))
        .build();

    public RelatedFinding() {
      super(SCHEMA);
    }

    /**
     * The product-generated identifier for a related finding.
     *
     * <p>Array Members: Minimum number of 1 item. Maximum number of 20 items.
     *
     * <p>Required. CloudFormation property {@code Id}.
     */
    public RelatedFinding id(String value) {
      return set("Id", Value.of(value));
    }

    /** Sets {@code Id} to this value; see {@link #id(String)}. */
    public RelatedFinding id(Value<String> value) {
      return set("Id", value);
    }

    /**
     * The Amazon Resource Name (ARN) for the product that generated a related finding.
     *
     * <p>Required. Length: 12 to 2048 characters. Pattern: {@code
     * ^arn:(aws|aws-cn|aws-us-gov|aws-iso-?[a-z]{0,2}):[A-Za-z0-9]{1,63}:[a-z]+-([a-z]{1,10}-)?[a-z]+-[0-9]+:([0-9]{12})?:.+$}.
     * CloudFormation property {@code ProductArn}.
     */
    public RelatedFinding productArn(String value) {
      return set("ProductArn", Value.of(value));
    }

    /** Sets {@code ProductArn} to this value; see {@link #productArn(String)}. */
    public RelatedFinding productArn(Value<String> value) {
      return set("ProductArn", value);
    }
  }

  /**
   * Updates to the severity information for a finding.
   *
   * <p>Property type {@code AWS::SecurityHub::AutomationRule.SeverityUpdate}.
   */
  public static final class SeverityUpdate extends Struct<SeverityUpdate> {
    private static final Schema SCHEMA = Schema.builder("AWS::SecurityHub::AutomationRule.SeverityUpdate")
        .allowed("Label", "INFORMATIONAL", "LOW", "MEDIUM", "HIGH", "CRITICAL")
        .constrain("Normalized", Constraint.of().minimum(0).maximum(100))
        .build();

    public SeverityUpdate() {
      super(SCHEMA);
    }

    /**
     * The severity value of the finding. The allowed values are the following.
     *
     * <ul> <li><code>INFORMATIONAL</code> - No issue was found. <li><code>LOW</code> - The issue
     * does not require action on its own. <li><code>MEDIUM</code> - The issue must be addressed but
     * not urgently. <li><code>HIGH</code> - The issue must be addressed as a priority.
     * <li><code>CRITICAL</code> - The issue must be remediated immediately to avoid it escalating.
     * </ul>
     *
     * <p>Allowed values: {@code INFORMATIONAL}, {@code LOW}, {@code MEDIUM}, {@code HIGH}, {@code
     * CRITICAL}. CloudFormation property {@code Label}.
     */
    public SeverityUpdate label(String value) {
      return set("Label", Value.of(value));
    }

    /** Sets {@code Label} to this value; see {@link #label(String)}. */
    public SeverityUpdate label(Value<String> value) {
      return set("Label", value);
    }

    /**
     * The normalized severity for the finding. This attribute is to be deprecated in favor of
     * <code>Label</code> .
     *
     * <p>If you provide <code>Normalized</code> and don't provide <code>Label</code> ,
     * <code>Label</code> is set automatically as follows.
     *
     * <ul> <li>0 - <code>INFORMATIONAL</code> <li>1–39 - <code>LOW</code> <li>40–69 -
     * <code>MEDIUM</code> <li>70–89 - <code>HIGH</code> <li>90–100 - <code>CRITICAL</code> </ul>
     *
     * <p>Range: 0 to 100. CloudFormation property {@code Normalized}.
     */
    public SeverityUpdate normalized(int value) {
      return set("Normalized", Value.of(value));
    }

    /** Sets {@code Normalized} to this value; see {@link #normalized(int)}. */
    public SeverityUpdate normalized(Value<Integer> value) {
      return set("Normalized", value);
    }

    /**
     * The native severity as defined by the AWS service or integrated partner product that
     * generated the finding.
     *
     * <p>CloudFormation property {@code Product}.
     */
    public SeverityUpdate product(double value) {
      return set("Product", Value.of(value));
    }

    /** Sets {@code Product} to this value; see {@link #product(double)}. */
    public SeverityUpdate product(Value<Double> value) {
      return set("Product", value);
    }
  }

  /**
   * A string filter for filtering AWS Security Hub CSPM findings.
   *
   * <p>Property type {@code AWS::SecurityHub::AutomationRule.StringFilter}.
   */
  public static final class StringFilter extends Struct<StringFilter> {
    private static final Schema SCHEMA = Schema.builder("AWS::SecurityHub::AutomationRule.StringFilter")
        .required("Comparison", "Value")
        .allowed("Comparison", "EQUALS", "PREFIX", "NOT_EQUALS", "PREFIX_NOT_EQUALS", "CONTAINS",
            "NOT_CONTAINS")
        .constrain("Value", Constraint.of().pattern("\\S"))
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
     * PREFIX_NOT_EQUALS}, {@code CONTAINS}, {@code NOT_CONTAINS}. CloudFormation property {@code
     * Comparison}.
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
     * <p>Required. Pattern: {@code &#92;S}. CloudFormation property {@code Value}.
     */
    public StringFilter value(String value) {
      return set("Value", Value.of(value));
    }

    /** Sets {@code Value} to this value; see {@link #value(String)}. */
    public StringFilter value(Value<String> value) {
      return set("Value", value);
    }
  }

  /**
   * Used to update information about the investigation into the finding.
   *
   * <p>Property type {@code AWS::SecurityHub::AutomationRule.WorkflowUpdate}.
   */
  public static final class WorkflowUpdate extends Struct<WorkflowUpdate> {
    private static final Schema SCHEMA = Schema.builder("AWS::SecurityHub::AutomationRule.WorkflowUpdate")
        .required("Status")
        .allowed("Status", "NEW", "NOTIFIED", "RESOLVED", "SUPPRESSED")
        .build();

    public WorkflowUpdate() {
      super(SCHEMA);
    }

    /**
     * The status of the investigation into the finding. The workflow status is specific to an
     * individual finding. It does not affect the generation of new findings. For example, setting
     * the workflow status to <code>SUPPRESSED</code> or <code>RESOLVED</code> does not prevent a
     * new finding for the same issue.
     *
     * <p>The allowed values are the following.
     *
     * <ul> <li><code>NEW</code> - The initial state of a finding, before it is reviewed. </ul>
     *
     * <p>Security Hub CSPM also resets <code>WorkFlowStatus</code> from <code>NOTIFIED</code> or
     * <code>RESOLVED</code> to <code>NEW</code> in the following cases:
     *
     * <ul> <li>The record state changes from <code>ARCHIVED</code> to <code>ACTIVE</code> . <li>The
     * compliance status changes from <code>PASSED</code> to either <code>WARNING</code> ,
     * <code>FAILED</code> , or <code>NOT_AVAILABLE</code> . <li><code>NOTIFIED</code> - Indicates
     * that you notified the resource owner about the security issue. Used when the initial reviewer
     * is not the resource owner, and needs intervention from the resource owner.
     * <li><code>RESOLVED</code> - The finding was reviewed and remediated and is now considered
     * resolved. <li><code>SUPPRESSED</code> - Indicates that you reviewed the finding and don't
     * believe that any action is needed. The finding is no longer updated. </ul>
     *
     * <p>Required. Allowed values: {@code NEW}, {@code NOTIFIED}, {@code RESOLVED}, {@code
     * SUPPRESSED}. CloudFormation property {@code Status}.
     */
    public WorkflowUpdate status(String value) {
      return set("Status", Value.of(value));
    }

    /** Sets {@code Status} to this value; see {@link #status(String)}. */
    public WorkflowUpdate status(Value<String> value) {
      return set("Status", value);
    }
  }
}
