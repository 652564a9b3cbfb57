// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.lookoutmetrics;

import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.fn.Value;
import io.tropo4j.resources.iam.Role;

/**
 * End of support notice: On Oct 9, 2025, AWS will end support for Amazon Lookout for Metrics. After
 * Oct 9, 2025, you will no longer be able to access the Amazon Lookout for Metrics console or
 * Amazon Lookout for Metrics resources. For more information, see <a
 * href="https://docs.aws.amazon.com//blogs/machine-learning/transitioning-off-amazon-lookout-for-metrics/">Amazon
 * Lookout for Metrics end of support</a> .
 *
 * <p>The <code>AWS::LookoutMetrics::Alert</code> type creates an alert for an anomaly detector.
 *
 * <p>CloudFormation type {@code AWS::LookoutMetrics::Alert}.
 */
public final class Alert extends Resource<Alert> {
  private static final Schema SCHEMA = Schema.builder("AWS::LookoutMetrics::Alert")
      .required("Action", "AlertSensitivityThreshold", "AnomalyDetectorArn")
      .attributes("Arn")
      .build();

  public Alert(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * Action that will be triggered when there is an alert.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code Action}.
   */
  public Alert action(Value<Action> value) {
    return set("Action", value);
  }

  /**
   * A description of the alert.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code AlertDescription}.
   */
  public Alert alertDescription(String value) {
    return set("AlertDescription", Value.of(value));
  }

  /** Sets {@code AlertDescription} to this value; see {@link #alertDescription(String)}. */
  public Alert alertDescription(Value<String> value) {
    return set("AlertDescription", value);
  }

  /**
   * The name of the alert.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code AlertName}.
   */
  public Alert alertName(String value) {
    return set("AlertName", Value.of(value));
  }

  /** Sets {@code AlertName} to this value; see {@link #alertName(String)}. */
  public Alert alertName(Value<String> value) {
    return set("AlertName", value);
  }

  /**
   * An integer from 0 to 100 specifying the alert sensitivity threshold.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code
   * AlertSensitivityThreshold}.
   */
  public Alert alertSensitivityThreshold(int value) {
    return set("AlertSensitivityThreshold", Value.of(value));
  }

  /**
   * Sets {@code AlertSensitivityThreshold} to this value; see {@link
   * #alertSensitivityThreshold(int)}.
   */
  public Alert alertSensitivityThreshold(Value<Integer> value) {
    return set("AlertSensitivityThreshold", value);
  }

  /**
   * The ARN of the detector to which the alert is attached.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code
   * AnomalyDetectorArn}.
   */
  public Alert anomalyDetectorArn(String value) {
    return set("AnomalyDetectorArn", Value.of(value));
  }

  /** Sets {@code AnomalyDetectorArn} to this value; see {@link #anomalyDetectorArn(String)}. */
  public Alert anomalyDetectorArn(Value<String> value) {
    return set("AnomalyDetectorArn", value);
  }

  /**
   * The Amazon Resource Name (ARN) of the alert. For example,
   * <code>arn:aws:lookoutmetrics:us-east-2:123456789012:Alert:my-alert</code>
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * A configuration that specifies the action to perform when anomalies are detected.
   *
   * <p>Property type {@code AWS::LookoutMetrics::Alert.Action}.
   */
  public static final class Action extends Struct<Action> {
    private static final Schema SCHEMA = Schema.of("AWS::LookoutMetrics::Alert.Action");

    public Action() {
      super(SCHEMA);
    }

    /**
     * A configuration for an AWS Lambda channel.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code LambdaConfiguration}.
     */
    public Action lambdaConfiguration(Value<LambdaConfiguration> value) {
      return set("LambdaConfiguration", value);
    }

    /**
     * A configuration for an Amazon SNS channel.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code SNSConfiguration}.
     */
    public Action snsConfiguration(Value<SNSConfiguration> value) {
      return set("SNSConfiguration", value);
    }
  }

  /**
   * Contains information about a Lambda configuration.
   *
   * <p>Property type {@code AWS::LookoutMetrics::Alert.LambdaConfiguration}.
   */
  public static final class LambdaConfiguration extends Struct<LambdaConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::LookoutMetrics::Alert.LambdaConfiguration")
        .required("LambdaArn", "RoleArn")
        .references("RoleArn", "AWS::IAM::Role.Arn")
        .build();

    public LambdaConfiguration() {
      super(SCHEMA);
    }

    /**
     * The ARN of the Lambda function.
     *
     * <p>Required. Changing it replaces the resource. CloudFormation property {@code LambdaArn}.
     */
    public LambdaConfiguration lambdaArn(String value) {
      return set("LambdaArn", Value.of(value));
    }

    /** Sets {@code LambdaArn} to this value; see {@link #lambdaArn(String)}. */
    public LambdaConfiguration lambdaArn(Value<String> value) {
      return set("LambdaArn", value);
    }

    /**
     * The ARN of an IAM role that has permission to invoke the Lambda function.
     *
     * <p>Required. Changing it replaces the resource. CloudFormation property {@code RoleArn}.
     */
    public LambdaConfiguration roleArn(String value) {
      return set("RoleArn", Value.of(value));
    }

    /** Sets {@code RoleArn} to this value; see {@link #roleArn(String)}. */
    public LambdaConfiguration roleArn(Value<String> value) {
      return set("RoleArn", value);
    }

    /** Sets {@code RoleArn} to the Arn of {@code AWS::IAM::Role}; see {@link #roleArn(String)}. */
    public LambdaConfiguration roleArn(Role resource) {
      return set("RoleArn", resource.arn());
    }
  }

  /**
   * Contains information about the SNS topic to which you want to send your alerts and the IAM role
   * that has access to that topic.
   *
   * <p>Property type {@code AWS::LookoutMetrics::Alert.SNSConfiguration}.
   */
  public static final class SNSConfiguration extends Struct<SNSConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::LookoutMetrics::Alert.SNSConfiguration")
        .required("RoleArn", "SnsTopicArn")
        .references("RoleArn", "AWS::IAM::Role.Arn")
        .build();

    public SNSConfiguration() {
      super(SCHEMA);
    }

    /**
     * The ARN of the IAM role that has access to the target SNS topic.
     *
     * <p>Required. Changing it replaces the resource. CloudFormation property {@code RoleArn}.
     */
    public SNSConfiguration roleArn(String value) {
      return set("RoleArn", Value.of(value));
    }

    /** Sets {@code RoleArn} to this value; see {@link #roleArn(String)}. */
    public SNSConfiguration roleArn(Value<String> value) {
      return set("RoleArn", value);
    }

    /** Sets {@code RoleArn} to the Arn of {@code AWS::IAM::Role}; see {@link #roleArn(String)}. */
    public SNSConfiguration roleArn(Role resource) {
      return set("RoleArn", resource.arn());
    }

    /**
     * The ARN of the target SNS topic.
     *
     * <p>Required. Changing it replaces the resource. CloudFormation property {@code SnsTopicArn}.
     */
    public SNSConfiguration snsTopicArn(String value) {
      return set("SnsTopicArn", Value.of(value));
    }

    /** Sets {@code SnsTopicArn} to this value; see {@link #snsTopicArn(String)}. */
    public SNSConfiguration snsTopicArn(Value<String> value) {
      return set("SnsTopicArn", value);
    }
  }
}
