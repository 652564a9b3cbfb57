// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.lightsail;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * The <code>AWS::Lightsail::Distribution</code> resource specifies a content delivery network (CDN)
 * distribution. You can create distributions only in the <code>us-east-1</code> AWS Region.
 *
 * <p>A distribution is a globally distributed network of caching servers that improve the
 * performance of your website or web application hosted on a Lightsail instance, static content
 * hosted on a Lightsail bucket, or through a Lightsail load balancer.
 *
 * <p>CloudFormation type {@code AWS::Lightsail::Distribution}.
 */
public final class Distribution extends Resource<Distribution> {
  private static final Schema SCHEMA = Schema.builder("AWS::Lightsail::Distribution")
      .required("BundleId", "DefaultCacheBehavior", "DistributionName", "Origin")
      .constrain("CertificateName", Constraint.of().pattern("^\\w[\\w\\-]*\\w$"))
      .constrain("DistributionName", Constraint.of().pattern("\\w[\\w\\-]*\\w"))
      .allowed("IpAddressType", "dualstack", "ipv4", "ipv6")
      .refYields("DistributionName")
      .attributes("AbleToUpdateBundle", "DistributionArn", "Status")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public Distribution(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The ID of the bundle applied to the distribution.
   *
   * <p>Required. CloudFormation property {@code BundleId}.
   */
  public Distribution bundleId(String value) {
    return set("BundleId", Value.of(value));
  }

  /** Sets {@code BundleId} to this value; see {@link #bundleId(String)}. */
  public Distribution bundleId(Value<String> value) {
    return set("BundleId", value);
  }

  /**
   * An object that describes the cache behavior settings of the distribution.
   *
   * <p>CloudFormation property {@code CacheBehaviorSettings}.
   */
  public Distribution cacheBehaviorSettings(Value<CacheSettings> value) {
    return set("CacheBehaviorSettings", value);
  }

  /**
   * An array of objects that describe the per-path cache behavior of the distribution.
   *
   * <p>CloudFormation property {@code CacheBehaviors}.
   */
  public Distribution cacheBehaviors(List<CacheBehaviorPerPath> value) {
    return set("CacheBehaviors", Value.listOf(value));
  }

  /** Sets {@code CacheBehaviors} to this value; see {@link #cacheBehaviors(List)}. */
  public Distribution cacheBehaviors(Value<List<CacheBehaviorPerPath>> value) {
    return set("CacheBehaviors", value);
  }

  /** Sets {@code CacheBehaviors} to a list of these; see {@link #cacheBehaviors(List)}. */
  public Distribution cacheBehaviors(CacheBehaviorPerPath... values) {
    return set("CacheBehaviors", Value.list(values));
  }

  /**
   * The name of the SSL/TLS certificate attached to the distribution.
   *
   * <p>Pattern: {@code ^&#92;w[&#92;w&#92;-]*&#92;w$}. CloudFormation property {@code
   * CertificateName}.
   */
  public Distribution certificateName(String value) {
    return set("CertificateName", Value.of(value));
  }

  /** Sets {@code CertificateName} to this value; see {@link #certificateName(String)}. */
  public Distribution certificateName(Value<String> value) {
    return set("CertificateName", value);
  }

  /**
   * An object that describes the default cache behavior of the distribution.
   *
   * <p>Required. CloudFormation property {@code DefaultCacheBehavior}.
   */
  public Distribution defaultCacheBehavior(Value<CacheBehavior> value) {
    return set("DefaultCacheBehavior", value);
  }

  /**
   * The name of the distribution
   *
   * <p>Required. Changing it replaces the resource. Pattern: {@code &#92;w[&#92;w&#92;-]*&#92;w}.
   * CloudFormation property {@code DistributionName}.
   */
  public Distribution distributionName(String value) {
    return set("DistributionName", Value.of(value));
  }

  /** Sets {@code DistributionName} to this value; see {@link #distributionName(String)}. */
  public Distribution distributionName(Value<String> value) {
    return set("DistributionName", value);
  }

  /**
   * The IP address type of the distribution.
   *
   * <p>The possible values are <code>ipv4</code> for IPv4 only, and <code>dualstack</code> for IPv4
   * and IPv6.
   *
   * <p>Changing it replaces the resource. Allowed values: {@code dualstack}, {@code ipv4}, {@code
   * ipv6}. CloudFormation property {@code IpAddressType}.
   */
  public Distribution ipAddressType(String value) {
    return set("IpAddressType", Value.of(value));
  }

  /** Sets {@code IpAddressType} to this value; see {@link #ipAddressType(String)}. */
  public Distribution ipAddressType(Value<String> value) {
    return set("IpAddressType", value);
  }

  /**
   * A Boolean value indicating whether the distribution is enabled.
   *
   * <p>CloudFormation property {@code IsEnabled}.
   */
  public Distribution isEnabled(boolean value) {
    return set("IsEnabled", Value.of(value));
  }

  /** Sets {@code IsEnabled} to this value; see {@link #isEnabled(boolean)}. */
  public Distribution isEnabled(Value<Boolean> value) {
    return set("IsEnabled", value);
  }

  /**
   * An object that describes the origin resource of the distribution, such as a Lightsail instance,
   * bucket, or load balancer.
   *
   * <p>The distribution pulls, caches, and serves content from the origin.
   *
   * <p>Required. CloudFormation property {@code Origin}.
   */
  public Distribution origin(Value<InputOrigin> value) {
    return set("Origin", value);
  }

  /**
   * An array of key-value pairs to apply to this resource.
   *
   * <p>For more information, see <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-resource-tags.html">Tag</a>
   * in the <em>AWS CloudFormation User Guide</em> .
   *
   * <p>The <code>Value</code> of <code>Tags</code> is optional for Lightsail resources.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public Distribution tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public Distribution tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public Distribution tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * Indicates whether you can update the distribution’s current bundle to another bundle.
   *
   * <p>{@code Fn::GetAtt} attribute {@code AbleToUpdateBundle}.
   */
  public Value<Boolean> ableToUpdateBundle() {
    return getAtt("AbleToUpdateBundle");
  }

  /**
   * The Amazon Resource Name (ARN) of the distribution.
   *
   * <p>{@code Fn::GetAtt} attribute {@code DistributionArn}.
   */
  public Value<String> distributionArn() {
    return getAtt("DistributionArn");
  }

  /**
   * The status of the distribution.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Status}.
   */
  public Value<String> status() {
    return getAtt("Status");
  }

  /**
   * <code>CacheBehavior</code> is a property of the <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-lightsail-distribution.html">AWS::Lightsail::Distribution</a>
   * resource. It describes the default cache behavior of an Amazon Lightsail content delivery
   * network (CDN) distribution.
   *
   * <p>Property type {@code AWS::Lightsail::Distribution.CacheBehavior}.
   */
  public static final class CacheBehavior extends Struct<CacheBehavior> {
    private static final Schema SCHEMA = Schema.builder("AWS::Lightsail::Distribution.CacheBehavior")
        .allowed("Behavior", "cache", "dont-cache")
        .build();

    public CacheBehavior() {
      super(SCHEMA);
    }

    /**
     * The cache behavior of the distribution.
     *
     * <p>The following cache behaviors can be specified:
     *
     * <ul> <li><em><code>cache</code></em> - This option is best for static sites. When specified,
     * your distribution caches and serves your entire website as static content. This behavior is
     * ideal for websites with static content that doesn't change depending on who views it, or for
     * websites that don't use cookies, headers, or query strings to personalize content.
     * <li><em><code>dont-cache</code></em> - This option is best for sites that serve a mix of
     * static and dynamic content. When specified, your distribution caches and serves only the
     * content that is specified in the distribution’s <code>CacheBehaviorPerPath</code> parameter.
     * This behavior is ideal for websites or web applications that use cookies, headers, and query
     * strings to personalize content for individual users. </ul>
     *
     * <p>Allowed values: {@code cache}, {@code dont-cache}. CloudFormation property {@code
     * Behavior}.
     */
    public CacheBehavior behavior(String value) {
      return set("Behavior", Value.of(value));
    }

    /** Sets {@code Behavior} to this value; see {@link #behavior(String)}. */
    public CacheBehavior behavior(Value<String> value) {
      return set("Behavior", value);
    }
  }

  /**
   * <code>CacheBehaviorPerPath</code> is a property of the <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-lightsail-distribution.html">AWS::Lightsail::Distribution</a>
   * resource. It describes the per-path cache behavior of an Amazon Lightsail content delivery
   * network (CDN) distribution.
   *
   * <p>Use a per-path cache behavior to override the default cache behavior of a distribution, or
   * to add an exception to it. For example, if you set the <code>CacheBehavior</code> to
   * <code>cache</code> , you can use a per-path cache behavior to specify a directory, file, or
   * file type that your distribution will cache. If you don’t want your distribution to cache a
   * specified directory, file, or file type, set the per-path cache behavior to
   * <code>dont-cache</code> .
   *
   * <p>Property type {@code AWS::Lightsail::Distribution.CacheBehaviorPerPath}.
   */
  public static final class CacheBehaviorPerPath extends Struct<CacheBehaviorPerPath> {
    private static final Schema SCHEMA = Schema.builder("AWS::Lightsail::Distribution.CacheBehaviorPerPath")
        .allowed("Behavior", "cache", "dont-cache")
        .build();

    public CacheBehaviorPerPath() {
      super(SCHEMA);
    }

    /**
     * The cache behavior for the specified path.
     *
     * <p>You can specify one of the following per-path cache behaviors:
     *
     * <ul> <li><em><code>cache</code></em> - This behavior caches the specified path.
     * <li><em><code>dont-cache</code></em> - This behavior doesn't cache the specified path. </ul>
     *
     * <p>Allowed values: {@code cache}, {@code dont-cache}. CloudFormation property {@code
     * Behavior}.
     */
    public CacheBehaviorPerPath behavior(String value) {
      return set("Behavior", Value.of(value));
    }

    /** Sets {@code Behavior} to this value; see {@link #behavior(String)}. */
    public CacheBehaviorPerPath behavior(Value<String> value) {
      return set("Behavior", value);
    }

    /**
     * The path to a directory or file to cache, or not cache. Use an asterisk symbol to specify
     * wildcard directories ( <code>path/to/assets/<em></code> ), and file types (
     * <code></em>.html</code> , <code>*jpg</code> , <code>*js</code> ). Directories and file paths
     * are case-sensitive.
     *
     * <p>Examples:
     *
     * <ul> <li>Specify the following to cache all files in the document root of an Apache web
     * server running on a instance. </ul>
     *
     * <p><code>var/www/html/</code>
     *
     * <ul> <li>Specify the following file to cache only the index page in the document root of an
     * Apache web server. </ul>
     *
     * <p><code>var/www/html/index.html</code>
     *
     * <ul> <li>Specify the following to cache only the .html files in the document root of an
     * Apache web server. </ul>
     *
     * <p><code>var/www/html/*.html</code>
     *
     * <ul> <li>Specify the following to cache only the .jpg, .png, and .gif files in the images
     * sub-directory of the document root of an Apache web server. </ul>
     *
     * <p><code>var/www/html/images/*.jpg</code>
     *
     * <p><code>var/www/html/images/*.png</code>
     *
     * <p><code>var/www/html/images/*.gif</code>
     *
     * <p>Specify the following to cache all files in the images subdirectory of the document root
     * of an Apache web server.
     *
     * <p><code>var/www/html/images/</code>
     *
     * <p>CloudFormation property {@code Path}.
     */
    public CacheBehaviorPerPath path(String value) {
      return set("Path", Value.of(value));
    }

    /** Sets {@code Path} to this value; see {@link #path(String)}. */
    public CacheBehaviorPerPath path(Value<String> value) {
      return set("Path", value);
    }
  }

  /**
   * <code>CacheSettings</code> is a property of the <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-lightsail-distribution.html">AWS::Lightsail::Distribution</a>
   * resource. It describes the cache settings of an Amazon Lightsail content delivery network (CDN)
   * distribution.
   *
   * <p>These settings apply only to your distribution’s <code>CacheBehaviors</code> that have a
   * <code>Behavior</code> of <code>cache</code> . This includes the
   * <code>DefaultCacheBehavior</code> .
   *
   * <p>Property type {@code AWS::Lightsail::Distribution.CacheSettings}.
   */
  public static final class CacheSettings extends Struct<CacheSettings> {
    private static final Schema SCHEMA = Schema.builder("AWS::Lightsail::Distribution.CacheSettings")
        .constrain("AllowedHTTPMethods", Constraint.of().pattern("\\S"))
        .constrain("CachedHTTPMethods", Constraint.of().pattern("\\S"))
        .constrain("DefaultTTL", Constraint.of().format("int64"))
        .constrain("MaximumTTL", Constraint.of().format("int64"))
        .constrain("MinimumTTL", Constraint.of().format("int64"))
        .build();

    public CacheSettings() {
      super(SCHEMA);
    }

    /**
     * The HTTP methods that are processed and forwarded to the distribution's origin.
     *
     * <p>You can specify the following options:
     *
     * <ul> <li><code>GET,HEAD</code> - The distribution forwards the <code>GET</code> and
     * <code>HEAD</code> methods. <li><code>GET,HEAD,OPTIONS</code> - The distribution forwards the
     * <code>GET</code> , <code>HEAD</code> , and <code>OPTIONS</code> methods.
     * <li><code>GET,HEAD,OPTIONS,PUT,PATCH,POST,DELETE</code> - The distribution forwards the
     * <code>GET</code> , <code>HEAD</code> , <code>OPTIONS</code> , <code>PUT</code> ,
     * <code>PATCH</code> , <code>POST</code> , and <code>DELETE</code> methods. </ul>
     *
     * <p>If you specify <code>GET,HEAD,OPTIONS,PUT,PATCH,POST,DELETE</code> , you might need to
     * restrict access to your distribution's origin so users can't perform operations that you
     * don't want them to. For example, you might not want users to have permission to delete
     * objects from your origin.
     *
     * <p>Pattern: {@code &#92;S}. CloudFormation property {@code AllowedHTTPMethods}.
     */
    public CacheSettings allowedHTTPMethods(String value) {
      return set("AllowedHTTPMethods", Value.of(value));
    }

    /** Sets {@code AllowedHTTPMethods} to this value; see {@link #allowedHTTPMethods(String)}. */
    public CacheSettings allowedHTTPMethods(Value<String> value) {
      return set("AllowedHTTPMethods", value);
    }

    /**
     * The HTTP method responses that are cached by your distribution.
     *
     * <p>You can specify the following options:
     *
     * <ul> <li><code>GET,HEAD</code> - The distribution caches responses to the <code>GET</code>
     * and <code>HEAD</code> methods. <li><code>GET,HEAD,OPTIONS</code> - The distribution caches
     * responses to the <code>GET</code> , <code>HEAD</code> , and <code>OPTIONS</code> methods.
     * </ul>
     *
     * <p>Pattern: {@code &#92;S}. CloudFormation property {@code CachedHTTPMethods}.
     */
    public CacheSettings cachedHTTPMethods(String value) {
      return set("CachedHTTPMethods", Value.of(value));
    }

    /** Sets {@code CachedHTTPMethods} to this value; see {@link #cachedHTTPMethods(String)}. */
    public CacheSettings cachedHTTPMethods(Value<String> value) {
      return set("CachedHTTPMethods", value);
    }

    /**
     * The default amount of time that objects stay in the distribution's cache before the
     * distribution forwards another request to the origin to determine whether the content has been
     * updated.
     *
     * <p>The value specified applies only when the origin does not add HTTP headers such as
     * <code>Cache-Control max-age</code> , <code>Cache-Control s-maxage</code> , and
     * <code>Expires</code> to objects.
     *
     * <p>Format: {@code int64}. CloudFormation property {@code DefaultTTL}.
     */
    public CacheSettings defaultTTL(int value) {
      return set("DefaultTTL", Value.of(value));
    }

    /** Sets {@code DefaultTTL} to this value; see {@link #defaultTTL(int)}. */
    public CacheSettings defaultTTL(Value<Integer> value) {
      return set("DefaultTTL", value);
    }

    /**
     * An object that describes the cookies that are forwarded to the origin. Your content is cached
     * based on the cookies that are forwarded.
     *
     * <p>CloudFormation property {@code ForwardedCookies}.
     */
    public CacheSettings forwardedCookies(Value<CookieObject> value) {
      return set("ForwardedCookies", value);
    }

    /**
     * An object that describes the headers that are forwarded to the origin. Your content is cached
     * based on the headers that are forwarded.
     *
     * <p>CloudFormation property {@code ForwardedHeaders}.
     */
    public CacheSettings forwardedHeaders(Value<HeaderObject> value) {
      return set("ForwardedHeaders", value);
    }

    /**
     * An object that describes the query strings that are forwarded to the origin. Your content is
     * cached based on the query strings that are forwarded.
     *
     * <p>CloudFormation property {@code ForwardedQueryStrings}.
     */
    public CacheSettings forwardedQueryStrings(Value<QueryStringObject> value) {
      return set("ForwardedQueryStrings", value);
    }

    /**
     * The maximum amount of time that objects stay in the distribution's cache before the
     * distribution forwards another request to the origin to determine whether the object has been
     * updated.
     *
     * <p>The value specified applies only when the origin adds HTTP headers such as
     * <code>Cache-Control max-age</code> , <code>Cache-Control s-maxage</code> , and
     * <code>Expires</code> to objects.
     *
     * <p>Format: {@code int64}. CloudFormation property {@code MaximumTTL}.
     */
    public CacheSettings maximumTTL(int value) {
      return set("MaximumTTL", Value.of(value));
    }

    /** Sets {@code MaximumTTL} to this value; see {@link #maximumTTL(int)}. */
    public CacheSettings maximumTTL(Value<Integer> value) {
      return set("MaximumTTL", value);
    }

    /**
     * The minimum amount of time that objects stay in the distribution's cache before the
     * distribution forwards another request to the origin to determine whether the object has been
     * updated.
     *
     * <p>A value of <code>0</code> must be specified for <code>minimumTTL</code> if the
     * distribution is configured to forward all headers to the origin.
     *
     * <p>Format: {@code int64}. CloudFormation property {@code MinimumTTL}.
     */
    public CacheSettings minimumTTL(int value) {
      return set("MinimumTTL", Value.of(value));
    }

    /** Sets {@code MinimumTTL} to this value; see {@link #minimumTTL(int)}. */
    public CacheSettings minimumTTL(Value<Integer> value) {
      return set("MinimumTTL", value);
    }
  }

  /**
   * <code>CookieObject</code> is a property of the <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-lightsail-distribution-cachesettings.html">CacheSettings</a>
   * property. It describes whether an Amazon Lightsail content delivery network (CDN) distribution
   * forwards cookies to the origin and, if so, which ones.
   *
   * <p>For the cookies that you specify, your distribution caches separate versions of the
   * specified content based on the cookie values in viewer requests.
   *
   * <p>Property type {@code AWS::Lightsail::Distribution.CookieObject}.
   */
  public static final class CookieObject extends Struct<CookieObject> {
    private static final Schema SCHEMA = Schema.builder("AWS::Lightsail::Distribution.CookieObject")
        .allowed("Option", "all", "allow-list", "none")
        .build();

    public CookieObject() {
      super(SCHEMA);
    }

    /**
     * The specific cookies to forward to your distribution's origin.
     *
     * <p>CloudFormation property {@code CookiesAllowList}.
     */
    public CookieObject cookiesAllowList(List<String> value) {
      return set("CookiesAllowList", Value.listOf(value));
    }

    /** Sets {@code CookiesAllowList} to this value; see {@link #cookiesAllowList(List)}. */
    public CookieObject cookiesAllowList(Value<List<String>> value) {
      return set("CookiesAllowList", value);
    }

    /**
     * Specifies which cookies to forward to the distribution's origin for a cache behavior.
     *
     * <p>Use one of the following configurations for your distribution:
     *
     * <ul> <li><em><code>all</code></em> - Forwards all cookies to your origin.
     * <li><em><code>none</code></em> - Doesn’t forward cookies to your origin.
     * <li><em><code>allow-list</code></em> - Forwards only the cookies that you specify using the
     * <code>CookiesAllowList</code> parameter. </ul>
     *
     * <p>Allowed values: {@code all}, {@code allow-list}, {@code none}. CloudFormation property
     * {@code Option}.
     */
    public CookieObject option(String value) {
      return set("Option", Value.of(value));
    }

    /** Sets {@code Option} to this value; see {@link #option(String)}. */
    public CookieObject option(Value<String> value) {
      return set("Option", value);
    }
  }

  /**
   * <code>HeaderObject</code> is a property of the <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-lightsail-distribution-cachesettings.html">CacheSettings</a>
   * property. It describes the request headers used by your distribution, which caches your content
   * based on the request headers.
   *
   * <p>For the headers that you specify, your distribution caches separate versions of the
   * specified content based on the header values in viewer requests. For example, suppose that
   * viewer requests for logo.jpg contain a custom product header that has a value of either acme or
   * apex. Also, suppose that you configure your distribution to cache your content based on values
   * in the product header. Your distribution forwards the product header to the origin and caches
   * the response from the origin once for each header value.
   *
   * <p>Property type {@code AWS::Lightsail::Distribution.HeaderObject}.
   */
  public static final class HeaderObject extends Struct<HeaderObject> {
    private static final Schema SCHEMA = Schema.builder("AWS::Lightsail::Distribution.HeaderObject")
        .allowed("Option", "all", "allow-list", "none")
        .build();

    public HeaderObject() {
      super(SCHEMA);
    }

    /**
     * The specific headers to forward to your distribution's origin.
     *
     * <p>CloudFormation property {@code HeadersAllowList}.
     */
    public HeaderObject headersAllowList(List<String> value) {
      return set("HeadersAllowList", Value.listOf(value));
    }

    /** Sets {@code HeadersAllowList} to this value; see {@link #headersAllowList(List)}. */
    public HeaderObject headersAllowList(Value<List<String>> value) {
      return set("HeadersAllowList", value);
    }

    /**
     * The headers that you want your distribution to forward to your origin. Your distribution
     * caches your content based on these headers.
     *
     * <p>Use one of the following configurations for your distribution:
     *
     * <ul> <li><em><code>all</code></em> - Forwards all headers to your origin..
     * <li><em><code>none</code></em> - Forwards only the default headers.
     * <li><em><code>allow-list</code></em> - Forwards only the headers that you specify using the
     * <code>HeadersAllowList</code> parameter. </ul>
     *
     * <p>Allowed values: {@code all}, {@code allow-list}, {@code none}. CloudFormation property
     * {@code Option}.
     */
    public HeaderObject option(String value) {
      return set("Option", Value.of(value));
    }

    /** Sets {@code Option} to this value; see {@link #option(String)}. */
    public HeaderObject option(Value<String> value) {
      return set("Option", value);
    }
  }

  /**
   * <code>InputOrigin</code> is a property of the <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-lightsail-distribution.html">AWS::Lightsail::Distribution</a>
   * resource. It describes the origin resource of an Amazon Lightsail content delivery network
   * (CDN) distribution.
   *
   * <p>An origin can be a instance, bucket, or load balancer. A distribution pulls content from an
   * origin, caches it, and serves it to viewers through a worldwide network of edge servers.
   *
   * <p>Property type {@code AWS::Lightsail::Distribution.InputOrigin}.
   */
  public static final class InputOrigin extends Struct<InputOrigin> {
    private static final Schema SCHEMA = Schema.builder("AWS::Lightsail::Distribution.InputOrigin")
        .constrain("Name", Constraint.of().pattern("^\\w[\\w\\-]*\\w$"))
        .allowed("ProtocolPolicy", "http-only", "https-only")
        .allowed("RegionName", "ap-east-1", "ap-northeast-1", "ap-northeast-2", "ap-south-1",
            "ap-southeast-1", "ap-southeast-2", "ap-southeast-3", "ap-southeast-5", "ca-central-1",
            "eu-central-1", "eu-north-1", "eu-south-2", "eu-west-1", "eu-west-2", "eu-west-3",
            "sa-east-1", "us-east-1", "us-east-2", "us-west-1", "us-west-2")
        .build();

    public InputOrigin() {
      super(SCHEMA);
    }

    /**
     * The name of the origin resource.
     *
     * <p>Pattern: {@code ^&#92;w[&#92;w&#92;-]*&#92;w$}. CloudFormation property {@code Name}.
     */
    public InputOrigin name(String value) {
      return set("Name", Value.of(value));
    }

    /** Sets {@code Name} to this value; see {@link #name(String)}. */
    public InputOrigin name(Value<String> value) {
      return set("Name", value);
    }

    /**
     * The protocol that your Amazon Lightsail distribution uses when establishing a connection with
     * your origin to pull content.
     *
     * <p>Allowed values: {@code http-only}, {@code https-only}. CloudFormation property {@code
     * ProtocolPolicy}.
     */
    public InputOrigin protocolPolicy(String value) {
      return set("ProtocolPolicy", Value.of(value));
    }

    /** Sets {@code ProtocolPolicy} to this value; see {@link #protocolPolicy(String)}. */
    public InputOrigin protocolPolicy(Value<String> value) {
      return set("ProtocolPolicy", value);
    }

    /**
     * The AWS Region name of the origin resource.
     *
     * <p>Allowed values: {@code ap-east-1}, {@code ap-northeast-1}, {@code ap-northeast-2}, {@code
     * ap-south-1}, {@code ap-southeast-1}, {@code ap-southeast-2}, {@code ap-southeast-3}, {@code
     * ap-southeast-5}, {@code ca-central-1}, {@code eu-central-1}, {@code eu-north-1}, {@code
     * eu-south-2}, {@code eu-west-1}, {@code eu-west-2}, {@code eu-west-3}, {@code sa-east-1},
     * {@code us-east-1}, {@code us-east-2}, {@code us-west-1}, {@code us-west-2}. CloudFormation
     * property {@code RegionName}.
     */
    public InputOrigin regionName(String value) {
      return set("RegionName", Value.of(value));
    }

    /** Sets {@code RegionName} to this value; see {@link #regionName(String)}. */
    public InputOrigin regionName(Value<String> value) {
      return set("RegionName", value);
    }
  }

  /**
   * <code>QueryStringObject</code> is a property of the <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-lightsail-distribution-cachesettings.html">CacheSettings</a>
   * property. It describes the query string parameters that an Amazon Lightsail content delivery
   * network (CDN) distribution to bases caching on.
   *
   * <p>For the query strings that you specify, your distribution caches separate versions of the
   * specified content based on the query string values in viewer requests.
   *
   * <p>Property type {@code AWS::Lightsail::Distribution.QueryStringObject}.
   */
  public static final class QueryStringObject extends Struct<QueryStringObject> {
    private static final Schema SCHEMA = Schema.of("AWS::Lightsail::Distribution.QueryStringObject");

    public QueryStringObject() {
      super(SCHEMA);
    }

    /**
     * Indicates whether the distribution forwards and caches based on query strings.
     *
     * <p>CloudFormation property {@code Option}.
     */
    public QueryStringObject option(boolean value) {
      return set("Option", Value.of(value));
    }

    /** Sets {@code Option} to this value; see {@link #option(boolean)}. */
    public QueryStringObject option(Value<Boolean> value) {
      return set("Option", value);
    }

    /**
     * The specific query strings that the distribution forwards to the origin.
     *
     * <p>Your distribution caches content based on the specified query strings.
     *
     * <p>If the <code>option</code> parameter is true, then your distribution forwards all query
     * strings, regardless of what you specify using the <code>QueryStringsAllowList</code>
     * parameter.
     *
     * <p>CloudFormation property {@code QueryStringsAllowList}.
     */
    public QueryStringObject queryStringsAllowList(List<String> value) {
      return set("QueryStringsAllowList", Value.listOf(value));
    }

    /**
     * Sets {@code QueryStringsAllowList} to this value; see {@link #queryStringsAllowList(List)}.
     */
    public QueryStringObject queryStringsAllowList(Value<List<String>> value) {
      return set("QueryStringsAllowList", value);
    }
  }
}
