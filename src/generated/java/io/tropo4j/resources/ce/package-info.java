// Generated from the AWS service specification by tropo4j's generator. Do not edit.
/**
 * The resource types of {@code AWS::CE}: {@link AnomalyMonitor}, {@link AnomalySubscription},
 * {@link CostCategory}.
 */
package io.tropo4j.resources.ce;
