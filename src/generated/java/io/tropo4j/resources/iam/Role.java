// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.iam;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Json;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Creates a new role for your AWS account .
 *
 * <p>For more information about roles, see <a
 * href="https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles.html">IAM roles</a> in the
 * <em>IAM User Guide</em> . For information about quotas for role names and the number of roles you
 * can create, see <a
 * href="https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_iam-quotas.html">IAM and AWS STS
 * quotas</a> in the <em>IAM User Guide</em> .
 *
 * <p>CloudFormation type {@code AWS::IAM::Role}.
 */
public final class Role extends Resource<Role> {
  private static final Schema SCHEMA = Schema.builder("AWS::IAM::Role")
      .required("AssumeRolePolicyDocument")
      .constrain("AssumeRolePolicyDocument", Constraint.of().pattern("^[\\u0009\\u000A\\u000D\\u0020-\\u00FF]+$").minLength(1).maxLength(131072))
      .constrain("Description", Constraint.of().pattern("^[\\u0009\\u000A\\u000D\\u0020-\\u007E\\u00A1-\\u00FF]*$").minLength(0).maxLength(1000))
      .constrain("ManagedPolicyArns", Constraint.of().pattern("arn:(aws[a-zA-Z-]*)?:iam::(\\d{12}|aws):policy/[a-zA-Z_0-9+=,.@\\-_/]+"))
      .references("ManagedPolicyArns", "AWS::IAM::ManagedPolicy.Ref")
      .constrain("MaxSessionDuration", Constraint.of().minimum(3600).maximum(43200))
      .constrain("Path", Constraint.of().pattern("^(\\u002F)|(\\u002F[\\u0021-\\u007E]+\\u002F)$").minLength(1).maxLength(512))
      .constrain("PermissionsBoundary", Constraint.of().minLength(20).maxLength(2048))
      .references("PermissionsBoundary", "AWS::IAM::ManagedPolicy.Ref")
      .constrain("RoleName", Constraint.of().pattern("^[\\w+=,.@-]+$").minLength(1).maxLength(64))
      .refYields("RoleName")
      .attributes("Arn", "RoleId")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public Role(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The trust policy that is associated with this role. Trust policies define which entities can
   * assume the role. You can associate only one trust policy with a role. For an example of a
   * policy that can be used to assume a role, see <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-iam-role.html#aws-resource-iam-role--examples">Template
   * Examples</a> . For more information about the elements that you can use in an IAM policy, see
   * <a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements.html">IAM
   * Policy Elements Reference</a> in the <em>IAM User Guide</em> .
   *
   * <p>Required. Length: 1 to 131072 characters. Pattern: {@code
   * ^[&#92;u0009&#92;u000A&#92;u000D&#92;u0020-&#92;u00FF]+$}. CloudFormation property {@code
   * AssumeRolePolicyDocument}.
   */
  public Role assumeRolePolicyDocument(String value) {
    return set("AssumeRolePolicyDocument", Value.of(value));
  }

  /**
   * Sets {@code AssumeRolePolicyDocument} to this value; see {@link
   * #assumeRolePolicyDocument(String)}.
   */
  public Role assumeRolePolicyDocument(Value<String> value) {
    return set("AssumeRolePolicyDocument", value);
  }

  /**
   * Sets {@code AssumeRolePolicyDocument} to this value; see {@link
   * #assumeRolePolicyDocument(String)}.
   */
  public Role assumeRolePolicyDocument(Json value) {
    return set("AssumeRolePolicyDocument", value);
  }

  /**
   * A description of the role that you provide.
   *
   * <p>Length: 0 to 1000 characters. Pattern: {@code
   * ^[&#92;u0009&#92;u000A&#92;u000D&#92;u0020-&#92;u007E&#92;u00A1-&#92;u00FF]*$}. CloudFormation
   * property {@code Description}.
   */
  public Role description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public Role description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * A list of Amazon Resource Names (ARNs) of the IAM managed policies that you want to attach to
   * the role.
   *
   * <p>For more information about ARNs, see <a
   * href="https://docs.aws.amazon.com/general/latest/gr/aws-arns-and-namespaces.html">Amazon
   * Resource Names (ARNs) and AWS Service Namespaces</a> in the <em>AWS General Reference</em> .
   *
   * <p>Pattern: {@code
   * arn:(aws[a-zA-Z-]*)?:iam::(&#92;d{12}|aws):policy/[a-zA-Z_0-9+=,.&#64;&#92;-_/]+}.
   * CloudFormation property {@code ManagedPolicyArns}.
   */
  public Role managedPolicyArns(List<String> value) {
    return set("ManagedPolicyArns", Value.listOf(value));
  }

  /** Sets {@code ManagedPolicyArns} to this value; see {@link #managedPolicyArns(List)}. */
  public Role managedPolicyArns(Value<List<String>> value) {
    return set("ManagedPolicyArns", value);
  }

  /**
   * Sets {@code ManagedPolicyArns} to the Ref of each {@code AWS::IAM::ManagedPolicy}; see {@link
   * #managedPolicyArns(List)}.
   */
  public Role managedPolicyArns(ManagedPolicy... resources) {
    return set("ManagedPolicyArns", Value.refs(resources));
  }

  /**
   * The maximum session duration (in seconds) that you want to set for the specified role. If you
   * do not specify a value for this setting, the default value of one hour is applied. This setting
   * can have a value from 1 hour to 12 hours.
   *
   * <p>Anyone who assumes the role from the AWS CLI or API can use the <code>DurationSeconds</code>
   * API parameter or the <code>duration-seconds</code> AWS CLI parameter to request a longer
   * session. The <code>MaxSessionDuration</code> setting determines the maximum duration that can
   * be requested using the <code>DurationSeconds</code> parameter. If users don't specify a value
   * for the <code>DurationSeconds</code> parameter, their security credentials are valid for one
   * hour by default. This applies when you use the <code>AssumeRole*</code> API operations or the
   * <code>assume-role*</code> AWS CLI operations but does not apply when you use those operations
   * to create a console URL. For more information, see <a
   * href="https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_use.html">Using IAM roles</a>
   * in the <em>IAM User Guide</em> .
   *
   * <p>Range: 3600 to 43200. CloudFormation property {@code MaxSessionDuration}.
   */
  public Role maxSessionDuration(int value) {
    return set("MaxSessionDuration", Value.of(value));
  }

  /** Sets {@code MaxSessionDuration} to this value; see {@link #maxSessionDuration(int)}. */
  public Role maxSessionDuration(Value<Integer> value) {
    return set("MaxSessionDuration", value);
  }

  /**
   * The path to the role. For more information about paths, see <a
   * href="https://docs.aws.amazon.com/IAM/latest/UserGuide/Using_Identifiers.html">IAM
   * Identifiers</a> in the <em>IAM User Guide</em> .
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
   * <p>Changing it replaces the resource. Length: 1 to 512 characters. Pattern: {@code
   * ^(&#92;u002F)|(&#92;u002F[&#92;u0021-&#92;u007E]+&#92;u002F)$}. Default: {@code "/"}.
   * CloudFormation property {@code Path}.
   */
  public Role path(String value) {
    return set("Path", Value.of(value));
  }

  /** Sets {@code Path} to this value; see {@link #path(String)}. */
  public Role path(Value<String> value) {
    return set("Path", value);
  }

  /**
   * The ARN of the policy used to set the permissions boundary for the role.
   *
   * <p>For more information about permissions boundaries, see <a
   * href="https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_boundaries.html">Permissions
   * boundaries for IAM identities</a> in the <em>IAM User Guide</em> .
   *
   * <p>Length: 20 to 2048 characters. CloudFormation property {@code PermissionsBoundary}.
   */
  public Role permissionsBoundary(String value) {
    return set("PermissionsBoundary", Value.of(value));
  }

  /** Sets {@code PermissionsBoundary} to this value; see {@link #permissionsBoundary(String)}. */
  public Role permissionsBoundary(Value<String> value) {
    return set("PermissionsBoundary", value);
  }

  /**
   * Sets {@code PermissionsBoundary} to the Ref of {@code AWS::IAM::ManagedPolicy}; see {@link
   * #permissionsBoundary(String)}.
   */
  public Role permissionsBoundary(ManagedPolicy resource) {
    return set("PermissionsBoundary", resource.ref());
  }

  /**
   * Adds or updates an inline policy document that is embedded in the specified IAM role.
   *
   * <p>When you embed an inline policy in a role, the inline policy is used as part of the role's
   * access (permissions) policy. The role's trust policy is created at the same time as the role.
   * You can update a role's trust policy later. For more information about IAM roles, go to <a
   * href="https://docs.aws.amazon.com/IAM/latest/UserGuide/roles-toplevel.html">Using Roles to
   * Delegate Permissions and Federate Identities</a> .
   *
   * <p>A role can also have an attached managed policy. For information about policies, see <a
   * href="https://docs.aws.amazon.com/IAM/latest/UserGuide/policies-managed-vs-inline.html">Managed
   * Policies and Inline Policies</a> in the <em>IAM User Guide</em> .
   *
   * <p>For information about limits on the number of inline policies that you can embed with a
   * role, see <a
   * href="https://docs.aws.amazon.com/IAM/latest/UserGuide/LimitationsOnEntities.html">Limitations
   * on IAM Entities</a> in the <em>IAM User Guide</em> .
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
   * <p>CloudFormation property {@code Policies}.
   */
  public Role policies(List<Policy> value) {
    return set("Policies", Value.listOf(value));
  }

  /** Sets {@code Policies} to this value; see {@link #policies(List)}. */
  public Role policies(Value<List<Policy>> value) {
    return set("Policies", value);
  }

  /** Sets {@code Policies} to a list of these; see {@link #policies(List)}. */
  public Role policies(Policy... values) {
    return set("Policies", Value.list(values));
  }

  /**
   * A name for the IAM role, up to 64 characters in length. For valid values, see the
   * <code>RoleName</code> parameter for the <a
   * href="https://docs.aws.amazon.com/IAM/latest/APIReference/API_CreateRole.html"><code>CreateRole</code></a>
   * action in the <em>IAM User Guide</em> .
   *
   * <p>This parameter allows (per its <a
   * href="https://docs.aws.amazon.com/http://wikipedia.org/wiki/regex">regex pattern</a> ) a string
   * of characters consisting of upper and lowercase alphanumeric characters with no spaces. You can
   * also include any of the following characters: _+=,.&#64;-. The role name must be unique within
   * the account. Role names are not distinguished by case. For example, you cannot create roles
   * named both "Role1" and "role1".
   *
   * <p>If you don't specify a name, CloudFormation generates a unique physical ID and uses that ID
   * for the role name.
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
   * <p>Changing it replaces the resource. Length: 1 to 64 characters. Pattern: {@code
   * ^[&#92;w+=,.&#64;-]+$}. CloudFormation property {@code RoleName}.
   */
  public Role roleName(String value) {
    return set("RoleName", Value.of(value));
  }

  /** Sets {@code RoleName} to this value; see {@link #roleName(String)}. */
  public Role roleName(Value<String> value) {
    return set("RoleName", value);
  }

  /**
   * A list of tags that are attached to the role. For more information about tagging, see <a
   * href="https://docs.aws.amazon.com/IAM/latest/UserGuide/id_tags.html">Tagging IAM resources</a>
   * in the <em>IAM User Guide</em> .
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public Role tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public Role tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public Role tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * Returns the Amazon Resource Name (ARN) for the role. For example:
   *
   * <p><code>{"Fn::GetAtt" : ["MyRole", "Arn"] }</code>
   *
   * <p>This will return a value such as <code>arn:aws:iam::1234567890:role/MyRole-AJJHDSKSDF</code>
   * .
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * Returns the stable and unique string identifying the role. For example,
   * <code>AIDAJQABLZS4A3QDU576Q</code> .
   *
   * <p>For more information about IDs, see <a
   * href="https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_identifiers.html">IAM
   * Identifiers</a> in the <em>IAM User Guide</em> .
   *
   * <p>{@code Fn::GetAtt} attribute {@code RoleId}.
   */
  public Value<String> roleId() {
    return getAtt("RoleId");
  }

  /**
   * Contains information about an attached policy.
   *
   * <p>An attached policy is a managed policy that has been attached to a user, group, or role.
   *
   * <p>For more information about managed policies, refer to <a
   * href="https://docs.aws.amazon.com/IAM/latest/UserGuide/policies-managed-vs-inline.html">Managed
   * Policies and Inline Policies</a> in the <em>IAM User Guide</em> .
   *
   * <p>Property type {@code AWS::IAM::Role.Policy}.
   */
  public static final class Policy extends Struct<Policy> {
    private static final Schema SCHEMA = Schema.builder("AWS::IAM::Role.Policy")
        .required("PolicyDocument", "PolicyName")
        .build();

    public Policy() {
      super(SCHEMA);
    }

    /**
     * The entire contents of the policy that defines permissions. For more information, see <a
     * href="https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies.html#access_policies-json">Overview
     * of JSON policies</a> .
     *
     * <p>Required. CloudFormation property {@code PolicyDocument}.
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
     * The friendly name (not ARN) identifying the policy.
     *
     * <p>Required. CloudFormation property {@code PolicyName}.
     */
    public Policy policyName(String value) {
      return set("PolicyName", Value.of(value));
    }

    /** Sets {@code PolicyName} to this value; see {@link #policyName(String)}. */
    public Policy policyName(Value<String> value) {
      return set("PolicyName", value);
    }
  }
}
