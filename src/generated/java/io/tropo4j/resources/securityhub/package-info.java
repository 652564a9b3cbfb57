// Generated from the AWS service specification by tropo4j's generator. Do not edit.
/**
 * The resource types of {@code AWS::SecurityHub}: {@link AggregatorV2}, {@link AutomationRule},
 * {@link AutomationRuleV2}, {@link ConfigurationPolicy}, {@link Connector}, {@link ConnectorV2},
 * {@link DelegatedAdmin}, {@link FindingAggregator}, {@link Hub}, {@link HubV2}, {@link Insight},
 * {@link OrganizationConfiguration}, {@link PolicyAssociation}, {@link ProductSubscription}, {@link
 * SecurityControl}, {@link Standard}.
 */
package io.tropo4j.resources.securityhub;
