// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.dms;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * This object provides information about a AWS DMS data migration.
 *
 * <p>CloudFormation type {@code AWS::DMS::DataMigration}.
 */
public final class DataMigration extends Resource<DataMigration> {
  private static final Schema SCHEMA = Schema.builder("AWS::DMS::DataMigration")
      .required("DataMigrationType", "MigrationProjectIdentifier", "ServiceAccessRoleArn")
      .constrain("DataMigrationIdentifier", Constraint.of().minLength(1).maxLength(300))
      .constrain("DataMigrationName", Constraint.of().minLength(1).maxLength(300))
      .allowed("DataMigrationType", "full-load", "cdc", "full-load-and-cdc")
      .constrain("MigrationProjectIdentifier", Constraint.of().minLength(1).maxLength(255))
      .constrain("ServiceAccessRoleArn", Constraint.of().minLength(1).maxLength(300).format("AWS::IAM::Role.Arn"))
      .refYields("DataMigrationArn")
      .attributes("DataMigrationArn", "DataMigrationCreateTime")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public DataMigration(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The property describes an ARN of the data migration.
   *
   * <p>Length: 1 to 300 characters. CloudFormation property {@code DataMigrationIdentifier}.
   */
  public DataMigration dataMigrationIdentifier(String value) {
    return set("DataMigrationIdentifier", Value.of(value));
  }

  /**
   * Sets {@code DataMigrationIdentifier} to this value; see {@link
   * #dataMigrationIdentifier(String)}.
   */
  public DataMigration dataMigrationIdentifier(Value<String> value) {
    return set("DataMigrationIdentifier", value);
  }

  /**
   * The user-friendly name for the data migration.
   *
   * <p>Length: 1 to 300 characters. CloudFormation property {@code DataMigrationName}.
   */
  public DataMigration dataMigrationName(String value) {
    return set("DataMigrationName", Value.of(value));
  }

  /** Sets {@code DataMigrationName} to this value; see {@link #dataMigrationName(String)}. */
  public DataMigration dataMigrationName(Value<String> value) {
    return set("DataMigrationName", value);
  }

  /**
   * Specifies CloudWatch settings and selection rules for the data migration.
   *
   * <p>CloudFormation property {@code DataMigrationSettings}.
   */
  public DataMigration dataMigrationSettings(Value<DataMigrationSettings> value) {
    return set("DataMigrationSettings", value);
  }

  /**
   * Specifies whether the data migration is full-load only, change data capture (CDC) only, or
   * full-load and CDC.
   *
   * <p>Required. Allowed values: {@code full-load}, {@code cdc}, {@code full-load-and-cdc}.
   * CloudFormation property {@code DataMigrationType}.
   */
  public DataMigration dataMigrationType(String value) {
    return set("DataMigrationType", Value.of(value));
  }

  /** Sets {@code DataMigrationType} to this value; see {@link #dataMigrationType(String)}. */
  public DataMigration dataMigrationType(Value<String> value) {
    return set("DataMigrationType", value);
  }

  /**
   * The property describes an identifier for the migration project. It is used for
   * describing/deleting/modifying can be name/arn
   *
   * <p>Required. Length: 1 to 255 characters. CloudFormation property {@code
   * MigrationProjectIdentifier}.
   */
  public DataMigration migrationProjectIdentifier(String value) {
    return set("MigrationProjectIdentifier", Value.of(value));
  }

  /**
   * Sets {@code MigrationProjectIdentifier} to this value; see {@link
   * #migrationProjectIdentifier(String)}.
   */
  public DataMigration migrationProjectIdentifier(Value<String> value) {
    return set("MigrationProjectIdentifier", value);
  }

  /**
   * The IAM role that the data migration uses to access AWS resources.
   *
   * <p>Required. Length: 1 to 300 characters. Format: {@code AWS::IAM::Role.Arn}. CloudFormation
   * property {@code ServiceAccessRoleArn}.
   */
  public DataMigration serviceAccessRoleArn(String value) {
    return set("ServiceAccessRoleArn", Value.of(value));
  }

  /** Sets {@code ServiceAccessRoleArn} to this value; see {@link #serviceAccessRoleArn(String)}. */
  public DataMigration serviceAccessRoleArn(Value<String> value) {
    return set("ServiceAccessRoleArn", value);
  }

  /**
   * Specifies information about the data migration's source data provider.
   *
   * <p>CloudFormation property {@code SourceDataSettings}.
   */
  public DataMigration sourceDataSettings(List<SourceDataSettings> value) {
    return set("SourceDataSettings", Value.listOf(value));
  }

  /** Sets {@code SourceDataSettings} to this value; see {@link #sourceDataSettings(List)}. */
  public DataMigration sourceDataSettings(Value<List<SourceDataSettings>> value) {
    return set("SourceDataSettings", value);
  }

  /** Sets {@code SourceDataSettings} to a list of these; see {@link #sourceDataSettings(List)}. */
  public DataMigration sourceDataSettings(SourceDataSettings... values) {
    return set("SourceDataSettings", Value.list(values));
  }

  /**
   * An array of key-value pairs to apply to this resource.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public DataMigration tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public DataMigration tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public DataMigration tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The Amazon Resource Name (ARN) that identifies this replication.
   *
   * <p>{@code Fn::GetAtt} attribute {@code DataMigrationArn}.
   */
  public Value<String> dataMigrationArn() {
    return getAtt("DataMigrationArn");
  }

  /**
   * The UTC time when DMS created the data migration.
   *
   * <p>{@code Fn::GetAtt} attribute {@code DataMigrationCreateTime}.
   */
  public Value<String> dataMigrationCreateTime() {
    return getAtt("DataMigrationCreateTime");
  }

  /**
   * Options for configuring a data migration, including whether to enable CloudWatch logs, and the
   * selection rules to use to include or exclude database objects from the migration.
   *
   * <p>Property type {@code AWS::DMS::DataMigration.DataMigrationSettings}.
   */
  public static final class DataMigrationSettings extends Struct<DataMigrationSettings> {
    private static final Schema SCHEMA = Schema.builder("AWS::DMS::DataMigration.DataMigrationSettings")
        .constrain("NumberOfJobs", Constraint.of().minimum(1).maximum(50))
        .build();

    public DataMigrationSettings() {
      super(SCHEMA);
    }

    /**
     * Whether to enable CloudWatch logging for the data migration.
     *
     * <p>CloudFormation property {@code CloudwatchLogsEnabled}.
     */
    public DataMigrationSettings cloudwatchLogsEnabled(boolean value) {
      return set("CloudwatchLogsEnabled", Value.of(value));
    }

    /**
     * Sets {@code CloudwatchLogsEnabled} to this value; see {@link
     * #cloudwatchLogsEnabled(boolean)}.
     */
    public DataMigrationSettings cloudwatchLogsEnabled(Value<Boolean> value) {
      return set("CloudwatchLogsEnabled", value);
    }

    /**
     * The number of parallel jobs that trigger parallel threads to unload the tables from the
     * source, and then load them to the target.
     *
     * <p>Range: 1 to 50. CloudFormation property {@code NumberOfJobs}.
     */
    public DataMigrationSettings numberOfJobs(int value) {
      return set("NumberOfJobs", Value.of(value));
    }

    /** Sets {@code NumberOfJobs} to this value; see {@link #numberOfJobs(int)}. */
    public DataMigrationSettings numberOfJobs(Value<Integer> value) {
      return set("NumberOfJobs", value);
    }

    /**
     * A JSON-formatted string that defines what objects to include and exclude from the migration.
     *
     * <p>CloudFormation property {@code SelectionRules}.
     */
    public DataMigrationSettings selectionRules(String value) {
      return set("SelectionRules", Value.of(value));
    }

    /** Sets {@code SelectionRules} to this value; see {@link #selectionRules(String)}. */
    public DataMigrationSettings selectionRules(Value<String> value) {
      return set("SelectionRules", value);
    }
  }

  /** Property type {@code AWS::DMS::DataMigration.SourceDataSettings}. */
  public static final class SourceDataSettings extends Struct<SourceDataSettings> {
    private static final Schema SCHEMA = Schema.builder("AWS::DMS::DataMigration.SourceDataSettings")
        .constrain("CDCStartPosition", Constraint.of().maxLength(40))
        .constrain("CDCStartTime", Constraint.of().maxLength(40))
        .constrain("CDCStopTime", Constraint.of().maxLength(40))
        .constrain("SlotName", Constraint.of().maxLength(255))
        .build();

    public SourceDataSettings() {
      super(SCHEMA);
    }

    /**
     * The property is a point in the database engine's log that defines a time where you can begin
     * CDC.
     *
     * <p>Length: at most 40 characters. CloudFormation property {@code CDCStartPosition}.
     */
    public SourceDataSettings cdcStartPosition(String value) {
      return set("CDCStartPosition", Value.of(value));
    }

    /** Sets {@code CDCStartPosition} to this value; see {@link #cdcStartPosition(String)}. */
    public SourceDataSettings cdcStartPosition(Value<String> value) {
      return set("CDCStartPosition", value);
    }

    /**
     * The property indicates the start time for a change data capture (CDC) operation. The value is
     * server time in UTC format.
     *
     * <p>Length: at most 40 characters. CloudFormation property {@code CDCStartTime}.
     */
    public SourceDataSettings cdcStartTime(String value) {
      return set("CDCStartTime", Value.of(value));
    }

    /** Sets {@code CDCStartTime} to this value; see {@link #cdcStartTime(String)}. */
    public SourceDataSettings cdcStartTime(Value<String> value) {
      return set("CDCStartTime", value);
    }

    /**
     * The property indicates the stop time for a change data capture (CDC) operation. The value is
     * server time in UTC format.
     *
     * <p>Length: at most 40 characters. CloudFormation property {@code CDCStopTime}.
     */
    public SourceDataSettings cdcStopTime(String value) {
      return set("CDCStopTime", Value.of(value));
    }

    /** Sets {@code CDCStopTime} to this value; see {@link #cdcStopTime(String)}. */
    public SourceDataSettings cdcStopTime(Value<String> value) {
      return set("CDCStopTime", value);
    }

    /**
     * The property sets the name of a previously created logical replication slot for a change data
     * capture (CDC) load of the source instance.
     *
     * <p>Length: at most 255 characters. CloudFormation property {@code SlotName}.
     */
    public SourceDataSettings slotName(String value) {
      return set("SlotName", Value.of(value));
    }

    /** Sets {@code SlotName} to this value; see {@link #slotName(String)}. */
    public SourceDataSettings slotName(Value<String> value) {
      return set("SlotName", value);
    }
  }
}
