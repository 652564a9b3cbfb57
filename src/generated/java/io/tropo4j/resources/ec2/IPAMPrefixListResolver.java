// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.ec2;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Resource Type definition for AWS::EC2::IPAMPrefixListResolver
 *
 * <p>CloudFormation type {@code AWS::EC2::IPAMPrefixListResolver}.
 */
public final class IPAMPrefixListResolver extends Resource<IPAMPrefixListResolver> {
  private static final Schema SCHEMA = Schema.builder("AWS::EC2::IPAMPrefixListResolver")
      .required("AddressFamily")
      .allowed("AddressFamily", "ipv4", "ipv6")
      .refYields("IpamPrefixListResolverId")
      .attributes("IpamArn", "IpamPrefixListResolverArn", "IpamPrefixListResolverId")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public IPAMPrefixListResolver(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The address family of the address space in this Prefix List Resolver. Either IPv4 or IPv6.
   *
   * <p>Required. Changing it replaces the resource. Allowed values: {@code ipv4}, {@code ipv6}.
   * CloudFormation property {@code AddressFamily}.
   */
  public IPAMPrefixListResolver addressFamily(String value) {
    return set("AddressFamily", Value.of(value));
  }

  /** Sets {@code AddressFamily} to this value; see {@link #addressFamily(String)}. */
  public IPAMPrefixListResolver addressFamily(Value<String> value) {
    return set("AddressFamily", value);
  }

  /** CloudFormation property {@code Description}. */
  public IPAMPrefixListResolver description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public IPAMPrefixListResolver description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * The Id of the IPAM this Prefix List Resolver is a part of.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code IpamId}.
   */
  public IPAMPrefixListResolver ipamId(String value) {
    return set("IpamId", Value.of(value));
  }

  /** Sets {@code IpamId} to this value; see {@link #ipamId(String)}. */
  public IPAMPrefixListResolver ipamId(Value<String> value) {
    return set("IpamId", value);
  }

  /**
   * Rules define the business logic for selecting CIDRs from IPAM.
   *
   * <p>CloudFormation property {@code Rules}.
   */
  public IPAMPrefixListResolver rules(List<IpamPrefixListResolverRule> value) {
    return set("Rules", Value.listOf(value));
  }

  /** Sets {@code Rules} to this value; see {@link #rules(List)}. */
  public IPAMPrefixListResolver rules(Value<List<IpamPrefixListResolverRule>> value) {
    return set("Rules", value);
  }

  /** Sets {@code Rules} to a list of these; see {@link #rules(List)}. */
  public IPAMPrefixListResolver rules(IpamPrefixListResolverRule... values) {
    return set("Rules", Value.list(values));
  }

  /**
   * An array of key-value pairs to apply to this resource.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public IPAMPrefixListResolver tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public IPAMPrefixListResolver tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public IPAMPrefixListResolver tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The Amazon Resource Name (ARN) of the IPAM this Prefix List Resolver is a part of.
   *
   * <p>{@code Fn::GetAtt} attribute {@code IpamArn}.
   */
  public Value<String> ipamArn() {
    return getAtt("IpamArn");
  }

  /**
   * The Amazon Resource Name (ARN) of the IPAM Prefix List Resolver
   *
   * <p>{@code Fn::GetAtt} attribute {@code IpamPrefixListResolverArn}.
   */
  public Value<String> ipamPrefixListResolverArn() {
    return getAtt("IpamPrefixListResolverArn");
  }

  /**
   * Id of the IPAM Prefix List Resolver.
   *
   * <p>{@code Fn::GetAtt} attribute {@code IpamPrefixListResolverId}.
   */
  public Value<String> ipamPrefixListResolverId() {
    return getAtt("IpamPrefixListResolverId");
  }

  /**
   * CIDR selection rules define the business logic for selecting CIDRs from IPAM. If a CIDR matches
   * any of the rules, it will be included. If a rule has multiple conditions, the CIDR has to match
   * every condition of that rule. You can create a prefix list resolver without rules, but you'll
   * need to add at least one rule before it can actually automate your prefix list updates.
   *
   * <p>Property type {@code AWS::EC2::IPAMPrefixListResolver.IpamPrefixListResolverRule}.
   */
  public static final class IpamPrefixListResolverRule extends Struct<IpamPrefixListResolverRule> {
    private static final Schema SCHEMA = Schema.builder("AWS::EC2::IPAMPrefixListResolver.IpamPrefixListResolverRule")
        .required("RuleType")
        .allowed("ResourceType", "vpc", "subnet", "eip", "public-ipv4-pool")
        .allowed("RuleType", "static-cidr", "ipam-resource-cidr", "ipam-pool-cidr")
        .build();

    public IpamPrefixListResolverRule() {
      super(SCHEMA);
    }

    /**
     * Two of the rule types allow you to add conditions to the rules. (1) For IPAM Pool CIDR rules,
     * you can specify an ipamPoolId; if not specified, the rule will apply to all IPAM Pool CIDRs
     * in the scope. (2) For IPAM Resource CIDR rules, you can specify resourceId, resourceOwner,
     * resourceRegion, cidr, or resourceTag.
     *
     * <p>CloudFormation property {@code Conditions}.
     */
    public IpamPrefixListResolverRule conditions(List<IpamPrefixListResolverRuleCondition> value) {
      return set("Conditions", Value.listOf(value));
    }

    /** Sets {@code Conditions} to this value; see {@link #conditions(List)}. */
    public IpamPrefixListResolverRule conditions(Value<List<IpamPrefixListResolverRuleCondition>> value) {
      return set("Conditions", value);
    }

    /** Sets {@code Conditions} to a list of these; see {@link #conditions(List)}. */
    public IpamPrefixListResolverRule conditions(IpamPrefixListResolverRuleCondition... values) {
      return set("Conditions", Value.list(values));
    }

    /**
     * This rule will only match resources that are in this IPAM Scope.
     *
     * <p>CloudFormation property {@code IpamScopeId}.
     */
    public IpamPrefixListResolverRule ipamScopeId(String value) {
      return set("IpamScopeId", Value.of(value));
    }

    /** Sets {@code IpamScopeId} to this value; see {@link #ipamScopeId(String)}. */
    public IpamPrefixListResolverRule ipamScopeId(Value<String> value) {
      return set("IpamScopeId", value);
    }

    /**
     * The resourceType property only applies to ipam-resource-cidr rules; this property specifies
     * what type of resources this rule will apply to, such as VPCs or Subnets.
     *
     * <p>Allowed values: {@code vpc}, {@code subnet}, {@code eip}, {@code public-ipv4-pool}.
     * CloudFormation property {@code ResourceType}.
     */
    public IpamPrefixListResolverRule resourceType(String value) {
      return set("ResourceType", Value.of(value));
    }

    /** Sets {@code ResourceType} to this value; see {@link #resourceType(String)}. */
    public IpamPrefixListResolverRule resourceType(Value<String> value) {
      return set("ResourceType", value);
    }

    /**
     * There are three rule types: (1) Static CIDR: A fixed list of CIDRs that don't change (like a
     * manual list replicated across Regions). (2) IPAM pool CIDR: CIDRs from specific IPAM pools
     * (like all CIDRs from your IPAM production pool). (3) IPAM resource CIDR: CIDRs for AWS
     * resources like VPCs, subnets, and EIPs within a specific IPAM scope.
     *
     * <p>Required. Allowed values: {@code static-cidr}, {@code ipam-resource-cidr}, {@code
     * ipam-pool-cidr}. CloudFormation property {@code RuleType}.
     */
    public IpamPrefixListResolverRule ruleType(String value) {
      return set("RuleType", Value.of(value));
    }

    /** Sets {@code RuleType} to this value; see {@link #ruleType(String)}. */
    public IpamPrefixListResolverRule ruleType(Value<String> value) {
      return set("RuleType", value);
    }

    /**
     * A fixed CIDR that doesn't change
     *
     * <p>CloudFormation property {@code StaticCidr}.
     */
    public IpamPrefixListResolverRule staticCidr(String value) {
      return set("StaticCidr", Value.of(value));
    }

    /** Sets {@code StaticCidr} to this value; see {@link #staticCidr(String)}. */
    public IpamPrefixListResolverRule staticCidr(Value<String> value) {
      return set("StaticCidr", value);
    }
  }

  /**
   * Two of the rule types allow you to add conditions to the rules. (1) For IPAM Pool CIDR rules,
   * you can specify an ipamPoolId; if not specified, the rule will apply to all IPAM Pool CIDRs in
   * the scope. (2) For IPAM Resource CIDR rules, you can specify resourceId, resourceOwner,
   * resourceRegion, cidr, or resourceTag.
   *
   * <p>Property type {@code AWS::EC2::IPAMPrefixListResolver.IpamPrefixListResolverRuleCondition}.
   */
  public static final class IpamPrefixListResolverRuleCondition extends Struct<IpamPrefixListResolverRuleCondition> {
    private static final Schema SCHEMA = Schema.builder("AWS::EC2::IPAMPrefixListResolver.IpamPrefixListResolverRuleCondition")
        .required("Operation")
        .constrain("Cidr", Constraint.of().format("ipv4-network"))
        .allowed("Operation", "equals", "not-equals", "subnet-of")
        .build();

    public IpamPrefixListResolverRuleCondition() {
      super(SCHEMA);
    }

    /**
     * Condition for the IPAM Resource CIDR rule type. CIDR (like 10.24.34.0/23).
     *
     * <p>Format: {@code ipv4-network}. CloudFormation property {@code Cidr}.
     */
    public IpamPrefixListResolverRuleCondition cidr(String value) {
      return set("Cidr", Value.of(value));
    }

    /** Sets {@code Cidr} to this value; see {@link #cidr(String)}. */
    public IpamPrefixListResolverRuleCondition cidr(Value<String> value) {
      return set("Cidr", value);
    }

    /**
     * Condition for the IPAM Pool CIDR rule type. If not chosen, the resolver applies to all IPAM
     * Pool CIDRs in the scope.
     *
     * <p>CloudFormation property {@code IpamPoolId}.
     */
    public IpamPrefixListResolverRuleCondition ipamPoolId(String value) {
      return set("IpamPoolId", Value.of(value));
    }

    /** Sets {@code IpamPoolId} to this value; see {@link #ipamPoolId(String)}. */
    public IpamPrefixListResolverRuleCondition ipamPoolId(Value<String> value) {
      return set("IpamPoolId", value);
    }

    /**
     * Equals, Not equals, or Subnet Of. The subnet-of operation only applies to cidr conditions.
     *
     * <p>Required. Allowed values: {@code equals}, {@code not-equals}, {@code subnet-of}.
     * CloudFormation property {@code Operation}.
     */
    public IpamPrefixListResolverRuleCondition operation(String value) {
      return set("Operation", Value.of(value));
    }

    /** Sets {@code Operation} to this value; see {@link #operation(String)}. */
    public IpamPrefixListResolverRuleCondition operation(Value<String> value) {
      return set("Operation", value);
    }

    /**
     * Condition for the IPAM Resource CIDR rule type. The unique ID of a resource (like
     * vpc-1234567890abcdef0).
     *
     * <p>CloudFormation property {@code ResourceId}.
     */
    public IpamPrefixListResolverRuleCondition resourceId(String value) {
      return set("ResourceId", Value.of(value));
    }

    /** Sets {@code ResourceId} to this value; see {@link #resourceId(String)}. */
    public IpamPrefixListResolverRuleCondition resourceId(Value<String> value) {
      return set("ResourceId", value);
    }

    /**
     * Condition for the IPAM Resource CIDR rule type. Resource owner (like 111122223333).
     *
     * <p>CloudFormation property {@code ResourceOwner}.
     */
    public IpamPrefixListResolverRuleCondition resourceOwner(String value) {
      return set("ResourceOwner", Value.of(value));
    }

    /** Sets {@code ResourceOwner} to this value; see {@link #resourceOwner(String)}. */
    public IpamPrefixListResolverRuleCondition resourceOwner(Value<String> value) {
      return set("ResourceOwner", value);
    }

    /**
     * Condition for the IPAM Resource CIDR rule type. Resource region (like us-east-1).
     *
     * <p>CloudFormation property {@code ResourceRegion}.
     */
    public IpamPrefixListResolverRuleCondition resourceRegion(String value) {
      return set("ResourceRegion", Value.of(value));
    }

    /** Sets {@code ResourceRegion} to this value; see {@link #resourceRegion(String)}. */
    public IpamPrefixListResolverRuleCondition resourceRegion(Value<String> value) {
      return set("ResourceRegion", value);
    }

    /**
     * A key-value pair to associate with a resource.
     *
     * <p>CloudFormation property {@code ResourceTag}.
     */
    public IpamPrefixListResolverRuleCondition resourceTag(Value<Tag> value) {
      return set("ResourceTag", value);
    }
  }
}
