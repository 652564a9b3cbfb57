// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.elasticache;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import io.tropo4j.resources.ec2.SecurityGroup;
import io.tropo4j.resources.ec2.Subnet;
import io.tropo4j.resources.kms.Key;
import java.util.List;

/**
 * The resource representing a serverless cache.
 *
 * <p>CloudFormation type {@code AWS::ElastiCache::ServerlessCache}.
 */
public final class ServerlessCache extends Resource<ServerlessCache> {
  private static final Schema SCHEMA = Schema.builder("AWS::ElastiCache::ServerlessCache")
      .required("Engine", "ServerlessCacheName")
      .references("KmsKeyId", "AWS::KMS::Key.Ref")
      .allowed("NetworkType", "ipv4", "ipv6", "dual_stack")
      .constrain("SecurityGroupIds", Constraint.of().format("AWS::EC2::SecurityGroup.Id"))
      .references("SecurityGroupIds", "AWS::EC2::SecurityGroup.GroupId")
      .references("SubnetIds", "AWS::EC2::Subnet.Ref")
      .references("UserGroupId", "AWS::ElastiCache::UserGroup.Ref")
      .refYields("ServerlessCacheName")
      .attributes("ARN", "CreateTime", "Endpoint.Address", "Endpoint.Port", "FullEngineVersion",
          "ReaderEndpoint.Address", "ReaderEndpoint.Port", "Status")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public ServerlessCache(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The cache usage limit for the serverless cache.
   *
   * <p>CloudFormation property {@code CacheUsageLimits}.
   */
  public ServerlessCache cacheUsageLimits(Value<CacheUsageLimits> value) {
    return set("CacheUsageLimits", value);
  }

  /**
   * The daily time that a cache snapshot will be created. Default is NULL, i.e. snapshots will not
   * be created at a specific time on a daily basis. Available for Valkey, Redis OSS and Serverless
   * Memcached only.
   *
   * <p>CloudFormation property {@code DailySnapshotTime}.
   */
  public ServerlessCache dailySnapshotTime(String value) {
    return set("DailySnapshotTime", Value.of(value));
  }

  /** Sets {@code DailySnapshotTime} to this value; see {@link #dailySnapshotTime(String)}. */
  public ServerlessCache dailySnapshotTime(Value<String> value) {
    return set("DailySnapshotTime", value);
  }

  /**
   * A description of the serverless cache.
   *
   * <p>CloudFormation property {@code Description}.
   */
  public ServerlessCache description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public ServerlessCache description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * Represents the information required for client programs to connect to a cache node. This value
   * is read-only.
   *
   * <p>CloudFormation property {@code Endpoint}.
   */
  public ServerlessCache endpoint(Value<Endpoint> value) {
    return set("Endpoint", value);
  }

  /**
   * The engine the serverless cache is compatible with.
   *
   * <p>Required. CloudFormation property {@code Engine}.
   */
  public ServerlessCache engine(String value) {
    return set("Engine", Value.of(value));
  }

  /** Sets {@code Engine} to this value; see {@link #engine(String)}. */
  public ServerlessCache engine(Value<String> value) {
    return set("Engine", value);
  }

  /**
   * The name of the final snapshot taken of a cache before the cache is deleted.
   *
   * <p>CloudFormation property {@code FinalSnapshotName}.
   */
  public ServerlessCache finalSnapshotName(String value) {
    return set("FinalSnapshotName", Value.of(value));
  }

  /** Sets {@code FinalSnapshotName} to this value; see {@link #finalSnapshotName(String)}. */
  public ServerlessCache finalSnapshotName(Value<String> value) {
    return set("FinalSnapshotName", value);
  }

  /**
   * The ID of the AWS Key Management Service (KMS) key that is used to encrypt data at rest in the
   * serverless cache.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code KmsKeyId}.
   */
  public ServerlessCache kmsKeyId(String value) {
    return set("KmsKeyId", Value.of(value));
  }

  /** Sets {@code KmsKeyId} to this value; see {@link #kmsKeyId(String)}. */
  public ServerlessCache kmsKeyId(Value<String> value) {
    return set("KmsKeyId", value);
  }

  /** Sets {@code KmsKeyId} to the Ref of {@code AWS::KMS::Key}; see {@link #kmsKeyId(String)}. */
  public ServerlessCache kmsKeyId(Key resource) {
    return set("KmsKeyId", resource.ref());
  }

  /**
   * The version number of the engine the serverless cache is compatible with.
   *
   * <p>CloudFormation property {@code MajorEngineVersion}.
   */
  public ServerlessCache majorEngineVersion(String value) {
    return set("MajorEngineVersion", Value.of(value));
  }

  /** Sets {@code MajorEngineVersion} to this value; see {@link #majorEngineVersion(String)}. */
  public ServerlessCache majorEngineVersion(Value<String> value) {
    return set("MajorEngineVersion", value);
  }

  /**
   * The network type for the serverless cache. Valid values are ipv4, ipv6, or dual_stack.
   *
   * <p>Changing it replaces the resource. Allowed values: {@code ipv4}, {@code ipv6}, {@code
   * dual_stack}. CloudFormation property {@code NetworkType}.
   */
  public ServerlessCache networkType(String value) {
    return set("NetworkType", Value.of(value));
  }

  /** Sets {@code NetworkType} to this value; see {@link #networkType(String)}. */
  public ServerlessCache networkType(Value<String> value) {
    return set("NetworkType", value);
  }

  /**
   * Represents the information required for client programs to connect to a cache node. This value
   * is read-only.
   *
   * <p>CloudFormation property {@code ReaderEndpoint}.
   */
  public ServerlessCache readerEndpoint(Value<Endpoint> value) {
    return set("ReaderEndpoint", value);
  }

  /**
   * The IDs of the EC2 security groups associated with the serverless cache.
   *
   * <p>Format: {@code AWS::EC2::SecurityGroup.Id}. CloudFormation property {@code
   * SecurityGroupIds}.
   */
  public ServerlessCache securityGroupIds(List<String> value) {
    return set("SecurityGroupIds", Value.listOf(value));
  }

  /** Sets {@code SecurityGroupIds} to this value; see {@link #securityGroupIds(List)}. */
  public ServerlessCache securityGroupIds(Value<List<String>> value) {
    return set("SecurityGroupIds", value);
  }

  /**
   * Sets {@code SecurityGroupIds} to the GroupId of each {@code AWS::EC2::SecurityGroup}; see
   * {@link #securityGroupIds(List)}.
   */
  public ServerlessCache securityGroupIds(SecurityGroup... resources) {
    return set("SecurityGroupIds", Value.attributes("GroupId", resources));
  }

  /**
   * The unique identifier of the serverless cache.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code
   * ServerlessCacheName}.
   */
  public ServerlessCache serverlessCacheName(String value) {
    return set("ServerlessCacheName", Value.of(value));
  }

  /** Sets {@code ServerlessCacheName} to this value; see {@link #serverlessCacheName(String)}. */
  public ServerlessCache serverlessCacheName(Value<String> value) {
    return set("ServerlessCacheName", value);
  }

  /**
   * The ARN of the snapshot from which to restore data into the new cache.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code SnapshotArnsToRestore}.
   */
  public ServerlessCache snapshotArnsToRestore(List<String> value) {
    return set("SnapshotArnsToRestore", Value.listOf(value));
  }

  /** Sets {@code SnapshotArnsToRestore} to this value; see {@link #snapshotArnsToRestore(List)}. */
  public ServerlessCache snapshotArnsToRestore(Value<List<String>> value) {
    return set("SnapshotArnsToRestore", value);
  }

  /**
   * The current setting for the number of serverless cache snapshots the system will retain.
   * Available for Valkey, Redis OSS and Serverless Memcached only.
   *
   * <p>CloudFormation property {@code SnapshotRetentionLimit}.
   */
  public ServerlessCache snapshotRetentionLimit(int value) {
    return set("SnapshotRetentionLimit", Value.of(value));
  }

  /**
   * Sets {@code SnapshotRetentionLimit} to this value; see {@link #snapshotRetentionLimit(int)}.
   */
  public ServerlessCache snapshotRetentionLimit(Value<Integer> value) {
    return set("SnapshotRetentionLimit", value);
  }

  /**
   * If no subnet IDs are given and your VPC is in us-west-1, then ElastiCache will select 2 default
   * subnets across AZs in your VPC. For all other Regions, if no subnet IDs are given then
   * ElastiCache will select 3 default subnets across AZs in your default VPC.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code SubnetIds}.
   */
  public ServerlessCache subnetIds(List<String> value) {
    return set("SubnetIds", Value.listOf(value));
  }

  /** Sets {@code SubnetIds} to this value; see {@link #subnetIds(List)}. */
  public ServerlessCache subnetIds(Value<List<String>> value) {
    return set("SubnetIds", value);
  }

  /**
   * Sets {@code SubnetIds} to the Ref of each {@code AWS::EC2::Subnet}; see {@link
   * #subnetIds(List)}.
   */
  public ServerlessCache subnetIds(Subnet... resources) {
    return set("SubnetIds", Value.refs(resources));
  }

  /**
   * A list of tags to be added to this resource.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public ServerlessCache tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public ServerlessCache tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public ServerlessCache tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The identifier of the user group associated with the serverless cache. Available for Valkey and
   * Redis OSS only. Default is NULL.
   *
   * <p>CloudFormation property {@code UserGroupId}.
   */
  public ServerlessCache userGroupId(String value) {
    return set("UserGroupId", Value.of(value));
  }

  /** Sets {@code UserGroupId} to this value; see {@link #userGroupId(String)}. */
  public ServerlessCache userGroupId(Value<String> value) {
    return set("UserGroupId", value);
  }

  /**
   * Sets {@code UserGroupId} to the Ref of {@code AWS::ElastiCache::UserGroup}; see {@link
   * #userGroupId(String)}.
   */
  public ServerlessCache userGroupId(UserGroup resource) {
    return set("UserGroupId", resource.ref());
  }

  /**
   * The Amazon Resource Name (ARN) of the serverless cache.
   *
   * <p>{@code Fn::GetAtt} attribute {@code ARN}.
   */
  public Value<String> arn() {
    return getAtt("ARN");
  }

  /**
   * When the serverless cache was created.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CreateTime}.
   */
  public Value<String> createTime() {
    return getAtt("CreateTime");
  }

  /**
   * The DNS hostname of the cache node.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Endpoint.Address}.
   */
  public Value<String> endpointAddress() {
    return getAtt("Endpoint.Address");
  }

  /**
   * The port number that the cache engine is listening on.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Endpoint.Port}.
   */
  public Value<String> endpointPort() {
    return getAtt("Endpoint.Port");
  }

  /**
   * The name and version number of the engine the serverless cache is compatible with.
   *
   * <p>{@code Fn::GetAtt} attribute {@code FullEngineVersion}.
   */
  public Value<String> fullEngineVersion() {
    return getAtt("FullEngineVersion");
  }

  /**
   * The DNS hostname of the cache node.
   *
   * <p>{@code Fn::GetAtt} attribute {@code ReaderEndpoint.Address}.
   */
  public Value<String> readerEndpointAddress() {
    return getAtt("ReaderEndpoint.Address");
  }

  /**
   * The port number that the cache engine is listening on.
   *
   * <p>{@code Fn::GetAtt} attribute {@code ReaderEndpoint.Port}.
   */
  public Value<String> readerEndpointPort() {
    return getAtt("ReaderEndpoint.Port");
  }

  /**
   * The current status of the serverless cache. The allowed values are CREATING, AVAILABLE,
   * DELETING, CREATE-FAILED and MODIFYING.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Status}.
   */
  public Value<String> status() {
    return getAtt("Status");
  }

  /**
   * The usage limits for storage and ElastiCache Processing Units for the cache.
   *
   * <p>Property type {@code AWS::ElastiCache::ServerlessCache.CacheUsageLimits}.
   */
  public static final class CacheUsageLimits extends Struct<CacheUsageLimits> {
    private static final Schema SCHEMA = Schema.of("AWS::ElastiCache::ServerlessCache.CacheUsageLimits");

    public CacheUsageLimits() {
      super(SCHEMA);
    }

    /**
     * The maximum data storage limit in the cache, expressed in Gigabytes.
     *
     * <p>CloudFormation property {@code DataStorage}.
     */
    public CacheUsageLimits dataStorage(Value<DataStorage> value) {
      return set("DataStorage", value);
    }

    /**
     * The number of ElastiCache Processing Units (ECPU) the cache can consume per second.
     *
     * <p>CloudFormation property {@code ECPUPerSecond}.
     */
    public CacheUsageLimits ecpuPerSecond(Value<ECPUPerSecond> value) {
      return set("ECPUPerSecond", value);
    }
  }

  /**
   * The data storage limit.
   *
   * <p>Property type {@code AWS::ElastiCache::ServerlessCache.DataStorage}.
   */
  public static final class DataStorage extends Struct<DataStorage> {
    private static final Schema SCHEMA = Schema.builder("AWS::ElastiCache::ServerlessCache.DataStorage")
        .required("Unit")
        .allowed("Unit", "GB")
        .build();

    public DataStorage() {
      super(SCHEMA);
    }

    /**
     * The upper limit for data storage the cache is set to use.
     *
     * <p>CloudFormation property {@code Maximum}.
     */
    public DataStorage maximum(int value) {
      return set("Maximum", Value.of(value));
    }

    /** Sets {@code Maximum} to this value; see {@link #maximum(int)}. */
    public DataStorage maximum(Value<Integer> value) {
      return set("Maximum", value);
    }

    /**
     * The lower limit for data storage the cache is set to use.
     *
     * <p>CloudFormation property {@code Minimum}.
     */
    public DataStorage minimum(int value) {
      return set("Minimum", Value.of(value));
    }

    /** Sets {@code Minimum} to this value; see {@link #minimum(int)}. */
    public DataStorage minimum(Value<Integer> value) {
      return set("Minimum", value);
    }

    /**
     * The unit that the storage is measured in, in GB.
     *
     * <p>Required. Allowed values: {@code GB}. CloudFormation property {@code Unit}.
     */
    public DataStorage unit(String value) {
      return set("Unit", Value.of(value));
    }

    /** Sets {@code Unit} to this value; see {@link #unit(String)}. */
    public DataStorage unit(Value<String> value) {
      return set("Unit", value);
    }
  }

  /**
   * The configuration for the number of ElastiCache Processing Units (ECPU) the cache can consume
   * per second.
   *
   * <p>Property type {@code AWS::ElastiCache::ServerlessCache.ECPUPerSecond}.
   */
  public static final class ECPUPerSecond extends Struct<ECPUPerSecond> {
    private static final Schema SCHEMA = Schema.of("AWS::ElastiCache::ServerlessCache.ECPUPerSecond");

    public ECPUPerSecond() {
      super(SCHEMA);
    }

    /**
     * The configuration for the maximum number of ECPUs the cache can consume per second.
     *
     * <p>CloudFormation property {@code Maximum}.
     */
    public ECPUPerSecond maximum(int value) {
      return set("Maximum", Value.of(value));
    }

    /** Sets {@code Maximum} to this value; see {@link #maximum(int)}. */
    public ECPUPerSecond maximum(Value<Integer> value) {
      return set("Maximum", value);
    }

    /**
     * The configuration for the minimum number of ECPUs the cache should be able consume per
     * second.
     *
     * <p>CloudFormation property {@code Minimum}.
     */
    public ECPUPerSecond minimum(int value) {
      return set("Minimum", Value.of(value));
    }

    /** Sets {@code Minimum} to this value; see {@link #minimum(int)}. */
    public ECPUPerSecond minimum(Value<Integer> value) {
      return set("Minimum", value);
    }
  }

  /**
   * Represents the information required for client programs to connect to a cache node. This value
   * is read-only.
   *
   * <p>Property type {@code AWS::ElastiCache::ServerlessCache.Endpoint}.
   */
  public static final class Endpoint extends Struct<Endpoint> {
    private static final Schema SCHEMA = Schema.of("AWS::ElastiCache::ServerlessCache.Endpoint");

    public Endpoint() {
      super(SCHEMA);
    }

    /**
     * The DNS hostname of the cache node.
     *
     * <p>CloudFormation property {@code Address}.
     */
    public Endpoint address(String value) {
      return set("Address", Value.of(value));
    }

    /** Sets {@code Address} to this value; see {@link #address(String)}. */
    public Endpoint address(Value<String> value) {
      return set("Address", value);
    }

    /**
     * The port number that the cache engine is listening on.
     *
     * <p>CloudFormation property {@code Port}.
     */
    public Endpoint port(String value) {
      return set("Port", Value.of(value));
    }

    /** Sets {@code Port} to this value; see {@link #port(String)}. */
    public Endpoint port(Value<String> value) {
      return set("Port", value);
    }
  }
}
