// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.iot;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.fn.Value;

/**
 * Configure resource-specific logging.
 *
 * <p>CloudFormation type {@code AWS::IoT::ResourceSpecificLogging}.
 */
public final class ResourceSpecificLogging extends Resource<ResourceSpecificLogging> {
  private static final Schema SCHEMA = Schema.builder("AWS::IoT::ResourceSpecificLogging")
      .required("LogLevel", "TargetName", "TargetType")
      .allowed("LogLevel", "ERROR", "WARN", "INFO", "DEBUG", "DISABLED")
      .constrain("TargetName", Constraint.of().pattern("[a-zA-Z0-9.:\\s_\\-]+").minLength(1).maxLength(128))
      .allowed("TargetType", "THING_GROUP", "CLIENT_ID", "SOURCE_IP", "PRINCIPAL_ID", "EVENT_TYPE")
      .refYields("TargetId")
      .attributes("TargetId")
      .build();

  public ResourceSpecificLogging(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The default log level.Valid Values: <code>DEBUG | INFO | ERROR | WARN | DISABLED</code>
   *
   * <p>Required. Allowed values: {@code ERROR}, {@code WARN}, {@code INFO}, {@code DEBUG}, {@code
   * DISABLED}. CloudFormation property {@code LogLevel}.
   */
  public ResourceSpecificLogging logLevel(String value) {
    return set("LogLevel", Value.of(value));
  }

  /** Sets {@code LogLevel} to this value; see {@link #logLevel(String)}. */
  public ResourceSpecificLogging logLevel(Value<String> value) {
    return set("LogLevel", value);
  }

  /**
   * The target name.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 128 characters. Pattern: {@code
   * [a-zA-Z0-9.:&#92;s_&#92;-]+}. CloudFormation property {@code TargetName}.
   */
  public ResourceSpecificLogging targetName(String value) {
    return set("TargetName", Value.of(value));
  }

  /** Sets {@code TargetName} to this value; see {@link #targetName(String)}. */
  public ResourceSpecificLogging targetName(Value<String> value) {
    return set("TargetName", value);
  }

  /**
   * The target type. Valid Values: <code>DEFAULT | THING_GROUP</code>
   *
   * <p>Required. Changing it replaces the resource. Allowed values: {@code THING_GROUP}, {@code
   * CLIENT_ID}, {@code SOURCE_IP}, {@code PRINCIPAL_ID}, {@code EVENT_TYPE}. CloudFormation
   * property {@code TargetType}.
   */
  public ResourceSpecificLogging targetType(String value) {
    return set("TargetType", Value.of(value));
  }

  /** Sets {@code TargetType} to this value; see {@link #targetType(String)}. */
  public ResourceSpecificLogging targetType(Value<String> value) {
    return set("TargetType", value);
  }

  /**
   * The target Id.
   *
   * <p>{@code Fn::GetAtt} attribute {@code TargetId}.
   */
  public Value<String> targetId() {
    return getAtt("TargetId");
  }
}
