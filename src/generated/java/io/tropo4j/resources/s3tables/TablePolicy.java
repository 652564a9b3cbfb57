// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.s3tables;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.fn.Json;
import io.tropo4j.fn.Value;

/**
 * Creates a new maintenance configuration or replaces an existing table policy for a table. For
 * more information, see <a
 * href="https://docs.aws.amazon.com/AmazonS3/latest/userguide/s3-tables-table-policy.html#table-policy-add">Adding
 * a table policy</a> in the <em>Amazon Simple Storage Service User Guide</em> .
 *
 * <ul> <li><b>Permissions</b> - You must have the <code>s3tables:PutTablePolicy</code> permission
 * to use this operation. <li><b>Cloud Development Kit</b> - To use S3 Tables AWS CDK constructs,
 * add the <code>&#64;aws-cdk/aws-s3tables-alpha</code> dependency with one of the following
 * options: </ul>
 *
 * <ul> <li>NPM: <code>npm i &#64;aws-cdk/aws-s3tables-alpha</code> <li>Yarn: <code>yarn add
 * &#64;aws-cdk/aws-s3tables-alpha</code> </ul>
 *
 * <p>CloudFormation type {@code AWS::S3Tables::TablePolicy}.
 */
public final class TablePolicy extends Resource<TablePolicy> {
  private static final Schema SCHEMA = Schema.builder("AWS::S3Tables::TablePolicy")
      .required("ResourcePolicy", "TableARN")
      .constrain("ResourcePolicy", Constraint.of().minLength(1).maxLength(20480))
      .refYields("TableARN")
      .attributes("Namespace", "TableBucketARN", "TableName")
      .build();

  public TablePolicy(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The <code>JSON</code> that defines the policy.
   *
   * <p>Required. Length: 1 to 20480 characters. CloudFormation property {@code ResourcePolicy}.
   */
  public TablePolicy resourcePolicy(String value) {
    return set("ResourcePolicy", Value.of(value));
  }

  /** Sets {@code ResourcePolicy} to this value; see {@link #resourcePolicy(String)}. */
  public TablePolicy resourcePolicy(Value<String> value) {
    return set("ResourcePolicy", value);
  }

  /** Sets {@code ResourcePolicy} to this value; see {@link #resourcePolicy(String)}. */
  public TablePolicy resourcePolicy(Json value) {
    return set("ResourcePolicy", value);
  }

  /**
   * The Amazon Resource Name (ARN) of the table.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code TableARN}.
   */
  public TablePolicy tableARN(String value) {
    return set("TableARN", Value.of(value));
  }

  /** Sets {@code TableARN} to this value; see {@link #tableARN(String)}. */
  public TablePolicy tableARN(Value<String> value) {
    return set("TableARN", value);
  }

  /**
   * The namespace to associated with the table.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Namespace}.
   */
  public Value<String> namespace() {
    return getAtt("Namespace");
  }

  /**
   * The Amazon Resource Name (ARN) of the table bucket that contains the table.
   *
   * <p>{@code Fn::GetAtt} attribute {@code TableBucketARN}.
   */
  public Value<String> tableBucketARN() {
    return getAtt("TableBucketARN");
  }

  /**
   * The name of the table.
   *
   * <p>{@code Fn::GetAtt} attribute {@code TableName}.
   */
  public Value<String> tableName() {
    return getAtt("TableName");
  }
}
