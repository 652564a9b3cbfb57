// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.wafv2;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * This is the latest version of <em>AWS WAF</em> , named AWS WAF V2, released in November, 2019.
 * For information, including how to migrate your AWS WAF resources from the prior release, see the
 * <a href="https://docs.aws.amazon.com/waf/latest/developerguide/waf-chapter.html">AWS WAF
 * developer guide</a> .
 *
 * <p>Use an <code>IPSet</code> to identify web requests that originate from specific IP addresses
 * or ranges of IP addresses. For example, if you're receiving a lot of requests from a ranges of IP
 * addresses, you can configure AWS WAF to block them using an IP set that lists those IP addresses.
 *
 * <p>You use an IP set by providing its Amazon Resource Name (ARN) to the rule statement
 * <code>IPSetReferenceStatement</code> , when you add a rule to a rule group or web ACL.
 *
 * <p>CloudFormation type {@code AWS::WAFv2::IPSet}.
 */
public final class IPSet extends Resource<IPSet> {
  private static final Schema SCHEMA = Schema.builder("AWS::WAFv2::IPSet")
      .required("Addresses", "IPAddressVersion", "Scope")
      .constrain("Addresses", Constraint.of().pattern("\\S").minLength(1).maxLength(50))
      .constrain("Description", Constraint.of().pattern("^[a-zA-Z0-9=:#@/\\-,.][a-zA-Z0-9+=:#@/\\-,.\\s]+[a-zA-Z0-9+=:#@/\\-,.]{1,256}$"))
      .allowed("IPAddressVersion", "IPV4", "IPV6")
      .constrain("Name", Constraint.of().pattern("^[0-9A-Za-z_-]{1,128}$"))
      .allowed("Scope", "CLOUDFRONT", "REGIONAL")
      .attributes("Arn", "Id")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public IPSet(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * Contains an array of strings that specifies zero or more IP addresses or blocks of IP addresses
   * that you want AWS WAF to inspect for in incoming requests. All addresses must be specified
   * using Classless Inter-Domain Routing (CIDR) notation. AWS WAF supports all IPv4 and IPv6 CIDR
   * ranges except for <code>/0</code> .
   *
   * <p>Example address strings:
   *
   * <ul> <li>For requests that originated from the IP address 192.0.2.44, specify
   * <code>192.0.2.44/32</code> . <li>For requests that originated from IP addresses from 192.0.2.0
   * to 192.0.2.255, specify <code>192.0.2.0/24</code> . <li>For requests that originated from the
   * IP address 1111:0000:0000:0000:0000:0000:0000:0111, specify
   * <code>1111:0000:0000:0000:0000:0000:0000:0111/128</code> . <li>For requests that originated
   * from IP addresses 1111:0000:0000:0000:0000:0000:0000:0000 to
   * 1111:0000:0000:0000:ffff:ffff:ffff:ffff, specify
   * <code>1111:0000:0000:0000:0000:0000:0000:0000/64</code> . </ul>
   *
   * <p>For more information about CIDR notation, see the Wikipedia entry <a
   * href="https://docs.aws.amazon.com/https://en.wikipedia.org/wiki/Classless_Inter-Domain_Routing">Classless
   * Inter-Domain Routing</a> .
   *
   * <p>Example JSON <code>Addresses</code> specifications:
   *
   * <ul> <li>Empty array: <code>"Addresses": []</code> <li>Array with one address:
   * <code>"Addresses": ["192.0.2.44/32"]</code> <li>Array with three addresses: <code>"Addresses":
   * ["192.0.2.44/32", "192.0.2.0/24", "192.0.0.0/16"]</code> <li>INVALID specification:
   * <code>"Addresses": [""]</code> INVALID </ul>
   *
   * <p>Required. Length: 1 to 50 characters. Pattern: {@code &#92;S}. CloudFormation property
   * {@code Addresses}.
   */
  public IPSet addresses(List<String> value) {
    return set("Addresses", Value.listOf(value));
  }

  /** Sets {@code Addresses} to this value; see {@link #addresses(List)}. */
  public IPSet addresses(Value<List<String>> value) {
    return set("Addresses", value);
  }

  /**
   * A description of the IP set that helps with identification.
   *
   * <p>Pattern: {@code
   * ^[a-zA-Z0-9=:#&#64;/&#92;-,.][a-zA-Z0-9+=:#&#64;/&#92;-,.&#92;s]+[a-zA-Z0-9+=:#&#64;/&#92;-,.]{1,256}$}.
   * CloudFormation property {@code Description}.
   */
  public IPSet description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public IPSet description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * The version of the IP addresses, either <code>IPV4</code> or <code>IPV6</code> .
   *
   * <p>Required. Allowed values: {@code IPV4}, {@code IPV6}. CloudFormation property {@code
   * IPAddressVersion}.
   */
  public IPSet ipAddressVersion(String value) {
    return set("IPAddressVersion", Value.of(value));
  }

  /** Sets {@code IPAddressVersion} to this value; see {@link #ipAddressVersion(String)}. */
  public IPSet ipAddressVersion(Value<String> value) {
    return set("IPAddressVersion", value);
  }

  /**
   * The name of the IP set. You cannot change the name of an <code>IPSet</code> after you create
   * it.
   *
   * <p>Changing it replaces the resource. Pattern: {@code ^[0-9A-Za-z_-]{1,128}$}. CloudFormation
   * property {@code Name}.
   */
  public IPSet name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public IPSet name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * Specifies whether this is for an Amazon CloudFront distribution or for a regional application.
   * A regional application can be an Application Load Balancer (ALB), an REST API, an AWS AppSync
   * GraphQL API, an Amazon Cognito user pool, an AWS App Runner service, or an AWS Verified Access
   * instance. Valid Values are <code>CLOUDFRONT</code> and <code>REGIONAL</code> .
   *
   * <p>For <code>CLOUDFRONT</code> , you must create your WAFv2 resources in the US East (N.
   * Virginia) Region, <code>us-east-1</code> .
   *
   * <p>Required. Changing it replaces the resource. Allowed values: {@code CLOUDFRONT}, {@code
   * REGIONAL}. CloudFormation property {@code Scope}.
   */
  public IPSet scope(String value) {
    return set("Scope", Value.of(value));
  }

  /** Sets {@code Scope} to this value; see {@link #scope(String)}. */
  public IPSet scope(Value<String> value) {
    return set("Scope", value);
  }

  /**
   * Key:value pairs associated with an AWS resource. The key:value pair can be anything you define.
   * Typically, the tag key represents a category (such as "environment") and the tag value
   * represents a specific value within that category (such as "test," "development," or
   * "production"). You can add up to 50 tags to each AWS resource.
   *
   * <p>To modify tags on existing resources, use the AWS WAF APIs or command line interface. With
   * AWS CloudFormation , you can only add tags to AWS WAF resources during resource creation.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public IPSet tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public IPSet tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public IPSet tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The Amazon Resource Name (ARN) of the IP set.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * The ID of the IP set.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Id}.
   */
  public Value<String> id() {
    return getAtt("Id");
  }
}
