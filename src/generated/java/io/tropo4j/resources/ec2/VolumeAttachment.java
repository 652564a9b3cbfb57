// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.ec2;

import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.fn.Value;

/**
 * Attaches an Amazon EBS volume to a running instance and exposes it to the instance with the
 * specified device name.
 *
 * <p>Before this resource can be deleted (and therefore the volume detached), you must first
 * unmount the volume in the instance. Failure to do so results in the volume being stuck in the
 * busy state while it is trying to detach, which could possibly damage the file system or the data
 * it contains.
 *
 * <p>If an Amazon EBS volume is the root device of an instance, it cannot be detached while the
 * instance is in the "running" state. To detach the root volume, stop the instance first.
 *
 * <p>If the root volume is detached from an instance with an AWS Marketplace product code, then the
 * product codes from that volume are no longer associated with the instance.
 *
 * <p>CloudFormation type {@code AWS::EC2::VolumeAttachment}.
 */
public final class VolumeAttachment extends Resource<VolumeAttachment> {
  private static final Schema SCHEMA = Schema.builder("AWS::EC2::VolumeAttachment")
      .required("InstanceId", "VolumeId")
      .references("InstanceId", "AWS::EC2::Instance.Ref")
      .references("VolumeId", "AWS::EC2::Volume.Ref")
      .build();

  public VolumeAttachment(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The device name (for example, <code>/dev/sdh</code> or <code>xvdh</code> ).
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code Device}.
   */
  public VolumeAttachment device(String value) {
    return set("Device", Value.of(value));
  }

  /** Sets {@code Device} to this value; see {@link #device(String)}. */
  public VolumeAttachment device(Value<String> value) {
    return set("Device", value);
  }

  /**
   * The index of the EBS card. Some instance types support multiple EBS cards. The default EBS card
   * index is 0.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code EbsCardIndex}.
   */
  public VolumeAttachment ebsCardIndex(int value) {
    return set("EbsCardIndex", Value.of(value));
  }

  /** Sets {@code EbsCardIndex} to this value; see {@link #ebsCardIndex(int)}. */
  public VolumeAttachment ebsCardIndex(Value<Integer> value) {
    return set("EbsCardIndex", value);
  }

  /**
   * The ID of the instance to which the volume attaches. This value can be a reference to an <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-ec2-instance.html"><code>AWS::EC2::Instance</code></a>
   * resource, or it can be the physical ID of an existing EC2 instance.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code InstanceId}.
   */
  public VolumeAttachment instanceId(String value) {
    return set("InstanceId", Value.of(value));
  }

  /** Sets {@code InstanceId} to this value; see {@link #instanceId(String)}. */
  public VolumeAttachment instanceId(Value<String> value) {
    return set("InstanceId", value);
  }

  /**
   * Sets {@code InstanceId} to the Ref of {@code AWS::EC2::Instance}; see {@link
   * #instanceId(String)}.
   */
  public VolumeAttachment instanceId(Instance resource) {
    return set("InstanceId", resource.ref());
  }

  /**
   * The ID of the Amazon EBS volume. The volume and instance must be within the same Availability
   * Zone. This value can be a reference to an <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-ec2-ebs-volume.html"><code>AWS::EC2::Volume</code></a>
   * resource, or it can be the volume ID of an existing Amazon EBS volume.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code VolumeId}.
   */
  public VolumeAttachment volumeId(String value) {
    return set("VolumeId", Value.of(value));
  }

  /** Sets {@code VolumeId} to this value; see {@link #volumeId(String)}. */
  public VolumeAttachment volumeId(Value<String> value) {
    return set("VolumeId", value);
  }

  /**
   * Sets {@code VolumeId} to the Ref of {@code AWS::EC2::Volume}; see {@link #volumeId(String)}.
   */
  public VolumeAttachment volumeId(Volume resource) {
    return set("VolumeId", resource.ref());
  }
}
