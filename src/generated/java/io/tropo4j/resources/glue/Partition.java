// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.glue;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.fn.Json;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * The <code>AWS::Glue::Partition</code> resource creates an AWS Glue partition, which represents a
 * slice of table data. For more information, see <a
 * href="https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-catalog-partitions.html#aws-glue-api-catalog-partitions-CreatePartition">CreatePartition
 * Action</a> and <a
 * href="https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-catalog-partitions.html#aws-glue-api-catalog-partitions-Partition">Partition
 * Structure</a> in the <em>AWS Glue Developer Guide</em> .
 *
 * <p>CloudFormation type {@code AWS::Glue::Partition}.
 */
public final class Partition extends Resource<Partition> {
  private static final Schema SCHEMA = Schema.builder("AWS::Glue::Partition")
      .required("CatalogId", "DatabaseName", "PartitionInput", "TableName")
      .constrain("CatalogId", Constraint.of().minLength(1).maxLength(255))
      .constrain("DatabaseName", Constraint.of().minLength(1).maxLength(255))
      .constrain("TableName", Constraint.of().minLength(1).maxLength(255))
      .attributes("IdentifierPartitionInputValues")
      .build();

  public Partition(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The AWS account ID of the catalog in which the partion is to be created.
   *
   * <p>To specify the account ID, you can use the <code>Ref</code> intrinsic function with the
   * <code>AWS::AccountId</code> pseudo parameter. For example: <code>!Ref AWS::AccountId</code>
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 255 characters. CloudFormation
   * property {@code CatalogId}.
   */
  public Partition catalogId(String value) {
    return set("CatalogId", Value.of(value));
  }

  /** Sets {@code CatalogId} to this value; see {@link #catalogId(String)}. */
  public Partition catalogId(Value<String> value) {
    return set("CatalogId", value);
  }

  /**
   * The name of the catalog database in which to create the partition.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 255 characters. CloudFormation
   * property {@code DatabaseName}.
   */
  public Partition databaseName(String value) {
    return set("DatabaseName", Value.of(value));
  }

  /** Sets {@code DatabaseName} to this value; see {@link #databaseName(String)}. */
  public Partition databaseName(Value<String> value) {
    return set("DatabaseName", value);
  }

  /**
   * The structure used to create and update a partition.
   *
   * <p>Required. CloudFormation property {@code PartitionInput}.
   */
  public Partition partitionInput(Value<PartitionInput> value) {
    return set("PartitionInput", value);
  }

  /**
   * The name of the metadata table in which the partition is to be created.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 255 characters. CloudFormation
   * property {@code TableName}.
   */
  public Partition tableName(String value) {
    return set("TableName", Value.of(value));
  }

  /** Sets {@code TableName} to this value; see {@link #tableName(String)}. */
  public Partition tableName(Value<String> value) {
    return set("TableName", value);
  }

  /**
   * A hashed string equivalent to the partition values list for use as a component of the
   * resource's identifier in CFN
   *
   * <p>{@code Fn::GetAtt} attribute {@code IdentifierPartitionInputValues}.
   */
  public Value<String> identifierPartitionInputValues() {
    return getAtt("IdentifierPartitionInputValues");
  }

  /**
   * A column in a <code>Table</code> .
   *
   * <p>Property type {@code AWS::Glue::Partition.Column}.
   */
  public static final class Column extends Struct<Column> {
    private static final Schema SCHEMA = Schema.builder("AWS::Glue::Partition.Column")
        .required("Name")
        .constrain("Comment", Constraint.of().minLength(0).maxLength(255))
        .constrain("Name", Constraint.of().minLength(1).maxLength(255))
        .constrain("Type", Constraint.of().minLength(0).maxLength(131072))
        .build();

    public Column() {
      super(SCHEMA);
    }

    /**
     * A free-form text comment.
     *
     * <p>Length: 0 to 255 characters. CloudFormation property {@code Comment}.
     */
    public Column comment(String value) {
      return set("Comment", Value.of(value));
    }

    /** Sets {@code Comment} to this value; see {@link #comment(String)}. */
    public Column comment(Value<String> value) {
      return set("Comment", value);
    }

    /**
     * The name of the <code>Column</code> .
     *
     * <p>Required. Length: 1 to 255 characters. CloudFormation property {@code Name}.
     */
    public Column name(String value) {
      return set("Name", Value.of(value));
    }

    /** Sets {@code Name} to this value; see {@link #name(String)}. */
    public Column name(Value<String> value) {
      return set("Name", value);
    }

    /**
     * The data type of the <code>Column</code> .
     *
     * <p>Length: 0 to 131072 characters. CloudFormation property {@code Type}.
     */
    public Column type(String value) {
      return set("Type", Value.of(value));
    }

    /** Sets {@code Type} to this value; see {@link #type(String)}. */
    public Column type(Value<String> value) {
      return set("Type", value);
    }
  }

  /**
   * Specifies the sort order of a sorted column.
   *
   * <p>Property type {@code AWS::Glue::Partition.Order}.
   */
  public static final class Order extends Struct<Order> {
    private static final Schema SCHEMA = Schema.builder("AWS::Glue::Partition.Order")
        .required("Column")
        .constrain("Column", Constraint.of().minLength(1).maxLength(255))
        .constrain("SortOrder", Constraint.of().minimum(0).maximum(1))
        .build();

    public Order() {
      super(SCHEMA);
    }

    /**
     * The name of the column.
     *
     * <p>Required. Length: 1 to 255 characters. CloudFormation property {@code Column}.
     */
    public Order column(String value) {
      return set("Column", Value.of(value));
    }

    /** Sets {@code Column} to this value; see {@link #column(String)}. */
    public Order column(Value<String> value) {
      return set("Column", value);
    }

    /**
     * Indicates that the column is sorted in ascending order ( <code>== 1</code> ), or in
     * descending order ( <code>==0</code> ).
     *
     * <p>Range: 0 to 1. CloudFormation property {@code SortOrder}.
     */
    public Order sortOrder(int value) {
      return set("SortOrder", Value.of(value));
    }

    /** Sets {@code SortOrder} to this value; see {@link #sortOrder(int)}. */
    public Order sortOrder(Value<Integer> value) {
      return set("SortOrder", value);
    }
  }

  /**
   * The structure used to create and update a partition.
   *
   * <p>Property type {@code AWS::Glue::Partition.PartitionInput}.
   */
  public static final class PartitionInput extends Struct<PartitionInput> {
    private static final Schema SCHEMA = Schema.builder("AWS::Glue::Partition.PartitionInput")
        .required("Values")
        .constrain("Parameters", Constraint.of().format("json"))
        .constrain("Values", Constraint.of().minLength(1).maxLength(1024))
        .build();

    public PartitionInput() {
      super(SCHEMA);
    }

    /**
     * These key-value pairs define partition parameters.
     *
     * <p>Format: {@code json}. CloudFormation property {@code Parameters}.
     */
    public PartitionInput parameters(Value<Json> value) {
      return set("Parameters", value);
    }

    /**
     * Provides information about the physical location where the partition is stored.
     *
     * <p>CloudFormation property {@code StorageDescriptor}.
     */
    public PartitionInput storageDescriptor(Value<StorageDescriptor> value) {
      return set("StorageDescriptor", value);
    }

    /**
     * The values of the partition. Although this parameter is not required by the SDK, you must
     * specify this parameter for a valid input.
     *
     * <p>The values for the keys for the new partition must be passed as an array of String objects
     * that must be ordered in the same order as the partition keys appearing in the Amazon S3
     * prefix. Otherwise AWS Glue will add the values to the wrong keys.
     *
     * <p>Required. Changing it replaces the resource. Length: 1 to 1024 characters. CloudFormation
     * property {@code Values}.
     */
    public PartitionInput values(List<String> value) {
      return set("Values", Value.listOf(value));
    }

    /** Sets {@code Values} to this value; see {@link #values(List)}. */
    public PartitionInput values(Value<List<String>> value) {
      return set("Values", value);
    }
  }

  /**
   * A structure that contains schema identity fields. Either this or the
   * <code>SchemaVersionId</code> has to be provided.
   *
   * <p>Property type {@code AWS::Glue::Partition.SchemaId}.
   */
  public static final class SchemaId extends Struct<SchemaId> {
    private static final Schema SCHEMA = Schema.builder("AWS::Glue::Partition.SchemaId")
        .constrain("RegistryName", Constraint.of().pattern("^[a-zA-Z0-9-_$#.]+$").minLength(1).maxLength(255))
        .constrain("SchemaArn", Constraint.of().pattern("^arn:aws(-(cn|us-gov|iso(-[bef])?))?:glue:").minLength(1).maxLength(10240))
        .constrain("SchemaName", Constraint.of().pattern("^[a-zA-Z0-9-_$#.]+$").minLength(1).maxLength(255))
        .build();

    public SchemaId() {
      super(SCHEMA);
    }

    /**
     * The name of the schema registry that contains the schema.
     *
     * <p>Length: 1 to 255 characters. Pattern: {@code ^[a-zA-Z0-9-_$#.]+$}. CloudFormation property
     * {@code RegistryName}.
     */
    public SchemaId registryName(String value) {
      return set("RegistryName", Value.of(value));
    }

    /** Sets {@code RegistryName} to this value; see {@link #registryName(String)}. */
    public SchemaId registryName(Value<String> value) {
      return set("RegistryName", value);
    }

    /**
     * The Amazon Resource Name (ARN) of the schema. One of <code>SchemaArn</code> or
     * <code>SchemaName</code> has to be provided.
     *
     * <p>Length: 1 to 10240 characters. Pattern: {@code
     * ^arn:aws(-(cn|us-gov|iso(-[bef])?))?:glue:}. CloudFormation property {@code SchemaArn}.
     */
    public SchemaId schemaArn(String value) {
      return set("SchemaArn", Value.of(value));
    }

    /** Sets {@code SchemaArn} to this value; see {@link #schemaArn(String)}. */
    public SchemaId schemaArn(Value<String> value) {
      return set("SchemaArn", value);
    }

    /**
     * The name of the schema. One of <code>SchemaArn</code> or <code>SchemaName</code> has to be
     * provided.
     *
     * <p>Length: 1 to 255 characters. Pattern: {@code ^[a-zA-Z0-9-_$#.]+$}. CloudFormation property
     * {@code SchemaName}.
     */
    public SchemaId schemaName(String value) {
      return set("SchemaName", Value.of(value));
    }

    /** Sets {@code SchemaName} to this value; see {@link #schemaName(String)}. */
    public SchemaId schemaName(Value<String> value) {
      return set("SchemaName", value);
    }
  }

  /**
   * An object that references a schema stored in the AWS Glue Schema Registry.
   *
   * <p>Property type {@code AWS::Glue::Partition.SchemaReference}.
   */
  public static final class SchemaReference extends Struct<SchemaReference> {
    private static final Schema SCHEMA = Schema.builder("AWS::Glue::Partition.SchemaReference")
        .constrain("SchemaVersionId", Constraint.of().pattern("^[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}$").minLength(36).maxLength(36))
        .constrain("SchemaVersionNumber", Constraint.of().minimum(1).maximum(100000))
        .build();

    public SchemaReference() {
      super(SCHEMA);
    }

    /**
     * A structure that contains schema identity fields. Either this or the
     * <code>SchemaVersionId</code> has to be provided.
     *
     * <p>CloudFormation property {@code SchemaId}.
     */
    public SchemaReference schemaId(Value<SchemaId> value) {
      return set("SchemaId", value);
    }

    /**
     * The unique ID assigned to a version of the schema. Either this or the <code>SchemaId</code>
     * has to be provided.
     *
     * <p>Length: 36 to 36 characters. Pattern: {@code
     * ^[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}$}. CloudFormation property
     * {@code SchemaVersionId}.
     */
    public SchemaReference schemaVersionId(String value) {
      return set("SchemaVersionId", Value.of(value));
    }

    /** Sets {@code SchemaVersionId} to this value; see {@link #schemaVersionId(String)}. */
    public SchemaReference schemaVersionId(Value<String> value) {
      return set("SchemaVersionId", value);
    }

    /**
     * The version number of the schema.
     *
     * <p>Range: 1 to 100000. CloudFormation property {@code SchemaVersionNumber}.
     */
    public SchemaReference schemaVersionNumber(int value) {
      return set("SchemaVersionNumber", Value.of(value));
    }

    /** Sets {@code SchemaVersionNumber} to this value; see {@link #schemaVersionNumber(int)}. */
    public SchemaReference schemaVersionNumber(Value<Integer> value) {
      return set("SchemaVersionNumber", value);
    }
  }

  /**
   * Information about a serialization/deserialization program (SerDe) that serves as an extractor
   * and loader.
   *
   * <p>Property type {@code AWS::Glue::Partition.SerdeInfo}.
   */
  public static final class SerdeInfo extends Struct<SerdeInfo> {
    private static final Schema SCHEMA = Schema.builder("AWS::Glue::Partition.SerdeInfo")
        .constrain("Name", Constraint.of().minLength(1).maxLength(255))
        .constrain("Parameters", Constraint.of().format("json"))
        .constrain("SerializationLibrary", Constraint.of().minLength(1).maxLength(255))
        .build();

    public SerdeInfo() {
      super(SCHEMA);
    }

    /**
     * Name of the SerDe.
     *
     * <p>Length: 1 to 255 characters. CloudFormation property {@code Name}.
     */
    public SerdeInfo name(String value) {
      return set("Name", Value.of(value));
    }

    /** Sets {@code Name} to this value; see {@link #name(String)}. */
    public SerdeInfo name(Value<String> value) {
      return set("Name", value);
    }

    /**
     * These key-value pairs define initialization parameters for the SerDe.
     *
     * <p>Format: {@code json}. CloudFormation property {@code Parameters}.
     */
    public SerdeInfo parameters(Value<Json> value) {
      return set("Parameters", value);
    }

    /**
     * Usually the class that implements the SerDe. An example is
     * <code>org.apache.hadoop.hive.serde2.columnar.ColumnarSerDe</code> .
     *
     * <p>Length: 1 to 255 characters. CloudFormation property {@code SerializationLibrary}.
     */
    public SerdeInfo serializationLibrary(String value) {
      return set("SerializationLibrary", Value.of(value));
    }

    /**
     * Sets {@code SerializationLibrary} to this value; see {@link #serializationLibrary(String)}.
     */
    public SerdeInfo serializationLibrary(Value<String> value) {
      return set("SerializationLibrary", value);
    }
  }

  /**
   * Specifies skewed values in a table. Skewed values are those that occur with very high
   * frequency.
   *
   * <p>Property type {@code AWS::Glue::Partition.SkewedInfo}.
   */
  public static final class SkewedInfo extends Struct<SkewedInfo> {
    private static final Schema SCHEMA = Schema.builder("AWS::Glue::Partition.SkewedInfo")
        .constrain("SkewedColumnNames", Constraint.of().minLength(1).maxLength(255))
        .constrain("SkewedColumnValueLocationMaps", Constraint.of().format("json"))
        .build();

    public SkewedInfo() {
      super(SCHEMA);
    }

    /**
     * A list of names of columns that contain skewed values.
     *
     * <p>Length: 1 to 255 characters. CloudFormation property {@code SkewedColumnNames}.
     */
    public SkewedInfo skewedColumnNames(List<String> value) {
      return set("SkewedColumnNames", Value.listOf(value));
    }

    /** Sets {@code SkewedColumnNames} to this value; see {@link #skewedColumnNames(List)}. */
    public SkewedInfo skewedColumnNames(Value<List<String>> value) {
      return set("SkewedColumnNames", value);
    }

    /**
     * A mapping of skewed values to the columns that contain them.
     *
     * <p>Format: {@code json}. CloudFormation property {@code SkewedColumnValueLocationMaps}.
     */
    public SkewedInfo skewedColumnValueLocationMaps(Value<Json> value) {
      return set("SkewedColumnValueLocationMaps", value);
    }

    /**
     * A list of values that appear so frequently as to be considered skewed.
     *
     * <p>CloudFormation property {@code SkewedColumnValues}.
     */
    public SkewedInfo skewedColumnValues(List<String> value) {
      return set("SkewedColumnValues", Value.listOf(value));
    }

    /** Sets {@code SkewedColumnValues} to this value; see {@link #skewedColumnValues(List)}. */
    public SkewedInfo skewedColumnValues(Value<List<String>> value) {
      return set("SkewedColumnValues", value);
    }
  }

  /**
   * Describes the physical storage of table data.
   *
   * <p>Property type {@code AWS::Glue::Partition.StorageDescriptor}.
   */
  public static final class StorageDescriptor extends Struct<StorageDescriptor> {
    private static final Schema SCHEMA = Schema.builder("AWS::Glue::Partition.StorageDescriptor")
        .constrain("BucketColumns", Constraint.of().minLength(1).maxLength(255))
        .constrain("InputFormat", Constraint.of().minLength(0).maxLength(128))
        .constrain("Location", Constraint.of().minLength(0).maxLength(2056))
        .constrain("OutputFormat", Constraint.of().minLength(0).maxLength(128))
        .constrain("Parameters", Constraint.of().format("json"))
        .build();

    public StorageDescriptor() {
      super(SCHEMA);
    }

    /**
     * A list of reducer grouping columns, clustering columns, and bucketing columns in the table.
     *
     * <p>Length: 1 to 255 characters. CloudFormation property {@code BucketColumns}.
     */
    public StorageDescriptor bucketColumns(List<String> value) {
      return set("BucketColumns", Value.listOf(value));
    }

    /** Sets {@code BucketColumns} to this value; see {@link #bucketColumns(List)}. */
    public StorageDescriptor bucketColumns(Value<List<String>> value) {
      return set("BucketColumns", value);
    }

    /**
     * A list of the <code>Columns</code> in the table.
     *
     * <p>CloudFormation property {@code Columns}.
     */
    public StorageDescriptor columns(List<Column> value) {
      return set("Columns", Value.listOf(value));
    }

    /** Sets {@code Columns} to this value; see {@link #columns(List)}. */
    public StorageDescriptor columns(Value<List<Column>> value) {
      return set("Columns", value);
    }

    /** Sets {@code Columns} to a list of these; see {@link #columns(List)}. */
    public StorageDescriptor columns(Column... values) {
      return set("Columns", Value.list(values));
    }

    /**
     * <code>True</code> if the data in the table is compressed, or <code>False</code> if not.
     *
     * <p>CloudFormation property {@code Compressed}.
     */
    public StorageDescriptor compressed(boolean value) {
      return set("Compressed", Value.of(value));
    }

    /** Sets {@code Compressed} to this value; see {@link #compressed(boolean)}. */
    public StorageDescriptor compressed(Value<Boolean> value) {
      return set("Compressed", value);
    }

    /**
     * The input format: <code>SequenceFileInputFormat</code> (binary), or
     * <code>TextInputFormat</code> , or a custom format.
     *
     * <p>Length: 0 to 128 characters. CloudFormation property {@code InputFormat}.
     */
    public StorageDescriptor inputFormat(String value) {
      return set("InputFormat", Value.of(value));
    }

    /** Sets {@code InputFormat} to this value; see {@link #inputFormat(String)}. */
    public StorageDescriptor inputFormat(Value<String> value) {
      return set("InputFormat", value);
    }

    /**
     * The physical location of the table. By default, this takes the form of the warehouse
     * location, followed by the database location in the warehouse, followed by the table name.
     *
     * <p>Length: 0 to 2056 characters. CloudFormation property {@code Location}.
     */
    public StorageDescriptor location(String value) {
      return set("Location", Value.of(value));
    }

    /** Sets {@code Location} to this value; see {@link #location(String)}. */
    public StorageDescriptor location(Value<String> value) {
      return set("Location", value);
    }

    /**
     * The number of buckets.
     *
     * <p>You must specify this property if the partition contains any dimension columns.
     *
     * <p>CloudFormation property {@code NumberOfBuckets}.
     */
    public StorageDescriptor numberOfBuckets(int value) {
      return set("NumberOfBuckets", Value.of(value));
    }

    /** Sets {@code NumberOfBuckets} to this value; see {@link #numberOfBuckets(int)}. */
    public StorageDescriptor numberOfBuckets(Value<Integer> value) {
      return set("NumberOfBuckets", value);
    }

    /**
     * The output format: <code>SequenceFileOutputFormat</code> (binary), or
     * <code>IgnoreKeyTextOutputFormat</code> , or a custom format.
     *
     * <p>Length: 0 to 128 characters. CloudFormation property {@code OutputFormat}.
     */
    public StorageDescriptor outputFormat(String value) {
      return set("OutputFormat", Value.of(value));
    }

    /** Sets {@code OutputFormat} to this value; see {@link #outputFormat(String)}. */
    public StorageDescriptor outputFormat(Value<String> value) {
      return set("OutputFormat", value);
    }

    /**
     * The user-supplied properties in key-value form.
     *
     * <p>Format: {@code json}. CloudFormation property {@code Parameters}.
     */
    public StorageDescriptor parameters(Value<Json> value) {
      return set("Parameters", value);
    }

    /**
     * An object that references a schema stored in the AWS Glue Schema Registry.
     *
     * <p>CloudFormation property {@code SchemaReference}.
     */
    public StorageDescriptor schemaReference(Value<SchemaReference> value) {
      return set("SchemaReference", value);
    }

    /**
     * The serialization/deserialization (SerDe) information.
     *
     * <p>CloudFormation property {@code SerdeInfo}.
     */
    public StorageDescriptor serdeInfo(Value<SerdeInfo> value) {
      return set("SerdeInfo", value);
    }

    /**
     * The information about values that appear frequently in a column (skewed values).
     *
     * <p>CloudFormation property {@code SkewedInfo}.
     */
    public StorageDescriptor skewedInfo(Value<SkewedInfo> value) {
      return set("SkewedInfo", value);
    }

    /**
     * A list specifying the sort order of each bucket in the table.
     *
     * <p>CloudFormation property {@code SortColumns}.
     */
    public StorageDescriptor sortColumns(List<Order> value) {
      return set("SortColumns", Value.listOf(value));
    }

    /** Sets {@code SortColumns} to this value; see {@link #sortColumns(List)}. */
    public StorageDescriptor sortColumns(Value<List<Order>> value) {
      return set("SortColumns", value);
    }

    /** Sets {@code SortColumns} to a list of these; see {@link #sortColumns(List)}. */
    public StorageDescriptor sortColumns(Order... values) {
      return set("SortColumns", Value.list(values));
    }

    /**
     * <code>True</code> if the table data is stored in subdirectories, or <code>False</code> if
     * not.
     *
     * <p>CloudFormation property {@code StoredAsSubDirectories}.
     */
    public StorageDescriptor storedAsSubDirectories(boolean value) {
      return set("StoredAsSubDirectories", Value.of(value));
    }

    /**
     * Sets {@code StoredAsSubDirectories} to this value; see {@link
     * #storedAsSubDirectories(boolean)}.
     */
    public StorageDescriptor storedAsSubDirectories(Value<Boolean> value) {
      return set("StoredAsSubDirectories", value);
    }
  }
}
