// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.ec2;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Specifies a VPN connection between a virtual private gateway and a VPN customer gateway or a
 * transit gateway and a VPN customer gateway.
 *
 * <p>To specify a VPN connection between a transit gateway and customer gateway, use the
 * <code>TransitGatewayId</code> and <code>CustomerGatewayId</code> properties.
 *
 * <p>To specify a VPN connection between a virtual private gateway and customer gateway, use the
 * <code>VpnGatewayId</code> and <code>CustomerGatewayId</code> properties.
 *
 * <p>For more information, see <a
 * href="https://docs.aws.amazon.com/vpn/latest/s2svpn/VPC_VPN.html">AWS Site-to-Site VPN</a> in the
 * <em>AWS Site-to-Site VPN User Guide</em> .
 *
 * <p>CloudFormation type {@code AWS::EC2::VPNConnection}.
 */
public final class VPNConnection extends Resource<VPNConnection> {
  private static final Schema SCHEMA = Schema.builder("AWS::EC2::VPNConnection")
      .required("CustomerGatewayId", "Type")
      .references("CustomerGatewayId", "AWS::EC2::CustomerGateway.Ref")
      .allowed("PreSharedKeyStorage", "Standard", "SecretsManager")
      .references("TransitGatewayId", "AWS::EC2::TransitGateway.Ref")
      .allowed("TunnelBandwidth", "standard", "large")
      .references("VpnGatewayId", "AWS::EC2::VPNGateway.Ref")
      .refYields("VpnConnectionId")
      .attributes("VpnConnectionId")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public VPNConnection(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The ID of the customer gateway at your end of the VPN connection.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code
   * CustomerGatewayId}.
   */
  public VPNConnection customerGatewayId(String value) {
    return set("CustomerGatewayId", Value.of(value));
  }

  /** Sets {@code CustomerGatewayId} to this value; see {@link #customerGatewayId(String)}. */
  public VPNConnection customerGatewayId(Value<String> value) {
    return set("CustomerGatewayId", value);
  }

  /**
   * Sets {@code CustomerGatewayId} to the Ref of {@code AWS::EC2::CustomerGateway}; see {@link
   * #customerGatewayId(String)}.
   */
  public VPNConnection customerGatewayId(CustomerGateway resource) {
    return set("CustomerGatewayId", resource.ref());
  }

  /**
   * Indicate whether to enable acceleration for the VPN connection.
   *
   * <p>Default: <code>false</code>
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code EnableAcceleration}.
   */
  public VPNConnection enableAcceleration(boolean value) {
    return set("EnableAcceleration", Value.of(value));
  }

  /** Sets {@code EnableAcceleration} to this value; see {@link #enableAcceleration(boolean)}. */
  public VPNConnection enableAcceleration(Value<Boolean> value) {
    return set("EnableAcceleration", value);
  }

  /**
   * The IPv4 CIDR on the customer gateway (on-premises) side of the VPN connection.
   *
   * <p>Default: <code>0.0.0.0/0</code>
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code LocalIpv4NetworkCidr}.
   */
  public VPNConnection localIpv4NetworkCidr(String value) {
    return set("LocalIpv4NetworkCidr", Value.of(value));
  }

  /** Sets {@code LocalIpv4NetworkCidr} to this value; see {@link #localIpv4NetworkCidr(String)}. */
  public VPNConnection localIpv4NetworkCidr(Value<String> value) {
    return set("LocalIpv4NetworkCidr", value);
  }

  /**
   * The IPv6 CIDR on the customer gateway (on-premises) side of the VPN connection.
   *
   * <p>Default: <code>::/0</code>
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code LocalIpv6NetworkCidr}.
   */
  public VPNConnection localIpv6NetworkCidr(String value) {
    return set("LocalIpv6NetworkCidr", Value.of(value));
  }

  /** Sets {@code LocalIpv6NetworkCidr} to this value; see {@link #localIpv6NetworkCidr(String)}. */
  public VPNConnection localIpv6NetworkCidr(Value<String> value) {
    return set("LocalIpv6NetworkCidr", value);
  }

  /**
   * The type of IP address assigned to the outside interface of the customer gateway device.
   *
   * <p>Valid values: <code>PrivateIpv4</code> | <code>PublicIpv4</code> | <code>Ipv6</code>
   *
   * <p>Default: <code>PublicIpv4</code>
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code OutsideIpAddressType}.
   */
  public VPNConnection outsideIpAddressType(String value) {
    return set("OutsideIpAddressType", Value.of(value));
  }

  /** Sets {@code OutsideIpAddressType} to this value; see {@link #outsideIpAddressType(String)}. */
  public VPNConnection outsideIpAddressType(Value<String> value) {
    return set("OutsideIpAddressType", value);
  }

  /**
   * Describes the storage location for an instance store-backed AMI.
   *
   * <p>Changing it replaces the resource. Allowed values: {@code Standard}, {@code SecretsManager}.
   * CloudFormation property {@code PreSharedKeyStorage}.
   */
  public VPNConnection preSharedKeyStorage(String value) {
    return set("PreSharedKeyStorage", Value.of(value));
  }

  /** Sets {@code PreSharedKeyStorage} to this value; see {@link #preSharedKeyStorage(String)}. */
  public VPNConnection preSharedKeyStorage(Value<String> value) {
    return set("PreSharedKeyStorage", value);
  }

  /**
   * The IPv4 CIDR on the AWS side of the VPN connection.
   *
   * <p>Default: <code>0.0.0.0/0</code>
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code RemoteIpv4NetworkCidr}.
   */
  public VPNConnection remoteIpv4NetworkCidr(String value) {
    return set("RemoteIpv4NetworkCidr", Value.of(value));
  }

  /**
   * Sets {@code RemoteIpv4NetworkCidr} to this value; see {@link #remoteIpv4NetworkCidr(String)}.
   */
  public VPNConnection remoteIpv4NetworkCidr(Value<String> value) {
    return set("RemoteIpv4NetworkCidr", value);
  }

  /**
   * The IPv6 CIDR on the AWS side of the VPN connection.
   *
   * <p>Default: <code>::/0</code>
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code RemoteIpv6NetworkCidr}.
   */
  public VPNConnection remoteIpv6NetworkCidr(String value) {
    return set("RemoteIpv6NetworkCidr", Value.of(value));
  }

  /**
   * Sets {@code RemoteIpv6NetworkCidr} to this value; see {@link #remoteIpv6NetworkCidr(String)}.
   */
  public VPNConnection remoteIpv6NetworkCidr(Value<String> value) {
    return set("RemoteIpv6NetworkCidr", value);
  }

  /**
   * Indicates whether the VPN connection uses static routes only. Static routes must be used for
   * devices that don't support BGP.
   *
   * <p>If you are creating a VPN connection for a device that does not support Border Gateway
   * Protocol (BGP), you must specify <code>true</code> .
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code StaticRoutesOnly}.
   */
  public VPNConnection staticRoutesOnly(boolean value) {
    return set("StaticRoutesOnly", Value.of(value));
  }

  /** Sets {@code StaticRoutesOnly} to this value; see {@link #staticRoutesOnly(boolean)}. */
  public VPNConnection staticRoutesOnly(Value<Boolean> value) {
    return set("StaticRoutesOnly", value);
  }

  /**
   * Any tags assigned to the VPN connection.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public VPNConnection tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public VPNConnection tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public VPNConnection tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The ID of the transit gateway associated with the VPN connection.
   *
   * <p>You must specify either <code>TransitGatewayId</code> or <code>VpnGatewayId</code> , but not
   * both.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code TransitGatewayId}.
   */
  public VPNConnection transitGatewayId(String value) {
    return set("TransitGatewayId", Value.of(value));
  }

  /** Sets {@code TransitGatewayId} to this value; see {@link #transitGatewayId(String)}. */
  public VPNConnection transitGatewayId(Value<String> value) {
    return set("TransitGatewayId", value);
  }

  /**
   * Sets {@code TransitGatewayId} to the Ref of {@code AWS::EC2::TransitGateway}; see {@link
   * #transitGatewayId(String)}.
   */
  public VPNConnection transitGatewayId(TransitGateway resource) {
    return set("TransitGatewayId", resource.ref());
  }

  /**
   * The transit gateway attachment ID to use for the VPN tunnel.
   *
   * <p>Required if <code>OutsideIpAddressType</code> is set to <code>PrivateIpv4</code> .
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code
   * TransportTransitGatewayAttachmentId}.
   */
  public VPNConnection transportTransitGatewayAttachmentId(String value) {
    return set("TransportTransitGatewayAttachmentId", Value.of(value));
  }

  /**
   * Sets {@code TransportTransitGatewayAttachmentId} to this value; see {@link
   * #transportTransitGatewayAttachmentId(String)}.
   */
  public VPNConnection transportTransitGatewayAttachmentId(Value<String> value) {
    return set("TransportTransitGatewayAttachmentId", value);
  }

  /**
   * The desired bandwidth specification for the VPN tunnel, used when creating or modifying VPN
   * connection options to set the tunnel's throughput capacity. <code>standard</code> supports up
   * to 1.25 Gbps per tunnel, while <code>large</code> supports up to 5 Gbps per tunnel. The default
   * value is <code>standard</code> . Existing VPN connections without a bandwidth setting will
   * automatically default to <code>standard</code> .
   *
   * <p>Allowed values: {@code standard}, {@code large}. Default: {@code "standard"}. CloudFormation
   * property {@code TunnelBandwidth}.
   */
  public VPNConnection tunnelBandwidth(String value) {
    return set("TunnelBandwidth", Value.of(value));
  }

  /** Sets {@code TunnelBandwidth} to this value; see {@link #tunnelBandwidth(String)}. */
  public VPNConnection tunnelBandwidth(Value<String> value) {
    return set("TunnelBandwidth", value);
  }

  /**
   * Indicate whether the VPN tunnels process IPv4 or IPv6 traffic.
   *
   * <p>Default: <code>ipv4</code>
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code TunnelInsideIpVersion}.
   */
  public VPNConnection tunnelInsideIpVersion(String value) {
    return set("TunnelInsideIpVersion", Value.of(value));
  }

  /**
   * Sets {@code TunnelInsideIpVersion} to this value; see {@link #tunnelInsideIpVersion(String)}.
   */
  public VPNConnection tunnelInsideIpVersion(Value<String> value) {
    return set("TunnelInsideIpVersion", value);
  }

  /**
   * The type of VPN connection.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code Type}.
   */
  public VPNConnection typeProperty(String value) {
    return set("Type", Value.of(value));
  }

  /** Sets {@code Type} to this value; see {@link #typeProperty(String)}. */
  public VPNConnection typeProperty(Value<String> value) {
    return set("Type", value);
  }

  /**
   * The ID of the VPN concentrator to associate with the VPN connection.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code VpnConcentratorId}.
   */
  public VPNConnection vpnConcentratorId(String value) {
    return set("VpnConcentratorId", Value.of(value));
  }

  /** Sets {@code VpnConcentratorId} to this value; see {@link #vpnConcentratorId(String)}. */
  public VPNConnection vpnConcentratorId(Value<String> value) {
    return set("VpnConcentratorId", value);
  }

  /**
   * The ID of the virtual private gateway at the AWS side of the VPN connection.
   *
   * <p>You must specify either <code>TransitGatewayId</code> or <code>VpnGatewayId</code> , but not
   * both.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code VpnGatewayId}.
   */
  public VPNConnection vpnGatewayId(String value) {
    return set("VpnGatewayId", Value.of(value));
  }

  /** Sets {@code VpnGatewayId} to this value; see {@link #vpnGatewayId(String)}. */
  public VPNConnection vpnGatewayId(Value<String> value) {
    return set("VpnGatewayId", value);
  }

  /**
   * Sets {@code VpnGatewayId} to the Ref of {@code AWS::EC2::VPNGateway}; see {@link
   * #vpnGatewayId(String)}.
   */
  public VPNConnection vpnGatewayId(VPNGateway resource) {
    return set("VpnGatewayId", resource.ref());
  }

  /**
   * The tunnel options for the VPN connection.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code
   * VpnTunnelOptionsSpecifications}.
   */
  public VPNConnection vpnTunnelOptionsSpecifications(List<VpnTunnelOptionsSpecification> value) {
    return set("VpnTunnelOptionsSpecifications", Value.listOf(value));
  }

  /**
   * Sets {@code VpnTunnelOptionsSpecifications} to this value; see {@link
   * #vpnTunnelOptionsSpecifications(List)}.
   */
  public VPNConnection vpnTunnelOptionsSpecifications(Value<List<VpnTunnelOptionsSpecification>> value) {
    return set("VpnTunnelOptionsSpecifications", value);
  }

  /**
   * Sets {@code VpnTunnelOptionsSpecifications} to a list of these; see {@link
   * #vpnTunnelOptionsSpecifications(List)}.
   */
  public VPNConnection vpnTunnelOptionsSpecifications(VpnTunnelOptionsSpecification... values) {
    return set("VpnTunnelOptionsSpecifications", Value.list(values));
  }

  /**
   * The ID of the VPN connection.
   *
   * <p>{@code Fn::GetAtt} attribute {@code VpnConnectionId}.
   */
  public Value<String> vpnConnectionId() {
    return getAtt("VpnConnectionId");
  }

  /**
   * Options for sending VPN tunnel logs to CloudWatch.
   *
   * <p>Property type {@code AWS::EC2::VPNConnection.CloudwatchLogOptionsSpecification}.
   */
  public static final class CloudwatchLogOptionsSpecification extends Struct<CloudwatchLogOptionsSpecification> {
    private static final Schema SCHEMA = Schema.builder("AWS::EC2::VPNConnection.CloudwatchLogOptionsSpecification")
        .allowed("BgpLogOutputFormat", "json", "text")
        .allowed("LogOutputFormat", "json", "text")
        .build();

    public CloudwatchLogOptionsSpecification() {
      super(SCHEMA);
    }

    /**
     * Specifies whether to enable BGP logging for the VPN connection. Default value is
     * <code>False</code> .
     *
     * <p>Valid values: <code>True</code> | <code>False</code>
     *
     * <p>CloudFormation property {@code BgpLogEnabled}.
     */
    public CloudwatchLogOptionsSpecification bgpLogEnabled(boolean value) {
      return set("BgpLogEnabled", Value.of(value));
    }

    /** Sets {@code BgpLogEnabled} to this value; see {@link #bgpLogEnabled(boolean)}. */
    public CloudwatchLogOptionsSpecification bgpLogEnabled(Value<Boolean> value) {
      return set("BgpLogEnabled", value);
    }

    /**
     * The Amazon Resource Name (ARN) of the CloudWatch log group where BGP logs will be sent.
     *
     * <p>CloudFormation property {@code BgpLogGroupArn}.
     */
    public CloudwatchLogOptionsSpecification bgpLogGroupArn(String value) {
      return set("BgpLogGroupArn", Value.of(value));
    }

    /** Sets {@code BgpLogGroupArn} to this value; see {@link #bgpLogGroupArn(String)}. */
    public CloudwatchLogOptionsSpecification bgpLogGroupArn(Value<String> value) {
      return set("BgpLogGroupArn", value);
    }

    /**
     * The desired output format for BGP logs to be sent to CloudWatch. Default format is
     * <code>json</code> .
     *
     * <p>Valid values: <code>json</code> | <code>text</code>
     *
     * <p>Allowed values: {@code json}, {@code text}. CloudFormation property {@code
     * BgpLogOutputFormat}.
     */
    public CloudwatchLogOptionsSpecification bgpLogOutputFormat(String value) {
      return set("BgpLogOutputFormat", Value.of(value));
    }

    /** Sets {@code BgpLogOutputFormat} to this value; see {@link #bgpLogOutputFormat(String)}. */
    public CloudwatchLogOptionsSpecification bgpLogOutputFormat(Value<String> value) {
      return set("BgpLogOutputFormat", value);
    }

    /**
     * Enable or disable VPN tunnel logging feature. Default value is <code>False</code> .
     *
     * <p>Valid values: <code>True</code> | <code>False</code>
     *
     * <p>CloudFormation property {@code LogEnabled}.
     */
    public CloudwatchLogOptionsSpecification logEnabled(boolean value) {
      return set("LogEnabled", Value.of(value));
    }

    /** Sets {@code LogEnabled} to this value; see {@link #logEnabled(boolean)}. */
    public CloudwatchLogOptionsSpecification logEnabled(Value<Boolean> value) {
      return set("LogEnabled", value);
    }

    /**
     * The Amazon Resource Name (ARN) of the CloudWatch log group to send logs to.
     *
     * <p>CloudFormation property {@code LogGroupArn}.
     */
    public CloudwatchLogOptionsSpecification logGroupArn(String value) {
      return set("LogGroupArn", Value.of(value));
    }

    /** Sets {@code LogGroupArn} to this value; see {@link #logGroupArn(String)}. */
    public CloudwatchLogOptionsSpecification logGroupArn(Value<String> value) {
      return set("LogGroupArn", value);
    }

    /**
     * Set log format. Default format is <code>json</code> .
     *
     * <p>Valid values: <code>json</code> | <code>text</code>
     *
     * <p>Allowed values: {@code json}, {@code text}. CloudFormation property {@code
     * LogOutputFormat}.
     */
    public CloudwatchLogOptionsSpecification logOutputFormat(String value) {
      return set("LogOutputFormat", Value.of(value));
    }

    /** Sets {@code LogOutputFormat} to this value; see {@link #logOutputFormat(String)}. */
    public CloudwatchLogOptionsSpecification logOutputFormat(Value<String> value) {
      return set("LogOutputFormat", value);
    }
  }

  /**
   * The IKE version that is permitted for the VPN tunnel.
   *
   * <p>Property type {@code AWS::EC2::VPNConnection.IKEVersionsRequestListValue}.
   */
  public static final class IKEVersionsRequestListValue extends Struct<IKEVersionsRequestListValue> {
    private static final Schema SCHEMA = Schema.builder("AWS::EC2::VPNConnection.IKEVersionsRequestListValue")
        .allowed("Value", "ikev1", "ikev2")
        .build();

    public IKEVersionsRequestListValue() {
      super(SCHEMA);
    }

    /**
     * The IKE version.
     *
     * <p>Allowed values: {@code ikev1}, {@code ikev2}. CloudFormation property {@code Value}.
     */
    public IKEVersionsRequestListValue value(String value) {
      return set("Value", Value.of(value));
    }

    /** Sets {@code Value} to this value; see {@link #value(String)}. */
    public IKEVersionsRequestListValue value(Value<String> value) {
      return set("Value", value);
    }
  }

  /**
   * Specifies a Diffie-Hellman group number for the VPN tunnel for phase 1 IKE negotiations.
   *
   * <p>Property type {@code AWS::EC2::VPNConnection.Phase1DHGroupNumbersRequestListValue}.
   */
  public static final class Phase1DHGroupNumbersRequestListValue extends Struct<Phase1DHGroupNumbersRequestListValue> {
    private static final Schema SCHEMA = Schema.builder("AWS::EC2::VPNConnection.Phase1DHGroupNumbersRequestListValue")
        .allowed("Value", "2", "14", "15", "16", "17", "18", "19", "20", "21", "22", "23", "24")
        .build();

    public Phase1DHGroupNumbersRequestListValue() {
      super(SCHEMA);
    }

    /**
     * The Diffie-Hellmann group number.
     *
     * <p>Allowed values: {@code 2}, {@code 14}, {@code 15}, {@code 16}, {@code 17}, {@code 18},
     * {@code 19}, {@code 20}, {@code 21}, {@code 22}, {@code 23}, {@code 24}. CloudFormation
     * property {@code Value}.
     */
    public Phase1DHGroupNumbersRequestListValue value(int value) {
      return set("Value", Value.of(value));
    }

    /** Sets {@code Value} to this value; see {@link #value(int)}. */
    public Phase1DHGroupNumbersRequestListValue value(Value<Integer> value) {
      return set("Value", value);
    }
  }

  /**
   * Specifies the encryption algorithm for the VPN tunnel for phase 1 IKE negotiations.
   *
   * <p>Property type {@code AWS::EC2::VPNConnection.Phase1EncryptionAlgorithmsRequestListValue}.
   */
  public static final class Phase1EncryptionAlgorithmsRequestListValue extends Struct<Phase1EncryptionAlgorithmsRequestListValue> {
    private static final Schema SCHEMA = Schema.builder("AWS::EC2::VPNConnection.Phase1EncryptionAlgorithmsRequestListValue")
        .allowed("Value", "AES128", "AES256", "AES128-GCM-16", "AES256-GCM-16")
        .build();

    public Phase1EncryptionAlgorithmsRequestListValue() {
      super(SCHEMA);
    }

    /**
     * The value for the encryption algorithm.
     *
     * <p>Allowed values: {@code AES128}, {@code AES256}, {@code AES128-GCM-16}, {@code
     * AES256-GCM-16}. CloudFormation property {@code Value}.
     */
    public Phase1EncryptionAlgorithmsRequestListValue value(String value) {
      return set("Value", Value.of(value));
    }

    /** Sets {@code Value} to this value; see {@link #value(String)}. */
    public Phase1EncryptionAlgorithmsRequestListValue value(Value<String> value) {
      return set("Value", value);
    }
  }

  /**
   * Specifies the integrity algorithm for the VPN tunnel for phase 1 IKE negotiations.
   *
   * <p>Property type {@code AWS::EC2::VPNConnection.Phase1IntegrityAlgorithmsRequestListValue}.
   */
  public static final class Phase1IntegrityAlgorithmsRequestListValue extends Struct<Phase1IntegrityAlgorithmsRequestListValue> {
    private static final Schema SCHEMA = Schema.builder("AWS::EC2::VPNConnection.Phase1IntegrityAlgorithmsRequestListValue")
        .allowed("Value", "SHA1", "SHA2-256", "SHA2-384", "SHA2-512")
        .build();

    public Phase1IntegrityAlgorithmsRequestListValue() {
      super(SCHEMA);
    }

    /**
     * The value for the integrity algorithm.
     *
     * <p>Allowed values: {@code SHA1}, {@code SHA2-256}, {@code SHA2-384}, {@code SHA2-512}.
     * CloudFormation property {@code Value}.
     */
    public Phase1IntegrityAlgorithmsRequestListValue value(String value) {
      return set("Value", Value.of(value));
    }

    /** Sets {@code Value} to this value; see {@link #value(String)}. */
    public Phase1IntegrityAlgorithmsRequestListValue value(Value<String> value) {
      return set("Value", value);
    }
  }

  /**
   * Specifies a Diffie-Hellman group number for the VPN tunnel for phase 2 IKE negotiations.
   *
   * <p>Property type {@code AWS::EC2::VPNConnection.Phase2DHGroupNumbersRequestListValue}.
   */
  public static final class Phase2DHGroupNumbersRequestListValue extends Struct<Phase2DHGroupNumbersRequestListValue> {
    private static final Schema SCHEMA = Schema.builder("AWS::EC2::VPNConnection.Phase2DHGroupNumbersRequestListValue")
        .allowed("Value", "2", "5", "14", "15", "16", "17", "18", "19", "20", "21", "22", "23",
            "24")
        .build();

    public Phase2DHGroupNumbersRequestListValue() {
      super(SCHEMA);
    }

    /**
     * The Diffie-Hellmann group number.
     *
     * <p>Allowed values: {@code 2}, {@code 5}, {@code 14}, {@code 15}, {@code 16}, {@code 17},
     * {@code 18}, {@code 19}, {@code 20}, {@code 21}, {@code 22}, {@code 23}, {@code 24}.
     * CloudFormation property {@code Value}.
     */
    public Phase2DHGroupNumbersRequestListValue value(int value) {
      return set("Value", Value.of(value));
    }

    /** Sets {@code Value} to this value; see {@link #value(int)}. */
    public Phase2DHGroupNumbersRequestListValue value(Value<Integer> value) {
      return set("Value", value);
    }
  }

  /**
   * Specifies the encryption algorithm for the VPN tunnel for phase 2 IKE negotiations.
   *
   * <p>Property type {@code AWS::EC2::VPNConnection.Phase2EncryptionAlgorithmsRequestListValue}.
   */
  public static final class Phase2EncryptionAlgorithmsRequestListValue extends Struct<Phase2EncryptionAlgorithmsRequestListValue> {
    private static final Schema SCHEMA = Schema.builder("AWS::EC2::VPNConnection.Phase2EncryptionAlgorithmsRequestListValue")
        .allowed("Value", "AES128", "AES256", "AES128-GCM-16", "AES256-GCM-16")
        .build();

    public Phase2EncryptionAlgorithmsRequestListValue() {
      super(SCHEMA);
    }

    /**
     * The encryption algorithm.
     *
     * <p>Allowed values: {@code AES128}, {@code AES256}, {@code AES128-GCM-16}, {@code
     * AES256-GCM-16}. CloudFormation property {@code Value}.
     */
    public Phase2EncryptionAlgorithmsRequestListValue value(String value) {
      return set("Value", Value.of(value));
    }

    /** Sets {@code Value} to this value; see {@link #value(String)}. */
    public Phase2EncryptionAlgorithmsRequestListValue value(Value<String> value) {
      return set("Value", value);
    }
  }

  /**
   * Specifies the integrity algorithm for the VPN tunnel for phase 2 IKE negotiations.
   *
   * <p>Property type {@code AWS::EC2::VPNConnection.Phase2IntegrityAlgorithmsRequestListValue}.
   */
  public static final class Phase2IntegrityAlgorithmsRequestListValue extends Struct<Phase2IntegrityAlgorithmsRequestListValue> {
    private static final Schema SCHEMA = Schema.builder("AWS::EC2::VPNConnection.Phase2IntegrityAlgorithmsRequestListValue")
        .allowed("Value", "SHA1", "SHA2-256", "SHA2-384", "SHA2-512")
        .build();

    public Phase2IntegrityAlgorithmsRequestListValue() {
      super(SCHEMA);
    }

    /**
     * The integrity algorithm.
     *
     * <p>Allowed values: {@code SHA1}, {@code SHA2-256}, {@code SHA2-384}, {@code SHA2-512}.
     * CloudFormation property {@code Value}.
     */
    public Phase2IntegrityAlgorithmsRequestListValue value(String value) {
      return set("Value", Value.of(value));
    }

    /** Sets {@code Value} to this value; see {@link #value(String)}. */
    public Phase2IntegrityAlgorithmsRequestListValue value(Value<String> value) {
      return set("Value", value);
    }
  }

  /**
   * Options for logging VPN tunnel activity.
   *
   * <p>Property type {@code AWS::EC2::VPNConnection.VpnTunnelLogOptionsSpecification}.
   */
  public static final class VpnTunnelLogOptionsSpecification extends Struct<VpnTunnelLogOptionsSpecification> {
    private static final Schema SCHEMA = Schema.of("AWS::EC2::VPNConnection.VpnTunnelLogOptionsSpecification");

    public VpnTunnelLogOptionsSpecification() {
      super(SCHEMA);
    }

    /**
     * Options for sending VPN tunnel logs to CloudWatch.
     *
     * <p>CloudFormation property {@code CloudwatchLogOptions}.
     */
    public VpnTunnelLogOptionsSpecification cloudwatchLogOptions(Value<CloudwatchLogOptionsSpecification> value) {
      return set("CloudwatchLogOptions", value);
    }
  }

  /**
   * The tunnel options for a single VPN tunnel.
   *
   * <p>Property type {@code AWS::EC2::VPNConnection.VpnTunnelOptionsSpecification}.
   */
  public static final class VpnTunnelOptionsSpecification extends Struct<VpnTunnelOptionsSpecification> {
    private static final Schema SCHEMA = Schema.builder("AWS::EC2::VPNConnection.VpnTunnelOptionsSpecification")
        .allowed("DPDTimeoutAction", "clear", "none", "restart")
        .constrain("DPDTimeoutSeconds", Constraint.of().minimum(30))
        .constrain("Phase1LifetimeSeconds", Constraint.of().minimum(900).maximum(28800))
        .constrain("Phase2LifetimeSeconds", Constraint.of().minimum(900).maximum(3600))
        .constrain("RekeyFuzzPercentage", Constraint.of().minimum(0).maximum(100))
        .constrain("RekeyMarginTimeSeconds", Constraint.of().minimum(60))
        .constrain("ReplayWindowSize", Constraint.of().minimum(64).maximum(2048))
        .allowed("StartupAction", "add", "start")
        .build();

    public VpnTunnelOptionsSpecification() {
      super(SCHEMA);
    }

    /**
     * The action to take after DPD timeout occurs. Specify <code>restart</code> to restart the IKE
     * initiation. Specify <code>clear</code> to end the IKE session.
     *
     * <p>Valid Values: <code>clear</code> | <code>none</code> | <code>restart</code>
     *
     * <p>Default: <code>clear</code>
     *
     * <p>Allowed values: {@code clear}, {@code none}, {@code restart}. CloudFormation property
     * {@code DPDTimeoutAction}.
     */
    public VpnTunnelOptionsSpecification dpdTimeoutAction(String value) {
      return set("DPDTimeoutAction", Value.of(value));
    }

    /** Sets {@code DPDTimeoutAction} to this value; see {@link #dpdTimeoutAction(String)}. */
    public VpnTunnelOptionsSpecification dpdTimeoutAction(Value<String> value) {
      return set("DPDTimeoutAction", value);
    }

    /**
     * The number of seconds after which a DPD timeout occurs.
     *
     * <p>Constraints: A value greater than or equal to 30.
     *
     * <p>Default: <code>30</code>
     *
     * <p>Range: at least 30. CloudFormation property {@code DPDTimeoutSeconds}.
     */
    public VpnTunnelOptionsSpecification dpdTimeoutSeconds(int value) {
      return set("DPDTimeoutSeconds", Value.of(value));
    }

    /** Sets {@code DPDTimeoutSeconds} to this value; see {@link #dpdTimeoutSeconds(int)}. */
    public VpnTunnelOptionsSpecification dpdTimeoutSeconds(Value<Integer> value) {
      return set("DPDTimeoutSeconds", value);
    }

    /**
     * Turn on or off tunnel endpoint lifecycle control feature.
     *
     * <p>CloudFormation property {@code EnableTunnelLifecycleControl}.
     */
    public VpnTunnelOptionsSpecification enableTunnelLifecycleControl(boolean value) {
      return set("EnableTunnelLifecycleControl", Value.of(value));
    }

    /**
     * Sets {@code EnableTunnelLifecycleControl} to this value; see {@link
     * #enableTunnelLifecycleControl(boolean)}.
     */
    public VpnTunnelOptionsSpecification enableTunnelLifecycleControl(Value<Boolean> value) {
      return set("EnableTunnelLifecycleControl", value);
    }

    /**
     * The IKE versions that are permitted for the VPN tunnel.
     *
     * <p>Valid values: <code>ikev1</code> | <code>ikev2</code>
     *
     * <p>CloudFormation property {@code IKEVersions}.
     */
    public VpnTunnelOptionsSpecification ikeVersions(List<IKEVersionsRequestListValue> value) {
      return set("IKEVersions", Value.listOf(value));
    }

    /** Sets {@code IKEVersions} to this value; see {@link #ikeVersions(List)}. */
    public VpnTunnelOptionsSpecification ikeVersions(Value<List<IKEVersionsRequestListValue>> value) {
      return set("IKEVersions", value);
    }

    /** Sets {@code IKEVersions} to a list of these; see {@link #ikeVersions(List)}. */
    public VpnTunnelOptionsSpecification ikeVersions(IKEVersionsRequestListValue... values) {
      return set("IKEVersions", Value.list(values));
    }

    /**
     * Options for logging VPN tunnel activity.
     *
     * <p>CloudFormation property {@code LogOptions}.
     */
    public VpnTunnelOptionsSpecification logOptions(Value<VpnTunnelLogOptionsSpecification> value) {
      return set("LogOptions", value);
    }

    /**
     * One or more Diffie-Hellman group numbers that are permitted for the VPN tunnel for phase 1
     * IKE negotiations.
     *
     * <p>Valid values: <code>2</code> | <code>14</code> | <code>15</code> | <code>16</code> |
     * <code>17</code> | <code>18</code> | <code>19</code> | <code>20</code> | <code>21</code> |
     * <code>22</code> | <code>23</code> | <code>24</code>
     *
     * <p>CloudFormation property {@code Phase1DHGroupNumbers}.
     */
    public VpnTunnelOptionsSpecification phase1DHGroupNumbers(List<Phase1DHGroupNumbersRequestListValue> value) {
      return set("Phase1DHGroupNumbers", Value.listOf(value));
    }

    /** Sets {@code Phase1DHGroupNumbers} to this value; see {@link #phase1DHGroupNumbers(List)}. */
    public VpnTunnelOptionsSpecification phase1DHGroupNumbers(Value<List<Phase1DHGroupNumbersRequestListValue>> value) {
      return set("Phase1DHGroupNumbers", value);
    }

    /**
     * Sets {@code Phase1DHGroupNumbers} to a list of these; see {@link
     * #phase1DHGroupNumbers(List)}.
     */
    public VpnTunnelOptionsSpecification phase1DHGroupNumbers(Phase1DHGroupNumbersRequestListValue... values) {
      return set("Phase1DHGroupNumbers", Value.list(values));
    }

    /**
     * One or more encryption algorithms that are permitted for the VPN tunnel for phase 1 IKE
     * negotiations.
     *
     * <p>Valid values: <code>AES128</code> | <code>AES256</code> | <code>AES128-GCM-16</code> |
     * <code>AES256-GCM-16</code>
     *
     * <p>CloudFormation property {@code Phase1EncryptionAlgorithms}.
     */
    public VpnTunnelOptionsSpecification phase1EncryptionAlgorithms(List<Phase1EncryptionAlgorithmsRequestListValue> value) {
      return set("Phase1EncryptionAlgorithms", Value.listOf(value));
    }

    /**
     * Sets {@code Phase1EncryptionAlgorithms} to this value; see {@link
     * #phase1EncryptionAlgorithms(List)}.
     */
    public VpnTunnelOptionsSpecification phase1EncryptionAlgorithms(Value<List<Phase1EncryptionAlgorithmsRequestListValue>> value) {
      return set("Phase1EncryptionAlgorithms", value);
    }

    /**
     * Sets {@code Phase1EncryptionAlgorithms} to a list of these; see {@link
     * #phase1EncryptionAlgorithms(List)}.
     */
    public VpnTunnelOptionsSpecification phase1EncryptionAlgorithms(Phase1EncryptionAlgorithmsRequestListValue... values) {
      return set("Phase1EncryptionAlgorithms", Value.list(values));
    }

    /**
     * One or more integrity algorithms that are permitted for the VPN tunnel for phase 1 IKE
     * negotiations.
     *
     * <p>Valid values: <code>SHA1</code> | <code>SHA2-256</code> | <code>SHA2-384</code> |
     * <code>SHA2-512</code>
     *
     * <p>CloudFormation property {@code Phase1IntegrityAlgorithms}.
     */
    public VpnTunnelOptionsSpecification phase1IntegrityAlgorithms(List<Phase1IntegrityAlgorithmsRequestListValue> value) {
      return set("Phase1IntegrityAlgorithms", Value.listOf(value));
    }

    /**
     * Sets {@code Phase1IntegrityAlgorithms} to this value; see {@link
     * #phase1IntegrityAlgorithms(List)}.
     */
    public VpnTunnelOptionsSpecification phase1IntegrityAlgorithms(Value<List<Phase1IntegrityAlgorithmsRequestListValue>> value) {
      return set("Phase1IntegrityAlgorithms", value);
    }

    /**
     * Sets {@code Phase1IntegrityAlgorithms} to a list of these; see {@link
     * #phase1IntegrityAlgorithms(List)}.
     */
    public VpnTunnelOptionsSpecification phase1IntegrityAlgorithms(Phase1IntegrityAlgorithmsRequestListValue... values) {
      return set("Phase1IntegrityAlgorithms", Value.list(values));
    }

    /**
     * The lifetime for phase 1 of the IKE negotiation, in seconds.
     *
     * <p>Constraints: A value between 900 and 28,800.
     *
     * <p>Default: <code>28800</code>
     *
     * <p>Range: 900 to 28800. CloudFormation property {@code Phase1LifetimeSeconds}.
     */
    public VpnTunnelOptionsSpecification phase1LifetimeSeconds(int value) {
      return set("Phase1LifetimeSeconds", Value.of(value));
    }

    /**
     * Sets {@code Phase1LifetimeSeconds} to this value; see {@link #phase1LifetimeSeconds(int)}.
     */
    public VpnTunnelOptionsSpecification phase1LifetimeSeconds(Value<Integer> value) {
      return set("Phase1LifetimeSeconds", value);
    }

    /**
     * One or more Diffie-Hellman group numbers that are permitted for the VPN tunnel for phase 2
     * IKE negotiations.
     *
     * <p>Valid values: <code>2</code> | <code>5</code> | <code>14</code> | <code>15</code> |
     * <code>16</code> | <code>17</code> | <code>18</code> | <code>19</code> | <code>20</code> |
     * <code>21</code> | <code>22</code> | <code>23</code> | <code>24</code>
     *
     * <p>CloudFormation property {@code Phase2DHGroupNumbers}.
     */
    public VpnTunnelOptionsSpecification phase2DHGroupNumbers(List<Phase2DHGroupNumbersRequestListValue> value) {
      return set("Phase2DHGroupNumbers", Value.listOf(value));
    }

    /** Sets {@code Phase2DHGroupNumbers} to this value; see {@link #phase2DHGroupNumbers(List)}. */
    public VpnTunnelOptionsSpecification phase2DHGroupNumbers(Value<List<Phase2DHGroupNumbersRequestListValue>> value) {
      return set("Phase2DHGroupNumbers", value);
    }

    /**
     * Sets {@code Phase2DHGroupNumbers} to a list of these; see {@link
     * #phase2DHGroupNumbers(List)}.
     */
    public VpnTunnelOptionsSpecification phase2DHGroupNumbers(Phase2DHGroupNumbersRequestListValue... values) {
      return set("Phase2DHGroupNumbers", Value.list(values));
    }

    /**
     * One or more encryption algorithms that are permitted for the VPN tunnel for phase 2 IKE
     * negotiations.
     *
     * <p>Valid values: <code>AES128</code> | <code>AES256</code> | <code>AES128-GCM-16</code> |
     * <code>AES256-GCM-16</code>
     *
     * <p>CloudFormation property {@code Phase2EncryptionAlgorithms}.
     */
    public VpnTunnelOptionsSpecification phase2EncryptionAlgorithms(List<Phase2EncryptionAlgorithmsRequestListValue> value) {
      return set("Phase2EncryptionAlgorithms", Value.listOf(value));
    }

    /**
     * Sets {@code Phase2EncryptionAlgorithms} to this value; see {@link
     * #phase2EncryptionAlgorithms(List)}.
     */
    public VpnTunnelOptionsSpecification phase2EncryptionAlgorithms(Value<List<Phase2EncryptionAlgorithmsRequestListValue>> value) {
      return set("Phase2EncryptionAlgorithms", value);
    }

    /**
     * Sets {@code Phase2EncryptionAlgorithms} to a list of these; see {@link
     * #phase2EncryptionAlgorithms(List)}.
     */
    public VpnTunnelOptionsSpecification phase2EncryptionAlgorithms(Phase2EncryptionAlgorithmsRequestListValue... values) {
      return set("Phase2EncryptionAlgorithms", Value.list(values));
    }

    /**
     * One or more integrity algorithms that are permitted for the VPN tunnel for phase 2 IKE
     * negotiations.
     *
     * <p>Valid values: <code>SHA1</code> | <code>SHA2-256</code> | <code>SHA2-384</code> |
     * <code>SHA2-512</code>
     *
     * <p>CloudFormation property {@code Phase2IntegrityAlgorithms}.
     */
    public VpnTunnelOptionsSpecification phase2IntegrityAlgorithms(List<Phase2IntegrityAlgorithmsRequestListValue> value) {
      return set("Phase2IntegrityAlgorithms", Value.listOf(value));
    }

    /**
     * Sets {@code Phase2IntegrityAlgorithms} to this value; see {@link
     * #phase2IntegrityAlgorithms(List)}.
     */
    public VpnTunnelOptionsSpecification phase2IntegrityAlgorithms(Value<List<Phase2IntegrityAlgorithmsRequestListValue>> value) {
      return set("Phase2IntegrityAlgorithms", value);
    }

    /**
     * Sets {@code Phase2IntegrityAlgorithms} to a list of these; see {@link
     * #phase2IntegrityAlgorithms(List)}.
     */
    public VpnTunnelOptionsSpecification phase2IntegrityAlgorithms(Phase2IntegrityAlgorithmsRequestListValue... values) {
      return set("Phase2IntegrityAlgorithms", Value.list(values));
    }

    /**
     * The lifetime for phase 2 of the IKE negotiation, in seconds.
     *
     * <p>Constraints: A value between 900 and 3,600. The value must be less than the value for
     * <code>Phase1LifetimeSeconds</code> .
     *
     * <p>Default: <code>3600</code>
     *
     * <p>Range: 900 to 3600. CloudFormation property {@code Phase2LifetimeSeconds}.
     */
    public VpnTunnelOptionsSpecification phase2LifetimeSeconds(int value) {
      return set("Phase2LifetimeSeconds", Value.of(value));
    }

    /**
     * Sets {@code Phase2LifetimeSeconds} to this value; see {@link #phase2LifetimeSeconds(int)}.
     */
    public VpnTunnelOptionsSpecification phase2LifetimeSeconds(Value<Integer> value) {
      return set("Phase2LifetimeSeconds", value);
    }

    /**
     * The pre-shared key (PSK) to establish initial authentication between the virtual private
     * gateway and customer gateway.
     *
     * <p>Constraints: Allowed characters are alphanumeric characters, periods (.), and underscores
     * (_). Must be between 8 and 64 characters in length and cannot start with zero (0).
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code PreSharedKey}.
     */
    public VpnTunnelOptionsSpecification preSharedKey(String value) {
      return set("PreSharedKey", Value.of(value));
    }

    /** Sets {@code PreSharedKey} to this value; see {@link #preSharedKey(String)}. */
    public VpnTunnelOptionsSpecification preSharedKey(Value<String> value) {
      return set("PreSharedKey", value);
    }

    /**
     * The percentage of the rekey window (determined by <code>RekeyMarginTimeSeconds</code> )
     * during which the rekey time is randomly selected.
     *
     * <p>Constraints: A value between 0 and 100.
     *
     * <p>Default: <code>100</code>
     *
     * <p>Range: 0 to 100. CloudFormation property {@code RekeyFuzzPercentage}.
     */
    public VpnTunnelOptionsSpecification rekeyFuzzPercentage(int value) {
      return set("RekeyFuzzPercentage", Value.of(value));
    }

    /** Sets {@code RekeyFuzzPercentage} to this value; see {@link #rekeyFuzzPercentage(int)}. */
    public VpnTunnelOptionsSpecification rekeyFuzzPercentage(Value<Integer> value) {
      return set("RekeyFuzzPercentage", value);
    }

    /**
     * The margin time, in seconds, before the phase 2 lifetime expires, during which the AWS side
     * of the VPN connection performs an IKE rekey. The exact time of the rekey is randomly selected
     * based on the value for <code>RekeyFuzzPercentage</code> .
     *
     * <p>Constraints: A value between 60 and half of <code>Phase2LifetimeSeconds</code> .
     *
     * <p>Default: <code>270</code>
     *
     * <p>Range: at least 60. CloudFormation property {@code RekeyMarginTimeSeconds}.
     */
    public VpnTunnelOptionsSpecification rekeyMarginTimeSeconds(int value) {
      return set("RekeyMarginTimeSeconds", Value.of(value));
    }

    /**
     * Sets {@code RekeyMarginTimeSeconds} to this value; see {@link #rekeyMarginTimeSeconds(int)}.
     */
    public VpnTunnelOptionsSpecification rekeyMarginTimeSeconds(Value<Integer> value) {
      return set("RekeyMarginTimeSeconds", value);
    }

    /**
     * The number of packets in an IKE replay window.
     *
     * <p>Constraints: A value between 64 and 2048.
     *
     * <p>Default: <code>1024</code>
     *
     * <p>Range: 64 to 2048. CloudFormation property {@code ReplayWindowSize}.
     */
    public VpnTunnelOptionsSpecification replayWindowSize(int value) {
      return set("ReplayWindowSize", Value.of(value));
    }

    /** Sets {@code ReplayWindowSize} to this value; see {@link #replayWindowSize(int)}. */
    public VpnTunnelOptionsSpecification replayWindowSize(Value<Integer> value) {
      return set("ReplayWindowSize", value);
    }

    /**
     * The action to take when the establishing the tunnel for the VPN connection. By default, your
     * customer gateway device must initiate the IKE negotiation and bring up the tunnel. Specify
     * <code>start</code> for AWS to initiate the IKE negotiation.
     *
     * <p>Valid Values: <code>add</code> | <code>start</code>
     *
     * <p>Default: <code>add</code>
     *
     * <p>Allowed values: {@code add}, {@code start}. CloudFormation property {@code StartupAction}.
     */
    public VpnTunnelOptionsSpecification startupAction(String value) {
      return set("StartupAction", Value.of(value));
    }

    /** Sets {@code StartupAction} to this value; see {@link #startupAction(String)}. */
    public VpnTunnelOptionsSpecification startupAction(Value<String> value) {
      return set("StartupAction", value);
    }

    /**
     * The range of inside IP addresses for the tunnel. Any specified CIDR blocks must be unique
     * across all VPN connections that use the same virtual private gateway.
     *
     * <p>Constraints: A size /30 CIDR block from the <code>169.254.0.0/16</code> range. The
     * following CIDR blocks are reserved and cannot be used:
     *
     * <ul> <li><code>169.254.0.0/30</code> <li><code>169.254.1.0/30</code>
     * <li><code>169.254.2.0/30</code> <li><code>169.254.3.0/30</code>
     * <li><code>169.254.4.0/30</code> <li><code>169.254.5.0/30</code>
     * <li><code>169.254.169.252/30</code> </ul>
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code TunnelInsideCidr}.
     */
    public VpnTunnelOptionsSpecification tunnelInsideCidr(String value) {
      return set("TunnelInsideCidr", Value.of(value));
    }

    /** Sets {@code TunnelInsideCidr} to this value; see {@link #tunnelInsideCidr(String)}. */
    public VpnTunnelOptionsSpecification tunnelInsideCidr(Value<String> value) {
      return set("TunnelInsideCidr", value);
    }

    /**
     * The range of inside IPv6 addresses for the tunnel. Any specified CIDR blocks must be unique
     * across all VPN connections that use the same transit gateway.
     *
     * <p>Constraints: A size /126 CIDR block from the local <code>fd00::/8</code> range.
     *
     * <p>CloudFormation property {@code TunnelInsideIpv6Cidr}.
     */
    public VpnTunnelOptionsSpecification tunnelInsideIpv6Cidr(String value) {
      return set("TunnelInsideIpv6Cidr", Value.of(value));
    }

    /**
     * Sets {@code TunnelInsideIpv6Cidr} to this value; see {@link #tunnelInsideIpv6Cidr(String)}.
     */
    public VpnTunnelOptionsSpecification tunnelInsideIpv6Cidr(Value<String> value) {
      return set("TunnelInsideIpv6Cidr", value);
    }
  }
}
