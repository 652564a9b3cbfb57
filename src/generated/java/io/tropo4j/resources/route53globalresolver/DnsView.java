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
 * Resource schema for AWS::Route53GlobalResolver::DnsView
 *
 * <p>CloudFormation type {@code AWS::Route53GlobalResolver::DnsView}.
 */
public final class DnsView extends Resource<DnsView> {
  private static final Schema SCHEMA = Schema.builder("AWS::Route53GlobalResolver::DnsView")
      .required("GlobalResolverId", "Name")
      .constrain("ClientToken", Constraint.of().minLength(1).maxLength(256))
      .constrain("Description", Constraint.of().minLength(1).maxLength(256))
      .allowed("DnssecValidation", "ENABLED", "DISABLED")
      .allowed("EdnsClientSubnet", "ENABLED", "DISABLED")
      .allowed("FirewallRulesFailOpen", "ENABLED", "DISABLED")
      .constrain("GlobalResolverId", Constraint.of().pattern("^[-.a-zA-Z0-9]+$").minLength(1).maxLength(64))
      .constrain("Name", Constraint.of().pattern("(?!^[0-9]+$)([a-zA-Z0-9-_' ']+)").minLength(1).maxLength(64))
      .refYields("DnsViewId")
      .attributes("Arn", "CreatedAt", "DnsViewId", "Status", "UpdatedAt")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public DnsView(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * Changing it replaces the resource. Length: 1 to 256 characters. CloudFormation property {@code
   * ClientToken}.
   */
  public DnsView clientToken(String value) {
    return set("ClientToken", Value.of(value));
  }

  /** Sets {@code ClientToken} to this value; see {@link #clientToken(String)}. */
  public DnsView clientToken(Value<String> value) {
    return set("ClientToken", value);
  }

  /** Length: 1 to 256 characters. CloudFormation property {@code Description}. */
  public DnsView description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public DnsView description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * Allowed values: {@code ENABLED}, {@code DISABLED}. CloudFormation property {@code
   * DnssecValidation}.
   */
  public DnsView dnssecValidation(String value) {
    return set("DnssecValidation", Value.of(value));
  }

  /** Sets {@code DnssecValidation} to this value; see {@link #dnssecValidation(String)}. */
  public DnsView dnssecValidation(Value<String> value) {
    return set("DnssecValidation", value);
  }

  /**
   * Allowed values: {@code ENABLED}, {@code DISABLED}. CloudFormation property {@code
   * EdnsClientSubnet}.
   */
  public DnsView ednsClientSubnet(String value) {
    return set("EdnsClientSubnet", Value.of(value));
  }

  /** Sets {@code EdnsClientSubnet} to this value; see {@link #ednsClientSubnet(String)}. */
  public DnsView ednsClientSubnet(Value<String> value) {
    return set("EdnsClientSubnet", value);
  }

  /**
   * Allowed values: {@code ENABLED}, {@code DISABLED}. CloudFormation property {@code
   * FirewallRulesFailOpen}.
   */
  public DnsView firewallRulesFailOpen(String value) {
    return set("FirewallRulesFailOpen", Value.of(value));
  }

  /**
   * Sets {@code FirewallRulesFailOpen} to this value; see {@link #firewallRulesFailOpen(String)}.
   */
  public DnsView firewallRulesFailOpen(Value<String> value) {
    return set("FirewallRulesFailOpen", value);
  }

  /**
   * Required. Changing it replaces the resource. Length: 1 to 64 characters. Pattern: {@code
   * ^[-.a-zA-Z0-9]+$}. CloudFormation property {@code GlobalResolverId}.
   */
  public DnsView globalResolverId(String value) {
    return set("GlobalResolverId", Value.of(value));
  }

  /** Sets {@code GlobalResolverId} to this value; see {@link #globalResolverId(String)}. */
  public DnsView globalResolverId(Value<String> value) {
    return set("GlobalResolverId", value);
  }

  /**
   * Required. Length: 1 to 64 characters. Pattern: {@code (?!^[0-9]+$)([a-zA-Z0-9-_' ']+)}.
   * CloudFormation property {@code Name}.
   */
  public DnsView name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public DnsView name(Value<String> value) {
    return set("Name", value);
  }

  /** CloudFormation property {@code Tags}. */
  public DnsView tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public DnsView tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public DnsView tags(Tags tags) {
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

  /** {@code Fn::GetAtt} attribute {@code DnsViewId}. */
  public Value<String> dnsViewId() {
    return getAtt("DnsViewId");
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
