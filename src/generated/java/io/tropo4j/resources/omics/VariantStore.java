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
 * Create a store for variant data.
 *
 * <p>CloudFormation type {@code AWS::Omics::VariantStore}.
 */
public final class VariantStore extends Resource<VariantStore> {
  private static final Schema SCHEMA = Schema.builder("AWS::Omics::VariantStore")
      .required("Name", "Reference")
      .constrain("Description", Constraint.of().minLength(0).maxLength(500))
      .constrain("Name", Constraint.of().pattern("^([a-z]){1}([a-z0-9_]){2,254}"))
      .refYields("Name")
      .attributes("CreationTime", "Id", "Status", "StatusMessage", "StoreArn", "StoreSizeBytes",
          "UpdateTime")
      .tags("Tags", Schema.TagForm.MAP)
      .build();

  public VariantStore(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * A description for the store.
   *
   * <p>Length: 0 to 500 characters. CloudFormation property {@code Description}.
   */
  public VariantStore description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public VariantStore description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * A name for the store.
   *
   * <p>Required. Changing it replaces the resource. Pattern: {@code ^([a-z]){1}([a-z0-9_]){2,254}}.
   * CloudFormation property {@code Name}.
   */
  public VariantStore name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public VariantStore name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * The genome reference for the store's variants.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code Reference}.
   */
  public VariantStore reference(Value<ReferenceItem> value) {
    return set("Reference", value);
  }

  /**
   * Server-side encryption (SSE) settings for the store.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code SseConfig}.
   */
  public VariantStore sseConfig(Value<SseConfig> value) {
    return set("SseConfig", value);
  }

  /**
   * Tags for the store.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code Tags}.
   */
  public VariantStore tags(Map<String, String> value) {
    return set("Tags", Value.mapOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(Map)}. */
  public VariantStore tags(Value<Map<String, String>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a map of key to value; see {@link #tags(Map)}. */
  public VariantStore tags(Tags tags) {
    return set("Tags", tags.asMap());
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
   * <p>{@code Fn::GetAtt} attribute {@code Id}.
   */
  public Value<String> id() {
    return getAtt("Id");
  }

  /**
   * The store's status.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Status}.
   */
  public Value<String> status() {
    return getAtt("Status");
  }

  /**
   * The store's status message.
   *
   * <p>{@code Fn::GetAtt} attribute {@code StatusMessage}.
   */
  public Value<String> statusMessage() {
    return getAtt("StatusMessage");
  }

  /**
   * The store's ARN.
   *
   * <p>{@code Fn::GetAtt} attribute {@code StoreArn}.
   */
  public Value<String> storeArn() {
    return getAtt("StoreArn");
  }

  /**
   * The store's size in bytes.
   *
   * <p>{@code Fn::GetAtt} attribute {@code StoreSizeBytes}.
   */
  public Value<Double> storeSizeBytes() {
    return getAtt("StoreSizeBytes");
  }

  /**
   * When the store was updated.
   *
   * <p>{@code Fn::GetAtt} attribute {@code UpdateTime}.
   */
  public Value<String> updateTime() {
    return getAtt("UpdateTime");
  }

  /**
   * The read set's genome reference ARN.
   *
   * <p>Property type {@code AWS::Omics::VariantStore.ReferenceItem}.
   */
  public static final class ReferenceItem extends Struct<ReferenceItem> {
    private static final Schema SCHEMA = Schema.builder("AWS::Omics::VariantStore.ReferenceItem")
        .required("ReferenceArn")
        .constrain("ReferenceArn", Constraint.of().pattern("^arn:.+$").minLength(1).maxLength(127))
        .build();

    public ReferenceItem() {
      super(SCHEMA);
    }

    /**
     * The reference's ARN.
     *
     * <p>Required. Changing it replaces the resource. Length: 1 to 127 characters. Pattern: {@code
     * ^arn:.+$}. CloudFormation property {@code ReferenceArn}.
     */
    public ReferenceItem referenceArn(String value) {
      return set("ReferenceArn", Value.of(value));
    }

    /** Sets {@code ReferenceArn} to this value; see {@link #referenceArn(String)}. */
    public ReferenceItem referenceArn(Value<String> value) {
      return set("ReferenceArn", value);
    }
  }

  /**
   * Server-side encryption (SSE) settings for a store.
   *
   * <p>Property type {@code AWS::Omics::VariantStore.SseConfig}.
   */
  public static final class SseConfig extends Struct<SseConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::Omics::VariantStore.SseConfig")
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
