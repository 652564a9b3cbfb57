// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.ec2;

import io.tropo4j.core.Asset;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Creates and manages an Amazon FPGA Image (AFI) from a design checkpoint (DCP).
 *
 * <p>CloudFormation type {@code AWS::EC2::FpgaImage}.
 */
public final class FpgaImage extends Resource<FpgaImage> {
  private static final Schema SCHEMA = Schema.builder("AWS::EC2::FpgaImage")
      .refYields("Arn")
      .attributes("Arn", "CreateTime", "DataRetentionSupport", "FpgaImageGlobalId", "FpgaImageId",
          "OwnerId", "Public", "State", "UpdateTime")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public FpgaImage(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * A description for the AFI.
   *
   * <p>CloudFormation property {@code Description}.
   */
  public FpgaImage description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public FpgaImage description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * Describes a storage location in Amazon S3.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code InputStorageLocation}.
   */
  public FpgaImage inputStorageLocation(Value<StorageLocation> value) {
    return set("InputStorageLocation", value);
  }

  /**
   * Sets {@code InputStorageLocation} to the asset's bucket and key, where the deployer uploads it;
   * see {@link #inputStorageLocation(Value)}.
   */
  public FpgaImage inputStorageLocation(Asset asset) {
    return set("InputStorageLocation", new StorageLocation().bucket(asset.bucket()).key(asset.key()));
  }

  /**
   * Describes a storage location in Amazon S3.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code LogsStorageLocation}.
   */
  public FpgaImage logsStorageLocation(Value<StorageLocation> value) {
    return set("LogsStorageLocation", value);
  }

  /**
   * Sets {@code LogsStorageLocation} to the asset's bucket and key, where the deployer uploads it;
   * see {@link #logsStorageLocation(Value)}.
   */
  public FpgaImage logsStorageLocation(Asset asset) {
    return set("LogsStorageLocation", new StorageLocation().bucket(asset.bucket()).key(asset.key()));
  }

  /**
   * A name for the AFI.
   *
   * <p>CloudFormation property {@code Name}.
   */
  public FpgaImage name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public FpgaImage name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * The tags assigned to the FPGA image.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public FpgaImage tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public FpgaImage tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public FpgaImage tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The ARN of the FPGA image.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * The date and time the AFI was created.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CreateTime}.
   */
  public Value<String> createTime() {
    return getAtt("CreateTime");
  }

  /**
   * Indicates whether data retention support is enabled for the AFI.
   *
   * <p>{@code Fn::GetAtt} attribute {@code DataRetentionSupport}.
   */
  public Value<Boolean> dataRetentionSupport() {
    return getAtt("DataRetentionSupport");
  }

  /**
   * The global FPGA image identifier (AGFI ID).
   *
   * <p>{@code Fn::GetAtt} attribute {@code FpgaImageGlobalId}.
   */
  public Value<String> fpgaImageGlobalId() {
    return getAtt("FpgaImageGlobalId");
  }

  /**
   * The FPGA image identifier (AFI ID).
   *
   * <p>{@code Fn::GetAtt} attribute {@code FpgaImageId}.
   */
  public Value<String> fpgaImageId() {
    return getAtt("FpgaImageId");
  }

  /**
   * The ID of the AWS account that owns the AFI.
   *
   * <p>{@code Fn::GetAtt} attribute {@code OwnerId}.
   */
  public Value<String> ownerId() {
    return getAtt("OwnerId");
  }

  /**
   * Indicates whether the AFI is public.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Public}.
   */
  public Value<Boolean> publicAttribute() {
    return getAtt("Public");
  }

  /**
   * The state of the AFI (pending | available | failed | unavailable).
   *
   * <p>{@code Fn::GetAtt} attribute {@code State}.
   */
  public Value<String> state() {
    return getAtt("State");
  }

  /**
   * The time of the most recent update to the AFI.
   *
   * <p>{@code Fn::GetAtt} attribute {@code UpdateTime}.
   */
  public Value<String> updateTime() {
    return getAtt("UpdateTime");
  }

  /**
   * Describes a storage location in Amazon S3.
   *
   * <p>Property type {@code AWS::EC2::FpgaImage.StorageLocation}.
   */
  public static final class StorageLocation extends Struct<StorageLocation> {
    private static final Schema SCHEMA = Schema.of("AWS::EC2::FpgaImage.StorageLocation");

    public StorageLocation() {
      super(SCHEMA);
    }

    /**
     * The name of the S3 bucket.
     *
     * <p>CloudFormation property {@code Bucket}.
     */
    public StorageLocation bucket(String value) {
      return set("Bucket", Value.of(value));
    }

    /** Sets {@code Bucket} to this value; see {@link #bucket(String)}. */
    public StorageLocation bucket(Value<String> value) {
      return set("Bucket", value);
    }

    /**
     * The key.
     *
     * <p>CloudFormation property {@code Key}.
     */
    public StorageLocation key(String value) {
      return set("Key", Value.of(value));
    }

    /** Sets {@code Key} to this value; see {@link #key(String)}. */
    public StorageLocation key(Value<String> value) {
      return set("Key", value);
    }
  }
}
