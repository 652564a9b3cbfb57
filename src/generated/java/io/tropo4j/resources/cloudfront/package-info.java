// Generated from the AWS service specification by tropo4j's generator. Do not edit.
/**
 * The resource types of {@code AWS::CloudFront}: {@link AnycastIpList}, {@link CachePolicy}, {@link
 * CloudFrontOriginAccessIdentity}, {@link ConnectionFunction}, {@link ConnectionGroup}, {@link
 * ContinuousDeploymentPolicy}, {@link Distribution}, {@link DistributionTenant}, {@link
 * FieldLevelEncryptionProfile}, {@link Function}, {@link KeyGroup}, {@link KeyValueStore}, {@link
 * MonitoringSubscription}, {@link OriginAccessControl}, {@link OriginRequestPolicy}, {@link
 * PublicKey}, {@link RealtimeLogConfig}, {@link ResponseHeadersPolicy}, {@link
 * StreamingDistribution}, {@link TrustStore}, {@link VpcOrigin}.
 */
package io.tropo4j.resources.cloudfront;
