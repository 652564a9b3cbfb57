// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.route53profiles;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * A complex type that includes settings for a Route 53 Profile.
 *
 * <p>CloudFormation type {@code AWS::Route53Profiles::Profile}.
 */
public final class Profile extends Resource<Profile> {
  private static final Schema SCHEMA = Schema.builder("AWS::Route53Profiles::Profile")
      .required("Name")
      .constrain("Name", Constraint.of().pattern("^(?!^[0-9]+$)([a-zA-Z0-9\\-_' ']+)$").minLength(1).maxLength(64))
      .refYields("Id")
      .attributes("Arn", "ClientToken", "Id", "ShareStatus")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public Profile(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * Name of the Profile.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 64 characters. Pattern: {@code
   * ^(?!^[0-9]+$)([a-zA-Z0-9&#92;-_' ']+)$}. CloudFormation property {@code Name}.
   */
  public Profile name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public Profile name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * A list of the tag keys and values that you want to associate with the profile.
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
   * The Amazon Resource Name (ARN) of the Profile.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * The <code>ClientToken</code> value that was assigned when the Profile was created.
   *
   * <p>{@code Fn::GetAtt} attribute {@code ClientToken}.
   */
  public Value<String> clientToken() {
    return getAtt("ClientToken");
  }

  /**
   * ID of the Profile.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Id}.
   */
  public Value<String> id() {
    return getAtt("Id");
  }

  /**
   * Sharing status for the Profile.
   *
   * <p>{@code Fn::GetAtt} attribute {@code ShareStatus}.
   */
  public Value<String> shareStatus() {
    return getAtt("ShareStatus");
  }
}
