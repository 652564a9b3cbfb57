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
 * The <code>AWS::DataSync::LocationSMB</code> resource specifies a Server Message Block (SMB)
 * location that AWS DataSync can use as a transfer source or destination.
 *
 * <p>CloudFormation type {@code AWS::DataSync::LocationSMB}.
 */
public final class LocationSMB extends Resource<LocationSMB> {
  private static final Schema SCHEMA = Schema.builder("AWS::DataSync::LocationSMB")
      .required("AgentArns")
      .constrain("AgentArns", Constraint.of().pattern("^arn:(aws|aws-cn|aws-us-gov|aws-eusc|aws-iso|aws-iso-b):datasync:[a-z\\-0-9]+:[0-9]{12}:agent/agent-[0-9a-z]{17}$").minLength(0).maxLength(128))
      .allowed("AuthenticationType", "NTLM", "KERBEROS")
      .constrain("DnsIpAddresses", Constraint.of().pattern("\\A(25[0-5]|2[0-4]\\d|[0-1]?\\d?\\d)(\\.(25[0-5]|2[0-4]\\d|[0-1]?\\d?\\d)){3}\\Z").minLength(7).maxLength(15))
      .constrain("Domain", Constraint.of().pattern("^([A-Za-z0-9]+[A-Za-z0-9-.]*)*[A-Za-z0-9-]*[A-Za-z0-9]$").minLength(0).maxLength(253))
      .constrain("KerberosKeytab", Constraint.of().maxLength(87384))
      .constrain("KerberosKrb5Conf", Constraint.of().maxLength(174764))
      .constrain("KerberosPrincipal", Constraint.of().pattern("^.+$").minLength(1).maxLength(256))
      .constrain("Password", Constraint.of().pattern("^.{0,104}$").maxLength(104))
      .constrain("ServerHostname", Constraint.of().pattern("^(([a-zA-Z0-9\\-]*[a-zA-Z0-9])\\.)*([A-Za-z0-9\\-]*[A-Za-z0-9])$").minLength(0).maxLength(255))
      .constrain("Subdirectory", Constraint.of().pattern("^[a-zA-Z0-9_\\-\\+\\./\\(\\)\\$\\p{Zs}]+$").minLength(0).maxLength(4096))
      .constrain("User", Constraint.of().pattern("^[^\\x5B\\x5D\\\\/:;|=,+*?]{1,104}$").maxLength(104))
      .refYields("LocationArn")
      .attributes("CmkSecretConfig.SecretArn", "LocationArn", "LocationUri", "ManagedSecretConfig")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public LocationSMB(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * Specifies the DataSync agent (or agents) that can connect to your SMB file server. You specify
   * an agent by using its Amazon Resource Name (ARN).
   *
   * <p>Required. Length: 0 to 128 characters. Pattern: {@code
   * ^arn:(aws|aws-cn|aws-us-gov|aws-eusc|aws-iso|aws-iso-b):datasync:[a-z&#92;-0-9]+:[0-9]{12}:agent/agent-[0-9a-z]{17}$}.
   * CloudFormation property {@code AgentArns}.
   */
  public LocationSMB agentArns(List<String> value) {
    return set("AgentArns", Value.listOf(value));
  }

  /** Sets {@code AgentArns} to this value; see {@link #agentArns(List)}. */
  public LocationSMB agentArns(Value<List<String>> value) {
    return set("AgentArns", value);
  }

  /**
   * The authentication mode used to determine identity of user.
   *
   * <p>Allowed values: {@code NTLM}, {@code KERBEROS}. CloudFormation property {@code
   * AuthenticationType}.
   */
  public LocationSMB authenticationType(String value) {
    return set("AuthenticationType", Value.of(value));
  }

  /** Sets {@code AuthenticationType} to this value; see {@link #authenticationType(String)}. */
  public LocationSMB authenticationType(Value<String> value) {
    return set("AuthenticationType", value);
  }

  /**
   * Specifies configuration information for a DataSync-managed secret, such as an authentication
   * token, secret key, password, or Kerberos keytab that DataSync uses to access a specific storage
   * location, with a customer-managed AWS KMS key .
   *
   * <p>You can use either <code>CmkSecretConfig</code> or <code>CustomSecretConfig</code> to
   * provide credentials for a <code>CreateLocation</code> request. Do not provide both parameters
   * for the same request.
   *
   * <p>CloudFormation property {@code CmkSecretConfig}.
   */
  public LocationSMB cmkSecretConfig(Value<CmkSecretConfig> value) {
    return set("CmkSecretConfig", value);
  }

  /**
   * Specifies configuration information for a customer-managed Secrets Manager secret where a
   * storage location credentials is stored in Secrets Manager as plain text (for authentication
   * token, secret key, or password) or as binary (for Kerberos keytab). This configuration includes
   * the secret ARN, and the ARN for an IAM role that provides access to the secret.
   *
   * <p>You can use either <code>CmkSecretConfig</code> or <code>CustomSecretConfig</code> to
   * provide credentials for a <code>CreateLocation</code> request. Do not provide both parameters
   * for the same request.
   *
   * <p>CloudFormation property {@code CustomSecretConfig}.
   */
  public LocationSMB customSecretConfig(Value<CustomSecretConfig> value) {
    return set("CustomSecretConfig", value);
  }

  /**
   * Specifies the IPv4 addresses for the DNS servers that your SMB file server belongs to. This
   * parameter applies only if AuthenticationType is set to KERBEROS. If you have multiple domains
   * in your environment, configuring this parameter makes sure that DataSync connects to the right
   * SMB file server.
   *
   * <p>Length: 7 to 15 characters. Pattern: {@code
   * &#92;A(25[0-5]|2[0-4]&#92;d|[0-1]?&#92;d?&#92;d)(&#92;.(25[0-5]|2[0-4]&#92;d|[0-1]?&#92;d?&#92;d)){3}&#92;Z}.
   * CloudFormation property {@code DnsIpAddresses}.
   */
  public LocationSMB dnsIpAddresses(List<String> value) {
    return set("DnsIpAddresses", Value.listOf(value));
  }

  /** Sets {@code DnsIpAddresses} to this value; see {@link #dnsIpAddresses(List)}. */
  public LocationSMB dnsIpAddresses(Value<List<String>> value) {
    return set("DnsIpAddresses", value);
  }

  /**
   * Specifies the Windows domain name that your SMB file server belongs to. This parameter applies
   * only if <code>AuthenticationType</code> is set to <code>NTLM</code> .
   *
   * <p>If you have multiple domains in your environment, configuring this parameter makes sure that
   * DataSync connects to the right file server.
   *
   * <p>Length: 0 to 253 characters. Pattern: {@code
   * ^([A-Za-z0-9]+[A-Za-z0-9-.]*)*[A-Za-z0-9-]*[A-Za-z0-9]$}. CloudFormation property {@code
   * Domain}.
   */
  public LocationSMB domain(String value) {
    return set("Domain", Value.of(value));
  }

  /** Sets {@code Domain} to this value; see {@link #domain(String)}. */
  public LocationSMB domain(Value<String> value) {
    return set("Domain", value);
  }

  /**
   * The Base64 string representation of the Keytab file. Specifies your Kerberos key table (keytab)
   * file, which includes mappings between your service principal name (SPN) and encryption keys. To
   * avoid task execution errors, make sure that the SPN in the keytab file matches exactly what you
   * specify for KerberosPrincipal and in your krb5.conf file.
   *
   * <p>Length: at most 87384 characters. CloudFormation property {@code KerberosKeytab}.
   */
  public LocationSMB kerberosKeytab(String value) {
    return set("KerberosKeytab", Value.of(value));
  }

  /** Sets {@code KerberosKeytab} to this value; see {@link #kerberosKeytab(String)}. */
  public LocationSMB kerberosKeytab(Value<String> value) {
    return set("KerberosKeytab", value);
  }

  /**
   * The string representation of the Krb5Conf file, or the presigned URL to access the Krb5.conf
   * file within an S3 bucket. Specifies a Kerberos configuration file (krb5.conf) that defines your
   * Kerberos realm configuration. To avoid task execution errors, make sure that the service
   * principal name (SPN) in the krb5.conf file matches exactly what you specify for
   * KerberosPrincipal and in your keytab file.
   *
   * <p>Length: at most 174764 characters. CloudFormation property {@code KerberosKrb5Conf}.
   */
  public LocationSMB kerberosKrb5Conf(String value) {
    return set("KerberosKrb5Conf", Value.of(value));
  }

  /** Sets {@code KerberosKrb5Conf} to this value; see {@link #kerberosKrb5Conf(String)}. */
  public LocationSMB kerberosKrb5Conf(Value<String> value) {
    return set("KerberosKrb5Conf", value);
  }

  /**
   * Specifies a service principal name (SPN), which is an identity in your Kerberos realm that has
   * permission to access the files, folders, and file metadata in your SMB file server. SPNs are
   * case sensitive and must include a prepended cifs/. For example, an SPN might look like
   * cifs/kerberosuser&#64;EXAMPLE.COM. Your task execution will fail if the SPN that you provide
   * for this parameter doesn't match exactly what's in your keytab or krb5.conf files.
   *
   * <p>Length: 1 to 256 characters. Pattern: {@code ^.+$}. CloudFormation property {@code
   * KerberosPrincipal}.
   */
  public LocationSMB kerberosPrincipal(String value) {
    return set("KerberosPrincipal", Value.of(value));
  }

  /** Sets {@code KerberosPrincipal} to this value; see {@link #kerberosPrincipal(String)}. */
  public LocationSMB kerberosPrincipal(Value<String> value) {
    return set("KerberosPrincipal", value);
  }

  /**
   * Specifies the version of the SMB protocol that DataSync uses to access your SMB file server.
   *
   * <p>CloudFormation property {@code MountOptions}.
   */
  public LocationSMB mountOptions(Value<MountOptions> value) {
    return set("MountOptions", value);
  }

  /**
   * Specifies the password of the user who can mount your SMB file server and has permission to
   * access the files and folders involved in your transfer. This parameter applies only if
   * <code>AuthenticationType</code> is set to <code>NTLM</code> .
   *
   * <p>Length: at most 104 characters. Pattern: {@code ^.{0,104}$}. CloudFormation property {@code
   * Password}.
   */
  public LocationSMB password(String value) {
    return set("Password", Value.of(value));
  }

  /** Sets {@code Password} to this value; see {@link #password(String)}. */
  public LocationSMB password(Value<String> value) {
    return set("Password", value);
  }

  /**
   * Specifies the domain name or IP address (IPv4 or IPv6) of the SMB file server that your
   * DataSync agent connects to.
   *
   * <p>If you're using Kerberos authentication, you must specify a domain name.
   *
   * <p>Changing it replaces the resource. Length: 0 to 255 characters. Pattern: {@code
   * ^(([a-zA-Z0-9&#92;-]*[a-zA-Z0-9])&#92;.)*([A-Za-z0-9&#92;-]*[A-Za-z0-9])$}. CloudFormation
   * property {@code ServerHostname}.
   */
  public LocationSMB serverHostname(String value) {
    return set("ServerHostname", Value.of(value));
  }

  /** Sets {@code ServerHostname} to this value; see {@link #serverHostname(String)}. */
  public LocationSMB serverHostname(Value<String> value) {
    return set("ServerHostname", value);
  }

  /**
   * Specifies the name of the share exported by your SMB file server where DataSync will read or
   * write data. You can include a subdirectory in the share path (for example,
   * <code>/path/to/subdirectory</code> ). Make sure that other SMB clients in your network can also
   * mount this path.
   *
   * <p>To copy all data in the subdirectory, DataSync must be able to mount the SMB share and
   * access all of its data. For more information, see <a
   * href="https://docs.aws.amazon.com/datasync/latest/userguide/create-smb-location.html#configuring-smb-permissions">Providing
   * DataSync access to SMB file servers</a> .
   *
   * <p>Length: 0 to 4096 characters. Pattern: {@code
   * ^[a-zA-Z0-9_&#92;-&#92;+&#92;./&#92;(&#92;)&#92;$&#92;p{Zs}]+$}. CloudFormation property {@code
   * Subdirectory}.
   */
  public LocationSMB subdirectory(String value) {
    return set("Subdirectory", Value.of(value));
  }

  /** Sets {@code Subdirectory} to this value; see {@link #subdirectory(String)}. */
  public LocationSMB subdirectory(Value<String> value) {
    return set("Subdirectory", value);
  }

  /**
   * Specifies labels that help you categorize, filter, and search for your AWS resources. We
   * recommend creating at least a name tag for your location.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public LocationSMB tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public LocationSMB tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public LocationSMB tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * Specifies the user that can mount and access the files, folders, and file metadata in your SMB
   * file server. This parameter applies only if <code>AuthenticationType</code> is set to
   * <code>NTLM</code> .
   *
   * <p>For information about choosing a user with the right level of access for your transfer, see
   * <a
   * href="https://docs.aws.amazon.com/datasync/latest/userguide/create-smb-location.html#configuring-smb-permissions">Providing
   * DataSync access to SMB file servers</a> .
   *
   * <p>Length: at most 104 characters. Pattern: {@code
   * ^[^&#92;x5B&#92;x5D&#92;&#92;/:;|=,+*?]{1,104}$}. CloudFormation property {@code User}.
   */
  public LocationSMB user(String value) {
    return set("User", Value.of(value));
  }

  /** Sets {@code User} to this value; see {@link #user(String)}. */
  public LocationSMB user(Value<String> value) {
    return set("User", value);
  }

  /**
   * Specifies the ARN for the DataSync-managed AWS Secrets Manager secret that that is used to
   * access a specific storage location. This property is generated by DataSync and is read-only.
   * DataSync encrypts this secret with the KMS key that you specify for <code>KmsKeyArn</code> .
   *
   * <p>{@code Fn::GetAtt} attribute {@code CmkSecretConfig.SecretArn}.
   */
  public Value<String> cmkSecretConfigSecretArn() {
    return getAtt("CmkSecretConfig.SecretArn");
  }

  /**
   * The Amazon Resource Name (ARN) of the specified SMB location.
   *
   * <p>{@code Fn::GetAtt} attribute {@code LocationArn}.
   */
  public Value<String> locationArn() {
    return getAtt("LocationArn");
  }

  /**
   * The URI of the specified SMB location.
   *
   * <p>{@code Fn::GetAtt} attribute {@code LocationUri}.
   */
  public Value<String> locationUri() {
    return getAtt("LocationUri");
  }

  /**
   * Specifies configuration information for a DataSync-managed secret, such as a password or set of
   * credentials that DataSync uses to access a specific transfer location. DataSync uses the
   * default AWS-managed KMS key to encrypt this secret in AWS Secrets Manager.
   *
   * <p>{@code Fn::GetAtt} attribute {@code ManagedSecretConfig}.
   */
  public Value<ManagedSecretConfig> managedSecretConfig() {
    return getAtt("ManagedSecretConfig");
  }

  /**
   * Specifies configuration information for a DataSync-managed secret, such as an authentication
   * token, secret key, password, or Kerberos keytab that DataSync uses to access a specific storage
   * location, with a customer-managed AWS KMS key .
   *
   * <p>You can use either <code>CmkSecretConfig</code> or <code>CustomSecretConfig</code> to
   * provide credentials for a <code>CreateLocation</code> request. Do not provide both parameters
   * for the same request.
   *
   * <p>Property type {@code AWS::DataSync::LocationSMB.CmkSecretConfig}.
   */
  public static final class CmkSecretConfig extends Struct<CmkSecretConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::DataSync::LocationSMB.CmkSecretConfig")
        .constrain("KmsKeyArn", Constraint.of().pattern("^(arn:(aws|aws-cn|aws-us-gov|aws-eusc|aws-iso|aws-iso-b):kms:[a-z-0-9]+:[0-9]{12}:key/.*|)$").minLength(0).maxLength(2048).format("AWS::KMS::Key.Arn"))
        .constrain("SecretArn", Constraint.of().pattern("^(arn:(aws|aws-cn|aws-us-gov|aws-eusc|aws-iso|aws-iso-b):secretsmanager:[a-z-0-9]+:[0-9]{12}:secret:.*|)$").minLength(0).maxLength(2048))
        .build();

    public CmkSecretConfig() {
      super(SCHEMA);
    }

    /**
     * Specifies the ARN for the customer-managed AWS KMS key that DataSync uses to encrypt the
     * DataSync-managed secret stored for <code>SecretArn</code> . DataSync provides this key to AWS
     * Secrets Manager .
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
     * Specifies the ARN for the DataSync-managed AWS Secrets Manager secret that that is used to
     * access a specific storage location. This property is generated by DataSync and is read-only.
     * DataSync encrypts this secret with the KMS key that you specify for <code>KmsKeyArn</code> .
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
   * Specifies configuration information for a customer-managed Secrets Manager secret where a
   * storage location credentials is stored in Secrets Manager as plain text (for authentication
   * token, secret key, or password) or as binary (for Kerberos keytab). This configuration includes
   * the secret ARN, and the ARN for an IAM role that provides access to the secret.
   *
   * <p>You can use either <code>CmkSecretConfig</code> or <code>CustomSecretConfig</code> to
   * provide credentials for a <code>CreateLocation</code> request. Do not provide both parameters
   * for the same request.
   *
   * <p>Property type {@code AWS::DataSync::LocationSMB.CustomSecretConfig}.
   */
  public static final class CustomSecretConfig extends Struct<CustomSecretConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::DataSync::LocationSMB.CustomSecretConfig")
        .required("SecretAccessRoleArn", "SecretArn")
        .constrain("SecretAccessRoleArn", Constraint.of().pattern("^(arn:(aws|aws-cn|aws-us-gov|aws-eusc|aws-iso|aws-iso-b):iam::[0-9]{12}:role/.*|)$").minLength(0).maxLength(2048).format("AWS::IAM::Role.Arn"))
        .constrain("SecretArn", Constraint.of().pattern("^(arn:(aws|aws-cn|aws-us-gov|aws-eusc|aws-iso|aws-iso-b):secretsmanager:[a-z-0-9]+:[0-9]{12}:secret:.*|)$").minLength(0).maxLength(2048))
        .build();

    public CustomSecretConfig() {
      super(SCHEMA);
    }

    /**
     * Specifies the ARN for the AWS Identity and Access Management role that DataSync uses to
     * access the secret specified for <code>SecretArn</code> .
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
     * Specifies the ARN for an AWS Secrets Manager secret.
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
   * uses the default AWS -managed KMS key to encrypt this secret in AWS Secrets Manager .
   *
   * <p>Property type {@code AWS::DataSync::LocationSMB.ManagedSecretConfig}.
   */
  public static final class ManagedSecretConfig extends Struct<ManagedSecretConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::DataSync::LocationSMB.ManagedSecretConfig")
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
   * Specifies the version of the SMB protocol that DataSync uses to access your SMB file server.
   *
   * <p>Property type {@code AWS::DataSync::LocationSMB.MountOptions}.
   */
  public static final class MountOptions extends Struct<MountOptions> {
    private static final Schema SCHEMA = Schema.builder("AWS::DataSync::LocationSMB.MountOptions")
        .allowed("Version", "AUTOMATIC", "SMB1", "SMB2_0", "SMB2", "SMB3")
        .build();

    public MountOptions() {
      super(SCHEMA);
    }

    /**
     * By default, DataSync automatically chooses an SMB protocol version based on negotiation with
     * your SMB file server. You also can configure DataSync to use a specific SMB version, but we
     * recommend doing this only if DataSync has trouble negotiating with the SMB file server
     * automatically.
     *
     * <p>These are the following options for configuring the SMB version:
     *
     * <ul> <li><code>AUTOMATIC</code> (default): DataSync and the SMB file server negotiate the
     * highest version of SMB that they mutually support between 2.1 and 3.1.1. </ul>
     *
     * <p>This is the recommended option. If you instead choose a specific version that your file
     * server doesn't support, you may get an <code>Operation Not Supported</code> error.
     *
     * <ul> <li><code>SMB3</code> : Restricts the protocol negotiation to only SMB version 3.0.2.
     * <li><code>SMB2</code> : Restricts the protocol negotiation to only SMB version 2.1.
     * <li><code>SMB2_0</code> : Restricts the protocol negotiation to only SMB version 2.0.
     * <li><code>SMB1</code> : Restricts the protocol negotiation to only SMB version 1.0. </ul>
     *
     * <p>The <code>SMB1</code> option isn't available when <a
     * href="https://docs.aws.amazon.com/datasync/latest/userguide/API_CreateLocationFsxOntap.html">creating
     * an Amazon FSx for NetApp ONTAP location</a> .
     *
     * <p>Allowed values: {@code AUTOMATIC}, {@code SMB1}, {@code SMB2_0}, {@code SMB2}, {@code
     * SMB3}. CloudFormation property {@code Version}.
     */
    public MountOptions version(String value) {
      return set("Version", Value.of(value));
    }

    /** Sets {@code Version} to this value; see {@link #version(String)}. */
    public MountOptions version(Value<String> value) {
      return set("Version", value);
    }
  }
}
