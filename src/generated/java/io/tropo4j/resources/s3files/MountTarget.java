// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.s3files;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Resource Type definition for AWS::S3Files::MountTarget
 *
 * <p>CloudFormation type {@code AWS::S3Files::MountTarget}.
 */
public final class MountTarget extends Resource<MountTarget> {
  private static final Schema SCHEMA = Schema.builder("AWS::S3Files::MountTarget")
      .required("FileSystemId", "SubnetId")
      .constrain("FileSystemId", Constraint.of().pattern("^(arn:aws[-a-z]*:s3files:[0-9a-z-:]+:file-system/fs-[0-9a-f]{17,40}|fs-[0-9a-f]{17,40})$").maxLength(128))
      .allowed("IpAddressType", "IPV4_ONLY", "IPV6_ONLY", "DUAL_STACK")
      .constrain("Ipv4Address", Constraint.of().pattern("^[0-9]{1,3}\\.[0-9]{1,3}\\.[0-9]{1,3}\\.[0-9]{1,3}$").minLength(7).maxLength(15))
      .constrain("Ipv6Address", Constraint.of().minLength(3).maxLength(39))
      .constrain("SecurityGroups", Constraint.of().pattern("^(sg-[0-9a-f]{8,40})$").minLength(11).maxLength(43).format("AWS::EC2::SecurityGroup.Id"))
      .constrain("SubnetId", Constraint.of().pattern("^subnet-[0-9a-f]{8,40}$").minLength(15).maxLength(47).format("AWS::EC2::Subnet.Id"))
      .refYields("MountTargetId")
      .attributes("AvailabilityZoneId", "MountTargetId", "NetworkInterfaceId", "OwnerId", "Status",
          "StatusMessage", "VpcId")
      .build();

  public MountTarget(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * Required. Changing it replaces the resource. Length: at most 128 characters. Pattern: {@code
   * ^(arn:aws[-a-z]*:s3files:[0-9a-z-:]+:file-system/fs-[0-9a-f]{17,40}|fs-[0-9a-f]{17,40})$}.
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
   * Changing it replaces the resource. Allowed values: {@code IPV4_ONLY}, {@code IPV6_ONLY}, {@code
   * DUAL_STACK}. CloudFormation property {@code IpAddressType}.
   */
  public MountTarget ipAddressType(String value) {
    return set("IpAddressType", Value.of(value));
  }

  /** Sets {@code IpAddressType} to this value; see {@link #ipAddressType(String)}. */
  public MountTarget ipAddressType(Value<String> value) {
    return set("IpAddressType", value);
  }

  /**
   * Changing it replaces the resource. Length: 7 to 15 characters. Pattern: {@code
   * ^[0-9]{1,3}&#92;.[0-9]{1,3}&#92;.[0-9]{1,3}&#92;.[0-9]{1,3}$}. CloudFormation property {@code
   * Ipv4Address}.
   */
  public MountTarget ipv4Address(String value) {
    return set("Ipv4Address", Value.of(value));
  }

  /** Sets {@code Ipv4Address} to this value; see {@link #ipv4Address(String)}. */
  public MountTarget ipv4Address(Value<String> value) {
    return set("Ipv4Address", value);
  }

  /**
   * Changing it replaces the resource. Length: 3 to 39 characters. CloudFormation property {@code
   * Ipv6Address}.
   */
  public MountTarget ipv6Address(String value) {
    return set("Ipv6Address", Value.of(value));
  }

  /** Sets {@code Ipv6Address} to this value; see {@link #ipv6Address(String)}. */
  public MountTarget ipv6Address(Value<String> value) {
    return set("Ipv6Address", value);
  }

  /**
   * Length: 11 to 43 characters. Pattern: {@code ^(sg-[0-9a-f]{8,40})$}. Format: {@code
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
   * Required. Changing it replaces the resource. Length: 15 to 47 characters. Pattern: {@code
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

  /** {@code Fn::GetAtt} attribute {@code AvailabilityZoneId}. */
  public Value<String> availabilityZoneId() {
    return getAtt("AvailabilityZoneId");
  }

  /** {@code Fn::GetAtt} attribute {@code MountTargetId}. */
  public Value<String> mountTargetId() {
    return getAtt("MountTargetId");
  }

  /** {@code Fn::GetAtt} attribute {@code NetworkInterfaceId}. */
  public Value<String> networkInterfaceId() {
    return getAtt("NetworkInterfaceId");
  }

  /** {@code Fn::GetAtt} attribute {@code OwnerId}. */
  public Value<String> ownerId() {
    return getAtt("OwnerId");
  }

  /** {@code Fn::GetAtt} attribute {@code Status}. */
  public Value<String> status() {
    return getAtt("Status");
  }

  /** {@code Fn::GetAtt} attribute {@code StatusMessage}. */
  public Value<String> statusMessage() {
    return getAtt("StatusMessage");
  }

  /** {@code Fn::GetAtt} attribute {@code VpcId}. */
  public Value<String> vpcId() {
    return getAtt("VpcId");
  }
}
