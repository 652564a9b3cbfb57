// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.apigateway;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Json;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * The <code>AWS::ApiGateway::DomainNameV2</code> resource specifies a custom domain name for your
 * private APIs in API Gateway. You can use a private custom domain name to provide a URL for your
 * private API that's more intuitive and easier to recall.
 *
 * <p>CloudFormation type {@code AWS::ApiGateway::DomainNameV2}.
 */
public final class DomainNameV2 extends Resource<DomainNameV2> {
  private static final Schema SCHEMA = Schema.builder("AWS::ApiGateway::DomainNameV2")
      .constrain("CertificateArn", Constraint.of().format("AWS::ACM::Certificate.Arn"))
      .allowed("RoutingMode", "BASE_PATH_MAPPING_ONLY", "ROUTING_RULE_THEN_BASE_PATH_MAPPING",
          "ROUTING_RULE_ONLY")
      .refYields("DomainNameArn")
      .attributes("DomainNameArn", "DomainNameId")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public DomainNameV2(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The reference to an AWS -managed certificate that will be used by the private endpoint for this
   * domain name. AWS Certificate Manager is the only supported source.
   *
   * <p>Format: {@code AWS::ACM::Certificate.Arn}. CloudFormation property {@code CertificateArn}.
   */
  public DomainNameV2 certificateArn(String value) {
    return set("CertificateArn", Value.of(value));
  }

  /** Sets {@code CertificateArn} to this value; see {@link #certificateArn(String)}. */
  public DomainNameV2 certificateArn(Value<String> value) {
    return set("CertificateArn", value);
  }

  /**
   * Represents a custom domain name as a user-friendly host name of an API (RestApi).
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code DomainName}.
   */
  public DomainNameV2 domainName(String value) {
    return set("DomainName", Value.of(value));
  }

  /** Sets {@code DomainName} to this value; see {@link #domainName(String)}. */
  public DomainNameV2 domainName(Value<String> value) {
    return set("DomainName", value);
  }

  /**
   * The endpoint access mode for your DomainName.
   *
   * <p>CloudFormation property {@code EndpointAccessMode}.
   */
  public DomainNameV2 endpointAccessMode(String value) {
    return set("EndpointAccessMode", Value.of(value));
  }

  /** Sets {@code EndpointAccessMode} to this value; see {@link #endpointAccessMode(String)}. */
  public DomainNameV2 endpointAccessMode(Value<String> value) {
    return set("EndpointAccessMode", value);
  }

  /**
   * The endpoint configuration to indicate the types of endpoints an API (RestApi) or its custom
   * domain name (DomainName) has and the IP address types that can invoke it.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code EndpointConfiguration}.
   */
  public DomainNameV2 endpointConfiguration(Value<EndpointConfiguration> value) {
    return set("EndpointConfiguration", value);
  }

  /**
   * A stringified JSON policy document that applies to the <code>execute-api</code> service for
   * this DomainName regardless of the caller and Method configuration. You can use
   * <code>Fn::ToJsonString</code> to enter your <code>policy</code> . For more information, see <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/intrinsic-function-reference-ToJsonString.html">Fn::ToJsonString</a>
   * .
   *
   * <p>CloudFormation property {@code Policy}.
   */
  public DomainNameV2 policy(String value) {
    return set("Policy", Value.of(value));
  }

  /** Sets {@code Policy} to this value; see {@link #policy(String)}. */
  public DomainNameV2 policy(Value<String> value) {
    return set("Policy", value);
  }

  /** Sets {@code Policy} to this value; see {@link #policy(String)}. */
  public DomainNameV2 policy(Json value) {
    return set("Policy", value);
  }

  /**
   * The routing mode for this domain name. The routing mode determines how API Gateway sends
   * traffic from your custom domain name to your private APIs.
   *
   * <p>Allowed values: {@code BASE_PATH_MAPPING_ONLY}, {@code ROUTING_RULE_THEN_BASE_PATH_MAPPING},
   * {@code ROUTING_RULE_ONLY}. Default: {@code "BASE_PATH_MAPPING_ONLY"}. CloudFormation property
   * {@code RoutingMode}.
   */
  public DomainNameV2 routingMode(String value) {
    return set("RoutingMode", Value.of(value));
  }

  /** Sets {@code RoutingMode} to this value; see {@link #routingMode(String)}. */
  public DomainNameV2 routingMode(Value<String> value) {
    return set("RoutingMode", value);
  }

  /**
   * The Transport Layer Security (TLS) version + cipher suite for this DomainName.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code SecurityPolicy}.
   */
  public DomainNameV2 securityPolicy(String value) {
    return set("SecurityPolicy", Value.of(value));
  }

  /** Sets {@code SecurityPolicy} to this value; see {@link #securityPolicy(String)}. */
  public DomainNameV2 securityPolicy(Value<String> value) {
    return set("SecurityPolicy", value);
  }

  /**
   * The collection of tags. Each tag element is associated with a given resource.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public DomainNameV2 tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public DomainNameV2 tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public DomainNameV2 tags(Tags tags) {
    return set("Tags", tags);
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
   * The domain name ID.
   *
   * <p>{@code Fn::GetAtt} attribute {@code DomainNameId}.
   */
  public Value<String> domainNameId() {
    return getAtt("DomainNameId");
  }

  /**
   * The endpoint configuration to indicate the types of endpoints an API (RestApi) or its custom
   * domain name (DomainName) has and the IP address types that can invoke it.
   *
   * <p>Property type {@code AWS::ApiGateway::DomainNameV2.EndpointConfiguration}.
   */
  public static final class EndpointConfiguration extends Struct<EndpointConfiguration> {
    private static final Schema SCHEMA = Schema.of("AWS::ApiGateway::DomainNameV2.EndpointConfiguration");

    public EndpointConfiguration() {
      super(SCHEMA);
    }

    /**
     * The IP address types that can invoke an API (RestApi) or a DomainName. Use <code>ipv4</code>
     * to allow only IPv4 addresses to invoke an API or DomainName, or use <code>dualstack</code> to
     * allow both IPv4 and IPv6 addresses to invoke an API or a DomainName. For the
     * <code>PRIVATE</code> endpoint type, only <code>dualstack</code> is supported.
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
}
