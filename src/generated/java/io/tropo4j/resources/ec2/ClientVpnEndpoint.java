// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.ec2;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Specifies a Client VPN endpoint. A Client VPN endpoint is the resource you create and configure
 * to enable and manage client VPN sessions. It is the destination endpoint at which all client VPN
 * sessions are terminated.
 *
 * <p>CloudFormation type {@code AWS::EC2::ClientVpnEndpoint}.
 */
public final class ClientVpnEndpoint extends Resource<ClientVpnEndpoint> {
  private static final Schema SCHEMA = Schema.builder("AWS::EC2::ClientVpnEndpoint")
      .required("AuthenticationOptions", "ConnectionLogOptions", "ServerCertificateArn")
      .constrain("SecurityGroupIds", Constraint.of().format("AWS::EC2::SecurityGroup.Id"))
      .constrain("VpcId", Constraint.of().format("AWS::EC2::VPC.Id"))
      .refYields("Id")
      .attributes("Id")
      .build();

  public ClientVpnEndpoint(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * Information about the authentication method to be used to authenticate clients.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code
   * AuthenticationOptions}.
   */
  public ClientVpnEndpoint authenticationOptions(List<ClientAuthenticationRequest> value) {
    return set("AuthenticationOptions", Value.listOf(value));
  }

  /** Sets {@code AuthenticationOptions} to this value; see {@link #authenticationOptions(List)}. */
  public ClientVpnEndpoint authenticationOptions(Value<List<ClientAuthenticationRequest>> value) {
    return set("AuthenticationOptions", value);
  }

  /**
   * Sets {@code AuthenticationOptions} to a list of these; see {@link
   * #authenticationOptions(List)}.
   */
  public ClientVpnEndpoint authenticationOptions(ClientAuthenticationRequest... values) {
    return set("AuthenticationOptions", Value.list(values));
  }

  /**
   * The IPv4 address range, in CIDR notation, from which to assign client IP addresses. The address
   * range cannot overlap with the local CIDR of the VPC in which the associated subnet is located,
   * or the routes that you add manually. The address range cannot be changed after the Client VPN
   * endpoint has been created. Client CIDR range must have a size of at least /22 and must not be
   * greater than /12.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code ClientCidrBlock}.
   */
  public ClientVpnEndpoint clientCidrBlock(String value) {
    return set("ClientCidrBlock", Value.of(value));
  }

  /** Sets {@code ClientCidrBlock} to this value; see {@link #clientCidrBlock(String)}. */
  public ClientVpnEndpoint clientCidrBlock(Value<String> value) {
    return set("ClientCidrBlock", value);
  }

  /**
   * The options for managing connection authorization for new client connections.
   *
   * <p>CloudFormation property {@code ClientConnectOptions}.
   */
  public ClientVpnEndpoint clientConnectOptions(Value<ClientConnectOptions> value) {
    return set("ClientConnectOptions", value);
  }

  /**
   * Options for enabling a customizable text banner that will be displayed on AWS provided clients
   * when a VPN session is established.
   *
   * <p>CloudFormation property {@code ClientLoginBannerOptions}.
   */
  public ClientVpnEndpoint clientLoginBannerOptions(Value<ClientLoginBannerOptions> value) {
    return set("ClientLoginBannerOptions", value);
  }

  /**
   * Client route enforcement is a feature of the Client VPN service that helps enforce
   * administrator defined routes on devices connected through the VPN. T his feature helps improve
   * your security posture by ensuring that network traffic originating from a connected client is
   * not inadvertently sent outside the VPN tunnel.
   *
   * <p>Client route enforcement works by monitoring the route table of a connected device for
   * routing policy changes to the VPN connection. If the feature detects any VPN routing policy
   * modifications, it will automatically force an update to the route table, reverting it back to
   * the expected route configurations.
   *
   * <p>CloudFormation property {@code ClientRouteEnforcementOptions}.
   */
  public ClientVpnEndpoint clientRouteEnforcementOptions(Value<ClientRouteEnforcementOptions> value) {
    return set("ClientRouteEnforcementOptions", value);
  }

  /**
   * Information about the client connection logging options.
   *
   * <p>If you enable client connection logging, data about client connections is sent to a
   * Cloudwatch Logs log stream. The following information is logged:
   *
   * <ul> <li>Client connection requests <li>Client connection results (successful and unsuccessful)
   * <li>Reasons for unsuccessful client connection requests <li>Client connection termination time
   * </ul>
   *
   * <p>Required. CloudFormation property {@code ConnectionLogOptions}.
   */
  public ClientVpnEndpoint connectionLogOptions(Value<ConnectionLogOptions> value) {
    return set("ConnectionLogOptions", value);
  }

  /**
   * A brief description of the Client VPN endpoint.
   *
   * <p>CloudFormation property {@code Description}.
   */
  public ClientVpnEndpoint description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public ClientVpnEndpoint description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * Indicates whether the client VPN session is disconnected after the maximum
   * <code>sessionTimeoutHours</code> is reached. If <code>true</code> , users are prompted to
   * reconnect client VPN. If <code>false</code> , client VPN attempts to reconnect automatically.
   * The default value is <code>true</code> .
   *
   * <p>CloudFormation property {@code DisconnectOnSessionTimeout}.
   */
  public ClientVpnEndpoint disconnectOnSessionTimeout(boolean value) {
    return set("DisconnectOnSessionTimeout", Value.of(value));
  }

  /**
   * Sets {@code DisconnectOnSessionTimeout} to this value; see {@link
   * #disconnectOnSessionTimeout(boolean)}.
   */
  public ClientVpnEndpoint disconnectOnSessionTimeout(Value<Boolean> value) {
    return set("DisconnectOnSessionTimeout", value);
  }

  /**
   * Information about the DNS servers to be used for DNS resolution. A Client VPN endpoint can have
   * up to two DNS servers. If no DNS server is specified, the DNS address configured on the device
   * is used for the DNS server.
   *
   * <p>CloudFormation property {@code DnsServers}.
   */
  public ClientVpnEndpoint dnsServers(List<String> value) {
    return set("DnsServers", Value.listOf(value));
  }

  /** Sets {@code DnsServers} to this value; see {@link #dnsServers(List)}. */
  public ClientVpnEndpoint dnsServers(Value<List<String>> value) {
    return set("DnsServers", value);
  }

  /**
   * The IP address type of the Client VPN endpoint. Possible values are <code>ipv4</code> for IPv4
   * addressing only, <code>ipv6</code> for IPv6 addressing only, or <code>dual-stack</code> for
   * both IPv4 and IPv6 addressing.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code EndpointIpAddressType}.
   */
  public ClientVpnEndpoint endpointIpAddressType(String value) {
    return set("EndpointIpAddressType", Value.of(value));
  }

  /**
   * Sets {@code EndpointIpAddressType} to this value; see {@link #endpointIpAddressType(String)}.
   */
  public ClientVpnEndpoint endpointIpAddressType(Value<String> value) {
    return set("EndpointIpAddressType", value);
  }

  /**
   * The IDs of one or more security groups to apply to the target network. You must also specify
   * the ID of the VPC that contains the security groups.
   *
   * <p>Format: {@code AWS::EC2::SecurityGroup.Id}. CloudFormation property {@code
   * SecurityGroupIds}.
   */
  public ClientVpnEndpoint securityGroupIds(List<String> value) {
    return set("SecurityGroupIds", Value.listOf(value));
  }

  /** Sets {@code SecurityGroupIds} to this value; see {@link #securityGroupIds(List)}. */
  public ClientVpnEndpoint securityGroupIds(Value<List<String>> value) {
    return set("SecurityGroupIds", value);
  }

  /**
   * Specify whether to enable the self-service portal for the Client VPN endpoint.
   *
   * <p>Default Value: <code>enabled</code>
   *
   * <p>CloudFormation property {@code SelfServicePortal}.
   */
  public ClientVpnEndpoint selfServicePortal(String value) {
    return set("SelfServicePortal", Value.of(value));
  }

  /** Sets {@code SelfServicePortal} to this value; see {@link #selfServicePortal(String)}. */
  public ClientVpnEndpoint selfServicePortal(Value<String> value) {
    return set("SelfServicePortal", value);
  }

  /**
   * The ARN of the server certificate. For more information, see the <a
   * href="https://docs.aws.amazon.com/acm/latest/userguide/">Certificate Manager User Guide</a> .
   *
   * <p>Required. CloudFormation property {@code ServerCertificateArn}.
   */
  public ClientVpnEndpoint serverCertificateArn(String value) {
    return set("ServerCertificateArn", Value.of(value));
  }

  /** Sets {@code ServerCertificateArn} to this value; see {@link #serverCertificateArn(String)}. */
  public ClientVpnEndpoint serverCertificateArn(Value<String> value) {
    return set("ServerCertificateArn", value);
  }

  /**
   * The maximum VPN session duration time in hours.
   *
   * <p>Valid values: <code>8 | 10 | 12 | 24</code>
   *
   * <p>Default value: <code>24</code>
   *
   * <p>CloudFormation property {@code SessionTimeoutHours}.
   */
  public ClientVpnEndpoint sessionTimeoutHours(int value) {
    return set("SessionTimeoutHours", Value.of(value));
  }

  /** Sets {@code SessionTimeoutHours} to this value; see {@link #sessionTimeoutHours(int)}. */
  public ClientVpnEndpoint sessionTimeoutHours(Value<Integer> value) {
    return set("SessionTimeoutHours", value);
  }

  /**
   * Indicates whether split-tunnel is enabled on the AWS Client VPN endpoint.
   *
   * <p>By default, split-tunnel on a VPN endpoint is disabled.
   *
   * <p>For information about split-tunnel VPN endpoints, see <a
   * href="https://docs.aws.amazon.com/vpn/latest/clientvpn-admin/split-tunnel-vpn.html">Split-tunnel
   * AWS Client VPN endpoint</a> in the <em>AWS Client VPN Administrator Guide</em> .
   *
   * <p>CloudFormation property {@code SplitTunnel}.
   */
  public ClientVpnEndpoint splitTunnel(boolean value) {
    return set("SplitTunnel", Value.of(value));
  }

  /** Sets {@code SplitTunnel} to this value; see {@link #splitTunnel(boolean)}. */
  public ClientVpnEndpoint splitTunnel(Value<Boolean> value) {
    return set("SplitTunnel", value);
  }

  /**
   * The tags to apply to the Client VPN endpoint during creation.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code TagSpecifications}.
   */
  public ClientVpnEndpoint tagSpecifications(List<TagSpecification> value) {
    return set("TagSpecifications", Value.listOf(value));
  }

  /** Sets {@code TagSpecifications} to this value; see {@link #tagSpecifications(List)}. */
  public ClientVpnEndpoint tagSpecifications(Value<List<TagSpecification>> value) {
    return set("TagSpecifications", value);
  }

  /** Sets {@code TagSpecifications} to a list of these; see {@link #tagSpecifications(List)}. */
  public ClientVpnEndpoint tagSpecifications(TagSpecification... values) {
    return set("TagSpecifications", Value.list(values));
  }

  /**
   * The IP address type of the Client VPN endpoint. Possible values are either <code>ipv4</code>
   * for IPv4 addressing only, <code>ipv6</code> for IPv6 addressing only, or
   * <code>dual-stack</code> for both IPv4 and IPv6 addressing.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code TrafficIpAddressType}.
   */
  public ClientVpnEndpoint trafficIpAddressType(String value) {
    return set("TrafficIpAddressType", Value.of(value));
  }

  /** Sets {@code TrafficIpAddressType} to this value; see {@link #trafficIpAddressType(String)}. */
  public ClientVpnEndpoint trafficIpAddressType(Value<String> value) {
    return set("TrafficIpAddressType", value);
  }

  /**
   * Changing it replaces the resource. CloudFormation property {@code TransitGatewayConfiguration}.
   */
  public ClientVpnEndpoint transitGatewayConfiguration(Value<TransitGatewayConfiguration> value) {
    return set("TransitGatewayConfiguration", value);
  }

  /**
   * The transport protocol to be used by the VPN session.
   *
   * <p>Default value: <code>udp</code>
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code TransportProtocol}.
   */
  public ClientVpnEndpoint transportProtocol(String value) {
    return set("TransportProtocol", Value.of(value));
  }

  /** Sets {@code TransportProtocol} to this value; see {@link #transportProtocol(String)}. */
  public ClientVpnEndpoint transportProtocol(Value<String> value) {
    return set("TransportProtocol", value);
  }

  /**
   * The ID of the VPC to associate with the Client VPN endpoint. If no security group IDs are
   * specified in the request, the default security group for the VPC is applied.
   *
   * <p>Format: {@code AWS::EC2::VPC.Id}. CloudFormation property {@code VpcId}.
   */
  public ClientVpnEndpoint vpcId(String value) {
    return set("VpcId", Value.of(value));
  }

  /** Sets {@code VpcId} to this value; see {@link #vpcId(String)}. */
  public ClientVpnEndpoint vpcId(Value<String> value) {
    return set("VpcId", value);
  }

  /**
   * The port number to assign to the Client VPN endpoint for TCP and UDP traffic.
   *
   * <p>Valid Values: <code>443</code> | <code>1194</code>
   *
   * <p>Default Value: <code>443</code>
   *
   * <p>CloudFormation property {@code VpnPort}.
   */
  public ClientVpnEndpoint vpnPort(int value) {
    return set("VpnPort", Value.of(value));
  }

  /** Sets {@code VpnPort} to this value; see {@link #vpnPort(int)}. */
  public ClientVpnEndpoint vpnPort(Value<Integer> value) {
    return set("VpnPort", value);
  }

  /** {@code Fn::GetAtt} attribute {@code Id}. */
  public Value<String> id() {
    return getAtt("Id");
  }

  /**
   * Information about the client certificate to be used for authentication.
   *
   * <p>Property type {@code AWS::EC2::ClientVpnEndpoint.CertificateAuthenticationRequest}.
   */
  public static final class CertificateAuthenticationRequest extends Struct<CertificateAuthenticationRequest> {
    private static final Schema SCHEMA = Schema.builder("AWS::EC2::ClientVpnEndpoint.CertificateAuthenticationRequest")
        .required("ClientRootCertificateChainArn")
        .build();

    public CertificateAuthenticationRequest() {
      super(SCHEMA);
    }

    /**
     * The ARN of the client certificate. The certificate must be signed by a certificate authority
     * (CA) and it must be provisioned in Certificate Manager (ACM).
     *
     * <p>Required. CloudFormation property {@code ClientRootCertificateChainArn}.
     */
    public CertificateAuthenticationRequest clientRootCertificateChainArn(String value) {
      return set("ClientRootCertificateChainArn", Value.of(value));
    }

    /**
     * Sets {@code ClientRootCertificateChainArn} to this value; see {@link
     * #clientRootCertificateChainArn(String)}.
     */
    public CertificateAuthenticationRequest clientRootCertificateChainArn(Value<String> value) {
      return set("ClientRootCertificateChainArn", value);
    }
  }

  /**
   * Describes the authentication method to be used by a Client VPN endpoint. For more information,
   * see <a
   * href="https://docs.aws.amazon.com/vpn/latest/clientvpn-admin/authentication-authrization.html#client-authentication">Authentication</a>
   * in the <em>AWS Client VPN Administrator Guide</em> .
   *
   * <p>Property type {@code AWS::EC2::ClientVpnEndpoint.ClientAuthenticationRequest}.
   */
  public static final class ClientAuthenticationRequest extends Struct<ClientAuthenticationRequest> {
    private static final Schema SCHEMA = Schema.builder("AWS::EC2::ClientVpnEndpoint.ClientAuthenticationRequest")
        .required("Type")
        .build();

    public ClientAuthenticationRequest() {
      super(SCHEMA);
    }

    /**
     * Information about the Active Directory to be used, if applicable. You must provide this
     * information if <em>Type</em> is <code>directory-service-authentication</code> .
     *
     * <p>CloudFormation property {@code ActiveDirectory}.
     */
    public ClientAuthenticationRequest activeDirectory(Value<DirectoryServiceAuthenticationRequest> value) {
      return set("ActiveDirectory", value);
    }

    /**
     * Information about the IAM SAML identity provider, if applicable.
     *
     * <p>CloudFormation property {@code FederatedAuthentication}.
     */
    public ClientAuthenticationRequest federatedAuthentication(Value<FederatedAuthenticationRequest> value) {
      return set("FederatedAuthentication", value);
    }

    /**
     * Information about the authentication certificates to be used, if applicable. You must provide
     * this information if <em>Type</em> is <code>certificate-authentication</code> .
     *
     * <p>CloudFormation property {@code MutualAuthentication}.
     */
    public ClientAuthenticationRequest mutualAuthentication(Value<CertificateAuthenticationRequest> value) {
      return set("MutualAuthentication", value);
    }

    /**
     * The type of client authentication to be used.
     *
     * <p>Required. CloudFormation property {@code Type}.
     */
    public ClientAuthenticationRequest type(String value) {
      return set("Type", Value.of(value));
    }

    /** Sets {@code Type} to this value; see {@link #type(String)}. */
    public ClientAuthenticationRequest type(Value<String> value) {
      return set("Type", value);
    }
  }

  /**
   * Indicates whether client connect options are enabled. The default is <code>false</code> (not
   * enabled).
   *
   * <p>Property type {@code AWS::EC2::ClientVpnEndpoint.ClientConnectOptions}.
   */
  public static final class ClientConnectOptions extends Struct<ClientConnectOptions> {
    private static final Schema SCHEMA = Schema.builder("AWS::EC2::ClientVpnEndpoint.ClientConnectOptions")
        .required("Enabled")
        .constrain("LambdaFunctionArn", Constraint.of().format("AWS::Lambda::Function.Arn"))
        .build();

    public ClientConnectOptions() {
      super(SCHEMA);
    }

    /**
     * Indicates whether client connect options are enabled. The default is <code>false</code> (not
     * enabled).
     *
     * <p>Required. CloudFormation property {@code Enabled}.
     */
    public ClientConnectOptions enabled(boolean value) {
      return set("Enabled", Value.of(value));
    }

    /** Sets {@code Enabled} to this value; see {@link #enabled(boolean)}. */
    public ClientConnectOptions enabled(Value<Boolean> value) {
      return set("Enabled", value);
    }

    /**
     * The Amazon Resource Name (ARN) of the AWS Lambda function used for connection authorization.
     *
     * <p>Format: {@code AWS::Lambda::Function.Arn}. CloudFormation property {@code
     * LambdaFunctionArn}.
     */
    public ClientConnectOptions lambdaFunctionArn(String value) {
      return set("LambdaFunctionArn", Value.of(value));
    }

    /** Sets {@code LambdaFunctionArn} to this value; see {@link #lambdaFunctionArn(String)}. */
    public ClientConnectOptions lambdaFunctionArn(Value<String> value) {
      return set("LambdaFunctionArn", value);
    }
  }

  /**
   * Options for enabling a customizable text banner that will be displayed on AWS provided clients
   * when a VPN session is established.
   *
   * <p>Property type {@code AWS::EC2::ClientVpnEndpoint.ClientLoginBannerOptions}.
   */
  public static final class ClientLoginBannerOptions extends Struct<ClientLoginBannerOptions> {
    private static final Schema SCHEMA = Schema.builder("AWS::EC2::ClientVpnEndpoint.ClientLoginBannerOptions")
        .required("Enabled")
        .build();

    public ClientLoginBannerOptions() {
      super(SCHEMA);
    }

    /**
     * Customizable text that will be displayed in a banner on AWS provided clients when a VPN
     * session is established. UTF-8 encoded characters only. Maximum of 1400 characters.
     *
     * <p>CloudFormation property {@code BannerText}.
     */
    public ClientLoginBannerOptions bannerText(String value) {
      return set("BannerText", Value.of(value));
    }

    /** Sets {@code BannerText} to this value; see {@link #bannerText(String)}. */
    public ClientLoginBannerOptions bannerText(Value<String> value) {
      return set("BannerText", value);
    }

    /**
     * Enable or disable a customizable text banner that will be displayed on AWS provided clients
     * when a VPN session is established.
     *
     * <p>Valid values: <code>true | false</code>
     *
     * <p>Default value: <code>false</code>
     *
     * <p>Required. CloudFormation property {@code Enabled}.
     */
    public ClientLoginBannerOptions enabled(boolean value) {
      return set("Enabled", Value.of(value));
    }

    /** Sets {@code Enabled} to this value; see {@link #enabled(boolean)}. */
    public ClientLoginBannerOptions enabled(Value<Boolean> value) {
      return set("Enabled", value);
    }
  }

  /**
   * Client Route Enforcement is a feature of Client VPN that helps enforce administrator defined
   * routes on devices connected through the VPN. This feature helps improve your security posture
   * by ensuring that network traffic originating from a connected client is not inadvertently sent
   * outside the VPN tunnel.
   *
   * <p>Client Route Enforcement works by monitoring the route table of a connected device for
   * routing policy changes to the VPN connection. If the feature detects any VPN routing policy
   * modifications, it will automatically force an update to the route table, reverting it back to
   * the expected route configurations.
   *
   * <p>Property type {@code AWS::EC2::ClientVpnEndpoint.ClientRouteEnforcementOptions}.
   */
  public static final class ClientRouteEnforcementOptions extends Struct<ClientRouteEnforcementOptions> {
    private static final Schema SCHEMA = Schema.of("AWS::EC2::ClientVpnEndpoint.ClientRouteEnforcementOptions");

    public ClientRouteEnforcementOptions() {
      super(SCHEMA);
    }

    /**
     * Enable or disable Client Route Enforcement. The state can either be <code>true</code>
     * (enabled) or <code>false</code> (disabled). The default is <code>false</code> .
     *
     * <p>Valid values: <code>true | false</code>
     *
     * <p>Default value: <code>false</code>
     *
     * <p>CloudFormation property {@code Enforced}.
     */
    public ClientRouteEnforcementOptions enforced(boolean value) {
      return set("Enforced", Value.of(value));
    }

    /** Sets {@code Enforced} to this value; see {@link #enforced(boolean)}. */
    public ClientRouteEnforcementOptions enforced(Value<Boolean> value) {
      return set("Enforced", value);
    }
  }

  /**
   * Describes the client connection logging options for the Client VPN endpoint.
   *
   * <p>Property type {@code AWS::EC2::ClientVpnEndpoint.ConnectionLogOptions}.
   */
  public static final class ConnectionLogOptions extends Struct<ConnectionLogOptions> {
    private static final Schema SCHEMA = Schema.builder("AWS::EC2::ClientVpnEndpoint.ConnectionLogOptions")
        .required("Enabled")
        .build();

    public ConnectionLogOptions() {
      super(SCHEMA);
    }

    /**
     * The name of the CloudWatch Logs log group. Required if connection logging is enabled.
     *
     * <p>CloudFormation property {@code CloudwatchLogGroup}.
     */
    public ConnectionLogOptions cloudwatchLogGroup(String value) {
      return set("CloudwatchLogGroup", Value.of(value));
    }

    /** Sets {@code CloudwatchLogGroup} to this value; see {@link #cloudwatchLogGroup(String)}. */
    public ConnectionLogOptions cloudwatchLogGroup(Value<String> value) {
      return set("CloudwatchLogGroup", value);
    }

    /**
     * The name of the CloudWatch Logs log stream to which the connection data is published.
     *
     * <p>CloudFormation property {@code CloudwatchLogStream}.
     */
    public ConnectionLogOptions cloudwatchLogStream(String value) {
      return set("CloudwatchLogStream", Value.of(value));
    }

    /** Sets {@code CloudwatchLogStream} to this value; see {@link #cloudwatchLogStream(String)}. */
    public ConnectionLogOptions cloudwatchLogStream(Value<String> value) {
      return set("CloudwatchLogStream", value);
    }

    /**
     * Indicates whether connection logging is enabled.
     *
     * <p>Required. CloudFormation property {@code Enabled}.
     */
    public ConnectionLogOptions enabled(boolean value) {
      return set("Enabled", Value.of(value));
    }

    /** Sets {@code Enabled} to this value; see {@link #enabled(boolean)}. */
    public ConnectionLogOptions enabled(Value<Boolean> value) {
      return set("Enabled", value);
    }
  }

  /**
   * Describes the Active Directory to be used for client authentication.
   *
   * <p>Property type {@code AWS::EC2::ClientVpnEndpoint.DirectoryServiceAuthenticationRequest}.
   */
  public static final class DirectoryServiceAuthenticationRequest extends Struct<DirectoryServiceAuthenticationRequest> {
    private static final Schema SCHEMA = Schema.builder("AWS::EC2::ClientVpnEndpoint.DirectoryServiceAuthenticationRequest")
        .required("DirectoryId")
        .build();

    public DirectoryServiceAuthenticationRequest() {
      super(SCHEMA);
    }

    /**
     * The ID of the Active Directory to be used for authentication.
     *
     * <p>Required. CloudFormation property {@code DirectoryId}.
     */
    public DirectoryServiceAuthenticationRequest directoryId(String value) {
      return set("DirectoryId", Value.of(value));
    }

    /** Sets {@code DirectoryId} to this value; see {@link #directoryId(String)}. */
    public DirectoryServiceAuthenticationRequest directoryId(Value<String> value) {
      return set("DirectoryId", value);
    }
  }

  /**
   * The IAM SAML identity provider used for federated authentication.
   *
   * <p>Property type {@code AWS::EC2::ClientVpnEndpoint.FederatedAuthenticationRequest}.
   */
  public static final class FederatedAuthenticationRequest extends Struct<FederatedAuthenticationRequest> {
    private static final Schema SCHEMA = Schema.builder("AWS::EC2::ClientVpnEndpoint.FederatedAuthenticationRequest")
        .required("SAMLProviderArn")
        .build();

    public FederatedAuthenticationRequest() {
      super(SCHEMA);
    }

    /**
     * The Amazon Resource Name (ARN) of the IAM SAML identity provider.
     *
     * <p>Required. CloudFormation property {@code SAMLProviderArn}.
     */
    public FederatedAuthenticationRequest samlProviderArn(String value) {
      return set("SAMLProviderArn", Value.of(value));
    }

    /** Sets {@code SAMLProviderArn} to this value; see {@link #samlProviderArn(String)}. */
    public FederatedAuthenticationRequest samlProviderArn(Value<String> value) {
      return set("SAMLProviderArn", value);
    }

    /**
     * The Amazon Resource Name (ARN) of the IAM SAML identity provider for the self-service portal.
     *
     * <p>CloudFormation property {@code SelfServiceSAMLProviderArn}.
     */
    public FederatedAuthenticationRequest selfServiceSAMLProviderArn(String value) {
      return set("SelfServiceSAMLProviderArn", Value.of(value));
    }

    /**
     * Sets {@code SelfServiceSAMLProviderArn} to this value; see {@link
     * #selfServiceSAMLProviderArn(String)}.
     */
    public FederatedAuthenticationRequest selfServiceSAMLProviderArn(Value<String> value) {
      return set("SelfServiceSAMLProviderArn", value);
    }
  }

  /**
   * Specifies the tags to apply to the Client VPN endpoint.
   *
   * <p>Property type {@code AWS::EC2::ClientVpnEndpoint.TagSpecification}.
   */
  public static final class TagSpecification extends Struct<TagSpecification> {
    private static final Schema SCHEMA = Schema.builder("AWS::EC2::ClientVpnEndpoint.TagSpecification")
        .required("ResourceType", "Tags")
        .build();

    public TagSpecification() {
      super(SCHEMA);
    }

    /**
     * The type of resource to tag. To tag a Client VPN endpoint, <code>ResourceType</code> must be
     * <code>client-vpn-endpoint</code> .
     *
     * <p>Required. CloudFormation property {@code ResourceType}.
     */
    public TagSpecification resourceType(String value) {
      return set("ResourceType", Value.of(value));
    }

    /** Sets {@code ResourceType} to this value; see {@link #resourceType(String)}. */
    public TagSpecification resourceType(Value<String> value) {
      return set("ResourceType", value);
    }

    /**
     * The tags to apply to the resource.
     *
     * <p>Required. CloudFormation property {@code Tags}.
     */
    public TagSpecification tags(List<Tag> value) {
      return set("Tags", Value.listOf(value));
    }

    /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
    public TagSpecification tags(Value<List<Tag>> value) {
      return set("Tags", value);
    }
  }

  /** Property type {@code AWS::EC2::ClientVpnEndpoint.TransitGatewayConfiguration}. */
  public static final class TransitGatewayConfiguration extends Struct<TransitGatewayConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::EC2::ClientVpnEndpoint.TransitGatewayConfiguration")
        .required("TransitGatewayId")
        .build();

    public TransitGatewayConfiguration() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code AvailabilityZoneIds}. */
    public TransitGatewayConfiguration availabilityZoneIds(List<String> value) {
      return set("AvailabilityZoneIds", Value.listOf(value));
    }

    /** Sets {@code AvailabilityZoneIds} to this value; see {@link #availabilityZoneIds(List)}. */
    public TransitGatewayConfiguration availabilityZoneIds(Value<List<String>> value) {
      return set("AvailabilityZoneIds", value);
    }

    /** CloudFormation property {@code AvailabilityZones}. */
    public TransitGatewayConfiguration availabilityZones(List<String> value) {
      return set("AvailabilityZones", Value.listOf(value));
    }

    /** Sets {@code AvailabilityZones} to this value; see {@link #availabilityZones(List)}. */
    public TransitGatewayConfiguration availabilityZones(Value<List<String>> value) {
      return set("AvailabilityZones", value);
    }

    /** Required. CloudFormation property {@code TransitGatewayId}. */
    public TransitGatewayConfiguration transitGatewayId(String value) {
      return set("TransitGatewayId", Value.of(value));
    }

    /** Sets {@code TransitGatewayId} to this value; see {@link #transitGatewayId(String)}. */
    public TransitGatewayConfiguration transitGatewayId(Value<String> value) {
      return set("TransitGatewayId", value);
    }
  }
}
