// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.transfer;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Creates the connector, which captures the parameters for a connection for the AS2 or SFTP
 * protocol. For AS2, the connector is required for sending files to an externally hosted AS2
 * server. For SFTP, the connector is required when sending files to an SFTP server or receiving
 * files from an SFTP server. For more details about connectors, see <a
 * href="https://docs.aws.amazon.com/transfer/latest/userguide/configure-as2-connector.html">Configure
 * AS2 connectors</a> and <a
 * href="https://docs.aws.amazon.com/transfer/latest/userguide/configure-sftp-connector.html">Create
 * SFTP connectors</a> .
 *
 * <p>You must specify exactly one configuration object: either for AS2 ( <code>As2Config</code> )
 * or SFTP ( <code>SftpConfig</code> ).
 *
 * <p>CloudFormation type {@code AWS::Transfer::Connector}.
 */
public final class Connector extends Resource<Connector> {
  private static final Schema SCHEMA = Schema.builder("AWS::Transfer::Connector")
      .required("AccessRole")
      .constrain("AccessRole", Constraint.of().pattern("arn:.*role/.*").minLength(20).maxLength(2048))
      .allowed("EgressType", "SERVICE_MANAGED", "VPC_LATTICE")
      .allowed("IpAddressType", "IPV4", "DUALSTACK")
      .constrain("LoggingRole", Constraint.of().pattern("arn:.*role/.*").minLength(20).maxLength(2048))
      .constrain("SecurityPolicyName", Constraint.of().pattern("TransferSFTPConnectorSecurityPolicy-[A-Za-z0-9-]+").minLength(0).maxLength(50))
      .constrain("Url", Constraint.of().minLength(0).maxLength(255))
      .refYields("ConnectorId")
      .attributes("Arn", "ConnectorId", "ErrorMessage", "ServiceManagedEgressIpAddresses", "Status")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public Connector(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * Connectors are used to send files using either the AS2 or SFTP protocol. For the access role,
   * provide the Amazon Resource Name (ARN) of the AWS Identity and Access Management role to use.
   *
   * <p><em>For AS2 connectors</em>
   *
   * <p>With AS2, you can send files by calling <code>StartFileTransfer</code> and specifying the
   * file paths in the request parameter, <code>SendFilePaths</code> . We use the file’s parent
   * directory (for example, for <code>--send-file-paths /bucket/dir/file.txt</code> , parent
   * directory is <code>/bucket/dir/</code> ) to temporarily store a processed AS2 message file,
   * store the MDN when we receive them from the partner, and write a final JSON file containing
   * relevant metadata of the transmission. So, the <code>AccessRole</code> needs to provide read
   * and write access to the parent directory of the file location used in the
   * <code>StartFileTransfer</code> request. Additionally, you need to provide read and write access
   * to the parent directory of the files that you intend to send with
   * <code>StartFileTransfer</code> .
   *
   * <p>If you are using Basic authentication for your AS2 connector, the access role requires the
   * <code>secretsmanager:GetSecretValue</code> permission for the secret. If the secret is
   * encrypted using a customer-managed key instead of the AWS managed key in Secrets Manager, then
   * the role also needs the <code>kms:Decrypt</code> permission for that key.
   *
   * <p><em>For SFTP connectors</em>
   *
   * <p>Make sure that the access role provides read and write access to the parent directory of the
   * file location that's used in the <code>StartFileTransfer</code> request. Additionally, make
   * sure that the role provides <code>secretsmanager:GetSecretValue</code> permission to AWS
   * Secrets Manager .
   *
   * <p>Required. Length: 20 to 2048 characters. Pattern: {@code arn:.*role/.*}. CloudFormation
   * property {@code AccessRole}.
   */
  public Connector accessRole(String value) {
    return set("AccessRole", Value.of(value));
  }

  /** Sets {@code AccessRole} to this value; see {@link #accessRole(String)}. */
  public Connector accessRole(Value<String> value) {
    return set("AccessRole", value);
  }

  /**
   * A structure that contains the parameters for an AS2 connector object.
   *
   * <p>CloudFormation property {@code As2Config}.
   */
  public Connector as2Config(Value<As2Config> value) {
    return set("As2Config", value);
  }

  /**
   * Current egress configuration of the connector, showing how traffic is routed to the SFTP
   * server. Contains VPC Lattice settings when using VPC_LATTICE egress type.
   *
   * <p>When using the VPC_LATTICE egress type, AWS Transfer Family uses a managed Service Network
   * to simplify the resource sharing process.
   *
   * <p>CloudFormation property {@code EgressConfig}.
   */
  public Connector egressConfig(Value<ConnectorEgressConfig> value) {
    return set("EgressConfig", value);
  }

  /**
   * Type of egress configuration for the connector. SERVICE_MANAGED uses Transfer Family managed
   * NAT gateways, while VPC_LATTICE routes traffic through customer VPCs using VPC Lattice.
   *
   * <p>Allowed values: {@code SERVICE_MANAGED}, {@code VPC_LATTICE}. CloudFormation property {@code
   * EgressType}.
   */
  public Connector egressType(String value) {
    return set("EgressType", Value.of(value));
  }

  /** Sets {@code EgressType} to this value; see {@link #egressType(String)}. */
  public Connector egressType(Value<String> value) {
    return set("EgressType", value);
  }

  /**
   * IP address type for Connector
   *
   * <p>Allowed values: {@code IPV4}, {@code DUALSTACK}. CloudFormation property {@code
   * IpAddressType}.
   */
  public Connector ipAddressType(String value) {
    return set("IpAddressType", Value.of(value));
  }

  /** Sets {@code IpAddressType} to this value; see {@link #ipAddressType(String)}. */
  public Connector ipAddressType(Value<String> value) {
    return set("IpAddressType", value);
  }

  /**
   * The Amazon Resource Name (ARN) of the AWS Identity and Access Management (IAM) role that allows
   * a connector to turn on CloudWatch logging for Amazon S3 events. When set, you can view
   * connector activity in your CloudWatch logs.
   *
   * <p>Length: 20 to 2048 characters. Pattern: {@code arn:.*role/.*}. CloudFormation property
   * {@code LoggingRole}.
   */
  public Connector loggingRole(String value) {
    return set("LoggingRole", Value.of(value));
  }

  /** Sets {@code LoggingRole} to this value; see {@link #loggingRole(String)}. */
  public Connector loggingRole(Value<String> value) {
    return set("LoggingRole", value);
  }

  /**
   * The text name of the security policy for the specified connector.
   *
   * <p>Length: 0 to 50 characters. Pattern: {@code
   * TransferSFTPConnectorSecurityPolicy-[A-Za-z0-9-]+}. CloudFormation property {@code
   * SecurityPolicyName}.
   */
  public Connector securityPolicyName(String value) {
    return set("SecurityPolicyName", Value.of(value));
  }

  /** Sets {@code SecurityPolicyName} to this value; see {@link #securityPolicyName(String)}. */
  public Connector securityPolicyName(Value<String> value) {
    return set("SecurityPolicyName", value);
  }

  /**
   * A structure that contains the parameters for an SFTP connector object.
   *
   * <p>CloudFormation property {@code SftpConfig}.
   */
  public Connector sftpConfig(Value<SftpConfig> value) {
    return set("SftpConfig", value);
  }

  /**
   * Key-value pairs that can be used to group and search for connectors.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public Connector tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public Connector tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public Connector tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The URL of the partner's AS2 or SFTP endpoint.
   *
   * <p>When creating AS2 connectors or service-managed SFTP connectors (connectors without egress
   * configuration), you must provide a URL to specify the remote server endpoint. For VPC Lattice
   * type connectors, the URL must be null.
   *
   * <p>Length: 0 to 255 characters. CloudFormation property {@code Url}.
   */
  public Connector url(String value) {
    return set("Url", Value.of(value));
  }

  /** Sets {@code Url} to this value; see {@link #url(String)}. */
  public Connector url(Value<String> value) {
    return set("Url", value);
  }

  /**
   * Specifies the unique Amazon Resource Name (ARN) for the connector.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * The service-assigned ID of the connector that is created.
   *
   * <p>{@code Fn::GetAtt} attribute {@code ConnectorId}.
   */
  public Value<String> connectorId() {
    return getAtt("ConnectorId");
  }

  /**
   * Error message providing details when the connector is in ERRORED status. Contains information
   * to help troubleshoot connector creation or operation failures.
   *
   * <p>{@code Fn::GetAtt} attribute {@code ErrorMessage}.
   */
  public Value<String> errorMessage() {
    return getAtt("ErrorMessage");
  }

  /**
   * The list of egress IP addresses of this connector. These IP addresses are assigned
   * automatically when you create the connector.
   *
   * <p>{@code Fn::GetAtt} attribute {@code ServiceManagedEgressIpAddresses}.
   */
  public Value<List<String>> serviceManagedEgressIpAddresses() {
    return getAtt("ServiceManagedEgressIpAddresses");
  }

  /**
   * Current status of the connector. PENDING indicates creation/update in progress, ACTIVE means
   * ready for operations, and ERRORED indicates a failure requiring attention.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Status}.
   */
  public Value<String> status() {
    return getAtt("Status");
  }

  /**
   * A structure that contains the parameters for an AS2 connector object.
   *
   * <p>Property type {@code AWS::Transfer::Connector.As2Config}.
   */
  public static final class As2Config extends Struct<As2Config> {
    private static final Schema SCHEMA = Schema.builder("AWS::Transfer::Connector.As2Config")
        .constrain("BasicAuthSecretId", Constraint.of().minLength(0).maxLength(2048))
        .allowed("Compression", "ZLIB", "DISABLED")
        .allowed("EncryptionAlgorithm", "AES128_CBC", "AES192_CBC", "AES256_CBC", "NONE",
            "DES_EDE3_CBC")
        .constrain("LocalProfileId", Constraint.of().pattern("^p-([0-9a-f]{17})$").minLength(19).maxLength(19))
        .allowed("MdnResponse", "SYNC", "ASYNC", "NONE")
        .allowed("MdnSigningAlgorithm", "SHA256", "SHA384", "SHA512", "SHA1", "NONE", "DEFAULT")
        .constrain("MessageSubject", Constraint.of().pattern("^[\\u0020-\\u007E\\t]+$").minLength(1).maxLength(1024))
        .constrain("PartnerProfileId", Constraint.of().pattern("^p-([0-9a-f]{17})$").minLength(19).maxLength(19))
        .allowed("PreserveContentType", "ENABLED", "DISABLED")
        .allowed("SigningAlgorithm", "SHA256", "SHA384", "SHA512", "SHA1", "NONE")
        .build();

    public As2Config() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code AsyncMdnConfig}. */
    public As2Config asyncMdnConfig(Value<ConnectorAsyncMdnConfig> value) {
      return set("AsyncMdnConfig", value);
    }

    /**
     * Provides Basic authentication support to the AS2 Connectors API. To use Basic authentication,
     * you must provide the name or Amazon Resource Name (ARN) of a secret in AWS Secrets Manager .
     *
     * <p>The default value for this parameter is <code>null</code> , which indicates that Basic
     * authentication is not enabled for the connector.
     *
     * <p>If the connector should use Basic authentication, the secret needs to be in the following
     * format:
     *
     * <p><code>{ "Username": "user-name", "Password": "user-password" }</code>
     *
     * <p>Replace <code>user-name</code> and <code>user-password</code> with the credentials for the
     * actual user that is being authenticated.
     *
     * <p>Note the following:
     *
     * <ul> <li>You are storing these credentials in Secrets Manager, <em>not passing them
     * directly</em> into this API. <li>If you are using the API, SDKs, or CloudFormation to
     * configure your connector, then you must create the secret before you can enable Basic
     * authentication. However, if you are using the AWS management console, you can have the system
     * create the secret for you. </ul>
     *
     * <p>If you have previously enabled Basic authentication for a connector, you can disable it by
     * using the <code>UpdateConnector</code> API call. For example, if you are using the CLI, you
     * can run the following command to remove Basic authentication:
     *
     * <p><code>update-connector --connector-id my-connector-id --as2-config
     * 'BasicAuthSecretId=""'</code>
     *
     * <p>Length: 0 to 2048 characters. CloudFormation property {@code BasicAuthSecretId}.
     */
    public As2Config basicAuthSecretId(String value) {
      return set("BasicAuthSecretId", Value.of(value));
    }

    /** Sets {@code BasicAuthSecretId} to this value; see {@link #basicAuthSecretId(String)}. */
    public As2Config basicAuthSecretId(Value<String> value) {
      return set("BasicAuthSecretId", value);
    }

    /**
     * Specifies whether the AS2 file is compressed.
     *
     * <p>Allowed values: {@code ZLIB}, {@code DISABLED}. CloudFormation property {@code
     * Compression}.
     */
    public As2Config compression(String value) {
      return set("Compression", Value.of(value));
    }

    /** Sets {@code Compression} to this value; see {@link #compression(String)}. */
    public As2Config compression(Value<String> value) {
      return set("Compression", value);
    }

    /**
     * The algorithm that is used to encrypt the file.
     *
     * <p>Note the following:
     *
     * <ul> <li>Do not use the <code>DES_EDE3_CBC</code> algorithm unless you must support a legacy
     * client that requires it, as it is a weak encryption algorithm. <li>You can only specify
     * <code>NONE</code> if the URL for your connector uses HTTPS. Using HTTPS ensures that no
     * traffic is sent in clear text. </ul>
     *
     * <p>Allowed values: {@code AES128_CBC}, {@code AES192_CBC}, {@code AES256_CBC}, {@code NONE},
     * {@code DES_EDE3_CBC}. CloudFormation property {@code EncryptionAlgorithm}.
     */
    public As2Config encryptionAlgorithm(String value) {
      return set("EncryptionAlgorithm", Value.of(value));
    }

    /** Sets {@code EncryptionAlgorithm} to this value; see {@link #encryptionAlgorithm(String)}. */
    public As2Config encryptionAlgorithm(Value<String> value) {
      return set("EncryptionAlgorithm", value);
    }

    /**
     * A unique identifier for the AS2 local profile.
     *
     * <p>Length: 19 to 19 characters. Pattern: {@code ^p-([0-9a-f]{17})$}. CloudFormation property
     * {@code LocalProfileId}.
     */
    public As2Config localProfileId(String value) {
      return set("LocalProfileId", Value.of(value));
    }

    /** Sets {@code LocalProfileId} to this value; see {@link #localProfileId(String)}. */
    public As2Config localProfileId(Value<String> value) {
      return set("LocalProfileId", value);
    }

    /**
     * Used for outbound requests (from an AWS Transfer Family connector to a partner AS2 server) to
     * determine whether the partner response for transfers is synchronous or asynchronous. Specify
     * either of the following values:
     *
     * <ul> <li><code>SYNC</code> : The system expects a synchronous MDN response, confirming that
     * the file was transferred successfully (or not). <li><code>NONE</code> : Specifies that no MDN
     * response is required. </ul>
     *
     * <p>Allowed values: {@code SYNC}, {@code ASYNC}, {@code NONE}. CloudFormation property {@code
     * MdnResponse}.
     */
    public As2Config mdnResponse(String value) {
      return set("MdnResponse", Value.of(value));
    }

    /** Sets {@code MdnResponse} to this value; see {@link #mdnResponse(String)}. */
    public As2Config mdnResponse(Value<String> value) {
      return set("MdnResponse", value);
    }

    /**
     * The signing algorithm for the MDN response.
     *
     * <p>If set to DEFAULT (or not set at all), the value for <code>SigningAlgorithm</code> is
     * used.
     *
     * <p>Allowed values: {@code SHA256}, {@code SHA384}, {@code SHA512}, {@code SHA1}, {@code
     * NONE}, {@code DEFAULT}. CloudFormation property {@code MdnSigningAlgorithm}.
     */
    public As2Config mdnSigningAlgorithm(String value) {
      return set("MdnSigningAlgorithm", Value.of(value));
    }

    /** Sets {@code MdnSigningAlgorithm} to this value; see {@link #mdnSigningAlgorithm(String)}. */
    public As2Config mdnSigningAlgorithm(Value<String> value) {
      return set("MdnSigningAlgorithm", value);
    }

    /**
     * Used as the <code>Subject</code> HTTP header attribute in AS2 messages that are being sent
     * with the connector.
     *
     * <p>Length: 1 to 1024 characters. Pattern: {@code ^[&#92;u0020-&#92;u007E&#92;t]+$}.
     * CloudFormation property {@code MessageSubject}.
     */
    public As2Config messageSubject(String value) {
      return set("MessageSubject", Value.of(value));
    }

    /** Sets {@code MessageSubject} to this value; see {@link #messageSubject(String)}. */
    public As2Config messageSubject(Value<String> value) {
      return set("MessageSubject", value);
    }

    /**
     * A unique identifier for the partner profile for the connector.
     *
     * <p>Length: 19 to 19 characters. Pattern: {@code ^p-([0-9a-f]{17})$}. CloudFormation property
     * {@code PartnerProfileId}.
     */
    public As2Config partnerProfileId(String value) {
      return set("PartnerProfileId", Value.of(value));
    }

    /** Sets {@code PartnerProfileId} to this value; see {@link #partnerProfileId(String)}. */
    public As2Config partnerProfileId(Value<String> value) {
      return set("PartnerProfileId", value);
    }

    /**
     * Specifies whether to use the AWS S3 object content-type as the content-type for the AS2
     * message.
     *
     * <p>Allowed values: {@code ENABLED}, {@code DISABLED}. CloudFormation property {@code
     * PreserveContentType}.
     */
    public As2Config preserveContentType(String value) {
      return set("PreserveContentType", Value.of(value));
    }

    /** Sets {@code PreserveContentType} to this value; see {@link #preserveContentType(String)}. */
    public As2Config preserveContentType(Value<String> value) {
      return set("PreserveContentType", value);
    }

    /**
     * The algorithm that is used to sign the AS2 messages sent with the connector.
     *
     * <p>Allowed values: {@code SHA256}, {@code SHA384}, {@code SHA512}, {@code SHA1}, {@code
     * NONE}. CloudFormation property {@code SigningAlgorithm}.
     */
    public As2Config signingAlgorithm(String value) {
      return set("SigningAlgorithm", Value.of(value));
    }

    /** Sets {@code SigningAlgorithm} to this value; see {@link #signingAlgorithm(String)}. */
    public As2Config signingAlgorithm(Value<String> value) {
      return set("SigningAlgorithm", value);
    }
  }

  /** Property type {@code AWS::Transfer::Connector.ConnectorAsyncMdnConfig}. */
  public static final class ConnectorAsyncMdnConfig extends Struct<ConnectorAsyncMdnConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::Transfer::Connector.ConnectorAsyncMdnConfig")
        .required("ServerIds", "Url")
        .constrain("ServerIds", Constraint.of().pattern("^s-([0-9a-f]{17})$").minLength(19).maxLength(19))
        .constrain("Url", Constraint.of().minLength(0).maxLength(255))
        .build();

    public ConnectorAsyncMdnConfig() {
      super(SCHEMA);
    }

    /**
     * Required. Length: 19 to 19 characters. Pattern: {@code ^s-([0-9a-f]{17})$}. CloudFormation
     * property {@code ServerIds}.
     */
    public ConnectorAsyncMdnConfig serverIds(List<String> value) {
      return set("ServerIds", Value.listOf(value));
    }

    /** Sets {@code ServerIds} to this value; see {@link #serverIds(List)}. */
    public ConnectorAsyncMdnConfig serverIds(Value<List<String>> value) {
      return set("ServerIds", value);
    }

    /**
     * URL of the server to receive the MDN response on
     *
     * <p>Required. Length: 0 to 255 characters. CloudFormation property {@code Url}.
     */
    public ConnectorAsyncMdnConfig url(String value) {
      return set("Url", Value.of(value));
    }

    /** Sets {@code Url} to this value; see {@link #url(String)}. */
    public ConnectorAsyncMdnConfig url(Value<String> value) {
      return set("Url", value);
    }
  }

  /**
   * Configuration structure that defines how traffic is routed from the connector to the SFTP
   * server. Contains VPC Lattice settings when using VPC_LATTICE egress type for private
   * connectivity through customer VPCs.
   *
   * <p>Property type {@code AWS::Transfer::Connector.ConnectorEgressConfig}.
   */
  public static final class ConnectorEgressConfig extends Struct<ConnectorEgressConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::Transfer::Connector.ConnectorEgressConfig")
        .required("VpcLattice")
        .build();

    public ConnectorEgressConfig() {
      super(SCHEMA);
    }

    /**
     * VPC_LATTICE configuration for routing connector traffic through customer VPCs. Enables
     * private connectivity to SFTP servers without requiring public internet access or complex
     * network configurations.
     *
     * <p>Required. CloudFormation property {@code VpcLattice}.
     */
    public ConnectorEgressConfig vpcLattice(Value<ConnectorVpcLatticeEgressConfig> value) {
      return set("VpcLattice", value);
    }
  }

  /**
   * VPC_LATTICE egress configuration that specifies the Resource Configuration ARN and port for
   * connecting to SFTP servers through customer VPCs. Requires a valid Resource Configuration with
   * appropriate network access.
   *
   * <p>Property type {@code AWS::Transfer::Connector.ConnectorVpcLatticeEgressConfig}.
   */
  public static final class ConnectorVpcLatticeEgressConfig extends Struct<ConnectorVpcLatticeEgressConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::Transfer::Connector.ConnectorVpcLatticeEgressConfig")
        .required("ResourceConfigurationArn")
        .constrain("PortNumber", Constraint.of().minimum(1).maximum(65535))
        .constrain("ResourceConfigurationArn", Constraint.of().pattern("^arn:[a-z0-9\\-]+:vpc-lattice:[a-zA-Z0-9\\-]+:\\d{12}:resourceconfiguration/rcfg-[0-9a-z]{17}$").minLength(1).maxLength(2048))
        .build();

    public ConnectorVpcLatticeEgressConfig() {
      super(SCHEMA);
    }

    /**
     * Port number for connecting to the SFTP server through VPC_LATTICE. Defaults to 22 if not
     * specified. Must match the port on which the target SFTP server is listening.
     *
     * <p>Range: 1 to 65535. CloudFormation property {@code PortNumber}.
     */
    public ConnectorVpcLatticeEgressConfig portNumber(int value) {
      return set("PortNumber", Value.of(value));
    }

    /** Sets {@code PortNumber} to this value; see {@link #portNumber(int)}. */
    public ConnectorVpcLatticeEgressConfig portNumber(Value<Integer> value) {
      return set("PortNumber", value);
    }

    /**
     * ARN of the VPC_LATTICE Resource Configuration that defines the target SFTP server location.
     * Must point to a valid Resource Configuration in the customer's VPC with appropriate network
     * connectivity to the SFTP server.
     *
     * <p>Required. Length: 1 to 2048 characters. Pattern: {@code
     * ^arn:[a-z0-9&#92;-]+:vpc-lattice:[a-zA-Z0-9&#92;-]+:&#92;d{12}:resourceconfiguration/rcfg-[0-9a-z]{17}$}.
     * CloudFormation property {@code ResourceConfigurationArn}.
     */
    public ConnectorVpcLatticeEgressConfig resourceConfigurationArn(String value) {
      return set("ResourceConfigurationArn", Value.of(value));
    }

    /**
     * Sets {@code ResourceConfigurationArn} to this value; see {@link
     * #resourceConfigurationArn(String)}.
     */
    public ConnectorVpcLatticeEgressConfig resourceConfigurationArn(Value<String> value) {
      return set("ResourceConfigurationArn", value);
    }
  }

  /**
   * A structure that contains the parameters for an SFTP connector object.
   *
   * <p>Property type {@code AWS::Transfer::Connector.SftpConfig}.
   */
  public static final class SftpConfig extends Struct<SftpConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::Transfer::Connector.SftpConfig")
        .constrain("MaxConcurrentConnections", Constraint.of().minimum(1).maximum(5))
        .constrain("OrderedUserSecretVersionStages", Constraint.of().minLength(1).maxLength(256))
        .constrain("TrustedHostKeys", Constraint.of().minLength(1).maxLength(2048))
        .constrain("UserSecretId", Constraint.of().minLength(1).maxLength(2048))
        .build();

    public SftpConfig() {
      super(SCHEMA);
    }

    /**
     * Specify the number of concurrent connections that your connector creates to the remote
     * server. The default value is <code>1</code> . The maximum values is <code>5</code> .
     *
     * <p>If you are using the AWS Management Console , the default value is <code>5</code> .
     *
     * <p>This parameter specifies the number of active connections that your connector can
     * establish with the remote server at the same time. Increasing this value can enhance
     * connector performance when transferring large file batches by enabling parallel operations.
     *
     * <p>Range: 1 to 5. Default: {@code 1}. CloudFormation property {@code
     * MaxConcurrentConnections}.
     */
    public SftpConfig maxConcurrentConnections(int value) {
      return set("MaxConcurrentConnections", Value.of(value));
    }

    /**
     * Sets {@code MaxConcurrentConnections} to this value; see {@link
     * #maxConcurrentConnections(int)}.
     */
    public SftpConfig maxConcurrentConnections(Value<Integer> value) {
      return set("MaxConcurrentConnections", value);
    }

    /**
     * Specifies the order in which the connector attempts to use secret versions during
     * authentication. This enables fallback to alternative credentials if the primary version
     * fails.
     *
     * <p>Length: 1 to 256 characters. CloudFormation property {@code
     * OrderedUserSecretVersionStages}.
     */
    public SftpConfig orderedUserSecretVersionStages(List<String> value) {
      return set("OrderedUserSecretVersionStages", Value.listOf(value));
    }

    /**
     * Sets {@code OrderedUserSecretVersionStages} to this value; see {@link
     * #orderedUserSecretVersionStages(List)}.
     */
    public SftpConfig orderedUserSecretVersionStages(Value<List<String>> value) {
      return set("OrderedUserSecretVersionStages", value);
    }

    /**
     * The public portion of the host key, or keys, that are used to identify the external server to
     * which you are connecting. You can use the <code>ssh-keyscan</code> command against the SFTP
     * server to retrieve the necessary key.
     *
     * <p><code>TrustedHostKeys</code> is optional for <code>CreateConnector</code> . If not
     * provided, you can use <code>TestConnection</code> to retrieve the server host key during the
     * initial connection attempt, and subsequently update the connector with the observed host key.
     *
     * <p>When creating connectors with egress config (VPC_LATTICE type connectors), since host name
     * is not something we can verify, the only accepted trusted host key format is <code>key-type
     * key-body</code> without the host name. For example: <code>ssh-rsa
     * AAAAB3Nza...&lt;long-string-for-public-key&gt;</code>
     *
     * <p>The three standard SSH public key format elements are <code>&lt;key type&gt;</code> ,
     * <code>&lt;body base64&gt;</code> , and an optional <code>&lt;comment&gt;</code> , with spaces
     * between each element. Specify only the <code>&lt;key type&gt;</code> and <code>&lt;body
     * base64&gt;</code> : do not enter the <code>&lt;comment&gt;</code> portion of the key.
     *
     * <p>For the trusted host key, AWS Transfer Family accepts RSA and ECDSA keys.
     *
     * <ul> <li>For RSA keys, the <code>&lt;key type&gt;</code> string is <code>ssh-rsa</code> .
     * <li>For ECDSA keys, the <code>&lt;key type&gt;</code> string is either
     * <code>ecdsa-sha2-nistp256</code> , <code>ecdsa-sha2-nistp384</code> , or
     * <code>ecdsa-sha2-nistp521</code> , depending on the size of the key you generated. </ul>
     *
     * <p>Run this command to retrieve the SFTP server host key, where your SFTP server name is
     * <code>ftp.host.com</code> .
     *
     * <p><code>ssh-keyscan ftp.host.com</code>
     *
     * <p>This prints the public host key to standard output.
     *
     * <p><code>ftp.host.com ssh-rsa AAAAB3Nza...&lt;long-string-for-public-key&gt;</code>
     *
     * <p>Copy and paste this string into the <code>TrustedHostKeys</code> field for the
     * <code>create-connector</code> command or into the <em>Trusted host keys</em> field in the
     * console.
     *
     * <p>For VPC Lattice type connectors (VPC_LATTICE), remove the hostname from the key and use
     * only the <code>key-type key-body</code> format. In this example, it should be: <code>ssh-rsa
     * AAAAB3Nza...&lt;long-string-for-public-key&gt;</code>
     *
     * <p>Length: 1 to 2048 characters. CloudFormation property {@code TrustedHostKeys}.
     */
    public SftpConfig trustedHostKeys(List<String> value) {
      return set("TrustedHostKeys", Value.listOf(value));
    }

    /** Sets {@code TrustedHostKeys} to this value; see {@link #trustedHostKeys(List)}. */
    public SftpConfig trustedHostKeys(Value<List<String>> value) {
      return set("TrustedHostKeys", value);
    }

    /**
     * The identifier for the secret (in AWS Secrets Manager) that contains the SFTP user's private
     * key, password, or both. The identifier must be the Amazon Resource Name (ARN) of the secret.
     *
     * <p>- Required when creating an SFTP connector - Optional when updating an existing SFTP
     * connector
     *
     * <p>Length: 1 to 2048 characters. CloudFormation property {@code UserSecretId}.
     */
    public SftpConfig userSecretId(String value) {
      return set("UserSecretId", Value.of(value));
    }

    /** Sets {@code UserSecretId} to this value; see {@link #userSecretId(String)}. */
    public SftpConfig userSecretId(Value<String> value) {
      return set("UserSecretId", value);
    }
  }
}
