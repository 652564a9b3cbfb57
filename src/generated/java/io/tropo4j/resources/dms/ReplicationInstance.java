// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.dms;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * The <code>AWS::DMS::ReplicationInstance</code> resource creates an AWS DMS replication instance.
 * To create a ReplicationInstance, you need permissions to create instances. You'll need similar
 * permissions to terminate instances when you delete stacks with instances.
 *
 * <p>CloudFormation type {@code AWS::DMS::ReplicationInstance}.
 */
public final class ReplicationInstance extends Resource<ReplicationInstance> {
  private static final Schema SCHEMA = Schema.builder("AWS::DMS::ReplicationInstance")
      .required("ReplicationInstanceClass")
      .constrain("VpcSecurityGroupIds", Constraint.of().format("AWS::EC2::SecurityGroup.Id"))
      .refYields("Id")
      .attributes("Id", "ReplicationInstancePrivateIpAddresses",
          "ReplicationInstancePublicIpAddresses")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public ReplicationInstance(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The amount of storage (in gigabytes) to be initially allocated for the replication instance.
   *
   * <p>CloudFormation property {@code AllocatedStorage}.
   */
  public ReplicationInstance allocatedStorage(int value) {
    return set("AllocatedStorage", Value.of(value));
  }

  /** Sets {@code AllocatedStorage} to this value; see {@link #allocatedStorage(int)}. */
  public ReplicationInstance allocatedStorage(Value<Integer> value) {
    return set("AllocatedStorage", value);
  }

  /**
   * Indicates that major version upgrades are allowed. Changing this parameter does not result in
   * an outage, and the change is asynchronously applied as soon as possible.
   *
   * <p>This parameter must be set to <code>true</code> when specifying a value for the
   * <code>EngineVersion</code> parameter that is a different major version than the replication
   * instance's current version.
   *
   * <p>CloudFormation property {@code AllowMajorVersionUpgrade}.
   */
  public ReplicationInstance allowMajorVersionUpgrade(boolean value) {
    return set("AllowMajorVersionUpgrade", Value.of(value));
  }

  /**
   * Sets {@code AllowMajorVersionUpgrade} to this value; see {@link
   * #allowMajorVersionUpgrade(boolean)}.
   */
  public ReplicationInstance allowMajorVersionUpgrade(Value<Boolean> value) {
    return set("AllowMajorVersionUpgrade", value);
  }

  /**
   * A value that indicates whether minor engine upgrades are applied automatically to the
   * replication instance during the maintenance window. This parameter defaults to
   * <code>true</code> .
   *
   * <p>Default: <code>true</code>
   *
   * <p>CloudFormation property {@code AutoMinorVersionUpgrade}.
   */
  public ReplicationInstance autoMinorVersionUpgrade(boolean value) {
    return set("AutoMinorVersionUpgrade", Value.of(value));
  }

  /**
   * Sets {@code AutoMinorVersionUpgrade} to this value; see {@link
   * #autoMinorVersionUpgrade(boolean)}.
   */
  public ReplicationInstance autoMinorVersionUpgrade(Value<Boolean> value) {
    return set("AutoMinorVersionUpgrade", value);
  }

  /**
   * The Availability Zone that the replication instance will be created in.
   *
   * <p>The default value is a random, system-chosen Availability Zone in the endpoint's AWS Region
   * , for example <code>us-east-1d</code> .
   *
   * <p>CloudFormation property {@code AvailabilityZone}.
   */
  public ReplicationInstance availabilityZone(String value) {
    return set("AvailabilityZone", Value.of(value));
  }

  /** Sets {@code AvailabilityZone} to this value; see {@link #availabilityZone(String)}. */
  public ReplicationInstance availabilityZone(Value<String> value) {
    return set("AvailabilityZone", value);
  }

  /**
   * A list of custom DNS name servers supported for the replication instance to access your
   * on-premise source or target database. This list overrides the default name servers supported by
   * the replication instance. You can specify a comma-separated list of internet addresses for up
   * to four on-premise DNS name servers. For example:
   * <code>"1.1.1.1,2.2.2.2,3.3.3.3,4.4.4.4"</code>
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code DnsNameServers}.
   */
  public ReplicationInstance dnsNameServers(String value) {
    return set("DnsNameServers", Value.of(value));
  }

  /** Sets {@code DnsNameServers} to this value; see {@link #dnsNameServers(String)}. */
  public ReplicationInstance dnsNameServers(Value<String> value) {
    return set("DnsNameServers", value);
  }

  /**
   * The engine version number of the replication instance.
   *
   * <p>If an engine version number is not specified when a replication instance is created, the
   * default is the latest engine version available.
   *
   * <p>CloudFormation property {@code EngineVersion}.
   */
  public ReplicationInstance engineVersion(String value) {
    return set("EngineVersion", Value.of(value));
  }

  /** Sets {@code EngineVersion} to this value; see {@link #engineVersion(String)}. */
  public ReplicationInstance engineVersion(Value<String> value) {
    return set("EngineVersion", value);
  }

  /**
   * An AWS key identifier that is used to encrypt the data on the replication instance.
   *
   * <p>If you don't specify a value for the <code>KmsKeyId</code> parameter, AWS DMS uses your
   * default encryption key.
   *
   * <p>AWS creates the default encryption key for your AWS account . Your AWS account has a
   * different default encryption key for each AWS Region .
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code KmsKeyId}.
   */
  public ReplicationInstance kmsKeyId(String value) {
    return set("KmsKeyId", Value.of(value));
  }

  /** Sets {@code KmsKeyId} to this value; see {@link #kmsKeyId(String)}. */
  public ReplicationInstance kmsKeyId(Value<String> value) {
    return set("KmsKeyId", value);
  }

  /**
   * Specifies whether the replication instance is a Multi-AZ deployment. You can't set the
   * <code>AvailabilityZone</code> parameter if the Multi-AZ parameter is set to <code>true</code> .
   *
   * <p>CloudFormation property {@code MultiAZ}.
   */
  public ReplicationInstance multiAZ(boolean value) {
    return set("MultiAZ", Value.of(value));
  }

  /** Sets {@code MultiAZ} to this value; see {@link #multiAZ(boolean)}. */
  public ReplicationInstance multiAZ(Value<Boolean> value) {
    return set("MultiAZ", value);
  }

  /**
   * The type of IP address protocol used by a replication instance, such as IPv4 only or Dual-stack
   * that supports both IPv4 and IPv6 addressing. IPv6 only is not yet supported.
   *
   * <p>CloudFormation property {@code NetworkType}.
   */
  public ReplicationInstance networkType(String value) {
    return set("NetworkType", Value.of(value));
  }

  /** Sets {@code NetworkType} to this value; see {@link #networkType(String)}. */
  public ReplicationInstance networkType(Value<String> value) {
    return set("NetworkType", value);
  }

  /**
   * The weekly time range during which system maintenance can occur, in UTC.
   *
   * <p><em>Format</em> : <code>ddd:hh24:mi-ddd:hh24:mi</code>
   *
   * <p><em>Default</em> : A 30-minute window selected at random from an 8-hour block of time per
   * AWS Region , occurring on a random day of the week.
   *
   * <p><em>Valid days</em> ( <code>ddd</code> ): <code>Mon</code> | <code>Tue</code> |
   * <code>Wed</code> | <code>Thu</code> | <code>Fri</code> | <code>Sat</code> | <code>Sun</code>
   *
   * <p><em>Constraints</em> : Minimum 30-minute window.
   *
   * <p>CloudFormation property {@code PreferredMaintenanceWindow}.
   */
  public ReplicationInstance preferredMaintenanceWindow(String value) {
    return set("PreferredMaintenanceWindow", Value.of(value));
  }

  /**
   * Sets {@code PreferredMaintenanceWindow} to this value; see {@link
   * #preferredMaintenanceWindow(String)}.
   */
  public ReplicationInstance preferredMaintenanceWindow(Value<String> value) {
    return set("PreferredMaintenanceWindow", value);
  }

  /**
   * Specifies the accessibility options for the replication instance. A value of <code>true</code>
   * represents an instance with a public IP address. A value of <code>false</code> represents an
   * instance with a private IP address. The default value is <code>true</code> .
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code PubliclyAccessible}.
   */
  public ReplicationInstance publiclyAccessible(boolean value) {
    return set("PubliclyAccessible", Value.of(value));
  }

  /** Sets {@code PubliclyAccessible} to this value; see {@link #publiclyAccessible(boolean)}. */
  public ReplicationInstance publiclyAccessible(Value<Boolean> value) {
    return set("PubliclyAccessible", value);
  }

  /**
   * The compute and memory capacity of the replication instance as defined for the specified
   * replication instance class. For example, to specify the instance class dms.c4.large, set this
   * parameter to <code>"dms.c4.large"</code> . For more information on the settings and capacities
   * for the available replication instance classes, see <a
   * href="https://docs.aws.amazon.com/dms/latest/userguide/CHAP_ReplicationInstance.html#CHAP_ReplicationInstance.InDepth">Selecting
   * the right AWS DMS replication instance for your migration</a> in the <em>AWS Database Migration
   * Service User Guide</em> .
   *
   * <p>Required. CloudFormation property {@code ReplicationInstanceClass}.
   */
  public ReplicationInstance replicationInstanceClass(String value) {
    return set("ReplicationInstanceClass", Value.of(value));
  }

  /**
   * Sets {@code ReplicationInstanceClass} to this value; see {@link
   * #replicationInstanceClass(String)}.
   */
  public ReplicationInstance replicationInstanceClass(Value<String> value) {
    return set("ReplicationInstanceClass", value);
  }

  /**
   * The replication instance identifier. This parameter is stored as a lowercase string.
   *
   * <p>Constraints:
   *
   * <ul> <li>Must contain 1-63 alphanumeric characters or hyphens. <li>First character must be a
   * letter. <li>Can't end with a hyphen or contain two consecutive hyphens. </ul>
   *
   * <p>Example: <code>myrepinstance</code>
   *
   * <p>CloudFormation property {@code ReplicationInstanceIdentifier}.
   */
  public ReplicationInstance replicationInstanceIdentifier(String value) {
    return set("ReplicationInstanceIdentifier", Value.of(value));
  }

  /**
   * Sets {@code ReplicationInstanceIdentifier} to this value; see {@link
   * #replicationInstanceIdentifier(String)}.
   */
  public ReplicationInstance replicationInstanceIdentifier(Value<String> value) {
    return set("ReplicationInstanceIdentifier", value);
  }

  /**
   * A subnet group to associate with the replication instance.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code
   * ReplicationSubnetGroupIdentifier}.
   */
  public ReplicationInstance replicationSubnetGroupIdentifier(String value) {
    return set("ReplicationSubnetGroupIdentifier", Value.of(value));
  }

  /**
   * Sets {@code ReplicationSubnetGroupIdentifier} to this value; see {@link
   * #replicationSubnetGroupIdentifier(String)}.
   */
  public ReplicationInstance replicationSubnetGroupIdentifier(Value<String> value) {
    return set("ReplicationSubnetGroupIdentifier", value);
  }

  /**
   * A display name for the resource identifier at the end of the <code>EndpointArn</code> response
   * parameter that is returned in the created <code>Endpoint</code> object. The value for this
   * parameter can have up to 31 characters. It can contain only ASCII letters, digits, and hyphen
   * ('-'). Also, it can't end with a hyphen or contain two consecutive hyphens, and can only begin
   * with a letter, such as <code>Example-App-ARN1</code> . For example, this value might result in
   * the <code>EndpointArn</code> value
   * <code>arn:aws:dms:eu-west-1:012345678901:rep:Example-App-ARN1</code> . If you don't specify a
   * <code>ResourceIdentifier</code> value, AWS DMS generates a default identifier value for the end
   * of <code>EndpointArn</code> .
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code ResourceIdentifier}.
   */
  public ReplicationInstance resourceIdentifier(String value) {
    return set("ResourceIdentifier", Value.of(value));
  }

  /** Sets {@code ResourceIdentifier} to this value; see {@link #resourceIdentifier(String)}. */
  public ReplicationInstance resourceIdentifier(Value<String> value) {
    return set("ResourceIdentifier", value);
  }

  /**
   * One or more tags to be assigned to the replication instance.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public ReplicationInstance tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public ReplicationInstance tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public ReplicationInstance tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * Specifies the virtual private cloud (VPC) security group to be used with the replication
   * instance. The VPC security group must work with the VPC containing the replication instance.
   *
   * <p>Format: {@code AWS::EC2::SecurityGroup.Id}. CloudFormation property {@code
   * VpcSecurityGroupIds}.
   */
  public ReplicationInstance vpcSecurityGroupIds(List<String> value) {
    return set("VpcSecurityGroupIds", Value.listOf(value));
  }

  /** Sets {@code VpcSecurityGroupIds} to this value; see {@link #vpcSecurityGroupIds(List)}. */
  public ReplicationInstance vpcSecurityGroupIds(Value<List<String>> value) {
    return set("VpcSecurityGroupIds", value);
  }

  /** {@code Fn::GetAtt} attribute {@code Id}. */
  public Value<String> id() {
    return getAtt("Id");
  }

  /**
   * One or more private IP addresses for the replication instance.
   *
   * <p>{@code Fn::GetAtt} attribute {@code ReplicationInstancePrivateIpAddresses}.
   */
  public Value<String> replicationInstancePrivateIpAddresses() {
    return getAtt("ReplicationInstancePrivateIpAddresses");
  }

  /**
   * One or more public IP addresses for the replication instance.
   *
   * <p>{@code Fn::GetAtt} attribute {@code ReplicationInstancePublicIpAddresses}.
   */
  public Value<String> replicationInstancePublicIpAddresses() {
    return getAtt("ReplicationInstancePublicIpAddresses");
  }
}
