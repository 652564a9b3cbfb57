// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.bedrockagentcore;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.Map;

/**
 * Resource definition for AWS::BedrockAgentCore::BrowserProfile
 *
 * <p>CloudFormation type {@code AWS::BedrockAgentCore::BrowserProfile}.
 */
public final class BrowserProfile extends Resource<BrowserProfile> {
  private static final Schema SCHEMA = Schema.builder("AWS::BedrockAgentCore::BrowserProfile")
      .required("Name")
      .constrain("Name", Constraint.of().pattern("^[a-zA-Z][a-zA-Z0-9_]{0,47}$"))
      .refYields("ProfileId")
      .attributes("CreatedAt", "LastSavedAt", "LastSavedBrowserId", "LastSavedBrowserSessionId",
          "LastUpdatedAt", "ProfileArn", "ProfileId", "Status")
      .tags("Tags", Schema.TagForm.MAP)
      .build();

  public BrowserProfile(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The description of the browser profile.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code Description}.
   */
  public BrowserProfile description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public BrowserProfile description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * The name of the browser profile.
   *
   * <p>Required. Changing it replaces the resource. Pattern: {@code ^[a-zA-Z][a-zA-Z0-9_]{0,47}$}.
   * CloudFormation property {@code Name}.
   */
  public BrowserProfile name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public BrowserProfile name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * A map of tag keys and values
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public BrowserProfile tags(Map<String, String> value) {
    return set("Tags", Value.mapOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(Map)}. */
  public BrowserProfile tags(Value<Map<String, String>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a map of key to value; see {@link #tags(Map)}. */
  public BrowserProfile tags(Tags tags) {
    return set("Tags", tags.asMap());
  }

  /**
   * Timestamp when the browser profile was created.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CreatedAt}.
   */
  public Value<String> createdAt() {
    return getAtt("CreatedAt");
  }

  /**
   * Timestamp when the browser profile was last saved.
   *
   * <p>{@code Fn::GetAtt} attribute {@code LastSavedAt}.
   */
  public Value<String> lastSavedAt() {
    return getAtt("LastSavedAt");
  }

  /**
   * ID of the last saved browser.
   *
   * <p>{@code Fn::GetAtt} attribute {@code LastSavedBrowserId}.
   */
  public Value<String> lastSavedBrowserId() {
    return getAtt("LastSavedBrowserId");
  }

  /**
   * ID of the last saved browser session.
   *
   * <p>{@code Fn::GetAtt} attribute {@code LastSavedBrowserSessionId}.
   */
  public Value<String> lastSavedBrowserSessionId() {
    return getAtt("LastSavedBrowserSessionId");
  }

  /**
   * Timestamp when the browser profile was last updated.
   *
   * <p>{@code Fn::GetAtt} attribute {@code LastUpdatedAt}.
   */
  public Value<String> lastUpdatedAt() {
    return getAtt("LastUpdatedAt");
  }

  /**
   * The ARN of a BrowserProfile resource.
   *
   * <p>{@code Fn::GetAtt} attribute {@code ProfileArn}.
   */
  public Value<String> profileArn() {
    return getAtt("ProfileArn");
  }

  /**
   * The id of the browser profile.
   *
   * <p>{@code Fn::GetAtt} attribute {@code ProfileId}.
   */
  public Value<String> profileId() {
    return getAtt("ProfileId");
  }

  /**
   * Status of browser profile
   *
   * <p>{@code Fn::GetAtt} attribute {@code Status}.
   */
  public Value<String> status() {
    return getAtt("Status");
  }
}
