// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.redshift;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Json;
import io.tropo4j.fn.Value;
import io.tropo4j.resources.ec2.EIP;
import io.tropo4j.resources.ec2.SecurityGroup;
import io.tropo4j.resources.iam.Role;
import io.tropo4j.resources.kms.Key;
import io.tropo4j.resources.s3.Bucket;
import java.util.List;

/**
 * Specifies a cluster. A <em>cluster</em> is a fully managed data warehouse that consists of a set
 * of compute nodes.
 *
 * <p>To create a cluster in Virtual Private Cloud (VPC), you must provide a cluster subnet group
 * name. The cluster subnet group identifies the subnets of your VPC that Amazon Redshift uses when
 * creating the cluster. For more information about managing clusters, go to <a
 * href="https://docs.aws.amazon.com/redshift/latest/mgmt/working-with-clusters.html">Amazon
 * Redshift Clusters</a> in the <em>Amazon Redshift Cluster Management Guide</em> .
 *
 * <p>CloudFormation type {@code AWS::Redshift::Cluster}.
 *
 * <p>It holds data: validation asks for a DeletionPolicy and an UpdateReplacePolicy, e.g. {@code
 * retainData()}.
 */
public final class Cluster extends Resource<Cluster> {
  private static final Schema SCHEMA = Schema.builder("AWS::Redshift::Cluster")
      .required("ClusterType", "DBName", "MasterUsername", "NodeType")
      .allowed("AquaConfigurationStatus", "auto", "disabled", "enabled")
      .constrain("AvailabilityZone", Constraint.of().minLength(0).maxLength(2147483647))
      .constrain("ClusterIdentifier", Constraint.of().minLength(0).maxLength(63))
      .constrain("ClusterParameterGroupName", Constraint.of().minLength(0).maxLength(255))
      .references("ClusterParameterGroupName", "AWS::Redshift::ClusterParameterGroup.Ref")
      .references("ClusterSecurityGroups", "AWS::EC2::SecurityGroup.Ref",
          "AWS::Redshift::ClusterSecurityGroup.Ref")
      .constrain("ClusterSubnetGroupName", Constraint.of().minLength(0).maxLength(2147483647))
      .references("ClusterSubnetGroupName", "AWS::Redshift::ClusterSubnetGroup.Ref")
      .constrain("ClusterType", Constraint.of().minLength(0).maxLength(2147483647))
      .constrain("ClusterVersion", Constraint.of().minLength(0).maxLength(2147483647))
      .constrain("DBName", Constraint.of().minLength(0).maxLength(2147483647))
      .constrain("ElasticIp", Constraint.of().minLength(0).maxLength(2147483647))
      .references("ElasticIp", "AWS::EC2::EIP.Ref", "AWS::EC2::EIP.AllocationId")
      .constrain("HsmClientCertificateIdentifier", Constraint.of().minLength(0).maxLength(2147483647))
      .constrain("HsmConfigurationIdentifier", Constraint.of().minLength(0).maxLength(2147483647))
      .constrain("IamRoles", Constraint.of().minLength(0).maxLength(2147483647))
      .references("IamRoles", "AWS::IAM::Role.Arn")
      .references("KmsKeyId", "AWS::KMS::Key.Arn", "AWS::KMS::Key.Ref")
      .constrain("MaintenanceTrackName", Constraint.of().minLength(0).maxLength(2147483647))
      .references("MasterPasswordSecretKmsKeyId", "AWS::KMS::Key.Arn", "AWS::KMS::Key.Ref")
      .constrain("MasterUserPassword", Constraint.of().maxLength(64))
      .constrain("MasterUsername", Constraint.of().minLength(0).maxLength(128))
      .constrain("NamespaceResourcePolicy", Constraint.of().format("json"))
      .constrain("NodeType", Constraint.of().minLength(0).maxLength(2147483647))
      .constrain("NumberOfNodes", Constraint.of().minimum(1).maximum(100))
      .constrain("PreferredMaintenanceWindow", Constraint.of().minLength(0).maxLength(2147483647))
      .constrain("VpcSecurityGroupIds", Constraint.of().minLength(0).maxLength(2147483647).format("AWS::EC2::SecurityGroup.Id"))
      .references("VpcSecurityGroupIds", "AWS::EC2::SecurityGroup.GroupId")
      .refYields("ClusterIdentifier")
      .attributes("ClusterNamespaceArn", "DeferMaintenanceIdentifier", "Endpoint.Address",
          "Endpoint.Port", "Id", "MasterPasswordSecretArn")
      .stateful()
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public Cluster(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * If <code>true</code> , major version upgrades can be applied during the maintenance window to
   * the Amazon Redshift engine that is running on the cluster.
   *
   * <p>When a new major version of the Amazon Redshift engine is released, you can request that the
   * service automatically apply upgrades during the maintenance window to the Amazon Redshift
   * engine that is running on your cluster.
   *
   * <p>Default: <code>true</code>
   *
   * <p>CloudFormation property {@code AllowVersionUpgrade}.
   */
  public Cluster allowVersionUpgrade(boolean value) {
    return set("AllowVersionUpgrade", Value.of(value));
  }

  /** Sets {@code AllowVersionUpgrade} to this value; see {@link #allowVersionUpgrade(boolean)}. */
  public Cluster allowVersionUpgrade(Value<Boolean> value) {
    return set("AllowVersionUpgrade", value);
  }

  /**
   * This parameter is retired. It does not set the AQUA configuration status. Amazon Redshift
   * automatically determines whether to use AQUA (Advanced Query Accelerator).
   *
   * <p>Allowed values: {@code auto}, {@code disabled}, {@code enabled}. CloudFormation property
   * {@code AquaConfigurationStatus}.
   */
  public Cluster aquaConfigurationStatus(String value) {
    return set("AquaConfigurationStatus", Value.of(value));
  }

  /**
   * Sets {@code AquaConfigurationStatus} to this value; see {@link
   * #aquaConfigurationStatus(String)}.
   */
  public Cluster aquaConfigurationStatus(Value<String> value) {
    return set("AquaConfigurationStatus", value);
  }

  /**
   * The number of days that automated snapshots are retained. If the value is 0, automated
   * snapshots are disabled. Even if automated snapshots are disabled, you can still create manual
   * snapshots when you want with <a
   * href="https://docs.aws.amazon.com/redshift/latest/APIReference/API_CreateClusterSnapshot.html">CreateClusterSnapshot</a>
   * in the <em>Amazon Redshift API Reference</em> .
   *
   * <p>Default: <code>1</code>
   *
   * <p>Constraints: Must be a value from 0 to 35.
   *
   * <p>CloudFormation property {@code AutomatedSnapshotRetentionPeriod}.
   */
  public Cluster automatedSnapshotRetentionPeriod(int value) {
    return set("AutomatedSnapshotRetentionPeriod", Value.of(value));
  }

  /**
   * Sets {@code AutomatedSnapshotRetentionPeriod} to this value; see {@link
   * #automatedSnapshotRetentionPeriod(int)}.
   */
  public Cluster automatedSnapshotRetentionPeriod(Value<Integer> value) {
    return set("AutomatedSnapshotRetentionPeriod", value);
  }

  /**
   * The EC2 Availability Zone (AZ) in which you want Amazon Redshift to provision the cluster. For
   * example, if you have several EC2 instances running in a specific Availability Zone, then you
   * might want the cluster to be provisioned in the same zone in order to decrease network latency.
   *
   * <p>Default: A random, system-chosen Availability Zone in the region that is specified by the
   * endpoint.
   *
   * <p>Example: <code>us-east-2d</code>
   *
   * <p>Constraint: The specified Availability Zone must be in the same region as the current
   * endpoint.
   *
   * <p>Length: 0 to 2147483647 characters. CloudFormation property {@code AvailabilityZone}.
   */
  public Cluster availabilityZone(String value) {
    return set("AvailabilityZone", Value.of(value));
  }

  /** Sets {@code AvailabilityZone} to this value; see {@link #availabilityZone(String)}. */
  public Cluster availabilityZone(Value<String> value) {
    return set("AvailabilityZone", value);
  }

  /**
   * The option to enable relocation for an Amazon Redshift cluster between Availability Zones after
   * the cluster is created.
   *
   * <p>CloudFormation property {@code AvailabilityZoneRelocation}.
   */
  public Cluster availabilityZoneRelocation(boolean value) {
    return set("AvailabilityZoneRelocation", Value.of(value));
  }

  /**
   * Sets {@code AvailabilityZoneRelocation} to this value; see {@link
   * #availabilityZoneRelocation(boolean)}.
   */
  public Cluster availabilityZoneRelocation(Value<Boolean> value) {
    return set("AvailabilityZoneRelocation", value);
  }

  /**
   * Describes the status of the Availability Zone relocation operation.
   *
   * <p>CloudFormation property {@code AvailabilityZoneRelocationStatus}.
   */
  public Cluster availabilityZoneRelocationStatus(String value) {
    return set("AvailabilityZoneRelocationStatus", Value.of(value));
  }

  /**
   * Sets {@code AvailabilityZoneRelocationStatus} to this value; see {@link
   * #availabilityZoneRelocationStatus(String)}.
   */
  public Cluster availabilityZoneRelocationStatus(Value<String> value) {
    return set("AvailabilityZoneRelocationStatus", value);
  }

  /**
   * A boolean value indicating whether the resize operation is using the classic resize process. If
   * you don't provide this parameter or set the value to <code>false</code> , the resize type is
   * elastic.
   *
   * <p>CloudFormation property {@code Classic}.
   */
  public Cluster classic(boolean value) {
    return set("Classic", Value.of(value));
  }

  /** Sets {@code Classic} to this value; see {@link #classic(boolean)}. */
  public Cluster classic(Value<Boolean> value) {
    return set("Classic", value);
  }

  /**
   * A unique identifier for the cluster. You use this identifier to refer to the cluster for any
   * subsequent cluster operations such as deleting or modifying. The identifier also appears in the
   * Amazon Redshift console.
   *
   * <p>Constraints:
   *
   * <ul> <li>Must contain from 1 to 63 alphanumeric characters or hyphens. <li>Alphabetic
   * characters must be lowercase. <li>First character must be a letter. <li>Cannot end with a
   * hyphen or contain two consecutive hyphens. <li>Must be unique for all clusters within an AWS
   * account . </ul>
   *
   * <p>Example: <code>myexamplecluster</code>
   *
   * <p>Changing it replaces the resource. Length: 0 to 63 characters. CloudFormation property
   * {@code ClusterIdentifier}.
   */
  public Cluster clusterIdentifier(String value) {
    return set("ClusterIdentifier", Value.of(value));
  }

  /** Sets {@code ClusterIdentifier} to this value; see {@link #clusterIdentifier(String)}. */
  public Cluster clusterIdentifier(Value<String> value) {
    return set("ClusterIdentifier", value);
  }

  /**
   * The name of the parameter group to be associated with this cluster.
   *
   * <p>Default: The default Amazon Redshift cluster parameter group. For information about the
   * default parameter group, go to <a
   * href="https://docs.aws.amazon.com/redshift/latest/mgmt/working-with-parameter-groups.html">Working
   * with Amazon Redshift Parameter Groups</a>
   *
   * <p>Constraints:
   *
   * <ul> <li>Must be 1 to 255 alphanumeric characters or hyphens. <li>First character must be a
   * letter. <li>Cannot end with a hyphen or contain two consecutive hyphens. </ul>
   *
   * <p>Length: 0 to 255 characters. CloudFormation property {@code ClusterParameterGroupName}.
   */
  public Cluster clusterParameterGroupName(String value) {
    return set("ClusterParameterGroupName", Value.of(value));
  }

  /**
   * Sets {@code ClusterParameterGroupName} to this value; see {@link
   * #clusterParameterGroupName(String)}.
   */
  public Cluster clusterParameterGroupName(Value<String> value) {
    return set("ClusterParameterGroupName", value);
  }

  /**
   * Sets {@code ClusterParameterGroupName} to the Ref of {@code
   * AWS::Redshift::ClusterParameterGroup}; see {@link #clusterParameterGroupName(String)}.
   */
  public Cluster clusterParameterGroupName(ClusterParameterGroup resource) {
    return set("ClusterParameterGroupName", resource.ref());
  }

  /**
   * A list of security groups to be associated with this cluster.
   *
   * <p>Default: The default cluster security group for Amazon Redshift.
   *
   * <p>CloudFormation property {@code ClusterSecurityGroups}.
   */
  public Cluster clusterSecurityGroups(List<String> value) {
    return set("ClusterSecurityGroups", Value.listOf(value));
  }

  /** Sets {@code ClusterSecurityGroups} to this value; see {@link #clusterSecurityGroups(List)}. */
  public Cluster clusterSecurityGroups(Value<List<String>> value) {
    return set("ClusterSecurityGroups", value);
  }

  /**
   * Sets {@code ClusterSecurityGroups} to the Ref of each {@code AWS::EC2::SecurityGroup}; see
   * {@link #clusterSecurityGroups(List)}.
   */
  public Cluster clusterSecurityGroups(SecurityGroup... resources) {
    return set("ClusterSecurityGroups", Value.refs(resources));
  }

  /**
   * The name of a cluster subnet group to be associated with this cluster.
   *
   * <p>If this parameter is not provided the resulting cluster will be deployed outside virtual
   * private cloud (VPC).
   *
   * <p>Changing it replaces the resource. Length: 0 to 2147483647 characters. CloudFormation
   * property {@code ClusterSubnetGroupName}.
   */
  public Cluster clusterSubnetGroupName(String value) {
    return set("ClusterSubnetGroupName", Value.of(value));
  }

  /**
   * Sets {@code ClusterSubnetGroupName} to this value; see {@link #clusterSubnetGroupName(String)}.
   */
  public Cluster clusterSubnetGroupName(Value<String> value) {
    return set("ClusterSubnetGroupName", value);
  }

  /**
   * Sets {@code ClusterSubnetGroupName} to the Ref of {@code AWS::Redshift::ClusterSubnetGroup};
   * see {@link #clusterSubnetGroupName(String)}.
   */
  public Cluster clusterSubnetGroupName(ClusterSubnetGroup resource) {
    return set("ClusterSubnetGroupName", resource.ref());
  }

  /**
   * The type of the cluster. When cluster type is specified as
   *
   * <ul> <li><code>single-node</code> , the <em>NumberOfNodes</em> parameter is not required.
   * <li><code>multi-node</code> , the <em>NumberOfNodes</em> parameter is required. </ul>
   *
   * <p>Valid Values: <code>multi-node</code> | <code>single-node</code>
   *
   * <p>Default: <code>multi-node</code>
   *
   * <p>Required. Length: 0 to 2147483647 characters. CloudFormation property {@code ClusterType}.
   */
  public Cluster clusterType(String value) {
    return set("ClusterType", Value.of(value));
  }

  /** Sets {@code ClusterType} to this value; see {@link #clusterType(String)}. */
  public Cluster clusterType(Value<String> value) {
    return set("ClusterType", value);
  }

  /**
   * The version of the Amazon Redshift engine software that you want to deploy on the cluster.
   *
   * <p>The version selected runs on all the nodes in the cluster.
   *
   * <p>Constraints: Only version 1.0 is currently available.
   *
   * <p>Example: <code>1.0</code>
   *
   * <p>Length: 0 to 2147483647 characters. CloudFormation property {@code ClusterVersion}.
   */
  public Cluster clusterVersion(String value) {
    return set("ClusterVersion", Value.of(value));
  }

  /** Sets {@code ClusterVersion} to this value; see {@link #clusterVersion(String)}. */
  public Cluster clusterVersion(Value<String> value) {
    return set("ClusterVersion", value);
  }

  /**
   * The name of the first database to be created when the cluster is created.
   *
   * <p>To create additional databases after the cluster is created, connect to the cluster with a
   * SQL client and use SQL commands to create a database. For more information, go to <a
   * href="https://docs.aws.amazon.com/redshift/latest/dg/t_creating_database.html">Create a
   * Database</a> in the Amazon Redshift Database Developer Guide.
   *
   * <p>Default: <code>dev</code>
   *
   * <p>Constraints:
   *
   * <ul> <li>Must contain 1 to 64 alphanumeric characters. <li>Must contain only lowercase letters.
   * <li>Cannot be a word that is reserved by the service. A list of reserved words can be found in
   * <a href="https://docs.aws.amazon.com/redshift/latest/dg/r_pg_keywords.html">Reserved Words</a>
   * in the Amazon Redshift Database Developer Guide. </ul>
   *
   * <p>Required. Changing it replaces the resource. Length: 0 to 2147483647 characters.
   * CloudFormation property {@code DBName}.
   */
  public Cluster dbName(String value) {
    return set("DBName", Value.of(value));
  }

  /** Sets {@code DBName} to this value; see {@link #dbName(String)}. */
  public Cluster dbName(Value<String> value) {
    return set("DBName", value);
  }

  /**
   * A Boolean indicating whether to enable the deferred maintenance window.
   *
   * <p>CloudFormation property {@code DeferMaintenance}.
   */
  public Cluster deferMaintenance(boolean value) {
    return set("DeferMaintenance", Value.of(value));
  }

  /** Sets {@code DeferMaintenance} to this value; see {@link #deferMaintenance(boolean)}. */
  public Cluster deferMaintenance(Value<Boolean> value) {
    return set("DeferMaintenance", value);
  }

  /**
   * An integer indicating the duration of the maintenance window in days. If you specify a
   * duration, you can't specify an end time. The duration must be 45 days or less.
   *
   * <p>CloudFormation property {@code DeferMaintenanceDuration}.
   */
  public Cluster deferMaintenanceDuration(int value) {
    return set("DeferMaintenanceDuration", Value.of(value));
  }

  /**
   * Sets {@code DeferMaintenanceDuration} to this value; see {@link
   * #deferMaintenanceDuration(int)}.
   */
  public Cluster deferMaintenanceDuration(Value<Integer> value) {
    return set("DeferMaintenanceDuration", value);
  }

  /**
   * A timestamp for the end of the time period when we defer maintenance.
   *
   * <p>CloudFormation property {@code DeferMaintenanceEndTime}.
   */
  public Cluster deferMaintenanceEndTime(String value) {
    return set("DeferMaintenanceEndTime", Value.of(value));
  }

  /**
   * Sets {@code DeferMaintenanceEndTime} to this value; see {@link
   * #deferMaintenanceEndTime(String)}.
   */
  public Cluster deferMaintenanceEndTime(Value<String> value) {
    return set("DeferMaintenanceEndTime", value);
  }

  /**
   * A timestamp indicating the start time for the deferred maintenance window.
   *
   * <p>CloudFormation property {@code DeferMaintenanceStartTime}.
   */
  public Cluster deferMaintenanceStartTime(String value) {
    return set("DeferMaintenanceStartTime", Value.of(value));
  }

  /**
   * Sets {@code DeferMaintenanceStartTime} to this value; see {@link
   * #deferMaintenanceStartTime(String)}.
   */
  public Cluster deferMaintenanceStartTime(Value<String> value) {
    return set("DeferMaintenanceStartTime", value);
  }

  /**
   * The destination region that snapshots are automatically copied to when cross-region snapshot
   * copy is enabled.
   *
   * <p>CloudFormation property {@code DestinationRegion}.
   */
  public Cluster destinationRegion(String value) {
    return set("DestinationRegion", Value.of(value));
  }

  /** Sets {@code DestinationRegion} to this value; see {@link #destinationRegion(String)}. */
  public Cluster destinationRegion(Value<String> value) {
    return set("DestinationRegion", value);
  }

  /**
   * The Elastic IP (EIP) address for the cluster.
   *
   * <p>Constraints: The cluster must be provisioned in EC2-VPC and publicly-accessible through an
   * Internet gateway. Don't specify the Elastic IP address for a publicly accessible cluster with
   * availability zone relocation turned on. For more information about provisioning clusters in
   * EC2-VPC, go to <a
   * href="https://docs.aws.amazon.com/redshift/latest/mgmt/working-with-clusters.html#cluster-platforms">Supported
   * Platforms to Launch Your Cluster</a> in the Amazon Redshift Cluster Management Guide.
   *
   * <p>Length: 0 to 2147483647 characters. CloudFormation property {@code ElasticIp}.
   */
  public Cluster elasticIp(String value) {
    return set("ElasticIp", Value.of(value));
  }

  /** Sets {@code ElasticIp} to this value; see {@link #elasticIp(String)}. */
  public Cluster elasticIp(Value<String> value) {
    return set("ElasticIp", value);
  }

  /** Sets {@code ElasticIp} to the Ref of {@code AWS::EC2::EIP}; see {@link #elasticIp(String)}. */
  public Cluster elasticIp(EIP resource) {
    return set("ElasticIp", resource.ref());
  }

  /**
   * If <code>true</code> , the data in the cluster is encrypted at rest. If you set the value on
   * this parameter to <code>false</code> , the request will fail.
   *
   * <p>Default: true
   *
   * <p>CloudFormation property {@code Encrypted}.
   */
  public Cluster encrypted(boolean value) {
    return set("Encrypted", Value.of(value));
  }

  /** Sets {@code Encrypted} to this value; see {@link #encrypted(boolean)}. */
  public Cluster encrypted(Value<Boolean> value) {
    return set("Encrypted", value);
  }

  /**
   * The connection endpoint.
   *
   * <p>CloudFormation property {@code Endpoint}.
   */
  public Cluster endpoint(Value<Endpoint> value) {
    return set("Endpoint", value);
  }

  /**
   * An option that specifies whether to create the cluster with enhanced VPC routing enabled. To
   * create a cluster that uses enhanced VPC routing, the cluster must be in a VPC. For more
   * information, see <a
   * href="https://docs.aws.amazon.com/redshift/latest/mgmt/enhanced-vpc-routing.html">Enhanced VPC
   * Routing</a> in the Amazon Redshift Cluster Management Guide.
   *
   * <p>If this option is <code>true</code> , enhanced VPC routing is enabled.
   *
   * <p>Default: false
   *
   * <p>CloudFormation property {@code EnhancedVpcRouting}.
   */
  public Cluster enhancedVpcRouting(boolean value) {
    return set("EnhancedVpcRouting", Value.of(value));
  }

  /** Sets {@code EnhancedVpcRouting} to this value; see {@link #enhancedVpcRouting(boolean)}. */
  public Cluster enhancedVpcRouting(Value<Boolean> value) {
    return set("EnhancedVpcRouting", value);
  }

  /**
   * Specifies the name of the HSM client certificate the Amazon Redshift cluster uses to retrieve
   * the data encryption keys stored in an HSM.
   *
   * <p>Length: 0 to 2147483647 characters. CloudFormation property {@code
   * HsmClientCertificateIdentifier}.
   */
  public Cluster hsmClientCertificateIdentifier(String value) {
    return set("HsmClientCertificateIdentifier", Value.of(value));
  }

  /**
   * Sets {@code HsmClientCertificateIdentifier} to this value; see {@link
   * #hsmClientCertificateIdentifier(String)}.
   */
  public Cluster hsmClientCertificateIdentifier(Value<String> value) {
    return set("HsmClientCertificateIdentifier", value);
  }

  /**
   * Specifies the name of the HSM configuration that contains the information the Amazon Redshift
   * cluster can use to retrieve and store keys in an HSM.
   *
   * <p>Length: 0 to 2147483647 characters. CloudFormation property {@code
   * HsmConfigurationIdentifier}.
   */
  public Cluster hsmConfigurationIdentifier(String value) {
    return set("HsmConfigurationIdentifier", Value.of(value));
  }

  /**
   * Sets {@code HsmConfigurationIdentifier} to this value; see {@link
   * #hsmConfigurationIdentifier(String)}.
   */
  public Cluster hsmConfigurationIdentifier(Value<String> value) {
    return set("HsmConfigurationIdentifier", value);
  }

  /**
   * A list of AWS Identity and Access Management (IAM) roles that can be used by the cluster to
   * access other AWS services. You must supply the IAM roles in their Amazon Resource Name (ARN)
   * format.
   *
   * <p>The maximum number of IAM roles that you can associate is subject to a quota. For more
   * information, go to <a
   * href="https://docs.aws.amazon.com/redshift/latest/mgmt/amazon-redshift-limits.html">Quotas and
   * limits</a> in the <em>Amazon Redshift Cluster Management Guide</em> .
   *
   * <p>Length: 0 to 2147483647 characters. CloudFormation property {@code IamRoles}.
   */
  public Cluster iamRoles(List<String> value) {
    return set("IamRoles", Value.listOf(value));
  }

  /** Sets {@code IamRoles} to this value; see {@link #iamRoles(List)}. */
  public Cluster iamRoles(Value<List<String>> value) {
    return set("IamRoles", value);
  }

  /**
   * Sets {@code IamRoles} to the Arn of each {@code AWS::IAM::Role}; see {@link #iamRoles(List)}.
   */
  public Cluster iamRoles(Role... resources) {
    return set("IamRoles", Value.attributes("Arn", resources));
  }

  /**
   * The AWS Key Management Service (KMS) key ID of the encryption key that you want to use to
   * encrypt data in the cluster.
   *
   * <p>CloudFormation property {@code KmsKeyId}.
   */
  public Cluster kmsKeyId(String value) {
    return set("KmsKeyId", Value.of(value));
  }

  /** Sets {@code KmsKeyId} to this value; see {@link #kmsKeyId(String)}. */
  public Cluster kmsKeyId(Value<String> value) {
    return set("KmsKeyId", value);
  }

  /** Sets {@code KmsKeyId} to the Arn of {@code AWS::KMS::Key}; see {@link #kmsKeyId(String)}. */
  public Cluster kmsKeyId(Key resource) {
    return set("KmsKeyId", resource.arn());
  }

  /**
   * Specifies logging information, such as queries and connection attempts, for the specified
   * Amazon Redshift cluster.
   *
   * <p>CloudFormation property {@code LoggingProperties}.
   */
  public Cluster loggingProperties(Value<LoggingProperties> value) {
    return set("LoggingProperties", value);
  }

  /**
   * An optional parameter for the name of the maintenance track for the cluster. If you don't
   * provide a maintenance track name, the cluster is assigned to the <code>current</code> track.
   *
   * <p>Length: 0 to 2147483647 characters. CloudFormation property {@code MaintenanceTrackName}.
   */
  public Cluster maintenanceTrackName(String value) {
    return set("MaintenanceTrackName", Value.of(value));
  }

  /** Sets {@code MaintenanceTrackName} to this value; see {@link #maintenanceTrackName(String)}. */
  public Cluster maintenanceTrackName(Value<String> value) {
    return set("MaintenanceTrackName", value);
  }

  /**
   * If <code>true</code> , Amazon Redshift uses AWS Secrets Manager to manage this cluster's admin
   * credentials. You can't use <code>MasterUserPassword</code> if <code>ManageMasterPassword</code>
   * is true. If <code>ManageMasterPassword</code> is false or not set, Amazon Redshift uses
   * <code>MasterUserPassword</code> for the admin user account's password.
   *
   * <p>CloudFormation property {@code ManageMasterPassword}.
   */
  public Cluster manageMasterPassword(boolean value) {
    return set("ManageMasterPassword", Value.of(value));
  }

  /**
   * Sets {@code ManageMasterPassword} to this value; see {@link #manageMasterPassword(boolean)}.
   */
  public Cluster manageMasterPassword(Value<Boolean> value) {
    return set("ManageMasterPassword", value);
  }

  /**
   * The default number of days to retain a manual snapshot. If the value is -1, the snapshot is
   * retained indefinitely. This setting doesn't change the retention period of existing snapshots.
   *
   * <p>The value must be either -1 or an integer between 1 and 3,653.
   *
   * <p>CloudFormation property {@code ManualSnapshotRetentionPeriod}.
   */
  public Cluster manualSnapshotRetentionPeriod(int value) {
    return set("ManualSnapshotRetentionPeriod", Value.of(value));
  }

  /**
   * Sets {@code ManualSnapshotRetentionPeriod} to this value; see {@link
   * #manualSnapshotRetentionPeriod(int)}.
   */
  public Cluster manualSnapshotRetentionPeriod(Value<Integer> value) {
    return set("ManualSnapshotRetentionPeriod", value);
  }

  /**
   * The ID of the AWS Key Management Service (KMS) key used to encrypt and store the cluster's
   * admin credentials secret. You can only use this parameter if <code>ManageMasterPassword</code>
   * is true.
   *
   * <p>CloudFormation property {@code MasterPasswordSecretKmsKeyId}.
   */
  public Cluster masterPasswordSecretKmsKeyId(String value) {
    return set("MasterPasswordSecretKmsKeyId", Value.of(value));
  }

  /**
   * Sets {@code MasterPasswordSecretKmsKeyId} to this value; see {@link
   * #masterPasswordSecretKmsKeyId(String)}.
   */
  public Cluster masterPasswordSecretKmsKeyId(Value<String> value) {
    return set("MasterPasswordSecretKmsKeyId", value);
  }

  /**
   * Sets {@code MasterPasswordSecretKmsKeyId} to the Arn of {@code AWS::KMS::Key}; see {@link
   * #masterPasswordSecretKmsKeyId(String)}.
   */
  public Cluster masterPasswordSecretKmsKeyId(Key resource) {
    return set("MasterPasswordSecretKmsKeyId", resource.arn());
  }

  /**
   * The password associated with the admin user account for the cluster that is being created.
   *
   * <p>You can't use <code>MasterUserPassword</code> if <code>ManageMasterPassword</code> is
   * <code>true</code> .
   *
   * <p>Constraints:
   *
   * <ul> <li>Must be between 8 and 64 characters in length. <li>Must contain at least one uppercase
   * letter. <li>Must contain at least one lowercase letter. <li>Must contain one number. <li>Can be
   * any printable ASCII character (ASCII code 33-126) except <code>'</code> (single quote),
   * <code>"</code> (double quote), <code>&#92;</code> , <code>/</code> , or <code>&#64;</code> .
   * </ul>
   *
   * <p>Length: at most 64 characters. CloudFormation property {@code MasterUserPassword}.
   */
  public Cluster masterUserPassword(String value) {
    return set("MasterUserPassword", Value.of(value));
  }

  /** Sets {@code MasterUserPassword} to this value; see {@link #masterUserPassword(String)}. */
  public Cluster masterUserPassword(Value<String> value) {
    return set("MasterUserPassword", value);
  }

  /**
   * The user name associated with the admin user account for the cluster that is being created.
   *
   * <p>Constraints:
   *
   * <ul> <li>Must be 1 - 128 alphanumeric characters or hyphens. The user name can't be
   * <code>PUBLIC</code> . <li>Must contain only lowercase letters, numbers, underscore, plus sign,
   * period (dot), at symbol (&#64;), or hyphen. <li>The first character must be a letter. <li>Must
   * not contain a colon (:) or a slash (/). <li>Cannot be a reserved word. A list of reserved words
   * can be found in <a
   * href="https://docs.aws.amazon.com/redshift/latest/dg/r_pg_keywords.html">Reserved Words</a> in
   * the Amazon Redshift Database Developer Guide. </ul>
   *
   * <p>Required. Changing it replaces the resource. Length: 0 to 128 characters. CloudFormation
   * property {@code MasterUsername}.
   */
  public Cluster masterUsername(String value) {
    return set("MasterUsername", Value.of(value));
  }

  /** Sets {@code MasterUsername} to this value; see {@link #masterUsername(String)}. */
  public Cluster masterUsername(Value<String> value) {
    return set("MasterUsername", value);
  }

  /**
   * A boolean indicating whether Amazon Redshift should deploy the cluster in two Availability
   * Zones. The default is false.
   *
   * <p>CloudFormation property {@code MultiAZ}.
   */
  public Cluster multiAZ(boolean value) {
    return set("MultiAZ", Value.of(value));
  }

  /** Sets {@code MultiAZ} to this value; see {@link #multiAZ(boolean)}. */
  public Cluster multiAZ(Value<Boolean> value) {
    return set("MultiAZ", value);
  }

  /**
   * The policy that is attached to a resource.
   *
   * <p>Format: {@code json}. CloudFormation property {@code NamespaceResourcePolicy}.
   */
  public Cluster namespaceResourcePolicy(Value<Json> value) {
    return set("NamespaceResourcePolicy", value);
  }

  /**
   * The node type to be provisioned for the cluster. For information about node types, go to <a
   * href="https://docs.aws.amazon.com/redshift/latest/mgmt/working-with-clusters.html#how-many-nodes">Working
   * with Clusters</a> in the <em>Amazon Redshift Cluster Management Guide</em> .
   *
   * <p>Valid Values: <code>dc2.large</code> | <code>dc2.8xlarge</code> | <code>ra3.large</code> |
   * <code>ra3.xlplus</code> | <code>ra3.4xlarge</code> | <code>ra3.16xlarge</code>
   *
   * <p>Required. Length: 0 to 2147483647 characters. CloudFormation property {@code NodeType}.
   */
  public Cluster nodeType(String value) {
    return set("NodeType", Value.of(value));
  }

  /** Sets {@code NodeType} to this value; see {@link #nodeType(String)}. */
  public Cluster nodeType(Value<String> value) {
    return set("NodeType", value);
  }

  /**
   * The number of compute nodes in the cluster. This parameter is required when the
   * <em>ClusterType</em> parameter is specified as <code>multi-node</code> .
   *
   * <p>For information about determining how many nodes you need, go to <a
   * href="https://docs.aws.amazon.com/redshift/latest/mgmt/working-with-clusters.html#how-many-nodes">Working
   * with Clusters</a> in the <em>Amazon Redshift Cluster Management Guide</em> .
   *
   * <p>If you don't specify this parameter, you get a single-node cluster. When requesting a
   * multi-node cluster, you must specify the number of nodes that you want in the cluster.
   *
   * <p>Default: <code>1</code>
   *
   * <p>Constraints: Value must be at least 1 and no more than 100.
   *
   * <p>Range: 1 to 100. CloudFormation property {@code NumberOfNodes}.
   */
  public Cluster numberOfNodes(int value) {
    return set("NumberOfNodes", Value.of(value));
  }

  /** Sets {@code NumberOfNodes} to this value; see {@link #numberOfNodes(int)}. */
  public Cluster numberOfNodes(Value<Integer> value) {
    return set("NumberOfNodes", value);
  }

  /**
   * The AWS account used to create or copy the snapshot. Required if you are restoring a snapshot
   * you do not own, optional if you own the snapshot.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code OwnerAccount}.
   */
  public Cluster ownerAccount(String value) {
    return set("OwnerAccount", Value.of(value));
  }

  /** Sets {@code OwnerAccount} to this value; see {@link #ownerAccount(String)}. */
  public Cluster ownerAccount(Value<String> value) {
    return set("OwnerAccount", value);
  }

  /**
   * The port number on which the cluster accepts incoming connections.
   *
   * <p>The cluster is accessible only via the JDBC and ODBC connection strings. Part of the
   * connection string requires the port on which the cluster will listen for incoming connections.
   *
   * <p>Default: <code>5439</code>
   *
   * <p>Valid Values:
   *
   * <ul> <li>For clusters with ra3 nodes - Select a port within the ranges <code>5431-5455</code>
   * or <code>8191-8215</code> . (If you have an existing cluster with ra3 nodes, it isn't required
   * that you change the port to these ranges.) <li>For clusters with dc2 nodes - Select a port
   * within the range <code>1150-65535</code> . </ul>
   *
   * <p>CloudFormation property {@code Port}.
   */
  public Cluster port(int value) {
    return set("Port", Value.of(value));
  }

  /** Sets {@code Port} to this value; see {@link #port(int)}. */
  public Cluster port(Value<Integer> value) {
    return set("Port", value);
  }

  /**
   * The weekly time range (in UTC) during which automated cluster maintenance can occur.
   *
   * <p>Format: <code>ddd:hh24:mi-ddd:hh24:mi</code>
   *
   * <p>Default: A 30-minute window selected at random from an 8-hour block of time per region,
   * occurring on a random day of the week. For more information about the time blocks for each
   * region, see <a
   * href="https://docs.aws.amazon.com/redshift/latest/mgmt/working-with-clusters.html#rs-maintenance-windows">Maintenance
   * Windows</a> in Amazon Redshift Cluster Management Guide.
   *
   * <p>Valid Days: Mon | Tue | Wed | Thu | Fri | Sat | Sun
   *
   * <p>Constraints: Minimum 30-minute window.
   *
   * <p>Length: 0 to 2147483647 characters. CloudFormation property {@code
   * PreferredMaintenanceWindow}.
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
   * If <code>true</code> , the cluster can be accessed from a public network.
   *
   * <p>Default: false
   *
   * <p>CloudFormation property {@code PubliclyAccessible}.
   */
  public Cluster publiclyAccessible(boolean value) {
    return set("PubliclyAccessible", Value.of(value));
  }

  /** Sets {@code PubliclyAccessible} to this value; see {@link #publiclyAccessible(boolean)}. */
  public Cluster publiclyAccessible(Value<Boolean> value) {
    return set("PubliclyAccessible", value);
  }

  /**
   * The Amazon Redshift operation to be performed. Supported operations are
   * <code>pause-cluster</code> , <code>resume-cluster</code> , and
   * <code>failover-primary-compute</code> .
   *
   * <p>CloudFormation property {@code ResourceAction}.
   */
  public Cluster resourceAction(String value) {
    return set("ResourceAction", Value.of(value));
  }

  /** Sets {@code ResourceAction} to this value; see {@link #resourceAction(String)}. */
  public Cluster resourceAction(Value<String> value) {
    return set("ResourceAction", value);
  }

  /**
   * Describes a <code>RevisionTarget</code> object.
   *
   * <p>CloudFormation property {@code RevisionTarget}.
   */
  public Cluster revisionTarget(String value) {
    return set("RevisionTarget", Value.of(value));
  }

  /** Sets {@code RevisionTarget} to this value; see {@link #revisionTarget(String)}. */
  public Cluster revisionTarget(Value<String> value) {
    return set("RevisionTarget", value);
  }

  /**
   * Rotates the encryption keys for a cluster.
   *
   * <p>CloudFormation property {@code RotateEncryptionKey}.
   */
  public Cluster rotateEncryptionKey(boolean value) {
    return set("RotateEncryptionKey", Value.of(value));
  }

  /** Sets {@code RotateEncryptionKey} to this value; see {@link #rotateEncryptionKey(boolean)}. */
  public Cluster rotateEncryptionKey(Value<Boolean> value) {
    return set("RotateEncryptionKey", value);
  }

  /**
   * The name of the cluster the source snapshot was created from. This parameter is required if
   * your user or role has a policy containing a snapshot resource element that specifies anything
   * other than * for the cluster name.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code
   * SnapshotClusterIdentifier}.
   */
  public Cluster snapshotClusterIdentifier(String value) {
    return set("SnapshotClusterIdentifier", Value.of(value));
  }

  /**
   * Sets {@code SnapshotClusterIdentifier} to this value; see {@link
   * #snapshotClusterIdentifier(String)}.
   */
  public Cluster snapshotClusterIdentifier(Value<String> value) {
    return set("SnapshotClusterIdentifier", value);
  }

  /**
   * The name of the snapshot copy grant.
   *
   * <p>CloudFormation property {@code SnapshotCopyGrantName}.
   */
  public Cluster snapshotCopyGrantName(String value) {
    return set("SnapshotCopyGrantName", Value.of(value));
  }

  /**
   * Sets {@code SnapshotCopyGrantName} to this value; see {@link #snapshotCopyGrantName(String)}.
   */
  public Cluster snapshotCopyGrantName(Value<String> value) {
    return set("SnapshotCopyGrantName", value);
  }

  /**
   * Indicates whether to apply the snapshot retention period to newly copied manual snapshots
   * instead of automated snapshots.
   *
   * <p>CloudFormation property {@code SnapshotCopyManual}.
   */
  public Cluster snapshotCopyManual(boolean value) {
    return set("SnapshotCopyManual", Value.of(value));
  }

  /** Sets {@code SnapshotCopyManual} to this value; see {@link #snapshotCopyManual(boolean)}. */
  public Cluster snapshotCopyManual(Value<Boolean> value) {
    return set("SnapshotCopyManual", value);
  }

  /**
   * The number of days to retain automated snapshots in the destination AWS Region after they are
   * copied from the source AWS Region .
   *
   * <p>By default, this only changes the retention period of copied automated snapshots.
   *
   * <p>If you decrease the retention period for automated snapshots that are copied to a
   * destination AWS Region , Amazon Redshift deletes any existing automated snapshots that were
   * copied to the destination AWS Region and that fall outside of the new retention period.
   *
   * <p>Constraints: Must be at least 1 and no more than 35 for automated snapshots.
   *
   * <p>If you specify the <code>manual</code> option, only newly copied manual snapshots will have
   * the new retention period.
   *
   * <p>If you specify the value of -1 newly copied manual snapshots are retained indefinitely.
   *
   * <p>Constraints: The number of days must be either -1 or an integer between 1 and 3,653 for
   * manual snapshots.
   *
   * <p>CloudFormation property {@code SnapshotCopyRetentionPeriod}.
   */
  public Cluster snapshotCopyRetentionPeriod(int value) {
    return set("SnapshotCopyRetentionPeriod", Value.of(value));
  }

  /**
   * Sets {@code SnapshotCopyRetentionPeriod} to this value; see {@link
   * #snapshotCopyRetentionPeriod(int)}.
   */
  public Cluster snapshotCopyRetentionPeriod(Value<Integer> value) {
    return set("SnapshotCopyRetentionPeriod", value);
  }

  /**
   * The name of the snapshot from which to create the new cluster. This parameter isn't case
   * sensitive. You must specify this parameter or <code>snapshotArn</code> , but not both.
   *
   * <p>Example: <code>my-snapshot-id</code>
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code SnapshotIdentifier}.
   */
  public Cluster snapshotIdentifier(String value) {
    return set("SnapshotIdentifier", Value.of(value));
  }

  /** Sets {@code SnapshotIdentifier} to this value; see {@link #snapshotIdentifier(String)}. */
  public Cluster snapshotIdentifier(Value<String> value) {
    return set("SnapshotIdentifier", value);
  }

  /**
   * A list of tag instances.
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
   * A list of Virtual Private Cloud (VPC) security groups to be associated with the cluster.
   *
   * <p>Default: The default VPC security group is associated with the cluster.
   *
   * <p>Length: 0 to 2147483647 characters. Format: {@code AWS::EC2::SecurityGroup.Id}.
   * CloudFormation property {@code VpcSecurityGroupIds}.
   */
  public Cluster vpcSecurityGroupIds(List<String> value) {
    return set("VpcSecurityGroupIds", Value.listOf(value));
  }

  /** Sets {@code VpcSecurityGroupIds} to this value; see {@link #vpcSecurityGroupIds(List)}. */
  public Cluster vpcSecurityGroupIds(Value<List<String>> value) {
    return set("VpcSecurityGroupIds", value);
  }

  /**
   * Sets {@code VpcSecurityGroupIds} to the GroupId of each {@code AWS::EC2::SecurityGroup}; see
   * {@link #vpcSecurityGroupIds(List)}.
   */
  public Cluster vpcSecurityGroupIds(SecurityGroup... resources) {
    return set("VpcSecurityGroupIds", Value.attributes("GroupId", resources));
  }

  /**
   * The namespace Amazon Resource Name (ARN) of the cluster.
   *
   * <p>{@code Fn::GetAtt} attribute {@code ClusterNamespaceArn}.
   */
  public Value<String> clusterNamespaceArn() {
    return getAtt("ClusterNamespaceArn");
  }

  /**
   * A unique identifier for the maintenance window.
   *
   * <p>{@code Fn::GetAtt} attribute {@code DeferMaintenanceIdentifier}.
   */
  public Value<String> deferMaintenanceIdentifier() {
    return getAtt("DeferMaintenanceIdentifier");
  }

  /**
   * The connection endpoint for the Amazon Redshift cluster. For example:
   * <code>examplecluster.cg034hpkmmjt.us-east-1.redshift.amazonaws.com</code> .
   *
   * <p>{@code Fn::GetAtt} attribute {@code Endpoint.Address}.
   */
  public Value<String> endpointAddress() {
    return getAtt("Endpoint.Address");
  }

  /**
   * The port number on which the Amazon Redshift cluster accepts connections. For example:
   * <code>5439</code> .
   *
   * <p>{@code Fn::GetAtt} attribute {@code Endpoint.Port}.
   */
  public Value<String> endpointPort() {
    return getAtt("Endpoint.Port");
  }

  /** {@code Fn::GetAtt} attribute {@code Id}. */
  public Value<String> id() {
    return getAtt("Id");
  }

  /**
   * The Amazon Resource Name (ARN) for the cluster's admin user credentials secret.
   *
   * <p>{@code Fn::GetAtt} attribute {@code MasterPasswordSecretArn}.
   */
  public Value<String> masterPasswordSecretArn() {
    return getAtt("MasterPasswordSecretArn");
  }

  /**
   * Describes a connection endpoint.
   *
   * <p>Property type {@code AWS::Redshift::Cluster.Endpoint}.
   */
  public static final class Endpoint extends Struct<Endpoint> {
    private static final Schema SCHEMA = Schema.of("AWS::Redshift::Cluster.Endpoint");

    public Endpoint() {
      super(SCHEMA);
    }

    /**
     * The DNS address of the cluster. This property is read only.
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
     * The port that the database engine is listening on. This property is read only.
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
   * Specifies logging information, such as queries and connection attempts, for the specified
   * Amazon Redshift cluster.
   *
   * <p>Property type {@code AWS::Redshift::Cluster.LoggingProperties}.
   */
  public static final class LoggingProperties extends Struct<LoggingProperties> {
    private static final Schema SCHEMA = Schema.builder("AWS::Redshift::Cluster.LoggingProperties")
        .constrain("BucketName", Constraint.of().format("AWS::S3::Bucket.Name"))
        .references("BucketName", "AWS::S3::Bucket.Ref")
        .build();

    public LoggingProperties() {
      super(SCHEMA);
    }

    /**
     * The name of an existing S3 bucket where the log files are to be stored.
     *
     * <p>Constraints:
     *
     * <ul> <li>Must be in the same region as the cluster <li>The cluster must have read bucket and
     * put object permissions </ul>
     *
     * <p>Format: {@code AWS::S3::Bucket.Name}. CloudFormation property {@code BucketName}.
     */
    public LoggingProperties bucketName(String value) {
      return set("BucketName", Value.of(value));
    }

    /** Sets {@code BucketName} to this value; see {@link #bucketName(String)}. */
    public LoggingProperties bucketName(Value<String> value) {
      return set("BucketName", value);
    }

    /**
     * Sets {@code BucketName} to the Ref of {@code AWS::S3::Bucket}; see {@link
     * #bucketName(String)}.
     */
    public LoggingProperties bucketName(Bucket resource) {
      return set("BucketName", resource.ref());
    }

    /**
     * The log destination type. An enum with possible values of <code>s3</code> and
     * <code>cloudwatch</code> .
     *
     * <p>CloudFormation property {@code LogDestinationType}.
     */
    public LoggingProperties logDestinationType(String value) {
      return set("LogDestinationType", Value.of(value));
    }

    /** Sets {@code LogDestinationType} to this value; see {@link #logDestinationType(String)}. */
    public LoggingProperties logDestinationType(Value<String> value) {
      return set("LogDestinationType", value);
    }

    /**
     * The collection of exported log types. Possible values are <code>connectionlog</code> ,
     * <code>useractivitylog</code> , and <code>userlog</code> .
     *
     * <p>CloudFormation property {@code LogExports}.
     */
    public LoggingProperties logExports(List<String> value) {
      return set("LogExports", Value.listOf(value));
    }

    /** Sets {@code LogExports} to this value; see {@link #logExports(List)}. */
    public LoggingProperties logExports(Value<List<String>> value) {
      return set("LogExports", value);
    }

    /**
     * The prefix applied to the log file names.
     *
     * <p>Valid characters are any letter from any language, any whitespace character, any numeric
     * character, and the following characters: underscore ( <code>_</code> ), period (
     * <code>.</code> ), colon ( <code>:</code> ), slash ( <code>/</code> ), equal ( <code>=</code>
     * ), plus ( <code>+</code> ), backslash ( <code>&#92;</code> ), hyphen ( <code>-</code> ), at
     * symbol ( <code>&#64;</code> ).
     *
     * <p>CloudFormation property {@code S3KeyPrefix}.
     */
    public LoggingProperties s3KeyPrefix(String value) {
      return set("S3KeyPrefix", Value.of(value));
    }

    /** Sets {@code S3KeyPrefix} to this value; see {@link #s3KeyPrefix(String)}. */
    public LoggingProperties s3KeyPrefix(Value<String> value) {
      return set("S3KeyPrefix", value);
    }
  }
}
