// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.iot;

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
      .allowed("DefaultLogLevel", "ERROR", "WARN", "INFO", "DEBUG", "DISABLED")
      .build();

  public Logging(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The account ID.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code AccountId}.
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
   * <p>Required. CloudFormation property {@code RoleArn}.
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
        .allowed("LogLevel", "ERROR", "WARN", "INFO", "DEBUG", "DISABLED")
        .build();

    public EventConfiguration() {
      super(SCHEMA);
    }

    /**
     * The type of event to log. These include event types like Connect, Publish, and Disconnect.
     *
     * <p>Required. CloudFormation property {@code EventType}.
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
     * <p>CloudFormation property {@code LogDestination}.
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
