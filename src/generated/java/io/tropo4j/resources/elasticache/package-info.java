// Generated from the AWS service specification by tropo4j's generator. Do not edit.
/**
 * The resource types of {@code AWS::ElastiCache}: {@link CacheCluster}, {@link
 * GlobalReplicationGroup}, {@link ParameterGroup}, {@link ReplicationGroup}, {@link SecurityGroup},
 * {@link SecurityGroupIngress}, {@link ServerlessCache}, {@link ServerlessCacheSnapshot}, {@link
 * SubnetGroup}, {@link User}, {@link UserGroup}.
 */
package io.tropo4j.resources.elasticache;
