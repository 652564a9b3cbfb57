// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.iam;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.fn.Json;
import io.tropo4j.fn.Value;

/**
 * Adds or updates an inline policy document that is embedded in the specified IAM user.
 *
 * <p>An IAM user can also have a managed policy attached to it. To attach a managed policy to a
 * user, use <a
 * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-iam-user.html"><code>AWS::IAM::User</code></a>
 * . To create a new managed policy, use <a
 * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-iam-managedpolicy.html"><code>AWS::IAM::ManagedPolicy</code></a>
 * . For information about policies, see <a
 * href="https://docs.aws.amazon.com/IAM/latest/UserGuide/policies-managed-vs-inline.html">Managed
 * policies and inline policies</a> in the <em>IAM User Guide</em> .
 *
 * <p>For information about the maximum number of inline policies that you can embed in a user, see
 * <a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_iam-quotas.html">IAM and AWS
 * STS quotas</a> in the <em>IAM User Guide</em> .
 *
 * <p>CloudFormation type {@code AWS::IAM::UserPolicy}.
 */
public final class UserPolicy extends Resource<UserPolicy> {
  private static final Schema SCHEMA = Schema.builder("AWS::IAM::UserPolicy")
      .required("PolicyName", "UserName")
      .constrain("PolicyDocument", Constraint.of().pattern("^[\\u0009\\u000A\\u000D\\u0020-\\u00FF]+$").minLength(1).maxLength(131072).format("json"))
      .constrain("PolicyName", Constraint.of().pattern("^[\\w+=,.@-]+$").minLength(1).maxLength(128))
      .constrain("UserName", Constraint.of().pattern("^[\\w+=,.@-]+$").minLength(1).maxLength(128))
      .build();

  public UserPolicy(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The policy document.
   *
   * <p>You must provide policies in JSON format in IAM. However, for CloudFormation templates
   * formatted in YAML, you can provide the policy in JSON or YAML format. CloudFormation always
   * converts a YAML policy to JSON format before submitting it to IAM.
   *
   * <p>The <a href="https://docs.aws.amazon.com/http://wikipedia.org/wiki/regex">regex pattern</a>
   * used to validate this parameter is a string of characters consisting of the following:
   *
   * <ul> <li>Any printable ASCII character ranging from the space character (
   * <code>&#92;u0020</code> ) through the end of the ASCII character range <li>The printable
   * characters in the Basic Latin and Latin-1 Supplement character set (through
   * <code>&#92;u00FF</code> ) <li>The special characters tab ( <code>&#92;u0009</code> ), line feed
   * ( <code>&#92;u000A</code> ), and carriage return ( <code>&#92;u000D</code> ) </ul>
   *
   * <p>Length: 1 to 131072 characters. Pattern: {@code
   * ^[&#92;u0009&#92;u000A&#92;u000D&#92;u0020-&#92;u00FF]+$}. Format: {@code json}. CloudFormation
   * property {@code PolicyDocument}.
   */
  public UserPolicy policyDocument(Value<Json> value) {
    return set("PolicyDocument", value);
  }

  /**
   * The name of the policy document.
   *
   * <p>This parameter allows (through its <a
   * href="https://docs.aws.amazon.com/http://wikipedia.org/wiki/regex">regex pattern</a> ) a string
   * of characters consisting of upper and lowercase alphanumeric characters with no spaces. You can
   * also include any of the following characters: _+=,.&#64;-
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 128 characters. Pattern: {@code
   * ^[&#92;w+=,.&#64;-]+$}. CloudFormation property {@code PolicyName}.
   */
  public UserPolicy policyName(String value) {
    return set("PolicyName", Value.of(value));
  }

  /** Sets {@code PolicyName} to this value; see {@link #policyName(String)}. */
  public UserPolicy policyName(Value<String> value) {
    return set("PolicyName", value);
  }

  /**
   * The name of the user to associate the policy with.
   *
   * <p>This parameter allows (through its <a
   * href="https://docs.aws.amazon.com/http://wikipedia.org/wiki/regex">regex pattern</a> ) a string
   * of characters consisting of upper and lowercase alphanumeric characters with no spaces. You can
   * also include any of the following characters: _+=,.&#64;-
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 128 characters. Pattern: {@code
   * ^[&#92;w+=,.&#64;-]+$}. CloudFormation property {@code UserName}.
   */
  public UserPolicy userName(String value) {
    return set("UserName", Value.of(value));
  }

  /** Sets {@code UserName} to this value; see {@link #userName(String)}. */
  public UserPolicy userName(Value<String> value) {
    return set("UserName", value);
  }
}
