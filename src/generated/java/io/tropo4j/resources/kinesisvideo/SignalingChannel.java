// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.kinesisvideo;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Specifies a signaling channel.
 *
 * <p><code>CreateSignalingChannel</code> is an asynchronous operation.
 *
 * <p>CloudFormation type {@code AWS::KinesisVideo::SignalingChannel}.
 */
public final class SignalingChannel extends Resource<SignalingChannel> {
  private static final Schema SCHEMA = Schema.builder("AWS::KinesisVideo::SignalingChannel")
      .constrain("MessageTtlSeconds", Constraint.of().minimum(5).maximum(120))
      .constrain("Name", Constraint.of().pattern("[a-zA-Z0-9_.-]+").minLength(1).maxLength(256))
      .allowed("Type", "SINGLE_MASTER")
      .refYields("Name")
      .attributes("Arn")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public SignalingChannel(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The period of time (in seconds) a signaling channel retains undelivered messages before they
   * are discarded. Use <code>API_UpdateSignalingChannel</code> to update this value.
   *
   * <p>Range: 5 to 120. CloudFormation property {@code MessageTtlSeconds}.
   */
  public SignalingChannel messageTtlSeconds(int value) {
    return set("MessageTtlSeconds", Value.of(value));
  }

  /** Sets {@code MessageTtlSeconds} to this value; see {@link #messageTtlSeconds(int)}. */
  public SignalingChannel messageTtlSeconds(Value<Integer> value) {
    return set("MessageTtlSeconds", value);
  }

  /**
   * A name for the signaling channel that you are creating. It must be unique for each AWS account
   * and AWS Region .
   *
   * <p>Changing it replaces the resource. Length: 1 to 256 characters. Pattern: {@code
   * [a-zA-Z0-9_.-]+}. CloudFormation property {@code Name}.
   */
  public SignalingChannel name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public SignalingChannel name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * An array of key-value pairs to apply to this resource.
   *
   * <p>For more information, see <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-resource-tags.html">Tag</a>
   * .
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public SignalingChannel tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public SignalingChannel tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public SignalingChannel tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * A type of the signaling channel that you are creating. Currently, <code>SINGLE_MASTER</code> is
   * the only supported channel type.
   *
   * <p>Allowed values: {@code SINGLE_MASTER}. CloudFormation property {@code Type}.
   */
  public SignalingChannel typeProperty(String value) {
    return set("Type", Value.of(value));
  }

  /** Sets {@code Type} to this value; see {@link #typeProperty(String)}. */
  public SignalingChannel typeProperty(Value<String> value) {
    return set("Type", value);
  }

  /**
   * The Amazon Resource Name (ARN) of the signaling channel.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }
}
