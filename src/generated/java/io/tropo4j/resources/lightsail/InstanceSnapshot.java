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
 * Describes an instance snapshot.
 *
 * <p>CloudFormation type {@code AWS::Lightsail::InstanceSnapshot}.
 */
public final class InstanceSnapshot extends Resource<InstanceSnapshot> {
  private static final Schema SCHEMA = Schema.builder("AWS::Lightsail::InstanceSnapshot")
      .required("InstanceName", "InstanceSnapshotName")
      .constrain("InstanceName", Constraint.of().pattern("^\\w[\\w\\-]*\\w$"))
      .constrain("InstanceSnapshotName", Constraint.of().pattern("^\\w[\\w\\-]*\\w$"))
      .refYields("InstanceSnapshotName")
      .attributes("Arn", "FromInstanceArn", "FromInstanceName", "IsFromAutoSnapshot", "Location",
          "ResourceType", "SizeInGb", "State", "SupportCode")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public InstanceSnapshot(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The name the user gave the instance ( <code>Amazon_Linux_2023-1</code> ).
   *
   * <p>Required. Changing it replaces the resource. Pattern: {@code ^&#92;w[&#92;w&#92;-]*&#92;w$}.
   * CloudFormation property {@code InstanceName}.
   */
  public InstanceSnapshot instanceName(String value) {
    return set("InstanceName", Value.of(value));
  }

  /** Sets {@code InstanceName} to this value; see {@link #instanceName(String)}. */
  public InstanceSnapshot instanceName(Value<String> value) {
    return set("InstanceName", value);
  }

  /**
   * The name of the snapshot.
   *
   * <p>Required. Changing it replaces the resource. Pattern: {@code ^&#92;w[&#92;w&#92;-]*&#92;w$}.
   * CloudFormation property {@code InstanceSnapshotName}.
   */
  public InstanceSnapshot instanceSnapshotName(String value) {
    return set("InstanceSnapshotName", Value.of(value));
  }

  /** Sets {@code InstanceSnapshotName} to this value; see {@link #instanceSnapshotName(String)}. */
  public InstanceSnapshot instanceSnapshotName(Value<String> value) {
    return set("InstanceSnapshotName", value);
  }

  /**
   * The tag keys and optional values for the resource. For more information about tags in
   * Lightsail, see the <a
   * href="https://docs.aws.amazon.com/lightsail/latest/userguide/amazon-lightsail-tags">Amazon
   * Lightsail Developer Guide</a> .
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public InstanceSnapshot tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public InstanceSnapshot tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public InstanceSnapshot tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The Amazon Resource Name (ARN) of the snapshot (
   * <code>arn:aws:lightsail:us-east-2:123456789101:InstanceSnapshot/d23b5706-3322-4d83-81e5-12345EXAMPLE</code>
   * ).
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * The Amazon Resource Name (ARN) of the instance from which the snapshot was created (
   * <code>arn:aws:lightsail:us-east-2:123456789101:Instance/64b8404c-ccb1-430b-8daf-12345EXAMPLE</code>
   * ).
   *
   * <p>{@code Fn::GetAtt} attribute {@code FromInstanceArn}.
   */
  public Value<String> fromInstanceArn() {
    return getAtt("FromInstanceArn");
  }

  /**
   * The instance from which the snapshot was created.
   *
   * <p>{@code Fn::GetAtt} attribute {@code FromInstanceName}.
   */
  public Value<String> fromInstanceName() {
    return getAtt("FromInstanceName");
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
   * The region name and Availability Zone where you created the snapshot.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Location}.
   */
  public Value<Location> location() {
    return getAtt("Location");
  }

  /**
   * The type of resource (usually <code>InstanceSnapshot</code> ).
   *
   * <p>{@code Fn::GetAtt} attribute {@code ResourceType}.
   */
  public Value<String> resourceType() {
    return getAtt("ResourceType");
  }

  /**
   * The size in GB of the SSD.
   *
   * <p>{@code Fn::GetAtt} attribute {@code SizeInGb}.
   */
  public Value<Integer> sizeInGb() {
    return getAtt("SizeInGb");
  }

  /**
   * The state the snapshot is in.
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
   * The region name and Availability Zone where you created the snapshot.
   *
   * <p>Property type {@code AWS::Lightsail::InstanceSnapshot.Location}.
   */
  public static final class Location extends Struct<Location> {
    private static final Schema SCHEMA = Schema.of("AWS::Lightsail::InstanceSnapshot.Location");

    public Location() {
      super(SCHEMA);
    }

    /**
     * The Availability Zone. Follows the format us-east-2a (case-sensitive).
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
     * The AWS Region name.
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
