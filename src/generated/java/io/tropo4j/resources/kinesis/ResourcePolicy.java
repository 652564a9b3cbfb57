// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.kinesis;

import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.fn.Json;
import io.tropo4j.fn.Value;

/**
 * Attaches a resource-based policy to a data stream or registered consumer. If you are using an
 * identity other than the root user of the AWS account that owns the resource, the calling identity
 * must have the <code>PutResourcePolicy</code> permissions on the specified Kinesis Data Streams
 * resource and belong to the owner's account in order to use this operation. If you don't have
 * <code>PutResourcePolicy</code> permissions, Amazon Kinesis Data Streams returns a <code>403
 * Access Denied error</code> . If you receive a <code>ResourceNotFoundException</code> , check to
 * see if you passed a valid stream or consumer resource.
 *
 * <p>Request patterns can be one of the following:
 *
 * <ul> <li>Data stream pattern:
 * <code>arn:aws.<em>:kinesis:.</em>:&#92;d{12}:.*stream/&#92;S+</code> <li>Consumer pattern:
 * <code>^(arn):aws.<em>:kinesis:.</em>:&#92;d{12}:.*stream&#92;/[a-zA-Z0-9_.-]+&#92;/consumer&#92;/[a-zA-Z0-9_.-]+:[0-9]+</code>
 * </ul>
 *
 * <p>For more information, see <a
 * href="https://docs.aws.amazon.com/streams/latest/dev/controlling-access.html">Controlling Access
 * to Amazon Kinesis Data Streams Resources Using IAM</a> .
 *
 * <p>CloudFormation type {@code AWS::Kinesis::ResourcePolicy}.
 */
public final class ResourcePolicy extends Resource<ResourcePolicy> {
  private static final Schema SCHEMA = Schema.builder("AWS::Kinesis::ResourcePolicy")
      .required("ResourceArn", "ResourcePolicy")
      .references("ResourceArn", "AWS::Kinesis::Stream.Arn", "AWS::Kinesis::StreamConsumer.Ref")
      .refYields("ResourceArn")
      .build();

  public ResourcePolicy(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * Returns the Amazon Resource Name (ARN) of the resource-based policy.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code ResourceArn}.
   */
  public ResourcePolicy resourceArn(String value) {
    return set("ResourceArn", Value.of(value));
  }

  /** Sets {@code ResourceArn} to this value; see {@link #resourceArn(String)}. */
  public ResourcePolicy resourceArn(Value<String> value) {
    return set("ResourceArn", value);
  }

  /**
   * Sets {@code ResourceArn} to the Arn of {@code AWS::Kinesis::Stream}; see {@link
   * #resourceArn(String)}.
   */
  public ResourcePolicy resourceArn(Stream resource) {
    return set("ResourceArn", resource.arn());
  }

  /**
   * Sets {@code ResourceArn} to the Ref of {@code AWS::Kinesis::StreamConsumer}; see {@link
   * #resourceArn(String)}.
   */
  public ResourcePolicy resourceArn(StreamConsumer resource) {
    return set("ResourceArn", resource.ref());
  }

  /**
   * This is the description for the resource policy.
   *
   * <p>Required. CloudFormation property {@code ResourcePolicy}.
   */
  public ResourcePolicy resourcePolicy(Value<Json> value) {
    return set("ResourcePolicy", value);
  }
}
