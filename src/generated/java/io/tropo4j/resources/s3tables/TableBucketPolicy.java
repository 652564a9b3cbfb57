// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.s3tables;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.fn.Json;
import io.tropo4j.fn.Value;

/**
 * Creates a new maintenance configuration or replaces an existing table bucket policy for a table
 * bucket. For more information, see <a
 * href="https://docs.aws.amazon.com/AmazonS3/latest/userguide/s3-tables-bucket-policy.html#table-bucket-policy-add">Adding
 * a table bucket policy</a> in the <em>Amazon Simple Storage Service User Guide</em> .
 *
 * <ul> <li><b>Permissions</b> - You must have the <code>s3tables:PutTableBucketPolicy</code>
 * permission to use this operation. <li><b>Cloud Development Kit</b> - To use S3 Tables AWS CDK
 * constructs, add the <code>&#64;aws-cdk/aws-s3tables-alpha</code> dependency with one of the
 * following options: </ul>
 *
 * <ul> <li>NPM: <code>npm i &#64;aws-cdk/aws-s3tables-alpha</code> <li>Yarn: <code>yarn add
 * &#64;aws-cdk/aws-s3tables-alpha</code> </ul>
 *
 * <p>CloudFormation type {@code AWS::S3Tables::TableBucketPolicy}.
 */
public final class TableBucketPolicy extends Resource<TableBucketPolicy> {
  private static final Schema SCHEMA = Schema.builder("AWS::S3Tables::TableBucketPolicy")
      .required("ResourcePolicy", "TableBucketARN")
      .constrain("ResourcePolicy", Constraint.of().minLength(1).maxLength(20480))
      .constrain("TableBucketARN", Constraint.of().pattern("^(arn:aws[-a-z0-9]*:[a-z0-9]+:[-a-z0-9]*:[0-9]{12}:bucket/[a-z0-9_-]{3,63})$"))
      .refYields("TableBucketARN")
      .build();

  public TableBucketPolicy(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The bucket policy JSON for the table bucket.
   *
   * <p>Required. Length: 1 to 20480 characters. CloudFormation property {@code ResourcePolicy}.
   */
  public TableBucketPolicy resourcePolicy(String value) {
    return set("ResourcePolicy", Value.of(value));
  }

  /** Sets {@code ResourcePolicy} to this value; see {@link #resourcePolicy(String)}. */
  public TableBucketPolicy resourcePolicy(Value<String> value) {
    return set("ResourcePolicy", value);
  }

  /** Sets {@code ResourcePolicy} to this value; see {@link #resourcePolicy(String)}. */
  public TableBucketPolicy resourcePolicy(Json value) {
    return set("ResourcePolicy", value);
  }

  /**
   * The Amazon Resource Name (ARN) of the table bucket.
   *
   * <p>Required. Changing it replaces the resource. Pattern: {@code
   * ^(arn:aws[-a-z0-9]*:[a-z0-9]+:[-a-z0-9]*:[0-9]{12}:bucket/[a-z0-9_-]{3,63})$}. CloudFormation
   * property {@code TableBucketARN}.
   */
  public TableBucketPolicy tableBucketARN(String value) {
    return set("TableBucketARN", Value.of(value));
  }

  /** Sets {@code TableBucketARN} to this value; see {@link #tableBucketARN(String)}. */
  public TableBucketPolicy tableBucketARN(Value<String> value) {
    return set("TableBucketARN", value);
  }
}
