// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.appsync;

import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.fn.Value;

/**
 * Represents a GraphQL type in an AWS AppSync GraphQL API.
 *
 * <p>CloudFormation type {@code AWS::AppSync::Type}.
 */
public final class Type extends Resource<Type> {
  private static final Schema SCHEMA = Schema.builder("AWS::AppSync::Type")
      .required("ApiId", "Definition", "Format")
      .allowed("Format", "SDL", "JSON")
      .refYields("Arn")
      .attributes("Arn", "Name")
      .build();

  public Type(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The API ID.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code ApiId}.
   */
  public Type apiId(String value) {
    return set("ApiId", Value.of(value));
  }

  /** Sets {@code ApiId} to this value; see {@link #apiId(String)}. */
  public Type apiId(Value<String> value) {
    return set("ApiId", value);
  }

  /**
   * The type definition, in GraphQL Schema Definition Language (SDL) format.
   *
   * <p>Required. CloudFormation property {@code Definition}.
   */
  public Type definition(String value) {
    return set("Definition", Value.of(value));
  }

  /** Sets {@code Definition} to this value; see {@link #definition(String)}. */
  public Type definition(Value<String> value) {
    return set("Definition", value);
  }

  /**
   * The type format: SDL or JSON.
   *
   * <p>Required. Allowed values: {@code SDL}, {@code JSON}. CloudFormation property {@code Format}.
   */
  public Type format(String value) {
    return set("Format", Value.of(value));
  }

  /** Sets {@code Format} to this value; see {@link #format(String)}. */
  public Type format(Value<String> value) {
    return set("Format", value);
  }

  /**
   * The Amazon Resource Name (ARN) of the type.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * The type name.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Name}.
   */
  public Value<String> name() {
    return getAtt("Name");
  }
}
