// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.ssmcontacts;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.fn.Value;

/**
 * The <code>AWS::SSMContacts::ContactChannel</code> resource specifies a contact channel as the
 * method that Incident Manager uses to engage your contact.
 *
 * <p><em>Template example</em> : We recommend creating all Incident Manager <code>Contacts</code>
 * resources using a single AWS CloudFormation template. For a demonstration, see the examples for
 * <a
 * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-ssmcontacts-contact.html">AWS::SSMContacts::Contacts</a>
 * .
 *
 * <p>CloudFormation type {@code AWS::SSMContacts::ContactChannel}.
 */
public final class ContactChannel extends Resource<ContactChannel> {
  private static final Schema SCHEMA = Schema.builder("AWS::SSMContacts::ContactChannel")
      .required("ChannelAddress", "ChannelName", "ChannelType", "ContactId")
      .constrain("ChannelName", Constraint.of().pattern("[a-zA-Z 0-9_\\-+'&amp;\\uD83C-\\uDBFF\\uDC00-\\uDFFF\\u2000-\\u3300]+").minLength(1).maxLength(255))
      .allowed("ChannelType", "SMS", "VOICE", "EMAIL")
      .constrain("ContactId", Constraint.of().pattern("arn:[-\\w+=\\/,.@]+:[-\\w+=\\/,.@]+:[-\\w+=\\/,.@]*:[0-9]+:([\\w+=\\/,.@:-]+)*").minLength(1).maxLength(2048))
      .refYields("Arn")
      .attributes("Arn")
      .build();

  public ContactChannel(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The details that Incident Manager uses when trying to engage the contact channel.
   *
   * <p>Required. CloudFormation property {@code ChannelAddress}.
   */
  public ContactChannel channelAddress(String value) {
    return set("ChannelAddress", Value.of(value));
  }

  /** Sets {@code ChannelAddress} to this value; see {@link #channelAddress(String)}. */
  public ContactChannel channelAddress(Value<String> value) {
    return set("ChannelAddress", value);
  }

  /**
   * The name of the contact channel.
   *
   * <p>Required. Length: 1 to 255 characters. Pattern: {@code [a-zA-Z
   * 0-9_&#92;-+'&amp;amp;&#92;uD83C-&#92;uDBFF&#92;uDC00-&#92;uDFFF&#92;u2000-&#92;u3300]+}.
   * CloudFormation property {@code ChannelName}.
   */
  public ContactChannel channelName(String value) {
    return set("ChannelName", Value.of(value));
  }

  /** Sets {@code ChannelName} to this value; see {@link #channelName(String)}. */
  public ContactChannel channelName(Value<String> value) {
    return set("ChannelName", value);
  }

  /**
   * The type of the contact channel. Incident Manager supports three contact methods:
   *
   * <ul> <li>SMS <li>VOICE <li>EMAIL </ul>
   *
   * <p>Required. Changing it replaces the resource. Allowed values: {@code SMS}, {@code VOICE},
   * {@code EMAIL}. CloudFormation property {@code ChannelType}.
   */
  public ContactChannel channelType(String value) {
    return set("ChannelType", Value.of(value));
  }

  /** Sets {@code ChannelType} to this value; see {@link #channelType(String)}. */
  public ContactChannel channelType(Value<String> value) {
    return set("ChannelType", value);
  }

  /**
   * The Amazon Resource Name (ARN) of the contact you are adding the contact channel to.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 2048 characters. Pattern: {@code
   * arn:[-&#92;w+=&#92;/,.&#64;]+:[-&#92;w+=&#92;/,.&#64;]+:[-&#92;w+=&#92;/,.&#64;]*:[0-9]+:([&#92;w+=&#92;/,.&#64;:-]+)*}.
   * CloudFormation property {@code ContactId}.
   */
  public ContactChannel contactId(String value) {
    return set("ContactId", Value.of(value));
  }

  /** Sets {@code ContactId} to this value; see {@link #contactId(String)}. */
  public ContactChannel contactId(Value<String> value) {
    return set("ContactId", value);
  }

  /**
   * If you want to activate the channel at a later time, you can choose to defer activation.
   * Incident Manager can't engage your contact channel until it has been activated.
   *
   * <p>CloudFormation property {@code DeferActivation}.
   */
  public ContactChannel deferActivation(boolean value) {
    return set("DeferActivation", Value.of(value));
  }

  /** Sets {@code DeferActivation} to this value; see {@link #deferActivation(boolean)}. */
  public ContactChannel deferActivation(Value<Boolean> value) {
    return set("DeferActivation", value);
  }

  /**
   * The Amazon Resource Name (ARN) of the <code>ContactChannel</code> resource.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }
}
