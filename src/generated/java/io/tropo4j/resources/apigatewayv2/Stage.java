// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.apigatewayv2;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Json;
import io.tropo4j.fn.Value;

/**
 * The <code>AWS::ApiGatewayV2::Stage</code> resource specifies a stage for an API. Each stage is a
 * named reference to a deployment of the API and is made available for client applications to call.
 * To learn more, see <a
 * href="https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-stages.html">Working
 * with stages for HTTP APIs</a> and <a
 * href="https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-set-up-websocket-deployment.html">Deploy
 * a WebSocket API in API Gateway</a> .
 *
 * <p>CloudFormation type {@code AWS::ApiGatewayV2::Stage}.
 */
public final class Stage extends Resource<Stage> {
  private static final Schema SCHEMA = Schema.builder("AWS::ApiGatewayV2::Stage")
      .required("ApiId", "StageName")
      .constrain("RouteSettings", Constraint.of().format("json"))
      .constrain("StageVariables", Constraint.of().format("json"))
      .refYields("StageName")
      .tags("Tags", Schema.TagForm.MAP)
      .build();

  public Stage(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * Settings for logging access in this stage.
   *
   * <p>CloudFormation property {@code AccessLogSettings}.
   */
  public Stage accessLogSettings(Value<AccessLogSettings> value) {
    return set("AccessLogSettings", value);
  }

  /**
   * This parameter is not currently supported.
   *
   * <p>CloudFormation property {@code AccessPolicyId}.
   */
  public Stage accessPolicyId(String value) {
    return set("AccessPolicyId", Value.of(value));
  }

  /** Sets {@code AccessPolicyId} to this value; see {@link #accessPolicyId(String)}. */
  public Stage accessPolicyId(Value<String> value) {
    return set("AccessPolicyId", value);
  }

  /**
   * The API identifier.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code ApiId}.
   */
  public Stage apiId(String value) {
    return set("ApiId", Value.of(value));
  }

  /** Sets {@code ApiId} to this value; see {@link #apiId(String)}. */
  public Stage apiId(Value<String> value) {
    return set("ApiId", value);
  }

  /**
   * Specifies whether updates to an API automatically trigger a new deployment. The default value
   * is <code>false</code> .
   *
   * <p>CloudFormation property {@code AutoDeploy}.
   */
  public Stage autoDeploy(boolean value) {
    return set("AutoDeploy", Value.of(value));
  }

  /** Sets {@code AutoDeploy} to this value; see {@link #autoDeploy(boolean)}. */
  public Stage autoDeploy(Value<Boolean> value) {
    return set("AutoDeploy", value);
  }

  /**
   * The identifier of a client certificate for a <code>Stage</code> . Supported only for WebSocket
   * APIs.
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
   * The default route settings for the stage.
   *
   * <p>CloudFormation property {@code DefaultRouteSettings}.
   */
  public Stage defaultRouteSettings(Value<RouteSettings> value) {
    return set("DefaultRouteSettings", value);
  }

  /**
   * The deployment identifier for the API stage. Can't be updated if <code>autoDeploy</code> is
   * enabled.
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
   * The description for the API stage.
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
   * Route settings for the stage.
   *
   * <p>Format: {@code json}. CloudFormation property {@code RouteSettings}.
   */
  public Stage routeSettings(Value<Json> value) {
    return set("RouteSettings", value);
  }

  /**
   * The stage name. Stage names can contain only alphanumeric characters, hyphens, and underscores,
   * or be <code>$default</code> . Maximum length is 128 characters.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code StageName}.
   */
  public Stage stageName(String value) {
    return set("StageName", Value.of(value));
  }

  /** Sets {@code StageName} to this value; see {@link #stageName(String)}. */
  public Stage stageName(Value<String> value) {
    return set("StageName", value);
  }

  /**
   * A map that defines the stage variables for a <code>Stage</code> . Variable names can have
   * alphanumeric and underscore characters, and the values must match [A-Za-z0-9-._~:/?#&amp;=,]+.
   *
   * <p>Format: {@code json}. CloudFormation property {@code StageVariables}.
   */
  public Stage stageVariables(Value<Json> value) {
    return set("StageVariables", value);
  }

  /**
   * The collection of tags. Each tag element is associated with a given resource.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public Stage tags(Value<Json> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a map of key to value; see {@link #tags(Value)}. */
  public Stage tags(Tags tags) {
    return set("Tags", tags.asMap());
  }

  /**
   * Settings for logging access in a stage.
   *
   * <p>Property type {@code AWS::ApiGatewayV2::Stage.AccessLogSettings}.
   */
  public static final class AccessLogSettings extends Struct<AccessLogSettings> {
    private static final Schema SCHEMA = Schema.of("AWS::ApiGatewayV2::Stage.AccessLogSettings");

    public AccessLogSettings() {
      super(SCHEMA);
    }

    /**
     * The ARN of the CloudWatch Logs log group to receive access logs. This parameter is required
     * to enable access logging.
     *
     * <p>CloudFormation property {@code DestinationArn}.
     */
    public AccessLogSettings destinationArn(String value) {
      return set("DestinationArn", Value.of(value));
    }

    /** Sets {@code DestinationArn} to this value; see {@link #destinationArn(String)}. */
    public AccessLogSettings destinationArn(Value<String> value) {
      return set("DestinationArn", value);
    }

    /**
     * A single line format of the access logs of data, as specified by selected $context variables.
     * The format must include at least $context.requestId. This parameter is required to enable
     * access logging.
     *
     * <p>CloudFormation property {@code Format}.
     */
    public AccessLogSettings format(String value) {
      return set("Format", Value.of(value));
    }

    /** Sets {@code Format} to this value; see {@link #format(String)}. */
    public AccessLogSettings format(Value<String> value) {
      return set("Format", value);
    }
  }

  /**
   * Represents a collection of route settings.
   *
   * <p>Property type {@code AWS::ApiGatewayV2::Stage.RouteSettings}.
   */
  public static final class RouteSettings extends Struct<RouteSettings> {
    private static final Schema SCHEMA = Schema.of("AWS::ApiGatewayV2::Stage.RouteSettings");

    public RouteSettings() {
      super(SCHEMA);
    }

    /**
     * Specifies whether ( <code>true</code> ) or not ( <code>false</code> ) data trace logging is
     * enabled for this route. This property affects the log entries pushed to Amazon CloudWatch
     * Logs. Supported only for WebSocket APIs.
     *
     * <p>CloudFormation property {@code DataTraceEnabled}.
     */
    public RouteSettings dataTraceEnabled(boolean value) {
      return set("DataTraceEnabled", Value.of(value));
    }

    /** Sets {@code DataTraceEnabled} to this value; see {@link #dataTraceEnabled(boolean)}. */
    public RouteSettings dataTraceEnabled(Value<Boolean> value) {
      return set("DataTraceEnabled", value);
    }

    /**
     * Specifies whether detailed metrics are enabled.
     *
     * <p>CloudFormation property {@code DetailedMetricsEnabled}.
     */
    public RouteSettings detailedMetricsEnabled(boolean value) {
      return set("DetailedMetricsEnabled", Value.of(value));
    }

    /**
     * Sets {@code DetailedMetricsEnabled} to this value; see {@link
     * #detailedMetricsEnabled(boolean)}.
     */
    public RouteSettings detailedMetricsEnabled(Value<Boolean> value) {
      return set("DetailedMetricsEnabled", value);
    }

    /**
     * Specifies the logging level for this route: <code>INFO</code> , <code>ERROR</code> , or
     * <code>OFF</code> . This property affects the log entries pushed to Amazon CloudWatch Logs.
     * Supported only for WebSocket APIs.
     *
     * <p>CloudFormation property {@code LoggingLevel}.
     */
    public RouteSettings loggingLevel(String value) {
      return set("LoggingLevel", Value.of(value));
    }

    /** Sets {@code LoggingLevel} to this value; see {@link #loggingLevel(String)}. */
    public RouteSettings loggingLevel(Value<String> value) {
      return set("LoggingLevel", value);
    }

    /**
     * Specifies the throttling burst limit.
     *
     * <p>CloudFormation property {@code ThrottlingBurstLimit}.
     */
    public RouteSettings throttlingBurstLimit(int value) {
      return set("ThrottlingBurstLimit", Value.of(value));
    }

    /** Sets {@code ThrottlingBurstLimit} to this value; see {@link #throttlingBurstLimit(int)}. */
    public RouteSettings throttlingBurstLimit(Value<Integer> value) {
      return set("ThrottlingBurstLimit", value);
    }

    /**
     * Specifies the throttling rate limit.
     *
     * <p>CloudFormation property {@code ThrottlingRateLimit}.
     */
    public RouteSettings throttlingRateLimit(double value) {
      return set("ThrottlingRateLimit", Value.of(value));
    }

    /** Sets {@code ThrottlingRateLimit} to this value; see {@link #throttlingRateLimit(double)}. */
    public RouteSettings throttlingRateLimit(Value<Double> value) {
      return set("ThrottlingRateLimit", value);
    }
  }
}
