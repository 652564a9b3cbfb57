// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.apigatewayv2;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.fn.Value;
import io.tropo4j.resources.lambda.Function;
import java.util.List;
import java.util.Map;

/**
 * The <code>AWS::ApiGatewayV2::Integration</code> resource creates an integration for an API.
 *
 * <p>CloudFormation type {@code AWS::ApiGatewayV2::Integration}.
 */
public final class Integration extends Resource<Integration> {
  private static final Schema SCHEMA = Schema.builder("AWS::ApiGatewayV2::Integration")
      .required("ApiId", "IntegrationType")
      .references("ApiId", "AWS::ApiGatewayV2::Api.Ref")
      .constrain("CredentialsArn", Constraint.of().pattern("arn:(aws|aws-cn|aws-us-gov):iam::[0-9]*:(role|user|group)\\/.*"))
      .references("IntegrationUri", "AWS::Lambda::Function.Arn")
      .constrain("RequestParameters", Constraint.of().format("json"))
      .constrain("RequestTemplates", Constraint.of().format("json"))
      .constrain("ResponseParameters", Constraint.of().format("json"))
      .refYields("IntegrationId")
      .attributes("IntegrationId")
      .build();

  public Integration(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The API identifier.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code ApiId}.
   */
  public Integration apiId(String value) {
    return set("ApiId", Value.of(value));
  }

  /** Sets {@code ApiId} to this value; see {@link #apiId(String)}. */
  public Integration apiId(Value<String> value) {
    return set("ApiId", value);
  }

  /**
   * Sets {@code ApiId} to the Ref of {@code AWS::ApiGatewayV2::Api}; see {@link #apiId(String)}.
   */
  public Integration apiId(Api resource) {
    return set("ApiId", resource.ref());
  }

  /**
   * The ID of the VPC link for a private integration. Supported only for HTTP APIs.
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
   * The type of the network connection to the integration endpoint. Specify <code>INTERNET</code>
   * for connections through the public routable internet or <code>VPC_LINK</code> for private
   * connections between API Gateway and resources in a VPC. The default value is
   * <code>INTERNET</code> .
   *
   * <p>CloudFormation property {@code ConnectionType}.
   */
  public Integration connectionType(String value) {
    return set("ConnectionType", Value.of(value));
  }

  /** Sets {@code ConnectionType} to this value; see {@link #connectionType(String)}. */
  public Integration connectionType(Value<String> value) {
    return set("ConnectionType", value);
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
  public Integration contentHandlingStrategy(String value) {
    return set("ContentHandlingStrategy", Value.of(value));
  }

  /**
   * Sets {@code ContentHandlingStrategy} to this value; see {@link
   * #contentHandlingStrategy(String)}.
   */
  public Integration contentHandlingStrategy(Value<String> value) {
    return set("ContentHandlingStrategy", value);
  }

  /**
   * Specifies the credentials required for the integration, if any. For AWS integrations, three
   * options are available. To specify an IAM Role for API Gateway to assume, use the role's Amazon
   * Resource Name (ARN). To require that the caller's identity be passed through from the request,
   * specify the string <code>arn:aws:iam::<em>:user/</em></code> . To use resource-based
   * permissions on supported AWS services, don't specify this parameter.
   *
   * <p>Pattern: {@code arn:(aws|aws-cn|aws-us-gov):iam::[0-9]*:(role|user|group)&#92;/.*}.
   * CloudFormation property {@code CredentialsArn}.
   */
  public Integration credentialsArn(String value) {
    return set("CredentialsArn", Value.of(value));
  }

  /** Sets {@code CredentialsArn} to this value; see {@link #credentialsArn(String)}. */
  public Integration credentialsArn(Value<String> value) {
    return set("CredentialsArn", value);
  }

  /**
   * The description of the integration.
   *
   * <p>CloudFormation property {@code Description}.
   */
  public Integration description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public Integration description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * Specifies the integration's HTTP method type. For WebSocket APIs, if you use a Lambda
   * integration, you must set the integration method to <code>POST</code> .
   *
   * <p>CloudFormation property {@code IntegrationMethod}.
   */
  public Integration integrationMethod(String value) {
    return set("IntegrationMethod", Value.of(value));
  }

  /** Sets {@code IntegrationMethod} to this value; see {@link #integrationMethod(String)}. */
  public Integration integrationMethod(Value<String> value) {
    return set("IntegrationMethod", value);
  }

  /**
   * Supported only for HTTP API <code>AWS_PROXY</code> integrations. Specifies the AWS service
   * action to invoke. To learn more, see <a
   * href="https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-develop-integrations-aws-services-reference.html">Integration
   * subtype reference</a> .
   *
   * <p>CloudFormation property {@code IntegrationSubtype}.
   */
  public Integration integrationSubtype(String value) {
    return set("IntegrationSubtype", Value.of(value));
  }

  /** Sets {@code IntegrationSubtype} to this value; see {@link #integrationSubtype(String)}. */
  public Integration integrationSubtype(Value<String> value) {
    return set("IntegrationSubtype", value);
  }

  /**
   * The integration type of an integration. One of the following:
   *
   * <p><code>AWS</code> : for integrating the route or method request with an AWS service action,
   * including the Lambda function-invoking action. With the Lambda function-invoking action, this
   * is referred to as the Lambda custom integration. With any other AWS service action, this is
   * known as AWS integration. Supported only for WebSocket APIs.
   *
   * <p><code>AWS_PROXY</code> : for integrating the route or method request with a Lambda function
   * or other AWS service action. This integration is also referred to as a Lambda proxy
   * integration.
   *
   * <p><code>HTTP</code> : for integrating the route or method request with an HTTP endpoint. This
   * integration is also referred to as the HTTP custom integration. Supported only for WebSocket
   * APIs.
   *
   * <p><code>HTTP_PROXY</code> : for integrating the route or method request with an HTTP endpoint,
   * with the client request passed through as-is. This is also referred to as HTTP proxy
   * integration. For HTTP API private integrations, use an <code>HTTP_PROXY</code> integration.
   *
   * <p><code>MOCK</code> : for integrating the route or method request with API Gateway as a
   * "loopback" endpoint without invoking any backend. Supported only for WebSocket APIs.
   *
   * <p>Required. CloudFormation property {@code IntegrationType}.
   */
  public Integration integrationType(String value) {
    return set("IntegrationType", Value.of(value));
  }

  /** Sets {@code IntegrationType} to this value; see {@link #integrationType(String)}. */
  public Integration integrationType(Value<String> value) {
    return set("IntegrationType", value);
  }

  /**
   * For a Lambda integration, specify the URI of a Lambda function.
   *
   * <p>For an HTTP integration, specify a fully-qualified URL.
   *
   * <p>For an HTTP API private integration, specify the ARN of an Application Load Balancer
   * listener, Network Load Balancer listener, or AWS Cloud Map service. If you specify the ARN of
   * an AWS Cloud Map service, API Gateway uses <code>DiscoverInstances</code> to identify
   * resources. You can use query parameters to target specific resources. To learn more, see <a
   * href="https://docs.aws.amazon.com/cloud-map/latest/api/API_DiscoverInstances.html">DiscoverInstances</a>
   * . For private integrations, all resources must be owned by the same AWS account .
   *
   * <p>CloudFormation property {@code IntegrationUri}.
   */
  public Integration integrationUri(String value) {
    return set("IntegrationUri", Value.of(value));
  }

  /** Sets {@code IntegrationUri} to this value; see {@link #integrationUri(String)}. */
  public Integration integrationUri(Value<String> value) {
    return set("IntegrationUri", value);
  }

  /**
   * Sets {@code IntegrationUri} to the Arn of {@code AWS::Lambda::Function}; see {@link
   * #integrationUri(String)}.
   */
  public Integration integrationUri(Function resource) {
    return set("IntegrationUri", resource.arn());
  }

  /**
   * Specifies the pass-through behavior for incoming requests based on the
   * <code>Content-Type</code> header in the request, and the available mapping templates specified
   * as the <code>requestTemplates</code> property on the <code>Integration</code> resource. There
   * are three valid values: <code>WHEN_NO_MATCH</code> , <code>WHEN_NO_TEMPLATES</code> , and
   * <code>NEVER</code> . Supported only for WebSocket APIs.
   *
   * <p><code>WHEN_NO_MATCH</code> passes the request body for unmapped content types through to the
   * integration backend without transformation.
   *
   * <p><code>NEVER</code> rejects unmapped content types with an <code>HTTP 415 Unsupported Media
   * Type</code> response.
   *
   * <p><code>WHEN_NO_TEMPLATES</code> allows pass-through when the integration has no content types
   * mapped to templates. However, if there is at least one content type defined, unmapped content
   * types will be rejected with the same <code>HTTP 415 Unsupported Media Type</code> response.
   *
   * <p>CloudFormation property {@code PassthroughBehavior}.
   */
  public Integration passthroughBehavior(String value) {
    return set("PassthroughBehavior", Value.of(value));
  }

  /** Sets {@code PassthroughBehavior} to this value; see {@link #passthroughBehavior(String)}. */
  public Integration passthroughBehavior(Value<String> value) {
    return set("PassthroughBehavior", value);
  }

  /**
   * Specifies the format of the payload sent to an integration. Required for HTTP APIs. For HTTP
   * APIs, supported values for Lambda proxy integrations are <code>1.0</code> and <code>2.0</code>
   * . For all other integrations, <code>1.0</code> is the only supported value. To learn more, see
   * <a
   * href="https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-develop-integrations-lambda.html">Working
   * with AWS Lambda proxy integrations for HTTP APIs</a> .
   *
   * <p>CloudFormation property {@code PayloadFormatVersion}.
   */
  public Integration payloadFormatVersion(String value) {
    return set("PayloadFormatVersion", Value.of(value));
  }

  /** Sets {@code PayloadFormatVersion} to this value; see {@link #payloadFormatVersion(String)}. */
  public Integration payloadFormatVersion(Value<String> value) {
    return set("PayloadFormatVersion", value);
  }

  /**
   * For WebSocket APIs, a key-value map specifying request parameters that are passed from the
   * method request to the backend. The key is an integration request parameter name and the
   * associated value is a method request parameter value or static value that must be enclosed
   * within single quotes and pre-encoded as required by the backend. The method request parameter
   * value must match the pattern of <code>method.request. {location} . {name}</code> , where
   * <code>{location}</code> is <code>querystring</code> , <code>path</code> , or
   * <code>header</code> ; and <code>{name}</code> must be a valid and unique method request
   * parameter name.
   *
   * <p>For HTTP API integrations with a specified <code>integrationSubtype</code> , request
   * parameters are a key-value map specifying parameters that are passed to <code>AWS_PROXY</code>
   * integrations. You can provide static values, or map request data, stage variables, or context
   * variables that are evaluated at runtime. To learn more, see <a
   * href="https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-develop-integrations-aws-services.html">Working
   * with AWS service integrations for HTTP APIs</a> .
   *
   * <p>For HTTP API integrations without a specified <code>integrationSubtype</code> request
   * parameters are a key-value map specifying how to transform HTTP requests before sending them to
   * the backend. The key should follow the pattern
   * &lt;action&gt;:&lt;header|querystring|path&gt;.&lt;location&gt; where action can be
   * <code>append</code> , <code>overwrite</code> or <code>remove</code> . For values, you can
   * provide static values, or map request data, stage variables, or context variables that are
   * evaluated at runtime. To learn more, see <a
   * href="https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-parameter-mapping.html">Transforming
   * API requests and responses</a> .
   *
   * <p>Format: {@code json}. CloudFormation property {@code RequestParameters}.
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
   * value of the Content-Type header sent by the client. The content type value is the key in this
   * map, and the template (as a String) is the value. Supported only for WebSocket APIs.
   *
   * <p>Format: {@code json}. CloudFormation property {@code RequestTemplates}.
   */
  public Integration requestTemplates(Map<String, String> value) {
    return set("RequestTemplates", Value.mapOf(value));
  }

  /** Sets {@code RequestTemplates} to this value; see {@link #requestTemplates(Map)}. */
  public Integration requestTemplates(Value<Map<String, String>> value) {
    return set("RequestTemplates", value);
  }

  /**
   * Supported only for HTTP APIs. You use response parameters to transform the HTTP response from a
   * backend integration before returning the response to clients. Specify a key-value map from a
   * selection key to response parameters. The selection key must be a valid HTTP status code within
   * the range of 200-599. The value is of type <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-apigatewayv2-integration-responseparameterlist.html"><code>ResponseParameterList</code></a>
   * . To learn more, see <a
   * href="https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-parameter-mapping.html">Transforming
   * API requests and responses</a> .
   *
   * <p>Format: {@code json}. CloudFormation property {@code ResponseParameters}.
   */
  public Integration responseParameters(Map<String, ResponseParameterMap> value) {
    return set("ResponseParameters", Value.mapOf(value));
  }

  /** Sets {@code ResponseParameters} to this value; see {@link #responseParameters(Map)}. */
  public Integration responseParameters(Value<Map<String, ResponseParameterMap>> value) {
    return set("ResponseParameters", value);
  }

  /**
   * The template selection expression for the integration. Supported only for WebSocket APIs.
   *
   * <p>CloudFormation property {@code TemplateSelectionExpression}.
   */
  public Integration templateSelectionExpression(String value) {
    return set("TemplateSelectionExpression", Value.of(value));
  }

  /**
   * Sets {@code TemplateSelectionExpression} to this value; see {@link
   * #templateSelectionExpression(String)}.
   */
  public Integration templateSelectionExpression(Value<String> value) {
    return set("TemplateSelectionExpression", value);
  }

  /**
   * Custom timeout between 50 and 29,000 milliseconds for WebSocket APIs and between 50 and 30,000
   * milliseconds for HTTP APIs. The default timeout is 29 seconds for WebSocket APIs and 30 seconds
   * for HTTP APIs.
   *
   * <p>CloudFormation property {@code TimeoutInMillis}.
   */
  public Integration timeoutInMillis(int value) {
    return set("TimeoutInMillis", Value.of(value));
  }

  /** Sets {@code TimeoutInMillis} to this value; see {@link #timeoutInMillis(int)}. */
  public Integration timeoutInMillis(Value<Integer> value) {
    return set("TimeoutInMillis", value);
  }

  /**
   * The TLS configuration for a private integration. If you specify a TLS configuration, private
   * integration traffic uses the HTTPS protocol. Supported only for HTTP APIs.
   *
   * <p>CloudFormation property {@code TlsConfig}.
   */
  public Integration tlsConfig(Value<TlsConfig> value) {
    return set("TlsConfig", value);
  }

  /**
   * The integration ID.
   *
   * <p>{@code Fn::GetAtt} attribute {@code IntegrationId}.
   */
  public Value<String> integrationId() {
    return getAtt("IntegrationId");
  }

  /**
   * Supported only for HTTP APIs. You use response parameters to transform the HTTP response from a
   * backend integration before returning the response to clients. Specify a key-value map from a
   * selection key to response parameters. The selection key must be a valid HTTP status code within
   * the range of 200-599. Response parameters are a key-value map. The key must match the pattern
   * <code>&lt;action&gt;:&lt;header&gt;.&lt;location&gt;</code> or
   * <code>overwrite.statuscode</code> . The action can be <code>append</code> ,
   * <code>overwrite</code> or <code>remove</code> . The value can be a static value, or map to
   * response data, stage variables, or context variables that are evaluated at runtime. To learn
   * more, see <a
   * href="https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-parameter-mapping.html">Transforming
   * API requests and responses</a> .
   *
   * <p>Property type {@code AWS::ApiGatewayV2::Integration.ResponseParameter}.
   */
  public static final class ResponseParameter extends Struct<ResponseParameter> {
    private static final Schema SCHEMA = Schema.of("AWS::ApiGatewayV2::Integration.ResponseParameter");

    public ResponseParameter() {
      super(SCHEMA);
    }

    /**
     * Specifies the location of the response to modify, and how to modify it. To learn more, see <a
     * href="https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-parameter-mapping.html">Transforming
     * API requests and responses</a> .
     *
     * <p>CloudFormation property {@code Destination}.
     */
    public ResponseParameter destination(String value) {
      return set("Destination", Value.of(value));
    }

    /** Sets {@code Destination} to this value; see {@link #destination(String)}. */
    public ResponseParameter destination(Value<String> value) {
      return set("Destination", value);
    }

    /**
     * Specifies the data to update the parameter with. To learn more, see <a
     * href="https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-parameter-mapping.html">Transforming
     * API requests and responses</a> .
     *
     * <p>CloudFormation property {@code Source}.
     */
    public ResponseParameter source(String value) {
      return set("Source", Value.of(value));
    }

    /** Sets {@code Source} to this value; see {@link #source(String)}. */
    public ResponseParameter source(Value<String> value) {
      return set("Source", value);
    }
  }

  /** Property type {@code AWS::ApiGatewayV2::Integration.ResponseParameterList}. */
  public static final class ResponseParameterList extends Struct<ResponseParameterList> {
    private static final Schema SCHEMA = Schema.of("AWS::ApiGatewayV2::Integration.ResponseParameterList");

    public ResponseParameterList() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code ResponseParameters}. */
    public ResponseParameterList responseParameters(List<ResponseParameter> value) {
      return set("ResponseParameters", Value.listOf(value));
    }

    /** Sets {@code ResponseParameters} to this value; see {@link #responseParameters(List)}. */
    public ResponseParameterList responseParameters(Value<List<ResponseParameter>> value) {
      return set("ResponseParameters", value);
    }

    /**
     * Sets {@code ResponseParameters} to a list of these; see {@link #responseParameters(List)}.
     */
    public ResponseParameterList responseParameters(ResponseParameter... values) {
      return set("ResponseParameters", Value.list(values));
    }
  }

  /**
   * map of response parameter lists
   *
   * <p>Property type {@code AWS::ApiGatewayV2::Integration.ResponseParameterMap}.
   */
  public static final class ResponseParameterMap extends Struct<ResponseParameterMap> {
    private static final Schema SCHEMA = Schema.of("AWS::ApiGatewayV2::Integration.ResponseParameterMap");

    public ResponseParameterMap() {
      super(SCHEMA);
    }

    /**
     * list of response parameters
     *
     * <p>CloudFormation property {@code ResponseParameters}.
     */
    public ResponseParameterMap responseParameters(List<ResponseParameter> value) {
      return set("ResponseParameters", Value.listOf(value));
    }

    /** Sets {@code ResponseParameters} to this value; see {@link #responseParameters(List)}. */
    public ResponseParameterMap responseParameters(Value<List<ResponseParameter>> value) {
      return set("ResponseParameters", value);
    }

    /**
     * Sets {@code ResponseParameters} to a list of these; see {@link #responseParameters(List)}.
     */
    public ResponseParameterMap responseParameters(ResponseParameter... values) {
      return set("ResponseParameters", Value.list(values));
    }
  }

  /**
   * The <code>TlsConfig</code> property specifies the TLS configuration for a private integration.
   * If you specify a TLS configuration, private integration traffic uses the HTTPS protocol.
   * Supported only for HTTP APIs.
   *
   * <p>Property type {@code AWS::ApiGatewayV2::Integration.TlsConfig}.
   */
  public static final class TlsConfig extends Struct<TlsConfig> {
    private static final Schema SCHEMA = Schema.of("AWS::ApiGatewayV2::Integration.TlsConfig");

    public TlsConfig() {
      super(SCHEMA);
    }

    /**
     * If you specify a server name, API Gateway uses it to verify the hostname on the integration's
     * certificate. The server name is also included in the TLS handshake to support Server Name
     * Indication (SNI) or virtual hosting.
     *
     * <p>CloudFormation property {@code ServerNameToVerify}.
     */
    public TlsConfig serverNameToVerify(String value) {
      return set("ServerNameToVerify", Value.of(value));
    }

    /** Sets {@code ServerNameToVerify} to this value; see {@link #serverNameToVerify(String)}. */
    public TlsConfig serverNameToVerify(Value<String> value) {
      return set("ServerNameToVerify", value);
    }
  }
}
