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
 * The <code>AWS::Lightsail::Instance</code> resource specifies an Amazon Lightsail instance.
 *
 * <p>CloudFormation type {@code AWS::Lightsail::Instance}.
 */
public final class Instance extends Resource<Instance> {
  private static final Schema SCHEMA = Schema.builder("AWS::Lightsail::Instance")
      .required("BlueprintId", "BundleId", "InstanceName")
      .constrain("AvailabilityZone", Constraint.of().minLength(1).maxLength(255))
      .constrain("BlueprintId", Constraint.of().pattern("\\S").minLength(1).maxLength(255))
      .constrain("BundleId", Constraint.of().pattern("\\S").minLength(1).maxLength(255))
      .constrain("InstanceName", Constraint.of().pattern("^[a-zA-Z0-9][\\w\\-.]*[a-zA-Z0-9]$").minLength(1).maxLength(254))
      .constrain("KeyPairName", Constraint.of().pattern("^\\w[\\w\\-]*\\w$"))
      .refYields("InstanceName")
      .attributes("Hardware.CpuCount", "Hardware.RamSizeInGb", "InstanceArn", "Ipv6Addresses",
          "IsStaticIp", "Location.AvailabilityZone", "Location.RegionName",
          "Networking.MonthlyTransfer.GbPerMonthAllocated", "PrivateIpAddress", "PublicIpAddress",
          "ResourceType", "SshKeyName", "State.Code", "State.Name", "SupportCode", "UserName")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public Instance(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * An array of add-ons for the instance.
   *
   * <p>If the instance has an add-on enabled when performing a delete instance request, the add-on
   * is automatically disabled before the instance is deleted.
   *
   * <p>CloudFormation property {@code AddOns}.
   */
  public Instance addOns(List<AddOn> value) {
    return set("AddOns", Value.listOf(value));
  }

  /** Sets {@code AddOns} to this value; see {@link #addOns(List)}. */
  public Instance addOns(Value<List<AddOn>> value) {
    return set("AddOns", value);
  }

  /** Sets {@code AddOns} to a list of these; see {@link #addOns(List)}. */
  public Instance addOns(AddOn... values) {
    return set("AddOns", Value.list(values));
  }

  /**
   * The Availability Zone for the instance.
   *
   * <p>Changing it replaces the resource. Length: 1 to 255 characters. CloudFormation property
   * {@code AvailabilityZone}.
   */
  public Instance availabilityZone(String value) {
    return set("AvailabilityZone", Value.of(value));
  }

  /** Sets {@code AvailabilityZone} to this value; see {@link #availabilityZone(String)}. */
  public Instance availabilityZone(Value<String> value) {
    return set("AvailabilityZone", value);
  }

  /**
   * The blueprint ID for the instance (for example, <code>os_amlinux_2016_03</code> ).
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 255 characters. Pattern: {@code
   * &#92;S}. CloudFormation property {@code BlueprintId}.
   */
  public Instance blueprintId(String value) {
    return set("BlueprintId", Value.of(value));
  }

  /** Sets {@code BlueprintId} to this value; see {@link #blueprintId(String)}. */
  public Instance blueprintId(Value<String> value) {
    return set("BlueprintId", value);
  }

  /**
   * The bundle ID for the instance (for example, <code>micro_1_0</code> ).
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 255 characters. Pattern: {@code
   * &#92;S}. CloudFormation property {@code BundleId}.
   */
  public Instance bundleId(String value) {
    return set("BundleId", Value.of(value));
  }

  /** Sets {@code BundleId} to this value; see {@link #bundleId(String)}. */
  public Instance bundleId(Value<String> value) {
    return set("BundleId", value);
  }

  /**
   * The hardware properties for the instance, such as the vCPU count, attached disks, and amount of
   * RAM.
   *
   * <p>The instance restarts when performing an attach disk or detach disk request. This resets the
   * public IP address of your instance if a static IP isn't attached to it.
   *
   * <p>CloudFormation property {@code Hardware}.
   */
  public Instance hardware(Value<Hardware> value) {
    return set("Hardware", value);
  }

  /**
   * The name of the instance.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 254 characters. Pattern: {@code
   * ^[a-zA-Z0-9][&#92;w&#92;-.]*[a-zA-Z0-9]$}. CloudFormation property {@code InstanceName}.
   */
  public Instance instanceName(String value) {
    return set("InstanceName", Value.of(value));
  }

  /** Sets {@code InstanceName} to this value; see {@link #instanceName(String)}. */
  public Instance instanceName(Value<String> value) {
    return set("InstanceName", value);
  }

  /**
   * The name of the key pair to use for the instance.
   *
   * <p>If no key pair name is specified, the Regional Lightsail default key pair is used.
   *
   * <p>Pattern: {@code ^&#92;w[&#92;w&#92;-]*&#92;w$}. CloudFormation property {@code KeyPairName}.
   */
  public Instance keyPairName(String value) {
    return set("KeyPairName", Value.of(value));
  }

  /** Sets {@code KeyPairName} to this value; see {@link #keyPairName(String)}. */
  public Instance keyPairName(Value<String> value) {
    return set("KeyPairName", value);
  }

  /**
   * The location for the instance, such as the AWS Region and Availability Zone.
   *
   * <p>The <code>Location</code> property is read-only and should not be specified in a create
   * instance or update instance request.
   *
   * <p>CloudFormation property {@code Location}.
   */
  public Instance location(Value<Location> value) {
    return set("Location", value);
  }

  /**
   * The public ports and the monthly amount of data transfer allocated for the instance.
   *
   * <p>CloudFormation property {@code Networking}.
   */
  public Instance networking(Value<Networking> value) {
    return set("Networking", value);
  }

  /**
   * The status code and the state (for example, <code>running</code> ) of the instance.
   *
   * <p>The <code>State</code> property is read-only and should not be specified in a create
   * instance or update instance request.
   *
   * <p>CloudFormation property {@code State}.
   */
  public Instance state(Value<State> value) {
    return set("State", value);
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
  public Instance tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public Instance tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public Instance tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The optional launch script for the instance.
   *
   * <p>Specify a launch script to configure an instance with additional user data. For example, you
   * might want to specify <code>apt-get -y update</code> as a launch script.
   *
   * <p>Depending on the blueprint of your instance, the command to get software on your instance
   * varies. Amazon Linux and CentOS use <code>yum</code> , Debian and Ubuntu use
   * <code>apt-get</code> , and FreeBSD uses <code>pkg</code> .
   *
   * <p>CloudFormation property {@code UserData}.
   */
  public Instance userData(String value) {
    return set("UserData", Value.of(value));
  }

  /** Sets {@code UserData} to this value; see {@link #userData(String)}. */
  public Instance userData(Value<String> value) {
    return set("UserData", value);
  }

  /**
   * The number of vCPUs the instance has.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Hardware.CpuCount}.
   */
  public Value<Integer> hardwareCpuCount() {
    return getAtt("Hardware.CpuCount");
  }

  /**
   * The amount of RAM in GB on the instance (for example, <code>1.0</code> ).
   *
   * <p>{@code Fn::GetAtt} attribute {@code Hardware.RamSizeInGb}.
   */
  public Value<Integer> hardwareRamSizeInGb() {
    return getAtt("Hardware.RamSizeInGb");
  }

  /**
   * The Amazon Resource Name (ARN) of the instance (for example,
   * <code>arn:aws:lightsail:us-east-2:123456789101:Instance/244ad76f-8aad-4741-809f-12345EXAMPLE</code>
   * ).
   *
   * <p>{@code Fn::GetAtt} attribute {@code InstanceArn}.
   */
  public Value<String> instanceArn() {
    return getAtt("InstanceArn");
  }

  /**
   * The IPv6 addresses of the instance.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Ipv6Addresses}.
   */
  public Value<List<String>> ipv6Addresses() {
    return getAtt("Ipv6Addresses");
  }

  /**
   * A Boolean value indicating whether the instance has a static IP assigned to it.
   *
   * <p>{@code Fn::GetAtt} attribute {@code IsStaticIp}.
   */
  public Value<Boolean> isStaticIp() {
    return getAtt("IsStaticIp");
  }

  /**
   * The AWS Region and Availability Zone where the instance is located.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Location.AvailabilityZone}.
   */
  public Value<String> locationAvailabilityZone() {
    return getAtt("Location.AvailabilityZone");
  }

  /**
   * The AWS Region of the instance.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Location.RegionName}.
   */
  public Value<String> locationRegionName() {
    return getAtt("Location.RegionName");
  }

  /**
   * The amount of allocated monthly data transfer (in GB) for an instance.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Networking.MonthlyTransfer.GbPerMonthAllocated}.
   */
  public Value<String> networkingMonthlyTransferGbPerMonthAllocated() {
    return getAtt("Networking.MonthlyTransfer.GbPerMonthAllocated");
  }

  /**
   * The private IP address of the instance.
   *
   * <p>{@code Fn::GetAtt} attribute {@code PrivateIpAddress}.
   */
  public Value<String> privateIpAddress() {
    return getAtt("PrivateIpAddress");
  }

  /**
   * The public IP address of the instance.
   *
   * <p>{@code Fn::GetAtt} attribute {@code PublicIpAddress}.
   */
  public Value<String> publicIpAddress() {
    return getAtt("PublicIpAddress");
  }

  /**
   * The resource type of the instance (for example, <code>Instance</code> ).
   *
   * <p>{@code Fn::GetAtt} attribute {@code ResourceType}.
   */
  public Value<String> resourceType() {
    return getAtt("ResourceType");
  }

  /**
   * The name of the SSH key pair used by the instance.
   *
   * <p>{@code Fn::GetAtt} attribute {@code SshKeyName}.
   */
  public Value<String> sshKeyName() {
    return getAtt("SshKeyName");
  }

  /**
   * The status code of the instance.
   *
   * <p>{@code Fn::GetAtt} attribute {@code State.Code}.
   */
  public Value<Integer> stateCode() {
    return getAtt("State.Code");
  }

  /**
   * The state of the instance (for example, <code>running</code> or <code>pending</code> ).
   *
   * <p>{@code Fn::GetAtt} attribute {@code State.Name}.
   */
  public Value<String> stateName() {
    return getAtt("State.Name");
  }

  /**
   * The support code of the instance.
   *
   * <p>Include this code in your email to support when you have questions about an instance or
   * another resource in Lightsail . This code helps our support team to look up your Lightsail
   * information.
   *
   * <p>{@code Fn::GetAtt} attribute {@code SupportCode}.
   */
  public Value<String> supportCode() {
    return getAtt("SupportCode");
  }

  /**
   * The user name for connecting to the instance (for example, <code>ec2-user</code> ).
   *
   * <p>{@code Fn::GetAtt} attribute {@code UserName}.
   */
  public Value<String> userName() {
    return getAtt("UserName");
  }

  /**
   * <code>AddOn</code> is a property of the <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-lightsail-instance.html">AWS::Lightsail::Instance</a>
   * resource. It describes the add-ons for an instance.
   *
   * <p>Property type {@code AWS::Lightsail::Instance.AddOn}.
   */
  public static final class AddOn extends Struct<AddOn> {
    private static final Schema SCHEMA = Schema.builder("AWS::Lightsail::Instance.AddOn")
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
     * <p><code>AutoSnapshot</code> is the only add-on that can be enabled for an instance.
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
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-lightsail-instance-addon.html">AddOn</a>
   * property. It describes the automatic snapshot add-on for an instance.
   *
   * <p>Property type {@code AWS::Lightsail::Instance.AutoSnapshotAddOn}.
   */
  public static final class AutoSnapshotAddOn extends Struct<AutoSnapshotAddOn> {
    private static final Schema SCHEMA = Schema.builder("AWS::Lightsail::Instance.AutoSnapshotAddOn")
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
   * <code>Disk</code> is a property of the <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-lightsail-instance-hardware.html">Hardware</a>
   * property. It describes a disk attached to an instance.
   *
   * <p>Property type {@code AWS::Lightsail::Instance.Disk}.
   */
  public static final class Disk extends Struct<Disk> {
    private static final Schema SCHEMA = Schema.builder("AWS::Lightsail::Instance.Disk")
        .required("DiskName", "Path")
        .constrain("DiskName", Constraint.of().pattern("^[a-zA-Z0-9][\\w\\-.]*[a-zA-Z0-9]$").minLength(1).maxLength(254))
        .build();

    public Disk() {
      super(SCHEMA);
    }

    /**
     * The resources to which the disk is attached.
     *
     * <p>CloudFormation property {@code AttachedTo}.
     */
    public Disk attachedTo(String value) {
      return set("AttachedTo", Value.of(value));
    }

    /** Sets {@code AttachedTo} to this value; see {@link #attachedTo(String)}. */
    public Disk attachedTo(Value<String> value) {
      return set("AttachedTo", value);
    }

    /**
     * (Deprecated) The attachment state of the disk.
     *
     * <p>In releases prior to November 14, 2017, this parameter returned <code>attached</code> for
     * system disks in the API response. It is now deprecated, but still included in the response.
     * Use <code>isAttached</code> instead.
     *
     * <p>CloudFormation property {@code AttachmentState}.
     */
    public Disk attachmentState(String value) {
      return set("AttachmentState", Value.of(value));
    }

    /** Sets {@code AttachmentState} to this value; see {@link #attachmentState(String)}. */
    public Disk attachmentState(Value<String> value) {
      return set("AttachmentState", value);
    }

    /**
     * The unique name of the disk.
     *
     * <p>Required. Length: 1 to 254 characters. Pattern: {@code
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
     * The input/output operations per second (IOPS) of the disk.
     *
     * <p>CloudFormation property {@code IOPS}.
     */
    public Disk iops(int value) {
      return set("IOPS", Value.of(value));
    }

    /** Sets {@code IOPS} to this value; see {@link #iops(int)}. */
    public Disk iops(Value<Integer> value) {
      return set("IOPS", value);
    }

    /**
     * A Boolean value indicating whether this disk is a system disk (has an operating system loaded
     * on it).
     *
     * <p>CloudFormation property {@code IsSystemDisk}.
     */
    public Disk isSystemDisk(boolean value) {
      return set("IsSystemDisk", Value.of(value));
    }

    /** Sets {@code IsSystemDisk} to this value; see {@link #isSystemDisk(boolean)}. */
    public Disk isSystemDisk(Value<Boolean> value) {
      return set("IsSystemDisk", value);
    }

    /**
     * The disk path.
     *
     * <p>Required. CloudFormation property {@code Path}.
     */
    public Disk path(String value) {
      return set("Path", Value.of(value));
    }

    /** Sets {@code Path} to this value; see {@link #path(String)}. */
    public Disk path(Value<String> value) {
      return set("Path", value);
    }

    /**
     * The size of the disk in GB.
     *
     * <p>CloudFormation property {@code SizeInGb}.
     */
    public Disk sizeInGb(String value) {
      return set("SizeInGb", Value.of(value));
    }

    /** Sets {@code SizeInGb} to this value; see {@link #sizeInGb(String)}. */
    public Disk sizeInGb(Value<String> value) {
      return set("SizeInGb", value);
    }
  }

  /**
   * <code>Hardware</code> is a property of the <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-lightsail-instance.html">AWS::Lightsail::Instance</a>
   * resource. It describes the hardware properties for the instance, such as the vCPU count,
   * attached disks, and amount of RAM.
   *
   * <p>Property type {@code AWS::Lightsail::Instance.Hardware}.
   */
  public static final class Hardware extends Struct<Hardware> {
    private static final Schema SCHEMA = Schema.of("AWS::Lightsail::Instance.Hardware");

    public Hardware() {
      super(SCHEMA);
    }

    /**
     * The number of vCPUs the instance has.
     *
     * <p>The <code>CpuCount</code> property is read-only and should not be specified in a create
     * instance or update instance request.
     *
     * <p>CloudFormation property {@code CpuCount}.
     */
    public Hardware cpuCount(int value) {
      return set("CpuCount", Value.of(value));
    }

    /** Sets {@code CpuCount} to this value; see {@link #cpuCount(int)}. */
    public Hardware cpuCount(Value<Integer> value) {
      return set("CpuCount", value);
    }

    /**
     * The disks attached to the instance.
     *
     * <p>The instance restarts when performing an attach disk or detach disk request. This resets
     * the public IP address of your instance if a static IP isn't attached to it.
     *
     * <p>CloudFormation property {@code Disks}.
     */
    public Hardware disks(List<Disk> value) {
      return set("Disks", Value.listOf(value));
    }

    /** Sets {@code Disks} to this value; see {@link #disks(List)}. */
    public Hardware disks(Value<List<Disk>> value) {
      return set("Disks", value);
    }

    /** Sets {@code Disks} to a list of these; see {@link #disks(List)}. */
    public Hardware disks(Disk... values) {
      return set("Disks", Value.list(values));
    }

    /**
     * The amount of RAM in GB on the instance (for example, <code>1.0</code> ).
     *
     * <p>The <code>RamSizeInGb</code> property is read-only and should not be specified in a create
     * instance or update instance request.
     *
     * <p>CloudFormation property {@code RamSizeInGb}.
     */
    public Hardware ramSizeInGb(int value) {
      return set("RamSizeInGb", Value.of(value));
    }

    /** Sets {@code RamSizeInGb} to this value; see {@link #ramSizeInGb(int)}. */
    public Hardware ramSizeInGb(Value<Integer> value) {
      return set("RamSizeInGb", value);
    }
  }

  /**
   * <code>Location</code> is a property of the <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-lightsail-instance.html">AWS::Lightsail::Instance</a>
   * resource. It describes the location for an instance.
   *
   * <p>Property type {@code AWS::Lightsail::Instance.Location}.
   */
  public static final class Location extends Struct<Location> {
    private static final Schema SCHEMA = Schema.of("AWS::Lightsail::Instance.Location");

    public Location() {
      super(SCHEMA);
    }

    /**
     * The Availability Zone for the instance.
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
     * The name of the AWS Region for the instance.
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

  /**
   * <code>MonthlyTransfer</code> is a property of the <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-lightsail-instance-networking.html">Networking</a>
   * property. It describes the amount of allocated monthly data transfer (in GB) for an instance.
   *
   * <p>Property type {@code AWS::Lightsail::Instance.MonthlyTransfer}.
   */
  public static final class MonthlyTransfer extends Struct<MonthlyTransfer> {
    private static final Schema SCHEMA = Schema.of("AWS::Lightsail::Instance.MonthlyTransfer");

    public MonthlyTransfer() {
      super(SCHEMA);
    }

    /**
     * The amount of allocated monthly data transfer (in GB) for an instance.
     *
     * <p>CloudFormation property {@code GbPerMonthAllocated}.
     */
    public MonthlyTransfer gbPerMonthAllocated(String value) {
      return set("GbPerMonthAllocated", Value.of(value));
    }

    /** Sets {@code GbPerMonthAllocated} to this value; see {@link #gbPerMonthAllocated(String)}. */
    public MonthlyTransfer gbPerMonthAllocated(Value<String> value) {
      return set("GbPerMonthAllocated", value);
    }
  }

  /**
   * <code>Networking</code> is a property of the <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-lightsail-instance.html">AWS::Lightsail::Instance</a>
   * resource. It describes the public ports and the monthly amount of data transfer allocated for
   * the instance.
   *
   * <p>Property type {@code AWS::Lightsail::Instance.Networking}.
   */
  public static final class Networking extends Struct<Networking> {
    private static final Schema SCHEMA = Schema.builder("AWS::Lightsail::Instance.Networking")
        .required("Ports")
        .build();

    public Networking() {
      super(SCHEMA);
    }

    /**
     * The monthly amount of data transfer, in GB, allocated for the instance
     *
     * <p>CloudFormation property {@code MonthlyTransfer}.
     */
    public Networking monthlyTransfer(Value<MonthlyTransfer> value) {
      return set("MonthlyTransfer", value);
    }

    /**
     * An array of ports to open on the instance.
     *
     * <p>Required. CloudFormation property {@code Ports}.
     */
    public Networking ports(List<Port> value) {
      return set("Ports", Value.listOf(value));
    }

    /** Sets {@code Ports} to this value; see {@link #ports(List)}. */
    public Networking ports(Value<List<Port>> value) {
      return set("Ports", value);
    }

    /** Sets {@code Ports} to a list of these; see {@link #ports(List)}. */
    public Networking ports(Port... values) {
      return set("Ports", Value.list(values));
    }
  }

  /**
   * <code>Port</code> is a property of the <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-lightsail-instance-networking.html">Networking</a>
   * property. It describes information about ports for an instance.
   *
   * <p>Property type {@code AWS::Lightsail::Instance.Port}.
   */
  public static final class Port extends Struct<Port> {
    private static final Schema SCHEMA = Schema.builder("AWS::Lightsail::Instance.Port")
        .constrain("Cidrs", Constraint.of().format("ipv4-network"))
        .constrain("Ipv6Cidrs", Constraint.of().format("ipv6-network"))
        .build();

    public Port() {
      super(SCHEMA);
    }

    /**
     * The access direction ( <code>inbound</code> or <code>outbound</code> ).
     *
     * <p>Lightsail currently supports only <code>inbound</code> access direction.
     *
     * <p>CloudFormation property {@code AccessDirection}.
     */
    public Port accessDirection(String value) {
      return set("AccessDirection", Value.of(value));
    }

    /** Sets {@code AccessDirection} to this value; see {@link #accessDirection(String)}. */
    public Port accessDirection(Value<String> value) {
      return set("AccessDirection", value);
    }

    /**
     * The location from which access is allowed. For example, <code>Anywhere (0.0.0.0/0)</code> ,
     * or <code>Custom</code> if a specific IP address or range of IP addresses is allowed.
     *
     * <p>CloudFormation property {@code AccessFrom}.
     */
    public Port accessFrom(String value) {
      return set("AccessFrom", Value.of(value));
    }

    /** Sets {@code AccessFrom} to this value; see {@link #accessFrom(String)}. */
    public Port accessFrom(Value<String> value) {
      return set("AccessFrom", value);
    }

    /**
     * The type of access ( <code>Public</code> or <code>Private</code> ).
     *
     * <p>CloudFormation property {@code AccessType}.
     */
    public Port accessType(String value) {
      return set("AccessType", Value.of(value));
    }

    /** Sets {@code AccessType} to this value; see {@link #accessType(String)}. */
    public Port accessType(Value<String> value) {
      return set("AccessType", value);
    }

    /**
     * An alias that defines access for a preconfigured range of IP addresses.
     *
     * <p>The only alias currently supported is <code>lightsail-connect</code> , which allows IP
     * addresses of the browser-based RDP/SSH client in the Lightsail console to connect to your
     * instance.
     *
     * <p>CloudFormation property {@code CidrListAliases}.
     */
    public Port cidrListAliases(List<String> value) {
      return set("CidrListAliases", Value.listOf(value));
    }

    /** Sets {@code CidrListAliases} to this value; see {@link #cidrListAliases(List)}. */
    public Port cidrListAliases(Value<List<String>> value) {
      return set("CidrListAliases", value);
    }

    /**
     * The IPv4 address, or range of IPv4 addresses (in CIDR notation) that are allowed to connect
     * to an instance through the ports, and the protocol.
     *
     * <p>The <code>ipv6Cidrs</code> parameter lists the IPv6 addresses that are allowed to connect
     * to an instance.
     *
     * <p>Examples:
     *
     * <ul> <li>To allow the IP address <code>192.0.2.44</code> , specify <code>192.0.2.44</code> or
     * <code>192.0.2.44/32</code> . <li>To allow the IP addresses <code>192.0.2.0</code> to
     * <code>192.0.2.255</code> , specify <code>192.0.2.0/24</code> . </ul>
     *
     * <p>Format: {@code ipv4-network}. CloudFormation property {@code Cidrs}.
     */
    public Port cidrs(List<String> value) {
      return set("Cidrs", Value.listOf(value));
    }

    /** Sets {@code Cidrs} to this value; see {@link #cidrs(List)}. */
    public Port cidrs(Value<List<String>> value) {
      return set("Cidrs", value);
    }

    /**
     * The common name of the port information.
     *
     * <p>CloudFormation property {@code CommonName}.
     */
    public Port commonName(String value) {
      return set("CommonName", Value.of(value));
    }

    /** Sets {@code CommonName} to this value; see {@link #commonName(String)}. */
    public Port commonName(Value<String> value) {
      return set("CommonName", value);
    }

    /**
     * The first port in a range of open ports on an instance.
     *
     * <p>Allowed ports:
     *
     * <ul> <li>TCP and UDP - <code>0</code> to <code>65535</code> <li>ICMP - The ICMP type for IPv4
     * addresses. For example, specify <code>8</code> as the <code>fromPort</code> (ICMP type), and
     * <code>-1</code> as the <code>toPort</code> (ICMP code), to enable ICMP Ping. <li>ICMPv6 - The
     * ICMP type for IPv6 addresses. For example, specify <code>128</code> as the
     * <code>fromPort</code> (ICMPv6 type), and <code>0</code> as <code>toPort</code> (ICMPv6 code).
     * </ul>
     *
     * <p>CloudFormation property {@code FromPort}.
     */
    public Port fromPort(int value) {
      return set("FromPort", Value.of(value));
    }

    /** Sets {@code FromPort} to this value; see {@link #fromPort(int)}. */
    public Port fromPort(Value<Integer> value) {
      return set("FromPort", value);
    }

    /**
     * The IPv6 address, or range of IPv6 addresses (in CIDR notation) that are allowed to connect
     * to an instance through the ports, and the protocol. Only devices with an IPv6 address can
     * connect to an instance through IPv6; otherwise, IPv4 should be used.
     *
     * <p>The <code>cidrs</code> parameter lists the IPv4 addresses that are allowed to connect to
     * an instance.
     *
     * <p>Format: {@code ipv6-network}. CloudFormation property {@code Ipv6Cidrs}.
     */
    public Port ipv6Cidrs(List<String> value) {
      return set("Ipv6Cidrs", Value.listOf(value));
    }

    /** Sets {@code Ipv6Cidrs} to this value; see {@link #ipv6Cidrs(List)}. */
    public Port ipv6Cidrs(Value<List<String>> value) {
      return set("Ipv6Cidrs", value);
    }

    /**
     * The IP protocol name.
     *
     * <p>The name can be one of the following:
     *
     * <ul> <li><code>tcp</code> - Transmission Control Protocol (TCP) provides reliable, ordered,
     * and error-checked delivery of streamed data between applications running on hosts
     * communicating by an IP network. If you have an application that doesn't require reliable data
     * stream service, use UDP instead. <li><code>all</code> - All transport layer protocol types.
     * <li><code>udp</code> - With User Datagram Protocol (UDP), computer applications can send
     * messages (or datagrams) to other hosts on an Internet Protocol (IP) network. Prior
     * communications are not required to set up transmission channels or data paths. Applications
     * that don't require reliable data stream service can use UDP, which provides a connectionless
     * datagram service that emphasizes reduced latency over reliability. If you do require reliable
     * data stream service, use TCP instead. <li><code>icmp</code> - Internet Control Message
     * Protocol (ICMP) is used to send error messages and operational information indicating success
     * or failure when communicating with an instance. For example, an error is indicated when an
     * instance could not be reached. When you specify <code>icmp</code> as the
     * <code>protocol</code> , you must specify the ICMP type using the <code>fromPort</code>
     * parameter, and ICMP code using the <code>toPort</code> parameter. </ul>
     *
     * <p>CloudFormation property {@code Protocol}.
     */
    public Port protocol(String value) {
      return set("Protocol", Value.of(value));
    }

    /** Sets {@code Protocol} to this value; see {@link #protocol(String)}. */
    public Port protocol(Value<String> value) {
      return set("Protocol", value);
    }

    /**
     * The last port in a range of open ports on an instance.
     *
     * <p>Allowed ports:
     *
     * <ul> <li>TCP and UDP - <code>0</code> to <code>65535</code> <li>ICMP - The ICMP code for IPv4
     * addresses. For example, specify <code>8</code> as the <code>fromPort</code> (ICMP type), and
     * <code>-1</code> as the <code>toPort</code> (ICMP code), to enable ICMP Ping. <li>ICMPv6 - The
     * ICMP code for IPv6 addresses. For example, specify <code>128</code> as the
     * <code>fromPort</code> (ICMPv6 type), and <code>0</code> as <code>toPort</code> (ICMPv6 code).
     * </ul>
     *
     * <p>CloudFormation property {@code ToPort}.
     */
    public Port toPort(int value) {
      return set("ToPort", Value.of(value));
    }

    /** Sets {@code ToPort} to this value; see {@link #toPort(int)}. */
    public Port toPort(Value<Integer> value) {
      return set("ToPort", value);
    }
  }

  /**
   * <code>State</code> is a property of the <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-lightsail-instance.html">AWS::Lightsail::Instance</a>
   * resource. It describes the status code and the state (for example, <code>running</code> ) of an
   * instance.
   *
   * <p>Property type {@code AWS::Lightsail::Instance.State}.
   */
  public static final class State extends Struct<State> {
    private static final Schema SCHEMA = Schema.of("AWS::Lightsail::Instance.State");

    public State() {
      super(SCHEMA);
    }

    /**
     * The status code of the instance.
     *
     * <p>CloudFormation property {@code Code}.
     */
    public State code(int value) {
      return set("Code", Value.of(value));
    }

    /** Sets {@code Code} to this value; see {@link #code(int)}. */
    public State code(Value<Integer> value) {
      return set("Code", value);
    }

    /**
     * The state of the instance (for example, <code>running</code> or <code>pending</code> ).
     *
     * <p>CloudFormation property {@code Name}.
     */
    public State name(String value) {
      return set("Name", Value.of(value));
    }

    /** Sets {@code Name} to this value; see {@link #name(String)}. */
    public State name(Value<String> value) {
      return set("Name", value);
    }
  }
}
