// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.appflow;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.fn.Value;
import java.util.List;
import java.util.Map;

/**
 * The <code>AWS::AppFlow::ConnectorProfile</code> resource is an Amazon AppFlow resource type that
 * specifies the configuration profile for an instance of a connector. This includes the provided
 * name, credentials ARN, connection-mode, and so on. The fields that are common to all types of
 * connector profiles are explicitly specified under the <code>Properties</code> field. The rest of
 * the connector-specific properties are specified under
 * <code>Properties/ConnectorProfileConfig</code> .
 *
 * <p>If you want to use CloudFormation to create a connector profile for connectors that implement
 * OAuth (such as Salesforce, Slack, Zendesk, and Google Analytics), you must fetch the access and
 * refresh tokens. You can do this by implementing your own UI for OAuth, or by retrieving the
 * tokens from elsewhere. Alternatively, you can use the Amazon AppFlow console to create the
 * connector profile, and then use that connector profile in the flow creation CloudFormation
 * template.
 *
 * <p>CloudFormation type {@code AWS::AppFlow::ConnectorProfile}.
 */
public final class ConnectorProfile extends Resource<ConnectorProfile> {
  private static final Schema SCHEMA = Schema.builder("AWS::AppFlow::ConnectorProfile")
      .required("ConnectionMode", "ConnectorProfileName", "ConnectorType")
      .allowed("ConnectionMode", "Public", "Private")
      .constrain("ConnectorLabel", Constraint.of().pattern("[\\w!@#.-]+").minLength(0).maxLength(256))
      .constrain("ConnectorProfileName", Constraint.of().pattern("[\\w/!@#+=.-]+").minLength(0).maxLength(256))
      .allowed("ConnectorType", "Salesforce", "Pardot", "Singular", "Slack", "Redshift", "Marketo",
          "Googleanalytics", "Zendesk", "Servicenow", "SAPOData", "Datadog", "Trendmicro",
          "Snowflake", "Dynatrace", "Infornexus", "Amplitude", "Veeva", "CustomConnector")
      .constrain("KMSArn", Constraint.of().pattern("arn:aws:kms:.*:[0-9]+:.*").minLength(20).maxLength(2048).format("AWS::KMS::Key.Arn"))
      .refYields("ConnectorProfileName")
      .attributes("ConnectorProfileArn", "CredentialsArn")
      .build();

  public ConnectorProfile(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * Indicates the connection mode and if it is public or private.
   *
   * <p>Required. Allowed values: {@code Public}, {@code Private}. CloudFormation property {@code
   * ConnectionMode}.
   */
  public ConnectorProfile connectionMode(String value) {
    return set("ConnectionMode", Value.of(value));
  }

  /** Sets {@code ConnectionMode} to this value; see {@link #connectionMode(String)}. */
  public ConnectorProfile connectionMode(Value<String> value) {
    return set("ConnectionMode", value);
  }

  /**
   * The label for the connector profile being created.
   *
   * <p>Changing it replaces the resource. Length: 0 to 256 characters. Pattern: {@code
   * [&#92;w!&#64;#.-]+}. CloudFormation property {@code ConnectorLabel}.
   */
  public ConnectorProfile connectorLabel(String value) {
    return set("ConnectorLabel", Value.of(value));
  }

  /** Sets {@code ConnectorLabel} to this value; see {@link #connectorLabel(String)}. */
  public ConnectorProfile connectorLabel(Value<String> value) {
    return set("ConnectorLabel", value);
  }

  /**
   * Defines the connector-specific configuration and credentials.
   *
   * <p>CloudFormation property {@code ConnectorProfileConfig}.
   */
  public ConnectorProfile connectorProfileConfig(Value<ConnectorProfileConfig> value) {
    return set("ConnectorProfileConfig", value);
  }

  /**
   * The name of the connector profile. The name is unique for each <code>ConnectorProfile</code> in
   * the AWS account .
   *
   * <p>Required. Changing it replaces the resource. Length: 0 to 256 characters. Pattern: {@code
   * [&#92;w/!&#64;#+=.-]+}. CloudFormation property {@code ConnectorProfileName}.
   */
  public ConnectorProfile connectorProfileName(String value) {
    return set("ConnectorProfileName", Value.of(value));
  }

  /** Sets {@code ConnectorProfileName} to this value; see {@link #connectorProfileName(String)}. */
  public ConnectorProfile connectorProfileName(Value<String> value) {
    return set("ConnectorProfileName", value);
  }

  /**
   * The type of connector, such as Salesforce, Amplitude, and so on.
   *
   * <p>Required. Changing it replaces the resource. Allowed values: {@code Salesforce}, {@code
   * Pardot}, {@code Singular}, {@code Slack}, {@code Redshift}, {@code Marketo}, {@code
   * Googleanalytics}, {@code Zendesk}, {@code Servicenow}, {@code SAPOData}, {@code Datadog},
   * {@code Trendmicro}, {@code Snowflake}, {@code Dynatrace}, {@code Infornexus}, {@code
   * Amplitude}, {@code Veeva}, {@code CustomConnector}. CloudFormation property {@code
   * ConnectorType}.
   */
  public ConnectorProfile connectorType(String value) {
    return set("ConnectorType", Value.of(value));
  }

  /** Sets {@code ConnectorType} to this value; see {@link #connectorType(String)}. */
  public ConnectorProfile connectorType(Value<String> value) {
    return set("ConnectorType", value);
  }

  /**
   * The ARN (Amazon Resource Name) of the Key Management Service (KMS) key you provide for
   * encryption. This is required if you do not want to use the Amazon AppFlow-managed KMS key. If
   * you don't provide anything here, Amazon AppFlow uses the Amazon AppFlow-managed KMS key.
   *
   * <p>Length: 20 to 2048 characters. Pattern: {@code arn:aws:kms:.*:[0-9]+:.*}. Format: {@code
   * AWS::KMS::Key.Arn}. CloudFormation property {@code KMSArn}.
   */
  public ConnectorProfile kmsArn(String value) {
    return set("KMSArn", Value.of(value));
  }

  /** Sets {@code KMSArn} to this value; see {@link #kmsArn(String)}. */
  public ConnectorProfile kmsArn(Value<String> value) {
    return set("KMSArn", value);
  }

  /**
   * The Amazon Resource Name (ARN) of the connector profile.
   *
   * <p>{@code Fn::GetAtt} attribute {@code ConnectorProfileArn}.
   */
  public Value<String> connectorProfileArn() {
    return getAtt("ConnectorProfileArn");
  }

  /**
   * The Amazon Resource Name (ARN) of the connector profile credentials.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CredentialsArn}.
   */
  public Value<String> credentialsArn() {
    return getAtt("CredentialsArn");
  }

  /**
   * The connector-specific credentials required when using Amplitude.
   *
   * <p>Property type {@code AWS::AppFlow::ConnectorProfile.AmplitudeConnectorProfileCredentials}.
   */
  public static final class AmplitudeConnectorProfileCredentials extends Struct<AmplitudeConnectorProfileCredentials> {
    private static final Schema SCHEMA = Schema.builder("AWS::AppFlow::ConnectorProfile.AmplitudeConnectorProfileCredentials")
        .required("ApiKey", "SecretKey")
        .constrain("ApiKey", Constraint.of().pattern("\\S+").minLength(0).maxLength(256))
        .constrain("SecretKey", Constraint.of().pattern("\\S+").minLength(0).maxLength(256))
        .build();

    public AmplitudeConnectorProfileCredentials() {
      super(SCHEMA);
    }

    /**
     * A unique alphanumeric identifier used to authenticate a user, developer, or calling program
     * to your API.
     *
     * <p>Required. Length: 0 to 256 characters. Pattern: {@code &#92;S+}. CloudFormation property
     * {@code ApiKey}.
     */
    public AmplitudeConnectorProfileCredentials apiKey(String value) {
      return set("ApiKey", Value.of(value));
    }

    /** Sets {@code ApiKey} to this value; see {@link #apiKey(String)}. */
    public AmplitudeConnectorProfileCredentials apiKey(Value<String> value) {
      return set("ApiKey", value);
    }

    /**
     * The Secret Access Key portion of the credentials.
     *
     * <p>Required. Length: 0 to 256 characters. Pattern: {@code &#92;S+}. CloudFormation property
     * {@code SecretKey}.
     */
    public AmplitudeConnectorProfileCredentials secretKey(String value) {
      return set("SecretKey", Value.of(value));
    }

    /** Sets {@code SecretKey} to this value; see {@link #secretKey(String)}. */
    public AmplitudeConnectorProfileCredentials secretKey(Value<String> value) {
      return set("SecretKey", value);
    }
  }

  /**
   * The API key credentials required for API key authentication.
   *
   * <p>Property type {@code AWS::AppFlow::ConnectorProfile.ApiKeyCredentials}.
   */
  public static final class ApiKeyCredentials extends Struct<ApiKeyCredentials> {
    private static final Schema SCHEMA = Schema.builder("AWS::AppFlow::ConnectorProfile.ApiKeyCredentials")
        .required("ApiKey")
        .constrain("ApiKey", Constraint.of().pattern("\\S+").minLength(0).maxLength(256))
        .constrain("ApiSecretKey", Constraint.of().pattern("\\S+").minLength(0).maxLength(256))
        .build();

    public ApiKeyCredentials() {
      super(SCHEMA);
    }

    /**
     * The API key required for API key authentication.
     *
     * <p>Required. Length: 0 to 256 characters. Pattern: {@code &#92;S+}. CloudFormation property
     * {@code ApiKey}.
     */
    public ApiKeyCredentials apiKey(String value) {
      return set("ApiKey", Value.of(value));
    }

    /** Sets {@code ApiKey} to this value; see {@link #apiKey(String)}. */
    public ApiKeyCredentials apiKey(Value<String> value) {
      return set("ApiKey", value);
    }

    /**
     * The API secret key required for API key authentication.
     *
     * <p>Length: 0 to 256 characters. Pattern: {@code &#92;S+}. CloudFormation property {@code
     * ApiSecretKey}.
     */
    public ApiKeyCredentials apiSecretKey(String value) {
      return set("ApiSecretKey", Value.of(value));
    }

    /** Sets {@code ApiSecretKey} to this value; see {@link #apiSecretKey(String)}. */
    public ApiKeyCredentials apiSecretKey(Value<String> value) {
      return set("ApiSecretKey", value);
    }
  }

  /**
   * The basic auth credentials required for basic authentication.
   *
   * <p>Property type {@code AWS::AppFlow::ConnectorProfile.BasicAuthCredentials}.
   */
  public static final class BasicAuthCredentials extends Struct<BasicAuthCredentials> {
    private static final Schema SCHEMA = Schema.builder("AWS::AppFlow::ConnectorProfile.BasicAuthCredentials")
        .required("Password", "Username")
        .constrain("Password", Constraint.of().pattern("\\S+").minLength(0).maxLength(512))
        .constrain("Username", Constraint.of().pattern("\\S+").minLength(0).maxLength(512))
        .build();

    public BasicAuthCredentials() {
      super(SCHEMA);
    }

    /**
     * The password to use to connect to a resource.
     *
     * <p>Required. Length: 0 to 512 characters. Pattern: {@code &#92;S+}. CloudFormation property
     * {@code Password}.
     */
    public BasicAuthCredentials password(String value) {
      return set("Password", Value.of(value));
    }

    /** Sets {@code Password} to this value; see {@link #password(String)}. */
    public BasicAuthCredentials password(Value<String> value) {
      return set("Password", value);
    }

    /**
     * The username to use to connect to a resource.
     *
     * <p>Required. Length: 0 to 512 characters. Pattern: {@code &#92;S+}. CloudFormation property
     * {@code Username}.
     */
    public BasicAuthCredentials username(String value) {
      return set("Username", Value.of(value));
    }

    /** Sets {@code Username} to this value; see {@link #username(String)}. */
    public BasicAuthCredentials username(Value<String> value) {
      return set("Username", value);
    }
  }

  /**
   * Used by select connectors for which the OAuth workflow is supported, such as Salesforce, Google
   * Analytics, Marketo, Zendesk, and Slack.
   *
   * <p>Property type {@code AWS::AppFlow::ConnectorProfile.ConnectorOAuthRequest}.
   */
  public static final class ConnectorOAuthRequest extends Struct<ConnectorOAuthRequest> {
    private static final Schema SCHEMA = Schema.builder("AWS::AppFlow::ConnectorProfile.ConnectorOAuthRequest")
        .constrain("AuthCode", Constraint.of().pattern("^\\S+$").minLength(0).maxLength(4096))
        .constrain("RedirectUri", Constraint.of().pattern("^\\S+$").minLength(0).maxLength(512))
        .build();

    public ConnectorOAuthRequest() {
      super(SCHEMA);
    }

    /**
     * The code provided by the connector when it has been authenticated via the connected app.
     *
     * <p>Length: 0 to 4096 characters. Pattern: {@code ^&#92;S+$}. CloudFormation property {@code
     * AuthCode}.
     */
    public ConnectorOAuthRequest authCode(String value) {
      return set("AuthCode", Value.of(value));
    }

    /** Sets {@code AuthCode} to this value; see {@link #authCode(String)}. */
    public ConnectorOAuthRequest authCode(Value<String> value) {
      return set("AuthCode", value);
    }

    /**
     * The URL to which the authentication server redirects the browser after authorization has been
     * granted.
     *
     * <p>Length: 0 to 512 characters. Pattern: {@code ^&#92;S+$}. CloudFormation property {@code
     * RedirectUri}.
     */
    public ConnectorOAuthRequest redirectUri(String value) {
      return set("RedirectUri", Value.of(value));
    }

    /** Sets {@code RedirectUri} to this value; see {@link #redirectUri(String)}. */
    public ConnectorOAuthRequest redirectUri(Value<String> value) {
      return set("RedirectUri", value);
    }
  }

  /**
   * Defines the connector-specific configuration and credentials for the connector profile.
   *
   * <p>Property type {@code AWS::AppFlow::ConnectorProfile.ConnectorProfileConfig}.
   */
  public static final class ConnectorProfileConfig extends Struct<ConnectorProfileConfig> {
    private static final Schema SCHEMA = Schema.of("AWS::AppFlow::ConnectorProfile.ConnectorProfileConfig");

    public ConnectorProfileConfig() {
      super(SCHEMA);
    }

    /**
     * The connector-specific credentials required by each connector.
     *
     * <p>CloudFormation property {@code ConnectorProfileCredentials}.
     */
    public ConnectorProfileConfig connectorProfileCredentials(Value<ConnectorProfileCredentials> value) {
      return set("ConnectorProfileCredentials", value);
    }

    /**
     * The connector-specific properties of the profile configuration.
     *
     * <p>CloudFormation property {@code ConnectorProfileProperties}.
     */
    public ConnectorProfileConfig connectorProfileProperties(Value<ConnectorProfileProperties> value) {
      return set("ConnectorProfileProperties", value);
    }
  }

  /**
   * The connector-specific credentials required by a connector.
   *
   * <p>Property type {@code AWS::AppFlow::ConnectorProfile.ConnectorProfileCredentials}.
   */
  public static final class ConnectorProfileCredentials extends Struct<ConnectorProfileCredentials> {
    private static final Schema SCHEMA = Schema.of("AWS::AppFlow::ConnectorProfile.ConnectorProfileCredentials");

    public ConnectorProfileCredentials() {
      super(SCHEMA);
    }

    /**
     * The connector-specific credentials required when using Amplitude.
     *
     * <p>CloudFormation property {@code Amplitude}.
     */
    public ConnectorProfileCredentials amplitude(Value<AmplitudeConnectorProfileCredentials> value) {
      return set("Amplitude", value);
    }

    /**
     * The connector-specific profile credentials that are required when using the custom connector.
     *
     * <p>CloudFormation property {@code CustomConnector}.
     */
    public ConnectorProfileCredentials customConnector(Value<CustomConnectorProfileCredentials> value) {
      return set("CustomConnector", value);
    }

    /**
     * The connector-specific credentials required when using Datadog.
     *
     * <p>CloudFormation property {@code Datadog}.
     */
    public ConnectorProfileCredentials datadog(Value<DatadogConnectorProfileCredentials> value) {
      return set("Datadog", value);
    }

    /**
     * The connector-specific credentials required when using Dynatrace.
     *
     * <p>CloudFormation property {@code Dynatrace}.
     */
    public ConnectorProfileCredentials dynatrace(Value<DynatraceConnectorProfileCredentials> value) {
      return set("Dynatrace", value);
    }

    /**
     * The connector-specific credentials required when using Google Analytics.
     *
     * <p>CloudFormation property {@code GoogleAnalytics}.
     */
    public ConnectorProfileCredentials googleAnalytics(Value<GoogleAnalyticsConnectorProfileCredentials> value) {
      return set("GoogleAnalytics", value);
    }

    /**
     * The connector-specific credentials required when using Infor Nexus.
     *
     * <p>CloudFormation property {@code InforNexus}.
     */
    public ConnectorProfileCredentials inforNexus(Value<InforNexusConnectorProfileCredentials> value) {
      return set("InforNexus", value);
    }

    /**
     * The connector-specific credentials required when using Marketo.
     *
     * <p>CloudFormation property {@code Marketo}.
     */
    public ConnectorProfileCredentials marketo(Value<MarketoConnectorProfileCredentials> value) {
      return set("Marketo", value);
    }

    /**
     * The connector-specific credentials required when using Salesforce Pardot.
     *
     * <p>CloudFormation property {@code Pardot}.
     */
    public ConnectorProfileCredentials pardot(Value<PardotConnectorProfileCredentials> value) {
      return set("Pardot", value);
    }

    /**
     * The connector-specific credentials required when using Amazon Redshift.
     *
     * <p>CloudFormation property {@code Redshift}.
     */
    public ConnectorProfileCredentials redshift(Value<RedshiftConnectorProfileCredentials> value) {
      return set("Redshift", value);
    }

    /**
     * The connector-specific profile credentials required when using SAPOData.
     *
     * <p>CloudFormation property {@code SAPOData}.
     */
    public ConnectorProfileCredentials sapoData(Value<SAPODataConnectorProfileCredentials> value) {
      return set("SAPOData", value);
    }

    /**
     * The connector-specific credentials required when using Salesforce.
     *
     * <p>CloudFormation property {@code Salesforce}.
     */
    public ConnectorProfileCredentials salesforce(Value<SalesforceConnectorProfileCredentials> value) {
      return set("Salesforce", value);
    }

    /**
     * The connector-specific credentials required when using ServiceNow.
     *
     * <p>CloudFormation property {@code ServiceNow}.
     */
    public ConnectorProfileCredentials serviceNow(Value<ServiceNowConnectorProfileCredentials> value) {
      return set("ServiceNow", value);
    }

    /**
     * The connector-specific credentials required when using Singular.
     *
     * <p>CloudFormation property {@code Singular}.
     */
    public ConnectorProfileCredentials singular(Value<SingularConnectorProfileCredentials> value) {
      return set("Singular", value);
    }

    /**
     * The connector-specific credentials required when using Slack.
     *
     * <p>CloudFormation property {@code Slack}.
     */
    public ConnectorProfileCredentials slack(Value<SlackConnectorProfileCredentials> value) {
      return set("Slack", value);
    }

    /**
     * The connector-specific credentials required when using Snowflake.
     *
     * <p>CloudFormation property {@code Snowflake}.
     */
    public ConnectorProfileCredentials snowflake(Value<SnowflakeConnectorProfileCredentials> value) {
      return set("Snowflake", value);
    }

    /**
     * The connector-specific credentials required when using Trend Micro.
     *
     * <p>CloudFormation property {@code Trendmicro}.
     */
    public ConnectorProfileCredentials trendmicro(Value<TrendmicroConnectorProfileCredentials> value) {
      return set("Trendmicro", value);
    }

    /**
     * The connector-specific credentials required when using Veeva.
     *
     * <p>CloudFormation property {@code Veeva}.
     */
    public ConnectorProfileCredentials veeva(Value<VeevaConnectorProfileCredentials> value) {
      return set("Veeva", value);
    }

    /**
     * The connector-specific credentials required when using Zendesk.
     *
     * <p>CloudFormation property {@code Zendesk}.
     */
    public ConnectorProfileCredentials zendesk(Value<ZendeskConnectorProfileCredentials> value) {
      return set("Zendesk", value);
    }
  }

  /**
   * The connector-specific profile properties required by each connector.
   *
   * <p>Property type {@code AWS::AppFlow::ConnectorProfile.ConnectorProfileProperties}.
   */
  public static final class ConnectorProfileProperties extends Struct<ConnectorProfileProperties> {
    private static final Schema SCHEMA = Schema.of("AWS::AppFlow::ConnectorProfile.ConnectorProfileProperties");

    public ConnectorProfileProperties() {
      super(SCHEMA);
    }

    /**
     * The properties required by the custom connector.
     *
     * <p>CloudFormation property {@code CustomConnector}.
     */
    public ConnectorProfileProperties customConnector(Value<CustomConnectorProfileProperties> value) {
      return set("CustomConnector", value);
    }

    /**
     * The connector-specific properties required by Datadog.
     *
     * <p>CloudFormation property {@code Datadog}.
     */
    public ConnectorProfileProperties datadog(Value<DatadogConnectorProfileProperties> value) {
      return set("Datadog", value);
    }

    /**
     * The connector-specific properties required by Dynatrace.
     *
     * <p>CloudFormation property {@code Dynatrace}.
     */
    public ConnectorProfileProperties dynatrace(Value<DynatraceConnectorProfileProperties> value) {
      return set("Dynatrace", value);
    }

    /**
     * The connector-specific properties required by Infor Nexus.
     *
     * <p>CloudFormation property {@code InforNexus}.
     */
    public ConnectorProfileProperties inforNexus(Value<InforNexusConnectorProfileProperties> value) {
      return set("InforNexus", value);
    }

    /**
     * The connector-specific properties required by Marketo.
     *
     * <p>CloudFormation property {@code Marketo}.
     */
    public ConnectorProfileProperties marketo(Value<MarketoConnectorProfileProperties> value) {
      return set("Marketo", value);
    }

    /**
     * The connector-specific properties required by Salesforce Pardot.
     *
     * <p>CloudFormation property {@code Pardot}.
     */
    public ConnectorProfileProperties pardot(Value<PardotConnectorProfileProperties> value) {
      return set("Pardot", value);
    }

    /**
     * The connector-specific properties required by Amazon Redshift.
     *
     * <p>CloudFormation property {@code Redshift}.
     */
    public ConnectorProfileProperties redshift(Value<RedshiftConnectorProfileProperties> value) {
      return set("Redshift", value);
    }

    /**
     * The connector-specific profile properties required when using SAPOData.
     *
     * <p>CloudFormation property {@code SAPOData}.
     */
    public ConnectorProfileProperties sapoData(Value<SAPODataConnectorProfileProperties> value) {
      return set("SAPOData", value);
    }

    /**
     * The connector-specific properties required by Salesforce.
     *
     * <p>CloudFormation property {@code Salesforce}.
     */
    public ConnectorProfileProperties salesforce(Value<SalesforceConnectorProfileProperties> value) {
      return set("Salesforce", value);
    }

    /**
     * The connector-specific properties required by serviceNow.
     *
     * <p>CloudFormation property {@code ServiceNow}.
     */
    public ConnectorProfileProperties serviceNow(Value<ServiceNowConnectorProfileProperties> value) {
      return set("ServiceNow", value);
    }

    /**
     * The connector-specific properties required by Slack.
     *
     * <p>CloudFormation property {@code Slack}.
     */
    public ConnectorProfileProperties slack(Value<SlackConnectorProfileProperties> value) {
      return set("Slack", value);
    }

    /**
     * The connector-specific properties required by Snowflake.
     *
     * <p>CloudFormation property {@code Snowflake}.
     */
    public ConnectorProfileProperties snowflake(Value<SnowflakeConnectorProfileProperties> value) {
      return set("Snowflake", value);
    }

    /**
     * The connector-specific properties required by Veeva.
     *
     * <p>CloudFormation property {@code Veeva}.
     */
    public ConnectorProfileProperties veeva(Value<VeevaConnectorProfileProperties> value) {
      return set("Veeva", value);
    }

    /**
     * The connector-specific properties required by Zendesk.
     *
     * <p>CloudFormation property {@code Zendesk}.
     */
    public ConnectorProfileProperties zendesk(Value<ZendeskConnectorProfileProperties> value) {
      return set("Zendesk", value);
    }
  }

  /**
   * The custom credentials required for custom authentication.
   *
   * <p>Property type {@code AWS::AppFlow::ConnectorProfile.CustomAuthCredentials}.
   */
  public static final class CustomAuthCredentials extends Struct<CustomAuthCredentials> {
    private static final Schema SCHEMA = Schema.builder("AWS::AppFlow::ConnectorProfile.CustomAuthCredentials")
        .required("CustomAuthenticationType")
        .constrain("CustomAuthenticationType", Constraint.of().pattern("\\S+").minLength(0).maxLength(256))
        .build();

    public CustomAuthCredentials() {
      super(SCHEMA);
    }

    /**
     * A map that holds custom authentication credentials.
     *
     * <p>CloudFormation property {@code CredentialsMap}.
     */
    public CustomAuthCredentials credentialsMap(Map<String, String> value) {
      return set("CredentialsMap", Value.mapOf(value));
    }

    /** Sets {@code CredentialsMap} to this value; see {@link #credentialsMap(Map)}. */
    public CustomAuthCredentials credentialsMap(Value<Map<String, String>> value) {
      return set("CredentialsMap", value);
    }

    /**
     * The custom authentication type that the connector uses.
     *
     * <p>Required. Length: 0 to 256 characters. Pattern: {@code &#92;S+}. CloudFormation property
     * {@code CustomAuthenticationType}.
     */
    public CustomAuthCredentials customAuthenticationType(String value) {
      return set("CustomAuthenticationType", Value.of(value));
    }

    /**
     * Sets {@code CustomAuthenticationType} to this value; see {@link
     * #customAuthenticationType(String)}.
     */
    public CustomAuthCredentials customAuthenticationType(Value<String> value) {
      return set("CustomAuthenticationType", value);
    }
  }

  /**
   * The connector-specific profile credentials that are required when using the custom connector.
   *
   * <p>Property type {@code AWS::AppFlow::ConnectorProfile.CustomConnectorProfileCredentials}.
   */
  public static final class CustomConnectorProfileCredentials extends Struct<CustomConnectorProfileCredentials> {
    private static final Schema SCHEMA = Schema.builder("AWS::AppFlow::ConnectorProfile.CustomConnectorProfileCredentials")
        .required("AuthenticationType")
        .allowed("AuthenticationType", "OAUTH2", "APIKEY", "BASIC", "CUSTOM")
        .build();

    public CustomConnectorProfileCredentials() {
      super(SCHEMA);
    }

    /**
     * The API keys required for the authentication of the user.
     *
     * <p>CloudFormation property {@code ApiKey}.
     */
    public CustomConnectorProfileCredentials apiKey(Value<ApiKeyCredentials> value) {
      return set("ApiKey", value);
    }

    /**
     * The authentication type that the custom connector uses for authenticating while creating a
     * connector profile.
     *
     * <p>Required. Allowed values: {@code OAUTH2}, {@code APIKEY}, {@code BASIC}, {@code CUSTOM}.
     * CloudFormation property {@code AuthenticationType}.
     */
    public CustomConnectorProfileCredentials authenticationType(String value) {
      return set("AuthenticationType", Value.of(value));
    }

    /** Sets {@code AuthenticationType} to this value; see {@link #authenticationType(String)}. */
    public CustomConnectorProfileCredentials authenticationType(Value<String> value) {
      return set("AuthenticationType", value);
    }

    /**
     * The basic credentials that are required for the authentication of the user.
     *
     * <p>CloudFormation property {@code Basic}.
     */
    public CustomConnectorProfileCredentials basic(Value<BasicAuthCredentials> value) {
      return set("Basic", value);
    }

    /**
     * If the connector uses the custom authentication mechanism, this holds the required
     * credentials.
     *
     * <p>CloudFormation property {@code Custom}.
     */
    public CustomConnectorProfileCredentials custom(Value<CustomAuthCredentials> value) {
      return set("Custom", value);
    }

    /**
     * The OAuth 2.0 credentials required for the authentication of the user.
     *
     * <p>CloudFormation property {@code Oauth2}.
     */
    public CustomConnectorProfileCredentials oauth2(Value<OAuth2Credentials> value) {
      return set("Oauth2", value);
    }
  }

  /**
   * The profile properties required by the custom connector.
   *
   * <p>Property type {@code AWS::AppFlow::ConnectorProfile.CustomConnectorProfileProperties}.
   */
  public static final class CustomConnectorProfileProperties extends Struct<CustomConnectorProfileProperties> {
    private static final Schema SCHEMA = Schema.of("AWS::AppFlow::ConnectorProfile.CustomConnectorProfileProperties");

    public CustomConnectorProfileProperties() {
      super(SCHEMA);
    }

    /**
     * The OAuth 2.0 properties required for OAuth 2.0 authentication.
     *
     * <p>CloudFormation property {@code OAuth2Properties}.
     */
    public CustomConnectorProfileProperties oAuth2Properties(Value<OAuth2Properties> value) {
      return set("OAuth2Properties", value);
    }

    /**
     * A map of properties that are required to create a profile for the custom connector.
     *
     * <p>CloudFormation property {@code ProfileProperties}.
     */
    public CustomConnectorProfileProperties profileProperties(Map<String, String> value) {
      return set("ProfileProperties", Value.mapOf(value));
    }

    /** Sets {@code ProfileProperties} to this value; see {@link #profileProperties(Map)}. */
    public CustomConnectorProfileProperties profileProperties(Value<Map<String, String>> value) {
      return set("ProfileProperties", value);
    }
  }

  /**
   * The connector-specific credentials required by Datadog.
   *
   * <p>Property type {@code AWS::AppFlow::ConnectorProfile.DatadogConnectorProfileCredentials}.
   */
  public static final class DatadogConnectorProfileCredentials extends Struct<DatadogConnectorProfileCredentials> {
    private static final Schema SCHEMA = Schema.builder("AWS::AppFlow::ConnectorProfile.DatadogConnectorProfileCredentials")
        .required("ApiKey", "ApplicationKey")
        .constrain("ApiKey", Constraint.of().pattern("\\S+").minLength(0).maxLength(256))
        .constrain("ApplicationKey", Constraint.of().pattern("\\S+").minLength(0).maxLength(512))
        .build();

    public DatadogConnectorProfileCredentials() {
      super(SCHEMA);
    }

    /**
     * A unique alphanumeric identifier used to authenticate a user, developer, or calling program
     * to your API.
     *
     * <p>Required. Length: 0 to 256 characters. Pattern: {@code &#92;S+}. CloudFormation property
     * {@code ApiKey}.
     */
    public DatadogConnectorProfileCredentials apiKey(String value) {
      return set("ApiKey", Value.of(value));
    }

    /** Sets {@code ApiKey} to this value; see {@link #apiKey(String)}. */
    public DatadogConnectorProfileCredentials apiKey(Value<String> value) {
      return set("ApiKey", value);
    }

    /**
     * Application keys, in conjunction with your API key, give you full access to Datadog’s
     * programmatic API. Application keys are associated with the user account that created them.
     * The application key is used to log all requests made to the API.
     *
     * <p>Required. Length: 0 to 512 characters. Pattern: {@code &#92;S+}. CloudFormation property
     * {@code ApplicationKey}.
     */
    public DatadogConnectorProfileCredentials applicationKey(String value) {
      return set("ApplicationKey", Value.of(value));
    }

    /** Sets {@code ApplicationKey} to this value; see {@link #applicationKey(String)}. */
    public DatadogConnectorProfileCredentials applicationKey(Value<String> value) {
      return set("ApplicationKey", value);
    }
  }

  /**
   * The connector-specific profile properties required by Datadog.
   *
   * <p>Property type {@code AWS::AppFlow::ConnectorProfile.DatadogConnectorProfileProperties}.
   */
  public static final class DatadogConnectorProfileProperties extends Struct<DatadogConnectorProfileProperties> {
    private static final Schema SCHEMA = Schema.builder("AWS::AppFlow::ConnectorProfile.DatadogConnectorProfileProperties")
        .required("InstanceUrl")
        .constrain("InstanceUrl", Constraint.of().pattern("\\S+").minLength(0).maxLength(256))
        .build();

    public DatadogConnectorProfileProperties() {
      super(SCHEMA);
    }

    /**
     * The location of the Datadog resource.
     *
     * <p>Required. Length: 0 to 256 characters. Pattern: {@code &#92;S+}. CloudFormation property
     * {@code InstanceUrl}.
     */
    public DatadogConnectorProfileProperties instanceUrl(String value) {
      return set("InstanceUrl", Value.of(value));
    }

    /** Sets {@code InstanceUrl} to this value; see {@link #instanceUrl(String)}. */
    public DatadogConnectorProfileProperties instanceUrl(Value<String> value) {
      return set("InstanceUrl", value);
    }
  }

  /**
   * The connector-specific profile credentials required by Dynatrace.
   *
   * <p>Property type {@code AWS::AppFlow::ConnectorProfile.DynatraceConnectorProfileCredentials}.
   */
  public static final class DynatraceConnectorProfileCredentials extends Struct<DynatraceConnectorProfileCredentials> {
    private static final Schema SCHEMA = Schema.builder("AWS::AppFlow::ConnectorProfile.DynatraceConnectorProfileCredentials")
        .required("ApiToken")
        .constrain("ApiToken", Constraint.of().pattern("\\S+").minLength(0).maxLength(256))
        .build();

    public DynatraceConnectorProfileCredentials() {
      super(SCHEMA);
    }

    /**
     * The API tokens used by Dynatrace API to authenticate various API calls.
     *
     * <p>Required. Length: 0 to 256 characters. Pattern: {@code &#92;S+}. CloudFormation property
     * {@code ApiToken}.
     */
    public DynatraceConnectorProfileCredentials apiToken(String value) {
      return set("ApiToken", Value.of(value));
    }

    /** Sets {@code ApiToken} to this value; see {@link #apiToken(String)}. */
    public DynatraceConnectorProfileCredentials apiToken(Value<String> value) {
      return set("ApiToken", value);
    }
  }

  /**
   * The connector-specific profile properties required by Dynatrace.
   *
   * <p>Property type {@code AWS::AppFlow::ConnectorProfile.DynatraceConnectorProfileProperties}.
   */
  public static final class DynatraceConnectorProfileProperties extends Struct<DynatraceConnectorProfileProperties> {
    private static final Schema SCHEMA = Schema.builder("AWS::AppFlow::ConnectorProfile.DynatraceConnectorProfileProperties")
        .required("InstanceUrl")
        .constrain("InstanceUrl", Constraint.of().pattern("\\S+").minLength(0).maxLength(256))
        .build();

    public DynatraceConnectorProfileProperties() {
      super(SCHEMA);
    }

    /**
     * The location of the Dynatrace resource.
     *
     * <p>Required. Length: 0 to 256 characters. Pattern: {@code &#92;S+}. CloudFormation property
     * {@code InstanceUrl}.
     */
    public DynatraceConnectorProfileProperties instanceUrl(String value) {
      return set("InstanceUrl", Value.of(value));
    }

    /** Sets {@code InstanceUrl} to this value; see {@link #instanceUrl(String)}. */
    public DynatraceConnectorProfileProperties instanceUrl(Value<String> value) {
      return set("InstanceUrl", value);
    }
  }

  /**
   * The connector-specific profile credentials required by Google Analytics.
   *
   * <p>Property type {@code
   * AWS::AppFlow::ConnectorProfile.GoogleAnalyticsConnectorProfileCredentials}.
   */
  public static final class GoogleAnalyticsConnectorProfileCredentials extends Struct<GoogleAnalyticsConnectorProfileCredentials> {
    private static final Schema SCHEMA = Schema.builder("AWS::AppFlow::ConnectorProfile.GoogleAnalyticsConnectorProfileCredentials")
        .required("ClientId", "ClientSecret")
        .constrain("AccessToken", Constraint.of().pattern("\\S+").minLength(0).maxLength(4096))
        .constrain("ClientId", Constraint.of().pattern("\\S+").minLength(0).maxLength(512))
        .constrain("ClientSecret", Constraint.of().pattern("\\S+").minLength(0).maxLength(512))
        .constrain("RefreshToken", Constraint.of().pattern("\\S+").minLength(0).maxLength(4096))
        .build();

    public GoogleAnalyticsConnectorProfileCredentials() {
      super(SCHEMA);
    }

    /**
     * The credentials used to access protected Google Analytics resources.
     *
     * <p>Length: 0 to 4096 characters. Pattern: {@code &#92;S+}. CloudFormation property {@code
     * AccessToken}.
     */
    public GoogleAnalyticsConnectorProfileCredentials accessToken(String value) {
      return set("AccessToken", Value.of(value));
    }

    /** Sets {@code AccessToken} to this value; see {@link #accessToken(String)}. */
    public GoogleAnalyticsConnectorProfileCredentials accessToken(Value<String> value) {
      return set("AccessToken", value);
    }

    /**
     * The identifier for the desired client.
     *
     * <p>Required. Length: 0 to 512 characters. Pattern: {@code &#92;S+}. CloudFormation property
     * {@code ClientId}.
     */
    public GoogleAnalyticsConnectorProfileCredentials clientId(String value) {
      return set("ClientId", Value.of(value));
    }

    /** Sets {@code ClientId} to this value; see {@link #clientId(String)}. */
    public GoogleAnalyticsConnectorProfileCredentials clientId(Value<String> value) {
      return set("ClientId", value);
    }

    /**
     * The client secret used by the OAuth client to authenticate to the authorization server.
     *
     * <p>Required. Length: 0 to 512 characters. Pattern: {@code &#92;S+}. CloudFormation property
     * {@code ClientSecret}.
     */
    public GoogleAnalyticsConnectorProfileCredentials clientSecret(String value) {
      return set("ClientSecret", Value.of(value));
    }

    /** Sets {@code ClientSecret} to this value; see {@link #clientSecret(String)}. */
    public GoogleAnalyticsConnectorProfileCredentials clientSecret(Value<String> value) {
      return set("ClientSecret", value);
    }

    /**
     * Used by select connectors for which the OAuth workflow is supported, such as Salesforce,
     * Google Analytics, Marketo, Zendesk, and Slack.
     *
     * <p>CloudFormation property {@code ConnectorOAuthRequest}.
     */
    public GoogleAnalyticsConnectorProfileCredentials connectorOAuthRequest(Value<ConnectorOAuthRequest> value) {
      return set("ConnectorOAuthRequest", value);
    }

    /**
     * The credentials used to acquire new access tokens. This is required only for OAuth2 access
     * tokens, and is not required for OAuth1 access tokens.
     *
     * <p>Length: 0 to 4096 characters. Pattern: {@code &#92;S+}. CloudFormation property {@code
     * RefreshToken}.
     */
    public GoogleAnalyticsConnectorProfileCredentials refreshToken(String value) {
      return set("RefreshToken", Value.of(value));
    }

    /** Sets {@code RefreshToken} to this value; see {@link #refreshToken(String)}. */
    public GoogleAnalyticsConnectorProfileCredentials refreshToken(Value<String> value) {
      return set("RefreshToken", value);
    }
  }

  /**
   * The connector-specific profile credentials required by Infor Nexus.
   *
   * <p>Property type {@code AWS::AppFlow::ConnectorProfile.InforNexusConnectorProfileCredentials}.
   */
  public static final class InforNexusConnectorProfileCredentials extends Struct<InforNexusConnectorProfileCredentials> {
    private static final Schema SCHEMA = Schema.builder("AWS::AppFlow::ConnectorProfile.InforNexusConnectorProfileCredentials")
        .required("AccessKeyId", "Datakey", "SecretAccessKey", "UserId")
        .constrain("AccessKeyId", Constraint.of().pattern("\\S+").minLength(0).maxLength(256))
        .constrain("Datakey", Constraint.of().pattern("\\S+").minLength(0).maxLength(512))
        .constrain("SecretAccessKey", Constraint.of().pattern("\\S+").minLength(0).maxLength(512))
        .constrain("UserId", Constraint.of().pattern("\\S+").minLength(0).maxLength(512))
        .build();

    public InforNexusConnectorProfileCredentials() {
      super(SCHEMA);
    }

    /**
     * The Access Key portion of the credentials.
     *
     * <p>Required. Length: 0 to 256 characters. Pattern: {@code &#92;S+}. CloudFormation property
     * {@code AccessKeyId}.
     */
    public InforNexusConnectorProfileCredentials accessKeyId(String value) {
      return set("AccessKeyId", Value.of(value));
    }

    /** Sets {@code AccessKeyId} to this value; see {@link #accessKeyId(String)}. */
    public InforNexusConnectorProfileCredentials accessKeyId(Value<String> value) {
      return set("AccessKeyId", value);
    }

    /**
     * The encryption keys used to encrypt data.
     *
     * <p>Required. Length: 0 to 512 characters. Pattern: {@code &#92;S+}. CloudFormation property
     * {@code Datakey}.
     */
    public InforNexusConnectorProfileCredentials datakey(String value) {
      return set("Datakey", Value.of(value));
    }

    /** Sets {@code Datakey} to this value; see {@link #datakey(String)}. */
    public InforNexusConnectorProfileCredentials datakey(Value<String> value) {
      return set("Datakey", value);
    }

    /**
     * The secret key used to sign requests.
     *
     * <p>Required. Length: 0 to 512 characters. Pattern: {@code &#92;S+}. CloudFormation property
     * {@code SecretAccessKey}.
     */
    public InforNexusConnectorProfileCredentials secretAccessKey(String value) {
      return set("SecretAccessKey", Value.of(value));
    }

    /** Sets {@code SecretAccessKey} to this value; see {@link #secretAccessKey(String)}. */
    public InforNexusConnectorProfileCredentials secretAccessKey(Value<String> value) {
      return set("SecretAccessKey", value);
    }

    /**
     * The identifier for the user.
     *
     * <p>Required. Length: 0 to 512 characters. Pattern: {@code &#92;S+}. CloudFormation property
     * {@code UserId}.
     */
    public InforNexusConnectorProfileCredentials userId(String value) {
      return set("UserId", Value.of(value));
    }

    /** Sets {@code UserId} to this value; see {@link #userId(String)}. */
    public InforNexusConnectorProfileCredentials userId(Value<String> value) {
      return set("UserId", value);
    }
  }

  /**
   * The connector-specific profile properties required by Infor Nexus.
   *
   * <p>Property type {@code AWS::AppFlow::ConnectorProfile.InforNexusConnectorProfileProperties}.
   */
  public static final class InforNexusConnectorProfileProperties extends Struct<InforNexusConnectorProfileProperties> {
    private static final Schema SCHEMA = Schema.builder("AWS::AppFlow::ConnectorProfile.InforNexusConnectorProfileProperties")
        .required("InstanceUrl")
        .constrain("InstanceUrl", Constraint.of().pattern("\\S+").minLength(0).maxLength(256))
        .build();

    public InforNexusConnectorProfileProperties() {
      super(SCHEMA);
    }

    /**
     * The location of the Infor Nexus resource.
     *
     * <p>Required. Length: 0 to 256 characters. Pattern: {@code &#92;S+}. CloudFormation property
     * {@code InstanceUrl}.
     */
    public InforNexusConnectorProfileProperties instanceUrl(String value) {
      return set("InstanceUrl", Value.of(value));
    }

    /** Sets {@code InstanceUrl} to this value; see {@link #instanceUrl(String)}. */
    public InforNexusConnectorProfileProperties instanceUrl(Value<String> value) {
      return set("InstanceUrl", value);
    }
  }

  /**
   * The connector-specific profile credentials required by Marketo.
   *
   * <p>Property type {@code AWS::AppFlow::ConnectorProfile.MarketoConnectorProfileCredentials}.
   */
  public static final class MarketoConnectorProfileCredentials extends Struct<MarketoConnectorProfileCredentials> {
    private static final Schema SCHEMA = Schema.builder("AWS::AppFlow::ConnectorProfile.MarketoConnectorProfileCredentials")
        .required("ClientId", "ClientSecret")
        .constrain("AccessToken", Constraint.of().pattern("\\S+").minLength(0).maxLength(4096))
        .constrain("ClientId", Constraint.of().pattern("\\S+").minLength(0).maxLength(512))
        .constrain("ClientSecret", Constraint.of().pattern("\\S+").minLength(0).maxLength(512))
        .build();

    public MarketoConnectorProfileCredentials() {
      super(SCHEMA);
    }

    /**
     * The credentials used to access protected Marketo resources.
     *
     * <p>Length: 0 to 4096 characters. Pattern: {@code &#92;S+}. CloudFormation property {@code
     * AccessToken}.
     */
    public MarketoConnectorProfileCredentials accessToken(String value) {
      return set("AccessToken", Value.of(value));
    }

    /** Sets {@code AccessToken} to this value; see {@link #accessToken(String)}. */
    public MarketoConnectorProfileCredentials accessToken(Value<String> value) {
      return set("AccessToken", value);
    }

    /**
     * The identifier for the desired client.
     *
     * <p>Required. Length: 0 to 512 characters. Pattern: {@code &#92;S+}. CloudFormation property
     * {@code ClientId}.
     */
    public MarketoConnectorProfileCredentials clientId(String value) {
      return set("ClientId", Value.of(value));
    }

    /** Sets {@code ClientId} to this value; see {@link #clientId(String)}. */
    public MarketoConnectorProfileCredentials clientId(Value<String> value) {
      return set("ClientId", value);
    }

    /**
     * The client secret used by the OAuth client to authenticate to the authorization server.
     *
     * <p>Required. Length: 0 to 512 characters. Pattern: {@code &#92;S+}. CloudFormation property
     * {@code ClientSecret}.
     */
    public MarketoConnectorProfileCredentials clientSecret(String value) {
      return set("ClientSecret", Value.of(value));
    }

    /** Sets {@code ClientSecret} to this value; see {@link #clientSecret(String)}. */
    public MarketoConnectorProfileCredentials clientSecret(Value<String> value) {
      return set("ClientSecret", value);
    }

    /**
     * Used by select connectors for which the OAuth workflow is supported, such as Salesforce,
     * Google Analytics, Marketo, Zendesk, and Slack.
     *
     * <p>CloudFormation property {@code ConnectorOAuthRequest}.
     */
    public MarketoConnectorProfileCredentials connectorOAuthRequest(Value<ConnectorOAuthRequest> value) {
      return set("ConnectorOAuthRequest", value);
    }
  }

  /**
   * The connector-specific profile properties required when using Marketo.
   *
   * <p>Property type {@code AWS::AppFlow::ConnectorProfile.MarketoConnectorProfileProperties}.
   */
  public static final class MarketoConnectorProfileProperties extends Struct<MarketoConnectorProfileProperties> {
    private static final Schema SCHEMA = Schema.builder("AWS::AppFlow::ConnectorProfile.MarketoConnectorProfileProperties")
        .required("InstanceUrl")
        .constrain("InstanceUrl", Constraint.of().pattern("\\S+").minLength(0).maxLength(256))
        .build();

    public MarketoConnectorProfileProperties() {
      super(SCHEMA);
    }

    /**
     * The location of the Marketo resource.
     *
     * <p>Required. Length: 0 to 256 characters. Pattern: {@code &#92;S+}. CloudFormation property
     * {@code InstanceUrl}.
     */
    public MarketoConnectorProfileProperties instanceUrl(String value) {
      return set("InstanceUrl", Value.of(value));
    }

    /** Sets {@code InstanceUrl} to this value; see {@link #instanceUrl(String)}. */
    public MarketoConnectorProfileProperties instanceUrl(Value<String> value) {
      return set("InstanceUrl", value);
    }
  }

  /**
   * The OAuth 2.0 credentials required for OAuth 2.0 authentication.
   *
   * <p>Property type {@code AWS::AppFlow::ConnectorProfile.OAuth2Credentials}.
   */
  public static final class OAuth2Credentials extends Struct<OAuth2Credentials> {
    private static final Schema SCHEMA = Schema.builder("AWS::AppFlow::ConnectorProfile.OAuth2Credentials")
        .constrain("AccessToken", Constraint.of().pattern("\\S+").minLength(0).maxLength(4096))
        .constrain("ClientId", Constraint.of().pattern("\\S+").minLength(0).maxLength(512))
        .constrain("ClientSecret", Constraint.of().pattern("\\S+").minLength(0).maxLength(512))
        .constrain("RefreshToken", Constraint.of().pattern("\\S+").minLength(0).maxLength(4096))
        .build();

    public OAuth2Credentials() {
      super(SCHEMA);
    }

    /**
     * The access token used to access the connector on your behalf.
     *
     * <p>Length: 0 to 4096 characters. Pattern: {@code &#92;S+}. CloudFormation property {@code
     * AccessToken}.
     */
    public OAuth2Credentials accessToken(String value) {
      return set("AccessToken", Value.of(value));
    }

    /** Sets {@code AccessToken} to this value; see {@link #accessToken(String)}. */
    public OAuth2Credentials accessToken(Value<String> value) {
      return set("AccessToken", value);
    }

    /**
     * The identifier for the desired client.
     *
     * <p>Length: 0 to 512 characters. Pattern: {@code &#92;S+}. CloudFormation property {@code
     * ClientId}.
     */
    public OAuth2Credentials clientId(String value) {
      return set("ClientId", Value.of(value));
    }

    /** Sets {@code ClientId} to this value; see {@link #clientId(String)}. */
    public OAuth2Credentials clientId(Value<String> value) {
      return set("ClientId", value);
    }

    /**
     * The client secret used by the OAuth client to authenticate to the authorization server.
     *
     * <p>Length: 0 to 512 characters. Pattern: {@code &#92;S+}. CloudFormation property {@code
     * ClientSecret}.
     */
    public OAuth2Credentials clientSecret(String value) {
      return set("ClientSecret", Value.of(value));
    }

    /** Sets {@code ClientSecret} to this value; see {@link #clientSecret(String)}. */
    public OAuth2Credentials clientSecret(Value<String> value) {
      return set("ClientSecret", value);
    }

    /** CloudFormation property {@code OAuthRequest}. */
    public OAuth2Credentials oAuthRequest(Value<ConnectorOAuthRequest> value) {
      return set("OAuthRequest", value);
    }

    /**
     * The refresh token used to refresh an expired access token.
     *
     * <p>Length: 0 to 4096 characters. Pattern: {@code &#92;S+}. CloudFormation property {@code
     * RefreshToken}.
     */
    public OAuth2Credentials refreshToken(String value) {
      return set("RefreshToken", Value.of(value));
    }

    /** Sets {@code RefreshToken} to this value; see {@link #refreshToken(String)}. */
    public OAuth2Credentials refreshToken(Value<String> value) {
      return set("RefreshToken", value);
    }
  }

  /**
   * The OAuth 2.0 properties required for OAuth 2.0 authentication.
   *
   * <p>Property type {@code AWS::AppFlow::ConnectorProfile.OAuth2Properties}.
   */
  public static final class OAuth2Properties extends Struct<OAuth2Properties> {
    private static final Schema SCHEMA = Schema.builder("AWS::AppFlow::ConnectorProfile.OAuth2Properties")
        .allowed("OAuth2GrantType", "CLIENT_CREDENTIALS", "AUTHORIZATION_CODE", "JWT_BEARER")
        .constrain("TokenUrl", Constraint.of().pattern("^(https?)://[-a-zA-Z0-9+&amp;@#/%?=~_|!:,.;]*[-a-zA-Z0-9+&amp;@#/%=~_|]").minLength(0).maxLength(256))
        .build();

    public OAuth2Properties() {
      super(SCHEMA);
    }

    /**
     * The OAuth 2.0 grant type used by connector for OAuth 2.0 authentication.
     *
     * <p>Allowed values: {@code CLIENT_CREDENTIALS}, {@code AUTHORIZATION_CODE}, {@code
     * JWT_BEARER}. CloudFormation property {@code OAuth2GrantType}.
     */
    public OAuth2Properties oAuth2GrantType(String value) {
      return set("OAuth2GrantType", Value.of(value));
    }

    /** Sets {@code OAuth2GrantType} to this value; see {@link #oAuth2GrantType(String)}. */
    public OAuth2Properties oAuth2GrantType(Value<String> value) {
      return set("OAuth2GrantType", value);
    }

    /**
     * The token URL required for OAuth 2.0 authentication.
     *
     * <p>Length: 0 to 256 characters. Pattern: {@code
     * ^(https?)://[-a-zA-Z0-9+&amp;amp;&#64;#/%?=~_|!:,.;]*[-a-zA-Z0-9+&amp;amp;&#64;#/%=~_|]}.
     * CloudFormation property {@code TokenUrl}.
     */
    public OAuth2Properties tokenUrl(String value) {
      return set("TokenUrl", Value.of(value));
    }

    /** Sets {@code TokenUrl} to this value; see {@link #tokenUrl(String)}. */
    public OAuth2Properties tokenUrl(Value<String> value) {
      return set("TokenUrl", value);
    }

    /**
     * Associates your token URL with a map of properties that you define. Use this parameter to
     * provide any additional details that the connector requires to authenticate your request.
     *
     * <p>CloudFormation property {@code TokenUrlCustomProperties}.
     */
    public OAuth2Properties tokenUrlCustomProperties(Map<String, String> value) {
      return set("TokenUrlCustomProperties", Value.mapOf(value));
    }

    /**
     * Sets {@code TokenUrlCustomProperties} to this value; see {@link
     * #tokenUrlCustomProperties(Map)}.
     */
    public OAuth2Properties tokenUrlCustomProperties(Value<Map<String, String>> value) {
      return set("TokenUrlCustomProperties", value);
    }
  }

  /**
   * The OAuth credentials required for OAuth type authentication.
   *
   * <p>Property type {@code AWS::AppFlow::ConnectorProfile.OAuthCredentials}.
   */
  public static final class OAuthCredentials extends Struct<OAuthCredentials> {
    private static final Schema SCHEMA = Schema.builder("AWS::AppFlow::ConnectorProfile.OAuthCredentials")
        .constrain("AccessToken", Constraint.of().pattern("\\S+").minLength(0).maxLength(4096))
        .constrain("ClientId", Constraint.of().pattern("\\S+").minLength(0).maxLength(512))
        .constrain("ClientSecret", Constraint.of().pattern("\\S+").minLength(0).maxLength(512))
        .constrain("RefreshToken", Constraint.of().pattern("\\S+").minLength(0).maxLength(4096))
        .build();

    public OAuthCredentials() {
      super(SCHEMA);
    }

    /**
     * The access token used to access protected SAPOData resources.
     *
     * <p>Length: 0 to 4096 characters. Pattern: {@code &#92;S+}. CloudFormation property {@code
     * AccessToken}.
     */
    public OAuthCredentials accessToken(String value) {
      return set("AccessToken", Value.of(value));
    }

    /** Sets {@code AccessToken} to this value; see {@link #accessToken(String)}. */
    public OAuthCredentials accessToken(Value<String> value) {
      return set("AccessToken", value);
    }

    /**
     * The identifier for the desired client.
     *
     * <p>Length: 0 to 512 characters. Pattern: {@code &#92;S+}. CloudFormation property {@code
     * ClientId}.
     */
    public OAuthCredentials clientId(String value) {
      return set("ClientId", Value.of(value));
    }

    /** Sets {@code ClientId} to this value; see {@link #clientId(String)}. */
    public OAuthCredentials clientId(Value<String> value) {
      return set("ClientId", value);
    }

    /**
     * The client secret used by the OAuth client to authenticate to the authorization server.
     *
     * <p>Length: 0 to 512 characters. Pattern: {@code &#92;S+}. CloudFormation property {@code
     * ClientSecret}.
     */
    public OAuthCredentials clientSecret(String value) {
      return set("ClientSecret", Value.of(value));
    }

    /** Sets {@code ClientSecret} to this value; see {@link #clientSecret(String)}. */
    public OAuthCredentials clientSecret(Value<String> value) {
      return set("ClientSecret", value);
    }

    /** CloudFormation property {@code ConnectorOAuthRequest}. */
    public OAuthCredentials connectorOAuthRequest(Value<ConnectorOAuthRequest> value) {
      return set("ConnectorOAuthRequest", value);
    }

    /**
     * The refresh token used to refresh expired access token.
     *
     * <p>Length: 0 to 4096 characters. Pattern: {@code &#92;S+}. CloudFormation property {@code
     * RefreshToken}.
     */
    public OAuthCredentials refreshToken(String value) {
      return set("RefreshToken", Value.of(value));
    }

    /** Sets {@code RefreshToken} to this value; see {@link #refreshToken(String)}. */
    public OAuthCredentials refreshToken(Value<String> value) {
      return set("RefreshToken", value);
    }
  }

  /**
   * The OAuth properties required for OAuth type authentication.
   *
   * <p>Property type {@code AWS::AppFlow::ConnectorProfile.OAuthProperties}.
   */
  public static final class OAuthProperties extends Struct<OAuthProperties> {
    private static final Schema SCHEMA = Schema.builder("AWS::AppFlow::ConnectorProfile.OAuthProperties")
        .constrain("AuthCodeUrl", Constraint.of().pattern("^(https?)://[-a-zA-Z0-9+&amp;@#/%?=~_|!:,.;]*[-a-zA-Z0-9+&amp;@#/%=~_|]").minLength(0).maxLength(256))
        .constrain("OAuthScopes", Constraint.of().pattern("[/\\w]*").minLength(0).maxLength(128))
        .constrain("TokenUrl", Constraint.of().pattern("^(https?)://[-a-zA-Z0-9+&amp;@#/%?=~_|!:,.;]*[-a-zA-Z0-9+&amp;@#/%=~_|]").minLength(0).maxLength(256))
        .build();

    public OAuthProperties() {
      super(SCHEMA);
    }

    /**
     * The authorization code url required to redirect to SAP Login Page to fetch authorization code
     * for OAuth type authentication.
     *
     * <p>Length: 0 to 256 characters. Pattern: {@code
     * ^(https?)://[-a-zA-Z0-9+&amp;amp;&#64;#/%?=~_|!:,.;]*[-a-zA-Z0-9+&amp;amp;&#64;#/%=~_|]}.
     * CloudFormation property {@code AuthCodeUrl}.
     */
    public OAuthProperties authCodeUrl(String value) {
      return set("AuthCodeUrl", Value.of(value));
    }

    /** Sets {@code AuthCodeUrl} to this value; see {@link #authCodeUrl(String)}. */
    public OAuthProperties authCodeUrl(Value<String> value) {
      return set("AuthCodeUrl", value);
    }

    /**
     * The OAuth scopes required for OAuth type authentication.
     *
     * <p>Length: 0 to 128 characters. Pattern: {@code [/&#92;w]*}. CloudFormation property {@code
     * OAuthScopes}.
     */
    public OAuthProperties oAuthScopes(List<String> value) {
      return set("OAuthScopes", Value.listOf(value));
    }

    /** Sets {@code OAuthScopes} to this value; see {@link #oAuthScopes(List)}. */
    public OAuthProperties oAuthScopes(Value<List<String>> value) {
      return set("OAuthScopes", value);
    }

    /**
     * The token url required to fetch access/refresh tokens using authorization code and also to
     * refresh expired access token using refresh token.
     *
     * <p>Length: 0 to 256 characters. Pattern: {@code
     * ^(https?)://[-a-zA-Z0-9+&amp;amp;&#64;#/%?=~_|!:,.;]*[-a-zA-Z0-9+&amp;amp;&#64;#/%=~_|]}.
     * CloudFormation property {@code TokenUrl}.
     */
    public OAuthProperties tokenUrl(String value) {
      return set("TokenUrl", Value.of(value));
    }

    /** Sets {@code TokenUrl} to this value; see {@link #tokenUrl(String)}. */
    public OAuthProperties tokenUrl(Value<String> value) {
      return set("TokenUrl", value);
    }
  }

  /**
   * The connector-specific profile credentials required when using Salesforce Pardot.
   *
   * <p>Property type {@code AWS::AppFlow::ConnectorProfile.PardotConnectorProfileCredentials}.
   */
  public static final class PardotConnectorProfileCredentials extends Struct<PardotConnectorProfileCredentials> {
    private static final Schema SCHEMA = Schema.builder("AWS::AppFlow::ConnectorProfile.PardotConnectorProfileCredentials")
        .constrain("AccessToken", Constraint.of().pattern("\\S+").minLength(0).maxLength(4096))
        .constrain("ClientCredentialsArn", Constraint.of().pattern("arn:aws:secretsmanager:.*:[0-9]+:.*").minLength(20).maxLength(2048))
        .constrain("RefreshToken", Constraint.of().pattern("\\S+").minLength(0).maxLength(4096))
        .build();

    public PardotConnectorProfileCredentials() {
      super(SCHEMA);
    }

    /**
     * The credentials used to access protected Salesforce Pardot resources.
     *
     * <p>Length: 0 to 4096 characters. Pattern: {@code &#92;S+}. CloudFormation property {@code
     * AccessToken}.
     */
    public PardotConnectorProfileCredentials accessToken(String value) {
      return set("AccessToken", Value.of(value));
    }

    /** Sets {@code AccessToken} to this value; see {@link #accessToken(String)}. */
    public PardotConnectorProfileCredentials accessToken(Value<String> value) {
      return set("AccessToken", value);
    }

    /**
     * The secret manager ARN, which contains the client ID and client secret of the connected app.
     *
     * <p>Length: 20 to 2048 characters. Pattern: {@code arn:aws:secretsmanager:.*:[0-9]+:.*}.
     * CloudFormation property {@code ClientCredentialsArn}.
     */
    public PardotConnectorProfileCredentials clientCredentialsArn(String value) {
      return set("ClientCredentialsArn", Value.of(value));
    }

    /**
     * Sets {@code ClientCredentialsArn} to this value; see {@link #clientCredentialsArn(String)}.
     */
    public PardotConnectorProfileCredentials clientCredentialsArn(Value<String> value) {
      return set("ClientCredentialsArn", value);
    }

    /** CloudFormation property {@code ConnectorOAuthRequest}. */
    public PardotConnectorProfileCredentials connectorOAuthRequest(Value<ConnectorOAuthRequest> value) {
      return set("ConnectorOAuthRequest", value);
    }

    /**
     * The credentials used to acquire new access tokens.
     *
     * <p>Length: 0 to 4096 characters. Pattern: {@code &#92;S+}. CloudFormation property {@code
     * RefreshToken}.
     */
    public PardotConnectorProfileCredentials refreshToken(String value) {
      return set("RefreshToken", Value.of(value));
    }

    /** Sets {@code RefreshToken} to this value; see {@link #refreshToken(String)}. */
    public PardotConnectorProfileCredentials refreshToken(Value<String> value) {
      return set("RefreshToken", value);
    }
  }

  /**
   * The connector-specific profile properties required when using Salesforce Pardot.
   *
   * <p>Property type {@code AWS::AppFlow::ConnectorProfile.PardotConnectorProfileProperties}.
   */
  public static final class PardotConnectorProfileProperties extends Struct<PardotConnectorProfileProperties> {
    private static final Schema SCHEMA = Schema.builder("AWS::AppFlow::ConnectorProfile.PardotConnectorProfileProperties")
        .required("BusinessUnitId")
        .constrain("BusinessUnitId", Constraint.of().pattern("\\S+").minLength(0).maxLength(18))
        .constrain("InstanceUrl", Constraint.of().pattern("\\S+").minLength(0).maxLength(256))
        .build();

    public PardotConnectorProfileProperties() {
      super(SCHEMA);
    }

    /**
     * The business unit id of Salesforce Pardot instance.
     *
     * <p>Required. Length: 0 to 18 characters. Pattern: {@code &#92;S+}. CloudFormation property
     * {@code BusinessUnitId}.
     */
    public PardotConnectorProfileProperties businessUnitId(String value) {
      return set("BusinessUnitId", Value.of(value));
    }

    /** Sets {@code BusinessUnitId} to this value; see {@link #businessUnitId(String)}. */
    public PardotConnectorProfileProperties businessUnitId(Value<String> value) {
      return set("BusinessUnitId", value);
    }

    /**
     * The location of the Salesforce Pardot resource.
     *
     * <p>Length: 0 to 256 characters. Pattern: {@code &#92;S+}. CloudFormation property {@code
     * InstanceUrl}.
     */
    public PardotConnectorProfileProperties instanceUrl(String value) {
      return set("InstanceUrl", Value.of(value));
    }

    /** Sets {@code InstanceUrl} to this value; see {@link #instanceUrl(String)}. */
    public PardotConnectorProfileProperties instanceUrl(Value<String> value) {
      return set("InstanceUrl", value);
    }

    /**
     * Indicates whether the connector profile applies to a sandbox or production environment.
     *
     * <p>CloudFormation property {@code IsSandboxEnvironment}.
     */
    public PardotConnectorProfileProperties isSandboxEnvironment(boolean value) {
      return set("IsSandboxEnvironment", Value.of(value));
    }

    /**
     * Sets {@code IsSandboxEnvironment} to this value; see {@link #isSandboxEnvironment(boolean)}.
     */
    public PardotConnectorProfileProperties isSandboxEnvironment(Value<Boolean> value) {
      return set("IsSandboxEnvironment", value);
    }
  }

  /**
   * The connector-specific profile credentials required when using Amazon Redshift.
   *
   * <p>Property type {@code AWS::AppFlow::ConnectorProfile.RedshiftConnectorProfileCredentials}.
   */
  public static final class RedshiftConnectorProfileCredentials extends Struct<RedshiftConnectorProfileCredentials> {
    private static final Schema SCHEMA = Schema.builder("AWS::AppFlow::ConnectorProfile.RedshiftConnectorProfileCredentials")
        .constrain("Password", Constraint.of().pattern("\\S+").minLength(0).maxLength(512))
        .constrain("Username", Constraint.of().pattern("\\S+").minLength(0).maxLength(512))
        .build();

    public RedshiftConnectorProfileCredentials() {
      super(SCHEMA);
    }

    /**
     * The password that corresponds to the user name.
     *
     * <p>Length: 0 to 512 characters. Pattern: {@code &#92;S+}. CloudFormation property {@code
     * Password}.
     */
    public RedshiftConnectorProfileCredentials password(String value) {
      return set("Password", Value.of(value));
    }

    /** Sets {@code Password} to this value; see {@link #password(String)}. */
    public RedshiftConnectorProfileCredentials password(Value<String> value) {
      return set("Password", value);
    }

    /**
     * The name of the user.
     *
     * <p>Length: 0 to 512 characters. Pattern: {@code &#92;S+}. CloudFormation property {@code
     * Username}.
     */
    public RedshiftConnectorProfileCredentials username(String value) {
      return set("Username", Value.of(value));
    }

    /** Sets {@code Username} to this value; see {@link #username(String)}. */
    public RedshiftConnectorProfileCredentials username(Value<String> value) {
      return set("Username", value);
    }
  }

  /**
   * The connector-specific profile properties when using Amazon Redshift.
   *
   * <p>Property type {@code AWS::AppFlow::ConnectorProfile.RedshiftConnectorProfileProperties}.
   */
  public static final class RedshiftConnectorProfileProperties extends Struct<RedshiftConnectorProfileProperties> {
    private static final Schema SCHEMA = Schema.builder("AWS::AppFlow::ConnectorProfile.RedshiftConnectorProfileProperties")
        .required("BucketName", "RoleArn")
        .constrain("BucketName", Constraint.of().pattern("\\S+").minLength(3).maxLength(63).format("AWS::S3::Bucket.Name"))
        .constrain("BucketPrefix", Constraint.of().minLength(0).maxLength(128))
        .constrain("ClusterIdentifier", Constraint.of().pattern("\\S+").minLength(0).maxLength(512))
        .constrain("DataApiRoleArn", Constraint.of().pattern("arn:aws:iam:.*:[0-9]+:.*").minLength(0).maxLength(512).format("AWS::IAM::Role.Arn"))
        .constrain("DatabaseName", Constraint.of().pattern("\\S+").minLength(0).maxLength(512))
        .constrain("DatabaseUrl", Constraint.of().pattern("\\S+").minLength(0).maxLength(512))
        .constrain("RoleArn", Constraint.of().pattern("arn:aws:iam:.*:[0-9]+:.*").minLength(0).maxLength(512).format("AWS::IAM::Role.Arn"))
        .constrain("WorkgroupName", Constraint.of().pattern("\\S+").minLength(0).maxLength(512))
        .build();

    public RedshiftConnectorProfileProperties() {
      super(SCHEMA);
    }

    /**
     * A name for the associated Amazon S3 bucket.
     *
     * <p>Required. Length: 3 to 63 characters. Pattern: {@code &#92;S+}. Format: {@code
     * AWS::S3::Bucket.Name}. CloudFormation property {@code BucketName}.
     */
    public RedshiftConnectorProfileProperties bucketName(String value) {
      return set("BucketName", Value.of(value));
    }

    /** Sets {@code BucketName} to this value; see {@link #bucketName(String)}. */
    public RedshiftConnectorProfileProperties bucketName(Value<String> value) {
      return set("BucketName", value);
    }

    /**
     * The object key for the destination bucket in which Amazon AppFlow places the files.
     *
     * <p>Length: 0 to 128 characters. CloudFormation property {@code BucketPrefix}.
     */
    public RedshiftConnectorProfileProperties bucketPrefix(String value) {
      return set("BucketPrefix", Value.of(value));
    }

    /** Sets {@code BucketPrefix} to this value; see {@link #bucketPrefix(String)}. */
    public RedshiftConnectorProfileProperties bucketPrefix(Value<String> value) {
      return set("BucketPrefix", value);
    }

    /**
     * The unique ID that's assigned to an Amazon Redshift cluster.
     *
     * <p>Length: 0 to 512 characters. Pattern: {@code &#92;S+}. CloudFormation property {@code
     * ClusterIdentifier}.
     */
    public RedshiftConnectorProfileProperties clusterIdentifier(String value) {
      return set("ClusterIdentifier", Value.of(value));
    }

    /** Sets {@code ClusterIdentifier} to this value; see {@link #clusterIdentifier(String)}. */
    public RedshiftConnectorProfileProperties clusterIdentifier(Value<String> value) {
      return set("ClusterIdentifier", value);
    }

    /**
     * The Amazon Resource Name (ARN) of an IAM role that permits Amazon AppFlow to access your
     * Amazon Redshift database through the Data API. For more information, and for the polices that
     * you attach to this role, see <a
     * href="https://docs.aws.amazon.com/appflow/latest/userguide/security_iam_service-role-policies.html#access-redshift">Allow
     * Amazon AppFlow to access Amazon Redshift databases with the Data API</a> .
     *
     * <p>Length: 0 to 512 characters. Pattern: {@code arn:aws:iam:.*:[0-9]+:.*}. Format: {@code
     * AWS::IAM::Role.Arn}. CloudFormation property {@code DataApiRoleArn}.
     */
    public RedshiftConnectorProfileProperties dataApiRoleArn(String value) {
      return set("DataApiRoleArn", Value.of(value));
    }

    /** Sets {@code DataApiRoleArn} to this value; see {@link #dataApiRoleArn(String)}. */
    public RedshiftConnectorProfileProperties dataApiRoleArn(Value<String> value) {
      return set("DataApiRoleArn", value);
    }

    /**
     * The name of an Amazon Redshift database.
     *
     * <p>Length: 0 to 512 characters. Pattern: {@code &#92;S+}. CloudFormation property {@code
     * DatabaseName}.
     */
    public RedshiftConnectorProfileProperties databaseName(String value) {
      return set("DatabaseName", Value.of(value));
    }

    /** Sets {@code DatabaseName} to this value; see {@link #databaseName(String)}. */
    public RedshiftConnectorProfileProperties databaseName(Value<String> value) {
      return set("DatabaseName", value);
    }

    /**
     * The JDBC URL of the Amazon Redshift cluster.
     *
     * <p>Length: 0 to 512 characters. Pattern: {@code &#92;S+}. CloudFormation property {@code
     * DatabaseUrl}.
     */
    public RedshiftConnectorProfileProperties databaseUrl(String value) {
      return set("DatabaseUrl", Value.of(value));
    }

    /** Sets {@code DatabaseUrl} to this value; see {@link #databaseUrl(String)}. */
    public RedshiftConnectorProfileProperties databaseUrl(Value<String> value) {
      return set("DatabaseUrl", value);
    }

    /**
     * Indicates whether the connector profile defines a connection to an Amazon Redshift Serverless
     * data warehouse.
     *
     * <p>CloudFormation property {@code IsRedshiftServerless}.
     */
    public RedshiftConnectorProfileProperties isRedshiftServerless(boolean value) {
      return set("IsRedshiftServerless", Value.of(value));
    }

    /**
     * Sets {@code IsRedshiftServerless} to this value; see {@link #isRedshiftServerless(boolean)}.
     */
    public RedshiftConnectorProfileProperties isRedshiftServerless(Value<Boolean> value) {
      return set("IsRedshiftServerless", value);
    }

    /**
     * The Amazon Resource Name (ARN) of IAM role that grants Amazon Redshift read-only access to
     * Amazon S3. For more information, and for the polices that you attach to this role, see <a
     * href="https://docs.aws.amazon.com/appflow/latest/userguide/security_iam_service-role-policies.html#redshift-access-s3">Allow
     * Amazon Redshift to access your Amazon AppFlow data in Amazon S3</a> .
     *
     * <p>Required. Length: 0 to 512 characters. Pattern: {@code arn:aws:iam:.*:[0-9]+:.*}. Format:
     * {@code AWS::IAM::Role.Arn}. CloudFormation property {@code RoleArn}.
     */
    public RedshiftConnectorProfileProperties roleArn(String value) {
      return set("RoleArn", Value.of(value));
    }

    /** Sets {@code RoleArn} to this value; see {@link #roleArn(String)}. */
    public RedshiftConnectorProfileProperties roleArn(Value<String> value) {
      return set("RoleArn", value);
    }

    /**
     * The name of an Amazon Redshift workgroup.
     *
     * <p>Length: 0 to 512 characters. Pattern: {@code &#92;S+}. CloudFormation property {@code
     * WorkgroupName}.
     */
    public RedshiftConnectorProfileProperties workgroupName(String value) {
      return set("WorkgroupName", Value.of(value));
    }

    /** Sets {@code WorkgroupName} to this value; see {@link #workgroupName(String)}. */
    public RedshiftConnectorProfileProperties workgroupName(Value<String> value) {
      return set("WorkgroupName", value);
    }
  }

  /**
   * The connector-specific profile credentials required when using SAPOData.
   *
   * <p>Property type {@code AWS::AppFlow::ConnectorProfile.SAPODataConnectorProfileCredentials}.
   */
  public static final class SAPODataConnectorProfileCredentials extends Struct<SAPODataConnectorProfileCredentials> {
    private static final Schema SCHEMA = Schema.of("AWS::AppFlow::ConnectorProfile.SAPODataConnectorProfileCredentials");

    public SAPODataConnectorProfileCredentials() {
      super(SCHEMA);
    }

    /**
     * The SAPOData basic authentication credentials.
     *
     * <p>CloudFormation property {@code BasicAuthCredentials}.
     */
    public SAPODataConnectorProfileCredentials basicAuthCredentials(Value<BasicAuthCredentials> value) {
      return set("BasicAuthCredentials", value);
    }

    /**
     * The SAPOData OAuth type authentication credentials.
     *
     * <p>CloudFormation property {@code OAuthCredentials}.
     */
    public SAPODataConnectorProfileCredentials oAuthCredentials(Value<OAuthCredentials> value) {
      return set("OAuthCredentials", value);
    }
  }

  /**
   * The connector-specific profile properties required when using SAPOData.
   *
   * <p>Property type {@code AWS::AppFlow::ConnectorProfile.SAPODataConnectorProfileProperties}.
   */
  public static final class SAPODataConnectorProfileProperties extends Struct<SAPODataConnectorProfileProperties> {
    private static final Schema SCHEMA = Schema.builder("AWS::AppFlow::ConnectorProfile.SAPODataConnectorProfileProperties")
        .constrain("ApplicationHostUrl", Constraint.of().pattern("^(https?)://[-a-zA-Z0-9+&amp;@#/%?=~_|!:,.;]*[-a-zA-Z0-9+&amp;@#/%=~_|]").minLength(0).maxLength(256))
        .constrain("ApplicationServicePath", Constraint.of().pattern("\\S+").minLength(0).maxLength(512))
        .constrain("ClientNumber", Constraint.of().pattern("^\\d{3}$").minLength(3).maxLength(3))
        .constrain("LogonLanguage", Constraint.of().pattern("^[a-zA-Z0-9_]*$").minLength(0).maxLength(2))
        .constrain("PortNumber", Constraint.of().minimum(1).maximum(65535))
        .constrain("PrivateLinkServiceName", Constraint.of().pattern("\\S+").minLength(0).maxLength(512))
        .build();

    public SAPODataConnectorProfileProperties() {
      super(SCHEMA);
    }

    /**
     * The location of the SAPOData resource.
     *
     * <p>Length: 0 to 256 characters. Pattern: {@code
     * ^(https?)://[-a-zA-Z0-9+&amp;amp;&#64;#/%?=~_|!:,.;]*[-a-zA-Z0-9+&amp;amp;&#64;#/%=~_|]}.
     * CloudFormation property {@code ApplicationHostUrl}.
     */
    public SAPODataConnectorProfileProperties applicationHostUrl(String value) {
      return set("ApplicationHostUrl", Value.of(value));
    }

    /** Sets {@code ApplicationHostUrl} to this value; see {@link #applicationHostUrl(String)}. */
    public SAPODataConnectorProfileProperties applicationHostUrl(Value<String> value) {
      return set("ApplicationHostUrl", value);
    }

    /**
     * The application path to catalog service.
     *
     * <p>Length: 0 to 512 characters. Pattern: {@code &#92;S+}. CloudFormation property {@code
     * ApplicationServicePath}.
     */
    public SAPODataConnectorProfileProperties applicationServicePath(String value) {
      return set("ApplicationServicePath", Value.of(value));
    }

    /**
     * Sets {@code ApplicationServicePath} to this value; see {@link
     * #applicationServicePath(String)}.
     */
    public SAPODataConnectorProfileProperties applicationServicePath(Value<String> value) {
      return set("ApplicationServicePath", value);
    }

    /**
     * The client number for the client creating the connection.
     *
     * <p>Length: 3 to 3 characters. Pattern: {@code ^&#92;d{3}$}. CloudFormation property {@code
     * ClientNumber}.
     */
    public SAPODataConnectorProfileProperties clientNumber(String value) {
      return set("ClientNumber", Value.of(value));
    }

    /** Sets {@code ClientNumber} to this value; see {@link #clientNumber(String)}. */
    public SAPODataConnectorProfileProperties clientNumber(Value<String> value) {
      return set("ClientNumber", value);
    }

    /**
     * If you set this parameter to <code>true</code> , Amazon AppFlow bypasses the single sign-on
     * (SSO) settings in your SAP account when it accesses your SAP OData instance.
     *
     * <p>Whether you need this option depends on the types of credentials that you applied to your
     * SAP OData connection profile. If your profile uses basic authentication credentials, SAP SSO
     * can prevent Amazon AppFlow from connecting to your account with your username and password.
     * In this case, bypassing SSO makes it possible for Amazon AppFlow to connect successfully.
     * However, if your profile uses OAuth credentials, this parameter has no affect.
     *
     * <p>CloudFormation property {@code DisableSSO}.
     */
    public SAPODataConnectorProfileProperties disableSSO(boolean value) {
      return set("DisableSSO", Value.of(value));
    }

    /** Sets {@code DisableSSO} to this value; see {@link #disableSSO(boolean)}. */
    public SAPODataConnectorProfileProperties disableSSO(Value<Boolean> value) {
      return set("DisableSSO", value);
    }

    /**
     * The logon language of SAPOData instance.
     *
     * <p>Length: 0 to 2 characters. Pattern: {@code ^[a-zA-Z0-9_]*$}. CloudFormation property
     * {@code LogonLanguage}.
     */
    public SAPODataConnectorProfileProperties logonLanguage(String value) {
      return set("LogonLanguage", Value.of(value));
    }

    /** Sets {@code LogonLanguage} to this value; see {@link #logonLanguage(String)}. */
    public SAPODataConnectorProfileProperties logonLanguage(Value<String> value) {
      return set("LogonLanguage", value);
    }

    /**
     * The SAPOData OAuth properties required for OAuth type authentication.
     *
     * <p>CloudFormation property {@code OAuthProperties}.
     */
    public SAPODataConnectorProfileProperties oAuthProperties(Value<OAuthProperties> value) {
      return set("OAuthProperties", value);
    }

    /**
     * The port number of the SAPOData instance.
     *
     * <p>Range: 1 to 65535. CloudFormation property {@code PortNumber}.
     */
    public SAPODataConnectorProfileProperties portNumber(int value) {
      return set("PortNumber", Value.of(value));
    }

    /** Sets {@code PortNumber} to this value; see {@link #portNumber(int)}. */
    public SAPODataConnectorProfileProperties portNumber(Value<Integer> value) {
      return set("PortNumber", value);
    }

    /**
     * The SAPOData Private Link service name to be used for private data transfers.
     *
     * <p>Length: 0 to 512 characters. Pattern: {@code &#92;S+}. CloudFormation property {@code
     * PrivateLinkServiceName}.
     */
    public SAPODataConnectorProfileProperties privateLinkServiceName(String value) {
      return set("PrivateLinkServiceName", Value.of(value));
    }

    /**
     * Sets {@code PrivateLinkServiceName} to this value; see {@link
     * #privateLinkServiceName(String)}.
     */
    public SAPODataConnectorProfileProperties privateLinkServiceName(Value<String> value) {
      return set("PrivateLinkServiceName", value);
    }
  }

  /**
   * The connector-specific profile credentials required when using Salesforce.
   *
   * <p>Property type {@code AWS::AppFlow::ConnectorProfile.SalesforceConnectorProfileCredentials}.
   */
  public static final class SalesforceConnectorProfileCredentials extends Struct<SalesforceConnectorProfileCredentials> {
    private static final Schema SCHEMA = Schema.builder("AWS::AppFlow::ConnectorProfile.SalesforceConnectorProfileCredentials")
        .constrain("AccessToken", Constraint.of().pattern("\\S+").minLength(0).maxLength(4096))
        .constrain("ClientCredentialsArn", Constraint.of().pattern("arn:aws:secretsmanager:.*:[0-9]+:.*").minLength(20).maxLength(2048))
        .constrain("JwtToken", Constraint.of().pattern("^[A-Za-z0-9-_=]+\\.[A-Za-z0-9-_=]+\\.[A-Za-z0-9-_.+/=]*$").minLength(0).maxLength(8000))
        .allowed("OAuth2GrantType", "CLIENT_CREDENTIALS", "AUTHORIZATION_CODE", "JWT_BEARER")
        .constrain("RefreshToken", Constraint.of().pattern("\\S+").minLength(0).maxLength(4096))
        .build();

    public SalesforceConnectorProfileCredentials() {
      super(SCHEMA);
    }

    /**
     * The credentials used to access protected Salesforce resources.
     *
     * <p>Length: 0 to 4096 characters. Pattern: {@code &#92;S+}. CloudFormation property {@code
     * AccessToken}.
     */
    public SalesforceConnectorProfileCredentials accessToken(String value) {
      return set("AccessToken", Value.of(value));
    }

    /** Sets {@code AccessToken} to this value; see {@link #accessToken(String)}. */
    public SalesforceConnectorProfileCredentials accessToken(Value<String> value) {
      return set("AccessToken", value);
    }

    /**
     * The secret manager ARN, which contains the client ID and client secret of the connected app.
     *
     * <p>Length: 20 to 2048 characters. Pattern: {@code arn:aws:secretsmanager:.*:[0-9]+:.*}.
     * CloudFormation property {@code ClientCredentialsArn}.
     */
    public SalesforceConnectorProfileCredentials clientCredentialsArn(String value) {
      return set("ClientCredentialsArn", Value.of(value));
    }

    /**
     * Sets {@code ClientCredentialsArn} to this value; see {@link #clientCredentialsArn(String)}.
     */
    public SalesforceConnectorProfileCredentials clientCredentialsArn(Value<String> value) {
      return set("ClientCredentialsArn", value);
    }

    /**
     * Used by select connectors for which the OAuth workflow is supported, such as Salesforce,
     * Google Analytics, Marketo, Zendesk, and Slack.
     *
     * <p>CloudFormation property {@code ConnectorOAuthRequest}.
     */
    public SalesforceConnectorProfileCredentials connectorOAuthRequest(Value<ConnectorOAuthRequest> value) {
      return set("ConnectorOAuthRequest", value);
    }

    /**
     * A JSON web token (JWT) that authorizes Amazon AppFlow to access your Salesforce records.
     *
     * <p>Length: 0 to 8000 characters. Pattern: {@code
     * ^[A-Za-z0-9-_=]+&#92;.[A-Za-z0-9-_=]+&#92;.[A-Za-z0-9-_.+/=]*$}. CloudFormation property
     * {@code JwtToken}.
     */
    public SalesforceConnectorProfileCredentials jwtToken(String value) {
      return set("JwtToken", Value.of(value));
    }

    /** Sets {@code JwtToken} to this value; see {@link #jwtToken(String)}. */
    public SalesforceConnectorProfileCredentials jwtToken(Value<String> value) {
      return set("JwtToken", value);
    }

    /**
     * Specifies the OAuth 2.0 grant type that Amazon AppFlow uses when it requests an access token
     * from Salesforce. Amazon AppFlow requires an access token each time it attempts to access your
     * Salesforce records.
     *
     * <p>You can specify one of the following values:
     *
     * <ul> <li><b>AUTHORIZATION_CODE</b> - Amazon AppFlow passes an authorization code when it
     * requests the access token from Salesforce. Amazon AppFlow receives the authorization code
     * from Salesforce after you log in to your Salesforce account and authorize Amazon AppFlow to
     * access your records. <li><b>JWT_BEARER</b> - Amazon AppFlow passes a JSON web token (JWT)
     * when it requests the access token from Salesforce. You provide the JWT to Amazon AppFlow when
     * you define the connection to your Salesforce account. When you use this grant type, you don't
     * need to log in to your Salesforce account to authorize Amazon AppFlow to access your records.
     * </ul>
     *
     * <p>The CLIENT_CREDENTIALS value is not supported for Salesforce.
     *
     * <p>Allowed values: {@code CLIENT_CREDENTIALS}, {@code AUTHORIZATION_CODE}, {@code
     * JWT_BEARER}. CloudFormation property {@code OAuth2GrantType}.
     */
    public SalesforceConnectorProfileCredentials oAuth2GrantType(String value) {
      return set("OAuth2GrantType", Value.of(value));
    }

    /** Sets {@code OAuth2GrantType} to this value; see {@link #oAuth2GrantType(String)}. */
    public SalesforceConnectorProfileCredentials oAuth2GrantType(Value<String> value) {
      return set("OAuth2GrantType", value);
    }

    /**
     * The credentials used to acquire new access tokens.
     *
     * <p>Length: 0 to 4096 characters. Pattern: {@code &#92;S+}. CloudFormation property {@code
     * RefreshToken}.
     */
    public SalesforceConnectorProfileCredentials refreshToken(String value) {
      return set("RefreshToken", Value.of(value));
    }

    /** Sets {@code RefreshToken} to this value; see {@link #refreshToken(String)}. */
    public SalesforceConnectorProfileCredentials refreshToken(Value<String> value) {
      return set("RefreshToken", value);
    }
  }

  /**
   * The connector-specific profile properties required when using Salesforce.
   *
   * <p>Property type {@code AWS::AppFlow::ConnectorProfile.SalesforceConnectorProfileProperties}.
   */
  public static final class SalesforceConnectorProfileProperties extends Struct<SalesforceConnectorProfileProperties> {
    private static final Schema SCHEMA = Schema.builder("AWS::AppFlow::ConnectorProfile.SalesforceConnectorProfileProperties")
        .constrain("InstanceUrl", Constraint.of().pattern("\\S+").minLength(0).maxLength(256))
        .build();

    public SalesforceConnectorProfileProperties() {
      super(SCHEMA);
    }

    /**
     * The location of the Salesforce resource.
     *
     * <p>Length: 0 to 256 characters. Pattern: {@code &#92;S+}. CloudFormation property {@code
     * InstanceUrl}.
     */
    public SalesforceConnectorProfileProperties instanceUrl(String value) {
      return set("InstanceUrl", Value.of(value));
    }

    /** Sets {@code InstanceUrl} to this value; see {@link #instanceUrl(String)}. */
    public SalesforceConnectorProfileProperties instanceUrl(Value<String> value) {
      return set("InstanceUrl", value);
    }

    /**
     * Indicates whether the connector profile applies to a sandbox or production environment.
     *
     * <p>CloudFormation property {@code isSandboxEnvironment}.
     */
    public SalesforceConnectorProfileProperties isSandboxEnvironment(boolean value) {
      return set("isSandboxEnvironment", Value.of(value));
    }

    /**
     * Sets {@code isSandboxEnvironment} to this value; see {@link #isSandboxEnvironment(boolean)}.
     */
    public SalesforceConnectorProfileProperties isSandboxEnvironment(Value<Boolean> value) {
      return set("isSandboxEnvironment", value);
    }

    /**
     * If the connection mode for the connector profile is private, this parameter sets whether
     * Amazon AppFlow uses the private network to send metadata and authorization calls to
     * Salesforce. Amazon AppFlow sends private calls through AWS PrivateLink . These calls travel
     * through AWS infrastructure without being exposed to the public internet.
     *
     * <p>Set either of the following values:
     *
     * <ul> <li><b>true</b> - Amazon AppFlow sends all calls to Salesforce over the private network.
     * </ul>
     *
     * <p>These private calls are:
     *
     * <ul> <li>Calls to get metadata about your Salesforce records. This metadata describes your
     * Salesforce objects and their fields. <li>Calls to get or refresh access tokens that allow
     * Amazon AppFlow to access your Salesforce records. <li>Calls to transfer your Salesforce
     * records as part of a flow run. <li><b>false</b> - The default value. Amazon AppFlow sends
     * some calls to Salesforce privately and other calls over the public internet. </ul>
     *
     * <p>The public calls are:
     *
     * <ul> <li>Calls to get metadata about your Salesforce records. <li>Calls to get or refresh
     * access tokens. </ul>
     *
     * <p>The private calls are:
     *
     * <ul> <li>Calls to transfer your Salesforce records as part of a flow run. </ul>
     *
     * <p>CloudFormation property {@code usePrivateLinkForMetadataAndAuthorization}.
     */
    public SalesforceConnectorProfileProperties usePrivateLinkForMetadataAndAuthorization(boolean value) {
      return set("usePrivateLinkForMetadataAndAuthorization", Value.of(value));
    }

    /**
     * Sets {@code usePrivateLinkForMetadataAndAuthorization} to this value; see {@link
     * #usePrivateLinkForMetadataAndAuthorization(boolean)}.
     */
    public SalesforceConnectorProfileProperties usePrivateLinkForMetadataAndAuthorization(Value<Boolean> value) {
      return set("usePrivateLinkForMetadataAndAuthorization", value);
    }
  }

  /**
   * The connector-specific profile credentials required when using ServiceNow.
   *
   * <p>Property type {@code AWS::AppFlow::ConnectorProfile.ServiceNowConnectorProfileCredentials}.
   */
  public static final class ServiceNowConnectorProfileCredentials extends Struct<ServiceNowConnectorProfileCredentials> {
    private static final Schema SCHEMA = Schema.builder("AWS::AppFlow::ConnectorProfile.ServiceNowConnectorProfileCredentials")
        .constrain("Password", Constraint.of().pattern("\\S+").minLength(0).maxLength(512))
        .constrain("Username", Constraint.of().pattern("\\S+").minLength(0).maxLength(512))
        .build();

    public ServiceNowConnectorProfileCredentials() {
      super(SCHEMA);
    }

    /**
     * The OAuth 2.0 credentials required to authenticate the user.
     *
     * <p>CloudFormation property {@code OAuth2Credentials}.
     */
    public ServiceNowConnectorProfileCredentials oAuth2Credentials(Value<OAuth2Credentials> value) {
      return set("OAuth2Credentials", value);
    }

    /**
     * The password that corresponds to the user name.
     *
     * <p>Length: 0 to 512 characters. Pattern: {@code &#92;S+}. CloudFormation property {@code
     * Password}.
     */
    public ServiceNowConnectorProfileCredentials password(String value) {
      return set("Password", Value.of(value));
    }

    /** Sets {@code Password} to this value; see {@link #password(String)}. */
    public ServiceNowConnectorProfileCredentials password(Value<String> value) {
      return set("Password", value);
    }

    /**
     * The name of the user.
     *
     * <p>Length: 0 to 512 characters. Pattern: {@code &#92;S+}. CloudFormation property {@code
     * Username}.
     */
    public ServiceNowConnectorProfileCredentials username(String value) {
      return set("Username", Value.of(value));
    }

    /** Sets {@code Username} to this value; see {@link #username(String)}. */
    public ServiceNowConnectorProfileCredentials username(Value<String> value) {
      return set("Username", value);
    }
  }

  /**
   * The connector-specific profile properties required when using ServiceNow.
   *
   * <p>Property type {@code AWS::AppFlow::ConnectorProfile.ServiceNowConnectorProfileProperties}.
   */
  public static final class ServiceNowConnectorProfileProperties extends Struct<ServiceNowConnectorProfileProperties> {
    private static final Schema SCHEMA = Schema.builder("AWS::AppFlow::ConnectorProfile.ServiceNowConnectorProfileProperties")
        .required("InstanceUrl")
        .constrain("InstanceUrl", Constraint.of().pattern("\\S+").minLength(0).maxLength(256))
        .build();

    public ServiceNowConnectorProfileProperties() {
      super(SCHEMA);
    }

    /**
     * The location of the ServiceNow resource.
     *
     * <p>Required. Length: 0 to 256 characters. Pattern: {@code &#92;S+}. CloudFormation property
     * {@code InstanceUrl}.
     */
    public ServiceNowConnectorProfileProperties instanceUrl(String value) {
      return set("InstanceUrl", Value.of(value));
    }

    /** Sets {@code InstanceUrl} to this value; see {@link #instanceUrl(String)}. */
    public ServiceNowConnectorProfileProperties instanceUrl(Value<String> value) {
      return set("InstanceUrl", value);
    }
  }

  /**
   * The connector-specific profile credentials required when using Singular.
   *
   * <p>Property type {@code AWS::AppFlow::ConnectorProfile.SingularConnectorProfileCredentials}.
   */
  public static final class SingularConnectorProfileCredentials extends Struct<SingularConnectorProfileCredentials> {
    private static final Schema SCHEMA = Schema.builder("AWS::AppFlow::ConnectorProfile.SingularConnectorProfileCredentials")
        .required("ApiKey")
        .constrain("ApiKey", Constraint.of().pattern("\\S+").minLength(0).maxLength(256))
        .build();

    public SingularConnectorProfileCredentials() {
      super(SCHEMA);
    }

    /**
     * A unique alphanumeric identifier used to authenticate a user, developer, or calling program
     * to your API.
     *
     * <p>Required. Length: 0 to 256 characters. Pattern: {@code &#92;S+}. CloudFormation property
     * {@code ApiKey}.
     */
    public SingularConnectorProfileCredentials apiKey(String value) {
      return set("ApiKey", Value.of(value));
    }

    /** Sets {@code ApiKey} to this value; see {@link #apiKey(String)}. */
    public SingularConnectorProfileCredentials apiKey(Value<String> value) {
      return set("ApiKey", value);
    }
  }

  /**
   * The connector-specific profile credentials required when using Slack.
   *
   * <p>Property type {@code AWS::AppFlow::ConnectorProfile.SlackConnectorProfileCredentials}.
   */
  public static final class SlackConnectorProfileCredentials extends Struct<SlackConnectorProfileCredentials> {
    private static final Schema SCHEMA = Schema.builder("AWS::AppFlow::ConnectorProfile.SlackConnectorProfileCredentials")
        .required("ClientId", "ClientSecret")
        .constrain("AccessToken", Constraint.of().pattern("\\S+").minLength(0).maxLength(4096))
        .constrain("ClientId", Constraint.of().pattern("\\S+").minLength(0).maxLength(512))
        .constrain("ClientSecret", Constraint.of().pattern("\\S+").minLength(0).maxLength(512))
        .build();

    public SlackConnectorProfileCredentials() {
      super(SCHEMA);
    }

    /**
     * The credentials used to access protected Slack resources.
     *
     * <p>Length: 0 to 4096 characters. Pattern: {@code &#92;S+}. CloudFormation property {@code
     * AccessToken}.
     */
    public SlackConnectorProfileCredentials accessToken(String value) {
      return set("AccessToken", Value.of(value));
    }

    /** Sets {@code AccessToken} to this value; see {@link #accessToken(String)}. */
    public SlackConnectorProfileCredentials accessToken(Value<String> value) {
      return set("AccessToken", value);
    }

    /**
     * The identifier for the client.
     *
     * <p>Required. Length: 0 to 512 characters. Pattern: {@code &#92;S+}. CloudFormation property
     * {@code ClientId}.
     */
    public SlackConnectorProfileCredentials clientId(String value) {
      return set("ClientId", Value.of(value));
    }

    /** Sets {@code ClientId} to this value; see {@link #clientId(String)}. */
    public SlackConnectorProfileCredentials clientId(Value<String> value) {
      return set("ClientId", value);
    }

    /**
     * The client secret used by the OAuth client to authenticate to the authorization server.
     *
     * <p>Required. Length: 0 to 512 characters. Pattern: {@code &#92;S+}. CloudFormation property
     * {@code ClientSecret}.
     */
    public SlackConnectorProfileCredentials clientSecret(String value) {
      return set("ClientSecret", Value.of(value));
    }

    /** Sets {@code ClientSecret} to this value; see {@link #clientSecret(String)}. */
    public SlackConnectorProfileCredentials clientSecret(Value<String> value) {
      return set("ClientSecret", value);
    }

    /**
     * Used by select connectors for which the OAuth workflow is supported, such as Salesforce,
     * Google Analytics, Marketo, Zendesk, and Slack.
     *
     * <p>CloudFormation property {@code ConnectorOAuthRequest}.
     */
    public SlackConnectorProfileCredentials connectorOAuthRequest(Value<ConnectorOAuthRequest> value) {
      return set("ConnectorOAuthRequest", value);
    }
  }

  /**
   * The connector-specific profile properties required when using Slack.
   *
   * <p>Property type {@code AWS::AppFlow::ConnectorProfile.SlackConnectorProfileProperties}.
   */
  public static final class SlackConnectorProfileProperties extends Struct<SlackConnectorProfileProperties> {
    private static final Schema SCHEMA = Schema.builder("AWS::AppFlow::ConnectorProfile.SlackConnectorProfileProperties")
        .required("InstanceUrl")
        .constrain("InstanceUrl", Constraint.of().pattern("\\S+").minLength(0).maxLength(256))
        .build();

    public SlackConnectorProfileProperties() {
      super(SCHEMA);
    }

    /**
     * The location of the Slack resource.
     *
     * <p>Required. Length: 0 to 256 characters. Pattern: {@code &#92;S+}. CloudFormation property
     * {@code InstanceUrl}.
     */
    public SlackConnectorProfileProperties instanceUrl(String value) {
      return set("InstanceUrl", Value.of(value));
    }

    /** Sets {@code InstanceUrl} to this value; see {@link #instanceUrl(String)}. */
    public SlackConnectorProfileProperties instanceUrl(Value<String> value) {
      return set("InstanceUrl", value);
    }
  }

  /**
   * The connector-specific profile credentials required when using Snowflake.
   *
   * <p>Property type {@code AWS::AppFlow::ConnectorProfile.SnowflakeConnectorProfileCredentials}.
   */
  public static final class SnowflakeConnectorProfileCredentials extends Struct<SnowflakeConnectorProfileCredentials> {
    private static final Schema SCHEMA = Schema.builder("AWS::AppFlow::ConnectorProfile.SnowflakeConnectorProfileCredentials")
        .required("Password", "Username")
        .constrain("Password", Constraint.of().pattern("\\S+").minLength(0).maxLength(512))
        .constrain("Username", Constraint.of().pattern("\\S+").minLength(0).maxLength(512))
        .build();

    public SnowflakeConnectorProfileCredentials() {
      super(SCHEMA);
    }

    /**
     * The password that corresponds to the user name.
     *
     * <p>Required. Length: 0 to 512 characters. Pattern: {@code &#92;S+}. CloudFormation property
     * {@code Password}.
     */
    public SnowflakeConnectorProfileCredentials password(String value) {
      return set("Password", Value.of(value));
    }

    /** Sets {@code Password} to this value; see {@link #password(String)}. */
    public SnowflakeConnectorProfileCredentials password(Value<String> value) {
      return set("Password", value);
    }

    /**
     * The name of the user.
     *
     * <p>Required. Length: 0 to 512 characters. Pattern: {@code &#92;S+}. CloudFormation property
     * {@code Username}.
     */
    public SnowflakeConnectorProfileCredentials username(String value) {
      return set("Username", Value.of(value));
    }

    /** Sets {@code Username} to this value; see {@link #username(String)}. */
    public SnowflakeConnectorProfileCredentials username(Value<String> value) {
      return set("Username", value);
    }
  }

  /**
   * The connector-specific profile properties required when using Snowflake.
   *
   * <p>Property type {@code AWS::AppFlow::ConnectorProfile.SnowflakeConnectorProfileProperties}.
   */
  public static final class SnowflakeConnectorProfileProperties extends Struct<SnowflakeConnectorProfileProperties> {
    private static final Schema SCHEMA = Schema.builder("AWS::AppFlow::ConnectorProfile.SnowflakeConnectorProfileProperties")
        .required("BucketName", "Stage", "Warehouse")
        .constrain("AccountName", Constraint.of().pattern("\\S+").minLength(0).maxLength(512))
        .constrain("BucketName", Constraint.of().pattern("\\S+").minLength(3).maxLength(63).format("AWS::S3::Bucket.Name"))
        .constrain("BucketPrefix", Constraint.of().minLength(0).maxLength(128))
        .constrain("PrivateLinkServiceName", Constraint.of().pattern("\\S+").minLength(0).maxLength(512))
        .constrain("Region", Constraint.of().pattern("\\S+").minLength(0).maxLength(64))
        .constrain("Stage", Constraint.of().pattern("\\S+").minLength(0).maxLength(512))
        .constrain("Warehouse", Constraint.of().pattern("[\\s\\w/!@#+=.-]*").minLength(0).maxLength(512))
        .build();

    public SnowflakeConnectorProfileProperties() {
      super(SCHEMA);
    }

    /**
     * The name of the account.
     *
     * <p>Length: 0 to 512 characters. Pattern: {@code &#92;S+}. CloudFormation property {@code
     * AccountName}.
     */
    public SnowflakeConnectorProfileProperties accountName(String value) {
      return set("AccountName", Value.of(value));
    }

    /** Sets {@code AccountName} to this value; see {@link #accountName(String)}. */
    public SnowflakeConnectorProfileProperties accountName(Value<String> value) {
      return set("AccountName", value);
    }

    /**
     * The name of the Amazon S3 bucket associated with Snowflake.
     *
     * <p>Required. Length: 3 to 63 characters. Pattern: {@code &#92;S+}. Format: {@code
     * AWS::S3::Bucket.Name}. CloudFormation property {@code BucketName}.
     */
    public SnowflakeConnectorProfileProperties bucketName(String value) {
      return set("BucketName", Value.of(value));
    }

    /** Sets {@code BucketName} to this value; see {@link #bucketName(String)}. */
    public SnowflakeConnectorProfileProperties bucketName(Value<String> value) {
      return set("BucketName", value);
    }

    /**
     * The bucket path that refers to the Amazon S3 bucket associated with Snowflake.
     *
     * <p>Length: 0 to 128 characters. CloudFormation property {@code BucketPrefix}.
     */
    public SnowflakeConnectorProfileProperties bucketPrefix(String value) {
      return set("BucketPrefix", Value.of(value));
    }

    /** Sets {@code BucketPrefix} to this value; see {@link #bucketPrefix(String)}. */
    public SnowflakeConnectorProfileProperties bucketPrefix(Value<String> value) {
      return set("BucketPrefix", value);
    }

    /**
     * The Snowflake Private Link service name to be used for private data transfers.
     *
     * <p>Length: 0 to 512 characters. Pattern: {@code &#92;S+}. CloudFormation property {@code
     * PrivateLinkServiceName}.
     */
    public SnowflakeConnectorProfileProperties privateLinkServiceName(String value) {
      return set("PrivateLinkServiceName", Value.of(value));
    }

    /**
     * Sets {@code PrivateLinkServiceName} to this value; see {@link
     * #privateLinkServiceName(String)}.
     */
    public SnowflakeConnectorProfileProperties privateLinkServiceName(Value<String> value) {
      return set("PrivateLinkServiceName", value);
    }

    /**
     * The AWS Region of the Snowflake account.
     *
     * <p>Length: 0 to 64 characters. Pattern: {@code &#92;S+}. CloudFormation property {@code
     * Region}.
     */
    public SnowflakeConnectorProfileProperties region(String value) {
      return set("Region", Value.of(value));
    }

    /** Sets {@code Region} to this value; see {@link #region(String)}. */
    public SnowflakeConnectorProfileProperties region(Value<String> value) {
      return set("Region", value);
    }

    /**
     * The name of the Amazon S3 stage that was created while setting up an Amazon S3 stage in the
     * Snowflake account. This is written in the following format: &lt; Database&gt;&lt;
     * Schema&gt;&lt;Stage Name&gt;.
     *
     * <p>Required. Length: 0 to 512 characters. Pattern: {@code &#92;S+}. CloudFormation property
     * {@code Stage}.
     */
    public SnowflakeConnectorProfileProperties stage(String value) {
      return set("Stage", Value.of(value));
    }

    /** Sets {@code Stage} to this value; see {@link #stage(String)}. */
    public SnowflakeConnectorProfileProperties stage(Value<String> value) {
      return set("Stage", value);
    }

    /**
     * The name of the Snowflake warehouse.
     *
     * <p>Required. Length: 0 to 512 characters. Pattern: {@code [&#92;s&#92;w/!&#64;#+=.-]*}.
     * CloudFormation property {@code Warehouse}.
     */
    public SnowflakeConnectorProfileProperties warehouse(String value) {
      return set("Warehouse", Value.of(value));
    }

    /** Sets {@code Warehouse} to this value; see {@link #warehouse(String)}. */
    public SnowflakeConnectorProfileProperties warehouse(Value<String> value) {
      return set("Warehouse", value);
    }
  }

  /**
   * The connector-specific profile credentials required when using Trend Micro.
   *
   * <p>Property type {@code AWS::AppFlow::ConnectorProfile.TrendmicroConnectorProfileCredentials}.
   */
  public static final class TrendmicroConnectorProfileCredentials extends Struct<TrendmicroConnectorProfileCredentials> {
    private static final Schema SCHEMA = Schema.builder("AWS::AppFlow::ConnectorProfile.TrendmicroConnectorProfileCredentials")
        .required("ApiSecretKey")
        .constrain("ApiSecretKey", Constraint.of().pattern("\\S+").minLength(0).maxLength(256))
        .build();

    public TrendmicroConnectorProfileCredentials() {
      super(SCHEMA);
    }

    /**
     * The Secret Access Key portion of the credentials.
     *
     * <p>Required. Length: 0 to 256 characters. Pattern: {@code &#92;S+}. CloudFormation property
     * {@code ApiSecretKey}.
     */
    public TrendmicroConnectorProfileCredentials apiSecretKey(String value) {
      return set("ApiSecretKey", Value.of(value));
    }

    /** Sets {@code ApiSecretKey} to this value; see {@link #apiSecretKey(String)}. */
    public TrendmicroConnectorProfileCredentials apiSecretKey(Value<String> value) {
      return set("ApiSecretKey", value);
    }
  }

  /**
   * The connector-specific profile credentials required when using Veeva.
   *
   * <p>Property type {@code AWS::AppFlow::ConnectorProfile.VeevaConnectorProfileCredentials}.
   */
  public static final class VeevaConnectorProfileCredentials extends Struct<VeevaConnectorProfileCredentials> {
    private static final Schema SCHEMA = Schema.builder("AWS::AppFlow::ConnectorProfile.VeevaConnectorProfileCredentials")
        .required("Password", "Username")
        .constrain("Password", Constraint.of().pattern("\\S+").minLength(0).maxLength(512))
        .constrain("Username", Constraint.of().pattern("\\S+").minLength(0).maxLength(512))
        .build();

    public VeevaConnectorProfileCredentials() {
      super(SCHEMA);
    }

    /**
     * The password that corresponds to the user name.
     *
     * <p>Required. Length: 0 to 512 characters. Pattern: {@code &#92;S+}. CloudFormation property
     * {@code Password}.
     */
    public VeevaConnectorProfileCredentials password(String value) {
      return set("Password", Value.of(value));
    }

    /** Sets {@code Password} to this value; see {@link #password(String)}. */
    public VeevaConnectorProfileCredentials password(Value<String> value) {
      return set("Password", value);
    }

    /**
     * The name of the user.
     *
     * <p>Required. Length: 0 to 512 characters. Pattern: {@code &#92;S+}. CloudFormation property
     * {@code Username}.
     */
    public VeevaConnectorProfileCredentials username(String value) {
      return set("Username", Value.of(value));
    }

    /** Sets {@code Username} to this value; see {@link #username(String)}. */
    public VeevaConnectorProfileCredentials username(Value<String> value) {
      return set("Username", value);
    }
  }

  /**
   * The connector-specific profile properties required when using Veeva.
   *
   * <p>Property type {@code AWS::AppFlow::ConnectorProfile.VeevaConnectorProfileProperties}.
   */
  public static final class VeevaConnectorProfileProperties extends Struct<VeevaConnectorProfileProperties> {
    private static final Schema SCHEMA = Schema.builder("AWS::AppFlow::ConnectorProfile.VeevaConnectorProfileProperties")
        .required("InstanceUrl")
        .constrain("InstanceUrl", Constraint.of().pattern("\\S+").minLength(0).maxLength(256))
        .build();

    public VeevaConnectorProfileProperties() {
      super(SCHEMA);
    }

    /**
     * The location of the Veeva resource.
     *
     * <p>Required. Length: 0 to 256 characters. Pattern: {@code &#92;S+}. CloudFormation property
     * {@code InstanceUrl}.
     */
    public VeevaConnectorProfileProperties instanceUrl(String value) {
      return set("InstanceUrl", Value.of(value));
    }

    /** Sets {@code InstanceUrl} to this value; see {@link #instanceUrl(String)}. */
    public VeevaConnectorProfileProperties instanceUrl(Value<String> value) {
      return set("InstanceUrl", value);
    }
  }

  /**
   * The connector-specific profile credentials required when using Zendesk.
   *
   * <p>Property type {@code AWS::AppFlow::ConnectorProfile.ZendeskConnectorProfileCredentials}.
   */
  public static final class ZendeskConnectorProfileCredentials extends Struct<ZendeskConnectorProfileCredentials> {
    private static final Schema SCHEMA = Schema.builder("AWS::AppFlow::ConnectorProfile.ZendeskConnectorProfileCredentials")
        .required("ClientId", "ClientSecret")
        .constrain("AccessToken", Constraint.of().pattern("\\S+").minLength(0).maxLength(4096))
        .constrain("ClientId", Constraint.of().pattern("\\S+").minLength(0).maxLength(512))
        .constrain("ClientSecret", Constraint.of().pattern("\\S+").minLength(0).maxLength(512))
        .build();

    public ZendeskConnectorProfileCredentials() {
      super(SCHEMA);
    }

    /**
     * The credentials used to access protected Zendesk resources.
     *
     * <p>Length: 0 to 4096 characters. Pattern: {@code &#92;S+}. CloudFormation property {@code
     * AccessToken}.
     */
    public ZendeskConnectorProfileCredentials accessToken(String value) {
      return set("AccessToken", Value.of(value));
    }

    /** Sets {@code AccessToken} to this value; see {@link #accessToken(String)}. */
    public ZendeskConnectorProfileCredentials accessToken(Value<String> value) {
      return set("AccessToken", value);
    }

    /**
     * The identifier for the desired client.
     *
     * <p>Required. Length: 0 to 512 characters. Pattern: {@code &#92;S+}. CloudFormation property
     * {@code ClientId}.
     */
    public ZendeskConnectorProfileCredentials clientId(String value) {
      return set("ClientId", Value.of(value));
    }

    /** Sets {@code ClientId} to this value; see {@link #clientId(String)}. */
    public ZendeskConnectorProfileCredentials clientId(Value<String> value) {
      return set("ClientId", value);
    }

    /**
     * The client secret used by the OAuth client to authenticate to the authorization server.
     *
     * <p>Required. Length: 0 to 512 characters. Pattern: {@code &#92;S+}. CloudFormation property
     * {@code ClientSecret}.
     */
    public ZendeskConnectorProfileCredentials clientSecret(String value) {
      return set("ClientSecret", Value.of(value));
    }

    /** Sets {@code ClientSecret} to this value; see {@link #clientSecret(String)}. */
    public ZendeskConnectorProfileCredentials clientSecret(Value<String> value) {
      return set("ClientSecret", value);
    }

    /**
     * Used by select connectors for which the OAuth workflow is supported, such as Salesforce,
     * Google Analytics, Marketo, Zendesk, and Slack.
     *
     * <p>CloudFormation property {@code ConnectorOAuthRequest}.
     */
    public ZendeskConnectorProfileCredentials connectorOAuthRequest(Value<ConnectorOAuthRequest> value) {
      return set("ConnectorOAuthRequest", value);
    }
  }

  /**
   * The connector-specific profile properties required when using Zendesk.
   *
   * <p>Property type {@code AWS::AppFlow::ConnectorProfile.ZendeskConnectorProfileProperties}.
   */
  public static final class ZendeskConnectorProfileProperties extends Struct<ZendeskConnectorProfileProperties> {
    private static final Schema SCHEMA = Schema.builder("AWS::AppFlow::ConnectorProfile.ZendeskConnectorProfileProperties")
        .required("InstanceUrl")
        .constrain("InstanceUrl", Constraint.of().pattern("\\S+").minLength(0).maxLength(256))
        .build();

    public ZendeskConnectorProfileProperties() {
      super(SCHEMA);
    }

    /**
     * The location of the Zendesk resource.
     *
     * <p>Required. Length: 0 to 256 characters. Pattern: {@code &#92;S+}. CloudFormation property
     * {@code InstanceUrl}.
     */
    public ZendeskConnectorProfileProperties instanceUrl(String value) {
      return set("InstanceUrl", Value.of(value));
    }

    /** Sets {@code InstanceUrl} to this value; see {@link #instanceUrl(String)}. */
    public ZendeskConnectorProfileProperties instanceUrl(Value<String> value) {
      return set("InstanceUrl", value);
    }
  }
}
