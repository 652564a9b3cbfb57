// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.iotwireless;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Creates a new destination that maps a device message to an AWS IoT rule.
 *
 * <p>CloudFormation type {@code AWS::IoTWireless::Destination}.
 */
public final class Destination extends Resource<Destination> {
  private static final Schema SCHEMA = Schema.builder("AWS::IoTWireless::Destination")
      .required("Expression", "ExpressionType", "Name")
      .constrain("Description", Constraint.of().minLength(0).maxLength(2048))
      .constrain("Expression", Constraint.of().minLength(0).maxLength(2048))
      .allowed("ExpressionType", "RuleName", "MqttTopic", "SnsTopic")
      .constrain("Name", Constraint.of().pattern("[a-zA-Z0-9:_-]+").minLength(0).maxLength(128))
      .constrain("RoleArn", Constraint.of().minLength(20).maxLength(2048).format("AWS::IAM::Role.Arn"))
      .refYields("Name")
      .attributes("Arn")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public Destination(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The description of the new resource. Maximum length is 2048 characters.
   *
   * <p>Length: 0 to 2048 characters. CloudFormation property {@code Description}.
   */
  public Destination description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public Destination description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * The rule name to send messages to.
   *
   * <p>Required. Length: 0 to 2048 characters. CloudFormation property {@code Expression}.
   */
  public Destination expression(String value) {
    return set("Expression", Value.of(value));
  }

  /** Sets {@code Expression} to this value; see {@link #expression(String)}. */
  public Destination expression(Value<String> value) {
    return set("Expression", value);
  }

  /**
   * The type of value in <code>Expression</code> .
   *
   * <p>Required. Allowed values: {@code RuleName}, {@code MqttTopic}, {@code SnsTopic}.
   * CloudFormation property {@code ExpressionType}.
   */
  public Destination expressionType(String value) {
    return set("ExpressionType", Value.of(value));
  }

  /** Sets {@code ExpressionType} to this value; see {@link #expressionType(String)}. */
  public Destination expressionType(Value<String> value) {
    return set("ExpressionType", value);
  }

  /**
   * The name of the new resource.
   *
   * <p>Required. Changing it replaces the resource. Length: 0 to 128 characters. Pattern: {@code
   * [a-zA-Z0-9:_-]+}. CloudFormation property {@code Name}.
   */
  public Destination name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public Destination name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * The ARN of the IAM Role that authorizes the destination.
   *
   * <p>Length: 20 to 2048 characters. Format: {@code AWS::IAM::Role.Arn}. CloudFormation property
   * {@code RoleArn}.
   */
  public Destination roleArn(String value) {
    return set("RoleArn", Value.of(value));
  }

  /** Sets {@code RoleArn} to this value; see {@link #roleArn(String)}. */
  public Destination roleArn(Value<String> value) {
    return set("RoleArn", value);
  }

  /**
   * The tags are an array of key-value pairs to attach to the specified resource. Tags can have a
   * minimum of 0 and a maximum of 50 items.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public Destination tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public Destination tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public Destination tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The ARN of the destination created.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }
}
