// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.datasync;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * The <code>AWS::DataSync::LocationHDFS</code> resource specifies an endpoint for a Hadoop
 * Distributed File System (HDFS).
 *
 * <p>CloudFormation type {@code AWS::DataSync::LocationHDFS}.
 */
public final class LocationHDFS extends Resource<LocationHDFS> {
  private static final Schema SCHEMA = Schema.builder("AWS::DataSync::LocationHDFS")
      .required("AgentArns", "AuthenticationType", "NameNodes")
      .constrain("AgentArns", Constraint.of().pattern("^arn:(aws|aws-cn|aws-us-gov|aws-eusc|aws-iso|aws-iso-b):datasync:[a-z\\-0-9]+:[0-9]{12}:agent/agent-[0-9a-z]{17}$").minLength(0).maxLength(128))
      .allowed("AuthenticationType", "SIMPLE", "KERBEROS")
      .constrain("BlockSize", Constraint.of().minimum(1048576).maximum(1073741824).format("int64"))
      .constrain("KerberosKeytab", Constraint.of().maxLength(87384))
      .constrain("KerberosKrb5Conf", Constraint.of().maxLength(174764))
      .constrain("KerberosPrincipal", Constraint.of().pattern("^.+$").minLength(1).maxLength(256))
      .constrain("KmsKeyProviderUri", Constraint.of().pattern("^kms:\\/\\/http[s]?@(([a-zA-Z0-9\\-]*[a-zA-Z0-9])\\.)*([A-Za-z0-9\\-]*[A-Za-z0-9])(;(([a-zA-Z0-9\\-]*[a-zA-Z0-9])\\.)*([A-Za-z0-9\\-]*[A-Za-z0-9]))*:[0-9]{1,5}\\/kms$").minLength(1).maxLength(255))
      .constrain("ReplicationFactor", Constraint.of().minimum(1).maximum(512).format("int64"))
      .constrain("SimpleUser", Constraint.of().pattern("^[_.A-Za-z0-9][-_.A-Za-z0-9]*$").minLength(1).maxLength(256))
      .constrain("Subdirectory", Constraint.of().pattern("^[a-zA-Z0-9_\\-\\+\\./\\(\\)\\$\\p{Zs}]+$").minLength(0).maxLength(4096))
      .refYields("LocationArn")
      .attributes("CmkSecretConfig.SecretArn", "LocationArn", "LocationUri", "ManagedSecretConfig")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public LocationHDFS(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The Amazon Resource Names (ARNs) of the DataSync agents that can connect to your HDFS cluster.
   *
   * <p>Required. Length: 0 to 128 characters. Pattern: {@code
   * ^arn:(aws|aws-cn|aws-us-gov|aws-eusc|aws-iso|aws-iso-b):datasync:[a-z&#92;-0-9]+:[0-9]{12}:agent/agent-[0-9a-z]{17}$}.
   * CloudFormation property {@code AgentArns}.
   */
  public LocationHDFS agentArns(List<String> value) {
    return set("AgentArns", Value.listOf(value));
  }

  /** Sets {@code AgentArns} to this value; see {@link #agentArns(List)}. */
  public LocationHDFS agentArns(Value<List<String>> value) {
    return set("AgentArns", value);
  }

  /**
   * The authentication mode used to determine identity of user.
   *
   * <p>Required. Allowed values: {@code SIMPLE}, {@code KERBEROS}. CloudFormation property {@code
   * AuthenticationType}.
   */
  public LocationHDFS authenticationType(String value) {
    return set("AuthenticationType", Value.of(value));
  }

  /** Sets {@code AuthenticationType} to this value; see {@link #authenticationType(String)}. */
  public LocationHDFS authenticationType(Value<String> value) {
    return set("AuthenticationType", value);
  }

  /**
   * The size of data blocks to write into the HDFS cluster. The block size must be a multiple of
   * 512 bytes. The default block size is 128 mebibytes (MiB).
   *
   * <p>Range: 1048576 to 1073741824. Format: {@code int64}. CloudFormation property {@code
   * BlockSize}.
   */
  public LocationHDFS blockSize(int value) {
    return set("BlockSize", Value.of(value));
  }

  /** Sets {@code BlockSize} to this value; see {@link #blockSize(int)}. */
  public LocationHDFS blockSize(Value<Integer> value) {
    return set("BlockSize", value);
  }

  /**
   * Specifies configuration information for a DataSync-managed secret, such as an authentication
   * token or set of credentials that DataSync uses to access a specific transfer location, and a
   * customer-managed AWS KMS key.
   *
   * <p>CloudFormation property {@code CmkSecretConfig}.
   */
  public LocationHDFS cmkSecretConfig(Value<CmkSecretConfig> value) {
    return set("CmkSecretConfig", value);
  }

  /**
   * Specifies configuration information for a customer-managed secret, such as an authentication
   * token or set of credentials that DataSync uses to access a specific transfer location, and an
   * IAM role that DataSync can assume and access the customer-managed secret.
   *
   * <p>CloudFormation property {@code CustomSecretConfig}.
   */
  public LocationHDFS customSecretConfig(Value<CustomSecretConfig> value) {
    return set("CustomSecretConfig", value);
  }

  /**
   * The Kerberos key table (keytab) that contains mappings between the defined Kerberos principal
   * and the encrypted keys. Provide the base64-encoded file text. If <code>KERBEROS</code> is
   * specified for <code>AuthType</code> , this value is required.
   *
   * <p>Length: at most 87384 characters. CloudFormation property {@code KerberosKeytab}.
   */
  public LocationHDFS kerberosKeytab(String value) {
    return set("KerberosKeytab", Value.of(value));
  }

  /** Sets {@code KerberosKeytab} to this value; see {@link #kerberosKeytab(String)}. */
  public LocationHDFS kerberosKeytab(Value<String> value) {
    return set("KerberosKeytab", value);
  }

  /**
   * The <code>krb5.conf</code> file that contains the Kerberos configuration information. You can
   * load the <code>krb5.conf</code> by providing a string of the file's contents or an Amazon S3
   * presigned URL of the file. If <code>KERBEROS</code> is specified for <code>AuthType</code> ,
   * this value is required.
   *
   * <p>Length: at most 174764 characters. CloudFormation property {@code KerberosKrb5Conf}.
   */
  public LocationHDFS kerberosKrb5Conf(String value) {
    return set("KerberosKrb5Conf", Value.of(value));
  }

  /** Sets {@code KerberosKrb5Conf} to this value; see {@link #kerberosKrb5Conf(String)}. */
  public LocationHDFS kerberosKrb5Conf(Value<String> value) {
    return set("KerberosKrb5Conf", value);
  }

  /**
   * The Kerberos principal with access to the files and folders on the HDFS cluster.
   *
   * <p>If <code>KERBEROS</code> is specified for <code>AuthenticationType</code> , this parameter
   * is required.
   *
   * <p>Length: 1 to 256 characters. Pattern: {@code ^.+$}. CloudFormation property {@code
   * KerberosPrincipal}.
   */
  public LocationHDFS kerberosPrincipal(String value) {
    return set("KerberosPrincipal", Value.of(value));
  }

  /** Sets {@code KerberosPrincipal} to this value; see {@link #kerberosPrincipal(String)}. */
  public LocationHDFS kerberosPrincipal(Value<String> value) {
    return set("KerberosPrincipal", value);
  }

  /**
   * The URI of the HDFS cluster's Key Management Server (KMS).
   *
   * <p>Length: 1 to 255 characters. Pattern: {@code
   * ^kms:&#92;/&#92;/http[s]?&#64;(([a-zA-Z0-9&#92;-]*[a-zA-Z0-9])&#92;.)*([A-Za-z0-9&#92;-]*[A-Za-z0-9])(;(([a-zA-Z0-9&#92;-]*[a-zA-Z0-9])&#92;.)*([A-Za-z0-9&#92;-]*[A-Za-z0-9]))*:[0-9]{1,5}&#92;/kms$}.
   * CloudFormation property {@code KmsKeyProviderUri}.
   */
  public LocationHDFS kmsKeyProviderUri(String value) {
    return set("KmsKeyProviderUri", Value.of(value));
  }

  /** Sets {@code KmsKeyProviderUri} to this value; see {@link #kmsKeyProviderUri(String)}. */
  public LocationHDFS kmsKeyProviderUri(Value<String> value) {
    return set("KmsKeyProviderUri", value);
  }

  /**
   * The NameNode that manages the HDFS namespace. The NameNode performs operations such as opening,
   * closing, and renaming files and directories. The NameNode contains the information to map
   * blocks of data to the DataNodes. You can use only one NameNode.
   *
   * <p>Required. CloudFormation property {@code NameNodes}.
   */
  public LocationHDFS nameNodes(List<NameNode> value) {
    return set("NameNodes", Value.listOf(value));
  }

  /** Sets {@code NameNodes} to this value; see {@link #nameNodes(List)}. */
  public LocationHDFS nameNodes(Value<List<NameNode>> value) {
    return set("NameNodes", value);
  }

  /** Sets {@code NameNodes} to a list of these; see {@link #nameNodes(List)}. */
  public LocationHDFS nameNodes(NameNode... values) {
    return set("NameNodes", Value.list(values));
  }

  /**
   * The Quality of Protection (QOP) configuration specifies the Remote Procedure Call (RPC) and
   * data transfer protection settings configured on the Hadoop Distributed File System (HDFS)
   * cluster. If <code>QopConfiguration</code> isn't specified, <code>RpcProtection</code> and
   * <code>DataTransferProtection</code> default to <code>PRIVACY</code> . If you set
   * <code>RpcProtection</code> or <code>DataTransferProtection</code> , the other parameter assumes
   * the same value.
   *
   * <p>CloudFormation property {@code QopConfiguration}.
   */
  public LocationHDFS qopConfiguration(Value<QopConfiguration> value) {
    return set("QopConfiguration", value);
  }

  /**
   * The number of DataNodes to replicate the data to when writing to the HDFS cluster. By default,
   * data is replicated to three DataNodes.
   *
   * <p>Range: 1 to 512. Format: {@code int64}. Default: {@code 3}. CloudFormation property {@code
   * ReplicationFactor}.
   */
  public LocationHDFS replicationFactor(int value) {
    return set("ReplicationFactor", Value.of(value));
  }

  /** Sets {@code ReplicationFactor} to this value; see {@link #replicationFactor(int)}. */
  public LocationHDFS replicationFactor(Value<Integer> value) {
    return set("ReplicationFactor", value);
  }

  /**
   * The user name used to identify the client on the host operating system.
   *
   * <p>If <code>SIMPLE</code> is specified for <code>AuthenticationType</code> , this parameter is
   * required.
   *
   * <p>Length: 1 to 256 characters. Pattern: {@code ^[_.A-Za-z0-9][-_.A-Za-z0-9]*$}. CloudFormation
   * property {@code SimpleUser}.
   */
  public LocationHDFS simpleUser(String value) {
    return set("SimpleUser", Value.of(value));
  }

  /** Sets {@code SimpleUser} to this value; see {@link #simpleUser(String)}. */
  public LocationHDFS simpleUser(Value<String> value) {
    return set("SimpleUser", value);
  }

  /**
   * A subdirectory in the HDFS cluster. This subdirectory is used to read data from or write data
   * to the HDFS cluster. If the subdirectory isn't specified, it will default to <code>/</code> .
   *
   * <p>Length: 0 to 4096 characters. Pattern: {@code
   * ^[a-zA-Z0-9_&#92;-&#92;+&#92;./&#92;(&#92;)&#92;$&#92;p{Zs}]+$}. CloudFormation property {@code
   * Subdirectory}.
   */
  public LocationHDFS subdirectory(String value) {
    return set("Subdirectory", Value.of(value));
  }

  /** Sets {@code Subdirectory} to this value; see {@link #subdirectory(String)}. */
  public LocationHDFS subdirectory(Value<String> value) {
    return set("Subdirectory", value);
  }

  /**
   * The key-value pair that represents the tag that you want to add to the location. The value can
   * be an empty string. We recommend using tags to name your resources.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public LocationHDFS tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public LocationHDFS tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public LocationHDFS tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * Specifies the ARN for an AWS Secrets Manager secret, managed by DataSync.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CmkSecretConfig.SecretArn}.
   */
  public Value<String> cmkSecretConfigSecretArn() {
    return getAtt("CmkSecretConfig.SecretArn");
  }

  /**
   * The Amazon Resource Name (ARN) of the HDFS cluster location to describe.
   *
   * <p>{@code Fn::GetAtt} attribute {@code LocationArn}.
   */
  public Value<String> locationArn() {
    return getAtt("LocationArn");
  }

  /**
   * The URI of the HDFS cluster location.
   *
   * <p>{@code Fn::GetAtt} attribute {@code LocationUri}.
   */
  public Value<String> locationUri() {
    return getAtt("LocationUri");
  }

  /**
   * Specifies configuration information for a DataSync-managed secret, such as an authentication
   * token or set of credentials that DataSync uses to access a specific transfer location. DataSync
   * uses the default AWS-managed KMS key to encrypt this secret in AWS Secrets Manager.
   *
   * <p>{@code Fn::GetAtt} attribute {@code ManagedSecretConfig}.
   */
  public Value<ManagedSecretConfig> managedSecretConfig() {
    return getAtt("ManagedSecretConfig");
  }

  /**
   * Specifies configuration information for a DataSync-managed secret, such as an authentication
   * token or set of credentials that DataSync uses to access a specific transfer location, and a
   * customer-managed AWS KMS key.
   *
   * <p>Property type {@code AWS::DataSync::LocationHDFS.CmkSecretConfig}.
   */
  public static final class CmkSecretConfig extends Struct<CmkSecretConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::DataSync::LocationHDFS.CmkSecretConfig")
        .constrain("KmsKeyArn", Constraint.of().pattern("^(arn:(aws|aws-cn|aws-us-gov|aws-eusc|aws-iso|aws-iso-b):kms:[a-z-0-9]+:[0-9]{12}:key/.*|)$").minLength(0).maxLength(2048).format("AWS::KMS::Key.Arn"))
        .constrain("SecretArn", Constraint.of().pattern("^(arn:(aws|aws-cn|aws-us-gov|aws-eusc|aws-iso|aws-iso-b):secretsmanager:[a-z-0-9]+:[0-9]{12}:secret:.*|)$").minLength(0).maxLength(2048))
        .build();

    public CmkSecretConfig() {
      super(SCHEMA);
    }

    /**
     * Specifies the ARN for the customer-managed AWS KMS key used to encrypt the secret specified
     * for SecretArn. DataSync provides this key to AWS Secrets Manager.
     *
     * <p>Length: 0 to 2048 characters. Pattern: {@code
     * ^(arn:(aws|aws-cn|aws-us-gov|aws-eusc|aws-iso|aws-iso-b):kms:[a-z-0-9]+:[0-9]{12}:key/.*|)$}.
     * Format: {@code AWS::KMS::Key.Arn}. CloudFormation property {@code KmsKeyArn}.
     */
    public CmkSecretConfig kmsKeyArn(String value) {
      return set("KmsKeyArn", Value.of(value));
    }

    /** Sets {@code KmsKeyArn} to this value; see {@link #kmsKeyArn(String)}. */
    public CmkSecretConfig kmsKeyArn(Value<String> value) {
      return set("KmsKeyArn", value);
    }

    /**
     * Specifies the ARN for an AWS Secrets Manager secret, managed by DataSync.
     *
     * <p>Length: 0 to 2048 characters. Pattern: {@code
     * ^(arn:(aws|aws-cn|aws-us-gov|aws-eusc|aws-iso|aws-iso-b):secretsmanager:[a-z-0-9]+:[0-9]{12}:secret:.*|)$}.
     * CloudFormation property {@code SecretArn}.
     */
    public CmkSecretConfig secretArn(String value) {
      return set("SecretArn", Value.of(value));
    }

    /** Sets {@code SecretArn} to this value; see {@link #secretArn(String)}. */
    public CmkSecretConfig secretArn(Value<String> value) {
      return set("SecretArn", value);
    }
  }

  /**
   * Specifies configuration information for a customer-managed secret, such as an authentication
   * token or set of credentials that DataSync uses to access a specific transfer location, and an
   * IAM role that DataSync can assume and access the customer-managed secret.
   *
   * <p>Property type {@code AWS::DataSync::LocationHDFS.CustomSecretConfig}.
   */
  public static final class CustomSecretConfig extends Struct<CustomSecretConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::DataSync::LocationHDFS.CustomSecretConfig")
        .required("SecretAccessRoleArn", "SecretArn")
        .constrain("SecretAccessRoleArn", Constraint.of().pattern("^(arn:(aws|aws-cn|aws-us-gov|aws-eusc|aws-iso|aws-iso-b):iam::[0-9]{12}:role/.*|)$").minLength(0).maxLength(2048).format("AWS::IAM::Role.Arn"))
        .constrain("SecretArn", Constraint.of().pattern("^(arn:(aws|aws-cn|aws-us-gov|aws-eusc|aws-iso|aws-iso-b):secretsmanager:[a-z-0-9]+:[0-9]{12}:secret:.*|)$").minLength(0).maxLength(2048))
        .build();

    public CustomSecretConfig() {
      super(SCHEMA);
    }

    /**
     * Specifies the ARN for the AWS Identity and Access Management role that DataSync uses to
     * access the secret specified for SecretArn.
     *
     * <p>Required. Length: 0 to 2048 characters. Pattern: {@code
     * ^(arn:(aws|aws-cn|aws-us-gov|aws-eusc|aws-iso|aws-iso-b):iam::[0-9]{12}:role/.*|)$}. Format:
     * {@code AWS::IAM::Role.Arn}. CloudFormation property {@code SecretAccessRoleArn}.
     */
    public CustomSecretConfig secretAccessRoleArn(String value) {
      return set("SecretAccessRoleArn", Value.of(value));
    }

    /** Sets {@code SecretAccessRoleArn} to this value; see {@link #secretAccessRoleArn(String)}. */
    public CustomSecretConfig secretAccessRoleArn(Value<String> value) {
      return set("SecretAccessRoleArn", value);
    }

    /**
     * Specifies the ARN for a customer created AWS Secrets Manager secret.
     *
     * <p>Required. Length: 0 to 2048 characters. Pattern: {@code
     * ^(arn:(aws|aws-cn|aws-us-gov|aws-eusc|aws-iso|aws-iso-b):secretsmanager:[a-z-0-9]+:[0-9]{12}:secret:.*|)$}.
     * CloudFormation property {@code SecretArn}.
     */
    public CustomSecretConfig secretArn(String value) {
      return set("SecretArn", Value.of(value));
    }

    /** Sets {@code SecretArn} to this value; see {@link #secretArn(String)}. */
    public CustomSecretConfig secretArn(Value<String> value) {
      return set("SecretArn", value);
    }
  }

  /**
   * Specifies configuration information for a DataSync-managed secret, such as an authentication
   * token or set of credentials that DataSync uses to access a specific transfer location. DataSync
   * uses the default AWS-managed KMS key to encrypt this secret in AWS Secrets Manager.
   *
   * <p>Property type {@code AWS::DataSync::LocationHDFS.ManagedSecretConfig}.
   */
  public static final class ManagedSecretConfig extends Struct<ManagedSecretConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::DataSync::LocationHDFS.ManagedSecretConfig")
        .required("SecretArn")
        .build();

    public ManagedSecretConfig() {
      super(SCHEMA);
    }

    /**
     * Specifies the ARN for an AWS Secrets Manager secret.
     *
     * <p>Required. CloudFormation property {@code SecretArn}.
     */
    public ManagedSecretConfig secretArn(String value) {
      return set("SecretArn", Value.of(value));
    }

    /** Sets {@code SecretArn} to this value; see {@link #secretArn(String)}. */
    public ManagedSecretConfig secretArn(Value<String> value) {
      return set("SecretArn", value);
    }
  }

  /**
   * The NameNode of the Hadoop Distributed File System (HDFS). The NameNode manages the file
   * system's namespace and performs operations such as opening, closing, and renaming files and
   * directories. The NameNode also contains the information to map blocks of data to the DataNodes.
   *
   * <p>Property type {@code AWS::DataSync::LocationHDFS.NameNode}.
   */
  public static final class NameNode extends Struct<NameNode> {
    private static final Schema SCHEMA = Schema.builder("AWS::DataSync::LocationHDFS.NameNode")
        .required("Hostname", "Port")
        .constrain("Hostname", Constraint.of().pattern("^(([a-zA-Z0-9\\-]*[a-zA-Z0-9])\\.)*([A-Za-z0-9\\-]*[A-Za-z0-9])$").minLength(1).maxLength(255))
        .constrain("Port", Constraint.of().minimum(1).maximum(65536))
        .build();

    public NameNode() {
      super(SCHEMA);
    }

    /**
     * The hostname of the NameNode in the HDFS cluster. This value is the IP address or Domain Name
     * Service (DNS) name of the NameNode. An agent that's installed on-premises uses this hostname
     * to communicate with the NameNode in the network.
     *
     * <p>Required. Length: 1 to 255 characters. Pattern: {@code
     * ^(([a-zA-Z0-9&#92;-]*[a-zA-Z0-9])&#92;.)*([A-Za-z0-9&#92;-]*[A-Za-z0-9])$}. CloudFormation
     * property {@code Hostname}.
     */
    public NameNode hostname(String value) {
      return set("Hostname", Value.of(value));
    }

    /** Sets {@code Hostname} to this value; see {@link #hostname(String)}. */
    public NameNode hostname(Value<String> value) {
      return set("Hostname", value);
    }

    /**
     * The port that the NameNode uses to listen to client requests.
     *
     * <p>Required. Range: 1 to 65536. CloudFormation property {@code Port}.
     */
    public NameNode port(int value) {
      return set("Port", Value.of(value));
    }

    /** Sets {@code Port} to this value; see {@link #port(int)}. */
    public NameNode port(Value<Integer> value) {
      return set("Port", value);
    }
  }

  /**
   * The Quality of Protection (QOP) configuration specifies the Remote Procedure Call (RPC) and
   * data transfer privacy settings configured on the Hadoop Distributed File System (HDFS) cluster.
   *
   * <p>Property type {@code AWS::DataSync::LocationHDFS.QopConfiguration}.
   */
  public static final class QopConfiguration extends Struct<QopConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::DataSync::LocationHDFS.QopConfiguration")
        .allowed("DataTransferProtection", "AUTHENTICATION", "INTEGRITY", "PRIVACY", "DISABLED")
        .allowed("RpcProtection", "AUTHENTICATION", "INTEGRITY", "PRIVACY", "DISABLED")
        .build();

    public QopConfiguration() {
      super(SCHEMA);
    }

    /**
     * The data transfer protection setting configured on the HDFS cluster. This setting corresponds
     * to your <code>dfs.data.transfer.protection</code> setting in the <code>hdfs-site.xml</code>
     * file on your Hadoop cluster.
     *
     * <p>Allowed values: {@code AUTHENTICATION}, {@code INTEGRITY}, {@code PRIVACY}, {@code
     * DISABLED}. Default: {@code "PRIVACY"}. CloudFormation property {@code
     * DataTransferProtection}.
     */
    public QopConfiguration dataTransferProtection(String value) {
      return set("DataTransferProtection", Value.of(value));
    }

    /**
     * Sets {@code DataTransferProtection} to this value; see {@link
     * #dataTransferProtection(String)}.
     */
    public QopConfiguration dataTransferProtection(Value<String> value) {
      return set("DataTransferProtection", value);
    }

    /**
     * The Remote Procedure Call (RPC) protection setting configured on the HDFS cluster. This
     * setting corresponds to your <code>hadoop.rpc.protection</code> setting in your
     * <code>core-site.xml</code> file on your Hadoop cluster.
     *
     * <p>Allowed values: {@code AUTHENTICATION}, {@code INTEGRITY}, {@code PRIVACY}, {@code
     * DISABLED}. Default: {@code "PRIVACY"}. CloudFormation property {@code RpcProtection}.
     */
    public QopConfiguration rpcProtection(String value) {
      return set("RpcProtection", Value.of(value));
    }

    /** Sets {@code RpcProtection} to this value; see {@link #rpcProtection(String)}. */
    public QopConfiguration rpcProtection(Value<String> value) {
      return set("RpcProtection", value);
    }
  }
}
