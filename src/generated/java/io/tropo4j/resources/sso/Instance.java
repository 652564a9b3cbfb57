// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.sso;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Creates an instance of IAM Identity Center for a standalone AWS account that is not managed by
 * AWS Organizations or a member AWS account in an organization. You can create only one instance
 * per account and across all AWS Regions .
 *
 * <p>The CreateInstance request is rejected if the following apply:
 *
 * <ul> <li>The instance is created within the organization management account. <li>An instance
 * already exists in the same account. </ul>
 *
 * <p>CloudFormation type {@code AWS::SSO::Instance}.
 */
public final class Instance extends Resource<Instance> {
  private static final Schema SCHEMA = Schema.builder("AWS::SSO::Instance")
      .constrain("Name", Constraint.of().pattern("^[\\w+=,.@-]+$").minLength(1).maxLength(32))
      .refYields("InstanceArn")
      .attributes("IdentityStoreId", "InstanceArn", "OwnerAccountId", "Status")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public Instance(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The name of the Identity Center instance.
   *
   * <p>Length: 1 to 32 characters. Pattern: {@code ^[&#92;w+=,.&#64;-]+$}. CloudFormation property
   * {@code Name}.
   */
  public Instance name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public Instance name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * Specifies tags to be attached to the instance of IAM Identity Center.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public Instance tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public Instance tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public Instance tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The identifier of the identity store that is connected to the Identity Center instance.
   *
   * <p>{@code Fn::GetAtt} attribute {@code IdentityStoreId}.
   */
  public Value<String> identityStoreId() {
    return getAtt("IdentityStoreId");
  }

  /**
   * The ARN of the Identity Center instance under which the operation will be executed. For more
   * information about ARNs, see [Amazon Resource Names (ARNs) and AWS Service
   * Namespaces](https://docs.aws.amazon.com//general/latest/gr/aws-arns-and-namespaces.html) in the
   * <em>AWS General Reference</em> .
   *
   * <p>{@code Fn::GetAtt} attribute {@code InstanceArn}.
   */
  public Value<String> instanceArn() {
    return getAtt("InstanceArn");
  }

  /**
   * The AWS account ID number of the owner of the Identity Center instance.
   *
   * <p>{@code Fn::GetAtt} attribute {@code OwnerAccountId}.
   */
  public Value<String> ownerAccountId() {
    return getAtt("OwnerAccountId");
  }

  /**
   * The current status of this Identity Center instance.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Status}.
   */
  public Value<String> status() {
    return getAtt("Status");
  }
}
