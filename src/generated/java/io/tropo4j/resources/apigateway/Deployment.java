// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.apigateway;

import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.fn.Value;
import java.util.List;
import java.util.Map;

/**
 * The <code>AWS::ApiGateway::Deployment</code> resource deploys an API Gateway <code>RestApi</code>
 * resource to a stage so that clients can call the API over the internet. The stage acts as an
 * environment.
 *
 * <p>CloudFormation type {@code AWS::ApiGateway::Deployment}.
 */
public final class Deployment extends Resource<Deployment> {
  private static final Schema SCHEMA = Schema.builder("AWS::ApiGateway::Deployment")
      .required("RestApiId")
      .references("RestApiId", "AWS::ApiGateway::RestApi.Ref")
      .refYields("DeploymentId")
      .attributes("DeploymentId")
      .build();

  public Deployment(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The input configuration for a canary deployment.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code DeploymentCanarySettings}.
   */
  public Deployment deploymentCanarySettings(Value<DeploymentCanarySettings> value) {
    return set("DeploymentCanarySettings", value);
  }

  /**
   * The description for the Deployment resource to create.
   *
   * <p>CloudFormation property {@code Description}.
   */
  public Deployment description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public Deployment description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * The string identifier of the associated RestApi.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code RestApiId}.
   */
  public Deployment restApiId(String value) {
    return set("RestApiId", Value.of(value));
  }

  /** Sets {@code RestApiId} to this value; see {@link #restApiId(String)}. */
  public Deployment restApiId(Value<String> value) {
    return set("RestApiId", value);
  }

  /**
   * Sets {@code RestApiId} to the Ref of {@code AWS::ApiGateway::RestApi}; see {@link
   * #restApiId(String)}.
   */
  public Deployment restApiId(RestApi resource) {
    return set("RestApiId", resource.ref());
  }

  /**
   * The description of the Stage resource for the Deployment resource to create. To specify a stage
   * description, you must also provide a stage name.
   *
   * <p>CloudFormation property {@code StageDescription}.
   */
  public Deployment stageDescription(Value<StageDescription> value) {
    return set("StageDescription", value);
  }

  /**
   * The name of the Stage resource for the Deployment resource to create.
   *
   * <p>CloudFormation property {@code StageName}.
   */
  public Deployment stageName(String value) {
    return set("StageName", Value.of(value));
  }

  /** Sets {@code StageName} to this value; see {@link #stageName(String)}. */
  public Deployment stageName(Value<String> value) {
    return set("StageName", value);
  }

  /**
   * The ID for the deployment. For example: <code>abc123</code> .
   *
   * <p>{@code Fn::GetAtt} attribute {@code DeploymentId}.
   */
  public Value<String> deploymentId() {
    return getAtt("DeploymentId");
  }

  /**
   * The <code>AccessLogSetting</code> property type specifies settings for logging access in this
   * stage.
   *
   * <p><code>AccessLogSetting</code> is a property of the <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-apigateway-deployment-stagedescription.html">StageDescription</a>
   * property type.
   *
   * <p>Property type {@code AWS::ApiGateway::Deployment.AccessLogSetting}.
   */
  public static final class AccessLogSetting extends Struct<AccessLogSetting> {
    private static final Schema SCHEMA = Schema.of("AWS::ApiGateway::Deployment.AccessLogSetting");

    public AccessLogSetting() {
      super(SCHEMA);
    }

    /**
     * The Amazon Resource Name (ARN) of the CloudWatch Logs log group or Kinesis Data Firehose
     * delivery stream to receive access logs. If you specify a Kinesis Data Firehose delivery
     * stream, the stream name must begin with <code>amazon-apigateway-</code> .
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
     * A single line format of the access logs of data, as specified by selected $context variables.
     * The format must include at least <code>$context.requestId</code> .
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
   * The <code>CanarySetting</code> property type specifies settings for the canary deployment in
   * this stage.
   *
   * <p><code>CanarySetting</code> is a property of the <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-apigateway-deployment-stagedescription.html">StageDescription</a>
   * property type.
   *
   * <p>Property type {@code AWS::ApiGateway::Deployment.CanarySetting}.
   */
  public static final class CanarySetting extends Struct<CanarySetting> {
    private static final Schema SCHEMA = Schema.of("AWS::ApiGateway::Deployment.CanarySetting");

    public CanarySetting() {
      super(SCHEMA);
    }

    /**
     * The percent (0-100) of traffic diverted to a canary deployment.
     *
     * <p>CloudFormation property {@code PercentTraffic}.
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
   * The <code>DeploymentCanarySettings</code> property type specifies settings for the canary
   * deployment.
   *
   * <p>Property type {@code AWS::ApiGateway::Deployment.DeploymentCanarySettings}.
   */
  public static final class DeploymentCanarySettings extends Struct<DeploymentCanarySettings> {
    private static final Schema SCHEMA = Schema.of("AWS::ApiGateway::Deployment.DeploymentCanarySettings");

    public DeploymentCanarySettings() {
      super(SCHEMA);
    }

    /**
     * The percentage (0.0-100.0) of traffic routed to the canary deployment.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code PercentTraffic}.
     */
    public DeploymentCanarySettings percentTraffic(double value) {
      return set("PercentTraffic", Value.of(value));
    }

    /** Sets {@code PercentTraffic} to this value; see {@link #percentTraffic(double)}. */
    public DeploymentCanarySettings percentTraffic(Value<Double> value) {
      return set("PercentTraffic", value);
    }

    /**
     * A stage variable overrides used for the canary release deployment. They can override existing
     * stage variables or add new stage variables for the canary release deployment. These stage
     * variables are represented as a string-to-string map between stage variable names and their
     * values.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code StageVariableOverrides}.
     */
    public DeploymentCanarySettings stageVariableOverrides(Map<String, String> value) {
      return set("StageVariableOverrides", Value.mapOf(value));
    }

    /**
     * Sets {@code StageVariableOverrides} to this value; see {@link #stageVariableOverrides(Map)}.
     */
    public DeploymentCanarySettings stageVariableOverrides(Value<Map<String, String>> value) {
      return set("StageVariableOverrides", value);
    }

    /**
     * A Boolean flag to indicate whether the canary release deployment uses the stage cache or not.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code UseStageCache}.
     */
    public DeploymentCanarySettings useStageCache(boolean value) {
      return set("UseStageCache", Value.of(value));
    }

    /** Sets {@code UseStageCache} to this value; see {@link #useStageCache(boolean)}. */
    public DeploymentCanarySettings useStageCache(Value<Boolean> value) {
      return set("UseStageCache", value);
    }
  }

  /**
   * The <code>MethodSetting</code> property type configures settings for all methods in a stage. If
   * you modify this property type, you must create a new deployment for your API.
   *
   * <p>The <code>MethodSettings</code> property of the <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-apigateway-deployment-stagedescription.html">Amazon
   * API Gateway Deployment StageDescription</a> property type contains a list of
   * <code>MethodSetting</code> property types.
   *
   * <p>Property type {@code AWS::ApiGateway::Deployment.MethodSetting}.
   */
  public static final class MethodSetting extends Struct<MethodSetting> {
    private static final Schema SCHEMA = Schema.of("AWS::ApiGateway::Deployment.MethodSetting");

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
     * The HTTP method.
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
     * <code>/</code> ).
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
     * <p>CloudFormation property {@code ThrottlingBurstLimit}.
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
     * <p>CloudFormation property {@code ThrottlingRateLimit}.
     */
    public MethodSetting throttlingRateLimit(double value) {
      return set("ThrottlingRateLimit", Value.of(value));
    }

    /** Sets {@code ThrottlingRateLimit} to this value; see {@link #throttlingRateLimit(double)}. */
    public MethodSetting throttlingRateLimit(Value<Double> value) {
      return set("ThrottlingRateLimit", value);
    }
  }

  /**
   * <code>StageDescription</code> is a property of the <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-apigateway-deployment.html">AWS::ApiGateway::Deployment</a>
   * resource that configures a deployment stage.
   *
   * <p>Property type {@code AWS::ApiGateway::Deployment.StageDescription}.
   */
  public static final class StageDescription extends Struct<StageDescription> {
    private static final Schema SCHEMA = Schema.of("AWS::ApiGateway::Deployment.StageDescription");

    public StageDescription() {
      super(SCHEMA);
    }

    /**
     * Specifies settings for logging access in this stage.
     *
     * <p>CloudFormation property {@code AccessLogSetting}.
     */
    public StageDescription accessLogSetting(Value<AccessLogSetting> value) {
      return set("AccessLogSetting", value);
    }

    /**
     * Specifies whether a cache cluster is enabled for the stage. To activate a method-level cache,
     * set <code>CachingEnabled</code> to <code>true</code> for a method.
     *
     * <p>CloudFormation property {@code CacheClusterEnabled}.
     */
    public StageDescription cacheClusterEnabled(boolean value) {
      return set("CacheClusterEnabled", Value.of(value));
    }

    /**
     * Sets {@code CacheClusterEnabled} to this value; see {@link #cacheClusterEnabled(boolean)}.
     */
    public StageDescription cacheClusterEnabled(Value<Boolean> value) {
      return set("CacheClusterEnabled", value);
    }

    /**
     * The size of the stage's cache cluster. For more information, see <a
     * href="https://docs.aws.amazon.com/apigateway/latest/api/API_CreateStage.html#apigw-CreateStage-request-cacheClusterSize">cacheClusterSize</a>
     * in the <em>API Gateway API Reference</em> .
     *
     * <p>CloudFormation property {@code CacheClusterSize}.
     */
    public StageDescription cacheClusterSize(String value) {
      return set("CacheClusterSize", Value.of(value));
    }

    /** Sets {@code CacheClusterSize} to this value; see {@link #cacheClusterSize(String)}. */
    public StageDescription cacheClusterSize(Value<String> value) {
      return set("CacheClusterSize", value);
    }

    /**
     * Indicates whether the cached responses are encrypted.
     *
     * <p>CloudFormation property {@code CacheDataEncrypted}.
     */
    public StageDescription cacheDataEncrypted(boolean value) {
      return set("CacheDataEncrypted", Value.of(value));
    }

    /** Sets {@code CacheDataEncrypted} to this value; see {@link #cacheDataEncrypted(boolean)}. */
    public StageDescription cacheDataEncrypted(Value<Boolean> value) {
      return set("CacheDataEncrypted", value);
    }

    /**
     * The time-to-live (TTL) period, in seconds, that specifies how long API Gateway caches
     * responses.
     *
     * <p>CloudFormation property {@code CacheTtlInSeconds}.
     */
    public StageDescription cacheTtlInSeconds(int value) {
      return set("CacheTtlInSeconds", Value.of(value));
    }

    /** Sets {@code CacheTtlInSeconds} to this value; see {@link #cacheTtlInSeconds(int)}. */
    public StageDescription cacheTtlInSeconds(Value<Integer> value) {
      return set("CacheTtlInSeconds", value);
    }

    /**
     * Indicates whether responses are cached and returned for requests. You must enable a cache
     * cluster on the stage to cache responses. For more information, see <a
     * href="https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-caching.html">Enable
     * API Gateway Caching in a Stage to Enhance API Performance</a> in the <em>API Gateway
     * Developer Guide</em> .
     *
     * <p>CloudFormation property {@code CachingEnabled}.
     */
    public StageDescription cachingEnabled(boolean value) {
      return set("CachingEnabled", Value.of(value));
    }

    /** Sets {@code CachingEnabled} to this value; see {@link #cachingEnabled(boolean)}. */
    public StageDescription cachingEnabled(Value<Boolean> value) {
      return set("CachingEnabled", value);
    }

    /**
     * Specifies settings for the canary deployment in this stage.
     *
     * <p>CloudFormation property {@code CanarySetting}.
     */
    public StageDescription canarySetting(Value<CanarySetting> value) {
      return set("CanarySetting", value);
    }

    /**
     * The identifier of the client certificate that API Gateway uses to call your integration
     * endpoints in the stage.
     *
     * <p>CloudFormation property {@code ClientCertificateId}.
     */
    public StageDescription clientCertificateId(String value) {
      return set("ClientCertificateId", Value.of(value));
    }

    /** Sets {@code ClientCertificateId} to this value; see {@link #clientCertificateId(String)}. */
    public StageDescription clientCertificateId(Value<String> value) {
      return set("ClientCertificateId", value);
    }

    /**
     * Indicates whether data trace logging is enabled for methods in the stage. API Gateway pushes
     * these logs to Amazon CloudWatch Logs.
     *
     * <p>CloudFormation property {@code DataTraceEnabled}.
     */
    public StageDescription dataTraceEnabled(boolean value) {
      return set("DataTraceEnabled", Value.of(value));
    }

    /** Sets {@code DataTraceEnabled} to this value; see {@link #dataTraceEnabled(boolean)}. */
    public StageDescription dataTraceEnabled(Value<Boolean> value) {
      return set("DataTraceEnabled", value);
    }

    /**
     * A description of the purpose of the stage.
     *
     * <p>CloudFormation property {@code Description}.
     */
    public StageDescription description(String value) {
      return set("Description", Value.of(value));
    }

    /** Sets {@code Description} to this value; see {@link #description(String)}. */
    public StageDescription description(Value<String> value) {
      return set("Description", value);
    }

    /**
     * The version identifier of the API documentation snapshot.
     *
     * <p>CloudFormation property {@code DocumentationVersion}.
     */
    public StageDescription documentationVersion(String value) {
      return set("DocumentationVersion", Value.of(value));
    }

    /**
     * Sets {@code DocumentationVersion} to this value; see {@link #documentationVersion(String)}.
     */
    public StageDescription documentationVersion(Value<String> value) {
      return set("DocumentationVersion", value);
    }

    /**
     * The logging level for this method. For valid values, see the <code>loggingLevel</code>
     * property of the <a
     * href="https://docs.aws.amazon.com/apigateway/latest/api/API_MethodSetting.html">MethodSetting</a>
     * resource in the <em>Amazon API Gateway API Reference</em> .
     *
     * <p>CloudFormation property {@code LoggingLevel}.
     */
    public StageDescription loggingLevel(String value) {
      return set("LoggingLevel", Value.of(value));
    }

    /** Sets {@code LoggingLevel} to this value; see {@link #loggingLevel(String)}. */
    public StageDescription loggingLevel(Value<String> value) {
      return set("LoggingLevel", value);
    }

    /**
     * Configures settings for all of the stage's methods.
     *
     * <p>CloudFormation property {@code MethodSettings}.
     */
    public StageDescription methodSettings(List<MethodSetting> value) {
      return set("MethodSettings", Value.listOf(value));
    }

    /** Sets {@code MethodSettings} to this value; see {@link #methodSettings(List)}. */
    public StageDescription methodSettings(Value<List<MethodSetting>> value) {
      return set("MethodSettings", value);
    }

    /** Sets {@code MethodSettings} to a list of these; see {@link #methodSettings(List)}. */
    public StageDescription methodSettings(MethodSetting... values) {
      return set("MethodSettings", Value.list(values));
    }

    /**
     * Indicates whether Amazon CloudWatch metrics are enabled for methods in the stage.
     *
     * <p>CloudFormation property {@code MetricsEnabled}.
     */
    public StageDescription metricsEnabled(boolean value) {
      return set("MetricsEnabled", Value.of(value));
    }

    /** Sets {@code MetricsEnabled} to this value; see {@link #metricsEnabled(boolean)}. */
    public StageDescription metricsEnabled(Value<Boolean> value) {
      return set("MetricsEnabled", value);
    }

    /**
     * An array of arbitrary tags (key-value pairs) to associate with the stage.
     *
     * <p>CloudFormation property {@code Tags}.
     */
    public StageDescription tags(List<Tag> value) {
      return set("Tags", Value.listOf(value));
    }

    /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
    public StageDescription tags(Value<List<Tag>> value) {
      return set("Tags", value);
    }

    /**
     * The target request burst rate limit. This allows more requests through for a period of time
     * than the target rate limit. For more information, see <a
     * href="https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-request-throttling.html">Manage
     * API Request Throttling</a> in the <em>API Gateway Developer Guide</em> .
     *
     * <p>CloudFormation property {@code ThrottlingBurstLimit}.
     */
    public StageDescription throttlingBurstLimit(int value) {
      return set("ThrottlingBurstLimit", Value.of(value));
    }

    /** Sets {@code ThrottlingBurstLimit} to this value; see {@link #throttlingBurstLimit(int)}. */
    public StageDescription throttlingBurstLimit(Value<Integer> value) {
      return set("ThrottlingBurstLimit", value);
    }

    /**
     * The target request steady-state rate limit. For more information, see <a
     * href="https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-request-throttling.html">Manage
     * API Request Throttling</a> in the <em>API Gateway Developer Guide</em> .
     *
     * <p>CloudFormation property {@code ThrottlingRateLimit}.
     */
    public StageDescription throttlingRateLimit(double value) {
      return set("ThrottlingRateLimit", Value.of(value));
    }

    /** Sets {@code ThrottlingRateLimit} to this value; see {@link #throttlingRateLimit(double)}. */
    public StageDescription throttlingRateLimit(Value<Double> value) {
      return set("ThrottlingRateLimit", value);
    }

    /**
     * Specifies whether active tracing with X-ray is enabled for this stage.
     *
     * <p>For more information, see <a
     * href="https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-xray.html">Trace
     * API Gateway API Execution with AWS X-Ray</a> in the <em>API Gateway Developer Guide</em> .
     *
     * <p>CloudFormation property {@code TracingEnabled}.
     */
    public StageDescription tracingEnabled(boolean value) {
      return set("TracingEnabled", Value.of(value));
    }

    /** Sets {@code TracingEnabled} to this value; see {@link #tracingEnabled(boolean)}. */
    public StageDescription tracingEnabled(Value<Boolean> value) {
      return set("TracingEnabled", value);
    }

    /**
     * A map that defines the stage variables. Variable names must consist of alphanumeric
     * characters, and the values must match the following regular expression:
     * <code>[A-Za-z0-9-._~:/?#&amp;=,]+</code> .
     *
     * <p>CloudFormation property {@code Variables}.
     */
    public StageDescription variables(Map<String, String> value) {
      return set("Variables", Value.mapOf(value));
    }

    /** Sets {@code Variables} to this value; see {@link #variables(Map)}. */
    public StageDescription variables(Value<Map<String, String>> value) {
      return set("Variables", value);
    }
  }
}
