// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.apigatewayv2;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.fn.Json;
import io.tropo4j.fn.Value;
import java.util.Map;

/**
 * The <code>AWS::ApiGatewayV2::RouteResponse</code> resource creates a route response for a
 * WebSocket API. For more information, see <a
 * href="https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-websocket-api-route-response.html">Set
 * up Route Responses for a WebSocket API in API Gateway</a> in the <em>API Gateway Developer
 * Guide</em> .
 *
 * <p>CloudFormation type {@code AWS::ApiGatewayV2::RouteResponse}.
 */
public final class RouteResponse extends Resource<RouteResponse> {
  private static final Schema SCHEMA = Schema.builder("AWS::ApiGatewayV2::RouteResponse")
      .required("ApiId", "RouteId", "RouteResponseKey")
      .references("ApiId", "AWS::ApiGatewayV2::Api.Ref")
      .constrain("ResponseModels", Constraint.of().format("json"))
      .references("RouteId", "AWS::ApiGatewayV2::Route.Ref")
      .refYields("RouteResponseId")
      .attributes("RouteResponseId")
      .build();

  public RouteResponse(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The API identifier.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code ApiId}.
   */
  public RouteResponse apiId(String value) {
    return set("ApiId", Value.of(value));
  }

  /** Sets {@code ApiId} to this value; see {@link #apiId(String)}. */
  public RouteResponse apiId(Value<String> value) {
    return set("ApiId", value);
  }

  /**
   * Sets {@code ApiId} to the Ref of {@code AWS::ApiGatewayV2::Api}; see {@link #apiId(String)}.
   */
  public RouteResponse apiId(Api resource) {
    return set("ApiId", resource.ref());
  }

  /**
   * The model selection expression for the route response. Supported only for WebSocket APIs.
   *
   * <p>CloudFormation property {@code ModelSelectionExpression}.
   */
  public RouteResponse modelSelectionExpression(String value) {
    return set("ModelSelectionExpression", Value.of(value));
  }

  /**
   * Sets {@code ModelSelectionExpression} to this value; see {@link
   * #modelSelectionExpression(String)}.
   */
  public RouteResponse modelSelectionExpression(Value<String> value) {
    return set("ModelSelectionExpression", value);
  }

  /**
   * The response models for the route response.
   *
   * <p>Format: {@code json}. CloudFormation property {@code ResponseModels}.
   */
  public RouteResponse responseModels(Value<Json> value) {
    return set("ResponseModels", value);
  }

  /**
   * The route response parameters.
   *
   * <p>CloudFormation property {@code ResponseParameters}.
   */
  public RouteResponse responseParameters(Map<String, ParameterConstraints> value) {
    return set("ResponseParameters", Value.mapOf(value));
  }

  /** Sets {@code ResponseParameters} to this value; see {@link #responseParameters(Map)}. */
  public RouteResponse responseParameters(Value<Map<String, ParameterConstraints>> value) {
    return set("ResponseParameters", value);
  }

  /**
   * The route ID.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code RouteId}.
   */
  public RouteResponse routeId(String value) {
    return set("RouteId", Value.of(value));
  }

  /** Sets {@code RouteId} to this value; see {@link #routeId(String)}. */
  public RouteResponse routeId(Value<String> value) {
    return set("RouteId", value);
  }

  /**
   * Sets {@code RouteId} to the Ref of {@code AWS::ApiGatewayV2::Route}; see {@link
   * #routeId(String)}.
   */
  public RouteResponse routeId(Route resource) {
    return set("RouteId", resource.ref());
  }

  /**
   * The route response key.
   *
   * <p>Required. CloudFormation property {@code RouteResponseKey}.
   */
  public RouteResponse routeResponseKey(String value) {
    return set("RouteResponseKey", Value.of(value));
  }

  /** Sets {@code RouteResponseKey} to this value; see {@link #routeResponseKey(String)}. */
  public RouteResponse routeResponseKey(Value<String> value) {
    return set("RouteResponseKey", value);
  }

  /**
   * The route response ID.
   *
   * <p>{@code Fn::GetAtt} attribute {@code RouteResponseId}.
   */
  public Value<String> routeResponseId() {
    return getAtt("RouteResponseId");
  }

  /**
   * Specifies whether the parameter is required.
   *
   * <p>Property type {@code AWS::ApiGatewayV2::RouteResponse.ParameterConstraints}.
   */
  public static final class ParameterConstraints extends Struct<ParameterConstraints> {
    private static final Schema SCHEMA = Schema.builder("AWS::ApiGatewayV2::RouteResponse.ParameterConstraints")
        .required("Required")
        .build();

    public ParameterConstraints() {
      super(SCHEMA);
    }

    /**
     * Specifies whether the parameter is required.
     *
     * <p>Required. CloudFormation property {@code Required}.
     */
    public ParameterConstraints required(boolean value) {
      return set("Required", Value.of(value));
    }

    /** Sets {@code Required} to this value; see {@link #required(boolean)}. */
    public ParameterConstraints required(Value<Boolean> value) {
      return set("Required", value);
    }
  }
}
