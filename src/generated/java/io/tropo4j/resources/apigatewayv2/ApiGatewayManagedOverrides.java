// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.apigatewayv2;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.fn.Value;
import java.util.List;
import java.util.Map;

/**
 * The <code>AWS::ApiGatewayV2::ApiGatewayManagedOverrides</code> resource overrides the default
 * properties of API Gateway-managed resources that are implicitly configured for you when you use
 * quick create. When you create an API by using quick create, an
 * <code>AWS::ApiGatewayV2::Route</code> , <code>AWS::ApiGatewayV2::Integration</code> , and
 * <code>AWS::ApiGatewayV2::Stage</code> are created for you and associated with your
 * <code>AWS::ApiGatewayV2::Api</code> . The
 * <code>AWS::ApiGatewayV2::ApiGatewayManagedOverrides</code> resource enables you to set, or
 * override the properties of these implicit resources. Supported only for HTTP APIs.
 *
 * <p>CloudFormation type {@code AWS::ApiGatewayV2::ApiGatewayManagedOverrides}.
 */
public final class ApiGatewayManagedOverrides extends Resource<ApiGatewayManagedOverrides> {
  private static final Schema SCHEMA = Schema.builder("AWS::ApiGatewayV2::ApiGatewayManagedOverrides")
      .required("ApiId")
      .refYields("ApiId")
      .attributes("Id")
      .build();

  public ApiGatewayManagedOverrides(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The ID of the API for which to override the configuration of API Gateway-managed resources.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code ApiId}.
   */
  public ApiGatewayManagedOverrides apiId(String value) {
    return set("ApiId", Value.of(value));
  }

  /** Sets {@code ApiId} to this value; see {@link #apiId(String)}. */
  public ApiGatewayManagedOverrides apiId(Value<String> value) {
    return set("ApiId", value);
  }

  /**
   * Overrides the integration configuration for an API Gateway-managed integration.
   *
   * <p>CloudFormation property {@code Integration}.
   */
  public ApiGatewayManagedOverrides integration(Value<IntegrationOverrides> value) {
    return set("Integration", value);
  }

  /**
   * Overrides the route configuration for an API Gateway-managed route.
   *
   * <p>CloudFormation property {@code Route}.
   */
  public ApiGatewayManagedOverrides route(Value<RouteOverrides> value) {
    return set("Route", value);
  }

  /**
   * Overrides the stage configuration for an API Gateway-managed stage.
   *
   * <p>CloudFormation property {@code Stage}.
   */
  public ApiGatewayManagedOverrides stage(Value<StageOverrides> value) {
    return set("Stage", value);
  }

  /**
   * The identifier.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Id}.
   */
  public Value<String> id() {
    return getAtt("Id");
  }

  /**
   * The <code>AccessLogSettings</code> property overrides the access log settings for an API
   * Gateway-managed stage.
   *
   * <p>Property type {@code AWS::ApiGatewayV2::ApiGatewayManagedOverrides.AccessLogSettings}.
   */
  public static final class AccessLogSettings extends Struct<AccessLogSettings> {
    private static final Schema SCHEMA = Schema.of("AWS::ApiGatewayV2::ApiGatewayManagedOverrides.AccessLogSettings");

    public AccessLogSettings() {
      super(SCHEMA);
    }

    /**
     * The ARN of the CloudWatch Logs log group to receive access logs.
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
     * The format must include at least $context.requestId.
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
   * The <code>IntegrationOverrides</code> property overrides the integration settings for an API
   * Gateway-managed integration. If you remove this property, API Gateway restores the default
   * values.
   *
   * <p>Property type {@code AWS::ApiGatewayV2::ApiGatewayManagedOverrides.IntegrationOverrides}.
   */
  public static final class IntegrationOverrides extends Struct<IntegrationOverrides> {
    private static final Schema SCHEMA = Schema.of("AWS::ApiGatewayV2::ApiGatewayManagedOverrides.IntegrationOverrides");

    public IntegrationOverrides() {
      super(SCHEMA);
    }

    /**
     * The description of the integration.
     *
     * <p>CloudFormation property {@code Description}.
     */
    public IntegrationOverrides description(String value) {
      return set("Description", Value.of(value));
    }

    /** Sets {@code Description} to this value; see {@link #description(String)}. */
    public IntegrationOverrides description(Value<String> value) {
      return set("Description", value);
    }

    /**
     * Specifies the integration's HTTP method type. For WebSocket APIs, if you use a Lambda
     * integration, you must set the integration method to <code>POST</code> .
     *
     * <p>CloudFormation property {@code IntegrationMethod}.
     */
    public IntegrationOverrides integrationMethod(String value) {
      return set("IntegrationMethod", Value.of(value));
    }

    /** Sets {@code IntegrationMethod} to this value; see {@link #integrationMethod(String)}. */
    public IntegrationOverrides integrationMethod(Value<String> value) {
      return set("IntegrationMethod", value);
    }

    /**
     * Specifies the format of the payload sent to an integration. Required for HTTP APIs. For HTTP
     * APIs, supported values for Lambda proxy integrations are <code>1.0</code> and
     * <code>2.0</code> . For all other integrations, <code>1.0</code> is the only supported value.
     * To learn more, see <a
     * href="https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-develop-integrations-lambda.html">Working
     * with AWS Lambda proxy integrations for HTTP APIs</a> .
     *
     * <p>CloudFormation property {@code PayloadFormatVersion}.
     */
    public IntegrationOverrides payloadFormatVersion(String value) {
      return set("PayloadFormatVersion", Value.of(value));
    }

    /**
     * Sets {@code PayloadFormatVersion} to this value; see {@link #payloadFormatVersion(String)}.
     */
    public IntegrationOverrides payloadFormatVersion(Value<String> value) {
      return set("PayloadFormatVersion", value);
    }

    /**
     * Custom timeout between 50 and 29,000 milliseconds for WebSocket APIs and between 50 and
     * 30,000 milliseconds for HTTP APIs. The default timeout is 29 seconds for WebSocket APIs and
     * 30 seconds for HTTP APIs.
     *
     * <p>CloudFormation property {@code TimeoutInMillis}.
     */
    public IntegrationOverrides timeoutInMillis(int value) {
      return set("TimeoutInMillis", Value.of(value));
    }

    /** Sets {@code TimeoutInMillis} to this value; see {@link #timeoutInMillis(int)}. */
    public IntegrationOverrides timeoutInMillis(Value<Integer> value) {
      return set("TimeoutInMillis", value);
    }
  }

  /**
   * The <code>RouteOverrides</code> property overrides the route configuration for an API
   * Gateway-managed route. If you remove this property, API Gateway restores the default values.
   *
   * <p>Property type {@code AWS::ApiGatewayV2::ApiGatewayManagedOverrides.RouteOverrides}.
   */
  public static final class RouteOverrides extends Struct<RouteOverrides> {
    private static final Schema SCHEMA = Schema.of("AWS::ApiGatewayV2::ApiGatewayManagedOverrides.RouteOverrides");

    public RouteOverrides() {
      super(SCHEMA);
    }

    /**
     * The authorization scopes supported by this route.
     *
     * <p>CloudFormation property {@code AuthorizationScopes}.
     */
    public RouteOverrides authorizationScopes(List<String> value) {
      return set("AuthorizationScopes", Value.listOf(value));
    }

    /** Sets {@code AuthorizationScopes} to this value; see {@link #authorizationScopes(List)}. */
    public RouteOverrides authorizationScopes(Value<List<String>> value) {
      return set("AuthorizationScopes", value);
    }

    /**
     * The authorization type for the route. To learn more, see <a
     * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-apigatewayv2-route.html#cfn-apigatewayv2-route-authorizationtype">AuthorizationType</a>
     * .
     *
     * <p>CloudFormation property {@code AuthorizationType}.
     */
    public RouteOverrides authorizationType(String value) {
      return set("AuthorizationType", Value.of(value));
    }

    /** Sets {@code AuthorizationType} to this value; see {@link #authorizationType(String)}. */
    public RouteOverrides authorizationType(Value<String> value) {
      return set("AuthorizationType", value);
    }

    /**
     * The identifier of the <code>Authorizer</code> resource to be associated with this route. The
     * authorizer identifier is generated by API Gateway when you created the authorizer.
     *
     * <p>CloudFormation property {@code AuthorizerId}.
     */
    public RouteOverrides authorizerId(String value) {
      return set("AuthorizerId", Value.of(value));
    }

    /** Sets {@code AuthorizerId} to this value; see {@link #authorizerId(String)}. */
    public RouteOverrides authorizerId(Value<String> value) {
      return set("AuthorizerId", value);
    }

    /**
     * The operation name for the route.
     *
     * <p>CloudFormation property {@code OperationName}.
     */
    public RouteOverrides operationName(String value) {
      return set("OperationName", Value.of(value));
    }

    /** Sets {@code OperationName} to this value; see {@link #operationName(String)}. */
    public RouteOverrides operationName(Value<String> value) {
      return set("OperationName", value);
    }

    /**
     * For HTTP integrations, specify a fully qualified URL. For Lambda integrations, specify a
     * function ARN. The type of the integration will be HTTP_PROXY or AWS_PROXY, respectively.
     *
     * <p>CloudFormation property {@code Target}.
     */
    public RouteOverrides target(String value) {
      return set("Target", Value.of(value));
    }

    /** Sets {@code Target} to this value; see {@link #target(String)}. */
    public RouteOverrides target(Value<String> value) {
      return set("Target", value);
    }
  }

  /**
   * The <code>RouteSettings</code> property overrides the route settings for an API Gateway-managed
   * route.
   *
   * <p>Property type {@code AWS::ApiGatewayV2::ApiGatewayManagedOverrides.RouteSettings}.
   */
  public static final class RouteSettings extends Struct<RouteSettings> {
    private static final Schema SCHEMA = Schema.of("AWS::ApiGatewayV2::ApiGatewayManagedOverrides.RouteSettings");

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

  /**
   * The <code>StageOverrides</code> property overrides the stage configuration for an API
   * Gateway-managed stage. If you remove this property, API Gateway restores the default values.
   *
   * <p>Property type {@code AWS::ApiGatewayV2::ApiGatewayManagedOverrides.StageOverrides}.
   */
  public static final class StageOverrides extends Struct<StageOverrides> {
    private static final Schema SCHEMA = Schema.builder("AWS::ApiGatewayV2::ApiGatewayManagedOverrides.StageOverrides")
        .constrain("RouteSettings", Constraint.of().format("json"))
        .constrain("StageVariables", Constraint.of().format("json"))
        .build();

    public StageOverrides() {
      super(SCHEMA);
    }

    /**
     * Settings for logging access in a stage.
     *
     * <p>CloudFormation property {@code AccessLogSettings}.
     */
    public StageOverrides accessLogSettings(Value<AccessLogSettings> value) {
      return set("AccessLogSettings", value);
    }

    /**
     * Specifies whether updates to an API automatically trigger a new deployment. The default value
     * is <code>true</code> .
     *
     * <p>CloudFormation property {@code AutoDeploy}.
     */
    public StageOverrides autoDeploy(boolean value) {
      return set("AutoDeploy", Value.of(value));
    }

    /** Sets {@code AutoDeploy} to this value; see {@link #autoDeploy(boolean)}. */
    public StageOverrides autoDeploy(Value<Boolean> value) {
      return set("AutoDeploy", value);
    }

    /**
     * The default route settings for the stage.
     *
     * <p>CloudFormation property {@code DefaultRouteSettings}.
     */
    public StageOverrides defaultRouteSettings(Value<RouteSettings> value) {
      return set("DefaultRouteSettings", value);
    }

    /**
     * The description for the API stage.
     *
     * <p>CloudFormation property {@code Description}.
     */
    public StageOverrides description(String value) {
      return set("Description", Value.of(value));
    }

    /** Sets {@code Description} to this value; see {@link #description(String)}. */
    public StageOverrides description(Value<String> value) {
      return set("Description", value);
    }

    /**
     * Route settings for the stage.
     *
     * <p>Format: {@code json}. CloudFormation property {@code RouteSettings}.
     */
    public StageOverrides routeSettings(Map<String, RouteSettings> value) {
      return set("RouteSettings", Value.mapOf(value));
    }

    /** Sets {@code RouteSettings} to this value; see {@link #routeSettings(Map)}. */
    public StageOverrides routeSettings(Value<Map<String, RouteSettings>> value) {
      return set("RouteSettings", value);
    }

    /**
     * A map that defines the stage variables for a <code>Stage</code> . Variable names can have
     * alphanumeric and underscore characters, and the values must match
     * [A-Za-z0-9-._~:/?#&amp;=,]+.
     *
     * <p>Format: {@code json}. CloudFormation property {@code StageVariables}.
     */
    public StageOverrides stageVariables(Map<String, String> value) {
      return set("StageVariables", Value.mapOf(value));
    }

    /** Sets {@code StageVariables} to this value; see {@link #stageVariables(Map)}. */
    public StageOverrides stageVariables(Value<Map<String, String>> value) {
      return set("StageVariables", value);
    }
  }
}
