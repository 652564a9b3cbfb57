// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.ec2;

import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Specifies an Amazon Elastic Block Store (Amazon EBS) volume. You can create an empty volume, a
 * volume from a snapshot, or a volume copy from an existing source volume.
 *
 * <p>- When you use AWS CloudFormation to update an Amazon EBS volume that modifies
 * <code>Iops</code> , <code>Size</code> , or <code>VolumeType</code> , there is a cooldown period
 * before another operation can occur. This can cause your stack to report being in
 * <code>UPDATE_IN_PROGRESS</code> or <code>UPDATE_ROLLBACK_IN_PROGRESS</code> for long periods of
 * time. Some common scenarios when you might encounter a cooldown period for Amazon EBS include: -
 * You successfully update an Amazon EBS volume and the update succeeds. When you attempt another
 * update within the cooldown window, that update will be subject to a cooldown period. - You
 * successfully update an Amazon EBS volume and the update succeeds but another change in your
 * <code>update-stack</code> call fails. The rollback will be subject to a cooldown period. For more
 * information, see <a
 * href="https://docs.aws.amazon.com/ebs/latest/userguide/modify-volume-requirements.html">Requirements
 * for EBS volume modifications</a> . - Amazon EBS does not support sizing down an Amazon EBS
 * volume. AWS CloudFormation does not attempt to modify an Amazon EBS volume to a smaller size on
 * rollback.
 *
 * <p><em>DeletionPolicy attribute</em>
 *
 * <p>To control how AWS CloudFormation handles the volume when the stack is deleted, set a deletion
 * policy for your volume. You can choose to retain the volume, to delete the volume, or to create a
 * snapshot of the volume. For more information, see <a
 * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-attribute-deletionpolicy.html">DeletionPolicy
 * attribute</a> .
 *
 * <p>If you set a deletion policy that creates a snapshot, all tags on the volume are included in
 * the snapshot.
 *
 * <p>CloudFormation type {@code AWS::EC2::Volume}.
 *
 * <p>It holds data: validation asks for a DeletionPolicy and an UpdateReplacePolicy, e.g. {@code
 * retainData()}.
 */
public final class Volume extends Resource<Volume> {
  private static final Schema SCHEMA = Schema.builder("AWS::EC2::Volume")
      .refYields("VolumeId")
      .attributes("VolumeId")
      .stateful()
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public Volume(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * Indicates whether the volume is auto-enabled for I/O operations. By default, Amazon EBS
   * disables I/O to the volume from attached EC2 instances when it determines that a volume's data
   * is potentially inconsistent. If the consistency of the volume is not a concern, and you prefer
   * that the volume be made available immediately if it's impaired, you can configure the volume to
   * automatically enable I/O.
   *
   * <p>CloudFormation property {@code AutoEnableIO}.
   */
  public Volume autoEnableIO(boolean value) {
    return set("AutoEnableIO", Value.of(value));
  }

  /** Sets {@code AutoEnableIO} to this value; see {@link #autoEnableIO(boolean)}. */
  public Volume autoEnableIO(Value<Boolean> value) {
    return set("AutoEnableIO", value);
  }

  /**
   * The ID of the Availability Zone in which to create the volume. For example,
   * <code>us-east-1a</code> .
   *
   * <p>Either <code>AvailabilityZone</code> or <code>AvailabilityZoneId</code> must be specified,
   * but not both.
   *
   * <p>If you are creating a volume copy, omit this parameter. The volume copy is created in the
   * same Availability Zone as the source volume.
   *
   * <p>CloudFormation property {@code AvailabilityZone}.
   */
  public Volume availabilityZone(String value) {
    return set("AvailabilityZone", Value.of(value));
  }

  /** Sets {@code AvailabilityZone} to this value; see {@link #availabilityZone(String)}. */
  public Volume availabilityZone(Value<String> value) {
    return set("AvailabilityZone", value);
  }

  /**
   * The ID of the Availability Zone in which to create the volume. For example,
   * <code>use1-az1</code> .
   *
   * <p>Either <code>AvailabilityZone</code> or <code>AvailabilityZoneId</code> must be specified,
   * but not both.
   *
   * <p>If you are creating a volume copy, omit this parameter. The volume copy is created in the
   * same Availability Zone as the source volume.
   *
   * <p>CloudFormation property {@code AvailabilityZoneId}.
   */
  public Volume availabilityZoneId(String value) {
    return set("AvailabilityZoneId", Value.of(value));
  }

  /** Sets {@code AvailabilityZoneId} to this value; see {@link #availabilityZoneId(String)}. */
  public Volume availabilityZoneId(Value<String> value) {
    return set("AvailabilityZoneId", value);
  }

  /**
   * Indicates whether the volume should be encrypted. The effect of setting the encryption state to
   * <code>true</code> depends on the volume origin (new, from a snapshot, or from an existing
   * volume), starting encryption state, ownership, and whether encryption by default is enabled.
   * For more information, see <a
   * href="https://docs.aws.amazon.com/ebs/latest/userguide/work-with-ebs-encr.html#encryption-by-default">Encryption
   * by default</a> in the <em>Amazon EBS User Guide</em> .
   *
   * <p>If you are creating a volume copy, omit this parameter. The volume is automatically
   * encrypted with the same KMS key as the source volume. You can't copy unencrypted volumes.
   *
   * <p>CloudFormation property {@code Encrypted}.
   */
  public Volume encrypted(boolean value) {
    return set("Encrypted", Value.of(value));
  }

  /** Sets {@code Encrypted} to this value; see {@link #encrypted(boolean)}. */
  public Volume encrypted(Value<Boolean> value) {
    return set("Encrypted", value);
  }

  /**
   * The number of I/O operations per second (IOPS) to provision for the volume. Required for
   * <code>io1</code> and <code>io2</code> volumes. Optional for <code>gp3</code> volumes. Omit for
   * all other volume types.
   *
   * <p>Valid ranges:
   *
   * <ul> <li>gp3: <code>3,000</code> ( <em>default</em> ) <code>- 80,000</code> IOPS <li>io1:
   * <code>100 - 64,000</code> IOPS <li>io2: <code>100 - 256,000</code> IOPS </ul>
   *
   * <p><a
   * href="https://docs.aws.amazon.com/ec2/latest/instancetypes/ec2-nitro-instances.html">Instances
   * built on the Nitro System</a> can support up to 256,000 IOPS. Other instances can support up to
   * 32,000 IOPS.
   *
   * <p>CloudFormation property {@code Iops}.
   */
  public Volume iops(int value) {
    return set("Iops", Value.of(value));
  }

  /** Sets {@code Iops} to this value; see {@link #iops(int)}. */
  public Volume iops(Value<Integer> value) {
    return set("Iops", value);
  }

  /**
   * The identifier of the AWS KMS key to use for Amazon EBS encryption. If <code>KmsKeyId</code> is
   * specified, the encrypted state must be <code>true</code> .
   *
   * <p>If you omit this property and your account is enabled for encryption by default, or
   * <em>Encrypted</em> is set to <code>true</code> , then the volume is encrypted using the default
   * key specified for your account. If your account does not have a default key, then the volume is
   * encrypted using the AWS managed key .
   *
   * <p>Alternatively, if you want to specify a different key, you can specify one of the following:
   *
   * <ul> <li>Key ID. For example, 1234abcd-12ab-34cd-56ef-1234567890ab. <li>Key alias. Specify the
   * alias for the key, prefixed with <code>alias/</code> . For example, for a key with the alias
   * <code>my_cmk</code> , use <code>alias/my_cmk</code> . Or to specify the AWS managed key , use
   * <code>alias/aws/ebs</code> . <li>Key ARN. For example,
   * arn:aws:kms:us-east-1:012345678910:key/1234abcd-12ab-34cd-56ef-1234567890ab. <li>Alias ARN. For
   * example, arn:aws:kms:us-east-1:012345678910:alias/ExampleAlias. </ul>
   *
   * <p>If you are creating a volume copy, omit this parameter. The volume is automatically
   * encrypted with the same KMS key as the source volume. You can't copy unencrypted volumes.
   *
   * <p>CloudFormation property {@code KmsKeyId}.
   */
  public Volume kmsKeyId(String value) {
    return set("KmsKeyId", Value.of(value));
  }

  /** Sets {@code KmsKeyId} to this value; see {@link #kmsKeyId(String)}. */
  public Volume kmsKeyId(Value<String> value) {
    return set("KmsKeyId", value);
  }

  /**
   * Indicates whether Amazon EBS Multi-Attach is enabled.
   *
   * <p>AWS CloudFormation does not currently support updating a single-attach volume to be
   * multi-attach enabled, updating a multi-attach enabled volume to be single-attach, or updating
   * the size or number of I/O operations per second (IOPS) of a multi-attach enabled volume.
   *
   * <p>CloudFormation property {@code MultiAttachEnabled}.
   */
  public Volume multiAttachEnabled(boolean value) {
    return set("MultiAttachEnabled", Value.of(value));
  }

  /** Sets {@code MultiAttachEnabled} to this value; see {@link #multiAttachEnabled(boolean)}. */
  public Volume multiAttachEnabled(Value<Boolean> value) {
    return set("MultiAttachEnabled", value);
  }

  /**
   * The Amazon Resource Name (ARN) of the Outpost on which to create the volume.
   *
   * <p>If you intend to use a volume with an instance running on an outpost, then you must create
   * the volume on the same outpost as the instance. You can't use a volume created in an AWS Region
   * with an instance on an AWS outpost, or the other way around.
   *
   * <p>CloudFormation property {@code OutpostArn}.
   */
  public Volume outpostArn(String value) {
    return set("OutpostArn", Value.of(value));
  }

  /** Sets {@code OutpostArn} to this value; see {@link #outpostArn(String)}. */
  public Volume outpostArn(Value<String> value) {
    return set("OutpostArn", value);
  }

  /**
   * The size of the volume, in GiBs.
   *
   * <ul> <li>Required for new empty volumes. <li>Optional for volumes created from snapshots and
   * volume copies. In this case, the size defaults to the size of the snapshot or source volume.
   * You can optionally specify a size that is equal to or larger than the size of the source
   * snapshot or volume. </ul>
   *
   * <p>Supported volume sizes:
   *
   * <ul> <li>gp2: <code>1 - 16,384</code> GiB <li>gp3: <code>1 - 65,536</code> GiB <li>io1: <code>4
   * - 16,384</code> GiB <li>io2: <code>4 - 65,536</code> GiB <li>st1 and sc1: <code>125 -
   * 16,384</code> GiB <li>standard: <code>1 - 1024</code> GiB </ul>
   *
   * <p>CloudFormation property {@code Size}.
   */
  public Volume size(int value) {
    return set("Size", Value.of(value));
  }

  /** Sets {@code Size} to this value; see {@link #size(int)}. */
  public Volume size(Value<Integer> value) {
    return set("Size", value);
  }

  /**
   * The snapshot from which to create the volume. Only specify to create a volume from a snapshot.
   * To create a new empty volume, omit this parameter and specify a value for <code>Size</code>
   * instead. To create a volume copy, omit this parameter and specify <code>SourceVolumeId</code>
   * instead.
   *
   * <p>CloudFormation property {@code SnapshotId}.
   */
  public Volume snapshotId(String value) {
    return set("SnapshotId", Value.of(value));
  }

  /** Sets {@code SnapshotId} to this value; see {@link #snapshotId(String)}. */
  public Volume snapshotId(Value<String> value) {
    return set("SnapshotId", value);
  }

  /**
   * The ID of the source EBS volume to copy. When specified, the volume is created as an exact copy
   * of the specified volume. Only specify to create a volume copy. To create a new empty volume or
   * to create a volume from a snapshot, omit this parameter,
   *
   * <p>CloudFormation property {@code SourceVolumeId}.
   */
  public Volume sourceVolumeId(String value) {
    return set("SourceVolumeId", Value.of(value));
  }

  /** Sets {@code SourceVolumeId} to this value; see {@link #sourceVolumeId(String)}. */
  public Volume sourceVolumeId(Value<String> value) {
    return set("SourceVolumeId", value);
  }

  /**
   * The tags to apply to the volume during creation.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public Volume tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public Volume tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public Volume tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The throughput to provision for a volume, with a maximum of 1,000 MiB/s.
   *
   * <p>This parameter is valid only for <code>gp3</code> volumes. The default value is 125.
   *
   * <p>Valid Range: Minimum value of 125. Maximum value of 1000.
   *
   * <p>CloudFormation property {@code Throughput}.
   */
  public Volume throughput(int value) {
    return set("Throughput", Value.of(value));
  }

  /** Sets {@code Throughput} to this value; see {@link #throughput(int)}. */
  public Volume throughput(Value<Integer> value) {
    return set("Throughput", value);
  }

  /**
   * Specifies the Amazon EBS Provisioned Rate for Volume Initialization (volume initialization
   * rate), in MiB/s, at which to download the snapshot blocks from Amazon S3 to the volume. This is
   * also known as <em>volume initialization</em> . Specifying a volume initialization rate ensures
   * that the volume is initialized at a predictable and consistent rate after creation.
   *
   * <p>This parameter is supported only for volumes created from snapshots. Omit this parameter if:
   *
   * <ul> <li>You want to create the volume using fast snapshot restore. You must specify a snapshot
   * that is enabled for fast snapshot restore. In this case, the volume is fully initialized at
   * creation. </ul>
   *
   * <p>If you specify a snapshot that is enabled for fast snapshot restore and a volume
   * initialization rate, the volume will be initialized at the specified rate instead of fast
   * snapshot restore.
   *
   * <ul> <li>You want to create a volume that is initialized at the default rate. </ul>
   *
   * <p>For more information, see <a
   * href="https://docs.aws.amazon.com/ebs/latest/userguide/initalize-volume.html">Initialize Amazon
   * EBS volumes</a> in the <em>Amazon EC2 User Guide</em> .
   *
   * <p>Valid range: 100 - 300 MiB/s
   *
   * <p>CloudFormation property {@code VolumeInitializationRate}.
   */
  public Volume volumeInitializationRate(int value) {
    return set("VolumeInitializationRate", Value.of(value));
  }

  /**
   * Sets {@code VolumeInitializationRate} to this value; see {@link
   * #volumeInitializationRate(int)}.
   */
  public Volume volumeInitializationRate(Value<Integer> value) {
    return set("VolumeInitializationRate", value);
  }

  /**
   * The volume type. This parameter can be one of the following values:
   *
   * <ul> <li>General Purpose SSD: <code>gp2</code> | <code>gp3</code> <li>Provisioned IOPS SSD:
   * <code>io1</code> | <code>io2</code> <li>Throughput Optimized HDD: <code>st1</code> <li>Cold
   * HDD: <code>sc1</code> <li>Magnetic: <code>standard</code> </ul>
   *
   * <p>Throughput Optimized HDD ( <code>st1</code> ) and Cold HDD ( <code>sc1</code> ) volumes
   * can't be used as boot volumes.
   *
   * <p>For more information, see <a
   * href="https://docs.aws.amazon.com/ebs/latest/userguide/ebs-volume-types.html">Amazon EBS volume
   * types</a> in the <em>Amazon EBS User Guide</em> .
   *
   * <p>Default: <code>gp2</code>
   *
   * <p>CloudFormation property {@code VolumeType}.
   */
  public Volume volumeType(String value) {
    return set("VolumeType", Value.of(value));
  }

  /** Sets {@code VolumeType} to this value; see {@link #volumeType(String)}. */
  public Volume volumeType(Value<String> value) {
    return set("VolumeType", value);
  }

  /**
   * The ID of the volume.
   *
   * <p>{@code Fn::GetAtt} attribute {@code VolumeId}.
   */
  public Value<String> volumeId() {
    return getAtt("VolumeId");
  }
}
