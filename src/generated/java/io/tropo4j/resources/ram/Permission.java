// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.ram;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Json;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Creates a customer managed permission for a specified resource type that you can attach to
 * resource shares. It is created in the AWS Region in which you call the operation.
 *
 * <p>CloudFormation type {@code AWS::RAM::Permission}.
 */
public final class Permission extends Resource<Permission> {
  private static final Schema SCHEMA = Schema.builder("AWS::RAM::Permission")
      .required("Name", "PolicyTemplate", "ResourceType")
      .constrain("Name", Constraint.of().pattern("^[\\w.-]*$").minLength(1).maxLength(36))
      .constrain("PolicyTemplate", Constraint.of().format("json"))
      .refYields("Arn")
      .attributes("Arn", "IsResourceTypeDefault", "PermissionType", "Version")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public Permission(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * Specifies the name of the customer managed permission. The name must be unique within the AWS
   * Region .
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 36 characters. Pattern: {@code
   * ^[&#92;w.-]*$}. CloudFormation property {@code Name}.
   */
  public Permission name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public Permission name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * A string in JSON format string that contains the following elements of a resource-based policy:
   *
   * <ul> <li><em>Effect</em> : must be set to <code>ALLOW</code> . <li><em>Action</em> : specifies
   * the actions that are allowed by this customer managed permission. The list must contain only
   * actions that are supported by the specified resource type. For a list of all actions supported
   * by each resource type, see <a
   * href="https://docs.aws.amazon.com/service-authorization/latest/reference/reference_policies_actions-resources-contextkeys.html">Actions,
   * resources, and condition keys for AWS services</a> in the <em>AWS Identity and Access
   * Management User Guide</em> . <li><em>Condition</em> : (optional) specifies conditional
   * parameters that must evaluate to true when a user attempts an action for that action to be
   * allowed. For more information about the Condition element, see <a
   * href="https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition.html">IAM
   * policies: Condition element</a> in the <em>AWS Identity and Access Management User Guide</em> .
   * </ul>
   *
   * <p>This template can't include either the <code>Resource</code> or <code>Principal</code>
   * elements. Those are both filled in by AWS RAM when it instantiates the resource-based policy on
   * each resource shared using this managed permission. The <code>Resource</code> comes from the
   * ARN of the specific resource that you are sharing. The <code>Principal</code> comes from the
   * list of identities added to the resource share.
   *
   * <p>Required. Changing it replaces the resource. Format: {@code json}. CloudFormation property
   * {@code PolicyTemplate}.
   */
  public Permission policyTemplate(Value<Json> value) {
    return set("PolicyTemplate", value);
  }

  /**
   * Specifies the name of the resource type that this customer managed permission applies to.
   *
   * <p>The format is <code><em>&lt;service-code&gt;</em> : <em>&lt;resource-type&gt;</em></code>
   * and is not case sensitive. For example, to specify an Amazon EC2 Subnet, you can use the string
   * <code>ec2:subnet</code> . To see the list of valid values for this parameter, query the <a
   * href="https://docs.aws.amazon.com/ram/latest/APIReference/API_ListResourceTypes.html">ListResourceTypes</a>
   * operation.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code ResourceType}.
   */
  public Permission resourceType(String value) {
    return set("ResourceType", Value.of(value));
  }

  /** Sets {@code ResourceType} to this value; see {@link #resourceType(String)}. */
  public Permission resourceType(Value<String> value) {
    return set("ResourceType", value);
  }

  /**
   * Specifies a list of one or more tag key and value pairs to attach to the permission.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public Permission tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public Permission tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public Permission tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The Amazon Resource Name (ARN) of the new permission.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * Specifies whether this permission is the default for new resource shares that include resources
   * of the associated resource type.
   *
   * <p>{@code Fn::GetAtt} attribute {@code IsResourceTypeDefault}.
   */
  public Value<Boolean> isResourceTypeDefault() {
    return getAtt("IsResourceTypeDefault");
  }

  /**
   * The type of managed permission. This can be one of the following values:
   *
   * <ul> <li><em>AWS_MANAGED_PERMISSION</em> – AWS created and manages this managed permission. You
   * can associate it with your resource shares, but you can't modify it.
   * <li><em>CUSTOMER_MANAGED_PERMISSION</em> – You, or another principal in your account created
   * this managed permission. You can associate it with your resource shares and create new versions
   * that have different permissions. </ul>
   *
   * <p>{@code Fn::GetAtt} attribute {@code PermissionType}.
   */
  public Value<String> permissionType() {
    return getAtt("PermissionType");
  }

  /**
   * The version number for this version of the permission.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Version}.
   */
  public Value<String> version() {
    return getAtt("Version");
  }
}
