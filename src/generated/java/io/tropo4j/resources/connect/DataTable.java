// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.connect;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Represents a data table in Amazon Connect. A data table is a JSON-like data structure where
 * attributes and values are dynamically set by customers. Customers can reference table values
 * within call flows, applications, views, and workspaces to pinpoint dynamic configuration that
 * changes their contact center's behavior in a predetermined and safe way.
 *
 * <p>CloudFormation type {@code AWS::Connect::DataTable}.
 */
public final class DataTable extends Resource<DataTable> {
  private static final Schema SCHEMA = Schema.builder("AWS::Connect::DataTable")
      .required("InstanceArn", "Name", "Status", "TimeZone", "ValueLockLevel")
      .constrain("Description", Constraint.of().pattern("^[\\P{C}\r\n\t]+$").minLength(0).maxLength(250))
      .constrain("InstanceArn", Constraint.of().pattern("^arn:aws[-a-z0-9]*:connect:[-a-z0-9]*:[0-9]{12}:instance/[-a-zA-Z0-9]*$").minLength(1).maxLength(100))
      .constrain("Name", Constraint.of().pattern("^[\\p{L}\\p{Z}\\p{N}\\-_.:=@'|]+$").minLength(1).maxLength(128))
      .allowed("Status", "PUBLISHED")
      .allowed("ValueLockLevel", "NONE", "DATA_TABLE", "PRIMARY_VALUE", "ATTRIBUTE", "VALUE")
      .attributes("Arn", "CreatedTime", "LastModifiedRegion", "LastModifiedTime", "LockVersion")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public DataTable(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * An optional description of the data table's purpose and contents.
   *
   * <p>Length: 0 to 250 characters. Pattern: {@code ^[&#92;P{C} 
 ]+$}. CloudFormation property
   * {@code Description}.
   */
  public DataTable description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public DataTable description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * The Amazon Resource Name (ARN) of the instance.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 100 characters. Pattern: {@code
   * ^arn:aws[-a-z0-9]*:connect:[-a-z0-9]*:[0-9]{12}:instance/[-a-zA-Z0-9]*$}. CloudFormation
   * property {@code InstanceArn}.
   */
  public DataTable instanceArn(String value) {
    return set("InstanceArn", Value.of(value));
  }

  /** Sets {@code InstanceArn} to this value; see {@link #instanceArn(String)}. */
  public DataTable instanceArn(Value<String> value) {
    return set("InstanceArn", value);
  }

  /**
   * The human-readable name of the data table. Must be unique within the instance and conform to
   * Connect naming standards.
   *
   * <p>Required. Length: 1 to 128 characters. Pattern: {@code
   * ^[&#92;p{L}&#92;p{Z}&#92;p{N}&#92;-_.:=&#64;'|]+$}. CloudFormation property {@code Name}.
   */
  public DataTable name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public DataTable name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * The current status of the data table. One of PUBLISHED or SAVED.
   *
   * <p>Required. Changing it replaces the resource. Allowed values: {@code PUBLISHED}.
   * CloudFormation property {@code Status}.
   */
  public DataTable status(String value) {
    return set("Status", Value.of(value));
  }

  /** Sets {@code Status} to this value; see {@link #status(String)}. */
  public DataTable status(Value<String> value) {
    return set("Status", value);
  }

  /**
   * Key-value pairs for attribute based access control (TBAC or ABAC) and organization.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public DataTable tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public DataTable tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public DataTable tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The IANA timezone identifier used when resolving time based dynamic values. Required even if no
   * time slices are specified.
   *
   * <p>Required. CloudFormation property {@code TimeZone}.
   */
  public DataTable timeZone(String value) {
    return set("TimeZone", Value.of(value));
  }

  /** Sets {@code TimeZone} to this value; see {@link #timeZone(String)}. */
  public DataTable timeZone(Value<String> value) {
    return set("TimeZone", value);
  }

  /**
   * The data level that concurrent value edits are locked on. One of DATA_TABLE, PRIMARY_VALUE,
   * ATTRIBUTE, VALUE, and NONE. Determines how concurrent edits are handled when multiple users
   * attempt to modify values simultaneously.
   *
   * <p>Required. Allowed values: {@code NONE}, {@code DATA_TABLE}, {@code PRIMARY_VALUE}, {@code
   * ATTRIBUTE}, {@code VALUE}. CloudFormation property {@code ValueLockLevel}.
   */
  public DataTable valueLockLevel(String value) {
    return set("ValueLockLevel", Value.of(value));
  }

  /** Sets {@code ValueLockLevel} to this value; see {@link #valueLockLevel(String)}. */
  public DataTable valueLockLevel(Value<String> value) {
    return set("ValueLockLevel", value);
  }

  /**
   * The Amazon Resource Name (ARN) for the data table. Does not include version aliases.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * The timestamp when the data table was created.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CreatedTime}.
   */
  public Value<Double> createdTime() {
    return getAtt("CreatedTime");
  }

  /**
   * The AWS Region where the data table was last modified, used for region replication.
   *
   * <p>{@code Fn::GetAtt} attribute {@code LastModifiedRegion}.
   */
  public Value<String> lastModifiedRegion() {
    return getAtt("LastModifiedRegion");
  }

  /**
   * The timestamp when the data table or any of its properties were last modified.
   *
   * <p>{@code Fn::GetAtt} attribute {@code LastModifiedTime}.
   */
  public Value<Double> lastModifiedTime() {
    return getAtt("LastModifiedTime");
  }

  /**
   * The lock version of the Data Table
   *
   * <p>{@code Fn::GetAtt} attribute {@code LockVersion}.
   */
  public Value<LockVersion> lockVersion() {
    return getAtt("LockVersion");
  }

  /**
   * The lock version of the Data Table
   *
   * <p>Property type {@code AWS::Connect::DataTable.LockVersion}.
   */
  public static final class LockVersion extends Struct<LockVersion> {
    private static final Schema SCHEMA = Schema.of("AWS::Connect::DataTable.LockVersion");

    public LockVersion() {
      super(SCHEMA);
    }

    /**
     * The data table for the lock version
     *
     * <p>CloudFormation property {@code DataTable}.
     */
    public LockVersion dataTable(String value) {
      return set("DataTable", Value.of(value));
    }

    /** Sets {@code DataTable} to this value; see {@link #dataTable(String)}. */
    public LockVersion dataTable(Value<String> value) {
      return set("DataTable", value);
    }
  }
}
