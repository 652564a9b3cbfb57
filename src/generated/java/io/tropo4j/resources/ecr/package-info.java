// Generated from the AWS service specification by tropo4j's generator. Do not edit.
/**
 * The resource types of {@code AWS::ECR}: {@link PublicRepository}, {@link PullThroughCacheRule},
 * {@link PullTimeUpdateExclusion}, {@link RegistryPolicy}, {@link RegistryScanningConfiguration},
 * {@link ReplicationConfiguration}, {@link Repository}, {@link RepositoryCreationTemplate}, {@link
 * SigningConfiguration}.
 */
package io.tropo4j.resources.ecr;
