// Generated from the AWS service specification by tropo4j's generator. Do not edit.
/**
 * The resource types of {@code AWS::ServiceDiscovery}: {@link HttpNamespace}, {@link Instance},
 * {@link PrivateDnsNamespace}, {@link PublicDnsNamespace}, {@link Service}.
 */
package io.tropo4j.resources.servicediscovery;
