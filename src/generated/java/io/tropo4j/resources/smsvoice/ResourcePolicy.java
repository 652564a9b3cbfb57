// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.smsvoice;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.fn.Json;
import io.tropo4j.fn.Value;

/**
 * Attaches a resource-based policy to a End User Messaging resource(phone number, sender Id, phone
 * poll, or opt-out list) that is used for sharing the resource. A shared resource can be a Pool,
 * Opt-out list, Sender Id, or Phone number. For more information about resource-based policies, see
 * <a href="https://docs.aws.amazon.com/sms-voice/latest/userguide/shared-resources.html">Working
 * with shared resources</a> in the <em>End User Messaging User Guide</em> .
 *
 * <p>CloudFormation type {@code AWS::SMSVOICE::ResourcePolicy}.
 */
public final class ResourcePolicy extends Resource<ResourcePolicy> {
  private static final Schema SCHEMA = Schema.builder("AWS::SMSVOICE::ResourcePolicy")
      .required("PolicyDocument", "ResourceArn")
      .constrain("ResourceArn", Constraint.of().pattern("^arn:\\S+$"))
      .refYields("ResourceArn")
      .build();

  public ResourcePolicy(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The JSON formatted resource-based policy to attach.
   *
   * <p>Required. CloudFormation property {@code PolicyDocument}.
   */
  public ResourcePolicy policyDocument(Value<Json> value) {
    return set("PolicyDocument", value);
  }

  /**
   * The Amazon Resource Name (ARN) of the End User Messaging resource attached to the
   * resource-based policy.
   *
   * <p>Required. Changing it replaces the resource. Pattern: {@code ^arn:&#92;S+$}. CloudFormation
   * property {@code ResourceArn}.
   */
  public ResourcePolicy resourceArn(String value) {
    return set("ResourceArn", Value.of(value));
  }

  /** Sets {@code ResourceArn} to this value; see {@link #resourceArn(String)}. */
  public ResourcePolicy resourceArn(Value<String> value) {
    return set("ResourceArn", value);
  }
}
