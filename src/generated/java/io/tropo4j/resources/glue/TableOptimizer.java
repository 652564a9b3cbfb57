// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.glue;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.fn.Value;

/**
 * An AWS Glue resource for enabling table optimizers to improve read performance for open table
 * formats.
 *
 * <p>CloudFormation type {@code AWS::Glue::TableOptimizer}.
 */
public final class TableOptimizer extends Resource<TableOptimizer> {
  private static final Schema SCHEMA = Schema.builder("AWS::Glue::TableOptimizer")
      .required("CatalogId", "DatabaseName", "TableName", "TableOptimizerConfiguration", "Type")
      .constrain("CatalogId", Constraint.of().minLength(1).maxLength(255))
      .constrain("DatabaseName", Constraint.of().minLength(1).maxLength(255))
      .constrain("TableName", Constraint.of().minLength(1).maxLength(255))
      .allowed("Type", "compaction", "orphan_file_deletion", "retention")
      .build();

  public TableOptimizer(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The catalog ID of the table.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 255 characters. CloudFormation
   * property {@code CatalogId}.
   */
  public TableOptimizer catalogId(String value) {
    return set("CatalogId", Value.of(value));
  }

  /** Sets {@code CatalogId} to this value; see {@link #catalogId(String)}. */
  public TableOptimizer catalogId(Value<String> value) {
    return set("CatalogId", value);
  }

  /**
   * The name of the database. For Hive compatibility, this is folded to lowercase when it is
   * stored.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 255 characters. CloudFormation
   * property {@code DatabaseName}.
   */
  public TableOptimizer databaseName(String value) {
    return set("DatabaseName", Value.of(value));
  }

  /** Sets {@code DatabaseName} to this value; see {@link #databaseName(String)}. */
  public TableOptimizer databaseName(Value<String> value) {
    return set("DatabaseName", value);
  }

  /**
   * The table name. For Hive compatibility, this must be entirely lowercase.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 255 characters. CloudFormation
   * property {@code TableName}.
   */
  public TableOptimizer tableName(String value) {
    return set("TableName", Value.of(value));
  }

  /** Sets {@code TableName} to this value; see {@link #tableName(String)}. */
  public TableOptimizer tableName(Value<String> value) {
    return set("TableName", value);
  }

  /**
   * Specifies configuration details of a table optimizer.
   *
   * <p>Required. CloudFormation property {@code TableOptimizerConfiguration}.
   */
  public TableOptimizer tableOptimizerConfiguration(Value<TableOptimizerConfiguration> value) {
    return set("TableOptimizerConfiguration", value);
  }

  /**
   * The type of table optimizer. The valid values are:
   *
   * <ul> <li>compaction - for managing compaction with a table optimizer. <li>retention - for
   * managing the retention of snapshot with a table optimizer. <li>orphan_file_deletion - for
   * managing the deletion of orphan files with a table optimizer. </ul>
   *
   * <p>Required. Changing it replaces the resource. Allowed values: {@code compaction}, {@code
   * orphan_file_deletion}, {@code retention}. CloudFormation property {@code Type}.
   */
  public TableOptimizer typeProperty(String value) {
    return set("Type", Value.of(value));
  }

  /** Sets {@code Type} to this value; see {@link #typeProperty(String)}. */
  public TableOptimizer typeProperty(Value<String> value) {
    return set("Type", value);
  }

  /** Property type {@code AWS::Glue::TableOptimizer.CompactionConfiguration}. */
  public static final class CompactionConfiguration extends Struct<CompactionConfiguration> {
    private static final Schema SCHEMA = Schema.of("AWS::Glue::TableOptimizer.CompactionConfiguration");

    public CompactionConfiguration() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code IcebergConfiguration}. */
    public CompactionConfiguration icebergConfiguration(Value<IcebergCompactionConfiguration> value) {
      return set("IcebergConfiguration", value);
    }
  }

  /** Property type {@code AWS::Glue::TableOptimizer.IcebergCompactionConfiguration}. */
  public static final class IcebergCompactionConfiguration extends Struct<IcebergCompactionConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::Glue::TableOptimizer.IcebergCompactionConfiguration")
        .allowed("Strategy", "binpack", "sort", "z-order")
        .build();

    public IcebergCompactionConfiguration() {
      super(SCHEMA);
    }

    /**
     * The minimum number of deletes in a data file to make it eligible for compaction.
     *
     * <p>CloudFormation property {@code DeleteFileThreshold}.
     */
    public IcebergCompactionConfiguration deleteFileThreshold(int value) {
      return set("DeleteFileThreshold", Value.of(value));
    }

    /** Sets {@code DeleteFileThreshold} to this value; see {@link #deleteFileThreshold(int)}. */
    public IcebergCompactionConfiguration deleteFileThreshold(Value<Integer> value) {
      return set("DeleteFileThreshold", value);
    }

    /**
     * The minimum number of input files before compaction is triggered.
     *
     * <p>CloudFormation property {@code MinInputFiles}.
     */
    public IcebergCompactionConfiguration minInputFiles(int value) {
      return set("MinInputFiles", Value.of(value));
    }

    /** Sets {@code MinInputFiles} to this value; see {@link #minInputFiles(int)}. */
    public IcebergCompactionConfiguration minInputFiles(Value<Integer> value) {
      return set("MinInputFiles", value);
    }

    /**
     * The compaction strategy to use. Valid values are binpack, sort, and z-order.
     *
     * <p>Allowed values: {@code binpack}, {@code sort}, {@code z-order}. CloudFormation property
     * {@code Strategy}.
     */
    public IcebergCompactionConfiguration strategy(String value) {
      return set("Strategy", Value.of(value));
    }

    /** Sets {@code Strategy} to this value; see {@link #strategy(String)}. */
    public IcebergCompactionConfiguration strategy(Value<String> value) {
      return set("Strategy", value);
    }
  }

  /**
   * IcebergConfiguration is a property type within the <code>AWS::Glue::TableOptimizer</code>
   * resource in AWS CloudFormation. This configuration is used when setting up table optimization
   * for Iceberg tables in AWS Glue .
   *
   * <p>Property type {@code AWS::Glue::TableOptimizer.IcebergConfiguration}.
   */
  public static final class IcebergConfiguration extends Struct<IcebergConfiguration> {
    private static final Schema SCHEMA = Schema.of("AWS::Glue::TableOptimizer.IcebergConfiguration");

    public IcebergConfiguration() {
      super(SCHEMA);
    }

    /**
     * Specifies a directory in which to look for orphan files (defaults to the table's location).
     * You may choose a sub-directory rather than the top-level table location.
     *
     * <p>CloudFormation property {@code Location}.
     */
    public IcebergConfiguration location(String value) {
      return set("Location", Value.of(value));
    }

    /** Sets {@code Location} to this value; see {@link #location(String)}. */
    public IcebergConfiguration location(Value<String> value) {
      return set("Location", value);
    }

    /**
     * The specific number of days you want to keep the orphan files.
     *
     * <p>CloudFormation property {@code OrphanFileRetentionPeriodInDays}.
     */
    public IcebergConfiguration orphanFileRetentionPeriodInDays(int value) {
      return set("OrphanFileRetentionPeriodInDays", Value.of(value));
    }

    /**
     * Sets {@code OrphanFileRetentionPeriodInDays} to this value; see {@link
     * #orphanFileRetentionPeriodInDays(int)}.
     */
    public IcebergConfiguration orphanFileRetentionPeriodInDays(Value<Integer> value) {
      return set("OrphanFileRetentionPeriodInDays", value);
    }
  }

  /** Property type {@code AWS::Glue::TableOptimizer.IcebergRetentionConfiguration}. */
  public static final class IcebergRetentionConfiguration extends Struct<IcebergRetentionConfiguration> {
    private static final Schema SCHEMA = Schema.of("AWS::Glue::TableOptimizer.IcebergRetentionConfiguration");

    public IcebergRetentionConfiguration() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code CleanExpiredFiles}. */
    public IcebergRetentionConfiguration cleanExpiredFiles(boolean value) {
      return set("CleanExpiredFiles", Value.of(value));
    }

    /** Sets {@code CleanExpiredFiles} to this value; see {@link #cleanExpiredFiles(boolean)}. */
    public IcebergRetentionConfiguration cleanExpiredFiles(Value<Boolean> value) {
      return set("CleanExpiredFiles", value);
    }

    /** CloudFormation property {@code NumberOfSnapshotsToRetain}. */
    public IcebergRetentionConfiguration numberOfSnapshotsToRetain(int value) {
      return set("NumberOfSnapshotsToRetain", Value.of(value));
    }

    /**
     * Sets {@code NumberOfSnapshotsToRetain} to this value; see {@link
     * #numberOfSnapshotsToRetain(int)}.
     */
    public IcebergRetentionConfiguration numberOfSnapshotsToRetain(Value<Integer> value) {
      return set("NumberOfSnapshotsToRetain", value);
    }

    /** CloudFormation property {@code SnapshotRetentionPeriodInDays}. */
    public IcebergRetentionConfiguration snapshotRetentionPeriodInDays(int value) {
      return set("SnapshotRetentionPeriodInDays", Value.of(value));
    }

    /**
     * Sets {@code SnapshotRetentionPeriodInDays} to this value; see {@link
     * #snapshotRetentionPeriodInDays(int)}.
     */
    public IcebergRetentionConfiguration snapshotRetentionPeriodInDays(Value<Integer> value) {
      return set("SnapshotRetentionPeriodInDays", value);
    }
  }

  /**
   * Configuration for removing files that are are not tracked by the Iceberg table metadata, and
   * are older than your configured age limit. This configuration helps optimize storage usage and
   * costs by automatically cleaning up files that are no longer needed by the table.
   *
   * <p>Property type {@code AWS::Glue::TableOptimizer.OrphanFileDeletionConfiguration}.
   */
  public static final class OrphanFileDeletionConfiguration extends Struct<OrphanFileDeletionConfiguration> {
    private static final Schema SCHEMA = Schema.of("AWS::Glue::TableOptimizer.OrphanFileDeletionConfiguration");

    public OrphanFileDeletionConfiguration() {
      super(SCHEMA);
    }

    /**
     * The <code>IcebergConfiguration</code> property helps optimize your Iceberg tables in AWS Glue
     * by allowing you to specify format-specific settings that control how data is stored,
     * compressed, and managed.
     *
     * <p>CloudFormation property {@code IcebergConfiguration}.
     */
    public OrphanFileDeletionConfiguration icebergConfiguration(Value<IcebergConfiguration> value) {
      return set("IcebergConfiguration", value);
    }
  }

  /**
   * The configuration for a snapshot retention optimizer for Apache Iceberg tables.
   *
   * <p>Property type {@code AWS::Glue::TableOptimizer.RetentionConfiguration}.
   */
  public static final class RetentionConfiguration extends Struct<RetentionConfiguration> {
    private static final Schema SCHEMA = Schema.of("AWS::Glue::TableOptimizer.RetentionConfiguration");

    public RetentionConfiguration() {
      super(SCHEMA);
    }

    /**
     * The configuration for an Iceberg snapshot retention optimizer.
     *
     * <p>CloudFormation property {@code IcebergConfiguration}.
     */
    public RetentionConfiguration icebergConfiguration(Value<IcebergRetentionConfiguration> value) {
      return set("IcebergConfiguration", value);
    }
  }

  /**
   * Specifies configuration details of a table optimizer.
   *
   * <p>Property type {@code AWS::Glue::TableOptimizer.TableOptimizerConfiguration}.
   */
  public static final class TableOptimizerConfiguration extends Struct<TableOptimizerConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::Glue::TableOptimizer.TableOptimizerConfiguration")
        .required("Enabled", "RoleArn")
        .constrain("RoleArn", Constraint.of().minLength(20).maxLength(2048).format("AWS::IAM::Role.Arn"))
        .build();

    public TableOptimizerConfiguration() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code CompactionConfiguration}. */
    public TableOptimizerConfiguration compactionConfiguration(Value<CompactionConfiguration> value) {
      return set("CompactionConfiguration", value);
    }

    /**
     * Whether the table optimization is enabled.
     *
     * <p>Required. CloudFormation property {@code Enabled}.
     */
    public TableOptimizerConfiguration enabled(boolean value) {
      return set("Enabled", Value.of(value));
    }

    /** Sets {@code Enabled} to this value; see {@link #enabled(boolean)}. */
    public TableOptimizerConfiguration enabled(Value<Boolean> value) {
      return set("Enabled", value);
    }

    /**
     * <code>OrphanFileDeletionConfiguration</code> is a property that can be included within the
     * TableOptimizer resource. It controls the automatic deletion of orphaned files - files that
     * are not tracked by the table metadata, and older than the configured age limit.
     *
     * <p>CloudFormation property {@code OrphanFileDeletionConfiguration}.
     */
    public TableOptimizerConfiguration orphanFileDeletionConfiguration(Value<OrphanFileDeletionConfiguration> value) {
      return set("OrphanFileDeletionConfiguration", value);
    }

    /**
     * The configuration for a snapshot retention optimizer for Apache Iceberg tables.
     *
     * <p>CloudFormation property {@code RetentionConfiguration}.
     */
    public TableOptimizerConfiguration retentionConfiguration(Value<RetentionConfiguration> value) {
      return set("RetentionConfiguration", value);
    }

    /**
     * A role passed by the caller which gives the service permission to update the resources
     * associated with the optimizer on the caller's behalf.
     *
     * <p>Required. Length: 20 to 2048 characters. Format: {@code AWS::IAM::Role.Arn}.
     * CloudFormation property {@code RoleArn}.
     */
    public TableOptimizerConfiguration roleArn(String value) {
      return set("RoleArn", Value.of(value));
    }

    /** Sets {@code RoleArn} to this value; see {@link #roleArn(String)}. */
    public TableOptimizerConfiguration roleArn(Value<String> value) {
      return set("RoleArn", value);
    }

    /**
     * An object that describes the VPC configuration for a table optimizer. This configuration is
     * necessary to perform optimization on tables that are in a customer VPC.
     *
     * <p>CloudFormation property {@code VpcConfiguration}.
     */
    public TableOptimizerConfiguration vpcConfiguration(Value<VpcConfiguration> value) {
      return set("VpcConfiguration", value);
    }
  }

  /**
   * An object that describes the VPC configuration for a table optimizer. This configuration is
   * necessary to perform optimization on tables that are in a customer VPC.
   *
   * <p>Property type {@code AWS::Glue::TableOptimizer.VpcConfiguration}.
   */
  public static final class VpcConfiguration extends Struct<VpcConfiguration> {
    private static final Schema SCHEMA = Schema.of("AWS::Glue::TableOptimizer.VpcConfiguration");

    public VpcConfiguration() {
      super(SCHEMA);
    }

    /**
     * The name of the AWS Glue connection used for the VPC for the table optimizer.
     *
     * <p>CloudFormation property {@code GlueConnectionName}.
     */
    public VpcConfiguration glueConnectionName(String value) {
      return set("GlueConnectionName", Value.of(value));
    }

    /** Sets {@code GlueConnectionName} to this value; see {@link #glueConnectionName(String)}. */
    public VpcConfiguration glueConnectionName(Value<String> value) {
      return set("GlueConnectionName", value);
    }
  }
}
