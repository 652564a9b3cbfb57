// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.cloudfront;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * A response headers policy.
 *
 * <p>A response headers policy contains information about a set of HTTP response headers.
 *
 * <p>After you create a response headers policy, you can use its ID to attach it to one or more
 * cache behaviors in a CloudFront distribution. When it's attached to a cache behavior, the
 * response headers policy affects the HTTP headers that CloudFront includes in HTTP responses to
 * requests that match the cache behavior. CloudFront adds or removes response headers according to
 * the configuration of the response headers policy.
 *
 * <p>For more information, see <a
 * href="https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/modifying-response-headers.html">Adding
 * or removing HTTP headers in CloudFront responses</a> in the <em>Amazon CloudFront Developer
 * Guide</em> .
 *
 * <p>CloudFormation type {@code AWS::CloudFront::ResponseHeadersPolicy}.
 */
public final class ResponseHeadersPolicy extends Resource<ResponseHeadersPolicy> {
  private static final Schema SCHEMA = Schema.builder("AWS::CloudFront::ResponseHeadersPolicy")
      .required("ResponseHeadersPolicyConfig")
      .refYields("Id")
      .attributes("Id", "LastModifiedTime")
      .build();

  public ResponseHeadersPolicy(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * A response headers policy configuration.
   *
   * <p>Required. CloudFormation property {@code ResponseHeadersPolicyConfig}.
   */
  public ResponseHeadersPolicy responseHeadersPolicyConfig(Value<ResponseHeadersPolicyConfig> value) {
    return set("ResponseHeadersPolicyConfig", value);
  }

  /**
   * The unique identifier for the response headers policy. For example:
   * <code>57f99797-3b20-4e1b-a728-27972a74082a</code> .
   *
   * <p>{@code Fn::GetAtt} attribute {@code Id}.
   */
  public Value<String> id() {
    return getAtt("Id");
  }

  /**
   * The date and time when the response headers policy was last modified.
   *
   * <p>{@code Fn::GetAtt} attribute {@code LastModifiedTime}.
   */
  public Value<String> lastModifiedTime() {
    return getAtt("LastModifiedTime");
  }

  /**
   * A list of HTTP header names that CloudFront includes as values for the
   * <code>Access-Control-Allow-Headers</code> HTTP response header.
   *
   * <p>For more information about the <code>Access-Control-Allow-Headers</code> HTTP response
   * header, see <a
   * href="https://docs.aws.amazon.com/https://developer.mozilla.org/en-US/docs/Web/HTTP/Headers/Access-Control-Allow-Headers">Access-Control-Allow-Headers</a>
   * in the MDN Web Docs.
   *
   * <p>Property type {@code AWS::CloudFront::ResponseHeadersPolicy.AccessControlAllowHeaders}.
   */
  public static final class AccessControlAllowHeaders extends Struct<AccessControlAllowHeaders> {
    private static final Schema SCHEMA = Schema.builder("AWS::CloudFront::ResponseHeadersPolicy.AccessControlAllowHeaders")
        .required("Items")
        .build();

    public AccessControlAllowHeaders() {
      super(SCHEMA);
    }

    /**
     * The list of HTTP header names. You can specify <code>*</code> to allow all headers.
     *
     * <p>Required. CloudFormation property {@code Items}.
     */
    public AccessControlAllowHeaders items(List<String> value) {
      return set("Items", Value.listOf(value));
    }

    /** Sets {@code Items} to this value; see {@link #items(List)}. */
    public AccessControlAllowHeaders items(Value<List<String>> value) {
      return set("Items", value);
    }
  }

  /**
   * A list of HTTP methods that CloudFront includes as values for the
   * <code>Access-Control-Allow-Methods</code> HTTP response header.
   *
   * <p>For more information about the <code>Access-Control-Allow-Methods</code> HTTP response
   * header, see <a
   * href="https://docs.aws.amazon.com/https://developer.mozilla.org/en-US/docs/Web/HTTP/Headers/Access-Control-Allow-Methods">Access-Control-Allow-Methods</a>
   * in the MDN Web Docs.
   *
   * <p>Property type {@code AWS::CloudFront::ResponseHeadersPolicy.AccessControlAllowMethods}.
   */
  public static final class AccessControlAllowMethods extends Struct<AccessControlAllowMethods> {
    private static final Schema SCHEMA = Schema.builder("AWS::CloudFront::ResponseHeadersPolicy.AccessControlAllowMethods")
        .required("Items")
        .allowed("Items", "ALL", "DELETE", "GET", "HEAD", "OPTIONS", "PATCH", "POST", "PUT")
        .build();

    public AccessControlAllowMethods() {
      super(SCHEMA);
    }

    /**
     * The list of HTTP methods. Valid values are:
     *
     * <ul> <li><code>GET</code> <li><code>DELETE</code> <li><code>HEAD</code>
     * <li><code>OPTIONS</code> <li><code>PATCH</code> <li><code>POST</code> <li><code>PUT</code>
     * <li><code>ALL</code> </ul>
     *
     * <p><code>ALL</code> is a special value that includes all of the listed HTTP methods.
     *
     * <p>Required. Allowed values: {@code ALL}, {@code DELETE}, {@code GET}, {@code HEAD}, {@code
     * OPTIONS}, {@code PATCH}, {@code POST}, {@code PUT}. CloudFormation property {@code Items}.
     */
    public AccessControlAllowMethods items(List<String> value) {
      return set("Items", Value.listOf(value));
    }

    /** Sets {@code Items} to this value; see {@link #items(List)}. */
    public AccessControlAllowMethods items(Value<List<String>> value) {
      return set("Items", value);
    }
  }

  /**
   * A list of origins (domain names) that CloudFront can use as the value for the
   * <code>Access-Control-Allow-Origin</code> HTTP response header.
   *
   * <p>For more information about the <code>Access-Control-Allow-Origin</code> HTTP response
   * header, see <a
   * href="https://docs.aws.amazon.com/https://developer.mozilla.org/en-US/docs/Web/HTTP/Headers/Access-Control-Allow-Origin">Access-Control-Allow-Origin</a>
   * in the MDN Web Docs.
   *
   * <p>Property type {@code AWS::CloudFront::ResponseHeadersPolicy.AccessControlAllowOrigins}.
   */
  public static final class AccessControlAllowOrigins extends Struct<AccessControlAllowOrigins> {
    private static final Schema SCHEMA = Schema.builder("AWS::CloudFront::ResponseHeadersPolicy.AccessControlAllowOrigins")
        .required("Items")
        .build();

    public AccessControlAllowOrigins() {
      super(SCHEMA);
    }

    /**
     * The list of origins (domain names). You can specify <code>*</code> to allow all origins.
     *
     * <p>Required. CloudFormation property {@code Items}.
     */
    public AccessControlAllowOrigins items(List<String> value) {
      return set("Items", Value.listOf(value));
    }

    /** Sets {@code Items} to this value; see {@link #items(List)}. */
    public AccessControlAllowOrigins items(Value<List<String>> value) {
      return set("Items", value);
    }
  }

  /**
   * A list of HTTP headers that CloudFront includes as values for the
   * <code>Access-Control-Expose-Headers</code> HTTP response header.
   *
   * <p>For more information about the <code>Access-Control-Expose-Headers</code> HTTP response
   * header, see <a
   * href="https://docs.aws.amazon.com/https://developer.mozilla.org/en-US/docs/Web/HTTP/Headers/Access-Control-Expose-Headers">Access-Control-Expose-Headers</a>
   * in the MDN Web Docs.
   *
   * <p>Property type {@code AWS::CloudFront::ResponseHeadersPolicy.AccessControlExposeHeaders}.
   */
  public static final class AccessControlExposeHeaders extends Struct<AccessControlExposeHeaders> {
    private static final Schema SCHEMA = Schema.builder("AWS::CloudFront::ResponseHeadersPolicy.AccessControlExposeHeaders")
        .required("Items")
        .build();

    public AccessControlExposeHeaders() {
      super(SCHEMA);
    }

    /**
     * The list of HTTP headers. You can specify <code>*</code> to expose all headers.
     *
     * <p>Required. CloudFormation property {@code Items}.
     */
    public AccessControlExposeHeaders items(List<String> value) {
      return set("Items", Value.listOf(value));
    }

    /** Sets {@code Items} to this value; see {@link #items(List)}. */
    public AccessControlExposeHeaders items(Value<List<String>> value) {
      return set("Items", value);
    }
  }

  /**
   * The policy directives and their values that CloudFront includes as values for the
   * <code>Content-Security-Policy</code> HTTP response header.
   *
   * <p>For more information about the <code>Content-Security-Policy</code> HTTP response header,
   * see <a
   * href="https://docs.aws.amazon.com/https://developer.mozilla.org/en-US/docs/Web/HTTP/Headers/Content-Security-Policy">Content-Security-Policy</a>
   * in the MDN Web Docs.
   *
   * <p>Property type {@code AWS::CloudFront::ResponseHeadersPolicy.ContentSecurityPolicy}.
   */
  public static final class ContentSecurityPolicy extends Struct<ContentSecurityPolicy> {
    private static final Schema SCHEMA = Schema.builder("AWS::CloudFront::ResponseHeadersPolicy.ContentSecurityPolicy")
        .required("ContentSecurityPolicy", "Override")
        .build();

    public ContentSecurityPolicy() {
      super(SCHEMA);
    }

    /**
     * The policy directives and their values that CloudFront includes as values for the
     * <code>Content-Security-Policy</code> HTTP response header.
     *
     * <p>Required. CloudFormation property {@code ContentSecurityPolicy}.
     */
    public ContentSecurityPolicy contentSecurityPolicy(String value) {
      return set("ContentSecurityPolicy", Value.of(value));
    }

    /**
     * Sets {@code ContentSecurityPolicy} to this value; see {@link #contentSecurityPolicy(String)}.
     */
    public ContentSecurityPolicy contentSecurityPolicy(Value<String> value) {
      return set("ContentSecurityPolicy", value);
    }

    /**
     * A Boolean that determines whether CloudFront overrides the
     * <code>Content-Security-Policy</code> HTTP response header received from the origin with the
     * one specified in this response headers policy.
     *
     * <p>Required. CloudFormation property {@code Override}.
     */
    public ContentSecurityPolicy override(boolean value) {
      return set("Override", Value.of(value));
    }

    /** Sets {@code Override} to this value; see {@link #override(boolean)}. */
    public ContentSecurityPolicy override(Value<Boolean> value) {
      return set("Override", value);
    }
  }

  /**
   * Determines whether CloudFront includes the <code>X-Content-Type-Options</code> HTTP response
   * header with its value set to <code>nosniff</code> .
   *
   * <p>For more information about the <code>X-Content-Type-Options</code> HTTP response header, see
   * <a
   * href="https://docs.aws.amazon.com/https://developer.mozilla.org/en-US/docs/Web/HTTP/Headers/X-Content-Type-Options">X-Content-Type-Options</a>
   * in the MDN Web Docs.
   *
   * <p>Property type {@code AWS::CloudFront::ResponseHeadersPolicy.ContentTypeOptions}.
   */
  public static final class ContentTypeOptions extends Struct<ContentTypeOptions> {
    private static final Schema SCHEMA = Schema.builder("AWS::CloudFront::ResponseHeadersPolicy.ContentTypeOptions")
        .required("Override")
        .build();

    public ContentTypeOptions() {
      super(SCHEMA);
    }

    /**
     * A Boolean that determines whether CloudFront overrides the
     * <code>X-Content-Type-Options</code> HTTP response header received from the origin with the
     * one specified in this response headers policy.
     *
     * <p>Required. CloudFormation property {@code Override}.
     */
    public ContentTypeOptions override(boolean value) {
      return set("Override", Value.of(value));
    }

    /** Sets {@code Override} to this value; see {@link #override(boolean)}. */
    public ContentTypeOptions override(Value<Boolean> value) {
      return set("Override", value);
    }
  }

  /**
   * A configuration for a set of HTTP response headers that are used for cross-origin resource
   * sharing (CORS). CloudFront adds these headers to HTTP responses that it sends for CORS requests
   * that match a cache behavior associated with this response headers policy.
   *
   * <p>For more information about CORS, see <a
   * href="https://docs.aws.amazon.com/https://developer.mozilla.org/en-US/docs/Web/HTTP/CORS">Cross-Origin
   * Resource Sharing (CORS)</a> in the MDN Web Docs.
   *
   * <p>Property type {@code AWS::CloudFront::ResponseHeadersPolicy.CorsConfig}.
   */
  public static final class CorsConfig extends Struct<CorsConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::CloudFront::ResponseHeadersPolicy.CorsConfig")
        .required("AccessControlAllowCredentials", "AccessControlAllowHeaders",
            "AccessControlAllowMethods", "AccessControlAllowOrigins", "OriginOverride")
        .build();

    public CorsConfig() {
      super(SCHEMA);
    }

    /**
     * A Boolean that CloudFront uses as the value for the
     * <code>Access-Control-Allow-Credentials</code> HTTP response header.
     *
     * <p>For more information about the <code>Access-Control-Allow-Credentials</code> HTTP response
     * header, see <a
     * href="https://docs.aws.amazon.com/https://developer.mozilla.org/en-US/docs/Web/HTTP/Headers/Access-Control-Allow-Credentials">Access-Control-Allow-Credentials</a>
     * in the MDN Web Docs.
     *
     * <p>Required. CloudFormation property {@code AccessControlAllowCredentials}.
     */
    public CorsConfig accessControlAllowCredentials(boolean value) {
      return set("AccessControlAllowCredentials", Value.of(value));
    }

    /**
     * Sets {@code AccessControlAllowCredentials} to this value; see {@link
     * #accessControlAllowCredentials(boolean)}.
     */
    public CorsConfig accessControlAllowCredentials(Value<Boolean> value) {
      return set("AccessControlAllowCredentials", value);
    }

    /**
     * A list of HTTP header names that CloudFront includes as values for the
     * <code>Access-Control-Allow-Headers</code> HTTP response header.
     *
     * <p>For more information about the <code>Access-Control-Allow-Headers</code> HTTP response
     * header, see <a
     * href="https://docs.aws.amazon.com/https://developer.mozilla.org/en-US/docs/Web/HTTP/Headers/Access-Control-Allow-Headers">Access-Control-Allow-Headers</a>
     * in the MDN Web Docs.
     *
     * <p>Required. CloudFormation property {@code AccessControlAllowHeaders}.
     */
    public CorsConfig accessControlAllowHeaders(Value<AccessControlAllowHeaders> value) {
      return set("AccessControlAllowHeaders", value);
    }

    /**
     * A list of HTTP methods that CloudFront includes as values for the
     * <code>Access-Control-Allow-Methods</code> HTTP response header.
     *
     * <p>For more information about the <code>Access-Control-Allow-Methods</code> HTTP response
     * header, see <a
     * href="https://docs.aws.amazon.com/https://developer.mozilla.org/en-US/docs/Web/HTTP/Headers/Access-Control-Allow-Methods">Access-Control-Allow-Methods</a>
     * in the MDN Web Docs.
     *
     * <p>Required. CloudFormation property {@code AccessControlAllowMethods}.
     */
    public CorsConfig accessControlAllowMethods(Value<AccessControlAllowMethods> value) {
      return set("AccessControlAllowMethods", value);
    }

    /**
     * A list of origins (domain names) that CloudFront can use as the value for the
     * <code>Access-Control-Allow-Origin</code> HTTP response header.
     *
     * <p>For more information about the <code>Access-Control-Allow-Origin</code> HTTP response
     * header, see <a
     * href="https://docs.aws.amazon.com/https://developer.mozilla.org/en-US/docs/Web/HTTP/Headers/Access-Control-Allow-Origin">Access-Control-Allow-Origin</a>
     * in the MDN Web Docs.
     *
     * <p>Required. CloudFormation property {@code AccessControlAllowOrigins}.
     */
    public CorsConfig accessControlAllowOrigins(Value<AccessControlAllowOrigins> value) {
      return set("AccessControlAllowOrigins", value);
    }

    /**
     * A list of HTTP headers that CloudFront includes as values for the
     * <code>Access-Control-Expose-Headers</code> HTTP response header.
     *
     * <p>For more information about the <code>Access-Control-Expose-Headers</code> HTTP response
     * header, see <a
     * href="https://docs.aws.amazon.com/https://developer.mozilla.org/en-US/docs/Web/HTTP/Headers/Access-Control-Expose-Headers">Access-Control-Expose-Headers</a>
     * in the MDN Web Docs.
     *
     * <p>CloudFormation property {@code AccessControlExposeHeaders}.
     */
    public CorsConfig accessControlExposeHeaders(Value<AccessControlExposeHeaders> value) {
      return set("AccessControlExposeHeaders", value);
    }

    /**
     * A number that CloudFront uses as the value for the <code>Access-Control-Max-Age</code> HTTP
     * response header.
     *
     * <p>For more information about the <code>Access-Control-Max-Age</code> HTTP response header,
     * see <a
     * href="https://docs.aws.amazon.com/https://developer.mozilla.org/en-US/docs/Web/HTTP/Headers/Access-Control-Max-Age">Access-Control-Max-Age</a>
     * in the MDN Web Docs.
     *
     * <p>CloudFormation property {@code AccessControlMaxAgeSec}.
     */
    public CorsConfig accessControlMaxAgeSec(int value) {
      return set("AccessControlMaxAgeSec", Value.of(value));
    }

    /**
     * Sets {@code AccessControlMaxAgeSec} to this value; see {@link #accessControlMaxAgeSec(int)}.
     */
    public CorsConfig accessControlMaxAgeSec(Value<Integer> value) {
      return set("AccessControlMaxAgeSec", value);
    }

    /**
     * A Boolean that determines whether CloudFront overrides HTTP response headers received from
     * the origin with the ones specified in this response headers policy.
     *
     * <p>Required. CloudFormation property {@code OriginOverride}.
     */
    public CorsConfig originOverride(boolean value) {
      return set("OriginOverride", Value.of(value));
    }

    /** Sets {@code OriginOverride} to this value; see {@link #originOverride(boolean)}. */
    public CorsConfig originOverride(Value<Boolean> value) {
      return set("OriginOverride", value);
    }
  }

  /**
   * An HTTP response header name and its value. CloudFront includes this header in HTTP responses
   * that it sends for requests that match a cache behavior that's associated with this response
   * headers policy.
   *
   * <p>Property type {@code AWS::CloudFront::ResponseHeadersPolicy.CustomHeader}.
   */
  public static final class CustomHeader extends Struct<CustomHeader> {
    private static final Schema SCHEMA = Schema.builder("AWS::CloudFront::ResponseHeadersPolicy.CustomHeader")
        .required("Header", "Override", "Value")
        .build();

    public CustomHeader() {
      super(SCHEMA);
    }

    /**
     * The HTTP response header name.
     *
     * <p>Required. CloudFormation property {@code Header}.
     */
    public CustomHeader header(String value) {
      return set("Header", Value.of(value));
    }

    /** Sets {@code Header} to this value; see {@link #header(String)}. */
    public CustomHeader header(Value<String> value) {
      return set("Header", value);
    }

    /**
     * A Boolean that determines whether CloudFront overrides a response header with the same name
     * received from the origin with the header specified here.
     *
     * <p>Required. CloudFormation property {@code Override}.
     */
    public CustomHeader override(boolean value) {
      return set("Override", Value.of(value));
    }

    /** Sets {@code Override} to this value; see {@link #override(boolean)}. */
    public CustomHeader override(Value<Boolean> value) {
      return set("Override", value);
    }

    /**
     * The value for the HTTP response header.
     *
     * <p>Required. CloudFormation property {@code Value}.
     */
    public CustomHeader value(String value) {
      return set("Value", Value.of(value));
    }

    /** Sets {@code Value} to this value; see {@link #value(String)}. */
    public CustomHeader value(Value<String> value) {
      return set("Value", value);
    }
  }

  /**
   * A list of HTTP response header names and their values. CloudFront includes these headers in
   * HTTP responses that it sends for requests that match a cache behavior that's associated with
   * this response headers policy.
   *
   * <p>Property type {@code AWS::CloudFront::ResponseHeadersPolicy.CustomHeadersConfig}.
   */
  public static final class CustomHeadersConfig extends Struct<CustomHeadersConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::CloudFront::ResponseHeadersPolicy.CustomHeadersConfig")
        .required("Items")
        .build();

    public CustomHeadersConfig() {
      super(SCHEMA);
    }

    /**
     * The list of HTTP response headers and their values.
     *
     * <p>Required. CloudFormation property {@code Items}.
     */
    public CustomHeadersConfig items(List<CustomHeader> value) {
      return set("Items", Value.listOf(value));
    }

    /** Sets {@code Items} to this value; see {@link #items(List)}. */
    public CustomHeadersConfig items(Value<List<CustomHeader>> value) {
      return set("Items", value);
    }

    /** Sets {@code Items} to a list of these; see {@link #items(List)}. */
    public CustomHeadersConfig items(CustomHeader... values) {
      return set("Items", Value.list(values));
    }
  }

  /**
   * Determines whether CloudFront includes the <code>X-Frame-Options</code> HTTP response header
   * and the header's value.
   *
   * <p>For more information about the <code>X-Frame-Options</code> HTTP response header, see <a
   * href="https://docs.aws.amazon.com/https://developer.mozilla.org/en-US/docs/Web/HTTP/Headers/X-Frame-Options">X-Frame-Options</a>
   * in the MDN Web Docs.
   *
   * <p>Property type {@code AWS::CloudFront::ResponseHeadersPolicy.FrameOptions}.
   */
  public static final class FrameOptions extends Struct<FrameOptions> {
    private static final Schema SCHEMA = Schema.builder("AWS::CloudFront::ResponseHeadersPolicy.FrameOptions")
        .required("FrameOption", "Override")
        .constrain("FrameOption", Constraint.of().pattern("^(DENY|SAMEORIGIN)$"))
        .build();

    public FrameOptions() {
      super(SCHEMA);
    }

    /**
     * The value of the <code>X-Frame-Options</code> HTTP response header. Valid values are
     * <code>DENY</code> and <code>SAMEORIGIN</code> .
     *
     * <p>For more information about these values, see <a
     * href="https://docs.aws.amazon.com/https://developer.mozilla.org/en-US/docs/Web/HTTP/Headers/X-Frame-Options">X-Frame-Options</a>
     * in the MDN Web Docs.
     *
     * <p>Required. Pattern: {@code ^(DENY|SAMEORIGIN)$}. CloudFormation property {@code
     * FrameOption}.
     */
    public FrameOptions frameOption(String value) {
      return set("FrameOption", Value.of(value));
    }

    /** Sets {@code FrameOption} to this value; see {@link #frameOption(String)}. */
    public FrameOptions frameOption(Value<String> value) {
      return set("FrameOption", value);
    }

    /**
     * A Boolean that determines whether CloudFront overrides the <code>X-Frame-Options</code> HTTP
     * response header received from the origin with the one specified in this response headers
     * policy.
     *
     * <p>Required. CloudFormation property {@code Override}.
     */
    public FrameOptions override(boolean value) {
      return set("Override", Value.of(value));
    }

    /** Sets {@code Override} to this value; see {@link #override(boolean)}. */
    public FrameOptions override(Value<Boolean> value) {
      return set("Override", value);
    }
  }

  /**
   * Determines whether CloudFront includes the <code>Referrer-Policy</code> HTTP response header
   * and the header's value.
   *
   * <p>For more information about the <code>Referrer-Policy</code> HTTP response header, see <a
   * href="https://docs.aws.amazon.com/https://developer.mozilla.org/en-US/docs/Web/HTTP/Headers/Referrer-Policy">Referrer-Policy</a>
   * in the MDN Web Docs.
   *
   * <p>Property type {@code AWS::CloudFront::ResponseHeadersPolicy.ReferrerPolicy}.
   */
  public static final class ReferrerPolicy extends Struct<ReferrerPolicy> {
    private static final Schema SCHEMA = Schema.builder("AWS::CloudFront::ResponseHeadersPolicy.ReferrerPolicy")
        .required("Override", "ReferrerPolicy")
        .constrain("ReferrerPolicy", Constraint.of().pattern("^(no-referrer|no-referrer-when-downgrade|origin|origin-when-cross-origin|same-origin|strict-origin|strict-origin-when-cross-origin|unsafe-url)$"))
        .build();

    public ReferrerPolicy() {
      super(SCHEMA);
    }

    /**
     * A Boolean that determines whether CloudFront overrides the <code>Referrer-Policy</code> HTTP
     * response header received from the origin with the one specified in this response headers
     * policy.
     *
     * <p>Required. CloudFormation property {@code Override}.
     */
    public ReferrerPolicy override(boolean value) {
      return set("Override", Value.of(value));
    }

    /** Sets {@code Override} to this value; see {@link #override(boolean)}. */
    public ReferrerPolicy override(Value<Boolean> value) {
      return set("Override", value);
    }

    /**
     * The value of the <code>Referrer-Policy</code> HTTP response header. Valid values are:
     *
     * <ul> <li><code>no-referrer</code> <li><code>no-referrer-when-downgrade</code>
     * <li><code>origin</code> <li><code>origin-when-cross-origin</code>
     * <li><code>same-origin</code> <li><code>strict-origin</code>
     * <li><code>strict-origin-when-cross-origin</code> <li><code>unsafe-url</code> </ul>
     *
     * <p>For more information about these values, see <a
     * href="https://docs.aws.amazon.com/https://developer.mozilla.org/en-US/docs/Web/HTTP/Headers/Referrer-Policy">Referrer-Policy</a>
     * in the MDN Web Docs.
     *
     * <p>Required. Pattern: {@code
     * ^(no-referrer|no-referrer-when-downgrade|origin|origin-when-cross-origin|same-origin|strict-origin|strict-origin-when-cross-origin|unsafe-url)$}.
     * CloudFormation property {@code ReferrerPolicy}.
     */
    public ReferrerPolicy referrerPolicy(String value) {
      return set("ReferrerPolicy", Value.of(value));
    }

    /** Sets {@code ReferrerPolicy} to this value; see {@link #referrerPolicy(String)}. */
    public ReferrerPolicy referrerPolicy(Value<String> value) {
      return set("ReferrerPolicy", value);
    }
  }

  /**
   * The name of an HTTP header that CloudFront removes from HTTP responses to requests that match
   * the cache behavior that this response headers policy is attached to.
   *
   * <p>Property type {@code AWS::CloudFront::ResponseHeadersPolicy.RemoveHeader}.
   */
  public static final class RemoveHeader extends Struct<RemoveHeader> {
    private static final Schema SCHEMA = Schema.builder("AWS::CloudFront::ResponseHeadersPolicy.RemoveHeader")
        .required("Header")
        .build();

    public RemoveHeader() {
      super(SCHEMA);
    }

    /**
     * The HTTP header name.
     *
     * <p>Required. CloudFormation property {@code Header}.
     */
    public RemoveHeader header(String value) {
      return set("Header", Value.of(value));
    }

    /** Sets {@code Header} to this value; see {@link #header(String)}. */
    public RemoveHeader header(Value<String> value) {
      return set("Header", value);
    }
  }

  /**
   * A list of HTTP header names that CloudFront removes from HTTP responses to requests that match
   * the cache behavior that this response headers policy is attached to.
   *
   * <p>Property type {@code AWS::CloudFront::ResponseHeadersPolicy.RemoveHeadersConfig}.
   */
  public static final class RemoveHeadersConfig extends Struct<RemoveHeadersConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::CloudFront::ResponseHeadersPolicy.RemoveHeadersConfig")
        .required("Items")
        .build();

    public RemoveHeadersConfig() {
      super(SCHEMA);
    }

    /**
     * The list of HTTP header names.
     *
     * <p>Required. CloudFormation property {@code Items}.
     */
    public RemoveHeadersConfig items(List<RemoveHeader> value) {
      return set("Items", Value.listOf(value));
    }

    /** Sets {@code Items} to this value; see {@link #items(List)}. */
    public RemoveHeadersConfig items(Value<List<RemoveHeader>> value) {
      return set("Items", value);
    }

    /** Sets {@code Items} to a list of these; see {@link #items(List)}. */
    public RemoveHeadersConfig items(RemoveHeader... values) {
      return set("Items", Value.list(values));
    }
  }

  /**
   * A response headers policy configuration.
   *
   * <p>A response headers policy configuration contains metadata about the response headers policy,
   * and configurations for sets of HTTP response headers.
   *
   * <p>Property type {@code AWS::CloudFront::ResponseHeadersPolicy.ResponseHeadersPolicyConfig}.
   */
  public static final class ResponseHeadersPolicyConfig extends Struct<ResponseHeadersPolicyConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::CloudFront::ResponseHeadersPolicy.ResponseHeadersPolicyConfig")
        .required("Name")
        .constrain("Comment", Constraint.of().maxLength(128))
        .build();

    public ResponseHeadersPolicyConfig() {
      super(SCHEMA);
    }

    /**
     * A comment to describe the response headers policy.
     *
     * <p>The comment cannot be longer than 128 characters.
     *
     * <p>Length: at most 128 characters. CloudFormation property {@code Comment}.
     */
    public ResponseHeadersPolicyConfig comment(String value) {
      return set("Comment", Value.of(value));
    }

    /** Sets {@code Comment} to this value; see {@link #comment(String)}. */
    public ResponseHeadersPolicyConfig comment(Value<String> value) {
      return set("Comment", value);
    }

    /**
     * A configuration for a set of HTTP response headers that are used for cross-origin resource
     * sharing (CORS).
     *
     * <p>CloudFormation property {@code CorsConfig}.
     */
    public ResponseHeadersPolicyConfig corsConfig(Value<CorsConfig> value) {
      return set("CorsConfig", value);
    }

    /**
     * A configuration for a set of custom HTTP response headers.
     *
     * <p>CloudFormation property {@code CustomHeadersConfig}.
     */
    public ResponseHeadersPolicyConfig customHeadersConfig(Value<CustomHeadersConfig> value) {
      return set("CustomHeadersConfig", value);
    }

    /**
     * A name to identify the response headers policy.
     *
     * <p>The name must be unique for response headers policies in this AWS account .
     *
     * <p>Required. CloudFormation property {@code Name}.
     */
    public ResponseHeadersPolicyConfig name(String value) {
      return set("Name", Value.of(value));
    }

    /** Sets {@code Name} to this value; see {@link #name(String)}. */
    public ResponseHeadersPolicyConfig name(Value<String> value) {
      return set("Name", value);
    }

    /**
     * A configuration for a set of HTTP headers to remove from the HTTP response.
     *
     * <p>CloudFormation property {@code RemoveHeadersConfig}.
     */
    public ResponseHeadersPolicyConfig removeHeadersConfig(Value<RemoveHeadersConfig> value) {
      return set("RemoveHeadersConfig", value);
    }

    /**
     * A configuration for a set of security-related HTTP response headers.
     *
     * <p>CloudFormation property {@code SecurityHeadersConfig}.
     */
    public ResponseHeadersPolicyConfig securityHeadersConfig(Value<SecurityHeadersConfig> value) {
      return set("SecurityHeadersConfig", value);
    }

    /**
     * A configuration for enabling the <code>Server-Timing</code> header in HTTP responses sent
     * from CloudFront.
     *
     * <p>CloudFormation property {@code ServerTimingHeadersConfig}.
     */
    public ResponseHeadersPolicyConfig serverTimingHeadersConfig(Value<ServerTimingHeadersConfig> value) {
      return set("ServerTimingHeadersConfig", value);
    }
  }

  /**
   * A configuration for a set of security-related HTTP response headers. CloudFront adds these
   * headers to HTTP responses that it sends for requests that match a cache behavior associated
   * with this response headers policy.
   *
   * <p>Property type {@code AWS::CloudFront::ResponseHeadersPolicy.SecurityHeadersConfig}.
   */
  public static final class SecurityHeadersConfig extends Struct<SecurityHeadersConfig> {
    private static final Schema SCHEMA = Schema.of("AWS::CloudFront::ResponseHeadersPolicy.SecurityHeadersConfig");

    public SecurityHeadersConfig() {
      super(SCHEMA);
    }

    /**
     * The policy directives and their values that CloudFront includes as values for the
     * <code>Content-Security-Policy</code> HTTP response header.
     *
     * <p>For more information about the <code>Content-Security-Policy</code> HTTP response header,
     * see <a
     * href="https://docs.aws.amazon.com/https://developer.mozilla.org/en-US/docs/Web/HTTP/Headers/Content-Security-Policy">Content-Security-Policy</a>
     * in the MDN Web Docs.
     *
     * <p>CloudFormation property {@code ContentSecurityPolicy}.
     */
    public SecurityHeadersConfig contentSecurityPolicy(Value<ContentSecurityPolicy> value) {
      return set("ContentSecurityPolicy", value);
    }

    /**
     * Determines whether CloudFront includes the <code>X-Content-Type-Options</code> HTTP response
     * header with its value set to <code>nosniff</code> .
     *
     * <p>For more information about the <code>X-Content-Type-Options</code> HTTP response header,
     * see <a
     * href="https://docs.aws.amazon.com/https://developer.mozilla.org/en-US/docs/Web/HTTP/Headers/X-Content-Type-Options">X-Content-Type-Options</a>
     * in the MDN Web Docs.
     *
     * <p>CloudFormation property {@code ContentTypeOptions}.
     */
    public SecurityHeadersConfig contentTypeOptions(Value<ContentTypeOptions> value) {
      return set("ContentTypeOptions", value);
    }

    /**
     * Determines whether CloudFront includes the <code>X-Frame-Options</code> HTTP response header
     * and the header's value.
     *
     * <p>For more information about the <code>X-Frame-Options</code> HTTP response header, see <a
     * href="https://docs.aws.amazon.com/https://developer.mozilla.org/en-US/docs/Web/HTTP/Headers/X-Frame-Options">X-Frame-Options</a>
     * in the MDN Web Docs.
     *
     * <p>CloudFormation property {@code FrameOptions}.
     */
    public SecurityHeadersConfig frameOptions(Value<FrameOptions> value) {
      return set("FrameOptions", value);
    }

    /**
     * Determines whether CloudFront includes the <code>Referrer-Policy</code> HTTP response header
     * and the header's value.
     *
     * <p>For more information about the <code>Referrer-Policy</code> HTTP response header, see <a
     * href="https://docs.aws.amazon.com/https://developer.mozilla.org/en-US/docs/Web/HTTP/Headers/Referrer-Policy">Referrer-Policy</a>
     * in the MDN Web Docs.
     *
     * <p>CloudFormation property {@code ReferrerPolicy}.
     */
    public SecurityHeadersConfig referrerPolicy(Value<ReferrerPolicy> value) {
      return set("ReferrerPolicy", value);
    }

    /**
     * Determines whether CloudFront includes the <code>Strict-Transport-Security</code> HTTP
     * response header and the header's value.
     *
     * <p>For more information about the <code>Strict-Transport-Security</code> HTTP response
     * header, see <a
     * href="https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/understanding-response-headers-policies.html#understanding-response-headers-policies-security">Security
     * headers</a> in the <em>Amazon CloudFront Developer Guide</em> and <a
     * href="https://docs.aws.amazon.com/https://developer.mozilla.org/en-US/docs/Web/HTTP/Headers/Strict-Transport-Security">Strict-Transport-Security</a>
     * in the MDN Web Docs.
     *
     * <p>CloudFormation property {@code StrictTransportSecurity}.
     */
    public SecurityHeadersConfig strictTransportSecurity(Value<StrictTransportSecurity> value) {
      return set("StrictTransportSecurity", value);
    }

    /**
     * Determines whether CloudFront includes the <code>X-XSS-Protection</code> HTTP response header
     * and the header's value.
     *
     * <p>For more information about the <code>X-XSS-Protection</code> HTTP response header, see <a
     * href="https://docs.aws.amazon.com/https://developer.mozilla.org/en-US/docs/Web/HTTP/Headers/X-XSS-Protection">X-XSS-Protection</a>
     * in the MDN Web Docs.
     *
     * <p>CloudFormation property {@code XSSProtection}.
     */
    public SecurityHeadersConfig xssProtection(Value<XSSProtection> value) {
      return set("XSSProtection", value);
    }
  }

  /**
   * A configuration for enabling the <code>Server-Timing</code> header in HTTP responses sent from
   * CloudFront.
   *
   * <p>Property type {@code AWS::CloudFront::ResponseHeadersPolicy.ServerTimingHeadersConfig}.
   */
  public static final class ServerTimingHeadersConfig extends Struct<ServerTimingHeadersConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::CloudFront::ResponseHeadersPolicy.ServerTimingHeadersConfig")
        .required("Enabled")
        .constrain("SamplingRate", Constraint.of().minimum(0).maximum(100))
        .build();

    public ServerTimingHeadersConfig() {
      super(SCHEMA);
    }

    /**
     * A Boolean that determines whether CloudFront adds the <code>Server-Timing</code> header to
     * HTTP responses that it sends in response to requests that match a cache behavior that's
     * associated with this response headers policy.
     *
     * <p>Required. CloudFormation property {@code Enabled}.
     */
    public ServerTimingHeadersConfig enabled(boolean value) {
      return set("Enabled", Value.of(value));
    }

    /** Sets {@code Enabled} to this value; see {@link #enabled(boolean)}. */
    public ServerTimingHeadersConfig enabled(Value<Boolean> value) {
      return set("Enabled", value);
    }

    /**
     * A number 0–100 (inclusive) that specifies the percentage of responses that you want
     * CloudFront to add the <code>Server-Timing</code> header to. When you set the sampling rate to
     * 100, CloudFront adds the <code>Server-Timing</code> header to the HTTP response for every
     * request that matches the cache behavior that this response headers policy is attached to.
     * When you set it to 50, CloudFront adds the header to 50% of the responses for requests that
     * match the cache behavior. You can set the sampling rate to any number 0–100 with up to four
     * decimal places.
     *
     * <p>Range: 0 to 100. CloudFormation property {@code SamplingRate}.
     */
    public ServerTimingHeadersConfig samplingRate(double value) {
      return set("SamplingRate", Value.of(value));
    }

    /** Sets {@code SamplingRate} to this value; see {@link #samplingRate(double)}. */
    public ServerTimingHeadersConfig samplingRate(Value<Double> value) {
      return set("SamplingRate", value);
    }
  }

  /**
   * Determines whether CloudFront includes the <code>Strict-Transport-Security</code> HTTP response
   * header and the header's value.
   *
   * <p>For more information about the <code>Strict-Transport-Security</code> HTTP response header,
   * see <a
   * href="https://docs.aws.amazon.com/https://developer.mozilla.org/en-US/docs/Web/HTTP/Headers/Strict-Transport-Security">Strict-Transport-Security</a>
   * in the MDN Web Docs.
   *
   * <p>Property type {@code AWS::CloudFront::ResponseHeadersPolicy.StrictTransportSecurity}.
   */
  public static final class StrictTransportSecurity extends Struct<StrictTransportSecurity> {
    private static final Schema SCHEMA = Schema.builder("AWS::CloudFront::ResponseHeadersPolicy.StrictTransportSecurity")
        .required("AccessControlMaxAgeSec", "Override")
        .build();

    public StrictTransportSecurity() {
      super(SCHEMA);
    }

    /**
     * A number that CloudFront uses as the value for the <code>max-age</code> directive in the
     * <code>Strict-Transport-Security</code> HTTP response header.
     *
     * <p>Required. CloudFormation property {@code AccessControlMaxAgeSec}.
     */
    public StrictTransportSecurity accessControlMaxAgeSec(int value) {
      return set("AccessControlMaxAgeSec", Value.of(value));
    }

    /**
     * Sets {@code AccessControlMaxAgeSec} to this value; see {@link #accessControlMaxAgeSec(int)}.
     */
    public StrictTransportSecurity accessControlMaxAgeSec(Value<Integer> value) {
      return set("AccessControlMaxAgeSec", value);
    }

    /**
     * A Boolean that determines whether CloudFront includes the <code>includeSubDomains</code>
     * directive in the <code>Strict-Transport-Security</code> HTTP response header.
     *
     * <p>CloudFormation property {@code IncludeSubdomains}.
     */
    public StrictTransportSecurity includeSubdomains(boolean value) {
      return set("IncludeSubdomains", Value.of(value));
    }

    /** Sets {@code IncludeSubdomains} to this value; see {@link #includeSubdomains(boolean)}. */
    public StrictTransportSecurity includeSubdomains(Value<Boolean> value) {
      return set("IncludeSubdomains", value);
    }

    /**
     * A Boolean that determines whether CloudFront overrides the
     * <code>Strict-Transport-Security</code> HTTP response header received from the origin with the
     * one specified in this response headers policy.
     *
     * <p>Required. CloudFormation property {@code Override}.
     */
    public StrictTransportSecurity override(boolean value) {
      return set("Override", Value.of(value));
    }

    /** Sets {@code Override} to this value; see {@link #override(boolean)}. */
    public StrictTransportSecurity override(Value<Boolean> value) {
      return set("Override", value);
    }

    /**
     * A Boolean that determines whether CloudFront includes the <code>preload</code> directive in
     * the <code>Strict-Transport-Security</code> HTTP response header.
     *
     * <p>CloudFormation property {@code Preload}.
     */
    public StrictTransportSecurity preload(boolean value) {
      return set("Preload", Value.of(value));
    }

    /** Sets {@code Preload} to this value; see {@link #preload(boolean)}. */
    public StrictTransportSecurity preload(Value<Boolean> value) {
      return set("Preload", value);
    }
  }

  /**
   * Determines whether CloudFront includes the <code>X-XSS-Protection</code> HTTP response header
   * and the header's value.
   *
   * <p>For more information about the <code>X-XSS-Protection</code> HTTP response header, see <a
   * href="https://docs.aws.amazon.com/https://developer.mozilla.org/en-US/docs/Web/HTTP/Headers/X-XSS-Protection">X-XSS-Protection</a>
   * in the MDN Web Docs.
   *
   * <p>Property type {@code AWS::CloudFront::ResponseHeadersPolicy.XSSProtection}.
   */
  public static final class XSSProtection extends Struct<XSSProtection> {
    private static final Schema SCHEMA = Schema.builder("AWS::CloudFront::ResponseHeadersPolicy.XSSProtection")
        .required("Override", "Protection")
        .build();

    public XSSProtection() {
      super(SCHEMA);
    }

    /**
     * A Boolean that determines whether CloudFront includes the <code>mode=block</code> directive
     * in the <code>X-XSS-Protection</code> header.
     *
     * <p>For more information about this directive, see <a
     * href="https://docs.aws.amazon.com/https://developer.mozilla.org/en-US/docs/Web/HTTP/Headers/X-XSS-Protection">X-XSS-Protection</a>
     * in the MDN Web Docs.
     *
     * <p>CloudFormation property {@code ModeBlock}.
     */
    public XSSProtection modeBlock(boolean value) {
      return set("ModeBlock", Value.of(value));
    }

    /** Sets {@code ModeBlock} to this value; see {@link #modeBlock(boolean)}. */
    public XSSProtection modeBlock(Value<Boolean> value) {
      return set("ModeBlock", value);
    }

    /**
     * A Boolean that determines whether CloudFront overrides the <code>X-XSS-Protection</code> HTTP
     * response header received from the origin with the one specified in this response headers
     * policy.
     *
     * <p>Required. CloudFormation property {@code Override}.
     */
    public XSSProtection override(boolean value) {
      return set("Override", Value.of(value));
    }

    /** Sets {@code Override} to this value; see {@link #override(boolean)}. */
    public XSSProtection override(Value<Boolean> value) {
      return set("Override", value);
    }

    /**
     * A Boolean that determines the value of the <code>X-XSS-Protection</code> HTTP response
     * header. When this setting is <code>true</code> , the value of the
     * <code>X-XSS-Protection</code> header is <code>1</code> . When this setting is
     * <code>false</code> , the value of the <code>X-XSS-Protection</code> header is <code>0</code>
     * .
     *
     * <p>For more information about these settings, see <a
     * href="https://docs.aws.amazon.com/https://developer.mozilla.org/en-US/docs/Web/HTTP/Headers/X-XSS-Protection">X-XSS-Protection</a>
     * in the MDN Web Docs.
     *
     * <p>Required. CloudFormation property {@code Protection}.
     */
    public XSSProtection protection(boolean value) {
      return set("Protection", Value.of(value));
    }

    /** Sets {@code Protection} to this value; see {@link #protection(boolean)}. */
    public XSSProtection protection(Value<Boolean> value) {
      return set("Protection", value);
    }

    /**
     * A reporting URI, which CloudFront uses as the value of the <code>report</code> directive in
     * the <code>X-XSS-Protection</code> header.
     *
     * <p>You cannot specify a <code>ReportUri</code> when <code>ModeBlock</code> is
     * <code>true</code> .
     *
     * <p>For more information about using a reporting URL, see <a
     * href="https://docs.aws.amazon.com/https://developer.mozilla.org/en-US/docs/Web/HTTP/Headers/X-XSS-Protection">X-XSS-Protection</a>
     * in the MDN Web Docs.
     *
     * <p>CloudFormation property {@code ReportUri}.
     */
    public XSSProtection reportUri(String value) {
      return set("ReportUri", Value.of(value));
    }

    /** Sets {@code ReportUri} to this value; see {@link #reportUri(String)}. */
    public XSSProtection reportUri(Value<String> value) {
      return set("ReportUri", value);
    }
  }
}
