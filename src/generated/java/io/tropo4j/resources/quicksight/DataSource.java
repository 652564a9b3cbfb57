// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.quicksight;

import io.tropo4j.core.Asset;
import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import io.tropo4j.resources.athena.WorkGroup;
import java.util.List;

/**
 * Creates a data source.
 *
 * <p>CloudFormation type {@code AWS::QuickSight::DataSource}.
 */
public final class DataSource extends Resource<DataSource> {
  private static final Schema SCHEMA = Schema.builder("AWS::QuickSight::DataSource")
      .required("Name", "Type")
      .constrain("AwsAccountId", Constraint.of().pattern("^[0-9]{12}$").minLength(12).maxLength(12))
      .constrain("Name", Constraint.of().minLength(1).maxLength(128))
      .allowed("Type", "ADOBE_ANALYTICS", "AMAZON_ELASTICSEARCH", "AMAZON_OPENSEARCH", "ATHENA",
          "AURORA", "AURORA_POSTGRESQL", "AWS_IOT_ANALYTICS", "DATABRICKS", "DENODO", "DREMIO",
          "DYNAMODB", "SAPHANA", "DB2_AS400", "EXASOL", "FILE", "FULLY_MANAGED_KNOWLEDGE_BASE",
          "GITHUB", "INTERNATIONAL_DATA_CORPORATION", "JIRA", "MARIADB", "MYSQL", "ORACLE",
          "POSTGRESQL", "PRESTO", "QBUSINESS", "REDSHIFT", "S3", "S3_TABLES", "S3_KNOWLEDGE_BASE",
          "SALESFORCE", "SERVICENOW", "SNOWFLAKE", "SPARK", "SPICE", "SQLSERVER", "TERADATA",
          "TIMESTREAM", "TWITTER", "BIGQUERY", "GOOGLE_ANALYTICS", "TRINO", "STARBURST", "MONGO",
          "MONGO_ATLAS", "DOCUMENTDB", "APPFLOW", "IMPALA", "GLUE", "GLUE_DATA_CATALOG",
          "GOOGLE_DRIVE", "CONFLUENCE", "SHAREPOINT", "ONE_DRIVE", "WEB_CRAWLER", "BOX",
          "GOOGLESHEETS", "ATLAN")
      .attributes("Arn", "CreatedTime", "LastUpdatedTime", "Status")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public DataSource(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * A set of alternate data source parameters that you want to share for the credentials stored
   * with this data source. The credentials are applied in tandem with the data source parameters
   * when you copy a data source by using a create or update request. The API operation compares the
   * <code>DataSourceParameters</code> structure that's in the request with the structures in the
   * <code>AlternateDataSourceParameters</code> allow list. If the structures are an exact match,
   * the request is allowed to use the credentials from this existing data source. If the
   * <code>AlternateDataSourceParameters</code> list is null, the <code>Credentials</code>
   * originally used with this <code>DataSourceParameters</code> are automatically allowed.
   *
   * <p>CloudFormation property {@code AlternateDataSourceParameters}.
   */
  public DataSource alternateDataSourceParameters(List<DataSourceParameters> value) {
    return set("AlternateDataSourceParameters", Value.listOf(value));
  }

  /**
   * Sets {@code AlternateDataSourceParameters} to this value; see {@link
   * #alternateDataSourceParameters(List)}.
   */
  public DataSource alternateDataSourceParameters(Value<List<DataSourceParameters>> value) {
    return set("AlternateDataSourceParameters", value);
  }

  /**
   * Sets {@code AlternateDataSourceParameters} to a list of these; see {@link
   * #alternateDataSourceParameters(List)}.
   */
  public DataSource alternateDataSourceParameters(DataSourceParameters... values) {
    return set("AlternateDataSourceParameters", Value.list(values));
  }

  /**
   * The AWS account ID.
   *
   * <p>Changing it replaces the resource. Length: 12 to 12 characters. Pattern: {@code
   * ^[0-9]{12}$}. CloudFormation property {@code AwsAccountId}.
   */
  public DataSource awsAccountId(String value) {
    return set("AwsAccountId", Value.of(value));
  }

  /** Sets {@code AwsAccountId} to this value; see {@link #awsAccountId(String)}. */
  public DataSource awsAccountId(Value<String> value) {
    return set("AwsAccountId", value);
  }

  /**
   * The credentials Amazon Quick Sight that uses to connect to your underlying source. Currently,
   * only credentials based on user name and password are supported.
   *
   * <p>CloudFormation property {@code Credentials}.
   */
  public DataSource credentials(Value<DataSourceCredentials> value) {
    return set("Credentials", value);
  }

  /**
   * An ID for the data source. This ID is unique per AWS Region for each AWS account.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code DataSourceId}.
   */
  public DataSource dataSourceId(String value) {
    return set("DataSourceId", Value.of(value));
  }

  /** Sets {@code DataSourceId} to this value; see {@link #dataSourceId(String)}. */
  public DataSource dataSourceId(Value<String> value) {
    return set("DataSourceId", value);
  }

  /**
   * The parameters that Amazon Quick Sight uses to connect to your underlying source.
   *
   * <p>CloudFormation property {@code DataSourceParameters}.
   */
  public DataSource dataSourceParameters(Value<DataSourceParameters> value) {
    return set("DataSourceParameters", value);
  }

  /**
   * Error information from the last update or the creation of the data source.
   *
   * <p>CloudFormation property {@code ErrorInfo}.
   */
  public DataSource errorInfo(Value<DataSourceErrorInfo> value) {
    return set("ErrorInfo", value);
  }

  /** CloudFormation property {@code FolderArns}. */
  public DataSource folderArns(List<String> value) {
    return set("FolderArns", Value.listOf(value));
  }

  /** Sets {@code FolderArns} to this value; see {@link #folderArns(List)}. */
  public DataSource folderArns(Value<List<String>> value) {
    return set("FolderArns", value);
  }

  /**
   * A display name for the data source.
   *
   * <p>Required. Length: 1 to 128 characters. CloudFormation property {@code Name}.
   */
  public DataSource name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public DataSource name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * A list of resource permissions on the data source.
   *
   * <p>CloudFormation property {@code Permissions}.
   */
  public DataSource permissions(List<ResourcePermission> value) {
    return set("Permissions", Value.listOf(value));
  }

  /** Sets {@code Permissions} to this value; see {@link #permissions(List)}. */
  public DataSource permissions(Value<List<ResourcePermission>> value) {
    return set("Permissions", value);
  }

  /** Sets {@code Permissions} to a list of these; see {@link #permissions(List)}. */
  public DataSource permissions(ResourcePermission... values) {
    return set("Permissions", Value.list(values));
  }

  /**
   * Secure Socket Layer (SSL) properties that apply when Amazon Quick Sight connects to your
   * underlying source.
   *
   * <p>CloudFormation property {@code SslProperties}.
   */
  public DataSource sslProperties(Value<SslProperties> value) {
    return set("SslProperties", value);
  }

  /**
   * Contains a map of the key-value pairs for the resource tag or tags assigned to the data source.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public DataSource tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public DataSource tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public DataSource tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The type of the data source. To return a list of all data sources, use
   * <code>ListDataSources</code> .
   *
   * <p>Use <code>AMAZON_ELASTICSEARCH</code> for Amazon OpenSearch Service.
   *
   * <p>Required. Changing it replaces the resource. Allowed values: {@code ADOBE_ANALYTICS}, {@code
   * AMAZON_ELASTICSEARCH}, {@code AMAZON_OPENSEARCH}, {@code ATHENA}, {@code AURORA}, {@code
   * AURORA_POSTGRESQL}, {@code AWS_IOT_ANALYTICS}, {@code DATABRICKS}, {@code DENODO}, {@code
   * DREMIO}, {@code DYNAMODB}, {@code SAPHANA}, {@code DB2_AS400}, {@code EXASOL}, {@code FILE},
   * {@code FULLY_MANAGED_KNOWLEDGE_BASE}, {@code GITHUB}, {@code INTERNATIONAL_DATA_CORPORATION},
   * {@code JIRA}, {@code MARIADB}, {@code MYSQL}, {@code ORACLE}, {@code POSTGRESQL}, {@code
   * PRESTO}, {@code QBUSINESS}, {@code REDSHIFT}, {@code S3}, {@code S3_TABLES}, {@code
   * S3_KNOWLEDGE_BASE}, {@code SALESFORCE}, {@code SERVICENOW}, {@code SNOWFLAKE}, {@code SPARK},
   * {@code SPICE}, {@code SQLSERVER}, {@code TERADATA}, {@code TIMESTREAM}, {@code TWITTER}, {@code
   * BIGQUERY}, {@code GOOGLE_ANALYTICS}, {@code TRINO}, {@code STARBURST}, {@code MONGO}, {@code
   * MONGO_ATLAS}, {@code DOCUMENTDB}, {@code APPFLOW}, {@code IMPALA}, {@code GLUE}, {@code
   * GLUE_DATA_CATALOG}, {@code GOOGLE_DRIVE}, {@code CONFLUENCE}, {@code SHAREPOINT}, {@code
   * ONE_DRIVE}, {@code WEB_CRAWLER}, {@code BOX}, {@code GOOGLESHEETS}, {@code ATLAN}.
   * CloudFormation property {@code Type}.
   */
  public DataSource typeProperty(String value) {
    return set("Type", Value.of(value));
  }

  /** Sets {@code Type} to this value; see {@link #typeProperty(String)}. */
  public DataSource typeProperty(Value<String> value) {
    return set("Type", value);
  }

  /**
   * Use this parameter only when you want Amazon Quick Sight to use a VPC connection when
   * connecting to your underlying source.
   *
   * <p>CloudFormation property {@code VpcConnectionProperties}.
   */
  public DataSource vpcConnectionProperties(Value<VpcConnectionProperties> value) {
    return set("VpcConnectionProperties", value);
  }

  /**
   * The Amazon Resource Name (ARN) of the dataset.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * The time that this data source was created.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CreatedTime}.
   */
  public Value<String> createdTime() {
    return getAtt("CreatedTime");
  }

  /**
   * The last time that this data source was updated.
   *
   * <p>{@code Fn::GetAtt} attribute {@code LastUpdatedTime}.
   */
  public Value<String> lastUpdatedTime() {
    return getAtt("LastUpdatedTime");
  }

  /**
   * The HTTP status of the request.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Status}.
   */
  public Value<String> status() {
    return getAtt("Status");
  }

  /**
   * The parameters for OpenSearch.
   *
   * <p>Property type {@code AWS::QuickSight::DataSource.AmazonElasticsearchParameters}.
   */
  public static final class AmazonElasticsearchParameters extends Struct<AmazonElasticsearchParameters> {
    private static final Schema SCHEMA = Schema.builder("AWS::QuickSight::DataSource.AmazonElasticsearchParameters")
        .required("Domain")
        .constrain("Domain", Constraint.of().minLength(1).maxLength(64))
        .build();

    public AmazonElasticsearchParameters() {
      super(SCHEMA);
    }

    /**
     * The OpenSearch domain.
     *
     * <p>Required. Length: 1 to 64 characters. CloudFormation property {@code Domain}.
     */
    public AmazonElasticsearchParameters domain(String value) {
      return set("Domain", Value.of(value));
    }

    /** Sets {@code Domain} to this value; see {@link #domain(String)}. */
    public AmazonElasticsearchParameters domain(Value<String> value) {
      return set("Domain", value);
    }
  }

  /**
   * The parameters for OpenSearch.
   *
   * <p>Property type {@code AWS::QuickSight::DataSource.AmazonOpenSearchParameters}.
   */
  public static final class AmazonOpenSearchParameters extends Struct<AmazonOpenSearchParameters> {
    private static final Schema SCHEMA = Schema.builder("AWS::QuickSight::DataSource.AmazonOpenSearchParameters")
        .required("Domain")
        .constrain("Domain", Constraint.of().minLength(1).maxLength(64))
        .build();

    public AmazonOpenSearchParameters() {
      super(SCHEMA);
    }

    /**
     * The OpenSearch domain.
     *
     * <p>Required. Length: 1 to 64 characters. CloudFormation property {@code Domain}.
     */
    public AmazonOpenSearchParameters domain(String value) {
      return set("Domain", Value.of(value));
    }

    /** Sets {@code Domain} to this value; see {@link #domain(String)}. */
    public AmazonOpenSearchParameters domain(Value<String> value) {
      return set("Domain", value);
    }
  }

  /**
   * Parameters for Amazon Athena.
   *
   * <p>Property type {@code AWS::QuickSight::DataSource.AthenaParameters}.
   */
  public static final class AthenaParameters extends Struct<AthenaParameters> {
    private static final Schema SCHEMA = Schema.builder("AWS::QuickSight::DataSource.AthenaParameters")
        .constrain("ConsumerAccountRoleArn", Constraint.of().minLength(20).maxLength(2048).format("AWS::IAM::Role.Arn"))
        .constrain("RoleArn", Constraint.of().minLength(20).maxLength(2048).format("AWS::IAM::Role.Arn"))
        .constrain("WorkGroup", Constraint.of().minLength(1).maxLength(128))
        .references("WorkGroup", "AWS::Athena::WorkGroup.Ref")
        .build();

    public AthenaParameters() {
      super(SCHEMA);
    }

    /**
     * Length: 20 to 2048 characters. Format: {@code AWS::IAM::Role.Arn}. CloudFormation property
     * {@code ConsumerAccountRoleArn}.
     */
    public AthenaParameters consumerAccountRoleArn(String value) {
      return set("ConsumerAccountRoleArn", Value.of(value));
    }

    /**
     * Sets {@code ConsumerAccountRoleArn} to this value; see {@link
     * #consumerAccountRoleArn(String)}.
     */
    public AthenaParameters consumerAccountRoleArn(Value<String> value) {
      return set("ConsumerAccountRoleArn", value);
    }

    /**
     * An optional parameter that configures IAM Identity Center authentication to grant Quick Sight
     * access to your workgroup.
     *
     * <p>This parameter can only be specified if your Quick Sight account is configured with IAM
     * Identity Center.
     *
     * <p>CloudFormation property {@code IdentityCenterConfiguration}.
     */
    public AthenaParameters identityCenterConfiguration(Value<IdentityCenterConfiguration> value) {
      return set("IdentityCenterConfiguration", value);
    }

    /**
     * Use the <code>RoleArn</code> structure to override an account-wide role for a specific Athena
     * data source. For example, say an account administrator has turned off all Athena access with
     * an account-wide role. The administrator can then use <code>RoleArn</code> to bypass the
     * account-wide role and allow Athena access for the single Athena data source that is specified
     * in the structure, even if the account-wide role forbidding Athena access is still active.
     *
     * <p>Length: 20 to 2048 characters. Format: {@code AWS::IAM::Role.Arn}. CloudFormation property
     * {@code RoleArn}.
     */
    public AthenaParameters roleArn(String value) {
      return set("RoleArn", Value.of(value));
    }

    /** Sets {@code RoleArn} to this value; see {@link #roleArn(String)}. */
    public AthenaParameters roleArn(Value<String> value) {
      return set("RoleArn", value);
    }

    /**
     * The workgroup that Amazon Athena uses.
     *
     * <p>Length: 1 to 128 characters. CloudFormation property {@code WorkGroup}.
     */
    public AthenaParameters workGroup(String value) {
      return set("WorkGroup", Value.of(value));
    }

    /** Sets {@code WorkGroup} to this value; see {@link #workGroup(String)}. */
    public AthenaParameters workGroup(Value<String> value) {
      return set("WorkGroup", value);
    }

    /**
     * Sets {@code WorkGroup} to the Ref of {@code AWS::Athena::WorkGroup}; see {@link
     * #workGroup(String)}.
     */
    public AthenaParameters workGroup(WorkGroup resource) {
      return set("WorkGroup", resource.ref());
    }
  }

  /**
   * Parameters for Amazon Aurora.
   *
   * <p>Property type {@code AWS::QuickSight::DataSource.AuroraParameters}.
   */
  public static final class AuroraParameters extends Struct<AuroraParameters> {
    private static final Schema SCHEMA = Schema.builder("AWS::QuickSight::DataSource.AuroraParameters")
        .required("Database", "Host", "Port")
        .constrain("Database", Constraint.of().minLength(1).maxLength(128))
        .constrain("Host", Constraint.of().minLength(1).maxLength(256))
        .constrain("Port", Constraint.of().minimum(1).maximum(65535))
        .build();

    public AuroraParameters() {
      super(SCHEMA);
    }

    /**
     * Database.
     *
     * <p>Required. Length: 1 to 128 characters. CloudFormation property {@code Database}.
     */
    public AuroraParameters database(String value) {
      return set("Database", Value.of(value));
    }

    /** Sets {@code Database} to this value; see {@link #database(String)}. */
    public AuroraParameters database(Value<String> value) {
      return set("Database", value);
    }

    /**
     * Host.
     *
     * <p>Required. Length: 1 to 256 characters. CloudFormation property {@code Host}.
     */
    public AuroraParameters host(String value) {
      return set("Host", Value.of(value));
    }

    /** Sets {@code Host} to this value; see {@link #host(String)}. */
    public AuroraParameters host(Value<String> value) {
      return set("Host", value);
    }

    /**
     * Port.
     *
     * <p>Required. Range: 1 to 65535. Default: {@code 0}. CloudFormation property {@code Port}.
     */
    public AuroraParameters port(double value) {
      return set("Port", Value.of(value));
    }

    /** Sets {@code Port} to this value; see {@link #port(double)}. */
    public AuroraParameters port(Value<Double> value) {
      return set("Port", value);
    }
  }

  /**
   * Parameters for Amazon Aurora PostgreSQL-Compatible Edition.
   *
   * <p>Property type {@code AWS::QuickSight::DataSource.AuroraPostgreSqlParameters}.
   */
  public static final class AuroraPostgreSqlParameters extends Struct<AuroraPostgreSqlParameters> {
    private static final Schema SCHEMA = Schema.builder("AWS::QuickSight::DataSource.AuroraPostgreSqlParameters")
        .required("Database", "Host", "Port")
        .constrain("Database", Constraint.of().minLength(1).maxLength(128))
        .constrain("Host", Constraint.of().minLength(1).maxLength(256))
        .constrain("Port", Constraint.of().minimum(1).maximum(65535))
        .build();

    public AuroraPostgreSqlParameters() {
      super(SCHEMA);
    }

    /**
     * The Amazon Aurora PostgreSQL database to connect to.
     *
     * <p>Required. Length: 1 to 128 characters. CloudFormation property {@code Database}.
     */
    public AuroraPostgreSqlParameters database(String value) {
      return set("Database", Value.of(value));
    }

    /** Sets {@code Database} to this value; see {@link #database(String)}. */
    public AuroraPostgreSqlParameters database(Value<String> value) {
      return set("Database", value);
    }

    /**
     * The Amazon Aurora PostgreSQL-Compatible host to connect to.
     *
     * <p>Required. Length: 1 to 256 characters. CloudFormation property {@code Host}.
     */
    public AuroraPostgreSqlParameters host(String value) {
      return set("Host", Value.of(value));
    }

    /** Sets {@code Host} to this value; see {@link #host(String)}. */
    public AuroraPostgreSqlParameters host(Value<String> value) {
      return set("Host", value);
    }

    /**
     * The port that Amazon Aurora PostgreSQL is listening on.
     *
     * <p>Required. Range: 1 to 65535. Default: {@code 0}. CloudFormation property {@code Port}.
     */
    public AuroraPostgreSqlParameters port(double value) {
      return set("Port", Value.of(value));
    }

    /** Sets {@code Port} to this value; see {@link #port(double)}. */
    public AuroraPostgreSqlParameters port(Value<Double> value) {
      return set("Port", value);
    }
  }

  /**
   * The combination of user name and password that are used as credentials.
   *
   * <p>Property type {@code AWS::QuickSight::DataSource.CredentialPair}.
   */
  public static final class CredentialPair extends Struct<CredentialPair> {
    private static final Schema SCHEMA = Schema.builder("AWS::QuickSight::DataSource.CredentialPair")
        .required("Password", "Username")
        .constrain("Password", Constraint.of().minLength(1).maxLength(1024))
        .constrain("Username", Constraint.of().minLength(1).maxLength(64))
        .build();

    public CredentialPair() {
      super(SCHEMA);
    }

    /**
     * A set of alternate data source parameters that you want to share for these credentials. The
     * credentials are applied in tandem with the data source parameters when you copy a data source
     * by using a create or update request. The API operation compares the
     * <code>DataSourceParameters</code> structure that's in the request with the structures in the
     * <code>AlternateDataSourceParameters</code> allow list. If the structures are an exact match,
     * the request is allowed to use the new data source with the existing credentials. If the
     * <code>AlternateDataSourceParameters</code> list is null, the
     * <code>DataSourceParameters</code> originally used with these <code>Credentials</code> is
     * automatically allowed.
     *
     * <p>CloudFormation property {@code AlternateDataSourceParameters}.
     */
    public CredentialPair alternateDataSourceParameters(List<DataSourceParameters> value) {
      return set("AlternateDataSourceParameters", Value.listOf(value));
    }

    /**
     * Sets {@code AlternateDataSourceParameters} to this value; see {@link
     * #alternateDataSourceParameters(List)}.
     */
    public CredentialPair alternateDataSourceParameters(Value<List<DataSourceParameters>> value) {
      return set("AlternateDataSourceParameters", value);
    }

    /**
     * Sets {@code AlternateDataSourceParameters} to a list of these; see {@link
     * #alternateDataSourceParameters(List)}.
     */
    public CredentialPair alternateDataSourceParameters(DataSourceParameters... values) {
      return set("AlternateDataSourceParameters", Value.list(values));
    }

    /**
     * Password.
     *
     * <p>Required. Length: 1 to 1024 characters. CloudFormation property {@code Password}.
     */
    public CredentialPair password(String value) {
      return set("Password", Value.of(value));
    }

    /** Sets {@code Password} to this value; see {@link #password(String)}. */
    public CredentialPair password(Value<String> value) {
      return set("Password", value);
    }

    /**
     * User name.
     *
     * <p>Required. Length: 1 to 64 characters. CloudFormation property {@code Username}.
     */
    public CredentialPair username(String value) {
      return set("Username", Value.of(value));
    }

    /** Sets {@code Username} to this value; see {@link #username(String)}. */
    public CredentialPair username(Value<String> value) {
      return set("Username", value);
    }
  }

  /**
   * Data source credentials. This is a variant type structure. For this structure to be valid, only
   * one of the attributes can be non-null.
   *
   * <p>Property type {@code AWS::QuickSight::DataSource.DataSourceCredentials}.
   */
  public static final class DataSourceCredentials extends Struct<DataSourceCredentials> {
    private static final Schema SCHEMA = Schema.builder("AWS::QuickSight::DataSource.DataSourceCredentials")
        .constrain("CopySourceArn", Constraint.of().pattern("^arn:[-a-z0-9]*:quicksight:[-a-z0-9]*:[0-9]{12}:datasource/.+$"))
        .constrain("SecretArn", Constraint.of().pattern("^arn:[-a-z0-9]*:secretsmanager:[-a-z0-9]*:[0-9]{12}:secret:.+$").minLength(1).maxLength(2048))
        .build();

    public DataSourceCredentials() {
      super(SCHEMA);
    }

    /**
     * The Amazon Resource Name (ARN) of a data source that has the credential pair that you want to
     * use. When <code>CopySourceArn</code> is not null, the credential pair from the data source in
     * the ARN is used as the credentials for the <code>DataSourceCredentials</code> structure.
     *
     * <p>Pattern: {@code ^arn:[-a-z0-9]*:quicksight:[-a-z0-9]*:[0-9]{12}:datasource/.+$}.
     * CloudFormation property {@code CopySourceArn}.
     */
    public DataSourceCredentials copySourceArn(String value) {
      return set("CopySourceArn", Value.of(value));
    }

    /** Sets {@code CopySourceArn} to this value; see {@link #copySourceArn(String)}. */
    public DataSourceCredentials copySourceArn(Value<String> value) {
      return set("CopySourceArn", value);
    }

    /**
     * Credential pair. For more information, see <code><a
     * href="https://docs.aws.amazon.com/quicksight/latest/APIReference/API_CredentialPair.html">CredentialPair</a></code>
     * .
     *
     * <p>CloudFormation property {@code CredentialPair}.
     */
    public DataSourceCredentials credentialPair(Value<CredentialPair> value) {
      return set("CredentialPair", value);
    }

    /**
     * The credentials for connecting using key-pair.
     *
     * <p>CloudFormation property {@code KeyPairCredentials}.
     */
    public DataSourceCredentials keyPairCredentials(Value<KeyPairCredentials> value) {
      return set("KeyPairCredentials", value);
    }

    /**
     * The Amazon Resource Name (ARN) of the secret associated with the data source in AWS Secrets
     * Manager .
     *
     * <p>Length: 1 to 2048 characters. Pattern: {@code
     * ^arn:[-a-z0-9]*:secretsmanager:[-a-z0-9]*:[0-9]{12}:secret:.+$}. CloudFormation property
     * {@code SecretArn}.
     */
    public DataSourceCredentials secretArn(String value) {
      return set("SecretArn", Value.of(value));
    }

    /** Sets {@code SecretArn} to this value; see {@link #secretArn(String)}. */
    public DataSourceCredentials secretArn(Value<String> value) {
      return set("SecretArn", value);
    }
  }

  /**
   * Error information for the data source creation or update.
   *
   * <p>Property type {@code AWS::QuickSight::DataSource.DataSourceErrorInfo}.
   */
  public static final class DataSourceErrorInfo extends Struct<DataSourceErrorInfo> {
    private static final Schema SCHEMA = Schema.builder("AWS::QuickSight::DataSource.DataSourceErrorInfo")
        .allowed("Type", "ACCESS_DENIED", "COPY_SOURCE_NOT_FOUND", "TIMEOUT",
            "ENGINE_VERSION_NOT_SUPPORTED", "UNKNOWN_HOST", "GENERIC_SQL_FAILURE", "CONFLICT",
            "UNKNOWN")
        .build();

    public DataSourceErrorInfo() {
      super(SCHEMA);
    }

    /**
     * Error message.
     *
     * <p>CloudFormation property {@code Message}.
     */
    public DataSourceErrorInfo message(String value) {
      return set("Message", Value.of(value));
    }

    /** Sets {@code Message} to this value; see {@link #message(String)}. */
    public DataSourceErrorInfo message(Value<String> value) {
      return set("Message", value);
    }

    /**
     * Error type.
     *
     * <p>Allowed values: {@code ACCESS_DENIED}, {@code COPY_SOURCE_NOT_FOUND}, {@code TIMEOUT},
     * {@code ENGINE_VERSION_NOT_SUPPORTED}, {@code UNKNOWN_HOST}, {@code GENERIC_SQL_FAILURE},
     * {@code CONFLICT}, {@code UNKNOWN}. CloudFormation property {@code Type}.
     */
    public DataSourceErrorInfo type(String value) {
      return set("Type", Value.of(value));
    }

    /** Sets {@code Type} to this value; see {@link #type(String)}. */
    public DataSourceErrorInfo type(Value<String> value) {
      return set("Type", value);
    }
  }

  /**
   * The parameters that Quick Sight uses to connect to your underlying data source. This is a
   * variant type structure. For this structure to be valid, only one of the attributes can be
   * non-null.
   *
   * <p>Property type {@code AWS::QuickSight::DataSource.DataSourceParameters}.
   */
  public static final class DataSourceParameters extends Struct<DataSourceParameters> {
    private static final Schema SCHEMA = Schema.of("AWS::QuickSight::DataSource.DataSourceParameters");

    public DataSourceParameters() {
      super(SCHEMA);
    }

    /**
     * The parameters for OpenSearch.
     *
     * <p>CloudFormation property {@code AmazonElasticsearchParameters}.
     */
    public DataSourceParameters amazonElasticsearchParameters(Value<AmazonElasticsearchParameters> value) {
      return set("AmazonElasticsearchParameters", value);
    }

    /**
     * The parameters for OpenSearch.
     *
     * <p>CloudFormation property {@code AmazonOpenSearchParameters}.
     */
    public DataSourceParameters amazonOpenSearchParameters(Value<AmazonOpenSearchParameters> value) {
      return set("AmazonOpenSearchParameters", value);
    }

    /**
     * The parameters for Amazon Athena.
     *
     * <p>CloudFormation property {@code AthenaParameters}.
     */
    public DataSourceParameters athenaParameters(Value<AthenaParameters> value) {
      return set("AthenaParameters", value);
    }

    /**
     * The parameters for Amazon Aurora MySQL.
     *
     * <p>CloudFormation property {@code AuroraParameters}.
     */
    public DataSourceParameters auroraParameters(Value<AuroraParameters> value) {
      return set("AuroraParameters", value);
    }

    /**
     * The parameters for Amazon Aurora.
     *
     * <p>CloudFormation property {@code AuroraPostgreSqlParameters}.
     */
    public DataSourceParameters auroraPostgreSqlParameters(Value<AuroraPostgreSqlParameters> value) {
      return set("AuroraPostgreSqlParameters", value);
    }

    /**
     * The required parameters that are needed to connect to a Databricks data source.
     *
     * <p>CloudFormation property {@code DatabricksParameters}.
     */
    public DataSourceParameters databricksParameters(Value<DatabricksParameters> value) {
      return set("DatabricksParameters", value);
    }

    /**
     * The parameters for MariaDB.
     *
     * <p>CloudFormation property {@code MariaDbParameters}.
     */
    public DataSourceParameters mariaDbParameters(Value<MariaDbParameters> value) {
      return set("MariaDbParameters", value);
    }

    /**
     * The parameters for MySQL.
     *
     * <p>CloudFormation property {@code MySqlParameters}.
     */
    public DataSourceParameters mySqlParameters(Value<MySqlParameters> value) {
      return set("MySqlParameters", value);
    }

    /**
     * Oracle parameters.
     *
     * <p>CloudFormation property {@code OracleParameters}.
     */
    public DataSourceParameters oracleParameters(Value<OracleParameters> value) {
      return set("OracleParameters", value);
    }

    /**
     * The parameters for PostgreSQL.
     *
     * <p>CloudFormation property {@code PostgreSqlParameters}.
     */
    public DataSourceParameters postgreSqlParameters(Value<PostgreSqlParameters> value) {
      return set("PostgreSqlParameters", value);
    }

    /**
     * The parameters for Presto.
     *
     * <p>CloudFormation property {@code PrestoParameters}.
     */
    public DataSourceParameters prestoParameters(Value<PrestoParameters> value) {
      return set("PrestoParameters", value);
    }

    /**
     * The parameters for Amazon RDS.
     *
     * <p>CloudFormation property {@code RdsParameters}.
     */
    public DataSourceParameters rdsParameters(Value<RdsParameters> value) {
      return set("RdsParameters", value);
    }

    /**
     * The parameters for Amazon Redshift.
     *
     * <p>CloudFormation property {@code RedshiftParameters}.
     */
    public DataSourceParameters redshiftParameters(Value<RedshiftParameters> value) {
      return set("RedshiftParameters", value);
    }

    /**
     * The parameters for S3.
     *
     * <p>CloudFormation property {@code S3Parameters}.
     */
    public DataSourceParameters s3Parameters(Value<S3Parameters> value) {
      return set("S3Parameters", value);
    }

    /** CloudFormation property {@code S3TablesParameters}. */
    public DataSourceParameters s3TablesParameters(Value<S3TablesParameters> value) {
      return set("S3TablesParameters", value);
    }

    /**
     * The parameters for Snowflake.
     *
     * <p>CloudFormation property {@code SnowflakeParameters}.
     */
    public DataSourceParameters snowflakeParameters(Value<SnowflakeParameters> value) {
      return set("SnowflakeParameters", value);
    }

    /**
     * The parameters for Spark.
     *
     * <p>CloudFormation property {@code SparkParameters}.
     */
    public DataSourceParameters sparkParameters(Value<SparkParameters> value) {
      return set("SparkParameters", value);
    }

    /**
     * The parameters for SQL Server.
     *
     * <p>CloudFormation property {@code SqlServerParameters}.
     */
    public DataSourceParameters sqlServerParameters(Value<SqlServerParameters> value) {
      return set("SqlServerParameters", value);
    }

    /**
     * The parameters that are required to connect to a Starburst data source.
     *
     * <p>CloudFormation property {@code StarburstParameters}.
     */
    public DataSourceParameters starburstParameters(Value<StarburstParameters> value) {
      return set("StarburstParameters", value);
    }

    /**
     * The parameters for Teradata.
     *
     * <p>CloudFormation property {@code TeradataParameters}.
     */
    public DataSourceParameters teradataParameters(Value<TeradataParameters> value) {
      return set("TeradataParameters", value);
    }

    /**
     * The parameters that are required to connect to a Trino data source.
     *
     * <p>CloudFormation property {@code TrinoParameters}.
     */
    public DataSourceParameters trinoParameters(Value<TrinoParameters> value) {
      return set("TrinoParameters", value);
    }
  }

  /**
   * The required parameters that are needed to connect to a Databricks data source.
   *
   * <p>Property type {@code AWS::QuickSight::DataSource.DatabricksParameters}.
   */
  public static final class DatabricksParameters extends Struct<DatabricksParameters> {
    private static final Schema SCHEMA = Schema.builder("AWS::QuickSight::DataSource.DatabricksParameters")
        .required("Host", "Port", "SqlEndpointPath")
        .constrain("Host", Constraint.of().minLength(1).maxLength(256))
        .constrain("Port", Constraint.of().minimum(1).maximum(65535))
        .constrain("SqlEndpointPath", Constraint.of().minLength(1).maxLength(4096))
        .build();

    public DatabricksParameters() {
      super(SCHEMA);
    }

    /**
     * The host name of the Databricks data source.
     *
     * <p>Required. Length: 1 to 256 characters. CloudFormation property {@code Host}.
     */
    public DatabricksParameters host(String value) {
      return set("Host", Value.of(value));
    }

    /** Sets {@code Host} to this value; see {@link #host(String)}. */
    public DatabricksParameters host(Value<String> value) {
      return set("Host", value);
    }

    /**
     * The port for the Databricks data source.
     *
     * <p>Required. Range: 1 to 65535. Default: {@code 0}. CloudFormation property {@code Port}.
     */
    public DatabricksParameters port(double value) {
      return set("Port", Value.of(value));
    }

    /** Sets {@code Port} to this value; see {@link #port(double)}. */
    public DatabricksParameters port(Value<Double> value) {
      return set("Port", value);
    }

    /**
     * The HTTP path of the Databricks data source.
     *
     * <p>Required. Length: 1 to 4096 characters. CloudFormation property {@code SqlEndpointPath}.
     */
    public DatabricksParameters sqlEndpointPath(String value) {
      return set("SqlEndpointPath", Value.of(value));
    }

    /** Sets {@code SqlEndpointPath} to this value; see {@link #sqlEndpointPath(String)}. */
    public DatabricksParameters sqlEndpointPath(Value<String> value) {
      return set("SqlEndpointPath", value);
    }
  }

  /**
   * The parameters for an IAM Identity Center configuration.
   *
   * <p>Property type {@code AWS::QuickSight::DataSource.IdentityCenterConfiguration}.
   */
  public static final class IdentityCenterConfiguration extends Struct<IdentityCenterConfiguration> {
    private static final Schema SCHEMA = Schema.of("AWS::QuickSight::DataSource.IdentityCenterConfiguration");

    public IdentityCenterConfiguration() {
      super(SCHEMA);
    }

    /**
     * A Boolean option that controls whether Trusted Identity Propagation should be used.
     *
     * <p>CloudFormation property {@code EnableIdentityPropagation}.
     */
    public IdentityCenterConfiguration enableIdentityPropagation(boolean value) {
      return set("EnableIdentityPropagation", Value.of(value));
    }

    /**
     * Sets {@code EnableIdentityPropagation} to this value; see {@link
     * #enableIdentityPropagation(boolean)}.
     */
    public IdentityCenterConfiguration enableIdentityPropagation(Value<Boolean> value) {
      return set("EnableIdentityPropagation", value);
    }
  }

  /**
   * The combination of username, private key and passphrase that are used as credentials.
   *
   * <p>Property type {@code AWS::QuickSight::DataSource.KeyPairCredentials}.
   */
  public static final class KeyPairCredentials extends Struct<KeyPairCredentials> {
    private static final Schema SCHEMA = Schema.builder("AWS::QuickSight::DataSource.KeyPairCredentials")
        .required("KeyPairUsername", "PrivateKey")
        .constrain("KeyPairUsername", Constraint.of().minLength(1).maxLength(64))
        .constrain("PrivateKey", Constraint.of().pattern("^-{5}BEGIN (ENCRYPTED )?PRIVATE KEY-{5}\\u000D?\\u000A([A-Za-z0-9/+]{64}\\u000D?\\u000A)*[A-Za-z0-9/+]{1,64}={0,2}\\u000D?\\u000A-{5}END (ENCRYPTED )?PRIVATE KEY-{5}(\\u000D?\\u000A)?$").minLength(1600).maxLength(8000))
        .constrain("PrivateKeyPassphrase", Constraint.of().minLength(0).maxLength(256))
        .build();

    public KeyPairCredentials() {
      super(SCHEMA);
    }

    /**
     * Username
     *
     * <p>Required. Length: 1 to 64 characters. CloudFormation property {@code KeyPairUsername}.
     */
    public KeyPairCredentials keyPairUsername(String value) {
      return set("KeyPairUsername", Value.of(value));
    }

    /** Sets {@code KeyPairUsername} to this value; see {@link #keyPairUsername(String)}. */
    public KeyPairCredentials keyPairUsername(Value<String> value) {
      return set("KeyPairUsername", value);
    }

    /**
     * PrivateKey
     *
     * <p>Required. Length: 1600 to 8000 characters. Pattern: {@code ^-{5}BEGIN (ENCRYPTED )?PRIVATE
     * KEY-{5}&#92;u000D?&#92;u000A([A-Za-z0-9/+]{64}&#92;u000D?&#92;u000A)*[A-Za-z0-9/+]{1,64}={0,2}&#92;u000D?&#92;u000A-{5}END
     * (ENCRYPTED )?PRIVATE KEY-{5}(&#92;u000D?&#92;u000A)?$}. CloudFormation property {@code
     * PrivateKey}.
     */
    public KeyPairCredentials privateKey(String value) {
      return set("PrivateKey", Value.of(value));
    }

    /** Sets {@code PrivateKey} to this value; see {@link #privateKey(String)}. */
    public KeyPairCredentials privateKey(Value<String> value) {
      return set("PrivateKey", value);
    }

    /**
     * PrivateKeyPassphrase
     *
     * <p>Length: 0 to 256 characters. CloudFormation property {@code PrivateKeyPassphrase}.
     */
    public KeyPairCredentials privateKeyPassphrase(String value) {
      return set("PrivateKeyPassphrase", Value.of(value));
    }

    /**
     * Sets {@code PrivateKeyPassphrase} to this value; see {@link #privateKeyPassphrase(String)}.
     */
    public KeyPairCredentials privateKeyPassphrase(Value<String> value) {
      return set("PrivateKeyPassphrase", value);
    }
  }

  /**
   * Amazon S3 manifest file location.
   *
   * <p>Property type {@code AWS::QuickSight::DataSource.ManifestFileLocation}.
   */
  public static final class ManifestFileLocation extends Struct<ManifestFileLocation> {
    private static final Schema SCHEMA = Schema.builder("AWS::QuickSight::DataSource.ManifestFileLocation")
        .required("Bucket", "Key")
        .constrain("Bucket", Constraint.of().minLength(1).maxLength(1024))
        .constrain("Key", Constraint.of().minLength(1).maxLength(1024))
        .build();

    public ManifestFileLocation() {
      super(SCHEMA);
    }

    /**
     * Amazon S3 bucket.
     *
     * <p>Required. Length: 1 to 1024 characters. CloudFormation property {@code Bucket}.
     */
    public ManifestFileLocation bucket(String value) {
      return set("Bucket", Value.of(value));
    }

    /** Sets {@code Bucket} to this value; see {@link #bucket(String)}. */
    public ManifestFileLocation bucket(Value<String> value) {
      return set("Bucket", value);
    }

    /**
     * Amazon S3 key that identifies an object.
     *
     * <p>Required. Length: 1 to 1024 characters. CloudFormation property {@code Key}.
     */
    public ManifestFileLocation key(String value) {
      return set("Key", Value.of(value));
    }

    /** Sets {@code Key} to this value; see {@link #key(String)}. */
    public ManifestFileLocation key(Value<String> value) {
      return set("Key", value);
    }
  }

  /**
   * The parameters for MariaDB.
   *
   * <p>Property type {@code AWS::QuickSight::DataSource.MariaDbParameters}.
   */
  public static final class MariaDbParameters extends Struct<MariaDbParameters> {
    private static final Schema SCHEMA = Schema.builder("AWS::QuickSight::DataSource.MariaDbParameters")
        .required("Database", "Host", "Port")
        .constrain("Database", Constraint.of().minLength(1).maxLength(128))
        .constrain("Host", Constraint.of().minLength(1).maxLength(256))
        .constrain("Port", Constraint.of().minimum(1).maximum(65535))
        .build();

    public MariaDbParameters() {
      super(SCHEMA);
    }

    /**
     * Database.
     *
     * <p>Required. Length: 1 to 128 characters. CloudFormation property {@code Database}.
     */
    public MariaDbParameters database(String value) {
      return set("Database", Value.of(value));
    }

    /** Sets {@code Database} to this value; see {@link #database(String)}. */
    public MariaDbParameters database(Value<String> value) {
      return set("Database", value);
    }

    /**
     * Host.
     *
     * <p>Required. Length: 1 to 256 characters. CloudFormation property {@code Host}.
     */
    public MariaDbParameters host(String value) {
      return set("Host", Value.of(value));
    }

    /** Sets {@code Host} to this value; see {@link #host(String)}. */
    public MariaDbParameters host(Value<String> value) {
      return set("Host", value);
    }

    /**
     * Port.
     *
     * <p>Required. Range: 1 to 65535. Default: {@code 0}. CloudFormation property {@code Port}.
     */
    public MariaDbParameters port(double value) {
      return set("Port", Value.of(value));
    }

    /** Sets {@code Port} to this value; see {@link #port(double)}. */
    public MariaDbParameters port(Value<Double> value) {
      return set("Port", value);
    }
  }

  /**
   * The parameters for MySQL.
   *
   * <p>Property type {@code AWS::QuickSight::DataSource.MySqlParameters}.
   */
  public static final class MySqlParameters extends Struct<MySqlParameters> {
    private static final Schema SCHEMA = Schema.builder("AWS::QuickSight::DataSource.MySqlParameters")
        .required("Database", "Host", "Port")
        .constrain("Database", Constraint.of().minLength(1).maxLength(128))
        .constrain("Host", Constraint.of().minLength(1).maxLength(256))
        .constrain("Port", Constraint.of().minimum(1).maximum(65535))
        .build();

    public MySqlParameters() {
      super(SCHEMA);
    }

    /**
     * Database.
     *
     * <p>Required. Length: 1 to 128 characters. CloudFormation property {@code Database}.
     */
    public MySqlParameters database(String value) {
      return set("Database", Value.of(value));
    }

    /** Sets {@code Database} to this value; see {@link #database(String)}. */
    public MySqlParameters database(Value<String> value) {
      return set("Database", value);
    }

    /**
     * Host.
     *
     * <p>Required. Length: 1 to 256 characters. CloudFormation property {@code Host}.
     */
    public MySqlParameters host(String value) {
      return set("Host", Value.of(value));
    }

    /** Sets {@code Host} to this value; see {@link #host(String)}. */
    public MySqlParameters host(Value<String> value) {
      return set("Host", value);
    }

    /**
     * Port.
     *
     * <p>Required. Range: 1 to 65535. Default: {@code 0}. CloudFormation property {@code Port}.
     */
    public MySqlParameters port(double value) {
      return set("Port", Value.of(value));
    }

    /** Sets {@code Port} to this value; see {@link #port(double)}. */
    public MySqlParameters port(Value<Double> value) {
      return set("Port", value);
    }
  }

  /**
   * An object that contains information needed to create a data source connection that uses OAuth
   * client credentials. This option is available for data source connections that are made with
   * Snowflake and Starburst.
   *
   * <p>Property type {@code AWS::QuickSight::DataSource.OAuthParameters}.
   */
  public static final class OAuthParameters extends Struct<OAuthParameters> {
    private static final Schema SCHEMA = Schema.builder("AWS::QuickSight::DataSource.OAuthParameters")
        .required("TokenProviderUrl")
        .constrain("IdentityProviderResourceUri", Constraint.of().minLength(1).maxLength(2048))
        .constrain("OAuthScope", Constraint.of().minLength(1).maxLength(128))
        .constrain("TokenProviderUrl", Constraint.of().minLength(1).maxLength(2048))
        .build();

    public OAuthParameters() {
      super(SCHEMA);
    }

    /**
     * The resource uri of the identity provider.
     *
     * <p>Length: 1 to 2048 characters. CloudFormation property {@code IdentityProviderResourceUri}.
     */
    public OAuthParameters identityProviderResourceUri(String value) {
      return set("IdentityProviderResourceUri", Value.of(value));
    }

    /**
     * Sets {@code IdentityProviderResourceUri} to this value; see {@link
     * #identityProviderResourceUri(String)}.
     */
    public OAuthParameters identityProviderResourceUri(Value<String> value) {
      return set("IdentityProviderResourceUri", value);
    }

    /**
     * &lt;p&gt;VPC connection properties.&lt;/p&gt;
     *
     * <p>CloudFormation property {@code IdentityProviderVpcConnectionProperties}.
     */
    public OAuthParameters identityProviderVpcConnectionProperties(Value<VpcConnectionProperties> value) {
      return set("IdentityProviderVpcConnectionProperties", value);
    }

    /**
     * The OAuth scope.
     *
     * <p>Length: 1 to 128 characters. CloudFormation property {@code OAuthScope}.
     */
    public OAuthParameters oAuthScope(String value) {
      return set("OAuthScope", Value.of(value));
    }

    /** Sets {@code OAuthScope} to this value; see {@link #oAuthScope(String)}. */
    public OAuthParameters oAuthScope(Value<String> value) {
      return set("OAuthScope", value);
    }

    /**
     * The token endpoint URL of the identity provider.
     *
     * <p>Required. Length: 1 to 2048 characters. CloudFormation property {@code TokenProviderUrl}.
     */
    public OAuthParameters tokenProviderUrl(String value) {
      return set("TokenProviderUrl", Value.of(value));
    }

    /** Sets {@code TokenProviderUrl} to this value; see {@link #tokenProviderUrl(String)}. */
    public OAuthParameters tokenProviderUrl(Value<String> value) {
      return set("TokenProviderUrl", value);
    }
  }

  /**
   * Oracle parameters.
   *
   * <p>Property type {@code AWS::QuickSight::DataSource.OracleParameters}.
   */
  public static final class OracleParameters extends Struct<OracleParameters> {
    private static final Schema SCHEMA = Schema.builder("AWS::QuickSight::DataSource.OracleParameters")
        .required("Database", "Host", "Port")
        .constrain("Database", Constraint.of().minLength(1).maxLength(128))
        .constrain("Host", Constraint.of().minLength(1).maxLength(256))
        .constrain("Port", Constraint.of().minimum(1).maximum(65535))
        .build();

    public OracleParameters() {
      super(SCHEMA);
    }

    /**
     * Database.
     *
     * <p>Required. Length: 1 to 128 characters. CloudFormation property {@code Database}.
     */
    public OracleParameters database(String value) {
      return set("Database", Value.of(value));
    }

    /** Sets {@code Database} to this value; see {@link #database(String)}. */
    public OracleParameters database(Value<String> value) {
      return set("Database", value);
    }

    /**
     * Host.
     *
     * <p>Required. Length: 1 to 256 characters. CloudFormation property {@code Host}.
     */
    public OracleParameters host(String value) {
      return set("Host", Value.of(value));
    }

    /** Sets {@code Host} to this value; see {@link #host(String)}. */
    public OracleParameters host(Value<String> value) {
      return set("Host", value);
    }

    /**
     * Port.
     *
     * <p>Required. Range: 1 to 65535. Default: {@code 0}. CloudFormation property {@code Port}.
     */
    public OracleParameters port(double value) {
      return set("Port", Value.of(value));
    }

    /** Sets {@code Port} to this value; see {@link #port(double)}. */
    public OracleParameters port(Value<Double> value) {
      return set("Port", value);
    }

    /**
     * A Boolean value that indicates whether the <code>Database</code> uses a service name or an
     * SID. If this value is left blank, the default value is <code>SID</code> . If this value is
     * set to <code>false</code> , the value is <code>SID</code> .
     *
     * <p>Default: {@code false}. CloudFormation property {@code UseServiceName}.
     */
    public OracleParameters useServiceName(boolean value) {
      return set("UseServiceName", Value.of(value));
    }

    /** Sets {@code UseServiceName} to this value; see {@link #useServiceName(boolean)}. */
    public OracleParameters useServiceName(Value<Boolean> value) {
      return set("UseServiceName", value);
    }
  }

  /**
   * The parameters for PostgreSQL.
   *
   * <p>Property type {@code AWS::QuickSight::DataSource.PostgreSqlParameters}.
   */
  public static final class PostgreSqlParameters extends Struct<PostgreSqlParameters> {
    private static final Schema SCHEMA = Schema.builder("AWS::QuickSight::DataSource.PostgreSqlParameters")
        .required("Database", "Host", "Port")
        .constrain("Database", Constraint.of().minLength(1).maxLength(128))
        .constrain("Host", Constraint.of().minLength(1).maxLength(256))
        .constrain("Port", Constraint.of().minimum(1).maximum(65535))
        .build();

    public PostgreSqlParameters() {
      super(SCHEMA);
    }

    /**
     * Database.
     *
     * <p>Required. Length: 1 to 128 characters. CloudFormation property {@code Database}.
     */
    public PostgreSqlParameters database(String value) {
      return set("Database", Value.of(value));
    }

    /** Sets {@code Database} to this value; see {@link #database(String)}. */
    public PostgreSqlParameters database(Value<String> value) {
      return set("Database", value);
    }

    /**
     * Host.
     *
     * <p>Required. Length: 1 to 256 characters. CloudFormation property {@code Host}.
     */
    public PostgreSqlParameters host(String value) {
      return set("Host", Value.of(value));
    }

    /** Sets {@code Host} to this value; see {@link #host(String)}. */
    public PostgreSqlParameters host(Value<String> value) {
      return set("Host", value);
    }

    /**
     * Port.
     *
     * <p>Required. Range: 1 to 65535. Default: {@code 0}. CloudFormation property {@code Port}.
     */
    public PostgreSqlParameters port(double value) {
      return set("Port", Value.of(value));
    }

    /** Sets {@code Port} to this value; see {@link #port(double)}. */
    public PostgreSqlParameters port(Value<Double> value) {
      return set("Port", value);
    }
  }

  /**
   * The parameters for Presto.
   *
   * <p>Property type {@code AWS::QuickSight::DataSource.PrestoParameters}.
   */
  public static final class PrestoParameters extends Struct<PrestoParameters> {
    private static final Schema SCHEMA = Schema.builder("AWS::QuickSight::DataSource.PrestoParameters")
        .required("Catalog", "Host", "Port")
        .constrain("Catalog", Constraint.of().minLength(0).maxLength(128))
        .constrain("Host", Constraint.of().minLength(1).maxLength(256))
        .constrain("Port", Constraint.of().minimum(1).maximum(65535))
        .build();

    public PrestoParameters() {
      super(SCHEMA);
    }

    /**
     * Catalog.
     *
     * <p>Required. Length: 0 to 128 characters. CloudFormation property {@code Catalog}.
     */
    public PrestoParameters catalog(String value) {
      return set("Catalog", Value.of(value));
    }

    /** Sets {@code Catalog} to this value; see {@link #catalog(String)}. */
    public PrestoParameters catalog(Value<String> value) {
      return set("Catalog", value);
    }

    /**
     * Host.
     *
     * <p>Required. Length: 1 to 256 characters. CloudFormation property {@code Host}.
     */
    public PrestoParameters host(String value) {
      return set("Host", Value.of(value));
    }

    /** Sets {@code Host} to this value; see {@link #host(String)}. */
    public PrestoParameters host(Value<String> value) {
      return set("Host", value);
    }

    /**
     * Port.
     *
     * <p>Required. Range: 1 to 65535. Default: {@code 0}. CloudFormation property {@code Port}.
     */
    public PrestoParameters port(double value) {
      return set("Port", Value.of(value));
    }

    /** Sets {@code Port} to this value; see {@link #port(double)}. */
    public PrestoParameters port(Value<Double> value) {
      return set("Port", value);
    }
  }

  /**
   * The parameters for Amazon RDS.
   *
   * <p>Property type {@code AWS::QuickSight::DataSource.RdsParameters}.
   */
  public static final class RdsParameters extends Struct<RdsParameters> {
    private static final Schema SCHEMA = Schema.builder("AWS::QuickSight::DataSource.RdsParameters")
        .required("Database", "InstanceId")
        .constrain("Database", Constraint.of().minLength(1).maxLength(128))
        .constrain("InstanceId", Constraint.of().minLength(1).maxLength(64))
        .build();

    public RdsParameters() {
      super(SCHEMA);
    }

    /**
     * Database.
     *
     * <p>Required. Length: 1 to 128 characters. CloudFormation property {@code Database}.
     */
    public RdsParameters database(String value) {
      return set("Database", Value.of(value));
    }

    /** Sets {@code Database} to this value; see {@link #database(String)}. */
    public RdsParameters database(Value<String> value) {
      return set("Database", value);
    }

    /**
     * Instance ID.
     *
     * <p>Required. Length: 1 to 64 characters. CloudFormation property {@code InstanceId}.
     */
    public RdsParameters instanceId(String value) {
      return set("InstanceId", Value.of(value));
    }

    /** Sets {@code InstanceId} to this value; see {@link #instanceId(String)}. */
    public RdsParameters instanceId(Value<String> value) {
      return set("InstanceId", value);
    }
  }

  /**
   * A structure that grants Quick Sight access to your cluster and make a call to the
   * <code>redshift:GetClusterCredentials</code> API. For more information on the
   * <code>redshift:GetClusterCredentials</code> API, see <a
   * href="https://docs.aws.amazon.com/redshift/latest/APIReference/API_GetClusterCredentials.html"><code>GetClusterCredentials</code></a>
   * .
   *
   * <p>Property type {@code AWS::QuickSight::DataSource.RedshiftIAMParameters}.
   */
  public static final class RedshiftIAMParameters extends Struct<RedshiftIAMParameters> {
    private static final Schema SCHEMA = Schema.builder("AWS::QuickSight::DataSource.RedshiftIAMParameters")
        .required("RoleArn")
        .constrain("DatabaseGroups", Constraint.of().minLength(1).maxLength(64))
        .constrain("DatabaseUser", Constraint.of().minLength(1).maxLength(64))
        .constrain("RoleArn", Constraint.of().minLength(20).maxLength(2048).format("AWS::IAM::Role.Arn"))
        .build();

    public RedshiftIAMParameters() {
      super(SCHEMA);
    }

    /**
     * Automatically creates a database user. If your database doesn't have a
     * <code>DatabaseUser</code> , set this parameter to <code>True</code> . If there is no
     * <code>DatabaseUser</code> , Quick Sight can't connect to your cluster. The
     * <code>RoleArn</code> that you use for this operation must grant access to
     * <code>redshift:CreateClusterUser</code> to successfully create the user.
     *
     * <p>Default: {@code false}. CloudFormation property {@code AutoCreateDatabaseUser}.
     */
    public RedshiftIAMParameters autoCreateDatabaseUser(boolean value) {
      return set("AutoCreateDatabaseUser", Value.of(value));
    }

    /**
     * Sets {@code AutoCreateDatabaseUser} to this value; see {@link
     * #autoCreateDatabaseUser(boolean)}.
     */
    public RedshiftIAMParameters autoCreateDatabaseUser(Value<Boolean> value) {
      return set("AutoCreateDatabaseUser", value);
    }

    /**
     * A list of groups whose permissions will be granted to Quick Sight to access the cluster.
     * These permissions are combined with the permissions granted to Quick Sight by the
     * <code>DatabaseUser</code> . If you choose to include this parameter, the <code>RoleArn</code>
     * must grant access to <code>redshift:JoinGroup</code> .
     *
     * <p>Length: 1 to 64 characters. CloudFormation property {@code DatabaseGroups}.
     */
    public RedshiftIAMParameters databaseGroups(List<String> value) {
      return set("DatabaseGroups", Value.listOf(value));
    }

    /** Sets {@code DatabaseGroups} to this value; see {@link #databaseGroups(List)}. */
    public RedshiftIAMParameters databaseGroups(Value<List<String>> value) {
      return set("DatabaseGroups", value);
    }

    /**
     * The user whose permissions and group memberships will be used by Quick Sight to access the
     * cluster. If this user already exists in your database, Amazon Quick Sight is granted the same
     * permissions that the user has. If the user doesn't exist, set the value of
     * <code>AutoCreateDatabaseUser</code> to <code>True</code> to create a new user with PUBLIC
     * permissions.
     *
     * <p>Length: 1 to 64 characters. CloudFormation property {@code DatabaseUser}.
     */
    public RedshiftIAMParameters databaseUser(String value) {
      return set("DatabaseUser", Value.of(value));
    }

    /** Sets {@code DatabaseUser} to this value; see {@link #databaseUser(String)}. */
    public RedshiftIAMParameters databaseUser(Value<String> value) {
      return set("DatabaseUser", value);
    }

    /**
     * Use the <code>RoleArn</code> structure to allow Quick Sight to call
     * <code>redshift:GetClusterCredentials</code> on your cluster. The calling principal must have
     * <code>iam:PassRole</code> access to pass the role to Quick Sight. The role's trust policy
     * must allow the Quick Sight service principal to assume the role.
     *
     * <p>Required. Length: 20 to 2048 characters. Format: {@code AWS::IAM::Role.Arn}.
     * CloudFormation property {@code RoleArn}.
     */
    public RedshiftIAMParameters roleArn(String value) {
      return set("RoleArn", Value.of(value));
    }

    /** Sets {@code RoleArn} to this value; see {@link #roleArn(String)}. */
    public RedshiftIAMParameters roleArn(Value<String> value) {
      return set("RoleArn", value);
    }
  }

  /**
   * The parameters for Amazon Redshift. The <code>ClusterId</code> field can be blank if
   * <code>Host</code> and <code>Port</code> are both set. The <code>Host</code> and
   * <code>Port</code> fields can be blank if the <code>ClusterId</code> field is set.
   *
   * <p>Property type {@code AWS::QuickSight::DataSource.RedshiftParameters}.
   */
  public static final class RedshiftParameters extends Struct<RedshiftParameters> {
    private static final Schema SCHEMA = Schema.builder("AWS::QuickSight::DataSource.RedshiftParameters")
        .required("Database")
        .constrain("ClusterId", Constraint.of().minLength(1).maxLength(64))
        .constrain("Database", Constraint.of().minLength(1).maxLength(128))
        .constrain("Host", Constraint.of().minLength(1).maxLength(256))
        .constrain("Port", Constraint.of().minimum(0).maximum(65535))
        .build();

    public RedshiftParameters() {
      super(SCHEMA);
    }

    /**
     * Cluster ID. This field can be blank if the <code>Host</code> and <code>Port</code> are
     * provided.
     *
     * <p>Length: 1 to 64 characters. CloudFormation property {@code ClusterId}.
     */
    public RedshiftParameters clusterId(String value) {
      return set("ClusterId", Value.of(value));
    }

    /** Sets {@code ClusterId} to this value; see {@link #clusterId(String)}. */
    public RedshiftParameters clusterId(Value<String> value) {
      return set("ClusterId", value);
    }

    /**
     * Database.
     *
     * <p>Required. Length: 1 to 128 characters. CloudFormation property {@code Database}.
     */
    public RedshiftParameters database(String value) {
      return set("Database", Value.of(value));
    }

    /** Sets {@code Database} to this value; see {@link #database(String)}. */
    public RedshiftParameters database(Value<String> value) {
      return set("Database", value);
    }

    /**
     * Host. This field can be blank if <code>ClusterId</code> is provided.
     *
     * <p>Length: 1 to 256 characters. CloudFormation property {@code Host}.
     */
    public RedshiftParameters host(String value) {
      return set("Host", Value.of(value));
    }

    /** Sets {@code Host} to this value; see {@link #host(String)}. */
    public RedshiftParameters host(Value<String> value) {
      return set("Host", value);
    }

    /**
     * An optional parameter that uses IAM authentication to grant Quick Sight access to your
     * cluster. This parameter can be used instead of <a
     * href="https://docs.aws.amazon.com/quicksight/latest/APIReference/API_DataSourceCredentials.html">DataSourceCredentials</a>
     * .
     *
     * <p>CloudFormation property {@code IAMParameters}.
     */
    public RedshiftParameters iamParameters(Value<RedshiftIAMParameters> value) {
      return set("IAMParameters", value);
    }

    /**
     * An optional parameter that configures IAM Identity Center authentication to grant Quick Sight
     * access to your cluster.
     *
     * <p>This parameter can only be specified if your Quick Sight account is configured with IAM
     * Identity Center.
     *
     * <p>CloudFormation property {@code IdentityCenterConfiguration}.
     */
    public RedshiftParameters identityCenterConfiguration(Value<IdentityCenterConfiguration> value) {
      return set("IdentityCenterConfiguration", value);
    }

    /**
     * Port. This field can be blank if the <code>ClusterId</code> is provided.
     *
     * <p>Range: 0 to 65535. Default: {@code 0}. CloudFormation property {@code Port}.
     */
    public RedshiftParameters port(double value) {
      return set("Port", Value.of(value));
    }

    /** Sets {@code Port} to this value; see {@link #port(double)}. */
    public RedshiftParameters port(Value<Double> value) {
      return set("Port", value);
    }
  }

  /**
   * Permission for the resource.
   *
   * <p>Property type {@code AWS::QuickSight::DataSource.ResourcePermission}.
   */
  public static final class ResourcePermission extends Struct<ResourcePermission> {
    private static final Schema SCHEMA = Schema.builder("AWS::QuickSight::DataSource.ResourcePermission")
        .required("Actions", "Principal")
        .constrain("Principal", Constraint.of().minLength(1).maxLength(256))
        .build();

    public ResourcePermission() {
      super(SCHEMA);
    }

    /**
     * The IAM action to grant or revoke permissions on.
     *
     * <p>Required. CloudFormation property {@code Actions}.
     */
    public ResourcePermission actions(List<String> value) {
      return set("Actions", Value.listOf(value));
    }

    /** Sets {@code Actions} to this value; see {@link #actions(List)}. */
    public ResourcePermission actions(Value<List<String>> value) {
      return set("Actions", value);
    }

    /**
     * The Amazon Resource Name (ARN) of the principal. This can be one of the following:
     *
     * <ul> <li>The ARN of an Amazon Quick user or group associated with a data source or dataset.
     * (This is common.) <li>The ARN of an Amazon Quick user, group, or namespace associated with an
     * analysis, dashboard, template, or theme. (This is common.) <li>The ARN of an AWS account
     * root: This is an IAM ARN rather than a Quick ARN. Use this option only to share resources
     * (templates) across AWS accounts . (This is less common.) </ul>
     *
     * <p>Required. Length: 1 to 256 characters. CloudFormation property {@code Principal}.
     */
    public ResourcePermission principal(String value) {
      return set("Principal", Value.of(value));
    }

    /** Sets {@code Principal} to this value; see {@link #principal(String)}. */
    public ResourcePermission principal(Value<String> value) {
      return set("Principal", value);
    }

    /** CloudFormation property {@code Resource}. */
    public ResourcePermission resource(String value) {
      return set("Resource", Value.of(value));
    }

    /** Sets {@code Resource} to this value; see {@link #resource(String)}. */
    public ResourcePermission resource(Value<String> value) {
      return set("Resource", value);
    }
  }

  /**
   * The parameters for S3.
   *
   * <p>Property type {@code AWS::QuickSight::DataSource.S3Parameters}.
   */
  public static final class S3Parameters extends Struct<S3Parameters> {
    private static final Schema SCHEMA = Schema.builder("AWS::QuickSight::DataSource.S3Parameters")
        .required("ManifestFileLocation")
        .constrain("RoleArn", Constraint.of().minLength(20).maxLength(2048).format("AWS::IAM::Role.Arn"))
        .build();

    public S3Parameters() {
      super(SCHEMA);
    }

    /**
     * Location of the Amazon S3 manifest file. This is NULL if the manifest file was uploaded into
     * Quick Sight.
     *
     * <p>Required. CloudFormation property {@code ManifestFileLocation}.
     */
    public S3Parameters manifestFileLocation(Value<ManifestFileLocation> value) {
      return set("ManifestFileLocation", value);
    }

    /**
     * Sets {@code ManifestFileLocation} to the asset's bucket and key, where the deployer uploads
     * it; see {@link #manifestFileLocation(Value)}.
     */
    public S3Parameters manifestFileLocation(Asset asset) {
      return set("ManifestFileLocation", new ManifestFileLocation().bucket(asset.bucket()).key(asset.key()));
    }

    /**
     * Use the <code>RoleArn</code> structure to override an account-wide role for a specific S3
     * data source. For example, say an account administrator has turned off all S3 access with an
     * account-wide role. The administrator can then use <code>RoleArn</code> to bypass the
     * account-wide role and allow S3 access for the single S3 data source that is specified in the
     * structure, even if the account-wide role forbidding S3 access is still active.
     *
     * <p>Length: 20 to 2048 characters. Format: {@code AWS::IAM::Role.Arn}. CloudFormation property
     * {@code RoleArn}.
     */
    public S3Parameters roleArn(String value) {
      return set("RoleArn", Value.of(value));
    }

    /** Sets {@code RoleArn} to this value; see {@link #roleArn(String)}. */
    public S3Parameters roleArn(Value<String> value) {
      return set("RoleArn", value);
    }
  }

  /** Property type {@code AWS::QuickSight::DataSource.S3TablesParameters}. */
  public static final class S3TablesParameters extends Struct<S3TablesParameters> {
    private static final Schema SCHEMA = Schema.builder("AWS::QuickSight::DataSource.S3TablesParameters")
        .constrain("TableBucketArn", Constraint.of().pattern("^(arn:aws[-a-z0-9]*:[a-z0-9]+:[-a-z0-9]*:[0-9]{12}:bucket/[a-zA-Z0-9-_]{3,63})$"))
        .build();

    public S3TablesParameters() {
      super(SCHEMA);
    }

    /**
     * Pattern: {@code
     * ^(arn:aws[-a-z0-9]*:[a-z0-9]+:[-a-z0-9]*:[0-9]{12}:bucket/[a-zA-Z0-9-_]{3,63})$}.
     * CloudFormation property {@code TableBucketArn}.
     */
    public S3TablesParameters tableBucketArn(String value) {
      return set("TableBucketArn", Value.of(value));
    }

    /** Sets {@code TableBucketArn} to this value; see {@link #tableBucketArn(String)}. */
    public S3TablesParameters tableBucketArn(Value<String> value) {
      return set("TableBucketArn", value);
    }
  }

  /**
   * The parameters for Snowflake.
   *
   * <p>Property type {@code AWS::QuickSight::DataSource.SnowflakeParameters}.
   */
  public static final class SnowflakeParameters extends Struct<SnowflakeParameters> {
    private static final Schema SCHEMA = Schema.builder("AWS::QuickSight::DataSource.SnowflakeParameters")
        .required("Database", "Host", "Warehouse")
        .allowed("AuthenticationType", "PASSWORD", "TOKEN", "X509", "KEYPAIR")
        .constrain("Database", Constraint.of().minLength(1).maxLength(128))
        .constrain("DatabaseAccessControlRole", Constraint.of().minLength(0).maxLength(128))
        .constrain("Host", Constraint.of().minLength(1).maxLength(256))
        .constrain("Warehouse", Constraint.of().minLength(0).maxLength(128))
        .build();

    public SnowflakeParameters() {
      super(SCHEMA);
    }

    /**
     * The authentication type that you want to use for your connection. This parameter accepts
     * OAuth and non-OAuth authentication types.
     *
     * <p>Allowed values: {@code PASSWORD}, {@code TOKEN}, {@code X509}, {@code KEYPAIR}.
     * CloudFormation property {@code AuthenticationType}.
     */
    public SnowflakeParameters authenticationType(String value) {
      return set("AuthenticationType", Value.of(value));
    }

    /** Sets {@code AuthenticationType} to this value; see {@link #authenticationType(String)}. */
    public SnowflakeParameters authenticationType(Value<String> value) {
      return set("AuthenticationType", value);
    }

    /**
     * Database.
     *
     * <p>Required. Length: 1 to 128 characters. CloudFormation property {@code Database}.
     */
    public SnowflakeParameters database(String value) {
      return set("Database", Value.of(value));
    }

    /** Sets {@code Database} to this value; see {@link #database(String)}. */
    public SnowflakeParameters database(Value<String> value) {
      return set("Database", value);
    }

    /**
     * The database access control role.
     *
     * <p>Length: 0 to 128 characters. CloudFormation property {@code DatabaseAccessControlRole}.
     */
    public SnowflakeParameters databaseAccessControlRole(String value) {
      return set("DatabaseAccessControlRole", Value.of(value));
    }

    /**
     * Sets {@code DatabaseAccessControlRole} to this value; see {@link
     * #databaseAccessControlRole(String)}.
     */
    public SnowflakeParameters databaseAccessControlRole(Value<String> value) {
      return set("DatabaseAccessControlRole", value);
    }

    /**
     * Host.
     *
     * <p>Required. Length: 1 to 256 characters. CloudFormation property {@code Host}.
     */
    public SnowflakeParameters host(String value) {
      return set("Host", Value.of(value));
    }

    /** Sets {@code Host} to this value; see {@link #host(String)}. */
    public SnowflakeParameters host(Value<String> value) {
      return set("Host", value);
    }

    /**
     * An object that contains information needed to create a data source connection between an
     * Quick Sight account and Snowflake.
     *
     * <p>CloudFormation property {@code OAuthParameters}.
     */
    public SnowflakeParameters oAuthParameters(Value<OAuthParameters> value) {
      return set("OAuthParameters", value);
    }

    /**
     * Warehouse.
     *
     * <p>Required. Length: 0 to 128 characters. CloudFormation property {@code Warehouse}.
     */
    public SnowflakeParameters warehouse(String value) {
      return set("Warehouse", Value.of(value));
    }

    /** Sets {@code Warehouse} to this value; see {@link #warehouse(String)}. */
    public SnowflakeParameters warehouse(Value<String> value) {
      return set("Warehouse", value);
    }
  }

  /**
   * The parameters for Spark.
   *
   * <p>Property type {@code AWS::QuickSight::DataSource.SparkParameters}.
   */
  public static final class SparkParameters extends Struct<SparkParameters> {
    private static final Schema SCHEMA = Schema.builder("AWS::QuickSight::DataSource.SparkParameters")
        .required("Host", "Port")
        .constrain("Host", Constraint.of().minLength(1).maxLength(256))
        .constrain("Port", Constraint.of().minimum(1).maximum(65535))
        .build();

    public SparkParameters() {
      super(SCHEMA);
    }

    /**
     * Host.
     *
     * <p>Required. Length: 1 to 256 characters. CloudFormation property {@code Host}.
     */
    public SparkParameters host(String value) {
      return set("Host", Value.of(value));
    }

    /** Sets {@code Host} to this value; see {@link #host(String)}. */
    public SparkParameters host(Value<String> value) {
      return set("Host", value);
    }

    /**
     * Port.
     *
     * <p>Required. Range: 1 to 65535. Default: {@code 0}. CloudFormation property {@code Port}.
     */
    public SparkParameters port(double value) {
      return set("Port", Value.of(value));
    }

    /** Sets {@code Port} to this value; see {@link #port(double)}. */
    public SparkParameters port(Value<Double> value) {
      return set("Port", value);
    }
  }

  /**
   * The parameters for SQL Server.
   *
   * <p>Property type {@code AWS::QuickSight::DataSource.SqlServerParameters}.
   */
  public static final class SqlServerParameters extends Struct<SqlServerParameters> {
    private static final Schema SCHEMA = Schema.builder("AWS::QuickSight::DataSource.SqlServerParameters")
        .required("Database", "Host", "Port")
        .constrain("Database", Constraint.of().minLength(1).maxLength(128))
        .constrain("Host", Constraint.of().minLength(1).maxLength(256))
        .constrain("Port", Constraint.of().minimum(1).maximum(65535))
        .build();

    public SqlServerParameters() {
      super(SCHEMA);
    }

    /**
     * Database.
     *
     * <p>Required. Length: 1 to 128 characters. CloudFormation property {@code Database}.
     */
    public SqlServerParameters database(String value) {
      return set("Database", Value.of(value));
    }

    /** Sets {@code Database} to this value; see {@link #database(String)}. */
    public SqlServerParameters database(Value<String> value) {
      return set("Database", value);
    }

    /**
     * Host.
     *
     * <p>Required. Length: 1 to 256 characters. CloudFormation property {@code Host}.
     */
    public SqlServerParameters host(String value) {
      return set("Host", Value.of(value));
    }

    /** Sets {@code Host} to this value; see {@link #host(String)}. */
    public SqlServerParameters host(Value<String> value) {
      return set("Host", value);
    }

    /**
     * Port.
     *
     * <p>Required. Range: 1 to 65535. Default: {@code 0}. CloudFormation property {@code Port}.
     */
    public SqlServerParameters port(double value) {
      return set("Port", Value.of(value));
    }

    /** Sets {@code Port} to this value; see {@link #port(double)}. */
    public SqlServerParameters port(Value<Double> value) {
      return set("Port", value);
    }
  }

  /**
   * Secure Socket Layer (SSL) properties that apply when Quick Sight connects to your underlying
   * data source.
   *
   * <p>Property type {@code AWS::QuickSight::DataSource.SslProperties}.
   */
  public static final class SslProperties extends Struct<SslProperties> {
    private static final Schema SCHEMA = Schema.of("AWS::QuickSight::DataSource.SslProperties");

    public SslProperties() {
      super(SCHEMA);
    }

    /**
     * A Boolean option to control whether SSL should be disabled.
     *
     * <p>Default: {@code false}. CloudFormation property {@code DisableSsl}.
     */
    public SslProperties disableSsl(boolean value) {
      return set("DisableSsl", Value.of(value));
    }

    /** Sets {@code DisableSsl} to this value; see {@link #disableSsl(boolean)}. */
    public SslProperties disableSsl(Value<Boolean> value) {
      return set("DisableSsl", value);
    }
  }

  /**
   * The parameters that are required to connect to a Starburst data source.
   *
   * <p>Property type {@code AWS::QuickSight::DataSource.StarburstParameters}.
   */
  public static final class StarburstParameters extends Struct<StarburstParameters> {
    private static final Schema SCHEMA = Schema.builder("AWS::QuickSight::DataSource.StarburstParameters")
        .required("Catalog", "Host", "Port")
        .allowed("AuthenticationType", "PASSWORD", "TOKEN", "X509", "KEYPAIR")
        .constrain("Catalog", Constraint.of().minLength(0).maxLength(128))
        .constrain("DatabaseAccessControlRole", Constraint.of().minLength(0).maxLength(128))
        .constrain("Host", Constraint.of().minLength(1).maxLength(256))
        .constrain("Port", Constraint.of().minimum(1).maximum(65535))
        .allowed("ProductType", "GALAXY", "ENTERPRISE")
        .build();

    public StarburstParameters() {
      super(SCHEMA);
    }

    /**
     * The authentication type that you want to use for your connection. This parameter accepts
     * OAuth and non-OAuth authentication types.
     *
     * <p>Allowed values: {@code PASSWORD}, {@code TOKEN}, {@code X509}, {@code KEYPAIR}.
     * CloudFormation property {@code AuthenticationType}.
     */
    public StarburstParameters authenticationType(String value) {
      return set("AuthenticationType", Value.of(value));
    }

    /** Sets {@code AuthenticationType} to this value; see {@link #authenticationType(String)}. */
    public StarburstParameters authenticationType(Value<String> value) {
      return set("AuthenticationType", value);
    }

    /**
     * The catalog name for the Starburst data source.
     *
     * <p>Required. Length: 0 to 128 characters. CloudFormation property {@code Catalog}.
     */
    public StarburstParameters catalog(String value) {
      return set("Catalog", Value.of(value));
    }

    /** Sets {@code Catalog} to this value; see {@link #catalog(String)}. */
    public StarburstParameters catalog(Value<String> value) {
      return set("Catalog", value);
    }

    /**
     * The database access control role.
     *
     * <p>Length: 0 to 128 characters. CloudFormation property {@code DatabaseAccessControlRole}.
     */
    public StarburstParameters databaseAccessControlRole(String value) {
      return set("DatabaseAccessControlRole", Value.of(value));
    }

    /**
     * Sets {@code DatabaseAccessControlRole} to this value; see {@link
     * #databaseAccessControlRole(String)}.
     */
    public StarburstParameters databaseAccessControlRole(Value<String> value) {
      return set("DatabaseAccessControlRole", value);
    }

    /**
     * The host name of the Starburst data source.
     *
     * <p>Required. Length: 1 to 256 characters. CloudFormation property {@code Host}.
     */
    public StarburstParameters host(String value) {
      return set("Host", Value.of(value));
    }

    /** Sets {@code Host} to this value; see {@link #host(String)}. */
    public StarburstParameters host(Value<String> value) {
      return set("Host", value);
    }

    /**
     * An object that contains information needed to create a data source connection between an
     * Quick Sight account and Starburst.
     *
     * <p>CloudFormation property {@code OAuthParameters}.
     */
    public StarburstParameters oAuthParameters(Value<OAuthParameters> value) {
      return set("OAuthParameters", value);
    }

    /**
     * The port for the Starburst data source.
     *
     * <p>Required. Range: 1 to 65535. Default: {@code 0}. CloudFormation property {@code Port}.
     */
    public StarburstParameters port(double value) {
      return set("Port", Value.of(value));
    }

    /** Sets {@code Port} to this value; see {@link #port(double)}. */
    public StarburstParameters port(Value<Double> value) {
      return set("Port", value);
    }

    /**
     * The product type for the Starburst data source.
     *
     * <p>Allowed values: {@code GALAXY}, {@code ENTERPRISE}. CloudFormation property {@code
     * ProductType}.
     */
    public StarburstParameters productType(String value) {
      return set("ProductType", Value.of(value));
    }

    /** Sets {@code ProductType} to this value; see {@link #productType(String)}. */
    public StarburstParameters productType(Value<String> value) {
      return set("ProductType", value);
    }
  }

  /**
   * The parameters for Teradata.
   *
   * <p>Property type {@code AWS::QuickSight::DataSource.TeradataParameters}.
   */
  public static final class TeradataParameters extends Struct<TeradataParameters> {
    private static final Schema SCHEMA = Schema.builder("AWS::QuickSight::DataSource.TeradataParameters")
        .required("Database", "Host", "Port")
        .constrain("Database", Constraint.of().minLength(1).maxLength(128))
        .constrain("Host", Constraint.of().minLength(1).maxLength(256))
        .constrain("Port", Constraint.of().minimum(1).maximum(65535))
        .build();

    public TeradataParameters() {
      super(SCHEMA);
    }

    /**
     * Database.
     *
     * <p>Required. Length: 1 to 128 characters. CloudFormation property {@code Database}.
     */
    public TeradataParameters database(String value) {
      return set("Database", Value.of(value));
    }

    /** Sets {@code Database} to this value; see {@link #database(String)}. */
    public TeradataParameters database(Value<String> value) {
      return set("Database", value);
    }

    /**
     * Host.
     *
     * <p>Required. Length: 1 to 256 characters. CloudFormation property {@code Host}.
     */
    public TeradataParameters host(String value) {
      return set("Host", Value.of(value));
    }

    /** Sets {@code Host} to this value; see {@link #host(String)}. */
    public TeradataParameters host(Value<String> value) {
      return set("Host", value);
    }

    /**
     * Port.
     *
     * <p>Required. Range: 1 to 65535. Default: {@code 0}. CloudFormation property {@code Port}.
     */
    public TeradataParameters port(double value) {
      return set("Port", Value.of(value));
    }

    /** Sets {@code Port} to this value; see {@link #port(double)}. */
    public TeradataParameters port(Value<Double> value) {
      return set("Port", value);
    }
  }

  /**
   * The parameters that are required to connect to a Trino data source.
   *
   * <p>Property type {@code AWS::QuickSight::DataSource.TrinoParameters}.
   */
  public static final class TrinoParameters extends Struct<TrinoParameters> {
    private static final Schema SCHEMA = Schema.builder("AWS::QuickSight::DataSource.TrinoParameters")
        .required("Catalog", "Host", "Port")
        .constrain("Catalog", Constraint.of().minLength(0).maxLength(128))
        .constrain("Host", Constraint.of().minLength(1).maxLength(256))
        .constrain("Port", Constraint.of().minimum(1).maximum(65535))
        .build();

    public TrinoParameters() {
      super(SCHEMA);
    }

    /**
     * The catalog name for the Trino data source.
     *
     * <p>Required. Length: 0 to 128 characters. CloudFormation property {@code Catalog}.
     */
    public TrinoParameters catalog(String value) {
      return set("Catalog", Value.of(value));
    }

    /** Sets {@code Catalog} to this value; see {@link #catalog(String)}. */
    public TrinoParameters catalog(Value<String> value) {
      return set("Catalog", value);
    }

    /**
     * The host name of the Trino data source.
     *
     * <p>Required. Length: 1 to 256 characters. CloudFormation property {@code Host}.
     */
    public TrinoParameters host(String value) {
      return set("Host", Value.of(value));
    }

    /** Sets {@code Host} to this value; see {@link #host(String)}. */
    public TrinoParameters host(Value<String> value) {
      return set("Host", value);
    }

    /**
     * The port for the Trino data source.
     *
     * <p>Required. Range: 1 to 65535. Default: {@code 0}. CloudFormation property {@code Port}.
     */
    public TrinoParameters port(double value) {
      return set("Port", Value.of(value));
    }

    /** Sets {@code Port} to this value; see {@link #port(double)}. */
    public TrinoParameters port(Value<Double> value) {
      return set("Port", value);
    }
  }

  /**
   * VPC connection properties.
   *
   * <p>Property type {@code AWS::QuickSight::DataSource.VpcConnectionProperties}.
   */
  public static final class VpcConnectionProperties extends Struct<VpcConnectionProperties> {
    private static final Schema SCHEMA = Schema.builder("AWS::QuickSight::DataSource.VpcConnectionProperties")
        .required("VpcConnectionArn")
        .build();

    public VpcConnectionProperties() {
      super(SCHEMA);
    }

    /**
     * The Amazon Resource Name (ARN) for the VPC connection.
     *
     * <p>Required. CloudFormation property {@code VpcConnectionArn}.
     */
    public VpcConnectionProperties vpcConnectionArn(String value) {
      return set("VpcConnectionArn", Value.of(value));
    }

    /** Sets {@code VpcConnectionArn} to this value; see {@link #vpcConnectionArn(String)}. */
    public VpcConnectionProperties vpcConnectionArn(Value<String> value) {
      return set("VpcConnectionArn", value);
    }
  }
}
