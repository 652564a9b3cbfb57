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
 * The <code>AWS::Glue::Table</code> resource specifies tabular data in the AWS Glue data catalog.
 * For more information, see <a
 * href="https://docs.aws.amazon.com/glue/latest/dg/tables-described.html">Defining Tables in the
 * AWS Glue Data Catalog</a> and <a
 * href="https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-catalog-tables.html#aws-glue-api-catalog-tables-Table">Table
 * Structure</a> in the <em>AWS Glue Developer Guide</em> .
 *
 * <p>CloudFormation type {@code AWS::Glue::Table}.
 */
public final class Table extends Resource<Table> {
  private static final Schema SCHEMA = Schema.builder("AWS::Glue::Table")
      .required("CatalogId", "DatabaseName")
      .constrain("CatalogId", Constraint.of().minLength(1).maxLength(255))
      .constrain("DatabaseName", Constraint.of().minLength(1).maxLength(255))
      .constrain("Name", Constraint.of().minLength(1).maxLength(255))
      .refYields("Id")
      .attributes("Id")
      .build();

  public Table(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The ID of the Data Catalog in which to create the <code>Table</code> .
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 255 characters. CloudFormation
   * property {@code CatalogId}.
   */
  public Table catalogId(String value) {
    return set("CatalogId", Value.of(value));
  }

  /** Sets {@code CatalogId} to this value; see {@link #catalogId(String)}. */
  public Table catalogId(Value<String> value) {
    return set("CatalogId", value);
  }

  /**
   * The name of the database where the table metadata resides. For Hive compatibility, this must be
   * all lowercase.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 255 characters. CloudFormation
   * property {@code DatabaseName}.
   */
  public Table databaseName(String value) {
    return set("DatabaseName", Value.of(value));
  }

  /** Sets {@code DatabaseName} to this value; see {@link #databaseName(String)}. */
  public Table databaseName(Value<String> value) {
    return set("DatabaseName", value);
  }

  /**
   * Changing it replaces the resource. Length: 1 to 255 characters. CloudFormation property {@code
   * Name}.
   */
  public Table name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public Table name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * Specifies an <code>OpenTableFormatInput</code> structure when creating an open format table.
   *
   * <p>CloudFormation property {@code OpenTableFormatInput}.
   */
  public Table openTableFormatInput(Value<OpenTableFormatInput> value) {
    return set("OpenTableFormatInput", value);
  }

  /**
   * A structure used to define a table.
   *
   * <p>CloudFormation property {@code TableInput}.
   */
  public Table tableInput(Value<TableInput> value) {
    return set("TableInput", value);
  }

  /** {@code Fn::GetAtt} attribute {@code Id}. */
  public Value<String> id() {
    return getAtt("Id");
  }

  /**
   * A column in a <code>Table</code> .
   *
   * <p>Property type {@code AWS::Glue::Table.Column}.
   */
  public static final class Column extends Struct<Column> {
    private static final Schema SCHEMA = Schema.builder("AWS::Glue::Table.Column")
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
   * Specifies an input structure that defines an Apache Iceberg metadata table.
   *
   * <p>Property type {@code AWS::Glue::Table.IcebergInput}.
   */
  public static final class IcebergInput extends Struct<IcebergInput> {
    private static final Schema SCHEMA = Schema.builder("AWS::Glue::Table.IcebergInput")
        .allowed("MetadataOperation", "CREATE")
        .constrain("Version", Constraint.of().minLength(1).maxLength(255))
        .build();

    public IcebergInput() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code IcebergTableInput}. */
    public IcebergInput icebergTableInput(Value<IcebergTableInput> value) {
      return set("IcebergTableInput", value);
    }

    /**
     * A required metadata operation. Can only be set to CREATE.
     *
     * <p>Allowed values: {@code CREATE}. CloudFormation property {@code MetadataOperation}.
     */
    public IcebergInput metadataOperation(Value<Json> value) {
      return set("MetadataOperation", value);
    }

    /**
     * The table version for the Iceberg table. Defaults to 2.
     *
     * <p>Length: 1 to 255 characters. CloudFormation property {@code Version}.
     */
    public IcebergInput version(String value) {
      return set("Version", Value.of(value));
    }

    /** Sets {@code Version} to this value; see {@link #version(String)}. */
    public IcebergInput version(Value<String> value) {
      return set("Version", value);
    }
  }

  /** Property type {@code AWS::Glue::Table.IcebergPartitionField}. */
  public static final class IcebergPartitionField extends Struct<IcebergPartitionField> {
    private static final Schema SCHEMA = Schema.builder("AWS::Glue::Table.IcebergPartitionField")
        .required("Name", "SourceId", "Transform")
        .build();

    public IcebergPartitionField() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code FieldId}. */
    public IcebergPartitionField fieldId(int value) {
      return set("FieldId", Value.of(value));
    }

    /** Sets {@code FieldId} to this value; see {@link #fieldId(int)}. */
    public IcebergPartitionField fieldId(Value<Integer> value) {
      return set("FieldId", value);
    }

    /** Required. CloudFormation property {@code Name}. */
    public IcebergPartitionField name(String value) {
      return set("Name", Value.of(value));
    }

    /** Sets {@code Name} to this value; see {@link #name(String)}. */
    public IcebergPartitionField name(Value<String> value) {
      return set("Name", value);
    }

    /** Required. CloudFormation property {@code SourceId}. */
    public IcebergPartitionField sourceId(int value) {
      return set("SourceId", Value.of(value));
    }

    /** Sets {@code SourceId} to this value; see {@link #sourceId(int)}. */
    public IcebergPartitionField sourceId(Value<Integer> value) {
      return set("SourceId", value);
    }

    /** Required. CloudFormation property {@code Transform}. */
    public IcebergPartitionField transform(String value) {
      return set("Transform", Value.of(value));
    }

    /** Sets {@code Transform} to this value; see {@link #transform(String)}. */
    public IcebergPartitionField transform(Value<String> value) {
      return set("Transform", value);
    }
  }

  /** Property type {@code AWS::Glue::Table.IcebergPartitionSpec}. */
  public static final class IcebergPartitionSpec extends Struct<IcebergPartitionSpec> {
    private static final Schema SCHEMA = Schema.builder("AWS::Glue::Table.IcebergPartitionSpec")
        .required("Fields")
        .build();

    public IcebergPartitionSpec() {
      super(SCHEMA);
    }

    /** Required. CloudFormation property {@code Fields}. */
    public IcebergPartitionSpec fields(List<IcebergPartitionField> value) {
      return set("Fields", Value.listOf(value));
    }

    /** Sets {@code Fields} to this value; see {@link #fields(List)}. */
    public IcebergPartitionSpec fields(Value<List<IcebergPartitionField>> value) {
      return set("Fields", value);
    }

    /** Sets {@code Fields} to a list of these; see {@link #fields(List)}. */
    public IcebergPartitionSpec fields(IcebergPartitionField... values) {
      return set("Fields", Value.list(values));
    }

    /** CloudFormation property {@code SpecId}. */
    public IcebergPartitionSpec specId(int value) {
      return set("SpecId", Value.of(value));
    }

    /** Sets {@code SpecId} to this value; see {@link #specId(int)}. */
    public IcebergPartitionSpec specId(Value<Integer> value) {
      return set("SpecId", value);
    }
  }

  /** Property type {@code AWS::Glue::Table.IcebergSchema}. */
  public static final class IcebergSchema extends Struct<IcebergSchema> {
    private static final Schema SCHEMA = Schema.builder("AWS::Glue::Table.IcebergSchema")
        .required("Fields")
        .build();

    public IcebergSchema() {
      super(SCHEMA);
    }

    /** Required. CloudFormation property {@code Fields}. */
    public IcebergSchema fields(List<IcebergStructField> value) {
      return set("Fields", Value.listOf(value));
    }

    /** Sets {@code Fields} to this value; see {@link #fields(List)}. */
    public IcebergSchema fields(Value<List<IcebergStructField>> value) {
      return set("Fields", value);
    }

    /** Sets {@code Fields} to a list of these; see {@link #fields(List)}. */
    public IcebergSchema fields(IcebergStructField... values) {
      return set("Fields", Value.list(values));
    }

    /** CloudFormation property {@code IdentifierFieldIds}. */
    public IcebergSchema identifierFieldIds(List<Integer> value) {
      return set("IdentifierFieldIds", Value.listOf(value));
    }

    /** Sets {@code IdentifierFieldIds} to this value; see {@link #identifierFieldIds(List)}. */
    public IcebergSchema identifierFieldIds(Value<List<Integer>> value) {
      return set("IdentifierFieldIds", value);
    }

    /** CloudFormation property {@code SchemaId}. */
    public IcebergSchema schemaId(int value) {
      return set("SchemaId", Value.of(value));
    }

    /** Sets {@code SchemaId} to this value; see {@link #schemaId(int)}. */
    public IcebergSchema schemaId(Value<Integer> value) {
      return set("SchemaId", value);
    }

    /** CloudFormation property {@code Type}. */
    public IcebergSchema type(String value) {
      return set("Type", Value.of(value));
    }

    /** Sets {@code Type} to this value; see {@link #type(String)}. */
    public IcebergSchema type(Value<String> value) {
      return set("Type", value);
    }
  }

  /** Property type {@code AWS::Glue::Table.IcebergSortField}. */
  public static final class IcebergSortField extends Struct<IcebergSortField> {
    private static final Schema SCHEMA = Schema.builder("AWS::Glue::Table.IcebergSortField")
        .required("Direction", "NullOrder", "SourceId", "Transform")
        .build();

    public IcebergSortField() {
      super(SCHEMA);
    }

    /** Required. CloudFormation property {@code Direction}. */
    public IcebergSortField direction(String value) {
      return set("Direction", Value.of(value));
    }

    /** Sets {@code Direction} to this value; see {@link #direction(String)}. */
    public IcebergSortField direction(Value<String> value) {
      return set("Direction", value);
    }

    /** Required. CloudFormation property {@code NullOrder}. */
    public IcebergSortField nullOrder(String value) {
      return set("NullOrder", Value.of(value));
    }

    /** Sets {@code NullOrder} to this value; see {@link #nullOrder(String)}. */
    public IcebergSortField nullOrder(Value<String> value) {
      return set("NullOrder", value);
    }

    /** Required. CloudFormation property {@code SourceId}. */
    public IcebergSortField sourceId(int value) {
      return set("SourceId", Value.of(value));
    }

    /** Sets {@code SourceId} to this value; see {@link #sourceId(int)}. */
    public IcebergSortField sourceId(Value<Integer> value) {
      return set("SourceId", value);
    }

    /** Required. CloudFormation property {@code Transform}. */
    public IcebergSortField transform(String value) {
      return set("Transform", Value.of(value));
    }

    /** Sets {@code Transform} to this value; see {@link #transform(String)}. */
    public IcebergSortField transform(Value<String> value) {
      return set("Transform", value);
    }
  }

  /** Property type {@code AWS::Glue::Table.IcebergSortOrder}. */
  public static final class IcebergSortOrder extends Struct<IcebergSortOrder> {
    private static final Schema SCHEMA = Schema.builder("AWS::Glue::Table.IcebergSortOrder")
        .required("Fields", "OrderId")
        .build();

    public IcebergSortOrder() {
      super(SCHEMA);
    }

    /** Required. CloudFormation property {@code Fields}. */
    public IcebergSortOrder fields(List<IcebergSortField> value) {
      return set("Fields", Value.listOf(value));
    }

    /** Sets {@code Fields} to this value; see {@link #fields(List)}. */
    public IcebergSortOrder fields(Value<List<IcebergSortField>> value) {
      return set("Fields", value);
    }

    /** Sets {@code Fields} to a list of these; see {@link #fields(List)}. */
    public IcebergSortOrder fields(IcebergSortField... values) {
      return set("Fields", Value.list(values));
    }

    /** Required. CloudFormation property {@code OrderId}. */
    public IcebergSortOrder orderId(int value) {
      return set("OrderId", Value.of(value));
    }

    /** Sets {@code OrderId} to this value; see {@link #orderId(int)}. */
    public IcebergSortOrder orderId(Value<Integer> value) {
      return set("OrderId", value);
    }
  }

  /** Property type {@code AWS::Glue::Table.IcebergStructField}. */
  public static final class IcebergStructField extends Struct<IcebergStructField> {
    private static final Schema SCHEMA = Schema.builder("AWS::Glue::Table.IcebergStructField")
        .required("Id", "Name", "Required", "Type")
        .build();

    public IcebergStructField() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code Doc}. */
    public IcebergStructField doc(String value) {
      return set("Doc", Value.of(value));
    }

    /** Sets {@code Doc} to this value; see {@link #doc(String)}. */
    public IcebergStructField doc(Value<String> value) {
      return set("Doc", value);
    }

    /** Required. CloudFormation property {@code Id}. */
    public IcebergStructField id(int value) {
      return set("Id", Value.of(value));
    }

    /** Sets {@code Id} to this value; see {@link #id(int)}. */
    public IcebergStructField id(Value<Integer> value) {
      return set("Id", value);
    }

    /** Required. CloudFormation property {@code Name}. */
    public IcebergStructField name(String value) {
      return set("Name", Value.of(value));
    }

    /** Sets {@code Name} to this value; see {@link #name(String)}. */
    public IcebergStructField name(Value<String> value) {
      return set("Name", value);
    }

    /** Required. CloudFormation property {@code Required}. */
    public IcebergStructField required(boolean value) {
      return set("Required", Value.of(value));
    }

    /** Sets {@code Required} to this value; see {@link #required(boolean)}. */
    public IcebergStructField required(Value<Boolean> value) {
      return set("Required", value);
    }

    /** Required. CloudFormation property {@code Type}. */
    public IcebergStructField type(String value) {
      return set("Type", Value.of(value));
    }

    /** Sets {@code Type} to this value; see {@link #type(String)}. */
    public IcebergStructField type(Value<String> value) {
      return set("Type", value);
    }
  }

  /** Property type {@code AWS::Glue::Table.IcebergTableInput}. */
  public static final class IcebergTableInput extends Struct<IcebergTableInput> {
    private static final Schema SCHEMA = Schema.builder("AWS::Glue::Table.IcebergTableInput")
        .required("Location", "Schema")
        .build();

    public IcebergTableInput() {
      super(SCHEMA);
    }

    /** Required. CloudFormation property {@code Location}. */
    public IcebergTableInput location(String value) {
      return set("Location", Value.of(value));
    }

    /** Sets {@code Location} to this value; see {@link #location(String)}. */
    public IcebergTableInput location(Value<String> value) {
      return set("Location", value);
    }

    /** CloudFormation property {@code PartitionSpec}. */
    public IcebergTableInput partitionSpec(Value<IcebergPartitionSpec> value) {
      return set("PartitionSpec", value);
    }

    /** CloudFormation property {@code Properties}. */
    public IcebergTableInput propertiesProperty(Value<Json> value) {
      return set("Properties", value);
    }

    /** Required. CloudFormation property {@code Schema}. */
    public IcebergTableInput schemaProperty(Value<IcebergSchema> value) {
      return set("Schema", value);
    }

    /** CloudFormation property {@code WriteOrder}. */
    public IcebergTableInput writeOrder(Value<IcebergSortOrder> value) {
      return set("WriteOrder", value);
    }
  }

  /**
   * Specifies an <code>OpenTableFormatInput</code> structure when creating an open format table.
   *
   * <p>Property type {@code AWS::Glue::Table.OpenTableFormatInput}.
   */
  public static final class OpenTableFormatInput extends Struct<OpenTableFormatInput> {
    private static final Schema SCHEMA = Schema.of("AWS::Glue::Table.OpenTableFormatInput");

    public OpenTableFormatInput() {
      super(SCHEMA);
    }

    /**
     * Specifies an <code>IcebergInput</code> structure that defines an Apache Iceberg metadata
     * table.
     *
     * <p>CloudFormation property {@code IcebergInput}.
     */
    public OpenTableFormatInput icebergInput(Value<IcebergInput> value) {
      return set("IcebergInput", value);
    }
  }

  /**
   * Specifies the sort order of a sorted column.
   *
   * <p>Property type {@code AWS::Glue::Table.Order}.
   */
  public static final class Order extends Struct<Order> {
    private static final Schema SCHEMA = Schema.builder("AWS::Glue::Table.Order")
        .required("Column", "SortOrder")
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
     * <p>Required. Range: 0 to 1. CloudFormation property {@code SortOrder}.
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
   * A structure that contains schema identity fields. Either this or the
   * <code>SchemaVersionId</code> has to be provided.
   *
   * <p>Property type {@code AWS::Glue::Table.SchemaId}.
   */
  public static final class SchemaId extends Struct<SchemaId> {
    private static final Schema SCHEMA = Schema.builder("AWS::Glue::Table.SchemaId")
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
   * <p>Property type {@code AWS::Glue::Table.SchemaReference}.
   */
  public static final class SchemaReference extends Struct<SchemaReference> {
    private static final Schema SCHEMA = Schema.builder("AWS::Glue::Table.SchemaReference")
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
   * <p>Property type {@code AWS::Glue::Table.SerdeInfo}.
   */
  public static final class SerdeInfo extends Struct<SerdeInfo> {
    private static final Schema SCHEMA = Schema.builder("AWS::Glue::Table.SerdeInfo")
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
   * <p>Property type {@code AWS::Glue::Table.SkewedInfo}.
   */
  public static final class SkewedInfo extends Struct<SkewedInfo> {
    private static final Schema SCHEMA = Schema.builder("AWS::Glue::Table.SkewedInfo")
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
   * <p>Property type {@code AWS::Glue::Table.StorageDescriptor}.
   */
  public static final class StorageDescriptor extends Struct<StorageDescriptor> {
    private static final Schema SCHEMA = Schema.builder("AWS::Glue::Table.StorageDescriptor")
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
     * Must be specified if the table contains any dimension columns.
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

  /**
   * A structure that describes a target table for resource linking.
   *
   * <p>Property type {@code AWS::Glue::Table.TableIdentifier}.
   */
  public static final class TableIdentifier extends Struct<TableIdentifier> {
    private static final Schema SCHEMA = Schema.builder("AWS::Glue::Table.TableIdentifier")
        .constrain("CatalogId", Constraint.of().minLength(1).maxLength(255))
        .constrain("DatabaseName", Constraint.of().minLength(1).maxLength(255))
        .constrain("Name", Constraint.of().minLength(1).maxLength(255))
        .constrain("Region", Constraint.of().minLength(1).maxLength(255))
        .build();

    public TableIdentifier() {
      super(SCHEMA);
    }

    /**
     * The ID of the Data Catalog in which the table resides.
     *
     * <p>Length: 1 to 255 characters. CloudFormation property {@code CatalogId}.
     */
    public TableIdentifier catalogId(String value) {
      return set("CatalogId", Value.of(value));
    }

    /** Sets {@code CatalogId} to this value; see {@link #catalogId(String)}. */
    public TableIdentifier catalogId(Value<String> value) {
      return set("CatalogId", value);
    }

    /**
     * The name of the catalog database that contains the target table.
     *
     * <p>Length: 1 to 255 characters. CloudFormation property {@code DatabaseName}.
     */
    public TableIdentifier databaseName(String value) {
      return set("DatabaseName", Value.of(value));
    }

    /** Sets {@code DatabaseName} to this value; see {@link #databaseName(String)}. */
    public TableIdentifier databaseName(Value<String> value) {
      return set("DatabaseName", value);
    }

    /**
     * The name of the target table.
     *
     * <p>Length: 1 to 255 characters. CloudFormation property {@code Name}.
     */
    public TableIdentifier name(String value) {
      return set("Name", Value.of(value));
    }

    /** Sets {@code Name} to this value; see {@link #name(String)}. */
    public TableIdentifier name(Value<String> value) {
      return set("Name", value);
    }

    /**
     * The Region of the table.
     *
     * <p>Length: 1 to 255 characters. CloudFormation property {@code Region}.
     */
    public TableIdentifier region(String value) {
      return set("Region", Value.of(value));
    }

    /** Sets {@code Region} to this value; see {@link #region(String)}. */
    public TableIdentifier region(Value<String> value) {
      return set("Region", value);
    }
  }

  /**
   * A structure used to define a table.
   *
   * <p>Property type {@code AWS::Glue::Table.TableInput}.
   */
  public static final class TableInput extends Struct<TableInput> {
    private static final Schema SCHEMA = Schema.builder("AWS::Glue::Table.TableInput")
        .constrain("Description", Constraint.of().minLength(0).maxLength(2048))
        .constrain("Name", Constraint.of().minLength(1).maxLength(255))
        .constrain("Owner", Constraint.of().minLength(1).maxLength(255))
        .constrain("Parameters", Constraint.of().format("json"))
        .constrain("Retention", Constraint.of().minimum(0))
        .allowed("TableType", "EXTERNAL_TABLE", "VIRTUAL_VIEW")
        .constrain("TableType", Constraint.of().minLength(0).maxLength(255))
        .constrain("ViewExpandedText", Constraint.of().minLength(0).maxLength(409600))
        .constrain("ViewOriginalText", Constraint.of().minLength(0).maxLength(409600))
        .build();

    public TableInput() {
      super(SCHEMA);
    }

    /**
     * A description of the table.
     *
     * <p>Length: 0 to 2048 characters. CloudFormation property {@code Description}.
     */
    public TableInput description(String value) {
      return set("Description", Value.of(value));
    }

    /** Sets {@code Description} to this value; see {@link #description(String)}. */
    public TableInput description(Value<String> value) {
      return set("Description", value);
    }

    /**
     * The table name. For Hive compatibility, this is folded to lowercase when it is stored.
     *
     * <p>Changing it replaces the resource. Length: 1 to 255 characters. CloudFormation property
     * {@code Name}.
     */
    public TableInput name(String value) {
      return set("Name", Value.of(value));
    }

    /** Sets {@code Name} to this value; see {@link #name(String)}. */
    public TableInput name(Value<String> value) {
      return set("Name", value);
    }

    /**
     * The table owner. Included for Apache Hive compatibility. Not used in the normal course of AWS
     * Glue operations.
     *
     * <p>Length: 1 to 255 characters. CloudFormation property {@code Owner}.
     */
    public TableInput owner(String value) {
      return set("Owner", Value.of(value));
    }

    /** Sets {@code Owner} to this value; see {@link #owner(String)}. */
    public TableInput owner(Value<String> value) {
      return set("Owner", value);
    }

    /**
     * These key-value pairs define properties associated with the table.
     *
     * <p>Format: {@code json}. CloudFormation property {@code Parameters}.
     */
    public TableInput parameters(Value<Json> value) {
      return set("Parameters", value);
    }

    /**
     * A list of columns by which the table is partitioned. Only primitive types are supported as
     * partition keys.
     *
     * <p>When you create a table used by Amazon Athena, and you do not specify any
     * <code>partitionKeys</code> , you must at least set the value of <code>partitionKeys</code> to
     * an empty list. For example:
     *
     * <p><code>"PartitionKeys": []</code>
     *
     * <p>CloudFormation property {@code PartitionKeys}.
     */
    public TableInput partitionKeys(List<Column> value) {
      return set("PartitionKeys", Value.listOf(value));
    }

    /** Sets {@code PartitionKeys} to this value; see {@link #partitionKeys(List)}. */
    public TableInput partitionKeys(Value<List<Column>> value) {
      return set("PartitionKeys", value);
    }

    /** Sets {@code PartitionKeys} to a list of these; see {@link #partitionKeys(List)}. */
    public TableInput partitionKeys(Column... values) {
      return set("PartitionKeys", Value.list(values));
    }

    /**
     * The retention time for this table.
     *
     * <p>Range: at least 0. CloudFormation property {@code Retention}.
     */
    public TableInput retention(int value) {
      return set("Retention", Value.of(value));
    }

    /** Sets {@code Retention} to this value; see {@link #retention(int)}. */
    public TableInput retention(Value<Integer> value) {
      return set("Retention", value);
    }

    /**
     * A storage descriptor containing information about the physical storage of this table.
     *
     * <p>CloudFormation property {@code StorageDescriptor}.
     */
    public TableInput storageDescriptor(Value<StorageDescriptor> value) {
      return set("StorageDescriptor", value);
    }

    /**
     * The type of this table. AWS Glue will create tables with the <code>EXTERNAL_TABLE</code>
     * type. Other services, such as Athena, may create tables with additional table types.
     *
     * <p>AWS Glue related table types:
     *
     * <ul> <li><b>EXTERNAL_TABLE</b> - Hive compatible attribute - indicates a non-Hive managed
     * table. <li><b>GOVERNED</b> - Used by AWS Lake Formation . The AWS Glue Data Catalog
     * understands <code>GOVERNED</code> . </ul>
     *
     * <p>Allowed values: {@code EXTERNAL_TABLE}, {@code VIRTUAL_VIEW}. Length: 0 to 255 characters.
     * CloudFormation property {@code TableType}.
     */
    public TableInput tableType(String value) {
      return set("TableType", Value.of(value));
    }

    /** Sets {@code TableType} to this value; see {@link #tableType(String)}. */
    public TableInput tableType(Value<String> value) {
      return set("TableType", value);
    }

    /**
     * A <code>TableIdentifier</code> structure that describes a target table for resource linking.
     *
     * <p>CloudFormation property {@code TargetTable}.
     */
    public TableInput targetTable(Value<TableIdentifier> value) {
      return set("TargetTable", value);
    }

    /** CloudFormation property {@code ViewDefinition}. */
    public TableInput viewDefinition(Value<ViewDefinition> value) {
      return set("ViewDefinition", value);
    }

    /**
     * Included for Apache Hive compatibility. Not used in the normal course of AWS Glue operations.
     *
     * <p>Length: 0 to 409600 characters. CloudFormation property {@code ViewExpandedText}.
     */
    public TableInput viewExpandedText(String value) {
      return set("ViewExpandedText", Value.of(value));
    }

    /** Sets {@code ViewExpandedText} to this value; see {@link #viewExpandedText(String)}. */
    public TableInput viewExpandedText(Value<String> value) {
      return set("ViewExpandedText", value);
    }

    /**
     * Included for Apache Hive compatibility. Not used in the normal course of AWS Glue operations.
     * If the table is a <code>VIRTUAL_VIEW</code> , certain Athena configuration encoded in base64.
     *
     * <p>Length: 0 to 409600 characters. CloudFormation property {@code ViewOriginalText}.
     */
    public TableInput viewOriginalText(String value) {
      return set("ViewOriginalText", Value.of(value));
    }

    /** Sets {@code ViewOriginalText} to this value; see {@link #viewOriginalText(String)}. */
    public TableInput viewOriginalText(Value<String> value) {
      return set("ViewOriginalText", value);
    }
  }

  /** Property type {@code AWS::Glue::Table.ViewDefinition}. */
  public static final class ViewDefinition extends Struct<ViewDefinition> {
    private static final Schema SCHEMA = Schema.builder("AWS::Glue::Table.ViewDefinition")
        .constrain("Definer", Constraint.of().minLength(20).maxLength(2048))
        .constrain("SubObjects", Constraint.of().minLength(20).maxLength(2048))
        .build();

    public ViewDefinition() {
      super(SCHEMA);
    }

    /** Length: 20 to 2048 characters. CloudFormation property {@code Definer}. */
    public ViewDefinition definer(String value) {
      return set("Definer", Value.of(value));
    }

    /** Sets {@code Definer} to this value; see {@link #definer(String)}. */
    public ViewDefinition definer(Value<String> value) {
      return set("Definer", value);
    }

    /** CloudFormation property {@code IsProtected}. */
    public ViewDefinition isProtected(boolean value) {
      return set("IsProtected", Value.of(value));
    }

    /** Sets {@code IsProtected} to this value; see {@link #isProtected(boolean)}. */
    public ViewDefinition isProtected(Value<Boolean> value) {
      return set("IsProtected", value);
    }

    /** CloudFormation property {@code Representations}. */
    public ViewDefinition representations(List<ViewRepresentation> value) {
      return set("Representations", Value.listOf(value));
    }

    /** Sets {@code Representations} to this value; see {@link #representations(List)}. */
    public ViewDefinition representations(Value<List<ViewRepresentation>> value) {
      return set("Representations", value);
    }

    /** Sets {@code Representations} to a list of these; see {@link #representations(List)}. */
    public ViewDefinition representations(ViewRepresentation... values) {
      return set("Representations", Value.list(values));
    }

    /** Length: 20 to 2048 characters. CloudFormation property {@code SubObjects}. */
    public ViewDefinition subObjects(List<String> value) {
      return set("SubObjects", Value.listOf(value));
    }

    /** Sets {@code SubObjects} to this value; see {@link #subObjects(List)}. */
    public ViewDefinition subObjects(Value<List<String>> value) {
      return set("SubObjects", value);
    }
  }

  /** Property type {@code AWS::Glue::Table.ViewRepresentation}. */
  public static final class ViewRepresentation extends Struct<ViewRepresentation> {
    private static final Schema SCHEMA = Schema.builder("AWS::Glue::Table.ViewRepresentation")
        .allowed("Dialect", "ATHENA", "REDSHIFT", "SPARK")
        .constrain("DialectVersion", Constraint.of().minLength(1).maxLength(255))
        .constrain("ValidationConnection", Constraint.of().minLength(1).maxLength(255))
        .constrain("ViewExpandedText", Constraint.of().minLength(0).maxLength(409600))
        .constrain("ViewOriginalText", Constraint.of().minLength(0).maxLength(409600))
        .build();

    public ViewRepresentation() {
      super(SCHEMA);
    }

    /**
     * Allowed values: {@code ATHENA}, {@code REDSHIFT}, {@code SPARK}. CloudFormation property
     * {@code Dialect}.
     */
    public ViewRepresentation dialect(String value) {
      return set("Dialect", Value.of(value));
    }

    /** Sets {@code Dialect} to this value; see {@link #dialect(String)}. */
    public ViewRepresentation dialect(Value<String> value) {
      return set("Dialect", value);
    }

    /** Length: 1 to 255 characters. CloudFormation property {@code DialectVersion}. */
    public ViewRepresentation dialectVersion(String value) {
      return set("DialectVersion", Value.of(value));
    }

    /** Sets {@code DialectVersion} to this value; see {@link #dialectVersion(String)}. */
    public ViewRepresentation dialectVersion(Value<String> value) {
      return set("DialectVersion", value);
    }

    /** Length: 1 to 255 characters. CloudFormation property {@code ValidationConnection}. */
    public ViewRepresentation validationConnection(String value) {
      return set("ValidationConnection", Value.of(value));
    }

    /**
     * Sets {@code ValidationConnection} to this value; see {@link #validationConnection(String)}.
     */
    public ViewRepresentation validationConnection(Value<String> value) {
      return set("ValidationConnection", value);
    }

    /** Length: 0 to 409600 characters. CloudFormation property {@code ViewExpandedText}. */
    public ViewRepresentation viewExpandedText(String value) {
      return set("ViewExpandedText", Value.of(value));
    }

    /** Sets {@code ViewExpandedText} to this value; see {@link #viewExpandedText(String)}. */
    public ViewRepresentation viewExpandedText(Value<String> value) {
      return set("ViewExpandedText", value);
    }

    /** Length: 0 to 409600 characters. CloudFormation property {@code ViewOriginalText}. */
    public ViewRepresentation viewOriginalText(String value) {
      return set("ViewOriginalText", Value.of(value));
    }

    /** Sets {@code ViewOriginalText} to this value; see {@link #viewOriginalText(String)}. */
    public ViewRepresentation viewOriginalText(Value<String> value) {
      return set("ViewOriginalText", value);
    }
  }
}
