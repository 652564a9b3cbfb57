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
 * Describes a network interface in an Amazon EC2 instance for AWS CloudFormation .
 *
 * <p>CloudFormation type {@code AWS::EC2::NetworkInterface}.
 */
public final class NetworkInterface extends Resource<NetworkInterface> {
  private static final Schema SCHEMA = Schema.builder("AWS::EC2::NetworkInterface")
      .required("SubnetId")
      .constrain("GroupSet", Constraint.of().format("AWS::EC2::SecurityGroup.Id"))
      .references("GroupSet", "AWS::EC2::SecurityGroup.Ref")
      .allowed("PublicIpDnsHostnameTypeSpecification", "public-dual-stack-dns-name",
          "public-ipv4-dns-name", "public-ipv6-dns-name")
      .constrain("SubnetId", Constraint.of().format("AWS::EC2::Subnet.Id"))
      .references("SubnetId", "AWS::EC2::Subnet.Ref")
      .refYields("Id")
      .attributes("Id", "PrimaryIpv6Address", "PrimaryPrivateIpAddress", "PublicIpDnsNameOptions",
          "SecondaryPrivateIpAddresses", "VpcId")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public NetworkInterface(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * A connection tracking specification for the network interface.
   *
   * <p>CloudFormation property {@code ConnectionTrackingSpecification}.
   */
  public NetworkInterface connectionTrackingSpecification(Value<ConnectionTrackingSpecification> value) {
    return set("ConnectionTrackingSpecification", value);
  }

  /**
   * A description for the network interface.
   *
   * <p>CloudFormation property {@code Description}.
   */
  public NetworkInterface description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public NetworkInterface description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * If you’re modifying a network interface in a dual-stack or IPv6-only subnet, you have the
   * option to assign a primary IPv6 IP address. A primary IPv6 address is an IPv6 GUA address
   * associated with an ENI that you have enabled to use a primary IPv6 address. Use this option if
   * the instance that this ENI will be attached to relies on its IPv6 address not changing. AWS
   * will automatically assign an IPv6 address associated with the ENI attached to your instance to
   * be the primary IPv6 address. Once you enable an IPv6 GUA address to be a primary IPv6, you
   * cannot disable it. When you enable an IPv6 GUA address to be a primary IPv6, the first IPv6 GUA
   * will be made the primary IPv6 address until the instance is terminated or the network interface
   * is detached. If you have multiple IPv6 addresses associated with an ENI attached to your
   * instance and you enable a primary IPv6 address, the first IPv6 GUA address associated with the
   * ENI becomes the primary IPv6 address.
   *
   * <p>CloudFormation property {@code EnablePrimaryIpv6}.
   */
  public NetworkInterface enablePrimaryIpv6(boolean value) {
    return set("EnablePrimaryIpv6", Value.of(value));
  }

  /** Sets {@code EnablePrimaryIpv6} to this value; see {@link #enablePrimaryIpv6(boolean)}. */
  public NetworkInterface enablePrimaryIpv6(Value<Boolean> value) {
    return set("EnablePrimaryIpv6", value);
  }

  /**
   * The IDs of the security groups associated with this network interface.
   *
   * <p>Format: {@code AWS::EC2::SecurityGroup.Id}. CloudFormation property {@code GroupSet}.
   */
  public NetworkInterface groupSet(List<String> value) {
    return set("GroupSet", Value.listOf(value));
  }

  /** Sets {@code GroupSet} to this value; see {@link #groupSet(List)}. */
  public NetworkInterface groupSet(Value<List<String>> value) {
    return set("GroupSet", value);
  }

  /**
   * Sets {@code GroupSet} to the Ref of each {@code AWS::EC2::SecurityGroup}; see {@link
   * #groupSet(List)}.
   */
  public NetworkInterface groupSet(SecurityGroup... resources) {
    return set("GroupSet", Value.refs(resources));
  }

  /**
   * The type of network interface. The default is <code>interface</code> . The supported values are
   * <code>efa</code> and <code>trunk</code> .
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code InterfaceType}.
   */
  public NetworkInterface interfaceType(String value) {
    return set("InterfaceType", Value.of(value));
  }

  /** Sets {@code InterfaceType} to this value; see {@link #interfaceType(String)}. */
  public NetworkInterface interfaceType(Value<String> value) {
    return set("InterfaceType", value);
  }

  /**
   * The number of IPv4 prefixes to be automatically assigned to the network interface.
   *
   * <p>When creating a network interface, you can't specify a count of IPv4 prefixes if you've
   * specified one of the following: specific IPv4 prefixes, specific private IPv4 addresses, or a
   * count of private IPv4 addresses.
   *
   * <p>CloudFormation property {@code Ipv4PrefixCount}.
   */
  public NetworkInterface ipv4PrefixCount(int value) {
    return set("Ipv4PrefixCount", Value.of(value));
  }

  /** Sets {@code Ipv4PrefixCount} to this value; see {@link #ipv4PrefixCount(int)}. */
  public NetworkInterface ipv4PrefixCount(Value<Integer> value) {
    return set("Ipv4PrefixCount", value);
  }

  /**
   * The IPv4 delegated prefixes that are assigned to the network interface.
   *
   * <p>When creating a network interface, you can't specify IPv4 prefixes if you've specified one
   * of the following: a count of IPv4 prefixes, specific private IPv4 addresses, or a count of
   * private IPv4 addresses.
   *
   * <p>CloudFormation property {@code Ipv4Prefixes}.
   */
  public NetworkInterface ipv4Prefixes(List<Ipv4PrefixSpecification> value) {
    return set("Ipv4Prefixes", Value.listOf(value));
  }

  /** Sets {@code Ipv4Prefixes} to this value; see {@link #ipv4Prefixes(List)}. */
  public NetworkInterface ipv4Prefixes(Value<List<Ipv4PrefixSpecification>> value) {
    return set("Ipv4Prefixes", value);
  }

  /** Sets {@code Ipv4Prefixes} to a list of these; see {@link #ipv4Prefixes(List)}. */
  public NetworkInterface ipv4Prefixes(Ipv4PrefixSpecification... values) {
    return set("Ipv4Prefixes", Value.list(values));
  }

  /**
   * The number of IPv6 addresses to assign to the network interface. Amazon EC2 automatically
   * selects the IPv6 addresses from the subnet range. To specify specific IPv6 addresses, use the
   * <code>Ipv6Addresses</code> property and don't specify this property.
   *
   * <p>When creating a network interface, you can't specify a count of IPv6 addresses if you've
   * specified one of the following: specific IPv6 addresses, specific IPv6 prefixes, or a count of
   * IPv6 prefixes.
   *
   * <p>CloudFormation property {@code Ipv6AddressCount}.
   */
  public NetworkInterface ipv6AddressCount(int value) {
    return set("Ipv6AddressCount", Value.of(value));
  }

  /** Sets {@code Ipv6AddressCount} to this value; see {@link #ipv6AddressCount(int)}. */
  public NetworkInterface ipv6AddressCount(Value<Integer> value) {
    return set("Ipv6AddressCount", value);
  }

  /**
   * The IPv6 addresses from the IPv6 CIDR block range of your subnet to assign to the network
   * interface. If you're specifying a number of IPv6 addresses, use the
   * <code>Ipv6AddressCount</code> property and don't specify this property.
   *
   * <p>When creating a network interface, you can't specify IPv6 addresses if you've specified one
   * of the following: a count of IPv6 addresses, specific IPv6 prefixes, or a count of IPv6
   * prefixes.
   *
   * <p>CloudFormation property {@code Ipv6Addresses}.
   */
  public NetworkInterface ipv6Addresses(List<InstanceIpv6Address> value) {
    return set("Ipv6Addresses", Value.listOf(value));
  }

  /** Sets {@code Ipv6Addresses} to this value; see {@link #ipv6Addresses(List)}. */
  public NetworkInterface ipv6Addresses(Value<List<InstanceIpv6Address>> value) {
    return set("Ipv6Addresses", value);
  }

  /** Sets {@code Ipv6Addresses} to a list of these; see {@link #ipv6Addresses(List)}. */
  public NetworkInterface ipv6Addresses(InstanceIpv6Address... values) {
    return set("Ipv6Addresses", Value.list(values));
  }

  /**
   * The number of IPv6 prefixes to be automatically assigned to the network interface.
   *
   * <p>When creating a network interface, you can't specify a count of IPv6 prefixes if you've
   * specified one of the following: specific IPv6 prefixes, specific IPv6 addresses, or a count of
   * IPv6 addresses.
   *
   * <p>CloudFormation property {@code Ipv6PrefixCount}.
   */
  public NetworkInterface ipv6PrefixCount(int value) {
    return set("Ipv6PrefixCount", Value.of(value));
  }

  /** Sets {@code Ipv6PrefixCount} to this value; see {@link #ipv6PrefixCount(int)}. */
  public NetworkInterface ipv6PrefixCount(Value<Integer> value) {
    return set("Ipv6PrefixCount", value);
  }

  /**
   * The IPv6 delegated prefixes that are assigned to the network interface.
   *
   * <p>When creating a network interface, you can't specify IPv6 prefixes if you've specified one
   * of the following: a count of IPv6 prefixes, specific IPv6 addresses, or a count of IPv6
   * addresses.
   *
   * <p>CloudFormation property {@code Ipv6Prefixes}.
   */
  public NetworkInterface ipv6Prefixes(List<Ipv6PrefixSpecification> value) {
    return set("Ipv6Prefixes", Value.listOf(value));
  }

  /** Sets {@code Ipv6Prefixes} to this value; see {@link #ipv6Prefixes(List)}. */
  public NetworkInterface ipv6Prefixes(Value<List<Ipv6PrefixSpecification>> value) {
    return set("Ipv6Prefixes", value);
  }

  /** Sets {@code Ipv6Prefixes} to a list of these; see {@link #ipv6Prefixes(List)}. */
  public NetworkInterface ipv6Prefixes(Ipv6PrefixSpecification... values) {
    return set("Ipv6Prefixes", Value.list(values));
  }

  /**
   * The private IPv4 address to assign to the network interface as the primary private IP address.
   * If you want to specify multiple private IP addresses, use the <code>PrivateIpAddresses</code>
   * property.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code PrivateIpAddress}.
   */
  public NetworkInterface privateIpAddress(String value) {
    return set("PrivateIpAddress", Value.of(value));
  }

  /** Sets {@code PrivateIpAddress} to this value; see {@link #privateIpAddress(String)}. */
  public NetworkInterface privateIpAddress(Value<String> value) {
    return set("PrivateIpAddress", value);
  }

  /**
   * The private IPv4 addresses to assign to the network interface. You can specify a primary
   * private IP address by setting the value of the <code>Primary</code> property to
   * <code>true</code> in the <code>PrivateIpAddressSpecification</code> property. If you want EC2
   * to automatically assign private IP addresses, use the
   * <code>SecondaryPrivateIpAddressCount</code> property and do not specify this property.
   *
   * <p>When creating a network interface, you can't specify private IPv4 addresses if you've
   * specified one of the following: a count of private IPv4 addresses, specific IPv4 prefixes, or a
   * count of IPv4 prefixes.
   *
   * <p>Changing it may replace the resource. CloudFormation property {@code PrivateIpAddresses}.
   */
  public NetworkInterface privateIpAddresses(List<PrivateIpAddressSpecification> value) {
    return set("PrivateIpAddresses", Value.listOf(value));
  }

  /** Sets {@code PrivateIpAddresses} to this value; see {@link #privateIpAddresses(List)}. */
  public NetworkInterface privateIpAddresses(Value<List<PrivateIpAddressSpecification>> value) {
    return set("PrivateIpAddresses", value);
  }

  /** Sets {@code PrivateIpAddresses} to a list of these; see {@link #privateIpAddresses(List)}. */
  public NetworkInterface privateIpAddresses(PrivateIpAddressSpecification... values) {
    return set("PrivateIpAddresses", Value.list(values));
  }

  /**
   * Public IP DNS hostname type
   *
   * <p>Allowed values: {@code public-dual-stack-dns-name}, {@code public-ipv4-dns-name}, {@code
   * public-ipv6-dns-name}. CloudFormation property {@code PublicIpDnsHostnameTypeSpecification}.
   */
  public NetworkInterface publicIpDnsHostnameTypeSpecification(String value) {
    return set("PublicIpDnsHostnameTypeSpecification", Value.of(value));
  }

  /**
   * Sets {@code PublicIpDnsHostnameTypeSpecification} to this value; see {@link
   * #publicIpDnsHostnameTypeSpecification(String)}.
   */
  public NetworkInterface publicIpDnsHostnameTypeSpecification(Value<String> value) {
    return set("PublicIpDnsHostnameTypeSpecification", value);
  }

  /**
   * The number of secondary private IPv4 addresses to assign to a network interface. When you
   * specify a number of secondary IPv4 addresses, Amazon EC2 selects these IP addresses within the
   * subnet's IPv4 CIDR range. You can't specify this option and specify more than one private IP
   * address using <code>privateIpAddresses</code> .
   *
   * <p>When creating a Network Interface, you can't specify a count of private IPv4 addresses if
   * you've specified one of the following: specific private IPv4 addresses, specific IPv4 prefixes,
   * or a count of IPv4 prefixes.
   *
   * <p>CloudFormation property {@code SecondaryPrivateIpAddressCount}.
   */
  public NetworkInterface secondaryPrivateIpAddressCount(int value) {
    return set("SecondaryPrivateIpAddressCount", Value.of(value));
  }

  /**
   * Sets {@code SecondaryPrivateIpAddressCount} to this value; see {@link
   * #secondaryPrivateIpAddressCount(int)}.
   */
  public NetworkInterface secondaryPrivateIpAddressCount(Value<Integer> value) {
    return set("SecondaryPrivateIpAddressCount", value);
  }

  /**
   * Enable or disable source/destination checks, which ensure that the instance is either the
   * source or the destination of any traffic that it receives. If the value is <code>true</code> ,
   * source/destination checks are enabled; otherwise, they are disabled. The default value is
   * <code>true</code> . You must disable source/destination checks if the instance runs services
   * such as network address translation, routing, or firewalls.
   *
   * <p>CloudFormation property {@code SourceDestCheck}.
   */
  public NetworkInterface sourceDestCheck(boolean value) {
    return set("SourceDestCheck", Value.of(value));
  }

  /** Sets {@code SourceDestCheck} to this value; see {@link #sourceDestCheck(boolean)}. */
  public NetworkInterface sourceDestCheck(Value<Boolean> value) {
    return set("SourceDestCheck", value);
  }

  /**
   * The ID of the subnet to associate with the network interface.
   *
   * <p>Required. Changing it replaces the resource. Format: {@code AWS::EC2::Subnet.Id}.
   * CloudFormation property {@code SubnetId}.
   */
  public NetworkInterface subnetId(String value) {
    return set("SubnetId", Value.of(value));
  }

  /** Sets {@code SubnetId} to this value; see {@link #subnetId(String)}. */
  public NetworkInterface subnetId(Value<String> value) {
    return set("SubnetId", value);
  }

  /**
   * Sets {@code SubnetId} to the Ref of {@code AWS::EC2::Subnet}; see {@link #subnetId(String)}.
   */
  public NetworkInterface subnetId(Subnet resource) {
    return set("SubnetId", resource.ref());
  }

  /**
   * The tags to apply to the network interface.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public NetworkInterface tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public NetworkInterface tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public NetworkInterface tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The ID of the network interface.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Id}.
   */
  public Value<String> id() {
    return getAtt("Id");
  }

  /**
   * The primary IPv6 address of the network interface.
   *
   * <p>{@code Fn::GetAtt} attribute {@code PrimaryIpv6Address}.
   */
  public Value<String> primaryIpv6Address() {
    return getAtt("PrimaryIpv6Address");
  }

  /**
   * The primary private IP address of the network interface. For example, <code>10.0.0.192</code> .
   *
   * <p>{@code Fn::GetAtt} attribute {@code PrimaryPrivateIpAddress}.
   */
  public Value<String> primaryPrivateIpAddress() {
    return getAtt("PrimaryPrivateIpAddress");
  }

  /**
   * Describes the public hostname type options, including public hostname type, IPv4-enabled public
   * hostname, IPv6-enabled public hostname, and dual-stack public hostname.
   *
   * <p>{@code Fn::GetAtt} attribute {@code PublicIpDnsNameOptions}.
   */
  public Value<PublicIpDnsNameOptions> publicIpDnsNameOptions() {
    return getAtt("PublicIpDnsNameOptions");
  }

  /**
   * The secondary private IP addresses of the network interface. For example, <code>["10.0.0.161",
   * "10.0.0.162", "10.0.0.163"]</code> .
   *
   * <p>{@code Fn::GetAtt} attribute {@code SecondaryPrivateIpAddresses}.
   */
  public Value<List<String>> secondaryPrivateIpAddresses() {
    return getAtt("SecondaryPrivateIpAddresses");
  }

  /**
   * The ID of the VPC.
   *
   * <p>{@code Fn::GetAtt} attribute {@code VpcId}.
   */
  public Value<String> vpcId() {
    return getAtt("VpcId");
  }

  /**
   * Configurable options for connection tracking on a network interface. For more information, see
   * <a
   * href="https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/security-group-connection-tracking.html#connection-tracking-timeouts">Connection
   * tracking timeouts</a> in the <em>Amazon Elastic Compute Cloud User Guide</em> .
   *
   * <p>Property type {@code AWS::EC2::NetworkInterface.ConnectionTrackingSpecification}.
   */
  public static final class ConnectionTrackingSpecification extends Struct<ConnectionTrackingSpecification> {
    private static final Schema SCHEMA = Schema.of("AWS::EC2::NetworkInterface.ConnectionTrackingSpecification");

    public ConnectionTrackingSpecification() {
      super(SCHEMA);
    }

    /**
     * Timeout (in seconds) for idle TCP connections in an established state. Min: 60 seconds. Max:
     * 432000 seconds (5 days). Default: 432000 seconds. Recommended: Less than 432000 seconds.
     *
     * <p>CloudFormation property {@code TcpEstablishedTimeout}.
     */
    public ConnectionTrackingSpecification tcpEstablishedTimeout(int value) {
      return set("TcpEstablishedTimeout", Value.of(value));
    }

    /**
     * Sets {@code TcpEstablishedTimeout} to this value; see {@link #tcpEstablishedTimeout(int)}.
     */
    public ConnectionTrackingSpecification tcpEstablishedTimeout(Value<Integer> value) {
      return set("TcpEstablishedTimeout", value);
    }

    /**
     * Timeout (in seconds) for idle UDP flows classified as streams which have seen more than one
     * request-response transaction. Min: 60 seconds. Max: 180 seconds (3 minutes). Default: 180
     * seconds.
     *
     * <p>CloudFormation property {@code UdpStreamTimeout}.
     */
    public ConnectionTrackingSpecification udpStreamTimeout(int value) {
      return set("UdpStreamTimeout", Value.of(value));
    }

    /** Sets {@code UdpStreamTimeout} to this value; see {@link #udpStreamTimeout(int)}. */
    public ConnectionTrackingSpecification udpStreamTimeout(Value<Integer> value) {
      return set("UdpStreamTimeout", value);
    }

    /**
     * Timeout (in seconds) for idle UDP flows that have seen traffic only in a single direction or
     * a single request-response transaction. Min: 30 seconds. Max: 60 seconds. Default: 30 seconds.
     *
     * <p>CloudFormation property {@code UdpTimeout}.
     */
    public ConnectionTrackingSpecification udpTimeout(int value) {
      return set("UdpTimeout", Value.of(value));
    }

    /** Sets {@code UdpTimeout} to this value; see {@link #udpTimeout(int)}. */
    public ConnectionTrackingSpecification udpTimeout(Value<Integer> value) {
      return set("UdpTimeout", value);
    }
  }

  /**
   * Describes the IPv6 addresses to associate with the network interface.
   *
   * <p>Property type {@code AWS::EC2::NetworkInterface.InstanceIpv6Address}.
   */
  public static final class InstanceIpv6Address extends Struct<InstanceIpv6Address> {
    private static final Schema SCHEMA = Schema.builder("AWS::EC2::NetworkInterface.InstanceIpv6Address")
        .required("Ipv6Address")
        .build();

    public InstanceIpv6Address() {
      super(SCHEMA);
    }

    /**
     * An IPv6 address to associate with the network interface.
     *
     * <p>Required. CloudFormation property {@code Ipv6Address}.
     */
    public InstanceIpv6Address ipv6Address(String value) {
      return set("Ipv6Address", Value.of(value));
    }

    /** Sets {@code Ipv6Address} to this value; see {@link #ipv6Address(String)}. */
    public InstanceIpv6Address ipv6Address(Value<String> value) {
      return set("Ipv6Address", value);
    }
  }

  /**
   * Describes an IPv4 prefix.
   *
   * <p>Property type {@code AWS::EC2::NetworkInterface.Ipv4PrefixSpecification}.
   */
  public static final class Ipv4PrefixSpecification extends Struct<Ipv4PrefixSpecification> {
    private static final Schema SCHEMA = Schema.builder("AWS::EC2::NetworkInterface.Ipv4PrefixSpecification")
        .required("Ipv4Prefix")
        .build();

    public Ipv4PrefixSpecification() {
      super(SCHEMA);
    }

    /**
     * The IPv4 prefix. For information, see <a
     * href="https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/ec2-prefix-eni.html">Assigning
     * prefixes to network interfaces</a> in the <em>Amazon EC2 User Guide</em> .
     *
     * <p>Required. CloudFormation property {@code Ipv4Prefix}.
     */
    public Ipv4PrefixSpecification ipv4Prefix(String value) {
      return set("Ipv4Prefix", Value.of(value));
    }

    /** Sets {@code Ipv4Prefix} to this value; see {@link #ipv4Prefix(String)}. */
    public Ipv4PrefixSpecification ipv4Prefix(Value<String> value) {
      return set("Ipv4Prefix", value);
    }
  }

  /**
   * Describes the IPv6 prefix.
   *
   * <p>Property type {@code AWS::EC2::NetworkInterface.Ipv6PrefixSpecification}.
   */
  public static final class Ipv6PrefixSpecification extends Struct<Ipv6PrefixSpecification> {
    private static final Schema SCHEMA = Schema.builder("AWS::EC2::NetworkInterface.Ipv6PrefixSpecification")
        .required("Ipv6Prefix")
        .build();

    public Ipv6PrefixSpecification() {
      super(SCHEMA);
    }

    /**
     * The IPv6 prefix. For information, see <a
     * href="https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/ec2-prefix-eni.html">Assigning
     * prefixes to Amazon EC2 network interfaces</a> in the <em>Amazon Elastic Compute Cloud User
     * Guide</em> .
     *
     * <p>Required. CloudFormation property {@code Ipv6Prefix}.
     */
    public Ipv6PrefixSpecification ipv6Prefix(String value) {
      return set("Ipv6Prefix", Value.of(value));
    }

    /** Sets {@code Ipv6Prefix} to this value; see {@link #ipv6Prefix(String)}. */
    public Ipv6PrefixSpecification ipv6Prefix(Value<String> value) {
      return set("Ipv6Prefix", value);
    }
  }

  /**
   * Describes a secondary private IPv4 address for a network interface.
   *
   * <p>Property type {@code AWS::EC2::NetworkInterface.PrivateIpAddressSpecification}.
   */
  public static final class PrivateIpAddressSpecification extends Struct<PrivateIpAddressSpecification> {
    private static final Schema SCHEMA = Schema.builder("AWS::EC2::NetworkInterface.PrivateIpAddressSpecification")
        .required("Primary", "PrivateIpAddress")
        .build();

    public PrivateIpAddressSpecification() {
      super(SCHEMA);
    }

    /**
     * Sets the private IP address as the primary private address. You can set only one primary
     * private IP address. If you don't specify a primary private IP address, Amazon EC2
     * automatically assigns a primary private IP address.
     *
     * <p>Required. Changing it may replace the resource. CloudFormation property {@code Primary}.
     */
    public PrivateIpAddressSpecification primary(boolean value) {
      return set("Primary", Value.of(value));
    }

    /** Sets {@code Primary} to this value; see {@link #primary(boolean)}. */
    public PrivateIpAddressSpecification primary(Value<Boolean> value) {
      return set("Primary", value);
    }

    /**
     * The private IP address of the network interface.
     *
     * <p>Required. Changing it may replace the resource. CloudFormation property {@code
     * PrivateIpAddress}.
     */
    public PrivateIpAddressSpecification privateIpAddress(String value) {
      return set("PrivateIpAddress", Value.of(value));
    }

    /** Sets {@code PrivateIpAddress} to this value; see {@link #privateIpAddress(String)}. */
    public PrivateIpAddressSpecification privateIpAddress(Value<String> value) {
      return set("PrivateIpAddress", value);
    }
  }

  /**
   * Public hostname type options. For more information, see <a
   * href="https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/ec2-instance-naming.html">EC2
   * instance hostnames, DNS names, and domains</a> in the <em>Amazon EC2 User Guide</em> .
   *
   * <p>Property type {@code AWS::EC2::NetworkInterface.PublicIpDnsNameOptions}.
   */
  public static final class PublicIpDnsNameOptions extends Struct<PublicIpDnsNameOptions> {
    private static final Schema SCHEMA = Schema.of("AWS::EC2::NetworkInterface.PublicIpDnsNameOptions");

    public PublicIpDnsNameOptions() {
      super(SCHEMA);
    }

    /**
     * The public hostname type. For more information, see <a
     * href="https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/ec2-instance-naming.html">EC2
     * instance hostnames, DNS names, and domains</a> in the <em>Amazon EC2 User Guide</em> .
     *
     * <p>CloudFormation property {@code DnsHostnameType}.
     */
    public PublicIpDnsNameOptions dnsHostnameType(String value) {
      return set("DnsHostnameType", Value.of(value));
    }

    /** Sets {@code DnsHostnameType} to this value; see {@link #dnsHostnameType(String)}. */
    public PublicIpDnsNameOptions dnsHostnameType(Value<String> value) {
      return set("DnsHostnameType", value);
    }

    /**
     * A dual-stack public hostname for a network interface. Requests from within the VPC resolve to
     * both the private IPv4 address and the IPv6 Global Unicast Address of the network interface.
     * Requests from the internet resolve to both the public IPv4 and the IPv6 GUA address of the
     * network interface.
     *
     * <p>CloudFormation property {@code PublicDualStackDnsName}.
     */
    public PublicIpDnsNameOptions publicDualStackDnsName(String value) {
      return set("PublicDualStackDnsName", Value.of(value));
    }

    /**
     * Sets {@code PublicDualStackDnsName} to this value; see {@link
     * #publicDualStackDnsName(String)}.
     */
    public PublicIpDnsNameOptions publicDualStackDnsName(Value<String> value) {
      return set("PublicDualStackDnsName", value);
    }

    /**
     * An IPv4-enabled public hostname for a network interface. Requests from within the VPC resolve
     * to the private primary IPv4 address of the network interface. Requests from the internet
     * resolve to the public IPv4 address of the network interface.
     *
     * <p>CloudFormation property {@code PublicIpv4DnsName}.
     */
    public PublicIpDnsNameOptions publicIpv4DnsName(String value) {
      return set("PublicIpv4DnsName", Value.of(value));
    }

    /** Sets {@code PublicIpv4DnsName} to this value; see {@link #publicIpv4DnsName(String)}. */
    public PublicIpDnsNameOptions publicIpv4DnsName(Value<String> value) {
      return set("PublicIpv4DnsName", value);
    }

    /**
     * An IPv6-enabled public hostname for a network interface. Requests from within the VPC or from
     * the internet resolve to the IPv6 GUA of the network interface.
     *
     * <p>CloudFormation property {@code PublicIpv6DnsName}.
     */
    public PublicIpDnsNameOptions publicIpv6DnsName(String value) {
      return set("PublicIpv6DnsName", Value.of(value));
    }

    /** Sets {@code PublicIpv6DnsName} to this value; see {@link #publicIpv6DnsName(String)}. */
    public PublicIpDnsNameOptions publicIpv6DnsName(Value<String> value) {
      return set("PublicIpv6DnsName", value);
    }
  }
}
