// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.s3tables;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.fn.Value;

/**
 * Creates a namespace. A namespace is a logical grouping of tables within your table bucket, which
 * you can use to organize tables. For more information, see <a
 * href="https://docs.aws.amazon.com/AmazonS3/latest/userguide/s3-tables-namespace-create.html">Create
 * a namespace</a> in the <em>Amazon Simple Storage Service User Guide</em> .
 *
 * <ul> <li><b>Permissions</b> - You must have the <code>s3tables:CreateNamespace</code> permission
 * to use this operation. <li><b>Cloud Development Kit</b> - To use S3 Tables AWS CDK constructs,
 * add the <code>&#64;aws-cdk/aws-s3tables-alpha</code> dependency with one of the following
 * options: </ul>
 *
 * <ul> <li>NPM: <code>npm i &#64;aws-cdk/aws-s3tables-alpha</code> <li>Yarn: <code>yarn add
 * &#64;aws-cdk/aws-s3tables-alpha</code> </ul>
 *
 * <p>CloudFormation type {@code AWS::S3Tables::Namespace}.
 */
public final class Namespace extends Resource<Namespace> {
  private static final Schema SCHEMA = Schema.builder("AWS::S3Tables::Namespace")
      .required("Namespace", "TableBucketARN")
      .constrain("Namespace", Constraint.of().minLength(1).maxLength(255))
      .constrain("TableBucketARN", Constraint.of().pattern("^(arn:aws[-a-z0-9]*:[a-z0-9]+:[-a-z0-9]*:[0-9]{12}:bucket/[a-z0-9_-]{3,63})$"))
      .build();

  public Namespace(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The name of the namespace.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 255 characters. CloudFormation
   * property {@code Namespace}.
   */
  public Namespace namespace(String value) {
    return set("Namespace", Value.of(value));
  }

  /** Sets {@code Namespace} to this value; see {@link #namespace(String)}. */
  public Namespace namespace(Value<String> value) {
    return set("Namespace", value);
  }

  /**
   * The Amazon Resource Name (ARN) of the table bucket to create the namespace in.
   *
   * <p>Required. Changing it replaces the resource. Pattern: {@code
   * ^(arn:aws[-a-z0-9]*:[a-z0-9]+:[-a-z0-9]*:[0-9]{12}:bucket/[a-z0-9_-]{3,63})$}. CloudFormation
   * property {@code TableBucketARN}.
   */
  public Namespace tableBucketARN(String value) {
    return set("TableBucketARN", Value.of(value));
  }

  /** Sets {@code TableBucketARN} to this value; see {@link #tableBucketARN(String)}. */
  public Namespace tableBucketARN(Value<String> value) {
    return set("TableBucketARN", value);
  }
}
