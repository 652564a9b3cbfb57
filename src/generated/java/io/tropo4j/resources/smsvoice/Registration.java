// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.smsvoice;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * A registration that has been created.
 *
 * <p>CloudFormation type {@code AWS::SMSVOICE::Registration}.
 */
public final class Registration extends Resource<Registration> {
  private static final Schema SCHEMA = Schema.builder("AWS::SMSVOICE::Registration")
      .required("RegistrationType")
      .constrain("RegistrationType", Constraint.of().pattern("^[A-Za-z0-9_]+$").minLength(1).maxLength(64))
      .refYields("RegistrationArn")
      .attributes("CreatedTimestamp", "CurrentVersionNumber", "RegistrationArn", "RegistrationId",
          "RegistrationStatus")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public Registration(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The type of registration form to create.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 64 characters. Pattern: {@code
   * ^[A-Za-z0-9_]+$}. CloudFormation property {@code RegistrationType}.
   */
  public Registration registrationType(String value) {
    return set("RegistrationType", Value.of(value));
  }

  /** Sets {@code RegistrationType} to this value; see {@link #registrationType(String)}. */
  public Registration registrationType(Value<String> value) {
    return set("RegistrationType", value);
  }

  /**
   * An array of tags (key and value pairs) to associate with the registration.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public Registration tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public Registration tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public Registration tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The time when the registration was created, in UNIX epoch time format.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CreatedTimestamp}.
   */
  public Value<String> createdTimestamp() {
    return getAtt("CreatedTimestamp");
  }

  /**
   * The current version number of the registration.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CurrentVersionNumber}.
   */
  public Value<Integer> currentVersionNumber() {
    return getAtt("CurrentVersionNumber");
  }

  /**
   * The Amazon Resource Name (ARN) for the registration.
   *
   * <p>{@code Fn::GetAtt} attribute {@code RegistrationArn}.
   */
  public Value<String> registrationArn() {
    return getAtt("RegistrationArn");
  }

  /**
   * The unique identifier for the registration.
   *
   * <p>{@code Fn::GetAtt} attribute {@code RegistrationId}.
   */
  public Value<String> registrationId() {
    return getAtt("RegistrationId");
  }

  /**
   * The status of the registration.
   *
   * <p>{@code Fn::GetAtt} attribute {@code RegistrationStatus}.
   */
  public Value<String> registrationStatus() {
    return getAtt("RegistrationStatus");
  }
}
