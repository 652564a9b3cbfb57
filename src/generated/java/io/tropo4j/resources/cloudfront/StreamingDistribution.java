// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.cloudfront;

import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * This resource is deprecated. Amazon CloudFront is deprecating real-time messaging protocol (RTMP)
 * distributions on December 31, 2020. For more information, <a
 * href="https://docs.aws.amazon.com/ann.jspa?annID=7356">read the announcement</a> on the Amazon
 * CloudFront discussion forum.
 *
 * <p>CloudFormation type {@code AWS::CloudFront::StreamingDistribution}.
 */
public final class StreamingDistribution extends Resource<StreamingDistribution> {
  private static final Schema SCHEMA = Schema.builder("AWS::CloudFront::StreamingDistribution")
      .required("StreamingDistributionConfig", "Tags")
      .refYields("Id")
      .attributes("DomainName", "Id")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public StreamingDistribution(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The current configuration information for the RTMP distribution.
   *
   * <p>Required. CloudFormation property {@code StreamingDistributionConfig}.
   */
  public StreamingDistribution streamingDistributionConfig(Value<StreamingDistributionConfig> value) {
    return set("StreamingDistributionConfig", value);
  }

  /**
   * A complex type that contains zero or more <code>Tag</code> elements.
   *
   * <p>Required. CloudFormation property {@code Tags}.
   */
  public StreamingDistribution tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public StreamingDistribution tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public StreamingDistribution tags(Tags tags) {
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

  /** {@code Fn::GetAtt} attribute {@code Id}. */
  public Value<String> id() {
    return getAtt("Id");
  }

  /**
   * A complex type that controls whether access logs are written for the streaming distribution.
   *
   * <p>Property type {@code AWS::CloudFront::StreamingDistribution.Logging}.
   */
  public static final class Logging extends Struct<Logging> {
    private static final Schema SCHEMA = Schema.builder("AWS::CloudFront::StreamingDistribution.Logging")
        .required("Bucket", "Enabled", "Prefix")
        .build();

    public Logging() {
      super(SCHEMA);
    }

    /**
     * The Amazon S3 bucket to store the access logs in, for example,
     * <code>amzn-s3-demo-bucket.s3.amazonaws.com</code> .
     *
     * <p>Required. CloudFormation property {@code Bucket}.
     */
    public Logging bucket(String value) {
      return set("Bucket", Value.of(value));
    }

    /** Sets {@code Bucket} to this value; see {@link #bucket(String)}. */
    public Logging bucket(Value<String> value) {
      return set("Bucket", value);
    }

    /**
     * Specifies whether you want CloudFront to save access logs to an Amazon S3 bucket. If you
     * don't want to enable logging when you create a streaming distribution or if you want to
     * disable logging for an existing streaming distribution, specify <code>false</code> for
     * <code>Enabled</code> , and specify <code>empty Bucket</code> and <code>Prefix</code>
     * elements. If you specify <code>false</code> for <code>Enabled</code> but you specify values
     * for <code>Bucket</code> and <code>Prefix</code> , the values are automatically deleted.
     *
     * <p>Required. CloudFormation property {@code Enabled}.
     */
    public Logging enabled(boolean value) {
      return set("Enabled", Value.of(value));
    }

    /** Sets {@code Enabled} to this value; see {@link #enabled(boolean)}. */
    public Logging enabled(Value<Boolean> value) {
      return set("Enabled", value);
    }

    /**
     * An optional string that you want CloudFront to prefix to the access log filenames for this
     * streaming distribution, for example, <code>myprefix/</code> . If you want to enable logging,
     * but you don't want to specify a prefix, you still must include an empty <code>Prefix</code>
     * element in the <code>Logging</code> element.
     *
     * <p>Required. CloudFormation property {@code Prefix}.
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
   * A complex type that contains information about the Amazon S3 bucket from which you want
   * CloudFront to get your media files for distribution.
   *
   * <p>Property type {@code AWS::CloudFront::StreamingDistribution.S3Origin}.
   */
  public static final class S3Origin extends Struct<S3Origin> {
    private static final Schema SCHEMA = Schema.builder("AWS::CloudFront::StreamingDistribution.S3Origin")
        .required("DomainName", "OriginAccessIdentity")
        .build();

    public S3Origin() {
      super(SCHEMA);
    }

    /**
     * The DNS name of the Amazon S3 origin.
     *
     * <p>Required. CloudFormation property {@code DomainName}.
     */
    public S3Origin domainName(String value) {
      return set("DomainName", Value.of(value));
    }

    /** Sets {@code DomainName} to this value; see {@link #domainName(String)}. */
    public S3Origin domainName(Value<String> value) {
      return set("DomainName", value);
    }

    /**
     * The CloudFront origin access identity to associate with the distribution. Use an origin
     * access identity to configure the distribution so that end users can only access objects in an
     * Amazon S3 bucket through CloudFront.
     *
     * <p>If you want end users to be able to access objects using either the CloudFront URL or the
     * Amazon S3 URL, specify an empty <code>OriginAccessIdentity</code> element.
     *
     * <p>To delete the origin access identity from an existing distribution, update the
     * distribution configuration and include an empty <code>OriginAccessIdentity</code> element.
     *
     * <p>To replace the origin access identity, update the distribution configuration and specify
     * the new origin access identity.
     *
     * <p>For more information, see <a
     * href="https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/private-content-restricting-access-to-s3.html">Using
     * an Origin Access Identity to Restrict Access to Your Amazon S3 Content</a> in the <em>Amazon
     * CloudFront Developer Guide</em> .
     *
     * <p>Required. CloudFormation property {@code OriginAccessIdentity}.
     */
    public S3Origin originAccessIdentity(String value) {
      return set("OriginAccessIdentity", Value.of(value));
    }

    /**
     * Sets {@code OriginAccessIdentity} to this value; see {@link #originAccessIdentity(String)}.
     */
    public S3Origin originAccessIdentity(Value<String> value) {
      return set("OriginAccessIdentity", value);
    }
  }

  /**
   * The RTMP distribution's configuration information.
   *
   * <p>Property type {@code AWS::CloudFront::StreamingDistribution.StreamingDistributionConfig}.
   */
  public static final class StreamingDistributionConfig extends Struct<StreamingDistributionConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::CloudFront::StreamingDistribution.StreamingDistributionConfig")
        .required("Comment", "Enabled", "S3Origin", "TrustedSigners")
        .build();

    public StreamingDistributionConfig() {
      super(SCHEMA);
    }

    /**
     * A complex type that contains information about CNAMEs (alternate domain names), if any, for
     * this streaming distribution.
     *
     * <p>CloudFormation property {@code Aliases}.
     */
    public StreamingDistributionConfig aliases(List<String> value) {
      return set("Aliases", Value.listOf(value));
    }

    /** Sets {@code Aliases} to this value; see {@link #aliases(List)}. */
    public StreamingDistributionConfig aliases(Value<List<String>> value) {
      return set("Aliases", value);
    }

    /**
     * Any comments you want to include about the streaming distribution.
     *
     * <p>Required. CloudFormation property {@code Comment}.
     */
    public StreamingDistributionConfig comment(String value) {
      return set("Comment", Value.of(value));
    }

    /** Sets {@code Comment} to this value; see {@link #comment(String)}. */
    public StreamingDistributionConfig comment(Value<String> value) {
      return set("Comment", value);
    }

    /**
     * Whether the streaming distribution is enabled to accept user requests for content.
     *
     * <p>Required. CloudFormation property {@code Enabled}.
     */
    public StreamingDistributionConfig enabled(boolean value) {
      return set("Enabled", Value.of(value));
    }

    /** Sets {@code Enabled} to this value; see {@link #enabled(boolean)}. */
    public StreamingDistributionConfig enabled(Value<Boolean> value) {
      return set("Enabled", value);
    }

    /**
     * A complex type that controls whether access logs are written for the streaming distribution.
     *
     * <p>CloudFormation property {@code Logging}.
     */
    public StreamingDistributionConfig logging(Value<Logging> value) {
      return set("Logging", value);
    }

    /**
     * A complex type that contains information about price class for this streaming distribution.
     *
     * <p>CloudFormation property {@code PriceClass}.
     */
    public StreamingDistributionConfig priceClass(String value) {
      return set("PriceClass", Value.of(value));
    }

    /** Sets {@code PriceClass} to this value; see {@link #priceClass(String)}. */
    public StreamingDistributionConfig priceClass(Value<String> value) {
      return set("PriceClass", value);
    }

    /**
     * A complex type that contains information about the Amazon S3 bucket from which you want
     * CloudFront to get your media files for distribution.
     *
     * <p>Required. CloudFormation property {@code S3Origin}.
     */
    public StreamingDistributionConfig s3Origin(Value<S3Origin> value) {
      return set("S3Origin", value);
    }

    /**
     * A complex type that specifies any AWS accounts that you want to permit to create signed URLs
     * for private content. If you want the distribution to use signed URLs, include this element;
     * if you want the distribution to use public URLs, remove this element. For more information,
     * see <a
     * href="https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/PrivateContent.html">Serving
     * Private Content through CloudFront</a> in the <em>Amazon CloudFront Developer Guide</em> .
     *
     * <p>Required. CloudFormation property {@code TrustedSigners}.
     */
    public StreamingDistributionConfig trustedSigners(Value<TrustedSigners> value) {
      return set("TrustedSigners", value);
    }
  }

  /**
   * A list of AWS accounts whose public keys CloudFront can use to verify the signatures of signed
   * URLs and signed cookies.
   *
   * <p>Property type {@code AWS::CloudFront::StreamingDistribution.TrustedSigners}.
   */
  public static final class TrustedSigners extends Struct<TrustedSigners> {
    private static final Schema SCHEMA = Schema.builder("AWS::CloudFront::StreamingDistribution.TrustedSigners")
        .required("Enabled")
        .build();

    public TrustedSigners() {
      super(SCHEMA);
    }

    /**
     * An AWS account number that contains active CloudFront key pairs that CloudFront can use to
     * verify the signatures of signed URLs and signed cookies. If the AWS account that owns the key
     * pairs is the same account that owns the CloudFront distribution, the value of this field is
     * <code>self</code> .
     *
     * <p>CloudFormation property {@code AwsAccountNumbers}.
     */
    public TrustedSigners awsAccountNumbers(List<String> value) {
      return set("AwsAccountNumbers", Value.listOf(value));
    }

    /** Sets {@code AwsAccountNumbers} to this value; see {@link #awsAccountNumbers(List)}. */
    public TrustedSigners awsAccountNumbers(Value<List<String>> value) {
      return set("AwsAccountNumbers", value);
    }

    /**
     * This field is <code>true</code> if any of the AWS accounts in the list are configured as
     * trusted signers. If not, this field is <code>false</code> .
     *
     * <p>Required. CloudFormation property {@code Enabled}.
     */
    public TrustedSigners enabled(boolean value) {
      return set("Enabled", Value.of(value));
    }

    /** Sets {@code Enabled} to this value; see {@link #enabled(boolean)}. */
    public TrustedSigners enabled(Value<Boolean> value) {
      return set("Enabled", value);
    }
  }
}
