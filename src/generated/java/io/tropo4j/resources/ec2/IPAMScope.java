// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.ec2;

import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * In IPAM, a scope is the highest-level container within IPAM. An IPAM contains two default scopes.
 * Each scope represents the IP space for a single network. The private scope is intended for all
 * private IP address space. The public scope is intended for all public IP address space. Scopes
 * enable you to reuse IP addresses across multiple unconnected networks without causing IP address
 * overlap or conflict.
 *
 * <p>For more information, see <a
 * href="https://docs.aws.amazon.com//vpc/latest/ipam/how-it-works-ipam.html">How IPAM works</a> in
 * the <em>Amazon VPC IPAM User Guide</em> .
 *
 * <p>CloudFormation type {@code AWS::EC2::IPAMScope}.
 */
public final class IPAMScope extends Resource<IPAMScope> {
  private static final Schema SCHEMA = Schema.builder("AWS::EC2::IPAMScope")
      .required("IpamId")
      .refYields("IpamScopeId")
      .attributes("Arn", "IpamArn", "IpamScopeId", "IpamScopeType", "IsDefault", "PoolCount")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public IPAMScope(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The description of the scope.
   *
   * <p>CloudFormation property {@code Description}.
   */
  public IPAMScope description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public IPAMScope description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * The configuration that links an Amazon VPC IPAM scope to an external authority system. It
   * specifies the type of external system and the external resource identifier that identifies your
   * account or instance in that system.
   *
   * <p>For more information, see <a
   * href="https://docs.aws.amazon.com/vpc/latest/ipam/integrate-infoblox-ipam.html">Integrate VPC
   * IPAM with Infoblox infrastructure</a> in the <em>Amazon VPC IPAM User Guide</em> .
   *
   * <p>CloudFormation property {@code ExternalAuthorityConfiguration}.
   */
  public IPAMScope externalAuthorityConfiguration(Value<IpamScopeExternalAuthorityConfiguration> value) {
    return set("ExternalAuthorityConfiguration", value);
  }

  /**
   * The ID of the IPAM for which you're creating this scope.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code IpamId}.
   */
  public IPAMScope ipamId(String value) {
    return set("IpamId", Value.of(value));
  }

  /** Sets {@code IpamId} to this value; see {@link #ipamId(String)}. */
  public IPAMScope ipamId(Value<String> value) {
    return set("IpamId", value);
  }

  /**
   * The key/value combination of a tag assigned to the resource. Use the tag key in the filter name
   * and the tag value as the filter value. For example, to find all resources that have a tag with
   * the key <code>Owner</code> and the value <code>TeamA</code> , specify <code>tag:Owner</code>
   * for the filter name and <code>TeamA</code> for the filter value.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public IPAMScope tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public IPAMScope tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public IPAMScope tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The ARN of the scope.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * The ARN of an IPAM.
   *
   * <p>{@code Fn::GetAtt} attribute {@code IpamArn}.
   */
  public Value<String> ipamArn() {
    return getAtt("IpamArn");
  }

  /**
   * The ID of an IPAM scope.
   *
   * <p>{@code Fn::GetAtt} attribute {@code IpamScopeId}.
   */
  public Value<String> ipamScopeId() {
    return getAtt("IpamScopeId");
  }

  /**
   * The type of the scope.
   *
   * <p>{@code Fn::GetAtt} attribute {@code IpamScopeType}.
   */
  public Value<String> ipamScopeType() {
    return getAtt("IpamScopeType");
  }

  /**
   * Defines if the scope is the default scope or not.
   *
   * <p>{@code Fn::GetAtt} attribute {@code IsDefault}.
   */
  public Value<Boolean> isDefault() {
    return getAtt("IsDefault");
  }

  /**
   * The number of pools in a scope.
   *
   * <p>{@code Fn::GetAtt} attribute {@code PoolCount}.
   */
  public Value<Integer> poolCount() {
    return getAtt("PoolCount");
  }

  /**
   * The configuration that links an Amazon VPC IPAM scope to an external authority system. It
   * specifies the type of external system and the external resource identifier that identifies your
   * account or instance in that system.
   *
   * <p>In IPAM, an external authority is a third-party IP address management system that provides
   * CIDR blocks when you provision address space for top-level IPAM pools. This allows you to use
   * your existing IP management system to control which address ranges are allocated to AWS while
   * using Amazon VPC IPAM to manage subnets within those ranges.
   *
   * <p>Property type {@code AWS::EC2::IPAMScope.IpamScopeExternalAuthorityConfiguration}.
   */
  public static final class IpamScopeExternalAuthorityConfiguration extends Struct<IpamScopeExternalAuthorityConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::EC2::IPAMScope.IpamScopeExternalAuthorityConfiguration")
        .required("ExternalResourceIdentifier", "IpamScopeExternalAuthorityType")
        .allowed("IpamScopeExternalAuthorityType", "infoblox")
        .build();

    public IpamScopeExternalAuthorityConfiguration() {
      super(SCHEMA);
    }

    /**
     * The identifier for the external resource managing this scope. For Infoblox integrations, this
     * is the Infoblox resource identifier in the format
     * <code>&lt;version&gt;.identity.account.&lt;entity_realm&gt;.&lt;entity_id&gt;</code> .
     *
     * <p>Required. CloudFormation property {@code ExternalResourceIdentifier}.
     */
    public IpamScopeExternalAuthorityConfiguration externalResourceIdentifier(String value) {
      return set("ExternalResourceIdentifier", Value.of(value));
    }

    /**
     * Sets {@code ExternalResourceIdentifier} to this value; see {@link
     * #externalResourceIdentifier(String)}.
     */
    public IpamScopeExternalAuthorityConfiguration externalResourceIdentifier(Value<String> value) {
      return set("ExternalResourceIdentifier", value);
    }

    /**
     * The type of external authority managing this scope. Currently supports <code>Infoblox</code>
     * for integration with Infoblox Universal DDI.
     *
     * <p>Required. Allowed values: {@code infoblox}. CloudFormation property {@code
     * IpamScopeExternalAuthorityType}.
     */
    public IpamScopeExternalAuthorityConfiguration ipamScopeExternalAuthorityType(String value) {
      return set("IpamScopeExternalAuthorityType", Value.of(value));
    }

    /**
     * Sets {@code IpamScopeExternalAuthorityType} to this value; see {@link
     * #ipamScopeExternalAuthorityType(String)}.
     */
    public IpamScopeExternalAuthorityConfiguration ipamScopeExternalAuthorityType(Value<String> value) {
      return set("IpamScopeExternalAuthorityType", value);
    }
  }
}
