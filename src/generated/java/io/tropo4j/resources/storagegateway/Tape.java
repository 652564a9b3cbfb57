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
 * Creates a virtual tape with a user-defined barcode on a Tape Gateway (VTL). A virtual tape is
 * stored in Amazon S3 and can be archived to S3 Glacier or S3 Glacier Deep Archive.
 *
 * <p>CloudFormation type {@code AWS::StorageGateway::Tape}.
 */
public final class Tape extends Resource<Tape> {
  private static final Schema SCHEMA = Schema.builder("AWS::StorageGateway::Tape")
      .required("GatewayARN", "TapeSizeInBytes")
      .constrain("GatewayARN", Constraint.of().minLength(50).maxLength(500))
      .constrain("KMSKey", Constraint.of().pattern("^(^arn:(aws(|-cn|-us-gov|-iso[A-Za-z0-9_-]*|-eusc)):kms:([a-zA-Z0-9-]+):([0-9]+):(key|alias)/(\\S+)$)|(^alias/(\\S+)$)$").minLength(7).maxLength(2048))
      .constrain("PoolId", Constraint.of().minLength(1).maxLength(100))
      .constrain("TapeBarcode", Constraint.of().pattern("^[A-Z0-9]*$").minLength(5).maxLength(16))
      .constrain("TapeSizeInBytes", Constraint.of().minimum(1))
      .refYields("TapeARN")
      .attributes("TapeARN", "TapeCreatedDate", "TapeStatus", "TapeUsedInBytes")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public Tape(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The Amazon Resource Name (ARN) of the Tape Gateway that hosts the virtual tape.
   *
   * <p>Required. Changing it replaces the resource. Length: 50 to 500 characters. CloudFormation
   * property {@code GatewayARN}.
   */
  public Tape gatewayARN(String value) {
    return set("GatewayARN", Value.of(value));
  }

  /** Sets {@code GatewayARN} to this value; see {@link #gatewayARN(String)}. */
  public Tape gatewayARN(Value<String> value) {
    return set("GatewayARN", value);
  }

  /**
   * Set to true to use Amazon S3 server-side encryption with your own KMS key, or false to use a
   * key managed by Amazon S3. Optional.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code KMSEncrypted}.
   */
  public Tape kmsEncrypted(boolean value) {
    return set("KMSEncrypted", Value.of(value));
  }

  /** Sets {@code KMSEncrypted} to this value; see {@link #kmsEncrypted(boolean)}. */
  public Tape kmsEncrypted(Value<Boolean> value) {
    return set("KMSEncrypted", value);
  }

  /**
   * The Amazon Resource Name (ARN) of a symmetric customer master key (CMK) used for Amazon S3
   * server-side encryption. This value must be set if KMSEncrypted is true.
   *
   * <p>Changing it replaces the resource. Length: 7 to 2048 characters. Pattern: {@code
   * ^(^arn:(aws(|-cn|-us-gov|-iso[A-Za-z0-9_-]*|-eusc)):kms:([a-zA-Z0-9-]+):([0-9]+):(key|alias)/(&#92;S+)$)|(^alias/(&#92;S+)$)$}.
   * CloudFormation property {@code KMSKey}.
   */
  public Tape kmsKey(String value) {
    return set("KMSKey", Value.of(value));
  }

  /** Sets {@code KMSKey} to this value; see {@link #kmsKey(String)}. */
  public Tape kmsKey(Value<String> value) {
    return set("KMSKey", value);
  }

  /**
   * The ID of the pool that you want to add your tape to for archiving. Tapes in this pool are
   * archived in the S3 storage class that is associated with the pool.
   *
   * <p>Changing it replaces the resource. Length: 1 to 100 characters. CloudFormation property
   * {@code PoolId}.
   */
  public Tape poolId(String value) {
    return set("PoolId", Value.of(value));
  }

  /** Sets {@code PoolId} to this value; see {@link #poolId(String)}. */
  public Tape poolId(Value<String> value) {
    return set("PoolId", value);
  }

  /**
   * A list of up to 50 tags to assign to the virtual tape.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public Tape tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public Tape tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public Tape tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The barcode that you want to assign to the virtual tape. Barcodes cannot be reused, even after
   * a tape is deleted.
   *
   * <p>Changing it replaces the resource. Length: 5 to 16 characters. Pattern: {@code ^[A-Z0-9]*$}.
   * CloudFormation property {@code TapeBarcode}.
   */
  public Tape tapeBarcode(String value) {
    return set("TapeBarcode", Value.of(value));
  }

  /** Sets {@code TapeBarcode} to this value; see {@link #tapeBarcode(String)}. */
  public Tape tapeBarcode(Value<String> value) {
    return set("TapeBarcode", value);
  }

  /**
   * The size, in bytes, of the virtual tape that you want to create.
   *
   * <p>Required. Changing it replaces the resource. Range: at least 1. CloudFormation property
   * {@code TapeSizeInBytes}.
   */
  public Tape tapeSizeInBytes(double value) {
    return set("TapeSizeInBytes", Value.of(value));
  }

  /** Sets {@code TapeSizeInBytes} to this value; see {@link #tapeSizeInBytes(double)}. */
  public Tape tapeSizeInBytes(Value<Double> value) {
    return set("TapeSizeInBytes", value);
  }

  /**
   * Set to true to create a write-once-read-many (WORM) virtual tape.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code Worm}.
   */
  public Tape worm(boolean value) {
    return set("Worm", Value.of(value));
  }

  /** Sets {@code Worm} to this value; see {@link #worm(boolean)}. */
  public Tape worm(Value<Boolean> value) {
    return set("Worm", value);
  }

  /**
   * The Amazon Resource Name (ARN) of the virtual tape.
   *
   * <p>{@code Fn::GetAtt} attribute {@code TapeARN}.
   */
  public Value<String> tapeARN() {
    return getAtt("TapeARN");
  }

  /**
   * The date and time that the virtual tape was created.
   *
   * <p>{@code Fn::GetAtt} attribute {@code TapeCreatedDate}.
   */
  public Value<String> tapeCreatedDate() {
    return getAtt("TapeCreatedDate");
  }

  /**
   * The current status of the virtual tape.
   *
   * <p>{@code Fn::GetAtt} attribute {@code TapeStatus}.
   */
  public Value<String> tapeStatus() {
    return getAtt("TapeStatus");
  }

  /**
   * The size, in bytes, of data stored on the virtual tape.
   *
   * <p>{@code Fn::GetAtt} attribute {@code TapeUsedInBytes}.
   */
  public Value<Double> tapeUsedInBytes() {
    return getAtt("TapeUsedInBytes");
  }
}
