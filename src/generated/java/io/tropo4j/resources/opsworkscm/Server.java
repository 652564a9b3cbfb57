// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.opsworkscm;

import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * The <code>AWS::OpsWorksCM::Server</code> resource creates an AWS OpsWorks for Chef Automate or
 * OpsWorks for Puppet Enterprise configuration management server. For more information, see <a
 * href="https://docs.aws.amazon.com/opsworks/latest/userguide/opscm-create-server-cfn.html">Create
 * a Chef Automate Server in CloudFormation</a> or <a
 * href="https://docs.aws.amazon.com/opsworks/latest/userguide/opspup-create-server-cfn.html">Create
 * a Puppet Enterprise Master in CloudFormation</a> in the <em>OpsWorks User Guide</em> , and <a
 * href="https://docs.aws.amazon.com/opsworks-cm/latest/APIReference/API_CreateServer.html">CreateServer</a>
 * in the <em>AWS OpsWorks CM API Reference</em> .
 *
 * <p>CloudFormation type {@code AWS::OpsWorksCM::Server}.
 */
public final class Server extends Resource<Server> {
  private static final Schema SCHEMA = Schema.builder("AWS::OpsWorksCM::Server")
      .required("InstanceProfileArn", "InstanceType", "ServiceRoleArn")
      .attributes("Arn", "Endpoint", "ServerName")
      .build();

  public Server(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * Associate a public IP address with a server that you are launching. Valid values are
   * <code>true</code> or <code>false</code> . The default value is <code>true</code> .
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code AssociatePublicIpAddress}.
   */
  public Server associatePublicIpAddress(boolean value) {
    return set("AssociatePublicIpAddress", Value.of(value));
  }

  /**
   * Sets {@code AssociatePublicIpAddress} to this value; see {@link
   * #associatePublicIpAddress(boolean)}.
   */
  public Server associatePublicIpAddress(Value<Boolean> value) {
    return set("AssociatePublicIpAddress", value);
  }

  /**
   * If you specify this field, AWS OpsWorks CM creates the server by using the backup represented
   * by BackupId.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code BackupId}.
   */
  public Server backupId(String value) {
    return set("BackupId", Value.of(value));
  }

  /** Sets {@code BackupId} to this value; see {@link #backupId(String)}. */
  public Server backupId(Value<String> value) {
    return set("BackupId", value);
  }

  /**
   * The number of automated backups that you want to keep. Whenever a new backup is created, AWS
   * OpsWorks CM deletes the oldest backups if this number is exceeded. The default value is
   * <code>1</code> .
   *
   * <p>CloudFormation property {@code BackupRetentionCount}.
   */
  public Server backupRetentionCount(int value) {
    return set("BackupRetentionCount", Value.of(value));
  }

  /** Sets {@code BackupRetentionCount} to this value; see {@link #backupRetentionCount(int)}. */
  public Server backupRetentionCount(Value<Integer> value) {
    return set("BackupRetentionCount", value);
  }

  /**
   * Supported on servers running Chef Automate 2.0 only. A PEM-formatted HTTPS certificate. The
   * value can be be a single, self-signed certificate, or a certificate chain. If you specify a
   * custom certificate, you must also specify values for <code>CustomDomain</code> and
   * <code>CustomPrivateKey</code> . The following are requirements for the
   * <code>CustomCertificate</code> value:
   *
   * <ul> <li>You can provide either a self-signed, custom certificate, or the full certificate
   * chain. <li>The certificate must be a valid X509 certificate, or a certificate chain in PEM
   * format. <li>The certificate must be valid at the time of upload. A certificate can't be used
   * before its validity period begins (the certificate's <code>NotBefore</code> date), or after it
   * expires (the certificate's <code>NotAfter</code> date). <li>The certificate’s common name or
   * subject alternative names (SANs), if present, must match the value of <code>CustomDomain</code>
   * . <li>The certificate must match the value of <code>CustomPrivateKey</code> . </ul>
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code CustomCertificate}.
   */
  public Server customCertificate(String value) {
    return set("CustomCertificate", Value.of(value));
  }

  /** Sets {@code CustomCertificate} to this value; see {@link #customCertificate(String)}. */
  public Server customCertificate(Value<String> value) {
    return set("CustomCertificate", value);
  }

  /**
   * Supported on servers running Chef Automate 2.0 only. An optional public endpoint of a server,
   * such as <code>https://aws.my-company.com</code> . To access the server, create a CNAME DNS
   * record in your preferred DNS service that points the custom domain to the endpoint that is
   * generated when the server is created (the value of the CreateServer Endpoint attribute). You
   * cannot access the server by using the generated <code>Endpoint</code> value if the server is
   * using a custom domain. If you specify a custom domain, you must also specify values for
   * <code>CustomCertificate</code> and <code>CustomPrivateKey</code> .
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code CustomDomain}.
   */
  public Server customDomain(String value) {
    return set("CustomDomain", Value.of(value));
  }

  /** Sets {@code CustomDomain} to this value; see {@link #customDomain(String)}. */
  public Server customDomain(Value<String> value) {
    return set("CustomDomain", value);
  }

  /**
   * Supported on servers running Chef Automate 2.0 only. A private key in PEM format for connecting
   * to the server by using HTTPS. The private key must not be encrypted; it cannot be protected by
   * a password or passphrase. If you specify a custom private key, you must also specify values for
   * <code>CustomDomain</code> and <code>CustomCertificate</code> .
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code CustomPrivateKey}.
   */
  public Server customPrivateKey(String value) {
    return set("CustomPrivateKey", Value.of(value));
  }

  /** Sets {@code CustomPrivateKey} to this value; see {@link #customPrivateKey(String)}. */
  public Server customPrivateKey(Value<String> value) {
    return set("CustomPrivateKey", value);
  }

  /**
   * Enable or disable scheduled backups. Valid values are <code>true</code> or <code>false</code> .
   * The default value is <code>true</code> .
   *
   * <p>CloudFormation property {@code DisableAutomatedBackup}.
   */
  public Server disableAutomatedBackup(boolean value) {
    return set("DisableAutomatedBackup", Value.of(value));
  }

  /**
   * Sets {@code DisableAutomatedBackup} to this value; see {@link
   * #disableAutomatedBackup(boolean)}.
   */
  public Server disableAutomatedBackup(Value<Boolean> value) {
    return set("DisableAutomatedBackup", value);
  }

  /**
   * The configuration management engine to use. Valid values include <code>ChefAutomate</code> and
   * <code>Puppet</code> .
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code Engine}.
   */
  public Server engine(String value) {
    return set("Engine", Value.of(value));
  }

  /** Sets {@code Engine} to this value; see {@link #engine(String)}. */
  public Server engine(Value<String> value) {
    return set("Engine", value);
  }

  /**
   * Optional engine attributes on a specified server.
   *
   * <p><b>Attributes accepted in a Chef createServer request:</b> -
   * <code>CHEF_AUTOMATE_PIVOTAL_KEY</code> : A base64-encoded RSA public key. The corresponding
   * private key is required to access the Chef API. When no CHEF_AUTOMATE_PIVOTAL_KEY is set, a
   * private key is generated and returned in the response. When you are specifying the value of
   * CHEF_AUTOMATE_PIVOTAL_KEY as a parameter in the CloudFormation console, you must add newline (
   * <code>&#92;n</code> ) characters at the end of each line of the pivotal key value.
   *
   * <ul> <li><code>CHEF_AUTOMATE_ADMIN_PASSWORD</code> : The password for the administrative user
   * in the Chef Automate web-based dashboard. The password length is a minimum of eight characters,
   * and a maximum of 32. The password can contain letters, numbers, and special characters
   * (!/&#64;#$%^&amp;+=_). The password must contain at least one lower case letter, one upper case
   * letter, one number, and one special character. When no CHEF_AUTOMATE_ADMIN_PASSWORD is set, one
   * is generated and returned in the response. </ul>
   *
   * <p><b>Attributes accepted in a Puppet createServer request:</b> -
   * <code>PUPPET_ADMIN_PASSWORD</code> : To work with the Puppet Enterprise console, a password
   * must use ASCII characters.
   *
   * <ul> <li><code>PUPPET_R10K_REMOTE</code> : The r10k remote is the URL of your control
   * repository (for example, ssh://git&#64;your.git-repo.com:user/control-repo.git). Specifying an
   * r10k remote opens TCP port 8170. <li><code>PUPPET_R10K_PRIVATE_KEY</code> : If you are using a
   * private Git repository, add PUPPET_R10K_PRIVATE_KEY to specify a PEM-encoded private SSH key.
   * </ul>
   *
   * <p>CloudFormation property {@code EngineAttributes}.
   */
  public Server engineAttributes(List<EngineAttribute> value) {
    return set("EngineAttributes", Value.listOf(value));
  }

  /** Sets {@code EngineAttributes} to this value; see {@link #engineAttributes(List)}. */
  public Server engineAttributes(Value<List<EngineAttribute>> value) {
    return set("EngineAttributes", value);
  }

  /** Sets {@code EngineAttributes} to a list of these; see {@link #engineAttributes(List)}. */
  public Server engineAttributes(EngineAttribute... values) {
    return set("EngineAttributes", Value.list(values));
  }

  /**
   * The engine model of the server. Valid values in this release include <code>Monolithic</code>
   * for Puppet and <code>Single</code> for Chef.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code EngineModel}.
   */
  public Server engineModel(String value) {
    return set("EngineModel", Value.of(value));
  }

  /** Sets {@code EngineModel} to this value; see {@link #engineModel(String)}. */
  public Server engineModel(Value<String> value) {
    return set("EngineModel", value);
  }

  /**
   * The major release version of the engine that you want to use. For a Chef server, the valid
   * value for EngineVersion is currently <code>2</code> . For a Puppet server, valid values are
   * <code>2019</code> or <code>2017</code> .
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code EngineVersion}.
   */
  public Server engineVersion(String value) {
    return set("EngineVersion", Value.of(value));
  }

  /** Sets {@code EngineVersion} to this value; see {@link #engineVersion(String)}. */
  public Server engineVersion(Value<String> value) {
    return set("EngineVersion", value);
  }

  /**
   * The ARN of the instance profile that your Amazon EC2 instances use.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code
   * InstanceProfileArn}.
   */
  public Server instanceProfileArn(String value) {
    return set("InstanceProfileArn", Value.of(value));
  }

  /** Sets {@code InstanceProfileArn} to this value; see {@link #instanceProfileArn(String)}. */
  public Server instanceProfileArn(Value<String> value) {
    return set("InstanceProfileArn", value);
  }

  /**
   * The Amazon EC2 instance type to use. For example, <code>m5.large</code> .
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code InstanceType}.
   */
  public Server instanceType(String value) {
    return set("InstanceType", Value.of(value));
  }

  /** Sets {@code InstanceType} to this value; see {@link #instanceType(String)}. */
  public Server instanceType(Value<String> value) {
    return set("InstanceType", value);
  }

  /**
   * The Amazon EC2 key pair to set for the instance. This parameter is optional; if desired, you
   * may specify this parameter to connect to your instances by using SSH.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code KeyPair}.
   */
  public Server keyPair(String value) {
    return set("KeyPair", Value.of(value));
  }

  /** Sets {@code KeyPair} to this value; see {@link #keyPair(String)}. */
  public Server keyPair(Value<String> value) {
    return set("KeyPair", value);
  }

  /**
   * The start time for a one-hour period during which AWS OpsWorks CM backs up application-level
   * data on your server if automated backups are enabled. Valid values must be specified in one of
   * the following formats:
   *
   * <ul> <li><code>HH:MM</code> for daily backups <li><code>DDD:HH:MM</code> for weekly backups
   * </ul>
   *
   * <p><code>MM</code> must be specified as <code>00</code> . The specified time is in coordinated
   * universal time (UTC). The default value is a random, daily start time.
   *
   * <p><em>Example:</em> <code>08:00</code> , which represents a daily start time of 08:00 UTC.
   *
   * <p><em>Example:</em> <code>Mon:08:00</code> , which represents a start time of every Monday at
   * 08:00 UTC. (8:00 a.m.)
   *
   * <p>CloudFormation property {@code PreferredBackupWindow}.
   */
  public Server preferredBackupWindow(String value) {
    return set("PreferredBackupWindow", Value.of(value));
  }

  /**
   * Sets {@code PreferredBackupWindow} to this value; see {@link #preferredBackupWindow(String)}.
   */
  public Server preferredBackupWindow(Value<String> value) {
    return set("PreferredBackupWindow", value);
  }

  /**
   * The start time for a one-hour period each week during which AWS OpsWorks CM performs
   * maintenance on the instance. Valid values must be specified in the following format:
   * <code>DDD:HH:MM</code> . <code>MM</code> must be specified as <code>00</code> . The specified
   * time is in coordinated universal time (UTC). The default value is a random one-hour period on
   * Tuesday, Wednesday, or Friday. See <code>TimeWindowDefinition</code> for more information.
   *
   * <p><em>Example:</em> <code>Mon:08:00</code> , which represents a start time of every Monday at
   * 08:00 UTC. (8:00 a.m.)
   *
   * <p>CloudFormation property {@code PreferredMaintenanceWindow}.
   */
  public Server preferredMaintenanceWindow(String value) {
    return set("PreferredMaintenanceWindow", Value.of(value));
  }

  /**
   * Sets {@code PreferredMaintenanceWindow} to this value; see {@link
   * #preferredMaintenanceWindow(String)}.
   */
  public Server preferredMaintenanceWindow(Value<String> value) {
    return set("PreferredMaintenanceWindow", value);
  }

  /**
   * A list of security group IDs to attach to the Amazon EC2 instance. If you add this parameter,
   * the specified security groups must be within the VPC that is specified by
   * <code>SubnetIds</code> .
   *
   * <p>If you do not specify this parameter, AWS OpsWorks CM creates one new security group that
   * uses TCP ports 22 and 443, open to 0.0.0.0/0 (everyone).
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code SecurityGroupIds}.
   */
  public Server securityGroupIds(List<String> value) {
    return set("SecurityGroupIds", Value.listOf(value));
  }

  /** Sets {@code SecurityGroupIds} to this value; see {@link #securityGroupIds(List)}. */
  public Server securityGroupIds(Value<List<String>> value) {
    return set("SecurityGroupIds", value);
  }

  /**
   * The service role that the AWS OpsWorks CM service backend uses to work with your account.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code ServiceRoleArn}.
   */
  public Server serviceRoleArn(String value) {
    return set("ServiceRoleArn", Value.of(value));
  }

  /** Sets {@code ServiceRoleArn} to this value; see {@link #serviceRoleArn(String)}. */
  public Server serviceRoleArn(Value<String> value) {
    return set("ServiceRoleArn", value);
  }

  /**
   * The IDs of subnets in which to launch the server EC2 instance.
   *
   * <p>Amazon EC2-Classic customers: This field is required. All servers must run within a VPC. The
   * VPC must have "Auto Assign Public IP" enabled.
   *
   * <p>EC2-VPC customers: This field is optional. If you do not specify subnet IDs, your EC2
   * instances are created in a default subnet that is selected by Amazon EC2. If you specify subnet
   * IDs, the VPC must have "Auto Assign Public IP" enabled.
   *
   * <p>For more information about supported Amazon EC2 platforms, see <a
   * href="https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/ec2-supported-platforms.html">Supported
   * Platforms</a> .
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code SubnetIds}.
   */
  public Server subnetIds(List<String> value) {
    return set("SubnetIds", Value.listOf(value));
  }

  /** Sets {@code SubnetIds} to this value; see {@link #subnetIds(List)}. */
  public Server subnetIds(Value<List<String>> value) {
    return set("SubnetIds", value);
  }

  /**
   * A map that contains tag keys and tag values to attach to an AWS OpsWorks for Chef Automate or
   * OpsWorks for Puppet Enterprise server.
   *
   * <ul> <li>The key cannot be empty. <li>The key can be a maximum of 127 characters, and can
   * contain only Unicode letters, numbers, or separators, or the following special characters:
   * <code>+ - = . _ : / &#64;</code> <li>The value can be a maximum 255 characters, and contain
   * only Unicode letters, numbers, or separators, or the following special characters: <code>+ - =
   * . _ : / &#64;</code> <li>Leading and trailing spaces are trimmed from both the key and value.
   * <li>A maximum of 50 user-applied tags is allowed for any AWS OpsWorks CM server. </ul>
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public Server tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public Server tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /**
   * The Amazon Resource Name (ARN) of the server, such as
   * <code>arn:aws:OpsWorksCM:us-east-1:123456789012:server/server-a1bzhi</code> .
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * A DNS name that can be used to access the engine. Example:
   * <code>myserver-asdfghjkl.us-east-1.opsworks.io</code> .
   *
   * <p>{@code Fn::GetAtt} attribute {@code Endpoint}.
   */
  public Value<String> endpoint() {
    return getAtt("Endpoint");
  }

  /** {@code Fn::GetAtt} attribute {@code ServerName}. */
  public Value<String> serverName() {
    return getAtt("ServerName");
  }

  /**
   * The <code>EngineAttribute</code> property type specifies administrator credentials for an AWS
   * OpsWorks for Chef Automate or OpsWorks for Puppet Enterprise server.
   * <code>EngineAttribute</code> is a property of the <code>AWS::OpsWorksCM::Server</code> resource
   * type.
   *
   * <p>Property type {@code AWS::OpsWorksCM::Server.EngineAttribute}.
   */
  public static final class EngineAttribute extends Struct<EngineAttribute> {
    private static final Schema SCHEMA = Schema.of("AWS::OpsWorksCM::Server.EngineAttribute");

    public EngineAttribute() {
      super(SCHEMA);
    }

    /**
     * The name of the engine attribute.
     *
     * <p><em>Attribute name for Chef Automate servers:</em>
     *
     * <ul> <li><code>CHEF_AUTOMATE_ADMIN_PASSWORD</code> </ul>
     *
     * <p><em>Attribute names for Puppet Enterprise servers:</em>
     *
     * <ul> <li><code>PUPPET_ADMIN_PASSWORD</code> <li><code>PUPPET_R10K_REMOTE</code>
     * <li><code>PUPPET_R10K_PRIVATE_KEY</code> </ul>
     *
     * <p>CloudFormation property {@code Name}.
     */
    public EngineAttribute name(String value) {
      return set("Name", Value.of(value));
    }

    /** Sets {@code Name} to this value; see {@link #name(String)}. */
    public EngineAttribute name(Value<String> value) {
      return set("Name", value);
    }

    /**
     * The value of the engine attribute.
     *
     * <p><em>Attribute value for Chef Automate servers:</em>
     *
     * <ul> <li><code>CHEF_AUTOMATE_PIVOTAL_KEY</code> : A base64-encoded RSA public key. The
     * corresponding private key is required to access the Chef API. You can generate this key by
     * running the following <a
     * href="https://docs.aws.amazon.com/https://www.openssl.org/">OpenSSL</a> command on
     * Linux-based computers. </ul>
     *
     * <p><code>openssl genrsa -out <em>pivotal_key_file_name</em> .pem 2048</code>
     *
     * <p>On Windows-based computers, you can use the PuTTYgen utility to generate a base64-encoded
     * RSA private key. For more information, see <a
     * href="https://docs.aws.amazon.com/https://www.ssh.com/ssh/putty/windows/puttygen">PuTTYgen -
     * Key Generator for PuTTY on Windows</a> on SSH.com.
     *
     * <p><em>Attribute values for Puppet Enterprise servers:</em>
     *
     * <ul> <li><code>PUPPET_ADMIN_PASSWORD</code> : An administrator password that you can use to
     * sign in to the Puppet Enterprise console webpage after the server is online. The password
     * must use between 8 and 32 ASCII characters. <li><code>PUPPET_R10K_REMOTE</code> : The r10k
     * remote is the URL of your control repository (for example,
     * ssh://git&#64;your.git-repo.com:user/control-repo.git). Specifying an r10k remote opens TCP
     * port 8170. <li><code>PUPPET_R10K_PRIVATE_KEY</code> : If you are using a private Git
     * repository, add <code>PUPPET_R10K_PRIVATE_KEY</code> to specify a PEM-encoded private SSH
     * key. </ul>
     *
     * <p>CloudFormation property {@code Value}.
     */
    public EngineAttribute value(String value) {
      return set("Value", Value.of(value));
    }

    /** Sets {@code Value} to this value; see {@link #value(String)}. */
    public EngineAttribute value(Value<String> value) {
      return set("Value", value);
    }
  }
}
