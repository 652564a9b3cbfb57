// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.greengrass;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Json;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * The <code>AWS::Greengrass::LoggerDefinition</code> resource represents a logger definition for
 * AWS IoT Greengrass . Logger definitions are used to organize your logger definition versions.
 *
 * <p>Logger definitions can reference multiple logger definition versions. All logger definition
 * versions must be associated with a logger definition. Each logger definition version can contain
 * one or more loggers.
 *
 * <p>When you create a logger definition, you can optionally include an initial logger definition
 * version. To associate a logger definition version later, create an <a
 * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-greengrass-loggerdefinitionversion.html"><code>AWS::Greengrass::LoggerDefinitionVersion</code></a>
 * resource and specify the ID of this logger definition. After you create the logger definition
 * version that contains the loggers you want to deploy, you must add it to your group version. For
 * more information, see <a
 * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-greengrass-group.html"><code>AWS::Greengrass::Group</code></a>
 * .
 *
 * <p>CloudFormation type {@code AWS::Greengrass::LoggerDefinition}.
 */
public final class LoggerDefinition extends Resource<LoggerDefinition> {
  private static final Schema SCHEMA = Schema.builder("AWS::Greengrass::LoggerDefinition")
      .required("Name")
      .constrain("Tags", Constraint.of().format("json"))
      .refYields("Id")
      .attributes("Arn", "Id", "LatestVersionArn", "Name")
      .tags("Tags", Schema.TagForm.MAP)
      .build();

  public LoggerDefinition(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The logger definition version to include when the logger definition is created. A logger
   * definition version contains a list of <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-greengrass-loggerdefinition-logger.html"><code>logger</code></a>
   * property types.
   *
   * <p>To associate a logger definition version after the logger definition is created, create an
   * <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-greengrass-loggerdefinitionversion.html"><code>AWS::Greengrass::LoggerDefinitionVersion</code></a>
   * resource and specify the ID of this logger definition.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code InitialVersion}.
   */
  public LoggerDefinition initialVersion(Value<LoggerDefinitionVersion> value) {
    return set("InitialVersion", value);
  }

  /**
   * The name of the logger definition.
   *
   * <p>Required. CloudFormation property {@code Name}.
   */
  public LoggerDefinition name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public LoggerDefinition name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * Application-specific metadata to attach to the logger definition. You can use tags in IAM
   * policies to control access to AWS IoT Greengrass resources. You can also use tags to categorize
   * your resources. For more information, see <a
   * href="https://docs.aws.amazon.com/greengrass/v1/developerguide/tagging.html">Tagging Your AWS
   * IoT Greengrass Resources</a> in the <em>Developer Guide</em> .
   *
   * <p>This <code>Json</code> property type is processed as a map of key-value pairs. It uses the
   * following format, which is different from most <code>Tags</code> implementations in
   * CloudFormation templates.
   *
   * <p>```json "Tags": { "KeyName0": "value", "KeyName1": "value", "KeyName2": "value" } ```
   *
   * <p>Format: {@code json}. CloudFormation property {@code Tags}.
   */
  public LoggerDefinition tags(Value<Json> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a map of key to value; see {@link #tags(Value)}. */
  public LoggerDefinition tags(Tags tags) {
    return set("Tags", tags.asMap());
  }

  /**
   * The Amazon Resource Name (ARN) of the <code>LoggerDefinition</code> , such as
   * <code>arn:aws:greengrass:us-east-1:
   * :/greengrass/definition/loggers/1234a5b6-78cd-901e-2fgh-3i45j6k178l9</code> .
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * The ID of the <code>LoggerDefinition</code> , such as
   * <code>1234a5b6-78cd-901e-2fgh-3i45j6k178l9</code> .
   *
   * <p>{@code Fn::GetAtt} attribute {@code Id}.
   */
  public Value<String> id() {
    return getAtt("Id");
  }

  /**
   * The ARN of the last <code>LoggerDefinitionVersion</code> that was added to the
   * <code>LoggerDefinition</code> , such as <code>arn:aws:greengrass:us-east-1:
   * :/greengrass/definition/loggers/1234a5b6-78cd-901e-2fgh-3i45j6k178l9/versions/9876ac30-4bdb-4f9d-95af-b5fdb66be1a2</code>
   * .
   *
   * <p>{@code Fn::GetAtt} attribute {@code LatestVersionArn}.
   */
  public Value<String> latestVersionArn() {
    return getAtt("LatestVersionArn");
  }

  /**
   * The name of the <code>LoggerDefinition</code> , such as <code>MyLoggerDefinition</code> .
   *
   * <p>{@code Fn::GetAtt} attribute {@code Name}.
   */
  public Value<String> name() {
    return getAtt("Name");
  }

  /**
   * A logger represents logging settings for the AWS IoT Greengrass group, which can be stored in
   * CloudWatch and the local file system of your core device. All log entries include a timestamp,
   * log level, and information about the event. For more information, see <a
   * href="https://docs.aws.amazon.com/greengrass/v1/developerguide/greengrass-logs-overview.html">Monitoring
   * with AWS IoT Greengrass Logs</a> in the <em>Developer Guide</em> .
   *
   * <p>In an CloudFormation template, the <code>Loggers</code> property of the <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-greengrass-loggerdefinition-loggerdefinitionversion.html"><code>LoggerDefinitionVersion</code></a>
   * property type contains a list of <code>Logger</code> property types.
   *
   * <p>Property type {@code AWS::Greengrass::LoggerDefinition.Logger}.
   */
  public static final class Logger extends Struct<Logger> {
    private static final Schema SCHEMA = Schema.builder("AWS::Greengrass::LoggerDefinition.Logger")
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

  /**
   * A logger definition version contains a list of <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-greengrass-loggerdefinition-logger.html">loggers</a>
   * .
   *
   * <p>After you create a logger definition version that contains the loggers you want to deploy,
   * you must add it to your group version. For more information, see <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-greengrass-group.html"><code>AWS::Greengrass::Group</code></a>
   * .
   *
   * <p>In an CloudFormation template, <code>LoggerDefinitionVersion</code> is the property type of
   * the <code>InitialVersion</code> property in the <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-greengrass-loggerdefinition.html"><code>AWS::Greengrass::LoggerDefinition</code></a>
   * resource.
   *
   * <p>Property type {@code AWS::Greengrass::LoggerDefinition.LoggerDefinitionVersion}.
   */
  public static final class LoggerDefinitionVersion extends Struct<LoggerDefinitionVersion> {
    private static final Schema SCHEMA = Schema.builder("AWS::Greengrass::LoggerDefinition.LoggerDefinitionVersion")
        .required("Loggers")
        .build();

    public LoggerDefinitionVersion() {
      super(SCHEMA);
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
  }
}
