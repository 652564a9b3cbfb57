// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.kinesisanalyticsv2;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import io.tropo4j.resources.iam.Role;
import java.util.List;
import java.util.Map;

/**
 * Creates an Amazon Kinesis Data Analytics application. For information about creating a Kinesis
 * Data Analytics application, see <a
 * href="https://docs.aws.amazon.com/managed-flink/latest/java/getting-started.html">Creating an
 * Application</a> .
 *
 * <p>CloudFormation type {@code AWS::KinesisAnalyticsV2::Application}.
 */
public final class Application extends Resource<Application> {
  private static final Schema SCHEMA = Schema.builder("AWS::KinesisAnalyticsV2::Application")
      .required("RuntimeEnvironment", "ServiceExecutionRole")
      .constrain("ApplicationDescription", Constraint.of().minLength(0).maxLength(1024))
      .allowed("ApplicationMode", "INTERACTIVE", "STREAMING")
      .constrain("ApplicationName", Constraint.of().pattern("^[a-zA-Z0-9_.-]+$").minLength(1).maxLength(128))
      .allowed("RuntimeEnvironment", "FLINK-1_11", "FLINK-1_13", "FLINK-1_15", "FLINK-1_18",
          "FLINK-1_19", "FLINK-1_20", "FLINK-1_6", "FLINK-1_8", "FLINK-2_2", "FLINK-2_3", "SQL-1_0",
          "ZEPPELIN-FLINK-1_0", "ZEPPELIN-FLINK-2_0", "ZEPPELIN-FLINK-3_0")
      .constrain("ServiceExecutionRole", Constraint.of().pattern("^arn:.*$").minLength(1).maxLength(2048))
      .references("ServiceExecutionRole", "AWS::IAM::Role.Arn")
      .refYields("ApplicationName")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public Application(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * Use this parameter to configure the application.
   *
   * <p>CloudFormation property {@code ApplicationConfiguration}.
   */
  public Application applicationConfiguration(Value<ApplicationConfiguration> value) {
    return set("ApplicationConfiguration", value);
  }

  /**
   * The description of the application.
   *
   * <p>Length: 0 to 1024 characters. Default: {@code ""}. CloudFormation property {@code
   * ApplicationDescription}.
   */
  public Application applicationDescription(String value) {
    return set("ApplicationDescription", Value.of(value));
  }

  /**
   * Sets {@code ApplicationDescription} to this value; see {@link #applicationDescription(String)}.
   */
  public Application applicationDescription(Value<String> value) {
    return set("ApplicationDescription", value);
  }

  /**
   * Specifies the maintenance window parameters for a Kinesis Data Analytics application.
   *
   * <p>CloudFormation property {@code ApplicationMaintenanceConfiguration}.
   */
  public Application applicationMaintenanceConfiguration(Value<ApplicationMaintenanceConfiguration> value) {
    return set("ApplicationMaintenanceConfiguration", value);
  }

  /**
   * To create a Kinesis Data Analytics Studio notebook, you must set the mode to
   * <code>INTERACTIVE</code> . However, for a Kinesis Data Analytics for Apache Flink application,
   * the mode is optional.
   *
   * <p>Changing it replaces the resource. Allowed values: {@code INTERACTIVE}, {@code STREAMING}.
   * CloudFormation property {@code ApplicationMode}.
   */
  public Application applicationMode(String value) {
    return set("ApplicationMode", Value.of(value));
  }

  /** Sets {@code ApplicationMode} to this value; see {@link #applicationMode(String)}. */
  public Application applicationMode(Value<String> value) {
    return set("ApplicationMode", value);
  }

  /**
   * The name of the application.
   *
   * <p>Changing it replaces the resource. Length: 1 to 128 characters. Pattern: {@code
   * ^[a-zA-Z0-9_.-]+$}. CloudFormation property {@code ApplicationName}.
   */
  public Application applicationName(String value) {
    return set("ApplicationName", Value.of(value));
  }

  /** Sets {@code ApplicationName} to this value; see {@link #applicationName(String)}. */
  public Application applicationName(Value<String> value) {
    return set("ApplicationName", value);
  }

  /**
   * Describes the starting parameters for an Managed Service for Apache Flink application.
   *
   * <p>CloudFormation property {@code RunConfiguration}.
   */
  public Application runConfiguration(Value<RunConfiguration> value) {
    return set("RunConfiguration", value);
  }

  /**
   * The runtime environment for the application.
   *
   * <p>Required. Changing it replaces the resource. Allowed values: {@code FLINK-1_11}, {@code
   * FLINK-1_13}, {@code FLINK-1_15}, {@code FLINK-1_18}, {@code FLINK-1_19}, {@code FLINK-1_20},
   * {@code FLINK-1_6}, {@code FLINK-1_8}, {@code FLINK-2_2}, {@code FLINK-2_3}, {@code SQL-1_0},
   * {@code ZEPPELIN-FLINK-1_0}, {@code ZEPPELIN-FLINK-2_0}, {@code ZEPPELIN-FLINK-3_0}.
   * CloudFormation property {@code RuntimeEnvironment}.
   */
  public Application runtimeEnvironment(String value) {
    return set("RuntimeEnvironment", Value.of(value));
  }

  /** Sets {@code RuntimeEnvironment} to this value; see {@link #runtimeEnvironment(String)}. */
  public Application runtimeEnvironment(Value<String> value) {
    return set("RuntimeEnvironment", value);
  }

  /**
   * Specifies the IAM role that the application uses to access external resources.
   *
   * <p>Required. Length: 1 to 2048 characters. Pattern: {@code ^arn:.*$}. CloudFormation property
   * {@code ServiceExecutionRole}.
   */
  public Application serviceExecutionRole(String value) {
    return set("ServiceExecutionRole", Value.of(value));
  }

  /** Sets {@code ServiceExecutionRole} to this value; see {@link #serviceExecutionRole(String)}. */
  public Application serviceExecutionRole(Value<String> value) {
    return set("ServiceExecutionRole", value);
  }

  /**
   * Sets {@code ServiceExecutionRole} to the Arn of {@code AWS::IAM::Role}; see {@link
   * #serviceExecutionRole(String)}.
   */
  public Application serviceExecutionRole(Role resource) {
    return set("ServiceExecutionRole", resource.arn());
  }

  /**
   * A list of one or more tags to assign to the application. A tag is a key-value pair that
   * identifies an application. Note that the maximum number of application tags includes system
   * tags. The maximum number of user-defined application tags is 50.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public Application tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public Application tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public Application tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * Describes code configuration for an application.
   *
   * <p>Property type {@code AWS::KinesisAnalyticsV2::Application.ApplicationCodeConfiguration}.
   */
  public static final class ApplicationCodeConfiguration extends Struct<ApplicationCodeConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::KinesisAnalyticsV2::Application.ApplicationCodeConfiguration")
        .required("CodeContent", "CodeContentType")
        .allowed("CodeContentType", "PLAINTEXT", "ZIPFILE")
        .build();

    public ApplicationCodeConfiguration() {
      super(SCHEMA);
    }

    /**
     * The location and type of the application code.
     *
     * <p>Required. CloudFormation property {@code CodeContent}.
     */
    public ApplicationCodeConfiguration codeContent(Value<CodeContent> value) {
      return set("CodeContent", value);
    }

    /**
     * Specifies whether the code content is in text or zip format.
     *
     * <p>Required. Allowed values: {@code PLAINTEXT}, {@code ZIPFILE}. CloudFormation property
     * {@code CodeContentType}.
     */
    public ApplicationCodeConfiguration codeContentType(String value) {
      return set("CodeContentType", Value.of(value));
    }

    /** Sets {@code CodeContentType} to this value; see {@link #codeContentType(String)}. */
    public ApplicationCodeConfiguration codeContentType(Value<String> value) {
      return set("CodeContentType", value);
    }
  }

  /**
   * Specifies the creation parameters for a Managed Service for Apache Flink application.
   *
   * <p>Property type {@code AWS::KinesisAnalyticsV2::Application.ApplicationConfiguration}.
   */
  public static final class ApplicationConfiguration extends Struct<ApplicationConfiguration> {
    private static final Schema SCHEMA = Schema.of("AWS::KinesisAnalyticsV2::Application.ApplicationConfiguration");

    public ApplicationConfiguration() {
      super(SCHEMA);
    }

    /**
     * The code location and type parameters for a Managed Service for Apache Flink application.
     *
     * <p>CloudFormation property {@code ApplicationCodeConfiguration}.
     */
    public ApplicationConfiguration applicationCodeConfiguration(Value<ApplicationCodeConfiguration> value) {
      return set("ApplicationCodeConfiguration", value);
    }

    /**
     * The configuration to manage encryption at rest.
     *
     * <p>CloudFormation property {@code ApplicationEncryptionConfiguration}.
     */
    public ApplicationConfiguration applicationEncryptionConfiguration(Value<ApplicationEncryptionConfiguration> value) {
      return set("ApplicationEncryptionConfiguration", value);
    }

    /**
     * Describes whether snapshots are enabled for a Managed Service for Apache Flink application.
     *
     * <p>CloudFormation property {@code ApplicationSnapshotConfiguration}.
     */
    public ApplicationConfiguration applicationSnapshotConfiguration(Value<ApplicationSnapshotConfiguration> value) {
      return set("ApplicationSnapshotConfiguration", value);
    }

    /**
     * Describes whether system rollbacks are enabled for a Managed Service for Apache Flink
     * application.
     *
     * <p>CloudFormation property {@code ApplicationSystemRollbackConfiguration}.
     */
    public ApplicationConfiguration applicationSystemRollbackConfiguration(Value<ApplicationSystemRollbackConfiguration> value) {
      return set("ApplicationSystemRollbackConfiguration", value);
    }

    /**
     * Describes execution properties for a Managed Service for Apache Flink application.
     *
     * <p>CloudFormation property {@code EnvironmentProperties}.
     */
    public ApplicationConfiguration environmentProperties(Value<EnvironmentProperties> value) {
      return set("EnvironmentProperties", value);
    }

    /**
     * The creation and update parameters for a Managed Service for Apache Flink application.
     *
     * <p>CloudFormation property {@code FlinkApplicationConfiguration}.
     */
    public ApplicationConfiguration flinkApplicationConfiguration(Value<FlinkApplicationConfiguration> value) {
      return set("FlinkApplicationConfiguration", value);
    }

    /**
     * The creation and update parameters for a SQL-based Kinesis Data Analytics application.
     *
     * <p>CloudFormation property {@code SqlApplicationConfiguration}.
     */
    public ApplicationConfiguration sqlApplicationConfiguration(Value<SqlApplicationConfiguration> value) {
      return set("SqlApplicationConfiguration", value);
    }

    /**
     * The array of descriptions of VPC configurations available to the application.
     *
     * <p>CloudFormation property {@code VpcConfigurations}.
     */
    public ApplicationConfiguration vpcConfigurations(List<VpcConfiguration> value) {
      return set("VpcConfigurations", Value.listOf(value));
    }

    /** Sets {@code VpcConfigurations} to this value; see {@link #vpcConfigurations(List)}. */
    public ApplicationConfiguration vpcConfigurations(Value<List<VpcConfiguration>> value) {
      return set("VpcConfigurations", value);
    }

    /** Sets {@code VpcConfigurations} to a list of these; see {@link #vpcConfigurations(List)}. */
    public ApplicationConfiguration vpcConfigurations(VpcConfiguration... values) {
      return set("VpcConfigurations", Value.list(values));
    }

    /**
     * The configuration parameters for a Kinesis Data Analytics Studio notebook.
     *
     * <p>CloudFormation property {@code ZeppelinApplicationConfiguration}.
     */
    public ApplicationConfiguration zeppelinApplicationConfiguration(Value<ZeppelinApplicationConfiguration> value) {
      return set("ZeppelinApplicationConfiguration", value);
    }
  }

  /**
   * Specifies the configuration to manage encryption at rest.
   *
   * <p>Property type {@code
   * AWS::KinesisAnalyticsV2::Application.ApplicationEncryptionConfiguration}.
   */
  public static final class ApplicationEncryptionConfiguration extends Struct<ApplicationEncryptionConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::KinesisAnalyticsV2::Application.ApplicationEncryptionConfiguration")
        .required("KeyType")
        .constrain("KeyId", Constraint.of().pattern("^(?:arn:.*:kms:.*:.*:(?:key\\/.*|alias\\/.*)|alias\\/.*|(?i)[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$").minLength(1).maxLength(2048))
        .allowed("KeyType", "AWS_OWNED_KEY", "CUSTOMER_MANAGED_KEY")
        .build();

    public ApplicationEncryptionConfiguration() {
      super(SCHEMA);
    }

    /**
     * The key ARN, key ID, alias ARN, or alias name of the KMS key used for encryption at rest.
     *
     * <p>Length: 1 to 2048 characters. Pattern: {@code
     * ^(?:arn:.*:kms:.*:.*:(?:key&#92;/.*|alias&#92;/.*)|alias&#92;/.*|(?i)[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$}.
     * CloudFormation property {@code KeyId}.
     */
    public ApplicationEncryptionConfiguration keyId(String value) {
      return set("KeyId", Value.of(value));
    }

    /** Sets {@code KeyId} to this value; see {@link #keyId(String)}. */
    public ApplicationEncryptionConfiguration keyId(Value<String> value) {
      return set("KeyId", value);
    }

    /**
     * Specifies the type of key used for encryption at rest.
     *
     * <p>Required. Allowed values: {@code AWS_OWNED_KEY}, {@code CUSTOMER_MANAGED_KEY}.
     * CloudFormation property {@code KeyType}.
     */
    public ApplicationEncryptionConfiguration keyType(String value) {
      return set("KeyType", Value.of(value));
    }

    /** Sets {@code KeyType} to this value; see {@link #keyType(String)}. */
    public ApplicationEncryptionConfiguration keyType(Value<String> value) {
      return set("KeyType", value);
    }
  }

  /**
   * Specifies the maintenance configuration for a AKAlong .
   *
   * <p>Property type {@code
   * AWS::KinesisAnalyticsV2::Application.ApplicationMaintenanceConfiguration}.
   */
  public static final class ApplicationMaintenanceConfiguration extends Struct<ApplicationMaintenanceConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::KinesisAnalyticsV2::Application.ApplicationMaintenanceConfiguration")
        .required("ApplicationMaintenanceWindowStartTime")
        .constrain("ApplicationMaintenanceWindowStartTime", Constraint.of().pattern("^([01][0-9]|2[0-3]):[0-5][0-9]$"))
        .build();

    public ApplicationMaintenanceConfiguration() {
      super(SCHEMA);
    }

    /**
     * The UTC timestamp of a day from which the eight-hour maintenance window will begin every day
     * of the week. Maintenance of the application happens only during this eight-hour window.
     *
     * <p>Required. Pattern: {@code ^([01][0-9]|2[0-3]):[0-5][0-9]$}. CloudFormation property {@code
     * ApplicationMaintenanceWindowStartTime}.
     */
    public ApplicationMaintenanceConfiguration applicationMaintenanceWindowStartTime(String value) {
      return set("ApplicationMaintenanceWindowStartTime", Value.of(value));
    }

    /**
     * Sets {@code ApplicationMaintenanceWindowStartTime} to this value; see {@link
     * #applicationMaintenanceWindowStartTime(String)}.
     */
    public ApplicationMaintenanceConfiguration applicationMaintenanceWindowStartTime(Value<String> value) {
      return set("ApplicationMaintenanceWindowStartTime", value);
    }
  }

  /**
   * Specifies the method and snapshot to use when restarting an application using previously saved
   * application state.
   *
   * <p>Property type {@code AWS::KinesisAnalyticsV2::Application.ApplicationRestoreConfiguration}.
   */
  public static final class ApplicationRestoreConfiguration extends Struct<ApplicationRestoreConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::KinesisAnalyticsV2::Application.ApplicationRestoreConfiguration")
        .required("ApplicationRestoreType")
        .allowed("ApplicationRestoreType", "SKIP_RESTORE_FROM_SNAPSHOT",
            "RESTORE_FROM_LATEST_SNAPSHOT", "RESTORE_FROM_CUSTOM_SNAPSHOT")
        .constrain("SnapshotName", Constraint.of().pattern("^[a-zA-Z0-9_.-]+$").minLength(1).maxLength(256))
        .build();

    public ApplicationRestoreConfiguration() {
      super(SCHEMA);
    }

    /**
     * Specifies how the application should be restored.
     *
     * <p>Required. Allowed values: {@code SKIP_RESTORE_FROM_SNAPSHOT}, {@code
     * RESTORE_FROM_LATEST_SNAPSHOT}, {@code RESTORE_FROM_CUSTOM_SNAPSHOT}. CloudFormation property
     * {@code ApplicationRestoreType}.
     */
    public ApplicationRestoreConfiguration applicationRestoreType(String value) {
      return set("ApplicationRestoreType", Value.of(value));
    }

    /**
     * Sets {@code ApplicationRestoreType} to this value; see {@link
     * #applicationRestoreType(String)}.
     */
    public ApplicationRestoreConfiguration applicationRestoreType(Value<String> value) {
      return set("ApplicationRestoreType", value);
    }

    /**
     * The identifier of an existing snapshot of application state to use to restart an application.
     * The application uses this value if <code>RESTORE_FROM_CUSTOM_SNAPSHOT</code> is specified for
     * the <code>ApplicationRestoreType</code> .
     *
     * <p>Length: 1 to 256 characters. Pattern: {@code ^[a-zA-Z0-9_.-]+$}. CloudFormation property
     * {@code SnapshotName}.
     */
    public ApplicationRestoreConfiguration snapshotName(String value) {
      return set("SnapshotName", Value.of(value));
    }

    /** Sets {@code SnapshotName} to this value; see {@link #snapshotName(String)}. */
    public ApplicationRestoreConfiguration snapshotName(Value<String> value) {
      return set("SnapshotName", value);
    }
  }

  /**
   * Describes whether snapshots are enabled for a Managed Service for Apache Flink application.
   *
   * <p>Property type {@code AWS::KinesisAnalyticsV2::Application.ApplicationSnapshotConfiguration}.
   */
  public static final class ApplicationSnapshotConfiguration extends Struct<ApplicationSnapshotConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::KinesisAnalyticsV2::Application.ApplicationSnapshotConfiguration")
        .required("SnapshotsEnabled")
        .build();

    public ApplicationSnapshotConfiguration() {
      super(SCHEMA);
    }

    /**
     * Describes whether snapshots are enabled for a Managed Service for Apache Flink application.
     *
     * <p>Required. CloudFormation property {@code SnapshotsEnabled}.
     */
    public ApplicationSnapshotConfiguration snapshotsEnabled(boolean value) {
      return set("SnapshotsEnabled", Value.of(value));
    }

    /** Sets {@code SnapshotsEnabled} to this value; see {@link #snapshotsEnabled(boolean)}. */
    public ApplicationSnapshotConfiguration snapshotsEnabled(Value<Boolean> value) {
      return set("SnapshotsEnabled", value);
    }
  }

  /**
   * Describes the system rollback configuration for a Managed Service for Apache Flink application.
   *
   * <p>Property type {@code
   * AWS::KinesisAnalyticsV2::Application.ApplicationSystemRollbackConfiguration}.
   */
  public static final class ApplicationSystemRollbackConfiguration extends Struct<ApplicationSystemRollbackConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::KinesisAnalyticsV2::Application.ApplicationSystemRollbackConfiguration")
        .required("RollbackEnabled")
        .build();

    public ApplicationSystemRollbackConfiguration() {
      super(SCHEMA);
    }

    /**
     * Describes whether system rollbacks are enabled for a Managed Service for Apache Flink
     * application.
     *
     * <p>Required. CloudFormation property {@code RollbackEnabled}.
     */
    public ApplicationSystemRollbackConfiguration rollbackEnabled(boolean value) {
      return set("RollbackEnabled", Value.of(value));
    }

    /** Sets {@code RollbackEnabled} to this value; see {@link #rollbackEnabled(boolean)}. */
    public ApplicationSystemRollbackConfiguration rollbackEnabled(Value<Boolean> value) {
      return set("RollbackEnabled", value);
    }
  }

  /**
   * For a SQL-based Kinesis Data Analytics application, provides additional mapping information
   * when the record format uses delimiters, such as CSV. For example, the following sample records
   * use CSV format, where the records use the <em>'&#92;n'</em> as the row delimiter and a comma
   * (",") as the column delimiter:
   *
   * <p><code>"name1", "address1"</code>
   *
   * <p><code>"name2", "address2"</code>
   *
   * <p>Property type {@code AWS::KinesisAnalyticsV2::Application.CSVMappingParameters}.
   */
  public static final class CSVMappingParameters extends Struct<CSVMappingParameters> {
    private static final Schema SCHEMA = Schema.builder("AWS::KinesisAnalyticsV2::Application.CSVMappingParameters")
        .required("RecordColumnDelimiter", "RecordRowDelimiter")
        .constrain("RecordColumnDelimiter", Constraint.of().minLength(1).maxLength(1024))
        .constrain("RecordRowDelimiter", Constraint.of().minLength(1).maxLength(1024))
        .build();

    public CSVMappingParameters() {
      super(SCHEMA);
    }

    /**
     * The column delimiter. For example, in a CSV format, a comma (",") is the typical column
     * delimiter.
     *
     * <p>Required. Length: 1 to 1024 characters. CloudFormation property {@code
     * RecordColumnDelimiter}.
     */
    public CSVMappingParameters recordColumnDelimiter(String value) {
      return set("RecordColumnDelimiter", Value.of(value));
    }

    /**
     * Sets {@code RecordColumnDelimiter} to this value; see {@link #recordColumnDelimiter(String)}.
     */
    public CSVMappingParameters recordColumnDelimiter(Value<String> value) {
      return set("RecordColumnDelimiter", value);
    }

    /**
     * The row delimiter. For example, in a CSV format, <em>'&#92;n'</em> is the typical row
     * delimiter.
     *
     * <p>Required. Length: 1 to 1024 characters. CloudFormation property {@code
     * RecordRowDelimiter}.
     */
    public CSVMappingParameters recordRowDelimiter(String value) {
      return set("RecordRowDelimiter", Value.of(value));
    }

    /** Sets {@code RecordRowDelimiter} to this value; see {@link #recordRowDelimiter(String)}. */
    public CSVMappingParameters recordRowDelimiter(Value<String> value) {
      return set("RecordRowDelimiter", value);
    }
  }

  /**
   * The configuration parameters for the default Amazon Glue database. You use this database for
   * SQL queries that you write in a Kinesis Data Analytics Studio notebook.
   *
   * <p>Property type {@code AWS::KinesisAnalyticsV2::Application.CatalogConfiguration}.
   */
  public static final class CatalogConfiguration extends Struct<CatalogConfiguration> {
    private static final Schema SCHEMA = Schema.of("AWS::KinesisAnalyticsV2::Application.CatalogConfiguration");

    public CatalogConfiguration() {
      super(SCHEMA);
    }

    /**
     * The configuration parameters for the default Amazon Glue database. You use this database for
     * Apache Flink SQL queries and table API transforms that you write in a Kinesis Data Analytics
     * Studio notebook.
     *
     * <p>CloudFormation property {@code GlueDataCatalogConfiguration}.
     */
    public CatalogConfiguration glueDataCatalogConfiguration(Value<GlueDataCatalogConfiguration> value) {
      return set("GlueDataCatalogConfiguration", value);
    }
  }

  /**
   * Describes an application's checkpointing configuration. Checkpointing is the process of
   * persisting application state for fault tolerance. For more information, see <a
   * href="https://docs.aws.amazon.com/https://nightlies.apache.org/flink/flink-docs-master/docs/dev/datastream/fault-tolerance/checkpointing/">Checkpoints
   * for Fault Tolerance</a> in the <a
   * href="https://docs.aws.amazon.com/https://nightlies.apache.org/flink/flink-docs-master">Apache
   * Flink Documentation</a> .
   *
   * <p>Property type {@code AWS::KinesisAnalyticsV2::Application.CheckpointConfiguration}.
   */
  public static final class CheckpointConfiguration extends Struct<CheckpointConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::KinesisAnalyticsV2::Application.CheckpointConfiguration")
        .required("ConfigurationType")
        .constrain("CheckpointInterval", Constraint.of().minimum(1).maximum(9.223372036854776E18).format("int64"))
        .allowed("ConfigurationType", "DEFAULT", "CUSTOM")
        .constrain("MinPauseBetweenCheckpoints", Constraint.of().minimum(0).maximum(9.223372036854776E18).format("int64"))
        .build();

    public CheckpointConfiguration() {
      super(SCHEMA);
    }

    /**
     * Describes the interval in milliseconds between checkpoint operations.
     *
     * <p>If <code>CheckpointConfiguration.ConfigurationType</code> is <code>DEFAULT</code> , the
     * application will use a <code>CheckpointInterval</code> value of 60000, even if this value is
     * set to another value using this API or in application code.
     *
     * <p>Range: 1 to 9.223372036854776E18. Format: {@code int64}. CloudFormation property {@code
     * CheckpointInterval}.
     */
    public CheckpointConfiguration checkpointInterval(int value) {
      return set("CheckpointInterval", Value.of(value));
    }

    /** Sets {@code CheckpointInterval} to this value; see {@link #checkpointInterval(int)}. */
    public CheckpointConfiguration checkpointInterval(Value<Integer> value) {
      return set("CheckpointInterval", value);
    }

    /**
     * Describes whether checkpointing is enabled for a Managed Service for Apache Flink
     * application.
     *
     * <p>If <code>CheckpointConfiguration.ConfigurationType</code> is <code>DEFAULT</code> , the
     * application will use a <code>CheckpointingEnabled</code> value of <code>true</code> , even if
     * this value is set to another value using this API or in application code.
     *
     * <p>CloudFormation property {@code CheckpointingEnabled}.
     */
    public CheckpointConfiguration checkpointingEnabled(boolean value) {
      return set("CheckpointingEnabled", Value.of(value));
    }

    /**
     * Sets {@code CheckpointingEnabled} to this value; see {@link #checkpointingEnabled(boolean)}.
     */
    public CheckpointConfiguration checkpointingEnabled(Value<Boolean> value) {
      return set("CheckpointingEnabled", value);
    }

    /**
     * Describes whether the application uses Managed Service for Apache Flink' default
     * checkpointing behavior. You must set this property to <code>CUSTOM</code> in order to set the
     * <code>CheckpointingEnabled</code> , <code>CheckpointInterval</code> , or
     * <code>MinPauseBetweenCheckpoints</code> parameters.
     *
     * <p>If this value is set to <code>DEFAULT</code> , the application will use the following
     * values, even if they are set to other values using APIs or application code: -
     * <em>CheckpointingEnabled:</em> true - <em>CheckpointInterval:</em> 60000 -
     * <em>MinPauseBetweenCheckpoints:</em> 5000
     *
     * <p>Required. Allowed values: {@code DEFAULT}, {@code CUSTOM}. CloudFormation property {@code
     * ConfigurationType}.
     */
    public CheckpointConfiguration configurationType(String value) {
      return set("ConfigurationType", Value.of(value));
    }

    /** Sets {@code ConfigurationType} to this value; see {@link #configurationType(String)}. */
    public CheckpointConfiguration configurationType(Value<String> value) {
      return set("ConfigurationType", value);
    }

    /**
     * Describes the minimum time in milliseconds after a checkpoint operation completes that a new
     * checkpoint operation can start. If a checkpoint operation takes longer than the
     * <code>CheckpointInterval</code> , the application otherwise performs continual checkpoint
     * operations. For more information, see <a
     * href="https://docs.aws.amazon.com/https://nightlies.apache.org/flink/flink-docs-master/docs/ops/state/large_state_tuning/#tuning-checkpointing">Tuning
     * Checkpointing</a> in the <a
     * href="https://docs.aws.amazon.com/https://nightlies.apache.org/flink/flink-docs-master">Apache
     * Flink Documentation</a> .
     *
     * <p>If <code>CheckpointConfiguration.ConfigurationType</code> is <code>DEFAULT</code> , the
     * application will use a <code>MinPauseBetweenCheckpoints</code> value of 5000, even if this
     * value is set using this API or in application code.
     *
     * <p>Range: 0 to 9.223372036854776E18. Format: {@code int64}. CloudFormation property {@code
     * MinPauseBetweenCheckpoints}.
     */
    public CheckpointConfiguration minPauseBetweenCheckpoints(int value) {
      return set("MinPauseBetweenCheckpoints", Value.of(value));
    }

    /**
     * Sets {@code MinPauseBetweenCheckpoints} to this value; see {@link
     * #minPauseBetweenCheckpoints(int)}.
     */
    public CheckpointConfiguration minPauseBetweenCheckpoints(Value<Integer> value) {
      return set("MinPauseBetweenCheckpoints", value);
    }
  }

  /**
   * Specifies either the application code, or the location of the application code, for a Managed
   * Service for Apache Flink application.
   *
   * <p>Property type {@code AWS::KinesisAnalyticsV2::Application.CodeContent}.
   */
  public static final class CodeContent extends Struct<CodeContent> {
    private static final Schema SCHEMA = Schema.builder("AWS::KinesisAnalyticsV2::Application.CodeContent")
        .constrain("TextContent", Constraint.of().minLength(1).maxLength(102400))
        .build();

    public CodeContent() {
      super(SCHEMA);
    }

    /**
     * Information about the Amazon S3 bucket that contains the application code.
     *
     * <p>CloudFormation property {@code S3ContentLocation}.
     */
    public CodeContent s3ContentLocation(Value<S3ContentLocation> value) {
      return set("S3ContentLocation", value);
    }

    /**
     * The text-format code for a Managed Service for Apache Flink application.
     *
     * <p>Length: 1 to 102400 characters. CloudFormation property {@code TextContent}.
     */
    public CodeContent textContent(String value) {
      return set("TextContent", Value.of(value));
    }

    /** Sets {@code TextContent} to this value; see {@link #textContent(String)}. */
    public CodeContent textContent(Value<String> value) {
      return set("TextContent", value);
    }

    /**
     * The zip-format code for a Managed Service for Apache Flink application.
     *
     * <p>CloudFormation property {@code ZipFileContent}.
     */
    public CodeContent zipFileContent(String value) {
      return set("ZipFileContent", Value.of(value));
    }

    /** Sets {@code ZipFileContent} to this value; see {@link #zipFileContent(String)}. */
    public CodeContent zipFileContent(Value<String> value) {
      return set("ZipFileContent", value);
    }
  }

  /**
   * The configuration of connectors and user-defined functions.
   *
   * <p>Property type {@code AWS::KinesisAnalyticsV2::Application.CustomArtifactConfiguration}.
   */
  public static final class CustomArtifactConfiguration extends Struct<CustomArtifactConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::KinesisAnalyticsV2::Application.CustomArtifactConfiguration")
        .required("ArtifactType")
        .allowed("ArtifactType", "DEPENDENCY_JAR", "UDF")
        .build();

    public CustomArtifactConfiguration() {
      super(SCHEMA);
    }

    /**
     * Set this to either <code>UDF</code> or <code>DEPENDENCY_JAR</code> . <code>UDF</code> stands
     * for user-defined functions. This type of artifact must be in an S3 bucket. A
     * <code>DEPENDENCY_JAR</code> can be in either Maven or an S3 bucket.
     *
     * <p>Required. Allowed values: {@code DEPENDENCY_JAR}, {@code UDF}. CloudFormation property
     * {@code ArtifactType}.
     */
    public CustomArtifactConfiguration artifactType(String value) {
      return set("ArtifactType", Value.of(value));
    }

    /** Sets {@code ArtifactType} to this value; see {@link #artifactType(String)}. */
    public CustomArtifactConfiguration artifactType(Value<String> value) {
      return set("ArtifactType", value);
    }

    /**
     * The parameters required to fully specify a Maven reference.
     *
     * <p>CloudFormation property {@code MavenReference}.
     */
    public CustomArtifactConfiguration mavenReference(Value<MavenReference> value) {
      return set("MavenReference", value);
    }

    /**
     * The location of the custom artifacts.
     *
     * <p>CloudFormation property {@code S3ContentLocation}.
     */
    public CustomArtifactConfiguration s3ContentLocation(Value<S3ContentLocation> value) {
      return set("S3ContentLocation", value);
    }
  }

  /**
   * The information required to deploy a Kinesis Data Analytics Studio notebook as an application
   * with durable state.
   *
   * <p>Property type {@code AWS::KinesisAnalyticsV2::Application.DeployAsApplicationConfiguration}.
   */
  public static final class DeployAsApplicationConfiguration extends Struct<DeployAsApplicationConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::KinesisAnalyticsV2::Application.DeployAsApplicationConfiguration")
        .required("S3ContentLocation")
        .build();

    public DeployAsApplicationConfiguration() {
      super(SCHEMA);
    }

    /**
     * The description of an Amazon S3 object that contains the Amazon Data Analytics application,
     * including the Amazon Resource Name (ARN) of the S3 bucket, the name of the Amazon S3 object
     * that contains the data, and the version number of the Amazon S3 object that contains the
     * data.
     *
     * <p>Required. CloudFormation property {@code S3ContentLocation}.
     */
    public DeployAsApplicationConfiguration s3ContentLocation(Value<S3ContentBaseLocation> value) {
      return set("S3ContentLocation", value);
    }
  }

  /**
   * Describes execution properties for a Managed Service for Apache Flink application.
   *
   * <p>Property type {@code AWS::KinesisAnalyticsV2::Application.EnvironmentProperties}.
   */
  public static final class EnvironmentProperties extends Struct<EnvironmentProperties> {
    private static final Schema SCHEMA = Schema.of("AWS::KinesisAnalyticsV2::Application.EnvironmentProperties");

    public EnvironmentProperties() {
      super(SCHEMA);
    }

    /**
     * Describes the execution property groups.
     *
     * <p>CloudFormation property {@code PropertyGroups}.
     */
    public EnvironmentProperties propertyGroups(List<PropertyGroup> value) {
      return set("PropertyGroups", Value.listOf(value));
    }

    /** Sets {@code PropertyGroups} to this value; see {@link #propertyGroups(List)}. */
    public EnvironmentProperties propertyGroups(Value<List<PropertyGroup>> value) {
      return set("PropertyGroups", value);
    }

    /** Sets {@code PropertyGroups} to a list of these; see {@link #propertyGroups(List)}. */
    public EnvironmentProperties propertyGroups(PropertyGroup... values) {
      return set("PropertyGroups", Value.list(values));
    }
  }

  /**
   * Describes configuration parameters for a Managed Service for Apache Flink application or a
   * Studio notebook.
   *
   * <p>Property type {@code AWS::KinesisAnalyticsV2::Application.FlinkApplicationConfiguration}.
   */
  public static final class FlinkApplicationConfiguration extends Struct<FlinkApplicationConfiguration> {
    private static final Schema SCHEMA = Schema.of("AWS::KinesisAnalyticsV2::Application.FlinkApplicationConfiguration");

    public FlinkApplicationConfiguration() {
      super(SCHEMA);
    }

    /**
     * Describes an application's checkpointing configuration. Checkpointing is the process of
     * persisting application state for fault tolerance. For more information, see <a
     * href="https://docs.aws.amazon.com/https://ci.apache.org/projects/flink/flink-docs-release-1.8/concepts/programming-model.html#checkpoints-for-fault-tolerance">Checkpoints
     * for Fault Tolerance</a> in the <a
     * href="https://docs.aws.amazon.com/https://ci.apache.org/projects/flink/flink-docs-release-1.8/">Apache
     * Flink Documentation</a> .
     *
     * <p>CloudFormation property {@code CheckpointConfiguration}.
     */
    public FlinkApplicationConfiguration checkpointConfiguration(Value<CheckpointConfiguration> value) {
      return set("CheckpointConfiguration", value);
    }

    /**
     * Describes configuration parameters for Amazon CloudWatch logging for an application.
     *
     * <p>CloudFormation property {@code MonitoringConfiguration}.
     */
    public FlinkApplicationConfiguration monitoringConfiguration(Value<MonitoringConfiguration> value) {
      return set("MonitoringConfiguration", value);
    }

    /**
     * Describes parameters for how an application executes multiple tasks simultaneously.
     *
     * <p>CloudFormation property {@code ParallelismConfiguration}.
     */
    public FlinkApplicationConfiguration parallelismConfiguration(Value<ParallelismConfiguration> value) {
      return set("ParallelismConfiguration", value);
    }
  }

  /**
   * Describes the starting parameters for a Managed Service for Apache Flink application.
   *
   * <p>Property type {@code AWS::KinesisAnalyticsV2::Application.FlinkRunConfiguration}.
   */
  public static final class FlinkRunConfiguration extends Struct<FlinkRunConfiguration> {
    private static final Schema SCHEMA = Schema.of("AWS::KinesisAnalyticsV2::Application.FlinkRunConfiguration");

    public FlinkRunConfiguration() {
      super(SCHEMA);
    }

    /**
     * When restoring from a snapshot, specifies whether the runtime is allowed to skip a state that
     * cannot be mapped to the new program. This will happen if the program is updated between
     * snapshots to remove stateful parameters, and state data in the snapshot no longer corresponds
     * to valid application data. For more information, see <a
     * href="https://docs.aws.amazon.com/https://nightlies.apache.org/flink/flink-docs-master/docs/ops/state/savepoints/#allowing-non-restored-state">Allowing
     * Non-Restored State</a> in the <a
     * href="https://docs.aws.amazon.com/https://nightlies.apache.org/flink/flink-docs-master">Apache
     * Flink documentation</a> .
     *
     * <p>This value defaults to <code>false</code> . If you update your application without
     * specifying this parameter, <code>AllowNonRestoredState</code> will be set to
     * <code>false</code> , even if it was previously set to <code>true</code> .
     *
     * <p>CloudFormation property {@code AllowNonRestoredState}.
     */
    public FlinkRunConfiguration allowNonRestoredState(boolean value) {
      return set("AllowNonRestoredState", Value.of(value));
    }

    /**
     * Sets {@code AllowNonRestoredState} to this value; see {@link
     * #allowNonRestoredState(boolean)}.
     */
    public FlinkRunConfiguration allowNonRestoredState(Value<Boolean> value) {
      return set("AllowNonRestoredState", value);
    }
  }

  /**
   * The configuration of the Glue Data Catalog that you use for Apache Flink SQL queries and table
   * API transforms that you write in an application.
   *
   * <p>Property type {@code AWS::KinesisAnalyticsV2::Application.GlueDataCatalogConfiguration}.
   */
  public static final class GlueDataCatalogConfiguration extends Struct<GlueDataCatalogConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::KinesisAnalyticsV2::Application.GlueDataCatalogConfiguration")
        .constrain("DatabaseARN", Constraint.of().pattern("^arn:.*$").minLength(1).maxLength(2048))
        .build();

    public GlueDataCatalogConfiguration() {
      super(SCHEMA);
    }

    /**
     * The Amazon Resource Name (ARN) of the database.
     *
     * <p>Length: 1 to 2048 characters. Pattern: {@code ^arn:.*$}. CloudFormation property {@code
     * DatabaseARN}.
     */
    public GlueDataCatalogConfiguration databaseARN(String value) {
      return set("DatabaseARN", Value.of(value));
    }

    /** Sets {@code DatabaseARN} to this value; see {@link #databaseARN(String)}. */
    public GlueDataCatalogConfiguration databaseARN(Value<String> value) {
      return set("DatabaseARN", value);
    }
  }

  /**
   * When you configure the application input for a SQL-based Kinesis Data Analytics application,
   * you specify the streaming source, the in-application stream name that is created, and the
   * mapping between the two.
   *
   * <p>Property type {@code AWS::KinesisAnalyticsV2::Application.Input}.
   */
  public static final class Input extends Struct<Input> {
    private static final Schema SCHEMA = Schema.builder("AWS::KinesisAnalyticsV2::Application.Input")
        .required("InputSchema", "NamePrefix")
        .constrain("NamePrefix", Constraint.of().pattern("^[^-\\s<>&]*$").minLength(1).maxLength(32))
        .build();

    public Input() {
      super(SCHEMA);
    }

    /**
     * Describes the number of in-application streams to create.
     *
     * <p>CloudFormation property {@code InputParallelism}.
     */
    public Input inputParallelism(Value<InputParallelism> value) {
      return set("InputParallelism", value);
    }

    /**
     * The <a
     * href="https://docs.aws.amazon.com/managed-flink/latest/apiv2/API_InputProcessingConfiguration.html">InputProcessingConfiguration</a>
     * for the input. An input processor transforms records as they are received from the stream,
     * before the application's SQL code executes. Currently, the only input processing
     * configuration available is <a
     * href="https://docs.aws.amazon.com/managed-flink/latest/apiv2/API_InputLambdaProcessor.html">InputLambdaProcessor</a>
     * .
     *
     * <p>CloudFormation property {@code InputProcessingConfiguration}.
     */
    public Input inputProcessingConfiguration(Value<InputProcessingConfiguration> value) {
      return set("InputProcessingConfiguration", value);
    }

    /**
     * Describes the format of the data in the streaming source, and how each data element maps to
     * corresponding columns in the in-application stream that is being created.
     *
     * <p>Also used to describe the format of the reference data source.
     *
     * <p>Required. CloudFormation property {@code InputSchema}.
     */
    public Input inputSchema(Value<InputSchema> value) {
      return set("InputSchema", value);
    }

    /**
     * If the streaming source is an Amazon Kinesis Data Firehose delivery stream, identifies the
     * delivery stream's ARN.
     *
     * <p>CloudFormation property {@code KinesisFirehoseInput}.
     */
    public Input kinesisFirehoseInput(Value<KinesisFirehoseInput> value) {
      return set("KinesisFirehoseInput", value);
    }

    /**
     * If the streaming source is an Amazon Kinesis data stream, identifies the stream's Amazon
     * Resource Name (ARN).
     *
     * <p>CloudFormation property {@code KinesisStreamsInput}.
     */
    public Input kinesisStreamsInput(Value<KinesisStreamsInput> value) {
      return set("KinesisStreamsInput", value);
    }

    /**
     * The name prefix to use when creating an in-application stream. Suppose that you specify a
     * prefix " <code>MyInApplicationStream</code> ." Kinesis Data Analytics then creates one or
     * more (as per the <code>InputParallelism</code> count you specified) in-application streams
     * with the names " <code>MyInApplicationStream_001</code> ," "
     * <code>MyInApplicationStream_002</code> ," and so on.
     *
     * <p>Required. Length: 1 to 32 characters. Pattern: {@code ^[^-&#92;s&lt;&gt;&amp;]*$}.
     * CloudFormation property {@code NamePrefix}.
     */
    public Input namePrefix(String value) {
      return set("NamePrefix", Value.of(value));
    }

    /** Sets {@code NamePrefix} to this value; see {@link #namePrefix(String)}. */
    public Input namePrefix(Value<String> value) {
      return set("NamePrefix", value);
    }
  }

  /**
   * An object that contains the Amazon Resource Name (ARN) of the Amazon Lambda function that is
   * used to preprocess records in the stream in a SQL-based Kinesis Data Analytics application.
   *
   * <p>Property type {@code AWS::KinesisAnalyticsV2::Application.InputLambdaProcessor}.
   */
  public static final class InputLambdaProcessor extends Struct<InputLambdaProcessor> {
    private static final Schema SCHEMA = Schema.builder("AWS::KinesisAnalyticsV2::Application.InputLambdaProcessor")
        .required("ResourceARN")
        .constrain("ResourceARN", Constraint.of().pattern("^arn:.*$").minLength(1).maxLength(2048))
        .build();

    public InputLambdaProcessor() {
      super(SCHEMA);
    }

    /**
     * The ARN of the Amazon Lambda function that operates on records in the stream.
     *
     * <p>To specify an earlier version of the Lambda function than the latest, include the Lambda
     * function version in the Lambda function ARN. For more information about Lambda ARNs, see <a
     * href="https://docs.aws.amazon.com//general/latest/gr/aws-arns-and-namespaces.html#arn-syntax-lambda">Example
     * ARNs: Amazon Lambda</a>
     *
     * <p>Required. Length: 1 to 2048 characters. Pattern: {@code ^arn:.*$}. CloudFormation property
     * {@code ResourceARN}.
     */
    public InputLambdaProcessor resourceARN(String value) {
      return set("ResourceARN", Value.of(value));
    }

    /** Sets {@code ResourceARN} to this value; see {@link #resourceARN(String)}. */
    public InputLambdaProcessor resourceARN(Value<String> value) {
      return set("ResourceARN", value);
    }
  }

  /**
   * For a SQL-based Kinesis Data Analytics application, describes the number of in-application
   * streams to create for a given streaming source.
   *
   * <p>Property type {@code AWS::KinesisAnalyticsV2::Application.InputParallelism}.
   */
  public static final class InputParallelism extends Struct<InputParallelism> {
    private static final Schema SCHEMA = Schema.builder("AWS::KinesisAnalyticsV2::Application.InputParallelism")
        .constrain("Count", Constraint.of().minimum(1).maximum(64))
        .build();

    public InputParallelism() {
      super(SCHEMA);
    }

    /**
     * The number of in-application streams to create.
     *
     * <p>Range: 1 to 64. CloudFormation property {@code Count}.
     */
    public InputParallelism count(int value) {
      return set("Count", Value.of(value));
    }

    /** Sets {@code Count} to this value; see {@link #count(int)}. */
    public InputParallelism count(Value<Integer> value) {
      return set("Count", value);
    }
  }

  /**
   * For an SQL-based Amazon Kinesis Data Analytics application, describes a processor that is used
   * to preprocess the records in the stream before being processed by your application code.
   * Currently, the only input processor available is <a
   * href="https://docs.aws.amazon.com/lambda/">Amazon Lambda</a> .
   *
   * <p>Property type {@code AWS::KinesisAnalyticsV2::Application.InputProcessingConfiguration}.
   */
  public static final class InputProcessingConfiguration extends Struct<InputProcessingConfiguration> {
    private static final Schema SCHEMA = Schema.of("AWS::KinesisAnalyticsV2::Application.InputProcessingConfiguration");

    public InputProcessingConfiguration() {
      super(SCHEMA);
    }

    /**
     * The <a
     * href="https://docs.aws.amazon.com/managed-flink/latest/apiv2/API_InputLambdaProcessor.html">InputLambdaProcessor</a>
     * that is used to preprocess the records in the stream before being processed by your
     * application code.
     *
     * <p>CloudFormation property {@code InputLambdaProcessor}.
     */
    public InputProcessingConfiguration inputLambdaProcessor(Value<InputLambdaProcessor> value) {
      return set("InputLambdaProcessor", value);
    }
  }

  /**
   * For a SQL-based Kinesis Data Analytics application, describes the format of the data in the
   * streaming source, and how each data element maps to corresponding columns created in the
   * in-application stream.
   *
   * <p>Property type {@code AWS::KinesisAnalyticsV2::Application.InputSchema}.
   */
  public static final class InputSchema extends Struct<InputSchema> {
    private static final Schema SCHEMA = Schema.builder("AWS::KinesisAnalyticsV2::Application.InputSchema")
        .required("RecordColumns", "RecordFormat")
        .allowed("RecordEncoding", "UTF-8")
        .constrain("RecordEncoding", Constraint.of().minLength(5).maxLength(5))
        .build();

    public InputSchema() {
      super(SCHEMA);
    }

    /**
     * A list of <code>RecordColumn</code> objects.
     *
     * <p>Required. CloudFormation property {@code RecordColumns}.
     */
    public InputSchema recordColumns(List<RecordColumn> value) {
      return set("RecordColumns", Value.listOf(value));
    }

    /** Sets {@code RecordColumns} to this value; see {@link #recordColumns(List)}. */
    public InputSchema recordColumns(Value<List<RecordColumn>> value) {
      return set("RecordColumns", value);
    }

    /** Sets {@code RecordColumns} to a list of these; see {@link #recordColumns(List)}. */
    public InputSchema recordColumns(RecordColumn... values) {
      return set("RecordColumns", Value.list(values));
    }

    /**
     * Specifies the encoding of the records in the streaming source. For example, UTF-8.
     *
     * <p>Allowed values: {@code UTF-8}. Length: 5 to 5 characters. CloudFormation property {@code
     * RecordEncoding}.
     */
    public InputSchema recordEncoding(String value) {
      return set("RecordEncoding", Value.of(value));
    }

    /** Sets {@code RecordEncoding} to this value; see {@link #recordEncoding(String)}. */
    public InputSchema recordEncoding(Value<String> value) {
      return set("RecordEncoding", value);
    }

    /**
     * Specifies the format of the records on the streaming source.
     *
     * <p>Required. CloudFormation property {@code RecordFormat}.
     */
    public InputSchema recordFormat(Value<RecordFormat> value) {
      return set("RecordFormat", value);
    }
  }

  /**
   * For a SQL-based Kinesis Data Analytics application, provides additional mapping information
   * when JSON is the record format on the streaming source.
   *
   * <p>Property type {@code AWS::KinesisAnalyticsV2::Application.JSONMappingParameters}.
   */
  public static final class JSONMappingParameters extends Struct<JSONMappingParameters> {
    private static final Schema SCHEMA = Schema.builder("AWS::KinesisAnalyticsV2::Application.JSONMappingParameters")
        .required("RecordRowPath")
        .constrain("RecordRowPath", Constraint.of().pattern("^(?=^\\$)(?=^\\S+$).*$").minLength(1).maxLength(65535))
        .build();

    public JSONMappingParameters() {
      super(SCHEMA);
    }

    /**
     * The path to the top-level parent that contains the records.
     *
     * <p>Required. Length: 1 to 65535 characters. Pattern: {@code ^(?=^&#92;$)(?=^&#92;S+$).*$}.
     * CloudFormation property {@code RecordRowPath}.
     */
    public JSONMappingParameters recordRowPath(String value) {
      return set("RecordRowPath", Value.of(value));
    }

    /** Sets {@code RecordRowPath} to this value; see {@link #recordRowPath(String)}. */
    public JSONMappingParameters recordRowPath(Value<String> value) {
      return set("RecordRowPath", value);
    }
  }

  /**
   * For a SQL-based Kinesis Data Analytics application, identifies a Kinesis Data Firehose delivery
   * stream as the streaming source. You provide the delivery stream's Amazon Resource Name (ARN).
   *
   * <p>Property type {@code AWS::KinesisAnalyticsV2::Application.KinesisFirehoseInput}.
   */
  public static final class KinesisFirehoseInput extends Struct<KinesisFirehoseInput> {
    private static final Schema SCHEMA = Schema.builder("AWS::KinesisAnalyticsV2::Application.KinesisFirehoseInput")
        .required("ResourceARN")
        .constrain("ResourceARN", Constraint.of().pattern("^arn:.*$").minLength(1).maxLength(2048))
        .build();

    public KinesisFirehoseInput() {
      super(SCHEMA);
    }

    /**
     * The Amazon Resource Name (ARN) of the delivery stream.
     *
     * <p>Required. Length: 1 to 2048 characters. Pattern: {@code ^arn:.*$}. CloudFormation property
     * {@code ResourceARN}.
     */
    public KinesisFirehoseInput resourceARN(String value) {
      return set("ResourceARN", Value.of(value));
    }

    /** Sets {@code ResourceARN} to this value; see {@link #resourceARN(String)}. */
    public KinesisFirehoseInput resourceARN(Value<String> value) {
      return set("ResourceARN", value);
    }
  }

  /**
   * Identifies a Kinesis data stream as the streaming source. You provide the stream's Amazon
   * Resource Name (ARN).
   *
   * <p>Property type {@code AWS::KinesisAnalyticsV2::Application.KinesisStreamsInput}.
   */
  public static final class KinesisStreamsInput extends Struct<KinesisStreamsInput> {
    private static final Schema SCHEMA = Schema.builder("AWS::KinesisAnalyticsV2::Application.KinesisStreamsInput")
        .required("ResourceARN")
        .constrain("ResourceARN", Constraint.of().pattern("^arn:.*$").minLength(1).maxLength(2048))
        .build();

    public KinesisStreamsInput() {
      super(SCHEMA);
    }

    /**
     * The ARN of the input Kinesis data stream to read.
     *
     * <p>Required. Length: 1 to 2048 characters. Pattern: {@code ^arn:.*$}. CloudFormation property
     * {@code ResourceARN}.
     */
    public KinesisStreamsInput resourceARN(String value) {
      return set("ResourceARN", Value.of(value));
    }

    /** Sets {@code ResourceARN} to this value; see {@link #resourceARN(String)}. */
    public KinesisStreamsInput resourceARN(Value<String> value) {
      return set("ResourceARN", value);
    }
  }

  /**
   * When you configure a SQL-based Kinesis Data Analytics application's input at the time of
   * creating or updating an application, provides additional mapping information specific to the
   * record format (such as JSON, CSV, or record fields delimited by some delimiter) on the
   * streaming source.
   *
   * <p>Property type {@code AWS::KinesisAnalyticsV2::Application.MappingParameters}.
   */
  public static final class MappingParameters extends Struct<MappingParameters> {
    private static final Schema SCHEMA = Schema.of("AWS::KinesisAnalyticsV2::Application.MappingParameters");

    public MappingParameters() {
      super(SCHEMA);
    }

    /**
     * Provides additional mapping information when the record format uses delimiters (for example,
     * CSV).
     *
     * <p>CloudFormation property {@code CSVMappingParameters}.
     */
    public MappingParameters csvMappingParameters(Value<CSVMappingParameters> value) {
      return set("CSVMappingParameters", value);
    }

    /**
     * Provides additional mapping information when JSON is the record format on the streaming
     * source.
     *
     * <p>CloudFormation property {@code JSONMappingParameters}.
     */
    public MappingParameters jsonMappingParameters(Value<JSONMappingParameters> value) {
      return set("JSONMappingParameters", value);
    }
  }

  /**
   * The information required to specify a Maven reference. You can use Maven references to specify
   * dependency JAR files.
   *
   * <p>Property type {@code AWS::KinesisAnalyticsV2::Application.MavenReference}.
   */
  public static final class MavenReference extends Struct<MavenReference> {
    private static final Schema SCHEMA = Schema.builder("AWS::KinesisAnalyticsV2::Application.MavenReference")
        .required("ArtifactId", "GroupId", "Version")
        .constrain("ArtifactId", Constraint.of().pattern("^[a-zA-Z0-9_.-]+$").minLength(1).maxLength(256))
        .constrain("GroupId", Constraint.of().pattern("^[a-zA-Z0-9_.-]+$").minLength(1).maxLength(256))
        .constrain("Version", Constraint.of().pattern("^[a-zA-Z0-9_.-]+$").minLength(1).maxLength(256))
        .build();

    public MavenReference() {
      super(SCHEMA);
    }

    /**
     * The artifact ID of the Maven reference.
     *
     * <p>Required. Length: 1 to 256 characters. Pattern: {@code ^[a-zA-Z0-9_.-]+$}. CloudFormation
     * property {@code ArtifactId}.
     */
    public MavenReference artifactId(String value) {
      return set("ArtifactId", Value.of(value));
    }

    /** Sets {@code ArtifactId} to this value; see {@link #artifactId(String)}. */
    public MavenReference artifactId(Value<String> value) {
      return set("ArtifactId", value);
    }

    /**
     * The group ID of the Maven reference.
     *
     * <p>Required. Length: 1 to 256 characters. Pattern: {@code ^[a-zA-Z0-9_.-]+$}. CloudFormation
     * property {@code GroupId}.
     */
    public MavenReference groupId(String value) {
      return set("GroupId", Value.of(value));
    }

    /** Sets {@code GroupId} to this value; see {@link #groupId(String)}. */
    public MavenReference groupId(Value<String> value) {
      return set("GroupId", value);
    }

    /**
     * The version of the Maven reference.
     *
     * <p>Required. Length: 1 to 256 characters. Pattern: {@code ^[a-zA-Z0-9_.-]+$}. CloudFormation
     * property {@code Version}.
     */
    public MavenReference version(String value) {
      return set("Version", Value.of(value));
    }

    /** Sets {@code Version} to this value; see {@link #version(String)}. */
    public MavenReference version(Value<String> value) {
      return set("Version", value);
    }
  }

  /**
   * Describes configuration parameters for Amazon CloudWatch logging for a Java-based Kinesis Data
   * Analytics application. For more information about CloudWatch logging, see <a
   * href="https://docs.aws.amazon.com/managed-flink/latest/java/monitoring-overview">Monitoring</a>
   * .
   *
   * <p>Property type {@code AWS::KinesisAnalyticsV2::Application.MonitoringConfiguration}.
   */
  public static final class MonitoringConfiguration extends Struct<MonitoringConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::KinesisAnalyticsV2::Application.MonitoringConfiguration")
        .required("ConfigurationType")
        .allowed("ConfigurationType", "DEFAULT", "CUSTOM")
        .allowed("LogLevel", "DEBUG", "INFO", "WARN", "ERROR")
        .allowed("MetricsLevel", "APPLICATION", "OPERATOR", "PARALLELISM", "TASK")
        .build();

    public MonitoringConfiguration() {
      super(SCHEMA);
    }

    /**
     * Describes whether to use the default CloudWatch logging configuration for an application. You
     * must set this property to <code>CUSTOM</code> in order to set the <code>LogLevel</code> or
     * <code>MetricsLevel</code> parameters.
     *
     * <p>Required. Allowed values: {@code DEFAULT}, {@code CUSTOM}. CloudFormation property {@code
     * ConfigurationType}.
     */
    public MonitoringConfiguration configurationType(String value) {
      return set("ConfigurationType", Value.of(value));
    }

    /** Sets {@code ConfigurationType} to this value; see {@link #configurationType(String)}. */
    public MonitoringConfiguration configurationType(Value<String> value) {
      return set("ConfigurationType", value);
    }

    /**
     * Describes the verbosity of the CloudWatch Logs for an application.
     *
     * <p>Allowed values: {@code DEBUG}, {@code INFO}, {@code WARN}, {@code ERROR}. CloudFormation
     * property {@code LogLevel}.
     */
    public MonitoringConfiguration logLevel(String value) {
      return set("LogLevel", Value.of(value));
    }

    /** Sets {@code LogLevel} to this value; see {@link #logLevel(String)}. */
    public MonitoringConfiguration logLevel(Value<String> value) {
      return set("LogLevel", value);
    }

    /**
     * Describes the granularity of the CloudWatch Logs for an application. The
     * <code>Parallelism</code> level is not recommended for applications with a Parallelism over 64
     * due to excessive costs.
     *
     * <p>Allowed values: {@code APPLICATION}, {@code OPERATOR}, {@code PARALLELISM}, {@code TASK}.
     * CloudFormation property {@code MetricsLevel}.
     */
    public MonitoringConfiguration metricsLevel(String value) {
      return set("MetricsLevel", Value.of(value));
    }

    /** Sets {@code MetricsLevel} to this value; see {@link #metricsLevel(String)}. */
    public MonitoringConfiguration metricsLevel(Value<String> value) {
      return set("MetricsLevel", value);
    }
  }

  /**
   * Describes parameters for how a Flink-based Kinesis Data Analytics application executes multiple
   * tasks simultaneously. For more information about parallelism, see <a
   * href="https://docs.aws.amazon.com/https://nightlies.apache.org/flink/flink-docs-master/docs/dev/datastream/execution/parallel/">Parallel
   * Execution</a> in the <a
   * href="https://docs.aws.amazon.com/https://nightlies.apache.org/flink/flink-docs-master">Apache
   * Flink Documentation</a> .
   *
   * <p>Property type {@code AWS::KinesisAnalyticsV2::Application.ParallelismConfiguration}.
   */
  public static final class ParallelismConfiguration extends Struct<ParallelismConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::KinesisAnalyticsV2::Application.ParallelismConfiguration")
        .required("ConfigurationType")
        .allowed("ConfigurationType", "CUSTOM", "DEFAULT")
        .constrain("Parallelism", Constraint.of().minimum(1))
        .constrain("ParallelismPerKPU", Constraint.of().minimum(1))
        .build();

    public ParallelismConfiguration() {
      super(SCHEMA);
    }

    /**
     * Describes whether the Managed Service for Apache Flink service can increase the parallelism
     * of the application in response to increased throughput.
     *
     * <p>CloudFormation property {@code AutoScalingEnabled}.
     */
    public ParallelismConfiguration autoScalingEnabled(boolean value) {
      return set("AutoScalingEnabled", Value.of(value));
    }

    /** Sets {@code AutoScalingEnabled} to this value; see {@link #autoScalingEnabled(boolean)}. */
    public ParallelismConfiguration autoScalingEnabled(Value<Boolean> value) {
      return set("AutoScalingEnabled", value);
    }

    /**
     * Describes whether the application uses the default parallelism for the Managed Service for
     * Apache Flink service. You must set this property to <code>CUSTOM</code> in order to change
     * your application's <code>AutoScalingEnabled</code> , <code>Parallelism</code> , or
     * <code>ParallelismPerKPU</code> properties.
     *
     * <p>Required. Allowed values: {@code CUSTOM}, {@code DEFAULT}. CloudFormation property {@code
     * ConfigurationType}.
     */
    public ParallelismConfiguration configurationType(String value) {
      return set("ConfigurationType", Value.of(value));
    }

    /** Sets {@code ConfigurationType} to this value; see {@link #configurationType(String)}. */
    public ParallelismConfiguration configurationType(Value<String> value) {
      return set("ConfigurationType", value);
    }

    /**
     * Describes the initial number of parallel tasks that a Java-based Kinesis Data Analytics
     * application can perform. The Kinesis Data Analytics service can increase this number
     * automatically if <a
     * href="https://docs.aws.amazon.com/managed-flink/latest/apiv2/API_ParallelismConfiguration.html#kinesisanalytics-Type-ParallelismConfiguration-AutoScalingEnabled.html">ParallelismConfiguration:AutoScalingEnabled</a>
     * is set to <code>true</code> .
     *
     * <p>Range: at least 1. CloudFormation property {@code Parallelism}.
     */
    public ParallelismConfiguration parallelism(int value) {
      return set("Parallelism", Value.of(value));
    }

    /** Sets {@code Parallelism} to this value; see {@link #parallelism(int)}. */
    public ParallelismConfiguration parallelism(Value<Integer> value) {
      return set("Parallelism", value);
    }

    /**
     * Describes the number of parallel tasks that a Java-based Kinesis Data Analytics application
     * can perform per Kinesis Processing Unit (KPU) used by the application. For more information
     * about KPUs, see <a href="https://docs.aws.amazon.com/kinesis/data-analytics/pricing/">Amazon
     * Kinesis Data Analytics Pricing</a> .
     *
     * <p>Range: at least 1. CloudFormation property {@code ParallelismPerKPU}.
     */
    public ParallelismConfiguration parallelismPerKPU(int value) {
      return set("ParallelismPerKPU", Value.of(value));
    }

    /** Sets {@code ParallelismPerKPU} to this value; see {@link #parallelismPerKPU(int)}. */
    public ParallelismConfiguration parallelismPerKPU(Value<Integer> value) {
      return set("ParallelismPerKPU", value);
    }
  }

  /**
   * Property key-value pairs passed into an application.
   *
   * <p>Property type {@code AWS::KinesisAnalyticsV2::Application.PropertyGroup}.
   */
  public static final class PropertyGroup extends Struct<PropertyGroup> {
    private static final Schema SCHEMA = Schema.builder("AWS::KinesisAnalyticsV2::Application.PropertyGroup")
        .constrain("PropertyGroupId", Constraint.of().pattern("^[a-zA-Z0-9_.-]+$").minLength(1).maxLength(50))
        .build();

    public PropertyGroup() {
      super(SCHEMA);
    }

    /**
     * Describes the key of an application execution property key-value pair.
     *
     * <p>Length: 1 to 50 characters. Pattern: {@code ^[a-zA-Z0-9_.-]+$}. CloudFormation property
     * {@code PropertyGroupId}.
     */
    public PropertyGroup propertyGroupId(String value) {
      return set("PropertyGroupId", Value.of(value));
    }

    /** Sets {@code PropertyGroupId} to this value; see {@link #propertyGroupId(String)}. */
    public PropertyGroup propertyGroupId(Value<String> value) {
      return set("PropertyGroupId", value);
    }

    /**
     * Describes the value of an application execution property key-value pair.
     *
     * <p>CloudFormation property {@code PropertyMap}.
     */
    public PropertyGroup propertyMap(Map<String, String> value) {
      return set("PropertyMap", Value.mapOf(value));
    }

    /** Sets {@code PropertyMap} to this value; see {@link #propertyMap(Map)}. */
    public PropertyGroup propertyMap(Value<Map<String, String>> value) {
      return set("PropertyMap", value);
    }
  }

  /**
   * For a SQL-based Kinesis Data Analytics application, describes the mapping of each data element
   * in the streaming source to the corresponding column in the in-application stream.
   *
   * <p>Also used to describe the format of the reference data source.
   *
   * <p>Property type {@code AWS::KinesisAnalyticsV2::Application.RecordColumn}.
   */
  public static final class RecordColumn extends Struct<RecordColumn> {
    private static final Schema SCHEMA = Schema.builder("AWS::KinesisAnalyticsV2::Application.RecordColumn")
        .required("Name", "SqlType")
        .constrain("Mapping", Constraint.of().minLength(1).maxLength(65535))
        .constrain("Name", Constraint.of().pattern("^[^-\\s<>&]*$").minLength(1).maxLength(256))
        .constrain("SqlType", Constraint.of().minLength(1).maxLength(100))
        .build();

    public RecordColumn() {
      super(SCHEMA);
    }

    /**
     * A reference to the data element in the streaming input or the reference data source.
     *
     * <p>Length: 1 to 65535 characters. CloudFormation property {@code Mapping}.
     */
    public RecordColumn mapping(String value) {
      return set("Mapping", Value.of(value));
    }

    /** Sets {@code Mapping} to this value; see {@link #mapping(String)}. */
    public RecordColumn mapping(Value<String> value) {
      return set("Mapping", value);
    }

    /**
     * The name of the column that is created in the in-application input stream or reference table.
     *
     * <p>Required. Length: 1 to 256 characters. Pattern: {@code ^[^-&#92;s&lt;&gt;&amp;]*$}.
     * CloudFormation property {@code Name}.
     */
    public RecordColumn name(String value) {
      return set("Name", Value.of(value));
    }

    /** Sets {@code Name} to this value; see {@link #name(String)}. */
    public RecordColumn name(Value<String> value) {
      return set("Name", value);
    }

    /**
     * The type of column created in the in-application input stream or reference table.
     *
     * <p>Required. Length: 1 to 100 characters. CloudFormation property {@code SqlType}.
     */
    public RecordColumn sqlType(String value) {
      return set("SqlType", Value.of(value));
    }

    /** Sets {@code SqlType} to this value; see {@link #sqlType(String)}. */
    public RecordColumn sqlType(Value<String> value) {
      return set("SqlType", value);
    }
  }

  /**
   * For a SQL-based Kinesis Data Analytics application, describes the record format and relevant
   * mapping information that should be applied to schematize the records on the stream.
   *
   * <p>Property type {@code AWS::KinesisAnalyticsV2::Application.RecordFormat}.
   */
  public static final class RecordFormat extends Struct<RecordFormat> {
    private static final Schema SCHEMA = Schema.builder("AWS::KinesisAnalyticsV2::Application.RecordFormat")
        .required("RecordFormatType")
        .allowed("RecordFormatType", "CSV", "JSON")
        .build();

    public RecordFormat() {
      super(SCHEMA);
    }

    /**
     * When you configure application input at the time of creating or updating an application,
     * provides additional mapping information specific to the record format (such as JSON, CSV, or
     * record fields delimited by some delimiter) on the streaming source.
     *
     * <p>CloudFormation property {@code MappingParameters}.
     */
    public RecordFormat mappingParameters(Value<MappingParameters> value) {
      return set("MappingParameters", value);
    }

    /**
     * The type of record format.
     *
     * <p>Required. Allowed values: {@code CSV}, {@code JSON}. CloudFormation property {@code
     * RecordFormatType}.
     */
    public RecordFormat recordFormatType(String value) {
      return set("RecordFormatType", Value.of(value));
    }

    /** Sets {@code RecordFormatType} to this value; see {@link #recordFormatType(String)}. */
    public RecordFormat recordFormatType(Value<String> value) {
      return set("RecordFormatType", value);
    }
  }

  /**
   * Describes the starting parameters for an Managed Service for Apache Flink application.
   *
   * <p>Property type {@code AWS::KinesisAnalyticsV2::Application.RunConfiguration}.
   */
  public static final class RunConfiguration extends Struct<RunConfiguration> {
    private static final Schema SCHEMA = Schema.of("AWS::KinesisAnalyticsV2::Application.RunConfiguration");

    public RunConfiguration() {
      super(SCHEMA);
    }

    /**
     * Describes the restore behavior of a restarting application.
     *
     * <p>CloudFormation property {@code ApplicationRestoreConfiguration}.
     */
    public RunConfiguration applicationRestoreConfiguration(Value<ApplicationRestoreConfiguration> value) {
      return set("ApplicationRestoreConfiguration", value);
    }

    /**
     * Describes the starting parameters for a Managed Service for Apache Flink application.
     *
     * <p>CloudFormation property {@code FlinkRunConfiguration}.
     */
    public RunConfiguration flinkRunConfiguration(Value<FlinkRunConfiguration> value) {
      return set("FlinkRunConfiguration", value);
    }
  }

  /**
   * The base location of the Amazon Data Analytics application.
   *
   * <p>Property type {@code AWS::KinesisAnalyticsV2::Application.S3ContentBaseLocation}.
   */
  public static final class S3ContentBaseLocation extends Struct<S3ContentBaseLocation> {
    private static final Schema SCHEMA = Schema.builder("AWS::KinesisAnalyticsV2::Application.S3ContentBaseLocation")
        .required("BucketARN")
        .constrain("BasePath", Constraint.of().pattern("^[a-zA-Z0-9/!-_.*'()]+$").minLength(1).maxLength(1024))
        .constrain("BucketARN", Constraint.of().pattern("^arn:.*$").minLength(1).maxLength(2048))
        .build();

    public S3ContentBaseLocation() {
      super(SCHEMA);
    }

    /**
     * The base path for the S3 bucket.
     *
     * <p>Length: 1 to 1024 characters. Pattern: {@code ^[a-zA-Z0-9/!-_.*'()]+$}. CloudFormation
     * property {@code BasePath}.
     */
    public S3ContentBaseLocation basePath(String value) {
      return set("BasePath", Value.of(value));
    }

    /** Sets {@code BasePath} to this value; see {@link #basePath(String)}. */
    public S3ContentBaseLocation basePath(Value<String> value) {
      return set("BasePath", value);
    }

    /**
     * The Amazon Resource Name (ARN) of the S3 bucket.
     *
     * <p>Required. Length: 1 to 2048 characters. Pattern: {@code ^arn:.*$}. CloudFormation property
     * {@code BucketARN}.
     */
    public S3ContentBaseLocation bucketARN(String value) {
      return set("BucketARN", Value.of(value));
    }

    /** Sets {@code BucketARN} to this value; see {@link #bucketARN(String)}. */
    public S3ContentBaseLocation bucketARN(Value<String> value) {
      return set("BucketARN", value);
    }
  }

  /**
   * The location of an application or a custom artifact.
   *
   * <p>Property type {@code AWS::KinesisAnalyticsV2::Application.S3ContentLocation}.
   */
  public static final class S3ContentLocation extends Struct<S3ContentLocation> {
    private static final Schema SCHEMA = Schema.builder("AWS::KinesisAnalyticsV2::Application.S3ContentLocation")
        .required("BucketARN", "FileKey")
        .constrain("BucketARN", Constraint.of().pattern("^arn:.*$").minLength(1).maxLength(2048))
        .constrain("FileKey", Constraint.of().minLength(1).maxLength(1024))
        .constrain("ObjectVersion", Constraint.of().minLength(1).maxLength(1024))
        .build();

    public S3ContentLocation() {
      super(SCHEMA);
    }

    /**
     * The Amazon Resource Name (ARN) for the S3 bucket containing the application code.
     *
     * <p>Required. Length: 1 to 2048 characters. Pattern: {@code ^arn:.*$}. CloudFormation property
     * {@code BucketARN}.
     */
    public S3ContentLocation bucketARN(String value) {
      return set("BucketARN", Value.of(value));
    }

    /** Sets {@code BucketARN} to this value; see {@link #bucketARN(String)}. */
    public S3ContentLocation bucketARN(Value<String> value) {
      return set("BucketARN", value);
    }

    /**
     * The file key for the object containing the application code.
     *
     * <p>Required. Length: 1 to 1024 characters. CloudFormation property {@code FileKey}.
     */
    public S3ContentLocation fileKey(String value) {
      return set("FileKey", Value.of(value));
    }

    /** Sets {@code FileKey} to this value; see {@link #fileKey(String)}. */
    public S3ContentLocation fileKey(Value<String> value) {
      return set("FileKey", value);
    }

    /**
     * The version of the object containing the application code.
     *
     * <p>Length: 1 to 1024 characters. CloudFormation property {@code ObjectVersion}.
     */
    public S3ContentLocation objectVersion(String value) {
      return set("ObjectVersion", Value.of(value));
    }

    /** Sets {@code ObjectVersion} to this value; see {@link #objectVersion(String)}. */
    public S3ContentLocation objectVersion(Value<String> value) {
      return set("ObjectVersion", value);
    }
  }

  /**
   * Describes the inputs, outputs, and reference data sources for a SQL-based Kinesis Data
   * Analytics application.
   *
   * <p>Property type {@code AWS::KinesisAnalyticsV2::Application.SqlApplicationConfiguration}.
   */
  public static final class SqlApplicationConfiguration extends Struct<SqlApplicationConfiguration> {
    private static final Schema SCHEMA = Schema.of("AWS::KinesisAnalyticsV2::Application.SqlApplicationConfiguration");

    public SqlApplicationConfiguration() {
      super(SCHEMA);
    }

    /**
     * The array of <a
     * href="https://docs.aws.amazon.com/managed-flink/latest/apiv2/API_Input.html">Input</a>
     * objects describing the input streams used by the application.
     *
     * <p>CloudFormation property {@code Inputs}.
     */
    public SqlApplicationConfiguration inputs(List<Input> value) {
      return set("Inputs", Value.listOf(value));
    }

    /** Sets {@code Inputs} to this value; see {@link #inputs(List)}. */
    public SqlApplicationConfiguration inputs(Value<List<Input>> value) {
      return set("Inputs", value);
    }

    /** Sets {@code Inputs} to a list of these; see {@link #inputs(List)}. */
    public SqlApplicationConfiguration inputs(Input... values) {
      return set("Inputs", Value.list(values));
    }
  }

  /**
   * Describes the parameters of a VPC used by the application.
   *
   * <p>Property type {@code AWS::KinesisAnalyticsV2::Application.VpcConfiguration}.
   */
  public static final class VpcConfiguration extends Struct<VpcConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::KinesisAnalyticsV2::Application.VpcConfiguration")
        .required("SecurityGroupIds", "SubnetIds")
        .constrain("SecurityGroupIds", Constraint.of().format("AWS::EC2::SecurityGroup.Id"))
        .build();

    public VpcConfiguration() {
      super(SCHEMA);
    }

    /**
     * The array of <a
     * href="https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_SecurityGroup.html">SecurityGroup</a>
     * IDs used by the VPC configuration.
     *
     * <p>Required. Format: {@code AWS::EC2::SecurityGroup.Id}. CloudFormation property {@code
     * SecurityGroupIds}.
     */
    public VpcConfiguration securityGroupIds(List<String> value) {
      return set("SecurityGroupIds", Value.listOf(value));
    }

    /** Sets {@code SecurityGroupIds} to this value; see {@link #securityGroupIds(List)}. */
    public VpcConfiguration securityGroupIds(Value<List<String>> value) {
      return set("SecurityGroupIds", value);
    }

    /**
     * The array of <a
     * href="https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_Subnet.html">Subnet</a> IDs
     * used by the VPC configuration.
     *
     * <p>Required. CloudFormation property {@code SubnetIds}.
     */
    public VpcConfiguration subnetIds(List<String> value) {
      return set("SubnetIds", Value.listOf(value));
    }

    /** Sets {@code SubnetIds} to this value; see {@link #subnetIds(List)}. */
    public VpcConfiguration subnetIds(Value<List<String>> value) {
      return set("SubnetIds", value);
    }
  }

  /**
   * The configuration of a Kinesis Data Analytics Studio notebook.
   *
   * <p>Property type {@code AWS::KinesisAnalyticsV2::Application.ZeppelinApplicationConfiguration}.
   */
  public static final class ZeppelinApplicationConfiguration extends Struct<ZeppelinApplicationConfiguration> {
    private static final Schema SCHEMA = Schema.of("AWS::KinesisAnalyticsV2::Application.ZeppelinApplicationConfiguration");

    public ZeppelinApplicationConfiguration() {
      super(SCHEMA);
    }

    /**
     * The Amazon Glue Data Catalog that you use in queries in a Kinesis Data Analytics Studio
     * notebook.
     *
     * <p>CloudFormation property {@code CatalogConfiguration}.
     */
    public ZeppelinApplicationConfiguration catalogConfiguration(Value<CatalogConfiguration> value) {
      return set("CatalogConfiguration", value);
    }

    /**
     * A list of <code>CustomArtifactConfiguration</code> objects.
     *
     * <p>CloudFormation property {@code CustomArtifactsConfiguration}.
     */
    public ZeppelinApplicationConfiguration customArtifactsConfiguration(List<CustomArtifactConfiguration> value) {
      return set("CustomArtifactsConfiguration", Value.listOf(value));
    }

    /**
     * Sets {@code CustomArtifactsConfiguration} to this value; see {@link
     * #customArtifactsConfiguration(List)}.
     */
    public ZeppelinApplicationConfiguration customArtifactsConfiguration(Value<List<CustomArtifactConfiguration>> value) {
      return set("CustomArtifactsConfiguration", value);
    }

    /**
     * Sets {@code CustomArtifactsConfiguration} to a list of these; see {@link
     * #customArtifactsConfiguration(List)}.
     */
    public ZeppelinApplicationConfiguration customArtifactsConfiguration(CustomArtifactConfiguration... values) {
      return set("CustomArtifactsConfiguration", Value.list(values));
    }

    /**
     * The information required to deploy a Kinesis Data Analytics Studio notebook as an application
     * with durable state.
     *
     * <p>CloudFormation property {@code DeployAsApplicationConfiguration}.
     */
    public ZeppelinApplicationConfiguration deployAsApplicationConfiguration(Value<DeployAsApplicationConfiguration> value) {
      return set("DeployAsApplicationConfiguration", value);
    }

    /**
     * The monitoring configuration of a Kinesis Data Analytics Studio notebook.
     *
     * <p>CloudFormation property {@code MonitoringConfiguration}.
     */
    public ZeppelinApplicationConfiguration monitoringConfiguration(Value<ZeppelinMonitoringConfiguration> value) {
      return set("MonitoringConfiguration", value);
    }
  }

  /**
   * Describes configuration parameters for Amazon CloudWatch logging for a Kinesis Data Analytics
   * Studio notebook. For more information about CloudWatch logging, see <a
   * href="https://docs.aws.amazon.com/managed-flink/latest/java/monitoring-overview.html">Monitoring</a>
   * .
   *
   * <p>Property type {@code AWS::KinesisAnalyticsV2::Application.ZeppelinMonitoringConfiguration}.
   */
  public static final class ZeppelinMonitoringConfiguration extends Struct<ZeppelinMonitoringConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::KinesisAnalyticsV2::Application.ZeppelinMonitoringConfiguration")
        .allowed("LogLevel", "DEBUG", "INFO", "WARN", "ERROR")
        .build();

    public ZeppelinMonitoringConfiguration() {
      super(SCHEMA);
    }

    /**
     * The verbosity of the CloudWatch Logs for an application. You can set it to <code>INFO</code>
     * , <code>WARN</code> , <code>ERROR</code> , or <code>DEBUG</code> .
     *
     * <p>Allowed values: {@code DEBUG}, {@code INFO}, {@code WARN}, {@code ERROR}. CloudFormation
     * property {@code LogLevel}.
     */
    public ZeppelinMonitoringConfiguration logLevel(String value) {
      return set("LogLevel", Value.of(value));
    }

    /** Sets {@code LogLevel} to this value; see {@link #logLevel(String)}. */
    public ZeppelinMonitoringConfiguration logLevel(Value<String> value) {
      return set("LogLevel", value);
    }
  }
}
