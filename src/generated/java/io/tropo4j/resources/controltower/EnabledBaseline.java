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
 * Definition of AWS::ControlTower::EnabledBaseline Resource Type
 *
 * <p>CloudFormation type {@code AWS::ControlTower::EnabledBaseline}.
 */
public final class EnabledBaseline extends Resource<EnabledBaseline> {
  private static final Schema SCHEMA = Schema.builder("AWS::ControlTower::EnabledBaseline")
      .required("BaselineIdentifier", "BaselineVersion", "TargetIdentifier")
      .constrain("BaselineIdentifier", Constraint.of().pattern("^arn:aws[0-9a-zA-Z_\\-:\\/]+$").minLength(20).maxLength(2048))
      .constrain("BaselineVersion", Constraint.of().pattern("^\\d+(?:\\.\\d+){0,2}$"))
      .constrain("TargetIdentifier", Constraint.of().pattern("^arn:aws[0-9a-zA-Z_\\-:\\/]+$").minLength(20).maxLength(2048))
      .refYields("EnabledBaselineIdentifier")
      .attributes("EnabledBaselineIdentifier")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public EnabledBaseline(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The specific <code>Baseline</code> enabled as part of the <code>EnabledBaseline</code>
   * resource.
   *
   * <p>Required. Changing it replaces the resource. Length: 20 to 2048 characters. Pattern: {@code
   * ^arn:aws[0-9a-zA-Z_&#92;-:&#92;/]+$}. CloudFormation property {@code BaselineIdentifier}.
   */
  public EnabledBaseline baselineIdentifier(String value) {
    return set("BaselineIdentifier", Value.of(value));
  }

  /** Sets {@code BaselineIdentifier} to this value; see {@link #baselineIdentifier(String)}. */
  public EnabledBaseline baselineIdentifier(Value<String> value) {
    return set("BaselineIdentifier", value);
  }

  /**
   * The enabled version of the <code>Baseline</code> .
   *
   * <p>Required. Pattern: {@code ^&#92;d+(?:&#92;.&#92;d+){0,2}$}. CloudFormation property {@code
   * BaselineVersion}.
   */
  public EnabledBaseline baselineVersion(String value) {
    return set("BaselineVersion", Value.of(value));
  }

  /** Sets {@code BaselineVersion} to this value; see {@link #baselineVersion(String)}. */
  public EnabledBaseline baselineVersion(Value<String> value) {
    return set("BaselineVersion", value);
  }

  /**
   * Shows the parameters that are applied when enabling this <code>Baseline</code> .
   *
   * <p>CloudFormation property {@code Parameters}.
   */
  public EnabledBaseline parameters(List<Parameter> value) {
    return set("Parameters", Value.listOf(value));
  }

  /** Sets {@code Parameters} to this value; see {@link #parameters(List)}. */
  public EnabledBaseline parameters(Value<List<Parameter>> value) {
    return set("Parameters", value);
  }

  /** Sets {@code Parameters} to a list of these; see {@link #parameters(List)}. */
  public EnabledBaseline parameters(Parameter... values) {
    return set("Parameters", Value.list(values));
  }

  /** CloudFormation property {@code Tags}. */
  public EnabledBaseline tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public EnabledBaseline tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public EnabledBaseline tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The target on which to enable the <code>Baseline</code> .
   *
   * <p>Required. Changing it replaces the resource. Length: 20 to 2048 characters. Pattern: {@code
   * ^arn:aws[0-9a-zA-Z_&#92;-:&#92;/]+$}. CloudFormation property {@code TargetIdentifier}.
   */
  public EnabledBaseline targetIdentifier(String value) {
    return set("TargetIdentifier", Value.of(value));
  }

  /** Sets {@code TargetIdentifier} to this value; see {@link #targetIdentifier(String)}. */
  public EnabledBaseline targetIdentifier(Value<String> value) {
    return set("TargetIdentifier", value);
  }

  /** {@code Fn::GetAtt} attribute {@code EnabledBaselineIdentifier}. */
  public Value<String> enabledBaselineIdentifier() {
    return getAtt("EnabledBaselineIdentifier");
  }

  /** Property type {@code AWS::ControlTower::EnabledBaseline.Parameter}. */
  public static final class Parameter extends Struct<Parameter> {
    private static final Schema SCHEMA = Schema.builder("AWS::ControlTower::EnabledBaseline.Parameter")
        .constrain("Key", Constraint.of().minLength(1).maxLength(256))
        .build();

    public Parameter() {
      super(SCHEMA);
    }

    /** Length: 1 to 256 characters. CloudFormation property {@code Key}. */
    public Parameter key(String value) {
      return set("Key", Value.of(value));
    }

    /** Sets {@code Key} to this value; see {@link #key(String)}. */
    public Parameter key(Value<String> value) {
      return set("Key", value);
    }

    /** CloudFormation property {@code Value}. */
    public Parameter value(String value) {
      return set("Value", Value.of(value));
    }

    /** Sets {@code Value} to this value; see {@link #value(String)}. */
    public Parameter value(Value<String> value) {
      return set("Value", value);
    }

    /** Sets {@code Value} to this value; see {@link #value(String)}. */
    public Parameter value(Json value) {
      return set("Value", value);
    }

    /** Sets {@code Value} to this value; see {@link #value(String)}. */
    public Parameter value(double value) {
      return set("Value", Value.of(value));
    }

    /** Sets {@code Value} to this value; see {@link #value(String)}. */
    public Parameter value(List<Object> value) {
      return set("Value", Value.listOf(value));
    }

    /** Sets {@code Value} to this value; see {@link #value(String)}. */
    public Parameter value(boolean value) {
      return set("Value", Value.of(value));
    }
  }
}
