// Generated from the AWS service specification by tropo4j's generator. Do not edit.
/**
 * The resource types of {@code AWS::OpsWorks}: {@link App}, {@link ElasticLoadBalancerAttachment},
 * {@link Instance}, {@link Layer}, {@link Stack}, {@link UserProfile}, {@link Volume}.
 */
package io.tropo4j.resources.opsworks;
