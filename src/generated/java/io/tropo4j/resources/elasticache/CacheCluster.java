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
 * The <code>AWS::ElastiCache::CacheCluster</code> type creates an Amazon ElastiCache cache cluster.
 *
 * <p>CloudFormation type {@code AWS::ElastiCache::CacheCluster}.
 *
 * <p>It holds data: validation asks for a DeletionPolicy and an UpdateReplacePolicy, e.g. {@code
 * retainData()}.
 */
public final class CacheCluster extends Resource<CacheCluster> {
  private static final Schema SCHEMA = Schema.builder("AWS::ElastiCache::CacheCluster")
      .required("CacheNodeType", "Engine", "NumCacheNodes")
      .constrain("VpcSecurityGroupIds", Constraint.of().format("AWS::EC2::SecurityGroup.Id"))
      .refYields("ClusterName")
      .attributes("ConfigurationEndpoint", "ConfigurationEndpoint.Address",
          "ConfigurationEndpoint.Port", "RedisEndpoint", "RedisEndpoint.Address",
          "RedisEndpoint.Port")
      .stateful()
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public CacheCluster(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * Specifies whether the nodes in this Memcached cluster are created in a single Availability Zone
   * or created across multiple Availability Zones in the cluster's region.
   *
   * <p>This parameter is only supported for Memcached clusters.
   *
   * <p>If the <code>AZMode</code> and <code>PreferredAvailabilityZones</code> are not specified,
   * ElastiCache assumes <code>single-az</code> mode.
   *
   * <p>Changing it may replace the resource. CloudFormation property {@code AZMode}.
   */
  public CacheCluster azMode(String value) {
    return set("AZMode", Value.of(value));
  }

  /** Sets {@code AZMode} to this value; see {@link #azMode(String)}. */
  public CacheCluster azMode(Value<String> value) {
    return set("AZMode", value);
  }

  /**
   * If you are running Valkey 7.2 or later, or Redis OSS engine version 6.0 or later, set this
   * parameter to yes if you want to opt-in to the next minor version upgrade campaign. This
   * parameter is disabled for previous versions.
   *
   * <p>CloudFormation property {@code AutoMinorVersionUpgrade}.
   */
  public CacheCluster autoMinorVersionUpgrade(boolean value) {
    return set("AutoMinorVersionUpgrade", Value.of(value));
  }

  /**
   * Sets {@code AutoMinorVersionUpgrade} to this value; see {@link
   * #autoMinorVersionUpgrade(boolean)}.
   */
  public CacheCluster autoMinorVersionUpgrade(Value<Boolean> value) {
    return set("AutoMinorVersionUpgrade", value);
  }

  /**
   * The compute and memory capacity of the nodes in the node group (shard).
   *
   * <p>The following node types are supported by ElastiCache. Generally speaking, the current
   * generation types provide more memory and computational power at lower cost when compared to
   * their equivalent previous generation counterparts. Changing the CacheNodeType of a Memcached
   * instance is currently not supported. If you need to scale using Memcached, we recommend forcing
   * a replacement update by changing the <code>LogicalResourceId</code> of the resource.
   *
   * <ul> <li>General purpose: </ul>
   *
   * <ul> <li>Current generation: </ul>
   *
   * <p><em>M6g node types:</em> <code>cache.m6g.large</code> , <code>cache.m6g.xlarge</code> ,
   * <code>cache.m6g.2xlarge</code> , <code>cache.m6g.4xlarge</code> ,
   * <code>cache.m6g.8xlarge</code> , <code>cache.m6g.12xlarge</code> ,
   * <code>cache.m6g.16xlarge</code> , <code>cache.m6g.24xlarge</code>
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
   * <code>cache.r6g.8xlarge</code> , <code>cache.r6g.12xlarge</code> ,
   * <code>cache.r6g.16xlarge</code> , <code>cache.r6g.24xlarge</code>
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
   * Node Types by Region</a>
   *
   * <p><em>Additional node type info</em>
   *
   * <ul> <li>All current generation instance types are created in Amazon VPC by default. <li>Valkey
   * and Redis OSS append-only files (AOF) are not supported for T1 or T2 instances. <li>Valkey and
   * Redis OSS Multi-AZ with automatic failover is not supported on T1 instances. <li>Redis OSS
   * configuration variables <code>appendonly</code> and <code>appendfsync</code> are not supported
   * on Redis OSS version 2.8.22 and later. </ul>
   *
   * <p>Required. CloudFormation property {@code CacheNodeType}.
   */
  public CacheCluster cacheNodeType(String value) {
    return set("CacheNodeType", Value.of(value));
  }

  /** Sets {@code CacheNodeType} to this value; see {@link #cacheNodeType(String)}. */
  public CacheCluster cacheNodeType(Value<String> value) {
    return set("CacheNodeType", value);
  }

  /**
   * The name of the parameter group to associate with this cluster. If this argument is omitted,
   * the default parameter group for the specified engine is used. You cannot use any parameter
   * group which has <code>cluster-enabled='yes'</code> when creating a cluster.
   *
   * <p>CloudFormation property {@code CacheParameterGroupName}.
   */
  public CacheCluster cacheParameterGroupName(String value) {
    return set("CacheParameterGroupName", Value.of(value));
  }

  /**
   * Sets {@code CacheParameterGroupName} to this value; see {@link
   * #cacheParameterGroupName(String)}.
   */
  public CacheCluster cacheParameterGroupName(Value<String> value) {
    return set("CacheParameterGroupName", value);
  }

  /**
   * A list of security group names to associate with this cluster.
   *
   * <p>Use this parameter only when you are creating a cluster outside of an Amazon Virtual Private
   * Cloud (Amazon VPC).
   *
   * <p>CloudFormation property {@code CacheSecurityGroupNames}.
   *
   * @deprecated The specification marks {@code CacheSecurityGroupNames} deprecated.
   */
  @Deprecated
  public CacheCluster cacheSecurityGroupNames(List<String> value) {
    return set("CacheSecurityGroupNames", Value.listOf(value));
  }

  /**
   * Sets {@code CacheSecurityGroupNames} to this value; see {@link #cacheSecurityGroupNames(List)}.
   *
   * @deprecated The specification marks {@code CacheSecurityGroupNames} deprecated.
   */
  @Deprecated
  public CacheCluster cacheSecurityGroupNames(Value<List<String>> value) {
    return set("CacheSecurityGroupNames", value);
  }

  /**
   * The name of the subnet group to be used for the cluster.
   *
   * <p>Use this parameter only when you are creating a cluster in an Amazon Virtual Private Cloud
   * (Amazon VPC).
   *
   * <p>If you're going to launch your cluster in an Amazon VPC, you need to create a subnet group
   * before you start creating a cluster. For more information, see <code><a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-elasticache-subnetgroup.html">AWS::ElastiCache::SubnetGroup</a>
   * .</code>
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code CacheSubnetGroupName}.
   */
  public CacheCluster cacheSubnetGroupName(String value) {
    return set("CacheSubnetGroupName", Value.of(value));
  }

  /** Sets {@code CacheSubnetGroupName} to this value; see {@link #cacheSubnetGroupName(String)}. */
  public CacheCluster cacheSubnetGroupName(Value<String> value) {
    return set("CacheSubnetGroupName", value);
  }

  /**
   * A name for the cache cluster. If you don't specify a name, CloudFormation generates a unique
   * physical ID and uses that ID for the cache cluster. For more information, see <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-name.html">Name
   * Type</a> .
   *
   * <p>The name must contain 1 to 50 alphanumeric characters or hyphens. The name must start with a
   * letter and cannot end with a hyphen or contain two consecutive hyphens.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code ClusterName}.
   */
  public CacheCluster clusterName(String value) {
    return set("ClusterName", Value.of(value));
  }

  /** Sets {@code ClusterName} to this value; see {@link #clusterName(String)}. */
  public CacheCluster clusterName(Value<String> value) {
    return set("ClusterName", value);
  }

  /**
   * The name of the cache engine to be used for this cluster.
   *
   * <p>Valid values for this parameter are: <code>memcached</code> | valkey | <code>redis</code>
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code Engine}.
   */
  public CacheCluster engine(String value) {
    return set("Engine", Value.of(value));
  }

  /** Sets {@code Engine} to this value; see {@link #engine(String)}. */
  public CacheCluster engine(Value<String> value) {
    return set("Engine", value);
  }

  /**
   * The version number of the cache engine to be used for this cluster. To view the supported cache
   * engine versions, use the DescribeCacheEngineVersions operation.
   *
   * <p><em>Important:</em> You can upgrade to a newer engine version (see <a
   * href="https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/SelectEngine.html#VersionManagement">Selecting
   * a Cache Engine and Version</a> ), but you cannot downgrade to an earlier engine version. If you
   * want to use an earlier engine version, you must delete the existing cluster or replication
   * group and create it anew with the earlier engine version.
   *
   * <p>CloudFormation property {@code EngineVersion}.
   */
  public CacheCluster engineVersion(String value) {
    return set("EngineVersion", Value.of(value));
  }

  /** Sets {@code EngineVersion} to this value; see {@link #engineVersion(String)}. */
  public CacheCluster engineVersion(Value<String> value) {
    return set("EngineVersion", value);
  }

  /**
   * The network type you choose when modifying a cluster, either <code>ipv4</code> |
   * <code>ipv6</code> . IPv6 is supported for workloads using Valkey 7.2 and above, Redis OSS
   * engine version 6.2 to 7.1 and Memcached engine version 1.6.6 and above on all instances built
   * on the <a href="https://docs.aws.amazon.com/ec2/nitro/">Nitro system</a> .
   *
   * <p>CloudFormation property {@code IpDiscovery}.
   */
  public CacheCluster ipDiscovery(String value) {
    return set("IpDiscovery", Value.of(value));
  }

  /** Sets {@code IpDiscovery} to this value; see {@link #ipDiscovery(String)}. */
  public CacheCluster ipDiscovery(Value<String> value) {
    return set("IpDiscovery", value);
  }

  /**
   * Specifies the destination, format and type of the logs.
   *
   * <p>CloudFormation property {@code LogDeliveryConfigurations}.
   */
  public CacheCluster logDeliveryConfigurations(List<LogDeliveryConfigurationRequest> value) {
    return set("LogDeliveryConfigurations", Value.listOf(value));
  }

  /**
   * Sets {@code LogDeliveryConfigurations} to this value; see {@link
   * #logDeliveryConfigurations(List)}.
   */
  public CacheCluster logDeliveryConfigurations(Value<List<LogDeliveryConfigurationRequest>> value) {
    return set("LogDeliveryConfigurations", value);
  }

  /**
   * Sets {@code LogDeliveryConfigurations} to a list of these; see {@link
   * #logDeliveryConfigurations(List)}.
   */
  public CacheCluster logDeliveryConfigurations(LogDeliveryConfigurationRequest... values) {
    return set("LogDeliveryConfigurations", Value.list(values));
  }

  /**
   * Must be either <code>ipv4</code> | <code>ipv6</code> | <code>dual_stack</code> . IPv6 is
   * supported for workloads using Valkey 7.2 and above, Redis OSS engine version 6.2 to 7.1 and
   * Memcached engine version 1.6.6 and above on all instances built on the <a
   * href="https://docs.aws.amazon.com/ec2/nitro/">Nitro system</a> .
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code NetworkType}.
   */
  public CacheCluster networkType(String value) {
    return set("NetworkType", Value.of(value));
  }

  /** Sets {@code NetworkType} to this value; see {@link #networkType(String)}. */
  public CacheCluster networkType(Value<String> value) {
    return set("NetworkType", value);
  }

  /**
   * The Amazon Resource Name (ARN) of the Amazon Simple Notification Service (SNS) topic to which
   * notifications are sent.
   *
   * <p>The Amazon SNS topic owner must be the same as the cluster owner.
   *
   * <p>CloudFormation property {@code NotificationTopicArn}.
   */
  public CacheCluster notificationTopicArn(String value) {
    return set("NotificationTopicArn", Value.of(value));
  }

  /** Sets {@code NotificationTopicArn} to this value; see {@link #notificationTopicArn(String)}. */
  public CacheCluster notificationTopicArn(Value<String> value) {
    return set("NotificationTopicArn", value);
  }

  /**
   * The number of cache nodes that the cache cluster should have.
   *
   * <p>However, if the <code>PreferredAvailabilityZone</code> and
   * <code>PreferredAvailabilityZones</code> properties were not previously specified and you don't
   * specify any new values, an update requires <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/using-cfn-updating-stacks-update-behaviors.html#update-replacement">replacement</a>
   * .
   *
   * <p>Required. Changing it may replace the resource. CloudFormation property {@code
   * NumCacheNodes}.
   */
  public CacheCluster numCacheNodes(int value) {
    return set("NumCacheNodes", Value.of(value));
  }

  /** Sets {@code NumCacheNodes} to this value; see {@link #numCacheNodes(int)}. */
  public CacheCluster numCacheNodes(Value<Integer> value) {
    return set("NumCacheNodes", value);
  }

  /**
   * The port number on which each of the cache nodes accepts connections.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code Port}.
   */
  public CacheCluster port(int value) {
    return set("Port", Value.of(value));
  }

  /** Sets {@code Port} to this value; see {@link #port(int)}. */
  public CacheCluster port(Value<Integer> value) {
    return set("Port", value);
  }

  /**
   * The EC2 Availability Zone in which the cluster is created.
   *
   * <p>All nodes belonging to this cluster are placed in the preferred Availability Zone. If you
   * want to create your nodes across multiple Availability Zones, use
   * <code>PreferredAvailabilityZones</code> .
   *
   * <p>Default: System chosen Availability Zone.
   *
   * <p>Changing it may replace the resource. CloudFormation property {@code
   * PreferredAvailabilityZone}.
   */
  public CacheCluster preferredAvailabilityZone(String value) {
    return set("PreferredAvailabilityZone", Value.of(value));
  }

  /**
   * Sets {@code PreferredAvailabilityZone} to this value; see {@link
   * #preferredAvailabilityZone(String)}.
   */
  public CacheCluster preferredAvailabilityZone(Value<String> value) {
    return set("PreferredAvailabilityZone", value);
  }

  /**
   * A list of the Availability Zones in which cache nodes are created. The order of the zones in
   * the list is not important.
   *
   * <p>This option is only supported on Memcached.
   *
   * <p>If you are creating your cluster in an Amazon VPC (recommended) you can only locate nodes in
   * Availability Zones that are associated with the subnets in the selected subnet group. The
   * number of Availability Zones listed must equal the value of <code>NumCacheNodes</code> .
   *
   * <p>If you want all the nodes in the same Availability Zone, use
   * <code>PreferredAvailabilityZone</code> instead, or repeat the Availability Zone multiple times
   * in the list.
   *
   * <p>Default: System chosen Availability Zones.
   *
   * <p>Changing it may replace the resource. CloudFormation property {@code
   * PreferredAvailabilityZones}.
   */
  public CacheCluster preferredAvailabilityZones(List<String> value) {
    return set("PreferredAvailabilityZones", Value.listOf(value));
  }

  /**
   * Sets {@code PreferredAvailabilityZones} to this value; see {@link
   * #preferredAvailabilityZones(List)}.
   */
  public CacheCluster preferredAvailabilityZones(Value<List<String>> value) {
    return set("PreferredAvailabilityZones", value);
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
  public CacheCluster preferredMaintenanceWindow(String value) {
    return set("PreferredMaintenanceWindow", Value.of(value));
  }

  /**
   * Sets {@code PreferredMaintenanceWindow} to this value; see {@link
   * #preferredMaintenanceWindow(String)}.
   */
  public CacheCluster preferredMaintenanceWindow(Value<String> value) {
    return set("PreferredMaintenanceWindow", value);
  }

  /**
   * A single-element string list containing an Amazon Resource Name (ARN) that uniquely identifies
   * a Valkey or Redis OSS RDB snapshot file stored in Amazon S3. The snapshot file is used to
   * populate the node group (shard). The Amazon S3 object name in the ARN cannot contain any
   * commas.
   *
   * <p>This parameter is only valid if the <code>Engine</code> parameter is <code>redis</code> .
   *
   * <p>Example of an Amazon S3 ARN: <code>arn:aws:s3:::my_bucket/snapshot1.rdb</code>
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code SnapshotArns}.
   */
  public CacheCluster snapshotArns(List<String> value) {
    return set("SnapshotArns", Value.listOf(value));
  }

  /** Sets {@code SnapshotArns} to this value; see {@link #snapshotArns(List)}. */
  public CacheCluster snapshotArns(Value<List<String>> value) {
    return set("SnapshotArns", value);
  }

  /**
   * The name of a Valkey or Redis OSS snapshot from which to restore data into the new node group
   * (shard). The snapshot status changes to <code>restoring</code> while the new node group (shard)
   * is being created.
   *
   * <p>This parameter is only valid if the <code>Engine</code> parameter is <code>redis</code> .
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code SnapshotName}.
   */
  public CacheCluster snapshotName(String value) {
    return set("SnapshotName", Value.of(value));
  }

  /** Sets {@code SnapshotName} to this value; see {@link #snapshotName(String)}. */
  public CacheCluster snapshotName(Value<String> value) {
    return set("SnapshotName", value);
  }

  /**
   * The number of days for which ElastiCache retains automatic snapshots before deleting them. For
   * example, if you set <code>SnapshotRetentionLimit</code> to 5, a snapshot taken today is
   * retained for 5 days before being deleted.
   *
   * <p>This parameter is only valid if the <code>Engine</code> parameter is <code>redis</code> .
   *
   * <p>Default: 0 (i.e., automatic backups are disabled for this cache cluster).
   *
   * <p>CloudFormation property {@code SnapshotRetentionLimit}.
   */
  public CacheCluster snapshotRetentionLimit(int value) {
    return set("SnapshotRetentionLimit", Value.of(value));
  }

  /**
   * Sets {@code SnapshotRetentionLimit} to this value; see {@link #snapshotRetentionLimit(int)}.
   */
  public CacheCluster snapshotRetentionLimit(Value<Integer> value) {
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
   * <p>This parameter is only valid if the <code>Engine</code> parameter is <code>redis</code> .
   *
   * <p>CloudFormation property {@code SnapshotWindow}.
   */
  public CacheCluster snapshotWindow(String value) {
    return set("SnapshotWindow", Value.of(value));
  }

  /** Sets {@code SnapshotWindow} to this value; see {@link #snapshotWindow(String)}. */
  public CacheCluster snapshotWindow(Value<String> value) {
    return set("SnapshotWindow", value);
  }

  /**
   * A list of tags to be added to this resource.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public CacheCluster tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public CacheCluster tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public CacheCluster tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * A flag that enables in-transit encryption when set to true.
   *
   * <p>CloudFormation property {@code TransitEncryptionEnabled}.
   */
  public CacheCluster transitEncryptionEnabled(boolean value) {
    return set("TransitEncryptionEnabled", Value.of(value));
  }

  /**
   * Sets {@code TransitEncryptionEnabled} to this value; see {@link
   * #transitEncryptionEnabled(boolean)}.
   */
  public CacheCluster transitEncryptionEnabled(Value<Boolean> value) {
    return set("TransitEncryptionEnabled", value);
  }

  /**
   * One or more VPC security groups associated with the cluster.
   *
   * <p>Use this parameter only when you are creating a cluster in an Amazon Virtual Private Cloud
   * (Amazon VPC).
   *
   * <p>Format: {@code AWS::EC2::SecurityGroup.Id}. CloudFormation property {@code
   * VpcSecurityGroupIds}.
   */
  public CacheCluster vpcSecurityGroupIds(List<String> value) {
    return set("VpcSecurityGroupIds", Value.listOf(value));
  }

  /** Sets {@code VpcSecurityGroupIds} to this value; see {@link #vpcSecurityGroupIds(List)}. */
  public CacheCluster vpcSecurityGroupIds(Value<List<String>> value) {
    return set("VpcSecurityGroupIds", value);
  }

  /** {@code Fn::GetAtt} attribute {@code ConfigurationEndpoint}. */
  public Value<Endpoint> configurationEndpoint() {
    return getAtt("ConfigurationEndpoint");
  }

  /**
   * The DNS hostname of the cache node.
   *
   * <p>Valkey and Redis OSS (cluster mode disabled) replication groups don't have this attribute.
   * Therefore, <code>Fn::GetAtt</code> returns a value for this attribute only if the replication
   * group is clustered. Otherwise, <code>Fn::GetAtt</code> fails.
   *
   * <p>{@code Fn::GetAtt} attribute {@code ConfigurationEndpoint.Address}.
   */
  public Value<String> configurationEndpointAddress() {
    return getAtt("ConfigurationEndpoint.Address");
  }

  /**
   * The port number of the configuration endpoint for the Memcached cache cluster.
   *
   * <p>Valkey and Redis OSS (cluster mode disabled) replication groups don't have this attribute.
   * Therefore, <code>Fn::GetAtt</code> returns a value for this attribute only if the replication
   * group is clustered. Otherwise, <code>Fn::GetAtt</code> fails.
   *
   * <p>{@code Fn::GetAtt} attribute {@code ConfigurationEndpoint.Port}.
   */
  public Value<String> configurationEndpointPort() {
    return getAtt("ConfigurationEndpoint.Port");
  }

  /** {@code Fn::GetAtt} attribute {@code RedisEndpoint}. */
  public Value<Endpoint> redisEndpoint() {
    return getAtt("RedisEndpoint");
  }

  /**
   * The DNS address of the configuration endpoint for the Valkey or Redis OSS cache cluster.
   *
   * <p>{@code Fn::GetAtt} attribute {@code RedisEndpoint.Address}.
   */
  public Value<String> redisEndpointAddress() {
    return getAtt("RedisEndpoint.Address");
  }

  /**
   * The port number of the configuration endpoint for the Valkey or Redis OSS cache cluster.
   *
   * <p>{@code Fn::GetAtt} attribute {@code RedisEndpoint.Port}.
   */
  public Value<String> redisEndpointPort() {
    return getAtt("RedisEndpoint.Port");
  }

  /**
   * Configuration details of a CloudWatch Logs destination. Note that this field is marked as
   * required but only if CloudWatch Logs was chosen as the destination.
   *
   * <p>Property type {@code AWS::ElastiCache::CacheCluster.CloudWatchLogsDestinationDetails}.
   */
  public static final class CloudWatchLogsDestinationDetails extends Struct<CloudWatchLogsDestinationDetails> {
    private static final Schema SCHEMA = Schema.builder("AWS::ElastiCache::CacheCluster.CloudWatchLogsDestinationDetails")
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
   * <p>Property type {@code AWS::ElastiCache::CacheCluster.DestinationDetails}.
   */
  public static final class DestinationDetails extends Struct<DestinationDetails> {
    private static final Schema SCHEMA = Schema.of("AWS::ElastiCache::CacheCluster.DestinationDetails");

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

  /** Property type {@code AWS::ElastiCache::CacheCluster.Endpoint}. */
  public static final class Endpoint extends Struct<Endpoint> {
    private static final Schema SCHEMA = Schema.of("AWS::ElastiCache::CacheCluster.Endpoint");

    public Endpoint() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code Address}. */
    public Endpoint address(String value) {
      return set("Address", Value.of(value));
    }

    /** Sets {@code Address} to this value; see {@link #address(String)}. */
    public Endpoint address(Value<String> value) {
      return set("Address", value);
    }

    /** CloudFormation property {@code Port}. */
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
   * <p>Property type {@code AWS::ElastiCache::CacheCluster.KinesisFirehoseDestinationDetails}.
   */
  public static final class KinesisFirehoseDestinationDetails extends Struct<KinesisFirehoseDestinationDetails> {
    private static final Schema SCHEMA = Schema.builder("AWS::ElastiCache::CacheCluster.KinesisFirehoseDestinationDetails")
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
   * <p>Property type {@code AWS::ElastiCache::CacheCluster.LogDeliveryConfigurationRequest}.
   */
  public static final class LogDeliveryConfigurationRequest extends Struct<LogDeliveryConfigurationRequest> {
    private static final Schema SCHEMA = Schema.builder("AWS::ElastiCache::CacheCluster.LogDeliveryConfigurationRequest")
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
}
