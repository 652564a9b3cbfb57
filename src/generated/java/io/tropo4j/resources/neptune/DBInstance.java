// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.neptune;

import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * The <code>AWS::Neptune::DBInstance</code> type creates an Amazon Neptune DB instance.
 *
 * <p><em>Updating DB Instances</em>
 *
 * <p>You can set a deletion policy for your DB instance to control how CloudFormation handles the
 * instance when the stack is deleted. For Neptune DB instances, you can choose to <em>retain</em>
 * the instance, to <em>delete</em> the instance, or to <em>create a snapshot</em> of the instance.
 * The default CloudFormation behavior depends on the <code>DBClusterIdentifier</code> property:
 *
 * <ul> <li>For <code>AWS::Neptune::DBInstance</code> resources that don't specify the
 * <code>DBClusterIdentifier</code> property, CloudFormation saves a snapshot of the DB instance.
 * <li>For <code>AWS::Neptune::DBInstance</code> resources that do specify the
 * <code>DBClusterIdentifier</code> property, CloudFormation deletes the DB instance. </ul>
 *
 * <p><em>Deleting DB Instances</em>
 *
 * <p>If a DB instance is deleted or replaced during an update, CloudFormation deletes all automated
 * snapshots. However, it retains manual DB snapshots. During an update that requires replacement,
 * you can apply a stack policy to prevent DB instances from being replaced.
 *
 * <p>When properties labeled <em>Update requires: Replacement</em> are updated, CloudFormation
 * first creates a replacement DB instance, changes references from other dependent resources to
 * point to the replacement DB instance, and finally deletes the old DB instance.
 *
 * <p>We highly recommend that you take a snapshot of the database before updating the stack. If you
 * don't, you lose the data when CloudFormation replaces your DB instance. To preserve your data,
 * perform the following procedure: - Deactivate any applications that are using the DB instance so
 * that there's no activity on the DB instance. - Create a snapshot of the DB instance. - If you
 * want to restore your instance using a DB snapshot, modify the updated template with your DB
 * instance changes and add the <code>DBSnapshotIdentifier</code> property with the ID of the DB
 * snapshot that you want to use. - Update the stack.
 *
 * <p>CloudFormation type {@code AWS::Neptune::DBInstance}.
 *
 * <p>It holds data: validation asks for a DeletionPolicy and an UpdateReplacePolicy, e.g. {@code
 * retainData()}.
 */
public final class DBInstance extends Resource<DBInstance> {
  private static final Schema SCHEMA = Schema.builder("AWS::Neptune::DBInstance")
      .required("DBInstanceClass")
      .refYields("DBInstanceIdentifier")
      .attributes("Endpoint", "Port")
      .stateful()
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public DBInstance(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * Indicates that major version upgrades are allowed. Changing this parameter doesn't result in an
   * outage and the change is asynchronously applied as soon as possible. This parameter must be set
   * to true when specifying a value for the EngineVersion parameter that is a different major
   * version than the DB instance's current version.
   *
   * <p>When you change this parameter for an existing DB cluster, CloudFormation will replace your
   * existing DB cluster with a new, empty one that uses the engine version you specified.
   *
   * <p>CloudFormation property {@code AllowMajorVersionUpgrade}.
   */
  public DBInstance allowMajorVersionUpgrade(boolean value) {
    return set("AllowMajorVersionUpgrade", Value.of(value));
  }

  /**
   * Sets {@code AllowMajorVersionUpgrade} to this value; see {@link
   * #allowMajorVersionUpgrade(boolean)}.
   */
  public DBInstance allowMajorVersionUpgrade(Value<Boolean> value) {
    return set("AllowMajorVersionUpgrade", value);
  }

  /**
   * Indicates that minor version patches are applied automatically.
   *
   * <p>When updating this property, some interruptions may occur.
   *
   * <p>CloudFormation property {@code AutoMinorVersionUpgrade}.
   */
  public DBInstance autoMinorVersionUpgrade(boolean value) {
    return set("AutoMinorVersionUpgrade", Value.of(value));
  }

  /**
   * Sets {@code AutoMinorVersionUpgrade} to this value; see {@link
   * #autoMinorVersionUpgrade(boolean)}.
   */
  public DBInstance autoMinorVersionUpgrade(Value<Boolean> value) {
    return set("AutoMinorVersionUpgrade", value);
  }

  /**
   * Specifies the name of the Availability Zone the DB instance is located in.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code AvailabilityZone}.
   */
  public DBInstance availabilityZone(String value) {
    return set("AvailabilityZone", Value.of(value));
  }

  /** Sets {@code AvailabilityZone} to this value; see {@link #availabilityZone(String)}. */
  public DBInstance availabilityZone(Value<String> value) {
    return set("AvailabilityZone", value);
  }

  /**
   * If the DB instance is a member of a DB cluster, contains the name of the DB cluster that the DB
   * instance is a member of.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code DBClusterIdentifier}.
   */
  public DBInstance dbClusterIdentifier(String value) {
    return set("DBClusterIdentifier", Value.of(value));
  }

  /** Sets {@code DBClusterIdentifier} to this value; see {@link #dbClusterIdentifier(String)}. */
  public DBInstance dbClusterIdentifier(Value<String> value) {
    return set("DBClusterIdentifier", value);
  }

  /**
   * Contains the name of the compute and memory capacity class of the DB instance.
   *
   * <p>If you update this property, some interruptions may occur.
   *
   * <p>Required. CloudFormation property {@code DBInstanceClass}.
   */
  public DBInstance dbInstanceClass(String value) {
    return set("DBInstanceClass", Value.of(value));
  }

  /** Sets {@code DBInstanceClass} to this value; see {@link #dbInstanceClass(String)}. */
  public DBInstance dbInstanceClass(Value<String> value) {
    return set("DBInstanceClass", value);
  }

  /**
   * Contains a user-supplied database identifier. This identifier is the unique key that identifies
   * a DB instance.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code DBInstanceIdentifier}.
   */
  public DBInstance dbInstanceIdentifier(String value) {
    return set("DBInstanceIdentifier", Value.of(value));
  }

  /** Sets {@code DBInstanceIdentifier} to this value; see {@link #dbInstanceIdentifier(String)}. */
  public DBInstance dbInstanceIdentifier(Value<String> value) {
    return set("DBInstanceIdentifier", value);
  }

  /**
   * The name of an existing DB parameter group or a reference to an AWS::Neptune::DBParameterGroup
   * resource created in the template. If any of the data members of the referenced parameter group
   * are changed during an update, the DB instance might need to be restarted, which causes some
   * interruption. If the parameter group contains static parameters, whether they were changed or
   * not, an update triggers a reboot.
   *
   * <p>CloudFormation property {@code DBParameterGroupName}.
   */
  public DBInstance dbParameterGroupName(String value) {
    return set("DBParameterGroupName", Value.of(value));
  }

  /** Sets {@code DBParameterGroupName} to this value; see {@link #dbParameterGroupName(String)}. */
  public DBInstance dbParameterGroupName(Value<String> value) {
    return set("DBParameterGroupName", value);
  }

  /**
   * This parameter is not supported.
   *
   * <p><code>AWS::Neptune::DBInstance</code> does not support restoring from snapshots.
   *
   * <p><code>AWS::Neptune::DBCluster</code> does support restoring from snapshots.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code DBSnapshotIdentifier}.
   *
   * @deprecated The specification marks {@code DBSnapshotIdentifier} deprecated.
   */
  @Deprecated
  public DBInstance dbSnapshotIdentifier(String value) {
    return set("DBSnapshotIdentifier", Value.of(value));
  }

  /**
   * Sets {@code DBSnapshotIdentifier} to this value; see {@link #dbSnapshotIdentifier(String)}.
   *
   * @deprecated The specification marks {@code DBSnapshotIdentifier} deprecated.
   */
  @Deprecated
  public DBInstance dbSnapshotIdentifier(Value<String> value) {
    return set("DBSnapshotIdentifier", value);
  }

  /**
   * A DB subnet group to associate with the DB instance. If you update this value, the new subnet
   * group must be a subnet group in a new virtual private cloud (VPC).
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code DBSubnetGroupName}.
   */
  public DBInstance dbSubnetGroupName(String value) {
    return set("DBSubnetGroupName", Value.of(value));
  }

  /** Sets {@code DBSubnetGroupName} to this value; see {@link #dbSubnetGroupName(String)}. */
  public DBInstance dbSubnetGroupName(Value<String> value) {
    return set("DBSubnetGroupName", value);
  }

  /**
   * Specifies the weekly time range during which system maintenance can occur, in Universal
   * Coordinated Time (UTC).
   *
   * <p>CloudFormation property {@code PreferredMaintenanceWindow}.
   */
  public DBInstance preferredMaintenanceWindow(String value) {
    return set("PreferredMaintenanceWindow", Value.of(value));
  }

  /**
   * Sets {@code PreferredMaintenanceWindow} to this value; see {@link
   * #preferredMaintenanceWindow(String)}.
   */
  public DBInstance preferredMaintenanceWindow(Value<String> value) {
    return set("PreferredMaintenanceWindow", value);
  }

  /**
   * Indicates whether the DB instance is publicly accessible.
   *
   * <p>When the DB instance is publicly accessible and you connect from outside of the DB
   * instance's virtual private cloud (VPC), its Domain Name System (DNS) endpoint resolves to the
   * public IP address. When you connect from within the same VPC as the DB instance, the endpoint
   * resolves to the private IP address. Access to the DB instance is ultimately controlled by the
   * security group it uses. That public access isn't permitted if the security group assigned to
   * the DB cluster doesn't permit it.
   *
   * <p>When the DB instance isn't publicly accessible, it is an internal DB instance with a DNS
   * name that resolves to a private IP address.
   *
   * <p>CloudFormation property {@code PubliclyAccessible}.
   */
  public DBInstance publiclyAccessible(boolean value) {
    return set("PubliclyAccessible", Value.of(value));
  }

  /** Sets {@code PubliclyAccessible} to this value; see {@link #publiclyAccessible(boolean)}. */
  public DBInstance publiclyAccessible(Value<Boolean> value) {
    return set("PubliclyAccessible", value);
  }

  /**
   * An arbitrary set of tags (key-value pairs) for this DB instance.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public DBInstance tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public DBInstance tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public DBInstance tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The connection endpoint for the database. For example:
   * <code>mystack-mydb-1apw1j4phylrk.cg034hpkmmjt.us-east-2.rds.amazonaws.com</code> .
   *
   * <p>{@code Fn::GetAtt} attribute {@code Endpoint}.
   */
  public Value<String> endpoint() {
    return getAtt("Endpoint");
  }

  /**
   * The port number on which the database accepts connections. For example: <code>8182</code> .
   *
   * <p>{@code Fn::GetAtt} attribute {@code Port}.
   */
  public Value<String> port() {
    return getAtt("Port");
  }
}
