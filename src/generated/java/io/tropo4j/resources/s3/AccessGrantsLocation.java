// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.s3;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * The <code>AWS::S3::AccessGrantsLocation</code> resource creates the S3 data location that you
 * would like to register in your S3 Access Grants instance. Your S3 data must be in the same Region
 * as your S3 Access Grants instance. The location can be one of the following:
 *
 * <ul> <li>The default S3 location <code>s3://</code> <li>A bucket -
 * <code>S3://&lt;bucket-name&gt;</code> <li>A bucket and prefix -
 * <code>S3://&lt;bucket-name&gt;/&lt;prefix&gt;</code> </ul>
 *
 * <p>When you register a location, you must include the IAM role that has permission to manage the
 * S3 location that you are registering. Give S3 Access Grants permission to assume this role <a
 * href="https://docs.aws.amazon.com/AmazonS3/latest/userguide/access-grants-location.html">using a
 * policy</a> . S3 Access Grants assumes this role to manage access to the location and to vend
 * temporary credentials to grantees or client applications.
 *
 * <ul> <li><b>Permissions</b> - You must have the <code>s3:CreateAccessGrantsLocation</code>
 * permission to use this resource. <li><b>Additional Permissions</b> - You must also have the
 * following permission for the specified IAM role: <code>iam:PassRole</code> </ul>
 *
 * <p>CloudFormation type {@code AWS::S3::AccessGrantsLocation}.
 */
public final class AccessGrantsLocation extends Resource<AccessGrantsLocation> {
  private static final Schema SCHEMA = Schema.builder("AWS::S3::AccessGrantsLocation")
      .required("IamRoleArn", "LocationScope")
      .constrain("IamRoleArn", Constraint.of().format("AWS::IAM::Role.Arn"))
      .refYields("AccessGrantsLocationId")
      .attributes("AccessGrantsLocationArn", "AccessGrantsLocationId")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public AccessGrantsLocation(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The Amazon Resource Name (ARN) of the IAM role for the registered location. S3 Access Grants
   * assumes this role to manage access to the registered location.
   *
   * <p>Required. Format: {@code AWS::IAM::Role.Arn}. CloudFormation property {@code IamRoleArn}.
   */
  public AccessGrantsLocation iamRoleArn(String value) {
    return set("IamRoleArn", Value.of(value));
  }

  /** Sets {@code IamRoleArn} to this value; see {@link #iamRoleArn(String)}. */
  public AccessGrantsLocation iamRoleArn(Value<String> value) {
    return set("IamRoleArn", value);
  }

  /**
   * The S3 URI path to the location that you are registering. The location scope can be the default
   * S3 location <code>s3://</code> , the S3 path to a bucket, or the S3 path to a bucket and
   * prefix. A prefix in S3 is a string of characters at the beginning of an object key name used to
   * organize the objects that you store in your S3 buckets. For example, object key names that
   * start with the <code>engineering/</code> prefix or object key names that start with the
   * <code>marketing/campaigns/</code> prefix.
   *
   * <p>Required. CloudFormation property {@code LocationScope}.
   */
  public AccessGrantsLocation locationScope(String value) {
    return set("LocationScope", Value.of(value));
  }

  /** Sets {@code LocationScope} to this value; see {@link #locationScope(String)}. */
  public AccessGrantsLocation locationScope(Value<String> value) {
    return set("LocationScope", value);
  }

  /**
   * The AWS resource tags that you are adding to the S3 Access Grants location. Each tag is a label
   * consisting of a user-defined key and value. Tags can help you manage, identify, organize,
   * search for, and filter resources.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code Tags}.
   */
  public AccessGrantsLocation tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public AccessGrantsLocation tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public AccessGrantsLocation tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The ARN of the location you are registering.
   *
   * <p>{@code Fn::GetAtt} attribute {@code AccessGrantsLocationArn}.
   */
  public Value<String> accessGrantsLocationArn() {
    return getAtt("AccessGrantsLocationArn");
  }

  /**
   * The ID of the registered location to which you are granting access. S3 Access Grants assigns
   * this ID when you register the location. S3 Access Grants assigns the ID <code>default</code> to
   * the default location <code>s3://</code> and assigns an auto-generated ID to other locations
   * that you register.
   *
   * <p>{@code Fn::GetAtt} attribute {@code AccessGrantsLocationId}.
   */
  public Value<String> accessGrantsLocationId() {
    return getAtt("AccessGrantsLocationId");
  }
}
