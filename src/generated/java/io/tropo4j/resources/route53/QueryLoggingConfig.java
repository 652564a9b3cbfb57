// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.route53;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.fn.Value;

/**
 * Resource Type definition for AWS::Route53::QueryLoggingConfig. Creates a configuration for DNS
 * query logging, which publishes query logs for a public hosted zone to an Amazon CloudWatch Logs
 * log group.
 *
 * <p>CloudFormation type {@code AWS::Route53::QueryLoggingConfig}.
 */
public final class QueryLoggingConfig extends Resource<QueryLoggingConfig> {
  private static final Schema SCHEMA = Schema.builder("AWS::Route53::QueryLoggingConfig")
      .required("CloudWatchLogsLogGroupArn", "HostedZoneId")
      .constrain("HostedZoneId", Constraint.of().minLength(0).maxLength(32))
      .refYields("Arn")
      .attributes("Arn", "Id")
      .build();

  public QueryLoggingConfig(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The Amazon Resource Name (ARN) of the CloudWatch Logs log group in us-east-1 that Amazon Route
   * 53 publishes query logs to.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code
   * CloudWatchLogsLogGroupArn}.
   */
  public QueryLoggingConfig cloudWatchLogsLogGroupArn(String value) {
    return set("CloudWatchLogsLogGroupArn", Value.of(value));
  }

  /**
   * Sets {@code CloudWatchLogsLogGroupArn} to this value; see {@link
   * #cloudWatchLogsLogGroupArn(String)}.
   */
  public QueryLoggingConfig cloudWatchLogsLogGroupArn(Value<String> value) {
    return set("CloudWatchLogsLogGroupArn", value);
  }

  /**
   * The ID of the public hosted zone that Amazon Route 53 logs queries for.
   *
   * <p>Required. Changing it replaces the resource. Length: 0 to 32 characters. CloudFormation
   * property {@code HostedZoneId}.
   */
  public QueryLoggingConfig hostedZoneId(String value) {
    return set("HostedZoneId", Value.of(value));
  }

  /** Sets {@code HostedZoneId} to this value; see {@link #hostedZoneId(String)}. */
  public QueryLoggingConfig hostedZoneId(Value<String> value) {
    return set("HostedZoneId", value);
  }

  /**
   * The Amazon Resource Name (ARN) of the query logging configuration.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * The ID that Amazon Route 53 assigns to the configuration for DNS query logging.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Id}.
   */
  public Value<String> id() {
    return getAtt("Id");
  }
}
