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
 * Creates a new IAM user for your AWS account .
 *
 * <p>For information about quotas for the number of IAM users you can create, see <a
 * href="https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_iam-quotas.html">IAM and AWS STS
 * quotas</a> in the <em>IAM User Guide</em> .
 *
 * <p>CloudFormation type {@code AWS::IAM::User}.
 */
public final class User extends Resource<User> {
  private static final Schema SCHEMA = Schema.builder("AWS::IAM::User")
      .references("Groups", "AWS::IAM::Group.Ref")
      .constrain("ManagedPolicyArns", Constraint.of().pattern("arn:(aws[a-zA-Z-]*)?:iam::(\\d{12}|aws):policy/[a-zA-Z_0-9+=,.@\\-_/]+"))
      .references("ManagedPolicyArns", "AWS::IAM::ManagedPolicy.Ref")
      .constrain("Path", Constraint.of().pattern("^(\\u002F)|(\\u002F[\\u0021-\\u007E]+\\u002F)$").minLength(1).maxLength(512))
      .constrain("PermissionsBoundary", Constraint.of().minLength(20).maxLength(2048))
      .references("PermissionsBoundary", "AWS::IAM::ManagedPolicy.Ref")
      .constrain("UserName", Constraint.of().pattern("^[\\w+=,.@-]+$").minLength(1).maxLength(64))
      .refYields("UserName")
      .attributes("Arn")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public User(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * A list of group names to which you want to add the user.
   *
   * <p>CloudFormation property {@code Groups}.
   */
  public User groups(List<String> value) {
    return set("Groups", Value.listOf(value));
  }

  /** Sets {@code Groups} to this value; see {@link #groups(List)}. */
  public User groups(Value<List<String>> value) {
    return set("Groups", value);
  }

  /** Sets {@code Groups} to the Ref of each {@code AWS::IAM::Group}; see {@link #groups(List)}. */
  public User groups(Group... resources) {
    return set("Groups", Value.refs(resources));
  }

  /**
   * Creates a password for the specified IAM user. A password allows an IAM user to access AWS
   * services through the AWS Management Console .
   *
   * <p>You can use the AWS CLI , the AWS API, or the <em>Users</em> page in the IAM console to
   * create a password for any IAM user. Use <a
   * href="https://docs.aws.amazon.com/IAM/latest/APIReference/API_ChangePassword.html">ChangePassword</a>
   * to update your own existing password in the <em>My Security Credentials</em> page in the AWS
   * Management Console .
   *
   * <p>For more information about managing passwords, see <a
   * href="https://docs.aws.amazon.com/IAM/latest/UserGuide/Using_ManagingLogins.html">Managing
   * passwords</a> in the <em>IAM User Guide</em> .
   *
   * <p>CloudFormation property {@code LoginProfile}.
   */
  public User loginProfile(Value<LoginProfile> value) {
    return set("LoginProfile", value);
  }

  /**
   * A list of Amazon Resource Names (ARNs) of the IAM managed policies that you want to attach to
   * the user.
   *
   * <p>For more information about ARNs, see <a
   * href="https://docs.aws.amazon.com/general/latest/gr/aws-arns-and-namespaces.html">Amazon
   * Resource Names (ARNs) and AWS Service Namespaces</a> in the <em>AWS General Reference</em> .
   *
   * <p>Pattern: {@code
   * arn:(aws[a-zA-Z-]*)?:iam::(&#92;d{12}|aws):policy/[a-zA-Z_0-9+=,.&#64;&#92;-_/]+}.
   * CloudFormation property {@code ManagedPolicyArns}.
   */
  public User managedPolicyArns(List<String> value) {
    return set("ManagedPolicyArns", Value.listOf(value));
  }

  /** Sets {@code ManagedPolicyArns} to this value; see {@link #managedPolicyArns(List)}. */
  public User managedPolicyArns(Value<List<String>> value) {
    return set("ManagedPolicyArns", value);
  }

  /**
   * Sets {@code ManagedPolicyArns} to the Ref of each {@code AWS::IAM::ManagedPolicy}; see {@link
   * #managedPolicyArns(List)}.
   */
  public User managedPolicyArns(ManagedPolicy... resources) {
    return set("ManagedPolicyArns", Value.refs(resources));
  }

  /**
   * The path for the user name. For more information about paths, see <a
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
   * <p>Length: 1 to 512 characters. Pattern: {@code
   * ^(&#92;u002F)|(&#92;u002F[&#92;u0021-&#92;u007E]+&#92;u002F)$}. CloudFormation property {@code
   * Path}.
   */
  public User path(String value) {
    return set("Path", Value.of(value));
  }

  /** Sets {@code Path} to this value; see {@link #path(String)}. */
  public User path(Value<String> value) {
    return set("Path", value);
  }

  /**
   * The ARN of the managed policy that is used to set the permissions boundary for the user.
   *
   * <p>A permissions boundary policy defines the maximum permissions that identity-based policies
   * can grant to an entity, but does not grant permissions. Permissions boundaries do not define
   * the maximum permissions that a resource-based policy can grant to an entity. To learn more, see
   * <a
   * href="https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_boundaries.html">Permissions
   * boundaries for IAM entities</a> in the <em>IAM User Guide</em> .
   *
   * <p>For more information about policy types, see <a
   * href="https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies.html#access_policy-types">Policy
   * types</a> in the <em>IAM User Guide</em> .
   *
   * <p>Length: 20 to 2048 characters. CloudFormation property {@code PermissionsBoundary}.
   */
  public User permissionsBoundary(String value) {
    return set("PermissionsBoundary", Value.of(value));
  }

  /** Sets {@code PermissionsBoundary} to this value; see {@link #permissionsBoundary(String)}. */
  public User permissionsBoundary(Value<String> value) {
    return set("PermissionsBoundary", value);
  }

  /**
   * Sets {@code PermissionsBoundary} to the Ref of {@code AWS::IAM::ManagedPolicy}; see {@link
   * #permissionsBoundary(String)}.
   */
  public User permissionsBoundary(ManagedPolicy resource) {
    return set("PermissionsBoundary", resource.ref());
  }

  /**
   * Adds or updates an inline policy document that is embedded in the specified IAM user. To view
   * AWS::IAM::User snippets, see <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/quickref-iam.html#scenario-iam-user">Declaring
   * an IAM User Resource</a> .
   *
   * <p>The name of each policy for a role, user, or group must be unique. If you don't choose
   * unique names, updates to the IAM identity will fail.
   *
   * <p>For information about limits on the number of inline policies that you can embed in a user,
   * see <a
   * href="https://docs.aws.amazon.com/IAM/latest/UserGuide/LimitationsOnEntities.html">Limitations
   * on IAM Entities</a> in the <em>IAM User Guide</em> .
   *
   * <p>CloudFormation property {@code Policies}.
   */
  public User policies(List<Policy> value) {
    return set("Policies", Value.listOf(value));
  }

  /** Sets {@code Policies} to this value; see {@link #policies(List)}. */
  public User policies(Value<List<Policy>> value) {
    return set("Policies", value);
  }

  /** Sets {@code Policies} to a list of these; see {@link #policies(List)}. */
  public User policies(Policy... values) {
    return set("Policies", Value.list(values));
  }

  /**
   * A list of tags that you want to attach to the new user. Each tag consists of a key name and an
   * associated value. For more information about tagging, see <a
   * href="https://docs.aws.amazon.com/IAM/latest/UserGuide/id_tags.html">Tagging IAM resources</a>
   * in the <em>IAM User Guide</em> .
   *
   * <p>If any one of the tags is invalid or if you exceed the allowed maximum number of tags, then
   * the entire request fails and the resource is not created.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public User tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public User tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public User tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The name of the user to create. Do not include the path in this value.
   *
   * <p>This parameter allows (per its <a
   * href="https://docs.aws.amazon.com/http://wikipedia.org/wiki/regex">regex pattern</a> ) a string
   * of characters consisting of upper and lowercase alphanumeric characters with no spaces. You can
   * also include any of the following characters: _+=,.&#64;-. The user name must be unique within
   * the account. User names are not distinguished by case. For example, you cannot create users
   * named both "John" and "john".
   *
   * <p>If you don't specify a name, CloudFormation generates a unique physical ID and uses that ID
   * for the user name.
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
   * ^[&#92;w+=,.&#64;-]+$}. CloudFormation property {@code UserName}.
   */
  public User userName(String value) {
    return set("UserName", Value.of(value));
  }

  /** Sets {@code UserName} to this value; see {@link #userName(String)}. */
  public User userName(Value<String> value) {
    return set("UserName", value);
  }

  /**
   * Returns the Amazon Resource Name (ARN) for the specified <code>AWS::IAM::User</code> resource.
   * For example: <code>arn:aws:iam::123456789012:user/mystack-myuser-1CCXAFG2H2U4D</code> .
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * Creates a password for the specified user, giving the user the ability to access AWS services
   * through the AWS Management Console . For more information about managing passwords, see <a
   * href="https://docs.aws.amazon.com/IAM/latest/UserGuide/Using_ManagingLogins.html">Managing
   * Passwords</a> in the <em>IAM User Guide</em> .
   *
   * <p>Property type {@code AWS::IAM::User.LoginProfile}.
   */
  public static final class LoginProfile extends Struct<LoginProfile> {
    private static final Schema SCHEMA = Schema.builder("AWS::IAM::User.LoginProfile")
        .required("Password")
        .build();

    public LoginProfile() {
      super(SCHEMA);
    }

    /**
     * The user's password.
     *
     * <p>Required. CloudFormation property {@code Password}.
     */
    public LoginProfile password(String value) {
      return set("Password", Value.of(value));
    }

    /** Sets {@code Password} to this value; see {@link #password(String)}. */
    public LoginProfile password(Value<String> value) {
      return set("Password", value);
    }

    /**
     * Specifies whether the user is required to set a new password on next sign-in.
     *
     * <p>CloudFormation property {@code PasswordResetRequired}.
     */
    public LoginProfile passwordResetRequired(boolean value) {
      return set("PasswordResetRequired", Value.of(value));
    }

    /**
     * Sets {@code PasswordResetRequired} to this value; see {@link
     * #passwordResetRequired(boolean)}.
     */
    public LoginProfile passwordResetRequired(Value<Boolean> value) {
      return set("PasswordResetRequired", value);
    }
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
   * <p>Property type {@code AWS::IAM::User.Policy}.
   */
  public static final class Policy extends Struct<Policy> {
    private static final Schema SCHEMA = Schema.builder("AWS::IAM::User.Policy")
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
