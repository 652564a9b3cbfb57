// Generated from the AWS service specification by tropo4j's generator. Do not edit.
/**
 * The resource types of {@code AWS::Route53}: {@link CidrCollection}, {@link DNSSEC}, {@link
 * DelegationSet}, {@link HealthCheck}, {@link HostedZone}, {@link KeySigningKey}, {@link
 * QueryLoggingConfig}, {@link RecordSet}, {@link RecordSetGroup}, {@link TrafficPolicy}, {@link
 * TrafficPolicyInstance}.
 */
package io.tropo4j.resources.route53;
