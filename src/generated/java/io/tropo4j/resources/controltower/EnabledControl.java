// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.controltower;

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
 * The resource represents an enabled control. It specifies an asynchronous operation that creates
 * AWS resources on the specified organizational unit and the accounts it contains. The resources
 * created will vary according to the control that you specify.
 *
 * <p>CloudFormation type {@code AWS::ControlTower::EnabledControl}.
 */
public final class EnabledControl extends Resource<EnabledControl> {
  private static final Schema SCHEMA = Schema.builder("AWS::ControlTower::EnabledControl")
      .required("ControlIdentifier", "TargetIdentifier")
      .constrain("ControlIdentifier", Constraint.of().pattern("^arn:aws[0-9a-zA-Z_\\-:\\/]+$").minLength(20).maxLength(2048))
      .constrain("TargetIdentifier", Constraint.of().pattern("^arn:aws[0-9a-zA-Z_\\-:\\/]+$").minLength(20).maxLength(2048))
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public EnabledControl(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The ARN of the control. Only <em>Strongly recommended</em> and <em>Elective</em> controls are
   * permitted, with the exception of the <em>Region deny</em> control. For information on how to
   * find the <code>controlIdentifier</code> , see <a
   * href="https://docs.aws.amazon.com//controltower/latest/APIReference/Welcome.html">the overview
   * page</a> .
   *
   * <p>Required. Changing it replaces the resource. Length: 20 to 2048 characters. Pattern: {@code
   * ^arn:aws[0-9a-zA-Z_&#92;-:&#92;/]+$}. CloudFormation property {@code ControlIdentifier}.
   */
  public EnabledControl controlIdentifier(String value) {
    return set("ControlIdentifier", Value.of(value));
  }

  /** Sets {@code ControlIdentifier} to this value; see {@link #controlIdentifier(String)}. */
  public EnabledControl controlIdentifier(Value<String> value) {
    return set("ControlIdentifier", value);
  }

  /**
   * Array of <code>EnabledControlParameter</code> objects.
   *
   * <p>CloudFormation property {@code Parameters}.
   */
  public EnabledControl parameters(List<EnabledControlParameter> value) {
    return set("Parameters", Value.listOf(value));
  }

  /** Sets {@code Parameters} to this value; see {@link #parameters(List)}. */
  public EnabledControl parameters(Value<List<EnabledControlParameter>> value) {
    return set("Parameters", value);
  }

  /** Sets {@code Parameters} to a list of these; see {@link #parameters(List)}. */
  public EnabledControl parameters(EnabledControlParameter... values) {
    return set("Parameters", Value.list(values));
  }

  /**
   * A set of tags to assign to the enabled control.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public EnabledControl tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public EnabledControl tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public EnabledControl tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The ARN of the organizational unit. For information on how to find the
   * <code>targetIdentifier</code> , see <a
   * href="https://docs.aws.amazon.com//controltower/latest/APIReference/Welcome.html">the overview
   * page</a> .
   *
   * <p>Required. Changing it replaces the resource. Length: 20 to 2048 characters. Pattern: {@code
   * ^arn:aws[0-9a-zA-Z_&#92;-:&#92;/]+$}. CloudFormation property {@code TargetIdentifier}.
   */
  public EnabledControl targetIdentifier(String value) {
    return set("TargetIdentifier", Value.of(value));
  }

  /** Sets {@code TargetIdentifier} to this value; see {@link #targetIdentifier(String)}. */
  public EnabledControl targetIdentifier(Value<String> value) {
    return set("TargetIdentifier", value);
  }

  /**
   * A set of parameters that configure the behavior of the enabled control. Expressed as a
   * key/value pair, where <code>Key</code> is of type <code>String</code> and <code>Value</code> is
   * of type <code>Document</code> .
   *
   * <p>Property type {@code AWS::ControlTower::EnabledControl.EnabledControlParameter}.
   */
  public static final class EnabledControlParameter extends Struct<EnabledControlParameter> {
    private static final Schema SCHEMA = Schema.builder("AWS::ControlTower::EnabledControl.EnabledControlParameter")
        .required("Key", "Value")
        .build();

    public EnabledControlParameter() {
      super(SCHEMA);
    }

    /**
     * The key of a key/value pair. It is of type <code>string</code> .
     *
     * <p>Required. CloudFormation property {@code Key}.
     */
    public EnabledControlParameter key(String value) {
      return set("Key", Value.of(value));
    }

    /** Sets {@code Key} to this value; see {@link #key(String)}. */
    public EnabledControlParameter key(Value<String> value) {
      return set("Key", value);
    }

    /**
     * The value of a key/value pair. It can be of type <code>array</code> , <code>string</code> ,
     * <code>number</code> , <code>object</code> , or <code>boolean</code> . [Note: The
     * <em>Type</em> field that follows may show a single type such as Number, which is only one
     * possible type.]
     *
     * <p>Required. CloudFormation property {@code Value}.
     */
    public EnabledControlParameter value(String value) {
      return set("Value", Value.of(value));
    }

    /** Sets {@code Value} to this value; see {@link #value(String)}. */
    public EnabledControlParameter value(Value<String> value) {
      return set("Value", value);
    }

    /** Sets {@code Value} to this value; see {@link #value(String)}. */
    public EnabledControlParameter value(List<Object> value) {
      return set("Value", Value.listOf(value));
    }

    /** Sets {@code Value} to this value; see {@link #value(String)}. */
    public EnabledControlParameter value(double value) {
      return set("Value", Value.of(value));
    }

    /** Sets {@code Value} to this value; see {@link #value(String)}. */
    public EnabledControlParameter value(Json value) {
      return set("Value", value);
    }

    /** Sets {@code Value} to this value; see {@link #value(String)}. */
    public EnabledControlParameter value(boolean value) {
      return set("Value", Value.of(value));
    }
  }
}
