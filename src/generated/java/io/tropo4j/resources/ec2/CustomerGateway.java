// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.ec2;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Specifies a customer gateway.
 *
 * <p>CloudFormation type {@code AWS::EC2::CustomerGateway}.
 */
public final class CustomerGateway extends Resource<CustomerGateway> {
  private static final Schema SCHEMA = Schema.builder("AWS::EC2::CustomerGateway")
      .required("IpAddress", "Type")
      .constrain("BgpAsnExtended", Constraint.of().minimum(2147483648L).maximum(4294967294L))
      .constrain("CertificateArn", Constraint.of().pattern("^arn:(aws[a-zA-Z-]*)?:acm:[a-z]{2}((-gov)|(-iso([a-z]{1})?))?-[a-z]+-\\d{1}:\\d{12}:certificate\\/[a-zA-Z0-9-_]+$"))
      .references("IpAddress", "AWS::EC2::Instance.PublicIp")
      .refYields("CustomerGatewayId")
      .attributes("CustomerGatewayId")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public CustomerGateway(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * For customer gateway devices that support BGP, specify the device's ASN. You must specify
   * either <code>BgpAsn</code> or <code>BgpAsnExtended</code> when creating the customer gateway.
   * If the ASN is larger than <code>2,147,483,647</code> , you must use <code>BgpAsnExtended</code>
   * .
   *
   * <p>Default: 65000
   *
   * <p>Valid values: <code>1</code> to <code>2,147,483,647</code>
   *
   * <p>Changing it replaces the resource. Default: {@code 65000}. CloudFormation property {@code
   * BgpAsn}.
   */
  public CustomerGateway bgpAsn(int value) {
    return set("BgpAsn", Value.of(value));
  }

  /** Sets {@code BgpAsn} to this value; see {@link #bgpAsn(int)}. */
  public CustomerGateway bgpAsn(Value<Integer> value) {
    return set("BgpAsn", value);
  }

  /**
   * For customer gateway devices that support BGP, specify the device's ASN. You must specify
   * either <code>BgpAsn</code> or <code>BgpAsnExtended</code> when creating the customer gateway.
   * If the ASN is larger than <code>2,147,483,647</code> , you must use <code>BgpAsnExtended</code>
   * .
   *
   * <p>Valid values: <code>2,147,483,648</code> to <code>4,294,967,295</code>
   *
   * <p>Changing it replaces the resource. Range: 2147483648L to 4294967294L. CloudFormation
   * property {@code BgpAsnExtended}.
   */
  public CustomerGateway bgpAsnExtended(double value) {
    return set("BgpAsnExtended", Value.of(value));
  }

  /** Sets {@code BgpAsnExtended} to this value; see {@link #bgpAsnExtended(double)}. */
  public CustomerGateway bgpAsnExtended(Value<Double> value) {
    return set("BgpAsnExtended", value);
  }

  /**
   * The Amazon Resource Name (ARN) for the customer gateway certificate.
   *
   * <p>Changing it replaces the resource. Pattern: {@code
   * ^arn:(aws[a-zA-Z-]*)?:acm:[a-z]{2}((-gov)|(-iso([a-z]{1})?))?-[a-z]+-&#92;d{1}:&#92;d{12}:certificate&#92;/[a-zA-Z0-9-_]+$}.
   * CloudFormation property {@code CertificateArn}.
   */
  public CustomerGateway certificateArn(String value) {
    return set("CertificateArn", Value.of(value));
  }

  /** Sets {@code CertificateArn} to this value; see {@link #certificateArn(String)}. */
  public CustomerGateway certificateArn(Value<String> value) {
    return set("CertificateArn", value);
  }

  /**
   * The name of customer gateway device.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code DeviceName}.
   */
  public CustomerGateway deviceName(String value) {
    return set("DeviceName", Value.of(value));
  }

  /** Sets {@code DeviceName} to this value; see {@link #deviceName(String)}. */
  public CustomerGateway deviceName(Value<String> value) {
    return set("DeviceName", value);
  }

  /**
   * The IP address for the customer gateway device's outside interface. The address must be static.
   * If <code>OutsideIpAddressType</code> in your VPN connection options is set to
   * <code>PrivateIpv4</code> , you can use an RFC6598 or RFC1918 private IPv4 address. If
   * <code>OutsideIpAddressType</code> is set to <code>Ipv6</code> , you can use an IPv6 address.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code IpAddress}.
   */
  public CustomerGateway ipAddress(String value) {
    return set("IpAddress", Value.of(value));
  }

  /** Sets {@code IpAddress} to this value; see {@link #ipAddress(String)}. */
  public CustomerGateway ipAddress(Value<String> value) {
    return set("IpAddress", value);
  }

  /**
   * Sets {@code IpAddress} to the PublicIp of {@code AWS::EC2::Instance}; see {@link
   * #ipAddress(String)}.
   */
  public CustomerGateway ipAddress(Instance resource) {
    return set("IpAddress", resource.publicIp());
  }

  /**
   * One or more tags for the customer gateway.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public CustomerGateway tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public CustomerGateway tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public CustomerGateway tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The type of VPN connection that this customer gateway supports ( <code>ipsec.1</code> ).
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code Type}.
   */
  public CustomerGateway typeProperty(String value) {
    return set("Type", Value.of(value));
  }

  /** Sets {@code Type} to this value; see {@link #typeProperty(String)}. */
  public CustomerGateway typeProperty(Value<String> value) {
    return set("Type", value);
  }

  /**
   * The ID of the customer gateway.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CustomerGatewayId}.
   */
  public Value<String> customerGatewayId() {
    return getAtt("CustomerGatewayId");
  }
}
