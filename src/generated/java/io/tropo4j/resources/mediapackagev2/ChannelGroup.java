// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.mediapackagev2;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Specifies the configuration for a MediaPackage V2 channel group.
 *
 * <p>CloudFormation type {@code AWS::MediaPackageV2::ChannelGroup}.
 */
public final class ChannelGroup extends Resource<ChannelGroup> {
  private static final Schema SCHEMA = Schema.builder("AWS::MediaPackageV2::ChannelGroup")
      .required("ChannelGroupName")
      .constrain("ChannelGroupName", Constraint.of().pattern("^[a-zA-Z0-9_-]+$").minLength(1).maxLength(256))
      .constrain("Description", Constraint.of().minLength(0).maxLength(1024))
      .refYields("Arn")
      .attributes("Arn", "CreatedAt", "EgressDomain", "ModifiedAt")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public ChannelGroup(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The name of the channel group.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 256 characters. Pattern: {@code
   * ^[a-zA-Z0-9_-]+$}. CloudFormation property {@code ChannelGroupName}.
   */
  public ChannelGroup channelGroupName(String value) {
    return set("ChannelGroupName", Value.of(value));
  }

  /** Sets {@code ChannelGroupName} to this value; see {@link #channelGroupName(String)}. */
  public ChannelGroup channelGroupName(Value<String> value) {
    return set("ChannelGroupName", value);
  }

  /**
   * The configuration for a MediaPackage V2 channel group.
   *
   * <p>Length: 0 to 1024 characters. CloudFormation property {@code Description}.
   */
  public ChannelGroup description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public ChannelGroup description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * The tags associated with the channel group.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public ChannelGroup tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public ChannelGroup tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public ChannelGroup tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The Amazon Resource Name (ARN) of the channel group.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * The timestamp of the creation of the channel group.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CreatedAt}.
   */
  public Value<String> createdAt() {
    return getAtt("CreatedAt");
  }

  /**
   * The egress domain of the channel group.
   *
   * <p>{@code Fn::GetAtt} attribute {@code EgressDomain}.
   */
  public Value<String> egressDomain() {
    return getAtt("EgressDomain");
  }

  /**
   * The timestamp of the modification of the channel group.
   *
   * <p>{@code Fn::GetAtt} attribute {@code ModifiedAt}.
   */
  public Value<String> modifiedAt() {
    return getAtt("ModifiedAt");
  }
}
