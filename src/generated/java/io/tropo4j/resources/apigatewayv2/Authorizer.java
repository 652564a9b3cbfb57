// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.apigatewayv2;

import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * The <code>AWS::ApiGatewayV2::Authorizer</code> resource creates an authorizer for a WebSocket API
 * or an HTTP API. To learn more, see <a
 * href="https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-websocket-api-control-access.html">Controlling
 * and managing access to a WebSocket API in API Gateway</a> and <a
 * href="https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-access-control.html">Controlling
 * and managing access to an HTTP API in API Gateway</a> in the <em>API Gateway Developer Guide</em>
 * .
 *
 * <p>CloudFormation type {@code AWS::ApiGatewayV2::Authorizer}.
 */
public final class Authorizer extends Resource<Authorizer> {
  private static final Schema SCHEMA = Schema.builder("AWS::ApiGatewayV2::Authorizer")
      .required("ApiId", "AuthorizerType", "Name")
      .references("ApiId", "AWS::ApiGatewayV2::Api.Ref")
      .refYields("AuthorizerId")
      .attributes("AuthorizerId")
      .build();

  public Authorizer(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The API identifier.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code ApiId}.
   */
  public Authorizer apiId(String value) {
    return set("ApiId", Value.of(value));
  }

  /** Sets {@code ApiId} to this value; see {@link #apiId(String)}. */
  public Authorizer apiId(Value<String> value) {
    return set("ApiId", value);
  }

  /**
   * Sets {@code ApiId} to the Ref of {@code AWS::ApiGatewayV2::Api}; see {@link #apiId(String)}.
   */
  public Authorizer apiId(Api resource) {
    return set("ApiId", resource.ref());
  }

  /**
   * Specifies the required credentials as an IAM role for API Gateway to invoke the authorizer. To
   * specify an IAM role for API Gateway to assume, use the role's Amazon Resource Name (ARN). To
   * use resource-based permissions on the Lambda function, specify null. Supported only for
   * <code>REQUEST</code> authorizers.
   *
   * <p>CloudFormation property {@code AuthorizerCredentialsArn}.
   */
  public Authorizer authorizerCredentialsArn(String value) {
    return set("AuthorizerCredentialsArn", Value.of(value));
  }

  /**
   * Sets {@code AuthorizerCredentialsArn} to this value; see {@link
   * #authorizerCredentialsArn(String)}.
   */
  public Authorizer authorizerCredentialsArn(Value<String> value) {
    return set("AuthorizerCredentialsArn", value);
  }

  /**
   * Specifies the format of the payload sent to an HTTP API Lambda authorizer. Required for HTTP
   * API Lambda authorizers. Supported values are <code>1.0</code> and <code>2.0</code> . To learn
   * more, see <a
   * href="https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-lambda-authorizer.html">Working
   * with AWS Lambda authorizers for HTTP APIs</a> .
   *
   * <p>CloudFormation property {@code AuthorizerPayloadFormatVersion}.
   */
  public Authorizer authorizerPayloadFormatVersion(String value) {
    return set("AuthorizerPayloadFormatVersion", Value.of(value));
  }

  /**
   * Sets {@code AuthorizerPayloadFormatVersion} to this value; see {@link
   * #authorizerPayloadFormatVersion(String)}.
   */
  public Authorizer authorizerPayloadFormatVersion(Value<String> value) {
    return set("AuthorizerPayloadFormatVersion", value);
  }

  /**
   * The time to live (TTL) for cached authorizer results, in seconds. If it equals 0, authorization
   * caching is disabled. If it is greater than 0, API Gateway caches authorizer responses. The
   * maximum value is 3600, or 1 hour. Supported only for HTTP API Lambda authorizers.
   *
   * <p>CloudFormation property {@code AuthorizerResultTtlInSeconds}.
   */
  public Authorizer authorizerResultTtlInSeconds(int value) {
    return set("AuthorizerResultTtlInSeconds", Value.of(value));
  }

  /**
   * Sets {@code AuthorizerResultTtlInSeconds} to this value; see {@link
   * #authorizerResultTtlInSeconds(int)}.
   */
  public Authorizer authorizerResultTtlInSeconds(Value<Integer> value) {
    return set("AuthorizerResultTtlInSeconds", value);
  }

  /**
   * The authorizer type. Specify <code>REQUEST</code> for a Lambda function using incoming request
   * parameters. Specify <code>JWT</code> to use JSON Web Tokens (supported only for HTTP APIs).
   *
   * <p>Required. CloudFormation property {@code AuthorizerType}.
   */
  public Authorizer authorizerType(String value) {
    return set("AuthorizerType", Value.of(value));
  }

  /** Sets {@code AuthorizerType} to this value; see {@link #authorizerType(String)}. */
  public Authorizer authorizerType(Value<String> value) {
    return set("AuthorizerType", value);
  }

  /**
   * The authorizer's Uniform Resource Identifier (URI). For <code>REQUEST</code> authorizers, this
   * must be a well-formed Lambda function URI, for example,
   * <code>arn:aws:apigateway:us-west-2:lambda:path/2015-03-31/functions/arn:aws:lambda:us-west-2:
   * <em>{account_id}</em> :function: <em>{lambda_function_name}</em> /invocations</code> . In
   * general, the URI has this form: <code>arn:aws:apigateway: <em>{region}</em> :lambda:path/
   * <em>{service_api}</em></code> , where <em>{region}</em> is the same as the region hosting the
   * Lambda function, path indicates that the remaining substring in the URI should be treated as
   * the path to the resource, including the initial <code>/</code> . For Lambda functions, this is
   * usually of the form <code>/2015-03-31/functions/[FunctionARN]/invocations</code> .
   *
   * <p>CloudFormation property {@code AuthorizerUri}.
   */
  public Authorizer authorizerUri(String value) {
    return set("AuthorizerUri", Value.of(value));
  }

  /** Sets {@code AuthorizerUri} to this value; see {@link #authorizerUri(String)}. */
  public Authorizer authorizerUri(Value<String> value) {
    return set("AuthorizerUri", value);
  }

  /**
   * Specifies whether a Lambda authorizer returns a response in a simple format. By default, a
   * Lambda authorizer must return an IAM policy. If enabled, the Lambda authorizer can return a
   * boolean value instead of an IAM policy. Supported only for HTTP APIs. To learn more, see <a
   * href="https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-lambda-authorizer.html">Working
   * with AWS Lambda authorizers for HTTP APIs</a> .
   *
   * <p>CloudFormation property {@code EnableSimpleResponses}.
   */
  public Authorizer enableSimpleResponses(boolean value) {
    return set("EnableSimpleResponses", Value.of(value));
  }

  /**
   * Sets {@code EnableSimpleResponses} to this value; see {@link #enableSimpleResponses(boolean)}.
   */
  public Authorizer enableSimpleResponses(Value<Boolean> value) {
    return set("EnableSimpleResponses", value);
  }

  /**
   * The identity source for which authorization is requested.
   *
   * <p>For a <code>REQUEST</code> authorizer, this is optional. The value is a set of one or more
   * mapping expressions of the specified request parameters. The identity source can be headers,
   * query string parameters, stage variables, and context parameters. For example, if an Auth
   * header and a Name query string parameter are defined as identity sources, this value is
   * route.request.header.Auth, route.request.querystring.Name for WebSocket APIs. For HTTP APIs,
   * use selection expressions prefixed with <code>$</code> , for example,
   * <code>$request.header.Auth</code> , <code>$request.querystring.Name</code> . These parameters
   * are used to perform runtime validation for Lambda-based authorizers by verifying all of the
   * identity-related request parameters are present in the request, not null, and non-empty. Only
   * when this is true does the authorizer invoke the authorizer Lambda function. Otherwise, it
   * returns a 401 Unauthorized response without calling the Lambda function. For HTTP APIs,
   * identity sources are also used as the cache key when caching is enabled. To learn more, see <a
   * href="https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-lambda-authorizer.html">Working
   * with AWS Lambda authorizers for HTTP APIs</a> .
   *
   * <p>For <code>JWT</code> , a single entry that specifies where to extract the JSON Web Token
   * (JWT) from inbound requests. Currently only header-based and query parameter-based selections
   * are supported, for example <code>$request.header.Authorization</code> .
   *
   * <p>CloudFormation property {@code IdentitySource}.
   */
  public Authorizer identitySource(List<String> value) {
    return set("IdentitySource", Value.listOf(value));
  }

  /** Sets {@code IdentitySource} to this value; see {@link #identitySource(List)}. */
  public Authorizer identitySource(Value<List<String>> value) {
    return set("IdentitySource", value);
  }

  /**
   * This parameter is not used.
   *
   * <p>CloudFormation property {@code IdentityValidationExpression}.
   */
  public Authorizer identityValidationExpression(String value) {
    return set("IdentityValidationExpression", Value.of(value));
  }

  /**
   * Sets {@code IdentityValidationExpression} to this value; see {@link
   * #identityValidationExpression(String)}.
   */
  public Authorizer identityValidationExpression(Value<String> value) {
    return set("IdentityValidationExpression", value);
  }

  /**
   * The <code>JWTConfiguration</code> property specifies the configuration of a JWT authorizer.
   * Required for the <code>JWT</code> authorizer type. Supported only for HTTP APIs.
   *
   * <p>CloudFormation property {@code JwtConfiguration}.
   */
  public Authorizer jwtConfiguration(Value<JWTConfiguration> value) {
    return set("JwtConfiguration", value);
  }

  /**
   * The name of the authorizer.
   *
   * <p>Required. CloudFormation property {@code Name}.
   */
  public Authorizer name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public Authorizer name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * The authorizer ID.
   *
   * <p>{@code Fn::GetAtt} attribute {@code AuthorizerId}.
   */
  public Value<String> authorizerId() {
    return getAtt("AuthorizerId");
  }

  /**
   * The <code>JWTConfiguration</code> property specifies the configuration of a JWT authorizer.
   * Required for the <code>JWT</code> authorizer type. Supported only for HTTP APIs.
   *
   * <p>Property type {@code AWS::ApiGatewayV2::Authorizer.JWTConfiguration}.
   */
  public static final class JWTConfiguration extends Struct<JWTConfiguration> {
    private static final Schema SCHEMA = Schema.of("AWS::ApiGatewayV2::Authorizer.JWTConfiguration");

    public JWTConfiguration() {
      super(SCHEMA);
    }

    /**
     * A list of the intended recipients of the JWT. A valid JWT must provide an <code>aud</code>
     * that matches at least one entry in this list. See <a
     * href="https://docs.aws.amazon.com/https://tools.ietf.org/html/rfc7519#section-4.1.3">RFC
     * 7519</a> . Required for the <code>JWT</code> authorizer type. Supported only for HTTP APIs.
     *
     * <p>CloudFormation property {@code Audience}.
     */
    public JWTConfiguration audience(List<String> value) {
      return set("Audience", Value.listOf(value));
    }

    /** Sets {@code Audience} to this value; see {@link #audience(List)}. */
    public JWTConfiguration audience(Value<List<String>> value) {
      return set("Audience", value);
    }

    /**
     * The base domain of the identity provider that issues JSON Web Tokens. For example, an Amazon
     * Cognito user pool has the following format: <code>https://cognito-idp. {region}
     * .amazonaws.com/ {userPoolId}</code> . Required for the <code>JWT</code> authorizer type.
     * Supported only for HTTP APIs.
     *
     * <p>CloudFormation property {@code Issuer}.
     */
    public JWTConfiguration issuer(String value) {
      return set("Issuer", Value.of(value));
    }

    /** Sets {@code Issuer} to this value; see {@link #issuer(String)}. */
    public JWTConfiguration issuer(Value<String> value) {
      return set("Issuer", value);
    }
  }
}
