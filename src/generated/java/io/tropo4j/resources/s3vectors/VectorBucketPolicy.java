// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.s3vectors;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.fn.Json;
import io.tropo4j.fn.Value;

/**
 * The <code>AWS::S3Vectors::VectorBucketPolicy</code> resource defines an Amazon S3 vector bucket
 * policy to control access to an Amazon S3 vector bucket.
 *
 * <p>Vector bucket policies are written in JSON and allow you to grant or deny permissions across
 * all (or a subset of) objects within a vector bucket.
 *
 * <p>You must specify either <code>VectorBucketName</code> or <code>VectorBucketArn</code> to
 * identify the target bucket.
 *
 * <p>To control how AWS CloudFormation handles the vector bucket policy when the stack is deleted,
 * you can set a deletion policy for your policy. You can choose to <em>retain</em> the policy or to
 * <em>delete</em> the policy. For more information, see <a
 * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-attribute-deletionpolicy.html">DeletionPolicy
 * attribute</a> .
 *
 * <ul> <li><b>Permissions</b> - The required permissions for CloudFormation to use are based on the
 * operations that are performed on the stack. </ul>
 *
 * <ul> <li>Create </ul>
 *
 * <ul> <li>s3vectors:GetVectorBucketPolicy <li>s3vectors:PutVectorBucketPolicy <li>Read </ul>
 *
 * <ul> <li>s3vectors:GetVectorBucketPolicy <li>Update </ul>
 *
 * <ul> <li>s3vectors:GetVectorBucketPolicy <li>s3vectors:PutVectorBucketPolicy <li>Delete </ul>
 *
 * <ul> <li>s3vectors:GetVectorBucketPolicy <li>s3vectors:DeleteVectorBucketPolicy <li>List </ul>
 *
 * <ul> <li>s3vectors:GetVectorBucketPolicy <li>s3vectors:ListVectorBuckets </ul>
 *
 * <p>CloudFormation type {@code AWS::S3Vectors::VectorBucketPolicy}.
 */
public final class VectorBucketPolicy extends Resource<VectorBucketPolicy> {
  private static final Schema SCHEMA = Schema.builder("AWS::S3Vectors::VectorBucketPolicy")
      .required("Policy")
      .constrain("VectorBucketArn", Constraint.of().pattern("^arn:aws[-a-z0-9]*:s3vectors:[a-z0-9-]+:[0-9]{12}:bucket/[a-z0-9][a-z0-9-.]{1,61}[a-z0-9]$"))
      .constrain("VectorBucketName", Constraint.of().minLength(3).maxLength(63))
      .refYields("VectorBucketArn")
      .build();

  public VectorBucketPolicy(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * A policy document containing permissions to add to the specified vector bucket. In IAM , you
   * must provide policy documents in JSON format. However, in CloudFormation you can provide the
   * policy in JSON or YAML format because CloudFormation converts YAML to JSON before submitting it
   * to IAM .
   *
   * <p>Required. CloudFormation property {@code Policy}.
   */
  public VectorBucketPolicy policy(String value) {
    return set("Policy", Value.of(value));
  }

  /** Sets {@code Policy} to this value; see {@link #policy(String)}. */
  public VectorBucketPolicy policy(Value<String> value) {
    return set("Policy", value);
  }

  /** Sets {@code Policy} to this value; see {@link #policy(String)}. */
  public VectorBucketPolicy policy(Json value) {
    return set("Policy", value);
  }

  /**
   * The Amazon Resource Name (ARN) of the S3 vector bucket to which the policy applies.
   *
   * <p>Changing it replaces the resource. Pattern: {@code
   * ^arn:aws[-a-z0-9]*:s3vectors:[a-z0-9-]+:[0-9]{12}:bucket/[a-z0-9][a-z0-9-.]{1,61}[a-z0-9]$}.
   * CloudFormation property {@code VectorBucketArn}.
   */
  public VectorBucketPolicy vectorBucketArn(String value) {
    return set("VectorBucketArn", Value.of(value));
  }

  /** Sets {@code VectorBucketArn} to this value; see {@link #vectorBucketArn(String)}. */
  public VectorBucketPolicy vectorBucketArn(Value<String> value) {
    return set("VectorBucketArn", value);
  }

  /**
   * The name of the S3 vector bucket to which the policy applies.
   *
   * <p>Changing it replaces the resource. Length: 3 to 63 characters. CloudFormation property
   * {@code VectorBucketName}.
   */
  public VectorBucketPolicy vectorBucketName(String value) {
    return set("VectorBucketName", Value.of(value));
  }

  /** Sets {@code VectorBucketName} to this value; see {@link #vectorBucketName(String)}. */
  public VectorBucketPolicy vectorBucketName(Value<String> value) {
    return set("VectorBucketName", value);
  }
}
