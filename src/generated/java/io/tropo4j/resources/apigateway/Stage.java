// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.apigateway;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import io.tropo4j.resources.logs.LogGroup;
import java.util.List;
import java.util.Map;

/**
 * The <code>AWS::ApiGateway::Stage</code> resource creates a stage for a deployment.
 *
 * <p>CloudFormation type {@code AWS::ApiGateway::Stage}.
 */
public final class Stage extends Resource<Stage> {
  private static final Schema SCHEMA = Schema.builder("AWS::ApiGateway::Stage")
      .required("RestApiId")
      .references("ClientCertificateId", "AWS::ApiGateway::ClientCertificate.Ref")
      .references("DeploymentId", "AWS::ApiGateway::Deployment.Ref")
      .references("RestApiId", "AWS::ApiGateway::RestApi.Ref")
      .refYields("StageName")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public Stage(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * Access log settings, including the access log format and access log destination ARN.
   *
   * <p>CloudFormation property {@code AccessLogSetting}.
   */
  public Stage accessLogSetting(Value<AccessLogSetting> value) {
    return set("AccessLogSetting", value);
  }

  /**
   * Specifies whether a cache cluster is enabled for the stage. To activate a method-level cache,
   * set <code>CachingEnabled</code> to <code>true</code> for a method.
   *
   * <p>CloudFormation property {@code CacheClusterEnabled}.
   */
  public Stage cacheClusterEnabled(boolean value) {
    return set("CacheClusterEnabled", Value.of(value));
  }

  /** Sets {@code CacheClusterEnabled} to this value; see {@link #cacheClusterEnabled(boolean)}. */
  public Stage cacheClusterEnabled(Value<Boolean> value) {
    return set("CacheClusterEnabled", value);
  }

  /**
   * The stage's cache capacity in GB. For more information about choosing a cache size, see <a
   * href="https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-caching.html">Enabling
   * API caching to enhance responsiveness</a> .
   *
   * <p>CloudFormation property {@code CacheClusterSize}.
   */
  public Stage cacheClusterSize(String value) {
    return set("CacheClusterSize", Value.of(value));
  }

  /** Sets {@code CacheClusterSize} to this value; see {@link #cacheClusterSize(String)}. */
  public Stage cacheClusterSize(Value<String> value) {
    return set("CacheClusterSize", value);
  }

  /**
   * Settings for the canary deployment in this stage.
   *
   * <p>CloudFormation property {@code CanarySetting}.
   */
  public Stage canarySetting(Value<CanarySetting> value) {
    return set("CanarySetting", value);
  }

  /**
   * The identifier of a client certificate for an API stage.
   *
   * <p>CloudFormation property {@code ClientCertificateId}.
   */
  public Stage clientCertificateId(String value) {
    return set("ClientCertificateId", Value.of(value));
  }

  /** Sets {@code ClientCertificateId} to this value; see {@link #clientCertificateId(String)}. */
  public Stage clientCertificateId(Value<String> value) {
    return set("ClientCertificateId", value);
  }

  /**
   * Sets {@code ClientCertificateId} to the Ref of {@code AWS::ApiGateway::ClientCertificate}; see
   * {@link #clientCertificateId(String)}.
   */
  public Stage clientCertificateId(ClientCertificate resource) {
    return set("ClientCertificateId", resource.ref());
  }

  /**
   * The identifier of the Deployment that the stage points to.
   *
   * <p>CloudFormation property {@code DeploymentId}.
   */
  public Stage deploymentId(String value) {
    return set("DeploymentId", Value.of(value));
  }

  /** Sets {@code DeploymentId} to this value; see {@link #deploymentId(String)}. */
  public Stage deploymentId(Value<String> value) {
    return set("DeploymentId", value);
  }

  /**
   * Sets {@code DeploymentId} to the Ref of {@code AWS::ApiGateway::Deployment}; see {@link
   * #deploymentId(String)}.
   */
  public Stage deploymentId(Deployment resource) {
    return set("DeploymentId", resource.ref());
  }

  /**
   * The stage's description.
   *
   * <p>CloudFormation property {@code Description}.
   */
  public Stage description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public Stage description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * The version of the associated API documentation.
   *
   * <p>CloudFormation property {@code DocumentationVersion}.
   */
  public Stage documentationVersion(String value) {
    return set("DocumentationVersion", Value.of(value));
  }

  /** Sets {@code DocumentationVersion} to this value; see {@link #documentationVersion(String)}. */
  public Stage documentationVersion(Value<String> value) {
    return set("DocumentationVersion", value);
  }

  /**
   * A map that defines the method settings for a Stage resource. Keys (designated as
   * <code>/{method_setting_key</code> below) are method paths defined as
   * <code>{resource_path}/{http_method}</code> for an individual method override, or
   * <code>/&#92;<em>&#47;&#92;</em></code> for overriding all methods in the stage.
   *
   * <p>CloudFormation property {@code MethodSettings}.
   */
  public Stage methodSettings(List<MethodSetting> value) {
    return set("MethodSettings", Value.listOf(value));
  }

  /** Sets {@code MethodSettings} to this value; see {@link #methodSettings(List)}. */
  public Stage methodSettings(Value<List<MethodSetting>> value) {
    return set("MethodSettings", value);
  }

  /** Sets {@code MethodSettings} to a list of these; see {@link #methodSettings(List)}. */
  public Stage methodSettings(MethodSetting... values) {
    return set("MethodSettings", Value.list(values));
  }

  /**
   * The string identifier of the associated RestApi.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code RestApiId}.
   */
  public Stage restApiId(String value) {
    return set("RestApiId", Value.of(value));
  }

  /** Sets {@code RestApiId} to this value; see {@link #restApiId(String)}. */
  public Stage restApiId(Value<String> value) {
    return set("RestApiId", value);
  }

  /**
   * Sets {@code RestApiId} to the Ref of {@code AWS::ApiGateway::RestApi}; see {@link
   * #restApiId(String)}.
   */
  public Stage restApiId(RestApi resource) {
    return set("RestApiId", resource.ref());
  }

  /**
   * The name of the stage is the first path segment in the Uniform Resource Identifier (URI) of a
   * call to API Gateway. Stage names can only contain alphanumeric characters, hyphens, and
   * underscores. Maximum length is 128 characters.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code StageName}.
   */
  public Stage stageName(String value) {
    return set("StageName", Value.of(value));
  }

  /** Sets {@code StageName} to this value; see {@link #stageName(String)}. */
  public Stage stageName(Value<String> value) {
    return set("StageName", value);
  }

  /**
   * The collection of tags. Each tag element is associated with a given resource.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public Stage tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public Stage tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public Stage tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * Specifies whether active tracing with X-ray is enabled for the Stage.
   *
   * <p>CloudFormation property {@code TracingEnabled}.
   */
  public Stage tracingEnabled(boolean value) {
    return set("TracingEnabled", Value.of(value));
  }

  /** Sets {@code TracingEnabled} to this value; see {@link #tracingEnabled(boolean)}. */
  public Stage tracingEnabled(Value<Boolean> value) {
    return set("TracingEnabled", value);
  }

  /**
   * A map (string-to-string map) that defines the stage variables, where the variable name is the
   * key and the variable value is the value. Variable names are limited to alphanumeric characters.
   * Values must match the following regular expression: <code>[A-Za-z0-9-._~:/?#&amp;=,]+</code> .
   *
   * <p>CloudFormation property {@code Variables}.
   */
  public Stage variables(Map<String, String> value) {
    return set("Variables", Value.mapOf(value));
  }

  /** Sets {@code Variables} to this value; see {@link #variables(Map)}. */
  public Stage variables(Value<Map<String, String>> value) {
    return set("Variables", value);
  }

  /**
   * The <code>AccessLogSetting</code> property type specifies settings for logging access in this
   * stage.
   *
   * <p><code>AccessLogSetting</code> is a property of the <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-apigateway-stage.html">AWS::ApiGateway::Stage</a>
   * resource.
   *
   * <p>Property type {@code AWS::ApiGateway::Stage.AccessLogSetting}.
   */
  public static final class AccessLogSetting extends Struct<AccessLogSetting> {
    private static final Schema SCHEMA = Schema.builder("AWS::ApiGateway::Stage.AccessLogSetting")
        .references("DestinationArn", "AWS::Logs::LogGroup.Arn")
        .build();

    public AccessLogSetting() {
      super(SCHEMA);
    }

    /**
     * The Amazon Resource Name (ARN) of the CloudWatch Logs log group or Kinesis Data Firehose
     * delivery stream to receive access logs. If you specify a Kinesis Data Firehose delivery
     * stream, the stream name must begin with <code>amazon-apigateway-</code> . This parameter is
     * required to enable access logging.
     *
     * <p>CloudFormation property {@code DestinationArn}.
     */
    public AccessLogSetting destinationArn(String value) {
      return set("DestinationArn", Value.of(value));
    }

    /** Sets {@code DestinationArn} to this value; see {@link #destinationArn(String)}. */
    public AccessLogSetting destinationArn(Value<String> value) {
      return set("DestinationArn", value);
    }

    /**
     * Sets {@code DestinationArn} to the Arn of {@code AWS::Logs::LogGroup}; see {@link
     * #destinationArn(String)}.
     */
    public AccessLogSetting destinationArn(LogGroup resource) {
      return set("DestinationArn", resource.arn());
    }

    /**
     * A single line format of the access logs of data, as specified by selected <a
     * href="https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-mapping-template-reference.html#context-variable-reference">$context
     * variables</a> . The format must include at least <code>$context.requestId</code> . This
     * parameter is required to enable access logging.
     *
     * <p>CloudFormation property {@code Format}.
     */
    public AccessLogSetting format(String value) {
      return set("Format", Value.of(value));
    }

    /** Sets {@code Format} to this value; see {@link #format(String)}. */
    public AccessLogSetting format(Value<String> value) {
      return set("Format", value);
    }
  }

  /**
   * Configuration settings of a canary deployment.
   *
   * <p>Property type {@code AWS::ApiGateway::Stage.CanarySetting}.
   */
  public static final class CanarySetting extends Struct<CanarySetting> {
    private static final Schema SCHEMA = Schema.builder("AWS::ApiGateway::Stage.CanarySetting")
        .references("DeploymentId", "AWS::ApiGateway::Deployment.Ref")
        .constrain("PercentTraffic", Constraint.of().minimum(0).maximum(100))
        .build();

    public CanarySetting() {
      super(SCHEMA);
    }

    /**
     * The ID of the canary deployment.
     *
     * <p>CloudFormation property {@code DeploymentId}.
     */
    public CanarySetting deploymentId(String value) {
      return set("DeploymentId", Value.of(value));
    }

    /** Sets {@code DeploymentId} to this value; see {@link #deploymentId(String)}. */
    public CanarySetting deploymentId(Value<String> value) {
      return set("DeploymentId", value);
    }

    /**
     * Sets {@code DeploymentId} to the Ref of {@code AWS::ApiGateway::Deployment}; see {@link
     * #deploymentId(String)}.
     */
    public CanarySetting deploymentId(Deployment resource) {
      return set("DeploymentId", resource.ref());
    }

    /**
     * The percent (0-100) of traffic diverted to a canary deployment.
     *
     * <p>Range: 0 to 100. CloudFormation property {@code PercentTraffic}.
     */
    public CanarySetting percentTraffic(double value) {
      return set("PercentTraffic", Value.of(value));
    }

    /** Sets {@code PercentTraffic} to this value; see {@link #percentTraffic(double)}. */
    public CanarySetting percentTraffic(Value<Double> value) {
      return set("PercentTraffic", value);
    }

    /**
     * Stage variables overridden for a canary release deployment, including new stage variables
     * introduced in the canary. These stage variables are represented as a string-to-string map
     * between stage variable names and their values.
     *
     * <p>CloudFormation property {@code StageVariableOverrides}.
     */
    public CanarySetting stageVariableOverrides(Map<String, String> value) {
      return set("StageVariableOverrides", Value.mapOf(value));
    }

    /**
     * Sets {@code StageVariableOverrides} to this value; see {@link #stageVariableOverrides(Map)}.
     */
    public CanarySetting stageVariableOverrides(Value<Map<String, String>> value) {
      return set("StageVariableOverrides", value);
    }

    /**
     * A Boolean flag to indicate whether the canary deployment uses the stage cache or not.
     *
     * <p>CloudFormation property {@code UseStageCache}.
     */
    public CanarySetting useStageCache(boolean value) {
      return set("UseStageCache", Value.of(value));
    }

    /** Sets {@code UseStageCache} to this value; see {@link #useStageCache(boolean)}. */
    public CanarySetting useStageCache(Value<Boolean> value) {
      return set("UseStageCache", value);
    }
  }

  /**
   * The <code>MethodSetting</code> property type configures settings for all methods in a stage.
   *
   * <p>The <code>MethodSettings</code> property of the <code>AWS::ApiGateway::Stage</code> resource
   * contains a list of <code>MethodSetting</code> property types.
   *
   * <p>Property type {@code AWS::ApiGateway::Stage.MethodSetting}.
   */
  public static final class MethodSetting extends Struct<MethodSetting> {
    private static final Schema SCHEMA = Schema.builder("AWS::ApiGateway::Stage.MethodSetting")
        .constrain("ThrottlingBurstLimit", Constraint.of().minimum(0))
        .constrain("ThrottlingRateLimit", Constraint.of().minimum(0))
        .build();

    public MethodSetting() {
      super(SCHEMA);
    }

    /**
     * Specifies whether the cached responses are encrypted.
     *
     * <p>CloudFormation property {@code CacheDataEncrypted}.
     */
    public MethodSetting cacheDataEncrypted(boolean value) {
      return set("CacheDataEncrypted", Value.of(value));
    }

    /** Sets {@code CacheDataEncrypted} to this value; see {@link #cacheDataEncrypted(boolean)}. */
    public MethodSetting cacheDataEncrypted(Value<Boolean> value) {
      return set("CacheDataEncrypted", value);
    }

    /**
     * Specifies the time to live (TTL), in seconds, for cached responses. The higher the TTL, the
     * longer the response will be cached.
     *
     * <p>CloudFormation property {@code CacheTtlInSeconds}.
     */
    public MethodSetting cacheTtlInSeconds(int value) {
      return set("CacheTtlInSeconds", Value.of(value));
    }

    /** Sets {@code CacheTtlInSeconds} to this value; see {@link #cacheTtlInSeconds(int)}. */
    public MethodSetting cacheTtlInSeconds(Value<Integer> value) {
      return set("CacheTtlInSeconds", value);
    }

    /**
     * Specifies whether responses should be cached and returned for requests. A cache cluster must
     * be enabled on the stage for responses to be cached.
     *
     * <p>CloudFormation property {@code CachingEnabled}.
     */
    public MethodSetting cachingEnabled(boolean value) {
      return set("CachingEnabled", Value.of(value));
    }

    /** Sets {@code CachingEnabled} to this value; see {@link #cachingEnabled(boolean)}. */
    public MethodSetting cachingEnabled(Value<Boolean> value) {
      return set("CachingEnabled", value);
    }

    /**
     * Specifies whether data trace logging is enabled for this method, which affects the log
     * entries pushed to Amazon CloudWatch Logs. This can be useful to troubleshoot APIs, but can
     * result in logging sensitive data. We recommend that you don't enable this option for
     * production APIs.
     *
     * <p>CloudFormation property {@code DataTraceEnabled}.
     */
    public MethodSetting dataTraceEnabled(boolean value) {
      return set("DataTraceEnabled", Value.of(value));
    }

    /** Sets {@code DataTraceEnabled} to this value; see {@link #dataTraceEnabled(boolean)}. */
    public MethodSetting dataTraceEnabled(Value<Boolean> value) {
      return set("DataTraceEnabled", value);
    }

    /**
     * The HTTP method. To apply settings to multiple resources and methods, specify an asterisk (
     * <code><em></code> ) for the <code>HttpMethod</code> and <code>/</em></code> for the
     * <code>ResourcePath</code> . This parameter is required when you specify a
     * <code>MethodSetting</code> .
     *
     * <p>CloudFormation property {@code HttpMethod}.
     */
    public MethodSetting httpMethod(String value) {
      return set("HttpMethod", Value.of(value));
    }

    /** Sets {@code HttpMethod} to this value; see {@link #httpMethod(String)}. */
    public MethodSetting httpMethod(Value<String> value) {
      return set("HttpMethod", value);
    }

    /**
     * Specifies the logging level for this method, which affects the log entries pushed to Amazon
     * CloudWatch Logs. Valid values are <code>OFF</code> , <code>ERROR</code> , and
     * <code>INFO</code> . Choose <code>ERROR</code> to write only error-level entries to CloudWatch
     * Logs, or choose <code>INFO</code> to include all <code>ERROR</code> events as well as extra
     * informational events.
     *
     * <p>CloudFormation property {@code LoggingLevel}.
     */
    public MethodSetting loggingLevel(String value) {
      return set("LoggingLevel", Value.of(value));
    }

    /** Sets {@code LoggingLevel} to this value; see {@link #loggingLevel(String)}. */
    public MethodSetting loggingLevel(Value<String> value) {
      return set("LoggingLevel", value);
    }

    /**
     * Specifies whether Amazon CloudWatch metrics are enabled for this method.
     *
     * <p>CloudFormation property {@code MetricsEnabled}.
     */
    public MethodSetting metricsEnabled(boolean value) {
      return set("MetricsEnabled", Value.of(value));
    }

    /** Sets {@code MetricsEnabled} to this value; see {@link #metricsEnabled(boolean)}. */
    public MethodSetting metricsEnabled(Value<Boolean> value) {
      return set("MetricsEnabled", value);
    }

    /**
     * The resource path for this method. Forward slashes ( <code>/</code> ) are encoded as
     * <code>~1</code> and the initial slash must include a forward slash. For example, the path
     * value <code>/resource/subresource</code> must be encoded as
     * <code>/~1resource~1subresource</code> . To specify the root path, use only a slash (
     * <code>/</code> ). To apply settings to multiple resources and methods, specify an asterisk (
     * <code><em></code> ) for the <code>HttpMethod</code> and <code>/</em></code> for the
     * <code>ResourcePath</code> . This parameter is required when you specify a
     * <code>MethodSetting</code> .
     *
     * <p>CloudFormation property {@code ResourcePath}.
     */
    public MethodSetting resourcePath(String value) {
      return set("ResourcePath", Value.of(value));
    }

    /** Sets {@code ResourcePath} to this value; see {@link #resourcePath(String)}. */
    public MethodSetting resourcePath(Value<String> value) {
      return set("ResourcePath", value);
    }

    /**
     * Specifies the throttling burst limit.
     *
     * <p>Range: at least 0. CloudFormation property {@code ThrottlingBurstLimit}.
     */
    public MethodSetting throttlingBurstLimit(int value) {
      return set("ThrottlingBurstLimit", Value.of(value));
    }

    /** Sets {@code ThrottlingBurstLimit} to this value; see {@link #throttlingBurstLimit(int)}. */
    public MethodSetting throttlingBurstLimit(Value<Integer> value) {
      return set("ThrottlingBurstLimit", value);
    }

    /**
     * Specifies the throttling rate limit.
     *
     * <p>Range: at least 0. CloudFormation property {@code ThrottlingRateLimit}.
     */
    public MethodSetting throttlingRateLimit(double value) {
      return set("ThrottlingRateLimit", Value.of(value));
    }

    /** Sets {@code ThrottlingRateLimit} to this value; see {@link #throttlingRateLimit(double)}. */
    public MethodSetting throttlingRateLimit(Value<Double> value) {
      return set("ThrottlingRateLimit", value);
    }
  }
}
