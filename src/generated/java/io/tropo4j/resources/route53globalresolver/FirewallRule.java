// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.route53globalresolver;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.fn.Value;

/**
 * Resource schema for AWS::Route53GlobalResolver::FirewallRule
 *
 * <p>CloudFormation type {@code AWS::Route53GlobalResolver::FirewallRule}.
 */
public final class FirewallRule extends Resource<FirewallRule> {
  private static final Schema SCHEMA = Schema.builder("AWS::Route53GlobalResolver::FirewallRule")
      .required("Action", "DnsViewId", "Name")
      .allowed("Action", "ALLOW", "ALERT", "BLOCK")
      .allowed("BlockOverrideDnsType", "CNAME")
      .constrain("BlockOverrideDomain", Constraint.of().pattern("\\*?[-a-zA-Z0-9.]+").minLength(1).maxLength(256))
      .constrain("BlockOverrideTtl", Constraint.of().minimum(0).maximum(604800))
      .allowed("BlockResponse", "NODATA", "NXDOMAIN", "OVERRIDE")
      .constrain("ClientToken", Constraint.of().minLength(1).maxLength(256))
      .allowed("ConfidenceThreshold", "LOW", "MEDIUM", "HIGH")
      .constrain("Description", Constraint.of().minLength(1).maxLength(256))
      .allowed("DnsAdvancedProtection", "DGA", "DNS_TUNNELING", "DICTIONARY_DGA")
      .constrain("DnsViewId", Constraint.of().pattern("^[-.a-zA-Z0-9]+$").minLength(1).maxLength(64))
      .constrain("FirewallDomainListId", Constraint.of().pattern("^[-.a-zA-Z0-9]+$").minLength(1).maxLength(64))
      .constrain("Name", Constraint.of().pattern("(?!^[0-9]+$)([a-zA-Z0-9-_' ']+)").minLength(1).maxLength(64))
      .constrain("Priority", Constraint.of().minimum(1).maximum(10000))
      .constrain("QType", Constraint.of().minLength(0).maxLength(16))
      .refYields("FirewallRuleId")
      .attributes("CreatedAt", "FirewallRuleId", "QueryType", "Status", "UpdatedAt")
      .build();

  public FirewallRule(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * Required. Allowed values: {@code ALLOW}, {@code ALERT}, {@code BLOCK}. CloudFormation property
   * {@code Action}.
   */
  public FirewallRule action(String value) {
    return set("Action", Value.of(value));
  }

  /** Sets {@code Action} to this value; see {@link #action(String)}. */
  public FirewallRule action(Value<String> value) {
    return set("Action", value);
  }

  /** Allowed values: {@code CNAME}. CloudFormation property {@code BlockOverrideDnsType}. */
  public FirewallRule blockOverrideDnsType(String value) {
    return set("BlockOverrideDnsType", Value.of(value));
  }

  /** Sets {@code BlockOverrideDnsType} to this value; see {@link #blockOverrideDnsType(String)}. */
  public FirewallRule blockOverrideDnsType(Value<String> value) {
    return set("BlockOverrideDnsType", value);
  }

  /**
   * Length: 1 to 256 characters. Pattern: {@code &#92;*?[-a-zA-Z0-9.]+}. CloudFormation property
   * {@code BlockOverrideDomain}.
   */
  public FirewallRule blockOverrideDomain(String value) {
    return set("BlockOverrideDomain", Value.of(value));
  }

  /** Sets {@code BlockOverrideDomain} to this value; see {@link #blockOverrideDomain(String)}. */
  public FirewallRule blockOverrideDomain(Value<String> value) {
    return set("BlockOverrideDomain", value);
  }

  /** Range: 0 to 604800. CloudFormation property {@code BlockOverrideTtl}. */
  public FirewallRule blockOverrideTtl(int value) {
    return set("BlockOverrideTtl", Value.of(value));
  }

  /** Sets {@code BlockOverrideTtl} to this value; see {@link #blockOverrideTtl(int)}. */
  public FirewallRule blockOverrideTtl(Value<Integer> value) {
    return set("BlockOverrideTtl", value);
  }

  /**
   * Allowed values: {@code NODATA}, {@code NXDOMAIN}, {@code OVERRIDE}. CloudFormation property
   * {@code BlockResponse}.
   */
  public FirewallRule blockResponse(String value) {
    return set("BlockResponse", Value.of(value));
  }

  /** Sets {@code BlockResponse} to this value; see {@link #blockResponse(String)}. */
  public FirewallRule blockResponse(Value<String> value) {
    return set("BlockResponse", value);
  }

  /**
   * Changing it replaces the resource. Length: 1 to 256 characters. CloudFormation property {@code
   * ClientToken}.
   */
  public FirewallRule clientToken(String value) {
    return set("ClientToken", Value.of(value));
  }

  /** Sets {@code ClientToken} to this value; see {@link #clientToken(String)}. */
  public FirewallRule clientToken(Value<String> value) {
    return set("ClientToken", value);
  }

  /**
   * Allowed values: {@code LOW}, {@code MEDIUM}, {@code HIGH}. CloudFormation property {@code
   * ConfidenceThreshold}.
   */
  public FirewallRule confidenceThreshold(String value) {
    return set("ConfidenceThreshold", Value.of(value));
  }

  /** Sets {@code ConfidenceThreshold} to this value; see {@link #confidenceThreshold(String)}. */
  public FirewallRule confidenceThreshold(Value<String> value) {
    return set("ConfidenceThreshold", value);
  }

  /** Length: 1 to 256 characters. CloudFormation property {@code Description}. */
  public FirewallRule description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public FirewallRule description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * Allowed values: {@code DGA}, {@code DNS_TUNNELING}, {@code DICTIONARY_DGA}. CloudFormation
   * property {@code DnsAdvancedProtection}.
   */
  public FirewallRule dnsAdvancedProtection(String value) {
    return set("DnsAdvancedProtection", Value.of(value));
  }

  /**
   * Sets {@code DnsAdvancedProtection} to this value; see {@link #dnsAdvancedProtection(String)}.
   */
  public FirewallRule dnsAdvancedProtection(Value<String> value) {
    return set("DnsAdvancedProtection", value);
  }

  /**
   * Required. Changing it replaces the resource. Length: 1 to 64 characters. Pattern: {@code
   * ^[-.a-zA-Z0-9]+$}. CloudFormation property {@code DnsViewId}.
   */
  public FirewallRule dnsViewId(String value) {
    return set("DnsViewId", Value.of(value));
  }

  /** Sets {@code DnsViewId} to this value; see {@link #dnsViewId(String)}. */
  public FirewallRule dnsViewId(Value<String> value) {
    return set("DnsViewId", value);
  }

  /**
   * Changing it replaces the resource. Length: 1 to 64 characters. Pattern: {@code
   * ^[-.a-zA-Z0-9]+$}. CloudFormation property {@code FirewallDomainListId}.
   */
  public FirewallRule firewallDomainListId(String value) {
    return set("FirewallDomainListId", Value.of(value));
  }

  /** Sets {@code FirewallDomainListId} to this value; see {@link #firewallDomainListId(String)}. */
  public FirewallRule firewallDomainListId(Value<String> value) {
    return set("FirewallDomainListId", value);
  }

  /**
   * Required. Length: 1 to 64 characters. Pattern: {@code (?!^[0-9]+$)([a-zA-Z0-9-_' ']+)}.
   * CloudFormation property {@code Name}.
   */
  public FirewallRule name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public FirewallRule name(Value<String> value) {
    return set("Name", value);
  }

  /** Range: 1 to 10000. CloudFormation property {@code Priority}. */
  public FirewallRule priority(int value) {
    return set("Priority", Value.of(value));
  }

  /** Sets {@code Priority} to this value; see {@link #priority(int)}. */
  public FirewallRule priority(Value<Integer> value) {
    return set("Priority", value);
  }

  /**
   * Changing it replaces the resource. Length: 0 to 16 characters. CloudFormation property {@code
   * QType}.
   */
  public FirewallRule qType(String value) {
    return set("QType", Value.of(value));
  }

  /** Sets {@code QType} to this value; see {@link #qType(String)}. */
  public FirewallRule qType(Value<String> value) {
    return set("QType", value);
  }

  /** {@code Fn::GetAtt} attribute {@code CreatedAt}. */
  public Value<String> createdAt() {
    return getAtt("CreatedAt");
  }

  /** {@code Fn::GetAtt} attribute {@code FirewallRuleId}. */
  public Value<String> firewallRuleId() {
    return getAtt("FirewallRuleId");
  }

  /** {@code Fn::GetAtt} attribute {@code QueryType}. */
  public Value<String> queryType() {
    return getAtt("QueryType");
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
