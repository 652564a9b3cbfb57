// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.supportapp;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.fn.Value;

/**
 * You can use the <code>AWS::SupportApp::AccountAlias</code> resource to specify your AWS account
 * when you configure the AWS Support App in Slack. Your alias name appears on the AWS Support App
 * page in the Support Center Console and in messages from the App. You can use this alias to
 * identify the account you've configured with the AWS Support App .
 *
 * <p>For more information, see <a
 * href="https://docs.aws.amazon.com/awssupport/latest/user/aws-support-app-for-slack.html">AWS
 * Support App in Slack</a> in the <em>User Guide</em> .
 *
 * <p>CloudFormation type {@code AWS::SupportApp::AccountAlias}.
 */
public final class AccountAlias extends Resource<AccountAlias> {
  private static final Schema SCHEMA = Schema.builder("AWS::SupportApp::AccountAlias")
      .required("AccountAlias")
      .constrain("AccountAlias", Constraint.of().pattern("^[\\w\\- ]+$").minLength(1).maxLength(30))
      .refYields("AccountAliasResourceId")
      .attributes("AccountAliasResourceId")
      .build();

  public AccountAlias(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * An alias or short name for an AWS account .
   *
   * <p>Required. Length: 1 to 30 characters. Pattern: {@code ^[&#92;w&#92;- ]+$}. CloudFormation
   * property {@code AccountAlias}.
   */
  public AccountAlias accountAlias(String value) {
    return set("AccountAlias", Value.of(value));
  }

  /** Sets {@code AccountAlias} to this value; see {@link #accountAlias(String)}. */
  public AccountAlias accountAlias(Value<String> value) {
    return set("AccountAlias", value);
  }

  /**
   * The <code>AccountAlias</code> resource type has an attribute
   * <code>AccountAliasResourceId</code> . You can use this attribute to identify the resource.
   *
   * <p>The <code>AccountAliasResourceId</code> will be <code>AccountAlias_for_accountId</code> . In
   * this example, <code>AccountAlias_for_</code> is the prefix and <code>accountId</code> is your
   * AWS account number, such as <code>AccountAlias_for_123456789012</code> .
   *
   * <p>{@code Fn::GetAtt} attribute {@code AccountAliasResourceId}.
   */
  public Value<String> accountAliasResourceId() {
    return getAtt("AccountAliasResourceId");
  }
}
