// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.networkfirewall;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * The object that defines a TLS inspection configuration.
 *
 * <p>AWS Network Firewall uses a TLS inspection configuration to decrypt traffic. Network Firewall
 * re-encrypts the traffic before sending it to its destination.
 *
 * <p>To use a TLS inspection configuration, you add it to a new Network Firewall firewall policy,
 * then you apply the firewall policy to a firewall. Network Firewall acts as a proxy service to
 * decrypt and inspect the traffic traveling through your firewalls. You can reference a TLS
 * inspection configuration from more than one firewall policy, and you can use a firewall policy in
 * more than one firewall. For more information about using TLS inspection configurations, see <a
 * href="https://docs.aws.amazon.com/network-firewall/latest/developerguide/tls-inspection.html">Inspecting
 * SSL/TLS traffic with TLS inspection configurations</a> in the <em>AWS Network Firewall Developer
 * Guide</em> .
 *
 * <p>CloudFormation type {@code AWS::NetworkFirewall::TLSInspectionConfiguration}.
 */
public final class TLSInspectionConfiguration extends Resource<TLSInspectionConfiguration> {
  private static final Schema SCHEMA = Schema.builder("AWS::NetworkFirewall::TLSInspectionConfiguration")
      .required("TLSInspectionConfiguration", "TLSInspectionConfigurationName")
      .constrain("Description", Constraint.of().pattern("^.*$").minLength(1).maxLength(512))
      .constrain("TLSInspectionConfigurationName", Constraint.of().pattern("^[a-zA-Z0-9-]+$").minLength(1).maxLength(128))
      .refYields("TLSInspectionConfigurationArn")
      .attributes("TLSInspectionConfigurationArn", "TLSInspectionConfigurationId")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public TLSInspectionConfiguration(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * A description of the TLS inspection configuration.
   *
   * <p>Length: 1 to 512 characters. Pattern: {@code ^.*$}. CloudFormation property {@code
   * Description}.
   */
  public TLSInspectionConfiguration description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public TLSInspectionConfiguration description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * The object that defines a TLS inspection configuration. AWS Network Firewall uses TLS
   * inspection configurations to decrypt your firewall's inbound and outbound SSL/TLS traffic.
   * After decryption, AWS Network Firewall inspects the traffic according to your firewall policy's
   * stateful rules, and then re-encrypts it before sending it to its destination. You can enable
   * inspection of your firewall's inbound traffic, outbound traffic, or both. To use TLS inspection
   * with your firewall, you must first import or provision certificates using Certificate Manager ,
   * create a TLS inspection configuration, add that configuration to a new firewall policy, and
   * then associate that policy with your firewall. For more information about using TLS inspection
   * configurations, see <a
   * href="https://docs.aws.amazon.com/network-firewall/latest/developerguide/tls-inspection.html">Inspecting
   * SSL/TLS traffic with TLS inspection configurations</a> in the <em>AWS Network Firewall
   * Developer Guide</em> .
   *
   * <p>Required. CloudFormation property {@code TLSInspectionConfiguration}.
   */
  public TLSInspectionConfiguration tlsInspectionConfiguration(Value<TLSInspectionConfigurationProperty> value) {
    return set("TLSInspectionConfiguration", value);
  }

  /**
   * The descriptive name of the TLS inspection configuration. You can't change the name of a TLS
   * inspection configuration after you create it.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 128 characters. Pattern: {@code
   * ^[a-zA-Z0-9-]+$}. CloudFormation property {@code TLSInspectionConfigurationName}.
   */
  public TLSInspectionConfiguration tlsInspectionConfigurationName(String value) {
    return set("TLSInspectionConfigurationName", Value.of(value));
  }

  /**
   * Sets {@code TLSInspectionConfigurationName} to this value; see {@link
   * #tlsInspectionConfigurationName(String)}.
   */
  public TLSInspectionConfiguration tlsInspectionConfigurationName(Value<String> value) {
    return set("TLSInspectionConfigurationName", value);
  }

  /**
   * The key:value pairs to associate with the resource.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public TLSInspectionConfiguration tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public TLSInspectionConfiguration tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public TLSInspectionConfiguration tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The Amazon Resource Name (ARN) of the TLS inspection configuration.
   *
   * <p>{@code Fn::GetAtt} attribute {@code TLSInspectionConfigurationArn}.
   */
  public Value<String> tlsInspectionConfigurationArn() {
    return getAtt("TLSInspectionConfigurationArn");
  }

  /**
   * A unique identifier for the TLS inspection configuration. This ID is returned in the responses
   * to create and list commands. You provide it to operations such as update and delete.
   *
   * <p>{@code Fn::GetAtt} attribute {@code TLSInspectionConfigurationId}.
   */
  public Value<String> tlsInspectionConfigurationId() {
    return getAtt("TLSInspectionConfigurationId");
  }

  /**
   * A single IP address specification. This is used in the <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-networkfirewall-rulegroup-matchattributes.html">MatchAttributes</a>
   * source and destination settings.
   *
   * <p>Property type {@code AWS::NetworkFirewall::TLSInspectionConfiguration.Address}.
   */
  public static final class Address extends Struct<Address> {
    private static final Schema SCHEMA = Schema.builder("AWS::NetworkFirewall::TLSInspectionConfiguration.Address")
        .required("AddressDefinition")
        .constrain("AddressDefinition", Constraint.of().pattern("^([a-fA-F\\d:\\.]+/\\d{1,3})$").minLength(1).maxLength(255))
        .build();

    public Address() {
      super(SCHEMA);
    }

    /**
     * Specify an IP address or a block of IP addresses in Classless Inter-Domain Routing (CIDR)
     * notation. Network Firewall supports all address ranges for IPv4 and IPv6.
     *
     * <p>Examples:
     *
     * <ul> <li>To configure Network Firewall to inspect for the IP address 192.0.2.44, specify
     * <code>192.0.2.44/32</code> . <li>To configure Network Firewall to inspect for IP addresses
     * from 192.0.2.0 to 192.0.2.255, specify <code>192.0.2.0/24</code> . <li>To configure Network
     * Firewall to inspect for the IP address 1111:0000:0000:0000:0000:0000:0000:0111, specify
     * <code>1111:0000:0000:0000:0000:0000:0000:0111/128</code> . <li>To configure Network Firewall
     * to inspect for IP addresses from 1111:0000:0000:0000:0000:0000:0000:0000 to
     * 1111:0000:0000:0000:ffff:ffff:ffff:ffff, specify
     * <code>1111:0000:0000:0000:0000:0000:0000:0000/64</code> . </ul>
     *
     * <p>For more information about CIDR notation, see the Wikipedia entry <a
     * href="https://docs.aws.amazon.com/https://en.wikipedia.org/wiki/Classless_Inter-Domain_Routing">Classless
     * Inter-Domain Routing</a> .
     *
     * <p>Required. Length: 1 to 255 characters. Pattern: {@code
     * ^([a-fA-F&#92;d:&#92;.]+/&#92;d{1,3})$}. CloudFormation property {@code AddressDefinition}.
     */
    public Address addressDefinition(String value) {
      return set("AddressDefinition", Value.of(value));
    }

    /** Sets {@code AddressDefinition} to this value; see {@link #addressDefinition(String)}. */
    public Address addressDefinition(Value<String> value) {
      return set("AddressDefinition", value);
    }
  }

  /**
   * When enabled, Network Firewall checks if the server certificate presented by the server in the
   * SSL/TLS connection has a revoked or unkown status. If the certificate has an unknown or revoked
   * status, you must specify the actions that Network Firewall takes on outbound traffic. To check
   * the certificate revocation status, you must also specify a <code>CertificateAuthorityArn</code>
   * in <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-networkfirewall-servercertificateconfiguration.html">ServerCertificateConfiguration</a>
   * .
   *
   * <p>Property type {@code
   * AWS::NetworkFirewall::TLSInspectionConfiguration.CheckCertificateRevocationStatus}.
   */
  public static final class CheckCertificateRevocationStatus extends Struct<CheckCertificateRevocationStatus> {
    private static final Schema SCHEMA = Schema.builder("AWS::NetworkFirewall::TLSInspectionConfiguration.CheckCertificateRevocationStatus")
        .allowed("RevokedStatusAction", "PASS", "DROP", "REJECT")
        .allowed("UnknownStatusAction", "PASS", "DROP", "REJECT")
        .build();

    public CheckCertificateRevocationStatus() {
      super(SCHEMA);
    }

    /**
     * Configures how Network Firewall processes traffic when it determines that the certificate
     * presented by the server in the SSL/TLS connection has a revoked status.
     *
     * <ul> <li><em>PASS</em> - Allow the connection to continue, and pass subsequent packets to the
     * stateful engine for inspection. <li><em>DROP</em> - Network Firewall closes the connection
     * and drops subsequent packets for that connection. <li><em>REJECT</em> - Network Firewall
     * sends a TCP reject packet back to your client. The service closes the connection and drops
     * subsequent packets for that connection. <code>REJECT</code> is available only for TCP
     * traffic. </ul>
     *
     * <p>Allowed values: {@code PASS}, {@code DROP}, {@code REJECT}. CloudFormation property {@code
     * RevokedStatusAction}.
     */
    public CheckCertificateRevocationStatus revokedStatusAction(String value) {
      return set("RevokedStatusAction", Value.of(value));
    }

    /** Sets {@code RevokedStatusAction} to this value; see {@link #revokedStatusAction(String)}. */
    public CheckCertificateRevocationStatus revokedStatusAction(Value<String> value) {
      return set("RevokedStatusAction", value);
    }

    /**
     * Configures how Network Firewall processes traffic when it determines that the certificate
     * presented by the server in the SSL/TLS connection has an unknown status, or a status that
     * cannot be determined for any other reason, including when the service is unable to connect to
     * the OCSP and CRL endpoints for the certificate.
     *
     * <ul> <li><em>PASS</em> - Allow the connection to continue, and pass subsequent packets to the
     * stateful engine for inspection. <li><em>DROP</em> - Network Firewall closes the connection
     * and drops subsequent packets for that connection. <li><em>REJECT</em> - Network Firewall
     * sends a TCP reject packet back to your client. The service closes the connection and drops
     * subsequent packets for that connection. <code>REJECT</code> is available only for TCP
     * traffic. </ul>
     *
     * <p>Allowed values: {@code PASS}, {@code DROP}, {@code REJECT}. CloudFormation property {@code
     * UnknownStatusAction}.
     */
    public CheckCertificateRevocationStatus unknownStatusAction(String value) {
      return set("UnknownStatusAction", Value.of(value));
    }

    /** Sets {@code UnknownStatusAction} to this value; see {@link #unknownStatusAction(String)}. */
    public CheckCertificateRevocationStatus unknownStatusAction(Value<String> value) {
      return set("UnknownStatusAction", value);
    }
  }

  /**
   * A single port range specification. This is used for source and destination port ranges in the
   * stateless rule <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-networkfirewall-rulegroup-matchattributes.html">MatchAttributes</a>
   * , <code>SourcePorts</code> , and <code>DestinationPorts</code> settings.
   *
   * <p>Property type {@code AWS::NetworkFirewall::TLSInspectionConfiguration.PortRange}.
   */
  public static final class PortRange extends Struct<PortRange> {
    private static final Schema SCHEMA = Schema.builder("AWS::NetworkFirewall::TLSInspectionConfiguration.PortRange")
        .required("FromPort", "ToPort")
        .constrain("FromPort", Constraint.of().minimum(0).maximum(65535))
        .constrain("ToPort", Constraint.of().minimum(0).maximum(65535))
        .build();

    public PortRange() {
      super(SCHEMA);
    }

    /**
     * The lower limit of the port range. This must be less than or equal to the <code>ToPort</code>
     * specification.
     *
     * <p>Required. Range: 0 to 65535. CloudFormation property {@code FromPort}.
     */
    public PortRange fromPort(int value) {
      return set("FromPort", Value.of(value));
    }

    /** Sets {@code FromPort} to this value; see {@link #fromPort(int)}. */
    public PortRange fromPort(Value<Integer> value) {
      return set("FromPort", value);
    }

    /**
     * The upper limit of the port range. This must be greater than or equal to the
     * <code>FromPort</code> specification.
     *
     * <p>Required. Range: 0 to 65535. CloudFormation property {@code ToPort}.
     */
    public PortRange toPort(int value) {
      return set("ToPort", Value.of(value));
    }

    /** Sets {@code ToPort} to this value; see {@link #toPort(int)}. */
    public PortRange toPort(Value<Integer> value) {
      return set("ToPort", value);
    }
  }

  /**
   * Any Certificate Manager (ACM) Secure Sockets Layer/Transport Layer Security (SSL/TLS) server
   * certificate that's associated with a <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-networkfirewall-tlsinspectionconfiguration-servercertificateconfiguration.html">ServerCertificateConfiguration</a>
   * . Used in a <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-networkfirewall-tlsinspectionconfiguration.html">TLSInspectionConfiguration</a>
   * for inspection of inbound traffic to your firewall. You must request or import a SSL/TLS
   * certificate into ACM for each domain Network Firewall needs to decrypt and inspect. AWS Network
   * Firewall uses the SSL/TLS certificates to decrypt specified inbound SSL/TLS traffic going to
   * your firewall. For information about working with certificates in Certificate Manager , see <a
   * href="https://docs.aws.amazon.com/acm/latest/userguide/gs-acm-request-public.html">Request a
   * public certificate</a> or <a
   * href="https://docs.aws.amazon.com/acm/latest/userguide/import-certificate.html">Importing
   * certificates</a> in the <em>Certificate Manager User Guide</em> .
   *
   * <p>Property type {@code AWS::NetworkFirewall::TLSInspectionConfiguration.ServerCertificate}.
   */
  public static final class ServerCertificate extends Struct<ServerCertificate> {
    private static final Schema SCHEMA = Schema.builder("AWS::NetworkFirewall::TLSInspectionConfiguration.ServerCertificate")
        .constrain("ResourceArn", Constraint.of().pattern("^(arn:aws.*)$").minLength(1).maxLength(256))
        .build();

    public ServerCertificate() {
      super(SCHEMA);
    }

    /**
     * The Amazon Resource Name (ARN) of the Certificate Manager SSL/TLS server certificate that's
     * used for inbound SSL/TLS inspection.
     *
     * <p>Length: 1 to 256 characters. Pattern: {@code ^(arn:aws.*)$}. CloudFormation property
     * {@code ResourceArn}.
     */
    public ServerCertificate resourceArn(String value) {
      return set("ResourceArn", Value.of(value));
    }

    /** Sets {@code ResourceArn} to this value; see {@link #resourceArn(String)}. */
    public ServerCertificate resourceArn(Value<String> value) {
      return set("ResourceArn", value);
    }
  }

  /**
   * Configures the Certificate Manager certificates and scope that Network Firewall uses to decrypt
   * and re-encrypt traffic using a <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-networkfirewall-tlsinspectionconfiguration.html">TLSInspectionConfiguration</a>
   * . You can configure <code>ServerCertificates</code> for inbound SSL/TLS inspection, a
   * <code>CertificateAuthorityArn</code> for outbound SSL/TLS inspection, or both. For information
   * about working with certificates for TLS inspection, see <a
   * href="https://docs.aws.amazon.com/network-firewall/latest/developerguide/tls-inspection-certificate-requirements.html">Using
   * SSL/TLS server certficiates with TLS inspection configurations</a> in the <em>AWS Network
   * Firewall Developer Guide</em> .
   *
   * <p>If a server certificate that's associated with your <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-networkfirewall-tlsinspectionconfiguration.html">TLSInspectionConfiguration</a>
   * is revoked, deleted, or expired it can result in client-side TLS errors.
   *
   * <p>Property type {@code
   * AWS::NetworkFirewall::TLSInspectionConfiguration.ServerCertificateConfiguration}.
   */
  public static final class ServerCertificateConfiguration extends Struct<ServerCertificateConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::NetworkFirewall::TLSInspectionConfiguration.ServerCertificateConfiguration")
        .constrain("CertificateAuthorityArn", Constraint.of().pattern("^(arn:aws.*)$").minLength(1).maxLength(256))
        .build();

    public ServerCertificateConfiguration() {
      super(SCHEMA);
    }

    /**
     * The Amazon Resource Name (ARN) of the imported certificate authority (CA) certificate within
     * Certificate Manager (ACM) to use for outbound SSL/TLS inspection.
     *
     * <p>The following limitations apply:
     *
     * <ul> <li>You can use CA certificates that you imported into ACM, but you can't generate CA
     * certificates with ACM. <li>You can't use certificates issued by Private Certificate Authority
     * . </ul>
     *
     * <p>For more information about configuring certificates for outbound inspection, see <a
     * href="https://docs.aws.amazon.com/network-firewall/latest/developerguide/tls-inspection-certificate-requirements.html">Using
     * SSL/TLS certificates with TLS inspection configurations</a> in the <em>AWS Network Firewall
     * Developer Guide</em> .
     *
     * <p>For information about working with certificates in ACM, see <a
     * href="https://docs.aws.amazon.com/acm/latest/userguide/import-certificate.html">Importing
     * certificates</a> in the <em>Certificate Manager User Guide</em> .
     *
     * <p>Length: 1 to 256 characters. Pattern: {@code ^(arn:aws.*)$}. CloudFormation property
     * {@code CertificateAuthorityArn}.
     */
    public ServerCertificateConfiguration certificateAuthorityArn(String value) {
      return set("CertificateAuthorityArn", Value.of(value));
    }

    /**
     * Sets {@code CertificateAuthorityArn} to this value; see {@link
     * #certificateAuthorityArn(String)}.
     */
    public ServerCertificateConfiguration certificateAuthorityArn(Value<String> value) {
      return set("CertificateAuthorityArn", value);
    }

    /**
     * When enabled, Network Firewall checks if the server certificate presented by the server in
     * the SSL/TLS connection has a revoked or unkown status. If the certificate has an unknown or
     * revoked status, you must specify the actions that Network Firewall takes on outbound traffic.
     * To check the certificate revocation status, you must also specify a
     * <code>CertificateAuthorityArn</code> in <a
     * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-networkfirewall-servercertificateconfiguration.html">ServerCertificateConfiguration</a>
     * .
     *
     * <p>CloudFormation property {@code CheckCertificateRevocationStatus}.
     */
    public ServerCertificateConfiguration checkCertificateRevocationStatus(Value<CheckCertificateRevocationStatus> value) {
      return set("CheckCertificateRevocationStatus", value);
    }

    /**
     * A list of scopes.
     *
     * <p>CloudFormation property {@code Scopes}.
     */
    public ServerCertificateConfiguration scopes(List<ServerCertificateScope> value) {
      return set("Scopes", Value.listOf(value));
    }

    /** Sets {@code Scopes} to this value; see {@link #scopes(List)}. */
    public ServerCertificateConfiguration scopes(Value<List<ServerCertificateScope>> value) {
      return set("Scopes", value);
    }

    /** Sets {@code Scopes} to a list of these; see {@link #scopes(List)}. */
    public ServerCertificateConfiguration scopes(ServerCertificateScope... values) {
      return set("Scopes", Value.list(values));
    }

    /**
     * The list of server certificates to use for inbound SSL/TLS inspection.
     *
     * <p>CloudFormation property {@code ServerCertificates}.
     */
    public ServerCertificateConfiguration serverCertificates(List<ServerCertificate> value) {
      return set("ServerCertificates", Value.listOf(value));
    }

    /** Sets {@code ServerCertificates} to this value; see {@link #serverCertificates(List)}. */
    public ServerCertificateConfiguration serverCertificates(Value<List<ServerCertificate>> value) {
      return set("ServerCertificates", value);
    }

    /**
     * Sets {@code ServerCertificates} to a list of these; see {@link #serverCertificates(List)}.
     */
    public ServerCertificateConfiguration serverCertificates(ServerCertificate... values) {
      return set("ServerCertificates", Value.list(values));
    }
  }

  /**
   * Settings that define the Secure Sockets Layer/Transport Layer Security (SSL/TLS) traffic that
   * Network Firewall should decrypt for inspection by the stateful rule engine.
   *
   * <p>Property type {@code
   * AWS::NetworkFirewall::TLSInspectionConfiguration.ServerCertificateScope}.
   */
  public static final class ServerCertificateScope extends Struct<ServerCertificateScope> {
    private static final Schema SCHEMA = Schema.builder("AWS::NetworkFirewall::TLSInspectionConfiguration.ServerCertificateScope")
        .constrain("Protocols", Constraint.of().minimum(0).maximum(255))
        .build();

    public ServerCertificateScope() {
      super(SCHEMA);
    }

    /**
     * The destination ports to decrypt for inspection, in Transmission Control Protocol (TCP)
     * format. If not specified, this matches with any destination port.
     *
     * <p>You can specify individual ports, for example <code>1994</code> , and you can specify port
     * ranges, such as <code>1990:1994</code> .
     *
     * <p>CloudFormation property {@code DestinationPorts}.
     */
    public ServerCertificateScope destinationPorts(List<PortRange> value) {
      return set("DestinationPorts", Value.listOf(value));
    }

    /** Sets {@code DestinationPorts} to this value; see {@link #destinationPorts(List)}. */
    public ServerCertificateScope destinationPorts(Value<List<PortRange>> value) {
      return set("DestinationPorts", value);
    }

    /** Sets {@code DestinationPorts} to a list of these; see {@link #destinationPorts(List)}. */
    public ServerCertificateScope destinationPorts(PortRange... values) {
      return set("DestinationPorts", Value.list(values));
    }

    /**
     * The destination IP addresses and address ranges to decrypt for inspection, in CIDR notation.
     * If not specified, this matches with any destination address.
     *
     * <p>CloudFormation property {@code Destinations}.
     */
    public ServerCertificateScope destinations(List<Address> value) {
      return set("Destinations", Value.listOf(value));
    }

    /** Sets {@code Destinations} to this value; see {@link #destinations(List)}. */
    public ServerCertificateScope destinations(Value<List<Address>> value) {
      return set("Destinations", value);
    }

    /** Sets {@code Destinations} to a list of these; see {@link #destinations(List)}. */
    public ServerCertificateScope destinations(Address... values) {
      return set("Destinations", Value.list(values));
    }

    /**
     * The protocols to inspect for, specified using the assigned internet protocol number (IANA)
     * for each protocol. If not specified, this matches with any protocol.
     *
     * <p>Network Firewall currently supports only TCP.
     *
     * <p>Range: 0 to 255. CloudFormation property {@code Protocols}.
     */
    public ServerCertificateScope protocols(List<Integer> value) {
      return set("Protocols", Value.listOf(value));
    }

    /** Sets {@code Protocols} to this value; see {@link #protocols(List)}. */
    public ServerCertificateScope protocols(Value<List<Integer>> value) {
      return set("Protocols", value);
    }

    /**
     * The source ports to decrypt for inspection, in Transmission Control Protocol (TCP) format. If
     * not specified, this matches with any source port.
     *
     * <p>You can specify individual ports, for example <code>1994</code> , and you can specify port
     * ranges, such as <code>1990:1994</code> .
     *
     * <p>CloudFormation property {@code SourcePorts}.
     */
    public ServerCertificateScope sourcePorts(List<PortRange> value) {
      return set("SourcePorts", Value.listOf(value));
    }

    /** Sets {@code SourcePorts} to this value; see {@link #sourcePorts(List)}. */
    public ServerCertificateScope sourcePorts(Value<List<PortRange>> value) {
      return set("SourcePorts", value);
    }

    /** Sets {@code SourcePorts} to a list of these; see {@link #sourcePorts(List)}. */
    public ServerCertificateScope sourcePorts(PortRange... values) {
      return set("SourcePorts", Value.list(values));
    }

    /**
     * The source IP addresses and address ranges to decrypt for inspection, in CIDR notation. If
     * not specified, this matches with any source address.
     *
     * <p>CloudFormation property {@code Sources}.
     */
    public ServerCertificateScope sources(List<Address> value) {
      return set("Sources", Value.listOf(value));
    }

    /** Sets {@code Sources} to this value; see {@link #sources(List)}. */
    public ServerCertificateScope sources(Value<List<Address>> value) {
      return set("Sources", value);
    }

    /** Sets {@code Sources} to a list of these; see {@link #sources(List)}. */
    public ServerCertificateScope sources(Address... values) {
      return set("Sources", Value.list(values));
    }
  }

  /**
   * The object that defines a TLS inspection configuration. This defines the TLS inspection
   * configuration.
   *
   * <p>AWS Network Firewall uses a TLS inspection configuration to decrypt traffic. Network
   * Firewall re-encrypts the traffic before sending it to its destination.
   *
   * <p>To use a TLS inspection configuration, you add it to a new Network Firewall firewall policy,
   * then you apply the firewall policy to a firewall. Network Firewall acts as a proxy service to
   * decrypt and inspect the traffic traveling through your firewalls. You can reference a TLS
   * inspection configuration from more than one firewall policy, and you can use a firewall policy
   * in more than one firewall. For more information about using TLS inspection configurations, see
   * <a
   * href="https://docs.aws.amazon.com/network-firewall/latest/developerguide/tls-inspection.html">Inspecting
   * SSL/TLS traffic with TLS inspection configurations</a> in the <em>AWS Network Firewall
   * Developer Guide</em> .
   *
   * <p>Property type {@code
   * AWS::NetworkFirewall::TLSInspectionConfiguration.TLSInspectionConfiguration}.
   */
  public static final class TLSInspectionConfigurationProperty extends Struct<TLSInspectionConfigurationProperty> {
    private static final Schema SCHEMA = Schema.of("AWS::NetworkFirewall::TLSInspectionConfiguration.TLSInspectionConfiguration");

    public TLSInspectionConfigurationProperty() {
      super(SCHEMA);
    }

    /**
     * Lists the server certificate configurations that are associated with the TLS configuration.
     *
     * <p>CloudFormation property {@code ServerCertificateConfigurations}.
     */
    public TLSInspectionConfigurationProperty serverCertificateConfigurations(List<ServerCertificateConfiguration> value) {
      return set("ServerCertificateConfigurations", Value.listOf(value));
    }

    /**
     * Sets {@code ServerCertificateConfigurations} to this value; see {@link
     * #serverCertificateConfigurations(List)}.
     */
    public TLSInspectionConfigurationProperty serverCertificateConfigurations(Value<List<ServerCertificateConfiguration>> value) {
      return set("ServerCertificateConfigurations", value);
    }

    /**
     * Sets {@code ServerCertificateConfigurations} to a list of these; see {@link
     * #serverCertificateConfigurations(List)}.
     */
    public TLSInspectionConfigurationProperty serverCertificateConfigurations(ServerCertificateConfiguration... values) {
      return set("ServerCertificateConfigurations", Value.list(values));
    }
  }
}
