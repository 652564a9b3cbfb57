// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.cloudwatch;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Creates or updates a Contributor Insights rule. Rules evaluate log events in a CloudWatch Logs
 * log group, enabling you to find contributor data for the log events in that log group. For more
 * information, see <a
 * href="https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/ContributorInsights.html">Using
 * Contributor Insights to Analyze High-Cardinality Data</a> in the <em>Amazon CloudWatch User
 * Guide</em> .
 *
 * <p>CloudFormation type {@code AWS::CloudWatch::InsightRule}.
 */
public final class InsightRule extends Resource<InsightRule> {
  private static final Schema SCHEMA = Schema.builder("AWS::CloudWatch::InsightRule")
      .required("RuleBody", "RuleName", "RuleState")
      .constrain("RuleName", Constraint.of().pattern("^[\\x20-\\x7E]+$").minLength(1).maxLength(128))
      .allowed("RuleState", "ENABLED", "DISABLED")
      .constrain("RuleState", Constraint.of().minLength(1).maxLength(32))
      .refYields("Arn")
      .attributes("Arn", "RuleName")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public InsightRule(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * Determines whether the rules is evaluated on transformed versions of logs. Valid values are
   * <code>TRUE</code> and <code>FALSE</code> .
   *
   * <p>Default: {@code false}. CloudFormation property {@code ApplyOnTransformedLogs}.
   */
  public InsightRule applyOnTransformedLogs(boolean value) {
    return set("ApplyOnTransformedLogs", Value.of(value));
  }

  /**
   * Sets {@code ApplyOnTransformedLogs} to this value; see {@link
   * #applyOnTransformedLogs(boolean)}.
   */
  public InsightRule applyOnTransformedLogs(Value<Boolean> value) {
    return set("ApplyOnTransformedLogs", value);
  }

  /**
   * The definition of the rule, as a JSON object. For details about the syntax, see <a
   * href="https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/ContributorInsights-RuleSyntax.html">Contributor
   * Insights Rule Syntax</a> in the <em>Amazon CloudWatch User Guide</em> .
   *
   * <p>Required. CloudFormation property {@code RuleBody}.
   */
  public InsightRule ruleBody(String value) {
    return set("RuleBody", Value.of(value));
  }

  /** Sets {@code RuleBody} to this value; see {@link #ruleBody(String)}. */
  public InsightRule ruleBody(Value<String> value) {
    return set("RuleBody", value);
  }

  /**
   * The name of the rule.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 128 characters. Pattern: {@code
   * ^[&#92;x20-&#92;x7E]+$}. CloudFormation property {@code RuleName}.
   */
  public InsightRule ruleName(String value) {
    return set("RuleName", Value.of(value));
  }

  /** Sets {@code RuleName} to this value; see {@link #ruleName(String)}. */
  public InsightRule ruleName(Value<String> value) {
    return set("RuleName", value);
  }

  /**
   * The current state of the rule. Valid values are <code>ENABLED</code> and <code>DISABLED</code>
   * .
   *
   * <p>Required. Allowed values: {@code ENABLED}, {@code DISABLED}. Length: 1 to 32 characters.
   * CloudFormation property {@code RuleState}.
   */
  public InsightRule ruleState(String value) {
    return set("RuleState", Value.of(value));
  }

  /** Sets {@code RuleState} to this value; see {@link #ruleState(String)}. */
  public InsightRule ruleState(Value<String> value) {
    return set("RuleState", value);
  }

  /**
   * A list of key-value pairs to associate with the Contributor Insights rule. You can associate as
   * many as 50 tags with a rule.
   *
   * <p>Tags can help you organize and categorize your resources. For more information, see <a
   * href="https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/CloudWatch-Tagging.html">Tagging
   * Your Amazon CloudWatch Resources</a> .
   *
   * <p>To be able to associate tags with a rule, you must have the
   * <code>cloudwatch:TagResource</code> permission in addition to the
   * <code>cloudwatch:PutInsightRule</code> permission.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public InsightRule tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public InsightRule tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public InsightRule tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The ARN of the Contributor Insights rule, such as
   * <code>arn:aws:cloudwatch:us-west-2:123456789012:insight-rule/MyInsightRuleName</code> .
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * The name of the Contributor Insights rule.
   *
   * <p>{@code Fn::GetAtt} attribute {@code RuleName}.
   */
  public Value<String> ruleName() {
    return getAtt("RuleName");
  }
}
