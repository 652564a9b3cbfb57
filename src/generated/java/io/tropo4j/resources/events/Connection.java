// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.events;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Creates a connection. A connection defines the authorization type and credentials to use for
 * authorization with an API destination HTTP endpoint.
 *
 * <p>For more information, see <a
 * href="https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-target-connection.html">Connections
 * for endpoint targets</a> in the <em>Amazon EventBridge User Guide</em> .
 *
 * <p>CloudFormation type {@code AWS::Events::Connection}.
 */
public final class Connection extends Resource<Connection> {
  private static final Schema SCHEMA = Schema.builder("AWS::Events::Connection")
      .allowed("AuthorizationType", "API_KEY", "BASIC", "OAUTH_CLIENT_CREDENTIALS")
      .constrain("Description", Constraint.of().minLength(0).maxLength(512))
      .constrain("KmsKeyIdentifier", Constraint.of().pattern("^[a-zA-Z0-9_\\-/:]*$").maxLength(2048))
      .constrain("Name", Constraint.of().pattern("[\\.\\-_A-Za-z0-9]+").minLength(1).maxLength(64))
      .refYields("Name")
      .attributes("Arn", "ArnForPolicy",
          "AuthParameters.ConnectivityParameters.ResourceParameters.ResourceAssociationArn",
          "InvocationConnectivityParameters.ResourceParameters.ResourceAssociationArn", "SecretArn")
      .build();

  public Connection(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The authorization parameters to use to authorize with the endpoint.
   *
   * <p>You must include only authorization parameters for the <code>AuthorizationType</code> you
   * specify.
   *
   * <p>CloudFormation property {@code AuthParameters}.
   */
  public Connection authParameters(Value<AuthParameters> value) {
    return set("AuthParameters", value);
  }

  /**
   * The type of authorization to use for the connection.
   *
   * <p>OAUTH tokens are refreshed when a 401 or 407 response is returned.
   *
   * <p>Allowed values: {@code API_KEY}, {@code BASIC}, {@code OAUTH_CLIENT_CREDENTIALS}.
   * CloudFormation property {@code AuthorizationType}.
   */
  public Connection authorizationType(String value) {
    return set("AuthorizationType", Value.of(value));
  }

  /** Sets {@code AuthorizationType} to this value; see {@link #authorizationType(String)}. */
  public Connection authorizationType(Value<String> value) {
    return set("AuthorizationType", value);
  }

  /**
   * A description for the connection to create.
   *
   * <p>Length: 0 to 512 characters. CloudFormation property {@code Description}.
   */
  public Connection description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public Connection description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * For connections to private APIs, the parameters to use for invoking the API.
   *
   * <p>For more information, see <a
   * href="https://docs.aws.amazon.com/eventbridge/latest/userguide/connection-private.html">Connecting
   * to private APIs</a> in the <b>Amazon EventBridge User Guide</b> .
   *
   * <p>CloudFormation property {@code InvocationConnectivityParameters}.
   */
  public Connection invocationConnectivityParameters(Value<InvocationConnectivityParameters> value) {
    return set("InvocationConnectivityParameters", value);
  }

  /**
   * The identifier of the AWS customer managed key for EventBridge to use, if you choose to use a
   * customer managed key to encrypt this connection. The identifier can be the key Amazon Resource
   * Name (ARN), KeyId, key alias, or key alias ARN.
   *
   * <p>If you do not specify a customer managed key identifier, EventBridge uses an AWS owned key
   * to encrypt the connection.
   *
   * <p>For more information, see <a
   * href="https://docs.aws.amazon.com/kms/latest/developerguide/viewing-keys.html">Identify and
   * view keys</a> in the <em>AWS Key Management Service Developer Guide</em> .
   *
   * <p>Length: at most 2048 characters. Pattern: {@code ^[a-zA-Z0-9_&#92;-/:]*$}. CloudFormation
   * property {@code KmsKeyIdentifier}.
   */
  public Connection kmsKeyIdentifier(String value) {
    return set("KmsKeyIdentifier", Value.of(value));
  }

  /** Sets {@code KmsKeyIdentifier} to this value; see {@link #kmsKeyIdentifier(String)}. */
  public Connection kmsKeyIdentifier(Value<String> value) {
    return set("KmsKeyIdentifier", value);
  }

  /**
   * The name for the connection to create.
   *
   * <p>Changing it replaces the resource. Length: 1 to 64 characters. Pattern: {@code
   * [&#92;.&#92;-_A-Za-z0-9]+}. CloudFormation property {@code Name}.
   */
  public Connection name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public Connection name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * The ARN of the connection that was created by the request.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * Returns the Amazon Resource Name (ARN) of a connection in resource format, so it can be used in
   * the <code>Resource</code> element of IAM permission policy statements. For more information,
   * see <a
   * href="https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazoneventbridge.html#amazoneventbridge-resources-for-iam-policies">Resource
   * types defined by Amazon EventBridge</a> in the <em>Service Authorization Reference</em> .
   *
   * <p>For example, the following resource defines an IAM policy that grants permission to update a
   * specific connection.
   *
   * <p><code>Resources: ExamplePolicy: Type: AWS::IAM::Policy Properties: PolicyName: ExamplePolicy
   * PolicyDocument: Version: '2012-10-17 ' Statement: - Effect: Allow Action: -
   * events:UpdateConnection Resource: - !GetAtt myConnection.ArnForPolicy</code>
   *
   * <p>{@code Fn::GetAtt} attribute {@code ArnForPolicy}.
   */
  public Value<String> arnForPolicy() {
    return getAtt("ArnForPolicy");
  }

  /**
   * For connections to private APIs, the Amazon Resource Name (ARN) of the resource association
   * EventBridge created between the connection and the private API's resource configuration.
   *
   * <p>The value of this property is set by EventBridge . Any value you specify in your template is
   * ignored.
   *
   * <p>{@code Fn::GetAtt} attribute {@code
   * AuthParameters.ConnectivityParameters.ResourceParameters.ResourceAssociationArn}.
   */
  public Value<String> authParametersConnectivityParametersResourceParametersResourceAssociationArn() {
    return getAtt("AuthParameters.ConnectivityParameters.ResourceParameters.ResourceAssociationArn");
  }

  /**
   * For connections to private APIs, the Amazon Resource Name (ARN) of the resource association
   * EventBridge created between the connection and the private API's resource configuration.
   *
   * <p>The value of this property is set by EventBridge . Any value you specify in your template is
   * ignored.
   *
   * <p>{@code Fn::GetAtt} attribute {@code
   * InvocationConnectivityParameters.ResourceParameters.ResourceAssociationArn}.
   */
  public Value<String> invocationConnectivityParametersResourceParametersResourceAssociationArn() {
    return getAtt("InvocationConnectivityParameters.ResourceParameters.ResourceAssociationArn");
  }

  /**
   * The ARN for the secret created for the connection.
   *
   * <p>{@code Fn::GetAtt} attribute {@code SecretArn}.
   */
  public Value<String> secretArn() {
    return getAtt("SecretArn");
  }

  /**
   * The API key authorization parameters for the connection.
   *
   * <p>Property type {@code AWS::Events::Connection.ApiKeyAuthParameters}.
   */
  public static final class ApiKeyAuthParameters extends Struct<ApiKeyAuthParameters> {
    private static final Schema SCHEMA = Schema.builder("AWS::Events::Connection.ApiKeyAuthParameters")
        .required("ApiKeyName", "ApiKeyValue")
        .constrain("ApiKeyName", Constraint.of().pattern("^[ \\t]*[^\\x00-\\x1F\\x7F]+([ \\t]+[^\\x00-\\x1F\\x7F]+)*[ \\t]*$").minLength(1).maxLength(512))
        .constrain("ApiKeyValue", Constraint.of().pattern("^[ \\t]*[^\\x00-\\x1F\\x7F]+([ \\t]+[^\\x00-\\x1F\\x7F]+)*[ \\t]*$").minLength(1).maxLength(512))
        .build();

    public ApiKeyAuthParameters() {
      super(SCHEMA);
    }

    /**
     * The name of the API key to use for authorization.
     *
     * <p>Required. Length: 1 to 512 characters. Pattern: {@code ^[
     * &#92;t]*[^&#92;x00-&#92;x1F&#92;x7F]+([ &#92;t]+[^&#92;x00-&#92;x1F&#92;x7F]+)*[ &#92;t]*$}.
     * CloudFormation property {@code ApiKeyName}.
     */
    public ApiKeyAuthParameters apiKeyName(String value) {
      return set("ApiKeyName", Value.of(value));
    }

    /** Sets {@code ApiKeyName} to this value; see {@link #apiKeyName(String)}. */
    public ApiKeyAuthParameters apiKeyName(Value<String> value) {
      return set("ApiKeyName", value);
    }

    /**
     * The value for the API key to use for authorization.
     *
     * <p>Required. Length: 1 to 512 characters. Pattern: {@code ^[
     * &#92;t]*[^&#92;x00-&#92;x1F&#92;x7F]+([ &#92;t]+[^&#92;x00-&#92;x1F&#92;x7F]+)*[ &#92;t]*$}.
     * CloudFormation property {@code ApiKeyValue}.
     */
    public ApiKeyAuthParameters apiKeyValue(String value) {
      return set("ApiKeyValue", Value.of(value));
    }

    /** Sets {@code ApiKeyValue} to this value; see {@link #apiKeyValue(String)}. */
    public ApiKeyAuthParameters apiKeyValue(Value<String> value) {
      return set("ApiKeyValue", value);
    }
  }

  /**
   * Tthe authorization parameters to use for the connection.
   *
   * <p>Property type {@code AWS::Events::Connection.AuthParameters}.
   */
  public static final class AuthParameters extends Struct<AuthParameters> {
    private static final Schema SCHEMA = Schema.of("AWS::Events::Connection.AuthParameters");

    public AuthParameters() {
      super(SCHEMA);
    }

    /**
     * The API Key parameters to use for authorization.
     *
     * <p>CloudFormation property {@code ApiKeyAuthParameters}.
     */
    public AuthParameters apiKeyAuthParameters(Value<ApiKeyAuthParameters> value) {
      return set("ApiKeyAuthParameters", value);
    }

    /**
     * The authorization parameters for Basic authorization.
     *
     * <p>CloudFormation property {@code BasicAuthParameters}.
     */
    public AuthParameters basicAuthParameters(Value<BasicAuthParameters> value) {
      return set("BasicAuthParameters", value);
    }

    /**
     * For private OAuth authentication endpoints. The parameters EventBridge uses to authenticate
     * against the endpoint.
     *
     * <p>For more information, see <a
     * href="https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-target-connection-auth.html">Authorization
     * methods for connections</a> in the <b>Amazon EventBridge User Guide</b> .
     *
     * <p>CloudFormation property {@code ConnectivityParameters}.
     */
    public AuthParameters connectivityParameters(Value<ConnectivityParameters> value) {
      return set("ConnectivityParameters", value);
    }

    /**
     * Additional parameters for the connection that are passed through with every invocation to the
     * HTTP endpoint.
     *
     * <p>CloudFormation property {@code InvocationHttpParameters}.
     */
    public AuthParameters invocationHttpParameters(Value<ConnectionHttpParameters> value) {
      return set("InvocationHttpParameters", value);
    }

    /**
     * The OAuth parameters to use for authorization.
     *
     * <p>CloudFormation property {@code OAuthParameters}.
     */
    public AuthParameters oAuthParameters(Value<OAuthParameters> value) {
      return set("OAuthParameters", value);
    }
  }

  /**
   * The Basic authorization parameters for the connection.
   *
   * <p>Property type {@code AWS::Events::Connection.BasicAuthParameters}.
   */
  public static final class BasicAuthParameters extends Struct<BasicAuthParameters> {
    private static final Schema SCHEMA = Schema.builder("AWS::Events::Connection.BasicAuthParameters")
        .required("Password", "Username")
        .constrain("Password", Constraint.of().pattern("^[ \\t]*[^\\x00-\\x1F\\x7F]+([ \\t]+[^\\x00-\\x1F\\x7F]+)*[ \\t]*$").minLength(1).maxLength(512))
        .constrain("Username", Constraint.of().pattern("^[ \\t]*[^\\x00-\\x1F\\x7F]+([ \\t]+[^\\x00-\\x1F\\x7F]+)*[ \\t]*$").minLength(1).maxLength(512))
        .build();

    public BasicAuthParameters() {
      super(SCHEMA);
    }

    /**
     * The password associated with the user name to use for Basic authorization.
     *
     * <p>Required. Length: 1 to 512 characters. Pattern: {@code ^[
     * &#92;t]*[^&#92;x00-&#92;x1F&#92;x7F]+([ &#92;t]+[^&#92;x00-&#92;x1F&#92;x7F]+)*[ &#92;t]*$}.
     * CloudFormation property {@code Password}.
     */
    public BasicAuthParameters password(String value) {
      return set("Password", Value.of(value));
    }

    /** Sets {@code Password} to this value; see {@link #password(String)}. */
    public BasicAuthParameters password(Value<String> value) {
      return set("Password", value);
    }

    /**
     * The user name to use for Basic authorization.
     *
     * <p>Required. Length: 1 to 512 characters. Pattern: {@code ^[
     * &#92;t]*[^&#92;x00-&#92;x1F&#92;x7F]+([ &#92;t]+[^&#92;x00-&#92;x1F&#92;x7F]+)*[ &#92;t]*$}.
     * CloudFormation property {@code Username}.
     */
    public BasicAuthParameters username(String value) {
      return set("Username", Value.of(value));
    }

    /** Sets {@code Username} to this value; see {@link #username(String)}. */
    public BasicAuthParameters username(Value<String> value) {
      return set("Username", value);
    }
  }

  /**
   * The OAuth authorization parameters to use for the connection.
   *
   * <p>Property type {@code AWS::Events::Connection.ClientParameters}.
   */
  public static final class ClientParameters extends Struct<ClientParameters> {
    private static final Schema SCHEMA = Schema.builder("AWS::Events::Connection.ClientParameters")
        .required("ClientID", "ClientSecret")
        .constrain("ClientID", Constraint.of().pattern("^[ \\t]*[^\\x00-\\x1F\\x7F]+([ \\t]+[^\\x00-\\x1F\\x7F]+)*[ \\t]*$").minLength(1).maxLength(512))
        .constrain("ClientSecret", Constraint.of().pattern("^[ \\t]*[^\\x00-\\x1F\\x7F]+([ \\t]+[^\\x00-\\x1F\\x7F]+)*[ \\t]*$").minLength(1).maxLength(512))
        .build();

    public ClientParameters() {
      super(SCHEMA);
    }

    /**
     * The client ID to use for OAuth authorization.
     *
     * <p>Required. Length: 1 to 512 characters. Pattern: {@code ^[
     * &#92;t]*[^&#92;x00-&#92;x1F&#92;x7F]+([ &#92;t]+[^&#92;x00-&#92;x1F&#92;x7F]+)*[ &#92;t]*$}.
     * CloudFormation property {@code ClientID}.
     */
    public ClientParameters clientID(String value) {
      return set("ClientID", Value.of(value));
    }

    /** Sets {@code ClientID} to this value; see {@link #clientID(String)}. */
    public ClientParameters clientID(Value<String> value) {
      return set("ClientID", value);
    }

    /**
     * The client secret assciated with the client ID to use for OAuth authorization.
     *
     * <p>Required. Length: 1 to 512 characters. Pattern: {@code ^[
     * &#92;t]*[^&#92;x00-&#92;x1F&#92;x7F]+([ &#92;t]+[^&#92;x00-&#92;x1F&#92;x7F]+)*[ &#92;t]*$}.
     * CloudFormation property {@code ClientSecret}.
     */
    public ClientParameters clientSecret(String value) {
      return set("ClientSecret", Value.of(value));
    }

    /** Sets {@code ClientSecret} to this value; see {@link #clientSecret(String)}. */
    public ClientParameters clientSecret(Value<String> value) {
      return set("ClientSecret", value);
    }
  }

  /**
   * Any additional parameters for the connection.
   *
   * <p>Property type {@code AWS::Events::Connection.ConnectionHttpParameters}.
   */
  public static final class ConnectionHttpParameters extends Struct<ConnectionHttpParameters> {
    private static final Schema SCHEMA = Schema.of("AWS::Events::Connection.ConnectionHttpParameters");

    public ConnectionHttpParameters() {
      super(SCHEMA);
    }

    /**
     * Any additional body string parameters for the connection.
     *
     * <p>CloudFormation property {@code BodyParameters}.
     */
    public ConnectionHttpParameters bodyParameters(List<Parameter> value) {
      return set("BodyParameters", Value.listOf(value));
    }

    /** Sets {@code BodyParameters} to this value; see {@link #bodyParameters(List)}. */
    public ConnectionHttpParameters bodyParameters(Value<List<Parameter>> value) {
      return set("BodyParameters", value);
    }

    /** Sets {@code BodyParameters} to a list of these; see {@link #bodyParameters(List)}. */
    public ConnectionHttpParameters bodyParameters(Parameter... values) {
      return set("BodyParameters", Value.list(values));
    }

    /**
     * Any additional header parameters for the connection.
     *
     * <p>CloudFormation property {@code HeaderParameters}.
     */
    public ConnectionHttpParameters headerParameters(List<Parameter> value) {
      return set("HeaderParameters", Value.listOf(value));
    }

    /** Sets {@code HeaderParameters} to this value; see {@link #headerParameters(List)}. */
    public ConnectionHttpParameters headerParameters(Value<List<Parameter>> value) {
      return set("HeaderParameters", value);
    }

    /** Sets {@code HeaderParameters} to a list of these; see {@link #headerParameters(List)}. */
    public ConnectionHttpParameters headerParameters(Parameter... values) {
      return set("HeaderParameters", Value.list(values));
    }

    /**
     * Any additional query string parameters for the connection.
     *
     * <p>CloudFormation property {@code QueryStringParameters}.
     */
    public ConnectionHttpParameters queryStringParameters(List<Parameter> value) {
      return set("QueryStringParameters", Value.listOf(value));
    }

    /**
     * Sets {@code QueryStringParameters} to this value; see {@link #queryStringParameters(List)}.
     */
    public ConnectionHttpParameters queryStringParameters(Value<List<Parameter>> value) {
      return set("QueryStringParameters", value);
    }

    /**
     * Sets {@code QueryStringParameters} to a list of these; see {@link
     * #queryStringParameters(List)}.
     */
    public ConnectionHttpParameters queryStringParameters(Parameter... values) {
      return set("QueryStringParameters", Value.list(values));
    }
  }

  /**
   * If you specify a private OAuth endpoint, the parameters for EventBridge to use when
   * authenticating against the endpoint.
   *
   * <p>For more information, see <a
   * href="https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-target-connection-auth.html">Authorization
   * methods for connections</a> in the <b>Amazon EventBridge User Guide</b> .
   *
   * <p>Property type {@code AWS::Events::Connection.ConnectivityParameters}.
   */
  public static final class ConnectivityParameters extends Struct<ConnectivityParameters> {
    private static final Schema SCHEMA = Schema.builder("AWS::Events::Connection.ConnectivityParameters")
        .required("ResourceParameters")
        .build();

    public ConnectivityParameters() {
      super(SCHEMA);
    }

    /**
     * The parameters for EventBridge to use when invoking the resource endpoint.
     *
     * <p>Required. CloudFormation property {@code ResourceParameters}.
     */
    public ConnectivityParameters resourceParameters(Value<ResourceParameters> value) {
      return set("ResourceParameters", value);
    }
  }

  /**
   * For connections to private APIs, the parameters to use for invoking the API.
   *
   * <p>For more information, see <a
   * href="https://docs.aws.amazon.com/eventbridge/latest/userguide/connection-private.html">Connecting
   * to private APIs</a> in the <b>Amazon EventBridge User Guide</b> .
   *
   * <p>Property type {@code AWS::Events::Connection.InvocationConnectivityParameters}.
   */
  public static final class InvocationConnectivityParameters extends Struct<InvocationConnectivityParameters> {
    private static final Schema SCHEMA = Schema.builder("AWS::Events::Connection.InvocationConnectivityParameters")
        .required("ResourceParameters")
        .build();

    public InvocationConnectivityParameters() {
      super(SCHEMA);
    }

    /**
     * The parameters for EventBridge to use when invoking the resource endpoint.
     *
     * <p>Required. CloudFormation property {@code ResourceParameters}.
     */
    public InvocationConnectivityParameters resourceParameters(Value<ResourceParameters> value) {
      return set("ResourceParameters", value);
    }
  }

  /**
   * Contains the OAuth authorization parameters to use for the connection.
   *
   * <p>Property type {@code AWS::Events::Connection.OAuthParameters}.
   */
  public static final class OAuthParameters extends Struct<OAuthParameters> {
    private static final Schema SCHEMA = Schema.builder("AWS::Events::Connection.OAuthParameters")
        .required("AuthorizationEndpoint", "ClientParameters", "HttpMethod")
        .constrain("AuthorizationEndpoint", Constraint.of().pattern("^((%[0-9A-Fa-f]{2}|[-()_.!~*';/?:@\\x26=+$,A-Za-z0-9])+)([).!';/?:,])?$").minLength(1).maxLength(2048))
        .allowed("HttpMethod", "GET", "POST", "PUT")
        .build();

    public OAuthParameters() {
      super(SCHEMA);
    }

    /**
     * The URL to the authorization endpoint when OAuth is specified as the authorization type.
     *
     * <p>Required. Length: 1 to 2048 characters. Pattern: {@code
     * ^((%[0-9A-Fa-f]{2}|[-()_.!~*';/?:&#64;&#92;x26=+$,A-Za-z0-9])+)([).!';/?:,])?$}.
     * CloudFormation property {@code AuthorizationEndpoint}.
     */
    public OAuthParameters authorizationEndpoint(String value) {
      return set("AuthorizationEndpoint", Value.of(value));
    }

    /**
     * Sets {@code AuthorizationEndpoint} to this value; see {@link #authorizationEndpoint(String)}.
     */
    public OAuthParameters authorizationEndpoint(Value<String> value) {
      return set("AuthorizationEndpoint", value);
    }

    /**
     * The client parameters for OAuth authorization.
     *
     * <p>Required. CloudFormation property {@code ClientParameters}.
     */
    public OAuthParameters clientParameters(Value<ClientParameters> value) {
      return set("ClientParameters", value);
    }

    /**
     * The method to use for the authorization request.
     *
     * <p>Required. Allowed values: {@code GET}, {@code POST}, {@code PUT}. CloudFormation property
     * {@code HttpMethod}.
     */
    public OAuthParameters httpMethod(String value) {
      return set("HttpMethod", Value.of(value));
    }

    /** Sets {@code HttpMethod} to this value; see {@link #httpMethod(String)}. */
    public OAuthParameters httpMethod(Value<String> value) {
      return set("HttpMethod", value);
    }

    /**
     * Details about the additional parameters to use for the connection.
     *
     * <p>CloudFormation property {@code OAuthHttpParameters}.
     */
    public OAuthParameters oAuthHttpParameters(Value<ConnectionHttpParameters> value) {
      return set("OAuthHttpParameters", value);
    }
  }

  /**
   * Any additional query string parameter for the connection. You can include up to 100 additional
   * query string parameters per request. Each additional parameter counts towards the event payload
   * size, which cannot exceed 64 KB.
   *
   * <p>Property type {@code AWS::Events::Connection.Parameter}.
   */
  public static final class Parameter extends Struct<Parameter> {
    private static final Schema SCHEMA = Schema.builder("AWS::Events::Connection.Parameter")
        .required("Key", "Value")
        .constrain("Key", Constraint.of().pattern("^[!#$%&'*+-.^_`|~0-9a-zA-Z]+$").minLength(0).maxLength(512))
        .constrain("Value", Constraint.of().pattern("^[ \\t]*[\\x20-\\x7E]+([ \\t]+[\\x20-\\x7E]+)*[ \\t]*$").minLength(0).maxLength(512))
        .build();

    public Parameter() {
      super(SCHEMA);
    }

    /**
     * Specifies whether the value is secret.
     *
     * <p>Default: {@code true}. CloudFormation property {@code IsValueSecret}.
     */
    public Parameter isValueSecret(boolean value) {
      return set("IsValueSecret", Value.of(value));
    }

    /** Sets {@code IsValueSecret} to this value; see {@link #isValueSecret(boolean)}. */
    public Parameter isValueSecret(Value<Boolean> value) {
      return set("IsValueSecret", value);
    }

    /**
     * The key for a query string parameter.
     *
     * <p>Required. Length: 0 to 512 characters. Pattern: {@code ^[!#$%&amp;'*+-.^_`|~0-9a-zA-Z]+$}.
     * CloudFormation property {@code Key}.
     */
    public Parameter key(String value) {
      return set("Key", Value.of(value));
    }

    /** Sets {@code Key} to this value; see {@link #key(String)}. */
    public Parameter key(Value<String> value) {
      return set("Key", value);
    }

    /**
     * The value associated with the key for the query string parameter.
     *
     * <p>Required. Length: 0 to 512 characters. Pattern: {@code ^[ &#92;t]*[&#92;x20-&#92;x7E]+([
     * &#92;t]+[&#92;x20-&#92;x7E]+)*[ &#92;t]*$}. CloudFormation property {@code Value}.
     */
    public Parameter value(String value) {
      return set("Value", Value.of(value));
    }

    /** Sets {@code Value} to this value; see {@link #value(String)}. */
    public Parameter value(Value<String> value) {
      return set("Value", value);
    }
  }

  /**
   * The parameters for EventBridge to use when invoking the resource endpoint.
   *
   * <p>Property type {@code AWS::Events::Connection.ResourceParameters}.
   */
  public static final class ResourceParameters extends Struct<ResourceParameters> {
    private static final Schema SCHEMA = Schema.builder("AWS::Events::Connection.ResourceParameters")
        .required("ResourceConfigurationArn")
        .constrain("ResourceAssociationArn", Constraint.of().pattern("^arn:[a-z0-9\\-]+:vpc-lattice:[a-zA-Z0-9\\-]+:\\d{12}:servicenetworkresourceassociation/snra-[0-9a-z]{17}$").minLength(20).maxLength(2048))
        .constrain("ResourceConfigurationArn", Constraint.of().pattern("^arn:[a-z0-9f\\-]+:vpc-lattice:[a-zA-Z0-9\\-]+:\\d{12}:resourceconfiguration/rcfg-[0-9a-z]{17}$").maxLength(2048))
        .build();

    public ResourceParameters() {
      super(SCHEMA);
    }

    /**
     * For connections to private APIs, the Amazon Resource Name (ARN) of the resource association
     * EventBridge created between the connection and the private API's resource configuration.
     *
     * <p>The value of this property is set by EventBridge . Any value you specify in your template
     * is ignored.
     *
     * <p>Length: 20 to 2048 characters. Pattern: {@code
     * ^arn:[a-z0-9&#92;-]+:vpc-lattice:[a-zA-Z0-9&#92;-]+:&#92;d{12}:servicenetworkresourceassociation/snra-[0-9a-z]{17}$}.
     * CloudFormation property {@code ResourceAssociationArn}.
     */
    public ResourceParameters resourceAssociationArn(String value) {
      return set("ResourceAssociationArn", Value.of(value));
    }

    /**
     * Sets {@code ResourceAssociationArn} to this value; see {@link
     * #resourceAssociationArn(String)}.
     */
    public ResourceParameters resourceAssociationArn(Value<String> value) {
      return set("ResourceAssociationArn", value);
    }

    /**
     * The Amazon Resource Name (ARN) of the Amazon VPC Lattice resource configuration for the
     * resource endpoint.
     *
     * <p>Required. Length: at most 2048 characters. Pattern: {@code
     * ^arn:[a-z0-9f&#92;-]+:vpc-lattice:[a-zA-Z0-9&#92;-]+:&#92;d{12}:resourceconfiguration/rcfg-[0-9a-z]{17}$}.
     * CloudFormation property {@code ResourceConfigurationArn}.
     */
    public ResourceParameters resourceConfigurationArn(String value) {
      return set("ResourceConfigurationArn", Value.of(value));
    }

    /**
     * Sets {@code ResourceConfigurationArn} to this value; see {@link
     * #resourceConfigurationArn(String)}.
     */
    public ResourceParameters resourceConfigurationArn(Value<String> value) {
      return set("ResourceConfigurationArn", value);
    }
  }
}
