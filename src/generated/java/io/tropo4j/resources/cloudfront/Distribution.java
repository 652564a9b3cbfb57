// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.cloudfront;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import io.tropo4j.resources.apigateway.DomainName;
import io.tropo4j.resources.elasticloadbalancingv2.LoadBalancer;
import io.tropo4j.resources.lambda.Version;
import io.tropo4j.resources.s3.Bucket;
import io.tropo4j.resources.wafv2.WebACL;
import java.util.List;

/**
 * A distribution tells CloudFront where you want content to be delivered from, and the details
 * about how to track and manage content delivery.
 *
 * <p>CloudFormation type {@code AWS::CloudFront::Distribution}.
 */
public final class Distribution extends Resource<Distribution> {
  private static final Schema SCHEMA = Schema.builder("AWS::CloudFront::Distribution")
      .required("DistributionConfig")
      .refYields("Id")
      .attributes("DomainName", "Id")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public Distribution(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The distribution's configuration.
   *
   * <p>Required. CloudFormation property {@code DistributionConfig}.
   */
  public Distribution distributionConfig(Value<DistributionConfig> value) {
    return set("DistributionConfig", value);
  }

  /**
   * A complex type that contains zero or more <code>Tag</code> elements.
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
   * The domain name of the resource, such as <code>d111111abcdef8.cloudfront.net</code> .
   *
   * <p>{@code Fn::GetAtt} attribute {@code DomainName}.
   */
  public Value<String> domainName() {
    return getAtt("DomainName");
  }

  /**
   * The distribution's identifier. For example: <code>E1U5RQF7T870K0</code> .
   *
   * <p>{@code Fn::GetAtt} attribute {@code Id}.
   */
  public Value<String> id() {
    return getAtt("Id");
  }

  /**
   * A complex type that describes how CloudFront processes requests.
   *
   * <p>You must create at least as many cache behaviors (including the default cache behavior) as
   * you have origins if you want CloudFront to serve objects from all of the origins. Each cache
   * behavior specifies the one origin from which you want CloudFront to get objects. If you have
   * two origins and only the default cache behavior, the default cache behavior will cause
   * CloudFront to get objects from one of the origins, but the other origin is never used.
   *
   * <p>For the current quota (formerly known as limit) on the number of cache behaviors that you
   * can add to a distribution, see <a
   * href="https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/cloudfront-limits.html">Quotas</a>
   * in the <em>Amazon CloudFront Developer Guide</em> .
   *
   * <p>If you don't want to specify any cache behaviors, include only an empty
   * <code>CacheBehaviors</code> element. Don't specify an empty individual
   * <code>CacheBehavior</code> element, because this is invalid. For more information, see <a
   * href="https://docs.aws.amazon.com/cloudfront/latest/APIReference/API_CacheBehaviors.html">CacheBehaviors</a>
   * .
   *
   * <p>To delete all cache behaviors in an existing distribution, update the distribution
   * configuration and include only an empty <code>CacheBehaviors</code> element.
   *
   * <p>To add, change, or remove one or more cache behaviors, update the distribution configuration
   * and specify all of the cache behaviors that you want to include in the updated distribution.
   *
   * <p>If your minimum TTL is greater than 0, CloudFront will cache content for at least the
   * duration specified in the cache policy's minimum TTL, even if the <code>Cache-Control:
   * no-cache</code> , <code>no-store</code> , or <code>private</code> directives are present in the
   * origin headers.
   *
   * <p>For more information about cache behaviors, see <a
   * href="https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/distribution-web-values-specify.html#DownloadDistValuesCacheBehavior">Cache
   * Behavior Settings</a> in the <em>Amazon CloudFront Developer Guide</em> .
   *
   * <p>Property type {@code AWS::CloudFront::Distribution.CacheBehavior}.
   */
  public static final class CacheBehavior extends Struct<CacheBehavior> {
    private static final Schema SCHEMA = Schema.builder("AWS::CloudFront::Distribution.CacheBehavior")
        .required("PathPattern", "TargetOriginId", "ViewerProtocolPolicy")
        .references("CachePolicyId", "AWS::CloudFront::CachePolicy.Ref")
        .references("OriginRequestPolicyId", "AWS::CloudFront::OriginRequestPolicy.Ref")
        .references("ResponseHeadersPolicyId", "AWS::CloudFront::ResponseHeadersPolicy.Ref")
        .references("TrustedKeyGroups", "AWS::CloudFront::KeyGroup.Ref")
        .build();

    public CacheBehavior() {
      super(SCHEMA);
    }

    /**
     * A complex type that controls which HTTP methods CloudFront processes and forwards to your
     * Amazon S3 bucket or your custom origin. There are three choices:
     *
     * <ul> <li>CloudFront forwards only <code>GET</code> and <code>HEAD</code> requests.
     * <li>CloudFront forwards only <code>GET</code> , <code>HEAD</code> , and <code>OPTIONS</code>
     * requests. <li>CloudFront forwards <code>GET, HEAD, OPTIONS, PUT, PATCH, POST</code> , and
     * <code>DELETE</code> requests. </ul>
     *
     * <p>If you pick the third choice, you may need to restrict access to your Amazon S3 bucket or
     * to your custom origin so users can't perform operations that you don't want them to. For
     * example, you might not want users to have permissions to delete objects from your origin.
     *
     * <p>CloudFormation property {@code AllowedMethods}.
     */
    public CacheBehavior allowedMethods(List<String> value) {
      return set("AllowedMethods", Value.listOf(value));
    }

    /** Sets {@code AllowedMethods} to this value; see {@link #allowedMethods(List)}. */
    public CacheBehavior allowedMethods(Value<List<String>> value) {
      return set("AllowedMethods", value);
    }

    /**
     * The unique identifier of the cache policy that is attached to this cache behavior. For more
     * information, see <a
     * href="https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/controlling-the-cache-key.html#cache-key-create-cache-policy">Creating
     * cache policies</a> or <a
     * href="https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/using-managed-cache-policies.html">Using
     * the managed cache policies</a> in the <em>Amazon CloudFront Developer Guide</em> .
     *
     * <p>A <code>CacheBehavior</code> must include either a <code>CachePolicyId</code> or
     * <code>ForwardedValues</code> . We recommend that you use a <code>CachePolicyId</code> .
     *
     * <p>CloudFormation property {@code CachePolicyId}.
     */
    public CacheBehavior cachePolicyId(String value) {
      return set("CachePolicyId", Value.of(value));
    }

    /** Sets {@code CachePolicyId} to this value; see {@link #cachePolicyId(String)}. */
    public CacheBehavior cachePolicyId(Value<String> value) {
      return set("CachePolicyId", value);
    }

    /**
     * Sets {@code CachePolicyId} to the Ref of {@code AWS::CloudFront::CachePolicy}; see {@link
     * #cachePolicyId(String)}.
     */
    public CacheBehavior cachePolicyId(CachePolicy resource) {
      return set("CachePolicyId", resource.ref());
    }

    /**
     * A complex type that controls whether CloudFront caches the response to requests using the
     * specified HTTP methods. There are two choices:
     *
     * <ul> <li>CloudFront caches responses to <code>GET</code> and <code>HEAD</code> requests.
     * <li>CloudFront caches responses to <code>GET</code> , <code>HEAD</code> , and
     * <code>OPTIONS</code> requests. </ul>
     *
     * <p>If you pick the second choice for your Amazon S3 Origin, you may need to forward
     * Access-Control-Request-Method, Access-Control-Request-Headers, and Origin headers for the
     * responses to be cached correctly.
     *
     * <p>CloudFormation property {@code CachedMethods}.
     */
    public CacheBehavior cachedMethods(List<String> value) {
      return set("CachedMethods", Value.listOf(value));
    }

    /** Sets {@code CachedMethods} to this value; see {@link #cachedMethods(List)}. */
    public CacheBehavior cachedMethods(Value<List<String>> value) {
      return set("CachedMethods", value);
    }

    /**
     * Whether you want CloudFront to automatically compress certain files for this cache behavior.
     * If so, specify true; if not, specify false. For more information, see <a
     * href="https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/ServingCompressedFiles.html">Serving
     * Compressed Files</a> in the <em>Amazon CloudFront Developer Guide</em> .
     *
     * <p>Default: {@code false}. CloudFormation property {@code Compress}.
     */
    public CacheBehavior compress(boolean value) {
      return set("Compress", Value.of(value));
    }

    /** Sets {@code Compress} to this value; see {@link #compress(boolean)}. */
    public CacheBehavior compress(Value<Boolean> value) {
      return set("Compress", value);
    }

    /**
     * This field only supports standard distributions. You can't specify this field for
     * multi-tenant distributions. For more information, see <a
     * href="https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/distribution-config-options.html#unsupported-saas">Unsupported
     * features for SaaS Manager for Amazon CloudFront</a> in the <em>Amazon CloudFront Developer
     * Guide</em> .
     *
     * <p>This field is deprecated. We recommend that you use the <code>DefaultTTL</code> field in a
     * cache policy instead of this field. For more information, see <a
     * href="https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/controlling-the-cache-key.html#cache-key-create-cache-policy">Creating
     * cache policies</a> or <a
     * href="https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/using-managed-cache-policies.html">Using
     * the managed cache policies</a> in the <em>Amazon CloudFront Developer Guide</em> .
     *
     * <p>The default amount of time that you want objects to stay in CloudFront caches before
     * CloudFront forwards another request to your origin to determine whether the object has been
     * updated. The value that you specify applies only when your origin does not add HTTP headers
     * such as <code>Cache-Control max-age</code> , <code>Cache-Control s-maxage</code> , and
     * <code>Expires</code> to objects. For more information, see <a
     * href="https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/Expiration.html">Managing
     * How Long Content Stays in an Edge Cache (Expiration)</a> in the <em>Amazon CloudFront
     * Developer Guide</em> .
     *
     * <p>Default: {@code 86400}. CloudFormation property {@code DefaultTTL}.
     */
    public CacheBehavior defaultTTL(double value) {
      return set("DefaultTTL", Value.of(value));
    }

    /** Sets {@code DefaultTTL} to this value; see {@link #defaultTTL(double)}. */
    public CacheBehavior defaultTTL(Value<Double> value) {
      return set("DefaultTTL", value);
    }

    /**
     * The value of <code>ID</code> for the field-level encryption configuration that you want
     * CloudFront to use for encrypting specific fields of data for this cache behavior.
     *
     * <p>Default: {@code ""}. CloudFormation property {@code FieldLevelEncryptionId}.
     */
    public CacheBehavior fieldLevelEncryptionId(String value) {
      return set("FieldLevelEncryptionId", Value.of(value));
    }

    /**
     * Sets {@code FieldLevelEncryptionId} to this value; see {@link
     * #fieldLevelEncryptionId(String)}.
     */
    public CacheBehavior fieldLevelEncryptionId(Value<String> value) {
      return set("FieldLevelEncryptionId", value);
    }

    /**
     * This field is deprecated. We recommend that you use a cache policy or an origin request
     * policy instead of this field. For more information, see <a
     * href="https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/working-with-policies.html">Working
     * with policies</a> in the <em>Amazon CloudFront Developer Guide</em> .
     *
     * <p>If you want to include values in the cache key, use a cache policy. For more information,
     * see <a
     * href="https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/controlling-the-cache-key.html#cache-key-create-cache-policy">Creating
     * cache policies</a> or <a
     * href="https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/using-managed-cache-policies.html">Using
     * the managed cache policies</a> in the <em>Amazon CloudFront Developer Guide</em> .
     *
     * <p>If you want to send values to the origin but not include them in the cache key, use an
     * origin request policy. For more information, see <a
     * href="https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/controlling-origin-requests.html#origin-request-create-origin-request-policy">Creating
     * origin request policies</a> or <a
     * href="https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/using-managed-origin-request-policies.html">Using
     * the managed origin request policies</a> in the <em>Amazon CloudFront Developer Guide</em> .
     *
     * <p>A <code>CacheBehavior</code> must include either a <code>CachePolicyId</code> or
     * <code>ForwardedValues</code> . We recommend that you use a <code>CachePolicyId</code> .
     *
     * <p>A complex type that specifies how CloudFront handles query strings, cookies, and HTTP
     * headers.
     *
     * <p>CloudFormation property {@code ForwardedValues}.
     */
    public CacheBehavior forwardedValues(Value<ForwardedValues> value) {
      return set("ForwardedValues", value);
    }

    /**
     * A list of CloudFront functions that are associated with this cache behavior. CloudFront
     * functions must be published to the <code>LIVE</code> stage to associate them with a cache
     * behavior.
     *
     * <p>CloudFormation property {@code FunctionAssociations}.
     */
    public CacheBehavior functionAssociations(List<FunctionAssociation> value) {
      return set("FunctionAssociations", Value.listOf(value));
    }

    /** Sets {@code FunctionAssociations} to this value; see {@link #functionAssociations(List)}. */
    public CacheBehavior functionAssociations(Value<List<FunctionAssociation>> value) {
      return set("FunctionAssociations", value);
    }

    /**
     * Sets {@code FunctionAssociations} to a list of these; see {@link
     * #functionAssociations(List)}.
     */
    public CacheBehavior functionAssociations(FunctionAssociation... values) {
      return set("FunctionAssociations", Value.list(values));
    }

    /**
     * The gRPC configuration for your cache behavior.
     *
     * <p>CloudFormation property {@code GrpcConfig}.
     */
    public CacheBehavior grpcConfig(Value<GrpcConfig> value) {
      return set("GrpcConfig", value);
    }

    /**
     * A complex type that contains zero or more Lambda&#64;Edge function associations for a cache
     * behavior.
     *
     * <p>CloudFormation property {@code LambdaFunctionAssociations}.
     */
    public CacheBehavior lambdaFunctionAssociations(List<LambdaFunctionAssociation> value) {
      return set("LambdaFunctionAssociations", Value.listOf(value));
    }

    /**
     * Sets {@code LambdaFunctionAssociations} to this value; see {@link
     * #lambdaFunctionAssociations(List)}.
     */
    public CacheBehavior lambdaFunctionAssociations(Value<List<LambdaFunctionAssociation>> value) {
      return set("LambdaFunctionAssociations", value);
    }

    /**
     * Sets {@code LambdaFunctionAssociations} to a list of these; see {@link
     * #lambdaFunctionAssociations(List)}.
     */
    public CacheBehavior lambdaFunctionAssociations(LambdaFunctionAssociation... values) {
      return set("LambdaFunctionAssociations", Value.list(values));
    }

    /**
     * This field only supports standard distributions. You can't specify this field for
     * multi-tenant distributions. For more information, see <a
     * href="https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/distribution-config-options.html#unsupported-saas">Unsupported
     * features for SaaS Manager for Amazon CloudFront</a> in the <em>Amazon CloudFront Developer
     * Guide</em> .
     *
     * <p>This field is deprecated. We recommend that you use the <code>MaxTTL</code> field in a
     * cache policy instead of this field. For more information, see <a
     * href="https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/controlling-the-cache-key.html#cache-key-create-cache-policy">Creating
     * cache policies</a> or <a
     * href="https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/using-managed-cache-policies.html">Using
     * the managed cache policies</a> in the <em>Amazon CloudFront Developer Guide</em> .
     *
     * <p>The maximum amount of time that you want objects to stay in CloudFront caches before
     * CloudFront forwards another request to your origin to determine whether the object has been
     * updated. The value that you specify applies only when your origin adds HTTP headers such as
     * <code>Cache-Control max-age</code> , <code>Cache-Control s-maxage</code> , and
     * <code>Expires</code> to objects. For more information, see <a
     * href="https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/Expiration.html">Managing
     * How Long Content Stays in an Edge Cache (Expiration)</a> in the <em>Amazon CloudFront
     * Developer Guide</em> .
     *
     * <p>Default: {@code 31536000}. CloudFormation property {@code MaxTTL}.
     */
    public CacheBehavior maxTTL(double value) {
      return set("MaxTTL", Value.of(value));
    }

    /** Sets {@code MaxTTL} to this value; see {@link #maxTTL(double)}. */
    public CacheBehavior maxTTL(Value<Double> value) {
      return set("MaxTTL", value);
    }

    /**
     * This field only supports standard distributions. You can't specify this field for
     * multi-tenant distributions. For more information, see <a
     * href="https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/distribution-config-options.html#unsupported-saas">Unsupported
     * features for SaaS Manager for Amazon CloudFront</a> in the <em>Amazon CloudFront Developer
     * Guide</em> .
     *
     * <p>This field is deprecated. We recommend that you use the <code>MinTTL</code> field in a
     * cache policy instead of this field. For more information, see <a
     * href="https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/controlling-the-cache-key.html#cache-key-create-cache-policy">Creating
     * cache policies</a> or <a
     * href="https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/using-managed-cache-policies.html">Using
     * the managed cache policies</a> in the <em>Amazon CloudFront Developer Guide</em> .
     *
     * <p>The minimum amount of time that you want objects to stay in CloudFront caches before
     * CloudFront forwards another request to your origin to determine whether the object has been
     * updated. For more information, see <a
     * href="https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/Expiration.html">Managing
     * How Long Content Stays in an Edge Cache (Expiration)</a> in the <em>Amazon CloudFront
     * Developer Guide</em> .
     *
     * <p>You must specify <code>0</code> for <code>MinTTL</code> if you configure CloudFront to
     * forward all headers to your origin (under <code>Headers</code> , if you specify
     * <code>1</code> for <code>Quantity</code> and <code>*</code> for <code>Name</code> ).
     *
     * <p>Default: {@code 0}. CloudFormation property {@code MinTTL}.
     */
    public CacheBehavior minTTL(double value) {
      return set("MinTTL", Value.of(value));
    }

    /** Sets {@code MinTTL} to this value; see {@link #minTTL(double)}. */
    public CacheBehavior minTTL(Value<Double> value) {
      return set("MinTTL", value);
    }

    /**
     * The unique identifier of the origin request policy that is attached to this cache behavior.
     * For more information, see <a
     * href="https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/controlling-origin-requests.html#origin-request-create-origin-request-policy">Creating
     * origin request policies</a> or <a
     * href="https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/using-managed-origin-request-policies.html">Using
     * the managed origin request policies</a> in the <em>Amazon CloudFront Developer Guide</em> .
     *
     * <p>CloudFormation property {@code OriginRequestPolicyId}.
     */
    public CacheBehavior originRequestPolicyId(String value) {
      return set("OriginRequestPolicyId", Value.of(value));
    }

    /**
     * Sets {@code OriginRequestPolicyId} to this value; see {@link #originRequestPolicyId(String)}.
     */
    public CacheBehavior originRequestPolicyId(Value<String> value) {
      return set("OriginRequestPolicyId", value);
    }

    /**
     * Sets {@code OriginRequestPolicyId} to the Ref of {@code
     * AWS::CloudFront::OriginRequestPolicy}; see {@link #originRequestPolicyId(String)}.
     */
    public CacheBehavior originRequestPolicyId(OriginRequestPolicy resource) {
      return set("OriginRequestPolicyId", resource.ref());
    }

    /**
     * The pattern (for example, <code>images/*.jpg</code> ) that specifies which requests to apply
     * the behavior to. When CloudFront receives a viewer request, the requested path is compared
     * with path patterns in the order in which cache behaviors are listed in the distribution.
     *
     * <p>You can optionally include a slash ( <code>/</code> ) at the beginning of the path
     * pattern. For example, <code>/images/*.jpg</code> . CloudFront behavior is the same with or
     * without the leading <code>/</code> .
     *
     * <p>The path pattern for the default cache behavior is <code>*</code> and cannot be changed.
     * If the request for an object does not match the path pattern for any cache behaviors,
     * CloudFront applies the behavior in the default cache behavior.
     *
     * <p>For more information, see <a
     * href="https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/distribution-web-values-specify.html#DownloadDistValuesPathPattern">Path
     * Pattern</a> in the <em>Amazon CloudFront Developer Guide</em> .
     *
     * <p>Required. CloudFormation property {@code PathPattern}.
     */
    public CacheBehavior pathPattern(String value) {
      return set("PathPattern", Value.of(value));
    }

    /** Sets {@code PathPattern} to this value; see {@link #pathPattern(String)}. */
    public CacheBehavior pathPattern(Value<String> value) {
      return set("PathPattern", value);
    }

    /**
     * The Amazon Resource Name (ARN) of the real-time log configuration that is attached to this
     * cache behavior. For more information, see <a
     * href="https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/real-time-logs.html">Real-time
     * logs</a> in the <em>Amazon CloudFront Developer Guide</em> .
     *
     * <p>CloudFormation property {@code RealtimeLogConfigArn}.
     */
    public CacheBehavior realtimeLogConfigArn(String value) {
      return set("RealtimeLogConfigArn", Value.of(value));
    }

    /**
     * Sets {@code RealtimeLogConfigArn} to this value; see {@link #realtimeLogConfigArn(String)}.
     */
    public CacheBehavior realtimeLogConfigArn(Value<String> value) {
      return set("RealtimeLogConfigArn", value);
    }

    /**
     * The identifier for a response headers policy.
     *
     * <p>CloudFormation property {@code ResponseHeadersPolicyId}.
     */
    public CacheBehavior responseHeadersPolicyId(String value) {
      return set("ResponseHeadersPolicyId", Value.of(value));
    }

    /**
     * Sets {@code ResponseHeadersPolicyId} to this value; see {@link
     * #responseHeadersPolicyId(String)}.
     */
    public CacheBehavior responseHeadersPolicyId(Value<String> value) {
      return set("ResponseHeadersPolicyId", value);
    }

    /**
     * Sets {@code ResponseHeadersPolicyId} to the Ref of {@code
     * AWS::CloudFront::ResponseHeadersPolicy}; see {@link #responseHeadersPolicyId(String)}.
     */
    public CacheBehavior responseHeadersPolicyId(ResponseHeadersPolicy resource) {
      return set("ResponseHeadersPolicyId", resource.ref());
    }

    /**
     * This field only supports standard distributions. You can't specify this field for
     * multi-tenant distributions. For more information, see <a
     * href="https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/distribution-config-options.html#unsupported-saas">Unsupported
     * features for SaaS Manager for Amazon CloudFront</a> in the <em>Amazon CloudFront Developer
     * Guide</em> .
     *
     * <p>Indicates whether you want to distribute media files in the Microsoft Smooth Streaming
     * format using the origin that is associated with this cache behavior. If so, specify
     * <code>true</code> ; if not, specify <code>false</code> . If you specify <code>true</code> for
     * <code>SmoothStreaming</code> , you can still distribute other content using this cache
     * behavior if the content matches the value of <code>PathPattern</code> .
     *
     * <p>Default: {@code false}. CloudFormation property {@code SmoothStreaming}.
     */
    public CacheBehavior smoothStreaming(boolean value) {
      return set("SmoothStreaming", Value.of(value));
    }

    /** Sets {@code SmoothStreaming} to this value; see {@link #smoothStreaming(boolean)}. */
    public CacheBehavior smoothStreaming(Value<Boolean> value) {
      return set("SmoothStreaming", value);
    }

    /**
     * The value of <code>ID</code> for the origin that you want CloudFront to route requests to
     * when they match this cache behavior.
     *
     * <p>Required. CloudFormation property {@code TargetOriginId}.
     */
    public CacheBehavior targetOriginId(String value) {
      return set("TargetOriginId", Value.of(value));
    }

    /** Sets {@code TargetOriginId} to this value; see {@link #targetOriginId(String)}. */
    public CacheBehavior targetOriginId(Value<String> value) {
      return set("TargetOriginId", value);
    }

    /**
     * A list of key groups that CloudFront can use to validate signed URLs or signed cookies.
     *
     * <p>When a cache behavior contains trusted key groups, CloudFront requires signed URLs or
     * signed cookies for all requests that match the cache behavior. The URLs or cookies must be
     * signed with a private key whose corresponding public key is in the key group. The signed URL
     * or cookie contains information about which public key CloudFront should use to verify the
     * signature. For more information, see <a
     * href="https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/PrivateContent.html">Serving
     * private content</a> in the <em>Amazon CloudFront Developer Guide</em> .
     *
     * <p>CloudFormation property {@code TrustedKeyGroups}.
     */
    public CacheBehavior trustedKeyGroups(List<String> value) {
      return set("TrustedKeyGroups", Value.listOf(value));
    }

    /** Sets {@code TrustedKeyGroups} to this value; see {@link #trustedKeyGroups(List)}. */
    public CacheBehavior trustedKeyGroups(Value<List<String>> value) {
      return set("TrustedKeyGroups", value);
    }

    /**
     * Sets {@code TrustedKeyGroups} to the Ref of each {@code AWS::CloudFront::KeyGroup}; see
     * {@link #trustedKeyGroups(List)}.
     */
    public CacheBehavior trustedKeyGroups(KeyGroup... resources) {
      return set("TrustedKeyGroups", Value.refs(resources));
    }

    /**
     * We recommend using <code>TrustedKeyGroups</code> instead of <code>TrustedSigners</code> .
     * &gt; This field only supports standard distributions. You can't specify this field for
     * multi-tenant distributions. For more information, see <a
     * href="https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/distribution-config-options.html#unsupported-saas">Unsupported
     * features for SaaS Manager for Amazon CloudFront</a> in the <em>Amazon CloudFront Developer
     * Guide</em> .
     *
     * <p>A list of AWS account IDs whose public keys CloudFront can use to validate signed URLs or
     * signed cookies.
     *
     * <p>When a cache behavior contains trusted signers, CloudFront requires signed URLs or signed
     * cookies for all requests that match the cache behavior. The URLs or cookies must be signed
     * with the private key of a CloudFront key pair in the trusted signer's AWS account . The
     * signed URL or cookie contains information about which public key CloudFront should use to
     * verify the signature. For more information, see <a
     * href="https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/PrivateContent.html">Serving
     * private content</a> in the <em>Amazon CloudFront Developer Guide</em> .
     *
     * <p>CloudFormation property {@code TrustedSigners}.
     */
    public CacheBehavior trustedSigners(List<String> value) {
      return set("TrustedSigners", Value.listOf(value));
    }

    /** Sets {@code TrustedSigners} to this value; see {@link #trustedSigners(List)}. */
    public CacheBehavior trustedSigners(Value<List<String>> value) {
      return set("TrustedSigners", value);
    }

    /**
     * The protocol that viewers can use to access the files in the origin specified by
     * <code>TargetOriginId</code> when a request matches the path pattern in
     * <code>PathPattern</code> . You can specify the following options:
     *
     * <ul> <li><code>allow-all</code> : Viewers can use HTTP or HTTPS.
     * <li><code>redirect-to-https</code> : If a viewer submits an HTTP request, CloudFront returns
     * an HTTP status code of 301 (Moved Permanently) to the viewer along with the HTTPS URL. The
     * viewer then resubmits the request using the new URL. <li><code>https-only</code> : If a
     * viewer sends an HTTP request, CloudFront returns an HTTP status code of 403 (Forbidden).
     * </ul>
     *
     * <p>For more information about requiring the HTTPS protocol, see <a
     * href="https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/using-https-viewers-to-cloudfront.html">Requiring
     * HTTPS Between Viewers and CloudFront</a> in the <em>Amazon CloudFront Developer Guide</em> .
     *
     * <p>The only way to guarantee that viewers retrieve an object that was fetched from the origin
     * using HTTPS is never to use any other protocol to fetch the object. If you have recently
     * changed from HTTP to HTTPS, we recommend that you clear your objects' cache because cached
     * objects are protocol agnostic. That means that an edge location will return an object from
     * the cache regardless of whether the current request protocol matches the protocol used
     * previously. For more information, see <a
     * href="https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/Expiration.html">Managing
     * Cache Expiration</a> in the <em>Amazon CloudFront Developer Guide</em> .
     *
     * <p>Required. CloudFormation property {@code ViewerProtocolPolicy}.
     */
    public CacheBehavior viewerProtocolPolicy(String value) {
      return set("ViewerProtocolPolicy", Value.of(value));
    }

    /**
     * Sets {@code ViewerProtocolPolicy} to this value; see {@link #viewerProtocolPolicy(String)}.
     */
    public CacheBehavior viewerProtocolPolicy(Value<String> value) {
      return set("ViewerProtocolPolicy", value);
    }
  }

  /**
   * A complex type that specifies the HTTP header name from which CloudFront extracts cache tags
   * from origin responses. When you add <code>CacheTagConfig</code> to a distribution, CloudFront
   * reads the specified header from origin responses, parses the comma-separated tag values, and
   * stores them with the cached object. You can then invalidate cached objects by tag using the
   * <code>CreateInvalidation</code> API.
   *
   * <p>Property type {@code AWS::CloudFront::Distribution.CacheTagConfig}.
   */
  public static final class CacheTagConfig extends Struct<CacheTagConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::CloudFront::Distribution.CacheTagConfig")
        .required("HeaderName")
        .build();

    public CacheTagConfig() {
      super(SCHEMA);
    }

    /**
     * The name of the HTTP header that your origin includes in responses. CloudFront uses this
     * header to extract cache tags. The header value must contain comma-separated tag values (for
     * example, <code>product:electronics, category:tv, brand:example</code>).
     *
     * <p>Required. CloudFormation property {@code HeaderName}.
     */
    public CacheTagConfig headerName(String value) {
      return set("HeaderName", Value.of(value));
    }

    /** Sets {@code HeaderName} to this value; see {@link #headerName(String)}. */
    public CacheTagConfig headerName(Value<String> value) {
      return set("HeaderName", value);
    }
  }

  /**
   * A connection function association.
   *
   * <p>Property type {@code AWS::CloudFront::Distribution.ConnectionFunctionAssociation}.
   */
  public static final class ConnectionFunctionAssociation extends Struct<ConnectionFunctionAssociation> {
    private static final Schema SCHEMA = Schema.builder("AWS::CloudFront::Distribution.ConnectionFunctionAssociation")
        .required("Id")
        .constrain("Id", Constraint.of().minLength(1).maxLength(64))
        .build();

    public ConnectionFunctionAssociation() {
      super(SCHEMA);
    }

    /**
     * The association's ID.
     *
     * <p>Required. Length: 1 to 64 characters. CloudFormation property {@code Id}.
     */
    public ConnectionFunctionAssociation id(String value) {
      return set("Id", Value.of(value));
    }

    /** Sets {@code Id} to this value; see {@link #id(String)}. */
    public ConnectionFunctionAssociation id(Value<String> value) {
      return set("Id", value);
    }
  }

  /**
   * This field is deprecated. We recommend that you use a cache policy or an origin request policy
   * instead of this field.
   *
   * <p>If you want to include cookies in the cache key, use a cache policy. For more information,
   * see <a
   * href="https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/controlling-the-cache-key.html#cache-key-create-cache-policy">Creating
   * cache policies</a> in the <em>Amazon CloudFront Developer Guide</em> .
   *
   * <p>If you want to send cookies to the origin but not include them in the cache key, use an
   * origin request policy. For more information, see <a
   * href="https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/controlling-origin-requests.html#origin-request-create-origin-request-policy">Creating
   * origin request policies</a> in the <em>Amazon CloudFront Developer Guide</em> .
   *
   * <p>A complex type that specifies whether you want CloudFront to forward cookies to the origin
   * and, if so, which ones. For more information about forwarding cookies to the origin, see <a
   * href="https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/Cookies.html">How
   * CloudFront Forwards, Caches, and Logs Cookies</a> in the <em>Amazon CloudFront Developer
   * Guide</em> .
   *
   * <p>Property type {@code AWS::CloudFront::Distribution.Cookies}.
   */
  public static final class Cookies extends Struct<Cookies> {
    private static final Schema SCHEMA = Schema.builder("AWS::CloudFront::Distribution.Cookies")
        .required("Forward")
        .build();

    public Cookies() {
      super(SCHEMA);
    }

    /**
     * This field is deprecated. We recommend that you use a cache policy or an origin request
     * policy instead of this field.
     *
     * <p>If you want to include cookies in the cache key, use a cache policy. For more information,
     * see <a
     * href="https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/controlling-the-cache-key.html#cache-key-create-cache-policy">Creating
     * cache policies</a> in the <em>Amazon CloudFront Developer Guide</em> .
     *
     * <p>If you want to send cookies to the origin but not include them in the cache key, use
     * origin request policy. For more information, see <a
     * href="https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/controlling-origin-requests.html#origin-request-create-origin-request-policy">Creating
     * origin request policies</a> in the <em>Amazon CloudFront Developer Guide</em> .
     *
     * <p>Specifies which cookies to forward to the origin for this cache behavior: all, none, or
     * the list of cookies specified in the <code>WhitelistedNames</code> complex type.
     *
     * <p>Amazon S3 doesn't process cookies. When the cache behavior is forwarding requests to an
     * Amazon S3 origin, specify none for the <code>Forward</code> element.
     *
     * <p>Required. CloudFormation property {@code Forward}.
     */
    public Cookies forward(String value) {
      return set("Forward", Value.of(value));
    }

    /** Sets {@code Forward} to this value; see {@link #forward(String)}. */
    public Cookies forward(Value<String> value) {
      return set("Forward", value);
    }

    /**
     * This field is deprecated. We recommend that you use a cache policy or an origin request
     * policy instead of this field.
     *
     * <p>If you want to include cookies in the cache key, use a cache policy. For more information,
     * see <a
     * href="https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/controlling-the-cache-key.html#cache-key-create-cache-policy">Creating
     * cache policies</a> in the <em>Amazon CloudFront Developer Guide</em> .
     *
     * <p>If you want to send cookies to the origin but not include them in the cache key, use an
     * origin request policy. For more information, see <a
     * href="https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/controlling-origin-requests.html#origin-request-create-origin-request-policy">Creating
     * origin request policies</a> in the <em>Amazon CloudFront Developer Guide</em> .
     *
     * <p>Required if you specify <code>whitelist</code> for the value of <code>Forward</code> . A
     * complex type that specifies how many different cookies you want CloudFront to forward to the
     * origin for this cache behavior and, if you want to forward selected cookies, the names of
     * those cookies.
     *
     * <p>If you specify <code>all</code> or <code>none</code> for the value of <code>Forward</code>
     * , omit <code>WhitelistedNames</code> . If you change the value of <code>Forward</code> from
     * <code>whitelist</code> to <code>all</code> or <code>none</code> and you don't delete the
     * <code>WhitelistedNames</code> element and its child elements, CloudFront deletes them
     * automatically.
     *
     * <p>For the current limit on the number of cookie names that you can whitelist for each cache
     * behavior, see <a
     * href="https://docs.aws.amazon.com/general/latest/gr/xrefaws_service_limits.html#limits_cloudfront">CloudFront
     * Limits</a> in the <em>AWS General Reference</em> .
     *
     * <p>CloudFormation property {@code WhitelistedNames}.
     */
    public Cookies whitelistedNames(List<String> value) {
      return set("WhitelistedNames", Value.listOf(value));
    }

    /** Sets {@code WhitelistedNames} to this value; see {@link #whitelistedNames(List)}. */
    public Cookies whitelistedNames(Value<List<String>> value) {
      return set("WhitelistedNames", value);
    }
  }

  /**
   * A complex type that controls:
   *
   * <ul> <li>Whether CloudFront replaces HTTP status codes in the 4xx and 5xx range with custom
   * error messages before returning the response to the viewer. <li>How long CloudFront caches HTTP
   * status codes in the 4xx and 5xx range. </ul>
   *
   * <p>For more information about custom error pages, see <a
   * href="https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/custom-error-pages.html">Customizing
   * Error Responses</a> in the <em>Amazon CloudFront Developer Guide</em> .
   *
   * <p>Property type {@code AWS::CloudFront::Distribution.CustomErrorResponse}.
   */
  public static final class CustomErrorResponse extends Struct<CustomErrorResponse> {
    private static final Schema SCHEMA = Schema.builder("AWS::CloudFront::Distribution.CustomErrorResponse")
        .required("ErrorCode")
        .allowed("ErrorCode", "400", "403", "404", "405", "414", "416", "500", "501", "502", "503",
            "504")
        .allowed("ResponseCode", "200", "400", "403", "404", "405", "414", "416", "500", "501",
            "502", "503", "504")
        .build();

    public CustomErrorResponse() {
      super(SCHEMA);
    }

    /**
     * The minimum amount of time, in seconds, that you want CloudFront to cache the HTTP status
     * code specified in <code>ErrorCode</code> . When this time period has elapsed, CloudFront
     * queries your origin to see whether the problem that caused the error has been resolved and
     * the requested object is now available.
     *
     * <p>For more information, see <a
     * href="https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/custom-error-pages.html">Customizing
     * Error Responses</a> in the <em>Amazon CloudFront Developer Guide</em> .
     *
     * <p>Default: {@code 300}. CloudFormation property {@code ErrorCachingMinTTL}.
     */
    public CustomErrorResponse errorCachingMinTTL(double value) {
      return set("ErrorCachingMinTTL", Value.of(value));
    }

    /** Sets {@code ErrorCachingMinTTL} to this value; see {@link #errorCachingMinTTL(double)}. */
    public CustomErrorResponse errorCachingMinTTL(Value<Double> value) {
      return set("ErrorCachingMinTTL", value);
    }

    /**
     * The HTTP status code for which you want to specify a custom error page and/or a caching
     * duration.
     *
     * <p>Required. Allowed values: {@code 400}, {@code 403}, {@code 404}, {@code 405}, {@code 414},
     * {@code 416}, {@code 500}, {@code 501}, {@code 502}, {@code 503}, {@code 504}. CloudFormation
     * property {@code ErrorCode}.
     */
    public CustomErrorResponse errorCode(int value) {
      return set("ErrorCode", Value.of(value));
    }

    /** Sets {@code ErrorCode} to this value; see {@link #errorCode(int)}. */
    public CustomErrorResponse errorCode(Value<Integer> value) {
      return set("ErrorCode", value);
    }

    /**
     * The HTTP status code that you want CloudFront to return to the viewer along with the custom
     * error page. There are a variety of reasons that you might want CloudFront to return a status
     * code different from the status code that your origin returned to CloudFront, for example:
     *
     * <ul> <li>Some Internet devices (some firewalls and corporate proxies, for example) intercept
     * HTTP 4xx and 5xx and prevent the response from being returned to the viewer. If you
     * substitute <code>200</code> , the response typically won't be intercepted. <li>If you don't
     * care about distinguishing among different client errors or server errors, you can specify
     * <code>400</code> or <code>500</code> as the <code>ResponseCode</code> for all 4xx or 5xx
     * errors. <li>You might want to return a <code>200</code> status code (OK) and static website
     * so your customers don't know that your website is down. </ul>
     *
     * <p>If you specify a value for <code>ResponseCode</code> , you must also specify a value for
     * <code>ResponsePagePath</code> .
     *
     * <p>Allowed values: {@code 200}, {@code 400}, {@code 403}, {@code 404}, {@code 405}, {@code
     * 414}, {@code 416}, {@code 500}, {@code 501}, {@code 502}, {@code 503}, {@code 504}.
     * CloudFormation property {@code ResponseCode}.
     */
    public CustomErrorResponse responseCode(int value) {
      return set("ResponseCode", Value.of(value));
    }

    /** Sets {@code ResponseCode} to this value; see {@link #responseCode(int)}. */
    public CustomErrorResponse responseCode(Value<Integer> value) {
      return set("ResponseCode", value);
    }

    /**
     * The path to the custom error page that you want CloudFront to return to a viewer when your
     * origin returns the HTTP status code specified by <code>ErrorCode</code> , for example,
     * <code>/4xx-errors/403-forbidden.html</code> . If you want to store your objects and your
     * custom error pages in different locations, your distribution must include a cache behavior
     * for which the following is true:
     *
     * <ul> <li>The value of <code>PathPattern</code> matches the path to your custom error
     * messages. For example, suppose you saved custom error pages for 4xx errors in an Amazon S3
     * bucket in a directory named <code>/4xx-errors</code> . Your distribution must include a cache
     * behavior for which the path pattern routes requests for your custom error pages to that
     * location, for example, <code>/4xx-errors/*</code> . <li>The value of
     * <code>TargetOriginId</code> specifies the value of the <code>ID</code> element for the origin
     * that contains your custom error pages. </ul>
     *
     * <p>If you specify a value for <code>ResponsePagePath</code> , you must also specify a value
     * for <code>ResponseCode</code> .
     *
     * <p>We recommend that you store custom error pages in an Amazon S3 bucket. If you store custom
     * error pages on an HTTP server and the server starts to return 5xx errors, CloudFront can't
     * get the files that you want to return to viewers because the origin server is unavailable.
     *
     * <p>CloudFormation property {@code ResponsePagePath}.
     */
    public CustomErrorResponse responsePagePath(String value) {
      return set("ResponsePagePath", Value.of(value));
    }

    /** Sets {@code ResponsePagePath} to this value; see {@link #responsePagePath(String)}. */
    public CustomErrorResponse responsePagePath(Value<String> value) {
      return set("ResponsePagePath", value);
    }
  }

  /**
   * A custom origin. A custom origin is any origin that is <em>not</em> an Amazon S3 bucket, with
   * one exception. An Amazon S3 bucket that is <a
   * href="https://docs.aws.amazon.com/AmazonS3/latest/dev/WebsiteHosting.html">configured with
   * static website hosting</a> <em>is</em> a custom origin.
   *
   * <p>Property type {@code AWS::CloudFront::Distribution.CustomOriginConfig}.
   */
  public static final class CustomOriginConfig extends Struct<CustomOriginConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::CloudFront::Distribution.CustomOriginConfig")
        .required("OriginProtocolPolicy")
        .allowed("IpAddressType", "ipv4", "ipv6", "dualstack")
        .build();

    public CustomOriginConfig() {
      super(SCHEMA);
    }

    /**
     * The HTTP port that CloudFront uses to connect to the origin. Specify the HTTP port that the
     * origin listens on.
     *
     * <p>Default: {@code 80}. CloudFormation property {@code HTTPPort}.
     */
    public CustomOriginConfig httpPort(int value) {
      return set("HTTPPort", Value.of(value));
    }

    /** Sets {@code HTTPPort} to this value; see {@link #httpPort(int)}. */
    public CustomOriginConfig httpPort(Value<Integer> value) {
      return set("HTTPPort", value);
    }

    /**
     * The HTTPS port that CloudFront uses to connect to the origin. Specify the HTTPS port that the
     * origin listens on.
     *
     * <p>Default: {@code 443}. CloudFormation property {@code HTTPSPort}.
     */
    public CustomOriginConfig httpsPort(int value) {
      return set("HTTPSPort", Value.of(value));
    }

    /** Sets {@code HTTPSPort} to this value; see {@link #httpsPort(int)}. */
    public CustomOriginConfig httpsPort(Value<Integer> value) {
      return set("HTTPSPort", value);
    }

    /**
     * Specifies which IP protocol CloudFront uses when connecting to your origin. If your origin
     * uses both IPv4 and IPv6 protocols, you can choose <code>dualstack</code> to help optimize
     * reliability.
     *
     * <p>Allowed values: {@code ipv4}, {@code ipv6}, {@code dualstack}. CloudFormation property
     * {@code IpAddressType}.
     */
    public CustomOriginConfig ipAddressType(String value) {
      return set("IpAddressType", Value.of(value));
    }

    /** Sets {@code IpAddressType} to this value; see {@link #ipAddressType(String)}. */
    public CustomOriginConfig ipAddressType(Value<String> value) {
      return set("IpAddressType", value);
    }

    /**
     * Specifies how long, in seconds, CloudFront persists its connection to the origin. The minimum
     * timeout is 1 second, the maximum is 120 seconds, and the default (if you don't specify
     * otherwise) is 5 seconds.
     *
     * <p>For more information, see <a
     * href="https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/DownloadDistValuesOrigin.html#DownloadDistValuesOriginKeepaliveTimeout">Keep-alive
     * timeout (custom origins only)</a> in the <em>Amazon CloudFront Developer Guide</em> .
     *
     * <p>Default: {@code 5}. CloudFormation property {@code OriginKeepaliveTimeout}.
     */
    public CustomOriginConfig originKeepaliveTimeout(int value) {
      return set("OriginKeepaliveTimeout", Value.of(value));
    }

    /**
     * Sets {@code OriginKeepaliveTimeout} to this value; see {@link #originKeepaliveTimeout(int)}.
     */
    public CustomOriginConfig originKeepaliveTimeout(Value<Integer> value) {
      return set("OriginKeepaliveTimeout", value);
    }

    /**
     * Configures mutual TLS authentication between CloudFront and your origin server.
     *
     * <p>CloudFormation property {@code OriginMtlsConfig}.
     */
    public CustomOriginConfig originMtlsConfig(Value<OriginMtlsConfig> value) {
      return set("OriginMtlsConfig", value);
    }

    /**
     * Specifies the protocol (HTTP or HTTPS) that CloudFront uses to connect to the origin. Valid
     * values are:
     *
     * <ul> <li><code>http-only</code> – CloudFront always uses HTTP to connect to the origin.
     * <li><code>match-viewer</code> – CloudFront connects to the origin using the same protocol
     * that the viewer used to connect to CloudFront. <li><code>https-only</code> – CloudFront
     * always uses HTTPS to connect to the origin. </ul>
     *
     * <p>Required. CloudFormation property {@code OriginProtocolPolicy}.
     */
    public CustomOriginConfig originProtocolPolicy(String value) {
      return set("OriginProtocolPolicy", Value.of(value));
    }

    /**
     * Sets {@code OriginProtocolPolicy} to this value; see {@link #originProtocolPolicy(String)}.
     */
    public CustomOriginConfig originProtocolPolicy(Value<String> value) {
      return set("OriginProtocolPolicy", value);
    }

    /**
     * Specifies how long, in seconds, CloudFront waits for a response from the origin. This is also
     * known as the <em>origin response timeout</em> . The minimum timeout is 1 second, the maximum
     * is 120 seconds, and the default (if you don't specify otherwise) is 30 seconds.
     *
     * <p>For more information, see <a
     * href="https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/DownloadDistValuesOrigin.html#DownloadDistValuesOriginResponseTimeout">Response
     * timeout</a> in the <em>Amazon CloudFront Developer Guide</em> .
     *
     * <p>Default: {@code 30}. CloudFormation property {@code OriginReadTimeout}.
     */
    public CustomOriginConfig originReadTimeout(int value) {
      return set("OriginReadTimeout", Value.of(value));
    }

    /** Sets {@code OriginReadTimeout} to this value; see {@link #originReadTimeout(int)}. */
    public CustomOriginConfig originReadTimeout(Value<Integer> value) {
      return set("OriginReadTimeout", value);
    }

    /**
     * Specifies the minimum SSL/TLS protocol that CloudFront uses when connecting to your origin
     * over HTTPS. Valid values include <code>SSLv3</code> , <code>TLSv1</code> ,
     * <code>TLSv1.1</code> , and <code>TLSv1.2</code> .
     *
     * <p>For more information, see <a
     * href="https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/DownloadDistValuesOrigin.html#DownloadDistValuesOriginSSLProtocols">Minimum
     * Origin SSL Protocol</a> in the <em>Amazon CloudFront Developer Guide</em> .
     *
     * <p>CloudFormation property {@code OriginSSLProtocols}.
     */
    public CustomOriginConfig originSSLProtocols(List<String> value) {
      return set("OriginSSLProtocols", Value.listOf(value));
    }

    /** Sets {@code OriginSSLProtocols} to this value; see {@link #originSSLProtocols(List)}. */
    public CustomOriginConfig originSSLProtocols(Value<List<String>> value) {
      return set("OriginSSLProtocols", value);
    }
  }

  /**
   * A complex type that describes the default cache behavior if you don't specify a
   * <code>CacheBehavior</code> element or if request URLs don't match any of the values of
   * <code>PathPattern</code> in <code>CacheBehavior</code> elements. You must create exactly one
   * default cache behavior.
   *
   * <p>If your minimum TTL is greater than 0, CloudFront will cache content for at least the
   * duration specified in the cache policy's minimum TTL, even if the <code>Cache-Control:
   * no-cache</code> , <code>no-store</code> , or <code>private</code> directives are present in the
   * origin headers.
   *
   * <p>Property type {@code AWS::CloudFront::Distribution.DefaultCacheBehavior}.
   */
  public static final class DefaultCacheBehavior extends Struct<DefaultCacheBehavior> {
    private static final Schema SCHEMA = Schema.builder("AWS::CloudFront::Distribution.DefaultCacheBehavior")
        .required("TargetOriginId", "ViewerProtocolPolicy")
        .references("CachePolicyId", "AWS::CloudFront::CachePolicy.Ref")
        .references("OriginRequestPolicyId", "AWS::CloudFront::OriginRequestPolicy.Ref")
        .references("RealtimeLogConfigArn", "AWS::CloudFront::RealtimeLogConfig.Ref")
        .references("ResponseHeadersPolicyId", "AWS::CloudFront::ResponseHeadersPolicy.Ref")
        .references("TargetOriginId", "AWS::ElasticLoadBalancingV2::LoadBalancer.Ref")
        .references("TrustedKeyGroups", "AWS::CloudFront::KeyGroup.Ref")
        .allowed("ViewerProtocolPolicy", "allow-all", "https-only", "redirect-to-https")
        .build();

    public DefaultCacheBehavior() {
      super(SCHEMA);
    }

    /**
     * A complex type that controls which HTTP methods CloudFront processes and forwards to your
     * Amazon S3 bucket or your custom origin. There are three choices:
     *
     * <ul> <li>CloudFront forwards only <code>GET</code> and <code>HEAD</code> requests.
     * <li>CloudFront forwards only <code>GET</code> , <code>HEAD</code> , and <code>OPTIONS</code>
     * requests. <li>CloudFront forwards <code>GET, HEAD, OPTIONS, PUT, PATCH, POST</code> , and
     * <code>DELETE</code> requests. </ul>
     *
     * <p>If you pick the third choice, you may need to restrict access to your Amazon S3 bucket or
     * to your custom origin so users can't perform operations that you don't want them to. For
     * example, you might not want users to have permissions to delete objects from your origin.
     *
     * <p>CloudFormation property {@code AllowedMethods}.
     */
    public DefaultCacheBehavior allowedMethods(List<String> value) {
      return set("AllowedMethods", Value.listOf(value));
    }

    /** Sets {@code AllowedMethods} to this value; see {@link #allowedMethods(List)}. */
    public DefaultCacheBehavior allowedMethods(Value<List<String>> value) {
      return set("AllowedMethods", value);
    }

    /**
     * The unique identifier of the cache policy that is attached to the default cache behavior. For
     * more information, see <a
     * href="https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/controlling-the-cache-key.html#cache-key-create-cache-policy">Creating
     * cache policies</a> or <a
     * href="https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/using-managed-cache-policies.html">Using
     * the managed cache policies</a> in the <em>Amazon CloudFront Developer Guide</em> .
     *
     * <p>A <code>DefaultCacheBehavior</code> must include either a <code>CachePolicyId</code> or
     * <code>ForwardedValues</code> . We recommend that you use a <code>CachePolicyId</code> .
     *
     * <p>Default: {@code ""}. CloudFormation property {@code CachePolicyId}.
     */
    public DefaultCacheBehavior cachePolicyId(String value) {
      return set("CachePolicyId", Value.of(value));
    }

    /** Sets {@code CachePolicyId} to this value; see {@link #cachePolicyId(String)}. */
    public DefaultCacheBehavior cachePolicyId(Value<String> value) {
      return set("CachePolicyId", value);
    }

    /**
     * Sets {@code CachePolicyId} to the Ref of {@code AWS::CloudFront::CachePolicy}; see {@link
     * #cachePolicyId(String)}.
     */
    public DefaultCacheBehavior cachePolicyId(CachePolicy resource) {
      return set("CachePolicyId", resource.ref());
    }

    /**
     * A complex type that controls whether CloudFront caches the response to requests using the
     * specified HTTP methods. There are two choices:
     *
     * <ul> <li>CloudFront caches responses to <code>GET</code> and <code>HEAD</code> requests.
     * <li>CloudFront caches responses to <code>GET</code> , <code>HEAD</code> , and
     * <code>OPTIONS</code> requests. </ul>
     *
     * <p>If you pick the second choice for your Amazon S3 Origin, you may need to forward
     * Access-Control-Request-Method, Access-Control-Request-Headers, and Origin headers for the
     * responses to be cached correctly.
     *
     * <p>CloudFormation property {@code CachedMethods}.
     */
    public DefaultCacheBehavior cachedMethods(List<String> value) {
      return set("CachedMethods", Value.listOf(value));
    }

    /** Sets {@code CachedMethods} to this value; see {@link #cachedMethods(List)}. */
    public DefaultCacheBehavior cachedMethods(Value<List<String>> value) {
      return set("CachedMethods", value);
    }

    /**
     * Whether you want CloudFront to automatically compress certain files for this cache behavior.
     * If so, specify <code>true</code> ; if not, specify <code>false</code> . For more information,
     * see <a
     * href="https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/ServingCompressedFiles.html">Serving
     * Compressed Files</a> in the <em>Amazon CloudFront Developer Guide</em> .
     *
     * <p>Default: {@code false}. CloudFormation property {@code Compress}.
     */
    public DefaultCacheBehavior compress(boolean value) {
      return set("Compress", Value.of(value));
    }

    /** Sets {@code Compress} to this value; see {@link #compress(boolean)}. */
    public DefaultCacheBehavior compress(Value<Boolean> value) {
      return set("Compress", value);
    }

    /**
     * This field only supports standard distributions. You can't specify this field for
     * multi-tenant distributions. For more information, see <a
     * href="https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/distribution-config-options.html#unsupported-saas">Unsupported
     * features for SaaS Manager for Amazon CloudFront</a> in the <em>Amazon CloudFront Developer
     * Guide</em> .
     *
     * <p>This field is deprecated. We recommend that you use the <code>DefaultTTL</code> field in a
     * cache policy instead of this field. For more information, see <a
     * href="https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/controlling-the-cache-key.html#cache-key-create-cache-policy">Creating
     * cache policies</a> or <a
     * href="https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/using-managed-cache-policies.html">Using
     * the managed cache policies</a> in the <em>Amazon CloudFront Developer Guide</em> .
     *
     * <p>The default amount of time that you want objects to stay in CloudFront caches before
     * CloudFront forwards another request to your origin to determine whether the object has been
     * updated. The value that you specify applies only when your origin does not add HTTP headers
     * such as <code>Cache-Control max-age</code> , <code>Cache-Control s-maxage</code> , and
     * <code>Expires</code> to objects. For more information, see <a
     * href="https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/Expiration.html">Managing
     * How Long Content Stays in an Edge Cache (Expiration)</a> in the <em>Amazon CloudFront
     * Developer Guide</em> .
     *
     * <p>Default: {@code 86400}. CloudFormation property {@code DefaultTTL}.
     */
    public DefaultCacheBehavior defaultTTL(double value) {
      return set("DefaultTTL", Value.of(value));
    }

    /** Sets {@code DefaultTTL} to this value; see {@link #defaultTTL(double)}. */
    public DefaultCacheBehavior defaultTTL(Value<Double> value) {
      return set("DefaultTTL", value);
    }

    /**
     * The value of <code>ID</code> for the field-level encryption configuration that you want
     * CloudFront to use for encrypting specific fields of data for the default cache behavior.
     *
     * <p>Default: {@code ""}. CloudFormation property {@code FieldLevelEncryptionId}.
     */
    public DefaultCacheBehavior fieldLevelEncryptionId(String value) {
      return set("FieldLevelEncryptionId", Value.of(value));
    }

    /**
     * Sets {@code FieldLevelEncryptionId} to this value; see {@link
     * #fieldLevelEncryptionId(String)}.
     */
    public DefaultCacheBehavior fieldLevelEncryptionId(Value<String> value) {
      return set("FieldLevelEncryptionId", value);
    }

    /**
     * This field is deprecated. We recommend that you use a cache policy or an origin request
     * policy instead of this field. For more information, see <a
     * href="https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/working-with-policies.html">Working
     * with policies</a> in the <em>Amazon CloudFront Developer Guide</em> .
     *
     * <p>If you want to include values in the cache key, use a cache policy. For more information,
     * see <a
     * href="https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/controlling-the-cache-key.html#cache-key-create-cache-policy">Creating
     * cache policies</a> or <a
     * href="https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/using-managed-cache-policies.html">Using
     * the managed cache policies</a> in the <em>Amazon CloudFront Developer Guide</em> .
     *
     * <p>If you want to send values to the origin but not include them in the cache key, use an
     * origin request policy. For more information, see <a
     * href="https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/controlling-origin-requests.html#origin-request-create-origin-request-policy">Creating
     * origin request policies</a> or <a
     * href="https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/using-managed-origin-request-policies.html">Using
     * the managed origin request policies</a> in the <em>Amazon CloudFront Developer Guide</em> .
     *
     * <p>A <code>DefaultCacheBehavior</code> must include either a <code>CachePolicyId</code> or
     * <code>ForwardedValues</code> . We recommend that you use a <code>CachePolicyId</code> .
     *
     * <p>A complex type that specifies how CloudFront handles query strings, cookies, and HTTP
     * headers.
     *
     * <p>CloudFormation property {@code ForwardedValues}.
     */
    public DefaultCacheBehavior forwardedValues(Value<ForwardedValues> value) {
      return set("ForwardedValues", value);
    }

    /**
     * A list of CloudFront functions that are associated with this cache behavior. Your functions
     * must be published to the <code>LIVE</code> stage to associate them with a cache behavior.
     *
     * <p>CloudFormation property {@code FunctionAssociations}.
     */
    public DefaultCacheBehavior functionAssociations(List<FunctionAssociation> value) {
      return set("FunctionAssociations", Value.listOf(value));
    }

    /** Sets {@code FunctionAssociations} to this value; see {@link #functionAssociations(List)}. */
    public DefaultCacheBehavior functionAssociations(Value<List<FunctionAssociation>> value) {
      return set("FunctionAssociations", value);
    }

    /**
     * Sets {@code FunctionAssociations} to a list of these; see {@link
     * #functionAssociations(List)}.
     */
    public DefaultCacheBehavior functionAssociations(FunctionAssociation... values) {
      return set("FunctionAssociations", Value.list(values));
    }

    /**
     * The gRPC configuration for your cache behavior.
     *
     * <p>CloudFormation property {@code GrpcConfig}.
     */
    public DefaultCacheBehavior grpcConfig(Value<GrpcConfig> value) {
      return set("GrpcConfig", value);
    }

    /**
     * A complex type that contains zero or more Lambda&#64;Edge function associations for a cache
     * behavior.
     *
     * <p>CloudFormation property {@code LambdaFunctionAssociations}.
     */
    public DefaultCacheBehavior lambdaFunctionAssociations(List<LambdaFunctionAssociation> value) {
      return set("LambdaFunctionAssociations", Value.listOf(value));
    }

    /**
     * Sets {@code LambdaFunctionAssociations} to this value; see {@link
     * #lambdaFunctionAssociations(List)}.
     */
    public DefaultCacheBehavior lambdaFunctionAssociations(Value<List<LambdaFunctionAssociation>> value) {
      return set("LambdaFunctionAssociations", value);
    }

    /**
     * Sets {@code LambdaFunctionAssociations} to a list of these; see {@link
     * #lambdaFunctionAssociations(List)}.
     */
    public DefaultCacheBehavior lambdaFunctionAssociations(LambdaFunctionAssociation... values) {
      return set("LambdaFunctionAssociations", Value.list(values));
    }

    /**
     * This field only supports standard distributions. You can't specify this field for
     * multi-tenant distributions. For more information, see <a
     * href="https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/distribution-config-options.html#unsupported-saas">Unsupported
     * features for SaaS Manager for Amazon CloudFront</a> in the <em>Amazon CloudFront Developer
     * Guide</em> .
     *
     * <p>This field is deprecated. We recommend that you use the <code>MaxTTL</code> field in a
     * cache policy instead of this field. For more information, see <a
     * href="https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/controlling-the-cache-key.html#cache-key-create-cache-policy">Creating
     * cache policies</a> or <a
     * href="https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/using-managed-cache-policies.html">Using
     * the managed cache policies</a> in the <em>Amazon CloudFront Developer Guide</em> .
     *
     * <p>The maximum amount of time that you want objects to stay in CloudFront caches before
     * CloudFront forwards another request to your origin to determine whether the object has been
     * updated. The value that you specify applies only when your origin adds HTTP headers such as
     * <code>Cache-Control max-age</code> , <code>Cache-Control s-maxage</code> , and
     * <code>Expires</code> to objects. For more information, see <a
     * href="https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/Expiration.html">Managing
     * How Long Content Stays in an Edge Cache (Expiration)</a> in the <em>Amazon CloudFront
     * Developer Guide</em> .
     *
     * <p>Default: {@code 31536000}. CloudFormation property {@code MaxTTL}.
     */
    public DefaultCacheBehavior maxTTL(double value) {
      return set("MaxTTL", Value.of(value));
    }

    /** Sets {@code MaxTTL} to this value; see {@link #maxTTL(double)}. */
    public DefaultCacheBehavior maxTTL(Value<Double> value) {
      return set("MaxTTL", value);
    }

    /**
     * This field only supports standard distributions. You can't specify this field for
     * multi-tenant distributions. For more information, see <a
     * href="https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/distribution-config-options.html#unsupported-saas">Unsupported
     * features for SaaS Manager for Amazon CloudFront</a> in the <em>Amazon CloudFront Developer
     * Guide</em> .
     *
     * <p>This field is deprecated. We recommend that you use the <code>MinTTL</code> field in a
     * cache policy instead of this field. For more information, see <a
     * href="https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/controlling-the-cache-key.html#cache-key-create-cache-policy">Creating
     * cache policies</a> or <a
     * href="https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/using-managed-cache-policies.html">Using
     * the managed cache policies</a> in the <em>Amazon CloudFront Developer Guide</em> .
     *
     * <p>The minimum amount of time that you want objects to stay in CloudFront caches before
     * CloudFront forwards another request to your origin to determine whether the object has been
     * updated. For more information, see <a
     * href="https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/Expiration.html">Managing
     * How Long Content Stays in an Edge Cache (Expiration)</a> in the <em>Amazon CloudFront
     * Developer Guide</em> .
     *
     * <p>You must specify <code>0</code> for <code>MinTTL</code> if you configure CloudFront to
     * forward all headers to your origin (under <code>Headers</code> , if you specify
     * <code>1</code> for <code>Quantity</code> and <code>*</code> for <code>Name</code> ).
     *
     * <p>Default: {@code 0}. CloudFormation property {@code MinTTL}.
     */
    public DefaultCacheBehavior minTTL(double value) {
      return set("MinTTL", Value.of(value));
    }

    /** Sets {@code MinTTL} to this value; see {@link #minTTL(double)}. */
    public DefaultCacheBehavior minTTL(Value<Double> value) {
      return set("MinTTL", value);
    }

    /**
     * The unique identifier of the origin request policy that is attached to the default cache
     * behavior. For more information, see <a
     * href="https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/controlling-origin-requests.html#origin-request-create-origin-request-policy">Creating
     * origin request policies</a> or <a
     * href="https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/using-managed-origin-request-policies.html">Using
     * the managed origin request policies</a> in the <em>Amazon CloudFront Developer Guide</em> .
     *
     * <p>Default: {@code ""}. CloudFormation property {@code OriginRequestPolicyId}.
     */
    public DefaultCacheBehavior originRequestPolicyId(String value) {
      return set("OriginRequestPolicyId", Value.of(value));
    }

    /**
     * Sets {@code OriginRequestPolicyId} to this value; see {@link #originRequestPolicyId(String)}.
     */
    public DefaultCacheBehavior originRequestPolicyId(Value<String> value) {
      return set("OriginRequestPolicyId", value);
    }

    /**
     * Sets {@code OriginRequestPolicyId} to the Ref of {@code
     * AWS::CloudFront::OriginRequestPolicy}; see {@link #originRequestPolicyId(String)}.
     */
    public DefaultCacheBehavior originRequestPolicyId(OriginRequestPolicy resource) {
      return set("OriginRequestPolicyId", resource.ref());
    }

    /**
     * The Amazon Resource Name (ARN) of the real-time log configuration that is attached to this
     * cache behavior. For more information, see <a
     * href="https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/real-time-logs.html">Real-time
     * logs</a> in the <em>Amazon CloudFront Developer Guide</em> .
     *
     * <p>Default: {@code ""}. CloudFormation property {@code RealtimeLogConfigArn}.
     */
    public DefaultCacheBehavior realtimeLogConfigArn(String value) {
      return set("RealtimeLogConfigArn", Value.of(value));
    }

    /**
     * Sets {@code RealtimeLogConfigArn} to this value; see {@link #realtimeLogConfigArn(String)}.
     */
    public DefaultCacheBehavior realtimeLogConfigArn(Value<String> value) {
      return set("RealtimeLogConfigArn", value);
    }

    /**
     * Sets {@code RealtimeLogConfigArn} to the Ref of {@code AWS::CloudFront::RealtimeLogConfig};
     * see {@link #realtimeLogConfigArn(String)}.
     */
    public DefaultCacheBehavior realtimeLogConfigArn(RealtimeLogConfig resource) {
      return set("RealtimeLogConfigArn", resource.ref());
    }

    /**
     * The identifier for a response headers policy.
     *
     * <p>Default: {@code ""}. CloudFormation property {@code ResponseHeadersPolicyId}.
     */
    public DefaultCacheBehavior responseHeadersPolicyId(String value) {
      return set("ResponseHeadersPolicyId", Value.of(value));
    }

    /**
     * Sets {@code ResponseHeadersPolicyId} to this value; see {@link
     * #responseHeadersPolicyId(String)}.
     */
    public DefaultCacheBehavior responseHeadersPolicyId(Value<String> value) {
      return set("ResponseHeadersPolicyId", value);
    }

    /**
     * Sets {@code ResponseHeadersPolicyId} to the Ref of {@code
     * AWS::CloudFront::ResponseHeadersPolicy}; see {@link #responseHeadersPolicyId(String)}.
     */
    public DefaultCacheBehavior responseHeadersPolicyId(ResponseHeadersPolicy resource) {
      return set("ResponseHeadersPolicyId", resource.ref());
    }

    /**
     * This field only supports standard distributions. You can't specify this field for
     * multi-tenant distributions. For more information, see <a
     * href="https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/distribution-config-options.html#unsupported-saas">Unsupported
     * features for SaaS Manager for Amazon CloudFront</a> in the <em>Amazon CloudFront Developer
     * Guide</em> .
     *
     * <p>Indicates whether you want to distribute media files in the Microsoft Smooth Streaming
     * format using the origin that is associated with this cache behavior. If so, specify
     * <code>true</code> ; if not, specify <code>false</code> . If you specify <code>true</code> for
     * <code>SmoothStreaming</code> , you can still distribute other content using this cache
     * behavior if the content matches the value of <code>PathPattern</code> .
     *
     * <p>Default: {@code false}. CloudFormation property {@code SmoothStreaming}.
     */
    public DefaultCacheBehavior smoothStreaming(boolean value) {
      return set("SmoothStreaming", Value.of(value));
    }

    /** Sets {@code SmoothStreaming} to this value; see {@link #smoothStreaming(boolean)}. */
    public DefaultCacheBehavior smoothStreaming(Value<Boolean> value) {
      return set("SmoothStreaming", value);
    }

    /**
     * The value of <code>ID</code> for the origin that you want CloudFront to route requests to
     * when they use the default cache behavior.
     *
     * <p>Required. CloudFormation property {@code TargetOriginId}.
     */
    public DefaultCacheBehavior targetOriginId(String value) {
      return set("TargetOriginId", Value.of(value));
    }

    /** Sets {@code TargetOriginId} to this value; see {@link #targetOriginId(String)}. */
    public DefaultCacheBehavior targetOriginId(Value<String> value) {
      return set("TargetOriginId", value);
    }

    /**
     * Sets {@code TargetOriginId} to the Ref of {@code AWS::ElasticLoadBalancingV2::LoadBalancer};
     * see {@link #targetOriginId(String)}.
     */
    public DefaultCacheBehavior targetOriginId(LoadBalancer resource) {
      return set("TargetOriginId", resource.ref());
    }

    /**
     * A list of key groups that CloudFront can use to validate signed URLs or signed cookies.
     *
     * <p>When a cache behavior contains trusted key groups, CloudFront requires signed URLs or
     * signed cookies for all requests that match the cache behavior. The URLs or cookies must be
     * signed with a private key whose corresponding public key is in the key group. The signed URL
     * or cookie contains information about which public key CloudFront should use to verify the
     * signature. For more information, see <a
     * href="https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/PrivateContent.html">Serving
     * private content</a> in the <em>Amazon CloudFront Developer Guide</em> .
     *
     * <p>CloudFormation property {@code TrustedKeyGroups}.
     */
    public DefaultCacheBehavior trustedKeyGroups(List<String> value) {
      return set("TrustedKeyGroups", Value.listOf(value));
    }

    /** Sets {@code TrustedKeyGroups} to this value; see {@link #trustedKeyGroups(List)}. */
    public DefaultCacheBehavior trustedKeyGroups(Value<List<String>> value) {
      return set("TrustedKeyGroups", value);
    }

    /**
     * Sets {@code TrustedKeyGroups} to the Ref of each {@code AWS::CloudFront::KeyGroup}; see
     * {@link #trustedKeyGroups(List)}.
     */
    public DefaultCacheBehavior trustedKeyGroups(KeyGroup... resources) {
      return set("TrustedKeyGroups", Value.refs(resources));
    }

    /**
     * We recommend using <code>TrustedKeyGroups</code> instead of <code>TrustedSigners</code> .
     * &gt; This field only supports standard distributions. You can't specify this field for
     * multi-tenant distributions. For more information, see <a
     * href="https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/distribution-config-options.html#unsupported-saas">Unsupported
     * features for SaaS Manager for Amazon CloudFront</a> in the <em>Amazon CloudFront Developer
     * Guide</em> .
     *
     * <p>A list of AWS account IDs whose public keys CloudFront can use to validate signed URLs or
     * signed cookies.
     *
     * <p>When a cache behavior contains trusted signers, CloudFront requires signed URLs or signed
     * cookies for all requests that match the cache behavior. The URLs or cookies must be signed
     * with the private key of a CloudFront key pair in a trusted signer's AWS account . The signed
     * URL or cookie contains information about which public key CloudFront should use to verify the
     * signature. For more information, see <a
     * href="https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/PrivateContent.html">Serving
     * private content</a> in the <em>Amazon CloudFront Developer Guide</em> .
     *
     * <p>CloudFormation property {@code TrustedSigners}.
     */
    public DefaultCacheBehavior trustedSigners(List<String> value) {
      return set("TrustedSigners", Value.listOf(value));
    }

    /** Sets {@code TrustedSigners} to this value; see {@link #trustedSigners(List)}. */
    public DefaultCacheBehavior trustedSigners(Value<List<String>> value) {
      return set("TrustedSigners", value);
    }

    /**
     * The protocol that viewers can use to access the files in the origin specified by
     * <code>TargetOriginId</code> when a request matches the path pattern in
     * <code>PathPattern</code> . You can specify the following options:
     *
     * <ul> <li><code>allow-all</code> : Viewers can use HTTP or HTTPS.
     * <li><code>redirect-to-https</code> : If a viewer submits an HTTP request, CloudFront returns
     * an HTTP status code of 301 (Moved Permanently) to the viewer along with the HTTPS URL. The
     * viewer then resubmits the request using the new URL. <li><code>https-only</code> : If a
     * viewer sends an HTTP request, CloudFront returns an HTTP status code of 403 (Forbidden).
     * </ul>
     *
     * <p>For more information about requiring the HTTPS protocol, see <a
     * href="https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/using-https-viewers-to-cloudfront.html">Requiring
     * HTTPS Between Viewers and CloudFront</a> in the <em>Amazon CloudFront Developer Guide</em> .
     *
     * <p>The only way to guarantee that viewers retrieve an object that was fetched from the origin
     * using HTTPS is never to use any other protocol to fetch the object. If you have recently
     * changed from HTTP to HTTPS, we recommend that you clear your objects' cache because cached
     * objects are protocol agnostic. That means that an edge location will return an object from
     * the cache regardless of whether the current request protocol matches the protocol used
     * previously. For more information, see <a
     * href="https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/Expiration.html">Managing
     * Cache Expiration</a> in the <em>Amazon CloudFront Developer Guide</em> .
     *
     * <p>Required. Allowed values: {@code allow-all}, {@code https-only}, {@code
     * redirect-to-https}. CloudFormation property {@code ViewerProtocolPolicy}.
     */
    public DefaultCacheBehavior viewerProtocolPolicy(String value) {
      return set("ViewerProtocolPolicy", Value.of(value));
    }

    /**
     * Sets {@code ViewerProtocolPolicy} to this value; see {@link #viewerProtocolPolicy(String)}.
     */
    public DefaultCacheBehavior viewerProtocolPolicy(Value<String> value) {
      return set("ViewerProtocolPolicy", value);
    }
  }

  /**
   * The value that you assigned to the parameter.
   *
   * <p>Property type {@code AWS::CloudFront::Distribution.Definition}.
   */
  public static final class Definition extends Struct<Definition> {
    private static final Schema SCHEMA = Schema.of("AWS::CloudFront::Distribution.Definition");

    public Definition() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code StringSchema}. */
    public Definition stringSchema(Value<StringSchema> value) {
      return set("StringSchema", value);
    }
  }

  /**
   * A distribution configuration.
   *
   * <p>Property type {@code AWS::CloudFront::Distribution.DistributionConfig}.
   */
  public static final class DistributionConfig extends Struct<DistributionConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::CloudFront::Distribution.DistributionConfig")
        .required("DefaultCacheBehavior", "Enabled")
        .allowed("ConnectionMode", "direct", "tenant-only")
        .allowed("HttpVersion", "http1.1", "http2", "http2and3", "http3")
        .allowed("PriceClass", "None", "PriceClass_100", "PriceClass_200", "PriceClass_All")
        .references("WebACLId", "AWS::WAFv2::WebACL.Arn")
        .build();

    public DistributionConfig() {
      super(SCHEMA);
    }

    /**
     * This field only supports standard distributions. You can't specify this field for
     * multi-tenant distributions. For more information, see <a
     * href="https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/distribution-config-options.html#unsupported-saas">Unsupported
     * features for SaaS Manager for Amazon CloudFront</a> in the <em>Amazon CloudFront Developer
     * Guide</em> .
     *
     * <p>A complex type that contains information about CNAMEs (alternate domain names), if any,
     * for this distribution.
     *
     * <p>CloudFormation property {@code Aliases}.
     */
    public DistributionConfig aliases(List<String> value) {
      return set("Aliases", Value.listOf(value));
    }

    /** Sets {@code Aliases} to this value; see {@link #aliases(List)}. */
    public DistributionConfig aliases(Value<List<String>> value) {
      return set("Aliases", value);
    }

    /**
     * To use this field for a multi-tenant distribution, use a connection group instead. For more
     * information, see <a
     * href="https://docs.aws.amazon.com/cloudfront/latest/APIReference/API_ConnectionGroup.html">ConnectionGroup</a>
     * .
     *
     * <p>ID of the Anycast static IP list that is associated with the distribution.
     *
     * <p>CloudFormation property {@code AnycastIpListId}.
     */
    public DistributionConfig anycastIpListId(String value) {
      return set("AnycastIpListId", Value.of(value));
    }

    /** Sets {@code AnycastIpListId} to this value; see {@link #anycastIpListId(String)}. */
    public DistributionConfig anycastIpListId(Value<String> value) {
      return set("AnycastIpListId", value);
    }

    /**
     * An alias for the CloudFront distribution's domain name.
     *
     * <p>This property is legacy. We recommend that you use <a
     * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-cloudfront-distribution-distributionconfig.html#cfn-cloudfront-distribution-distributionconfig-aliases">Aliases</a>
     * instead.
     *
     * <p>CloudFormation property {@code CNAMEs}.
     */
    public DistributionConfig cnamEs(List<String> value) {
      return set("CNAMEs", Value.listOf(value));
    }

    /** Sets {@code CNAMEs} to this value; see {@link #cnamEs(List)}. */
    public DistributionConfig cnamEs(Value<List<String>> value) {
      return set("CNAMEs", value);
    }

    /**
     * A complex type that contains zero or more <code>CacheBehavior</code> elements.
     *
     * <p>CloudFormation property {@code CacheBehaviors}.
     */
    public DistributionConfig cacheBehaviors(List<CacheBehavior> value) {
      return set("CacheBehaviors", Value.listOf(value));
    }

    /** Sets {@code CacheBehaviors} to this value; see {@link #cacheBehaviors(List)}. */
    public DistributionConfig cacheBehaviors(Value<List<CacheBehavior>> value) {
      return set("CacheBehaviors", value);
    }

    /** Sets {@code CacheBehaviors} to a list of these; see {@link #cacheBehaviors(List)}. */
    public DistributionConfig cacheBehaviors(CacheBehavior... values) {
      return set("CacheBehaviors", Value.list(values));
    }

    /**
     * A complex type that specifies the HTTP header name from which CloudFront extracts cache tags
     * from origin responses. When you add <code>CacheTagConfig</code> to a distribution, CloudFront
     * reads the specified header from origin responses, parses the comma-separated tag values, and
     * stores them with the cached object. You can then invalidate cached objects by tag using the
     * <code>CreateInvalidation</code> API.
     *
     * <p>CloudFormation property {@code CacheTagConfig}.
     */
    public DistributionConfig cacheTagConfig(Value<CacheTagConfig> value) {
      return set("CacheTagConfig", value);
    }

    /**
     * A comment to describe the distribution. The comment cannot be longer than 128 characters.
     *
     * <p>Default: {@code ""}. CloudFormation property {@code Comment}.
     */
    public DistributionConfig comment(String value) {
      return set("Comment", Value.of(value));
    }

    /** Sets {@code Comment} to this value; see {@link #comment(String)}. */
    public DistributionConfig comment(Value<String> value) {
      return set("Comment", value);
    }

    /**
     * The distribution's connection function association.
     *
     * <p>CloudFormation property {@code ConnectionFunctionAssociation}.
     */
    public DistributionConfig connectionFunctionAssociation(Value<ConnectionFunctionAssociation> value) {
      return set("ConnectionFunctionAssociation", value);
    }

    /**
     * This field specifies whether the connection mode is through a standard distribution (direct)
     * or a multi-tenant distribution with distribution tenants (tenant-only).
     *
     * <p>Allowed values: {@code direct}, {@code tenant-only}. CloudFormation property {@code
     * ConnectionMode}.
     */
    public DistributionConfig connectionMode(String value) {
      return set("ConnectionMode", Value.of(value));
    }

    /** Sets {@code ConnectionMode} to this value; see {@link #connectionMode(String)}. */
    public DistributionConfig connectionMode(Value<String> value) {
      return set("ConnectionMode", value);
    }

    /**
     * This field only supports standard distributions. You can't specify this field for
     * multi-tenant distributions. For more information, see <a
     * href="https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/distribution-config-options.html#unsupported-saas">Unsupported
     * features for SaaS Manager for Amazon CloudFront</a> in the <em>Amazon CloudFront Developer
     * Guide</em> .
     *
     * <p>The identifier of a continuous deployment policy. For more information, see
     * <code>CreateContinuousDeploymentPolicy</code> .
     *
     * <p>CloudFormation property {@code ContinuousDeploymentPolicyId}.
     */
    public DistributionConfig continuousDeploymentPolicyId(String value) {
      return set("ContinuousDeploymentPolicyId", Value.of(value));
    }

    /**
     * Sets {@code ContinuousDeploymentPolicyId} to this value; see {@link
     * #continuousDeploymentPolicyId(String)}.
     */
    public DistributionConfig continuousDeploymentPolicyId(Value<String> value) {
      return set("ContinuousDeploymentPolicyId", value);
    }

    /**
     * A complex type that controls the following:
     *
     * <ul> <li>Whether CloudFront replaces HTTP status codes in the 4xx and 5xx range with custom
     * error messages before returning the response to the viewer. <li>How long CloudFront caches
     * HTTP status codes in the 4xx and 5xx range. </ul>
     *
     * <p>For more information about custom error pages, see <a
     * href="https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/custom-error-pages.html">Customizing
     * Error Responses</a> in the <em>Amazon CloudFront Developer Guide</em> .
     *
     * <p>CloudFormation property {@code CustomErrorResponses}.
     */
    public DistributionConfig customErrorResponses(List<CustomErrorResponse> value) {
      return set("CustomErrorResponses", Value.listOf(value));
    }

    /** Sets {@code CustomErrorResponses} to this value; see {@link #customErrorResponses(List)}. */
    public DistributionConfig customErrorResponses(Value<List<CustomErrorResponse>> value) {
      return set("CustomErrorResponses", value);
    }

    /**
     * Sets {@code CustomErrorResponses} to a list of these; see {@link
     * #customErrorResponses(List)}.
     */
    public DistributionConfig customErrorResponses(CustomErrorResponse... values) {
      return set("CustomErrorResponses", Value.list(values));
    }

    /**
     * The user-defined HTTP server that serves as the origin for content that CloudFront
     * distributes.
     *
     * <p>This property is legacy. We recommend that you use <a
     * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-cloudfront-distribution-origin.html">Origin</a>
     * instead.
     *
     * <p>CloudFormation property {@code CustomOrigin}.
     */
    public DistributionConfig customOrigin(Value<LegacyCustomOrigin> value) {
      return set("CustomOrigin", value);
    }

    /**
     * A complex type that describes the default cache behavior if you don't specify a
     * <code>CacheBehavior</code> element or if files don't match any of the values of
     * <code>PathPattern</code> in <code>CacheBehavior</code> elements. You must create exactly one
     * default cache behavior.
     *
     * <p>Required. CloudFormation property {@code DefaultCacheBehavior}.
     */
    public DistributionConfig defaultCacheBehavior(Value<DefaultCacheBehavior> value) {
      return set("DefaultCacheBehavior", value);
    }

    /**
     * When a viewer requests the root URL for your distribution, the default root object is the
     * object that you want CloudFront to request from your origin. For example, if your root URL is
     * <code>https://www.example.com</code> , you can specify CloudFront to return the
     * <code>index.html</code> file as the default root object. You can specify a default root
     * object so that viewers see a specific file or object, instead of another object in your
     * distribution (for example, <code>https://www.example.com/product-description.html</code> ). A
     * default root object avoids exposing the contents of your distribution.
     *
     * <p>You can specify the object name or a path to the object name (for example,
     * <code>index.html</code> or <code>exampleFolderName/index.html</code> ). Your string can't
     * begin with a forward slash ( <code>/</code> ). Only specify the object name or the path to
     * the object.
     *
     * <p>If you don't want to specify a default root object when you create a distribution, include
     * an empty <code>DefaultRootObject</code> element.
     *
     * <p>To delete the default root object from an existing distribution, update the distribution
     * configuration and include an empty <code>DefaultRootObject</code> element.
     *
     * <p>To replace the default root object, update the distribution configuration and specify the
     * new object.
     *
     * <p>For more information about the default root object, see <a
     * href="https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/DefaultRootObject.html">Specify
     * a default root object</a> in the <em>Amazon CloudFront Developer Guide</em> .
     *
     * <p>Default: {@code ""}. CloudFormation property {@code DefaultRootObject}.
     */
    public DistributionConfig defaultRootObject(String value) {
      return set("DefaultRootObject", Value.of(value));
    }

    /** Sets {@code DefaultRootObject} to this value; see {@link #defaultRootObject(String)}. */
    public DistributionConfig defaultRootObject(Value<String> value) {
      return set("DefaultRootObject", value);
    }

    /**
     * From this field, you can enable or disable the selected distribution.
     *
     * <p>Required. CloudFormation property {@code Enabled}.
     */
    public DistributionConfig enabled(boolean value) {
      return set("Enabled", Value.of(value));
    }

    /** Sets {@code Enabled} to this value; see {@link #enabled(boolean)}. */
    public DistributionConfig enabled(Value<Boolean> value) {
      return set("Enabled", value);
    }

    /**
     * (Optional) Specify the HTTP version(s) that you want viewers to use to communicate with
     * CloudFront . The default value for new distributions is <code>http1.1</code> .
     *
     * <p>For viewers and CloudFront to use HTTP/2, viewers must support TLSv1.2 or later, and must
     * support Server Name Indication (SNI).
     *
     * <p>For viewers and CloudFront to use HTTP/3, viewers must support TLSv1.3 and Server Name
     * Indication (SNI). CloudFront supports HTTP/3 connection migration to allow the viewer to
     * switch networks without losing connection. For more information about connection migration,
     * see <a
     * href="https://docs.aws.amazon.com/https://www.rfc-editor.org/rfc/rfc9000.html#name-connection-migration">Connection
     * Migration</a> at RFC 9000. For more information about supported TLSv1.3 ciphers, see <a
     * href="https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/secure-connections-supported-viewer-protocols-ciphers.html">Supported
     * protocols and ciphers between viewers and CloudFront</a> .
     *
     * <p>Allowed values: {@code http1.1}, {@code http2}, {@code http2and3}, {@code http3}. Default:
     * {@code "http1.1"}. CloudFormation property {@code HttpVersion}.
     */
    public DistributionConfig httpVersion(String value) {
      return set("HttpVersion", Value.of(value));
    }

    /** Sets {@code HttpVersion} to this value; see {@link #httpVersion(String)}. */
    public DistributionConfig httpVersion(Value<String> value) {
      return set("HttpVersion", value);
    }

    /**
     * To use this field for a multi-tenant distribution, use a connection group instead. For more
     * information, see <a
     * href="https://docs.aws.amazon.com/cloudfront/latest/APIReference/API_ConnectionGroup.html">ConnectionGroup</a>
     * .
     *
     * <p>If you want CloudFront to respond to IPv6 DNS requests with an IPv6 address for your
     * distribution, specify <code>true</code> . If you specify <code>false</code> , CloudFront
     * responds to IPv6 DNS requests with the DNS response code <code>NOERROR</code> and with no IP
     * addresses. This allows viewers to submit a second request, for an IPv4 address for your
     * distribution.
     *
     * <p>In general, you should enable IPv6 if you have users on IPv6 networks who want to access
     * your content. However, if you're using signed URLs or signed cookies to restrict access to
     * your content, and if you're using a custom policy that includes the <code>IpAddress</code>
     * parameter to restrict the IP addresses that can access your content, don't enable IPv6. If
     * you want to restrict access to some content by IP address and not restrict access to other
     * content (or restrict access but not by IP address), you can create two distributions. For
     * more information, see <a
     * href="https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/private-content-creating-signed-url-custom-policy.html">Creating
     * a Signed URL Using a Custom Policy</a> in the <em>Amazon CloudFront Developer Guide</em> .
     *
     * <p>If you're using an Amazon Route 53 AWS Integration alias resource record set to route
     * traffic to your CloudFront distribution, you need to create a second alias resource record
     * set when both of the following are true:
     *
     * <ul> <li>You enable IPv6 for the distribution <li>You're using alternate domain names in the
     * URLs for your objects </ul>
     *
     * <p>For more information, see <a
     * href="https://docs.aws.amazon.com/Route53/latest/DeveloperGuide/routing-to-cloudfront-distribution.html">Routing
     * Traffic to an Amazon CloudFront Web Distribution by Using Your Domain Name</a> in the
     * <em>Amazon Route 53 AWS Integration Developer Guide</em> .
     *
     * <p>If you created a CNAME resource record set, either with Amazon Route 53 AWS Integration or
     * with another DNS service, you don't need to make any changes. A CNAME record will route
     * traffic to your distribution regardless of the IP address format of the viewer request.
     *
     * <p>CloudFormation property {@code IPV6Enabled}.
     */
    public DistributionConfig ipv6Enabled(boolean value) {
      return set("IPV6Enabled", Value.of(value));
    }

    /** Sets {@code IPV6Enabled} to this value; see {@link #ipv6Enabled(boolean)}. */
    public DistributionConfig ipv6Enabled(Value<Boolean> value) {
      return set("IPV6Enabled", value);
    }

    /**
     * A complex type that controls whether access logs are written for the distribution.
     *
     * <p>For more information about logging, see <a
     * href="https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/AccessLogs.html">Access
     * Logs</a> in the <em>Amazon CloudFront Developer Guide</em> .
     *
     * <p>CloudFormation property {@code Logging}.
     */
    public DistributionConfig logging(Value<Logging> value) {
      return set("Logging", value);
    }

    /**
     * A complex type that contains information about origin groups for this distribution.
     *
     * <p>Specify a value for either the <code>Origins</code> or <code>OriginGroups</code> property.
     *
     * <p>CloudFormation property {@code OriginGroups}.
     */
    public DistributionConfig originGroups(Value<OriginGroups> value) {
      return set("OriginGroups", value);
    }

    /**
     * A complex type that contains information about origins for this distribution.
     *
     * <p>Specify a value for either the <code>Origins</code> or <code>OriginGroups</code> property.
     *
     * <p>CloudFormation property {@code Origins}.
     */
    public DistributionConfig origins(List<Origin> value) {
      return set("Origins", Value.listOf(value));
    }

    /** Sets {@code Origins} to this value; see {@link #origins(List)}. */
    public DistributionConfig origins(Value<List<Origin>> value) {
      return set("Origins", value);
    }

    /** Sets {@code Origins} to a list of these; see {@link #origins(List)}. */
    public DistributionConfig origins(Origin... values) {
      return set("Origins", Value.list(values));
    }

    /**
     * This field only supports standard distributions. You can't specify this field for
     * multi-tenant distributions. For more information, see <a
     * href="https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/distribution-config-options.html#unsupported-saas">Unsupported
     * features for SaaS Manager for Amazon CloudFront</a> in the <em>Amazon CloudFront Developer
     * Guide</em> .
     *
     * <p>The price class that corresponds with the maximum price that you want to pay for
     * CloudFront service. If you specify <code>PriceClass_All</code> , CloudFront responds to
     * requests for your objects from all CloudFront edge locations.
     *
     * <p>If you specify a price class other than <code>PriceClass_All</code> , CloudFront serves
     * your objects from the CloudFront edge location that has the lowest latency among the edge
     * locations in your price class. Viewers who are in or near regions that are excluded from your
     * specified price class may encounter slower performance.
     *
     * <p>For more information about price classes, see <a
     * href="https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/PriceClass.html">Choosing
     * the Price Class for a CloudFront Distribution</a> in the <em>Amazon CloudFront Developer
     * Guide</em> . For information about CloudFront pricing, including how price classes (such as
     * Price Class 100) map to CloudFront regions, see <a
     * href="https://docs.aws.amazon.com/cloudfront/pricing/">Amazon CloudFront Pricing</a> .
     *
     * <p>Allowed values: {@code None}, {@code PriceClass_100}, {@code PriceClass_200}, {@code
     * PriceClass_All}. Default: {@code "PriceClass_All"}. CloudFormation property {@code
     * PriceClass}.
     */
    public DistributionConfig priceClass(String value) {
      return set("PriceClass", Value.of(value));
    }

    /** Sets {@code PriceClass} to this value; see {@link #priceClass(String)}. */
    public DistributionConfig priceClass(Value<String> value) {
      return set("PriceClass", value);
    }

    /**
     * A complex type that identifies ways in which you want to restrict distribution of your
     * content.
     *
     * <p>CloudFormation property {@code Restrictions}.
     */
    public DistributionConfig restrictions(Value<Restrictions> value) {
      return set("Restrictions", value);
    }

    /**
     * The origin as an Amazon S3 bucket.
     *
     * <p>This property is legacy. We recommend that you use <a
     * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-cloudfront-distribution-origin.html">Origin</a>
     * instead.
     *
     * <p>CloudFormation property {@code S3Origin}.
     */
    public DistributionConfig s3Origin(Value<LegacyS3Origin> value) {
      return set("S3Origin", value);
    }

    /**
     * This field only supports standard distributions. You can't specify this field for
     * multi-tenant distributions. For more information, see <a
     * href="https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/distribution-config-options.html#unsupported-saas">Unsupported
     * features for SaaS Manager for Amazon CloudFront</a> in the <em>Amazon CloudFront Developer
     * Guide</em> .
     *
     * <p>A Boolean that indicates whether this is a staging distribution. When this value is
     * <code>true</code> , this is a staging distribution. When this value is <code>false</code> ,
     * this is not a staging distribution.
     *
     * <p>CloudFormation property {@code Staging}.
     */
    public DistributionConfig staging(boolean value) {
      return set("Staging", Value.of(value));
    }

    /** Sets {@code Staging} to this value; see {@link #staging(boolean)}. */
    public DistributionConfig staging(Value<Boolean> value) {
      return set("Staging", value);
    }

    /**
     * This field only supports multi-tenant distributions. You can't specify this field for
     * standard distributions. For more information, see <a
     * href="https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/distribution-config-options.html#unsupported-saas">Unsupported
     * features for SaaS Manager for Amazon CloudFront</a> in the <em>Amazon CloudFront Developer
     * Guide</em> .
     *
     * <p>A distribution tenant configuration.
     *
     * <p>CloudFormation property {@code TenantConfig}.
     */
    public DistributionConfig tenantConfig(Value<TenantConfig> value) {
      return set("TenantConfig", value);
    }

    /**
     * A complex type that determines the distribution's SSL/TLS configuration for communicating
     * with viewers.
     *
     * <p>CloudFormation property {@code ViewerCertificate}.
     */
    public DistributionConfig viewerCertificate(Value<ViewerCertificate> value) {
      return set("ViewerCertificate", value);
    }

    /**
     * The distribution's viewer mTLS configuration.
     *
     * <p>CloudFormation property {@code ViewerMtlsConfig}.
     */
    public DistributionConfig viewerMtlsConfig(Value<ViewerMtlsConfig> value) {
      return set("ViewerMtlsConfig", value);
    }

    /**
     * Multi-tenant distributions only support AWS WAF V2 web ACLs.
     *
     * <p>A unique identifier that specifies the AWS WAF web ACL, if any, to associate with this
     * distribution. To specify a web ACL created using the latest version of AWS WAF , use the ACL
     * ARN, for example
     * <code>arn:aws:wafv2:us-east-1:123456789012:global/webacl/ExampleWebACL/a1b2c3d4-5678-90ab-cdef-EXAMPLE11111</code>
     * . To specify a web ACL created using AWS WAF Classic, use the ACL ID, for example
     * <code>a1b2c3d4-5678-90ab-cdef-EXAMPLE11111</code> .
     *
     * <p>AWS WAF is a web application firewall that lets you monitor the HTTP and HTTPS requests
     * that are forwarded to CloudFront, and lets you control access to your content. Based on
     * conditions that you specify, such as the IP addresses that requests originate from or the
     * values of query strings, CloudFront responds to requests either with the requested content or
     * with an HTTP 403 status code (Forbidden). You can also configure CloudFront to return a
     * custom error page when a request is blocked. For more information about AWS WAF , see the <a
     * href="https://docs.aws.amazon.com/waf/latest/developerguide/what-is-aws-waf.html">AWS WAF
     * Developer Guide</a> .
     *
     * <p>Default: {@code ""}. CloudFormation property {@code WebACLId}.
     */
    public DistributionConfig webACLId(String value) {
      return set("WebACLId", Value.of(value));
    }

    /** Sets {@code WebACLId} to this value; see {@link #webACLId(String)}. */
    public DistributionConfig webACLId(Value<String> value) {
      return set("WebACLId", value);
    }

    /**
     * Sets {@code WebACLId} to the Arn of {@code AWS::WAFv2::WebACL}; see {@link
     * #webACLId(String)}.
     */
    public DistributionConfig webACLId(WebACL resource) {
      return set("WebACLId", resource.arn());
    }
  }

  /**
   * This field only supports standard distributions. You can't specify this field for multi-tenant
   * distributions. For more information, see <a
   * href="https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/distribution-config-options.html#unsupported-saas">Unsupported
   * features for SaaS Manager for Amazon CloudFront</a> in the <em>Amazon CloudFront Developer
   * Guide</em> .
   *
   * <p>This field is deprecated. We recommend that you use a cache policy or an origin request
   * policy instead of this field.
   *
   * <p>If you want to include values in the cache key, use a cache policy. For more information,
   * see <a
   * href="https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/controlling-the-cache-key.html#cache-key-create-cache-policy">Creating
   * cache policies</a> in the <em>Amazon CloudFront Developer Guide</em> .
   *
   * <p>If you want to send values to the origin but not include them in the cache key, use an
   * origin request policy. For more information, see <a
   * href="https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/controlling-origin-requests.html#origin-request-create-origin-request-policy">Creating
   * origin request policies</a> in the <em>Amazon CloudFront Developer Guide</em> .
   *
   * <p>A complex type that specifies how CloudFront handles query strings, cookies, and HTTP
   * headers.
   *
   * <p>Property type {@code AWS::CloudFront::Distribution.ForwardedValues}.
   */
  public static final class ForwardedValues extends Struct<ForwardedValues> {
    private static final Schema SCHEMA = Schema.builder("AWS::CloudFront::Distribution.ForwardedValues")
        .required("QueryString")
        .build();

    public ForwardedValues() {
      super(SCHEMA);
    }

    /**
     * This field is deprecated. We recommend that you use a cache policy or an origin request
     * policy instead of this field.
     *
     * <p>If you want to include cookies in the cache key, use a cache policy. For more information,
     * see <a
     * href="https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/controlling-the-cache-key.html#cache-key-create-cache-policy">Creating
     * cache policies</a> in the <em>Amazon CloudFront Developer Guide</em> .
     *
     * <p>If you want to send cookies to the origin but not include them in the cache key, use an
     * origin request policy. For more information, see <a
     * href="https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/controlling-origin-requests.html#origin-request-create-origin-request-policy">Creating
     * origin request policies</a> in the <em>Amazon CloudFront Developer Guide</em> .
     *
     * <p>A complex type that specifies whether you want CloudFront to forward cookies to the origin
     * and, if so, which ones. For more information about forwarding cookies to the origin, see <a
     * href="https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/Cookies.html">How
     * CloudFront Forwards, Caches, and Logs Cookies</a> in the <em>Amazon CloudFront Developer
     * Guide</em> .
     *
     * <p>CloudFormation property {@code Cookies}.
     */
    public ForwardedValues cookies(Value<Cookies> value) {
      return set("Cookies", value);
    }

    /**
     * This field is deprecated. We recommend that you use a cache policy or an origin request
     * policy instead of this field.
     *
     * <p>If you want to include headers in the cache key, use a cache policy. For more information,
     * see <a
     * href="https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/controlling-the-cache-key.html#cache-key-create-cache-policy">Creating
     * cache policies</a> in the <em>Amazon CloudFront Developer Guide</em> .
     *
     * <p>If you want to send headers to the origin but not include them in the cache key, use an
     * origin request policy. For more information, see <a
     * href="https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/controlling-origin-requests.html#origin-request-create-origin-request-policy">Creating
     * origin request policies</a> in the <em>Amazon CloudFront Developer Guide</em> .
     *
     * <p>A complex type that specifies the <code>Headers</code> , if any, that you want CloudFront
     * to forward to the origin for this cache behavior (whitelisted headers). For the headers that
     * you specify, CloudFront also caches separate versions of a specified object that is based on
     * the header values in viewer requests.
     *
     * <p>For more information, see <a
     * href="https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/header-caching.html">Caching
     * Content Based on Request Headers</a> in the <em>Amazon CloudFront Developer Guide</em> .
     *
     * <p>CloudFormation property {@code Headers}.
     */
    public ForwardedValues headers(List<String> value) {
      return set("Headers", Value.listOf(value));
    }

    /** Sets {@code Headers} to this value; see {@link #headers(List)}. */
    public ForwardedValues headers(Value<List<String>> value) {
      return set("Headers", value);
    }

    /**
     * This field is deprecated. We recommend that you use a cache policy or an origin request
     * policy instead of this field.
     *
     * <p>If you want to include query strings in the cache key, use a cache policy. For more
     * information, see <a
     * href="https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/controlling-the-cache-key.html#cache-key-create-cache-policy">Creating
     * cache policies</a> in the <em>Amazon CloudFront Developer Guide</em> .
     *
     * <p>If you want to send query strings to the origin but not include them in the cache key, use
     * an origin request policy. For more information, see <a
     * href="https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/controlling-origin-requests.html#origin-request-create-origin-request-policy">Creating
     * origin request policies</a> in the <em>Amazon CloudFront Developer Guide</em> .
     *
     * <p>Indicates whether you want CloudFront to forward query strings to the origin that is
     * associated with this cache behavior and cache based on the query string parameters.
     * CloudFront behavior depends on the value of <code>QueryString</code> and on the values that
     * you specify for <code>QueryStringCacheKeys</code> , if any:
     *
     * <p>If you specify true for <code>QueryString</code> and you don't specify any values for
     * <code>QueryStringCacheKeys</code> , CloudFront forwards all query string parameters to the
     * origin and caches based on all query string parameters. Depending on how many query string
     * parameters and values you have, this can adversely affect performance because CloudFront must
     * forward more requests to the origin.
     *
     * <p>If you specify true for <code>QueryString</code> and you specify one or more values for
     * <code>QueryStringCacheKeys</code> , CloudFront forwards all query string parameters to the
     * origin, but it only caches based on the query string parameters that you specify.
     *
     * <p>If you specify false for <code>QueryString</code> , CloudFront doesn't forward any query
     * string parameters to the origin, and doesn't cache based on query string parameters.
     *
     * <p>For more information, see <a
     * href="https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/QueryStringParameters.html">Configuring
     * CloudFront to Cache Based on Query String Parameters</a> in the <em>Amazon CloudFront
     * Developer Guide</em> .
     *
     * <p>Required. CloudFormation property {@code QueryString}.
     */
    public ForwardedValues queryString(boolean value) {
      return set("QueryString", Value.of(value));
    }

    /** Sets {@code QueryString} to this value; see {@link #queryString(boolean)}. */
    public ForwardedValues queryString(Value<Boolean> value) {
      return set("QueryString", value);
    }

    /**
     * This field is deprecated. We recommend that you use a cache policy or an origin request
     * policy instead of this field.
     *
     * <p>If you want to include query strings in the cache key, use a cache policy. For more
     * information, see <a
     * href="https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/controlling-the-cache-key.html#cache-key-create-cache-policy">Creating
     * cache policies</a> in the <em>Amazon CloudFront Developer Guide</em> .
     *
     * <p>If you want to send query strings to the origin but not include them in the cache key, use
     * an origin request policy. For more information, see <a
     * href="https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/controlling-origin-requests.html#origin-request-create-origin-request-policy">Creating
     * origin request policies</a> in the <em>Amazon CloudFront Developer Guide</em> .
     *
     * <p>A complex type that contains information about the query string parameters that you want
     * CloudFront to use for caching for this cache behavior.
     *
     * <p>CloudFormation property {@code QueryStringCacheKeys}.
     */
    public ForwardedValues queryStringCacheKeys(List<String> value) {
      return set("QueryStringCacheKeys", Value.listOf(value));
    }

    /** Sets {@code QueryStringCacheKeys} to this value; see {@link #queryStringCacheKeys(List)}. */
    public ForwardedValues queryStringCacheKeys(Value<List<String>> value) {
      return set("QueryStringCacheKeys", value);
    }
  }

  /**
   * A CloudFront function that is associated with a cache behavior in a CloudFront distribution.
   *
   * <p>Property type {@code AWS::CloudFront::Distribution.FunctionAssociation}.
   */
  public static final class FunctionAssociation extends Struct<FunctionAssociation> {
    private static final Schema SCHEMA = Schema.builder("AWS::CloudFront::Distribution.FunctionAssociation")
        .references("FunctionARN", "AWS::CloudFront::Function.Ref")
        .build();

    public FunctionAssociation() {
      super(SCHEMA);
    }

    /**
     * The event type of the function, either <code>viewer-request</code> or
     * <code>viewer-response</code> . You cannot use origin-facing event types (
     * <code>origin-request</code> and <code>origin-response</code> ) with a CloudFront function.
     *
     * <p>CloudFormation property {@code EventType}.
     */
    public FunctionAssociation eventType(String value) {
      return set("EventType", Value.of(value));
    }

    /** Sets {@code EventType} to this value; see {@link #eventType(String)}. */
    public FunctionAssociation eventType(Value<String> value) {
      return set("EventType", value);
    }

    /**
     * The Amazon Resource Name (ARN) of the function.
     *
     * <p>CloudFormation property {@code FunctionARN}.
     */
    public FunctionAssociation functionARN(String value) {
      return set("FunctionARN", Value.of(value));
    }

    /** Sets {@code FunctionARN} to this value; see {@link #functionARN(String)}. */
    public FunctionAssociation functionARN(Value<String> value) {
      return set("FunctionARN", value);
    }

    /**
     * Sets {@code FunctionARN} to the Ref of {@code AWS::CloudFront::Function}; see {@link
     * #functionARN(String)}.
     */
    public FunctionAssociation functionARN(Function resource) {
      return set("FunctionARN", resource.ref());
    }
  }

  /**
   * A complex type that controls the countries in which your content is distributed. CloudFront
   * determines the location of your users using <code>MaxMind</code> GeoIP databases. To disable
   * geo restriction, remove the <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-cloudfront-distribution-distributionconfig.html#cfn-cloudfront-distribution-distributionconfig-restrictions">Restrictions</a>
   * property from your stack template.
   *
   * <p>Property type {@code AWS::CloudFront::Distribution.GeoRestriction}.
   */
  public static final class GeoRestriction extends Struct<GeoRestriction> {
    private static final Schema SCHEMA = Schema.builder("AWS::CloudFront::Distribution.GeoRestriction")
        .required("RestrictionType")
        .allowed("Locations", "AD", "AE", "AF", "AG", "AI", "AL", "AM", "AO", "AQ", "AR", "AS",
            "AT", "AU", "AW", "AX", "AZ", "BA", "BB", "BD", "BE", "BF", "BG", "BH", "BI", "BJ",
            "BL", "BM", "BN", "BO", "BQ", "BR", "BS", "BT", "BV", "BW", "BY", "BZ", "CA", "CC",
            "CD", "CF", "CG", "CH", "CI", "CK", "CL", "CM", "CN", "CO", "CR", "CU", "CV", "CW",
            "CX", "CY", "CZ", "DE", "DJ", "DK", "DM", "DO", "DZ", "EC", "EE", "EG", "EH", "ER",
            "ES", "ET", "FI", "FJ", "FK", "FM", "FO", "FR", "GA", "GB", "GD", "GE", "GF", "GG",
            "GH", "GI", "GL", "GM", "GN", "GP", "GQ", "GR", "GS", "GT", "GU", "GW", "GY", "HK",
            "HM", "HN", "HR", "HT", "HU", "ID", "IE", "IL", "IM", "IN", "IO", "IQ", "IR", "IS",
            "IT", "JE", "JM", "JO", "JP", "KE", "KG", "KH", "KI", "KM", "KN", "KP", "KR", "KW",
            "KY", "KZ", "LA", "LB", "LC", "LI", "LK", "LR", "LS", "LT", "LU", "LV", "LY", "MA",
            "MC", "MD", "ME", "MF", "MG", "MH", "MK", "ML", "MM", "MN", "MO", "MP", "MQ", "MR",
            "MS", "MT", "MU", "MV", "MW", "MX", "MY", "MZ", "NA", "NC", "NE", "NF", "NG", "NI",
            "NL", "NO", "NP", "NR", "NU", "NZ", "OM", "PA", "PE", "PF", "PG", "PH", "PK", "PL",
            "PM", "PN", "PR", "PS", "PT", "PW", "PY", "QA", "RE", "RO", "RS", "RU", "RW", "SA",
            "SB", "SC", "SD", "SE", "SG", "SH", "SI", "SJ", "SK", "SL", "SM", "SN", "SO", "SR",
            "SS", "ST", "SV", "SX", "SY", "SZ", "TC", "TD", "TF", "TG", "TH", "TJ", "TK", "TL",
            "TM", "TN", "TO", "TR", "TT", "TV", "TW", "TZ", "UA", "UG", "UM", "US", "UY", "UZ",
            "VA", "VC", "VE", "VG", "VI", "VN", "VU", "WF", "WS", "YE", "YT", "ZA", "ZM", "ZW")
        .allowed("RestrictionType", "blacklist", "none", "whitelist")
        .build();

    public GeoRestriction() {
      super(SCHEMA);
    }

    /**
     * A complex type that contains a <code>Location</code> element for each country in which you
     * want CloudFront either to distribute your content ( <code>whitelist</code> ) or not
     * distribute your content ( <code>blacklist</code> ).
     *
     * <p>The <code>Location</code> element is a two-letter, uppercase country code for a country
     * that you want to include in your <code>blacklist</code> or <code>whitelist</code> . Include
     * one <code>Location</code> element for each country.
     *
     * <p>CloudFront and <code>MaxMind</code> both use <code>ISO 3166</code> country codes. For the
     * current list of countries and the corresponding codes, see <code>ISO 3166-1-alpha-2</code>
     * code on the <em>International Organization for Standardization</em> website. You can also
     * refer to the country list on the CloudFront console, which includes both country names and
     * codes.
     *
     * <p>Allowed values: {@code AD}, {@code AE}, {@code AF}, {@code AG}, {@code AI}, {@code AL},
     * {@code AM}, {@code AO}, {@code AQ}, {@code AR}, {@code AS}, {@code AT}, {@code AU}, {@code
     * AW}, {@code AX}, {@code AZ}, {@code BA}, {@code BB}, {@code BD}, {@code BE}, {@code BF},
     * {@code BG}, {@code BH}, {@code BI}, {@code BJ}, {@code BL}, {@code BM}, {@code BN}, {@code
     * BO}, {@code BQ}, {@code BR}, {@code BS}, {@code BT}, {@code BV}, {@code BW}, {@code BY},
     * {@code BZ}, {@code CA}, {@code CC}, {@code CD}, {@code CF}, {@code CG}, {@code CH}, {@code
     * CI}, {@code CK}, {@code CL}, {@code CM}, {@code CN}, {@code CO}, {@code CR}, {@code CU},
     * {@code CV}, {@code CW}, {@code CX}, {@code CY}, {@code CZ}, {@code DE}, {@code DJ}, {@code
     * DK}, {@code DM}, {@code DO}, {@code DZ}, {@code EC}, {@code EE}, {@code EG}, {@code EH},
     * {@code ER}, {@code ES}, {@code ET}, {@code FI}, {@code FJ}, {@code FK}, {@code FM}, {@code
     * FO}, {@code FR}, {@code GA}, {@code GB}, {@code GD}, {@code GE}, {@code GF}, {@code GG},
     * {@code GH}, {@code GI}, {@code GL}, {@code GM}, {@code GN}, {@code GP}, {@code GQ}, {@code
     * GR}, {@code GS}, {@code GT}, {@code GU}, {@code GW}, {@code GY}, {@code HK}, {@code HM},
     * {@code HN}, {@code HR}, {@code HT}, {@code HU}, {@code ID}, {@code IE}, {@code IL}, {@code
     * IM}, {@code IN}, {@code IO}, {@code IQ}, {@code IR}, {@code IS}, {@code IT}, {@code JE},
     * {@code JM}, {@code JO}, {@code JP}, {@code KE}, {@code KG}, {@code KH}, {@code KI}, {@code
     * KM}, {@code KN}, {@code KP}, {@code KR}, {@code KW}, {@code KY}, {@code KZ}, {@code LA},
     * {@code LB}, {@code LC}, {@code LI}, {@code LK}, {@code LR}, {@code LS}, {@code LT}, {@code
     * LU}, {@code LV}, {@code LY}, {@code MA}, {@code MC}, {@code MD}, {@code ME}, {@code MF},
     * {@code MG}, {@code MH}, {@code MK}, {@code ML}, {@code MM}, {@code MN}, {@code MO}, {@code
     * MP}, {@code MQ}, {@code MR}, {@code MS}, {@code MT}, {@code MU}, {@code MV}, {@code MW},
     * {@code MX}, {@code MY}, {@code MZ}, {@code NA}, {@code NC}, {@code NE}, {@code NF}, {@code
     * NG}, {@code NI}, {@code NL}, {@code NO}, {@code NP}, {@code NR}, {@code NU}, {@code NZ},
     * {@code OM}, {@code PA}, {@code PE}, {@code PF}, {@code PG}, {@code PH}, {@code PK}, {@code
     * PL}, {@code PM}, {@code PN}, {@code PR}, {@code PS}, {@code PT}, {@code PW}, {@code PY},
     * {@code QA}, {@code RE}, {@code RO}, {@code RS}, {@code RU}, {@code RW}, {@code SA}, {@code
     * SB}, {@code SC}, {@code SD}, {@code SE}, {@code SG}, {@code SH}, {@code SI}, {@code SJ},
     * {@code SK}, {@code SL}, {@code SM}, {@code SN}, {@code SO}, {@code SR}, {@code SS}, {@code
     * ST}, {@code SV}, {@code SX}, {@code SY}, {@code SZ}, {@code TC}, {@code TD}, {@code TF},
     * {@code TG}, {@code TH}, {@code TJ}, {@code TK}, {@code TL}, {@code TM}, {@code TN}, {@code
     * TO}, {@code TR}, {@code TT}, {@code TV}, {@code TW}, {@code TZ}, {@code UA}, {@code UG},
     * {@code UM}, {@code US}, {@code UY}, {@code UZ}, {@code VA}, {@code VC}, {@code VE}, {@code
     * VG}, {@code VI}, {@code VN}, {@code VU}, {@code WF}, {@code WS}, {@code YE}, {@code YT},
     * {@code ZA}, {@code ZM}, {@code ZW}. CloudFormation property {@code Locations}.
     */
    public GeoRestriction locations(List<String> value) {
      return set("Locations", Value.listOf(value));
    }

    /** Sets {@code Locations} to this value; see {@link #locations(List)}. */
    public GeoRestriction locations(Value<List<String>> value) {
      return set("Locations", value);
    }

    /**
     * The method that you want to use to restrict distribution of your content by country:
     *
     * <ul> <li><code>none</code> : No geo restriction is enabled, meaning access to content is not
     * restricted by client geo location. <li><code>blacklist</code> : The <code>Location</code>
     * elements specify the countries in which you don't want CloudFront to distribute your content.
     * <li><code>whitelist</code> : The <code>Location</code> elements specify the countries in
     * which you want CloudFront to distribute your content. </ul>
     *
     * <p>Required. Allowed values: {@code blacklist}, {@code none}, {@code whitelist}.
     * CloudFormation property {@code RestrictionType}.
     */
    public GeoRestriction restrictionType(String value) {
      return set("RestrictionType", Value.of(value));
    }

    /** Sets {@code RestrictionType} to this value; see {@link #restrictionType(String)}. */
    public GeoRestriction restrictionType(Value<String> value) {
      return set("RestrictionType", value);
    }
  }

  /**
   * Amazon CloudFront supports gRPC, an open-source remote procedure call (RPC) framework built on
   * HTTP/2. gRPC offers bi-directional streaming and binary protocol that buffers payloads, making
   * it suitable for applications that require low latency communications.
   *
   * <p>To enable your distribution to handle gRPC requests, you must include HTTP/2 as one of the
   * supported <code>HTTP</code> versions and allow <code>HTTP</code> methods, including
   * <code>POST</code> .
   *
   * <p>For more information, see <a
   * href="https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/distribution-using-grpc.html">Using
   * gRPC with CloudFront distributions</a> in the <em>Amazon CloudFront Developer Guide</em> .
   *
   * <p>Property type {@code AWS::CloudFront::Distribution.GrpcConfig}.
   */
  public static final class GrpcConfig extends Struct<GrpcConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::CloudFront::Distribution.GrpcConfig")
        .required("Enabled")
        .build();

    public GrpcConfig() {
      super(SCHEMA);
    }

    /**
     * Enables your CloudFront distribution to receive gRPC requests and to proxy them directly to
     * your origins.
     *
     * <p>Required. CloudFormation property {@code Enabled}.
     */
    public GrpcConfig enabled(boolean value) {
      return set("Enabled", Value.of(value));
    }

    /** Sets {@code Enabled} to this value; see {@link #enabled(boolean)}. */
    public GrpcConfig enabled(Value<Boolean> value) {
      return set("Enabled", value);
    }
  }

  /**
   * A complex type that contains a Lambda&#64;Edge function association.
   *
   * <p>Property type {@code AWS::CloudFront::Distribution.LambdaFunctionAssociation}.
   */
  public static final class LambdaFunctionAssociation extends Struct<LambdaFunctionAssociation> {
    private static final Schema SCHEMA = Schema.builder("AWS::CloudFront::Distribution.LambdaFunctionAssociation")
        .references("LambdaFunctionARN", "AWS::Lambda::Version.Ref")
        .build();

    public LambdaFunctionAssociation() {
      super(SCHEMA);
    }

    /**
     * Specifies the event type that triggers a Lambda&#64;Edge function invocation. You can specify
     * the following values:
     *
     * <ul> <li><code>viewer-request</code> : The function executes when CloudFront receives a
     * request from a viewer and before it checks to see whether the requested object is in the edge
     * cache. <li><code>origin-request</code> : The function executes only when CloudFront sends a
     * request to your origin. When the requested object is in the edge cache, the function doesn't
     * execute. <li><code>origin-response</code> : The function executes after CloudFront receives a
     * response from the origin and before it caches the object in the response. When the requested
     * object is in the edge cache, the function doesn't execute. <li><code>viewer-response</code> :
     * The function executes before CloudFront returns the requested object to the viewer. The
     * function executes regardless of whether the object was already in the edge cache. </ul>
     *
     * <p>If the origin returns an HTTP status code other than HTTP 200 (OK), the function doesn't
     * execute.
     *
     * <p>CloudFormation property {@code EventType}.
     */
    public LambdaFunctionAssociation eventType(String value) {
      return set("EventType", Value.of(value));
    }

    /** Sets {@code EventType} to this value; see {@link #eventType(String)}. */
    public LambdaFunctionAssociation eventType(Value<String> value) {
      return set("EventType", value);
    }

    /**
     * A flag that allows a Lambda&#64;Edge function to have read access to the body content. For
     * more information, see <a
     * href="https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/lambda-include-body-access.html">Accessing
     * the Request Body by Choosing the Include Body Option</a> in the Amazon CloudFront Developer
     * Guide.
     *
     * <p>CloudFormation property {@code IncludeBody}.
     */
    public LambdaFunctionAssociation includeBody(boolean value) {
      return set("IncludeBody", Value.of(value));
    }

    /** Sets {@code IncludeBody} to this value; see {@link #includeBody(boolean)}. */
    public LambdaFunctionAssociation includeBody(Value<Boolean> value) {
      return set("IncludeBody", value);
    }

    /**
     * The ARN of the Lambda&#64;Edge function. You must specify the ARN of a function version; you
     * can't specify an alias or $LATEST.
     *
     * <p>CloudFormation property {@code LambdaFunctionARN}.
     */
    public LambdaFunctionAssociation lambdaFunctionARN(String value) {
      return set("LambdaFunctionARN", Value.of(value));
    }

    /** Sets {@code LambdaFunctionARN} to this value; see {@link #lambdaFunctionARN(String)}. */
    public LambdaFunctionAssociation lambdaFunctionARN(Value<String> value) {
      return set("LambdaFunctionARN", value);
    }

    /**
     * Sets {@code LambdaFunctionARN} to the Ref of {@code AWS::Lambda::Version}; see {@link
     * #lambdaFunctionARN(String)}.
     */
    public LambdaFunctionAssociation lambdaFunctionARN(Version resource) {
      return set("LambdaFunctionARN", resource.ref());
    }
  }

  /**
   * A custom origin. A custom origin is any origin that is <em>not</em> an Amazon S3 bucket, with
   * one exception. An Amazon S3 bucket that is <a
   * href="https://docs.aws.amazon.com/AmazonS3/latest/dev/WebsiteHosting.html">configured with
   * static website hosting</a> <em>is</em> a custom origin.
   *
   * <p>This property is legacy. We recommend that you use <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-cloudfront-distribution-origin.html">Origin</a>
   * instead.
   *
   * <p>Property type {@code AWS::CloudFront::Distribution.LegacyCustomOrigin}.
   */
  public static final class LegacyCustomOrigin extends Struct<LegacyCustomOrigin> {
    private static final Schema SCHEMA = Schema.builder("AWS::CloudFront::Distribution.LegacyCustomOrigin")
        .required("DNSName", "OriginProtocolPolicy", "OriginSSLProtocols")
        .build();

    public LegacyCustomOrigin() {
      super(SCHEMA);
    }

    /**
     * The domain name assigned to your CloudFront distribution.
     *
     * <p>Required. CloudFormation property {@code DNSName}.
     */
    public LegacyCustomOrigin dnsName(String value) {
      return set("DNSName", Value.of(value));
    }

    /** Sets {@code DNSName} to this value; see {@link #dnsName(String)}. */
    public LegacyCustomOrigin dnsName(Value<String> value) {
      return set("DNSName", value);
    }

    /**
     * The HTTP port that CloudFront uses to connect to the origin. Specify the HTTP port that the
     * origin listens on.
     *
     * <p>Default: {@code 80}. CloudFormation property {@code HTTPPort}.
     */
    public LegacyCustomOrigin httpPort(int value) {
      return set("HTTPPort", Value.of(value));
    }

    /** Sets {@code HTTPPort} to this value; see {@link #httpPort(int)}. */
    public LegacyCustomOrigin httpPort(Value<Integer> value) {
      return set("HTTPPort", value);
    }

    /**
     * The HTTPS port that CloudFront uses to connect to the origin. Specify the HTTPS port that the
     * origin listens on.
     *
     * <p>Default: {@code 443}. CloudFormation property {@code HTTPSPort}.
     */
    public LegacyCustomOrigin httpsPort(int value) {
      return set("HTTPSPort", Value.of(value));
    }

    /** Sets {@code HTTPSPort} to this value; see {@link #httpsPort(int)}. */
    public LegacyCustomOrigin httpsPort(Value<Integer> value) {
      return set("HTTPSPort", value);
    }

    /**
     * Specifies the protocol (HTTP or HTTPS) that CloudFront uses to connect to the origin.
     *
     * <p>Required. CloudFormation property {@code OriginProtocolPolicy}.
     */
    public LegacyCustomOrigin originProtocolPolicy(String value) {
      return set("OriginProtocolPolicy", Value.of(value));
    }

    /**
     * Sets {@code OriginProtocolPolicy} to this value; see {@link #originProtocolPolicy(String)}.
     */
    public LegacyCustomOrigin originProtocolPolicy(Value<String> value) {
      return set("OriginProtocolPolicy", value);
    }

    /**
     * The minimum SSL/TLS protocol version that CloudFront uses when communicating with your origin
     * server over HTTPs.
     *
     * <p>For more information, see <a
     * href="https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/distribution-web-values-specify.html#DownloadDistValuesOriginSSLProtocols">Minimum
     * Origin SSL Protocol</a> in the <em>Amazon CloudFront Developer Guide</em> .
     *
     * <p>Required. CloudFormation property {@code OriginSSLProtocols}.
     */
    public LegacyCustomOrigin originSSLProtocols(List<String> value) {
      return set("OriginSSLProtocols", Value.listOf(value));
    }

    /** Sets {@code OriginSSLProtocols} to this value; see {@link #originSSLProtocols(List)}. */
    public LegacyCustomOrigin originSSLProtocols(Value<List<String>> value) {
      return set("OriginSSLProtocols", value);
    }
  }

  /**
   * The origin as an Amazon S3 bucket.
   *
   * <p>This property is legacy. We recommend that you use <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-cloudfront-distribution-origin.html">Origin</a>
   * instead.
   *
   * <p>Property type {@code AWS::CloudFront::Distribution.LegacyS3Origin}.
   */
  public static final class LegacyS3Origin extends Struct<LegacyS3Origin> {
    private static final Schema SCHEMA = Schema.builder("AWS::CloudFront::Distribution.LegacyS3Origin")
        .required("DNSName")
        .build();

    public LegacyS3Origin() {
      super(SCHEMA);
    }

    /**
     * The domain name assigned to your CloudFront distribution.
     *
     * <p>Required. CloudFormation property {@code DNSName}.
     */
    public LegacyS3Origin dnsName(String value) {
      return set("DNSName", Value.of(value));
    }

    /** Sets {@code DNSName} to this value; see {@link #dnsName(String)}. */
    public LegacyS3Origin dnsName(Value<String> value) {
      return set("DNSName", value);
    }

    /**
     * The CloudFront origin access identity to associate with the distribution. Use an origin
     * access identity to configure the distribution so that end users can only access objects in an
     * Amazon S3 through CloudFront .
     *
     * <p>This property is legacy. We recommend that you use <a
     * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-cloudfront-originaccesscontrol.html">OriginAccessControl</a>
     * instead.
     *
     * <p>Default: {@code ""}. CloudFormation property {@code OriginAccessIdentity}.
     */
    public LegacyS3Origin originAccessIdentity(String value) {
      return set("OriginAccessIdentity", Value.of(value));
    }

    /**
     * Sets {@code OriginAccessIdentity} to this value; see {@link #originAccessIdentity(String)}.
     */
    public LegacyS3Origin originAccessIdentity(Value<String> value) {
      return set("OriginAccessIdentity", value);
    }
  }

  /**
   * A complex type that specifies whether access logs are written for the distribution.
   *
   * <p>If you already enabled standard logging (legacy) and you want to enable standard logging
   * (v2) to send your access logs to Amazon S3, we recommend that you specify a <em>different</em>
   * Amazon S3 bucket or use a <em>separate path</em> in the same bucket (for example, use a log
   * prefix or partitioning). This helps you keep track of which log files are associated with which
   * logging subscription and prevents log files from overwriting each other. For more information,
   * see <a
   * href="https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/AccessLogs.html">Standard
   * logging (access logs)</a> in the <em>Amazon CloudFront Developer Guide</em> .
   *
   * <p>Property type {@code AWS::CloudFront::Distribution.Logging}.
   */
  public static final class Logging extends Struct<Logging> {
    private static final Schema SCHEMA = Schema.builder("AWS::CloudFront::Distribution.Logging")
        .references("Bucket", "AWS::S3::Bucket.RegionalDomainName", "AWS::S3::Bucket.DomainName")
        .build();

    public Logging() {
      super(SCHEMA);
    }

    /**
     * The Amazon S3 bucket to store the access logs in, for example,
     * <code>amzn-s3-demo-bucket.s3.amazonaws.com</code> .
     *
     * <p>CloudFormation property {@code Bucket}.
     */
    public Logging bucket(String value) {
      return set("Bucket", Value.of(value));
    }

    /** Sets {@code Bucket} to this value; see {@link #bucket(String)}. */
    public Logging bucket(Value<String> value) {
      return set("Bucket", value);
    }

    /**
     * Sets {@code Bucket} to the RegionalDomainName of {@code AWS::S3::Bucket}; see {@link
     * #bucket(String)}.
     */
    public Logging bucket(Bucket resource) {
      return set("Bucket", resource.regionalDomainName());
    }

    /**
     * Specifies whether you want CloudFront to include cookies in access logs, specify
     * <code>true</code> for <code>IncludeCookies</code> . If you choose to include cookies in logs,
     * CloudFront logs all cookies regardless of how you configure the cache behaviors for this
     * distribution. If you don't want to include cookies when you create a distribution or if you
     * want to disable include cookies for an existing distribution, specify <code>false</code> for
     * <code>IncludeCookies</code> .
     *
     * <p>Default: {@code false}. CloudFormation property {@code IncludeCookies}.
     */
    public Logging includeCookies(boolean value) {
      return set("IncludeCookies", Value.of(value));
    }

    /** Sets {@code IncludeCookies} to this value; see {@link #includeCookies(boolean)}. */
    public Logging includeCookies(Value<Boolean> value) {
      return set("IncludeCookies", value);
    }

    /**
     * An optional string that you want CloudFront to prefix to the access log
     * <code>filenames</code> for this distribution, for example, <code>myprefix/</code> . If you
     * want to enable logging, but you don't want to specify a prefix, you still must include an
     * empty <code>Prefix</code> element in the <code>Logging</code> element.
     *
     * <p>Default: {@code ""}. CloudFormation property {@code Prefix}.
     */
    public Logging prefix(String value) {
      return set("Prefix", Value.of(value));
    }

    /** Sets {@code Prefix} to this value; see {@link #prefix(String)}. */
    public Logging prefix(Value<String> value) {
      return set("Prefix", value);
    }
  }

  /**
   * An origin.
   *
   * <p>An origin is the location where content is stored, and from which CloudFront gets content to
   * serve to viewers. To specify an origin:
   *
   * <ul> <li>Use <code>S3OriginConfig</code> to specify an Amazon S3 bucket that is not configured
   * with static website hosting. <li>Use <code>VpcOriginConfig</code> to specify a VPC origin.
   * <li>Use <code>CustomOriginConfig</code> to specify all other kinds of origins, including: </ul>
   *
   * <ul> <li>An Amazon S3 bucket that is configured with static website hosting <li>An Elastic Load
   * Balancing load balancer <li>An AWS Elemental MediaPackage endpoint <li>An AWS Elemental
   * MediaStore container <li>Any other HTTP server, running on an Amazon EC2 instance or any other
   * kind of host </ul>
   *
   * <p>For the current maximum number of origins that you can specify per distribution, see <a
   * href="https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/cloudfront-limits.html#limits-web-distributions">General
   * Quotas on Web Distributions</a> in the <em>Amazon CloudFront Developer Guide</em> (quotas were
   * formerly referred to as limits).
   *
   * <p>Property type {@code AWS::CloudFront::Distribution.Origin}.
   */
  public static final class Origin extends Struct<Origin> {
    private static final Schema SCHEMA = Schema.builder("AWS::CloudFront::Distribution.Origin")
        .required("DomainName", "Id")
        .references("DomainName", "AWS::S3::Bucket.RegionalDomainName",
            "AWS::ApiGateway::DomainName.Ref", "AWS::ElasticLoadBalancingV2::LoadBalancer.DNSName",
            "AWS::S3::Bucket.DomainName")
        .references("Id", "AWS::ElasticLoadBalancingV2::LoadBalancer.Ref")
        .references("OriginAccessControlId", "AWS::CloudFront::OriginAccessControl.Ref")
        .build();

    public Origin() {
      super(SCHEMA);
    }

    /**
     * The number of times that CloudFront attempts to connect to the origin. The minimum number is
     * 1, the maximum is 3, and the default (if you don't specify otherwise) is 3.
     *
     * <p>For a custom origin (including an Amazon S3 bucket that's configured with static website
     * hosting), this value also specifies the number of times that CloudFront attempts to get a
     * response from the origin, in the case of an <a
     * href="https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/distribution-web-values-specify.html#DownloadDistValuesOriginResponseTimeout">Origin
     * Response Timeout</a> .
     *
     * <p>For more information, see <a
     * href="https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/distribution-web-values-specify.html#origin-connection-attempts">Origin
     * Connection Attempts</a> in the <em>Amazon CloudFront Developer Guide</em> .
     *
     * <p>CloudFormation property {@code ConnectionAttempts}.
     */
    public Origin connectionAttempts(int value) {
      return set("ConnectionAttempts", Value.of(value));
    }

    /** Sets {@code ConnectionAttempts} to this value; see {@link #connectionAttempts(int)}. */
    public Origin connectionAttempts(Value<Integer> value) {
      return set("ConnectionAttempts", value);
    }

    /**
     * The number of seconds that CloudFront waits when trying to establish a connection to the
     * origin. The minimum timeout is 1 second, the maximum is 10 seconds, and the default (if you
     * don't specify otherwise) is 10 seconds.
     *
     * <p>For more information, see <a
     * href="https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/distribution-web-values-specify.html#origin-connection-timeout">Origin
     * Connection Timeout</a> in the <em>Amazon CloudFront Developer Guide</em> .
     *
     * <p>CloudFormation property {@code ConnectionTimeout}.
     */
    public Origin connectionTimeout(int value) {
      return set("ConnectionTimeout", Value.of(value));
    }

    /** Sets {@code ConnectionTimeout} to this value; see {@link #connectionTimeout(int)}. */
    public Origin connectionTimeout(Value<Integer> value) {
      return set("ConnectionTimeout", value);
    }

    /**
     * Use this type to specify an origin that is not an Amazon S3 bucket, with one exception. If
     * the Amazon S3 bucket is configured with static website hosting, use this type. If the Amazon
     * S3 bucket is not configured with static website hosting, use the <code>S3OriginConfig</code>
     * type instead.
     *
     * <p>CloudFormation property {@code CustomOriginConfig}.
     */
    public Origin customOriginConfig(Value<CustomOriginConfig> value) {
      return set("CustomOriginConfig", value);
    }

    /**
     * The domain name for the origin.
     *
     * <p>For more information, see <a
     * href="https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/distribution-web-values-specify.html#DownloadDistValuesDomainName">Origin
     * Domain Name</a> in the <em>Amazon CloudFront Developer Guide</em> .
     *
     * <p>Required. CloudFormation property {@code DomainName}.
     */
    public Origin domainName(String value) {
      return set("DomainName", Value.of(value));
    }

    /** Sets {@code DomainName} to this value; see {@link #domainName(String)}. */
    public Origin domainName(Value<String> value) {
      return set("DomainName", value);
    }

    /**
     * Sets {@code DomainName} to the RegionalDomainName of {@code AWS::S3::Bucket}; see {@link
     * #domainName(String)}.
     */
    public Origin domainName(Bucket resource) {
      return set("DomainName", resource.regionalDomainName());
    }

    /**
     * Sets {@code DomainName} to the Ref of {@code AWS::ApiGateway::DomainName}; see {@link
     * #domainName(String)}.
     */
    public Origin domainName(DomainName resource) {
      return set("DomainName", resource.ref());
    }

    /**
     * Sets {@code DomainName} to the DNSName of {@code AWS::ElasticLoadBalancingV2::LoadBalancer};
     * see {@link #domainName(String)}.
     */
    public Origin domainName(LoadBalancer resource) {
      return set("DomainName", resource.dnsName());
    }

    /**
     * A unique identifier for the origin. This value must be unique within the distribution.
     *
     * <p>Use this value to specify the <code>TargetOriginId</code> in a <code>CacheBehavior</code>
     * or <code>DefaultCacheBehavior</code> .
     *
     * <p>Required. CloudFormation property {@code Id}.
     */
    public Origin id(String value) {
      return set("Id", Value.of(value));
    }

    /** Sets {@code Id} to this value; see {@link #id(String)}. */
    public Origin id(Value<String> value) {
      return set("Id", value);
    }

    /**
     * Sets {@code Id} to the Ref of {@code AWS::ElasticLoadBalancingV2::LoadBalancer}; see {@link
     * #id(String)}.
     */
    public Origin id(LoadBalancer resource) {
      return set("Id", resource.ref());
    }

    /**
     * The unique identifier of an origin access control for this origin.
     *
     * <p>For more information, see <a
     * href="https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/private-content-restricting-access-to-s3.html">Restricting
     * access to an Amazon S3 origin</a> in the <em>Amazon CloudFront Developer Guide</em> .
     *
     * <p>CloudFormation property {@code OriginAccessControlId}.
     */
    public Origin originAccessControlId(String value) {
      return set("OriginAccessControlId", Value.of(value));
    }

    /**
     * Sets {@code OriginAccessControlId} to this value; see {@link #originAccessControlId(String)}.
     */
    public Origin originAccessControlId(Value<String> value) {
      return set("OriginAccessControlId", value);
    }

    /**
     * Sets {@code OriginAccessControlId} to the Ref of {@code
     * AWS::CloudFront::OriginAccessControl}; see {@link #originAccessControlId(String)}.
     */
    public Origin originAccessControlId(OriginAccessControl resource) {
      return set("OriginAccessControlId", resource.ref());
    }

    /**
     * A list of HTTP header names and values that CloudFront adds to the requests that it sends to
     * the origin.
     *
     * <p>For more information, see <a
     * href="https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/add-origin-custom-headers.html">Adding
     * Custom Headers to Origin Requests</a> in the <em>Amazon CloudFront Developer Guide</em> .
     *
     * <p>CloudFormation property {@code OriginCustomHeaders}.
     */
    public Origin originCustomHeaders(List<OriginCustomHeader> value) {
      return set("OriginCustomHeaders", Value.listOf(value));
    }

    /** Sets {@code OriginCustomHeaders} to this value; see {@link #originCustomHeaders(List)}. */
    public Origin originCustomHeaders(Value<List<OriginCustomHeader>> value) {
      return set("OriginCustomHeaders", value);
    }

    /**
     * Sets {@code OriginCustomHeaders} to a list of these; see {@link #originCustomHeaders(List)}.
     */
    public Origin originCustomHeaders(OriginCustomHeader... values) {
      return set("OriginCustomHeaders", Value.list(values));
    }

    /**
     * An optional path that CloudFront appends to the origin domain name when CloudFront requests
     * content from the origin.
     *
     * <p>For more information, see <a
     * href="https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/distribution-web-values-specify.html#DownloadDistValuesOriginPath">Origin
     * Path</a> in the <em>Amazon CloudFront Developer Guide</em> .
     *
     * <p>Default: {@code ""}. CloudFormation property {@code OriginPath}.
     */
    public Origin originPath(String value) {
      return set("OriginPath", Value.of(value));
    }

    /** Sets {@code OriginPath} to this value; see {@link #originPath(String)}. */
    public Origin originPath(Value<String> value) {
      return set("OriginPath", value);
    }

    /**
     * CloudFront Origin Shield. Using Origin Shield can help reduce the load on your origin.
     *
     * <p>For more information, see <a
     * href="https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/origin-shield.html">Using
     * Origin Shield</a> in the <em>Amazon CloudFront Developer Guide</em> .
     *
     * <p>CloudFormation property {@code OriginShield}.
     */
    public Origin originShield(Value<OriginShield> value) {
      return set("OriginShield", value);
    }

    /**
     * The time (in seconds) that a request from CloudFront to the origin can stay open and wait for
     * a response. If the complete response isn't received from the origin by this time, CloudFront
     * ends the connection.
     *
     * <p>The value for <code>ResponseCompletionTimeout</code> must be equal to or greater than the
     * value for <code>OriginReadTimeout</code> . If you don't set a value for
     * <code>ResponseCompletionTimeout</code> , CloudFront doesn't enforce a maximum value.
     *
     * <p>For more information, see <a
     * href="https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/DownloadDistValuesOrigin.html#response-completion-timeout">Response
     * completion timeout</a> in the <em>Amazon CloudFront Developer Guide</em> .
     *
     * <p>CloudFormation property {@code ResponseCompletionTimeout}.
     */
    public Origin responseCompletionTimeout(int value) {
      return set("ResponseCompletionTimeout", Value.of(value));
    }

    /**
     * Sets {@code ResponseCompletionTimeout} to this value; see {@link
     * #responseCompletionTimeout(int)}.
     */
    public Origin responseCompletionTimeout(Value<Integer> value) {
      return set("ResponseCompletionTimeout", value);
    }

    /**
     * Use this type to specify an origin that is an Amazon S3 bucket that is not configured with
     * static website hosting. To specify any other type of origin, including an Amazon S3 bucket
     * that is configured with static website hosting, use the <code>CustomOriginConfig</code> type
     * instead.
     *
     * <p>CloudFormation property {@code S3OriginConfig}.
     */
    public Origin s3OriginConfig(Value<S3OriginConfig> value) {
      return set("S3OriginConfig", value);
    }

    /**
     * The VPC origin configuration.
     *
     * <p>CloudFormation property {@code VpcOriginConfig}.
     */
    public Origin vpcOriginConfig(Value<VpcOriginConfig> value) {
      return set("VpcOriginConfig", value);
    }
  }

  /**
   * A complex type that contains <code>HeaderName</code> and <code>HeaderValue</code> elements, if
   * any, for this distribution.
   *
   * <p>Property type {@code AWS::CloudFront::Distribution.OriginCustomHeader}.
   */
  public static final class OriginCustomHeader extends Struct<OriginCustomHeader> {
    private static final Schema SCHEMA = Schema.builder("AWS::CloudFront::Distribution.OriginCustomHeader")
        .required("HeaderName", "HeaderValue")
        .build();

    public OriginCustomHeader() {
      super(SCHEMA);
    }

    /**
     * The name of a header that you want CloudFront to send to your origin. For more information,
     * see <a
     * href="https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/forward-custom-headers.html">Adding
     * Custom Headers to Origin Requests</a> in the <em>Amazon CloudFront Developer Guide</em> .
     *
     * <p>Required. CloudFormation property {@code HeaderName}.
     */
    public OriginCustomHeader headerName(String value) {
      return set("HeaderName", Value.of(value));
    }

    /** Sets {@code HeaderName} to this value; see {@link #headerName(String)}. */
    public OriginCustomHeader headerName(Value<String> value) {
      return set("HeaderName", value);
    }

    /**
     * The value for the header that you specified in the <code>HeaderName</code> field.
     *
     * <p>Required. CloudFormation property {@code HeaderValue}.
     */
    public OriginCustomHeader headerValue(String value) {
      return set("HeaderValue", Value.of(value));
    }

    /** Sets {@code HeaderValue} to this value; see {@link #headerValue(String)}. */
    public OriginCustomHeader headerValue(Value<String> value) {
      return set("HeaderValue", value);
    }
  }

  /**
   * An origin group includes two origins (a primary origin and a secondary origin to failover to)
   * and a failover criteria that you specify. You create an origin group to support origin failover
   * in CloudFront. When you create or update a distribution, you can specify the origin group
   * instead of a single origin, and CloudFront will failover from the primary origin to the
   * secondary origin under the failover conditions that you've chosen.
   *
   * <p>Optionally, you can choose selection criteria for your origin group to specify how your
   * origins are selected when your distribution routes viewer requests.
   *
   * <p>Property type {@code AWS::CloudFront::Distribution.OriginGroup}.
   */
  public static final class OriginGroup extends Struct<OriginGroup> {
    private static final Schema SCHEMA = Schema.builder("AWS::CloudFront::Distribution.OriginGroup")
        .required("FailoverCriteria", "Id", "Members")
        .allowed("SelectionCriteria", "default", "media-quality-based")
        .build();

    public OriginGroup() {
      super(SCHEMA);
    }

    /**
     * A complex type that contains information about the failover criteria for an origin group.
     *
     * <p>Required. CloudFormation property {@code FailoverCriteria}.
     */
    public OriginGroup failoverCriteria(Value<OriginGroupFailoverCriteria> value) {
      return set("FailoverCriteria", value);
    }

    /**
     * The origin group's ID.
     *
     * <p>Required. CloudFormation property {@code Id}.
     */
    public OriginGroup id(String value) {
      return set("Id", Value.of(value));
    }

    /** Sets {@code Id} to this value; see {@link #id(String)}. */
    public OriginGroup id(Value<String> value) {
      return set("Id", value);
    }

    /**
     * A complex type that contains information about the origins in an origin group.
     *
     * <p>Required. CloudFormation property {@code Members}.
     */
    public OriginGroup members(Value<OriginGroupMembers> value) {
      return set("Members", value);
    }

    /**
     * The selection criteria for the origin group. For more information, see <a
     * href="https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/high_availability_origin_failover.html#concept_origin_groups.creating">Create
     * an origin group</a> in the <em>Amazon CloudFront Developer Guide</em> .
     *
     * <p>Allowed values: {@code default}, {@code media-quality-based}. CloudFormation property
     * {@code SelectionCriteria}.
     */
    public OriginGroup selectionCriteria(String value) {
      return set("SelectionCriteria", Value.of(value));
    }

    /** Sets {@code SelectionCriteria} to this value; see {@link #selectionCriteria(String)}. */
    public OriginGroup selectionCriteria(Value<String> value) {
      return set("SelectionCriteria", value);
    }
  }

  /**
   * A complex data type that includes information about the failover criteria for an origin group,
   * including the status codes for which CloudFront will failover from the primary origin to the
   * second origin.
   *
   * <p>Property type {@code AWS::CloudFront::Distribution.OriginGroupFailoverCriteria}.
   */
  public static final class OriginGroupFailoverCriteria extends Struct<OriginGroupFailoverCriteria> {
    private static final Schema SCHEMA = Schema.builder("AWS::CloudFront::Distribution.OriginGroupFailoverCriteria")
        .required("StatusCodes")
        .build();

    public OriginGroupFailoverCriteria() {
      super(SCHEMA);
    }

    /**
     * The status codes that, when returned from the primary origin, will trigger CloudFront to
     * failover to the second origin.
     *
     * <p>Required. CloudFormation property {@code StatusCodes}.
     */
    public OriginGroupFailoverCriteria statusCodes(Value<StatusCodes> value) {
      return set("StatusCodes", value);
    }
  }

  /**
   * An origin in an origin group.
   *
   * <p>Property type {@code AWS::CloudFront::Distribution.OriginGroupMember}.
   */
  public static final class OriginGroupMember extends Struct<OriginGroupMember> {
    private static final Schema SCHEMA = Schema.builder("AWS::CloudFront::Distribution.OriginGroupMember")
        .required("OriginId")
        .build();

    public OriginGroupMember() {
      super(SCHEMA);
    }

    /**
     * The ID for an origin in an origin group.
     *
     * <p>Required. CloudFormation property {@code OriginId}.
     */
    public OriginGroupMember originId(String value) {
      return set("OriginId", Value.of(value));
    }

    /** Sets {@code OriginId} to this value; see {@link #originId(String)}. */
    public OriginGroupMember originId(Value<String> value) {
      return set("OriginId", value);
    }
  }

  /**
   * A complex data type for the origins included in an origin group.
   *
   * <p>Property type {@code AWS::CloudFront::Distribution.OriginGroupMembers}.
   */
  public static final class OriginGroupMembers extends Struct<OriginGroupMembers> {
    private static final Schema SCHEMA = Schema.builder("AWS::CloudFront::Distribution.OriginGroupMembers")
        .required("Items", "Quantity")
        .build();

    public OriginGroupMembers() {
      super(SCHEMA);
    }

    /**
     * Items (origins) in an origin group.
     *
     * <p>Required. CloudFormation property {@code Items}.
     */
    public OriginGroupMembers items(List<OriginGroupMember> value) {
      return set("Items", Value.listOf(value));
    }

    /** Sets {@code Items} to this value; see {@link #items(List)}. */
    public OriginGroupMembers items(Value<List<OriginGroupMember>> value) {
      return set("Items", value);
    }

    /** Sets {@code Items} to a list of these; see {@link #items(List)}. */
    public OriginGroupMembers items(OriginGroupMember... values) {
      return set("Items", Value.list(values));
    }

    /**
     * The number of origins in an origin group.
     *
     * <p>Required. CloudFormation property {@code Quantity}.
     */
    public OriginGroupMembers quantity(int value) {
      return set("Quantity", Value.of(value));
    }

    /** Sets {@code Quantity} to this value; see {@link #quantity(int)}. */
    public OriginGroupMembers quantity(Value<Integer> value) {
      return set("Quantity", value);
    }
  }

  /**
   * A complex data type for the origin groups specified for a distribution.
   *
   * <p>Property type {@code AWS::CloudFront::Distribution.OriginGroups}.
   */
  public static final class OriginGroups extends Struct<OriginGroups> {
    private static final Schema SCHEMA = Schema.builder("AWS::CloudFront::Distribution.OriginGroups")
        .required("Quantity")
        .build();

    public OriginGroups() {
      super(SCHEMA);
    }

    /**
     * The items (origin groups) in a distribution.
     *
     * <p>CloudFormation property {@code Items}.
     */
    public OriginGroups items(List<OriginGroup> value) {
      return set("Items", Value.listOf(value));
    }

    /** Sets {@code Items} to this value; see {@link #items(List)}. */
    public OriginGroups items(Value<List<OriginGroup>> value) {
      return set("Items", value);
    }

    /** Sets {@code Items} to a list of these; see {@link #items(List)}. */
    public OriginGroups items(OriginGroup... values) {
      return set("Items", Value.list(values));
    }

    /**
     * The number of origin groups.
     *
     * <p>Required. CloudFormation property {@code Quantity}.
     */
    public OriginGroups quantity(int value) {
      return set("Quantity", Value.of(value));
    }

    /** Sets {@code Quantity} to this value; see {@link #quantity(int)}. */
    public OriginGroups quantity(Value<Integer> value) {
      return set("Quantity", value);
    }
  }

  /**
   * Configures mutual TLS authentication between CloudFront and your origin server.
   *
   * <p>Property type {@code AWS::CloudFront::Distribution.OriginMtlsConfig}.
   */
  public static final class OriginMtlsConfig extends Struct<OriginMtlsConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::CloudFront::Distribution.OriginMtlsConfig")
        .required("ClientCertificateArn")
        .build();

    public OriginMtlsConfig() {
      super(SCHEMA);
    }

    /**
     * The Amazon Resource Name (ARN) of the client certificate stored in AWS Certificate Manager
     * (ACM) that CloudFront uses to authenticate with your origin using Mutual TLS.
     *
     * <p>Required. CloudFormation property {@code ClientCertificateArn}.
     */
    public OriginMtlsConfig clientCertificateArn(String value) {
      return set("ClientCertificateArn", Value.of(value));
    }

    /**
     * Sets {@code ClientCertificateArn} to this value; see {@link #clientCertificateArn(String)}.
     */
    public OriginMtlsConfig clientCertificateArn(Value<String> value) {
      return set("ClientCertificateArn", value);
    }
  }

  /**
   * CloudFront Origin Shield.
   *
   * <p>Using Origin Shield can help reduce the load on your origin. For more information, see <a
   * href="https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/origin-shield.html">Using
   * Origin Shield</a> in the <em>Amazon CloudFront Developer Guide</em> .
   *
   * <p>Property type {@code AWS::CloudFront::Distribution.OriginShield}.
   */
  public static final class OriginShield extends Struct<OriginShield> {
    private static final Schema SCHEMA = Schema.of("AWS::CloudFront::Distribution.OriginShield");

    public OriginShield() {
      super(SCHEMA);
    }

    /**
     * A flag that specifies whether Origin Shield is enabled.
     *
     * <p>When it's enabled, CloudFront routes all requests through Origin Shield, which can help
     * protect your origin. When it's disabled, CloudFront might send requests directly to your
     * origin from multiple edge locations or regional edge caches.
     *
     * <p>CloudFormation property {@code Enabled}.
     */
    public OriginShield enabled(boolean value) {
      return set("Enabled", Value.of(value));
    }

    /** Sets {@code Enabled} to this value; see {@link #enabled(boolean)}. */
    public OriginShield enabled(Value<Boolean> value) {
      return set("Enabled", value);
    }

    /**
     * The AWS Region for Origin Shield.
     *
     * <p>Specify the AWS Region that has the lowest latency to your origin. To specify a region,
     * use the region code, not the region name. For example, specify the US East (Ohio) region as
     * <code>us-east-2</code> .
     *
     * <p>When you enable CloudFront Origin Shield, you must specify the AWS Region for Origin
     * Shield. For the list of AWS Regions that you can specify, and for help choosing the best
     * Region for your origin, see <a
     * href="https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/origin-shield.html#choose-origin-shield-region">Choosing
     * the AWS Region for Origin Shield</a> in the <em>Amazon CloudFront Developer Guide</em> .
     *
     * <p>CloudFormation property {@code OriginShieldRegion}.
     */
    public OriginShield originShieldRegion(String value) {
      return set("OriginShieldRegion", Value.of(value));
    }

    /** Sets {@code OriginShieldRegion} to this value; see {@link #originShieldRegion(String)}. */
    public OriginShield originShieldRegion(Value<String> value) {
      return set("OriginShieldRegion", value);
    }
  }

  /**
   * A list of parameter values to add to the resource. A parameter is specified as a key-value
   * pair. A valid parameter value must exist for any parameter that is marked as required in the
   * multi-tenant distribution.
   *
   * <p>Property type {@code AWS::CloudFront::Distribution.ParameterDefinition}.
   */
  public static final class ParameterDefinition extends Struct<ParameterDefinition> {
    private static final Schema SCHEMA = Schema.builder("AWS::CloudFront::Distribution.ParameterDefinition")
        .required("Definition", "Name")
        .constrain("Name", Constraint.of().pattern("^[a-zA-Z0-9-_]+$").minLength(1).maxLength(128))
        .build();

    public ParameterDefinition() {
      super(SCHEMA);
    }

    /**
     * The value that you assigned to the parameter.
     *
     * <p>Required. CloudFormation property {@code Definition}.
     */
    public ParameterDefinition definition(Value<Definition> value) {
      return set("Definition", value);
    }

    /**
     * The name of the parameter.
     *
     * <p>Required. Length: 1 to 128 characters. Pattern: {@code ^[a-zA-Z0-9-_]+$}. CloudFormation
     * property {@code Name}.
     */
    public ParameterDefinition name(String value) {
      return set("Name", Value.of(value));
    }

    /** Sets {@code Name} to this value; see {@link #name(String)}. */
    public ParameterDefinition name(Value<String> value) {
      return set("Name", value);
    }
  }

  /**
   * A complex type that identifies ways in which you want to restrict distribution of your content.
   *
   * <p>Property type {@code AWS::CloudFront::Distribution.Restrictions}.
   */
  public static final class Restrictions extends Struct<Restrictions> {
    private static final Schema SCHEMA = Schema.builder("AWS::CloudFront::Distribution.Restrictions")
        .required("GeoRestriction")
        .build();

    public Restrictions() {
      super(SCHEMA);
    }

    /**
     * A complex type that controls the countries in which your content is distributed. CloudFront
     * determines the location of your users using <code>MaxMind</code> GeoIP databases. To disable
     * geo restriction, remove the <a
     * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-cloudfront-distribution-distributionconfig.html#cfn-cloudfront-distribution-distributionconfig-restrictions">Restrictions</a>
     * property from your stack template.
     *
     * <p>Required. CloudFormation property {@code GeoRestriction}.
     */
    public Restrictions geoRestriction(Value<GeoRestriction> value) {
      return set("GeoRestriction", value);
    }
  }

  /**
   * A complex type that contains information about the Amazon S3 origin. If the origin is a custom
   * origin or an S3 bucket that is configured as a website endpoint, use the
   * <code>CustomOriginConfig</code> element instead.
   *
   * <p>Property type {@code AWS::CloudFront::Distribution.S3OriginConfig}.
   */
  public static final class S3OriginConfig extends Struct<S3OriginConfig> {
    private static final Schema SCHEMA = Schema.of("AWS::CloudFront::Distribution.S3OriginConfig");

    public S3OriginConfig() {
      super(SCHEMA);
    }

    /**
     * If you're using origin access control (OAC) instead of origin access identity, specify an
     * empty <code>OriginAccessIdentity</code> element. For more information, see <a
     * href="https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/private-content-restricting-access-to-origin.html">Restricting
     * access to an AWS</a> in the <em>Amazon CloudFront Developer Guide</em> .
     *
     * <p>The CloudFront origin access identity to associate with the origin. Use an origin access
     * identity to configure the origin so that viewers can <em>only</em> access objects in an
     * Amazon S3 bucket through CloudFront. The format of the value is:
     *
     * <p><code>origin-access-identity/cloudfront/ID-of-origin-access-identity</code>
     *
     * <p>The <code><em>ID-of-origin-access-identity</em></code> is the value that CloudFront
     * returned in the <code>ID</code> element when you created the origin access identity.
     *
     * <p>If you want viewers to be able to access objects using either the CloudFront URL or the
     * Amazon S3 URL, specify an empty <code>OriginAccessIdentity</code> element.
     *
     * <p>To delete the origin access identity from an existing distribution, update the
     * distribution configuration and include an empty <code>OriginAccessIdentity</code> element.
     *
     * <p>To replace the origin access identity, update the distribution configuration and specify
     * the new origin access identity.
     *
     * <p>For more information about the origin access identity, see <a
     * href="https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/PrivateContent.html">Serving
     * Private Content through CloudFront</a> in the <em>Amazon CloudFront Developer Guide</em> .
     *
     * <p>Default: {@code ""}. CloudFormation property {@code OriginAccessIdentity}.
     */
    public S3OriginConfig originAccessIdentity(String value) {
      return set("OriginAccessIdentity", Value.of(value));
    }

    /**
     * Sets {@code OriginAccessIdentity} to this value; see {@link #originAccessIdentity(String)}.
     */
    public S3OriginConfig originAccessIdentity(Value<String> value) {
      return set("OriginAccessIdentity", value);
    }

    /**
     * Specifies how long, in seconds, CloudFront waits for a response from the origin. This is also
     * known as the <em>origin response timeout</em> . The minimum timeout is 1 second, the maximum
     * is 120 seconds, and the default (if you don't specify otherwise) is 30 seconds.
     *
     * <p>For more information, see <a
     * href="https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/DownloadDistValuesOrigin.html#DownloadDistValuesOriginResponseTimeout">Response
     * timeout</a> in the <em>Amazon CloudFront Developer Guide</em> .
     *
     * <p>Default: {@code 30}. CloudFormation property {@code OriginReadTimeout}.
     */
    public S3OriginConfig originReadTimeout(int value) {
      return set("OriginReadTimeout", Value.of(value));
    }

    /** Sets {@code OriginReadTimeout} to this value; see {@link #originReadTimeout(int)}. */
    public S3OriginConfig originReadTimeout(Value<Integer> value) {
      return set("OriginReadTimeout", value);
    }
  }

  /**
   * A complex data type for the status codes that you specify that, when returned by a primary
   * origin, trigger CloudFront to failover to a second origin.
   *
   * <p>Property type {@code AWS::CloudFront::Distribution.StatusCodes}.
   */
  public static final class StatusCodes extends Struct<StatusCodes> {
    private static final Schema SCHEMA = Schema.builder("AWS::CloudFront::Distribution.StatusCodes")
        .required("Items", "Quantity")
        .build();

    public StatusCodes() {
      super(SCHEMA);
    }

    /**
     * The items (status codes) for an origin group.
     *
     * <p>Required. CloudFormation property {@code Items}.
     */
    public StatusCodes items(List<Integer> value) {
      return set("Items", Value.listOf(value));
    }

    /** Sets {@code Items} to this value; see {@link #items(List)}. */
    public StatusCodes items(Value<List<Integer>> value) {
      return set("Items", value);
    }

    /**
     * The number of status codes.
     *
     * <p>Required. CloudFormation property {@code Quantity}.
     */
    public StatusCodes quantity(int value) {
      return set("Quantity", Value.of(value));
    }

    /** Sets {@code Quantity} to this value; see {@link #quantity(int)}. */
    public StatusCodes quantity(Value<Integer> value) {
      return set("Quantity", value);
    }
  }

  /** Property type {@code AWS::CloudFront::Distribution.StringSchema}. */
  public static final class StringSchema extends Struct<StringSchema> {
    private static final Schema SCHEMA = Schema.builder("AWS::CloudFront::Distribution.StringSchema")
        .required("Required")
        .constrain("DefaultValue", Constraint.of().minLength(1).maxLength(256))
        .build();

    public StringSchema() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code Comment}. */
    public StringSchema comment(String value) {
      return set("Comment", Value.of(value));
    }

    /** Sets {@code Comment} to this value; see {@link #comment(String)}. */
    public StringSchema comment(Value<String> value) {
      return set("Comment", value);
    }

    /** Length: 1 to 256 characters. CloudFormation property {@code DefaultValue}. */
    public StringSchema defaultValue(String value) {
      return set("DefaultValue", Value.of(value));
    }

    /** Sets {@code DefaultValue} to this value; see {@link #defaultValue(String)}. */
    public StringSchema defaultValue(Value<String> value) {
      return set("DefaultValue", value);
    }

    /** Required. CloudFormation property {@code Required}. */
    public StringSchema required(boolean value) {
      return set("Required", Value.of(value));
    }

    /** Sets {@code Required} to this value; see {@link #required(boolean)}. */
    public StringSchema required(Value<Boolean> value) {
      return set("Required", value);
    }
  }

  /**
   * This field only supports multi-tenant distributions. You can't specify this field for standard
   * distributions. For more information, see <a
   * href="https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/distribution-config-options.html#unsupported-saas">Unsupported
   * features for SaaS Manager for Amazon CloudFront</a> in the <em>Amazon CloudFront Developer
   * Guide</em> .
   *
   * <p>The configuration for a distribution tenant.
   *
   * <p>Property type {@code AWS::CloudFront::Distribution.TenantConfig}.
   */
  public static final class TenantConfig extends Struct<TenantConfig> {
    private static final Schema SCHEMA = Schema.of("AWS::CloudFront::Distribution.TenantConfig");

    public TenantConfig() {
      super(SCHEMA);
    }

    /**
     * The parameters that you specify for a distribution tenant.
     *
     * <p>CloudFormation property {@code ParameterDefinitions}.
     */
    public TenantConfig parameterDefinitions(List<ParameterDefinition> value) {
      return set("ParameterDefinitions", Value.listOf(value));
    }

    /** Sets {@code ParameterDefinitions} to this value; see {@link #parameterDefinitions(List)}. */
    public TenantConfig parameterDefinitions(Value<List<ParameterDefinition>> value) {
      return set("ParameterDefinitions", value);
    }

    /**
     * Sets {@code ParameterDefinitions} to a list of these; see {@link
     * #parameterDefinitions(List)}.
     */
    public TenantConfig parameterDefinitions(ParameterDefinition... values) {
      return set("ParameterDefinitions", Value.list(values));
    }
  }

  /**
   * A trust store configuration.
   *
   * <p>Property type {@code AWS::CloudFront::Distribution.TrustStoreConfig}.
   */
  public static final class TrustStoreConfig extends Struct<TrustStoreConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::CloudFront::Distribution.TrustStoreConfig")
        .required("TrustStoreId")
        .build();

    public TrustStoreConfig() {
      super(SCHEMA);
    }

    /**
     * The configuration to use to advertise trust store CA names.
     *
     * <p>CloudFormation property {@code AdvertiseTrustStoreCaNames}.
     */
    public TrustStoreConfig advertiseTrustStoreCaNames(boolean value) {
      return set("AdvertiseTrustStoreCaNames", Value.of(value));
    }

    /**
     * Sets {@code AdvertiseTrustStoreCaNames} to this value; see {@link
     * #advertiseTrustStoreCaNames(boolean)}.
     */
    public TrustStoreConfig advertiseTrustStoreCaNames(Value<Boolean> value) {
      return set("AdvertiseTrustStoreCaNames", value);
    }

    /**
     * The configuration to use to ignore certificate expiration.
     *
     * <p>CloudFormation property {@code IgnoreCertificateExpiry}.
     */
    public TrustStoreConfig ignoreCertificateExpiry(boolean value) {
      return set("IgnoreCertificateExpiry", Value.of(value));
    }

    /**
     * Sets {@code IgnoreCertificateExpiry} to this value; see {@link
     * #ignoreCertificateExpiry(boolean)}.
     */
    public TrustStoreConfig ignoreCertificateExpiry(Value<Boolean> value) {
      return set("IgnoreCertificateExpiry", value);
    }

    /**
     * The trust store ID.
     *
     * <p>Required. CloudFormation property {@code TrustStoreId}.
     */
    public TrustStoreConfig trustStoreId(String value) {
      return set("TrustStoreId", Value.of(value));
    }

    /** Sets {@code TrustStoreId} to this value; see {@link #trustStoreId(String)}. */
    public TrustStoreConfig trustStoreId(Value<String> value) {
      return set("TrustStoreId", value);
    }
  }

  /**
   * A complex type that determines the distribution's SSL/TLS configuration for communicating with
   * viewers.
   *
   * <p>If the distribution doesn't use <code>Aliases</code> (also known as alternate domain names
   * or CNAMEs)—that is, if the distribution uses the CloudFront domain name such as
   * <code>d111111abcdef8.cloudfront.net</code> —set <code>CloudFrontDefaultCertificate</code> to
   * <code>true</code> and leave all other fields empty.
   *
   * <p>If the distribution uses <code>Aliases</code> (alternate domain names or CNAMEs), use the
   * fields in this type to specify the following settings:
   *
   * <ul> <li>Which viewers the distribution accepts HTTPS connections from: only viewers that
   * support <a
   * href="https://docs.aws.amazon.com/https://en.wikipedia.org/wiki/Server_Name_Indication">server
   * name indication (SNI)</a> (recommended), or all viewers including those that don't support SNI.
   * </ul>
   *
   * <ul> <li>To accept HTTPS connections from only viewers that support SNI, set
   * <code>SSLSupportMethod</code> to <code>sni-only</code> . This is recommended. Most browsers and
   * clients support SNI. (In CloudFormation, the field name is <code>SslSupportMethod</code> . Note
   * the different capitalization.) <li>To accept HTTPS connections from all viewers, including
   * those that don't support SNI, set <code>SSLSupportMethod</code> to <code>vip</code> . This is
   * not recommended, and results in additional monthly charges from CloudFront. (In CloudFormation,
   * the field name is <code>SslSupportMethod</code> . Note the different capitalization.) <li>The
   * minimum SSL/TLS protocol version that the distribution can use to communicate with viewers. To
   * specify a minimum version, choose a value for <code>MinimumProtocolVersion</code> . For more
   * information, see <a
   * href="https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/distribution-web-values-specify.html#DownloadDistValues-security-policy">Security
   * Policy</a> in the <em>Amazon CloudFront Developer Guide</em> . <li>The location of the SSL/TLS
   * certificate, <a
   * href="https://docs.aws.amazon.com/acm/latest/userguide/acm-overview.html">Certificate Manager
   * (ACM)</a> (recommended) or <a
   * href="https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_server-certs.html">AWS
   * Identity and Access Management (IAM)</a> . You specify the location by setting a value in one
   * of the following fields (not both): </ul>
   *
   * <ul> <li><code>ACMCertificateArn</code> (In CloudFormation, this field name is
   * <code>AcmCertificateArn</code> . Note the different capitalization.)
   * <li><code>IAMCertificateId</code> (In CloudFormation, this field name is
   * <code>IamCertificateId</code> . Note the different capitalization.) </ul>
   *
   * <p>All distributions support HTTPS connections from viewers. To require viewers to use HTTPS
   * only, or to redirect them from HTTP to HTTPS, use <code>ViewerProtocolPolicy</code> in the
   * <code>CacheBehavior</code> or <code>DefaultCacheBehavior</code> . To specify how CloudFront
   * should use SSL/TLS to communicate with your custom origin, use <code>CustomOriginConfig</code>
   * .
   *
   * <p>For more information, see <a
   * href="https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/using-https.html">Using
   * HTTPS with CloudFront</a> and <a
   * href="https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/using-https-alternate-domain-names.html">Using
   * Alternate Domain Names and HTTPS</a> in the <em>Amazon CloudFront Developer Guide</em> .
   *
   * <p>Property type {@code AWS::CloudFront::Distribution.ViewerCertificate}.
   */
  public static final class ViewerCertificate extends Struct<ViewerCertificate> {
    private static final Schema SCHEMA = Schema.builder("AWS::CloudFront::Distribution.ViewerCertificate")
        .constrain("AcmCertificateArn", Constraint.of().format("AWS::ACM::Certificate.Arn"))
        .constrain("IamCertificateId", Constraint.of().maxLength(32))
        .allowed("MinimumProtocolVersion", "SSLv3", "TLSv1", "TLSv1.1_2016", "TLSv1.2_2018",
            "TLSv1.2_2019", "TLSv1.2_2021", "TLSv1.2_2025", "TLSv1.3_2025", "TLSv1_2016")
        .allowed("SslSupportMethod", "sni-only", "static-ip", "vip")
        .build();

    public ViewerCertificate() {
      super(SCHEMA);
    }

    /**
     * In CloudFormation, this field name is <code>AcmCertificateArn</code> . Note the different
     * capitalization.
     *
     * <p>If the distribution uses <code>Aliases</code> (alternate domain names or CNAMEs) and the
     * SSL/TLS certificate is stored in <a
     * href="https://docs.aws.amazon.com/acm/latest/userguide/acm-overview.html">Certificate Manager
     * (ACM)</a> , provide the Amazon Resource Name (ARN) of the ACM certificate. CloudFront only
     * supports ACM certificates in the US East (N. Virginia) Region ( <code>us-east-1</code> ).
     *
     * <p>If you specify an ACM certificate ARN, you must also specify values for
     * <code>MinimumProtocolVersion</code> and <code>SSLSupportMethod</code> . (In CloudFormation,
     * the field name is <code>SslSupportMethod</code> . Note the different capitalization.)
     *
     * <p>Format: {@code AWS::ACM::Certificate.Arn}. CloudFormation property {@code
     * AcmCertificateArn}.
     */
    public ViewerCertificate acmCertificateArn(String value) {
      return set("AcmCertificateArn", Value.of(value));
    }

    /** Sets {@code AcmCertificateArn} to this value; see {@link #acmCertificateArn(String)}. */
    public ViewerCertificate acmCertificateArn(Value<String> value) {
      return set("AcmCertificateArn", value);
    }

    /**
     * If the distribution uses the CloudFront domain name such as
     * <code>d111111abcdef8.cloudfront.net</code> , set this field to <code>true</code> .
     *
     * <p>If the distribution uses <code>Aliases</code> (alternate domain names or CNAMEs), omit
     * this field and specify values for the following fields:
     *
     * <ul> <li><code>AcmCertificateArn</code> or <code>IamCertificateId</code> (specify a value for
     * one, not both) <li><code>MinimumProtocolVersion</code> <li><code>SslSupportMethod</code>
     * </ul>
     *
     * <p>CloudFormation property {@code CloudFrontDefaultCertificate}.
     */
    public ViewerCertificate cloudFrontDefaultCertificate(boolean value) {
      return set("CloudFrontDefaultCertificate", Value.of(value));
    }

    /**
     * Sets {@code CloudFrontDefaultCertificate} to this value; see {@link
     * #cloudFrontDefaultCertificate(boolean)}.
     */
    public ViewerCertificate cloudFrontDefaultCertificate(Value<Boolean> value) {
      return set("CloudFrontDefaultCertificate", value);
    }

    /**
     * This field only supports standard distributions. You can't specify this field for
     * multi-tenant distributions. For more information, see <a
     * href="https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/distribution-config-options.html#unsupported-saas">Unsupported
     * features for SaaS Manager for Amazon CloudFront</a> in the <em>Amazon CloudFront Developer
     * Guide</em> . &gt; In CloudFormation, this field name is <code>IamCertificateId</code> . Note
     * the different capitalization.
     *
     * <p>If the distribution uses <code>Aliases</code> (alternate domain names or CNAMEs) and the
     * SSL/TLS certificate is stored in <a
     * href="https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_server-certs.html">AWS
     * Identity and Access Management (IAM)</a> , provide the ID of the IAM certificate.
     *
     * <p>If you specify an IAM certificate ID, you must also specify values for
     * <code>MinimumProtocolVersion</code> and <code>SSLSupportMethod</code> . (In CloudFormation,
     * the field name is <code>SslSupportMethod</code> . Note the different capitalization.)
     *
     * <p>Length: at most 32 characters. CloudFormation property {@code IamCertificateId}.
     */
    public ViewerCertificate iamCertificateId(String value) {
      return set("IamCertificateId", Value.of(value));
    }

    /** Sets {@code IamCertificateId} to this value; see {@link #iamCertificateId(String)}. */
    public ViewerCertificate iamCertificateId(Value<String> value) {
      return set("IamCertificateId", value);
    }

    /**
     * If the distribution uses <code>Aliases</code> (alternate domain names or CNAMEs), specify the
     * security policy that you want CloudFront to use for HTTPS connections with viewers. The
     * security policy determines two settings:
     *
     * <ul> <li>The minimum SSL/TLS protocol that CloudFront can use to communicate with viewers.
     * <li>The ciphers that CloudFront can use to encrypt the content that it returns to viewers.
     * </ul>
     *
     * <p>For more information, see <a
     * href="https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/distribution-web-values-specify.html#DownloadDistValues-security-policy">Security
     * Policy</a> and <a
     * href="https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/secure-connections-supported-viewer-protocols-ciphers.html#secure-connections-supported-ciphers">Supported
     * Protocols and Ciphers Between Viewers and CloudFront</a> in the <em>Amazon CloudFront
     * Developer Guide</em> .
     *
     * <p>On the CloudFront console, this setting is called <em>Security Policy</em> .
     *
     * <p>When you're using SNI only (you set <code>SSLSupportMethod</code> to <code>sni-only</code>
     * ), you must specify <code>TLSv1</code> or higher. (In CloudFormation, the field name is
     * <code>SslSupportMethod</code> . Note the different capitalization.)
     *
     * <p>If the distribution uses the CloudFront domain name such as
     * <code>d111111abcdef8.cloudfront.net</code> (you set <code>CloudFrontDefaultCertificate</code>
     * to <code>true</code> ), CloudFront automatically sets the security policy to
     * <code>TLSv1</code> regardless of the value that you set here.
     *
     * <p>Allowed values: {@code SSLv3}, {@code TLSv1}, {@code TLSv1.1_2016}, {@code TLSv1.2_2018},
     * {@code TLSv1.2_2019}, {@code TLSv1.2_2021}, {@code TLSv1.2_2025}, {@code TLSv1.3_2025},
     * {@code TLSv1_2016}. CloudFormation property {@code MinimumProtocolVersion}.
     */
    public ViewerCertificate minimumProtocolVersion(String value) {
      return set("MinimumProtocolVersion", Value.of(value));
    }

    /**
     * Sets {@code MinimumProtocolVersion} to this value; see {@link
     * #minimumProtocolVersion(String)}.
     */
    public ViewerCertificate minimumProtocolVersion(Value<String> value) {
      return set("MinimumProtocolVersion", value);
    }

    /**
     * In CloudFormation, this field name is <code>SslSupportMethod</code> . Note the different
     * capitalization.
     *
     * <p>If the distribution uses <code>Aliases</code> (alternate domain names or CNAMEs), specify
     * which viewers the distribution accepts HTTPS connections from.
     *
     * <ul> <li><code>sni-only</code> – The distribution accepts HTTPS connections from only viewers
     * that support <a
     * href="https://docs.aws.amazon.com/https://en.wikipedia.org/wiki/Server_Name_Indication">server
     * name indication (SNI)</a> . This is recommended. Most browsers and clients support SNI.
     * <li><code>vip</code> – The distribution accepts HTTPS connections from all viewers including
     * those that don't support SNI. This is not recommended, and results in additional monthly
     * charges from CloudFront. <li><code>static-ip</code> - Do not specify this value unless your
     * distribution has been enabled for this feature by the CloudFront team. If you have a use case
     * that requires static IP addresses for a distribution, contact CloudFront through the <a
     * href="https://docs.aws.amazon.com/support/home">Support Center</a> . </ul>
     *
     * <p>If the distribution uses the CloudFront domain name such as
     * <code>d111111abcdef8.cloudfront.net</code> , don't set a value for this field.
     *
     * <p>Allowed values: {@code sni-only}, {@code static-ip}, {@code vip}. CloudFormation property
     * {@code SslSupportMethod}.
     */
    public ViewerCertificate sslSupportMethod(String value) {
      return set("SslSupportMethod", Value.of(value));
    }

    /** Sets {@code SslSupportMethod} to this value; see {@link #sslSupportMethod(String)}. */
    public ViewerCertificate sslSupportMethod(Value<String> value) {
      return set("SslSupportMethod", value);
    }
  }

  /**
   * A viewer mTLS configuration.
   *
   * <p>Property type {@code AWS::CloudFront::Distribution.ViewerMtlsConfig}.
   */
  public static final class ViewerMtlsConfig extends Struct<ViewerMtlsConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::CloudFront::Distribution.ViewerMtlsConfig")
        .allowed("Mode", "required", "optional", "passthrough")
        .build();

    public ViewerMtlsConfig() {
      super(SCHEMA);
    }

    /**
     * The viewer mTLS mode.
     *
     * <p>Allowed values: {@code required}, {@code optional}, {@code passthrough}. CloudFormation
     * property {@code Mode}.
     */
    public ViewerMtlsConfig mode(String value) {
      return set("Mode", Value.of(value));
    }

    /** Sets {@code Mode} to this value; see {@link #mode(String)}. */
    public ViewerMtlsConfig mode(Value<String> value) {
      return set("Mode", value);
    }

    /**
     * The trust store configuration associated with the viewer mTLS configuration.
     *
     * <p>CloudFormation property {@code TrustStoreConfig}.
     */
    public ViewerMtlsConfig trustStoreConfig(Value<TrustStoreConfig> value) {
      return set("TrustStoreConfig", value);
    }
  }

  /**
   * An Amazon CloudFront VPC origin configuration.
   *
   * <p>Property type {@code AWS::CloudFront::Distribution.VpcOriginConfig}.
   */
  public static final class VpcOriginConfig extends Struct<VpcOriginConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::CloudFront::Distribution.VpcOriginConfig")
        .required("VpcOriginId")
        .build();

    public VpcOriginConfig() {
      super(SCHEMA);
    }

    /**
     * Specifies how long, in seconds, CloudFront persists its connection to the origin. The minimum
     * timeout is 1 second, the maximum is 120 seconds, and the default (if you don't specify
     * otherwise) is 5 seconds.
     *
     * <p>For more information, see <a
     * href="https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/DownloadDistValuesOrigin.html#DownloadDistValuesOriginKeepaliveTimeout">Keep-alive
     * timeout (custom origins only)</a> in the <em>Amazon CloudFront Developer Guide</em> .
     *
     * <p>Default: {@code 5}. CloudFormation property {@code OriginKeepaliveTimeout}.
     */
    public VpcOriginConfig originKeepaliveTimeout(int value) {
      return set("OriginKeepaliveTimeout", Value.of(value));
    }

    /**
     * Sets {@code OriginKeepaliveTimeout} to this value; see {@link #originKeepaliveTimeout(int)}.
     */
    public VpcOriginConfig originKeepaliveTimeout(Value<Integer> value) {
      return set("OriginKeepaliveTimeout", value);
    }

    /**
     * Specifies how long, in seconds, CloudFront waits for a response from the origin. This is also
     * known as the <em>origin response timeout</em> . The minimum timeout is 1 second, the maximum
     * is 120 seconds, and the default (if you don't specify otherwise) is 30 seconds.
     *
     * <p>For more information, see <a
     * href="https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/DownloadDistValuesOrigin.html#DownloadDistValuesOriginResponseTimeout">Response
     * timeout</a> in the <em>Amazon CloudFront Developer Guide</em> .
     *
     * <p>Default: {@code 30}. CloudFormation property {@code OriginReadTimeout}.
     */
    public VpcOriginConfig originReadTimeout(int value) {
      return set("OriginReadTimeout", Value.of(value));
    }

    /** Sets {@code OriginReadTimeout} to this value; see {@link #originReadTimeout(int)}. */
    public VpcOriginConfig originReadTimeout(Value<Integer> value) {
      return set("OriginReadTimeout", value);
    }

    /**
     * The account ID of the AWS account that owns the VPC origin.
     *
     * <p>CloudFormation property {@code OwnerAccountId}.
     */
    public VpcOriginConfig ownerAccountId(String value) {
      return set("OwnerAccountId", Value.of(value));
    }

    /** Sets {@code OwnerAccountId} to this value; see {@link #ownerAccountId(String)}. */
    public VpcOriginConfig ownerAccountId(Value<String> value) {
      return set("OwnerAccountId", value);
    }

    /**
     * The VPC origin ID.
     *
     * <p>Required. CloudFormation property {@code VpcOriginId}.
     */
    public VpcOriginConfig vpcOriginId(String value) {
      return set("VpcOriginId", Value.of(value));
    }

    /** Sets {@code VpcOriginId} to this value; see {@link #vpcOriginId(String)}. */
    public VpcOriginConfig vpcOriginId(Value<String> value) {
      return set("VpcOriginId", value);
    }
  }
}
