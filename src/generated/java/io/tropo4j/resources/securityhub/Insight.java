// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.securityhub;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * The <code>AWS::SecurityHub::Insight</code> resource creates a custom insight in AWS Security Hub
 * CSPM . An insight is a collection of findings that relate to a security issue that requires
 * attention or remediation. For more information, see <a
 * href="https://docs.aws.amazon.com/securityhub/latest/userguide/securityhub-insights.html">Insights
 * in AWS Security Hub CSPM</a> in the <em>AWS Security Hub CSPM User Guide</em> .
 *
 * <p>Tags aren't supported for this resource.
 *
 * <p>CloudFormation type {@code AWS::SecurityHub::Insight}.
 */
public final class Insight extends Resource<Insight> {
  private static final Schema SCHEMA = Schema.builder("AWS::SecurityHub::Insight")
      .required("Filters", "GroupByAttribute", "Name")
      .constrain("GroupByAttribute", Constraint.of().pattern("\\S").minLength(1))
      .constrain("Name", Constraint.of().pattern("\\S").minLength(1).maxLength(128))
      .refYields("InsightArn")
      .attributes("InsightArn")
      .build();

  public Insight(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * One or more attributes used to filter the findings included in the insight. The insight only
   * includes findings that match the criteria defined in the filters. You can filter by up to ten
   * finding attributes. For each attribute, you can provide up to 20 filter values.
   *
   * <p>Required. CloudFormation property {@code Filters}.
   */
  public Insight filters(Value<AwsSecurityFindingFilters> value) {
    return set("Filters", value);
  }

  /**
   * The grouping attribute for the insight's findings. Indicates how to group the matching
   * findings, and identifies the type of item that the insight applies to. For example, if an
   * insight is grouped by resource identifier, then the insight produces a list of resource
   * identifiers.
   *
   * <p>Required. Length: at least 1 characters. Pattern: {@code &#92;S}. CloudFormation property
   * {@code GroupByAttribute}.
   */
  public Insight groupByAttribute(String value) {
    return set("GroupByAttribute", Value.of(value));
  }

  /** Sets {@code GroupByAttribute} to this value; see {@link #groupByAttribute(String)}. */
  public Insight groupByAttribute(Value<String> value) {
    return set("GroupByAttribute", value);
  }

  /**
   * The name of a Security Hub CSPM insight.
   *
   * <p>Required. Length: 1 to 128 characters. Pattern: {@code &#92;S}. CloudFormation property
   * {@code Name}.
   */
  public Insight name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public Insight name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * The ARN of a Security Hub CSPM insight.
   *
   * <p>{@code Fn::GetAtt} attribute {@code InsightArn}.
   */
  public Value<String> insightArn() {
    return getAtt("InsightArn");
  }

  /**
   * A collection of filters that are applied to all active findings aggregated by AWS Security Hub
   * CSPM .
   *
   * <p>You can filter by up to ten finding attributes. For each attribute, you can provide up to 20
   * filter values.
   *
   * <p>Property type {@code AWS::SecurityHub::Insight.AwsSecurityFindingFilters}.
   */
  public static final class AwsSecurityFindingFilters extends Struct<AwsSecurityFindingFilters> {
    private static final Schema SCHEMA = Schema.of("AWS::SecurityHub::Insight.AwsSecurityFindingFilters");

    public AwsSecurityFindingFilters() {
      super(SCHEMA);
    }

    /**
     * The AWS account ID in which a finding is generated.
     *
     * <p>CloudFormation property {@code AwsAccountId}.
     */
    public AwsSecurityFindingFilters awsAccountId(List<StringFilter> value) {
      return set("AwsAccountId", Value.listOf(value));
    }

    /** Sets {@code AwsAccountId} to this value; see {@link #awsAccountId(List)}. */
    public AwsSecurityFindingFilters awsAccountId(Value<List<StringFilter>> value) {
      return set("AwsAccountId", value);
    }

    /** Sets {@code AwsAccountId} to a list of these; see {@link #awsAccountId(List)}. */
    public AwsSecurityFindingFilters awsAccountId(StringFilter... values) {
      return set("AwsAccountId", Value.list(values));
    }

    /**
     * The name of the AWS account in which a finding is generated.
     *
     * <p>CloudFormation property {@code AwsAccountName}.
     */
    public AwsSecurityFindingFilters awsAccountName(List<StringFilter> value) {
      return set("AwsAccountName", Value.listOf(value));
    }

    /** Sets {@code AwsAccountName} to this value; see {@link #awsAccountName(List)}. */
    public AwsSecurityFindingFilters awsAccountName(Value<List<StringFilter>> value) {
      return set("AwsAccountName", value);
    }

    /** Sets {@code AwsAccountName} to a list of these; see {@link #awsAccountName(List)}. */
    public AwsSecurityFindingFilters awsAccountName(StringFilter... values) {
      return set("AwsAccountName", Value.list(values));
    }

    /**
     * The name of the findings provider (company) that owns the solution (product) that generates
     * findings.
     *
     * <p>CloudFormation property {@code CompanyName}.
     */
    public AwsSecurityFindingFilters companyName(List<StringFilter> value) {
      return set("CompanyName", Value.listOf(value));
    }

    /** Sets {@code CompanyName} to this value; see {@link #companyName(List)}. */
    public AwsSecurityFindingFilters companyName(Value<List<StringFilter>> value) {
      return set("CompanyName", value);
    }

    /** Sets {@code CompanyName} to a list of these; see {@link #companyName(List)}. */
    public AwsSecurityFindingFilters companyName(StringFilter... values) {
      return set("CompanyName", Value.list(values));
    }

    /**
     * The unique identifier of a standard in which a control is enabled. This field consists of the
     * resource portion of the Amazon Resource Name (ARN) returned for a standard in the <a
     * href="https://docs.aws.amazon.com/securityhub/1.0/APIReference/API_DescribeStandards.html">DescribeStandards</a>
     * API response.
     *
     * <p>CloudFormation property {@code ComplianceAssociatedStandardsId}.
     */
    public AwsSecurityFindingFilters complianceAssociatedStandardsId(List<StringFilter> value) {
      return set("ComplianceAssociatedStandardsId", Value.listOf(value));
    }

    /**
     * Sets {@code ComplianceAssociatedStandardsId} to this value; see {@link
     * #complianceAssociatedStandardsId(List)}.
     */
    public AwsSecurityFindingFilters complianceAssociatedStandardsId(Value<List<StringFilter>> value) {
      return set("ComplianceAssociatedStandardsId", value);
    }

    /**
     * Sets {@code ComplianceAssociatedStandardsId} to a list of these; see {@link
     * #complianceAssociatedStandardsId(List)}.
     */
    public AwsSecurityFindingFilters complianceAssociatedStandardsId(StringFilter... values) {
      return set("ComplianceAssociatedStandardsId", Value.list(values));
    }

    /**
     * The unique identifier of a control across standards. Values for this field typically consist
     * of an AWS service and a number, such as APIGateway.5.
     *
     * <p>CloudFormation property {@code ComplianceSecurityControlId}.
     */
    public AwsSecurityFindingFilters complianceSecurityControlId(List<StringFilter> value) {
      return set("ComplianceSecurityControlId", Value.listOf(value));
    }

    /**
     * Sets {@code ComplianceSecurityControlId} to this value; see {@link
     * #complianceSecurityControlId(List)}.
     */
    public AwsSecurityFindingFilters complianceSecurityControlId(Value<List<StringFilter>> value) {
      return set("ComplianceSecurityControlId", value);
    }

    /**
     * Sets {@code ComplianceSecurityControlId} to a list of these; see {@link
     * #complianceSecurityControlId(List)}.
     */
    public AwsSecurityFindingFilters complianceSecurityControlId(StringFilter... values) {
      return set("ComplianceSecurityControlId", Value.list(values));
    }

    /**
     * The name of a security control parameter.
     *
     * <p>CloudFormation property {@code ComplianceSecurityControlParametersName}.
     */
    public AwsSecurityFindingFilters complianceSecurityControlParametersName(List<StringFilter> value) {
      return set("ComplianceSecurityControlParametersName", Value.listOf(value));
    }

    /**
     * Sets {@code ComplianceSecurityControlParametersName} to this value; see {@link
     * #complianceSecurityControlParametersName(List)}.
     */
    public AwsSecurityFindingFilters complianceSecurityControlParametersName(Value<List<StringFilter>> value) {
      return set("ComplianceSecurityControlParametersName", value);
    }

    /**
     * Sets {@code ComplianceSecurityControlParametersName} to a list of these; see {@link
     * #complianceSecurityControlParametersName(List)}.
     */
    public AwsSecurityFindingFilters complianceSecurityControlParametersName(StringFilter... values) {
      return set("ComplianceSecurityControlParametersName", Value.list(values));
    }

    /**
     * The current value of a security control parameter.
     *
     * <p>CloudFormation property {@code ComplianceSecurityControlParametersValue}.
     */
    public AwsSecurityFindingFilters complianceSecurityControlParametersValue(List<StringFilter> value) {
      return set("ComplianceSecurityControlParametersValue", Value.listOf(value));
    }

    /**
     * Sets {@code ComplianceSecurityControlParametersValue} to this value; see {@link
     * #complianceSecurityControlParametersValue(List)}.
     */
    public AwsSecurityFindingFilters complianceSecurityControlParametersValue(Value<List<StringFilter>> value) {
      return set("ComplianceSecurityControlParametersValue", value);
    }

    /**
     * Sets {@code ComplianceSecurityControlParametersValue} to a list of these; see {@link
     * #complianceSecurityControlParametersValue(List)}.
     */
    public AwsSecurityFindingFilters complianceSecurityControlParametersValue(StringFilter... values) {
      return set("ComplianceSecurityControlParametersValue", Value.list(values));
    }

    /**
     * Exclusive to findings that are generated as the result of a check run against a specific rule
     * in a supported standard, such as CIS AWS Foundations. Contains security standard-related
     * finding details.
     *
     * <p>CloudFormation property {@code ComplianceStatus}.
     */
    public AwsSecurityFindingFilters complianceStatus(List<StringFilter> value) {
      return set("ComplianceStatus", Value.listOf(value));
    }

    /** Sets {@code ComplianceStatus} to this value; see {@link #complianceStatus(List)}. */
    public AwsSecurityFindingFilters complianceStatus(Value<List<StringFilter>> value) {
      return set("ComplianceStatus", value);
    }

    /** Sets {@code ComplianceStatus} to a list of these; see {@link #complianceStatus(List)}. */
    public AwsSecurityFindingFilters complianceStatus(StringFilter... values) {
      return set("ComplianceStatus", Value.list(values));
    }

    /**
     * A finding's confidence. Confidence is defined as the likelihood that a finding accurately
     * identifies the behavior or issue that it was intended to identify.
     *
     * <p>Confidence is scored on a 0-100 basis using a ratio scale, where 0 means zero percent
     * confidence and 100 means 100 percent confidence.
     *
     * <p>CloudFormation property {@code Confidence}.
     */
    public AwsSecurityFindingFilters confidence(List<NumberFilter> value) {
      return set("Confidence", Value.listOf(value));
    }

    /** Sets {@code Confidence} to this value; see {@link #confidence(List)}. */
    public AwsSecurityFindingFilters confidence(Value<List<NumberFilter>> value) {
      return set("Confidence", value);
    }

    /** Sets {@code Confidence} to a list of these; see {@link #confidence(List)}. */
    public AwsSecurityFindingFilters confidence(NumberFilter... values) {
      return set("Confidence", Value.list(values));
    }

    /**
     * A timestamp that indicates when the security findings provider created the potential security
     * issue that a finding reflects.
     *
     * <p>For more information about the validation and formatting of timestamp fields in AWS
     * Security Hub CSPM , see <a
     * href="https://docs.aws.amazon.com/securityhub/1.0/APIReference/Welcome.html#timestamps">Timestamps</a>
     * .
     *
     * <p>CloudFormation property {@code CreatedAt}.
     */
    public AwsSecurityFindingFilters createdAt(List<DateFilter> value) {
      return set("CreatedAt", Value.listOf(value));
    }

    /** Sets {@code CreatedAt} to this value; see {@link #createdAt(List)}. */
    public AwsSecurityFindingFilters createdAt(Value<List<DateFilter>> value) {
      return set("CreatedAt", value);
    }

    /** Sets {@code CreatedAt} to a list of these; see {@link #createdAt(List)}. */
    public AwsSecurityFindingFilters createdAt(DateFilter... values) {
      return set("CreatedAt", Value.list(values));
    }

    /**
     * The level of importance assigned to the resources associated with the finding.
     *
     * <p>A score of 0 means that the underlying resources have no criticality, and a score of 100
     * is reserved for the most critical resources.
     *
     * <p>CloudFormation property {@code Criticality}.
     */
    public AwsSecurityFindingFilters criticality(List<NumberFilter> value) {
      return set("Criticality", Value.listOf(value));
    }

    /** Sets {@code Criticality} to this value; see {@link #criticality(List)}. */
    public AwsSecurityFindingFilters criticality(Value<List<NumberFilter>> value) {
      return set("Criticality", value);
    }

    /** Sets {@code Criticality} to a list of these; see {@link #criticality(List)}. */
    public AwsSecurityFindingFilters criticality(NumberFilter... values) {
      return set("Criticality", Value.list(values));
    }

    /**
     * A finding's description.
     *
     * <p>CloudFormation property {@code Description}.
     */
    public AwsSecurityFindingFilters description(List<StringFilter> value) {
      return set("Description", Value.listOf(value));
    }

    /** Sets {@code Description} to this value; see {@link #description(List)}. */
    public AwsSecurityFindingFilters description(Value<List<StringFilter>> value) {
      return set("Description", value);
    }

    /** Sets {@code Description} to a list of these; see {@link #description(List)}. */
    public AwsSecurityFindingFilters description(StringFilter... values) {
      return set("Description", Value.list(values));
    }

    /**
     * The finding provider value for the finding confidence. Confidence is defined as the
     * likelihood that a finding accurately identifies the behavior or issue that it was intended to
     * identify.
     *
     * <p>Confidence is scored on a 0-100 basis using a ratio scale, where 0 means zero percent
     * confidence and 100 means 100 percent confidence.
     *
     * <p>CloudFormation property {@code FindingProviderFieldsConfidence}.
     */
    public AwsSecurityFindingFilters findingProviderFieldsConfidence(List<NumberFilter> value) {
      return set("FindingProviderFieldsConfidence", Value.listOf(value));
    }

    /**
     * Sets {@code FindingProviderFieldsConfidence} to this value; see {@link
     * #findingProviderFieldsConfidence(List)}.
     */
    public AwsSecurityFindingFilters findingProviderFieldsConfidence(Value<List<NumberFilter>> value) {
      return set("FindingProviderFieldsConfidence", value);
    }

    /**
     * Sets {@code FindingProviderFieldsConfidence} to a list of these; see {@link
     * #findingProviderFieldsConfidence(List)}.
     */
    public AwsSecurityFindingFilters findingProviderFieldsConfidence(NumberFilter... values) {
      return set("FindingProviderFieldsConfidence", Value.list(values));
    }

    /**
     * The finding provider value for the level of importance assigned to the resources associated
     * with the findings.
     *
     * <p>A score of 0 means that the underlying resources have no criticality, and a score of 100
     * is reserved for the most critical resources.
     *
     * <p>CloudFormation property {@code FindingProviderFieldsCriticality}.
     */
    public AwsSecurityFindingFilters findingProviderFieldsCriticality(List<NumberFilter> value) {
      return set("FindingProviderFieldsCriticality", Value.listOf(value));
    }

    /**
     * Sets {@code FindingProviderFieldsCriticality} to this value; see {@link
     * #findingProviderFieldsCriticality(List)}.
     */
    public AwsSecurityFindingFilters findingProviderFieldsCriticality(Value<List<NumberFilter>> value) {
      return set("FindingProviderFieldsCriticality", value);
    }

    /**
     * Sets {@code FindingProviderFieldsCriticality} to a list of these; see {@link
     * #findingProviderFieldsCriticality(List)}.
     */
    public AwsSecurityFindingFilters findingProviderFieldsCriticality(NumberFilter... values) {
      return set("FindingProviderFieldsCriticality", Value.list(values));
    }

    /**
     * The finding identifier of a related finding that is identified by the finding provider.
     *
     * <p>CloudFormation property {@code FindingProviderFieldsRelatedFindingsId}.
     */
    public AwsSecurityFindingFilters findingProviderFieldsRelatedFindingsId(List<StringFilter> value) {
      return set("FindingProviderFieldsRelatedFindingsId", Value.listOf(value));
    }

    /**
     * Sets {@code FindingProviderFieldsRelatedFindingsId} to this value; see {@link
     * #findingProviderFieldsRelatedFindingsId(List)}.
     */
    public AwsSecurityFindingFilters findingProviderFieldsRelatedFindingsId(Value<List<StringFilter>> value) {
      return set("FindingProviderFieldsRelatedFindingsId", value);
    }

    /**
     * Sets {@code FindingProviderFieldsRelatedFindingsId} to a list of these; see {@link
     * #findingProviderFieldsRelatedFindingsId(List)}.
     */
    public AwsSecurityFindingFilters findingProviderFieldsRelatedFindingsId(StringFilter... values) {
      return set("FindingProviderFieldsRelatedFindingsId", Value.list(values));
    }

    /**
     * The ARN of the solution that generated a related finding that is identified by the finding
     * provider.
     *
     * <p>CloudFormation property {@code FindingProviderFieldsRelatedFindingsProductArn}.
     */
    public AwsSecurityFindingFilters findingProviderFieldsRelatedFindingsProductArn(List<StringFilter> value) {
      return set("FindingProviderFieldsRelatedFindingsProductArn", Value.listOf(value));
    }

    /**
     * Sets {@code FindingProviderFieldsRelatedFindingsProductArn} to this value; see {@link
     * #findingProviderFieldsRelatedFindingsProductArn(List)}.
     */
    public AwsSecurityFindingFilters findingProviderFieldsRelatedFindingsProductArn(Value<List<StringFilter>> value) {
      return set("FindingProviderFieldsRelatedFindingsProductArn", value);
    }

    /**
     * Sets {@code FindingProviderFieldsRelatedFindingsProductArn} to a list of these; see {@link
     * #findingProviderFieldsRelatedFindingsProductArn(List)}.
     */
    public AwsSecurityFindingFilters findingProviderFieldsRelatedFindingsProductArn(StringFilter... values) {
      return set("FindingProviderFieldsRelatedFindingsProductArn", Value.list(values));
    }

    /**
     * The finding provider value for the severity label.
     *
     * <p>CloudFormation property {@code FindingProviderFieldsSeverityLabel}.
     */
    public AwsSecurityFindingFilters findingProviderFieldsSeverityLabel(List<StringFilter> value) {
      return set("FindingProviderFieldsSeverityLabel", Value.listOf(value));
    }

    /**
     * Sets {@code FindingProviderFieldsSeverityLabel} to this value; see {@link
     * #findingProviderFieldsSeverityLabel(List)}.
     */
    public AwsSecurityFindingFilters findingProviderFieldsSeverityLabel(Value<List<StringFilter>> value) {
      return set("FindingProviderFieldsSeverityLabel", value);
    }

    /**
     * Sets {@code FindingProviderFieldsSeverityLabel} to a list of these; see {@link
     * #findingProviderFieldsSeverityLabel(List)}.
     */
    public AwsSecurityFindingFilters findingProviderFieldsSeverityLabel(StringFilter... values) {
      return set("FindingProviderFieldsSeverityLabel", Value.list(values));
    }

    /**
     * The finding provider's original value for the severity.
     *
     * <p>CloudFormation property {@code FindingProviderFieldsSeverityOriginal}.
     */
    public AwsSecurityFindingFilters findingProviderFieldsSeverityOriginal(List<StringFilter> value) {
      return set("FindingProviderFieldsSeverityOriginal", Value.listOf(value));
    }

    /**
     * Sets {@code FindingProviderFieldsSeverityOriginal} to this value; see {@link
     * #findingProviderFieldsSeverityOriginal(List)}.
     */
    public AwsSecurityFindingFilters findingProviderFieldsSeverityOriginal(Value<List<StringFilter>> value) {
      return set("FindingProviderFieldsSeverityOriginal", value);
    }

    /**
     * Sets {@code FindingProviderFieldsSeverityOriginal} to a list of these; see {@link
     * #findingProviderFieldsSeverityOriginal(List)}.
     */
    public AwsSecurityFindingFilters findingProviderFieldsSeverityOriginal(StringFilter... values) {
      return set("FindingProviderFieldsSeverityOriginal", Value.list(values));
    }

    /**
     * One or more finding types that the finding provider assigned to the finding. Uses the format
     * of <code>namespace/category/classifier</code> that classify a finding.
     *
     * <p>Valid namespace values are: Software and Configuration Checks | TTPs | Effects | Unusual
     * Behaviors | Sensitive Data Identifications
     *
     * <p>CloudFormation property {@code FindingProviderFieldsTypes}.
     */
    public AwsSecurityFindingFilters findingProviderFieldsTypes(List<StringFilter> value) {
      return set("FindingProviderFieldsTypes", Value.listOf(value));
    }

    /**
     * Sets {@code FindingProviderFieldsTypes} to this value; see {@link
     * #findingProviderFieldsTypes(List)}.
     */
    public AwsSecurityFindingFilters findingProviderFieldsTypes(Value<List<StringFilter>> value) {
      return set("FindingProviderFieldsTypes", value);
    }

    /**
     * Sets {@code FindingProviderFieldsTypes} to a list of these; see {@link
     * #findingProviderFieldsTypes(List)}.
     */
    public AwsSecurityFindingFilters findingProviderFieldsTypes(StringFilter... values) {
      return set("FindingProviderFieldsTypes", Value.list(values));
    }

    /**
     * A timestamp that indicates when the security findings provider first observed the potential
     * security issue that a finding captured.
     *
     * <p>For more information about the validation and formatting of timestamp fields in AWS
     * Security Hub CSPM , see <a
     * href="https://docs.aws.amazon.com/securityhub/1.0/APIReference/Welcome.html#timestamps">Timestamps</a>
     * .
     *
     * <p>CloudFormation property {@code FirstObservedAt}.
     */
    public AwsSecurityFindingFilters firstObservedAt(List<DateFilter> value) {
      return set("FirstObservedAt", Value.listOf(value));
    }

    /** Sets {@code FirstObservedAt} to this value; see {@link #firstObservedAt(List)}. */
    public AwsSecurityFindingFilters firstObservedAt(Value<List<DateFilter>> value) {
      return set("FirstObservedAt", value);
    }

    /** Sets {@code FirstObservedAt} to a list of these; see {@link #firstObservedAt(List)}. */
    public AwsSecurityFindingFilters firstObservedAt(DateFilter... values) {
      return set("FirstObservedAt", Value.list(values));
    }

    /**
     * The identifier for the solution-specific component (a discrete unit of logic) that generated
     * a finding. In various security findings providers' solutions, this generator can be called a
     * rule, a check, a detector, a plugin, etc.
     *
     * <p>CloudFormation property {@code GeneratorId}.
     */
    public AwsSecurityFindingFilters generatorId(List<StringFilter> value) {
      return set("GeneratorId", Value.listOf(value));
    }

    /** Sets {@code GeneratorId} to this value; see {@link #generatorId(List)}. */
    public AwsSecurityFindingFilters generatorId(Value<List<StringFilter>> value) {
      return set("GeneratorId", value);
    }

    /** Sets {@code GeneratorId} to a list of these; see {@link #generatorId(List)}. */
    public AwsSecurityFindingFilters generatorId(StringFilter... values) {
      return set("GeneratorId", Value.list(values));
    }

    /**
     * The security findings provider-specific identifier for a finding.
     *
     * <p>CloudFormation property {@code Id}.
     */
    public AwsSecurityFindingFilters id(List<StringFilter> value) {
      return set("Id", Value.listOf(value));
    }

    /** Sets {@code Id} to this value; see {@link #id(List)}. */
    public AwsSecurityFindingFilters id(Value<List<StringFilter>> value) {
      return set("Id", value);
    }

    /** Sets {@code Id} to a list of these; see {@link #id(List)}. */
    public AwsSecurityFindingFilters id(StringFilter... values) {
      return set("Id", Value.list(values));
    }

    /**
     * This field is deprecated. A keyword for a finding.
     *
     * <p>CloudFormation property {@code Keyword}.
     */
    public AwsSecurityFindingFilters keyword(List<KeywordFilter> value) {
      return set("Keyword", Value.listOf(value));
    }

    /** Sets {@code Keyword} to this value; see {@link #keyword(List)}. */
    public AwsSecurityFindingFilters keyword(Value<List<KeywordFilter>> value) {
      return set("Keyword", value);
    }

    /** Sets {@code Keyword} to a list of these; see {@link #keyword(List)}. */
    public AwsSecurityFindingFilters keyword(KeywordFilter... values) {
      return set("Keyword", Value.list(values));
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
     * <p>CloudFormation property {@code LastObservedAt}.
     */
    public AwsSecurityFindingFilters lastObservedAt(List<DateFilter> value) {
      return set("LastObservedAt", Value.listOf(value));
    }

    /** Sets {@code LastObservedAt} to this value; see {@link #lastObservedAt(List)}. */
    public AwsSecurityFindingFilters lastObservedAt(Value<List<DateFilter>> value) {
      return set("LastObservedAt", value);
    }

    /** Sets {@code LastObservedAt} to a list of these; see {@link #lastObservedAt(List)}. */
    public AwsSecurityFindingFilters lastObservedAt(DateFilter... values) {
      return set("LastObservedAt", Value.list(values));
    }

    /**
     * The name of the malware that was observed.
     *
     * <p>CloudFormation property {@code MalwareName}.
     */
    public AwsSecurityFindingFilters malwareName(List<StringFilter> value) {
      return set("MalwareName", Value.listOf(value));
    }

    /** Sets {@code MalwareName} to this value; see {@link #malwareName(List)}. */
    public AwsSecurityFindingFilters malwareName(Value<List<StringFilter>> value) {
      return set("MalwareName", value);
    }

    /** Sets {@code MalwareName} to a list of these; see {@link #malwareName(List)}. */
    public AwsSecurityFindingFilters malwareName(StringFilter... values) {
      return set("MalwareName", Value.list(values));
    }

    /**
     * The filesystem path of the malware that was observed.
     *
     * <p>CloudFormation property {@code MalwarePath}.
     */
    public AwsSecurityFindingFilters malwarePath(List<StringFilter> value) {
      return set("MalwarePath", Value.listOf(value));
    }

    /** Sets {@code MalwarePath} to this value; see {@link #malwarePath(List)}. */
    public AwsSecurityFindingFilters malwarePath(Value<List<StringFilter>> value) {
      return set("MalwarePath", value);
    }

    /** Sets {@code MalwarePath} to a list of these; see {@link #malwarePath(List)}. */
    public AwsSecurityFindingFilters malwarePath(StringFilter... values) {
      return set("MalwarePath", Value.list(values));
    }

    /**
     * The state of the malware that was observed.
     *
     * <p>CloudFormation property {@code MalwareState}.
     */
    public AwsSecurityFindingFilters malwareState(List<StringFilter> value) {
      return set("MalwareState", Value.listOf(value));
    }

    /** Sets {@code MalwareState} to this value; see {@link #malwareState(List)}. */
    public AwsSecurityFindingFilters malwareState(Value<List<StringFilter>> value) {
      return set("MalwareState", value);
    }

    /** Sets {@code MalwareState} to a list of these; see {@link #malwareState(List)}. */
    public AwsSecurityFindingFilters malwareState(StringFilter... values) {
      return set("MalwareState", Value.list(values));
    }

    /**
     * The type of the malware that was observed.
     *
     * <p>CloudFormation property {@code MalwareType}.
     */
    public AwsSecurityFindingFilters malwareType(List<StringFilter> value) {
      return set("MalwareType", Value.listOf(value));
    }

    /** Sets {@code MalwareType} to this value; see {@link #malwareType(List)}. */
    public AwsSecurityFindingFilters malwareType(Value<List<StringFilter>> value) {
      return set("MalwareType", value);
    }

    /** Sets {@code MalwareType} to a list of these; see {@link #malwareType(List)}. */
    public AwsSecurityFindingFilters malwareType(StringFilter... values) {
      return set("MalwareType", Value.list(values));
    }

    /**
     * The destination domain of network-related information about a finding.
     *
     * <p>CloudFormation property {@code NetworkDestinationDomain}.
     */
    public AwsSecurityFindingFilters networkDestinationDomain(List<StringFilter> value) {
      return set("NetworkDestinationDomain", Value.listOf(value));
    }

    /**
     * Sets {@code NetworkDestinationDomain} to this value; see {@link
     * #networkDestinationDomain(List)}.
     */
    public AwsSecurityFindingFilters networkDestinationDomain(Value<List<StringFilter>> value) {
      return set("NetworkDestinationDomain", value);
    }

    /**
     * Sets {@code NetworkDestinationDomain} to a list of these; see {@link
     * #networkDestinationDomain(List)}.
     */
    public AwsSecurityFindingFilters networkDestinationDomain(StringFilter... values) {
      return set("NetworkDestinationDomain", Value.list(values));
    }

    /**
     * The destination IPv4 address of network-related information about a finding.
     *
     * <p>CloudFormation property {@code NetworkDestinationIpV4}.
     */
    public AwsSecurityFindingFilters networkDestinationIpV4(List<IpFilter> value) {
      return set("NetworkDestinationIpV4", Value.listOf(value));
    }

    /**
     * Sets {@code NetworkDestinationIpV4} to this value; see {@link #networkDestinationIpV4(List)}.
     */
    public AwsSecurityFindingFilters networkDestinationIpV4(Value<List<IpFilter>> value) {
      return set("NetworkDestinationIpV4", value);
    }

    /**
     * Sets {@code NetworkDestinationIpV4} to a list of these; see {@link
     * #networkDestinationIpV4(List)}.
     */
    public AwsSecurityFindingFilters networkDestinationIpV4(IpFilter... values) {
      return set("NetworkDestinationIpV4", Value.list(values));
    }

    /**
     * The destination IPv6 address of network-related information about a finding.
     *
     * <p>CloudFormation property {@code NetworkDestinationIpV6}.
     */
    public AwsSecurityFindingFilters networkDestinationIpV6(List<IpFilter> value) {
      return set("NetworkDestinationIpV6", Value.listOf(value));
    }

    /**
     * Sets {@code NetworkDestinationIpV6} to this value; see {@link #networkDestinationIpV6(List)}.
     */
    public AwsSecurityFindingFilters networkDestinationIpV6(Value<List<IpFilter>> value) {
      return set("NetworkDestinationIpV6", value);
    }

    /**
     * Sets {@code NetworkDestinationIpV6} to a list of these; see {@link
     * #networkDestinationIpV6(List)}.
     */
    public AwsSecurityFindingFilters networkDestinationIpV6(IpFilter... values) {
      return set("NetworkDestinationIpV6", Value.list(values));
    }

    /**
     * The destination port of network-related information about a finding.
     *
     * <p>CloudFormation property {@code NetworkDestinationPort}.
     */
    public AwsSecurityFindingFilters networkDestinationPort(List<NumberFilter> value) {
      return set("NetworkDestinationPort", Value.listOf(value));
    }

    /**
     * Sets {@code NetworkDestinationPort} to this value; see {@link #networkDestinationPort(List)}.
     */
    public AwsSecurityFindingFilters networkDestinationPort(Value<List<NumberFilter>> value) {
      return set("NetworkDestinationPort", value);
    }

    /**
     * Sets {@code NetworkDestinationPort} to a list of these; see {@link
     * #networkDestinationPort(List)}.
     */
    public AwsSecurityFindingFilters networkDestinationPort(NumberFilter... values) {
      return set("NetworkDestinationPort", Value.list(values));
    }

    /**
     * Indicates the direction of network traffic associated with a finding.
     *
     * <p>CloudFormation property {@code NetworkDirection}.
     */
    public AwsSecurityFindingFilters networkDirection(List<StringFilter> value) {
      return set("NetworkDirection", Value.listOf(value));
    }

    /** Sets {@code NetworkDirection} to this value; see {@link #networkDirection(List)}. */
    public AwsSecurityFindingFilters networkDirection(Value<List<StringFilter>> value) {
      return set("NetworkDirection", value);
    }

    /** Sets {@code NetworkDirection} to a list of these; see {@link #networkDirection(List)}. */
    public AwsSecurityFindingFilters networkDirection(StringFilter... values) {
      return set("NetworkDirection", Value.list(values));
    }

    /**
     * The protocol of network-related information about a finding.
     *
     * <p>CloudFormation property {@code NetworkProtocol}.
     */
    public AwsSecurityFindingFilters networkProtocol(List<StringFilter> value) {
      return set("NetworkProtocol", Value.listOf(value));
    }

    /** Sets {@code NetworkProtocol} to this value; see {@link #networkProtocol(List)}. */
    public AwsSecurityFindingFilters networkProtocol(Value<List<StringFilter>> value) {
      return set("NetworkProtocol", value);
    }

    /** Sets {@code NetworkProtocol} to a list of these; see {@link #networkProtocol(List)}. */
    public AwsSecurityFindingFilters networkProtocol(StringFilter... values) {
      return set("NetworkProtocol", Value.list(values));
    }

    /**
     * The source domain of network-related information about a finding.
     *
     * <p>CloudFormation property {@code NetworkSourceDomain}.
     */
    public AwsSecurityFindingFilters networkSourceDomain(List<StringFilter> value) {
      return set("NetworkSourceDomain", Value.listOf(value));
    }

    /** Sets {@code NetworkSourceDomain} to this value; see {@link #networkSourceDomain(List)}. */
    public AwsSecurityFindingFilters networkSourceDomain(Value<List<StringFilter>> value) {
      return set("NetworkSourceDomain", value);
    }

    /**
     * Sets {@code NetworkSourceDomain} to a list of these; see {@link #networkSourceDomain(List)}.
     */
    public AwsSecurityFindingFilters networkSourceDomain(StringFilter... values) {
      return set("NetworkSourceDomain", Value.list(values));
    }

    /**
     * The source IPv4 address of network-related information about a finding.
     *
     * <p>CloudFormation property {@code NetworkSourceIpV4}.
     */
    public AwsSecurityFindingFilters networkSourceIpV4(List<IpFilter> value) {
      return set("NetworkSourceIpV4", Value.listOf(value));
    }

    /** Sets {@code NetworkSourceIpV4} to this value; see {@link #networkSourceIpV4(List)}. */
    public AwsSecurityFindingFilters networkSourceIpV4(Value<List<IpFilter>> value) {
      return set("NetworkSourceIpV4", value);
    }

    /** Sets {@code NetworkSourceIpV4} to a list of these; see {@link #networkSourceIpV4(List)}. */
    public AwsSecurityFindingFilters networkSourceIpV4(IpFilter... values) {
      return set("NetworkSourceIpV4", Value.list(values));
    }

    /**
     * The source IPv6 address of network-related information about a finding.
     *
     * <p>CloudFormation property {@code NetworkSourceIpV6}.
     */
    public AwsSecurityFindingFilters networkSourceIpV6(List<IpFilter> value) {
      return set("NetworkSourceIpV6", Value.listOf(value));
    }

    /** Sets {@code NetworkSourceIpV6} to this value; see {@link #networkSourceIpV6(List)}. */
    public AwsSecurityFindingFilters networkSourceIpV6(Value<List<IpFilter>> value) {
      return set("NetworkSourceIpV6", value);
    }

    /** Sets {@code NetworkSourceIpV6} to a list of these; see {@link #networkSourceIpV6(List)}. */
    public AwsSecurityFindingFilters networkSourceIpV6(IpFilter... values) {
      return set("NetworkSourceIpV6", Value.list(values));
    }

    /**
     * The source media access control (MAC) address of network-related information about a finding.
     *
     * <p>CloudFormation property {@code NetworkSourceMac}.
     */
    public AwsSecurityFindingFilters networkSourceMac(List<StringFilter> value) {
      return set("NetworkSourceMac", Value.listOf(value));
    }

    /** Sets {@code NetworkSourceMac} to this value; see {@link #networkSourceMac(List)}. */
    public AwsSecurityFindingFilters networkSourceMac(Value<List<StringFilter>> value) {
      return set("NetworkSourceMac", value);
    }

    /** Sets {@code NetworkSourceMac} to a list of these; see {@link #networkSourceMac(List)}. */
    public AwsSecurityFindingFilters networkSourceMac(StringFilter... values) {
      return set("NetworkSourceMac", Value.list(values));
    }

    /**
     * The source port of network-related information about a finding.
     *
     * <p>CloudFormation property {@code NetworkSourcePort}.
     */
    public AwsSecurityFindingFilters networkSourcePort(List<NumberFilter> value) {
      return set("NetworkSourcePort", Value.listOf(value));
    }

    /** Sets {@code NetworkSourcePort} to this value; see {@link #networkSourcePort(List)}. */
    public AwsSecurityFindingFilters networkSourcePort(Value<List<NumberFilter>> value) {
      return set("NetworkSourcePort", value);
    }

    /** Sets {@code NetworkSourcePort} to a list of these; see {@link #networkSourcePort(List)}. */
    public AwsSecurityFindingFilters networkSourcePort(NumberFilter... values) {
      return set("NetworkSourcePort", Value.list(values));
    }

    /**
     * The text of a note.
     *
     * <p>CloudFormation property {@code NoteText}.
     */
    public AwsSecurityFindingFilters noteText(List<StringFilter> value) {
      return set("NoteText", Value.listOf(value));
    }

    /** Sets {@code NoteText} to this value; see {@link #noteText(List)}. */
    public AwsSecurityFindingFilters noteText(Value<List<StringFilter>> value) {
      return set("NoteText", value);
    }

    /** Sets {@code NoteText} to a list of these; see {@link #noteText(List)}. */
    public AwsSecurityFindingFilters noteText(StringFilter... values) {
      return set("NoteText", Value.list(values));
    }

    /**
     * The timestamp of when the note was updated.
     *
     * <p>CloudFormation property {@code NoteUpdatedAt}.
     */
    public AwsSecurityFindingFilters noteUpdatedAt(List<DateFilter> value) {
      return set("NoteUpdatedAt", Value.listOf(value));
    }

    /** Sets {@code NoteUpdatedAt} to this value; see {@link #noteUpdatedAt(List)}. */
    public AwsSecurityFindingFilters noteUpdatedAt(Value<List<DateFilter>> value) {
      return set("NoteUpdatedAt", value);
    }

    /** Sets {@code NoteUpdatedAt} to a list of these; see {@link #noteUpdatedAt(List)}. */
    public AwsSecurityFindingFilters noteUpdatedAt(DateFilter... values) {
      return set("NoteUpdatedAt", Value.list(values));
    }

    /**
     * The principal that created a note.
     *
     * <p>CloudFormation property {@code NoteUpdatedBy}.
     */
    public AwsSecurityFindingFilters noteUpdatedBy(List<StringFilter> value) {
      return set("NoteUpdatedBy", Value.listOf(value));
    }

    /** Sets {@code NoteUpdatedBy} to this value; see {@link #noteUpdatedBy(List)}. */
    public AwsSecurityFindingFilters noteUpdatedBy(Value<List<StringFilter>> value) {
      return set("NoteUpdatedBy", value);
    }

    /** Sets {@code NoteUpdatedBy} to a list of these; see {@link #noteUpdatedBy(List)}. */
    public AwsSecurityFindingFilters noteUpdatedBy(StringFilter... values) {
      return set("NoteUpdatedBy", Value.list(values));
    }

    /**
     * A timestamp that identifies when the process was launched.
     *
     * <p>For more information about the validation and formatting of timestamp fields in AWS
     * Security Hub CSPM , see <a
     * href="https://docs.aws.amazon.com/securityhub/1.0/APIReference/Welcome.html#timestamps">Timestamps</a>
     * .
     *
     * <p>CloudFormation property {@code ProcessLaunchedAt}.
     */
    public AwsSecurityFindingFilters processLaunchedAt(List<DateFilter> value) {
      return set("ProcessLaunchedAt", Value.listOf(value));
    }

    /** Sets {@code ProcessLaunchedAt} to this value; see {@link #processLaunchedAt(List)}. */
    public AwsSecurityFindingFilters processLaunchedAt(Value<List<DateFilter>> value) {
      return set("ProcessLaunchedAt", value);
    }

    /** Sets {@code ProcessLaunchedAt} to a list of these; see {@link #processLaunchedAt(List)}. */
    public AwsSecurityFindingFilters processLaunchedAt(DateFilter... values) {
      return set("ProcessLaunchedAt", Value.list(values));
    }

    /**
     * The name of the process.
     *
     * <p>CloudFormation property {@code ProcessName}.
     */
    public AwsSecurityFindingFilters processName(List<StringFilter> value) {
      return set("ProcessName", Value.listOf(value));
    }

    /** Sets {@code ProcessName} to this value; see {@link #processName(List)}. */
    public AwsSecurityFindingFilters processName(Value<List<StringFilter>> value) {
      return set("ProcessName", value);
    }

    /** Sets {@code ProcessName} to a list of these; see {@link #processName(List)}. */
    public AwsSecurityFindingFilters processName(StringFilter... values) {
      return set("ProcessName", Value.list(values));
    }

    /**
     * The parent process ID. This field accepts positive integers between <code>O</code> and
     * <code>2147483647</code> .
     *
     * <p>CloudFormation property {@code ProcessParentPid}.
     */
    public AwsSecurityFindingFilters processParentPid(List<NumberFilter> value) {
      return set("ProcessParentPid", Value.listOf(value));
    }

    /** Sets {@code ProcessParentPid} to this value; see {@link #processParentPid(List)}. */
    public AwsSecurityFindingFilters processParentPid(Value<List<NumberFilter>> value) {
      return set("ProcessParentPid", value);
    }

    /** Sets {@code ProcessParentPid} to a list of these; see {@link #processParentPid(List)}. */
    public AwsSecurityFindingFilters processParentPid(NumberFilter... values) {
      return set("ProcessParentPid", Value.list(values));
    }

    /**
     * The path to the process executable.
     *
     * <p>CloudFormation property {@code ProcessPath}.
     */
    public AwsSecurityFindingFilters processPath(List<StringFilter> value) {
      return set("ProcessPath", Value.listOf(value));
    }

    /** Sets {@code ProcessPath} to this value; see {@link #processPath(List)}. */
    public AwsSecurityFindingFilters processPath(Value<List<StringFilter>> value) {
      return set("ProcessPath", value);
    }

    /** Sets {@code ProcessPath} to a list of these; see {@link #processPath(List)}. */
    public AwsSecurityFindingFilters processPath(StringFilter... values) {
      return set("ProcessPath", Value.list(values));
    }

    /**
     * The process ID.
     *
     * <p>CloudFormation property {@code ProcessPid}.
     */
    public AwsSecurityFindingFilters processPid(List<NumberFilter> value) {
      return set("ProcessPid", Value.listOf(value));
    }

    /** Sets {@code ProcessPid} to this value; see {@link #processPid(List)}. */
    public AwsSecurityFindingFilters processPid(Value<List<NumberFilter>> value) {
      return set("ProcessPid", value);
    }

    /** Sets {@code ProcessPid} to a list of these; see {@link #processPid(List)}. */
    public AwsSecurityFindingFilters processPid(NumberFilter... values) {
      return set("ProcessPid", Value.list(values));
    }

    /**
     * A timestamp that identifies when the process was terminated.
     *
     * <p>For more information about the validation and formatting of timestamp fields in AWS
     * Security Hub CSPM , see <a
     * href="https://docs.aws.amazon.com/securityhub/1.0/APIReference/Welcome.html#timestamps">Timestamps</a>
     * .
     *
     * <p>CloudFormation property {@code ProcessTerminatedAt}.
     */
    public AwsSecurityFindingFilters processTerminatedAt(List<DateFilter> value) {
      return set("ProcessTerminatedAt", Value.listOf(value));
    }

    /** Sets {@code ProcessTerminatedAt} to this value; see {@link #processTerminatedAt(List)}. */
    public AwsSecurityFindingFilters processTerminatedAt(Value<List<DateFilter>> value) {
      return set("ProcessTerminatedAt", value);
    }

    /**
     * Sets {@code ProcessTerminatedAt} to a list of these; see {@link #processTerminatedAt(List)}.
     */
    public AwsSecurityFindingFilters processTerminatedAt(DateFilter... values) {
      return set("ProcessTerminatedAt", Value.list(values));
    }

    /**
     * The ARN generated by Security Hub CSPM that uniquely identifies a third-party company
     * (security findings provider) after this provider's product (solution that generates findings)
     * is registered with Security Hub CSPM.
     *
     * <p>CloudFormation property {@code ProductArn}.
     */
    public AwsSecurityFindingFilters productArn(List<StringFilter> value) {
      return set("ProductArn", Value.listOf(value));
    }

    /** Sets {@code ProductArn} to this value; see {@link #productArn(List)}. */
    public AwsSecurityFindingFilters productArn(Value<List<StringFilter>> value) {
      return set("ProductArn", value);
    }

    /** Sets {@code ProductArn} to a list of these; see {@link #productArn(List)}. */
    public AwsSecurityFindingFilters productArn(StringFilter... values) {
      return set("ProductArn", Value.list(values));
    }

    /**
     * A data type where security findings providers can include additional solution-specific
     * details that aren't part of the defined <code>AwsSecurityFinding</code> format.
     *
     * <p>CloudFormation property {@code ProductFields}.
     */
    public AwsSecurityFindingFilters productFields(List<MapFilter> value) {
      return set("ProductFields", Value.listOf(value));
    }

    /** Sets {@code ProductFields} to this value; see {@link #productFields(List)}. */
    public AwsSecurityFindingFilters productFields(Value<List<MapFilter>> value) {
      return set("ProductFields", value);
    }

    /** Sets {@code ProductFields} to a list of these; see {@link #productFields(List)}. */
    public AwsSecurityFindingFilters productFields(MapFilter... values) {
      return set("ProductFields", Value.list(values));
    }

    /**
     * The name of the solution (product) that generates findings.
     *
     * <p>CloudFormation property {@code ProductName}.
     */
    public AwsSecurityFindingFilters productName(List<StringFilter> value) {
      return set("ProductName", Value.listOf(value));
    }

    /** Sets {@code ProductName} to this value; see {@link #productName(List)}. */
    public AwsSecurityFindingFilters productName(Value<List<StringFilter>> value) {
      return set("ProductName", value);
    }

    /** Sets {@code ProductName} to a list of these; see {@link #productName(List)}. */
    public AwsSecurityFindingFilters productName(StringFilter... values) {
      return set("ProductName", Value.list(values));
    }

    /**
     * The recommendation of what to do about the issue described in a finding.
     *
     * <p>CloudFormation property {@code RecommendationText}.
     */
    public AwsSecurityFindingFilters recommendationText(List<StringFilter> value) {
      return set("RecommendationText", Value.listOf(value));
    }

    /** Sets {@code RecommendationText} to this value; see {@link #recommendationText(List)}. */
    public AwsSecurityFindingFilters recommendationText(Value<List<StringFilter>> value) {
      return set("RecommendationText", value);
    }

    /**
     * Sets {@code RecommendationText} to a list of these; see {@link #recommendationText(List)}.
     */
    public AwsSecurityFindingFilters recommendationText(StringFilter... values) {
      return set("RecommendationText", Value.list(values));
    }

    /**
     * The updated record state for the finding.
     *
     * <p>CloudFormation property {@code RecordState}.
     */
    public AwsSecurityFindingFilters recordState(List<StringFilter> value) {
      return set("RecordState", Value.listOf(value));
    }

    /** Sets {@code RecordState} to this value; see {@link #recordState(List)}. */
    public AwsSecurityFindingFilters recordState(Value<List<StringFilter>> value) {
      return set("RecordState", value);
    }

    /** Sets {@code RecordState} to a list of these; see {@link #recordState(List)}. */
    public AwsSecurityFindingFilters recordState(StringFilter... values) {
      return set("RecordState", Value.list(values));
    }

    /**
     * The Region from which the finding was generated.
     *
     * <p>CloudFormation property {@code Region}.
     */
    public AwsSecurityFindingFilters region(List<StringFilter> value) {
      return set("Region", Value.listOf(value));
    }

    /** Sets {@code Region} to this value; see {@link #region(List)}. */
    public AwsSecurityFindingFilters region(Value<List<StringFilter>> value) {
      return set("Region", value);
    }

    /** Sets {@code Region} to a list of these; see {@link #region(List)}. */
    public AwsSecurityFindingFilters region(StringFilter... values) {
      return set("Region", Value.list(values));
    }

    /**
     * The solution-generated identifier for a related finding.
     *
     * <p>CloudFormation property {@code RelatedFindingsId}.
     */
    public AwsSecurityFindingFilters relatedFindingsId(List<StringFilter> value) {
      return set("RelatedFindingsId", Value.listOf(value));
    }

    /** Sets {@code RelatedFindingsId} to this value; see {@link #relatedFindingsId(List)}. */
    public AwsSecurityFindingFilters relatedFindingsId(Value<List<StringFilter>> value) {
      return set("RelatedFindingsId", value);
    }

    /** Sets {@code RelatedFindingsId} to a list of these; see {@link #relatedFindingsId(List)}. */
    public AwsSecurityFindingFilters relatedFindingsId(StringFilter... values) {
      return set("RelatedFindingsId", Value.list(values));
    }

    /**
     * The ARN of the solution that generated a related finding.
     *
     * <p>CloudFormation property {@code RelatedFindingsProductArn}.
     */
    public AwsSecurityFindingFilters relatedFindingsProductArn(List<StringFilter> value) {
      return set("RelatedFindingsProductArn", Value.listOf(value));
    }

    /**
     * Sets {@code RelatedFindingsProductArn} to this value; see {@link
     * #relatedFindingsProductArn(List)}.
     */
    public AwsSecurityFindingFilters relatedFindingsProductArn(Value<List<StringFilter>> value) {
      return set("RelatedFindingsProductArn", value);
    }

    /**
     * Sets {@code RelatedFindingsProductArn} to a list of these; see {@link
     * #relatedFindingsProductArn(List)}.
     */
    public AwsSecurityFindingFilters relatedFindingsProductArn(StringFilter... values) {
      return set("RelatedFindingsProductArn", Value.list(values));
    }

    /**
     * The ARN of the application that is related to a finding.
     *
     * <p>CloudFormation property {@code ResourceApplicationArn}.
     */
    public AwsSecurityFindingFilters resourceApplicationArn(List<StringFilter> value) {
      return set("ResourceApplicationArn", Value.listOf(value));
    }

    /**
     * Sets {@code ResourceApplicationArn} to this value; see {@link #resourceApplicationArn(List)}.
     */
    public AwsSecurityFindingFilters resourceApplicationArn(Value<List<StringFilter>> value) {
      return set("ResourceApplicationArn", value);
    }

    /**
     * Sets {@code ResourceApplicationArn} to a list of these; see {@link
     * #resourceApplicationArn(List)}.
     */
    public AwsSecurityFindingFilters resourceApplicationArn(StringFilter... values) {
      return set("ResourceApplicationArn", Value.list(values));
    }

    /**
     * The name of the application that is related to a finding.
     *
     * <p>CloudFormation property {@code ResourceApplicationName}.
     */
    public AwsSecurityFindingFilters resourceApplicationName(List<StringFilter> value) {
      return set("ResourceApplicationName", Value.listOf(value));
    }

    /**
     * Sets {@code ResourceApplicationName} to this value; see {@link
     * #resourceApplicationName(List)}.
     */
    public AwsSecurityFindingFilters resourceApplicationName(Value<List<StringFilter>> value) {
      return set("ResourceApplicationName", value);
    }

    /**
     * Sets {@code ResourceApplicationName} to a list of these; see {@link
     * #resourceApplicationName(List)}.
     */
    public AwsSecurityFindingFilters resourceApplicationName(StringFilter... values) {
      return set("ResourceApplicationName", Value.list(values));
    }

    /**
     * The IAM profile ARN of the instance.
     *
     * <p>CloudFormation property {@code ResourceAwsEc2InstanceIamInstanceProfileArn}.
     */
    public AwsSecurityFindingFilters resourceAwsEc2InstanceIamInstanceProfileArn(List<StringFilter> value) {
      return set("ResourceAwsEc2InstanceIamInstanceProfileArn", Value.listOf(value));
    }

    /**
     * Sets {@code ResourceAwsEc2InstanceIamInstanceProfileArn} to this value; see {@link
     * #resourceAwsEc2InstanceIamInstanceProfileArn(List)}.
     */
    public AwsSecurityFindingFilters resourceAwsEc2InstanceIamInstanceProfileArn(Value<List<StringFilter>> value) {
      return set("ResourceAwsEc2InstanceIamInstanceProfileArn", value);
    }

    /**
     * Sets {@code ResourceAwsEc2InstanceIamInstanceProfileArn} to a list of these; see {@link
     * #resourceAwsEc2InstanceIamInstanceProfileArn(List)}.
     */
    public AwsSecurityFindingFilters resourceAwsEc2InstanceIamInstanceProfileArn(StringFilter... values) {
      return set("ResourceAwsEc2InstanceIamInstanceProfileArn", Value.list(values));
    }

    /**
     * The Amazon Machine Image (AMI) ID of the instance.
     *
     * <p>CloudFormation property {@code ResourceAwsEc2InstanceImageId}.
     */
    public AwsSecurityFindingFilters resourceAwsEc2InstanceImageId(List<StringFilter> value) {
      return set("ResourceAwsEc2InstanceImageId", Value.listOf(value));
    }

    /**
     * Sets {@code ResourceAwsEc2InstanceImageId} to this value; see {@link
     * #resourceAwsEc2InstanceImageId(List)}.
     */
    public AwsSecurityFindingFilters resourceAwsEc2InstanceImageId(Value<List<StringFilter>> value) {
      return set("ResourceAwsEc2InstanceImageId", value);
    }

    /**
     * Sets {@code ResourceAwsEc2InstanceImageId} to a list of these; see {@link
     * #resourceAwsEc2InstanceImageId(List)}.
     */
    public AwsSecurityFindingFilters resourceAwsEc2InstanceImageId(StringFilter... values) {
      return set("ResourceAwsEc2InstanceImageId", Value.list(values));
    }

    /**
     * The IPv4 addresses associated with the instance.
     *
     * <p>CloudFormation property {@code ResourceAwsEc2InstanceIpV4Addresses}.
     */
    public AwsSecurityFindingFilters resourceAwsEc2InstanceIpV4Addresses(List<IpFilter> value) {
      return set("ResourceAwsEc2InstanceIpV4Addresses", Value.listOf(value));
    }

    /**
     * Sets {@code ResourceAwsEc2InstanceIpV4Addresses} to this value; see {@link
     * #resourceAwsEc2InstanceIpV4Addresses(List)}.
     */
    public AwsSecurityFindingFilters resourceAwsEc2InstanceIpV4Addresses(Value<List<IpFilter>> value) {
      return set("ResourceAwsEc2InstanceIpV4Addresses", value);
    }

    /**
     * Sets {@code ResourceAwsEc2InstanceIpV4Addresses} to a list of these; see {@link
     * #resourceAwsEc2InstanceIpV4Addresses(List)}.
     */
    public AwsSecurityFindingFilters resourceAwsEc2InstanceIpV4Addresses(IpFilter... values) {
      return set("ResourceAwsEc2InstanceIpV4Addresses", Value.list(values));
    }

    /**
     * The IPv6 addresses associated with the instance.
     *
     * <p>CloudFormation property {@code ResourceAwsEc2InstanceIpV6Addresses}.
     */
    public AwsSecurityFindingFilters resourceAwsEc2InstanceIpV6Addresses(List<IpFilter> value) {
      return set("ResourceAwsEc2InstanceIpV6Addresses", Value.listOf(value));
    }

    /**
     * Sets {@code ResourceAwsEc2InstanceIpV6Addresses} to this value; see {@link
     * #resourceAwsEc2InstanceIpV6Addresses(List)}.
     */
    public AwsSecurityFindingFilters resourceAwsEc2InstanceIpV6Addresses(Value<List<IpFilter>> value) {
      return set("ResourceAwsEc2InstanceIpV6Addresses", value);
    }

    /**
     * Sets {@code ResourceAwsEc2InstanceIpV6Addresses} to a list of these; see {@link
     * #resourceAwsEc2InstanceIpV6Addresses(List)}.
     */
    public AwsSecurityFindingFilters resourceAwsEc2InstanceIpV6Addresses(IpFilter... values) {
      return set("ResourceAwsEc2InstanceIpV6Addresses", Value.list(values));
    }

    /**
     * The key name associated with the instance.
     *
     * <p>CloudFormation property {@code ResourceAwsEc2InstanceKeyName}.
     */
    public AwsSecurityFindingFilters resourceAwsEc2InstanceKeyName(List<StringFilter> value) {
      return set("ResourceAwsEc2InstanceKeyName", Value.listOf(value));
    }

    /**
     * Sets {@code ResourceAwsEc2InstanceKeyName} to this value; see {@link
     * #resourceAwsEc2InstanceKeyName(List)}.
     */
    public AwsSecurityFindingFilters resourceAwsEc2InstanceKeyName(Value<List<StringFilter>> value) {
      return set("ResourceAwsEc2InstanceKeyName", value);
    }

    /**
     * Sets {@code ResourceAwsEc2InstanceKeyName} to a list of these; see {@link
     * #resourceAwsEc2InstanceKeyName(List)}.
     */
    public AwsSecurityFindingFilters resourceAwsEc2InstanceKeyName(StringFilter... values) {
      return set("ResourceAwsEc2InstanceKeyName", Value.list(values));
    }

    /**
     * The date and time the instance was launched.
     *
     * <p>CloudFormation property {@code ResourceAwsEc2InstanceLaunchedAt}.
     */
    public AwsSecurityFindingFilters resourceAwsEc2InstanceLaunchedAt(List<DateFilter> value) {
      return set("ResourceAwsEc2InstanceLaunchedAt", Value.listOf(value));
    }

    /**
     * Sets {@code ResourceAwsEc2InstanceLaunchedAt} to this value; see {@link
     * #resourceAwsEc2InstanceLaunchedAt(List)}.
     */
    public AwsSecurityFindingFilters resourceAwsEc2InstanceLaunchedAt(Value<List<DateFilter>> value) {
      return set("ResourceAwsEc2InstanceLaunchedAt", value);
    }

    /**
     * Sets {@code ResourceAwsEc2InstanceLaunchedAt} to a list of these; see {@link
     * #resourceAwsEc2InstanceLaunchedAt(List)}.
     */
    public AwsSecurityFindingFilters resourceAwsEc2InstanceLaunchedAt(DateFilter... values) {
      return set("ResourceAwsEc2InstanceLaunchedAt", Value.list(values));
    }

    /**
     * The identifier of the subnet that the instance was launched in.
     *
     * <p>CloudFormation property {@code ResourceAwsEc2InstanceSubnetId}.
     */
    public AwsSecurityFindingFilters resourceAwsEc2InstanceSubnetId(List<StringFilter> value) {
      return set("ResourceAwsEc2InstanceSubnetId", Value.listOf(value));
    }

    /**
     * Sets {@code ResourceAwsEc2InstanceSubnetId} to this value; see {@link
     * #resourceAwsEc2InstanceSubnetId(List)}.
     */
    public AwsSecurityFindingFilters resourceAwsEc2InstanceSubnetId(Value<List<StringFilter>> value) {
      return set("ResourceAwsEc2InstanceSubnetId", value);
    }

    /**
     * Sets {@code ResourceAwsEc2InstanceSubnetId} to a list of these; see {@link
     * #resourceAwsEc2InstanceSubnetId(List)}.
     */
    public AwsSecurityFindingFilters resourceAwsEc2InstanceSubnetId(StringFilter... values) {
      return set("ResourceAwsEc2InstanceSubnetId", Value.list(values));
    }

    /**
     * The instance type of the instance.
     *
     * <p>CloudFormation property {@code ResourceAwsEc2InstanceType}.
     */
    public AwsSecurityFindingFilters resourceAwsEc2InstanceType(List<StringFilter> value) {
      return set("ResourceAwsEc2InstanceType", Value.listOf(value));
    }

    /**
     * Sets {@code ResourceAwsEc2InstanceType} to this value; see {@link
     * #resourceAwsEc2InstanceType(List)}.
     */
    public AwsSecurityFindingFilters resourceAwsEc2InstanceType(Value<List<StringFilter>> value) {
      return set("ResourceAwsEc2InstanceType", value);
    }

    /**
     * Sets {@code ResourceAwsEc2InstanceType} to a list of these; see {@link
     * #resourceAwsEc2InstanceType(List)}.
     */
    public AwsSecurityFindingFilters resourceAwsEc2InstanceType(StringFilter... values) {
      return set("ResourceAwsEc2InstanceType", Value.list(values));
    }

    /**
     * The identifier of the VPC that the instance was launched in.
     *
     * <p>CloudFormation property {@code ResourceAwsEc2InstanceVpcId}.
     */
    public AwsSecurityFindingFilters resourceAwsEc2InstanceVpcId(List<StringFilter> value) {
      return set("ResourceAwsEc2InstanceVpcId", Value.listOf(value));
    }

    /**
     * Sets {@code ResourceAwsEc2InstanceVpcId} to this value; see {@link
     * #resourceAwsEc2InstanceVpcId(List)}.
     */
    public AwsSecurityFindingFilters resourceAwsEc2InstanceVpcId(Value<List<StringFilter>> value) {
      return set("ResourceAwsEc2InstanceVpcId", value);
    }

    /**
     * Sets {@code ResourceAwsEc2InstanceVpcId} to a list of these; see {@link
     * #resourceAwsEc2InstanceVpcId(List)}.
     */
    public AwsSecurityFindingFilters resourceAwsEc2InstanceVpcId(StringFilter... values) {
      return set("ResourceAwsEc2InstanceVpcId", Value.list(values));
    }

    /**
     * The creation date/time of the IAM access key related to a finding.
     *
     * <p>CloudFormation property {@code ResourceAwsIamAccessKeyCreatedAt}.
     */
    public AwsSecurityFindingFilters resourceAwsIamAccessKeyCreatedAt(List<DateFilter> value) {
      return set("ResourceAwsIamAccessKeyCreatedAt", Value.listOf(value));
    }

    /**
     * Sets {@code ResourceAwsIamAccessKeyCreatedAt} to this value; see {@link
     * #resourceAwsIamAccessKeyCreatedAt(List)}.
     */
    public AwsSecurityFindingFilters resourceAwsIamAccessKeyCreatedAt(Value<List<DateFilter>> value) {
      return set("ResourceAwsIamAccessKeyCreatedAt", value);
    }

    /**
     * Sets {@code ResourceAwsIamAccessKeyCreatedAt} to a list of these; see {@link
     * #resourceAwsIamAccessKeyCreatedAt(List)}.
     */
    public AwsSecurityFindingFilters resourceAwsIamAccessKeyCreatedAt(DateFilter... values) {
      return set("ResourceAwsIamAccessKeyCreatedAt", Value.list(values));
    }

    /**
     * The name of the principal that is associated with an IAM access key.
     *
     * <p>CloudFormation property {@code ResourceAwsIamAccessKeyPrincipalName}.
     */
    public AwsSecurityFindingFilters resourceAwsIamAccessKeyPrincipalName(List<StringFilter> value) {
      return set("ResourceAwsIamAccessKeyPrincipalName", Value.listOf(value));
    }

    /**
     * Sets {@code ResourceAwsIamAccessKeyPrincipalName} to this value; see {@link
     * #resourceAwsIamAccessKeyPrincipalName(List)}.
     */
    public AwsSecurityFindingFilters resourceAwsIamAccessKeyPrincipalName(Value<List<StringFilter>> value) {
      return set("ResourceAwsIamAccessKeyPrincipalName", value);
    }

    /**
     * Sets {@code ResourceAwsIamAccessKeyPrincipalName} to a list of these; see {@link
     * #resourceAwsIamAccessKeyPrincipalName(List)}.
     */
    public AwsSecurityFindingFilters resourceAwsIamAccessKeyPrincipalName(StringFilter... values) {
      return set("ResourceAwsIamAccessKeyPrincipalName", Value.list(values));
    }

    /**
     * The status of the IAM access key related to a finding.
     *
     * <p>CloudFormation property {@code ResourceAwsIamAccessKeyStatus}.
     */
    public AwsSecurityFindingFilters resourceAwsIamAccessKeyStatus(List<StringFilter> value) {
      return set("ResourceAwsIamAccessKeyStatus", Value.listOf(value));
    }

    /**
     * Sets {@code ResourceAwsIamAccessKeyStatus} to this value; see {@link
     * #resourceAwsIamAccessKeyStatus(List)}.
     */
    public AwsSecurityFindingFilters resourceAwsIamAccessKeyStatus(Value<List<StringFilter>> value) {
      return set("ResourceAwsIamAccessKeyStatus", value);
    }

    /**
     * Sets {@code ResourceAwsIamAccessKeyStatus} to a list of these; see {@link
     * #resourceAwsIamAccessKeyStatus(List)}.
     */
    public AwsSecurityFindingFilters resourceAwsIamAccessKeyStatus(StringFilter... values) {
      return set("ResourceAwsIamAccessKeyStatus", Value.list(values));
    }

    /**
     * This field is deprecated. The username associated with the IAM access key related to a
     * finding.
     *
     * <p>CloudFormation property {@code ResourceAwsIamAccessKeyUserName}.
     */
    public AwsSecurityFindingFilters resourceAwsIamAccessKeyUserName(List<StringFilter> value) {
      return set("ResourceAwsIamAccessKeyUserName", Value.listOf(value));
    }

    /**
     * Sets {@code ResourceAwsIamAccessKeyUserName} to this value; see {@link
     * #resourceAwsIamAccessKeyUserName(List)}.
     */
    public AwsSecurityFindingFilters resourceAwsIamAccessKeyUserName(Value<List<StringFilter>> value) {
      return set("ResourceAwsIamAccessKeyUserName", value);
    }

    /**
     * Sets {@code ResourceAwsIamAccessKeyUserName} to a list of these; see {@link
     * #resourceAwsIamAccessKeyUserName(List)}.
     */
    public AwsSecurityFindingFilters resourceAwsIamAccessKeyUserName(StringFilter... values) {
      return set("ResourceAwsIamAccessKeyUserName", Value.list(values));
    }

    /**
     * The name of an IAM user.
     *
     * <p>CloudFormation property {@code ResourceAwsIamUserUserName}.
     */
    public AwsSecurityFindingFilters resourceAwsIamUserUserName(List<StringFilter> value) {
      return set("ResourceAwsIamUserUserName", Value.listOf(value));
    }

    /**
     * Sets {@code ResourceAwsIamUserUserName} to this value; see {@link
     * #resourceAwsIamUserUserName(List)}.
     */
    public AwsSecurityFindingFilters resourceAwsIamUserUserName(Value<List<StringFilter>> value) {
      return set("ResourceAwsIamUserUserName", value);
    }

    /**
     * Sets {@code ResourceAwsIamUserUserName} to a list of these; see {@link
     * #resourceAwsIamUserUserName(List)}.
     */
    public AwsSecurityFindingFilters resourceAwsIamUserUserName(StringFilter... values) {
      return set("ResourceAwsIamUserUserName", Value.list(values));
    }

    /**
     * The canonical user ID of the owner of the S3 bucket.
     *
     * <p>CloudFormation property {@code ResourceAwsS3BucketOwnerId}.
     */
    public AwsSecurityFindingFilters resourceAwsS3BucketOwnerId(List<StringFilter> value) {
      return set("ResourceAwsS3BucketOwnerId", Value.listOf(value));
    }

    /**
     * Sets {@code ResourceAwsS3BucketOwnerId} to this value; see {@link
     * #resourceAwsS3BucketOwnerId(List)}.
     */
    public AwsSecurityFindingFilters resourceAwsS3BucketOwnerId(Value<List<StringFilter>> value) {
      return set("ResourceAwsS3BucketOwnerId", value);
    }

    /**
     * Sets {@code ResourceAwsS3BucketOwnerId} to a list of these; see {@link
     * #resourceAwsS3BucketOwnerId(List)}.
     */
    public AwsSecurityFindingFilters resourceAwsS3BucketOwnerId(StringFilter... values) {
      return set("ResourceAwsS3BucketOwnerId", Value.list(values));
    }

    /**
     * The display name of the owner of the S3 bucket.
     *
     * <p>CloudFormation property {@code ResourceAwsS3BucketOwnerName}.
     */
    public AwsSecurityFindingFilters resourceAwsS3BucketOwnerName(List<StringFilter> value) {
      return set("ResourceAwsS3BucketOwnerName", Value.listOf(value));
    }

    /**
     * Sets {@code ResourceAwsS3BucketOwnerName} to this value; see {@link
     * #resourceAwsS3BucketOwnerName(List)}.
     */
    public AwsSecurityFindingFilters resourceAwsS3BucketOwnerName(Value<List<StringFilter>> value) {
      return set("ResourceAwsS3BucketOwnerName", value);
    }

    /**
     * Sets {@code ResourceAwsS3BucketOwnerName} to a list of these; see {@link
     * #resourceAwsS3BucketOwnerName(List)}.
     */
    public AwsSecurityFindingFilters resourceAwsS3BucketOwnerName(StringFilter... values) {
      return set("ResourceAwsS3BucketOwnerName", Value.list(values));
    }

    /**
     * The identifier of the image related to a finding.
     *
     * <p>CloudFormation property {@code ResourceContainerImageId}.
     */
    public AwsSecurityFindingFilters resourceContainerImageId(List<StringFilter> value) {
      return set("ResourceContainerImageId", Value.listOf(value));
    }

    /**
     * Sets {@code ResourceContainerImageId} to this value; see {@link
     * #resourceContainerImageId(List)}.
     */
    public AwsSecurityFindingFilters resourceContainerImageId(Value<List<StringFilter>> value) {
      return set("ResourceContainerImageId", value);
    }

    /**
     * Sets {@code ResourceContainerImageId} to a list of these; see {@link
     * #resourceContainerImageId(List)}.
     */
    public AwsSecurityFindingFilters resourceContainerImageId(StringFilter... values) {
      return set("ResourceContainerImageId", Value.list(values));
    }

    /**
     * The name of the image related to a finding.
     *
     * <p>CloudFormation property {@code ResourceContainerImageName}.
     */
    public AwsSecurityFindingFilters resourceContainerImageName(List<StringFilter> value) {
      return set("ResourceContainerImageName", Value.listOf(value));
    }

    /**
     * Sets {@code ResourceContainerImageName} to this value; see {@link
     * #resourceContainerImageName(List)}.
     */
    public AwsSecurityFindingFilters resourceContainerImageName(Value<List<StringFilter>> value) {
      return set("ResourceContainerImageName", value);
    }

    /**
     * Sets {@code ResourceContainerImageName} to a list of these; see {@link
     * #resourceContainerImageName(List)}.
     */
    public AwsSecurityFindingFilters resourceContainerImageName(StringFilter... values) {
      return set("ResourceContainerImageName", Value.list(values));
    }

    /**
     * A timestamp that identifies when the container was started.
     *
     * <p>For more information about the validation and formatting of timestamp fields in AWS
     * Security Hub CSPM , see <a
     * href="https://docs.aws.amazon.com/securityhub/1.0/APIReference/Welcome.html#timestamps">Timestamps</a>
     * .
     *
     * <p>CloudFormation property {@code ResourceContainerLaunchedAt}.
     */
    public AwsSecurityFindingFilters resourceContainerLaunchedAt(List<DateFilter> value) {
      return set("ResourceContainerLaunchedAt", Value.listOf(value));
    }

    /**
     * Sets {@code ResourceContainerLaunchedAt} to this value; see {@link
     * #resourceContainerLaunchedAt(List)}.
     */
    public AwsSecurityFindingFilters resourceContainerLaunchedAt(Value<List<DateFilter>> value) {
      return set("ResourceContainerLaunchedAt", value);
    }

    /**
     * Sets {@code ResourceContainerLaunchedAt} to a list of these; see {@link
     * #resourceContainerLaunchedAt(List)}.
     */
    public AwsSecurityFindingFilters resourceContainerLaunchedAt(DateFilter... values) {
      return set("ResourceContainerLaunchedAt", Value.list(values));
    }

    /**
     * The name of the container related to a finding.
     *
     * <p>CloudFormation property {@code ResourceContainerName}.
     */
    public AwsSecurityFindingFilters resourceContainerName(List<StringFilter> value) {
      return set("ResourceContainerName", Value.listOf(value));
    }

    /**
     * Sets {@code ResourceContainerName} to this value; see {@link #resourceContainerName(List)}.
     */
    public AwsSecurityFindingFilters resourceContainerName(Value<List<StringFilter>> value) {
      return set("ResourceContainerName", value);
    }

    /**
     * Sets {@code ResourceContainerName} to a list of these; see {@link
     * #resourceContainerName(List)}.
     */
    public AwsSecurityFindingFilters resourceContainerName(StringFilter... values) {
      return set("ResourceContainerName", Value.list(values));
    }

    /**
     * The details of a resource that doesn't have a specific subfield for the resource type
     * defined.
     *
     * <p>CloudFormation property {@code ResourceDetailsOther}.
     */
    public AwsSecurityFindingFilters resourceDetailsOther(List<MapFilter> value) {
      return set("ResourceDetailsOther", Value.listOf(value));
    }

    /** Sets {@code ResourceDetailsOther} to this value; see {@link #resourceDetailsOther(List)}. */
    public AwsSecurityFindingFilters resourceDetailsOther(Value<List<MapFilter>> value) {
      return set("ResourceDetailsOther", value);
    }

    /**
     * Sets {@code ResourceDetailsOther} to a list of these; see {@link
     * #resourceDetailsOther(List)}.
     */
    public AwsSecurityFindingFilters resourceDetailsOther(MapFilter... values) {
      return set("ResourceDetailsOther", Value.list(values));
    }

    /**
     * The canonical identifier for the given resource type.
     *
     * <p>CloudFormation property {@code ResourceId}.
     */
    public AwsSecurityFindingFilters resourceId(List<StringFilter> value) {
      return set("ResourceId", Value.listOf(value));
    }

    /** Sets {@code ResourceId} to this value; see {@link #resourceId(List)}. */
    public AwsSecurityFindingFilters resourceId(Value<List<StringFilter>> value) {
      return set("ResourceId", value);
    }

    /** Sets {@code ResourceId} to a list of these; see {@link #resourceId(List)}. */
    public AwsSecurityFindingFilters resourceId(StringFilter... values) {
      return set("ResourceId", Value.list(values));
    }

    /**
     * The canonical AWS partition name that the Region is assigned to.
     *
     * <p>CloudFormation property {@code ResourcePartition}.
     */
    public AwsSecurityFindingFilters resourcePartition(List<StringFilter> value) {
      return set("ResourcePartition", Value.listOf(value));
    }

    /** Sets {@code ResourcePartition} to this value; see {@link #resourcePartition(List)}. */
    public AwsSecurityFindingFilters resourcePartition(Value<List<StringFilter>> value) {
      return set("ResourcePartition", value);
    }

    /** Sets {@code ResourcePartition} to a list of these; see {@link #resourcePartition(List)}. */
    public AwsSecurityFindingFilters resourcePartition(StringFilter... values) {
      return set("ResourcePartition", Value.list(values));
    }

    /**
     * The canonical AWS external Region name where this resource is located.
     *
     * <p>CloudFormation property {@code ResourceRegion}.
     */
    public AwsSecurityFindingFilters resourceRegion(List<StringFilter> value) {
      return set("ResourceRegion", Value.listOf(value));
    }

    /** Sets {@code ResourceRegion} to this value; see {@link #resourceRegion(List)}. */
    public AwsSecurityFindingFilters resourceRegion(Value<List<StringFilter>> value) {
      return set("ResourceRegion", value);
    }

    /** Sets {@code ResourceRegion} to a list of these; see {@link #resourceRegion(List)}. */
    public AwsSecurityFindingFilters resourceRegion(StringFilter... values) {
      return set("ResourceRegion", Value.list(values));
    }

    /**
     * A list of AWS tags associated with a resource at the time the finding was processed.
     *
     * <p>CloudFormation property {@code ResourceTags}.
     */
    public AwsSecurityFindingFilters resourceTags(List<MapFilter> value) {
      return set("ResourceTags", Value.listOf(value));
    }

    /** Sets {@code ResourceTags} to this value; see {@link #resourceTags(List)}. */
    public AwsSecurityFindingFilters resourceTags(Value<List<MapFilter>> value) {
      return set("ResourceTags", value);
    }

    /** Sets {@code ResourceTags} to a list of these; see {@link #resourceTags(List)}. */
    public AwsSecurityFindingFilters resourceTags(MapFilter... values) {
      return set("ResourceTags", Value.list(values));
    }

    /**
     * Specifies the type of the resource that details are provided for.
     *
     * <p>CloudFormation property {@code ResourceType}.
     */
    public AwsSecurityFindingFilters resourceType(List<StringFilter> value) {
      return set("ResourceType", Value.listOf(value));
    }

    /** Sets {@code ResourceType} to this value; see {@link #resourceType(List)}. */
    public AwsSecurityFindingFilters resourceType(Value<List<StringFilter>> value) {
      return set("ResourceType", value);
    }

    /** Sets {@code ResourceType} to a list of these; see {@link #resourceType(List)}. */
    public AwsSecurityFindingFilters resourceType(StringFilter... values) {
      return set("ResourceType", Value.list(values));
    }

    /**
     * Indicates whether or not sample findings are included in the filter results.
     *
     * <p>CloudFormation property {@code Sample}.
     */
    public AwsSecurityFindingFilters sample(List<BooleanFilter> value) {
      return set("Sample", Value.listOf(value));
    }

    /** Sets {@code Sample} to this value; see {@link #sample(List)}. */
    public AwsSecurityFindingFilters sample(Value<List<BooleanFilter>> value) {
      return set("Sample", value);
    }

    /** Sets {@code Sample} to a list of these; see {@link #sample(List)}. */
    public AwsSecurityFindingFilters sample(BooleanFilter... values) {
      return set("Sample", Value.list(values));
    }

    /**
     * The label of a finding's severity.
     *
     * <p>CloudFormation property {@code SeverityLabel}.
     */
    public AwsSecurityFindingFilters severityLabel(List<StringFilter> value) {
      return set("SeverityLabel", Value.listOf(value));
    }

    /** Sets {@code SeverityLabel} to this value; see {@link #severityLabel(List)}. */
    public AwsSecurityFindingFilters severityLabel(Value<List<StringFilter>> value) {
      return set("SeverityLabel", value);
    }

    /** Sets {@code SeverityLabel} to a list of these; see {@link #severityLabel(List)}. */
    public AwsSecurityFindingFilters severityLabel(StringFilter... values) {
      return set("SeverityLabel", Value.list(values));
    }

    /**
     * Deprecated. The normalized severity of a finding. Instead of providing
     * <code>Normalized</code> , provide <code>Label</code> .
     *
     * <p>The value of <code>Normalized</code> can be an integer between <code>0</code> and
     * <code>100</code> .
     *
     * <p>If you provide <code>Label</code> and don't provide <code>Normalized</code> , then
     * <code>Normalized</code> is set automatically as follows.
     *
     * <ul> <li><code>INFORMATIONAL</code> - 0 <li><code>LOW</code> - 1 <li><code>MEDIUM</code> - 40
     * <li><code>HIGH</code> - 70 <li><code>CRITICAL</code> - 90 </ul>
     *
     * <p>CloudFormation property {@code SeverityNormalized}.
     */
    public AwsSecurityFindingFilters severityNormalized(List<NumberFilter> value) {
      return set("SeverityNormalized", Value.listOf(value));
    }

    /** Sets {@code SeverityNormalized} to this value; see {@link #severityNormalized(List)}. */
    public AwsSecurityFindingFilters severityNormalized(Value<List<NumberFilter>> value) {
      return set("SeverityNormalized", value);
    }

    /**
     * Sets {@code SeverityNormalized} to a list of these; see {@link #severityNormalized(List)}.
     */
    public AwsSecurityFindingFilters severityNormalized(NumberFilter... values) {
      return set("SeverityNormalized", Value.list(values));
    }

    /**
     * Deprecated. This attribute isn't included in findings. Instead of providing
     * <code>Product</code> , provide <code>Original</code> .
     *
     * <p>The native severity as defined by the AWS service or integrated partner product that
     * generated the finding.
     *
     * <p>CloudFormation property {@code SeverityProduct}.
     */
    public AwsSecurityFindingFilters severityProduct(List<NumberFilter> value) {
      return set("SeverityProduct", Value.listOf(value));
    }

    /** Sets {@code SeverityProduct} to this value; see {@link #severityProduct(List)}. */
    public AwsSecurityFindingFilters severityProduct(Value<List<NumberFilter>> value) {
      return set("SeverityProduct", value);
    }

    /** Sets {@code SeverityProduct} to a list of these; see {@link #severityProduct(List)}. */
    public AwsSecurityFindingFilters severityProduct(NumberFilter... values) {
      return set("SeverityProduct", Value.list(values));
    }

    /**
     * A URL that links to a page about the current finding in the security findings provider's
     * solution.
     *
     * <p>CloudFormation property {@code SourceUrl}.
     */
    public AwsSecurityFindingFilters sourceUrl(List<StringFilter> value) {
      return set("SourceUrl", Value.listOf(value));
    }

    /** Sets {@code SourceUrl} to this value; see {@link #sourceUrl(List)}. */
    public AwsSecurityFindingFilters sourceUrl(Value<List<StringFilter>> value) {
      return set("SourceUrl", value);
    }

    /** Sets {@code SourceUrl} to a list of these; see {@link #sourceUrl(List)}. */
    public AwsSecurityFindingFilters sourceUrl(StringFilter... values) {
      return set("SourceUrl", Value.list(values));
    }

    /**
     * The category of a threat intelligence indicator.
     *
     * <p>CloudFormation property {@code ThreatIntelIndicatorCategory}.
     */
    public AwsSecurityFindingFilters threatIntelIndicatorCategory(List<StringFilter> value) {
      return set("ThreatIntelIndicatorCategory", Value.listOf(value));
    }

    /**
     * Sets {@code ThreatIntelIndicatorCategory} to this value; see {@link
     * #threatIntelIndicatorCategory(List)}.
     */
    public AwsSecurityFindingFilters threatIntelIndicatorCategory(Value<List<StringFilter>> value) {
      return set("ThreatIntelIndicatorCategory", value);
    }

    /**
     * Sets {@code ThreatIntelIndicatorCategory} to a list of these; see {@link
     * #threatIntelIndicatorCategory(List)}.
     */
    public AwsSecurityFindingFilters threatIntelIndicatorCategory(StringFilter... values) {
      return set("ThreatIntelIndicatorCategory", Value.list(values));
    }

    /**
     * A timestamp that identifies the last observation of a threat intelligence indicator.
     *
     * <p>For more information about the validation and formatting of timestamp fields in AWS
     * Security Hub CSPM , see <a
     * href="https://docs.aws.amazon.com/securityhub/1.0/APIReference/Welcome.html#timestamps">Timestamps</a>
     * .
     *
     * <p>CloudFormation property {@code ThreatIntelIndicatorLastObservedAt}.
     */
    public AwsSecurityFindingFilters threatIntelIndicatorLastObservedAt(List<DateFilter> value) {
      return set("ThreatIntelIndicatorLastObservedAt", Value.listOf(value));
    }

    /**
     * Sets {@code ThreatIntelIndicatorLastObservedAt} to this value; see {@link
     * #threatIntelIndicatorLastObservedAt(List)}.
     */
    public AwsSecurityFindingFilters threatIntelIndicatorLastObservedAt(Value<List<DateFilter>> value) {
      return set("ThreatIntelIndicatorLastObservedAt", value);
    }

    /**
     * Sets {@code ThreatIntelIndicatorLastObservedAt} to a list of these; see {@link
     * #threatIntelIndicatorLastObservedAt(List)}.
     */
    public AwsSecurityFindingFilters threatIntelIndicatorLastObservedAt(DateFilter... values) {
      return set("ThreatIntelIndicatorLastObservedAt", Value.list(values));
    }

    /**
     * The source of the threat intelligence.
     *
     * <p>CloudFormation property {@code ThreatIntelIndicatorSource}.
     */
    public AwsSecurityFindingFilters threatIntelIndicatorSource(List<StringFilter> value) {
      return set("ThreatIntelIndicatorSource", Value.listOf(value));
    }

    /**
     * Sets {@code ThreatIntelIndicatorSource} to this value; see {@link
     * #threatIntelIndicatorSource(List)}.
     */
    public AwsSecurityFindingFilters threatIntelIndicatorSource(Value<List<StringFilter>> value) {
      return set("ThreatIntelIndicatorSource", value);
    }

    /**
     * Sets {@code ThreatIntelIndicatorSource} to a list of these; see {@link
     * #threatIntelIndicatorSource(List)}.
     */
    public AwsSecurityFindingFilters threatIntelIndicatorSource(StringFilter... values) {
      return set("ThreatIntelIndicatorSource", Value.list(values));
    }

    /**
     * The URL for more details from the source of the threat intelligence.
     *
     * <p>CloudFormation property {@code ThreatIntelIndicatorSourceUrl}.
     */
    public AwsSecurityFindingFilters threatIntelIndicatorSourceUrl(List<StringFilter> value) {
      return set("ThreatIntelIndicatorSourceUrl", Value.listOf(value));
    }

    /**
     * Sets {@code ThreatIntelIndicatorSourceUrl} to this value; see {@link
     * #threatIntelIndicatorSourceUrl(List)}.
     */
    public AwsSecurityFindingFilters threatIntelIndicatorSourceUrl(Value<List<StringFilter>> value) {
      return set("ThreatIntelIndicatorSourceUrl", value);
    }

    /**
     * Sets {@code ThreatIntelIndicatorSourceUrl} to a list of these; see {@link
     * #threatIntelIndicatorSourceUrl(List)}.
     */
    public AwsSecurityFindingFilters threatIntelIndicatorSourceUrl(StringFilter... values) {
      return set("ThreatIntelIndicatorSourceUrl", Value.list(values));
    }

    /**
     * The type of a threat intelligence indicator.
     *
     * <p>CloudFormation property {@code ThreatIntelIndicatorType}.
     */
    public AwsSecurityFindingFilters threatIntelIndicatorType(List<StringFilter> value) {
      return set("ThreatIntelIndicatorType", Value.listOf(value));
    }

    /**
     * Sets {@code ThreatIntelIndicatorType} to this value; see {@link
     * #threatIntelIndicatorType(List)}.
     */
    public AwsSecurityFindingFilters threatIntelIndicatorType(Value<List<StringFilter>> value) {
      return set("ThreatIntelIndicatorType", value);
    }

    /**
     * Sets {@code ThreatIntelIndicatorType} to a list of these; see {@link
     * #threatIntelIndicatorType(List)}.
     */
    public AwsSecurityFindingFilters threatIntelIndicatorType(StringFilter... values) {
      return set("ThreatIntelIndicatorType", Value.list(values));
    }

    /**
     * The value of a threat intelligence indicator.
     *
     * <p>CloudFormation property {@code ThreatIntelIndicatorValue}.
     */
    public AwsSecurityFindingFilters threatIntelIndicatorValue(List<StringFilter> value) {
      return set("ThreatIntelIndicatorValue", Value.listOf(value));
    }

    /**
     * Sets {@code ThreatIntelIndicatorValue} to this value; see {@link
     * #threatIntelIndicatorValue(List)}.
     */
    public AwsSecurityFindingFilters threatIntelIndicatorValue(Value<List<StringFilter>> value) {
      return set("ThreatIntelIndicatorValue", value);
    }

    /**
     * Sets {@code ThreatIntelIndicatorValue} to a list of these; see {@link
     * #threatIntelIndicatorValue(List)}.
     */
    public AwsSecurityFindingFilters threatIntelIndicatorValue(StringFilter... values) {
      return set("ThreatIntelIndicatorValue", Value.list(values));
    }

    /**
     * A finding's title.
     *
     * <p>CloudFormation property {@code Title}.
     */
    public AwsSecurityFindingFilters title(List<StringFilter> value) {
      return set("Title", Value.listOf(value));
    }

    /** Sets {@code Title} to this value; see {@link #title(List)}. */
    public AwsSecurityFindingFilters title(Value<List<StringFilter>> value) {
      return set("Title", value);
    }

    /** Sets {@code Title} to a list of these; see {@link #title(List)}. */
    public AwsSecurityFindingFilters title(StringFilter... values) {
      return set("Title", Value.list(values));
    }

    /**
     * A finding type in the format of <code>namespace/category/classifier</code> that classifies a
     * finding.
     *
     * <p>CloudFormation property {@code Type}.
     */
    public AwsSecurityFindingFilters type(List<StringFilter> value) {
      return set("Type", Value.listOf(value));
    }

    /** Sets {@code Type} to this value; see {@link #type(List)}. */
    public AwsSecurityFindingFilters type(Value<List<StringFilter>> value) {
      return set("Type", value);
    }

    /** Sets {@code Type} to a list of these; see {@link #type(List)}. */
    public AwsSecurityFindingFilters type(StringFilter... values) {
      return set("Type", Value.list(values));
    }

    /**
     * A timestamp that indicates when the security findings provider last updated the finding
     * record.
     *
     * <p>For more information about the validation and formatting of timestamp fields in AWS
     * Security Hub CSPM , see <a
     * href="https://docs.aws.amazon.com/securityhub/1.0/APIReference/Welcome.html#timestamps">Timestamps</a>
     * .
     *
     * <p>CloudFormation property {@code UpdatedAt}.
     */
    public AwsSecurityFindingFilters updatedAt(List<DateFilter> value) {
      return set("UpdatedAt", Value.listOf(value));
    }

    /** Sets {@code UpdatedAt} to this value; see {@link #updatedAt(List)}. */
    public AwsSecurityFindingFilters updatedAt(Value<List<DateFilter>> value) {
      return set("UpdatedAt", value);
    }

    /** Sets {@code UpdatedAt} to a list of these; see {@link #updatedAt(List)}. */
    public AwsSecurityFindingFilters updatedAt(DateFilter... values) {
      return set("UpdatedAt", Value.list(values));
    }

    /**
     * A list of name/value string pairs associated with the finding. These are custom, user-defined
     * fields added to a finding.
     *
     * <p>CloudFormation property {@code UserDefinedFields}.
     */
    public AwsSecurityFindingFilters userDefinedFields(List<MapFilter> value) {
      return set("UserDefinedFields", Value.listOf(value));
    }

    /** Sets {@code UserDefinedFields} to this value; see {@link #userDefinedFields(List)}. */
    public AwsSecurityFindingFilters userDefinedFields(Value<List<MapFilter>> value) {
      return set("UserDefinedFields", value);
    }

    /** Sets {@code UserDefinedFields} to a list of these; see {@link #userDefinedFields(List)}. */
    public AwsSecurityFindingFilters userDefinedFields(MapFilter... values) {
      return set("UserDefinedFields", Value.list(values));
    }

    /**
     * The veracity of a finding.
     *
     * <p>CloudFormation property {@code VerificationState}.
     */
    public AwsSecurityFindingFilters verificationState(List<StringFilter> value) {
      return set("VerificationState", Value.listOf(value));
    }

    /** Sets {@code VerificationState} to this value; see {@link #verificationState(List)}. */
    public AwsSecurityFindingFilters verificationState(Value<List<StringFilter>> value) {
      return set("VerificationState", value);
    }

    /** Sets {@code VerificationState} to a list of these; see {@link #verificationState(List)}. */
    public AwsSecurityFindingFilters verificationState(StringFilter... values) {
      return set("VerificationState", Value.list(values));
    }

    /**
     * Indicates whether a software vulnerability in your environment has a known exploit. You can
     * filter findings by this field only if you use Security Hub CSPM and Amazon Inspector.
     *
     * <p>CloudFormation property {@code VulnerabilitiesExploitAvailable}.
     */
    public AwsSecurityFindingFilters vulnerabilitiesExploitAvailable(List<StringFilter> value) {
      return set("VulnerabilitiesExploitAvailable", Value.listOf(value));
    }

    /**
     * Sets {@code VulnerabilitiesExploitAvailable} to this value; see {@link
     * #vulnerabilitiesExploitAvailable(List)}.
     */
    public AwsSecurityFindingFilters vulnerabilitiesExploitAvailable(Value<List<StringFilter>> value) {
      return set("VulnerabilitiesExploitAvailable", value);
    }

    /**
     * Sets {@code VulnerabilitiesExploitAvailable} to a list of these; see {@link
     * #vulnerabilitiesExploitAvailable(List)}.
     */
    public AwsSecurityFindingFilters vulnerabilitiesExploitAvailable(StringFilter... values) {
      return set("VulnerabilitiesExploitAvailable", Value.list(values));
    }

    /**
     * Indicates whether a vulnerability is fixed in a newer version of the affected software
     * packages. You can filter findings by this field only if you use Security Hub CSPM and Amazon
     * Inspector.
     *
     * <p>CloudFormation property {@code VulnerabilitiesFixAvailable}.
     */
    public AwsSecurityFindingFilters vulnerabilitiesFixAvailable(List<StringFilter> value) {
      return set("VulnerabilitiesFixAvailable", Value.listOf(value));
    }

    /**
     * Sets {@code VulnerabilitiesFixAvailable} to this value; see {@link
     * #vulnerabilitiesFixAvailable(List)}.
     */
    public AwsSecurityFindingFilters vulnerabilitiesFixAvailable(Value<List<StringFilter>> value) {
      return set("VulnerabilitiesFixAvailable", value);
    }

    /**
     * Sets {@code VulnerabilitiesFixAvailable} to a list of these; see {@link
     * #vulnerabilitiesFixAvailable(List)}.
     */
    public AwsSecurityFindingFilters vulnerabilitiesFixAvailable(StringFilter... values) {
      return set("VulnerabilitiesFixAvailable", Value.list(values));
    }

    /**
     * The workflow state of a finding.
     *
     * <p>Note that this field is deprecated. To search for a finding based on its workflow status,
     * use <code>WorkflowStatus</code> .
     *
     * <p>CloudFormation property {@code WorkflowState}.
     */
    public AwsSecurityFindingFilters workflowState(List<StringFilter> value) {
      return set("WorkflowState", Value.listOf(value));
    }

    /** Sets {@code WorkflowState} to this value; see {@link #workflowState(List)}. */
    public AwsSecurityFindingFilters workflowState(Value<List<StringFilter>> value) {
      return set("WorkflowState", value);
    }

    /** Sets {@code WorkflowState} to a list of these; see {@link #workflowState(List)}. */
    public AwsSecurityFindingFilters workflowState(StringFilter... values) {
      return set("WorkflowState", Value.list(values));
    }

    /**
     * The status of the investigation into a finding. Allowed values are the following.
     *
     * <ul> <li><code>NEW</code> - The initial state of a finding, before it is reviewed. </ul>
     *
     * <p>Security Hub CSPM also resets the workflow status from <code>NOTIFIED</code> or
     * <code>RESOLVED</code> to <code>NEW</code> in the following cases:
     *
     * <ul> <li><code>RecordState</code> changes from <code>ARCHIVED</code> to <code>ACTIVE</code> .
     * <li><code>Compliance.Status</code> changes from <code>PASSED</code> to either
     * <code>WARNING</code> , <code>FAILED</code> , or <code>NOT_AVAILABLE</code> .
     * <li><code>NOTIFIED</code> - Indicates that the resource owner has been notified about the
     * security issue. Used when the initial reviewer is not the resource owner, and needs
     * intervention from the resource owner. </ul>
     *
     * <p>If one of the following occurs, the workflow status is changed automatically from
     * <code>NOTIFIED</code> to <code>NEW</code> :
     *
     * <ul> <li><code>RecordState</code> changes from <code>ARCHIVED</code> to <code>ACTIVE</code> .
     * <li><code>Compliance.Status</code> changes from <code>PASSED</code> to <code>FAILED</code> ,
     * <code>WARNING</code> , or <code>NOT_AVAILABLE</code> . <li><code>SUPPRESSED</code> -
     * Indicates that you reviewed the finding and don't believe that any action is needed. </ul>
     *
     * <p>The workflow status of a <code>SUPPRESSED</code> finding does not change if
     * <code>RecordState</code> changes from <code>ARCHIVED</code> to <code>ACTIVE</code> .
     *
     * <ul> <li><code>RESOLVED</code> - The finding was reviewed and remediated and is now
     * considered resolved. </ul>
     *
     * <p>The finding remains <code>RESOLVED</code> unless one of the following occurs:
     *
     * <ul> <li><code>RecordState</code> changes from <code>ARCHIVED</code> to <code>ACTIVE</code> .
     * <li><code>Compliance.Status</code> changes from <code>PASSED</code> to <code>FAILED</code> ,
     * <code>WARNING</code> , or <code>NOT_AVAILABLE</code> . </ul>
     *
     * <p>In those cases, the workflow status is automatically reset to <code>NEW</code> .
     *
     * <p>For findings from controls, if <code>Compliance.Status</code> is <code>PASSED</code> ,
     * then Security Hub CSPM automatically sets the workflow status to <code>RESOLVED</code> .
     *
     * <p>CloudFormation property {@code WorkflowStatus}.
     */
    public AwsSecurityFindingFilters workflowStatus(List<StringFilter> value) {
      return set("WorkflowStatus", Value.listOf(value));
    }

    /** Sets {@code WorkflowStatus} to this value; see {@link #workflowStatus(List)}. */
    public AwsSecurityFindingFilters workflowStatus(Value<List<StringFilter>> value) {
      return set("WorkflowStatus", value);
    }

    /** Sets {@code WorkflowStatus} to a list of these; see {@link #workflowStatus(List)}. */
    public AwsSecurityFindingFilters workflowStatus(StringFilter... values) {
      return set("WorkflowStatus", Value.list(values));
    }
  }

  /**
   * Boolean filter for querying findings.
   *
   * <p>Property type {@code AWS::SecurityHub::Insight.BooleanFilter}.
   */
  public static final class BooleanFilter extends Struct<BooleanFilter> {
    private static final Schema SCHEMA = Schema.builder("AWS::SecurityHub::Insight.BooleanFilter")
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
   * A date filter for querying findings.
   *
   * <p>Property type {@code AWS::SecurityHub::Insight.DateFilter}.
   */
  public static final class DateFilter extends Struct<DateFilter> {
    private static final Schema SCHEMA = Schema.builder("AWS::SecurityHub::Insight.DateFilter")
        .constrain("End", Constraint.of().pattern("^([\\+-]?\\d{4}(?!\\d{2}))((-?)((0[1-9]|1[0-2])(\\3([12]\\d|0[1-9]|3[01]))?|W([0-4]\\d|5[0-2])(-?[1-7])?|(00[1-9]|0[1-9]\\d|[12]\\d{2}|3([0-5]\\d|6[1-6])))([tT]((([01]\\d|2[0-3])((:?)[0-5]\\d)?|24\\:?00)([\\.,]\\d+(?!:))?)?(\\17[0-5]\\d([\\.,]\\d+)?)?([zZ]|([\\+-])([01]\\d|2[0-3]):?([0-5]\\d)?)?)?)?$"))
        .constrain("Start", Constraint.of().pattern("^([\\+-]?\\d{4}(?!\\d{2}))((-?)((0[1-9]|1[0-2])(\\3([12]\\d|0[1-9]|3[01]))?|W([0-4]\\d|5[0-2])(-?[1-7])?|(00[1-9]|0[1-9]\\d|[12]\\d{2}|3([0-5]\\d|6[1-6])))([tT]((([01]\\d|2[0-3])((:?)[0-5]\\d)?|24\\:?00)([\\.,]\\d+(?!:))?)?(\\17[0-5]\\d([\\.,]\\d+)?)?([zZ]|([\\+-])([01]\\d|2[0-3]):?([0-5]\\d)?)?)?)?$"))
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
     * ^([&#92;+-]?&#92;d{4}(?!&#92;d{2}))((-?)((0[1-9]|1[0-2])(&#92;3([12]&#92;d|0[1-9]|3[01]))?|W([0-4]&#92;d|5[0-2])(-?[1-7])?|(00[1-9]|0[1-9]&#92;d|[12]&#92;d{2}|3([0-5]&#92;d|6[1-6])))([tT]((([01]&#92;d|2[0-3])((:?)[0-5]&#92;d)?|24&#92;:?00)([&#92;.,]&#92;d+(?!:))?)?(&#92;17[0-5]&#92;d([&#92;.,]&#92;d+)?)?([zZ]|([&#92;+-])([01]&#92;d|2[0-3]):?([0-5]&#92;d)?)?)?)?$}.
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
     * ^([&#92;+-]?&#92;d{4}(?!&#92;d{2}))((-?)((0[1-9]|1[0-2])(&#92;3([12]&#92;d|0[1-9]|3[01]))?|W([0-4]&#92;d|5[0-2])(-?[1-7])?|(00[1-9]|0[1-9]&#92;d|[12]&#92;d{2}|3([0-5]&#92;d|6[1-6])))([tT]((([01]&#92;d|2[0-3])((:?)[0-5]&#92;d)?|24&#92;:?00)([&#92;.,]&#92;d+(?!:))?)?(&#92;17[0-5]&#92;d([&#92;.,]&#92;d+)?)?([zZ]|([&#92;+-])([01]&#92;d|2[0-3]):?([0-5]&#92;d)?)?)?)?$}.
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
   * <p>Property type {@code AWS::SecurityHub::Insight.DateRange}.
   */
  public static final class DateRange extends Struct<DateRange> {
    private static final Schema SCHEMA = Schema.builder("AWS::SecurityHub::Insight.DateRange")
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
   * The IP filter for querying findings.
   *
   * <p>Property type {@code AWS::SecurityHub::Insight.IpFilter}.
   */
  public static final class IpFilter extends Struct<IpFilter> {
    private static final Schema SCHEMA = Schema.builder("AWS::SecurityHub::Insight.IpFilter")
        .required("Cidr")
        .constrain("Cidr", Constraint.of().pattern("\\S").minLength(1))
        .build();

    public IpFilter() {
      super(SCHEMA);
    }

    /**
     * A finding's CIDR value.
     *
     * <p>Required. Length: at least 1 characters. Pattern: {@code &#92;S}. CloudFormation property
     * {@code Cidr}.
     */
    public IpFilter cidr(String value) {
      return set("Cidr", Value.of(value));
    }

    /** Sets {@code Cidr} to this value; see {@link #cidr(String)}. */
    public IpFilter cidr(Value<String> value) {
      return set("Cidr", value);
    }
  }

  /**
   * A keyword filter for querying findings.
   *
   * <p>Property type {@code AWS::SecurityHub::Insight.KeywordFilter}.
   */
  public static final class KeywordFilter extends Struct<KeywordFilter> {
    private static final Schema SCHEMA = Schema.builder("AWS::SecurityHub::Insight.KeywordFilter")
        .required("Value")
        .constrain("Value", Constraint.of().pattern("\\S").minLength(1))
        .build();

    public KeywordFilter() {
      super(SCHEMA);
    }

    /**
     * A value for the keyword.
     *
     * <p>Required. Length: at least 1 characters. Pattern: {@code &#92;S}. CloudFormation property
     * {@code Value}.
     */
    public KeywordFilter value(String value) {
      return set("Value", Value.of(value));
    }

    /** Sets {@code Value} to this value; see {@link #value(String)}. */
    public KeywordFilter value(Value<String> value) {
      return set("Value", value);
    }
  }

  /**
   * A map filter for filtering AWS Security Hub CSPM findings. Each map filter provides the field
   * to check for, the value to check for, and the comparison operator.
   *
   * <p>Property type {@code AWS::SecurityHub::Insight.MapFilter}.
   */
  public static final class MapFilter extends Struct<MapFilter> {
    private static final Schema SCHEMA = Schema.builder("AWS::SecurityHub::Insight.MapFilter")
        .required("Comparison", "Key", "Value")
        .allowed("Comparison", "EQUALS", "NOT_EQUALS")
        .constrain("Key", Constraint.of().pattern("\\S").minLength(1))
        .constrain("Value", Constraint.of().pattern("\\S").minLength(1))
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
     * <p>Required. Length: at least 1 characters. Pattern: {@code &#92;S}. CloudFormation property
     * {@code Key}.
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
     * <p>Required. Length: at least 1 characters. Pattern: {@code &#92;S}. CloudFormation property
     * {@code Value}.
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
   * <p>Property type {@code AWS::SecurityHub::Insight.NumberFilter}.
   */
  public static final class NumberFilter extends Struct<NumberFilter> {
    private static final Schema SCHEMA = Schema.of("AWS::SecurityHub::Insight.NumberFilter");

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
   * A string filter for filtering AWS Security Hub CSPM findings.
   *
   * <p>Property type {@code AWS::SecurityHub::Insight.StringFilter}.
   */
  public static final class StringFilter extends Struct<StringFilter> {
    private static final Schema SCHEMA = Schema.builder("AWS::SecurityHub::Insight.StringFilter")
        .required("Comparison", "Value")
        .allowed("Comparison", "EQUALS", "PREFIX", "NOT_EQUALS", "PREFIX_NOT_EQUALS")
        .constrain("Value", Constraint.of().pattern("\\S").minLength(1))
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
     * PREFIX_NOT_EQUALS}. CloudFormation property {@code Comparison}.
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
     * <p>Required. Length: at least 1 characters. Pattern: {@code &#92;S}. CloudFormation property
     * {@code Value}.
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
