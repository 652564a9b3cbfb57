// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.apigatewayv2;

import io.tropo4j.core.Asset;
import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Json;
import io.tropo4j.fn.Value;
import io.tropo4j.resources.lambda.Function;
import java.util.List;
import java.util.Map;

/**
 * The <code>AWS::ApiGatewayV2::Api</code> resource creates an API. WebSocket APIs and HTTP APIs are
 * supported. For more information about WebSocket APIs, see <a
 * href="https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-websocket-api-overview.html">About
 * WebSocket APIs in API Gateway</a> in the <em>API Gateway Developer Guide</em> . For more
 * information about HTTP APIs, see <a
 * href="https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api.html">HTTP APIs</a>
 * in the <em>API Gateway Developer Guide.</em>
 *
 * <p>CloudFormation type {@code AWS::ApiGatewayV2::Api}.
 */
public final class Api extends Resource<Api> {
  private static final Schema SCHEMA = Schema.builder("AWS::ApiGatewayV2::Api")
      .constrain("Body", Constraint.of().format("json"))
      .references("Target", "AWS::Lambda::Function.Arn")
      .refYields("ApiId")
      .attributes("ApiEndpoint", "ApiId", "ExecuteApiArn")
      .tags("Tags", Schema.TagForm.MAP)
      .build();

  public Api(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * An API key selection expression. Supported only for WebSocket APIs. See <a
   * href="https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-websocket-api-selection-expressions.html#apigateway-websocket-api-apikey-selection-expressions">API
   * Key Selection Expressions</a> .
   *
   * <p>CloudFormation property {@code ApiKeySelectionExpression}.
   */
  public Api apiKeySelectionExpression(String value) {
    return set("ApiKeySelectionExpression", Value.of(value));
  }

  /**
   * Sets {@code ApiKeySelectionExpression} to this value; see {@link
   * #apiKeySelectionExpression(String)}.
   */
  public Api apiKeySelectionExpression(Value<String> value) {
    return set("ApiKeySelectionExpression", value);
  }

  /**
   * Specifies how to interpret the base path of the API during import. Valid values are
   * <code>ignore</code> , <code>prepend</code> , and <code>split</code> . The default value is
   * <code>ignore</code> . To learn more, see <a
   * href="https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-import-api-basePath.html">Set
   * the OpenAPI basePath Property</a> . Supported only for HTTP APIs.
   *
   * <p>CloudFormation property {@code BasePath}.
   */
  public Api basePath(String value) {
    return set("BasePath", Value.of(value));
  }

  /** Sets {@code BasePath} to this value; see {@link #basePath(String)}. */
  public Api basePath(Value<String> value) {
    return set("BasePath", value);
  }

  /**
   * The OpenAPI definition. Supported only for HTTP APIs. To import an HTTP API, you must specify a
   * <code>Body</code> or <code>BodyS3Location</code> . If you specify a <code>Body</code> or
   * <code>BodyS3Location</code> , don't specify CloudFormation resources such as
   * <code>AWS::ApiGatewayV2::Authorizer</code> or <code>AWS::ApiGatewayV2::Route</code> . API
   * Gateway doesn't support the combination of OpenAPI and CloudFormation resources.
   *
   * <p>Format: {@code json}. CloudFormation property {@code Body}.
   */
  public Api body(Value<Json> value) {
    return set("Body", value);
  }

  /**
   * The S3 location of an OpenAPI definition. Supported only for HTTP APIs. To import an HTTP API,
   * you must specify a <code>Body</code> or <code>BodyS3Location</code> . If you specify a
   * <code>Body</code> or <code>BodyS3Location</code> , don't specify CloudFormation resources such
   * as <code>AWS::ApiGatewayV2::Authorizer</code> or <code>AWS::ApiGatewayV2::Route</code> . API
   * Gateway doesn't support the combination of OpenAPI and CloudFormation resources.
   *
   * <p>CloudFormation property {@code BodyS3Location}.
   */
  public Api bodyS3Location(Value<BodyS3Location> value) {
    return set("BodyS3Location", value);
  }

  /**
   * Sets {@code BodyS3Location} to the asset's bucket and key, where the deployer uploads it; see
   * {@link #bodyS3Location(Value)}.
   */
  public Api bodyS3Location(Asset asset) {
    return set("BodyS3Location", new BodyS3Location().bucket(asset.bucket()).key(asset.key()));
  }

  /**
   * A CORS configuration. Supported only for HTTP APIs. See <a
   * href="https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-cors.html">Configuring
   * CORS</a> for more information.
   *
   * <p>CloudFormation property {@code CorsConfiguration}.
   */
  public Api corsConfiguration(Value<Cors> value) {
    return set("CorsConfiguration", value);
  }

  /**
   * This property is part of quick create. It specifies the credentials required for the
   * integration, if any. For a Lambda integration, three options are available. To specify an IAM
   * Role for API Gateway to assume, use the role's Amazon Resource Name (ARN). To require that the
   * caller's identity be passed through from the request, specify
   * <code>arn:aws:iam::<em>:user/</em></code> . To use resource-based permissions on supported AWS
   * services, specify <code>null</code> . Currently, this property is not used for HTTP
   * integrations. Supported only for HTTP APIs.
   *
   * <p>CloudFormation property {@code CredentialsArn}.
   */
  public Api credentialsArn(String value) {
    return set("CredentialsArn", Value.of(value));
  }

  /** Sets {@code CredentialsArn} to this value; see {@link #credentialsArn(String)}. */
  public Api credentialsArn(Value<String> value) {
    return set("CredentialsArn", value);
  }

  /**
   * The description of the API.
   *
   * <p>CloudFormation property {@code Description}.
   */
  public Api description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public Api description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * Specifies whether clients can invoke your API by using the default <code>execute-api</code>
   * endpoint. By default, clients can invoke your API with the default
   * https://{api_id}.execute-api.{region}.amazonaws.com endpoint. To require that clients use a
   * custom domain name to invoke your API, disable the default endpoint.
   *
   * <p>CloudFormation property {@code DisableExecuteApiEndpoint}.
   */
  public Api disableExecuteApiEndpoint(boolean value) {
    return set("DisableExecuteApiEndpoint", Value.of(value));
  }

  /**
   * Sets {@code DisableExecuteApiEndpoint} to this value; see {@link
   * #disableExecuteApiEndpoint(boolean)}.
   */
  public Api disableExecuteApiEndpoint(Value<Boolean> value) {
    return set("DisableExecuteApiEndpoint", value);
  }

  /**
   * Avoid validating models when creating a deployment. Supported only for WebSocket APIs.
   *
   * <p>CloudFormation property {@code DisableSchemaValidation}.
   */
  public Api disableSchemaValidation(boolean value) {
    return set("DisableSchemaValidation", Value.of(value));
  }

  /**
   * Sets {@code DisableSchemaValidation} to this value; see {@link
   * #disableSchemaValidation(boolean)}.
   */
  public Api disableSchemaValidation(Value<Boolean> value) {
    return set("DisableSchemaValidation", value);
  }

  /**
   * Specifies whether to rollback the API creation when a warning is encountered. By default, API
   * creation continues if a warning is encountered.
   *
   * <p>CloudFormation property {@code FailOnWarnings}.
   */
  public Api failOnWarnings(boolean value) {
    return set("FailOnWarnings", Value.of(value));
  }

  /** Sets {@code FailOnWarnings} to this value; see {@link #failOnWarnings(boolean)}. */
  public Api failOnWarnings(Value<Boolean> value) {
    return set("FailOnWarnings", value);
  }

  /**
   * The IP address types that can invoke the API. Use <code>ipv4</code> to allow only IPv4
   * addresses to invoke your API, or use <code>dualstack</code> to allow both IPv4 and IPv6
   * addresses to invoke your API.
   *
   * <p>Don’t use IP address type for an HTTP API based on an OpenAPI specification. Instead,
   * specify the IP address type in the OpenAPI specification.
   *
   * <p>CloudFormation property {@code IpAddressType}.
   */
  public Api ipAddressType(String value) {
    return set("IpAddressType", Value.of(value));
  }

  /** Sets {@code IpAddressType} to this value; see {@link #ipAddressType(String)}. */
  public Api ipAddressType(Value<String> value) {
    return set("IpAddressType", value);
  }

  /**
   * The name of the API. Required unless you specify an OpenAPI definition for <code>Body</code> or
   * <code>S3BodyLocation</code> .
   *
   * <p>CloudFormation property {@code Name}.
   */
  public Api name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public Api name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * The API protocol. Valid values are <code>WEBSOCKET</code> or <code>HTTP</code> . Required
   * unless you specify an OpenAPI definition for <code>Body</code> or <code>S3BodyLocation</code> .
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code ProtocolType}.
   */
  public Api protocolType(String value) {
    return set("ProtocolType", Value.of(value));
  }

  /** Sets {@code ProtocolType} to this value; see {@link #protocolType(String)}. */
  public Api protocolType(Value<String> value) {
    return set("ProtocolType", value);
  }

  /**
   * This property is part of quick create. If you don't specify a <code>routeKey</code> , a default
   * route of <code>$default</code> is created. The <code>$default</code> route acts as a catch-all
   * for any request made to your API, for a particular stage. The <code>$default</code> route key
   * can't be modified. You can add routes after creating the API, and you can update the route keys
   * of additional routes. Supported only for HTTP APIs.
   *
   * <p>CloudFormation property {@code RouteKey}.
   */
  public Api routeKey(String value) {
    return set("RouteKey", Value.of(value));
  }

  /** Sets {@code RouteKey} to this value; see {@link #routeKey(String)}. */
  public Api routeKey(Value<String> value) {
    return set("RouteKey", value);
  }

  /**
   * The route selection expression for the API. For HTTP APIs, the
   * <code>routeSelectionExpression</code> must be <code>${request.method} ${request.path}</code> .
   * If not provided, this will be the default for HTTP APIs. This property is required for
   * WebSocket APIs.
   *
   * <p>CloudFormation property {@code RouteSelectionExpression}.
   */
  public Api routeSelectionExpression(String value) {
    return set("RouteSelectionExpression", Value.of(value));
  }

  /**
   * Sets {@code RouteSelectionExpression} to this value; see {@link
   * #routeSelectionExpression(String)}.
   */
  public Api routeSelectionExpression(Value<String> value) {
    return set("RouteSelectionExpression", value);
  }

  /**
   * The collection of tags. Each tag element is associated with a given resource.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public Api tags(Map<String, String> value) {
    return set("Tags", Value.mapOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(Map)}. */
  public Api tags(Value<Map<String, String>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a map of key to value; see {@link #tags(Map)}. */
  public Api tags(Tags tags) {
    return set("Tags", tags.asMap());
  }

  /**
   * This property is part of quick create. Quick create produces an API with an integration, a
   * default catch-all route, and a default stage which is configured to automatically deploy
   * changes. For HTTP integrations, specify a fully qualified URL. For Lambda integrations, specify
   * a function ARN. The type of the integration will be HTTP_PROXY or AWS_PROXY, respectively.
   * Supported only for HTTP APIs.
   *
   * <p>CloudFormation property {@code Target}.
   */
  public Api target(String value) {
    return set("Target", Value.of(value));
  }

  /** Sets {@code Target} to this value; see {@link #target(String)}. */
  public Api target(Value<String> value) {
    return set("Target", value);
  }

  /**
   * Sets {@code Target} to the Arn of {@code AWS::Lambda::Function}; see {@link #target(String)}.
   */
  public Api target(Function resource) {
    return set("Target", resource.arn());
  }

  /**
   * A version identifier for the API.
   *
   * <p>CloudFormation property {@code Version}.
   */
  public Api version(String value) {
    return set("Version", Value.of(value));
  }

  /** Sets {@code Version} to this value; see {@link #version(String)}. */
  public Api version(Value<String> value) {
    return set("Version", value);
  }

  /**
   * The default endpoint for an API. For example:
   * <code>https://abcdef.execute-api.us-west-2.amazonaws.com</code> .
   *
   * <p>{@code Fn::GetAtt} attribute {@code ApiEndpoint}.
   */
  public Value<String> apiEndpoint() {
    return getAtt("ApiEndpoint");
  }

  /**
   * The API identifier.
   *
   * <p>{@code Fn::GetAtt} attribute {@code ApiId}.
   */
  public Value<String> apiId() {
    return getAtt("ApiId");
  }

  /** {@code Fn::GetAtt} attribute {@code ExecuteApiArn}. */
  public Value<String> executeApiArn() {
    return getAtt("ExecuteApiArn");
  }

  /**
   * The <code>BodyS3Location</code> property specifies an S3 location from which to import an
   * OpenAPI definition. Supported only for HTTP APIs.
   *
   * <p>Property type {@code AWS::ApiGatewayV2::Api.BodyS3Location}.
   */
  public static final class BodyS3Location extends Struct<BodyS3Location> {
    private static final Schema SCHEMA = Schema.of("AWS::ApiGatewayV2::Api.BodyS3Location");

    public BodyS3Location() {
      super(SCHEMA);
    }

    /**
     * The S3 bucket that contains the OpenAPI definition to import. Required if you specify a
     * <code>BodyS3Location</code> for an API.
     *
     * <p>CloudFormation property {@code Bucket}.
     */
    public BodyS3Location bucket(String value) {
      return set("Bucket", Value.of(value));
    }

    /** Sets {@code Bucket} to this value; see {@link #bucket(String)}. */
    public BodyS3Location bucket(Value<String> value) {
      return set("Bucket", value);
    }

    /**
     * The Etag of the S3 object.
     *
     * <p>CloudFormation property {@code Etag}.
     */
    public BodyS3Location etag(String value) {
      return set("Etag", Value.of(value));
    }

    /** Sets {@code Etag} to this value; see {@link #etag(String)}. */
    public BodyS3Location etag(Value<String> value) {
      return set("Etag", value);
    }

    /**
     * The key of the S3 object. Required if you specify a <code>BodyS3Location</code> for an API.
     *
     * <p>CloudFormation property {@code Key}.
     */
    public BodyS3Location key(String value) {
      return set("Key", Value.of(value));
    }

    /** Sets {@code Key} to this value; see {@link #key(String)}. */
    public BodyS3Location key(Value<String> value) {
      return set("Key", value);
    }

    /**
     * The version of the S3 object.
     *
     * <p>CloudFormation property {@code Version}.
     */
    public BodyS3Location version(String value) {
      return set("Version", Value.of(value));
    }

    /** Sets {@code Version} to this value; see {@link #version(String)}. */
    public BodyS3Location version(Value<String> value) {
      return set("Version", value);
    }
  }

  /**
   * The <code>Cors</code> property specifies a CORS configuration for an API. Supported only for
   * HTTP APIs. See <a
   * href="https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-cors.html">Configuring
   * CORS</a> for more information.
   *
   * <p>Property type {@code AWS::ApiGatewayV2::Api.Cors}.
   */
  public static final class Cors extends Struct<Cors> {
    private static final Schema SCHEMA = Schema.of("AWS::ApiGatewayV2::Api.Cors");

    public Cors() {
      super(SCHEMA);
    }

    /**
     * Specifies whether credentials are included in the CORS request. Supported only for HTTP APIs.
     *
     * <p>CloudFormation property {@code AllowCredentials}.
     */
    public Cors allowCredentials(boolean value) {
      return set("AllowCredentials", Value.of(value));
    }

    /** Sets {@code AllowCredentials} to this value; see {@link #allowCredentials(boolean)}. */
    public Cors allowCredentials(Value<Boolean> value) {
      return set("AllowCredentials", value);
    }

    /**
     * Represents a collection of allowed headers. Supported only for HTTP APIs.
     *
     * <p>CloudFormation property {@code AllowHeaders}.
     */
    public Cors allowHeaders(List<String> value) {
      return set("AllowHeaders", Value.listOf(value));
    }

    /** Sets {@code AllowHeaders} to this value; see {@link #allowHeaders(List)}. */
    public Cors allowHeaders(Value<List<String>> value) {
      return set("AllowHeaders", value);
    }

    /**
     * Represents a collection of allowed HTTP methods. Supported only for HTTP APIs.
     *
     * <p>CloudFormation property {@code AllowMethods}.
     */
    public Cors allowMethods(List<String> value) {
      return set("AllowMethods", Value.listOf(value));
    }

    /** Sets {@code AllowMethods} to this value; see {@link #allowMethods(List)}. */
    public Cors allowMethods(Value<List<String>> value) {
      return set("AllowMethods", value);
    }

    /**
     * Represents a collection of allowed origins. Supported only for HTTP APIs.
     *
     * <p>CloudFormation property {@code AllowOrigins}.
     */
    public Cors allowOrigins(List<String> value) {
      return set("AllowOrigins", Value.listOf(value));
    }

    /** Sets {@code AllowOrigins} to this value; see {@link #allowOrigins(List)}. */
    public Cors allowOrigins(Value<List<String>> value) {
      return set("AllowOrigins", value);
    }

    /**
     * Represents a collection of exposed headers. Supported only for HTTP APIs.
     *
     * <p>CloudFormation property {@code ExposeHeaders}.
     */
    public Cors exposeHeaders(List<String> value) {
      return set("ExposeHeaders", Value.listOf(value));
    }

    /** Sets {@code ExposeHeaders} to this value; see {@link #exposeHeaders(List)}. */
    public Cors exposeHeaders(Value<List<String>> value) {
      return set("ExposeHeaders", value);
    }

    /**
     * The number of seconds that the browser should cache preflight request results. Supported only
     * for HTTP APIs.
     *
     * <p>CloudFormation property {@code MaxAge}.
     */
    public Cors maxAge(int value) {
      return set("MaxAge", Value.of(value));
    }

    /** Sets {@code MaxAge} to this value; see {@link #maxAge(int)}. */
    public Cors maxAge(Value<Integer> value) {
      return set("MaxAge", value);
    }
  }
}
