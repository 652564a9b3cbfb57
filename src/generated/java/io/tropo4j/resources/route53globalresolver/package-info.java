// Generated from the AWS service specification by tropo4j's generator. Do not edit.
/**
 * The resource types of {@code AWS::Route53GlobalResolver}: {@link AccessSource}, {@link
 * AccessToken}, {@link DnsView}, {@link FirewallDomainList}, {@link FirewallRule}, {@link
 * GlobalResolver}, {@link HostedZoneAssociation}.
 */
package io.tropo4j.resources.route53globalresolver;
