// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.iotanalytics;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Json;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * AWS::IoTAnalytics::Datastore resource is a repository for messages. For more information, see <a
 * href="https://docs.aws.amazon.com/iotanalytics/latest/userguide/welcome.html#aws-iot-analytics-how">How
 * to Use</a> in the <em>User Guide</em> .
 *
 * <p>CloudFormation type {@code AWS::IoTAnalytics::Datastore}.
 */
public final class Datastore extends Resource<Datastore> {
  private static final Schema SCHEMA = Schema.builder("AWS::IoTAnalytics::Datastore")
      .constrain("DatastoreName", Constraint.of().pattern("[a-zA-Z0-9_]+").minLength(1).maxLength(128))
      .refYields("DatastoreName")
      .attributes("Id")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public Datastore(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The name of the data store.
   *
   * <p>Changing it replaces the resource. Length: 1 to 128 characters. Pattern: {@code
   * [a-zA-Z0-9_]+}. CloudFormation property {@code DatastoreName}.
   */
  public Datastore datastoreName(String value) {
    return set("DatastoreName", Value.of(value));
  }

  /** Sets {@code DatastoreName} to this value; see {@link #datastoreName(String)}. */
  public Datastore datastoreName(Value<String> value) {
    return set("DatastoreName", value);
  }

  /**
   * Information about the partition dimensions in a data store.
   *
   * <p>CloudFormation property {@code DatastorePartitions}.
   */
  public Datastore datastorePartitions(Value<DatastorePartitions> value) {
    return set("DatastorePartitions", value);
  }

  /**
   * Where data store data is stored.
   *
   * <p>CloudFormation property {@code DatastoreStorage}.
   */
  public Datastore datastoreStorage(Value<DatastoreStorage> value) {
    return set("DatastoreStorage", value);
  }

  /**
   * Contains the configuration information of file formats. ITA data stores support JSON and <a
   * href="https://docs.aws.amazon.com/https://parquet.apache.org/">Parquet</a> .
   *
   * <p>The default file format is JSON. You can specify only one format.
   *
   * <p>You can't change the file format after you create the data store.
   *
   * <p>CloudFormation property {@code FileFormatConfiguration}.
   */
  public Datastore fileFormatConfiguration(Value<FileFormatConfiguration> value) {
    return set("FileFormatConfiguration", value);
  }

  /**
   * How long, in days, message data is kept for the data store. When <code>customerManagedS3</code>
   * storage is selected, this parameter is ignored.
   *
   * <p>CloudFormation property {@code RetentionPeriod}.
   */
  public Datastore retentionPeriod(Value<RetentionPeriod> value) {
    return set("RetentionPeriod", value);
  }

  /**
   * Metadata which can be used to manage the data store.
   *
   * <p>For more information, see <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-resource-tags.html">Tag</a>
   * .
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public Datastore tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public Datastore tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public Datastore tags(Tags tags) {
    return set("Tags", tags);
  }

  /** {@code Fn::GetAtt} attribute {@code Id}. */
  public Value<String> id() {
    return getAtt("Id");
  }

  /**
   * Contains information about a column that stores your data.
   *
   * <p>Property type {@code AWS::IoTAnalytics::Datastore.Column}.
   */
  public static final class Column extends Struct<Column> {
    private static final Schema SCHEMA = Schema.builder("AWS::IoTAnalytics::Datastore.Column")
        .required("Name", "Type")
        .build();

    public Column() {
      super(SCHEMA);
    }

    /**
     * The name of the column.
     *
     * <p>Required. CloudFormation property {@code Name}.
     */
    public Column name(String value) {
      return set("Name", Value.of(value));
    }

    /** Sets {@code Name} to this value; see {@link #name(String)}. */
    public Column name(Value<String> value) {
      return set("Name", value);
    }

    /**
     * The type of data. For more information about the supported data types, see <a
     * href="https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-common.html">Common data
     * types</a> in the <em>AWS Glue Developer Guide</em> .
     *
     * <p>Required. CloudFormation property {@code Type}.
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
   * S3-customer-managed; When you choose customer-managed storage, the <code>retentionPeriod</code>
   * parameter is ignored. You can't change the choice of Amazon S3 storage after your data store is
   * created.
   *
   * <p>Property type {@code AWS::IoTAnalytics::Datastore.CustomerManagedS3}.
   */
  public static final class CustomerManagedS3 extends Struct<CustomerManagedS3> {
    private static final Schema SCHEMA = Schema.builder("AWS::IoTAnalytics::Datastore.CustomerManagedS3")
        .required("Bucket", "RoleArn")
        .constrain("Bucket", Constraint.of().pattern("[a-zA-Z0-9.\\-_]*").minLength(3).maxLength(255))
        .constrain("KeyPrefix", Constraint.of().pattern("[a-zA-Z0-9!_.*'()/{}:-]*/").minLength(1).maxLength(255))
        .constrain("RoleArn", Constraint.of().minLength(20).maxLength(2048).format("AWS::IAM::Role.Arn"))
        .build();

    public CustomerManagedS3() {
      super(SCHEMA);
    }

    /**
     * The name of the Amazon S3 bucket where your data is stored.
     *
     * <p>Required. Length: 3 to 255 characters. Pattern: {@code [a-zA-Z0-9.&#92;-_]*}.
     * CloudFormation property {@code Bucket}.
     */
    public CustomerManagedS3 bucket(String value) {
      return set("Bucket", Value.of(value));
    }

    /** Sets {@code Bucket} to this value; see {@link #bucket(String)}. */
    public CustomerManagedS3 bucket(Value<String> value) {
      return set("Bucket", value);
    }

    /**
     * (Optional) The prefix used to create the keys of the data store data objects. Each object in
     * an Amazon S3 bucket has a key that is its unique identifier in the bucket. Each object in a
     * bucket has exactly one key. The prefix must end with a forward slash (/).
     *
     * <p>Length: 1 to 255 characters. Pattern: {@code [a-zA-Z0-9!_.*'()/{}:-]*&#47;}.
     * CloudFormation property {@code KeyPrefix}.
     */
    public CustomerManagedS3 keyPrefix(String value) {
      return set("KeyPrefix", Value.of(value));
    }

    /** Sets {@code KeyPrefix} to this value; see {@link #keyPrefix(String)}. */
    public CustomerManagedS3 keyPrefix(Value<String> value) {
      return set("KeyPrefix", value);
    }

    /**
     * The ARN of the role that grants ITA permission to interact with your Amazon S3 resources.
     *
     * <p>Required. Length: 20 to 2048 characters. Format: {@code AWS::IAM::Role.Arn}.
     * CloudFormation property {@code RoleArn}.
     */
    public CustomerManagedS3 roleArn(String value) {
      return set("RoleArn", Value.of(value));
    }

    /** Sets {@code RoleArn} to this value; see {@link #roleArn(String)}. */
    public CustomerManagedS3 roleArn(Value<String> value) {
      return set("RoleArn", value);
    }
  }

  /**
   * Amazon S3 -customer-managed; When you choose customer-managed storage, the
   * <code>retentionPeriod</code> parameter is ignored. You can't change the choice of Amazon S3
   * storage after your data store is created.
   *
   * <p>Property type {@code AWS::IoTAnalytics::Datastore.CustomerManagedS3Storage}.
   */
  public static final class CustomerManagedS3Storage extends Struct<CustomerManagedS3Storage> {
    private static final Schema SCHEMA = Schema.builder("AWS::IoTAnalytics::Datastore.CustomerManagedS3Storage")
        .required("Bucket")
        .constrain("Bucket", Constraint.of().pattern("[a-zA-Z0-9.\\-_]*").minLength(3).maxLength(255))
        .constrain("KeyPrefix", Constraint.of().pattern("[a-zA-Z0-9!_.*'()/{}:-]*/").minLength(1).maxLength(255))
        .build();

    public CustomerManagedS3Storage() {
      super(SCHEMA);
    }

    /**
     * The name of the Amazon S3 bucket where your data is stored.
     *
     * <p>Required. Length: 3 to 255 characters. Pattern: {@code [a-zA-Z0-9.&#92;-_]*}.
     * CloudFormation property {@code Bucket}.
     */
    public CustomerManagedS3Storage bucket(String value) {
      return set("Bucket", Value.of(value));
    }

    /** Sets {@code Bucket} to this value; see {@link #bucket(String)}. */
    public CustomerManagedS3Storage bucket(Value<String> value) {
      return set("Bucket", value);
    }

    /**
     * (Optional) The prefix used to create the keys of the data store data objects. Each object in
     * an Amazon S3 bucket has a key that is its unique identifier in the bucket. Each object in a
     * bucket has exactly one key. The prefix must end with a forward slash (/).
     *
     * <p>Length: 1 to 255 characters. Pattern: {@code [a-zA-Z0-9!_.*'()/{}:-]*&#47;}.
     * CloudFormation property {@code KeyPrefix}.
     */
    public CustomerManagedS3Storage keyPrefix(String value) {
      return set("KeyPrefix", Value.of(value));
    }

    /** Sets {@code KeyPrefix} to this value; see {@link #keyPrefix(String)}. */
    public CustomerManagedS3Storage keyPrefix(Value<String> value) {
      return set("KeyPrefix", value);
    }
  }

  /**
   * A single dimension to partition a data store. The dimension must be an
   * <code>AttributePartition</code> or a <code>TimestampPartition</code> .
   *
   * <p>Property type {@code AWS::IoTAnalytics::Datastore.DatastorePartition}.
   */
  public static final class DatastorePartition extends Struct<DatastorePartition> {
    private static final Schema SCHEMA = Schema.of("AWS::IoTAnalytics::Datastore.DatastorePartition");

    public DatastorePartition() {
      super(SCHEMA);
    }

    /**
     * A partition dimension defined by an attribute.
     *
     * <p>CloudFormation property {@code Partition}.
     */
    public DatastorePartition partition(Value<Partition> value) {
      return set("Partition", value);
    }

    /**
     * A partition dimension defined by a timestamp attribute.
     *
     * <p>CloudFormation property {@code TimestampPartition}.
     */
    public DatastorePartition timestampPartition(Value<TimestampPartition> value) {
      return set("TimestampPartition", value);
    }
  }

  /**
   * Information about the partition dimensions in a data store.
   *
   * <p>Property type {@code AWS::IoTAnalytics::Datastore.DatastorePartitions}.
   */
  public static final class DatastorePartitions extends Struct<DatastorePartitions> {
    private static final Schema SCHEMA = Schema.of("AWS::IoTAnalytics::Datastore.DatastorePartitions");

    public DatastorePartitions() {
      super(SCHEMA);
    }

    /**
     * A list of partition dimensions in a data store.
     *
     * <p>CloudFormation property {@code Partitions}.
     */
    public DatastorePartitions partitions(List<DatastorePartition> value) {
      return set("Partitions", Value.listOf(value));
    }

    /** Sets {@code Partitions} to this value; see {@link #partitions(List)}. */
    public DatastorePartitions partitions(Value<List<DatastorePartition>> value) {
      return set("Partitions", value);
    }

    /** Sets {@code Partitions} to a list of these; see {@link #partitions(List)}. */
    public DatastorePartitions partitions(DatastorePartition... values) {
      return set("Partitions", Value.list(values));
    }
  }

  /**
   * Where data store data is stored.
   *
   * <p>Property type {@code AWS::IoTAnalytics::Datastore.DatastoreStorage}.
   */
  public static final class DatastoreStorage extends Struct<DatastoreStorage> {
    private static final Schema SCHEMA = Schema.builder("AWS::IoTAnalytics::Datastore.DatastoreStorage")
        .constrain("ServiceManagedS3", Constraint.of().format("json"))
        .build();

    public DatastoreStorage() {
      super(SCHEMA);
    }

    /**
     * Use this to store data store data in an S3 bucket that you manage. The choice of
     * service-managed or customer-managed S3 storage cannot be changed after creation of the data
     * store.
     *
     * <p>CloudFormation property {@code CustomerManagedS3}.
     */
    public DatastoreStorage customerManagedS3(Value<CustomerManagedS3> value) {
      return set("CustomerManagedS3", value);
    }

    /**
     * Use this to store data used by AWS IoT SiteWise in an Amazon S3 bucket that you manage. You
     * can't change the choice of Amazon S3 storage after your data store is created.
     *
     * <p>CloudFormation property {@code IotSiteWiseMultiLayerStorage}.
     */
    public DatastoreStorage iotSiteWiseMultiLayerStorage(Value<IotSiteWiseMultiLayerStorage> value) {
      return set("IotSiteWiseMultiLayerStorage", value);
    }

    /**
     * Use this to store data store data in an S3 bucket managed by the service. The choice of
     * service-managed or customer-managed S3 storage cannot be changed after creation of the data
     * store.
     *
     * <p>Format: {@code json}. CloudFormation property {@code ServiceManagedS3}.
     */
    public DatastoreStorage serviceManagedS3(Value<Json> value) {
      return set("ServiceManagedS3", value);
    }
  }

  /**
   * Contains the configuration information of file formats. ITA data stores support JSON and <a
   * href="https://docs.aws.amazon.com/https://parquet.apache.org/">Parquet</a> .
   *
   * <p>The default file format is JSON. You can specify only one format.
   *
   * <p>You can't change the file format after you create the data store.
   *
   * <p>Property type {@code AWS::IoTAnalytics::Datastore.FileFormatConfiguration}.
   */
  public static final class FileFormatConfiguration extends Struct<FileFormatConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::IoTAnalytics::Datastore.FileFormatConfiguration")
        .constrain("JsonConfiguration", Constraint.of().format("json"))
        .build();

    public FileFormatConfiguration() {
      super(SCHEMA);
    }

    /**
     * Contains the configuration information of the JSON format.
     *
     * <p>Format: {@code json}. CloudFormation property {@code JsonConfiguration}.
     */
    public FileFormatConfiguration jsonConfiguration(Value<Json> value) {
      return set("JsonConfiguration", value);
    }

    /**
     * Contains the configuration information of the Parquet format.
     *
     * <p>CloudFormation property {@code ParquetConfiguration}.
     */
    public FileFormatConfiguration parquetConfiguration(Value<ParquetConfiguration> value) {
      return set("ParquetConfiguration", value);
    }
  }

  /**
   * Stores data used by AWS IoT SiteWise in an Amazon S3 bucket that you manage. You can't change
   * the choice of Amazon S3 storage after your data store is created.
   *
   * <p>Property type {@code AWS::IoTAnalytics::Datastore.IotSiteWiseMultiLayerStorage}.
   */
  public static final class IotSiteWiseMultiLayerStorage extends Struct<IotSiteWiseMultiLayerStorage> {
    private static final Schema SCHEMA = Schema.of("AWS::IoTAnalytics::Datastore.IotSiteWiseMultiLayerStorage");

    public IotSiteWiseMultiLayerStorage() {
      super(SCHEMA);
    }

    /**
     * Stores data used by AWS IoT SiteWise in an Amazon S3 bucket that you manage.
     *
     * <p>CloudFormation property {@code CustomerManagedS3Storage}.
     */
    public IotSiteWiseMultiLayerStorage customerManagedS3Storage(Value<CustomerManagedS3Storage> value) {
      return set("CustomerManagedS3Storage", value);
    }
  }

  /**
   * Contains the configuration information of the Parquet format.
   *
   * <p>Property type {@code AWS::IoTAnalytics::Datastore.ParquetConfiguration}.
   */
  public static final class ParquetConfiguration extends Struct<ParquetConfiguration> {
    private static final Schema SCHEMA = Schema.of("AWS::IoTAnalytics::Datastore.ParquetConfiguration");

    public ParquetConfiguration() {
      super(SCHEMA);
    }

    /**
     * Information needed to define a schema.
     *
     * <p>CloudFormation property {@code SchemaDefinition}.
     */
    public ParquetConfiguration schemaDefinition(Value<SchemaDefinition> value) {
      return set("SchemaDefinition", value);
    }
  }

  /**
   * A single dimension to partition a data store. The dimension must be an
   * <code>AttributePartition</code> or a <code>TimestampPartition</code> .
   *
   * <p>Property type {@code AWS::IoTAnalytics::Datastore.Partition}.
   */
  public static final class Partition extends Struct<Partition> {
    private static final Schema SCHEMA = Schema.builder("AWS::IoTAnalytics::Datastore.Partition")
        .required("AttributeName")
        .constrain("AttributeName", Constraint.of().pattern("[a-zA-Z0-9_]+"))
        .build();

    public Partition() {
      super(SCHEMA);
    }

    /**
     * The name of the attribute that defines a partition dimension.
     *
     * <p>Required. Pattern: {@code [a-zA-Z0-9_]+}. CloudFormation property {@code AttributeName}.
     */
    public Partition attributeName(String value) {
      return set("AttributeName", Value.of(value));
    }

    /** Sets {@code AttributeName} to this value; see {@link #attributeName(String)}. */
    public Partition attributeName(Value<String> value) {
      return set("AttributeName", value);
    }
  }

  /**
   * How long, in days, message data is kept.
   *
   * <p>Property type {@code AWS::IoTAnalytics::Datastore.RetentionPeriod}.
   */
  public static final class RetentionPeriod extends Struct<RetentionPeriod> {
    private static final Schema SCHEMA = Schema.builder("AWS::IoTAnalytics::Datastore.RetentionPeriod")
        .constrain("NumberOfDays", Constraint.of().minimum(1).maximum(2147483647))
        .build();

    public RetentionPeriod() {
      super(SCHEMA);
    }

    /**
     * The number of days that message data is kept. The <code>unlimited</code> parameter must be
     * false.
     *
     * <p>Range: 1 to 2147483647. CloudFormation property {@code NumberOfDays}.
     */
    public RetentionPeriod numberOfDays(int value) {
      return set("NumberOfDays", Value.of(value));
    }

    /** Sets {@code NumberOfDays} to this value; see {@link #numberOfDays(int)}. */
    public RetentionPeriod numberOfDays(Value<Integer> value) {
      return set("NumberOfDays", value);
    }

    /**
     * If true, message data is kept indefinitely.
     *
     * <p>CloudFormation property {@code Unlimited}.
     */
    public RetentionPeriod unlimited(boolean value) {
      return set("Unlimited", Value.of(value));
    }

    /** Sets {@code Unlimited} to this value; see {@link #unlimited(boolean)}. */
    public RetentionPeriod unlimited(Value<Boolean> value) {
      return set("Unlimited", value);
    }
  }

  /**
   * Information needed to define a schema.
   *
   * <p>Property type {@code AWS::IoTAnalytics::Datastore.SchemaDefinition}.
   */
  public static final class SchemaDefinition extends Struct<SchemaDefinition> {
    private static final Schema SCHEMA = Schema.of("AWS::IoTAnalytics::Datastore.SchemaDefinition");

    public SchemaDefinition() {
      super(SCHEMA);
    }

    /**
     * Specifies one or more columns that store your data.
     *
     * <p>Each schema can have up to 100 columns. Each column can have up to 100 nested types.
     *
     * <p>CloudFormation property {@code Columns}.
     */
    public SchemaDefinition columns(List<Column> value) {
      return set("Columns", Value.listOf(value));
    }

    /** Sets {@code Columns} to this value; see {@link #columns(List)}. */
    public SchemaDefinition columns(Value<List<Column>> value) {
      return set("Columns", value);
    }

    /** Sets {@code Columns} to a list of these; see {@link #columns(List)}. */
    public SchemaDefinition columns(Column... values) {
      return set("Columns", Value.list(values));
    }
  }

  /**
   * A partition dimension defined by a timestamp attribute.
   *
   * <p>Property type {@code AWS::IoTAnalytics::Datastore.TimestampPartition}.
   */
  public static final class TimestampPartition extends Struct<TimestampPartition> {
    private static final Schema SCHEMA = Schema.builder("AWS::IoTAnalytics::Datastore.TimestampPartition")
        .required("AttributeName")
        .constrain("AttributeName", Constraint.of().pattern("[a-zA-Z0-9_]+"))
        .constrain("TimestampFormat", Constraint.of().pattern("[a-zA-Z0-9\\s\\[\\]_,.'/:-]*"))
        .build();

    public TimestampPartition() {
      super(SCHEMA);
    }

    /**
     * The attribute name of the partition defined by a timestamp.
     *
     * <p>Required. Pattern: {@code [a-zA-Z0-9_]+}. CloudFormation property {@code AttributeName}.
     */
    public TimestampPartition attributeName(String value) {
      return set("AttributeName", Value.of(value));
    }

    /** Sets {@code AttributeName} to this value; see {@link #attributeName(String)}. */
    public TimestampPartition attributeName(Value<String> value) {
      return set("AttributeName", value);
    }

    /**
     * The timestamp format of a partition defined by a timestamp. The default format is seconds
     * since epoch (January 1, 1970 at midnight UTC time).
     *
     * <p>Pattern: {@code [a-zA-Z0-9&#92;s&#92;[&#92;]_,.'/:-]*}. CloudFormation property {@code
     * TimestampFormat}.
     */
    public TimestampPartition timestampFormat(String value) {
      return set("TimestampFormat", Value.of(value));
    }

    /** Sets {@code TimestampFormat} to this value; see {@link #timestampFormat(String)}. */
    public TimestampPartition timestampFormat(Value<String> value) {
      return set("TimestampFormat", value);
    }
  }
}
