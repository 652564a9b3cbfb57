// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.elasticache;

import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import io.tropo4j.resources.ec2.Subnet;
import java.util.List;

/**
 * Creates a cache subnet group. For more information about cache subnet groups, go to Cache Subnet
 * Groups in the <em>Amazon ElastiCache User Guide</em> or go to <a
 * href="https://docs.aws.amazon.com/AmazonElastiCache/latest/APIReference/API_CreateCacheSubnetGroup.html">CreateCacheSubnetGroup</a>
 * in the <em>Amazon ElastiCache API Reference Guide</em> .
 *
 * <p>CloudFormation type {@code AWS::ElastiCache::SubnetGroup}.
 */
public final class SubnetGroup extends Resource<SubnetGroup> {
  private static final Schema SCHEMA = Schema.builder("AWS::ElastiCache::SubnetGroup")
      .required("Description", "SubnetIds")
      .references("SubnetIds", "AWS::EC2::Subnet.Ref")
      .refYields("CacheSubnetGroupName")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public SubnetGroup(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The name for the cache subnet group. This value is stored as a lowercase string.
   *
   * <p>Constraints: Must contain no more than 255 alphanumeric characters or hyphens.
   *
   * <p>Example: <code>mysubnetgroup</code>
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code CacheSubnetGroupName}.
   */
  public SubnetGroup cacheSubnetGroupName(String value) {
    return set("CacheSubnetGroupName", Value.of(value));
  }

  /** Sets {@code CacheSubnetGroupName} to this value; see {@link #cacheSubnetGroupName(String)}. */
  public SubnetGroup cacheSubnetGroupName(Value<String> value) {
    return set("CacheSubnetGroupName", value);
  }

  /**
   * The description for the cache subnet group.
   *
   * <p>Required. CloudFormation property {@code Description}.
   */
  public SubnetGroup description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public SubnetGroup description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * The EC2 subnet IDs for the cache subnet group.
   *
   * <p>Required. CloudFormation property {@code SubnetIds}.
   */
  public SubnetGroup subnetIds(List<String> value) {
    return set("SubnetIds", Value.listOf(value));
  }

  /** Sets {@code SubnetIds} to this value; see {@link #subnetIds(List)}. */
  public SubnetGroup subnetIds(Value<List<String>> value) {
    return set("SubnetIds", value);
  }

  /**
   * Sets {@code SubnetIds} to the Ref of each {@code AWS::EC2::Subnet}; see {@link
   * #subnetIds(List)}.
   */
  public SubnetGroup subnetIds(Subnet... resources) {
    return set("SubnetIds", Value.refs(resources));
  }

  /**
   * A tag that can be added to an ElastiCache subnet group. Tags are composed of a Key/Value pair.
   * You can use tags to categorize and track all your subnet groups. A tag with a null Value is
   * permitted.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public SubnetGroup tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public SubnetGroup tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public SubnetGroup tags(Tags tags) {
    return set("Tags", tags);
  }
}
