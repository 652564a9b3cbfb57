// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.elasticache;

import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;
import java.util.Map;

/**
 * The <code>AWS::ElastiCache::ParameterGroup</code> type creates a new cache parameter group. Cache
 * parameter groups control the parameters for a cache cluster.
 *
 * <p>CloudFormation type {@code AWS::ElastiCache::ParameterGroup}.
 */
public final class ParameterGroup extends Resource<ParameterGroup> {
  private static final Schema SCHEMA = Schema.builder("AWS::ElastiCache::ParameterGroup")
      .required("CacheParameterGroupFamily", "Description")
      .refYields("CacheParameterGroupName")
      .attributes("CacheParameterGroupName")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public ParameterGroup(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The name of the cache parameter group family that this cache parameter group is compatible
   * with.
   *
   * <p>Valid values are: <code>valkey8</code> | <code>valkey7</code> | <code>memcached1.4</code> |
   * <code>memcached1.5</code> | <code>memcached1.6</code> | <code>redis2.6</code> |
   * <code>redis2.8</code> | <code>redis3.2</code> | <code>redis4.0</code> | <code>redis5.0</code> |
   * <code>redis6.x</code> | <code>redis7</code>
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code
   * CacheParameterGroupFamily}.
   */
  public ParameterGroup cacheParameterGroupFamily(String value) {
    return set("CacheParameterGroupFamily", Value.of(value));
  }

  /**
   * Sets {@code CacheParameterGroupFamily} to this value; see {@link
   * #cacheParameterGroupFamily(String)}.
   */
  public ParameterGroup cacheParameterGroupFamily(Value<String> value) {
    return set("CacheParameterGroupFamily", value);
  }

  /**
   * The description for this cache parameter group.
   *
   * <p>Required. CloudFormation property {@code Description}.
   */
  public ParameterGroup description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public ParameterGroup description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * A comma-delimited list of parameter name/value pairs.
   *
   * <p>For example:
   *
   * <p>``` "Properties" : { "cas_disabled" : "1", "chunk_size_growth_factor" : "1.02" } ```
   *
   * <p>CloudFormation property {@code Properties}.
   */
  public ParameterGroup propertiesProperty(Map<String, String> value) {
    return set("Properties", Value.mapOf(value));
  }

  /** Sets {@code Properties} to this value; see {@link #propertiesProperty(Map)}. */
  public ParameterGroup propertiesProperty(Value<Map<String, String>> value) {
    return set("Properties", value);
  }

  /**
   * A tag that can be added to an ElastiCache parameter group. Tags are composed of a Key/Value
   * pair. You can use tags to categorize and track all your parameter groups. A tag with a null
   * Value is permitted.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public ParameterGroup tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public ParameterGroup tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public ParameterGroup tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * A user-specified name for the cache parameter group.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CacheParameterGroupName}.
   */
  public Value<String> cacheParameterGroupName() {
    return getAtt("CacheParameterGroupName");
  }
}
