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
 * The <code>AWS::Lightsail::Disk</code> resource specifies a disk that can be attached to an Amazon
 * Lightsail instance that is in the same AWS Region and Availability Zone.
 *
 * <p>CloudFormation type {@code AWS::Lightsail::Disk}.
 */
public final class Disk extends Resource<Disk> {
  private static final Schema SCHEMA = Schema.builder("AWS::Lightsail::Disk")
      .required("DiskName", "SizeInGb")
      .constrain("AvailabilityZone", Constraint.of().pattern("\\S").minLength(1).maxLength(255))
      .constrain("DiskName", Constraint.of().pattern("^[a-zA-Z0-9][\\w\\-.]*[a-zA-Z0-9]$").minLength(1).maxLength(254))
      .refYields("DiskName")
      .attributes("AttachedTo", "AttachmentState", "DiskArn", "Iops", "IsAttached",
          "Location.AvailabilityZone", "Location.RegionName", "Path", "ResourceType", "State",
          "SupportCode")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public Disk(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * An array of add-ons for the disk.
   *
   * <p>If the disk has an add-on enabled when performing a delete disk request, the add-on is
   * automatically disabled before the disk is deleted.
   *
   * <p>CloudFormation property {@code AddOns}.
   */
  public Disk addOns(List<AddOn> value) {
    return set("AddOns", Value.listOf(value));
  }

  /** Sets {@code AddOns} to this value; see {@link #addOns(List)}. */
  public Disk addOns(Value<List<AddOn>> value) {
    return set("AddOns", value);
  }

  /** Sets {@code AddOns} to a list of these; see {@link #addOns(List)}. */
  public Disk addOns(AddOn... values) {
    return set("AddOns", Value.list(values));
  }

  /**
   * The AWS Region and Availability Zone location for the disk (for example,
   * <code>us-east-1a</code> ).
   *
   * <p>Changing it replaces the resource. Length: 1 to 255 characters. Pattern: {@code &#92;S}.
   * CloudFormation property {@code AvailabilityZone}.
   */
  public Disk availabilityZone(String value) {
    return set("AvailabilityZone", Value.of(value));
  }

  /** Sets {@code AvailabilityZone} to this value; see {@link #availabilityZone(String)}. */
  public Disk availabilityZone(Value<String> value) {
    return set("AvailabilityZone", value);
  }

  /**
   * The name of the disk.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 254 characters. Pattern: {@code
   * ^[a-zA-Z0-9][&#92;w&#92;-.]*[a-zA-Z0-9]$}. CloudFormation property {@code DiskName}.
   */
  public Disk diskName(String value) {
    return set("DiskName", Value.of(value));
  }

  /** Sets {@code DiskName} to this value; see {@link #diskName(String)}. */
  public Disk diskName(Value<String> value) {
    return set("DiskName", value);
  }

  /**
   * The AWS Region and Availability Zone where the disk is located.
   *
   * <p>CloudFormation property {@code Location}.
   */
  public Disk location(Value<Location> value) {
    return set("Location", value);
  }

  /**
   * The size of the disk in GB.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code SizeInGb}.
   */
  public Disk sizeInGb(int value) {
    return set("SizeInGb", Value.of(value));
  }

  /** Sets {@code SizeInGb} to this value; see {@link #sizeInGb(int)}. */
  public Disk sizeInGb(Value<Integer> value) {
    return set("SizeInGb", value);
  }

  /**
   * An array of key-value pairs to apply to this resource.
   *
   * <p>For more information, see <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-resource-tags.html">Tag</a>
   * in the <em>AWS CloudFormation User Guide</em> .
   *
   * <p>The <code>Value</code> of <code>Tags</code> is optional for Lightsail resources.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public Disk tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public Disk tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public Disk tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The resources to which the disk is attached.
   *
   * <p>{@code Fn::GetAtt} attribute {@code AttachedTo}.
   */
  public Value<String> attachedTo() {
    return getAtt("AttachedTo");
  }

  /**
   * (Deprecated) The attachment state of the disk.
   *
   * <p>In releases prior to November 14, 2017, this parameter returned <code>attached</code> for
   * system disks in the API response. It is now deprecated, but still included in the response. Use
   * <code>isAttached</code> instead.
   *
   * <p>{@code Fn::GetAtt} attribute {@code AttachmentState}.
   */
  public Value<String> attachmentState() {
    return getAtt("AttachmentState");
  }

  /**
   * The Amazon Resource Name (ARN) of the disk.
   *
   * <p>{@code Fn::GetAtt} attribute {@code DiskArn}.
   */
  public Value<String> diskArn() {
    return getAtt("DiskArn");
  }

  /**
   * The input/output operations per second (IOPS) of the disk.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Iops}.
   */
  public Value<Integer> iops() {
    return getAtt("Iops");
  }

  /**
   * A Boolean value indicating whether the disk is attached.
   *
   * <p>{@code Fn::GetAtt} attribute {@code IsAttached}.
   */
  public Value<Boolean> isAttached() {
    return getAtt("IsAttached");
  }

  /**
   * The Availability Zone where the disk is located.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Location.AvailabilityZone}.
   */
  public Value<String> locationAvailabilityZone() {
    return getAtt("Location.AvailabilityZone");
  }

  /**
   * The AWS Region where the disk is located.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Location.RegionName}.
   */
  public Value<String> locationRegionName() {
    return getAtt("Location.RegionName");
  }

  /**
   * The disk path.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Path}.
   */
  public Value<String> path() {
    return getAtt("Path");
  }

  /**
   * The resource type of the disk (for example, <code>Disk</code> ).
   *
   * <p>{@code Fn::GetAtt} attribute {@code ResourceType}.
   */
  public Value<String> resourceType() {
    return getAtt("ResourceType");
  }

  /**
   * The state of the disk (for example, <code>in-use</code> ).
   *
   * <p>{@code Fn::GetAtt} attribute {@code State}.
   */
  public Value<String> state() {
    return getAtt("State");
  }

  /**
   * The support code of the disk.
   *
   * <p>Include this code in your email to support when you have questions about a disk or another
   * resource in Lightsail . This code helps our support team to look up your Lightsail information.
   *
   * <p>{@code Fn::GetAtt} attribute {@code SupportCode}.
   */
  public Value<String> supportCode() {
    return getAtt("SupportCode");
  }

  /**
   * <code>AddOn</code> is a property of the <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-lightsail-disk.html">AWS::Lightsail::Disk</a>
   * resource. It describes the add-ons for a disk.
   *
   * <p>Property type {@code AWS::Lightsail::Disk.AddOn}.
   */
  public static final class AddOn extends Struct<AddOn> {
    private static final Schema SCHEMA = Schema.builder("AWS::Lightsail::Disk.AddOn")
        .required("AddOnType")
        .allowed("AddOnType", "AutoSnapshot", "StopInstanceOnIdle")
        .constrain("AddOnType", Constraint.of().minLength(1).maxLength(128))
        .allowed("Status", "Enabling", "Disabling", "Enabled", "Terminating", "Terminated",
            "Disabled", "Failed")
        .build();

    public AddOn() {
      super(SCHEMA);
    }

    /**
     * The add-on type (for example, <code>AutoSnapshot</code> ).
     *
     * <p><code>AutoSnapshot</code> is the only add-on that can be enabled for a disk.
     *
     * <p>Required. Allowed values: {@code AutoSnapshot}, {@code StopInstanceOnIdle}. Length: 1 to
     * 128 characters. CloudFormation property {@code AddOnType}.
     */
    public AddOn addOnType(String value) {
      return set("AddOnType", Value.of(value));
    }

    /** Sets {@code AddOnType} to this value; see {@link #addOnType(String)}. */
    public AddOn addOnType(Value<String> value) {
      return set("AddOnType", value);
    }

    /**
     * The parameters for the automatic snapshot add-on, such as the daily time when an automatic
     * snapshot will be created.
     *
     * <p>CloudFormation property {@code AutoSnapshotAddOnRequest}.
     */
    public AddOn autoSnapshotAddOnRequest(Value<AutoSnapshotAddOn> value) {
      return set("AutoSnapshotAddOnRequest", value);
    }

    /**
     * The status of the add-on.
     *
     * <p>Valid Values: <code>Enabled</code> | <code>Disabled</code>
     *
     * <p>Allowed values: {@code Enabling}, {@code Disabling}, {@code Enabled}, {@code Terminating},
     * {@code Terminated}, {@code Disabled}, {@code Failed}. CloudFormation property {@code Status}.
     */
    public AddOn status(String value) {
      return set("Status", Value.of(value));
    }

    /** Sets {@code Status} to this value; see {@link #status(String)}. */
    public AddOn status(Value<String> value) {
      return set("Status", value);
    }
  }

  /**
   * <code>AutoSnapshotAddOn</code> is a property of the <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-lightsail-disk-addon.html">AddOn</a>
   * property. It describes the automatic snapshot add-on for a disk.
   *
   * <p>Property type {@code AWS::Lightsail::Disk.AutoSnapshotAddOn}.
   */
  public static final class AutoSnapshotAddOn extends Struct<AutoSnapshotAddOn> {
    private static final Schema SCHEMA = Schema.builder("AWS::Lightsail::Disk.AutoSnapshotAddOn")
        .constrain("SnapshotTimeOfDay", Constraint.of().pattern("^[0-9]{2}:00$"))
        .build();

    public AutoSnapshotAddOn() {
      super(SCHEMA);
    }

    /**
     * The daily time when an automatic snapshot will be created.
     *
     * <p>Constraints:
     *
     * <ul> <li>Must be in <code>HH:00</code> format, and in an hourly increment. <li>Specified in
     * Coordinated Universal Time (UTC). <li>The snapshot will be automatically created between the
     * time specified and up to 45 minutes after. </ul>
     *
     * <p>Pattern: {@code ^[0-9]{2}:00$}. CloudFormation property {@code SnapshotTimeOfDay}.
     */
    public AutoSnapshotAddOn snapshotTimeOfDay(String value) {
      return set("SnapshotTimeOfDay", Value.of(value));
    }

    /** Sets {@code SnapshotTimeOfDay} to this value; see {@link #snapshotTimeOfDay(String)}. */
    public AutoSnapshotAddOn snapshotTimeOfDay(Value<String> value) {
      return set("SnapshotTimeOfDay", value);
    }
  }

  /**
   * The AWS Region and Availability Zone where the disk is located.
   *
   * <p>Property type {@code AWS::Lightsail::Disk.Location}.
   */
  public static final class Location extends Struct<Location> {
    private static final Schema SCHEMA = Schema.of("AWS::Lightsail::Disk.Location");

    public Location() {
      super(SCHEMA);
    }

    /**
     * The Availability Zone where the disk is located.
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
     * The AWS Region where the disk is located.
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
