// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.ec2;

import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.fn.Value;

/**
 * Describes Infrastructure Performance subscriptions.
 *
 * <p>CloudFormation type {@code AWS::EC2::NetworkPerformanceMetricSubscription}.
 */
public final class NetworkPerformanceMetricSubscription extends Resource<NetworkPerformanceMetricSubscription> {
  private static final Schema SCHEMA = Schema.builder("AWS::EC2::NetworkPerformanceMetricSubscription")
      .required("Destination", "Metric", "Source", "Statistic")
      .build();

  public NetworkPerformanceMetricSubscription(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The Region or Availability Zone that's the target for the subscription. For example,
   * <code>eu-west-1</code> .
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code Destination}.
   */
  public NetworkPerformanceMetricSubscription destination(String value) {
    return set("Destination", Value.of(value));
  }

  /** Sets {@code Destination} to this value; see {@link #destination(String)}. */
  public NetworkPerformanceMetricSubscription destination(Value<String> value) {
    return set("Destination", value);
  }

  /**
   * The metric used for the subscription.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code Metric}.
   */
  public NetworkPerformanceMetricSubscription metric(String value) {
    return set("Metric", Value.of(value));
  }

  /** Sets {@code Metric} to this value; see {@link #metric(String)}. */
  public NetworkPerformanceMetricSubscription metric(Value<String> value) {
    return set("Metric", value);
  }

  /**
   * The Region or Availability Zone that's the source for the subscription. For example,
   * <code>us-east-1</code> .
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code Source}.
   */
  public NetworkPerformanceMetricSubscription source(String value) {
    return set("Source", Value.of(value));
  }

  /** Sets {@code Source} to this value; see {@link #source(String)}. */
  public NetworkPerformanceMetricSubscription source(Value<String> value) {
    return set("Source", value);
  }

  /**
   * The statistic used for the subscription.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code Statistic}.
   */
  public NetworkPerformanceMetricSubscription statistic(String value) {
    return set("Statistic", Value.of(value));
  }

  /** Sets {@code Statistic} to this value; see {@link #statistic(String)}. */
  public NetworkPerformanceMetricSubscription statistic(Value<String> value) {
    return set("Statistic", value);
  }
}
