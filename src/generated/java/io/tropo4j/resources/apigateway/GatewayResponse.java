// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.apigateway;

import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.fn.Value;
import java.util.Map;

/**
 * The <code>AWS::ApiGateway::GatewayResponse</code> resource creates a gateway response for your
 * API. When you delete a stack containing this resource, your custom gateway responses are reset.
 * For more information, see <a
 * href="https://docs.aws.amazon.com/apigateway/latest/developerguide/customize-gateway-responses.html#api-gateway-gatewayResponse-definition">API
 * Gateway Responses</a> in the <em>API Gateway Developer Guide</em> .
 *
 * <p>CloudFormation type {@code AWS::ApiGateway::GatewayResponse}.
 */
public final class GatewayResponse extends Resource<GatewayResponse> {
  private static final Schema SCHEMA = Schema.builder("AWS::ApiGateway::GatewayResponse")
      .required("ResponseType", "RestApiId")
      .references("RestApiId", "AWS::ApiGateway::RestApi.Ref")
      .refYields("Id")
      .attributes("Id")
      .build();

  public GatewayResponse(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * Response parameters (paths, query strings and headers) of the GatewayResponse as a
   * string-to-string map of key-value pairs.
   *
   * <p>CloudFormation property {@code ResponseParameters}.
   */
  public GatewayResponse responseParameters(Map<String, String> value) {
    return set("ResponseParameters", Value.mapOf(value));
  }

  /** Sets {@code ResponseParameters} to this value; see {@link #responseParameters(Map)}. */
  public GatewayResponse responseParameters(Value<Map<String, String>> value) {
    return set("ResponseParameters", value);
  }

  /**
   * Response templates of the GatewayResponse as a string-to-string map of key-value pairs.
   *
   * <p>CloudFormation property {@code ResponseTemplates}.
   */
  public GatewayResponse responseTemplates(Map<String, String> value) {
    return set("ResponseTemplates", Value.mapOf(value));
  }

  /** Sets {@code ResponseTemplates} to this value; see {@link #responseTemplates(Map)}. */
  public GatewayResponse responseTemplates(Value<Map<String, String>> value) {
    return set("ResponseTemplates", value);
  }

  /**
   * The response type of the associated GatewayResponse.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code ResponseType}.
   */
  public GatewayResponse responseType(String value) {
    return set("ResponseType", Value.of(value));
  }

  /** Sets {@code ResponseType} to this value; see {@link #responseType(String)}. */
  public GatewayResponse responseType(Value<String> value) {
    return set("ResponseType", value);
  }

  /**
   * The string identifier of the associated RestApi.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code RestApiId}.
   */
  public GatewayResponse restApiId(String value) {
    return set("RestApiId", Value.of(value));
  }

  /** Sets {@code RestApiId} to this value; see {@link #restApiId(String)}. */
  public GatewayResponse restApiId(Value<String> value) {
    return set("RestApiId", value);
  }

  /**
   * Sets {@code RestApiId} to the Ref of {@code AWS::ApiGateway::RestApi}; see {@link
   * #restApiId(String)}.
   */
  public GatewayResponse restApiId(RestApi resource) {
    return set("RestApiId", resource.ref());
  }

  /**
   * The HTTP status code for this GatewayResponse.
   *
   * <p>CloudFormation property {@code StatusCode}.
   */
  public GatewayResponse statusCode(String value) {
    return set("StatusCode", Value.of(value));
  }

  /** Sets {@code StatusCode} to this value; see {@link #statusCode(String)}. */
  public GatewayResponse statusCode(Value<String> value) {
    return set("StatusCode", value);
  }

  /**
   * The ID for the gateway response. For example: <code>abc123</code> .
   *
   * <p>{@code Fn::GetAtt} attribute {@code Id}.
   */
  public Value<String> id() {
    return getAtt("Id");
  }
}
