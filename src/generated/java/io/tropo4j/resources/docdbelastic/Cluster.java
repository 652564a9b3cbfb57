// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.docdbelastic;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import io.tropo4j.resources.ec2.SecurityGroup;
import io.tropo4j.resources.kms.Key;
import java.util.List;

/**
 * Creates a new Amazon DocumentDB elastic cluster and returns its cluster structure.
 *
 * <p>CloudFormation type {@code AWS::DocDBElastic::Cluster}.
 */
public final class Cluster extends Resource<Cluster> {
  private static final Schema SCHEMA = Schema.builder("AWS::DocDBElastic::Cluster")
      .required("AdminUserName", "AuthType", "ClusterName", "ShardCapacity", "ShardCount")
      .constrain("ClusterName", Constraint.of().pattern("[a-zA-z][a-zA-Z0-9]*(-[a-zA-Z0-9]+)*").minLength(1).maxLength(50))
      .references("KmsKeyId", "AWS::KMS::Key.Ref")
      .constrain("VpcSecurityGroupIds", Constraint.of().format("AWS::EC2::SecurityGroup.Id"))
      .references("VpcSecurityGroupIds", "AWS::EC2::SecurityGroup.GroupId")
      .refYields("ClusterArn")
      .attributes("ClusterArn", "ClusterEndpoint")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public Cluster(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The name of the Amazon DocumentDB elastic clusters administrator.
   *
   * <p><em>Constraints</em> :
   *
   * <ul> <li>Must be from 1 to 63 letters or numbers. <li>The first character must be a letter.
   * <li>Cannot be a reserved word. </ul>
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code AdminUserName}.
   */
  public Cluster adminUserName(String value) {
    return set("AdminUserName", Value.of(value));
  }

  /** Sets {@code AdminUserName} to this value; see {@link #adminUserName(String)}. */
  public Cluster adminUserName(Value<String> value) {
    return set("AdminUserName", value);
  }

  /**
   * The password for the Elastic DocumentDB cluster administrator and can contain any printable
   * ASCII characters.
   *
   * <p><em>Constraints</em> :
   *
   * <ul> <li>Must contain from 8 to 100 characters. <li>Cannot contain a forward slash (/), double
   * quote ("), or the "at" symbol (&#64;). <li>A valid <code>AdminUserName</code> entry is also
   * required. </ul>
   *
   * <p>CloudFormation property {@code AdminUserPassword}.
   */
  public Cluster adminUserPassword(String value) {
    return set("AdminUserPassword", Value.of(value));
  }

  /** Sets {@code AdminUserPassword} to this value; see {@link #adminUserPassword(String)}. */
  public Cluster adminUserPassword(Value<String> value) {
    return set("AdminUserPassword", value);
  }

  /**
   * The authentication type used to determine where to fetch the password used for accessing the
   * elastic cluster. Valid types are <code>PLAIN_TEXT</code> or <code>SECRET_ARN</code> .
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code AuthType}.
   */
  public Cluster authType(String value) {
    return set("AuthType", Value.of(value));
  }

  /** Sets {@code AuthType} to this value; see {@link #authType(String)}. */
  public Cluster authType(Value<String> value) {
    return set("AuthType", value);
  }

  /**
   * The number of days for which automatic snapshots are retained.
   *
   * <p>CloudFormation property {@code BackupRetentionPeriod}.
   */
  public Cluster backupRetentionPeriod(int value) {
    return set("BackupRetentionPeriod", Value.of(value));
  }

  /** Sets {@code BackupRetentionPeriod} to this value; see {@link #backupRetentionPeriod(int)}. */
  public Cluster backupRetentionPeriod(Value<Integer> value) {
    return set("BackupRetentionPeriod", value);
  }

  /**
   * The name of the new elastic cluster. This parameter is stored as a lowercase string.
   *
   * <p><em>Constraints</em> :
   *
   * <ul> <li>Must contain from 1 to 63 letters, numbers, or hyphens. <li>The first character must
   * be a letter. <li>Cannot end with a hyphen or contain two consecutive hyphens. </ul>
   *
   * <p><em>Example</em> : <code>my-cluster</code>
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 50 characters. Pattern: {@code
   * [a-zA-z][a-zA-Z0-9]*(-[a-zA-Z0-9]+)*}. CloudFormation property {@code ClusterName}.
   */
  public Cluster clusterName(String value) {
    return set("ClusterName", Value.of(value));
  }

  /** Sets {@code ClusterName} to this value; see {@link #clusterName(String)}. */
  public Cluster clusterName(Value<String> value) {
    return set("ClusterName", value);
  }

  /**
   * The KMS key identifier to use to encrypt the new elastic cluster.
   *
   * <p>The KMS key identifier is the Amazon Resource Name (ARN) for the KMS encryption key. If you
   * are creating a cluster using the same Amazon account that owns this KMS encryption key, you can
   * use the KMS key alias instead of the ARN as the KMS encryption key.
   *
   * <p>If an encryption key is not specified, Amazon DocumentDB uses the default encryption key
   * that KMS creates for your account. Your account has a different default encryption key for each
   * Amazon Region.
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

  /** Sets {@code KmsKeyId} to the Ref of {@code AWS::KMS::Key}; see {@link #kmsKeyId(String)}. */
  public Cluster kmsKeyId(Key resource) {
    return set("KmsKeyId", resource.ref());
  }

  /**
   * The daily time range during which automated backups are created if automated backups are
   * enabled, as determined by <code>backupRetentionPeriod</code> .
   *
   * <p>CloudFormation property {@code PreferredBackupWindow}.
   */
  public Cluster preferredBackupWindow(String value) {
    return set("PreferredBackupWindow", Value.of(value));
  }

  /**
   * Sets {@code PreferredBackupWindow} to this value; see {@link #preferredBackupWindow(String)}.
   */
  public Cluster preferredBackupWindow(Value<String> value) {
    return set("PreferredBackupWindow", value);
  }

  /**
   * The weekly time range during which system maintenance can occur, in Universal Coordinated Time
   * (UTC).
   *
   * <p><em>Format</em> : <code>ddd:hh24:mi-ddd:hh24:mi</code>
   *
   * <p><em>Default</em> : a 30-minute window selected at random from an 8-hour block of time for
   * each AWS Region , occurring on a random day of the week.
   *
   * <p><em>Valid days</em> : Mon, Tue, Wed, Thu, Fri, Sat, Sun
   *
   * <p><em>Constraints</em> : Minimum 30-minute window.
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
   * The number of vCPUs assigned to each elastic cluster shard. Maximum is 64. Allowed values are
   * 2, 4, 8, 16, 32, 64.
   *
   * <p>Required. CloudFormation property {@code ShardCapacity}.
   */
  public Cluster shardCapacity(int value) {
    return set("ShardCapacity", Value.of(value));
  }

  /** Sets {@code ShardCapacity} to this value; see {@link #shardCapacity(int)}. */
  public Cluster shardCapacity(Value<Integer> value) {
    return set("ShardCapacity", value);
  }

  /**
   * The number of shards assigned to the elastic cluster. Maximum is 32.
   *
   * <p>Required. CloudFormation property {@code ShardCount}.
   */
  public Cluster shardCount(int value) {
    return set("ShardCount", Value.of(value));
  }

  /** Sets {@code ShardCount} to this value; see {@link #shardCount(int)}. */
  public Cluster shardCount(Value<Integer> value) {
    return set("ShardCount", value);
  }

  /**
   * The number of replica instances applying to all shards in the cluster. A
   * <code>shardInstanceCount</code> value of 1 means there is one writer instance, and any
   * additional instances are replicas that can be used for reads and to improve availability.
   *
   * <p>CloudFormation property {@code ShardInstanceCount}.
   */
  public Cluster shardInstanceCount(int value) {
    return set("ShardInstanceCount", Value.of(value));
  }

  /** Sets {@code ShardInstanceCount} to this value; see {@link #shardInstanceCount(int)}. */
  public Cluster shardInstanceCount(Value<Integer> value) {
    return set("ShardInstanceCount", value);
  }

  /**
   * The Amazon EC2 subnet IDs for the new elastic cluster.
   *
   * <p>CloudFormation property {@code SubnetIds}.
   */
  public Cluster subnetIds(List<String> value) {
    return set("SubnetIds", Value.listOf(value));
  }

  /** Sets {@code SubnetIds} to this value; see {@link #subnetIds(List)}. */
  public Cluster subnetIds(Value<List<String>> value) {
    return set("SubnetIds", value);
  }

  /**
   * The tags to be assigned to the new elastic cluster.
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
   * A list of EC2 VPC security groups to associate with the new elastic cluster.
   *
   * <p>Format: {@code AWS::EC2::SecurityGroup.Id}. CloudFormation property {@code
   * VpcSecurityGroupIds}.
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

  /** {@code Fn::GetAtt} attribute {@code ClusterArn}. */
  public Value<String> clusterArn() {
    return getAtt("ClusterArn");
  }

  /**
   * The URL used to connect to the elastic cluster.
   *
   * <p>{@code Fn::GetAtt} attribute {@code ClusterEndpoint}.
   */
  public Value<String> clusterEndpoint() {
    return getAtt("ClusterEndpoint");
  }
}
