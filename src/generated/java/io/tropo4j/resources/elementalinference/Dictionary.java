// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.elementalinference;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.Map;

/**
 * Represents a custom dictionary for improving transcription accuracy
 *
 * <p>CloudFormation type {@code AWS::ElementalInference::Dictionary}.
 */
public final class Dictionary extends Resource<Dictionary> {
  private static final Schema SCHEMA = Schema.builder("AWS::ElementalInference::Dictionary")
      .required("Language", "Name")
      .constrain("Entries", Constraint.of().maxLength(40960))
      .allowed("Language", "eng", "fra", "ita", "deu", "spa", "por")
      .constrain("Name", Constraint.of().pattern("^[a-zA-Z0-9]([a-zA-Z0-9-_]{0,126}[a-zA-Z0-9])?$"))
      .refYields("Id")
      .attributes("Arn", "Id")
      .tags("Tags", Schema.TagForm.MAP)
      .build();

  public Dictionary(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /** Length: at most 40960 characters. CloudFormation property {@code Entries}. */
  public Dictionary entries(String value) {
    return set("Entries", Value.of(value));
  }

  /** Sets {@code Entries} to this value; see {@link #entries(String)}. */
  public Dictionary entries(Value<String> value) {
    return set("Entries", value);
  }

  /**
   * Required. Allowed values: {@code eng}, {@code fra}, {@code ita}, {@code deu}, {@code spa},
   * {@code por}. CloudFormation property {@code Language}.
   */
  public Dictionary language(String value) {
    return set("Language", Value.of(value));
  }

  /** Sets {@code Language} to this value; see {@link #language(String)}. */
  public Dictionary language(Value<String> value) {
    return set("Language", value);
  }

  /**
   * Required. Pattern: {@code ^[a-zA-Z0-9]([a-zA-Z0-9-_]{0,126}[a-zA-Z0-9])?$}. CloudFormation
   * property {@code Name}.
   */
  public Dictionary name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public Dictionary name(Value<String> value) {
    return set("Name", value);
  }

  /** CloudFormation property {@code Tags}. */
  public Dictionary tags(Map<String, String> value) {
    return set("Tags", Value.mapOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(Map)}. */
  public Dictionary tags(Value<Map<String, String>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a map of key to value; see {@link #tags(Map)}. */
  public Dictionary tags(Tags tags) {
    return set("Tags", tags.asMap());
  }

  /** {@code Fn::GetAtt} attribute {@code Arn}. */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /** {@code Fn::GetAtt} attribute {@code Id}. */
  public Value<String> id() {
    return getAtt("Id");
  }
}
