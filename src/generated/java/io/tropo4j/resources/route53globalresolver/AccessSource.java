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
 * Resource schema for AWS::Route53GlobalResolver::AccessSource
 *
 * <p>CloudFormation type {@code AWS::Route53GlobalResolver::AccessSource}.
 */
public final class AccessSource extends Resource<AccessSource> {
  private static final Schema SCHEMA = Schema.builder("AWS::Route53GlobalResolver::AccessSource")
      .required("Cidr", "DnsViewId", "Protocol")
      .constrain("Cidr", Constraint.of().minLength(1).maxLength(42).format("ipv4-network"))
      .constrain("ClientToken", Constraint.of().minLength(1).maxLength(256))
      .constrain("DnsViewId", Constraint.of().pattern("^[-.a-zA-Z0-9]+$").minLength(1).maxLength(64))
      .allowed("IpAddressType", "IPV4", "IPV6")
      .constrain("Name", Constraint.of().pattern("(?!^[0-9]+$)([a-zA-Z0-9-_' ']+)").minLength(1).maxLength(64))
      .allowed("Protocol", "DO53", "DOH", "DOT")
      .refYields("AccessSourceId")
      .attributes("AccessSourceId", "Arn", "CreatedAt", "Status", "UpdatedAt")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public AccessSource(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * Required. Length: 1 to 42 characters. Format: {@code ipv4-network}. CloudFormation property
   * {@code Cidr}.
   */
  public AccessSource cidr(String value) {
    return set("Cidr", Value.of(value));
  }

  /** Sets {@code Cidr} to this value; see {@link #cidr(String)}. */
  public AccessSource cidr(Value<String> value) {
    return set("Cidr", value);
  }

  /**
   * Changing it replaces the resource. Length: 1 to 256 characters. CloudFormation property {@code
   * ClientToken}.
   */
  public AccessSource clientToken(String value) {
    return set("ClientToken", Value.of(value));
  }

  /** Sets {@code ClientToken} to this value; see {@link #clientToken(String)}. */
  public AccessSource clientToken(Value<String> value) {
    return set("ClientToken", value);
  }

  /**
   * Required. Changing it replaces the resource. Length: 1 to 64 characters. Pattern: {@code
   * ^[-.a-zA-Z0-9]+$}. CloudFormation property {@code DnsViewId}.
   */
  public AccessSource dnsViewId(String value) {
    return set("DnsViewId", Value.of(value));
  }

  /** Sets {@code DnsViewId} to this value; see {@link #dnsViewId(String)}. */
  public AccessSource dnsViewId(Value<String> value) {
    return set("DnsViewId", value);
  }

  /** Allowed values: {@code IPV4}, {@code IPV6}. CloudFormation property {@code IpAddressType}. */
  public AccessSource ipAddressType(String value) {
    return set("IpAddressType", Value.of(value));
  }

  /** Sets {@code IpAddressType} to this value; see {@link #ipAddressType(String)}. */
  public AccessSource ipAddressType(Value<String> value) {
    return set("IpAddressType", value);
  }

  /**
   * Length: 1 to 64 characters. Pattern: {@code (?!^[0-9]+$)([a-zA-Z0-9-_' ']+)}. CloudFormation
   * property {@code Name}.
   */
  public AccessSource name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public AccessSource name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * Required. Allowed values: {@code DO53}, {@code DOH}, {@code DOT}. CloudFormation property
   * {@code Protocol}.
   */
  public AccessSource protocol(String value) {
    return set("Protocol", Value.of(value));
  }

  /** Sets {@code Protocol} to this value; see {@link #protocol(String)}. */
  public AccessSource protocol(Value<String> value) {
    return set("Protocol", value);
  }

  /** CloudFormation property {@code Tags}. */
  public AccessSource tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public AccessSource tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public AccessSource tags(Tags tags) {
    return set("Tags", tags);
  }

  /** {@code Fn::GetAtt} attribute {@code AccessSourceId}. */
  public Value<String> accessSourceId() {
    return getAtt("AccessSourceId");
  }

  /** {@code Fn::GetAtt} attribute {@code Arn}. */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /** {@code Fn::GetAtt} attribute {@code CreatedAt}. */
  public Value<String> createdAt() {
    return getAtt("CreatedAt");
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
