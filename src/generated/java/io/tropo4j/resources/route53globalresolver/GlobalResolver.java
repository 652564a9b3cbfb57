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
 * Resource schema for AWS::Route53GlobalResolver::GlobalResolver
 *
 * <p>CloudFormation type {@code AWS::Route53GlobalResolver::GlobalResolver}.
 */
public final class GlobalResolver extends Resource<GlobalResolver> {
  private static final Schema SCHEMA = Schema.builder("AWS::Route53GlobalResolver::GlobalResolver")
      .required("Name", "Regions")
      .constrain("ClientToken", Constraint.of().minLength(1).maxLength(256))
      .constrain("Description", Constraint.of().minLength(1).maxLength(256))
      .allowed("IpAddressType", "IPV4", "DUAL_STACK")
      .constrain("Name", Constraint.of().pattern("(?!^[0-9]+$)([a-zA-Z0-9-_' ']+)").minLength(1).maxLength(64))
      .constrain("ObservabilityRegion", Constraint.of().minLength(1).maxLength(32))
      .constrain("Regions", Constraint.of().minLength(1).maxLength(32))
      .refYields("GlobalResolverId")
      .attributes("Arn", "CreatedAt", "DnsName", "GlobalResolverId", "IPv4Addresses",
          "IPv6Addresses", "Status", "UpdatedAt")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public GlobalResolver(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * Changing it replaces the resource. Length: 1 to 256 characters. CloudFormation property {@code
   * ClientToken}.
   */
  public GlobalResolver clientToken(String value) {
    return set("ClientToken", Value.of(value));
  }

  /** Sets {@code ClientToken} to this value; see {@link #clientToken(String)}. */
  public GlobalResolver clientToken(Value<String> value) {
    return set("ClientToken", value);
  }

  /** Length: 1 to 256 characters. CloudFormation property {@code Description}. */
  public GlobalResolver description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public GlobalResolver description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * Allowed values: {@code IPV4}, {@code DUAL_STACK}. CloudFormation property {@code
   * IpAddressType}.
   */
  public GlobalResolver ipAddressType(String value) {
    return set("IpAddressType", Value.of(value));
  }

  /** Sets {@code IpAddressType} to this value; see {@link #ipAddressType(String)}. */
  public GlobalResolver ipAddressType(Value<String> value) {
    return set("IpAddressType", value);
  }

  /**
   * Required. Length: 1 to 64 characters. Pattern: {@code (?!^[0-9]+$)([a-zA-Z0-9-_' ']+)}.
   * CloudFormation property {@code Name}.
   */
  public GlobalResolver name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public GlobalResolver name(Value<String> value) {
    return set("Name", value);
  }

  /** Length: 1 to 32 characters. CloudFormation property {@code ObservabilityRegion}. */
  public GlobalResolver observabilityRegion(String value) {
    return set("ObservabilityRegion", Value.of(value));
  }

  /** Sets {@code ObservabilityRegion} to this value; see {@link #observabilityRegion(String)}. */
  public GlobalResolver observabilityRegion(Value<String> value) {
    return set("ObservabilityRegion", value);
  }

  /**
   * The list of regions the Global Resolver exists in. Regions can be added or removed on update;
   * the order of this list is not significant.
   *
   * <p>Required. Length: 1 to 32 characters. CloudFormation property {@code Regions}.
   */
  public GlobalResolver regions(List<String> value) {
    return set("Regions", Value.listOf(value));
  }

  /** Sets {@code Regions} to this value; see {@link #regions(List)}. */
  public GlobalResolver regions(Value<List<String>> value) {
    return set("Regions", value);
  }

  /** CloudFormation property {@code Tags}. */
  public GlobalResolver tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public GlobalResolver tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public GlobalResolver tags(Tags tags) {
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

  /** {@code Fn::GetAtt} attribute {@code DnsName}. */
  public Value<String> dnsName() {
    return getAtt("DnsName");
  }

  /** {@code Fn::GetAtt} attribute {@code GlobalResolverId}. */
  public Value<String> globalResolverId() {
    return getAtt("GlobalResolverId");
  }

  /** {@code Fn::GetAtt} attribute {@code IPv4Addresses}. */
  public Value<List<String>> iPv4Addresses() {
    return getAtt("IPv4Addresses");
  }

  /** {@code Fn::GetAtt} attribute {@code IPv6Addresses}. */
  public Value<List<String>> iPv6Addresses() {
    return getAtt("IPv6Addresses");
  }

  /** {@code Fn::GetAtt} attribute {@code Status}. */
  public Value<String> status() {
    return getAtt("Status");
  }

  /** {@code Fn::GetAtt} attribute {@code UpdatedAt}. */
  public Value<String> updatedAt() {
    return getAtt("UpdatedAt");
  }
}
