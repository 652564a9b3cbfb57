// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.omics;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;
import java.util.Map;

/**
 * AWS HealthOmics variant stores and annotation stores are no longer open to new customers.
 * Existing customers can continue to use the service as normal. For more information, see <a
 * href="https://docs.aws.amazon.com/omics/latest/dev/variant-store-availability-change.html">AWS
 * HealthOmics variant store and annotation store availability change</a> .
 *
 * <p>Creates an annotation store.
 *
 * <p>CloudFormation type {@code AWS::Omics::AnnotationStore}.
 */
public final class AnnotationStore extends Resource<AnnotationStore> {
  private static final Schema SCHEMA = Schema.builder("AWS::Omics::AnnotationStore")
      .required("Name", "StoreFormat")
      .constrain("Description", Constraint.of().minLength(0).maxLength(500))
      .constrain("Name", Constraint.of().pattern("^([a-z]){1}([a-z0-9_]){2,254}"))
      .allowed("StoreFormat", "GFF", "TSV", "VCF")
      .refYields("Name")
      .attributes("CreationTime", "Id", "Status", "StatusMessage", "StoreArn", "StoreSizeBytes",
          "UpdateTime")
      .tags("Tags", Schema.TagForm.MAP)
      .build();

  public AnnotationStore(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * A description for the store.
   *
   * <p>Length: 0 to 500 characters. CloudFormation property {@code Description}.
   */
  public AnnotationStore description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public AnnotationStore description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * The name of the Annotation Store.
   *
   * <p>Required. Changing it replaces the resource. Pattern: {@code ^([a-z]){1}([a-z0-9_]){2,254}}.
   * CloudFormation property {@code Name}.
   */
  public AnnotationStore name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public AnnotationStore name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * The genome reference for the store's annotations.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code Reference}.
   */
  public AnnotationStore reference(Value<ReferenceItem> value) {
    return set("Reference", value);
  }

  /**
   * The store's server-side encryption (SSE) settings.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code SseConfig}.
   */
  public AnnotationStore sseConfig(Value<SseConfig> value) {
    return set("SseConfig", value);
  }

  /**
   * The annotation file format of the store.
   *
   * <p>Required. Changing it replaces the resource. Allowed values: {@code GFF}, {@code TSV},
   * {@code VCF}. CloudFormation property {@code StoreFormat}.
   */
  public AnnotationStore storeFormat(String value) {
    return set("StoreFormat", Value.of(value));
  }

  /** Sets {@code StoreFormat} to this value; see {@link #storeFormat(String)}. */
  public AnnotationStore storeFormat(Value<String> value) {
    return set("StoreFormat", value);
  }

  /**
   * File parsing options for the annotation store.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code StoreOptions}.
   */
  public AnnotationStore storeOptions(Value<StoreOptions> value) {
    return set("StoreOptions", value);
  }

  /**
   * Tags for the store.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code Tags}.
   */
  public AnnotationStore tags(Map<String, String> value) {
    return set("Tags", Value.mapOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(Map)}. */
  public AnnotationStore tags(Value<Map<String, String>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a map of key to value; see {@link #tags(Map)}. */
  public AnnotationStore tags(Tags tags) {
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
   * A genome reference.
   *
   * <p>Property type {@code AWS::Omics::AnnotationStore.ReferenceItem}.
   */
  public static final class ReferenceItem extends Struct<ReferenceItem> {
    private static final Schema SCHEMA = Schema.builder("AWS::Omics::AnnotationStore.ReferenceItem")
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
   * <p>Property type {@code AWS::Omics::AnnotationStore.SseConfig}.
   */
  public static final class SseConfig extends Struct<SseConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::Omics::AnnotationStore.SseConfig")
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

  /**
   * The store's file parsing options.
   *
   * <p>Property type {@code AWS::Omics::AnnotationStore.StoreOptions}.
   */
  public static final class StoreOptions extends Struct<StoreOptions> {
    private static final Schema SCHEMA = Schema.builder("AWS::Omics::AnnotationStore.StoreOptions")
        .required("TsvStoreOptions")
        .build();

    public StoreOptions() {
      super(SCHEMA);
    }

    /**
     * Formatting options for a TSV file.
     *
     * <p>Required. Changing it replaces the resource. CloudFormation property {@code
     * TsvStoreOptions}.
     */
    public StoreOptions tsvStoreOptions(Value<TsvStoreOptions> value) {
      return set("TsvStoreOptions", value);
    }
  }

  /**
   * The store's parsing options.
   *
   * <p>Property type {@code AWS::Omics::AnnotationStore.TsvStoreOptions}.
   */
  public static final class TsvStoreOptions extends Struct<TsvStoreOptions> {
    private static final Schema SCHEMA = Schema.builder("AWS::Omics::AnnotationStore.TsvStoreOptions")
        .allowed("AnnotationType", "GENERIC", "CHR_POS", "CHR_POS_REF_ALT",
            "CHR_START_END_ONE_BASE", "CHR_START_END_REF_ALT_ONE_BASE", "CHR_START_END_ZERO_BASE",
            "CHR_START_END_REF_ALT_ZERO_BASE")
        .build();

    public TsvStoreOptions() {
      super(SCHEMA);
    }

    /**
     * The store's annotation type.
     *
     * <p>Changing it replaces the resource. Allowed values: {@code GENERIC}, {@code CHR_POS},
     * {@code CHR_POS_REF_ALT}, {@code CHR_START_END_ONE_BASE}, {@code
     * CHR_START_END_REF_ALT_ONE_BASE}, {@code CHR_START_END_ZERO_BASE}, {@code
     * CHR_START_END_REF_ALT_ZERO_BASE}. CloudFormation property {@code AnnotationType}.
     */
    public TsvStoreOptions annotationType(String value) {
      return set("AnnotationType", Value.of(value));
    }

    /** Sets {@code AnnotationType} to this value; see {@link #annotationType(String)}. */
    public TsvStoreOptions annotationType(Value<String> value) {
      return set("AnnotationType", value);
    }

    /**
     * The store's header key to column name mapping.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code FormatToHeader}.
     */
    public TsvStoreOptions formatToHeader(Map<String, String> value) {
      return set("FormatToHeader", Value.mapOf(value));
    }

    /** Sets {@code FormatToHeader} to this value; see {@link #formatToHeader(Map)}. */
    public TsvStoreOptions formatToHeader(Value<Map<String, String>> value) {
      return set("FormatToHeader", value);
    }

    /**
     * The schema of an annotation store.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code Schema}.
     */
    public TsvStoreOptions schemaProperty(List<Map<String, String>> value) {
      return set("Schema", Value.listOf(value));
    }

    /** Sets {@code Schema} to this value; see {@link #schemaProperty(List)}. */
    public TsvStoreOptions schemaProperty(Value<List<Map<String, String>>> value) {
      return set("Schema", value);
    }
  }
}
