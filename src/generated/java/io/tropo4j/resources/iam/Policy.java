// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.iam;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.fn.Json;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Adds or updates an inline policy document that is embedded in the specified IAM group, user or
 * role.
 *
 * <p>An IAM user can also have a managed policy attached to it. For information about policies, see
 * <a
 * href="https://docs.aws.amazon.com/IAM/latest/UserGuide/policies-managed-vs-inline.html">Managed
 * Policies and Inline Policies</a> in the <em>IAM User Guide</em> .
 *
 * <p>The Groups, Roles, and Users properties are optional. However, you must specify at least one
 * of these properties.
 *
 * <p>For information about policy documents, see <a
 * href="https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_create.html">Creating IAM
 * policies</a> in the <em>IAM User Guide</em> .
 *
 * <p>For information about limits on the number of inline policies that you can embed in an
 * identity, see <a
 * href="https://docs.aws.amazon.com/IAM/latest/UserGuide/LimitationsOnEntities.html">Limitations on
 * IAM Entities</a> in the <em>IAM User Guide</em> .
 *
 * <p>This resource does not support <a
 * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/using-cfn-stack-drift.html">drift
 * detection</a> . The following inline policy resource types support drift detection: - <a
 * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-iam-grouppolicy.html"><code>AWS::IAM::GroupPolicy</code></a>
 * - <a
 * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-iam-rolepolicy.html"><code>AWS::IAM::RolePolicy</code></a>
 * - <a
 * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-iam-userpolicy.html"><code>AWS::IAM::UserPolicy</code></a>
 *
 * <p>CloudFormation type {@code AWS::IAM::Policy}.
 */
public final class Policy extends Resource<Policy> {
  private static final Schema SCHEMA = Schema.builder("AWS::IAM::Policy")
      .required("PolicyDocument", "PolicyName")
      .constrain("PolicyDocument", Constraint.of().pattern("^[\\u0009\\u000A\\u000D\\u0020-\\u00FF]+$").minLength(1).maxLength(131072))
      .constrain("PolicyName", Constraint.of().pattern("^[\\w+=,.@-]+$").minLength(1).maxLength(128))
      .refYields("Id")
      .attributes("Id")
      .build();

  public Policy(String logicalId) {
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
   * <p>CloudFormation property {@code Groups}.
   */
  public Policy groups(List<String> value) {
    return set("Groups", Value.listOf(value));
  }

  /** Sets {@code Groups} to this value; see {@link #groups(List)}. */
  public Policy groups(Value<List<String>> value) {
    return set("Groups", value);
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
   * <p>Required. Length: 1 to 131072 characters. Pattern: {@code
   * ^[&#92;u0009&#92;u000A&#92;u000D&#92;u0020-&#92;u00FF]+$}. CloudFormation property {@code
   * PolicyDocument}.
   */
  public Policy policyDocument(String value) {
    return set("PolicyDocument", Value.of(value));
  }

  /** Sets {@code PolicyDocument} to this value; see {@link #policyDocument(String)}. */
  public Policy policyDocument(Value<String> value) {
    return set("PolicyDocument", value);
  }

  /** Sets {@code PolicyDocument} to this value; see {@link #policyDocument(String)}. */
  public Policy policyDocument(Json value) {
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
   * <p>Required. Length: 1 to 128 characters. Pattern: {@code ^[&#92;w+=,.&#64;-]+$}.
   * CloudFormation property {@code PolicyName}.
   */
  public Policy policyName(String value) {
    return set("PolicyName", Value.of(value));
  }

  /** Sets {@code PolicyName} to this value; see {@link #policyName(String)}. */
  public Policy policyName(Value<String> value) {
    return set("PolicyName", value);
  }

  /**
   * The name of the role to associate the policy with.
   *
   * <p>This parameter allows (per its <a
   * href="https://docs.aws.amazon.com/http://wikipedia.org/wiki/regex">regex pattern</a> ) a string
   * of characters consisting of upper and lowercase alphanumeric characters with no spaces. You can
   * also include any of the following characters: _+=,.&#64;-
   *
   * <p>If an external policy (such as <code>AWS::IAM::Policy</code> or
   * <code>AWS::IAM::ManagedPolicy</code> ) has a <code>Ref</code> to a role and if a resource (such
   * as <code>AWS::ECS::Service</code> ) also has a <code>Ref</code> to the same role, add a
   * <code>DependsOn</code> attribute to the resource to make the resource depend on the external
   * policy. This dependency ensures that the role's policy is available throughout the resource's
   * lifecycle. For example, when you delete a stack with an <code>AWS::ECS::Service</code>
   * resource, the <code>DependsOn</code> attribute ensures that CloudFormation deletes the
   * <code>AWS::ECS::Service</code> resource before deleting its role's policy.
   *
   * <p>CloudFormation property {@code Roles}.
   */
  public Policy roles(List<String> value) {
    return set("Roles", Value.listOf(value));
  }

  /** Sets {@code Roles} to this value; see {@link #roles(List)}. */
  public Policy roles(Value<List<String>> value) {
    return set("Roles", value);
  }

  /**
   * The name of the user to associate the policy with.
   *
   * <p>This parameter allows (through its <a
   * href="https://docs.aws.amazon.com/http://wikipedia.org/wiki/regex">regex pattern</a> ) a string
   * of characters consisting of upper and lowercase alphanumeric characters with no spaces. You can
   * also include any of the following characters: _+=,.&#64;-
   *
   * <p>CloudFormation property {@code Users}.
   */
  public Policy users(List<String> value) {
    return set("Users", Value.listOf(value));
  }

  /** Sets {@code Users} to this value; see {@link #users(List)}. */
  public Policy users(Value<List<String>> value) {
    return set("Users", value);
  }

  /**
   * The stable and unique string identifying the policy.
   *
   * <p>For more information about IDs, see <a
   * href="https://docs.aws.amazon.com/IAM/latest/UserGuide/Using_Identifiers.html">IAM
   * identifiers</a> in the <em>IAM User Guide</em> .
   *
   * <p>{@code Fn::GetAtt} attribute {@code Id}.
   */
  public Value<String> id() {
    return getAtt("Id");
  }
}
