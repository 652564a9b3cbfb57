// Generated from the AWS service specification by tropo4j's generator. Do not edit.
/**
 * The resource types of {@code AWS::Redshift}: {@link Cluster}, {@link ClusterParameterGroup},
 * {@link ClusterSecurityGroup}, {@link ClusterSecurityGroupIngress}, {@link ClusterSubnetGroup},
 * {@link EndpointAccess}, {@link EndpointAuthorization}, {@link EventSubscription}, {@link
 * Integration}, {@link QEV2IdcApplication}, {@link ScheduledAction}, {@link Snapshot}, {@link
 * SnapshotCopyGrant}, {@link SnapshotSchedule}, {@link UsageLimit}.
 */
package io.tropo4j.resources.redshift;
