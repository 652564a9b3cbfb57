// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.timestream;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import io.tropo4j.resources.kms.Key;
import java.util.List;

/**
 * The CreateTable operation adds a new table to an existing database in your account. In an AWS
 * account, table names must be at least unique within each Region if they are in the same database.
 * You may have identical table names in the same Region if the tables are in separate databases.
 * While creating the table, you must specify the table name, database name, and the retention
 * properties. <a
 * href="https://docs.aws.amazon.com/timestream/latest/developerguide/ts-limits.html">Service quotas
 * apply</a> . See <a
 * href="https://docs.aws.amazon.com/timestream/latest/developerguide/code-samples.create-table.html">code
 * sample</a> for details.
 *
 * <p>CloudFormation type {@code AWS::Timestream::Table}.
 */
public final class Table extends Resource<Table> {
  private static final io.tropo4j.core.Schema SCHEMA = io.tropo4j.core.Schema.builder("AWS::Timestream::Table")
      .required("DatabaseName")
      .constrain("DatabaseName", Constraint.of().pattern("^[a-zA-Z0-9_.-]{3,256}$"))
      .references("DatabaseName", "AWS::Timestream::Database.Ref")
      .constrain("TableName", Constraint.of().pattern("^[a-zA-Z0-9_.-]{3,256}$"))
      .attributes("Arn", "Name")
      .tags("Tags", io.tropo4j.core.Schema.TagForm.LIST)
      .build();

  public Table(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The name of the Timestream database that contains this table.
   *
   * <p><em>Length Constraints</em> : Minimum length of 3 bytes. Maximum length of 256 bytes.
   *
   * <p>Required. Changing it replaces the resource. Pattern: {@code ^[a-zA-Z0-9_.-]{3,256}$}.
   * CloudFormation property {@code DatabaseName}.
   */
  public Table databaseName(String value) {
    return set("DatabaseName", Value.of(value));
  }

  /** Sets {@code DatabaseName} to this value; see {@link #databaseName(String)}. */
  public Table databaseName(Value<String> value) {
    return set("DatabaseName", value);
  }

  /**
   * Sets {@code DatabaseName} to the Ref of {@code AWS::Timestream::Database}; see {@link
   * #databaseName(String)}.
   */
  public Table databaseName(Database resource) {
    return set("DatabaseName", resource.ref());
  }

  /**
   * Contains properties to set on the table when enabling magnetic store writes.
   *
   * <p>This object has the following attributes:
   *
   * <ul> <li><em>EnableMagneticStoreWrites</em> : A <code>boolean</code> flag to enable magnetic
   * store writes. <li><em>MagneticStoreRejectedDataLocation</em> : The location to write error
   * reports for records rejected, asynchronously, during magnetic store writes. Only
   * <code>S3Configuration</code> objects are allowed. The <code>S3Configuration</code> object has
   * the following attributes: </ul>
   *
   * <ul> <li><em>BucketName</em> : The name of the S3 bucket. <li><em>EncryptionOption</em> : The
   * encryption option for the S3 location. Valid values are S3 server-side encryption with an S3
   * managed key ( <code>SSE_S3</code> ) or AWS managed key ( <code>SSE_KMS</code> ).
   * <li><em>KmsKeyId</em> : The AWS KMS key ID to use when encrypting with an AWS managed key.
   * <li><em>ObjectKeyPrefix</em> : The prefix to use option for the objects stored in S3. </ul>
   *
   * <p>Both <code>BucketName</code> and <code>EncryptionOption</code> are <em>required</em> when
   * <code>S3Configuration</code> is specified. If you specify <code>SSE_KMS</code> as your
   * <code>EncryptionOption</code> then <code>KmsKeyId</code> is <em>required</em> .
   *
   * <p><code>EnableMagneticStoreWrites</code> attribute is <em>required</em> when
   * <code>MagneticStoreWriteProperties</code> is specified.
   * <code>MagneticStoreRejectedDataLocation</code> attribute is <em>required</em> when
   * <code>EnableMagneticStoreWrites</code> is set to <code>true</code> .
   *
   * <p>See the following examples:
   *
   * <p><em>JSON</em>
   *
   * <p>```json { "Type" : AWS::Timestream::Table", "Properties":{ "DatabaseName":"TestDatabase",
   * "TableName":"TestTable", "MagneticStoreWriteProperties":{ "EnableMagneticStoreWrites":true,
   * "MagneticStoreRejectedDataLocation":{ "S3Configuration":{ "BucketName":" amzn-s3-demo-bucket ",
   * "EncryptionOption":"SSE_KMS", "KmsKeyId":"1234abcd-12ab-34cd-56ef-1234567890ab",
   * "ObjectKeyPrefix":"prefix" } } } } } ```
   *
   * <p><em>YAML</em>
   *
   * <p>``` Type: AWS::Timestream::Table DependsOn: TestDatabase Properties: TableName: "TestTable"
   * DatabaseName: "TestDatabase" MagneticStoreWriteProperties: EnableMagneticStoreWrites: true
   * MagneticStoreRejectedDataLocation: S3Configuration: BucketName: " amzn-s3-demo-bucket "
   * EncryptionOption: "SSE_KMS" KmsKeyId: "1234abcd-12ab-34cd-56ef-1234567890ab" ObjectKeyPrefix:
   * "prefix" ```
   *
   * <p>CloudFormation property {@code MagneticStoreWriteProperties}.
   */
  public Table magneticStoreWriteProperties(Value<MagneticStoreWriteProperties> value) {
    return set("MagneticStoreWriteProperties", value);
  }

  /**
   * The retention duration for the memory store and magnetic store. This object has the following
   * attributes:
   *
   * <ul> <li><em>MemoryStoreRetentionPeriodInHours</em> : Retention duration for memory store, in
   * hours. <li><em>MagneticStoreRetentionPeriodInDays</em> : Retention duration for magnetic store,
   * in days. </ul>
   *
   * <p>Both attributes are of type <code>string</code> . Both attributes are <em>required</em> when
   * <code>RetentionProperties</code> is specified.
   *
   * <p>See the following examples:
   *
   * <p><em>JSON</em>
   *
   * <p><code>{ "Type" : AWS::Timestream::Table", "Properties" : { "DatabaseName" : "TestDatabase",
   * "TableName" : "TestTable", "RetentionProperties" : { "MemoryStoreRetentionPeriodInHours": "24",
   * "MagneticStoreRetentionPeriodInDays": "7" } } }</code>
   *
   * <p><em>YAML</em>
   *
   * <p>``` Type: AWS::Timestream::Table DependsOn: TestDatabase Properties: TableName: "TestTable"
   * DatabaseName: "TestDatabase" RetentionProperties: MemoryStoreRetentionPeriodInHours: "24"
   * MagneticStoreRetentionPeriodInDays: "7" ```
   *
   * <p>CloudFormation property {@code RetentionProperties}.
   */
  public Table retentionProperties(Value<RetentionProperties> value) {
    return set("RetentionProperties", value);
  }

  /**
   * The schema of the table.
   *
   * <p>CloudFormation property {@code Schema}.
   */
  public Table schemaProperty(Value<Schema> value) {
    return set("Schema", value);
  }

  /**
   * The name of the Timestream table.
   *
   * <p><em>Length Constraints</em> : Minimum length of 3 bytes. Maximum length of 256 bytes.
   *
   * <p>Changing it replaces the resource. Pattern: {@code ^[a-zA-Z0-9_.-]{3,256}$}. CloudFormation
   * property {@code TableName}.
   */
  public Table tableName(String value) {
    return set("TableName", Value.of(value));
  }

  /** Sets {@code TableName} to this value; see {@link #tableName(String)}. */
  public Table tableName(Value<String> value) {
    return set("TableName", value);
  }

  /**
   * The tags to add to the table
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
   * The <code>arn</code> of the table.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * The name of the table.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Name}.
   */
  public Value<String> name() {
    return getAtt("Name");
  }

  /**
   * The location to write error reports for records rejected, asynchronously, during magnetic store
   * writes.
   *
   * <p>Property type {@code AWS::Timestream::Table.MagneticStoreRejectedDataLocation}.
   */
  public static final class MagneticStoreRejectedDataLocation extends Struct<MagneticStoreRejectedDataLocation> {
    private static final io.tropo4j.core.Schema SCHEMA = io.tropo4j.core.Schema.of("AWS::Timestream::Table.MagneticStoreRejectedDataLocation");

    public MagneticStoreRejectedDataLocation() {
      super(SCHEMA);
    }

    /**
     * Configuration of an S3 location to write error reports for records rejected, asynchronously,
     * during magnetic store writes.
     *
     * <p>CloudFormation property {@code S3Configuration}.
     */
    public MagneticStoreRejectedDataLocation s3Configuration(Value<S3Configuration> value) {
      return set("S3Configuration", value);
    }
  }

  /**
   * The set of properties on a table for configuring magnetic store writes.
   *
   * <p>Property type {@code AWS::Timestream::Table.MagneticStoreWriteProperties}.
   */
  public static final class MagneticStoreWriteProperties extends Struct<MagneticStoreWriteProperties> {
    private static final io.tropo4j.core.Schema SCHEMA = io.tropo4j.core.Schema.builder("AWS::Timestream::Table.MagneticStoreWriteProperties")
        .required("EnableMagneticStoreWrites")
        .build();

    public MagneticStoreWriteProperties() {
      super(SCHEMA);
    }

    /**
     * A flag to enable magnetic store writes.
     *
     * <p>Required. CloudFormation property {@code EnableMagneticStoreWrites}.
     */
    public MagneticStoreWriteProperties enableMagneticStoreWrites(boolean value) {
      return set("EnableMagneticStoreWrites", Value.of(value));
    }

    /**
     * Sets {@code EnableMagneticStoreWrites} to this value; see {@link
     * #enableMagneticStoreWrites(boolean)}.
     */
    public MagneticStoreWriteProperties enableMagneticStoreWrites(Value<Boolean> value) {
      return set("EnableMagneticStoreWrites", value);
    }

    /**
     * The location to write error reports for records rejected asynchronously during magnetic store
     * writes.
     *
     * <p>CloudFormation property {@code MagneticStoreRejectedDataLocation}.
     */
    public MagneticStoreWriteProperties magneticStoreRejectedDataLocation(Value<MagneticStoreRejectedDataLocation> value) {
      return set("MagneticStoreRejectedDataLocation", value);
    }
  }

  /**
   * An attribute used in partitioning data in a table. A dimension key partitions data using the
   * values of the dimension specified by the dimension-name as partition key, while a measure key
   * partitions data using measure names (values of the 'measure_name' column).
   *
   * <p>Property type {@code AWS::Timestream::Table.PartitionKey}.
   */
  public static final class PartitionKey extends Struct<PartitionKey> {
    private static final io.tropo4j.core.Schema SCHEMA = io.tropo4j.core.Schema.builder("AWS::Timestream::Table.PartitionKey")
        .required("Type")
        .allowed("EnforcementInRecord", "REQUIRED", "OPTIONAL")
        .constrain("Name", Constraint.of().minLength(1).maxLength(2048))
        .allowed("Type", "DIMENSION", "MEASURE")
        .build();

    public PartitionKey() {
      super(SCHEMA);
    }

    /**
     * The level of enforcement for the specification of a dimension key in ingested records.
     * Options are REQUIRED (dimension key must be specified) and OPTIONAL (dimension key does not
     * have to be specified).
     *
     * <p>Allowed values: {@code REQUIRED}, {@code OPTIONAL}. CloudFormation property {@code
     * EnforcementInRecord}.
     */
    public PartitionKey enforcementInRecord(String value) {
      return set("EnforcementInRecord", Value.of(value));
    }

    /** Sets {@code EnforcementInRecord} to this value; see {@link #enforcementInRecord(String)}. */
    public PartitionKey enforcementInRecord(Value<String> value) {
      return set("EnforcementInRecord", value);
    }

    /**
     * The name of the attribute used for a dimension key.
     *
     * <p>Length: 1 to 2048 characters. CloudFormation property {@code Name}.
     */
    public PartitionKey name(String value) {
      return set("Name", Value.of(value));
    }

    /** Sets {@code Name} to this value; see {@link #name(String)}. */
    public PartitionKey name(Value<String> value) {
      return set("Name", value);
    }

    /**
     * The type of the partition key. Options are DIMENSION (dimension key) and MEASURE (measure
     * key).
     *
     * <p>Required. Allowed values: {@code DIMENSION}, {@code MEASURE}. CloudFormation property
     * {@code Type}.
     */
    public PartitionKey type(String value) {
      return set("Type", Value.of(value));
    }

    /** Sets {@code Type} to this value; see {@link #type(String)}. */
    public PartitionKey type(Value<String> value) {
      return set("Type", value);
    }
  }

  /**
   * Retention properties contain the duration for which your time-series data must be stored in the
   * magnetic store and the memory store.
   *
   * <p>Property type {@code AWS::Timestream::Table.RetentionProperties}.
   */
  public static final class RetentionProperties extends Struct<RetentionProperties> {
    private static final io.tropo4j.core.Schema SCHEMA = io.tropo4j.core.Schema.of("AWS::Timestream::Table.RetentionProperties");

    public RetentionProperties() {
      super(SCHEMA);
    }

    /**
     * The duration for which data must be stored in the magnetic store.
     *
     * <p>CloudFormation property {@code MagneticStoreRetentionPeriodInDays}.
     */
    public RetentionProperties magneticStoreRetentionPeriodInDays(String value) {
      return set("MagneticStoreRetentionPeriodInDays", Value.of(value));
    }

    /**
     * Sets {@code MagneticStoreRetentionPeriodInDays} to this value; see {@link
     * #magneticStoreRetentionPeriodInDays(String)}.
     */
    public RetentionProperties magneticStoreRetentionPeriodInDays(Value<String> value) {
      return set("MagneticStoreRetentionPeriodInDays", value);
    }

    /**
     * The duration for which data must be stored in the memory store.
     *
     * <p>CloudFormation property {@code MemoryStoreRetentionPeriodInHours}.
     */
    public RetentionProperties memoryStoreRetentionPeriodInHours(String value) {
      return set("MemoryStoreRetentionPeriodInHours", Value.of(value));
    }

    /**
     * Sets {@code MemoryStoreRetentionPeriodInHours} to this value; see {@link
     * #memoryStoreRetentionPeriodInHours(String)}.
     */
    public RetentionProperties memoryStoreRetentionPeriodInHours(Value<String> value) {
      return set("MemoryStoreRetentionPeriodInHours", value);
    }
  }

  /**
   * The configuration that specifies an S3 location.
   *
   * <p>Property type {@code AWS::Timestream::Table.S3Configuration}.
   */
  public static final class S3Configuration extends Struct<S3Configuration> {
    private static final io.tropo4j.core.Schema SCHEMA = io.tropo4j.core.Schema.builder("AWS::Timestream::Table.S3Configuration")
        .required("BucketName", "EncryptionOption")
        .constrain("BucketName", Constraint.of().format("AWS::S3::Bucket.Name"))
        .references("KmsKeyId", "AWS::KMS::Key.Ref")
        .build();

    public S3Configuration() {
      super(SCHEMA);
    }

    /**
     * The bucket name of the customer S3 bucket.
     *
     * <p>Required. Format: {@code AWS::S3::Bucket.Name}. CloudFormation property {@code
     * BucketName}.
     */
    public S3Configuration bucketName(String value) {
      return set("BucketName", Value.of(value));
    }

    /** Sets {@code BucketName} to this value; see {@link #bucketName(String)}. */
    public S3Configuration bucketName(Value<String> value) {
      return set("BucketName", value);
    }

    /**
     * The encryption option for the customer S3 location. Options are S3 server-side encryption
     * with an S3 managed key or AWS managed key.
     *
     * <p>Required. CloudFormation property {@code EncryptionOption}.
     */
    public S3Configuration encryptionOption(String value) {
      return set("EncryptionOption", Value.of(value));
    }

    /** Sets {@code EncryptionOption} to this value; see {@link #encryptionOption(String)}. */
    public S3Configuration encryptionOption(Value<String> value) {
      return set("EncryptionOption", value);
    }

    /**
     * The AWS key ID for the customer S3 location when encrypting with an AWS managed key.
     *
     * <p>CloudFormation property {@code KmsKeyId}.
     */
    public S3Configuration kmsKeyId(String value) {
      return set("KmsKeyId", Value.of(value));
    }

    /** Sets {@code KmsKeyId} to this value; see {@link #kmsKeyId(String)}. */
    public S3Configuration kmsKeyId(Value<String> value) {
      return set("KmsKeyId", value);
    }

    /** Sets {@code KmsKeyId} to the Ref of {@code AWS::KMS::Key}; see {@link #kmsKeyId(String)}. */
    public S3Configuration kmsKeyId(Key resource) {
      return set("KmsKeyId", resource.ref());
    }

    /**
     * The object key preview for the customer S3 location.
     *
     * <p>CloudFormation property {@code ObjectKeyPrefix}.
     */
    public S3Configuration objectKeyPrefix(String value) {
      return set("ObjectKeyPrefix", Value.of(value));
    }

    /** Sets {@code ObjectKeyPrefix} to this value; see {@link #objectKeyPrefix(String)}. */
    public S3Configuration objectKeyPrefix(Value<String> value) {
      return set("ObjectKeyPrefix", value);
    }
  }

  /**
   * A Schema specifies the expected data model of the table.
   *
   * <p>Property type {@code AWS::Timestream::Table.Schema}.
   */
  public static final class Schema extends Struct<Schema> {
    private static final io.tropo4j.core.Schema SCHEMA = io.tropo4j.core.Schema.of("AWS::Timestream::Table.Schema");

    public Schema() {
      super(SCHEMA);
    }

    /**
     * A non-empty list of partition keys defining the attributes used to partition the table data.
     * The order of the list determines the partition hierarchy. The name and type of each partition
     * key as well as the partition key order cannot be changed after the table is created. However,
     * the enforcement level of each partition key can be changed.
     *
     * <p>CloudFormation property {@code CompositePartitionKey}.
     */
    public Schema compositePartitionKey(List<PartitionKey> value) {
      return set("CompositePartitionKey", Value.listOf(value));
    }

    /**
     * Sets {@code CompositePartitionKey} to this value; see {@link #compositePartitionKey(List)}.
     */
    public Schema compositePartitionKey(Value<List<PartitionKey>> value) {
      return set("CompositePartitionKey", value);
    }

    /**
     * Sets {@code CompositePartitionKey} to a list of these; see {@link
     * #compositePartitionKey(List)}.
     */
    public Schema compositePartitionKey(PartitionKey... values) {
      return set("CompositePartitionKey", Value.list(values));
    }
  }
}
