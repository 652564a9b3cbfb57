// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.iam;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.fn.Json;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Creates a new group.
 *
 * <p>For information about the number of groups you can create, see <a
 * href="https://docs.aws.amazon.com/IAM/latest/UserGuide/LimitationsOnEntities.html">Limitations on
 * IAM Entities</a> in the <em>IAM User Guide</em> .
 *
 * <p>CloudFormation type {@code AWS::IAM::Group}.
 */
public final class Group extends Resource<Group> {
  private static final Schema SCHEMA = Schema.builder("AWS::IAM::Group")
      .constrain("GroupName", Constraint.of().pattern("^[\\w+=,.@-]+$").minLength(1).maxLength(128))
      .constrain("ManagedPolicyArns", Constraint.of().pattern("arn:(aws[a-zA-Z-]*)?:iam::(\\d{12}|aws):policy/[a-zA-Z_0-9+=,.@\\-_/]+"))
      .references("ManagedPolicyArns", "AWS::IAM::ManagedPolicy.Ref")
      .constrain("Path", Constraint.of().pattern("^(\\u002F)|(\\u002F[\\u0021-\\u007E]+\\u002F)$").minLength(1).maxLength(512))
      .refYields("GroupName")
      .attributes("Arn")
      .build();

  public Group(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The name of the group to create. Do not include the path in this value.
   *
   * <p>The group name must be unique within the account. Group names are not distinguished by case.
   * For example, you cannot create groups named both "ADMINS" and "admins". If you don't specify a
   * name, CloudFormation generates a unique physical ID and uses that ID for the group name.
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
   * <p>Changing it replaces the resource. Length: 1 to 128 characters. Pattern: {@code
   * ^[&#92;w+=,.&#64;-]+$}. CloudFormation property {@code GroupName}.
   */
  public Group groupName(String value) {
    return set("GroupName", Value.of(value));
  }

  /** Sets {@code GroupName} to this value; see {@link #groupName(String)}. */
  public Group groupName(Value<String> value) {
    return set("GroupName", value);
  }

  /**
   * The Amazon Resource Name (ARN) of the IAM policy you want to attach.
   *
   * <p>For more information about ARNs, see <a
   * href="https://docs.aws.amazon.com/general/latest/gr/aws-arns-and-namespaces.html">Amazon
   * Resource Names (ARNs)</a> in the <em>AWS General Reference</em> .
   *
   * <p>Pattern: {@code
   * arn:(aws[a-zA-Z-]*)?:iam::(&#92;d{12}|aws):policy/[a-zA-Z_0-9+=,.&#64;&#92;-_/]+}.
   * CloudFormation property {@code ManagedPolicyArns}.
   */
  public Group managedPolicyArns(List<String> value) {
    return set("ManagedPolicyArns", Value.listOf(value));
  }

  /** Sets {@code ManagedPolicyArns} to this value; see {@link #managedPolicyArns(List)}. */
  public Group managedPolicyArns(Value<List<String>> value) {
    return set("ManagedPolicyArns", value);
  }

  /**
   * Sets {@code ManagedPolicyArns} to the Ref of each {@code AWS::IAM::ManagedPolicy}; see {@link
   * #managedPolicyArns(List)}.
   */
  public Group managedPolicyArns(ManagedPolicy... resources) {
    return set("ManagedPolicyArns", Value.refs(resources));
  }

  /**
   * The path to the group. For more information about paths, see <a
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
  public Group path(String value) {
    return set("Path", Value.of(value));
  }

  /** Sets {@code Path} to this value; see {@link #path(String)}. */
  public Group path(Value<String> value) {
    return set("Path", value);
  }

  /**
   * Adds or updates an inline policy document that is embedded in the specified IAM group. To view
   * AWS::IAM::Group snippets, see <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/quickref-iam.html#scenario-iam-group">Declaring
   * an IAM Group Resource</a> .
   *
   * <p>The name of each inline policy for a role, user, or group must be unique. If you don't
   * choose unique names, updates to the IAM identity will fail.
   *
   * <p>For information about limits on the number of inline policies that you can embed in a group,
   * see <a
   * href="https://docs.aws.amazon.com/IAM/latest/UserGuide/LimitationsOnEntities.html">Limitations
   * on IAM Entities</a> in the <em>IAM User Guide</em> .
   *
   * <p>CloudFormation property {@code Policies}.
   */
  public Group policies(List<Policy> value) {
    return set("Policies", Value.listOf(value));
  }

  /** Sets {@code Policies} to this value; see {@link #policies(List)}. */
  public Group policies(Value<List<Policy>> value) {
    return set("Policies", value);
  }

  /** Sets {@code Policies} to a list of these; see {@link #policies(List)}. */
  public Group policies(Policy... values) {
    return set("Policies", Value.list(values));
  }

  /**
   * Returns the Amazon Resource Name (ARN) for the specified <code>AWS::IAM::Group</code> resource.
   * For example: <code>arn:aws:iam::123456789012:group/mystack-mygroup-1DZETITOWEKVO</code> .
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * Contains information about an attached policy.
   *
   * <p>An attached policy is a managed policy that has been attached to a user, group, or role.
   *
   * <p>For more information about managed policies, see <a
   * href="https://docs.aws.amazon.com/IAM/latest/UserGuide/policies-managed-vs-inline.html">Managed
   * Policies and Inline Policies</a> in the <em>IAM User Guide</em> .
   *
   * <p>Property type {@code AWS::IAM::Group.Policy}.
   */
  public static final class Policy extends Struct<Policy> {
    private static final Schema SCHEMA = Schema.builder("AWS::IAM::Group.Policy")
        .required("PolicyDocument", "PolicyName")
        .build();

    public Policy() {
      super(SCHEMA);
    }

    /**
     * The policy document.
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
