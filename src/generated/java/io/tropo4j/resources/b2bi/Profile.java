// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.b2bi;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Creates a customer profile. You can have up to five customer profiles, each representing a
 * distinct private network. A profile is the mechanism used to create the concept of a private
 * network.
 *
 * <p>CloudFormation type {@code AWS::B2BI::Profile}.
 */
public final class Profile extends Resource<Profile> {
  private static final Schema SCHEMA = Schema.builder("AWS::B2BI::Profile")
      .required("BusinessName", "Logging", "Name", "Phone")
      .constrain("BusinessName", Constraint.of().minLength(1).maxLength(254))
      .constrain("Email", Constraint.of().pattern("^[\\w\\.\\-]+@[\\w\\.\\-]+$").minLength(5).maxLength(254))
      .allowed("Logging", "ENABLED", "DISABLED")
      .constrain("Name", Constraint.of().minLength(1).maxLength(254))
      .constrain("Phone", Constraint.of().pattern("^\\+?([0-9 \\t\\-()\\/]{7,})(?:\\s*(?:#|x\\.?|ext\\.?|extension) \\t*(\\d+))?$").minLength(7).maxLength(22))
      .refYields("ProfileId")
      .attributes("CreatedAt", "LogGroupName", "ModifiedAt", "ProfileArn", "ProfileId")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public Profile(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * Returns the name for the business associated with this profile.
   *
   * <p>Required. Length: 1 to 254 characters. CloudFormation property {@code BusinessName}.
   */
  public Profile businessName(String value) {
    return set("BusinessName", Value.of(value));
  }

  /** Sets {@code BusinessName} to this value; see {@link #businessName(String)}. */
  public Profile businessName(Value<String> value) {
    return set("BusinessName", value);
  }

  /**
   * Length: 5 to 254 characters. Pattern: {@code
   * ^[&#92;w&#92;.&#92;-]+&#64;[&#92;w&#92;.&#92;-]+$}. CloudFormation property {@code Email}.
   */
  public Profile email(String value) {
    return set("Email", Value.of(value));
  }

  /** Sets {@code Email} to this value; see {@link #email(String)}. */
  public Profile email(Value<String> value) {
    return set("Email", value);
  }

  /**
   * Specifies whether or not logging is enabled for this profile.
   *
   * <p>Required. Changing it replaces the resource. Allowed values: {@code ENABLED}, {@code
   * DISABLED}. CloudFormation property {@code Logging}.
   */
  public Profile logging(String value) {
    return set("Logging", Value.of(value));
  }

  /** Sets {@code Logging} to this value; see {@link #logging(String)}. */
  public Profile logging(Value<String> value) {
    return set("Logging", value);
  }

  /**
   * Returns the display name for profile.
   *
   * <p>Required. Length: 1 to 254 characters. CloudFormation property {@code Name}.
   */
  public Profile name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public Profile name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * Specifies the phone number associated with the profile.
   *
   * <p>Required. Length: 7 to 22 characters. Pattern: {@code ^&#92;+?([0-9
   * &#92;t&#92;-()&#92;/]{7,})(?:&#92;s*(?:#|x&#92;.?|ext&#92;.?|extension) &#92;t*(&#92;d+))?$}.
   * CloudFormation property {@code Phone}.
   */
  public Profile phone(String value) {
    return set("Phone", Value.of(value));
  }

  /** Sets {@code Phone} to this value; see {@link #phone(String)}. */
  public Profile phone(Value<String> value) {
    return set("Phone", value);
  }

  /**
   * A key-value pair for a specific profile. Tags are metadata that you can use to search for and
   * group capabilities for various purposes.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public Profile tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public Profile tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public Profile tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * Returns the timestamp for creation date and time of the profile.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CreatedAt}.
   */
  public Value<String> createdAt() {
    return getAtt("CreatedAt");
  }

  /**
   * Returns the name of the logging group.
   *
   * <p>{@code Fn::GetAtt} attribute {@code LogGroupName}.
   */
  public Value<String> logGroupName() {
    return getAtt("LogGroupName");
  }

  /**
   * Returns the timestamp that identifies the most recent date and time that the profile was
   * modified.
   *
   * <p>{@code Fn::GetAtt} attribute {@code ModifiedAt}.
   */
  public Value<String> modifiedAt() {
    return getAtt("ModifiedAt");
  }

  /**
   * Returns an Amazon Resource Name (ARN) for the profile.
   *
   * <p>{@code Fn::GetAtt} attribute {@code ProfileArn}.
   */
  public Value<String> profileArn() {
    return getAtt("ProfileArn");
  }

  /** {@code Fn::GetAtt} attribute {@code ProfileId}. */
  public Value<String> profileId() {
    return getAtt("ProfileId");
  }
}
