// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.s3;

import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.fn.Json;
import io.tropo4j.fn.Value;

/**
 * Applies an Amazon S3 bucket policy to an Amazon S3 bucket. If you are using an identity other
 * than the root user of the AWS account that owns the bucket, the calling identity must have the
 * <code>PutBucketPolicy</code> permissions on the specified bucket and belong to the bucket owner's
 * account in order to use this operation.
 *
 * <p>If you don't have <code>PutBucketPolicy</code> permissions, Amazon S3 returns a <code>403
 * Access Denied</code> error. If you have the correct permissions, but you're not using an identity
 * that belongs to the bucket owner's account, Amazon S3 returns a <code>405 Method Not
 * Allowed</code> error.
 *
 * <p>As a security precaution, the root user of the AWS account that owns a bucket can always use
 * this operation, even if the policy explicitly denies the root user the ability to perform this
 * action.
 *
 * <p>When using the <code>AWS::S3::BucketPolicy</code> resource, you can create, update, and delete
 * bucket policies for S3 buckets located in Regions that are different from the stack's Region.
 * However, the CloudFormation stacks should be deployed in the US East (N. Virginia) or
 * <code>us-east-1</code> Region. This cross-region bucket policy modification functionality is
 * supported for backward compatibility with existing workflows.
 *
 * <p>If the <a
 * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-attribute-deletionpolicy.html">DeletionPolicy
 * attribute</a> is not specified or set to <code>Delete</code> , the bucket policy will be removed
 * when the stack is deleted. If set to <code>Retain</code> , the bucket policy will be preserved
 * even after the stack is deleted.
 *
 * <p>For example, a CloudFormation stack in <code>us-east-1</code> can use the
 * <code>AWS::S3::BucketPolicy</code> resource to manage the bucket policy for an S3 bucket in
 * <code>us-west-2</code> . The retention or removal of the bucket policy during the stack deletion
 * is determined by the <code>DeletionPolicy</code> attribute specified in the stack template.
 *
 * <p>For more information, see <a
 * href="https://docs.aws.amazon.com/AmazonS3/latest/userguide/example-bucket-policies.html">Bucket
 * policy examples</a> .
 *
 * <p>The following operations are related to <code>PutBucketPolicy</code> :
 *
 * <ul> <li><a
 * href="https://docs.aws.amazon.com/AmazonS3/latest/API/API_CreateBucket.html">CreateBucket</a>
 * <li><a
 * href="https://docs.aws.amazon.com/AmazonS3/latest/API/API_DeleteBucket.html">DeleteBucket</a>
 * </ul>
 *
 * <p>CloudFormation type {@code AWS::S3::BucketPolicy}.
 */
public final class BucketPolicy extends Resource<BucketPolicy> {
  private static final Schema SCHEMA = Schema.builder("AWS::S3::BucketPolicy")
      .required("Bucket", "PolicyDocument")
      .references("Bucket", "AWS::S3::Bucket.Ref")
      .refYields("Bucket")
      .build();

  public BucketPolicy(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The name of the Amazon S3 bucket to which the policy applies.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code Bucket}.
   */
  public BucketPolicy bucket(String value) {
    return set("Bucket", Value.of(value));
  }

  /** Sets {@code Bucket} to this value; see {@link #bucket(String)}. */
  public BucketPolicy bucket(Value<String> value) {
    return set("Bucket", value);
  }

  /** Sets {@code Bucket} to the Ref of {@code AWS::S3::Bucket}; see {@link #bucket(String)}. */
  public BucketPolicy bucket(Bucket resource) {
    return set("Bucket", resource.ref());
  }

  /**
   * A policy document containing permissions to add to the specified bucket. In IAM, you must
   * provide policy documents in JSON format. However, in CloudFormation you can provide the policy
   * in JSON or YAML format because CloudFormation converts YAML to JSON before submitting it to
   * IAM. For more information, see the AWS::IAM::Policy <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-iam-policy.html#cfn-iam-policy-policydocument">PolicyDocument</a>
   * resource description in this guide and <a
   * href="https://docs.aws.amazon.com/AmazonS3/latest/dev/access-policy-language-overview.html">Access
   * Policy Language Overview</a> in the <em>Amazon S3 User Guide</em> .
   *
   * <p>Required. CloudFormation property {@code PolicyDocument}.
   */
  public BucketPolicy policyDocument(String value) {
    return set("PolicyDocument", Value.of(value));
  }

  /** Sets {@code PolicyDocument} to this value; see {@link #policyDocument(String)}. */
  public BucketPolicy policyDocument(Value<String> value) {
    return set("PolicyDocument", value);
  }

  /** Sets {@code PolicyDocument} to this value; see {@link #policyDocument(String)}. */
  public BucketPolicy policyDocument(Json value) {
    return set("PolicyDocument", value);
  }
}
