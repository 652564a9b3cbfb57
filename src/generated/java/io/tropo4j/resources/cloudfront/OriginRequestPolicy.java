// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.cloudfront;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * An origin request policy.
 *
 * <p>When it's attached to a cache behavior, the origin request policy determines the values that
 * CloudFront includes in requests that it sends to the origin. Each request that CloudFront sends
 * to the origin includes the following:
 *
 * <ul> <li>The request body and the URL path (without the domain name) from the viewer request.
 * <li>The headers that CloudFront automatically includes in every origin request, including
 * <code>Host</code> , <code>User-Agent</code> , and <code>X-Amz-Cf-Id</code> . <li>All HTTP
 * headers, cookies, and URL query strings that are specified in the cache policy or the origin
 * request policy. These can include items from the viewer request and, in the case of headers,
 * additional ones that are added by CloudFront. </ul>
 *
 * <p>CloudFront sends a request when it can't find an object in its cache that matches the request.
 * If you want to send values to the origin and also include them in the cache key, use
 * <code>CachePolicy</code> .
 *
 * <p>CloudFormation type {@code AWS::CloudFront::OriginRequestPolicy}.
 */
public final class OriginRequestPolicy extends Resource<OriginRequestPolicy> {
  private static final Schema SCHEMA = Schema.builder("AWS::CloudFront::OriginRequestPolicy")
      .required("OriginRequestPolicyConfig")
      .refYields("Id")
      .attributes("Id", "LastModifiedTime")
      .build();

  public OriginRequestPolicy(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The origin request policy configuration.
   *
   * <p>Required. CloudFormation property {@code OriginRequestPolicyConfig}.
   */
  public OriginRequestPolicy originRequestPolicyConfig(Value<OriginRequestPolicyConfig> value) {
    return set("OriginRequestPolicyConfig", value);
  }

  /**
   * The unique identifier for the origin request policy. For example:
   * <code>befd7079-9bbc-4ebf-8ade-498a3694176c</code> .
   *
   * <p>{@code Fn::GetAtt} attribute {@code Id}.
   */
  public Value<String> id() {
    return getAtt("Id");
  }

  /**
   * The date and time when the origin request policy was last modified.
   *
   * <p>{@code Fn::GetAtt} attribute {@code LastModifiedTime}.
   */
  public Value<String> lastModifiedTime() {
    return getAtt("LastModifiedTime");
  }

  /**
   * An object that determines whether any cookies in viewer requests (and if so, which cookies) are
   * included in requests that CloudFront sends to the origin.
   *
   * <p>Property type {@code AWS::CloudFront::OriginRequestPolicy.CookiesConfig}.
   */
  public static final class CookiesConfig extends Struct<CookiesConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::CloudFront::OriginRequestPolicy.CookiesConfig")
        .required("CookieBehavior")
        .constrain("CookieBehavior", Constraint.of().pattern("^(none|whitelist|all|allExcept)$"))
        .build();

    public CookiesConfig() {
      super(SCHEMA);
    }

    /**
     * Determines whether cookies in viewer requests are included in requests that CloudFront sends
     * to the origin. Valid values are:
     *
     * <ul> <li><code>none</code> – No cookies in viewer requests are included in requests that
     * CloudFront sends to the origin. Even when this field is set to <code>none</code> , any
     * cookies that are listed in a <code>CachePolicy</code> <em>are</em> included in origin
     * requests. <li><code>whitelist</code> – Only the cookies in viewer requests that are listed in
     * the <code>CookieNames</code> type are included in requests that CloudFront sends to the
     * origin. <li><code>all</code> – All cookies in viewer requests are included in requests that
     * CloudFront sends to the origin. <li><code>allExcept</code> – All cookies in viewer requests
     * are included in requests that CloudFront sends to the origin, <b>except</b> for those listed
     * in the <code>CookieNames</code> type, which are not included. </ul>
     *
     * <p>Required. Pattern: {@code ^(none|whitelist|all|allExcept)$}. CloudFormation property
     * {@code CookieBehavior}.
     */
    public CookiesConfig cookieBehavior(String value) {
      return set("CookieBehavior", Value.of(value));
    }

    /** Sets {@code CookieBehavior} to this value; see {@link #cookieBehavior(String)}. */
    public CookiesConfig cookieBehavior(Value<String> value) {
      return set("CookieBehavior", value);
    }

    /**
     * Contains a list of cookie names.
     *
     * <p>CloudFormation property {@code Cookies}.
     */
    public CookiesConfig cookies(List<String> value) {
      return set("Cookies", Value.listOf(value));
    }

    /** Sets {@code Cookies} to this value; see {@link #cookies(List)}. */
    public CookiesConfig cookies(Value<List<String>> value) {
      return set("Cookies", value);
    }
  }

  /**
   * An object that determines whether any HTTP headers (and if so, which headers) are included in
   * requests that CloudFront sends to the origin.
   *
   * <p>Property type {@code AWS::CloudFront::OriginRequestPolicy.HeadersConfig}.
   */
  public static final class HeadersConfig extends Struct<HeadersConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::CloudFront::OriginRequestPolicy.HeadersConfig")
        .required("HeaderBehavior")
        .constrain("HeaderBehavior", Constraint.of().pattern("^(none|whitelist|allViewer|allViewerAndWhitelistCloudFront|allExcept)$"))
        .build();

    public HeadersConfig() {
      super(SCHEMA);
    }

    /**
     * Determines whether any HTTP headers are included in requests that CloudFront sends to the
     * origin. Valid values are:
     *
     * <ul> <li><code>none</code> – No HTTP headers in viewer requests are included in requests that
     * CloudFront sends to the origin. Even when this field is set to <code>none</code> , any
     * headers that are listed in a <code>CachePolicy</code> <em>are</em> included in origin
     * requests. <li><code>whitelist</code> – Only the HTTP headers that are listed in the
     * <code>Headers</code> type are included in requests that CloudFront sends to the origin.
     * <li><code>allViewer</code> – All HTTP headers in viewer requests are included in requests
     * that CloudFront sends to the origin. <li><code>allViewerAndWhitelistCloudFront</code> – All
     * HTTP headers in viewer requests and the additional CloudFront headers that are listed in the
     * <code>Headers</code> type are included in requests that CloudFront sends to the origin. The
     * additional headers are added by CloudFront. <li><code>allExcept</code> – All HTTP headers in
     * viewer requests are included in requests that CloudFront sends to the origin, <b>except</b>
     * for those listed in the <code>Headers</code> type, which are not included. </ul>
     *
     * <p>Required. Pattern: {@code
     * ^(none|whitelist|allViewer|allViewerAndWhitelistCloudFront|allExcept)$}. CloudFormation
     * property {@code HeaderBehavior}.
     */
    public HeadersConfig headerBehavior(String value) {
      return set("HeaderBehavior", Value.of(value));
    }

    /** Sets {@code HeaderBehavior} to this value; see {@link #headerBehavior(String)}. */
    public HeadersConfig headerBehavior(Value<String> value) {
      return set("HeaderBehavior", value);
    }

    /**
     * Contains a list of HTTP header names.
     *
     * <p>CloudFormation property {@code Headers}.
     */
    public HeadersConfig headers(List<String> value) {
      return set("Headers", Value.listOf(value));
    }

    /** Sets {@code Headers} to this value; see {@link #headers(List)}. */
    public HeadersConfig headers(Value<List<String>> value) {
      return set("Headers", value);
    }
  }

  /**
   * An origin request policy configuration.
   *
   * <p>This configuration determines the values that CloudFront includes in requests that it sends
   * to the origin. Each request that CloudFront sends to the origin includes the following:
   *
   * <ul> <li>The request body and the URL path (without the domain name) from the viewer request.
   * <li>The headers that CloudFront automatically includes in every origin request, including
   * <code>Host</code> , <code>User-Agent</code> , and <code>X-Amz-Cf-Id</code> . <li>All HTTP
   * headers, cookies, and URL query strings that are specified in the cache policy or the origin
   * request policy. These can include items from the viewer request and, in the case of headers,
   * additional ones that are added by CloudFront. </ul>
   *
   * <p>CloudFront sends a request when it can't find an object in its cache that matches the
   * request. If you want to send values to the origin and also include them in the cache key, use
   * <code>CachePolicy</code> .
   *
   * <p>Property type {@code AWS::CloudFront::OriginRequestPolicy.OriginRequestPolicyConfig}.
   */
  public static final class OriginRequestPolicyConfig extends Struct<OriginRequestPolicyConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::CloudFront::OriginRequestPolicy.OriginRequestPolicyConfig")
        .required("CookiesConfig", "HeadersConfig", "Name", "QueryStringsConfig")
        .build();

    public OriginRequestPolicyConfig() {
      super(SCHEMA);
    }

    /**
     * A comment to describe the origin request policy. The comment cannot be longer than 128
     * characters.
     *
     * <p>CloudFormation property {@code Comment}.
     */
    public OriginRequestPolicyConfig comment(String value) {
      return set("Comment", Value.of(value));
    }

    /** Sets {@code Comment} to this value; see {@link #comment(String)}. */
    public OriginRequestPolicyConfig comment(Value<String> value) {
      return set("Comment", value);
    }

    /**
     * The cookies from viewer requests to include in origin requests.
     *
     * <p>Required. CloudFormation property {@code CookiesConfig}.
     */
    public OriginRequestPolicyConfig cookiesConfig(Value<CookiesConfig> value) {
      return set("CookiesConfig", value);
    }

    /**
     * The HTTP headers to include in origin requests. These can include headers from viewer
     * requests and additional headers added by CloudFront.
     *
     * <p>Required. CloudFormation property {@code HeadersConfig}.
     */
    public OriginRequestPolicyConfig headersConfig(Value<HeadersConfig> value) {
      return set("HeadersConfig", value);
    }

    /**
     * A unique name to identify the origin request policy.
     *
     * <p>Required. CloudFormation property {@code Name}.
     */
    public OriginRequestPolicyConfig name(String value) {
      return set("Name", Value.of(value));
    }

    /** Sets {@code Name} to this value; see {@link #name(String)}. */
    public OriginRequestPolicyConfig name(Value<String> value) {
      return set("Name", value);
    }

    /**
     * The URL query strings from viewer requests to include in origin requests.
     *
     * <p>Required. CloudFormation property {@code QueryStringsConfig}.
     */
    public OriginRequestPolicyConfig queryStringsConfig(Value<QueryStringsConfig> value) {
      return set("QueryStringsConfig", value);
    }
  }

  /**
   * An object that determines whether any URL query strings in viewer requests (and if so, which
   * query strings) are included in requests that CloudFront sends to the origin.
   *
   * <p>Property type {@code AWS::CloudFront::OriginRequestPolicy.QueryStringsConfig}.
   */
  public static final class QueryStringsConfig extends Struct<QueryStringsConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::CloudFront::OriginRequestPolicy.QueryStringsConfig")
        .required("QueryStringBehavior")
        .constrain("QueryStringBehavior", Constraint.of().pattern("^(none|whitelist|all|allExcept)$"))
        .build();

    public QueryStringsConfig() {
      super(SCHEMA);
    }

    /**
     * Determines whether any URL query strings in viewer requests are included in requests that
     * CloudFront sends to the origin. Valid values are:
     *
     * <ul> <li><code>none</code> – No query strings in viewer requests are included in requests
     * that CloudFront sends to the origin. Even when this field is set to <code>none</code> , any
     * query strings that are listed in a <code>CachePolicy</code> <em>are</em> included in origin
     * requests. <li><code>whitelist</code> – Only the query strings in viewer requests that are
     * listed in the <code>QueryStringNames</code> type are included in requests that CloudFront
     * sends to the origin. <li><code>all</code> – All query strings in viewer requests are included
     * in requests that CloudFront sends to the origin. <li><code>allExcept</code> – All query
     * strings in viewer requests are included in requests that CloudFront sends to the origin,
     * <b>except</b> for those listed in the <code>QueryStringNames</code> type, which are not
     * included. </ul>
     *
     * <p>Required. Pattern: {@code ^(none|whitelist|all|allExcept)$}. CloudFormation property
     * {@code QueryStringBehavior}.
     */
    public QueryStringsConfig queryStringBehavior(String value) {
      return set("QueryStringBehavior", Value.of(value));
    }

    /** Sets {@code QueryStringBehavior} to this value; see {@link #queryStringBehavior(String)}. */
    public QueryStringsConfig queryStringBehavior(Value<String> value) {
      return set("QueryStringBehavior", value);
    }

    /**
     * Contains a list of query string names.
     *
     * <p>CloudFormation property {@code QueryStrings}.
     */
    public QueryStringsConfig queryStrings(List<String> value) {
      return set("QueryStrings", Value.listOf(value));
    }

    /** Sets {@code QueryStrings} to this value; see {@link #queryStrings(List)}. */
    public QueryStringsConfig queryStrings(Value<List<String>> value) {
      return set("QueryStrings", value);
    }
  }
}
