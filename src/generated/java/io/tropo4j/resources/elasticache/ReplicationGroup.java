// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.elasticache;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * The <code>AWS::ElastiCache::ReplicationGroup</code> resource creates an Amazon ElastiCache
 * (Valkey or Redis OSS) replication group. A Valkey or Redis OSS (cluster mode disabled)
 * replication group is a collection of cache clusters, where one of the clusters is a primary
 * read-write cluster and the others are read-only replicas.
 *
 * <p>A Valkey or Redis OSS (cluster mode enabled) cluster is comprised of from 1 to 90 shards
 * (API/CLI: node groups). Each shard has a primary node and up to 5 read-only replica nodes. The
 * configuration can range from 90 shards and 0 replicas to 15 shards and 5 replicas, which is the
 * maximum number or replicas allowed.
 *
 * <p>The node or shard limit can be increased to a maximum of 500 per cluster if the engine version
 * is Valkey 7.2 or higher, or Redis OSS 5.0.6 or higher. For example, you can choose to configure a
 * 500 node cluster that ranges between 83 shards (one primary and 5 replicas per shard) and 500
 * shards (single primary and no replicas). Make sure there are enough available IP addresses to
 * accommodate the increase. Common pitfalls include the subnets in the subnet group have too small
 * a CIDR range or the subnets are shared and heavily used by other clusters. For more information,
 * see <a
 * href="https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/SubnetGroups.Creating.html">Creating
 * a Subnet Group</a> . For versions below 5.0.6, the limit is 250 per cluster.
 *
 * <p>To request a limit increase, see <a
 * href="https://docs.aws.amazon.com/general/latest/gr/aws_service_limits.html">Amazon Service
 * Limits</a> and choose the limit type <em>Nodes per cluster per instance type</em> .
 *
 * <p>CloudFormation type {@code AWS::ElastiCache::ReplicationGroup}.
 *
 * <p>It holds data: validation asks for a DeletionPolicy and an UpdateReplacePolicy, e.g. {@code
 * retainData()}.
 */
public final class ReplicationGroup extends Resource<ReplicationGroup> {
  private static final Schema SCHEMA = Schema.builder("AWS::ElastiCache::ReplicationGroup")
      .required("ReplicationGroupDescription")
      .allowed("Durability", "default", "async", "sync", "disabled")
      .constrain("NumCacheClusters", Constraint.of().minimum(1).maximum(6))
      .constrain("ReplicasPerNodeGroup", Constraint.of().minimum(0).maximum(5))
      .constrain("SecurityGroupIds", Constraint.of().format("AWS::EC2::SecurityGroup.Id"))
      .constrain("UserGroupIds", Constraint.of().pattern("^[a-zA-Z][a-zA-Z0-9\\-]*$").minLength(1))
      .refYields("ReplicationGroupId")
      .attributes("ConfigurationEndPoint", "ConfigurationEndPoint.Address",
          "ConfigurationEndPoint.Port", "EffectiveDurability", "PrimaryEndPoint",
          "PrimaryEndPoint.Address", "PrimaryEndPoint.Port", "ReadEndPoint",
          "ReadEndPoint.Addresses", "ReadEndPoint.AddressesList", "ReadEndPoint.Ports",
          "ReadEndPoint.PortsList", "ReaderEndPoint", "ReaderEndPoint.Address",
          "ReaderEndPoint.Port")
      .stateful()
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public ReplicationGroup(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * A flag that enables encryption at rest when set to <code>true</code> .
   *
   * <p><em>Required:</em> Only available when creating a replication group in an Amazon VPC using
   * Redis OSS version <code>3.2.6</code> or <code>4.x</code> onward.
   *
   * <p>Default: <code>false</code>
   *
   * <p>Changing it replaces the resource. Default: {@code false}. CloudFormation property {@code
   * AtRestEncryptionEnabled}.
   */
  public ReplicationGroup atRestEncryptionEnabled(boolean value) {
    return set("AtRestEncryptionEnabled", Value.of(value));
  }

  /**
   * Sets {@code AtRestEncryptionEnabled} to this value; see {@link
   * #atRestEncryptionEnabled(boolean)}.
   */
  public ReplicationGroup atRestEncryptionEnabled(Value<Boolean> value) {
    return set("AtRestEncryptionEnabled", value);
  }

  /**
   * <em>Reserved parameter.</em> The password used to access a password protected server.
   *
   * <p><code>AuthToken</code> can be specified only on replication groups where
   * <code>TransitEncryptionEnabled</code> is <code>true</code> . For more information, see <a
   * href="https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/auth.html">Authenticating Valkey
   * or Redis OSS users with the AUTH Command</a> .
   *
   * <p>For HIPAA compliance, you must specify <code>TransitEncryptionEnabled</code> as
   * <code>true</code> , an <code>AuthToken</code> , and a <code>CacheSubnetGroup</code> .
   *
   * <p>Password constraints:
   *
   * <ul> <li>Must be only printable ASCII characters. <li>Must be at least 16 characters and no
   * more than 128 characters in length. <li>Nonalphanumeric characters are restricted to (!, &amp;,
   * #, $, ^, &lt;, &gt;, -, ). </ul>
   *
   * <p>For more information, see <a
   * href="https://docs.aws.amazon.com/http://redis.io/commands/AUTH">AUTH password</a> at
   * http://redis.io/commands/AUTH.
   *
   * <p>If ADDING the AuthToken, update requires <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/using-cfn-updating-stacks-update-behaviors.html#update-replacement">Replacement</a>
   * .
   *
   * <p>Changing it may replace the resource. CloudFormation property {@code AuthToken}.
   */
  public ReplicationGroup authToken(String value) {
    return set("AuthToken", Value.of(value));
  }

  /** Sets {@code AuthToken} to this value; see {@link #authToken(String)}. */
  public ReplicationGroup authToken(Value<String> value) {
    return set("AuthToken", value);
  }

  /**
   * If you are running Valkey 7.2 or later, or Redis OSS 6.0 or later, set this parameter to yes if
   * you want to opt-in to the next minor version upgrade campaign. This parameter is disabled for
   * previous versions.
   *
   * <p>CloudFormation property {@code AutoMinorVersionUpgrade}.
   */
  public ReplicationGroup autoMinorVersionUpgrade(boolean value) {
    return set("AutoMinorVersionUpgrade", Value.of(value));
  }

  /**
   * Sets {@code AutoMinorVersionUpgrade} to this value; see {@link
   * #autoMinorVersionUpgrade(boolean)}.
   */
  public ReplicationGroup autoMinorVersionUpgrade(Value<Boolean> value) {
    return set("AutoMinorVersionUpgrade", value);
  }

  /**
   * Specifies whether a read-only replica is automatically promoted to read/write primary if the
   * existing primary fails.
   *
   * <p><code>AutomaticFailoverEnabled</code> must be enabled for Valkey or Redis OSS (cluster mode
   * enabled) replication groups.
   *
   * <p>Default: false
   *
   * <p>Default: {@code false}. CloudFormation property {@code AutomaticFailoverEnabled}.
   */
  public ReplicationGroup automaticFailoverEnabled(boolean value) {
    return set("AutomaticFailoverEnabled", Value.of(value));
  }

  /**
   * Sets {@code AutomaticFailoverEnabled} to this value; see {@link
   * #automaticFailoverEnabled(boolean)}.
   */
  public ReplicationGroup automaticFailoverEnabled(Value<Boolean> value) {
    return set("AutomaticFailoverEnabled", value);
  }

  /**
   * The compute and memory capacity of the nodes in the node group (shard).
   *
   * <p>The following node types are supported by ElastiCache. Generally speaking, the current
   * generation types provide more memory and computational power at lower cost when compared to
   * their equivalent previous generation counterparts.
   *
   * <ul> <li>General purpose: </ul>
   *
   * <ul> <li>Current generation: </ul>
   *
   * <p><em>M6g node types:</em> <code>cache.m6g.large</code> , <code>cache.m6g.xlarge</code> ,
   * <code>cache.m6g.2xlarge</code> , <code>cache.m6g.4xlarge</code> ,
   * <code>cache.m6g.12xlarge</code> , <code>cache.m6g.24xlarge</code>
   *
   * <p><em>M5 node types:</em> <code>cache.m5.large</code> , <code>cache.m5.xlarge</code> ,
   * <code>cache.m5.2xlarge</code> , <code>cache.m5.4xlarge</code> , <code>cache.m5.12xlarge</code>
   * , <code>cache.m5.24xlarge</code>
   *
   * <p><em>M4 node types:</em> <code>cache.m4.large</code> , <code>cache.m4.xlarge</code> ,
   * <code>cache.m4.2xlarge</code> , <code>cache.m4.4xlarge</code> , <code>cache.m4.10xlarge</code>
   *
   * <p><em>T4g node types:</em> <code>cache.t4g.micro</code> , <code>cache.t4g.small</code> ,
   * <code>cache.t4g.medium</code>
   *
   * <p><em>T3 node types:</em> <code>cache.t3.micro</code> , <code>cache.t3.small</code> ,
   * <code>cache.t3.medium</code>
   *
   * <p><em>T2 node types:</em> <code>cache.t2.micro</code> , <code>cache.t2.small</code> ,
   * <code>cache.t2.medium</code>
   *
   * <ul> <li>Previous generation: (not recommended) </ul>
   *
   * <p><em>T1 node types:</em> <code>cache.t1.micro</code>
   *
   * <p><em>M1 node types:</em> <code>cache.m1.small</code> , <code>cache.m1.medium</code> ,
   * <code>cache.m1.large</code> , <code>cache.m1.xlarge</code>
   *
   * <p><em>M3 node types:</em> <code>cache.m3.medium</code> , <code>cache.m3.large</code> ,
   * <code>cache.m3.xlarge</code> , <code>cache.m3.2xlarge</code>
   *
   * <ul> <li>Compute optimized: </ul>
   *
   * <ul> <li>Previous generation: (not recommended) </ul>
   *
   * <p><em>C1 node types:</em> <code>cache.c1.xlarge</code>
   *
   * <ul> <li>Memory optimized: </ul>
   *
   * <ul> <li>Current generation: </ul>
   *
   * <p><em>R6gd node types:</em> <code>cache.r6gd.xlarge</code> , <code>cache.r6gd.2xlarge</code> ,
   * <code>cache.r6gd.4xlarge</code> , <code>cache.r6gd.8xlarge</code> ,
   * <code>cache.r6gd.12xlarge</code> , <code>cache.r6gd.16xlarge</code>
   *
   * <p>The <code>r6gd</code> family is available in the following regions: <code>us-east-2</code> ,
   * <code>us-east-1</code> , <code>us-west-2</code> , <code>us-west-1</code> ,
   * <code>eu-west-1</code> , <code>eu-central-1</code> , <code>ap-northeast-1</code> ,
   * <code>ap-southeast-1</code> , <code>ap-southeast-2</code> .
   *
   * <p><em>R6g node types:</em> <code>cache.r6g.large</code> , <code>cache.r6g.xlarge</code> ,
   * <code>cache.r6g.2xlarge</code> , <code>cache.r6g.4xlarge</code> ,
   * <code>cache.r6g.12xlarge</code> , <code>cache.r6g.24xlarge</code>
   *
   * <p><em>R5 node types:</em> <code>cache.r5.large</code> , <code>cache.r5.xlarge</code> ,
   * <code>cache.r5.2xlarge</code> , <code>cache.r5.4xlarge</code> , <code>cache.r5.12xlarge</code>
   * , <code>cache.r5.24xlarge</code>
   *
   * <p><em>R4 node types:</em> <code>cache.r4.large</code> , <code>cache.r4.xlarge</code> ,
   * <code>cache.r4.2xlarge</code> , <code>cache.r4.4xlarge</code> , <code>cache.r4.8xlarge</code> ,
   * <code>cache.r4.16xlarge</code>
   *
   * <ul> <li>Previous generation: (not recommended) </ul>
   *
   * <p><em>M2 node types:</em> <code>cache.m2.xlarge</code> , <code>cache.m2.2xlarge</code> ,
   * <code>cache.m2.4xlarge</code>
   *
   * <p><em>R3 node types:</em> <code>cache.r3.large</code> , <code>cache.r3.xlarge</code> ,
   * <code>cache.r3.2xlarge</code> , <code>cache.r3.4xlarge</code> , <code>cache.r3.8xlarge</code>
   *
   * <p>For region availability, see <a
   * href="https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/CacheNodes.SupportedTypes.html#CacheNodes.SupportedTypesByRegion">Supported
   * Node Types by Amazon Region</a>
   *
   * <p>CloudFormation property {@code CacheNodeType}.
   */
  public ReplicationGroup cacheNodeType(String value) {
    return set("CacheNodeType", Value.of(value));
  }

  /** Sets {@code CacheNodeType} to this value; see {@link #cacheNodeType(String)}. */
  public ReplicationGroup cacheNodeType(Value<String> value) {
    return set("CacheNodeType", value);
  }

  /**
   * The name of the parameter group to associate with this replication group. If this argument is
   * omitted, the default cache parameter group for the specified engine is used.
   *
   * <p>If you are running Valkey or Redis OSS version 3.2.4 or later, only one node group (shard),
   * and want to use a default parameter group, we recommend that you specify the parameter group by
   * name.
   *
   * <ul> <li>To create a Valkey or Redis OSS (cluster mode disabled) replication group, use
   * <code>CacheParameterGroupName=default.redis3.2</code> . <li>To create a Valkey or Redis OSS
   * (cluster mode enabled) replication group, use
   * <code>CacheParameterGroupName=default.redis3.2.cluster.on</code> . </ul>
   *
   * <p>CloudFormation property {@code CacheParameterGroupName}.
   */
  public ReplicationGroup cacheParameterGroupName(String value) {
    return set("CacheParameterGroupName", Value.of(value));
  }

  /**
   * Sets {@code CacheParameterGroupName} to this value; see {@link
   * #cacheParameterGroupName(String)}.
   */
  public ReplicationGroup cacheParameterGroupName(Value<String> value) {
    return set("CacheParameterGroupName", value);
  }

  /**
   * A list of cache security group names to associate with this replication group.
   *
   * <p>CloudFormation property {@code CacheSecurityGroupNames}.
   *
   * @deprecated The specification marks {@code CacheSecurityGroupNames} deprecated.
   */
  @Deprecated
  public ReplicationGroup cacheSecurityGroupNames(List<String> value) {
    return set("CacheSecurityGroupNames", Value.listOf(value));
  }

  /**
   * Sets {@code CacheSecurityGroupNames} to this value; see {@link #cacheSecurityGroupNames(List)}.
   *
   * @deprecated The specification marks {@code CacheSecurityGroupNames} deprecated.
   */
  @Deprecated
  public ReplicationGroup cacheSecurityGroupNames(Value<List<String>> value) {
    return set("CacheSecurityGroupNames", value);
  }

  /**
   * The name of the cache subnet group to be used for the replication group.
   *
   * <p>If you're going to launch your cluster in an Amazon VPC, you need to create a subnet group
   * before you start creating a cluster. For more information, see <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-elasticache-subnetgroup.html">AWS::ElastiCache::SubnetGroup</a>
   * .
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code CacheSubnetGroupName}.
   */
  public ReplicationGroup cacheSubnetGroupName(String value) {
    return set("CacheSubnetGroupName", Value.of(value));
  }

  /** Sets {@code CacheSubnetGroupName} to this value; see {@link #cacheSubnetGroupName(String)}. */
  public ReplicationGroup cacheSubnetGroupName(Value<String> value) {
    return set("CacheSubnetGroupName", value);
  }

  /**
   * The mode can be enabled or disabled. To change the cluster mode from disabled to enabled, you
   * must first set the cluster mode to compatible. The compatible mode allows your Valkey or Redis
   * OSS clients to connect using both cluster mode enabled and cluster mode disabled. After you
   * migrate all Valkey or Redis OSS clients to use cluster mode enabled, you can then complete
   * cluster mode configuration and set the cluster mode to enabled. For more information, see <a
   * href="https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/modify-cluster-mode.html">Modify
   * cluster mode</a> .
   *
   * <p>CloudFormation property {@code ClusterMode}.
   */
  public ReplicationGroup clusterMode(String value) {
    return set("ClusterMode", Value.of(value));
  }

  /** Sets {@code ClusterMode} to this value; see {@link #clusterMode(String)}. */
  public ReplicationGroup clusterMode(Value<String> value) {
    return set("ClusterMode", value);
  }

  /**
   * Enables data tiering. Data tiering is only supported for replication groups using the r6gd node
   * type. This parameter must be set to true when using r6gd nodes. For more information, see <a
   * href="https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/data-tiering.html">Data
   * tiering</a> .
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code DataTieringEnabled}.
   */
  public ReplicationGroup dataTieringEnabled(boolean value) {
    return set("DataTieringEnabled", Value.of(value));
  }

  /** Sets {@code DataTieringEnabled} to this value; see {@link #dataTieringEnabled(boolean)}. */
  public ReplicationGroup dataTieringEnabled(Value<Boolean> value) {
    return set("DataTieringEnabled", value);
  }

  /**
   * The durability setting for the replication group. Valid values: default, async, sync, disabled.
   * Enabling durability on an existing non-durable cluster or disabling durability on an existing
   * durable cluster is not currently supported and will result in an error; specify the desired
   * durability at create time. The resolved state is returned in EffectiveDurability.
   *
   * <p>Allowed values: {@code default}, {@code async}, {@code sync}, {@code disabled}.
   * CloudFormation property {@code Durability}.
   */
  public ReplicationGroup durability(String value) {
    return set("Durability", Value.of(value));
  }

  /** Sets {@code Durability} to this value; see {@link #durability(String)}. */
  public ReplicationGroup durability(Value<String> value) {
    return set("Durability", value);
  }

  /**
   * The name of the cache engine to be used for the clusters in this replication group. The value
   * must be set to <code>valkey</code> or <code>redis</code> .
   *
   * <p>Upgrading an existing engine from redis to valkey is done through in-place migration, and
   * requires a parameter group.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code Engine}.
   */
  public ReplicationGroup engine(String value) {
    return set("Engine", Value.of(value));
  }

  /** Sets {@code Engine} to this value; see {@link #engine(String)}. */
  public ReplicationGroup engine(Value<String> value) {
    return set("Engine", value);
  }

  /**
   * The version number of the cache engine to be used for the clusters in this replication group.
   * To view the supported cache engine versions, use the <code>DescribeCacheEngineVersions</code>
   * operation.
   *
   * <p><em>Important:</em> You can upgrade to a newer engine version (see <a
   * href="https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/SelectEngine.html#VersionManagement">Selecting
   * a Cache Engine and Version</a> ) in the <em>ElastiCache User Guide</em> , but you cannot
   * downgrade to an earlier engine version. If you want to use an earlier engine version, you must
   * delete the existing cluster or replication group and create it anew with the earlier engine
   * version.
   *
   * <p>CloudFormation property {@code EngineVersion}.
   */
  public ReplicationGroup engineVersion(String value) {
    return set("EngineVersion", Value.of(value));
  }

  /** Sets {@code EngineVersion} to this value; see {@link #engineVersion(String)}. */
  public ReplicationGroup engineVersion(Value<String> value) {
    return set("EngineVersion", value);
  }

  /**
   * The name of the Global datastore
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code GlobalReplicationGroupId}.
   */
  public ReplicationGroup globalReplicationGroupId(String value) {
    return set("GlobalReplicationGroupId", Value.of(value));
  }

  /**
   * Sets {@code GlobalReplicationGroupId} to this value; see {@link
   * #globalReplicationGroupId(String)}.
   */
  public ReplicationGroup globalReplicationGroupId(Value<String> value) {
    return set("GlobalReplicationGroupId", value);
  }

  /**
   * The network type you choose when creating a replication group, either <code>ipv4</code> |
   * <code>ipv6</code> . IPv6 is supported for workloads using Valkey 7.2 and above, Redis OSS
   * engine version 6.2 to 7.1 or Memcached engine version 1.6.6 and above on all instances built on
   * the <a href="https://docs.aws.amazon.com/ec2/nitro/">Nitro system</a> .
   *
   * <p>CloudFormation property {@code IpDiscovery}.
   */
  public ReplicationGroup ipDiscovery(String value) {
    return set("IpDiscovery", Value.of(value));
  }

  /** Sets {@code IpDiscovery} to this value; see {@link #ipDiscovery(String)}. */
  public ReplicationGroup ipDiscovery(Value<String> value) {
    return set("IpDiscovery", value);
  }

  /**
   * The ID of the KMS key used to encrypt the disk on the cluster.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code KmsKeyId}.
   */
  public ReplicationGroup kmsKeyId(String value) {
    return set("KmsKeyId", Value.of(value));
  }

  /** Sets {@code KmsKeyId} to this value; see {@link #kmsKeyId(String)}. */
  public ReplicationGroup kmsKeyId(Value<String> value) {
    return set("KmsKeyId", value);
  }

  /**
   * Specifies the destination, format and type of the logs.
   *
   * <p>CloudFormation property {@code LogDeliveryConfigurations}.
   */
  public ReplicationGroup logDeliveryConfigurations(List<LogDeliveryConfigurationRequest> value) {
    return set("LogDeliveryConfigurations", Value.listOf(value));
  }

  /**
   * Sets {@code LogDeliveryConfigurations} to this value; see {@link
   * #logDeliveryConfigurations(List)}.
   */
  public ReplicationGroup logDeliveryConfigurations(Value<List<LogDeliveryConfigurationRequest>> value) {
    return set("LogDeliveryConfigurations", value);
  }

  /**
   * Sets {@code LogDeliveryConfigurations} to a list of these; see {@link
   * #logDeliveryConfigurations(List)}.
   */
  public ReplicationGroup logDeliveryConfigurations(LogDeliveryConfigurationRequest... values) {
    return set("LogDeliveryConfigurations", Value.list(values));
  }

  /**
   * A flag indicating if you have Multi-AZ enabled to enhance fault tolerance. For more
   * information, see <a
   * href="https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/AutoFailover.html">Minimizing
   * Downtime: Multi-AZ</a> .
   *
   * <p>CloudFormation property {@code MultiAZEnabled}.
   */
  public ReplicationGroup multiAZEnabled(boolean value) {
    return set("MultiAZEnabled", Value.of(value));
  }

  /** Sets {@code MultiAZEnabled} to this value; see {@link #multiAZEnabled(boolean)}. */
  public ReplicationGroup multiAZEnabled(Value<Boolean> value) {
    return set("MultiAZEnabled", value);
  }

  /**
   * Must be either <code>ipv4</code> | <code>ipv6</code> | <code>dual_stack</code> . IPv6 is
   * supported for workloads using Valkey 7.2 and above, Redis OSS engine version 6.2 to 7.1 and
   * Memcached engine version 1.6.6 and above on all instances built on the <a
   * href="https://docs.aws.amazon.com/ec2/nitro/">Nitro system</a> .
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code NetworkType}.
   */
  public ReplicationGroup networkType(String value) {
    return set("NetworkType", Value.of(value));
  }

  /** Sets {@code NetworkType} to this value; see {@link #networkType(String)}. */
  public ReplicationGroup networkType(Value<String> value) {
    return set("NetworkType", value);
  }

  /**
   * <code>NodeGroupConfiguration</code> is a property of the
   * <code>AWS::ElastiCache::ReplicationGroup</code> resource that configures an Amazon ElastiCache
   * (ElastiCache) Valkey or Redis OSS cluster node group.
   *
   * <p>If you set <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-attribute-updatepolicy.html#cfn-attributes-updatepolicy-useonlineresharding">UseOnlineResharding</a>
   * to <code>true</code> , you can update <code>NodeGroupConfiguration</code> without interruption.
   * When <code>UseOnlineResharding</code> is set to <code>false</code> , or is not specified,
   * updating <code>NodeGroupConfiguration</code> results in <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/using-cfn-updating-stacks-update-behaviors.html#update-replacement">replacement</a>
   * .
   *
   * <p>Changing it may replace the resource. CloudFormation property {@code
   * NodeGroupConfiguration}.
   */
  public ReplicationGroup nodeGroupConfiguration(List<NodeGroupConfiguration> value) {
    return set("NodeGroupConfiguration", Value.listOf(value));
  }

  /**
   * Sets {@code NodeGroupConfiguration} to this value; see {@link #nodeGroupConfiguration(List)}.
   */
  public ReplicationGroup nodeGroupConfiguration(Value<List<NodeGroupConfiguration>> value) {
    return set("NodeGroupConfiguration", value);
  }

  /**
   * Sets {@code NodeGroupConfiguration} to a list of these; see {@link
   * #nodeGroupConfiguration(List)}.
   */
  public ReplicationGroup nodeGroupConfiguration(NodeGroupConfiguration... values) {
    return set("NodeGroupConfiguration", Value.list(values));
  }

  /**
   * The Amazon Resource Name (ARN) of the Amazon Simple Notification Service (SNS) topic to which
   * notifications are sent.
   *
   * <p>The Amazon SNS topic owner must be the same as the cluster owner.
   *
   * <p>CloudFormation property {@code NotificationTopicArn}.
   */
  public ReplicationGroup notificationTopicArn(String value) {
    return set("NotificationTopicArn", Value.of(value));
  }

  /** Sets {@code NotificationTopicArn} to this value; see {@link #notificationTopicArn(String)}. */
  public ReplicationGroup notificationTopicArn(Value<String> value) {
    return set("NotificationTopicArn", value);
  }

  /**
   * The number of clusters this replication group initially has.
   *
   * <p>This parameter is not used if there is more than one node group (shard). You should use
   * <code>ReplicasPerNodeGroup</code> instead.
   *
   * <p>If <code>AutomaticFailoverEnabled</code> is <code>true</code> , the value of this parameter
   * must be at least 2. If <code>AutomaticFailoverEnabled</code> is <code>false</code> you can omit
   * this parameter (it will default to 1), or you can explicitly set it to a value between 2 and 6.
   *
   * <p>The maximum permitted value for <code>NumCacheClusters</code> is 6 (1 primary plus 5
   * replicas).
   *
   * <p>Range: 1 to 6. CloudFormation property {@code NumCacheClusters}.
   */
  public ReplicationGroup numCacheClusters(int value) {
    return set("NumCacheClusters", Value.of(value));
  }

  /** Sets {@code NumCacheClusters} to this value; see {@link #numCacheClusters(int)}. */
  public ReplicationGroup numCacheClusters(Value<Integer> value) {
    return set("NumCacheClusters", value);
  }

  /**
   * An optional parameter that specifies the number of node groups (shards) for this Valkey or
   * Redis OSS (cluster mode enabled) replication group. For Valkey or Redis OSS (cluster mode
   * disabled) either omit this parameter or set it to 1.
   *
   * <p>If you set <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-attribute-updatepolicy.html#cfn-attributes-updatepolicy-useonlineresharding">UseOnlineResharding</a>
   * to <code>true</code> , you can update <code>NumNodeGroups</code> without interruption. When
   * <code>UseOnlineResharding</code> is set to <code>false</code> , or is not specified, updating
   * <code>NumNodeGroups</code> results in <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/using-cfn-updating-stacks-update-behaviors.html#update-replacement">replacement</a>
   * .
   *
   * <p>Default: 1
   *
   * <p>Changing it may replace the resource. Default: {@code 1}. CloudFormation property {@code
   * NumNodeGroups}.
   */
  public ReplicationGroup numNodeGroups(int value) {
    return set("NumNodeGroups", Value.of(value));
  }

  /** Sets {@code NumNodeGroups} to this value; see {@link #numNodeGroups(int)}. */
  public ReplicationGroup numNodeGroups(Value<Integer> value) {
    return set("NumNodeGroups", value);
  }

  /**
   * The port number on which each member of the replication group accepts connections.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code Port}.
   */
  public ReplicationGroup port(int value) {
    return set("Port", Value.of(value));
  }

  /** Sets {@code Port} to this value; see {@link #port(int)}. */
  public ReplicationGroup port(Value<Integer> value) {
    return set("Port", value);
  }

  /**
   * A list of EC2 Availability Zones in which the replication group's clusters are created. The
   * order of the Availability Zones in the list is the order in which clusters are allocated. The
   * primary cluster is created in the first AZ in the list.
   *
   * <p>This parameter is not used if there is more than one node group (shard). You should use
   * <code>NodeGroupConfiguration</code> instead.
   *
   * <p>If you are creating your replication group in an Amazon VPC (recommended), you can only
   * locate clusters in Availability Zones associated with the subnets in the selected subnet group.
   * The number of Availability Zones listed must equal the value of <code>NumCacheClusters</code> .
   *
   * <p>Default: system chosen Availability Zones.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code PreferredCacheClusterAZs}.
   */
  public ReplicationGroup preferredCacheClusterAZs(List<String> value) {
    return set("PreferredCacheClusterAZs", Value.listOf(value));
  }

  /**
   * Sets {@code PreferredCacheClusterAZs} to this value; see {@link
   * #preferredCacheClusterAZs(List)}.
   */
  public ReplicationGroup preferredCacheClusterAZs(Value<List<String>> value) {
    return set("PreferredCacheClusterAZs", value);
  }

  /**
   * Specifies the weekly time range during which maintenance on the cluster is performed. It is
   * specified as a range in the format ddd:hh24:mi-ddd:hh24:mi (24H Clock UTC). The minimum
   * maintenance window is a 60 minute period.
   *
   * <p>Valid values for <code>ddd</code> are:
   *
   * <ul> <li><code>sun</code> <li><code>mon</code> <li><code>tue</code> <li><code>wed</code>
   * <li><code>thu</code> <li><code>fri</code> <li><code>sat</code> </ul>
   *
   * <p>Example: <code>sun:23:00-mon:01:30</code>
   *
   * <p>CloudFormation property {@code PreferredMaintenanceWindow}.
   */
  public ReplicationGroup preferredMaintenanceWindow(String value) {
    return set("PreferredMaintenanceWindow", Value.of(value));
  }

  /**
   * Sets {@code PreferredMaintenanceWindow} to this value; see {@link
   * #preferredMaintenanceWindow(String)}.
   */
  public ReplicationGroup preferredMaintenanceWindow(Value<String> value) {
    return set("PreferredMaintenanceWindow", value);
  }

  /**
   * The identifier of the cluster that serves as the primary for this replication group. This
   * cluster must already exist and have a status of <code>available</code> .
   *
   * <p>This parameter is not required if <code>NumCacheClusters</code> , <code>NumNodeGroups</code>
   * , or <code>ReplicasPerNodeGroup</code> is specified.
   *
   * <p>CloudFormation property {@code PrimaryClusterId}.
   */
  public ReplicationGroup primaryClusterId(String value) {
    return set("PrimaryClusterId", Value.of(value));
  }

  /** Sets {@code PrimaryClusterId} to this value; see {@link #primaryClusterId(String)}. */
  public ReplicationGroup primaryClusterId(Value<String> value) {
    return set("PrimaryClusterId", value);
  }

  /**
   * An optional parameter that specifies the number of replica nodes in each node group (shard).
   * Valid values are 0 to 5.
   *
   * <p>Changing it replaces the resource. Range: 0 to 5. CloudFormation property {@code
   * ReplicasPerNodeGroup}.
   */
  public ReplicationGroup replicasPerNodeGroup(int value) {
    return set("ReplicasPerNodeGroup", Value.of(value));
  }

  /** Sets {@code ReplicasPerNodeGroup} to this value; see {@link #replicasPerNodeGroup(int)}. */
  public ReplicationGroup replicasPerNodeGroup(Value<Integer> value) {
    return set("ReplicasPerNodeGroup", value);
  }

  /**
   * A user-created description for the replication group.
   *
   * <p>Required. CloudFormation property {@code ReplicationGroupDescription}.
   */
  public ReplicationGroup replicationGroupDescription(String value) {
    return set("ReplicationGroupDescription", Value.of(value));
  }

  /**
   * Sets {@code ReplicationGroupDescription} to this value; see {@link
   * #replicationGroupDescription(String)}.
   */
  public ReplicationGroup replicationGroupDescription(Value<String> value) {
    return set("ReplicationGroupDescription", value);
  }

  /**
   * The replication group identifier. This parameter is stored as a lowercase string.
   *
   * <p>Constraints:
   *
   * <ul> <li>A name must contain from 1 to 40 alphanumeric characters or hyphens. <li>The first
   * character must be a letter. <li>A name cannot end with a hyphen or contain two consecutive
   * hyphens. </ul>
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code ReplicationGroupId}.
   */
  public ReplicationGroup replicationGroupId(String value) {
    return set("ReplicationGroupId", Value.of(value));
  }

  /** Sets {@code ReplicationGroupId} to this value; see {@link #replicationGroupId(String)}. */
  public ReplicationGroup replicationGroupId(Value<String> value) {
    return set("ReplicationGroupId", value);
  }

  /**
   * One or more Amazon VPC security groups associated with this replication group.
   *
   * <p>Use this parameter only when you are creating a replication group in an Amazon Virtual
   * Private Cloud (Amazon VPC).
   *
   * <p>Format: {@code AWS::EC2::SecurityGroup.Id}. CloudFormation property {@code
   * SecurityGroupIds}.
   */
  public ReplicationGroup securityGroupIds(List<String> value) {
    return set("SecurityGroupIds", Value.listOf(value));
  }

  /** Sets {@code SecurityGroupIds} to this value; see {@link #securityGroupIds(List)}. */
  public ReplicationGroup securityGroupIds(Value<List<String>> value) {
    return set("SecurityGroupIds", value);
  }

  /**
   * A list of Amazon Resource Names (ARN) that uniquely identify the Valkey or Redis OSS RDB
   * snapshot files stored in Amazon S3. The snapshot files are used to populate the new replication
   * group. The Amazon S3 object name in the ARN cannot contain any commas. The new replication
   * group will have the number of node groups (console: shards) specified by the parameter
   * <em>NumNodeGroups</em> or the number of node groups configured by
   * <em>NodeGroupConfiguration</em> regardless of the number of ARNs specified here.
   *
   * <p>Example of an Amazon S3 ARN: <code>arn:aws:s3:::my_bucket/snapshot1.rdb</code>
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code SnapshotArns}.
   */
  public ReplicationGroup snapshotArns(List<String> value) {
    return set("SnapshotArns", Value.listOf(value));
  }

  /** Sets {@code SnapshotArns} to this value; see {@link #snapshotArns(List)}. */
  public ReplicationGroup snapshotArns(Value<List<String>> value) {
    return set("SnapshotArns", value);
  }

  /**
   * The name of a snapshot from which to restore data into the new replication group. The snapshot
   * status changes to <code>restoring</code> while the new replication group is being created.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code SnapshotName}.
   */
  public ReplicationGroup snapshotName(String value) {
    return set("SnapshotName", Value.of(value));
  }

  /** Sets {@code SnapshotName} to this value; see {@link #snapshotName(String)}. */
  public ReplicationGroup snapshotName(Value<String> value) {
    return set("SnapshotName", value);
  }

  /**
   * The number of days for which ElastiCache retains automatic snapshots before deleting them. For
   * example, if you set <code>SnapshotRetentionLimit</code> to 5, a snapshot that was taken today
   * is retained for 5 days before being deleted.
   *
   * <p>Default: 0 (i.e., automatic backups are disabled for this cluster).
   *
   * <p>Default: {@code 0}. CloudFormation property {@code SnapshotRetentionLimit}.
   */
  public ReplicationGroup snapshotRetentionLimit(int value) {
    return set("SnapshotRetentionLimit", Value.of(value));
  }

  /**
   * Sets {@code SnapshotRetentionLimit} to this value; see {@link #snapshotRetentionLimit(int)}.
   */
  public ReplicationGroup snapshotRetentionLimit(Value<Integer> value) {
    return set("SnapshotRetentionLimit", value);
  }

  /**
   * The daily time range (in UTC) during which ElastiCache begins taking a daily snapshot of your
   * node group (shard).
   *
   * <p>Example: <code>05:00-09:00</code>
   *
   * <p>If you do not specify this parameter, ElastiCache automatically chooses an appropriate time
   * range.
   *
   * <p>CloudFormation property {@code SnapshotWindow}.
   */
  public ReplicationGroup snapshotWindow(String value) {
    return set("SnapshotWindow", Value.of(value));
  }

  /** Sets {@code SnapshotWindow} to this value; see {@link #snapshotWindow(String)}. */
  public ReplicationGroup snapshotWindow(Value<String> value) {
    return set("SnapshotWindow", value);
  }

  /**
   * The cluster ID that is used as the daily snapshot source for the replication group. This
   * parameter cannot be set for Valkey or Redis OSS (cluster mode enabled) replication groups.
   *
   * <p>CloudFormation property {@code SnapshottingClusterId}.
   */
  public ReplicationGroup snapshottingClusterId(String value) {
    return set("SnapshottingClusterId", Value.of(value));
  }

  /**
   * Sets {@code SnapshottingClusterId} to this value; see {@link #snapshottingClusterId(String)}.
   */
  public ReplicationGroup snapshottingClusterId(Value<String> value) {
    return set("SnapshottingClusterId", value);
  }

  /**
   * A list of tags to be added to this resource. Tags are comma-separated key,value pairs (e.g.
   * Key= <code>myKey</code> , Value= <code>myKeyValue</code> . You can include multiple tags as
   * shown following: Key= <code>myKey</code> , Value= <code>myKeyValue</code> Key=
   * <code>mySecondKey</code> , Value= <code>mySecondKeyValue</code> . Tags on replication groups
   * will be replicated to all nodes.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public ReplicationGroup tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public ReplicationGroup tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public ReplicationGroup tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * A flag that enables in-transit encryption when set to <code>true</code> .
   *
   * <p>This parameter is only available when creating a replication group in an Amazon VPC using
   * Valkey version <code>7.2</code> and above, Redis OSS version <code>3.2.6</code> , or Redis OSS
   * version <code>4.x</code> and above, and the cluster is being created in an Amazon VPC.
   *
   * <p>If you enable in-transit encryption, you must also specify a value for
   * <code>CacheSubnetGroup</code> .
   *
   * <p>TransitEncryptionEnabled is required when creating a new valkey replication group.
   *
   * <p>Default: <code>false</code>
   *
   * <p>For HIPAA compliance, you must specify <code>TransitEncryptionEnabled</code> as
   * <code>true</code> , an <code>AuthToken</code> , and a <code>CacheSubnetGroup</code> .
   *
   * <p>Default: {@code false}. CloudFormation property {@code TransitEncryptionEnabled}.
   */
  public ReplicationGroup transitEncryptionEnabled(boolean value) {
    return set("TransitEncryptionEnabled", Value.of(value));
  }

  /**
   * Sets {@code TransitEncryptionEnabled} to this value; see {@link
   * #transitEncryptionEnabled(boolean)}.
   */
  public ReplicationGroup transitEncryptionEnabled(Value<Boolean> value) {
    return set("TransitEncryptionEnabled", value);
  }

  /**
   * A setting that allows you to migrate your clients to use in-transit encryption, with no
   * downtime.
   *
   * <p>When setting <code>TransitEncryptionEnabled</code> to <code>true</code> , you can set your
   * <code>TransitEncryptionMode</code> to <code>preferred</code> in the same request, to allow both
   * encrypted and unencrypted connections at the same time. Once you migrate all your Valkey or
   * Redis OSS clients to use encrypted connections you can modify the value to
   * <code>required</code> to allow encrypted connections only.
   *
   * <p>Setting <code>TransitEncryptionMode</code> to <code>required</code> is a two-step process
   * that requires you to first set the <code>TransitEncryptionMode</code> to <code>preferred</code>
   * , after that you can set <code>TransitEncryptionMode</code> to <code>required</code> .
   *
   * <p>This process will not trigger the replacement of the replication group.
   *
   * <p>CloudFormation property {@code TransitEncryptionMode}.
   */
  public ReplicationGroup transitEncryptionMode(String value) {
    return set("TransitEncryptionMode", Value.of(value));
  }

  /**
   * Sets {@code TransitEncryptionMode} to this value; see {@link #transitEncryptionMode(String)}.
   */
  public ReplicationGroup transitEncryptionMode(Value<String> value) {
    return set("TransitEncryptionMode", value);
  }

  /**
   * The ID of user group to associate with the replication group.
   *
   * <p>Length: at least 1 characters. Pattern: {@code ^[a-zA-Z][a-zA-Z0-9&#92;-]*$}. CloudFormation
   * property {@code UserGroupIds}.
   */
  public ReplicationGroup userGroupIds(List<String> value) {
    return set("UserGroupIds", Value.listOf(value));
  }

  /** Sets {@code UserGroupIds} to this value; see {@link #userGroupIds(List)}. */
  public ReplicationGroup userGroupIds(Value<List<String>> value) {
    return set("UserGroupIds", value);
  }

  /** {@code Fn::GetAtt} attribute {@code ConfigurationEndPoint}. */
  public Value<Endpoint> configurationEndPoint() {
    return getAtt("ConfigurationEndPoint");
  }

  /**
   * The DNS hostname of the cache node.
   *
   * <p>Valkey or Redis OSS (cluster mode disabled) replication groups don't have this attribute.
   * Therefore, <code>Fn::GetAtt</code> returns a value for this attribute only if the replication
   * group is clustered. Otherwise, <code>Fn::GetAtt</code> fails. For Valkey or Redis OSS (cluster
   * mode disabled) replication groups, use the <code>PrimaryEndpoint</code> or
   * <code>ReadEndpoint</code> attributes.
   *
   * <p>{@code Fn::GetAtt} attribute {@code ConfigurationEndPoint.Address}.
   */
  public Value<String> configurationEndPointAddress() {
    return getAtt("ConfigurationEndPoint.Address");
  }

  /**
   * The port number that the cache engine is listening on.
   *
   * <p>{@code Fn::GetAtt} attribute {@code ConfigurationEndPoint.Port}.
   */
  public Value<String> configurationEndPointPort() {
    return getAtt("ConfigurationEndPoint.Port");
  }

  /**
   * The resolved durability state of the replication group after resolving the default value. This
   * is a read-only property.
   *
   * <p>{@code Fn::GetAtt} attribute {@code EffectiveDurability}.
   */
  public Value<String> effectiveDurability() {
    return getAtt("EffectiveDurability");
  }

  /** {@code Fn::GetAtt} attribute {@code PrimaryEndPoint}. */
  public Value<Endpoint> primaryEndPoint() {
    return getAtt("PrimaryEndPoint");
  }

  /**
   * The DNS address of the primary read-write cache node.
   *
   * <p>{@code Fn::GetAtt} attribute {@code PrimaryEndPoint.Address}.
   */
  public Value<String> primaryEndPointAddress() {
    return getAtt("PrimaryEndPoint.Address");
  }

  /**
   * The number of the port that the primary read-write cache engine is listening on.
   *
   * <p>{@code Fn::GetAtt} attribute {@code PrimaryEndPoint.Port}.
   */
  public Value<String> primaryEndPointPort() {
    return getAtt("PrimaryEndPoint.Port");
  }

  /** {@code Fn::GetAtt} attribute {@code ReadEndPoint}. */
  public Value<ReadEndPoint> readEndPoint() {
    return getAtt("ReadEndPoint");
  }

  /**
   * A string with a list of endpoints for the primary and read-only replicas. The order of the
   * addresses maps to the order of the ports from the <code>ReadEndPoint.Ports</code> attribute.
   *
   * <p>{@code Fn::GetAtt} attribute {@code ReadEndPoint.Addresses}.
   */
  public Value<String> readEndPointAddresses() {
    return getAtt("ReadEndPoint.Addresses");
  }

  /**
   * A list of endpoints for the read-only replicas. The order of the addresses maps to the order of
   * the ports from the ReadEndPoint.Ports attribute.
   *
   * <p>{@code Fn::GetAtt} attribute {@code ReadEndPoint.AddressesList}.
   */
  public Value<List<String>> readEndPointAddressesList() {
    return getAtt("ReadEndPoint.AddressesList");
  }

  /**
   * A string with a list of ports for the read-only replicas. The order of the ports maps to the
   * order of the addresses from the <code>ReadEndPoint.Addresses</code> attribute.
   *
   * <p>{@code Fn::GetAtt} attribute {@code ReadEndPoint.Ports}.
   */
  public Value<String> readEndPointPorts() {
    return getAtt("ReadEndPoint.Ports");
  }

  /**
   * A list of ports for the read-only replicas. The order of the ports maps to the order of the
   * addresses from the ReadEndPoint.Addresses attribute.
   *
   * <p>{@code Fn::GetAtt} attribute {@code ReadEndPoint.PortsList}.
   */
  public Value<List<String>> readEndPointPortsList() {
    return getAtt("ReadEndPoint.PortsList");
  }

  /** {@code Fn::GetAtt} attribute {@code ReaderEndPoint}. */
  public Value<Endpoint> readerEndPoint() {
    return getAtt("ReaderEndPoint");
  }

  /**
   * The address of the reader endpoint.
   *
   * <p>{@code Fn::GetAtt} attribute {@code ReaderEndPoint.Address}.
   */
  public Value<String> readerEndPointAddress() {
    return getAtt("ReaderEndPoint.Address");
  }

  /**
   * The port used by the reader endpoint.
   *
   * <p>{@code Fn::GetAtt} attribute {@code ReaderEndPoint.Port}.
   */
  public Value<String> readerEndPointPort() {
    return getAtt("ReaderEndPoint.Port");
  }

  /**
   * The configuration details of the CloudWatch Logs destination. Note that this field is marked as
   * required but only if CloudWatch Logs was chosen as the destination.
   *
   * <p>Property type {@code AWS::ElastiCache::ReplicationGroup.CloudWatchLogsDestinationDetails}.
   */
  public static final class CloudWatchLogsDestinationDetails extends Struct<CloudWatchLogsDestinationDetails> {
    private static final Schema SCHEMA = Schema.builder("AWS::ElastiCache::ReplicationGroup.CloudWatchLogsDestinationDetails")
        .required("LogGroup")
        .build();

    public CloudWatchLogsDestinationDetails() {
      super(SCHEMA);
    }

    /**
     * The name of the CloudWatch Logs log group.
     *
     * <p>Required. CloudFormation property {@code LogGroup}.
     */
    public CloudWatchLogsDestinationDetails logGroup(String value) {
      return set("LogGroup", Value.of(value));
    }

    /** Sets {@code LogGroup} to this value; see {@link #logGroup(String)}. */
    public CloudWatchLogsDestinationDetails logGroup(Value<String> value) {
      return set("LogGroup", value);
    }
  }

  /**
   * Configuration details of either a CloudWatch Logs destination or Kinesis Data Firehose
   * destination.
   *
   * <p>Property type {@code AWS::ElastiCache::ReplicationGroup.DestinationDetails}.
   */
  public static final class DestinationDetails extends Struct<DestinationDetails> {
    private static final Schema SCHEMA = Schema.of("AWS::ElastiCache::ReplicationGroup.DestinationDetails");

    public DestinationDetails() {
      super(SCHEMA);
    }

    /**
     * The configuration details of the CloudWatch Logs destination. Note that this field is marked
     * as required but only if CloudWatch Logs was chosen as the destination.
     *
     * <p>CloudFormation property {@code CloudWatchLogsDetails}.
     */
    public DestinationDetails cloudWatchLogsDetails(Value<CloudWatchLogsDestinationDetails> value) {
      return set("CloudWatchLogsDetails", value);
    }

    /**
     * The configuration details of the Kinesis Data Firehose destination. Note that this field is
     * marked as required but only if Kinesis Data Firehose was chosen as the destination.
     *
     * <p>CloudFormation property {@code KinesisFirehoseDetails}.
     */
    public DestinationDetails kinesisFirehoseDetails(Value<KinesisFirehoseDestinationDetails> value) {
      return set("KinesisFirehoseDetails", value);
    }
  }

  /** Property type {@code AWS::ElastiCache::ReplicationGroup.Endpoint}. */
  public static final class Endpoint extends Struct<Endpoint> {
    private static final Schema SCHEMA = Schema.of("AWS::ElastiCache::ReplicationGroup.Endpoint");

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

  /**
   * The configuration details of the Kinesis Data Firehose destination. Note that this field is
   * marked as required but only if Kinesis Data Firehose was chosen as the destination.
   *
   * <p>Property type {@code AWS::ElastiCache::ReplicationGroup.KinesisFirehoseDestinationDetails}.
   */
  public static final class KinesisFirehoseDestinationDetails extends Struct<KinesisFirehoseDestinationDetails> {
    private static final Schema SCHEMA = Schema.builder("AWS::ElastiCache::ReplicationGroup.KinesisFirehoseDestinationDetails")
        .required("DeliveryStream")
        .build();

    public KinesisFirehoseDestinationDetails() {
      super(SCHEMA);
    }

    /**
     * The name of the Kinesis Data Firehose delivery stream.
     *
     * <p>Required. CloudFormation property {@code DeliveryStream}.
     */
    public KinesisFirehoseDestinationDetails deliveryStream(String value) {
      return set("DeliveryStream", Value.of(value));
    }

    /** Sets {@code DeliveryStream} to this value; see {@link #deliveryStream(String)}. */
    public KinesisFirehoseDestinationDetails deliveryStream(Value<String> value) {
      return set("DeliveryStream", value);
    }
  }

  /**
   * Specifies the destination, format and type of the logs.
   *
   * <p>Property type {@code AWS::ElastiCache::ReplicationGroup.LogDeliveryConfigurationRequest}.
   */
  public static final class LogDeliveryConfigurationRequest extends Struct<LogDeliveryConfigurationRequest> {
    private static final Schema SCHEMA = Schema.builder("AWS::ElastiCache::ReplicationGroup.LogDeliveryConfigurationRequest")
        .required("DestinationDetails", "DestinationType", "LogFormat", "LogType")
        .build();

    public LogDeliveryConfigurationRequest() {
      super(SCHEMA);
    }

    /**
     * Configuration details of either a CloudWatch Logs destination or Kinesis Data Firehose
     * destination.
     *
     * <p>Required. CloudFormation property {@code DestinationDetails}.
     */
    public LogDeliveryConfigurationRequest destinationDetails(Value<DestinationDetails> value) {
      return set("DestinationDetails", value);
    }

    /**
     * Specify either CloudWatch Logs or Kinesis Data Firehose as the destination type. Valid values
     * are either <code>cloudwatch-logs</code> or <code>kinesis-firehose</code> .
     *
     * <p>Required. CloudFormation property {@code DestinationType}.
     */
    public LogDeliveryConfigurationRequest destinationType(String value) {
      return set("DestinationType", Value.of(value));
    }

    /** Sets {@code DestinationType} to this value; see {@link #destinationType(String)}. */
    public LogDeliveryConfigurationRequest destinationType(Value<String> value) {
      return set("DestinationType", value);
    }

    /**
     * Valid values are either <code>json</code> or <code>text</code> .
     *
     * <p>Required. CloudFormation property {@code LogFormat}.
     */
    public LogDeliveryConfigurationRequest logFormat(String value) {
      return set("LogFormat", Value.of(value));
    }

    /** Sets {@code LogFormat} to this value; see {@link #logFormat(String)}. */
    public LogDeliveryConfigurationRequest logFormat(Value<String> value) {
      return set("LogFormat", value);
    }

    /**
     * Valid value is either <code>slow-log</code> , which refers to <a
     * href="https://docs.aws.amazon.com/https://redis.io/commands/slowlog">slow-log</a> or
     * <code>engine-log</code> .
     *
     * <p>Required. CloudFormation property {@code LogType}.
     */
    public LogDeliveryConfigurationRequest logType(String value) {
      return set("LogType", Value.of(value));
    }

    /** Sets {@code LogType} to this value; see {@link #logType(String)}. */
    public LogDeliveryConfigurationRequest logType(Value<String> value) {
      return set("LogType", value);
    }
  }

  /**
   * <code>NodeGroupConfiguration</code> is a property of the
   * <code>AWS::ElastiCache::ReplicationGroup</code> resource that configures an Amazon ElastiCache
   * (ElastiCache) Valkey or Redis OSS cluster node group.
   *
   * <p>Property type {@code AWS::ElastiCache::ReplicationGroup.NodeGroupConfiguration}.
   */
  public static final class NodeGroupConfiguration extends Struct<NodeGroupConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::ElastiCache::ReplicationGroup.NodeGroupConfiguration")
        .constrain("NodeGroupId", Constraint.of().pattern("^\\d+$").minLength(1).maxLength(4))
        .build();

    public NodeGroupConfiguration() {
      super(SCHEMA);
    }

    /**
     * Either the ElastiCache supplied 4-digit id or a user supplied id for the node group these
     * configuration values apply to.
     *
     * <p>Changing it may replace the resource. Length: 1 to 4 characters. Pattern: {@code
     * ^&#92;d+$}. CloudFormation property {@code NodeGroupId}.
     */
    public NodeGroupConfiguration nodeGroupId(String value) {
      return set("NodeGroupId", Value.of(value));
    }

    /** Sets {@code NodeGroupId} to this value; see {@link #nodeGroupId(String)}. */
    public NodeGroupConfiguration nodeGroupId(Value<String> value) {
      return set("NodeGroupId", value);
    }

    /**
     * The Availability Zone where the primary node of this node group (shard) is launched.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code
     * PrimaryAvailabilityZone}.
     */
    public NodeGroupConfiguration primaryAvailabilityZone(String value) {
      return set("PrimaryAvailabilityZone", Value.of(value));
    }

    /**
     * Sets {@code PrimaryAvailabilityZone} to this value; see {@link
     * #primaryAvailabilityZone(String)}.
     */
    public NodeGroupConfiguration primaryAvailabilityZone(Value<String> value) {
      return set("PrimaryAvailabilityZone", value);
    }

    /**
     * A list of Availability Zones to be used for the read replicas. The number of Availability
     * Zones in this list must match the value of <code>ReplicaCount</code> or
     * <code>ReplicasPerNodeGroup</code> if not specified.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code
     * ReplicaAvailabilityZones}.
     */
    public NodeGroupConfiguration replicaAvailabilityZones(List<String> value) {
      return set("ReplicaAvailabilityZones", Value.listOf(value));
    }

    /**
     * Sets {@code ReplicaAvailabilityZones} to this value; see {@link
     * #replicaAvailabilityZones(List)}.
     */
    public NodeGroupConfiguration replicaAvailabilityZones(Value<List<String>> value) {
      return set("ReplicaAvailabilityZones", value);
    }

    /**
     * The number of read replica nodes in this node group (shard).
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code ReplicaCount}.
     */
    public NodeGroupConfiguration replicaCount(int value) {
      return set("ReplicaCount", Value.of(value));
    }

    /** Sets {@code ReplicaCount} to this value; see {@link #replicaCount(int)}. */
    public NodeGroupConfiguration replicaCount(Value<Integer> value) {
      return set("ReplicaCount", value);
    }

    /**
     * A string of comma-separated values where the first set of values are the slot numbers (zero
     * based), and the second set of values are the keyspaces for each slot. The following example
     * specifies three slots (numbered 0, 1, and 2):
     * <code>0,1,2,0-4999,5000-9999,10000-16,383</code> .
     *
     * <p>If you don't specify a value, ElastiCache allocates keys equally among each slot.
     *
     * <p>When you use an <code>UseOnlineResharding</code> update policy to update the number of
     * node groups without interruption, ElastiCache evenly distributes the keyspaces between the
     * specified number of slots. This cannot be updated later. Therefore, after updating the number
     * of node groups in this way, you should remove the value specified for the <code>Slots</code>
     * property of each <code>NodeGroupConfiguration</code> from the stack template, as it no longer
     * reflects the actual values in each node group. For more information, see <a
     * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-attribute-updatepolicy.html#cfn-attributes-updatepolicy-useonlineresharding">UseOnlineResharding
     * Policy</a> .
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code Slots}.
     */
    public NodeGroupConfiguration slots(String value) {
      return set("Slots", Value.of(value));
    }

    /** Sets {@code Slots} to this value; see {@link #slots(String)}. */
    public NodeGroupConfiguration slots(Value<String> value) {
      return set("Slots", value);
    }
  }

  /** Property type {@code AWS::ElastiCache::ReplicationGroup.ReadEndPoint}. */
  public static final class ReadEndPoint extends Struct<ReadEndPoint> {
    private static final Schema SCHEMA = Schema.of("AWS::ElastiCache::ReplicationGroup.ReadEndPoint");

    public ReadEndPoint() {
      super(SCHEMA);
    }

    /**
     * A string containing a comma-separated list of endpoints for the primary and read-only
     * replicas, formatted as [address1, address2, ...]. The order of the addresses maps to the
     * order of the ports from the ReadEndPoint.Ports attribute.
     *
     * <p>CloudFormation property {@code Addresses}.
     */
    public ReadEndPoint addresses(String value) {
      return set("Addresses", Value.of(value));
    }

    /** Sets {@code Addresses} to this value; see {@link #addresses(String)}. */
    public ReadEndPoint addresses(Value<String> value) {
      return set("Addresses", value);
    }

    /**
     * A list of endpoints for the read-only replicas. The order of the addresses maps to the order
     * of the ports from the ReadEndPoint.Ports attribute.
     *
     * <p>CloudFormation property {@code AddressesList}.
     */
    public ReadEndPoint addressesList(List<String> value) {
      return set("AddressesList", Value.listOf(value));
    }

    /** Sets {@code AddressesList} to this value; see {@link #addressesList(List)}. */
    public ReadEndPoint addressesList(Value<List<String>> value) {
      return set("AddressesList", value);
    }

    /**
     * A string containing a comma-separated list of ports for the read-only replicas, formatted as
     * [port1, port2, ...]. The order of the ports maps to the order of the addresses from the
     * ReadEndPoint.Addresses attribute.
     *
     * <p>CloudFormation property {@code Ports}.
     */
    public ReadEndPoint ports(String value) {
      return set("Ports", Value.of(value));
    }

    /** Sets {@code Ports} to this value; see {@link #ports(String)}. */
    public ReadEndPoint ports(Value<String> value) {
      return set("Ports", value);
    }

    /**
     * A list of ports for the read-only replicas. The order of the ports maps to the order of the
     * addresses from the ReadEndPoint.Addresses attribute.
     *
     * <p>CloudFormation property {@code PortsList}.
     */
    public ReadEndPoint portsList(List<String> value) {
      return set("PortsList", Value.listOf(value));
    }

    /** Sets {@code PortsList} to this value; see {@link #portsList(List)}. */
    public ReadEndPoint portsList(Value<List<String>> value) {
      return set("PortsList", value);
    }
  }
}
