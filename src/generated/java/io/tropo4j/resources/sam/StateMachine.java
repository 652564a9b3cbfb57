// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.sam;

import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Json;
import io.tropo4j.fn.Value;
import java.util.List;
import java.util.Map;

/**
 * https://docs.aws.amazon.com/serverless-application-model/latest/developerguide/sam-resource-statemachine.html
 *
 * <p>CloudFormation type {@code AWS::Serverless::StateMachine}.
 */
public final class StateMachine extends Resource<StateMachine> {
  private static final Schema SCHEMA = Schema.builder("AWS::Serverless::StateMachine")
      .tags("Tags", Schema.TagForm.MAP)
      .build();

  public StateMachine(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /** Changing it replaces the resource. CloudFormation property {@code Definition}. */
  public StateMachine definition(Value<Json> value) {
    return set("Definition", value);
  }

  /** Changing it replaces the resource. CloudFormation property {@code DefinitionSubstitutions}. */
  public StateMachine definitionSubstitutions(Map<String, String> value) {
    return set("DefinitionSubstitutions", Value.mapOf(value));
  }

  /**
   * Sets {@code DefinitionSubstitutions} to this value; see {@link #definitionSubstitutions(Map)}.
   */
  public StateMachine definitionSubstitutions(Value<Map<String, String>> value) {
    return set("DefinitionSubstitutions", value);
  }

  /** Changing it replaces the resource. CloudFormation property {@code DefinitionUri}. */
  public StateMachine definitionUri(String value) {
    return set("DefinitionUri", Value.of(value));
  }

  /** Sets {@code DefinitionUri} to this value; see {@link #definitionUri(String)}. */
  public StateMachine definitionUri(Value<String> value) {
    return set("DefinitionUri", value);
  }

  /** Sets {@code DefinitionUri} to this value; see {@link #definitionUri(String)}. */
  public StateMachine definitionUri(S3Location value) {
    return set("DefinitionUri", value);
  }

  /** Changing it replaces the resource. CloudFormation property {@code Events}. */
  public StateMachine events(Map<String, EventSource> value) {
    return set("Events", Value.mapOf(value));
  }

  /** Sets {@code Events} to this value; see {@link #events(Map)}. */
  public StateMachine events(Value<Map<String, EventSource>> value) {
    return set("Events", value);
  }

  /** Changing it replaces the resource. CloudFormation property {@code Logging}. */
  public StateMachine logging(Value<LoggingConfiguration> value) {
    return set("Logging", value);
  }

  /** Changing it replaces the resource. CloudFormation property {@code Name}. */
  public StateMachine name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public StateMachine name(Value<String> value) {
    return set("Name", value);
  }

  /** Changing it replaces the resource. CloudFormation property {@code PermissionsBoundaries}. */
  public StateMachine permissionsBoundaries(String value) {
    return set("PermissionsBoundaries", Value.of(value));
  }

  /**
   * Sets {@code PermissionsBoundaries} to this value; see {@link #permissionsBoundaries(String)}.
   */
  public StateMachine permissionsBoundaries(Value<String> value) {
    return set("PermissionsBoundaries", value);
  }

  /** Changing it replaces the resource. CloudFormation property {@code Policies}. */
  public StateMachine policies(String value) {
    return set("Policies", Value.of(value));
  }

  /** Sets {@code Policies} to this value; see {@link #policies(String)}. */
  public StateMachine policies(Value<String> value) {
    return set("Policies", value);
  }

  /** Sets {@code Policies} to this value; see {@link #policies(String)}. */
  public StateMachine policies(IAMPolicyDocument value) {
    return set("Policies", value);
  }

  /** Sets {@code Policies} to this value; see {@link #policies(String)}. */
  public StateMachine policies(List<Object> value) {
    return set("Policies", Value.listOf(value));
  }

  /** Changing it replaces the resource. CloudFormation property {@code Role}. */
  public StateMachine role(String value) {
    return set("Role", Value.of(value));
  }

  /** Sets {@code Role} to this value; see {@link #role(String)}. */
  public StateMachine role(Value<String> value) {
    return set("Role", value);
  }

  /** Changing it replaces the resource. CloudFormation property {@code Tags}. */
  public StateMachine tags(Map<String, String> value) {
    return set("Tags", Value.mapOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(Map)}. */
  public StateMachine tags(Value<Map<String, String>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a map of key to value; see {@link #tags(Map)}. */
  public StateMachine tags(Tags tags) {
    return set("Tags", tags.asMap());
  }

  /** Changing it replaces the resource. CloudFormation property {@code Tracing}. */
  public StateMachine tracing(Value<TracingConfiguration> value) {
    return set("Tracing", value);
  }

  /** Changing it replaces the resource. CloudFormation property {@code Type}. */
  public StateMachine typeProperty(String value) {
    return set("Type", Value.of(value));
  }

  /** Sets {@code Type} to this value; see {@link #typeProperty(String)}. */
  public StateMachine typeProperty(Value<String> value) {
    return set("Type", value);
  }

  /** Property type {@code AWS::Serverless::StateMachine.ApiEvent}. */
  public static final class ApiEvent extends Struct<ApiEvent> {
    private static final Schema SCHEMA = Schema.builder("AWS::Serverless::StateMachine.ApiEvent")
        .required("Method", "Path")
        .build();

    public ApiEvent() {
      super(SCHEMA);
    }

    /** Required. Changing it replaces the resource. CloudFormation property {@code Method}. */
    public ApiEvent method(String value) {
      return set("Method", Value.of(value));
    }

    /** Sets {@code Method} to this value; see {@link #method(String)}. */
    public ApiEvent method(Value<String> value) {
      return set("Method", value);
    }

    /** Required. Changing it replaces the resource. CloudFormation property {@code Path}. */
    public ApiEvent path(String value) {
      return set("Path", Value.of(value));
    }

    /** Sets {@code Path} to this value; see {@link #path(String)}. */
    public ApiEvent path(Value<String> value) {
      return set("Path", value);
    }

    /** Changing it replaces the resource. CloudFormation property {@code RestApiId}. */
    public ApiEvent restApiId(String value) {
      return set("RestApiId", Value.of(value));
    }

    /** Sets {@code RestApiId} to this value; see {@link #restApiId(String)}. */
    public ApiEvent restApiId(Value<String> value) {
      return set("RestApiId", value);
    }
  }

  /** Property type {@code AWS::Serverless::StateMachine.CloudWatchEventEvent}. */
  public static final class CloudWatchEventEvent extends Struct<CloudWatchEventEvent> {
    private static final Schema SCHEMA = Schema.builder("AWS::Serverless::StateMachine.CloudWatchEventEvent")
        .required("Pattern")
        .build();

    public CloudWatchEventEvent() {
      super(SCHEMA);
    }

    /** Changing it replaces the resource. CloudFormation property {@code EventBusName}. */
    public CloudWatchEventEvent eventBusName(String value) {
      return set("EventBusName", Value.of(value));
    }

    /** Sets {@code EventBusName} to this value; see {@link #eventBusName(String)}. */
    public CloudWatchEventEvent eventBusName(Value<String> value) {
      return set("EventBusName", value);
    }

    /** Changing it replaces the resource. CloudFormation property {@code Input}. */
    public CloudWatchEventEvent input(String value) {
      return set("Input", Value.of(value));
    }

    /** Sets {@code Input} to this value; see {@link #input(String)}. */
    public CloudWatchEventEvent input(Value<String> value) {
      return set("Input", value);
    }

    /** Changing it replaces the resource. CloudFormation property {@code InputPath}. */
    public CloudWatchEventEvent inputPath(String value) {
      return set("InputPath", Value.of(value));
    }

    /** Sets {@code InputPath} to this value; see {@link #inputPath(String)}. */
    public CloudWatchEventEvent inputPath(Value<String> value) {
      return set("InputPath", value);
    }

    /** Required. Changing it replaces the resource. CloudFormation property {@code Pattern}. */
    public CloudWatchEventEvent pattern(Value<Json> value) {
      return set("Pattern", value);
    }
  }

  /** Property type {@code AWS::Serverless::StateMachine.CloudWatchLogsLogGroup}. */
  public static final class CloudWatchLogsLogGroup extends Struct<CloudWatchLogsLogGroup> {
    private static final Schema SCHEMA = Schema.builder("AWS::Serverless::StateMachine.CloudWatchLogsLogGroup")
        .required("LogGroupArn")
        .build();

    public CloudWatchLogsLogGroup() {
      super(SCHEMA);
    }

    /** Required. Changing it replaces the resource. CloudFormation property {@code LogGroupArn}. */
    public CloudWatchLogsLogGroup logGroupArn(String value) {
      return set("LogGroupArn", Value.of(value));
    }

    /** Sets {@code LogGroupArn} to this value; see {@link #logGroupArn(String)}. */
    public CloudWatchLogsLogGroup logGroupArn(Value<String> value) {
      return set("LogGroupArn", value);
    }
  }

  /** Property type {@code AWS::Serverless::StateMachine.EventBridgeRuleEvent}. */
  public static final class EventBridgeRuleEvent extends Struct<EventBridgeRuleEvent> {
    private static final Schema SCHEMA = Schema.builder("AWS::Serverless::StateMachine.EventBridgeRuleEvent")
        .required("Pattern")
        .build();

    public EventBridgeRuleEvent() {
      super(SCHEMA);
    }

    /** Changing it replaces the resource. CloudFormation property {@code EventBusName}. */
    public EventBridgeRuleEvent eventBusName(String value) {
      return set("EventBusName", Value.of(value));
    }

    /** Sets {@code EventBusName} to this value; see {@link #eventBusName(String)}. */
    public EventBridgeRuleEvent eventBusName(Value<String> value) {
      return set("EventBusName", value);
    }

    /** Changing it replaces the resource. CloudFormation property {@code Input}. */
    public EventBridgeRuleEvent input(String value) {
      return set("Input", Value.of(value));
    }

    /** Sets {@code Input} to this value; see {@link #input(String)}. */
    public EventBridgeRuleEvent input(Value<String> value) {
      return set("Input", value);
    }

    /** Changing it replaces the resource. CloudFormation property {@code InputPath}. */
    public EventBridgeRuleEvent inputPath(String value) {
      return set("InputPath", Value.of(value));
    }

    /** Sets {@code InputPath} to this value; see {@link #inputPath(String)}. */
    public EventBridgeRuleEvent inputPath(Value<String> value) {
      return set("InputPath", value);
    }

    /** Required. Changing it replaces the resource. CloudFormation property {@code Pattern}. */
    public EventBridgeRuleEvent pattern(Value<Json> value) {
      return set("Pattern", value);
    }
  }

  /** Property type {@code AWS::Serverless::StateMachine.EventSource}. */
  public static final class EventSource extends Struct<EventSource> {
    private static final Schema SCHEMA = Schema.builder("AWS::Serverless::StateMachine.EventSource")
        .required("Properties", "Type")
        .build();

    public EventSource() {
      super(SCHEMA);
    }

    /** Required. Changing it replaces the resource. CloudFormation property {@code Properties}. */
    public EventSource propertiesProperty(CloudWatchEventEvent value) {
      return set("Properties", value);
    }

    /**
     * Sets {@code Properties} to this value; see {@link #propertiesProperty(CloudWatchEventEvent)}.
     */
    public EventSource propertiesProperty(EventBridgeRuleEvent value) {
      return set("Properties", value);
    }

    /**
     * Sets {@code Properties} to this value; see {@link #propertiesProperty(CloudWatchEventEvent)}.
     */
    public EventSource propertiesProperty(ScheduleEvent value) {
      return set("Properties", value);
    }

    /**
     * Sets {@code Properties} to this value; see {@link #propertiesProperty(CloudWatchEventEvent)}.
     */
    public EventSource propertiesProperty(ApiEvent value) {
      return set("Properties", value);
    }

    /** Required. Changing it replaces the resource. CloudFormation property {@code Type}. */
    public EventSource type(String value) {
      return set("Type", Value.of(value));
    }

    /** Sets {@code Type} to this value; see {@link #type(String)}. */
    public EventSource type(Value<String> value) {
      return set("Type", value);
    }
  }

  /** Property type {@code AWS::Serverless::StateMachine.FunctionSAMPT}. */
  public static final class FunctionSAMPT extends Struct<FunctionSAMPT> {
    private static final Schema SCHEMA = Schema.builder("AWS::Serverless::StateMachine.FunctionSAMPT")
        .required("FunctionName")
        .build();

    public FunctionSAMPT() {
      super(SCHEMA);
    }

    /**
     * Required. Changing it replaces the resource. CloudFormation property {@code FunctionName}.
     */
    public FunctionSAMPT functionName(String value) {
      return set("FunctionName", Value.of(value));
    }

    /** Sets {@code FunctionName} to this value; see {@link #functionName(String)}. */
    public FunctionSAMPT functionName(Value<String> value) {
      return set("FunctionName", value);
    }
  }

  /** Property type {@code AWS::Serverless::StateMachine.IAMPolicyDocument}. */
  public static final class IAMPolicyDocument extends Struct<IAMPolicyDocument> {
    private static final Schema SCHEMA = Schema.builder("AWS::Serverless::StateMachine.IAMPolicyDocument")
        .required("Statement", "Version")
        .build();

    public IAMPolicyDocument() {
      super(SCHEMA);
    }

    /** Required. Changing it replaces the resource. CloudFormation property {@code Statement}. */
    public IAMPolicyDocument statement(Value<Json> value) {
      return set("Statement", value);
    }

    /** Required. Changing it replaces the resource. CloudFormation property {@code Version}. */
    public IAMPolicyDocument version(String value) {
      return set("Version", Value.of(value));
    }

    /** Sets {@code Version} to this value; see {@link #version(String)}. */
    public IAMPolicyDocument version(Value<String> value) {
      return set("Version", value);
    }
  }

  /** Property type {@code AWS::Serverless::StateMachine.LogDestination}. */
  public static final class LogDestination extends Struct<LogDestination> {
    private static final Schema SCHEMA = Schema.builder("AWS::Serverless::StateMachine.LogDestination")
        .required("CloudWatchLogsLogGroup")
        .build();

    public LogDestination() {
      super(SCHEMA);
    }

    /**
     * Required. Changing it replaces the resource. CloudFormation property {@code
     * CloudWatchLogsLogGroup}.
     */
    public LogDestination cloudWatchLogsLogGroup(Value<CloudWatchLogsLogGroup> value) {
      return set("CloudWatchLogsLogGroup", value);
    }
  }

  /** Property type {@code AWS::Serverless::StateMachine.LoggingConfiguration}. */
  public static final class LoggingConfiguration extends Struct<LoggingConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::Serverless::StateMachine.LoggingConfiguration")
        .required("Destinations", "IncludeExecutionData", "Level")
        .build();

    public LoggingConfiguration() {
      super(SCHEMA);
    }

    /**
     * Required. Changing it replaces the resource. CloudFormation property {@code Destinations}.
     */
    public LoggingConfiguration destinations(List<LogDestination> value) {
      return set("Destinations", Value.listOf(value));
    }

    /** Sets {@code Destinations} to this value; see {@link #destinations(List)}. */
    public LoggingConfiguration destinations(Value<List<LogDestination>> value) {
      return set("Destinations", value);
    }

    /** Sets {@code Destinations} to a list of these; see {@link #destinations(List)}. */
    public LoggingConfiguration destinations(LogDestination... values) {
      return set("Destinations", Value.list(values));
    }

    /**
     * Required. Changing it replaces the resource. CloudFormation property {@code
     * IncludeExecutionData}.
     */
    public LoggingConfiguration includeExecutionData(boolean value) {
      return set("IncludeExecutionData", Value.of(value));
    }

    /**
     * Sets {@code IncludeExecutionData} to this value; see {@link #includeExecutionData(boolean)}.
     */
    public LoggingConfiguration includeExecutionData(Value<Boolean> value) {
      return set("IncludeExecutionData", value);
    }

    /** Required. Changing it replaces the resource. CloudFormation property {@code Level}. */
    public LoggingConfiguration level(String value) {
      return set("Level", Value.of(value));
    }

    /** Sets {@code Level} to this value; see {@link #level(String)}. */
    public LoggingConfiguration level(Value<String> value) {
      return set("Level", value);
    }
  }

  /** Property type {@code AWS::Serverless::StateMachine.S3Location}. */
  public static final class S3Location extends Struct<S3Location> {
    private static final Schema SCHEMA = Schema.builder("AWS::Serverless::StateMachine.S3Location")
        .required("Bucket", "Key")
        .build();

    public S3Location() {
      super(SCHEMA);
    }

    /** Required. Changing it replaces the resource. CloudFormation property {@code Bucket}. */
    public S3Location bucket(String value) {
      return set("Bucket", Value.of(value));
    }

    /** Sets {@code Bucket} to this value; see {@link #bucket(String)}. */
    public S3Location bucket(Value<String> value) {
      return set("Bucket", value);
    }

    /** Required. Changing it replaces the resource. CloudFormation property {@code Key}. */
    public S3Location key(String value) {
      return set("Key", Value.of(value));
    }

    /** Sets {@code Key} to this value; see {@link #key(String)}. */
    public S3Location key(Value<String> value) {
      return set("Key", value);
    }

    /** Changing it replaces the resource. CloudFormation property {@code Version}. */
    public S3Location version(double value) {
      return set("Version", Value.of(value));
    }

    /** Sets {@code Version} to this value; see {@link #version(double)}. */
    public S3Location version(Value<Double> value) {
      return set("Version", value);
    }
  }

  /** Property type {@code AWS::Serverless::StateMachine.SAMPolicyTemplate}. */
  public static final class SAMPolicyTemplate extends Struct<SAMPolicyTemplate> {
    private static final Schema SCHEMA = Schema.of("AWS::Serverless::StateMachine.SAMPolicyTemplate");

    public SAMPolicyTemplate() {
      super(SCHEMA);
    }

    /** Changing it replaces the resource. CloudFormation property {@code LambdaInvokePolicy}. */
    public SAMPolicyTemplate lambdaInvokePolicy(Value<FunctionSAMPT> value) {
      return set("LambdaInvokePolicy", value);
    }

    /**
     * Changing it replaces the resource. CloudFormation property {@code
     * StepFunctionsExecutionPolicy}.
     */
    public SAMPolicyTemplate stepFunctionsExecutionPolicy(Value<StateMachineSAMPT> value) {
      return set("StepFunctionsExecutionPolicy", value);
    }
  }

  /** Property type {@code AWS::Serverless::StateMachine.ScheduleEvent}. */
  public static final class ScheduleEvent extends Struct<ScheduleEvent> {
    private static final Schema SCHEMA = Schema.builder("AWS::Serverless::StateMachine.ScheduleEvent")
        .required("Schedule")
        .build();

    public ScheduleEvent() {
      super(SCHEMA);
    }

    /** Changing it replaces the resource. CloudFormation property {@code Input}. */
    public ScheduleEvent input(String value) {
      return set("Input", Value.of(value));
    }

    /** Sets {@code Input} to this value; see {@link #input(String)}. */
    public ScheduleEvent input(Value<String> value) {
      return set("Input", value);
    }

    /** Required. Changing it replaces the resource. CloudFormation property {@code Schedule}. */
    public ScheduleEvent schedule(String value) {
      return set("Schedule", Value.of(value));
    }

    /** Sets {@code Schedule} to this value; see {@link #schedule(String)}. */
    public ScheduleEvent schedule(Value<String> value) {
      return set("Schedule", value);
    }
  }

  /** Property type {@code AWS::Serverless::StateMachine.StateMachineSAMPT}. */
  public static final class StateMachineSAMPT extends Struct<StateMachineSAMPT> {
    private static final Schema SCHEMA = Schema.builder("AWS::Serverless::StateMachine.StateMachineSAMPT")
        .required("StateMachineName")
        .build();

    public StateMachineSAMPT() {
      super(SCHEMA);
    }

    /**
     * Required. Changing it replaces the resource. CloudFormation property {@code
     * StateMachineName}.
     */
    public StateMachineSAMPT stateMachineName(String value) {
      return set("StateMachineName", Value.of(value));
    }

    /** Sets {@code StateMachineName} to this value; see {@link #stateMachineName(String)}. */
    public StateMachineSAMPT stateMachineName(Value<String> value) {
      return set("StateMachineName", value);
    }
  }

  /** Property type {@code AWS::Serverless::StateMachine.TracingConfiguration}. */
  public static final class TracingConfiguration extends Struct<TracingConfiguration> {
    private static final Schema SCHEMA = Schema.of("AWS::Serverless::StateMachine.TracingConfiguration");

    public TracingConfiguration() {
      super(SCHEMA);
    }

    /** Changing it replaces the resource. CloudFormation property {@code Enabled}. */
    public TracingConfiguration enabled(boolean value) {
      return set("Enabled", Value.of(value));
    }

    /** Sets {@code Enabled} to this value; see {@link #enabled(boolean)}. */
    public TracingConfiguration enabled(Value<Boolean> value) {
      return set("Enabled", value);
    }
  }
}
