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
 * Resource schema for AWS::Route53GlobalResolver::FirewallDomainList
 *
 * <p>CloudFormation type {@code AWS::Route53GlobalResolver::FirewallDomainList}.
 */
public final class FirewallDomainList extends Resource<FirewallDomainList> {
  private static final Schema SCHEMA = Schema.builder("AWS::Route53GlobalResolver::FirewallDomainList")
      .required("GlobalResolverId", "Name")
      .constrain("ClientToken", Constraint.of().minLength(1).maxLength(256))
      .constrain("Description", Constraint.of().minLength(1).maxLength(256))
      .constrain("DomainFileUrl", Constraint.of().minLength(1).maxLength(1024))
      .constrain("Domains", Constraint.of().minLength(1).maxLength(255))
      .constrain("GlobalResolverId", Constraint.of().pattern("^[-.a-zA-Z0-9]+$").minLength(1).maxLength(64))
      .constrain("Name", Constraint.of().pattern("(?!^[0-9]+$)([a-zA-Z0-9-_' ']+)").minLength(1).maxLength(64))
      .refYields("FirewallDomainListId")
      .attributes("Arn", "CreatedAt", "DomainCount", "FirewallDomainListId", "Status",
          "StatusMessage", "UpdatedAt")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public FirewallDomainList(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * Changing it replaces the resource. Length: 1 to 256 characters. CloudFormation property {@code
   * ClientToken}.
   */
  public FirewallDomainList clientToken(String value) {
    return set("ClientToken", Value.of(value));
  }

  /** Sets {@code ClientToken} to this value; see {@link #clientToken(String)}. */
  public FirewallDomainList clientToken(Value<String> value) {
    return set("ClientToken", value);
  }

  /**
   * Changing it replaces the resource. Length: 1 to 256 characters. CloudFormation property {@code
   * Description}.
   */
  public FirewallDomainList description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public FirewallDomainList description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * S3 URL to import domains from.
   *
   * <p>Length: 1 to 1024 characters. CloudFormation property {@code DomainFileUrl}.
   */
  public FirewallDomainList domainFileUrl(String value) {
    return set("DomainFileUrl", Value.of(value));
  }

  /** Sets {@code DomainFileUrl} to this value; see {@link #domainFileUrl(String)}. */
  public FirewallDomainList domainFileUrl(Value<String> value) {
    return set("DomainFileUrl", value);
  }

  /**
   * An inline list of domains to use for this domain list.
   *
   * <p>Length: 1 to 255 characters. CloudFormation property {@code Domains}.
   */
  public FirewallDomainList domains(List<String> value) {
    return set("Domains", Value.listOf(value));
  }

  /** Sets {@code Domains} to this value; see {@link #domains(List)}. */
  public FirewallDomainList domains(Value<List<String>> value) {
    return set("Domains", value);
  }

  /**
   * Required. Changing it replaces the resource. Length: 1 to 64 characters. Pattern: {@code
   * ^[-.a-zA-Z0-9]+$}. CloudFormation property {@code GlobalResolverId}.
   */
  public FirewallDomainList globalResolverId(String value) {
    return set("GlobalResolverId", Value.of(value));
  }

  /** Sets {@code GlobalResolverId} to this value; see {@link #globalResolverId(String)}. */
  public FirewallDomainList globalResolverId(Value<String> value) {
    return set("GlobalResolverId", value);
  }

  /**
   * Required. Changing it replaces the resource. Length: 1 to 64 characters. Pattern: {@code
   * (?!^[0-9]+$)([a-zA-Z0-9-_' ']+)}. CloudFormation property {@code Name}.
   */
  public FirewallDomainList name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public FirewallDomainList name(Value<String> value) {
    return set("Name", value);
  }

  /** CloudFormation property {@code Tags}. */
  public FirewallDomainList tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public FirewallDomainList tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public FirewallDomainList tags(Tags tags) {
    return set("Tags", tags);
  }

  /** {@code Fn::GetAtt} attribute {@code Arn}. */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /** {@code Fn::GetAtt} attribute {@code CreatedAt}. */
  public Value<String> createdAt() {
    return getAtt("CreatedAt");
  }

  /** {@code Fn::GetAtt} attribute {@code DomainCount}. */
  public Value<Integer> domainCount() {
    return getAtt("DomainCount");
  }

  /** {@code Fn::GetAtt} attribute {@code FirewallDomainListId}. */
  public Value<String> firewallDomainListId() {
    return getAtt("FirewallDomainListId");
  }

  /** {@code Fn::GetAtt} attribute {@code Status}. */
  public Value<String> status() {
    return getAtt("Status");
  }

  /** {@code Fn::GetAtt} attribute {@code StatusMessage}. */
  public Value<String> statusMessage() {
    return getAtt("StatusMessage");
  }

  /** {@code Fn::GetAtt} attribute {@code UpdatedAt}. */
  public Value<String> updatedAt() {
    return getAtt("UpdatedAt");
  }
}
