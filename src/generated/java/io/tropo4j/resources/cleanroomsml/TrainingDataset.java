// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.cleanroomsml;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Defines the information necessary to create a training dataset. In Clean Rooms ML, the
 * <code>TrainingDataset</code> is metadata that points to a Glue table, which is read only during
 * <code>AudienceModel</code> creation.
 *
 * <p>CloudFormation type {@code AWS::CleanRoomsML::TrainingDataset}.
 */
public final class TrainingDataset extends Resource<TrainingDataset> {
  private static final Schema SCHEMA = Schema.builder("AWS::CleanRoomsML::TrainingDataset")
      .required("Name", "RoleArn", "TrainingData")
      .constrain("Description", Constraint.of().pattern("^[\\u0020-\\uD7FF\\uE000-\\uFFFD\\uD800\\uDBFF-\\uDC00\\uDFFF\\t\\r\\n]*$").maxLength(255))
      .constrain("Name", Constraint.of().pattern("^(?!\\s*$)[\\u0020-\\uD7FF\\uE000-\\uFFFD\\uD800\\uDBFF-\\uDC00\\uDFFF\\t]*$").minLength(1).maxLength(63))
      .constrain("RoleArn", Constraint.of().pattern("^arn:aws[-a-z]*:iam::[0-9]{12}:role/.+$").minLength(20).maxLength(2048).format("AWS::IAM::Role.Arn"))
      .refYields("TrainingDatasetArn")
      .attributes("Status", "TrainingDatasetArn")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public TrainingDataset(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The description of the training dataset.
   *
   * <p>Changing it replaces the resource. Length: at most 255 characters. Pattern: {@code
   * ^[&#92;u0020-&#92;uD7FF&#92;uE000-&#92;uFFFD&#92;uD800&#92;uDBFF-&#92;uDC00&#92;uDFFF&#92;t&#92;r&#92;n]*$}.
   * CloudFormation property {@code Description}.
   */
  public TrainingDataset description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public TrainingDataset description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * The name of the training dataset.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 63 characters. Pattern: {@code
   * ^(?!&#92;s*$)[&#92;u0020-&#92;uD7FF&#92;uE000-&#92;uFFFD&#92;uD800&#92;uDBFF-&#92;uDC00&#92;uDFFF&#92;t]*$}.
   * CloudFormation property {@code Name}.
   */
  public TrainingDataset name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public TrainingDataset name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * The ARN of the IAM role that Clean Rooms ML can assume to read the data referred to in the
   * <code>dataSource</code> field of each dataset.
   *
   * <p>Passing a role across accounts is not allowed. If you pass a role that isn't in your
   * account, you get an <code>AccessDeniedException</code> error.
   *
   * <p>Required. Changing it replaces the resource. Length: 20 to 2048 characters. Pattern: {@code
   * ^arn:aws[-a-z]*:iam::[0-9]{12}:role/.+$}. Format: {@code AWS::IAM::Role.Arn}. CloudFormation
   * property {@code RoleArn}.
   */
  public TrainingDataset roleArn(String value) {
    return set("RoleArn", Value.of(value));
  }

  /** Sets {@code RoleArn} to this value; see {@link #roleArn(String)}. */
  public TrainingDataset roleArn(Value<String> value) {
    return set("RoleArn", value);
  }

  /**
   * The optional metadata that you apply to the resource to help you categorize and organize them.
   * Each tag consists of a key and an optional value, both of which you define.
   *
   * <p>The following basic restrictions apply to tags:
   *
   * <ul> <li>Maximum number of tags per resource - 50. <li>For each resource, each tag key must be
   * unique, and each tag key can have only one value. <li>Maximum key length - 128 Unicode
   * characters in UTF-8. <li>Maximum value length - 256 Unicode characters in UTF-8. <li>If your
   * tagging schema is used across multiple services and resources, remember that other services may
   * have restrictions on allowed characters. Generally allowed characters are: letters, numbers,
   * and spaces representable in UTF-8, and the following characters: + - = . _ : / &#64;. <li>Tag
   * keys and values are case sensitive. <li>Do not use <code>aws:</code> , <code>AWS:</code> , or
   * any upper or lowercase combination of such as a prefix for keys as it is reserved. You cannot
   * edit or delete tag keys with this prefix. Values can have this prefix. If a tag value has
   * <code>aws</code> as its prefix but the key does not, then Clean Rooms ML considers it to be a
   * user tag and will count against the limit of 50 tags. Tags with only the key prefix of
   * <code>aws</code> do not count against your tags per resource limit. </ul>
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public TrainingDataset tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public TrainingDataset tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public TrainingDataset tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * An array of information that lists the Dataset objects, which specifies the dataset type and
   * details on its location and schema. You must provide a role that has read access to these
   * tables.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code TrainingData}.
   */
  public TrainingDataset trainingData(List<Dataset> value) {
    return set("TrainingData", Value.listOf(value));
  }

  /** Sets {@code TrainingData} to this value; see {@link #trainingData(List)}. */
  public TrainingDataset trainingData(Value<List<Dataset>> value) {
    return set("TrainingData", value);
  }

  /** Sets {@code TrainingData} to a list of these; see {@link #trainingData(List)}. */
  public TrainingDataset trainingData(Dataset... values) {
    return set("TrainingData", Value.list(values));
  }

  /**
   * The status of the training dataset.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Status}.
   */
  public Value<String> status() {
    return getAtt("Status");
  }

  /**
   * The Amazon Resource Name (ARN) of the training dataset.
   *
   * <p>{@code Fn::GetAtt} attribute {@code TrainingDatasetArn}.
   */
  public Value<String> trainingDatasetArn() {
    return getAtt("TrainingDatasetArn");
  }

  /**
   * Metadata for a column.
   *
   * <p>Property type {@code AWS::CleanRoomsML::TrainingDataset.ColumnSchema}.
   */
  public static final class ColumnSchema extends Struct<ColumnSchema> {
    private static final Schema SCHEMA = Schema.builder("AWS::CleanRoomsML::TrainingDataset.ColumnSchema")
        .required("ColumnName", "ColumnTypes")
        .constrain("ColumnName", Constraint.of().pattern("^[a-zA-Z0-9_](([a-zA-Z0-9_ ]+-)*([a-zA-Z0-9_ ]+))?$").minLength(1).maxLength(128))
        .allowed("ColumnTypes", "USER_ID", "ITEM_ID", "TIMESTAMP", "CATEGORICAL_FEATURE",
            "NUMERICAL_FEATURE")
        .build();

    public ColumnSchema() {
      super(SCHEMA);
    }

    /**
     * The name of a column.
     *
     * <p>Required. Length: 1 to 128 characters. Pattern: {@code ^[a-zA-Z0-9_](([a-zA-Z0-9_
     * ]+-)*([a-zA-Z0-9_ ]+))?$}. CloudFormation property {@code ColumnName}.
     */
    public ColumnSchema columnName(String value) {
      return set("ColumnName", Value.of(value));
    }

    /** Sets {@code ColumnName} to this value; see {@link #columnName(String)}. */
    public ColumnSchema columnName(Value<String> value) {
      return set("ColumnName", value);
    }

    /**
     * The data type of column.
     *
     * <p>Required. Allowed values: {@code USER_ID}, {@code ITEM_ID}, {@code TIMESTAMP}, {@code
     * CATEGORICAL_FEATURE}, {@code NUMERICAL_FEATURE}. CloudFormation property {@code ColumnTypes}.
     */
    public ColumnSchema columnTypes(List<String> value) {
      return set("ColumnTypes", Value.listOf(value));
    }

    /** Sets {@code ColumnTypes} to this value; see {@link #columnTypes(List)}. */
    public ColumnSchema columnTypes(Value<List<String>> value) {
      return set("ColumnTypes", value);
    }
  }

  /**
   * Defines information about the Glue data source that contains the training data.
   *
   * <p>Property type {@code AWS::CleanRoomsML::TrainingDataset.DataSource}.
   */
  public static final class DataSource extends Struct<DataSource> {
    private static final Schema SCHEMA = Schema.builder("AWS::CleanRoomsML::TrainingDataset.DataSource")
        .required("GlueDataSource")
        .build();

    public DataSource() {
      super(SCHEMA);
    }

    /**
     * A GlueDataSource object that defines the catalog ID, database name, and table name for the
     * training data.
     *
     * <p>Required. CloudFormation property {@code GlueDataSource}.
     */
    public DataSource glueDataSource(Value<GlueDataSource> value) {
      return set("GlueDataSource", value);
    }
  }

  /**
   * Defines where the training dataset is located, what type of data it contains, and how to access
   * the data.
   *
   * <p>Property type {@code AWS::CleanRoomsML::TrainingDataset.Dataset}.
   */
  public static final class Dataset extends Struct<Dataset> {
    private static final Schema SCHEMA = Schema.builder("AWS::CleanRoomsML::TrainingDataset.Dataset")
        .required("InputConfig", "Type")
        .allowed("Type", "INTERACTIONS")
        .build();

    public Dataset() {
      super(SCHEMA);
    }

    /**
     * A DatasetInputConfig object that defines the data source and schema mapping.
     *
     * <p>Required. CloudFormation property {@code InputConfig}.
     */
    public Dataset inputConfig(Value<DatasetInputConfig> value) {
      return set("InputConfig", value);
    }

    /**
     * What type of information is found in the dataset.
     *
     * <p>Required. Allowed values: {@code INTERACTIONS}. CloudFormation property {@code Type}.
     */
    public Dataset type(String value) {
      return set("Type", Value.of(value));
    }

    /** Sets {@code Type} to this value; see {@link #type(String)}. */
    public Dataset type(Value<String> value) {
      return set("Type", value);
    }
  }

  /**
   * Defines the Glue data source and schema mapping information.
   *
   * <p>Property type {@code AWS::CleanRoomsML::TrainingDataset.DatasetInputConfig}.
   */
  public static final class DatasetInputConfig extends Struct<DatasetInputConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::CleanRoomsML::TrainingDataset.DatasetInputConfig")
        .required("DataSource", "Schema")
        .build();

    public DatasetInputConfig() {
      super(SCHEMA);
    }

    /**
     * A DataSource object that specifies the Glue data source for the training data.
     *
     * <p>Required. CloudFormation property {@code DataSource}.
     */
    public DatasetInputConfig dataSource(Value<DataSource> value) {
      return set("DataSource", value);
    }

    /**
     * The schema information for the training data.
     *
     * <p>Required. CloudFormation property {@code Schema}.
     */
    public DatasetInputConfig schemaProperty(List<ColumnSchema> value) {
      return set("Schema", Value.listOf(value));
    }

    /** Sets {@code Schema} to this value; see {@link #schemaProperty(List)}. */
    public DatasetInputConfig schemaProperty(Value<List<ColumnSchema>> value) {
      return set("Schema", value);
    }

    /** Sets {@code Schema} to a list of these; see {@link #schemaProperty(List)}. */
    public DatasetInputConfig schemaProperty(ColumnSchema... values) {
      return set("Schema", Value.list(values));
    }
  }

  /**
   * Defines the Glue data source that contains the training data.
   *
   * <p>Property type {@code AWS::CleanRoomsML::TrainingDataset.GlueDataSource}.
   */
  public static final class GlueDataSource extends Struct<GlueDataSource> {
    private static final Schema SCHEMA = Schema.builder("AWS::CleanRoomsML::TrainingDataset.GlueDataSource")
        .required("DatabaseName", "TableName")
        .constrain("CatalogId", Constraint.of().pattern("^[0-9]{12}$").minLength(12).maxLength(12))
        .constrain("DatabaseName", Constraint.of().pattern("^[a-zA-Z0-9_](([a-zA-Z0-9_]+-)*([a-zA-Z0-9_]+))?$").minLength(1).maxLength(128))
        .constrain("TableName", Constraint.of().pattern("^[a-zA-Z0-9_](([a-zA-Z0-9_ ]+-)*([a-zA-Z0-9_ ]+))?$").minLength(1).maxLength(128))
        .build();

    public GlueDataSource() {
      super(SCHEMA);
    }

    /**
     * The Glue catalog that contains the training data.
     *
     * <p>Length: 12 to 12 characters. Pattern: {@code ^[0-9]{12}$}. CloudFormation property {@code
     * CatalogId}.
     */
    public GlueDataSource catalogId(String value) {
      return set("CatalogId", Value.of(value));
    }

    /** Sets {@code CatalogId} to this value; see {@link #catalogId(String)}. */
    public GlueDataSource catalogId(Value<String> value) {
      return set("CatalogId", value);
    }

    /**
     * The Glue database that contains the training data.
     *
     * <p>Required. Length: 1 to 128 characters. Pattern: {@code
     * ^[a-zA-Z0-9_](([a-zA-Z0-9_]+-)*([a-zA-Z0-9_]+))?$}. CloudFormation property {@code
     * DatabaseName}.
     */
    public GlueDataSource databaseName(String value) {
      return set("DatabaseName", Value.of(value));
    }

    /** Sets {@code DatabaseName} to this value; see {@link #databaseName(String)}. */
    public GlueDataSource databaseName(Value<String> value) {
      return set("DatabaseName", value);
    }

    /**
     * The Glue table that contains the training data.
     *
     * <p>Required. Length: 1 to 128 characters. Pattern: {@code ^[a-zA-Z0-9_](([a-zA-Z0-9_
     * ]+-)*([a-zA-Z0-9_ ]+))?$}. CloudFormation property {@code TableName}.
     */
    public GlueDataSource tableName(String value) {
      return set("TableName", Value.of(value));
    }

    /** Sets {@code TableName} to this value; see {@link #tableName(String)}. */
    public GlueDataSource tableName(Value<String> value) {
      return set("TableName", value);
    }
  }
}
