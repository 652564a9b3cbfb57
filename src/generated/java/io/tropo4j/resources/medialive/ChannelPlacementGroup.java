// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.medialive;

import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Definition of AWS::MediaLive::ChannelPlacementGroup Resource Type
 *
 * <p>CloudFormation type {@code AWS::MediaLive::ChannelPlacementGroup}.
 */
public final class ChannelPlacementGroup extends Resource<ChannelPlacementGroup> {
  private static final Schema SCHEMA = Schema.builder("AWS::MediaLive::ChannelPlacementGroup")
      .attributes("Arn", "Channels", "Id", "State")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public ChannelPlacementGroup(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The ID of the cluster the node is on.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code ClusterId}.
   */
  public ChannelPlacementGroup clusterId(String value) {
    return set("ClusterId", Value.of(value));
  }

  /** Sets {@code ClusterId} to this value; see {@link #clusterId(String)}. */
  public ChannelPlacementGroup clusterId(Value<String> value) {
    return set("ClusterId", value);
  }

  /**
   * The name of the channel placement group.
   *
   * <p>CloudFormation property {@code Name}.
   */
  public ChannelPlacementGroup name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public ChannelPlacementGroup name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * List of nodes added to the channel placement group
   *
   * <p>CloudFormation property {@code Nodes}.
   */
  public ChannelPlacementGroup nodes(List<String> value) {
    return set("Nodes", Value.listOf(value));
  }

  /** Sets {@code Nodes} to this value; see {@link #nodes(List)}. */
  public ChannelPlacementGroup nodes(Value<List<String>> value) {
    return set("Nodes", value);
  }

  /**
   * A collection of key-value pairs.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public ChannelPlacementGroup tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public ChannelPlacementGroup tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public ChannelPlacementGroup tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The ARN of the channel placement group.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * List of channel IDs added to the channel placement group.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Channels}.
   */
  public Value<List<String>> channels() {
    return getAtt("Channels");
  }

  /**
   * Unique internal identifier.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Id}.
   */
  public Value<String> id() {
    return getAtt("Id");
  }

  /**
   * The current state of the ChannelPlacementGroupState
   *
   * <p>{@code Fn::GetAtt} attribute {@code State}.
   */
  public Value<String> state() {
    return getAtt("State");
  }
}
