// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.connect;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Represents an attribute (column) in a data table. Attributes define the schema and validation
 * rules for values that can be stored in the table. They specify the data type, constraints, and
 * whether the attribute is used as a primary key for record identification.
 *
 * <p>CloudFormation type {@code AWS::Connect::DataTableAttribute}.
 */
public final class DataTableAttribute extends Resource<DataTableAttribute> {
  private static final Schema SCHEMA = Schema.builder("AWS::Connect::DataTableAttribute")
      .required("DataTableArn", "InstanceArn", "Name", "ValueType")
      .constrain("DataTableArn", Constraint.of().minLength(1).maxLength(2048))
      .constrain("Description", Constraint.of().pattern("^[\\P{C}\r\n\t]+$").minLength(0).maxLength(250))
      .constrain("InstanceArn", Constraint.of().pattern("^arn:aws[-a-z0-9]*:connect:[-a-z0-9]*:[0-9]{12}:instance/[-a-zA-Z0-9]*$").minLength(1).maxLength(100))
      .constrain("Name", Constraint.of().pattern("^[\\p{L}\\p{Z}\\p{N}\\-_.:=@'|]+$").minLength(1).maxLength(128))
      .allowed("ValueType", "TEXT", "NUMBER", "BOOLEAN", "TEXT_LIST", "NUMBER_LIST")
      .attributes("AttributeId", "LastModifiedRegion", "LastModifiedTime", "LockVersion")
      .build();

  public DataTableAttribute(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The Amazon Resource Name (ARN) of the data table that contains this attribute.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 2048 characters. CloudFormation
   * property {@code DataTableArn}.
   */
  public DataTableAttribute dataTableArn(String value) {
    return set("DataTableArn", Value.of(value));
  }

  /** Sets {@code DataTableArn} to this value; see {@link #dataTableArn(String)}. */
  public DataTableAttribute dataTableArn(Value<String> value) {
    return set("DataTableArn", value);
  }

  /**
   * An optional description explaining the purpose and usage of this attribute.
   *
   * <p>Length: 0 to 250 characters. Pattern: {@code ^[&#92;P{C} 
 ]+$}. CloudFormation property
   * {@code Description}.
   */
  public DataTableAttribute description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public DataTableAttribute description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * The Amazon Resource Name (ARN) of the instance.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 100 characters. Pattern: {@code
   * ^arn:aws[-a-z0-9]*:connect:[-a-z0-9]*:[0-9]{12}:instance/[-a-zA-Z0-9]*$}. CloudFormation
   * property {@code InstanceArn}.
   */
  public DataTableAttribute instanceArn(String value) {
    return set("InstanceArn", Value.of(value));
  }

  /** Sets {@code InstanceArn} to this value; see {@link #instanceArn(String)}. */
  public DataTableAttribute instanceArn(Value<String> value) {
    return set("InstanceArn", value);
  }

  /**
   * The human-readable name of the attribute. Must be unique within the data table and conform to
   * Connect naming standards.
   *
   * <p>Required. Length: 1 to 128 characters. Pattern: {@code
   * ^[&#92;p{L}&#92;p{Z}&#92;p{N}&#92;-_.:=&#64;'|]+$}. CloudFormation property {@code Name}.
   */
  public DataTableAttribute name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public DataTableAttribute name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * Boolean indicating whether this attribute is used as a primary key for record identification.
   * Primary attributes must have unique value combinations and cannot contain expressions.
   *
   * <p>CloudFormation property {@code Primary}.
   */
  public DataTableAttribute primary(boolean value) {
    return set("Primary", Value.of(value));
  }

  /** Sets {@code Primary} to this value; see {@link #primary(boolean)}. */
  public DataTableAttribute primary(Value<Boolean> value) {
    return set("Primary", value);
  }

  /**
   * The validation rules applied to values of this attribute. Based on JSON Schema Draft 2020-12
   * with additional Connect-specific validations for data integrity.
   *
   * <p>CloudFormation property {@code Validation}.
   */
  public DataTableAttribute validation(Value<Validation> value) {
    return set("Validation", value);
  }

  /**
   * The type of value allowed for this attribute. Must be one of TEXT, TEXT_LIST, NUMBER,
   * NUMBER_LIST, or BOOLEAN. Determines how values are validated and processed.
   *
   * <p>Required. Allowed values: {@code TEXT}, {@code NUMBER}, {@code BOOLEAN}, {@code TEXT_LIST},
   * {@code NUMBER_LIST}. CloudFormation property {@code ValueType}.
   */
  public DataTableAttribute valueType(String value) {
    return set("ValueType", Value.of(value));
  }

  /** Sets {@code ValueType} to this value; see {@link #valueType(String)}. */
  public DataTableAttribute valueType(Value<String> value) {
    return set("ValueType", value);
  }

  /**
   * The unique identifier for the attribute within the data table.
   *
   * <p>{@code Fn::GetAtt} attribute {@code AttributeId}.
   */
  public Value<String> attributeId() {
    return getAtt("AttributeId");
  }

  /**
   * The AWS Region where this attribute was last modified, used for region replication.
   *
   * <p>{@code Fn::GetAtt} attribute {@code LastModifiedRegion}.
   */
  public Value<String> lastModifiedRegion() {
    return getAtt("LastModifiedRegion");
  }

  /**
   * The timestamp when this attribute was last modified.
   *
   * <p>{@code Fn::GetAtt} attribute {@code LastModifiedTime}.
   */
  public Value<Double> lastModifiedTime() {
    return getAtt("LastModifiedTime");
  }

  /** {@code Fn::GetAtt} attribute {@code LockVersion}. */
  public Value<LockVersion> lockVersion() {
    return getAtt("LockVersion");
  }

  /** Property type {@code AWS::Connect::DataTableAttribute.Enum}. */
  public static final class Enum extends Struct<Enum> {
    private static final Schema SCHEMA = Schema.of("AWS::Connect::DataTableAttribute.Enum");

    public Enum() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code Strict}. */
    public Enum strict(boolean value) {
      return set("Strict", Value.of(value));
    }

    /** Sets {@code Strict} to this value; see {@link #strict(boolean)}. */
    public Enum strict(Value<Boolean> value) {
      return set("Strict", value);
    }

    /** CloudFormation property {@code Values}. */
    public Enum values(List<String> value) {
      return set("Values", Value.listOf(value));
    }

    /** Sets {@code Values} to this value; see {@link #values(List)}. */
    public Enum values(Value<List<String>> value) {
      return set("Values", value);
    }
  }

  /** Property type {@code AWS::Connect::DataTableAttribute.LockVersion}. */
  public static final class LockVersion extends Struct<LockVersion> {
    private static final Schema SCHEMA = Schema.of("AWS::Connect::DataTableAttribute.LockVersion");

    public LockVersion() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code Attribute}. */
    public LockVersion attribute(String value) {
      return set("Attribute", Value.of(value));
    }

    /** Sets {@code Attribute} to this value; see {@link #attribute(String)}. */
    public LockVersion attribute(Value<String> value) {
      return set("Attribute", value);
    }

    /** CloudFormation property {@code DataTable}. */
    public LockVersion dataTable(String value) {
      return set("DataTable", Value.of(value));
    }

    /** Sets {@code DataTable} to this value; see {@link #dataTable(String)}. */
    public LockVersion dataTable(Value<String> value) {
      return set("DataTable", value);
    }
  }

  /**
   * Defines validation rules for data table attribute values. Based on JSON Schema Draft 2020-12
   * with additional Connect-specific validations. Validation rules ensure data integrity and
   * consistency across the data table.
   *
   * <p>Property type {@code AWS::Connect::DataTableAttribute.Validation}.
   */
  public static final class Validation extends Struct<Validation> {
    private static final Schema SCHEMA = Schema.builder("AWS::Connect::DataTableAttribute.Validation")
        .constrain("MaxLength", Constraint.of().minimum(0).maximum(1000))
        .constrain("MaxValues", Constraint.of().minimum(0).maximum(100))
        .constrain("MinLength", Constraint.of().minimum(0).maximum(1000))
        .constrain("MinValues", Constraint.of().minimum(0).maximum(100))
        .constrain("MultipleOf", Constraint.of().minimum(0))
        .build();

    public Validation() {
      super(SCHEMA);
    }

    /**
     * Defines enumeration constraints for attribute values. Can specify a list of allowed values
     * and whether custom values are permitted beyond the enumerated list.
     *
     * <p>CloudFormation property {@code Enum}.
     */
    public Validation enumProperty(Value<Enum> value) {
      return set("Enum", value);
    }

    /**
     * The largest exclusive numeric value for NUMBER value type. Can be provided alongside Maximum
     * where both operate independently. Must be greater than ExclusiveMinimum and Minimum. Applies
     * to NUMBER and values within NUMBER_LIST.
     *
     * <p>CloudFormation property {@code ExclusiveMaximum}.
     */
    public Validation exclusiveMaximum(double value) {
      return set("ExclusiveMaximum", Value.of(value));
    }

    /** Sets {@code ExclusiveMaximum} to this value; see {@link #exclusiveMaximum(double)}. */
    public Validation exclusiveMaximum(Value<Double> value) {
      return set("ExclusiveMaximum", value);
    }

    /**
     * The smallest exclusive numeric value for NUMBER value type. Can be provided alongside Minimum
     * where both operate independently. Must be less than ExclusiveMaximum and Maximum. Applies to
     * NUMBER and values within NUMBER_LIST.
     *
     * <p>CloudFormation property {@code ExclusiveMinimum}.
     */
    public Validation exclusiveMinimum(double value) {
      return set("ExclusiveMinimum", Value.of(value));
    }

    /** Sets {@code ExclusiveMinimum} to this value; see {@link #exclusiveMinimum(double)}. */
    public Validation exclusiveMinimum(Value<Double> value) {
      return set("ExclusiveMinimum", value);
    }

    /**
     * The maximum number of characters a text value can contain. Applies to TEXT value type and
     * values within a TEXT_LIST. Must be greater than or equal to MinLength.
     *
     * <p>Range: 0 to 1000. CloudFormation property {@code MaxLength}.
     */
    public Validation maxLength(int value) {
      return set("MaxLength", Value.of(value));
    }

    /** Sets {@code MaxLength} to this value; see {@link #maxLength(int)}. */
    public Validation maxLength(Value<Integer> value) {
      return set("MaxLength", value);
    }

    /**
     * The maximum number of values in a list. Must be an integer greater than or equal to 0 and
     * greater than or equal to MinValues. Applies to all list types.
     *
     * <p>Range: 0 to 100. CloudFormation property {@code MaxValues}.
     */
    public Validation maxValues(int value) {
      return set("MaxValues", Value.of(value));
    }

    /** Sets {@code MaxValues} to this value; see {@link #maxValues(int)}. */
    public Validation maxValues(Value<Integer> value) {
      return set("MaxValues", value);
    }

    /**
     * The largest inclusive numeric value for NUMBER value type. Can be provided alongside
     * ExclusiveMaximum where both operate independently. Must be greater than or equal to Minimum
     * and greater than ExclusiveMinimum. Applies to NUMBER and values within NUMBER_LIST.
     *
     * <p>CloudFormation property {@code Maximum}.
     */
    public Validation maximum(double value) {
      return set("Maximum", Value.of(value));
    }

    /** Sets {@code Maximum} to this value; see {@link #maximum(double)}. */
    public Validation maximum(Value<Double> value) {
      return set("Maximum", value);
    }

    /**
     * The minimum number of characters a text value can contain. Applies to TEXT value type and
     * values within a TEXT_LIST. Must be less than or equal to MaxLength.
     *
     * <p>Range: 0 to 1000. CloudFormation property {@code MinLength}.
     */
    public Validation minLength(int value) {
      return set("MinLength", Value.of(value));
    }

    /** Sets {@code MinLength} to this value; see {@link #minLength(int)}. */
    public Validation minLength(Value<Integer> value) {
      return set("MinLength", value);
    }

    /**
     * The minimum number of values in a list. Must be an integer greater than or equal to 0 and
     * less than or equal to MaxValues. Applies to all list types.
     *
     * <p>Range: 0 to 100. CloudFormation property {@code MinValues}.
     */
    public Validation minValues(int value) {
      return set("MinValues", Value.of(value));
    }

    /** Sets {@code MinValues} to this value; see {@link #minValues(int)}. */
    public Validation minValues(Value<Integer> value) {
      return set("MinValues", value);
    }

    /**
     * The smallest inclusive numeric value for NUMBER value type. Cannot be provided when
     * ExclusiveMinimum is also provided. Must be less than or equal to Maximum and less than
     * ExclusiveMaximum. Applies to NUMBER and values within NUMBER_LIST.
     *
     * <p>CloudFormation property {@code Minimum}.
     */
    public Validation minimum(double value) {
      return set("Minimum", Value.of(value));
    }

    /** Sets {@code Minimum} to this value; see {@link #minimum(double)}. */
    public Validation minimum(Value<Double> value) {
      return set("Minimum", value);
    }

    /**
     * Specifies that numeric values must be multiples of this number. Must be greater than 0. The
     * result of dividing a value by this multiple must result in an integer. Applies to NUMBER and
     * values within NUMBER_LIST.
     *
     * <p>Range: at least 0. CloudFormation property {@code MultipleOf}.
     */
    public Validation multipleOf(double value) {
      return set("MultipleOf", Value.of(value));
    }

    /** Sets {@code MultipleOf} to this value; see {@link #multipleOf(double)}. */
    public Validation multipleOf(Value<Double> value) {
      return set("MultipleOf", value);
    }
  }
}
