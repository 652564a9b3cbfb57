// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.memorydb;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import io.tropo4j.resources.ec2.SecurityGroup;
import java.util.List;

/**
 * Specifies a cluster . All nodes in the cluster run the same protocol-compliant engine software.
 *
 * <p>CloudFormation type {@code AWS::MemoryDB::Cluster}.
 */
public final class Cluster extends Resource<Cluster> {
  private static final Schema SCHEMA = Schema.builder("AWS::MemoryDB::Cluster")
      .required("ACLName", "ClusterName", "NodeType")
      .constrain("ACLName", Constraint.of().pattern("[a-zA-Z][a-zA-Z0-9\\-]*").minLength(1))
      .constrain("ClusterName", Constraint.of().pattern("[a-z][a-z0-9\\-]*"))
      .allowed("DataTiering", "true", "false")
      .allowed("IpDiscovery", "ipv4", "ipv6")
      .allowed("NetworkType", "ipv4", "ipv6", "dual_stack")
      .constrain("SecurityGroupIds", Constraint.of().format("AWS::EC2::SecurityGroup.Id"))
      .references("SecurityGroupIds", "AWS::EC2::SecurityGroup.GroupId")
      .constrain("SnsTopicArn", Constraint.of().format("AWS::SNS::Topic.Arn"))
      .refYields("ClusterName")
      .attributes("ARN", "ClusterEndpoint.Address", "ClusterEndpoint.Port", "ParameterGroupStatus",
          "Status")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public Cluster(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The name of the Access Control List to associate with the cluster .
   *
   * <p>Required. Length: at least 1 characters. Pattern: {@code [a-zA-Z][a-zA-Z0-9&#92;-]*}.
   * CloudFormation property {@code ACLName}.
   */
  public Cluster aclName(String value) {
    return set("ACLName", Value.of(value));
  }

  /** Sets {@code ACLName} to this value; see {@link #aclName(String)}. */
  public Cluster aclName(Value<String> value) {
    return set("ACLName", value);
  }

  /**
   * When set to true, the cluster will automatically receive minor engine version upgrades after
   * launch.
   *
   * <p>CloudFormation property {@code AutoMinorVersionUpgrade}.
   */
  public Cluster autoMinorVersionUpgrade(boolean value) {
    return set("AutoMinorVersionUpgrade", Value.of(value));
  }

  /**
   * Sets {@code AutoMinorVersionUpgrade} to this value; see {@link
   * #autoMinorVersionUpgrade(boolean)}.
   */
  public Cluster autoMinorVersionUpgrade(Value<Boolean> value) {
    return set("AutoMinorVersionUpgrade", value);
  }

  /**
   * The cluster 's configuration endpoint.
   *
   * <p>CloudFormation property {@code ClusterEndpoint}.
   */
  public Cluster clusterEndpoint(Value<Endpoint> value) {
    return set("ClusterEndpoint", value);
  }

  /**
   * The name of the cluster .
   *
   * <p>Required. Changing it replaces the resource. Pattern: {@code [a-z][a-z0-9&#92;-]*}.
   * CloudFormation property {@code ClusterName}.
   */
  public Cluster clusterName(String value) {
    return set("ClusterName", Value.of(value));
  }

  /** Sets {@code ClusterName} to this value; see {@link #clusterName(String)}. */
  public Cluster clusterName(Value<String> value) {
    return set("ClusterName", value);
  }

  /**
   * Enables data tiering. Data tiering is only supported for clusters using the r6gd node type.
   * This parameter must be set when using r6gd nodes. For more information, see <a
   * href="https://docs.aws.amazon.com/memorydb/latest/devguide/data-tiering.html">Data tiering</a>
   * .
   *
   * <p>Changing it replaces the resource. Allowed values: {@code true}, {@code false}.
   * CloudFormation property {@code DataTiering}.
   */
  public Cluster dataTiering(String value) {
    return set("DataTiering", Value.of(value));
  }

  /** Sets {@code DataTiering} to this value; see {@link #dataTiering(String)}. */
  public Cluster dataTiering(Value<String> value) {
    return set("DataTiering", value);
  }

  /**
   * A description of the cluster .
   *
   * <p>CloudFormation property {@code Description}.
   */
  public Cluster description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public Cluster description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * The name of the engine used by the cluster.
   *
   * <p>CloudFormation property {@code Engine}.
   */
  public Cluster engine(String value) {
    return set("Engine", Value.of(value));
  }

  /** Sets {@code Engine} to this value; see {@link #engine(String)}. */
  public Cluster engine(Value<String> value) {
    return set("Engine", value);
  }

  /**
   * The Redis engine version used by the cluster .
   *
   * <p>CloudFormation property {@code EngineVersion}.
   */
  public Cluster engineVersion(String value) {
    return set("EngineVersion", Value.of(value));
  }

  /** Sets {@code EngineVersion} to this value; see {@link #engineVersion(String)}. */
  public Cluster engineVersion(Value<String> value) {
    return set("EngineVersion", value);
  }

  /**
   * The user-supplied name of a final cluster snapshot. This is the unique name that identifies the
   * snapshot. MemoryDB creates the snapshot, and then deletes the cluster immediately afterward.
   *
   * <p>CloudFormation property {@code FinalSnapshotName}.
   */
  public Cluster finalSnapshotName(String value) {
    return set("FinalSnapshotName", Value.of(value));
  }

  /** Sets {@code FinalSnapshotName} to this value; see {@link #finalSnapshotName(String)}. */
  public Cluster finalSnapshotName(Value<String> value) {
    return set("FinalSnapshotName", value);
  }

  /**
   * The mechanism that the cluster uses to discover IP addresses. Returns 'ipv4' when DNS endpoints
   * resolve to IPv4 addresses, or 'ipv6' when DNS endpoints resolve to IPv6 addresses.
   *
   * <p>Allowed values: {@code ipv4}, {@code ipv6}. CloudFormation property {@code IpDiscovery}.
   */
  public Cluster ipDiscovery(String value) {
    return set("IpDiscovery", Value.of(value));
  }

  /** Sets {@code IpDiscovery} to this value; see {@link #ipDiscovery(String)}. */
  public Cluster ipDiscovery(Value<String> value) {
    return set("IpDiscovery", value);
  }

  /**
   * The ID of the KMS key used to encrypt the cluster .
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code KmsKeyId}.
   */
  public Cluster kmsKeyId(String value) {
    return set("KmsKeyId", Value.of(value));
  }

  /** Sets {@code KmsKeyId} to this value; see {@link #kmsKeyId(String)}. */
  public Cluster kmsKeyId(Value<String> value) {
    return set("KmsKeyId", value);
  }

  /**
   * Specifies the weekly time range during which maintenance on the cluster is performed. It is
   * specified as a range in the format <code>ddd:hh24:mi-ddd:hh24:mi</code> (24H Clock UTC). The
   * minimum maintenance window is a 60 minute period.
   *
   * <p><em>Pattern</em> : <code>ddd:hh24:mi-ddd:hh24:mi</code>
   *
   * <p>CloudFormation property {@code MaintenanceWindow}.
   */
  public Cluster maintenanceWindow(String value) {
    return set("MaintenanceWindow", Value.of(value));
  }

  /** Sets {@code MaintenanceWindow} to this value; see {@link #maintenanceWindow(String)}. */
  public Cluster maintenanceWindow(Value<String> value) {
    return set("MaintenanceWindow", value);
  }

  /**
   * The name of the multi-Region cluster that this cluster belongs to.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code MultiRegionClusterName}.
   */
  public Cluster multiRegionClusterName(String value) {
    return set("MultiRegionClusterName", Value.of(value));
  }

  /**
   * Sets {@code MultiRegionClusterName} to this value; see {@link #multiRegionClusterName(String)}.
   */
  public Cluster multiRegionClusterName(Value<String> value) {
    return set("MultiRegionClusterName", value);
  }

  /**
   * The IP address type for the cluster. Returns 'ipv4' for IPv4 only, 'ipv6' for IPv6 only, or
   * 'dual-stack' if the cluster supports both IPv4 and IPv6 addressing.
   *
   * <p>Changing it replaces the resource. Allowed values: {@code ipv4}, {@code ipv6}, {@code
   * dual_stack}. CloudFormation property {@code NetworkType}.
   */
  public Cluster networkType(String value) {
    return set("NetworkType", Value.of(value));
  }

  /** Sets {@code NetworkType} to this value; see {@link #networkType(String)}. */
  public Cluster networkType(Value<String> value) {
    return set("NetworkType", value);
  }

  /**
   * The cluster 's node type.
   *
   * <p>Required. CloudFormation property {@code NodeType}.
   */
  public Cluster nodeType(String value) {
    return set("NodeType", Value.of(value));
  }

  /** Sets {@code NodeType} to this value; see {@link #nodeType(String)}. */
  public Cluster nodeType(Value<String> value) {
    return set("NodeType", value);
  }

  /**
   * The number of replicas to apply to each shard.
   *
   * <p><em>Default value</em> : <code>1</code>
   *
   * <p><em>Maximum value</em> : <code>5</code>
   *
   * <p>CloudFormation property {@code NumReplicasPerShard}.
   */
  public Cluster numReplicasPerShard(int value) {
    return set("NumReplicasPerShard", Value.of(value));
  }

  /** Sets {@code NumReplicasPerShard} to this value; see {@link #numReplicasPerShard(int)}. */
  public Cluster numReplicasPerShard(Value<Integer> value) {
    return set("NumReplicasPerShard", value);
  }

  /**
   * The number of shards in the cluster .
   *
   * <p>CloudFormation property {@code NumShards}.
   */
  public Cluster numShards(int value) {
    return set("NumShards", Value.of(value));
  }

  /** Sets {@code NumShards} to this value; see {@link #numShards(int)}. */
  public Cluster numShards(Value<Integer> value) {
    return set("NumShards", value);
  }

  /**
   * The name of the parameter group used by the cluster .
   *
   * <p>CloudFormation property {@code ParameterGroupName}.
   */
  public Cluster parameterGroupName(String value) {
    return set("ParameterGroupName", Value.of(value));
  }

  /** Sets {@code ParameterGroupName} to this value; see {@link #parameterGroupName(String)}. */
  public Cluster parameterGroupName(Value<String> value) {
    return set("ParameterGroupName", value);
  }

  /**
   * The port used by the cluster .
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code Port}.
   */
  public Cluster port(int value) {
    return set("Port", Value.of(value));
  }

  /** Sets {@code Port} to this value; see {@link #port(int)}. */
  public Cluster port(Value<Integer> value) {
    return set("Port", value);
  }

  /**
   * A list of security group names to associate with this cluster .
   *
   * <p>Format: {@code AWS::EC2::SecurityGroup.Id}. CloudFormation property {@code
   * SecurityGroupIds}.
   */
  public Cluster securityGroupIds(List<String> value) {
    return set("SecurityGroupIds", Value.listOf(value));
  }

  /** Sets {@code SecurityGroupIds} to this value; see {@link #securityGroupIds(List)}. */
  public Cluster securityGroupIds(Value<List<String>> value) {
    return set("SecurityGroupIds", value);
  }

  /**
   * Sets {@code SecurityGroupIds} to the GroupId of each {@code AWS::EC2::SecurityGroup}; see
   * {@link #securityGroupIds(List)}.
   */
  public Cluster securityGroupIds(SecurityGroup... resources) {
    return set("SecurityGroupIds", Value.attributes("GroupId", resources));
  }

  /**
   * A list of Amazon Resource Names (ARN) that uniquely identify the RDB snapshot files stored in
   * Amazon S3. The snapshot files are used to populate the new cluster . The Amazon S3 object name
   * in the ARN cannot contain any commas.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code SnapshotArns}.
   */
  public Cluster snapshotArns(List<String> value) {
    return set("SnapshotArns", Value.listOf(value));
  }

  /** Sets {@code SnapshotArns} to this value; see {@link #snapshotArns(List)}. */
  public Cluster snapshotArns(Value<List<String>> value) {
    return set("SnapshotArns", value);
  }

  /**
   * The name of a snapshot from which to restore data into the new cluster . The snapshot status
   * changes to restoring while the new cluster is being created.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code SnapshotName}.
   */
  public Cluster snapshotName(String value) {
    return set("SnapshotName", Value.of(value));
  }

  /** Sets {@code SnapshotName} to this value; see {@link #snapshotName(String)}. */
  public Cluster snapshotName(Value<String> value) {
    return set("SnapshotName", value);
  }

  /**
   * The number of days for which MemoryDB retains automatic snapshots before deleting them. For
   * example, if you set SnapshotRetentionLimit to 5, a snapshot that was taken today is retained
   * for 5 days before being deleted.
   *
   * <p>CloudFormation property {@code SnapshotRetentionLimit}.
   */
  public Cluster snapshotRetentionLimit(int value) {
    return set("SnapshotRetentionLimit", Value.of(value));
  }

  /**
   * Sets {@code SnapshotRetentionLimit} to this value; see {@link #snapshotRetentionLimit(int)}.
   */
  public Cluster snapshotRetentionLimit(Value<Integer> value) {
    return set("SnapshotRetentionLimit", value);
  }

  /**
   * The daily time range (in UTC) during which MemoryDB begins taking a daily snapshot of your
   * shard. Example: 05:00-09:00 If you do not specify this parameter, MemoryDB automatically
   * chooses an appropriate time range.
   *
   * <p>CloudFormation property {@code SnapshotWindow}.
   */
  public Cluster snapshotWindow(String value) {
    return set("SnapshotWindow", Value.of(value));
  }

  /** Sets {@code SnapshotWindow} to this value; see {@link #snapshotWindow(String)}. */
  public Cluster snapshotWindow(Value<String> value) {
    return set("SnapshotWindow", value);
  }

  /**
   * When you pass the logical ID of this resource to the intrinsic <code>Ref</code> function, Ref
   * returns the ARN of the SNS topic, such as
   * <code>arn:aws:memorydb:us-east-1:123456789012:mySNSTopic</code>
   *
   * <p>Format: {@code AWS::SNS::Topic.Arn}. CloudFormation property {@code SnsTopicArn}.
   */
  public Cluster snsTopicArn(String value) {
    return set("SnsTopicArn", Value.of(value));
  }

  /** Sets {@code SnsTopicArn} to this value; see {@link #snsTopicArn(String)}. */
  public Cluster snsTopicArn(Value<String> value) {
    return set("SnsTopicArn", value);
  }

  /**
   * The SNS topic must be in Active status to receive notifications.
   *
   * <p>CloudFormation property {@code SnsTopicStatus}.
   */
  public Cluster snsTopicStatus(String value) {
    return set("SnsTopicStatus", Value.of(value));
  }

  /** Sets {@code SnsTopicStatus} to this value; see {@link #snsTopicStatus(String)}. */
  public Cluster snsTopicStatus(Value<String> value) {
    return set("SnsTopicStatus", value);
  }

  /**
   * The name of the subnet group used by the cluster .
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code SubnetGroupName}.
   */
  public Cluster subnetGroupName(String value) {
    return set("SubnetGroupName", Value.of(value));
  }

  /** Sets {@code SubnetGroupName} to this value; see {@link #subnetGroupName(String)}. */
  public Cluster subnetGroupName(Value<String> value) {
    return set("SubnetGroupName", value);
  }

  /**
   * A flag to indicate if In-transit encryption is enabled.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code TLSEnabled}.
   */
  public Cluster tlsEnabled(boolean value) {
    return set("TLSEnabled", Value.of(value));
  }

  /** Sets {@code TLSEnabled} to this value; see {@link #tlsEnabled(boolean)}. */
  public Cluster tlsEnabled(Value<Boolean> value) {
    return set("TLSEnabled", value);
  }

  /**
   * An array of key-value pairs to apply to this resource.
   *
   * <p>For more information, see <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-resource-tags.html">Tag</a>
   * .
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public Cluster tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public Cluster tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public Cluster tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * When you pass the logical ID of this resource to the intrinsic <code>Ref</code> function, Ref
   * returns the ARN of the cluster , such as
   * <code>arn:aws:memorydb:us-east-1:123456789012:cluster/my-cluster</code>
   *
   * <p>{@code Fn::GetAtt} attribute {@code ARN}.
   */
  public Value<String> arn() {
    return getAtt("ARN");
  }

  /**
   * The address of the cluster 's configuration endpoint.
   *
   * <p>{@code Fn::GetAtt} attribute {@code ClusterEndpoint.Address}.
   */
  public Value<String> clusterEndpointAddress() {
    return getAtt("ClusterEndpoint.Address");
  }

  /**
   * The port used by the cluster configuration endpoint.
   *
   * <p>{@code Fn::GetAtt} attribute {@code ClusterEndpoint.Port}.
   */
  public Value<Integer> clusterEndpointPort() {
    return getAtt("ClusterEndpoint.Port");
  }

  /**
   * The status of the parameter group used by the cluster , for example <code>active</code> or
   * <code>applying</code> .
   *
   * <p>{@code Fn::GetAtt} attribute {@code ParameterGroupStatus}.
   */
  public Value<String> parameterGroupStatus() {
    return getAtt("ParameterGroupStatus");
  }

  /**
   * The status of the cluster. For example, 'available', 'updating' or 'creating'.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Status}.
   */
  public Value<String> status() {
    return getAtt("Status");
  }

  /**
   * Represents the information required for client programs to connect to the cluster and its
   * nodes.
   *
   * <p>Property type {@code AWS::MemoryDB::Cluster.Endpoint}.
   */
  public static final class Endpoint extends Struct<Endpoint> {
    private static final Schema SCHEMA = Schema.of("AWS::MemoryDB::Cluster.Endpoint");

    public Endpoint() {
      super(SCHEMA);
    }

    /**
     * The DNS hostname of the node.
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
     * The port number that the engine is listening on.
     *
     * <p>CloudFormation property {@code Port}.
     */
    public Endpoint port(int value) {
      return set("Port", Value.of(value));
    }

    /** Sets {@code Port} to this value; see {@link #port(int)}. */
    public Endpoint port(Value<Integer> value) {
      return set("Port", value);
    }
  }
}
