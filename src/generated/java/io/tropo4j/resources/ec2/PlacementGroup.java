// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.ec2;

import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Specifies a placement group in which to launch instances. The strategy of the placement group
 * determines how the instances are organized within the group.
 *
 * <p>A <code>cluster</code> placement group is a logical grouping of instances within a single
 * Availability Zone that benefit from low network latency, high network throughput. A
 * <code>spread</code> placement group places instances on distinct hardware. A
 * <code>partition</code> placement group places groups of instances in different partitions, where
 * instances in one partition do not share the same hardware with instances in another partition.
 *
 * <p>For more information, see <a
 * href="https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/placement-groups.html">Placement
 * Groups</a> in the <em>Amazon EC2 User Guide</em> .
 *
 * <p>CloudFormation type {@code AWS::EC2::PlacementGroup}.
 */
public final class PlacementGroup extends Resource<PlacementGroup> {
  private static final Schema SCHEMA = Schema.builder("AWS::EC2::PlacementGroup")
      .allowed("SpreadLevel", "host", "rack")
      .allowed("Strategy", "cluster", "partition", "precision-time", "spread")
      .refYields("GroupName")
      .attributes("GroupId", "GroupName")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public PlacementGroup(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The ID of a parent placement group. Valid for strategies that support parent group linking.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code ParentGroupId}.
   */
  public PlacementGroup parentGroupId(String value) {
    return set("ParentGroupId", Value.of(value));
  }

  /** Sets {@code ParentGroupId} to this value; see {@link #parentGroupId(String)}. */
  public PlacementGroup parentGroupId(Value<String> value) {
    return set("ParentGroupId", value);
  }

  /**
   * The number of partitions. Valid only when <em>Strategy</em> is set to <code>partition</code> .
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code PartitionCount}.
   */
  public PlacementGroup partitionCount(int value) {
    return set("PartitionCount", Value.of(value));
  }

  /** Sets {@code PartitionCount} to this value; see {@link #partitionCount(int)}. */
  public PlacementGroup partitionCount(Value<Integer> value) {
    return set("PartitionCount", value);
  }

  /**
   * Determines how placement groups spread instances.
   *
   * <ul> <li>Host – You can use <code>host</code> only with Outpost placement groups. <li>Rack – No
   * usage restrictions. </ul>
   *
   * <p>Changing it replaces the resource. Allowed values: {@code host}, {@code rack}.
   * CloudFormation property {@code SpreadLevel}.
   */
  public PlacementGroup spreadLevel(String value) {
    return set("SpreadLevel", Value.of(value));
  }

  /** Sets {@code SpreadLevel} to this value; see {@link #spreadLevel(String)}. */
  public PlacementGroup spreadLevel(Value<String> value) {
    return set("SpreadLevel", value);
  }

  /**
   * The placement strategy.
   *
   * <p>Changing it replaces the resource. Allowed values: {@code cluster}, {@code partition},
   * {@code precision-time}, {@code spread}. CloudFormation property {@code Strategy}.
   */
  public PlacementGroup strategy(String value) {
    return set("Strategy", Value.of(value));
  }

  /** Sets {@code Strategy} to this value; see {@link #strategy(String)}. */
  public PlacementGroup strategy(Value<String> value) {
    return set("Strategy", value);
  }

  /**
   * The tags to apply to the new placement group.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code Tags}.
   */
  public PlacementGroup tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public PlacementGroup tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public PlacementGroup tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The ID of the placement group.
   *
   * <p>{@code Fn::GetAtt} attribute {@code GroupId}.
   */
  public Value<String> groupId() {
    return getAtt("GroupId");
  }

  /**
   * The name of the placement group.
   *
   * <p>{@code Fn::GetAtt} attribute {@code GroupName}.
   */
  public Value<String> groupName() {
    return getAtt("GroupName");
  }
}
