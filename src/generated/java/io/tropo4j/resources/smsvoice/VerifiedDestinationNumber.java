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
 * A destination phone number that has been registered for verification with AWS End User Messaging
 * SMS. A newly created number is in PENDING status; it becomes VERIFIED only after the recipient
 * supplies the one-time code out of band.
 *
 * <p>CloudFormation type {@code AWS::SMSVOICE::VerifiedDestinationNumber}.
 */
public final class VerifiedDestinationNumber extends Resource<VerifiedDestinationNumber> {
  private static final Schema SCHEMA = Schema.builder("AWS::SMSVOICE::VerifiedDestinationNumber")
      .required("DestinationPhoneNumber")
      .constrain("DestinationPhoneNumber", Constraint.of().pattern("^\\+?[1-9][0-9]{1,18}$").minLength(1).maxLength(20))
      .refYields("VerifiedDestinationNumberArn")
      .attributes("CreatedTimestamp", "Status", "VerifiedDestinationNumberArn",
          "VerifiedDestinationNumberId")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public VerifiedDestinationNumber(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The verified destination phone number, in E.164 format.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 20 characters. Pattern: {@code
   * ^&#92;+?[1-9][0-9]{1,18}$}. CloudFormation property {@code DestinationPhoneNumber}.
   */
  public VerifiedDestinationNumber destinationPhoneNumber(String value) {
    return set("DestinationPhoneNumber", Value.of(value));
  }

  /**
   * Sets {@code DestinationPhoneNumber} to this value; see {@link #destinationPhoneNumber(String)}.
   */
  public VerifiedDestinationNumber destinationPhoneNumber(Value<String> value) {
    return set("DestinationPhoneNumber", value);
  }

  /**
   * An array of key-value pairs to apply to this resource.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public VerifiedDestinationNumber tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public VerifiedDestinationNumber tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public VerifiedDestinationNumber tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The time when the verified destination phone number was created.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CreatedTimestamp}.
   */
  public Value<String> createdTimestamp() {
    return getAtt("CreatedTimestamp");
  }

  /**
   * The status of the verified destination phone number. PENDING means the phone number has not
   * been verified yet; VERIFIED means it is verified and can receive messages.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Status}.
   */
  public Value<String> status() {
    return getAtt("Status");
  }

  /**
   * The Amazon Resource Name (ARN) for the verified destination phone number.
   *
   * <p>{@code Fn::GetAtt} attribute {@code VerifiedDestinationNumberArn}.
   */
  public Value<String> verifiedDestinationNumberArn() {
    return getAtt("VerifiedDestinationNumberArn");
  }

  /**
   * The unique identifier for the verified destination phone number.
   *
   * <p>{@code Fn::GetAtt} attribute {@code VerifiedDestinationNumberId}.
   */
  public Value<String> verifiedDestinationNumberId() {
    return getAtt("VerifiedDestinationNumberId");
  }
}
