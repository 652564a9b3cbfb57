// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.connect;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import java.util.List;

/**
 * Resource Type definition for AWS::Connect::DataTableRecord
 *
 * <p>CloudFormation type {@code AWS::Connect::DataTableRecord}.
 */
public final class DataTableRecord extends Resource<DataTableRecord> {
  private static final Schema SCHEMA = Schema.builder("AWS::Connect::DataTableRecord")
      .required("DataTableArn", "DataTableRecord", "InstanceArn")
      .constrain("DataTableArn", Constraint.of().minLength(1).maxLength(2048))
      .constrain("InstanceArn", Constraint.of().pattern("^arn:aws[-a-z0-9]*:connect:[-a-z0-9]*:[0-9]{12}:instance/[-a-zA-Z0-9]*$").minLength(1).maxLength(100))
      .attributes("RecordId")
      .build();

  public DataTableRecord(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The Amazon Resource Name (ARN) for the data table. Does not include version aliases.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 2048 characters. CloudFormation
   * property {@code DataTableArn}.
   */
  public DataTableRecord dataTableArn(String value) {
    return set("DataTableArn", io.tropo4j.fn.Value.of(value));
  }

  /** Sets {@code DataTableArn} to this value; see {@link #dataTableArn(String)}. */
  public DataTableRecord dataTableArn(io.tropo4j.fn.Value<String> value) {
    return set("DataTableArn", value);
  }

  /** Required. CloudFormation property {@code DataTableRecord}. */
  public DataTableRecord dataTableRecord(io.tropo4j.fn.Value<DataTableRecordProperty> value) {
    return set("DataTableRecord", value);
  }

  /**
   * The Amazon Resource Name (ARN) of the instance.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 100 characters. Pattern: {@code
   * ^arn:aws[-a-z0-9]*:connect:[-a-z0-9]*:[0-9]{12}:instance/[-a-zA-Z0-9]*$}. CloudFormation
   * property {@code InstanceArn}.
   */
  public DataTableRecord instanceArn(String value) {
    return set("InstanceArn", io.tropo4j.fn.Value.of(value));
  }

  /** Sets {@code InstanceArn} to this value; see {@link #instanceArn(String)}. */
  public DataTableRecord instanceArn(io.tropo4j.fn.Value<String> value) {
    return set("InstanceArn", value);
  }

  /** {@code Fn::GetAtt} attribute {@code RecordId}. */
  public io.tropo4j.fn.Value<String> recordId() {
    return getAtt("RecordId");
  }

  /** Property type {@code AWS::Connect::DataTableRecord.DataTableRecord}. */
  public static final class DataTableRecordProperty extends Struct<DataTableRecordProperty> {
    private static final Schema SCHEMA = Schema.builder("AWS::Connect::DataTableRecord.DataTableRecord")
        .required("Values")
        .build();

    public DataTableRecordProperty() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code PrimaryValues}. */
    public DataTableRecordProperty primaryValues(List<Value> value) {
      return set("PrimaryValues", io.tropo4j.fn.Value.listOf(value));
    }

    /** Sets {@code PrimaryValues} to this value; see {@link #primaryValues(List)}. */
    public DataTableRecordProperty primaryValues(io.tropo4j.fn.Value<List<Value>> value) {
      return set("PrimaryValues", value);
    }

    /** Sets {@code PrimaryValues} to a list of these; see {@link #primaryValues(List)}. */
    public DataTableRecordProperty primaryValues(Value... values) {
      return set("PrimaryValues", io.tropo4j.fn.Value.list(values));
    }

    /** Required. CloudFormation property {@code Values}. */
    public DataTableRecordProperty values(List<Value> value) {
      return set("Values", io.tropo4j.fn.Value.listOf(value));
    }

    /** Sets {@code Values} to this value; see {@link #values(List)}. */
    public DataTableRecordProperty values(io.tropo4j.fn.Value<List<Value>> value) {
      return set("Values", value);
    }

    /** Sets {@code Values} to a list of these; see {@link #values(List)}. */
    public DataTableRecordProperty values(Value... values) {
      return set("Values", io.tropo4j.fn.Value.list(values));
    }
  }

  /** Property type {@code AWS::Connect::DataTableRecord.Value}. */
  public static final class Value extends Struct<Value> {
    private static final Schema SCHEMA = Schema.builder("AWS::Connect::DataTableRecord.Value")
        .constrain("AttributeId", Constraint.of().minLength(1).maxLength(256))
        .build();

    public Value() {
      super(SCHEMA);
    }

    /** Length: 1 to 256 characters. CloudFormation property {@code AttributeId}. */
    public Value attributeId(String value) {
      return set("AttributeId", io.tropo4j.fn.Value.of(value));
    }

    /** Sets {@code AttributeId} to this value; see {@link #attributeId(String)}. */
    public Value attributeId(io.tropo4j.fn.Value<String> value) {
      return set("AttributeId", value);
    }

    /** CloudFormation property {@code AttributeValue}. */
    public Value attributeValue(String value) {
      return set("AttributeValue", io.tropo4j.fn.Value.of(value));
    }

    /** Sets {@code AttributeValue} to this value; see {@link #attributeValue(String)}. */
    public Value attributeValue(io.tropo4j.fn.Value<String> value) {
      return set("AttributeValue", value);
    }
  }
}
