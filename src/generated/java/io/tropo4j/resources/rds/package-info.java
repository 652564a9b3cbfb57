// Generated from the AWS service specification by tropo4j's generator. Do not edit.
/**
 * The resource types of {@code AWS::RDS}: {@link ClusterSnapshot}, {@link CustomDBEngineVersion},
 * {@link DBCluster}, {@link DBClusterParameterGroup}, {@link DBInstance}, {@link DBParameterGroup},
 * {@link DBProxy}, {@link DBProxyEndpoint}, {@link DBProxyTargetGroup}, {@link DBSecurityGroup},
 * {@link DBSecurityGroupIngress}, {@link DBShardGroup}, {@link DBSnapshot}, {@link DBSubnetGroup},
 * {@link EventSubscription}, {@link GlobalCluster}, {@link Integration}, {@link OptionGroup}.
 */
package io.tropo4j.resources.rds;
