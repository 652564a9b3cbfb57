// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.route53resolver;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * High-level information for a firewall rule group. A firewall rule group is a collection of rules
 * that DNS Firewall uses to filter DNS network traffic for a VPC. To retrieve the rules for the
 * rule group, call <a
 * href="https://docs.aws.amazon.com/Route53/latest/APIReference/API_route53resolver_ListFirewallRules.html">ListFirewallRules</a>
 * .
 *
 * <p>CloudFormation type {@code AWS::Route53Resolver::FirewallRuleGroup}.
 */
public final class FirewallRuleGroup extends Resource<FirewallRuleGroup> {
  private static final Schema SCHEMA = Schema.builder("AWS::Route53Resolver::FirewallRuleGroup")
      .constrain("Name", Constraint.of().pattern("(?!^[0-9]+$)([a-zA-Z0-9\\-_' ']+)").minLength(1).maxLength(64))
      .refYields("Id")
      .attributes("Arn", "CreationTime", "CreatorRequestId", "Id", "ModificationTime", "OwnerId",
          "RuleCount", "ShareStatus", "Status", "StatusMessage")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public FirewallRuleGroup(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * A list of the rules that you have defined.
   *
   * <p>CloudFormation property {@code FirewallRules}.
   */
  public FirewallRuleGroup firewallRules(List<FirewallRule> value) {
    return set("FirewallRules", Value.listOf(value));
  }

  /** Sets {@code FirewallRules} to this value; see {@link #firewallRules(List)}. */
  public FirewallRuleGroup firewallRules(Value<List<FirewallRule>> value) {
    return set("FirewallRules", value);
  }

  /** Sets {@code FirewallRules} to a list of these; see {@link #firewallRules(List)}. */
  public FirewallRuleGroup firewallRules(FirewallRule... values) {
    return set("FirewallRules", Value.list(values));
  }

  /**
   * The name of the rule group.
   *
   * <p>Changing it replaces the resource. Length: 1 to 64 characters. Pattern: {@code
   * (?!^[0-9]+$)([a-zA-Z0-9&#92;-_' ']+)}. CloudFormation property {@code Name}.
   */
  public FirewallRuleGroup name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public FirewallRuleGroup name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * A list of the tag keys and values that you want to associate with the rule group.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public FirewallRuleGroup tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public FirewallRuleGroup tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public FirewallRuleGroup tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The ARN (Amazon Resource Name) of the rule group.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * The date and time that the rule group was created, in Unix time format and Coordinated
   * Universal Time (UTC).
   *
   * <p>{@code Fn::GetAtt} attribute {@code CreationTime}.
   */
  public Value<String> creationTime() {
    return getAtt("CreationTime");
  }

  /**
   * A unique string defined by you to identify the request. This allows you to retry failed
   * requests without the risk of running the operation twice. This can be any unique string, for
   * example, a timestamp.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CreatorRequestId}.
   */
  public Value<String> creatorRequestId() {
    return getAtt("CreatorRequestId");
  }

  /**
   * The ID of the rule group.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Id}.
   */
  public Value<String> id() {
    return getAtt("Id");
  }

  /**
   * The date and time that the rule group was last modified, in Unix time format and Coordinated
   * Universal Time (UTC).
   *
   * <p>{@code Fn::GetAtt} attribute {@code ModificationTime}.
   */
  public Value<String> modificationTime() {
    return getAtt("ModificationTime");
  }

  /**
   * The AWS account ID for the account that created the rule group. When a rule group is shared
   * with your account, this is the account that has shared the rule group with you.
   *
   * <p>{@code Fn::GetAtt} attribute {@code OwnerId}.
   */
  public Value<String> ownerId() {
    return getAtt("OwnerId");
  }

  /**
   * The number of rules in the rule group.
   *
   * <p>{@code Fn::GetAtt} attribute {@code RuleCount}.
   */
  public Value<Integer> ruleCount() {
    return getAtt("RuleCount");
  }

  /**
   * Whether the rule group is shared with other AWS accounts , or was shared with the current
   * account by another AWS account . Sharing is configured through AWS Resource Access Manager (
   * AWS RAM ).
   *
   * <p>{@code Fn::GetAtt} attribute {@code ShareStatus}.
   */
  public Value<String> shareStatus() {
    return getAtt("ShareStatus");
  }

  /**
   * The status of the domain list.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Status}.
   */
  public Value<String> status() {
    return getAtt("Status");
  }

  /**
   * Additional information about the status of the rule group, if available.
   *
   * <p>{@code Fn::GetAtt} attribute {@code StatusMessage}.
   */
  public Value<String> statusMessage() {
    return getAtt("StatusMessage");
  }

  /**
   * Configuration for an advanced content category rule type.
   *
   * <p>Property type {@code
   * AWS::Route53Resolver::FirewallRuleGroup.FirewallAdvancedContentCategoryConfig}.
   */
  public static final class FirewallAdvancedContentCategoryConfig extends Struct<FirewallAdvancedContentCategoryConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::Route53Resolver::FirewallRuleGroup.FirewallAdvancedContentCategoryConfig")
        .required("Category")
        .constrain("Category", Constraint.of().minLength(1).maxLength(128))
        .build();

    public FirewallAdvancedContentCategoryConfig() {
      super(SCHEMA);
    }

    /**
     * The content category value.
     *
     * <p>Required. Length: 1 to 128 characters. CloudFormation property {@code Category}.
     */
    public FirewallAdvancedContentCategoryConfig category(String value) {
      return set("Category", Value.of(value));
    }

    /** Sets {@code Category} to this value; see {@link #category(String)}. */
    public FirewallAdvancedContentCategoryConfig category(Value<String> value) {
      return set("Category", value);
    }
  }

  /**
   * Configuration for an advanced threat category rule type.
   *
   * <p>Property type {@code
   * AWS::Route53Resolver::FirewallRuleGroup.FirewallAdvancedThreatCategoryConfig}.
   */
  public static final class FirewallAdvancedThreatCategoryConfig extends Struct<FirewallAdvancedThreatCategoryConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::Route53Resolver::FirewallRuleGroup.FirewallAdvancedThreatCategoryConfig")
        .required("Category")
        .constrain("Category", Constraint.of().minLength(1).maxLength(128))
        .build();

    public FirewallAdvancedThreatCategoryConfig() {
      super(SCHEMA);
    }

    /**
     * The threat category value.
     *
     * <p>Required. Length: 1 to 128 characters. CloudFormation property {@code Category}.
     */
    public FirewallAdvancedThreatCategoryConfig category(String value) {
      return set("Category", Value.of(value));
    }

    /** Sets {@code Category} to this value; see {@link #category(String)}. */
    public FirewallAdvancedThreatCategoryConfig category(Value<String> value) {
      return set("Category", value);
    }
  }

  /**
   * A single firewall rule in a rule group.
   *
   * <p>Property type {@code AWS::Route53Resolver::FirewallRuleGroup.FirewallRule}.
   */
  public static final class FirewallRule extends Struct<FirewallRule> {
    private static final Schema SCHEMA = Schema.builder("AWS::Route53Resolver::FirewallRuleGroup.FirewallRule")
        .required("Action", "Priority")
        .allowed("Action", "ALLOW", "BLOCK", "ALERT")
        .allowed("BlockOverrideDnsType", "CNAME")
        .constrain("BlockOverrideDomain", Constraint.of().minLength(1).maxLength(255))
        .constrain("BlockOverrideTtl", Constraint.of().minimum(0).maximum(604800))
        .allowed("BlockResponse", "NODATA", "NXDOMAIN", "OVERRIDE")
        .allowed("ConfidenceThreshold", "LOW", "MEDIUM", "HIGH")
        .allowed("DnsThreatProtection", "DGA", "DNS_TUNNELING", "DICTIONARY_DGA")
        .constrain("FirewallDomainListId", Constraint.of().minLength(1).maxLength(64))
        .references("FirewallDomainListId", "AWS::Route53Resolver::FirewallDomainList.Ref")
        .allowed("FirewallDomainRedirectionAction", "INSPECT_REDIRECTION_DOMAIN",
            "TRUST_REDIRECTION_DOMAIN")
        .constrain("FirewallThreatProtectionId", Constraint.of().minLength(1).maxLength(64))
        .constrain("Qtype", Constraint.of().minLength(1).maxLength(16))
        .allowed("Status", "COMPLETE", "CREATING", "CREATION_FAILED")
        .build();

    public FirewallRule() {
      super(SCHEMA);
    }

    /**
     * The action that DNS Firewall should take on a DNS query when it matches one of the domains in
     * the rule's domain list, or a threat in a DNS Firewall Advvanced rule:
     *
     * <ul> <li><code>ALLOW</code> - Permit the request to go through. Not available for DNS
     * Firewall Advanced rules. <li><code>ALERT</code> - Permit the request to go through but send
     * an alert to the logs. <li><code>BLOCK</code> - Disallow the request. If this is
     * specified,then <code>BlockResponse</code> must also be specified. </ul>
     *
     * <p>if <code>BlockResponse</code> is <code>OVERRIDE</code> , then all of the following
     * <code>OVERRIDE</code> attributes must be specified:
     *
     * <ul> <li><code>BlockOverrideDnsType</code> <li><code>BlockOverrideDomain</code>
     * <li><code>BlockOverrideTtl</code> </ul>
     *
     * <p>Required. Allowed values: {@code ALLOW}, {@code BLOCK}, {@code ALERT}. CloudFormation
     * property {@code Action}.
     */
    public FirewallRule action(String value) {
      return set("Action", Value.of(value));
    }

    /** Sets {@code Action} to this value; see {@link #action(String)}. */
    public FirewallRule action(Value<String> value) {
      return set("Action", value);
    }

    /**
     * The DNS record's type. This determines the format of the record value that you provided in
     * <code>BlockOverrideDomain</code> . Used for the rule action <code>BLOCK</code> with a
     * <code>BlockResponse</code> setting of <code>OVERRIDE</code> .
     *
     * <p>Allowed values: {@code CNAME}. CloudFormation property {@code BlockOverrideDnsType}.
     */
    public FirewallRule blockOverrideDnsType(String value) {
      return set("BlockOverrideDnsType", Value.of(value));
    }

    /**
     * Sets {@code BlockOverrideDnsType} to this value; see {@link #blockOverrideDnsType(String)}.
     */
    public FirewallRule blockOverrideDnsType(Value<String> value) {
      return set("BlockOverrideDnsType", value);
    }

    /**
     * The custom DNS record to send back in response to the query. Used for the rule action
     * <code>BLOCK</code> with a <code>BlockResponse</code> setting of <code>OVERRIDE</code> .
     *
     * <p>Length: 1 to 255 characters. CloudFormation property {@code BlockOverrideDomain}.
     */
    public FirewallRule blockOverrideDomain(String value) {
      return set("BlockOverrideDomain", Value.of(value));
    }

    /** Sets {@code BlockOverrideDomain} to this value; see {@link #blockOverrideDomain(String)}. */
    public FirewallRule blockOverrideDomain(Value<String> value) {
      return set("BlockOverrideDomain", value);
    }

    /**
     * The recommended amount of time, in seconds, for the DNS resolver or web browser to cache the
     * provided override record. Used for the rule action <code>BLOCK</code> with a
     * <code>BlockResponse</code> setting of <code>OVERRIDE</code> .
     *
     * <p>Range: 0 to 604800. CloudFormation property {@code BlockOverrideTtl}.
     */
    public FirewallRule blockOverrideTtl(int value) {
      return set("BlockOverrideTtl", Value.of(value));
    }

    /** Sets {@code BlockOverrideTtl} to this value; see {@link #blockOverrideTtl(int)}. */
    public FirewallRule blockOverrideTtl(Value<Integer> value) {
      return set("BlockOverrideTtl", value);
    }

    /**
     * The way that you want DNS Firewall to block the request. Used for the rule action setting
     * <code>BLOCK</code> .
     *
     * <ul> <li><code>NODATA</code> - Respond indicating that the query was successful, but no
     * response is available for it. <li><code>NXDOMAIN</code> - Respond indicating that the domain
     * name that's in the query doesn't exist. <li><code>OVERRIDE</code> - Provide a custom override
     * in the response. This option requires custom handling details in the rule's
     * <code>BlockOverride*</code> settings. </ul>
     *
     * <p>Allowed values: {@code NODATA}, {@code NXDOMAIN}, {@code OVERRIDE}. CloudFormation
     * property {@code BlockResponse}.
     */
    public FirewallRule blockResponse(String value) {
      return set("BlockResponse", Value.of(value));
    }

    /** Sets {@code BlockResponse} to this value; see {@link #blockResponse(String)}. */
    public FirewallRule blockResponse(Value<String> value) {
      return set("BlockResponse", value);
    }

    /**
     * The confidence threshold for DNS Firewall Advanced. You must provide this value when you
     * create a DNS Firewall Advanced rule. The confidence level values mean:
     *
     * <ul> <li><code>LOW</code> : Provides the highest detection rate for threats, but also
     * increases false positives. <li><code>MEDIUM</code> : Provides a balance between detecting
     * threats and false positives. <li><code>HIGH</code> : Detects only the most well corroborated
     * threats with a low rate of false positives. </ul>
     *
     * <p>Allowed values: {@code LOW}, {@code MEDIUM}, {@code HIGH}. CloudFormation property {@code
     * ConfidenceThreshold}.
     */
    public FirewallRule confidenceThreshold(String value) {
      return set("ConfidenceThreshold", Value.of(value));
    }

    /** Sets {@code ConfidenceThreshold} to this value; see {@link #confidenceThreshold(String)}. */
    public FirewallRule confidenceThreshold(Value<String> value) {
      return set("ConfidenceThreshold", value);
    }

    /**
     * The type of the DNS Firewall Advanced rule. Valid values are:
     *
     * <ul> <li><code>DGA</code> : Domain generation algorithms detection. DGAs are used by
     * attackers to generate a large number of domains to to launch malware attacks.
     * <li><code>DNS_TUNNELING</code> : DNS tunneling detection. DNS tunneling is used by attackers
     * to exfiltrate data from the client by using the DNS tunnel without making a network
     * connection to the client. </ul>
     *
     * <p>Allowed values: {@code DGA}, {@code DNS_TUNNELING}, {@code DICTIONARY_DGA}. CloudFormation
     * property {@code DnsThreatProtection}.
     */
    public FirewallRule dnsThreatProtection(String value) {
      return set("DnsThreatProtection", Value.of(value));
    }

    /** Sets {@code DnsThreatProtection} to this value; see {@link #dnsThreatProtection(String)}. */
    public FirewallRule dnsThreatProtection(Value<String> value) {
      return set("DnsThreatProtection", value);
    }

    /**
     * The ID of the domain list that's used in the rule.
     *
     * <p>Length: 1 to 64 characters. CloudFormation property {@code FirewallDomainListId}.
     */
    public FirewallRule firewallDomainListId(String value) {
      return set("FirewallDomainListId", Value.of(value));
    }

    /**
     * Sets {@code FirewallDomainListId} to this value; see {@link #firewallDomainListId(String)}.
     */
    public FirewallRule firewallDomainListId(Value<String> value) {
      return set("FirewallDomainListId", value);
    }

    /**
     * Sets {@code FirewallDomainListId} to the Ref of {@code
     * AWS::Route53Resolver::FirewallDomainList}; see {@link #firewallDomainListId(String)}.
     */
    public FirewallRule firewallDomainListId(FirewallDomainList resource) {
      return set("FirewallDomainListId", resource.ref());
    }

    /**
     * How you want the the rule to evaluate DNS redirection in the DNS redirection chain, such as
     * CNAME, or DNAME.
     *
     * <p><code>Inspect_Redirection_Domain</code> (Default) inspects all domains in the redirection
     * chain. The individual domains in the redirection chain must be added to the domain list.
     *
     * <p><code>Trust_Redirection_Domain</code> inspects only the first domain in the redirection
     * chain. You don't need to add the subsequent domains in the domain in the redirection list to
     * the domain list.
     *
     * <p>Allowed values: {@code INSPECT_REDIRECTION_DOMAIN}, {@code TRUST_REDIRECTION_DOMAIN}.
     * CloudFormation property {@code FirewallDomainRedirectionAction}.
     */
    public FirewallRule firewallDomainRedirectionAction(String value) {
      return set("FirewallDomainRedirectionAction", Value.of(value));
    }

    /**
     * Sets {@code FirewallDomainRedirectionAction} to this value; see {@link
     * #firewallDomainRedirectionAction(String)}.
     */
    public FirewallRule firewallDomainRedirectionAction(Value<String> value) {
      return set("FirewallDomainRedirectionAction", value);
    }

    /**
     * Firewall rule type union. Exactly one member must be set. Mutually exclusive with
     * FirewallDomainListId and DnsThreatProtection/ConfidenceThreshold.
     *
     * <p>CloudFormation property {@code FirewallRuleType}.
     */
    public FirewallRule firewallRuleType(Value<FirewallRuleType> value) {
      return set("FirewallRuleType", value);
    }

    /**
     * ID of the DNS Firewall Advanced rule.
     *
     * <p>Length: 1 to 64 characters. CloudFormation property {@code FirewallThreatProtectionId}.
     */
    public FirewallRule firewallThreatProtectionId(String value) {
      return set("FirewallThreatProtectionId", Value.of(value));
    }

    /**
     * Sets {@code FirewallThreatProtectionId} to this value; see {@link
     * #firewallThreatProtectionId(String)}.
     */
    public FirewallRule firewallThreatProtectionId(Value<String> value) {
      return set("FirewallThreatProtectionId", value);
    }

    /**
     * The priority of the rule in the rule group. This value must be unique within the rule group.
     * DNS Firewall processes the rules in a rule group by order of priority, starting from the
     * lowest setting.
     *
     * <p>Required. CloudFormation property {@code Priority}.
     */
    public FirewallRule priority(int value) {
      return set("Priority", Value.of(value));
    }

    /** Sets {@code Priority} to this value; see {@link #priority(int)}. */
    public FirewallRule priority(Value<Integer> value) {
      return set("Priority", value);
    }

    /**
     * The DNS query type you want the rule to evaluate. Allowed values are;
     *
     * <ul> <li>A: Returns an IPv4 address. <li>AAAA: Returns an Ipv6 address. <li>CAA: Restricts
     * CAs that can create SSL/TLS certifications for the domain. <li>CNAME: Returns another domain
     * name. <li>DS: Record that identifies the DNSSEC signing key of a delegated zone. <li>MX:
     * Specifies mail servers. <li>NAPTR: Regular-expression-based rewriting of domain names.
     * <li>NS: Authoritative name servers. <li>PTR: Maps an IP address to a domain name. <li>SOA:
     * Start of authority record for the zone. <li>SPF: Lists the servers authorized to send emails
     * from a domain. <li>SRV: Application specific values that identify servers. <li>TXT: Verifies
     * email senders and application-specific values. <li>A query type you define by using the DNS
     * type ID, for example 28 for AAAA. The values must be defined as TYPE NUMBER , where the
     * NUMBER can be 1-65334, for example, TYPE28. For more information, see <a
     * href="https://docs.aws.amazon.com/https://en.wikipedia.org/wiki/List_of_DNS_record_types">List
     * of DNS record types</a> . </ul>
     *
     * <p>Length: 1 to 16 characters. CloudFormation property {@code Qtype}.
     */
    public FirewallRule qtype(String value) {
      return set("Qtype", Value.of(value));
    }

    /** Sets {@code Qtype} to this value; see {@link #qtype(String)}. */
    public FirewallRule qtype(Value<String> value) {
      return set("Qtype", value);
    }

    /**
     * The status of the firewall rule.
     *
     * <p>Allowed values: {@code COMPLETE}, {@code CREATING}, {@code CREATION_FAILED}.
     * CloudFormation property {@code Status}.
     */
    public FirewallRule status(String value) {
      return set("Status", Value.of(value));
    }

    /** Sets {@code Status} to this value; see {@link #status(String)}. */
    public FirewallRule status(Value<String> value) {
      return set("Status", value);
    }
  }

  /**
   * Firewall rule type union. Exactly one member must be set. Mutually exclusive with
   * FirewallDomainListId and DnsThreatProtection/ConfidenceThreshold.
   *
   * <p>Property type {@code AWS::Route53Resolver::FirewallRuleGroup.FirewallRuleType}.
   */
  public static final class FirewallRuleType extends Struct<FirewallRuleType> {
    private static final Schema SCHEMA = Schema.of("AWS::Route53Resolver::FirewallRuleGroup.FirewallRuleType");

    public FirewallRuleType() {
      super(SCHEMA);
    }

    /**
     * Configuration for an advanced content category rule type.
     *
     * <p>CloudFormation property {@code FirewallAdvancedContentCategory}.
     */
    public FirewallRuleType firewallAdvancedContentCategory(Value<FirewallAdvancedContentCategoryConfig> value) {
      return set("FirewallAdvancedContentCategory", value);
    }

    /**
     * Configuration for an advanced threat category rule type.
     *
     * <p>CloudFormation property {@code FirewallAdvancedThreatCategory}.
     */
    public FirewallRuleType firewallAdvancedThreatCategory(Value<FirewallAdvancedThreatCategoryConfig> value) {
      return set("FirewallAdvancedThreatCategory", value);
    }

    /**
     * Configuration for a partner threat protection rule type.
     *
     * <p>CloudFormation property {@code PartnerThreatProtection}.
     */
    public FirewallRuleType partnerThreatProtection(Value<PartnerThreatProtectionConfig> value) {
      return set("PartnerThreatProtection", value);
    }
  }

  /**
   * Configuration for a partner threat protection rule type.
   *
   * <p>Property type {@code AWS::Route53Resolver::FirewallRuleGroup.PartnerThreatProtectionConfig}.
   */
  public static final class PartnerThreatProtectionConfig extends Struct<PartnerThreatProtectionConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::Route53Resolver::FirewallRuleGroup.PartnerThreatProtectionConfig")
        .required("Partner")
        .constrain("Partner", Constraint.of().minLength(1).maxLength(128))
        .build();

    public PartnerThreatProtectionConfig() {
      super(SCHEMA);
    }

    /**
     * The partner identifier value.
     *
     * <p>Required. Length: 1 to 128 characters. CloudFormation property {@code Partner}.
     */
    public PartnerThreatProtectionConfig partner(String value) {
      return set("Partner", Value.of(value));
    }

    /** Sets {@code Partner} to this value; see {@link #partner(String)}. */
    public PartnerThreatProtectionConfig partner(Value<String> value) {
      return set("Partner", value);
    }
  }
}
