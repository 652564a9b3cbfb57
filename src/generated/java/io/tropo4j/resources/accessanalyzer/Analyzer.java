// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.accessanalyzer;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * The <code>AWS::AccessAnalyzer::Analyzer</code> resource specifies a new analyzer. The analyzer is
 * an object that represents the IAM Access Analyzer feature. An analyzer is required for Access
 * Analyzer to become operational.
 *
 * <p>CloudFormation type {@code AWS::AccessAnalyzer::Analyzer}.
 */
public final class Analyzer extends Resource<Analyzer> {
  private static final Schema SCHEMA = Schema.builder("AWS::AccessAnalyzer::Analyzer")
      .required("Type")
      .constrain("AnalyzerName", Constraint.of().pattern("^[A-Za-z_][A-Za-z0-9_.-]*$").minLength(1).maxLength(1024))
      .constrain("Type", Constraint.of().minLength(0).maxLength(1024))
      .refYields("Arn")
      .attributes("Arn")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public Analyzer(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * Contains information about the configuration of an analyzer for an AWS organization or account.
   *
   * <p>CloudFormation property {@code AnalyzerConfiguration}.
   */
  public Analyzer analyzerConfiguration(Value<AnalyzerConfiguration> value) {
    return set("AnalyzerConfiguration", value);
  }

  /**
   * The name of the analyzer.
   *
   * <p>Changing it replaces the resource. Length: 1 to 1024 characters. Pattern: {@code
   * ^[A-Za-z_][A-Za-z0-9_.-]*$}. CloudFormation property {@code AnalyzerName}.
   */
  public Analyzer analyzerName(String value) {
    return set("AnalyzerName", Value.of(value));
  }

  /** Sets {@code AnalyzerName} to this value; see {@link #analyzerName(String)}. */
  public Analyzer analyzerName(Value<String> value) {
    return set("AnalyzerName", value);
  }

  /**
   * Specifies the archive rules to add for the analyzer. Archive rules automatically archive
   * findings that meet the criteria you define for the rule.
   *
   * <p>CloudFormation property {@code ArchiveRules}.
   */
  public Analyzer archiveRules(List<ArchiveRule> value) {
    return set("ArchiveRules", Value.listOf(value));
  }

  /** Sets {@code ArchiveRules} to this value; see {@link #archiveRules(List)}. */
  public Analyzer archiveRules(Value<List<ArchiveRule>> value) {
    return set("ArchiveRules", value);
  }

  /** Sets {@code ArchiveRules} to a list of these; see {@link #archiveRules(List)}. */
  public Analyzer archiveRules(ArchiveRule... values) {
    return set("ArchiveRules", Value.list(values));
  }

  /**
   * An array of key-value pairs to apply to the analyzer. You can use the set of Unicode letters,
   * digits, whitespace, <code>_</code> , <code>.</code> , <code>/</code> , <code>=</code> ,
   * <code>+</code> , and <code>-</code> .
   *
   * <p>For the tag key, you can specify a value that is 1 to 128 characters in length and cannot be
   * prefixed with <code>aws:</code> .
   *
   * <p>For the tag value, you can specify a value that is 0 to 256 characters in length.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public Analyzer tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public Analyzer tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public Analyzer tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The type represents the zone of trust for the analyzer.
   *
   * <p><em>Allowed Values</em> : ACCOUNT | ORGANIZATION | ACCOUNT_UNUSED_ACCESS |
   * ACCOUNT_INTERNAL_ACCESS | ORGANIZATION_INTERNAL_ACCESS | ORGANIZATION_UNUSED_ACCESS
   *
   * <p>Required. Changing it replaces the resource. Length: 0 to 1024 characters. CloudFormation
   * property {@code Type}.
   */
  public Analyzer typeProperty(String value) {
    return set("Type", Value.of(value));
  }

  /** Sets {@code Type} to this value; see {@link #typeProperty(String)}. */
  public Analyzer typeProperty(Value<String> value) {
    return set("Type", value);
  }

  /**
   * The ARN of the analyzer that was created.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * Contains information about analysis rules for the analyzer. Analysis rules determine which
   * entities will generate findings based on the criteria you define when you create the rule.
   *
   * <p>Property type {@code AWS::AccessAnalyzer::Analyzer.AnalysisRule}.
   */
  public static final class AnalysisRule extends Struct<AnalysisRule> {
    private static final Schema SCHEMA = Schema.of("AWS::AccessAnalyzer::Analyzer.AnalysisRule");

    public AnalysisRule() {
      super(SCHEMA);
    }

    /**
     * A list of rules for the analyzer containing criteria to exclude from analysis. Entities that
     * meet the rule criteria will not generate findings.
     *
     * <p>CloudFormation property {@code Exclusions}.
     */
    public AnalysisRule exclusions(List<AnalysisRuleCriteria> value) {
      return set("Exclusions", Value.listOf(value));
    }

    /** Sets {@code Exclusions} to this value; see {@link #exclusions(List)}. */
    public AnalysisRule exclusions(Value<List<AnalysisRuleCriteria>> value) {
      return set("Exclusions", value);
    }

    /** Sets {@code Exclusions} to a list of these; see {@link #exclusions(List)}. */
    public AnalysisRule exclusions(AnalysisRuleCriteria... values) {
      return set("Exclusions", Value.list(values));
    }
  }

  /**
   * The criteria for an analysis rule for an analyzer. The criteria determine which entities will
   * generate findings.
   *
   * <p>Property type {@code AWS::AccessAnalyzer::Analyzer.AnalysisRuleCriteria}.
   */
  public static final class AnalysisRuleCriteria extends Struct<AnalysisRuleCriteria> {
    private static final Schema SCHEMA = Schema.of("AWS::AccessAnalyzer::Analyzer.AnalysisRuleCriteria");

    public AnalysisRuleCriteria() {
      super(SCHEMA);
    }

    /**
     * A list of AWS account IDs to apply to the analysis rule criteria. The accounts cannot include
     * the organization analyzer owner account. Account IDs can only be applied to the analysis rule
     * criteria for organization-level analyzers. The list cannot include more than 2,000 account
     * IDs.
     *
     * <p>CloudFormation property {@code AccountIds}.
     */
    public AnalysisRuleCriteria accountIds(List<String> value) {
      return set("AccountIds", Value.listOf(value));
    }

    /** Sets {@code AccountIds} to this value; see {@link #accountIds(List)}. */
    public AnalysisRuleCriteria accountIds(Value<List<String>> value) {
      return set("AccountIds", value);
    }

    /**
     * An array of key-value pairs to match for your resources. You can use the set of Unicode
     * letters, digits, whitespace, <code>_</code> , <code>.</code> , <code>/</code> ,
     * <code>=</code> , <code>+</code> , and <code>-</code> .
     *
     * <p>For the tag key, you can specify a value that is 1 to 128 characters in length and cannot
     * be prefixed with <code>aws:</code> .
     *
     * <p>For the tag value, you can specify a value that is 0 to 256 characters in length. If the
     * specified tag value is 0 characters, the rule is applied to all principals with the specified
     * tag key.
     *
     * <p>CloudFormation property {@code ResourceTags}.
     */
    public AnalysisRuleCriteria resourceTags(List<List<Tag>> value) {
      return set("ResourceTags", Value.listOf(value));
    }

    /** Sets {@code ResourceTags} to this value; see {@link #resourceTags(List)}. */
    public AnalysisRuleCriteria resourceTags(Value<List<List<Tag>>> value) {
      return set("ResourceTags", value);
    }
  }

  /**
   * Contains information about the configuration of an analyzer for an AWS organization or account.
   *
   * <p>Property type {@code AWS::AccessAnalyzer::Analyzer.AnalyzerConfiguration}.
   */
  public static final class AnalyzerConfiguration extends Struct<AnalyzerConfiguration> {
    private static final Schema SCHEMA = Schema.of("AWS::AccessAnalyzer::Analyzer.AnalyzerConfiguration");

    public AnalyzerConfiguration() {
      super(SCHEMA);
    }

    /**
     * Specifies the configuration of an internal access analyzer for an AWS organization or
     * account. This configuration determines how the analyzer evaluates access within your AWS
     * environment.
     *
     * <p>CloudFormation property {@code InternalAccessConfiguration}.
     */
    public AnalyzerConfiguration internalAccessConfiguration(Value<InternalAccessConfiguration> value) {
      return set("InternalAccessConfiguration", value);
    }

    /**
     * Specifies the configuration of an unused access analyzer for an AWS organization or account.
     *
     * <p>CloudFormation property {@code UnusedAccessConfiguration}.
     */
    public AnalyzerConfiguration unusedAccessConfiguration(Value<UnusedAccessConfiguration> value) {
      return set("UnusedAccessConfiguration", value);
    }
  }

  /**
   * Contains information about an archive rule. Archive rules automatically archive new findings
   * that meet the criteria you define when you create the rule.
   *
   * <p>Property type {@code AWS::AccessAnalyzer::Analyzer.ArchiveRule}.
   */
  public static final class ArchiveRule extends Struct<ArchiveRule> {
    private static final Schema SCHEMA = Schema.builder("AWS::AccessAnalyzer::Analyzer.ArchiveRule")
        .required("Filter", "RuleName")
        .constrain("RuleName", Constraint.of().pattern("^[A-Za-z][A-Za-z0-9_.-]*$").minLength(1).maxLength(255))
        .build();

    public ArchiveRule() {
      super(SCHEMA);
    }

    /**
     * The criteria for the rule.
     *
     * <p>Required. CloudFormation property {@code Filter}.
     */
    public ArchiveRule filter(List<Filter> value) {
      return set("Filter", Value.listOf(value));
    }

    /** Sets {@code Filter} to this value; see {@link #filter(List)}. */
    public ArchiveRule filter(Value<List<Filter>> value) {
      return set("Filter", value);
    }

    /** Sets {@code Filter} to a list of these; see {@link #filter(List)}. */
    public ArchiveRule filter(Filter... values) {
      return set("Filter", Value.list(values));
    }

    /**
     * The name of the rule to create.
     *
     * <p>Required. Length: 1 to 255 characters. Pattern: {@code ^[A-Za-z][A-Za-z0-9_.-]*$}.
     * CloudFormation property {@code RuleName}.
     */
    public ArchiveRule ruleName(String value) {
      return set("RuleName", Value.of(value));
    }

    /** Sets {@code RuleName} to this value; see {@link #ruleName(String)}. */
    public ArchiveRule ruleName(Value<String> value) {
      return set("RuleName", value);
    }
  }

  /**
   * The criteria that defines the archive rule.
   *
   * <p>To learn about filter keys that you can use to create an archive rule, see <a
   * href="https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-reference-filter-keys.html">filter
   * keys</a> in the <em>User Guide</em> .
   *
   * <p>Property type {@code AWS::AccessAnalyzer::Analyzer.Filter}.
   */
  public static final class Filter extends Struct<Filter> {
    private static final Schema SCHEMA = Schema.builder("AWS::AccessAnalyzer::Analyzer.Filter")
        .required("Property")
        .build();

    public Filter() {
      super(SCHEMA);
    }

    /**
     * A "contains" condition to match for the rule.
     *
     * <p>CloudFormation property {@code Contains}.
     */
    public Filter contains(List<String> value) {
      return set("Contains", Value.listOf(value));
    }

    /** Sets {@code Contains} to this value; see {@link #contains(List)}. */
    public Filter contains(Value<List<String>> value) {
      return set("Contains", value);
    }

    /**
     * An "equals" condition to match for the rule.
     *
     * <p>CloudFormation property {@code Eq}.
     */
    public Filter eq(List<String> value) {
      return set("Eq", Value.listOf(value));
    }

    /** Sets {@code Eq} to this value; see {@link #eq(List)}. */
    public Filter eq(Value<List<String>> value) {
      return set("Eq", value);
    }

    /**
     * An "exists" condition to match for the rule.
     *
     * <p>CloudFormation property {@code Exists}.
     */
    public Filter exists(boolean value) {
      return set("Exists", Value.of(value));
    }

    /** Sets {@code Exists} to this value; see {@link #exists(boolean)}. */
    public Filter exists(Value<Boolean> value) {
      return set("Exists", value);
    }

    /**
     * A "not equal" condition to match for the rule.
     *
     * <p>CloudFormation property {@code Neq}.
     */
    public Filter neq(List<String> value) {
      return set("Neq", Value.listOf(value));
    }

    /** Sets {@code Neq} to this value; see {@link #neq(List)}. */
    public Filter neq(Value<List<String>> value) {
      return set("Neq", value);
    }

    /**
     * The property used to define the criteria in the filter for the rule.
     *
     * <p>Required. CloudFormation property {@code Property}.
     */
    public Filter property(String value) {
      return set("Property", Value.of(value));
    }

    /** Sets {@code Property} to this value; see {@link #property(String)}. */
    public Filter property(Value<String> value) {
      return set("Property", value);
    }
  }

  /**
   * Contains information about analysis rules for the internal access analyzer. Analysis rules
   * determine which entities will generate findings based on the criteria you define when you
   * create the rule.
   *
   * <p>Property type {@code AWS::AccessAnalyzer::Analyzer.InternalAccessAnalysisRule}.
   */
  public static final class InternalAccessAnalysisRule extends Struct<InternalAccessAnalysisRule> {
    private static final Schema SCHEMA = Schema.of("AWS::AccessAnalyzer::Analyzer.InternalAccessAnalysisRule");

    public InternalAccessAnalysisRule() {
      super(SCHEMA);
    }

    /**
     * A list of rules for the internal access analyzer containing criteria to include in analysis.
     * Only resources that meet the rule criteria will generate findings.
     *
     * <p>CloudFormation property {@code Inclusions}.
     */
    public InternalAccessAnalysisRule inclusions(List<InternalAccessAnalysisRuleCriteria> value) {
      return set("Inclusions", Value.listOf(value));
    }

    /** Sets {@code Inclusions} to this value; see {@link #inclusions(List)}. */
    public InternalAccessAnalysisRule inclusions(Value<List<InternalAccessAnalysisRuleCriteria>> value) {
      return set("Inclusions", value);
    }

    /** Sets {@code Inclusions} to a list of these; see {@link #inclusions(List)}. */
    public InternalAccessAnalysisRule inclusions(InternalAccessAnalysisRuleCriteria... values) {
      return set("Inclusions", Value.list(values));
    }
  }

  /**
   * The criteria for an analysis rule for an internal access analyzer.
   *
   * <p>Property type {@code AWS::AccessAnalyzer::Analyzer.InternalAccessAnalysisRuleCriteria}.
   */
  public static final class InternalAccessAnalysisRuleCriteria extends Struct<InternalAccessAnalysisRuleCriteria> {
    private static final Schema SCHEMA = Schema.of("AWS::AccessAnalyzer::Analyzer.InternalAccessAnalysisRuleCriteria");

    public InternalAccessAnalysisRuleCriteria() {
      super(SCHEMA);
    }

    /**
     * A list of AWS account IDs to apply to the internal access analysis rule criteria. Account IDs
     * can only be applied to the analysis rule criteria for organization-level analyzers.
     *
     * <p>CloudFormation property {@code AccountIds}.
     */
    public InternalAccessAnalysisRuleCriteria accountIds(List<String> value) {
      return set("AccountIds", Value.listOf(value));
    }

    /** Sets {@code AccountIds} to this value; see {@link #accountIds(List)}. */
    public InternalAccessAnalysisRuleCriteria accountIds(Value<List<String>> value) {
      return set("AccountIds", value);
    }

    /**
     * A list of resource ARNs to apply to the internal access analysis rule criteria. The analyzer
     * will only generate findings for resources that match these ARNs.
     *
     * <p>CloudFormation property {@code ResourceArns}.
     */
    public InternalAccessAnalysisRuleCriteria resourceArns(List<String> value) {
      return set("ResourceArns", Value.listOf(value));
    }

    /** Sets {@code ResourceArns} to this value; see {@link #resourceArns(List)}. */
    public InternalAccessAnalysisRuleCriteria resourceArns(Value<List<String>> value) {
      return set("ResourceArns", value);
    }

    /**
     * A list of resource types to apply to the internal access analysis rule criteria. The analyzer
     * will only generate findings for resources of these types. These resource types are currently
     * supported for internal access analyzers:
     *
     * <ul> <li><code>AWS::S3::Bucket</code> <li><code>AWS::RDS::DBSnapshot</code>
     * <li><code>AWS::RDS::DBClusterSnapshot</code> <li><code>AWS::S3Express::DirectoryBucket</code>
     * <li><code>AWS::DynamoDB::Table</code> <li><code>AWS::DynamoDB::Stream</code> </ul>
     *
     * <p>CloudFormation property {@code ResourceTypes}.
     */
    public InternalAccessAnalysisRuleCriteria resourceTypes(List<String> value) {
      return set("ResourceTypes", Value.listOf(value));
    }

    /** Sets {@code ResourceTypes} to this value; see {@link #resourceTypes(List)}. */
    public InternalAccessAnalysisRuleCriteria resourceTypes(Value<List<String>> value) {
      return set("ResourceTypes", value);
    }
  }

  /**
   * Specifies the configuration of an internal access analyzer for an AWS organization or account.
   * This configuration determines how the analyzer evaluates internal access within your AWS
   * environment.
   *
   * <p>Property type {@code AWS::AccessAnalyzer::Analyzer.InternalAccessConfiguration}.
   */
  public static final class InternalAccessConfiguration extends Struct<InternalAccessConfiguration> {
    private static final Schema SCHEMA = Schema.of("AWS::AccessAnalyzer::Analyzer.InternalAccessConfiguration");

    public InternalAccessConfiguration() {
      super(SCHEMA);
    }

    /**
     * Contains information about analysis rules for the internal access analyzer. These rules
     * determine which resources and access patterns will be analyzed.
     *
     * <p>CloudFormation property {@code InternalAccessAnalysisRule}.
     */
    public InternalAccessConfiguration internalAccessAnalysisRule(Value<InternalAccessAnalysisRule> value) {
      return set("InternalAccessAnalysisRule", value);
    }
  }

  /**
   * Contains information about an unused access analyzer.
   *
   * <p>Property type {@code AWS::AccessAnalyzer::Analyzer.UnusedAccessConfiguration}.
   */
  public static final class UnusedAccessConfiguration extends Struct<UnusedAccessConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::AccessAnalyzer::Analyzer.UnusedAccessConfiguration")
        .constrain("UnusedAccessAge", Constraint.of().minimum(1).maximum(365))
        .build();

    public UnusedAccessConfiguration() {
      super(SCHEMA);
    }

    /**
     * Contains information about analysis rules for the analyzer. Analysis rules determine which
     * entities will generate findings based on the criteria you define when you create the rule.
     *
     * <p>CloudFormation property {@code AnalysisRule}.
     */
    public UnusedAccessConfiguration analysisRule(Value<AnalysisRule> value) {
      return set("AnalysisRule", value);
    }

    /**
     * The specified access age in days for which to generate findings for unused access. For
     * example, if you specify 90 days, the analyzer will generate findings for IAM entities within
     * the accounts of the selected organization for any access that hasn't been used in 90 or more
     * days since the analyzer's last scan. You can choose a value between 1 and 365 days.
     *
     * <p>Range: 1 to 365. CloudFormation property {@code UnusedAccessAge}.
     */
    public UnusedAccessConfiguration unusedAccessAge(int value) {
      return set("UnusedAccessAge", Value.of(value));
    }

    /** Sets {@code UnusedAccessAge} to this value; see {@link #unusedAccessAge(int)}. */
    public UnusedAccessConfiguration unusedAccessAge(Value<Integer> value) {
      return set("UnusedAccessAge", value);
    }
  }
}
