// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.dax;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Json;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Creates a DAX cluster. All nodes in the cluster run the same DAX caching software.
 *
 * <p>CloudFormation type {@code AWS::DAX::Cluster}.
 */
public final class Cluster extends Resource<Cluster> {
  private static final Schema SCHEMA = Schema.builder("AWS::DAX::Cluster")
      .required("IAMRoleARN", "NodeType", "ReplicationFactor")
      .constrain("IAMRoleARN", Constraint.of().format("AWS::IAM::Role.Arn"))
      .constrain("SecurityGroupIds", Constraint.of().format("AWS::EC2::SecurityGroup.Id"))
      .constrain("Tags", Constraint.of().format("json"))
      .refYields("ClusterName")
      .attributes("Arn", "ClusterDiscoveryEndpoint", "ClusterDiscoveryEndpointURL", "Id")
      .tags("Tags", Schema.TagForm.MAP)
      .build();

  public Cluster(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The Availability Zones (AZs) in which the cluster nodes will reside after the cluster has been
   * created or updated. If provided, the length of this list must equal the
   * <code>ReplicationFactor</code> parameter. If you omit this parameter, DAX will spread the nodes
   * across Availability Zones for the highest availability.
   *
   * <p>CloudFormation property {@code AvailabilityZones}.
   */
  public Cluster availabilityZones(List<String> value) {
    return set("AvailabilityZones", Value.listOf(value));
  }

  /** Sets {@code AvailabilityZones} to this value; see {@link #availabilityZones(List)}. */
  public Cluster availabilityZones(Value<List<String>> value) {
    return set("AvailabilityZones", value);
  }

  /**
   * The encryption type of the cluster's endpoint. Available values are:
   *
   * <ul> <li><code>NONE</code> - The cluster's endpoint will be unencrypted. <li><code>TLS</code> -
   * The cluster's endpoint will be encrypted with Transport Layer Security, and will provide an
   * x509 certificate for authentication. </ul>
   *
   * <p>The default value is <code>NONE</code> .
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code
   * ClusterEndpointEncryptionType}.
   */
  public Cluster clusterEndpointEncryptionType(String value) {
    return set("ClusterEndpointEncryptionType", Value.of(value));
  }

  /**
   * Sets {@code ClusterEndpointEncryptionType} to this value; see {@link
   * #clusterEndpointEncryptionType(String)}.
   */
  public Cluster clusterEndpointEncryptionType(Value<String> value) {
    return set("ClusterEndpointEncryptionType", value);
  }

  /**
   * The name of the DAX cluster.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code ClusterName}.
   */
  public Cluster clusterName(String value) {
    return set("ClusterName", Value.of(value));
  }

  /** Sets {@code ClusterName} to this value; see {@link #clusterName(String)}. */
  public Cluster clusterName(Value<String> value) {
    return set("ClusterName", value);
  }

  /**
   * The description of the cluster.
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
   * A valid Amazon Resource Name (ARN) that identifies an IAM role. At runtime, DAX will assume
   * this role and use the role's permissions to access DynamoDB on your behalf.
   *
   * <p>Required. Changing it replaces the resource. Format: {@code AWS::IAM::Role.Arn}.
   * CloudFormation property {@code IAMRoleARN}.
   */
  public Cluster iamRoleARN(String value) {
    return set("IAMRoleARN", Value.of(value));
  }

  /** Sets {@code IAMRoleARN} to this value; see {@link #iamRoleARN(String)}. */
  public Cluster iamRoleARN(Value<String> value) {
    return set("IAMRoleARN", value);
  }

  /**
   * The IP address type of the cluster. Values are:
   *
   * <ul> <li><code>ipv4</code> - IPv4 addresses only <li><code>ipv6</code> - IPv6 addresses only
   * <li><code>dual_stack</code> - Both IPv4 and IPv6 addresses </ul>
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code NetworkType}.
   */
  public Cluster networkType(String value) {
    return set("NetworkType", Value.of(value));
  }

  /** Sets {@code NetworkType} to this value; see {@link #networkType(String)}. */
  public Cluster networkType(Value<String> value) {
    return set("NetworkType", value);
  }

  /**
   * The node type for the nodes in the cluster. (All nodes in a DAX cluster are of the same type.)
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code NodeType}.
   */
  public Cluster nodeType(String value) {
    return set("NodeType", Value.of(value));
  }

  /** Sets {@code NodeType} to this value; see {@link #nodeType(String)}. */
  public Cluster nodeType(Value<String> value) {
    return set("NodeType", value);
  }

  /**
   * The Amazon Resource Name (ARN) of the Amazon SNS topic to which notifications will be sent.
   *
   * <p>The Amazon SNS topic owner must be same as the DAX cluster owner.
   *
   * <p>CloudFormation property {@code NotificationTopicARN}.
   */
  public Cluster notificationTopicARN(String value) {
    return set("NotificationTopicARN", Value.of(value));
  }

  /** Sets {@code NotificationTopicARN} to this value; see {@link #notificationTopicARN(String)}. */
  public Cluster notificationTopicARN(Value<String> value) {
    return set("NotificationTopicARN", value);
  }

  /**
   * The parameter group to be associated with the DAX cluster.
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
   * A range of time when maintenance of DAX cluster software will be performed. For example:
   * <code>sun:01:00-sun:09:00</code> . Cluster maintenance normally takes less than 30 minutes, and
   * is performed automatically within the maintenance window.
   *
   * <p>CloudFormation property {@code PreferredMaintenanceWindow}.
   */
  public Cluster preferredMaintenanceWindow(String value) {
    return set("PreferredMaintenanceWindow", Value.of(value));
  }

  /**
   * Sets {@code PreferredMaintenanceWindow} to this value; see {@link
   * #preferredMaintenanceWindow(String)}.
   */
  public Cluster preferredMaintenanceWindow(Value<String> value) {
    return set("PreferredMaintenanceWindow", value);
  }

  /**
   * The number of nodes in the DAX cluster. A replication factor of 1 will create a single-node
   * cluster, without any read replicas. For additional fault tolerance, you can create a multiple
   * node cluster with one or more read replicas. To do this, set <code>ReplicationFactor</code> to
   * a number between 3 (one primary and two read replicas) and 10 (one primary and nine read
   * replicas). <code>If the AvailabilityZones</code> parameter is provided, its length must equal
   * the <code>ReplicationFactor</code> .
   *
   * <p>AWS recommends that you have at least two read replicas per cluster.
   *
   * <p>Required. CloudFormation property {@code ReplicationFactor}.
   */
  public Cluster replicationFactor(int value) {
    return set("ReplicationFactor", Value.of(value));
  }

  /** Sets {@code ReplicationFactor} to this value; see {@link #replicationFactor(int)}. */
  public Cluster replicationFactor(Value<Integer> value) {
    return set("ReplicationFactor", value);
  }

  /**
   * Represents the settings used to enable server-side encryption on the cluster.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code SSESpecification}.
   */
  public Cluster sseSpecification(Value<SSESpecification> value) {
    return set("SSESpecification", value);
  }

  /**
   * A list of security group IDs to be assigned to each node in the DAX cluster. (Each of the
   * security group ID is system-generated.)
   *
   * <p>If this parameter is not specified, DAX assigns the default VPC security group to each node.
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
   * The name of the subnet group to be used for the replication group.
   *
   * <p>DAX clusters can only run in an Amazon VPC environment. All of the subnets that you specify
   * in a subnet group must exist in the same VPC.
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
   * A set of tags to associate with the DAX cluster.
   *
   * <p>Format: {@code json}. CloudFormation property {@code Tags}.
   */
  public Cluster tags(Value<Json> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a map of key to value; see {@link #tags(Value)}. */
  public Cluster tags(Tags tags) {
    return set("Tags", tags.asMap());
  }

  /**
   * Returns the ARN of the DAX cluster. For example:
   *
   * <p><code>{ "Fn::GetAtt": [" MyDAXCluster ", "Arn"] }</code>
   *
   * <p>Returns a value similar to the following:
   *
   * <p><code>arn:aws:dax:us-east-1:111122223333:cache/MyDAXCluster</code>
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * Returns the endpoint of the DAX cluster. For example:
   *
   * <p><code>{ "Fn::GetAtt": [" MyDAXCluster ", "ClusterDiscoveryEndpoint"] }</code>
   *
   * <p>Returns a value similar to the following:
   *
   * <p><code>mydaxcluster.0h3d6x.clustercfg.dax.use1.cache.amazonaws.com:8111</code>
   *
   * <p>{@code Fn::GetAtt} attribute {@code ClusterDiscoveryEndpoint}.
   */
  public Value<String> clusterDiscoveryEndpoint() {
    return getAtt("ClusterDiscoveryEndpoint");
  }

  /**
   * Returns the endpoint URL of the DAX cluster.
   *
   * <p>{@code Fn::GetAtt} attribute {@code ClusterDiscoveryEndpointURL}.
   */
  public Value<String> clusterDiscoveryEndpointURL() {
    return getAtt("ClusterDiscoveryEndpointURL");
  }

  /** {@code Fn::GetAtt} attribute {@code Id}. */
  public Value<String> id() {
    return getAtt("Id");
  }

  /**
   * Represents the settings used to enable server-side encryption.
   *
   * <p>Property type {@code AWS::DAX::Cluster.SSESpecification}.
   */
  public static final class SSESpecification extends Struct<SSESpecification> {
    private static final Schema SCHEMA = Schema.of("AWS::DAX::Cluster.SSESpecification");

    public SSESpecification() {
      super(SCHEMA);
    }

    /**
     * Indicates whether server-side encryption is enabled (true) or disabled (false) on the
     * cluster.
     *
     * <p>CloudFormation property {@code SSEEnabled}.
     */
    public SSESpecification sseEnabled(boolean value) {
      return set("SSEEnabled", Value.of(value));
    }

    /** Sets {@code SSEEnabled} to this value; see {@link #sseEnabled(boolean)}. */
    public SSESpecification sseEnabled(Value<Boolean> value) {
      return set("SSEEnabled", value);
    }
  }
}
