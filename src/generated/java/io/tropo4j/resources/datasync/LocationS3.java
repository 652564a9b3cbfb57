// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.datasync;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import io.tropo4j.resources.iam.Role;
import io.tropo4j.resources.s3.Bucket;
import java.util.List;

/**
 * The <code>AWS::DataSync::LocationS3</code> resource specifies an endpoint for an Amazon S3
 * bucket.
 *
 * <p>For more information, see the <a
 * href="https://docs.aws.amazon.com/datasync/latest/userguide/create-s3-location.html"><em>AWS
 * DataSync User Guide</em></a> .
 *
 * <p>CloudFormation type {@code AWS::DataSync::LocationS3}.
 */
public final class LocationS3 extends Resource<LocationS3> {
  private static final Schema SCHEMA = Schema.builder("AWS::DataSync::LocationS3")
      .required("S3Config")
      .constrain("S3BucketArn", Constraint.of().pattern("^arn:(aws|aws-cn|aws-us-gov|aws-eusc|aws-iso|aws-iso-b):s3:[a-z\\-0-9]*:[0-9]*:.*$").minLength(0).maxLength(156))
      .references("S3BucketArn", "AWS::S3::Bucket.Arn")
      .allowed("S3StorageClass", "STANDARD", "STANDARD_IA", "ONEZONE_IA", "INTELLIGENT_TIERING",
          "GLACIER", "GLACIER_INSTANT_RETRIEVAL", "DEEP_ARCHIVE")
      .constrain("Subdirectory", Constraint.of().pattern("^[\\p{L}\\p{M}\\p{Z}\\p{S}\\p{N}\\p{P}\\p{C}]*$").minLength(0).maxLength(1024))
      .refYields("LocationArn")
      .attributes("LocationArn", "LocationUri")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public LocationS3(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The ARN of the Amazon S3 bucket.
   *
   * <p>Changing it replaces the resource. Length: 0 to 156 characters. Pattern: {@code
   * ^arn:(aws|aws-cn|aws-us-gov|aws-eusc|aws-iso|aws-iso-b):s3:[a-z&#92;-0-9]*:[0-9]*:.*$}.
   * CloudFormation property {@code S3BucketArn}.
   */
  public LocationS3 s3BucketArn(String value) {
    return set("S3BucketArn", Value.of(value));
  }

  /** Sets {@code S3BucketArn} to this value; see {@link #s3BucketArn(String)}. */
  public LocationS3 s3BucketArn(Value<String> value) {
    return set("S3BucketArn", value);
  }

  /**
   * Sets {@code S3BucketArn} to the Arn of {@code AWS::S3::Bucket}; see {@link
   * #s3BucketArn(String)}.
   */
  public LocationS3 s3BucketArn(Bucket resource) {
    return set("S3BucketArn", resource.arn());
  }

  /**
   * The Amazon Resource Name (ARN) of the AWS Identity and Access Management (IAM) role that is
   * used to access an Amazon S3 bucket.
   *
   * <p>For detailed information about using such a role, see <a
   * href="https://docs.aws.amazon.com/datasync/latest/userguide/working-with-locations.html#create-s3-location">Creating
   * a Location for Amazon S3</a> in the <em>AWS DataSync User Guide</em> .
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code S3Config}.
   */
  public LocationS3 s3Config(Value<S3Config> value) {
    return set("S3Config", value);
  }

  /**
   * The Amazon S3 storage class that you want to store your files in when this location is used as
   * a task destination. For buckets in AWS Regions , the storage class defaults to S3 Standard.
   *
   * <p>For more information about S3 storage classes, see <a
   * href="https://docs.aws.amazon.com/s3/storage-classes/">Amazon S3 Storage Classes</a> . Some
   * storage classes have behaviors that can affect your S3 storage costs. For detailed information,
   * see <a
   * href="https://docs.aws.amazon.com/datasync/latest/userguide/create-s3-location.html#using-storage-classes">Considerations
   * When Working with Amazon S3 Storage Classes in DataSync</a> .
   *
   * <p>Changing it replaces the resource. Allowed values: {@code STANDARD}, {@code STANDARD_IA},
   * {@code ONEZONE_IA}, {@code INTELLIGENT_TIERING}, {@code GLACIER}, {@code
   * GLACIER_INSTANT_RETRIEVAL}, {@code DEEP_ARCHIVE}. Default: {@code "STANDARD"}. CloudFormation
   * property {@code S3StorageClass}.
   */
  public LocationS3 s3StorageClass(String value) {
    return set("S3StorageClass", Value.of(value));
  }

  /** Sets {@code S3StorageClass} to this value; see {@link #s3StorageClass(String)}. */
  public LocationS3 s3StorageClass(Value<String> value) {
    return set("S3StorageClass", value);
  }

  /**
   * Specifies a prefix in the S3 bucket that DataSync reads from or writes to (depending on whether
   * the bucket is a source or destination location).
   *
   * <p>DataSync can't transfer objects with a prefix that begins with a slash ( <code>/</code> ) or
   * includes <code>//</code> , <code>/./</code> , or <code>/../</code> patterns. For example: -
   * <code>/photos</code> - <code>photos//2006/January</code> - <code>photos/./2006/February</code>
   * - <code>photos/../2006/March</code>
   *
   * <p>Changing it replaces the resource. Length: 0 to 1024 characters. Pattern: {@code
   * ^[&#92;p{L}&#92;p{M}&#92;p{Z}&#92;p{S}&#92;p{N}&#92;p{P}&#92;p{C}]*$}. CloudFormation property
   * {@code Subdirectory}.
   */
  public LocationS3 subdirectory(String value) {
    return set("Subdirectory", Value.of(value));
  }

  /** Sets {@code Subdirectory} to this value; see {@link #subdirectory(String)}. */
  public LocationS3 subdirectory(Value<String> value) {
    return set("Subdirectory", value);
  }

  /**
   * Specifies labels that help you categorize, filter, and search for your AWS resources. We
   * recommend creating at least a name tag for your transfer location.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public LocationS3 tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public LocationS3 tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public LocationS3 tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The Amazon Resource Name (ARN) of the specified Amazon S3 location.
   *
   * <p>{@code Fn::GetAtt} attribute {@code LocationArn}.
   */
  public Value<String> locationArn() {
    return getAtt("LocationArn");
  }

  /**
   * The URI of the specified Amazon S3 location.
   *
   * <p>{@code Fn::GetAtt} attribute {@code LocationUri}.
   */
  public Value<String> locationUri() {
    return getAtt("LocationUri");
  }

  /**
   * Specifies the Amazon Resource Name (ARN) of the AWS Identity and Access Management (IAM) role
   * that DataSync uses to access your S3 bucket.
   *
   * <p>For more information, see <a
   * href="https://docs.aws.amazon.com/datasync/latest/userguide/create-s3-location.html#create-s3-location-access">Providing
   * DataSync access to S3 buckets</a> .
   *
   * <p>Property type {@code AWS::DataSync::LocationS3.S3Config}.
   */
  public static final class S3Config extends Struct<S3Config> {
    private static final Schema SCHEMA = Schema.builder("AWS::DataSync::LocationS3.S3Config")
        .required("BucketAccessRoleArn")
        .constrain("BucketAccessRoleArn", Constraint.of().pattern("^arn:(aws|aws-cn|aws-us-gov|aws-eusc|aws-iso|aws-iso-b):iam::[0-9]{12}:role/.*$").minLength(0).maxLength(2048).format("AWS::IAM::Role.Arn"))
        .references("BucketAccessRoleArn", "AWS::IAM::Role.Arn")
        .build();

    public S3Config() {
      super(SCHEMA);
    }

    /**
     * Specifies the ARN of the IAM role that DataSync uses to access your S3 bucket.
     *
     * <p>Required. Changing it replaces the resource. Length: 0 to 2048 characters. Pattern: {@code
     * ^arn:(aws|aws-cn|aws-us-gov|aws-eusc|aws-iso|aws-iso-b):iam::[0-9]{12}:role/.*$}. Format:
     * {@code AWS::IAM::Role.Arn}. CloudFormation property {@code BucketAccessRoleArn}.
     */
    public S3Config bucketAccessRoleArn(String value) {
      return set("BucketAccessRoleArn", Value.of(value));
    }

    /** Sets {@code BucketAccessRoleArn} to this value; see {@link #bucketAccessRoleArn(String)}. */
    public S3Config bucketAccessRoleArn(Value<String> value) {
      return set("BucketAccessRoleArn", value);
    }

    /**
     * Sets {@code BucketAccessRoleArn} to the Arn of {@code AWS::IAM::Role}; see {@link
     * #bucketAccessRoleArn(String)}.
     */
    public S3Config bucketAccessRoleArn(Role resource) {
      return set("BucketAccessRoleArn", resource.arn());
    }
  }
}
