// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.securityhub;

import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.fn.Value;
import java.util.List;
import java.util.Map;

/**
 * The <code>AWS::SecurityHub::SecurityControl</code> resource specifies custom parameter values for
 * an AWS Security Hub CSPM control. For a list of controls that support custom parameters, see <a
 * href="https://docs.aws.amazon.com/securityhub/latest/userguide/securityhub-controls-reference.html">Security
 * Hub CSPM controls reference</a> . You can also use this resource to specify the use of default
 * parameter values for a control. For more information about custom parameters, see <a
 * href="https://docs.aws.amazon.com/securityhub/latest/userguide/custom-control-parameters.html">Custom
 * control parameters</a> in the <em>AWS Security Hub CSPM User Guide</em> .
 *
 * <p>Tags aren't supported for this resource.
 *
 * <p>CloudFormation type {@code AWS::SecurityHub::SecurityControl}.
 */
public final class SecurityControl extends Resource<SecurityControl> {
  private static final Schema SCHEMA = Schema.builder("AWS::SecurityHub::SecurityControl")
      .required("Parameters")
      .build();

  public SecurityControl(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The most recent reason for updating the customizable properties of a security control. This
   * differs from the <code>UpdateReason</code> field of the <a
   * href="https://docs.aws.amazon.com/securityhub/1.0/APIReference/API_BatchUpdateStandardsControlAssociations.html"><code>BatchUpdateStandardsControlAssociations</code></a>
   * API, which tracks the reason for updating the enablement status of a control. This field
   * accepts alphanumeric characters in addition to white spaces, dashes, and underscores.
   *
   * <p>CloudFormation property {@code LastUpdateReason}.
   */
  public SecurityControl lastUpdateReason(String value) {
    return set("LastUpdateReason", Value.of(value));
  }

  /** Sets {@code LastUpdateReason} to this value; see {@link #lastUpdateReason(String)}. */
  public SecurityControl lastUpdateReason(Value<String> value) {
    return set("LastUpdateReason", value);
  }

  /**
   * An object that identifies the name of a control parameter, its current value, and whether it
   * has been customized.
   *
   * <p>Required. CloudFormation property {@code Parameters}.
   */
  public SecurityControl parameters(Map<String, ParameterConfiguration> value) {
    return set("Parameters", Value.mapOf(value));
  }

  /** Sets {@code Parameters} to this value; see {@link #parameters(Map)}. */
  public SecurityControl parameters(Value<Map<String, ParameterConfiguration>> value) {
    return set("Parameters", value);
  }

  /**
   * The Amazon Resource Name (ARN) for a security control across standards, such as
   * <code>arn:aws:securityhub:eu-central-1:123456789012:security-control/S3.1</code> . This
   * parameter doesn't mention a specific standard.
   *
   * <p>CloudFormation property {@code SecurityControlArn}.
   */
  public SecurityControl securityControlArn(String value) {
    return set("SecurityControlArn", Value.of(value));
  }

  /** Sets {@code SecurityControlArn} to this value; see {@link #securityControlArn(String)}. */
  public SecurityControl securityControlArn(Value<String> value) {
    return set("SecurityControlArn", value);
  }

  /**
   * The unique identifier of a security control across standards. Values for this field typically
   * consist of an AWS service name and a number, such as APIGateway.3.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code SecurityControlId}.
   */
  public SecurityControl securityControlId(String value) {
    return set("SecurityControlId", Value.of(value));
  }

  /** Sets {@code SecurityControlId} to this value; see {@link #securityControlId(String)}. */
  public SecurityControl securityControlId(Value<String> value) {
    return set("SecurityControlId", value);
  }

  /**
   * An object that provides the current value of a security control parameter and identifies
   * whether it has been customized.
   *
   * <p>Property type {@code AWS::SecurityHub::SecurityControl.ParameterConfiguration}.
   */
  public static final class ParameterConfiguration extends Struct<ParameterConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::SecurityHub::SecurityControl.ParameterConfiguration")
        .required("ValueType")
        .allowed("ValueType", "DEFAULT", "CUSTOM")
        .build();

    public ParameterConfiguration() {
      super(SCHEMA);
    }

    /**
     * The current value of a control parameter.
     *
     * <p>CloudFormation property {@code Value}.
     */
    public ParameterConfiguration value(Value<ParameterValue> value) {
      return set("Value", value);
    }

    /**
     * Identifies whether a control parameter uses a custom user-defined value or subscribes to the
     * default AWS Security Hub CSPM behavior.
     *
     * <p>When <code>ValueType</code> is set equal to <code>DEFAULT</code> , the default behavior
     * can be a specific Security Hub CSPM default value, or the default behavior can be to ignore a
     * specific parameter. When <code>ValueType</code> is set equal to <code>DEFAULT</code> ,
     * Security Hub CSPM ignores user-provided input for the <code>Value</code> field.
     *
     * <p>When <code>ValueType</code> is set equal to <code>CUSTOM</code> , the <code>Value</code>
     * field can't be empty.
     *
     * <p>Required. Allowed values: {@code DEFAULT}, {@code CUSTOM}. CloudFormation property {@code
     * ValueType}.
     */
    public ParameterConfiguration valueType(String value) {
      return set("ValueType", Value.of(value));
    }

    /** Sets {@code ValueType} to this value; see {@link #valueType(String)}. */
    public ParameterConfiguration valueType(Value<String> value) {
      return set("ValueType", value);
    }
  }

  /**
   * An object that includes the data type of a security control parameter and its current value.
   *
   * <p>Property type {@code AWS::SecurityHub::SecurityControl.ParameterValue}.
   */
  public static final class ParameterValue extends Struct<ParameterValue> {
    private static final Schema SCHEMA = Schema.of("AWS::SecurityHub::SecurityControl.ParameterValue");

    public ParameterValue() {
      super(SCHEMA);
    }

    /**
     * A control parameter that is a boolean.
     *
     * <p>CloudFormation property {@code Boolean}.
     */
    public ParameterValue booleanProperty(boolean value) {
      return set("Boolean", Value.of(value));
    }

    /** Sets {@code Boolean} to this value; see {@link #booleanProperty(boolean)}. */
    public ParameterValue booleanProperty(Value<Boolean> value) {
      return set("Boolean", value);
    }

    /**
     * A control parameter that is a double.
     *
     * <p>CloudFormation property {@code Double}.
     */
    public ParameterValue doubleProperty(double value) {
      return set("Double", Value.of(value));
    }

    /** Sets {@code Double} to this value; see {@link #doubleProperty(double)}. */
    public ParameterValue doubleProperty(Value<Double> value) {
      return set("Double", value);
    }

    /**
     * A control parameter that is an enum.
     *
     * <p>CloudFormation property {@code Enum}.
     */
    public ParameterValue enumProperty(String value) {
      return set("Enum", Value.of(value));
    }

    /** Sets {@code Enum} to this value; see {@link #enumProperty(String)}. */
    public ParameterValue enumProperty(Value<String> value) {
      return set("Enum", value);
    }

    /**
     * A control parameter that is a list of enums.
     *
     * <p>CloudFormation property {@code EnumList}.
     */
    public ParameterValue enumList(List<String> value) {
      return set("EnumList", Value.listOf(value));
    }

    /** Sets {@code EnumList} to this value; see {@link #enumList(List)}. */
    public ParameterValue enumList(Value<List<String>> value) {
      return set("EnumList", value);
    }

    /**
     * A control parameter that is an integer.
     *
     * <p>CloudFormation property {@code Integer}.
     */
    public ParameterValue integer(int value) {
      return set("Integer", Value.of(value));
    }

    /** Sets {@code Integer} to this value; see {@link #integer(int)}. */
    public ParameterValue integer(Value<Integer> value) {
      return set("Integer", value);
    }

    /**
     * A control parameter that is a list of integers.
     *
     * <p>CloudFormation property {@code IntegerList}.
     */
    public ParameterValue integerList(List<Integer> value) {
      return set("IntegerList", Value.listOf(value));
    }

    /** Sets {@code IntegerList} to this value; see {@link #integerList(List)}. */
    public ParameterValue integerList(Value<List<Integer>> value) {
      return set("IntegerList", value);
    }

    /**
     * A control parameter that is a string.
     *
     * <p>CloudFormation property {@code String}.
     */
    public ParameterValue string(String value) {
      return set("String", Value.of(value));
    }

    /** Sets {@code String} to this value; see {@link #string(String)}. */
    public ParameterValue string(Value<String> value) {
      return set("String", value);
    }

    /**
     * A control parameter that is a list of strings.
     *
     * <p>CloudFormation property {@code StringList}.
     */
    public ParameterValue stringList(List<String> value) {
      return set("StringList", Value.listOf(value));
    }

    /** Sets {@code StringList} to this value; see {@link #stringList(List)}. */
    public ParameterValue stringList(Value<List<String>> value) {
      return set("StringList", value);
    }
  }
}
