// Generated from the AWS service specification by tropo4j's generator. Do not edit.
/**
 * The resource types of {@code AWS::Route53Resolver}: {@link FirewallDomainList}, {@link
 * FirewallRuleGroup}, {@link FirewallRuleGroupAssociation}, {@link OutpostResolver}, {@link
 * ResolverConfig}, {@link ResolverDNSSECConfig}, {@link ResolverEndpoint}, {@link
 * ResolverQueryLoggingConfig}, {@link ResolverQueryLoggingConfigAssociation}, {@link ResolverRule},
 * {@link ResolverRuleAssociation}.
 */
package io.tropo4j.resources.route53resolver;
