// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.opsworks;

import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.fn.Value;
import java.util.List;
import java.util.Map;

/**
 * http://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-opsworks-instance.html
 *
 * <p>CloudFormation type {@code AWS::OpsWorks::Instance}.
 */
public final class Instance extends Resource<Instance> {
  private static final Schema SCHEMA = Schema.builder("AWS::OpsWorks::Instance")
      .required("InstanceType", "LayerIds", "StackId")
      .attributes("AvailabilityZone", "PrivateDnsName", "PrivateIp", "PublicDnsName", "PublicIp")
      .build();

  public Instance(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The default OpsWorks Stacks agent version. You have the following options:
   *
   * <ul> <li><code>INHERIT</code> - Use the stack's default agent version setting.
   * <li><em>version_number</em> - Use the specified agent version. This value overrides the stack's
   * default setting. To update the agent version, edit the instance configuration and specify a new
   * version. OpsWorks Stacks installs that version on the instance. </ul>
   *
   * <p>The default setting is <code>INHERIT</code> . To specify an agent version, you must use the
   * complete version number, not the abbreviated number shown on the console. For a list of
   * available agent version numbers, call <code>DescribeAgentVersions</code> . AgentVersion cannot
   * be set to Chef 12.2.
   *
   * <p>CloudFormation property {@code AgentVersion}.
   */
  public Instance agentVersion(String value) {
    return set("AgentVersion", Value.of(value));
  }

  /** Sets {@code AgentVersion} to this value; see {@link #agentVersion(String)}. */
  public Instance agentVersion(Value<String> value) {
    return set("AgentVersion", value);
  }

  /**
   * A custom AMI ID to be used to create the instance. The AMI should be based on one of the
   * supported operating systems. For more information, see <a
   * href="https://docs.aws.amazon.com/opsworks/latest/userguide/workinginstances-custom-ami.html">Using
   * Custom AMIs</a> .
   *
   * <p>If you specify a custom AMI, you must set <code>Os</code> to <code>Custom</code> .
   *
   * <p>CloudFormation property {@code AmiId}.
   */
  public Instance amiId(String value) {
    return set("AmiId", Value.of(value));
  }

  /** Sets {@code AmiId} to this value; see {@link #amiId(String)}. */
  public Instance amiId(Value<String> value) {
    return set("AmiId", value);
  }

  /**
   * The instance architecture. The default option is <code>x86_64</code> . Instance types do not
   * necessarily support both architectures. For a list of the architectures that are supported by
   * the different instance types, see <a
   * href="https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/instance-types.html">Instance
   * Families and Types</a> .
   *
   * <p>CloudFormation property {@code Architecture}.
   */
  public Instance architecture(String value) {
    return set("Architecture", Value.of(value));
  }

  /** Sets {@code Architecture} to this value; see {@link #architecture(String)}. */
  public Instance architecture(Value<String> value) {
    return set("Architecture", value);
  }

  /**
   * For load-based or time-based instances, the type. Windows stacks can use only time-based
   * instances.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code AutoScalingType}.
   */
  public Instance autoScalingType(String value) {
    return set("AutoScalingType", Value.of(value));
  }

  /** Sets {@code AutoScalingType} to this value; see {@link #autoScalingType(String)}. */
  public Instance autoScalingType(Value<String> value) {
    return set("AutoScalingType", value);
  }

  /**
   * The Availability Zone of the OpsWorks instance, such as <code>us-east-2a</code> .
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code AvailabilityZone}.
   */
  public Instance availabilityZone(String value) {
    return set("AvailabilityZone", Value.of(value));
  }

  /** Sets {@code AvailabilityZone} to this value; see {@link #availabilityZone(String)}. */
  public Instance availabilityZone(Value<String> value) {
    return set("AvailabilityZone", value);
  }

  /**
   * An array of <code>BlockDeviceMapping</code> objects that specify the instance's block devices.
   * For more information, see <a
   * href="https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/block-device-mapping-concepts.html">Block
   * Device Mapping</a> . Note that block device mappings are not supported for custom AMIs.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code BlockDeviceMappings}.
   */
  public Instance blockDeviceMappings(List<BlockDeviceMapping> value) {
    return set("BlockDeviceMappings", Value.listOf(value));
  }

  /** Sets {@code BlockDeviceMappings} to this value; see {@link #blockDeviceMappings(List)}. */
  public Instance blockDeviceMappings(Value<List<BlockDeviceMapping>> value) {
    return set("BlockDeviceMappings", value);
  }

  /**
   * Sets {@code BlockDeviceMappings} to a list of these; see {@link #blockDeviceMappings(List)}.
   */
  public Instance blockDeviceMappings(BlockDeviceMapping... values) {
    return set("BlockDeviceMappings", Value.list(values));
  }

  /**
   * Whether to create an Amazon EBS-optimized instance.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code EbsOptimized}.
   */
  public Instance ebsOptimized(boolean value) {
    return set("EbsOptimized", Value.of(value));
  }

  /** Sets {@code EbsOptimized} to this value; see {@link #ebsOptimized(boolean)}. */
  public Instance ebsOptimized(Value<Boolean> value) {
    return set("EbsOptimized", value);
  }

  /**
   * A list of Elastic IP addresses to associate with the instance.
   *
   * <p>CloudFormation property {@code ElasticIps}.
   */
  public Instance elasticIps(List<String> value) {
    return set("ElasticIps", Value.listOf(value));
  }

  /** Sets {@code ElasticIps} to this value; see {@link #elasticIps(List)}. */
  public Instance elasticIps(Value<List<String>> value) {
    return set("ElasticIps", value);
  }

  /**
   * The instance host name. The following are character limits for instance host names.
   *
   * <ul> <li>Linux-based instances: 63 characters <li>Windows-based instances: 15 characters </ul>
   *
   * <p>CloudFormation property {@code Hostname}.
   */
  public Instance hostname(String value) {
    return set("Hostname", Value.of(value));
  }

  /** Sets {@code Hostname} to this value; see {@link #hostname(String)}. */
  public Instance hostname(Value<String> value) {
    return set("Hostname", value);
  }

  /**
   * Whether to install operating system and package updates when the instance boots. The default
   * value is <code>true</code> . To control when updates are installed, set this value to
   * <code>false</code> . You must then update your instances manually by using
   * <code>CreateDeployment</code> to run the <code>update_dependencies</code> stack command or by
   * manually running <code>yum</code> (Amazon Linux) or <code>apt-get</code> (Ubuntu) on the
   * instances.
   *
   * <p>We strongly recommend using the default value of <code>true</code> to ensure that your
   * instances have the latest security updates.
   *
   * <p>CloudFormation property {@code InstallUpdatesOnBoot}.
   */
  public Instance installUpdatesOnBoot(boolean value) {
    return set("InstallUpdatesOnBoot", Value.of(value));
  }

  /**
   * Sets {@code InstallUpdatesOnBoot} to this value; see {@link #installUpdatesOnBoot(boolean)}.
   */
  public Instance installUpdatesOnBoot(Value<Boolean> value) {
    return set("InstallUpdatesOnBoot", value);
  }

  /**
   * The instance type, such as <code>t2.micro</code> . For a list of supported instance types, open
   * the stack in the console, choose <em>Instances</em> , and choose <em>+ Instance</em> . The
   * <em>Size</em> list contains the currently supported types. For more information, see <a
   * href="https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/instance-types.html">Instance
   * Families and Types</a> . The parameter values that you use to specify the various types are in
   * the <em>API Name</em> column of the <em>Available Instance Types</em> table.
   *
   * <p>Required. CloudFormation property {@code InstanceType}.
   */
  public Instance instanceType(String value) {
    return set("InstanceType", Value.of(value));
  }

  /** Sets {@code InstanceType} to this value; see {@link #instanceType(String)}. */
  public Instance instanceType(Value<String> value) {
    return set("InstanceType", value);
  }

  /**
   * An array that contains the instance's layer IDs.
   *
   * <p>Required. CloudFormation property {@code LayerIds}.
   */
  public Instance layerIds(List<String> value) {
    return set("LayerIds", Value.listOf(value));
  }

  /** Sets {@code LayerIds} to this value; see {@link #layerIds(List)}. */
  public Instance layerIds(Value<List<String>> value) {
    return set("LayerIds", value);
  }

  /**
   * The instance's operating system, which must be set to one of the following.
   *
   * <ul> <li>A supported Linux operating system: An Amazon Linux version, such as <code>Amazon
   * Linux 2</code> , <code>Amazon Linux 2018.03</code> , <code>Amazon Linux 2017.09</code> ,
   * <code>Amazon Linux 2017.03</code> , <code>Amazon Linux 2016.09</code> , <code>Amazon Linux
   * 2016.03</code> , <code>Amazon Linux 2015.09</code> , or <code>Amazon Linux 2015.03</code> .
   * <li>A supported Ubuntu operating system, such as <code>Ubuntu 18.04 LTS</code> , <code>Ubuntu
   * 16.04 LTS</code> , <code>Ubuntu 14.04 LTS</code> , or <code>Ubuntu 12.04 LTS</code> .
   * <li><code>CentOS Linux 7</code> <li><code>Red Hat Enterprise Linux 7</code> <li>A supported
   * Windows operating system, such as <code>Microsoft Windows Server 2012 R2 Base</code> ,
   * <code>Microsoft Windows Server 2012 R2 with SQL Server Express</code> , <code>Microsoft Windows
   * Server 2012 R2 with SQL Server Standard</code> , or <code>Microsoft Windows Server 2012 R2 with
   * SQL Server Web</code> . <li>A custom AMI: <code>Custom</code> . </ul>
   *
   * <p>Not all operating systems are supported with all versions of Chef. For more information
   * about the supported operating systems, see <a
   * href="https://docs.aws.amazon.com/opsworks/latest/userguide/workinginstances-os.html">OpsWorks
   * Stacks Operating Systems</a> .
   *
   * <p>The default option is the current Amazon Linux version. If you set this parameter to
   * <code>Custom</code> , you must use the <code>CreateInstance</code> action's AmiId parameter to
   * specify the custom AMI that you want to use. Block device mappings are not supported if the
   * value is <code>Custom</code> . For more information about how to use custom AMIs with OpsWorks
   * Stacks, see <a
   * href="https://docs.aws.amazon.com/opsworks/latest/userguide/workinginstances-custom-ami.html">Using
   * Custom AMIs</a> .
   *
   * <p>CloudFormation property {@code Os}.
   */
  public Instance os(String value) {
    return set("Os", Value.of(value));
  }

  /** Sets {@code Os} to this value; see {@link #os(String)}. */
  public Instance os(Value<String> value) {
    return set("Os", value);
  }

  /**
   * The instance root device type. For more information, see <a
   * href="https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/ComponentsAMIs.html#storage-for-the-root-device">Storage
   * for the Root Device</a> .
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code RootDeviceType}.
   */
  public Instance rootDeviceType(String value) {
    return set("RootDeviceType", Value.of(value));
  }

  /** Sets {@code RootDeviceType} to this value; see {@link #rootDeviceType(String)}. */
  public Instance rootDeviceType(Value<String> value) {
    return set("RootDeviceType", value);
  }

  /**
   * The instance's Amazon EC2 key-pair name.
   *
   * <p>CloudFormation property {@code SshKeyName}.
   */
  public Instance sshKeyName(String value) {
    return set("SshKeyName", Value.of(value));
  }

  /** Sets {@code SshKeyName} to this value; see {@link #sshKeyName(String)}. */
  public Instance sshKeyName(Value<String> value) {
    return set("SshKeyName", value);
  }

  /**
   * The stack ID.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code StackId}.
   */
  public Instance stackId(String value) {
    return set("StackId", Value.of(value));
  }

  /** Sets {@code StackId} to this value; see {@link #stackId(String)}. */
  public Instance stackId(Value<String> value) {
    return set("StackId", value);
  }

  /**
   * The ID of the instance's subnet. If the stack is running in a VPC, you can use this parameter
   * to override the stack's default subnet ID value and direct OpsWorks Stacks to launch the
   * instance in a different subnet.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code SubnetId}.
   */
  public Instance subnetId(String value) {
    return set("SubnetId", Value.of(value));
  }

  /** Sets {@code SubnetId} to this value; see {@link #subnetId(String)}. */
  public Instance subnetId(Value<String> value) {
    return set("SubnetId", value);
  }

  /**
   * The instance's tenancy option. The default option is no tenancy, or if the instance is running
   * in a VPC, inherit tenancy settings from the VPC. The following are valid values for this
   * parameter: <code>dedicated</code> , <code>default</code> , or <code>host</code> . Because there
   * are costs associated with changes in tenancy options, we recommend that you research tenancy
   * options before choosing them for your instances. For more information about dedicated hosts,
   * see <a href="https://docs.aws.amazon.com/ec2/dedicated-hosts/">Dedicated Hosts Overview</a> and
   * <a href="https://docs.aws.amazon.com/ec2/dedicated-hosts/">Amazon EC2 Dedicated Hosts</a> . For
   * more information about dedicated instances, see <a
   * href="https://docs.aws.amazon.com/AmazonVPC/latest/UserGuide/dedicated-instance.html">Dedicated
   * Instances</a> and <a
   * href="https://docs.aws.amazon.com/ec2/purchasing-options/dedicated-instances/">Amazon EC2
   * Dedicated Instances</a> .
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code Tenancy}.
   */
  public Instance tenancy(String value) {
    return set("Tenancy", Value.of(value));
  }

  /** Sets {@code Tenancy} to this value; see {@link #tenancy(String)}. */
  public Instance tenancy(Value<String> value) {
    return set("Tenancy", value);
  }

  /**
   * The time-based scaling configuration for the instance.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code TimeBasedAutoScaling}.
   */
  public Instance timeBasedAutoScaling(Value<TimeBasedAutoScaling> value) {
    return set("TimeBasedAutoScaling", value);
  }

  /**
   * The instance's virtualization type, <code>paravirtual</code> or <code>hvm</code> .
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code VirtualizationType}.
   */
  public Instance virtualizationType(String value) {
    return set("VirtualizationType", Value.of(value));
  }

  /** Sets {@code VirtualizationType} to this value; see {@link #virtualizationType(String)}. */
  public Instance virtualizationType(Value<String> value) {
    return set("VirtualizationType", value);
  }

  /**
   * A list of OpsWorks volume IDs to associate with the instance. For more information, see <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-opsworks-volume.html"><code>AWS::OpsWorks::Volume</code></a>
   * .
   *
   * <p>CloudFormation property {@code Volumes}.
   */
  public Instance volumes(List<String> value) {
    return set("Volumes", Value.listOf(value));
  }

  /** Sets {@code Volumes} to this value; see {@link #volumes(List)}. */
  public Instance volumes(Value<List<String>> value) {
    return set("Volumes", value);
  }

  /**
   * The Availability Zone of the OpsWorks instance, such as <code>us-east-2a</code> .
   *
   * <p>{@code Fn::GetAtt} attribute {@code AvailabilityZone}.
   */
  public Value<String> availabilityZone() {
    return getAtt("AvailabilityZone");
  }

  /**
   * The private DNS name of the OpsWorks instance.
   *
   * <p>{@code Fn::GetAtt} attribute {@code PrivateDnsName}.
   */
  public Value<String> privateDnsName() {
    return getAtt("PrivateDnsName");
  }

  /**
   * The private IP address of the OpsWorks instance, such as <code>192.0.2.0</code> .
   *
   * <p>{@code Fn::GetAtt} attribute {@code PrivateIp}.
   */
  public Value<String> privateIp() {
    return getAtt("PrivateIp");
  }

  /**
   * The public DNS name of the OpsWorks instance.
   *
   * <p>{@code Fn::GetAtt} attribute {@code PublicDnsName}.
   */
  public Value<String> publicDnsName() {
    return getAtt("PublicDnsName");
  }

  /**
   * The public IP address of the OpsWorks instance, such as <code>192.0.2.0</code> .
   *
   * <p>Use this attribute only when the OpsWorks instance is in an OpsWorks layer that auto-assigns
   * public IP addresses.
   *
   * <p>{@code Fn::GetAtt} attribute {@code PublicIp}.
   */
  public Value<String> publicIp() {
    return getAtt("PublicIp");
  }

  /** Property type {@code AWS::OpsWorks::Instance.BlockDeviceMapping}. */
  public static final class BlockDeviceMapping extends Struct<BlockDeviceMapping> {
    private static final Schema SCHEMA = Schema.of("AWS::OpsWorks::Instance.BlockDeviceMapping");

    public BlockDeviceMapping() {
      super(SCHEMA);
    }

    /**
     * The device name that is exposed to the instance, such as <code>/dev/sdh</code> . For the root
     * device, you can use the explicit device name or you can set this parameter to
     * <code>ROOT_DEVICE</code> and OpsWorks Stacks will provide the correct device name.
     *
     * <p>CloudFormation property {@code DeviceName}.
     */
    public BlockDeviceMapping deviceName(String value) {
      return set("DeviceName", Value.of(value));
    }

    /** Sets {@code DeviceName} to this value; see {@link #deviceName(String)}. */
    public BlockDeviceMapping deviceName(Value<String> value) {
      return set("DeviceName", value);
    }

    /**
     * An <code>EBSBlockDevice</code> that defines how to configure an Amazon EBS volume when the
     * instance is launched. You can specify either the <code>VirtualName</code> or <code>Ebs</code>
     * , but not both.
     *
     * <p>CloudFormation property {@code Ebs}.
     */
    public BlockDeviceMapping ebs(Value<EbsBlockDevice> value) {
      return set("Ebs", value);
    }

    /**
     * Suppresses the specified device included in the AMI's block device mapping.
     *
     * <p>CloudFormation property {@code NoDevice}.
     */
    public BlockDeviceMapping noDevice(String value) {
      return set("NoDevice", Value.of(value));
    }

    /** Sets {@code NoDevice} to this value; see {@link #noDevice(String)}. */
    public BlockDeviceMapping noDevice(Value<String> value) {
      return set("NoDevice", value);
    }

    /**
     * The virtual device name. For more information, see <a
     * href="https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_BlockDeviceMapping.html">BlockDeviceMapping</a>
     * . You can specify either the <code>VirtualName</code> or <code>Ebs</code> , but not both.
     *
     * <p>CloudFormation property {@code VirtualName}.
     */
    public BlockDeviceMapping virtualName(String value) {
      return set("VirtualName", Value.of(value));
    }

    /** Sets {@code VirtualName} to this value; see {@link #virtualName(String)}. */
    public BlockDeviceMapping virtualName(Value<String> value) {
      return set("VirtualName", value);
    }
  }

  /** Property type {@code AWS::OpsWorks::Instance.EbsBlockDevice}. */
  public static final class EbsBlockDevice extends Struct<EbsBlockDevice> {
    private static final Schema SCHEMA = Schema.of("AWS::OpsWorks::Instance.EbsBlockDevice");

    public EbsBlockDevice() {
      super(SCHEMA);
    }

    /**
     * Whether the volume is deleted on instance termination.
     *
     * <p>CloudFormation property {@code DeleteOnTermination}.
     */
    public EbsBlockDevice deleteOnTermination(boolean value) {
      return set("DeleteOnTermination", Value.of(value));
    }

    /**
     * Sets {@code DeleteOnTermination} to this value; see {@link #deleteOnTermination(boolean)}.
     */
    public EbsBlockDevice deleteOnTermination(Value<Boolean> value) {
      return set("DeleteOnTermination", value);
    }

    /**
     * The number of I/O operations per second (IOPS) that the volume supports. For more
     * information, see <a
     * href="https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_EbsBlockDevice.html">EbsBlockDevice</a>
     * .
     *
     * <p>CloudFormation property {@code Iops}.
     */
    public EbsBlockDevice iops(int value) {
      return set("Iops", Value.of(value));
    }

    /** Sets {@code Iops} to this value; see {@link #iops(int)}. */
    public EbsBlockDevice iops(Value<Integer> value) {
      return set("Iops", value);
    }

    /**
     * The snapshot ID.
     *
     * <p>CloudFormation property {@code SnapshotId}.
     */
    public EbsBlockDevice snapshotId(String value) {
      return set("SnapshotId", Value.of(value));
    }

    /** Sets {@code SnapshotId} to this value; see {@link #snapshotId(String)}. */
    public EbsBlockDevice snapshotId(Value<String> value) {
      return set("SnapshotId", value);
    }

    /**
     * The volume size, in GiB. For more information, see <a
     * href="https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_EbsBlockDevice.html">EbsBlockDevice</a>
     * .
     *
     * <p>CloudFormation property {@code VolumeSize}.
     */
    public EbsBlockDevice volumeSize(int value) {
      return set("VolumeSize", Value.of(value));
    }

    /** Sets {@code VolumeSize} to this value; see {@link #volumeSize(int)}. */
    public EbsBlockDevice volumeSize(Value<Integer> value) {
      return set("VolumeSize", value);
    }

    /**
     * The volume type. <code>gp2</code> for General Purpose (SSD) volumes, <code>io1</code> for
     * Provisioned IOPS (SSD) volumes, <code>st1</code> for Throughput Optimized hard disk drives
     * (HDD), <code>sc1</code> for Cold HDD,and <code>standard</code> for Magnetic volumes.
     *
     * <p>If you specify the <code>io1</code> volume type, you must also specify a value for the
     * <code>Iops</code> attribute. The maximum ratio of provisioned IOPS to requested volume size
     * (in GiB) is 50:1. AWS uses the default volume size (in GiB) specified in the AMI attributes
     * to set IOPS to 50 x (volume size).
     *
     * <p>CloudFormation property {@code VolumeType}.
     */
    public EbsBlockDevice volumeType(String value) {
      return set("VolumeType", Value.of(value));
    }

    /** Sets {@code VolumeType} to this value; see {@link #volumeType(String)}. */
    public EbsBlockDevice volumeType(Value<String> value) {
      return set("VolumeType", value);
    }
  }

  /** Property type {@code AWS::OpsWorks::Instance.TimeBasedAutoScaling}. */
  public static final class TimeBasedAutoScaling extends Struct<TimeBasedAutoScaling> {
    private static final Schema SCHEMA = Schema.of("AWS::OpsWorks::Instance.TimeBasedAutoScaling");

    public TimeBasedAutoScaling() {
      super(SCHEMA);
    }

    /**
     * The schedule for Friday.
     *
     * <p>CloudFormation property {@code Friday}.
     */
    public TimeBasedAutoScaling friday(Map<String, String> value) {
      return set("Friday", Value.mapOf(value));
    }

    /** Sets {@code Friday} to this value; see {@link #friday(Map)}. */
    public TimeBasedAutoScaling friday(Value<Map<String, String>> value) {
      return set("Friday", value);
    }

    /**
     * The schedule for Monday.
     *
     * <p>CloudFormation property {@code Monday}.
     */
    public TimeBasedAutoScaling monday(Map<String, String> value) {
      return set("Monday", Value.mapOf(value));
    }

    /** Sets {@code Monday} to this value; see {@link #monday(Map)}. */
    public TimeBasedAutoScaling monday(Value<Map<String, String>> value) {
      return set("Monday", value);
    }

    /**
     * The schedule for Saturday.
     *
     * <p>CloudFormation property {@code Saturday}.
     */
    public TimeBasedAutoScaling saturday(Map<String, String> value) {
      return set("Saturday", Value.mapOf(value));
    }

    /** Sets {@code Saturday} to this value; see {@link #saturday(Map)}. */
    public TimeBasedAutoScaling saturday(Value<Map<String, String>> value) {
      return set("Saturday", value);
    }

    /**
     * The schedule for Sunday.
     *
     * <p>CloudFormation property {@code Sunday}.
     */
    public TimeBasedAutoScaling sunday(Map<String, String> value) {
      return set("Sunday", Value.mapOf(value));
    }

    /** Sets {@code Sunday} to this value; see {@link #sunday(Map)}. */
    public TimeBasedAutoScaling sunday(Value<Map<String, String>> value) {
      return set("Sunday", value);
    }

    /**
     * The schedule for Thursday.
     *
     * <p>CloudFormation property {@code Thursday}.
     */
    public TimeBasedAutoScaling thursday(Map<String, String> value) {
      return set("Thursday", Value.mapOf(value));
    }

    /** Sets {@code Thursday} to this value; see {@link #thursday(Map)}. */
    public TimeBasedAutoScaling thursday(Value<Map<String, String>> value) {
      return set("Thursday", value);
    }

    /**
     * The schedule for Tuesday.
     *
     * <p>CloudFormation property {@code Tuesday}.
     */
    public TimeBasedAutoScaling tuesday(Map<String, String> value) {
      return set("Tuesday", Value.mapOf(value));
    }

    /** Sets {@code Tuesday} to this value; see {@link #tuesday(Map)}. */
    public TimeBasedAutoScaling tuesday(Value<Map<String, String>> value) {
      return set("Tuesday", value);
    }

    /**
     * The schedule for Wednesday.
     *
     * <p>CloudFormation property {@code Wednesday}.
     */
    public TimeBasedAutoScaling wednesday(Map<String, String> value) {
      return set("Wednesday", Value.mapOf(value));
    }

    /** Sets {@code Wednesday} to this value; see {@link #wednesday(Map)}. */
    public TimeBasedAutoScaling wednesday(Value<Map<String, String>> value) {
      return set("Wednesday", value);
    }
  }
}
