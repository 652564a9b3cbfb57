// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.ivs;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * The <code>AWS::IVS::PlaybackRestrictionPolicy</code> resource specifies an playback restriction
 * policy. A playback restriction policy constrains playback by country and/or origin sites. For
 * more information, see <a
 * href="https://docs.aws.amazon.com/ivs/latest/LowLatencyUserGuide/undesired-content.html">Undesired
 * Content and Viewers</a> in the <em>Amazon IVS Low-Latency Streaming User Guide</em> .
 *
 * <p>CloudFormation type {@code AWS::IVS::PlaybackRestrictionPolicy}.
 */
public final class PlaybackRestrictionPolicy extends Resource<PlaybackRestrictionPolicy> {
  private static final Schema SCHEMA = Schema.builder("AWS::IVS::PlaybackRestrictionPolicy")
      .constrain("AllowedCountries", Constraint.of().minLength(2).maxLength(2))
      .constrain("AllowedOrigins", Constraint.of().minLength(0).maxLength(128))
      .constrain("Name", Constraint.of().pattern("^[a-zA-Z0-9-_]*$").minLength(0).maxLength(128))
      .refYields("Arn")
      .attributes("Arn")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public PlaybackRestrictionPolicy(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * A list of country codes that control geoblocking restrictions. Allowed values are the
   * officially assigned ISO 3166-1 alpha-2 codes. Default: All countries (an empty array).
   *
   * <p>Length: 2 to 2 characters. CloudFormation property {@code AllowedCountries}.
   */
  public PlaybackRestrictionPolicy allowedCountries(List<String> value) {
    return set("AllowedCountries", Value.listOf(value));
  }

  /** Sets {@code AllowedCountries} to this value; see {@link #allowedCountries(List)}. */
  public PlaybackRestrictionPolicy allowedCountries(Value<List<String>> value) {
    return set("AllowedCountries", value);
  }

  /**
   * A list of origin sites that control CORS restriction. Allowed values are the same as valid
   * values of the Origin header defined at <a
   * href="https://docs.aws.amazon.com/https://developer.mozilla.org/en-US/docs/Web/HTTP/Headers/Origin">https://developer.mozilla.org/en-US/docs/Web/HTTP/Headers/Origin"</a>
   *
   * <p>Length: 0 to 128 characters. CloudFormation property {@code AllowedOrigins}.
   */
  public PlaybackRestrictionPolicy allowedOrigins(List<String> value) {
    return set("AllowedOrigins", Value.listOf(value));
  }

  /** Sets {@code AllowedOrigins} to this value; see {@link #allowedOrigins(List)}. */
  public PlaybackRestrictionPolicy allowedOrigins(Value<List<String>> value) {
    return set("AllowedOrigins", value);
  }

  /**
   * Whether channel playback is constrained by the origin site.
   *
   * <p>Default: {@code false}. CloudFormation property {@code EnableStrictOriginEnforcement}.
   */
  public PlaybackRestrictionPolicy enableStrictOriginEnforcement(boolean value) {
    return set("EnableStrictOriginEnforcement", Value.of(value));
  }

  /**
   * Sets {@code EnableStrictOriginEnforcement} to this value; see {@link
   * #enableStrictOriginEnforcement(boolean)}.
   */
  public PlaybackRestrictionPolicy enableStrictOriginEnforcement(Value<Boolean> value) {
    return set("EnableStrictOriginEnforcement", value);
  }

  /**
   * Playback-restriction-policy name.
   *
   * <p>Length: 0 to 128 characters. Pattern: {@code ^[a-zA-Z0-9-_]*$}. CloudFormation property
   * {@code Name}.
   */
  public PlaybackRestrictionPolicy name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public PlaybackRestrictionPolicy name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * An array of key-value pairs to apply to this resource.
   *
   * <p>For more information, see <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-ivs-playbackrestrictionpolicy-tag.html">Tag</a>
   * .
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public PlaybackRestrictionPolicy tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public PlaybackRestrictionPolicy tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public PlaybackRestrictionPolicy tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The playback-restriction-policy ARN. For example:
   * <code>arn:aws:ivs:us-west-2:123456789012:playback-restriction-policy/abcdABCDefgh</code>
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }
}
