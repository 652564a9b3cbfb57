// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.elasticache;

import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Consists of a primary cluster that accepts writes and an associated secondary cluster that
 * resides in a different Amazon region. The secondary cluster accepts only reads. The primary
 * cluster automatically replicates updates to the secondary cluster.
 *
 * <ul> <li>The <em>GlobalReplicationGroupIdSuffix</em> represents the name of the Global datastore,
 * which is what you use to associate a secondary cluster. </ul>
 *
 * <p>CloudFormation type {@code AWS::ElastiCache::GlobalReplicationGroup}.
 */
public final class GlobalReplicationGroup extends Resource<GlobalReplicationGroup> {
  private static final Schema SCHEMA = Schema.builder("AWS::ElastiCache::GlobalReplicationGroup")
      .required("Members")
      .refYields("GlobalReplicationGroupId")
      .attributes("Arn", "GlobalReplicationGroupId", "Status")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public GlobalReplicationGroup(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * Specifies whether a read-only replica is automatically promoted to read/write primary if the
   * existing primary fails.
   *
   * <p><code>AutomaticFailoverEnabled</code> must be enabled for Valkey or Redis OSS (cluster mode
   * enabled) replication groups.
   *
   * <p>CloudFormation property {@code AutomaticFailoverEnabled}.
   */
  public GlobalReplicationGroup automaticFailoverEnabled(boolean value) {
    return set("AutomaticFailoverEnabled", Value.of(value));
  }

  /**
   * Sets {@code AutomaticFailoverEnabled} to this value; see {@link
   * #automaticFailoverEnabled(boolean)}.
   */
  public GlobalReplicationGroup automaticFailoverEnabled(Value<Boolean> value) {
    return set("AutomaticFailoverEnabled", value);
  }

  /**
   * The cache node type of the Global datastore
   *
   * <p>CloudFormation property {@code CacheNodeType}.
   */
  public GlobalReplicationGroup cacheNodeType(String value) {
    return set("CacheNodeType", Value.of(value));
  }

  /** Sets {@code CacheNodeType} to this value; see {@link #cacheNodeType(String)}. */
  public GlobalReplicationGroup cacheNodeType(Value<String> value) {
    return set("CacheNodeType", value);
  }

  /**
   * The name of the cache parameter group to use with the Global datastore. It must be compatible
   * with the major engine version used by the Global datastore.
   *
   * <p>CloudFormation property {@code CacheParameterGroupName}.
   */
  public GlobalReplicationGroup cacheParameterGroupName(String value) {
    return set("CacheParameterGroupName", Value.of(value));
  }

  /**
   * Sets {@code CacheParameterGroupName} to this value; see {@link
   * #cacheParameterGroupName(String)}.
   */
  public GlobalReplicationGroup cacheParameterGroupName(Value<String> value) {
    return set("CacheParameterGroupName", value);
  }

  /**
   * The ElastiCache engine. For Valkey or Redis OSS only.
   *
   * <p>CloudFormation property {@code Engine}.
   */
  public GlobalReplicationGroup engine(String value) {
    return set("Engine", Value.of(value));
  }

  /** Sets {@code Engine} to this value; see {@link #engine(String)}. */
  public GlobalReplicationGroup engine(Value<String> value) {
    return set("Engine", value);
  }

  /**
   * The Elasticache Valkey or Redis OSS engine version.
   *
   * <p>CloudFormation property {@code EngineVersion}.
   */
  public GlobalReplicationGroup engineVersion(String value) {
    return set("EngineVersion", Value.of(value));
  }

  /** Sets {@code EngineVersion} to this value; see {@link #engineVersion(String)}. */
  public GlobalReplicationGroup engineVersion(Value<String> value) {
    return set("EngineVersion", value);
  }

  /**
   * The number of node groups that comprise the Global Datastore.
   *
   * <p>CloudFormation property {@code GlobalNodeGroupCount}.
   */
  public GlobalReplicationGroup globalNodeGroupCount(int value) {
    return set("GlobalNodeGroupCount", Value.of(value));
  }

  /** Sets {@code GlobalNodeGroupCount} to this value; see {@link #globalNodeGroupCount(int)}. */
  public GlobalReplicationGroup globalNodeGroupCount(Value<Integer> value) {
    return set("GlobalNodeGroupCount", value);
  }

  /**
   * The optional description of the Global datastore
   *
   * <p>CloudFormation property {@code GlobalReplicationGroupDescription}.
   */
  public GlobalReplicationGroup globalReplicationGroupDescription(String value) {
    return set("GlobalReplicationGroupDescription", Value.of(value));
  }

  /**
   * Sets {@code GlobalReplicationGroupDescription} to this value; see {@link
   * #globalReplicationGroupDescription(String)}.
   */
  public GlobalReplicationGroup globalReplicationGroupDescription(Value<String> value) {
    return set("GlobalReplicationGroupDescription", value);
  }

  /**
   * The suffix name of a Global Datastore. The suffix guarantees uniqueness of the Global Datastore
   * name across multiple regions.
   *
   * <p>CloudFormation property {@code GlobalReplicationGroupIdSuffix}.
   */
  public GlobalReplicationGroup globalReplicationGroupIdSuffix(String value) {
    return set("GlobalReplicationGroupIdSuffix", Value.of(value));
  }

  /**
   * Sets {@code GlobalReplicationGroupIdSuffix} to this value; see {@link
   * #globalReplicationGroupIdSuffix(String)}.
   */
  public GlobalReplicationGroup globalReplicationGroupIdSuffix(Value<String> value) {
    return set("GlobalReplicationGroupIdSuffix", value);
  }

  /**
   * The replication groups that comprise the Global datastore.
   *
   * <p>Required. CloudFormation property {@code Members}.
   */
  public GlobalReplicationGroup members(List<GlobalReplicationGroupMember> value) {
    return set("Members", Value.listOf(value));
  }

  /** Sets {@code Members} to this value; see {@link #members(List)}. */
  public GlobalReplicationGroup members(Value<List<GlobalReplicationGroupMember>> value) {
    return set("Members", value);
  }

  /** Sets {@code Members} to a list of these; see {@link #members(List)}. */
  public GlobalReplicationGroup members(GlobalReplicationGroupMember... values) {
    return set("Members", Value.list(values));
  }

  /**
   * The Regions that comprise the Global Datastore.
   *
   * <p>CloudFormation property {@code RegionalConfigurations}.
   */
  public GlobalReplicationGroup regionalConfigurations(List<RegionalConfiguration> value) {
    return set("RegionalConfigurations", Value.listOf(value));
  }

  /**
   * Sets {@code RegionalConfigurations} to this value; see {@link #regionalConfigurations(List)}.
   */
  public GlobalReplicationGroup regionalConfigurations(Value<List<RegionalConfiguration>> value) {
    return set("RegionalConfigurations", value);
  }

  /**
   * Sets {@code RegionalConfigurations} to a list of these; see {@link
   * #regionalConfigurations(List)}.
   */
  public GlobalReplicationGroup regionalConfigurations(RegionalConfiguration... values) {
    return set("RegionalConfigurations", Value.list(values));
  }

  /**
   * An array of key-value pairs to apply to this Global Datastore.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public GlobalReplicationGroup tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public GlobalReplicationGroup tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public GlobalReplicationGroup tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The ARN (Amazon Resource Name) of the Global Datastore.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * The ID used to associate a secondary cluster to the Global Replication Group.
   *
   * <p>{@code Fn::GetAtt} attribute {@code GlobalReplicationGroupId}.
   */
  public Value<String> globalReplicationGroupId() {
    return getAtt("GlobalReplicationGroupId");
  }

  /**
   * The status of the Global Datastore. Can be <code>Creating</code> , <code>Modifying</code> ,
   * <code>Available</code> , <code>Deleting</code> or <code>Primary-Only</code> . Primary-only
   * status indicates the global datastore contains only a primary cluster. Either all secondary
   * clusters are deleted or not successfully created.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Status}.
   */
  public Value<String> status() {
    return getAtt("Status");
  }

  /**
   * A member of a Global datastore. It contains the Replication Group Id, the Amazon region and the
   * role of the replication group.
   *
   * <p>Property type {@code AWS::ElastiCache::GlobalReplicationGroup.GlobalReplicationGroupMember}.
   */
  public static final class GlobalReplicationGroupMember extends Struct<GlobalReplicationGroupMember> {
    private static final Schema SCHEMA = Schema.builder("AWS::ElastiCache::GlobalReplicationGroup.GlobalReplicationGroupMember")
        .allowed("Role", "PRIMARY", "SECONDARY")
        .build();

    public GlobalReplicationGroupMember() {
      super(SCHEMA);
    }

    /**
     * The replication group id of the Global datastore member.
     *
     * <p>CloudFormation property {@code ReplicationGroupId}.
     */
    public GlobalReplicationGroupMember replicationGroupId(String value) {
      return set("ReplicationGroupId", Value.of(value));
    }

    /** Sets {@code ReplicationGroupId} to this value; see {@link #replicationGroupId(String)}. */
    public GlobalReplicationGroupMember replicationGroupId(Value<String> value) {
      return set("ReplicationGroupId", value);
    }

    /**
     * The Amazon region of the Global datastore member.
     *
     * <p>CloudFormation property {@code ReplicationGroupRegion}.
     */
    public GlobalReplicationGroupMember replicationGroupRegion(String value) {
      return set("ReplicationGroupRegion", Value.of(value));
    }

    /**
     * Sets {@code ReplicationGroupRegion} to this value; see {@link
     * #replicationGroupRegion(String)}.
     */
    public GlobalReplicationGroupMember replicationGroupRegion(Value<String> value) {
      return set("ReplicationGroupRegion", value);
    }

    /**
     * Indicates the role of the replication group, <code>PRIMARY</code> or <code>SECONDARY</code> .
     *
     * <p>Allowed values: {@code PRIMARY}, {@code SECONDARY}. CloudFormation property {@code Role}.
     */
    public GlobalReplicationGroupMember role(String value) {
      return set("Role", Value.of(value));
    }

    /** Sets {@code Role} to this value; see {@link #role(String)}. */
    public GlobalReplicationGroupMember role(Value<String> value) {
      return set("Role", value);
    }
  }

  /**
   * A list of the replication groups
   *
   * <p>Property type {@code AWS::ElastiCache::GlobalReplicationGroup.RegionalConfiguration}.
   */
  public static final class RegionalConfiguration extends Struct<RegionalConfiguration> {
    private static final Schema SCHEMA = Schema.of("AWS::ElastiCache::GlobalReplicationGroup.RegionalConfiguration");

    public RegionalConfiguration() {
      super(SCHEMA);
    }

    /**
     * The name of the secondary cluster
     *
     * <p>CloudFormation property {@code ReplicationGroupId}.
     */
    public RegionalConfiguration replicationGroupId(String value) {
      return set("ReplicationGroupId", Value.of(value));
    }

    /** Sets {@code ReplicationGroupId} to this value; see {@link #replicationGroupId(String)}. */
    public RegionalConfiguration replicationGroupId(Value<String> value) {
      return set("ReplicationGroupId", value);
    }

    /**
     * The Amazon region where the cluster is stored
     *
     * <p>CloudFormation property {@code ReplicationGroupRegion}.
     */
    public RegionalConfiguration replicationGroupRegion(String value) {
      return set("ReplicationGroupRegion", Value.of(value));
    }

    /**
     * Sets {@code ReplicationGroupRegion} to this value; see {@link
     * #replicationGroupRegion(String)}.
     */
    public RegionalConfiguration replicationGroupRegion(Value<String> value) {
      return set("ReplicationGroupRegion", value);
    }

    /**
     * A list of PreferredAvailabilityZones objects that specifies the configuration of a node group
     * in the resharded cluster.
     *
     * <p>CloudFormation property {@code ReshardingConfigurations}.
     */
    public RegionalConfiguration reshardingConfigurations(List<ReshardingConfiguration> value) {
      return set("ReshardingConfigurations", Value.listOf(value));
    }

    /**
     * Sets {@code ReshardingConfigurations} to this value; see {@link
     * #reshardingConfigurations(List)}.
     */
    public RegionalConfiguration reshardingConfigurations(Value<List<ReshardingConfiguration>> value) {
      return set("ReshardingConfigurations", value);
    }

    /**
     * Sets {@code ReshardingConfigurations} to a list of these; see {@link
     * #reshardingConfigurations(List)}.
     */
    public RegionalConfiguration reshardingConfigurations(ReshardingConfiguration... values) {
      return set("ReshardingConfigurations", Value.list(values));
    }
  }

  /**
   * A list of <code>PreferredAvailabilityZones</code> objects that specifies the configuration of a
   * node group in the resharded cluster.
   *
   * <p>Property type {@code AWS::ElastiCache::GlobalReplicationGroup.ReshardingConfiguration}.
   */
  public static final class ReshardingConfiguration extends Struct<ReshardingConfiguration> {
    private static final Schema SCHEMA = Schema.of("AWS::ElastiCache::GlobalReplicationGroup.ReshardingConfiguration");

    public ReshardingConfiguration() {
      super(SCHEMA);
    }

    /**
     * Either the ElastiCache supplied 4-digit id or a user supplied id for the node group these
     * configuration values apply to.
     *
     * <p>CloudFormation property {@code NodeGroupId}.
     */
    public ReshardingConfiguration nodeGroupId(String value) {
      return set("NodeGroupId", Value.of(value));
    }

    /** Sets {@code NodeGroupId} to this value; see {@link #nodeGroupId(String)}. */
    public ReshardingConfiguration nodeGroupId(Value<String> value) {
      return set("NodeGroupId", value);
    }

    /**
     * A list of preferred availability zones for the nodes in this cluster.
     *
     * <p>CloudFormation property {@code PreferredAvailabilityZones}.
     */
    public ReshardingConfiguration preferredAvailabilityZones(List<String> value) {
      return set("PreferredAvailabilityZones", Value.listOf(value));
    }

    /**
     * Sets {@code PreferredAvailabilityZones} to this value; see {@link
     * #preferredAvailabilityZones(List)}.
     */
    public ReshardingConfiguration preferredAvailabilityZones(Value<List<String>> value) {
      return set("PreferredAvailabilityZones", value);
    }
  }
}
