// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.connect;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Claims a phone number to the specified Connect Customer instance or traffic distribution group.
 *
 * <p>CloudFormation type {@code AWS::Connect::PhoneNumber}.
 */
public final class PhoneNumber extends Resource<PhoneNumber> {
  private static final Schema SCHEMA = Schema.builder("AWS::Connect::PhoneNumber")
      .required("TargetArn")
      .constrain("CountryCode", Constraint.of().pattern("^[A-Z]{2}"))
      .constrain("Description", Constraint.of().minLength(1).maxLength(500))
      .constrain("Prefix", Constraint.of().pattern("^\\+[0-9]{1,15}"))
      .constrain("TargetArn", Constraint.of().pattern("^arn:aws[-a-z0-9]*:connect:[-a-z0-9]*:[0-9]{12}:(instance|traffic-distribution-group)/[-a-zA-Z0-9]*$"))
      .constrain("Type", Constraint.of().pattern("TOLL_FREE|DID|UIFN|SHARED|THIRD_PARTY_DID|THIRD_PARTY_TF|SHORT_CODE"))
      .refYields("PhoneNumberArn")
      .attributes("Address", "PhoneNumberArn")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public PhoneNumber(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The ISO country code.
   *
   * <p>Changing it replaces the resource. Pattern: {@code ^[A-Z]{2}}. CloudFormation property
   * {@code CountryCode}.
   */
  public PhoneNumber countryCode(String value) {
    return set("CountryCode", Value.of(value));
  }

  /** Sets {@code CountryCode} to this value; see {@link #countryCode(String)}. */
  public PhoneNumber countryCode(Value<String> value) {
    return set("CountryCode", value);
  }

  /**
   * The description of the phone number.
   *
   * <p>Changing it replaces the resource. Length: 1 to 500 characters. CloudFormation property
   * {@code Description}.
   */
  public PhoneNumber description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public PhoneNumber description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * The prefix of the phone number. If provided, it must contain <code>+</code> as part of the
   * country code.
   *
   * <p><em>Pattern</em> : <code>^&#92;&#92;+[0-9]{1,15}</code>
   *
   * <p>Changing it replaces the resource. Pattern: {@code ^&#92;+[0-9]{1,15}}. CloudFormation
   * property {@code Prefix}.
   */
  public PhoneNumber prefix(String value) {
    return set("Prefix", Value.of(value));
  }

  /** Sets {@code Prefix} to this value; see {@link #prefix(String)}. */
  public PhoneNumber prefix(Value<String> value) {
    return set("Prefix", value);
  }

  /**
   * The claimed phone number ARN that was previously imported from the external service, such as
   * AWS End User Messaging. If it is from AWS End User Messaging, it looks like the ARN of the
   * phone number that was imported from AWS End User Messaging.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code SourcePhoneNumberArn}.
   */
  public PhoneNumber sourcePhoneNumberArn(String value) {
    return set("SourcePhoneNumberArn", Value.of(value));
  }

  /** Sets {@code SourcePhoneNumberArn} to this value; see {@link #sourcePhoneNumberArn(String)}. */
  public PhoneNumber sourcePhoneNumberArn(Value<String> value) {
    return set("SourcePhoneNumberArn", value);
  }

  /**
   * The tags used to organize, track, or control access for this resource. For example, { "tags":
   * {"key1":"value1", "key2":"value2"} }.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public PhoneNumber tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public PhoneNumber tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public PhoneNumber tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The Amazon Resource Name (ARN) for Connect Customer instances or traffic distribution group
   * that phone numbers are claimed to.
   *
   * <p>Required. Pattern: {@code
   * ^arn:aws[-a-z0-9]*:connect:[-a-z0-9]*:[0-9]{12}:(instance|traffic-distribution-group)/[-a-zA-Z0-9]*$}.
   * CloudFormation property {@code TargetArn}.
   */
  public PhoneNumber targetArn(String value) {
    return set("TargetArn", Value.of(value));
  }

  /** Sets {@code TargetArn} to this value; see {@link #targetArn(String)}. */
  public PhoneNumber targetArn(Value<String> value) {
    return set("TargetArn", value);
  }

  /**
   * The type of phone number.
   *
   * <p>Changing it replaces the resource. Pattern: {@code
   * TOLL_FREE|DID|UIFN|SHARED|THIRD_PARTY_DID|THIRD_PARTY_TF|SHORT_CODE}. CloudFormation property
   * {@code Type}.
   */
  public PhoneNumber typeProperty(String value) {
    return set("Type", Value.of(value));
  }

  /** Sets {@code Type} to this value; see {@link #typeProperty(String)}. */
  public PhoneNumber typeProperty(Value<String> value) {
    return set("Type", value);
  }

  /**
   * The phone number, in E.164 format.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Address}.
   */
  public Value<String> address() {
    return getAtt("Address");
  }

  /**
   * The Amazon Resource Name (ARN) of the phone number.
   *
   * <p>{@code Fn::GetAtt} attribute {@code PhoneNumberArn}.
   */
  public Value<String> phoneNumberArn() {
    return getAtt("PhoneNumberArn");
  }
}
