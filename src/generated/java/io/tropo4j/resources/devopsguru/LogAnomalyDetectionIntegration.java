// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.devopsguru;

import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.fn.Value;

/**
 * Information about the integration of DevOps Guru with CloudWatch log groups for log anomaly
 * detection.
 *
 * <p>CloudFormation type {@code AWS::DevOpsGuru::LogAnomalyDetectionIntegration}.
 */
public final class LogAnomalyDetectionIntegration extends Resource<LogAnomalyDetectionIntegration> {
  private static final Schema SCHEMA = Schema.builder("AWS::DevOpsGuru::LogAnomalyDetectionIntegration")
      .refYields("AccountId")
      .attributes("AccountId")
      .build();

  public LogAnomalyDetectionIntegration(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The account ID associated with the integration of DevOps Guru with CloudWatch log groups for
   * log anomaly detection.
   *
   * <p>{@code Fn::GetAtt} attribute {@code AccountId}.
   */
  public Value<String> accountId() {
    return getAtt("AccountId");
  }
}
