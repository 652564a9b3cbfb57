// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.opsworks;

import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.fn.Value;

/**
 * http://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-opsworks-volume.html
 *
 * <p>CloudFormation type {@code AWS::OpsWorks::Volume}.
 */
public final class Volume extends Resource<Volume> {
  private static final Schema SCHEMA = Schema.builder("AWS::OpsWorks::Volume")
      .required("Ec2VolumeId", "StackId")
      .build();

  public Volume(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The Amazon EC2 volume ID.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code Ec2VolumeId}.
   */
  public Volume ec2VolumeId(String value) {
    return set("Ec2VolumeId", Value.of(value));
  }

  /** Sets {@code Ec2VolumeId} to this value; see {@link #ec2VolumeId(String)}. */
  public Volume ec2VolumeId(Value<String> value) {
    return set("Ec2VolumeId", value);
  }

  /**
   * The volume mount point. For example, "/mnt/disk1".
   *
   * <p>CloudFormation property {@code MountPoint}.
   */
  public Volume mountPoint(String value) {
    return set("MountPoint", Value.of(value));
  }

  /** Sets {@code MountPoint} to this value; see {@link #mountPoint(String)}. */
  public Volume mountPoint(Value<String> value) {
    return set("MountPoint", value);
  }

  /**
   * The volume name. Volume names are a maximum of 128 characters.
   *
   * <p>CloudFormation property {@code Name}.
   */
  public Volume name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public Volume name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * The stack ID.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code StackId}.
   */
  public Volume stackId(String value) {
    return set("StackId", Value.of(value));
  }

  /** Sets {@code StackId} to this value; see {@link #stackId(String)}. */
  public Volume stackId(Value<String> value) {
    return set("StackId", value);
  }
}
