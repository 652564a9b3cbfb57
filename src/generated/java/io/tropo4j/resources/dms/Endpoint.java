// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.dms;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * The <code>AWS::DMS::Endpoint</code> resource specifies an AWS DMS endpoint.
 *
 * <p>Currently, AWS CloudFormation supports all AWS DMS endpoint types.
 *
 * <p>CloudFormation type {@code AWS::DMS::Endpoint}.
 */
public final class Endpoint extends Resource<Endpoint> {
  private static final Schema SCHEMA = Schema.builder("AWS::DMS::Endpoint")
      .required("EndpointType", "EngineName")
      .refYields("EndpointArn")
      .attributes("EndpointArn", "ExternalId")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public Endpoint(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The Amazon Resource Name (ARN) for the certificate.
   *
   * <p>CloudFormation property {@code CertificateArn}.
   */
  public Endpoint certificateArn(String value) {
    return set("CertificateArn", Value.of(value));
  }

  /** Sets {@code CertificateArn} to this value; see {@link #certificateArn(String)}. */
  public Endpoint certificateArn(Value<String> value) {
    return set("CertificateArn", value);
  }

  /**
   * The name of the endpoint database. For a MySQL source or target endpoint, don't specify
   * <code>DatabaseName</code> . To migrate to a specific database, use this setting and
   * <code>targetDbType</code> .
   *
   * <p>CloudFormation property {@code DatabaseName}.
   */
  public Endpoint databaseName(String value) {
    return set("DatabaseName", Value.of(value));
  }

  /** Sets {@code DatabaseName} to this value; see {@link #databaseName(String)}. */
  public Endpoint databaseName(Value<String> value) {
    return set("DatabaseName", value);
  }

  /**
   * Settings in JSON format for the source and target DocumentDB endpoint. For more information
   * about other available settings, see <a
   * href="https://docs.aws.amazon.com/dms/latest/userguide/CHAP_Source.DocumentDB.html#CHAP_Source.DocumentDB.ECAs">Using
   * extra connections attributes with Amazon DocumentDB as a source</a> and <a
   * href="https://docs.aws.amazon.com/dms/latest/userguide/CHAP_Target.DocumentDB.html">Using
   * Amazon DocumentDB as a target for AWS Database Migration Service</a> in the <em>AWS Database
   * Migration Service User Guide</em> .
   *
   * <p>CloudFormation property {@code DocDbSettings}.
   */
  public Endpoint docDbSettings(Value<DocDbSettings> value) {
    return set("DocDbSettings", value);
  }

  /**
   * Settings in JSON format for the target Amazon DynamoDB endpoint. For information about other
   * available settings, see <a
   * href="https://docs.aws.amazon.com/dms/latest/userguide/CHAP_Target.DynamoDB.html#CHAP_Target.DynamoDB.ObjectMapping">Using
   * object mapping to migrate data to DynamoDB</a> in the <em>AWS Database Migration Service User
   * Guide</em> .
   *
   * <p>CloudFormation property {@code DynamoDbSettings}.
   */
  public Endpoint dynamoDbSettings(Value<DynamoDbSettings> value) {
    return set("DynamoDbSettings", value);
  }

  /**
   * Settings in JSON format for the target OpenSearch endpoint. For more information about the
   * available settings, see <a
   * href="https://docs.aws.amazon.com/dms/latest/userguide/CHAP_Target.Elasticsearch.html#CHAP_Target.Elasticsearch.Configuration">Extra
   * connection attributes when using OpenSearch as a target for AWS DMS</a> in the <em>AWS Database
   * Migration Service User Guide</em> .
   *
   * <p>CloudFormation property {@code ElasticsearchSettings}.
   */
  public Endpoint elasticsearchSettings(Value<ElasticsearchSettings> value) {
    return set("ElasticsearchSettings", value);
  }

  /**
   * The database endpoint identifier. Identifiers must begin with a letter and must contain only
   * ASCII letters, digits, and hyphens. They can't end with a hyphen, or contain two consecutive
   * hyphens.
   *
   * <p>CloudFormation property {@code EndpointIdentifier}.
   */
  public Endpoint endpointIdentifier(String value) {
    return set("EndpointIdentifier", Value.of(value));
  }

  /** Sets {@code EndpointIdentifier} to this value; see {@link #endpointIdentifier(String)}. */
  public Endpoint endpointIdentifier(Value<String> value) {
    return set("EndpointIdentifier", value);
  }

  /**
   * The type of endpoint. Valid values are <code>source</code> and <code>target</code> .
   *
   * <p>Required. CloudFormation property {@code EndpointType}.
   */
  public Endpoint endpointType(String value) {
    return set("EndpointType", Value.of(value));
  }

  /** Sets {@code EndpointType} to this value; see {@link #endpointType(String)}. */
  public Endpoint endpointType(Value<String> value) {
    return set("EndpointType", value);
  }

  /**
   * The type of engine for the endpoint, depending on the <code>EndpointType</code> value.
   *
   * <p><em>Valid values</em> : <code>mysql</code> | <code>oracle</code> | <code>postgres</code> |
   * <code>mariadb</code> | <code>aurora</code> | <code>aurora-postgresql</code> |
   * <code>opensearch</code> | <code>redshift</code> | <code>redshift-serverless</code> |
   * <code>s3</code> | <code>db2</code> | <code>azuredb</code> | <code>sybase</code> |
   * <code>dynamodb</code> | <code>mongodb</code> | <code>kinesis</code> | <code>kafka</code> |
   * <code>elasticsearch</code> | <code>docdb</code> | <code>sqlserver</code> | <code>neptune</code>
   *
   * <p>Required. CloudFormation property {@code EngineName}.
   */
  public Endpoint engineName(String value) {
    return set("EngineName", Value.of(value));
  }

  /** Sets {@code EngineName} to this value; see {@link #engineName(String)}. */
  public Endpoint engineName(Value<String> value) {
    return set("EngineName", value);
  }

  /**
   * Additional attributes associated with the connection. Each attribute is specified as a
   * name-value pair associated by an equal sign (=). Multiple attributes are separated by a
   * semicolon (;) with no additional white space. For information on the attributes available for
   * connecting your source or target endpoint, see <a
   * href="https://docs.aws.amazon.com/dms/latest/userguide/CHAP_Endpoints.html">Working with AWS
   * DMS Endpoints</a> in the <em>AWS Database Migration Service User Guide</em> .
   *
   * <p>CloudFormation property {@code ExtraConnectionAttributes}.
   */
  public Endpoint extraConnectionAttributes(String value) {
    return set("ExtraConnectionAttributes", Value.of(value));
  }

  /**
   * Sets {@code ExtraConnectionAttributes} to this value; see {@link
   * #extraConnectionAttributes(String)}.
   */
  public Endpoint extraConnectionAttributes(Value<String> value) {
    return set("ExtraConnectionAttributes", value);
  }

  /**
   * Settings in JSON format for the source GCP MySQL endpoint. These settings are much the same as
   * the settings for any MySQL-compatible endpoint. For more information, see <a
   * href="https://docs.aws.amazon.com/dms/latest/userguide/CHAP_Source.MySQL.html#CHAP_Source.MySQL.ConnectionAttrib">Extra
   * connection attributes when using MySQL as a source for AWS DMS</a> in the <em>AWS Database
   * Migration Service User Guide</em> .
   *
   * <p>CloudFormation property {@code GcpMySQLSettings}.
   */
  public Endpoint gcpMySQLSettings(Value<GcpMySQLSettings> value) {
    return set("GcpMySQLSettings", value);
  }

  /**
   * Settings in JSON format for the source IBM Db2 LUW endpoint. For information about other
   * available settings, see <a
   * href="https://docs.aws.amazon.com/dms/latest/userguide/CHAP_Source.DB2.html#CHAP_Source.DB2.ConnectionAttrib">Extra
   * connection attributes when using Db2 LUW as a source for AWS DMS</a> in the <em>AWS Database
   * Migration Service User Guide</em> .
   *
   * <p>CloudFormation property {@code IbmDb2Settings}.
   */
  public Endpoint ibmDb2Settings(Value<IbmDb2Settings> value) {
    return set("IbmDb2Settings", value);
  }

  /**
   * Settings in JSON format for the target Apache Kafka endpoint. For more information about other
   * available settings, see <a
   * href="https://docs.aws.amazon.com/dms/latest/userguide/CHAP_Target.Kafka.html#CHAP_Target.Kafka.ObjectMapping">Using
   * object mapping to migrate data to a Kafka topic</a> in the <em>AWS Database Migration Service
   * User Guide</em> .
   *
   * <p>CloudFormation property {@code KafkaSettings}.
   */
  public Endpoint kafkaSettings(Value<KafkaSettings> value) {
    return set("KafkaSettings", value);
  }

  /**
   * Settings in JSON format for the target endpoint for Amazon Kinesis Data Streams. For more
   * information about other available settings, see <a
   * href="https://docs.aws.amazon.com/dms/latest/userguide/CHAP_Target.Kinesis.html#CHAP_Target.Kinesis.ObjectMapping">Using
   * object mapping to migrate data to a Kinesis data stream</a> in the <em>AWS Database Migration
   * Service User Guide</em> .
   *
   * <p>CloudFormation property {@code KinesisSettings}.
   */
  public Endpoint kinesisSettings(Value<KinesisSettings> value) {
    return set("KinesisSettings", value);
  }

  /**
   * An AWS key identifier that is used to encrypt the connection parameters for the endpoint.
   *
   * <p>If you don't specify a value for the <code>KmsKeyId</code> parameter, AWS DMS uses your
   * default encryption key.
   *
   * <p>AWS creates the default encryption key for your AWS account . Your AWS account has a
   * different default encryption key for each AWS Region .
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code KmsKeyId}.
   */
  public Endpoint kmsKeyId(String value) {
    return set("KmsKeyId", Value.of(value));
  }

  /** Sets {@code KmsKeyId} to this value; see {@link #kmsKeyId(String)}. */
  public Endpoint kmsKeyId(Value<String> value) {
    return set("KmsKeyId", value);
  }

  /**
   * Settings in JSON format for the source and target Microsoft SQL Server endpoint. For
   * information about other available settings, see <a
   * href="https://docs.aws.amazon.com/dms/latest/userguide/CHAP_Source.SQLServer.html#CHAP_Source.SQLServer.ConnectionAttrib">Extra
   * connection attributes when using SQL Server as a source for AWS DMS</a> and <a
   * href="https://docs.aws.amazon.com/dms/latest/userguide/CHAP_Target.SQLServer.html#CHAP_Target.SQLServer.ConnectionAttrib">Extra
   * connection attributes when using SQL Server as a target for AWS DMS</a> in the <em>AWS Database
   * Migration Service User Guide</em> .
   *
   * <p>CloudFormation property {@code MicrosoftSqlServerSettings}.
   */
  public Endpoint microsoftSqlServerSettings(Value<MicrosoftSqlServerSettings> value) {
    return set("MicrosoftSqlServerSettings", value);
  }

  /**
   * Settings in JSON format for the source MongoDB endpoint. For more information about the
   * available settings, see <a
   * href="https://docs.aws.amazon.com/dms/latest/userguide/CHAP_Source.MongoDB.html#CHAP_Source.MongoDB.Configuration">Using
   * MongoDB as a target for AWS Database Migration Service</a> in the <em>AWS Database Migration
   * Service User Guide</em> .
   *
   * <p>CloudFormation property {@code MongoDbSettings}.
   */
  public Endpoint mongoDbSettings(Value<MongoDbSettings> value) {
    return set("MongoDbSettings", value);
  }

  /**
   * Settings in JSON format for the source and target MySQL endpoint. For information about other
   * available settings, see <a
   * href="https://docs.aws.amazon.com/dms/latest/userguide/CHAP_Source.MySQL.html#CHAP_Source.MySQL.ConnectionAttrib">Extra
   * connection attributes when using MySQL as a source for AWS DMS</a> and <a
   * href="https://docs.aws.amazon.com/dms/latest/userguide/CHAP_Target.MySQL.html#CHAP_Target.MySQL.ConnectionAttrib">Extra
   * connection attributes when using a MySQL-compatible database as a target for AWS DMS</a> in the
   * <em>AWS Database Migration Service User Guide</em> .
   *
   * <p>CloudFormation property {@code MySqlSettings}.
   */
  public Endpoint mySqlSettings(Value<MySqlSettings> value) {
    return set("MySqlSettings", value);
  }

  /**
   * Settings in JSON format for the target Amazon Neptune endpoint. For more information about the
   * available settings, see <a
   * href="https://docs.aws.amazon.com/dms/latest/userguide/CHAP_Target.Neptune.html#CHAP_Target.Neptune.EndpointSettings">Specifying
   * endpoint settings for Amazon Neptune as a target</a> in the <em>AWS Database Migration Service
   * User Guide</em> .
   *
   * <p>CloudFormation property {@code NeptuneSettings}.
   */
  public Endpoint neptuneSettings(Value<NeptuneSettings> value) {
    return set("NeptuneSettings", value);
  }

  /**
   * Settings in JSON format for the source and target Oracle endpoint. For information about other
   * available settings, see <a
   * href="https://docs.aws.amazon.com/dms/latest/userguide/CHAP_Source.Oracle.html#CHAP_Source.Oracle.ConnectionAttrib">Extra
   * connection attributes when using Oracle as a source for AWS DMS</a> and <a
   * href="https://docs.aws.amazon.com/dms/latest/userguide/CHAP_Target.Oracle.html#CHAP_Target.Oracle.ConnectionAttrib">Extra
   * connection attributes when using Oracle as a target for AWS DMS</a> in the <em>AWS Database
   * Migration Service User Guide</em> .
   *
   * <p>CloudFormation property {@code OracleSettings}.
   */
  public Endpoint oracleSettings(Value<OracleSettings> value) {
    return set("OracleSettings", value);
  }

  /**
   * The password to be used to log in to the endpoint database.
   *
   * <p>CloudFormation property {@code Password}.
   */
  public Endpoint password(String value) {
    return set("Password", Value.of(value));
  }

  /** Sets {@code Password} to this value; see {@link #password(String)}. */
  public Endpoint password(Value<String> value) {
    return set("Password", value);
  }

  /**
   * The port used by the endpoint database.
   *
   * <p>CloudFormation property {@code Port}.
   */
  public Endpoint port(int value) {
    return set("Port", Value.of(value));
  }

  /** Sets {@code Port} to this value; see {@link #port(int)}. */
  public Endpoint port(Value<Integer> value) {
    return set("Port", value);
  }

  /**
   * Settings in JSON format for the source and target PostgreSQL endpoint.
   *
   * <p>For information about other available settings, see <a
   * href="https://docs.aws.amazon.com/dms/latest/userguide/CHAP_Source.PostgreSQL.html#CHAP_Source.PostgreSQL.ConnectionAttrib">Extra
   * connection attributes when using PostgreSQL as a source for AWS DMS</a> and <a
   * href="https://docs.aws.amazon.com/dms/latest/userguide/CHAP_Target.PostgreSQL.html#CHAP_Target.PostgreSQL.ConnectionAttrib">Extra
   * connection attributes when using PostgreSQL as a target for AWS DMS</a> in the <em>AWS Database
   * Migration Service User Guide</em> .
   *
   * <p>CloudFormation property {@code PostgreSqlSettings}.
   */
  public Endpoint postgreSqlSettings(Value<PostgreSqlSettings> value) {
    return set("PostgreSqlSettings", value);
  }

  /**
   * Settings in JSON format for the target Redis endpoint. For information about other available
   * settings, see <a
   * href="https://docs.aws.amazon.com/dms/latest/userguide/CHAP_Target.Redis.html#CHAP_Target.Redis.EndpointSettings">Specifying
   * endpoint settings for Redis as a target</a> in the <em>AWS Database Migration Service User
   * Guide</em> .
   *
   * <p>CloudFormation property {@code RedisSettings}.
   */
  public Endpoint redisSettings(Value<RedisSettings> value) {
    return set("RedisSettings", value);
  }

  /**
   * Settings in JSON format for the Amazon Redshift endpoint.
   *
   * <p>For more information about other available settings, see <a
   * href="https://docs.aws.amazon.com/dms/latest/userguide/CHAP_Target.Redshift.html#CHAP_Target.Redshift.ConnectionAttrib">Extra
   * connection attributes when using Amazon Redshift as a target for AWS DMS</a> in the <em>AWS
   * Database Migration Service User Guide</em> .
   *
   * <p>CloudFormation property {@code RedshiftSettings}.
   */
  public Endpoint redshiftSettings(Value<RedshiftSettings> value) {
    return set("RedshiftSettings", value);
  }

  /**
   * A display name for the resource identifier at the end of the <code>EndpointArn</code> response
   * parameter that is returned in the created <code>Endpoint</code> object. The value for this
   * parameter can have up to 31 characters. It can contain only ASCII letters, digits, and hyphen
   * ('-'). Also, it can't end with a hyphen or contain two consecutive hyphens, and can only begin
   * with a letter, such as <code>Example-App-ARN1</code> .
   *
   * <p>For example, this value might result in the <code>EndpointArn</code> value
   * <code>arn:aws:dms:eu-west-1:012345678901:rep:Example-App-ARN1</code> . If you don't specify a
   * <code>ResourceIdentifier</code> value, AWS DMS generates a default identifier value for the end
   * of <code>EndpointArn</code> .
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code ResourceIdentifier}.
   */
  public Endpoint resourceIdentifier(String value) {
    return set("ResourceIdentifier", Value.of(value));
  }

  /** Sets {@code ResourceIdentifier} to this value; see {@link #resourceIdentifier(String)}. */
  public Endpoint resourceIdentifier(Value<String> value) {
    return set("ResourceIdentifier", value);
  }

  /**
   * Settings in JSON format for the source and target Amazon S3 endpoint. For more information
   * about other available settings, see <a
   * href="https://docs.aws.amazon.com/dms/latest/userguide/CHAP_Source.S3.html#CHAP_Source.S3.Configuring">Extra
   * connection attributes when using Amazon S3 as a source for AWS DMS</a> and <a
   * href="https://docs.aws.amazon.com/dms/latest/userguide/CHAP_Target.S3.html#CHAP_Target.S3.Configuring">Extra
   * connection attributes when using Amazon S3 as a target for AWS DMS</a> in the <em>AWS Database
   * Migration Service User Guide</em> .
   *
   * <p>CloudFormation property {@code S3Settings}.
   */
  public Endpoint s3Settings(Value<S3Settings> value) {
    return set("S3Settings", value);
  }

  /**
   * The name of the server where the endpoint database resides.
   *
   * <p>CloudFormation property {@code ServerName}.
   */
  public Endpoint serverName(String value) {
    return set("ServerName", Value.of(value));
  }

  /** Sets {@code ServerName} to this value; see {@link #serverName(String)}. */
  public Endpoint serverName(Value<String> value) {
    return set("ServerName", value);
  }

  /**
   * The Secure Sockets Layer (SSL) mode to use for the SSL connection. The default is
   * <code>none</code> .
   *
   * <p>When <code>engine_name</code> is set to S3, the only allowed value is <code>none</code> .
   *
   * <p>CloudFormation property {@code SslMode}.
   */
  public Endpoint sslMode(String value) {
    return set("SslMode", Value.of(value));
  }

  /** Sets {@code SslMode} to this value; see {@link #sslMode(String)}. */
  public Endpoint sslMode(Value<String> value) {
    return set("SslMode", value);
  }

  /**
   * Settings in JSON format for the source and target SAP ASE endpoint. For information about other
   * available settings, see <a
   * href="https://docs.aws.amazon.com/dms/latest/userguide/CHAP_Source.SAP.html#CHAP_Source.SAP.ConnectionAttrib">Extra
   * connection attributes when using SAP ASE as a source for AWS DMS</a> and <a
   * href="https://docs.aws.amazon.com/dms/latest/userguide/CHAP_Target.SAP.html#CHAP_Target.SAP.ConnectionAttrib">Extra
   * connection attributes when using SAP ASE as a target for AWS DMS</a> in the <em>AWS Database
   * Migration Service User Guide</em> .
   *
   * <p>CloudFormation property {@code SybaseSettings}.
   */
  public Endpoint sybaseSettings(Value<SybaseSettings> value) {
    return set("SybaseSettings", value);
  }

  /**
   * One or more tags to be assigned to the endpoint.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public Endpoint tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public Endpoint tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public Endpoint tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The user name to be used to log in to the endpoint database.
   *
   * <p>CloudFormation property {@code Username}.
   */
  public Endpoint username(String value) {
    return set("Username", Value.of(value));
  }

  /** Sets {@code Username} to this value; see {@link #username(String)}. */
  public Endpoint username(Value<String> value) {
    return set("Username", value);
  }

  /**
   * The endpoint ARN.
   *
   * <p>{@code Fn::GetAtt} attribute {@code EndpointArn}.
   */
  public Value<String> endpointArn() {
    return getAtt("EndpointArn");
  }

  /**
   * A value that can be used for cross-account validation.
   *
   * <p>{@code Fn::GetAtt} attribute {@code ExternalId}.
   */
  public Value<String> externalId() {
    return getAtt("ExternalId");
  }

  /**
   * Provides information that defines a DocumentDB endpoint. This information includes the output
   * format of records applied to the endpoint and details of transaction and control table data
   * information. For more information about other available settings, see <a
   * href="https://docs.aws.amazon.com/dms/latest/userguide/CHAP_Source.DocumentDB.html#CHAP_Source.DocumentDB.ECAs">Using
   * extra connections attributes with Amazon DocumentDB as a source</a> and <a
   * href="https://docs.aws.amazon.com/dms/latest/userguide/CHAP_Target.DocumentDB.html">Using
   * Amazon DocumentDB as a target for AWS Database Migration Service</a> in the <em>AWS Database
   * Migration Service User Guide</em> .
   *
   * <p>Property type {@code AWS::DMS::Endpoint.DocDbSettings}.
   */
  public static final class DocDbSettings extends Struct<DocDbSettings> {
    private static final Schema SCHEMA = Schema.builder("AWS::DMS::Endpoint.DocDbSettings")
        .constrain("SecretsManagerAccessRoleArn", Constraint.of().format("AWS::IAM::Role.Arn"))
        .build();

    public DocDbSettings() {
      super(SCHEMA);
    }

    /**
     * Indicates the number of documents to preview to determine the document organization. Use this
     * setting when <code>NestingLevel</code> is set to <code>"one"</code> .
     *
     * <p>Must be a positive value greater than <code>0</code> . Default value is <code>1000</code>
     * .
     *
     * <p>CloudFormation property {@code DocsToInvestigate}.
     */
    public DocDbSettings docsToInvestigate(int value) {
      return set("DocsToInvestigate", Value.of(value));
    }

    /** Sets {@code DocsToInvestigate} to this value; see {@link #docsToInvestigate(int)}. */
    public DocDbSettings docsToInvestigate(Value<Integer> value) {
      return set("DocsToInvestigate", value);
    }

    /**
     * Specifies the document ID. Use this setting when <code>NestingLevel</code> is set to
     * <code>"none"</code> .
     *
     * <p>Default value is <code>"false"</code> .
     *
     * <p>CloudFormation property {@code ExtractDocId}.
     */
    public DocDbSettings extractDocId(boolean value) {
      return set("ExtractDocId", Value.of(value));
    }

    /** Sets {@code ExtractDocId} to this value; see {@link #extractDocId(boolean)}. */
    public DocDbSettings extractDocId(Value<Boolean> value) {
      return set("ExtractDocId", value);
    }

    /**
     * Specifies either document or table mode.
     *
     * <p>Default value is <code>"none"</code> . Specify <code>"none"</code> to use document mode.
     * Specify <code>"one"</code> to use table mode.
     *
     * <p>CloudFormation property {@code NestingLevel}.
     */
    public DocDbSettings nestingLevel(String value) {
      return set("NestingLevel", Value.of(value));
    }

    /** Sets {@code NestingLevel} to this value; see {@link #nestingLevel(String)}. */
    public DocDbSettings nestingLevel(Value<String> value) {
      return set("NestingLevel", value);
    }

    /**
     * The full Amazon Resource Name (ARN) of the IAM role that specifies AWS DMS as the trusted
     * entity and grants the required permissions to access the value in
     * <code>SecretsManagerSecret</code> . The role must allow the <code>iam:PassRole</code> action.
     * <code>SecretsManagerSecret</code> has the value of the AWS Secrets Manager secret that allows
     * access to the DocumentDB endpoint.
     *
     * <p>You can specify one of two sets of values for these permissions. You can specify the
     * values for this setting and <code>SecretsManagerSecretId</code> . Or you can specify
     * clear-text values for <code>UserName</code> , <code>Password</code> , <code>ServerName</code>
     * , and <code>Port</code> . You can't specify both. For more information on creating this
     * <code>SecretsManagerSecret</code> , the corresponding
     * <code>SecretsManagerAccessRoleArn</code> , and the <code>SecretsManagerSecretId</code> that
     * is required to access it, see <a
     * href="https://docs.aws.amazon.com/dms/latest/userguide/CHAP_Security.html#security-iam-secretsmanager">Using
     * secrets to access AWS Database Migration Service resources</a> in the <em>AWS Database
     * Migration Service User Guide</em> .
     *
     * <p>Format: {@code AWS::IAM::Role.Arn}. CloudFormation property {@code
     * SecretsManagerAccessRoleArn}.
     */
    public DocDbSettings secretsManagerAccessRoleArn(String value) {
      return set("SecretsManagerAccessRoleArn", Value.of(value));
    }

    /**
     * Sets {@code SecretsManagerAccessRoleArn} to this value; see {@link
     * #secretsManagerAccessRoleArn(String)}.
     */
    public DocDbSettings secretsManagerAccessRoleArn(Value<String> value) {
      return set("SecretsManagerAccessRoleArn", value);
    }

    /**
     * The full ARN, partial ARN, or display name of the <code>SecretsManagerSecret</code> that
     * contains the DocumentDB endpoint connection details.
     *
     * <p>CloudFormation property {@code SecretsManagerSecretId}.
     */
    public DocDbSettings secretsManagerSecretId(String value) {
      return set("SecretsManagerSecretId", Value.of(value));
    }

    /**
     * Sets {@code SecretsManagerSecretId} to this value; see {@link
     * #secretsManagerSecretId(String)}.
     */
    public DocDbSettings secretsManagerSecretId(Value<String> value) {
      return set("SecretsManagerSecretId", value);
    }
  }

  /**
   * Provides information, including the Amazon Resource Name (ARN) of the IAM role used to define
   * an Amazon DynamoDB target endpoint. This information also includes the output format of records
   * applied to the endpoint and details of transaction and control table data information. For
   * information about other available settings, see <a
   * href="https://docs.aws.amazon.com/dms/latest/userguide/CHAP_Target.DynamoDB.html#CHAP_Target.DynamoDB.ObjectMapping">Using
   * object mapping to migrate data to DynamoDB</a> in the <em>AWS Database Migration Service User
   * Guide</em> .
   *
   * <p>Property type {@code AWS::DMS::Endpoint.DynamoDbSettings}.
   */
  public static final class DynamoDbSettings extends Struct<DynamoDbSettings> {
    private static final Schema SCHEMA = Schema.builder("AWS::DMS::Endpoint.DynamoDbSettings")
        .constrain("ServiceAccessRoleArn", Constraint.of().format("AWS::IAM::Role.Arn"))
        .build();

    public DynamoDbSettings() {
      super(SCHEMA);
    }

    /**
     * The Amazon Resource Name (ARN) used by the service to access the IAM role. The role must
     * allow the <code>iam:PassRole</code> action.
     *
     * <p>Format: {@code AWS::IAM::Role.Arn}. CloudFormation property {@code ServiceAccessRoleArn}.
     */
    public DynamoDbSettings serviceAccessRoleArn(String value) {
      return set("ServiceAccessRoleArn", Value.of(value));
    }

    /**
     * Sets {@code ServiceAccessRoleArn} to this value; see {@link #serviceAccessRoleArn(String)}.
     */
    public DynamoDbSettings serviceAccessRoleArn(Value<String> value) {
      return set("ServiceAccessRoleArn", value);
    }
  }

  /**
   * Provides information that defines an OpenSearch endpoint. This information includes the output
   * format of records applied to the endpoint and details of transaction and control table data
   * information. For more information about the available settings, see <a
   * href="https://docs.aws.amazon.com/dms/latest/userguide/CHAP_Target.Elasticsearch.html#CHAP_Target.Elasticsearch.Configuration">Extra
   * connection attributes when using OpenSearch as a target for AWS DMS</a> in the <em>AWS Database
   * Migration Service User Guide</em> .
   *
   * <p>Property type {@code AWS::DMS::Endpoint.ElasticsearchSettings}.
   */
  public static final class ElasticsearchSettings extends Struct<ElasticsearchSettings> {
    private static final Schema SCHEMA = Schema.builder("AWS::DMS::Endpoint.ElasticsearchSettings")
        .constrain("ServiceAccessRoleArn", Constraint.of().format("AWS::IAM::Role.Arn"))
        .build();

    public ElasticsearchSettings() {
      super(SCHEMA);
    }

    /**
     * The endpoint for the OpenSearch cluster. AWS DMS uses HTTPS if a transport protocol (either
     * HTTP or HTTPS) isn't specified.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code EndpointUri}.
     */
    public ElasticsearchSettings endpointUri(String value) {
      return set("EndpointUri", Value.of(value));
    }

    /** Sets {@code EndpointUri} to this value; see {@link #endpointUri(String)}. */
    public ElasticsearchSettings endpointUri(Value<String> value) {
      return set("EndpointUri", value);
    }

    /**
     * The maximum number of seconds for which DMS retries failed API requests to the OpenSearch
     * cluster.
     *
     * <p>CloudFormation property {@code ErrorRetryDuration}.
     */
    public ElasticsearchSettings errorRetryDuration(int value) {
      return set("ErrorRetryDuration", Value.of(value));
    }

    /** Sets {@code ErrorRetryDuration} to this value; see {@link #errorRetryDuration(int)}. */
    public ElasticsearchSettings errorRetryDuration(Value<Integer> value) {
      return set("ErrorRetryDuration", value);
    }

    /**
     * The maximum percentage of records that can fail to be written before a full load operation
     * stops.
     *
     * <p>To avoid early failure, this counter is only effective after 1,000 records are
     * transferred. OpenSearch also has the concept of error monitoring during the last 10 minutes
     * of an Observation Window. If transfer of all records fail in the last 10 minutes, the full
     * load operation stops.
     *
     * <p>CloudFormation property {@code FullLoadErrorPercentage}.
     */
    public ElasticsearchSettings fullLoadErrorPercentage(int value) {
      return set("FullLoadErrorPercentage", Value.of(value));
    }

    /**
     * Sets {@code FullLoadErrorPercentage} to this value; see {@link
     * #fullLoadErrorPercentage(int)}.
     */
    public ElasticsearchSettings fullLoadErrorPercentage(Value<Integer> value) {
      return set("FullLoadErrorPercentage", value);
    }

    /**
     * The Amazon Resource Name (ARN) used by the service to access the IAM role. The role must
     * allow the <code>iam:PassRole</code> action.
     *
     * <p>Format: {@code AWS::IAM::Role.Arn}. CloudFormation property {@code ServiceAccessRoleArn}.
     */
    public ElasticsearchSettings serviceAccessRoleArn(String value) {
      return set("ServiceAccessRoleArn", Value.of(value));
    }

    /**
     * Sets {@code ServiceAccessRoleArn} to this value; see {@link #serviceAccessRoleArn(String)}.
     */
    public ElasticsearchSettings serviceAccessRoleArn(Value<String> value) {
      return set("ServiceAccessRoleArn", value);
    }
  }

  /**
   * Provides information that defines a GCP MySQL endpoint. This information includes the output
   * format of records applied to the endpoint and details of transaction and control table data
   * information. These settings are much the same as the settings for any MySQL-compatible
   * endpoint. For more information, see <a
   * href="https://docs.aws.amazon.com/dms/latest/userguide/CHAP_Source.MySQL.html#CHAP_Source.MySQL.ConnectionAttrib">Extra
   * connection attributes when using MySQL as a source for AWS DMS</a> in the <em>AWS Database
   * Migration Service User Guide</em> .
   *
   * <p>Property type {@code AWS::DMS::Endpoint.GcpMySQLSettings}.
   */
  public static final class GcpMySQLSettings extends Struct<GcpMySQLSettings> {
    private static final Schema SCHEMA = Schema.builder("AWS::DMS::Endpoint.GcpMySQLSettings")
        .constrain("SecretsManagerAccessRoleArn", Constraint.of().format("AWS::IAM::Role.Arn"))
        .build();

    public GcpMySQLSettings() {
      super(SCHEMA);
    }

    /**
     * Specifies a script to run immediately after AWS DMS connects to the endpoint. The migration
     * task continues running regardless if the SQL statement succeeds or fails.
     *
     * <p>For this parameter, provide the code of the script itself, not the name of a file
     * containing the script.
     *
     * <p>CloudFormation property {@code AfterConnectScript}.
     */
    public GcpMySQLSettings afterConnectScript(String value) {
      return set("AfterConnectScript", Value.of(value));
    }

    /** Sets {@code AfterConnectScript} to this value; see {@link #afterConnectScript(String)}. */
    public GcpMySQLSettings afterConnectScript(Value<String> value) {
      return set("AfterConnectScript", value);
    }

    /**
     * Adjusts the behavior of AWS DMS when migrating from an SQL Server source database that is
     * hosted as part of an Always On availability group cluster. If you need AWS DMS to poll all
     * the nodes in the Always On cluster for transaction backups, set this attribute to
     * <code>false</code> .
     *
     * <p>CloudFormation property {@code CleanSourceMetadataOnMismatch}.
     */
    public GcpMySQLSettings cleanSourceMetadataOnMismatch(boolean value) {
      return set("CleanSourceMetadataOnMismatch", Value.of(value));
    }

    /**
     * Sets {@code CleanSourceMetadataOnMismatch} to this value; see {@link
     * #cleanSourceMetadataOnMismatch(boolean)}.
     */
    public GcpMySQLSettings cleanSourceMetadataOnMismatch(Value<Boolean> value) {
      return set("CleanSourceMetadataOnMismatch", value);
    }

    /**
     * Database name for the endpoint. For a MySQL source or target endpoint, don't explicitly
     * specify the database using the <code>DatabaseName</code> request parameter on either the
     * <code>CreateEndpoint</code> or <code>ModifyEndpoint</code> API call. Specifying
     * <code>DatabaseName</code> when you create or modify a MySQL endpoint replicates all the task
     * tables to this single database. For MySQL endpoints, you specify the database only when you
     * specify the schema in the table-mapping rules of the AWS DMS task.
     *
     * <p>CloudFormation property {@code DatabaseName}.
     */
    public GcpMySQLSettings databaseName(String value) {
      return set("DatabaseName", Value.of(value));
    }

    /** Sets {@code DatabaseName} to this value; see {@link #databaseName(String)}. */
    public GcpMySQLSettings databaseName(Value<String> value) {
      return set("DatabaseName", value);
    }

    /**
     * Specifies how often to check the binary log for new changes/events when the database is idle.
     * The default is five seconds.
     *
     * <p>Example: <code>eventsPollInterval=5;</code>
     *
     * <p>In the example, AWS DMS checks for changes in the binary logs every five seconds.
     *
     * <p>CloudFormation property {@code EventsPollInterval}.
     */
    public GcpMySQLSettings eventsPollInterval(int value) {
      return set("EventsPollInterval", Value.of(value));
    }

    /** Sets {@code EventsPollInterval} to this value; see {@link #eventsPollInterval(int)}. */
    public GcpMySQLSettings eventsPollInterval(Value<Integer> value) {
      return set("EventsPollInterval", value);
    }

    /**
     * Specifies the maximum size (in KB) of any .csv file used to transfer data to a
     * MySQL-compatible database.
     *
     * <p>Example: <code>maxFileSize=512</code>
     *
     * <p>CloudFormation property {@code MaxFileSize}.
     */
    public GcpMySQLSettings maxFileSize(int value) {
      return set("MaxFileSize", Value.of(value));
    }

    /** Sets {@code MaxFileSize} to this value; see {@link #maxFileSize(int)}. */
    public GcpMySQLSettings maxFileSize(Value<Integer> value) {
      return set("MaxFileSize", value);
    }

    /**
     * Improves performance when loading data into the MySQL-compatible target database. Specifies
     * how many threads to use to load the data into the MySQL-compatible target database. Setting a
     * large number of threads can have an adverse effect on database performance, because a
     * separate connection is required for each thread. The default is one.
     *
     * <p>Example: <code>parallelLoadThreads=1</code>
     *
     * <p>CloudFormation property {@code ParallelLoadThreads}.
     */
    public GcpMySQLSettings parallelLoadThreads(int value) {
      return set("ParallelLoadThreads", Value.of(value));
    }

    /** Sets {@code ParallelLoadThreads} to this value; see {@link #parallelLoadThreads(int)}. */
    public GcpMySQLSettings parallelLoadThreads(Value<Integer> value) {
      return set("ParallelLoadThreads", value);
    }

    /**
     * Endpoint connection password.
     *
     * <p>CloudFormation property {@code Password}.
     */
    public GcpMySQLSettings password(String value) {
      return set("Password", Value.of(value));
    }

    /** Sets {@code Password} to this value; see {@link #password(String)}. */
    public GcpMySQLSettings password(Value<String> value) {
      return set("Password", value);
    }

    /**
     * The port used by the endpoint database.
     *
     * <p>CloudFormation property {@code Port}.
     */
    public GcpMySQLSettings port(int value) {
      return set("Port", Value.of(value));
    }

    /** Sets {@code Port} to this value; see {@link #port(int)}. */
    public GcpMySQLSettings port(Value<Integer> value) {
      return set("Port", value);
    }

    /**
     * The full Amazon Resource Name (ARN) of the IAM role that specifies AWS DMS as the trusted
     * entity and grants the required permissions to access the value in
     * <code>SecretsManagerSecret.</code> The role must allow the <code>iam:PassRole</code> action.
     * <code>SecretsManagerSecret</code> has the value of the AWS Secrets Manager secret that allows
     * access to the MySQL endpoint.
     *
     * <p>You can specify one of two sets of values for these permissions. You can specify the
     * values for this setting and <code>SecretsManagerSecretId</code> . Or you can specify
     * clear-text values for <code>UserName</code> , <code>Password</code> , <code>ServerName</code>
     * , and <code>Port</code> . You can't specify both. For more information on creating this
     * <code>SecretsManagerSecret</code> , the corresponding
     * <code>SecretsManagerAccessRoleArn</code> , and the <code>SecretsManagerSecretId</code>
     * required to access it, see <a
     * href="https://docs.aws.amazon.com/dms/latest/userguide/CHAP_Security.html#security-iam-secretsmanager">Using
     * secrets to access AWS Database Migration Service resources</a> in the <em>AWS Database
     * Migration Service User Guide</em> .
     *
     * <p>Format: {@code AWS::IAM::Role.Arn}. CloudFormation property {@code
     * SecretsManagerAccessRoleArn}.
     */
    public GcpMySQLSettings secretsManagerAccessRoleArn(String value) {
      return set("SecretsManagerAccessRoleArn", Value.of(value));
    }

    /**
     * Sets {@code SecretsManagerAccessRoleArn} to this value; see {@link
     * #secretsManagerAccessRoleArn(String)}.
     */
    public GcpMySQLSettings secretsManagerAccessRoleArn(Value<String> value) {
      return set("SecretsManagerAccessRoleArn", value);
    }

    /**
     * The full ARN, partial ARN, or display name of the <code>SecretsManagerSecret</code> that
     * contains the MySQL endpoint connection details.
     *
     * <p>CloudFormation property {@code SecretsManagerSecretId}.
     */
    public GcpMySQLSettings secretsManagerSecretId(String value) {
      return set("SecretsManagerSecretId", Value.of(value));
    }

    /**
     * Sets {@code SecretsManagerSecretId} to this value; see {@link
     * #secretsManagerSecretId(String)}.
     */
    public GcpMySQLSettings secretsManagerSecretId(Value<String> value) {
      return set("SecretsManagerSecretId", value);
    }

    /**
     * The MySQL host name.
     *
     * <p>CloudFormation property {@code ServerName}.
     */
    public GcpMySQLSettings serverName(String value) {
      return set("ServerName", Value.of(value));
    }

    /** Sets {@code ServerName} to this value; see {@link #serverName(String)}. */
    public GcpMySQLSettings serverName(Value<String> value) {
      return set("ServerName", value);
    }

    /**
     * Specifies the time zone for the source MySQL database. Don't enclose time zones in single
     * quotation marks.
     *
     * <p>Example: <code>serverTimezone=US/Pacific;</code>
     *
     * <p>CloudFormation property {@code ServerTimezone}.
     */
    public GcpMySQLSettings serverTimezone(String value) {
      return set("ServerTimezone", Value.of(value));
    }

    /** Sets {@code ServerTimezone} to this value; see {@link #serverTimezone(String)}. */
    public GcpMySQLSettings serverTimezone(Value<String> value) {
      return set("ServerTimezone", value);
    }

    /**
     * Endpoint connection user name.
     *
     * <p>CloudFormation property {@code Username}.
     */
    public GcpMySQLSettings username(String value) {
      return set("Username", Value.of(value));
    }

    /** Sets {@code Username} to this value; see {@link #username(String)}. */
    public GcpMySQLSettings username(Value<String> value) {
      return set("Username", value);
    }
  }

  /**
   * Provides information that defines an IBMDB2 endpoint. This information includes the output
   * format of records applied to the endpoint and details of transaction and control table data
   * information. For more information about other available settings, see <a
   * href="https://docs.aws.amazon.com/dms/latest/userguide/CHAP_Source.DB2.html#CHAP_Source.DB2.ConnectionAttrib">Extra
   * connection attributes when using Db2 LUW as a source for AWS DMS</a> in the <em>AWS Database
   * Migration Service User Guide</em> .
   *
   * <p>Property type {@code AWS::DMS::Endpoint.IbmDb2Settings}.
   */
  public static final class IbmDb2Settings extends Struct<IbmDb2Settings> {
    private static final Schema SCHEMA = Schema.builder("AWS::DMS::Endpoint.IbmDb2Settings")
        .constrain("SecretsManagerAccessRoleArn", Constraint.of().format("AWS::IAM::Role.Arn"))
        .build();

    public IbmDb2Settings() {
      super(SCHEMA);
    }

    /**
     * For ongoing replication (CDC), use CurrentLSN to specify a log sequence number (LSN) where
     * you want the replication to start.
     *
     * <p>CloudFormation property {@code CurrentLsn}.
     */
    public IbmDb2Settings currentLsn(String value) {
      return set("CurrentLsn", Value.of(value));
    }

    /** Sets {@code CurrentLsn} to this value; see {@link #currentLsn(String)}. */
    public IbmDb2Settings currentLsn(Value<String> value) {
      return set("CurrentLsn", value);
    }

    /**
     * If true, AWS DMS saves any .csv files to the Db2 LUW target that were used to replicate data.
     * DMS uses these files for analysis and troubleshooting.
     *
     * <p>The default value is false.
     *
     * <p>CloudFormation property {@code KeepCsvFiles}.
     */
    public IbmDb2Settings keepCsvFiles(boolean value) {
      return set("KeepCsvFiles", Value.of(value));
    }

    /** Sets {@code KeepCsvFiles} to this value; see {@link #keepCsvFiles(boolean)}. */
    public IbmDb2Settings keepCsvFiles(Value<Boolean> value) {
      return set("KeepCsvFiles", value);
    }

    /**
     * The amount of time (in milliseconds) before AWS DMS times out operations performed by DMS on
     * the Db2 target. The default value is 1200 (20 minutes).
     *
     * <p>CloudFormation property {@code LoadTimeout}.
     */
    public IbmDb2Settings loadTimeout(int value) {
      return set("LoadTimeout", Value.of(value));
    }

    /** Sets {@code LoadTimeout} to this value; see {@link #loadTimeout(int)}. */
    public IbmDb2Settings loadTimeout(Value<Integer> value) {
      return set("LoadTimeout", value);
    }

    /**
     * Specifies the maximum size (in KB) of .csv files used to transfer data to Db2 LUW.
     *
     * <p>CloudFormation property {@code MaxFileSize}.
     */
    public IbmDb2Settings maxFileSize(int value) {
      return set("MaxFileSize", Value.of(value));
    }

    /** Sets {@code MaxFileSize} to this value; see {@link #maxFileSize(int)}. */
    public IbmDb2Settings maxFileSize(Value<Integer> value) {
      return set("MaxFileSize", value);
    }

    /**
     * Maximum number of bytes per read, as a NUMBER value. The default is 64 KB.
     *
     * <p>CloudFormation property {@code MaxKBytesPerRead}.
     */
    public IbmDb2Settings maxKBytesPerRead(int value) {
      return set("MaxKBytesPerRead", Value.of(value));
    }

    /** Sets {@code MaxKBytesPerRead} to this value; see {@link #maxKBytesPerRead(int)}. */
    public IbmDb2Settings maxKBytesPerRead(Value<Integer> value) {
      return set("MaxKBytesPerRead", value);
    }

    /**
     * The full Amazon Resource Name (ARN) of the IAM role that specifies AWS DMS as the trusted
     * entity and grants the required permissions to access the value in
     * <code>SecretsManagerSecret</code> . The role must allow the <code>iam:PassRole</code> action.
     * <code>SecretsManagerSecret</code> has the value ofthe AWS Secrets Manager secret that allows
     * access to the Db2 LUW endpoint.
     *
     * <p>You can specify one of two sets of values for these permissions. You can specify the
     * values for this setting and <code>SecretsManagerSecretId</code> . Or you can specify
     * clear-text values for <code>UserName</code> , <code>Password</code> , <code>ServerName</code>
     * , and <code>Port</code> . You can't specify both. For more information on creating this
     * <code>SecretsManagerSecret</code> , the corresponding
     * <code>SecretsManagerAccessRoleArn</code> , and the <code>SecretsManagerSecretId</code> that
     * is required to access it, see <a
     * href="https://docs.aws.amazon.com/dms/latest/userguide/CHAP_Security.html#security-iam-secretsmanager">Using
     * secrets to access AWS Database Migration Service resources</a> in the <em>AWS Database
     * Migration Service User Guide</em> .
     *
     * <p>Format: {@code AWS::IAM::Role.Arn}. CloudFormation property {@code
     * SecretsManagerAccessRoleArn}.
     */
    public IbmDb2Settings secretsManagerAccessRoleArn(String value) {
      return set("SecretsManagerAccessRoleArn", Value.of(value));
    }

    /**
     * Sets {@code SecretsManagerAccessRoleArn} to this value; see {@link
     * #secretsManagerAccessRoleArn(String)}.
     */
    public IbmDb2Settings secretsManagerAccessRoleArn(Value<String> value) {
      return set("SecretsManagerAccessRoleArn", value);
    }

    /**
     * The full ARN, partial ARN, or display name of the <code>SecretsManagerSecret</code> that
     * contains the IBMDB2 endpoint connection details.
     *
     * <p>CloudFormation property {@code SecretsManagerSecretId}.
     */
    public IbmDb2Settings secretsManagerSecretId(String value) {
      return set("SecretsManagerSecretId", Value.of(value));
    }

    /**
     * Sets {@code SecretsManagerSecretId} to this value; see {@link
     * #secretsManagerSecretId(String)}.
     */
    public IbmDb2Settings secretsManagerSecretId(Value<String> value) {
      return set("SecretsManagerSecretId", value);
    }

    /**
     * Enables ongoing replication (CDC) as a BOOLEAN value. The default is true.
     *
     * <p>CloudFormation property {@code SetDataCaptureChanges}.
     */
    public IbmDb2Settings setDataCaptureChanges(boolean value) {
      return set("SetDataCaptureChanges", Value.of(value));
    }

    /**
     * Sets {@code SetDataCaptureChanges} to this value; see {@link
     * #setDataCaptureChanges(boolean)}.
     */
    public IbmDb2Settings setDataCaptureChanges(Value<Boolean> value) {
      return set("SetDataCaptureChanges", value);
    }

    /**
     * The size (in KB) of the in-memory file write buffer used when generating .csv files on the
     * local disk on the DMS replication instance. The default value is 1024 (1 MB).
     *
     * <p>CloudFormation property {@code WriteBufferSize}.
     */
    public IbmDb2Settings writeBufferSize(int value) {
      return set("WriteBufferSize", Value.of(value));
    }

    /** Sets {@code WriteBufferSize} to this value; see {@link #writeBufferSize(int)}. */
    public IbmDb2Settings writeBufferSize(Value<Integer> value) {
      return set("WriteBufferSize", value);
    }
  }

  /**
   * Provides information that describes an Apache Kafka endpoint. This information includes the
   * output format of records applied to the endpoint and details of transaction and control table
   * data information. For more information about other available settings, see <a
   * href="https://docs.aws.amazon.com/dms/latest/userguide/CHAP_Target.Kafka.html#CHAP_Target.Kafka.ObjectMapping">Using
   * object mapping to migrate data to a Kafka topic</a> in the <em>AWS Database Migration Service
   * User Guide</em> .
   *
   * <p>Property type {@code AWS::DMS::Endpoint.KafkaSettings}.
   */
  public static final class KafkaSettings extends Struct<KafkaSettings> {
    private static final Schema SCHEMA = Schema.of("AWS::DMS::Endpoint.KafkaSettings");

    public KafkaSettings() {
      super(SCHEMA);
    }

    /**
     * A comma-separated list of one or more broker locations in your Kafka cluster that host your
     * Kafka instance. Specify each broker location in the form <code><em>broker-hostname-or-ip</em>
     * : <em>port</em></code> . For example,
     * <code>"ec2-12-345-678-901.compute-1.amazonaws.com:2345"</code> . For more information and
     * examples of specifying a list of broker locations, see <a
     * href="https://docs.aws.amazon.com/dms/latest/userguide/CHAP_Target.Kafka.html">Using Apache
     * Kafka as a target for AWS Database Migration Service</a> in the <em>AWS Database Migration
     * Service User Guide</em> .
     *
     * <p>CloudFormation property {@code Broker}.
     */
    public KafkaSettings broker(String value) {
      return set("Broker", Value.of(value));
    }

    /** Sets {@code Broker} to this value; see {@link #broker(String)}. */
    public KafkaSettings broker(Value<String> value) {
      return set("Broker", value);
    }

    /**
     * Shows detailed control information for table definition, column definition, and table and
     * column changes in the Kafka message output. The default is <code>false</code> .
     *
     * <p>CloudFormation property {@code IncludeControlDetails}.
     */
    public KafkaSettings includeControlDetails(boolean value) {
      return set("IncludeControlDetails", Value.of(value));
    }

    /**
     * Sets {@code IncludeControlDetails} to this value; see {@link
     * #includeControlDetails(boolean)}.
     */
    public KafkaSettings includeControlDetails(Value<Boolean> value) {
      return set("IncludeControlDetails", value);
    }

    /**
     * Include NULL and empty columns for records migrated to the endpoint. The default is
     * <code>false</code> .
     *
     * <p>CloudFormation property {@code IncludeNullAndEmpty}.
     */
    public KafkaSettings includeNullAndEmpty(boolean value) {
      return set("IncludeNullAndEmpty", Value.of(value));
    }

    /**
     * Sets {@code IncludeNullAndEmpty} to this value; see {@link #includeNullAndEmpty(boolean)}.
     */
    public KafkaSettings includeNullAndEmpty(Value<Boolean> value) {
      return set("IncludeNullAndEmpty", value);
    }

    /**
     * Shows the partition value within the Kafka message output unless the partition type is
     * <code>schema-table-type</code> . The default is <code>false</code> .
     *
     * <p>CloudFormation property {@code IncludePartitionValue}.
     */
    public KafkaSettings includePartitionValue(boolean value) {
      return set("IncludePartitionValue", Value.of(value));
    }

    /**
     * Sets {@code IncludePartitionValue} to this value; see {@link
     * #includePartitionValue(boolean)}.
     */
    public KafkaSettings includePartitionValue(Value<Boolean> value) {
      return set("IncludePartitionValue", value);
    }

    /**
     * Includes any data definition language (DDL) operations that change the table in the control
     * data, such as <code>rename-table</code> , <code>drop-table</code> , <code>add-column</code> ,
     * <code>drop-column</code> , and <code>rename-column</code> . The default is <code>false</code>
     * .
     *
     * <p>CloudFormation property {@code IncludeTableAlterOperations}.
     */
    public KafkaSettings includeTableAlterOperations(boolean value) {
      return set("IncludeTableAlterOperations", Value.of(value));
    }

    /**
     * Sets {@code IncludeTableAlterOperations} to this value; see {@link
     * #includeTableAlterOperations(boolean)}.
     */
    public KafkaSettings includeTableAlterOperations(Value<Boolean> value) {
      return set("IncludeTableAlterOperations", value);
    }

    /**
     * Provides detailed transaction information from the source database. This information includes
     * a commit timestamp, a log position, and values for <code>transaction_id</code> , previous
     * <code>transaction_id</code> , and <code>transaction_record_id</code> (the record offset
     * within a transaction). The default is <code>false</code> .
     *
     * <p>CloudFormation property {@code IncludeTransactionDetails}.
     */
    public KafkaSettings includeTransactionDetails(boolean value) {
      return set("IncludeTransactionDetails", Value.of(value));
    }

    /**
     * Sets {@code IncludeTransactionDetails} to this value; see {@link
     * #includeTransactionDetails(boolean)}.
     */
    public KafkaSettings includeTransactionDetails(Value<Boolean> value) {
      return set("IncludeTransactionDetails", value);
    }

    /**
     * The output format for the records created on the endpoint. The message format is
     * <code>JSON</code> (default) or <code>JSON_UNFORMATTED</code> (a single line with no tab).
     *
     * <p>CloudFormation property {@code MessageFormat}.
     */
    public KafkaSettings messageFormat(String value) {
      return set("MessageFormat", Value.of(value));
    }

    /** Sets {@code MessageFormat} to this value; see {@link #messageFormat(String)}. */
    public KafkaSettings messageFormat(Value<String> value) {
      return set("MessageFormat", value);
    }

    /**
     * The maximum size in bytes for records created on the endpoint The default is 1,000,000.
     *
     * <p>CloudFormation property {@code MessageMaxBytes}.
     */
    public KafkaSettings messageMaxBytes(int value) {
      return set("MessageMaxBytes", Value.of(value));
    }

    /** Sets {@code MessageMaxBytes} to this value; see {@link #messageMaxBytes(int)}. */
    public KafkaSettings messageMaxBytes(Value<Integer> value) {
      return set("MessageMaxBytes", value);
    }

    /**
     * Set this optional parameter to <code>true</code> to avoid adding a '0x' prefix to raw data in
     * hexadecimal format. For example, by default, AWS DMS adds a '0x' prefix to the LOB column
     * type in hexadecimal format moving from an Oracle source to a Kafka target. Use the
     * <code>NoHexPrefix</code> endpoint setting to enable migration of RAW data type columns
     * without adding the '0x' prefix.
     *
     * <p>CloudFormation property {@code NoHexPrefix}.
     */
    public KafkaSettings noHexPrefix(boolean value) {
      return set("NoHexPrefix", Value.of(value));
    }

    /** Sets {@code NoHexPrefix} to this value; see {@link #noHexPrefix(boolean)}. */
    public KafkaSettings noHexPrefix(Value<Boolean> value) {
      return set("NoHexPrefix", value);
    }

    /**
     * Prefixes schema and table names to partition values, when the partition type is
     * <code>primary-key-type</code> . Doing this increases data distribution among Kafka
     * partitions. For example, suppose that a SysBench schema has thousands of tables and each
     * table has only limited range for a primary key. In this case, the same primary key is sent
     * from thousands of tables to the same partition, which causes throttling. The default is
     * <code>false</code> .
     *
     * <p>CloudFormation property {@code PartitionIncludeSchemaTable}.
     */
    public KafkaSettings partitionIncludeSchemaTable(boolean value) {
      return set("PartitionIncludeSchemaTable", Value.of(value));
    }

    /**
     * Sets {@code PartitionIncludeSchemaTable} to this value; see {@link
     * #partitionIncludeSchemaTable(boolean)}.
     */
    public KafkaSettings partitionIncludeSchemaTable(Value<Boolean> value) {
      return set("PartitionIncludeSchemaTable", value);
    }

    /**
     * The secure password that you created when you first set up your Amazon MSK cluster to
     * validate a client identity and make an encrypted connection between server and client using
     * SASL-SSL authentication.
     *
     * <p>CloudFormation property {@code SaslPassword}.
     */
    public KafkaSettings saslPassword(String value) {
      return set("SaslPassword", Value.of(value));
    }

    /** Sets {@code SaslPassword} to this value; see {@link #saslPassword(String)}. */
    public KafkaSettings saslPassword(Value<String> value) {
      return set("SaslPassword", value);
    }

    /**
     * The secure user name you created when you first set up your Amazon MSK cluster to validate a
     * client identity and make an encrypted connection between server and client using SASL-SSL
     * authentication.
     *
     * <p>CloudFormation property {@code SaslUserName}.
     */
    public KafkaSettings saslUserName(String value) {
      return set("SaslUserName", Value.of(value));
    }

    /** Sets {@code SaslUserName} to this value; see {@link #saslUserName(String)}. */
    public KafkaSettings saslUserName(Value<String> value) {
      return set("SaslUserName", value);
    }

    /**
     * Set secure connection to a Kafka target endpoint using Transport Layer Security (TLS).
     * Options include <code>ssl-encryption</code> , <code>ssl-authentication</code> , and
     * <code>sasl-ssl</code> . <code>sasl-ssl</code> requires <code>SaslUsername</code> and
     * <code>SaslPassword</code> .
     *
     * <p>CloudFormation property {@code SecurityProtocol}.
     */
    public KafkaSettings securityProtocol(String value) {
      return set("SecurityProtocol", Value.of(value));
    }

    /** Sets {@code SecurityProtocol} to this value; see {@link #securityProtocol(String)}. */
    public KafkaSettings securityProtocol(Value<String> value) {
      return set("SecurityProtocol", value);
    }

    /**
     * The Amazon Resource Name (ARN) for the private certificate authority (CA) cert that AWS DMS
     * uses to securely connect to your Kafka target endpoint.
     *
     * <p>CloudFormation property {@code SslCaCertificateArn}.
     */
    public KafkaSettings sslCaCertificateArn(String value) {
      return set("SslCaCertificateArn", Value.of(value));
    }

    /** Sets {@code SslCaCertificateArn} to this value; see {@link #sslCaCertificateArn(String)}. */
    public KafkaSettings sslCaCertificateArn(Value<String> value) {
      return set("SslCaCertificateArn", value);
    }

    /**
     * The Amazon Resource Name (ARN) of the client certificate used to securely connect to a Kafka
     * target endpoint.
     *
     * <p>CloudFormation property {@code SslClientCertificateArn}.
     */
    public KafkaSettings sslClientCertificateArn(String value) {
      return set("SslClientCertificateArn", Value.of(value));
    }

    /**
     * Sets {@code SslClientCertificateArn} to this value; see {@link
     * #sslClientCertificateArn(String)}.
     */
    public KafkaSettings sslClientCertificateArn(Value<String> value) {
      return set("SslClientCertificateArn", value);
    }

    /**
     * The Amazon Resource Name (ARN) for the client private key used to securely connect to a Kafka
     * target endpoint.
     *
     * <p>CloudFormation property {@code SslClientKeyArn}.
     */
    public KafkaSettings sslClientKeyArn(String value) {
      return set("SslClientKeyArn", Value.of(value));
    }

    /** Sets {@code SslClientKeyArn} to this value; see {@link #sslClientKeyArn(String)}. */
    public KafkaSettings sslClientKeyArn(Value<String> value) {
      return set("SslClientKeyArn", value);
    }

    /**
     * The password for the client private key used to securely connect to a Kafka target endpoint.
     *
     * <p>CloudFormation property {@code SslClientKeyPassword}.
     */
    public KafkaSettings sslClientKeyPassword(String value) {
      return set("SslClientKeyPassword", Value.of(value));
    }

    /**
     * Sets {@code SslClientKeyPassword} to this value; see {@link #sslClientKeyPassword(String)}.
     */
    public KafkaSettings sslClientKeyPassword(Value<String> value) {
      return set("SslClientKeyPassword", value);
    }

    /**
     * The topic to which you migrate the data. If you don't specify a topic, AWS DMS specifies
     * <code>"kafka-default-topic"</code> as the migration topic.
     *
     * <p>CloudFormation property {@code Topic}.
     */
    public KafkaSettings topic(String value) {
      return set("Topic", Value.of(value));
    }

    /** Sets {@code Topic} to this value; see {@link #topic(String)}. */
    public KafkaSettings topic(Value<String> value) {
      return set("Topic", value);
    }
  }

  /**
   * Provides information that describes an Amazon Kinesis Data Stream endpoint. This information
   * includes the output format of records applied to the endpoint and details of transaction and
   * control table data information. For more information about other available settings, see <a
   * href="https://docs.aws.amazon.com/dms/latest/userguide/CHAP_Target.Kinesis.html#CHAP_Target.Kinesis.ObjectMapping">Using
   * object mapping to migrate data to a Kinesis data stream</a> in the <em>AWS Database Migration
   * Service User Guide</em> .
   *
   * <p>Property type {@code AWS::DMS::Endpoint.KinesisSettings}.
   */
  public static final class KinesisSettings extends Struct<KinesisSettings> {
    private static final Schema SCHEMA = Schema.builder("AWS::DMS::Endpoint.KinesisSettings")
        .constrain("ServiceAccessRoleArn", Constraint.of().format("AWS::IAM::Role.Arn"))
        .build();

    public KinesisSettings() {
      super(SCHEMA);
    }

    /**
     * Shows detailed control information for table definition, column definition, and table and
     * column changes in the Kinesis message output. The default is <code>false</code> .
     *
     * <p>CloudFormation property {@code IncludeControlDetails}.
     */
    public KinesisSettings includeControlDetails(boolean value) {
      return set("IncludeControlDetails", Value.of(value));
    }

    /**
     * Sets {@code IncludeControlDetails} to this value; see {@link
     * #includeControlDetails(boolean)}.
     */
    public KinesisSettings includeControlDetails(Value<Boolean> value) {
      return set("IncludeControlDetails", value);
    }

    /**
     * Include NULL and empty columns for records migrated to the endpoint. The default is
     * <code>false</code> .
     *
     * <p>CloudFormation property {@code IncludeNullAndEmpty}.
     */
    public KinesisSettings includeNullAndEmpty(boolean value) {
      return set("IncludeNullAndEmpty", Value.of(value));
    }

    /**
     * Sets {@code IncludeNullAndEmpty} to this value; see {@link #includeNullAndEmpty(boolean)}.
     */
    public KinesisSettings includeNullAndEmpty(Value<Boolean> value) {
      return set("IncludeNullAndEmpty", value);
    }

    /**
     * Shows the partition value within the Kinesis message output, unless the partition type is
     * <code>schema-table-type</code> . The default is <code>false</code> .
     *
     * <p>CloudFormation property {@code IncludePartitionValue}.
     */
    public KinesisSettings includePartitionValue(boolean value) {
      return set("IncludePartitionValue", Value.of(value));
    }

    /**
     * Sets {@code IncludePartitionValue} to this value; see {@link
     * #includePartitionValue(boolean)}.
     */
    public KinesisSettings includePartitionValue(Value<Boolean> value) {
      return set("IncludePartitionValue", value);
    }

    /**
     * Includes any data definition language (DDL) operations that change the table in the control
     * data, such as <code>rename-table</code> , <code>drop-table</code> , <code>add-column</code> ,
     * <code>drop-column</code> , and <code>rename-column</code> . The default is <code>false</code>
     * .
     *
     * <p>CloudFormation property {@code IncludeTableAlterOperations}.
     */
    public KinesisSettings includeTableAlterOperations(boolean value) {
      return set("IncludeTableAlterOperations", Value.of(value));
    }

    /**
     * Sets {@code IncludeTableAlterOperations} to this value; see {@link
     * #includeTableAlterOperations(boolean)}.
     */
    public KinesisSettings includeTableAlterOperations(Value<Boolean> value) {
      return set("IncludeTableAlterOperations", value);
    }

    /**
     * Provides detailed transaction information from the source database. This information includes
     * a commit timestamp, a log position, and values for <code>transaction_id</code> , previous
     * <code>transaction_id</code> , and <code>transaction_record_id</code> (the record offset
     * within a transaction). The default is <code>false</code> .
     *
     * <p>CloudFormation property {@code IncludeTransactionDetails}.
     */
    public KinesisSettings includeTransactionDetails(boolean value) {
      return set("IncludeTransactionDetails", Value.of(value));
    }

    /**
     * Sets {@code IncludeTransactionDetails} to this value; see {@link
     * #includeTransactionDetails(boolean)}.
     */
    public KinesisSettings includeTransactionDetails(Value<Boolean> value) {
      return set("IncludeTransactionDetails", value);
    }

    /**
     * The output format for the records created on the endpoint. The message format is
     * <code>JSON</code> (default) or <code>JSON_UNFORMATTED</code> (a single line with no tab).
     *
     * <p>CloudFormation property {@code MessageFormat}.
     */
    public KinesisSettings messageFormat(String value) {
      return set("MessageFormat", Value.of(value));
    }

    /** Sets {@code MessageFormat} to this value; see {@link #messageFormat(String)}. */
    public KinesisSettings messageFormat(Value<String> value) {
      return set("MessageFormat", value);
    }

    /**
     * Set this optional parameter to <code>true</code> to avoid adding a '0x' prefix to raw data in
     * hexadecimal format. For example, by default, AWS DMS adds a '0x' prefix to the LOB column
     * type in hexadecimal format moving from an Oracle source to an Amazon Kinesis target. Use the
     * <code>NoHexPrefix</code> endpoint setting to enable migration of RAW data type columns
     * without adding the '0x' prefix.
     *
     * <p>CloudFormation property {@code NoHexPrefix}.
     */
    public KinesisSettings noHexPrefix(boolean value) {
      return set("NoHexPrefix", Value.of(value));
    }

    /** Sets {@code NoHexPrefix} to this value; see {@link #noHexPrefix(boolean)}. */
    public KinesisSettings noHexPrefix(Value<Boolean> value) {
      return set("NoHexPrefix", value);
    }

    /**
     * Prefixes schema and table names to partition values, when the partition type is
     * <code>primary-key-type</code> . Doing this increases data distribution among Kinesis shards.
     * For example, suppose that a SysBench schema has thousands of tables and each table has only
     * limited range for a primary key. In this case, the same primary key is sent from thousands of
     * tables to the same shard, which causes throttling. The default is <code>false</code> .
     *
     * <p>CloudFormation property {@code PartitionIncludeSchemaTable}.
     */
    public KinesisSettings partitionIncludeSchemaTable(boolean value) {
      return set("PartitionIncludeSchemaTable", Value.of(value));
    }

    /**
     * Sets {@code PartitionIncludeSchemaTable} to this value; see {@link
     * #partitionIncludeSchemaTable(boolean)}.
     */
    public KinesisSettings partitionIncludeSchemaTable(Value<Boolean> value) {
      return set("PartitionIncludeSchemaTable", value);
    }

    /**
     * The Amazon Resource Name (ARN) for the IAM role that AWS DMS uses to write to the Kinesis
     * data stream. The role must allow the <code>iam:PassRole</code> action.
     *
     * <p>Format: {@code AWS::IAM::Role.Arn}. CloudFormation property {@code ServiceAccessRoleArn}.
     */
    public KinesisSettings serviceAccessRoleArn(String value) {
      return set("ServiceAccessRoleArn", Value.of(value));
    }

    /**
     * Sets {@code ServiceAccessRoleArn} to this value; see {@link #serviceAccessRoleArn(String)}.
     */
    public KinesisSettings serviceAccessRoleArn(Value<String> value) {
      return set("ServiceAccessRoleArn", value);
    }

    /**
     * The Amazon Resource Name (ARN) for the Amazon Kinesis Data Streams endpoint.
     *
     * <p>CloudFormation property {@code StreamArn}.
     */
    public KinesisSettings streamArn(String value) {
      return set("StreamArn", Value.of(value));
    }

    /** Sets {@code StreamArn} to this value; see {@link #streamArn(String)}. */
    public KinesisSettings streamArn(Value<String> value) {
      return set("StreamArn", value);
    }
  }

  /**
   * Provides information that defines a Microsoft SQL Server endpoint. This information includes
   * the output format of records applied to the endpoint and details of transaction and control
   * table data information. For information about other available settings, see <a
   * href="https://docs.aws.amazon.com/dms/latest/userguide/CHAP_Source.SQLServer.html#CHAP_Source.SQLServer.ConnectionAttrib">Extra
   * connection attributes when using SQL Server as a source for AWS DMS</a> and <a
   * href="https://docs.aws.amazon.com/dms/latest/userguide/CHAP_Target.SQLServer.html#CHAP_Target.SQLServer.ConnectionAttrib">Extra
   * connection attributes when using SQL Server as a target for AWS DMS</a> in the <em>AWS Database
   * Migration Service User Guide</em> .
   *
   * <p>Property type {@code AWS::DMS::Endpoint.MicrosoftSqlServerSettings}.
   */
  public static final class MicrosoftSqlServerSettings extends Struct<MicrosoftSqlServerSettings> {
    private static final Schema SCHEMA = Schema.builder("AWS::DMS::Endpoint.MicrosoftSqlServerSettings")
        .constrain("SecretsManagerAccessRoleArn", Constraint.of().format("AWS::IAM::Role.Arn"))
        .build();

    public MicrosoftSqlServerSettings() {
      super(SCHEMA);
    }

    /**
     * The maximum size of the packets (in bytes) used to transfer data using BCP.
     *
     * <p>CloudFormation property {@code BcpPacketSize}.
     */
    public MicrosoftSqlServerSettings bcpPacketSize(int value) {
      return set("BcpPacketSize", Value.of(value));
    }

    /** Sets {@code BcpPacketSize} to this value; see {@link #bcpPacketSize(int)}. */
    public MicrosoftSqlServerSettings bcpPacketSize(Value<Integer> value) {
      return set("BcpPacketSize", value);
    }

    /**
     * Specifies a file group for the AWS DMS internal tables. When the replication task starts, all
     * the internal AWS DMS control tables (awsdms_ apply_exception, awsdms_apply, awsdms_changes)
     * are created for the specified file group.
     *
     * <p>CloudFormation property {@code ControlTablesFileGroup}.
     */
    public MicrosoftSqlServerSettings controlTablesFileGroup(String value) {
      return set("ControlTablesFileGroup", Value.of(value));
    }

    /**
     * Sets {@code ControlTablesFileGroup} to this value; see {@link
     * #controlTablesFileGroup(String)}.
     */
    public MicrosoftSqlServerSettings controlTablesFileGroup(Value<String> value) {
      return set("ControlTablesFileGroup", value);
    }

    /**
     * Database name for the endpoint.
     *
     * <p>CloudFormation property {@code DatabaseName}.
     */
    public MicrosoftSqlServerSettings databaseName(String value) {
      return set("DatabaseName", Value.of(value));
    }

    /** Sets {@code DatabaseName} to this value; see {@link #databaseName(String)}. */
    public MicrosoftSqlServerSettings databaseName(Value<String> value) {
      return set("DatabaseName", value);
    }

    /**
     * Forces LOB lookup on inline LOB.
     *
     * <p>CloudFormation property {@code ForceLobLookup}.
     */
    public MicrosoftSqlServerSettings forceLobLookup(boolean value) {
      return set("ForceLobLookup", Value.of(value));
    }

    /** Sets {@code ForceLobLookup} to this value; see {@link #forceLobLookup(boolean)}. */
    public MicrosoftSqlServerSettings forceLobLookup(Value<Boolean> value) {
      return set("ForceLobLookup", value);
    }

    /**
     * Endpoint connection password.
     *
     * <p>CloudFormation property {@code Password}.
     */
    public MicrosoftSqlServerSettings password(String value) {
      return set("Password", Value.of(value));
    }

    /** Sets {@code Password} to this value; see {@link #password(String)}. */
    public MicrosoftSqlServerSettings password(Value<String> value) {
      return set("Password", value);
    }

    /**
     * Endpoint TCP port.
     *
     * <p>CloudFormation property {@code Port}.
     */
    public MicrosoftSqlServerSettings port(int value) {
      return set("Port", Value.of(value));
    }

    /** Sets {@code Port} to this value; see {@link #port(int)}. */
    public MicrosoftSqlServerSettings port(Value<Integer> value) {
      return set("Port", value);
    }

    /**
     * Cleans and recreates table metadata information on the replication instance when a mismatch
     * occurs. An example is a situation where running an alter DDL statement on a table might
     * result in different information about the table cached in the replication instance.
     *
     * <p>CloudFormation property {@code QuerySingleAlwaysOnNode}.
     */
    public MicrosoftSqlServerSettings querySingleAlwaysOnNode(boolean value) {
      return set("QuerySingleAlwaysOnNode", Value.of(value));
    }

    /**
     * Sets {@code QuerySingleAlwaysOnNode} to this value; see {@link
     * #querySingleAlwaysOnNode(boolean)}.
     */
    public MicrosoftSqlServerSettings querySingleAlwaysOnNode(Value<Boolean> value) {
      return set("QuerySingleAlwaysOnNode", value);
    }

    /**
     * When this attribute is set to <code>Y</code> , AWS DMS only reads changes from transaction
     * log backups and doesn't read from the active transaction log file during ongoing replication.
     * Setting this parameter to <code>Y</code> enables you to control active transaction log file
     * growth during full load and ongoing replication tasks. However, it can add some source
     * latency to ongoing replication.
     *
     * <p>CloudFormation property {@code ReadBackupOnly}.
     */
    public MicrosoftSqlServerSettings readBackupOnly(boolean value) {
      return set("ReadBackupOnly", Value.of(value));
    }

    /** Sets {@code ReadBackupOnly} to this value; see {@link #readBackupOnly(boolean)}. */
    public MicrosoftSqlServerSettings readBackupOnly(Value<Boolean> value) {
      return set("ReadBackupOnly", value);
    }

    /**
     * Use this attribute to minimize the need to access the backup log and enable AWS DMS to
     * prevent truncation using one of the following two methods.
     *
     * <p><em>Start transactions in the database:</em> This is the default method. When this method
     * is used, AWS DMS prevents TLOG truncation by mimicking a transaction in the database. As long
     * as such a transaction is open, changes that appear after the transaction started aren't
     * truncated. If you need Microsoft Replication to be enabled in your database, then you must
     * choose this method.
     *
     * <p><em>Exclusively use sp_repldone within a single task</em> : When this method is used, AWS
     * DMS reads the changes and then uses sp_repldone to mark the TLOG transactions as ready for
     * truncation. Although this method doesn't involve any transactional activities, it can only be
     * used when Microsoft Replication isn't running. Also, when using this method, only one AWS DMS
     * task can access the database at any given time. Therefore, if you need to run parallel AWS
     * DMS tasks against the same database, use the default method.
     *
     * <p>CloudFormation property {@code SafeguardPolicy}.
     */
    public MicrosoftSqlServerSettings safeguardPolicy(String value) {
      return set("SafeguardPolicy", Value.of(value));
    }

    /** Sets {@code SafeguardPolicy} to this value; see {@link #safeguardPolicy(String)}. */
    public MicrosoftSqlServerSettings safeguardPolicy(Value<String> value) {
      return set("SafeguardPolicy", value);
    }

    /**
     * The full Amazon Resource Name (ARN) of the IAM role that specifies AWS DMS as the trusted
     * entity and grants the required permissions to access the value in
     * <code>SecretsManagerSecret</code> . The role must allow the <code>iam:PassRole</code> action.
     * <code>SecretsManagerSecret</code> has the value of the AWS Secrets Manager secret that allows
     * access to the SQL Server endpoint.
     *
     * <p>You can specify one of two sets of values for these permissions. You can specify the
     * values for this setting and <code>SecretsManagerSecretId</code> . Or you can specify
     * clear-text values for <code>UserName</code> , <code>Password</code> , <code>ServerName</code>
     * , and <code>Port</code> . You can't specify both. For more information on creating this
     * <code>SecretsManagerSecret</code> , the corresponding
     * <code>SecretsManagerAccessRoleArn</code> , and the <code>SecretsManagerSecretId</code> that
     * is required to access it, see <a
     * href="https://docs.aws.amazon.com/dms/latest/userguide/CHAP_Security.html#security-iam-secretsmanager">Using
     * secrets to access AWS Database Migration Service resources</a> in the <em>AWS Database
     * Migration Service User Guide</em> .
     *
     * <p>Format: {@code AWS::IAM::Role.Arn}. CloudFormation property {@code
     * SecretsManagerAccessRoleArn}.
     */
    public MicrosoftSqlServerSettings secretsManagerAccessRoleArn(String value) {
      return set("SecretsManagerAccessRoleArn", Value.of(value));
    }

    /**
     * Sets {@code SecretsManagerAccessRoleArn} to this value; see {@link
     * #secretsManagerAccessRoleArn(String)}.
     */
    public MicrosoftSqlServerSettings secretsManagerAccessRoleArn(Value<String> value) {
      return set("SecretsManagerAccessRoleArn", value);
    }

    /**
     * The full ARN, partial ARN, or display name of the <code>SecretsManagerSecret</code> that
     * contains the MicrosoftSQLServer endpoint connection details.
     *
     * <p>CloudFormation property {@code SecretsManagerSecretId}.
     */
    public MicrosoftSqlServerSettings secretsManagerSecretId(String value) {
      return set("SecretsManagerSecretId", Value.of(value));
    }

    /**
     * Sets {@code SecretsManagerSecretId} to this value; see {@link
     * #secretsManagerSecretId(String)}.
     */
    public MicrosoftSqlServerSettings secretsManagerSecretId(Value<String> value) {
      return set("SecretsManagerSecretId", value);
    }

    /**
     * Fully qualified domain name of the endpoint. For an Amazon RDS SQL Server instance, this is
     * the output of <a
     * href="https://docs.aws.amazon.com/AmazonRDS/latest/APIReference/API_DescribeDBInstances.html">DescribeDBInstances</a>
     * , in the <code><a
     * href="https://docs.aws.amazon.com/AmazonRDS/latest/APIReference/API_Endpoint.html">Endpoint</a>
     * .Address</code> field.
     *
     * <p>CloudFormation property {@code ServerName}.
     */
    public MicrosoftSqlServerSettings serverName(String value) {
      return set("ServerName", Value.of(value));
    }

    /** Sets {@code ServerName} to this value; see {@link #serverName(String)}. */
    public MicrosoftSqlServerSettings serverName(Value<String> value) {
      return set("ServerName", value);
    }

    /**
     * Indicates the mode used to fetch CDC data.
     *
     * <p>CloudFormation property {@code TlogAccessMode}.
     */
    public MicrosoftSqlServerSettings tlogAccessMode(String value) {
      return set("TlogAccessMode", Value.of(value));
    }

    /** Sets {@code TlogAccessMode} to this value; see {@link #tlogAccessMode(String)}. */
    public MicrosoftSqlServerSettings tlogAccessMode(Value<String> value) {
      return set("TlogAccessMode", value);
    }

    /**
     * Use the <code>TrimSpaceInChar</code> source endpoint setting to right-trim data on CHAR and
     * NCHAR data types during migration. Setting <code>TrimSpaceInChar</code> does not left-trim
     * data. The default value is <code>true</code> .
     *
     * <p>CloudFormation property {@code TrimSpaceInChar}.
     */
    public MicrosoftSqlServerSettings trimSpaceInChar(boolean value) {
      return set("TrimSpaceInChar", Value.of(value));
    }

    /** Sets {@code TrimSpaceInChar} to this value; see {@link #trimSpaceInChar(boolean)}. */
    public MicrosoftSqlServerSettings trimSpaceInChar(Value<Boolean> value) {
      return set("TrimSpaceInChar", value);
    }

    /**
     * Use this to attribute to transfer data for full-load operations using BCP. When the target
     * table contains an identity column that does not exist in the source table, you must disable
     * the use BCP for loading table option.
     *
     * <p>CloudFormation property {@code UseBcpFullLoad}.
     */
    public MicrosoftSqlServerSettings useBcpFullLoad(boolean value) {
      return set("UseBcpFullLoad", Value.of(value));
    }

    /** Sets {@code UseBcpFullLoad} to this value; see {@link #useBcpFullLoad(boolean)}. */
    public MicrosoftSqlServerSettings useBcpFullLoad(Value<Boolean> value) {
      return set("UseBcpFullLoad", value);
    }

    /**
     * When this attribute is set to <code>Y</code> , DMS processes third-party transaction log
     * backups if they are created in native format.
     *
     * <p>CloudFormation property {@code UseThirdPartyBackupDevice}.
     */
    public MicrosoftSqlServerSettings useThirdPartyBackupDevice(boolean value) {
      return set("UseThirdPartyBackupDevice", Value.of(value));
    }

    /**
     * Sets {@code UseThirdPartyBackupDevice} to this value; see {@link
     * #useThirdPartyBackupDevice(boolean)}.
     */
    public MicrosoftSqlServerSettings useThirdPartyBackupDevice(Value<Boolean> value) {
      return set("UseThirdPartyBackupDevice", value);
    }

    /**
     * Endpoint connection user name.
     *
     * <p>CloudFormation property {@code Username}.
     */
    public MicrosoftSqlServerSettings username(String value) {
      return set("Username", Value.of(value));
    }

    /** Sets {@code Username} to this value; see {@link #username(String)}. */
    public MicrosoftSqlServerSettings username(Value<String> value) {
      return set("Username", value);
    }
  }

  /**
   * Provides information that defines a MongoDB endpoint. This information includes the output
   * format of records applied to the endpoint and details of transaction and control table data
   * information. For more information about other available settings, see <a
   * href="https://docs.aws.amazon.com/dms/latest/userguide/CHAP_Source.MongoDB.html#CHAP_Source.MongoDB.Configuration">Endpoint
   * configuration settings when using MongoDB as a source for AWS DMS</a> in the <em>AWS Database
   * Migration Service User Guide</em> .
   *
   * <p>Property type {@code AWS::DMS::Endpoint.MongoDbSettings}.
   */
  public static final class MongoDbSettings extends Struct<MongoDbSettings> {
    private static final Schema SCHEMA = Schema.builder("AWS::DMS::Endpoint.MongoDbSettings")
        .constrain("SecretsManagerAccessRoleArn", Constraint.of().format("AWS::IAM::Role.Arn"))
        .build();

    public MongoDbSettings() {
      super(SCHEMA);
    }

    /**
     * The authentication mechanism you use to access the MongoDB source endpoint.
     *
     * <p>For the default value, in MongoDB version 2.x, <code>"default"</code> is
     * <code>"mongodb_cr"</code> . For MongoDB version 3.x or later, <code>"default"</code> is
     * <code>"scram_sha_1"</code> . This setting isn't used when <code>AuthType</code> is set to
     * <code>"no"</code> .
     *
     * <p>CloudFormation property {@code AuthMechanism}.
     */
    public MongoDbSettings authMechanism(String value) {
      return set("AuthMechanism", Value.of(value));
    }

    /** Sets {@code AuthMechanism} to this value; see {@link #authMechanism(String)}. */
    public MongoDbSettings authMechanism(Value<String> value) {
      return set("AuthMechanism", value);
    }

    /**
     * The MongoDB database name. This setting isn't used when <code>AuthType</code> is set to
     * <code>"no"</code> .
     *
     * <p>The default is <code>"admin"</code> .
     *
     * <p>CloudFormation property {@code AuthSource}.
     */
    public MongoDbSettings authSource(String value) {
      return set("AuthSource", Value.of(value));
    }

    /** Sets {@code AuthSource} to this value; see {@link #authSource(String)}. */
    public MongoDbSettings authSource(Value<String> value) {
      return set("AuthSource", value);
    }

    /**
     * The authentication type you use to access the MongoDB source endpoint.
     *
     * <p>When set to <code>"no"</code> , user name and password parameters are not used and can be
     * empty.
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code AuthType}.
     */
    public MongoDbSettings authType(String value) {
      return set("AuthType", Value.of(value));
    }

    /** Sets {@code AuthType} to this value; see {@link #authType(String)}. */
    public MongoDbSettings authType(Value<String> value) {
      return set("AuthType", value);
    }

    /**
     * The database name on the MongoDB source endpoint.
     *
     * <p>CloudFormation property {@code DatabaseName}.
     */
    public MongoDbSettings databaseName(String value) {
      return set("DatabaseName", Value.of(value));
    }

    /** Sets {@code DatabaseName} to this value; see {@link #databaseName(String)}. */
    public MongoDbSettings databaseName(Value<String> value) {
      return set("DatabaseName", value);
    }

    /**
     * Indicates the number of documents to preview to determine the document organization. Use this
     * setting when <code>NestingLevel</code> is set to <code>"one"</code> .
     *
     * <p>Must be a positive value greater than <code>0</code> . Default value is <code>1000</code>
     * .
     *
     * <p>CloudFormation property {@code DocsToInvestigate}.
     */
    public MongoDbSettings docsToInvestigate(String value) {
      return set("DocsToInvestigate", Value.of(value));
    }

    /** Sets {@code DocsToInvestigate} to this value; see {@link #docsToInvestigate(String)}. */
    public MongoDbSettings docsToInvestigate(Value<String> value) {
      return set("DocsToInvestigate", value);
    }

    /**
     * Specifies the document ID. Use this setting when <code>NestingLevel</code> is set to
     * <code>"none"</code> .
     *
     * <p>Default value is <code>"false"</code> .
     *
     * <p>CloudFormation property {@code ExtractDocId}.
     */
    public MongoDbSettings extractDocId(String value) {
      return set("ExtractDocId", Value.of(value));
    }

    /** Sets {@code ExtractDocId} to this value; see {@link #extractDocId(String)}. */
    public MongoDbSettings extractDocId(Value<String> value) {
      return set("ExtractDocId", value);
    }

    /**
     * Specifies either document or table mode.
     *
     * <p>Default value is <code>"none"</code> . Specify <code>"none"</code> to use document mode.
     * Specify <code>"one"</code> to use table mode.
     *
     * <p>CloudFormation property {@code NestingLevel}.
     */
    public MongoDbSettings nestingLevel(String value) {
      return set("NestingLevel", Value.of(value));
    }

    /** Sets {@code NestingLevel} to this value; see {@link #nestingLevel(String)}. */
    public MongoDbSettings nestingLevel(Value<String> value) {
      return set("NestingLevel", value);
    }

    /**
     * The password for the user account you use to access the MongoDB source endpoint.
     *
     * <p>CloudFormation property {@code Password}.
     */
    public MongoDbSettings password(String value) {
      return set("Password", Value.of(value));
    }

    /** Sets {@code Password} to this value; see {@link #password(String)}. */
    public MongoDbSettings password(Value<String> value) {
      return set("Password", value);
    }

    /**
     * The port value for the MongoDB source endpoint.
     *
     * <p>CloudFormation property {@code Port}.
     */
    public MongoDbSettings port(int value) {
      return set("Port", Value.of(value));
    }

    /** Sets {@code Port} to this value; see {@link #port(int)}. */
    public MongoDbSettings port(Value<Integer> value) {
      return set("Port", value);
    }

    /**
     * The full Amazon Resource Name (ARN) of the IAM role that specifies AWS DMS as the trusted
     * entity and grants the required permissions to access the value in
     * <code>SecretsManagerSecret</code> . The role must allow the <code>iam:PassRole</code> action.
     * <code>SecretsManagerSecret</code> has the value of the AWS Secrets Manager secret that allows
     * access to the MongoDB endpoint.
     *
     * <p>You can specify one of two sets of values for these permissions. You can specify the
     * values for this setting and <code>SecretsManagerSecretId</code> . Or you can specify
     * clear-text values for <code>UserName</code> , <code>Password</code> , <code>ServerName</code>
     * , and <code>Port</code> . You can't specify both. For more information on creating this
     * <code>SecretsManagerSecret</code> , the corresponding
     * <code>SecretsManagerAccessRoleArn</code> , and the <code>SecretsManagerSecretId</code> that
     * is required to access it, see <a
     * href="https://docs.aws.amazon.com/dms/latest/userguide/CHAP_Security.html#security-iam-secretsmanager">Using
     * secrets to access AWS Database Migration Service resources</a> in the <em>AWS Database
     * Migration Service User Guide</em> .
     *
     * <p>Format: {@code AWS::IAM::Role.Arn}. CloudFormation property {@code
     * SecretsManagerAccessRoleArn}.
     */
    public MongoDbSettings secretsManagerAccessRoleArn(String value) {
      return set("SecretsManagerAccessRoleArn", Value.of(value));
    }

    /**
     * Sets {@code SecretsManagerAccessRoleArn} to this value; see {@link
     * #secretsManagerAccessRoleArn(String)}.
     */
    public MongoDbSettings secretsManagerAccessRoleArn(Value<String> value) {
      return set("SecretsManagerAccessRoleArn", value);
    }

    /**
     * The full ARN, partial ARN, or display name of the <code>SecretsManagerSecret</code> that
     * contains the MongoDB endpoint connection details.
     *
     * <p>CloudFormation property {@code SecretsManagerSecretId}.
     */
    public MongoDbSettings secretsManagerSecretId(String value) {
      return set("SecretsManagerSecretId", Value.of(value));
    }

    /**
     * Sets {@code SecretsManagerSecretId} to this value; see {@link
     * #secretsManagerSecretId(String)}.
     */
    public MongoDbSettings secretsManagerSecretId(Value<String> value) {
      return set("SecretsManagerSecretId", value);
    }

    /**
     * The name of the server on the MongoDB source endpoint.
     *
     * <p>CloudFormation property {@code ServerName}.
     */
    public MongoDbSettings serverName(String value) {
      return set("ServerName", Value.of(value));
    }

    /** Sets {@code ServerName} to this value; see {@link #serverName(String)}. */
    public MongoDbSettings serverName(Value<String> value) {
      return set("ServerName", value);
    }

    /**
     * The user name you use to access the MongoDB source endpoint.
     *
     * <p>CloudFormation property {@code Username}.
     */
    public MongoDbSettings username(String value) {
      return set("Username", Value.of(value));
    }

    /** Sets {@code Username} to this value; see {@link #username(String)}. */
    public MongoDbSettings username(Value<String> value) {
      return set("Username", value);
    }
  }

  /**
   * Provides information that defines a MySQL endpoint. This information includes the output format
   * of records applied to the endpoint and details of transaction and control table data
   * information. For information about other available settings, see <a
   * href="https://docs.aws.amazon.com/dms/latest/userguide/CHAP_Source.MySQL.html#CHAP_Source.MySQL.ConnectionAttrib">Extra
   * connection attributes when using MySQL as a source for AWS DMS</a> and <a
   * href="https://docs.aws.amazon.com/dms/latest/userguide/CHAP_Target.MySQL.html#CHAP_Target.MySQL.ConnectionAttrib">Extra
   * connection attributes when using a MySQL-compatible database as a target for AWS DMS</a> in the
   * <em>AWS Database Migration Service User Guide</em> .
   *
   * <p>Property type {@code AWS::DMS::Endpoint.MySqlSettings}.
   */
  public static final class MySqlSettings extends Struct<MySqlSettings> {
    private static final Schema SCHEMA = Schema.builder("AWS::DMS::Endpoint.MySqlSettings")
        .constrain("SecretsManagerAccessRoleArn", Constraint.of().format("AWS::IAM::Role.Arn"))
        .build();

    public MySqlSettings() {
      super(SCHEMA);
    }

    /**
     * Specifies a script to run immediately after AWS DMS connects to the endpoint. The migration
     * task continues running regardless if the SQL statement succeeds or fails.
     *
     * <p>For this parameter, provide the code of the script itself, not the name of a file
     * containing the script.
     *
     * <p>CloudFormation property {@code AfterConnectScript}.
     */
    public MySqlSettings afterConnectScript(String value) {
      return set("AfterConnectScript", Value.of(value));
    }

    /** Sets {@code AfterConnectScript} to this value; see {@link #afterConnectScript(String)}. */
    public MySqlSettings afterConnectScript(Value<String> value) {
      return set("AfterConnectScript", value);
    }

    /**
     * Cleans and recreates table metadata information on the replication instance when a mismatch
     * occurs. For example, in a situation where running an alter DDL on the table could result in
     * different information about the table cached in the replication instance.
     *
     * <p>CloudFormation property {@code CleanSourceMetadataOnMismatch}.
     */
    public MySqlSettings cleanSourceMetadataOnMismatch(boolean value) {
      return set("CleanSourceMetadataOnMismatch", Value.of(value));
    }

    /**
     * Sets {@code CleanSourceMetadataOnMismatch} to this value; see {@link
     * #cleanSourceMetadataOnMismatch(boolean)}.
     */
    public MySqlSettings cleanSourceMetadataOnMismatch(Value<Boolean> value) {
      return set("CleanSourceMetadataOnMismatch", value);
    }

    /**
     * Specifies how often to check the binary log for new changes/events when the database is idle.
     * The default is five seconds.
     *
     * <p>Example: <code>eventsPollInterval=5;</code>
     *
     * <p>In the example, AWS DMS checks for changes in the binary logs every five seconds.
     *
     * <p>CloudFormation property {@code EventsPollInterval}.
     */
    public MySqlSettings eventsPollInterval(int value) {
      return set("EventsPollInterval", Value.of(value));
    }

    /** Sets {@code EventsPollInterval} to this value; see {@link #eventsPollInterval(int)}. */
    public MySqlSettings eventsPollInterval(Value<Integer> value) {
      return set("EventsPollInterval", value);
    }

    /**
     * Specifies the maximum size (in KB) of any .csv file used to transfer data to a
     * MySQL-compatible database.
     *
     * <p>Example: <code>maxFileSize=512</code>
     *
     * <p>CloudFormation property {@code MaxFileSize}.
     */
    public MySqlSettings maxFileSize(int value) {
      return set("MaxFileSize", Value.of(value));
    }

    /** Sets {@code MaxFileSize} to this value; see {@link #maxFileSize(int)}. */
    public MySqlSettings maxFileSize(Value<Integer> value) {
      return set("MaxFileSize", value);
    }

    /**
     * Improves performance when loading data into the MySQL-compatible target database. Specifies
     * how many threads to use to load the data into the MySQL-compatible target database. Setting a
     * large number of threads can have an adverse effect on database performance, because a
     * separate connection is required for each thread. The default is one.
     *
     * <p>Example: <code>parallelLoadThreads=1</code>
     *
     * <p>CloudFormation property {@code ParallelLoadThreads}.
     */
    public MySqlSettings parallelLoadThreads(int value) {
      return set("ParallelLoadThreads", Value.of(value));
    }

    /** Sets {@code ParallelLoadThreads} to this value; see {@link #parallelLoadThreads(int)}. */
    public MySqlSettings parallelLoadThreads(Value<Integer> value) {
      return set("ParallelLoadThreads", value);
    }

    /**
     * The full Amazon Resource Name (ARN) of the IAM role that specifies AWS DMS as the trusted
     * entity and grants the required permissions to access the value in
     * <code>SecretsManagerSecret</code> . The role must allow the <code>iam:PassRole</code> action.
     * <code>SecretsManagerSecret</code> has the value of the AWS Secrets Manager secret that allows
     * access to the MySQL endpoint.
     *
     * <p>You can specify one of two sets of values for these permissions. You can specify the
     * values for this setting and <code>SecretsManagerSecretId</code> . Or you can specify
     * clear-text values for <code>UserName</code> , <code>Password</code> , <code>ServerName</code>
     * , and <code>Port</code> . You can't specify both. For more information on creating this
     * <code>SecretsManagerSecret</code> , the corresponding
     * <code>SecretsManagerAccessRoleArn</code> , and the <code>SecretsManagerSecretId</code> that
     * is required to access it, see <a
     * href="https://docs.aws.amazon.com/dms/latest/userguide/CHAP_Security.html#security-iam-secretsmanager">Using
     * secrets to access AWS Database Migration Service resources</a> in the <em>AWS Database
     * Migration Service User Guide</em> .
     *
     * <p>Format: {@code AWS::IAM::Role.Arn}. CloudFormation property {@code
     * SecretsManagerAccessRoleArn}.
     */
    public MySqlSettings secretsManagerAccessRoleArn(String value) {
      return set("SecretsManagerAccessRoleArn", Value.of(value));
    }

    /**
     * Sets {@code SecretsManagerAccessRoleArn} to this value; see {@link
     * #secretsManagerAccessRoleArn(String)}.
     */
    public MySqlSettings secretsManagerAccessRoleArn(Value<String> value) {
      return set("SecretsManagerAccessRoleArn", value);
    }

    /**
     * The full ARN, partial ARN, or display name of the <code>SecretsManagerSecret</code> that
     * contains the MySQL endpoint connection details.
     *
     * <p>CloudFormation property {@code SecretsManagerSecretId}.
     */
    public MySqlSettings secretsManagerSecretId(String value) {
      return set("SecretsManagerSecretId", Value.of(value));
    }

    /**
     * Sets {@code SecretsManagerSecretId} to this value; see {@link
     * #secretsManagerSecretId(String)}.
     */
    public MySqlSettings secretsManagerSecretId(Value<String> value) {
      return set("SecretsManagerSecretId", value);
    }

    /**
     * Specifies the time zone for the source MySQL database.
     *
     * <p>Example: <code>serverTimezone=US/Pacific;</code>
     *
     * <p>Note: Do not enclose time zones in single quotes.
     *
     * <p>CloudFormation property {@code ServerTimezone}.
     */
    public MySqlSettings serverTimezone(String value) {
      return set("ServerTimezone", Value.of(value));
    }

    /** Sets {@code ServerTimezone} to this value; see {@link #serverTimezone(String)}. */
    public MySqlSettings serverTimezone(Value<String> value) {
      return set("ServerTimezone", value);
    }

    /**
     * Specifies where to migrate source tables on the target, either to a single database or
     * multiple databases. If you specify <code>SPECIFIC_DATABASE</code> , specify the database name
     * using the <code>DatabaseName</code> parameter of the <code>Endpoint</code> object.
     *
     * <p>Example: <code>targetDbType=MULTIPLE_DATABASES</code>
     *
     * <p>CloudFormation property {@code TargetDbType}.
     */
    public MySqlSettings targetDbType(String value) {
      return set("TargetDbType", Value.of(value));
    }

    /** Sets {@code TargetDbType} to this value; see {@link #targetDbType(String)}. */
    public MySqlSettings targetDbType(Value<String> value) {
      return set("TargetDbType", value);
    }
  }

  /**
   * Provides information that defines an Amazon Neptune endpoint. This information includes the
   * output format of records applied to the endpoint and details of transaction and control table
   * data information. For more information about the available settings, see <a
   * href="https://docs.aws.amazon.com/dms/latest/userguide/CHAP_Target.Neptune.html#CHAP_Target.Neptune.EndpointSettings">Specifying
   * endpoint settings for Amazon Neptune as a target</a> in the <em>AWS Database Migration Service
   * User Guide</em> .
   *
   * <p>Property type {@code AWS::DMS::Endpoint.NeptuneSettings}.
   */
  public static final class NeptuneSettings extends Struct<NeptuneSettings> {
    private static final Schema SCHEMA = Schema.builder("AWS::DMS::Endpoint.NeptuneSettings")
        .constrain("S3BucketName", Constraint.of().format("AWS::S3::Bucket.Name"))
        .constrain("ServiceAccessRoleArn", Constraint.of().format("AWS::IAM::Role.Arn"))
        .build();

    public NeptuneSettings() {
      super(SCHEMA);
    }

    /**
     * The number of milliseconds for AWS DMS to wait to retry a bulk-load of migrated graph data to
     * the Neptune target database before raising an error. The default is 250.
     *
     * <p>CloudFormation property {@code ErrorRetryDuration}.
     */
    public NeptuneSettings errorRetryDuration(int value) {
      return set("ErrorRetryDuration", Value.of(value));
    }

    /** Sets {@code ErrorRetryDuration} to this value; see {@link #errorRetryDuration(int)}. */
    public NeptuneSettings errorRetryDuration(Value<Integer> value) {
      return set("ErrorRetryDuration", value);
    }

    /**
     * If you want IAM authorization enabled for this endpoint, set this parameter to
     * <code>true</code> . Then attach the appropriate IAM policy document to your service role
     * specified by <code>ServiceAccessRoleArn</code> . The default is <code>false</code> .
     *
     * <p>CloudFormation property {@code IamAuthEnabled}.
     */
    public NeptuneSettings iamAuthEnabled(boolean value) {
      return set("IamAuthEnabled", Value.of(value));
    }

    /** Sets {@code IamAuthEnabled} to this value; see {@link #iamAuthEnabled(boolean)}. */
    public NeptuneSettings iamAuthEnabled(Value<Boolean> value) {
      return set("IamAuthEnabled", value);
    }

    /**
     * The maximum size in kilobytes of migrated graph data stored in a .csv file before AWS DMS
     * bulk-loads the data to the Neptune target database. The default is 1,048,576 KB. If the bulk
     * load is successful, AWS DMS clears the bucket, ready to store the next batch of migrated
     * graph data.
     *
     * <p>CloudFormation property {@code MaxFileSize}.
     */
    public NeptuneSettings maxFileSize(int value) {
      return set("MaxFileSize", Value.of(value));
    }

    /** Sets {@code MaxFileSize} to this value; see {@link #maxFileSize(int)}. */
    public NeptuneSettings maxFileSize(Value<Integer> value) {
      return set("MaxFileSize", value);
    }

    /**
     * The number of times for AWS DMS to retry a bulk load of migrated graph data to the Neptune
     * target database before raising an error. The default is 5.
     *
     * <p>CloudFormation property {@code MaxRetryCount}.
     */
    public NeptuneSettings maxRetryCount(int value) {
      return set("MaxRetryCount", Value.of(value));
    }

    /** Sets {@code MaxRetryCount} to this value; see {@link #maxRetryCount(int)}. */
    public NeptuneSettings maxRetryCount(Value<Integer> value) {
      return set("MaxRetryCount", value);
    }

    /**
     * A folder path where you want AWS DMS to store migrated graph data in the S3 bucket specified
     * by <code>S3BucketName</code>
     *
     * <p>CloudFormation property {@code S3BucketFolder}.
     */
    public NeptuneSettings s3BucketFolder(String value) {
      return set("S3BucketFolder", Value.of(value));
    }

    /** Sets {@code S3BucketFolder} to this value; see {@link #s3BucketFolder(String)}. */
    public NeptuneSettings s3BucketFolder(Value<String> value) {
      return set("S3BucketFolder", value);
    }

    /**
     * The name of the Amazon S3 bucket where AWS DMS can temporarily store migrated graph data in
     * .csv files before bulk-loading it to the Neptune target database. AWS DMS maps the SQL source
     * data to graph data before storing it in these .csv files.
     *
     * <p>Format: {@code AWS::S3::Bucket.Name}. CloudFormation property {@code S3BucketName}.
     */
    public NeptuneSettings s3BucketName(String value) {
      return set("S3BucketName", Value.of(value));
    }

    /** Sets {@code S3BucketName} to this value; see {@link #s3BucketName(String)}. */
    public NeptuneSettings s3BucketName(Value<String> value) {
      return set("S3BucketName", value);
    }

    /**
     * The Amazon Resource Name (ARN) of the service role that you created for the Neptune target
     * endpoint. The role must allow the <code>iam:PassRole</code> action.
     *
     * <p>For more information, see <a
     * href="https://docs.aws.amazon.com/dms/latest/userguide/CHAP_Target.Neptune.html#CHAP_Target.Neptune.ServiceRole">Creating
     * an IAM Service Role for Accessing Amazon Neptune as a Target</a> in the <em>AWS Database
     * Migration Service User Guide</em> .
     *
     * <p>Format: {@code AWS::IAM::Role.Arn}. CloudFormation property {@code ServiceAccessRoleArn}.
     */
    public NeptuneSettings serviceAccessRoleArn(String value) {
      return set("ServiceAccessRoleArn", Value.of(value));
    }

    /**
     * Sets {@code ServiceAccessRoleArn} to this value; see {@link #serviceAccessRoleArn(String)}.
     */
    public NeptuneSettings serviceAccessRoleArn(Value<String> value) {
      return set("ServiceAccessRoleArn", value);
    }
  }

  /**
   * Provides information that defines an Oracle endpoint. This information includes the output
   * format of records applied to the endpoint and details of transaction and control table data
   * information. For information about other available settings, see <a
   * href="https://docs.aws.amazon.com/dms/latest/userguide/CHAP_Source.Oracle.html#CHAP_Source.Oracle.ConnectionAttrib">Extra
   * connection attributes when using Oracle as a source for AWS DMS</a> and <a
   * href="https://docs.aws.amazon.com/dms/latest/userguide/CHAP_Target.Oracle.html#CHAP_Target.Oracle.ConnectionAttrib">Extra
   * connection attributes when using Oracle as a target for AWS DMS</a> in the <em>AWS Database
   * Migration Service User Guide</em> .
   *
   * <p>Property type {@code AWS::DMS::Endpoint.OracleSettings}.
   */
  public static final class OracleSettings extends Struct<OracleSettings> {
    private static final Schema SCHEMA = Schema.builder("AWS::DMS::Endpoint.OracleSettings")
        .constrain("SecretsManagerAccessRoleArn", Constraint.of().format("AWS::IAM::Role.Arn"))
        .constrain("SecretsManagerOracleAsmAccessRoleArn", Constraint.of().format("AWS::IAM::Role.Arn"))
        .build();

    public OracleSettings() {
      super(SCHEMA);
    }

    /**
     * Set this attribute to <code>false</code> in order to use the Binary Reader to capture change
     * data for an Amazon RDS for Oracle as the source. This tells the DMS instance to not access
     * redo logs through any specified path prefix replacement using direct file access.
     *
     * <p>CloudFormation property {@code AccessAlternateDirectly}.
     */
    public OracleSettings accessAlternateDirectly(boolean value) {
      return set("AccessAlternateDirectly", Value.of(value));
    }

    /**
     * Sets {@code AccessAlternateDirectly} to this value; see {@link
     * #accessAlternateDirectly(boolean)}.
     */
    public OracleSettings accessAlternateDirectly(Value<Boolean> value) {
      return set("AccessAlternateDirectly", value);
    }

    /**
     * Set this attribute to set up table-level supplemental logging for the Oracle database. This
     * attribute enables PRIMARY KEY supplemental logging on all tables selected for a migration
     * task.
     *
     * <p>If you use this option, you still need to enable database-level supplemental logging.
     *
     * <p>CloudFormation property {@code AddSupplementalLogging}.
     */
    public OracleSettings addSupplementalLogging(boolean value) {
      return set("AddSupplementalLogging", Value.of(value));
    }

    /**
     * Sets {@code AddSupplementalLogging} to this value; see {@link
     * #addSupplementalLogging(boolean)}.
     */
    public OracleSettings addSupplementalLogging(Value<Boolean> value) {
      return set("AddSupplementalLogging", value);
    }

    /**
     * Set this attribute with <code>ArchivedLogDestId</code> in a primary/ standby setup. This
     * attribute is useful in the case of a switchover. In this case, AWS DMS needs to know which
     * destination to get archive redo logs from to read changes. This need arises because the
     * previous primary instance is now a standby instance after switchover.
     *
     * <p>Although AWS DMS supports the use of the Oracle <code>RESETLOGS</code> option to open the
     * database, never use <code>RESETLOGS</code> unless necessary. For additional information about
     * <code>RESETLOGS</code> , see <a
     * href="https://docs.aws.amazon.com/https://docs.oracle.com/en/database/oracle/oracle-database/19/bradv/rman-data-repair-concepts.html#GUID-1805CCF7-4AF2-482D-B65A-998192F89C2B">RMAN
     * Data Repair Concepts</a> in the <em>Oracle Database Backup and Recovery User's Guide</em> .
     *
     * <p>CloudFormation property {@code AdditionalArchivedLogDestId}.
     */
    public OracleSettings additionalArchivedLogDestId(int value) {
      return set("AdditionalArchivedLogDestId", Value.of(value));
    }

    /**
     * Sets {@code AdditionalArchivedLogDestId} to this value; see {@link
     * #additionalArchivedLogDestId(int)}.
     */
    public OracleSettings additionalArchivedLogDestId(Value<Integer> value) {
      return set("AdditionalArchivedLogDestId", value);
    }

    /**
     * Set this attribute to <code>true</code> to enable replication of Oracle tables containing
     * columns that are nested tables or defined types.
     *
     * <p>CloudFormation property {@code AllowSelectNestedTables}.
     */
    public OracleSettings allowSelectNestedTables(boolean value) {
      return set("AllowSelectNestedTables", Value.of(value));
    }

    /**
     * Sets {@code AllowSelectNestedTables} to this value; see {@link
     * #allowSelectNestedTables(boolean)}.
     */
    public OracleSettings allowSelectNestedTables(Value<Boolean> value) {
      return set("AllowSelectNestedTables", value);
    }

    /**
     * Specifies the ID of the destination for the archived redo logs. This value should be the same
     * as a number in the dest_id column of the v$archived_log view. If you work with an additional
     * redo log destination, use the <code>AdditionalArchivedLogDestId</code> option to specify the
     * additional destination ID. Doing this improves performance by ensuring that the correct logs
     * are accessed from the outset.
     *
     * <p>CloudFormation property {@code ArchivedLogDestId}.
     */
    public OracleSettings archivedLogDestId(int value) {
      return set("ArchivedLogDestId", Value.of(value));
    }

    /** Sets {@code ArchivedLogDestId} to this value; see {@link #archivedLogDestId(int)}. */
    public OracleSettings archivedLogDestId(Value<Integer> value) {
      return set("ArchivedLogDestId", value);
    }

    /**
     * When this field is set to <code>True</code> , AWS DMS only accesses the archived redo logs.
     * If the archived redo logs are stored on Automatic Storage Management (ASM) only, the AWS DMS
     * user account needs to be granted ASM privileges.
     *
     * <p>CloudFormation property {@code ArchivedLogsOnly}.
     */
    public OracleSettings archivedLogsOnly(boolean value) {
      return set("ArchivedLogsOnly", Value.of(value));
    }

    /** Sets {@code ArchivedLogsOnly} to this value; see {@link #archivedLogsOnly(boolean)}. */
    public OracleSettings archivedLogsOnly(Value<Boolean> value) {
      return set("ArchivedLogsOnly", value);
    }

    /**
     * For an Oracle source endpoint, your Oracle Automatic Storage Management (ASM) password. You
     * can set this value from the <code><em>asm_user_password</em></code> value. You set this value
     * as part of the comma-separated value that you set to the <code>Password</code> request
     * parameter when you create the endpoint to access transaction logs using Binary Reader. For
     * more information, see <a
     * href="https://docs.aws.amazon.com/dms/latest/userguide/CHAP_Source.Oracle.html#dms/latest/userguide/CHAP_Source.Oracle.html#CHAP_Source.Oracle.CDC.Configuration">Configuration
     * for change data capture (CDC) on an Oracle source database</a> .
     *
     * <p>CloudFormation property {@code AsmPassword}.
     */
    public OracleSettings asmPassword(String value) {
      return set("AsmPassword", Value.of(value));
    }

    /** Sets {@code AsmPassword} to this value; see {@link #asmPassword(String)}. */
    public OracleSettings asmPassword(Value<String> value) {
      return set("AsmPassword", value);
    }

    /**
     * For an Oracle source endpoint, your ASM server address. You can set this value from the
     * <code>asm_server</code> value. You set <code>asm_server</code> as part of the extra
     * connection attribute string to access an Oracle server with Binary Reader that uses ASM. For
     * more information, see <a
     * href="https://docs.aws.amazon.com/dms/latest/userguide/CHAP_Source.Oracle.html#dms/latest/userguide/CHAP_Source.Oracle.html#CHAP_Source.Oracle.CDC.Configuration">Configuration
     * for change data capture (CDC) on an Oracle source database</a> .
     *
     * <p>CloudFormation property {@code AsmServer}.
     */
    public OracleSettings asmServer(String value) {
      return set("AsmServer", Value.of(value));
    }

    /** Sets {@code AsmServer} to this value; see {@link #asmServer(String)}. */
    public OracleSettings asmServer(Value<String> value) {
      return set("AsmServer", value);
    }

    /**
     * For an Oracle source endpoint, your ASM user name. You can set this value from the
     * <code>asm_user</code> value. You set <code>asm_user</code> as part of the extra connection
     * attribute string to access an Oracle server with Binary Reader that uses ASM. For more
     * information, see <a
     * href="https://docs.aws.amazon.com/dms/latest/userguide/CHAP_Source.Oracle.html#dms/latest/userguide/CHAP_Source.Oracle.html#CHAP_Source.Oracle.CDC.Configuration">Configuration
     * for change data capture (CDC) on an Oracle source database</a> .
     *
     * <p>CloudFormation property {@code AsmUser}.
     */
    public OracleSettings asmUser(String value) {
      return set("AsmUser", Value.of(value));
    }

    /** Sets {@code AsmUser} to this value; see {@link #asmUser(String)}. */
    public OracleSettings asmUser(Value<String> value) {
      return set("AsmUser", value);
    }

    /**
     * Specifies whether the length of a character column is in bytes or in characters. To indicate
     * that the character column length is in characters, set this attribute to <code>CHAR</code> .
     * Otherwise, the character column length is in bytes.
     *
     * <p>Example: <code>charLengthSemantics=CHAR;</code>
     *
     * <p>CloudFormation property {@code CharLengthSemantics}.
     */
    public OracleSettings charLengthSemantics(String value) {
      return set("CharLengthSemantics", Value.of(value));
    }

    /** Sets {@code CharLengthSemantics} to this value; see {@link #charLengthSemantics(String)}. */
    public OracleSettings charLengthSemantics(Value<String> value) {
      return set("CharLengthSemantics", value);
    }

    /**
     * When set to <code>true</code> , this attribute helps to increase the commit rate on the
     * Oracle target database by writing directly to tables and not writing a trail to database
     * logs.
     *
     * <p>CloudFormation property {@code DirectPathNoLog}.
     */
    public OracleSettings directPathNoLog(boolean value) {
      return set("DirectPathNoLog", Value.of(value));
    }

    /** Sets {@code DirectPathNoLog} to this value; see {@link #directPathNoLog(boolean)}. */
    public OracleSettings directPathNoLog(Value<Boolean> value) {
      return set("DirectPathNoLog", value);
    }

    /**
     * When set to <code>true</code> , this attribute specifies a parallel load when
     * <code>useDirectPathFullLoad</code> is set to <code>Y</code> . This attribute also only
     * applies when you use the AWS DMS parallel load feature. Note that the target table cannot
     * have any constraints or indexes.
     *
     * <p>CloudFormation property {@code DirectPathParallelLoad}.
     */
    public OracleSettings directPathParallelLoad(boolean value) {
      return set("DirectPathParallelLoad", Value.of(value));
    }

    /**
     * Sets {@code DirectPathParallelLoad} to this value; see {@link
     * #directPathParallelLoad(boolean)}.
     */
    public OracleSettings directPathParallelLoad(Value<Boolean> value) {
      return set("DirectPathParallelLoad", value);
    }

    /**
     * Set this attribute to enable homogenous tablespace replication and create existing tables or
     * indexes under the same tablespace on the target.
     *
     * <p>CloudFormation property {@code EnableHomogenousTablespace}.
     */
    public OracleSettings enableHomogenousTablespace(boolean value) {
      return set("EnableHomogenousTablespace", Value.of(value));
    }

    /**
     * Sets {@code EnableHomogenousTablespace} to this value; see {@link
     * #enableHomogenousTablespace(boolean)}.
     */
    public OracleSettings enableHomogenousTablespace(Value<Boolean> value) {
      return set("EnableHomogenousTablespace", value);
    }

    /**
     * Specifies the IDs of one more destinations for one or more archived redo logs. These IDs are
     * the values of the <code>dest_id</code> column in the <code>v$archived_log</code> view. Use
     * this setting with the <code>archivedLogDestId</code> extra connection attribute in a
     * primary-to-single setup or a primary-to-multiple-standby setup.
     *
     * <p>This setting is useful in a switchover when you use an Oracle Data Guard database as a
     * source. In this case, AWS DMS needs information about what destination to get archive redo
     * logs from to read changes. AWS DMS needs this because after the switchover the previous
     * primary is a standby instance. For example, in a primary-to-single standby setup you might
     * apply the following settings.
     *
     * <p><code>archivedLogDestId=1; ExtraArchivedLogDestIds=[2]</code>
     *
     * <p>In a primary-to-multiple-standby setup, you might apply the following settings.
     *
     * <p><code>archivedLogDestId=1; ExtraArchivedLogDestIds=[2,3,4]</code>
     *
     * <p>Although AWS DMS supports the use of the Oracle <code>RESETLOGS</code> option to open the
     * database, never use <code>RESETLOGS</code> unless it's necessary. For more information about
     * <code>RESETLOGS</code> , see <a
     * href="https://docs.aws.amazon.com/https://docs.oracle.com/en/database/oracle/oracle-database/19/bradv/rman-data-repair-concepts.html#GUID-1805CCF7-4AF2-482D-B65A-998192F89C2B">RMAN
     * Data Repair Concepts</a> in the <em>Oracle Database Backup and Recovery User's Guide</em> .
     *
     * <p>CloudFormation property {@code ExtraArchivedLogDestIds}.
     */
    public OracleSettings extraArchivedLogDestIds(List<Integer> value) {
      return set("ExtraArchivedLogDestIds", Value.listOf(value));
    }

    /**
     * Sets {@code ExtraArchivedLogDestIds} to this value; see {@link
     * #extraArchivedLogDestIds(List)}.
     */
    public OracleSettings extraArchivedLogDestIds(Value<List<Integer>> value) {
      return set("ExtraArchivedLogDestIds", value);
    }

    /**
     * When set to <code>true</code> , this attribute causes a task to fail if the actual size of an
     * LOB column is greater than the specified <code>LobMaxSize</code> .
     *
     * <p>If a task is set to limited LOB mode and this option is set to <code>true</code> , the
     * task fails instead of truncating the LOB data.
     *
     * <p>CloudFormation property {@code FailTasksOnLobTruncation}.
     */
    public OracleSettings failTasksOnLobTruncation(boolean value) {
      return set("FailTasksOnLobTruncation", Value.of(value));
    }

    /**
     * Sets {@code FailTasksOnLobTruncation} to this value; see {@link
     * #failTasksOnLobTruncation(boolean)}.
     */
    public OracleSettings failTasksOnLobTruncation(Value<Boolean> value) {
      return set("FailTasksOnLobTruncation", value);
    }

    /**
     * Specifies the number scale. You can select a scale up to 38, or you can select FLOAT. By
     * default, the NUMBER data type is converted to precision 38, scale 10.
     *
     * <p>Example: <code>numberDataTypeScale=12</code>
     *
     * <p>CloudFormation property {@code NumberDatatypeScale}.
     */
    public OracleSettings numberDatatypeScale(int value) {
      return set("NumberDatatypeScale", Value.of(value));
    }

    /** Sets {@code NumberDatatypeScale} to this value; see {@link #numberDatatypeScale(int)}. */
    public OracleSettings numberDatatypeScale(Value<Integer> value) {
      return set("NumberDatatypeScale", value);
    }

    /**
     * Set this string attribute to the required value in order to use the Binary Reader to capture
     * change data for an Amazon RDS for Oracle as the source. This value specifies the default
     * Oracle root used to access the redo logs.
     *
     * <p>CloudFormation property {@code OraclePathPrefix}.
     */
    public OracleSettings oraclePathPrefix(String value) {
      return set("OraclePathPrefix", Value.of(value));
    }

    /** Sets {@code OraclePathPrefix} to this value; see {@link #oraclePathPrefix(String)}. */
    public OracleSettings oraclePathPrefix(Value<String> value) {
      return set("OraclePathPrefix", value);
    }

    /**
     * Set this attribute to change the number of threads that DMS configures to perform a change
     * data capture (CDC) load using Oracle Automatic Storage Management (ASM). You can specify an
     * integer value between 2 (the default) and 8 (the maximum). Use this attribute together with
     * the <code>readAheadBlocks</code> attribute.
     *
     * <p>CloudFormation property {@code ParallelAsmReadThreads}.
     */
    public OracleSettings parallelAsmReadThreads(int value) {
      return set("ParallelAsmReadThreads", Value.of(value));
    }

    /**
     * Sets {@code ParallelAsmReadThreads} to this value; see {@link #parallelAsmReadThreads(int)}.
     */
    public OracleSettings parallelAsmReadThreads(Value<Integer> value) {
      return set("ParallelAsmReadThreads", value);
    }

    /**
     * Set this attribute to change the number of read-ahead blocks that DMS configures to perform a
     * change data capture (CDC) load using Oracle Automatic Storage Management (ASM). You can
     * specify an integer value between 1000 (the default) and 200,000 (the maximum).
     *
     * <p>CloudFormation property {@code ReadAheadBlocks}.
     */
    public OracleSettings readAheadBlocks(int value) {
      return set("ReadAheadBlocks", Value.of(value));
    }

    /** Sets {@code ReadAheadBlocks} to this value; see {@link #readAheadBlocks(int)}. */
    public OracleSettings readAheadBlocks(Value<Integer> value) {
      return set("ReadAheadBlocks", value);
    }

    /**
     * When set to <code>true</code> , this attribute supports tablespace replication.
     *
     * <p>CloudFormation property {@code ReadTableSpaceName}.
     */
    public OracleSettings readTableSpaceName(boolean value) {
      return set("ReadTableSpaceName", Value.of(value));
    }

    /** Sets {@code ReadTableSpaceName} to this value; see {@link #readTableSpaceName(boolean)}. */
    public OracleSettings readTableSpaceName(Value<Boolean> value) {
      return set("ReadTableSpaceName", value);
    }

    /**
     * Set this attribute to true in order to use the Binary Reader to capture change data for an
     * Amazon RDS for Oracle as the source. This setting tells DMS instance to replace the default
     * Oracle root with the specified <code>usePathPrefix</code> setting to access the redo logs.
     *
     * <p>CloudFormation property {@code ReplacePathPrefix}.
     */
    public OracleSettings replacePathPrefix(boolean value) {
      return set("ReplacePathPrefix", Value.of(value));
    }

    /** Sets {@code ReplacePathPrefix} to this value; see {@link #replacePathPrefix(boolean)}. */
    public OracleSettings replacePathPrefix(Value<Boolean> value) {
      return set("ReplacePathPrefix", value);
    }

    /**
     * Specifies the number of seconds that the system waits before resending a query.
     *
     * <p>Example: <code>retryInterval=6;</code>
     *
     * <p>CloudFormation property {@code RetryInterval}.
     */
    public OracleSettings retryInterval(int value) {
      return set("RetryInterval", Value.of(value));
    }

    /** Sets {@code RetryInterval} to this value; see {@link #retryInterval(int)}. */
    public OracleSettings retryInterval(Value<Integer> value) {
      return set("RetryInterval", value);
    }

    /**
     * The full Amazon Resource Name (ARN) of the IAM role that specifies AWS DMS as the trusted
     * entity and grants the required permissions to access the value in
     * <code>SecretsManagerSecret</code> . The role must allow the <code>iam:PassRole</code> action.
     * <code>SecretsManagerSecret</code> has the value of the AWS Secrets Manager secret that allows
     * access to the Oracle endpoint.
     *
     * <p>You can specify one of two sets of values for these permissions. You can specify the
     * values for this setting and <code>SecretsManagerSecretId</code> . Or you can specify
     * clear-text values for <code>UserName</code> , <code>Password</code> , <code>ServerName</code>
     * , and <code>Port</code> . You can't specify both. For more information on creating this
     * <code>SecretsManagerSecret</code> , the corresponding
     * <code>SecretsManagerAccessRoleArn</code> , and the <code>SecretsManagerSecretId</code> that
     * is required to access it, see <a
     * href="https://docs.aws.amazon.com/dms/latest/userguide/CHAP_Security.html#security-iam-secretsmanager">Using
     * secrets to access AWS Database Migration Service resources</a> in the <em>AWS Database
     * Migration Service User Guide</em> .
     *
     * <p>Format: {@code AWS::IAM::Role.Arn}. CloudFormation property {@code
     * SecretsManagerAccessRoleArn}.
     */
    public OracleSettings secretsManagerAccessRoleArn(String value) {
      return set("SecretsManagerAccessRoleArn", Value.of(value));
    }

    /**
     * Sets {@code SecretsManagerAccessRoleArn} to this value; see {@link
     * #secretsManagerAccessRoleArn(String)}.
     */
    public OracleSettings secretsManagerAccessRoleArn(Value<String> value) {
      return set("SecretsManagerAccessRoleArn", value);
    }

    /**
     * Required only if your Oracle endpoint uses Advanced Storage Manager (ASM). The full ARN of
     * the IAM role that specifies AWS DMS as the trusted entity and grants the required permissions
     * to access the <code>SecretsManagerOracleAsmSecret</code> . This
     * <code>SecretsManagerOracleAsmSecret</code> has the secret value that allows access to the
     * Oracle ASM of the endpoint.
     *
     * <p>You can specify one of two sets of values for these permissions. You can specify the
     * values for this setting and <code>SecretsManagerOracleAsmSecretId</code> . Or you can specify
     * clear-text values for <code>AsmUser</code> , <code>AsmPassword</code> , and
     * <code>AsmServerName</code> . You can't specify both. For more information on creating this
     * <code>SecretsManagerOracleAsmSecret</code> , the corresponding
     * <code>SecretsManagerOracleAsmAccessRoleArn</code> , and the
     * <code>SecretsManagerOracleAsmSecretId</code> that is required to access it, see <a
     * href="https://docs.aws.amazon.com/dms/latest/userguide/CHAP_Security.html#security-iam-secretsmanager">Using
     * secrets to access AWS Database Migration Service resources</a> in the <em>AWS Database
     * Migration Service User Guide</em> .
     *
     * <p>Format: {@code AWS::IAM::Role.Arn}. CloudFormation property {@code
     * SecretsManagerOracleAsmAccessRoleArn}.
     */
    public OracleSettings secretsManagerOracleAsmAccessRoleArn(String value) {
      return set("SecretsManagerOracleAsmAccessRoleArn", Value.of(value));
    }

    /**
     * Sets {@code SecretsManagerOracleAsmAccessRoleArn} to this value; see {@link
     * #secretsManagerOracleAsmAccessRoleArn(String)}.
     */
    public OracleSettings secretsManagerOracleAsmAccessRoleArn(Value<String> value) {
      return set("SecretsManagerOracleAsmAccessRoleArn", value);
    }

    /**
     * Required only if your Oracle endpoint uses Advanced Storage Manager (ASM). The full ARN,
     * partial ARN, or display name of the <code>SecretsManagerOracleAsmSecret</code> that contains
     * the Oracle ASM connection details for the Oracle endpoint.
     *
     * <p>CloudFormation property {@code SecretsManagerOracleAsmSecretId}.
     */
    public OracleSettings secretsManagerOracleAsmSecretId(String value) {
      return set("SecretsManagerOracleAsmSecretId", Value.of(value));
    }

    /**
     * Sets {@code SecretsManagerOracleAsmSecretId} to this value; see {@link
     * #secretsManagerOracleAsmSecretId(String)}.
     */
    public OracleSettings secretsManagerOracleAsmSecretId(Value<String> value) {
      return set("SecretsManagerOracleAsmSecretId", value);
    }

    /**
     * The full ARN, partial ARN, or display name of the <code>SecretsManagerSecret</code> that
     * contains the Oracle endpoint connection details.
     *
     * <p>CloudFormation property {@code SecretsManagerSecretId}.
     */
    public OracleSettings secretsManagerSecretId(String value) {
      return set("SecretsManagerSecretId", Value.of(value));
    }

    /**
     * Sets {@code SecretsManagerSecretId} to this value; see {@link
     * #secretsManagerSecretId(String)}.
     */
    public OracleSettings secretsManagerSecretId(Value<String> value) {
      return set("SecretsManagerSecretId", value);
    }

    /**
     * For an Oracle source endpoint, the transparent data encryption (TDE) password required by AWM
     * DMS to access Oracle redo logs encrypted by TDE using Binary Reader. It is also the
     * <code><em>TDE_Password</em></code> part of the comma-separated value you set to the
     * <code>Password</code> request parameter when you create the endpoint. The
     * <code>SecurityDbEncryptian</code> setting is related to this
     * <code>SecurityDbEncryptionName</code> setting. For more information, see <a
     * href="https://docs.aws.amazon.com/dms/latest/userguide/CHAP_Source.Oracle.html#CHAP_Source.Oracle.Encryption">Supported
     * encryption methods for using Oracle as a source for AWS DMS</a> in the <em>AWS Database
     * Migration Service User Guide</em> .
     *
     * <p>CloudFormation property {@code SecurityDbEncryption}.
     */
    public OracleSettings securityDbEncryption(String value) {
      return set("SecurityDbEncryption", Value.of(value));
    }

    /**
     * Sets {@code SecurityDbEncryption} to this value; see {@link #securityDbEncryption(String)}.
     */
    public OracleSettings securityDbEncryption(Value<String> value) {
      return set("SecurityDbEncryption", value);
    }

    /**
     * For an Oracle source endpoint, the name of a key used for the transparent data encryption
     * (TDE) of the columns and tablespaces in an Oracle source database that is encrypted using
     * TDE. The key value is the value of the <code>SecurityDbEncryption</code> setting. For more
     * information on setting the key name value of <code>SecurityDbEncryptionName</code> , see the
     * information and example for setting the <code>securityDbEncryptionName</code> extra
     * connection attribute in <a
     * href="https://docs.aws.amazon.com/dms/latest/userguide/CHAP_Source.Oracle.html#CHAP_Source.Oracle.Encryption">Supported
     * encryption methods for using Oracle as a source for AWS DMS</a> in the <em>AWS Database
     * Migration Service User Guide</em> .
     *
     * <p>CloudFormation property {@code SecurityDbEncryptionName}.
     */
    public OracleSettings securityDbEncryptionName(String value) {
      return set("SecurityDbEncryptionName", Value.of(value));
    }

    /**
     * Sets {@code SecurityDbEncryptionName} to this value; see {@link
     * #securityDbEncryptionName(String)}.
     */
    public OracleSettings securityDbEncryptionName(Value<String> value) {
      return set("SecurityDbEncryptionName", value);
    }

    /**
     * Use this attribute to convert <code>SDO_GEOMETRY</code> to <code>GEOJSON</code> format. By
     * default, DMS calls the <code>SDO2GEOJSON</code> custom function if present and accessible. Or
     * you can create your own custom function that mimics the operation of <code>SDOGEOJSON</code>
     * and set <code>SpatialDataOptionToGeoJsonFunctionName</code> to call it instead.
     *
     * <p>CloudFormation property {@code SpatialDataOptionToGeoJsonFunctionName}.
     */
    public OracleSettings spatialDataOptionToGeoJsonFunctionName(String value) {
      return set("SpatialDataOptionToGeoJsonFunctionName", Value.of(value));
    }

    /**
     * Sets {@code SpatialDataOptionToGeoJsonFunctionName} to this value; see {@link
     * #spatialDataOptionToGeoJsonFunctionName(String)}.
     */
    public OracleSettings spatialDataOptionToGeoJsonFunctionName(Value<String> value) {
      return set("SpatialDataOptionToGeoJsonFunctionName", value);
    }

    /**
     * Use this attribute to specify a time in minutes for the delay in standby sync. If the source
     * is an Oracle Active Data Guard standby database, use this attribute to specify the time lag
     * between primary and standby databases.
     *
     * <p>In AWS DMS , you can create an Oracle CDC task that uses an Active Data Guard standby
     * instance as a source for replicating ongoing changes. Doing this eliminates the need to
     * connect to an active database that might be in production.
     *
     * <p>CloudFormation property {@code StandbyDelayTime}.
     */
    public OracleSettings standbyDelayTime(int value) {
      return set("StandbyDelayTime", Value.of(value));
    }

    /** Sets {@code StandbyDelayTime} to this value; see {@link #standbyDelayTime(int)}. */
    public OracleSettings standbyDelayTime(Value<Integer> value) {
      return set("StandbyDelayTime", value);
    }

    /**
     * Set this attribute to <code>true</code> in order to use the Binary Reader to capture change
     * data for an Amazon RDS for Oracle as the source. This tells the DMS instance to use any
     * specified prefix replacement to access all online redo logs.
     *
     * <p>CloudFormation property {@code UseAlternateFolderForOnline}.
     */
    public OracleSettings useAlternateFolderForOnline(boolean value) {
      return set("UseAlternateFolderForOnline", Value.of(value));
    }

    /**
     * Sets {@code UseAlternateFolderForOnline} to this value; see {@link
     * #useAlternateFolderForOnline(boolean)}.
     */
    public OracleSettings useAlternateFolderForOnline(Value<Boolean> value) {
      return set("UseAlternateFolderForOnline", value);
    }

    /**
     * Set this attribute to True to capture change data using the Binary Reader utility. Set
     * <code>UseLogminerReader</code> to False to set this attribute to True. To use Binary Reader
     * with Amazon RDS for Oracle as the source, you set additional attributes. For more information
     * about using this setting with Oracle Automatic Storage Management (ASM), see <a
     * href="https://docs.aws.amazon.com/dms/latest/userguide/CHAP_Source.Oracle.html#CHAP_Source.Oracle.CDC">Using
     * Oracle LogMiner or AWS DMS Binary Reader for CDC</a> .
     *
     * <p>CloudFormation property {@code UseBFile}.
     */
    public OracleSettings useBFile(boolean value) {
      return set("UseBFile", Value.of(value));
    }

    /** Sets {@code UseBFile} to this value; see {@link #useBFile(boolean)}. */
    public OracleSettings useBFile(Value<Boolean> value) {
      return set("UseBFile", value);
    }

    /**
     * Set this attribute to True to have AWS DMS use a direct path full load. Specify this value to
     * use the direct path protocol in the Oracle Call Interface (OCI). By using this OCI protocol,
     * you can bulk-load Oracle target tables during a full load.
     *
     * <p>CloudFormation property {@code UseDirectPathFullLoad}.
     */
    public OracleSettings useDirectPathFullLoad(boolean value) {
      return set("UseDirectPathFullLoad", Value.of(value));
    }

    /**
     * Sets {@code UseDirectPathFullLoad} to this value; see {@link
     * #useDirectPathFullLoad(boolean)}.
     */
    public OracleSettings useDirectPathFullLoad(Value<Boolean> value) {
      return set("UseDirectPathFullLoad", value);
    }

    /**
     * Set this attribute to True to capture change data using the Oracle LogMiner utility (the
     * default). Set this attribute to False if you want to access the redo logs as a binary file.
     * When you set <code>UseLogminerReader</code> to False, also set <code>UseBfile</code> to True.
     * For more information on this setting and using Oracle ASM, see <a
     * href="https://docs.aws.amazon.com/dms/latest/userguide/CHAP_Source.Oracle.html#CHAP_Source.Oracle.CDC">Using
     * Oracle LogMiner or AWS DMS Binary Reader for CDC</a> in the <em>AWS DMS User Guide</em> .
     *
     * <p>CloudFormation property {@code UseLogminerReader}.
     */
    public OracleSettings useLogminerReader(boolean value) {
      return set("UseLogminerReader", Value.of(value));
    }

    /** Sets {@code UseLogminerReader} to this value; see {@link #useLogminerReader(boolean)}. */
    public OracleSettings useLogminerReader(Value<Boolean> value) {
      return set("UseLogminerReader", value);
    }

    /**
     * Set this string attribute to the required value in order to use the Binary Reader to capture
     * change data for an Amazon RDS for Oracle as the source. This value specifies the path prefix
     * used to replace the default Oracle root to access the redo logs.
     *
     * <p>CloudFormation property {@code UsePathPrefix}.
     */
    public OracleSettings usePathPrefix(String value) {
      return set("UsePathPrefix", Value.of(value));
    }

    /** Sets {@code UsePathPrefix} to this value; see {@link #usePathPrefix(String)}. */
    public OracleSettings usePathPrefix(Value<String> value) {
      return set("UsePathPrefix", value);
    }
  }

  /**
   * Provides information that defines a PostgreSQL endpoint. This information includes the output
   * format of records applied to the endpoint and details of transaction and control table data
   * information. For information about other available settings, see <a
   * href="https://docs.aws.amazon.com/dms/latest/userguide/CHAP_Source.PostgreSQL.html#CHAP_Source.PostgreSQL.ConnectionAttrib">Extra
   * connection attributes when using PostgreSQL as a source for AWS DMS</a> and <a
   * href="https://docs.aws.amazon.com/dms/latest/userguide/CHAP_Target.PostgreSQL.html#CHAP_Target.PostgreSQL.ConnectionAttrib">Extra
   * connection attributes when using PostgreSQL as a target for AWS DMS</a> in the <em>AWS Database
   * Migration Service User Guide</em> .
   *
   * <p>Property type {@code AWS::DMS::Endpoint.PostgreSqlSettings}.
   */
  public static final class PostgreSqlSettings extends Struct<PostgreSqlSettings> {
    private static final Schema SCHEMA = Schema.builder("AWS::DMS::Endpoint.PostgreSqlSettings")
        .constrain("SecretsManagerAccessRoleArn", Constraint.of().format("AWS::IAM::Role.Arn"))
        .build();

    public PostgreSqlSettings() {
      super(SCHEMA);
    }

    /**
     * For use with change data capture (CDC) only, this attribute has AWS DMS bypass foreign keys
     * and user triggers to reduce the time it takes to bulk load data.
     *
     * <p>Example: <code>afterConnectScript=SET session_replication_role='replica'</code>
     *
     * <p>CloudFormation property {@code AfterConnectScript}.
     */
    public PostgreSqlSettings afterConnectScript(String value) {
      return set("AfterConnectScript", Value.of(value));
    }

    /** Sets {@code AfterConnectScript} to this value; see {@link #afterConnectScript(String)}. */
    public PostgreSqlSettings afterConnectScript(Value<String> value) {
      return set("AfterConnectScript", value);
    }

    /**
     * The Babelfish for Aurora PostgreSQL database name for the endpoint.
     *
     * <p>CloudFormation property {@code BabelfishDatabaseName}.
     */
    public PostgreSqlSettings babelfishDatabaseName(String value) {
      return set("BabelfishDatabaseName", Value.of(value));
    }

    /**
     * Sets {@code BabelfishDatabaseName} to this value; see {@link #babelfishDatabaseName(String)}.
     */
    public PostgreSqlSettings babelfishDatabaseName(Value<String> value) {
      return set("BabelfishDatabaseName", value);
    }

    /**
     * To capture DDL events, AWS DMS creates various artifacts in the PostgreSQL database when the
     * task starts. You can later remove these artifacts.
     *
     * <p>If this value is set to <code>True</code> , you don't have to create tables or triggers on
     * the source database.
     *
     * <p>CloudFormation property {@code CaptureDdls}.
     */
    public PostgreSqlSettings captureDdls(boolean value) {
      return set("CaptureDdls", Value.of(value));
    }

    /** Sets {@code CaptureDdls} to this value; see {@link #captureDdls(boolean)}. */
    public PostgreSqlSettings captureDdls(Value<Boolean> value) {
      return set("CaptureDdls", value);
    }

    /**
     * Specifies the default behavior of the replication's handling of PostgreSQL- compatible
     * endpoints that require some additional configuration, such as Babelfish endpoints.
     *
     * <p>CloudFormation property {@code DatabaseMode}.
     */
    public PostgreSqlSettings databaseMode(String value) {
      return set("DatabaseMode", Value.of(value));
    }

    /** Sets {@code DatabaseMode} to this value; see {@link #databaseMode(String)}. */
    public PostgreSqlSettings databaseMode(Value<String> value) {
      return set("DatabaseMode", value);
    }

    /**
     * The schema in which the operational DDL database artifacts are created.
     *
     * <p>The default value is <code>public</code> .
     *
     * <p>Example: <code>ddlArtifactsSchema=xyzddlschema;</code>
     *
     * <p>CloudFormation property {@code DdlArtifactsSchema}.
     */
    public PostgreSqlSettings ddlArtifactsSchema(String value) {
      return set("DdlArtifactsSchema", Value.of(value));
    }

    /** Sets {@code DdlArtifactsSchema} to this value; see {@link #ddlArtifactsSchema(String)}. */
    public PostgreSqlSettings ddlArtifactsSchema(Value<String> value) {
      return set("DdlArtifactsSchema", value);
    }

    /**
     * Sets the client statement timeout for the PostgreSQL instance, in seconds. The default value
     * is 60 seconds.
     *
     * <p>Example: <code>executeTimeout=100;</code>
     *
     * <p>CloudFormation property {@code ExecuteTimeout}.
     */
    public PostgreSqlSettings executeTimeout(int value) {
      return set("ExecuteTimeout", Value.of(value));
    }

    /** Sets {@code ExecuteTimeout} to this value; see {@link #executeTimeout(int)}. */
    public PostgreSqlSettings executeTimeout(Value<Integer> value) {
      return set("ExecuteTimeout", value);
    }

    /**
     * When set to <code>true</code> , this value causes a task to fail if the actual size of a LOB
     * column is greater than the specified <code>LobMaxSize</code> .
     *
     * <p>The default value is <code>false</code> .
     *
     * <p>If task is set to Limited LOB mode and this option is set to true, the task fails instead
     * of truncating the LOB data.
     *
     * <p>CloudFormation property {@code FailTasksOnLobTruncation}.
     */
    public PostgreSqlSettings failTasksOnLobTruncation(boolean value) {
      return set("FailTasksOnLobTruncation", Value.of(value));
    }

    /**
     * Sets {@code FailTasksOnLobTruncation} to this value; see {@link
     * #failTasksOnLobTruncation(boolean)}.
     */
    public PostgreSqlSettings failTasksOnLobTruncation(Value<Boolean> value) {
      return set("FailTasksOnLobTruncation", value);
    }

    /**
     * The write-ahead log (WAL) heartbeat feature mimics a dummy transaction. By doing this, it
     * prevents idle logical replication slots from holding onto old WAL logs, which can result in
     * storage full situations on the source. This heartbeat keeps <code>restart_lsn</code> moving
     * and prevents storage full scenarios.
     *
     * <p>The default value is <code>false</code> .
     *
     * <p>CloudFormation property {@code HeartbeatEnable}.
     */
    public PostgreSqlSettings heartbeatEnable(boolean value) {
      return set("HeartbeatEnable", Value.of(value));
    }

    /** Sets {@code HeartbeatEnable} to this value; see {@link #heartbeatEnable(boolean)}. */
    public PostgreSqlSettings heartbeatEnable(Value<Boolean> value) {
      return set("HeartbeatEnable", value);
    }

    /**
     * Sets the WAL heartbeat frequency (in minutes).
     *
     * <p>The default value is 5 minutes.
     *
     * <p>CloudFormation property {@code HeartbeatFrequency}.
     */
    public PostgreSqlSettings heartbeatFrequency(int value) {
      return set("HeartbeatFrequency", Value.of(value));
    }

    /** Sets {@code HeartbeatFrequency} to this value; see {@link #heartbeatFrequency(int)}. */
    public PostgreSqlSettings heartbeatFrequency(Value<Integer> value) {
      return set("HeartbeatFrequency", value);
    }

    /**
     * Sets the schema in which the heartbeat artifacts are created.
     *
     * <p>The default value is <code>public</code> .
     *
     * <p>CloudFormation property {@code HeartbeatSchema}.
     */
    public PostgreSqlSettings heartbeatSchema(String value) {
      return set("HeartbeatSchema", Value.of(value));
    }

    /** Sets {@code HeartbeatSchema} to this value; see {@link #heartbeatSchema(String)}. */
    public PostgreSqlSettings heartbeatSchema(Value<String> value) {
      return set("HeartbeatSchema", value);
    }

    /**
     * When true, lets PostgreSQL migrate the boolean type as boolean. By default, PostgreSQL
     * migrates booleans as <code>varchar(5)</code> . You must set this setting on both the source
     * and target endpoints for it to take effect.
     *
     * <p>The default value is <code>false</code> .
     *
     * <p>CloudFormation property {@code MapBooleanAsBoolean}.
     */
    public PostgreSqlSettings mapBooleanAsBoolean(boolean value) {
      return set("MapBooleanAsBoolean", Value.of(value));
    }

    /**
     * Sets {@code MapBooleanAsBoolean} to this value; see {@link #mapBooleanAsBoolean(boolean)}.
     */
    public PostgreSqlSettings mapBooleanAsBoolean(Value<Boolean> value) {
      return set("MapBooleanAsBoolean", value);
    }

    /**
     * Specifies the maximum size (in KB) of any .csv file used to transfer data to PostgreSQL.
     *
     * <p>The default value is 32,768 KB (32 MB).
     *
     * <p>Example: <code>maxFileSize=512</code>
     *
     * <p>CloudFormation property {@code MaxFileSize}.
     */
    public PostgreSqlSettings maxFileSize(int value) {
      return set("MaxFileSize", Value.of(value));
    }

    /** Sets {@code MaxFileSize} to this value; see {@link #maxFileSize(int)}. */
    public PostgreSqlSettings maxFileSize(Value<Integer> value) {
      return set("MaxFileSize", value);
    }

    /**
     * Specifies the plugin to use to create a replication slot.
     *
     * <p>The default value is <code>pglogical</code> .
     *
     * <p>CloudFormation property {@code PluginName}.
     */
    public PostgreSqlSettings pluginName(String value) {
      return set("PluginName", Value.of(value));
    }

    /** Sets {@code PluginName} to this value; see {@link #pluginName(String)}. */
    public PostgreSqlSettings pluginName(Value<String> value) {
      return set("PluginName", value);
    }

    /**
     * The full Amazon Resource Name (ARN) of the IAM role that specifies AWS DMS as the trusted
     * entity and grants the required permissions to access the value in
     * <code>SecretsManagerSecret</code> . The role must allow the <code>iam:PassRole</code> action.
     * <code>SecretsManagerSecret</code> has the value of the AWS Secrets Manager secret that allows
     * access to the PostgreSQL endpoint.
     *
     * <p>You can specify one of two sets of values for these permissions. You can specify the
     * values for this setting and <code>SecretsManagerSecretId</code> . Or you can specify
     * clear-text values for <code>UserName</code> , <code>Password</code> , <code>ServerName</code>
     * , and <code>Port</code> . You can't specify both. For more information on creating this
     * <code>SecretsManagerSecret</code> , the corresponding
     * <code>SecretsManagerAccessRoleArn</code> , and the <code>SecretsManagerSecretId</code> that
     * is required to access it, see <a
     * href="https://docs.aws.amazon.com/dms/latest/userguide/CHAP_Security.html#security-iam-secretsmanager">Using
     * secrets to access AWS Database Migration Service resources</a> in the <em>AWS Database
     * Migration Service User Guide</em> .
     *
     * <p>Format: {@code AWS::IAM::Role.Arn}. CloudFormation property {@code
     * SecretsManagerAccessRoleArn}.
     */
    public PostgreSqlSettings secretsManagerAccessRoleArn(String value) {
      return set("SecretsManagerAccessRoleArn", Value.of(value));
    }

    /**
     * Sets {@code SecretsManagerAccessRoleArn} to this value; see {@link
     * #secretsManagerAccessRoleArn(String)}.
     */
    public PostgreSqlSettings secretsManagerAccessRoleArn(Value<String> value) {
      return set("SecretsManagerAccessRoleArn", value);
    }

    /**
     * The full ARN, partial ARN, or display name of the <code>SecretsManagerSecret</code> that
     * contains the PostgreSQL endpoint connection details.
     *
     * <p>CloudFormation property {@code SecretsManagerSecretId}.
     */
    public PostgreSqlSettings secretsManagerSecretId(String value) {
      return set("SecretsManagerSecretId", Value.of(value));
    }

    /**
     * Sets {@code SecretsManagerSecretId} to this value; see {@link
     * #secretsManagerSecretId(String)}.
     */
    public PostgreSqlSettings secretsManagerSecretId(Value<String> value) {
      return set("SecretsManagerSecretId", value);
    }

    /**
     * Sets the name of a previously created logical replication slot for a change data capture
     * (CDC) load of the PostgreSQL source instance.
     *
     * <p>When used with the <code>CdcStartPosition</code> request parameter for the AWS DMS API ,
     * this attribute also makes it possible to use native CDC start points. DMS verifies that the
     * specified logical replication slot exists before starting the CDC load task. It also verifies
     * that the task was created with a valid setting of <code>CdcStartPosition</code> . If the
     * specified slot doesn't exist or the task doesn't have a valid <code>CdcStartPosition</code>
     * setting, DMS raises an error.
     *
     * <p>For more information about setting the <code>CdcStartPosition</code> request parameter,
     * see <a
     * href="https://docs.aws.amazon.com/dms/latest/userguide/CHAP_Task.CDC.html#CHAP_Task.CDC.StartPoint.Native">Determining
     * a CDC native start point</a> in the <em>AWS Database Migration Service User Guide</em> . For
     * more information about using <code>CdcStartPosition</code> , see <a
     * href="https://docs.aws.amazon.com/dms/latest/APIReference/API_CreateReplicationTask.html">CreateReplicationTask</a>
     * , <a
     * href="https://docs.aws.amazon.com/dms/latest/APIReference/API_StartReplicationTask.html">StartReplicationTask</a>
     * , and <a
     * href="https://docs.aws.amazon.com/dms/latest/APIReference/API_ModifyReplicationTask.html">ModifyReplicationTask</a>
     * .
     *
     * <p>CloudFormation property {@code SlotName}.
     */
    public PostgreSqlSettings slotName(String value) {
      return set("SlotName", Value.of(value));
    }

    /** Sets {@code SlotName} to this value; see {@link #slotName(String)}. */
    public PostgreSqlSettings slotName(Value<String> value) {
      return set("SlotName", value);
    }
  }

  /**
   * Provides information that defines a Redis target endpoint. This information includes the output
   * format of records applied to the endpoint and details of transaction and control table data
   * information. For information about other available settings, see <a
   * href="https://docs.aws.amazon.com/dms/latest/userguide/CHAP_Target.Redis.html#CHAP_Target.Redis.EndpointSettings">Specifying
   * endpoint settings for Redis as a target</a> in the <em>AWS Database Migration Service User
   * Guide</em> .
   *
   * <p>Property type {@code AWS::DMS::Endpoint.RedisSettings}.
   */
  public static final class RedisSettings extends Struct<RedisSettings> {
    private static final Schema SCHEMA = Schema.of("AWS::DMS::Endpoint.RedisSettings");

    public RedisSettings() {
      super(SCHEMA);
    }

    /**
     * The password provided with the <code>auth-role</code> and <code>auth-token</code> options of
     * the <code>AuthType</code> setting for a Redis target endpoint.
     *
     * <p>CloudFormation property {@code AuthPassword}.
     */
    public RedisSettings authPassword(String value) {
      return set("AuthPassword", Value.of(value));
    }

    /** Sets {@code AuthPassword} to this value; see {@link #authPassword(String)}. */
    public RedisSettings authPassword(Value<String> value) {
      return set("AuthPassword", value);
    }

    /**
     * The type of authentication to perform when connecting to a Redis target. Options include
     * <code>none</code> , <code>auth-token</code> , and <code>auth-role</code> . The
     * <code>auth-token</code> option requires an <code>AuthPassword</code> value to be provided.
     * The <code>auth-role</code> option requires <code>AuthUserName</code> and
     * <code>AuthPassword</code> values to be provided.
     *
     * <p>CloudFormation property {@code AuthType}.
     */
    public RedisSettings authType(String value) {
      return set("AuthType", Value.of(value));
    }

    /** Sets {@code AuthType} to this value; see {@link #authType(String)}. */
    public RedisSettings authType(Value<String> value) {
      return set("AuthType", value);
    }

    /**
     * The user name provided with the <code>auth-role</code> option of the <code>AuthType</code>
     * setting for a Redis target endpoint.
     *
     * <p>CloudFormation property {@code AuthUserName}.
     */
    public RedisSettings authUserName(String value) {
      return set("AuthUserName", Value.of(value));
    }

    /** Sets {@code AuthUserName} to this value; see {@link #authUserName(String)}. */
    public RedisSettings authUserName(Value<String> value) {
      return set("AuthUserName", value);
    }

    /**
     * Transmission Control Protocol (TCP) port for the endpoint.
     *
     * <p>CloudFormation property {@code Port}.
     */
    public RedisSettings port(double value) {
      return set("Port", Value.of(value));
    }

    /** Sets {@code Port} to this value; see {@link #port(double)}. */
    public RedisSettings port(Value<Double> value) {
      return set("Port", value);
    }

    /**
     * Fully qualified domain name of the endpoint.
     *
     * <p>CloudFormation property {@code ServerName}.
     */
    public RedisSettings serverName(String value) {
      return set("ServerName", Value.of(value));
    }

    /** Sets {@code ServerName} to this value; see {@link #serverName(String)}. */
    public RedisSettings serverName(Value<String> value) {
      return set("ServerName", value);
    }

    /**
     * The Amazon Resource Name (ARN) for the certificate authority (CA) that DMS uses to connect to
     * your Redis target endpoint.
     *
     * <p>CloudFormation property {@code SslCaCertificateArn}.
     */
    public RedisSettings sslCaCertificateArn(String value) {
      return set("SslCaCertificateArn", Value.of(value));
    }

    /** Sets {@code SslCaCertificateArn} to this value; see {@link #sslCaCertificateArn(String)}. */
    public RedisSettings sslCaCertificateArn(Value<String> value) {
      return set("SslCaCertificateArn", value);
    }

    /**
     * The connection to a Redis target endpoint using Transport Layer Security (TLS). Valid values
     * include <code>plaintext</code> and <code>ssl-encryption</code> . The default is
     * <code>ssl-encryption</code> . The <code>ssl-encryption</code> option makes an encrypted
     * connection. Optionally, you can identify an Amazon Resource Name (ARN) for an SSL certificate
     * authority (CA) using the <code>SslCaCertificateArn</code> setting. If an ARN isn't given for
     * a CA, DMS uses the Amazon root CA.
     *
     * <p>The <code>plaintext</code> option doesn't provide Transport Layer Security (TLS)
     * encryption for traffic between endpoint and database.
     *
     * <p>CloudFormation property {@code SslSecurityProtocol}.
     */
    public RedisSettings sslSecurityProtocol(String value) {
      return set("SslSecurityProtocol", Value.of(value));
    }

    /** Sets {@code SslSecurityProtocol} to this value; see {@link #sslSecurityProtocol(String)}. */
    public RedisSettings sslSecurityProtocol(Value<String> value) {
      return set("SslSecurityProtocol", value);
    }
  }

  /**
   * Provides information that defines an Amazon Redshift endpoint. This information includes the
   * output format of records applied to the endpoint and details of transaction and control table
   * data information. For more information about other available settings, see <a
   * href="https://docs.aws.amazon.com/dms/latest/userguide/CHAP_Target.Redshift.html#CHAP_Target.Redshift.ConnectionAttrib">Extra
   * connection attributes when using Amazon Redshift as a target for AWS DMS</a> in the <em>AWS
   * Database Migration Service User Guide</em> .
   *
   * <p>Property type {@code AWS::DMS::Endpoint.RedshiftSettings}.
   */
  public static final class RedshiftSettings extends Struct<RedshiftSettings> {
    private static final Schema SCHEMA = Schema.builder("AWS::DMS::Endpoint.RedshiftSettings")
        .constrain("BucketName", Constraint.of().format("AWS::S3::Bucket.Name"))
        .constrain("SecretsManagerAccessRoleArn", Constraint.of().format("AWS::IAM::Role.Arn"))
        .constrain("ServiceAccessRoleArn", Constraint.of().format("AWS::IAM::Role.Arn"))
        .build();

    public RedshiftSettings() {
      super(SCHEMA);
    }

    /**
     * A value that indicates to allow any date format, including invalid formats such as 00/00/00
     * 00:00:00, to be loaded without generating an error. You can choose <code>true</code> or
     * <code>false</code> (the default).
     *
     * <p>This parameter applies only to TIMESTAMP and DATE columns. Always use ACCEPTANYDATE with
     * the DATEFORMAT parameter. If the date format for the data doesn't match the DATEFORMAT
     * specification, Amazon Redshift inserts a NULL value into that field.
     *
     * <p>CloudFormation property {@code AcceptAnyDate}.
     */
    public RedshiftSettings acceptAnyDate(boolean value) {
      return set("AcceptAnyDate", Value.of(value));
    }

    /** Sets {@code AcceptAnyDate} to this value; see {@link #acceptAnyDate(boolean)}. */
    public RedshiftSettings acceptAnyDate(Value<Boolean> value) {
      return set("AcceptAnyDate", value);
    }

    /**
     * Code to run after connecting. This parameter should contain the code itself, not the name of
     * a file containing the code.
     *
     * <p>CloudFormation property {@code AfterConnectScript}.
     */
    public RedshiftSettings afterConnectScript(String value) {
      return set("AfterConnectScript", Value.of(value));
    }

    /** Sets {@code AfterConnectScript} to this value; see {@link #afterConnectScript(String)}. */
    public RedshiftSettings afterConnectScript(Value<String> value) {
      return set("AfterConnectScript", value);
    }

    /**
     * An S3 folder where the comma-separated-value (.csv) files are stored before being uploaded to
     * the target Redshift cluster.
     *
     * <p>For full load mode, AWS DMS converts source records into .csv files and loads them to the
     * <em>BucketFolder/TableID</em> path. AWS DMS uses the Redshift <code>COPY</code> command to
     * upload the .csv files to the target table. The files are deleted once the <code>COPY</code>
     * operation has finished. For more information, see <a
     * href="https://docs.aws.amazon.com/redshift/latest/dg/r_COPY.html">COPY</a> in the <em>Amazon
     * Redshift Database Developer Guide</em> .
     *
     * <p>For change-data-capture (CDC) mode, AWS DMS creates a <em>NetChanges</em> table, and loads
     * the .csv files to this <em>BucketFolder/NetChangesTableID</em> path.
     *
     * <p>CloudFormation property {@code BucketFolder}.
     */
    public RedshiftSettings bucketFolder(String value) {
      return set("BucketFolder", Value.of(value));
    }

    /** Sets {@code BucketFolder} to this value; see {@link #bucketFolder(String)}. */
    public RedshiftSettings bucketFolder(Value<String> value) {
      return set("BucketFolder", value);
    }

    /**
     * The name of the intermediate S3 bucket used to store .csv files before uploading data to
     * Redshift.
     *
     * <p>Format: {@code AWS::S3::Bucket.Name}. CloudFormation property {@code BucketName}.
     */
    public RedshiftSettings bucketName(String value) {
      return set("BucketName", Value.of(value));
    }

    /** Sets {@code BucketName} to this value; see {@link #bucketName(String)}. */
    public RedshiftSettings bucketName(Value<String> value) {
      return set("BucketName", value);
    }

    /**
     * If Amazon Redshift is configured to support case sensitive schema names, set
     * <code>CaseSensitiveNames</code> to <code>true</code> . The default is <code>false</code> .
     *
     * <p>CloudFormation property {@code CaseSensitiveNames}.
     */
    public RedshiftSettings caseSensitiveNames(boolean value) {
      return set("CaseSensitiveNames", Value.of(value));
    }

    /** Sets {@code CaseSensitiveNames} to this value; see {@link #caseSensitiveNames(boolean)}. */
    public RedshiftSettings caseSensitiveNames(Value<Boolean> value) {
      return set("CaseSensitiveNames", value);
    }

    /**
     * If you set <code>CompUpdate</code> to <code>true</code> Amazon Redshift applies automatic
     * compression if the table is empty. This applies even if the table columns already have
     * encodings other than <code>RAW</code> . If you set <code>CompUpdate</code> to
     * <code>false</code> , automatic compression is disabled and existing column encodings aren't
     * changed. The default is <code>true</code> .
     *
     * <p>CloudFormation property {@code CompUpdate}.
     */
    public RedshiftSettings compUpdate(boolean value) {
      return set("CompUpdate", Value.of(value));
    }

    /** Sets {@code CompUpdate} to this value; see {@link #compUpdate(boolean)}. */
    public RedshiftSettings compUpdate(Value<Boolean> value) {
      return set("CompUpdate", value);
    }

    /**
     * A value that sets the amount of time to wait (in milliseconds) before timing out, beginning
     * from when you initially establish a connection.
     *
     * <p>CloudFormation property {@code ConnectionTimeout}.
     */
    public RedshiftSettings connectionTimeout(int value) {
      return set("ConnectionTimeout", Value.of(value));
    }

    /** Sets {@code ConnectionTimeout} to this value; see {@link #connectionTimeout(int)}. */
    public RedshiftSettings connectionTimeout(Value<Integer> value) {
      return set("ConnectionTimeout", value);
    }

    /**
     * The date format that you are using. Valid values are <code>auto</code> (case-sensitive), your
     * date format string enclosed in quotes, or NULL. If this parameter is left unset (NULL), it
     * defaults to a format of 'YYYY-MM-DD'. Using <code>auto</code> recognizes most strings, even
     * some that aren't supported when you use a date format string.
     *
     * <p>If your date and time values use formats different from each other, set this to
     * <code>auto</code> .
     *
     * <p>CloudFormation property {@code DateFormat}.
     */
    public RedshiftSettings dateFormat(String value) {
      return set("DateFormat", Value.of(value));
    }

    /** Sets {@code DateFormat} to this value; see {@link #dateFormat(String)}. */
    public RedshiftSettings dateFormat(Value<String> value) {
      return set("DateFormat", value);
    }

    /**
     * A value that specifies whether AWS DMS should migrate empty CHAR and VARCHAR fields as NULL.
     * A value of <code>true</code> sets empty CHAR and VARCHAR fields to null. The default is
     * <code>false</code> .
     *
     * <p>CloudFormation property {@code EmptyAsNull}.
     */
    public RedshiftSettings emptyAsNull(boolean value) {
      return set("EmptyAsNull", Value.of(value));
    }

    /** Sets {@code EmptyAsNull} to this value; see {@link #emptyAsNull(boolean)}. */
    public RedshiftSettings emptyAsNull(Value<Boolean> value) {
      return set("EmptyAsNull", value);
    }

    /**
     * The type of server-side encryption that you want to use for your data. This encryption type
     * is part of the endpoint settings or the extra connections attributes for Amazon S3. You can
     * choose either <code>SSE_S3</code> (the default) or <code>SSE_KMS</code> .
     *
     * <p>For the <code>ModifyEndpoint</code> operation, you can change the existing value of the
     * <code>EncryptionMode</code> parameter from <code>SSE_KMS</code> to <code>SSE_S3</code> . But
     * you can’t change the existing value from <code>SSE_S3</code> to <code>SSE_KMS</code> .
     *
     * <p>To use <code>SSE_S3</code> , create an AWS Identity and Access Management (IAM) role with
     * a policy that allows <code>"arn:aws:s3:::*"</code> to use the following actions:
     * <code>"s3:PutObject", "s3:ListBucket"</code>
     *
     * <p>CloudFormation property {@code EncryptionMode}.
     */
    public RedshiftSettings encryptionMode(String value) {
      return set("EncryptionMode", Value.of(value));
    }

    /** Sets {@code EncryptionMode} to this value; see {@link #encryptionMode(String)}. */
    public RedshiftSettings encryptionMode(Value<String> value) {
      return set("EncryptionMode", value);
    }

    /**
     * This setting is only valid for a full-load migration task. Set <code>ExplicitIds</code> to
     * <code>true</code> to have tables with <code>IDENTITY</code> columns override their
     * auto-generated values with explicit values loaded from the source data files used to populate
     * the tables. The default is <code>false</code> .
     *
     * <p>CloudFormation property {@code ExplicitIds}.
     */
    public RedshiftSettings explicitIds(boolean value) {
      return set("ExplicitIds", Value.of(value));
    }

    /** Sets {@code ExplicitIds} to this value; see {@link #explicitIds(boolean)}. */
    public RedshiftSettings explicitIds(Value<Boolean> value) {
      return set("ExplicitIds", value);
    }

    /**
     * The number of threads used to upload a single file. This parameter accepts a value from 1
     * through 64. It defaults to 10.
     *
     * <p>The number of parallel streams used to upload a single .csv file to an S3 bucket using S3
     * Multipart Upload. For more information, see <a
     * href="https://docs.aws.amazon.com/AmazonS3/latest/dev/mpuoverview.html">Multipart upload
     * overview</a> .
     *
     * <p><code>FileTransferUploadStreams</code> accepts a value from 1 through 64. It defaults to
     * 10.
     *
     * <p>CloudFormation property {@code FileTransferUploadStreams}.
     */
    public RedshiftSettings fileTransferUploadStreams(int value) {
      return set("FileTransferUploadStreams", Value.of(value));
    }

    /**
     * Sets {@code FileTransferUploadStreams} to this value; see {@link
     * #fileTransferUploadStreams(int)}.
     */
    public RedshiftSettings fileTransferUploadStreams(Value<Integer> value) {
      return set("FileTransferUploadStreams", value);
    }

    /**
     * The amount of time to wait (in milliseconds) before timing out of operations performed by AWS
     * DMS on a Redshift cluster, such as Redshift COPY, INSERT, DELETE, and UPDATE.
     *
     * <p>CloudFormation property {@code LoadTimeout}.
     */
    public RedshiftSettings loadTimeout(int value) {
      return set("LoadTimeout", Value.of(value));
    }

    /** Sets {@code LoadTimeout} to this value; see {@link #loadTimeout(int)}. */
    public RedshiftSettings loadTimeout(Value<Integer> value) {
      return set("LoadTimeout", value);
    }

    /**
     * When true, lets Redshift migrate the boolean type as boolean. By default, Redshift migrates
     * booleans as <code>varchar(1)</code> . You must set this setting on both the source and target
     * endpoints for it to take effect.
     *
     * <p>CloudFormation property {@code MapBooleanAsBoolean}.
     */
    public RedshiftSettings mapBooleanAsBoolean(boolean value) {
      return set("MapBooleanAsBoolean", Value.of(value));
    }

    /**
     * Sets {@code MapBooleanAsBoolean} to this value; see {@link #mapBooleanAsBoolean(boolean)}.
     */
    public RedshiftSettings mapBooleanAsBoolean(Value<Boolean> value) {
      return set("MapBooleanAsBoolean", value);
    }

    /**
     * The maximum size (in KB) of any .csv file used to load data on an S3 bucket and transfer data
     * to Amazon Redshift. It defaults to 1048576KB (1 GB).
     *
     * <p>CloudFormation property {@code MaxFileSize}.
     */
    public RedshiftSettings maxFileSize(int value) {
      return set("MaxFileSize", Value.of(value));
    }

    /** Sets {@code MaxFileSize} to this value; see {@link #maxFileSize(int)}. */
    public RedshiftSettings maxFileSize(Value<Integer> value) {
      return set("MaxFileSize", value);
    }

    /**
     * A value that specifies to remove surrounding quotation marks from strings in the incoming
     * data. All characters within the quotation marks, including delimiters, are retained. Choose
     * <code>true</code> to remove quotation marks. The default is <code>false</code> .
     *
     * <p>CloudFormation property {@code RemoveQuotes}.
     */
    public RedshiftSettings removeQuotes(boolean value) {
      return set("RemoveQuotes", Value.of(value));
    }

    /** Sets {@code RemoveQuotes} to this value; see {@link #removeQuotes(boolean)}. */
    public RedshiftSettings removeQuotes(Value<Boolean> value) {
      return set("RemoveQuotes", value);
    }

    /**
     * A value that specifies to replaces the invalid characters specified in
     * <code>ReplaceInvalidChars</code> , substituting the specified characters instead. The default
     * is <code>"?"</code> .
     *
     * <p>CloudFormation property {@code ReplaceChars}.
     */
    public RedshiftSettings replaceChars(String value) {
      return set("ReplaceChars", Value.of(value));
    }

    /** Sets {@code ReplaceChars} to this value; see {@link #replaceChars(String)}. */
    public RedshiftSettings replaceChars(Value<String> value) {
      return set("ReplaceChars", value);
    }

    /**
     * A list of characters that you want to replace. Use with <code>ReplaceChars</code> .
     *
     * <p>CloudFormation property {@code ReplaceInvalidChars}.
     */
    public RedshiftSettings replaceInvalidChars(String value) {
      return set("ReplaceInvalidChars", Value.of(value));
    }

    /** Sets {@code ReplaceInvalidChars} to this value; see {@link #replaceInvalidChars(String)}. */
    public RedshiftSettings replaceInvalidChars(Value<String> value) {
      return set("ReplaceInvalidChars", value);
    }

    /**
     * The full Amazon Resource Name (ARN) of the IAM role that specifies AWS DMS as the trusted
     * entity and grants the required permissions to access the value in
     * <code>SecretsManagerSecret</code> . The role must allow the <code>iam:PassRole</code> action.
     * <code>SecretsManagerSecret</code> has the value of the AWS Secrets Manager secret that allows
     * access to the Amazon Redshift endpoint.
     *
     * <p>You can specify one of two sets of values for these permissions. You can specify the
     * values for this setting and <code>SecretsManagerSecretId</code> . Or you can specify
     * clear-text values for <code>UserName</code> , <code>Password</code> , <code>ServerName</code>
     * , and <code>Port</code> . You can't specify both. For more information on creating this
     * <code>SecretsManagerSecret</code> , the corresponding
     * <code>SecretsManagerAccessRoleArn</code> , and the <code>SecretsManagerSecretId</code> that
     * is required to access it, see <a
     * href="https://docs.aws.amazon.com/dms/latest/userguide/CHAP_Security.html#security-iam-secretsmanager">Using
     * secrets to access AWS Database Migration Service resources</a> in the <em>AWS Database
     * Migration Service User Guide</em> .
     *
     * <p>Format: {@code AWS::IAM::Role.Arn}. CloudFormation property {@code
     * SecretsManagerAccessRoleArn}.
     */
    public RedshiftSettings secretsManagerAccessRoleArn(String value) {
      return set("SecretsManagerAccessRoleArn", Value.of(value));
    }

    /**
     * Sets {@code SecretsManagerAccessRoleArn} to this value; see {@link
     * #secretsManagerAccessRoleArn(String)}.
     */
    public RedshiftSettings secretsManagerAccessRoleArn(Value<String> value) {
      return set("SecretsManagerAccessRoleArn", value);
    }

    /**
     * The full ARN, partial ARN, or display name of the <code>SecretsManagerSecret</code> that
     * contains the Amazon Redshift endpoint connection details.
     *
     * <p>CloudFormation property {@code SecretsManagerSecretId}.
     */
    public RedshiftSettings secretsManagerSecretId(String value) {
      return set("SecretsManagerSecretId", Value.of(value));
    }

    /**
     * Sets {@code SecretsManagerSecretId} to this value; see {@link
     * #secretsManagerSecretId(String)}.
     */
    public RedshiftSettings secretsManagerSecretId(Value<String> value) {
      return set("SecretsManagerSecretId", value);
    }

    /**
     * The AWS key ID. If you are using <code>SSE_KMS</code> for the <code>EncryptionMode</code> ,
     * provide this key ID. The key that you use needs an attached policy that enables IAM user
     * permissions and allows use of the key.
     *
     * <p>CloudFormation property {@code ServerSideEncryptionKmsKeyId}.
     */
    public RedshiftSettings serverSideEncryptionKmsKeyId(String value) {
      return set("ServerSideEncryptionKmsKeyId", Value.of(value));
    }

    /**
     * Sets {@code ServerSideEncryptionKmsKeyId} to this value; see {@link
     * #serverSideEncryptionKmsKeyId(String)}.
     */
    public RedshiftSettings serverSideEncryptionKmsKeyId(Value<String> value) {
      return set("ServerSideEncryptionKmsKeyId", value);
    }

    /**
     * The Amazon Resource Name (ARN) of the IAM role that has access to the Amazon Redshift
     * service. The role must allow the <code>iam:PassRole</code> action.
     *
     * <p>Format: {@code AWS::IAM::Role.Arn}. CloudFormation property {@code ServiceAccessRoleArn}.
     */
    public RedshiftSettings serviceAccessRoleArn(String value) {
      return set("ServiceAccessRoleArn", Value.of(value));
    }

    /**
     * Sets {@code ServiceAccessRoleArn} to this value; see {@link #serviceAccessRoleArn(String)}.
     */
    public RedshiftSettings serviceAccessRoleArn(Value<String> value) {
      return set("ServiceAccessRoleArn", value);
    }

    /**
     * The time format that you want to use. Valid values are <code>auto</code> (case-sensitive),
     * <code>'timeformat_string'</code> , <code>'epochsecs'</code> , or
     * <code>'epochmillisecs'</code> . It defaults to 10. Using <code>auto</code> recognizes most
     * strings, even some that aren't supported when you use a time format string.
     *
     * <p>If your date and time values use formats different from each other, set this parameter to
     * <code>auto</code> .
     *
     * <p>CloudFormation property {@code TimeFormat}.
     */
    public RedshiftSettings timeFormat(String value) {
      return set("TimeFormat", Value.of(value));
    }

    /** Sets {@code TimeFormat} to this value; see {@link #timeFormat(String)}. */
    public RedshiftSettings timeFormat(Value<String> value) {
      return set("TimeFormat", value);
    }

    /**
     * A value that specifies to remove the trailing white space characters from a VARCHAR string.
     * This parameter applies only to columns with a VARCHAR data type. Choose <code>true</code> to
     * remove unneeded white space. The default is <code>false</code> .
     *
     * <p>CloudFormation property {@code TrimBlanks}.
     */
    public RedshiftSettings trimBlanks(boolean value) {
      return set("TrimBlanks", Value.of(value));
    }

    /** Sets {@code TrimBlanks} to this value; see {@link #trimBlanks(boolean)}. */
    public RedshiftSettings trimBlanks(Value<Boolean> value) {
      return set("TrimBlanks", value);
    }

    /**
     * A value that specifies to truncate data in columns to the appropriate number of characters,
     * so that the data fits in the column. This parameter applies only to columns with a VARCHAR or
     * CHAR data type, and rows with a size of 4 MB or less. Choose <code>true</code> to truncate
     * data. The default is <code>false</code> .
     *
     * <p>CloudFormation property {@code TruncateColumns}.
     */
    public RedshiftSettings truncateColumns(boolean value) {
      return set("TruncateColumns", Value.of(value));
    }

    /** Sets {@code TruncateColumns} to this value; see {@link #truncateColumns(boolean)}. */
    public RedshiftSettings truncateColumns(Value<Boolean> value) {
      return set("TruncateColumns", value);
    }

    /**
     * The size (in KB) of the in-memory file write buffer used when generating .csv files on the
     * local disk at the DMS replication instance. The default value is 1000 (buffer size is
     * 1000KB).
     *
     * <p>CloudFormation property {@code WriteBufferSize}.
     */
    public RedshiftSettings writeBufferSize(int value) {
      return set("WriteBufferSize", Value.of(value));
    }

    /** Sets {@code WriteBufferSize} to this value; see {@link #writeBufferSize(int)}. */
    public RedshiftSettings writeBufferSize(Value<Integer> value) {
      return set("WriteBufferSize", value);
    }
  }

  /**
   * Provides information that defines an Amazon S3 endpoint. This information includes the output
   * format of records applied to the endpoint and details of transaction and control table data
   * information. For more information about the available settings, see <a
   * href="https://docs.aws.amazon.com/dms/latest/userguide/CHAP_Source.S3.html#CHAP_Source.S3.Configuring">Extra
   * connection attributes when using Amazon S3 as a source for AWS DMS</a> and <a
   * href="https://docs.aws.amazon.com/dms/latest/userguide/CHAP_Target.S3.html#CHAP_Target.S3.Configuring">Extra
   * connection attributes when using Amazon S3 as a target for AWS DMS</a> in the <em>AWS Database
   * Migration Service User Guide</em> .
   *
   * <p>Property type {@code AWS::DMS::Endpoint.S3Settings}.
   */
  public static final class S3Settings extends Struct<S3Settings> {
    private static final Schema SCHEMA = Schema.builder("AWS::DMS::Endpoint.S3Settings")
        .constrain("BucketName", Constraint.of().format("AWS::S3::Bucket.Name"))
        .constrain("ServiceAccessRoleArn", Constraint.of().format("AWS::IAM::Role.Arn"))
        .build();

    public S3Settings() {
      super(SCHEMA);
    }

    /**
     * An optional parameter that, when set to <code>true</code> or <code>y</code> , you can use to
     * add column name information to the .csv output file.
     *
     * <p>The default value is <code>false</code> . Valid values are <code>true</code> ,
     * <code>false</code> , <code>y</code> , and <code>n</code> .
     *
     * <p>CloudFormation property {@code AddColumnName}.
     */
    public S3Settings addColumnName(boolean value) {
      return set("AddColumnName", Value.of(value));
    }

    /** Sets {@code AddColumnName} to this value; see {@link #addColumnName(boolean)}. */
    public S3Settings addColumnName(Value<Boolean> value) {
      return set("AddColumnName", value);
    }

    /**
     * Use the S3 target endpoint setting <code>AddTrailingPaddingCharacter</code> to add padding on
     * string data. The default value is <code>false</code> .
     *
     * <p>CloudFormation property {@code AddTrailingPaddingCharacter}.
     */
    public S3Settings addTrailingPaddingCharacter(boolean value) {
      return set("AddTrailingPaddingCharacter", Value.of(value));
    }

    /**
     * Sets {@code AddTrailingPaddingCharacter} to this value; see {@link
     * #addTrailingPaddingCharacter(boolean)}.
     */
    public S3Settings addTrailingPaddingCharacter(Value<Boolean> value) {
      return set("AddTrailingPaddingCharacter", value);
    }

    /**
     * An optional parameter to set a folder name in the S3 bucket. If provided, tables are created
     * in the path <code><em>bucketFolder</em> / <em>schema_name</em> / <em>table_name</em> /</code>
     * . If this parameter isn't specified, the path used is <code><em>schema_name</em> /
     * <em>table_name</em> /</code> .
     *
     * <p>CloudFormation property {@code BucketFolder}.
     */
    public S3Settings bucketFolder(String value) {
      return set("BucketFolder", Value.of(value));
    }

    /** Sets {@code BucketFolder} to this value; see {@link #bucketFolder(String)}. */
    public S3Settings bucketFolder(Value<String> value) {
      return set("BucketFolder", value);
    }

    /**
     * The name of the S3 bucket.
     *
     * <p>Format: {@code AWS::S3::Bucket.Name}. CloudFormation property {@code BucketName}.
     */
    public S3Settings bucketName(String value) {
      return set("BucketName", Value.of(value));
    }

    /** Sets {@code BucketName} to this value; see {@link #bucketName(String)}. */
    public S3Settings bucketName(Value<String> value) {
      return set("BucketName", value);
    }

    /**
     * A value that enables AWS DMS to specify a predefined (canned) access control list (ACL) for
     * objects created in an Amazon S3 bucket as .csv or .parquet files. For more information about
     * Amazon S3 canned ACLs, see <a
     * href="https://docs.aws.amazon.com/AmazonS3/latest/dev/acl-overview.html#canned-acl">Canned
     * ACL</a> in the <em>Amazon S3 Developer Guide</em> .
     *
     * <p>The default value is NONE. Valid values include NONE, PRIVATE, PUBLIC_READ,
     * PUBLIC_READ_WRITE, AUTHENTICATED_READ, AWS_EXEC_READ, BUCKET_OWNER_READ, and
     * BUCKET_OWNER_FULL_CONTROL.
     *
     * <p>CloudFormation property {@code CannedAclForObjects}.
     */
    public S3Settings cannedAclForObjects(String value) {
      return set("CannedAclForObjects", Value.of(value));
    }

    /** Sets {@code CannedAclForObjects} to this value; see {@link #cannedAclForObjects(String)}. */
    public S3Settings cannedAclForObjects(Value<String> value) {
      return set("CannedAclForObjects", value);
    }

    /**
     * A value that enables a change data capture (CDC) load to write INSERT and UPDATE operations
     * to .csv or .parquet (columnar storage) output files. The default setting is
     * <code>false</code> , but when <code>CdcInsertsAndUpdates</code> is set to <code>true</code>
     * or <code>y</code> , only INSERTs and UPDATEs from the source database are migrated to the
     * .csv or .parquet file.
     *
     * <p>For .csv file format only, how these INSERTs and UPDATEs are recorded depends on the value
     * of the <code>IncludeOpForFullLoad</code> parameter. If <code>IncludeOpForFullLoad</code> is
     * set to <code>true</code> , the first field of every CDC record is set to either
     * <code>I</code> or <code>U</code> to indicate INSERT and UPDATE operations at the source. But
     * if <code>IncludeOpForFullLoad</code> is set to <code>false</code> , CDC records are written
     * without an indication of INSERT or UPDATE operations at the source. For more information
     * about how these settings work together, see <a
     * href="https://docs.aws.amazon.com/dms/latest/userguide/CHAP_Target.S3.html#CHAP_Target.S3.Configuring.InsertOps">Indicating
     * Source DB Operations in Migrated S3 Data</a> in the <em>AWS Database Migration Service User
     * Guide</em> .
     *
     * <p>AWS DMS supports the use of the <code>CdcInsertsAndUpdates</code> parameter in versions
     * 3.3.1 and later. <code>CdcInsertsOnly</code> and <code>CdcInsertsAndUpdates</code> can't both
     * be set to <code>true</code> for the same endpoint. Set either <code>CdcInsertsOnly</code> or
     * <code>CdcInsertsAndUpdates</code> to <code>true</code> for the same endpoint, but not both.
     *
     * <p>CloudFormation property {@code CdcInsertsAndUpdates}.
     */
    public S3Settings cdcInsertsAndUpdates(boolean value) {
      return set("CdcInsertsAndUpdates", Value.of(value));
    }

    /**
     * Sets {@code CdcInsertsAndUpdates} to this value; see {@link #cdcInsertsAndUpdates(boolean)}.
     */
    public S3Settings cdcInsertsAndUpdates(Value<Boolean> value) {
      return set("CdcInsertsAndUpdates", value);
    }

    /**
     * A value that enables a change data capture (CDC) load to write only INSERT operations to .csv
     * or columnar storage (.parquet) output files. By default (the <code>false</code> setting), the
     * first field in a .csv or .parquet record contains the letter I (INSERT), U (UPDATE), or D
     * (DELETE). These values indicate whether the row was inserted, updated, or deleted at the
     * source database for a CDC load to the target.
     *
     * <p>If <code>CdcInsertsOnly</code> is set to <code>true</code> or <code>y</code> , only
     * INSERTs from the source database are migrated to the .csv or .parquet file. For .csv format
     * only, how these INSERTs are recorded depends on the value of
     * <code>IncludeOpForFullLoad</code> . If <code>IncludeOpForFullLoad</code> is set to
     * <code>true</code> , the first field of every CDC record is set to I to indicate the INSERT
     * operation at the source. If <code>IncludeOpForFullLoad</code> is set to <code>false</code> ,
     * every CDC record is written without a first field to indicate the INSERT operation at the
     * source. For more information about how these settings work together, see <a
     * href="https://docs.aws.amazon.com/dms/latest/userguide/CHAP_Target.S3.html#CHAP_Target.S3.Configuring.InsertOps">Indicating
     * Source DB Operations in Migrated S3 Data</a> in the <em>AWS Database Migration Service User
     * Guide</em> .
     *
     * <p>AWS DMS supports the interaction described preceding between the
     * <code>CdcInsertsOnly</code> and <code>IncludeOpForFullLoad</code> parameters in versions
     * 3.1.4 and later. <code>CdcInsertsOnly</code> and <code>CdcInsertsAndUpdates</code> can't both
     * be set to <code>true</code> for the same endpoint. Set either <code>CdcInsertsOnly</code> or
     * <code>CdcInsertsAndUpdates</code> to <code>true</code> for the same endpoint, but not both.
     *
     * <p>CloudFormation property {@code CdcInsertsOnly}.
     */
    public S3Settings cdcInsertsOnly(boolean value) {
      return set("CdcInsertsOnly", Value.of(value));
    }

    /** Sets {@code CdcInsertsOnly} to this value; see {@link #cdcInsertsOnly(boolean)}. */
    public S3Settings cdcInsertsOnly(Value<Boolean> value) {
      return set("CdcInsertsOnly", value);
    }

    /**
     * Maximum length of the interval, defined in seconds, after which to output a file to Amazon
     * S3.
     *
     * <p>When <code>CdcMaxBatchInterval</code> and <code>CdcMinFileSize</code> are both specified,
     * the file write is triggered by whichever parameter condition is met first within an AWS DMS
     * CloudFormation template.
     *
     * <p>The default value is 60 seconds.
     *
     * <p>CloudFormation property {@code CdcMaxBatchInterval}.
     */
    public S3Settings cdcMaxBatchInterval(int value) {
      return set("CdcMaxBatchInterval", Value.of(value));
    }

    /** Sets {@code CdcMaxBatchInterval} to this value; see {@link #cdcMaxBatchInterval(int)}. */
    public S3Settings cdcMaxBatchInterval(Value<Integer> value) {
      return set("CdcMaxBatchInterval", value);
    }

    /**
     * Minimum file size, defined in kilobytes, to reach for a file output to Amazon S3.
     *
     * <p>When <code>CdcMinFileSize</code> and <code>CdcMaxBatchInterval</code> are both specified,
     * the file write is triggered by whichever parameter condition is met first within an AWS DMS
     * CloudFormation template.
     *
     * <p>The default value is 32 MB.
     *
     * <p>CloudFormation property {@code CdcMinFileSize}.
     */
    public S3Settings cdcMinFileSize(int value) {
      return set("CdcMinFileSize", Value.of(value));
    }

    /** Sets {@code CdcMinFileSize} to this value; see {@link #cdcMinFileSize(int)}. */
    public S3Settings cdcMinFileSize(Value<Integer> value) {
      return set("CdcMinFileSize", value);
    }

    /**
     * Specifies the folder path of CDC files. For an S3 source, this setting is required if a task
     * captures change data; otherwise, it's optional. If <code>CdcPath</code> is set, AWS DMS reads
     * CDC files from this path and replicates the data changes to the target endpoint. For an S3
     * target if you set <a
     * href="https://docs.aws.amazon.com/dms/latest/APIReference/API_S3Settings.html#DMS-Type-S3Settings-PreserveTransactions"><code>PreserveTransactions</code></a>
     * to <code>true</code> , AWS DMS verifies that you have set this parameter to a folder path on
     * your S3 target where AWS DMS can save the transaction order for the CDC load. AWS DMS creates
     * this CDC folder path in either your S3 target working directory or the S3 target location
     * specified by <a
     * href="https://docs.aws.amazon.com/dms/latest/APIReference/API_S3Settings.html#DMS-Type-S3Settings-BucketFolder"><code>BucketFolder</code></a>
     * and <a
     * href="https://docs.aws.amazon.com/dms/latest/APIReference/API_S3Settings.html#DMS-Type-S3Settings-BucketName"><code>BucketName</code></a>
     * .
     *
     * <p>For example, if you specify <code>CdcPath</code> as <code>MyChangedData</code> , and you
     * specify <code>BucketName</code> as <code>MyTargetBucket</code> but do not specify
     * <code>BucketFolder</code> , AWS DMS creates the CDC folder path following:
     * <code>MyTargetBucket/MyChangedData</code> .
     *
     * <p>If you specify the same <code>CdcPath</code> , and you specify <code>BucketName</code> as
     * <code>MyTargetBucket</code> and <code>BucketFolder</code> as <code>MyTargetData</code> , AWS
     * DMS creates the CDC folder path following:
     * <code>MyTargetBucket/MyTargetData/MyChangedData</code> .
     *
     * <p>For more information on CDC including transaction order on an S3 target, see <a
     * href="https://docs.aws.amazon.com/dms/latest/userguide/CHAP_Target.S3.html#CHAP_Target.S3.EndpointSettings.CdcPath">Capturing
     * data changes (CDC) including transaction order on the S3 target</a> .
     *
     * <p>This setting is supported in AWS DMS versions 3.4.2 and later.
     *
     * <p>CloudFormation property {@code CdcPath}.
     */
    public S3Settings cdcPath(String value) {
      return set("CdcPath", Value.of(value));
    }

    /** Sets {@code CdcPath} to this value; see {@link #cdcPath(String)}. */
    public S3Settings cdcPath(Value<String> value) {
      return set("CdcPath", value);
    }

    /**
     * An optional parameter. When set to GZIP it enables the service to compress the target files.
     * To allow the service to write the target files uncompressed, either set this parameter to
     * NONE (the default) or don't specify the parameter at all. This parameter applies to both .csv
     * and .parquet file formats.
     *
     * <p>CloudFormation property {@code CompressionType}.
     */
    public S3Settings compressionType(String value) {
      return set("CompressionType", Value.of(value));
    }

    /** Sets {@code CompressionType} to this value; see {@link #compressionType(String)}. */
    public S3Settings compressionType(Value<String> value) {
      return set("CompressionType", value);
    }

    /**
     * The delimiter used to separate columns in the .csv file for both source and target. The
     * default is a comma.
     *
     * <p>CloudFormation property {@code CsvDelimiter}.
     */
    public S3Settings csvDelimiter(String value) {
      return set("CsvDelimiter", Value.of(value));
    }

    /** Sets {@code CsvDelimiter} to this value; see {@link #csvDelimiter(String)}. */
    public S3Settings csvDelimiter(Value<String> value) {
      return set("CsvDelimiter", value);
    }

    /**
     * This setting only applies if your Amazon S3 output files during a change data capture (CDC)
     * load are written in .csv format. If <a
     * href="https://docs.aws.amazon.com/dms/latest/APIReference/API_S3Settings.html#DMS-Type-S3Settings-UseCsvNoSupValue"><code>UseCsvNoSupValue</code></a>
     * is set to true, specify a string value that you want AWS DMS to use for all columns not
     * included in the supplemental log. If you do not specify a string value, AWS DMS uses the null
     * value for these columns regardless of the <code>UseCsvNoSupValue</code> setting.
     *
     * <p>This setting is supported in AWS DMS versions 3.4.1 and later.
     *
     * <p>CloudFormation property {@code CsvNoSupValue}.
     */
    public S3Settings csvNoSupValue(String value) {
      return set("CsvNoSupValue", Value.of(value));
    }

    /** Sets {@code CsvNoSupValue} to this value; see {@link #csvNoSupValue(String)}. */
    public S3Settings csvNoSupValue(Value<String> value) {
      return set("CsvNoSupValue", value);
    }

    /**
     * An optional parameter that specifies how AWS DMS treats null values. While handling the null
     * value, you can use this parameter to pass a user-defined string as null when writing to the
     * target. For example, when target columns are not nullable, you can use this option to
     * differentiate between the empty string value and the null value. So, if you set this
     * parameter value to the empty string ("" or ''), AWS DMS treats the empty string as the null
     * value instead of <code>NULL</code> .
     *
     * <p>The default value is <code>NULL</code> . Valid values include any valid string.
     *
     * <p>CloudFormation property {@code CsvNullValue}.
     */
    public S3Settings csvNullValue(String value) {
      return set("CsvNullValue", Value.of(value));
    }

    /** Sets {@code CsvNullValue} to this value; see {@link #csvNullValue(String)}. */
    public S3Settings csvNullValue(Value<String> value) {
      return set("CsvNullValue", value);
    }

    /**
     * The delimiter used to separate rows in the .csv file for both source and target.
     *
     * <p>The default is a carriage return ( <code>&#92;n</code> ).
     *
     * <p>CloudFormation property {@code CsvRowDelimiter}.
     */
    public S3Settings csvRowDelimiter(String value) {
      return set("CsvRowDelimiter", Value.of(value));
    }

    /** Sets {@code CsvRowDelimiter} to this value; see {@link #csvRowDelimiter(String)}. */
    public S3Settings csvRowDelimiter(Value<String> value) {
      return set("CsvRowDelimiter", value);
    }

    /**
     * The format of the data that you want to use for output. You can choose one of the following:
     *
     * <ul> <li><code>csv</code> : This is a row-based file format with comma-separated values
     * (.csv). <li><code>parquet</code> : Apache Parquet (.parquet) is a columnar storage file
     * format that features efficient compression and provides faster query response. </ul>
     *
     * <p>CloudFormation property {@code DataFormat}.
     */
    public S3Settings dataFormat(String value) {
      return set("DataFormat", Value.of(value));
    }

    /** Sets {@code DataFormat} to this value; see {@link #dataFormat(String)}. */
    public S3Settings dataFormat(Value<String> value) {
      return set("DataFormat", value);
    }

    /**
     * The size of one data page in bytes. This parameter defaults to 1024 * 1024 bytes (1 MiB).
     * This number is used for .parquet file format only.
     *
     * <p>CloudFormation property {@code DataPageSize}.
     */
    public S3Settings dataPageSize(int value) {
      return set("DataPageSize", Value.of(value));
    }

    /** Sets {@code DataPageSize} to this value; see {@link #dataPageSize(int)}. */
    public S3Settings dataPageSize(Value<Integer> value) {
      return set("DataPageSize", value);
    }

    /**
     * Specifies a date separating delimiter to use during folder partitioning. The default value is
     * <code>SLASH</code> . Use this parameter when <code>DatePartitionedEnabled</code> is set to
     * <code>true</code> .
     *
     * <p>CloudFormation property {@code DatePartitionDelimiter}.
     */
    public S3Settings datePartitionDelimiter(String value) {
      return set("DatePartitionDelimiter", Value.of(value));
    }

    /**
     * Sets {@code DatePartitionDelimiter} to this value; see {@link
     * #datePartitionDelimiter(String)}.
     */
    public S3Settings datePartitionDelimiter(Value<String> value) {
      return set("DatePartitionDelimiter", value);
    }

    /**
     * When set to <code>true</code> , this parameter partitions S3 bucket folders based on
     * transaction commit dates. The default value is <code>false</code> . For more information
     * about date-based folder partitioning, see <a
     * href="https://docs.aws.amazon.com/dms/latest/userguide/CHAP_Target.S3.html#CHAP_Target.S3.DatePartitioning">Using
     * date-based folder partitioning</a> .
     *
     * <p>CloudFormation property {@code DatePartitionEnabled}.
     */
    public S3Settings datePartitionEnabled(boolean value) {
      return set("DatePartitionEnabled", Value.of(value));
    }

    /**
     * Sets {@code DatePartitionEnabled} to this value; see {@link #datePartitionEnabled(boolean)}.
     */
    public S3Settings datePartitionEnabled(Value<Boolean> value) {
      return set("DatePartitionEnabled", value);
    }

    /**
     * Identifies the sequence of the date format to use during folder partitioning. The default
     * value is <code>YYYYMMDD</code> . Use this parameter when <code>DatePartitionedEnabled</code>
     * is set to <code>true</code> .
     *
     * <p>CloudFormation property {@code DatePartitionSequence}.
     */
    public S3Settings datePartitionSequence(String value) {
      return set("DatePartitionSequence", Value.of(value));
    }

    /**
     * Sets {@code DatePartitionSequence} to this value; see {@link #datePartitionSequence(String)}.
     */
    public S3Settings datePartitionSequence(Value<String> value) {
      return set("DatePartitionSequence", value);
    }

    /**
     * When creating an S3 target endpoint, set <code>DatePartitionTimezone</code> to convert the
     * current UTC time into a specified time zone. The conversion occurs when a date partition
     * folder is created and a change data capture (CDC) file name is generated. The time zone
     * format is Area/Location. Use this parameter when <code>DatePartitionedEnabled</code> is set
     * to <code>true</code> , as shown in the following example.
     *
     * <p><code>s3-settings='{"DatePartitionEnabled": true, "DatePartitionSequence": "YYYYMMDDHH",
     * "DatePartitionDelimiter": "SLASH", "DatePartitionTimezone":" <em>Asia/Seoul</em> ",
     * "BucketName": "dms-nattarat-test"}'</code>
     *
     * <p>CloudFormation property {@code DatePartitionTimezone}.
     */
    public S3Settings datePartitionTimezone(String value) {
      return set("DatePartitionTimezone", Value.of(value));
    }

    /**
     * Sets {@code DatePartitionTimezone} to this value; see {@link #datePartitionTimezone(String)}.
     */
    public S3Settings datePartitionTimezone(Value<String> value) {
      return set("DatePartitionTimezone", value);
    }

    /**
     * The maximum size of an encoded dictionary page of a column. If the dictionary page exceeds
     * this, this column is stored using an encoding type of <code>PLAIN</code> . This parameter
     * defaults to 1024 * 1024 bytes (1 MiB), the maximum size of a dictionary page before it
     * reverts to <code>PLAIN</code> encoding. This size is used for .parquet file format only.
     *
     * <p>CloudFormation property {@code DictPageSizeLimit}.
     */
    public S3Settings dictPageSizeLimit(int value) {
      return set("DictPageSizeLimit", Value.of(value));
    }

    /** Sets {@code DictPageSizeLimit} to this value; see {@link #dictPageSizeLimit(int)}. */
    public S3Settings dictPageSizeLimit(Value<Integer> value) {
      return set("DictPageSizeLimit", value);
    }

    /**
     * A value that enables statistics for Parquet pages and row groups. Choose <code>true</code> to
     * enable statistics, <code>false</code> to disable. Statistics include <code>NULL</code> ,
     * <code>DISTINCT</code> , <code>MAX</code> , and <code>MIN</code> values. This parameter
     * defaults to <code>true</code> . This value is used for .parquet file format only.
     *
     * <p>CloudFormation property {@code EnableStatistics}.
     */
    public S3Settings enableStatistics(boolean value) {
      return set("EnableStatistics", Value.of(value));
    }

    /** Sets {@code EnableStatistics} to this value; see {@link #enableStatistics(boolean)}. */
    public S3Settings enableStatistics(Value<Boolean> value) {
      return set("EnableStatistics", value);
    }

    /**
     * The type of encoding that you're using:
     *
     * <ul> <li><code>RLE_DICTIONARY</code> uses a combination of bit-packing and run-length
     * encoding to store repeated values more efficiently. This is the default.
     * <li><code>PLAIN</code> doesn't use encoding at all. Values are stored as they are.
     * <li><code>PLAIN_DICTIONARY</code> builds a dictionary of the values encountered in a given
     * column. The dictionary is stored in a dictionary page for each column chunk. </ul>
     *
     * <p>CloudFormation property {@code EncodingType}.
     */
    public S3Settings encodingType(String value) {
      return set("EncodingType", Value.of(value));
    }

    /** Sets {@code EncodingType} to this value; see {@link #encodingType(String)}. */
    public S3Settings encodingType(Value<String> value) {
      return set("EncodingType", value);
    }

    /**
     * The type of server-side encryption that you want to use for your data. This encryption type
     * is part of the endpoint settings or the extra connections attributes for Amazon S3. You can
     * choose either <code>SSE_S3</code> (the default) or <code>SSE_KMS</code> .
     *
     * <p>For the <code>ModifyEndpoint</code> operation, you can change the existing value of the
     * <code>EncryptionMode</code> parameter from <code>SSE_KMS</code> to <code>SSE_S3</code> . But
     * you can’t change the existing value from <code>SSE_S3</code> to <code>SSE_KMS</code> .
     *
     * <p>To use <code>SSE_S3</code> , you need an IAM role with permission to allow
     * <code>"arn:aws:s3:::dms-*"</code> to use the following actions:
     *
     * <ul> <li><code>s3:CreateBucket</code> <li><code>s3:ListBucket</code>
     * <li><code>s3:DeleteBucket</code> <li><code>s3:GetBucketLocation</code>
     * <li><code>s3:GetObject</code> <li><code>s3:PutObject</code> <li><code>s3:DeleteObject</code>
     * <li><code>s3:GetObjectVersion</code> <li><code>s3:GetBucketPolicy</code>
     * <li><code>s3:PutBucketPolicy</code> <li><code>s3:DeleteBucketPolicy</code> </ul>
     *
     * <p>CloudFormation property {@code EncryptionMode}.
     */
    public S3Settings encryptionMode(String value) {
      return set("EncryptionMode", Value.of(value));
    }

    /** Sets {@code EncryptionMode} to this value; see {@link #encryptionMode(String)}. */
    public S3Settings encryptionMode(Value<String> value) {
      return set("EncryptionMode", value);
    }

    /**
     * To specify a bucket owner and prevent sniping, you can use the
     * <code>ExpectedBucketOwner</code> endpoint setting.
     *
     * <p>Example: <code>--s3-settings='{"ExpectedBucketOwner": " <em>AWS_Account_ID</em> "}'</code>
     *
     * <p>When you make a request to test a connection or perform a migration, S3 checks the account
     * ID of the bucket owner against the specified parameter.
     *
     * <p>CloudFormation property {@code ExpectedBucketOwner}.
     */
    public S3Settings expectedBucketOwner(String value) {
      return set("ExpectedBucketOwner", Value.of(value));
    }

    /** Sets {@code ExpectedBucketOwner} to this value; see {@link #expectedBucketOwner(String)}. */
    public S3Settings expectedBucketOwner(Value<String> value) {
      return set("ExpectedBucketOwner", value);
    }

    /**
     * The external table definition.
     *
     * <p>Conditional: If <code>S3</code> is used as a source then
     * <code>ExternalTableDefinition</code> is required.
     *
     * <p>CloudFormation property {@code ExternalTableDefinition}.
     */
    public S3Settings externalTableDefinition(String value) {
      return set("ExternalTableDefinition", Value.of(value));
    }

    /**
     * Sets {@code ExternalTableDefinition} to this value; see {@link
     * #externalTableDefinition(String)}.
     */
    public S3Settings externalTableDefinition(Value<String> value) {
      return set("ExternalTableDefinition", value);
    }

    /**
     * When true, allows AWS Glue to catalog your S3 bucket. Creating an AWS Glue catalog lets you
     * use Athena to query your data.
     *
     * <p>CloudFormation property {@code GlueCatalogGeneration}.
     */
    public S3Settings glueCatalogGeneration(boolean value) {
      return set("GlueCatalogGeneration", Value.of(value));
    }

    /**
     * Sets {@code GlueCatalogGeneration} to this value; see {@link
     * #glueCatalogGeneration(boolean)}.
     */
    public S3Settings glueCatalogGeneration(Value<Boolean> value) {
      return set("GlueCatalogGeneration", value);
    }

    /**
     * When this value is set to 1, AWS DMS ignores the first row header in a .csv file. A value of
     * 1 turns on the feature; a value of 0 turns off the feature.
     *
     * <p>The default is 0.
     *
     * <p>CloudFormation property {@code IgnoreHeaderRows}.
     */
    public S3Settings ignoreHeaderRows(int value) {
      return set("IgnoreHeaderRows", Value.of(value));
    }

    /** Sets {@code IgnoreHeaderRows} to this value; see {@link #ignoreHeaderRows(int)}. */
    public S3Settings ignoreHeaderRows(Value<Integer> value) {
      return set("IgnoreHeaderRows", value);
    }

    /**
     * A value that enables a full load to write INSERT operations to the comma-separated value
     * (.csv) output files only to indicate how the rows were added to the source database.
     *
     * <p>AWS DMS supports the <code>IncludeOpForFullLoad</code> parameter in versions 3.1.4 and
     * later.
     *
     * <p>For full load, records can only be inserted. By default (the <code>false</code> setting),
     * no information is recorded in these output files for a full load to indicate that the rows
     * were inserted at the source database. If <code>IncludeOpForFullLoad</code> is set to
     * <code>true</code> or <code>y</code> , the INSERT is recorded as an I annotation in the first
     * field of the .csv file. This allows the format of your target records from a full load to be
     * consistent with the target records from a CDC load.
     *
     * <p>This setting works together with the <code>CdcInsertsOnly</code> and the
     * <code>CdcInsertsAndUpdates</code> parameters for output to .csv files only. For more
     * information about how these settings work together, see <a
     * href="https://docs.aws.amazon.com/dms/latest/userguide/CHAP_Target.S3.html#CHAP_Target.S3.Configuring.InsertOps">Indicating
     * Source DB Operations in Migrated S3 Data</a> in the <em>AWS Database Migration Service User
     * Guide</em> .
     *
     * <p>CloudFormation property {@code IncludeOpForFullLoad}.
     */
    public S3Settings includeOpForFullLoad(boolean value) {
      return set("IncludeOpForFullLoad", Value.of(value));
    }

    /**
     * Sets {@code IncludeOpForFullLoad} to this value; see {@link #includeOpForFullLoad(boolean)}.
     */
    public S3Settings includeOpForFullLoad(Value<Boolean> value) {
      return set("IncludeOpForFullLoad", value);
    }

    /**
     * A value that specifies the maximum size (in KB) of any .csv file to be created while
     * migrating to an S3 target during full load.
     *
     * <p>The default value is 1,048,576 KB (1 GB). Valid values include 1 to 1,048,576.
     *
     * <p>CloudFormation property {@code MaxFileSize}.
     */
    public S3Settings maxFileSize(int value) {
      return set("MaxFileSize", Value.of(value));
    }

    /** Sets {@code MaxFileSize} to this value; see {@link #maxFileSize(int)}. */
    public S3Settings maxFileSize(Value<Integer> value) {
      return set("MaxFileSize", value);
    }

    /**
     * A value that specifies the precision of any <code>TIMESTAMP</code> column values that are
     * written to an Amazon S3 object file in .parquet format.
     *
     * <p>AWS DMS supports the <code>ParquetTimestampInMillisecond</code> parameter in versions
     * 3.1.4 and later.
     *
     * <p>When <code>ParquetTimestampInMillisecond</code> is set to <code>true</code> or
     * <code>y</code> , AWS DMS writes all <code>TIMESTAMP</code> columns in a .parquet formatted
     * file with millisecond precision. Otherwise, DMS writes them with microsecond precision.
     *
     * <p>Currently, Amazon Athena and AWS Glue can handle only millisecond precision for
     * <code>TIMESTAMP</code> values. Set this parameter to <code>true</code> for S3 endpoint object
     * files that are .parquet formatted only if you plan to query or process the data with Athena
     * or AWS Glue .
     *
     * <p>AWS DMS writes any <code>TIMESTAMP</code> column values written to an S3 file in .csv
     * format with microsecond precision. Setting <code>ParquetTimestampInMillisecond</code> has no
     * effect on the string format of the timestamp column value that is inserted by setting the
     * <code>TimestampColumnName</code> parameter.
     *
     * <p>CloudFormation property {@code ParquetTimestampInMillisecond}.
     */
    public S3Settings parquetTimestampInMillisecond(boolean value) {
      return set("ParquetTimestampInMillisecond", Value.of(value));
    }

    /**
     * Sets {@code ParquetTimestampInMillisecond} to this value; see {@link
     * #parquetTimestampInMillisecond(boolean)}.
     */
    public S3Settings parquetTimestampInMillisecond(Value<Boolean> value) {
      return set("ParquetTimestampInMillisecond", value);
    }

    /**
     * The version of the Apache Parquet format that you want to use: <code>parquet_1_0</code> (the
     * default) or <code>parquet_2_0</code> .
     *
     * <p>CloudFormation property {@code ParquetVersion}.
     */
    public S3Settings parquetVersion(String value) {
      return set("ParquetVersion", Value.of(value));
    }

    /** Sets {@code ParquetVersion} to this value; see {@link #parquetVersion(String)}. */
    public S3Settings parquetVersion(Value<String> value) {
      return set("ParquetVersion", value);
    }

    /**
     * If this setting is set to <code>true</code> , AWS DMS saves the transaction order for a
     * change data capture (CDC) load on the Amazon S3 target specified by <a
     * href="https://docs.aws.amazon.com/dms/latest/APIReference/API_S3Settings.html#DMS-Type-S3Settings-CdcPath"><code>CdcPath</code></a>
     * . For more information, see <a
     * href="https://docs.aws.amazon.com/dms/latest/userguide/CHAP_Target.S3.html#CHAP_Target.S3.EndpointSettings.CdcPath">Capturing
     * data changes (CDC) including transaction order on the S3 target</a> .
     *
     * <p>This setting is supported in AWS DMS versions 3.4.2 and later.
     *
     * <p>CloudFormation property {@code PreserveTransactions}.
     */
    public S3Settings preserveTransactions(boolean value) {
      return set("PreserveTransactions", Value.of(value));
    }

    /**
     * Sets {@code PreserveTransactions} to this value; see {@link #preserveTransactions(boolean)}.
     */
    public S3Settings preserveTransactions(Value<Boolean> value) {
      return set("PreserveTransactions", value);
    }

    /**
     * For an S3 source, when this value is set to <code>true</code> or <code>y</code> , each
     * leading double quotation mark has to be followed by an ending double quotation mark. This
     * formatting complies with RFC 4180. When this value is set to <code>false</code> or
     * <code>n</code> , string literals are copied to the target as is. In this case, a delimiter
     * (row or column) signals the end of the field. Thus, you can't use a delimiter as part of the
     * string, because it signals the end of the value.
     *
     * <p>For an S3 target, an optional parameter used to set behavior to comply with RFC 4180 for
     * data migrated to Amazon S3 using .csv file format only. When this value is set to
     * <code>true</code> or <code>y</code> using Amazon S3 as a target, if the data has quotation
     * marks or newline characters in it, AWS DMS encloses the entire column with an additional pair
     * of double quotation marks ("). Every quotation mark within the data is repeated twice.
     *
     * <p>The default value is <code>true</code> . Valid values include <code>true</code> ,
     * <code>false</code> , <code>y</code> , and <code>n</code> .
     *
     * <p>CloudFormation property {@code Rfc4180}.
     */
    public S3Settings rfc4180(boolean value) {
      return set("Rfc4180", Value.of(value));
    }

    /** Sets {@code Rfc4180} to this value; see {@link #rfc4180(boolean)}. */
    public S3Settings rfc4180(Value<Boolean> value) {
      return set("Rfc4180", value);
    }

    /**
     * The number of rows in a row group. A smaller row group size provides faster reads. But as the
     * number of row groups grows, the slower writes become. This parameter defaults to 10,000 rows.
     * This number is used for .parquet file format only.
     *
     * <p>If you choose a value larger than the maximum, <code>RowGroupLength</code> is set to the
     * max row group length in bytes (64 * 1024 * 1024).
     *
     * <p>CloudFormation property {@code RowGroupLength}.
     */
    public S3Settings rowGroupLength(int value) {
      return set("RowGroupLength", Value.of(value));
    }

    /** Sets {@code RowGroupLength} to this value; see {@link #rowGroupLength(int)}. */
    public S3Settings rowGroupLength(Value<Integer> value) {
      return set("RowGroupLength", value);
    }

    /**
     * If you are using <code>SSE_KMS</code> for the <code>EncryptionMode</code> , provide the AWS
     * key ID. The key that you use needs an attached policy that enables IAM user permissions and
     * allows use of the key.
     *
     * <p>Here is a CLI example: <code>aws dms create-endpoint --endpoint-identifier <em>value</em>
     * --endpoint-type target --engine-name s3 --s3-settings ServiceAccessRoleArn= <em>value</em>
     * ,BucketFolder= <em>value</em> ,BucketName= <em>value</em>
     * ,EncryptionMode=SSE_KMS,ServerSideEncryptionKmsKeyId= <em>value</em></code>
     *
     * <p>CloudFormation property {@code ServerSideEncryptionKmsKeyId}.
     */
    public S3Settings serverSideEncryptionKmsKeyId(String value) {
      return set("ServerSideEncryptionKmsKeyId", Value.of(value));
    }

    /**
     * Sets {@code ServerSideEncryptionKmsKeyId} to this value; see {@link
     * #serverSideEncryptionKmsKeyId(String)}.
     */
    public S3Settings serverSideEncryptionKmsKeyId(Value<String> value) {
      return set("ServerSideEncryptionKmsKeyId", value);
    }

    /**
     * A required parameter that specifies the Amazon Resource Name (ARN) used by the service to
     * access the IAM role. The role must allow the <code>iam:PassRole</code> action. It enables AWS
     * DMS to read and write objects from an S3 bucket.
     *
     * <p>Format: {@code AWS::IAM::Role.Arn}. CloudFormation property {@code ServiceAccessRoleArn}.
     */
    public S3Settings serviceAccessRoleArn(String value) {
      return set("ServiceAccessRoleArn", Value.of(value));
    }

    /**
     * Sets {@code ServiceAccessRoleArn} to this value; see {@link #serviceAccessRoleArn(String)}.
     */
    public S3Settings serviceAccessRoleArn(Value<String> value) {
      return set("ServiceAccessRoleArn", value);
    }

    /**
     * A value that when nonblank causes AWS DMS to add a column with timestamp information to the
     * endpoint data for an Amazon S3 target.
     *
     * <p>AWS DMS supports the <code>TimestampColumnName</code> parameter in versions 3.1.4 and
     * later.
     *
     * <p>AWS DMS includes an additional <code>STRING</code> column in the .csv or .parquet object
     * files of your migrated data when you set <code>TimestampColumnName</code> to a nonblank
     * value.
     *
     * <p>For a full load, each row of this timestamp column contains a timestamp for when the data
     * was transferred from the source to the target by DMS.
     *
     * <p>For a change data capture (CDC) load, each row of the timestamp column contains the
     * timestamp for the commit of that row in the source database.
     *
     * <p>The string format for this timestamp column value is <code>yyyy-MM-dd
     * HH:mm:ss.SSSSSS</code> . By default, the precision of this value is in microseconds. For a
     * CDC load, the rounding of the precision depends on the commit timestamp supported by DMS for
     * the source database.
     *
     * <p>When the <code>AddColumnName</code> parameter is set to <code>true</code> , DMS also
     * includes a name for the timestamp column that you set with <code>TimestampColumnName</code> .
     *
     * <p>CloudFormation property {@code TimestampColumnName}.
     */
    public S3Settings timestampColumnName(String value) {
      return set("TimestampColumnName", Value.of(value));
    }

    /** Sets {@code TimestampColumnName} to this value; see {@link #timestampColumnName(String)}. */
    public S3Settings timestampColumnName(Value<String> value) {
      return set("TimestampColumnName", value);
    }

    /**
     * This setting applies if the S3 output files during a change data capture (CDC) load are
     * written in .csv format. If this setting is set to <code>true</code> for columns not included
     * in the supplemental log, AWS DMS uses the value specified by <a
     * href="https://docs.aws.amazon.com/dms/latest/APIReference/API_S3Settings.html#DMS-Type-S3Settings-CsvNoSupValue"><code>CsvNoSupValue</code></a>
     * . If this setting isn't set or is set to <code>false</code> , AWS DMS uses the null value for
     * these columns.
     *
     * <p>This setting is supported in AWS DMS versions 3.4.1 and later.
     *
     * <p>CloudFormation property {@code UseCsvNoSupValue}.
     */
    public S3Settings useCsvNoSupValue(boolean value) {
      return set("UseCsvNoSupValue", Value.of(value));
    }

    /** Sets {@code UseCsvNoSupValue} to this value; see {@link #useCsvNoSupValue(boolean)}. */
    public S3Settings useCsvNoSupValue(Value<Boolean> value) {
      return set("UseCsvNoSupValue", value);
    }

    /**
     * When set to true, this parameter uses the task start time as the timestamp column value
     * instead of the time data is written to target. For full load, when
     * <code>useTaskStartTimeForFullLoadTimestamp</code> is set to <code>true</code> , each row of
     * the timestamp column contains the task start time. For CDC loads, each row of the timestamp
     * column contains the transaction commit time.
     *
     * <p>When <code>useTaskStartTimeForFullLoadTimestamp</code> is set to <code>false</code> , the
     * full load timestamp in the timestamp column increments with the time data arrives at the
     * target.
     *
     * <p>CloudFormation property {@code UseTaskStartTimeForFullLoadTimestamp}.
     */
    public S3Settings useTaskStartTimeForFullLoadTimestamp(boolean value) {
      return set("UseTaskStartTimeForFullLoadTimestamp", Value.of(value));
    }

    /**
     * Sets {@code UseTaskStartTimeForFullLoadTimestamp} to this value; see {@link
     * #useTaskStartTimeForFullLoadTimestamp(boolean)}.
     */
    public S3Settings useTaskStartTimeForFullLoadTimestamp(Value<Boolean> value) {
      return set("UseTaskStartTimeForFullLoadTimestamp", value);
    }
  }

  /**
   * Provides information that defines a SAP ASE endpoint. This information includes the output
   * format of records applied to the endpoint and details of transaction and control table data
   * information. For information about other available settings, see <a
   * href="https://docs.aws.amazon.com/dms/latest/userguide/CHAP_Source.SAP.html#CHAP_Source.SAP.ConnectionAttrib">Extra
   * connection attributes when using SAP ASE as a source for AWS DMS</a> and <a
   * href="https://docs.aws.amazon.com/dms/latest/userguide/CHAP_Target.SAP.html#CHAP_Target.SAP.ConnectionAttrib">Extra
   * connection attributes when using SAP ASE as a target for AWS DMS</a> in the <em>AWS Database
   * Migration Service User Guide</em> .
   *
   * <p>Property type {@code AWS::DMS::Endpoint.SybaseSettings}.
   */
  public static final class SybaseSettings extends Struct<SybaseSettings> {
    private static final Schema SCHEMA = Schema.builder("AWS::DMS::Endpoint.SybaseSettings")
        .constrain("SecretsManagerAccessRoleArn", Constraint.of().format("AWS::IAM::Role.Arn"))
        .build();

    public SybaseSettings() {
      super(SCHEMA);
    }

    /**
     * The full Amazon Resource Name (ARN) of the IAM role that specifies AWS DMS as the trusted
     * entity and grants the required permissions to access the value in
     * <code>SecretsManagerSecret</code> . The role must allow the <code>iam:PassRole</code> action.
     * <code>SecretsManagerSecret</code> has the value of the AWS Secrets Manager secret that allows
     * access to the SAP ASE endpoint.
     *
     * <p>You can specify one of two sets of values for these permissions. You can specify the
     * values for this setting and <code>SecretsManagerSecretId</code> . Or you can specify
     * clear-text values for <code>UserName</code> , <code>Password</code> , <code>ServerName</code>
     * , and <code>Port</code> . You can't specify both. For more information on creating this
     * <code>SecretsManagerSecret</code> , the corresponding
     * <code>SecretsManagerAccessRoleArn</code> , and the <code>SecretsManagerSecretId</code> that
     * is required to access it, see <a
     * href="https://docs.aws.amazon.com/dms/latest/userguide/CHAP_Security.html#security-iam-secretsmanager">Using
     * secrets to access AWS Database Migration Service resources</a> in the <em>AWS Database
     * Migration Service User Guide</em> .
     *
     * <p>Format: {@code AWS::IAM::Role.Arn}. CloudFormation property {@code
     * SecretsManagerAccessRoleArn}.
     */
    public SybaseSettings secretsManagerAccessRoleArn(String value) {
      return set("SecretsManagerAccessRoleArn", Value.of(value));
    }

    /**
     * Sets {@code SecretsManagerAccessRoleArn} to this value; see {@link
     * #secretsManagerAccessRoleArn(String)}.
     */
    public SybaseSettings secretsManagerAccessRoleArn(Value<String> value) {
      return set("SecretsManagerAccessRoleArn", value);
    }

    /**
     * The full ARN, partial ARN, or display name of the <code>SecretsManagerSecret</code> that
     * contains the SAP SAE endpoint connection details.
     *
     * <p>CloudFormation property {@code SecretsManagerSecretId}.
     */
    public SybaseSettings secretsManagerSecretId(String value) {
      return set("SecretsManagerSecretId", Value.of(value));
    }

    /**
     * Sets {@code SecretsManagerSecretId} to this value; see {@link
     * #secretsManagerSecretId(String)}.
     */
    public SybaseSettings secretsManagerSecretId(Value<String> value) {
      return set("SecretsManagerSecretId", value);
    }
  }
}
