// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.iot;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Represents the resource definition of AWS IoT Command.
 *
 * <p>CloudFormation type {@code AWS::IoT::Command}.
 */
public final class Command extends Resource<Command> {
  private static final Schema SCHEMA = Schema.builder("AWS::IoT::Command")
      .required("CommandId")
      .constrain("CommandId", Constraint.of().pattern("^[a-zA-Z0-9_-]+$").minLength(1).maxLength(64))
      .constrain("Description", Constraint.of().pattern("^[^\\p{C}]*$").minLength(0).maxLength(2028))
      .constrain("DisplayName", Constraint.of().pattern("^[^\\p{C}]*$").minLength(0).maxLength(64))
      .allowed("Namespace", "AWS-IoT", "AWS-IoT-FleetWise")
      .constrain("PayloadTemplate", Constraint.of().minLength(0).maxLength(32768))
      .constrain("RoleArn", Constraint.of().minLength(20).maxLength(2028).format("AWS::IAM::Role.Arn"))
      .refYields("CommandId")
      .attributes("CommandArn")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public Command(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The unique identifier of the command.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 64 characters. Pattern: {@code
   * ^[a-zA-Z0-9_-]+$}. CloudFormation property {@code CommandId}.
   */
  public Command commandId(String value) {
    return set("CommandId", Value.of(value));
  }

  /** Sets {@code CommandId} to this value; see {@link #commandId(String)}. */
  public Command commandId(Value<String> value) {
    return set("CommandId", value);
  }

  /**
   * The timestamp, when the command was created.
   *
   * <p>CloudFormation property {@code CreatedAt}.
   */
  public Command createdAt(String value) {
    return set("CreatedAt", Value.of(value));
  }

  /** Sets {@code CreatedAt} to this value; see {@link #createdAt(String)}. */
  public Command createdAt(Value<String> value) {
    return set("CreatedAt", value);
  }

  /**
   * Indicates whether the command has been deprecated.
   *
   * <p>CloudFormation property {@code Deprecated}.
   */
  public Command deprecated(boolean value) {
    return set("Deprecated", Value.of(value));
  }

  /** Sets {@code Deprecated} to this value; see {@link #deprecated(boolean)}. */
  public Command deprecated(Value<Boolean> value) {
    return set("Deprecated", value);
  }

  /**
   * The description of the command parameter.
   *
   * <p>Length: 0 to 2028 characters. Pattern: {@code ^[^&#92;p{C}]*$}. CloudFormation property
   * {@code Description}.
   */
  public Command description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public Command description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * The display name of the command.
   *
   * <p>Length: 0 to 64 characters. Pattern: {@code ^[^&#92;p{C}]*$}. CloudFormation property {@code
   * DisplayName}.
   */
  public Command displayName(String value) {
    return set("DisplayName", Value.of(value));
  }

  /** Sets {@code DisplayName} to this value; see {@link #displayName(String)}. */
  public Command displayName(Value<String> value) {
    return set("DisplayName", value);
  }

  /**
   * The timestamp, when the command was last updated.
   *
   * <p>CloudFormation property {@code LastUpdatedAt}.
   */
  public Command lastUpdatedAt(String value) {
    return set("LastUpdatedAt", Value.of(value));
  }

  /** Sets {@code LastUpdatedAt} to this value; see {@link #lastUpdatedAt(String)}. */
  public Command lastUpdatedAt(Value<String> value) {
    return set("LastUpdatedAt", value);
  }

  /** CloudFormation property {@code MandatoryParameters}. */
  public Command mandatoryParameters(List<CommandParameter> value) {
    return set("MandatoryParameters", Value.listOf(value));
  }

  /** Sets {@code MandatoryParameters} to this value; see {@link #mandatoryParameters(List)}. */
  public Command mandatoryParameters(Value<List<CommandParameter>> value) {
    return set("MandatoryParameters", value);
  }

  /**
   * Sets {@code MandatoryParameters} to a list of these; see {@link #mandatoryParameters(List)}.
   */
  public Command mandatoryParameters(CommandParameter... values) {
    return set("MandatoryParameters", Value.list(values));
  }

  /**
   * The namespace to which the command belongs.
   *
   * <p>Allowed values: {@code AWS-IoT}, {@code AWS-IoT-FleetWise}. CloudFormation property {@code
   * Namespace}.
   */
  public Command namespace(String value) {
    return set("Namespace", Value.of(value));
  }

  /** Sets {@code Namespace} to this value; see {@link #namespace(String)}. */
  public Command namespace(Value<String> value) {
    return set("Namespace", value);
  }

  /** CloudFormation property {@code Payload}. */
  public Command payload(Value<CommandPayload> value) {
    return set("Payload", value);
  }

  /**
   * The payload template associated with the command.
   *
   * <p>Changing it replaces the resource. Length: 0 to 32768 characters. CloudFormation property
   * {@code PayloadTemplate}.
   */
  public Command payloadTemplate(String value) {
    return set("PayloadTemplate", Value.of(value));
  }

  /** Sets {@code PayloadTemplate} to this value; see {@link #payloadTemplate(String)}. */
  public Command payloadTemplate(Value<String> value) {
    return set("PayloadTemplate", value);
  }

  /**
   * Indicates whether the command is pending deletion.
   *
   * <p>CloudFormation property {@code PendingDeletion}.
   */
  public Command pendingDeletion(boolean value) {
    return set("PendingDeletion", Value.of(value));
  }

  /** Sets {@code PendingDeletion} to this value; see {@link #pendingDeletion(boolean)}. */
  public Command pendingDeletion(Value<Boolean> value) {
    return set("PendingDeletion", value);
  }

  /** Changing it replaces the resource. CloudFormation property {@code Preprocessor}. */
  public Command preprocessor(Value<CommandPreprocessor> value) {
    return set("Preprocessor", value);
  }

  /**
   * The customer role associated with the command.
   *
   * <p>Length: 20 to 2028 characters. Format: {@code AWS::IAM::Role.Arn}. CloudFormation property
   * {@code RoleArn}.
   */
  public Command roleArn(String value) {
    return set("RoleArn", Value.of(value));
  }

  /** Sets {@code RoleArn} to this value; see {@link #roleArn(String)}. */
  public Command roleArn(Value<String> value) {
    return set("RoleArn", value);
  }

  /**
   * The tags to be associated with the command.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public Command tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public Command tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public Command tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The Amazon Resource Name (ARN) of the command.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CommandArn}.
   */
  public Value<String> commandArn() {
    return getAtt("CommandArn");
  }

  /** Property type {@code AWS::IoT::Command.AwsJsonSubstitutionCommandPreprocessorConfig}. */
  public static final class AwsJsonSubstitutionCommandPreprocessorConfig extends Struct<AwsJsonSubstitutionCommandPreprocessorConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::IoT::Command.AwsJsonSubstitutionCommandPreprocessorConfig")
        .required("OutputFormat")
        .allowed("OutputFormat", "JSON", "CBOR")
        .build();

    public AwsJsonSubstitutionCommandPreprocessorConfig() {
      super(SCHEMA);
    }

    /**
     * Required. Allowed values: {@code JSON}, {@code CBOR}. CloudFormation property {@code
     * OutputFormat}.
     */
    public AwsJsonSubstitutionCommandPreprocessorConfig outputFormat(String value) {
      return set("OutputFormat", Value.of(value));
    }

    /** Sets {@code OutputFormat} to this value; see {@link #outputFormat(String)}. */
    public AwsJsonSubstitutionCommandPreprocessorConfig outputFormat(Value<String> value) {
      return set("OutputFormat", value);
    }
  }

  /** Property type {@code AWS::IoT::Command.CommandParameter}. */
  public static final class CommandParameter extends Struct<CommandParameter> {
    private static final Schema SCHEMA = Schema.builder("AWS::IoT::Command.CommandParameter")
        .required("Name")
        .constrain("Description", Constraint.of().pattern("^[^\\p{C}]*$").minLength(0).maxLength(2028))
        .constrain("Name", Constraint.of().pattern("^[.$a-zA-Z0-9_-]+$").minLength(1).maxLength(192))
        .allowed("Type", "STRING", "INTEGER", "DOUBLE", "LONG", "UNSIGNEDLONG", "BOOLEAN", "BINARY")
        .build();

    public CommandParameter() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code DefaultValue}. */
    public CommandParameter defaultValue(Value<CommandParameterValue> value) {
      return set("DefaultValue", value);
    }

    /**
     * Length: 0 to 2028 characters. Pattern: {@code ^[^&#92;p{C}]*$}. CloudFormation property
     * {@code Description}.
     */
    public CommandParameter description(String value) {
      return set("Description", Value.of(value));
    }

    /** Sets {@code Description} to this value; see {@link #description(String)}. */
    public CommandParameter description(Value<String> value) {
      return set("Description", value);
    }

    /**
     * Required. Length: 1 to 192 characters. Pattern: {@code ^[.$a-zA-Z0-9_-]+$}. CloudFormation
     * property {@code Name}.
     */
    public CommandParameter name(String value) {
      return set("Name", Value.of(value));
    }

    /** Sets {@code Name} to this value; see {@link #name(String)}. */
    public CommandParameter name(Value<String> value) {
      return set("Name", value);
    }

    /**
     * Allowed values: {@code STRING}, {@code INTEGER}, {@code DOUBLE}, {@code LONG}, {@code
     * UNSIGNEDLONG}, {@code BOOLEAN}, {@code BINARY}. CloudFormation property {@code Type}.
     */
    public CommandParameter type(String value) {
      return set("Type", Value.of(value));
    }

    /** Sets {@code Type} to this value; see {@link #type(String)}. */
    public CommandParameter type(Value<String> value) {
      return set("Type", value);
    }

    /** CloudFormation property {@code Value}. */
    public CommandParameter value(Value<CommandParameterValue> value) {
      return set("Value", value);
    }

    /** CloudFormation property {@code ValueConditions}. */
    public CommandParameter valueConditions(List<CommandParameterValueCondition> value) {
      return set("ValueConditions", Value.listOf(value));
    }

    /** Sets {@code ValueConditions} to this value; see {@link #valueConditions(List)}. */
    public CommandParameter valueConditions(Value<List<CommandParameterValueCondition>> value) {
      return set("ValueConditions", value);
    }

    /** Sets {@code ValueConditions} to a list of these; see {@link #valueConditions(List)}. */
    public CommandParameter valueConditions(CommandParameterValueCondition... values) {
      return set("ValueConditions", Value.list(values));
    }
  }

  /** Property type {@code AWS::IoT::Command.CommandParameterValue}. */
  public static final class CommandParameterValue extends Struct<CommandParameterValue> {
    private static final Schema SCHEMA = Schema.builder("AWS::IoT::Command.CommandParameterValue")
        .constrain("BIN", Constraint.of().minLength(1))
        .constrain("L", Constraint.of().pattern("^-?\\d+$").maxLength(19))
        .constrain("S", Constraint.of().minLength(1))
        .constrain("UL", Constraint.of().pattern("^[0-9]*$").minLength(1).maxLength(20))
        .build();

    public CommandParameterValue() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code B}. */
    public CommandParameterValue b(boolean value) {
      return set("B", Value.of(value));
    }

    /** Sets {@code B} to this value; see {@link #b(boolean)}. */
    public CommandParameterValue b(Value<Boolean> value) {
      return set("B", value);
    }

    /** Length: at least 1 characters. CloudFormation property {@code BIN}. */
    public CommandParameterValue bin(String value) {
      return set("BIN", Value.of(value));
    }

    /** Sets {@code BIN} to this value; see {@link #bin(String)}. */
    public CommandParameterValue bin(Value<String> value) {
      return set("BIN", value);
    }

    /** CloudFormation property {@code D}. */
    public CommandParameterValue d(double value) {
      return set("D", Value.of(value));
    }

    /** Sets {@code D} to this value; see {@link #d(double)}. */
    public CommandParameterValue d(Value<Double> value) {
      return set("D", value);
    }

    /** CloudFormation property {@code I}. */
    public CommandParameterValue i(int value) {
      return set("I", Value.of(value));
    }

    /** Sets {@code I} to this value; see {@link #i(int)}. */
    public CommandParameterValue i(Value<Integer> value) {
      return set("I", value);
    }

    /**
     * Length: at most 19 characters. Pattern: {@code ^-?&#92;d+$}. CloudFormation property {@code
     * L}.
     */
    public CommandParameterValue l(String value) {
      return set("L", Value.of(value));
    }

    /** Sets {@code L} to this value; see {@link #l(String)}. */
    public CommandParameterValue l(Value<String> value) {
      return set("L", value);
    }

    /** Length: at least 1 characters. CloudFormation property {@code S}. */
    public CommandParameterValue s(String value) {
      return set("S", Value.of(value));
    }

    /** Sets {@code S} to this value; see {@link #s(String)}. */
    public CommandParameterValue s(Value<String> value) {
      return set("S", value);
    }

    /**
     * Length: 1 to 20 characters. Pattern: {@code ^[0-9]*$}. CloudFormation property {@code UL}.
     */
    public CommandParameterValue ul(String value) {
      return set("UL", Value.of(value));
    }

    /** Sets {@code UL} to this value; see {@link #ul(String)}. */
    public CommandParameterValue ul(Value<String> value) {
      return set("UL", value);
    }
  }

  /** Property type {@code AWS::IoT::Command.CommandParameterValueComparisonOperand}. */
  public static final class CommandParameterValueComparisonOperand extends Struct<CommandParameterValueComparisonOperand> {
    private static final Schema SCHEMA = Schema.builder("AWS::IoT::Command.CommandParameterValueComparisonOperand")
        .constrain("Number", Constraint.of().minLength(1))
        .constrain("Numbers", Constraint.of().minLength(1))
        .constrain("String", Constraint.of().minLength(1))
        .constrain("Strings", Constraint.of().minLength(1))
        .build();

    public CommandParameterValueComparisonOperand() {
      super(SCHEMA);
    }

    /** Length: at least 1 characters. CloudFormation property {@code Number}. */
    public CommandParameterValueComparisonOperand number(String value) {
      return set("Number", Value.of(value));
    }

    /** Sets {@code Number} to this value; see {@link #number(String)}. */
    public CommandParameterValueComparisonOperand number(Value<String> value) {
      return set("Number", value);
    }

    /** CloudFormation property {@code NumberRange}. */
    public CommandParameterValueComparisonOperand numberRange(Value<CommandParameterValueNumberRange> value) {
      return set("NumberRange", value);
    }

    /** Length: at least 1 characters. CloudFormation property {@code Numbers}. */
    public CommandParameterValueComparisonOperand numbers(List<String> value) {
      return set("Numbers", Value.listOf(value));
    }

    /** Sets {@code Numbers} to this value; see {@link #numbers(List)}. */
    public CommandParameterValueComparisonOperand numbers(Value<List<String>> value) {
      return set("Numbers", value);
    }

    /** Length: at least 1 characters. CloudFormation property {@code String}. */
    public CommandParameterValueComparisonOperand string(String value) {
      return set("String", Value.of(value));
    }

    /** Sets {@code String} to this value; see {@link #string(String)}. */
    public CommandParameterValueComparisonOperand string(Value<String> value) {
      return set("String", value);
    }

    /** Length: at least 1 characters. CloudFormation property {@code Strings}. */
    public CommandParameterValueComparisonOperand strings(List<String> value) {
      return set("Strings", Value.listOf(value));
    }

    /** Sets {@code Strings} to this value; see {@link #strings(List)}. */
    public CommandParameterValueComparisonOperand strings(Value<List<String>> value) {
      return set("Strings", value);
    }
  }

  /** Property type {@code AWS::IoT::Command.CommandParameterValueCondition}. */
  public static final class CommandParameterValueCondition extends Struct<CommandParameterValueCondition> {
    private static final Schema SCHEMA = Schema.builder("AWS::IoT::Command.CommandParameterValueCondition")
        .required("ComparisonOperator", "Operand")
        .allowed("ComparisonOperator", "EQUALS", "NOT_EQUALS", "LESS_THAN", "LESS_THAN_EQUALS",
            "GREATER_THAN", "GREATER_THAN_EQUALS", "IN_SET", "NOT_IN_SET", "IN_RANGE",
            "NOT_IN_RANGE")
        .build();

    public CommandParameterValueCondition() {
      super(SCHEMA);
    }

    /**
     * Required. Allowed values: {@code EQUALS}, {@code NOT_EQUALS}, {@code LESS_THAN}, {@code
     * LESS_THAN_EQUALS}, {@code GREATER_THAN}, {@code GREATER_THAN_EQUALS}, {@code IN_SET}, {@code
     * NOT_IN_SET}, {@code IN_RANGE}, {@code NOT_IN_RANGE}. CloudFormation property {@code
     * ComparisonOperator}.
     */
    public CommandParameterValueCondition comparisonOperator(String value) {
      return set("ComparisonOperator", Value.of(value));
    }

    /** Sets {@code ComparisonOperator} to this value; see {@link #comparisonOperator(String)}. */
    public CommandParameterValueCondition comparisonOperator(Value<String> value) {
      return set("ComparisonOperator", value);
    }

    /** Required. CloudFormation property {@code Operand}. */
    public CommandParameterValueCondition operand(Value<CommandParameterValueComparisonOperand> value) {
      return set("Operand", value);
    }
  }

  /** Property type {@code AWS::IoT::Command.CommandParameterValueNumberRange}. */
  public static final class CommandParameterValueNumberRange extends Struct<CommandParameterValueNumberRange> {
    private static final Schema SCHEMA = Schema.builder("AWS::IoT::Command.CommandParameterValueNumberRange")
        .required("Max", "Min")
        .constrain("Max", Constraint.of().minLength(1))
        .constrain("Min", Constraint.of().minLength(1))
        .build();

    public CommandParameterValueNumberRange() {
      super(SCHEMA);
    }

    /** Required. Length: at least 1 characters. CloudFormation property {@code Max}. */
    public CommandParameterValueNumberRange max(String value) {
      return set("Max", Value.of(value));
    }

    /** Sets {@code Max} to this value; see {@link #max(String)}. */
    public CommandParameterValueNumberRange max(Value<String> value) {
      return set("Max", value);
    }

    /** Required. Length: at least 1 characters. CloudFormation property {@code Min}. */
    public CommandParameterValueNumberRange min(String value) {
      return set("Min", Value.of(value));
    }

    /** Sets {@code Min} to this value; see {@link #min(String)}. */
    public CommandParameterValueNumberRange min(Value<String> value) {
      return set("Min", value);
    }
  }

  /** Property type {@code AWS::IoT::Command.CommandPayload}. */
  public static final class CommandPayload extends Struct<CommandPayload> {
    private static final Schema SCHEMA = Schema.builder("AWS::IoT::Command.CommandPayload")
        .constrain("ContentType", Constraint.of().minLength(1))
        .build();

    public CommandPayload() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code Content}. */
    public CommandPayload content(String value) {
      return set("Content", Value.of(value));
    }

    /** Sets {@code Content} to this value; see {@link #content(String)}. */
    public CommandPayload content(Value<String> value) {
      return set("Content", value);
    }

    /** Length: at least 1 characters. CloudFormation property {@code ContentType}. */
    public CommandPayload contentType(String value) {
      return set("ContentType", Value.of(value));
    }

    /** Sets {@code ContentType} to this value; see {@link #contentType(String)}. */
    public CommandPayload contentType(Value<String> value) {
      return set("ContentType", value);
    }
  }

  /** Property type {@code AWS::IoT::Command.CommandPreprocessor}. */
  public static final class CommandPreprocessor extends Struct<CommandPreprocessor> {
    private static final Schema SCHEMA = Schema.of("AWS::IoT::Command.CommandPreprocessor");

    public CommandPreprocessor() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code AwsJsonSubstitution}. */
    public CommandPreprocessor awsJsonSubstitution(Value<AwsJsonSubstitutionCommandPreprocessorConfig> value) {
      return set("AwsJsonSubstitution", value);
    }
  }
}
