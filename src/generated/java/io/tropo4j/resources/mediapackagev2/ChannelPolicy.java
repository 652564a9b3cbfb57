// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.mediapackagev2;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.fn.Json;
import io.tropo4j.fn.Value;

/**
 * Specifies the configuration parameters of a MediaPackage V2 channel policy.
 *
 * <p>CloudFormation type {@code AWS::MediaPackageV2::ChannelPolicy}.
 */
public final class ChannelPolicy extends Resource<ChannelPolicy> {
  private static final Schema SCHEMA = Schema.builder("AWS::MediaPackageV2::ChannelPolicy")
      .required("ChannelGroupName", "ChannelName", "Policy")
      .constrain("ChannelGroupName", Constraint.of().pattern("^[a-zA-Z0-9_-]+$").minLength(1).maxLength(256))
      .constrain("ChannelName", Constraint.of().pattern("^[a-zA-Z0-9_-]+$").minLength(1).maxLength(256))
      .constrain("Policy", Constraint.of().maxLength(6144))
      .build();

  public ChannelPolicy(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The name of the channel group associated with the channel policy.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 256 characters. Pattern: {@code
   * ^[a-zA-Z0-9_-]+$}. CloudFormation property {@code ChannelGroupName}.
   */
  public ChannelPolicy channelGroupName(String value) {
    return set("ChannelGroupName", Value.of(value));
  }

  /** Sets {@code ChannelGroupName} to this value; see {@link #channelGroupName(String)}. */
  public ChannelPolicy channelGroupName(Value<String> value) {
    return set("ChannelGroupName", value);
  }

  /**
   * The name of the channel associated with the channel policy.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 256 characters. Pattern: {@code
   * ^[a-zA-Z0-9_-]+$}. CloudFormation property {@code ChannelName}.
   */
  public ChannelPolicy channelName(String value) {
    return set("ChannelName", Value.of(value));
  }

  /** Sets {@code ChannelName} to this value; see {@link #channelName(String)}. */
  public ChannelPolicy channelName(Value<String> value) {
    return set("ChannelName", value);
  }

  /**
   * The policy associated with the channel.
   *
   * <p>Required. Length: at most 6144 characters. CloudFormation property {@code Policy}.
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
