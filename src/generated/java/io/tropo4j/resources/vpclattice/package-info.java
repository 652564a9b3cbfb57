// Generated from the AWS service specification by tropo4j's generator. Do not edit.
/**
 * The resource types of {@code AWS::VpcLattice}: {@link AccessLogSubscription}, {@link AuthPolicy},
 * {@link DomainVerification}, {@link Listener}, {@link ResourceConfiguration}, {@link
 * ResourceGateway}, {@link ResourcePolicy}, {@link Rule}, {@link Service}, {@link ServiceNetwork},
 * {@link ServiceNetworkResourceAssociation}, {@link ServiceNetworkServiceAssociation}, {@link
 * ServiceNetworkVpcAssociation}, {@link TargetGroup}.
 */
package io.tropo4j.resources.vpclattice;
