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
 * Provides information that defines a data provider.
 *
 * <p>CloudFormation type {@code AWS::DMS::DataProvider}.
 */
public final class DataProvider extends Resource<DataProvider> {
  private static final Schema SCHEMA = Schema.builder("AWS::DMS::DataProvider")
      .required("Engine")
      .constrain("DataProviderIdentifier", Constraint.of().minLength(1).maxLength(255))
      .constrain("DataProviderName", Constraint.of().minLength(1).maxLength(255))
      .constrain("Description", Constraint.of().minLength(1).maxLength(255))
      .allowed("Engine", "aurora", "aurora_postgresql", "mysql", "oracle", "postgres", "sqlserver",
          "redshift", "mariadb", "mongodb", "docdb", "db2", "db2_zos", "sybase")
      .refYields("DataProviderArn")
      .attributes("DataProviderArn", "DataProviderCreationTime")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public DataProvider(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The identifier of the data provider. Identifiers must begin with a letter and must contain only
   * ASCII letters, digits, and hyphens. They can't end with a hyphen, or contain two consecutive
   * hyphens.
   *
   * <p>Length: 1 to 255 characters. CloudFormation property {@code DataProviderIdentifier}.
   */
  public DataProvider dataProviderIdentifier(String value) {
    return set("DataProviderIdentifier", Value.of(value));
  }

  /**
   * Sets {@code DataProviderIdentifier} to this value; see {@link #dataProviderIdentifier(String)}.
   */
  public DataProvider dataProviderIdentifier(Value<String> value) {
    return set("DataProviderIdentifier", value);
  }

  /**
   * The name of the data provider.
   *
   * <p>Length: 1 to 255 characters. CloudFormation property {@code DataProviderName}.
   */
  public DataProvider dataProviderName(String value) {
    return set("DataProviderName", Value.of(value));
  }

  /** Sets {@code DataProviderName} to this value; see {@link #dataProviderName(String)}. */
  public DataProvider dataProviderName(Value<String> value) {
    return set("DataProviderName", value);
  }

  /**
   * A description of the data provider. Descriptions can have up to 31 characters. A description
   * can contain only ASCII letters, digits, and hyphens ('-'). Also, it can't end with a hyphen or
   * contain two consecutive hyphens, and can only begin with a letter.
   *
   * <p>Length: 1 to 255 characters. CloudFormation property {@code Description}.
   */
  public DataProvider description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public DataProvider description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * The type of database engine for the data provider. Valid values include <code>"aurora"</code> ,
   * <code>"aurora-postgresql"</code> , <code>"mysql"</code> , <code>"oracle"</code> ,
   * <code>"postgres"</code> , <code>"sqlserver"</code> , <code>redshift</code> ,
   * <code>mariadb</code> , <code>mongodb</code> , <code>db2</code> , <code>db2-zos</code> ,
   * <code>docdb</code> , and <code>sybase</code> . A value of <code>"aurora"</code> represents
   * Amazon Aurora MySQL-Compatible Edition.
   *
   * <p>Required. Allowed values: {@code aurora}, {@code aurora_postgresql}, {@code mysql}, {@code
   * oracle}, {@code postgres}, {@code sqlserver}, {@code redshift}, {@code mariadb}, {@code
   * mongodb}, {@code docdb}, {@code db2}, {@code db2_zos}, {@code sybase}. CloudFormation property
   * {@code Engine}.
   */
  public DataProvider engine(String value) {
    return set("Engine", Value.of(value));
  }

  /** Sets {@code Engine} to this value; see {@link #engine(String)}. */
  public DataProvider engine(Value<String> value) {
    return set("Engine", value);
  }

  /**
   * The property describes the exact settings which can be modified
   *
   * <p>Default: {@code false}. CloudFormation property {@code ExactSettings}.
   */
  public DataProvider exactSettings(boolean value) {
    return set("ExactSettings", Value.of(value));
  }

  /** Sets {@code ExactSettings} to this value; see {@link #exactSettings(boolean)}. */
  public DataProvider exactSettings(Value<Boolean> value) {
    return set("ExactSettings", value);
  }

  /**
   * The settings in JSON format for a data provider.
   *
   * <p>CloudFormation property {@code Settings}.
   */
  public DataProvider settings(Value<Settings> value) {
    return set("Settings", value);
  }

  /**
   * An array of key-value pairs to apply to this resource.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public DataProvider tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public DataProvider tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public DataProvider tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The Amazon Resource Name (ARN) string that uniquely identifies the data provider.
   *
   * <p>{@code Fn::GetAtt} attribute {@code DataProviderArn}.
   */
  public Value<String> dataProviderArn() {
    return getAtt("DataProviderArn");
  }

  /**
   * The time the data provider was created.
   *
   * <p>{@code Fn::GetAtt} attribute {@code DataProviderCreationTime}.
   */
  public Value<String> dataProviderCreationTime() {
    return getAtt("DataProviderCreationTime");
  }

  /**
   * Provides information that defines a DocumentDB endpoint.
   *
   * <p>Property type {@code AWS::DMS::DataProvider.DocDbSettings}.
   */
  public static final class DocDbSettings extends Struct<DocDbSettings> {
    private static final Schema SCHEMA = Schema.builder("AWS::DMS::DataProvider.DocDbSettings")
        .required("DatabaseName", "Port", "ServerName")
        .allowed("SslMode", "none", "require", "verify-full")
        .build();

    public DocDbSettings() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code CertificateArn}. */
    public DocDbSettings certificateArn(String value) {
      return set("CertificateArn", Value.of(value));
    }

    /** Sets {@code CertificateArn} to this value; see {@link #certificateArn(String)}. */
    public DocDbSettings certificateArn(Value<String> value) {
      return set("CertificateArn", value);
    }

    /**
     * The database name on the DocumentDB source endpoint.
     *
     * <p>Required. CloudFormation property {@code DatabaseName}.
     */
    public DocDbSettings databaseName(String value) {
      return set("DatabaseName", Value.of(value));
    }

    /** Sets {@code DatabaseName} to this value; see {@link #databaseName(String)}. */
    public DocDbSettings databaseName(Value<String> value) {
      return set("DatabaseName", value);
    }

    /**
     * The port value for the DocumentDB source endpoint.
     *
     * <p>Required. CloudFormation property {@code Port}.
     */
    public DocDbSettings port(int value) {
      return set("Port", Value.of(value));
    }

    /** Sets {@code Port} to this value; see {@link #port(int)}. */
    public DocDbSettings port(Value<Integer> value) {
      return set("Port", value);
    }

    /**
     * The name of the server on the DocumentDB source endpoint.
     *
     * <p>Required. CloudFormation property {@code ServerName}.
     */
    public DocDbSettings serverName(String value) {
      return set("ServerName", Value.of(value));
    }

    /** Sets {@code ServerName} to this value; see {@link #serverName(String)}. */
    public DocDbSettings serverName(Value<String> value) {
      return set("ServerName", value);
    }

    /**
     * Allowed values: {@code none}, {@code require}, {@code verify-full}. CloudFormation property
     * {@code SslMode}.
     */
    public DocDbSettings sslMode(String value) {
      return set("SslMode", Value.of(value));
    }

    /** Sets {@code SslMode} to this value; see {@link #sslMode(String)}. */
    public DocDbSettings sslMode(Value<String> value) {
      return set("SslMode", value);
    }
  }

  /**
   * IbmDb2LuwSettings property identifier.
   *
   * <p>Property type {@code AWS::DMS::DataProvider.IbmDb2LuwSettings}.
   */
  public static final class IbmDb2LuwSettings extends Struct<IbmDb2LuwSettings> {
    private static final Schema SCHEMA = Schema.builder("AWS::DMS::DataProvider.IbmDb2LuwSettings")
        .required("DatabaseName", "Port", "ServerName", "SslMode")
        .allowed("SslMode", "none", "verify-ca")
        .build();

    public IbmDb2LuwSettings() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code CertificateArn}. */
    public IbmDb2LuwSettings certificateArn(String value) {
      return set("CertificateArn", Value.of(value));
    }

    /** Sets {@code CertificateArn} to this value; see {@link #certificateArn(String)}. */
    public IbmDb2LuwSettings certificateArn(Value<String> value) {
      return set("CertificateArn", value);
    }

    /** Required. CloudFormation property {@code DatabaseName}. */
    public IbmDb2LuwSettings databaseName(String value) {
      return set("DatabaseName", Value.of(value));
    }

    /** Sets {@code DatabaseName} to this value; see {@link #databaseName(String)}. */
    public IbmDb2LuwSettings databaseName(Value<String> value) {
      return set("DatabaseName", value);
    }

    /** Required. CloudFormation property {@code Port}. */
    public IbmDb2LuwSettings port(int value) {
      return set("Port", Value.of(value));
    }

    /** Sets {@code Port} to this value; see {@link #port(int)}. */
    public IbmDb2LuwSettings port(Value<Integer> value) {
      return set("Port", value);
    }

    /** Required. CloudFormation property {@code ServerName}. */
    public IbmDb2LuwSettings serverName(String value) {
      return set("ServerName", Value.of(value));
    }

    /** Sets {@code ServerName} to this value; see {@link #serverName(String)}. */
    public IbmDb2LuwSettings serverName(Value<String> value) {
      return set("ServerName", value);
    }

    /**
     * Required. Allowed values: {@code none}, {@code verify-ca}. CloudFormation property {@code
     * SslMode}.
     */
    public IbmDb2LuwSettings sslMode(String value) {
      return set("SslMode", Value.of(value));
    }

    /** Sets {@code SslMode} to this value; see {@link #sslMode(String)}. */
    public IbmDb2LuwSettings sslMode(Value<String> value) {
      return set("SslMode", value);
    }
  }

  /**
   * IbmDb2zOsSettings property identifier.
   *
   * <p>Property type {@code AWS::DMS::DataProvider.IbmDb2zOsSettings}.
   */
  public static final class IbmDb2zOsSettings extends Struct<IbmDb2zOsSettings> {
    private static final Schema SCHEMA = Schema.builder("AWS::DMS::DataProvider.IbmDb2zOsSettings")
        .required("DatabaseName", "Port", "ServerName", "SslMode")
        .allowed("SslMode", "none", "verify-ca")
        .build();

    public IbmDb2zOsSettings() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code CertificateArn}. */
    public IbmDb2zOsSettings certificateArn(String value) {
      return set("CertificateArn", Value.of(value));
    }

    /** Sets {@code CertificateArn} to this value; see {@link #certificateArn(String)}. */
    public IbmDb2zOsSettings certificateArn(Value<String> value) {
      return set("CertificateArn", value);
    }

    /** Required. CloudFormation property {@code DatabaseName}. */
    public IbmDb2zOsSettings databaseName(String value) {
      return set("DatabaseName", Value.of(value));
    }

    /** Sets {@code DatabaseName} to this value; see {@link #databaseName(String)}. */
    public IbmDb2zOsSettings databaseName(Value<String> value) {
      return set("DatabaseName", value);
    }

    /** Required. CloudFormation property {@code Port}. */
    public IbmDb2zOsSettings port(int value) {
      return set("Port", Value.of(value));
    }

    /** Sets {@code Port} to this value; see {@link #port(int)}. */
    public IbmDb2zOsSettings port(Value<Integer> value) {
      return set("Port", value);
    }

    /** Required. CloudFormation property {@code ServerName}. */
    public IbmDb2zOsSettings serverName(String value) {
      return set("ServerName", Value.of(value));
    }

    /** Sets {@code ServerName} to this value; see {@link #serverName(String)}. */
    public IbmDb2zOsSettings serverName(Value<String> value) {
      return set("ServerName", value);
    }

    /**
     * Required. Allowed values: {@code none}, {@code verify-ca}. CloudFormation property {@code
     * SslMode}.
     */
    public IbmDb2zOsSettings sslMode(String value) {
      return set("SslMode", Value.of(value));
    }

    /** Sets {@code SslMode} to this value; see {@link #sslMode(String)}. */
    public IbmDb2zOsSettings sslMode(Value<String> value) {
      return set("SslMode", value);
    }
  }

  /**
   * MariaDbSettings property identifier.
   *
   * <p>Property type {@code AWS::DMS::DataProvider.MariaDbSettings}.
   */
  public static final class MariaDbSettings extends Struct<MariaDbSettings> {
    private static final Schema SCHEMA = Schema.builder("AWS::DMS::DataProvider.MariaDbSettings")
        .required("Port", "ServerName", "SslMode")
        .allowed("SslMode", "none", "require", "verify-ca", "verify-full")
        .build();

    public MariaDbSettings() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code CertificateArn}. */
    public MariaDbSettings certificateArn(String value) {
      return set("CertificateArn", Value.of(value));
    }

    /** Sets {@code CertificateArn} to this value; see {@link #certificateArn(String)}. */
    public MariaDbSettings certificateArn(Value<String> value) {
      return set("CertificateArn", value);
    }

    /** Required. CloudFormation property {@code Port}. */
    public MariaDbSettings port(int value) {
      return set("Port", Value.of(value));
    }

    /** Sets {@code Port} to this value; see {@link #port(int)}. */
    public MariaDbSettings port(Value<Integer> value) {
      return set("Port", value);
    }

    /** Required. CloudFormation property {@code ServerName}. */
    public MariaDbSettings serverName(String value) {
      return set("ServerName", Value.of(value));
    }

    /** Sets {@code ServerName} to this value; see {@link #serverName(String)}. */
    public MariaDbSettings serverName(Value<String> value) {
      return set("ServerName", value);
    }

    /**
     * Required. Allowed values: {@code none}, {@code require}, {@code verify-ca}, {@code
     * verify-full}. CloudFormation property {@code SslMode}.
     */
    public MariaDbSettings sslMode(String value) {
      return set("SslMode", Value.of(value));
    }

    /** Sets {@code SslMode} to this value; see {@link #sslMode(String)}. */
    public MariaDbSettings sslMode(Value<String> value) {
      return set("SslMode", value);
    }
  }

  /**
   * Provides information that defines a Microsoft SQL Server endpoint.
   *
   * <p>Property type {@code AWS::DMS::DataProvider.MicrosoftSqlServerSettings}.
   */
  public static final class MicrosoftSqlServerSettings extends Struct<MicrosoftSqlServerSettings> {
    private static final Schema SCHEMA = Schema.builder("AWS::DMS::DataProvider.MicrosoftSqlServerSettings")
        .required("DatabaseName", "Port", "ServerName", "SslMode")
        .allowed("SslMode", "none", "require", "verify-ca", "verify-full")
        .build();

    public MicrosoftSqlServerSettings() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code CertificateArn}. */
    public MicrosoftSqlServerSettings certificateArn(String value) {
      return set("CertificateArn", Value.of(value));
    }

    /** Sets {@code CertificateArn} to this value; see {@link #certificateArn(String)}. */
    public MicrosoftSqlServerSettings certificateArn(Value<String> value) {
      return set("CertificateArn", value);
    }

    /**
     * Database name for the endpoint.
     *
     * <p>Required. CloudFormation property {@code DatabaseName}.
     */
    public MicrosoftSqlServerSettings databaseName(String value) {
      return set("DatabaseName", Value.of(value));
    }

    /** Sets {@code DatabaseName} to this value; see {@link #databaseName(String)}. */
    public MicrosoftSqlServerSettings databaseName(Value<String> value) {
      return set("DatabaseName", value);
    }

    /**
     * Endpoint TCP port.
     *
     * <p>Required. CloudFormation property {@code Port}.
     */
    public MicrosoftSqlServerSettings port(int value) {
      return set("Port", Value.of(value));
    }

    /** Sets {@code Port} to this value; see {@link #port(int)}. */
    public MicrosoftSqlServerSettings port(Value<Integer> value) {
      return set("Port", value);
    }

    /**
     * Fully qualified domain name of the endpoint. For an Amazon RDS SQL Server instance, this is
     * the output of <a
     * href="https://docs.aws.amazon.com/AmazonRDS/latest/APIReference/API_DescribeDBInstances.html">DescribeDBInstances</a>
     * , in the <code><a
     * href="https://docs.aws.amazon.com/AmazonRDS/latest/APIReference/API_Endpoint.html">Endpoint</a>
     * .Address</code> field.
     *
     * <p>Required. CloudFormation property {@code ServerName}.
     */
    public MicrosoftSqlServerSettings serverName(String value) {
      return set("ServerName", Value.of(value));
    }

    /** Sets {@code ServerName} to this value; see {@link #serverName(String)}. */
    public MicrosoftSqlServerSettings serverName(Value<String> value) {
      return set("ServerName", value);
    }

    /**
     * Required. Allowed values: {@code none}, {@code require}, {@code verify-ca}, {@code
     * verify-full}. CloudFormation property {@code SslMode}.
     */
    public MicrosoftSqlServerSettings sslMode(String value) {
      return set("SslMode", Value.of(value));
    }

    /** Sets {@code SslMode} to this value; see {@link #sslMode(String)}. */
    public MicrosoftSqlServerSettings sslMode(Value<String> value) {
      return set("SslMode", value);
    }
  }

  /**
   * Provides information that defines a MongoDB endpoint.
   *
   * <p>Property type {@code AWS::DMS::DataProvider.MongoDbSettings}.
   */
  public static final class MongoDbSettings extends Struct<MongoDbSettings> {
    private static final Schema SCHEMA = Schema.builder("AWS::DMS::DataProvider.MongoDbSettings")
        .required("Port", "ServerName")
        .allowed("AuthMechanism", "default", "mongodb_cr", "scram_sha_1")
        .allowed("AuthType", "no", "password")
        .allowed("SslMode", "none", "require", "verify-full")
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
     * <p>Allowed values: {@code default}, {@code mongodb_cr}, {@code scram_sha_1}. CloudFormation
     * property {@code AuthMechanism}.
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
     * <p>When when set to <code>"no"</code> , user name and password parameters are not used and
     * can be empty.
     *
     * <p>Allowed values: {@code no}, {@code password}. CloudFormation property {@code AuthType}.
     */
    public MongoDbSettings authType(String value) {
      return set("AuthType", Value.of(value));
    }

    /** Sets {@code AuthType} to this value; see {@link #authType(String)}. */
    public MongoDbSettings authType(Value<String> value) {
      return set("AuthType", value);
    }

    /** CloudFormation property {@code CertificateArn}. */
    public MongoDbSettings certificateArn(String value) {
      return set("CertificateArn", Value.of(value));
    }

    /** Sets {@code CertificateArn} to this value; see {@link #certificateArn(String)}. */
    public MongoDbSettings certificateArn(Value<String> value) {
      return set("CertificateArn", value);
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
     * The port value for the MongoDB source endpoint.
     *
     * <p>Required. CloudFormation property {@code Port}.
     */
    public MongoDbSettings port(int value) {
      return set("Port", Value.of(value));
    }

    /** Sets {@code Port} to this value; see {@link #port(int)}. */
    public MongoDbSettings port(Value<Integer> value) {
      return set("Port", value);
    }

    /**
     * The name of the server on the MongoDB source endpoint. For MongoDB Atlas, provide the server
     * name for any of the servers in the replication set.
     *
     * <p>Required. CloudFormation property {@code ServerName}.
     */
    public MongoDbSettings serverName(String value) {
      return set("ServerName", Value.of(value));
    }

    /** Sets {@code ServerName} to this value; see {@link #serverName(String)}. */
    public MongoDbSettings serverName(Value<String> value) {
      return set("ServerName", value);
    }

    /**
     * Allowed values: {@code none}, {@code require}, {@code verify-full}. CloudFormation property
     * {@code SslMode}.
     */
    public MongoDbSettings sslMode(String value) {
      return set("SslMode", Value.of(value));
    }

    /** Sets {@code SslMode} to this value; see {@link #sslMode(String)}. */
    public MongoDbSettings sslMode(Value<String> value) {
      return set("SslMode", value);
    }
  }

  /**
   * Provides information that defines a MySQL endpoint.
   *
   * <p>Property type {@code AWS::DMS::DataProvider.MySqlSettings}.
   */
  public static final class MySqlSettings extends Struct<MySqlSettings> {
    private static final Schema SCHEMA = Schema.builder("AWS::DMS::DataProvider.MySqlSettings")
        .required("Port", "ServerName", "SslMode")
        .allowed("SslMode", "none", "require", "verify-ca", "verify-full")
        .build();

    public MySqlSettings() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code CertificateArn}. */
    public MySqlSettings certificateArn(String value) {
      return set("CertificateArn", Value.of(value));
    }

    /** Sets {@code CertificateArn} to this value; see {@link #certificateArn(String)}. */
    public MySqlSettings certificateArn(Value<String> value) {
      return set("CertificateArn", value);
    }

    /**
     * Endpoint TCP port.
     *
     * <p>Required. CloudFormation property {@code Port}.
     */
    public MySqlSettings port(int value) {
      return set("Port", Value.of(value));
    }

    /** Sets {@code Port} to this value; see {@link #port(int)}. */
    public MySqlSettings port(Value<Integer> value) {
      return set("Port", value);
    }

    /**
     * The host name of the endpoint database.
     *
     * <p>For an Amazon RDS MySQL instance, this is the output of <a
     * href="https://docs.aws.amazon.com/AmazonRDS/latest/APIReference/API_DescribeDBInstances.html">DescribeDBInstances</a>
     * , in the <code><a
     * href="https://docs.aws.amazon.com/AmazonRDS/latest/APIReference/API_Endpoint.html">Endpoint</a>
     * .Address</code> field.
     *
     * <p>For an Aurora MySQL instance, this is the output of <a
     * href="https://docs.aws.amazon.com/AmazonRDS/latest/APIReference/API_DescribeDBClusters.html">DescribeDBClusters</a>
     * , in the <code>Endpoint</code> field.
     *
     * <p>Required. CloudFormation property {@code ServerName}.
     */
    public MySqlSettings serverName(String value) {
      return set("ServerName", Value.of(value));
    }

    /** Sets {@code ServerName} to this value; see {@link #serverName(String)}. */
    public MySqlSettings serverName(Value<String> value) {
      return set("ServerName", value);
    }

    /**
     * Required. Allowed values: {@code none}, {@code require}, {@code verify-ca}, {@code
     * verify-full}. CloudFormation property {@code SslMode}.
     */
    public MySqlSettings sslMode(String value) {
      return set("SslMode", Value.of(value));
    }

    /** Sets {@code SslMode} to this value; see {@link #sslMode(String)}. */
    public MySqlSettings sslMode(Value<String> value) {
      return set("SslMode", value);
    }
  }

  /**
   * Provides information that defines an Oracle endpoint.
   *
   * <p>Property type {@code AWS::DMS::DataProvider.OracleSettings}.
   */
  public static final class OracleSettings extends Struct<OracleSettings> {
    private static final Schema SCHEMA = Schema.builder("AWS::DMS::DataProvider.OracleSettings")
        .required("DatabaseName", "Port", "ServerName", "SslMode")
        .allowed("SslMode", "none", "require", "verify-ca", "verify-full")
        .build();

    public OracleSettings() {
      super(SCHEMA);
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

    /** CloudFormation property {@code CertificateArn}. */
    public OracleSettings certificateArn(String value) {
      return set("CertificateArn", Value.of(value));
    }

    /** Sets {@code CertificateArn} to this value; see {@link #certificateArn(String)}. */
    public OracleSettings certificateArn(Value<String> value) {
      return set("CertificateArn", value);
    }

    /**
     * Database name for the endpoint.
     *
     * <p>Required. CloudFormation property {@code DatabaseName}.
     */
    public OracleSettings databaseName(String value) {
      return set("DatabaseName", Value.of(value));
    }

    /** Sets {@code DatabaseName} to this value; see {@link #databaseName(String)}. */
    public OracleSettings databaseName(Value<String> value) {
      return set("DatabaseName", value);
    }

    /**
     * Endpoint TCP port.
     *
     * <p>Required. CloudFormation property {@code Port}.
     */
    public OracleSettings port(int value) {
      return set("Port", Value.of(value));
    }

    /** Sets {@code Port} to this value; see {@link #port(int)}. */
    public OracleSettings port(Value<Integer> value) {
      return set("Port", value);
    }

    /**
     * Required only if your Oracle endpoint uses Automatic Storage Management (ASM). The full ARN
     * of the IAM role that specifies AWS DMS as the trusted entity and grants the required
     * permissions to access the <code>SecretsManagerOracleAsmSecret</code> . This
     * <code>SecretsManagerOracleAsmSecret</code> has the secret value that allows access to the
     * Oracle ASM of the endpoint.
     *
     * <p>You can specify one of two sets of values for these permissions. You can specify the
     * values for this setting and <code>SecretsManagerOracleAsmSecretId</code> . Or you can specify
     * clear-text values for <code>AsmUser</code> , <code>AsmPassword</code> , and
     * <code>AsmServerName</code> . You can't specify both. For more information on creating this
     * <code>SecretsManagerOracleAsmSecret</code> and the
     * <code>SecretsManagerOracleAsmAccessRoleArn</code> and
     * <code>SecretsManagerOracleAsmSecretId</code> required to access it, see <a
     * href="https://docs.aws.amazon.com/dms/latest/userguide/CHAP_Security.html#security-iam-secretsmanager">Using
     * secrets to access AWS Database Migration Service resources</a> in the <em>AWS Database
     * Migration Service User Guide</em> .
     *
     * <p>CloudFormation property {@code SecretsManagerOracleAsmAccessRoleArn}.
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
     * Required only if your Oracle endpoint uses Automatic Storage Management (ASM). The full ARN,
     * partial ARN, or friendly name of the <code>SecretsManagerOracleAsmSecret</code> that contains
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

    /** CloudFormation property {@code SecretsManagerSecurityDbEncryptionAccessRoleArn}. */
    public OracleSettings secretsManagerSecurityDbEncryptionAccessRoleArn(String value) {
      return set("SecretsManagerSecurityDbEncryptionAccessRoleArn", Value.of(value));
    }

    /**
     * Sets {@code SecretsManagerSecurityDbEncryptionAccessRoleArn} to this value; see {@link
     * #secretsManagerSecurityDbEncryptionAccessRoleArn(String)}.
     */
    public OracleSettings secretsManagerSecurityDbEncryptionAccessRoleArn(Value<String> value) {
      return set("SecretsManagerSecurityDbEncryptionAccessRoleArn", value);
    }

    /** CloudFormation property {@code SecretsManagerSecurityDbEncryptionSecretId}. */
    public OracleSettings secretsManagerSecurityDbEncryptionSecretId(String value) {
      return set("SecretsManagerSecurityDbEncryptionSecretId", Value.of(value));
    }

    /**
     * Sets {@code SecretsManagerSecurityDbEncryptionSecretId} to this value; see {@link
     * #secretsManagerSecurityDbEncryptionSecretId(String)}.
     */
    public OracleSettings secretsManagerSecurityDbEncryptionSecretId(Value<String> value) {
      return set("SecretsManagerSecurityDbEncryptionSecretId", value);
    }

    /**
     * Fully qualified domain name of the endpoint.
     *
     * <p>For an Amazon RDS Oracle instance, this is the output of <a
     * href="https://docs.aws.amazon.com/AmazonRDS/latest/APIReference/API_DescribeDBInstances.html">DescribeDBInstances</a>
     * , in the <code><a
     * href="https://docs.aws.amazon.com/AmazonRDS/latest/APIReference/API_Endpoint.html">Endpoint</a>
     * .Address</code> field.
     *
     * <p>Required. CloudFormation property {@code ServerName}.
     */
    public OracleSettings serverName(String value) {
      return set("ServerName", Value.of(value));
    }

    /** Sets {@code ServerName} to this value; see {@link #serverName(String)}. */
    public OracleSettings serverName(Value<String> value) {
      return set("ServerName", value);
    }

    /**
     * Required. Allowed values: {@code none}, {@code require}, {@code verify-ca}, {@code
     * verify-full}. CloudFormation property {@code SslMode}.
     */
    public OracleSettings sslMode(String value) {
      return set("SslMode", Value.of(value));
    }

    /** Sets {@code SslMode} to this value; see {@link #sslMode(String)}. */
    public OracleSettings sslMode(Value<String> value) {
      return set("SslMode", value);
    }
  }

  /**
   * Provides information that defines a PostgreSQL endpoint.
   *
   * <p>Property type {@code AWS::DMS::DataProvider.PostgreSqlSettings}.
   */
  public static final class PostgreSqlSettings extends Struct<PostgreSqlSettings> {
    private static final Schema SCHEMA = Schema.builder("AWS::DMS::DataProvider.PostgreSqlSettings")
        .required("DatabaseName", "Port", "ServerName", "SslMode")
        .allowed("SslMode", "none", "require", "verify-ca", "verify-full")
        .build();

    public PostgreSqlSettings() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code CertificateArn}. */
    public PostgreSqlSettings certificateArn(String value) {
      return set("CertificateArn", Value.of(value));
    }

    /** Sets {@code CertificateArn} to this value; see {@link #certificateArn(String)}. */
    public PostgreSqlSettings certificateArn(Value<String> value) {
      return set("CertificateArn", value);
    }

    /**
     * Database name for the endpoint.
     *
     * <p>Required. CloudFormation property {@code DatabaseName}.
     */
    public PostgreSqlSettings databaseName(String value) {
      return set("DatabaseName", Value.of(value));
    }

    /** Sets {@code DatabaseName} to this value; see {@link #databaseName(String)}. */
    public PostgreSqlSettings databaseName(Value<String> value) {
      return set("DatabaseName", value);
    }

    /**
     * Endpoint TCP port. The default is 5432.
     *
     * <p>Required. CloudFormation property {@code Port}.
     */
    public PostgreSqlSettings port(int value) {
      return set("Port", Value.of(value));
    }

    /** Sets {@code Port} to this value; see {@link #port(int)}. */
    public PostgreSqlSettings port(Value<Integer> value) {
      return set("Port", value);
    }

    /**
     * The host name of the endpoint database.
     *
     * <p>For an Amazon RDS PostgreSQL instance, this is the output of <a
     * href="https://docs.aws.amazon.com/AmazonRDS/latest/APIReference/API_DescribeDBInstances.html">DescribeDBInstances</a>
     * , in the <code><a
     * href="https://docs.aws.amazon.com/AmazonRDS/latest/APIReference/API_Endpoint.html">Endpoint</a>
     * .Address</code> field.
     *
     * <p>For an Aurora PostgreSQL instance, this is the output of <a
     * href="https://docs.aws.amazon.com/AmazonRDS/latest/APIReference/API_DescribeDBClusters.html">DescribeDBClusters</a>
     * , in the <code>Endpoint</code> field.
     *
     * <p>Required. CloudFormation property {@code ServerName}.
     */
    public PostgreSqlSettings serverName(String value) {
      return set("ServerName", Value.of(value));
    }

    /** Sets {@code ServerName} to this value; see {@link #serverName(String)}. */
    public PostgreSqlSettings serverName(Value<String> value) {
      return set("ServerName", value);
    }

    /**
     * Required. Allowed values: {@code none}, {@code require}, {@code verify-ca}, {@code
     * verify-full}. CloudFormation property {@code SslMode}.
     */
    public PostgreSqlSettings sslMode(String value) {
      return set("SslMode", Value.of(value));
    }

    /** Sets {@code SslMode} to this value; see {@link #sslMode(String)}. */
    public PostgreSqlSettings sslMode(Value<String> value) {
      return set("SslMode", value);
    }
  }

  /**
   * Provides information that defines an Amazon Redshift endpoint.
   *
   * <p>Property type {@code AWS::DMS::DataProvider.RedshiftSettings}.
   */
  public static final class RedshiftSettings extends Struct<RedshiftSettings> {
    private static final Schema SCHEMA = Schema.builder("AWS::DMS::DataProvider.RedshiftSettings")
        .required("DatabaseName", "Port", "ServerName")
        .build();

    public RedshiftSettings() {
      super(SCHEMA);
    }

    /**
     * The name of the Amazon Redshift data warehouse (service) that you are working with.
     *
     * <p>Required. CloudFormation property {@code DatabaseName}.
     */
    public RedshiftSettings databaseName(String value) {
      return set("DatabaseName", Value.of(value));
    }

    /** Sets {@code DatabaseName} to this value; see {@link #databaseName(String)}. */
    public RedshiftSettings databaseName(Value<String> value) {
      return set("DatabaseName", value);
    }

    /**
     * The port number for Amazon Redshift. The default value is 5439.
     *
     * <p>Required. CloudFormation property {@code Port}.
     */
    public RedshiftSettings port(int value) {
      return set("Port", Value.of(value));
    }

    /** Sets {@code Port} to this value; see {@link #port(int)}. */
    public RedshiftSettings port(Value<Integer> value) {
      return set("Port", value);
    }

    /**
     * The name of the Amazon Redshift cluster you are using.
     *
     * <p>Required. CloudFormation property {@code ServerName}.
     */
    public RedshiftSettings serverName(String value) {
      return set("ServerName", Value.of(value));
    }

    /** Sets {@code ServerName} to this value; see {@link #serverName(String)}. */
    public RedshiftSettings serverName(Value<String> value) {
      return set("ServerName", value);
    }
  }

  /**
   * The property identifies the exact type of settings for the data provider.
   *
   * <p>Property type {@code AWS::DMS::DataProvider.Settings}.
   */
  public static final class Settings extends Struct<Settings> {
    private static final Schema SCHEMA = Schema.of("AWS::DMS::DataProvider.Settings");

    public Settings() {
      super(SCHEMA);
    }

    /**
     * DocDbSettings property identifier.
     *
     * <p>CloudFormation property {@code DocDbSettings}.
     */
    public Settings docDbSettings(Value<DocDbSettings> value) {
      return set("DocDbSettings", value);
    }

    /**
     * IbmDb2LuwSettings property identifier.
     *
     * <p>CloudFormation property {@code IbmDb2LuwSettings}.
     */
    public Settings ibmDb2LuwSettings(Value<IbmDb2LuwSettings> value) {
      return set("IbmDb2LuwSettings", value);
    }

    /**
     * IbmDb2zOsSettings property identifier.
     *
     * <p>CloudFormation property {@code IbmDb2zOsSettings}.
     */
    public Settings ibmDb2zOsSettings(Value<IbmDb2zOsSettings> value) {
      return set("IbmDb2zOsSettings", value);
    }

    /**
     * MariaDbSettings property identifier.
     *
     * <p>CloudFormation property {@code MariaDbSettings}.
     */
    public Settings mariaDbSettings(Value<MariaDbSettings> value) {
      return set("MariaDbSettings", value);
    }

    /**
     * MicrosoftSqlServerSettings property identifier.
     *
     * <p>CloudFormation property {@code MicrosoftSqlServerSettings}.
     */
    public Settings microsoftSqlServerSettings(Value<MicrosoftSqlServerSettings> value) {
      return set("MicrosoftSqlServerSettings", value);
    }

    /**
     * MongoDbSettings property identifier.
     *
     * <p>CloudFormation property {@code MongoDbSettings}.
     */
    public Settings mongoDbSettings(Value<MongoDbSettings> value) {
      return set("MongoDbSettings", value);
    }

    /**
     * MySqlSettings property identifier.
     *
     * <p>CloudFormation property {@code MySqlSettings}.
     */
    public Settings mySqlSettings(Value<MySqlSettings> value) {
      return set("MySqlSettings", value);
    }

    /**
     * OracleSettings property identifier.
     *
     * <p>CloudFormation property {@code OracleSettings}.
     */
    public Settings oracleSettings(Value<OracleSettings> value) {
      return set("OracleSettings", value);
    }

    /**
     * PostgreSqlSettings property identifier.
     *
     * <p>CloudFormation property {@code PostgreSqlSettings}.
     */
    public Settings postgreSqlSettings(Value<PostgreSqlSettings> value) {
      return set("PostgreSqlSettings", value);
    }

    /**
     * RedshiftSettings property identifier.
     *
     * <p>CloudFormation property {@code RedshiftSettings}.
     */
    public Settings redshiftSettings(Value<RedshiftSettings> value) {
      return set("RedshiftSettings", value);
    }

    /**
     * SybaseAseSettings property identifier.
     *
     * <p>CloudFormation property {@code SybaseAseSettings}.
     */
    public Settings sybaseAseSettings(Value<SybaseAseSettings> value) {
      return set("SybaseAseSettings", value);
    }
  }

  /**
   * SybaseAseSettings property identifier.
   *
   * <p>Property type {@code AWS::DMS::DataProvider.SybaseAseSettings}.
   */
  public static final class SybaseAseSettings extends Struct<SybaseAseSettings> {
    private static final Schema SCHEMA = Schema.builder("AWS::DMS::DataProvider.SybaseAseSettings")
        .required("Port", "ServerName", "SslMode")
        .allowed("SslMode", "none", "require", "verify-ca")
        .build();

    public SybaseAseSettings() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code CertificateArn}. */
    public SybaseAseSettings certificateArn(String value) {
      return set("CertificateArn", Value.of(value));
    }

    /** Sets {@code CertificateArn} to this value; see {@link #certificateArn(String)}. */
    public SybaseAseSettings certificateArn(Value<String> value) {
      return set("CertificateArn", value);
    }

    /** CloudFormation property {@code DatabaseName}. */
    public SybaseAseSettings databaseName(String value) {
      return set("DatabaseName", Value.of(value));
    }

    /** Sets {@code DatabaseName} to this value; see {@link #databaseName(String)}. */
    public SybaseAseSettings databaseName(Value<String> value) {
      return set("DatabaseName", value);
    }

    /** CloudFormation property {@code EncryptPassword}. */
    public SybaseAseSettings encryptPassword(boolean value) {
      return set("EncryptPassword", Value.of(value));
    }

    /** Sets {@code EncryptPassword} to this value; see {@link #encryptPassword(boolean)}. */
    public SybaseAseSettings encryptPassword(Value<Boolean> value) {
      return set("EncryptPassword", value);
    }

    /** Required. CloudFormation property {@code Port}. */
    public SybaseAseSettings port(int value) {
      return set("Port", Value.of(value));
    }

    /** Sets {@code Port} to this value; see {@link #port(int)}. */
    public SybaseAseSettings port(Value<Integer> value) {
      return set("Port", value);
    }

    /** Required. CloudFormation property {@code ServerName}. */
    public SybaseAseSettings serverName(String value) {
      return set("ServerName", Value.of(value));
    }

    /** Sets {@code ServerName} to this value; see {@link #serverName(String)}. */
    public SybaseAseSettings serverName(Value<String> value) {
      return set("ServerName", value);
    }

    /**
     * Required. Allowed values: {@code none}, {@code require}, {@code verify-ca}. CloudFormation
     * property {@code SslMode}.
     */
    public SybaseAseSettings sslMode(String value) {
      return set("SslMode", Value.of(value));
    }

    /** Sets {@code SslMode} to this value; see {@link #sslMode(String)}. */
    public SybaseAseSettings sslMode(Value<String> value) {
      return set("SslMode", value);
    }
  }
}
