// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.macie;

import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.fn.Value;

/**
 * The <code>AWS::Macie::Session</code> resource represents the Amazon Macie service and certain
 * configuration settings for an Amazon Macie account in a specific AWS Region . It enables Macie to
 * become operational for a specific account in a specific Region. An account can have only one
 * session in each Region.
 *
 * <p>You must create an <code>AWS::Macie::Session</code> resource for an account before you can
 * create other types of resources for the account. Use a <a
 * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-attribute-dependson.html">DependsOn
 * attribute</a> to ensure that an <code>AWS::Macie::Session</code> resource is created before other
 * Macie resources are created for an account. For example, <code>"DependsOn": "Session"</code> .
 *
 * <p>CloudFormation type {@code AWS::Macie::Session}.
 */
public final class Session extends Resource<Session> {
  private static final Schema SCHEMA = Schema.builder("AWS::Macie::Session")
      .allowed("FindingPublishingFrequency", "FIFTEEN_MINUTES", "ONE_HOUR", "SIX_HOURS")
      .allowed("Status", "ENABLED", "PAUSED")
      .refYields("AwsAccountId")
      .attributes("AutomatedDiscoveryStatus", "AwsAccountId", "ServiceRole")
      .build();

  public Session(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * Specifies how often Amazon Macie publishes updates to policy findings for the account. This
   * includes publishing updates to AWS Security Hub CSPM and Amazon EventBridge (formerly Amazon
   * CloudWatch Events ). Valid values are:
   *
   * <ul> <li>FIFTEEN_MINUTES <li>ONE_HOUR <li>SIX_HOURS </ul>
   *
   * <p>Allowed values: {@code FIFTEEN_MINUTES}, {@code ONE_HOUR}, {@code SIX_HOURS}. Default:
   * {@code "SIX_HOURS"}. CloudFormation property {@code FindingPublishingFrequency}.
   */
  public Session findingPublishingFrequency(String value) {
    return set("FindingPublishingFrequency", Value.of(value));
  }

  /**
   * Sets {@code FindingPublishingFrequency} to this value; see {@link
   * #findingPublishingFrequency(String)}.
   */
  public Session findingPublishingFrequency(Value<String> value) {
    return set("FindingPublishingFrequency", value);
  }

  /**
   * The status of Amazon Macie for the account. Valid values are: <code>ENABLED</code> , start or
   * resume Macie activities for the account; and, <code>PAUSED</code> , suspend Macie activities
   * for the account.
   *
   * <p>Allowed values: {@code ENABLED}, {@code PAUSED}. Default: {@code "ENABLED"}. CloudFormation
   * property {@code Status}.
   */
  public Session status(String value) {
    return set("Status", Value.of(value));
  }

  /** Sets {@code Status} to this value; see {@link #status(String)}. */
  public Session status(Value<String> value) {
    return set("Status", value);
  }

  /**
   * The status of automated sensitive data discovery for the account. Possible values are:
   * <code>ENABLED</code> , perform automated sensitive data discovery activities for the account;
   * and, <code>DISABLED</code> , don't perform automated sensitive data discovery activities for
   * the account.
   *
   * <p>{@code Fn::GetAtt} attribute {@code AutomatedDiscoveryStatus}.
   */
  public Value<String> automatedDiscoveryStatus() {
    return getAtt("AutomatedDiscoveryStatus");
  }

  /**
   * The account ID for the AWS account in which the Amazon Macie session is created.
   *
   * <p>{@code Fn::GetAtt} attribute {@code AwsAccountId}.
   */
  public Value<String> awsAccountId() {
    return getAtt("AwsAccountId");
  }

  /**
   * The Amazon Resource Name (ARN) of the service-linked role that allows Amazon Macie to monitor
   * and analyze data in AWS resources for the account.
   *
   * <p>{@code Fn::GetAtt} attribute {@code ServiceRole}.
   */
  public Value<String> serviceRole() {
    return getAtt("ServiceRole");
  }
}
