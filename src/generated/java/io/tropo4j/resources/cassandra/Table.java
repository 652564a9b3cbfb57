// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.cassandra;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * You can use the <code>AWS::Cassandra::Table</code> resource to create a new table in Amazon
 * Keyspaces (for Apache Cassandra). For more information, see <a
 * href="https://docs.aws.amazon.com/keyspaces/latest/devguide/getting-started.tables.html">Create a
 * table</a> in the <em>Amazon Keyspaces Developer Guide</em> .
 *
 * <p>CloudFormation type {@code AWS::Cassandra::Table}.
 */
public final class Table extends Resource<Table> {
  private static final Schema SCHEMA = Schema.builder("AWS::Cassandra::Table")
      .required("KeyspaceName", "PartitionKeyColumns")
      .constrain("DefaultTimeToLive", Constraint.of().minimum(0))
      .constrain("KeyspaceName", Constraint.of().pattern("^[a-zA-Z0-9][a-zA-Z0-9_]{1,47}$"))
      .constrain("TableName", Constraint.of().pattern("^[a-zA-Z0-9][a-zA-Z0-9_]{1,47}$"))
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public Table(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The optional auto scaling capacity settings for a table in provisioned capacity mode.
   *
   * <p>CloudFormation property {@code AutoScalingSpecifications}.
   */
  public Table autoScalingSpecifications(Value<AutoScalingSpecification> value) {
    return set("AutoScalingSpecifications", value);
  }

  /**
   * The billing mode for the table, which determines how you'll be charged for reads and writes:
   *
   * <ul> <li><em>On-demand mode</em> (default) - You pay based on the actual reads and writes your
   * application performs. <li><em>Provisioned mode</em> - Lets you specify the number of reads and
   * writes per second that you need for your application. </ul>
   *
   * <p>If you don't specify a value for this property, then the table will use on-demand mode.
   *
   * <p>CloudFormation property {@code BillingMode}.
   */
  public Table billingMode(Value<BillingMode> value) {
    return set("BillingMode", value);
  }

  /**
   * The settings for the CDC stream of a table. For more information about CDC streams, see <a
   * href="https://docs.aws.amazon.com/keyspaces/latest/devguide/cdc.html">Working with change data
   * capture (CDC) streams in Amazon Keyspaces</a> in the <em>Amazon Keyspaces Developer Guide</em>
   * .
   *
   * <p>CloudFormation property {@code CdcSpecification}.
   */
  public Table cdcSpecification(Value<CdcSpecification> value) {
    return set("CdcSpecification", value);
  }

  /**
   * Enables client-side timestamps for the table. By default, the setting is disabled. You can
   * enable client-side timestamps with the following option:
   *
   * <ul> <li><code>status: "enabled"</code> </ul>
   *
   * <p>After client-side timestamps are enabled for a table, you can't disable this setting.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code
   * ClientSideTimestampsEnabled}.
   */
  public Table clientSideTimestampsEnabled(boolean value) {
    return set("ClientSideTimestampsEnabled", Value.of(value));
  }

  /**
   * Sets {@code ClientSideTimestampsEnabled} to this value; see {@link
   * #clientSideTimestampsEnabled(boolean)}.
   */
  public Table clientSideTimestampsEnabled(Value<Boolean> value) {
    return set("ClientSideTimestampsEnabled", value);
  }

  /**
   * One or more columns that determine how the table data is sorted.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code ClusteringKeyColumns}.
   */
  public Table clusteringKeyColumns(List<ClusteringKeyColumn> value) {
    return set("ClusteringKeyColumns", Value.listOf(value));
  }

  /** Sets {@code ClusteringKeyColumns} to this value; see {@link #clusteringKeyColumns(List)}. */
  public Table clusteringKeyColumns(Value<List<ClusteringKeyColumn>> value) {
    return set("ClusteringKeyColumns", value);
  }

  /**
   * Sets {@code ClusteringKeyColumns} to a list of these; see {@link #clusteringKeyColumns(List)}.
   */
  public Table clusteringKeyColumns(ClusteringKeyColumn... values) {
    return set("ClusteringKeyColumns", Value.list(values));
  }

  /**
   * The default Time To Live (TTL) value for all rows in a table in seconds. The maximum
   * configurable value is 630,720,000 seconds, which is the equivalent of 20 years. By default, the
   * TTL value for a table is 0, which means data does not expire.
   *
   * <p>For more information, see <a
   * href="https://docs.aws.amazon.com/keyspaces/latest/devguide/TTL-how-it-works.html#ttl-howitworks_default_ttl">Setting
   * the default TTL value for a table</a> in the <em>Amazon Keyspaces Developer Guide</em> .
   *
   * <p>Range: at least 0. CloudFormation property {@code DefaultTimeToLive}.
   */
  public Table defaultTimeToLive(int value) {
    return set("DefaultTimeToLive", Value.of(value));
  }

  /** Sets {@code DefaultTimeToLive} to this value; see {@link #defaultTimeToLive(int)}. */
  public Table defaultTimeToLive(Value<Integer> value) {
    return set("DefaultTimeToLive", value);
  }

  /**
   * The encryption at rest options for the table.
   *
   * <ul> <li><em>AWS owned key</em> (default) - The key is owned by Amazon Keyspaces .
   * <li><em>Customer managed key</em> - The key is stored in your account and is created, owned,
   * and managed by you. </ul>
   *
   * <p>If you choose encryption with a customer managed key, you must specify a valid customer
   * managed KMS key with permissions granted to Amazon Keyspaces.
   *
   * <p>For more information, see <a
   * href="https://docs.aws.amazon.com/keyspaces/latest/devguide/EncryptionAtRest.html">Encryption
   * at rest in Amazon Keyspaces</a> in the <em>Amazon Keyspaces Developer Guide</em> .
   *
   * <p>CloudFormation property {@code EncryptionSpecification}.
   */
  public Table encryptionSpecification(Value<EncryptionSpecification> value) {
    return set("EncryptionSpecification", value);
  }

  /**
   * The name of the keyspace to create the table in. The keyspace must already exist.
   *
   * <p>Required. Changing it replaces the resource. Pattern: {@code
   * ^[a-zA-Z0-9][a-zA-Z0-9_]{1,47}$}. CloudFormation property {@code KeyspaceName}.
   */
  public Table keyspaceName(String value) {
    return set("KeyspaceName", Value.of(value));
  }

  /** Sets {@code KeyspaceName} to this value; see {@link #keyspaceName(String)}. */
  public Table keyspaceName(Value<String> value) {
    return set("KeyspaceName", value);
  }

  /**
   * One or more columns that uniquely identify every row in the table. Every table must have a
   * partition key.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code
   * PartitionKeyColumns}.
   */
  public Table partitionKeyColumns(List<Column> value) {
    return set("PartitionKeyColumns", Value.listOf(value));
  }

  /** Sets {@code PartitionKeyColumns} to this value; see {@link #partitionKeyColumns(List)}. */
  public Table partitionKeyColumns(Value<List<Column>> value) {
    return set("PartitionKeyColumns", value);
  }

  /**
   * Sets {@code PartitionKeyColumns} to a list of these; see {@link #partitionKeyColumns(List)}.
   */
  public Table partitionKeyColumns(Column... values) {
    return set("PartitionKeyColumns", Value.list(values));
  }

  /**
   * Specifies if point-in-time recovery is enabled or disabled for the table. The options are
   * <code>PointInTimeRecoveryEnabled=true</code> and <code>PointInTimeRecoveryEnabled=false</code>
   * . If not specified, the default is <code>PointInTimeRecoveryEnabled=false</code> .
   *
   * <p>CloudFormation property {@code PointInTimeRecoveryEnabled}.
   */
  public Table pointInTimeRecoveryEnabled(boolean value) {
    return set("PointInTimeRecoveryEnabled", Value.of(value));
  }

  /**
   * Sets {@code PointInTimeRecoveryEnabled} to this value; see {@link
   * #pointInTimeRecoveryEnabled(boolean)}.
   */
  public Table pointInTimeRecoveryEnabled(Value<Boolean> value) {
    return set("PointInTimeRecoveryEnabled", value);
  }

  /**
   * One or more columns that are not part of the primary key - that is, columns that are
   * <em>not</em> defined as partition key columns or clustering key columns.
   *
   * <p>You can add regular columns to existing tables by adding them to the template.
   *
   * <p>CloudFormation property {@code RegularColumns}.
   */
  public Table regularColumns(List<Column> value) {
    return set("RegularColumns", Value.listOf(value));
  }

  /** Sets {@code RegularColumns} to this value; see {@link #regularColumns(List)}. */
  public Table regularColumns(Value<List<Column>> value) {
    return set("RegularColumns", value);
  }

  /** Sets {@code RegularColumns} to a list of these; see {@link #regularColumns(List)}. */
  public Table regularColumns(Column... values) {
    return set("RegularColumns", Value.list(values));
  }

  /**
   * The AWS Region specific settings of a multi-Region table.
   *
   * <p>For a multi-Region table, you can configure the table's read capacity differently per AWS
   * Region. You can do this by configuring the following parameters.
   *
   * <ul> <li><code>region</code> : The Region where these settings are applied. (Required)
   * <li><code>readCapacityUnits</code> : The provisioned read capacity units. (Optional)
   * <li><code>readCapacityAutoScaling</code> : The read capacity auto scaling settings for the
   * table. (Optional) </ul>
   *
   * <p>CloudFormation property {@code ReplicaSpecifications}.
   */
  public Table replicaSpecifications(List<ReplicaSpecification> value) {
    return set("ReplicaSpecifications", Value.listOf(value));
  }

  /** Sets {@code ReplicaSpecifications} to this value; see {@link #replicaSpecifications(List)}. */
  public Table replicaSpecifications(Value<List<ReplicaSpecification>> value) {
    return set("ReplicaSpecifications", value);
  }

  /**
   * Sets {@code ReplicaSpecifications} to a list of these; see {@link
   * #replicaSpecifications(List)}.
   */
  public Table replicaSpecifications(ReplicaSpecification... values) {
    return set("ReplicaSpecifications", Value.list(values));
  }

  /**
   * The name of the table to be created. The table name is case sensitive. If you don't specify a
   * name, AWS CloudFormation generates a unique ID and uses that ID for the table name. For more
   * information, see <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-name.html">Name
   * type</a> .
   *
   * <p>If you specify a name, you can't perform updates that require replacing this resource. You
   * can perform updates that require no interruption or some interruption. If you must replace the
   * resource, specify a new name.
   *
   * <p><em>Length constraints:</em> Minimum length of 3. Maximum length of 255.
   *
   * <p><em>Pattern:</em> <code>^[a-zA-Z0-9][a-zA-Z0-9_]{1,47}$</code>
   *
   * <p>Changing it replaces the resource. Pattern: {@code ^[a-zA-Z0-9][a-zA-Z0-9_]{1,47}$}.
   * CloudFormation property {@code TableName}.
   */
  public Table tableName(String value) {
    return set("TableName", Value.of(value));
  }

  /** Sets {@code TableName} to this value; see {@link #tableName(String)}. */
  public Table tableName(Value<String> value) {
    return set("TableName", value);
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
   * Warm throughput configuration for the table
   *
   * <p>CloudFormation property {@code WarmThroughput}.
   */
  public Table warmThroughput(Value<WarmThroughput> value) {
    return set("WarmThroughput", value);
  }

  /**
   * The optional auto scaling settings for a table with provisioned throughput capacity.
   *
   * <p>To turn on auto scaling for a table in <code>throughputMode:PROVISIONED</code> , you must
   * specify the following parameters.
   *
   * <p>Configure the minimum and maximum capacity units. The auto scaling policy ensures that
   * capacity never goes below the minimum or above the maximum range.
   *
   * <ul> <li><code>minimumUnits</code> : The minimum level of throughput the table should always be
   * ready to support. The value must be between 1 and the max throughput per second quota for your
   * account (40,000 by default). <li><code>maximumUnits</code> : The maximum level of throughput
   * the table should always be ready to support. The value must be between 1 and the max throughput
   * per second quota for your account (40,000 by default). <li><code>scalingPolicy</code> : Amazon
   * Keyspaces supports the <code>target tracking</code> scaling policy. The auto scaling target is
   * a percentage of the provisioned capacity of the table. </ul>
   *
   * <p>For more information, see <a
   * href="https://docs.aws.amazon.com/keyspaces/latest/devguide/autoscaling.html">Managing
   * throughput capacity automatically with Amazon Keyspaces auto scaling</a> in the <em>Amazon
   * Keyspaces Developer Guide</em> .
   *
   * <p>Property type {@code AWS::Cassandra::Table.AutoScalingSetting}.
   */
  public static final class AutoScalingSetting extends Struct<AutoScalingSetting> {
    private static final Schema SCHEMA = Schema.builder("AWS::Cassandra::Table.AutoScalingSetting")
        .constrain("MaximumUnits", Constraint.of().minimum(1))
        .constrain("MinimumUnits", Constraint.of().minimum(1))
        .build();

    public AutoScalingSetting() {
      super(SCHEMA);
    }

    /**
     * This optional parameter enables auto scaling for the table if set to <code>false</code> .
     *
     * <p>Default: {@code false}. CloudFormation property {@code AutoScalingDisabled}.
     */
    public AutoScalingSetting autoScalingDisabled(boolean value) {
      return set("AutoScalingDisabled", Value.of(value));
    }

    /**
     * Sets {@code AutoScalingDisabled} to this value; see {@link #autoScalingDisabled(boolean)}.
     */
    public AutoScalingSetting autoScalingDisabled(Value<Boolean> value) {
      return set("AutoScalingDisabled", value);
    }

    /**
     * Manage costs by specifying the maximum amount of throughput to provision. The value must be
     * between 1 and the max throughput per second quota for your account (40,000 by default).
     *
     * <p>Range: at least 1. CloudFormation property {@code MaximumUnits}.
     */
    public AutoScalingSetting maximumUnits(int value) {
      return set("MaximumUnits", Value.of(value));
    }

    /** Sets {@code MaximumUnits} to this value; see {@link #maximumUnits(int)}. */
    public AutoScalingSetting maximumUnits(Value<Integer> value) {
      return set("MaximumUnits", value);
    }

    /**
     * The minimum level of throughput the table should always be ready to support. The value must
     * be between 1 and the max throughput per second quota for your account (40,000 by default).
     *
     * <p>Range: at least 1. CloudFormation property {@code MinimumUnits}.
     */
    public AutoScalingSetting minimumUnits(int value) {
      return set("MinimumUnits", Value.of(value));
    }

    /** Sets {@code MinimumUnits} to this value; see {@link #minimumUnits(int)}. */
    public AutoScalingSetting minimumUnits(Value<Integer> value) {
      return set("MinimumUnits", value);
    }

    /**
     * Amazon Keyspaces supports the <code>target tracking</code> auto scaling policy. With this
     * policy, Amazon Keyspaces auto scaling ensures that the table's ratio of consumed to
     * provisioned capacity stays at or near the target value that you specify. You define the
     * target value as a percentage between 20 and 90.
     *
     * <p>CloudFormation property {@code ScalingPolicy}.
     */
    public AutoScalingSetting scalingPolicy(Value<ScalingPolicy> value) {
      return set("ScalingPolicy", value);
    }
  }

  /**
   * The optional auto scaling capacity settings for a table in provisioned capacity mode.
   *
   * <p>Property type {@code AWS::Cassandra::Table.AutoScalingSpecification}.
   */
  public static final class AutoScalingSpecification extends Struct<AutoScalingSpecification> {
    private static final Schema SCHEMA = Schema.of("AWS::Cassandra::Table.AutoScalingSpecification");

    public AutoScalingSpecification() {
      super(SCHEMA);
    }

    /**
     * The auto scaling settings for the table's read capacity.
     *
     * <p>CloudFormation property {@code ReadCapacityAutoScaling}.
     */
    public AutoScalingSpecification readCapacityAutoScaling(Value<AutoScalingSetting> value) {
      return set("ReadCapacityAutoScaling", value);
    }

    /**
     * The auto scaling settings for the table's write capacity.
     *
     * <p>CloudFormation property {@code WriteCapacityAutoScaling}.
     */
    public AutoScalingSpecification writeCapacityAutoScaling(Value<AutoScalingSetting> value) {
      return set("WriteCapacityAutoScaling", value);
    }
  }

  /**
   * Determines the billing mode for the table - on-demand or provisioned.
   *
   * <p>Property type {@code AWS::Cassandra::Table.BillingMode}.
   */
  public static final class BillingMode extends Struct<BillingMode> {
    private static final Schema SCHEMA = Schema.builder("AWS::Cassandra::Table.BillingMode")
        .required("Mode")
        .allowed("Mode", "PROVISIONED", "ON_DEMAND")
        .build();

    public BillingMode() {
      super(SCHEMA);
    }

    /**
     * The billing mode for the table:
     *
     * <ul> <li>On-demand mode - <code>ON_DEMAND</code> <li>Provisioned mode -
     * <code>PROVISIONED</code> </ul>
     *
     * <p>If you choose <code>PROVISIONED</code> mode, then you also need to specify provisioned
     * throughput (read and write capacity) for the table.
     *
     * <p>Valid values: <code>ON_DEMAND</code> | <code>PROVISIONED</code>
     *
     * <p>Required. Allowed values: {@code PROVISIONED}, {@code ON_DEMAND}. Default: {@code
     * "ON_DEMAND"}. CloudFormation property {@code Mode}.
     */
    public BillingMode mode(String value) {
      return set("Mode", Value.of(value));
    }

    /** Sets {@code Mode} to this value; see {@link #mode(String)}. */
    public BillingMode mode(Value<String> value) {
      return set("Mode", value);
    }

    /**
     * The provisioned read capacity and write capacity for the table. For more information, see <a
     * href="https://docs.aws.amazon.com/keyspaces/latest/devguide/ReadWriteCapacityMode.html#ReadWriteCapacityMode.Provisioned">Provisioned
     * throughput capacity mode</a> in the <em>Amazon Keyspaces Developer Guide</em> .
     *
     * <p>CloudFormation property {@code ProvisionedThroughput}.
     */
    public BillingMode provisionedThroughput(Value<ProvisionedThroughput> value) {
      return set("ProvisionedThroughput", value);
    }
  }

  /**
   * The settings for the CDC stream of a table. For more information about CDC streams, see <a
   * href="https://docs.aws.amazon.com/keyspaces/latest/devguide/cdc.html">Working with change data
   * capture (CDC) streams in Amazon Keyspaces</a> in the <em>Amazon Keyspaces Developer Guide</em>
   * .
   *
   * <p>Property type {@code AWS::Cassandra::Table.CdcSpecification}.
   */
  public static final class CdcSpecification extends Struct<CdcSpecification> {
    private static final Schema SCHEMA = Schema.builder("AWS::Cassandra::Table.CdcSpecification")
        .required("Status")
        .allowed("Status", "ENABLED", "DISABLED")
        .allowed("ViewType", "NEW_IMAGE", "OLD_IMAGE", "KEYS_ONLY", "NEW_AND_OLD_IMAGES")
        .build();

    public CdcSpecification() {
      super(SCHEMA);
    }

    /**
     * The status of the CDC stream. You can enable or disable a stream for a table.
     *
     * <p>Required. Allowed values: {@code ENABLED}, {@code DISABLED}. CloudFormation property
     * {@code Status}.
     */
    public CdcSpecification status(String value) {
      return set("Status", Value.of(value));
    }

    /** Sets {@code Status} to this value; see {@link #status(String)}. */
    public CdcSpecification status(Value<String> value) {
      return set("Status", value);
    }

    /**
     * The tags (key-value pairs) that you want to apply to the stream.
     *
     * <p>CloudFormation property {@code Tags}.
     */
    public CdcSpecification tags(List<Tag> value) {
      return set("Tags", Value.listOf(value));
    }

    /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
    public CdcSpecification tags(Value<List<Tag>> value) {
      return set("Tags", value);
    }

    /**
     * The view type specifies the changes Amazon Keyspaces records for each changed row in the
     * stream. After you create the stream, you can't make changes to this selection.
     *
     * <p>The options are:
     *
     * <ul> <li><code>NEW_AND_OLD_IMAGES</code> - both versions of the row, before and after the
     * change. This is the default. <li><code>NEW_IMAGE</code> - the version of the row after the
     * change. <li><code>OLD_IMAGE</code> - the version of the row before the change.
     * <li><code>KEYS_ONLY</code> - the partition and clustering keys of the row that was changed.
     * </ul>
     *
     * <p>Allowed values: {@code NEW_IMAGE}, {@code OLD_IMAGE}, {@code KEYS_ONLY}, {@code
     * NEW_AND_OLD_IMAGES}. Default: {@code "NEW_AND_OLD_IMAGES"}. CloudFormation property {@code
     * ViewType}.
     */
    public CdcSpecification viewType(String value) {
      return set("ViewType", Value.of(value));
    }

    /** Sets {@code ViewType} to this value; see {@link #viewType(String)}. */
    public CdcSpecification viewType(Value<String> value) {
      return set("ViewType", value);
    }
  }

  /**
   * Defines an individual column within the clustering key.
   *
   * <p>Property type {@code AWS::Cassandra::Table.ClusteringKeyColumn}.
   */
  public static final class ClusteringKeyColumn extends Struct<ClusteringKeyColumn> {
    private static final Schema SCHEMA = Schema.builder("AWS::Cassandra::Table.ClusteringKeyColumn")
        .required("Column")
        .allowed("OrderBy", "ASC", "DESC")
        .build();

    public ClusteringKeyColumn() {
      super(SCHEMA);
    }

    /**
     * The name and data type of this clustering key column.
     *
     * <p>Required. Changing it replaces the resource. CloudFormation property {@code Column}.
     */
    public ClusteringKeyColumn column(Value<Column> value) {
      return set("Column", value);
    }

    /**
     * The order in which this column's data is stored:
     *
     * <ul> <li><code>ASC</code> (default) - The column's data is stored in ascending order.
     * <li><code>DESC</code> - The column's data is stored in descending order. </ul>
     *
     * <p>Changing it replaces the resource. Allowed values: {@code ASC}, {@code DESC}. Default:
     * {@code "ASC"}. CloudFormation property {@code OrderBy}.
     */
    public ClusteringKeyColumn orderBy(String value) {
      return set("OrderBy", Value.of(value));
    }

    /** Sets {@code OrderBy} to this value; see {@link #orderBy(String)}. */
    public ClusteringKeyColumn orderBy(Value<String> value) {
      return set("OrderBy", value);
    }
  }

  /**
   * The name and data type of an individual column in a table. In addition to the data type, you
   * can also use the following two keywords:
   *
   * <ul> <li><code>STATIC</code> if the table has a clustering column. Static columns store values
   * that are shared by all rows in the same partition. <li><code>FROZEN</code> for collection data
   * types. In frozen collections the values of the collection are serialized into a single
   * immutable value, and Amazon Keyspaces treats them like a <code>BLOB</code> . </ul>
   *
   * <p>Property type {@code AWS::Cassandra::Table.Column}.
   */
  public static final class Column extends Struct<Column> {
    private static final Schema SCHEMA = Schema.builder("AWS::Cassandra::Table.Column")
        .required("ColumnName", "ColumnType")
        .constrain("ColumnName", Constraint.of().pattern("^[a-zA-Z0-9][a-zA-Z0-9_]{1,47}$"))
        .build();

    public Column() {
      super(SCHEMA);
    }

    /**
     * The name of the column. For more information, see <a
     * href="https://docs.aws.amazon.com/keyspaces/latest/devguide/cql.elements.html#cql.elements.identifier">Identifiers</a>
     * in the <em>Amazon Keyspaces Developer Guide</em> .
     *
     * <p>Required. Changing it may replace the resource. Pattern: {@code
     * ^[a-zA-Z0-9][a-zA-Z0-9_]{1,47}$}. CloudFormation property {@code ColumnName}.
     */
    public Column columnName(String value) {
      return set("ColumnName", Value.of(value));
    }

    /** Sets {@code ColumnName} to this value; see {@link #columnName(String)}. */
    public Column columnName(Value<String> value) {
      return set("ColumnName", value);
    }

    /**
     * The data type of the column. For more information, see <a
     * href="https://docs.aws.amazon.com/keyspaces/latest/devguide/cql.elements.html#cql.data-types">Data
     * types</a> in the <em>Amazon Keyspaces Developer Guide</em> .
     *
     * <p>Required. Changing it may replace the resource. CloudFormation property {@code
     * ColumnType}.
     */
    public Column columnType(String value) {
      return set("ColumnType", Value.of(value));
    }

    /** Sets {@code ColumnType} to this value; see {@link #columnType(String)}. */
    public Column columnType(Value<String> value) {
      return set("ColumnType", value);
    }
  }

  /**
   * Specifies the encryption at rest option selected for the table.
   *
   * <p>Property type {@code AWS::Cassandra::Table.EncryptionSpecification}.
   */
  public static final class EncryptionSpecification extends Struct<EncryptionSpecification> {
    private static final Schema SCHEMA = Schema.builder("AWS::Cassandra::Table.EncryptionSpecification")
        .required("EncryptionType")
        .allowed("EncryptionType", "AWS_OWNED_KMS_KEY", "CUSTOMER_MANAGED_KMS_KEY")
        .build();

    public EncryptionSpecification() {
      super(SCHEMA);
    }

    /**
     * The encryption at rest options for the table.
     *
     * <ul> <li><em>AWS owned key</em> (default) - <code>AWS_OWNED_KMS_KEY</code> <li><em>Customer
     * managed key</em> - <code>CUSTOMER_MANAGED_KMS_KEY</code> </ul>
     *
     * <p>If you choose <code>CUSTOMER_MANAGED_KMS_KEY</code> , a <code>kms_key_identifier</code> in
     * the format of a key ARN is required.
     *
     * <p>Valid values: <code>CUSTOMER_MANAGED_KMS_KEY</code> | <code>AWS_OWNED_KMS_KEY</code> .
     *
     * <p>Required. Allowed values: {@code AWS_OWNED_KMS_KEY}, {@code CUSTOMER_MANAGED_KMS_KEY}.
     * Default: {@code "AWS_OWNED_KMS_KEY"}. CloudFormation property {@code EncryptionType}.
     */
    public EncryptionSpecification encryptionType(String value) {
      return set("EncryptionType", Value.of(value));
    }

    /** Sets {@code EncryptionType} to this value; see {@link #encryptionType(String)}. */
    public EncryptionSpecification encryptionType(Value<String> value) {
      return set("EncryptionType", value);
    }

    /**
     * Requires a <code>kms_key_identifier</code> in the format of a key ARN.
     *
     * <p>CloudFormation property {@code KmsKeyIdentifier}.
     */
    public EncryptionSpecification kmsKeyIdentifier(String value) {
      return set("KmsKeyIdentifier", Value.of(value));
    }

    /** Sets {@code KmsKeyIdentifier} to this value; see {@link #kmsKeyIdentifier(String)}. */
    public EncryptionSpecification kmsKeyIdentifier(Value<String> value) {
      return set("KmsKeyIdentifier", value);
    }
  }

  /**
   * The provisioned throughput for the table, which consists of <code>ReadCapacityUnits</code> and
   * <code>WriteCapacityUnits</code> .
   *
   * <p>Property type {@code AWS::Cassandra::Table.ProvisionedThroughput}.
   */
  public static final class ProvisionedThroughput extends Struct<ProvisionedThroughput> {
    private static final Schema SCHEMA = Schema.builder("AWS::Cassandra::Table.ProvisionedThroughput")
        .required("ReadCapacityUnits", "WriteCapacityUnits")
        .constrain("ReadCapacityUnits", Constraint.of().minimum(1))
        .constrain("WriteCapacityUnits", Constraint.of().minimum(1))
        .build();

    public ProvisionedThroughput() {
      super(SCHEMA);
    }

    /**
     * The amount of read capacity that's provisioned for the table. For more information, see <a
     * href="https://docs.aws.amazon.com/keyspaces/latest/devguide/ReadWriteCapacityMode.html">Read/write
     * capacity mode</a> in the <em>Amazon Keyspaces Developer Guide</em> .
     *
     * <p>Required. Range: at least 1. CloudFormation property {@code ReadCapacityUnits}.
     */
    public ProvisionedThroughput readCapacityUnits(int value) {
      return set("ReadCapacityUnits", Value.of(value));
    }

    /** Sets {@code ReadCapacityUnits} to this value; see {@link #readCapacityUnits(int)}. */
    public ProvisionedThroughput readCapacityUnits(Value<Integer> value) {
      return set("ReadCapacityUnits", value);
    }

    /**
     * The amount of write capacity that's provisioned for the table. For more information, see <a
     * href="https://docs.aws.amazon.com/keyspaces/latest/devguide/ReadWriteCapacityMode.html">Read/write
     * capacity mode</a> in the <em>Amazon Keyspaces Developer Guide</em> .
     *
     * <p>Required. Range: at least 1. CloudFormation property {@code WriteCapacityUnits}.
     */
    public ProvisionedThroughput writeCapacityUnits(int value) {
      return set("WriteCapacityUnits", Value.of(value));
    }

    /** Sets {@code WriteCapacityUnits} to this value; see {@link #writeCapacityUnits(int)}. */
    public ProvisionedThroughput writeCapacityUnits(Value<Integer> value) {
      return set("WriteCapacityUnits", value);
    }
  }

  /**
   * The AWS Region specific settings of a multi-Region table.
   *
   * <p>For a multi-Region table, you can configure the table's read capacity differently per AWS
   * Region. You can do this by configuring the following parameters.
   *
   * <ul> <li><code>region</code> : The Region where these settings are applied. (Required)
   * <li><code>readCapacityUnits</code> : The provisioned read capacity units. (Optional)
   * <li><code>readCapacityAutoScaling</code> : The read capacity auto scaling settings for the
   * table. (Optional) </ul>
   *
   * <p>Property type {@code AWS::Cassandra::Table.ReplicaSpecification}.
   */
  public static final class ReplicaSpecification extends Struct<ReplicaSpecification> {
    private static final Schema SCHEMA = Schema.builder("AWS::Cassandra::Table.ReplicaSpecification")
        .required("Region")
        .constrain("Region", Constraint.of().minLength(2).maxLength(25))
        .build();

    public ReplicaSpecification() {
      super(SCHEMA);
    }

    /**
     * The read capacity auto scaling settings for the multi-Region table in the specified AWS
     * Region.
     *
     * <p>CloudFormation property {@code ReadCapacityAutoScaling}.
     */
    public ReplicaSpecification readCapacityAutoScaling(Value<AutoScalingSetting> value) {
      return set("ReadCapacityAutoScaling", value);
    }

    /**
     * The provisioned read capacity units for the multi-Region table in the specified AWS Region.
     *
     * <p>CloudFormation property {@code ReadCapacityUnits}.
     */
    public ReplicaSpecification readCapacityUnits(int value) {
      return set("ReadCapacityUnits", Value.of(value));
    }

    /** Sets {@code ReadCapacityUnits} to this value; see {@link #readCapacityUnits(int)}. */
    public ReplicaSpecification readCapacityUnits(Value<Integer> value) {
      return set("ReadCapacityUnits", value);
    }

    /**
     * The AWS Region.
     *
     * <p>Required. Length: 2 to 25 characters. CloudFormation property {@code Region}.
     */
    public ReplicaSpecification region(String value) {
      return set("Region", Value.of(value));
    }

    /** Sets {@code Region} to this value; see {@link #region(String)}. */
    public ReplicaSpecification region(Value<String> value) {
      return set("Region", value);
    }
  }

  /**
   * Amazon Keyspaces supports the <code>target tracking</code> auto scaling policy. With this
   * policy, Amazon Keyspaces auto scaling ensures that the table's ratio of consumed to provisioned
   * capacity stays at or near the target value that you specify. You define the target value as a
   * percentage between 20 and 90.
   *
   * <p>Property type {@code AWS::Cassandra::Table.ScalingPolicy}.
   */
  public static final class ScalingPolicy extends Struct<ScalingPolicy> {
    private static final Schema SCHEMA = Schema.of("AWS::Cassandra::Table.ScalingPolicy");

    public ScalingPolicy() {
      super(SCHEMA);
    }

    /**
     * The auto scaling policy that scales a table based on the ratio of consumed to provisioned
     * capacity.
     *
     * <p>CloudFormation property {@code TargetTrackingScalingPolicyConfiguration}.
     */
    public ScalingPolicy targetTrackingScalingPolicyConfiguration(Value<TargetTrackingScalingPolicyConfiguration> value) {
      return set("TargetTrackingScalingPolicyConfiguration", value);
    }
  }

  /**
   * Amazon Keyspaces supports the <code>target tracking</code> auto scaling policy for a
   * provisioned table. This policy scales a table based on the ratio of consumed to provisioned
   * capacity. The auto scaling target is a percentage of the provisioned capacity of the table.
   *
   * <ul> <li><code>targetTrackingScalingPolicyConfiguration</code> : To define the target tracking
   * policy, you must define the target value. </ul>
   *
   * <ul> <li><code>targetValue</code> : The target utilization rate of the table. Amazon Keyspaces
   * auto scaling ensures that the ratio of consumed capacity to provisioned capacity stays at or
   * near this value. You define <code>targetValue</code> as a percentage. A <code>double</code>
   * between 20 and 90. (Required) <li><code>disableScaleIn</code> : A <code>boolean</code> that
   * specifies if <code>scale-in</code> is disabled or enabled for the table. This parameter is
   * disabled by default. To turn on <code>scale-in</code> , set the <code>boolean</code> value to
   * <code>FALSE</code> . This means that capacity for a table can be automatically scaled down on
   * your behalf. (Optional) <li><code>scaleInCooldown</code> : A cooldown period in seconds between
   * scaling activities that lets the table stabilize before another scale in activity starts. If no
   * value is provided, the default is 0. (Optional) <li><code>scaleOutCooldown</code> : A cooldown
   * period in seconds between scaling activities that lets the table stabilize before another scale
   * out activity starts. If no value is provided, the default is 0. (Optional) </ul>
   *
   * <p>Property type {@code AWS::Cassandra::Table.TargetTrackingScalingPolicyConfiguration}.
   */
  public static final class TargetTrackingScalingPolicyConfiguration extends Struct<TargetTrackingScalingPolicyConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::Cassandra::Table.TargetTrackingScalingPolicyConfiguration")
        .required("TargetValue")
        .build();

    public TargetTrackingScalingPolicyConfiguration() {
      super(SCHEMA);
    }

    /**
     * Specifies if <code>scale-in</code> is enabled.
     *
     * <p>When auto scaling automatically decreases capacity for a table, the table <em>scales
     * in</em> . When scaling policies are set, they can't scale in the table lower than its minimum
     * capacity.
     *
     * <p>CloudFormation property {@code DisableScaleIn}.
     */
    public TargetTrackingScalingPolicyConfiguration disableScaleIn(boolean value) {
      return set("DisableScaleIn", Value.of(value));
    }

    /** Sets {@code DisableScaleIn} to this value; see {@link #disableScaleIn(boolean)}. */
    public TargetTrackingScalingPolicyConfiguration disableScaleIn(Value<Boolean> value) {
      return set("DisableScaleIn", value);
    }

    /**
     * Specifies a <code>scale-in</code> cool down period.
     *
     * <p>A cooldown period in seconds between scaling activities that lets the table stabilize
     * before another scaling activity starts.
     *
     * <p>Default: {@code 0}. CloudFormation property {@code ScaleInCooldown}.
     */
    public TargetTrackingScalingPolicyConfiguration scaleInCooldown(int value) {
      return set("ScaleInCooldown", Value.of(value));
    }

    /** Sets {@code ScaleInCooldown} to this value; see {@link #scaleInCooldown(int)}. */
    public TargetTrackingScalingPolicyConfiguration scaleInCooldown(Value<Integer> value) {
      return set("ScaleInCooldown", value);
    }

    /**
     * Specifies a scale out cool down period.
     *
     * <p>A cooldown period in seconds between scaling activities that lets the table stabilize
     * before another scaling activity starts.
     *
     * <p>Default: {@code 0}. CloudFormation property {@code ScaleOutCooldown}.
     */
    public TargetTrackingScalingPolicyConfiguration scaleOutCooldown(int value) {
      return set("ScaleOutCooldown", Value.of(value));
    }

    /** Sets {@code ScaleOutCooldown} to this value; see {@link #scaleOutCooldown(int)}. */
    public TargetTrackingScalingPolicyConfiguration scaleOutCooldown(Value<Integer> value) {
      return set("ScaleOutCooldown", value);
    }

    /**
     * Specifies the target value for the target tracking auto scaling policy.
     *
     * <p>Amazon Keyspaces auto scaling scales up capacity automatically when traffic exceeds this
     * target utilization rate, and then back down when it falls below the target. This ensures that
     * the ratio of consumed capacity to provisioned capacity stays at or near this value. You
     * define <code>targetValue</code> as a percentage. An <code>integer</code> between 20 and 90.
     *
     * <p>Required. CloudFormation property {@code TargetValue}.
     */
    public TargetTrackingScalingPolicyConfiguration targetValue(int value) {
      return set("TargetValue", Value.of(value));
    }

    /** Sets {@code TargetValue} to this value; see {@link #targetValue(int)}. */
    public TargetTrackingScalingPolicyConfiguration targetValue(Value<Integer> value) {
      return set("TargetValue", value);
    }
  }

  /**
   * Warm throughput configuration for the table
   *
   * <p>Property type {@code AWS::Cassandra::Table.WarmThroughput}.
   */
  public static final class WarmThroughput extends Struct<WarmThroughput> {
    private static final Schema SCHEMA = Schema.builder("AWS::Cassandra::Table.WarmThroughput")
        .constrain("ReadUnitsPerSecond", Constraint.of().minimum(1))
        .constrain("WriteUnitsPerSecond", Constraint.of().minimum(1))
        .build();

    public WarmThroughput() {
      super(SCHEMA);
    }

    /** Range: at least 1. CloudFormation property {@code ReadUnitsPerSecond}. */
    public WarmThroughput readUnitsPerSecond(int value) {
      return set("ReadUnitsPerSecond", Value.of(value));
    }

    /** Sets {@code ReadUnitsPerSecond} to this value; see {@link #readUnitsPerSecond(int)}. */
    public WarmThroughput readUnitsPerSecond(Value<Integer> value) {
      return set("ReadUnitsPerSecond", value);
    }

    /** Range: at least 1. CloudFormation property {@code WriteUnitsPerSecond}. */
    public WarmThroughput writeUnitsPerSecond(int value) {
      return set("WriteUnitsPerSecond", Value.of(value));
    }

    /** Sets {@code WriteUnitsPerSecond} to this value; see {@link #writeUnitsPerSecond(int)}. */
    public WarmThroughput writeUnitsPerSecond(Value<Integer> value) {
      return set("WriteUnitsPerSecond", value);
    }
  }
}
