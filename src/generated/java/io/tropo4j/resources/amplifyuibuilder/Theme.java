// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.amplifyuibuilder;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;
import java.util.Map;

/**
 * The AWS::AmplifyUIBuilder::Theme resource specifies a theme within an Amplify app. A theme is a
 * collection of style settings that apply globally to the components associated with the app.
 *
 * <p>CloudFormation type {@code AWS::AmplifyUIBuilder::Theme}.
 */
public final class Theme extends Resource<Theme> {
  private static final Schema SCHEMA = Schema.builder("AWS::AmplifyUIBuilder::Theme")
      .constrain("Name", Constraint.of().minLength(1).maxLength(255))
      .attributes("CreatedAt", "Id", "ModifiedAt")
      .tags("Tags", Schema.TagForm.MAP)
      .build();

  public Theme(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The unique ID for the Amplify app associated with the theme.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code AppId}.
   */
  public Theme appId(String value) {
    return set("AppId", Value.of(value));
  }

  /** Sets {@code AppId} to this value; see {@link #appId(String)}. */
  public Theme appId(Value<String> value) {
    return set("AppId", value);
  }

  /**
   * The name of the backend environment that is a part of the Amplify app.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code EnvironmentName}.
   */
  public Theme environmentName(String value) {
    return set("EnvironmentName", Value.of(value));
  }

  /** Sets {@code EnvironmentName} to this value; see {@link #environmentName(String)}. */
  public Theme environmentName(Value<String> value) {
    return set("EnvironmentName", value);
  }

  /**
   * The name of the theme.
   *
   * <p>Length: 1 to 255 characters. CloudFormation property {@code Name}.
   */
  public Theme name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public Theme name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * Describes the properties that can be overriden to customize a theme.
   *
   * <p>CloudFormation property {@code Overrides}.
   */
  public Theme overrides(List<ThemeValues> value) {
    return set("Overrides", Value.listOf(value));
  }

  /** Sets {@code Overrides} to this value; see {@link #overrides(List)}. */
  public Theme overrides(Value<List<ThemeValues>> value) {
    return set("Overrides", value);
  }

  /** Sets {@code Overrides} to a list of these; see {@link #overrides(List)}. */
  public Theme overrides(ThemeValues... values) {
    return set("Overrides", Value.list(values));
  }

  /**
   * One or more key-value pairs to use when tagging the theme.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code Tags}.
   */
  public Theme tags(Map<String, String> value) {
    return set("Tags", Value.mapOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(Map)}. */
  public Theme tags(Value<Map<String, String>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a map of key to value; see {@link #tags(Map)}. */
  public Theme tags(Tags tags) {
    return set("Tags", tags.asMap());
  }

  /**
   * A list of key-value pairs that defines the properties of the theme.
   *
   * <p>CloudFormation property {@code Values}.
   */
  public Theme values(List<ThemeValues> value) {
    return set("Values", Value.listOf(value));
  }

  /** Sets {@code Values} to this value; see {@link #values(List)}. */
  public Theme values(Value<List<ThemeValues>> value) {
    return set("Values", value);
  }

  /** Sets {@code Values} to a list of these; see {@link #values(List)}. */
  public Theme values(ThemeValues... values) {
    return set("Values", Value.list(values));
  }

  /**
   * The time that the theme was created.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CreatedAt}.
   */
  public Value<String> createdAt() {
    return getAtt("CreatedAt");
  }

  /**
   * The ID for the theme.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Id}.
   */
  public Value<String> id() {
    return getAtt("Id");
  }

  /**
   * The time that the theme was modified.
   *
   * <p>{@code Fn::GetAtt} attribute {@code ModifiedAt}.
   */
  public Value<String> modifiedAt() {
    return getAtt("ModifiedAt");
  }

  /**
   * The <code>ThemeValue</code> property specifies the configuration of a theme's properties.
   *
   * <p>Property type {@code AWS::AmplifyUIBuilder::Theme.ThemeValue}.
   */
  public static final class ThemeValue extends Struct<ThemeValue> {
    private static final Schema SCHEMA = Schema.of("AWS::AmplifyUIBuilder::Theme.ThemeValue");

    public ThemeValue() {
      super(SCHEMA);
    }

    /**
     * A list of key-value pairs that define the theme's properties.
     *
     * <p>CloudFormation property {@code Children}.
     */
    public ThemeValue children(List<ThemeValues> value) {
      return set("Children", Value.listOf(value));
    }

    /** Sets {@code Children} to this value; see {@link #children(List)}. */
    public ThemeValue children(Value<List<ThemeValues>> value) {
      return set("Children", value);
    }

    /** Sets {@code Children} to a list of these; see {@link #children(List)}. */
    public ThemeValue children(ThemeValues... values) {
      return set("Children", Value.list(values));
    }

    /**
     * The value of a theme property.
     *
     * <p>CloudFormation property {@code Value}.
     */
    public ThemeValue value(String value) {
      return set("Value", Value.of(value));
    }

    /** Sets {@code Value} to this value; see {@link #value(String)}. */
    public ThemeValue value(Value<String> value) {
      return set("Value", value);
    }
  }

  /**
   * The <code>ThemeValues</code> property specifies key-value pair that defines a property of a
   * theme.
   *
   * <p>Property type {@code AWS::AmplifyUIBuilder::Theme.ThemeValues}.
   */
  public static final class ThemeValues extends Struct<ThemeValues> {
    private static final Schema SCHEMA = Schema.of("AWS::AmplifyUIBuilder::Theme.ThemeValues");

    public ThemeValues() {
      super(SCHEMA);
    }

    /**
     * The name of the property.
     *
     * <p>CloudFormation property {@code Key}.
     */
    public ThemeValues key(String value) {
      return set("Key", Value.of(value));
    }

    /** Sets {@code Key} to this value; see {@link #key(String)}. */
    public ThemeValues key(Value<String> value) {
      return set("Key", value);
    }

    /**
     * The value of the property.
     *
     * <p>CloudFormation property {@code Value}.
     */
    public ThemeValues value(Value<ThemeValue> value) {
      return set("Value", value);
    }
  }
}
