// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.servicecatalog;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.fn.Value;

/**
 * Specifies a TagOption. A TagOption is a key-value pair managed by AWS Service Catalog that serves
 * as a template for creating an AWS tag.
 *
 * <p>CloudFormation type {@code AWS::ServiceCatalog::TagOption}.
 */
public final class TagOption extends Resource<TagOption> {
  private static final Schema SCHEMA = Schema.builder("AWS::ServiceCatalog::TagOption")
      .required("Key", "Value")
      .constrain("Key", Constraint.of().pattern("^([\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*)$").minLength(1).maxLength(128))
      .constrain("Value", Constraint.of().pattern("^([\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*)$").minLength(1).maxLength(256))
      .refYields("Id")
      .attributes("Id")
      .build();

  public TagOption(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The TagOption active state.
   *
   * <p>CloudFormation property {@code Active}.
   */
  public TagOption active(boolean value) {
    return set("Active", Value.of(value));
  }

  /** Sets {@code Active} to this value; see {@link #active(boolean)}. */
  public TagOption active(Value<Boolean> value) {
    return set("Active", value);
  }

  /**
   * The TagOption key.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 128 characters. Pattern: {@code
   * ^([&#92;p{L}&#92;p{Z}&#92;p{N}_.:/=+&#92;-&#64;]*)$}. CloudFormation property {@code Key}.
   */
  public TagOption key(String value) {
    return set("Key", Value.of(value));
  }

  /** Sets {@code Key} to this value; see {@link #key(String)}. */
  public TagOption key(Value<String> value) {
    return set("Key", value);
  }

  /**
   * The TagOption value.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 256 characters. Pattern: {@code
   * ^([&#92;p{L}&#92;p{Z}&#92;p{N}_.:/=+&#92;-&#64;]*)$}. CloudFormation property {@code Value}.
   */
  public TagOption value(String value) {
    return set("Value", Value.of(value));
  }

  /** Sets {@code Value} to this value; see {@link #value(String)}. */
  public TagOption value(Value<String> value) {
    return set("Value", value);
  }

  /**
   * The TagOption identifier.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Id}.
   */
  public Value<String> id() {
    return getAtt("Id");
  }
}
