// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.cloudfront;

import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.fn.Value;

/**
 * A monitoring subscription. This structure contains information about whether additional
 * CloudWatch metrics are enabled for a given CloudFront distribution.
 *
 * <p>CloudFormation type {@code AWS::CloudFront::MonitoringSubscription}.
 */
public final class MonitoringSubscription extends Resource<MonitoringSubscription> {
  private static final Schema SCHEMA = Schema.builder("AWS::CloudFront::MonitoringSubscription")
      .required("DistributionId", "MonitoringSubscription")
      .references("DistributionId", "AWS::CloudFront::Distribution.Ref")
      .refYields("DistributionId")
      .build();

  public MonitoringSubscription(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The ID of the distribution that you are enabling metrics for.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code DistributionId}.
   */
  public MonitoringSubscription distributionId(String value) {
    return set("DistributionId", Value.of(value));
  }

  /** Sets {@code DistributionId} to this value; see {@link #distributionId(String)}. */
  public MonitoringSubscription distributionId(Value<String> value) {
    return set("DistributionId", value);
  }

  /**
   * Sets {@code DistributionId} to the Ref of {@code AWS::CloudFront::Distribution}; see {@link
   * #distributionId(String)}.
   */
  public MonitoringSubscription distributionId(Distribution resource) {
    return set("DistributionId", resource.ref());
  }

  /**
   * A subscription configuration for additional CloudWatch metrics.
   *
   * <p>Required. CloudFormation property {@code MonitoringSubscription}.
   */
  public MonitoringSubscription monitoringSubscription(Value<MonitoringSubscriptionProperty> value) {
    return set("MonitoringSubscription", value);
  }

  /**
   * A monitoring subscription. This structure contains information about whether additional
   * CloudWatch metrics are enabled for a given CloudFront distribution.
   *
   * <p>Property type {@code AWS::CloudFront::MonitoringSubscription.MonitoringSubscription}.
   */
  public static final class MonitoringSubscriptionProperty extends Struct<MonitoringSubscriptionProperty> {
    private static final Schema SCHEMA = Schema.of("AWS::CloudFront::MonitoringSubscription.MonitoringSubscription");

    public MonitoringSubscriptionProperty() {
      super(SCHEMA);
    }

    /**
     * A subscription configuration for additional CloudWatch metrics.
     *
     * <p>CloudFormation property {@code RealtimeMetricsSubscriptionConfig}.
     */
    public MonitoringSubscriptionProperty realtimeMetricsSubscriptionConfig(Value<RealtimeMetricsSubscriptionConfig> value) {
      return set("RealtimeMetricsSubscriptionConfig", value);
    }
  }

  /**
   * A subscription configuration for additional CloudWatch metrics.
   *
   * <p>Property type {@code
   * AWS::CloudFront::MonitoringSubscription.RealtimeMetricsSubscriptionConfig}.
   */
  public static final class RealtimeMetricsSubscriptionConfig extends Struct<RealtimeMetricsSubscriptionConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::CloudFront::MonitoringSubscription.RealtimeMetricsSubscriptionConfig")
        .required("RealtimeMetricsSubscriptionStatus")
        .allowed("RealtimeMetricsSubscriptionStatus", "Enabled", "Disabled")
        .build();

    public RealtimeMetricsSubscriptionConfig() {
      super(SCHEMA);
    }

    /**
     * A flag that indicates whether additional CloudWatch metrics are enabled for a given
     * CloudFront distribution.
     *
     * <p>Required. Allowed values: {@code Enabled}, {@code Disabled}. CloudFormation property
     * {@code RealtimeMetricsSubscriptionStatus}.
     */
    public RealtimeMetricsSubscriptionConfig realtimeMetricsSubscriptionStatus(String value) {
      return set("RealtimeMetricsSubscriptionStatus", Value.of(value));
    }

    /**
     * Sets {@code RealtimeMetricsSubscriptionStatus} to this value; see {@link
     * #realtimeMetricsSubscriptionStatus(String)}.
     */
    public RealtimeMetricsSubscriptionConfig realtimeMetricsSubscriptionStatus(Value<String> value) {
      return set("RealtimeMetricsSubscriptionStatus", value);
    }
  }
}
