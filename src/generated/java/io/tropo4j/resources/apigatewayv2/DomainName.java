// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.apigatewayv2;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;
import java.util.Map;

/**
 * The <code>AWS::ApiGatewayV2::DomainName</code> resource specifies a custom domain name for your
 * API in Amazon API Gateway (API Gateway).
 *
 * <p>You can use a custom domain name to provide a URL that's more intuitive and easier to recall.
 * For more information about using custom domain names, see <a
 * href="https://docs.aws.amazon.com/apigateway/latest/developerguide/how-to-custom-domains.html">Set
 * up Custom Domain Name for an API in API Gateway</a> in the <em>API Gateway Developer Guide</em> .
 *
 * <p>CloudFormation type {@code AWS::ApiGatewayV2::DomainName}.
 */
public final class DomainName extends Resource<DomainName> {
  private static final Schema SCHEMA = Schema.builder("AWS::ApiGatewayV2::DomainName")
      .required("DomainName")
      .allowed("RoutingMode", "API_MAPPING_ONLY", "ROUTING_RULE_THEN_API_MAPPING",
          "ROUTING_RULE_ONLY")
      .refYields("DomainName")
      .attributes("DomainNameArn", "RegionalDomainName", "RegionalHostedZoneId")
      .tags("Tags", Schema.TagForm.MAP)
      .build();

  public DomainName(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The custom domain name for your API in Amazon API Gateway. Uppercase letters and the underscore
   * ( <code>_</code> ) character are not supported.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code DomainName}.
   */
  public DomainName domainName(String value) {
    return set("DomainName", Value.of(value));
  }

  /** Sets {@code DomainName} to this value; see {@link #domainName(String)}. */
  public DomainName domainName(Value<String> value) {
    return set("DomainName", value);
  }

  /**
   * The domain name configurations.
   *
   * <p>CloudFormation property {@code DomainNameConfigurations}.
   */
  public DomainName domainNameConfigurations(List<DomainNameConfiguration> value) {
    return set("DomainNameConfigurations", Value.listOf(value));
  }

  /**
   * Sets {@code DomainNameConfigurations} to this value; see {@link
   * #domainNameConfigurations(List)}.
   */
  public DomainName domainNameConfigurations(Value<List<DomainNameConfiguration>> value) {
    return set("DomainNameConfigurations", value);
  }

  /**
   * Sets {@code DomainNameConfigurations} to a list of these; see {@link
   * #domainNameConfigurations(List)}.
   */
  public DomainName domainNameConfigurations(DomainNameConfiguration... values) {
    return set("DomainNameConfigurations", Value.list(values));
  }

  /**
   * The mutual TLS authentication configuration for a custom domain name.
   *
   * <p>CloudFormation property {@code MutualTlsAuthentication}.
   */
  public DomainName mutualTlsAuthentication(Value<MutualTlsAuthentication> value) {
    return set("MutualTlsAuthentication", value);
  }

  /**
   * The routing mode API Gateway uses to route traffic to your APIs.
   *
   * <p>Allowed values: {@code API_MAPPING_ONLY}, {@code ROUTING_RULE_THEN_API_MAPPING}, {@code
   * ROUTING_RULE_ONLY}. Default: {@code "API_MAPPING_ONLY"}. CloudFormation property {@code
   * RoutingMode}.
   */
  public DomainName routingMode(String value) {
    return set("RoutingMode", Value.of(value));
  }

  /** Sets {@code RoutingMode} to this value; see {@link #routingMode(String)}. */
  public DomainName routingMode(Value<String> value) {
    return set("RoutingMode", value);
  }

  /**
   * The collection of tags associated with a domain name.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public DomainName tags(Map<String, String> value) {
    return set("Tags", Value.mapOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(Map)}. */
  public DomainName tags(Value<Map<String, String>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a map of key to value; see {@link #tags(Map)}. */
  public DomainName tags(Tags tags) {
    return set("Tags", tags.asMap());
  }

  /**
   * Represents an Amazon Resource Name (ARN).
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
   * The <code>DomainNameConfiguration</code> property type specifies the configuration for an API's
   * domain name.
   *
   * <p><code>DomainNameConfiguration</code> is a property of the <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-apigatewayv2-domainname.html">AWS::ApiGatewayV2::DomainName</a>
   * resource.
   *
   * <p>Property type {@code AWS::ApiGatewayV2::DomainName.DomainNameConfiguration}.
   */
  public static final class DomainNameConfiguration extends Struct<DomainNameConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::ApiGatewayV2::DomainName.DomainNameConfiguration")
        .constrain("CertificateArn", Constraint.of().format("AWS::ACM::Certificate.Arn"))
        .build();

    public DomainNameConfiguration() {
      super(SCHEMA);
    }

    /**
     * An AWS -managed certificate that will be used by the edge-optimized endpoint for this domain
     * name. AWS Certificate Manager is the only supported source.
     *
     * <p>Format: {@code AWS::ACM::Certificate.Arn}. CloudFormation property {@code CertificateArn}.
     */
    public DomainNameConfiguration certificateArn(String value) {
      return set("CertificateArn", Value.of(value));
    }

    /** Sets {@code CertificateArn} to this value; see {@link #certificateArn(String)}. */
    public DomainNameConfiguration certificateArn(Value<String> value) {
      return set("CertificateArn", value);
    }

    /**
     * The user-friendly name of the certificate that will be used by the edge-optimized endpoint
     * for this domain name.
     *
     * <p>CloudFormation property {@code CertificateName}.
     */
    public DomainNameConfiguration certificateName(String value) {
      return set("CertificateName", Value.of(value));
    }

    /** Sets {@code CertificateName} to this value; see {@link #certificateName(String)}. */
    public DomainNameConfiguration certificateName(Value<String> value) {
      return set("CertificateName", value);
    }

    /**
     * The endpoint type.
     *
     * <p>CloudFormation property {@code EndpointType}.
     */
    public DomainNameConfiguration endpointType(String value) {
      return set("EndpointType", Value.of(value));
    }

    /** Sets {@code EndpointType} to this value; see {@link #endpointType(String)}. */
    public DomainNameConfiguration endpointType(Value<String> value) {
      return set("EndpointType", value);
    }

    /**
     * The IP address types that can invoke the domain name. Use <code>ipv4</code> to allow only
     * IPv4 addresses to invoke your domain name, or use <code>dualstack</code> to allow both IPv4
     * and IPv6 addresses to invoke your domain name.
     *
     * <p>CloudFormation property {@code IpAddressType}.
     */
    public DomainNameConfiguration ipAddressType(String value) {
      return set("IpAddressType", Value.of(value));
    }

    /** Sets {@code IpAddressType} to this value; see {@link #ipAddressType(String)}. */
    public DomainNameConfiguration ipAddressType(Value<String> value) {
      return set("IpAddressType", value);
    }

    /**
     * The Amazon resource name (ARN) for the public certificate issued by Certificate Manager .
     * This ARN is used to validate custom domain ownership. It's required only if you configure
     * mutual TLS and use either an ACM-imported or a private CA certificate ARN as the
     * regionalCertificateArn.
     *
     * <p>CloudFormation property {@code OwnershipVerificationCertificateArn}.
     */
    public DomainNameConfiguration ownershipVerificationCertificateArn(String value) {
      return set("OwnershipVerificationCertificateArn", Value.of(value));
    }

    /**
     * Sets {@code OwnershipVerificationCertificateArn} to this value; see {@link
     * #ownershipVerificationCertificateArn(String)}.
     */
    public DomainNameConfiguration ownershipVerificationCertificateArn(Value<String> value) {
      return set("OwnershipVerificationCertificateArn", value);
    }

    /**
     * The Transport Layer Security (TLS) version of the security policy for this domain name. The
     * valid values are <code>TLS_1_0</code> and <code>TLS_1_2</code> .
     *
     * <p>CloudFormation property {@code SecurityPolicy}.
     */
    public DomainNameConfiguration securityPolicy(String value) {
      return set("SecurityPolicy", Value.of(value));
    }

    /** Sets {@code SecurityPolicy} to this value; see {@link #securityPolicy(String)}. */
    public DomainNameConfiguration securityPolicy(Value<String> value) {
      return set("SecurityPolicy", value);
    }
  }

  /**
   * If specified, API Gateway performs two-way authentication between the client and the server.
   * Clients must present a trusted certificate to access your API.
   *
   * <p>Property type {@code AWS::ApiGatewayV2::DomainName.MutualTlsAuthentication}.
   */
  public static final class MutualTlsAuthentication extends Struct<MutualTlsAuthentication> {
    private static final Schema SCHEMA = Schema.of("AWS::ApiGatewayV2::DomainName.MutualTlsAuthentication");

    public MutualTlsAuthentication() {
      super(SCHEMA);
    }

    /**
     * An Amazon S3 URL that specifies the truststore for mutual TLS authentication, for example,
     * <code>s3:// bucket-name / key-name</code> . The truststore can contain certificates from
     * public or private certificate authorities. To update the truststore, upload a new version to
     * S3, and then update your custom domain name to use the new version. To update the truststore,
     * you must have permissions to access the S3 object.
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
