// Generated from the AWS service specification by tropo4j's generator. Do not edit.
/**
 * The resource types of {@code AWS::CodeStarConnections}: {@link Connection}, {@link
 * RepositoryLink}, {@link SyncConfiguration}.
 */
package io.tropo4j.resources.codestarconnections;
