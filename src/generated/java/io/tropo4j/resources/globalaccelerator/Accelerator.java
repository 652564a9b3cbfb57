// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.globalaccelerator;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * The <code>AWS::GlobalAccelerator::Accelerator</code> resource is a Global Accelerator resource
 * type that contains information about how you create an accelerator. An accelerator includes one
 * or more listeners that process inbound connections and direct traffic to one or more endpoint
 * groups, each of which includes endpoints, such as Application Load Balancers, Network Load
 * Balancers, and Amazon EC2 instances.
 *
 * <p>CloudFormation type {@code AWS::GlobalAccelerator::Accelerator}.
 */
public final class Accelerator extends Resource<Accelerator> {
  private static final Schema SCHEMA = Schema.builder("AWS::GlobalAccelerator::Accelerator")
      .required("Name")
      .constrain("FlowLogsS3Bucket", Constraint.of().maxLength(255))
      .constrain("FlowLogsS3Prefix", Constraint.of().maxLength(255))
      .allowed("IpAddressType", "IPV4", "DUAL_STACK")
      .constrain("IpAddresses", Constraint.of().pattern("^(?:[0-9]{1,3}\\.){3}[0-9]{1,3}$"))
      .constrain("Name", Constraint.of().pattern("^[a-zA-Z0-9_-]{0,64}$").minLength(1).maxLength(64))
      .refYields("AcceleratorArn")
      .attributes("AcceleratorArn", "DnsName", "DualStackDnsName", "Ipv4Addresses", "Ipv6Addresses")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public Accelerator(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * Indicates whether the accelerator is enabled. The value is true or false. The default value is
   * true.
   *
   * <p>If the value is set to true, the accelerator cannot be deleted. If set to false, accelerator
   * can be deleted.
   *
   * <p>Default: {@code true}. CloudFormation property {@code Enabled}.
   */
  public Accelerator enabled(boolean value) {
    return set("Enabled", Value.of(value));
  }

  /** Sets {@code Enabled} to this value; see {@link #enabled(boolean)}. */
  public Accelerator enabled(Value<Boolean> value) {
    return set("Enabled", value);
  }

  /**
   * Indicates whether flow logs are enabled for the accelerator.
   *
   * <p>Default: {@code false}. CloudFormation property {@code FlowLogsEnabled}.
   */
  public Accelerator flowLogsEnabled(boolean value) {
    return set("FlowLogsEnabled", Value.of(value));
  }

  /** Sets {@code FlowLogsEnabled} to this value; see {@link #flowLogsEnabled(boolean)}. */
  public Accelerator flowLogsEnabled(Value<Boolean> value) {
    return set("FlowLogsEnabled", value);
  }

  /**
   * The name of the Amazon S3 bucket for the flow logs.
   *
   * <p>Length: at most 255 characters. CloudFormation property {@code FlowLogsS3Bucket}.
   */
  public Accelerator flowLogsS3Bucket(String value) {
    return set("FlowLogsS3Bucket", Value.of(value));
  }

  /** Sets {@code FlowLogsS3Bucket} to this value; see {@link #flowLogsS3Bucket(String)}. */
  public Accelerator flowLogsS3Bucket(Value<String> value) {
    return set("FlowLogsS3Bucket", value);
  }

  /**
   * The prefix for the location in the Amazon S3 bucket for the flow logs.
   *
   * <p>Length: at most 255 characters. CloudFormation property {@code FlowLogsS3Prefix}.
   */
  public Accelerator flowLogsS3Prefix(String value) {
    return set("FlowLogsS3Prefix", Value.of(value));
  }

  /** Sets {@code FlowLogsS3Prefix} to this value; see {@link #flowLogsS3Prefix(String)}. */
  public Accelerator flowLogsS3Prefix(Value<String> value) {
    return set("FlowLogsS3Prefix", value);
  }

  /**
   * The IP address type that an accelerator supports. For a standard accelerator, the value can be
   * IPV4 or DUAL_STACK.
   *
   * <p>Allowed values: {@code IPV4}, {@code DUAL_STACK}. Default: {@code "IPV4"}. CloudFormation
   * property {@code IpAddressType}.
   */
  public Accelerator ipAddressType(String value) {
    return set("IpAddressType", Value.of(value));
  }

  /** Sets {@code IpAddressType} to this value; see {@link #ipAddressType(String)}. */
  public Accelerator ipAddressType(Value<String> value) {
    return set("IpAddressType", value);
  }

  /**
   * Optionally, if you've added your own IP address pool to Global Accelerator (BYOIP), you can
   * choose IP addresses from your own pool to use for the accelerator's static IP addresses when
   * you create an accelerator. You can specify one or two addresses, separated by a comma. Do not
   * include the /32 suffix.
   *
   * <p>Only one IP address from each of your IP address ranges can be used for each accelerator. If
   * you specify only one IP address from your IP address range, Global Accelerator assigns a second
   * static IP address for the accelerator from the AWS IP address pool.
   *
   * <p>Note that you can't update IP addresses for an existing accelerator. To change them, you
   * must create a new accelerator with the new addresses.
   *
   * <p>For more information, see <a
   * href="https://docs.aws.amazon.com/global-accelerator/latest/dg/using-byoip.html">Bring Your Own
   * IP Addresses (BYOIP)</a> in the <em>AWS Global Accelerator Developer Guide</em> .
   *
   * <p>Pattern: {@code ^(?:[0-9]{1,3}&#92;.){3}[0-9]{1,3}$}. CloudFormation property {@code
   * IpAddresses}.
   */
  public Accelerator ipAddresses(List<String> value) {
    return set("IpAddresses", Value.listOf(value));
  }

  /** Sets {@code IpAddresses} to this value; see {@link #ipAddresses(List)}. */
  public Accelerator ipAddresses(Value<List<String>> value) {
    return set("IpAddresses", value);
  }

  /**
   * The name of the accelerator. The name must contain only alphanumeric characters or hyphens (-),
   * and must not begin or end with a hyphen.
   *
   * <p>Required. Length: 1 to 64 characters. Pattern: {@code ^[a-zA-Z0-9_-]{0,64}$}. CloudFormation
   * property {@code Name}.
   */
  public Accelerator name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public Accelerator name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * Create tags for an accelerator.
   *
   * <p>For more information, see <a
   * href="https://docs.aws.amazon.com/global-accelerator/latest/dg/tagging-in-global-accelerator.html">Tagging</a>
   * in the <em>AWS Global Accelerator Developer Guide</em> .
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public Accelerator tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public Accelerator tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public Accelerator tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The ARN of the accelerator, such as
   * <code>arn:aws:globalaccelerator::012345678901:accelerator/1234abcd-abcd-1234-abcd-1234abcdefgh</code>
   * .
   *
   * <p>{@code Fn::GetAtt} attribute {@code AcceleratorArn}.
   */
  public Value<String> acceleratorArn() {
    return getAtt("AcceleratorArn");
  }

  /**
   * The Domain Name System (DNS) name that Global Accelerator creates that points to an
   * accelerator's static IPv4 addresses.
   *
   * <p>{@code Fn::GetAtt} attribute {@code DnsName}.
   */
  public Value<String> dnsName() {
    return getAtt("DnsName");
  }

  /**
   * The DNS name that Global Accelerator creates that points to a dual-stack accelerator's four
   * static IP addresses: two IPv4 addresses and two IPv6 addresses.
   *
   * <p>{@code Fn::GetAtt} attribute {@code DualStackDnsName}.
   */
  public Value<String> dualStackDnsName() {
    return getAtt("DualStackDnsName");
  }

  /**
   * The array of IPv4 addresses in the IP address set. An IP address set can have a maximum of two
   * IP addresses.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Ipv4Addresses}.
   */
  public Value<List<String>> ipv4Addresses() {
    return getAtt("Ipv4Addresses");
  }

  /**
   * The array of IPv6 addresses in the IP address set. An IP address set can have a maximum of two
   * IP addresses.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Ipv6Addresses}.
   */
  public Value<List<String>> ipv6Addresses() {
    return getAtt("Ipv6Addresses");
  }
}
