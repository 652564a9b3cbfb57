// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.glue;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Json;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * The <code>AWS::Glue::Connection</code> resource specifies an AWS Glue connection to a data
 * source. For more information, see <a
 * href="https://docs.aws.amazon.com/glue/latest/dg/populate-add-connection.html">Adding a
 * Connection to Your Data Store</a> and <a
 * href="https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-catalog-connections.html#aws-glue-api-catalog-connections-Connection">Connection
 * Structure</a> in the <em>AWS Glue Developer Guide</em> .
 *
 * <p>CloudFormation type {@code AWS::Glue::Connection}.
 */
public final class Connection extends Resource<Connection> {
  private static final Schema SCHEMA = Schema.builder("AWS::Glue::Connection")
      .required("CatalogId", "ConnectionInput")
      .constrain("CatalogId", Constraint.of().minLength(1).maxLength(255))
      .attributes("Name")
      .tags("Tags", Schema.TagForm.MAP)
      .build();

  public Connection(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The ID of the data catalog to create the catalog object in. Currently, this should be the AWS
   * account ID.
   *
   * <p>To specify the account ID, you can use the <code>Ref</code> intrinsic function with the
   * <code>AWS::AccountId</code> pseudo parameter. For example: <code>!Ref AWS::AccountId</code> .
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 255 characters. CloudFormation
   * property {@code CatalogId}.
   */
  public Connection catalogId(String value) {
    return set("CatalogId", Value.of(value));
  }

  /** Sets {@code CatalogId} to this value; see {@link #catalogId(String)}. */
  public Connection catalogId(Value<String> value) {
    return set("CatalogId", value);
  }

  /**
   * The connection that you want to create.
   *
   * <p>Required. CloudFormation property {@code ConnectionInput}.
   */
  public Connection connectionInput(Value<ConnectionInput> value) {
    return set("ConnectionInput", value);
  }

  /**
   * The collection of tags. Each tag element is associated with a given resource.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public Connection tags(Value<Json> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a map of key to value; see {@link #tags(Value)}. */
  public Connection tags(Tags tags) {
    return set("Tags", tags.asMap());
  }

  /**
   * The name of the connection.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Name}.
   */
  public Value<String> name() {
    return getAtt("Name");
  }

  /** Property type {@code AWS::Glue::Connection.AuthenticationConfiguration}. */
  public static final class AuthenticationConfiguration extends Struct<AuthenticationConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::Glue::Connection.AuthenticationConfiguration")
        .required("AuthenticationType")
        .allowed("AuthenticationType", "BASIC", "CUSTOM", "IAM", "OAUTH2")
        .constrain("KmsKeyArn", Constraint.of().pattern("^$|arn:aws[a-z0-9-]*:kms:").format("AWS::KMS::Key.Arn"))
        .constrain("SecretArn", Constraint.of().pattern("^arn:aws(-(cn|us-gov|iso(-[bef])?))?:secretsmanager:.*$"))
        .build();

    public AuthenticationConfiguration() {
      super(SCHEMA);
    }

    /**
     * A structure containing the authentication configuration in the CreateConnection request.
     *
     * <p>Required. Allowed values: {@code BASIC}, {@code CUSTOM}, {@code IAM}, {@code OAUTH2}.
     * CloudFormation property {@code AuthenticationType}.
     */
    public AuthenticationConfiguration authenticationType(String value) {
      return set("AuthenticationType", Value.of(value));
    }

    /** Sets {@code AuthenticationType} to this value; see {@link #authenticationType(String)}. */
    public AuthenticationConfiguration authenticationType(Value<String> value) {
      return set("AuthenticationType", value);
    }

    /**
     * A structure containing the authentication credentials in the CreateConnection request.
     *
     * <p>CloudFormation property {@code BasicAuthenticationCredentials}.
     */
    public AuthenticationConfiguration basicAuthenticationCredentials(Value<BasicAuthenticationCredentials> value) {
      return set("BasicAuthenticationCredentials", value);
    }

    /**
     * A structure containing the authentication credentials in the CreateConnection request.
     *
     * <p>CloudFormation property {@code CustomAuthenticationCredentials}.
     */
    public AuthenticationConfiguration customAuthenticationCredentials(Value<Json> value) {
      return set("CustomAuthenticationCredentials", value);
    }

    /**
     * The Amazon Resource Name (ARN) of the KMS key used in the authentication configuration.
     *
     * <p>Pattern: {@code ^$|arn:aws[a-z0-9-]*:kms:}. Format: {@code AWS::KMS::Key.Arn}.
     * CloudFormation property {@code KmsKeyArn}.
     */
    public AuthenticationConfiguration kmsKeyArn(String value) {
      return set("KmsKeyArn", Value.of(value));
    }

    /** Sets {@code KmsKeyArn} to this value; see {@link #kmsKeyArn(String)}. */
    public AuthenticationConfiguration kmsKeyArn(Value<String> value) {
      return set("KmsKeyArn", value);
    }

    /**
     * A structure containing the authentication credentials in the CreateConnection request.
     *
     * <p>CloudFormation property {@code OAuth2Properties}.
     */
    public AuthenticationConfiguration oAuth2Properties(Value<OAuth2Properties> value) {
      return set("OAuth2Properties", value);
    }

    /**
     * The secret manager ARN to store credentials in the CreateConnection request.
     *
     * <p>Pattern: {@code ^arn:aws(-(cn|us-gov|iso(-[bef])?))?:secretsmanager:.*$}. CloudFormation
     * property {@code SecretArn}.
     */
    public AuthenticationConfiguration secretArn(String value) {
      return set("SecretArn", Value.of(value));
    }

    /** Sets {@code SecretArn} to this value; see {@link #secretArn(String)}. */
    public AuthenticationConfiguration secretArn(Value<String> value) {
      return set("SecretArn", value);
    }
  }

  /**
   * The set of properties required for the the OAuth2 <code>AUTHORIZATION_CODE</code> grant type
   * workflow.
   *
   * <p>Property type {@code AWS::Glue::Connection.AuthorizationCodeProperties}.
   */
  public static final class AuthorizationCodeProperties extends Struct<AuthorizationCodeProperties> {
    private static final Schema SCHEMA = Schema.builder("AWS::Glue::Connection.AuthorizationCodeProperties")
        .constrain("AuthorizationCode", Constraint.of().pattern("^\\S+$").minLength(1).maxLength(4096))
        .constrain("RedirectUri", Constraint.of().pattern("^(https?):\\/\\/[^\\s/$.?#].[^\\s]*$").minLength(0).maxLength(512))
        .build();

    public AuthorizationCodeProperties() {
      super(SCHEMA);
    }

    /**
     * An authorization code to be used in the third leg of the <code>AUTHORIZATION_CODE</code>
     * grant workflow. This is a single-use code which becomes invalid once exchanged for an access
     * token, thus it is acceptable to have this value as a request parameter.
     *
     * <p>Length: 1 to 4096 characters. Pattern: {@code ^&#92;S+$}. CloudFormation property {@code
     * AuthorizationCode}.
     */
    public AuthorizationCodeProperties authorizationCode(String value) {
      return set("AuthorizationCode", Value.of(value));
    }

    /** Sets {@code AuthorizationCode} to this value; see {@link #authorizationCode(String)}. */
    public AuthorizationCodeProperties authorizationCode(Value<String> value) {
      return set("AuthorizationCode", value);
    }

    /**
     * The redirect URI where the user gets redirected to by authorization server when issuing an
     * authorization code. The URI is subsequently used when the authorization code is exchanged for
     * an access token.
     *
     * <p>Length: 0 to 512 characters. Pattern: {@code
     * ^(https?):&#92;/&#92;/[^&#92;s/$.?#].[^&#92;s]*$}. CloudFormation property {@code
     * RedirectUri}.
     */
    public AuthorizationCodeProperties redirectUri(String value) {
      return set("RedirectUri", Value.of(value));
    }

    /** Sets {@code RedirectUri} to this value; see {@link #redirectUri(String)}. */
    public AuthorizationCodeProperties redirectUri(Value<String> value) {
      return set("RedirectUri", value);
    }
  }

  /**
   * For supplying basic auth credentials when not providing a <code>SecretArn</code> value.
   *
   * <p>Property type {@code AWS::Glue::Connection.BasicAuthenticationCredentials}.
   */
  public static final class BasicAuthenticationCredentials extends Struct<BasicAuthenticationCredentials> {
    private static final Schema SCHEMA = Schema.builder("AWS::Glue::Connection.BasicAuthenticationCredentials")
        .constrain("Password", Constraint.of().minLength(0).maxLength(512))
        .constrain("Username", Constraint.of().pattern("^\\S+$").minLength(0).maxLength(512))
        .build();

    public BasicAuthenticationCredentials() {
      super(SCHEMA);
    }

    /**
     * The password to connect to the data source.
     *
     * <p>Length: 0 to 512 characters. CloudFormation property {@code Password}.
     */
    public BasicAuthenticationCredentials password(String value) {
      return set("Password", Value.of(value));
    }

    /** Sets {@code Password} to this value; see {@link #password(String)}. */
    public BasicAuthenticationCredentials password(Value<String> value) {
      return set("Password", value);
    }

    /**
     * The username to connect to the data source.
     *
     * <p>Length: 0 to 512 characters. Pattern: {@code ^&#92;S+$}. CloudFormation property {@code
     * Username}.
     */
    public BasicAuthenticationCredentials username(String value) {
      return set("Username", Value.of(value));
    }

    /** Sets {@code Username} to this value; see {@link #username(String)}. */
    public BasicAuthenticationCredentials username(Value<String> value) {
      return set("Username", value);
    }
  }

  /**
   * A structure that is used to specify a connection to create or update.
   *
   * <p>Property type {@code AWS::Glue::Connection.ConnectionInput}.
   */
  public static final class ConnectionInput extends Struct<ConnectionInput> {
    private static final Schema SCHEMA = Schema.builder("AWS::Glue::Connection.ConnectionInput")
        .required("ConnectionType")
        .constrain("ConnectionProperties", Constraint.of().format("json"))
        .allowed("ConnectionType", "ADOBEANALYTICS", "ASANA", "AZURECOSMOS", "AZURESQL", "BIGQUERY",
            "BLACKBAUD", "BLACKBAUDRAISEREDGENXT", "CIRCLECI", "CLOUDERAHIVE", "CLOUDERAIMPALA",
            "CLOUDWATCH", "CLOUDWATCHMETRICS", "CMDB", "CUSTOM", "DATADOG", "DATALAKEGEN2", "DB2",
            "DB2AS400", "DOCUMENTDB", "DOCUSIGNMONITOR", "DOMO", "DYNAMODB", "DYNATRACE",
            "FACEBOOKADS", "FACEBOOKPAGEINSIGHTS", "FRESHDESK", "FRESHSALES", "GITLAB", "GOOGLEADS",
            "GOOGLEANALYTICS4", "GOOGLECLOUDSTORAGE", "GOOGLESEARCHCONSOLE", "GOOGLESHEETS",
            "HBASE", "HUBSPOT", "INSTAGRAMADS", "INTERCOM", "JDBC", "JIRACLOUD", "KAFKA",
            "KUSTOMER", "LINKEDIN", "MAILCHIMP", "MARKETO", "MARKETPLACE",
            "MICROSOFTDYNAMIC365FINANCEANDOPS", "MICROSOFTDYNAMICS365CRM", "MICROSOFTTEAMS",
            "MIXPANEL", "MONDAY", "MONGODB", "MYSQL", "NETSUITEERP", "NETWORK", "OKTA",
            "OPENSEARCH", "ORACLE", "PAYPAL", "PENDO", "PIPEDIVE", "PIPEDRIVE", "POSTGRESQL",
            "PRODUCTBOARD", "QUICKBOOKS", "SALESFORCE", "SALESFORCECOMMERCECLOUD",
            "SALESFORCEMARKETINGCLOUD", "SALESFORCEPARDOT", "SAPCONCUR", "SAPHANA", "SAPODATA",
            "SENDGRID", "SERVICENOW", "SFTP", "SLACK", "SMARTSHEET", "SNAPCHATADS", "SQLSERVER",
            "STRIPE", "SYNAPSE", "TERADATA", "TERADATANOS", "TIMESTREAM", "TPCDS", "TWILIO",
            "VERTICA", "VIEW_VALIDATION_ATHENA", "VIEW_VALIDATION_REDSHIFT", "WOOCOMMERCE",
            "ZENDESK", "ZOHOCRM", "ZOOM")
        .constrain("Description", Constraint.of().minLength(0).maxLength(2048))
        .constrain("MatchCriteria", Constraint.of().minLength(1).maxLength(255))
        .constrain("Name", Constraint.of().minLength(1).maxLength(255))
        .allowed("ValidateForComputeEnvironments", "ATHENA", "PYTHON", "SPARK")
        .build();

    public ConnectionInput() {
      super(SCHEMA);
    }

    /**
     * Connection properties specific to the Athena compute environment.
     *
     * <p>CloudFormation property {@code AthenaProperties}.
     */
    public ConnectionInput athenaProperties(Value<Json> value) {
      return set("AthenaProperties", value);
    }

    /**
     * The authentication properties of the connection.
     *
     * <p>CloudFormation property {@code AuthenticationConfiguration}.
     */
    public ConnectionInput authenticationConfiguration(Value<AuthenticationConfiguration> value) {
      return set("AuthenticationConfiguration", value);
    }

    /**
     * These key-value pairs define parameters for the connection.
     *
     * <p>Format: {@code json}. CloudFormation property {@code ConnectionProperties}.
     */
    public ConnectionInput connectionProperties(Value<Json> value) {
      return set("ConnectionProperties", value);
    }

    /**
     * The type of the connection. Currently, these types are supported:
     *
     * <ul> <li><code>JDBC</code> - Designates a connection to a database through Java Database
     * Connectivity (JDBC). </ul>
     *
     * <p><code>JDBC</code> Connections use the following ConnectionParameters.
     *
     * <ul> <li>Required: All of ( <code>HOST</code> , <code>PORT</code> , <code>JDBC_ENGINE</code>
     * ) or <code>JDBC_CONNECTION_URL</code> . <li>Required: All of ( <code>USERNAME</code> ,
     * <code>PASSWORD</code> ) or <code>SECRET_ID</code> . <li>Optional:
     * <code>JDBC_ENFORCE_SSL</code> , <code>CUSTOM_JDBC_CERT</code> ,
     * <code>CUSTOM_JDBC_CERT_STRING</code> , <code>SKIP_CUSTOM_JDBC_CERT_VALIDATION</code> . These
     * parameters are used to configure SSL with JDBC. <li><code>KAFKA</code> - Designates a
     * connection to an Apache Kafka streaming platform. </ul>
     *
     * <p><code>KAFKA</code> Connections use the following ConnectionParameters.
     *
     * <ul> <li>Required: <code>KAFKA_BOOTSTRAP_SERVERS</code> . <li>Optional:
     * <code>KAFKA_SSL_ENABLED</code> , <code>KAFKA_CUSTOM_CERT</code> ,
     * <code>KAFKA_SKIP_CUSTOM_CERT_VALIDATION</code> . These parameters are used to configure SSL
     * with <code>KAFKA</code> . <li>Optional: <code>KAFKA_CLIENT_KEYSTORE</code> ,
     * <code>KAFKA_CLIENT_KEYSTORE_PASSWORD</code> , <code>KAFKA_CLIENT_KEY_PASSWORD</code> ,
     * <code>ENCRYPTED_KAFKA_CLIENT_KEYSTORE_PASSWORD</code> ,
     * <code>ENCRYPTED_KAFKA_CLIENT_KEY_PASSWORD</code> . These parameters are used to configure TLS
     * client configuration with SSL in <code>KAFKA</code> . <li>Optional:
     * <code>KAFKA_SASL_MECHANISM</code> . Can be specified as <code>SCRAM-SHA-512</code> ,
     * <code>GSSAPI</code> , or <code>AWS_MSK_IAM</code> . <li>Optional:
     * <code>KAFKA_SASL_SCRAM_USERNAME</code> , <code>KAFKA_SASL_SCRAM_PASSWORD</code> ,
     * <code>ENCRYPTED_KAFKA_SASL_SCRAM_PASSWORD</code> . These parameters are used to configure
     * SASL/SCRAM-SHA-512 authentication with <code>KAFKA</code> . <li>Optional:
     * <code>KAFKA_SASL_GSSAPI_KEYTAB</code> , <code>KAFKA_SASL_GSSAPI_KRB5_CONF</code> ,
     * <code>KAFKA_SASL_GSSAPI_SERVICE</code> , <code>KAFKA_SASL_GSSAPI_PRINCIPAL</code> . These
     * parameters are used to configure SASL/GSSAPI authentication with <code>KAFKA</code> .
     * <li><code>MONGODB</code> - Designates a connection to a MongoDB document database. </ul>
     *
     * <p><code>MONGODB</code> Connections use the following ConnectionParameters.
     *
     * <ul> <li>Required: <code>CONNECTION_URL</code> . <li>Required: All of ( <code>USERNAME</code>
     * , <code>PASSWORD</code> ) or <code>SECRET_ID</code> .
     * <li><code>VIEW_VALIDATION_REDSHIFT</code> - Designates a connection used for view validation
     * by Amazon Redshift. <li><code>VIEW_VALIDATION_ATHENA</code> - Designates a connection used
     * for view validation by Amazon Athena. <li><code>NETWORK</code> - Designates a network
     * connection to a data source within an Amazon Virtual Private Cloud environment (Amazon VPC).
     * </ul>
     *
     * <p><code>NETWORK</code> Connections do not require ConnectionParameters. Instead, provide a
     * PhysicalConnectionRequirements.
     *
     * <ul> <li><code>MARKETPLACE</code> - Uses configuration settings contained in a connector
     * purchased from AWS Marketplace to read from and write to data stores that are not natively
     * supported by AWS Glue . </ul>
     *
     * <p><code>MARKETPLACE</code> Connections use the following ConnectionParameters.
     *
     * <ul> <li>Required: <code>CONNECTOR_TYPE</code> , <code>CONNECTOR_URL</code> ,
     * <code>CONNECTOR_CLASS_NAME</code> , <code>CONNECTION_URL</code> . <li>Required for
     * <code>JDBC</code> <code>CONNECTOR_TYPE</code> connections: All of ( <code>USERNAME</code> ,
     * <code>PASSWORD</code> ) or <code>SECRET_ID</code> . <li><code>CUSTOM</code> - Uses
     * configuration settings contained in a custom connector to read from and write to data stores
     * that are not natively supported by AWS Glue . </ul>
     *
     * <p>For more information on the connection parameters needed for a particular connector, see
     * the documentation for the connector in <a
     * href="https://docs.aws.amazon.com/glue/latest/dg/console-connections.html">Adding an AWS Glue
     * connection</a> in the AWS Glue User Guide.
     *
     * <p><code>SFTP</code> is not supported.
     *
     * <p>For more information about how optional ConnectionProperties are used to configure
     * features in AWS Glue , consult <a
     * href="https://docs.aws.amazon.com/glue/latest/dg/connection-defining.html">AWS Glue
     * connection properties</a> .
     *
     * <p>For more information about how optional ConnectionProperties are used to configure
     * features in AWS Glue Studio, consult <a
     * href="https://docs.aws.amazon.com/glue/latest/ug/connectors-chapter.html">Using connectors
     * and connections</a> .
     *
     * <p>Required. Allowed values: {@code ADOBEANALYTICS}, {@code ASANA}, {@code AZURECOSMOS},
     * {@code AZURESQL}, {@code BIGQUERY}, {@code BLACKBAUD}, {@code BLACKBAUDRAISEREDGENXT}, {@code
     * CIRCLECI}, {@code CLOUDERAHIVE}, {@code CLOUDERAIMPALA}, {@code CLOUDWATCH}, {@code
     * CLOUDWATCHMETRICS}, {@code CMDB}, {@code CUSTOM}, {@code DATADOG}, {@code DATALAKEGEN2},
     * {@code DB2}, {@code DB2AS400}, {@code DOCUMENTDB}, {@code DOCUSIGNMONITOR}, {@code DOMO},
     * {@code DYNAMODB}, {@code DYNATRACE}, {@code FACEBOOKADS}, {@code FACEBOOKPAGEINSIGHTS},
     * {@code FRESHDESK}, {@code FRESHSALES}, {@code GITLAB}, {@code GOOGLEADS}, {@code
     * GOOGLEANALYTICS4}, {@code GOOGLECLOUDSTORAGE}, {@code GOOGLESEARCHCONSOLE}, {@code
     * GOOGLESHEETS}, {@code HBASE}, {@code HUBSPOT}, {@code INSTAGRAMADS}, {@code INTERCOM}, {@code
     * JDBC}, {@code JIRACLOUD}, {@code KAFKA}, {@code KUSTOMER}, {@code LINKEDIN}, {@code
     * MAILCHIMP}, {@code MARKETO}, {@code MARKETPLACE}, {@code MICROSOFTDYNAMIC365FINANCEANDOPS},
     * {@code MICROSOFTDYNAMICS365CRM}, {@code MICROSOFTTEAMS}, {@code MIXPANEL}, {@code MONDAY},
     * {@code MONGODB}, {@code MYSQL}, {@code NETSUITEERP}, {@code NETWORK}, {@code OKTA}, {@code
     * OPENSEARCH}, {@code ORACLE}, {@code PAYPAL}, {@code PENDO}, {@code PIPEDIVE}, {@code
     * PIPEDRIVE}, {@code POSTGRESQL}, {@code PRODUCTBOARD}, {@code QUICKBOOKS}, {@code SALESFORCE},
     * {@code SALESFORCECOMMERCECLOUD}, {@code SALESFORCEMARKETINGCLOUD}, {@code SALESFORCEPARDOT},
     * {@code SAPCONCUR}, {@code SAPHANA}, {@code SAPODATA}, {@code SENDGRID}, {@code SERVICENOW},
     * {@code SFTP}, {@code SLACK}, {@code SMARTSHEET}, {@code SNAPCHATADS}, {@code SQLSERVER},
     * {@code STRIPE}, {@code SYNAPSE}, {@code TERADATA}, {@code TERADATANOS}, {@code TIMESTREAM},
     * {@code TPCDS}, {@code TWILIO}, {@code VERTICA}, {@code VIEW_VALIDATION_ATHENA}, {@code
     * VIEW_VALIDATION_REDSHIFT}, {@code WOOCOMMERCE}, {@code ZENDESK}, {@code ZOHOCRM}, {@code
     * ZOOM}. CloudFormation property {@code ConnectionType}.
     */
    public ConnectionInput connectionType(String value) {
      return set("ConnectionType", Value.of(value));
    }

    /** Sets {@code ConnectionType} to this value; see {@link #connectionType(String)}. */
    public ConnectionInput connectionType(Value<String> value) {
      return set("ConnectionType", value);
    }

    /**
     * The description of the connection.
     *
     * <p>Length: 0 to 2048 characters. CloudFormation property {@code Description}.
     */
    public ConnectionInput description(String value) {
      return set("Description", Value.of(value));
    }

    /** Sets {@code Description} to this value; see {@link #description(String)}. */
    public ConnectionInput description(Value<String> value) {
      return set("Description", value);
    }

    /**
     * A list of criteria that can be used in selecting this connection.
     *
     * <p>Length: 1 to 255 characters. CloudFormation property {@code MatchCriteria}.
     */
    public ConnectionInput matchCriteria(List<String> value) {
      return set("MatchCriteria", Value.listOf(value));
    }

    /** Sets {@code MatchCriteria} to this value; see {@link #matchCriteria(List)}. */
    public ConnectionInput matchCriteria(Value<List<String>> value) {
      return set("MatchCriteria", value);
    }

    /**
     * The name of the connection.
     *
     * <p>Changing it replaces the resource. Length: 1 to 255 characters. CloudFormation property
     * {@code Name}.
     */
    public ConnectionInput name(String value) {
      return set("Name", Value.of(value));
    }

    /** Sets {@code Name} to this value; see {@link #name(String)}. */
    public ConnectionInput name(Value<String> value) {
      return set("Name", value);
    }

    /**
     * The physical connection requirements, such as virtual private cloud (VPC) and
     * <code>SecurityGroup</code> , that are needed to successfully make this connection.
     *
     * <p>CloudFormation property {@code PhysicalConnectionRequirements}.
     */
    public ConnectionInput physicalConnectionRequirements(Value<PhysicalConnectionRequirements> value) {
      return set("PhysicalConnectionRequirements", value);
    }

    /**
     * Connection properties specific to the Python compute environment.
     *
     * <p>CloudFormation property {@code PythonProperties}.
     */
    public ConnectionInput pythonProperties(Value<Json> value) {
      return set("PythonProperties", value);
    }

    /**
     * Connection properties specific to the Spark compute environment.
     *
     * <p>CloudFormation property {@code SparkProperties}.
     */
    public ConnectionInput sparkProperties(Value<Json> value) {
      return set("SparkProperties", value);
    }

    /**
     * A flag to validate the credentials during create connection. Default is true.
     *
     * <p>CloudFormation property {@code ValidateCredentials}.
     */
    public ConnectionInput validateCredentials(boolean value) {
      return set("ValidateCredentials", Value.of(value));
    }

    /**
     * Sets {@code ValidateCredentials} to this value; see {@link #validateCredentials(boolean)}.
     */
    public ConnectionInput validateCredentials(Value<Boolean> value) {
      return set("ValidateCredentials", value);
    }

    /**
     * The compute environments that the specified connection properties are validated against.
     *
     * <p>Allowed values: {@code ATHENA}, {@code PYTHON}, {@code SPARK}. CloudFormation property
     * {@code ValidateForComputeEnvironments}.
     */
    public ConnectionInput validateForComputeEnvironments(List<String> value) {
      return set("ValidateForComputeEnvironments", Value.listOf(value));
    }

    /**
     * Sets {@code ValidateForComputeEnvironments} to this value; see {@link
     * #validateForComputeEnvironments(List)}.
     */
    public ConnectionInput validateForComputeEnvironments(Value<List<String>> value) {
      return set("ValidateForComputeEnvironments", value);
    }
  }

  /**
   * The OAuth2 client app used for the connection.
   *
   * <p>Property type {@code AWS::Glue::Connection.OAuth2ClientApplication}.
   */
  public static final class OAuth2ClientApplication extends Struct<OAuth2ClientApplication> {
    private static final Schema SCHEMA = Schema.builder("AWS::Glue::Connection.OAuth2ClientApplication")
        .constrain("AWSManagedClientApplicationReference", Constraint.of().pattern("^\\S+$").minLength(0).maxLength(2048))
        .constrain("UserManagedClientApplicationClientId", Constraint.of().pattern("^\\S+$").minLength(0).maxLength(2048))
        .build();

    public OAuth2ClientApplication() {
      super(SCHEMA);
    }

    /**
     * The reference to the SaaS-side client app that is AWS managed.
     *
     * <p>Length: 0 to 2048 characters. Pattern: {@code ^&#92;S+$}. CloudFormation property {@code
     * AWSManagedClientApplicationReference}.
     */
    public OAuth2ClientApplication awsManagedClientApplicationReference(String value) {
      return set("AWSManagedClientApplicationReference", Value.of(value));
    }

    /**
     * Sets {@code AWSManagedClientApplicationReference} to this value; see {@link
     * #awsManagedClientApplicationReference(String)}.
     */
    public OAuth2ClientApplication awsManagedClientApplicationReference(Value<String> value) {
      return set("AWSManagedClientApplicationReference", value);
    }

    /**
     * The client application clientID if the ClientAppType is <code>USER_MANAGED</code> .
     *
     * <p>Length: 0 to 2048 characters. Pattern: {@code ^&#92;S+$}. CloudFormation property {@code
     * UserManagedClientApplicationClientId}.
     */
    public OAuth2ClientApplication userManagedClientApplicationClientId(String value) {
      return set("UserManagedClientApplicationClientId", Value.of(value));
    }

    /**
     * Sets {@code UserManagedClientApplicationClientId} to this value; see {@link
     * #userManagedClientApplicationClientId(String)}.
     */
    public OAuth2ClientApplication userManagedClientApplicationClientId(Value<String> value) {
      return set("UserManagedClientApplicationClientId", value);
    }
  }

  /**
   * The credentials used when the authentication type is OAuth2 authentication.
   *
   * <p>Property type {@code AWS::Glue::Connection.OAuth2Credentials}.
   */
  public static final class OAuth2Credentials extends Struct<OAuth2Credentials> {
    private static final Schema SCHEMA = Schema.builder("AWS::Glue::Connection.OAuth2Credentials")
        .constrain("AccessToken", Constraint.of().pattern("^[\\x20-\\x7E]*$").minLength(0).maxLength(4096))
        .constrain("JwtToken", Constraint.of().pattern("^([a-zA-Z0-9_=]+)\\.([a-zA-Z0-9_=]+)\\.([a-zA-Z0-9_\\-\\+\\/=]*)$").minLength(0).maxLength(8000))
        .constrain("RefreshToken", Constraint.of().pattern("^[\\x20-\\x7E]*$").minLength(0).maxLength(4096))
        .constrain("UserManagedClientApplicationClientSecret", Constraint.of().pattern("^[\\x20-\\x7E]*$").minLength(0).maxLength(512))
        .build();

    public OAuth2Credentials() {
      super(SCHEMA);
    }

    /**
     * The access token used when the authentication type is OAuth2.
     *
     * <p>Length: 0 to 4096 characters. Pattern: {@code ^[&#92;x20-&#92;x7E]*$}. CloudFormation
     * property {@code AccessToken}.
     */
    public OAuth2Credentials accessToken(String value) {
      return set("AccessToken", Value.of(value));
    }

    /** Sets {@code AccessToken} to this value; see {@link #accessToken(String)}. */
    public OAuth2Credentials accessToken(Value<String> value) {
      return set("AccessToken", value);
    }

    /**
     * The JSON Web Token (JWT) used when the authentication type is OAuth2.
     *
     * <p>Length: 0 to 8000 characters. Pattern: {@code
     * ^([a-zA-Z0-9_=]+)&#92;.([a-zA-Z0-9_=]+)&#92;.([a-zA-Z0-9_&#92;-&#92;+&#92;/=]*)$}.
     * CloudFormation property {@code JwtToken}.
     */
    public OAuth2Credentials jwtToken(String value) {
      return set("JwtToken", Value.of(value));
    }

    /** Sets {@code JwtToken} to this value; see {@link #jwtToken(String)}. */
    public OAuth2Credentials jwtToken(Value<String> value) {
      return set("JwtToken", value);
    }

    /**
     * The refresh token used when the authentication type is OAuth2.
     *
     * <p>Length: 0 to 4096 characters. Pattern: {@code ^[&#92;x20-&#92;x7E]*$}. CloudFormation
     * property {@code RefreshToken}.
     */
    public OAuth2Credentials refreshToken(String value) {
      return set("RefreshToken", Value.of(value));
    }

    /** Sets {@code RefreshToken} to this value; see {@link #refreshToken(String)}. */
    public OAuth2Credentials refreshToken(Value<String> value) {
      return set("RefreshToken", value);
    }

    /**
     * The client application client secret if the client application is user managed.
     *
     * <p>Length: 0 to 512 characters. Pattern: {@code ^[&#92;x20-&#92;x7E]*$}. CloudFormation
     * property {@code UserManagedClientApplicationClientSecret}.
     */
    public OAuth2Credentials userManagedClientApplicationClientSecret(String value) {
      return set("UserManagedClientApplicationClientSecret", Value.of(value));
    }

    /**
     * Sets {@code UserManagedClientApplicationClientSecret} to this value; see {@link
     * #userManagedClientApplicationClientSecret(String)}.
     */
    public OAuth2Credentials userManagedClientApplicationClientSecret(Value<String> value) {
      return set("UserManagedClientApplicationClientSecret", value);
    }
  }

  /**
   * A structure containing the authentication credentials in the CreateConnection request.
   *
   * <p>Property type {@code AWS::Glue::Connection.OAuth2Properties}.
   */
  public static final class OAuth2Properties extends Struct<OAuth2Properties> {
    private static final Schema SCHEMA = Schema.builder("AWS::Glue::Connection.OAuth2Properties")
        .allowed("OAuth2GrantType", "AUTHORIZATION_CODE", "CLIENT_CREDENTIALS", "JWT_BEARER",
            "REFRESH_TOKEN")
        .constrain("TokenUrl", Constraint.of().pattern("^(https?)://[-a-zA-Z0-9+&@#/%?=~_|!:,.;]*[-a-zA-Z0-9+&@#/%=~_|]$").minLength(0).maxLength(256))
        .build();

    public OAuth2Properties() {
      super(SCHEMA);
    }

    /**
     * A structure containing the authorization code used in the authentication configuration.
     *
     * <p>CloudFormation property {@code AuthorizationCodeProperties}.
     */
    public OAuth2Properties authorizationCodeProperties(Value<AuthorizationCodeProperties> value) {
      return set("AuthorizationCodeProperties", value);
    }

    /**
     * The OAuth2 client app used for the connection.
     *
     * <p>CloudFormation property {@code OAuth2ClientApplication}.
     */
    public OAuth2Properties oAuth2ClientApplication(Value<OAuth2ClientApplication> value) {
      return set("OAuth2ClientApplication", value);
    }

    /**
     * A structure containing the OAuth2 credentials used in the authentication configuration.
     *
     * <p>CloudFormation property {@code OAuth2Credentials}.
     */
    public OAuth2Properties oAuth2Credentials(Value<OAuth2Credentials> value) {
      return set("OAuth2Credentials", value);
    }

    /**
     * The grant type used in the authentication configuration.
     *
     * <p>Allowed values: {@code AUTHORIZATION_CODE}, {@code CLIENT_CREDENTIALS}, {@code
     * JWT_BEARER}, {@code REFRESH_TOKEN}. CloudFormation property {@code OAuth2GrantType}.
     */
    public OAuth2Properties oAuth2GrantType(String value) {
      return set("OAuth2GrantType", Value.of(value));
    }

    /** Sets {@code OAuth2GrantType} to this value; see {@link #oAuth2GrantType(String)}. */
    public OAuth2Properties oAuth2GrantType(Value<String> value) {
      return set("OAuth2GrantType", value);
    }

    /**
     * The URL used in the authentication configuration.
     *
     * <p>Length: 0 to 256 characters. Pattern: {@code
     * ^(https?)://[-a-zA-Z0-9+&amp;&#64;#/%?=~_|!:,.;]*[-a-zA-Z0-9+&amp;&#64;#/%=~_|]$}.
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
     * A map of key-value pairs used in the authentication configuration.
     *
     * <p>CloudFormation property {@code TokenUrlParametersMap}.
     */
    public OAuth2Properties tokenUrlParametersMap(Value<Json> value) {
      return set("TokenUrlParametersMap", value);
    }
  }

  /**
   * The OAuth client app in GetConnection response.
   *
   * <p>Property type {@code AWS::Glue::Connection.PhysicalConnectionRequirements}.
   */
  public static final class PhysicalConnectionRequirements extends Struct<PhysicalConnectionRequirements> {
    private static final Schema SCHEMA = Schema.builder("AWS::Glue::Connection.PhysicalConnectionRequirements")
        .constrain("AvailabilityZone", Constraint.of().minLength(1).maxLength(255))
        .constrain("SecurityGroupIdList", Constraint.of().minLength(1).maxLength(255).format("AWS::EC2::SecurityGroup.Id"))
        .constrain("SubnetId", Constraint.of().minLength(1).maxLength(255).format("AWS::EC2::Subnet.Id"))
        .build();

    public PhysicalConnectionRequirements() {
      super(SCHEMA);
    }

    /**
     * The connection's Availability Zone.
     *
     * <p>Length: 1 to 255 characters. CloudFormation property {@code AvailabilityZone}.
     */
    public PhysicalConnectionRequirements availabilityZone(String value) {
      return set("AvailabilityZone", Value.of(value));
    }

    /** Sets {@code AvailabilityZone} to this value; see {@link #availabilityZone(String)}. */
    public PhysicalConnectionRequirements availabilityZone(Value<String> value) {
      return set("AvailabilityZone", value);
    }

    /**
     * The security group ID list used by the connection.
     *
     * <p>Length: 1 to 255 characters. Format: {@code AWS::EC2::SecurityGroup.Id}. CloudFormation
     * property {@code SecurityGroupIdList}.
     */
    public PhysicalConnectionRequirements securityGroupIdList(List<String> value) {
      return set("SecurityGroupIdList", Value.listOf(value));
    }

    /** Sets {@code SecurityGroupIdList} to this value; see {@link #securityGroupIdList(List)}. */
    public PhysicalConnectionRequirements securityGroupIdList(Value<List<String>> value) {
      return set("SecurityGroupIdList", value);
    }

    /**
     * The subnet ID used by the connection.
     *
     * <p>Length: 1 to 255 characters. Format: {@code AWS::EC2::Subnet.Id}. CloudFormation property
     * {@code SubnetId}.
     */
    public PhysicalConnectionRequirements subnetId(String value) {
      return set("SubnetId", Value.of(value));
    }

    /** Sets {@code SubnetId} to this value; see {@link #subnetId(String)}. */
    public PhysicalConnectionRequirements subnetId(Value<String> value) {
      return set("SubnetId", value);
    }
  }
}
