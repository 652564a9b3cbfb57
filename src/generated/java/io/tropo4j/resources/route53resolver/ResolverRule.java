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
 * For DNS queries that originate in your VPCs, specifies which Resolver endpoint the queries pass
 * through, one domain name that you want to forward to your network, and the IP addresses of the
 * DNS resolvers in your network.
 *
 * <p>CloudFormation type {@code AWS::Route53Resolver::ResolverRule}.
 */
public final class ResolverRule extends Resource<ResolverRule> {
  private static final Schema SCHEMA = Schema.builder("AWS::Route53Resolver::ResolverRule")
      .required("RuleType")
      .constrain("DelegationRecord", Constraint.of().minLength(1).maxLength(256))
      .constrain("DomainName", Constraint.of().minLength(1).maxLength(256))
      .constrain("Name", Constraint.of().pattern("^(?!^[0-9]+$)([a-zA-Z0-9\\-_' ']+)$").minLength(0).maxLength(64))
      .constrain("ResolverEndpointId", Constraint.of().minLength(1).maxLength(64))
      .allowed("RuleType", "FORWARD", "SYSTEM", "RECURSIVE", "DELEGATE")
      .refYields("ResolverRuleId")
      .attributes("Arn", "DomainName", "Name", "ResolverEndpointId", "ResolverRuleId", "TargetIps")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public ResolverRule(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * DNS queries with delegation records that point to this domain name are forwarded to resolvers
   * on your network.
   *
   * <p>Length: 1 to 256 characters. CloudFormation property {@code DelegationRecord}.
   */
  public ResolverRule delegationRecord(String value) {
    return set("DelegationRecord", Value.of(value));
  }

  /** Sets {@code DelegationRecord} to this value; see {@link #delegationRecord(String)}. */
  public ResolverRule delegationRecord(Value<String> value) {
    return set("DelegationRecord", value);
  }

  /**
   * DNS queries for this domain name are forwarded to the IP addresses that are specified in
   * <code>TargetIps</code> . If a query matches multiple Resolver rules (example.com and
   * www.example.com), the query is routed using the Resolver rule that contains the most specific
   * domain name (www.example.com).
   *
   * <p>Changing it may replace the resource. Length: 1 to 256 characters. CloudFormation property
   * {@code DomainName}.
   */
  public ResolverRule domainName(String value) {
    return set("DomainName", Value.of(value));
  }

  /** Sets {@code DomainName} to this value; see {@link #domainName(String)}. */
  public ResolverRule domainName(Value<String> value) {
    return set("DomainName", value);
  }

  /**
   * The name for the Resolver rule, which you specified when you created the Resolver rule.
   *
   * <p>The name can be up to 64 characters long and can contain letters (a-z, A-Z), numbers (0-9),
   * hyphens (-), underscores (_), and spaces. The name cannot consist of only numbers.
   *
   * <p>Length: 0 to 64 characters. Pattern: {@code ^(?!^[0-9]+$)([a-zA-Z0-9&#92;-_' ']+)$}.
   * CloudFormation property {@code Name}.
   */
  public ResolverRule name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public ResolverRule name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * The ID of the endpoint that the rule is associated with.
   *
   * <p>Length: 1 to 64 characters. CloudFormation property {@code ResolverEndpointId}.
   */
  public ResolverRule resolverEndpointId(String value) {
    return set("ResolverEndpointId", Value.of(value));
  }

  /** Sets {@code ResolverEndpointId} to this value; see {@link #resolverEndpointId(String)}. */
  public ResolverRule resolverEndpointId(Value<String> value) {
    return set("ResolverEndpointId", value);
  }

  /**
   * When you want to forward DNS queries for specified domain name to resolvers on your network,
   * specify <code>FORWARD</code> or <code>DELEGATE</code> . If a query matches multiple Resolver
   * rules (example.com and www.example.com), outbound DNS queries are routed using the Resolver
   * rule that contains the most specific domain name (www.example.com).
   *
   * <p>When you have a forwarding rule to forward DNS queries for a domain to your network and you
   * want Resolver to process queries for a subdomain of that domain, specify <code>SYSTEM</code> .
   *
   * <p>For example, to forward DNS queries for example.com to resolvers on your network, you create
   * a rule and specify <code>FORWARD</code> for <code>RuleType</code> . To then have Resolver
   * process queries for apex.example.com, you create a rule and specify <code>SYSTEM</code> for
   * <code>RuleType</code> .
   *
   * <p>Currently, only Resolver can create rules that have a value of <code>RECURSIVE</code> for
   * <code>RuleType</code> .
   *
   * <p>Required. Changing it replaces the resource. Allowed values: {@code FORWARD}, {@code
   * SYSTEM}, {@code RECURSIVE}, {@code DELEGATE}. CloudFormation property {@code RuleType}.
   */
  public ResolverRule ruleType(String value) {
    return set("RuleType", Value.of(value));
  }

  /** Sets {@code RuleType} to this value; see {@link #ruleType(String)}. */
  public ResolverRule ruleType(Value<String> value) {
    return set("RuleType", value);
  }

  /**
   * Tags help organize and categorize your Resolver rules. Each tag consists of a key and an
   * optional value, both of which you define.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public ResolverRule tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public ResolverRule tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public ResolverRule tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * An array that contains the IP addresses and ports that an outbound endpoint forwards DNS
   * queries to. Typically, these are the IP addresses of DNS resolvers on your network.
   *
   * <p>CloudFormation property {@code TargetIps}.
   */
  public ResolverRule targetIps(List<TargetAddress> value) {
    return set("TargetIps", Value.listOf(value));
  }

  /** Sets {@code TargetIps} to this value; see {@link #targetIps(List)}. */
  public ResolverRule targetIps(Value<List<TargetAddress>> value) {
    return set("TargetIps", value);
  }

  /** Sets {@code TargetIps} to a list of these; see {@link #targetIps(List)}. */
  public ResolverRule targetIps(TargetAddress... values) {
    return set("TargetIps", Value.list(values));
  }

  /**
   * The Amazon Resource Name (ARN) of the resolver rule, such as
   * <code>arn:aws:route53resolver:us-east-1:123456789012:resolver-rule/resolver-rule-a1bzhi</code>
   * .
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * DNS queries for this domain name are forwarded to the IP addresses that are specified in
   * TargetIps. If a query matches multiple resolver rules (example.com and www.example.com), the
   * query is routed using the resolver rule that contains the most specific domain name
   * (www.example.com).
   *
   * <p>{@code Fn::GetAtt} attribute {@code DomainName}.
   */
  public Value<String> domainName() {
    return getAtt("DomainName");
  }

  /**
   * A friendly name that lets you easily find a rule in the Resolver dashboard in the Route 53
   * console.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Name}.
   */
  public Value<String> name() {
    return getAtt("Name");
  }

  /**
   * The ID of the outbound endpoint that the rule is associated with, such as
   * <code>rslvr-out-fdc049932dexample</code> .
   *
   * <p>{@code Fn::GetAtt} attribute {@code ResolverEndpointId}.
   */
  public Value<String> resolverEndpointId() {
    return getAtt("ResolverEndpointId");
  }

  /**
   * When the value of <code>RuleType</code> is <code>FORWARD</code> , the ID that Resolver assigned
   * to the resolver rule when you created it, such as <code>rslvr-rr-5328a0899aexample</code> .
   * This value isn't applicable when <code>RuleType</code> is <code>SYSTEM</code> .
   *
   * <p>{@code Fn::GetAtt} attribute {@code ResolverRuleId}.
   */
  public Value<String> resolverRuleId() {
    return getAtt("ResolverRuleId");
  }

  /**
   * When the value of <code>RuleType</code> is <code>FORWARD</code> , the IP addresses that the
   * outbound endpoint forwards DNS queries to, typically the IP addresses for DNS resolvers on your
   * network. This value isn't applicable when <code>RuleType</code> is <code>SYSTEM</code> .
   *
   * <p><code>TargetIps</code> is available only when the value of <code>RuleType</code> is
   * <code>FORWARD</code> . You should not provide <code>TargetIps</code> when the
   * <code>RuleType</code> is <code>DELEGATE</code> .
   *
   * <p>{@code Fn::GetAtt} attribute {@code TargetIps}.
   */
  public Value<List<TargetAddress>> targetIps() {
    return getAtt("TargetIps");
  }

  /**
   * In a <a
   * href="https://docs.aws.amazon.com/Route53/latest/APIReference/API_route53resolver_CreateResolverRule.html">CreateResolverRule</a>
   * request, an array of the IPs that you want to forward DNS queries to.
   *
   * <p>Property type {@code AWS::Route53Resolver::ResolverRule.TargetAddress}.
   */
  public static final class TargetAddress extends Struct<TargetAddress> {
    private static final Schema SCHEMA = Schema.builder("AWS::Route53Resolver::ResolverRule.TargetAddress")
        .constrain("Ip", Constraint.of().minLength(7).maxLength(36))
        .constrain("Ipv6", Constraint.of().minLength(7).maxLength(39))
        .constrain("Port", Constraint.of().minLength(0).maxLength(65535).minimum(0).maximum(65535))
        .allowed("Protocol", "Do53", "DoH")
        .constrain("ServerNameIndication", Constraint.of().minLength(0).maxLength(255))
        .build();

    public TargetAddress() {
      super(SCHEMA);
    }

    /**
     * One IPv4 address that you want to forward DNS queries to.
     *
     * <p>Length: 7 to 36 characters. CloudFormation property {@code Ip}.
     */
    public TargetAddress ip(String value) {
      return set("Ip", Value.of(value));
    }

    /** Sets {@code Ip} to this value; see {@link #ip(String)}. */
    public TargetAddress ip(Value<String> value) {
      return set("Ip", value);
    }

    /**
     * One IPv6 address that you want to forward DNS queries to.
     *
     * <p>Length: 7 to 39 characters. CloudFormation property {@code Ipv6}.
     */
    public TargetAddress ipv6(String value) {
      return set("Ipv6", Value.of(value));
    }

    /** Sets {@code Ipv6} to this value; see {@link #ipv6(String)}. */
    public TargetAddress ipv6(Value<String> value) {
      return set("Ipv6", value);
    }

    /**
     * The port at <code>Ip</code> that you want to forward DNS queries to.
     *
     * <p>Length: 0 to 65535 characters. Range: 0 to 65535. CloudFormation property {@code Port}.
     */
    public TargetAddress port(String value) {
      return set("Port", Value.of(value));
    }

    /** Sets {@code Port} to this value; see {@link #port(String)}. */
    public TargetAddress port(Value<String> value) {
      return set("Port", value);
    }

    /**
     * The protocols for the target address. The protocol you choose needs to be supported by the
     * outbound endpoint of the Resolver rule.
     *
     * <p>Allowed values: {@code Do53}, {@code DoH}. CloudFormation property {@code Protocol}.
     */
    public TargetAddress protocol(String value) {
      return set("Protocol", Value.of(value));
    }

    /** Sets {@code Protocol} to this value; see {@link #protocol(String)}. */
    public TargetAddress protocol(Value<String> value) {
      return set("Protocol", value);
    }

    /**
     * The Server Name Indication of the DoH server that you want to forward queries to. This is
     * only used if the Protocol of the <code>TargetAddress</code> is <code>DoH</code> .
     *
     * <p>Length: 0 to 255 characters. CloudFormation property {@code ServerNameIndication}.
     */
    public TargetAddress serverNameIndication(String value) {
      return set("ServerNameIndication", Value.of(value));
    }

    /**
     * Sets {@code ServerNameIndication} to this value; see {@link #serverNameIndication(String)}.
     */
    public TargetAddress serverNameIndication(Value<String> value) {
      return set("ServerNameIndication", value);
    }
  }
}
