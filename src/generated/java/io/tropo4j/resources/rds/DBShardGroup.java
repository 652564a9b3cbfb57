// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.rds;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Creates a new DB shard group for Aurora Limitless Database. You must enable Aurora Limitless
 * Database to create a DB shard group.
 *
 * <p>Valid for: Aurora DB clusters only
 *
 * <p>CloudFormation type {@code AWS::RDS::DBShardGroup}.
 */
public final class DBShardGroup extends Resource<DBShardGroup> {
  private static final Schema SCHEMA = Schema.builder("AWS::RDS::DBShardGroup")
      .required("DBClusterIdentifier", "MaxACU")
      .constrain("ComputeRedundancy", Constraint.of().minimum(0))
      .constrain("DBClusterIdentifier", Constraint.of().minLength(1).maxLength(63))
      .constrain("DBShardGroupIdentifier", Constraint.of().minLength(1).maxLength(63))
      .refYields("DBShardGroupIdentifier")
      .attributes("DBShardGroupResourceId", "Endpoint")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public DBShardGroup(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * Specifies whether to create standby standby DB data access shard for the DB shard group. Valid
   * values are the following:
   *
   * <ul> <li>0 - Creates a DB shard group without a standby DB data access shard. This is the
   * default value. <li>1 - Creates a DB shard group with a standby DB data access shard in a
   * different Availability Zone (AZ). <li>2 - Creates a DB shard group with two standby DB data
   * access shard in two different AZs. </ul>
   *
   * <p>Range: at least 0. CloudFormation property {@code ComputeRedundancy}.
   */
  public DBShardGroup computeRedundancy(int value) {
    return set("ComputeRedundancy", Value.of(value));
  }

  /** Sets {@code ComputeRedundancy} to this value; see {@link #computeRedundancy(int)}. */
  public DBShardGroup computeRedundancy(Value<Integer> value) {
    return set("ComputeRedundancy", value);
  }

  /**
   * The name of the primary DB cluster for the DB shard group.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 63 characters. CloudFormation
   * property {@code DBClusterIdentifier}.
   */
  public DBShardGroup dbClusterIdentifier(String value) {
    return set("DBClusterIdentifier", Value.of(value));
  }

  /** Sets {@code DBClusterIdentifier} to this value; see {@link #dbClusterIdentifier(String)}. */
  public DBShardGroup dbClusterIdentifier(Value<String> value) {
    return set("DBClusterIdentifier", value);
  }

  /**
   * The name of the DB shard group.
   *
   * <p>Changing it replaces the resource. Length: 1 to 63 characters. CloudFormation property
   * {@code DBShardGroupIdentifier}.
   */
  public DBShardGroup dbShardGroupIdentifier(String value) {
    return set("DBShardGroupIdentifier", Value.of(value));
  }

  /**
   * Sets {@code DBShardGroupIdentifier} to this value; see {@link #dbShardGroupIdentifier(String)}.
   */
  public DBShardGroup dbShardGroupIdentifier(Value<String> value) {
    return set("DBShardGroupIdentifier", value);
  }

  /**
   * The maximum capacity of the DB shard group in Aurora capacity units (ACUs).
   *
   * <p>Required. CloudFormation property {@code MaxACU}.
   */
  public DBShardGroup maxACU(double value) {
    return set("MaxACU", Value.of(value));
  }

  /** Sets {@code MaxACU} to this value; see {@link #maxACU(double)}. */
  public DBShardGroup maxACU(Value<Double> value) {
    return set("MaxACU", value);
  }

  /**
   * The minimum capacity of the DB shard group in Aurora capacity units (ACUs).
   *
   * <p>CloudFormation property {@code MinACU}.
   */
  public DBShardGroup minACU(double value) {
    return set("MinACU", Value.of(value));
  }

  /** Sets {@code MinACU} to this value; see {@link #minACU(double)}. */
  public DBShardGroup minACU(Value<Double> value) {
    return set("MinACU", value);
  }

  /**
   * Specifies whether the DB shard group is publicly accessible.
   *
   * <p>When the DB shard group is publicly accessible, its Domain Name System (DNS) endpoint
   * resolves to the private IP address from within the DB shard group's virtual private cloud
   * (VPC). It resolves to the public IP address from outside of the DB shard group's VPC. Access to
   * the DB shard group is ultimately controlled by the security group it uses. That public access
   * is not permitted if the security group assigned to the DB shard group doesn't permit it.
   *
   * <p>When the DB shard group isn't publicly accessible, it is an internal DB shard group with a
   * DNS name that resolves to a private IP address.
   *
   * <p>Default: The default behavior varies depending on whether <code>DBSubnetGroupName</code> is
   * specified.
   *
   * <p>If <code>DBSubnetGroupName</code> isn't specified, and <code>PubliclyAccessible</code> isn't
   * specified, the following applies:
   *
   * <ul> <li>If the default VPC in the target Region doesn’t have an internet gateway attached to
   * it, the DB shard group is private. <li>If the default VPC in the target Region has an internet
   * gateway attached to it, the DB shard group is public. </ul>
   *
   * <p>If <code>DBSubnetGroupName</code> is specified, and <code>PubliclyAccessible</code> isn't
   * specified, the following applies:
   *
   * <ul> <li>If the subnets are part of a VPC that doesn’t have an internet gateway attached to it,
   * the DB shard group is private. <li>If the subnets are part of a VPC that has an internet
   * gateway attached to it, the DB shard group is public. </ul>
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code PubliclyAccessible}.
   */
  public DBShardGroup publiclyAccessible(boolean value) {
    return set("PubliclyAccessible", Value.of(value));
  }

  /** Sets {@code PubliclyAccessible} to this value; see {@link #publiclyAccessible(boolean)}. */
  public DBShardGroup publiclyAccessible(Value<Boolean> value) {
    return set("PubliclyAccessible", value);
  }

  /**
   * An optional set of key-value pairs to associate arbitrary data of your choosing with the DB
   * shard group.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public DBShardGroup tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public DBShardGroup tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public DBShardGroup tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The AWS Region -unique, immutable identifier for the DB shard group.
   *
   * <p>{@code Fn::GetAtt} attribute {@code DBShardGroupResourceId}.
   */
  public Value<String> dbShardGroupResourceId() {
    return getAtt("DBShardGroupResourceId");
  }

  /**
   * This data type represents the information you need to connect to an Amazon RDS DB instance.
   * This data type is used as a response element in the following actions:
   *
   * <ul> <li><code>CreateDBInstance</code> <li><code>DescribeDBInstances</code>
   * <li><code>DeleteDBInstance</code> </ul>
   *
   * <p>For the data structure that represents Amazon Aurora DB cluster endpoints, see
   * <code>DBClusterEndpoint</code> .
   *
   * <p>{@code Fn::GetAtt} attribute {@code Endpoint}.
   */
  public Value<String> endpoint() {
    return getAtt("Endpoint");
  }
}
