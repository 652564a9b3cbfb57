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
 * Creates a custom tape pool for archiving virtual tapes with optional retention lock.
 *
 * <p>CloudFormation type {@code AWS::StorageGateway::TapePool}.
 */
public final class TapePool extends Resource<TapePool> {
  private static final Schema SCHEMA = Schema.builder("AWS::StorageGateway::TapePool")
      .required("PoolName", "StorageClass")
      .constrain("PoolName", Constraint.of().pattern("^[ -\\.0-\\[\\]-~]*[!-\\.0-\\[\\]-~][ -\\.0-\\[\\]-~]*$").minLength(1).maxLength(100))
      .constrain("RetentionLockTimeInDays", Constraint.of().minimum(0).maximum(36500))
      .allowed("RetentionLockType", "COMPLIANCE", "GOVERNANCE", "NONE")
      .allowed("StorageClass", "DEEP_ARCHIVE", "GLACIER")
      .refYields("PoolARN")
      .attributes("PoolARN", "PoolId")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public TapePool(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The name of the custom tape pool.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 100 characters. Pattern: {@code ^[
   * -&#92;.0-&#92;[&#92;]-~]*[!-&#92;.0-&#92;[&#92;]-~][ -&#92;.0-&#92;[&#92;]-~]*$}.
   * CloudFormation property {@code PoolName}.
   */
  public TapePool poolName(String value) {
    return set("PoolName", Value.of(value));
  }

  /** Sets {@code PoolName} to this value; see {@link #poolName(String)}. */
  public TapePool poolName(Value<String> value) {
    return set("PoolName", value);
  }

  /**
   * Tape retention lock time in days (up to 36,500 days / 100 years).
   *
   * <p>Changing it replaces the resource. Range: 0 to 36500. CloudFormation property {@code
   * RetentionLockTimeInDays}.
   */
  public TapePool retentionLockTimeInDays(int value) {
    return set("RetentionLockTimeInDays", Value.of(value));
  }

  /**
   * Sets {@code RetentionLockTimeInDays} to this value; see {@link #retentionLockTimeInDays(int)}.
   */
  public TapePool retentionLockTimeInDays(Value<Integer> value) {
    return set("RetentionLockTimeInDays", value);
  }

  /**
   * Tape retention lock type. Governance mode allows authorized removal; compliance mode prevents
   * all removal.
   *
   * <p>Changing it replaces the resource. Allowed values: {@code COMPLIANCE}, {@code GOVERNANCE},
   * {@code NONE}. CloudFormation property {@code RetentionLockType}.
   */
  public TapePool retentionLockType(String value) {
    return set("RetentionLockType", Value.of(value));
  }

  /** Sets {@code RetentionLockType} to this value; see {@link #retentionLockType(String)}. */
  public TapePool retentionLockType(Value<String> value) {
    return set("RetentionLockType", value);
  }

  /**
   * The storage class associated with the custom pool (S3 Glacier or S3 Glacier Deep Archive).
   *
   * <p>Required. Changing it replaces the resource. Allowed values: {@code DEEP_ARCHIVE}, {@code
   * GLACIER}. CloudFormation property {@code StorageClass}.
   */
  public TapePool storageClass(String value) {
    return set("StorageClass", Value.of(value));
  }

  /** Sets {@code StorageClass} to this value; see {@link #storageClass(String)}. */
  public TapePool storageClass(Value<String> value) {
    return set("StorageClass", value);
  }

  /**
   * A list of up to 50 tags for the tape pool.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public TapePool tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public TapePool tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public TapePool tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The Amazon Resource Name (ARN) of the custom tape pool.
   *
   * <p>{@code Fn::GetAtt} attribute {@code PoolARN}.
   */
  public Value<String> poolARN() {
    return getAtt("PoolARN");
  }

  /**
   * The unique identifier of the custom tape pool, extracted from the ARN.
   *
   * <p>{@code Fn::GetAtt} attribute {@code PoolId}.
   */
  public Value<String> poolId() {
    return getAtt("PoolId");
  }
}
