// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.greengrass;

import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * The <code>AWS::Greengrass::LoggerDefinitionVersion</code> resource represents a logger definition
 * version for AWS IoT Greengrass . A logger definition version contains a list of loggers.
 *
 * <p>To create a logger definition version, you must specify the ID of the logger definition that
 * you want to associate with the version. For information about creating a logger definition, see
 * <a
 * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-greengrass-loggerdefinition.html"><code>AWS::Greengrass::LoggerDefinition</code></a>
 * . After you create a logger definition version that contains the loggers you want to deploy, you
 * must add it to your group version. For more information, see <a
 * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-greengrass-group.html"><code>AWS::Greengrass::Group</code></a>
 * .
 *
 * <p>CloudFormation type {@code AWS::Greengrass::LoggerDefinitionVersion}.
 */
public final class LoggerDefinitionVersion extends Resource<LoggerDefinitionVersion> {
  private static final Schema SCHEMA = Schema.builder("AWS::Greengrass::LoggerDefinitionVersion")
      .required("LoggerDefinitionId", "Loggers")
      .refYields("Id")
      .attributes("Id")
      .build();

  public LoggerDefinitionVersion(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The ID of the logger definition associated with this version. This value is a GUID.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code
   * LoggerDefinitionId}.
   */
  public LoggerDefinitionVersion loggerDefinitionId(String value) {
    return set("LoggerDefinitionId", Value.of(value));
  }

  /** Sets {@code LoggerDefinitionId} to this value; see {@link #loggerDefinitionId(String)}. */
  public LoggerDefinitionVersion loggerDefinitionId(Value<String> value) {
    return set("LoggerDefinitionId", value);
  }

  /**
   * The loggers in this version.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code Loggers}.
   */
  public LoggerDefinitionVersion loggers(List<Logger> value) {
    return set("Loggers", Value.listOf(value));
  }

  /** Sets {@code Loggers} to this value; see {@link #loggers(List)}. */
  public LoggerDefinitionVersion loggers(Value<List<Logger>> value) {
    return set("Loggers", value);
  }

  /** Sets {@code Loggers} to a list of these; see {@link #loggers(List)}. */
  public LoggerDefinitionVersion loggers(Logger... values) {
    return set("Loggers", Value.list(values));
  }

  /** {@code Fn::GetAtt} attribute {@code Id}. */
  public Value<String> id() {
    return getAtt("Id");
  }

  /**
   * A logger represents logging settings for the AWS IoT Greengrass group, which can be stored in
   * CloudWatch and the local file system of your core device. All log entries include a timestamp,
   * log level, and information about the event. For more information, see <a
   * href="https://docs.aws.amazon.com/greengrass/v1/developerguide/greengrass-logs-overview.html">Monitoring
   * with AWS IoT Greengrass Logs</a> in the <em>Developer Guide</em> .
   *
   * <p>In an CloudFormation template, the <code>Loggers</code> property of the <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-greengrass-loggerdefinitionversion.html"><code>AWS::Greengrass::LoggerDefinitionVersion</code></a>
   * resource contains a list of <code>Logger</code> property types.
   *
   * <p>Property type {@code AWS::Greengrass::LoggerDefinitionVersion.Logger}.
   */
  public static final class Logger extends Struct<Logger> {
    private static final Schema SCHEMA = Schema.builder("AWS::Greengrass::LoggerDefinitionVersion.Logger")
        .required("Component", "Id", "Level", "Type")
        .build();

    public Logger() {
      super(SCHEMA);
    }

    /**
     * The source of the log event. Valid values are <code>GreengrassSystem</code> or
     * <code>Lambda</code> . When <code>GreengrassSystem</code> is used, events from Greengrass
     * system components are logged. When <code>Lambda</code> is used, events from user-defined
     * Lambda functions are logged.
     *
     * <p>Required. Changing it replaces the resource. CloudFormation property {@code Component}.
     */
    public Logger component(String value) {
      return set("Component", Value.of(value));
    }

    /** Sets {@code Component} to this value; see {@link #component(String)}. */
    public Logger component(Value<String> value) {
      return set("Component", value);
    }

    /**
     * A descriptive or arbitrary ID for the logger. This value must be unique within the logger
     * definition version. Maximum length is 128 characters with pattern
     * <code>[a-zA-Z0-9:_-]+</code> .
     *
     * <p>Required. Changing it replaces the resource. CloudFormation property {@code Id}.
     */
    public Logger id(String value) {
      return set("Id", Value.of(value));
    }

    /** Sets {@code Id} to this value; see {@link #id(String)}. */
    public Logger id(Value<String> value) {
      return set("Id", value);
    }

    /**
     * The log-level threshold. Log events below this threshold are filtered out and aren't stored.
     * Valid values are <code>DEBUG</code> , <code>INFO</code> (recommended), <code>WARN</code> ,
     * <code>ERROR</code> , or <code>FATAL</code> .
     *
     * <p>Required. Changing it replaces the resource. CloudFormation property {@code Level}.
     */
    public Logger level(String value) {
      return set("Level", Value.of(value));
    }

    /** Sets {@code Level} to this value; see {@link #level(String)}. */
    public Logger level(Value<String> value) {
      return set("Level", value);
    }

    /**
     * The amount of file space (in KB) to use when writing logs to the local file system. This
     * property does not apply for CloudWatch Logs .
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code Space}.
     */
    public Logger space(int value) {
      return set("Space", Value.of(value));
    }

    /** Sets {@code Space} to this value; see {@link #space(int)}. */
    public Logger space(Value<Integer> value) {
      return set("Space", value);
    }

    /**
     * The storage mechanism for log events. Valid values are <code>FileSystem</code> or
     * <code>AWSCloudWatch</code> . When <code>AWSCloudWatch</code> is used, log events are sent to
     * CloudWatch Logs . When <code>FileSystem</code> is used, log events are stored on the local
     * file system.
     *
     * <p>Required. Changing it replaces the resource. CloudFormation property {@code Type}.
     */
    public Logger type(String value) {
      return set("Type", Value.of(value));
    }

    /** Sets {@code Type} to this value; see {@link #type(String)}. */
    public Logger type(Value<String> value) {
      return set("Type", value);
    }
  }
}
