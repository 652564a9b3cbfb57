// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.datazone;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.fn.Json;
import io.tropo4j.fn.Value;
import java.util.List;
import java.util.Map;

/**
 * In Amazon DataZone, a connection enables you to connect your resources (domains, projects, and
 * environments) to external resources and services.
 *
 * <p>CloudFormation type {@code AWS::DataZone::Connection}.
 */
public final class Connection extends Resource<Connection> {
  private static final Schema SCHEMA = Schema.builder("AWS::DataZone::Connection")
      .required("DomainIdentifier", "Name")
      .constrain("Description", Constraint.of().pattern("^[\\S\\s]*$").maxLength(128))
      .constrain("DomainIdentifier", Constraint.of().pattern("^dzd[_-][a-zA-Z0-9_-]{1,36}$"))
      .constrain("EnvironmentIdentifier", Constraint.of().pattern("^[a-zA-Z0-9_-]{1,36}$"))
      .constrain("Name", Constraint.of().pattern("^[\\w][\\w\\.\\-\\_]*$").maxLength(64))
      .allowed("Scope", "DOMAIN", "PROJECT")
      .attributes("ConnectionId", "DomainId", "DomainUnitId", "EnvironmentId",
          "EnvironmentUserRole", "ProjectId", "Type")
      .build();

  public Connection(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The location where the connection is created.
   *
   * <p>CloudFormation property {@code AwsLocation}.
   */
  public Connection awsLocation(Value<AwsLocation> value) {
    return set("AwsLocation", value);
  }

  /**
   * The configurations of the connection.
   *
   * <p>CloudFormation property {@code Configurations}.
   */
  public Connection configurations(List<ConnectionConfiguration> value) {
    return set("Configurations", Value.listOf(value));
  }

  /** Sets {@code Configurations} to this value; see {@link #configurations(List)}. */
  public Connection configurations(Value<List<ConnectionConfiguration>> value) {
    return set("Configurations", value);
  }

  /** Sets {@code Configurations} to a list of these; see {@link #configurations(List)}. */
  public Connection configurations(ConnectionConfiguration... values) {
    return set("Configurations", Value.list(values));
  }

  /**
   * Connection description.
   *
   * <p>Length: at most 128 characters. Pattern: {@code ^[&#92;S&#92;s]*$}. CloudFormation property
   * {@code Description}.
   */
  public Connection description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public Connection description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * The ID of the domain where the connection is created.
   *
   * <p>Required. Changing it replaces the resource. Pattern: {@code ^dzd[_-][a-zA-Z0-9_-]{1,36}$}.
   * CloudFormation property {@code DomainIdentifier}.
   */
  public Connection domainIdentifier(String value) {
    return set("DomainIdentifier", Value.of(value));
  }

  /** Sets {@code DomainIdentifier} to this value; see {@link #domainIdentifier(String)}. */
  public Connection domainIdentifier(Value<String> value) {
    return set("DomainIdentifier", value);
  }

  /**
   * Specifies whether the trusted identity propagation is enabled
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code
   * EnableTrustedIdentityPropagation}.
   */
  public Connection enableTrustedIdentityPropagation(boolean value) {
    return set("EnableTrustedIdentityPropagation", Value.of(value));
  }

  /**
   * Sets {@code EnableTrustedIdentityPropagation} to this value; see {@link
   * #enableTrustedIdentityPropagation(boolean)}.
   */
  public Connection enableTrustedIdentityPropagation(Value<Boolean> value) {
    return set("EnableTrustedIdentityPropagation", value);
  }

  /**
   * The ID of the environment where the connection is created.
   *
   * <p>Changing it replaces the resource. Pattern: {@code ^[a-zA-Z0-9_-]{1,36}$}. CloudFormation
   * property {@code EnvironmentIdentifier}.
   */
  public Connection environmentIdentifier(String value) {
    return set("EnvironmentIdentifier", Value.of(value));
  }

  /**
   * Sets {@code EnvironmentIdentifier} to this value; see {@link #environmentIdentifier(String)}.
   */
  public Connection environmentIdentifier(Value<String> value) {
    return set("EnvironmentIdentifier", value);
  }

  /**
   * The name of the connection.
   *
   * <p>Required. Changing it replaces the resource. Length: at most 64 characters. Pattern: {@code
   * ^[&#92;w][&#92;w&#92;.&#92;-&#92;_]*$}. CloudFormation property {@code Name}.
   */
  public Connection name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public Connection name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * The identifier of the project in which the connection should be created. If
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code ProjectIdentifier}.
   */
  public Connection projectIdentifier(String value) {
    return set("ProjectIdentifier", Value.of(value));
  }

  /** Sets {@code ProjectIdentifier} to this value; see {@link #projectIdentifier(String)}. */
  public Connection projectIdentifier(Value<String> value) {
    return set("ProjectIdentifier", value);
  }

  /**
   * Connection props.
   *
   * <p>CloudFormation property {@code Props}.
   */
  public Connection props(Value<ConnectionPropertiesInput> value) {
    return set("Props", value);
  }

  /**
   * The scope of the connection.
   *
   * <p>Changing it replaces the resource. Allowed values: {@code DOMAIN}, {@code PROJECT}.
   * CloudFormation property {@code Scope}.
   */
  public Connection scope(String value) {
    return set("Scope", Value.of(value));
  }

  /** Sets {@code Scope} to this value; see {@link #scope(String)}. */
  public Connection scope(Value<String> value) {
    return set("Scope", value);
  }

  /**
   * The ID of the connection.
   *
   * <p>{@code Fn::GetAtt} attribute {@code ConnectionId}.
   */
  public Value<String> connectionId() {
    return getAtt("ConnectionId");
  }

  /**
   * The domain ID of the connection.
   *
   * <p>{@code Fn::GetAtt} attribute {@code DomainId}.
   */
  public Value<String> domainId() {
    return getAtt("DomainId");
  }

  /**
   * The domain unit ID of the connection.
   *
   * <p>{@code Fn::GetAtt} attribute {@code DomainUnitId}.
   */
  public Value<String> domainUnitId() {
    return getAtt("DomainUnitId");
  }

  /**
   * The ID of the environment.
   *
   * <p>{@code Fn::GetAtt} attribute {@code EnvironmentId}.
   */
  public Value<String> environmentId() {
    return getAtt("EnvironmentId");
  }

  /**
   * The environment user role.
   *
   * <p>{@code Fn::GetAtt} attribute {@code EnvironmentUserRole}.
   */
  public Value<String> environmentUserRole() {
    return getAtt("EnvironmentUserRole");
  }

  /**
   * The ID of the project.
   *
   * <p>{@code Fn::GetAtt} attribute {@code ProjectId}.
   */
  public Value<String> projectId() {
    return getAtt("ProjectId");
  }

  /**
   * The type of the connection.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Type}.
   */
  public Value<String> typeAttribute() {
    return getAtt("Type");
  }

  /**
   * Amazon Q properties of the connection.
   *
   * <p>Property type {@code AWS::DataZone::Connection.AmazonQPropertiesInput}.
   */
  public static final class AmazonQPropertiesInput extends Struct<AmazonQPropertiesInput> {
    private static final Schema SCHEMA = Schema.of("AWS::DataZone::Connection.AmazonQPropertiesInput");

    public AmazonQPropertiesInput() {
      super(SCHEMA);
    }

    /**
     * The authentication mode of the connection's AmazonQ properties
     *
     * <p>CloudFormation property {@code AuthMode}.
     */
    public AmazonQPropertiesInput authMode(String value) {
      return set("AuthMode", Value.of(value));
    }

    /** Sets {@code AuthMode} to this value; see {@link #authMode(String)}. */
    public AmazonQPropertiesInput authMode(Value<String> value) {
      return set("AuthMode", value);
    }

    /**
     * Specifies whether Amazon Q is enabled for the connection
     *
     * <p>CloudFormation property {@code IsEnabled}.
     */
    public AmazonQPropertiesInput isEnabled(boolean value) {
      return set("IsEnabled", Value.of(value));
    }

    /** Sets {@code IsEnabled} to this value; see {@link #isEnabled(boolean)}. */
    public AmazonQPropertiesInput isEnabled(Value<Boolean> value) {
      return set("IsEnabled", value);
    }

    /** CloudFormation property {@code ProfileArn}. */
    public AmazonQPropertiesInput profileArn(String value) {
      return set("ProfileArn", Value.of(value));
    }

    /** Sets {@code ProfileArn} to this value; see {@link #profileArn(String)}. */
    public AmazonQPropertiesInput profileArn(Value<String> value) {
      return set("ProfileArn", value);
    }
  }

  /**
   * The Amazon Athena properties of a connection.
   *
   * <p>Property type {@code AWS::DataZone::Connection.AthenaPropertiesInput}.
   */
  public static final class AthenaPropertiesInput extends Struct<AthenaPropertiesInput> {
    private static final Schema SCHEMA = Schema.builder("AWS::DataZone::Connection.AthenaPropertiesInput")
        .required("WorkgroupName")
        .build();

    public AthenaPropertiesInput() {
      super(SCHEMA);
    }

    /**
     * The Amazon Athena workgroup name of a connection.
     *
     * <p>Required. CloudFormation property {@code WorkgroupName}.
     */
    public AthenaPropertiesInput workgroupName(String value) {
      return set("WorkgroupName", Value.of(value));
    }

    /** Sets {@code WorkgroupName} to this value; see {@link #workgroupName(String)}. */
    public AthenaPropertiesInput workgroupName(Value<String> value) {
      return set("WorkgroupName", value);
    }
  }

  /**
   * The authentication configuration of a connection.
   *
   * <p>Property type {@code AWS::DataZone::Connection.AuthenticationConfigurationInput}.
   */
  public static final class AuthenticationConfigurationInput extends Struct<AuthenticationConfigurationInput> {
    private static final Schema SCHEMA = Schema.builder("AWS::DataZone::Connection.AuthenticationConfigurationInput")
        .allowed("AuthenticationType", "BASIC", "OAUTH2", "CUSTOM")
        .build();

    public AuthenticationConfigurationInput() {
      super(SCHEMA);
    }

    /**
     * The authentication type of a connection.
     *
     * <p>Allowed values: {@code BASIC}, {@code OAUTH2}, {@code CUSTOM}. CloudFormation property
     * {@code AuthenticationType}.
     */
    public AuthenticationConfigurationInput authenticationType(String value) {
      return set("AuthenticationType", Value.of(value));
    }

    /** Sets {@code AuthenticationType} to this value; see {@link #authenticationType(String)}. */
    public AuthenticationConfigurationInput authenticationType(Value<String> value) {
      return set("AuthenticationType", value);
    }

    /**
     * The basic authentication credentials of a connection.
     *
     * <p>CloudFormation property {@code BasicAuthenticationCredentials}.
     */
    public AuthenticationConfigurationInput basicAuthenticationCredentials(Value<BasicAuthenticationCredentials> value) {
      return set("BasicAuthenticationCredentials", value);
    }

    /**
     * The custom authentication credentials of a connection.
     *
     * <p>CloudFormation property {@code CustomAuthenticationCredentials}.
     */
    public AuthenticationConfigurationInput customAuthenticationCredentials(Map<String, String> value) {
      return set("CustomAuthenticationCredentials", Value.mapOf(value));
    }

    /**
     * Sets {@code CustomAuthenticationCredentials} to this value; see {@link
     * #customAuthenticationCredentials(Map)}.
     */
    public AuthenticationConfigurationInput customAuthenticationCredentials(Value<Map<String, String>> value) {
      return set("CustomAuthenticationCredentials", value);
    }

    /**
     * The KMS key ARN of a connection.
     *
     * <p>CloudFormation property {@code KmsKeyArn}.
     */
    public AuthenticationConfigurationInput kmsKeyArn(String value) {
      return set("KmsKeyArn", Value.of(value));
    }

    /** Sets {@code KmsKeyArn} to this value; see {@link #kmsKeyArn(String)}. */
    public AuthenticationConfigurationInput kmsKeyArn(Value<String> value) {
      return set("KmsKeyArn", value);
    }

    /**
     * The oAuth2 properties of a connection.
     *
     * <p>CloudFormation property {@code OAuth2Properties}.
     */
    public AuthenticationConfigurationInput oAuth2Properties(Value<OAuth2Properties> value) {
      return set("OAuth2Properties", value);
    }

    /**
     * The secret ARN of a connection.
     *
     * <p>CloudFormation property {@code SecretArn}.
     */
    public AuthenticationConfigurationInput secretArn(String value) {
      return set("SecretArn", Value.of(value));
    }

    /** Sets {@code SecretArn} to this value; see {@link #secretArn(String)}. */
    public AuthenticationConfigurationInput secretArn(Value<String> value) {
      return set("SecretArn", value);
    }
  }

  /**
   * The authorization code properties of a connection.
   *
   * <p>Property type {@code AWS::DataZone::Connection.AuthorizationCodeProperties}.
   */
  public static final class AuthorizationCodeProperties extends Struct<AuthorizationCodeProperties> {
    private static final Schema SCHEMA = Schema.of("AWS::DataZone::Connection.AuthorizationCodeProperties");

    public AuthorizationCodeProperties() {
      super(SCHEMA);
    }

    /**
     * The authorization code of a connection.
     *
     * <p>CloudFormation property {@code AuthorizationCode}.
     */
    public AuthorizationCodeProperties authorizationCode(String value) {
      return set("AuthorizationCode", Value.of(value));
    }

    /** Sets {@code AuthorizationCode} to this value; see {@link #authorizationCode(String)}. */
    public AuthorizationCodeProperties authorizationCode(Value<String> value) {
      return set("AuthorizationCode", value);
    }

    /**
     * The redirect URI of a connection.
     *
     * <p>CloudFormation property {@code RedirectUri}.
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
   * The location of a project.
   *
   * <p>Property type {@code AWS::DataZone::Connection.AwsLocation}.
   */
  public static final class AwsLocation extends Struct<AwsLocation> {
    private static final Schema SCHEMA = Schema.builder("AWS::DataZone::Connection.AwsLocation")
        .constrain("AccessRole", Constraint.of().pattern("^arn:aws[^:]*:iam::\\d{12}:role(/[a-zA-Z0-9+=,.@_-]+)*/[a-zA-Z0-9+=,.@_-]+$").maxLength(2048))
        .constrain("AwsAccountId", Constraint.of().pattern("^\\d{12}$"))
        .constrain("AwsRegion", Constraint.of().pattern("^[a-z]{2}-[a-z]{4,10}-\\d$"))
        .constrain("IamConnectionId", Constraint.of().pattern("^[a-zA-Z0-9]+$").maxLength(128))
        .build();

    public AwsLocation() {
      super(SCHEMA);
    }

    /**
     * The access role of a connection.
     *
     * <p>Length: at most 2048 characters. Pattern: {@code
     * ^arn:aws[^:]*:iam::&#92;d{12}:role(/[a-zA-Z0-9+=,.&#64;_-]+)*&#47;[a-zA-Z0-9+=,.&#64;_-]+$}.
     * CloudFormation property {@code AccessRole}.
     */
    public AwsLocation accessRole(String value) {
      return set("AccessRole", Value.of(value));
    }

    /** Sets {@code AccessRole} to this value; see {@link #accessRole(String)}. */
    public AwsLocation accessRole(Value<String> value) {
      return set("AccessRole", value);
    }

    /**
     * The account ID of a connection.
     *
     * <p>Pattern: {@code ^&#92;d{12}$}. CloudFormation property {@code AwsAccountId}.
     */
    public AwsLocation awsAccountId(String value) {
      return set("AwsAccountId", Value.of(value));
    }

    /** Sets {@code AwsAccountId} to this value; see {@link #awsAccountId(String)}. */
    public AwsLocation awsAccountId(Value<String> value) {
      return set("AwsAccountId", value);
    }

    /**
     * The Region of a connection.
     *
     * <p>Pattern: {@code ^[a-z]{2}-[a-z]{4,10}-&#92;d$}. CloudFormation property {@code AwsRegion}.
     */
    public AwsLocation awsRegion(String value) {
      return set("AwsRegion", Value.of(value));
    }

    /** Sets {@code AwsRegion} to this value; see {@link #awsRegion(String)}. */
    public AwsLocation awsRegion(Value<String> value) {
      return set("AwsRegion", value);
    }

    /**
     * The IAM connection ID of a connection.
     *
     * <p>Length: at most 128 characters. Pattern: {@code ^[a-zA-Z0-9]+$}. CloudFormation property
     * {@code IamConnectionId}.
     */
    public AwsLocation iamConnectionId(String value) {
      return set("IamConnectionId", Value.of(value));
    }

    /** Sets {@code IamConnectionId} to this value; see {@link #iamConnectionId(String)}. */
    public AwsLocation iamConnectionId(Value<String> value) {
      return set("IamConnectionId", value);
    }
  }

  /**
   * The basic authentication credentials of a connection.
   *
   * <p>Property type {@code AWS::DataZone::Connection.BasicAuthenticationCredentials}.
   */
  public static final class BasicAuthenticationCredentials extends Struct<BasicAuthenticationCredentials> {
    private static final Schema SCHEMA = Schema.of("AWS::DataZone::Connection.BasicAuthenticationCredentials");

    public BasicAuthenticationCredentials() {
      super(SCHEMA);
    }

    /**
     * The password for a connection.
     *
     * <p>CloudFormation property {@code Password}.
     */
    public BasicAuthenticationCredentials password(String value) {
      return set("Password", Value.of(value));
    }

    /** Sets {@code Password} to this value; see {@link #password(String)}. */
    public BasicAuthenticationCredentials password(Value<String> value) {
      return set("Password", value);
    }

    /**
     * The user name for the connecion.
     *
     * <p>CloudFormation property {@code UserName}.
     */
    public BasicAuthenticationCredentials userName(String value) {
      return set("UserName", Value.of(value));
    }

    /** Sets {@code UserName} to this value; see {@link #userName(String)}. */
    public BasicAuthenticationCredentials userName(Value<String> value) {
      return set("UserName", value);
    }
  }

  /**
   * A configuration of the connection.
   *
   * <p>Property type {@code AWS::DataZone::Connection.ConnectionConfiguration}.
   */
  public static final class ConnectionConfiguration extends Struct<ConnectionConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::DataZone::Connection.ConnectionConfiguration")
        .constrain("Classification", Constraint.of().pattern("^[\\w][\\w\\.\\-\\_]*$").maxLength(64))
        .build();

    public ConnectionConfiguration() {
      super(SCHEMA);
    }

    /**
     * The classification of the connection configuration.
     *
     * <p>Length: at most 64 characters. Pattern: {@code ^[&#92;w][&#92;w&#92;.&#92;-&#92;_]*$}.
     * CloudFormation property {@code Classification}.
     */
    public ConnectionConfiguration classification(String value) {
      return set("Classification", Value.of(value));
    }

    /** Sets {@code Classification} to this value; see {@link #classification(String)}. */
    public ConnectionConfiguration classification(Value<String> value) {
      return set("Classification", value);
    }

    /**
     * Property Map
     *
     * <p>CloudFormation property {@code Properties}.
     */
    public ConnectionConfiguration propertiesProperty(Map<String, String> value) {
      return set("Properties", Value.mapOf(value));
    }

    /** Sets {@code Properties} to this value; see {@link #propertiesProperty(Map)}. */
    public ConnectionConfiguration propertiesProperty(Value<Map<String, String>> value) {
      return set("Properties", value);
    }
  }

  /**
   * The properties of a connection.
   *
   * <p>Property type {@code AWS::DataZone::Connection.ConnectionPropertiesInput}.
   */
  public static final class ConnectionPropertiesInput extends Struct<ConnectionPropertiesInput> {
    private static final Schema SCHEMA = Schema.of("AWS::DataZone::Connection.ConnectionPropertiesInput");

    public ConnectionPropertiesInput() {
      super(SCHEMA);
    }

    /**
     * Amazon Q properties of the connection.
     *
     * <p>CloudFormation property {@code AmazonQProperties}.
     */
    public ConnectionPropertiesInput amazonQProperties(Value<AmazonQPropertiesInput> value) {
      return set("AmazonQProperties", value);
    }

    /**
     * The Amazon Athena properties of a connection.
     *
     * <p>CloudFormation property {@code AthenaProperties}.
     */
    public ConnectionPropertiesInput athenaProperties(Value<AthenaPropertiesInput> value) {
      return set("AthenaProperties", value);
    }

    /**
     * The AWS Glue properties of a connection.
     *
     * <p>CloudFormation property {@code GlueProperties}.
     */
    public ConnectionPropertiesInput glueProperties(Value<GluePropertiesInput> value) {
      return set("GlueProperties", value);
    }

    /**
     * The hyper pod properties of a connection.
     *
     * <p>CloudFormation property {@code HyperPodProperties}.
     */
    public ConnectionPropertiesInput hyperPodProperties(Value<HyperPodPropertiesInput> value) {
      return set("HyperPodProperties", value);
    }

    /**
     * The IAM properties of a connection.
     *
     * <p>CloudFormation property {@code IamProperties}.
     */
    public ConnectionPropertiesInput iamProperties(Value<IamPropertiesInput> value) {
      return set("IamProperties", value);
    }

    /**
     * Lakehouse Properties Input
     *
     * <p>CloudFormation property {@code LakehouseProperties}.
     */
    public ConnectionPropertiesInput lakehouseProperties(Value<LakehousePropertiesInput> value) {
      return set("LakehouseProperties", value);
    }

    /**
     * MLflow Properties Input
     *
     * <p>CloudFormation property {@code MlflowProperties}.
     */
    public ConnectionPropertiesInput mlflowProperties(Value<MlflowPropertiesInput> value) {
      return set("MlflowProperties", value);
    }

    /**
     * The Amazon Redshift properties of a connection.
     *
     * <p>CloudFormation property {@code RedshiftProperties}.
     */
    public ConnectionPropertiesInput redshiftProperties(Value<RedshiftPropertiesInput> value) {
      return set("RedshiftProperties", value);
    }

    /**
     * S3 Properties Input
     *
     * <p>CloudFormation property {@code S3Properties}.
     */
    public ConnectionPropertiesInput s3Properties(Value<S3PropertiesInput> value) {
      return set("S3Properties", value);
    }

    /**
     * The Spark EMR properties of a connection.
     *
     * <p>CloudFormation property {@code SparkEmrProperties}.
     */
    public ConnectionPropertiesInput sparkEmrProperties(Value<SparkEmrPropertiesInput> value) {
      return set("SparkEmrProperties", value);
    }

    /**
     * The Spark AWS Glue properties of a connection.
     *
     * <p>CloudFormation property {@code SparkGlueProperties}.
     */
    public ConnectionPropertiesInput sparkGlueProperties(Value<SparkGluePropertiesInput> value) {
      return set("SparkGlueProperties", value);
    }

    /**
     * Workflows MWAA Properties Input
     *
     * <p>CloudFormation property {@code WorkflowsMwaaProperties}.
     */
    public ConnectionPropertiesInput workflowsMwaaProperties(Value<WorkflowsMwaaPropertiesInput> value) {
      return set("WorkflowsMwaaProperties", value);
    }

    /**
     * Workflows Serverless Properties Input
     *
     * <p>CloudFormation property {@code WorkflowsServerlessProperties}.
     */
    public ConnectionPropertiesInput workflowsServerlessProperties(Value<Json> value) {
      return set("WorkflowsServerlessProperties", value);
    }
  }

  /**
   * The AWS Glue connecton input.
   *
   * <p>Property type {@code AWS::DataZone::Connection.GlueConnectionInput}.
   */
  public static final class GlueConnectionInput extends Struct<GlueConnectionInput> {
    private static final Schema SCHEMA = Schema.of("AWS::DataZone::Connection.GlueConnectionInput");

    public GlueConnectionInput() {
      super(SCHEMA);
    }

    /**
     * The Amazon Athena properties of the AWS Glue connection.
     *
     * <p>CloudFormation property {@code AthenaProperties}.
     */
    public GlueConnectionInput athenaProperties(Map<String, String> value) {
      return set("AthenaProperties", Value.mapOf(value));
    }

    /** Sets {@code AthenaProperties} to this value; see {@link #athenaProperties(Map)}. */
    public GlueConnectionInput athenaProperties(Value<Map<String, String>> value) {
      return set("AthenaProperties", value);
    }

    /**
     * The authentication configuration of the AWS Glue connection.
     *
     * <p>CloudFormation property {@code AuthenticationConfiguration}.
     */
    public GlueConnectionInput authenticationConfiguration(Value<AuthenticationConfigurationInput> value) {
      return set("AuthenticationConfiguration", value);
    }

    /**
     * The connection properties of the AWS Glue connection.
     *
     * <p>CloudFormation property {@code ConnectionProperties}.
     */
    public GlueConnectionInput connectionProperties(Map<String, String> value) {
      return set("ConnectionProperties", Value.mapOf(value));
    }

    /** Sets {@code ConnectionProperties} to this value; see {@link #connectionProperties(Map)}. */
    public GlueConnectionInput connectionProperties(Value<Map<String, String>> value) {
      return set("ConnectionProperties", value);
    }

    /**
     * The connection type of the AWS Glue connection.
     *
     * <p>CloudFormation property {@code ConnectionType}.
     */
    public GlueConnectionInput connectionType(String value) {
      return set("ConnectionType", Value.of(value));
    }

    /** Sets {@code ConnectionType} to this value; see {@link #connectionType(String)}. */
    public GlueConnectionInput connectionType(Value<String> value) {
      return set("ConnectionType", value);
    }

    /**
     * The description of the AWS Glue connection.
     *
     * <p>CloudFormation property {@code Description}.
     */
    public GlueConnectionInput description(String value) {
      return set("Description", Value.of(value));
    }

    /** Sets {@code Description} to this value; see {@link #description(String)}. */
    public GlueConnectionInput description(Value<String> value) {
      return set("Description", value);
    }

    /**
     * The match criteria of the AWS Glue connection.
     *
     * <p>CloudFormation property {@code MatchCriteria}.
     */
    public GlueConnectionInput matchCriteria(String value) {
      return set("MatchCriteria", Value.of(value));
    }

    /** Sets {@code MatchCriteria} to this value; see {@link #matchCriteria(String)}. */
    public GlueConnectionInput matchCriteria(Value<String> value) {
      return set("MatchCriteria", value);
    }

    /**
     * The name of the AWS Glue connection.
     *
     * <p>CloudFormation property {@code Name}.
     */
    public GlueConnectionInput name(String value) {
      return set("Name", Value.of(value));
    }

    /** Sets {@code Name} to this value; see {@link #name(String)}. */
    public GlueConnectionInput name(Value<String> value) {
      return set("Name", value);
    }

    /**
     * The physical connection requirements for the AWS Glue connection.
     *
     * <p>CloudFormation property {@code PhysicalConnectionRequirements}.
     */
    public GlueConnectionInput physicalConnectionRequirements(Value<PhysicalConnectionRequirements> value) {
      return set("PhysicalConnectionRequirements", value);
    }

    /**
     * The Python properties of the AWS Glue connection.
     *
     * <p>CloudFormation property {@code PythonProperties}.
     */
    public GlueConnectionInput pythonProperties(Map<String, String> value) {
      return set("PythonProperties", Value.mapOf(value));
    }

    /** Sets {@code PythonProperties} to this value; see {@link #pythonProperties(Map)}. */
    public GlueConnectionInput pythonProperties(Value<Map<String, String>> value) {
      return set("PythonProperties", value);
    }

    /**
     * The Spark properties of the AWS Glue connection.
     *
     * <p>CloudFormation property {@code SparkProperties}.
     */
    public GlueConnectionInput sparkProperties(Map<String, String> value) {
      return set("SparkProperties", Value.mapOf(value));
    }

    /** Sets {@code SparkProperties} to this value; see {@link #sparkProperties(Map)}. */
    public GlueConnectionInput sparkProperties(Value<Map<String, String>> value) {
      return set("SparkProperties", value);
    }

    /**
     * Speciefies whether to validate credentials of the AWS Glue connection.
     *
     * <p>CloudFormation property {@code ValidateCredentials}.
     */
    public GlueConnectionInput validateCredentials(boolean value) {
      return set("ValidateCredentials", Value.of(value));
    }

    /**
     * Sets {@code ValidateCredentials} to this value; see {@link #validateCredentials(boolean)}.
     */
    public GlueConnectionInput validateCredentials(Value<Boolean> value) {
      return set("ValidateCredentials", value);
    }

    /**
     * Speciefies whether to validate for compute environments of the AWS Glue connection.
     *
     * <p>CloudFormation property {@code ValidateForComputeEnvironments}.
     */
    public GlueConnectionInput validateForComputeEnvironments(List<String> value) {
      return set("ValidateForComputeEnvironments", Value.listOf(value));
    }

    /**
     * Sets {@code ValidateForComputeEnvironments} to this value; see {@link
     * #validateForComputeEnvironments(List)}.
     */
    public GlueConnectionInput validateForComputeEnvironments(Value<List<String>> value) {
      return set("ValidateForComputeEnvironments", value);
    }
  }

  /**
   * The GlueOAuth2 credentials of a connection.
   *
   * <p>Property type {@code AWS::DataZone::Connection.GlueOAuth2Credentials}.
   */
  public static final class GlueOAuth2Credentials extends Struct<GlueOAuth2Credentials> {
    private static final Schema SCHEMA = Schema.of("AWS::DataZone::Connection.GlueOAuth2Credentials");

    public GlueOAuth2Credentials() {
      super(SCHEMA);
    }

    /**
     * The access token of a connection.
     *
     * <p>CloudFormation property {@code AccessToken}.
     */
    public GlueOAuth2Credentials accessToken(String value) {
      return set("AccessToken", Value.of(value));
    }

    /** Sets {@code AccessToken} to this value; see {@link #accessToken(String)}. */
    public GlueOAuth2Credentials accessToken(Value<String> value) {
      return set("AccessToken", value);
    }

    /**
     * The jwt token of the connection.
     *
     * <p>CloudFormation property {@code JwtToken}.
     */
    public GlueOAuth2Credentials jwtToken(String value) {
      return set("JwtToken", Value.of(value));
    }

    /** Sets {@code JwtToken} to this value; see {@link #jwtToken(String)}. */
    public GlueOAuth2Credentials jwtToken(Value<String> value) {
      return set("JwtToken", value);
    }

    /**
     * The refresh token of the connection.
     *
     * <p>CloudFormation property {@code RefreshToken}.
     */
    public GlueOAuth2Credentials refreshToken(String value) {
      return set("RefreshToken", Value.of(value));
    }

    /** Sets {@code RefreshToken} to this value; see {@link #refreshToken(String)}. */
    public GlueOAuth2Credentials refreshToken(Value<String> value) {
      return set("RefreshToken", value);
    }

    /**
     * The user managed client application client secret of the connection.
     *
     * <p>CloudFormation property {@code UserManagedClientApplicationClientSecret}.
     */
    public GlueOAuth2Credentials userManagedClientApplicationClientSecret(String value) {
      return set("UserManagedClientApplicationClientSecret", Value.of(value));
    }

    /**
     * Sets {@code UserManagedClientApplicationClientSecret} to this value; see {@link
     * #userManagedClientApplicationClientSecret(String)}.
     */
    public GlueOAuth2Credentials userManagedClientApplicationClientSecret(Value<String> value) {
      return set("UserManagedClientApplicationClientSecret", value);
    }
  }

  /**
   * The AWS Glue properties of a connection.
   *
   * <p>Property type {@code AWS::DataZone::Connection.GluePropertiesInput}.
   */
  public static final class GluePropertiesInput extends Struct<GluePropertiesInput> {
    private static final Schema SCHEMA = Schema.of("AWS::DataZone::Connection.GluePropertiesInput");

    public GluePropertiesInput() {
      super(SCHEMA);
    }

    /**
     * The AWS Glue connection.
     *
     * <p>CloudFormation property {@code GlueConnectionInput}.
     */
    public GluePropertiesInput glueConnectionInput(Value<GlueConnectionInput> value) {
      return set("GlueConnectionInput", value);
    }
  }

  /**
   * The hyper pod properties of a AWS Glue properties patch.
   *
   * <p>Property type {@code AWS::DataZone::Connection.HyperPodPropertiesInput}.
   */
  public static final class HyperPodPropertiesInput extends Struct<HyperPodPropertiesInput> {
    private static final Schema SCHEMA = Schema.builder("AWS::DataZone::Connection.HyperPodPropertiesInput")
        .required("ClusterName")
        .build();

    public HyperPodPropertiesInput() {
      super(SCHEMA);
    }

    /**
     * The cluster name the hyper pod properties.
     *
     * <p>Required. CloudFormation property {@code ClusterName}.
     */
    public HyperPodPropertiesInput clusterName(String value) {
      return set("ClusterName", Value.of(value));
    }

    /** Sets {@code ClusterName} to this value; see {@link #clusterName(String)}. */
    public HyperPodPropertiesInput clusterName(Value<String> value) {
      return set("ClusterName", value);
    }
  }

  /**
   * The IAM properties of a connection.
   *
   * <p>Property type {@code AWS::DataZone::Connection.IamPropertiesInput}.
   */
  public static final class IamPropertiesInput extends Struct<IamPropertiesInput> {
    private static final Schema SCHEMA = Schema.of("AWS::DataZone::Connection.IamPropertiesInput");

    public IamPropertiesInput() {
      super(SCHEMA);
    }

    /**
     * Specifies whether AWS Glue lineage sync is enabled for a connection.
     *
     * <p>CloudFormation property {@code GlueLineageSyncEnabled}.
     */
    public IamPropertiesInput glueLineageSyncEnabled(boolean value) {
      return set("GlueLineageSyncEnabled", Value.of(value));
    }

    /**
     * Sets {@code GlueLineageSyncEnabled} to this value; see {@link
     * #glueLineageSyncEnabled(boolean)}.
     */
    public IamPropertiesInput glueLineageSyncEnabled(Value<Boolean> value) {
      return set("GlueLineageSyncEnabled", value);
    }

    /**
     * The ARN of the IAM role to associate with the connection as the project user role.
     *
     * <p>CloudFormation property {@code RoleArn}.
     */
    public IamPropertiesInput roleArn(String value) {
      return set("RoleArn", Value.of(value));
    }

    /** Sets {@code RoleArn} to this value; see {@link #roleArn(String)}. */
    public IamPropertiesInput roleArn(Value<String> value) {
      return set("RoleArn", value);
    }
  }

  /**
   * Lakehouse Properties Input
   *
   * <p>Property type {@code AWS::DataZone::Connection.LakehousePropertiesInput}.
   */
  public static final class LakehousePropertiesInput extends Struct<LakehousePropertiesInput> {
    private static final Schema SCHEMA = Schema.of("AWS::DataZone::Connection.LakehousePropertiesInput");

    public LakehousePropertiesInput() {
      super(SCHEMA);
    }

    /**
     * Specifies whether Glue lineage sync is enabled for the lakehouse connection.
     *
     * <p>CloudFormation property {@code GlueLineageSyncEnabled}.
     */
    public LakehousePropertiesInput glueLineageSyncEnabled(boolean value) {
      return set("GlueLineageSyncEnabled", Value.of(value));
    }

    /**
     * Sets {@code GlueLineageSyncEnabled} to this value; see {@link
     * #glueLineageSyncEnabled(boolean)}.
     */
    public LakehousePropertiesInput glueLineageSyncEnabled(Value<Boolean> value) {
      return set("GlueLineageSyncEnabled", value);
    }
  }

  /**
   * The lineage sync schedule.
   *
   * <p>Property type {@code AWS::DataZone::Connection.LineageSyncSchedule}.
   */
  public static final class LineageSyncSchedule extends Struct<LineageSyncSchedule> {
    private static final Schema SCHEMA = Schema.of("AWS::DataZone::Connection.LineageSyncSchedule");

    public LineageSyncSchedule() {
      super(SCHEMA);
    }

    /**
     * The lineage sync schedule.
     *
     * <p>CloudFormation property {@code Schedule}.
     */
    public LineageSyncSchedule schedule(String value) {
      return set("Schedule", Value.of(value));
    }

    /** Sets {@code Schedule} to this value; see {@link #schedule(String)}. */
    public LineageSyncSchedule schedule(Value<String> value) {
      return set("Schedule", value);
    }
  }

  /**
   * MLflow Properties Input
   *
   * <p>Property type {@code AWS::DataZone::Connection.MlflowPropertiesInput}.
   */
  public static final class MlflowPropertiesInput extends Struct<MlflowPropertiesInput> {
    private static final Schema SCHEMA = Schema.of("AWS::DataZone::Connection.MlflowPropertiesInput");

    public MlflowPropertiesInput() {
      super(SCHEMA);
    }

    /**
     * The ARN of the MLflow tracking server
     *
     * <p>CloudFormation property {@code TrackingServerArn}.
     */
    public MlflowPropertiesInput trackingServerArn(String value) {
      return set("TrackingServerArn", Value.of(value));
    }

    /** Sets {@code TrackingServerArn} to this value; see {@link #trackingServerArn(String)}. */
    public MlflowPropertiesInput trackingServerArn(Value<String> value) {
      return set("TrackingServerArn", value);
    }
  }

  /**
   * The OAuth2Client application.
   *
   * <p>Property type {@code AWS::DataZone::Connection.OAuth2ClientApplication}.
   */
  public static final class OAuth2ClientApplication extends Struct<OAuth2ClientApplication> {
    private static final Schema SCHEMA = Schema.of("AWS::DataZone::Connection.OAuth2ClientApplication");

    public OAuth2ClientApplication() {
      super(SCHEMA);
    }

    /**
     * The AWS managed client application reference in the OAuth2Client application.
     *
     * <p>CloudFormation property {@code AWSManagedClientApplicationReference}.
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
     * The user managed client application client ID in the OAuth2Client application.
     *
     * <p>CloudFormation property {@code UserManagedClientApplicationClientId}.
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
   * The OAuth2 properties.
   *
   * <p>Property type {@code AWS::DataZone::Connection.OAuth2Properties}.
   */
  public static final class OAuth2Properties extends Struct<OAuth2Properties> {
    private static final Schema SCHEMA = Schema.builder("AWS::DataZone::Connection.OAuth2Properties")
        .allowed("OAuth2GrantType", "AUTHORIZATION_CODE", "CLIENT_CREDENTIALS", "JWT_BEARER")
        .build();

    public OAuth2Properties() {
      super(SCHEMA);
    }

    /**
     * The authorization code properties of the OAuth2 properties.
     *
     * <p>CloudFormation property {@code AuthorizationCodeProperties}.
     */
    public OAuth2Properties authorizationCodeProperties(Value<AuthorizationCodeProperties> value) {
      return set("AuthorizationCodeProperties", value);
    }

    /**
     * The OAuth2 client application of the OAuth2 properties.
     *
     * <p>CloudFormation property {@code OAuth2ClientApplication}.
     */
    public OAuth2Properties oAuth2ClientApplication(Value<OAuth2ClientApplication> value) {
      return set("OAuth2ClientApplication", value);
    }

    /**
     * The OAuth2 credentials of the OAuth2 properties.
     *
     * <p>CloudFormation property {@code OAuth2Credentials}.
     */
    public OAuth2Properties oAuth2Credentials(Value<GlueOAuth2Credentials> value) {
      return set("OAuth2Credentials", value);
    }

    /**
     * The OAuth2 grant type of the OAuth2 properties.
     *
     * <p>Allowed values: {@code AUTHORIZATION_CODE}, {@code CLIENT_CREDENTIALS}, {@code
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
     * The OAuth2 token URL of the OAuth2 properties.
     *
     * <p>CloudFormation property {@code TokenUrl}.
     */
    public OAuth2Properties tokenUrl(String value) {
      return set("TokenUrl", Value.of(value));
    }

    /** Sets {@code TokenUrl} to this value; see {@link #tokenUrl(String)}. */
    public OAuth2Properties tokenUrl(Value<String> value) {
      return set("TokenUrl", value);
    }

    /**
     * The OAuth2 token URL parameter map of the OAuth2 properties.
     *
     * <p>CloudFormation property {@code TokenUrlParametersMap}.
     */
    public OAuth2Properties tokenUrlParametersMap(Map<String, String> value) {
      return set("TokenUrlParametersMap", Value.mapOf(value));
    }

    /**
     * Sets {@code TokenUrlParametersMap} to this value; see {@link #tokenUrlParametersMap(Map)}.
     */
    public OAuth2Properties tokenUrlParametersMap(Value<Map<String, String>> value) {
      return set("TokenUrlParametersMap", value);
    }
  }

  /**
   * Physical connection requirements of a connection.
   *
   * <p>Property type {@code AWS::DataZone::Connection.PhysicalConnectionRequirements}.
   */
  public static final class PhysicalConnectionRequirements extends Struct<PhysicalConnectionRequirements> {
    private static final Schema SCHEMA = Schema.of("AWS::DataZone::Connection.PhysicalConnectionRequirements");

    public PhysicalConnectionRequirements() {
      super(SCHEMA);
    }

    /**
     * The availability zone of the physical connection requirements of a connection.
     *
     * <p>CloudFormation property {@code AvailabilityZone}.
     */
    public PhysicalConnectionRequirements availabilityZone(String value) {
      return set("AvailabilityZone", Value.of(value));
    }

    /** Sets {@code AvailabilityZone} to this value; see {@link #availabilityZone(String)}. */
    public PhysicalConnectionRequirements availabilityZone(Value<String> value) {
      return set("AvailabilityZone", value);
    }

    /**
     * The group ID list of the physical connection requirements of a connection.
     *
     * <p>CloudFormation property {@code SecurityGroupIdList}.
     */
    public PhysicalConnectionRequirements securityGroupIdList(List<String> value) {
      return set("SecurityGroupIdList", Value.listOf(value));
    }

    /** Sets {@code SecurityGroupIdList} to this value; see {@link #securityGroupIdList(List)}. */
    public PhysicalConnectionRequirements securityGroupIdList(Value<List<String>> value) {
      return set("SecurityGroupIdList", value);
    }

    /**
     * The subnet ID of the physical connection requirements of a connection.
     *
     * <p>CloudFormation property {@code SubnetId}.
     */
    public PhysicalConnectionRequirements subnetId(String value) {
      return set("SubnetId", Value.of(value));
    }

    /** Sets {@code SubnetId} to this value; see {@link #subnetId(String)}. */
    public PhysicalConnectionRequirements subnetId(Value<String> value) {
      return set("SubnetId", value);
    }

    /**
     * The subnet ID list of the physical connection requirements of a connection.
     *
     * <p>CloudFormation property {@code SubnetIdList}.
     */
    public PhysicalConnectionRequirements subnetIdList(List<String> value) {
      return set("SubnetIdList", Value.listOf(value));
    }

    /** Sets {@code SubnetIdList} to this value; see {@link #subnetIdList(List)}. */
    public PhysicalConnectionRequirements subnetIdList(Value<List<String>> value) {
      return set("SubnetIdList", value);
    }
  }

  /**
   * Amazon Redshift credentials of a connection.
   *
   * <p>Property type {@code AWS::DataZone::Connection.RedshiftCredentials}.
   */
  public static final class RedshiftCredentials extends Struct<RedshiftCredentials> {
    private static final Schema SCHEMA = Schema.of("AWS::DataZone::Connection.RedshiftCredentials");

    public RedshiftCredentials() {
      super(SCHEMA);
    }

    /**
     * The secret ARN of the Amazon Redshift credentials of a connection.
     *
     * <p>CloudFormation property {@code SecretArn}.
     */
    public RedshiftCredentials secretArn(String value) {
      return set("SecretArn", Value.of(value));
    }

    /** Sets {@code SecretArn} to this value; see {@link #secretArn(String)}. */
    public RedshiftCredentials secretArn(Value<String> value) {
      return set("SecretArn", value);
    }

    /**
     * The username and password of the Amazon Redshift credentials of a connection.
     *
     * <p>CloudFormation property {@code UsernamePassword}.
     */
    public RedshiftCredentials usernamePassword(Value<UsernamePassword> value) {
      return set("UsernamePassword", value);
    }
  }

  /**
   * The Amaon Redshift lineage sync configuration.
   *
   * <p>Property type {@code AWS::DataZone::Connection.RedshiftLineageSyncConfigurationInput}.
   */
  public static final class RedshiftLineageSyncConfigurationInput extends Struct<RedshiftLineageSyncConfigurationInput> {
    private static final Schema SCHEMA = Schema.of("AWS::DataZone::Connection.RedshiftLineageSyncConfigurationInput");

    public RedshiftLineageSyncConfigurationInput() {
      super(SCHEMA);
    }

    /**
     * Specifies whether the Amaon Redshift lineage sync configuration is enabled.
     *
     * <p>CloudFormation property {@code Enabled}.
     */
    public RedshiftLineageSyncConfigurationInput enabled(boolean value) {
      return set("Enabled", Value.of(value));
    }

    /** Sets {@code Enabled} to this value; see {@link #enabled(boolean)}. */
    public RedshiftLineageSyncConfigurationInput enabled(Value<Boolean> value) {
      return set("Enabled", value);
    }

    /**
     * The schedule of the Amaon Redshift lineage sync configuration.
     *
     * <p>CloudFormation property {@code Schedule}.
     */
    public RedshiftLineageSyncConfigurationInput schedule(Value<LineageSyncSchedule> value) {
      return set("Schedule", value);
    }
  }

  /**
   * The Amazon Redshift properties.
   *
   * <p>Property type {@code AWS::DataZone::Connection.RedshiftPropertiesInput}.
   */
  public static final class RedshiftPropertiesInput extends Struct<RedshiftPropertiesInput> {
    private static final Schema SCHEMA = Schema.of("AWS::DataZone::Connection.RedshiftPropertiesInput");

    public RedshiftPropertiesInput() {
      super(SCHEMA);
    }

    /**
     * The Amaon Redshift credentials.
     *
     * <p>CloudFormation property {@code Credentials}.
     */
    public RedshiftPropertiesInput credentials(Value<RedshiftCredentials> value) {
      return set("Credentials", value);
    }

    /**
     * The Amazon Redshift database name.
     *
     * <p>CloudFormation property {@code DatabaseName}.
     */
    public RedshiftPropertiesInput databaseName(String value) {
      return set("DatabaseName", Value.of(value));
    }

    /** Sets {@code DatabaseName} to this value; see {@link #databaseName(String)}. */
    public RedshiftPropertiesInput databaseName(Value<String> value) {
      return set("DatabaseName", value);
    }

    /**
     * The Amazon Redshift host.
     *
     * <p>CloudFormation property {@code Host}.
     */
    public RedshiftPropertiesInput host(String value) {
      return set("Host", Value.of(value));
    }

    /** Sets {@code Host} to this value; see {@link #host(String)}. */
    public RedshiftPropertiesInput host(Value<String> value) {
      return set("Host", value);
    }

    /**
     * The lineage sync of the Amazon Redshift.
     *
     * <p>CloudFormation property {@code LineageSync}.
     */
    public RedshiftPropertiesInput lineageSync(Value<RedshiftLineageSyncConfigurationInput> value) {
      return set("LineageSync", value);
    }

    /**
     * The Amaon Redshift port.
     *
     * <p>CloudFormation property {@code Port}.
     */
    public RedshiftPropertiesInput port(double value) {
      return set("Port", Value.of(value));
    }

    /** Sets {@code Port} to this value; see {@link #port(double)}. */
    public RedshiftPropertiesInput port(Value<Double> value) {
      return set("Port", value);
    }

    /**
     * The Amazon Redshift storage.
     *
     * <p>CloudFormation property {@code Storage}.
     */
    public RedshiftPropertiesInput storage(Value<RedshiftStorageProperties> value) {
      return set("Storage", value);
    }
  }

  /**
   * The Amazon Redshift storage properties.
   *
   * <p>Property type {@code AWS::DataZone::Connection.RedshiftStorageProperties}.
   */
  public static final class RedshiftStorageProperties extends Struct<RedshiftStorageProperties> {
    private static final Schema SCHEMA = Schema.of("AWS::DataZone::Connection.RedshiftStorageProperties");

    public RedshiftStorageProperties() {
      super(SCHEMA);
    }

    /**
     * The cluster name in the Amazon Redshift storage properties.
     *
     * <p>CloudFormation property {@code ClusterName}.
     */
    public RedshiftStorageProperties clusterName(String value) {
      return set("ClusterName", Value.of(value));
    }

    /** Sets {@code ClusterName} to this value; see {@link #clusterName(String)}. */
    public RedshiftStorageProperties clusterName(Value<String> value) {
      return set("ClusterName", value);
    }

    /**
     * The workgroup name in the Amazon Redshift storage properties.
     *
     * <p>CloudFormation property {@code WorkgroupName}.
     */
    public RedshiftStorageProperties workgroupName(String value) {
      return set("WorkgroupName", Value.of(value));
    }

    /** Sets {@code WorkgroupName} to this value; see {@link #workgroupName(String)}. */
    public RedshiftStorageProperties workgroupName(Value<String> value) {
      return set("WorkgroupName", value);
    }
  }

  /**
   * S3 Properties Input
   *
   * <p>Property type {@code AWS::DataZone::Connection.S3PropertiesInput}.
   */
  public static final class S3PropertiesInput extends Struct<S3PropertiesInput> {
    private static final Schema SCHEMA = Schema.builder("AWS::DataZone::Connection.S3PropertiesInput")
        .required("S3Uri")
        .build();

    public S3PropertiesInput() {
      super(SCHEMA);
    }

    /**
     * Specifies whether to register the S3 Access Grant location.
     *
     * <p>CloudFormation property {@code RegisterS3AccessGrantLocation}.
     */
    public S3PropertiesInput registerS3AccessGrantLocation(boolean value) {
      return set("RegisterS3AccessGrantLocation", Value.of(value));
    }

    /**
     * Sets {@code RegisterS3AccessGrantLocation} to this value; see {@link
     * #registerS3AccessGrantLocation(boolean)}.
     */
    public S3PropertiesInput registerS3AccessGrantLocation(Value<Boolean> value) {
      return set("RegisterS3AccessGrantLocation", value);
    }

    /**
     * The Amazon S3 Access Grant location ID that's part of the Amazon S3 properties of a
     * connection.
     *
     * <p>CloudFormation property {@code S3AccessGrantLocationId}.
     */
    public S3PropertiesInput s3AccessGrantLocationId(String value) {
      return set("S3AccessGrantLocationId", Value.of(value));
    }

    /**
     * Sets {@code S3AccessGrantLocationId} to this value; see {@link
     * #s3AccessGrantLocationId(String)}.
     */
    public S3PropertiesInput s3AccessGrantLocationId(Value<String> value) {
      return set("S3AccessGrantLocationId", value);
    }

    /**
     * The Amazon S3 URI that's part of the Amazon S3 properties of a connection.
     *
     * <p>Required. CloudFormation property {@code S3Uri}.
     */
    public S3PropertiesInput s3Uri(String value) {
      return set("S3Uri", Value.of(value));
    }

    /** Sets {@code S3Uri} to this value; see {@link #s3Uri(String)}. */
    public S3PropertiesInput s3Uri(Value<String> value) {
      return set("S3Uri", value);
    }
  }

  /**
   * The Spark EMR properties.
   *
   * <p>Property type {@code AWS::DataZone::Connection.SparkEmrPropertiesInput}.
   */
  public static final class SparkEmrPropertiesInput extends Struct<SparkEmrPropertiesInput> {
    private static final Schema SCHEMA = Schema.of("AWS::DataZone::Connection.SparkEmrPropertiesInput");

    public SparkEmrPropertiesInput() {
      super(SCHEMA);
    }

    /**
     * The compute ARN of Spark EMR.
     *
     * <p>CloudFormation property {@code ComputeArn}.
     */
    public SparkEmrPropertiesInput computeArn(String value) {
      return set("ComputeArn", Value.of(value));
    }

    /** Sets {@code ComputeArn} to this value; see {@link #computeArn(String)}. */
    public SparkEmrPropertiesInput computeArn(Value<String> value) {
      return set("ComputeArn", value);
    }

    /**
     * The instance profile ARN of Spark EMR.
     *
     * <p>CloudFormation property {@code InstanceProfileArn}.
     */
    public SparkEmrPropertiesInput instanceProfileArn(String value) {
      return set("InstanceProfileArn", Value.of(value));
    }

    /** Sets {@code InstanceProfileArn} to this value; see {@link #instanceProfileArn(String)}. */
    public SparkEmrPropertiesInput instanceProfileArn(Value<String> value) {
      return set("InstanceProfileArn", value);
    }

    /**
     * The java virtual env of the Spark EMR.
     *
     * <p>CloudFormation property {@code JavaVirtualEnv}.
     */
    public SparkEmrPropertiesInput javaVirtualEnv(String value) {
      return set("JavaVirtualEnv", Value.of(value));
    }

    /** Sets {@code JavaVirtualEnv} to this value; see {@link #javaVirtualEnv(String)}. */
    public SparkEmrPropertiesInput javaVirtualEnv(Value<String> value) {
      return set("JavaVirtualEnv", value);
    }

    /**
     * The log URI of the Spark EMR.
     *
     * <p>CloudFormation property {@code LogUri}.
     */
    public SparkEmrPropertiesInput logUri(String value) {
      return set("LogUri", Value.of(value));
    }

    /** Sets {@code LogUri} to this value; see {@link #logUri(String)}. */
    public SparkEmrPropertiesInput logUri(Value<String> value) {
      return set("LogUri", value);
    }

    /** CloudFormation property {@code ManagedEndpointArn}. */
    public SparkEmrPropertiesInput managedEndpointArn(String value) {
      return set("ManagedEndpointArn", Value.of(value));
    }

    /** Sets {@code ManagedEndpointArn} to this value; see {@link #managedEndpointArn(String)}. */
    public SparkEmrPropertiesInput managedEndpointArn(Value<String> value) {
      return set("ManagedEndpointArn", value);
    }

    /**
     * The Python virtual env of the Spark EMR.
     *
     * <p>CloudFormation property {@code PythonVirtualEnv}.
     */
    public SparkEmrPropertiesInput pythonVirtualEnv(String value) {
      return set("PythonVirtualEnv", Value.of(value));
    }

    /** Sets {@code PythonVirtualEnv} to this value; see {@link #pythonVirtualEnv(String)}. */
    public SparkEmrPropertiesInput pythonVirtualEnv(Value<String> value) {
      return set("PythonVirtualEnv", value);
    }

    /**
     * The runtime role of the Spark EMR.
     *
     * <p>CloudFormation property {@code RuntimeRole}.
     */
    public SparkEmrPropertiesInput runtimeRole(String value) {
      return set("RuntimeRole", Value.of(value));
    }

    /** Sets {@code RuntimeRole} to this value; see {@link #runtimeRole(String)}. */
    public SparkEmrPropertiesInput runtimeRole(Value<String> value) {
      return set("RuntimeRole", value);
    }

    /**
     * The certificates S3 URI of the Spark EMR.
     *
     * <p>CloudFormation property {@code TrustedCertificatesS3Uri}.
     */
    public SparkEmrPropertiesInput trustedCertificatesS3Uri(String value) {
      return set("TrustedCertificatesS3Uri", Value.of(value));
    }

    /**
     * Sets {@code TrustedCertificatesS3Uri} to this value; see {@link
     * #trustedCertificatesS3Uri(String)}.
     */
    public SparkEmrPropertiesInput trustedCertificatesS3Uri(Value<String> value) {
      return set("TrustedCertificatesS3Uri", value);
    }
  }

  /**
   * The Spark AWS Glue args.
   *
   * <p>Property type {@code AWS::DataZone::Connection.SparkGlueArgs}.
   */
  public static final class SparkGlueArgs extends Struct<SparkGlueArgs> {
    private static final Schema SCHEMA = Schema.of("AWS::DataZone::Connection.SparkGlueArgs");

    public SparkGlueArgs() {
      super(SCHEMA);
    }

    /**
     * The connection in the Spark AWS Glue args.
     *
     * <p>CloudFormation property {@code Connection}.
     */
    public SparkGlueArgs connection(String value) {
      return set("Connection", Value.of(value));
    }

    /** Sets {@code Connection} to this value; see {@link #connection(String)}. */
    public SparkGlueArgs connection(Value<String> value) {
      return set("Connection", value);
    }
  }

  /**
   * The Spark AWS Glue properties.
   *
   * <p>Property type {@code AWS::DataZone::Connection.SparkGluePropertiesInput}.
   */
  public static final class SparkGluePropertiesInput extends Struct<SparkGluePropertiesInput> {
    private static final Schema SCHEMA = Schema.of("AWS::DataZone::Connection.SparkGluePropertiesInput");

    public SparkGluePropertiesInput() {
      super(SCHEMA);
    }

    /**
     * The additional args in the Spark AWS Glue properties.
     *
     * <p>CloudFormation property {@code AdditionalArgs}.
     */
    public SparkGluePropertiesInput additionalArgs(Value<SparkGlueArgs> value) {
      return set("AdditionalArgs", value);
    }

    /**
     * The AWS Glue connection name in the Spark AWS Glue properties.
     *
     * <p>CloudFormation property {@code GlueConnectionName}.
     */
    public SparkGluePropertiesInput glueConnectionName(String value) {
      return set("GlueConnectionName", Value.of(value));
    }

    /** Sets {@code GlueConnectionName} to this value; see {@link #glueConnectionName(String)}. */
    public SparkGluePropertiesInput glueConnectionName(Value<String> value) {
      return set("GlueConnectionName", value);
    }

    /**
     * The AWS Glue version in the Spark AWS Glue properties.
     *
     * <p>CloudFormation property {@code GlueVersion}.
     */
    public SparkGluePropertiesInput glueVersion(String value) {
      return set("GlueVersion", Value.of(value));
    }

    /** Sets {@code GlueVersion} to this value; see {@link #glueVersion(String)}. */
    public SparkGluePropertiesInput glueVersion(Value<String> value) {
      return set("GlueVersion", value);
    }

    /**
     * The idle timeout in the Spark AWS Glue properties.
     *
     * <p>CloudFormation property {@code IdleTimeout}.
     */
    public SparkGluePropertiesInput idleTimeout(double value) {
      return set("IdleTimeout", Value.of(value));
    }

    /** Sets {@code IdleTimeout} to this value; see {@link #idleTimeout(double)}. */
    public SparkGluePropertiesInput idleTimeout(Value<Double> value) {
      return set("IdleTimeout", value);
    }

    /**
     * The Java virtual env in the Spark AWS Glue properties.
     *
     * <p>CloudFormation property {@code JavaVirtualEnv}.
     */
    public SparkGluePropertiesInput javaVirtualEnv(String value) {
      return set("JavaVirtualEnv", Value.of(value));
    }

    /** Sets {@code JavaVirtualEnv} to this value; see {@link #javaVirtualEnv(String)}. */
    public SparkGluePropertiesInput javaVirtualEnv(Value<String> value) {
      return set("JavaVirtualEnv", value);
    }

    /**
     * The number of workers in the Spark AWS Glue properties.
     *
     * <p>CloudFormation property {@code NumberOfWorkers}.
     */
    public SparkGluePropertiesInput numberOfWorkers(double value) {
      return set("NumberOfWorkers", Value.of(value));
    }

    /** Sets {@code NumberOfWorkers} to this value; see {@link #numberOfWorkers(double)}. */
    public SparkGluePropertiesInput numberOfWorkers(Value<Double> value) {
      return set("NumberOfWorkers", value);
    }

    /**
     * The Python virtual env in the Spark AWS Glue properties.
     *
     * <p>CloudFormation property {@code PythonVirtualEnv}.
     */
    public SparkGluePropertiesInput pythonVirtualEnv(String value) {
      return set("PythonVirtualEnv", Value.of(value));
    }

    /** Sets {@code PythonVirtualEnv} to this value; see {@link #pythonVirtualEnv(String)}. */
    public SparkGluePropertiesInput pythonVirtualEnv(Value<String> value) {
      return set("PythonVirtualEnv", value);
    }

    /**
     * The worker type in the Spark AWS Glue properties.
     *
     * <p>CloudFormation property {@code WorkerType}.
     */
    public SparkGluePropertiesInput workerType(String value) {
      return set("WorkerType", Value.of(value));
    }

    /** Sets {@code WorkerType} to this value; see {@link #workerType(String)}. */
    public SparkGluePropertiesInput workerType(Value<String> value) {
      return set("WorkerType", value);
    }
  }

  /**
   * The username and password of a connection.
   *
   * <p>Property type {@code AWS::DataZone::Connection.UsernamePassword}.
   */
  public static final class UsernamePassword extends Struct<UsernamePassword> {
    private static final Schema SCHEMA = Schema.builder("AWS::DataZone::Connection.UsernamePassword")
        .required("Password", "Username")
        .build();

    public UsernamePassword() {
      super(SCHEMA);
    }

    /**
     * The password of a connection.
     *
     * <p>Required. CloudFormation property {@code Password}.
     */
    public UsernamePassword password(String value) {
      return set("Password", Value.of(value));
    }

    /** Sets {@code Password} to this value; see {@link #password(String)}. */
    public UsernamePassword password(Value<String> value) {
      return set("Password", value);
    }

    /**
     * The username of a connection.
     *
     * <p>Required. CloudFormation property {@code Username}.
     */
    public UsernamePassword username(String value) {
      return set("Username", Value.of(value));
    }

    /** Sets {@code Username} to this value; see {@link #username(String)}. */
    public UsernamePassword username(Value<String> value) {
      return set("Username", value);
    }
  }

  /**
   * Workflows MWAA Properties Input
   *
   * <p>Property type {@code AWS::DataZone::Connection.WorkflowsMwaaPropertiesInput}.
   */
  public static final class WorkflowsMwaaPropertiesInput extends Struct<WorkflowsMwaaPropertiesInput> {
    private static final Schema SCHEMA = Schema.of("AWS::DataZone::Connection.WorkflowsMwaaPropertiesInput");

    public WorkflowsMwaaPropertiesInput() {
      super(SCHEMA);
    }

    /**
     * The name of the MWAA environment.
     *
     * <p>CloudFormation property {@code MwaaEnvironmentName}.
     */
    public WorkflowsMwaaPropertiesInput mwaaEnvironmentName(String value) {
      return set("MwaaEnvironmentName", Value.of(value));
    }

    /** Sets {@code MwaaEnvironmentName} to this value; see {@link #mwaaEnvironmentName(String)}. */
    public WorkflowsMwaaPropertiesInput mwaaEnvironmentName(Value<String> value) {
      return set("MwaaEnvironmentName", value);
    }
  }
}
