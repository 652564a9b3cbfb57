// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.apigateway;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.fn.Value;
import io.tropo4j.resources.iam.Role;
import io.tropo4j.resources.lambda.Function;
import java.util.List;
import java.util.Map;

/**
 * The <code>AWS::ApiGateway::Method</code> resource creates API Gateway methods that define the
 * parameters and body that clients must send in their requests.
 *
 * <p>CloudFormation type {@code AWS::ApiGateway::Method}.
 */
public final class Method extends Resource<Method> {
  private static final Schema SCHEMA = Schema.builder("AWS::ApiGateway::Method")
      .required("HttpMethod", "ResourceId", "RestApiId")
      .references("AuthorizerId", "AWS::ApiGateway::Authorizer.Ref")
      .references("RequestValidatorId", "AWS::ApiGateway::RequestValidator.Ref")
      .references("ResourceId", "AWS::ApiGateway::Resource.Ref")
      .references("RestApiId", "AWS::ApiGateway::RestApi.Ref")
      .build();

  public Method(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * A boolean flag specifying whether a valid ApiKey is required to invoke this method.
   *
   * <p>CloudFormation property {@code ApiKeyRequired}.
   */
  public Method apiKeyRequired(boolean value) {
    return set("ApiKeyRequired", Value.of(value));
  }

  /** Sets {@code ApiKeyRequired} to this value; see {@link #apiKeyRequired(boolean)}. */
  public Method apiKeyRequired(Value<Boolean> value) {
    return set("ApiKeyRequired", value);
  }

  /**
   * A list of authorization scopes configured on the method. The scopes are used with a
   * <code>COGNITO_USER_POOLS</code> authorizer to authorize the method invocation. The
   * authorization works by matching the method scopes against the scopes parsed from the access
   * token in the incoming request. The method invocation is authorized if any method scopes matches
   * a claimed scope in the access token. Otherwise, the invocation is not authorized. When the
   * method scope is configured, the client must provide an access token instead of an identity
   * token for authorization purposes.
   *
   * <p>CloudFormation property {@code AuthorizationScopes}.
   */
  public Method authorizationScopes(List<String> value) {
    return set("AuthorizationScopes", Value.listOf(value));
  }

  /** Sets {@code AuthorizationScopes} to this value; see {@link #authorizationScopes(List)}. */
  public Method authorizationScopes(Value<List<String>> value) {
    return set("AuthorizationScopes", value);
  }

  /**
   * The method's authorization type. This parameter is required. For valid values, see <a
   * href="https://docs.aws.amazon.com/apigateway/latest/api/API_Method.html">Method</a> in the
   * <em>API Gateway API Reference</em> .
   *
   * <p>If you specify the <code>AuthorizerId</code> property, specify <code>CUSTOM</code> or
   * <code>COGNITO_USER_POOLS</code> for this property.
   *
   * <p>CloudFormation property {@code AuthorizationType}.
   */
  public Method authorizationType(String value) {
    return set("AuthorizationType", Value.of(value));
  }

  /** Sets {@code AuthorizationType} to this value; see {@link #authorizationType(String)}. */
  public Method authorizationType(Value<String> value) {
    return set("AuthorizationType", value);
  }

  /**
   * The identifier of an authorizer to use on this method. The method's authorization type must be
   * <code>CUSTOM</code> or <code>COGNITO_USER_POOLS</code> .
   *
   * <p>CloudFormation property {@code AuthorizerId}.
   */
  public Method authorizerId(String value) {
    return set("AuthorizerId", Value.of(value));
  }

  /** Sets {@code AuthorizerId} to this value; see {@link #authorizerId(String)}. */
  public Method authorizerId(Value<String> value) {
    return set("AuthorizerId", value);
  }

  /**
   * Sets {@code AuthorizerId} to the Ref of {@code AWS::ApiGateway::Authorizer}; see {@link
   * #authorizerId(String)}.
   */
  public Method authorizerId(Authorizer resource) {
    return set("AuthorizerId", resource.ref());
  }

  /**
   * The method's HTTP verb.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code HttpMethod}.
   */
  public Method httpMethod(String value) {
    return set("HttpMethod", Value.of(value));
  }

  /** Sets {@code HttpMethod} to this value; see {@link #httpMethod(String)}. */
  public Method httpMethod(Value<String> value) {
    return set("HttpMethod", value);
  }

  /**
   * Represents an <code>HTTP</code> , <code>HTTP_PROXY</code> , <code>AWS</code> ,
   * <code>AWS_PROXY</code> , or Mock integration.
   *
   * <p>CloudFormation property {@code Integration}.
   */
  public Method integration(Value<Integration> value) {
    return set("Integration", value);
  }

  /**
   * Gets a method response associated with a given HTTP status code.
   *
   * <p>CloudFormation property {@code MethodResponses}.
   */
  public Method methodResponses(List<MethodResponse> value) {
    return set("MethodResponses", Value.listOf(value));
  }

  /** Sets {@code MethodResponses} to this value; see {@link #methodResponses(List)}. */
  public Method methodResponses(Value<List<MethodResponse>> value) {
    return set("MethodResponses", value);
  }

  /** Sets {@code MethodResponses} to a list of these; see {@link #methodResponses(List)}. */
  public Method methodResponses(MethodResponse... values) {
    return set("MethodResponses", Value.list(values));
  }

  /**
   * A human-friendly operation identifier for the method. For example, you can assign the
   * <code>operationName</code> of <code>ListPets</code> for the <code>GET /pets</code> method in
   * the <code>PetStore</code> example.
   *
   * <p>CloudFormation property {@code OperationName}.
   */
  public Method operationName(String value) {
    return set("OperationName", Value.of(value));
  }

  /** Sets {@code OperationName} to this value; see {@link #operationName(String)}. */
  public Method operationName(Value<String> value) {
    return set("OperationName", value);
  }

  /**
   * A key-value map specifying data schemas, represented by Model resources, (as the mapped value)
   * of the request payloads of given content types (as the mapping key).
   *
   * <p>CloudFormation property {@code RequestModels}.
   */
  public Method requestModels(Map<String, String> value) {
    return set("RequestModels", Value.mapOf(value));
  }

  /** Sets {@code RequestModels} to this value; see {@link #requestModels(Map)}. */
  public Method requestModels(Value<Map<String, String>> value) {
    return set("RequestModels", value);
  }

  /**
   * A key-value map defining required or optional method request parameters that can be accepted by
   * API Gateway. A key is a method request parameter name matching the pattern of
   * <code>method.request.{location}.{name}</code> , where <code>location</code> is
   * <code>querystring</code> , <code>path</code> , or <code>header</code> and <code>name</code> is
   * a valid and unique parameter name. The value associated with the key is a Boolean flag
   * indicating whether the parameter is required ( <code>true</code> ) or optional (
   * <code>false</code> ). The method request parameter names defined here are available in
   * Integration to be mapped to integration request parameters or templates.
   *
   * <p>CloudFormation property {@code RequestParameters}.
   */
  public Method requestParameters(Map<String, Object> value) {
    return set("RequestParameters", Value.mapOf(value));
  }

  /** Sets {@code RequestParameters} to this value; see {@link #requestParameters(Map)}. */
  public Method requestParameters(Value<Map<String, Object>> value) {
    return set("RequestParameters", value);
  }

  /**
   * The identifier of a RequestValidator for request validation.
   *
   * <p>CloudFormation property {@code RequestValidatorId}.
   */
  public Method requestValidatorId(String value) {
    return set("RequestValidatorId", Value.of(value));
  }

  /** Sets {@code RequestValidatorId} to this value; see {@link #requestValidatorId(String)}. */
  public Method requestValidatorId(Value<String> value) {
    return set("RequestValidatorId", value);
  }

  /**
   * Sets {@code RequestValidatorId} to the Ref of {@code AWS::ApiGateway::RequestValidator}; see
   * {@link #requestValidatorId(String)}.
   */
  public Method requestValidatorId(RequestValidator resource) {
    return set("RequestValidatorId", resource.ref());
  }

  /**
   * The Resource identifier for the MethodResponse resource.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code ResourceId}.
   */
  public Method resourceId(String value) {
    return set("ResourceId", Value.of(value));
  }

  /** Sets {@code ResourceId} to this value; see {@link #resourceId(String)}. */
  public Method resourceId(Value<String> value) {
    return set("ResourceId", value);
  }

  /**
   * Sets {@code ResourceId} to the Ref of {@code AWS::ApiGateway::Resource}; see {@link
   * #resourceId(String)}.
   */
  public Method resourceId(io.tropo4j.resources.apigateway.Resource resource) {
    return set("ResourceId", resource.ref());
  }

  /**
   * The string identifier of the associated RestApi.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code RestApiId}.
   */
  public Method restApiId(String value) {
    return set("RestApiId", Value.of(value));
  }

  /** Sets {@code RestApiId} to this value; see {@link #restApiId(String)}. */
  public Method restApiId(Value<String> value) {
    return set("RestApiId", value);
  }

  /**
   * Sets {@code RestApiId} to the Ref of {@code AWS::ApiGateway::RestApi}; see {@link
   * #restApiId(String)}.
   */
  public Method restApiId(RestApi resource) {
    return set("RestApiId", resource.ref());
  }

  /**
   * <code>Integration</code> is a property of the <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-apigateway-method.html">AWS::ApiGateway::Method</a>
   * resource that specifies information about the target backend that a method calls.
   *
   * <p>Property type {@code AWS::ApiGateway::Method.Integration}.
   */
  public static final class Integration extends Struct<Integration> {
    private static final Schema SCHEMA = Schema.builder("AWS::ApiGateway::Method.Integration")
        .required("Type")
        .references("ConnectionId", "AWS::ApiGateway::VpcLink.Ref")
        .allowed("ConnectionType", "INTERNET", "VPC_LINK")
        .allowed("ContentHandling", "CONVERT_TO_BINARY", "CONVERT_TO_TEXT")
        .references("Credentials", "AWS::IAM::Role.Arn")
        .allowed("PassthroughBehavior", "WHEN_NO_MATCH", "WHEN_NO_TEMPLATES", "NEVER")
        .allowed("ResponseTransferMode", "BUFFERED", "STREAM")
        .constrain("TimeoutInMillis", Constraint.of().minimum(50))
        .allowed("Type", "AWS", "AWS_PROXY", "HTTP", "HTTP_PROXY", "MOCK")
        .references("Uri", "AWS::Lambda::Function.Arn")
        .build();

    public Integration() {
      super(SCHEMA);
    }

    /**
     * A list of request parameters whose values API Gateway caches. To be valid values for
     * <code>cacheKeyParameters</code> , these parameters must also be specified for Method
     * <code>requestParameters</code> .
     *
     * <p>CloudFormation property {@code CacheKeyParameters}.
     */
    public Integration cacheKeyParameters(List<String> value) {
      return set("CacheKeyParameters", Value.listOf(value));
    }

    /** Sets {@code CacheKeyParameters} to this value; see {@link #cacheKeyParameters(List)}. */
    public Integration cacheKeyParameters(Value<List<String>> value) {
      return set("CacheKeyParameters", value);
    }

    /**
     * Specifies a group of related cached parameters. By default, API Gateway uses the resource ID
     * as the <code>cacheNamespace</code> . You can specify the same <code>cacheNamespace</code>
     * across resources to return the same cached data for requests to different resources.
     *
     * <p>CloudFormation property {@code CacheNamespace}.
     */
    public Integration cacheNamespace(String value) {
      return set("CacheNamespace", Value.of(value));
    }

    /** Sets {@code CacheNamespace} to this value; see {@link #cacheNamespace(String)}. */
    public Integration cacheNamespace(Value<String> value) {
      return set("CacheNamespace", value);
    }

    /**
     * The ID of the VpcLink used for the integration when <code>connectionType=VPC_LINK</code> and
     * undefined, otherwise.
     *
     * <p>CloudFormation property {@code ConnectionId}.
     */
    public Integration connectionId(String value) {
      return set("ConnectionId", Value.of(value));
    }

    /** Sets {@code ConnectionId} to this value; see {@link #connectionId(String)}. */
    public Integration connectionId(Value<String> value) {
      return set("ConnectionId", value);
    }

    /**
     * Sets {@code ConnectionId} to the Ref of {@code AWS::ApiGateway::VpcLink}; see {@link
     * #connectionId(String)}.
     */
    public Integration connectionId(VpcLink resource) {
      return set("ConnectionId", resource.ref());
    }

    /**
     * The type of the network connection to the integration endpoint. The valid value is
     * <code>INTERNET</code> for connections through the public routable internet or
     * <code>VPC_LINK</code> for private connections between API Gateway and a network load balancer
     * in a VPC. The default value is <code>INTERNET</code> .
     *
     * <p>Allowed values: {@code INTERNET}, {@code VPC_LINK}. CloudFormation property {@code
     * ConnectionType}.
     */
    public Integration connectionType(String value) {
      return set("ConnectionType", Value.of(value));
    }

    /** Sets {@code ConnectionType} to this value; see {@link #connectionType(String)}. */
    public Integration connectionType(Value<String> value) {
      return set("ConnectionType", value);
    }

    /**
     * Specifies how to handle request payload content type conversions. Supported values are
     * <code>CONVERT_TO_BINARY</code> and <code>CONVERT_TO_TEXT</code> , with the following
     * behaviors:
     *
     * <p>If this property is not defined, the request payload will be passed through from the
     * method request to integration request without modification, provided that the
     * <code>passthroughBehavior</code> is configured to support payload pass-through.
     *
     * <p>Allowed values: {@code CONVERT_TO_BINARY}, {@code CONVERT_TO_TEXT}. CloudFormation
     * property {@code ContentHandling}.
     */
    public Integration contentHandling(String value) {
      return set("ContentHandling", Value.of(value));
    }

    /** Sets {@code ContentHandling} to this value; see {@link #contentHandling(String)}. */
    public Integration contentHandling(Value<String> value) {
      return set("ContentHandling", value);
    }

    /**
     * Specifies the credentials required for the integration, if any. For AWS integrations, three
     * options are available. To specify an IAM Role for API Gateway to assume, use the role's
     * Amazon Resource Name (ARN). To require that the caller's identity be passed through from the
     * request, specify the string <code>arn:aws:iam::&#92;<em>:user/&#92;</em></code> . To use
     * resource-based permissions on supported AWS services, specify null.
     *
     * <p>CloudFormation property {@code Credentials}.
     */
    public Integration credentials(String value) {
      return set("Credentials", Value.of(value));
    }

    /** Sets {@code Credentials} to this value; see {@link #credentials(String)}. */
    public Integration credentials(Value<String> value) {
      return set("Credentials", value);
    }

    /**
     * Sets {@code Credentials} to the Arn of {@code AWS::IAM::Role}; see {@link
     * #credentials(String)}.
     */
    public Integration credentials(Role resource) {
      return set("Credentials", resource.arn());
    }

    /**
     * Specifies the integration's HTTP method type. For the Type property, if you specify
     * <code>MOCK</code> , this property is optional. For Lambda integrations, you must set the
     * integration method to <code>POST</code> . For all other types, you must specify this
     * property.
     *
     * <p>CloudFormation property {@code IntegrationHttpMethod}.
     */
    public Integration integrationHttpMethod(String value) {
      return set("IntegrationHttpMethod", Value.of(value));
    }

    /**
     * Sets {@code IntegrationHttpMethod} to this value; see {@link #integrationHttpMethod(String)}.
     */
    public Integration integrationHttpMethod(Value<String> value) {
      return set("IntegrationHttpMethod", value);
    }

    /**
     * Specifies the integration's responses.
     *
     * <p>CloudFormation property {@code IntegrationResponses}.
     */
    public Integration integrationResponses(List<IntegrationResponse> value) {
      return set("IntegrationResponses", Value.listOf(value));
    }

    /** Sets {@code IntegrationResponses} to this value; see {@link #integrationResponses(List)}. */
    public Integration integrationResponses(Value<List<IntegrationResponse>> value) {
      return set("IntegrationResponses", value);
    }

    /**
     * Sets {@code IntegrationResponses} to a list of these; see {@link
     * #integrationResponses(List)}.
     */
    public Integration integrationResponses(IntegrationResponse... values) {
      return set("IntegrationResponses", Value.list(values));
    }

    /**
     * The ALB or NLB listener to send the request to. Only supported for private integrations that
     * use VPC links V2.
     *
     * <p>CloudFormation property {@code IntegrationTarget}.
     */
    public Integration integrationTarget(String value) {
      return set("IntegrationTarget", Value.of(value));
    }

    /** Sets {@code IntegrationTarget} to this value; see {@link #integrationTarget(String)}. */
    public Integration integrationTarget(Value<String> value) {
      return set("IntegrationTarget", value);
    }

    /**
     * Specifies how the method request body of an unmapped content type will be passed through the
     * integration request to the back end without transformation. A content type is unmapped if no
     * mapping template is defined in the integration or the content type does not match any of the
     * mapped content types, as specified in <code>requestTemplates</code> . The valid value is one
     * of the following: <code>WHEN_NO_MATCH</code> : passes the method request body through the
     * integration request to the back end without transformation when the method request content
     * type does not match any content type associated with the mapping templates defined in the
     * integration request. <code>WHEN_NO_TEMPLATES</code> : passes the method request body through
     * the integration request to the back end without transformation when no mapping template is
     * defined in the integration request. If a template is defined when this option is selected,
     * the method request of an unmapped content-type will be rejected with an HTTP 415 Unsupported
     * Media Type response. <code>NEVER</code> : rejects the method request with an HTTP 415
     * Unsupported Media Type response when either the method request content type does not match
     * any content type associated with the mapping templates defined in the integration request or
     * no mapping template is defined in the integration request.
     *
     * <p>Allowed values: {@code WHEN_NO_MATCH}, {@code WHEN_NO_TEMPLATES}, {@code NEVER}.
     * CloudFormation property {@code PassthroughBehavior}.
     */
    public Integration passthroughBehavior(String value) {
      return set("PassthroughBehavior", Value.of(value));
    }

    /** Sets {@code PassthroughBehavior} to this value; see {@link #passthroughBehavior(String)}. */
    public Integration passthroughBehavior(Value<String> value) {
      return set("PassthroughBehavior", value);
    }

    /**
     * A key-value map specifying request parameters that are passed from the method request to the
     * back end. The key is an integration request parameter name and the associated value is a
     * method request parameter value or static value that must be enclosed within single quotes and
     * pre-encoded as required by the back end. The method request parameter value must match the
     * pattern of <code>method.request.{location}.{name}</code> , where <code>location</code> is
     * <code>querystring</code> , <code>path</code> , or <code>header</code> and <code>name</code>
     * must be a valid and unique method request parameter name.
     *
     * <p>CloudFormation property {@code RequestParameters}.
     */
    public Integration requestParameters(Map<String, String> value) {
      return set("RequestParameters", Value.mapOf(value));
    }

    /** Sets {@code RequestParameters} to this value; see {@link #requestParameters(Map)}. */
    public Integration requestParameters(Value<Map<String, String>> value) {
      return set("RequestParameters", value);
    }

    /**
     * Represents a map of Velocity templates that are applied on the request payload based on the
     * value of the Content-Type header sent by the client. The content type value is the key in
     * this map, and the template (as a String) is the value.
     *
     * <p>CloudFormation property {@code RequestTemplates}.
     */
    public Integration requestTemplates(Map<String, String> value) {
      return set("RequestTemplates", Value.mapOf(value));
    }

    /** Sets {@code RequestTemplates} to this value; see {@link #requestTemplates(Map)}. */
    public Integration requestTemplates(Value<Map<String, String>> value) {
      return set("RequestTemplates", value);
    }

    /**
     * The response transfer mode of the integration. Use <code>STREAM</code> to have API Gateway
     * stream response your back to you or use <code>BUFFERED</code> to have API Gateway wait to
     * receive the complete response before beginning transmission.
     *
     * <p>Allowed values: {@code BUFFERED}, {@code STREAM}. Default: {@code "BUFFERED"}.
     * CloudFormation property {@code ResponseTransferMode}.
     */
    public Integration responseTransferMode(String value) {
      return set("ResponseTransferMode", Value.of(value));
    }

    /**
     * Sets {@code ResponseTransferMode} to this value; see {@link #responseTransferMode(String)}.
     */
    public Integration responseTransferMode(Value<String> value) {
      return set("ResponseTransferMode", value);
    }

    /**
     * Custom timeout between 50 and 29,000 milliseconds. The default value is 29,000 milliseconds
     * or 29 seconds. You can increase the default value to longer than 29 seconds for Regional or
     * private APIs only.
     *
     * <p>Range: at least 50. CloudFormation property {@code TimeoutInMillis}.
     */
    public Integration timeoutInMillis(int value) {
      return set("TimeoutInMillis", Value.of(value));
    }

    /** Sets {@code TimeoutInMillis} to this value; see {@link #timeoutInMillis(int)}. */
    public Integration timeoutInMillis(Value<Integer> value) {
      return set("TimeoutInMillis", value);
    }

    /**
     * Specifies an API method integration type. The valid value is one of the following:
     *
     * <p>For the HTTP and HTTP proxy integrations, each integration can specify a protocol (
     * <code>http/https</code> ), port and path. Standard 80 and 443 ports are supported as well as
     * custom ports above 1024. An HTTP or HTTP proxy integration with a <code>connectionType</code>
     * of <code>VPC_LINK</code> is referred to as a private integration and uses a VpcLink to
     * connect API Gateway to a network load balancer of a VPC.
     *
     * <p>Required. Allowed values: {@code AWS}, {@code AWS_PROXY}, {@code HTTP}, {@code
     * HTTP_PROXY}, {@code MOCK}. CloudFormation property {@code Type}.
     */
    public Integration type(String value) {
      return set("Type", Value.of(value));
    }

    /** Sets {@code Type} to this value; see {@link #type(String)}. */
    public Integration type(Value<String> value) {
      return set("Type", value);
    }

    /**
     * Specifies Uniform Resource Identifier (URI) of the integration endpoint.
     *
     * <p>For <code>HTTP</code> or <code>HTTP_PROXY</code> integrations, the URI must be a fully
     * formed, encoded HTTP(S) URL according to the RFC-3986 specification for standard
     * integrations. If <code>connectionType</code> is <code>VPC_LINK</code> specify the Network
     * Load Balancer DNS name. For <code>AWS</code> or <code>AWS_PROXY</code> integrations, the URI
     * is of the form
     * <code>arn:aws:apigateway:{region}:{subdomain.service|service}:path|action/{service_api}</code>
     * . Here, {Region} is the API Gateway region (e.g., us-east-1); {service} is the name of the
     * integrated AWS service (e.g., s3); and {subdomain} is a designated subdomain supported by
     * certain AWS service for fast host-name lookup. action can be used for an AWS service
     * action-based API, using an Action={name}&amp;{p1}={v1}&amp;p2={v2}... query string. The
     * ensuing {service_api} refers to a supported action {name} plus any required input parameters.
     * Alternatively, path can be used for an AWS service path-based API. The ensuing service_api
     * refers to the path to an AWS service resource, including the region of the integrated AWS
     * service, if applicable. For example, for integration with the S3 API of GetObject, the uri
     * can be either
     * <code>arn:aws:apigateway:us-west-2:s3:action/GetObject&amp;Bucket={bucket}&amp;Key={key}</code>
     * or <code>arn:aws:apigateway:us-west-2:s3:path/{bucket}/{key}</code>
     *
     * <p>CloudFormation property {@code Uri}.
     */
    public Integration uri(String value) {
      return set("Uri", Value.of(value));
    }

    /** Sets {@code Uri} to this value; see {@link #uri(String)}. */
    public Integration uri(Value<String> value) {
      return set("Uri", value);
    }

    /** Sets {@code Uri} to the Arn of {@code AWS::Lambda::Function}; see {@link #uri(String)}. */
    public Integration uri(Function resource) {
      return set("Uri", resource.arn());
    }
  }

  /**
   * <code>IntegrationResponse</code> is a property of the <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-apitgateway-method-integration.html">Amazon
   * API Gateway Method Integration</a> property type that specifies the response that API Gateway
   * sends after a method's backend finishes processing a request.
   *
   * <p>Property type {@code AWS::ApiGateway::Method.IntegrationResponse}.
   */
  public static final class IntegrationResponse extends Struct<IntegrationResponse> {
    private static final Schema SCHEMA = Schema.builder("AWS::ApiGateway::Method.IntegrationResponse")
        .required("StatusCode")
        .allowed("ContentHandling", "CONVERT_TO_BINARY", "CONVERT_TO_TEXT")
        .build();

    public IntegrationResponse() {
      super(SCHEMA);
    }

    /**
     * Specifies how to handle response payload content type conversions. Supported values are
     * <code>CONVERT_TO_BINARY</code> and <code>CONVERT_TO_TEXT</code> , with the following
     * behaviors:
     *
     * <p>If this property is not defined, the response payload will be passed through from the
     * integration response to the method response without modification.
     *
     * <p>Allowed values: {@code CONVERT_TO_BINARY}, {@code CONVERT_TO_TEXT}. CloudFormation
     * property {@code ContentHandling}.
     */
    public IntegrationResponse contentHandling(String value) {
      return set("ContentHandling", Value.of(value));
    }

    /** Sets {@code ContentHandling} to this value; see {@link #contentHandling(String)}. */
    public IntegrationResponse contentHandling(Value<String> value) {
      return set("ContentHandling", value);
    }

    /**
     * A key-value map specifying response parameters that are passed to the method response from
     * the back end. The key is a method response header parameter name and the mapped value is an
     * integration response header value, a static value enclosed within a pair of single quotes, or
     * a JSON expression from the integration response body. The mapping key must match the pattern
     * of <code>method.response.header.{name}</code> , where <code>name</code> is a valid and unique
     * header name. The mapped non-static value must match the pattern of
     * <code>integration.response.header.{name}</code> or
     * <code>integration.response.body.{JSON-expression}</code> , where <code>name</code> is a valid
     * and unique response header name and <code>JSON-expression</code> is a valid JSON expression
     * without the <code>$</code> prefix.
     *
     * <p>CloudFormation property {@code ResponseParameters}.
     */
    public IntegrationResponse responseParameters(Map<String, String> value) {
      return set("ResponseParameters", Value.mapOf(value));
    }

    /** Sets {@code ResponseParameters} to this value; see {@link #responseParameters(Map)}. */
    public IntegrationResponse responseParameters(Value<Map<String, String>> value) {
      return set("ResponseParameters", value);
    }

    /**
     * Specifies the templates used to transform the integration response body. Response templates
     * are represented as a key/value map, with a content-type as the key and a template as the
     * value.
     *
     * <p>CloudFormation property {@code ResponseTemplates}.
     */
    public IntegrationResponse responseTemplates(Map<String, String> value) {
      return set("ResponseTemplates", Value.mapOf(value));
    }

    /** Sets {@code ResponseTemplates} to this value; see {@link #responseTemplates(Map)}. */
    public IntegrationResponse responseTemplates(Value<Map<String, String>> value) {
      return set("ResponseTemplates", value);
    }

    /**
     * Specifies the regular expression (regex) pattern used to choose an integration response based
     * on the response from the back end. For example, if the success response returns nothing and
     * the error response returns some string, you could use the <code>.+</code> regex to match
     * error response. However, make sure that the error response does not contain any newline (
     * <code>&#92;n</code> ) character in such cases. If the back end is an AWS Lambda function, the
     * AWS Lambda function error header is matched. For all other HTTP and AWS back ends, the HTTP
     * status code is matched.
     *
     * <p>CloudFormation property {@code SelectionPattern}.
     */
    public IntegrationResponse selectionPattern(String value) {
      return set("SelectionPattern", Value.of(value));
    }

    /** Sets {@code SelectionPattern} to this value; see {@link #selectionPattern(String)}. */
    public IntegrationResponse selectionPattern(Value<String> value) {
      return set("SelectionPattern", value);
    }

    /**
     * Specifies the status code that is used to map the integration response to an existing
     * MethodResponse.
     *
     * <p>Required. CloudFormation property {@code StatusCode}.
     */
    public IntegrationResponse statusCode(String value) {
      return set("StatusCode", Value.of(value));
    }

    /** Sets {@code StatusCode} to this value; see {@link #statusCode(String)}. */
    public IntegrationResponse statusCode(Value<String> value) {
      return set("StatusCode", value);
    }
  }

  /**
   * Represents a method response of a given HTTP status code returned to the client. The method
   * response is passed from the back end through the associated integration response that can be
   * transformed using a mapping template.
   *
   * <p>Property type {@code AWS::ApiGateway::Method.MethodResponse}.
   */
  public static final class MethodResponse extends Struct<MethodResponse> {
    private static final Schema SCHEMA = Schema.builder("AWS::ApiGateway::Method.MethodResponse")
        .required("StatusCode")
        .build();

    public MethodResponse() {
      super(SCHEMA);
    }

    /**
     * Specifies the Model resources used for the response's content-type. Response models are
     * represented as a key/value map, with a content-type as the key and a Model name as the value.
     *
     * <p>CloudFormation property {@code ResponseModels}.
     */
    public MethodResponse responseModels(Map<String, String> value) {
      return set("ResponseModels", Value.mapOf(value));
    }

    /** Sets {@code ResponseModels} to this value; see {@link #responseModels(Map)}. */
    public MethodResponse responseModels(Value<Map<String, String>> value) {
      return set("ResponseModels", value);
    }

    /**
     * A key-value map specifying required or optional response parameters that API Gateway can send
     * back to the caller. A key defines a method response header and the value specifies whether
     * the associated method response header is required or not. The expression of the key must
     * match the pattern <code>method.response.header.{name}</code> , where <code>name</code> is a
     * valid and unique header name. API Gateway passes certain integration response data to the
     * method response headers specified here according to the mapping you prescribe in the API's
     * IntegrationResponse. The integration response data that can be mapped include an integration
     * response header expressed in <code>integration.response.header.{name}</code> , a static value
     * enclosed within a pair of single quotes (e.g., <code>'application/json'</code> ), or a JSON
     * expression from the back-end response payload in the form of
     * <code>integration.response.body.{JSON-expression}</code> , where <code>JSON-expression</code>
     * is a valid JSON expression without the <code>$</code> prefix.)
     *
     * <p>CloudFormation property {@code ResponseParameters}.
     */
    public MethodResponse responseParameters(Map<String, Object> value) {
      return set("ResponseParameters", Value.mapOf(value));
    }

    /** Sets {@code ResponseParameters} to this value; see {@link #responseParameters(Map)}. */
    public MethodResponse responseParameters(Value<Map<String, Object>> value) {
      return set("ResponseParameters", value);
    }

    /**
     * The method response's status code.
     *
     * <p>Required. CloudFormation property {@code StatusCode}.
     */
    public MethodResponse statusCode(String value) {
      return set("StatusCode", Value.of(value));
    }

    /** Sets {@code StatusCode} to this value; see {@link #statusCode(String)}. */
    public MethodResponse statusCode(Value<String> value) {
      return set("StatusCode", value);
    }
  }
}
