// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.elasticloadbalancingv2;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import io.tropo4j.resources.ec2.SecurityGroup;
import io.tropo4j.resources.ec2.Subnet;
import io.tropo4j.resources.s3.Bucket;
import java.util.List;

/**
 * Specifies an Application Load Balancer, a Network Load Balancer, or a Gateway Load Balancer.
 *
 * <p>CloudFormation type {@code AWS::ElasticLoadBalancingV2::LoadBalancer}.
 */
public final class LoadBalancer extends Resource<LoadBalancer> {
  private static final Schema SCHEMA = Schema.builder("AWS::ElasticLoadBalancingV2::LoadBalancer")
      .allowed("EnablePrefixForIpv6SourceNat", "off", "on")
      .allowed("IpAddressType", "dualstack", "dualstack-without-public-ipv4", "ipv4")
      .allowed("Scheme", "internal", "internet-facing")
      .constrain("SecurityGroups", Constraint.of().format("AWS::EC2::SecurityGroup.Id"))
      .references("SecurityGroups", "AWS::EC2::SecurityGroup.GroupId")
      .constrain("Subnets", Constraint.of().format("AWS::EC2::Subnet.Id"))
      .references("Subnets", "AWS::EC2::Subnet.Ref")
      .allowed("Type", "application", "gateway", "network")
      .refYields("LoadBalancerArn")
      .attributes("CanonicalHostedZoneID", "DNSName", "LoadBalancerArn", "LoadBalancerFullName",
          "LoadBalancerName", "SecurityGroups")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public LoadBalancer(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * Indicates whether to enable stabilization when creating or updating an LCU reservation. This
   * ensures that the final stack status reflects the status of the LCU reservation. The default is
   * <code>false</code> .
   *
   * <p>Default: {@code false}. CloudFormation property {@code
   * EnableCapacityReservationProvisionStabilize}.
   */
  public LoadBalancer enableCapacityReservationProvisionStabilize(boolean value) {
    return set("EnableCapacityReservationProvisionStabilize", Value.of(value));
  }

  /**
   * Sets {@code EnableCapacityReservationProvisionStabilize} to this value; see {@link
   * #enableCapacityReservationProvisionStabilize(boolean)}.
   */
  public LoadBalancer enableCapacityReservationProvisionStabilize(Value<Boolean> value) {
    return set("EnableCapacityReservationProvisionStabilize", value);
  }

  /**
   * [Network Load Balancers with UDP listeners] Indicates whether to use an IPv6 prefix from each
   * subnet for source NAT. The IP address type must be <code>dualstack</code> . The default value
   * is <code>off</code> .
   *
   * <p>Allowed values: {@code off}, {@code on}. CloudFormation property {@code
   * EnablePrefixForIpv6SourceNat}.
   */
  public LoadBalancer enablePrefixForIpv6SourceNat(String value) {
    return set("EnablePrefixForIpv6SourceNat", Value.of(value));
  }

  /**
   * Sets {@code EnablePrefixForIpv6SourceNat} to this value; see {@link
   * #enablePrefixForIpv6SourceNat(String)}.
   */
  public LoadBalancer enablePrefixForIpv6SourceNat(Value<String> value) {
    return set("EnablePrefixForIpv6SourceNat", value);
  }

  /**
   * Indicates whether to evaluate inbound security group rules for traffic sent to a Network Load
   * Balancer through AWS PrivateLink . The default is <code>on</code> .
   *
   * <p>You can't configure this property on a Network Load Balancer unless you associated a
   * security group with the load balancer when you created it.
   *
   * <p>CloudFormation property {@code EnforceSecurityGroupInboundRulesOnPrivateLinkTraffic}.
   */
  public LoadBalancer enforceSecurityGroupInboundRulesOnPrivateLinkTraffic(String value) {
    return set("EnforceSecurityGroupInboundRulesOnPrivateLinkTraffic", Value.of(value));
  }

  /**
   * Sets {@code EnforceSecurityGroupInboundRulesOnPrivateLinkTraffic} to this value; see {@link
   * #enforceSecurityGroupInboundRulesOnPrivateLinkTraffic(String)}.
   */
  public LoadBalancer enforceSecurityGroupInboundRulesOnPrivateLinkTraffic(Value<String> value) {
    return set("EnforceSecurityGroupInboundRulesOnPrivateLinkTraffic", value);
  }

  /**
   * The IP address type. Internal load balancers must use <code>ipv4</code> .
   *
   * <p>[Application Load Balancers] The possible values are <code>ipv4</code> (IPv4 addresses),
   * <code>dualstack</code> (IPv4 and IPv6 addresses), and
   * <code>dualstack-without-public-ipv4</code> (public IPv6 addresses and private IPv4 and IPv6
   * addresses).
   *
   * <p>Application Load Balancer authentication supports IPv4 addresses only when connecting to an
   * Identity Provider (IdP) or Amazon Cognito endpoint. Without a public IPv4 address the load
   * balancer can't complete the authentication process, resulting in HTTP 500 errors.
   *
   * <p>[Network Load Balancers and Gateway Load Balancers] The possible values are
   * <code>ipv4</code> (IPv4 addresses) and <code>dualstack</code> (IPv4 and IPv6 addresses).
   *
   * <p>Allowed values: {@code dualstack}, {@code dualstack-without-public-ipv4}, {@code ipv4}.
   * CloudFormation property {@code IpAddressType}.
   */
  public LoadBalancer ipAddressType(String value) {
    return set("IpAddressType", Value.of(value));
  }

  /** Sets {@code IpAddressType} to this value; see {@link #ipAddressType(String)}. */
  public LoadBalancer ipAddressType(Value<String> value) {
    return set("IpAddressType", value);
  }

  /**
   * The ID of the IPv4 IPAM pool.
   *
   * <p>CloudFormation property {@code Ipv4IpamPoolId}.
   */
  public LoadBalancer ipv4IpamPoolId(String value) {
    return set("Ipv4IpamPoolId", Value.of(value));
  }

  /** Sets {@code Ipv4IpamPoolId} to this value; see {@link #ipv4IpamPoolId(String)}. */
  public LoadBalancer ipv4IpamPoolId(Value<String> value) {
    return set("Ipv4IpamPoolId", value);
  }

  /**
   * The load balancer attributes. Attributes that you do not modify retain their current values.
   *
   * <p>CloudFormation property {@code LoadBalancerAttributes}.
   */
  public LoadBalancer loadBalancerAttributes(List<LoadBalancerAttribute> value) {
    return set("LoadBalancerAttributes", Value.listOf(value));
  }

  /**
   * Sets {@code LoadBalancerAttributes} to this value; see {@link #loadBalancerAttributes(List)}.
   */
  public LoadBalancer loadBalancerAttributes(Value<List<LoadBalancerAttribute>> value) {
    return set("LoadBalancerAttributes", value);
  }

  /**
   * Sets {@code LoadBalancerAttributes} to a list of these; see {@link
   * #loadBalancerAttributes(List)}.
   */
  public LoadBalancer loadBalancerAttributes(LoadBalancerAttribute... values) {
    return set("LoadBalancerAttributes", Value.list(values));
  }

  /**
   * The minimum capacity for a load balancer.
   *
   * <p>CloudFormation property {@code MinimumLoadBalancerCapacity}.
   */
  public LoadBalancer minimumLoadBalancerCapacity(Value<MinimumLoadBalancerCapacity> value) {
    return set("MinimumLoadBalancerCapacity", value);
  }

  /**
   * The name of the load balancer. This name must be unique per region per account, can have a
   * maximum of 32 characters, must contain only alphanumeric characters or hyphens, must not begin
   * or end with a hyphen, and must not begin with "internal-".
   *
   * <p>If you don't specify a name, AWS CloudFormation generates a unique physical ID for the load
   * balancer. If you specify a name, you cannot perform updates that require replacement of this
   * resource, but you can perform other updates. To replace the resource, specify a new name.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code Name}.
   */
  public LoadBalancer name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public LoadBalancer name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * The nodes of an Internet-facing load balancer have public IP addresses. The DNS name of an
   * Internet-facing load balancer is publicly resolvable to the public IP addresses of the nodes.
   * Therefore, Internet-facing load balancers can route requests from clients over the internet.
   *
   * <p>The nodes of an internal load balancer have only private IP addresses. The DNS name of an
   * internal load balancer is publicly resolvable to the private IP addresses of the nodes.
   * Therefore, internal load balancers can route requests only from clients with access to the VPC
   * for the load balancer.
   *
   * <p>The default is an Internet-facing load balancer.
   *
   * <p>You can't specify a scheme for a Gateway Load Balancer.
   *
   * <p>Changing it replaces the resource. Allowed values: {@code internal}, {@code
   * internet-facing}. CloudFormation property {@code Scheme}.
   */
  public LoadBalancer scheme(String value) {
    return set("Scheme", Value.of(value));
  }

  /** Sets {@code Scheme} to this value; see {@link #scheme(String)}. */
  public LoadBalancer scheme(Value<String> value) {
    return set("Scheme", value);
  }

  /**
   * [Application Load Balancers and Network Load Balancers] The IDs of the security groups for the
   * load balancer.
   *
   * <p>Format: {@code AWS::EC2::SecurityGroup.Id}. CloudFormation property {@code SecurityGroups}.
   */
  public LoadBalancer securityGroups(List<String> value) {
    return set("SecurityGroups", Value.listOf(value));
  }

  /** Sets {@code SecurityGroups} to this value; see {@link #securityGroups(List)}. */
  public LoadBalancer securityGroups(Value<List<String>> value) {
    return set("SecurityGroups", value);
  }

  /**
   * Sets {@code SecurityGroups} to the GroupId of each {@code AWS::EC2::SecurityGroup}; see {@link
   * #securityGroups(List)}.
   */
  public LoadBalancer securityGroups(SecurityGroup... resources) {
    return set("SecurityGroups", Value.attributes("GroupId", resources));
  }

  /**
   * The IDs of the subnets. You can specify only one subnet per Availability Zone. You must specify
   * either subnets or subnet mappings, but not both.
   *
   * <p>[Application Load Balancers] You must specify subnets from at least two Availability Zones.
   * You can't specify Elastic IP addresses for your subnets.
   *
   * <p>[Application Load Balancers on Outposts] You must specify one Outpost subnet.
   *
   * <p>[Application Load Balancers on Local Zones] You can specify subnets from one or more Local
   * Zones.
   *
   * <p>[Network Load Balancers] You can specify subnets from one or more Availability Zones. You
   * can specify one Elastic IP address per subnet if you need static IP addresses for your
   * internet-facing load balancer. For internal load balancers, you can specify one private IP
   * address per subnet from the IPv4 range of the subnet. For internet-facing load balancer, you
   * can specify one IPv6 address per subnet.
   *
   * <p>[Gateway Load Balancers] You can specify subnets from one or more Availability Zones. You
   * can't specify Elastic IP addresses for your subnets.
   *
   * <p>CloudFormation property {@code SubnetMappings}.
   */
  public LoadBalancer subnetMappings(List<SubnetMapping> value) {
    return set("SubnetMappings", Value.listOf(value));
  }

  /** Sets {@code SubnetMappings} to this value; see {@link #subnetMappings(List)}. */
  public LoadBalancer subnetMappings(Value<List<SubnetMapping>> value) {
    return set("SubnetMappings", value);
  }

  /** Sets {@code SubnetMappings} to a list of these; see {@link #subnetMappings(List)}. */
  public LoadBalancer subnetMappings(SubnetMapping... values) {
    return set("SubnetMappings", Value.list(values));
  }

  /**
   * The IDs of the subnets. You can specify only one subnet per Availability Zone. You must specify
   * either subnets or subnet mappings, but not both. To specify an Elastic IP address, specify
   * subnet mappings instead of subnets.
   *
   * <p>[Application Load Balancers] You must specify subnets from at least two Availability Zones.
   *
   * <p>[Application Load Balancers on Outposts] You must specify one Outpost subnet.
   *
   * <p>[Application Load Balancers on Local Zones] You can specify subnets from one or more Local
   * Zones.
   *
   * <p>[Network Load Balancers and Gateway Load Balancers] You can specify subnets from one or more
   * Availability Zones.
   *
   * <p>Format: {@code AWS::EC2::Subnet.Id}. CloudFormation property {@code Subnets}.
   */
  public LoadBalancer subnets(List<String> value) {
    return set("Subnets", Value.listOf(value));
  }

  /** Sets {@code Subnets} to this value; see {@link #subnets(List)}. */
  public LoadBalancer subnets(Value<List<String>> value) {
    return set("Subnets", value);
  }

  /**
   * Sets {@code Subnets} to the Ref of each {@code AWS::EC2::Subnet}; see {@link #subnets(List)}.
   */
  public LoadBalancer subnets(Subnet... resources) {
    return set("Subnets", Value.refs(resources));
  }

  /**
   * The tags to assign to the load balancer.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public LoadBalancer tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public LoadBalancer tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public LoadBalancer tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The type of load balancer. The default is <code>application</code> .
   *
   * <p>Changing it replaces the resource. Allowed values: {@code application}, {@code gateway},
   * {@code network}. CloudFormation property {@code Type}.
   */
  public LoadBalancer typeProperty(String value) {
    return set("Type", Value.of(value));
  }

  /** Sets {@code Type} to this value; see {@link #typeProperty(String)}. */
  public LoadBalancer typeProperty(Value<String> value) {
    return set("Type", value);
  }

  /**
   * The ID of the Amazon Route 53 hosted zone associated with the load balancer. For example,
   * <code>Z2P70J7EXAMPLE</code> .
   *
   * <p>{@code Fn::GetAtt} attribute {@code CanonicalHostedZoneID}.
   */
  public Value<String> canonicalHostedZoneID() {
    return getAtt("CanonicalHostedZoneID");
  }

  /**
   * The DNS name for the load balancer. For example,
   * <code>my-load-balancer-424835706.us-west-2.elb.amazonaws.com</code> .
   *
   * <p>{@code Fn::GetAtt} attribute {@code DNSName}.
   */
  public Value<String> dnsName() {
    return getAtt("DNSName");
  }

  /**
   * The Amazon Resource Name (ARN) of the load balancer.
   *
   * <p>{@code Fn::GetAtt} attribute {@code LoadBalancerArn}.
   */
  public Value<String> loadBalancerArn() {
    return getAtt("LoadBalancerArn");
  }

  /**
   * The full name of the load balancer. For example,
   * <code>app/my-load-balancer/50dc6c495c0c9188</code> .
   *
   * <p>{@code Fn::GetAtt} attribute {@code LoadBalancerFullName}.
   */
  public Value<String> loadBalancerFullName() {
    return getAtt("LoadBalancerFullName");
  }

  /**
   * The name of the load balancer. For example, <code>my-load-balancer</code> .
   *
   * <p>{@code Fn::GetAtt} attribute {@code LoadBalancerName}.
   */
  public Value<String> loadBalancerName() {
    return getAtt("LoadBalancerName");
  }

  /**
   * The IDs of the security groups for the load balancer.
   *
   * <p>{@code Fn::GetAtt} attribute {@code SecurityGroups}.
   */
  public Value<List<String>> securityGroups() {
    return getAtt("SecurityGroups");
  }

  /**
   * Specifies an attribute for an Application Load Balancer, a Network Load Balancer, or a Gateway
   * Load Balancer.
   *
   * <p>Property type {@code AWS::ElasticLoadBalancingV2::LoadBalancer.LoadBalancerAttribute}.
   */
  public static final class LoadBalancerAttribute extends Struct<LoadBalancerAttribute> {
    private static final Schema SCHEMA = Schema.builder("AWS::ElasticLoadBalancingV2::LoadBalancer.LoadBalancerAttribute")
        .references("Value", "AWS::S3::Bucket.Ref")
        .build();

    public LoadBalancerAttribute() {
      super(SCHEMA);
    }

    /**
     * The name of the attribute.
     *
     * <p>The following attributes are supported by all load balancers:
     *
     * <ul> <li><code>deletion_protection.enabled</code> - Indicates whether deletion protection is
     * enabled. The value is <code>true</code> or <code>false</code> . The default is
     * <code>false</code> . <li><code>load_balancing.cross_zone.enabled</code> - Indicates whether
     * cross-zone load balancing is enabled. The possible values are <code>true</code> and
     * <code>false</code> . The default for Network Load Balancers and Gateway Load Balancers is
     * <code>false</code> . The default for Application Load Balancers is <code>true</code> , and
     * can't be changed. </ul>
     *
     * <p>The following attributes are supported by both Application Load Balancers and Network Load
     * Balancers:
     *
     * <ul> <li><code>access_logs.s3.enabled</code> - Indicates whether access logs are enabled. The
     * value is <code>true</code> or <code>false</code> . The default is <code>false</code> .
     * <li><code>access_logs.s3.bucket</code> - The name of the S3 bucket for the access logs. This
     * attribute is required if access logs are enabled. The bucket must exist in the same region as
     * the load balancer and have a bucket policy that grants Elastic Load Balancing permissions to
     * write to the bucket. <li><code>access_logs.s3.prefix</code> - The prefix for the location in
     * the S3 bucket for the access logs. <li><code>ipv6.deny_all_igw_traffic</code> - Blocks
     * internet gateway (IGW) access to the load balancer. It is set to <code>false</code> for
     * internet-facing load balancers and <code>true</code> for internal load balancers, preventing
     * unintended access to your internal load balancer through an internet gateway.
     * <li><code>zonal_shift.config.enabled</code> - Indicates whether zonal shift is enabled. The
     * possible values are <code>true</code> and <code>false</code> . The default is
     * <code>false</code> . </ul>
     *
     * <p>The following attributes are supported by only Application Load Balancers:
     *
     * <ul> <li><code>idle_timeout.timeout_seconds</code> - The idle timeout value, in seconds. The
     * valid range is 1-4000 seconds. The default is 60 seconds.
     * <li><code>client_keep_alive.seconds</code> - The client keep alive value, in seconds. The
     * valid range is 60-604800 seconds. The default is 3600 seconds.
     * <li><code>connection_logs.s3.enabled</code> - Indicates whether connection logs are enabled.
     * The value is <code>true</code> or <code>false</code> . The default is <code>false</code> .
     * <li><code>connection_logs.s3.bucket</code> - The name of the S3 bucket for the connection
     * logs. This attribute is required if connection logs are enabled. The bucket must exist in the
     * same region as the load balancer and have a bucket policy that grants Elastic Load Balancing
     * permissions to write to the bucket. <li><code>connection_logs.s3.prefix</code> - The prefix
     * for the location in the S3 bucket for the connection logs.
     * <li><code>health_check_logs.s3.enabled</code> - Indicates whether health check logs are
     * enabled. The value is <code>true</code> or <code>false</code> . The default is
     * <code>false</code> . <li><code>health_check_logs.s3.bucket</code> - The name of the S3 bucket
     * for the health check logs. This attribute is required if health check logs are enabled. The
     * bucket must exist in the same region as the load balancer and have a bucket policy that
     * grants Elastic Load Balancing permissions to write to the bucket.
     * <li><code>health_check_logs.s3.prefix</code> - The prefix for the location in the S3 bucket
     * for the health check logs. <li><code>routing.http.desync_mitigation_mode</code> - Determines
     * how the load balancer handles requests that might pose a security risk to your application.
     * The possible values are <code>monitor</code> , <code>defensive</code> , and
     * <code>strictest</code> . The default is <code>defensive</code> .
     * <li><code>routing.http.drop_invalid_header_fields.enabled</code> - Indicates whether HTTP
     * headers with invalid header fields are removed by the load balancer ( <code>true</code> ) or
     * routed to targets ( <code>false</code> ). The default is <code>false</code> .
     * <li><code>routing.http.preserve_host_header.enabled</code> - Indicates whether the
     * Application Load Balancer should preserve the <code>Host</code> header in the HTTP request
     * and send it to the target without any change. The possible values are <code>true</code> and
     * <code>false</code> . The default is <code>false</code> .
     * <li><code>routing.http.x_amzn_tls_version_and_cipher_suite.enabled</code> - Indicates whether
     * the two headers ( <code>x-amzn-tls-version</code> and <code>x-amzn-tls-cipher-suite</code> ),
     * which contain information about the negotiated TLS version and cipher suite, are added to the
     * client request before sending it to the target. The <code>x-amzn-tls-version</code> header
     * has information about the TLS protocol version negotiated with the client, and the
     * <code>x-amzn-tls-cipher-suite</code> header has information about the cipher suite negotiated
     * with the client. Both headers are in OpenSSL format. The possible values for the attribute
     * are <code>true</code> and <code>false</code> . The default is <code>false</code> .
     * <li><code>routing.http.xff_client_port.enabled</code> - Indicates whether the
     * <code>X-Forwarded-For</code> header should preserve the source port that the client used to
     * connect to the load balancer. The possible values are <code>true</code> and
     * <code>false</code> . The default is <code>false</code> .
     * <li><code>routing.http.xff_header_processing.mode</code> - Enables you to modify, preserve,
     * or remove the <code>X-Forwarded-For</code> header in the HTTP request before the Application
     * Load Balancer sends the request to the target. The possible values are <code>append</code> ,
     * <code>preserve</code> , and <code>remove</code> . The default is <code>append</code> . </ul>
     *
     * <ul> <li>If the value is <code>append</code> , the Application Load Balancer adds the client
     * IP address (of the last hop) to the <code>X-Forwarded-For</code> header in the HTTP request
     * before it sends it to targets. <li>If the value is <code>preserve</code> the Application Load
     * Balancer preserves the <code>X-Forwarded-For</code> header in the HTTP request, and sends it
     * to targets without any change. <li>If the value is <code>remove</code> , the Application Load
     * Balancer removes the <code>X-Forwarded-For</code> header in the HTTP request before it sends
     * it to targets. <li><code>routing.http2.enabled</code> - Indicates whether clients can connect
     * to the load balancer using HTTP/2. If <code>true</code> , clients can connect using HTTP/2 or
     * HTTP/1.1. However, all client requests are subject to the stricter HTTP/2 header validation
     * rules. For example, message header names must contain only alphanumeric characters and
     * hyphens. If <code>false</code> , clients must connect using HTTP/1.1. The default is
     * <code>true</code> . <li><code>waf.fail_open.enabled</code> - Indicates whether to allow a
     * WAF-enabled load balancer to route requests to targets if it is unable to forward the request
     * to AWS WAF. The possible values are <code>true</code> and <code>false</code> . The default is
     * <code>false</code> . </ul>
     *
     * <p>The following attributes are supported by only Network Load Balancers:
     *
     * <ul> <li><code>dns_record.client_routing_policy</code> - Indicates how traffic is distributed
     * among the load balancer Availability Zones. The possible values are
     * <code>availability_zone_affinity</code> with 100 percent zonal affinity,
     * <code>partial_availability_zone_affinity</code> with 85 percent zonal affinity, and
     * <code>any_availability_zone</code> with 0 percent zonal affinity.
     * <li><code>secondary_ips.auto_assigned.per_subnet</code> - The number of secondary IP
     * addresses to configure for your load balancer nodes. Use to address port allocation errors if
     * you can't add targets. The valid range is 0 to 7. The default is 0. After you set this value,
     * you can't decrease it. </ul>
     *
     * <p>CloudFormation property {@code Key}.
     */
    public LoadBalancerAttribute key(String value) {
      return set("Key", Value.of(value));
    }

    /** Sets {@code Key} to this value; see {@link #key(String)}. */
    public LoadBalancerAttribute key(Value<String> value) {
      return set("Key", value);
    }

    /**
     * The value of the attribute.
     *
     * <p>CloudFormation property {@code Value}.
     */
    public LoadBalancerAttribute value(String value) {
      return set("Value", Value.of(value));
    }

    /** Sets {@code Value} to this value; see {@link #value(String)}. */
    public LoadBalancerAttribute value(Value<String> value) {
      return set("Value", value);
    }

    /** Sets {@code Value} to the Ref of {@code AWS::S3::Bucket}; see {@link #value(String)}. */
    public LoadBalancerAttribute value(Bucket resource) {
      return set("Value", resource.ref());
    }
  }

  /**
   * The minimum capacity for a load balancer.
   *
   * <p>Property type {@code AWS::ElasticLoadBalancingV2::LoadBalancer.MinimumLoadBalancerCapacity}.
   */
  public static final class MinimumLoadBalancerCapacity extends Struct<MinimumLoadBalancerCapacity> {
    private static final Schema SCHEMA = Schema.builder("AWS::ElasticLoadBalancingV2::LoadBalancer.MinimumLoadBalancerCapacity")
        .required("CapacityUnits")
        .build();

    public MinimumLoadBalancerCapacity() {
      super(SCHEMA);
    }

    /**
     * The number of capacity units.
     *
     * <p>Required. CloudFormation property {@code CapacityUnits}.
     */
    public MinimumLoadBalancerCapacity capacityUnits(int value) {
      return set("CapacityUnits", Value.of(value));
    }

    /** Sets {@code CapacityUnits} to this value; see {@link #capacityUnits(int)}. */
    public MinimumLoadBalancerCapacity capacityUnits(Value<Integer> value) {
      return set("CapacityUnits", value);
    }
  }

  /**
   * Specifies a subnet for a load balancer.
   *
   * <p>Property type {@code AWS::ElasticLoadBalancingV2::LoadBalancer.SubnetMapping}.
   */
  public static final class SubnetMapping extends Struct<SubnetMapping> {
    private static final Schema SCHEMA = Schema.builder("AWS::ElasticLoadBalancingV2::LoadBalancer.SubnetMapping")
        .required("SubnetId")
        .constrain("SubnetId", Constraint.of().format("AWS::EC2::Subnet.Id"))
        .references("SubnetId", "AWS::EC2::Subnet.Ref")
        .build();

    public SubnetMapping() {
      super(SCHEMA);
    }

    /**
     * [Network Load Balancers] The allocation ID of the Elastic IP address for an internet-facing
     * load balancer.
     *
     * <p>CloudFormation property {@code AllocationId}.
     */
    public SubnetMapping allocationId(String value) {
      return set("AllocationId", Value.of(value));
    }

    /** Sets {@code AllocationId} to this value; see {@link #allocationId(String)}. */
    public SubnetMapping allocationId(Value<String> value) {
      return set("AllocationId", value);
    }

    /**
     * [Network Load Balancers] The IPv6 address.
     *
     * <p>CloudFormation property {@code IPv6Address}.
     */
    public SubnetMapping iPv6Address(String value) {
      return set("IPv6Address", Value.of(value));
    }

    /** Sets {@code IPv6Address} to this value; see {@link #iPv6Address(String)}. */
    public SubnetMapping iPv6Address(Value<String> value) {
      return set("IPv6Address", value);
    }

    /**
     * [Network Load Balancers] The private IPv4 address for an internal load balancer.
     *
     * <p>CloudFormation property {@code PrivateIPv4Address}.
     */
    public SubnetMapping privateIPv4Address(String value) {
      return set("PrivateIPv4Address", Value.of(value));
    }

    /** Sets {@code PrivateIPv4Address} to this value; see {@link #privateIPv4Address(String)}. */
    public SubnetMapping privateIPv4Address(Value<String> value) {
      return set("PrivateIPv4Address", value);
    }

    /**
     * [Network Load Balancers with UDP listeners] The IPv6 prefix to use for source NAT. Specify an
     * IPv6 prefix (/80 netmask) from the subnet CIDR block or <code>auto_assigned</code> to use an
     * IPv6 prefix selected at random from the subnet CIDR block.
     *
     * <p>CloudFormation property {@code SourceNatIpv6Prefix}.
     */
    public SubnetMapping sourceNatIpv6Prefix(String value) {
      return set("SourceNatIpv6Prefix", Value.of(value));
    }

    /** Sets {@code SourceNatIpv6Prefix} to this value; see {@link #sourceNatIpv6Prefix(String)}. */
    public SubnetMapping sourceNatIpv6Prefix(Value<String> value) {
      return set("SourceNatIpv6Prefix", value);
    }

    /**
     * The ID of the subnet.
     *
     * <p>Required. Format: {@code AWS::EC2::Subnet.Id}. CloudFormation property {@code SubnetId}.
     */
    public SubnetMapping subnetId(String value) {
      return set("SubnetId", Value.of(value));
    }

    /** Sets {@code SubnetId} to this value; see {@link #subnetId(String)}. */
    public SubnetMapping subnetId(Value<String> value) {
      return set("SubnetId", value);
    }

    /**
     * Sets {@code SubnetId} to the Ref of {@code AWS::EC2::Subnet}; see {@link #subnetId(String)}.
     */
    public SubnetMapping subnetId(Subnet resource) {
      return set("SubnetId", resource.ref());
    }
  }
}
