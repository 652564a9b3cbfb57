// Generated from the AWS service specification by tropo4j's generator. Do not edit.
/**
 * The resource types of {@code AWS::MemoryDB}: {@link ACL}, {@link Cluster}, {@link
 * MultiRegionCluster}, {@link ParameterGroup}, {@link Snapshot}, {@link SubnetGroup}, {@link User}.
 */
package io.tropo4j.resources.memorydb;
