// Generated from the AWS service specification by tropo4j's generator. Do not edit.
/**
 * The resource types of {@code AWS::ElasticLoadBalancingV2}: {@link Listener}, {@link
 * ListenerCertificate}, {@link ListenerRule}, {@link LoadBalancer}, {@link TargetGroup}, {@link
 * TrustStore}, {@link TrustStoreRevocation}.
 */
package io.tropo4j.resources.elasticloadbalancingv2;
