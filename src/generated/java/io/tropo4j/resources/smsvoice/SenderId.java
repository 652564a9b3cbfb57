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
 * Request a new sender ID that doesn't require registration.
 *
 * <p>CloudFormation type {@code AWS::SMSVOICE::SenderId}.
 */
public final class SenderId extends Resource<SenderId> {
  private static final Schema SCHEMA = Schema.builder("AWS::SMSVOICE::SenderId")
      .required("IsoCountryCode", "SenderId")
      .constrain("IsoCountryCode", Constraint.of().pattern("^[A-Z]{2}$"))
      .constrain("SenderId", Constraint.of().pattern("^[A-Z0-9_-]+$"))
      .attributes("Arn")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public SenderId(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * By default this is set to false. When set to true the sender ID can't be deleted.
   *
   * <p>CloudFormation property {@code DeletionProtectionEnabled}.
   */
  public SenderId deletionProtectionEnabled(boolean value) {
    return set("DeletionProtectionEnabled", Value.of(value));
  }

  /**
   * Sets {@code DeletionProtectionEnabled} to this value; see {@link
   * #deletionProtectionEnabled(boolean)}.
   */
  public SenderId deletionProtectionEnabled(Value<Boolean> value) {
    return set("DeletionProtectionEnabled", value);
  }

  /**
   * The two-character code, in ISO 3166-1 alpha-2 format, for the country or region.
   *
   * <p>Required. Changing it replaces the resource. Pattern: {@code ^[A-Z]{2}$}. CloudFormation
   * property {@code IsoCountryCode}.
   */
  public SenderId isoCountryCode(String value) {
    return set("IsoCountryCode", Value.of(value));
  }

  /** Sets {@code IsoCountryCode} to this value; see {@link #isoCountryCode(String)}. */
  public SenderId isoCountryCode(Value<String> value) {
    return set("IsoCountryCode", value);
  }

  /**
   * The sender ID string to request.
   *
   * <p>Required. Changing it replaces the resource. Pattern: {@code ^[A-Z0-9_-]+$}. CloudFormation
   * property {@code SenderId}.
   */
  public SenderId senderId(String value) {
    return set("SenderId", Value.of(value));
  }

  /** Sets {@code SenderId} to this value; see {@link #senderId(String)}. */
  public SenderId senderId(Value<String> value) {
    return set("SenderId", value);
  }

  /**
   * An array of tags (key and value pairs) to associate with the sender ID.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public SenderId tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public SenderId tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public SenderId tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The Amazon Resource Name of the <code>SenderId</code> .
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }
}
