// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.iot;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.fn.Value;
import io.tropo4j.resources.iam.Role;
import java.util.List;

/**
 * Configure logging.
 *
 * <p>If you already set the log function of AWS IoT Core , you can't deploy the Cloud Development
 * Kit to change the logging settings. You can change the logging settings by either: - Importing
 * the existing logging resource into your CloudFormation stack, such as with the <a
 * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/generate-IaC.html">infrastructure
 * as code generator (IaC generator)</a> . - Calling <code>aws iot set-v2-logging-options
 * --disable-all-logs</code> before creating a new CloudFormation stack. This command disables all
 * AWS IoT logging. As a result, no AWS IoT logs will be delivered to Amazon CloudWatch until you
 * re-enable logging.
 *
 * <p>CloudFormation type {@code AWS::IoT::Logging}.
 */
public final class Logging extends Resource<Logging> {
  private static final Schema SCHEMA = Schema.builder("AWS::IoT::Logging")
      .required("AccountId", "DefaultLogLevel", "RoleArn")
      .constrain("AccountId", Constraint.of().pattern("^[0-9]{12}$").minLength(12).maxLength(12))
      .allowed("DefaultLogLevel", "ERROR", "WARN", "INFO", "DEBUG", "DISABLED")
      .constrain("RoleArn", Constraint.of().minLength(20).maxLength(2048).format("AWS::IAM::Role.Arn"))
      .references("RoleArn", "AWS::IAM::Role.Arn")
      .refYields("AccountId")
      .build();

  public Logging(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The account ID.
   *
   * <p>Required. Changing it replaces the resource. Length: 12 to 12 characters. Pattern: {@code
   * ^[0-9]{12}$}. CloudFormation property {@code AccountId}.
   */
  public Logging accountId(String value) {
    return set("AccountId", Value.of(value));
  }

  /** Sets {@code AccountId} to this value; see {@link #accountId(String)}. */
  public Logging accountId(Value<String> value) {
    return set("AccountId", value);
  }

  /**
   * The default log level. Valid Values: <code>DEBUG | INFO | ERROR | WARN | DISABLED</code>
   *
   * <p>Required. Allowed values: {@code ERROR}, {@code WARN}, {@code INFO}, {@code DEBUG}, {@code
   * DISABLED}. CloudFormation property {@code DefaultLogLevel}.
   */
  public Logging defaultLogLevel(String value) {
    return set("DefaultLogLevel", Value.of(value));
  }

  /** Sets {@code DefaultLogLevel} to this value; see {@link #defaultLogLevel(String)}. */
  public Logging defaultLogLevel(Value<String> value) {
    return set("DefaultLogLevel", value);
  }

  /**
   * Configurations for event-based logging that specifies which event types to log and their
   * logging settings. Overrides account-level logging for the specified event
   *
   * <p>CloudFormation property {@code EventConfigurations}.
   */
  public Logging eventConfigurations(List<EventConfiguration> value) {
    return set("EventConfigurations", Value.listOf(value));
  }

  /** Sets {@code EventConfigurations} to this value; see {@link #eventConfigurations(List)}. */
  public Logging eventConfigurations(Value<List<EventConfiguration>> value) {
    return set("EventConfigurations", value);
  }

  /**
   * Sets {@code EventConfigurations} to a list of these; see {@link #eventConfigurations(List)}.
   */
  public Logging eventConfigurations(EventConfiguration... values) {
    return set("EventConfigurations", Value.list(values));
  }

  /**
   * The role ARN used for the log.
   *
   * <p>Required. Length: 20 to 2048 characters. Format: {@code AWS::IAM::Role.Arn}. CloudFormation
   * property {@code RoleArn}.
   */
  public Logging roleArn(String value) {
    return set("RoleArn", Value.of(value));
  }

  /** Sets {@code RoleArn} to this value; see {@link #roleArn(String)}. */
  public Logging roleArn(Value<String> value) {
    return set("RoleArn", value);
  }

  /** Sets {@code RoleArn} to the Arn of {@code AWS::IAM::Role}; see {@link #roleArn(String)}. */
  public Logging roleArn(Role resource) {
    return set("RoleArn", resource.arn());
  }

  /**
   * Configuration for event-based logging that specifies which event types to log and their logging
   * settings. Used for account-level logging overrides.
   *
   * <p>Property type {@code AWS::IoT::Logging.EventConfiguration}.
   */
  public static final class EventConfiguration extends Struct<EventConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::IoT::Logging.EventConfiguration")
        .required("EventType")
        .constrain("EventType", Constraint.of().minLength(1).maxLength(512))
        .constrain("LogDestination", Constraint.of().pattern("^(?!aws/)[a-zA-Z0-9_\\-/.#]+$").minLength(1).maxLength(512))
        .allowed("LogLevel", "ERROR", "WARN", "INFO", "DEBUG", "DISABLED")
        .build();

    public EventConfiguration() {
      super(SCHEMA);
    }

    /**
     * The type of event to log. These include event types like Connect, Publish, and Disconnect.
     *
     * <p>Required. Length: 1 to 512 characters. CloudFormation property {@code EventType}.
     */
    public EventConfiguration eventType(String value) {
      return set("EventType", Value.of(value));
    }

    /** Sets {@code EventType} to this value; see {@link #eventType(String)}. */
    public EventConfiguration eventType(Value<String> value) {
      return set("EventType", value);
    }

    /**
     * CloudWatch Log Group for event-based logging. Specifies where log events should be sent. The
     * log destination for event-based logging overrides default Log Group for the specified event
     * type and applies to all resources associated with that event.
     *
     * <p>Length: 1 to 512 characters. Pattern: {@code ^(?!aws/)[a-zA-Z0-9_&#92;-/.#]+$}.
     * CloudFormation property {@code LogDestination}.
     */
    public EventConfiguration logDestination(String value) {
      return set("LogDestination", Value.of(value));
    }

    /** Sets {@code LogDestination} to this value; see {@link #logDestination(String)}. */
    public EventConfiguration logDestination(Value<String> value) {
      return set("LogDestination", value);
    }

    /**
     * The logging level for the specified event type. Determines the verbosity of log messages
     * generated for this event type.
     *
     * <p>Allowed values: {@code ERROR}, {@code WARN}, {@code INFO}, {@code DEBUG}, {@code
     * DISABLED}. CloudFormation property {@code LogLevel}.
     */
    public EventConfiguration logLevel(String value) {
      return set("LogLevel", Value.of(value));
    }

    /** Sets {@code LogLevel} to this value; see {@link #logLevel(String)}. */
    public EventConfiguration logLevel(Value<String> value) {
      return set("LogLevel", value);
    }
  }
}
