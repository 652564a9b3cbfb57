// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.ram;

import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Creates a resource share. You can provide a list of the Amazon Resource Names (ARNs) for the
 * resources that you want to share, a list of principals you want to share the resources with, and
 * the permissions to grant those principals.
 *
 * <p>Sharing a resource makes it available for use by principals outside of the AWS account that
 * created the resource. Sharing doesn't change any permissions or quotas that apply to the resource
 * in the account that created it.
 *
 * <p>CloudFormation type {@code AWS::RAM::ResourceShare}.
 */
public final class ResourceShare extends Resource<ResourceShare> {
  private static final Schema SCHEMA = Schema.builder("AWS::RAM::ResourceShare")
      .required("Name")
      .refYields("Arn")
      .attributes("Arn", "CreationTime", "FeatureSet", "LastUpdatedTime", "OwningAccountId",
          "Status")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public ResourceShare(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * Specifies whether principals outside your organization in AWS Organizations can be associated
   * with a resource share. A value of <code>true</code> lets you share with individual AWS accounts
   * that are <em>not</em> in your organization. A value of <code>false</code> only has meaning if
   * your account is a member of an AWS Organization. The default value is <code>true</code> .
   *
   * <p>CloudFormation property {@code AllowExternalPrincipals}.
   */
  public ResourceShare allowExternalPrincipals(boolean value) {
    return set("AllowExternalPrincipals", Value.of(value));
  }

  /**
   * Sets {@code AllowExternalPrincipals} to this value; see {@link
   * #allowExternalPrincipals(boolean)}.
   */
  public ResourceShare allowExternalPrincipals(Value<Boolean> value) {
    return set("AllowExternalPrincipals", value);
  }

  /**
   * Specifies the name of the resource share.
   *
   * <p>Required. CloudFormation property {@code Name}.
   */
  public ResourceShare name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public ResourceShare name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * Specifies the <a
   * href="https://docs.aws.amazon.com//general/latest/gr/aws-arns-and-namespaces.html">Amazon
   * Resource Names (ARNs)</a> of the AWS RAM permission to associate with the resource share. If
   * you do not specify an ARN for the permission, AWS RAM automatically attaches the default
   * version of the permission for each resource type. You can associate only one permission with
   * each resource type included in the resource share.
   *
   * <p>CloudFormation property {@code PermissionArns}.
   */
  public ResourceShare permissionArns(List<String> value) {
    return set("PermissionArns", Value.listOf(value));
  }

  /** Sets {@code PermissionArns} to this value; see {@link #permissionArns(List)}. */
  public ResourceShare permissionArns(Value<List<String>> value) {
    return set("PermissionArns", value);
  }

  /**
   * Specifies the principals to associate with the resource share. The possible values are:
   *
   * <ul> <li>An AWS account ID <li>An Amazon Resource Name (ARN) of an organization in AWS
   * Organizations <li>An ARN of an organizational unit (OU) in AWS Organizations <li>An ARN of an
   * IAM role <li>An ARN of an IAM user </ul>
   *
   * <p>Not all resource types can be shared with IAM roles and users. For more information, see the
   * column <em>Can share with IAM roles and users</em> in the tables on <a
   * href="https://docs.aws.amazon.com/ram/latest/userguide/shareable.html">Shareable AWS
   * resources</a> in the <em>AWS Resource Access Manager User Guide</em> .
   *
   * <p>CloudFormation property {@code Principals}.
   */
  public ResourceShare principals(List<String> value) {
    return set("Principals", Value.listOf(value));
  }

  /** Sets {@code Principals} to this value; see {@link #principals(List)}. */
  public ResourceShare principals(Value<List<String>> value) {
    return set("Principals", value);
  }

  /**
   * Specifies a list of one or more ARNs of the resources to associate with the resource share.
   *
   * <p>CloudFormation property {@code ResourceArns}.
   */
  public ResourceShare resourceArns(List<String> value) {
    return set("ResourceArns", Value.listOf(value));
  }

  /** Sets {@code ResourceArns} to this value; see {@link #resourceArns(List)}. */
  public ResourceShare resourceArns(Value<List<String>> value) {
    return set("ResourceArns", value);
  }

  /**
   * The configuration for a resource share.
   *
   * <p>CloudFormation property {@code ResourceShareConfiguration}.
   */
  public ResourceShare resourceShareConfiguration(Value<ResourceShareConfiguration> value) {
    return set("ResourceShareConfiguration", value);
  }

  /**
   * Specifies from which source accounts the service principal has access to the resources in this
   * resource share.
   *
   * <p>CloudFormation property {@code Sources}.
   */
  public ResourceShare sources(List<String> value) {
    return set("Sources", Value.listOf(value));
  }

  /** Sets {@code Sources} to this value; see {@link #sources(List)}. */
  public ResourceShare sources(Value<List<String>> value) {
    return set("Sources", value);
  }

  /**
   * Specifies one or more tags to attach to the resource share itself. It doesn't attach the tags
   * to the resources associated with the resource share.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public ResourceShare tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public ResourceShare tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public ResourceShare tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The Amazon Resource Name (ARN) of the resource share.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * The date and time when the resource share was created.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CreationTime}.
   */
  public Value<String> creationTime() {
    return getAtt("CreationTime");
  }

  /**
   * Indicates what features are available for this resource share. This parameter can have one of
   * the following values:
   *
   * <ul> <li><em>STANDARD</em> – A resource share that supports all functionality. These resource
   * shares are visible to all principals you share the resource share with. You can modify these
   * resource shares in AWS RAM using the console or APIs. This resource share might have been
   * created by AWS RAM , or it might have been <em>CREATED_FROM_POLICY</em> and then promoted.
   * <li><em>CREATED_FROM_POLICY</em> – The customer manually shared a resource by attaching a
   * resource-based policy. That policy did not match any existing managed permissions, so AWS RAM
   * created this customer managed permission automatically on the customer's behalf based on the
   * attached policy document. This type of resource share is visible only to the AWS account that
   * created it. You can't modify it in AWS RAM unless you promote it. For more information, see
   * <code>PromoteResourceShareCreatedFromPolicy</code> . <li><em>PROMOTING_TO_STANDARD</em> – This
   * resource share was originally <code>CREATED_FROM_POLICY</code> , but the customer ran the
   * <code>PromoteResourceShareCreatedFromPolicy</code> and that operation is still in progress.
   * This value changes to <code>STANDARD</code> when complete. </ul>
   *
   * <p>{@code Fn::GetAtt} attribute {@code FeatureSet}.
   */
  public Value<String> featureSet() {
    return getAtt("FeatureSet");
  }

  /**
   * The date and time when the resource share was last updated.
   *
   * <p>{@code Fn::GetAtt} attribute {@code LastUpdatedTime}.
   */
  public Value<String> lastUpdatedTime() {
    return getAtt("LastUpdatedTime");
  }

  /**
   * The ID of the AWS account that owns the resource share.
   *
   * <p>{@code Fn::GetAtt} attribute {@code OwningAccountId}.
   */
  public Value<String> owningAccountId() {
    return getAtt("OwningAccountId");
  }

  /**
   * The current status of the resource share.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Status}.
   */
  public Value<String> status() {
    return getAtt("Status");
  }

  /**
   * The configuration for a resource share.
   *
   * <p>Property type {@code AWS::RAM::ResourceShare.ResourceShareConfiguration}.
   */
  public static final class ResourceShareConfiguration extends Struct<ResourceShareConfiguration> {
    private static final Schema SCHEMA = Schema.of("AWS::RAM::ResourceShare.ResourceShareConfiguration");

    public ResourceShareConfiguration() {
      super(SCHEMA);
    }

    /**
     * The resource share restricts access to an account
     *
     * <p>CloudFormation property {@code ExclusiveAccountAccess}.
     */
    public ResourceShareConfiguration exclusiveAccountAccess(boolean value) {
      return set("ExclusiveAccountAccess", Value.of(value));
    }

    /**
     * Sets {@code ExclusiveAccountAccess} to this value; see {@link
     * #exclusiveAccountAccess(boolean)}.
     */
    public ResourceShareConfiguration exclusiveAccountAccess(Value<Boolean> value) {
      return set("ExclusiveAccountAccess", value);
    }

    /**
     * Specifies whether the consumer account retains access to the resource share after leaving the
     * organization.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code
     * RetainSharingOnAccountLeaveOrganization}.
     */
    public ResourceShareConfiguration retainSharingOnAccountLeaveOrganization(boolean value) {
      return set("RetainSharingOnAccountLeaveOrganization", Value.of(value));
    }

    /**
     * Sets {@code RetainSharingOnAccountLeaveOrganization} to this value; see {@link
     * #retainSharingOnAccountLeaveOrganization(boolean)}.
     */
    public ResourceShareConfiguration retainSharingOnAccountLeaveOrganization(Value<Boolean> value) {
      return set("RetainSharingOnAccountLeaveOrganization", value);
    }
  }
}
