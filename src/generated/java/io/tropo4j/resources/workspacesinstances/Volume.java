// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.workspacesinstances;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Resource Type definition for AWS::WorkspacesInstances::Volume - Manages WorkSpaces Volume
 * resources
 *
 * <p>CloudFormation type {@code AWS::WorkspacesInstances::Volume}.
 */
public final class Volume extends Resource<Volume> {
  private static final Schema SCHEMA = Schema.builder("AWS::WorkspacesInstances::Volume")
      .required("AvailabilityZone")
      .constrain("AvailabilityZone", Constraint.of().pattern("^[a-z]{2}-[a-z]+-\\d[a-z](-[a-z0-9]+)?$").minLength(0).maxLength(64))
      .constrain("Iops", Constraint.of().minimum(0))
      .constrain("SizeInGB", Constraint.of().minimum(0).maximum(16384))
      .constrain("SnapshotId", Constraint.of().pattern("^snap-[0-9a-zA-Z]{1,63}$"))
      .constrain("Throughput", Constraint.of().minimum(0))
      .allowed("VolumeType", "standard", "io1", "io2", "gp2", "sc1", "st1", "gp3")
      .refYields("VolumeId")
      .attributes("VolumeId")
      .build();

  public Volume(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The Availability Zone in which to create the volume
   *
   * <p>Required. Changing it replaces the resource. Length: 0 to 64 characters. Pattern: {@code
   * ^[a-z]{2}-[a-z]+-&#92;d[a-z](-[a-z0-9]+)?$}. CloudFormation property {@code AvailabilityZone}.
   */
  public Volume availabilityZone(String value) {
    return set("AvailabilityZone", Value.of(value));
  }

  /** Sets {@code AvailabilityZone} to this value; see {@link #availabilityZone(String)}. */
  public Volume availabilityZone(Value<String> value) {
    return set("AvailabilityZone", value);
  }

  /**
   * Indicates whether the volume should be encrypted
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code Encrypted}.
   */
  public Volume encrypted(boolean value) {
    return set("Encrypted", Value.of(value));
  }

  /** Sets {@code Encrypted} to this value; see {@link #encrypted(boolean)}. */
  public Volume encrypted(Value<Boolean> value) {
    return set("Encrypted", value);
  }

  /**
   * The number of I/O operations per second (IOPS)
   *
   * <p>Changing it replaces the resource. Range: at least 0. CloudFormation property {@code Iops}.
   */
  public Volume iops(int value) {
    return set("Iops", Value.of(value));
  }

  /** Sets {@code Iops} to this value; see {@link #iops(int)}. */
  public Volume iops(Value<Integer> value) {
    return set("Iops", value);
  }

  /**
   * The identifier of the AWS Key Management Service (AWS KMS) customer master key (CMK) to use for
   * Amazon EBS encryption
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code KmsKeyId}.
   */
  public Volume kmsKeyId(String value) {
    return set("KmsKeyId", Value.of(value));
  }

  /** Sets {@code KmsKeyId} to this value; see {@link #kmsKeyId(String)}. */
  public Volume kmsKeyId(Value<String> value) {
    return set("KmsKeyId", value);
  }

  /**
   * The size of the volume, in GiBs
   *
   * <p>Changing it replaces the resource. Range: 0 to 16384. CloudFormation property {@code
   * SizeInGB}.
   */
  public Volume sizeInGB(int value) {
    return set("SizeInGB", Value.of(value));
  }

  /** Sets {@code SizeInGB} to this value; see {@link #sizeInGB(int)}. */
  public Volume sizeInGB(Value<Integer> value) {
    return set("SizeInGB", value);
  }

  /**
   * The snapshot from which to create the volume
   *
   * <p>Changing it replaces the resource. Pattern: {@code ^snap-[0-9a-zA-Z]{1,63}$}. CloudFormation
   * property {@code SnapshotId}.
   */
  public Volume snapshotId(String value) {
    return set("SnapshotId", Value.of(value));
  }

  /** Sets {@code SnapshotId} to this value; see {@link #snapshotId(String)}. */
  public Volume snapshotId(Value<String> value) {
    return set("SnapshotId", value);
  }

  /**
   * The tags passed to EBS volume
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code TagSpecifications}.
   */
  public Volume tagSpecifications(List<TagSpecification> value) {
    return set("TagSpecifications", Value.listOf(value));
  }

  /** Sets {@code TagSpecifications} to this value; see {@link #tagSpecifications(List)}. */
  public Volume tagSpecifications(Value<List<TagSpecification>> value) {
    return set("TagSpecifications", value);
  }

  /** Sets {@code TagSpecifications} to a list of these; see {@link #tagSpecifications(List)}. */
  public Volume tagSpecifications(TagSpecification... values) {
    return set("TagSpecifications", Value.list(values));
  }

  /**
   * The throughput to provision for a volume, with a maximum of 1,000 MiB/s
   *
   * <p>Changing it replaces the resource. Range: at least 0. CloudFormation property {@code
   * Throughput}.
   */
  public Volume throughput(int value) {
    return set("Throughput", Value.of(value));
  }

  /** Sets {@code Throughput} to this value; see {@link #throughput(int)}. */
  public Volume throughput(Value<Integer> value) {
    return set("Throughput", value);
  }

  /**
   * The volume type
   *
   * <p>Changing it replaces the resource. Allowed values: {@code standard}, {@code io1}, {@code
   * io2}, {@code gp2}, {@code sc1}, {@code st1}, {@code gp3}. CloudFormation property {@code
   * VolumeType}.
   */
  public Volume volumeType(String value) {
    return set("VolumeType", Value.of(value));
  }

  /** Sets {@code VolumeType} to this value; see {@link #volumeType(String)}. */
  public Volume volumeType(Value<String> value) {
    return set("VolumeType", value);
  }

  /**
   * Unique identifier for the volume
   *
   * <p>{@code Fn::GetAtt} attribute {@code VolumeId}.
   */
  public Value<String> volumeId() {
    return getAtt("VolumeId");
  }

  /** Property type {@code AWS::WorkspacesInstances::Volume.TagSpecification}. */
  public static final class TagSpecification extends Struct<TagSpecification> {
    private static final Schema SCHEMA = Schema.builder("AWS::WorkspacesInstances::Volume.TagSpecification")
        .allowed("ResourceType", "instance", "volume", "spot-instances-request",
            "network-interface")
        .build();

    public TagSpecification() {
      super(SCHEMA);
    }

    /**
     * Allowed values: {@code instance}, {@code volume}, {@code spot-instances-request}, {@code
     * network-interface}. CloudFormation property {@code ResourceType}.
     */
    public TagSpecification resourceType(String value) {
      return set("ResourceType", Value.of(value));
    }

    /** Sets {@code ResourceType} to this value; see {@link #resourceType(String)}. */
    public TagSpecification resourceType(Value<String> value) {
      return set("ResourceType", value);
    }

    /**
     * The tags to apply to the resource
     *
     * <p>CloudFormation property {@code Tags}.
     */
    public TagSpecification tags(List<Tag> value) {
      return set("Tags", Value.listOf(value));
    }

    /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
    public TagSpecification tags(Value<List<Tag>> value) {
      return set("Tags", value);
    }
  }
}
