// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.s3tables;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Json;
import io.tropo4j.fn.Value;
import java.util.List;
import java.util.Map;

/**
 * Creates a new table associated with the given namespace in a table bucket. For more information,
 * see <a
 * href="https://docs.aws.amazon.com/AmazonS3/latest/userguide/s3-tables-create.html">Creating an
 * Amazon S3 table</a> in the <em>Amazon Simple Storage Service User Guide</em> .
 *
 * <ul> <li><b>Permissions</b> - - You must have the <code>s3tables:CreateTable</code> permission to
 * use this operation. <li>If you use this operation with the optional <code>metadata</code> request
 * parameter you must have the <code>s3tables:PutTableData</code> permission. <li>If you use this
 * operation with the optional <code>encryptionConfiguration</code> request parameter you must have
 * the <code>s3tables:PutTableEncryption</code> permission. </ul>
 *
 * <p>Additionally, If you choose SSE-KMS encryption you must grant the S3 Tables maintenance
 * principal access to your KMS key. For more information, see <a
 * href="https://docs.aws.amazon.com/AmazonS3/latest/userguide/s3-tables-kms-permissions.html">Permissions
 * requirements for S3 Tables SSE-KMS encryption</a> .
 *
 * <ul> <li><b>Cloud Development Kit</b> - To use S3 Tables AWS CDK constructs, add the
 * <code>&#64;aws-cdk/aws-s3tables-alpha</code> dependency with one of the following options: </ul>
 *
 * <ul> <li>NPM: <code>npm i &#64;aws-cdk/aws-s3tables-alpha</code> <li>Yarn: <code>yarn add
 * &#64;aws-cdk/aws-s3tables-alpha</code> </ul>
 *
 * <p>CloudFormation type {@code AWS::S3Tables::Table}.
 */
public final class Table extends Resource<Table> {
  private static final Schema SCHEMA = Schema.builder("AWS::S3Tables::Table")
      .required("Namespace", "OpenTableFormat", "TableBucketARN", "TableName")
      .constrain("Namespace", Constraint.of().pattern("^[0-9a-z_]*$").minLength(1).maxLength(255))
      .allowed("OpenTableFormat", "ICEBERG")
      .constrain("TableBucketARN", Constraint.of().pattern("^(arn:aws[-a-z0-9]*:[a-z0-9]+:[-a-z0-9]*:[0-9]{12}:bucket/[a-z0-9_-]{3,63})$"))
      .allowed("WithoutMetadata", "Yes")
      .refYields("TableARN")
      .attributes("TableARN", "VersionToken", "WarehouseLocation")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public Table(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * Contains details about the compaction settings for an Iceberg table.
   *
   * <p>CloudFormation property {@code Compaction}.
   */
  public Table compaction(Value<Compaction> value) {
    return set("Compaction", value);
  }

  /**
   * Contains details about the metadata for an Iceberg table.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code IcebergMetadata}.
   */
  public Table icebergMetadata(Value<IcebergMetadata> value) {
    return set("IcebergMetadata", value);
  }

  /**
   * The name of the namespace.
   *
   * <p>Required. Length: 1 to 255 characters. Pattern: {@code ^[0-9a-z_]*$}. CloudFormation
   * property {@code Namespace}.
   */
  public Table namespace(String value) {
    return set("Namespace", Value.of(value));
  }

  /** Sets {@code Namespace} to this value; see {@link #namespace(String)}. */
  public Table namespace(Value<String> value) {
    return set("Namespace", value);
  }

  /**
   * The format of the table.
   *
   * <p>Required. Changing it replaces the resource. Allowed values: {@code ICEBERG}. CloudFormation
   * property {@code OpenTableFormat}.
   */
  public Table openTableFormat(String value) {
    return set("OpenTableFormat", Value.of(value));
  }

  /** Sets {@code OpenTableFormat} to this value; see {@link #openTableFormat(String)}. */
  public Table openTableFormat(Value<String> value) {
    return set("OpenTableFormat", value);
  }

  /**
   * Contains details about the Iceberg snapshot management settings for the table.
   *
   * <p>CloudFormation property {@code SnapshotManagement}.
   */
  public Table snapshotManagement(Value<SnapshotManagement> value) {
    return set("SnapshotManagement", value);
  }

  /**
   * The configuration details for the storage class of tables or table buckets. This allows you to
   * optimize storage costs by selecting the appropriate storage class based on your access patterns
   * and performance requirements.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code
   * StorageClassConfiguration}.
   */
  public Table storageClassConfiguration(Value<StorageClassConfiguration> value) {
    return set("StorageClassConfiguration", value);
  }

  /**
   * The Amazon Resource Name (ARN) of the table bucket to create the table in.
   *
   * <p>Required. Changing it replaces the resource. Pattern: {@code
   * ^(arn:aws[-a-z0-9]*:[a-z0-9]+:[-a-z0-9]*:[0-9]{12}:bucket/[a-z0-9_-]{3,63})$}. CloudFormation
   * property {@code TableBucketARN}.
   */
  public Table tableBucketARN(String value) {
    return set("TableBucketARN", Value.of(value));
  }

  /** Sets {@code TableBucketARN} to this value; see {@link #tableBucketARN(String)}. */
  public Table tableBucketARN(Value<String> value) {
    return set("TableBucketARN", value);
  }

  /**
   * The name for the table.
   *
   * <p>Required. CloudFormation property {@code TableName}.
   */
  public Table tableName(String value) {
    return set("TableName", Value.of(value));
  }

  /** Sets {@code TableName} to this value; see {@link #tableName(String)}. */
  public Table tableName(Value<String> value) {
    return set("TableName", value);
  }

  /**
   * User tags (key-value pairs) to associate with the table.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public Table tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public Table tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public Table tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * Indicates that you don't want to specify a schema for the table. This property is mutually
   * exclusive to <code>IcebergMetadata</code> , and its only possible value is <code>Yes</code> .
   *
   * <p>Changing it replaces the resource. Allowed values: {@code Yes}. CloudFormation property
   * {@code WithoutMetadata}.
   */
  public Table withoutMetadata(String value) {
    return set("WithoutMetadata", Value.of(value));
  }

  /** Sets {@code WithoutMetadata} to this value; see {@link #withoutMetadata(String)}. */
  public Table withoutMetadata(Value<String> value) {
    return set("WithoutMetadata", value);
  }

  /**
   * The Amazon Resource Name (ARN) of the table.
   *
   * <p>{@code Fn::GetAtt} attribute {@code TableARN}.
   */
  public Value<String> tableARN() {
    return getAtt("TableARN");
  }

  /**
   * The version token of the table.
   *
   * <p>{@code Fn::GetAtt} attribute {@code VersionToken}.
   */
  public Value<String> versionToken() {
    return getAtt("VersionToken");
  }

  /**
   * The warehouse location of the table.
   *
   * <p>{@code Fn::GetAtt} attribute {@code WarehouseLocation}.
   */
  public Value<String> warehouseLocation() {
    return getAtt("WarehouseLocation");
  }

  /**
   * Contains details about the compaction settings for an Iceberg table.
   *
   * <p>Property type {@code AWS::S3Tables::Table.Compaction}.
   */
  public static final class Compaction extends Struct<Compaction> {
    private static final Schema SCHEMA = Schema.builder("AWS::S3Tables::Table.Compaction")
        .allowed("Status", "enabled", "disabled")
        .constrain("TargetFileSizeMB", Constraint.of().minimum(64))
        .build();

    public Compaction() {
      super(SCHEMA);
    }

    /**
     * The status of the maintenance configuration.
     *
     * <p>Allowed values: {@code enabled}, {@code disabled}. CloudFormation property {@code Status}.
     */
    public Compaction status(String value) {
      return set("Status", Value.of(value));
    }

    /** Sets {@code Status} to this value; see {@link #status(String)}. */
    public Compaction status(Value<String> value) {
      return set("Status", value);
    }

    /**
     * The target file size for the table in MB.
     *
     * <p>Range: at least 64. CloudFormation property {@code TargetFileSizeMB}.
     */
    public Compaction targetFileSizeMB(int value) {
      return set("TargetFileSizeMB", Value.of(value));
    }

    /** Sets {@code TargetFileSizeMB} to this value; see {@link #targetFileSizeMB(int)}. */
    public Compaction targetFileSizeMB(Value<Integer> value) {
      return set("TargetFileSizeMB", value);
    }
  }

  /**
   * Contains details about the metadata for an Iceberg table.
   *
   * <p>Property type {@code AWS::S3Tables::Table.IcebergMetadata}.
   */
  public static final class IcebergMetadata extends Struct<IcebergMetadata> {
    private static final Schema SCHEMA = Schema.of("AWS::S3Tables::Table.IcebergMetadata");

    public IcebergMetadata() {
      super(SCHEMA);
    }

    /**
     * Partition specification for an Iceberg table
     *
     * <p>CloudFormation property {@code IcebergPartitionSpec}.
     */
    public IcebergMetadata icebergPartitionSpec(Value<IcebergPartitionSpec> value) {
      return set("IcebergPartitionSpec", value);
    }

    /**
     * The schema for an Iceberg table.
     *
     * <p>CloudFormation property {@code IcebergSchema}.
     */
    public IcebergMetadata icebergSchema(Value<IcebergSchema> value) {
      return set("IcebergSchema", value);
    }

    /**
     * Contains details about the schema version 2 (V2) for an Iceberg table that supports Apache
     * Iceberg Nested Types (struct, list, map). Primitive types are also supported.
     *
     * <p>CloudFormation property {@code IcebergSchemaV2}.
     */
    public IcebergMetadata icebergSchemaV2(Value<IcebergSchemaV2> value) {
      return set("IcebergSchemaV2", value);
    }

    /**
     * Sort order specification for an Iceberg table
     *
     * <p>CloudFormation property {@code IcebergSortOrder}.
     */
    public IcebergMetadata icebergSortOrder(Value<IcebergSortOrder> value) {
      return set("IcebergSortOrder", value);
    }

    /**
     * Iceberg table properties (e.g., format-version, write.parquet.compression-codec)
     *
     * <p>CloudFormation property {@code TableProperties}.
     */
    public IcebergMetadata tableProperties(Map<String, String> value) {
      return set("TableProperties", Value.mapOf(value));
    }

    /** Sets {@code TableProperties} to this value; see {@link #tableProperties(Map)}. */
    public IcebergMetadata tableProperties(Value<Map<String, String>> value) {
      return set("TableProperties", value);
    }
  }

  /**
   * A partition field specification for an Iceberg table
   *
   * <p>Property type {@code AWS::S3Tables::Table.IcebergPartitionField}.
   */
  public static final class IcebergPartitionField extends Struct<IcebergPartitionField> {
    private static final Schema SCHEMA = Schema.builder("AWS::S3Tables::Table.IcebergPartitionField")
        .required("Name", "SourceId", "Transform")
        .build();

    public IcebergPartitionField() {
      super(SCHEMA);
    }

    /**
     * The partition field ID (auto-assigned starting from 1000 if not specified)
     *
     * <p>CloudFormation property {@code FieldId}.
     */
    public IcebergPartitionField fieldId(int value) {
      return set("FieldId", Value.of(value));
    }

    /** Sets {@code FieldId} to this value; see {@link #fieldId(int)}. */
    public IcebergPartitionField fieldId(Value<Integer> value) {
      return set("FieldId", value);
    }

    /**
     * The name of the partition field
     *
     * <p>Required. CloudFormation property {@code Name}.
     */
    public IcebergPartitionField name(String value) {
      return set("Name", Value.of(value));
    }

    /** Sets {@code Name} to this value; see {@link #name(String)}. */
    public IcebergPartitionField name(Value<String> value) {
      return set("Name", value);
    }

    /**
     * The source column ID to partition on
     *
     * <p>Required. CloudFormation property {@code SourceId}.
     */
    public IcebergPartitionField sourceId(int value) {
      return set("SourceId", Value.of(value));
    }

    /** Sets {@code SourceId} to this value; see {@link #sourceId(int)}. */
    public IcebergPartitionField sourceId(Value<Integer> value) {
      return set("SourceId", value);
    }

    /**
     * The partition transform function (identity, bucket[N], truncate[N], year, month, day, hour)
     *
     * <p>Required. CloudFormation property {@code Transform}.
     */
    public IcebergPartitionField transform(String value) {
      return set("Transform", Value.of(value));
    }

    /** Sets {@code Transform} to this value; see {@link #transform(String)}. */
    public IcebergPartitionField transform(Value<String> value) {
      return set("Transform", value);
    }
  }

  /**
   * Partition specification for an Iceberg table
   *
   * <p>Property type {@code AWS::S3Tables::Table.IcebergPartitionSpec}.
   */
  public static final class IcebergPartitionSpec extends Struct<IcebergPartitionSpec> {
    private static final Schema SCHEMA = Schema.builder("AWS::S3Tables::Table.IcebergPartitionSpec")
        .required("Fields")
        .build();

    public IcebergPartitionSpec() {
      super(SCHEMA);
    }

    /**
     * List of partition fields for an Iceberg table
     *
     * <p>Required. CloudFormation property {@code Fields}.
     */
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

    /**
     * The partition spec ID (defaults to 0 if not specified)
     *
     * <p>CloudFormation property {@code SpecId}.
     */
    public IcebergPartitionSpec specId(int value) {
      return set("SpecId", Value.of(value));
    }

    /** Sets {@code SpecId} to this value; see {@link #specId(int)}. */
    public IcebergPartitionSpec specId(Value<Integer> value) {
      return set("SpecId", value);
    }
  }

  /**
   * Contains details about the schema for an Iceberg table.
   *
   * <p>Property type {@code AWS::S3Tables::Table.IcebergSchema}.
   */
  public static final class IcebergSchema extends Struct<IcebergSchema> {
    private static final Schema SCHEMA = Schema.builder("AWS::S3Tables::Table.IcebergSchema")
        .required("SchemaFieldList")
        .build();

    public IcebergSchema() {
      super(SCHEMA);
    }

    /**
     * The schema fields for the table
     *
     * <p>Required. CloudFormation property {@code SchemaFieldList}.
     */
    public IcebergSchema schemaFieldList(List<SchemaField> value) {
      return set("SchemaFieldList", Value.listOf(value));
    }

    /** Sets {@code SchemaFieldList} to this value; see {@link #schemaFieldList(List)}. */
    public IcebergSchema schemaFieldList(Value<List<SchemaField>> value) {
      return set("SchemaFieldList", value);
    }

    /** Sets {@code SchemaFieldList} to a list of these; see {@link #schemaFieldList(List)}. */
    public IcebergSchema schemaFieldList(SchemaField... values) {
      return set("SchemaFieldList", Value.list(values));
    }
  }

  /**
   * Contains details about the schema version 2 (V2) for an Iceberg table that supports Apache
   * Iceberg Nested Types (struct, list, map). Primitive types are also supported.
   *
   * <p>Property type {@code AWS::S3Tables::Table.IcebergSchemaV2}.
   */
  public static final class IcebergSchemaV2 extends Struct<IcebergSchemaV2> {
    private static final Schema SCHEMA = Schema.builder("AWS::S3Tables::Table.IcebergSchemaV2")
        .required("SchemaV2FieldList", "SchemaV2FieldType")
        .allowed("SchemaV2FieldType", "struct")
        .build();

    public IcebergSchemaV2() {
      super(SCHEMA);
    }

    /**
     * A list of field IDs that are used as the identifier fields for the table. Identifier fields
     * uniquely identify a row in the table.
     *
     * <p>CloudFormation property {@code IdentifierFieldIds}.
     */
    public IcebergSchemaV2 identifierFieldIds(List<Integer> value) {
      return set("IdentifierFieldIds", Value.listOf(value));
    }

    /** Sets {@code IdentifierFieldIds} to this value; see {@link #identifierFieldIds(List)}. */
    public IcebergSchemaV2 identifierFieldIds(Value<List<Integer>> value) {
      return set("IdentifierFieldIds", value);
    }

    /**
     * An optional unique identifier for the schema
     *
     * <p>CloudFormation property {@code SchemaId}.
     */
    public IcebergSchemaV2 schemaId(int value) {
      return set("SchemaId", Value.of(value));
    }

    /** Sets {@code SchemaId} to this value; see {@link #schemaId(int)}. */
    public IcebergSchemaV2 schemaId(Value<Integer> value) {
      return set("SchemaId", value);
    }

    /**
     * List of schema fields that support nested types
     *
     * <p>Required. CloudFormation property {@code SchemaV2FieldList}.
     */
    public IcebergSchemaV2 schemaV2FieldList(List<SchemaV2Field> value) {
      return set("SchemaV2FieldList", Value.listOf(value));
    }

    /** Sets {@code SchemaV2FieldList} to this value; see {@link #schemaV2FieldList(List)}. */
    public IcebergSchemaV2 schemaV2FieldList(Value<List<SchemaV2Field>> value) {
      return set("SchemaV2FieldList", value);
    }

    /** Sets {@code SchemaV2FieldList} to a list of these; see {@link #schemaV2FieldList(List)}. */
    public IcebergSchemaV2 schemaV2FieldList(SchemaV2Field... values) {
      return set("SchemaV2FieldList", Value.list(values));
    }

    /**
     * The type of the top-level schema, which is always 'struct'
     *
     * <p>Required. Allowed values: {@code struct}. CloudFormation property {@code
     * SchemaV2FieldType}.
     */
    public IcebergSchemaV2 schemaV2FieldType(String value) {
      return set("SchemaV2FieldType", Value.of(value));
    }

    /** Sets {@code SchemaV2FieldType} to this value; see {@link #schemaV2FieldType(String)}. */
    public IcebergSchemaV2 schemaV2FieldType(Value<String> value) {
      return set("SchemaV2FieldType", value);
    }
  }

  /**
   * A sort field specification for an Iceberg table
   *
   * <p>Property type {@code AWS::S3Tables::Table.IcebergSortField}.
   */
  public static final class IcebergSortField extends Struct<IcebergSortField> {
    private static final Schema SCHEMA = Schema.builder("AWS::S3Tables::Table.IcebergSortField")
        .required("Direction", "NullOrder", "SourceId", "Transform")
        .allowed("Direction", "asc", "desc")
        .allowed("NullOrder", "nulls-first", "nulls-last")
        .build();

    public IcebergSortField() {
      super(SCHEMA);
    }

    /**
     * Sort direction (asc or desc)
     *
     * <p>Required. Allowed values: {@code asc}, {@code desc}. CloudFormation property {@code
     * Direction}.
     */
    public IcebergSortField direction(String value) {
      return set("Direction", Value.of(value));
    }

    /** Sets {@code Direction} to this value; see {@link #direction(String)}. */
    public IcebergSortField direction(Value<String> value) {
      return set("Direction", value);
    }

    /**
     * Null value ordering (nulls-first or nulls-last)
     *
     * <p>Required. Allowed values: {@code nulls-first}, {@code nulls-last}. CloudFormation property
     * {@code NullOrder}.
     */
    public IcebergSortField nullOrder(String value) {
      return set("NullOrder", Value.of(value));
    }

    /** Sets {@code NullOrder} to this value; see {@link #nullOrder(String)}. */
    public IcebergSortField nullOrder(Value<String> value) {
      return set("NullOrder", value);
    }

    /**
     * The source column ID to sort on
     *
     * <p>Required. CloudFormation property {@code SourceId}.
     */
    public IcebergSortField sourceId(int value) {
      return set("SourceId", Value.of(value));
    }

    /** Sets {@code SourceId} to this value; see {@link #sourceId(int)}. */
    public IcebergSortField sourceId(Value<Integer> value) {
      return set("SourceId", value);
    }

    /**
     * The sort transform function
     *
     * <p>Required. CloudFormation property {@code Transform}.
     */
    public IcebergSortField transform(String value) {
      return set("Transform", Value.of(value));
    }

    /** Sets {@code Transform} to this value; see {@link #transform(String)}. */
    public IcebergSortField transform(Value<String> value) {
      return set("Transform", value);
    }
  }

  /**
   * Sort order specification for an Iceberg table
   *
   * <p>Property type {@code AWS::S3Tables::Table.IcebergSortOrder}.
   */
  public static final class IcebergSortOrder extends Struct<IcebergSortOrder> {
    private static final Schema SCHEMA = Schema.builder("AWS::S3Tables::Table.IcebergSortOrder")
        .required("Fields")
        .build();

    public IcebergSortOrder() {
      super(SCHEMA);
    }

    /**
     * List of sort fields for an Iceberg table
     *
     * <p>Required. CloudFormation property {@code Fields}.
     */
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

    /**
     * The sort order ID (defaults to 1 if not specified, 0 is reserved for unsorted)
     *
     * <p>CloudFormation property {@code OrderId}.
     */
    public IcebergSortOrder orderId(int value) {
      return set("OrderId", Value.of(value));
    }

    /** Sets {@code OrderId} to this value; see {@link #orderId(int)}. */
    public IcebergSortOrder orderId(Value<Integer> value) {
      return set("OrderId", value);
    }
  }

  /**
   * Contains details about a schema field.
   *
   * <p>Property type {@code AWS::S3Tables::Table.SchemaField}.
   */
  public static final class SchemaField extends Struct<SchemaField> {
    private static final Schema SCHEMA = Schema.builder("AWS::S3Tables::Table.SchemaField")
        .required("Name", "Type")
        .build();

    public SchemaField() {
      super(SCHEMA);
    }

    /**
     * The unique identifier for the field
     *
     * <p>CloudFormation property {@code Id}.
     */
    public SchemaField id(int value) {
      return set("Id", Value.of(value));
    }

    /** Sets {@code Id} to this value; see {@link #id(int)}. */
    public SchemaField id(Value<Integer> value) {
      return set("Id", value);
    }

    /**
     * The name of the field.
     *
     * <p>Required. CloudFormation property {@code Name}.
     */
    public SchemaField name(String value) {
      return set("Name", Value.of(value));
    }

    /** Sets {@code Name} to this value; see {@link #name(String)}. */
    public SchemaField name(Value<String> value) {
      return set("Name", value);
    }

    /**
     * A Boolean value that specifies whether values are required for each row in this field. By
     * default, this is <code>false</code> and null values are allowed in the field. If this is
     * <code>true</code> the field does not allow null values.
     *
     * <p>CloudFormation property {@code Required}.
     */
    public SchemaField required(boolean value) {
      return set("Required", Value.of(value));
    }

    /** Sets {@code Required} to this value; see {@link #required(boolean)}. */
    public SchemaField required(Value<Boolean> value) {
      return set("Required", value);
    }

    /**
     * The field type. S3 Tables supports all Apache Iceberg primitive types. For more information,
     * see the <a
     * href="https://docs.aws.amazon.com/https://iceberg.apache.org/spec/#primitive-types">Apache
     * Iceberg documentation</a> .
     *
     * <p>Required. CloudFormation property {@code Type}.
     */
    public SchemaField type(String value) {
      return set("Type", Value.of(value));
    }

    /** Sets {@code Type} to this value; see {@link #type(String)}. */
    public SchemaField type(Value<String> value) {
      return set("Type", value);
    }
  }

  /**
   * Contains details about a schema field for an Iceberg table that supports nested types (struct,
   * list, map)
   *
   * <p>Property type {@code AWS::S3Tables::Table.SchemaV2Field}.
   */
  public static final class SchemaV2Field extends Struct<SchemaV2Field> {
    private static final Schema SCHEMA = Schema.builder("AWS::S3Tables::Table.SchemaV2Field")
        .required("Id", "Name", "Required", "Type")
        .build();

    public SchemaV2Field() {
      super(SCHEMA);
    }

    /**
     * Optional documentation for the field
     *
     * <p>CloudFormation property {@code Doc}.
     */
    public SchemaV2Field doc(String value) {
      return set("Doc", Value.of(value));
    }

    /** Sets {@code Doc} to this value; see {@link #doc(String)}. */
    public SchemaV2Field doc(Value<String> value) {
      return set("Doc", value);
    }

    /**
     * The unique identifier for the field
     *
     * <p>Required. CloudFormation property {@code Id}.
     */
    public SchemaV2Field id(int value) {
      return set("Id", Value.of(value));
    }

    /** Sets {@code Id} to this value; see {@link #id(int)}. */
    public SchemaV2Field id(Value<Integer> value) {
      return set("Id", value);
    }

    /**
     * The name of the field
     *
     * <p>Required. CloudFormation property {@code Name}.
     */
    public SchemaV2Field name(String value) {
      return set("Name", Value.of(value));
    }

    /** Sets {@code Name} to this value; see {@link #name(String)}. */
    public SchemaV2Field name(Value<String> value) {
      return set("Name", value);
    }

    /**
     * A Boolean value that specifies whether values are required for each row in this field
     *
     * <p>Required. CloudFormation property {@code Required}.
     */
    public SchemaV2Field required(boolean value) {
      return set("Required", Value.of(value));
    }

    /** Sets {@code Required} to this value; see {@link #required(boolean)}. */
    public SchemaV2Field required(Value<Boolean> value) {
      return set("Required", value);
    }

    /** Required. CloudFormation property {@code Type}. */
    public SchemaV2Field type(String value) {
      return set("Type", Value.of(value));
    }

    /** Sets {@code Type} to this value; see {@link #type(String)}. */
    public SchemaV2Field type(Value<String> value) {
      return set("Type", value);
    }

    /** Sets {@code Type} to this value; see {@link #type(String)}. */
    public SchemaV2Field type(Json value) {
      return set("Type", value);
    }
  }

  /**
   * Contains details about the snapshot management settings for an Iceberg table. The oldest
   * snapshot expires when its age exceeds the <code>maxSnapshotAgeHours</code> and the total number
   * of snapshots exceeds the value for the minimum number of snapshots to keep
   * <code>minSnapshotsToKeep</code> .
   *
   * <p>Property type {@code AWS::S3Tables::Table.SnapshotManagement}.
   */
  public static final class SnapshotManagement extends Struct<SnapshotManagement> {
    private static final Schema SCHEMA = Schema.builder("AWS::S3Tables::Table.SnapshotManagement")
        .constrain("MaxSnapshotAgeHours", Constraint.of().minimum(1))
        .constrain("MinSnapshotsToKeep", Constraint.of().minimum(1))
        .allowed("Status", "enabled", "disabled")
        .build();

    public SnapshotManagement() {
      super(SCHEMA);
    }

    /**
     * The maximum age of a snapshot before it can be expired.
     *
     * <p>Range: at least 1. CloudFormation property {@code MaxSnapshotAgeHours}.
     */
    public SnapshotManagement maxSnapshotAgeHours(int value) {
      return set("MaxSnapshotAgeHours", Value.of(value));
    }

    /** Sets {@code MaxSnapshotAgeHours} to this value; see {@link #maxSnapshotAgeHours(int)}. */
    public SnapshotManagement maxSnapshotAgeHours(Value<Integer> value) {
      return set("MaxSnapshotAgeHours", value);
    }

    /**
     * The minimum number of snapshots to keep.
     *
     * <p>Range: at least 1. CloudFormation property {@code MinSnapshotsToKeep}.
     */
    public SnapshotManagement minSnapshotsToKeep(int value) {
      return set("MinSnapshotsToKeep", Value.of(value));
    }

    /** Sets {@code MinSnapshotsToKeep} to this value; see {@link #minSnapshotsToKeep(int)}. */
    public SnapshotManagement minSnapshotsToKeep(Value<Integer> value) {
      return set("MinSnapshotsToKeep", value);
    }

    /**
     * The status of the maintenance configuration.
     *
     * <p>Allowed values: {@code enabled}, {@code disabled}. CloudFormation property {@code Status}.
     */
    public SnapshotManagement status(String value) {
      return set("Status", Value.of(value));
    }

    /** Sets {@code Status} to this value; see {@link #status(String)}. */
    public SnapshotManagement status(Value<String> value) {
      return set("Status", value);
    }
  }

  /**
   * The configuration details for the storage class of tables or table buckets. This allows you to
   * optimize storage costs by selecting the appropriate storage class based on your access patterns
   * and performance requirements.
   *
   * <p>Property type {@code AWS::S3Tables::Table.StorageClassConfiguration}.
   */
  public static final class StorageClassConfiguration extends Struct<StorageClassConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::S3Tables::Table.StorageClassConfiguration")
        .allowed("StorageClass", "STANDARD", "INTELLIGENT_TIERING")
        .build();

    public StorageClassConfiguration() {
      super(SCHEMA);
    }

    /**
     * The storage class for the table or table bucket. Valid values include storage classes
     * optimized for different access patterns and cost profiles.
     *
     * <p>Allowed values: {@code STANDARD}, {@code INTELLIGENT_TIERING}. CloudFormation property
     * {@code StorageClass}.
     */
    public StorageClassConfiguration storageClass(String value) {
      return set("StorageClass", Value.of(value));
    }

    /** Sets {@code StorageClass} to this value; see {@link #storageClass(String)}. */
    public StorageClassConfiguration storageClass(Value<String> value) {
      return set("StorageClass", value);
    }
  }
}
