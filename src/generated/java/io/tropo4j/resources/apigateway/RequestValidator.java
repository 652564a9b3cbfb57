// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.apigateway;

import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.fn.Value;

/**
 * The <code>AWS::ApiGateway::RequestValidator</code> resource sets up basic validation rules for
 * incoming requests to your API. For more information, see <a
 * href="https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-method-request-validation.html">Enable
 * Basic Request Validation for an API in API Gateway</a> in the <em>API Gateway Developer
 * Guide</em> .
 *
 * <p>CloudFormation type {@code AWS::ApiGateway::RequestValidator}.
 */
public final class RequestValidator extends Resource<RequestValidator> {
  private static final Schema SCHEMA = Schema.builder("AWS::ApiGateway::RequestValidator")
      .required("RestApiId")
      .references("RestApiId", "AWS::ApiGateway::RestApi.Ref")
      .refYields("RequestValidatorId")
      .attributes("RequestValidatorId")
      .build();

  public RequestValidator(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The name of this RequestValidator
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code Name}.
   */
  public RequestValidator name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public RequestValidator name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * The string identifier of the associated RestApi.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code RestApiId}.
   */
  public RequestValidator restApiId(String value) {
    return set("RestApiId", Value.of(value));
  }

  /** Sets {@code RestApiId} to this value; see {@link #restApiId(String)}. */
  public RequestValidator restApiId(Value<String> value) {
    return set("RestApiId", value);
  }

  /**
   * Sets {@code RestApiId} to the Ref of {@code AWS::ApiGateway::RestApi}; see {@link
   * #restApiId(String)}.
   */
  public RequestValidator restApiId(RestApi resource) {
    return set("RestApiId", resource.ref());
  }

  /**
   * A Boolean flag to indicate whether to validate a request body according to the configured Model
   * schema.
   *
   * <p>CloudFormation property {@code ValidateRequestBody}.
   */
  public RequestValidator validateRequestBody(boolean value) {
    return set("ValidateRequestBody", Value.of(value));
  }

  /** Sets {@code ValidateRequestBody} to this value; see {@link #validateRequestBody(boolean)}. */
  public RequestValidator validateRequestBody(Value<Boolean> value) {
    return set("ValidateRequestBody", value);
  }

  /**
   * A Boolean flag to indicate whether to validate request parameters ( <code>true</code> ) or not
   * ( <code>false</code> ).
   *
   * <p>CloudFormation property {@code ValidateRequestParameters}.
   */
  public RequestValidator validateRequestParameters(boolean value) {
    return set("ValidateRequestParameters", Value.of(value));
  }

  /**
   * Sets {@code ValidateRequestParameters} to this value; see {@link
   * #validateRequestParameters(boolean)}.
   */
  public RequestValidator validateRequestParameters(Value<Boolean> value) {
    return set("ValidateRequestParameters", value);
  }

  /**
   * The ID for the request validator. For example: <code>abc123</code> .
   *
   * <p>{@code Fn::GetAtt} attribute {@code RequestValidatorId}.
   */
  public Value<String> requestValidatorId() {
    return getAtt("RequestValidatorId");
  }
}
