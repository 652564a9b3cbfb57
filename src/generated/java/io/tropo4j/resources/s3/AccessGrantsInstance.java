// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.s3;

import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * The <code>AWS::S3::AccessGrantInstance</code> resource creates an S3 Access Grants instance,
 * which serves as a logical grouping for access grants. You can create one S3 Access Grants
 * instance per Region per account.
 *
 * <ul> <li><b>Permissions</b> - You must have the <code>s3:CreateAccessGrantsInstance</code>
 * permission to use this resource. <li><b>Additional Permissions</b> - To associate an IAM Identity
 * Center instance with your S3 Access Grants instance, you must also have the
 * <code>sso:DescribeInstance</code> , <code>sso:CreateApplication</code> ,
 * <code>sso:PutApplicationGrant</code> , and <code>sso:PutApplicationAuthenticationMethod</code>
 * permissions. </ul>
 *
 * <p>CloudFormation type {@code AWS::S3::AccessGrantsInstance}.
 */
public final class AccessGrantsInstance extends Resource<AccessGrantsInstance> {
  private static final Schema SCHEMA = Schema.builder("AWS::S3::AccessGrantsInstance")
      .refYields("AccessGrantsInstanceArn")
      .attributes("AccessGrantsInstanceArn", "AccessGrantsInstanceId")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public AccessGrantsInstance(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * If you would like to associate your S3 Access Grants instance with an AWS IAM Identity Center
   * instance, use this field to pass the Amazon Resource Name (ARN) of the AWS IAM Identity Center
   * instance that you are associating with your S3 Access Grants instance. An IAM Identity Center
   * instance is your corporate identity directory that you added to the IAM Identity Center.
   *
   * <p>CloudFormation property {@code IdentityCenterArn}.
   */
  public AccessGrantsInstance identityCenterArn(String value) {
    return set("IdentityCenterArn", Value.of(value));
  }

  /** Sets {@code IdentityCenterArn} to this value; see {@link #identityCenterArn(String)}. */
  public AccessGrantsInstance identityCenterArn(Value<String> value) {
    return set("IdentityCenterArn", value);
  }

  /**
   * The AWS resource tags that you are adding to the S3 Access Grants instance. Each tag is a label
   * consisting of a user-defined key and value. Tags can help you manage, identify, organize,
   * search for, and filter resources.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code Tags}.
   */
  public AccessGrantsInstance tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public AccessGrantsInstance tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public AccessGrantsInstance tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The ARN of the S3 Access Grants instance.
   *
   * <p>{@code Fn::GetAtt} attribute {@code AccessGrantsInstanceArn}.
   */
  public Value<String> accessGrantsInstanceArn() {
    return getAtt("AccessGrantsInstanceArn");
  }

  /**
   * The ID of the S3 Access Grants instance. The ID is <code>default</code> . You can have one S3
   * Access Grants instance per Region per account.
   *
   * <p>{@code Fn::GetAtt} attribute {@code AccessGrantsInstanceId}.
   */
  public Value<String> accessGrantsInstanceId() {
    return getAtt("AccessGrantsInstanceId");
  }
}
