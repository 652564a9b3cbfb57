// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.s3express;

import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.fn.Json;
import io.tropo4j.fn.Value;

/**
 * The <code>AWS::S3Express::BucketPolicy</code> resource defines an Amazon S3 bucket policy to an
 * Amazon S3 directory bucket.
 *
 * <ul> <li><b>Permissions</b> - If you are using an identity other than the root user of the AWS
 * account that owns the bucket, the calling identity must both have the required permissions on the
 * specified bucket and belong to the bucket owner's account in order to use this operation. For
 * more information about directory bucket policies and permissions, see <a
 * href="https://docs.aws.amazon.com/AmazonS3/latest/userguide/s3-express-security-iam.html">AWS
 * Identity and Access Management (IAM) for S3 Express One Zone</a> in the <em>Amazon S3 User
 * Guide</em> . </ul>
 *
 * <p>To ensure that bucket owners don't inadvertently lock themselves out of their own buckets, the
 * root principal in a bucket owner's AWS account can perform the <code>GetBucketPolicy</code> ,
 * <code>PutBucketPolicy</code> , and <code>DeleteBucketPolicy</code> API actions, even if their
 * bucket policy explicitly denies the root principal's access. Bucket owner root principals can
 * only be blocked from performing these API actions by VPC endpoint policies and AWS Organizations
 * policies.
 *
 * <p>The required permissions for CloudFormation to use are based on the operations that are
 * performed on the stack.
 *
 * <ul> <li>Create </ul>
 *
 * <ul> <li>s3express:GetBucketPolicy <li>s3express:PutBucketPolicy <li>Read </ul>
 *
 * <ul> <li>s3express:GetBucketPolicy <li>Update </ul>
 *
 * <ul> <li>s3express:GetBucketPolicy <li>s3express:PutBucketPolicy <li>Delete </ul>
 *
 * <ul> <li>s3express:GetBucketPolicy <li>s3express:DeleteBucketPolicy <li>List </ul>
 *
 * <ul> <li>s3express:GetBucketPolicy <li>s3express:ListAllMyDirectoryBuckets </ul>
 *
 * <p>For more information about example bucket policies, see <a
 * href="https://docs.aws.amazon.com/AmazonS3/latest/userguide/s3-express-security-iam-example-bucket-policies.html">Example
 * bucket policies for S3 Express One Zone</a> in the <em>Amazon S3 User Guide</em> .
 *
 * <p>The following operations are related to <code>AWS::S3Express::BucketPolicy</code> :
 *
 * <ul> <li><a
 * href="https://docs.aws.amazon.com/AmazonS3/latest/API/API_PutBucketPolicy.html">PutBucketPolicy</a>
 * <li><a
 * href="https://docs.aws.amazon.com/AmazonS3/latest/API/API_GetBucketPolicy.html">GetBucketPolicy</a>
 * <li><a
 * href="https://docs.aws.amazon.com/AmazonS3/latest/API/API_DeleteBucketPolicy.html">DeleteBucketPolicy</a>
 * <li><a
 * href="https://docs.aws.amazon.com/AmazonS3/latest/API/API_ListDirectoryBuckets.html">ListDirectoryBuckets</a>
 * </ul>
 *
 * <p>CloudFormation type {@code AWS::S3Express::BucketPolicy}.
 */
public final class BucketPolicy extends Resource<BucketPolicy> {
  private static final Schema SCHEMA = Schema.builder("AWS::S3Express::BucketPolicy")
      .required("Bucket", "PolicyDocument")
      .refYields("Bucket")
      .build();

  public BucketPolicy(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The name of the S3 directory bucket to which the policy applies.
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

  /**
   * A policy document containing permissions to add to the specified bucket. In IAM, you must
   * provide policy documents in JSON format. However, in CloudFormation you can provide the policy
   * in JSON or YAML format because CloudFormation converts YAML to JSON before submitting it to
   * IAM. For more information, see the AWS::IAM::Policy <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-iam-policy.html#cfn-iam-policy-policydocument">PolicyDocument</a>
   * resource description in this guide and <a
   * href="https://docs.aws.amazon.com/AmazonS3/latest/dev/access-policy-language-overview.html">Policies
   * and Permissions in Amazon S3</a> in the <em>Amazon S3 User Guide</em> .
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
