// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.apigateway;

import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.fn.Value;
import io.tropo4j.resources.cognito.UserPool;
import io.tropo4j.resources.iam.Role;
import java.util.List;

/**
 * The <code>AWS::ApiGateway::Authorizer</code> resource creates an authorization layer that API
 * Gateway activates for methods that have authorization enabled. API Gateway activates the
 * authorizer when a client calls those methods.
 *
 * <p>CloudFormation type {@code AWS::ApiGateway::Authorizer}.
 */
public final class Authorizer extends Resource<Authorizer> {
  private static final Schema SCHEMA = Schema.builder("AWS::ApiGateway::Authorizer")
      .required("Name", "RestApiId", "Type")
      .references("AuthorizerCredentials", "AWS::IAM::Role.Arn")
      .references("ProviderARNs", "AWS::Cognito::UserPool.Arn")
      .references("RestApiId", "AWS::ApiGateway::RestApi.Ref")
      .refYields("AuthorizerId")
      .attributes("AuthorizerId")
      .build();

  public Authorizer(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * Optional customer-defined field, used in OpenAPI imports and exports without functional impact.
   *
   * <p>CloudFormation property {@code AuthType}.
   */
  public Authorizer authType(String value) {
    return set("AuthType", Value.of(value));
  }

  /** Sets {@code AuthType} to this value; see {@link #authType(String)}. */
  public Authorizer authType(Value<String> value) {
    return set("AuthType", value);
  }

  /**
   * Specifies the required credentials as an IAM role for API Gateway to invoke the authorizer. To
   * specify an IAM role for API Gateway to assume, use the role's Amazon Resource Name (ARN). To
   * use resource-based permissions on the Lambda function, specify null.
   *
   * <p>CloudFormation property {@code AuthorizerCredentials}.
   */
  public Authorizer authorizerCredentials(String value) {
    return set("AuthorizerCredentials", Value.of(value));
  }

  /**
   * Sets {@code AuthorizerCredentials} to this value; see {@link #authorizerCredentials(String)}.
   */
  public Authorizer authorizerCredentials(Value<String> value) {
    return set("AuthorizerCredentials", value);
  }

  /**
   * Sets {@code AuthorizerCredentials} to the Arn of {@code AWS::IAM::Role}; see {@link
   * #authorizerCredentials(String)}.
   */
  public Authorizer authorizerCredentials(Role resource) {
    return set("AuthorizerCredentials", resource.arn());
  }

  /**
   * The TTL in seconds of cached authorizer results. If it equals 0, authorization caching is
   * disabled. If it is greater than 0, API Gateway will cache authorizer responses. If this field
   * is not set, the default value is 300. The maximum value is 3600, or 1 hour.
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
   * Specifies the authorizer's Uniform Resource Identifier (URI). For <code>TOKEN</code> or
   * <code>REQUEST</code> authorizers, this must be a well-formed Lambda function URI, for example,
   * <code>arn:aws:apigateway:us-west-2:lambda:path/2015-03-31/functions/arn:aws:lambda:us-west-2:{account_id}:function:{lambda_function_name}/invocations</code>
   * . In general, the URI has this form
   * <code>arn:aws:apigateway:{region}:lambda:path/{service_api}</code> , where
   * <code>{region}</code> is the same as the region hosting the Lambda function, <code>path</code>
   * indicates that the remaining substring in the URI should be treated as the path to the
   * resource, including the initial <code>/</code> . For Lambda functions, this is usually of the
   * form <code>/2015-03-31/functions/[FunctionARN]/invocations</code> .
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
   * The identity source for which authorization is requested. For a <code>TOKEN</code> or
   * <code>COGNITO_USER_POOLS</code> authorizer, this is required and specifies the request header
   * mapping expression for the custom header holding the authorization token submitted by the
   * client. For example, if the token header name is <code>Auth</code> , the header mapping
   * expression is <code>method.request.header.Auth</code> . For the <code>REQUEST</code>
   * authorizer, this is required when authorization caching is enabled. The value is a
   * comma-separated string of one or more mapping expressions of the specified request parameters.
   * For example, if an <code>Auth</code> header, a <code>Name</code> query string parameter are
   * defined as identity sources, this value is <code>method.request.header.Auth,
   * method.request.querystring.Name</code> . These parameters will be used to derive the
   * authorization caching key and to perform runtime validation of the <code>REQUEST</code>
   * authorizer by verifying all of the identity-related request parameters are present, not null
   * and non-empty. Only when this is true does the authorizer invoke the authorizer Lambda
   * function, otherwise, it returns a 401 Unauthorized response without calling the Lambda
   * function. The valid value is a string of comma-separated mapping expressions of the specified
   * request parameters. When the authorization caching is not enabled, this property is optional.
   *
   * <p>CloudFormation property {@code IdentitySource}.
   */
  public Authorizer identitySource(String value) {
    return set("IdentitySource", Value.of(value));
  }

  /** Sets {@code IdentitySource} to this value; see {@link #identitySource(String)}. */
  public Authorizer identitySource(Value<String> value) {
    return set("IdentitySource", value);
  }

  /**
   * A validation expression for the incoming identity token. For <code>TOKEN</code> authorizers,
   * this value is a regular expression. For <code>COGNITO_USER_POOLS</code> authorizers, API
   * Gateway will match the <code>aud</code> field of the incoming token from the client against the
   * specified regular expression. It will invoke the authorizer's Lambda function when there is a
   * match. Otherwise, it will return a 401 Unauthorized response without calling the Lambda
   * function. The validation expression does not apply to the <code>REQUEST</code> authorizer.
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
   * A list of the Amazon Cognito user pool ARNs for the <code>COGNITO_USER_POOLS</code> authorizer.
   * Each element is of this format:
   * <code>arn:aws:cognito-idp:{region}:{account_id}:userpool/{user_pool_id}</code> . For a
   * <code>TOKEN</code> or <code>REQUEST</code> authorizer, this is not defined.
   *
   * <p>CloudFormation property {@code ProviderARNs}.
   */
  public Authorizer providerARNs(List<String> value) {
    return set("ProviderARNs", Value.listOf(value));
  }

  /** Sets {@code ProviderARNs} to this value; see {@link #providerARNs(List)}. */
  public Authorizer providerARNs(Value<List<String>> value) {
    return set("ProviderARNs", value);
  }

  /**
   * Sets {@code ProviderARNs} to the Arn of each {@code AWS::Cognito::UserPool}; see {@link
   * #providerARNs(List)}.
   */
  public Authorizer providerARNs(UserPool... resources) {
    return set("ProviderARNs", Value.attributes("Arn", resources));
  }

  /**
   * The string identifier of the associated RestApi.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code RestApiId}.
   */
  public Authorizer restApiId(String value) {
    return set("RestApiId", Value.of(value));
  }

  /** Sets {@code RestApiId} to this value; see {@link #restApiId(String)}. */
  public Authorizer restApiId(Value<String> value) {
    return set("RestApiId", value);
  }

  /**
   * Sets {@code RestApiId} to the Ref of {@code AWS::ApiGateway::RestApi}; see {@link
   * #restApiId(String)}.
   */
  public Authorizer restApiId(RestApi resource) {
    return set("RestApiId", resource.ref());
  }

  /**
   * The authorizer type. Valid values are <code>TOKEN</code> for a Lambda function using a single
   * authorization token submitted in a custom header, <code>REQUEST</code> for a Lambda function
   * using incoming request parameters, and <code>COGNITO_USER_POOLS</code> for using an Amazon
   * Cognito user pool.
   *
   * <p>Required. CloudFormation property {@code Type}.
   */
  public Authorizer typeProperty(String value) {
    return set("Type", Value.of(value));
  }

  /** Sets {@code Type} to this value; see {@link #typeProperty(String)}. */
  public Authorizer typeProperty(Value<String> value) {
    return set("Type", value);
  }

  /**
   * The ID for the authorizer. For example: <code>abc123</code> .
   *
   * <p>{@code Fn::GetAtt} attribute {@code AuthorizerId}.
   */
  public Value<String> authorizerId() {
    return getAtt("AuthorizerId");
  }
}
