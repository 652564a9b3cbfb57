// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.lightsail;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.fn.Value;

/**
 * Resource Type definition for AWS::Lightsail::ContactMethod
 *
 * <p>CloudFormation type {@code AWS::Lightsail::ContactMethod}.
 */
public final class ContactMethod extends Resource<ContactMethod> {
  private static final Schema SCHEMA = Schema.builder("AWS::Lightsail::ContactMethod")
      .required("ContactEndpoint", "Protocol")
      .constrain("ContactEndpoint", Constraint.of().minLength(1).maxLength(256))
      .allowed("Protocol", "Email", "SMS")
      .refYields("Arn")
      .attributes("Arn", "CreatedAt", "Name", "ResourceType", "Status", "SupportCode")
      .build();

  public ContactMethod(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The destination of the contact method, such as an email address or a mobile phone number.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 256 characters. CloudFormation
   * property {@code ContactEndpoint}.
   */
  public ContactMethod contactEndpoint(String value) {
    return set("ContactEndpoint", Value.of(value));
  }

  /** Sets {@code ContactEndpoint} to this value; see {@link #contactEndpoint(String)}. */
  public ContactMethod contactEndpoint(Value<String> value) {
    return set("ContactEndpoint", value);
  }

  /**
   * The protocol of the contact method, such as Email or SMS (text messaging).
   *
   * <p>Required. Changing it replaces the resource. Allowed values: {@code Email}, {@code SMS}.
   * CloudFormation property {@code Protocol}.
   */
  public ContactMethod protocol(String value) {
    return set("Protocol", Value.of(value));
  }

  /** Sets {@code Protocol} to this value; see {@link #protocol(String)}. */
  public ContactMethod protocol(Value<String> value) {
    return set("Protocol", value);
  }

  /**
   * The Amazon Resource Name (ARN) of the contact method.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * The timestamp when the contact method was created.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CreatedAt}.
   */
  public Value<String> createdAt() {
    return getAtt("CreatedAt");
  }

  /**
   * The name of the contact method.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Name}.
   */
  public Value<String> name() {
    return getAtt("Name");
  }

  /**
   * The Lightsail resource type of the contact method.
   *
   * <p>{@code Fn::GetAtt} attribute {@code ResourceType}.
   */
  public Value<String> resourceType() {
    return getAtt("ResourceType");
  }

  /**
   * The current status of the contact method.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Status}.
   */
  public Value<String> status() {
    return getAtt("Status");
  }

  /**
   * The support code for the contact method.
   *
   * <p>{@code Fn::GetAtt} attribute {@code SupportCode}.
   */
  public Value<String> supportCode() {
    return getAtt("SupportCode");
  }
}
