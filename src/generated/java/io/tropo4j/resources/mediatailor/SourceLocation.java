// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.mediatailor;

import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * A source location is a container for sources. For more information about source locations, see <a
 * href="https://docs.aws.amazon.com/mediatailor/latest/ug/channel-assembly-source-locations.html">Working
 * with source locations</a> in the <em>MediaTailor User Guide</em> .
 *
 * <p>CloudFormation type {@code AWS::MediaTailor::SourceLocation}.
 */
public final class SourceLocation extends Resource<SourceLocation> {
  private static final Schema SCHEMA = Schema.builder("AWS::MediaTailor::SourceLocation")
      .required("HttpConfiguration", "SourceLocationName")
      .refYields("SourceLocationName")
      .attributes("Arn")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public SourceLocation(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The access configuration for the source location.
   *
   * <p>CloudFormation property {@code AccessConfiguration}.
   */
  public SourceLocation accessConfiguration(Value<AccessConfiguration> value) {
    return set("AccessConfiguration", value);
  }

  /**
   * The default segment delivery configuration.
   *
   * <p>CloudFormation property {@code DefaultSegmentDeliveryConfiguration}.
   */
  public SourceLocation defaultSegmentDeliveryConfiguration(Value<DefaultSegmentDeliveryConfiguration> value) {
    return set("DefaultSegmentDeliveryConfiguration", value);
  }

  /**
   * The HTTP configuration for the source location.
   *
   * <p>Required. CloudFormation property {@code HttpConfiguration}.
   */
  public SourceLocation httpConfiguration(Value<HttpConfiguration> value) {
    return set("HttpConfiguration", value);
  }

  /**
   * The segment delivery configurations for the source location.
   *
   * <p>CloudFormation property {@code SegmentDeliveryConfigurations}.
   */
  public SourceLocation segmentDeliveryConfigurations(List<SegmentDeliveryConfiguration> value) {
    return set("SegmentDeliveryConfigurations", Value.listOf(value));
  }

  /**
   * Sets {@code SegmentDeliveryConfigurations} to this value; see {@link
   * #segmentDeliveryConfigurations(List)}.
   */
  public SourceLocation segmentDeliveryConfigurations(Value<List<SegmentDeliveryConfiguration>> value) {
    return set("SegmentDeliveryConfigurations", value);
  }

  /**
   * Sets {@code SegmentDeliveryConfigurations} to a list of these; see {@link
   * #segmentDeliveryConfigurations(List)}.
   */
  public SourceLocation segmentDeliveryConfigurations(SegmentDeliveryConfiguration... values) {
    return set("SegmentDeliveryConfigurations", Value.list(values));
  }

  /**
   * The name of the source location.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code
   * SourceLocationName}.
   */
  public SourceLocation sourceLocationName(String value) {
    return set("SourceLocationName", Value.of(value));
  }

  /** Sets {@code SourceLocationName} to this value; see {@link #sourceLocationName(String)}. */
  public SourceLocation sourceLocationName(Value<String> value) {
    return set("SourceLocationName", value);
  }

  /**
   * The tags assigned to the source location. Tags are key-value pairs that you can associate with
   * Amazon resources to help with organization, access control, and cost tracking. For more
   * information, see <a
   * href="https://docs.aws.amazon.com/mediatailor/latest/ug/tagging.html">Tagging AWS Elemental
   * MediaTailor Resources</a> .
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public SourceLocation tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public SourceLocation tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public SourceLocation tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * &lt;p&gt;The ARN of the source location.&lt;/p&gt;
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * Access configuration parameters.
   *
   * <p>Property type {@code AWS::MediaTailor::SourceLocation.AccessConfiguration}.
   */
  public static final class AccessConfiguration extends Struct<AccessConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::MediaTailor::SourceLocation.AccessConfiguration")
        .allowed("AccessType", "S3_SIGV4", "SECRETS_MANAGER_ACCESS_TOKEN", "AUTODETECT_SIGV4")
        .build();

    public AccessConfiguration() {
      super(SCHEMA);
    }

    /**
     * The type of authentication used to access content from
     * <code>HttpConfiguration::BaseUrl</code> on your source location. Accepted value:
     * <code>S3_SIGV4</code> .
     *
     * <p><code>S3_SIGV4</code> - AWS Signature Version 4 authentication for Amazon S3 hosted
     * virtual-style access. If your source location base URL is an Amazon S3 bucket, MediaTailor
     * can use AWS Signature Version 4 (SigV4) authentication to access the bucket where your source
     * content is stored. Your MediaTailor source location baseURL must follow the S3 virtual
     * hosted-style request URL format. For example,
     * https://bucket-name.s3.Region.amazonaws.com/key-name.
     *
     * <p>Before you can use <code>S3_SIGV4</code> , you must meet these requirements:
     *
     * <p>• You must allow MediaTailor to access your S3 bucket by granting
     * mediatailor.amazonaws.com principal access in IAM. For information about configuring access
     * in IAM, see Access management in the IAM User Guide.
     *
     * <p>• The mediatailor.amazonaws.com service principal must have permissions to read all top
     * level manifests referenced by the VodSource packaging configurations.
     *
     * <p>• The caller of the API must have s3:GetObject IAM permissions to read all top level
     * manifests referenced by your MediaTailor VodSource packaging configurations.
     *
     * <p>Allowed values: {@code S3_SIGV4}, {@code SECRETS_MANAGER_ACCESS_TOKEN}, {@code
     * AUTODETECT_SIGV4}. CloudFormation property {@code AccessType}.
     */
    public AccessConfiguration accessType(String value) {
      return set("AccessType", Value.of(value));
    }

    /** Sets {@code AccessType} to this value; see {@link #accessType(String)}. */
    public AccessConfiguration accessType(Value<String> value) {
      return set("AccessType", value);
    }

    /**
     * AWS Secrets Manager access token configuration parameters.
     *
     * <p>CloudFormation property {@code SecretsManagerAccessTokenConfiguration}.
     */
    public AccessConfiguration secretsManagerAccessTokenConfiguration(Value<SecretsManagerAccessTokenConfiguration> value) {
      return set("SecretsManagerAccessTokenConfiguration", value);
    }
  }

  /**
   * The optional configuration for a server that serves segments. Use this if you want the segment
   * delivery server to be different from the source location server. For example, you can configure
   * your source location server to be an origination server, such as MediaPackage, and the segment
   * delivery server to be a content delivery network (CDN), such as CloudFront. If you don't
   * specify a segment delivery server, then the source location server is used.
   *
   * <p>Property type {@code AWS::MediaTailor::SourceLocation.DefaultSegmentDeliveryConfiguration}.
   */
  public static final class DefaultSegmentDeliveryConfiguration extends Struct<DefaultSegmentDeliveryConfiguration> {
    private static final Schema SCHEMA = Schema.of("AWS::MediaTailor::SourceLocation.DefaultSegmentDeliveryConfiguration");

    public DefaultSegmentDeliveryConfiguration() {
      super(SCHEMA);
    }

    /**
     * The hostname of the server that will be used to serve segments. This string must include the
     * protocol, such as <em>https://</em> .
     *
     * <p>CloudFormation property {@code BaseUrl}.
     */
    public DefaultSegmentDeliveryConfiguration baseUrl(String value) {
      return set("BaseUrl", Value.of(value));
    }

    /** Sets {@code BaseUrl} to this value; see {@link #baseUrl(String)}. */
    public DefaultSegmentDeliveryConfiguration baseUrl(Value<String> value) {
      return set("BaseUrl", value);
    }
  }

  /**
   * The HTTP configuration for the source location.
   *
   * <p>Property type {@code AWS::MediaTailor::SourceLocation.HttpConfiguration}.
   */
  public static final class HttpConfiguration extends Struct<HttpConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::MediaTailor::SourceLocation.HttpConfiguration")
        .required("BaseUrl")
        .build();

    public HttpConfiguration() {
      super(SCHEMA);
    }

    /**
     * The base URL for the source location host server. This string must include the protocol, such
     * as <em>https://</em> .
     *
     * <p>Required. CloudFormation property {@code BaseUrl}.
     */
    public HttpConfiguration baseUrl(String value) {
      return set("BaseUrl", Value.of(value));
    }

    /** Sets {@code BaseUrl} to this value; see {@link #baseUrl(String)}. */
    public HttpConfiguration baseUrl(Value<String> value) {
      return set("BaseUrl", value);
    }
  }

  /**
   * AWS Secrets Manager access token configuration parameters. For information about Secrets
   * Manager access token authentication, see <a
   * href="https://docs.aws.amazon.com/mediatailor/latest/ug/channel-assembly-access-configuration-access-token.html">Working
   * with AWS Secrets Manager access token authentication</a> .
   *
   * <p>Property type {@code
   * AWS::MediaTailor::SourceLocation.SecretsManagerAccessTokenConfiguration}.
   */
  public static final class SecretsManagerAccessTokenConfiguration extends Struct<SecretsManagerAccessTokenConfiguration> {
    private static final Schema SCHEMA = Schema.of("AWS::MediaTailor::SourceLocation.SecretsManagerAccessTokenConfiguration");

    public SecretsManagerAccessTokenConfiguration() {
      super(SCHEMA);
    }

    /**
     * The name of the HTTP header used to supply the access token in requests to the source
     * location.
     *
     * <p>CloudFormation property {@code HeaderName}.
     */
    public SecretsManagerAccessTokenConfiguration headerName(String value) {
      return set("HeaderName", Value.of(value));
    }

    /** Sets {@code HeaderName} to this value; see {@link #headerName(String)}. */
    public SecretsManagerAccessTokenConfiguration headerName(Value<String> value) {
      return set("HeaderName", value);
    }

    /**
     * The Amazon Resource Name (ARN) of the AWS Secrets Manager secret that contains the access
     * token.
     *
     * <p>CloudFormation property {@code SecretArn}.
     */
    public SecretsManagerAccessTokenConfiguration secretArn(String value) {
      return set("SecretArn", Value.of(value));
    }

    /** Sets {@code SecretArn} to this value; see {@link #secretArn(String)}. */
    public SecretsManagerAccessTokenConfiguration secretArn(Value<String> value) {
      return set("SecretArn", value);
    }

    /**
     * The AWS Secrets Manager <a
     * href="https://docs.aws.amazon.com/secretsmanager/latest/apireference/API_CreateSecret.html#SecretsManager-CreateSecret-request-SecretString.html">SecretString</a>
     * key associated with the access token. MediaTailor uses the key to look up SecretString key
     * and value pair containing the access token.
     *
     * <p>CloudFormation property {@code SecretStringKey}.
     */
    public SecretsManagerAccessTokenConfiguration secretStringKey(String value) {
      return set("SecretStringKey", Value.of(value));
    }

    /** Sets {@code SecretStringKey} to this value; see {@link #secretStringKey(String)}. */
    public SecretsManagerAccessTokenConfiguration secretStringKey(Value<String> value) {
      return set("SecretStringKey", value);
    }
  }

  /**
   * The segment delivery configuration settings.
   *
   * <p>Property type {@code AWS::MediaTailor::SourceLocation.SegmentDeliveryConfiguration}.
   */
  public static final class SegmentDeliveryConfiguration extends Struct<SegmentDeliveryConfiguration> {
    private static final Schema SCHEMA = Schema.of("AWS::MediaTailor::SourceLocation.SegmentDeliveryConfiguration");

    public SegmentDeliveryConfiguration() {
      super(SCHEMA);
    }

    /**
     * The base URL of the host or path of the segment delivery server that you're using to serve
     * segments. This is typically a content delivery network (CDN). The URL can be absolute or
     * relative. To use an absolute URL include the protocol, such as
     * <code>https://example.com/some/path</code> . To use a relative URL specify the relative path,
     * such as <code>/some/path*</code> .
     *
     * <p>CloudFormation property {@code BaseUrl}.
     */
    public SegmentDeliveryConfiguration baseUrl(String value) {
      return set("BaseUrl", Value.of(value));
    }

    /** Sets {@code BaseUrl} to this value; see {@link #baseUrl(String)}. */
    public SegmentDeliveryConfiguration baseUrl(Value<String> value) {
      return set("BaseUrl", value);
    }

    /**
     * A unique identifier used to distinguish between multiple segment delivery configurations in a
     * source location.
     *
     * <p>CloudFormation property {@code Name}.
     */
    public SegmentDeliveryConfiguration name(String value) {
      return set("Name", Value.of(value));
    }

    /** Sets {@code Name} to this value; see {@link #name(String)}. */
    public SegmentDeliveryConfiguration name(Value<String> value) {
      return set("Name", value);
    }
  }
}
