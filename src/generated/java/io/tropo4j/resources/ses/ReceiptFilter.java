// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.ses;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.fn.Value;

/**
 * Specify a new IP address filter. You use IP address filters when you receive email with Amazon
 * SES.
 *
 * <p>CloudFormation type {@code AWS::SES::ReceiptFilter}.
 */
public final class ReceiptFilter extends Resource<ReceiptFilter> {
  private static final Schema SCHEMA = Schema.builder("AWS::SES::ReceiptFilter")
      .required("Filter")
      .refYields("Id")
      .attributes("Id")
      .build();

  public ReceiptFilter(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * A data structure that describes the IP address filter to create, which consists of a name, an
   * IP address range, and whether to allow or block mail from it.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code Filter}.
   */
  public ReceiptFilter filter(Value<Filter> value) {
    return set("Filter", value);
  }

  /** {@code Fn::GetAtt} attribute {@code Id}. */
  public Value<String> id() {
    return getAtt("Id");
  }

  /**
   * Specifies an IP address filter.
   *
   * <p>Property type {@code AWS::SES::ReceiptFilter.Filter}.
   */
  public static final class Filter extends Struct<Filter> {
    private static final Schema SCHEMA = Schema.builder("AWS::SES::ReceiptFilter.Filter")
        .required("IpFilter")
        .build();

    public Filter() {
      super(SCHEMA);
    }

    /**
     * A structure that provides the IP addresses to block or allow, and whether to block or allow
     * incoming mail from them.
     *
     * <p>Required. Changing it replaces the resource. CloudFormation property {@code IpFilter}.
     */
    public Filter ipFilter(Value<IpFilter> value) {
      return set("IpFilter", value);
    }

    /**
     * The name of the IP address filter. The name must meet the following requirements:
     *
     * <ul> <li>Contain only ASCII letters (a-z, A-Z), numbers (0-9), underscores (_), or dashes
     * (-). <li>Start and end with a letter or number. <li>Contain 64 characters or fewer. </ul>
     *
     * <p>Changing it replaces the resource. CloudFormation property {@code Name}.
     */
    public Filter name(String value) {
      return set("Name", Value.of(value));
    }

    /** Sets {@code Name} to this value; see {@link #name(String)}. */
    public Filter name(Value<String> value) {
      return set("Name", value);
    }
  }

  /**
   * A receipt IP address filter enables you to specify whether to accept or reject mail originating
   * from an IP address or range of IP addresses.
   *
   * <p>For information about setting up IP address filters, see the <a
   * href="https://docs.aws.amazon.com/ses/latest/dg/receiving-email-ip-filtering-console-walkthrough.html">Amazon
   * SES Developer Guide</a> .
   *
   * <p>Property type {@code AWS::SES::ReceiptFilter.IpFilter}.
   */
  public static final class IpFilter extends Struct<IpFilter> {
    private static final Schema SCHEMA = Schema.builder("AWS::SES::ReceiptFilter.IpFilter")
        .required("Cidr", "Policy")
        .constrain("Cidr", Constraint.of().format("ipv4-network"))
        .allowed("Policy", "Allow", "Block")
        .build();

    public IpFilter() {
      super(SCHEMA);
    }

    /**
     * A single IP address or a range of IP addresses to block or allow, specified in Classless
     * Inter-Domain Routing (CIDR) notation. An example of a single email address is 10.0.0.1. An
     * example of a range of IP addresses is 10.0.0.1/24. For more information about CIDR notation,
     * see <a href="https://docs.aws.amazon.com/https://tools.ietf.org/html/rfc2317">RFC 2317</a> .
     *
     * <p>Required. Changing it replaces the resource. Format: {@code ipv4-network}. CloudFormation
     * property {@code Cidr}.
     */
    public IpFilter cidr(String value) {
      return set("Cidr", Value.of(value));
    }

    /** Sets {@code Cidr} to this value; see {@link #cidr(String)}. */
    public IpFilter cidr(Value<String> value) {
      return set("Cidr", value);
    }

    /**
     * Indicates whether to block or allow incoming mail from the specified IP addresses.
     *
     * <p>Required. Changing it replaces the resource. Allowed values: {@code Allow}, {@code Block}.
     * CloudFormation property {@code Policy}.
     */
    public IpFilter policy(String value) {
      return set("Policy", Value.of(value));
    }

    /** Sets {@code Policy} to this value; see {@link #policy(String)}. */
    public IpFilter policy(Value<String> value) {
      return set("Policy", value);
    }
  }
}
