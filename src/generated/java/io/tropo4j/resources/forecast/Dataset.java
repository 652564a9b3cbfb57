// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.forecast;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Struct;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Creates an Amazon Forecast dataset.
 *
 * <p>Amazon Forecast is no longer available to new customers. Existing customers of Amazon Forecast
 * can continue to use the service as normal. <a
 * href="https://docs.aws.amazon.com/machine-learning/transition-your-amazon-forecast-usage-to-amazon-sagemaker-canvas/">Learn
 * more"</a>
 *
 * <p>The information about the dataset that you provide helps Forecast understand how to consume
 * the data for model training. This includes the following:
 *
 * <ul> <li><em><code>DataFrequency</code></em> - How frequently your historical time-series data is
 * collected. <li><em><code>Domain</code></em> and <em><code>DatasetType</code></em> - Each dataset
 * has an associated dataset domain and a type within the domain. Amazon Forecast provides a list of
 * predefined domains and types within each domain. For each unique dataset domain and type within
 * the domain, Amazon Forecast requires your data to include a minimum set of predefined fields.
 * <li><em><code>Schema</code></em> - A schema specifies the fields in the dataset, including the
 * field name and data type. </ul>
 *
 * <p>After creating a dataset, you import your training data into it and add the dataset to a
 * dataset group. You use the dataset group to create a predictor. For more information, see <a
 * href="https://docs.aws.amazon.com/forecast/latest/dg/howitworks-datasets-groups.html">Importing
 * datasets</a> .
 *
 * <p>To get a list of all your datasets, use the <a
 * href="https://docs.aws.amazon.com/forecast/latest/dg/API_ListDatasets.html">ListDatasets</a>
 * operation.
 *
 * <p>For example Forecast datasets, see the <a
 * href="https://docs.aws.amazon.com/https://github.com/aws-samples/amazon-forecast-samples">Amazon
 * Forecast Sample GitHub repository</a> .
 *
 * <p>The <code>Status</code> of a dataset must be <code>ACTIVE</code> before you can import
 * training data. Use the <a
 * href="https://docs.aws.amazon.com/forecast/latest/dg/API_DescribeDataset.html">DescribeDataset</a>
 * operation to get the status.
 *
 * <p>CloudFormation type {@code AWS::Forecast::Dataset}.
 */
public final class Dataset extends Resource<Dataset> {
  private static final io.tropo4j.core.Schema SCHEMA = io.tropo4j.core.Schema.builder("AWS::Forecast::Dataset")
      .required("DatasetName", "DatasetType", "Domain", "Schema")
      .constrain("DataFrequency", Constraint.of().pattern("^Y|M|W|D|H|30min|15min|10min|5min|1min$").minLength(1).maxLength(5))
      .constrain("DatasetName", Constraint.of().pattern("^[a-zA-Z][a-zA-Z0-9_]*").minLength(1).maxLength(63))
      .allowed("DatasetType", "TARGET_TIME_SERIES", "RELATED_TIME_SERIES", "ITEM_METADATA")
      .allowed("Domain", "RETAIL", "CUSTOM", "INVENTORY_PLANNING", "EC2_CAPACITY", "WORK_FORCE",
          "WEB_TRAFFIC", "METRICS")
      .refYields("Arn")
      .attributes("Arn")
      .build();

  public Dataset(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The frequency of data collection. This parameter is required for RELATED_TIME_SERIES datasets.
   *
   * <p>Valid intervals are an integer followed by Y (Year), M (Month), W (Week), D (Day), H (Hour),
   * and min (Minute). For example, "1D" indicates every day and "15min" indicates every 15 minutes.
   * You cannot specify a value that would overlap with the next larger frequency. That means, for
   * example, you cannot specify a frequency of 60 minutes, because that is equivalent to 1 hour.
   * The valid values for each frequency are the following:
   *
   * <ul> <li>Minute - 1-59 <li>Hour - 1-23 <li>Day - 1-6 <li>Week - 1-4 <li>Month - 1-11 <li>Year -
   * 1 </ul>
   *
   * <p>Thus, if you want every other week forecasts, specify "2W". Or, if you want quarterly
   * forecasts, you specify "3M".
   *
   * <p>Length: 1 to 5 characters. Pattern: {@code ^Y|M|W|D|H|30min|15min|10min|5min|1min$}.
   * CloudFormation property {@code DataFrequency}.
   */
  public Dataset dataFrequency(String value) {
    return set("DataFrequency", Value.of(value));
  }

  /** Sets {@code DataFrequency} to this value; see {@link #dataFrequency(String)}. */
  public Dataset dataFrequency(Value<String> value) {
    return set("DataFrequency", value);
  }

  /**
   * The name of the dataset.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 63 characters. Pattern: {@code
   * ^[a-zA-Z][a-zA-Z0-9_]*}. CloudFormation property {@code DatasetName}.
   */
  public Dataset datasetName(String value) {
    return set("DatasetName", Value.of(value));
  }

  /** Sets {@code DatasetName} to this value; see {@link #datasetName(String)}. */
  public Dataset datasetName(Value<String> value) {
    return set("DatasetName", value);
  }

  /**
   * The dataset type.
   *
   * <p>Required. Allowed values: {@code TARGET_TIME_SERIES}, {@code RELATED_TIME_SERIES}, {@code
   * ITEM_METADATA}. CloudFormation property {@code DatasetType}.
   */
  public Dataset datasetType(String value) {
    return set("DatasetType", Value.of(value));
  }

  /** Sets {@code DatasetType} to this value; see {@link #datasetType(String)}. */
  public Dataset datasetType(Value<String> value) {
    return set("DatasetType", value);
  }

  /**
   * The domain associated with the dataset.
   *
   * <p>Required. Allowed values: {@code RETAIL}, {@code CUSTOM}, {@code INVENTORY_PLANNING}, {@code
   * EC2_CAPACITY}, {@code WORK_FORCE}, {@code WEB_TRAFFIC}, {@code METRICS}. CloudFormation
   * property {@code Domain}.
   */
  public Dataset domain(String value) {
    return set("Domain", Value.of(value));
  }

  /** Sets {@code Domain} to this value; see {@link #domain(String)}. */
  public Dataset domain(Value<String> value) {
    return set("Domain", value);
  }

  /**
   * A Key Management Service (KMS) key and the Identity and Access Management (IAM) role that
   * Amazon Forecast can assume to access the key.
   *
   * <p>CloudFormation property {@code EncryptionConfig}.
   */
  public Dataset encryptionConfig(Value<EncryptionConfig> value) {
    return set("EncryptionConfig", value);
  }

  /**
   * The schema for the dataset. The schema attributes and their order must match the fields in your
   * data. The dataset <code>Domain</code> and <code>DatasetType</code> that you choose determine
   * the minimum required fields in your training data. For information about the required fields
   * for a specific dataset domain and type, see <a
   * href="https://docs.aws.amazon.com/forecast/latest/dg/howitworks-domains-ds-types.html">Dataset
   * Domains and Dataset Types</a> .
   *
   * <p>Required. CloudFormation property {@code Schema}.
   */
  public Dataset schemaProperty(Value<Schema> value) {
    return set("Schema", value);
  }

  /**
   * An array of key-value pairs to apply to this resource.
   *
   * <p>For more information, see <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-resource-tags.html">Tag</a>
   * .
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public Dataset tags(List<TagsItems> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public Dataset tags(Value<List<TagsItems>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to a list of these; see {@link #tags(List)}. */
  public Dataset tags(TagsItems... values) {
    return set("Tags", Value.list(values));
  }

  /**
   * The Amazon Resource Name (ARN) of the dataset.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /** Property type {@code AWS::Forecast::Dataset.AttributesItems}. */
  public static final class AttributesItems extends Struct<AttributesItems> {
    private static final io.tropo4j.core.Schema SCHEMA = io.tropo4j.core.Schema.builder("AWS::Forecast::Dataset.AttributesItems")
        .constrain("AttributeName", Constraint.of().pattern("^[a-zA-Z][a-zA-Z0-9_]*").minLength(1).maxLength(63))
        .allowed("AttributeType", "string", "integer", "float", "timestamp", "geolocation")
        .build();

    public AttributesItems() {
      super(SCHEMA);
    }

    /**
     * Name of the dataset field
     *
     * <p>Length: 1 to 63 characters. Pattern: {@code ^[a-zA-Z][a-zA-Z0-9_]*}. CloudFormation
     * property {@code AttributeName}.
     */
    public AttributesItems attributeName(String value) {
      return set("AttributeName", Value.of(value));
    }

    /** Sets {@code AttributeName} to this value; see {@link #attributeName(String)}. */
    public AttributesItems attributeName(Value<String> value) {
      return set("AttributeName", value);
    }

    /**
     * Data type of the field
     *
     * <p>Allowed values: {@code string}, {@code integer}, {@code float}, {@code timestamp}, {@code
     * geolocation}. CloudFormation property {@code AttributeType}.
     */
    public AttributesItems attributeType(String value) {
      return set("AttributeType", Value.of(value));
    }

    /** Sets {@code AttributeType} to this value; see {@link #attributeType(String)}. */
    public AttributesItems attributeType(Value<String> value) {
      return set("AttributeType", value);
    }
  }

  /**
   * An AWS Key Management Service (KMS) key and an AWS Identity and Access Management (IAM) role
   * that Amazon Forecast can assume to access the key. You can specify this optional object in the
   * <a
   * href="https://docs.aws.amazon.com/forecast/latest/dg/API_CreateDataset.html">CreateDataset</a>
   * and <a
   * href="https://docs.aws.amazon.com/forecast/latest/dg/API_CreatePredictor.html">CreatePredictor</a>
   * requests.
   *
   * <p>Property type {@code AWS::Forecast::Dataset.EncryptionConfig}.
   */
  public static final class EncryptionConfig extends Struct<EncryptionConfig> {
    private static final io.tropo4j.core.Schema SCHEMA = io.tropo4j.core.Schema.builder("AWS::Forecast::Dataset.EncryptionConfig")
        .constrain("KmsKeyArn", Constraint.of().pattern("arn:aws[-a-z]*:kms:.*:key/.*").minLength(0).maxLength(256).format("AWS::KMS::Key.Arn"))
        .constrain("RoleArn", Constraint.of().pattern("^[a-zA-Z0-9\\-\\_\\.\\/\\:]+$").minLength(0).maxLength(256).format("AWS::IAM::Role.Arn"))
        .build();

    public EncryptionConfig() {
      super(SCHEMA);
    }

    /**
     * The Amazon Resource Name (ARN) of the KMS key.
     *
     * <p>Length: 0 to 256 characters. Pattern: {@code arn:aws[-a-z]*:kms:.*:key/.*}. Format: {@code
     * AWS::KMS::Key.Arn}. CloudFormation property {@code KmsKeyArn}.
     */
    public EncryptionConfig kmsKeyArn(String value) {
      return set("KmsKeyArn", Value.of(value));
    }

    /** Sets {@code KmsKeyArn} to this value; see {@link #kmsKeyArn(String)}. */
    public EncryptionConfig kmsKeyArn(Value<String> value) {
      return set("KmsKeyArn", value);
    }

    /**
     * The ARN of the IAM role that Amazon Forecast can assume to access the AWS key.
     *
     * <p>Passing a role across AWS accounts is not allowed. If you pass a role that isn't in your
     * account, you get an <code>InvalidInputException</code> error.
     *
     * <p>Length: 0 to 256 characters. Pattern: {@code
     * ^[a-zA-Z0-9&#92;-&#92;_&#92;.&#92;/&#92;:]+$}. Format: {@code AWS::IAM::Role.Arn}.
     * CloudFormation property {@code RoleArn}.
     */
    public EncryptionConfig roleArn(String value) {
      return set("RoleArn", Value.of(value));
    }

    /** Sets {@code RoleArn} to this value; see {@link #roleArn(String)}. */
    public EncryptionConfig roleArn(Value<String> value) {
      return set("RoleArn", value);
    }
  }

  /**
   * Defines the fields of a dataset.
   *
   * <p>Property type {@code AWS::Forecast::Dataset.Schema}.
   */
  public static final class Schema extends Struct<Schema> {
    private static final io.tropo4j.core.Schema SCHEMA = io.tropo4j.core.Schema.of("AWS::Forecast::Dataset.Schema");

    public Schema() {
      super(SCHEMA);
    }

    /**
     * An array of attributes specifying the name and type of each field in a dataset.
     *
     * <p>CloudFormation property {@code Attributes}.
     */
    public Schema attributes(List<AttributesItems> value) {
      return set("Attributes", Value.listOf(value));
    }

    /** Sets {@code Attributes} to this value; see {@link #attributes(List)}. */
    public Schema attributes(Value<List<AttributesItems>> value) {
      return set("Attributes", value);
    }

    /** Sets {@code Attributes} to a list of these; see {@link #attributes(List)}. */
    public Schema attributes(AttributesItems... values) {
      return set("Attributes", Value.list(values));
    }
  }

  /**
   * A key-value pair to associate with a resource.
   *
   * <p>Property type {@code AWS::Forecast::Dataset.TagsItems}.
   */
  public static final class TagsItems extends Struct<TagsItems> {
    private static final io.tropo4j.core.Schema SCHEMA = io.tropo4j.core.Schema.builder("AWS::Forecast::Dataset.TagsItems")
        .required("Key", "Value")
        .constrain("Key", Constraint.of().pattern("^([\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*)$").minLength(1).maxLength(128))
        .constrain("Value", Constraint.of().pattern("^([\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*)$").minLength(0).maxLength(256))
        .build();

    public TagsItems() {
      super(SCHEMA);
    }

    /**
     * The key name of the tag. You can specify a value that is 1 to 128 Unicode characters in
     * length and cannot be prefixed with aws:. You can use any of the following characters: the set
     * of Unicode letters, digits, whitespace, _, ., /, =, +, and -.
     *
     * <p>Required. Length: 1 to 128 characters. Pattern: {@code
     * ^([&#92;p{L}&#92;p{Z}&#92;p{N}_.:/=+&#92;-&#64;]*)$}. CloudFormation property {@code Key}.
     */
    public TagsItems key(String value) {
      return set("Key", Value.of(value));
    }

    /** Sets {@code Key} to this value; see {@link #key(String)}. */
    public TagsItems key(Value<String> value) {
      return set("Key", value);
    }

    /**
     * The value for the tag. You can specify a value that is 0 to 256 Unicode characters in length
     * and cannot be prefixed with aws:. You can use any of the following characters: the set of
     * Unicode letters, digits, whitespace, _, ., /, =, +, and -.
     *
     * <p>Required. Length: 0 to 256 characters. Pattern: {@code
     * ^([&#92;p{L}&#92;p{Z}&#92;p{N}_.:/=+&#92;-&#64;]*)$}. CloudFormation property {@code Value}.
     */
    public TagsItems value(String value) {
      return set("Value", Value.of(value));
    }

    /** Sets {@code Value} to this value; see {@link #value(String)}. */
    public TagsItems value(Value<String> value) {
      return set("Value", value);
    }
  }
}
