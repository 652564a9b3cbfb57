// Generated from the AWS service specification by tropo4j's generator. Do not edit.
/**
 * The resource types of {@code AWS::NetworkFirewall}: {@link ContainerAssociation}, {@link
 * Firewall}, {@link FirewallPolicy}, {@link LoggingConfiguration}, {@link RuleGroup}, {@link
 * TLSInspectionConfiguration}, {@link VpcEndpointAssociation}.
 */
package io.tropo4j.resources.networkfirewall;
