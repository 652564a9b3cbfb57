// Generated from the AWS service specification by tropo4j's generator. Do not edit.
/**
 * The resource types of {@code AWS::Logs}: {@link AccountPolicy}, {@link Delivery}, {@link
 * DeliveryDestination}, {@link DeliverySource}, {@link Destination}, {@link Integration}, {@link
 * LogAnomalyDetector}, {@link LogGroup}, {@link LogStream}, {@link MetricFilter}, {@link
 * QueryDefinition}, {@link ResourcePolicy}, {@link ScheduledQuery}, {@link StorageTierPolicy},
 * {@link SubscriptionFilter}, {@link Transformer}.
 */
package io.tropo4j.resources.logs;
