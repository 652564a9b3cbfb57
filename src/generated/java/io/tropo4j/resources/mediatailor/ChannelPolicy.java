// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.mediatailor;

import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.fn.Json;
import io.tropo4j.fn.Value;

/**
 * Specifies an IAM policy for the channel. IAM policies are used to control access to your channel.
 *
 * <p>CloudFormation type {@code AWS::MediaTailor::ChannelPolicy}.
 */
public final class ChannelPolicy extends Resource<ChannelPolicy> {
  private static final Schema SCHEMA = Schema.builder("AWS::MediaTailor::ChannelPolicy")
      .required("ChannelName", "Policy")
      .refYields("ChannelName")
      .build();

  public ChannelPolicy(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The name of the channel associated with this Channel Policy.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code ChannelName}.
   */
  public ChannelPolicy channelName(String value) {
    return set("ChannelName", Value.of(value));
  }

  /** Sets {@code ChannelName} to this value; see {@link #channelName(String)}. */
  public ChannelPolicy channelName(Value<String> value) {
    return set("ChannelName", value);
  }

  /**
   * The IAM policy for the channel. IAM policies are used to control access to your channel.
   *
   * <p>Required. CloudFormation property {@code Policy}.
   */
  public ChannelPolicy policy(String value) {
    return set("Policy", Value.of(value));
  }

  /** Sets {@code Policy} to this value; see {@link #policy(String)}. */
  public ChannelPolicy policy(Value<String> value) {
    return set("Policy", value);
  }

  /** Sets {@code Policy} to this value; see {@link #policy(String)}. */
  public ChannelPolicy policy(Json value) {
    return set("Policy", value);
  }
}
