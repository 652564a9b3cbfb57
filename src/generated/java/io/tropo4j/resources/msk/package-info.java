// Generated from the AWS service specification by tropo4j's generator. Do not edit.
/**
 * The resource types of {@code AWS::MSK}: {@link BatchScramSecret}, {@link Channel}, {@link
 * Cluster}, {@link ClusterPolicy}, {@link Configuration}, {@link Replicator}, {@link
 * ServerlessCluster}, {@link Topic}, {@link VpcConnection}.
 */
package io.tropo4j.resources.msk;
