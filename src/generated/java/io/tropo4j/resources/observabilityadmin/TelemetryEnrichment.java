// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.observabilityadmin;

import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.fn.Value;

/**
 * AWS::ObservabilityAdmin::TelemetryEnrichment cloudformation resource enables the resource tags
 * for telemetry feature in CloudWatch to enrich infrastructure metrics with AWS resource tags. For
 * more details:
 * https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/resource-tags-for-telemetry.html
 *
 * <p>CloudFormation type {@code AWS::ObservabilityAdmin::TelemetryEnrichment}.
 */
public final class TelemetryEnrichment extends Resource<TelemetryEnrichment> {
  private static final Schema SCHEMA = Schema.builder("AWS::ObservabilityAdmin::TelemetryEnrichment")
      .required("Scope")
      .allowed("Scope", "ACCOUNT")
      .refYields("Scope")
      .attributes("Status")
      .build();

  public TelemetryEnrichment(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * Scope of the Telemetry Enrichment
   *
   * <p>Required. Changing it replaces the resource. Allowed values: {@code ACCOUNT}. CloudFormation
   * property {@code Scope}.
   */
  public TelemetryEnrichment scope(String value) {
    return set("Scope", Value.of(value));
  }

  /** Sets {@code Scope} to this value; see {@link #scope(String)}. */
  public TelemetryEnrichment scope(Value<String> value) {
    return set("Scope", value);
  }

  /**
   * Current status of the resource tags for telemetry feature (Running, Stopped, or Impaired).
   *
   * <p>{@code Fn::GetAtt} attribute {@code Status}.
   */
  public Value<String> status() {
    return getAtt("Status");
  }
}
