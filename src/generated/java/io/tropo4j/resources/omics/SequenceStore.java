// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.omics;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Json;
import io.tropo4j.fn.Value;
import java.util.List;
import java.util.Map;

/**
 * Creates a sequence store.
 *
 * <p>CloudFormation type {@code AWS::Omics::SequenceStore}.
 */
public final class SequenceStore extends Resource<SequenceStore> {
  private static final Schema SCHEMA = Schema.builder("AWS::Omics::SequenceStore")
      .required("Name")
      .constrain("AccessLogLocation", Constraint.of().pattern("^$|^s3://([a-z0-9][a-z0-9-.]{1,61}[a-z0-9])/?((.{1,800})/)?$"))
      .constrain("Description", Constraint.of().pattern("^[\\p{L}||\\p{M}||\\p{Z}||\\p{S}||\\p{N}||\\p{P}]+$").minLength(1).maxLength(255))
      .allowed("ETagAlgorithmFamily", "MD5up", "SHA256up", "SHA512up")
      .constrain("FallbackLocation", Constraint.of().pattern("^$|^s3://([a-z0-9][a-z0-9-.]{1,61}[a-z0-9])/?((.{1,1024})/)?$").minLength(0))
      .constrain("Name", Constraint.of().pattern("^[\\p{L}||\\p{M}||\\p{Z}||\\p{S}||\\p{N}||\\p{P}]+$").minLength(1).maxLength(127))
      .constrain("PropagatedSetLevelTags", Constraint.of().minLength(1).maxLength(128))
      .constrain("S3AccessPolicy", Constraint.of().minLength(1).maxLength(100000))
      .refYields("SequenceStoreId")
      .attributes("Arn", "CreationTime", "S3AccessPointArn", "S3Uri", "SequenceStoreId", "Status",
          "StatusMessage", "UpdateTime")
      .tags("Tags", Schema.TagForm.MAP)
      .build();

  public SequenceStore(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * Location of the access logs.
   *
   * <p>Pattern: {@code ^$|^s3://([a-z0-9][a-z0-9-.]{1,61}[a-z0-9])/?((.{1,800})/)?$}.
   * CloudFormation property {@code AccessLogLocation}.
   */
  public SequenceStore accessLogLocation(String value) {
    return set("AccessLogLocation", Value.of(value));
  }

  /** Sets {@code AccessLogLocation} to this value; see {@link #accessLogLocation(String)}. */
  public SequenceStore accessLogLocation(Value<String> value) {
    return set("AccessLogLocation", value);
  }

  /**
   * A description for the store.
   *
   * <p>Changing it replaces the resource. Length: 1 to 255 characters. Pattern: {@code
   * ^[&#92;p{L}||&#92;p{M}||&#92;p{Z}||&#92;p{S}||&#92;p{N}||&#92;p{P}]+$}. CloudFormation property
   * {@code Description}.
   */
  public SequenceStore description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public SequenceStore description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * The algorithm family of the ETag.
   *
   * <p>Changing it replaces the resource. Allowed values: {@code MD5up}, {@code SHA256up}, {@code
   * SHA512up}. CloudFormation property {@code ETagAlgorithmFamily}.
   */
  public SequenceStore eTagAlgorithmFamily(String value) {
    return set("ETagAlgorithmFamily", Value.of(value));
  }

  /** Sets {@code ETagAlgorithmFamily} to this value; see {@link #eTagAlgorithmFamily(String)}. */
  public SequenceStore eTagAlgorithmFamily(Value<String> value) {
    return set("ETagAlgorithmFamily", value);
  }

  /**
   * An S3 location that is used to store files that have failed a direct upload.
   *
   * <p>Changing it replaces the resource. Length: at least 0 characters. Pattern: {@code
   * ^$|^s3://([a-z0-9][a-z0-9-.]{1,61}[a-z0-9])/?((.{1,1024})/)?$}. CloudFormation property {@code
   * FallbackLocation}.
   */
  public SequenceStore fallbackLocation(String value) {
    return set("FallbackLocation", Value.of(value));
  }

  /** Sets {@code FallbackLocation} to this value; see {@link #fallbackLocation(String)}. */
  public SequenceStore fallbackLocation(Value<String> value) {
    return set("FallbackLocation", value);
  }

  /**
   * A name for the store.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 127 characters. Pattern: {@code
   * ^[&#92;p{L}||&#92;p{M}||&#92;p{Z}||&#92;p{S}||&#92;p{N}||&#92;p{P}]+$}. CloudFormation property
   * {@code Name}.
   */
  public SequenceStore name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public SequenceStore name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * The tags keys to propagate to the S3 objects associated with read sets in the sequence store.
   *
   * <p>Length: 1 to 128 characters. CloudFormation property {@code PropagatedSetLevelTags}.
   */
  public SequenceStore propagatedSetLevelTags(List<String> value) {
    return set("PropagatedSetLevelTags", Value.listOf(value));
  }

  /**
   * Sets {@code PropagatedSetLevelTags} to this value; see {@link #propagatedSetLevelTags(List)}.
   */
  public SequenceStore propagatedSetLevelTags(Value<List<String>> value) {
    return set("PropagatedSetLevelTags", value);
  }

  /**
   * The resource policy that controls S3 access on the store
   *
   * <p>Length: 1 to 100000 characters. CloudFormation property {@code S3AccessPolicy}.
   */
  public SequenceStore s3AccessPolicy(Value<Json> value) {
    return set("S3AccessPolicy", value);
  }

  /**
   * Server-side encryption (SSE) settings for the store.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code SseConfig}.
   */
  public SequenceStore sseConfig(Value<SseConfig> value) {
    return set("SseConfig", value);
  }

  /**
   * Tags for the store.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code Tags}.
   */
  public SequenceStore tags(Map<String, String> value) {
    return set("Tags", Value.mapOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(Map)}. */
  public SequenceStore tags(Value<Map<String, String>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a map of key to value; see {@link #tags(Map)}. */
  public SequenceStore tags(Tags tags) {
    return set("Tags", tags.asMap());
  }

  /**
   * The store's ARN.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * When the store was created.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CreationTime}.
   */
  public Value<String> creationTime() {
    return getAtt("CreationTime");
  }

  /**
   * This is ARN of the access point associated with the S3 bucket storing read sets.
   *
   * <p>{@code Fn::GetAtt} attribute {@code S3AccessPointArn}.
   */
  public Value<String> s3AccessPointArn() {
    return getAtt("S3AccessPointArn");
  }

  /**
   * The S3 URI of the sequence store.
   *
   * <p>{@code Fn::GetAtt} attribute {@code S3Uri}.
   */
  public Value<String> s3Uri() {
    return getAtt("S3Uri");
  }

  /**
   * The store's ID.
   *
   * <p>{@code Fn::GetAtt} attribute {@code SequenceStoreId}.
   */
  public Value<String> sequenceStoreId() {
    return getAtt("SequenceStoreId");
  }

  /**
   * Status of the sequence store.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Status}.
   */
  public Value<String> status() {
    return getAtt("Status");
  }

  /**
   * The status message of the sequence store.
   *
   * <p>{@code Fn::GetAtt} attribute {@code StatusMessage}.
   */
  public Value<String> statusMessage() {
    return getAtt("StatusMessage");
  }

  /**
   * The last-updated time of the Sequence Store.
   *
   * <p>{@code Fn::GetAtt} attribute {@code UpdateTime}.
   */
  public Value<String> updateTime() {
    return getAtt("UpdateTime");
  }

  /**
   * Server-side encryption (SSE) settings for a store.
   *
   * <p>Property type {@code AWS::Omics::SequenceStore.SseConfig}.
   */
  public static final class SseConfig extends Struct<SseConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::Omics::SequenceStore.SseConfig")
        .required("Type")
        .constrain("KeyArn", Constraint.of().pattern("arn:([^:\n]*):([^:\n]*):([^:\n]*):([0-9]{12}):([^:\n]*)").minLength(20).maxLength(2048))
        .allowed("Type", "KMS")
        .build();

    public SseConfig() {
      super(SCHEMA);
    }

    /**
     * An encryption key ARN.
     *
     * <p>Changing it replaces the resource. Length: 20 to 2048 characters. Pattern: {@code
     * arn:([^:
]*):([^:
]*):([^:
]*):([0-9]{12}):([^:
]*)}. CloudFormation property {@code KeyArn}.
     */
    public SseConfig keyArn(String value) {
      return set("KeyArn", Value.of(value));
    }

    /** Sets {@code KeyArn} to this value; see {@link #keyArn(String)}. */
    public SseConfig keyArn(Value<String> value) {
      return set("KeyArn", value);
    }

    /**
     * The encryption type.
     *
     * <p>Required. Changing it replaces the resource. Allowed values: {@code KMS}. CloudFormation
     * property {@code Type}.
     */
    public SseConfig type(String value) {
      return set("Type", Value.of(value));
    }

    /** Sets {@code Type} to this value; see {@link #type(String)}. */
    public SseConfig type(Value<String> value) {
      return set("Type", value);
    }
  }
}
