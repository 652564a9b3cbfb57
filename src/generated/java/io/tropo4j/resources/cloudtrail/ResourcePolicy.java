// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.cloudtrail;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.fn.Json;
import io.tropo4j.fn.Value;

/**
 * Attaches a resource-based permission policy to a CloudTrail event data store, dashboard, or
 * channel. For more information about resource-based policies, see <a
 * href="https://docs.aws.amazon.com/awscloudtrail/latest/userguide/security_iam_resource-based-policy-examples.html">CloudTrail
 * resource-based policy examples</a> in the <em>CloudTrail User Guide</em> .
 *
 * <p>CloudFormation type {@code AWS::CloudTrail::ResourcePolicy}.
 */
public final class ResourcePolicy extends Resource<ResourcePolicy> {
  private static final Schema SCHEMA = Schema.builder("AWS::CloudTrail::ResourcePolicy")
      .required("ResourceArn", "ResourcePolicy")
      .constrain("ResourceArn", Constraint.of().pattern("^[a-zA-Z0-9._/\\-:]+$").minLength(3).maxLength(256))
      .constrain("ResourcePolicy", Constraint.of().minLength(1).maxLength(8192))
      .refYields("ResourceArn")
      .build();

  public ResourcePolicy(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The Amazon Resource Name (ARN) of the CloudTrail event data store, dashboard, or channel
   * attached to the resource-based policy.
   *
   * <p>Example event data store ARN format:
   * <code>arn:aws:cloudtrail:us-east-2:123456789012:eventdatastore/EXAMPLE-f852-4e8f-8bd1-bcf6cEXAMPLE</code>
   *
   * <p>Example dashboard ARN format:
   * <code>arn:aws:cloudtrail:us-east-1:123456789012:dashboard/exampleDash</code>
   *
   * <p>Example channel ARN format:
   * <code>arn:aws:cloudtrail:us-east-2:123456789012:channel/01234567890</code>
   *
   * <p>Required. Changing it replaces the resource. Length: 3 to 256 characters. Pattern: {@code
   * ^[a-zA-Z0-9._/&#92;-:]+$}. CloudFormation property {@code ResourceArn}.
   */
  public ResourcePolicy resourceArn(String value) {
    return set("ResourceArn", Value.of(value));
  }

  /** Sets {@code ResourceArn} to this value; see {@link #resourceArn(String)}. */
  public ResourcePolicy resourceArn(Value<String> value) {
    return set("ResourceArn", value);
  }

  /**
   * A JSON-formatted string for an AWS resource-based policy.
   *
   * <p>For example resource-based policies, see <a
   * href="https://docs.aws.amazon.com/awscloudtrail/latest/userguide/security_iam_resource-based-policy-examples.html">CloudTrail
   * resource-based policy examples</a> in the <em>CloudTrail User Guide</em> .
   *
   * <p>Required. Length: 1 to 8192 characters. CloudFormation property {@code ResourcePolicy}.
   */
  public ResourcePolicy resourcePolicy(String value) {
    return set("ResourcePolicy", Value.of(value));
  }

  /** Sets {@code ResourcePolicy} to this value; see {@link #resourcePolicy(String)}. */
  public ResourcePolicy resourcePolicy(Value<String> value) {
    return set("ResourcePolicy", value);
  }

  /** Sets {@code ResourcePolicy} to this value; see {@link #resourcePolicy(String)}. */
  public ResourcePolicy resourcePolicy(Json value) {
    return set("ResourcePolicy", value);
  }
}
