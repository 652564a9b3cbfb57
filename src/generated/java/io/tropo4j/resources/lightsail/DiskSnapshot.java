// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.lightsail;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Describes a block storage disk snapshot.
 *
 * <p>CloudFormation type {@code AWS::Lightsail::DiskSnapshot}.
 */
public final class DiskSnapshot extends Resource<DiskSnapshot> {
  private static final Schema SCHEMA = Schema.builder("AWS::Lightsail::DiskSnapshot")
      .required("DiskName", "DiskSnapshotName")
      .constrain("DiskName", Constraint.of().pattern("^\\w[\\w\\-]*\\w$").minLength(2).maxLength(255))
      .constrain("DiskSnapshotName", Constraint.of().pattern("^\\w[\\w\\-]*\\w$").minLength(2).maxLength(255))
      .refYields("DiskSnapshotName")
      .attributes("CreatedAt", "DiskSnapshotArn", "FromDiskName", "IsFromAutoSnapshot", "Location",
          "Progress", "ResourceType", "SizeInGb", "State", "SupportCode")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public DiskSnapshot(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The unique name of the disk.
   *
   * <p>Required. Changing it replaces the resource. Length: 2 to 255 characters. Pattern: {@code
   * ^&#92;w[&#92;w&#92;-]*&#92;w$}. CloudFormation property {@code DiskName}.
   */
  public DiskSnapshot diskName(String value) {
    return set("DiskName", Value.of(value));
  }

  /** Sets {@code DiskName} to this value; see {@link #diskName(String)}. */
  public DiskSnapshot diskName(Value<String> value) {
    return set("DiskName", value);
  }

  /**
   * The name of the disk snapshot ( <code>my-disk-snapshot</code> ).
   *
   * <p>Required. Changing it replaces the resource. Length: 2 to 255 characters. Pattern: {@code
   * ^&#92;w[&#92;w&#92;-]*&#92;w$}. CloudFormation property {@code DiskSnapshotName}.
   */
  public DiskSnapshot diskSnapshotName(String value) {
    return set("DiskSnapshotName", Value.of(value));
  }

  /** Sets {@code DiskSnapshotName} to this value; see {@link #diskSnapshotName(String)}. */
  public DiskSnapshot diskSnapshotName(Value<String> value) {
    return set("DiskSnapshotName", value);
  }

  /**
   * The tag keys and optional values for the resource. For more information about tags in
   * Lightsail, see the <a
   * href="https://docs.aws.amazon.com/lightsail/latest/userguide/amazon-lightsail-tags">Amazon
   * Lightsail Developer Guide</a> .
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public DiskSnapshot tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public DiskSnapshot tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public DiskSnapshot tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The date when the disk snapshot was created.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CreatedAt}.
   */
  public Value<String> createdAt() {
    return getAtt("CreatedAt");
  }

  /**
   * The Amazon Resource Name (ARN) of the disk snapshot.
   *
   * <p>{@code Fn::GetAtt} attribute {@code DiskSnapshotArn}.
   */
  public Value<String> diskSnapshotArn() {
    return getAtt("DiskSnapshotArn");
  }

  /**
   * The unique name of the source disk from which the disk snapshot was created.
   *
   * <p>{@code Fn::GetAtt} attribute {@code FromDiskName}.
   */
  public Value<String> fromDiskName() {
    return getAtt("FromDiskName");
  }

  /**
   * A Boolean value indicating whether the snapshot was created from an automatic snapshot.
   *
   * <p>{@code Fn::GetAtt} attribute {@code IsFromAutoSnapshot}.
   */
  public Value<Boolean> isFromAutoSnapshot() {
    return getAtt("IsFromAutoSnapshot");
  }

  /**
   * The AWS Region and Availability Zone where the disk snapshot was created.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Location}.
   */
  public Value<Location> location() {
    return getAtt("Location");
  }

  /**
   * The progress of the snapshot.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Progress}.
   */
  public Value<String> progress() {
    return getAtt("Progress");
  }

  /**
   * The Lightsail resource type ( <code>DiskSnapshot</code> ).
   *
   * <p>{@code Fn::GetAtt} attribute {@code ResourceType}.
   */
  public Value<String> resourceType() {
    return getAtt("ResourceType");
  }

  /**
   * The size of the disk in GB.
   *
   * <p>{@code Fn::GetAtt} attribute {@code SizeInGb}.
   */
  public Value<Integer> sizeInGb() {
    return getAtt("SizeInGb");
  }

  /**
   * The status of the disk snapshot operation.
   *
   * <p>{@code Fn::GetAtt} attribute {@code State}.
   */
  public Value<String> state() {
    return getAtt("State");
  }

  /**
   * The support code. Include this code in your email to support when you have questions about an
   * instance or another resource in Lightsail. This code enables our support team to look up your
   * Lightsail information more easily.
   *
   * <p>{@code Fn::GetAtt} attribute {@code SupportCode}.
   */
  public Value<String> supportCode() {
    return getAtt("SupportCode");
  }

  /**
   * The AWS Region and Availability Zone where the disk snapshot was created.
   *
   * <p>Property type {@code AWS::Lightsail::DiskSnapshot.Location}.
   */
  public static final class Location extends Struct<Location> {
    private static final Schema SCHEMA = Schema.of("AWS::Lightsail::DiskSnapshot.Location");

    public Location() {
      super(SCHEMA);
    }

    /**
     * The Availability Zone where the disk snapshot was created.
     *
     * <p>CloudFormation property {@code AvailabilityZone}.
     */
    public Location availabilityZone(String value) {
      return set("AvailabilityZone", Value.of(value));
    }

    /** Sets {@code AvailabilityZone} to this value; see {@link #availabilityZone(String)}. */
    public Location availabilityZone(Value<String> value) {
      return set("AvailabilityZone", value);
    }

    /**
     * The AWS Region where the disk snapshot was created.
     *
     * <p>CloudFormation property {@code RegionName}.
     */
    public Location regionName(String value) {
      return set("RegionName", Value.of(value));
    }

    /** Sets {@code RegionName} to this value; see {@link #regionName(String)}. */
    public Location regionName(Value<String> value) {
      return set("RegionName", value);
    }
  }
}
