// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.autoscaling;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.fn.Value;
import io.tropo4j.resources.ec2.SecurityGroup;
import io.tropo4j.resources.iam.InstanceProfile;
import java.util.List;

/**
 * The <code>AWS::AutoScaling::LaunchConfiguration</code> resource specifies the launch
 * configuration that can be used by an Auto Scaling group to configure Amazon EC2 instances.
 *
 * <p>When you update the launch configuration for an Auto Scaling group, CloudFormation deletes
 * that resource and creates a new launch configuration with the updated properties and a new name.
 * Existing instances are not affected. To update existing instances when you update the
 * <code>AWS::AutoScaling::LaunchConfiguration</code> resource, you can specify an <a
 * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-attribute-updatepolicy.html">UpdatePolicy
 * attribute</a> for the group. You can find sample update policies for rolling updates in <a
 * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/quickref-ec2-auto-scaling.html">Configure
 * Amazon EC2 Auto Scaling resources</a> .
 *
 * <p>Amazon EC2 Auto Scaling configures instances launched as part of an Auto Scaling group using
 * either a <a
 * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-ec2-launchtemplate.html">launch
 * template</a> or a launch configuration. We strongly recommend that you do not use launch
 * configurations. For more information, see <a
 * href="https://docs.aws.amazon.com/autoscaling/ec2/userguide/launch-configurations.html">Launch
 * configurations</a> in the <em>Amazon EC2 Auto Scaling User Guide</em> . For help migrating from
 * launch configurations to launch templates, see <a
 * href="https://docs.aws.amazon.com/autoscaling/ec2/userguide/migrate-launch-configurations-with-cloudformation.html">Migrate
 * AWS CloudFormation stacks from launch configurations to launch templates</a> in the <em>Amazon
 * EC2 Auto Scaling User Guide</em> .
 *
 * <p>CloudFormation type {@code AWS::AutoScaling::LaunchConfiguration}.
 */
public final class LaunchConfiguration extends Resource<LaunchConfiguration> {
  private static final Schema SCHEMA = Schema.builder("AWS::AutoScaling::LaunchConfiguration")
      .required("ImageId", "InstanceType")
      .constrain("ClassicLinkVPCId", Constraint.of().minLength(1).maxLength(255))
      .constrain("ClassicLinkVPCSecurityGroups", Constraint.of().minLength(1).maxLength(255))
      .constrain("IamInstanceProfile", Constraint.of().minLength(1).maxLength(1600))
      .references("IamInstanceProfile", "AWS::IAM::InstanceProfile.Ref")
      .constrain("ImageId", Constraint.of().minLength(1).maxLength(255).format("AWS::EC2::Image.Id"))
      .constrain("InstanceId", Constraint.of().minLength(1).maxLength(19))
      .constrain("InstanceType", Constraint.of().minLength(1).maxLength(255))
      .constrain("KernelId", Constraint.of().minLength(1).maxLength(255))
      .constrain("KeyName", Constraint.of().minLength(1).maxLength(255))
      .constrain("LaunchConfigurationName", Constraint.of().minLength(1).maxLength(255))
      .constrain("PlacementTenancy", Constraint.of().minLength(1).maxLength(64))
      .constrain("RamDiskId", Constraint.of().minLength(1).maxLength(255))
      .references("SecurityGroups", "AWS::EC2::SecurityGroup.GroupId")
      .constrain("SpotPrice", Constraint.of().minLength(1).maxLength(255))
      .constrain("UserData", Constraint.of().minLength(0).maxLength(21847))
      .refYields("LaunchConfigurationName")
      .build();

  public LaunchConfiguration(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * Specifies whether to assign a public IPv4 address to the group's instances. If the instance is
   * launched into a default subnet, the default is to assign a public IPv4 address, unless you
   * disabled the option to assign a public IPv4 address on the subnet. If the instance is launched
   * into a nondefault subnet, the default is not to assign a public IPv4 address, unless you
   * enabled the option to assign a public IPv4 address on the subnet.
   *
   * <p>If you specify <code>true</code> , each instance in the Auto Scaling group receives a unique
   * public IPv4 address. For more information, see <a
   * href="https://docs.aws.amazon.com/autoscaling/ec2/userguide/asg-in-vpc.html">Provide network
   * connectivity for your Auto Scaling instances using Amazon VPC</a> in the <em>Amazon EC2 Auto
   * Scaling User Guide</em> .
   *
   * <p>If you specify this property, you must specify at least one subnet for
   * <code>VPCZoneIdentifier</code> when you create your group.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code AssociatePublicIpAddress}.
   */
  public LaunchConfiguration associatePublicIpAddress(boolean value) {
    return set("AssociatePublicIpAddress", Value.of(value));
  }

  /**
   * Sets {@code AssociatePublicIpAddress} to this value; see {@link
   * #associatePublicIpAddress(boolean)}.
   */
  public LaunchConfiguration associatePublicIpAddress(Value<Boolean> value) {
    return set("AssociatePublicIpAddress", value);
  }

  /**
   * The block device mapping entries that define the block devices to attach to the instances at
   * launch. By default, the block devices specified in the block device mapping for the AMI are
   * used. For more information, see <a
   * href="https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/block-device-mapping-concepts.html">Block
   * device mappings</a> in the <em>Amazon EC2 User Guide</em> .
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code BlockDeviceMappings}.
   */
  public LaunchConfiguration blockDeviceMappings(List<BlockDeviceMapping> value) {
    return set("BlockDeviceMappings", Value.listOf(value));
  }

  /** Sets {@code BlockDeviceMappings} to this value; see {@link #blockDeviceMappings(List)}. */
  public LaunchConfiguration blockDeviceMappings(Value<List<BlockDeviceMapping>> value) {
    return set("BlockDeviceMappings", value);
  }

  /**
   * Sets {@code BlockDeviceMappings} to a list of these; see {@link #blockDeviceMappings(List)}.
   */
  public LaunchConfiguration blockDeviceMappings(BlockDeviceMapping... values) {
    return set("BlockDeviceMappings", Value.list(values));
  }

  /**
   * Available for backward compatibility.
   *
   * <p>Changing it replaces the resource. Length: 1 to 255 characters. CloudFormation property
   * {@code ClassicLinkVPCId}.
   */
  public LaunchConfiguration classicLinkVPCId(String value) {
    return set("ClassicLinkVPCId", Value.of(value));
  }

  /** Sets {@code ClassicLinkVPCId} to this value; see {@link #classicLinkVPCId(String)}. */
  public LaunchConfiguration classicLinkVPCId(Value<String> value) {
    return set("ClassicLinkVPCId", value);
  }

  /**
   * Available for backward compatibility.
   *
   * <p>Changing it replaces the resource. Length: 1 to 255 characters. CloudFormation property
   * {@code ClassicLinkVPCSecurityGroups}.
   */
  public LaunchConfiguration classicLinkVPCSecurityGroups(List<String> value) {
    return set("ClassicLinkVPCSecurityGroups", Value.listOf(value));
  }

  /**
   * Sets {@code ClassicLinkVPCSecurityGroups} to this value; see {@link
   * #classicLinkVPCSecurityGroups(List)}.
   */
  public LaunchConfiguration classicLinkVPCSecurityGroups(Value<List<String>> value) {
    return set("ClassicLinkVPCSecurityGroups", value);
  }

  /**
   * Specifies whether the launch configuration is optimized for EBS I/O ( <code>true</code> ) or
   * not ( <code>false</code> ). The optimization provides dedicated throughput to Amazon EBS and an
   * optimized configuration stack to provide optimal I/O performance. This optimization is not
   * available with all instance types. Additional fees are incurred when you enable EBS
   * optimization for an instance type that is not EBS-optimized by default. For more information,
   * see <a href="https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/ebs-optimized.html">Amazon
   * EBS-optimized instances</a> in the <em>Amazon EC2 User Guide</em> .
   *
   * <p>The default value is <code>false</code> .
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code EbsOptimized}.
   */
  public LaunchConfiguration ebsOptimized(boolean value) {
    return set("EbsOptimized", Value.of(value));
  }

  /** Sets {@code EbsOptimized} to this value; see {@link #ebsOptimized(boolean)}. */
  public LaunchConfiguration ebsOptimized(Value<Boolean> value) {
    return set("EbsOptimized", value);
  }

  /**
   * The name or the Amazon Resource Name (ARN) of the instance profile associated with the IAM role
   * for the instance. The instance profile contains the IAM role. For more information, see <a
   * href="https://docs.aws.amazon.com/autoscaling/ec2/userguide/us-iam-role.html">IAM role for
   * applications that run on Amazon EC2 instances</a> in the <em>Amazon EC2 Auto Scaling User
   * Guide</em> .
   *
   * <p>Changing it replaces the resource. Length: 1 to 1600 characters. CloudFormation property
   * {@code IamInstanceProfile}.
   */
  public LaunchConfiguration iamInstanceProfile(String value) {
    return set("IamInstanceProfile", Value.of(value));
  }

  /** Sets {@code IamInstanceProfile} to this value; see {@link #iamInstanceProfile(String)}. */
  public LaunchConfiguration iamInstanceProfile(Value<String> value) {
    return set("IamInstanceProfile", value);
  }

  /**
   * Sets {@code IamInstanceProfile} to the Ref of {@code AWS::IAM::InstanceProfile}; see {@link
   * #iamInstanceProfile(String)}.
   */
  public LaunchConfiguration iamInstanceProfile(InstanceProfile resource) {
    return set("IamInstanceProfile", resource.ref());
  }

  /**
   * The ID of the Amazon Machine Image (AMI) that was assigned during registration. For more
   * information, see <a
   * href="https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/finding-an-ami.html">Find a Linux
   * AMI</a> in the <em>Amazon EC2 User Guide</em> .
   *
   * <p>If you specify <code>InstanceId</code> , an <code>ImageId</code> is not required.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 255 characters. Format: {@code
   * AWS::EC2::Image.Id}. CloudFormation property {@code ImageId}.
   */
  public LaunchConfiguration imageId(String value) {
    return set("ImageId", Value.of(value));
  }

  /** Sets {@code ImageId} to this value; see {@link #imageId(String)}. */
  public LaunchConfiguration imageId(Value<String> value) {
    return set("ImageId", value);
  }

  /**
   * The ID of the Amazon EC2 instance to use to create the launch configuration. When you use an
   * instance to create a launch configuration, all properties are derived from the instance with
   * the exception of <code>BlockDeviceMapping</code> and <code>AssociatePublicIpAddress</code> .
   * You can override any properties from the instance by specifying them in the launch
   * configuration.
   *
   * <p>Changing it replaces the resource. Length: 1 to 19 characters. CloudFormation property
   * {@code InstanceId}.
   */
  public LaunchConfiguration instanceId(String value) {
    return set("InstanceId", Value.of(value));
  }

  /** Sets {@code InstanceId} to this value; see {@link #instanceId(String)}. */
  public LaunchConfiguration instanceId(Value<String> value) {
    return set("InstanceId", value);
  }

  /**
   * Controls whether instances in this group are launched with detailed ( <code>true</code> ) or
   * basic ( <code>false</code> ) monitoring.
   *
   * <p>The default value is <code>true</code> (enabled).
   *
   * <p>When detailed monitoring is enabled, Amazon CloudWatch generates metrics every minute and
   * your account is charged a fee. When you disable detailed monitoring, CloudWatch generates
   * metrics every 5 minutes. For more information, see <a
   * href="https://docs.aws.amazon.com/autoscaling/latest/userguide/enable-as-instance-metrics.html">Configure
   * monitoring for Auto Scaling instances</a> in the <em>Amazon EC2 Auto Scaling User Guide</em> .
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code InstanceMonitoring}.
   */
  public LaunchConfiguration instanceMonitoring(boolean value) {
    return set("InstanceMonitoring", Value.of(value));
  }

  /** Sets {@code InstanceMonitoring} to this value; see {@link #instanceMonitoring(boolean)}. */
  public LaunchConfiguration instanceMonitoring(Value<Boolean> value) {
    return set("InstanceMonitoring", value);
  }

  /**
   * Specifies the instance type of the EC2 instance. For information about available instance
   * types, see <a
   * href="https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/instance-types.html#AvailableInstanceTypes">Available
   * instance types</a> in the <em>Amazon EC2 User Guide</em> .
   *
   * <p>If you specify <code>InstanceId</code> , an <code>InstanceType</code> is not required.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 255 characters. CloudFormation
   * property {@code InstanceType}.
   */
  public LaunchConfiguration instanceType(String value) {
    return set("InstanceType", Value.of(value));
  }

  /** Sets {@code InstanceType} to this value; see {@link #instanceType(String)}. */
  public LaunchConfiguration instanceType(Value<String> value) {
    return set("InstanceType", value);
  }

  /**
   * The ID of the kernel associated with the AMI.
   *
   * <p>We recommend that you use PV-GRUB instead of kernels and RAM disks. For more information,
   * see <a href="https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/UserProvidedKernels.html">User
   * provided kernels</a> in the <em>Amazon EC2 User Guide</em> .
   *
   * <p>Changing it replaces the resource. Length: 1 to 255 characters. CloudFormation property
   * {@code KernelId}.
   */
  public LaunchConfiguration kernelId(String value) {
    return set("KernelId", Value.of(value));
  }

  /** Sets {@code KernelId} to this value; see {@link #kernelId(String)}. */
  public LaunchConfiguration kernelId(Value<String> value) {
    return set("KernelId", value);
  }

  /**
   * The name of the key pair. For more information, see <a
   * href="https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/ec2-key-pairs.html">Amazon EC2 key
   * pairs and Amazon EC2 instances</a> in the <em>Amazon EC2 User Guide</em> .
   *
   * <p>Changing it replaces the resource. Length: 1 to 255 characters. CloudFormation property
   * {@code KeyName}.
   */
  public LaunchConfiguration keyName(String value) {
    return set("KeyName", Value.of(value));
  }

  /** Sets {@code KeyName} to this value; see {@link #keyName(String)}. */
  public LaunchConfiguration keyName(Value<String> value) {
    return set("KeyName", value);
  }

  /**
   * The name of the launch configuration. This name must be unique per Region per account.
   *
   * <p>Changing it replaces the resource. Length: 1 to 255 characters. CloudFormation property
   * {@code LaunchConfigurationName}.
   */
  public LaunchConfiguration launchConfigurationName(String value) {
    return set("LaunchConfigurationName", Value.of(value));
  }

  /**
   * Sets {@code LaunchConfigurationName} to this value; see {@link
   * #launchConfigurationName(String)}.
   */
  public LaunchConfiguration launchConfigurationName(Value<String> value) {
    return set("LaunchConfigurationName", value);
  }

  /**
   * The metadata options for the instances. For more information, see <a
   * href="https://docs.aws.amazon.com/autoscaling/ec2/userguide/create-launch-config.html#launch-configurations-imds">Configure
   * the instance metadata options</a> in the <em>Amazon EC2 Auto Scaling User Guide</em> .
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code MetadataOptions}.
   */
  public LaunchConfiguration metadataOptions(Value<MetadataOptions> value) {
    return set("MetadataOptions", value);
  }

  /**
   * The tenancy of the instance, either <code>default</code> or <code>dedicated</code> . An
   * instance with <code>dedicated</code> tenancy runs on isolated, single-tenant hardware and can
   * only be launched into a VPC. To launch dedicated instances into a shared tenancy VPC (a VPC
   * with the instance placement tenancy attribute set to <code>default</code> ), you must set the
   * value of this property to <code>dedicated</code> .
   *
   * <p>If you specify <code>PlacementTenancy</code> , you must specify at least one subnet for
   * <code>VPCZoneIdentifier</code> when you create your group.
   *
   * <p>Valid values: <code>default</code> | <code>dedicated</code>
   *
   * <p>Changing it replaces the resource. Length: 1 to 64 characters. CloudFormation property
   * {@code PlacementTenancy}.
   */
  public LaunchConfiguration placementTenancy(String value) {
    return set("PlacementTenancy", Value.of(value));
  }

  /** Sets {@code PlacementTenancy} to this value; see {@link #placementTenancy(String)}. */
  public LaunchConfiguration placementTenancy(Value<String> value) {
    return set("PlacementTenancy", value);
  }

  /**
   * The ID of the RAM disk to select.
   *
   * <p>We recommend that you use PV-GRUB instead of kernels and RAM disks. For more information,
   * see <a href="https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/UserProvidedKernels.html">User
   * provided kernels</a> in the <em>Amazon EC2 User Guide</em> .
   *
   * <p>Changing it replaces the resource. Length: 1 to 255 characters. CloudFormation property
   * {@code RamDiskId}.
   */
  public LaunchConfiguration ramDiskId(String value) {
    return set("RamDiskId", Value.of(value));
  }

  /** Sets {@code RamDiskId} to this value; see {@link #ramDiskId(String)}. */
  public LaunchConfiguration ramDiskId(Value<String> value) {
    return set("RamDiskId", value);
  }

  /**
   * A list that contains the security groups to assign to the instances in the Auto Scaling group.
   * The list can contain both the IDs of existing security groups and references to <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-ec2-security-group.html">SecurityGroup</a>
   * resources created in the template.
   *
   * <p>For more information, see <a
   * href="https://docs.aws.amazon.com/AmazonVPC/latest/UserGuide/VPC_SecurityGroups.html">Control
   * traffic to resources using security groups</a> in the <em>Amazon Virtual Private Cloud User
   * Guide</em> .
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code SecurityGroups}.
   */
  public LaunchConfiguration securityGroups(List<String> value) {
    return set("SecurityGroups", Value.listOf(value));
  }

  /** Sets {@code SecurityGroups} to this value; see {@link #securityGroups(List)}. */
  public LaunchConfiguration securityGroups(Value<List<String>> value) {
    return set("SecurityGroups", value);
  }

  /**
   * Sets {@code SecurityGroups} to the GroupId of each {@code AWS::EC2::SecurityGroup}; see {@link
   * #securityGroups(List)}.
   */
  public LaunchConfiguration securityGroups(SecurityGroup... resources) {
    return set("SecurityGroups", Value.attributes("GroupId", resources));
  }

  /**
   * The maximum hourly price to be paid for any Spot Instance launched to fulfill the request. Spot
   * Instances are launched when the price you specify exceeds the current Spot price. For more
   * information, see <a
   * href="https://docs.aws.amazon.com/autoscaling/ec2/userguide/launch-template-spot-instances.html">Request
   * Spot Instances for fault-tolerant and flexible applications</a> in the <em>Amazon EC2 Auto
   * Scaling User Guide</em> .
   *
   * <p>Valid Range: Minimum value of 0.001
   *
   * <p>When you change your maximum price by creating a new launch configuration, running instances
   * will continue to run as long as the maximum price for those running instances is higher than
   * the current Spot price.
   *
   * <p>Changing it replaces the resource. Length: 1 to 255 characters. CloudFormation property
   * {@code SpotPrice}.
   */
  public LaunchConfiguration spotPrice(String value) {
    return set("SpotPrice", Value.of(value));
  }

  /** Sets {@code SpotPrice} to this value; see {@link #spotPrice(String)}. */
  public LaunchConfiguration spotPrice(Value<String> value) {
    return set("SpotPrice", value);
  }

  /**
   * The Base64-encoded user data to make available to the launched EC2 instances. For more
   * information, see <a
   * href="https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/ec2-instance-metadata.html">Instance
   * metadata and user data</a> in the <em>Amazon EC2 User Guide for Linux Instances</em> .
   *
   * <p>Changing it replaces the resource. Length: 0 to 21847 characters. CloudFormation property
   * {@code UserData}.
   */
  public LaunchConfiguration userData(String value) {
    return set("UserData", Value.of(value));
  }

  /** Sets {@code UserData} to this value; see {@link #userData(String)}. */
  public LaunchConfiguration userData(Value<String> value) {
    return set("UserData", value);
  }

  /**
   * <code>BlockDevice</code> is a property of the <code>EBS</code> property of the <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-autoscaling-launchconfiguration-blockdevicemapping.html">AWS::AutoScaling::LaunchConfiguration
   * BlockDeviceMapping</a> property type that describes an Amazon EBS volume.
   *
   * <p>Property type {@code AWS::AutoScaling::LaunchConfiguration.BlockDevice}.
   */
  public static final class BlockDevice extends Struct<BlockDevice> {
    private static final Schema SCHEMA = Schema.builder("AWS::AutoScaling::LaunchConfiguration.BlockDevice")
        .constrain("Iops", Constraint.of().minimum(100).maximum(20000))
        .constrain("SnapshotId", Constraint.of().minLength(1).maxLength(255))
        .constrain("Throughput", Constraint.of().minimum(125).maximum(1000))
        .constrain("VolumeSize", Constraint.of().minimum(1).maximum(16384))
        .constrain("VolumeType", Constraint.of().minLength(1).maxLength(255))
        .build();

    public BlockDevice() {
      super(SCHEMA);
    }

    /**
     * Indicates whether the volume is deleted on instance termination. For Amazon EC2 Auto Scaling,
     * the default value is <code>true</code> .
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code DeleteOnTermination}.
     */
    public BlockDevice deleteOnTermination(boolean value) {
      return set("DeleteOnTermination", Value.of(value));
    }

    /**
     * Sets {@code DeleteOnTermination} to this value; see {@link #deleteOnTermination(boolean)}.
     */
    public BlockDevice deleteOnTermination(Value<Boolean> value) {
      return set("DeleteOnTermination", value);
    }

    /**
     * Specifies whether the volume should be encrypted. Encrypted EBS volumes can only be attached
     * to instances that support Amazon EBS encryption. For more information, see <a
     * href="https://docs.aws.amazon.com/ebs/latest/userguide/ebs-encryption-requirements.html">Requirements
     * for Amazon EBS encryption</a> in the <em>Amazon EBS User Guide</em> . If your AMI uses
     * encrypted volumes, you can also only launch it on supported instance types.
     *
     * <p>If you are creating a volume from a snapshot, you cannot create an unencrypted volume from
     * an encrypted snapshot. Also, you cannot specify a KMS key ID when using a launch
     * configuration. If you enable encryption by default, the EBS volumes that you create are
     * always encrypted, either using the AWS managed KMS key or a customer-managed KMS key,
     * regardless of whether the snapshot was encrypted. For more information, see <a
     * href="https://docs.aws.amazon.com/autoscaling/ec2/userguide/ec2-auto-scaling-data-protection.html#encryption">Use
     * AWS KMS keys to encrypt Amazon EBS volumes</a> in the <em>Amazon EC2 Auto Scaling User
     * Guide</em> .
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code Encrypted}.
     */
    public BlockDevice encrypted(boolean value) {
      return set("Encrypted", Value.of(value));
    }

    /** Sets {@code Encrypted} to this value; see {@link #encrypted(boolean)}. */
    public BlockDevice encrypted(Value<Boolean> value) {
      return set("Encrypted", value);
    }

    /**
     * The number of input/output (I/O) operations per second (IOPS) to provision for the volume.
     * For <code>gp3</code> and <code>io1</code> volumes, this represents the number of IOPS that
     * are provisioned for the volume. For <code>gp2</code> volumes, this represents the baseline
     * performance of the volume and the rate at which the volume accumulates I/O credits for
     * bursting.
     *
     * <p>The following are the supported values for each volume type:
     *
     * <ul> <li><code>gp3</code> : 3,000-16,000 IOPS <li><code>io1</code> : 100-64,000 IOPS </ul>
     *
     * <p>For <code>io1</code> volumes, we guarantee 64,000 IOPS only for <a
     * href="https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/instance-types.html#ec2-nitro-instances">Instances
     * built on the Nitro System</a> . Other instance families guarantee performance up to 32,000
     * IOPS.
     *
     * <p><code>Iops</code> is supported when the volume type is <code>gp3</code> or
     * <code>io1</code> and required only when the volume type is <code>io1</code> . (Not used with
     * <code>standard</code> , <code>gp2</code> , <code>st1</code> , or <code>sc1</code> volumes.)
     *
     * <p>Changing it replaces the resource. Range: 100 to 20000. CloudFormation property {@code
     * Iops}.
     */
    public BlockDevice iops(int value) {
      return set("Iops", Value.of(value));
    }

    /** Sets {@code Iops} to this value; see {@link #iops(int)}. */
    public BlockDevice iops(Value<Integer> value) {
      return set("Iops", value);
    }

    /**
     * The snapshot ID of the volume to use.
     *
     * <p>You must specify either a <code>VolumeSize</code> or a <code>SnapshotId</code> .
     *
     * <p>Changing it replaces the resource. Length: 1 to 255 characters. CloudFormation property
     * {@code SnapshotId}.
     */
    public BlockDevice snapshotId(String value) {
      return set("SnapshotId", Value.of(value));
    }

    /** Sets {@code SnapshotId} to this value; see {@link #snapshotId(String)}. */
    public BlockDevice snapshotId(Value<String> value) {
      return set("SnapshotId", value);
    }

    /**
     * The throughput (MiBps) to provision for a <code>gp3</code> volume.
     *
     * <p>Changing it replaces the resource. Range: 125 to 1000. CloudFormation property {@code
     * Throughput}.
     */
    public BlockDevice throughput(int value) {
      return set("Throughput", Value.of(value));
    }

    /** Sets {@code Throughput} to this value; see {@link #throughput(int)}. */
    public BlockDevice throughput(Value<Integer> value) {
      return set("Throughput", value);
    }

    /**
     * The volume size, in GiBs. The following are the supported volumes sizes for each volume type:
     *
     * <ul> <li><code>gp2</code> and <code>gp3</code> : 1-16,384 <li><code>io1</code> : 4-16,384
     * <li><code>st1</code> and <code>sc1</code> : 125-16,384 <li><code>standard</code> : 1-1,024
     * </ul>
     *
     * <p>You must specify either a <code>SnapshotId</code> or a <code>VolumeSize</code> . If you
     * specify both <code>SnapshotId</code> and <code>VolumeSize</code> , the volume size must be
     * equal or greater than the size of the snapshot.
     *
     * <p>Changing it replaces the resource. Range: 1 to 16384. CloudFormation property {@code
     * VolumeSize}.
     */
    public BlockDevice volumeSize(int value) {
      return set("VolumeSize", Value.of(value));
    }

    /** Sets {@code VolumeSize} to this value; see {@link #volumeSize(int)}. */
    public BlockDevice volumeSize(Value<Integer> value) {
      return set("VolumeSize", value);
    }

    /**
     * The volume type. For more information, see <a
     * href="https://docs.aws.amazon.com/ebs/latest/userguide/ebs-volume-types.html">Amazon EBS
     * volume types</a> in the <em>Amazon EBS User Guide</em> .
     *
     * <p>Valid values: <code>standard</code> | <code>io1</code> | <code>gp2</code> |
     * <code>st1</code> | <code>sc1</code> | <code>gp3</code>
     *
     * <p>Changing it replaces the resource. Length: 1 to 255 characters. CloudFormation property
     * {@code VolumeType}.
     */
    public BlockDevice volumeType(String value) {
      return set("VolumeType", Value.of(value));
    }

    /** Sets {@code VolumeType} to this value; see {@link #volumeType(String)}. */
    public BlockDevice volumeType(Value<String> value) {
      return set("VolumeType", value);
    }
  }

  /**
   * <code>BlockDeviceMapping</code> specifies a block device mapping for the
   * <code>BlockDeviceMappings</code> property of the <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-autoscaling-launchconfiguration.html">AWS::AutoScaling::LaunchConfiguration</a>
   * resource.
   *
   * <p>Each instance that is launched has an associated root device volume, either an Amazon EBS
   * volume or an instance store volume. You can use block device mappings to specify additional EBS
   * volumes or instance store volumes to attach to an instance when it is launched.
   *
   * <p>For more information, see <a
   * href="https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/block-device-mapping-concepts.html#block-device-mapping-ex">Example
   * block device mapping</a> in the <em>Amazon EC2 User Guide for Linux Instances</em> .
   *
   * <p>Property type {@code AWS::AutoScaling::LaunchConfiguration.BlockDeviceMapping}.
   */
  public static final class BlockDeviceMapping extends Struct<BlockDeviceMapping> {
    private static final Schema SCHEMA = Schema.builder("AWS::AutoScaling::LaunchConfiguration.BlockDeviceMapping")
        .required("DeviceName")
        .constrain("DeviceName", Constraint.of().minLength(1).maxLength(255))
        .constrain("VirtualName", Constraint.of().minLength(1).maxLength(255))
        .build();

    public BlockDeviceMapping() {
      super(SCHEMA);
    }

    /**
     * The device name assigned to the volume (for example, <code>/dev/sdh</code> or
     * <code>xvdh</code> ). For more information, see <a
     * href="https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/device_naming.html">Device naming
     * on Linux instances</a> in the <em>Amazon EC2 User Guide</em> .
     *
     * <p>To define a block device mapping, set the device name and exactly one of the following
     * properties: <code>Ebs</code> , <code>NoDevice</code> , or <code>VirtualName</code> .
     *
     * <p>Required. Changing it replaces the resource. Length: 1 to 255 characters. CloudFormation
     * property {@code DeviceName}.
     */
    public BlockDeviceMapping deviceName(String value) {
      return set("DeviceName", Value.of(value));
    }

    /** Sets {@code DeviceName} to this value; see {@link #deviceName(String)}. */
    public BlockDeviceMapping deviceName(Value<String> value) {
      return set("DeviceName", value);
    }

    /**
     * Information to attach an EBS volume to an instance at launch.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code Ebs}.
     */
    public BlockDeviceMapping ebs(Value<BlockDevice> value) {
      return set("Ebs", value);
    }

    /**
     * Setting this value to <code>true</code> prevents a volume that is included in the block
     * device mapping of the AMI from being mapped to the specified device name at launch.
     *
     * <p>If <code>NoDevice</code> is <code>true</code> for the root device, instances might fail
     * the EC2 health check. In that case, Amazon EC2 Auto Scaling launches replacement instances.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code NoDevice}.
     */
    public BlockDeviceMapping noDevice(boolean value) {
      return set("NoDevice", Value.of(value));
    }

    /** Sets {@code NoDevice} to this value; see {@link #noDevice(boolean)}. */
    public BlockDeviceMapping noDevice(Value<Boolean> value) {
      return set("NoDevice", value);
    }

    /**
     * The name of the instance store volume (virtual device) to attach to an instance at launch.
     * The name must be in the form ephemeral <em>X</em> where <em>X</em> is a number starting from
     * zero (0), for example, <code>ephemeral0</code> .
     *
     * <p>Changing it replaces the resource. Length: 1 to 255 characters. CloudFormation property
     * {@code VirtualName}.
     */
    public BlockDeviceMapping virtualName(String value) {
      return set("VirtualName", Value.of(value));
    }

    /** Sets {@code VirtualName} to this value; see {@link #virtualName(String)}. */
    public BlockDeviceMapping virtualName(Value<String> value) {
      return set("VirtualName", value);
    }
  }

  /**
   * <code>MetadataOptions</code> is a property of <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-autoscaling-launchconfiguration.html">AWS::AutoScaling::LaunchConfiguration</a>
   * that describes metadata options for the instances.
   *
   * <p>For more information, see <a
   * href="https://docs.aws.amazon.com/autoscaling/ec2/userguide/create-launch-config.html#launch-configurations-imds">Configure
   * the instance metadata options</a> in the <em>Amazon EC2 Auto Scaling User Guide</em> .
   *
   * <p>Property type {@code AWS::AutoScaling::LaunchConfiguration.MetadataOptions}.
   */
  public static final class MetadataOptions extends Struct<MetadataOptions> {
    private static final Schema SCHEMA = Schema.builder("AWS::AutoScaling::LaunchConfiguration.MetadataOptions")
        .allowed("HttpEndpoint", "disabled", "enabled")
        .constrain("HttpPutResponseHopLimit", Constraint.of().minimum(1).maximum(64))
        .allowed("HttpTokens", "optional", "required")
        .build();

    public MetadataOptions() {
      super(SCHEMA);
    }

    /**
     * This parameter enables or disables the HTTP metadata endpoint on your instances. If the
     * parameter is not specified, the default state is <code>enabled</code> .
     *
     * <p>If you specify a value of <code>disabled</code> , you will not be able to access your
     * instance metadata.
     *
     * <p>Changing it replaces the resource. Allowed values: {@code disabled}, {@code enabled}.
     * CloudFormation property {@code HttpEndpoint}.
     */
    public MetadataOptions httpEndpoint(String value) {
      return set("HttpEndpoint", Value.of(value));
    }

    /** Sets {@code HttpEndpoint} to this value; see {@link #httpEndpoint(String)}. */
    public MetadataOptions httpEndpoint(Value<String> value) {
      return set("HttpEndpoint", value);
    }

    /**
     * The desired HTTP PUT response hop limit for instance metadata requests. The larger the
     * number, the further instance metadata requests can travel.
     *
     * <p>Default: 1
     *
     * <p>Changing it replaces the resource. Range: 1 to 64. CloudFormation property {@code
     * HttpPutResponseHopLimit}.
     */
    public MetadataOptions httpPutResponseHopLimit(int value) {
      return set("HttpPutResponseHopLimit", Value.of(value));
    }

    /**
     * Sets {@code HttpPutResponseHopLimit} to this value; see {@link
     * #httpPutResponseHopLimit(int)}.
     */
    public MetadataOptions httpPutResponseHopLimit(Value<Integer> value) {
      return set("HttpPutResponseHopLimit", value);
    }

    /**
     * The state of token usage for your instance metadata requests. If the parameter is not
     * specified in the request, the default state is <code>optional</code> .
     *
     * <p>If the state is <code>optional</code> , you can choose to retrieve instance metadata with
     * or without a signed token header on your request. If you retrieve the IAM role credentials
     * without a token, the version 1.0 role credentials are returned. If you retrieve the IAM role
     * credentials using a valid signed token, the version 2.0 role credentials are returned.
     *
     * <p>If the state is <code>required</code> , you must send a signed token header with any
     * instance metadata retrieval requests. In this state, retrieving the IAM role credentials
     * always returns the version 2.0 credentials; the version 1.0 credentials are not available.
     *
     * <p>Changing it replaces the resource. Allowed values: {@code optional}, {@code required}.
     * CloudFormation property {@code HttpTokens}.
     */
    public MetadataOptions httpTokens(String value) {
      return set("HttpTokens", Value.of(value));
    }

    /** Sets {@code HttpTokens} to this value; see {@link #httpTokens(String)}. */
    public MetadataOptions httpTokens(Value<String> value) {
      return set("HttpTokens", value);
    }
  }
}
