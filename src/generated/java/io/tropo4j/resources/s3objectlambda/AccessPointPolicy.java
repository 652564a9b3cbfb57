// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.s3objectlambda;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.fn.Json;
import io.tropo4j.fn.Value;

/**
 * The <code>AWS::S3ObjectLambda::AccessPointPolicy</code> resource specifies the Object Lambda
 * Access Point resource policy document.
 *
 * <p>CloudFormation type {@code AWS::S3ObjectLambda::AccessPointPolicy}.
 */
public final class AccessPointPolicy extends Resource<AccessPointPolicy> {
  private static final Schema SCHEMA = Schema.builder("AWS::S3ObjectLambda::AccessPointPolicy")
      .required("ObjectLambdaAccessPoint", "PolicyDocument")
      .constrain("ObjectLambdaAccessPoint", Constraint.of().pattern("^[a-z0-9]([a-z0-9\\-]*[a-z0-9])?$").minLength(3).maxLength(45))
      .constrain("PolicyDocument", Constraint.of().format("json"))
      .refYields("ObjectLambdaAccessPoint")
      .build();

  public AccessPointPolicy(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * An access point with an attached AWS Lambda function used to access transformed data from an
   * Amazon S3 bucket.
   *
   * <p>Required. Changing it replaces the resource. Length: 3 to 45 characters. Pattern: {@code
   * ^[a-z0-9]([a-z0-9&#92;-]*[a-z0-9])?$}. CloudFormation property {@code ObjectLambdaAccessPoint}.
   */
  public AccessPointPolicy objectLambdaAccessPoint(String value) {
    return set("ObjectLambdaAccessPoint", Value.of(value));
  }

  /**
   * Sets {@code ObjectLambdaAccessPoint} to this value; see {@link
   * #objectLambdaAccessPoint(String)}.
   */
  public AccessPointPolicy objectLambdaAccessPoint(Value<String> value) {
    return set("ObjectLambdaAccessPoint", value);
  }

  /**
   * Object Lambda Access Point resource policy document.
   *
   * <p>Required. Format: {@code json}. CloudFormation property {@code PolicyDocument}.
   */
  public AccessPointPolicy policyDocument(Value<Json> value) {
    return set("PolicyDocument", value);
  }
}
