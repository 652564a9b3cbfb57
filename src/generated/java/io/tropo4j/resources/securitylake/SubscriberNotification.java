// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.securitylake;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.fn.Json;
import io.tropo4j.fn.Value;

/**
 * Notifies the subscriber when new data is written to the data lake for the sources that the
 * subscriber consumes in Security Lake. You can create only one subscriber notification per
 * subscriber.
 *
 * <p>CloudFormation type {@code AWS::SecurityLake::SubscriberNotification}.
 */
public final class SubscriberNotification extends Resource<SubscriberNotification> {
  private static final Schema SCHEMA = Schema.builder("AWS::SecurityLake::SubscriberNotification")
      .required("NotificationConfiguration", "SubscriberArn")
      .constrain("SubscriberArn", Constraint.of().pattern("^arn:.*$"))
      .refYields("SubscriberArn")
      .attributes("SubscriberEndpoint")
      .build();

  public SubscriberNotification(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * Specify the configurations you want to use for subscriber notification. The subscriber is
   * notified when new data is written to the data lake for sources that the subscriber consumes in
   * Security Lake .
   *
   * <p>Required. CloudFormation property {@code NotificationConfiguration}.
   */
  public SubscriberNotification notificationConfiguration(Value<NotificationConfiguration> value) {
    return set("NotificationConfiguration", value);
  }

  /**
   * The Amazon Resource Name (ARN) of the Security Lake subscriber.
   *
   * <p>Required. Changing it replaces the resource. Pattern: {@code ^arn:.*$}. CloudFormation
   * property {@code SubscriberArn}.
   */
  public SubscriberNotification subscriberArn(String value) {
    return set("SubscriberArn", Value.of(value));
  }

  /** Sets {@code SubscriberArn} to this value; see {@link #subscriberArn(String)}. */
  public SubscriberNotification subscriberArn(Value<String> value) {
    return set("SubscriberArn", value);
  }

  /**
   * The endpoint the subscriber should listen to for notifications
   *
   * <p>{@code Fn::GetAtt} attribute {@code SubscriberEndpoint}.
   */
  public Value<String> subscriberEndpoint() {
    return getAtt("SubscriberEndpoint");
  }

  /**
   * Specify the configurations you want to use for HTTPS subscriber notification.
   *
   * <p>Property type {@code
   * AWS::SecurityLake::SubscriberNotification.HttpsNotificationConfiguration}.
   */
  public static final class HttpsNotificationConfiguration extends Struct<HttpsNotificationConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::SecurityLake::SubscriberNotification.HttpsNotificationConfiguration")
        .required("Endpoint", "TargetRoleArn")
        .constrain("Endpoint", Constraint.of().pattern("^https?://.+$"))
        .allowed("HttpMethod", "POST", "PUT")
        .constrain("TargetRoleArn", Constraint.of().pattern("^arn:.*$").format("AWS::IAM::Role.Arn"))
        .build();

    public HttpsNotificationConfiguration() {
      super(SCHEMA);
    }

    /**
     * The key name for the notification subscription.
     *
     * <p>CloudFormation property {@code AuthorizationApiKeyName}.
     */
    public HttpsNotificationConfiguration authorizationApiKeyName(String value) {
      return set("AuthorizationApiKeyName", Value.of(value));
    }

    /**
     * Sets {@code AuthorizationApiKeyName} to this value; see {@link
     * #authorizationApiKeyName(String)}.
     */
    public HttpsNotificationConfiguration authorizationApiKeyName(Value<String> value) {
      return set("AuthorizationApiKeyName", value);
    }

    /**
     * The key value for the notification subscription.
     *
     * <p>CloudFormation property {@code AuthorizationApiKeyValue}.
     */
    public HttpsNotificationConfiguration authorizationApiKeyValue(String value) {
      return set("AuthorizationApiKeyValue", Value.of(value));
    }

    /**
     * Sets {@code AuthorizationApiKeyValue} to this value; see {@link
     * #authorizationApiKeyValue(String)}.
     */
    public HttpsNotificationConfiguration authorizationApiKeyValue(Value<String> value) {
      return set("AuthorizationApiKeyValue", value);
    }

    /**
     * The subscription endpoint in Security Lake . If you prefer notification with an HTTPS
     * endpoint, populate this field.
     *
     * <p>Required. Pattern: {@code ^https?://.+$}. CloudFormation property {@code Endpoint}.
     */
    public HttpsNotificationConfiguration endpoint(String value) {
      return set("Endpoint", Value.of(value));
    }

    /** Sets {@code Endpoint} to this value; see {@link #endpoint(String)}. */
    public HttpsNotificationConfiguration endpoint(Value<String> value) {
      return set("Endpoint", value);
    }

    /**
     * The HTTPS method used for the notification subscription.
     *
     * <p>Allowed values: {@code POST}, {@code PUT}. CloudFormation property {@code HttpMethod}.
     */
    public HttpsNotificationConfiguration httpMethod(String value) {
      return set("HttpMethod", Value.of(value));
    }

    /** Sets {@code HttpMethod} to this value; see {@link #httpMethod(String)}. */
    public HttpsNotificationConfiguration httpMethod(Value<String> value) {
      return set("HttpMethod", value);
    }

    /**
     * The Amazon Resource Name (ARN) of the EventBridge API destinations IAM role that you created.
     * For more information about ARNs and how to use them in policies, see <a
     * href="https://docs.aws.amazon.com///security-lake/latest/userguide/subscriber-data-access.html">Managing
     * data access</a> and <a
     * href="https://docs.aws.amazon.com//security-lake/latest/userguide/security-iam-awsmanpol.html">AWS
     * Managed Policies</a> in the <em>Amazon Security Lake User Guide</em> .
     *
     * <p>Required. Pattern: {@code ^arn:.*$}. Format: {@code AWS::IAM::Role.Arn}. CloudFormation
     * property {@code TargetRoleArn}.
     */
    public HttpsNotificationConfiguration targetRoleArn(String value) {
      return set("TargetRoleArn", Value.of(value));
    }

    /** Sets {@code TargetRoleArn} to this value; see {@link #targetRoleArn(String)}. */
    public HttpsNotificationConfiguration targetRoleArn(Value<String> value) {
      return set("TargetRoleArn", value);
    }
  }

  /**
   * Specify the configurations you want to use for subscriber notification. The subscriber is
   * notified when new data is written to the data lake for sources that the subscriber consumes in
   * Security Lake .
   *
   * <p>Property type {@code AWS::SecurityLake::SubscriberNotification.NotificationConfiguration}.
   */
  public static final class NotificationConfiguration extends Struct<NotificationConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::SecurityLake::SubscriberNotification.NotificationConfiguration")
        .constrain("SqsNotificationConfiguration", Constraint.of().format("json"))
        .build();

    public NotificationConfiguration() {
      super(SCHEMA);
    }

    /**
     * The configurations used for HTTPS subscriber notification.
     *
     * <p>CloudFormation property {@code HttpsNotificationConfiguration}.
     */
    public NotificationConfiguration httpsNotificationConfiguration(Value<HttpsNotificationConfiguration> value) {
      return set("HttpsNotificationConfiguration", value);
    }

    /**
     * The configurations for SQS subscriber notification. The members of this structure are
     * context-dependent.
     *
     * <p>Format: {@code json}. CloudFormation property {@code SqsNotificationConfiguration}.
     */
    public NotificationConfiguration sqsNotificationConfiguration(Value<Json> value) {
      return set("SqsNotificationConfiguration", value);
    }
  }
}
