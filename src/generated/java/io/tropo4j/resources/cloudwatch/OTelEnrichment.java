// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.cloudwatch;

import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.fn.Value;

/**
 * AWS::CloudWatch::OTelEnrichment enables OTel metric enrichment in CloudWatch, allowing CloudWatch
 * vended metrics to be available for PromQL querying enriched with AWS resource tags and metadata.
 *
 * <p>CloudFormation type {@code AWS::CloudWatch::OTelEnrichment}.
 */
public final class OTelEnrichment extends Resource<OTelEnrichment> {
  private static final Schema SCHEMA = Schema.builder("AWS::CloudWatch::OTelEnrichment")
      .refYields("AccountId")
      .attributes("AccountId", "Status")
      .build();

  public OTelEnrichment(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The AWS account ID. This is the primary identifier for this singleton resource.
   *
   * <p>{@code Fn::GetAtt} attribute {@code AccountId}.
   */
  public Value<String> accountId() {
    return getAtt("AccountId");
  }

  /**
   * Current status of OTel enrichment (RUNNING or STOPPED).
   *
   * <p>{@code Fn::GetAtt} attribute {@code Status}.
   */
  public Value<String> status() {
    return getAtt("Status");
  }
}
