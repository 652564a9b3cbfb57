// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.kinesisanalyticsv2;

import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.fn.Value;

/**
 * Adds an Amazon CloudWatch log stream to monitor application configuration errors.
 *
 * <p>Only one <em>ApplicationCloudWatchLoggingOption</em> resource can be attached per application.
 *
 * <p>CloudFormation type {@code AWS::KinesisAnalyticsV2::ApplicationCloudWatchLoggingOption}.
 */
public final class ApplicationCloudWatchLoggingOption extends Resource<ApplicationCloudWatchLoggingOption> {
  private static final Schema SCHEMA = Schema.builder("AWS::KinesisAnalyticsV2::ApplicationCloudWatchLoggingOption")
      .required("ApplicationName", "CloudWatchLoggingOption")
      .refYields("Id")
      .attributes("Id")
      .build();

  public ApplicationCloudWatchLoggingOption(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The name of the application.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code
   * ApplicationName}.
   */
  public ApplicationCloudWatchLoggingOption applicationName(String value) {
    return set("ApplicationName", Value.of(value));
  }

  /** Sets {@code ApplicationName} to this value; see {@link #applicationName(String)}. */
  public ApplicationCloudWatchLoggingOption applicationName(Value<String> value) {
    return set("ApplicationName", value);
  }

  /**
   * Provides a description of Amazon CloudWatch logging options, including the log stream Amazon
   * Resource Name (ARN).
   *
   * <p>Required. CloudFormation property {@code CloudWatchLoggingOption}.
   */
  public ApplicationCloudWatchLoggingOption cloudWatchLoggingOption(Value<CloudWatchLoggingOption> value) {
    return set("CloudWatchLoggingOption", value);
  }

  /** {@code Fn::GetAtt} attribute {@code Id}. */
  public Value<String> id() {
    return getAtt("Id");
  }

  /**
   * Provides a description of Amazon CloudWatch logging options, including the log stream Amazon
   * Resource Name (ARN).
   *
   * <p>Property type {@code
   * AWS::KinesisAnalyticsV2::ApplicationCloudWatchLoggingOption.CloudWatchLoggingOption}.
   */
  public static final class CloudWatchLoggingOption extends Struct<CloudWatchLoggingOption> {
    private static final Schema SCHEMA = Schema.builder("AWS::KinesisAnalyticsV2::ApplicationCloudWatchLoggingOption.CloudWatchLoggingOption")
        .required("LogStreamARN")
        .build();

    public CloudWatchLoggingOption() {
      super(SCHEMA);
    }

    /**
     * The ARN of the CloudWatch log to receive application messages.
     *
     * <p>Required. CloudFormation property {@code LogStreamARN}.
     */
    public CloudWatchLoggingOption logStreamARN(String value) {
      return set("LogStreamARN", Value.of(value));
    }

    /** Sets {@code LogStreamARN} to this value; see {@link #logStreamARN(String)}. */
    public CloudWatchLoggingOption logStreamARN(Value<String> value) {
      return set("LogStreamARN", value);
    }
  }
}
