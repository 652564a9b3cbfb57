// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.ec2;

import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Specifies a set of DHCP options for your VPC.
 *
 * <p>You must specify at least one of the following properties: <code>DomainNameServers</code> ,
 * <code>NetbiosNameServers</code> , <code>NtpServers</code> . If you specify
 * <code>NetbiosNameServers</code> , you must specify <code>NetbiosNodeType</code> .
 *
 * <p>CloudFormation type {@code AWS::EC2::DHCPOptions}.
 */
public final class DHCPOptions extends Resource<DHCPOptions> {
  private static final Schema SCHEMA = Schema.builder("AWS::EC2::DHCPOptions")
      .allowed("NetbiosNodeType", "1", "2", "4", "8")
      .refYields("DhcpOptionsId")
      .attributes("DhcpOptionsId")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public DHCPOptions(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * This value is used to complete unqualified DNS hostnames. If you're using AmazonProvidedDNS in
   * <code>us-east-1</code> , specify <code>ec2.internal</code> . If you're using AmazonProvidedDNS
   * in another Region, specify <em>region</em> . <code>compute.internal</code> (for example,
   * <code>ap-northeast-1.compute.internal</code> ). Otherwise, specify a domain name (for example,
   * <em>MyCompany.com</em> ).
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code DomainName}.
   */
  public DHCPOptions domainName(String value) {
    return set("DomainName", Value.of(value));
  }

  /** Sets {@code DomainName} to this value; see {@link #domainName(String)}. */
  public DHCPOptions domainName(Value<String> value) {
    return set("DomainName", value);
  }

  /**
   * The IPv4 addresses of up to four domain name servers, or <code>AmazonProvidedDNS</code> . The
   * default is <code>AmazonProvidedDNS</code> . To have your instance receive a custom DNS hostname
   * as specified in <code>DomainName</code> , you must set this property to a custom DNS server.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code DomainNameServers}.
   */
  public DHCPOptions domainNameServers(List<String> value) {
    return set("DomainNameServers", Value.listOf(value));
  }

  /** Sets {@code DomainNameServers} to this value; see {@link #domainNameServers(List)}. */
  public DHCPOptions domainNameServers(Value<List<String>> value) {
    return set("DomainNameServers", value);
  }

  /**
   * A value (in seconds, minutes, hours, or years) for how frequently a running instance with an
   * IPv6 assigned to it goes through DHCPv6 lease renewal. Acceptable values are between 140 and
   * 2147483647 seconds (approximately 68 years). If no value is entered, the default lease time is
   * 140 seconds. If you use long-term addressing for EC2 instances, you can increase the lease time
   * and avoid frequent lease renewal requests. Lease renewal typically occurs when half of the
   * lease time has elapsed.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code
   * Ipv6AddressPreferredLeaseTime}.
   */
  public DHCPOptions ipv6AddressPreferredLeaseTime(int value) {
    return set("Ipv6AddressPreferredLeaseTime", Value.of(value));
  }

  /**
   * Sets {@code Ipv6AddressPreferredLeaseTime} to this value; see {@link
   * #ipv6AddressPreferredLeaseTime(int)}.
   */
  public DHCPOptions ipv6AddressPreferredLeaseTime(Value<Integer> value) {
    return set("Ipv6AddressPreferredLeaseTime", value);
  }

  /**
   * The IPv4 addresses of up to four NetBIOS name servers.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code NetbiosNameServers}.
   */
  public DHCPOptions netbiosNameServers(List<String> value) {
    return set("NetbiosNameServers", Value.listOf(value));
  }

  /** Sets {@code NetbiosNameServers} to this value; see {@link #netbiosNameServers(List)}. */
  public DHCPOptions netbiosNameServers(Value<List<String>> value) {
    return set("NetbiosNameServers", value);
  }

  /**
   * The NetBIOS node type (1, 2, 4, or 8). We recommend that you specify 2 (broadcast and multicast
   * are not currently supported).
   *
   * <p>Changing it replaces the resource. Allowed values: {@code 1}, {@code 2}, {@code 4}, {@code
   * 8}. CloudFormation property {@code NetbiosNodeType}.
   */
  public DHCPOptions netbiosNodeType(int value) {
    return set("NetbiosNodeType", Value.of(value));
  }

  /** Sets {@code NetbiosNodeType} to this value; see {@link #netbiosNodeType(int)}. */
  public DHCPOptions netbiosNodeType(Value<Integer> value) {
    return set("NetbiosNodeType", value);
  }

  /**
   * The IPv4 addresses of up to four Network Time Protocol (NTP) servers.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code NtpServers}.
   */
  public DHCPOptions ntpServers(List<String> value) {
    return set("NtpServers", Value.listOf(value));
  }

  /** Sets {@code NtpServers} to this value; see {@link #ntpServers(List)}. */
  public DHCPOptions ntpServers(Value<List<String>> value) {
    return set("NtpServers", value);
  }

  /**
   * Any tags assigned to the DHCP options set.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public DHCPOptions tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public DHCPOptions tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public DHCPOptions tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The ID of the DHCP options set.
   *
   * <p>{@code Fn::GetAtt} attribute {@code DhcpOptionsId}.
   */
  public Value<String> dhcpOptionsId() {
    return getAtt("DhcpOptionsId");
  }
}
