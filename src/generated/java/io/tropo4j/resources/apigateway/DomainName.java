// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.apigateway;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * The <code>AWS::ApiGateway::DomainName</code> resource specifies a public custom domain name for
 * your API in API Gateway.
 *
 * <p>To create a custom domain name for private APIs, use <a
 * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-apigateway-domainnamev2.html">AWS::ApiGateway::DomainNameV2</a>
 * .
 *
 * <p>You can use a custom domain name to provide a URL that's more intuitive and easier to recall.
 * For more information about using custom domain names, see <a
 * href="https://docs.aws.amazon.com/apigateway/latest/developerguide/how-to-custom-domains.html">Set
 * up Custom Domain Name for an API in API Gateway</a> in the <em>API Gateway Developer Guide</em> .
 *
 * <p>CloudFormation type {@code AWS::ApiGateway::DomainName}.
 */
public final class DomainName extends Resource<DomainName> {
  private static final Schema SCHEMA = Schema.builder("AWS::ApiGateway::DomainName")
      .constrain("CertificateArn", Constraint.of().format("AWS::ACM::Certificate.Arn"))
      .allowed("RoutingMode", "BASE_PATH_MAPPING_ONLY", "ROUTING_RULE_THEN_BASE_PATH_MAPPING",
          "ROUTING_RULE_ONLY")
      .refYields("DomainName")
      .attributes("DistributionDomainName", "DistributionHostedZoneId", "DomainNameArn",
          "RegionalDomainName", "RegionalHostedZoneId")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public DomainName(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The reference to an AWS -managed certificate that will be used by edge-optimized endpoint or
   * private endpoint for this domain name. Certificate Manager is the only supported source.
   *
   * <p>Format: {@code AWS::ACM::Certificate.Arn}. CloudFormation property {@code CertificateArn}.
   */
  public DomainName certificateArn(String value) {
    return set("CertificateArn", Value.of(value));
  }

  /** Sets {@code CertificateArn} to this value; see {@link #certificateArn(String)}. */
  public DomainName certificateArn(Value<String> value) {
    return set("CertificateArn", value);
  }

  /**
   * The custom domain name as an API host name, for example, <code>my-api.example.com</code> .
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code DomainName}.
   */
  public DomainName domainName(String value) {
    return set("DomainName", Value.of(value));
  }

  /** Sets {@code DomainName} to this value; see {@link #domainName(String)}. */
  public DomainName domainName(Value<String> value) {
    return set("DomainName", value);
  }

  /**
   * The endpoint access mode for your DomainName.
   *
   * <p>CloudFormation property {@code EndpointAccessMode}.
   */
  public DomainName endpointAccessMode(String value) {
    return set("EndpointAccessMode", Value.of(value));
  }

  /** Sets {@code EndpointAccessMode} to this value; see {@link #endpointAccessMode(String)}. */
  public DomainName endpointAccessMode(Value<String> value) {
    return set("EndpointAccessMode", value);
  }

  /**
   * The endpoint configuration of this DomainName showing the endpoint types and IP address types
   * of the domain name.
   *
   * <p>CloudFormation property {@code EndpointConfiguration}.
   */
  public DomainName endpointConfiguration(Value<EndpointConfiguration> value) {
    return set("EndpointConfiguration", value);
  }

  /**
   * The mutual TLS authentication configuration for a custom domain name. If specified, API Gateway
   * performs two-way authentication between the client and the server. Clients must present a
   * trusted certificate to access your API.
   *
   * <p>CloudFormation property {@code MutualTlsAuthentication}.
   */
  public DomainName mutualTlsAuthentication(Value<MutualTlsAuthentication> value) {
    return set("MutualTlsAuthentication", value);
  }

  /**
   * The ARN of the public certificate issued by ACM to validate ownership of your custom domain.
   * Only required when configuring mutual TLS and using an ACM imported or private CA certificate
   * ARN as the RegionalCertificateArn.
   *
   * <p>CloudFormation property {@code OwnershipVerificationCertificateArn}.
   */
  public DomainName ownershipVerificationCertificateArn(String value) {
    return set("OwnershipVerificationCertificateArn", Value.of(value));
  }

  /**
   * Sets {@code OwnershipVerificationCertificateArn} to this value; see {@link
   * #ownershipVerificationCertificateArn(String)}.
   */
  public DomainName ownershipVerificationCertificateArn(Value<String> value) {
    return set("OwnershipVerificationCertificateArn", value);
  }

  /**
   * The reference to an AWS -managed certificate that will be used for validating the regional
   * domain name. Certificate Manager is the only supported source.
   *
   * <p>CloudFormation property {@code RegionalCertificateArn}.
   */
  public DomainName regionalCertificateArn(String value) {
    return set("RegionalCertificateArn", Value.of(value));
  }

  /**
   * Sets {@code RegionalCertificateArn} to this value; see {@link #regionalCertificateArn(String)}.
   */
  public DomainName regionalCertificateArn(Value<String> value) {
    return set("RegionalCertificateArn", value);
  }

  /**
   * The routing mode for this domain name. The routing mode determines how API Gateway sends
   * traffic from your custom domain name to your public APIs.
   *
   * <p>Allowed values: {@code BASE_PATH_MAPPING_ONLY}, {@code ROUTING_RULE_THEN_BASE_PATH_MAPPING},
   * {@code ROUTING_RULE_ONLY}. Default: {@code "BASE_PATH_MAPPING_ONLY"}. CloudFormation property
   * {@code RoutingMode}.
   */
  public DomainName routingMode(String value) {
    return set("RoutingMode", Value.of(value));
  }

  /** Sets {@code RoutingMode} to this value; see {@link #routingMode(String)}. */
  public DomainName routingMode(Value<String> value) {
    return set("RoutingMode", value);
  }

  /**
   * The Transport Layer Security (TLS) version + cipher suite for this DomainName.
   *
   * <p>CloudFormation property {@code SecurityPolicy}.
   */
  public DomainName securityPolicy(String value) {
    return set("SecurityPolicy", Value.of(value));
  }

  /** Sets {@code SecurityPolicy} to this value; see {@link #securityPolicy(String)}. */
  public DomainName securityPolicy(Value<String> value) {
    return set("SecurityPolicy", value);
  }

  /**
   * The collection of tags. Each tag element is associated with a given resource.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public DomainName tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public DomainName tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public DomainName tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The Amazon CloudFront distribution domain name that's mapped to the custom domain name. This is
   * only applicable for endpoints whose type is <code>EDGE</code> .
   *
   * <p>Example: <code>d111111abcdef8.cloudfront.net</code>
   *
   * <p>{@code Fn::GetAtt} attribute {@code DistributionDomainName}.
   */
  public Value<String> distributionDomainName() {
    return getAtt("DistributionDomainName");
  }

  /**
   * The region-agnostic Amazon Route 53 Hosted Zone ID of the edge-optimized endpoint. The only
   * valid value is <code>Z2FDTNDATAQYW2</code> for all regions.
   *
   * <p>{@code Fn::GetAtt} attribute {@code DistributionHostedZoneId}.
   */
  public Value<String> distributionHostedZoneId() {
    return getAtt("DistributionHostedZoneId");
  }

  /**
   * The ARN of the domain name.
   *
   * <p>{@code Fn::GetAtt} attribute {@code DomainNameArn}.
   */
  public Value<String> domainNameArn() {
    return getAtt("DomainNameArn");
  }

  /**
   * The domain name associated with the regional endpoint for this custom domain name. You set up
   * this association by adding a DNS record that points the custom domain name to this regional
   * domain name.
   *
   * <p>{@code Fn::GetAtt} attribute {@code RegionalDomainName}.
   */
  public Value<String> regionalDomainName() {
    return getAtt("RegionalDomainName");
  }

  /**
   * The region-specific Amazon Route 53 Hosted Zone ID of the regional endpoint.
   *
   * <p>{@code Fn::GetAtt} attribute {@code RegionalHostedZoneId}.
   */
  public Value<String> regionalHostedZoneId() {
    return getAtt("RegionalHostedZoneId");
  }

  /**
   * The <code>EndpointConfiguration</code> property type specifies the endpoint types and IP
   * address types of an Amazon API Gateway domain name.
   *
   * <p><code>EndpointConfiguration</code> is a property of the <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-apigateway-domainname.html">AWS::ApiGateway::DomainName</a>
   * resource.
   *
   * <p>Property type {@code AWS::ApiGateway::DomainName.EndpointConfiguration}.
   */
  public static final class EndpointConfiguration extends Struct<EndpointConfiguration> {
    private static final Schema SCHEMA = Schema.of("AWS::ApiGateway::DomainName.EndpointConfiguration");

    public EndpointConfiguration() {
      super(SCHEMA);
    }

    /**
     * The IP address types that can invoke this DomainName. Use <code>ipv4</code> to allow only
     * IPv4 addresses to invoke this DomainName, or use <code>dualstack</code> to allow both IPv4
     * and IPv6 addresses to invoke this DomainName. For the <code>PRIVATE</code> endpoint type,
     * only <code>dualstack</code> is supported.
     *
     * <p>CloudFormation property {@code IpAddressType}.
     */
    public EndpointConfiguration ipAddressType(String value) {
      return set("IpAddressType", Value.of(value));
    }

    /** Sets {@code IpAddressType} to this value; see {@link #ipAddressType(String)}. */
    public EndpointConfiguration ipAddressType(Value<String> value) {
      return set("IpAddressType", value);
    }

    /**
     * A list of endpoint types of an API (RestApi) or its custom domain name (DomainName). For an
     * edge-optimized API and its custom domain name, the endpoint type is <code>"EDGE"</code> . For
     * a regional API and its custom domain name, the endpoint type is <code>REGIONAL</code> . For a
     * private API, the endpoint type is <code>PRIVATE</code> .
     *
     * <p>CloudFormation property {@code Types}.
     */
    public EndpointConfiguration types(List<String> value) {
      return set("Types", Value.listOf(value));
    }

    /** Sets {@code Types} to this value; see {@link #types(List)}. */
    public EndpointConfiguration types(Value<List<String>> value) {
      return set("Types", value);
    }
  }

  /**
   * The mutual TLS authentication configuration for a custom domain name. If specified, API Gateway
   * performs two-way authentication between the client and the server. Clients must present a
   * trusted certificate to access your API.
   *
   * <p>Property type {@code AWS::ApiGateway::DomainName.MutualTlsAuthentication}.
   */
  public static final class MutualTlsAuthentication extends Struct<MutualTlsAuthentication> {
    private static final Schema SCHEMA = Schema.of("AWS::ApiGateway::DomainName.MutualTlsAuthentication");

    public MutualTlsAuthentication() {
      super(SCHEMA);
    }

    /**
     * An Amazon S3 URL that specifies the truststore for mutual TLS authentication, for example
     * <code>s3://bucket-name/key-name</code> . The truststore can contain certificates from public
     * or private certificate authorities. To update the truststore, upload a new version to S3, and
     * then update your custom domain name to use the new version. To update the truststore, you
     * must have permissions to access the S3 object.
     *
     * <p>CloudFormation property {@code TruststoreUri}.
     */
    public MutualTlsAuthentication truststoreUri(String value) {
      return set("TruststoreUri", Value.of(value));
    }

    /** Sets {@code TruststoreUri} to this value; see {@link #truststoreUri(String)}. */
    public MutualTlsAuthentication truststoreUri(Value<String> value) {
      return set("TruststoreUri", value);
    }

    /**
     * The version of the S3 object that contains your truststore. To specify a version, you must
     * have versioning enabled for the S3 bucket.
     *
     * <p>CloudFormation property {@code TruststoreVersion}.
     */
    public MutualTlsAuthentication truststoreVersion(String value) {
      return set("TruststoreVersion", Value.of(value));
    }

    /** Sets {@code TruststoreVersion} to this value; see {@link #truststoreVersion(String)}. */
    public MutualTlsAuthentication truststoreVersion(Value<String> value) {
      return set("TruststoreVersion", value);
    }
  }
}
