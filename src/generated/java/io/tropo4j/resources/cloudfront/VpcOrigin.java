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
 * An Amazon CloudFront VPC origin.
 *
 * <p>CloudFormation type {@code AWS::CloudFront::VpcOrigin}.
 */
public final class VpcOrigin extends Resource<VpcOrigin> {
  private static final Schema SCHEMA = Schema.builder("AWS::CloudFront::VpcOrigin")
      .required("VpcOriginEndpointConfig")
      .refYields("Id")
      .attributes("AccountId", "Arn", "CreatedTime", "Id", "LastModifiedTime", "Status")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public VpcOrigin(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * A complex type that contains zero or more <code>Tag</code> elements.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public VpcOrigin tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public VpcOrigin tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public VpcOrigin tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The VPC origin endpoint configuration.
   *
   * <p>Required. CloudFormation property {@code VpcOriginEndpointConfig}.
   */
  public VpcOrigin vpcOriginEndpointConfig(Value<VpcOriginEndpointConfig> value) {
    return set("VpcOriginEndpointConfig", value);
  }

  /**
   * The account ID of the AWS account that owns the VPC origin.
   *
   * <p>{@code Fn::GetAtt} attribute {@code AccountId}.
   */
  public Value<String> accountId() {
    return getAtt("AccountId");
  }

  /**
   * The VPC origin ARN.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * The VPC origin created time.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CreatedTime}.
   */
  public Value<String> createdTime() {
    return getAtt("CreatedTime");
  }

  /**
   * The VPC origin ID.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Id}.
   */
  public Value<String> id() {
    return getAtt("Id");
  }

  /**
   * The VPC origin last modified time.
   *
   * <p>{@code Fn::GetAtt} attribute {@code LastModifiedTime}.
   */
  public Value<String> lastModifiedTime() {
    return getAtt("LastModifiedTime");
  }

  /**
   * The VPC origin status.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Status}.
   */
  public Value<String> status() {
    return getAtt("Status");
  }

  /**
   * An Amazon CloudFront VPC origin endpoint configuration.
   *
   * <p>Property type {@code AWS::CloudFront::VpcOrigin.VpcOriginEndpointConfig}.
   */
  public static final class VpcOriginEndpointConfig extends Struct<VpcOriginEndpointConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::CloudFront::VpcOrigin.VpcOriginEndpointConfig")
        .required("Arn", "Name")
        .allowed("IpAddressType", "ipv4", "dualstack")
        .allowed("OriginProtocolPolicy", "http-only", "https-only", "match-viewer")
        .build();

    public VpcOriginEndpointConfig() {
      super(SCHEMA);
    }

    /**
     * The ARN of the CloudFront VPC origin endpoint configuration.
     *
     * <p>Required. CloudFormation property {@code Arn}.
     */
    public VpcOriginEndpointConfig arn(String value) {
      return set("Arn", Value.of(value));
    }

    /** Sets {@code Arn} to this value; see {@link #arn(String)}. */
    public VpcOriginEndpointConfig arn(Value<String> value) {
      return set("Arn", value);
    }

    /**
     * The HTTP port for the CloudFront VPC origin endpoint configuration. The default value is
     * <code>80</code> .
     *
     * <p>Default: {@code 80}. CloudFormation property {@code HTTPPort}.
     */
    public VpcOriginEndpointConfig httpPort(int value) {
      return set("HTTPPort", Value.of(value));
    }

    /** Sets {@code HTTPPort} to this value; see {@link #httpPort(int)}. */
    public VpcOriginEndpointConfig httpPort(Value<Integer> value) {
      return set("HTTPPort", value);
    }

    /**
     * The HTTPS port of the CloudFront VPC origin endpoint configuration. The default value is
     * <code>443</code> .
     *
     * <p>Default: {@code 443}. CloudFormation property {@code HTTPSPort}.
     */
    public VpcOriginEndpointConfig httpsPort(int value) {
      return set("HTTPSPort", Value.of(value));
    }

    /** Sets {@code HTTPSPort} to this value; see {@link #httpsPort(int)}. */
    public VpcOriginEndpointConfig httpsPort(Value<Integer> value) {
      return set("HTTPSPort", value);
    }

    /**
     * Allowed values: {@code ipv4}, {@code dualstack}. Default: {@code "ipv4"}. CloudFormation
     * property {@code IpAddressType}.
     */
    public VpcOriginEndpointConfig ipAddressType(String value) {
      return set("IpAddressType", Value.of(value));
    }

    /** Sets {@code IpAddressType} to this value; see {@link #ipAddressType(String)}. */
    public VpcOriginEndpointConfig ipAddressType(Value<String> value) {
      return set("IpAddressType", value);
    }

    /**
     * The name of the CloudFront VPC origin endpoint configuration.
     *
     * <p>Required. CloudFormation property {@code Name}.
     */
    public VpcOriginEndpointConfig name(String value) {
      return set("Name", Value.of(value));
    }

    /** Sets {@code Name} to this value; see {@link #name(String)}. */
    public VpcOriginEndpointConfig name(Value<String> value) {
      return set("Name", value);
    }

    /**
     * The origin protocol policy for the CloudFront VPC origin endpoint configuration.
     *
     * <p>Allowed values: {@code http-only}, {@code https-only}, {@code match-viewer}. Default:
     * {@code "match-viewer"}. CloudFormation property {@code OriginProtocolPolicy}.
     */
    public VpcOriginEndpointConfig originProtocolPolicy(String value) {
      return set("OriginProtocolPolicy", Value.of(value));
    }

    /**
     * Sets {@code OriginProtocolPolicy} to this value; see {@link #originProtocolPolicy(String)}.
     */
    public VpcOriginEndpointConfig originProtocolPolicy(Value<String> value) {
      return set("OriginProtocolPolicy", value);
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
    public VpcOriginEndpointConfig originSSLProtocols(List<String> value) {
      return set("OriginSSLProtocols", Value.listOf(value));
    }

    /** Sets {@code OriginSSLProtocols} to this value; see {@link #originSSLProtocols(List)}. */
    public VpcOriginEndpointConfig originSSLProtocols(Value<List<String>> value) {
      return set("OriginSSLProtocols", value);
    }
  }
}
