// Generated from the AWS service specification by tropo4j's generator. Do not edit.
/**
 * The resource types of {@code AWS::Config}: {@link AggregationAuthorization}, {@link ConfigRule},
 * {@link ConfigurationAggregator}, {@link ConfigurationRecorder}, {@link ConformancePack}, {@link
 * Connector}, {@link DeliveryChannel}, {@link OrganizationConfigRule}, {@link
 * OrganizationConformancePack}, {@link RemediationConfiguration}, {@link StoredQuery}.
 */
package io.tropo4j.resources.config;
