// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.cloudfront;

import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.fn.Value;

/**
 * The request to create a new origin access identity (OAI). An origin access identity is a special
 * CloudFront user that you can associate with Amazon S3 origins, so that you can secure all or just
 * some of your Amazon S3 content. For more information, see <a
 * href="https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/private-content-restricting-access-to-s3.html">Restricting
 * Access to Amazon S3 Content by Using an Origin Access Identity</a> in the <em>Amazon CloudFront
 * Developer Guide</em> .
 *
 * <p>CloudFormation type {@code AWS::CloudFront::CloudFrontOriginAccessIdentity}.
 */
public final class CloudFrontOriginAccessIdentity extends Resource<CloudFrontOriginAccessIdentity> {
  private static final Schema SCHEMA = Schema.builder("AWS::CloudFront::CloudFrontOriginAccessIdentity")
      .required("CloudFrontOriginAccessIdentityConfig")
      .refYields("Id")
      .attributes("Id", "S3CanonicalUserId")
      .build();

  public CloudFrontOriginAccessIdentity(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The current configuration information for the identity.
   *
   * <p>Required. CloudFormation property {@code CloudFrontOriginAccessIdentityConfig}.
   */
  public CloudFrontOriginAccessIdentity cloudFrontOriginAccessIdentityConfig(Value<CloudFrontOriginAccessIdentityConfig> value) {
    return set("CloudFrontOriginAccessIdentityConfig", value);
  }

  /**
   * The ID for the origin access identity, for example, <code>E74FTE3AJFJ256A</code> .
   *
   * <p>{@code Fn::GetAtt} attribute {@code Id}.
   */
  public Value<String> id() {
    return getAtt("Id");
  }

  /**
   * The Amazon S3 canonical user ID for the origin access identity, used when giving the origin
   * access identity read permission to an object in Amazon S3. For example:
   * <code>b970b42360b81c8ddbd79d2f5df0069ba9033c8a79655752abe380cd6d63ba8bcf23384d568fcf89fc49700b5e11a0fd</code>
   * .
   *
   * <p>{@code Fn::GetAtt} attribute {@code S3CanonicalUserId}.
   */
  public Value<String> s3CanonicalUserId() {
    return getAtt("S3CanonicalUserId");
  }

  /**
   * Origin access identity configuration. Send a <code>GET</code> request to the <code>/
   * <em>CloudFront API version</em> /CloudFront/identity ID/config</code> resource.
   *
   * <p>Property type {@code
   * AWS::CloudFront::CloudFrontOriginAccessIdentity.CloudFrontOriginAccessIdentityConfig}.
   */
  public static final class CloudFrontOriginAccessIdentityConfig extends Struct<CloudFrontOriginAccessIdentityConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::CloudFront::CloudFrontOriginAccessIdentity.CloudFrontOriginAccessIdentityConfig")
        .required("Comment")
        .build();

    public CloudFrontOriginAccessIdentityConfig() {
      super(SCHEMA);
    }

    /**
     * A comment to describe the origin access identity. The comment cannot be longer than 128
     * characters.
     *
     * <p>Required. CloudFormation property {@code Comment}.
     */
    public CloudFrontOriginAccessIdentityConfig comment(String value) {
      return set("Comment", Value.of(value));
    }

    /** Sets {@code Comment} to this value; see {@link #comment(String)}. */
    public CloudFrontOriginAccessIdentityConfig comment(Value<String> value) {
      return set("Comment", value);
    }
  }
}
