// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.ses;

import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.fn.Value;

/**
 * Creates an empty receipt rule set.
 *
 * <p>For information about setting up receipt rule sets, see the <a
 * href="https://docs.aws.amazon.com/ses/latest/dg/receiving-email-concepts.html#receiving-email-concepts-rules">Amazon
 * SES Developer Guide</a> .
 *
 * <p>You can execute this operation no more than once per second.
 *
 * <p>CloudFormation type {@code AWS::SES::ReceiptRuleSet}.
 */
public final class ReceiptRuleSet extends Resource<ReceiptRuleSet> {
  private static final Schema SCHEMA = Schema.builder("AWS::SES::ReceiptRuleSet")
      .refYields("RuleSetName")
      .build();

  public ReceiptRuleSet(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The name of the receipt rule set to make active. Setting this value to null disables all email
   * receiving.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code RuleSetName}.
   */
  public ReceiptRuleSet ruleSetName(String value) {
    return set("RuleSetName", Value.of(value));
  }

  /** Sets {@code RuleSetName} to this value; see {@link #ruleSetName(String)}. */
  public ReceiptRuleSet ruleSetName(Value<String> value) {
    return set("RuleSetName", value);
  }
}
