// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.efs;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.fn.Value;
import io.tropo4j.resources.ec2.SecurityGroup;
import io.tropo4j.resources.ec2.Subnet;
import java.util.List;

/**
 * The <code>AWS::EFS::MountTarget</code> resource is an Amazon EFS resource that creates a mount
 * target for an EFS file system. You can then mount the file system on Amazon EC2 instances or
 * other resources by using the mount target.
 *
 * <p>CloudFormation type {@code AWS::EFS::MountTarget}.
 */
public final class MountTarget extends Resource<MountTarget> {
  private static final Schema SCHEMA = Schema.builder("AWS::EFS::MountTarget")
      .required("FileSystemId", "SecurityGroups", "SubnetId")
      .constrain("FileSystemId", Constraint.of().pattern("^(arn:aws[-a-z]*:elasticfilesystem:[0-9a-z-:]+:file-system/fs-[0-9a-f]{8,40}|fs-[0-9a-f]{8,40})$").minLength(0).maxLength(128))
      .references("FileSystemId", "AWS::EFS::FileSystem.Ref")
      .constrain("IpAddress", Constraint.of().pattern("^[0-9]{1,3}\\.[0-9]{1,3}\\.[0-9]{1,3}\\.[0-9]{1,3}$").minLength(7).maxLength(15))
      .allowed("IpAddressType", "IPV4_ONLY", "IPV6_ONLY", "DUAL_STACK")
      .constrain("Ipv6Address", Constraint.of().minLength(3).maxLength(39))
      .constrain("SecurityGroups", Constraint.of().pattern("^sg-[0-9a-f]{8,40}$").minLength(11).maxLength(43).format("AWS::EC2::SecurityGroup.Id"))
      .references("SecurityGroups", "AWS::EC2::SecurityGroup.GroupId")
      .constrain("SubnetId", Constraint.of().pattern("^subnet-[0-9a-f]{8,40}$").minLength(15).maxLength(47).format("AWS::EC2::Subnet.Id"))
      .references("SubnetId", "AWS::EC2::Subnet.Ref")
      .refYields("Id")
      .attributes("Id", "IpAddress")
      .build();

  public MountTarget(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The ID of the file system for which to create the mount target.
   *
   * <p>Required. Changing it replaces the resource. Length: 0 to 128 characters. Pattern: {@code
   * ^(arn:aws[-a-z]*:elasticfilesystem:[0-9a-z-:]+:file-system/fs-[0-9a-f]{8,40}|fs-[0-9a-f]{8,40})$}.
   * CloudFormation property {@code FileSystemId}.
   */
  public MountTarget fileSystemId(String value) {
    return set("FileSystemId", Value.of(value));
  }

  /** Sets {@code FileSystemId} to this value; see {@link #fileSystemId(String)}. */
  public MountTarget fileSystemId(Value<String> value) {
    return set("FileSystemId", value);
  }

  /**
   * Sets {@code FileSystemId} to the Ref of {@code AWS::EFS::FileSystem}; see {@link
   * #fileSystemId(String)}.
   */
  public MountTarget fileSystemId(FileSystem resource) {
    return set("FileSystemId", resource.ref());
  }

  /**
   * If the <code>IpAddressType</code> for the mount target is IPv4 ( <code>IPV4_ONLY</code> or
   * <code>DUAL_STACK</code> ), then specify the IPv4 address to use. If you do not specify an
   * <code>IpAddress</code> , then Amazon EFS selects an unused IP address from the subnet specified
   * for <code>SubnetId</code> .
   *
   * <p>Changing it replaces the resource. Length: 7 to 15 characters. Pattern: {@code
   * ^[0-9]{1,3}&#92;.[0-9]{1,3}&#92;.[0-9]{1,3}&#92;.[0-9]{1,3}$}. CloudFormation property {@code
   * IpAddress}.
   */
  public MountTarget ipAddress(String value) {
    return set("IpAddress", Value.of(value));
  }

  /** Sets {@code IpAddress} to this value; see {@link #ipAddress(String)}. */
  public MountTarget ipAddress(Value<String> value) {
    return set("IpAddress", value);
  }

  /**
   * The IP address type for the mount target. The possible values are <code>IPV4_ONLY</code> (only
   * IPv4 addresses), <code>IPV6_ONLY</code> (only IPv6 addresses), and <code>DUAL_STACK</code>
   * (dual-stack, both IPv4 and IPv6 addresses). If you don’t specify an <code>IpAddressType</code>
   * , then <code>IPV4_ONLY</code> is used.
   *
   * <p>The <code>IPAddressType</code> must match the IP type of the subnet. Additionally, the
   * <code>IPAddressType</code> parameter overrides the value set as the default IP address for the
   * subnet in the VPC. For example, if the <code>IPAddressType</code> is <code>IPV4_ONLY</code> and
   * <code>AssignIpv6AddressOnCreation</code> is <code>true</code> , then IPv4 is used for the mount
   * target. For more information, see <a
   * href="https://docs.aws.amazon.com/vpc/latest/userguide/subnet-public-ip.html">Modify the IP
   * addressing attributes of your subnet</a> .
   *
   * <p>Changing it replaces the resource. Allowed values: {@code IPV4_ONLY}, {@code IPV6_ONLY},
   * {@code DUAL_STACK}. CloudFormation property {@code IpAddressType}.
   */
  public MountTarget ipAddressType(String value) {
    return set("IpAddressType", Value.of(value));
  }

  /** Sets {@code IpAddressType} to this value; see {@link #ipAddressType(String)}. */
  public MountTarget ipAddressType(Value<String> value) {
    return set("IpAddressType", value);
  }

  /**
   * If the <code>IPAddressType</code> for the mount target is IPv6 ( <code>IPV6_ONLY</code> or
   * <code>DUAL_STACK</code> ), then specify the IPv6 address to use. If you do not specify an
   * <code>Ipv6Address</code> , then Amazon EFS selects an unused IP address from the subnet
   * specified for <code>SubnetId</code> .
   *
   * <p>Changing it replaces the resource. Length: 3 to 39 characters. CloudFormation property
   * {@code Ipv6Address}.
   */
  public MountTarget ipv6Address(String value) {
    return set("Ipv6Address", Value.of(value));
  }

  /** Sets {@code Ipv6Address} to this value; see {@link #ipv6Address(String)}. */
  public MountTarget ipv6Address(Value<String> value) {
    return set("Ipv6Address", value);
  }

  /**
   * VPC security group IDs, of the form <code>sg-xxxxxxxx</code> . These must be for the same VPC
   * as the subnet specified. The maximum number of security groups depends on account quota. For
   * more information, see <a
   * href="https://docs.aws.amazon.com/vpc/latest/userguide/amazon-vpc-limits.html">Amazon VPC
   * Quotas</a> in the <em>Amazon VPC User Guide</em> (see the <em>Security Groups</em> table). If
   * you don't specify a security group, then Amazon EFS uses the default security group for the
   * subnet's VPC.
   *
   * <p>Required. Length: 11 to 43 characters. Pattern: {@code ^sg-[0-9a-f]{8,40}$}. Format: {@code
   * AWS::EC2::SecurityGroup.Id}. CloudFormation property {@code SecurityGroups}.
   */
  public MountTarget securityGroups(List<String> value) {
    return set("SecurityGroups", Value.listOf(value));
  }

  /** Sets {@code SecurityGroups} to this value; see {@link #securityGroups(List)}. */
  public MountTarget securityGroups(Value<List<String>> value) {
    return set("SecurityGroups", value);
  }

  /**
   * Sets {@code SecurityGroups} to the GroupId of each {@code AWS::EC2::SecurityGroup}; see {@link
   * #securityGroups(List)}.
   */
  public MountTarget securityGroups(SecurityGroup... resources) {
    return set("SecurityGroups", Value.attributes("GroupId", resources));
  }

  /**
   * The ID of the subnet to add the mount target in. For One Zone file systems, use the subnet that
   * is associated with the file system's Availability Zone. The subnet type must be the same type
   * as the <code>IpAddressType</code> .
   *
   * <p>Required. Changing it replaces the resource. Length: 15 to 47 characters. Pattern: {@code
   * ^subnet-[0-9a-f]{8,40}$}. Format: {@code AWS::EC2::Subnet.Id}. CloudFormation property {@code
   * SubnetId}.
   */
  public MountTarget subnetId(String value) {
    return set("SubnetId", Value.of(value));
  }

  /** Sets {@code SubnetId} to this value; see {@link #subnetId(String)}. */
  public MountTarget subnetId(Value<String> value) {
    return set("SubnetId", value);
  }

  /**
   * Sets {@code SubnetId} to the Ref of {@code AWS::EC2::Subnet}; see {@link #subnetId(String)}.
   */
  public MountTarget subnetId(Subnet resource) {
    return set("SubnetId", resource.ref());
  }

  /**
   * The ID of the Amazon EFS file system that the mount target provides access to.
   *
   * <p>Example: <code>fs-0123456789111222a</code>
   *
   * <p>{@code Fn::GetAtt} attribute {@code Id}.
   */
  public Value<String> id() {
    return getAtt("Id");
  }

  /**
   * The IPv4 address of the mount target.
   *
   * <p>Example: 192.0.2.0
   *
   * <p>{@code Fn::GetAtt} attribute {@code IpAddress}.
   */
  public Value<String> ipAddress() {
    return getAtt("IpAddress");
  }
}
