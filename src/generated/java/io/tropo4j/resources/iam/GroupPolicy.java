// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.iam;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.fn.Json;
import io.tropo4j.fn.Value;

/**
 * Adds or updates an inline policy document that is embedded in the specified IAM group.
 *
 * <p>A group can also have managed policies attached to it. To attach a managed policy to a group,
 * use <a
 * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-iam-group.html"><code>AWS::IAM::Group</code></a>
 * . To create a new managed policy, use <a
 * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-iam-managedpolicy.html"><code>AWS::IAM::ManagedPolicy</code></a>
 * . For information about policies, see <a
 * href="https://docs.aws.amazon.com/IAM/latest/UserGuide/policies-managed-vs-inline.html">Managed
 * policies and inline policies</a> in the <em>IAM User Guide</em> .
 *
 * <p>For information about the maximum number of inline policies that you can embed in a group, see
 * <a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_iam-quotas.html">IAM and AWS
 * STS quotas</a> in the <em>IAM User Guide</em> .
 *
 * <p>CloudFormation type {@code AWS::IAM::GroupPolicy}.
 */
public final class GroupPolicy extends Resource<GroupPolicy> {
  private static final Schema SCHEMA = Schema.builder("AWS::IAM::GroupPolicy")
      .required("GroupName", "PolicyName")
      .constrain("GroupName", Constraint.of().pattern("^[\\w+=,.@-]+$").minLength(1).maxLength(128))
      .constrain("PolicyDocument", Constraint.of().pattern("^[\\u0009\\u000A\\u000D\\u0020-\\u00FF]+$").minLength(1).maxLength(131072).format("json"))
      .constrain("PolicyName", Constraint.of().pattern("^[\\w+=,.@-]+$").minLength(1).maxLength(128))
      .build();

  public GroupPolicy(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The name of the group to associate the policy with.
   *
   * <p>This parameter allows (through its <a
   * href="https://docs.aws.amazon.com/http://wikipedia.org/wiki/regex">regex pattern</a> ) a string
   * of characters consisting of upper and lowercase alphanumeric characters with no spaces. You can
   * also include any of the following characters: _+=,.&#64;-.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 128 characters. Pattern: {@code
   * ^[&#92;w+=,.&#64;-]+$}. CloudFormation property {@code GroupName}.
   */
  public GroupPolicy groupName(String value) {
    return set("GroupName", Value.of(value));
  }

  /** Sets {@code GroupName} to this value; see {@link #groupName(String)}. */
  public GroupPolicy groupName(Value<String> value) {
    return set("GroupName", value);
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
  public GroupPolicy policyDocument(Value<Json> value) {
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
  public GroupPolicy policyName(String value) {
    return set("PolicyName", Value.of(value));
  }

  /** Sets {@code PolicyName} to this value; see {@link #policyName(String)}. */
  public GroupPolicy policyName(Value<String> value) {
    return set("PolicyName", value);
  }
}
