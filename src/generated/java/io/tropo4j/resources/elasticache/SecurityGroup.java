// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.elasticache;

import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * The <code>AWS::ElastiCache::SecurityGroup</code> resource creates a cache security group. For
 * more information about cache security groups, go to <a
 * href="https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/VPCs.html">CacheSecurityGroups</a>
 * in the <em>Amazon ElastiCache User Guide</em> or go to <a
 * href="https://docs.aws.amazon.com/AmazonElastiCache/latest/APIReference/API_CreateCacheSecurityGroup.html">CreateCacheSecurityGroup</a>
 * in the <em>Amazon ElastiCache API Reference Guide</em> .
 *
 * <p>For more information, see <a
 * href="https://docs.aws.amazon.com/AmazonElastiCache/latest/APIReference/API_CreateCacheSubnetGroup.html">CreateCacheSubnetGroup</a>
 * .
 *
 * <p>CloudFormation type {@code AWS::ElastiCache::SecurityGroup}.
 */
public final class SecurityGroup extends Resource<SecurityGroup> {
  private static final Schema SCHEMA = Schema.builder("AWS::ElastiCache::SecurityGroup")
      .required("Description")
      .refYields("Id")
      .attributes("Id")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public SecurityGroup(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * A description for the cache security group.
   *
   * <p>Required. CloudFormation property {@code Description}.
   */
  public SecurityGroup description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public SecurityGroup description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * A tag that can be added to an ElastiCache security group. Tags are composed of a Key/Value
   * pair. You can use tags to categorize and track all your security groups. A tag with a null
   * Value is permitted.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public SecurityGroup tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public SecurityGroup tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public SecurityGroup tags(Tags tags) {
    return set("Tags", tags);
  }

  /** {@code Fn::GetAtt} attribute {@code Id}. */
  public Value<String> id() {
    return getAtt("Id");
  }
}
