// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.omics;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.Map;

/**
 * Creates a reference store.
 *
 * <p>CloudFormation type {@code AWS::Omics::ReferenceStore}.
 */
public final class ReferenceStore extends Resource<ReferenceStore> {
  private static final Schema SCHEMA = Schema.builder("AWS::Omics::ReferenceStore")
      .required("Name")
      .constrain("Description", Constraint.of().pattern("^[\\p{L}||\\p{M}||\\p{Z}||\\p{S}||\\p{N}||\\p{P}]+$").minLength(1).maxLength(255))
      .constrain("Name", Constraint.of().pattern("^[\\p{L}||\\p{M}||\\p{Z}||\\p{S}||\\p{N}||\\p{P}]+$").minLength(1).maxLength(127))
      .refYields("ReferenceStoreId")
      .attributes("Arn", "CreationTime", "ReferenceStoreId")
      .tags("Tags", Schema.TagForm.MAP)
      .build();

  public ReferenceStore(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * A description for the store.
   *
   * <p>Changing it replaces the resource. Length: 1 to 255 characters. Pattern: {@code
   * ^[&#92;p{L}||&#92;p{M}||&#92;p{Z}||&#92;p{S}||&#92;p{N}||&#92;p{P}]+$}. CloudFormation property
   * {@code Description}.
   */
  public ReferenceStore description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public ReferenceStore description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * A name for the store.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 127 characters. Pattern: {@code
   * ^[&#92;p{L}||&#92;p{M}||&#92;p{Z}||&#92;p{S}||&#92;p{N}||&#92;p{P}]+$}. CloudFormation property
   * {@code Name}.
   */
  public ReferenceStore name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public ReferenceStore name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * Server-side encryption (SSE) settings for the store.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code SseConfig}.
   */
  public ReferenceStore sseConfig(Value<SseConfig> value) {
    return set("SseConfig", value);
  }

  /**
   * Tags for the store.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code Tags}.
   */
  public ReferenceStore tags(Map<String, String> value) {
    return set("Tags", Value.mapOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(Map)}. */
  public ReferenceStore tags(Value<Map<String, String>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a map of key to value; see {@link #tags(Map)}. */
  public ReferenceStore tags(Tags tags) {
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
   * The store's ID.
   *
   * <p>{@code Fn::GetAtt} attribute {@code ReferenceStoreId}.
   */
  public Value<String> referenceStoreId() {
    return getAtt("ReferenceStoreId");
  }

  /**
   * Server-side encryption (SSE) settings for a store.
   *
   * <p>Property type {@code AWS::Omics::ReferenceStore.SseConfig}.
   */
  public static final class SseConfig extends Struct<SseConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::Omics::ReferenceStore.SseConfig")
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
