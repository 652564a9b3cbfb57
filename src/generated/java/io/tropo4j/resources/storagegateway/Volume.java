// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.storagegateway;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Creates a cached iSCSI volume on a Storage Gateway. A cached volume stores data in Amazon S3 and
 * retains a copy of frequently accessed data subsets locally.
 *
 * <p>CloudFormation type {@code AWS::StorageGateway::Volume}.
 */
public final class Volume extends Resource<Volume> {
  private static final Schema SCHEMA = Schema.builder("AWS::StorageGateway::Volume")
      .required("GatewayARN", "NetworkInterfaceId", "TargetName", "VolumeSizeInBytes")
      .constrain("GatewayARN", Constraint.of().minLength(50).maxLength(500))
      .constrain("KMSKey", Constraint.of().pattern("^(^arn:(aws(|-cn|-us-gov|-iso[A-Za-z0-9_-]*|-eusc)):kms:([a-zA-Z0-9-]+):([0-9]+):(key|alias)/(\\S+)$)|(^alias/(\\S+)$)$").minLength(7).maxLength(2048))
      .constrain("SnapshotId", Constraint.of().pattern("^snap-([0-9A-Fa-f]{8}|[0-9A-Fa-f]{17})$"))
      .constrain("SourceVolumeARN", Constraint.of().pattern("^arn:(aws(|-cn|-us-gov|-iso[A-Za-z0-9_-]*|-eusc)):storagegateway:[a-z\\-0-9]+:[0-9]+:gateway\\/(.+)\\/volume\\/vol-(\\S+)$").minLength(50).maxLength(500))
      .constrain("TargetName", Constraint.of().pattern("^[-\\.;a-z0-9]+$").minLength(1).maxLength(200))
      .refYields("VolumeARN")
      .attributes("CreatedDate", "TargetARN", "VolumeARN", "VolumeAttachmentStatus", "VolumeId",
          "VolumeStatus", "VolumeType", "VolumeUsedInBytes")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public Volume(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The Amazon Resource Name (ARN) of the gateway on which to create the volume.
   *
   * <p>Required. Changing it replaces the resource. Length: 50 to 500 characters. CloudFormation
   * property {@code GatewayARN}.
   */
  public Volume gatewayARN(String value) {
    return set("GatewayARN", Value.of(value));
  }

  /** Sets {@code GatewayARN} to this value; see {@link #gatewayARN(String)}. */
  public Volume gatewayARN(Value<String> value) {
    return set("GatewayARN", value);
  }

  /**
   * Set to true to use Amazon S3 server-side encryption with your own KMS key, or false to use a
   * key managed by Amazon S3.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code KMSEncrypted}.
   */
  public Volume kmsEncrypted(boolean value) {
    return set("KMSEncrypted", Value.of(value));
  }

  /** Sets {@code KMSEncrypted} to this value; see {@link #kmsEncrypted(boolean)}. */
  public Volume kmsEncrypted(Value<Boolean> value) {
    return set("KMSEncrypted", value);
  }

  /**
   * The Amazon Resource Name (ARN) of a symmetric customer master key (CMK) used for Amazon S3
   * server-side encryption.
   *
   * <p>Changing it replaces the resource. Length: 7 to 2048 characters. Pattern: {@code
   * ^(^arn:(aws(|-cn|-us-gov|-iso[A-Za-z0-9_-]*|-eusc)):kms:([a-zA-Z0-9-]+):([0-9]+):(key|alias)/(&#92;S+)$)|(^alias/(&#92;S+)$)$}.
   * CloudFormation property {@code KMSKey}.
   */
  public Volume kmsKey(String value) {
    return set("KMSKey", Value.of(value));
  }

  /** Sets {@code KMSKey} to this value; see {@link #kmsKey(String)}. */
  public Volume kmsKey(Value<String> value) {
    return set("KMSKey", value);
  }

  /**
   * The network interface of the gateway on which to expose the iSCSI target. Only IPv4 addresses
   * are accepted.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code
   * NetworkInterfaceId}.
   */
  public Volume networkInterfaceId(String value) {
    return set("NetworkInterfaceId", Value.of(value));
  }

  /** Sets {@code NetworkInterfaceId} to this value; see {@link #networkInterfaceId(String)}. */
  public Volume networkInterfaceId(Value<String> value) {
    return set("NetworkInterfaceId", value);
  }

  /**
   * The snapshot ID of the snapshot to restore as the new cached volume (e.g., snap-1122aabb).
   *
   * <p>Changing it replaces the resource. Pattern: {@code ^snap-([0-9A-Fa-f]{8}|[0-9A-Fa-f]{17})$}.
   * CloudFormation property {@code SnapshotId}.
   */
  public Volume snapshotId(String value) {
    return set("SnapshotId", Value.of(value));
  }

  /** Sets {@code SnapshotId} to this value; see {@link #snapshotId(String)}. */
  public Volume snapshotId(Value<String> value) {
    return set("SnapshotId", value);
  }

  /**
   * The ARN of an existing volume from which to create the new volume.
   *
   * <p>Changing it replaces the resource. Length: 50 to 500 characters. Pattern: {@code
   * ^arn:(aws(|-cn|-us-gov|-iso[A-Za-z0-9_-]*|-eusc)):storagegateway:[a-z&#92;-0-9]+:[0-9]+:gateway&#92;/(.+)&#92;/volume&#92;/vol-(&#92;S+)$}.
   * CloudFormation property {@code SourceVolumeARN}.
   */
  public Volume sourceVolumeARN(String value) {
    return set("SourceVolumeARN", Value.of(value));
  }

  /** Sets {@code SourceVolumeARN} to this value; see {@link #sourceVolumeARN(String)}. */
  public Volume sourceVolumeARN(Value<String> value) {
    return set("SourceVolumeARN", value);
  }

  /**
   * A list of up to 50 tags to assign to the volume.
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
   * The name of the iSCSI target used by an initiator to connect to a volume and used as a suffix
   * for the target ARN.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 200 characters. Pattern: {@code
   * ^[-&#92;.;a-z0-9]+$}. CloudFormation property {@code TargetName}.
   */
  public Volume targetName(String value) {
    return set("TargetName", Value.of(value));
  }

  /** Sets {@code TargetName} to this value; see {@link #targetName(String)}. */
  public Volume targetName(Value<String> value) {
    return set("TargetName", value);
  }

  /**
   * The size of the volume in bytes.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code
   * VolumeSizeInBytes}.
   */
  public Volume volumeSizeInBytes(double value) {
    return set("VolumeSizeInBytes", Value.of(value));
  }

  /** Sets {@code VolumeSizeInBytes} to this value; see {@link #volumeSizeInBytes(double)}. */
  public Volume volumeSizeInBytes(Value<Double> value) {
    return set("VolumeSizeInBytes", value);
  }

  /**
   * The date the volume was created.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CreatedDate}.
   */
  public Value<String> createdDate() {
    return getAtt("CreatedDate");
  }

  /**
   * The Amazon Resource Name (ARN) of the volume target, which includes the iSCSI target name.
   *
   * <p>{@code Fn::GetAtt} attribute {@code TargetARN}.
   */
  public Value<String> targetARN() {
    return getAtt("TargetARN");
  }

  /**
   * The Amazon Resource Name (ARN) of the storage volume.
   *
   * <p>{@code Fn::GetAtt} attribute {@code VolumeARN}.
   */
  public Value<String> volumeARN() {
    return getAtt("VolumeARN");
  }

  /**
   * Indicates whether the storage volume is attached to or detached from the gateway.
   *
   * <p>{@code Fn::GetAtt} attribute {@code VolumeAttachmentStatus}.
   */
  public Value<String> volumeAttachmentStatus() {
    return getAtt("VolumeAttachmentStatus");
  }

  /**
   * The unique identifier of the volume, extracted from the ARN.
   *
   * <p>{@code Fn::GetAtt} attribute {@code VolumeId}.
   */
  public Value<String> volumeId() {
    return getAtt("VolumeId");
  }

  /**
   * The status of the storage volume.
   *
   * <p>{@code Fn::GetAtt} attribute {@code VolumeStatus}.
   */
  public Value<String> volumeStatus() {
    return getAtt("VolumeStatus");
  }

  /**
   * The type of the volume (CACHED iSCSI).
   *
   * <p>{@code Fn::GetAtt} attribute {@code VolumeType}.
   */
  public Value<String> volumeType() {
    return getAtt("VolumeType");
  }

  /**
   * The size of the data stored on the volume in bytes.
   *
   * <p>{@code Fn::GetAtt} attribute {@code VolumeUsedInBytes}.
   */
  public Value<Double> volumeUsedInBytes() {
    return getAtt("VolumeUsedInBytes");
  }
}
