// Generated from the AWS service specification by tropo4j's generator. Do not edit.
/**
 * The resource types of {@code AWS::APS}: {@link AnomalyDetector}, {@link ResourcePolicy}, {@link
 * RuleGroupsNamespace}, {@link Scraper}, {@link Workspace}.
 */
package io.tropo4j.resources.aps;
