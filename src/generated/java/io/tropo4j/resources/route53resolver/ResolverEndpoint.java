// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.route53resolver;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Creates a Resolver endpoint. There are two types of Resolver endpoints, inbound and outbound:
 *
 * <ul> <li>An <em>inbound Resolver endpoint</em> forwards DNS queries to the DNS service for a VPC
 * from your network. <li>An <em>outbound Resolver endpoint</em> forwards DNS queries from the DNS
 * service for a VPC to your network. </ul>
 *
 * <p>- You cannot update <code>ResolverEndpointType</code> and <code>IpAddresses</code> in the same
 * request. - When you update a dual-stack IP address, you must update both IP addresses. You can’t
 * update only an IPv4 or IPv6 and keep an existing IP address.
 *
 * <p>CloudFormation type {@code AWS::Route53Resolver::ResolverEndpoint}.
 */
public final class ResolverEndpoint extends Resource<ResolverEndpoint> {
  private static final Schema SCHEMA = Schema.builder("AWS::Route53Resolver::ResolverEndpoint")
      .required("Direction", "IpAddresses", "SecurityGroupIds")
      .constrain("Name", Constraint.of().pattern("^(?!^[0-9]+$)([a-zA-Z0-9\\-_' ']+)$").minLength(0).maxLength(64))
      .constrain("OutpostArn", Constraint.of().pattern("^arn:aws([a-z-]+)?:outposts:[a-z\\d-]+:\\d{12}:outpost/op-[a-f0-9]{17}$").minLength(1).maxLength(255))
      .constrain("PreferredInstanceType", Constraint.of().minLength(1).maxLength(255))
      .allowed("ResolverEndpointType", "IPV6", "IPV4", "DUALSTACK")
      .constrain("SecurityGroupIds", Constraint.of().minLength(1).maxLength(64).format("AWS::EC2::SecurityGroup.Id"))
      .refYields("ResolverEndpointId")
      .attributes("Arn", "Direction", "HostVPCId", "IpAddressCount", "Name", "OutpostArn",
          "PreferredInstanceType", "ResolverEndpointId", "ResolverEndpointType")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public ResolverEndpoint(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * Indicates whether the Resolver endpoint allows inbound or outbound DNS queries:
   *
   * <ul> <li><code>INBOUND</code> : allows DNS queries to your VPC from your network
   * <li><code>OUTBOUND</code> : allows DNS queries from your VPC to your network
   * <li><code>INBOUND_DELEGATION</code> : Resolver delegates queries to Route 53 private hosted
   * zones from your network. </ul>
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code Direction}.
   */
  public ResolverEndpoint direction(String value) {
    return set("Direction", Value.of(value));
  }

  /** Sets {@code Direction} to this value; see {@link #direction(String)}. */
  public ResolverEndpoint direction(Value<String> value) {
    return set("Direction", value);
  }

  /**
   * Specifies whether DNS64 is enabled for the Inbound Resolver Endpoint. When set to true, if a
   * DNS AAAA query is made for a domain that has only an A (IPv4) record, the resolver
   * automatically synthesizes an AAAA (IPv6) response by embedding the IPv4 address into the
   * well-known prefix 64:ff9b::/96. Default is false.
   *
   * <p>CloudFormation property {@code Dns64Enabled}.
   */
  public ResolverEndpoint dns64Enabled(boolean value) {
    return set("Dns64Enabled", Value.of(value));
  }

  /** Sets {@code Dns64Enabled} to this value; see {@link #dns64Enabled(boolean)}. */
  public ResolverEndpoint dns64Enabled(Value<Boolean> value) {
    return set("Dns64Enabled", value);
  }

  /**
   * The subnets and IP addresses in your VPC that DNS queries originate from (for outbound
   * endpoints) or that you forward DNS queries to (for inbound endpoints). The subnet ID uniquely
   * identifies a VPC.
   *
   * <p>Even though the minimum is 1, Route 53 requires that you create at least two.
   *
   * <p>Required. CloudFormation property {@code IpAddresses}.
   */
  public ResolverEndpoint ipAddresses(List<IpAddressRequest> value) {
    return set("IpAddresses", Value.listOf(value));
  }

  /** Sets {@code IpAddresses} to this value; see {@link #ipAddresses(List)}. */
  public ResolverEndpoint ipAddresses(Value<List<IpAddressRequest>> value) {
    return set("IpAddresses", value);
  }

  /** Sets {@code IpAddresses} to a list of these; see {@link #ipAddresses(List)}. */
  public ResolverEndpoint ipAddresses(IpAddressRequest... values) {
    return set("IpAddresses", Value.list(values));
  }

  /**
   * Specifies whether IPv6 Internet Gateway access is enabled through the Outbound Resolver
   * Endpoint. When set to true, this property allows your Endpoint ENIs to reach public IPv6 target
   * nameservers through an internet gateway. Default is false.
   *
   * <p>CloudFormation property {@code Ipv6InternetAccessEnabled}.
   */
  public ResolverEndpoint ipv6InternetAccessEnabled(boolean value) {
    return set("Ipv6InternetAccessEnabled", Value.of(value));
  }

  /**
   * Sets {@code Ipv6InternetAccessEnabled} to this value; see {@link
   * #ipv6InternetAccessEnabled(boolean)}.
   */
  public ResolverEndpoint ipv6InternetAccessEnabled(Value<Boolean> value) {
    return set("Ipv6InternetAccessEnabled", value);
  }

  /**
   * A friendly name that lets you easily find a configuration in the Resolver dashboard in the
   * Route 53 console.
   *
   * <p>Length: 0 to 64 characters. Pattern: {@code ^(?!^[0-9]+$)([a-zA-Z0-9&#92;-_' ']+)$}.
   * CloudFormation property {@code Name}.
   */
  public ResolverEndpoint name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public ResolverEndpoint name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * The ARN (Amazon Resource Name) for the Outpost.
   *
   * <p>Changing it replaces the resource. Length: 1 to 255 characters. Pattern: {@code
   * ^arn:aws([a-z-]+)?:outposts:[a-z&#92;d-]+:&#92;d{12}:outpost/op-[a-f0-9]{17}$}. CloudFormation
   * property {@code OutpostArn}.
   */
  public ResolverEndpoint outpostArn(String value) {
    return set("OutpostArn", Value.of(value));
  }

  /** Sets {@code OutpostArn} to this value; see {@link #outpostArn(String)}. */
  public ResolverEndpoint outpostArn(Value<String> value) {
    return set("OutpostArn", value);
  }

  /**
   * The Amazon EC2 instance type.
   *
   * <p>Changing it replaces the resource. Length: 1 to 255 characters. CloudFormation property
   * {@code PreferredInstanceType}.
   */
  public ResolverEndpoint preferredInstanceType(String value) {
    return set("PreferredInstanceType", Value.of(value));
  }

  /**
   * Sets {@code PreferredInstanceType} to this value; see {@link #preferredInstanceType(String)}.
   */
  public ResolverEndpoint preferredInstanceType(Value<String> value) {
    return set("PreferredInstanceType", value);
  }

  /**
   * Protocols used for the endpoint. DoH-FIPS is applicable for a default inbound endpoints only.
   *
   * <p>For an inbound endpoint you can apply the protocols as follows:
   *
   * <ul> <li>Do53 and DoH in combination. <li>Do53 and DoH-FIPS in combination. <li>Do53 alone.
   * <li>DoH alone. <li>DoH-FIPS alone. <li>None, which is treated as Do53. </ul>
   *
   * <p>For a delegation inbound endpoint you can use Do53 only.
   *
   * <p>For an outbound endpoint you can apply the protocols as follows:
   *
   * <ul> <li>Do53 and DoH in combination. <li>Do53 alone. <li>DoH alone. <li>None, which is treated
   * as Do53. </ul>
   *
   * <p>CloudFormation property {@code Protocols}.
   */
  public ResolverEndpoint protocols(List<String> value) {
    return set("Protocols", Value.listOf(value));
  }

  /** Sets {@code Protocols} to this value; see {@link #protocols(List)}. */
  public ResolverEndpoint protocols(Value<List<String>> value) {
    return set("Protocols", value);
  }

  /**
   * The Resolver endpoint IP address type.
   *
   * <p>Allowed values: {@code IPV6}, {@code IPV4}, {@code DUALSTACK}. CloudFormation property
   * {@code ResolverEndpointType}.
   */
  public ResolverEndpoint resolverEndpointType(String value) {
    return set("ResolverEndpointType", Value.of(value));
  }

  /** Sets {@code ResolverEndpointType} to this value; see {@link #resolverEndpointType(String)}. */
  public ResolverEndpoint resolverEndpointType(Value<String> value) {
    return set("ResolverEndpointType", value);
  }

  /**
   * Indicates whether RNI enhanced metrics are enabled for the Resolver endpoint. When enabled,
   * one-minute granular metrics are published in CloudWatch for each RNI associated with this
   * endpoint. When disabled, these metrics are not published.
   *
   * <p>CloudFormation property {@code RniEnhancedMetricsEnabled}.
   */
  public ResolverEndpoint rniEnhancedMetricsEnabled(boolean value) {
    return set("RniEnhancedMetricsEnabled", Value.of(value));
  }

  /**
   * Sets {@code RniEnhancedMetricsEnabled} to this value; see {@link
   * #rniEnhancedMetricsEnabled(boolean)}.
   */
  public ResolverEndpoint rniEnhancedMetricsEnabled(Value<Boolean> value) {
    return set("RniEnhancedMetricsEnabled", value);
  }

  /**
   * The ID of one or more security groups that control access to this VPC. The security group must
   * include one or more inbound rules (for inbound endpoints) or outbound rules (for outbound
   * endpoints). Inbound and outbound rules must allow TCP and UDP access. For inbound access, open
   * port 53. For outbound access, open the port that you're using for DNS queries on your network.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 64 characters. Format: {@code
   * AWS::EC2::SecurityGroup.Id}. CloudFormation property {@code SecurityGroupIds}.
   */
  public ResolverEndpoint securityGroupIds(List<String> value) {
    return set("SecurityGroupIds", Value.listOf(value));
  }

  /** Sets {@code SecurityGroupIds} to this value; see {@link #securityGroupIds(List)}. */
  public ResolverEndpoint securityGroupIds(Value<List<String>> value) {
    return set("SecurityGroupIds", value);
  }

  /**
   * Route 53 Resolver doesn't support updating tags through CloudFormation.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public ResolverEndpoint tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public ResolverEndpoint tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public ResolverEndpoint tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * Indicates whether target name server metrics are enabled for the outbound Resolver endpoint.
   * When enabled, one-minute granular metrics are published in CloudWatch for each target name
   * server associated with this endpoint. When disabled, these metrics are not published. This
   * feature is not supported for inbound Resolver endpoint.
   *
   * <p>CloudFormation property {@code TargetNameServerMetricsEnabled}.
   */
  public ResolverEndpoint targetNameServerMetricsEnabled(boolean value) {
    return set("TargetNameServerMetricsEnabled", Value.of(value));
  }

  /**
   * Sets {@code TargetNameServerMetricsEnabled} to this value; see {@link
   * #targetNameServerMetricsEnabled(boolean)}.
   */
  public ResolverEndpoint targetNameServerMetricsEnabled(Value<Boolean> value) {
    return set("TargetNameServerMetricsEnabled", value);
  }

  /**
   * The Amazon Resource Name (ARN) of the resolver endpoint, such as
   * <code>arn:aws:route53resolver:us-east-1:123456789012:resolver-endpoint/resolver-endpoint-a1bzhi</code>
   * .
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * Indicates whether the resolver endpoint allows inbound or outbound DNS queries.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Direction}.
   */
  public Value<String> direction() {
    return getAtt("Direction");
  }

  /**
   * The ID of the VPC that you want to create the resolver endpoint in.
   *
   * <p>{@code Fn::GetAtt} attribute {@code HostVPCId}.
   */
  public Value<String> hostVPCId() {
    return getAtt("HostVPCId");
  }

  /**
   * The number of IP addresses that the resolver endpoint can use for DNS queries.
   *
   * <p>{@code Fn::GetAtt} attribute {@code IpAddressCount}.
   */
  public Value<String> ipAddressCount() {
    return getAtt("IpAddressCount");
  }

  /**
   * The name that you assigned to the resolver endpoint when you created the endpoint.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Name}.
   */
  public Value<String> name() {
    return getAtt("Name");
  }

  /** {@code Fn::GetAtt} attribute {@code OutpostArn}. */
  public Value<String> outpostArn() {
    return getAtt("OutpostArn");
  }

  /** {@code Fn::GetAtt} attribute {@code PreferredInstanceType}. */
  public Value<String> preferredInstanceType() {
    return getAtt("PreferredInstanceType");
  }

  /**
   * The ID of the resolver endpoint.
   *
   * <p>{@code Fn::GetAtt} attribute {@code ResolverEndpointId}.
   */
  public Value<String> resolverEndpointId() {
    return getAtt("ResolverEndpointId");
  }

  /** {@code Fn::GetAtt} attribute {@code ResolverEndpointType}. */
  public Value<String> resolverEndpointType() {
    return getAtt("ResolverEndpointType");
  }

  /**
   * In a <a
   * href="https://docs.aws.amazon.com/Route53/latest/APIReference/API_route53resolver_CreateResolverEndpoint.html">CreateResolverEndpoint</a>
   * request, the IP address that DNS queries originate from (for outbound endpoints) or that you
   * forward DNS queries to (for inbound endpoints). <code>IpAddressRequest</code> also includes the
   * ID of the subnet that contains the IP address.
   *
   * <p>Property type {@code AWS::Route53Resolver::ResolverEndpoint.IpAddressRequest}.
   */
  public static final class IpAddressRequest extends Struct<IpAddressRequest> {
    private static final Schema SCHEMA = Schema.builder("AWS::Route53Resolver::ResolverEndpoint.IpAddressRequest")
        .required("SubnetId")
        .constrain("Ip", Constraint.of().minLength(7).maxLength(36))
        .constrain("Ipv6", Constraint.of().minLength(7).maxLength(39))
        .constrain("SubnetId", Constraint.of().minLength(1).maxLength(32).format("AWS::EC2::Subnet.Id"))
        .build();

    public IpAddressRequest() {
      super(SCHEMA);
    }

    /**
     * The IPv4 address that you want to use for DNS queries.
     *
     * <p>Length: 7 to 36 characters. CloudFormation property {@code Ip}.
     */
    public IpAddressRequest ip(String value) {
      return set("Ip", Value.of(value));
    }

    /** Sets {@code Ip} to this value; see {@link #ip(String)}. */
    public IpAddressRequest ip(Value<String> value) {
      return set("Ip", value);
    }

    /**
     * The IPv6 address that you want to use for DNS queries.
     *
     * <p>Length: 7 to 39 characters. CloudFormation property {@code Ipv6}.
     */
    public IpAddressRequest ipv6(String value) {
      return set("Ipv6", Value.of(value));
    }

    /** Sets {@code Ipv6} to this value; see {@link #ipv6(String)}. */
    public IpAddressRequest ipv6(Value<String> value) {
      return set("Ipv6", value);
    }

    /**
     * The ID of the subnet that contains the IP address.
     *
     * <p>Required. Length: 1 to 32 characters. Format: {@code AWS::EC2::Subnet.Id}. CloudFormation
     * property {@code SubnetId}.
     */
    public IpAddressRequest subnetId(String value) {
      return set("SubnetId", Value.of(value));
    }

    /** Sets {@code SubnetId} to this value; see {@link #subnetId(String)}. */
    public IpAddressRequest subnetId(Value<String> value) {
      return set("SubnetId", value);
    }
  }
}
