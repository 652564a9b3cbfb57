// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.glue;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.fn.Json;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Creates a custom pattern that is used to detect sensitive data across the columns and rows of
 * your structured data.
 *
 * <p>Each custom pattern you create specifies a regular expression and an optional list of context
 * words. If no context words are passed only a regular expression is checked.
 *
 * <p>CloudFormation type {@code AWS::Glue::CustomEntityType}.
 */
public final class CustomEntityType extends Resource<CustomEntityType> {
  private static final Schema SCHEMA = Schema.builder("AWS::Glue::CustomEntityType")
      .constrain("ContextWords", Constraint.of().minLength(1).maxLength(255))
      .constrain("Name", Constraint.of().minLength(1).maxLength(255))
      .constrain("RegexString", Constraint.of().minLength(1).maxLength(255))
      .constrain("Tags", Constraint.of().format("json"))
      .refYields("Name")
      .build();

  public CustomEntityType(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * A list of context words. If none of these context words are found within the vicinity of the
   * regular expression the data will not be detected as sensitive data.
   *
   * <p>If no context words are passed only a regular expression is checked.
   *
   * <p>Length: 1 to 255 characters. CloudFormation property {@code ContextWords}.
   */
  public CustomEntityType contextWords(List<String> value) {
    return set("ContextWords", Value.listOf(value));
  }

  /** Sets {@code ContextWords} to this value; see {@link #contextWords(List)}. */
  public CustomEntityType contextWords(Value<List<String>> value) {
    return set("ContextWords", value);
  }

  /**
   * A name for the custom pattern that allows it to be retrieved or deleted later. This name must
   * be unique per AWS account.
   *
   * <p>Changing it replaces the resource. Length: 1 to 255 characters. CloudFormation property
   * {@code Name}.
   */
  public CustomEntityType name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public CustomEntityType name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * A regular expression string that is used for detecting sensitive data in a custom pattern.
   *
   * <p>Length: 1 to 255 characters. CloudFormation property {@code RegexString}.
   */
  public CustomEntityType regexString(String value) {
    return set("RegexString", Value.of(value));
  }

  /** Sets {@code RegexString} to this value; see {@link #regexString(String)}. */
  public CustomEntityType regexString(Value<String> value) {
    return set("RegexString", value);
  }

  /**
   * AWS tags that contain a key value pair and may be searched by console, command line, or API.
   *
   * <p>Format: {@code json}. CloudFormation property {@code Tags}.
   */
  public CustomEntityType tags(Value<Json> value) {
    return set("Tags", value);
  }
}
