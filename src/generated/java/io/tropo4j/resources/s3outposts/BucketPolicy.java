// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.s3outposts;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.fn.Json;
import io.tropo4j.fn.Value;

/**
 * This resource applies a bucket policy to an Amazon S3 on Outposts bucket.
 *
 * <p>If you are using an identity other than the root user of the AWS account that owns the S3 on
 * Outposts bucket, the calling identity must have the <code>s3-outposts:PutBucketPolicy</code>
 * permissions on the specified Outposts bucket and belong to the bucket owner's account in order to
 * use this resource.
 *
 * <p>If you don't have <code>s3-outposts:PutBucketPolicy</code> permissions, S3 on Outposts returns
 * a <code>403 Access Denied</code> error.
 *
 * <p>The root user of the AWS account that owns an Outposts bucket can <em>always</em> use this
 * resource, even if the policy explicitly denies the root user the ability to perform actions on
 * this resource.
 *
 * <p>For more information, see the AWS::IAM::Policy <a
 * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-iam-policy.html#cfn-iam-policy-policydocument">PolicyDocument</a>
 * resource description in this guide and <a
 * href="https://docs.aws.amazon.com/AmazonS3/latest/userguide/access-policy-language-overview.html">Access
 * Policy Language Overview</a> .
 *
 * <p>CloudFormation type {@code AWS::S3Outposts::BucketPolicy}.
 */
public final class BucketPolicy extends Resource<BucketPolicy> {
  private static final Schema SCHEMA = Schema.builder("AWS::S3Outposts::BucketPolicy")
      .required("Bucket", "PolicyDocument")
      .constrain("Bucket", Constraint.of().pattern("^arn:[^:]+:s3-outposts:[a-zA-Z0-9\\-]+:\\d{12}:outpost\\/[^:]+\\/bucket\\/[^:]+$").minLength(20).maxLength(2048))
      .constrain("PolicyDocument", Constraint.of().format("json"))
      .refYields("Bucket")
      .build();

  public BucketPolicy(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The name of the Amazon S3 Outposts bucket to which the policy applies.
   *
   * <p>Required. Changing it replaces the resource. Length: 20 to 2048 characters. Pattern: {@code
   * ^arn:[^:]+:s3-outposts:[a-zA-Z0-9&#92;-]+:&#92;d{12}:outpost&#92;/[^:]+&#92;/bucket&#92;/[^:]+$}.
   * CloudFormation property {@code Bucket}.
   */
  public BucketPolicy bucket(String value) {
    return set("Bucket", Value.of(value));
  }

  /** Sets {@code Bucket} to this value; see {@link #bucket(String)}. */
  public BucketPolicy bucket(Value<String> value) {
    return set("Bucket", value);
  }

  /**
   * A policy document containing permissions to add to the specified bucket. In IAM, you must
   * provide policy documents in JSON format. However, in CloudFormation, you can provide the policy
   * in JSON or YAML format because CloudFormation converts YAML to JSON before submitting it to
   * IAM. For more information, see the AWS::IAM::Policy <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-iam-policy.html#cfn-iam-policy-policydocument">PolicyDocument</a>
   * resource description in this guide and <a
   * href="https://docs.aws.amazon.com/AmazonS3/latest/userguide/access-policy-language-overview.html">Access
   * Policy Language Overview</a> .
   *
   * <p>Required. Format: {@code json}. CloudFormation property {@code PolicyDocument}.
   */
  public BucketPolicy policyDocument(Value<Json> value) {
    return set("PolicyDocument", value);
  }
}
