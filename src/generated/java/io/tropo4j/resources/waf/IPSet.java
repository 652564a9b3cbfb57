// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.waf;

import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * AWS WAF Classic support will end on September 30, 2025. This is <em>AWS WAF Classic</em>
 * documentation. For more information, see <a
 * href="https://docs.aws.amazon.com/waf/latest/developerguide/classic-waf-chapter.html">AWS WAF
 * Classic</a> in the developer guide. <em>For the latest version of AWS WAF</em> , use the AWS WAF
 * V2 API and see the <a
 * href="https://docs.aws.amazon.com/waf/latest/developerguide/waf-chapter.html">AWS WAF Developer
 * Guide</a> . With the latest version, AWS WAF has a single set of endpoints for regional and
 * global use.
 *
 * <p>Contains one or more IP addresses or blocks of IP addresses specified in Classless
 * Inter-Domain Routing (CIDR) notation. AWS WAF supports IPv4 address ranges: /8 and any range
 * between /16 through /32. AWS WAF supports IPv6 address ranges: /24, /32, /48, /56, /64, and /128.
 *
 * <p>To specify an individual IP address, you specify the four-part IP address followed by a
 * <code>/32</code> , for example, 192.0.2.0/32. To block a range of IP addresses, you can specify
 * /8 or any range between /16 through /32 (for IPv4) or /24, /32, /48, /56, /64, or /128 (for
 * IPv6). For more information about CIDR notation, see the Wikipedia entry <a
 * href="https://docs.aws.amazon.com/https://en.wikipedia.org/wiki/Classless_Inter-Domain_Routing">Classless
 * Inter-Domain Routing</a> .
 *
 * <p>CloudFormation type {@code AWS::WAF::IPSet}.
 */
public final class IPSet extends Resource<IPSet> {
  private static final Schema SCHEMA = Schema.builder("AWS::WAF::IPSet")
      .required("Name")
      .refYields("Id")
      .attributes("Id")
      .build();

  public IPSet(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The IP address type ( <code>IPV4</code> or <code>IPV6</code> ) and the IP address range (in
   * CIDR notation) that web requests originate from. If the <code>WebACL</code> is associated with
   * an Amazon CloudFront distribution and the viewer did not use an HTTP proxy or a load balancer
   * to send the request, this is the value of the c-ip field in the CloudFront access logs.
   *
   * <p>CloudFormation property {@code IPSetDescriptors}.
   */
  public IPSet ipSetDescriptors(List<IPSetDescriptor> value) {
    return set("IPSetDescriptors", Value.listOf(value));
  }

  /** Sets {@code IPSetDescriptors} to this value; see {@link #ipSetDescriptors(List)}. */
  public IPSet ipSetDescriptors(Value<List<IPSetDescriptor>> value) {
    return set("IPSetDescriptors", value);
  }

  /** Sets {@code IPSetDescriptors} to a list of these; see {@link #ipSetDescriptors(List)}. */
  public IPSet ipSetDescriptors(IPSetDescriptor... values) {
    return set("IPSetDescriptors", Value.list(values));
  }

  /**
   * The name of the <code>IPSet</code> . You can't change the name of an <code>IPSet</code> after
   * you create it.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code Name}.
   */
  public IPSet name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public IPSet name(Value<String> value) {
    return set("Name", value);
  }

  /** {@code Fn::GetAtt} attribute {@code Id}. */
  public Value<String> id() {
    return getAtt("Id");
  }

  /**
   * AWS WAF Classic support will end on September 30, 2025. This is <em>AWS WAF Classic</em>
   * documentation. For more information, see <a
   * href="https://docs.aws.amazon.com/waf/latest/developerguide/classic-waf-chapter.html">AWS WAF
   * Classic</a> in the developer guide. <em>For the latest version of AWS WAF</em> , use the AWS
   * WAF V2 API and see the <a
   * href="https://docs.aws.amazon.com/waf/latest/developerguide/waf-chapter.html">AWS WAF Developer
   * Guide</a> . With the latest version, AWS WAF has a single set of endpoints for regional and
   * global use.
   *
   * <p>Specifies the IP address type ( <code>IPV4</code> or <code>IPV6</code> ) and the IP address
   * range (in CIDR format) that web requests originate from.
   *
   * <p>Property type {@code AWS::WAF::IPSet.IPSetDescriptor}.
   */
  public static final class IPSetDescriptor extends Struct<IPSetDescriptor> {
    private static final Schema SCHEMA = Schema.builder("AWS::WAF::IPSet.IPSetDescriptor")
        .required("Type", "Value")
        .build();

    public IPSetDescriptor() {
      super(SCHEMA);
    }

    /**
     * Specify <code>IPV4</code> or <code>IPV6</code> .
     *
     * <p>Required. CloudFormation property {@code Type}.
     */
    public IPSetDescriptor type(String value) {
      return set("Type", Value.of(value));
    }

    /** Sets {@code Type} to this value; see {@link #type(String)}. */
    public IPSetDescriptor type(Value<String> value) {
      return set("Type", value);
    }

    /**
     * Specify an IPv4 address by using CIDR notation. For example:
     *
     * <ul> <li>To configure AWS WAF to allow, block, or count requests that originated from the IP
     * address 192.0.2.44, specify <code>192.0.2.44/32</code> . <li>To configure AWS WAF to allow,
     * block, or count requests that originated from IP addresses from 192.0.2.0 to 192.0.2.255,
     * specify <code>192.0.2.0/24</code> . </ul>
     *
     * <p>For more information about CIDR notation, see the Wikipedia entry <a
     * href="https://docs.aws.amazon.com/https://en.wikipedia.org/wiki/Classless_Inter-Domain_Routing">Classless
     * Inter-Domain Routing</a> .
     *
     * <p>Specify an IPv6 address by using CIDR notation. For example:
     *
     * <ul> <li>To configure AWS WAF to allow, block, or count requests that originated from the IP
     * address 1111:0000:0000:0000:0000:0000:0000:0111, specify
     * <code>1111:0000:0000:0000:0000:0000:0000:0111/128</code> . <li>To configure AWS WAF to allow,
     * block, or count requests that originated from IP addresses
     * 1111:0000:0000:0000:0000:0000:0000:0000 to 1111:0000:0000:0000:ffff:ffff:ffff:ffff, specify
     * <code>1111:0000:0000:0000:0000:0000:0000:0000/64</code> . </ul>
     *
     * <p>Required. CloudFormation property {@code Value}.
     */
    public IPSetDescriptor value(String value) {
      return set("Value", Value.of(value));
    }

    /** Sets {@code Value} to this value; see {@link #value(String)}. */
    public IPSetDescriptor value(Value<String> value) {
      return set("Value", value);
    }
  }
}
