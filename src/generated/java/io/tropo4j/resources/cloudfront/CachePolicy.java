// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.cloudfront;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * A cache policy.
 *
 * <p>When it's attached to a cache behavior, the cache policy determines the following:
 *
 * <ul> <li>The values that CloudFront includes in the cache key. These values can include HTTP
 * headers, cookies, and URL query strings. CloudFront uses the cache key to find an object in its
 * cache that it can return to the viewer. <li>The default, minimum, and maximum time to live (TTL)
 * values that you want objects to stay in the CloudFront cache. </ul>
 *
 * <p>The headers, cookies, and query strings that are included in the cache key are also included
 * in requests that CloudFront sends to the origin. CloudFront sends a request when it can't find a
 * valid object in its cache that matches the request's cache key. If you want to send values to the
 * origin but <em>not</em> include them in the cache key, use <code>OriginRequestPolicy</code> .
 *
 * <p>CloudFormation type {@code AWS::CloudFront::CachePolicy}.
 */
public final class CachePolicy extends Resource<CachePolicy> {
  private static final Schema SCHEMA = Schema.builder("AWS::CloudFront::CachePolicy")
      .required("CachePolicyConfig")
      .refYields("Id")
      .attributes("Id", "LastModifiedTime")
      .build();

  public CachePolicy(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The cache policy configuration.
   *
   * <p>Required. CloudFormation property {@code CachePolicyConfig}.
   */
  public CachePolicy cachePolicyConfig(Value<CachePolicyConfig> value) {
    return set("CachePolicyConfig", value);
  }

  /**
   * The unique identifier for the cache policy. For example:
   * <code>2766f7b2-75c5-41c6-8f06-bf4303a2f2f5</code> .
   *
   * <p>{@code Fn::GetAtt} attribute {@code Id}.
   */
  public Value<String> id() {
    return getAtt("Id");
  }

  /**
   * The date and time when the cache policy was last modified.
   *
   * <p>{@code Fn::GetAtt} attribute {@code LastModifiedTime}.
   */
  public Value<String> lastModifiedTime() {
    return getAtt("LastModifiedTime");
  }

  /**
   * A cache policy configuration.
   *
   * <p>This configuration determines the following:
   *
   * <ul> <li>The values that CloudFront includes in the cache key. These values can include HTTP
   * headers, cookies, and URL query strings. CloudFront uses the cache key to find an object in its
   * cache that it can return to the viewer. <li>The default, minimum, and maximum time to live
   * (TTL) values that you want objects to stay in the CloudFront cache. </ul>
   *
   * <p>If your minimum TTL is greater than 0, CloudFront will cache content for at least the
   * duration specified in the cache policy's minimum TTL, even if the <code>Cache-Control:
   * no-cache</code> , <code>no-store</code> , or <code>private</code> directives are present in the
   * origin headers.
   *
   * <p>The headers, cookies, and query strings that are included in the cache key are also included
   * in requests that CloudFront sends to the origin. CloudFront sends a request when it can't find
   * a valid object in its cache that matches the request's cache key. If you want to send values to
   * the origin but <em>not</em> include them in the cache key, use <code>OriginRequestPolicy</code>
   * .
   *
   * <p>Property type {@code AWS::CloudFront::CachePolicy.CachePolicyConfig}.
   */
  public static final class CachePolicyConfig extends Struct<CachePolicyConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::CloudFront::CachePolicy.CachePolicyConfig")
        .required("DefaultTTL", "MaxTTL", "MinTTL", "Name",
            "ParametersInCacheKeyAndForwardedToOrigin")
        .constrain("DefaultTTL", Constraint.of().minimum(0))
        .constrain("MaxTTL", Constraint.of().minimum(0))
        .constrain("MinTTL", Constraint.of().minimum(0))
        .build();

    public CachePolicyConfig() {
      super(SCHEMA);
    }

    /**
     * A comment to describe the cache policy. The comment cannot be longer than 128 characters.
     *
     * <p>CloudFormation property {@code Comment}.
     */
    public CachePolicyConfig comment(String value) {
      return set("Comment", Value.of(value));
    }

    /** Sets {@code Comment} to this value; see {@link #comment(String)}. */
    public CachePolicyConfig comment(Value<String> value) {
      return set("Comment", value);
    }

    /**
     * The default amount of time, in seconds, that you want objects to stay in the CloudFront cache
     * before CloudFront sends another request to the origin to see if the object has been updated.
     * CloudFront uses this value as the object's time to live (TTL) only when the origin does
     * <em>not</em> send <code>Cache-Control</code> or <code>Expires</code> headers with the object.
     * For more information, see <a
     * href="https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/Expiration.html">Managing
     * How Long Content Stays in an Edge Cache (Expiration)</a> in the <em>Amazon CloudFront
     * Developer Guide</em> .
     *
     * <p>The default value for this field is 86400 seconds (one day). If the value of
     * <code>MinTTL</code> is more than 86400 seconds, then the default value for this field is the
     * same as the value of <code>MinTTL</code> .
     *
     * <p>Required. Range: at least 0. CloudFormation property {@code DefaultTTL}.
     */
    public CachePolicyConfig defaultTTL(double value) {
      return set("DefaultTTL", Value.of(value));
    }

    /** Sets {@code DefaultTTL} to this value; see {@link #defaultTTL(double)}. */
    public CachePolicyConfig defaultTTL(Value<Double> value) {
      return set("DefaultTTL", value);
    }

    /**
     * The maximum amount of time, in seconds, that objects stay in the CloudFront cache before
     * CloudFront sends another request to the origin to see if the object has been updated.
     * CloudFront uses this value only when the origin sends <code>Cache-Control</code> or
     * <code>Expires</code> headers with the object. For more information, see <a
     * href="https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/Expiration.html">Managing
     * How Long Content Stays in an Edge Cache (Expiration)</a> in the <em>Amazon CloudFront
     * Developer Guide</em> .
     *
     * <p>The default value for this field is 31536000 seconds (one year). If the value of
     * <code>MinTTL</code> or <code>DefaultTTL</code> is more than 31536000 seconds, then the
     * default value for this field is the same as the value of <code>DefaultTTL</code> .
     *
     * <p>Required. Range: at least 0. CloudFormation property {@code MaxTTL}.
     */
    public CachePolicyConfig maxTTL(double value) {
      return set("MaxTTL", Value.of(value));
    }

    /** Sets {@code MaxTTL} to this value; see {@link #maxTTL(double)}. */
    public CachePolicyConfig maxTTL(Value<Double> value) {
      return set("MaxTTL", value);
    }

    /**
     * The minimum amount of time, in seconds, that you want objects to stay in the CloudFront cache
     * before CloudFront sends another request to the origin to see if the object has been updated.
     * For more information, see <a
     * href="https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/Expiration.html">Managing
     * How Long Content Stays in an Edge Cache (Expiration)</a> in the <em>Amazon CloudFront
     * Developer Guide</em> .
     *
     * <p>Required. Range: at least 0. CloudFormation property {@code MinTTL}.
     */
    public CachePolicyConfig minTTL(double value) {
      return set("MinTTL", Value.of(value));
    }

    /** Sets {@code MinTTL} to this value; see {@link #minTTL(double)}. */
    public CachePolicyConfig minTTL(Value<Double> value) {
      return set("MinTTL", value);
    }

    /**
     * A unique name to identify the cache policy.
     *
     * <p>Required. CloudFormation property {@code Name}.
     */
    public CachePolicyConfig name(String value) {
      return set("Name", Value.of(value));
    }

    /** Sets {@code Name} to this value; see {@link #name(String)}. */
    public CachePolicyConfig name(Value<String> value) {
      return set("Name", value);
    }

    /**
     * The HTTP headers, cookies, and URL query strings to include in the cache key. The values
     * included in the cache key are also included in requests that CloudFront sends to the origin.
     *
     * <p>Required. CloudFormation property {@code ParametersInCacheKeyAndForwardedToOrigin}.
     */
    public CachePolicyConfig parametersInCacheKeyAndForwardedToOrigin(Value<ParametersInCacheKeyAndForwardedToOrigin> value) {
      return set("ParametersInCacheKeyAndForwardedToOrigin", value);
    }
  }

  /**
   * An object that determines whether any cookies in viewer requests (and if so, which cookies) are
   * included in the cache key and in requests that CloudFront sends to the origin.
   *
   * <p>Property type {@code AWS::CloudFront::CachePolicy.CookiesConfig}.
   */
  public static final class CookiesConfig extends Struct<CookiesConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::CloudFront::CachePolicy.CookiesConfig")
        .required("CookieBehavior")
        .constrain("CookieBehavior", Constraint.of().pattern("^(none|whitelist|allExcept|all)$"))
        .build();

    public CookiesConfig() {
      super(SCHEMA);
    }

    /**
     * Determines whether any cookies in viewer requests are included in the cache key and in
     * requests that CloudFront sends to the origin. Valid values are:
     *
     * <ul> <li><code>none</code> – No cookies in viewer requests are included in the cache key or
     * in requests that CloudFront sends to the origin. Even when this field is set to
     * <code>none</code> , any cookies that are listed in an <code>OriginRequestPolicy</code>
     * <em>are</em> included in origin requests. <li><code>whitelist</code> – Only the cookies in
     * viewer requests that are listed in the <code>CookieNames</code> type are included in the
     * cache key and in requests that CloudFront sends to the origin. <li><code>allExcept</code> –
     * All cookies in viewer requests are included in the cache key and in requests that CloudFront
     * sends to the origin, <b>except</b> for those that are listed in the <code>CookieNames</code>
     * type, which are not included. <li><code>all</code> – All cookies in viewer requests are
     * included in the cache key and in requests that CloudFront sends to the origin. </ul>
     *
     * <p>Required. Pattern: {@code ^(none|whitelist|allExcept|all)$}. CloudFormation property
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
   * the cache key and in requests that CloudFront sends to the origin.
   *
   * <p>Property type {@code AWS::CloudFront::CachePolicy.HeadersConfig}.
   */
  public static final class HeadersConfig extends Struct<HeadersConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::CloudFront::CachePolicy.HeadersConfig")
        .required("HeaderBehavior")
        .constrain("HeaderBehavior", Constraint.of().pattern("^(none|whitelist)$"))
        .build();

    public HeadersConfig() {
      super(SCHEMA);
    }

    /**
     * Determines whether any HTTP headers are included in the cache key and in requests that
     * CloudFront sends to the origin. Valid values are:
     *
     * <ul> <li><code>none</code> – No HTTP headers are included in the cache key or in requests
     * that CloudFront sends to the origin. Even when this field is set to <code>none</code> , any
     * headers that are listed in an <code>OriginRequestPolicy</code> <em>are</em> included in
     * origin requests. <li><code>whitelist</code> – Only the HTTP headers that are listed in the
     * <code>Headers</code> type are included in the cache key and in requests that CloudFront sends
     * to the origin. </ul>
     *
     * <p>Required. Pattern: {@code ^(none|whitelist)$}. CloudFormation property {@code
     * HeaderBehavior}.
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
   * This object determines the values that CloudFront includes in the cache key. These values can
   * include HTTP headers, cookies, and URL query strings. CloudFront uses the cache key to find an
   * object in its cache that it can return to the viewer.
   *
   * <p>The headers, cookies, and query strings that are included in the cache key are also included
   * in requests that CloudFront sends to the origin. CloudFront sends a request when it can't find
   * an object in its cache that matches the request's cache key. If you want to send values to the
   * origin but <em>not</em> include them in the cache key, use <code>OriginRequestPolicy</code> .
   *
   * <p>Property type {@code AWS::CloudFront::CachePolicy.ParametersInCacheKeyAndForwardedToOrigin}.
   */
  public static final class ParametersInCacheKeyAndForwardedToOrigin extends Struct<ParametersInCacheKeyAndForwardedToOrigin> {
    private static final Schema SCHEMA = Schema.builder("AWS::CloudFront::CachePolicy.ParametersInCacheKeyAndForwardedToOrigin")
        .required("CookiesConfig", "EnableAcceptEncodingGzip", "HeadersConfig",
            "QueryStringsConfig")
        .build();

    public ParametersInCacheKeyAndForwardedToOrigin() {
      super(SCHEMA);
    }

    /**
     * An object that determines whether any cookies in viewer requests (and if so, which cookies)
     * are included in the cache key and in requests that CloudFront sends to the origin.
     *
     * <p>Required. CloudFormation property {@code CookiesConfig}.
     */
    public ParametersInCacheKeyAndForwardedToOrigin cookiesConfig(Value<CookiesConfig> value) {
      return set("CookiesConfig", value);
    }

    /**
     * A flag that can affect whether the <code>Accept-Encoding</code> HTTP header is included in
     * the cache key and included in requests that CloudFront sends to the origin.
     *
     * <p>This field is related to the <code>EnableAcceptEncodingGzip</code> field. If one or both
     * of these fields is <code>true</code> <em>and</em> the viewer request includes the
     * <code>Accept-Encoding</code> header, then CloudFront does the following:
     *
     * <ul> <li>Normalizes the value of the viewer's <code>Accept-Encoding</code> header
     * <li>Includes the normalized header in the cache key <li>Includes the normalized header in the
     * request to the origin, if a request is necessary </ul>
     *
     * <p>For more information, see <a
     * href="https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/controlling-the-cache-key.html#cache-policy-compressed-objects">Compression
     * support</a> in the <em>Amazon CloudFront Developer Guide</em> .
     *
     * <p>If you set this value to <code>true</code> , and this cache behavior also has an origin
     * request policy attached, do not include the <code>Accept-Encoding</code> header in the origin
     * request policy. CloudFront always includes the <code>Accept-Encoding</code> header in origin
     * requests when the value of this field is <code>true</code> , so including this header in an
     * origin request policy has no effect.
     *
     * <p>If both of these fields are <code>false</code> , then CloudFront treats the
     * <code>Accept-Encoding</code> header the same as any other HTTP header in the viewer request.
     * By default, it's not included in the cache key and it's not included in origin requests. In
     * this case, you can manually add <code>Accept-Encoding</code> to the headers whitelist like
     * any other HTTP header.
     *
     * <p>CloudFormation property {@code EnableAcceptEncodingBrotli}.
     */
    public ParametersInCacheKeyAndForwardedToOrigin enableAcceptEncodingBrotli(boolean value) {
      return set("EnableAcceptEncodingBrotli", Value.of(value));
    }

    /**
     * Sets {@code EnableAcceptEncodingBrotli} to this value; see {@link
     * #enableAcceptEncodingBrotli(boolean)}.
     */
    public ParametersInCacheKeyAndForwardedToOrigin enableAcceptEncodingBrotli(Value<Boolean> value) {
      return set("EnableAcceptEncodingBrotli", value);
    }

    /**
     * A flag that can affect whether the <code>Accept-Encoding</code> HTTP header is included in
     * the cache key and included in requests that CloudFront sends to the origin.
     *
     * <p>This field is related to the <code>EnableAcceptEncodingBrotli</code> field. If one or both
     * of these fields is <code>true</code> <em>and</em> the viewer request includes the
     * <code>Accept-Encoding</code> header, then CloudFront does the following:
     *
     * <ul> <li>Normalizes the value of the viewer's <code>Accept-Encoding</code> header
     * <li>Includes the normalized header in the cache key <li>Includes the normalized header in the
     * request to the origin, if a request is necessary </ul>
     *
     * <p>For more information, see <a
     * href="https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/controlling-the-cache-key.html#cache-policy-compressed-objects">Compression
     * support</a> in the <em>Amazon CloudFront Developer Guide</em> .
     *
     * <p>If you set this value to <code>true</code> , and this cache behavior also has an origin
     * request policy attached, do not include the <code>Accept-Encoding</code> header in the origin
     * request policy. CloudFront always includes the <code>Accept-Encoding</code> header in origin
     * requests when the value of this field is <code>true</code> , so including this header in an
     * origin request policy has no effect.
     *
     * <p>If both of these fields are <code>false</code> , then CloudFront treats the
     * <code>Accept-Encoding</code> header the same as any other HTTP header in the viewer request.
     * By default, it's not included in the cache key and it's not included in origin requests. In
     * this case, you can manually add <code>Accept-Encoding</code> to the headers whitelist like
     * any other HTTP header.
     *
     * <p>Required. CloudFormation property {@code EnableAcceptEncodingGzip}.
     */
    public ParametersInCacheKeyAndForwardedToOrigin enableAcceptEncodingGzip(boolean value) {
      return set("EnableAcceptEncodingGzip", Value.of(value));
    }

    /**
     * Sets {@code EnableAcceptEncodingGzip} to this value; see {@link
     * #enableAcceptEncodingGzip(boolean)}.
     */
    public ParametersInCacheKeyAndForwardedToOrigin enableAcceptEncodingGzip(Value<Boolean> value) {
      return set("EnableAcceptEncodingGzip", value);
    }

    /**
     * An object that determines whether any HTTP headers (and if so, which headers) are included in
     * the cache key and in requests that CloudFront sends to the origin.
     *
     * <p>Required. CloudFormation property {@code HeadersConfig}.
     */
    public ParametersInCacheKeyAndForwardedToOrigin headersConfig(Value<HeadersConfig> value) {
      return set("HeadersConfig", value);
    }

    /**
     * An object that determines whether any URL query strings in viewer requests (and if so, which
     * query strings) are included in the cache key and in requests that CloudFront sends to the
     * origin.
     *
     * <p>Required. CloudFormation property {@code QueryStringsConfig}.
     */
    public ParametersInCacheKeyAndForwardedToOrigin queryStringsConfig(Value<QueryStringsConfig> value) {
      return set("QueryStringsConfig", value);
    }
  }

  /**
   * An object that determines whether any URL query strings in viewer requests (and if so, which
   * query strings) are included in the cache key and in requests that CloudFront sends to the
   * origin.
   *
   * <p>Property type {@code AWS::CloudFront::CachePolicy.QueryStringsConfig}.
   */
  public static final class QueryStringsConfig extends Struct<QueryStringsConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::CloudFront::CachePolicy.QueryStringsConfig")
        .required("QueryStringBehavior")
        .constrain("QueryStringBehavior", Constraint.of().pattern("^(none|whitelist|allExcept|all)$"))
        .build();

    public QueryStringsConfig() {
      super(SCHEMA);
    }

    /**
     * Determines whether any URL query strings in viewer requests are included in the cache key and
     * in requests that CloudFront sends to the origin. Valid values are:
     *
     * <ul> <li><code>none</code> – No query strings in viewer requests are included in the cache
     * key or in requests that CloudFront sends to the origin. Even when this field is set to
     * <code>none</code> , any query strings that are listed in an <code>OriginRequestPolicy</code>
     * <em>are</em> included in origin requests. <li><code>whitelist</code> – Only the query strings
     * in viewer requests that are listed in the <code>QueryStringNames</code> type are included in
     * the cache key and in requests that CloudFront sends to the origin. <li><code>allExcept</code>
     * – All query strings in viewer requests are included in the cache key and in requests that
     * CloudFront sends to the origin, <b>except</b> those that are listed in the
     * <code>QueryStringNames</code> type, which are not included. <li><code>all</code> – All query
     * strings in viewer requests are included in the cache key and in requests that CloudFront
     * sends to the origin. </ul>
     *
     * <p>Required. Pattern: {@code ^(none|whitelist|allExcept|all)$}. CloudFormation property
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
