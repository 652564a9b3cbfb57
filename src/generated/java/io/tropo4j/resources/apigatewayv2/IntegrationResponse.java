// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.apigatewayv2;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.fn.Json;
import io.tropo4j.fn.Value;

/**
 * The <code>AWS::ApiGatewayV2::IntegrationResponse</code> resource updates an integration response
 * for an WebSocket API. For more information, see <a
 * href="https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-websocket-api-integration-responses.html">Set
 * up WebSocket API Integration Responses in API Gateway</a> in the <em>API Gateway Developer
 * Guide</em> .
 *
 * <p>CloudFormation type {@code AWS::ApiGatewayV2::IntegrationResponse}.
 */
public final class IntegrationResponse extends Resource<IntegrationResponse> {
  private static final Schema SCHEMA = Schema.builder("AWS::ApiGatewayV2::IntegrationResponse")
      .required("ApiId", "IntegrationId", "IntegrationResponseKey")
      .references("ApiId", "AWS::ApiGatewayV2::Api.Ref")
      .references("IntegrationId", "AWS::ApiGatewayV2::Integration.Ref")
      .constrain("ResponseParameters", Constraint.of().format("json"))
      .constrain("ResponseTemplates", Constraint.of().format("json"))
      .refYields("IntegrationResponseId")
      .attributes("IntegrationResponseId")
      .build();

  public IntegrationResponse(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The API identifier.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code ApiId}.
   */
  public IntegrationResponse apiId(String value) {
    return set("ApiId", Value.of(value));
  }

  /** Sets {@code ApiId} to this value; see {@link #apiId(String)}. */
  public IntegrationResponse apiId(Value<String> value) {
    return set("ApiId", value);
  }

  /**
   * Sets {@code ApiId} to the Ref of {@code AWS::ApiGatewayV2::Api}; see {@link #apiId(String)}.
   */
  public IntegrationResponse apiId(Api resource) {
    return set("ApiId", resource.ref());
  }

  /**
   * Supported only for WebSocket APIs. Specifies how to handle response payload content type
   * conversions. Supported values are <code>CONVERT_TO_BINARY</code> and
   * <code>CONVERT_TO_TEXT</code> , with the following behaviors:
   *
   * <p><code>CONVERT_TO_BINARY</code> : Converts a response payload from a Base64-encoded string to
   * the corresponding binary blob.
   *
   * <p><code>CONVERT_TO_TEXT</code> : Converts a response payload from a binary blob to a
   * Base64-encoded string.
   *
   * <p>If this property is not defined, the response payload will be passed through from the
   * integration response to the route response or method response without modification.
   *
   * <p>CloudFormation property {@code ContentHandlingStrategy}.
   */
  public IntegrationResponse contentHandlingStrategy(String value) {
    return set("ContentHandlingStrategy", Value.of(value));
  }

  /**
   * Sets {@code ContentHandlingStrategy} to this value; see {@link
   * #contentHandlingStrategy(String)}.
   */
  public IntegrationResponse contentHandlingStrategy(Value<String> value) {
    return set("ContentHandlingStrategy", value);
  }

  /**
   * The integration ID.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code IntegrationId}.
   */
  public IntegrationResponse integrationId(String value) {
    return set("IntegrationId", Value.of(value));
  }

  /** Sets {@code IntegrationId} to this value; see {@link #integrationId(String)}. */
  public IntegrationResponse integrationId(Value<String> value) {
    return set("IntegrationId", value);
  }

  /**
   * Sets {@code IntegrationId} to the Ref of {@code AWS::ApiGatewayV2::Integration}; see {@link
   * #integrationId(String)}.
   */
  public IntegrationResponse integrationId(Integration resource) {
    return set("IntegrationId", resource.ref());
  }

  /**
   * The integration response key.
   *
   * <p>Required. CloudFormation property {@code IntegrationResponseKey}.
   */
  public IntegrationResponse integrationResponseKey(String value) {
    return set("IntegrationResponseKey", Value.of(value));
  }

  /**
   * Sets {@code IntegrationResponseKey} to this value; see {@link #integrationResponseKey(String)}.
   */
  public IntegrationResponse integrationResponseKey(Value<String> value) {
    return set("IntegrationResponseKey", value);
  }

  /**
   * A key-value map specifying response parameters that are passed to the method response from the
   * backend. The key is a method response header parameter name and the mapped value is an
   * integration response header value, a static value enclosed within a pair of single quotes, or a
   * JSON expression from the integration response body. The mapping key must match the pattern of
   * <code>method.response.header. <em>{name}</em></code> , where name is a valid and unique header
   * name. The mapped non-static value must match the pattern of <code>integration.response.header.
   * <em>{name}</em></code> or <code>integration.response.body. <em>{JSON-expression}</em></code> ,
   * where <code><em>{name}</em></code> is a valid and unique response header name and
   * <code><em>{JSON-expression}</em></code> is a valid JSON expression without the <code>$</code>
   * prefix.
   *
   * <p>Format: {@code json}. CloudFormation property {@code ResponseParameters}.
   */
  public IntegrationResponse responseParameters(Value<Json> value) {
    return set("ResponseParameters", value);
  }

  /**
   * The collection of response templates for the integration response as a string-to-string map of
   * key-value pairs. Response templates are represented as a key/value map, with a content-type as
   * the key and a template as the value.
   *
   * <p>Format: {@code json}. CloudFormation property {@code ResponseTemplates}.
   */
  public IntegrationResponse responseTemplates(Value<Json> value) {
    return set("ResponseTemplates", value);
  }

  /**
   * The template selection expression for the integration response. Supported only for WebSocket
   * APIs.
   *
   * <p>CloudFormation property {@code TemplateSelectionExpression}.
   */
  public IntegrationResponse templateSelectionExpression(String value) {
    return set("TemplateSelectionExpression", Value.of(value));
  }

  /**
   * Sets {@code TemplateSelectionExpression} to this value; see {@link
   * #templateSelectionExpression(String)}.
   */
  public IntegrationResponse templateSelectionExpression(Value<String> value) {
    return set("TemplateSelectionExpression", value);
  }

  /**
   * The integration response ID.
   *
   * <p>{@code Fn::GetAtt} attribute {@code IntegrationResponseId}.
   */
  public Value<String> integrationResponseId() {
    return getAtt("IntegrationResponseId");
  }
}
