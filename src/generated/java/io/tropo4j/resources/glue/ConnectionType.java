// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.glue;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;
import java.util.Map;

/**
 * Registers a custom connection type in Glue based on the configuration provided. This enables
 * customers to configure custom connectors for any data source with REST-based APIs.
 *
 * <p>CloudFormation type {@code AWS::Glue::ConnectionType}.
 */
public final class ConnectionType extends Resource<ConnectionType> {
  private static final Schema SCHEMA = Schema.builder("AWS::Glue::ConnectionType")
      .required("ConnectionType", "RestConfiguration")
      .constrain("ConnectionType", Constraint.of().minLength(1).maxLength(255))
      .constrain("Description", Constraint.of().minLength(0).maxLength(1024))
      .allowed("IntegrationType", "REST")
      .refYields("ConnectionTypeArn")
      .attributes("ConnectionTypeArn")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public ConnectionType(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * Configuration that defines the base URL and additional request parameters needed during
   * connection creation.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code ConnectionProperties}.
   */
  public ConnectionType connectionProperties(Value<ConnectionPropertiesConfiguration> value) {
    return set("ConnectionProperties", value);
  }

  /**
   * The name of the connection type. Must be prefixed with REST-.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 255 characters. CloudFormation
   * property {@code ConnectionType}.
   */
  public ConnectionType connectionType(String value) {
    return set("ConnectionType", Value.of(value));
  }

  /** Sets {@code ConnectionType} to this value; see {@link #connectionType(String)}. */
  public ConnectionType connectionType(Value<String> value) {
    return set("ConnectionType", value);
  }

  /**
   * Configuration that defines supported authentication types and required properties.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code
   * ConnectorAuthenticationConfiguration}.
   */
  public ConnectionType connectorAuthenticationConfiguration(Value<ConnectorAuthenticationConfiguration> value) {
    return set("ConnectorAuthenticationConfiguration", value);
  }

  /**
   * A description of the connection type.
   *
   * <p>Changing it replaces the resource. Length: 0 to 1024 characters. CloudFormation property
   * {@code Description}.
   */
  public ConnectionType description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public ConnectionType description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * The integration type for the connection. Currently only REST is supported.
   *
   * <p>Changing it replaces the resource. Allowed values: {@code REST}. CloudFormation property
   * {@code IntegrationType}.
   */
  public ConnectionType integrationType(String value) {
    return set("IntegrationType", Value.of(value));
  }

  /** Sets {@code IntegrationType} to this value; see {@link #integrationType(String)}. */
  public ConnectionType integrationType(Value<String> value) {
    return set("IntegrationType", value);
  }

  /**
   * Configuration for HTTP request and response handling.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code
   * RestConfiguration}.
   */
  public ConnectionType restConfiguration(Value<RestConfiguration> value) {
    return set("RestConfiguration", value);
  }

  /**
   * Tags to assign to the connection type.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public ConnectionType tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public ConnectionType tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public ConnectionType tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The Amazon Resource Name (ARN) of the registered connection type.
   *
   * <p>{@code Fn::GetAtt} attribute {@code ConnectionTypeArn}.
   */
  public Value<String> connectionTypeArn() {
    return getAtt("ConnectionTypeArn");
  }

  /**
   * Basic authentication configuration.
   *
   * <p>Property type {@code AWS::Glue::ConnectionType.BasicAuthenticationProperties}.
   */
  public static final class BasicAuthenticationProperties extends Struct<BasicAuthenticationProperties> {
    private static final Schema SCHEMA = Schema.of("AWS::Glue::ConnectionType.BasicAuthenticationProperties");

    public BasicAuthenticationProperties() {
      super(SCHEMA);
    }

    /**
     * Defines a secret property configuration. SECRET-type properties cannot have DefaultValue or
     * AllowedValues.
     *
     * <p>CloudFormation property {@code Password}.
     */
    public BasicAuthenticationProperties password(Value<SecretConnectorProperty> value) {
      return set("Password", value);
    }

    /**
     * Defines a secret property configuration. SECRET-type properties cannot have DefaultValue or
     * AllowedValues.
     *
     * <p>CloudFormation property {@code Username}.
     */
    public BasicAuthenticationProperties username(Value<SecretConnectorProperty> value) {
      return set("Username", value);
    }
  }

  /**
   * Configuration that defines how BETWEEN range filter operations are translated into REST API
   * request parameters.
   *
   * <p>Property type {@code AWS::Glue::ConnectionType.BetweenConfiguration}.
   */
  public static final class BetweenConfiguration extends Struct<BetweenConfiguration> {
    private static final Schema SCHEMA = Schema.of("AWS::Glue::ConnectionType.BetweenConfiguration");

    public BetweenConfiguration() {
      super(SCHEMA);
    }

    /**
     * The parameter name used for the upper bound value in a BETWEEN filter operation.
     *
     * <p>CloudFormation property {@code HighBoundKey}.
     */
    public BetweenConfiguration highBoundKey(String value) {
      return set("HighBoundKey", Value.of(value));
    }

    /** Sets {@code HighBoundKey} to this value; see {@link #highBoundKey(String)}. */
    public BetweenConfiguration highBoundKey(Value<String> value) {
      return set("HighBoundKey", value);
    }

    /**
     * The parameter name used for the lower bound value in a BETWEEN filter operation.
     *
     * <p>CloudFormation property {@code LowBoundKey}.
     */
    public BetweenConfiguration lowBoundKey(String value) {
      return set("LowBoundKey", Value.of(value));
    }

    /** Sets {@code LowBoundKey} to this value; see {@link #lowBoundKey(String)}. */
    public BetweenConfiguration lowBoundKey(Value<String> value) {
      return set("LowBoundKey", value);
    }

    /**
     * A template string for constructing the BETWEEN filter expression.
     *
     * <p>CloudFormation property {@code Template}.
     */
    public BetweenConfiguration template(String value) {
      return set("Template", Value.of(value));
    }

    /** Sets {@code Template} to this value; see {@link #template(String)}. */
    public BetweenConfiguration template(Value<String> value) {
      return set("Template", value);
    }
  }

  /**
   * OAuth2 client credentials configuration.
   *
   * <p>Property type {@code AWS::Glue::ConnectionType.ClientCredentialsProperties}.
   */
  public static final class ClientCredentialsProperties extends Struct<ClientCredentialsProperties> {
    private static final Schema SCHEMA = Schema.builder("AWS::Glue::ConnectionType.ClientCredentialsProperties")
        .allowed("ContentType", "APPLICATION_JSON", "URL_ENCODED")
        .allowed("RequestMethod", "GET", "POST")
        .build();

    public ClientCredentialsProperties() {
      super(SCHEMA);
    }

    /**
     * Defines a secret property configuration. SECRET-type properties cannot have DefaultValue or
     * AllowedValues.
     *
     * <p>CloudFormation property {@code ClientId}.
     */
    public ClientCredentialsProperties clientId(Value<SecretConnectorProperty> value) {
      return set("ClientId", value);
    }

    /**
     * Defines a secret property configuration. SECRET-type properties cannot have DefaultValue or
     * AllowedValues.
     *
     * <p>CloudFormation property {@code ClientSecret}.
     */
    public ClientCredentialsProperties clientSecret(Value<SecretConnectorProperty> value) {
      return set("ClientSecret", value);
    }

    /**
     * Allowed values: {@code APPLICATION_JSON}, {@code URL_ENCODED}. CloudFormation property {@code
     * ContentType}.
     */
    public ClientCredentialsProperties contentType(String value) {
      return set("ContentType", Value.of(value));
    }

    /** Sets {@code ContentType} to this value; see {@link #contentType(String)}. */
    public ClientCredentialsProperties contentType(Value<String> value) {
      return set("ContentType", value);
    }

    /** Allowed values: {@code GET}, {@code POST}. CloudFormation property {@code RequestMethod}. */
    public ClientCredentialsProperties requestMethod(String value) {
      return set("RequestMethod", Value.of(value));
    }

    /** Sets {@code RequestMethod} to this value; see {@link #requestMethod(String)}. */
    public ClientCredentialsProperties requestMethod(Value<String> value) {
      return set("RequestMethod", value);
    }

    /**
     * Defines a property configuration for connection types.
     *
     * <p>CloudFormation property {@code Scope}.
     */
    public ClientCredentialsProperties scope(Value<ConnectorProperty> value) {
      return set("Scope", value);
    }

    /**
     * Defines a property configuration for connection types.
     *
     * <p>CloudFormation property {@code TokenUrl}.
     */
    public ClientCredentialsProperties tokenUrl(Value<ConnectorProperty> value) {
      return set("TokenUrl", value);
    }

    /** CloudFormation property {@code TokenUrlParameters}. */
    public ClientCredentialsProperties tokenUrlParameters(List<ConnectorProperty> value) {
      return set("TokenUrlParameters", Value.listOf(value));
    }

    /** Sets {@code TokenUrlParameters} to this value; see {@link #tokenUrlParameters(List)}. */
    public ClientCredentialsProperties tokenUrlParameters(Value<List<ConnectorProperty>> value) {
      return set("TokenUrlParameters", value);
    }

    /**
     * Sets {@code TokenUrlParameters} to a list of these; see {@link #tokenUrlParameters(List)}.
     */
    public ClientCredentialsProperties tokenUrlParameters(ConnectorProperty... values) {
      return set("TokenUrlParameters", Value.list(values));
    }
  }

  /**
   * Configuration that defines the base URL and additional request parameters needed during
   * connection creation.
   *
   * <p>Property type {@code AWS::Glue::ConnectionType.ConnectionPropertiesConfiguration}.
   */
  public static final class ConnectionPropertiesConfiguration extends Struct<ConnectionPropertiesConfiguration> {
    private static final Schema SCHEMA = Schema.of("AWS::Glue::ConnectionType.ConnectionPropertiesConfiguration");

    public ConnectionPropertiesConfiguration() {
      super(SCHEMA);
    }

    /**
     * Key-value pairs of additional request parameters.
     *
     * <p>CloudFormation property {@code AdditionalRequestParameters}.
     */
    public ConnectionPropertiesConfiguration additionalRequestParameters(List<ConnectorProperty> value) {
      return set("AdditionalRequestParameters", Value.listOf(value));
    }

    /**
     * Sets {@code AdditionalRequestParameters} to this value; see {@link
     * #additionalRequestParameters(List)}.
     */
    public ConnectionPropertiesConfiguration additionalRequestParameters(Value<List<ConnectorProperty>> value) {
      return set("AdditionalRequestParameters", value);
    }

    /**
     * Sets {@code AdditionalRequestParameters} to a list of these; see {@link
     * #additionalRequestParameters(List)}.
     */
    public ConnectionPropertiesConfiguration additionalRequestParameters(ConnectorProperty... values) {
      return set("AdditionalRequestParameters", Value.list(values));
    }

    /**
     * Defines a property configuration for connection types.
     *
     * <p>CloudFormation property {@code Url}.
     */
    public ConnectionPropertiesConfiguration url(Value<ConnectorProperty> value) {
      return set("Url", value);
    }
  }

  /**
   * Configuration that defines supported authentication types and required properties.
   *
   * <p>Property type {@code AWS::Glue::ConnectionType.ConnectorAuthenticationConfiguration}.
   */
  public static final class ConnectorAuthenticationConfiguration extends Struct<ConnectorAuthenticationConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::Glue::ConnectionType.ConnectorAuthenticationConfiguration")
        .required("AuthenticationTypes")
        .allowed("AuthenticationTypes", "BASIC", "OAUTH2", "CUSTOM", "IAM")
        .build();

    public ConnectorAuthenticationConfiguration() {
      super(SCHEMA);
    }

    /**
     * A list of authentication types supported.
     *
     * <p>Required. Allowed values: {@code BASIC}, {@code OAUTH2}, {@code CUSTOM}, {@code IAM}.
     * CloudFormation property {@code AuthenticationTypes}.
     */
    public ConnectorAuthenticationConfiguration authenticationTypes(List<String> value) {
      return set("AuthenticationTypes", Value.listOf(value));
    }

    /** Sets {@code AuthenticationTypes} to this value; see {@link #authenticationTypes(List)}. */
    public ConnectorAuthenticationConfiguration authenticationTypes(Value<List<String>> value) {
      return set("AuthenticationTypes", value);
    }

    /**
     * Basic authentication configuration.
     *
     * <p>CloudFormation property {@code BasicAuthenticationProperties}.
     */
    public ConnectorAuthenticationConfiguration basicAuthenticationProperties(Value<BasicAuthenticationProperties> value) {
      return set("BasicAuthenticationProperties", value);
    }

    /**
     * Custom authentication configuration.
     *
     * <p>CloudFormation property {@code CustomAuthenticationProperties}.
     */
    public ConnectorAuthenticationConfiguration customAuthenticationProperties(Value<CustomAuthenticationProperties> value) {
      return set("CustomAuthenticationProperties", value);
    }

    /**
     * OAuth2 configuration container.
     *
     * <p>CloudFormation property {@code OAuth2Properties}.
     */
    public ConnectorAuthenticationConfiguration oAuth2Properties(Value<ConnectorOAuth2Properties> value) {
      return set("OAuth2Properties", value);
    }
  }

  /**
   * OAuth2 authorization code configuration.
   *
   * <p>Property type {@code AWS::Glue::ConnectionType.ConnectorAuthorizationCodeProperties}.
   */
  public static final class ConnectorAuthorizationCodeProperties extends Struct<ConnectorAuthorizationCodeProperties> {
    private static final Schema SCHEMA = Schema.builder("AWS::Glue::ConnectionType.ConnectorAuthorizationCodeProperties")
        .allowed("ContentType", "APPLICATION_JSON", "URL_ENCODED")
        .allowed("RequestMethod", "GET", "POST")
        .build();

    public ConnectorAuthorizationCodeProperties() {
      super(SCHEMA);
    }

    /**
     * Defines a property configuration for connection types.
     *
     * <p>CloudFormation property {@code AuthorizationCode}.
     */
    public ConnectorAuthorizationCodeProperties authorizationCode(Value<ConnectorProperty> value) {
      return set("AuthorizationCode", value);
    }

    /**
     * Defines a property configuration for connection types.
     *
     * <p>CloudFormation property {@code AuthorizationCodeUrl}.
     */
    public ConnectorAuthorizationCodeProperties authorizationCodeUrl(Value<ConnectorProperty> value) {
      return set("AuthorizationCodeUrl", value);
    }

    /**
     * Defines a secret property configuration. SECRET-type properties cannot have DefaultValue or
     * AllowedValues.
     *
     * <p>CloudFormation property {@code ClientId}.
     */
    public ConnectorAuthorizationCodeProperties clientId(Value<SecretConnectorProperty> value) {
      return set("ClientId", value);
    }

    /**
     * Defines a secret property configuration. SECRET-type properties cannot have DefaultValue or
     * AllowedValues.
     *
     * <p>CloudFormation property {@code ClientSecret}.
     */
    public ConnectorAuthorizationCodeProperties clientSecret(Value<SecretConnectorProperty> value) {
      return set("ClientSecret", value);
    }

    /**
     * Allowed values: {@code APPLICATION_JSON}, {@code URL_ENCODED}. CloudFormation property {@code
     * ContentType}.
     */
    public ConnectorAuthorizationCodeProperties contentType(String value) {
      return set("ContentType", Value.of(value));
    }

    /** Sets {@code ContentType} to this value; see {@link #contentType(String)}. */
    public ConnectorAuthorizationCodeProperties contentType(Value<String> value) {
      return set("ContentType", value);
    }

    /**
     * Defines a property configuration for connection types.
     *
     * <p>CloudFormation property {@code Prompt}.
     */
    public ConnectorAuthorizationCodeProperties prompt(Value<ConnectorProperty> value) {
      return set("Prompt", value);
    }

    /**
     * Defines a property configuration for connection types.
     *
     * <p>CloudFormation property {@code RedirectUri}.
     */
    public ConnectorAuthorizationCodeProperties redirectUri(Value<ConnectorProperty> value) {
      return set("RedirectUri", value);
    }

    /** Allowed values: {@code GET}, {@code POST}. CloudFormation property {@code RequestMethod}. */
    public ConnectorAuthorizationCodeProperties requestMethod(String value) {
      return set("RequestMethod", Value.of(value));
    }

    /** Sets {@code RequestMethod} to this value; see {@link #requestMethod(String)}. */
    public ConnectorAuthorizationCodeProperties requestMethod(Value<String> value) {
      return set("RequestMethod", value);
    }

    /**
     * Defines a property configuration for connection types.
     *
     * <p>CloudFormation property {@code Scope}.
     */
    public ConnectorAuthorizationCodeProperties scope(Value<ConnectorProperty> value) {
      return set("Scope", value);
    }

    /**
     * Defines a property configuration for connection types.
     *
     * <p>CloudFormation property {@code TokenUrl}.
     */
    public ConnectorAuthorizationCodeProperties tokenUrl(Value<ConnectorProperty> value) {
      return set("TokenUrl", value);
    }

    /** CloudFormation property {@code TokenUrlParameters}. */
    public ConnectorAuthorizationCodeProperties tokenUrlParameters(List<ConnectorProperty> value) {
      return set("TokenUrlParameters", Value.listOf(value));
    }

    /** Sets {@code TokenUrlParameters} to this value; see {@link #tokenUrlParameters(List)}. */
    public ConnectorAuthorizationCodeProperties tokenUrlParameters(Value<List<ConnectorProperty>> value) {
      return set("TokenUrlParameters", value);
    }

    /**
     * Sets {@code TokenUrlParameters} to a list of these; see {@link #tokenUrlParameters(List)}.
     */
    public ConnectorAuthorizationCodeProperties tokenUrlParameters(ConnectorProperty... values) {
      return set("TokenUrlParameters", Value.list(values));
    }
  }

  /**
   * OAuth2 configuration container.
   *
   * <p>Property type {@code AWS::Glue::ConnectionType.ConnectorOAuth2Properties}.
   */
  public static final class ConnectorOAuth2Properties extends Struct<ConnectorOAuth2Properties> {
    private static final Schema SCHEMA = Schema.builder("AWS::Glue::ConnectionType.ConnectorOAuth2Properties")
        .required("OAuth2GrantType")
        .allowed("OAuth2GrantType", "CLIENT_CREDENTIALS", "JWT_BEARER", "AUTHORIZATION_CODE")
        .build();

    public ConnectorOAuth2Properties() {
      super(SCHEMA);
    }

    /**
     * OAuth2 authorization code configuration.
     *
     * <p>CloudFormation property {@code AuthorizationCodeProperties}.
     */
    public ConnectorOAuth2Properties authorizationCodeProperties(Value<ConnectorAuthorizationCodeProperties> value) {
      return set("AuthorizationCodeProperties", value);
    }

    /**
     * OAuth2 client credentials configuration.
     *
     * <p>CloudFormation property {@code ClientCredentialsProperties}.
     */
    public ConnectorOAuth2Properties clientCredentialsProperties(Value<ClientCredentialsProperties> value) {
      return set("ClientCredentialsProperties", value);
    }

    /**
     * JWT bearer token configuration.
     *
     * <p>CloudFormation property {@code JWTBearerProperties}.
     */
    public ConnectorOAuth2Properties jwtBearerProperties(Value<JWTBearerProperties> value) {
      return set("JWTBearerProperties", value);
    }

    /**
     * The OAuth2 grant type to use.
     *
     * <p>Required. Allowed values: {@code CLIENT_CREDENTIALS}, {@code JWT_BEARER}, {@code
     * AUTHORIZATION_CODE}. CloudFormation property {@code OAuth2GrantType}.
     */
    public ConnectorOAuth2Properties oAuth2GrantType(String value) {
      return set("OAuth2GrantType", Value.of(value));
    }

    /** Sets {@code OAuth2GrantType} to this value; see {@link #oAuth2GrantType(String)}. */
    public ConnectorOAuth2Properties oAuth2GrantType(Value<String> value) {
      return set("OAuth2GrantType", value);
    }
  }

  /**
   * Defines a property configuration for connection types.
   *
   * <p>Property type {@code AWS::Glue::ConnectionType.ConnectorProperty}.
   */
  public static final class ConnectorProperty extends Struct<ConnectorProperty> {
    private static final Schema SCHEMA = Schema.builder("AWS::Glue::ConnectionType.ConnectorProperty")
        .required("Name", "PropertyType", "Required")
        .constrain("KeyOverride", Constraint.of().pattern("^[a-zA-Z0-9_-]+$").minLength(1).maxLength(128))
        .constrain("Name", Constraint.of().minLength(1).maxLength(128))
        .allowed("PropertyLocation", "HEADER", "BODY", "QUERY_PARAM", "PATH")
        .allowed("PropertyType", "USER_INPUT", "SECRET", "READ_ONLY", "UNUSED",
            "SECRET_OR_USER_INPUT")
        .build();

    public ConnectorProperty() {
      super(SCHEMA);
    }

    /**
     * A list of allowed values for the property.
     *
     * <p>CloudFormation property {@code AllowedValues}.
     */
    public ConnectorProperty allowedValues(List<String> value) {
      return set("AllowedValues", Value.listOf(value));
    }

    /** Sets {@code AllowedValues} to this value; see {@link #allowedValues(List)}. */
    public ConnectorProperty allowedValues(Value<List<String>> value) {
      return set("AllowedValues", value);
    }

    /**
     * The default value for the property.
     *
     * <p>CloudFormation property {@code DefaultValue}.
     */
    public ConnectorProperty defaultValue(String value) {
      return set("DefaultValue", Value.of(value));
    }

    /** Sets {@code DefaultValue} to this value; see {@link #defaultValue(String)}. */
    public ConnectorProperty defaultValue(Value<String> value) {
      return set("DefaultValue", value);
    }

    /**
     * A key name to use when sending this property in API requests.
     *
     * <p>Length: 1 to 128 characters. Pattern: {@code ^[a-zA-Z0-9_-]+$}. CloudFormation property
     * {@code KeyOverride}.
     */
    public ConnectorProperty keyOverride(String value) {
      return set("KeyOverride", Value.of(value));
    }

    /** Sets {@code KeyOverride} to this value; see {@link #keyOverride(String)}. */
    public ConnectorProperty keyOverride(Value<String> value) {
      return set("KeyOverride", value);
    }

    /**
     * The name of the property.
     *
     * <p>Required. Length: 1 to 128 characters. CloudFormation property {@code Name}.
     */
    public ConnectorProperty name(String value) {
      return set("Name", Value.of(value));
    }

    /** Sets {@code Name} to this value; see {@link #name(String)}. */
    public ConnectorProperty name(Value<String> value) {
      return set("Name", value);
    }

    /**
     * Specifies where this property should be included in REST requests.
     *
     * <p>Allowed values: {@code HEADER}, {@code BODY}, {@code QUERY_PARAM}, {@code PATH}.
     * CloudFormation property {@code PropertyLocation}.
     */
    public ConnectorProperty propertyLocation(String value) {
      return set("PropertyLocation", Value.of(value));
    }

    /** Sets {@code PropertyLocation} to this value; see {@link #propertyLocation(String)}. */
    public ConnectorProperty propertyLocation(Value<String> value) {
      return set("PropertyLocation", value);
    }

    /**
     * The data type of this property.
     *
     * <p>Required. Allowed values: {@code USER_INPUT}, {@code SECRET}, {@code READ_ONLY}, {@code
     * UNUSED}, {@code SECRET_OR_USER_INPUT}. CloudFormation property {@code PropertyType}.
     */
    public ConnectorProperty propertyType(String value) {
      return set("PropertyType", Value.of(value));
    }

    /** Sets {@code PropertyType} to this value; see {@link #propertyType(String)}. */
    public ConnectorProperty propertyType(Value<String> value) {
      return set("PropertyType", value);
    }

    /**
     * Indicates whether the property is required.
     *
     * <p>Required. CloudFormation property {@code Required}.
     */
    public ConnectorProperty required(boolean value) {
      return set("Required", Value.of(value));
    }

    /** Sets {@code Required} to this value; see {@link #required(boolean)}. */
    public ConnectorProperty required(Value<Boolean> value) {
      return set("Required", value);
    }
  }

  /**
   * Cursor-based pagination configuration.
   *
   * <p>Property type {@code AWS::Glue::ConnectionType.CursorConfiguration}.
   */
  public static final class CursorConfiguration extends Struct<CursorConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::Glue::ConnectionType.CursorConfiguration")
        .required("NextPage")
        .build();

    public CursorConfiguration() {
      super(SCHEMA);
    }

    /**
     * Parameter extraction configuration.
     *
     * <p>CloudFormation property {@code LimitParameter}.
     */
    public CursorConfiguration limitParameter(Value<ExtractedParameter> value) {
      return set("LimitParameter", value);
    }

    /**
     * Parameter extraction configuration.
     *
     * <p>Required. CloudFormation property {@code NextPage}.
     */
    public CursorConfiguration nextPage(Value<ExtractedParameter> value) {
      return set("NextPage", value);
    }
  }

  /**
   * Custom authentication configuration.
   *
   * <p>Property type {@code AWS::Glue::ConnectionType.CustomAuthenticationProperties}.
   */
  public static final class CustomAuthenticationProperties extends Struct<CustomAuthenticationProperties> {
    private static final Schema SCHEMA = Schema.builder("AWS::Glue::ConnectionType.CustomAuthenticationProperties")
        .required("AuthenticationParameters")
        .build();

    public CustomAuthenticationProperties() {
      super(SCHEMA);
    }

    /** Required. CloudFormation property {@code AuthenticationParameters}. */
    public CustomAuthenticationProperties authenticationParameters(List<SecretConnectorProperty> value) {
      return set("AuthenticationParameters", Value.listOf(value));
    }

    /**
     * Sets {@code AuthenticationParameters} to this value; see {@link
     * #authenticationParameters(List)}.
     */
    public CustomAuthenticationProperties authenticationParameters(Value<List<SecretConnectorProperty>> value) {
      return set("AuthenticationParameters", value);
    }

    /**
     * Sets {@code AuthenticationParameters} to a list of these; see {@link
     * #authenticationParameters(List)}.
     */
    public CustomAuthenticationProperties authenticationParameters(SecretConnectorProperty... values) {
      return set("AuthenticationParameters", Value.list(values));
    }
  }

  /**
   * Configuration for interacting with a specific data entity.
   *
   * <p>Property type {@code AWS::Glue::ConnectionType.EntityConfiguration}.
   */
  public static final class EntityConfiguration extends Struct<EntityConfiguration> {
    private static final Schema SCHEMA = Schema.of("AWS::Glue::ConnectionType.EntityConfiguration");

    public EntityConfiguration() {
      super(SCHEMA);
    }

    /**
     * The schema definition for this entity.
     *
     * <p>CloudFormation property {@code Schema}.
     */
    public EntityConfiguration schemaProperty(Map<String, FieldDefinition> value) {
      return set("Schema", Value.mapOf(value));
    }

    /** Sets {@code Schema} to this value; see {@link #schemaProperty(Map)}. */
    public EntityConfiguration schemaProperty(Value<Map<String, FieldDefinition>> value) {
      return set("Schema", value);
    }

    /**
     * Configuration that defines how to make requests to endpoints.
     *
     * <p>CloudFormation property {@code SourceConfiguration}.
     */
    public EntityConfiguration sourceConfiguration(Value<SourceConfiguration> value) {
      return set("SourceConfiguration", value);
    }
  }

  /**
   * Parameter extraction configuration.
   *
   * <p>Property type {@code AWS::Glue::ConnectionType.ExtractedParameter}.
   */
  public static final class ExtractedParameter extends Struct<ExtractedParameter> {
    private static final Schema SCHEMA = Schema.builder("AWS::Glue::ConnectionType.ExtractedParameter")
        .constrain("DefaultValue", Constraint.of().pattern("[^<>&'\"]").minLength(1).maxLength(1024))
        .constrain("Key", Constraint.of().pattern("^[a-zA-Z0-9_-]+$").minLength(1).maxLength(128))
        .allowed("PropertyLocation", "HEADER", "BODY", "QUERY_PARAM", "PATH")
        .build();

    public ExtractedParameter() {
      super(SCHEMA);
    }

    /**
     * The default value.
     *
     * <p>Length: 1 to 1024 characters. Pattern: {@code [^&lt;&gt;&amp;'"]}. CloudFormation property
     * {@code DefaultValue}.
     */
    public ExtractedParameter defaultValue(String value) {
      return set("DefaultValue", Value.of(value));
    }

    /** Sets {@code DefaultValue} to this value; see {@link #defaultValue(String)}. */
    public ExtractedParameter defaultValue(Value<String> value) {
      return set("DefaultValue", value);
    }

    /**
     * The parameter key name.
     *
     * <p>Length: 1 to 128 characters. Pattern: {@code ^[a-zA-Z0-9_-]+$}. CloudFormation property
     * {@code Key}.
     */
    public ExtractedParameter key(String value) {
      return set("Key", Value.of(value));
    }

    /** Sets {@code Key} to this value; see {@link #key(String)}. */
    public ExtractedParameter key(Value<String> value) {
      return set("Key", value);
    }

    /**
     * Specifies where to place the parameter in requests.
     *
     * <p>Allowed values: {@code HEADER}, {@code BODY}, {@code QUERY_PARAM}, {@code PATH}.
     * CloudFormation property {@code PropertyLocation}.
     */
    public ExtractedParameter propertyLocation(String value) {
      return set("PropertyLocation", Value.of(value));
    }

    /** Sets {@code PropertyLocation} to this value; see {@link #propertyLocation(String)}. */
    public ExtractedParameter propertyLocation(Value<String> value) {
      return set("PropertyLocation", value);
    }

    /**
     * Defines how to extract values from HTTP responses.
     *
     * <p>CloudFormation property {@code Value}.
     */
    public ExtractedParameter value(Value<ResponseExtractionMapping> value) {
      return set("Value", value);
    }
  }

  /**
   * Defines a field in an entity schema.
   *
   * <p>Property type {@code AWS::Glue::ConnectionType.FieldDefinition}.
   */
  public static final class FieldDefinition extends Struct<FieldDefinition> {
    private static final Schema SCHEMA = Schema.builder("AWS::Glue::ConnectionType.FieldDefinition")
        .required("FieldDataType", "Name")
        .allowed("FieldDataType", "INT", "SMALLINT", "BIGINT", "FLOAT", "LONG", "DATE", "BOOLEAN",
            "MAP", "ARRAY", "STRING", "TIMESTAMP", "DECIMAL", "BYTE", "SHORT", "DOUBLE", "STRUCT",
            "BINARY", "UNION")
        .build();

    public FieldDefinition() {
      super(SCHEMA);
    }

    /**
     * The data type of the field.
     *
     * <p>Required. Allowed values: {@code INT}, {@code SMALLINT}, {@code BIGINT}, {@code FLOAT},
     * {@code LONG}, {@code DATE}, {@code BOOLEAN}, {@code MAP}, {@code ARRAY}, {@code STRING},
     * {@code TIMESTAMP}, {@code DECIMAL}, {@code BYTE}, {@code SHORT}, {@code DOUBLE}, {@code
     * STRUCT}, {@code BINARY}, {@code UNION}. CloudFormation property {@code FieldDataType}.
     */
    public FieldDefinition fieldDataType(String value) {
      return set("FieldDataType", Value.of(value));
    }

    /** Sets {@code FieldDataType} to this value; see {@link #fieldDataType(String)}. */
    public FieldDefinition fieldDataType(Value<String> value) {
      return set("FieldDataType", value);
    }

    /**
     * Configuration that defines per-field overrides for filter behavior, allowing individual
     * fields to customize how filter operations are applied.
     *
     * <p>CloudFormation property {@code FilterOverrides}.
     */
    public FieldDefinition filterOverrides(Value<FilterOverrides> value) {
      return set("FilterOverrides", value);
    }

    /**
     * Indicates whether this field can contain null values.
     *
     * <p>CloudFormation property {@code IsNullable}.
     */
    public FieldDefinition isNullable(boolean value) {
      return set("IsNullable", Value.of(value));
    }

    /** Sets {@code IsNullable} to this value; see {@link #isNullable(boolean)}. */
    public FieldDefinition isNullable(Value<Boolean> value) {
      return set("IsNullable", value);
    }

    /**
     * Indicates whether this field can be used for ordering results.
     *
     * <p>CloudFormation property {@code IsOrderable}.
     */
    public FieldDefinition isOrderable(boolean value) {
      return set("IsOrderable", Value.of(value));
    }

    /** Sets {@code IsOrderable} to this value; see {@link #isOrderable(boolean)}. */
    public FieldDefinition isOrderable(Value<Boolean> value) {
      return set("IsOrderable", value);
    }

    /**
     * Indicates whether this field can be used for partitioning queries to the data source.
     *
     * <p>CloudFormation property {@code IsPartitionable}.
     */
    public FieldDefinition isPartitionable(boolean value) {
      return set("IsPartitionable", Value.of(value));
    }

    /** Sets {@code IsPartitionable} to this value; see {@link #isPartitionable(boolean)}. */
    public FieldDefinition isPartitionable(Value<Boolean> value) {
      return set("IsPartitionable", value);
    }

    /**
     * Indicates whether this field can be used in filter predicates when querying data.
     *
     * <p>CloudFormation property {@code IsQueryable}.
     */
    public FieldDefinition isQueryable(boolean value) {
      return set("IsQueryable", Value.of(value));
    }

    /** Sets {@code IsQueryable} to this value; see {@link #isQueryable(boolean)}. */
    public FieldDefinition isQueryable(Value<Boolean> value) {
      return set("IsQueryable", value);
    }

    /**
     * The name of the field.
     *
     * <p>Required. CloudFormation property {@code Name}.
     */
    public FieldDefinition name(String value) {
      return set("Name", Value.of(value));
    }

    /** Sets {@code Name} to this value; see {@link #name(String)}. */
    public FieldDefinition name(Value<String> value) {
      return set("Name", value);
    }

    /**
     * The format pattern for parsing date values from API responses. Accepts Java DateTimeFormatter
     * patterns, EPOCH_SECONDS, or EPOCH_MILLIS.
     *
     * <p>CloudFormation property {@code ResponseDateFormat}.
     */
    public FieldDefinition responseDateFormat(String value) {
      return set("ResponseDateFormat", Value.of(value));
    }

    /** Sets {@code ResponseDateFormat} to this value; see {@link #responseDateFormat(String)}. */
    public FieldDefinition responseDateFormat(Value<String> value) {
      return set("ResponseDateFormat", value);
    }
  }

  /**
   * Configuration that defines how filter predicates are applied to REST API requests, supporting
   * both query parameter and filter string strategies.
   *
   * <p>Property type {@code AWS::Glue::ConnectionType.FilterConfiguration}.
   */
  public static final class FilterConfiguration extends Struct<FilterConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::Glue::ConnectionType.FilterConfiguration")
        .required("FilterMode")
        .allowed("FilterMode", "QUERY_PARAMS", "FILTER_STRING")
        .build();

    public FilterConfiguration() {
      super(SCHEMA);
    }

    /**
     * Configuration that defines how BETWEEN range filter operations are translated into REST API
     * request parameters.
     *
     * <p>CloudFormation property {@code BetweenConfiguration}.
     */
    public FilterConfiguration betweenConfiguration(Value<BetweenConfiguration> value) {
      return set("BetweenConfiguration", value);
    }

    /**
     * The global date and time format for filter expressions.
     *
     * <p>CloudFormation property {@code DateTimeFormat}.
     */
    public FilterConfiguration dateTimeFormat(String value) {
      return set("DateTimeFormat", Value.of(value));
    }

    /** Sets {@code DateTimeFormat} to this value; see {@link #dateTimeFormat(String)}. */
    public FilterConfiguration dateTimeFormat(Value<String> value) {
      return set("DateTimeFormat", value);
    }

    /**
     * The strategy for applying filters to requests.
     *
     * <p>Required. Allowed values: {@code QUERY_PARAMS}, {@code FILTER_STRING}. CloudFormation
     * property {@code FilterMode}.
     */
    public FilterConfiguration filterMode(String value) {
      return set("FilterMode", Value.of(value));
    }

    /** Sets {@code FilterMode} to this value; see {@link #filterMode(String)}. */
    public FilterConfiguration filterMode(Value<String> value) {
      return set("FilterMode", value);
    }

    /**
     * Configuration for constructing filter expression strings when using the FILTER_STRING filter
     * mode.
     *
     * <p>CloudFormation property {@code FilterStringConfiguration}.
     */
    public FilterConfiguration filterStringConfiguration(Value<FilterStringConfiguration> value) {
      return set("FilterStringConfiguration", value);
    }

    /**
     * A map of logical filter operators to their API-specific string representations.
     *
     * <p>CloudFormation property {@code OperatorMappings}.
     */
    public FilterConfiguration operatorMappings(Map<String, String> value) {
      return set("OperatorMappings", Value.mapOf(value));
    }

    /** Sets {@code OperatorMappings} to this value; see {@link #operatorMappings(Map)}. */
    public FilterConfiguration operatorMappings(Value<Map<String, String>> value) {
      return set("OperatorMappings", value);
    }

    /**
     * Indicates whether surrounding double quotes should be stripped from filter values before
     * processing.
     *
     * <p>CloudFormation property {@code StripQuotes}.
     */
    public FilterConfiguration stripQuotes(boolean value) {
      return set("StripQuotes", Value.of(value));
    }

    /** Sets {@code StripQuotes} to this value; see {@link #stripQuotes(boolean)}. */
    public FilterConfiguration stripQuotes(Value<Boolean> value) {
      return set("StripQuotes", value);
    }
  }

  /**
   * Configuration that defines per-field overrides for filter behavior, allowing individual fields
   * to customize how filter operations are applied.
   *
   * <p>Property type {@code AWS::Glue::ConnectionType.FilterOverrides}.
   */
  public static final class FilterOverrides extends Struct<FilterOverrides> {
    private static final Schema SCHEMA = Schema.of("AWS::Glue::ConnectionType.FilterOverrides");

    public FilterOverrides() {
      super(SCHEMA);
    }

    /**
     * Configuration that defines how BETWEEN range filter operations are translated into REST API
     * request parameters.
     *
     * <p>CloudFormation property {@code BetweenConfiguration}.
     */
    public FilterOverrides betweenConfiguration(Value<BetweenConfiguration> value) {
      return set("BetweenConfiguration", value);
    }

    /**
     * The date and time format for filter expressions on this field, overriding the global
     * DateTimeFormat.
     *
     * <p>CloudFormation property {@code DateTimeFormat}.
     */
    public FilterOverrides dateTimeFormat(String value) {
      return set("DateTimeFormat", Value.of(value));
    }

    /** Sets {@code DateTimeFormat} to this value; see {@link #dateTimeFormat(String)}. */
    public FilterOverrides dateTimeFormat(Value<String> value) {
      return set("DateTimeFormat", value);
    }

    /**
     * An override for the field name to use in filter expressions, if different from the schema
     * field name.
     *
     * <p>CloudFormation property {@code FieldName}.
     */
    public FilterOverrides fieldName(String value) {
      return set("FieldName", Value.of(value));
    }

    /** Sets {@code FieldName} to this value; see {@link #fieldName(String)}. */
    public FilterOverrides fieldName(Value<String> value) {
      return set("FieldName", value);
    }

    /**
     * A map of logical filter operators to their field-specific API representations, overriding the
     * global operator mappings.
     *
     * <p>CloudFormation property {@code OperatorMappings}.
     */
    public FilterOverrides operatorMappings(Map<String, String> value) {
      return set("OperatorMappings", Value.mapOf(value));
    }

    /** Sets {@code OperatorMappings} to this value; see {@link #operatorMappings(Map)}. */
    public FilterOverrides operatorMappings(Value<Map<String, String>> value) {
      return set("OperatorMappings", value);
    }
  }

  /**
   * Configuration for constructing filter expression strings when using the FILTER_STRING filter
   * mode.
   *
   * <p>Property type {@code AWS::Glue::ConnectionType.FilterStringConfiguration}.
   */
  public static final class FilterStringConfiguration extends Struct<FilterStringConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::Glue::ConnectionType.FilterStringConfiguration")
        .required("QueryParameterName")
        .build();

    public FilterStringConfiguration() {
      super(SCHEMA);
    }

    /**
     * The query parameter name used to send the constructed filter expression string in API
     * requests.
     *
     * <p>Required. CloudFormation property {@code QueryParameterName}.
     */
    public FilterStringConfiguration queryParameterName(String value) {
      return set("QueryParameterName", Value.of(value));
    }

    /** Sets {@code QueryParameterName} to this value; see {@link #queryParameterName(String)}. */
    public FilterStringConfiguration queryParameterName(Value<String> value) {
      return set("QueryParameterName", value);
    }

    /**
     * The character used to quote values when QuoteStringValues is true. Defaults to double quotes
     * if not specified.
     *
     * <p>CloudFormation property {@code QuoteCharacter}.
     */
    public FilterStringConfiguration quoteCharacter(String value) {
      return set("QuoteCharacter", Value.of(value));
    }

    /** Sets {@code QuoteCharacter} to this value; see {@link #quoteCharacter(String)}. */
    public FilterStringConfiguration quoteCharacter(Value<String> value) {
      return set("QuoteCharacter", value);
    }

    /**
     * Indicates whether string and date values should be wrapped with a quote character in the
     * filter expression.
     *
     * <p>CloudFormation property {@code QuoteStringValues}.
     */
    public FilterStringConfiguration quoteStringValues(boolean value) {
      return set("QuoteStringValues", Value.of(value));
    }

    /** Sets {@code QuoteStringValues} to this value; see {@link #quoteStringValues(boolean)}. */
    public FilterStringConfiguration quoteStringValues(Value<Boolean> value) {
      return set("QuoteStringValues", value);
    }
  }

  /**
   * JWT bearer token configuration.
   *
   * <p>Property type {@code AWS::Glue::ConnectionType.JWTBearerProperties}.
   */
  public static final class JWTBearerProperties extends Struct<JWTBearerProperties> {
    private static final Schema SCHEMA = Schema.builder("AWS::Glue::ConnectionType.JWTBearerProperties")
        .allowed("ContentType", "APPLICATION_JSON", "URL_ENCODED")
        .allowed("RequestMethod", "GET", "POST")
        .build();

    public JWTBearerProperties() {
      super(SCHEMA);
    }

    /**
     * Allowed values: {@code APPLICATION_JSON}, {@code URL_ENCODED}. CloudFormation property {@code
     * ContentType}.
     */
    public JWTBearerProperties contentType(String value) {
      return set("ContentType", Value.of(value));
    }

    /** Sets {@code ContentType} to this value; see {@link #contentType(String)}. */
    public JWTBearerProperties contentType(Value<String> value) {
      return set("ContentType", value);
    }

    /**
     * Defines a secret property configuration. SECRET-type properties cannot have DefaultValue or
     * AllowedValues.
     *
     * <p>CloudFormation property {@code JwtToken}.
     */
    public JWTBearerProperties jwtToken(Value<SecretConnectorProperty> value) {
      return set("JwtToken", value);
    }

    /** Allowed values: {@code GET}, {@code POST}. CloudFormation property {@code RequestMethod}. */
    public JWTBearerProperties requestMethod(String value) {
      return set("RequestMethod", Value.of(value));
    }

    /** Sets {@code RequestMethod} to this value; see {@link #requestMethod(String)}. */
    public JWTBearerProperties requestMethod(Value<String> value) {
      return set("RequestMethod", value);
    }

    /**
     * Defines a property configuration for connection types.
     *
     * <p>CloudFormation property {@code TokenUrl}.
     */
    public JWTBearerProperties tokenUrl(Value<ConnectorProperty> value) {
      return set("TokenUrl", value);
    }

    /** CloudFormation property {@code TokenUrlParameters}. */
    public JWTBearerProperties tokenUrlParameters(List<ConnectorProperty> value) {
      return set("TokenUrlParameters", Value.listOf(value));
    }

    /** Sets {@code TokenUrlParameters} to this value; see {@link #tokenUrlParameters(List)}. */
    public JWTBearerProperties tokenUrlParameters(Value<List<ConnectorProperty>> value) {
      return set("TokenUrlParameters", value);
    }

    /**
     * Sets {@code TokenUrlParameters} to a list of these; see {@link #tokenUrlParameters(List)}.
     */
    public JWTBearerProperties tokenUrlParameters(ConnectorProperty... values) {
      return set("TokenUrlParameters", Value.list(values));
    }
  }

  /**
   * Offset-based pagination configuration.
   *
   * <p>Property type {@code AWS::Glue::ConnectionType.OffsetConfiguration}.
   */
  public static final class OffsetConfiguration extends Struct<OffsetConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::Glue::ConnectionType.OffsetConfiguration")
        .required("LimitParameter", "OffsetParameter")
        .build();

    public OffsetConfiguration() {
      super(SCHEMA);
    }

    /**
     * Parameter extraction configuration.
     *
     * <p>Required. CloudFormation property {@code LimitParameter}.
     */
    public OffsetConfiguration limitParameter(Value<ExtractedParameter> value) {
      return set("LimitParameter", value);
    }

    /**
     * Parameter extraction configuration.
     *
     * <p>Required. CloudFormation property {@code OffsetParameter}.
     */
    public OffsetConfiguration offsetParameter(Value<ExtractedParameter> value) {
      return set("OffsetParameter", value);
    }
  }

  /**
   * Configuration for handling paginated responses.
   *
   * <p>Property type {@code AWS::Glue::ConnectionType.PaginationConfiguration}.
   */
  public static final class PaginationConfiguration extends Struct<PaginationConfiguration> {
    private static final Schema SCHEMA = Schema.of("AWS::Glue::ConnectionType.PaginationConfiguration");

    public PaginationConfiguration() {
      super(SCHEMA);
    }

    /**
     * Cursor-based pagination configuration.
     *
     * <p>CloudFormation property {@code CursorConfiguration}.
     */
    public PaginationConfiguration cursorConfiguration(Value<CursorConfiguration> value) {
      return set("CursorConfiguration", value);
    }

    /**
     * Offset-based pagination configuration.
     *
     * <p>CloudFormation property {@code OffsetConfiguration}.
     */
    public PaginationConfiguration offsetConfiguration(Value<OffsetConfiguration> value) {
      return set("OffsetConfiguration", value);
    }
  }

  /**
   * Configuration for parsing JSON responses from REST API calls.
   *
   * <p>Property type {@code AWS::Glue::ConnectionType.ResponseConfiguration}.
   */
  public static final class ResponseConfiguration extends Struct<ResponseConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::Glue::ConnectionType.ResponseConfiguration")
        .required("ResultPath")
        .constrain("ErrorPath", Constraint.of().pattern("^\\$(\\.[a-zA-Z0-9_.@\\[\\]\\(\\)-]+)*$").minLength(1).maxLength(512))
        .constrain("ResultPath", Constraint.of().pattern("^\\$(\\.[a-zA-Z0-9_.@\\[\\]\\(\\)-]+)*$").minLength(1).maxLength(512))
        .build();

    public ResponseConfiguration() {
      super(SCHEMA);
    }

    /**
     * JSON path expression for error information location.
     *
     * <p>Length: 1 to 512 characters. Pattern: {@code
     * ^&#92;$(&#92;.[a-zA-Z0-9_.&#64;&#92;[&#92;]&#92;(&#92;)-]+)*$}. CloudFormation property
     * {@code ErrorPath}.
     */
    public ResponseConfiguration errorPath(String value) {
      return set("ErrorPath", Value.of(value));
    }

    /** Sets {@code ErrorPath} to this value; see {@link #errorPath(String)}. */
    public ResponseConfiguration errorPath(Value<String> value) {
      return set("ErrorPath", value);
    }

    /**
     * JSON path expression for result data location.
     *
     * <p>Required. Length: 1 to 512 characters. Pattern: {@code
     * ^&#92;$(&#92;.[a-zA-Z0-9_.&#64;&#92;[&#92;]&#92;(&#92;)-]+)*$}. CloudFormation property
     * {@code ResultPath}.
     */
    public ResponseConfiguration resultPath(String value) {
      return set("ResultPath", Value.of(value));
    }

    /** Sets {@code ResultPath} to this value; see {@link #resultPath(String)}. */
    public ResponseConfiguration resultPath(Value<String> value) {
      return set("ResultPath", value);
    }
  }

  /**
   * Defines how to extract values from HTTP responses.
   *
   * <p>Property type {@code AWS::Glue::ConnectionType.ResponseExtractionMapping}.
   */
  public static final class ResponseExtractionMapping extends Struct<ResponseExtractionMapping> {
    private static final Schema SCHEMA = Schema.builder("AWS::Glue::ConnectionType.ResponseExtractionMapping")
        .constrain("ContentPath", Constraint.of().pattern("^\\$(\\.[a-zA-Z0-9_.@\\[\\]\\(\\)-]+)*$").minLength(1).maxLength(512))
        .constrain("HeaderKey", Constraint.of().pattern("^[a-zA-Z0-9_-]+$").minLength(1).maxLength(128))
        .build();

    public ResponseExtractionMapping() {
      super(SCHEMA);
    }

    /**
     * A JSON path expression to extract a value from response body.
     *
     * <p>Length: 1 to 512 characters. Pattern: {@code
     * ^&#92;$(&#92;.[a-zA-Z0-9_.&#64;&#92;[&#92;]&#92;(&#92;)-]+)*$}. CloudFormation property
     * {@code ContentPath}.
     */
    public ResponseExtractionMapping contentPath(String value) {
      return set("ContentPath", Value.of(value));
    }

    /** Sets {@code ContentPath} to this value; see {@link #contentPath(String)}. */
    public ResponseExtractionMapping contentPath(Value<String> value) {
      return set("ContentPath", value);
    }

    /**
     * The name of an HTTP response header from which to extract the value.
     *
     * <p>Length: 1 to 128 characters. Pattern: {@code ^[a-zA-Z0-9_-]+$}. CloudFormation property
     * {@code HeaderKey}.
     */
    public ResponseExtractionMapping headerKey(String value) {
      return set("HeaderKey", Value.of(value));
    }

    /** Sets {@code HeaderKey} to this value; see {@link #headerKey(String)}. */
    public ResponseExtractionMapping headerKey(Value<String> value) {
      return set("HeaderKey", value);
    }
  }

  /**
   * Configuration for HTTP request and response handling.
   *
   * <p>Property type {@code AWS::Glue::ConnectionType.RestConfiguration}.
   */
  public static final class RestConfiguration extends Struct<RestConfiguration> {
    private static final Schema SCHEMA = Schema.of("AWS::Glue::ConnectionType.RestConfiguration");

    public RestConfiguration() {
      super(SCHEMA);
    }

    /**
     * A map of entity configurations.
     *
     * <p>CloudFormation property {@code EntityConfigurations}.
     */
    public RestConfiguration entityConfigurations(Map<String, EntityConfiguration> value) {
      return set("EntityConfigurations", Value.mapOf(value));
    }

    /** Sets {@code EntityConfigurations} to this value; see {@link #entityConfigurations(Map)}. */
    public RestConfiguration entityConfigurations(Value<Map<String, EntityConfiguration>> value) {
      return set("EntityConfigurations", value);
    }

    /**
     * Configuration that defines how to make requests to endpoints.
     *
     * <p>CloudFormation property {@code GlobalSourceConfiguration}.
     */
    public RestConfiguration globalSourceConfiguration(Value<SourceConfiguration> value) {
      return set("GlobalSourceConfiguration", value);
    }

    /**
     * Configuration for the validation endpoint. Only supports RequestMethod and RequestPath.
     *
     * <p>CloudFormation property {@code ValidationEndpointConfiguration}.
     */
    public RestConfiguration validationEndpointConfiguration(Value<ValidationEndpointConfiguration> value) {
      return set("ValidationEndpointConfiguration", value);
    }
  }

  /**
   * Defines a secret property configuration. SECRET-type properties cannot have DefaultValue or
   * AllowedValues.
   *
   * <p>Property type {@code AWS::Glue::ConnectionType.SecretConnectorProperty}.
   */
  public static final class SecretConnectorProperty extends Struct<SecretConnectorProperty> {
    private static final Schema SCHEMA = Schema.builder("AWS::Glue::ConnectionType.SecretConnectorProperty")
        .required("Name", "PropertyType", "Required")
        .constrain("KeyOverride", Constraint.of().pattern("^[a-zA-Z0-9_-]+$").minLength(1).maxLength(128))
        .constrain("Name", Constraint.of().minLength(1).maxLength(128))
        .allowed("PropertyLocation", "HEADER", "BODY", "QUERY_PARAM", "PATH")
        .allowed("PropertyType", "SECRET")
        .build();

    public SecretConnectorProperty() {
      super(SCHEMA);
    }

    /**
     * A key name to use when sending this property in API requests.
     *
     * <p>Length: 1 to 128 characters. Pattern: {@code ^[a-zA-Z0-9_-]+$}. CloudFormation property
     * {@code KeyOverride}.
     */
    public SecretConnectorProperty keyOverride(String value) {
      return set("KeyOverride", Value.of(value));
    }

    /** Sets {@code KeyOverride} to this value; see {@link #keyOverride(String)}. */
    public SecretConnectorProperty keyOverride(Value<String> value) {
      return set("KeyOverride", value);
    }

    /**
     * The name of the property.
     *
     * <p>Required. Length: 1 to 128 characters. CloudFormation property {@code Name}.
     */
    public SecretConnectorProperty name(String value) {
      return set("Name", Value.of(value));
    }

    /** Sets {@code Name} to this value; see {@link #name(String)}. */
    public SecretConnectorProperty name(Value<String> value) {
      return set("Name", value);
    }

    /**
     * Specifies where this property should be included in REST requests.
     *
     * <p>Allowed values: {@code HEADER}, {@code BODY}, {@code QUERY_PARAM}, {@code PATH}.
     * CloudFormation property {@code PropertyLocation}.
     */
    public SecretConnectorProperty propertyLocation(String value) {
      return set("PropertyLocation", Value.of(value));
    }

    /** Sets {@code PropertyLocation} to this value; see {@link #propertyLocation(String)}. */
    public SecretConnectorProperty propertyLocation(Value<String> value) {
      return set("PropertyLocation", value);
    }

    /**
     * The data type of this property. Must be SECRET for secret properties.
     *
     * <p>Required. Allowed values: {@code SECRET}. CloudFormation property {@code PropertyType}.
     */
    public SecretConnectorProperty propertyType(String value) {
      return set("PropertyType", Value.of(value));
    }

    /** Sets {@code PropertyType} to this value; see {@link #propertyType(String)}. */
    public SecretConnectorProperty propertyType(Value<String> value) {
      return set("PropertyType", value);
    }

    /**
     * Indicates whether the property is required.
     *
     * <p>Required. CloudFormation property {@code Required}.
     */
    public SecretConnectorProperty required(boolean value) {
      return set("Required", Value.of(value));
    }

    /** Sets {@code Required} to this value; see {@link #required(boolean)}. */
    public SecretConnectorProperty required(Value<Boolean> value) {
      return set("Required", value);
    }
  }

  /**
   * Configuration that defines how to make requests to endpoints.
   *
   * <p>Property type {@code AWS::Glue::ConnectionType.SourceConfiguration}.
   */
  public static final class SourceConfiguration extends Struct<SourceConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::Glue::ConnectionType.SourceConfiguration")
        .allowed("RequestMethod", "GET", "POST")
        .constrain("RequestPath", Constraint.of().pattern("^/[a-zA-Z0-9._~:/?#\\[\\]@!$&'()*+,;={}-]*$").minLength(1).maxLength(512))
        .build();

    public SourceConfiguration() {
      super(SCHEMA);
    }

    /**
     * Configuration that defines how filter predicates are applied to REST API requests, supporting
     * both query parameter and filter string strategies.
     *
     * <p>CloudFormation property {@code FilterConfiguration}.
     */
    public SourceConfiguration filterConfiguration(Value<FilterConfiguration> value) {
      return set("FilterConfiguration", value);
    }

    /**
     * Configuration for handling paginated responses.
     *
     * <p>CloudFormation property {@code PaginationConfiguration}.
     */
    public SourceConfiguration paginationConfiguration(Value<PaginationConfiguration> value) {
      return set("PaginationConfiguration", value);
    }

    /**
     * The HTTP method to use.
     *
     * <p>Allowed values: {@code GET}, {@code POST}. CloudFormation property {@code RequestMethod}.
     */
    public SourceConfiguration requestMethod(String value) {
      return set("RequestMethod", Value.of(value));
    }

    /** Sets {@code RequestMethod} to this value; see {@link #requestMethod(String)}. */
    public SourceConfiguration requestMethod(Value<String> value) {
      return set("RequestMethod", value);
    }

    /**
     * Request parameters configuration.
     *
     * <p>CloudFormation property {@code RequestParameters}.
     */
    public SourceConfiguration requestParameters(List<ConnectorProperty> value) {
      return set("RequestParameters", Value.listOf(value));
    }

    /** Sets {@code RequestParameters} to this value; see {@link #requestParameters(List)}. */
    public SourceConfiguration requestParameters(Value<List<ConnectorProperty>> value) {
      return set("RequestParameters", value);
    }

    /** Sets {@code RequestParameters} to a list of these; see {@link #requestParameters(List)}. */
    public SourceConfiguration requestParameters(ConnectorProperty... values) {
      return set("RequestParameters", Value.list(values));
    }

    /**
     * The URL path for the REST endpoint.
     *
     * <p>Length: 1 to 512 characters. Pattern: {@code
     * ^/[a-zA-Z0-9._~:/?#&#92;[&#92;]&#64;!$&amp;'()*+,;={}-]*$}. CloudFormation property {@code
     * RequestPath}.
     */
    public SourceConfiguration requestPath(String value) {
      return set("RequestPath", Value.of(value));
    }

    /** Sets {@code RequestPath} to this value; see {@link #requestPath(String)}. */
    public SourceConfiguration requestPath(Value<String> value) {
      return set("RequestPath", value);
    }

    /**
     * Configuration for parsing JSON responses from REST API calls.
     *
     * <p>CloudFormation property {@code ResponseConfiguration}.
     */
    public SourceConfiguration responseConfiguration(Value<ResponseConfiguration> value) {
      return set("ResponseConfiguration", value);
    }
  }

  /**
   * Configuration for the validation endpoint. Only supports RequestMethod and RequestPath.
   *
   * <p>Property type {@code AWS::Glue::ConnectionType.ValidationEndpointConfiguration}.
   */
  public static final class ValidationEndpointConfiguration extends Struct<ValidationEndpointConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::Glue::ConnectionType.ValidationEndpointConfiguration")
        .allowed("RequestMethod", "GET", "POST")
        .constrain("RequestPath", Constraint.of().pattern("^/[a-zA-Z0-9._~:/?#\\[\\]@!$&'()*+,;={}-]*$").minLength(1).maxLength(512))
        .build();

    public ValidationEndpointConfiguration() {
      super(SCHEMA);
    }

    /**
     * The HTTP method to use.
     *
     * <p>Allowed values: {@code GET}, {@code POST}. CloudFormation property {@code RequestMethod}.
     */
    public ValidationEndpointConfiguration requestMethod(String value) {
      return set("RequestMethod", Value.of(value));
    }

    /** Sets {@code RequestMethod} to this value; see {@link #requestMethod(String)}. */
    public ValidationEndpointConfiguration requestMethod(Value<String> value) {
      return set("RequestMethod", value);
    }

    /**
     * The URL path for the REST endpoint.
     *
     * <p>Length: 1 to 512 characters. Pattern: {@code
     * ^/[a-zA-Z0-9._~:/?#&#92;[&#92;]&#64;!$&amp;'()*+,;={}-]*$}. CloudFormation property {@code
     * RequestPath}.
     */
    public ValidationEndpointConfiguration requestPath(String value) {
      return set("RequestPath", Value.of(value));
    }

    /** Sets {@code RequestPath} to this value; see {@link #requestPath(String)}. */
    public ValidationEndpointConfiguration requestPath(Value<String> value) {
      return set("RequestPath", value);
    }
  }
}
