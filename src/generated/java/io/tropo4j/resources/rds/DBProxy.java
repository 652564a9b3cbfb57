// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.rds;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import io.tropo4j.resources.ec2.SecurityGroup;
import io.tropo4j.resources.ec2.Subnet;
import io.tropo4j.resources.iam.Role;
import io.tropo4j.resources.secretsmanager.Secret;
import java.util.List;

/**
 * The <code>AWS::RDS::DBProxy</code> resource creates or updates a DB proxy.
 *
 * <p>For information about RDS Proxy for Amazon RDS, see <a
 * href="https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/rds-proxy.html">Managing Connections
 * with Amazon RDS Proxy</a> in the <em>Amazon RDS User Guide</em> .
 *
 * <p>For information about RDS Proxy for Amazon Aurora, see <a
 * href="https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/rds-proxy.html">Managing
 * Connections with Amazon RDS Proxy</a> in the <em>Amazon Aurora User Guide</em> .
 *
 * <p>Limitations apply to RDS Proxy, including DB engine version limitations and AWS Region
 * limitations. For information about limitations that apply to RDS Proxy for Amazon RDS, see <a
 * href="https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/rds-proxy.html#rds-proxy.limitations">Limitations
 * for RDS Proxy</a> in the <em>Amazon RDS User Guide</em> . For information about that apply to RDS
 * Proxy for Amazon Aurora, see <a
 * href="https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/rds-proxy.html#rds-proxy.limitations">Limitations
 * for RDS Proxy</a> in the <em>Amazon Aurora User Guide</em> .
 *
 * <p>CloudFormation type {@code AWS::RDS::DBProxy}.
 */
public final class DBProxy extends Resource<DBProxy> {
  private static final Schema SCHEMA = Schema.builder("AWS::RDS::DBProxy")
      .required("DBProxyName", "EngineFamily", "RoleArn", "VpcSubnetIds")
      .constrain("DBProxyName", Constraint.of().pattern("[0-z]*").minLength(1).maxLength(64))
      .allowed("DefaultAuthScheme", "IAM_AUTH", "NONE")
      .allowed("EndpointNetworkType", "IPV4", "IPV6", "DUAL")
      .allowed("EngineFamily", "MYSQL", "POSTGRESQL", "SQLSERVER")
      .constrain("RoleArn", Constraint.of().minLength(20).maxLength(2048).format("AWS::IAM::Role.Arn"))
      .references("RoleArn", "AWS::IAM::Role.Arn")
      .allowed("TargetConnectionNetworkType", "IPV4", "IPV6")
      .constrain("VpcSecurityGroupIds", Constraint.of().format("AWS::EC2::SecurityGroup.Id"))
      .references("VpcSecurityGroupIds", "AWS::EC2::SecurityGroup.GroupId")
      .references("VpcSubnetIds", "AWS::EC2::Subnet.Ref")
      .refYields("DBProxyName")
      .attributes("DBProxyArn", "Endpoint", "VpcId")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public DBProxy(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The authorization mechanism that the proxy uses.
   *
   * <p>CloudFormation property {@code Auth}.
   */
  public DBProxy auth(List<AuthFormat> value) {
    return set("Auth", Value.listOf(value));
  }

  /** Sets {@code Auth} to this value; see {@link #auth(List)}. */
  public DBProxy auth(Value<List<AuthFormat>> value) {
    return set("Auth", value);
  }

  /** Sets {@code Auth} to a list of these; see {@link #auth(List)}. */
  public DBProxy auth(AuthFormat... values) {
    return set("Auth", Value.list(values));
  }

  /**
   * The identifier for the proxy. This name must be unique for all proxies owned by your AWS
   * account in the specified AWS Region . An identifier must begin with a letter and must contain
   * only ASCII letters, digits, and hyphens; it can't end with a hyphen or contain two consecutive
   * hyphens.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 64 characters. Pattern: {@code
   * [0-z]*}. CloudFormation property {@code DBProxyName}.
   */
  public DBProxy dbProxyName(String value) {
    return set("DBProxyName", Value.of(value));
  }

  /** Sets {@code DBProxyName} to this value; see {@link #dbProxyName(String)}. */
  public DBProxy dbProxyName(Value<String> value) {
    return set("DBProxyName", value);
  }

  /**
   * Specifies whether the proxy logs detailed connection and query information. When you enable
   * <code>DebugLogging</code> , the proxy captures connection details and connection pool behavior
   * from your queries. Debug logging increases CloudWatch costs and can impact proxy performance.
   * Enable this option only when you need to troubleshoot connection or performance issues.
   *
   * <p>CloudFormation property {@code DebugLogging}.
   */
  public DBProxy debugLogging(boolean value) {
    return set("DebugLogging", Value.of(value));
  }

  /** Sets {@code DebugLogging} to this value; see {@link #debugLogging(boolean)}. */
  public DBProxy debugLogging(Value<Boolean> value) {
    return set("DebugLogging", value);
  }

  /**
   * The default authentication scheme that the proxy uses for client connections to the proxy and
   * connections from the proxy to the underlying database. Valid values are <code>NONE</code> and
   * <code>IAM_AUTH</code> . When set to <code>IAM_AUTH</code> , the proxy uses end-to-end IAM
   * authentication to connect to the database.
   *
   * <p>Allowed values: {@code IAM_AUTH}, {@code NONE}. CloudFormation property {@code
   * DefaultAuthScheme}.
   */
  public DBProxy defaultAuthScheme(String value) {
    return set("DefaultAuthScheme", Value.of(value));
  }

  /** Sets {@code DefaultAuthScheme} to this value; see {@link #defaultAuthScheme(String)}. */
  public DBProxy defaultAuthScheme(Value<String> value) {
    return set("DefaultAuthScheme", value);
  }

  /**
   * The network type of the DB proxy endpoint. The network type determines the IP version that the
   * proxy endpoint supports.
   *
   * <p>Valid values:
   *
   * <ul> <li><code>IPV4</code> - The proxy endpoint supports IPv4 only. <li><code>IPV6</code> - The
   * proxy endpoint supports IPv6 only. <li><code>DUAL</code> - The proxy endpoint supports both
   * IPv4 and IPv6. </ul>
   *
   * <p>Changing it replaces the resource. Allowed values: {@code IPV4}, {@code IPV6}, {@code DUAL}.
   * CloudFormation property {@code EndpointNetworkType}.
   */
  public DBProxy endpointNetworkType(String value) {
    return set("EndpointNetworkType", Value.of(value));
  }

  /** Sets {@code EndpointNetworkType} to this value; see {@link #endpointNetworkType(String)}. */
  public DBProxy endpointNetworkType(Value<String> value) {
    return set("EndpointNetworkType", value);
  }

  /**
   * The kinds of databases that the proxy can connect to. This value determines which database
   * network protocol the proxy recognizes when it interprets network traffic to and from the
   * database. For Aurora MySQL, RDS for MariaDB, and RDS for MySQL databases, specify
   * <code>MYSQL</code> . For Aurora PostgreSQL and RDS for PostgreSQL databases, specify
   * <code>POSTGRESQL</code> . For RDS for Microsoft SQL Server, specify <code>SQLSERVER</code> .
   *
   * <p>Required. Changing it replaces the resource. Allowed values: {@code MYSQL}, {@code
   * POSTGRESQL}, {@code SQLSERVER}. CloudFormation property {@code EngineFamily}.
   */
  public DBProxy engineFamily(String value) {
    return set("EngineFamily", Value.of(value));
  }

  /** Sets {@code EngineFamily} to this value; see {@link #engineFamily(String)}. */
  public DBProxy engineFamily(Value<String> value) {
    return set("EngineFamily", value);
  }

  /**
   * The number of seconds that a connection to the proxy can be inactive before the proxy
   * disconnects it. You can set this value higher or lower than the connection timeout limit for
   * the associated database.
   *
   * <p>CloudFormation property {@code IdleClientTimeout}.
   */
  public DBProxy idleClientTimeout(int value) {
    return set("IdleClientTimeout", Value.of(value));
  }

  /** Sets {@code IdleClientTimeout} to this value; see {@link #idleClientTimeout(int)}. */
  public DBProxy idleClientTimeout(Value<Integer> value) {
    return set("IdleClientTimeout", value);
  }

  /**
   * Specifies whether Transport Layer Security (TLS) encryption is required for connections to the
   * proxy. By enabling this setting, you can enforce encrypted TLS connections to the proxy.
   *
   * <p>CloudFormation property {@code RequireTLS}.
   */
  public DBProxy requireTLS(boolean value) {
    return set("RequireTLS", Value.of(value));
  }

  /** Sets {@code RequireTLS} to this value; see {@link #requireTLS(boolean)}. */
  public DBProxy requireTLS(Value<Boolean> value) {
    return set("RequireTLS", value);
  }

  /**
   * The Amazon Resource Name (ARN) of the IAM role that the proxy uses to access secrets in AWS
   * Secrets Manager.
   *
   * <p>Required. Length: 20 to 2048 characters. Format: {@code AWS::IAM::Role.Arn}. CloudFormation
   * property {@code RoleArn}.
   */
  public DBProxy roleArn(String value) {
    return set("RoleArn", Value.of(value));
  }

  /** Sets {@code RoleArn} to this value; see {@link #roleArn(String)}. */
  public DBProxy roleArn(Value<String> value) {
    return set("RoleArn", value);
  }

  /** Sets {@code RoleArn} to the Arn of {@code AWS::IAM::Role}; see {@link #roleArn(String)}. */
  public DBProxy roleArn(Role resource) {
    return set("RoleArn", resource.arn());
  }

  /**
   * An optional set of key-value pairs to associate arbitrary data of your choosing with the proxy.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public DBProxy tags(List<TagFormat> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public DBProxy tags(Value<List<TagFormat>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to a list of these; see {@link #tags(List)}. */
  public DBProxy tags(TagFormat... values) {
    return set("Tags", Value.list(values));
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public DBProxy tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The network type that the proxy uses to connect to the target database. The network type
   * determines the IP version that the proxy uses for connections to the database.
   *
   * <p>Valid values:
   *
   * <ul> <li><code>IPV4</code> - The proxy connects to the database using IPv4 only.
   * <li><code>IPV6</code> - The proxy connects to the database using IPv6 only. </ul>
   *
   * <p>Changing it replaces the resource. Allowed values: {@code IPV4}, {@code IPV6}.
   * CloudFormation property {@code TargetConnectionNetworkType}.
   */
  public DBProxy targetConnectionNetworkType(String value) {
    return set("TargetConnectionNetworkType", Value.of(value));
  }

  /**
   * Sets {@code TargetConnectionNetworkType} to this value; see {@link
   * #targetConnectionNetworkType(String)}.
   */
  public DBProxy targetConnectionNetworkType(Value<String> value) {
    return set("TargetConnectionNetworkType", value);
  }

  /**
   * One or more VPC security group IDs to associate with the new proxy.
   *
   * <p>If you plan to update the resource, don't specify VPC security groups in a shared VPC.
   *
   * <p>Format: {@code AWS::EC2::SecurityGroup.Id}. CloudFormation property {@code
   * VpcSecurityGroupIds}.
   */
  public DBProxy vpcSecurityGroupIds(List<String> value) {
    return set("VpcSecurityGroupIds", Value.listOf(value));
  }

  /** Sets {@code VpcSecurityGroupIds} to this value; see {@link #vpcSecurityGroupIds(List)}. */
  public DBProxy vpcSecurityGroupIds(Value<List<String>> value) {
    return set("VpcSecurityGroupIds", value);
  }

  /**
   * Sets {@code VpcSecurityGroupIds} to the GroupId of each {@code AWS::EC2::SecurityGroup}; see
   * {@link #vpcSecurityGroupIds(List)}.
   */
  public DBProxy vpcSecurityGroupIds(SecurityGroup... resources) {
    return set("VpcSecurityGroupIds", Value.attributes("GroupId", resources));
  }

  /**
   * One or more VPC subnet IDs to associate with the new proxy.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code VpcSubnetIds}.
   */
  public DBProxy vpcSubnetIds(List<String> value) {
    return set("VpcSubnetIds", Value.listOf(value));
  }

  /** Sets {@code VpcSubnetIds} to this value; see {@link #vpcSubnetIds(List)}. */
  public DBProxy vpcSubnetIds(Value<List<String>> value) {
    return set("VpcSubnetIds", value);
  }

  /**
   * Sets {@code VpcSubnetIds} to the Ref of each {@code AWS::EC2::Subnet}; see {@link
   * #vpcSubnetIds(List)}.
   */
  public DBProxy vpcSubnetIds(Subnet... resources) {
    return set("VpcSubnetIds", Value.refs(resources));
  }

  /**
   * The Amazon Resource Name (ARN) for the proxy.
   *
   * <p>{@code Fn::GetAtt} attribute {@code DBProxyArn}.
   */
  public Value<String> dbProxyArn() {
    return getAtt("DBProxyArn");
  }

  /**
   * The endpoint that you can use to connect to the DB proxy. You include the endpoint value in the
   * connection string for a database client application.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Endpoint}.
   */
  public Value<String> endpoint() {
    return getAtt("Endpoint");
  }

  /**
   * The VPC ID to associate with the DB proxy.
   *
   * <p>{@code Fn::GetAtt} attribute {@code VpcId}.
   */
  public Value<String> vpcId() {
    return getAtt("VpcId");
  }

  /**
   * Specifies the details of authentication used by a proxy to log in as a specific database user.
   *
   * <p>Property type {@code AWS::RDS::DBProxy.AuthFormat}.
   */
  public static final class AuthFormat extends Struct<AuthFormat> {
    private static final Schema SCHEMA = Schema.builder("AWS::RDS::DBProxy.AuthFormat")
        .allowed("AuthScheme", "SECRETS")
        .allowed("ClientPasswordAuthType", "MYSQL_NATIVE_PASSWORD", "MYSQL_CACHING_SHA2_PASSWORD",
            "POSTGRES_SCRAM_SHA_256", "POSTGRES_MD5", "SQL_SERVER_AUTHENTICATION")
        .constrain("Description", Constraint.of().minLength(1).maxLength(1000))
        .allowed("IAMAuth", "DISABLED", "REQUIRED", "ENABLED")
        .constrain("SecretArn", Constraint.of().minLength(20).maxLength(2048))
        .references("SecretArn", "AWS::SecretsManager::Secret.Ref")
        .build();

    public AuthFormat() {
      super(SCHEMA);
    }

    /**
     * The type of authentication that the proxy uses for connections from the proxy to the
     * underlying database.
     *
     * <p>Allowed values: {@code SECRETS}. CloudFormation property {@code AuthScheme}.
     */
    public AuthFormat authScheme(String value) {
      return set("AuthScheme", Value.of(value));
    }

    /** Sets {@code AuthScheme} to this value; see {@link #authScheme(String)}. */
    public AuthFormat authScheme(Value<String> value) {
      return set("AuthScheme", value);
    }

    /**
     * Specifies the details of authentication used by a proxy to log in as a specific database
     * user.
     *
     * <p>Allowed values: {@code MYSQL_NATIVE_PASSWORD}, {@code MYSQL_CACHING_SHA2_PASSWORD}, {@code
     * POSTGRES_SCRAM_SHA_256}, {@code POSTGRES_MD5}, {@code SQL_SERVER_AUTHENTICATION}.
     * CloudFormation property {@code ClientPasswordAuthType}.
     */
    public AuthFormat clientPasswordAuthType(String value) {
      return set("ClientPasswordAuthType", Value.of(value));
    }

    /**
     * Sets {@code ClientPasswordAuthType} to this value; see {@link
     * #clientPasswordAuthType(String)}.
     */
    public AuthFormat clientPasswordAuthType(Value<String> value) {
      return set("ClientPasswordAuthType", value);
    }

    /**
     * A user-specified description about the authentication used by a proxy to log in as a specific
     * database user.
     *
     * <p>Length: 1 to 1000 characters. CloudFormation property {@code Description}.
     */
    public AuthFormat description(String value) {
      return set("Description", Value.of(value));
    }

    /** Sets {@code Description} to this value; see {@link #description(String)}. */
    public AuthFormat description(Value<String> value) {
      return set("Description", value);
    }

    /**
     * A value that indicates whether to require or disallow AWS Identity and Access Management
     * (IAM) authentication for connections to the proxy. The <code>ENABLED</code> value is valid
     * only for proxies with RDS for Microsoft SQL Server.
     *
     * <p>Allowed values: {@code DISABLED}, {@code REQUIRED}, {@code ENABLED}. CloudFormation
     * property {@code IAMAuth}.
     */
    public AuthFormat iamAuth(String value) {
      return set("IAMAuth", Value.of(value));
    }

    /** Sets {@code IAMAuth} to this value; see {@link #iamAuth(String)}. */
    public AuthFormat iamAuth(Value<String> value) {
      return set("IAMAuth", value);
    }

    /**
     * The Amazon Resource Name (ARN) representing the secret that the proxy uses to authenticate to
     * the RDS DB instance or Aurora DB cluster. These secrets are stored within Amazon Secrets
     * Manager.
     *
     * <p>Length: 20 to 2048 characters. CloudFormation property {@code SecretArn}.
     */
    public AuthFormat secretArn(String value) {
      return set("SecretArn", Value.of(value));
    }

    /** Sets {@code SecretArn} to this value; see {@link #secretArn(String)}. */
    public AuthFormat secretArn(Value<String> value) {
      return set("SecretArn", value);
    }

    /**
     * Sets {@code SecretArn} to the Ref of {@code AWS::SecretsManager::Secret}; see {@link
     * #secretArn(String)}.
     */
    public AuthFormat secretArn(Secret resource) {
      return set("SecretArn", resource.ref());
    }
  }

  /**
   * Metadata assigned to an Amazon RDS resource consisting of a key-value pair.
   *
   * <p>For more information, see <a
   * href="https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_Tagging.html">Tagging Amazon
   * RDS resources</a> in the <em>Amazon RDS User Guide</em> or <a
   * href="https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/USER_Tagging.html">Tagging
   * Amazon Aurora and Amazon RDS resources</a> in the <em>Amazon Aurora User Guide</em> .
   *
   * <p>Property type {@code AWS::RDS::DBProxy.TagFormat}.
   */
  public static final class TagFormat extends Struct<TagFormat> {
    private static final Schema SCHEMA = Schema.builder("AWS::RDS::DBProxy.TagFormat")
        .constrain("Key", Constraint.of().pattern("(\\w|\\d|\\s|\\\\|-|\\.:=+-)*").maxLength(128))
        .constrain("Value", Constraint.of().pattern("(\\w|\\d|\\s|\\\\|-|\\.:=+-)*").maxLength(128))
        .build();

    public TagFormat() {
      super(SCHEMA);
    }

    /**
     * A key is the required name of the tag. The string value can be from 1 to 128 Unicode
     * characters in length and can't be prefixed with <code>aws:</code> or <code>rds:</code> . The
     * string can only contain only the set of Unicode letters, digits, white-space, '_', '.', ':',
     * '/', '=', '+', '-', '&#64;' (Java regex:
     * "^([&#92;&#92;p{L}&#92;&#92;p{Z}&#92;&#92;p{N}_.:/=+&#92;&#92;-&#64;]*)$").
     *
     * <p>Length: at most 128 characters. Pattern: {@code
     * (&#92;w|&#92;d|&#92;s|&#92;&#92;|-|&#92;.:=+-)*}. CloudFormation property {@code Key}.
     */
    public TagFormat key(String value) {
      return set("Key", Value.of(value));
    }

    /** Sets {@code Key} to this value; see {@link #key(String)}. */
    public TagFormat key(Value<String> value) {
      return set("Key", value);
    }

    /**
     * A value is the optional value of the tag. The string value can be from 1 to 256 Unicode
     * characters in length and can't be prefixed with <code>aws:</code> or <code>rds:</code> . The
     * string can only contain only the set of Unicode letters, digits, white-space, '_', '.', ':',
     * '/', '=', '+', '-', '&#64;' (Java regex:
     * "^([&#92;&#92;p{L}&#92;&#92;p{Z}&#92;&#92;p{N}_.:/=+&#92;&#92;-&#64;]*)$").
     *
     * <p>Length: at most 128 characters. Pattern: {@code
     * (&#92;w|&#92;d|&#92;s|&#92;&#92;|-|&#92;.:=+-)*}. CloudFormation property {@code Value}.
     */
    public TagFormat value(String value) {
      return set("Value", Value.of(value));
    }

    /** Sets {@code Value} to this value; see {@link #value(String)}. */
    public TagFormat value(Value<String> value) {
      return set("Value", value);
    }
  }
}
