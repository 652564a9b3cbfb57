// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.translate;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * A parallel data resource in Amazon Translate used to customize machine translation output.
 *
 * <p>CloudFormation type {@code AWS::Translate::ParallelData}.
 */
public final class ParallelData extends Resource<ParallelData> {
  private static final Schema SCHEMA = Schema.builder("AWS::Translate::ParallelData")
      .required("Name", "ParallelDataConfig")
      .constrain("Description", Constraint.of().pattern("^[\\P{M}\\p{M}]{0,256}$").minLength(0).maxLength(256))
      .constrain("Name", Constraint.of().pattern("^([A-Za-z0-9-]_?)+$").minLength(1).maxLength(256))
      .refYields("Arn")
      .attributes("Arn", "CreatedAt", "FailedRecordCount", "ImportedDataSize",
          "ImportedRecordCount", "LastUpdatedAt", "SkippedRecordCount", "SourceLanguageCode",
          "Status", "TargetLanguageCodes")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public ParallelData(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * A custom description for the parallel data resource.
   *
   * <p>Changing it replaces the resource. Length: 0 to 256 characters. Pattern: {@code
   * ^[&#92;P{M}&#92;p{M}]{0,256}$}. CloudFormation property {@code Description}.
   */
  public ParallelData description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public ParallelData description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * The encryption key used to encrypt this object.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code EncryptionKey}.
   */
  public ParallelData encryptionKey(Value<EncryptionKey> value) {
    return set("EncryptionKey", value);
  }

  /**
   * A custom name for the parallel data resource. Must be unique in the account and region.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 256 characters. Pattern: {@code
   * ^([A-Za-z0-9-]_?)+$}. CloudFormation property {@code Name}.
   */
  public ParallelData name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public ParallelData name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * Specifies the format and S3 location of the parallel data input file.
   *
   * <p>Required. CloudFormation property {@code ParallelDataConfig}.
   */
  public ParallelData parallelDataConfig(Value<ParallelDataConfig> value) {
    return set("ParallelDataConfig", value);
  }

  /**
   * Tags associated with the parallel data resource.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public ParallelData tags(List<TagsItems> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public ParallelData tags(Value<List<TagsItems>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to a list of these; see {@link #tags(List)}. */
  public ParallelData tags(TagsItems... values) {
    return set("Tags", Value.list(values));
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public ParallelData tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The Amazon Resource Name (ARN) of the parallel data resource.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * The time at which the parallel data resource was created.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CreatedAt}.
   */
  public Value<String> createdAt() {
    return getAtt("CreatedAt");
  }

  /**
   * The number of records unsuccessfully imported.
   *
   * <p>{@code Fn::GetAtt} attribute {@code FailedRecordCount}.
   */
  public Value<Integer> failedRecordCount() {
    return getAtt("FailedRecordCount");
  }

  /**
   * The number of UTF-8 characters imported from the parallel data input file.
   *
   * <p>{@code Fn::GetAtt} attribute {@code ImportedDataSize}.
   */
  public Value<Integer> importedDataSize() {
    return getAtt("ImportedDataSize");
  }

  /**
   * The number of records successfully imported.
   *
   * <p>{@code Fn::GetAtt} attribute {@code ImportedRecordCount}.
   */
  public Value<Integer> importedRecordCount() {
    return getAtt("ImportedRecordCount");
  }

  /**
   * The time at which the parallel data resource was last updated.
   *
   * <p>{@code Fn::GetAtt} attribute {@code LastUpdatedAt}.
   */
  public Value<String> lastUpdatedAt() {
    return getAtt("LastUpdatedAt");
  }

  /**
   * The number of items skipped during import.
   *
   * <p>{@code Fn::GetAtt} attribute {@code SkippedRecordCount}.
   */
  public Value<Integer> skippedRecordCount() {
    return getAtt("SkippedRecordCount");
  }

  /**
   * The source language of the translations in the parallel data file.
   *
   * <p>{@code Fn::GetAtt} attribute {@code SourceLanguageCode}.
   */
  public Value<String> sourceLanguageCode() {
    return getAtt("SourceLanguageCode");
  }

  /**
   * The status of the parallel data resource.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Status}.
   */
  public Value<String> status() {
    return getAtt("Status");
  }

  /**
   * The language codes for the target languages available in the parallel data file.
   *
   * <p>{@code Fn::GetAtt} attribute {@code TargetLanguageCodes}.
   */
  public Value<List<String>> targetLanguageCodes() {
    return getAtt("TargetLanguageCodes");
  }

  /**
   * The encryption key used to encrypt this object.
   *
   * <p>Property type {@code AWS::Translate::ParallelData.EncryptionKey}.
   */
  public static final class EncryptionKey extends Struct<EncryptionKey> {
    private static final Schema SCHEMA = Schema.builder("AWS::Translate::ParallelData.EncryptionKey")
        .required("Id", "Type")
        .constrain("Id", Constraint.of().pattern("^(arn:aws((-us-gov)|(-iso)|(-iso-b)|(-cn))?:kms:)?([a-z]{2}-[a-z]+(-[a-z]+)?-\\d:)?(\\d{12}:)?(((key/)?[a-zA-Z0-9-_]+)|(alias/[a-zA-Z0-9:/_-]+))$").minLength(1).maxLength(400))
        .allowed("Type", "KMS")
        .build();

    public EncryptionKey() {
      super(SCHEMA);
    }

    /**
     * The Amazon Resource Name (ARN) of the encryption key.
     *
     * <p>Required. Length: 1 to 400 characters. Pattern: {@code
     * ^(arn:aws((-us-gov)|(-iso)|(-iso-b)|(-cn))?:kms:)?([a-z]{2}-[a-z]+(-[a-z]+)?-&#92;d:)?(&#92;d{12}:)?(((key/)?[a-zA-Z0-9-_]+)|(alias/[a-zA-Z0-9:/_-]+))$}.
     * CloudFormation property {@code Id}.
     */
    public EncryptionKey id(String value) {
      return set("Id", Value.of(value));
    }

    /** Sets {@code Id} to this value; see {@link #id(String)}. */
    public EncryptionKey id(Value<String> value) {
      return set("Id", value);
    }

    /**
     * The type of encryption key.
     *
     * <p>Required. Allowed values: {@code KMS}. CloudFormation property {@code Type}.
     */
    public EncryptionKey type(String value) {
      return set("Type", Value.of(value));
    }

    /** Sets {@code Type} to this value; see {@link #type(String)}. */
    public EncryptionKey type(Value<String> value) {
      return set("Type", value);
    }
  }

  /**
   * Specifies the format and S3 location of the parallel data input file.
   *
   * <p>Property type {@code AWS::Translate::ParallelData.ParallelDataConfig}.
   */
  public static final class ParallelDataConfig extends Struct<ParallelDataConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::Translate::ParallelData.ParallelDataConfig")
        .required("Format", "S3Uri")
        .allowed("Format", "TSV", "CSV", "TMX")
        .constrain("S3Uri", Constraint.of().pattern("^s3://[a-z0-9][\\.\\-a-z0-9]{1,61}[a-z0-9](/.*)?$").minLength(0).maxLength(1024))
        .build();

    public ParallelDataConfig() {
      super(SCHEMA);
    }

    /**
     * The format of the parallel data input file.
     *
     * <p>Required. Allowed values: {@code TSV}, {@code CSV}, {@code TMX}. CloudFormation property
     * {@code Format}.
     */
    public ParallelDataConfig format(String value) {
      return set("Format", Value.of(value));
    }

    /** Sets {@code Format} to this value; see {@link #format(String)}. */
    public ParallelDataConfig format(Value<String> value) {
      return set("Format", value);
    }

    /**
     * The URI of the Amazon S3 folder that contains the parallel data input file.
     *
     * <p>Required. Length: 0 to 1024 characters. Pattern: {@code
     * ^s3://[a-z0-9][&#92;.&#92;-a-z0-9]{1,61}[a-z0-9](/.*)?$}. CloudFormation property {@code
     * S3Uri}.
     */
    public ParallelDataConfig s3Uri(String value) {
      return set("S3Uri", Value.of(value));
    }

    /** Sets {@code S3Uri} to this value; see {@link #s3Uri(String)}. */
    public ParallelDataConfig s3Uri(Value<String> value) {
      return set("S3Uri", value);
    }
  }

  /** Property type {@code AWS::Translate::ParallelData.TagsItems}. */
  public static final class TagsItems extends Struct<TagsItems> {
    private static final Schema SCHEMA = Schema.builder("AWS::Translate::ParallelData.TagsItems")
        .required("Key", "Value")
        .constrain("Key", Constraint.of().minLength(1).maxLength(128))
        .constrain("Value", Constraint.of().minLength(0).maxLength(256))
        .build();

    public TagsItems() {
      super(SCHEMA);
    }

    /** Required. Length: 1 to 128 characters. CloudFormation property {@code Key}. */
    public TagsItems key(String value) {
      return set("Key", Value.of(value));
    }

    /** Sets {@code Key} to this value; see {@link #key(String)}. */
    public TagsItems key(Value<String> value) {
      return set("Key", value);
    }

    /** Required. Length: 0 to 256 characters. CloudFormation property {@code Value}. */
    public TagsItems value(String value) {
      return set("Value", Value.of(value));
    }

    /** Sets {@code Value} to this value; see {@link #value(String)}. */
    public TagsItems value(Value<String> value) {
      return set("Value", value);
    }
  }
}
