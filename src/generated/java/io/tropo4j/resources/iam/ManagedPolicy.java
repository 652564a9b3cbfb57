// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.iam;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.fn.Json;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Creates a new managed policy for your AWS account .
 *
 * <p>This operation creates a policy version with a version identifier of <code>v1</code> and sets
 * v1 as the policy's default version. For more information about policy versions, see <a
 * href="https://docs.aws.amazon.com/IAM/latest/UserGuide/policies-managed-versions.html">Versioning
 * for managed policies</a> in the <em>IAM User Guide</em> .
 *
 * <p>As a best practice, you can validate your IAM policies. To learn more, see <a
 * href="https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_policy-validator.html">Validating
 * IAM policies</a> in the <em>IAM User Guide</em> .
 *
 * <p>For more information about managed policies in general, see <a
 * href="https://docs.aws.amazon.com/IAM/latest/UserGuide/policies-managed-vs-inline.html">Managed
 * policies and inline policies</a> in the <em>IAM User Guide</em> .
 *
 * <p>CloudFormation type {@code AWS::IAM::ManagedPolicy}.
 */
public final class ManagedPolicy extends Resource<ManagedPolicy> {
  private static final Schema SCHEMA = Schema.builder("AWS::IAM::ManagedPolicy")
      .required("PolicyDocument")
      .constrain("Description", Constraint.of().minLength(0).maxLength(1000))
      .references("Groups", "AWS::IAM::Group.Ref")
      .constrain("Path", Constraint.of().pattern("^((/[A-Za-z0-9\\.,\\+@=_-]+)*)/$").minLength(1).maxLength(512))
      .constrain("PolicyDocument", Constraint.of().pattern("^[\\u0009\\u000A\\u000D\\u0020-\\u00FF]+$").minLength(1).maxLength(131072).format("json"))
      .references("Roles", "AWS::IAM::Role.Ref")
      .references("Users", "AWS::IAM::User.Ref")
      .refYields("PolicyArn")
      .attributes("AttachmentCount", "CreateDate", "DefaultVersionId", "IsAttachable",
          "PermissionsBoundaryUsageCount", "PolicyArn", "PolicyId", "UpdateDate")
      .build();

  public ManagedPolicy(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * A friendly description of the policy.
   *
   * <p>Typically used to store information about the permissions defined in the policy. For
   * example, "Grants access to production DynamoDB tables."
   *
   * <p>The policy description is immutable. After a value is assigned, it cannot be changed.
   *
   * <p>Changing it replaces the resource. Length: 0 to 1000 characters. CloudFormation property
   * {@code Description}.
   */
  public ManagedPolicy description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public ManagedPolicy description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * The name (friendly name, not ARN) of the group to attach the policy to.
   *
   * <p>This parameter allows (through its <a
   * href="https://docs.aws.amazon.com/http://wikipedia.org/wiki/regex">regex pattern</a> ) a string
   * of characters consisting of upper and lowercase alphanumeric characters with no spaces. You can
   * also include any of the following characters: _+=,.&#64;-
   *
   * <p>CloudFormation property {@code Groups}.
   */
  public ManagedPolicy groups(List<String> value) {
    return set("Groups", Value.listOf(value));
  }

  /** Sets {@code Groups} to this value; see {@link #groups(List)}. */
  public ManagedPolicy groups(Value<List<String>> value) {
    return set("Groups", value);
  }

  /** Sets {@code Groups} to the Ref of each {@code AWS::IAM::Group}; see {@link #groups(List)}. */
  public ManagedPolicy groups(Group... resources) {
    return set("Groups", Value.refs(resources));
  }

  /**
   * The friendly name of the policy.
   *
   * <p>If you specify a name, you cannot perform updates that require replacement of this resource.
   * You can perform updates that require no or some interruption. If you must replace the resource,
   * specify a new name.
   *
   * <p>If you specify a name, you must specify the <code>CAPABILITY_NAMED_IAM</code> value to
   * acknowledge your template's capabilities. For more information, see <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/using-iam-template.html#using-iam-capabilities">Acknowledging
   * IAM Resources in CloudFormation Templates</a> .
   *
   * <p>Naming an IAM resource can cause an unrecoverable error if you reuse the same template in
   * multiple Regions. To prevent this, we recommend using <code>Fn::Join</code> and
   * <code>AWS::Region</code> to create a Region-specific name, as in the following example:
   * <code>{"Fn::Join": ["", [{"Ref": "AWS::Region"}, {"Ref": "MyResourceName"}]]}</code> .
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code ManagedPolicyName}.
   */
  public ManagedPolicy managedPolicyName(String value) {
    return set("ManagedPolicyName", Value.of(value));
  }

  /** Sets {@code ManagedPolicyName} to this value; see {@link #managedPolicyName(String)}. */
  public ManagedPolicy managedPolicyName(Value<String> value) {
    return set("ManagedPolicyName", value);
  }

  /**
   * The path for the policy.
   *
   * <p>For more information about paths, see <a
   * href="https://docs.aws.amazon.com/IAM/latest/UserGuide/Using_Identifiers.html">IAM
   * identifiers</a> in the <em>IAM User Guide</em> .
   *
   * <p>This parameter is optional. If it is not included, it defaults to a slash (/).
   *
   * <p>This parameter allows (through its <a
   * href="https://docs.aws.amazon.com/http://wikipedia.org/wiki/regex">regex pattern</a> ) a string
   * of characters consisting of either a forward slash (/) by itself or a string that must begin
   * and end with forward slashes. In addition, it can contain any ASCII character from the ! (
   * <code>&#92;u0021</code> ) through the DEL character ( <code>&#92;u007F</code> ), including most
   * punctuation characters, digits, and upper and lowercased letters.
   *
   * <p>You cannot use an asterisk (*) in the path name.
   *
   * <p>Changing it replaces the resource. Length: 1 to 512 characters. Pattern: {@code
   * ^((/[A-Za-z0-9&#92;.,&#92;+&#64;=_-]+)*)/$}. Default: {@code "/"}. CloudFormation property
   * {@code Path}.
   */
  public ManagedPolicy path(String value) {
    return set("Path", Value.of(value));
  }

  /** Sets {@code Path} to this value; see {@link #path(String)}. */
  public ManagedPolicy path(Value<String> value) {
    return set("Path", value);
  }

  /**
   * The JSON policy document that you want to use as the content for the new policy.
   *
   * <p>You must provide policies in JSON format in IAM. However, for CloudFormation templates
   * formatted in YAML, you can provide the policy in JSON or YAML format. CloudFormation always
   * converts a YAML policy to JSON format before submitting it to IAM.
   *
   * <p>The maximum length of the policy document that you can pass in this operation, including
   * whitespace, is listed below. To view the maximum character counts of a managed policy with no
   * whitespaces, see <a
   * href="https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_iam-quotas.html#reference_iam-quotas-entity-length">IAM
   * and AWS STS character quotas</a> .
   *
   * <p>To learn more about JSON policy grammar, see <a
   * href="https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_grammar.html">Grammar
   * of the IAM JSON policy language</a> in the <em>IAM User Guide</em> .
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
   * ^[&#92;u0009&#92;u000A&#92;u000D&#92;u0020-&#92;u00FF]+$}. Format: {@code json}. CloudFormation
   * property {@code PolicyDocument}.
   */
  public ManagedPolicy policyDocument(String value) {
    return set("PolicyDocument", Value.of(value));
  }

  /** Sets {@code PolicyDocument} to this value; see {@link #policyDocument(String)}. */
  public ManagedPolicy policyDocument(Value<String> value) {
    return set("PolicyDocument", value);
  }

  /** Sets {@code PolicyDocument} to this value; see {@link #policyDocument(String)}. */
  public ManagedPolicy policyDocument(Json value) {
    return set("PolicyDocument", value);
  }

  /**
   * The name (friendly name, not ARN) of the role to attach the policy to.
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
  public ManagedPolicy roles(List<String> value) {
    return set("Roles", Value.listOf(value));
  }

  /** Sets {@code Roles} to this value; see {@link #roles(List)}. */
  public ManagedPolicy roles(Value<List<String>> value) {
    return set("Roles", value);
  }

  /** Sets {@code Roles} to the Ref of each {@code AWS::IAM::Role}; see {@link #roles(List)}. */
  public ManagedPolicy roles(Role... resources) {
    return set("Roles", Value.refs(resources));
  }

  /**
   * The name (friendly name, not ARN) of the IAM user to attach the policy to.
   *
   * <p>This parameter allows (through its <a
   * href="https://docs.aws.amazon.com/http://wikipedia.org/wiki/regex">regex pattern</a> ) a string
   * of characters consisting of upper and lowercase alphanumeric characters with no spaces. You can
   * also include any of the following characters: _+=,.&#64;-
   *
   * <p>CloudFormation property {@code Users}.
   */
  public ManagedPolicy users(List<String> value) {
    return set("Users", Value.listOf(value));
  }

  /** Sets {@code Users} to this value; see {@link #users(List)}. */
  public ManagedPolicy users(Value<List<String>> value) {
    return set("Users", value);
  }

  /** Sets {@code Users} to the Ref of each {@code AWS::IAM::User}; see {@link #users(List)}. */
  public ManagedPolicy users(User... resources) {
    return set("Users", Value.refs(resources));
  }

  /**
   * The number of principal entities (users, groups, and roles) that the policy is attached to.
   *
   * <p>{@code Fn::GetAtt} attribute {@code AttachmentCount}.
   */
  public Value<Integer> attachmentCount() {
    return getAtt("AttachmentCount");
  }

  /**
   * The date and time, in <a href="https://docs.aws.amazon.com/http://www.iso.org/iso/iso8601">ISO
   * 8601 date-time format</a> , when the policy was created.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CreateDate}.
   */
  public Value<String> createDate() {
    return getAtt("CreateDate");
  }

  /**
   * The identifier for the version of the policy that is set as the default (operative) version.
   *
   * <p>For more information about policy versions, see <a
   * href="https://docs.aws.amazon.com/IAM/latest/UserGuide/policies-managed-versions.html">Versioning
   * for managed policies</a> in the <em>IAM User Guide</em> .
   *
   * <p>{@code Fn::GetAtt} attribute {@code DefaultVersionId}.
   */
  public Value<String> defaultVersionId() {
    return getAtt("DefaultVersionId");
  }

  /**
   * Specifies whether the policy can be attached to an IAM user, group, or role.
   *
   * <p>{@code Fn::GetAtt} attribute {@code IsAttachable}.
   */
  public Value<Boolean> isAttachable() {
    return getAtt("IsAttachable");
  }

  /**
   * The number of entities (users and roles) for which the policy is used as the permissions
   * boundary.
   *
   * <p>For more information about permissions boundaries, see <a
   * href="https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_boundaries.html">Permissions
   * boundaries for IAM identities</a> in the <em>IAM User Guide</em> .
   *
   * <p>{@code Fn::GetAtt} attribute {@code PermissionsBoundaryUsageCount}.
   */
  public Value<Integer> permissionsBoundaryUsageCount() {
    return getAtt("PermissionsBoundaryUsageCount");
  }

  /**
   * The Amazon Resource Name (ARN) of the managed policy that you want information about.
   *
   * <p>For more information about ARNs, see <a
   * href="https://docs.aws.amazon.com/general/latest/gr/aws-arns-and-namespaces.html">Amazon
   * Resource Names (ARNs)</a> in the <em>AWS General Reference</em> .
   *
   * <p>{@code Fn::GetAtt} attribute {@code PolicyArn}.
   */
  public Value<String> policyArn() {
    return getAtt("PolicyArn");
  }

  /**
   * The stable and unique string identifying the policy.
   *
   * <p>For more information about IDs, see <a
   * href="https://docs.aws.amazon.com/IAM/latest/UserGuide/Using_Identifiers.html">IAM
   * identifiers</a> in the <em>IAM User Guide</em> .
   *
   * <p>{@code Fn::GetAtt} attribute {@code PolicyId}.
   */
  public Value<String> policyId() {
    return getAtt("PolicyId");
  }

  /**
   * The date and time, in <a href="https://docs.aws.amazon.com/http://www.iso.org/iso/iso8601">ISO
   * 8601 date-time format</a> , when the policy was last updated.
   *
   * <p>When a policy has only one version, this field contains the date and time when the policy
   * was created. When a policy has more than one version, this field contains the date and time
   * when the most recent policy version was created.
   *
   * <p>{@code Fn::GetAtt} attribute {@code UpdateDate}.
   */
  public Value<String> updateDate() {
    return getAtt("UpdateDate");
  }
}
