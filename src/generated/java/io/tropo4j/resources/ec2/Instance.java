// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.ec2;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Json;
import io.tropo4j.fn.Value;
import io.tropo4j.resources.iam.InstanceProfile;
import io.tropo4j.resources.kms.Key;
import io.tropo4j.resources.ssm.Document;
import java.util.List;

/**
 * Specifies an EC2 instance.
 *
 * <p>If an Elastic IP address is attached to your instance, AWS CloudFormation reattaches the
 * Elastic IP address after it updates the instance. For more information about updating stacks, see
 * <a
 * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/using-cfn-updating-stacks.html">AWS
 * CloudFormation Stacks Updates</a> .
 *
 * <p>CloudFormation type {@code AWS::EC2::Instance}.
 */
public final class Instance extends Resource<Instance> {
  private static final Schema SCHEMA = Schema.builder("AWS::EC2::Instance")
      .allowed("Affinity", "default", "host")
      .references("HostId", "AWS::EC2::Host.Ref")
      .references("IamInstanceProfile", "AWS::IAM::InstanceProfile.Ref")
      .constrain("ImageId", Constraint.of().format("AWS::EC2::Image.Id"))
      .allowed("InstanceInitiatedShutdownBehavior", "stop", "terminate")
      .references("PlacementGroupName", "AWS::EC2::PlacementGroup.Ref")
      .references("SecurityGroupIds", "AWS::EC2::SecurityGroup.GroupId")
      .constrain("SecurityGroups", Constraint.of().format("AWS::EC2::SecurityGroup.Name"))
      .constrain("SubnetId", Constraint.of().format("AWS::EC2::Subnet.Id"))
      .references("SubnetId", "AWS::EC2::Subnet.Ref")
      .refYields("InstanceId")
      .attributes("AvailabilityZone", "InstanceId", "PrivateDnsName", "PrivateIp", "PublicDnsName",
          "PublicIp", "State", "VpcId")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public Instance(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * This property is reserved for internal use. If you use it, the stack fails with this error:
   * <code>Bad property set: [Testing this property] (Service: AmazonEC2; Status Code: 400; Error
   * Code: InvalidParameterCombination; Request ID: 0XXXXXX-49c7-4b40-8bcc-76885dcXXXXX)</code> .
   *
   * <p>Changing it may replace the resource. CloudFormation property {@code AdditionalInfo}.
   */
  public Instance additionalInfo(String value) {
    return set("AdditionalInfo", Value.of(value));
  }

  /** Sets {@code AdditionalInfo} to this value; see {@link #additionalInfo(String)}. */
  public Instance additionalInfo(Value<String> value) {
    return set("AdditionalInfo", value);
  }

  /**
   * Indicates whether the instance is associated with a dedicated host. If you want the instance to
   * always restart on the same host on which it was launched, specify <code>host</code> . If you
   * want the instance to restart on any available host, but try to launch onto the last host it ran
   * on (on a best-effort basis), specify <code>default</code> .
   *
   * <p>Changing it may replace the resource. Allowed values: {@code default}, {@code host}.
   * CloudFormation property {@code Affinity}.
   */
  public Instance affinity(String value) {
    return set("Affinity", Value.of(value));
  }

  /** Sets {@code Affinity} to this value; see {@link #affinity(String)}. */
  public Instance affinity(Value<String> value) {
    return set("Affinity", value);
  }

  /**
   * The Availability Zone of the instance.
   *
   * <p>If not specified, an Availability Zone will be automatically chosen for you based on the
   * load balancing criteria for the Region.
   *
   * <p>This parameter is not supported by <a
   * href="https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DescribeImageAttribute.html">DescribeImageAttribute</a>
   * .
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
   * The block device mapping entries that defines the block devices to attach to the instance at
   * launch.
   *
   * <p>By default, the block devices specified in the block device mapping for the AMI are used.
   * You can override the AMI block device mapping using the instance block device mapping. For the
   * root volume, you can override only the volume size, volume type, volume encryption settings,
   * and the <code>DeleteOnTermination</code> setting.
   *
   * <p>After the instance is running, you can modify only the <code>DeleteOnTermination</code>
   * parameter for the attached volumes without interrupting the instance. Modifying any other
   * parameter results in instance <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/using-cfn-updating-stacks-update-behaviors.html#update-replacement">replacement</a>
   * .
   *
   * <p>Changing it may replace the resource. CloudFormation property {@code BlockDeviceMappings}.
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
   * The CPU options for the instance. For more information, see <a
   * href="https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/instance-optimize-cpu.html">Optimize
   * CPU options</a> in the <em>Amazon Elastic Compute Cloud User Guide</em> .
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code CpuOptions}.
   */
  public Instance cpuOptions(Value<CpuOptions> value) {
    return set("CpuOptions", value);
  }

  /**
   * The credit option for CPU usage of the burstable performance instance. Valid values are
   * <code>standard</code> and <code>unlimited</code> . To change this attribute after launch, use
   * <a
   * href="https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_ModifyInstanceCreditSpecification.html">ModifyInstanceCreditSpecification</a>
   * . For more information, see <a
   * href="https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/burstable-performance-instances.html">Burstable
   * performance instances</a> in the <em>Amazon EC2 User Guide</em> .
   *
   * <p>Default: <code>standard</code> (T2 instances) or <code>unlimited</code> (T3/T3a/T4g
   * instances)
   *
   * <p>For T3 instances with <code>host</code> tenancy, only <code>standard</code> is supported.
   *
   * <p>CloudFormation property {@code CreditSpecification}.
   */
  public Instance creditSpecification(Value<CreditSpecification> value) {
    return set("CreditSpecification", value);
  }

  /**
   * Indicates whether termination protection is enabled for the instance. The default is
   * <code>false</code> , which means that you can terminate the instance using the Amazon EC2
   * console, command line tools, or API. You can enable termination protection when you launch an
   * instance, while the instance is running, or while the instance is stopped.
   *
   * <p>CloudFormation property {@code DisableApiTermination}.
   */
  public Instance disableApiTermination(boolean value) {
    return set("DisableApiTermination", Value.of(value));
  }

  /**
   * Sets {@code DisableApiTermination} to this value; see {@link #disableApiTermination(boolean)}.
   */
  public Instance disableApiTermination(Value<Boolean> value) {
    return set("DisableApiTermination", value);
  }

  /**
   * Indicates whether the instance is optimized for Amazon EBS I/O. This optimization provides
   * dedicated throughput to Amazon EBS and an optimized configuration stack to provide optimal
   * Amazon EBS I/O performance. This optimization isn't available with all instance types.
   * Additional usage charges apply when using an EBS-optimized instance.
   *
   * <p>Default: <code>false</code>
   *
   * <p>Changing it may replace the resource. CloudFormation property {@code EbsOptimized}.
   */
  public Instance ebsOptimized(boolean value) {
    return set("EbsOptimized", Value.of(value));
  }

  /** Sets {@code EbsOptimized} to this value; see {@link #ebsOptimized(boolean)}. */
  public Instance ebsOptimized(Value<Boolean> value) {
    return set("EbsOptimized", value);
  }

  /**
   * An elastic GPU to associate with the instance.
   *
   * <p>Amazon Elastic Graphics reached end of life on January 8, 2024.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code ElasticGpuSpecifications}.
   */
  public Instance elasticGpuSpecifications(List<ElasticGpuSpecification> value) {
    return set("ElasticGpuSpecifications", Value.listOf(value));
  }

  /**
   * Sets {@code ElasticGpuSpecifications} to this value; see {@link
   * #elasticGpuSpecifications(List)}.
   */
  public Instance elasticGpuSpecifications(Value<List<ElasticGpuSpecification>> value) {
    return set("ElasticGpuSpecifications", value);
  }

  /**
   * Sets {@code ElasticGpuSpecifications} to a list of these; see {@link
   * #elasticGpuSpecifications(List)}.
   */
  public Instance elasticGpuSpecifications(ElasticGpuSpecification... values) {
    return set("ElasticGpuSpecifications", Value.list(values));
  }

  /**
   * An elastic inference accelerator to associate with the instance.
   *
   * <p>Amazon Elastic Inference is no longer available.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code
   * ElasticInferenceAccelerators}.
   */
  public Instance elasticInferenceAccelerators(List<ElasticInferenceAccelerator> value) {
    return set("ElasticInferenceAccelerators", Value.listOf(value));
  }

  /**
   * Sets {@code ElasticInferenceAccelerators} to this value; see {@link
   * #elasticInferenceAccelerators(List)}.
   */
  public Instance elasticInferenceAccelerators(Value<List<ElasticInferenceAccelerator>> value) {
    return set("ElasticInferenceAccelerators", value);
  }

  /**
   * Sets {@code ElasticInferenceAccelerators} to a list of these; see {@link
   * #elasticInferenceAccelerators(List)}.
   */
  public Instance elasticInferenceAccelerators(ElasticInferenceAccelerator... values) {
    return set("ElasticInferenceAccelerators", Value.list(values));
  }

  /**
   * Indicates whether the instance is enabled for AWS Nitro Enclaves.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code EnclaveOptions}.
   */
  public Instance enclaveOptions(Value<EnclaveOptions> value) {
    return set("EnclaveOptions", value);
  }

  /**
   * Indicates whether an instance is enabled for hibernation. This parameter is valid only if the
   * instance meets the <a
   * href="https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/hibernating-prerequisites.html">hibernation
   * prerequisites</a> . For more information, see <a
   * href="https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/Hibernate.html">Hibernate your Amazon
   * EC2 instance</a> in the <em>Amazon EC2 User Guide</em> .
   *
   * <p>You can't enable hibernation and AWS Nitro Enclaves on the same instance.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code HibernationOptions}.
   */
  public Instance hibernationOptions(Value<HibernationOptions> value) {
    return set("HibernationOptions", value);
  }

  /**
   * If you specify host for the <code>Affinity</code> property, the ID of a dedicated host that the
   * instance is associated with. If you don't specify an ID, Amazon EC2 launches the instance onto
   * any available, compatible dedicated host in your account. This type of launch is called an
   * untargeted launch. Note that for untargeted launches, you must have a compatible, dedicated
   * host available to successfully launch instances.
   *
   * <p>Changing it may replace the resource. CloudFormation property {@code HostId}.
   */
  public Instance hostId(String value) {
    return set("HostId", Value.of(value));
  }

  /** Sets {@code HostId} to this value; see {@link #hostId(String)}. */
  public Instance hostId(Value<String> value) {
    return set("HostId", value);
  }

  /** Sets {@code HostId} to the Ref of {@code AWS::EC2::Host}; see {@link #hostId(String)}. */
  public Instance hostId(Host resource) {
    return set("HostId", resource.ref());
  }

  /**
   * The ARN of the host resource group in which to launch the instances. If you specify a host
   * resource group ARN, omit the <em>Tenancy</em> parameter or set it to <code>host</code> .
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code HostResourceGroupArn}.
   */
  public Instance hostResourceGroupArn(String value) {
    return set("HostResourceGroupArn", Value.of(value));
  }

  /** Sets {@code HostResourceGroupArn} to this value; see {@link #hostResourceGroupArn(String)}. */
  public Instance hostResourceGroupArn(Value<String> value) {
    return set("HostResourceGroupArn", value);
  }

  /**
   * The name of an IAM instance profile. To create a new IAM instance profile, use the <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-iam-instanceprofile.html">AWS::IAM::InstanceProfile</a>
   * resource.
   *
   * <p>CloudFormation property {@code IamInstanceProfile}.
   */
  public Instance iamInstanceProfile(String value) {
    return set("IamInstanceProfile", Value.of(value));
  }

  /** Sets {@code IamInstanceProfile} to this value; see {@link #iamInstanceProfile(String)}. */
  public Instance iamInstanceProfile(Value<String> value) {
    return set("IamInstanceProfile", value);
  }

  /**
   * Sets {@code IamInstanceProfile} to the Ref of {@code AWS::IAM::InstanceProfile}; see {@link
   * #iamInstanceProfile(String)}.
   */
  public Instance iamInstanceProfile(InstanceProfile resource) {
    return set("IamInstanceProfile", resource.ref());
  }

  /**
   * The ID of the AMI. An AMI ID is required to launch an instance and must be specified here or in
   * a launch template.
   *
   * <p>Changing it replaces the resource. Format: {@code AWS::EC2::Image.Id}. CloudFormation
   * property {@code ImageId}.
   */
  public Instance imageId(String value) {
    return set("ImageId", Value.of(value));
  }

  /** Sets {@code ImageId} to this value; see {@link #imageId(String)}. */
  public Instance imageId(Value<String> value) {
    return set("ImageId", value);
  }

  /**
   * Indicates whether an instance stops or terminates when you initiate shutdown from the instance
   * (using the operating system command for system shutdown).
   *
   * <p>Default: <code>stop</code>
   *
   * <p>Allowed values: {@code stop}, {@code terminate}. CloudFormation property {@code
   * InstanceInitiatedShutdownBehavior}.
   */
  public Instance instanceInitiatedShutdownBehavior(String value) {
    return set("InstanceInitiatedShutdownBehavior", Value.of(value));
  }

  /**
   * Sets {@code InstanceInitiatedShutdownBehavior} to this value; see {@link
   * #instanceInitiatedShutdownBehavior(String)}.
   */
  public Instance instanceInitiatedShutdownBehavior(Value<String> value) {
    return set("InstanceInitiatedShutdownBehavior", value);
  }

  /**
   * The instance type. For more information, see <a
   * href="https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/instance-types.html">Instance
   * types</a> in the <em>Amazon EC2 User Guide</em> .
   *
   * <p>When you change your EBS-backed instance type, instance restart or replacement behavior
   * depends on the instance type compatibility between the old and new types. An instance with an
   * instance store volume as the root volume is always replaced. For more information, see <a
   * href="https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/ec2-instance-resize.html">Change the
   * instance type</a> in the <em>Amazon EC2 User Guide</em> .
   *
   * <p>Changing it may replace the resource. CloudFormation property {@code InstanceType}.
   */
  public Instance instanceType(String value) {
    return set("InstanceType", Value.of(value));
  }

  /** Sets {@code InstanceType} to this value; see {@link #instanceType(String)}. */
  public Instance instanceType(Value<String> value) {
    return set("InstanceType", value);
  }

  /**
   * The number of IPv6 addresses to associate with the primary network interface. Amazon EC2
   * chooses the IPv6 addresses from the range of your subnet. You cannot specify this option and
   * the option to assign specific IPv6 addresses in the same request. You can specify this option
   * if you've specified a minimum number of instances to launch.
   *
   * <p>You cannot specify this option and the network interfaces option in the same request.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code Ipv6AddressCount}.
   */
  public Instance ipv6AddressCount(int value) {
    return set("Ipv6AddressCount", Value.of(value));
  }

  /** Sets {@code Ipv6AddressCount} to this value; see {@link #ipv6AddressCount(int)}. */
  public Instance ipv6AddressCount(Value<Integer> value) {
    return set("Ipv6AddressCount", value);
  }

  /**
   * The IPv6 addresses from the range of the subnet to associate with the primary network
   * interface. You cannot specify this option and the option to assign a number of IPv6 addresses
   * in the same request. You cannot specify this option if you've specified a minimum number of
   * instances to launch.
   *
   * <p>You cannot specify this option and the network interfaces option in the same request.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code Ipv6Addresses}.
   */
  public Instance ipv6Addresses(List<InstanceIpv6Address> value) {
    return set("Ipv6Addresses", Value.listOf(value));
  }

  /** Sets {@code Ipv6Addresses} to this value; see {@link #ipv6Addresses(List)}. */
  public Instance ipv6Addresses(Value<List<InstanceIpv6Address>> value) {
    return set("Ipv6Addresses", value);
  }

  /** Sets {@code Ipv6Addresses} to a list of these; see {@link #ipv6Addresses(List)}. */
  public Instance ipv6Addresses(InstanceIpv6Address... values) {
    return set("Ipv6Addresses", Value.list(values));
  }

  /**
   * The ID of the kernel.
   *
   * <p>We recommend that you use PV-GRUB instead of kernels and RAM disks. For more information,
   * see <a
   * href="https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/UserProvidedkernels.html">PV-GRUB</a>
   * in the <em>Amazon EC2 User Guide</em> .
   *
   * <p>Changing it may replace the resource. CloudFormation property {@code KernelId}.
   */
  public Instance kernelId(String value) {
    return set("KernelId", Value.of(value));
  }

  /** Sets {@code KernelId} to this value; see {@link #kernelId(String)}. */
  public Instance kernelId(Value<String> value) {
    return set("KernelId", value);
  }

  /**
   * The name of the key pair. For more information, see <a
   * href="https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/create-key-pairs.html">Create a key
   * pair for your EC2 instance</a> .
   *
   * <p>If you do not specify a key pair, you can't connect to the instance unless you choose an AMI
   * that is configured to allow users another way to log in.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code KeyName}.
   */
  public Instance keyName(String value) {
    return set("KeyName", Value.of(value));
  }

  /** Sets {@code KeyName} to this value; see {@link #keyName(String)}. */
  public Instance keyName(Value<String> value) {
    return set("KeyName", value);
  }

  /**
   * The launch template. Any additional parameters that you specify for the new instance overwrite
   * the corresponding parameters included in the launch template.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code LaunchTemplate}.
   */
  public Instance launchTemplate(Value<LaunchTemplateSpecification> value) {
    return set("LaunchTemplate", value);
  }

  /**
   * The license configurations.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code LicenseSpecifications}.
   */
  public Instance licenseSpecifications(List<LicenseSpecification> value) {
    return set("LicenseSpecifications", Value.listOf(value));
  }

  /** Sets {@code LicenseSpecifications} to this value; see {@link #licenseSpecifications(List)}. */
  public Instance licenseSpecifications(Value<List<LicenseSpecification>> value) {
    return set("LicenseSpecifications", value);
  }

  /**
   * Sets {@code LicenseSpecifications} to a list of these; see {@link
   * #licenseSpecifications(List)}.
   */
  public Instance licenseSpecifications(LicenseSpecification... values) {
    return set("LicenseSpecifications", Value.list(values));
  }

  /**
   * The metadata options for the instance.
   *
   * <p>CloudFormation property {@code MetadataOptions}.
   */
  public Instance metadataOptions(Value<MetadataOptions> value) {
    return set("MetadataOptions", value);
  }

  /**
   * Specifies whether detailed monitoring is enabled for the instance. Specify <code>true</code> to
   * enable detailed monitoring. Otherwise, basic monitoring is enabled. For more information about
   * detailed monitoring, see <a
   * href="https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/using-cloudwatch-new.html">Enable or
   * turn off detailed monitoring for your instances</a> in the <em>Amazon EC2 User Guide</em> .
   *
   * <p>CloudFormation property {@code Monitoring}.
   */
  public Instance monitoring(boolean value) {
    return set("Monitoring", Value.of(value));
  }

  /** Sets {@code Monitoring} to this value; see {@link #monitoring(boolean)}. */
  public Instance monitoring(Value<Boolean> value) {
    return set("Monitoring", value);
  }

  /**
   * The network interfaces to associate with the instance.
   *
   * <p>If you use this property to point to a network interface, you must terminate the original
   * interface before attaching a new one to allow the update of the instance to succeed. If this
   * resource has a public IP address and is also in a VPC that is defined in the same template, you
   * must use the <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-attribute-dependson.html">DependsOn
   * Attribute</a> to declare a dependency on the VPC-gateway attachment.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code NetworkInterfaces}.
   */
  public Instance networkInterfaces(List<NetworkInterface> value) {
    return set("NetworkInterfaces", Value.listOf(value));
  }

  /** Sets {@code NetworkInterfaces} to this value; see {@link #networkInterfaces(List)}. */
  public Instance networkInterfaces(Value<List<NetworkInterface>> value) {
    return set("NetworkInterfaces", value);
  }

  /** Sets {@code NetworkInterfaces} to a list of these; see {@link #networkInterfaces(List)}. */
  public Instance networkInterfaces(NetworkInterface... values) {
    return set("NetworkInterfaces", Value.list(values));
  }

  /**
   * The name of an existing placement group that you want to launch the instance into (cluster |
   * partition | spread).
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code PlacementGroupName}.
   */
  public Instance placementGroupName(String value) {
    return set("PlacementGroupName", Value.of(value));
  }

  /** Sets {@code PlacementGroupName} to this value; see {@link #placementGroupName(String)}. */
  public Instance placementGroupName(Value<String> value) {
    return set("PlacementGroupName", value);
  }

  /**
   * Sets {@code PlacementGroupName} to the Ref of {@code AWS::EC2::PlacementGroup}; see {@link
   * #placementGroupName(String)}.
   */
  public Instance placementGroupName(PlacementGroup resource) {
    return set("PlacementGroupName", resource.ref());
  }

  /**
   * The options for the instance hostname.
   *
   * <p>Changing it may replace the resource. CloudFormation property {@code PrivateDnsNameOptions}.
   */
  public Instance privateDnsNameOptions(Value<PrivateDnsNameOptions> value) {
    return set("PrivateDnsNameOptions", value);
  }

  /**
   * The primary IPv4 address. You must specify a value from the IPv4 address range of the subnet.
   *
   * <p>Only one private IP address can be designated as primary. You can't specify this option if
   * you've specified the option to designate a private IP address as the primary IP address in a
   * network interface specification. You cannot specify this option if you're launching more than
   * one instance in the request.
   *
   * <p>You cannot specify this option and the network interfaces option in the same request.
   *
   * <p>If you make an update to an instance that requires replacement, you must assign a new
   * private IP address. During a replacement, AWS CloudFormation creates a new instance but doesn't
   * delete the old instance until the stack has successfully updated. If the stack update fails,
   * AWS CloudFormation uses the old instance to roll back the stack to the previous working state.
   * The old and new instances cannot have the same private IP address.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code PrivateIpAddress}.
   */
  public Instance privateIpAddress(String value) {
    return set("PrivateIpAddress", Value.of(value));
  }

  /** Sets {@code PrivateIpAddress} to this value; see {@link #privateIpAddress(String)}. */
  public Instance privateIpAddress(Value<String> value) {
    return set("PrivateIpAddress", value);
  }

  /**
   * Indicates whether to assign the tags specified in the <code>Tags</code> property to the volumes
   * specified in the <code>BlockDeviceMappings</code> property.
   *
   * <p>Note that using this feature does not assign the tags to volumes that are created separately
   * and then attached using <code>AWS::EC2::VolumeAttachment</code> .
   *
   * <p>CloudFormation property {@code PropagateTagsToVolumeOnCreation}.
   */
  public Instance propagateTagsToVolumeOnCreation(boolean value) {
    return set("PropagateTagsToVolumeOnCreation", Value.of(value));
  }

  /**
   * Sets {@code PropagateTagsToVolumeOnCreation} to this value; see {@link
   * #propagateTagsToVolumeOnCreation(boolean)}.
   */
  public Instance propagateTagsToVolumeOnCreation(Value<Boolean> value) {
    return set("PropagateTagsToVolumeOnCreation", value);
  }

  /**
   * The ID of the RAM disk to select. Some kernels require additional drivers at launch. Check the
   * kernel requirements for information about whether you need to specify a RAM disk. To find
   * kernel requirements, go to the AWS Resource Center and search for the kernel ID.
   *
   * <p>We recommend that you use PV-GRUB instead of kernels and RAM disks. For more information,
   * see <a
   * href="https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/UserProvidedkernels.html">PV-GRUB</a>
   * in the <em>Amazon EC2 User Guide</em> .
   *
   * <p>Changing it may replace the resource. CloudFormation property {@code RamdiskId}.
   */
  public Instance ramdiskId(String value) {
    return set("RamdiskId", Value.of(value));
  }

  /** Sets {@code RamdiskId} to this value; see {@link #ramdiskId(String)}. */
  public Instance ramdiskId(Value<String> value) {
    return set("RamdiskId", value);
  }

  /**
   * The IDs of the security groups. You can specify the IDs of existing security groups and
   * references to resources created by the stack template.
   *
   * <p>If you specify a network interface, you must specify any security groups as part of the
   * network interface.
   *
   * <p>Changing it may replace the resource. CloudFormation property {@code SecurityGroupIds}.
   */
  public Instance securityGroupIds(List<String> value) {
    return set("SecurityGroupIds", Value.listOf(value));
  }

  /** Sets {@code SecurityGroupIds} to this value; see {@link #securityGroupIds(List)}. */
  public Instance securityGroupIds(Value<List<String>> value) {
    return set("SecurityGroupIds", value);
  }

  /**
   * Sets {@code SecurityGroupIds} to the GroupId of each {@code AWS::EC2::SecurityGroup}; see
   * {@link #securityGroupIds(List)}.
   */
  public Instance securityGroupIds(SecurityGroup... resources) {
    return set("SecurityGroupIds", Value.attributes("GroupId", resources));
  }

  /**
   * [Default VPC] The names of the security groups. For a nondefault VPC, you must use security
   * group IDs instead.
   *
   * <p>You cannot specify this option and the network interfaces option in the same request. The
   * list can contain both the name of existing Amazon EC2 security groups or references to
   * AWS::EC2::SecurityGroup resources created in the template.
   *
   * <p>Default: Amazon EC2 uses the default security group.
   *
   * <p>Changing it replaces the resource. Format: {@code AWS::EC2::SecurityGroup.Name}.
   * CloudFormation property {@code SecurityGroups}.
   */
  public Instance securityGroups(List<String> value) {
    return set("SecurityGroups", Value.listOf(value));
  }

  /** Sets {@code SecurityGroups} to this value; see {@link #securityGroups(List)}. */
  public Instance securityGroups(Value<List<String>> value) {
    return set("SecurityGroups", value);
  }

  /**
   * Enable or disable source/destination checks, which ensure that the instance is either the
   * source or the destination of any traffic that it receives. If the value is <code>true</code> ,
   * source/destination checks are enabled; otherwise, they are disabled. The default value is
   * <code>true</code> . You must disable source/destination checks if the instance runs services
   * such as network address translation, routing, or firewalls.
   *
   * <p>CloudFormation property {@code SourceDestCheck}.
   */
  public Instance sourceDestCheck(boolean value) {
    return set("SourceDestCheck", Value.of(value));
  }

  /** Sets {@code SourceDestCheck} to this value; see {@link #sourceDestCheck(boolean)}. */
  public Instance sourceDestCheck(Value<Boolean> value) {
    return set("SourceDestCheck", value);
  }

  /**
   * The SSM <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-ssm-document.html">document</a>
   * and parameter values in AWS Systems Manager to associate with this instance. To use this
   * property, you must specify an IAM instance profile role for the instance. For more information,
   * see <a
   * href="https://docs.aws.amazon.com/systems-manager/latest/userguide/sysman-configuring-access-role.html">Create
   * an IAM instance profile for Systems Manager</a> in the <em>AWS Systems Manager User Guide</em>
   * .
   *
   * <p>You can associate only one document with an instance.
   *
   * <p>CloudFormation property {@code SsmAssociations}.
   */
  public Instance ssmAssociations(List<SsmAssociation> value) {
    return set("SsmAssociations", Value.listOf(value));
  }

  /** Sets {@code SsmAssociations} to this value; see {@link #ssmAssociations(List)}. */
  public Instance ssmAssociations(Value<List<SsmAssociation>> value) {
    return set("SsmAssociations", value);
  }

  /** Sets {@code SsmAssociations} to a list of these; see {@link #ssmAssociations(List)}. */
  public Instance ssmAssociations(SsmAssociation... values) {
    return set("SsmAssociations", Value.list(values));
  }

  /**
   * The ID of the subnet to launch the instance into.
   *
   * <p>If you specify a network interface, you must specify any subnets as part of the network
   * interface instead of using this parameter.
   *
   * <p>Changing it replaces the resource. Format: {@code AWS::EC2::Subnet.Id}. CloudFormation
   * property {@code SubnetId}.
   */
  public Instance subnetId(String value) {
    return set("SubnetId", Value.of(value));
  }

  /** Sets {@code SubnetId} to this value; see {@link #subnetId(String)}. */
  public Instance subnetId(Value<String> value) {
    return set("SubnetId", value);
  }

  /**
   * Sets {@code SubnetId} to the Ref of {@code AWS::EC2::Subnet}; see {@link #subnetId(String)}.
   */
  public Instance subnetId(Subnet resource) {
    return set("SubnetId", resource.ref());
  }

  /**
   * The tags to add to the instance. These tags are not applied to the EBS volumes, such as the
   * root volume, unless <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-ec2-instance.html#cfn-ec2-instance-propagatetagstovolumeoncreation">PropagateTagsToVolumeOnCreation</a>
   * is <code>true</code> .
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
   * The tenancy of the instance. An instance with a tenancy of <code>dedicated</code> runs on
   * single-tenant hardware.
   *
   * <p>Changing it may replace the resource. CloudFormation property {@code Tenancy}.
   */
  public Instance tenancy(String value) {
    return set("Tenancy", Value.of(value));
  }

  /** Sets {@code Tenancy} to this value; see {@link #tenancy(String)}. */
  public Instance tenancy(Value<String> value) {
    return set("Tenancy", value);
  }

  /**
   * The parameters or scripts to store as user data. Any scripts in user data are run when you
   * launch the instance. User data is limited to 16 KB. You must provide base64-encoded text. For
   * more information, see <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/intrinsic-function-reference-base64.html">Fn::Base64</a>
   * .
   *
   * <p>If the root volume is an EBS volume and you update user data, CloudFormation restarts the
   * instance. If the root volume is an instance store volume and you update user data, the instance
   * is replaced.
   *
   * <p>Changing it may replace the resource. CloudFormation property {@code UserData}.
   */
  public Instance userData(String value) {
    return set("UserData", Value.of(value));
  }

  /** Sets {@code UserData} to this value; see {@link #userData(String)}. */
  public Instance userData(Value<String> value) {
    return set("UserData", value);
  }

  /**
   * The volumes to attach to the instance.
   *
   * <p>CloudFormation property {@code Volumes}.
   */
  public Instance volumes(List<Volume> value) {
    return set("Volumes", Value.listOf(value));
  }

  /** Sets {@code Volumes} to this value; see {@link #volumes(List)}. */
  public Instance volumes(Value<List<Volume>> value) {
    return set("Volumes", value);
  }

  /** Sets {@code Volumes} to a list of these; see {@link #volumes(List)}. */
  public Instance volumes(Volume... values) {
    return set("Volumes", Value.list(values));
  }

  /** {@code Fn::GetAtt} attribute {@code AvailabilityZone}. */
  public Value<String> availabilityZone() {
    return getAtt("AvailabilityZone");
  }

  /**
   * The ID of the instance.
   *
   * <p>{@code Fn::GetAtt} attribute {@code InstanceId}.
   */
  public Value<String> instanceId() {
    return getAtt("InstanceId");
  }

  /**
   * The private DNS name of the specified instance. For example:
   * <code>ip-10-24-34-0.ec2.internal</code> .
   *
   * <p>{@code Fn::GetAtt} attribute {@code PrivateDnsName}.
   */
  public Value<String> privateDnsName() {
    return getAtt("PrivateDnsName");
  }

  /**
   * The private IP address of the specified instance. For example: <code>10.24.34.0</code> .
   *
   * <p>{@code Fn::GetAtt} attribute {@code PrivateIp}.
   */
  public Value<String> privateIp() {
    return getAtt("PrivateIp");
  }

  /**
   * The public DNS name of the specified instance. For example:
   * <code>ec2-107-20-50-45.compute-1.amazonaws.com</code> .
   *
   * <p>{@code Fn::GetAtt} attribute {@code PublicDnsName}.
   */
  public Value<String> publicDnsName() {
    return getAtt("PublicDnsName");
  }

  /**
   * The public IP address of the specified instance. For example: <code>192.0.2.0</code> .
   *
   * <p>{@code Fn::GetAtt} attribute {@code PublicIp}.
   */
  public Value<String> publicIp() {
    return getAtt("PublicIp");
  }

  /**
   * The current state of the instance
   *
   * <p>{@code Fn::GetAtt} attribute {@code State}.
   */
  public Value<State> state() {
    return getAtt("State");
  }

  /**
   * The ID of the VPC in which the instance is running.
   *
   * <p>{@code Fn::GetAtt} attribute {@code VpcId}.
   */
  public Value<String> vpcId() {
    return getAtt("VpcId");
  }

  /**
   * Specifies input parameter values for an SSM document in AWS Systems Manager .
   *
   * <p><code>AssociationParameter</code> is a property of the <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-ec2-instance-ssmassociation.html">SsmAssociation</a>
   * property type.
   *
   * <p>Property type {@code AWS::EC2::Instance.AssociationParameter}.
   */
  public static final class AssociationParameter extends Struct<AssociationParameter> {
    private static final Schema SCHEMA = Schema.builder("AWS::EC2::Instance.AssociationParameter")
        .required("Key", "Value")
        .build();

    public AssociationParameter() {
      super(SCHEMA);
    }

    /**
     * The name of an input parameter that is in the associated SSM document.
     *
     * <p>Required. CloudFormation property {@code Key}.
     */
    public AssociationParameter key(String value) {
      return set("Key", Value.of(value));
    }

    /** Sets {@code Key} to this value; see {@link #key(String)}. */
    public AssociationParameter key(Value<String> value) {
      return set("Key", value);
    }

    /**
     * The value of an input parameter.
     *
     * <p>Required. CloudFormation property {@code Value}.
     */
    public AssociationParameter value(List<String> value) {
      return set("Value", Value.listOf(value));
    }

    /** Sets {@code Value} to this value; see {@link #value(List)}. */
    public AssociationParameter value(Value<List<String>> value) {
      return set("Value", value);
    }
  }

  /**
   * Specifies a block device mapping for an instance. You must specify exactly one of the following
   * properties: <code>VirtualName</code> , <code>Ebs</code> , or <code>NoDevice</code> .
   *
   * <p><code>BlockDeviceMapping</code> is a property of the <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-ec2-instance.html">AWS::EC2::Instance</a>
   * resource.
   *
   * <p>After the instance is running, you can modify only the <code>DeleteOnTermination</code>
   * parameter for the attached volumes without interrupting the instance. Modifying any other
   * parameter results in instance <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/using-cfn-updating-stacks-update-behaviors.html#update-replacement">replacement</a>
   * .
   *
   * <p>Property type {@code AWS::EC2::Instance.BlockDeviceMapping}.
   */
  public static final class BlockDeviceMapping extends Struct<BlockDeviceMapping> {
    private static final Schema SCHEMA = Schema.builder("AWS::EC2::Instance.BlockDeviceMapping")
        .required("DeviceName")
        .build();

    public BlockDeviceMapping() {
      super(SCHEMA);
    }

    /**
     * The device name. For available device names, see <a
     * href="https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/device_naming.html">Device names
     * for volumes</a> .
     *
     * <p>After the instance is running, this parameter is used to specify the device name of the
     * block device mapping to update.
     *
     * <p>Required. CloudFormation property {@code DeviceName}.
     */
    public BlockDeviceMapping deviceName(String value) {
      return set("DeviceName", Value.of(value));
    }

    /** Sets {@code DeviceName} to this value; see {@link #deviceName(String)}. */
    public BlockDeviceMapping deviceName(Value<String> value) {
      return set("DeviceName", value);
    }

    /**
     * Parameters used to automatically set up EBS volumes when the instance is launched.
     *
     * <p>After the instance is running, you can modify only the <code>DeleteOnTermination</code>
     * parameter for the attached volumes without interrupting the instance. Modifying any other
     * parameter results in instance <a
     * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/using-cfn-updating-stacks-update-behaviors.html#update-no-interrupt">replacement</a>
     * .
     *
     * <p>CloudFormation property {@code Ebs}.
     */
    public BlockDeviceMapping ebs(Value<Ebs> value) {
      return set("Ebs", value);
    }

    /**
     * To omit the device from the block device mapping, specify an empty string.
     *
     * <p>After the instance is running, modifying this parameter results in instance <a
     * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/using-cfn-updating-stacks-update-behaviors.html#update-replacement">replacement</a>
     * .
     *
     * <p>CloudFormation property {@code NoDevice}.
     */
    public BlockDeviceMapping noDevice(Value<Json> value) {
      return set("NoDevice", value);
    }

    /**
     * The virtual device name ( <code>ephemeral</code> N). The name must be in the form
     * <code>ephemeral</code> <em>X</em> where <em>X</em> is a number starting from zero (0). For
     * example, an instance type with 2 available instance store volumes can specify mappings for
     * <code>ephemeral0</code> and <code>ephemeral1</code> . The number of available instance store
     * volumes depends on the instance type. After you connect to the instance, you must mount the
     * volume.
     *
     * <p>NVMe instance store volumes are automatically enumerated and assigned a device name.
     * Including them in your block device mapping has no effect.
     *
     * <p><em>Constraints</em> : For M3 instances, you must specify instance store volumes in the
     * block device mapping for the instance. When you launch an M3 instance, we ignore any instance
     * store volumes specified in the block device mapping for the AMI.
     *
     * <p>After the instance is running, modifying this parameter results in instance <a
     * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/using-cfn-updating-stacks-update-behaviors.html#update-replacement">replacement</a>
     * .
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

  /**
   * Specifies the CPU options for the instance. When you specify CPU options, you must specify both
   * the number of CPU cores and threads per core.
   *
   * <p>Modifying the CPU options for an instance results in instance <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/using-cfn-updating-stacks-update-behaviors.html#update-replacement">replacement</a>
   * .
   *
   * <p>For more information, see <a
   * href="https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/instance-optimize-cpu.html">Optimize
   * CPU options</a> in the <em>Amazon Elastic Compute Cloud User Guide</em> .
   *
   * <p>Property type {@code AWS::EC2::Instance.CpuOptions}.
   */
  public static final class CpuOptions extends Struct<CpuOptions> {
    private static final Schema SCHEMA = Schema.of("AWS::EC2::Instance.CpuOptions");

    public CpuOptions() {
      super(SCHEMA);
    }

    /**
     * The number of CPU cores for the instance.
     *
     * <p>CloudFormation property {@code CoreCount}.
     */
    public CpuOptions coreCount(int value) {
      return set("CoreCount", Value.of(value));
    }

    /** Sets {@code CoreCount} to this value; see {@link #coreCount(int)}. */
    public CpuOptions coreCount(Value<Integer> value) {
      return set("CoreCount", value);
    }

    /**
     * The number of threads per CPU core.
     *
     * <p>CloudFormation property {@code ThreadsPerCore}.
     */
    public CpuOptions threadsPerCore(int value) {
      return set("ThreadsPerCore", Value.of(value));
    }

    /** Sets {@code ThreadsPerCore} to this value; see {@link #threadsPerCore(int)}. */
    public CpuOptions threadsPerCore(Value<Integer> value) {
      return set("ThreadsPerCore", value);
    }
  }

  /**
   * Specifies the credit option for CPU usage of a T instance.
   *
   * <p><code>CreditSpecification</code> is a property of the <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-ec2-instance.html">AWS::EC2::Instance</a>
   * resource.
   *
   * <p>For more information, see <a
   * href="https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/burstable-performance-instances.html">Burstable
   * performance instances</a> in the <em>Amazon EC2 User Guide</em> .
   *
   * <p>Property type {@code AWS::EC2::Instance.CreditSpecification}.
   */
  public static final class CreditSpecification extends Struct<CreditSpecification> {
    private static final Schema SCHEMA = Schema.of("AWS::EC2::Instance.CreditSpecification");

    public CreditSpecification() {
      super(SCHEMA);
    }

    /**
     * The credit option for CPU usage of the instance.
     *
     * <p>Valid values: <code>standard</code> | <code>unlimited</code>
     *
     * <p>T3 instances with <code>host</code> tenancy do not support the <code>unlimited</code> CPU
     * credit option.
     *
     * <p>CloudFormation property {@code CPUCredits}.
     */
    public CreditSpecification cpuCredits(String value) {
      return set("CPUCredits", Value.of(value));
    }

    /** Sets {@code CPUCredits} to this value; see {@link #cpuCredits(String)}. */
    public CreditSpecification cpuCredits(Value<String> value) {
      return set("CPUCredits", value);
    }
  }

  /**
   * Specifies a block device for an EBS volume.
   *
   * <p><code>Ebs</code> is a property of the <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-ec2-instance-blockdevicemapping.html">BlockDeviceMapping</a>
   * property type.
   *
   * <p>After the instance is running, you can modify only the <code>DeleteOnTermination</code>
   * parameters for the attached volumes without interrupting the instance. Modifying any other
   * parameter results in instance <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/using-cfn-updating-stacks-update-behaviors.html#update-replacement">replacement</a>
   * .
   *
   * <p>Property type {@code AWS::EC2::Instance.Ebs}.
   */
  public static final class Ebs extends Struct<Ebs> {
    private static final Schema SCHEMA = Schema.builder("AWS::EC2::Instance.Ebs")
        .references("KmsKeyId", "AWS::KMS::Key.Arn", "AWS::KMS::Key.Ref")
        .allowed("VolumeType", "gp2", "gp3", "io1", "io2", "sc1", "st1", "standard")
        .build();

    public Ebs() {
      super(SCHEMA);
    }

    /**
     * Indicates whether the EBS volume is deleted on instance termination. For more information,
     * see <a
     * href="https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/terminating-instances.html#preserving-volumes-on-termination">Preserving
     * Amazon EBS volumes on instance termination</a> in the <em>Amazon EC2 User Guide</em> .
     *
     * <p>CloudFormation property {@code DeleteOnTermination}.
     */
    public Ebs deleteOnTermination(boolean value) {
      return set("DeleteOnTermination", Value.of(value));
    }

    /**
     * Sets {@code DeleteOnTermination} to this value; see {@link #deleteOnTermination(boolean)}.
     */
    public Ebs deleteOnTermination(Value<Boolean> value) {
      return set("DeleteOnTermination", value);
    }

    /**
     * Indicates whether the volume should be encrypted. The effect of setting the encryption state
     * to <code>true</code> depends on the volume origin (new or from a snapshot), starting
     * encryption state, ownership, and whether encryption by default is enabled. For more
     * information, see <a
     * href="https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/EBSEncryption.html#encryption-by-default">Encryption
     * by default</a> in the <em>Amazon Elastic Compute Cloud User Guide</em> .
     *
     * <p>Encrypted Amazon EBS volumes must be attached to instances that support Amazon EBS
     * encryption. For more information, see <a
     * href="https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/EBSEncryption.html#EBSEncryption_supported_instances">Supported
     * instance types</a> .
     *
     * <p>After the instance is running, modifying this parameter results in instance <a
     * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/using-cfn-updating-stacks-update-behaviors.html#update-replacement">replacement</a>
     * .
     *
     * <p>CloudFormation property {@code Encrypted}.
     */
    public Ebs encrypted(boolean value) {
      return set("Encrypted", Value.of(value));
    }

    /** Sets {@code Encrypted} to this value; see {@link #encrypted(boolean)}. */
    public Ebs encrypted(Value<Boolean> value) {
      return set("Encrypted", value);
    }

    /**
     * The number of I/O operations per second (IOPS). For <code>gp3</code> , <code>io1</code> , and
     * <code>io2</code> volumes, this represents the number of IOPS that are provisioned for the
     * volume. For <code>gp2</code> volumes, this represents the baseline performance of the volume
     * and the rate at which the volume accumulates I/O credits for bursting.
     *
     * <p>The following are the supported values for each volume type:
     *
     * <ul> <li><code>gp3</code> : 3,000-16,000 IOPS <li><code>io1</code> : 100-64,000 IOPS
     * <li><code>io2</code> : 100-64,000 IOPS </ul>
     *
     * <p>For <code>io1</code> and <code>io2</code> volumes, we guarantee 64,000 IOPS only for <a
     * href="https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/instance-types.html#ec2-nitro-instances">Instances
     * built on the Nitro System</a> . Other instance families guarantee performance up to 32,000
     * IOPS.
     *
     * <p>This parameter is required for <code>io1</code> and <code>io2</code> volumes. The default
     * for <code>gp3</code> volumes is 3,000 IOPS. This parameter is not supported for
     * <code>gp2</code> , <code>st1</code> , <code>sc1</code> , or <code>standard</code> volumes.
     *
     * <p>After the instance is running, modifying this parameter results in instance <a
     * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/using-cfn-updating-stacks-update-behaviors.html#update-replacement">replacement</a>
     * .
     *
     * <p>CloudFormation property {@code Iops}.
     */
    public Ebs iops(int value) {
      return set("Iops", Value.of(value));
    }

    /** Sets {@code Iops} to this value; see {@link #iops(int)}. */
    public Ebs iops(Value<Integer> value) {
      return set("Iops", value);
    }

    /**
     * The identifier of the AWS KMS key to use for Amazon EBS encryption. If <code>KmsKeyId</code>
     * is specified, the encrypted state must be <code>true</code> . If the encrypted state is
     * <code>true</code> but you do not specify <code>KmsKeyId</code> , your KMS key for EBS is
     * used.
     *
     * <p>You can specify the KMS key using any of the following:
     *
     * <ul> <li>Key ID. For example, 1234abcd-12ab-34cd-56ef-1234567890ab. <li>Key alias. For
     * example, alias/ExampleAlias. <li>Key ARN. For example,
     * arn:aws:kms:us-west-2:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab. <li>Alias ARN.
     * For example, arn:aws:kms:us-west-2:111122223333:alias/ExampleAlias. </ul>
     *
     * <p>After the instance is running, modifying this parameter results in instance <a
     * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/using-cfn-updating-stacks-update-behaviors.html#update-replacement">replacement</a>
     * .
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code KmsKeyId}.
     */
    public Ebs kmsKeyId(String value) {
      return set("KmsKeyId", Value.of(value));
    }

    /** Sets {@code KmsKeyId} to this value; see {@link #kmsKeyId(String)}. */
    public Ebs kmsKeyId(Value<String> value) {
      return set("KmsKeyId", value);
    }

    /** Sets {@code KmsKeyId} to the Arn of {@code AWS::KMS::Key}; see {@link #kmsKeyId(String)}. */
    public Ebs kmsKeyId(Key resource) {
      return set("KmsKeyId", resource.arn());
    }

    /**
     * The ID of the snapshot.
     *
     * <p>If you specify both <code>SnapshotId</code> and <code>VolumeSize</code> ,
     * <code>VolumeSize</code> must be equal or greater than the size of the snapshot.
     *
     * <p>After the instance is running, modifying this parameter results in instance <a
     * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/using-cfn-updating-stacks-update-behaviors.html#update-replacement">replacement</a>
     * .
     *
     * <p>CloudFormation property {@code SnapshotId}.
     */
    public Ebs snapshotId(String value) {
      return set("SnapshotId", Value.of(value));
    }

    /** Sets {@code SnapshotId} to this value; see {@link #snapshotId(String)}. */
    public Ebs snapshotId(Value<String> value) {
      return set("SnapshotId", value);
    }

    /**
     * The size of the volume, in GiBs. You must specify either a snapshot ID or a volume size. If
     * you specify a snapshot, the default is the snapshot size. You can specify a volume size that
     * is equal to or larger than the snapshot size.
     *
     * <p>The following are the supported volumes sizes for each volume type:
     *
     * <ul> <li><code>gp2</code> and <code>gp3</code> :1-16,384 <li><code>io1</code> and
     * <code>io2</code> : 4-16,384 <li><code>st1</code> and <code>sc1</code> : 125-16,384
     * <li><code>standard</code> : 1-1,024 </ul>
     *
     * <p>After the instance is running, modifying this parameter results in instance <a
     * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/using-cfn-updating-stacks-update-behaviors.html#update-replacement">replacement</a>
     * .
     *
     * <p>CloudFormation property {@code VolumeSize}.
     */
    public Ebs volumeSize(int value) {
      return set("VolumeSize", Value.of(value));
    }

    /** Sets {@code VolumeSize} to this value; see {@link #volumeSize(int)}. */
    public Ebs volumeSize(Value<Integer> value) {
      return set("VolumeSize", value);
    }

    /**
     * The volume type. For more information, see <a
     * href="https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/EBSVolumeTypes.html">Amazon EBS
     * volume types</a> in the <em>Amazon EC2 User Guide</em> . If the volume type is
     * <code>io1</code> or <code>io2</code> , you must specify the IOPS that the volume supports.
     *
     * <p>After the instance is running, modifying this parameter results in instance <a
     * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/using-cfn-updating-stacks-update-behaviors.html#update-replacement">replacement</a>
     * .
     *
     * <p>Allowed values: {@code gp2}, {@code gp3}, {@code io1}, {@code io2}, {@code sc1}, {@code
     * st1}, {@code standard}. CloudFormation property {@code VolumeType}.
     */
    public Ebs volumeType(String value) {
      return set("VolumeType", Value.of(value));
    }

    /** Sets {@code VolumeType} to this value; see {@link #volumeType(String)}. */
    public Ebs volumeType(Value<String> value) {
      return set("VolumeType", value);
    }
  }

  /**
   * Amazon Elastic Graphics reached end of life on January 8, 2024.
   *
   * <p>Specifies the type of Elastic GPU. An Elastic GPU is a GPU resource that you can attach to
   * your Amazon EC2 instance to accelerate the graphics performance of your applications.
   *
   * <p><code>ElasticGpuSpecification</code> is a property of the <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-ec2-instance.html">AWS::EC2::Instance</a>
   * resource.
   *
   * <p>Property type {@code AWS::EC2::Instance.ElasticGpuSpecification}.
   */
  public static final class ElasticGpuSpecification extends Struct<ElasticGpuSpecification> {
    private static final Schema SCHEMA = Schema.builder("AWS::EC2::Instance.ElasticGpuSpecification")
        .required("Type")
        .build();

    public ElasticGpuSpecification() {
      super(SCHEMA);
    }

    /**
     * The type of Elastic Graphics accelerator.
     *
     * <p>Required. CloudFormation property {@code Type}.
     */
    public ElasticGpuSpecification type(String value) {
      return set("Type", Value.of(value));
    }

    /** Sets {@code Type} to this value; see {@link #type(String)}. */
    public ElasticGpuSpecification type(Value<String> value) {
      return set("Type", value);
    }
  }

  /**
   * Amazon Elastic Inference is no longer available.
   *
   * <p>Specifies the Elastic Inference Accelerator for the instance.
   *
   * <p><code>ElasticInferenceAccelerator</code> is a property of the <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-ec2-instance.html">AWS::EC2::Instance</a>
   * resource.
   *
   * <p>Property type {@code AWS::EC2::Instance.ElasticInferenceAccelerator}.
   */
  public static final class ElasticInferenceAccelerator extends Struct<ElasticInferenceAccelerator> {
    private static final Schema SCHEMA = Schema.builder("AWS::EC2::Instance.ElasticInferenceAccelerator")
        .required("Type")
        .constrain("Count", Constraint.of().minimum(0))
        .build();

    public ElasticInferenceAccelerator() {
      super(SCHEMA);
    }

    /**
     * The number of elastic inference accelerators to attach to the instance.
     *
     * <p>Range: at least 0. CloudFormation property {@code Count}.
     */
    public ElasticInferenceAccelerator count(int value) {
      return set("Count", Value.of(value));
    }

    /** Sets {@code Count} to this value; see {@link #count(int)}. */
    public ElasticInferenceAccelerator count(Value<Integer> value) {
      return set("Count", value);
    }

    /**
     * The type of elastic inference accelerator. The possible values are <code>eia1.medium</code> ,
     * <code>eia1.large</code> , <code>eia1.xlarge</code> , <code>eia2.medium</code> ,
     * <code>eia2.large</code> , and <code>eia2.xlarge</code> .
     *
     * <p>Required. CloudFormation property {@code Type}.
     */
    public ElasticInferenceAccelerator type(String value) {
      return set("Type", Value.of(value));
    }

    /** Sets {@code Type} to this value; see {@link #type(String)}. */
    public ElasticInferenceAccelerator type(Value<String> value) {
      return set("Type", value);
    }
  }

  /**
   * ENA Express uses AWS Scalable Reliable Datagram (SRD) technology to increase the maximum
   * bandwidth used per stream and minimize tail latency of network traffic between EC2 instances.
   * With ENA Express, you can communicate between two EC2 instances in the same subnet within the
   * same account, or in different accounts. Both sending and receiving instances must have ENA
   * Express enabled.
   *
   * <p>To improve the reliability of network packet delivery, ENA Express reorders network packets
   * on the receiving end by default. However, some UDP-based applications are designed to handle
   * network packets that are out of order to reduce the overhead for packet delivery at the network
   * layer. When ENA Express is enabled, you can specify whether UDP network traffic uses it.
   *
   * <p>Property type {@code AWS::EC2::Instance.EnaSrdSpecification}.
   */
  public static final class EnaSrdSpecification extends Struct<EnaSrdSpecification> {
    private static final Schema SCHEMA = Schema.of("AWS::EC2::Instance.EnaSrdSpecification");

    public EnaSrdSpecification() {
      super(SCHEMA);
    }

    /**
     * Indicates whether ENA Express is enabled for the network interface.
     *
     * <p>CloudFormation property {@code EnaSrdEnabled}.
     */
    public EnaSrdSpecification enaSrdEnabled(boolean value) {
      return set("EnaSrdEnabled", Value.of(value));
    }

    /** Sets {@code EnaSrdEnabled} to this value; see {@link #enaSrdEnabled(boolean)}. */
    public EnaSrdSpecification enaSrdEnabled(Value<Boolean> value) {
      return set("EnaSrdEnabled", value);
    }

    /**
     * Configures ENA Express for UDP network traffic.
     *
     * <p>CloudFormation property {@code EnaSrdUdpSpecification}.
     */
    public EnaSrdSpecification enaSrdUdpSpecification(Value<EnaSrdUdpSpecification> value) {
      return set("EnaSrdUdpSpecification", value);
    }
  }

  /**
   * ENA Express is compatible with both TCP and UDP transport protocols. When it's enabled, TCP
   * traffic automatically uses it. However, some UDP-based applications are designed to handle
   * network packets that are out of order, without a need for retransmission, such as live video
   * broadcasting or other near-real-time applications. For UDP traffic, you can specify whether to
   * use ENA Express, based on your application environment needs.
   *
   * <p>Property type {@code AWS::EC2::Instance.EnaSrdUdpSpecification}.
   */
  public static final class EnaSrdUdpSpecification extends Struct<EnaSrdUdpSpecification> {
    private static final Schema SCHEMA = Schema.of("AWS::EC2::Instance.EnaSrdUdpSpecification");

    public EnaSrdUdpSpecification() {
      super(SCHEMA);
    }

    /**
     * Indicates whether UDP traffic to and from the instance uses ENA Express. To specify this
     * setting, you must first enable ENA Express.
     *
     * <p>CloudFormation property {@code EnaSrdUdpEnabled}.
     */
    public EnaSrdUdpSpecification enaSrdUdpEnabled(boolean value) {
      return set("EnaSrdUdpEnabled", Value.of(value));
    }

    /** Sets {@code EnaSrdUdpEnabled} to this value; see {@link #enaSrdUdpEnabled(boolean)}. */
    public EnaSrdUdpSpecification enaSrdUdpEnabled(Value<Boolean> value) {
      return set("EnaSrdUdpEnabled", value);
    }
  }

  /**
   * Indicates whether the instance is enabled for AWS Nitro Enclaves.
   *
   * <p>Property type {@code AWS::EC2::Instance.EnclaveOptions}.
   */
  public static final class EnclaveOptions extends Struct<EnclaveOptions> {
    private static final Schema SCHEMA = Schema.of("AWS::EC2::Instance.EnclaveOptions");

    public EnclaveOptions() {
      super(SCHEMA);
    }

    /**
     * If this parameter is set to <code>true</code> , the instance is enabled for AWS Nitro
     * Enclaves; otherwise, it is not enabled for AWS Nitro Enclaves.
     *
     * <p>CloudFormation property {@code Enabled}.
     */
    public EnclaveOptions enabled(boolean value) {
      return set("Enabled", Value.of(value));
    }

    /** Sets {@code Enabled} to this value; see {@link #enabled(boolean)}. */
    public EnclaveOptions enabled(Value<Boolean> value) {
      return set("Enabled", value);
    }
  }

  /**
   * Specifies the hibernation options for the instance.
   *
   * <p><code>HibernationOptions</code> is a property of the <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-ec2-instance.html">AWS::EC2::Instance</a>
   * resource.
   *
   * <p>Property type {@code AWS::EC2::Instance.HibernationOptions}.
   */
  public static final class HibernationOptions extends Struct<HibernationOptions> {
    private static final Schema SCHEMA = Schema.of("AWS::EC2::Instance.HibernationOptions");

    public HibernationOptions() {
      super(SCHEMA);
    }

    /**
     * Set to <code>true</code> to enable your instance for hibernation.
     *
     * <p>For Spot Instances, if you set <code>Configured</code> to <code>true</code> , either omit
     * the <code>InstanceInterruptionBehavior</code> parameter (for <a
     * href="https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_SpotMarketOptions.html"><code>SpotMarketOptions</code></a>
     * ), or set it to <code>hibernate</code> . When <code>Configured</code> is true:
     *
     * <ul> <li>If you omit <code>InstanceInterruptionBehavior</code> , it defaults to
     * <code>hibernate</code> . <li>If you set <code>InstanceInterruptionBehavior</code> to a value
     * other than <code>hibernate</code> , you'll get an error. </ul>
     *
     * <p>Default: <code>false</code>
     *
     * <p>Default: {@code false}. CloudFormation property {@code Configured}.
     */
    public HibernationOptions configured(boolean value) {
      return set("Configured", Value.of(value));
    }

    /** Sets {@code Configured} to this value; see {@link #configured(boolean)}. */
    public HibernationOptions configured(Value<Boolean> value) {
      return set("Configured", value);
    }
  }

  /**
   * Specifies the IPv6 address for the instance.
   *
   * <p><code>InstanceIpv6Address</code> is a property of the <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-ec2-instance.html">AWS::EC2::Instance</a>
   * resource.
   *
   * <p>Property type {@code AWS::EC2::Instance.InstanceIpv6Address}.
   */
  public static final class InstanceIpv6Address extends Struct<InstanceIpv6Address> {
    private static final Schema SCHEMA = Schema.builder("AWS::EC2::Instance.InstanceIpv6Address")
        .required("Ipv6Address")
        .build();

    public InstanceIpv6Address() {
      super(SCHEMA);
    }

    /**
     * The IPv6 address.
     *
     * <p>Required. CloudFormation property {@code Ipv6Address}.
     */
    public InstanceIpv6Address ipv6Address(String value) {
      return set("Ipv6Address", Value.of(value));
    }

    /** Sets {@code Ipv6Address} to this value; see {@link #ipv6Address(String)}. */
    public InstanceIpv6Address ipv6Address(Value<String> value) {
      return set("Ipv6Address", value);
    }
  }

  /**
   * Specifies a launch template to use when launching an Amazon EC2 instance.
   *
   * <p>You must specify the following:
   *
   * <ul> <li>The ID or the name of the launch template, but not both. <li>The version of the launch
   * template. </ul>
   *
   * <p>For information about creating a launch template, see <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-ec2-launchtemplate.html">AWS::EC2::LaunchTemplate</a>
   * and <a
   * href="https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/ec2-launch-templates.html#create-launch-template">Create
   * a launch template</a> in the <em>Amazon EC2 User Guide</em> . For example launch templates, see
   * the <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-ec2-launchtemplate.html#aws-resource-ec2-launchtemplate--examples">Examples</a>
   * for <code>AWS::EC2::LaunchTemplate</code> .
   *
   * <p>Property type {@code AWS::EC2::Instance.LaunchTemplateSpecification}.
   */
  public static final class LaunchTemplateSpecification extends Struct<LaunchTemplateSpecification> {
    private static final Schema SCHEMA = Schema.builder("AWS::EC2::Instance.LaunchTemplateSpecification")
        .required("Version")
        .references("LaunchTemplateId", "AWS::EC2::LaunchTemplate.Ref")
        .references("Version", "AWS::EC2::LaunchTemplate.LatestVersionNumber")
        .build();

    public LaunchTemplateSpecification() {
      super(SCHEMA);
    }

    /**
     * The ID of the launch template.
     *
     * <p>You must specify either the launch template ID or the launch template name, but not both.
     *
     * <p>CloudFormation property {@code LaunchTemplateId}.
     */
    public LaunchTemplateSpecification launchTemplateId(String value) {
      return set("LaunchTemplateId", Value.of(value));
    }

    /** Sets {@code LaunchTemplateId} to this value; see {@link #launchTemplateId(String)}. */
    public LaunchTemplateSpecification launchTemplateId(Value<String> value) {
      return set("LaunchTemplateId", value);
    }

    /**
     * Sets {@code LaunchTemplateId} to the Ref of {@code AWS::EC2::LaunchTemplate}; see {@link
     * #launchTemplateId(String)}.
     */
    public LaunchTemplateSpecification launchTemplateId(LaunchTemplate resource) {
      return set("LaunchTemplateId", resource.ref());
    }

    /**
     * The name of the launch template.
     *
     * <p>You must specify either the launch template ID or the launch template name, but not both.
     *
     * <p>CloudFormation property {@code LaunchTemplateName}.
     */
    public LaunchTemplateSpecification launchTemplateName(String value) {
      return set("LaunchTemplateName", Value.of(value));
    }

    /** Sets {@code LaunchTemplateName} to this value; see {@link #launchTemplateName(String)}. */
    public LaunchTemplateSpecification launchTemplateName(Value<String> value) {
      return set("LaunchTemplateName", value);
    }

    /**
     * The version number of the launch template. You must specify this property.
     *
     * <p>To specify the default version of the template, use the <code>Fn::GetAtt</code> intrinsic
     * function to retrieve the <code>DefaultVersionNumber</code> attribute of the launch template.
     * To specify the latest version of the template, use <code>Fn::GetAtt</code> to retrieve the
     * <code>LatestVersionNumber</code> attribute. For more information, see <a
     * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-ec2-launchtemplate.html#aws-resource-ec2-launchtemplate-return-values-fn--getatt">AWS::EC2:LaunchTemplate
     * return values for Fn::GetAtt</a> .
     *
     * <p>Required. CloudFormation property {@code Version}.
     */
    public LaunchTemplateSpecification version(String value) {
      return set("Version", Value.of(value));
    }

    /** Sets {@code Version} to this value; see {@link #version(String)}. */
    public LaunchTemplateSpecification version(Value<String> value) {
      return set("Version", value);
    }

    /**
     * Sets {@code Version} to the LatestVersionNumber of {@code AWS::EC2::LaunchTemplate}; see
     * {@link #version(String)}.
     */
    public LaunchTemplateSpecification version(LaunchTemplate resource) {
      return set("Version", resource.latestVersionNumber());
    }
  }

  /**
   * Specifies the license configuration to use.
   *
   * <p><code>LicenseSpecification</code> is a property of the <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-ec2-instance.html">AWS::EC2::Instance</a>
   * resource.
   *
   * <p>Property type {@code AWS::EC2::Instance.LicenseSpecification}.
   */
  public static final class LicenseSpecification extends Struct<LicenseSpecification> {
    private static final Schema SCHEMA = Schema.builder("AWS::EC2::Instance.LicenseSpecification")
        .required("LicenseConfigurationArn")
        .build();

    public LicenseSpecification() {
      super(SCHEMA);
    }

    /**
     * The Amazon Resource Name (ARN) of the license configuration.
     *
     * <p>Required. CloudFormation property {@code LicenseConfigurationArn}.
     */
    public LicenseSpecification licenseConfigurationArn(String value) {
      return set("LicenseConfigurationArn", Value.of(value));
    }

    /**
     * Sets {@code LicenseConfigurationArn} to this value; see {@link
     * #licenseConfigurationArn(String)}.
     */
    public LicenseSpecification licenseConfigurationArn(Value<String> value) {
      return set("LicenseConfigurationArn", value);
    }
  }

  /**
   * Specifies the metadata options for the instance.
   *
   * <p>Property type {@code AWS::EC2::Instance.MetadataOptions}.
   */
  public static final class MetadataOptions extends Struct<MetadataOptions> {
    private static final Schema SCHEMA = Schema.builder("AWS::EC2::Instance.MetadataOptions")
        .allowed("HttpEndpoint", "disabled", "enabled")
        .allowed("HttpProtocolIpv6", "disabled", "enabled")
        .constrain("HttpPutResponseHopLimit", Constraint.of().minimum(1).maximum(64))
        .allowed("HttpTokens", "optional", "required")
        .allowed("InstanceMetadataTags", "disabled", "enabled")
        .build();

    public MetadataOptions() {
      super(SCHEMA);
    }

    /**
     * Enables or disables the HTTP metadata endpoint on your instances.
     *
     * <p>If you specify a value of <code>disabled</code> , you cannot access your instance
     * metadata.
     *
     * <p>Default: <code>enabled</code>
     *
     * <p>Allowed values: {@code disabled}, {@code enabled}. CloudFormation property {@code
     * HttpEndpoint}.
     */
    public MetadataOptions httpEndpoint(String value) {
      return set("HttpEndpoint", Value.of(value));
    }

    /** Sets {@code HttpEndpoint} to this value; see {@link #httpEndpoint(String)}. */
    public MetadataOptions httpEndpoint(Value<String> value) {
      return set("HttpEndpoint", value);
    }

    /**
     * Enables or disables the IPv6 endpoint for the instance metadata service.
     *
     * <p>Default: <code>disabled</code>
     *
     * <p>Allowed values: {@code disabled}, {@code enabled}. CloudFormation property {@code
     * HttpProtocolIpv6}.
     */
    public MetadataOptions httpProtocolIpv6(String value) {
      return set("HttpProtocolIpv6", Value.of(value));
    }

    /** Sets {@code HttpProtocolIpv6} to this value; see {@link #httpProtocolIpv6(String)}. */
    public MetadataOptions httpProtocolIpv6(Value<String> value) {
      return set("HttpProtocolIpv6", value);
    }

    /**
     * The maximum number of hops that the metadata token can travel.
     *
     * <p>Possible values: Integers from 1 to 64
     *
     * <p>Range: 1 to 64. Default: {@code 1}. CloudFormation property {@code
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
     * Indicates whether IMDSv2 is required.
     *
     * <ul> <li><code>optional</code> - IMDSv2 is optional, which means that you can use either
     * IMDSv2 or IMDSv1. <li><code>required</code> - IMDSv2 is required, which means that IMDSv1 is
     * disabled, and you must use IMDSv2. </ul>
     *
     * <p>Default:
     *
     * <ul> <li>If the value of <code>ImdsSupport</code> for the Amazon Machine Image (AMI) for your
     * instance is <code>v2.0</code> and the account level default is set to
     * <code>no-preference</code> , the default is <code>required</code> . <li>If the value of
     * <code>ImdsSupport</code> for the Amazon Machine Image (AMI) for your instance is
     * <code>v2.0</code> , but the account level default is set to <code>V1 or V2</code> , the
     * default is <code>optional</code> . </ul>
     *
     * <p>The default value can also be affected by other combinations of parameters. For more
     * information, see <a
     * href="https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/configuring-instance-metadata-options.html#instance-metadata-options-order-of-precedence">Order
     * of precedence for instance metadata options</a> in the <em>Amazon EC2 User Guide</em> .
     *
     * <p>Allowed values: {@code optional}, {@code required}. CloudFormation property {@code
     * HttpTokens}.
     */
    public MetadataOptions httpTokens(String value) {
      return set("HttpTokens", Value.of(value));
    }

    /** Sets {@code HttpTokens} to this value; see {@link #httpTokens(String)}. */
    public MetadataOptions httpTokens(Value<String> value) {
      return set("HttpTokens", value);
    }

    /**
     * Set to <code>enabled</code> to allow access to instance tags from the instance metadata. Set
     * to <code>disabled</code> to turn off access to instance tags from the instance metadata. For
     * more information, see <a
     * href="https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/Using_Tags.html#work-with-tags-in-IMDS">Work
     * with instance tags using the instance metadata</a> .
     *
     * <p>Default: <code>disabled</code>
     *
     * <p>Allowed values: {@code disabled}, {@code enabled}. CloudFormation property {@code
     * InstanceMetadataTags}.
     */
    public MetadataOptions instanceMetadataTags(String value) {
      return set("InstanceMetadataTags", Value.of(value));
    }

    /**
     * Sets {@code InstanceMetadataTags} to this value; see {@link #instanceMetadataTags(String)}.
     */
    public MetadataOptions instanceMetadataTags(Value<String> value) {
      return set("InstanceMetadataTags", value);
    }
  }

  /**
   * Specifies a network interface that is to be attached to an instance.
   *
   * <p>You can create a network interface when launching an instance. For an example, see the <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-ec2-instance.html#aws-properties-ec2-instance--examples--Automatically_assign_a_public_IP_address">AWS::EC2::Instance
   * examples</a> .
   *
   * <p>Alternatively, you can attach an existing network interface when launching an instance. For
   * an example, see the <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-ec2-networkinterface.html#aws-resource-ec2-networkinterface--examples">AWS::EC2:NetworkInterface
   * examples</a> .
   *
   * <p>Property type {@code AWS::EC2::Instance.NetworkInterface}.
   */
  public static final class NetworkInterface extends Struct<NetworkInterface> {
    private static final Schema SCHEMA = Schema.builder("AWS::EC2::Instance.NetworkInterface")
        .required("DeviceIndex")
        .constrain("GroupSet", Constraint.of().format("AWS::EC2::SecurityGroup.Id"))
        .references("GroupSet", "AWS::EC2::SecurityGroup.Ref")
        .references("NetworkInterfaceId", "AWS::EC2::NetworkInterface.Ref")
        .constrain("SubnetId", Constraint.of().format("AWS::EC2::Subnet.Id"))
        .references("SubnetId", "AWS::EC2::Subnet.Ref")
        .build();

    public NetworkInterface() {
      super(SCHEMA);
    }

    /**
     * Indicates whether to assign a carrier IP address to the network interface.
     *
     * <p>You can only assign a carrier IP address to a network interface that is in a subnet in a
     * Wavelength Zone. For more information about carrier IP addresses, see <a
     * href="https://docs.aws.amazon.com/wavelength/latest/developerguide/how-wavelengths-work.html#provider-owned-ip">Carrier
     * IP address</a> in the <em>AWS Wavelength Developer Guide</em> .
     *
     * <p>CloudFormation property {@code AssociateCarrierIpAddress}.
     */
    public NetworkInterface associateCarrierIpAddress(boolean value) {
      return set("AssociateCarrierIpAddress", Value.of(value));
    }

    /**
     * Sets {@code AssociateCarrierIpAddress} to this value; see {@link
     * #associateCarrierIpAddress(boolean)}.
     */
    public NetworkInterface associateCarrierIpAddress(Value<Boolean> value) {
      return set("AssociateCarrierIpAddress", value);
    }

    /**
     * Indicates whether to assign a public IPv4 address to an instance. Applies only if creating a
     * network interface when launching an instance. The network interface must be the primary
     * network interface. If launching into a default subnet, the default value is <code>true</code>
     * .
     *
     * <p>AWS charges for all public IPv4 addresses, including public IPv4 addresses associated with
     * running instances and Elastic IP addresses. For more information, see the <em>Public IPv4
     * Address</em> tab on the <a href="https://docs.aws.amazon.com/vpc/pricing/">VPC pricing
     * page</a> .
     *
     * <p>CloudFormation property {@code AssociatePublicIpAddress}.
     */
    public NetworkInterface associatePublicIpAddress(boolean value) {
      return set("AssociatePublicIpAddress", Value.of(value));
    }

    /**
     * Sets {@code AssociatePublicIpAddress} to this value; see {@link
     * #associatePublicIpAddress(boolean)}.
     */
    public NetworkInterface associatePublicIpAddress(Value<Boolean> value) {
      return set("AssociatePublicIpAddress", value);
    }

    /**
     * Indicates whether the network interface is deleted when the instance is terminated. Applies
     * only if creating a network interface when launching an instance.
     *
     * <p>CloudFormation property {@code DeleteOnTermination}.
     */
    public NetworkInterface deleteOnTermination(boolean value) {
      return set("DeleteOnTermination", Value.of(value));
    }

    /**
     * Sets {@code DeleteOnTermination} to this value; see {@link #deleteOnTermination(boolean)}.
     */
    public NetworkInterface deleteOnTermination(Value<Boolean> value) {
      return set("DeleteOnTermination", value);
    }

    /**
     * The description of the network interface. Applies only if creating a network interface when
     * launching an instance.
     *
     * <p>CloudFormation property {@code Description}.
     */
    public NetworkInterface description(String value) {
      return set("Description", Value.of(value));
    }

    /** Sets {@code Description} to this value; see {@link #description(String)}. */
    public NetworkInterface description(Value<String> value) {
      return set("Description", value);
    }

    /**
     * The position of the network interface in the attachment order. A primary network interface
     * has a device index of 0.
     *
     * <p>If you create a network interface when launching an instance, you must specify the device
     * index.
     *
     * <p>Required. CloudFormation property {@code DeviceIndex}.
     */
    public NetworkInterface deviceIndex(String value) {
      return set("DeviceIndex", Value.of(value));
    }

    /** Sets {@code DeviceIndex} to this value; see {@link #deviceIndex(String)}. */
    public NetworkInterface deviceIndex(Value<String> value) {
      return set("DeviceIndex", value);
    }

    /**
     * Configures ENA Express for UDP network traffic.
     *
     * <p>CloudFormation property {@code EnaSrdSpecification}.
     */
    public NetworkInterface enaSrdSpecification(Value<EnaSrdSpecification> value) {
      return set("EnaSrdSpecification", value);
    }

    /**
     * The IDs of the security groups for the network interface. Applies only if creating a network
     * interface when launching an instance.
     *
     * <p>Format: {@code AWS::EC2::SecurityGroup.Id}. CloudFormation property {@code GroupSet}.
     */
    public NetworkInterface groupSet(List<String> value) {
      return set("GroupSet", Value.listOf(value));
    }

    /** Sets {@code GroupSet} to this value; see {@link #groupSet(List)}. */
    public NetworkInterface groupSet(Value<List<String>> value) {
      return set("GroupSet", value);
    }

    /**
     * Sets {@code GroupSet} to the Ref of each {@code AWS::EC2::SecurityGroup}; see {@link
     * #groupSet(List)}.
     */
    public NetworkInterface groupSet(SecurityGroup... resources) {
      return set("GroupSet", Value.refs(resources));
    }

    /**
     * A number of IPv6 addresses to assign to the network interface. Amazon EC2 chooses the IPv6
     * addresses from the range of the subnet. You cannot specify this option and the option to
     * assign specific IPv6 addresses in the same request. You can specify this option if you've
     * specified a minimum number of instances to launch.
     *
     * <p>CloudFormation property {@code Ipv6AddressCount}.
     */
    public NetworkInterface ipv6AddressCount(int value) {
      return set("Ipv6AddressCount", Value.of(value));
    }

    /** Sets {@code Ipv6AddressCount} to this value; see {@link #ipv6AddressCount(int)}. */
    public NetworkInterface ipv6AddressCount(Value<Integer> value) {
      return set("Ipv6AddressCount", value);
    }

    /**
     * The IPv6 addresses to assign to the network interface. You cannot specify this option and the
     * option to assign a number of IPv6 addresses in the same request. You cannot specify this
     * option if you've specified a minimum number of instances to launch.
     *
     * <p>CloudFormation property {@code Ipv6Addresses}.
     */
    public NetworkInterface ipv6Addresses(List<InstanceIpv6Address> value) {
      return set("Ipv6Addresses", Value.listOf(value));
    }

    /** Sets {@code Ipv6Addresses} to this value; see {@link #ipv6Addresses(List)}. */
    public NetworkInterface ipv6Addresses(Value<List<InstanceIpv6Address>> value) {
      return set("Ipv6Addresses", value);
    }

    /** Sets {@code Ipv6Addresses} to a list of these; see {@link #ipv6Addresses(List)}. */
    public NetworkInterface ipv6Addresses(InstanceIpv6Address... values) {
      return set("Ipv6Addresses", Value.list(values));
    }

    /**
     * The ID of the network interface, when attaching an existing network interface.
     *
     * <p>CloudFormation property {@code NetworkInterfaceId}.
     */
    public NetworkInterface networkInterfaceId(String value) {
      return set("NetworkInterfaceId", Value.of(value));
    }

    /** Sets {@code NetworkInterfaceId} to this value; see {@link #networkInterfaceId(String)}. */
    public NetworkInterface networkInterfaceId(Value<String> value) {
      return set("NetworkInterfaceId", value);
    }

    /**
     * Sets {@code NetworkInterfaceId} to the Ref of {@code AWS::EC2::NetworkInterface}; see {@link
     * #networkInterfaceId(String)}.
     */
    public NetworkInterface networkInterfaceId(io.tropo4j.resources.ec2.NetworkInterface resource) {
      return set("NetworkInterfaceId", resource.ref());
    }

    /**
     * The private IPv4 address of the network interface. Applies only if creating a network
     * interface when launching an instance.
     *
     * <p>CloudFormation property {@code PrivateIpAddress}.
     */
    public NetworkInterface privateIpAddress(String value) {
      return set("PrivateIpAddress", Value.of(value));
    }

    /** Sets {@code PrivateIpAddress} to this value; see {@link #privateIpAddress(String)}. */
    public NetworkInterface privateIpAddress(Value<String> value) {
      return set("PrivateIpAddress", value);
    }

    /**
     * One or more private IPv4 addresses to assign to the network interface. Only one private IPv4
     * address can be designated as primary.
     *
     * <p>CloudFormation property {@code PrivateIpAddresses}.
     */
    public NetworkInterface privateIpAddresses(List<PrivateIpAddressSpecification> value) {
      return set("PrivateIpAddresses", Value.listOf(value));
    }

    /** Sets {@code PrivateIpAddresses} to this value; see {@link #privateIpAddresses(List)}. */
    public NetworkInterface privateIpAddresses(Value<List<PrivateIpAddressSpecification>> value) {
      return set("PrivateIpAddresses", value);
    }

    /**
     * Sets {@code PrivateIpAddresses} to a list of these; see {@link #privateIpAddresses(List)}.
     */
    public NetworkInterface privateIpAddresses(PrivateIpAddressSpecification... values) {
      return set("PrivateIpAddresses", Value.list(values));
    }

    /**
     * The number of secondary private IPv4 addresses. You can't specify this option and specify
     * more than one private IP address using the private IP addresses option.
     *
     * <p>CloudFormation property {@code SecondaryPrivateIpAddressCount}.
     */
    public NetworkInterface secondaryPrivateIpAddressCount(int value) {
      return set("SecondaryPrivateIpAddressCount", Value.of(value));
    }

    /**
     * Sets {@code SecondaryPrivateIpAddressCount} to this value; see {@link
     * #secondaryPrivateIpAddressCount(int)}.
     */
    public NetworkInterface secondaryPrivateIpAddressCount(Value<Integer> value) {
      return set("SecondaryPrivateIpAddressCount", value);
    }

    /**
     * The ID of the subnet associated with the network interface.
     *
     * <p>Format: {@code AWS::EC2::Subnet.Id}. CloudFormation property {@code SubnetId}.
     */
    public NetworkInterface subnetId(String value) {
      return set("SubnetId", Value.of(value));
    }

    /** Sets {@code SubnetId} to this value; see {@link #subnetId(String)}. */
    public NetworkInterface subnetId(Value<String> value) {
      return set("SubnetId", value);
    }

    /**
     * Sets {@code SubnetId} to the Ref of {@code AWS::EC2::Subnet}; see {@link #subnetId(String)}.
     */
    public NetworkInterface subnetId(Subnet resource) {
      return set("SubnetId", resource.ref());
    }
  }

  /** Property type {@code AWS::EC2::Instance.NoDevice}. */
  public static final class NoDevice extends Struct<NoDevice> {
    private static final Schema SCHEMA = Schema.of("AWS::EC2::Instance.NoDevice");

    public NoDevice() {
      super(SCHEMA);
    }
  }

  /**
   * The type of hostnames to assign to instances in the subnet at launch. For IPv4 only subnets, an
   * instance DNS name must be based on the instance IPv4 address. For IPv6 only subnets, an
   * instance DNS name must be based on the instance ID. For dual-stack subnets, you can specify
   * whether DNS names use the instance IPv4 address or the instance ID. For more information, see
   * <a href="https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/ec2-instance-naming.html">Amazon
   * EC2 instance hostname types</a> in the <em>Amazon Elastic Compute Cloud User Guide</em> .
   *
   * <p>Property type {@code AWS::EC2::Instance.PrivateDnsNameOptions}.
   */
  public static final class PrivateDnsNameOptions extends Struct<PrivateDnsNameOptions> {
    private static final Schema SCHEMA = Schema.builder("AWS::EC2::Instance.PrivateDnsNameOptions")
        .allowed("HostnameType", "ip-name", "resource-name")
        .build();

    public PrivateDnsNameOptions() {
      super(SCHEMA);
    }

    /**
     * Indicates whether to respond to DNS queries for instance hostnames with DNS AAAA records. For
     * more information, see <a
     * href="https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/ec2-instance-naming.html">Amazon
     * EC2 instance hostname types</a> in the <em>Amazon Elastic Compute Cloud User Guide</em> .
     *
     * <p>CloudFormation property {@code EnableResourceNameDnsAAAARecord}.
     */
    public PrivateDnsNameOptions enableResourceNameDnsAAAARecord(boolean value) {
      return set("EnableResourceNameDnsAAAARecord", Value.of(value));
    }

    /**
     * Sets {@code EnableResourceNameDnsAAAARecord} to this value; see {@link
     * #enableResourceNameDnsAAAARecord(boolean)}.
     */
    public PrivateDnsNameOptions enableResourceNameDnsAAAARecord(Value<Boolean> value) {
      return set("EnableResourceNameDnsAAAARecord", value);
    }

    /**
     * Indicates whether to respond to DNS queries for instance hostnames with DNS A records. For
     * more information, see <a
     * href="https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/ec2-instance-naming.html">Amazon
     * EC2 instance hostname types</a> in the <em>Amazon Elastic Compute Cloud User Guide</em> .
     *
     * <p>CloudFormation property {@code EnableResourceNameDnsARecord}.
     */
    public PrivateDnsNameOptions enableResourceNameDnsARecord(boolean value) {
      return set("EnableResourceNameDnsARecord", Value.of(value));
    }

    /**
     * Sets {@code EnableResourceNameDnsARecord} to this value; see {@link
     * #enableResourceNameDnsARecord(boolean)}.
     */
    public PrivateDnsNameOptions enableResourceNameDnsARecord(Value<Boolean> value) {
      return set("EnableResourceNameDnsARecord", value);
    }

    /**
     * The type of hostnames to assign to instances in the subnet at launch. For IPv4 only subnets,
     * an instance DNS name must be based on the instance IPv4 address. For IPv6 only subnets, an
     * instance DNS name must be based on the instance ID. For dual-stack subnets, you can specify
     * whether DNS names use the instance IPv4 address or the instance ID. For more information, see
     * <a href="https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/ec2-instance-naming.html">Amazon
     * EC2 instance hostname types</a> in the <em>Amazon Elastic Compute Cloud User Guide</em> .
     *
     * <p>Allowed values: {@code ip-name}, {@code resource-name}. CloudFormation property {@code
     * HostnameType}.
     */
    public PrivateDnsNameOptions hostnameType(String value) {
      return set("HostnameType", Value.of(value));
    }

    /** Sets {@code HostnameType} to this value; see {@link #hostnameType(String)}. */
    public PrivateDnsNameOptions hostnameType(Value<String> value) {
      return set("HostnameType", value);
    }
  }

  /**
   * Specifies a secondary private IPv4 address for a network interface.
   *
   * <p>Property type {@code AWS::EC2::Instance.PrivateIpAddressSpecification}.
   */
  public static final class PrivateIpAddressSpecification extends Struct<PrivateIpAddressSpecification> {
    private static final Schema SCHEMA = Schema.builder("AWS::EC2::Instance.PrivateIpAddressSpecification")
        .required("Primary", "PrivateIpAddress")
        .build();

    public PrivateIpAddressSpecification() {
      super(SCHEMA);
    }

    /**
     * Indicates whether the private IPv4 address is the primary private IPv4 address. Only one IPv4
     * address can be designated as primary.
     *
     * <p>Required. CloudFormation property {@code Primary}.
     */
    public PrivateIpAddressSpecification primary(boolean value) {
      return set("Primary", Value.of(value));
    }

    /** Sets {@code Primary} to this value; see {@link #primary(boolean)}. */
    public PrivateIpAddressSpecification primary(Value<Boolean> value) {
      return set("Primary", value);
    }

    /**
     * The private IPv4 address.
     *
     * <p>Required. CloudFormation property {@code PrivateIpAddress}.
     */
    public PrivateIpAddressSpecification privateIpAddress(String value) {
      return set("PrivateIpAddress", Value.of(value));
    }

    /** Sets {@code PrivateIpAddress} to this value; see {@link #privateIpAddress(String)}. */
    public PrivateIpAddressSpecification privateIpAddress(Value<String> value) {
      return set("PrivateIpAddress", value);
    }
  }

  /**
   * Specifies the SSM document and parameter values in AWS Systems Manager to associate with an
   * instance.
   *
   * <p><code>SsmAssociations</code> is a property of the <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-ec2-instance.html">AWS::EC2::Instance</a>
   * resource.
   *
   * <p>Property type {@code AWS::EC2::Instance.SsmAssociation}.
   */
  public static final class SsmAssociation extends Struct<SsmAssociation> {
    private static final Schema SCHEMA = Schema.builder("AWS::EC2::Instance.SsmAssociation")
        .required("DocumentName")
        .references("DocumentName", "AWS::SSM::Document.Ref")
        .build();

    public SsmAssociation() {
      super(SCHEMA);
    }

    /**
     * The input parameter values to use with the associated SSM document.
     *
     * <p>CloudFormation property {@code AssociationParameters}.
     */
    public SsmAssociation associationParameters(List<AssociationParameter> value) {
      return set("AssociationParameters", Value.listOf(value));
    }

    /**
     * Sets {@code AssociationParameters} to this value; see {@link #associationParameters(List)}.
     */
    public SsmAssociation associationParameters(Value<List<AssociationParameter>> value) {
      return set("AssociationParameters", value);
    }

    /**
     * Sets {@code AssociationParameters} to a list of these; see {@link
     * #associationParameters(List)}.
     */
    public SsmAssociation associationParameters(AssociationParameter... values) {
      return set("AssociationParameters", Value.list(values));
    }

    /**
     * The name of an SSM document to associate with the instance.
     *
     * <p>Required. CloudFormation property {@code DocumentName}.
     */
    public SsmAssociation documentName(String value) {
      return set("DocumentName", Value.of(value));
    }

    /** Sets {@code DocumentName} to this value; see {@link #documentName(String)}. */
    public SsmAssociation documentName(Value<String> value) {
      return set("DocumentName", value);
    }

    /**
     * Sets {@code DocumentName} to the Ref of {@code AWS::SSM::Document}; see {@link
     * #documentName(String)}.
     */
    public SsmAssociation documentName(Document resource) {
      return set("DocumentName", resource.ref());
    }
  }

  /**
   * Describes the current state of an instance.
   *
   * <p>Property type {@code AWS::EC2::Instance.State}.
   */
  public static final class State extends Struct<State> {
    private static final Schema SCHEMA = Schema.of("AWS::EC2::Instance.State");

    public State() {
      super(SCHEMA);
    }

    /**
     * The state of the instance as a 16-bit unsigned integer.
     *
     * <p>The high byte is all of the bits between 2^8 and (2^16)-1, which equals decimal values
     * between 256 and 65,535. These numerical values are used for internal purposes and should be
     * ignored.
     *
     * <p>The low byte is all of the bits between 2^0 and (2^8)-1, which equals decimal values
     * between 0 and 255.
     *
     * <p>The valid values for instance-state-code will all be in the range of the low byte and they
     * are:
     *
     * <ul> <li><code>0</code> : <code>pending</code> <li><code>16</code> : <code>running</code>
     * <li><code>32</code> : <code>shutting-down</code> <li><code>48</code> :
     * <code>terminated</code> <li><code>64</code> : <code>stopping</code> <li><code>80</code> :
     * <code>stopped</code> </ul>
     *
     * <p>You can ignore the high byte value by zeroing out all of the bits above 2^8 or 256 in
     * decimal.
     *
     * <p>CloudFormation property {@code Code}.
     */
    public State code(String value) {
      return set("Code", Value.of(value));
    }

    /** Sets {@code Code} to this value; see {@link #code(String)}. */
    public State code(Value<String> value) {
      return set("Code", value);
    }

    /**
     * The current state of the instance.
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

  /**
   * Specifies a volume to attach to an instance.
   *
   * <p><code>Volume</code> is an embedded property of the <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-ec2-instance.html">AWS::EC2::Instance</a>
   * resource.
   *
   * <p>Property type {@code AWS::EC2::Instance.Volume}.
   */
  public static final class Volume extends Struct<Volume> {
    private static final Schema SCHEMA = Schema.builder("AWS::EC2::Instance.Volume")
        .required("Device", "VolumeId")
        .references("VolumeId", "AWS::EC2::Volume.Ref")
        .build();

    public Volume() {
      super(SCHEMA);
    }

    /**
     * The device name (for example, <code>/dev/sdh</code> or <code>xvdh</code> ).
     *
     * <p>Required. CloudFormation property {@code Device}.
     */
    public Volume device(String value) {
      return set("Device", Value.of(value));
    }

    /** Sets {@code Device} to this value; see {@link #device(String)}. */
    public Volume device(Value<String> value) {
      return set("Device", value);
    }

    /**
     * The ID of the EBS volume. The volume and instance must be within the same Availability Zone.
     *
     * <p>Required. CloudFormation property {@code VolumeId}.
     */
    public Volume volumeId(String value) {
      return set("VolumeId", Value.of(value));
    }

    /** Sets {@code VolumeId} to this value; see {@link #volumeId(String)}. */
    public Volume volumeId(Value<String> value) {
      return set("VolumeId", value);
    }

    /**
     * Sets {@code VolumeId} to the Ref of {@code AWS::EC2::Volume}; see {@link #volumeId(String)}.
     */
    public Volume volumeId(io.tropo4j.resources.ec2.Volume resource) {
      return set("VolumeId", resource.ref());
    }
  }
}
