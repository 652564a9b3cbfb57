// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.route53globalresolver;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Resource schema for AWS::Route53GlobalResolver::AccessToken
 *
 * <p>CloudFormation type {@code AWS::Route53GlobalResolver::AccessToken}.
 */
public final class AccessToken extends Resource<AccessToken> {
  private static final Schema SCHEMA = Schema.builder("AWS::Route53GlobalResolver::AccessToken")
      .required("DnsViewId")
      .constrain("ClientToken", Constraint.of().minLength(1).maxLength(256))
      .constrain("DnsViewId", Constraint.of().pattern("^[-.a-zA-Z0-9]+$").minLength(1).maxLength(64))
      .constrain("Name", Constraint.of().pattern("(?!^[0-9]+$)([a-zA-Z0-9-_' ']+)").minLength(1).maxLength(64))
      .refYields("AccessTokenId")
      .attributes("AccessTokenId", "Arn", "CreatedAt", "GlobalResolverId", "Status", "UpdatedAt",
          "Value")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public AccessToken(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * Changing it replaces the resource. Length: 1 to 256 characters. CloudFormation property {@code
   * ClientToken}.
   */
  public AccessToken clientToken(String value) {
    return set("ClientToken", Value.of(value));
  }

  /** Sets {@code ClientToken} to this value; see {@link #clientToken(String)}. */
  public AccessToken clientToken(Value<String> value) {
    return set("ClientToken", value);
  }

  /**
   * Required. Changing it replaces the resource. Length: 1 to 64 characters. Pattern: {@code
   * ^[-.a-zA-Z0-9]+$}. CloudFormation property {@code DnsViewId}.
   */
  public AccessToken dnsViewId(String value) {
    return set("DnsViewId", Value.of(value));
  }

  /** Sets {@code DnsViewId} to this value; see {@link #dnsViewId(String)}. */
  public AccessToken dnsViewId(Value<String> value) {
    return set("DnsViewId", value);
  }

  /** Changing it replaces the resource. CloudFormation property {@code ExpiresAt}. */
  public AccessToken expiresAt(String value) {
    return set("ExpiresAt", Value.of(value));
  }

  /** Sets {@code ExpiresAt} to this value; see {@link #expiresAt(String)}. */
  public AccessToken expiresAt(Value<String> value) {
    return set("ExpiresAt", value);
  }

  /**
   * Length: 1 to 64 characters. Pattern: {@code (?!^[0-9]+$)([a-zA-Z0-9-_' ']+)}. CloudFormation
   * property {@code Name}.
   */
  public AccessToken name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public AccessToken name(Value<String> value) {
    return set("Name", value);
  }

  /** CloudFormation property {@code Tags}. */
  public AccessToken tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public AccessToken tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public AccessToken tags(Tags tags) {
    return set("Tags", tags);
  }

  /** {@code Fn::GetAtt} attribute {@code AccessTokenId}. */
  public Value<String> accessTokenId() {
    return getAtt("AccessTokenId");
  }

  /** {@code Fn::GetAtt} attribute {@code Arn}. */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /** {@code Fn::GetAtt} attribute {@code CreatedAt}. */
  public Value<String> createdAt() {
    return getAtt("CreatedAt");
  }

  /** {@code Fn::GetAtt} attribute {@code GlobalResolverId}. */
  public Value<String> globalResolverId() {
    return getAtt("GlobalResolverId");
  }

  /** {@code Fn::GetAtt} attribute {@code Status}. */
  public Value<String> status() {
    return getAtt("Status");
  }

  /** {@code Fn::GetAtt} attribute {@code UpdatedAt}. */
  public Value<String> updatedAt() {
    return getAtt("UpdatedAt");
  }

  /** {@code Fn::GetAtt} attribute {@code Value}. */
  public Value<String> value() {
    return getAtt("Value");
  }
}
