// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.medialive;

import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Definition of AWS::MediaLive::SdiSource Resource Type
 *
 * <p>CloudFormation type {@code AWS::MediaLive::SdiSource}.
 */
public final class SdiSource extends Resource<SdiSource> {
  private static final Schema SCHEMA = Schema.builder("AWS::MediaLive::SdiSource")
      .required("Name", "Type")
      .allowed("Mode", "QUADRANT", "INTERLEAVE")
      .allowed("Type", "SINGLE", "QUAD")
      .refYields("Id")
      .attributes("Arn", "Id", "Inputs", "State")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public SdiSource(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The current state of the SdiSource.
   *
   * <p>Allowed values: {@code QUADRANT}, {@code INTERLEAVE}. CloudFormation property {@code Mode}.
   */
  public SdiSource mode(String value) {
    return set("Mode", Value.of(value));
  }

  /** Sets {@code Mode} to this value; see {@link #mode(String)}. */
  public SdiSource mode(Value<String> value) {
    return set("Mode", value);
  }

  /**
   * The name of the SdiSource.
   *
   * <p>Required. CloudFormation property {@code Name}.
   */
  public SdiSource name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public SdiSource name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * A collection of key-value pairs.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public SdiSource tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public SdiSource tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public SdiSource tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The interface mode of the SdiSource.
   *
   * <p>Required. Allowed values: {@code SINGLE}, {@code QUAD}. CloudFormation property {@code
   * Type}.
   */
  public SdiSource typeProperty(String value) {
    return set("Type", Value.of(value));
  }

  /** Sets {@code Type} to this value; see {@link #typeProperty(String)}. */
  public SdiSource typeProperty(Value<String> value) {
    return set("Type", value);
  }

  /**
   * The unique arn of the SdiSource.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * The unique identifier of the SdiSource.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Id}.
   */
  public Value<String> id() {
    return getAtt("Id");
  }

  /**
   * The list of inputs currently using this SDI source.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Inputs}.
   */
  public Value<List<String>> inputs() {
    return getAtt("Inputs");
  }

  /**
   * The current state of the SdiSource.
   *
   * <p>{@code Fn::GetAtt} attribute {@code State}.
   */
  public Value<String> state() {
    return getAtt("State");
  }
}
